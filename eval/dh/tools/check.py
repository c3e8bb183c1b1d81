#!/usr/bin/env python3
"""Independent checker for eval/dh: re-reads every seed file on its own and verifies the gold file against it
(exact substrings of the visible text, page order, every printed stamp re-read and resolved without build.py,
label rules, set constraints of the brief). Usage (from the project root): python3 eval/dh/tools/check.py
-> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("11300", "St. Joseph News-Press"), ("11301", "Columbia Daily Tribune"), ("11302", "Jefferson City News Tribune"),
          ("11303", "Southeast Missourian"), ("11304", "Sedalia Democrat"), ("11305", "Rolla Daily News"),
          ("11306", "Hannibal Courier-Post"), ("11307", "Kirksville Daily Express"), ("11308", "The Daily Star-Journal"),
          ("11309", "Fulton Sun")]
PART_A_DAYS = {"2023-12-23", "2023-12-25", "2024-07-06", "2024-07-26", "2025-06-27", "2025-10-08", "2025-10-31",
               "2025-12-12", "2025-12-17", "2025-12-21"}
DAYS = {"day1": ["11320", "11321", "11322", "11323"], "day2": ["11330", "11331", "11332", "11333"],
        "day3": ["11340", "11341", "11342", "11343"]}
DAY_DATES = {"day1": "2024-12-22", "day2": "2024-12-23", "day3": "2024-12-24"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FILE = "/tmp/blind-dh-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dh-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# zone abbreviations printed in stamps -> (zones they may belong to, exact tzname or None for generic 'CT'/'ET')
ZONE_ABBR = {"CT": ({"America/Chicago"}, None), "CST": ({"America/Chicago"}, "CST"), "CDT": ({"America/Chicago"}, "CDT"),
             "ET": ({"America/New_York", "America/Toronto"}, None), "EST": ({"America/New_York", "America/Toronto"}, "EST"),
             "EDT": ({"America/New_York", "America/Toronto"}, "EDT"), "GMT": ({"Europe/London", "UTC"}, "GMT"),
             "CET": ({"Europe/Berlin", "Europe/Warsaw"}, "CET"), "EET": ({"Europe/Kyiv", "Europe/Riga"}, "EET"),
             "JST": ({"Asia/Tokyo"}, "JST")}
TEASER = re.compile(r"^(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
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
    """hour/minute of the first clock time in s: '1:48 a.m.', '9.15am', '20:40', '4:52 PM'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
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
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text):
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def header_clock(text, zone):
    """the page's printed 'Weekday, Month D, YYYY <sep> h:mm AM' clock (reference for relative stamps)."""
    m = re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})\W{1,4}(\d{1,2}):(\d\d) ?(AM|PM|am|pm)\b", text)
    if not m:
        return None
    h = int(m.group(4)) % 12 + (12 if m.group(6).lower() == "pm" else 0)
    return datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=ZoneInfo(zone))


def read_stamp(stamp, local, text, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(?:Updated )?(\d+) (min|hr|hrs) ago", s)
    if m:
        ref = header_clock(text, zone)
        if not ref:
            return "relative stamp without a printed clock to count back from"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    # numeric day.month.year date first (so that '22.12' is not read as a clock)
    num = re.search(r"\b(\d\d)\.(\d\d)\.(\d{4}),?\s*", s)
    rest = s[:num.start()] + s[num.end():] if num else s
    # month-name dates may contain a day that looks like nothing else; remove them before reading the clock
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2})(?:, (\d{4}))?\b", rest)
    if md and not month_no(md.group(1)):
        md = None
    clock_part = rest[:md.start()] + " " + rest[md.end():] if md else rest
    hm = clock(clock_part)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, (zones, exact) in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s):
            if zone not in zones:
                return f"stamp zone {ab} does not fit page zone {zone}"
            if exact and local.tzname() != exact:
                return f"stamp zone {ab} but the zone's name at that time is {local.tzname()}"
    if num:
        return None if (int(num.group(3)), int(num.group(2)), int(num.group(1))) == (local.year, local.month, local.day) else "numeric date differs"
    m = re.match(r"(Today|Yesterday) at ", s)
    if m:
        pa = g.get("parse_args")
        if not pa:
            return "'Today/Yesterday' stamp but no parse_args date"
        today = date.fromisoformat(pa[1])
        want = today if m.group(1) == "Today" else today - timedelta(days=1)
        return None if local.date() == want else "Today/Yesterday resolves to another day"
    if md:
        mo, dd = month_no(md.group(1)), int(md.group(2))
        if (mo, dd) != (local.month, local.day):
            return "date inside the stamp differs"
        if md.group(3):
            return None if int(md.group(3)) == local.year else "year inside the stamp differs"
        # month and day only: the year must be printed somewhere on the page and agree
        years = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}
        return None if local.year in years else "stamp without year and the page's year differs"
    # a stamp with no date at all: the local day must be printed on the page
    printed = dates_printed(text)
    if (local.year, local.month, local.day) in printed:
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"]
    return any(f in text for f in forms)


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
else:
    print("note: reserved-outlet list not present; outlet names not re-checked")
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}
else:
    print("note: forbidden-day list not present; days not re-checked against it")

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
    if not re.fullmatch(r"113\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
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
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"20\d\d-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        if re.search(r"\b20\d\d\b", raw):
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
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
        if anchor:
            starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Dec|Jan|S\.D)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
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
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], g)
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
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block lists", len(kp_heads), "headlines but gold marks", sum(e["key_point"] for e in g["entries"]))

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

# ---- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
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
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
if {d for d, w in seen.items()} != PART_A_DAYS:
    err("Part A UTC days differ from the brief's list:", sorted(set(seen) ^ PART_A_DAYS))

# ---- Part B
part_a_names = {o.lower() for _, o in PART_A}
day_stories = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug_part = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        for nm in (src.lower(), slug_part.lower()):
            if nm in reserved:
                err(sid, "outlet name or slug is on the reserved list:", nm)
        if src.lower().split()[0] in {r.split()[0] for r in reserved if r}:
            err(sid, "outlet's first word is used by a reserved outlet:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("-atom" if "<feed" in open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()[:300] else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    day_stories[day] = stories
    if dates != {DAY_DATES[day]}:
        err(day, "entries must all fall on UTC", DAY_DATES[day], "found", sorted(dates))
    d = DAY_DATES[day]
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() or e["duplicate_of"] for e in rep):
    err("day 2 must carry a verbatim re-post of a day-1 entry at importance 1 with a note (duplicate_of null)")
for e in rep:
    orig = next(o for o in d1 if o["headline"] == e["headline"])
    sid_o, sid_r = orig["id"][:5], e["id"][:5]
    ob = open(os.path.join(ROOT, "seeds", golds[sid_o]["seed"]), encoding="utf-8").read()
    rb = open(os.path.join(ROOT, "seeds", golds[sid_r]["seed"]), encoding="utf-8").read()
    if orig["body_paragraphs"] != e["body_paragraphs"] or e["first_sentence"] not in rb or orig["first_sentence"] not in ob:
        err(e["id"], "re-post is not verbatim")
cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
if not cont:
    err("day 2 continues no day-1 story")
shared3 = set(day_stories["day3"]) & (set(day_stories["day1"]) | set(day_stories["day2"]))
if shared3:
    err("day 3 must be separate, but shares stories with day 1/2:", sorted(shared3))
for d, who in seen.items():
    if d in forbidden:
        err(who, "UTC day is forbidden", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {DAY_DATES}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
