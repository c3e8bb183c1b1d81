#!/usr/bin/env python3
"""Independent checker for eval/cd. It does not import build.py: it re-reads the seed files as they are on disk and
verifies every gold file against them (exact substrings, stamps re-read on their own, page order, paragraph counts,
feed/JSON-LD structure, label rules, the set's constraints).
Usage (from the project root): python3 eval/cd/tools/check.py   -> prints OK ... or the list of problems."""
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"8300": "Clare Champion", "8301": "The Kerryman", "8302": "Wexford People", "8303": "Westmeath Independent",
          "8304": "Tipperary Star", "8305": "Kildare Nationalist", "8306": "The Mayo News", "8307": "Roscommon Herald",
          "8308": "Longford Leader", "8309": "Offaly Express"}
DAYS = {"day1": ["8320", "8321", "8322", "8323"], "day2": ["8330", "8331", "8332", "8333"], "day3": ["8340", "8341", "8342", "8343"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
# 2025 days of the allowed months that the brief forbids (copied so the check also runs without /tmp)
FORBIDDEN_FALLBACK = set("""2025-01-07 2025-01-09 2025-01-10 2025-01-14 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27
2025-01-29 2025-06-01 2025-06-02 2025-06-04 2025-06-05 2025-06-06 2025-06-10 2025-06-11 2025-06-13 2025-06-17 2025-06-19
2025-06-24 2025-06-25 2025-06-29 2025-08-01 2025-08-05 2025-08-06 2025-08-07 2025-08-12 2025-08-15 2025-08-18 2025-08-19
2025-08-20 2025-08-21 2025-08-26 2025-08-28 2025-08-29""".split())
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


# ------------------------------------------------------------------ reading pages
INLINE = r"a|span|b|strong|em|i|time|abbr|small"


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    if path.endswith(".html"):
        t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S)
        t = re.sub(r"<head>.*?</head>", "\n", t, flags=re.S)
        t = re.sub(rf"</?(?:{INLINE})\b[^>]*>", "", t)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), raw, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(rf"</?(?:{INLINE})\b[^>]*>", "", t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped HTML inside descriptions / Atom content
    return html.unescape(t)


def printed_dates(text, year_hint):
    """All calendar dates printed on the page, in the common forms used by the seeds."""
    out = set()
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.? (\d{4})\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add(date(int(m.group(3)), mo, int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add(date(int(m.group(3)), mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", text):
        out.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if year_hint:  # dates printed without a year ('Sunday, August 24', 'Monday, 9 June')
        for m in re.finditer(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:([A-Z][a-z]+) (\d{1,2})|(\d{1,2}) ([A-Z][a-z]+))\b", text):
            mo = month_no(m.group(1) or m.group(4))
            if mo:
                out.add(date(year_hint, mo, int(m.group(2) or m.group(3))))
    return out


def read_stamp(stamp, local, g, text, raw):
    """Re-reads one printed stamp on its own. Returns None when it agrees with published_local, else a reason."""
    s = stamp.strip()
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    pa_day = date.fromisoformat(pa[1]) if pa else None
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT|UT|[ECMP][SD]T)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minute|minutes|hour|hours) ago", s)
    if m:
        a = re.search(r"Last updated: [A-Z][a-z]+, ([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) ([ap])\.m\. ET", text)
        if not a:
            return "relative stamp without a printed anchor"
        hh = int(a.group(4)) % 12 + (12 if a.group(6) == "p" else 0)
        ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), hh, int(a.group(5)), tzinfo=zone)
        back = timedelta(minutes=int(m.group(1))) if m.group(2).startswith("minute") else timedelta(hours=int(m.group(1)))
        return None if ref - back == local else "relative stamp does not resolve to published"
    # time of day inside the stamp
    tm = re.search(r"(?<![\d/])(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|AM|PM|a\.m\.|p\.m\.)(?![a-z])", s) or \
        re.search(r"(?<![\d/.])(\d{1,2})[:.](\d\d)(?![\d/])", s)
    dm = None
    for pat, order in ((r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})\b", "dmy"), (r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", "mdy"),
                       (r"\b(\d{2})/(\d{2})/(\d{4})\b", "dd/mm")):
        x = re.search(pat, s)
        if x:
            if order == "dmy" and month_no(x.group(2)):
                dm = date(int(x.group(3)), month_no(x.group(2)), int(x.group(1)))
            elif order == "mdy" and month_no(x.group(1)):
                dm = date(int(x.group(3)), month_no(x.group(1)), int(x.group(2)))
            elif order == "dd/mm":
                dm = date(int(x.group(3)), int(x.group(2)), int(x.group(1)))  # Irish order: day first
            if dm:
                break
    if tm:
        hh = int(tm.group(1))
        mi = int(tm.group(2)) if tm.lastindex and tm.group(2) else 0
        suf = tm.group(3) if tm.re.groups >= 3 else None
        if suf:
            hh = hh % 12 + (12 if suf.lower().startswith("p") else 0)
        if (hh, mi) != (local.hour, local.minute):
            return f"time {hh:02d}:{mi:02d} != local {local:%H:%M}"
    if dm is None and s.startswith("Today at"):
        if pa_day is None:
            return "'Today at' stamp needs parse_args --date"
        dm = pa_day
    if dm is not None:
        if dm != local.date():
            return f"date in the stamp {dm} != local date {local.date()}"
        if not tm:  # date-only visible stamp: the time must sit in a machine-readable attribute
            if f'datetime="{local.isoformat()}"' not in raw:
                return "date-only stamp and no datetime attribute carries the time"
        return None
    if not tm:
        return "unreadable stamp"
    # stamp without a date: the local date must be printed on the page, be the parse_args day, or (midnight
    # crossing stated in the notes) be the day after a printed date
    days = printed_dates(text, pa_day.year if pa_day else None)
    if pa_day:
        days.add(pa_day)
    if local.date() in days:
        return None
    if "midnight" in g["notes"].lower() and local.date() - timedelta(days=1) in days:
        return None
    return f"local date {local.date()} of an undated stamp is printed nowhere on the page"


def sentence_ok(fs, par):
    """fs must be the first sentence of par: a prefix ending a sentence, with no earlier sentence boundary."""
    if not par.startswith(fs):
        return "not a prefix of its paragraph"
    rest = par[len(fs):]
    if rest and not rest[0].isspace():
        return "does not end at a word boundary"
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end with sentence punctuation"
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\u00c0-\u017f0-9\"\u201c\u2018])", fs):
        before = fs[:m.start()]
        if not re.search(r"\b(Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|U\.S|a\.m|p\.m)$", before):
            return "contains an earlier sentence boundary"
    return None


def is_prose(line):
    return len(line) >= 12 and re.search(r"[.!?][\"'\u201d\u2019)]?$", line) and "appeared first on" not in line


# ------------------------------------------------------------------ per page
golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing")
        continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without its extension + .json")
    if not re.fullmatch(r"83\d\d_[a-z0-9]+-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name must be <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    ZoneInfo(g["page_timezone"])
    if "2025" not in raw and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if "2025" in raw:
            err(sid, "parse_args given although the page prints a year")
        if any(e["published_local"][:10] != pa[1] and "midnight" not in g["notes"].lower() for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of the entries")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")

    # Key Points block: the lines/bullets right after a 'Key Points' heading that equal entry headlines
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

    ids = []
    pos_prev = -1
    locals_ = []
    first_lines = {e["first_sentence"] for e in g["entries"] if e["first_sentence"]}
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence",
                  "body_paragraphs", "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        if eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "ids must be <seed id>-NN numbered in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            cands = [l for l in lines if l.startswith(fs)]
            if not cands:
                err(eid, "first_sentence does not start a text line:", fs[:70])
            else:
                why = sentence_ok(fs, cands[-1])
                if why:
                    err(eid, "first_sentence", why, fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "has a body but body_paragraphs < 1")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "an entry without body must have importance 1 and 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor (headline, else first sentence) must come after the previous entry's
        anchor = e["headline"] or fs
        p = text.find(anchor, pos_prev + 1)
        if p < 0:
            err(eid, "entry is out of page order")
        else:
            pos_prev = p
        # body paragraph count for text/HTML pages: consecutive prose lines from the first sentence on
        if fs is not None and not sp.endswith(".xml"):
            starts = [i for i, l in enumerate(lines) if l.startswith(fs)]
            if starts:
                i0 = max(s for s in starts if s >= 0) if len(starts) == 1 else None
                i0 = starts[0] if i0 is None else i0
                if len(starts) > 1:  # repeats: take the occurrence after the anchor position
                    before = text[:p].count("\n") if p >= 0 else 0
                    i0 = min((s for s in starts if s >= before), default=starts[-1])
                n, j = 0, i0
                while j < len(lines):
                    l = lines[j]
                    if l == "":
                        j += 1
                        continue
                    if n and any(l.startswith(f) for f in first_lines):
                        break
                    if not is_prose(l):
                        break
                    n += 1
                    j += 1
                if n != e["body_paragraphs"]:
                    err(eid, f"body_paragraphs {e['body_paragraphs']} but {n} prose lines follow the first sentence")
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone")
            ids.append(eid)
            continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ISO UTC ending in Z")
        elif datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, g, text, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # no own stamp: the dateline time must be printed
            t12 = f"{local.hour % 12 or 12}:{local.minute:02d}"
            if f"{local:%H:%M}" not in text and t12 not in text:
                err(eid, "no stamp, and the dateline time is printed nowhere")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat items must be other/unrelated/importance 1 with an 'off-beat:' note")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "a duplicate shares its original's story and has importance 1")
            elif orig["first_sentence"] and fs:
                a, b = set(re.findall(r"\w+", orig["first_sentence"].lower())), set(re.findall(r"\w+", fs.lower()))
                if len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point is false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block and key_point flags disagree")
    # page-order times are monotonic (newest-first or oldest-first), which also validates midnight-crossing dates
    if len(locals_) > 1:
        inc = all(a <= b for a, b in zip(locals_, locals_[1:]))
        dec = all(a >= b for a, b in zip(locals_, locals_[1:]))
        if not (inc or dec):
            err(sid, "entry times are not monotonic in page order")

    # ---------------------------------------------------------- feeds: structural re-read with a real XML parser
    if sp.endswith(".xml"):
        ns = {"a": "http://www.w3.org/2005/Atom", "dc": "http://purl.org/dc/elements/1.1/",
              "content": "http://purl.org/rss/1.0/modules/content/"}
        root = ET.parse(sp).getroot()
        items = root.findall("./channel/item") or root.findall("a:entry", ns)
        if len(items) != len(g["entries"]):
            err(sid, "feed has", len(items), "items but gold has", len(g["entries"]))
        for it, e in zip(items, g["entries"]):
            if it.tag.endswith("entry"):
                title = it.findtext("a:title", namespaces=ns)
                when = datetime.fromisoformat(it.findtext("a:published", namespaces=ns))
                auth = it.findtext("a:author/a:name", namespaces=ns)
                body = it.findtext("a:content", namespaces=ns) or ""
            else:
                title = it.findtext("title")
                when = parsedate_to_datetime(it.findtext("pubDate"))
                auth = it.findtext("dc:creator", namespaces=ns)
                body = it.findtext("content:encoded", namespaces=ns) or it.findtext("description") or ""
            if title != e["headline"]:
                err(e["id"], "feed title differs from headline")
            if when != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                err(e["id"], "feed time differs from published")
            if (auth or None) != e["author"]:
                err(e["id"], "feed author differs:", auth, e["author"])
            paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)]
            paras = [p for p in paras if "appeared first on" not in p]
            if len(paras) != e["body_paragraphs"]:
                err(e["id"], "feed body has", len(paras), "paragraphs, gold says", e["body_paragraphs"])
            if e["first_sentence"] and (not paras or sentence_ok(e["first_sentence"], paras[0])):
                err(e["id"], "first_sentence is not the first sentence of the feed body")

    # ---------------------------------------------------------- JSON-LD in HTML pages
    if sp.endswith(".html"):
        for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
            ld = json.loads(blob)
            nodes = ld.get("@graph", [ld])
            for nd in nodes:
                types = nd.get("@type") if isinstance(nd.get("@type"), list) else [nd.get("@type")]
                if "LiveBlogPosting" in types:
                    ups = nd.get("liveBlogUpdate", [])
                    ups = ups if isinstance(ups, list) else [ups]
                    if len(ups) != len(g["entries"]):
                        err(sid, "JSON-LD liveBlogUpdate count differs from entries")
                    times = {u.get("datePublished") for u in ups}
                    if len(times) == 1 and len(ups) > 1:
                        if "datePublished" not in g["notes"]:
                            err(sid, "JSON-LD updates share one datePublished but the notes do not warn about it")
                    else:
                        for u, e in zip(ups, g["entries"]):
                            if datetime.fromisoformat(u["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                                err(e["id"], "JSON-LD update time differs from published")
                            if u.get("headline") != e["headline"]:
                                err(e["id"], "JSON-LD update headline differs")
                elif any(t and "NewsArticle" in t for t in types):
                    dp = datetime.fromisoformat(nd["datePublished"].replace("Z", "+00:00"))
                    for e in g["entries"]:
                        if e["stamp"] is None and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != dp:
                            err(e["id"], "stampless section should carry the article's datePublished")

# ------------------------------------------------------------------ set-level constraints
seen = {}
fmts = defaultdict(int)
prev = None
for sid, outlet in SINGLE.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing")
        continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A pages need 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

reserved = set()
if os.path.exists("/tmp/blind-cd-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cd-reserved-outlets.txt", encoding="utf-8") if l.strip()}
forbidden = set(FORBIDDEN_FALLBACK)
if os.path.exists("/tmp/blind-cd-forbidden-days.txt"):
    forbidden |= set(open("/tmp/blind-cd-forbidden-days.txt", encoding="utf-8").read().split())

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set)
    dates = set()
    n = 0
    worlds = 0
    exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing")
            continue
        src = g["source"]
        if src.lower() in reserved or src in SINGLE.values():
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        if not re.fullmatch(r"[A-Z][a-z]+ (Courier|Herald|Wire|Review|Post|Standard|Journal|Gazette|Bulletin|Observer|Live)", src):
            err(sid, "invented outlet name has an unexpected shape:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and off / len(g["entries"]) >= 0.6:
            worlds += 1
        for e in g["entries"]:
            stories[e["story"]].add(sid)
            dates.add(e["published"][:10])
            n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
        continue
    d = dates.pop()
    day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if worlds < 1:
        err(day, "no general world feed with about 4 of 6 items off-beat")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside one page")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1, with a note saying so")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ("01", "06", "08"):
        err(who, "UTC day not allowed:", d)

# ------------------------------------------------------------------ own words: no 8-word run shared with reference texts
refs = glob.glob("/work/shared/seeds/*.txt") + [p for p in [os.path.join(ROOT, "..", "ap", "tools", "build.py")] if os.path.exists(p)]
if refs:
    def shingles(t, k=8):
        w = re.findall(r"[a-z0-9]+", t.lower())
        return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}
    ref_sh = set()
    for p in refs:
        ref_sh |= shingles(open(p, encoding="utf-8").read())
    for sp in sorted(glob.glob(os.path.join(ROOT, "seeds", "*"))):
        common = shingles(visible_text(sp)) & ref_sh
        if common:
            err(os.path.basename(sp), "shares wording with a reference text:", sorted(common)[:2])

# ------------------------------------------------------------------ README
rp = os.path.join(ROOT, "README.md")
if not os.path.exists(rp):
    err("README.md missing")
else:
    rd = open(rp, encoding="utf-8").read()
    allids = ",".join(sorted(golds))
    if f"--seeds {allids}" not in rd:
        err("README scoring command must list all seed ids:", allids)
    for g in golds.values():
        if g["seed"] not in rd:
            err("README seed table misses", g["seed"])
    if "## Conventions" not in rd:
        err("README has no Conventions section")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
