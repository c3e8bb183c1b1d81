#!/usr/bin/env python3
"""Independent checker for eval/ea: re-reads every seed file on its own (visible text, feed XML, JSON-LD, <time datetime>)
and verifies the gold file against it: exact substrings, page order, every printed stamp re-read and resolved without
build.py, label rules, and the set constraints of the brief.
Usage (from the project root): python3 eval/ea/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = [("13200", "UNHCR"), ("13201", "ICRC"), ("13202", "Doctors Without Borders"), ("13203", "Caritas Internationalis"),
          ("13204", "Amnesty International"), ("13205", "Human Rights Watch"), ("13206", "Save the Children"), ("13207", "Direct Relief"),
          ("13208", "Razom for Ukraine"), ("13209", "World Central Kitchen")]
DAYS = {"day1": ["13220", "13221", "13222", "13223"], "day2": ["13230", "13231", "13232", "13233"],
        "day3": ["13240", "13241", "13242", "13243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days given in the brief (the /tmp forbidden list is re-read when present)
ALLOWED_2026 = set("""2026-04-05 2026-04-06 2026-04-11 2026-04-12 2026-04-19 2026-04-20 2026-04-25 2026-04-26 2026-05-01 2026-05-02
2026-05-03 2026-05-04 2026-05-08 2026-05-10 2026-05-11 2026-05-18 2026-05-23 2026-05-24 2026-05-25 2026-05-29 2026-05-30 2026-05-31
2026-06-01 2026-06-06 2026-06-07 2026-06-09 2026-06-11 2026-06-14 2026-06-15 2026-06-18 2026-06-21 2026-07-12 2026-07-18""".split())
FORBIDDEN_FILE = "/tmp/blind-ea-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ea-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# printed zone abbreviation -> the tznames the page zone must show at that local time
ZONE_ABBR = {"ET": {"EDT", "EST"}, "EDT": {"EDT"}, "PT": {"PDT", "PST"}, "BST": {"BST"}, "CEST": {"CEST"}, "EEST": {"EEST"}}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # entity-escaped HTML inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '6:40 a.m.', '7:00AM', '4:40 PM', '21:40', '08:10'."""
    m = re.search(r"(?<![\d:.])(\d{1,2}):(\d\d)(?!\d)\s*(a\.m\.|p\.m\.|AM|PM|am|pm)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


DATE_RES = [
    # (regex, kind): 'Monday, June 1, 2026' / 'June 1, 2026' / 'Tuesday, June 9'
    (re.compile(r"\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?([A-Z][a-z]{2,8}) (\d{1,2})(?:, (\d{4}))?\b"), "mdy"),
    # 'Saturday 23 May 2026' / '29 May 2026' / 'Thursday 18 June'
    (re.compile(r"\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b"), "dmy"),
]


def dates_printed(text):
    """all calendar dates printed in text, as (position, year or None, month, day, weekday or None)."""
    out = []
    for rx, kind in DATE_RES:
        for m in rx.finditer(text):
            wd, a, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
            mo, dd = (month_no(a), int(b)) if kind == "mdy" else (month_no(b), int(a))
            if not mo or not 1 <= dd <= 31:
                continue
            if y is None and wd is None:
                continue  # a bare 'May 3' is too weak; printed page dates here carry a year or a weekday
            out.append((m.start(), int(y) if y else None, mo, dd, wd))
    return sorted(out)


def ref_clock(text, zone):
    """the page clock that relative stamps are counted from."""
    m = re.search(r"Updated:? ([A-Z][a-z]+) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) (AM|PM)", text)
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        return datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=ZoneInfo(zone))
    m = re.search(r"Updated:? (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d{1,2}):(\d\d)\b", text)
    if m:
        return datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
    return None


def read_stamp(stamp, local, text, zone, g, spos, raw):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason.
    spos = position of this stamp occurrence in the visible text (for the nearest preceding printed date)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT|EDT|EST|CDT|PDT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|mins|min|hours|hour|hrs|hr) ago", s)
    if m:
        ref = ref_clock(text, zone)
        if ref is None:
            return "relative stamp without a printed page clock to count back from"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", s)
    if m:  # date only on the page; the time must come from a machine-readable attribute
        if (int(m.group(3)), month_no(m.group(2)), int(m.group(1))) != (local.year, local.month, local.day):
            return "date-only stamp differs from the local date"
        want = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return None if f'datetime="{want}"' in raw else "date-only stamp but no matching datetime attribute"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, names in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and local.tzname() not in names:
            return f"stamp zone {ab} does not match page zone {zone} ({local.tzname()})"
    # a stamp without a date: the nearest date printed before it must be the local day
    ds = dates_printed(text)
    before = [d for d in ds if d[0] < spos] or ds[:1]
    if not before:
        return "undated stamp and no date printed on the page"
    _, y, mo, dd, wd = before[-1]
    if y is None:
        pa = g.get("parse_args")
        if not pa:
            return "undated stamp under a date without year, but no parse_args"
        y = int(pa[1][:4])
    if (y, mo, dd) != (local.year, local.month, local.day):
        return f"nearest printed date {y}-{mo:02d}-{dd:02d} is not the local day"
    if wd and WEEKDAYS.index(wd.lower()) != date(y, mo, dd).weekday():
        return "printed weekday does not match the date"
    return None


def page_time_known(local, text, raw):
    """stampless entries: the page must print the time, or carry it in JSON-LD datePublished."""
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d}{'AM' if local.hour < 12 else 'PM'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    if any(f in text for f in forms):
        return True
    return f'"datePublished": "{local.isoformat()}"' in raw


def feed_items(path):
    """(title, stamp text) of every RSS item / Atom entry, in file order."""
    root = ET.parse(path).getroot()
    A = "{http://www.w3.org/2005/Atom}"
    out = []
    if root.tag == "rss":
        for it in root.iter("item"):
            out.append((it.findtext("title"), it.findtext("pubDate")))
    else:
        for en in root.iter(A + "entry"):
            out.append((en.findtext(A + "title"), en.findtext(A + "published")))
    return out


def ld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        out.append(json.loads(m.group(1)))
    return out


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


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
    if not re.fullmatch(r"132\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
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
        if re.search(r"\b20\d\d\b", raw):
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
        # page order: the entry's own text (headline, else first sentence) must come after the previous entry's
        anchor = e["headline"] or fs
        apos = None
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                apos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|Dr|a\.m|p\.m)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
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
            # the stamp occurrence nearest to the entry's anchor (stamps sit just before or just after the headline)
            occ = [mm.start() for mm in re.finditer(re.escape(e["stamp"]), text)]
            spos = min(occ, key=lambda p: abs(p - (apos if apos is not None else 0))) if occ else 0
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], g, spos, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not page_time_known(local, text, raw):
            err(eid, "no stamp and the page time is neither printed nor in JSON-LD datePublished")
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
    # feeds: the items parsed as XML must be the gold entries (titles and stamps, same order)
    if sp.endswith(".xml"):
        try:
            items = feed_items(sp)
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x); items = []
        if [(t, s) for t, s in items] != [(e["headline"], e["stamp"]) for e in g["entries"]]:
            err(sid, "feed items (title, date) differ from the gold entries")
    # HTML: <time datetime> elements in the body, when one per entry, must carry each entry's published instant
    if sp.endswith(".html"):
        body = re.sub(r"<script\b.*?</script>", "", raw, flags=re.S)
        tds = re.findall(r'<time datetime="([^"]+)">', body)
        if len(tds) == len(g["entries"]):
            for e, v in zip(g["entries"], tds):
                if datetime.fromisoformat(v.replace("Z", "+00:00")) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "<time datetime> differs from published:", v)
        elif tds:
            err(sid, f"{len(tds)} <time datetime> elements for {len(g['entries'])} entries")
        try:
            blocks = ld_blocks(raw)
        except json.JSONDecodeError as x:
            err(sid, "JSON-LD does not parse:", x); blocks = []
        byhead = defaultdict(list)
        for e in g["entries"]:
            byhead[e["headline"]].append(e)
        for node in walk(blocks):
            if node.get("@type") == "BlogPosting" and "datePublished" in node:
                cands = byhead.get(node.get("headline"), [])
                when = datetime.fromisoformat(node["datePublished"])
                if not any(datetime.fromisoformat(c["published"].replace("Z", "+00:00")) == when for c in cands):
                    err(sid, "JSON-LD update matches no gold entry:", node.get("headline"))
                au = (node.get("author") or {}).get("name")
                if au and not any(c["author"] == au for c in cands):
                    err(sid, "JSON-LD update author differs:", au)

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
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
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
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
        if src.lower() in reserved or any(w in reserved for w in [src.split()[0].lower()]):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if any(src.split()[0].lower() in r for r in reserved):
            err(sid, "outlet's distinctive word occurs in a reserved name:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
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
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"]
                                and e["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED_2026 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
