#!/usr/bin/env python3
"""Independent checker for eval/bc. It does NOT import build.py: it re-reads every seed file, re-reads every printed
stamp on its own, and verifies the gold files against the pages and against the set's constraints.
Usage (from the project root):  python3 eval/bc/tools/check.py   -> prints OK ... or the list of problems (exit 1)."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"5600": "Milwaukee Journal Sentinel", "5601": "Las Vegas Review-Journal", "5602": "Honolulu Star-Advertiser",
          "5603": "Regina Leader-Post", "5604": "Gold Coast Bulletin", "5605": "Budapest Times", "5606": "Hespress English",
          "5607": "Daily Graphic", "5608": "The Armenian Weekly", "5609": "The Herald"}
DAYS = {"day1": ["5620", "5621", "5622", "5623", "5624"], "day2": ["5630", "5631", "5632", "5633"], "day3": ["5640", "5641", "5642", "5643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days inside the allowed window (copied from /tmp/blind-bc-forbidden-days.txt; the file is re-read when present)
FORBIDDEN = set("""2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-09 2023-07-11 2023-07-12 2023-07-14 2023-07-17 2023-07-18
2023-07-19 2023-07-20 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-07-31 2023-08-01 2023-08-02 2023-08-04 2023-08-07 2023-08-10 2023-08-13
2023-08-15 2023-08-16 2023-08-18 2023-08-20 2023-08-22 2023-08-23 2023-08-24 2023-08-29 2023-08-30 2023-08-31 2023-09-05 2023-09-06 2023-09-08
2023-09-11 2023-09-12 2023-09-13 2023-09-14 2023-09-15 2023-09-19 2023-09-20 2023-09-21 2023-09-22 2023-09-23 2023-09-25 2023-09-27 2023-09-28
2023-09-29""".split())
if os.path.exists("/tmp/blind-bc-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bc-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bc-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bc-reserved-outlets.txt", encoding="utf-8") if l.strip()}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
TIME_RE = r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?"
ZONE_TOKENS = {"ET": ("EST", "EDT"), "CT": ("CST", "CDT"), "BST": ("BST",), "GMT": ("GMT", "UTC"), "EEST": ("EEST",), "CEST": ("CEST",)}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom/RSS content
    return t


def to_24(h, suf):
    if not suf:
        return h
    return h % 12 + (12 if suf.lower().startswith("p") else 0)


def find_dates(text):
    """All date expressions (with or without a year) in text: list of (pos, end, year|None, month, day)."""
    out = []
    for m in re.finditer(r"\b(\d{1,2}) " + MON_RE + r",?(?: (\d{4}))?\b", text):       # 9 September 2023 / 28 Jul, 2023 / 15 July
        out.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(MON_RE + r" (\d{1,2})\b(?:, (\d{4}))?", text):             # Sep 02, 2023 / Sept. 10, 2023 / July 30
        out.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", text):                     # 15.07.2023
        out.append((m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return sorted(out)


def read_stamp(stamp, text, pos, zone, year_hint):
    """Re-reads one printed stamp on its own. Returns (aware datetime or None, naive local datetime or None, reason)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00")), None, None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s), None, None
    dates = find_dates(s)
    rest = s
    for d in dates:
        rest = rest[:d[0]] + " " * (d[1] - d[0]) + rest[d[1]:]
    tm = re.search(TIME_RE, rest)
    if not tm:
        return None, None, "no time in stamp"
    hh, mi = to_24(int(tm.group(1)), tm.group(3)), int(tm.group(2))
    if dates:
        _, _, y, mo, dd = dates[0]
    else:  # undated stamp: the nearest date printed before it on the page
        before = [d for d in find_dates(text[:pos])]
        if not before:
            return None, None, "undated stamp and no date printed before it"
        _, _, y, mo, dd = before[-1]
    if y is None:
        y = year_hint
        if y is None:
            return None, None, "date without a year and no parse_args"
    local = datetime(y, mo, dd, hh, mi)
    zt = re.search(r"\b(ET|CT|BST|GMT|EEST|CEST)\b", s)
    if zt:
        name = ZoneInfo(zone).tzname(local.replace(tzinfo=ZoneInfo(zone))) if zone != "UTC" else "UTC"
        if name not in ZONE_TOKENS[zt.group(1)]:
            return None, local, f"zone token {zt.group(1)} does not fit {zone} ({name})"
    return None, local, None


def page_datelines(text):
    """Full date+time expressions used as an article's dateline."""
    out = []
    for m in re.finditer(r"Published (\d{1,2}):(\d\d) (a\.m\.|p\.m\.) (CT|ET) " + MON_RE + r" (\d{1,2}), (\d{4})", text):
        out.append((m.start(), datetime(int(m.group(7)), month_no(m.group(5)), int(m.group(6)), to_24(int(m.group(1)), m.group(3)), int(m.group(2))), m.group(4)))
    for m in re.finditer(MON_RE + r" (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (am|pm)", text):
        out.append((m.start(), datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), to_24(int(m.group(4)), m.group(6)), int(m.group(5))), None))
    for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})\b", text):
        out.append((m.start(), datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5))), None))
    return sorted(out, key=lambda x: x[0])


def is_par(line):
    return len(line) >= 50 and re.search(r"[.!?][\"'\u201d\u2019)]?$", line) is not None


def json_ld(raw):
    out = []
    for m in re.finditer(r'<script[^>]*type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError as ex:
            out.append({"_error": str(ex)})
    return out


def walk(o):
    if isinstance(o, dict):
        yield o
        for v in o.values():
            yield from walk(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk(v)


# -------------------------------------------------------------------------------------------------- per page
golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g.get("seed", "?"))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if not re.fullmatch(r"(56\d\d)_[a-z0-9]+-[a-z0-9]+\.(txt|html|xml)", g["seed"]) or g["seed"][:4] != sid:
        err(g["seed"], "seed name must be <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    if not g["notes"] or not isinstance(g["not_entries"], list) or not g["not_entries"]:
        err(sid, "notes / not_entries must be filled in")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone is not an IANA zone:", zone); continue
    year_hint = None
    if "2023" not in raw:
        pa = g.get("parse_args")
        if not pa or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "page prints no year but has no valid parse_args")
        else:
            year_hint = int(pa[1][:4])
            pd = datetime.strptime(pa[1], "%Y-%m-%d")
            forms = [f"{pd.day} {MONTHS[pd.month - 1]}", f"{MONTHS[pd.month - 1]} {pd.day}"]
            if not any(f in text.lower() for f in forms):
                err(sid, "parse_args date is not the day printed on the page")
    elif g.get("parse_args"):
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")

    # Key Points block: the headline lines that follow a 'Key Points' line
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break

    # locate every entry in page order (headline, else first sentence)
    cursor = 0; anchors = []
    if kp_heads:
        kpi = text.lower().find("key points")
        cursor = text.find(kp_heads[-1], kpi) + len(kp_heads[-1])
    for e in g["entries"]:
        key = e["headline"] or e["first_sentence"]
        p = text.find(key, cursor) if key else -1
        if p < 0:
            err(e.get("id"), "not found in page order after the previous entry:", (key or "")[:60]); anchors.append(None); continue
        anchors.append(p); cursor = p + len(key)
    first_anchor = min([a for a in anchors if a is not None] or [0])
    datelines = page_datelines(text)

    ids = []
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must run <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        a = anchors[idx]
        if a is None:
            ids.append(eid); continue
        lo = (anchors[idx - 1] + 1) if idx and anchors[idx - 1] is not None else 0
        hi = next((x for x in anchors[idx + 1:] if x is not None), len(text))
        region = text[lo:hi]
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["author"] is not None and e["author"] not in region and e["author"] not in text[:first_anchor]:
            err(eid, "author is printed neither with the entry nor as the page byline")
        # first sentence and body
        fs = e["first_sentence"]
        if fs is not None:
            fpos = text.find(fs, a)
            if fpos < 0 or fpos >= hi:
                err(eid, "first_sentence not found inside the entry:", fs[:60])
            else:
                ls = text.rfind("\n", 0, fpos) + 1
                if text[ls:fpos].strip():
                    err(eid, "first_sentence does not start a text line")
                between = [l.strip() for l in text[a:ls].split("\n")]
                if any(is_par(l) for l in between if l != (e["headline"] or "")):
                    err(eid, "a paragraph precedes the gold first_sentence")
                n = 0
                for l in text[ls:hi].split("\n"):
                    l = l.strip()
                    if not l:
                        continue
                    if is_par(l):
                        n += 1
                    else:
                        break
                if n != e["body_paragraphs"]:
                    err(eid, f"body_paragraphs {e['body_paragraphs']} but {n} paragraphs counted on the page")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z0-9\"\u201c]", fs):
                err(eid, "first_sentence holds more than one sentence")
        else:
            if e["body_paragraphs"] != 0 or e["importance"] != 1:
                err(eid, "entry without body must have 0 paragraphs and importance 1")
            nxt = [l.strip() for l in text[a + len(e["headline"] or ""):hi].split("\n")]
            if any(is_par(l) for l in nxt):
                err(eid, "gold says no body, but a paragraph follows the headline")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M")
        aware = local.replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ISO UTC with Z"); ids.append(eid); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != aware:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            sp_ = region.find(e["stamp"])
            if sp_ < 0:
                err(eid, "stamp is not printed next to the entry")
            else:
                inst, loc, why = read_stamp(e["stamp"], text, lo + sp_, zone, year_hint)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
                elif inst is not None and inst != pub:
                    err(eid, "stamp", repr(e["stamp"]), "re-read as", inst.isoformat(), "!= published")
                elif loc is not None and loc != local:
                    err(eid, "stamp", repr(e["stamp"]), "re-read as local", loc, "!= published_local")
        else:
            if not datelines:
                err(eid, "no stamp and no page dateline with a time")
            elif datelines[0][1] != local:
                err(eid, "no stamp: published_local should be the page dateline", datelines[0][1])
            elif datelines[0][2] and ZoneInfo(zone).tzname(aware) not in ZONE_TOKENS[datelines[0][2]]:
                err(eid, "dateline zone token does not fit the page zone")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offb = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offb:
            err(eid, "off-beat items need subtopic unrelated and a note starting 'off-beat:' (and only they)")
        if e["subtopic"] == "unrelated" and (e["topic"] != "other" or e["importance"] != 1 or e["secondary_topics"]):
            err(eid, "off-beat items are topic other, importance 1")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a repeat shares its original's story and is importance 1")
                if not (e["first_sentence"] and orig["first_sentence"]) or len(set(e["first_sentence"].split()) ^ set(orig["first_sentence"].split())) > 4:
                    err(eid, "duplicate_of but the first sentences are not near-verbatim")
        if e["key_point"]:
            if kp_heads is None or e["headline"] not in kp_heads or e["importance"] != 3:
                err(eid, "key_point entries are listed under Key Points and importance 3")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug must be kebab-case")
        ids.append(eid)

    # JSON-LD agrees with the gold where it gives per-entry times; <time datetime> attributes agree with their text
    for obj in json_ld(raw):
        if "_error" in obj:
            err(sid, "JSON-LD does not parse:", obj["_error"]); continue
        for node in walk(obj):
            t = node.get("@type")
            types = t if isinstance(t, list) else [t]
            if "BlogPosting" in types and node.get("headline"):
                h = html.unescape(node["headline"])
                match = [e for e in g["entries"] if e["headline"] == h]
                if not match:
                    err(sid, "JSON-LD update headline matches no entry:", h[:50])
                elif datetime.fromisoformat(node["datePublished"]) != datetime.fromisoformat(match[0]["published"].replace("Z", "+00:00")):
                    err(sid, "JSON-LD update time differs from the gold:", h[:50])
            if "NewsArticle" in types and all(e["stamp"] is None for e in g["entries"]):
                if datetime.fromisoformat(node["datePublished"]) != datetime.fromisoformat(g["entries"][0]["published"].replace("Z", "+00:00")):
                    err(sid, "NewsArticle datePublished differs from the sections' published")
    for m in re.finditer(r'<time datetime="([^"]+)">([^<]+)</time>', raw):
        if "T" in m.group(1):
            loc = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
            if f"{loc:%H:%M}" != m.group(2).strip():
                err(sid, "<time datetime> and its text disagree:", m.group(0))

# -------------------------------------------------------------------------------------------------- Part A
seen_days = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "Part A seed missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A pages need 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

# -------------------------------------------------------------------------------------------------- Part B
part_b_ids = {s for v in DAYS.values() for s in v}
for sid in golds:
    if sid not in PART_A and sid not in part_b_ids:
        err(sid, "gold file outside the planned ids")
day_date = {}
day_entries = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); world = False
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in RESERVED or src in PART_A.values():
            err(sid, "outlet name is reserved or real:", src)
        ext = os.path.splitext(g["seed"])[1]; exts.add(ext)
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if ext == ".xml" and off * 3 >= len(g["entries"]) * 2 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    ents = [e for s in sids if s in golds for e in golds[s]["entries"]]
    day_entries[day] = ents
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "needs 18-30 entries, has", n)
    if not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "needs 3-5 sources in at least 3 formats", len(sids), sorted(exts))
    if not world:
        err(day, "no general world-news feed with the war a minority")
    if not any(len(v) >= 3 and any(e["story"] == k and e["subtopic"] != "unrelated" for e in ents) for k, v in stories.items()):
        err(day, "no war story told by 3+ sources")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "so importance must be 3")
        if len(stories[e["story"]]) >= 2 and e["subtopic"] == "unrelated":
            err(e["id"], "off-beat story shared by two seeds of the day")
    spellings = defaultdict(set)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 must be day 1 + 1")
    d1, d2 = day_entries["day1"], day_entries["day2"]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry, importance 1, with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1 if e["subtopic"] != "unrelated"}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day1"):
    if abs((datetime.fromisoformat(day_date["day3"]) - datetime.fromisoformat(day_date["day1"])).days) <= 1 or \
       abs((datetime.fromisoformat(day_date["day3"]) - datetime.fromisoformat(day_date["day2"])).days) <= 1:
        err("day 3 must be a separate day")
for d, who in seen_days.items():
    if d in FORBIDDEN or d[:4] != "2023" or d[5:7] not in ("07", "08", "09"):
        err(who, "UTC day not allowed:", d)

# -------------------------------------------------------------------------------------------------- own words
refs = []
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(os.path.dirname(ROOT), "ap", "tools", "build.py")]:
    if os.path.isfile(p):
        refs.append(open(p, encoding="utf-8", errors="replace").read())
def shingles(t, k=8):
    w = re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}
ref_sh = set()
for r in refs:
    ref_sh |= shingles(r)
for sid, g in golds.items():
    for e in g["entries"]:
        for k in ("headline", "first_sentence"):
            if e[k] and shingles(e[k]) & ref_sh:
                err(e["id"], k, "shares an 8-word run with the shared seeds or eval/ap's data")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days "
      + ", ".join(f"{w}:{d}" for d, w in sorted(seen_days.items(), key=lambda x: x[1]) if w in PART_A))
