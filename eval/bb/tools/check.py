#!/usr/bin/env python3
"""Independent checker for eval/bb: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/bb/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("5500", "NT News", "Australia/Darwin"), ("5501", "Plymouth Herald", "Europe/London"), ("5502", "The Dallas Morning News", "America/Chicago"),
          ("5503", "The Atlanta Journal-Constitution", "America/New_York"), ("5504", "The Charlotte Observer", "America/New_York"),
          ("5505", "Tulsa World", "America/Chicago"), ("5506", "Galway Advertiser", "Europe/Dublin"), ("5507", "Moldpres", "Europe/Chisinau"),
          ("5508", "Pulse Nigeria", "Africa/Lagos"), ("5509", "Cairns Post", "Australia/Brisbane")]
DAYS = {"day1": ["5520", "5521", "5522", "5523", "5524"], "day2": ["5530", "5531", "5532", "5533"], "day3": ["5540", "5541", "5542", "5543"]}
# pairs that must stay apart (same place or same theme, different events); checked: same UTC day, different stories
MUST_NOT_MERGE = [("5521-01", "5521-02"), ("5521-04", "5521-03"), ("5520-03", "5520-04"), ("5524-03", "5524-02"), ("5520-03", "5524-03"),
                  ("5531-02", "5531-01"), ("5530-04", "5530-05"), ("5530-06", "5530-01"), ("5531-07", "5533-05"),
                  ("5542-01", "5542-02"), ("5540-02", "5540-03"), ("5541-02", "5541-03"), ("5543-03", "5543-01"), ("5541-07", "5542-01")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBREV = ("Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "U.S.", "U.N.", "U.K.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.")
US_ABBR = {"EDT": -4, "EST": -5, "CDT": -5, "CST": -6}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def mon(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
            return i + 1
    return None


def visible(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom type="html"
    return t


def jsonld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        out.append(json.loads(m.group(1)))
    return out


def parse_stamp(s, zone, year):
    """Reads a printed stamp on its own. Returns ('full', aware datetime) or ('time', (h, m), abbr or None) or None."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return ("full", datetime.fromisoformat(s.replace("Z", "+00:00")))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return ("full", parsedate_to_datetime(s))
    m = re.fullmatch(r"(\d{1,2}):(\d\d) (AM|PM) on ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) ([A-Z]{3})", s)
    if m and m.group(7) in US_ABBR:
        h = int(m.group(1)) % 12 + (12 if m.group(3) == "PM" else 0)
        tz = timezone(timedelta(hours=US_ABBR[m.group(7)]))
        d = datetime(int(m.group(6)), mon(m.group(4)), int(m.group(5)), h, int(m.group(2)), tzinfo=tz)
        if d.astimezone(ZoneInfo(zone)).tzname() != m.group(7):
            return None
        return ("full", d)
    m = re.fullmatch(r"([A-Z][a-z]+), (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)", s)
    if m:
        d = datetime(int(m.group(4)), mon(m.group(3)), int(m.group(2)), int(m.group(5)), int(m.group(6)), tzinfo=ZoneInfo(zone))
        if WEEKDAYS[d.weekday()] != m.group(1).lower():
            return None
        return ("full", d)
    m = re.fullmatch(r"(\d\d) ([A-Z][a-z]+), (\d\d):(\d\d)", s)
    if m and year:
        return ("full", datetime(year, mon(m.group(2)), int(m.group(1)), int(m.group(3)), int(m.group(4)), tzinfo=ZoneInfo(zone)))
    m = re.fullmatch(r"(\d\d):(\d\d) (BST|GMT|EEST|EET|CEST|CET)", s)
    if m:
        return ("time", (int(m.group(1)), int(m.group(2))), m.group(3))
    m = re.fullmatch(r"(\d{1,2})[.:](\d\d) ?(am|pm|a\.m\.|p\.m\.)?", s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if not 1 <= h <= 12:
                return None
            h = h % 12 + (12 if m.group(3).startswith("p") else 0)
        return ("time", (h, mi), None)
    return None


def printed_dates(text, year):
    """All calendar dates printed on the page in any of the forms used (year may come from parse_args)."""
    out = set()
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})", text):
        if mon(m.group(2)):
            out.add((int(m.group(3)), mon(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})", text):
        if mon(m.group(1)):
            out.add((int(m.group(3)), mon(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if year:
        for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b", text):
            if mon(m.group(2)):
                out.add((year, mon(m.group(2)), int(m.group(1))))
        for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", text):
            if mon(m.group(1)):
                out.add((year, mon(m.group(1)), int(m.group(2))))
    return out


def printed_datetimes(text, zone):
    """Full date+time lines printed in the page (header lines, datelines), as aware datetimes in the page zone."""
    z = ZoneInfo(zone); out = []
    for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4}) - (\d{1,2}):(\d\d)(AM|PM)", text):
        if mon(m.group(1)):
            h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
            out.append(datetime(int(m.group(3)), mon(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=z))
    for m in re.finditer(r"\b(\d\d):(\d\d), (\d{1,2}) ([A-Z]{3}) (\d{4})", text):
        out.append(datetime(int(m.group(5)), mon(m.group(4)), int(m.group(3)), int(m.group(1)), int(m.group(2)), tzinfo=z))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)", text):
        if mon(m.group(2)):
            out.append(datetime(int(m.group(3)), mon(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z))
    for m in re.finditer(r"Stand: (\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d) Uhr", text):
        out.append(datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z))
    return out


def sentence_ok(fs, line_rest):
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end a sentence"
    if fs.endswith(ABBREV):
        return "ends at an abbreviation, not a sentence end"
    if line_rest and not re.match(r"\s+[A-Z0-9\"'\u201c\u2018]", line_rest):
        return "is followed by text that does not start a new sentence"
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[A-Z0-9\"\u201c\u2018])", fs):
        if not fs[:m.end()].endswith(ABBREV):
            return "contains an earlier sentence end"
    return None


def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


forbidden = set()
if os.path.exists("/tmp/blind-bb-forbidden-days.txt"):
    forbidden = {l.strip() for l in open("/tmp/blind-bb-forbidden-days.txt") if l.strip()}
else:
    err("forbidden-days list not found; date check incomplete")
reserved = set()
if os.path.exists("/tmp/blind-bb-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bb-reserved-outlets.txt") if l.strip()}
shared = set()
for p in glob.glob("/work/shared/seeds/*"):
    shared |= shingles(open(p, encoding="utf-8", errors="replace").read())

golds = {}; allents = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); sid = os.path.basename(gp)[:4]; golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"]); ext = os.path.splitext(g["seed"])[1]
    if not os.path.exists(sp):
        err(sid, "seed file missing"); continue
    if not re.fullmatch(r"55\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(sid, "gold name must be the seed stem + .json")
    raw = open(sp, encoding="utf-8").read(); text = visible(raw, ext); lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]; Z = ZoneInfo(zone)
    year = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year = int(pa[1][:4])
            if "2022" in raw:
                err(sid, "parse_args given although the page prints a year")
    elif "2022" not in raw:
        err(sid, "page prints no year but has no parse_args")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    common = shingles(text) & shared
    if common:
        err(sid, "shares an 8-word run with ../shared/seeds:", sorted(common)[0])

    # Key Points / KEY EVENTS block: the headlines listed right under it
    kp_listed = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_listed = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_listed.append(l2)
                else:
                    break
            break

    ids = []; pos = 0; seq = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-order id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        anchor = None
        if fs is not None:
            found = False
            for l in lines:
                for pre in ("", (e["stamp"] or "\x00") + " \u2014 "):
                    if l.startswith(pre + fs):
                        why = sentence_ok(fs, l[len(pre + fs):])
                        if why:
                            err(eid, "first_sentence", why, ":", fs[:60])
                        found = True
            if not found:
                err(eid, "first_sentence does not open a text line (or follow its stamp):", fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "body but body_paragraphs < 1")
            anchor = fs
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
            anchor = e["headline"]
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry's anchor appears after the previous one's
        p = text.find(anchor, pos) if anchor else -1
        if p < 0:
            err(eid, "entry text not found after the previous entry (page order)")
        else:
            pos = p + 1
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=Z)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        st = e["stamp"]
        if st is not None:
            r = parse_stamp(st, zone, year)
            if r is None:
                err(eid, "unreadable stamp", repr(st))
            elif r[0] == "full":
                if r[1] != local:
                    err(eid, "stamp", repr(st), "reads as", r[1].isoformat(), "not", local.isoformat())
            else:
                if r[1] != (local.hour, local.minute):
                    err(eid, "stamp", repr(st), "time differs from", local.strftime("%H:%M"))
                if r[2] and local.tzname() != r[2]:
                    err(eid, "stamp zone", r[2], "!=", local.tzname())
                seq.append((eid, local, p))
        else:
            ok = any(d == local for d in printed_datetimes(text, zone))
            ok = ok or any(datetime.fromisoformat(x.replace("Z", "+00:00")) == local for x in re.findall(r'<time datetime="([^"]+)"', raw))
            if not ok:
                err(eid, "no stamp and no printed dateline/datetime equals published")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offb = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offb or (offb and (e["topic"] != "other" or e["importance"] != 1)):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
        if kp_listed is not None and (e["headline"] in kp_listed) != e["key_point"]:
            err(eid, "key_point disagrees with the page's Key Points/KEY EVENTS block")
        if kp_listed is None and e["key_point"]:
            err(eid, "key_point true but the page has no Key Points block")
        if e["key_point"] and e["importance"] != 3:
            err(eid, "Key Points entries are importance 3")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); allents[eid] = dict(e, _seed=sid)

    # undated stamps: the date must come from the page (date printed, day subheads, midnight turns, header bounds)
    if seq:
        yrs = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}
        dyear = year or (min(yrs) if len(yrs) == 1 else None)
        dates = printed_dates(text, dyear)
        subheads = [(mm.start(), datetime(year or 2022, mon(mm.group(2)), int(mm.group(3))).date())
                    for mm in re.finditer(r"(?m)^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+\.?) (\d{1,2})$", text)]
        if subheads and not year:
            yrs = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}
            if len(yrs) == 1:
                y = yrs.pop(); subheads = [(a, b.replace(year=y)) for a, b in subheads]
        for eid, local, p in seq:
            if (local.year, local.month, local.day) not in dates:
                err(eid, "local date of an undated stamp is printed nowhere on the page")
            if subheads:
                before = [d for a, d in subheads if a < p]
                if not before or before[-1] != local.date():
                    err(eid, "local date differs from the day subhead above it")
        tl = [x[1] for x in seq]
        inc = all(a <= b for a, b in zip(tl, tl[1:])); dec = all(a >= b for a, b in zip(tl, tl[1:]))
        if not (inc or dec):
            err(sid, "undated stamps are not in one time order")
        for (e1, a, _), (e2, b, _) in zip(seq, seq[1:]):
            wrap = (a.time() < b.time()) if dec else (a.time() > b.time())
            if (a.date() != b.date()) != wrap:
                err(e2, "date change without a midnight turn (or a turn without a date change)")
        bounds = printed_datetimes(text, zone)
        if len(bounds) >= 2 and not subheads:
            lo, hi = min(bounds), max(bounds)
            if min(tl) < lo or max(tl) > hi:
                err(sid, "undated entries fall outside the page's printed first/updated times")

    # JSON-LD cross-checks
    for ld in jsonld(raw):
        nodes = ld.get("@graph", [ld])
        for nd in nodes:
            t = nd.get("@type"); t = t if isinstance(t, list) else [t]
            if "LiveBlogPosting" not in t:
                continue
            ups = nd.get("liveBlogUpdate", [])
            ups = ups if isinstance(ups, list) else [ups]
            per_entry = len({u.get("datePublished") for u in ups}) > 1
            for u in ups:
                ge = next((x for x in g["entries"] if x["headline"] == html.unescape(u.get("headline", ""))), None)
                if per_entry and ge is None:
                    err(sid, "JSON-LD update headline matches no entry:", u.get("headline", "")[:50])
                if per_entry and ge and datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) != datetime.fromisoformat(ge["published"].replace("Z", "+00:00")):
                    err(ge["id"], "JSON-LD update time disagrees")
            if ups and not per_entry and "NOT used" not in " ".join(x["published_basis"] for x in g["entries"]):
                err(sid, "JSON-LD updates all carry one time; the gold must say it does not use them")

    # feeds: body_paragraphs against the item's markup
    if ext == ".xml":
        blocks = re.split(r"<(?:item|entry)\b", raw)[1:]
        if len(blocks) != len(g["entries"]):
            err(sid, "feed items", len(blocks), "!= entries", len(g["entries"]))
        for b, e in zip(blocks, g["entries"]):
            body = re.search(r"<content:encoded>(.*?)</content:encoded>", b, re.S) or re.search(r"<content[^>]*>(.*?)</content>", b, re.S) \
                or re.search(r"<description>(.*?)</description>", b, re.S) or re.search(r"<summary[^>]*>(.*?)</summary>", b, re.S)
            inner = html.unescape(body.group(1)) if body else ""
            n = max(1, len(re.findall(r"<p>", inner))) if inner.strip() else 0
            if n != e["body_paragraphs"]:
                err(e["id"], "body_paragraphs", e["body_paragraphs"], "but the item has", n)
            if e["headline"] and html.unescape(re.search(r"<title>(.*?)</title>", b, re.S).group(1)) != e["headline"]:
                err(e["id"], "headline is not the item's title")

# ------------------------------------------------------------ Part A
seen_days = {}
fmts = defaultdict(int)
for sid, outlet, zone in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet or g["page_timezone"] != zone:
        err(sid, "source/zone should be", outlet, zone)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if not any(g.get("parse_args") for s, g in golds.items() if s < "5510"):
    err("Part A has no page without a year")

# ------------------------------------------------------------ Part B
day_date = {}; dayents = {}
partb_names = set()
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); exts = set(); worlds = 0
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src.split()[0].lower() in {r.split()[0] for r in reserved}:
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if src in {o for _, o, _ in PART_A} or src in partb_names:
            err(sid, "outlet name reused")
        partb_names.add(src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]):
            worlds += 1
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10])
    ents = [e for s in sids for e in golds[s]["entries"]]; dayents[day] = ents
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= len(ents) <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", len(ents), len(sids), exts)
    if worlds < 1:
        err(day, "no general world-news feed with about 4 of 6 items off-beat")
    if not any(len(v) >= 3 for k, v in stories.items() if not any(e["subtopic"] == "unrelated" for e in ents if e["story"] == k)):
        err(day, "no war story told by 3+ sources")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost \
                and e["subtopic"] != "unrelated" and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
for a, b in MUST_NOT_MERGE:
    ea, eb = allents.get(a), allents.get(b)
    if not ea or not eb:
        err("must-not-merge pair missing", a, b); continue
    if ea["story"] == eb["story"] or ea["published"][:10] != eb["published"][:10]:
        err("must-not-merge pair", a, b, "shares a story or a day")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = {e["id"]: e for e in dayents["day1"]}
    reps = [e for e in dayents["day2"] if "re-post of day-1" in (e["notes"] or "").lower()]
    if not reps:
        err("day 2 has no re-post of a day-1 entry")
    for e in reps:
        m = re.search(r"re-post of day-1 entry (\d{4}-\d\d)", e["notes"], re.I)
        o = d1.get(m.group(1)) if m else None
        if not o or o["headline"] != e["headline"] or o["story"] != e["story"] or e["importance"] != 1:
            err(e["id"], "re-post must name a day-1 entry, repeat its headline, keep its story, importance 1")
    cont = [e for e in dayents["day2"] if e["first_sentence"] and e not in reps and e["subtopic"] != "unrelated"
            and e["story"] in {x["story"] for x in d1.values()}]
    if not cont:
        err("day 2 continues no day-1 war story")
for d, who in seen_days.items():
    if d in forbidden or not d.startswith("2022-") or d[5:7] not in ("09", "10", "11"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days {sorted((d, w) for d, w in seen_days.items() if not w.startswith('day'))}")
