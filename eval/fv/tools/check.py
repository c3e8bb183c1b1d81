#!/usr/bin/env python3
"""Independent checker for eval/fv. Re-reads every seed page on its own (it does not import build.py) and verifies the
gold file against it: exact substrings, page order, every printed stamp re-read and resolved, label rules, and the set
constraints of the brief (Part A outlets/formats/days, Part B multi-source days).
Usage (from the project root): python3 eval/fv/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("17900", "Chicago Tribune"), ("17901", "The Boston Globe"), ("17902", "Toronto Star"), ("17903", "The Globe and Mail"),
          ("17904", "National Post"), ("17905", "The Seattle Times"), ("17906", "Miami Herald"), ("17907", "Star Tribune"),
          ("17908", "The Denver Post"), ("17909", "Houston Chronicle")]
DAYS = {"day1": ["17920", "17921", "17922", "17923"], "day2": ["17930", "17931", "17932", "17933"],
        "day3": ["17940", "17941", "17942", "17943"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2030 days named in the brief (the /tmp lists are re-read when present)
ALLOWED = {f"2030-01-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-fv-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-fv-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# printed zone abbreviations -> UTC offset in hours (January: standard time everywhere used here)
ABBR_OFFSET = {"CST": -6, "CT": -6, "EST": -5, "ET": -5, "PST": -8, "PT": -8, "MST": -7, "MT": -7, "GMT": 0, "UTC": 0,
               "CET": 1, "EET": 2}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report|Listen)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed content
    return t


def jsonld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        out.append(json.loads(m.group(1)))
    return out


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the clock time in s: '4:52 PM', '5:48 p.m.', '11:48 pm', '4:45PM', '2.05pm', '14:05'."""
    m = re.search(r"(?<![\d:.T])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    elif h > 23:
        return None
    return h, mi


def date_in(s):
    """(year or None, month, day) of a calendar date inside s, else None"""
    m = re.search(r"\b([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})\b", s)
    if m and month_no(m.group(1)):
        return int(m.group(3)), month_no(m.group(1)), int(m.group(2))
    m = re.search(r"\b(\d{1,2}) ([A-Za-z]{3,9}\.?),? (\d{4})\b", s)
    if m and month_no(m.group(2)):
        return int(m.group(3)), month_no(m.group(2)), int(m.group(1))
    return None


def dates_printed(text):
    out = set()
    for m in re.finditer(r"\b([A-Z][A-Za-z]{2,8}\.?) (\d{1,2})\b(?:,? (\d{4}))?", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b(?:,? (\d{4}))?", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    return out


def header_clock(text, zone):
    """the capture clock printed in a page header: 'Monday, January 7, 2030 · 4:35 p.m.' (for relative stamps)"""
    a = re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})\s*(?:·|\|)?\s*(\d{1,2}:\d\d\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM))", text)
    if not a:
        return None
    h, mi = clock(a.group(4))
    return datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), h, mi, tzinfo=ZoneInfo(zone))


def read_stamp(stamp, local, text, zone, g):
    """re-reads a printed stamp on its own; None when it agrees with the gold local time, else the reason"""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT|UT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(?:Updated )?(\d+) (min|mins|hr|hrs|hour|hours) ago", s)
    if m:
        ref = header_clock(text, zone)
        if ref is None:
            return "relative stamp without a printed clock to count back from"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    nd = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)  # numeric date DD.MM.YYYY
    if nd:
        s = s.replace(nd.group(0), " ")
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ABBR_OFFSET.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() != timedelta(hours=off):
            return f"stamp zone {ab} does not match the page zone offset"
    d = (int(nd.group(3)), int(nd.group(2)), int(nd.group(1))) if nd else date_in(s)
    if d:
        return None if d == (local.year, local.month, local.day) else "date inside the stamp differs"
    printed = dates_printed(text)
    if (local.year, local.month, local.day) in printed:
        return None
    if (None, local.month, local.day) in printed and g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}":
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def page_time_known(local, text, raw):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    if any(f in text for f in forms):
        return True
    for obj in jsonld(raw):
        for node in (obj.get("@graph") or [obj]):
            v = node.get("datePublished")
            if v and datetime.fromisoformat(v.replace("Z", "+00:00")) == local:
                return True
    return False


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
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
    if not re.fullmatch(r"179\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    if sp.endswith(".html"):
        try:
            jsonld(raw)
        except ValueError as x:
            err(sid, "JSON-LD does not parse:", x)
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    lineset = set(lines)
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
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2030-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2030-MM-DD']")
        if re.search(r"\b20\d\d\b", raw):
            err(sid, "parse_args given although the page prints a year")
    # every printed 'Weekday + date' must agree with the calendar (year printed, else the parse_args year)
    yr_default = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+\.?) (\d{1,2}))\b(?:,? (\d{4}))?", text):
        mo = month_no(m.group(3) or m.group(4))
        dd = int(m.group(2) or m.group(5))
        yr = int(m.group(6)) if m.group(6) else yr_default
        if mo and yr and date(yr, mo, dd).weekday() != WEEKDAYS.index(m.group(1).lower()):
            err(sid, "printed weekday does not match the date:", m.group(0))
    if g["page_title"] is not None and g["page_title"] not in lineset:
        err(sid, "page_title is not a whole line of the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key developments"):
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
        if e["headline"] is not None and e["headline"] not in lineset:
            err(eid, "headline is not a whole line of the visible page")
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
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|Mr|Dr|St|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$", fs):
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
        elif not page_time_known(local, text, raw):
            err(eid, "no stamp and neither the visible page nor its JSON-LD gives this time")
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
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

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

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
all_b_sources = []
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; kinds = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src); all_b_sources.append(src)
        if src.lower() in reserved or any(src.lower() == r.split(" (")[0] for r in reserved):
            err(sid, "outlet name is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        kinds.add(g["seed"].rsplit("-", 1)[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and 4 <= off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), kinds)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids if s in golds for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
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
if len(set(all_b_sources)) != len(all_b_sources):
    err("Part B outlets should all be distinct")
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
if day_date.get("day3"):
    for other in ("day1", "day2"):
        if day_date.get(other) and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date[other])).days) <= 1:
            err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
