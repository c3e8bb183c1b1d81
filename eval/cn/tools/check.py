#!/usr/bin/env python3
"""Independent checker for eval/cn: re-reads the seed files (text, HTML, JSON-LD, RSS/Atom) and verifies the gold files
against them. It shares no code with build.py. Usage (from the project root): python3 eval/cn/tools/check.py
Prints OK (with a summary) or the list of problems."""
import difflib, glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("9300", "The Daily Courier"), ("9301", "Sierra Vista Herald"), ("9302", "Casa Grande Dispatch"), ("9303", "Today's News-Herald"),
          ("9304", "Kingman Daily Miner"), ("9305", "White Mountain Independent"), ("9306", "Santa Fe New Mexican"), ("9307", "Nogales International"),
          ("9308", "Green Valley News"), ("9309", "Payson Roundup")]
# zone of each Part A outlet's home (used when a page prints no zone); 9301 states Kyiv time on the page itself
HOME_ZONE = {"9300": "America/Phoenix", "9302": "America/Phoenix", "9303": "America/Phoenix", "9304": "America/Phoenix", "9305": "America/Phoenix",
             "9306": "America/Denver", "9307": "America/Phoenix", "9308": "America/Phoenix", "9309": "America/Phoenix"}
DAYS = {"day1": ["9320", "9321", "9322", "9323", "9324"], "day2": ["9330", "9331", "9332", "9333", "9334"],
        "day3": ["9340", "9341", "9342", "9343", "9344"]}
# the day's story told by 3+ sources must show these spellings and a growing toll
MAIN_STORY = {"day1": ("zaporizhzhia-missile-strike-2025-08-13", ["Zaporizhzhia", "Zaporozhye", "Zaporizhia"]),
              "day2": ("dnipro-drone-strike-2025-08-14", ["Dnipro", "Dnepr"]),
              "day3": ("kharkiv-drone-strike-2025-04-21", ["Kharkiv", "Kharkov"])}
# must-not-merge pairs: (entry, entry, what they share)
MUST_NOT_MERGE = [("9320-07", "9321-03", "Zaporizhzhia"), ("9320-04", "9323-03", "sanctions"), ("9321-01", "9321-02", "drone"),
                  ("9320-05", "9320-01", "Alaska"), ("9330-05", "9331-02", "Dnipro"), ("9330-02", "9331-07", "prisoner"),
                  ("9333-04", "9333-02", "prisoner"), ("9330-04", "9331-01", "Zaporizhzhia"), ("9341-03", "9341-04", "Kharkiv"),
                  ("9340-06", "9340-03", "truce"), ("9341-01", "9341-03", "drone"), ("9306-06", "9306-02", "Kharkiv"),
                  ("9300-07", "9300-01", "gas")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR_OFFSET = {"GMT": 0, "UTC": 0, "BST": 60, "CEST": 120, "CET": 60, "EEST": 180, "EET": 120, "MST": -420, "MDT": -360, "EDT": -240}
NUMW = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "second": 2, "third": 3,
        "fourth": 4, "fifth": 5}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def raw_of(p):
    return open(p, encoding="utf-8").read()


def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    if path.endswith(".xml"):  # escaped HTML inside Atom/RSS content
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def month_no(s):
    s = s.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if s == m or (len(s) >= 3 and m.startswith(s)) or (s == "sept" and i == 8):
            return i + 1
    return None


def parse_clock(s):
    """first clock time in s -> (hour, minute) or None; accepts 10:55 a.m., 3:35 pm, 4.50pm, 19:15, 18h30"""
    m = re.search(r"(?<![\d])(\d{1,2})[:.h](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        pm = m.group(3).lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    return h, mi


DATE_PATS = [  # (regex, order) ; weekday optional
    (r"(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\s+(\d{1,2})(?:,\s*(\d{4}))?(?!\d)", "mdy"),
    (r"(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?", "dmy"),
    (r"()(\d{2})[./](\d{2})[./](\d{4})", "num"),
]


def date_mentions(text):
    """all printed dates: list of (pos, (year or None, month, day), weekday or None)"""
    out = []
    low = text.lower()
    for pat, order in DATE_PATS:
        for m in re.finditer(pat, low):
            if order == "mdy":
                mo = month_no(m.group(2)); d = int(m.group(3)); y = int(m.group(4)) if m.group(4) else None
            elif order == "dmy":
                d = int(m.group(2)); mo = month_no(m.group(3)); y = int(m.group(4)) if m.group(4) else None
            else:
                d = int(m.group(2)); mo = int(m.group(3)); y = int(m.group(4))
            if mo and 1 <= d <= 31:
                out.append((m.start(), (y, mo, d), m.group(1) or None))
    return sorted(out)


def check_weekdays(sid, text, year):
    for _, (y, mo, d), wd in date_mentions(text):
        yy = y or year
        if wd and yy:
            try:
                if WEEKDAYS[date(yy, mo, d).weekday()] != wd:
                    err(sid, f"printed weekday {wd} does not match {yy}-{mo:02d}-{d:02d}")
            except ValueError:
                err(sid, "impossible printed date", yy, mo, d)


def read_stamp(sid, stamp, local, text, pos, year):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hrs|hr) ago", s)
    if m:
        a = re.search(r"Updated: ([A-Z][a-z]+) (\d{1,2}), (\d{4}) @ (\d{1,2}):(\d\d) (am|pm)", text)
        if not a:
            return "relative stamp without a printed anchor"
        h = int(a.group(4)) % 12 + (12 if a.group(6) == "pm" else 0)
        ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), h, int(a.group(5)), tzinfo=local.tzinfo)
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published"
    hm = parse_clock(s)
    if not hm:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ABBR_OFFSET.items():
        if re.search(r"\b" + ab + r"\b", s) and local.utcoffset() != timedelta(minutes=off):
            return f"zone abbreviation {ab} does not match the page zone offset"
    inner = date_mentions(s)
    if inner:
        y, mo, d = inner[0][1]
        if (y or year, mo, d) != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        return None
    before = [dm for dm in date_mentions(text) if dm[0] < pos]
    if not before:
        return "undated stamp with no date printed before it"
    y, mo, d = before[-1][1]
    if (y or year, mo, d) != (local.year, local.month, local.day):
        return f"nearest date printed before the stamp is {y or year}-{mo:02d}-{d:02d}, not the local date"
    return None


def printed_time_forms(local):
    h12 = local.hour % 12 or 12
    ap = "a.m." if local.hour < 12 else "p.m."
    return [f"{local:%H:%M}", f"{local:%H}h{local:%M}", f"{h12}:{local:%M} {ap}", f"{h12}:{local:%M} {ap[0]}{ap[2]}", f"{h12}.{local:%M}{ap[0]}{ap[2]}"]


def feed_items(raw):
    """RSS/Atom items -> list of dicts(title, stamp, body_pars, author)"""
    root = ET.fromstring(raw)
    out = []
    A = "{http://www.w3.org/2005/Atom}"
    DC = "{http://purl.org/dc/elements/1.1/}"
    for it in root.iter("item"):
        desc = it.findtext("description") or ""
        pars = re.findall(r"<p>(.*?)</p>", desc, flags=re.S) or ([desc] if desc.strip() else [])
        out.append(dict(title=html.unescape(it.findtext("title")), stamp=it.findtext("pubDate"), pars=[html.unescape(p) for p in pars],
                        author=it.findtext(DC + "creator")))
    for en in root.iter(A + "entry"):
        c = en.find(A + "content")
        body = c.text if c is not None and c.text else ""
        pars = re.findall(r"<p>(.*?)</p>", body, flags=re.S)
        au = en.find(A + "author")
        out.append(dict(title=html.unescape(en.findtext(A + "title")), stamp=en.findtext(A + "published"), pars=[html.unescape(p) for p in pars],
                        author=au.findtext(A + "name") if au is not None else None))
    return out


def jsonld_nodes(raw):
    nodes = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        d = json.loads(m.group(1))
        stack = [d]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack += n
            elif isinstance(n, dict):
                nodes.append(n)
                stack += [v for v in n.values() if isinstance(v, (list, dict))]
    return nodes


def toll(e):
    t = ((e["headline"] or "") + " " + (e["first_sentence"] or "")).lower()
    best = None
    for m in re.finditer(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth)\b", t):
        ctx = t[max(0, m.start() - 45): m.end() + 45]
        if re.search(r"dead|killed|killing|kills|died|toll|body", ctx) and not re.search(r"injur|wound", t[m.end(): m.end() + 12]) \
                and not re.search(r"injur|wound", t[max(0, m.start() - 22): m.start()]):
            v = int(m.group(1)) if m.group(1).isdigit() else NUMW[m.group(1)]
            best = max(best or 0, v)
    return best


# ------------------------------------------------------------------ per page
golds = {}
FORBIDDEN = set(open("/tmp/blind-cn-forbidden-days.txt").read().split()) if os.path.exists("/tmp/blind-cn-forbidden-days.txt") else set()
RESERVED = {l.strip().lower() for l in open("/tmp/blind-cn-reserved-outlets.txt", encoding="utf-8")} if os.path.exists("/tmp/blind-cn-reserved-outlets.txt") else set()

for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"93\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    raw = raw_of(sp); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    if sid in HOME_ZONE and g["page_timezone"] != HOME_ZONE[sid]:
        err(sid, "page_timezone is not the outlet's home zone", g["page_timezone"])
    if sid == "9301" and "Kyiv time" not in text:
        err(sid, "Kyiv zone is not stated on the page")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    years = set(re.findall(r"\b(20\d\d)\b", raw))
    if not years:
        if not g.get("parse_args"):
            err(sid, "page names no year but has no parse_args")
        year = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    else:
        year = int(sorted(years)[-1])
        if g.get("parse_args"):
            err(sid, "parse_args on a page that prints a year")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif any(e["published_local"][:10] != pa[1] for e in g["entries"]):
            err(sid, "parse_args date is not every entry's printed local day")
    check_weekdays(sid, text, year)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # Key Points block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    feed = feed_items(raw) if sp.endswith(".xml") else None
    ld = jsonld_nodes(raw) if sp.endswith(".html") else []
    ld_updates = [n for n in ld if n.get("@type") == "BlogPosting"]
    if ld_updates and len({u.get("datePublished") for u in ld_updates}) == 1 and len(ld_updates) > 1:
        if "JSON-LD" not in g["notes"]:
            err(sid, "JSON-LD updates share one time: notes must warn")
        ld_updates = []  # untrustworthy: do not compare
    time_attrs = defaultdict(list)  # visible text -> [datetime attribute, ...] in page order
    for m in re.finditer(r'<time datetime="([^"]+)"[^>]*>([^<]+)</time>', raw):
        time_attrs[html.unescape(m.group(2)).strip()].append(m.group(1))
    ids = []; pos = 0; order_pos = -1
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: headline (or first sentence) must appear after the previous entry's anchor
        anchor = e["headline"] or e["first_sentence"]
        p = text.find(anchor, order_pos + 1)
        if p < 0:
            err(eid, "entry anchor not found after the previous entry (page order)")
        else:
            order_pos = p
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(len(l) == len(fs) or l[len(fs)] == " " for l in hit):
                err(eid, "first_sentence stops inside a word")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gov|Gen|Mr|Dr|Jan|Aug)\.$", fs):
                err(eid, "first_sentence cut at an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            sp_pos = text.find(e["stamp"], pos)
            if sp_pos < 0:
                sp_pos = text.find(e["stamp"])
            why = read_stamp(sid, e["stamp"], local, text, sp_pos, year)
            attrs = time_attrs.get(e["stamp"])
            if attrs:  # HTML: the element's own datetime attribute is read as well
                a = attrs.pop(0)
                if datetime.fromisoformat(a.replace("Z", "+00:00")) != local:
                    err(eid, "<time datetime> attribute disagrees with published")
                elif why and why.startswith("undated stamp"):
                    why = None  # date given only by the attribute (no visible date on the page)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            pos = max(pos, sp_pos + 1)
        else:
            if not any(f in text for f in printed_time_forms(local)):
                err(eid, "no stamp and the dateline time is not printed")
            if feed is not None:
                err(eid, "feed entry without stamp")
        if feed is not None:
            cand = [it for it in feed if it["title"] == e["headline"]]
            if len(cand) != 1:
                err(eid, "feed item with this title not found once")
            else:
                it = cand[0]
                if it["stamp"] != e["stamp"]:
                    err(eid, "feed stamp element differs from gold stamp")
                if len(it["pars"]) != e["body_paragraphs"]:
                    err(eid, "feed body paragraphs", len(it["pars"]), "!=", e["body_paragraphs"])
                if fs and (not it["pars"] or not it["pars"][0].startswith(fs)):
                    err(eid, "first_sentence does not start the item's body")
                if it["author"] and e["author"] and e["author"] not in it["author"]:
                    err(eid, "author not in the feed's author element")
        if ld_updates and e["headline"]:
            lu = [u for u in ld_updates if u.get("headline") == e["headline"]]
            if lu and not any(datetime.fromisoformat(u["datePublished"]) == local for u in lu):
                err(eid, "JSON-LD update time disagrees")
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] >= e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and come later in time")
            elif orig["headline"] != e["headline"] or difflib.SequenceMatcher(None, orig["first_sentence"] or "", e["first_sentence"] or "").ratio() < 0.9:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # body paragraphs re-counted from the visible text (txt and html): lines from the first sentence to the next boundary
    if feed is None:
        TERM = re.compile(r"^(Read more.*|Share.*|Posted by .*|Advertisement|Ad|Comments.*|Copy link|Related.*|Reader Comments|Support local journalism.*|"
                          r"Enjoying our coverage.*|This timeline will be.*|We have closed.*|Show earlier updates|Load more.*|Noticias en Espa\u00f1ol|___|"
                          r"\u2014 .+|Tags|Breaking News|Sign up.*|Get .*newsletter.*|Lire aussi.*|Follow AP's coverage.*|Next|Topics:.*|Newest updates.*|"
                          r"Comments are closed.*|Read also|Get the Chronicle.*)$")
        heads = {x["headline"] for x in g["entries"] if x["headline"]} | {x["stamp"] for x in g["entries"] if x["stamp"]}
        cursor = 0
        for e in g["entries"]:
            if not e["first_sentence"]:
                continue
            start = next((i for i in range(cursor, len(lines)) if lines[i].startswith(e["first_sentence"])), None)
            if start is None:
                continue
            n = 0
            for l in lines[start:]:
                if not l:
                    continue
                if TERM.match(l) or l.startswith(g["source"]) or l in heads or (e["author"] and l == e["author"]) or re.fullmatch(r"\d{1,2}(:\d\d)?( a\.m\.| p\.m\.)", l):
                    break
                n += 1
            cursor = start + 1
            if n != e["body_paragraphs"]:
                err(e["id"], "body paragraphs re-counted", n, "!= gold", e["body_paragraphs"])
    # every visible stamp-like line belongs to an entry (no stamp left out) for the live/timeline text pages
    if sp.endswith(".txt"):
        stamp_lines = [l for l in lines if re.fullmatch(r"(\d{1,2}:\d\d( a\.m\.| p\.m\.)?|\d\d:\d\d BST( \| .+)?|Originally Published: .+|Posted: .+)", l)]
        gold_stamps = [e["stamp"] for e in g["entries"] if e["stamp"]]
        n_expected = len(gold_stamps) + (1 if sid == "9303" else 0)  # 9303: the article's own dateline line
        if len(stamp_lines) != n_expected:
            err(sid, "stamp-like lines", len(stamp_lines), "!= stamped entries", n_expected)

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
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

# ------------------------------------------------------------------ Part B constraints
part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); worlds = 0
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in RESERVED or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and len(g["entries"]) - off >= 1 and off / len(g["entries"]) >= 0.6:
            worlds += 1
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
    if worlds < 1:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    main, spellings = MAIN_STORY[day]
    if len(stories.get(main, ())) < 3:
        err(day, "main story not told by 3+ sources")
    mtext = " ".join((e["headline"] or "") + " " + (e["first_sentence"] or "") for e in ents if e["story"] == main)
    for sp_ in spellings:
        if not re.search(r"\b" + sp_ + r"\b", mtext):
            err(day, "main story lacks spelling", sp_)
    tolls = [(e["published"], toll(e)) for e in ents if e["story"] == main and e["first_sentence"] and toll(e)]
    tolls.sort()
    vals = [v for _, v in tolls]
    if len(vals) < 3 or vals != sorted(vals) or vals[0] >= vals[-1]:
        err(day, "main story toll does not grow during the day", tolls)
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser")
    themes = [e for e in ents if "theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"]]
    if not themes:
        err(day, "no theme piece")
    for t in themes:
        if sum(x["story"] == t["story"] for x in ents) != 1:
            err(t["id"], "theme piece must be its own story")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if e["importance"] == 3 and len(stories[e["story"]]) < 2 and e["first_sentence"] and not e["key_point"] and not e["notes"]:
            pass  # single-seed importance 3 is an editorial call (main development)
byid = {e["id"]: (sid, e) for sid, g in golds.items() for e in g["entries"]}
for a, b, shared in MUST_NOT_MERGE:
    if a not in byid or b not in byid:
        err("must-not-merge pair missing", a, b); continue
    ea, eb = byid[a][1], byid[b][1]
    if ea["story"] == eb["story"]:
        err("must-not-merge pair shares a story", a, b)
    if ea["published"][:10] != eb["published"][:10]:
        err("must-not-merge pair not on one day", a, b)
    both = [(x["headline"] or "") + " " + (x["first_sentence"] or "") + " " + x["story"] for x in (ea, eb)]
    if not all(shared.lower() in t.lower() for t in both) and not (ea["topic"] == eb["topic"]):
        err("must-not-merge pair shares neither the anchor nor the topic", a, b)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if len(set(day_date.values())) != 3:
    err("Part B days are not three distinct days")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ("01", "03", "04", "06", "08"):
        err(who, "date not allowed", d)
if not FORBIDDEN:
    err("forbidden-days list not found; dates unchecked")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.startswith('93'))}")
