#!/usr/bin/env python3
"""Independent checker for eval/dg: re-reads every seed file on its own (without importing build.py) and verifies the
gold file against it: exact substrings, page order, every printed stamp re-read and resolved, label rules, and the set
constraints of the brief (Part A outlets/formats/days, Part B multi-source days).
Usage (from the project root): python3 eval/dg/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("11200", "The Post-Crescent"), ("11201", "Green Bay Press-Gazette"), ("11202", "Wausau Daily Herald"),
          ("11203", "Oshkosh Northwestern"), ("11204", "The Journal Times"), ("11205", "Kenosha News"),
          ("11206", "Wisconsin State Journal"), ("11207", "The Sheboygan Press"), ("11208", "Leader-Telegram"),
          ("11209", "Stevens Point Journal")]
PART_A_DAYS = set("2022-06-21 2022-07-18 2022-07-21 2022-10-28 2022-11-08 2022-11-27 2022-12-25 2024-03-30 2024-07-06 2024-08-29 2024-12-31".split())
DAYS = {"day1": ["11220", "11221", "11222", "11223"], "day2": ["11230", "11231", "11232", "11233"],
        "day3": ["11240", "11241", "11242", "11243"]}
PART_B_DATES = {"day1": "2023-12-21", "day2": "2023-12-22", "day3": "2023-12-24"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FILE = "/tmp/blind-dg-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dg-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# printed zone abbreviation -> UTC offset in hours (None: generic, must match the page zone by name)
ZONE_ABBR = {"CDT": -5, "CST": -6, "EST": -5, "EDT": -4, "GMT": 0, "UTC": 0, "EET": 2, "EEST": 3, "CET": 1, "CEST": 2, "IST": 5.5,
             "CT": "America/Chicago", "ET": "America/New_York"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content/summary
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the first clock time in s: '5:35 p.m.', '11:40 am', '21.40', '08:05'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_printed(text):
    """calendar dates printed on the page, as (year or None, month, day)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    return out


def zone_ok(stamp, local, zone):
    for ab, want in ZONE_ABBR.items():
        if re.search(rf"(?<![A-Za-z]){ab}(?![A-Za-z])", stamp):
            if isinstance(want, str):
                if want != zone:
                    return f"zone {ab} printed but page zone is {zone}"
            elif local.utcoffset() != timedelta(hours=want):
                return f"zone {ab} printed but local offset is {local.utcoffset()}"
    return None


def read_stamp(stamp, local, text, raw, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        # HTML: the <time datetime> that wraps this very text; text scrape: the header capture clock
        tags = re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>\s*' + re.escape(s) + r"\s*</time>", raw)
        if tags:
            if not any(datetime.fromisoformat(t) == local for t in tags):
                return "no <time datetime> around the relative stamp matches the local time"
            return None
        a = re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (am|pm)\b", text)
        if not a:
            return "relative stamp without a printed clock or datetime attribute"
        h = int(a.group(4)) % 12 + (12 if a.group(6) == "pm" else 0)
        ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), h, int(a.group(5)), tzinfo=ZoneInfo(zone))
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    why = zone_ok(s, local, zone)
    if why:
        return why
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    if md and month_no(md.group(1)):
        if (int(md.group(3)), month_no(md.group(1)), int(md.group(2))) != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        return None
    # undated stamp: the local day must be printed on the page (or, without a year, given by parse_args)
    printed = dates_printed(text)
    if (local.year, local.month, local.day) in printed:
        return None
    if (None, local.month, local.day) in printed and g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}":
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    h12 = local.hour % 12 or 12
    forms = [f"{local:%H:%M}", f"{h12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}",
             f"{h12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


def off_zone_basis(g):
    """the README convention: pages that print no zone use the outlet's home zone (Part A: America/Chicago)."""
    return g["page_timezone"]


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}
else:
    err("forbidden-days list not found at", FORBIDDEN_FILE, "(day checks incomplete)")

golds = {}
seed_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "seeds", "*")))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"112\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<slug>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = re.search(r"\b20\d\d\b", raw) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"20\d\d-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: the entry headlines listed right after a 'Key points' line
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break
    ids = []; pos_prev = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be <seed id>-NN numbered in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Dec|Nov|Aug|Jan)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            # body_paragraphs: every counted paragraph is a line of the page, after the first sentence's line
            start = next(i for i, l in enumerate(lines) if l.startswith(fs))
            body_lines = [l for l in lines[start:] if l][:e["body_paragraphs"]]
            if len(body_lines) < e["body_paragraphs"]:
                err(eid, "fewer text lines than body_paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the page's dateline time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics must be other core topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "").lower()
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8 or orig["headline"] != e["headline"]:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # within a page, entries that share a story but are not duplicates must have different first sentences
    seen_fs = {}
    for e in g["entries"]:
        if e["first_sentence"] and not e["duplicate_of"]:
            if e["first_sentence"] in seen_fs:
                err(e["id"], "same first sentence as", seen_fs[e["first_sentence"]], "but not marked duplicate")
            seen_fs[e["first_sentence"]] = e["id"]

if sorted(os.path.splitext(f)[0] for f in seed_files) != sorted(os.path.splitext(g["seed"])[0] for g in golds.values()):
    err("seeds/ and gold/ do not pair one to one")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

used = {}
fmts = defaultdict(int)
for n, (sid, outlet) in enumerate(PART_A):
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d not in PART_A_DAYS:
            err(sid, "UTC day not in the Part A list", d)
        if d in used:
            err(sid, "UTC day also used by", used[d])
        used[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
    if not any(e["published"] for e in g["entries"]):
        err(sid, "no timed entry")
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        low = src.lower()
        if low in reserved or any(r.startswith(low + " (") for r in reserved) or any(low.split()[0] in r.split()[0] for r in reserved if r.split()):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if low in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("live" if "live" in g["seed"] else "article" if "article" in g["seed"] else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d != PART_B_DATES[day]:
        err(day, "UTC day should be", PART_B_DATES[day], "not", d)
    if d in used:
        err(day, "UTC day also used by", used[d])
    used[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    main = [s for s, v in stories.items() if len(v) >= 3]
    if not main:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    for s in main:
        heads = {e["headline"] for e in ents if e["story"] == s}
        if len(heads) < 3:
            err(day, s, "main story is not told in different words")
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e.get("notes") or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a verbatim re-post of a day-1 entry at importance 1 with a note")
    for e in rep:  # verbatim: the whole body text must be in the day-2 page as in the day-1 page
        sid2 = e["id"][:5]
        t2 = visible_text(os.path.join(ROOT, "seeds", golds[sid2]["seed"]))
        o = next(o for o in d1 if o["headline"] == e["headline"])
        t1 = visible_text(os.path.join(ROOT, "seeds", golds[o["id"][:5]]["seed"]))
        i1 = t1.index(o["first_sentence"]); i2 = t2.index(e["first_sentence"])
        para1 = [l.strip() for l in t1[i1:].split("\n") if l.strip()][:o["body_paragraphs"]]
        para2 = [l.strip() for l in t2[i2:].split("\n") if l.strip()][:e["body_paragraphs"]]
        if para1 != para2:
            err(e["id"], "re-post is not verbatim")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in used.items():
    if d in forbidden:
        err(who, "UTC day is forbidden", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in used.items() if w.isdigit())}")
