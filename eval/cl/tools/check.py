#!/usr/bin/env python3
"""Independent checker for eval/cl. It does not import build.py: it re-reads every seed file and verifies its gold
file against what the page really prints (substrings, stamps re-read on their own, page order, feed items, JSON-LD),
then the labelling rules of ../shared/gold/LABELS.md and the constraints of the brief.
Usage (from the project root): python3 eval/cl/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("9100", "Bellingham Herald"), ("9101", "The Olympian"), ("9102", "Tri-City Herald"), ("9103", "Bend Bulletin"),
          ("9104", "Statesman Journal"), ("9105", "The Columbian"), ("9106", "Kitsap Sun"), ("9107", "Skagit Valley Herald"),
          ("9108", "Lewiston Tribune"), ("9109", "Moscow-Pullman Daily News")]
DAYS = {"day1": ["9120", "9121", "9122", "9123"], "day2": ["9130", "9131", "9132", "9133"], "day3": ["9140", "9141", "9142", "9143"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FIELDS = ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
          "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]
# Fallback copy of the 2025 Sep/Oct/Dec days of /tmp/blind-cl-forbidden-days.txt (the file itself is used when present).
FORBIDDEN_FALLBACK = set("""2025-09-02 2025-09-03 2025-09-04 2025-09-06 2025-09-07 2025-09-08 2025-09-10 2025-09-12 2025-09-13 2025-09-15
2025-09-17 2025-09-19 2025-09-20 2025-09-21 2025-09-23 2025-09-25 2025-09-26 2025-09-28 2025-10-01 2025-10-02 2025-10-03 2025-10-04
2025-10-05 2025-10-09 2025-10-10 2025-10-11 2025-10-13 2025-10-14 2025-10-15 2025-10-16 2025-10-17 2025-10-21 2025-10-22 2025-10-23
2025-10-26 2025-10-28 2025-10-30 2025-12-01 2025-12-02 2025-12-03 2025-12-04 2025-12-05 2025-12-06 2025-12-07 2025-12-08 2025-12-09
2025-12-10 2025-12-11 2025-12-13 2025-12-14 2025-12-16 2025-12-18 2025-12-19 2025-12-22""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ABBR = {"u.s.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec.", "st.", "no.", "jr.", "a.m.", "p.m."}
ZONE_ABBR = {"PDT": -7, "PST": -8, "EDT": -4, "EST": -5, "CEST": 2, "CET": 1, "EEST": 3, "EET": 2, "BST": 1, "GMT": 0, "UTC": 0}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(tok):
    t = tok.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if t == m or (len(t) >= 3 and m.startswith(t)):
            return i + 1
    return None


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


# ------------------------------------------------------------------ date and time reading (independent of build.py)
DATE_PATS = [  # (regex, kind); each yields (day, month, year or None)
    (r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})", "Mdy"),
    (r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. (\d{1,2})(?:, (\d{4}))?", "Mdy"),
    (r"\b(March|April|May|June|July) (\d{1,2})(?:, (\d{4}))?(?!\d)", "Mdy"),
    (r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})", "Mdy"),
    (r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?", "dMy"),
    (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})", "dmy"),
    (r"\b(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
]


def find_dates(s):
    """All date mentions in s as (start, end, day, month, year-or-None)."""
    out = []
    for pat, kind in DATE_PATS:
        for m in re.finditer(pat, s):
            if kind == "Mdy":
                mo, d, y = month_no(m.group(1)), int(m.group(2)), m.group(3)
            elif kind == "dMy":
                d, mo, y = int(m.group(1)), month_no(m.group(2)), m.group(3)
            else:
                d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
            if mo and 1 <= d <= 31:
                out.append((m.start(), m.end(), d, mo, int(y) if y else None))
    return out


def read_clock(s):
    """Reads the clock time out of a stamp with any date removed: '4:35 PM', '7 p.m.', '5:45pm', '08h10', '22.40', '09:05 Uhr'."""
    for a, b, *_ in sorted(find_dates(s), reverse=True):
        s = s[:a] + " " + s[b:]
    m = next((x for x in re.finditer(r"(?<![\d.])(\d{1,2})(?:[:h.](\d\d))?\s*(a\.m\.|p\.m\.|AM|PM|am|pm)?(?!\d)", s)
              if x.group(2) is not None or x.group(3) is not None), None)
    if not m:
        return None
    h, mi, suf = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if suf:
        h = h % 12 + (12 if suf.lower().startswith("p") else 0)
    return h, mi


def zone_ok(stamp, local):
    off = local.utcoffset().total_seconds() / 3600
    for ab, o in ZONE_ABBR.items():
        if re.search(r"\b" + ab + r"\b", stamp) and o != off:
            return f"zone name {ab} (UTC{o:+g}) disagrees with the local offset UTC{off:+g}"
    if re.search(r"\bPT\b", stamp) and off not in (-7, -8):
        return "PT stamp on a non-Pacific time"
    if re.search(r"\bET\b", stamp) and off not in (-4, -5):
        return "ET stamp on a non-Eastern time"
    return None


def page_year(text, g):
    ys = {d[4] for d in find_dates(text) if d[4]}
    if g.get("parse_args"):
        ys.add(int(g["parse_args"][1][:4]))
    return ys.pop() if len(ys) == 1 else None


def read_stamp(stamp, local, text, pos, raw, g):
    """Re-reads one printed stamp; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|[A-Z]{2,4})", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        t = re.search(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw)
        if not t:
            return "relative stamp without a <time datetime>"
        x = datetime.fromisoformat(t.group(1))
        if x != local:
            return "datetime attribute differs from published"
        n = int(m.group(1))
        render = x + (timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n))
        RENDER.setdefault(g["seed"], set()).add(render)
        return None
    clock = read_clock(s)
    if clock is None:
        return "unreadable stamp"
    if clock != (local.hour, local.minute):
        return f"clock {clock[0]:02d}:{clock[1]:02d} != local {local:%H:%M}"
    z = zone_ok(s, local)
    if z:
        return z
    ds = find_dates(s)
    if ds:
        _, _, d, mo, y = ds[0]
    else:  # undated stamp: the nearest date printed before it on the page
        before = [x for x in find_dates(text[:pos]) if x[1] <= pos]
        if not before:
            return "undated stamp with no date printed before it"
        _, _, d, mo, y = max(before, key=lambda x: x[1])
    y = y or page_year(text, g)
    if (d, mo, y) != (local.day, local.month, local.year):
        return f"date read from the page ({d}.{mo}.{y}) differs from published_local"
    return None


RENDER = {}


def page_datetimes(raw, text, zone):
    """Page-level publication times: datetime attributes, JSON-LD datePublished, and printed datelines."""
    out = set()
    for v in re.findall(r'datetime="([^"]+)"', raw) + re.findall(r'"datePublished":\s*"([^"]+)"', raw):
        try:
            out.add(datetime.fromisoformat(v.replace("Z", "+00:00")))
        except ValueError:
            pass
    z = ZoneInfo(zone)
    for m in re.finditer(r"Published: ([A-Z][a-z]+) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d)(am|pm)", text):
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "pm" else 0)
        out.add(datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=z))
    for m in re.finditer(r"Julkaistu (\d{1,2})\.(\d{1,2})\.(\d{4}) klo (\d{1,2})\.(\d\d)", text):
        out.add(datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z))
    return out


def sentence_breaks(s):
    """Positions inside s where a sentence ends (abbreviations excepted)."""
    out = []
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+["\u201c\u2018]?[A-Z0-9])', s):
        tok = re.search(r"(\S+)$", s[:m.start() + 1]).group(1).lower().lstrip("(\"\u201c")
        if tok not in ABBR:
            out.append(m.end())
    return out


def feed_items(raw):
    """title -> (paragraph count, author) for RSS 1.0/2.0 and Atom."""
    root = ET.fromstring(raw)
    out = {}
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag not in ("item", "entry"):
            continue
        f = {c.tag.split("}")[-1]: c for c in el}
        title = (f["title"].text or "").strip()
        body = ""
        for k in ("encoded", "content", "description"):
            if k in f and (f[k].text or "").strip():
                body = f[k].text; break
        body = html.unescape(body) if "&lt;" in body else body
        n = len(re.findall(r"<p>", body)) or len([p for p in re.split(r"\n\s*\n", body) if p.strip()])
        auth = f["creator"].text if "creator" in f else (f["author"].find("{http://www.w3.org/2005/Atom}name").text if "author" in f else None)
        out[title] = (n, auth)
    return out


# ------------------------------------------------------------------ per-seed checks
golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"9[1]\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]; ZoneInfo(zone)
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    prints_year = (any(d[4] for d in find_dates(text)) or re.search(r"\b\d\d [A-Z][a-z]{2} 20\d\d \d\d:\d\d", text) is not None
                   or re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", text) is not None)
    if not prints_year and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]) or prints_year:
            err(sid, "parse_args malformed, or given although the page prints a year")
        elif not any((d[2], d[3]) == (int(pa[1][8:]), int(pa[1][5:7])) for d in find_dates(text)):
            err(sid, "parse_args date is not a day printed on the page")
    if sp.endswith(".xml"):
        ET.fromstring(raw)  # well-formed
    # Key Points block (visible text)
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-*\u2022]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
    items = feed_items(raw) if sp.endswith(".xml") else None
    # JSON-LD updates (headline -> datePublished)
    ld_times = {}
    for blk in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(blk)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate", [])
            for u in (ups if isinstance(ups, list) else [ups]):
                ld_times[u.get("headline")] = datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00"))
    pdts = page_datetimes(raw, text, zone)
    ids = []; pos = 0; stamp_pos = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        missing = [k for k in FIELDS if k not in e]
        if missing:
            err(eid, "missing fields", missing); continue
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        # page order: headline (or first sentence) must come after the previous entry's
        anchor = e["headline"] or fs
        at = text.find(anchor, pos)
        if at < 0:
            err(eid, "entry is not in page order (anchor not found after the previous entry)")
        else:
            pos = at + 1
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if sentence_breaks(fs):
                err(eid, "first_sentence holds more than one sentence")
            line = next((l for l in lines if l.startswith(fs)), "")
            rest = line[len(fs):]
            if rest and not re.match(r"\s+[\"\u201c\u2018]?[A-Z0-9]", rest):
                err(eid, "first_sentence stops before the sentence ends")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        if items is not None:
            it = items.get(e["headline"])
            if it is None:
                err(eid, "no feed item with this title")
            else:
                if it[0] != e["body_paragraphs"]:
                    err(eid, "body_paragraphs", e["body_paragraphs"], "!= feed item paragraphs", it[0])
                if (it[1] is None) != (e["author"] is None) or (it[1] and e["author"] not in it[1]):
                    err(eid, "author does not match the feed item's author", it[1])
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            occ = [m.start() for m in re.finditer(re.escape(e["stamp"]), text) if m.start() >= stamp_pos]
            if not occ:
                err(eid, "stamp not found after the previous entry's stamp")
                spos = text.find(e["stamp"])
            else:  # the occurrence nearest to this entry's headline / first sentence
                spos = min(occ, key=lambda o: abs(o - (at if at >= 0 else o)))
                stamp_pos = spos + 1
            why = read_stamp(e["stamp"], local, text, spos, raw, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif local not in pdts:
            err(eid, "no stamp, and published matches no page-level time (dateline, <time datetime>, JSON-LD)")
        if e["headline"] in ld_times and ld_times[e["headline"]] != local:
            err(eid, "JSON-LD update time differs from published")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate published before its original")
            else:
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if len(a & b) / max(1, len(a | b)) < 0.7:
                    err(eid, "duplicate is not near-verbatim (first sentences differ too much)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
for seed, r in RENDER.items():
    if len(r) != 1:
        err(seed, "relative stamps do not agree on one render time", sorted(r))
    else:
        rt = next(iter(r)); txt = visible_text(seed, open(os.path.join(ROOT, "seeds", seed), encoding="utf-8").read())
        if f"{MONTHS[rt.month - 1].title()} {rt.day}, {rt.year}" not in txt:
            err(seed, "the render day of the relative stamps is not printed on the page")

# ------------------------------------------------------------------ Part A constraints
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))

# ------------------------------------------------------------------ Part B constraints
reserved = set()
if os.path.exists("/tmp/blind-cl-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cl-reserved-outlets.txt", encoding="utf-8") if l.strip()}
reserved_words = {w for r in reserved for w in re.findall(r"[a-z]+", r) if len(w) > 5}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src.split()[0].lower() in reserved_words:
            err(sid, "outlet name (or its distinctive word) is on the reserved list:", src)
        if src in dict(PART_A).values():
            err(sid, "Part B must use invented outlets")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 2 > len(g["entries"]) and off >= 3)
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
        err(day, "no general world feed (majority off-beat)")
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    for s in big:  # told in different words: no two first sentences identical across seeds
        fss = [e["first_sentence"] for e in ents if e["story"] == s and e["first_sentence"]]
        if len(set(fss)) < len(fss) - sum(1 for e in ents if e["story"] == s and e["duplicate_of"]):
            err(day, s, "is told in identical words by two seeds")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e["notes"] or "").lower() for e in ents) < 2:
        err(day, "fewer than two documented must-not-merge entries")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")

forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-cl-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-cl-forbidden-days.txt").read().split())
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ("09", "10", "12"):
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
