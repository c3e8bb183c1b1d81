#!/usr/bin/env python3
"""Independent checker for eval/gh: re-reads every seed file on its own and verifies the gold file against it
(exact substrings of the visible text, page order, stamps and page datelines re-read and resolved without build.py,
label rules, set constraints). Usage (from the project root): python3 eval/gh/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("19100", "Institute for the Study of War"), ("19101", "Radio Free Europe/Radio Liberty"), ("19102", "UN News"),
          ("19103", "Politico Europe"), ("19104", "Bloomberg"), ("19105", "Axios"), ("19106", "TIME"), ("19107", "Al Arabiya English"),
          ("19108", "The Economist"), ("19109", "The Associated Press")]
DAYS = {"day1": ["19120", "19121", "19122", "19123"], "day2": ["19130", "19131", "19132", "19133"],
        "day3": ["19140", "19141", "19142", "19143"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2031-01-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-gh-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gh-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
# zone abbreviations as printed -> UTC offset in hours (January: no summer time anywhere used here)
ABBR = {"GMT": 0, "UTC": 0, "CET": 1, "GMT+1": 1, "EET": 2, "ET": -5, "EST": -5, "GST": 4, "MSK": 3, "JST": 9}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
INLINE = {"a", "strong", "em", "b", "i", "span", "time", "abbr", "small", "sup", "sub", "u"}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def strip_tags(t):
    def repl(m):
        name = m.group(1).lower()
        return "" if name in INLINE else "\n"
    return re.sub(r"</?([A-Za-z][A-Za-z0-9:]*)\b[^>]*>", repl, t)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<style\b.*?</style>", "\n", t, flags=re.S)
    t = re.sub(r"<head>.*?</head>", "\n", t, flags=re.S)
    t = re.sub(r"<\?xml[^>]*\?>", "\n", t)
    if path.endswith(".xml"):
        t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: html.escape(m.group(1), quote=False), t, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)          # feed elements are blocks
        t = html.unescape(t)                      # escaped HTML in <content type="html"> becomes markup
    t = strip_tags(t)
    return html.unescape(t)


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the first clock time in s: '4:40 p.m.', '7:50pm', '3.20pm', '10:10 PM', '16:40'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])\s*([AaPp]\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_abbr(s):
    m = re.search(r"\b(GMT\+1|GMT|UTC|CET|EET|EST|ET|GST|MSK|JST)\b", s)
    return m.group(1) if m else None


def page_dates(text):
    """(position, year, month, day) of calendar dates printed on the page: 'January 20, 2031', 'January 06, 2031',
    '27 January 2031', 'Tue 28 Jan 2031', '17 January ,2031', 'Jan 23rd 2031'."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}) ?,? ?(\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    return sorted(out)


def printed_datelines(text):
    """instants of printed date+time+zone lines: 'January 3, 2031, 7:50pm ET', 'January 06, 2031 09:12 GMT',
    'January 9, 2031 6:58 am CET', 'January 14, 2031 12:31 PM EST', 'January 10, 2031 at 8:05 AM GMT+1',
    '30 January 2031 at 17:20 CET'. Returns [(position, aware datetime)]."""
    out = []
    pats = [r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4}),? (?:at )?(\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?) ?(GMT\+1|GMT|UTC|CET|EET|EST|ET|GST)\b",
            r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4}),? (?:at )?(\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?) ?(GMT\+1|GMT|UTC|CET|EET|EST|ET|GST)\b"]
    for k, p in enumerate(pats):
        for m in re.finditer(p, text):
            if k == 0:
                mo, dd, yy = month_no(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                mo, dd, yy = month_no(m.group(2)), int(m.group(1)), int(m.group(3))
            hm = clock(m.group(4))
            if not mo or not hm:
                continue
            tz = timezone(timedelta(hours=ABBR[m.group(5)]))
            out.append((m.start(), datetime(yy, mo, dd, hm[0], hm[1], tzinfo=tz)))
    return sorted(out, key=lambda x: x[0])


def machine_times(raw):
    """page-level machine-readable publication times: JSON-LD NewsArticle/Article datePublished, meta article:published_time."""
    out = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            d = json.loads(blk)
        except ValueError:
            continue
        nodes = d.get("@graph", [d]) if isinstance(d, dict) else d
        for n in nodes:
            typ = n.get("@type")
            typ = typ if isinstance(typ, list) else [typ]
            if any(t in ("NewsArticle", "Article", "ReportageNewsArticle") for t in typ) and n.get("datePublished"):
                out.append(parse_iso(n["datePublished"]))
    for m in re.finditer(r'<meta property="article:published_time" content="([^"]+)"', raw):
        out.append(parse_iso(m.group(1)))
    return [x for x in out if x]


def parse_iso(s):
    s = s.strip().replace(" ", "T")
    s = re.sub(r"\.\d+", "", s).replace("Z", "+00:00")
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        return None
    return d if d.tzinfo else None


def zone_hint_ok(text, zone, local):
    """the page must say which clock its bare times use: a printed abbreviation with the right offset, or a named note."""
    off = local.utcoffset().total_seconds() / 3600
    for ab in re.findall(r"\b(GMT\+1|GMT|UTC|CET|EET|EST|ET|GST)\b", text):
        if ABBR[ab] == off:
            return True
    if zone == "Europe/Kyiv" and (re.search(r"Kyiv time", text) or (re.search(r"all times local", text) and re.search(r"\bKYIV\b", text))):
        return True
    return False


def read_stamp(stamp, local, text, pos, zone):
    """re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if parse_iso(s) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    ab = zone_abbr(s)
    if ab and ABBR[ab] * 3600 != local.utcoffset().total_seconds():
        return f"stamp zone {ab} does not match the page zone offset"
    hm = clock(re.sub(r"\b\d{1,2} [A-Z][a-z]+ ?,? ?\d{4}:?|\b[A-Z][a-z]+ \d{1,2}, \d{4}", " ", s))
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    inside = page_dates(s)
    if inside:
        _, y, mo, dd = inside[0]
    else:
        before = [d for d in page_dates(text) if d[0] < pos]
        if not before:
            return "no date printed before an undated stamp"
        _, y, mo, dd = before[-1]
    if (y, mo, dd) != (local.year, local.month, local.day):
        return f"date {y}-{mo:02d}-{dd:02d} != local day"
    if not ab and not zone_hint_ok(text, zone, local):
        return "bare stamp and the page names no clock for it"
    return None


reserved = set(); reserved_first = set()
if os.path.exists(RESERVED_FILE):
    for l in open(RESERVED_FILE, encoding="utf-8"):
        if l.strip():
            reserved.add(l.strip().lower()); reserved_first.add(l.strip().lower().split()[0])
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
    if not re.fullmatch(r"191\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
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
    if not re.search(r"\b2031\b", text):
        err(sid, "page prints no year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # page-level publication time for stampless entries: machine time if any, else the first printed dateline with a time
    mts = machine_times(raw) if not sp.endswith(".xml") else []
    pdl = printed_datelines(text)
    page_time = mts[0] if mts else (pdl[0][1] if pdl else None)
    if mts and pdl and not any(p == mts[0] for _, p in pdl):
        err(sid, "machine publication time is not among the printed datelines")
    # Key Points block: entry headlines listed right after a 'Key Points' line
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
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?(\[\d+\])*$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Dr)\.$", fs):
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
            why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if page_time is None:
                err(eid, "stampless entry but the page prints no dateline time and has no machine publication time")
            elif page_time != local:
                err(eid, f"stampless entry should take the page time {page_time.astimezone(timezone.utc):%Y-%m-%d %H:%M}Z")
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

# published times of stamped entries run monotonically in page order (newest first or oldest first)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("stamp")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "stamped entries are not monotonic in page order (midnight crossing or order mistake?)")
    # a header 'Updated H:MM AM ZONE, Month D, YYYY' on a timeline page must be the newest stamped entry
    text = visible_text(os.path.join(ROOT, "seeds", g["seed"]))
    m = re.search(r"^Updated (\d{1,2}:\d\d [AP]M) (EST|GMT|CET|EET), ([A-Z][a-z]+) (\d{1,2}), (\d{4})$", text, flags=re.M)
    if m and ts:
        hm = clock(m.group(1)); tz = timezone(timedelta(hours=ABBR[m.group(2)]))
        up = datetime(int(m.group(5)), month_no(m.group(3)), int(m.group(4)), hm[0], hm[1], tzinfo=tz)
        if up.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") != max(ts):
            err(sid, "page 'Updated' header does not equal the newest entry")

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
    ext = os.path.splitext(g["seed"])[1]; fmts[ext] += 1
    if ext == ".html":
        raw = open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()
        if not machine_times(raw):
            err(sid, "saved HTML article without NewsArticle JSON-LD or article:published_time meta")
if dict(fmts) != {".txt": 4, ".html": 6}:
    err("Part A format mix must be 4 text scrapes / 6 saved HTML articles:", dict(fmts))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        first = src.lower().split()[0]
        if src.lower() in reserved or slug in reserved or first in reserved or first in reserved_first or slug.split("-")[0] in reserved_first:
            err(sid, "outlet name collides with the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("-atom" if "<feed" in open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()[:300] else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]):
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
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    notes = " ".join((e.get("notes") or "").lower() for e in ents)
    if "must not merge" not in notes or "same region" not in notes or "theme" not in notes:
        err(day, "must-not-merge neighbours (same region, same theme) not noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # spelling variants of the main story's place across sources
    ok = False
    for st, where in stories.items():
        if len(where) >= 3:
            heads = {e["headline"] or "" for e in ents if e["story"] == st}
            ok |= len({w for h in heads for w in re.findall(r"\b(Dnipro|Dnepr|Kharkiv|Kharkov|Kryvyi Rih|Kryvyy Rih|Krivoy Rog)\b", h)}) >= 2
    if not ok:
        err(day, "no 3-source story shows spelling variants across sources")
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
