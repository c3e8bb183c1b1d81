#!/usr/bin/env python3
"""Independent checker for eval/fz: re-reads every seed file on its own and verifies its gold file against it
(exact substrings of the visible text, page order, every printed stamp re-read and resolved without build.py, label rules,
set-level constraints of the brief). It imports nothing from build.py.
Usage (from the project root): python3 eval/fz/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("18300", "BBC News"), ("18301", "The Guardian"), ("18302", "The New York Times"), ("18303", "Al Jazeera"), ("18304", "NPR"),
          ("18305", "Sky News"), ("18306", "Euronews"), ("18307", "CNBC"), ("18308", "ABC News"), ("18309", "Yahoo News")]
PART_A_FORMATS = {".txt": 3, ".html": 3, ".xml": 4}
DAYS = {"day1": ["18320", "18321", "18322", "18323"], "day2": ["18330", "18331", "18332", "18333"],
        "day3": ["18340", "18341", "18342", "18343"]}
UNORDERED = {"18300"}  # the BBC feed keeps the editors' running order, not time order (stated in its notes)
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2030-05-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-fz-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-fz-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
ABBR_END = re.compile(r"\b(U\.S|U\.K|U\.N|Gen|Gov|Sen|Rep|Lt|Col|a\.m|p\.m|No|St|Mr|Mrs|Ms|Dr)\.$")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<\?xml[^>]*\?>", "\n", raw)
    t = re.sub(r"<script\b.*?</script>", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside RSS/Atom descriptions
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of a clock time: '20:40', '8.20am', '4:12 PM', '9:40 p.m.'."""
    m = re.search(r"(?<![\d:./])(\d{1,2})[:.](\d\d)(?![\d/])\s*([AaPp]\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3)[0].lower() == "p" else 0)
    return h, mi


def page_dates(text):
    """(position, year or None, month, day) of calendar dates printed on the page: 'May 20, 2030', '23 May 2030',
    'Thursday, 23 May 2030', and year-less 'Friday 24 May' (weekday required)."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]{2,8})\b(?!,? \d{4})", text):
        if month_no(m.group(3)):
            out.append((m.start(), None, month_no(m.group(3)), int(m.group(2))))
    return sorted(out)


def zone_word_ok(word, local, zone):
    """a printed zone abbreviation must be what the page zone is called at that instant ('ET' = US Eastern, either season)."""
    name = local.tzname()
    if word == "ET":
        return zone == "America/New_York"
    if word == "GMT":
        return local.utcoffset() == timedelta(0)
    return word == name


def header_before(text, pos):
    before = [d for d in page_dates(text) if d[0] < pos]
    return before[-1] if before else None


def read_stamp(stamp, local, text, raw, pos, zone, g, anchor):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    # ISO 8601 (Atom)
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    # RFC 822 (RSS): seconds are allowed; the gold keeps minutes
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    # Euronews '14/05/2030 - 20:15 GMT+2'
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d) GMT([+-]\d{1,2})", s)
    if m:
        d = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)),
                     tzinfo=timezone(timedelta(hours=int(m.group(6)))))
        return None if d == local else "dd/mm/yyyy GMT+N stamp differs"
    # CNBC 'Thu, May 16 2030 2:35 PM EDT'
    m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{1,2}):(\d\d) (AM|PM) ([A-Z]{2,4})", s)
    if m:
        h = int(m.group(5)) % 12 + (12 if m.group(7) == "PM" else 0)
        want = datetime(int(m.group(4)), month_no(m.group(2)), int(m.group(3)), h, int(m.group(6)), tzinfo=ZoneInfo(zone))
        if want.strftime("%a") != m.group(1):
            return "weekday does not match the date"
        if not zone_word_ok(m.group(8), want, zone):
            return f"zone {m.group(8)} is not the page zone's name at that instant"
        return None if want == local else "CNBC-style stamp differs"
    # ABC 'May 18, 4:12 PM' -- no year, no zone: both from the header 'Last Updated: May 18, 2030, 4:20 PM EDT'
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{1,2}):(\d\d) (AM|PM)", s)
    if m:
        hd = re.search(r"Last Updated: ([A-Z][a-z]+) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) (AM|PM) ([A-Z]{2,4})", text)
        if not hd:
            return "month-day stamp without a 'Last Updated' header giving year and zone"
        h = int(m.group(3)) % 12 + (12 if m.group(5) == "PM" else 0)
        want = datetime(int(hd.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(4)), tzinfo=ZoneInfo(zone))
        hh = int(hd.group(4)) % 12 + (12 if hd.group(6) == "PM" else 0)
        upd = datetime(int(hd.group(3)), month_no(hd.group(1)), int(hd.group(2)), hh, int(hd.group(5)), tzinfo=ZoneInfo(zone))
        if not zone_word_ok(hd.group(7), upd, zone):
            return "header zone is not the page zone"
        if want > upd:
            return "post is later than the page's 'Last Updated' time"
        return None if want == local else "month-day stamp differs"
    # a date with no time: 'May 10, 2030' (NPR) -- published must be that date only, backed by the card's <time datetime>
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m:
        if local is not None:
            return "date-only stamp but a time in the gold"
        return "date-only"
    # bare clock time (with optional zone word), dated by the nearest date printed above the entry
    for w in re.findall(r"\b[A-Z]{2,4}\b", s):
        if w in {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "ET", "EST", "EDT"} and not zone_word_ok(w, local, zone):
            return f"stamp zone {w} does not match the page zone ({local.tzname()})"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute) or local.second:
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    hd = header_before(text, pos)
    if not hd:
        return "no date printed before an undated stamp"
    _, y, mo, dd = hd
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
seed_files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(ROOT, "seeds"))}
gold_files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(ROOT, "gold"))}
if seed_files != gold_files:
    err("seeds and gold files do not pair up:", sorted(seed_files ^ gold_files))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"183\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
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
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2030-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args must be ['--date', '2030-MM-DD']")
    if g.get("parse_args") and has_year:
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: the entry headlines listed right after a 'Key Points' line (bullets that are not headlines end it)
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads, kp_span = None, (-1, -1)
    m = re.search(r"(?mi)^[ \t]*key points[ \t]*$", text)
    if m:
        kp_heads = []; end = m.end()
        for lm in re.finditer(r"(?m)^(.*)$", text[m.end():]):
            l2 = re.sub(r"^[-\u2022*]\s*", "", lm.group(1).strip())
            if not l2:
                continue
            if l2 in heads:
                kp_heads.append(l2); end = m.end() + lm.end()
            else:
                break
        kp_span = (m.start(), end)
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
            # the entry's own headline (or first sentence) starts a text line, allowing a bullet or the entry's own 'HH:MM · ' prefix;
            # occurrences inside the Key Points block do not count
            pre = r"(?:[\u2022\-*] |" + (re.escape(e["stamp"]) + r" \u00b7 " if e["stamp"] else "(?!)") + ")?"
            starts = [mm.start(1) for mm in re.finditer(r"(?m)^[ \t]*" + pre + "(" + re.escape(anchor) + ")", text)
                      if not kp_span[0] <= mm.start(1) <= kp_span[1]]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            ok_line = False
            for l in lines:
                l2 = re.sub(r"^[\u2022\-*] ", "", l)
                if l2.startswith(fs) and (len(l2) == len(fs) or l2[len(fs)] == " "):
                    ok_line = True
                    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) and len(l2) != len(fs):
                        err(eid, "first_sentence has no closing stop but is not a whole paragraph")
            if not ok_line:
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if ABBR_END.search(fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # published / published_local / stamp
        pl = e.get("published_local") or ""
        m1 = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) (\S+)", pl)
        m2 = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\S+)", pl)
        if m1 and m1.group(2) == g["page_timezone"]:
            local = datetime.strptime(m1.group(1), "%Y-%m-%d %H:%M:%S" if m1.group(1).count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m1.group(2)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if e["stamp"] is not None:
                why = read_stamp(e["stamp"], local, text, raw, pos, g["page_timezone"], g, e["headline"])
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
            elif not time_printed(local, text):
                err(eid, "no stamp and the page's dateline time is not printed")
        elif m2 and m2.group(2) == g["page_timezone"]:
            # date-only: the stamp is a printed date and the card's own <time datetime> carries that date and no time
            if e["published"] != m2.group(1):
                err(eid, "date-only published must equal the date of published_local")
            if not e["stamp"] or read_stamp(e["stamp"], None, text, raw, pos, g["page_timezone"], g, e["headline"]) != "date-only":
                err(eid, "date-only published needs a date-only printed stamp")
            else:
                mm = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", e["stamp"])
                if date(int(mm.group(3)), month_no(mm.group(1)), int(mm.group(2))).isoformat() != m2.group(1):
                    err(eid, "date-only stamp differs from published")
                i = raw.find(html.escape(e["headline"], quote=False))
                a = re.search(r'<time datetime="([^"]+)"', raw[i:]) if i >= 0 else None
                if not a or a.group(1) != m2.group(1):
                    err(eid, "date-only card without a matching <time datetime> date after its headline")
            if re.search(r"\d\d?:\d\d", e["published_basis"] or "") and "no time" not in (e["published_basis"] or ""):
                err(eid, "date-only basis mentions a time")
        else:
            err(eid, "published_local malformed or not in page_timezone"); continue
        # labels
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

# published times run monotonically in page order (newest or oldest first; stampless pages share one time), except declared feeds
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if sid in UNORDERED:
        if "not in time order" not in g["notes"].lower():
            err(sid, "unordered page must say so in its notes")
        continue
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
if dict(fmts) != PART_A_FORMATS:
    err("Part A format mix must be 3 txt / 3 html / 4 xml:", dict(fmts))

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
        if src.lower() in reserved or first in reserved or first in reserved_first or slug.split("-")[0] in reserved_first \
                or slug in reserved or any(r.replace(" ", "") == slug.split("-")[0] for r in reserved):
            err(sid, "outlet name collides with the reserved list (full name, first word or file slug):", src)
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
    notes = [(e.get("notes") or "").lower() for e in ents]
    if not any("must not merge" in x and "same region" in x for x in notes):
        err(day, "no must-not-merge neighbour in the same region noted")
    if not any("must not merge" in x and "same" in x and "theme" in x for x in notes):
        err(day, "no must-not-merge neighbour on the same theme noted")
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
    if d[:4] != "2030" or d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
