#!/usr/bin/env python3
"""Independent checker for eval/az. It does not import build.py: it re-reads every seed file and verifies the gold file
against it (exact substrings, stamps re-read on their own, body paragraphs recounted, page order, label rules and the
set's constraints). Usage from the project root:  python3 eval/az/tools/check.py   -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("5300", "Express & Star"), ("5301", "Western Mail"), ("5302", "The Hamilton Spectator"), ("5303", "Sacramento Bee"),
          ("5304", "Houston Chronicle"), ("5305", "The Arizona Republic"), ("5306", "Muscat Daily"), ("5307", "The Nation (Thailand)"),
          ("5308", "Saigon Giai Phong (English)"), ("5309", "Jordan News")]
DAYS = {"day1": ["5320", "5321", "5322", "5323"], "day2": ["5330", "5331", "5332", "5333"], "day3": ["5340", "5341", "5342", "5343"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days for January-June 2023 (copied from the brief's list; the rest of the list lies outside the allowed months)
FORBIDDEN = set("""2023-01-06 2023-01-10 2023-01-11 2023-01-12 2023-01-14 2023-01-15 2023-01-18 2023-01-20 2023-01-23 2023-01-24 2023-01-25
2023-01-26 2023-01-31 2023-02-01 2023-02-03 2023-02-08 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-16 2023-02-17 2023-02-20 2023-02-21
2023-02-23 2023-02-24 2023-02-25 2023-02-27 2023-03-02 2023-03-03 2023-03-08 2023-03-09 2023-03-10 2023-03-14 2023-03-16 2023-03-17 2023-03-20
2023-03-21 2023-03-23 2023-03-28 2023-03-29 2023-04-04 2023-04-05 2023-04-10 2023-04-12 2023-04-14 2023-04-17 2023-04-18 2023-04-19 2023-04-20
2023-04-26 2023-04-28 2023-05-03 2023-05-09 2023-05-11 2023-05-13 2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-05-24 2023-05-26
2023-05-29 2023-06-06 2023-06-07 2023-06-08 2023-06-13 2023-06-15 2023-06-16 2023-06-21 2023-06-23 2023-06-24 2023-06-27 2023-06-28
2023-06-29""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MON_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "PDT": -420, "PST": -480, "CDT": -300, "EDT": -240, "MST": -420}
HOME_ZONE = {"5300": "Europe/London", "5301": "Europe/London", "5302": "America/Toronto", "5303": "America/Los_Angeles", "5304": "America/Chicago",
             "5305": "America/Phoenix", "5306": "Asia/Muscat", "5307": "Asia/Bangkok", "5308": "Asia/Ho_Chi_Minh", "5309": "Asia/Amman",
             "5320": "Europe/London", "5321": "Europe/Kyiv", "5322": "UTC", "5323": "Europe/Warsaw", "5330": "Europe/Kyiv", "5331": "Europe/Berlin",
             "5332": "Europe/Kyiv", "5333": "Asia/Tokyo", "5340": "UTC", "5341": "Europe/Kyiv", "5342": "Europe/London", "5343": "Europe/Vilnius"}
errors = []
if ZoneInfo("Asia/Amman").utcoffset(datetime(2023, 2, 19, 12)) != timedelta(hours=3):
    errors.append("this machine's zone data predates Jordan's move to UTC+3 all year (tzdata 2022f): 5309 cannot be checked")


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)          # escaped HTML inside Atom content
    return t


def date_in(line, year_hint):
    """(year, month, day) if the line carries a calendar date, else None."""
    m = re.search(r"\b(\d{1,2})\.(\d{2})\.(\d{4})\b", line)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r"\b(\d{1,2}) " + MON_RE + r"\b,?(?: (\d{4}))?", line, flags=re.I)
    if m:
        return int(m.group(3) or year_hint or 0), month_no(m.group(2)), int(m.group(1))
    m = re.search(r"\b" + MON_RE + r"\.? (\d{1,2})\b(?:, (\d{4}))?", line, flags=re.I)
    if m:
        return int(m.group(3) or year_hint or 0), month_no(m.group(1)), int(m.group(2))
    return None


def is_date_line(line):
    """A line that is (almost) only a date: a day header, a dateline, 'Updated 18:52, 7 MAY 2023' - not a headline naming a date."""
    if len(line) > 60 or re.search(r"[a-z]{3,}[.!?]$", line) or date_in(line, 0) is None:
        return False
    rest = re.sub(r"\b" + MON_RE + r"\b", " ", line, flags=re.I)
    rest = re.sub(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|Updated|Published|a\.m\.|p\.m\.|\b(am|pm|AM|PM)\b|[\d.,:|]", " ", rest)
    return len(rest.split()) <= 1


def time_in(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)(?!\.\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def read_stamp(stamp, local, lines, anchor_line, year_hint, zone):
    """Re-reads a printed stamp on its own; None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|[A-Z]{3})", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    t = time_in(s)
    if not t:
        return "unreadable stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    z = re.search(r"\b(GMT|UTC|BST|CET|CEST|EET|EEST|PDT|PST|CDT|EDT|MST)\b", s)
    if z and local.utcoffset() != timedelta(minutes=ZONE_ABBR[z.group(1)]):
        return f"zone {z.group(1)} does not match the page zone offset"
    d = date_in(s, year_hint)
    if d is None:      # undated stamp: the nearest date line above the entry (else the first one below) gives the day
        above = [l for l in lines[:anchor_line] if is_date_line(l)]
        below = [l for l in lines[anchor_line:] if is_date_line(l)]
        src = above[-1] if above else (below[0] if below else None)
        if src is None:
            return "undated stamp and no date line on the page"
        d = date_in(src, year_hint)
    if d != (local.year, local.month, local.day):
        return f"date {d} != local {local:%Y-%m-%d}"
    return None


def first_sentence_ok(fs, line):
    if not line.startswith(fs):
        return "does not start its line"
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end a sentence"
    rest = line[len(fs):]
    if rest and not re.match(r"\s+[A-Z0-9\"\u201c\u2018(]", rest):
        return "is cut inside a sentence"
    for m in re.finditer(r"[.!?][\"\u201d\u2019]?\s+[A-Z0-9\"\u201c\u2018]", fs):
        word = re.search(r"(\S*)$", fs[:m.start()]).group(1)
        if not re.search(r"(^|\.)[A-Za-z]\.?[A-Za-z]?$|^(St|Mr|Mrs|Dr|Gen|Lt|Col|No)$", word):
            return f"runs past a sentence end after {word!r}"
    return None


def count_paragraphs(lines, i, stoppers):
    n = 0
    for l in lines[i:]:
        if not l:
            continue
        if l in stoppers or any(l.startswith(s) for s in stoppers if len(s) > 3 and re.match(r"[\d.:]+\s?(am|pm|a\.m\.|p\.m\.|[A-Z]{3})?", s)):
            break
        if len(l.split()) < 4 or not re.search(r"[.!?][\"'\u201d\u2019]?$", l) or re.match(r"(By [A-Z][a-z]+ [A-Z]|\u2014 |\u2013 |Published:)", l) \
                or re.search(r"\bSubscribe\b", l):
            break
        n += 1
    return n


def feed_items(raw):
    """[(title, body_html)] for RSS items / Atom entries, in file order."""
    out = []
    for blk in re.findall(r"<(?:item|entry)\b.*?</(?:item|entry)>", raw, flags=re.S):
        t = html.unescape(re.search(r"<title>(.*?)</title>", blk, flags=re.S).group(1))
        b = re.search(r"<(description|content)\b[^>]*>(.*?)</\1>", blk, flags=re.S)
        body = b.group(2) if b else ""
        body = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), body, flags=re.S)
        if "&lt;p&gt;" in body:
            body = html.unescape(body)
        out.append((t, body))
    return out


def shingles(text, k=8):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


# ---------------------------------------------------------------- per page
golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"53\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    if HOME_ZONE.get(sid) != g["page_timezone"]:
        err(sid, "page_timezone should be the outlet's home zone", HOME_ZONE.get(sid))
    years = re.findall(r"\b(20\d\d)\b", text)
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if "2023" in raw:
            err(sid, "parse_args given but the page names a year")
        year_hint = int(pa[1][:4])
    else:
        if "2023" not in raw:
            err(sid, "page names no year but has no parse_args")
        year_hint = int(years[0]) if years else None
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a visible line")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2 and not kp_heads:
                    continue
                if re.fullmatch(r"\d{1,2}[:.]\d\d", l2):
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break
    items = feed_items(raw) if sp.endswith(".xml") else None
    stoppers = set(heads) | {e["stamp"] for e in g["entries"] if e["stamp"]} | {e["author"] for e in g["entries"] if e["author"]}
    ids, pos = [], 0
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must run 01, 02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole visible line:", e["headline"][:60])
        for k in ["stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        anchor = fs or e["headline"]
        j = text.find(anchor, pos) if anchor else -1
        if j < 0:
            err(eid, "entry not found in page order after the previous entry"); j = text.find(anchor or "")
        else:
            pos = j + 1
        anchor_line = text[:max(j, 0)].count("\n")
        if fs is not None:
            line = next((l for l in lines if l.startswith(fs)), None)
            why = first_sentence_ok(fs, line) if line else "does not start a visible line"
            if why:
                err(eid, "first_sentence", why, ":", fs[:60])
            if items is not None:
                body = next((b for t, b in items if t == e["headline"]), None)
                got = len(re.findall(r"<p>", body or ""))
            else:
                li = next(i for i, l in enumerate(lines) if l.startswith(fs))
                got = count_paragraphs(lines, li, stoppers)
            if got != e["body_paragraphs"]:
                err(eid, "body_paragraphs", e["body_paragraphs"], "but the page shows", got)
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        gm = re.search(r"\(GMT([+-]\d+)\)", text)
        if gm and local.utcoffset() != timedelta(hours=int(gm.group(1))):
            err(eid, "page says GMT" + gm.group(1), "but the gold offset differs")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, lines, anchor_line, year_hint, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:   # stampless section: the dateline must print this local time and date
            ok = False
            for l in lines:
                t = time_in(l)
                d = date_in(l, year_hint)
                if t == (local.hour, local.minute) and d == (local.year, local.month, local.day):
                    z = re.search(r"\b(MT|BST|CEST|EET|EEST|GMT)\b", l)
                    if z and z.group(1) == "MT" and local.utcoffset() != timedelta(hours=-7):
                        err(eid, "Arizona MT must be UTC-7")
                    ok = True
                    break
            if not ok:
                err(eid, "no stamp and no dateline printing", local.strftime("%Y-%m-%d %H:%M"))
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/1 with an 'off-beat:' note)")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of must name an entry of this seed")
            else:
                if orig["published"] > e["published"]:
                    err(eid, "duplicate_of must name an earlier-published entry")
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                a, b = shingles(orig["first_sentence"] or "", 3), shingles(fs or "", 3)
                if not a or len(a & b) / len(a | b) < 0.4:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points/Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and not kp_heads:
        err(sid, "Key Points block found but no headline read under it")

# ---------------------------------------------------------------- Part A constraints
seen = {}
fmts = defaultdict(int)
cover = defaultdict(set)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    ents = g["entries"]
    if not 5 <= len(ents) <= 9:
        err(sid, "entry count", len(ents))
    days = {e["published"][:10] for e in ents}
    if len(days) != 1:
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
    ts = [e["published"] for e in ents]
    if ts == sorted(ts, reverse=True) and len(set(ts)) > 1:
        cover["newest-first"].add(sid)
    if ts == sorted(ts) and len(set(ts)) > 1:
        cover["oldest-first"].add(sid)
    if g.get("parse_args"):
        cover["no-year"].add(sid)
    if len({e["published_local"][:10] for e in ents}) > 1:
        cover["local-midnight"].add(sid)
    if any(e["headline"] is None for e in ents):
        cover["no-headline"].add(sid)
    if len({e["author"] for e in ents}) > 1:
        cover["per-post-authors"].add(sid)
    if len({e["author"] for e in ents}) == 1 and ents[0]["author"]:
        cover["page-byline"].add(sid)
    if any(e["key_point"] for e in ents):
        cover["key-points"].add(sid)
    if any(e["stamp"] is None for e in ents):
        cover["article-sections"].add(sid)
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
for k in ["newest-first", "oldest-first", "no-year", "local-midnight", "no-headline", "per-post-authors", "page-byline", "key-points"]:
    if not cover[k]:
        err("Part A lacks hard case", k)

# ---------------------------------------------------------------- Part B constraints
reserved = set()
if os.path.exists("/tmp/blind-az-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-az-reserved-outlets.txt", encoding="utf-8") if l.strip()}
real = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"].lower()
        if src in reserved or src in real or any(w in reserved for w in [src.split()[0]]):
            err(sid, "outlet name is reserved or real:", g["source"])
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 3 >= 2 * len(g["entries"]) - 1 and off < len(g["entries"]))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any(re.search(r"theme piece", e["notes"] or "", re.I) and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "") for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if e["headline"] and any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    for e in rep:
        o = next(o for o in d1 if o["headline"] == e["headline"])
        a, b = shingles(o["first_sentence"], 3), shingles(e["first_sentence"], 3)
        if len(a & b) / len(a | b) < 0.6:
            err(e["id"], "re-post is not near-verbatim")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or not "01" <= d[5:7] <= "06":
        err(who, "date not allowed", d)

# ---------------------------------------------------------------- own words: no 8-word run shared with the shared seeds or eval/ap's table
theirs = set()
for p in glob.glob(os.path.join(ROOT, "..", "..", "..", "shared", "seeds", "*")) + [os.path.join(ROOT, "..", "ap", "tools", "build.py")]:
    if os.path.exists(p):
        theirs |= shingles(open(p, encoding="utf-8").read())
if theirs:
    for sp in sorted(glob.glob(os.path.join(ROOT, "seeds", "*"))):
        common = shingles(visible_text(sp)) & theirs
        if common:
            err(os.path.basename(sp), "shares wording with a seed or eval/ap:", sorted(common)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w not in DAYS)}; hard cases { {k: sorted(v) for k, v in cover.items()} }")
