#!/usr/bin/env python3
"""Independent checker for eval/gw: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, stampless entries against the page's own printed or
machine-readable date line, label rules, set constraints). Usage (from the project root): python3 eval/gw/tools/check.py
-> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("20600", "Axios"), ("20601", "Politico Europe"), ("20602", "Semafor"), ("20603", "The Economist"), ("20604", "Bloomberg"),
          ("20605", "The New York Times"), ("20606", "The Guardian"), ("20607", "Financial Times"), ("20608", "Reuters"), ("20609", "Morning Brew")]
DAYS = {"day1": ["20620", "20621", "20622", "20623"], "day2": ["20630", "20631", "20632", "20633"],
        "day3": ["20640", "20641", "20642", "20643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2032-04-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-gw-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gw-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "ET", "EST", "EDT", "WET", "WEST"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
INLINE = re.compile(r"</?(?:a|strong|em|b|i|span|time|sup|sub|small|mark)\b[^>]*>", re.I)
LABEL_PREFIX = r"(?:[A-Z][\w&'\u2019 -]{0,30} \| )?"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def strip_tags(t):
    t = INLINE.sub("", t)
    return re.sub(r"<[^>]+>", "\n", t)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(strip_tags(t))
    t = html.unescape(strip_tags(t))  # escaped HTML inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])(?:\s*([AaPp])\.?[Mm]\.?)?")


def clock(s):
    """hour/minute of the first clock time in s: '6:48 am', '5:46 PM', '6:00 a.m.', '06.05', '2.05pm', '20:10'."""
    m = CLOCK.search(s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi


DATE_RES = [
    # (regex, (year group, month group, day group))
    (re.compile(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b"), (3, 1, 2)),   # April 5, 2032 / Apr 7th 2032 / April 14 2032
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8}),? (\d{4})\b"), (3, 2, 1)),       # 21 April 2032 / 13 Apr 2032
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), (3, 2, 1)),                               # 22.04.2032
]


def find_dates(text):
    """(start, end, year, month, day) of full calendar dates printed in text."""
    out = []
    for rx, (gy, gm, gd) in DATE_RES:
        for m in rx.finditer(text):
            mo = int(m.group(gm)) if m.group(gm).isdigit() else month_no(m.group(gm))
            if not mo or not 1 <= mo <= 12:
                continue
            out.append((m.start(), m.end(), int(m.group(gy)), mo, int(m.group(gd))))
    return sorted(out)


def zone_ok(s, local, zone):
    for w in re.findall(r"\b[A-Z]{2,4}\b", s):
        if w not in ZONE_WORDS:
            continue
        name = local.tzname()
        if w == "GMT" and local.utcoffset() == timedelta(0):
            continue
        if w == "ET" and zone == "America/New_York":
            continue
        if w != name:
            return f"zone word {w} does not match the page zone ({name})"
    return None


def printed_instants(text, zone):
    """instants printed as a date with a clock time next to it on the same line (in either order), in the page zone."""
    out = []
    for s, e, y, mo, d in find_dates(text):
        ls = text.rfind("\n", 0, s) + 1; le = text.find("\n", e); le = len(text) if le < 0 else le
        line = text[ls:le]
        rest = re.sub(r"\d{1,2}\.\d{1,2}\.\d{4}", " ", line)
        hm = clock(rest)
        if hm:
            try:
                loc = datetime(y, mo, d, hm[0], hm[1], tzinfo=ZoneInfo(zone))
            except ValueError:
                continue
            if zone_ok(line, loc, zone) is None:
                out.append(loc)
    return out


def machine_instants(raw):
    vals = re.findall(r'datetime="([^"]+)"', raw) + re.findall(r'"datePublished":\s*"([^"]+)"', raw)
    out = []
    for v in vals:
        try:
            out.append(datetime.fromisoformat(v.replace("Z", "+00:00")))
        except ValueError:
            pass
    return out


def read_stamp(stamp, local, text, raw, pos, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    why = zone_ok(s, local, zone)
    if why:
        return why
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)( [A-Z]{3,4})?", s)
    if m:
        want = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
        return None if want == local else "numeric day.month.year stamp differs"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    full = find_dates(s)
    if full:
        _, _, y, mo, d = full[0]
        return None if (y, mo, d) == (local.year, local.month, local.day) else "date inside the stamp differs"
    dm = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b", s)
    before = [x for x in find_dates(text) if x[0] < pos]
    if dm and month_no(dm.group(2)):
        # day and month in the stamp, year from the nearest full date printed above the entry
        if not before:
            return "day-month stamp without a year printed above it"
        y = before[-1][2]
        return None if (y, month_no(dm.group(2)), int(dm.group(1))) == (local.year, local.month, local.day) else "day-month stamp differs"
    # a bare clock: the nearest full date printed before the entry must be the local day
    if not before:
        return "no date printed before an undated stamp"
    _, _, y, mo, d = before[-1]
    return None if (y, mo, d) == (local.year, local.month, local.day) else f"nearest date header {y}-{mo:02d}-{d:02d} != local day"


def stampless_ok(local, text, raw, zone):
    """an entry without its own stamp takes the page's date line: printed date + time, or a printed date whose time is only in a
    machine-readable attribute (<time datetime>, JSON-LD datePublished)."""
    if local in printed_instants(text, zone):
        return None
    dates = {(y, mo, d) for _, _, y, mo, d in find_dates(text)}
    if (local.year, local.month, local.day) not in dates:
        return "the page prints neither the date-time nor the date of this entry"
    if local in machine_instants(raw):
        return None
    return "date printed but no printed or machine-readable time equals published"


reserved_full, reserved_first, reserved_slug = set(), set(), set()
if os.path.exists(RESERVED_FILE):
    for l in open(RESERVED_FILE, encoding="utf-8"):
        l = l.strip().lower()
        if l:
            reserved_full.add(l); reserved_first.add(l.split()[0]); reserved_slug.add(re.sub(r"[^a-z0-9]+", "-", l).strip("-"))
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
    if not re.fullmatch(r"206\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
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
    if sp.endswith(".html") and raw.count("<main") != raw.count("</main>"):
        err(sid, "unbalanced <main>")
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        zone = g["page_timezone"]; ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", text) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", text):
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
        for k in ["headline", "stamp"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["author"] is not None and not all(part in text for part in e["author"].split(" and ")):
            err(eid, "author (or one of its ' and '-joined names) is not in the visible page:", e["author"])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        pos = pos_prev
        if anchor:
            pre = "" if e["headline"] else LABEL_PREFIX
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*" + pre + "(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            ok = False
            for l in lines:
                l2 = re.sub(r"^" + LABEL_PREFIX, "", l) if re.match(LABEL_PREFIX + re.escape(fs[:20]), l) else l
                if l2.startswith(fs) and (len(l2) == len(fs) or l2[len(fs)] == " "):
                    ok = True; break
            if not ok:
                err(eid, "first_sentence does not start a text line (after an optional 'Label | ') / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.K|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Dr|Maj)\.$", fs) and fs not in lines:
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, pos, zone, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            why = stampless_ok(local, text, raw, zone)
            if why:
                err(eid, "stampless:", why)
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
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")
    # a story slug means one event: within a seed, entries sharing a slug share the primary topic
    by = defaultdict(set)
    for e in g["entries"]:
        by[e["story"]].add(e["topic"] if e["subtopic"] != "humanitarian" else "other")
    for st, tps in by.items():
        if len(tps) > 1 and st:
            err(sid, "story", st, "has entries with different primary topics", sorted(tps))

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
        file_outlet = g["seed"].split("_", 1)[1].rsplit(".", 1)[0].rsplit("-", 1)[0]
        sslug = re.sub(r"[^a-z0-9]+", "-", src.lower()).strip("-")
        if src.lower() in reserved_full or src.lower().split()[0] in reserved_first or sslug in reserved_slug \
                or file_outlet in reserved_first or file_outlet in reserved_slug:
            err(sid, "outlet name (full name, first word or file slug) is on the reserved list:", src)
        if src.lower() in part_a_names or src.lower().split()[0] in {o.split()[0] for o in part_a_names}:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]) and off * 3 >= len(g["entries"]) * 2:
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
    mnm = [e for e in ents if "must not merge" in (e.get("notes") or "").lower()]
    if not any("same region" in (e.get("notes") or "").lower() for e in mnm) or not any("same" in (e.get("notes") or "").lower()
                                                                                        and "theme" in (e.get("notes") or "").lower() for e in mnm):
        err(day, "must-not-merge neighbours missing (need a same-region and a same-theme note)")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if len(stories[e["story"]]) >= 2 and "must not merge" in (e.get("notes") or "").lower():
            err(e["id"], "a must-not-merge neighbour must not share its slug with another seed's entry")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"]
                                and e["body_paragraphs"] == o["body_paragraphs"] for o in d1)]
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
