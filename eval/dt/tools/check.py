#!/usr/bin/env python3
"""Independent checker for eval/dt: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, JSON-LD and feed item counts, label
rules, set constraints of the brief). Usage (from the project root): python3 eval/dt/tools/check.py -> OK or problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Part A: id, outlet (source), expected format, zone used when the page prints none (README convention)
PART_A = [("12500", "RT", ".txt", "Europe/Moscow"), ("12501", "Sputnik International", ".html", "UTC"),
          ("12502", "RIA Novosti", ".xml", "Europe/Moscow"),
          ("12503", "The Ministry of Foreign Affairs of the Russian Federation", ".html", "Europe/Moscow"),
          ("12504", "BelTA", ".txt", "Europe/Minsk"), ("12505", "President of Russia", ".html", "Europe/Moscow"),
          ("12506", "TASS", ".txt", "Europe/Moscow"), ("12507", "Kazinform", ".txt", "Asia/Almaty"),
          ("12508", "Xinhua", ".xml", "Asia/Shanghai"), ("12509", "CGTN", ".html", "Asia/Shanghai")]
DAYS = {"day1": ["12520", "12521", "12522", "12523"], "day2": ["12530", "12531", "12532", "12533"],
        "day3": ["12540", "12541", "12542", "12543"]}
# the free 2026 days listed in the brief (the /tmp forbidden list is re-read when present)
ALLOWED = set("""2026-06-24 2026-06-26 2026-06-28 2026-06-30 2026-07-01 2026-07-03 2026-07-05 2026-07-06 2026-07-08 2026-07-11
2026-07-12 2026-07-15 2026-07-16 2026-07-18 2026-07-19 2026-07-20 2026-07-22 2026-07-23 2026-07-24 2026-07-26 2026-07-27 2026-07-29
2026-07-30 2026-07-31 2026-08-02 2026-08-03 2026-08-06 2026-08-07 2026-08-09 2026-08-10 2026-08-11 2026-08-13 2026-08-14 2026-08-15
2026-08-17 2026-08-18 2026-08-19 2026-08-21 2026-08-23 2026-08-24 2026-08-25 2026-08-26 2026-08-27 2026-08-28 2026-08-30 2026-08-31
2026-09-01 2026-09-02 2026-09-04 2026-09-05 2026-09-06 2026-09-07 2026-09-08 2026-09-10 2026-09-11 2026-09-12 2026-09-13
2026-09-15""".split())
FORBIDDEN_FILE = "/tmp/blind-dt-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dt-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_OFFSETS = {"BST": [1], "GMT": [0], "ET": [-4, -5], "CEST": [2], "EEST": [3], "MSK": [3]}
TEASER = re.compile(r"(watch|video|photos|pictured|explained|full report)\s*:", re.I)
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def json_ld(path):
    raw = open(path, encoding="utf-8").read()
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S)]


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def dates_in(s):
    """(year or None, month, day, has_weekday) for every calendar date written in s."""
    out = []
    wd = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", s) is not None
    for m in re.finditer(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,?(?: (\d{4}))?\b", s):
        mo = month_no(m.group(2))
        if mo:
            out.append((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1)), wd))
    for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?\b", s):
        mo = month_no(m.group(1))
        if mo:
            out.append((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2)), wd))
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", s):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1)), wd))
    for m in re.finditer(r"\b(\d\d)-([A-Z][a-z]{2})-(\d{4})\b", s):
        out.append((int(m.group(3)), month_no(m.group(2)), int(m.group(1)), wd))
    return out


def date_lines(text):
    """(position, (year|None, month, day)) of short lines that print a date with a year or a weekday (page date headers)."""
    res = []; pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if 0 < len(s) < 90:
            for y, mo, d, wd in dates_in(s):
                if y is not None or wd:
                    res.append((pos, (y, mo, d)))
                    break
        pos += len(line) + 1
    return res


def clock(s):
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    return h, mi


def read_stamp(stamp, local, text, anchor_pos, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}) \u00b7 Astana (\d{1,2}):(\d\d) \(GMT([+-]\d+)\)", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        ref = datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)),
                       tzinfo=timezone(timedelta(hours=int(a.group(6)))))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, offs in ZONE_OFFSETS.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() not in [timedelta(hours=o) for o in offs]:
            return f"stamp zone {ab} does not match the local offset {local.utcoffset()}"
    ds = dates_in(s)
    if ds:
        y, mo, d, _ = ds[0]
        if y is None:
            pa = g.get("parse_args")
            if not pa:
                return "stamp date without year but no parse_args"
            y = int(pa[1][:4])
        return None if (y, mo, d) == (local.year, local.month, local.day) else "date inside the stamp differs"
    dl = date_lines(text)
    if not dl:
        return "undated stamp and no date line on the page"
    before = [x for p, x in dl if p < anchor_pos]
    y, mo, d = before[-1] if before else dl[0][1]
    if y is None:
        pa = g.get("parse_args")
        if not pa:
            return "date line without year but no parse_args"
        y = int(pa[1][:4])
    return None if (y, mo, d) == (local.year, local.month, local.day) else f"nearest date line gives {y}-{mo:02d}-{d:02d}"


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
reserved_stems = {re.split(r"[-_ (]", r)[0] for r in reserved}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"125\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
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
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2026-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2026-MM-DD']")
        if re.search(r"\b(19|20)\d\d\b", raw):
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # feeds: one item per entry; JSON-LD live blogs: one update per bodied entry
    if raw.lstrip().startswith("<?xml"):
        n_items = len(re.findall(r"<item>", raw)) + len(re.findall(r"<entry>", raw))
        if n_items != len(g["entries"]):
            err(sid, f"feed has {n_items} items but gold has {len(g['entries'])} entries")
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
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
        apos = pos_prev
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = apos = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|St|Mr|Dr)\.$", fs) or re.search(r"/TASS/\.$", fs):
                err(eid, "first_sentence ends on an abbreviation or a bare dateline")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        fmt = "%Y-%m-%d %H:%M:%S" if m.group(1).count(":") == 2 else "%Y-%m-%d %H:%M"
        local = datetime.strptime(m.group(1), fmt).replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, apos, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = f"{local:%H:%M}"
            if t1 not in text or (local.year, local.month, local.day) not in [(y, mo, d) for y, mo, d, _ in dates_in(text)]:
                err(eid, "no stamp and the page's dateline date/time is not printed")
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
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # JSON-LD live blogs: per-update times must agree with the gold, or (quirk pages) all share the page time
    for ld in json_ld(sp):
        if ld.get("@type") == "LiveBlogPosting" and ld.get("liveBlogUpdate"):
            ups = ld["liveBlogUpdate"]
            same = len({u.get("datePublished") for u in ups}) == 1 and len(ups) > 1
            if same:
                if "page's datePublished" not in " ".join(e["published_basis"] for e in g["entries"]):
                    err(sid, "JSON-LD updates share one time: basis must say the visible time was used")
            else:
                gold_times = {e["headline"]: e["published"] for e in g["entries"]}
                for u in ups:
                    t = datetime.fromisoformat(u["datePublished"]).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                    if gold_times.get(u["headline"]) != t and not any(e["published"] == t and e["headline"] == u["headline"] for e in g["entries"]):
                        err(sid, "JSON-LD update time disagrees with gold:", u["headline"][:50])

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
fmts = defaultdict(int)
for sid, outlet, ext, zone in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if os.path.splitext(g["seed"])[1] != ext:
        err(sid, "format should be", ext)
    if g["page_timezone"] != zone:
        err(sid, "page_timezone should be", zone)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

part_a_names = {o.lower() for _, o, _, _ in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.lower() + " (invented)" in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if any(w.lower() in reserved_stems for w in re.findall(r"[A-Za-z]+", src) if len(w) > 4 and w.lower() not in {"world", "times", "report", "herald", "review", "standard", "dispatch", "courier", "ledger", "chronicle", "evening", "service"}):
            err(sid, "a word of the outlet name is a reserved outlet stem:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("-live" if "live" in g["seed"] else "") + ("-atom" if "atom" in g["seed"] else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) == 6 and off >= 4 and off < 6:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    main = [s for s, v in stories.items() if len(v) >= 3]
    if not main:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    for e in ents:
        if "theme piece" in (e.get("notes") or "").lower() and len(stories[e["story"]]) != 1:
            err(e["id"], "theme piece must be its own story")
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
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    for e in rep:
        sp = os.path.join(ROOT, "seeds", golds[e["id"][:5]]["seed"])
        o = next(o for o in d1 if o["headline"] == e["headline"])
        op = os.path.join(ROOT, "seeds", golds[o["id"][:5]]["seed"])
        # verbatim: every body paragraph of the original appears in the re-post's page
        orig_lines = [l for l in visible_text(op).split("\n") if l.strip().startswith(o["first_sentence"])]
        if not orig_lines or orig_lines[0].strip() not in visible_text(sp):
            err(e["id"], "re-post is not verbatim")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
if day_date.get("day3") and day_date.get("day1") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day1"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
