#!/usr/bin/env python3
"""Independent checker for eval/cb: re-reads the seed files on its own and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/cb/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"8100": "Shields Gazette", "8101": "Hartlepool Mail", "8102": "Lancashire Telegraph", "8103": "Dorset Echo", "8104": "Swindon Advertiser",
          "8105": "Bolton News", "8106": "York Press", "8107": "Shropshire Star", "8108": "Western Telegraph", "8109": "Shetland Times"}
DAYS = {"day1": ["8120", "8121", "8122", "8123", "8124"], "day2": ["8130", "8131", "8132", "8133"], "day3": ["8140", "8141", "8142", "8143"]}
# the day's main story (told by 3+ sources) and the place spellings that must vary across its entries
MAIN = {"day1": ("zaporizhzhia-apartment-strike-2024-10-31", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"]),
        "day2": ("odesa-port-drone-strike-2024-11-01", ["Odesa", "Odessa"]),
        "day3": ("kryvyi-rih-missile-strike-2024-12-27", ["Kryvyi Rih", "Kryvyy Rih", "Krivoy Rog"])}
# must-not-merge pairs (same place or same theme, different events), as listed in README.md
NOT_MERGE = [("8121-02", "8124-02"), ("8120-04", "8121-06"), ("8120-04", "8120-01"), ("8121-01", "8121-02"), ("8120-05", "8123-03"),
             ("8130-01", "8130-05"), ("8131-02", "8133-03"), ("8131-02", "8120-04"), ("8132-02", "8121-06"),
             ("8141-02", "8141-03"), ("8140-02", "8141-03"), ("8140-03", "8143-03"), ("8142-04", "8141-01")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
# forbidden UTC days in July-December 2024 (copy of the tester's list for that range; the full file is read too when present)
FORBIDDEN = set("""2024-07-02 2024-07-03 2024-07-04 2024-07-05 2024-07-08 2024-07-09 2024-07-10 2024-07-11 2024-07-12 2024-07-13 2024-07-15
2024-07-17 2024-07-18 2024-07-19 2024-07-20 2024-07-22 2024-07-23 2024-07-24 2024-07-27 2024-07-28 2024-07-30 2024-07-31 2024-08-01 2024-08-02
2024-08-03 2024-08-04 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-10 2024-08-11 2024-08-12 2024-08-13 2024-08-14 2024-08-15
2024-08-16 2024-08-17 2024-08-18 2024-08-19 2024-08-20 2024-08-22 2024-08-23 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-01 2024-09-02
2024-09-03 2024-09-04 2024-09-05 2024-09-06 2024-09-08 2024-09-09 2024-09-10 2024-09-11 2024-09-12 2024-09-13 2024-09-14 2024-09-16 2024-09-17
2024-09-18 2024-09-19 2024-09-21 2024-09-22 2024-09-24 2024-09-25 2024-09-26 2024-09-27 2024-09-28 2024-09-29 2024-10-01 2024-10-02 2024-10-03
2024-10-04 2024-10-05 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-12 2024-10-13 2024-10-14 2024-10-15 2024-10-16 2024-10-17
2024-10-19 2024-10-20 2024-10-21 2024-10-22 2024-10-23 2024-10-24 2024-10-26 2024-10-27 2024-10-28 2024-10-29 2024-10-30 2024-11-02 2024-11-03
2024-11-05 2024-11-06 2024-11-07 2024-11-08 2024-11-10 2024-11-11 2024-11-12 2024-11-13 2024-11-14 2024-11-15 2024-11-16 2024-11-17 2024-11-18
2024-11-19 2024-11-20 2024-11-21 2024-11-22 2024-11-23 2024-11-24 2024-11-26 2024-11-27 2024-11-28 2024-11-30 2024-12-01 2024-12-02 2024-12-03
2024-12-04 2024-12-05 2024-12-06 2024-12-07 2024-12-08 2024-12-09 2024-12-10 2024-12-11 2024-12-12 2024-12-13 2024-12-16 2024-12-17 2024-12-18
2024-12-19 2024-12-20 2024-12-25 2024-12-26 2024-12-28 2024-12-30""".split())
if os.path.exists("/tmp/blind-cb-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-cb-forbidden-days.txt", encoding="utf-8").read().split())
RESERVED = None
if os.path.exists("/tmp/blind-cb-reserved-outlets.txt"):
    RESERVED = [l.strip() for l in open("/tmp/blind-cb-reserved-outlets.txt", encoding="utf-8") if l.strip()]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
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


def json_ld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            obj = json.loads(m.group(1))
        except ValueError:
            err("invalid JSON-LD block"); continue
        nodes = obj.get("@graph", [obj]) if isinstance(obj, dict) else obj
        out += nodes
    return out


def types(node):
    t = node.get("@type", [])
    return t if isinstance(t, list) else [t]


def printed_dates(text, raw):
    """All local dates the page prints in some form (day+month names, ordinals, d.m.Y, ISO in attributes)."""
    found = set()
    low = text.lower()
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?(?:,? (\d{4}))?", low):
        mo = month_no(m.group(2))
        if mo:
            found.add((int(m.group(1)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b([a-z]{3,9}) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", low):
        mo = month_no(m.group(1))
        if mo:
            found.add((int(m.group(2)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):
        found.add((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in re.finditer(r"(\d{4})-(\d\d)-(\d\d)T", raw):
        found.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return found


def date_printed(d, found, years):
    for (dd, mm, yy) in found:
        if (dd, mm) == (d.day, d.month) and (yy == d.year or (yy is None and d.year in years)):
            return True
    return False


def read_stamp(s, local, text, raw, zone, years, basis, prev_local):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(?:Published )?(\d+) (minutes|minute|hours|hour) ago", s)
    if m:
        a = re.search(r"Last updated (\d\d):(\d\d), [A-Z][a-z]+ (\d{1,2}) ([A-Z][a-z]+) (\d{4})", text)
        if not a:
            return "relative stamp without a printed anchor"
        ref = datetime(int(a.group(5)), month_no(a.group(4)), int(a.group(3)), int(a.group(1)), int(a.group(2)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", s)
    if m:
        got = (int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "d.m.Y stamp differs"
    tm = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.])\s*(am|pm)?", s)
    if not tm:
        return "unreadable stamp"
    h, mi = int(tm.group(1)), int(tm.group(2))
    if tm.group(3):
        h = h % 12 + (12 if tm.group(3) == "pm" else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    z = re.search(r"\b(BST|GMT|CET|CEST|EET|EEST|UTC)\b", s)
    if z and z.group(1) != local.tzname() and not (z.group(1) in ("GMT", "UTC") and local.utcoffset() == timedelta(0)):
        return f"zone {z.group(1)} does not match {local.tzname()}"
    md = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}),? ?(\d{4})?", s)
    if md and month_no(md.group(2)):
        if (int(md.group(1)), month_no(md.group(2))) != (local.day, local.month):
            return "date inside the stamp differs"
        if md.group(3) and int(md.group(3)) != local.year:
            return "year inside the stamp differs"
        if not md.group(3) and f'datetime="{local.isoformat()}' not in raw and local.year not in years:
            return "yearless stamp whose year is printed nowhere"
        return None
    # a stamp without a date: its local date must be printed on the page, or follow from a midnight crossing
    found = printed_dates(text, raw)
    if date_printed(local, found, years):
        return None
    if "midnight" in basis and prev_local is not None and prev_local.time() > local.time() and date_printed(local - timedelta(days=1), found, years):
        return None
    return "local date of an undated stamp is printed nowhere on the page (and no midnight crossing)"


def well_formed(path, raw):
    if path.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as e:
            err(os.path.basename(path), "XML not well-formed:", e)
    elif path.endswith(".html"):
        class P(HTMLParser):
            pass
        P().feed(raw)


golds = {}
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
gold_files = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(seed_files) != len(gold_files):
    err("seed/gold count mismatch", len(seed_files), len(gold_files))
for gp in gold_files:
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"81\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]) or not g["seed"].startswith(sid):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read()
    well_formed(sp, raw)
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g.get("not_entries") or not g.get("notes"):
        err(sid, "notes / not_entries must be filled in")
    years = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", raw)}
    pa = g.get("parse_args")
    if not years and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if years:
            err(sid, "parse_args on a page that prints a year")
        if pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            years = {int(pa[1][:4])}
            firsts = sorted(e["published_local"][:10] for e in g["entries"])
            if pa[1] != firsts[0]:
                err(sid, "parse_args date should be the printed local day", pa[1], firsts[0])
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    zone = g["page_timezone"]
    ZoneInfo(zone)
    # Key Points / Key Events block: the headlines listed right under the heading
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    # JSON-LD: per-update times (only when the updates carry distinct times) and article dates
    ld = json_ld(raw)
    ld_updates, ld_article = [], None
    for node in ld:
        if "LiveBlogPosting" in types(node):
            ups = node.get("liveBlogUpdate", [])
            ld_updates = ups if isinstance(ups, list) else [ups]
        if "NewsArticle" in types(node) and "LiveBlogPosting" not in types(node):
            ld_article = node
    distinct_ld = len({u.get("datePublished") for u in ld_updates}) > 1
    ids = []
    prev_local = None
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible page")
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(l == fs or re.match(r"\s+[A-Z0-9\"\u201c\u2018]", l[len(fs):]) for l in hits):
                err(eid, "first_sentence does not end at a sentence boundary of its line")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if not e["published_basis"]:
            err(eid, "published_basis empty")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, zone, years, e["published_basis"], prev_local)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if f"{local:%H:%M}" not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if not date_printed(local, printed_dates(text, raw), years):
                err(eid, "no stamp and the dateline date is not printed")
            if ld_article and datetime.fromisoformat(ld_article["datePublished"].replace("Z", "+00:00")) != local:
                err(eid, "section entry time differs from the NewsArticle datePublished")
        if distinct_ld:
            for u in ld_updates:
                same = (u.get("headline") == e["headline"]) if e["headline"] else (fs and u.get("articleBody", "").startswith(fs))
                if same and datetime.fromisoformat(u["datePublished"]) != local and e["duplicate_of"] is None:
                    if not any(x["headline"] == e["headline"] and x["id"] != eid for x in g["entries"]):
                        err(eid, "JSON-LD update datePublished disagrees")
        prev_local = local
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary topics must be other core topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] >= e["published"]:
                err(eid, "duplicate must be later, share the story and be importance 1")
            elif orig["first_sentence"] and fs:
                a, b = set(orig["first_sentence"].lower().split()), set(fs.lower().split())
                if len(a & b) / len(a | b) < 0.7:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # near-verbatim pairs inside one page must be linked by duplicate_of (later -> earlier)
    for i, a in enumerate(g["entries"]):
        for b in g["entries"][i + 1:]:
            if a["first_sentence"] and b["first_sentence"]:
                x, y = set(a["first_sentence"].lower().split()), set(b["first_sentence"].lower().split())
                if len(x & y) / len(x | y) >= 0.8:
                    first, later = sorted((a, b), key=lambda e: e["published"])
                    if later["duplicate_of"] != first["id"]:
                        err(later["id"], "near-verbatim repeat of", first["id"], "without duplicate_of")
    # entries are in page order: every headline / first sentence appears after the previous one
    pos = 0
    for e in g["entries"]:
        key = e["headline"] or e["first_sentence"]
        p = text.find("\n" + key, pos)
        if p < 0:
            err(e["id"], "entries are not in page order")
        else:
            pos = p + 1

# ---------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in SINGLE.items():
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
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
hard = {"no year (parse_args)": any(golds[s].get("parse_args") for s in SINGLE if s in golds),
        "midnight crossing": any(len({e["published_local"][:10] for e in golds[s]["entries"]}) > 1 for s in SINGLE if s in golds),
        "entry without headline": any(e["headline"] is None for s in SINGLE if s in golds for e in golds[s]["entries"]),
        "per-post authors": any(len({e["author"] for e in golds[s]["entries"]}) > 1 for s in SINGLE if s in golds)}
for k, v in hard.items():
    if not v:
        err("Part A lacks hard case:", k)

# ---------------- Part B
partb_sources = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src); partb_sources.add(src)
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        ents = g["entries"]
        off = sum(e["subtopic"] == "unrelated" for e in ents)
        world = world or (len(ents) >= 5 and off * 2 >= len(ents) and off < len(ents))
        for e in ents:
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
        err(day, "no general world feed (war a minority)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    main, spellings = MAIN[day]
    if len(stories.get(main, ())) < 3:
        err(day, "main story", main, "not told by 3+ sources")
    used = {v for v in spellings for e in ents if e["story"] == main for t in (e["headline"] or "", e["first_sentence"] or "") if v in t}
    if len(used) < 2:
        err(day, "main story without spelling variants", used)
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and re.match(r"(Analysis|Explainer)\s*:", e["headline"] or "") for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    for e in rep:
        o = next(o for o in d1 if o["headline"] == e["headline"])
        a, b = set((o["first_sentence"] or "").lower().split()), set((e["first_sentence"] or "").lower().split())
        if not a or len(a & b) / len(a | b) < 0.8:
            err(e["id"], "re-post is not near-verbatim")
    cont = [e for e in d2 if e["first_sentence"] and e not in rep and e["story"] in {o["story"] for o in d1}]
    if not cont:
        err("day 2 continues no day-1 story")
    if day_date.get("day3") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) < 2:
        err("day 3 must be a separate day")
allent = {e["id"]: e for g in golds.values() for e in g["entries"]}
for a, b in NOT_MERGE:
    if a not in allent or b not in allent:
        err("must-not-merge pair missing", a, b)
    elif allent[a]["story"] == allent[b]["story"]:
        err("must-not-merge pair shares a story", a, b)
if RESERVED is not None:
    low = {r.lower() for r in RESERVED}
    firsts = {r.split()[0].lower() for r in RESERVED if r.split()[0].lower() not in ("the", "daily", "new", "north", "south", "west", "east")}
    for src in sorted(partb_sources):
        if src.lower() in low:
            err(src, "is a reserved outlet name")
        if src.split()[0].lower() in firsts:
            err(src, "shares its distinctive first word with a reserved outlet")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2024" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
