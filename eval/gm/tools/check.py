#!/usr/bin/env python3
"""Independent checker for eval/gm: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
Usage (from the project root): python3 eval/gm/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("19600", "Frontline Brief UA"), ("19601", "Steppe & Steel"), ("19602", "Eastern Gate News"), ("19603", "Black Sea Watch"),
          ("19604", "Kharkiv Evenings"), ("19605", "Wartime Ledger"), ("19606", "Reddit live"), ("19607", "Oksana Hrytsai (X)"),
          ("19608", "Wikipedia"), ("19609", "Google News")]
AGGREGATOR = {"Google News"}          # headline-only cards rated by content (README conventions)
DAYS = {"day1": ["19620", "19621", "19622", "19623"], "day2": ["19630", "19631", "19632", "19633"],
        "day3": ["19640", "19641", "19642", "19643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2031-06-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-gm-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gm-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EDT", "EST", "IST", "SGT"}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom/Blogger content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '4:03 pm', '9:40 PM', '8.05pm', '3:40 p.m.', '20:40'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])\s*([AaPp]\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def page_dates(text):
    """(position, year or None, month, day) of calendar dates printed on the page: 'June 6, 2031', '24 June 2031',
    'Tuesday 24 June 2031', 'June 18, 2031 (Wednesday)', and year-less 'Saturday, June 28' (weekday required)."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ([A-Z][a-z]{2,8}) (\d{1,2})\b(?!,? \d{4})", text):
        if month_no(m.group(2)):
            out.append((m.start(), None, month_no(m.group(2)), int(m.group(3)), m.group(1)))
    return sorted(out)


def zone_ok(stamp, local, zone):
    for w in re.findall(r"\b[A-Z]{2,4}\b", stamp):
        if w in ZONE_WORDS:
            name = local.tzname()
            if w in ("GMT", "UTC") and local.utcoffset() == timedelta(0):
                continue
            if w != name:
                return f"stamp zone {w} does not match the page zone ({name})"
    return None


def machine_times(raw):
    """(raw position, visible text, ISO value) of <time datetime=...>TEXT</time> and <abbr title=ISO>TEXT</abbr> elements"""
    out = []
    for m in re.finditer(r'<(time|abbr)\b[^>]*?(?:datetime|title)="(\d{4}-\d\d-\d\dT[^"]+)"[^>]*>([^<]*)</\1>', raw):
        out.append((m.start(), html.unescape(m.group(3)).strip(), m.group(2)))
    return out


def parse_iso(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def read_stamp(stamp, local, text, raw, pos, rawpos, zone, g, dateonly):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)", s):
        return None if parse_iso(s).replace(microsecond=0) == local else "ISO stamp differs (milliseconds are ignored)"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minute|minutes|hour|hours) ago", s)
    if m:
        back = timedelta(minutes=int(m.group(1))) if m.group(2).startswith("minute") else timedelta(hours=int(m.group(1)))
        cap = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) UTC\b", text)
        if cap:  # archive capture instant printed on the page: count back from it
            ref = datetime(int(cap.group(3)), month_no(cap.group(2)), int(cap.group(1)), int(cap.group(4)), int(cap.group(5)), tzinfo=ZoneInfo("UTC"))
            return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
        cands = [c for c in machine_times(raw) if c[1] == s]
        if not cands:
            return "relative stamp without a capture time or a machine time"
        c = min(cands, key=lambda c: abs(c[0] - rawpos))
        return None if parse_iso(c[2]) == local else "relative stamp's datetime attribute differs"
    why = zone_ok(s, local, zone)
    if why:
        return why
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2})(?:, (\d{4}))?\b", s)
    dmy = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", s)
    ymd = None
    if md and month_no(md.group(1)):
        yr = int(md.group(3)) if md.group(3) else None
        if yr is None:  # year-less 'Jun 8': the year of the first full date printed on the page
            full = [d for d in page_dates(text) if d[1] is not None]
            if not full:
                return "year-less stamp and no year printed on the page"
            yr = full[0][1]
        ymd = (yr, month_no(md.group(1)), int(md.group(2)))
    elif dmy and month_no(dmy.group(2)):
        ymd = (int(dmy.group(3)), month_no(dmy.group(2)), int(dmy.group(1)))
    hm = clock(re.sub(r"\b[A-Z][a-z]+\.? \d{1,2}(, \d{4})?\b|\b\d{1,2} [A-Z][a-z]+ \d{4}\b", " ", s))
    if ymd:
        if ymd != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        if hm is None:
            return None if dateonly else "date-only stamp but a time in the gold"
        if dateonly:
            return "stamp has a time but gold is date-only"
        return None if hm == (local.hour, local.minute) else f"time {hm} != local {local:%H:%M}"
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    # a clock with no date: a machine time next to it, else the nearest date header printed before the entry
    cands = [c for c in machine_times(raw) if c[1] == s]
    if cands:
        c = min(cands, key=lambda c: abs(c[0] - rawpos))
        return None if parse_iso(c[2]) == local else "machine time next to the visible clock differs"
    before = [d for d in page_dates(text) if d[0] < pos]
    if not before:
        return "no date printed before an undated stamp"
    d = before[-1]; y = d[1]
    if y is None:
        pa = g.get("parse_args")
        if not pa:
            return "year-less date header without parse_args"
        y = int(pa[1][:4])
        if WEEKDAYS[date(y, d[2], d[3]).weekday()] != d[4].lower():
            return "weekday of the year-less date header does not fit the parse_args year"
    return None if (y, d[2], d[3]) == (local.year, local.month, local.day) else f"nearest date header {y}-{d[2]:02d}-{d[3]:02d} != local day"


def page_level_times(raw, text):
    """instants a stampless entry may take: JSON-LD datePublished of the page and printed 'D Month YYYY, HH:MM' datelines"""
    out = set()
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            d = json.loads(blk)
        except ValueError:
            continue
        if isinstance(d, dict) and d.get("datePublished") and "liveBlogUpdate" not in d:
            out.add(parse_iso(d["datePublished"]))
    return out


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
    if not re.fullmatch(r"196\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<slug>.<txt|html|xml>")
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
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2031-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args must be ['--date', '2031-MM-DD']")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", raw):
        err(sid, "parse_args given although the page prints a year")
    if g.get("parse_args"):
        yl = [d for d in page_dates(text) if d[1] is None]
        pa = date.fromisoformat(g["parse_args"][1])
        if not yl or (yl[0][2], yl[0][3]) != (pa.month, pa.day):
            err(sid, "parse_args date is not the day named by the page's year-less date line")
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
    plevel = page_level_times(raw, text)
    ids = []; pos_prev = -1; rawpos_prev = -1
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
        pos = pos_prev; rawpos = rawpos_prev
        if anchor:
            # the entry's own headline/first sentence starts a text line (optionally after a 'HH:MM ZONE \u2014 ' stamp); Key Points
            # bullets and titles that merely contain it do not count
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(?:\d\d:\d\d [A-Z]{3,4} \u2014 )?(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
            for form in (html.escape(anchor, quote=False), html.escape(html.escape(anchor, quote=False), quote=False), anchor):
                r = raw.find(form, rawpos_prev + 1)
                if r >= 0:
                    rawpos = rawpos_prev = r
                    break
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Dr)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["body_paragraphs"] != 0 or (e["importance"] != 1 and g["source"] not in AGGREGATOR):
            err(eid, "entry without body must have 0 paragraphs and importance 1 (aggregator cards excepted)")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # published / published_local (date-only allowed when the page prints no time for the entry)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)( \d\d:\d\d)? (\S+)", e.get("published_local") or "")
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        dateonly = m.group(2) is None
        if dateonly:
            if e["published"] != m.group(1):
                err(eid, "date-only entry: published must equal the local date"); continue
            local = datetime.strptime(m.group(1), "%Y-%m-%d").replace(tzinfo=ZoneInfo(m.group(3)))
        else:
            local = datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if parse_iso(e["published"]) != local:
                err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, pos, rawpos, g["page_timezone"], g, dateonly)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif dateonly:
            full = [d for d in page_dates(text) if d[1] is not None]
            if not full or (full[0][1], full[0][2], full[0][3]) != (local.year, local.month, local.day):
                err(eid, "date-only stampless entry: the first date printed on the page is another day")
        elif local not in plevel and not any(local == dl for dl in plevel):
            # a printed dateline with date and clock is also fine
            ok = False
            for d in page_dates(text):
                if d[1] and (d[1], d[2], d[3]) == (local.year, local.month, local.day):
                    tail = text[d[0]:d[0] + 40]
                    if clock(tail) == (local.hour, local.minute):
                        ok = True
            if not ok:
                err(eid, "no stamp, and neither the page's JSON-LD datePublished nor a printed dateline gives this time")
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
    # feeds: body_paragraphs equals the <p> count of the item's own content (Medium's closing 'originally published' line excluded)
    if sp.endswith(".xml"):
        root = ET.fromstring(raw.encode("utf-8"))
        items = root.findall(".//item") or root.findall("{http://www.w3.org/2005/Atom}entry")
        for e, it in zip(g["entries"], items):
            body = ""
            for tag in ("{http://purl.org/rss/1.0/modules/content/}encoded", "description", "{http://www.w3.org/2005/Atom}content"):
                x = it.find(tag)
                if x is not None and x.text:
                    body = x.text; break
            n = len(re.findall(r"<p>", body)) - (1 if "was originally published in" in body else 0)
            if n != e["body_paragraphs"]:
                err(e["id"], f"body_paragraphs {e['body_paragraphs']} != {n} paragraphs in the feed item")

# published times run monotonically in page order (newest or oldest first), leaving out pinned posts, date-only entries and
# aggregator pages whose cards are ordered by relevance
for sid, g in golds.items():
    if g["source"] in AGGREGATOR:
        continue
    ts = [e["published"] for e in g["entries"] if "T" in e["published"] and "pinned" not in (e.get("notes") or "").lower()]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

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
if fmts[".xml"] != 2 or fmts[".html"] + fmts[".txt"] != 8 or min(fmts[".html"], fmts[".txt"]) < 3:
    err("Part A format mix must be two feeds and mostly HTML/text copies:", dict(fmts))

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
        if src.lower() in reserved or first in reserved or first in reserved_first or slug in reserved or slug.split("-")[0] in reserved_first:
            err(sid, "outlet name matches the reserved list (full name, first word or slug):", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
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
    if sum("must not merge" in (e.get("notes") or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge neighbours noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # the 3+-source story is told in different words: no two of its first sentences are identical
    for st, ss in stories.items():
        if len(ss) >= 3:
            fss = [e["first_sentence"] for e in ents if e["story"] == st and e["first_sentence"] and not e["duplicate_of"]]
            if len(fss) != len(set(fss)):
                err(day, st, "3+-source story repeats a first sentence across entries")
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
