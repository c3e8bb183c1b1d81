#!/usr/bin/env python3
"""Independent checker for eval/dk: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, machine-readable times, label rules,
set constraints of the brief). Usage (from the project root): python3 eval/dk/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.dom.minidom
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("11600", "U.S. Department of Defense"), ("11601", "GOV.UK"), ("11602", "President of Ukraine"),
          ("11603", "U.S. Department of State"), ("11604", "Council of the EU"), ("11605", "UN News"), ("11606", "ReliefWeb"),
          ("11607", "IAEA"), ("11608", "OSCE"), ("11609", "Voice of America")]
DAYS = {"day1": ["11620", "11621", "11622", "11623"], "day2": ["11630", "11631", "11632", "11633"],
        "day3": ["11640", "11641", "11642", "11643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# the free 2026 days named in the brief (16 March - 31 May 2026); the /tmp forbidden list is re-read when present
ALLOWED = {(date(2026, 3, 16) + timedelta(days=i)).isoformat() for i in range(77)}
FORBIDDEN_FILE = "/tmp/blind-dk-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dk-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBRS = {"GMT", "BST", "CET", "CEST", "EET", "EEST", "EDT", "EST", "IST", "AEST"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
WDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
DATE_LINE = re.compile(rf"^{WDAY}(?:(\d{{1,2}}) ({MON})(?: (\d{{4}}))?|({MON}) (\d{{1,2}})(?:, (\d{{4}}))?)\b")
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


def date_of_line(line):
    """(year or None, month, day) when the line starts with a calendar date (optionally after a weekday), else None."""
    m = DATE_LINE.match(line)
    if not m:
        return None
    if m.group(1):
        return (int(m.group(3)) if m.group(3) else None, month_no(m.group(2)), int(m.group(1)))
    return (int(m.group(6)) if m.group(6) else None, month_no(m.group(4)), int(m.group(5)))


def dates_printed(text):
    out = set()
    for m in re.finditer(rf"\b({MON}) (\d{{1,2}})(?:, (\d{{4}}))?\b", text):
        out.add((int(m.group(3)) if m.group(3) else None, month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(rf"\b(\d{{1,2}}) ({MON})(?: (\d{{4}}))?\b", text):
        out.add((int(m.group(3)) if m.group(3) else None, month_no(m.group(2)), int(m.group(1))))
    return out


def clock(s):
    """hour/minute of the first clock time in s: '1:48 a.m.', '5:32 PM', '20:40', '6:10 a.m. EDT'."""
    m = re.search(r"(?<![\d:.])(\d{1,2}):(\d\d)(?!\d)(?::\d\d)?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def same_day(tpl, local, g):
    y, mo, d = tpl
    if (mo, d) != (local.month, local.day):
        return False
    if y is None:
        pa = g.get("parse_args")
        return bool(pa) and pa[1] == f"{local:%Y-%m-%d}"
    return y == local.year


def read_stamp(stamp, local, dateonly, text, before, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason.
    `before` is the page text above the entry (for date headers)."""
    s = stamp.strip()
    if dateonly:
        tpl = date_of_line(s)
        if not tpl or tpl[2] is None or tpl[0] is None or clock(s):
            return "a date-only published needs a stamp that is a full date without a time"
        return None if same_day(tpl, local, g) else "stamp date differs"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"[A-Z][a-z]{2}, (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d):(\d\d)", s)
    if m:  # .NET SyndicationFeed style: offset with a colon
        off = timedelta(hours=int(m.group(8)), minutes=int(m.group(9))) * (1 if m.group(7) == "+" else -1)
        naive = datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)))
        return None if (naive - off).replace(tzinfo=ZoneInfo("UTC")) == local else ".NET pubDate differs"
    m = re.fullmatch(r"(\d+)(m|h) ago", s)
    if m:
        c = re.search(r"^London (\d\d):(\d\d)\b", text, flags=re.M) or re.search(r"\bLondon (\d\d):(\d\d)\b", text)
        days = [date_of_line(l.strip()) for l in text.split("\n")]
        days = [x for x in days if x and x[0]]
        if not c or not days:
            return "relative stamp without a printed clock and date to count back from"
        y, mo, d = days[0]
        ref = datetime(y, mo, d, int(c.group(1)), int(c.group(2)), tzinfo=ZoneInfo("Europe/London"))
        back = timedelta(minutes=int(m.group(1))) if m.group(2) == "m" else timedelta(hours=int(m.group(1)))
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab in re.findall(r"\b([A-Z]{3,4})\b", s):
        if ab in ZONE_ABBRS and ab != local.tzname() and not (ab == "GMT" and local.utcoffset() == timedelta(0)):
            return f"stamp zone {ab} does not match the local zone name {local.tzname()}"
    tpl = date_of_line(s)
    if tpl:  # the stamp carries its own date ('24 March 2026 - 21:35', '21 Mar 07:50')
        return None if same_day(tpl, local, g) else "date inside the stamp differs"
    # a stamp with no date: the nearest date line above the entry must name the local day
    for line in reversed(before.split("\n")):
        tpl = date_of_line(line.strip())
        if tpl:
            return None if same_day(tpl, local, g) else f"nearest date line above ({line.strip()[:40]}) is another day"
    return "undated stamp and no date line above it"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    return any(f in text for f in forms)


def machine_times(raw):
    body = re.sub(r"<script\b.*?</script>", "", raw, flags=re.S)
    return [datetime.fromisoformat(x.replace("Z", "+00:00")) for x in re.findall(r'<time[^>]*\bdatetime="([^"]+)"', body)
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", x)]


def jsonld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("JSON-LD block does not parse")
    return out


def walk(o):
    if isinstance(o, dict):
        yield o
        for v in o.values():
            yield from walk(v)
    elif isinstance(o, list):
        for v in o:
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
    if not re.fullmatch(r"116\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:
            err(sid, "feed is not well-formed XML:", ex)
    lds = jsonld(raw) if sp.endswith(".html") else []
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
    # zone notes printed on the page ('all times Kyiv (EET)') must agree with the entries' local zone names
    notes_abbr = set(re.findall(r"[Aa]ll times[^\n(]*\((\w+)\)", text))
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
    # anchors: each entry's first own text line (headline, else first sentence), found at line starts in page order
    anchors = []; pos_prev = -1
    for e in g["entries"]:
        a = e["headline"] or e["first_sentence"]
        if not a:
            anchors.append(None); continue
        starts = [m.start() for m in re.finditer(r"(?m)^[ \t]*" + re.escape(a), text)]
        later = [p for p in starts if p > pos_prev]
        if not later:
            err(e["id"], "entry is not in page order (or its text does not start a line)"); anchors.append(None); continue
        pos_prev = later[0]; anchors.append(pos_prev)
    mts = machine_times(raw) if sp.endswith(".html") else []
    ids = []
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
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|St|Dr|No)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # the entry's own window of page text: from the previous entry's anchor to the next entry's anchor
        a0 = anchors[n] if anchors[n] is not None else 0
        lo = next((anchors[j] for j in range(n - 1, -1, -1) if anchors[j] is not None), 0)
        hi = next((anchors[j] for j in range(n + 1, len(anchors)) if anchors[j] is not None), len(text))
        if e["stamp"] is not None and e["stamp"] not in text[lo:hi]:
            err(eid, "stamp is not printed next to this entry")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)( \d\d:\d\d:\d\d)? (\S+)", e.get("published_local") or "")
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        dateonly = m.group(2) is None
        if dateonly:
            local = datetime.strptime(m.group(1), "%Y-%m-%d").replace(tzinfo=ZoneInfo(m.group(3)))
            if e["published"] != m.group(1):
                err(eid, "date-only published must equal the local date")
        else:
            local = datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            for ab in notes_abbr:
                if ab != local.tzname():
                    err(eid, f"page says all times are {ab} but the entry's local zone name is {local.tzname()}")
        stamp_has_clock = e["stamp"] is not None and (clock(e["stamp"]) is not None or re.search(r"\d+[mh] ago|T\d\d:\d\d", e["stamp"]))
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, dateonly and True, text, text[:a0], g["page_timezone"], g) if dateonly else \
                read_stamp(e["stamp"], local, False, text, text[:a0], g["page_timezone"], g) if stamp_has_clock else \
                read_stamp(e["stamp"], local, True, text, text[:a0], g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        if dateonly:
            if e["stamp"] is None and not any(same_day(t, local, g) for t in dates_printed(text)):
                err(eid, "date-only entry whose date is printed nowhere")
            if mts or re.search(r"\d\d:\d\d", e["stamp"] or ""):
                err(eid, "date-only published although the page gives a time")
        elif not stamp_has_clock:
            # no visible clock for this entry: the time must come from a <time datetime> attribute or the printed dateline
            if not (local in mts or (time_printed(local, text) and any(same_day(t, local, g) for t in dates_printed(text)))):
                err(eid, "no clock in the stamp and no <time datetime> / printed dateline time gives", e["published"])
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
    # every <time datetime> on an HTML page must be the time of some entry (and vice versa for pages that have them)
    if mts:
        pubs = {datetime.fromisoformat(e["published"].replace("Z", "+00:00")) for e in g["entries"] if "T" in e["published"]}
        if set(mts) != pubs:
            err(sid, "<time datetime> attributes and entry times differ")
    # JSON-LD live updates that carry an entry's own headline and a datePublished must agree with the gold time
    for o in (x for ld in lds for x in walk(ld)):
        if o.get("@type") == "BlogPosting" and o.get("datePublished"):
            mine = [e for e in g["entries"] if e["headline"] == o.get("headline")]
            t = datetime.fromisoformat(o["datePublished"].replace("Z", "+00:00"))
            if mine and all(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != t for e in mine):
                err(sid, "JSON-LD update time disagrees with the gold for", o["headline"][:50])

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
for dname, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(dname, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or any(src.lower() == r.split(" (")[0] for r in reserved):
            err(sid, "outlet name is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(dname, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[dname] = d
    if d in seen:
        err(dname, "UTC day also used by", seen[d])
    seen[d] = dname
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(srcs) != len(sids):
        err(dname, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(dname, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(dname, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(dname, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(dname, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(dname, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(dname, "no must-not-merge pair noted")
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
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
