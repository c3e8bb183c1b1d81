#!/usr/bin/env python3
"""Independent checker for eval/at: re-reads the seed files on their own and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/at/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, date, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"4700": "The Malta Independent", "4701": "Vijesti", "4702": "MIA", "4703": "Albanian Daily News", "4704": "Tengrinews",
          "4705": "Borneo Bulletin", "4706": "Islands Business", "4707": "Nepali Times", "4708": "Frontier Myanmar", "4709": "BusinessWorld"}
DAYS = {"day1": ["4720", "4721", "4722", "4723"], "day2": ["4730", "4731", "4732", "4733", "4734"], "day3": ["4740", "4741", "4742", "4743"]}
# Must-not-merge pairs: same place or same theme, different events (also listed in README). "place:X" = both texts name X.
MUST_NOT_MERGE = {
    "day1": [("4720-01", "4720-02", "place:Kharkiv"), ("4721-07", "4720-02", "place:Kharkiv"), ("4723-02", "4723-01", "theme"),
             ("4721-01", "4721-02", "theme"), ("4720-07", "4723-04", "theme"), ("4721-03", "4721-04", "theme")],
    "day2": [("4730-02", "4734-01", "place:Kharkiv"), ("4731-02", "4731-03", "theme"), ("4730-04", "4733-04", "theme"),
             ("4733-01", "4734-03", "theme")],
    "day3": [("4740-07", "4741-04", "place:Kharkiv"), ("4741-01", "4741-06", "theme"), ("4740-04", "4741-03", "theme"),
             ("4740-02", "4740-07", "theme"), ("4743-03", "4740-03", "theme")],
}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180}
FORBIDDEN_FILE = "/tmp/blind-at-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-at-reserved-outlets.txt"
# Fallback copy of the 2024 forbidden days (used only when the brief's file is not present).
FORBIDDEN_2024 = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-09 2024-01-11 2024-01-13 2024-01-17 2024-01-19 2024-01-23 2024-01-24 2024-01-26
2024-01-28 2024-01-29 2024-01-30 2024-02-02 2024-02-05 2024-02-06 2024-02-07 2024-02-08 2024-02-10 2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-17
2024-02-19 2024-02-21 2024-02-22 2024-02-24 2024-02-25 2024-02-26 2024-02-27 2024-02-28 2024-02-29 2024-03-02 2024-03-04 2024-03-05 2024-03-07 2024-03-08
2024-03-12 2024-03-13 2024-03-15 2024-03-18 2024-03-19 2024-03-22 2024-03-24 2024-03-26 2024-03-27 2024-03-31 2024-04-01 2024-04-02 2024-04-04 2024-04-05
2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-13 2024-04-16 2024-04-17 2024-04-18 2024-04-20 2024-04-22 2024-04-23 2024-04-24 2024-04-26 2024-04-29
2024-05-03 2024-05-04 2024-05-06 2024-05-07 2024-05-09 2024-05-10 2024-05-14 2024-05-16 2024-05-21 2024-05-22 2024-05-28 2024-05-30 2024-05-31 2024-06-03
2024-06-05 2024-06-07 2024-06-08 2024-06-10 2024-06-11 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21
2024-06-22 2024-06-23 2024-06-24 2024-06-25 2024-06-27 2024-07-04 2024-07-05 2024-07-08 2024-07-09 2024-07-10 2024-07-12 2024-07-15 2024-07-17 2024-07-22
2024-07-23 2024-07-24 2024-07-30 2024-07-31 2024-08-01 2024-08-02 2024-08-03 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-11 2024-08-12
2024-08-13 2024-08-14 2024-08-17 2024-08-18 2024-08-19 2024-08-20 2024-08-22 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-01 2024-09-03 2024-09-04
2024-09-06 2024-09-09 2024-09-10 2024-09-11 2024-09-13 2024-09-16 2024-09-17 2024-09-18 2024-09-21 2024-09-24 2024-09-26 2024-09-28 2024-10-01 2024-10-02
2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-14 2024-10-16 2024-10-17 2024-10-20 2024-10-22 2024-10-23 2024-10-24
2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-02 2024-11-03 2024-11-05 2024-11-08 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18 2024-11-19
2024-11-20 2024-11-21 2024-11-26 2024-11-27 2024-12-01 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-07 2024-12-09 2024-12-10 2024-12-11 2024-12-13
2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext not in (".html", ".xml"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(name):
    n = name.lower()
    if n in MONTHS:
        return MONTHS.index(n) + 1
    short = [m[:3] for m in MONTHS]
    return short.index(n) + 1 if n in short else None


def find_dates(s):
    """All explicit dates written in s: [(date, matched text)]."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\.?", s):
        out.append((date(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.group(0)))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})", s):
        if month_no(m.group(2)):
            out.append((date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))), m.group(0)))
    for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})", s):
        if month_no(m.group(1)):
            out.append((date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))), m.group(0)))
    for m in re.finditer(r"\b(\d{4})-(\d\d)-(\d\d)T", s):  # machine dates in feeds
        out.append((date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(0)))
    return out


def local_date_printed(d, text, raw):
    low = text.lower()
    m = MONTHS[d.month - 1]
    forms = [f"{d.day} {m} {d.year}", f"{d.day} {m}", f"{m} {d.day}", f"{d:%d.%m.%Y}", f"{d:%d/%m/%Y}"]
    return any(f in low for f in forms) or f'datetime="{d.isoformat()}' in raw


def read_stamp(stamp, local, text, raw, parse_date):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(Today|Yesterday), (\d\d):(\d\d)", s)
    if m:
        if not parse_date:
            return "relative day word without parse_args"
        d = parse_date - timedelta(days=0 if m.group(1) == "Today" else 1)
        ok = (d, int(m.group(2)), int(m.group(3))) == (local.date(), local.hour, local.minute)
        return None if ok else "relative stamp does not resolve to published_local"
    dates = find_dates(s)
    rest = s
    for _, txt in dates:
        rest = rest.replace(txt, " ")
    tm = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(am|pm|AM|PM)?", rest)
    if tm:
        h, mi = int(tm.group(1)), int(tm.group(2))
        if tm.group(3):
            h = h % 12 + (12 if tm.group(3).lower() == "pm" else 0)
        if (h, mi) != (local.hour, local.minute):
            return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    else:
        # date-only stamp: the time must come from a <time datetime> around this very text
        if not re.search(r'<time[^>]*datetime="[^"]+"[^>]*>\s*' + re.escape(html.escape(s, quote=False)) + r"\s*</time>", raw):
            return "stamp has no time and is not the text of a <time datetime> element"
    za = re.search(r"\b(GMT|UTC|BST|CET|CEST|EET|EEST)\b", s)
    if za and local.utcoffset() != timedelta(minutes=ZONE_ABBR[za.group(1)]):
        return f"zone {za.group(1)} does not match the offset of published_local"
    if "Kyiv time" in s and str(local.tzinfo) != "Europe/Kyiv":
        return "stamp says Kyiv time"
    if dates:
        if any(d != local.date() for d, _ in dates):
            return "date inside the stamp differs from published_local"
    elif not local_date_printed(local.date(), text, raw):
        return "local date of an undated stamp is printed nowhere on the page"
    if parse_date and not dates and local.date() != parse_date:
        return "undated stamp on a parse_args page but not on the parse_args day"
    return None


def feed_items(raw):
    """RSS/Atom items re-read with an XML parser: [(title, instant, author, paragraphs)]."""
    root = ET.fromstring(raw)
    out = []
    dc = "{http://purl.org/dc/elements/1.1/}"
    if root.tag == "rss":
        for it in root.iter("item"):
            body = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or it.findtext("description") or ""
            paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)]
            paras = [p for p in paras if p and not p.startswith("The post ")]
            out.append((it.findtext("title"), parsedate_to_datetime(it.findtext("pubDate")), it.findtext(dc + "creator"), paras))
    else:
        A = "{http://www.w3.org/2005/Atom}"
        for en in root.iter(A + "entry"):
            body = en.findtext(A + "content") or ""
            paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)]
            out.append((en.findtext(A + "title"), datetime.fromisoformat(en.findtext(A + "published")),
                        en.findtext(A + "author/" + A + "name"), paras))
    return out


def ld_nodes(raw):
    nodes = []
    for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        data = json.loads(m.group(1))
        stack = [data]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack += n
            elif isinstance(n, dict):
                nodes.append(n)
                stack += [v for k, v in n.items() if k == "@graph"]
    return nodes


def types_of(n):
    t = n.get("@type", [])
    return set(t if isinstance(t, list) else [t])


def shingles(text, n=8):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


golds = {}
seed_text = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"47\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(raw, ext); seed_text[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    pa = g.get("parse_args")
    parse_date = None
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            parse_date = date.fromisoformat(pa[1])
    if not find_dates(text) and not pa:
        err(sid, "page prints no full date (no year) but has no parse_args")
    if pa and find_dates(text):
        err(sid, "parse_args given although the page prints a full date")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    zone = ZoneInfo(g["page_timezone"])
    if not isinstance(g["not_entries"], list) or not g["not_entries"]:
        err(sid, "not_entries must be a non-empty list")

    # Key Points block (bullets right under a 'Key Points' line)
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                m = re.match(r"^[-\u2022*]\s*(.+)$", l2)
                if not m:
                    break
                kp_heads.append(m.group(1))
            break

    # <time datetime> elements, in document order
    times = [(datetime.fromisoformat(a.replace("Z", "+00:00")), html.unescape(t).strip())
             for a, t in re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>(.*?)</time>', raw)]
    ents = g["entries"]
    if times and len(times) == len(ents):
        for (inst, txt), e in zip(times, ents):
            if e["published"] and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != inst:
                err(e["id"], "published differs from its <time datetime>", inst.isoformat())
    elif len(times) == 1 and all(e["stamp"] is None for e in ents):
        for e in ents:
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != times[0][0]:
                err(e["id"], "published differs from the article's <time datetime>")
    elif times:
        err(sid, "time elements do not line up with entries", len(times), len(ents))

    # JSON-LD
    for n in ld_nodes(raw):
        if "LiveBlogPosting" in types_of(n):
            ups = n.get("liveBlogUpdate") or []
            ups = ups if isinstance(ups, list) else [ups]
            if not ups:
                continue
            vals = {u.get("datePublished") for u in ups}
            if len(vals) == 1 and len(ups) > 1:
                page_dt = datetime.fromisoformat(vals.pop())
                if all(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) == page_dt for e in ents):
                    err(sid, "gold copies the page-level JSON-LD time into every entry")
                if "JSON-LD" not in g["notes"]:
                    err(sid, "page-level JSON-LD times must be explained in notes")
                continue
            by_head = {u.get("headline"): u for u in ups}
            for e in ents:
                u = by_head.get(e["headline"])
                if u is None:
                    err(e["id"], "no JSON-LD update with this headline"); continue
                if datetime.fromisoformat(u["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "JSON-LD update time differs")
                a = (u.get("author") or {}).get("name")
                if a != e["author"]:
                    err(e["id"], "JSON-LD author differs", a)
        if "NewsArticle" in types_of(n) and n.get("datePublished"):
            inst = datetime.fromisoformat(n["datePublished"])
            if any(e["stamp"] is None and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != inst for e in ents):
                err(sid, "article sections must take the NewsArticle datePublished")

    # feeds: re-read every item
    if ext == ".xml":
        items = feed_items(raw)
        if len(items) != len(ents):
            err(sid, "feed has", len(items), "items but gold has", len(ents), "entries")
        for (title, inst, author, paras), e in zip(items, ents):
            if title != e["headline"]:
                err(e["id"], "feed title differs from headline", title)
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != inst:
                err(e["id"], "feed date differs")
            if (author or None) != e["author"]:
                err(e["id"], "feed author differs", author)
            if len(paras) != e["body_paragraphs"]:
                err(e["id"], "body_paragraphs", e["body_paragraphs"], "but the feed item has", len(paras))
            if paras and e["first_sentence"] and not paras[0].startswith(e["first_sentence"]):
                err(e["id"], "first_sentence does not open the feed item's body")

    ids = []
    pos = -1
    for e in ents:
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) or (e["stamp"] and l.startswith(e["stamp"] + " " + fs)) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: anchor on the body's first line, else the headline line, else the stamp
        anchor = None
        for j in range(pos + 1, len(lines)):
            l = lines[j]
            if (fs and (l.startswith(fs) or (e["stamp"] and l.startswith(e["stamp"] + " " + fs)))) or \
               (not fs and e["headline"] and (l == e["headline"] or l.endswith(" " + e["headline"]))) or \
               (not fs and not e["headline"] and e["stamp"] and l.startswith(e["stamp"])):
                anchor = j; break
        if anchor is None:
            err(eid, "entry not found after the previous one: entries must be in page order")
        else:
            pos = anchor
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, parse_date)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            hhmm = f"{local:%H:%M}"
            if not (re.search(r"\b" + hhmm + r"\b", text) and local_date_printed(local.date(), text, raw)) and local.isoformat() not in raw:
                err(eid, "no stamp, and neither a printed dateline nor a machine-readable time gives", local.isoformat())
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/importance 1, notes 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["first_sentence"] != fs or orig["published"] >= e["published"]:
                err(eid, "duplicate must share story and first sentence, be later and importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        if e["importance"] == 3 and e["topic"] == "other" and e["subtopic"] == "unrelated":
            err(eid, "off-beat entry cannot be importance 3")
        ids.append(eid)
    if kp_heads:
        for h in kp_heads:
            if not any(e["headline"] == h and e["key_point"] for e in ents):
                err(sid, "Key Points bullet without a key_point entry:", h)

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
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

# ---------------------------------------------------------------- Part B
reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
reserved_words = {w for r in reserved for w in r.split() if len(w) > 3 and w not in {"news", "times", "daily", "post", "review", "report", "live",
                                                                                        "world", "service", "journal", "bulletin", "gazette", "herald", "observer",
                                                                                        "chronicle", "ledger", "dispatch", "courier", "wire", "standard", "tribune", "evening"}}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.split()[0].lower() in reserved_words:
            err(sid, "invented outlet name clashes with the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off * 2 >= len(g["entries"]) and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if d[5:7] not in ("05", "07", "11"):
        err(day, "Part B days must be in May, July or November")
    if not 18 <= n <= 30 or not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(srcs), exts)
    if not world:
        err(day, "no general world feed with the war as a minority")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # must-not-merge pairs (listed in README): different stories; same place named in both texts, or same primary topic
    byid = {e["id"]: e for e in ents}
    for a, b, why in MUST_NOT_MERGE[day]:
        ea, eb = byid.get(a), byid.get(b)
        if not ea or not eb:
            err(day, "must-not-merge pair names a missing entry", a, b); continue
        if ea["story"] == eb["story"]:
            err(day, "must-not-merge pair shares a story", a, b)
        ta = " ".join(filter(None, [ea["headline"], ea["first_sentence"]])); tb = " ".join(filter(None, [eb["headline"], eb["first_sentence"]]))
        if why.startswith("place:"):
            if why[6:] not in ta or why[6:] not in tb:
                err(day, "must-not-merge pair does not name the same place", a, b, why)
        elif ea["topic"] != eb["topic"]:
            err(day, "must-not-merge theme pair must share the primary topic", a, b)
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs(date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])) <= timedelta(days=1):
    err("day 3 must be a separate day")

forbidden = set(open(FORBIDDEN_FILE).read().split()) if os.path.exists(FORBIDDEN_FILE) else FORBIDDEN_2024
for d, who in seen.items():
    if d in forbidden or d[:4] != "2024":
        err(who, "date not allowed", d)

# ---------------------------------------------------------------- own words: no 8-word run shared with the shared seeds or eval/ap's table
others = ""
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(os.path.dirname(ROOT), "ap", "tools", "build.py")]:
    if os.path.exists(p):
        others += "\n" + open(p, encoding="utf-8", errors="replace").read()
if others:
    theirs = shingles(others)
    for sid, t in seed_text.items():
        common = shingles(t) & theirs
        if common:
            err(sid, "shares 8-word runs with other material:", sorted(common)[:2])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
