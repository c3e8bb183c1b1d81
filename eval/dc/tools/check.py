#!/usr/bin/env python3
"""Independent checker for eval/dc. Re-reads every seed page on its own (it does not import build.py) and verifies the
gold file against it: exact substrings, page order, every printed stamp re-read and resolved, JSON-LD agreement, label
rules and the set-level constraints of the brief.
Usage (from the project root): python3 eval/dc/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("10800", "The Pantagraph"), ("10801", "Herald & Review"), ("10802", "The State Journal-Register"),
          ("10803", "Rockford Register Star"), ("10804", "The Southern Illinoisan"), ("10805", "South Bend Tribune"),
          ("10806", "Journal & Courier"), ("10807", "Evansville Courier & Press"), ("10808", "The Herald-Times"),
          ("10809", "Kokomo Tribune")]
DAYS = {"day1": ["10820", "10821", "10822", "10823"], "day2": ["10830", "10831", "10832", "10833"],
        "day3": ["10840", "10841", "10842", "10843"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# the free 2024 days named in the brief (the forbidden list in /tmp is re-read as well when it exists)
ALLOWED_2024 = {"2024-" + d for d in """03-28 03-30 04-28 05-02 06-26 06-30 07-01 07-06 07-14 07-21 07-26 08-25 08-29 09-30 10-06
11-04 11-29 12-14 12-15 12-22 12-23 12-24 12-29 12-31""".split()}
FORBIDDEN_FILE = "/tmp/blind-dc-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dc-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"CT": {"America/Chicago"}, "CDT": {"America/Chicago"}, "CST": {"America/Chicago"},
             "ET": {"America/New_York", "America/Indiana/Indianapolis"}, "EDT": {"America/New_York", "America/Indiana/Indianapolis"},
             "EST": {"America/New_York", "America/Indiana/Indianapolis"}, "GMT": {"UTC", "Europe/London"},
             "BST": {"Europe/London"}, "CET": {"Europe/Berlin", "Europe/Warsaw", "Europe/Paris"},
             "CEST": {"Europe/Berlin", "Europe/Warsaw", "Europe/Paris"}, "EET": {"Europe/Kyiv"}}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # HTML escaped once inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the first clock time in s: '4:26 p.m.', '4.50pm', '4:30 AM', '08:35'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
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


DATE_RES = [  # (regex, (year group, month group, day group))
    (re.compile(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b"), (3, 1, 2)),
    (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?:,? (\d{4}))?\b"), (3, 2, 1)),
]


def dates_with_pos(text):
    out = []
    for rx, (gy, gm, gd) in DATE_RES:
        for m in rx.finditer(text):
            mo = month_no(m.group(gm))
            if mo:
                out.append((m.start(), int(m.group(gy)) if m.group(gy) else None, mo, int(m.group(gd))))
    return sorted(out)


def time_elements(raw):
    return [(m.group(1), html.unescape(m.group(2)).strip()) for m in re.finditer(r'<time[^>]*\bdatetime="([^"]+)"[^>]*>([^<]*)</time>', raw)]


def parse_iso(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def read_stamp(stamp, local, text, raw, zone, g, pos):
    """Re-reads a printed stamp; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if parse_iso(s) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        hits = [a for a, tx in time_elements(raw) if tx == s]
        if not any(parse_iso(a) == local for a in hits):
            return "relative stamp: no <time datetime> with this text equals the gold instant"
        return None
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, zones in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and zone not in zones:
            return f"stamp zone {ab} does not match page zone {zone}"
    # the <time datetime> next to a visible clock must agree
    for a, tx in time_elements(raw):
        if tx == s and parse_iso(a) != local and not any(parse_iso(a2) == local for a2, tx2 in time_elements(raw) if tx2 == s):
            return "visible clock agrees but its <time datetime> does not"
    # the date: the nearest calendar date printed above the entry (year from the page or from parse_args)
    before = [d for d in dates_with_pos(text) if d[0] < pos]
    if not before:
        return "no date printed above an undated stamp"
    _, y, mo, dd = before[-1]
    if y is None:  # a year-less date: the year of the last full date above it, else parse_args
        years = [d[1] for d in before if d[1]]
        if years:
            y = years[-1]
        elif g.get("parse_args"):
            y = int(g["parse_args"][1][:4])
        else:
            return "date above the stamp has no year, none is printed above it and there is no parse_args"
    if (y, mo, dd) != (local.year, local.month, local.day):
        return f"nearest date above the stamp is {y}-{mo:02d}-{dd:02d}, gold local day {local:%Y-%m-%d}"
    return None


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    return any(f in text for f in forms)


def date_printed(local, text):
    return any((y in (None, local.year)) and (mo, dd) == (local.month, local.day) for _, y, mo, dd in dates_with_pos(text))


def jsonld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            d = json.loads(m.group(1))
        except ValueError:
            err("invalid JSON-LD"); continue
        nodes = d.get("@graph", [d]) if isinstance(d, dict) else d
        out += nodes
    return out


def types(n):
    t = n.get("@type", [])
    return set(t if isinstance(t, list) else [t])


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
gold_files = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(seed_files) != len(gold_files):
    err("seed and gold file counts differ", len(seed_files), len(gold_files))
for gp in gold_files:
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"108\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        import xml.etree.ElementTree as ET
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", text) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2024-MM-DD']")
        if re.search(r"\b20\d\d\b", raw):
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a whole line of the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads = None
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
    ld_nodes = jsonld(raw) if sp.endswith(".html") else []
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
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible page")
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        pos = -1
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if e["stamp"] is not None and pos >= 0:
            # a stamp printed right before the headline counts as above it; the date must be above the stamp
            sp_pos = text.rfind(e["stamp"], 0, pos + 1)
            pos_for_date = sp_pos if sp_pos >= 0 else pos
        else:
            pos_for_date = pos
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Okla|Oct|Sept|Dec|Jan|Feb|Aug|Nov)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            # the first sentence must lie after the headline (inside this entry), before the next entry's headline
            if e["headline"] and pos >= 0 and text.find(fs, pos) < 0:
                err(eid, "first_sentence is not found after the headline")
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
        if parse_iso(e["published"]) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, g["page_timezone"], g, pos_for_date)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not time_printed(local, text):
                err(eid, "no stamp and the page's own time is not printed")
            if not date_printed(local, text):
                err(eid, "no stamp and the page's date is not printed")
        # JSON-LD agreement (live-blog updates with their own times; article datePublished for stampless pages)
        for node in ld_nodes:
            ups = node.get("liveBlogUpdate") or []
            ups = ups if isinstance(ups, list) else [ups]
            same = [u for u in ups if u.get("headline") == e["headline"]]
            k = sum(1 for x in g["entries"][:n] if x["headline"] == e["headline"])  # n-th entry with this headline
            mine = same[k:k + 1]
            if ups and not mine:
                err(eid, "no JSON-LD liveBlogUpdate carries this headline")
            for u in mine:
                if u.get("datePublished") and parse_iso(u["datePublished"]) != local:
                    err(eid, "JSON-LD update datePublished differs from gold")
                au = u.get("author", {}).get("name") if isinstance(u.get("author"), dict) else None
                if au and au != e["author"]:
                    err(eid, "JSON-LD update author differs from gold")
                body = u.get("articleBody")
                if body and fs and not body.startswith(fs):
                    err(eid, "JSON-LD articleBody does not start with first_sentence")
            if e["stamp"] is None and "NewsArticle" in types(node) and node.get("datePublished"):
                if parse_iso(node["datePublished"]) != local:
                    err(eid, "stampless entry: JSON-LD datePublished differs from gold")
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
    # relative ages on one page must fit one capture moment (BLOX floors minutes and hours)
    rel = []
    for e in g["entries"]:
        m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", e["stamp"] or "")
        if m:
            t0 = parse_iso(e["published"]); k = int(m.group(1))
            lo, hi = (timedelta(minutes=k), timedelta(minutes=k + 1)) if m.group(2) == "min" else (timedelta(hours=k), timedelta(hours=k + 1))
            rel.append((t0 + lo, t0 + hi))
    if rel and max(a for a, _ in rel) >= min(b for _, b in rel):
        err(sid, "relative ages do not fit one capture time")

# published times run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
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
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set(); kinds = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or any(w in reserved for w in [src.split()[0].lower()]):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if any(src.split()[0].lower() in r for r in reserved):
            err(sid, "outlet's first word occurs in a reserved name:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1]); kinds.add(g["seed"].rsplit("-", 1)[1])
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
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), kinds)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    for e in ents:
        if "theme piece" in (e.get("notes") or "").lower() and len(stories[e["story"]]) != 1:
            err(e["id"], "a theme piece must be its own story")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    notes = " ".join((e.get("notes") or "").lower() for e in ents)
    if "same region" not in notes or "same theme" not in notes or "must not merge" not in notes:
        err(day, "must-not-merge notes need both a same-region and a same-theme case")
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
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"] and e["subtopic"] != "unrelated"} \
        & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 war story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2024" or d not in ALLOWED_2024 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
