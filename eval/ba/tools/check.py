#!/usr/bin/env python3
"""Independent checker for eval/ba: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is parsed again from the page text on its own.
Usage (from the project root): python3 eval/ba/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"5400": "Taranaki Daily News", "5401": "Townsville Bulletin", "5402": "The Oregonian", "5403": "The Kansas City Star",
          "5404": "The Courier", "5405": "Hürriyet Daily News", "5406": "The Arab Weekly", "5407": "Daily Post",
          "5408": "Luxemburger Wort", "5409": "Gulf Daily News"}
DAYS = {"day1": ["5420", "5421", "5422", "5423", "5424"], "day2": ["5430", "5431", "5432", "5433"], "day3": ["5440", "5441", "5442", "5443"]}
# must-not-merge pairs promised in README.md (day, story A, story B): both must exist that day and stay distinct
MUST_NOT_MERGE = [
    ("day1", "sumy-apartment-drone-strike-2024-03-09", "sumy-border-shelling-2024-03-09"),
    ("day1", "czech-ammunition-initiative-funding-2024-03", "denmark-funds-ukrainian-howitzers-2024-03"),
    ("day1", "czech-ammunition-initiative-funding-2024-03", "netherlands-drone-funding-2024-03-09"),
    ("day1", "analysis-ukraine-interceptor-shortage", "sumy-apartment-drone-strike-2024-03-09"),
    ("day2", "myrnohrad-glide-bomb-strike-2024-03-10", "pokrovsk-shelling-2024-03-10"),
    ("day2", "myrnohrad-glide-bomb-strike-2024-03-10", "explainer-glide-bombs"),
    ("day2", "drones-downed-near-moscow-2024-03-10", "belgorod-oil-depot-drone-2024-03-10"),
    ("day2", "overnight-shahed-attack-2024-03-10", "sumy-apartment-drone-strike-2024-03-09"),
    ("day3", "pokrovsk-missile-strike-2024-01-06", "kurakhove-shelling-2024-01-06"),
    ("day3", "belgorod-relocation-offer-2024-01-06", "belgorod-shelling-2024-01-06"),
    ("day3", "pokrovsk-missile-strike-2024-01-06", "zelensky-air-defence-appeal-2024-01-06"),
    ("day3", "pokrovsk-missile-strike-2024-01-06", "explainer-s300-ground-attack"),
]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-09 2024-01-11 2024-01-13 2024-01-15 2024-01-17 2024-01-19 2024-01-23
2024-01-24 2024-01-26 2024-01-28 2024-01-29 2024-01-30 2024-01-31 2024-02-01 2024-02-02 2024-02-05 2024-02-06 2024-02-07 2024-02-08 2024-02-10
2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-16 2024-02-17 2024-02-19 2024-02-20 2024-02-21 2024-02-22 2024-02-24 2024-02-25 2024-02-26
2024-02-27 2024-02-28 2024-02-29 2024-03-02 2024-03-04 2024-03-05 2024-03-06 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-15 2024-03-18
2024-03-19 2024-03-22 2024-03-24 2024-03-26 2024-03-27 2024-03-29 2024-03-31""".split())
if os.path.exists("/tmp/blind-ba-forbidden-days.txt"):
    FORBIDDEN |= {l.strip() for l in open("/tmp/blind-ba-forbidden-days.txt", encoding="utf-8") if l.strip()}
RESERVED = set()
if os.path.exists("/tmp/blind-ba-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-ba-reserved-outlets.txt", encoding="utf-8") if l.strip()}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
DE_MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DE_WEEKDAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
MON_RE = "(" + "|".join(m.capitalize() for m in MONTHS) + ")"
DAY_RE = "(" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for tab in (MONTHS, DE_MONTHS):
        for i, m in enumerate(tab):
            if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
                return i + 1
    return None


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


def jsonld_dates(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        def walk(o):
            if isinstance(o, dict):
                for k, v in o.items():
                    if k == "datePublished" and isinstance(v, str):
                        out.append(datetime.fromisoformat(v.replace("Z", "+00:00")))
                    walk(v)
            elif isinstance(o, list):
                for x in o:
                    walk(x)
        walk(json.loads(m.group(1)))
    meta = re.findall(r'<meta property="article:published_time" content="([^"]+)"', raw)
    out += [datetime.fromisoformat(x) for x in meta]
    return out


def day_headers(text, default_year):
    """All printed day headers in the page: (position, date)."""
    found = []
    pats = [
        (DAY_RE + r",? (\d{1,2}) " + MON_RE + r"(?: (\d{4}))?", lambda m: (m.group(4), month_no(m.group(3)), int(m.group(2)), m.group(1))),
        (DAY_RE + r", " + MON_RE + r" (\d{1,2})(?:, (\d{4}))?", lambda m: (m.group(4), month_no(m.group(2)), int(m.group(3)), m.group(1))),
        (r"(?<![A-Za-z])" + MON_RE + r" (\d{1,2}), (\d{4})", lambda m: (m.group(3), month_no(m.group(1)), int(m.group(2)), None)),
        (r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), (\d{1,2})\. ([A-Za-zä]+) (\d{4})", lambda m: (m.group(4), month_no(m.group(3)), int(m.group(2)), None)),
    ]
    for pat, get in pats:
        for m in re.finditer(pat, text):
            y, mo, d, wd = get(m)
            y = int(y) if y else default_year
            if y is None or mo is None:
                continue
            dd = datetime(y, mo, d)
            if wd and WEEKDAYS[dd.weekday()] != wd.lower():
                err("weekday in day header does not match the date:", m.group(0))
            found.append((m.start(), dd.date()))
    return sorted(found)


ZONE_ABBR = {"CET": {"CET"}, "CEST": {"CEST"}, "EET": {"EET"}, "GMT": {"GMT", "UTC"}, "ET": {"EST", "EDT"}, "CST": {"CST"}}


def reread_stamp(stamp, pos, ctx):
    """Re-reads one printed stamp on its own. Returns an aware datetime or a string (the reason it cannot be read)."""
    s = stamp.strip(); zone = ZoneInfo(ctx["zone"])
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s)
    m = re.fullmatch(MON_RE + r" (\d{1,2}) (\d{4}), (\d{1,2})\.(\d\d)(am|pm)", s)  # The Courier
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "pm" else 0)
        return datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=zone)
    m = re.fullmatch(r"(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}), (\d{1,2}):(\d\d) (a\.m\.|p\.m\.) ([A-Z]{2,4})", s)  # AP style
    if m:
        ys = re.findall(r"Updated " + MON_RE + r" \d\d, (\d{4})", ctx["text"])
        if not ys:
            return "AP-style stamp without a printed year"
        h = int(m.group(3)) % 12 + (12 if m.group(5) == "p.m." else 0)
        d = datetime(int(ys[0][1]), month_no(m.group(1)), int(m.group(2)), h, int(m.group(4)), tzinfo=zone)
        if d.tzname() not in ZONE_ABBR.get(m.group(6), {m.group(6)}):
            return f"zone abbreviation {m.group(6)} does not fit {d.tzname()}"
        return d
    m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) \| (\d{1,2}):(\d\d) (AM|PM)", s)  # GDN, no year
    if m:
        if not ctx["parse_year"]:
            return "year-less stamp but no parse_args"
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        d = datetime(ctx["parse_year"], month_no(m.group(3)), int(m.group(2)), h, int(m.group(5)), tzinfo=zone)
        if d.strftime("%a") != m.group(1):
            return "weekday does not match"
        return d
    # time-only forms: the date comes from the nearest day header printed above the stamp
    abbr = None
    m = re.fullmatch(r"(\d{1,2})\.(\d\d)(am|pm)", s)
    if m:
        h = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0); mi = int(m.group(2))
    else:
        m = re.fullmatch(r"(\d{1,2}):(\d\d) (a\.m\.|p\.m\.) (ET)", s)
        if m:
            h = int(m.group(1)) % 12 + (12 if m.group(3) == "p.m." else 0); mi = int(m.group(2)); abbr = m.group(4)
        else:
            m = re.fullmatch(r"(?:Posted )?(\d\d):(\d\d)(?: (CET|CEST|EET|GMT))?(?: \u00b7 .+)?", s) or re.fullmatch(r"(\d{1,2})h(\d\d)", s)
            if not m:
                return "unreadable stamp"
            h, mi = int(m.group(1)), int(m.group(2)); abbr = m.group(3) if m.lastindex and m.lastindex >= 3 else None
            if s.startswith("Posted"):
                zm = re.search(r"All times (CET|CEST|EET|GMT)", ctx["text"])
                abbr = zm.group(1) if zm else "missing"
    heads = [d for p, d in ctx["headers"] if p < pos]
    if not heads:
        return "no day header printed above an undated stamp"
    day = heads[-1]
    d = datetime(day.year, day.month, day.day, h, mi, tzinfo=zone)
    if abbr and d.tzname() not in ZONE_ABBR.get(abbr, {abbr}):
        return f"zone abbreviation {abbr} does not fit {d.tzname()}"
    return d


def datelines(text, raw, zone):
    """Page-level datelines an undated section may inherit."""
    z = ZoneInfo(zone); out = jsonld_dates(raw)
    for m in re.finditer(r"Published: (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) (a\.m\.|p\.m\.)", text):
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "p.m." else 0)
        out.append(datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=z))
    for m in re.finditer(r"(\d{1,2}) " + MON_RE + r" (\d{4})[,\s\u00b7]+(\d\d):(\d\d) ([A-Z]{3,4})", text):
        d = datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z)
        if d.tzname() in ZONE_ABBR.get(m.group(6), {m.group(6)}):
            out.append(d)
        else:
            err("dateline zone abbreviation does not fit:", m.group(0))
    return out


def words(s):
    return set(re.findall(r"[a-z0-9]+", (s or "").lower()))


def jacc(a, b):
    A, B = words(a), words(b)
    return len(A & B) / max(1, len(A | B))


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
    if not re.fullmatch(r"54\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]; ZoneInfo(zone)
    pa = g.get("parse_args")
    if not re.search(r"\b2024\b", text):
        if not pa:
            err(sid, "page prints no year but has no parse_args")
    elif pa:
        err(sid, "parse_args given although the page prints the year")
    parse_year = None
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            parse_year = int(pa[1][:4])
            if pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
                err(sid, "parse_args date is not a local day of any entry")
    ctx = {"zone": zone, "text": text, "parse_year": parse_year, "headers": day_headers(text, parse_year)}
    if pa and pa[1] not in {str(d) for _, d in ctx["headers"]}:
        err(sid, "parse_args date is not printed on the page as a day")
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a whole line of the visible text")
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
    dlines = datelines(text, raw, zone)
    ids = []; seq = []; cursor = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-order id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible text")
        fs = e["first_sentence"]
        anchor = None
        if fs is not None:
            hits = [i for i, l in enumerate(lines) if l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ")]
            if not hits:
                err(eid, "first_sentence does not start a text line at a sentence boundary:", fs[:60])
            else:
                anchor = hits[0]
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # local time / UTC
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC with Z"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            # the stamp occurrence that belongs to this entry: the first one at or after the previous entry's
            # anchor = this entry's headline (or first sentence) at/after the previous entry; take the stamp occurrence nearest to it
            key = e["headline"] or fs
            anchor_pos = text.find(key, cursor) if key else -1
            occ = [mm.start() for mm in re.finditer(re.escape(e["stamp"]), text)]
            if anchor_pos < 0 or not occ:
                err(eid, "cannot locate this entry's stamp next to its headline"); continue
            pos = min(occ, key=lambda p: abs(p - anchor_pos))
            if abs(pos - anchor_pos) > 400:
                err(eid, "stamp is not printed next to its entry")
            cursor = anchor_pos + 1
            got = reread_stamp(e["stamp"], pos, ctx)
            if isinstance(got, str):
                err(eid, "stamp", repr(e["stamp"]), got)
            elif got != pub:
                err(eid, "stamp", repr(e["stamp"]), "re-reads as", got.isoformat(), "not", e["published"])
            seq.append(pub)
        elif pub not in dlines:
            err(eid, "no stamp, and no printed dateline / JSON-LD datePublished gives", e["published"])
        # labels
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
        note = (e["notes"] or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or jacc(orig["first_sentence"], fs) < 0.8:
                err(eid, "duplicate must share the story, be importance 1 and repeat the text nearly verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block and key_point flags disagree")
    # page order must be consistently newest-first or oldest-first (catches wrong midnight / DST resolution)
    if len(seq) > 1 and not (all(a <= b for a, b in zip(seq, seq[1:])) or all(a >= b for a, b in zip(seq, seq[1:]))):
        err(sid, "stamped entries are not in a consistent time order")

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
partb = {s for v in DAYS.values() for s in v}
extra = set(golds) - set(PART_A) - partb
if extra:
    err("unexpected gold files", sorted(extra))
names = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in RESERVED or src in PART_A.values() or src in names:
            err(sid, "outlet name reserved, real or reused:", src)
        names.add(src)
        ext = os.path.splitext(g["seed"])[1]; exts.add(ext)
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if ext == ".xml" and len(g["entries"]) >= 5 and off >= len(g["entries"]) - 2 and off * 3 >= 2 * len(g["entries"]):
            world = True
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
    ents = [e for s in sids for e in golds[s]["entries"]]
    multi = [k for k, v in stories.items() if len(v) >= 3]
    if not multi:
        err(day, "no story told by 3+ sources")
    else:  # the 3+ source story must be told in different words, not copied
        texts = [e["first_sentence"] for e in ents if e["story"] in multi and e["first_sentence"]]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a = next(e for e in ents if e["first_sentence"] == texts[i]); b = next(e for e in ents if e["first_sentence"] == texts[j])
                if a["id"][:4] != b["id"][:4] and jacc(texts[i], texts[j]) > 0.6:
                    err(day, "cross-source tellings too similar:", a["id"], b["id"])
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser")
    themes = [e for e in ents if "theme piece" in (e["notes"] or "").lower()]
    if not themes or any(e["importance"] != 2 or len(stories[e["story"]]) != 1 for e in themes):
        err(day, "theme piece missing, not importance 2, or sharing a story")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    for dd, a, b in MUST_NOT_MERGE:
        if dd == day and (a not in stories or b not in stories or a == b):
            err(day, "must-not-merge story missing:", a, b)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    reps = [e for e in d2 if "re-post of day-1" in (e["notes"] or "").lower()]
    if not reps:
        err("day 2 must re-post a day-1 entry")
    for e in reps:
        m = re.search(r"re-post of day-1 entry (\d{4}-\d\d)", e["notes"], flags=re.I)
        o = d1.get(m.group(1)) if m else None
        if not o or o["headline"] != e["headline"] or o["story"] != e["story"] or e["importance"] != 1 or jacc(o["first_sentence"], e["first_sentence"]) < 0.8:
            err(e["id"], "re-post must name a day-1 entry, keep its headline and story, repeat its text, importance 1")
    cont = [e for e in d2 if e["first_sentence"] and e not in reps and e["story"] in {x["story"] for x in d1.values()}]
    if not cont:
        err("day 2 continues no day-1 story")
    for e in cont:
        if not any(e["first_sentence"] == x["first_sentence"] for x in d1.values()) and "continuation" not in (e["notes"] or "").lower():
            err(e["id"], "continuation of a day-1 story should say so in notes")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2024" or d[5:7] not in ("01", "02", "03"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
