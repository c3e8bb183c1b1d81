#!/usr/bin/env python3
"""Independent checker for eval/hb: re-reads every seed file on its own and verifies its gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, JSON-LD times, label rules, set constraints).
Usage (from the project root): python3 eval/hb/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("21100", "Meduza"), ("21101", "Novaya Gazeta Europe"), ("21102", "The Insider"), ("21103", "TASS"),
          ("21104", "The Moscow Times"), ("21105", "iStories"), ("21106", "Mediazona"), ("21107", "Verstka"),
          ("21108", "Current Time"), ("21109", "Kommersant")]
PART_A_FORMATS = {".html": 4, ".txt": 3, ".xml": 3}
DAYS = {"day1": ["21120", "21121", "21122", "21123"], "day2": ["21130", "21131", "21132", "21133"],
        "day3": ["21140", "21141", "21142", "21143"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2032-09-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-hb-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-hb-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "AEST", "CDT", "EDT", "EST", "CST"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
TASS_DATELINE = r"[A-Z][A-Z .\-]*, [A-Z][a-z]+ \d{1,2}\. /TASS/\. "
FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b|\b\d{1,2} [A-Z][a-z]{2,8},? \d{4}\b|\b\d{4}-\d\d-\d\d\b|\b\d\d\.\d\d\.\d{4}\b")
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '10:25 pm', '9.30pm', '21.40', '08:35'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.])\s*([AaPp][Mm])?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def date_headers(text):
    """(position, year, month, day) of dates with a year printed on the page: 'Sept. 11, 2032', 'September 18, 2032',
    'Friday, 24 September 2032', 'Tuesday 28 September 2032'."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    return sorted(out)


def zone_problem(stamp, local):
    for w in re.findall(r"\b[A-Z]{3,4}\b", stamp):
        if w in ZONE_WORDS and w != local.tzname() and not (w == "GMT" and local.utcoffset() == timedelta(0)):
            return f"stamp zone {w} is not the page zone's abbreviation ({local.tzname()})"
    return None


def read_stamp(s, local, text, pos, zone, g):
    """Reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", s)
    if m:  # Verstka: 16.09.2032 19:40
        want = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
        return None if want == local else "numeric day.month.year stamp differs"
    m = re.fullmatch(r"(\d{1,2}) ([A-Z]{3}), (\d\d):(\d\d)", s)
    if m:  # TASS: 8 SEP, 22:10 (no year: the year comes from parse_args)
        pa = g.get("parse_args")
        if not pa:
            return "year-less stamp without parse_args"
        want = datetime(int(pa[1][:4]), month_no(m.group(2)), int(m.group(1)), int(m.group(3)), int(m.group(4)), tzinfo=ZoneInfo(zone))
        return None if want == local else "day-month stamp differs"
    why = zone_problem(s, local)
    if why:
        return why
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    dmy = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", s)
    ymd = None
    if md and month_no(md.group(1)):
        ymd = (int(md.group(3)), month_no(md.group(1)), int(md.group(2)))
    elif dmy and month_no(dmy.group(2)):
        ymd = (int(dmy.group(3)), month_no(dmy.group(2)), int(dmy.group(1)))
    hm = clock(re.sub(r"\b\d{1,2},? \d{4}\b|\b\d{4}\b", " ", s))
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    if ymd:
        return None if ymd == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a bare time: the nearest dated header printed before the entry must be the local day
    before = [d for d in date_headers(text) if d[0] < pos]
    if not before:
        return "no date printed before an undated stamp"
    _, y, mo, dd = before[-1]
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest date header {y}-{mo:02d}-{dd:02d} != local day"


def line_starts(text, anchor, stamp):
    """positions where anchor starts a line, or follows the entry's own stamp on its line ('06:40 MSK | Headline')."""
    out = []
    for m in re.finditer(re.escape(anchor), text):
        ls = text.rfind("\n", 0, m.start()) + 1
        prefix = text[ls:m.start()].strip()
        if prefix == "" or (stamp and prefix.rstrip(" |\u00b7\u2014-:").strip() == stamp):
            out.append(m.start())
    return out


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


def jsonld_blocks(raw):
    out = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(blk))
        except ValueError as x:
            out.append(None)
            err("JSON-LD block does not parse:", x)
    return out


def ld_nodes(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from ld_nodes(x)
    elif isinstance(obj, dict):
        yield obj
        for k in ("@graph",):
            if k in obj:
                yield from ld_nodes(obj[k])


def as_utc(s):
    s = s.strip().replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", s) else s.strip()
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(ZoneInfo("UTC"))


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
    if not re.fullmatch(r"211\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    lds = jsonld_blocks(raw)
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_full_date = bool(FULL_DATE.search(text)) or bool(re.search(r"<(pubDate|published)>", raw))
    if not has_full_date and not g.get("parse_args"):
        err(sid, "page prints no full date but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2032-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2032-MM-DD']")
        if has_full_date:
            err(sid, "parse_args given although the page prints a full date")
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
    # per-update JSON-LD times (LiveBlogPosting) and article-level times
    ld_updates = []; ld_article = None
    for blk in lds:
        for n in ld_nodes(blk):
            t = n.get("@type"); t = t if isinstance(t, list) else [t]
            if "LiveBlogPosting" in t and n.get("liveBlogUpdate"):
                ups = n["liveBlogUpdate"]; ld_updates = ups if isinstance(ups, list) else [ups]
            elif "NewsArticle" in t:
                ld_article = n
    if ld_updates and len(ld_updates) != len(g["entries"]):
        err(sid, "JSON-LD liveBlogUpdate count differs from the entries")
    ids = []; pos_prev = -1; anchors = []
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
        if e["author"] is not None and e["author"] not in text:
            # several <author> elements of one Atom entry are recorded as one string 'A and B'
            if not (sp.endswith(".xml") and all(f"<name>{html.escape(p, quote=False)}</name>" in raw for p in e["author"].split(" and "))):
                err(eid, "author is not printed on the page:", e["author"])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        pos = pos_prev
        if anchor:
            later = [p for p in line_starts(text, anchor, e["stamp"]) if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its headline does not start a line)")
            else:
                pos = pos_prev = later[0]
        anchors.append(pos)
        if fs is not None:
            ok_line = re.compile(r"(?:" + TASS_DATELINE + r")?" + re.escape(fs) + r"(?:\s|$)")
            if not any(ok_line.match(l) for l in lines):
                err(eid, "first_sentence does not start a text line (after an optional TASS dateline) / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Lt|Col|a\.m|p\.m|No|St|Mr|Dr|Sept|[A-Z])\.$", fs):
                err(eid, "first_sentence ends on an abbreviation or an initial")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            if text.find(fs, pos) < 0:
                err(eid, "first_sentence does not follow the entry's headline")
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
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not time_printed(local, text):
                err(eid, "no stamp and the page's own time is not printed")
            if ld_article and ld_article.get("datePublished") and as_utc(ld_article["datePublished"]) != pub:
                err(eid, "stampless entry: NewsArticle datePublished differs from published")
        if ld_updates and n < len(ld_updates):
            u = ld_updates[n]
            if u.get("headline") != e["headline"]:
                err(eid, "JSON-LD update headline differs")
            if as_utc(u["datePublished"]) != pub:
                err(eid, "JSON-LD update datePublished differs from published")
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
    # each first sentence lies between its own headline and the next entry's headline
    for n, e in enumerate(g["entries"]):
        if e["first_sentence"] and e["headline"] and n + 1 < len(anchors) and anchors[n + 1] > anchors[n]:
            if text.find(e["first_sentence"], anchors[n]) > anchors[n + 1]:
                err(e["id"], "first_sentence is not inside the entry's own block")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
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
if dict(fmts) != PART_A_FORMATS:
    err("Part A format mix must be 4 html / 3 txt / 3 xml:", dict(fmts))

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
        if src.lower() in reserved or first in reserved_first or slug.split("-")[0] in reserved_first or slug in reserved:
            err(sid, "outlet name (full name, first word or slug) is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]) and off / len(g["entries"]) >= 4 / 6:
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
    # spelling variants: the 3+-source story must be spelled in more than one way across its headlines and first sentences
    variants = 0
    for s in [s for s, v in stories.items() if len(v) >= 3]:
        txt = " ".join((e["headline"] or "") + " " + (e["first_sentence"] or "") for e in ents if e["story"] == s)
        variants = max(variants, len(set(re.findall(r"\b(Dnipro|Dniepr|Dnepr|Kharkiv|Kharkov|Charkiw|Sumy|Sumi)\b", txt))))
    if variants < 2:
        err(day, "no 3+-source story is spelled in more than one way across its sources")
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
