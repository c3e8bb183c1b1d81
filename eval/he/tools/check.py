#!/usr/bin/env python3
"""Independent checker for eval/he: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
Usage (from the project root): python3 eval/he/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("21400", "Daily Sabah"), ("21401", "Hürriyet Daily News"), ("21402", "OC Media"), ("21403", "Civil.ge"), ("21404", "JAMnews"),
          ("21405", "Eurasianet"), ("21406", "Kazinform"), ("21407", "Azernews"), ("21408", "Armenpress"), ("21409", "The Jerusalem Post")]
PART_A_MIX = {".txt": 4, ".html": 3, ".xml": 3}
DAYS = {"day1": ["21420", "21421", "21422", "21423"], "day2": ["21430", "21431", "21432", "21433"],
        "day3": ["21440", "21441", "21442", "21443"]}
SPELLINGS = {"day1": ("Dnipro", "Dnepr"), "day2": ("Lviv", "Lvov", "L'viv"), "day3": ("Kharkiv", "Kharkov")}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2032-12-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-he-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-he-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "EST", "EDT", "CST", "CDT", "SGT"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
# a stamp printed on the same line before the headline: '07:20 CET — Headline'
LINE_PREFIX = r"(?:\d{1,2}[:.]\d\d(?: [A-Z]{2,4})? \u2014 )?"
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content / titles
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '10:10 pm', '10:40 p.m.', '9.10pm', '21:30:00', '01:20'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?::\d\d)?(?![\d])\s*(?:([AaPp])\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    return h, mi


def page_dates(text):
    """(position, year or None, month, day) of calendar dates printed on the page: 'Dec 01, 2032', 'DECEMBER 11, 2032',
    '3 December 2032', 'December 02 2032', and year-less 'Monday 20 December' (weekday required)."""
    out = []
    for m in re.finditer(r"\b([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]{2,8})\b(?!,? \d{4})", text):
        if month_no(m.group(3)):
            out.append((m.start(), None, month_no(m.group(3)), int(m.group(2))))
    return sorted(out)


def zone_ok(stamp, local):
    """explicit offsets ('GMT+3', 'UTC+04:00') must equal the local offset; zone abbreviations must be the zone's own."""
    s = stamp
    for m in re.finditer(r"\b(GMT|UTC)([+-])(\d{1,2})(?::?(\d\d))?", stamp):
        off = timedelta(hours=int(m.group(3)), minutes=int(m.group(4) or 0)) * (1 if m.group(2) == "+" else -1)
        if off != local.utcoffset():
            return f"printed offset {m.group(0)} != local offset {local.utcoffset()}"
        s = s.replace(m.group(0), " ")
    for w in re.findall(r"\b[A-Z]{2,4}\b", s):
        if w in ZONE_WORDS:
            if w in ("GMT", "UTC") and local.utcoffset() == timedelta(0):
                continue
            if w != local.tzname():
                return f"stamp zone {w} does not match the page zone ({local.tzname()})"
    return None


def read_stamp(stamp, local, text, pos, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        d = parsedate_to_datetime(s)
        if d != local:
            return "RFC 822 stamp differs"
        if d.utcoffset() != local.utcoffset():
            return "RFC 822 offset is not the page zone's offset"
        return None
    why = zone_ok(s, local)
    if why:
        return why
    m = re.fullmatch(r"([A-Z][a-z]+) (\d\d) (\d{4}) (\d\d):(\d\d):(\d\d)", s)  # Hürriyet 'December 02 2032 21:30:00'
    if m and month_no(m.group(1)):
        want = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)))
        return None if want == (local.year, local.month, local.day, local.hour, local.minute) else "month-day-year stamp differs"
    core = re.sub(r"\b(GMT|UTC)[+-]\d{1,2}(:?\d\d)?", " ", s)
    md = re.search(r"\b([A-Za-z]{3,9}\.?) (\d{1,2}), (\d{4})\b", core)
    dmy = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", core)
    ymd = None
    if md and month_no(md.group(1)):
        ymd = (int(md.group(3)), month_no(md.group(1)), int(md.group(2))); core = core.replace(md.group(0), " ")
    elif dmy and month_no(dmy.group(2)):
        ymd = (int(dmy.group(3)), month_no(dmy.group(2)), int(dmy.group(1))); core = core.replace(dmy.group(0), " ")
    hm = clock(core)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    if ymd:
        return None if ymd == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a stamp without a date: the nearest date printed before the entry must be the local day
    before = [d for d in page_dates(text) if d[0] < pos]
    if not before:
        return "no date printed before an undated stamp"
    _, y, mo, dd = before[-1]
    if y is None:
        pa = g.get("parse_args")
        if not pa:
            return "year-less date header without parse_args"
        y = int(pa[1][:4])
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest date header {y}-{mo:02d}-{dd:02d} != local day"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
reserved_first = {r.split()[0] for r in reserved}
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
    if not re.fullmatch(r"214\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blk)
        except ValueError as x:
            err(sid, "JSON-LD block does not parse:", x)
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = bool(re.search(r"\b20\d\d\b", raw))
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2032-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args must be ['--date', '2032-MM-DD']")
    if g.get("parse_args") and has_year:
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: the entry headlines listed right after a 'Key Points' line
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
        pos = pos_prev
        if anchor:
            # the entry's own headline (or first sentence) starts a text line, possibly after a same-line stamp 'HH:MM ZONE — '
            # a headline must fill the rest of its line; a first sentence only has to start one
            tail = r"[ \t]*$" if e["headline"] else ""
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*" + LINE_PREFIX + "(" + re.escape(anchor) + ")" + tail, text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.K|Gen|Gov|Lt|Col|a\.m|p\.m|No|St|Mr|Dr|Dec|Jan)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if re.fullmatch(r"[A-Z][A-Z ,\d]+\.", fs):
                err(eid, "first_sentence is only an agency dateline")
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
            why = read_stamp(e["stamp"], local, text, pos, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            if re.search(r":\d\d:\d\d", e["stamp"]) is None and local.second:
                err(eid, "seconds in published_local but the stamp prints none")
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

# published times run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

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
if dict(fmts) != PART_A_MIX:
    err("Part A format mix must be 4 txt / 3 html / 3 xml:", dict(fmts))

part_a_names = {o.lower() for _, o in PART_A}
known = {sid for sid, _ in PART_A} | {s for v in DAYS.values() for s in v}
for sid in golds:
    if sid not in known:
        err(sid, "gold file with an id outside Part A / Part B")
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        if src.lower() in reserved or src.lower().split()[0] in reserved_first or slug.split("-")[0] in reserved_first or slug in reserved:
            err(sid, "outlet name (full name, first word or slug) is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("atom" if "<feed" in open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read(300) else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]) and off * 2 > len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len({x[:4] if x.startswith(".xml") else x for x in exts}) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # the 3+-source story is told several times and under at least two spellings of its place name
    main = max(stories, key=lambda k: len(stories[k]))
    told = [((e["headline"] or "") + " " + (e["first_sentence"] or "")) for e in ents if e["story"] == main and e["first_sentence"]]
    if len(told) < 4:
        err(day, "main story told too few times")
    used = {v for v in SPELLINGS[day] if any(re.search(r"(?<![\w'])" + re.escape(v) + r"\b", t) for t in told)}
    if len(used) < 2:
        err(day, "main story uses fewer than two spellings of its place name:", used)
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
