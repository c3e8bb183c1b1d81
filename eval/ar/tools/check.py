#!/usr/bin/env python3
"""Independent checker for eval/ar: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is re-read from the page text on its own.
Usage (from the project root): python3 eval/ar/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
SINGLE = {"4500": "Daily Nation", "4501": "Sowetan", "4502": "Pajhwok Afghan News", "4503": "The Island", "4504": "ThePrint",
          "4505": "New Straits Times", "4506": "Japan Today", "4507": "Gibraltar Chronicle", "4508": "The Royal Gazette", "4509": "Digi24"}
DAYS = {"day1": ["4520", "4521", "4522", "4523", "4524"], "day2": ["4530", "4531", "4532", "4533", "4534"], "day3": ["4540", "4541", "4542", "4543", "4544"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"03", "04", "05", "08", "12"}
# 2022 days of /tmp/blind-ar-forbidden-days.txt (copied so the check still works when /tmp is cleaned); the file is re-read when present
FORBIDDEN = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-11 2022-03-16 2022-03-18 2022-03-22 2022-04-01 2022-04-05
2022-04-08 2022-04-13 2022-04-14 2022-04-20 2022-04-26 2022-04-28 2022-05-03 2022-05-05 2022-05-09 2022-05-10 2022-05-18 2022-05-20 2022-05-24 2022-05-27
2022-06-03 2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-07-03 2022-07-04
2022-07-07 2022-07-10 2022-07-12 2022-07-14 2022-07-15 2022-07-19 2022-07-22 2022-07-23 2022-07-28 2022-07-29 2022-08-03 2022-08-05 2022-08-09 2022-08-12
2022-08-16 2022-08-18 2022-08-23 2022-08-24 2022-08-31 2022-09-01 2022-09-07 2022-09-10 2022-09-11 2022-09-14 2022-09-16 2022-09-21 2022-09-22 2022-09-23
2022-09-27 2022-09-30 2022-10-05 2022-10-08 2022-10-10 2022-10-11 2022-10-12 2022-10-17 2022-10-18 2022-10-20 2022-10-26 2022-10-31 2022-11-04 2022-11-09
2022-11-15 2022-11-16 2022-11-17 2022-11-22 2022-11-23 2022-11-24 2022-11-28 2022-12-01 2022-12-05 2022-12-08 2022-12-12 2022-12-13 2022-12-16 2022-12-21
2022-12-29""".split())
if os.path.exists("/tmp/blind-ar-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-ar-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-ar-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-ar-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_LABELS = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "IST": 330, "JST": 540}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
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
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # HTML that was escaped inside feed elements
    return html.unescape(t)


def page_dates(text, year_hint):
    """Every calendar date printed on the page, in the forms these pages use (year from year_hint when the page prints none)."""
    out = set()
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):
        out.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Za-z]+)\.?(?:,? (\d{4}))?", text):
        mo = month_no(m.group(2)); y = int(m.group(3)) if m.group(3) else year_hint
        if mo and y:
            try:
                out.add(date(y, mo, int(m.group(1))))
            except ValueError:
                pass
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})", text):
        mo = month_no(m.group(1))
        if mo:
            out.add(date(int(m.group(3)), mo, int(m.group(2))))
    return out


def read_clock(s):
    m = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def read_stamp(s, zone, text, raw, year_hint):
    """Re-reads a printed date/time string on its own. Returns (aware datetime, None) or (None, reason)."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00")), None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s), None
    m = re.fullmatch(r"Published (\d+) (mins?|hours?) ago on (\d{4})/(\d\d)/(\d\d)", s)
    if m:
        a = re.search(r'datetime="([^"]+)">' + re.escape(s) + "<", raw)
        cap = re.search(r"Served from: \S+ @ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", raw)
        if not a or not cap:
            return None, "relative stamp without datetime attribute or capture time"
        d = datetime.fromisoformat(a.group(1))
        c = datetime.strptime(cap.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(zone))
        mins = int((c - d).total_seconds() // 60)
        n = int(m.group(1)); want = mins if m.group(2).startswith("min") else mins // 60
        if n != want or (m.group(2).startswith("min") and mins >= 60):
            return None, f"relative '{s}' does not agree with capture time ({mins} min)"
        if (int(m.group(3)), int(m.group(4)), int(m.group(5))) != (d.year, d.month, d.day):
            return None, "date part of the relative stamp differs from its datetime attribute"
        return d, None
    clock = read_clock(s)
    if not clock:
        return None, "no time in stamp"
    day = None
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", s)
    if m and month_no(m.group(2)):
        day = date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
    m = m or None
    if day is None:
        m = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b", s)
        if m and month_no(m.group(1)):
            day = date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    if day is None:
        m = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}) \d", s)
        if m and month_no(m.group(1)):
            if not year_hint:
                return None, "stamp without year on a page without parse_args"
            day = date(year_hint, month_no(m.group(1)), int(m.group(2)))
    if day is None:  # undated stamp: the page must print exactly one date, which is the stamp's date
        ds = page_dates(text, year_hint)
        if len(ds) != 1:
            return None, f"undated stamp but the page prints {len(ds)} dates: {sorted(ds)}"
        day = ds.pop()
    local = datetime(day.year, day.month, day.day, clock[0], clock[1], tzinfo=ZoneInfo(zone))
    lab = re.search(r"\b(GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST)\b", s)
    if lab and local.utcoffset() != timedelta(minutes=ZONE_LABELS[lab.group(1)]):
        return None, f"zone label {lab.group(1)} does not match {zone} on {day}"
    return local, None


def ld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except json.JSONDecodeError:
            err("invalid JSON-LD")
    return out


def feed_paragraphs(raw):
    """headline -> number of body paragraphs in an RSS/Atom item (sign-off initials and 'The post ... appeared first on' lines excluded)."""
    res = {}
    root = ET.fromstring(raw.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/"}
    items = root.findall(".//item") or root.findall(".//a:entry", ns)
    for it in items:
        title = it.findtext("title") or it.findtext("a:title", namespaces=ns)
        c = it.find("content:encoded", ns)
        if c is None:
            c = it.find("a:content", ns)
        if c is None:
            c = it.find("description")
        if c is None:
            res[html.unescape(title)] = 0; continue
        body = ET.tostring(c, encoding="unicode") if c.get("type") == "xhtml" else (c.text or "")
        paras = re.findall(r"<(?:\w+:)?p\b[^>]*>(.*?)</(?:\w+:)?p>", body, flags=re.S)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras]
        paras = [p for p in paras if p and not re.fullmatch(r"[a-z]{1,4}/[a-z]{1,4}", p) and not p.startswith("The post ")]
        res[html.unescape(title)] = len(paras)
    return res


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
    if not re.fullmatch(r"45\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]; ZoneInfo(zone)
    if sp.endswith(".xml"):
        ET.fromstring(raw.encode("utf-8"))  # feeds must be well-formed XML
    year_printed = "2022" in raw
    pa = g.get("parse_args")
    if not year_printed and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa and (pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]) or year_printed):
        err(sid, "parse_args malformed, or given although the page prints a year")
    year_hint = int(pa[1][:4]) if pa else None
    if pa and not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
        err(sid, "parse_args date is not a printed local day of the page")
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a whole line of the visible text")
    # Key Points block (text or HTML): the headlines listed right after a 'Key Points' line
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
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
    lds = ld_blocks(raw)
    fparas = feed_paragraphs(raw) if sp.endswith(".xml") else {}
    ids = []; last_pos = -1
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or non-consecutive id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and not any(l == e["headline"] or l == f"- {e['headline']} -" or (e["stamp"] and l == f"{e['stamp']} {e['headline']}") for l in lines):
            err(eid, "headline is not a line of its own (or '- X -' kicker / '[stamp] X' line)")
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(re.match(r"(\s+[A-Z0-9\"\u201c\u2018]|$)", l[len(fs):]) for l in hits):
                err(eid, "first_sentence is not a whole sentence of its line")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        if fparas and e["headline"] in fparas and fparas[e["headline"]] != e["body_paragraphs"]:
            err(eid, "body_paragraphs", e["body_paragraphs"], "but the feed item has", fparas[e["headline"]])
        # page order: the entry's first visible anchor must come after the previous entry's
        anchor = e["headline"] if e["headline"] is not None else fs
        pos = text.find(anchor, last_pos + 1)
        if pos < 0:
            err(eid, "entry is out of page order")
        else:
            last_pos = pos
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        src = e["stamp"] if e["stamp"] is not None else g.get("page_dateline")
        if src is None:
            err(eid, "no stamp and no page_dateline")
        else:
            if e["stamp"] is None and src not in text and src not in raw:
                err(eid, "page_dateline printed nowhere")
            got, why = read_stamp(src, zone, text, raw, year_hint)
            if why:
                err(eid, "stamp", repr(src), why)
            elif got != local:
                err(eid, "stamp", repr(src), "reads as", got.isoformat(), "not", local.isoformat())
            a = re.search(r'datetime="([^"]+)">' + re.escape(src) + "<", raw)
            if a and datetime.fromisoformat(a.group(1)) != local:
                err(eid, "<time datetime> attribute differs")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["headline"] != e["headline"]:
                err(eid, "duplicate must share story and headline and be importance 1")
            elif orig["published"] >= e["published"]:
                err(eid, "duplicate must be published after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # JSON-LD cross-checks
    for ld in lds:
        nodes = ld.get("@graph", [ld])
        for n in nodes:
            types = n.get("@type") if isinstance(n.get("@type"), list) else [n.get("@type")]
            ups = n.get("liveBlogUpdate") or []
            ups = ups if isinstance(ups, list) else [ups]
            if ups:
                times = {u.get("datePublished") for u in ups}
                if len(times) == 1 and len(ups) > 1:
                    if "JSON-LD" not in g["notes"]:
                        err(sid, "JSON-LD updates all share one time; the notes must say so")
                else:
                    for u in ups:
                        ent = next((x for x in g["entries"] if x["headline"] == u.get("headline") and
                                    datetime.fromisoformat(u["datePublished"]) == datetime.fromisoformat(x["published"].replace("Z", "+00:00"))), None)
                        if not ent:
                            err(sid, "JSON-LD update does not match an entry's headline and time:", u.get("headline"))
                        elif isinstance(u.get("author"), dict) and u["author"].get("name") != ent["author"]:
                            err(sid, "JSON-LD update author differs from gold author")
            if "NewsArticle" in types and all(x["stamp"] is None for x in g["entries"]):
                if any(datetime.fromisoformat(n["datePublished"]) != datetime.fromisoformat(x["published"].replace("Z", "+00:00")) for x in g["entries"]):
                    err(sid, "NewsArticle datePublished differs from the sections' published")

# ---------------------------------------------------------------- set-level rules
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

invented = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); worlds = 0
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        invented.add(src)
        if src.lower() in RESERVED:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "invented outlet reuses a Part A outlet")
        exts.add(os.path.splitext(g["seed"])[1] + ("-atom" if "<feed" in open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()[:300] else ""))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]):
            worlds += 1
            if not (len(g["entries"]) - off) >= 1 or off < len(g["entries"]) - 3:
                err(sid, "world feed should carry a minority of war items")
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len({x.split("-")[0] for x in exts}) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if worlds < 1:
        err(day, "no general world feed (majority off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["subtopic"] != "unrelated" for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if len(invented) != 15:
    err("Part B should use 15 distinct invented outlets, has", len(invented))
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a 're-post of day-1' note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2022" or d[5:7] not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
