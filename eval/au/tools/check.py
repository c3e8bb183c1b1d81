#!/usr/bin/env python3
"""Independent checker for eval/au. It does not import build.py: it re-reads the seed files and verifies the gold files
against them (exact substrings, stamps re-read on their own, feed structure, JSON-LD, page order, label rules and the
constraints of the brief). Usage from the project root:
    python3 eval/au/tools/check.py        -> prints OK ... or the list of problems (exit 1)
"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("4800", "Yorkshire Post"), ("4801", "Liverpool Echo"), ("4802", "The West Australian"), ("4803", "Vancouver Sun"),
          ("4804", "Boston Globe"), ("4805", "Seattle Times"), ("4806", "EUobserver"), ("4807", "Kurdistan 24"),
          ("4808", "Sudan Tribune"), ("4809", "Daily Trust")]
DAYS = {"day1": ["4820", "4821", "4822", "4823", "4824"], "day2": ["4830", "4831", "4832", "4833", "4834"],
        "day3": ["4840", "4841", "4842", "4843", "4844"]}
# page order as designed: entries' times must be monotonic in page order ("same" = one dateline for all)
ORDER = {"4800": "newest", "4801": "newest", "4802": "newest", "4803": "newest", "4804": "same", "4805": "oldest", "4806": "newest",
         "4807": "newest", "4808": "newest", "4809": "newest", "4820": "newest", "4821": "oldest", "4822": "newest", "4823": "newest",
         "4824": "same", "4830": "newest", "4831": "newest", "4832": "oldest", "4833": "newest", "4834": "same", "4840": "newest",
         "4841": "oldest", "4842": "newest", "4843": "same", "4844": "newest"}
# pairs a careful editor must keep apart (same place or theme, different events)
MUST_NOT_MERGE = [("4800-01", "4800-03"), ("4800-04", "4800-05"), ("4801-01", "4801-08"), ("4801-03", "4801-06"), ("4801-02", "4801-06"),
                  ("4804-01", "4804-02"), ("4803-01", "4803-05"), ("4820-01", "4820-07"), ("4820-04", "4820-05"), ("4820-06", "4821-02"),
                  ("4821-05", "4823-03"), ("4830-01", "4830-05"), ("4830-03", "4830-05"), ("4831-01", "4831-03"), ("4831-02", "4832-02"),
                  ("4841-04", "4842-01"), ("4842-01", "4842-04"), ("4843-01", "4843-03"), ("4841-06", "4841-01"), ("4842-02", "4843-02")]
# groups that tell one story across seeds (different words, tolls, spellings)
SAME_STORY = [["4820-01", "4820-03", "4821-05", "4821-06", "4821-07", "4822-01", "4823-02", "4824-01"],
              ["4820-07", "4821-01", "4823-04"], ["4820-04", "4822-03", "4824-02"],
              ["4830-05", "4830-06", "4831-04", "4832-01", "4833-04", "4834-01", "4820-01"],
              ["4830-03", "4831-03", "4832-03", "4832-06", "4833-02", "4834-02"], ["4830-01", "4832-05"],
              ["4840-05", "4841-01", "4841-07", "4842-05", "4843-01", "4844-02", "4844-05"], ["4840-03", "4841-03", "4843-02"],
              ["4842-01", "4844-01"], ["4802-01", "4802-05"], ["4805-01", "4805-02", "4805-07"]]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "WAT": 60, "CAT": 120}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FORBIDDEN_2025 = set("""2025-01-09 2025-01-14 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27 2025-01-29 2025-02-03 2025-02-06
2025-02-11 2025-02-12 2025-02-18 2025-02-21 2025-02-28 2025-03-03 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18
2025-03-20 2025-03-25 2025-03-27 2025-04-03 2025-04-12 2025-04-13 2025-04-15 2025-04-17 2025-04-24 2025-04-30 2025-05-06 2025-05-08
2025-05-13 2025-05-16 2025-05-20 2025-05-21 2025-05-27 2025-06-01 2025-06-02 2025-06-05 2025-06-11 2025-06-17 2025-06-19 2025-06-24""".split())
if os.path.exists("/tmp/blind-au-forbidden-days.txt"):
    FORBIDDEN_2025 |= set(open("/tmp/blind-au-forbidden-days.txt").read().split())
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    if n == "sept":
        n = "sep"
    for i, m in enumerate(MONTHS):
        if len(n) >= 3 and m.startswith(n):
            return i + 1
    return None


def parse_date(s):
    """Returns (year, month, day) from a date printed inside s, or None."""
    m = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b", s)
    if m:
        return int(m.group(3)), int(m.group(1)), int(m.group(2))  # US order m/d/y
    m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,})\.?,? (\d{4})\b", s)
    if m and month_no(m.group(2)):
        return int(m.group(3)), month_no(m.group(2)), int(m.group(1))
    m = re.search(r"\b([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})\b", s)
    if m and month_no(m.group(1)):
        return int(m.group(3)), month_no(m.group(1)), int(m.group(2))
    return None


def parse_time(s):
    m = re.search(r"(?<![\d/:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_problem(s, local):
    for ab, off in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() != timedelta(minutes=off):
            return f"zone {ab} does not match the offset of {local.isoformat()}"
    return None


def date_printed(local, low, raw):
    if local.strftime("%Y-%m-%d") in raw:
        return True
    names = [MONTHS[local.month - 1], MONTHS[local.month - 1][:3], MONTHS[local.month - 1][:3] + "."]
    days = [str(local.day), f"{local.day:02d}"] + [f"{local.day}{s}" for s in ("st", "nd", "rd", "th")]
    for nm in names:
        for ds in days:
            for form in (f"{ds} {nm}", f"{nm} {ds}"):
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", low):
                    return True
    return False


def read_stamp(stamp, local, low, raw):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    t = parse_time(s)
    if t is None:
        return "unreadable stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    zp = zone_problem(s, local)
    if zp:
        return zp
    wd = re.match(r"([A-Z][a-z]{2}),", s)
    if wd and WD.index(wd.group(1).lower()) != local.weekday():
        return "weekday differs"
    d = parse_date(s)
    if d:
        return None if d == (local.year, local.month, local.day) else "date inside the stamp differs"
    if not date_printed(local, low, raw):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def dateline_printed(local, vis_lines):
    for l in vis_lines:
        if parse_date(l) == (local.year, local.month, local.day) and parse_time(l) == (local.hour, local.minute) and not zone_problem(l, local):
            return True
    return False


def feed_items(raw):
    """(title, body paragraphs) per item/entry of an RSS 1/2 or Atom feed, in document order."""
    root = ET.fromstring(raw)
    A = "{http://www.w3.org/2005/Atom}"
    out = []
    if root.tag == A + "feed":
        for en in root.findall(A + "entry"):
            c = en.find(A + "content"); sm = en.find(A + "summary")
            if c is not None:
                paras = re.findall(r"<p>(.*?)</p>", c.text or "", flags=re.S)
            elif sm is not None:
                paras = [p for p in (sm.text or "").split("\n\n") if p.strip()]
            else:
                paras = []
            out.append((en.find(A + "title").text, [html.unescape(p) for p in paras]))
        return out
    for it in root.iter("item"):
        c = it.find("{http://purl.org/rss/1.0/modules/content/}encoded")
        src = c.text if c is not None else it.find("description").text
        if "<p>" in (src or ""):
            paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src, flags=re.S) if not p.startswith("<strong>Read more:")]
        else:
            paras = [p for p in (src or "").split("\n") if p.strip()]
        out.append((it.find("title").text, paras))
    return out


def jsonld_nodes(raw):
    nodes = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        obj = json.loads(blob)
        stack = [obj]
        while stack:
            o = stack.pop()
            if isinstance(o, list):
                stack += o
            elif isinstance(o, dict):
                nodes.append(o)
                stack += [v for k, v in o.items() if k in ("@graph",)]
    return nodes


def types(o):
    t = o.get("@type", [])
    return set(t if isinstance(t, list) else [t])


# ------------------------------------------------------------------------------------------------------------ per seed
golds, ids_all = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"48\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name must be <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read()
    vis = visible_text(raw, ext); low = vis.lower(); lines = [l.strip() for l in vis.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    ZoneInfo(g["page_timezone"])
    if not re.search(r"\b2025\b", vis) and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if re.search(r"\b2025\b", vis) and g.get("parse_args"):
        err(sid, "parse_args given although the page prints a year")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif any(e["published_local"][:10] != pa[1] for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of the entries")
    if g["page_title"] is not None and g["page_title"] not in vis:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")

    # Key Points / Key Events block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2 or re.fullmatch(r"\d{1,2}[:.]\d\d", l2):
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break

    ents = g["entries"]; ids = []; locals_ = []
    for e in ents:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "ids must be <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in vis:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?][\"\u201d\u2019]?\s+[A-Z]", fs[:-1]):
                err(eid, "first_sentence holds more than one sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, low, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not dateline_printed(local, lines):
            err(eid, "no stamp, and no printed dateline gives its local date and time")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat = (e.get("notes") or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and offbeat):
            err(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if offbeat and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a duplicate shares the story and is importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate_of must point to the earlier-published original")
                if orig["first_sentence"] != e["first_sentence"] or orig["body_paragraphs"] != e["body_paragraphs"]:
                    err(eid, "duplicate is not near-verbatim (first sentence / paragraph count differ)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under the page's Key Points block")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); ids_all[eid] = e

    # page order: anchors appear in order in the page; times monotonic as designed
    if ext == ".xml":
        items = feed_items(raw)
        if [t for t, _ in items] != [html.unescape(e["headline"] or "") for e in ents]:
            err(sid, "feed item titles differ from the gold headlines in page order")
        else:
            for (t, paras), e in zip(items, ents):
                if len(paras) != e["body_paragraphs"]:
                    err(e["id"], f"body_paragraphs {e['body_paragraphs']} but the feed item has {len(paras)}")
                if paras and e["first_sentence"] and not paras[0].startswith(e["first_sentence"]):
                    err(e["id"], "first_sentence is not the start of the item's first paragraph")
    else:
        pos = 0
        for e in ents:
            anchor = e["first_sentence"] or e["headline"]
            at = vis.find(anchor, pos)
            if at < 0:
                err(e["id"], "not found after the previous entry (page order)")
            else:
                pos = at + 1
    o = ORDER.get(sid)
    if o and len(locals_) == len(ents):
        pairs = list(zip(locals_, locals_[1:]))
        if o == "newest" and any(a < b for a, b in pairs) or o == "oldest" and any(a > b for a, b in pairs) or o == "same" and len(set(locals_)) != 1:
            err(sid, "entry times are not", o, "first in page order")

    # JSON-LD and <time datetime> agree with the gold
    if ext == ".html":
        nodes = jsonld_nodes(raw)
        for n in nodes:
            ups = n.get("liveBlogUpdate")
            if ups is not None:
                ups = ups if isinstance(ups, list) else [ups]
                if len(ups) != len(ents):
                    err(sid, "JSON-LD liveBlogUpdate count differs from the entries")
                byh = {u.get("headline"): u.get("datePublished") for u in ups}
                for e in ents:
                    if e["headline"] in byh and datetime.fromisoformat(byh[e["headline"]]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                        err(e["id"], "JSON-LD update time differs")
            elif "NewsArticle" in types(n) and "LiveBlogPosting" not in types(n):
                for e in ents:
                    if datetime.fromisoformat(n["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                        err(e["id"], "article JSON-LD datePublished differs from the entry time")
        attrs = {datetime.fromisoformat(a) for a in re.findall(r'<time datetime="([^"]+)"', raw)}
        if len(attrs) >= len(ents):
            for e in ents:
                if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) not in attrs:
                    err(e["id"], "no <time datetime> on the page matches the entry time")

# ------------------------------------------------------------------------------------------------------------ Part A
seen = {}
fmts = defaultdict(int)
authors_per_page = {}
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A page needs 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
    authors_per_page[sid] = {e["author"] for e in g["entries"]}
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
pa = [golds[s] for s, _ in PART_A if s in golds]
hard = {
    "page without a year (parse_args)": any(g.get("parse_args") for g in pa),
    "local date differs from UTC date (midnight crossing)": any(e["published_local"][:10] != e["published"][:10] for g in pa for e in g["entries"]),
    "entries without headline": any(e["headline"] is None for g in pa for e in g["entries"]),
    "oldest-first page": any(ORDER[s] == "oldest" for s, _ in PART_A),
    "newest-first page": any(ORDER[s] == "newest" for s, _ in PART_A),
    "per-post authors": any(len(a - {None}) > 1 for a in authors_per_page.values()),
    "one page byline": any(len(a) == 1 and None not in a for a in authors_per_page.values()),
    "Key Points block": any(e["key_point"] for g in pa for e in g["entries"]),
}
for k, ok in hard.items():
    if not ok:
        err("Part A lacks the hard case:", k)

# ------------------------------------------------------------------------------------------------------------ Part B
reserved = set()
if os.path.exists("/tmp/blind-au-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-au-reserved-outlets.txt", encoding="utf-8") if l.strip()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src in [o for _, o in PART_A]:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "needs 18-30 entries, has", n)
    if not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "needs 3-5 sources in at least 3 formats", len(srcs), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis) with a body")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside one page")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "-> importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() or e["duplicate_of"] for e in rep):
        err("day 2 must carry a re-post of a day-1 entry: importance 1, duplicate_of null, notes say so")
    cont = [e for e in d2 if e["first_sentence"] and e not in rep and e["story"] in {o["story"] for o in d1}]
    if not cont or not any("continuation" in (e.get("notes") or "").lower() for e in cont):
        err("day 2 continues no day-1 story (bodied entry, same slug, notes say continuation)")
if day_date.get("day3") and any(abs((datetime.fromisoformat(day_date["day3"]) - datetime.fromisoformat(day_date[k])).days) < 2 for k in ("day1", "day2") if k in day_date):
    err("day 3 should be a separate day")

# ------------------------------------------------------------------------------------------------------------ cross-seed
for a, b in MUST_NOT_MERGE:
    if a in ids_all and b in ids_all and ids_all[a]["story"] == ids_all[b]["story"]:
        err("must-not-merge pair shares a story:", a, b)
    if a not in ids_all or b not in ids_all:
        err("must-not-merge pair names an unknown id:", a, b)
for grp in SAME_STORY:
    st = {ids_all[i]["story"] for i in grp if i in ids_all}
    if len(st) != 1 or any(i not in ids_all for i in grp):
        err("these entries should share one story:", grp, st)
for d, who in seen.items():
    if d in FORBIDDEN_2025 or d[:4] != "2025" or not "01" <= d[5:7] <= "06":
        err(who, "UTC day not allowed:", d)
if set(golds) != {s for s, _ in PART_A} | {s for v in DAYS.values() for s in v}:
    err("unexpected or missing gold files:", sorted(set(golds) ^ ({s for s, _ in PART_A} | {s for v in DAYS.values() for s in v})))
if len(glob.glob(os.path.join(ROOT, "seeds", "*"))) != len(golds):
    err("seed files without gold (or the reverse)")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if not w.startswith('day'))}")
