#!/usr/bin/env python3
"""Independent checker for eval/bk: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every printed stamp is parsed again here on its own.
Usage (from the project root): python3 eval/bk/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"6400": "Idaho Statesman", "6401": "Lexington Herald-Leader", "6402": "The Providence Journal", "6403": "Richmond Times-Dispatch",
          "6404": "The Sudbury Star", "6405": "The Daily Advertiser", "6406": "Manawatu Standard", "6407": "Southland Times",
          "6408": "Kalgoorlie Miner", "6409": "Fresno Bee"}
DAYS = {"day1": ["6420", "6421", "6422", "6423"], "day2": ["6430", "6431", "6432", "6433", "6434"], "day3": ["6440", "6441", "6442", "6443"]}
# pages whose stamps print only a time and have no day headers: the date is carried from the first full date on the page
ROLLOVER_ORDER = {"6401": "newest", "6408": "oldest"}
# must-not-merge pairs (story slugs) per day, declared here independently of build.py
MUST_NOT_MERGE = {
    "day1": [("kyiv-missile-drone-attack-2025-05-24", "moscow-airports-drone-alert-2025-05-24"),
             ("kyiv-missile-drone-attack-2025-05-24", "izmail-port-drone-strike-2025-05-24"),
             ("prisoner-exchange-1000-for-1000-2025-05", "russia-draft-peace-memorandum-2025-05"),
             ("prisoner-exchange-1000-for-1000-2025-05", "explainer-prisoner-swap-logistics"),
             ("kyiv-missile-drone-attack-2025-05-24", "merz-air-defence-appeal-2025-05-24")],
    "day2": [("record-combined-air-attack-2025-05-25", "kharkiv-market-drone-strike-2025-05-25"),
             ("trump-not-happy-with-putin-2025-05-25", "zelensky-urges-us-pressure-2025-05-25"),
             ("record-combined-air-attack-2025-05-25", "analysis-russian-drone-production-2025-05")],
    "day3": [("massive-overnight-air-attack-2025-06-29", "kharkiv-glide-bomb-attack-2025-06-29"),
             ("ukraine-exits-ottawa-mine-ban-treaty", "lithuania-landmine-production-2025-06"),
             ("massive-overnight-air-attack-2025-06-29", "dnipropetrovsk-village-claim-2025-06-29")],
}
CROSS_DAY_NOT_MERGE = [("kyiv-missile-drone-attack-2025-05-24", "record-combined-air-attack-2025-05-25")]
# spelling variants the main story of each day must show across its seeds
SPELLINGS = {"day1": [("Kyiv", "Kiev")], "day2": [("Zhytomyr", "Zhitomir")], "day3": [("Smila", "Smela")]}
# tolls that grow during the day: (entry id, number printed in that entry)
TOLLS = {"day1": [("6420-08", "eight"), ("6421-01", "nine"), ("6421-04", "eleven"), ("6422-04", "11"), ("6423-01", "11"), ("6420-03", "15")],
         "day2": [("6430-07", "nine"), ("6431-02", "12"), ("6430-05", "12"), ("6432-04", "12"), ("6430-03", "Thirteen"), ("6433-02", "13"), ("6434-01", "13")],
         "day3": [("6440-03", "Six"), ("6441-04", "Eight"), ("6440-06", "nine"), ("6442-01", "nine"), ("6443-02", "dozen")]}
WORDNUM = {"six": 6, "eight": 8, "nine": 9, "eleven": 11, "thirteen": 13, "dozen": 12}
FALLBACK_FORBIDDEN = set("""2025-05-06 2025-05-08 2025-05-10 2025-05-13 2025-05-16 2025-05-17 2025-05-20 2025-05-21 2025-05-23 2025-05-27
2025-06-01 2025-06-02 2025-06-05 2025-06-11 2025-06-17 2025-06-19 2025-06-24 2025-06-25 2025-07-02 2025-07-04 2025-07-05 2025-07-09 2025-07-10
2025-07-14 2025-07-15 2025-07-17 2025-07-18 2025-07-22 2025-07-23 2025-07-29 2025-07-30 2025-07-31 2025-08-01 2025-08-05 2025-08-07 2025-08-12
2025-08-15 2025-08-18 2025-08-19 2025-08-20 2025-08-26 2025-08-28 2025-08-29 2025-09-02 2025-09-03 2025-09-07 2025-09-10 2025-09-12 2025-09-15
2025-09-19 2025-09-20 2025-09-21 2025-09-23 2025-09-28""".split())
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = {m.lower(): i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                                  "October", "November", "December"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
ZONE_ABBR = {"EDT": -4, "CDT": -5, "MDT": -6, "PDT": -7, "BST": 1, "CEST": 2, "EEST": 3, "JST": 9, "IST": 5.5, "AEST": 10, "AWST": 8,
             "NZST": 12, "GMT": 0, "UTC": 0}
ABBREV_END = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Lt.", "Col.", "U.S.", "U.N.", "a.m.", "p.m.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ------------------------------------------------------------------ reading pages
def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def jsonld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("invalid JSON-LD")
    return out


def month_no(s):
    return MONTHS.get(s.lower().rstrip("."))


DATE_PATS = [  # (regex, group order) -- all with a year
    (re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b"), "dmy_num"),
    (re.compile(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b"), "mdy"),
    (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b"), "dmy"),
]
NOYEAR_PATS = [(re.compile(r"\b([A-Z][a-z]+) (\d{1,2})\b"), "md"), (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+)\b"), "dm")]
TIME_PAT = re.compile(r"(?<![\d.])(\d{1,2})[:.](\d{2})(?![\d.]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?")


def find_date(s, year=None):
    """-> (date, span) or (None, None). Year-less forms need `year`."""
    for pat, kind in DATE_PATS:
        for m in pat.finditer(s):
            try:
                if kind == "dmy_num":
                    return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.span()
                if kind == "mdy" and month_no(m.group(1)):
                    return date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))), m.span()
                if kind == "dmy" and month_no(m.group(2)):
                    return date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))), m.span()
            except ValueError:
                pass
    if year:
        for pat, kind in NOYEAR_PATS:
            for m in pat.finditer(s):
                mon = month_no(m.group(1) if kind == "md" else m.group(2))
                if mon:
                    day = int(m.group(2) if kind == "md" else m.group(1))
                    try:
                        return date(year, mon, day), m.span()
                    except ValueError:
                        pass
    return None, None


def find_time(s):
    m = TIME_PAT.search(s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi


def zone_ok(s, local):
    """A zone abbreviation printed in s must match the page zone's offset at that moment."""
    m = re.search(r"\b(ET|EDT|CDT|MDT|PDT|BST|CEST|EEST|JST|IST|AEST|AWST|NZST|GMT|UTC)\b", s)
    if not m:
        return True
    off = local.utcoffset().total_seconds() / 3600
    if m.group(1) == "ET":
        return off in (-4, -5)
    return ZONE_ABBR[m.group(1)] == off


def parse_datetime_text(s, year=None):
    """A printed date + time (any of the page forms) -> naive datetime, else None."""
    d, span = find_date(s, year)
    if not d:
        return None
    rest = s[:span[0]] + " " + s[span[1]:]
    t = find_time(rest)
    if not t:
        return None
    return datetime(d.year, d.month, d.day, t[0], t[1])


def is_date_header(line, year):
    if len(line) > 45 or find_time(line):
        return None
    if not re.match(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", line):
        return None
    d, _ = find_date(line, year)
    return d


# ------------------------------------------------------------------ stamp re-reading
def expected_local(stamp, ctx):
    """Re-reads a printed stamp on its own -> (naive local datetime or aware datetime, reason-if-unreadable)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00")), None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s), None
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"Last updated (.+?) ([A-Z]{2,4})$", ctx["text"], flags=re.M)
        if not a:
            return None, "relative stamp without a printed anchor"
        ref = parse_datetime_text(a.group(1))
        if not ref:
            return None, "anchor unreadable"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return ref - back, None
    m = re.fullmatch(r"Updated (.+?), first published (.+)", s)
    if m:
        upd = parse_datetime_text(m.group(1))
        if not upd:
            return None, "updated part unreadable"
        fp = parse_datetime_text(m.group(2))
        if fp:
            return fp, None
        t = find_time(m.group(2))
        if not t:
            return None, "first-published part unreadable"
        fp = upd.replace(hour=t[0], minute=t[1])
        if fp > upd:
            fp -= timedelta(days=1)
        return fp, None
    full = parse_datetime_text(s)
    if full:
        return full, None
    t = find_time(s)
    if not t:
        return None, "unreadable stamp"
    return ("TIME", t), None


def page_year(text, g):
    if g.get("parse_args"):
        return int(g["parse_args"][1][:4])
    for l in text.split("\n"):
        d, _ = find_date(l)
        if d:
            return d.year
    return None


def entry_line(lines, e):
    """Index of the line where the entry starts (its headline, or 'stamp | headline', or its first sentence)."""
    hits = [i for i, l in enumerate(lines) if e["headline"] is not None and (l == e["headline"] or l.endswith("| " + e["headline"]))]
    if hits:
        return hits[-1]  # a Key points list above the posts repeats headlines; the post itself comes last
    if e["first_sentence"]:
        for i, l in enumerate(lines):
            if l.startswith(e["first_sentence"]):
                return i
    return None


# ------------------------------------------------------------------ per-file checks
forbidden = set(FALLBACK_FORBIDDEN)
if os.path.exists("/tmp/blind-bk-forbidden-days.txt"):
    forbidden |= set(open("/tmp/blind-bk-forbidden-days.txt", encoding="utf-8").read().split())
reserved = set()
if os.path.exists("/tmp/blind-bk-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bk-reserved-outlets.txt", encoding="utf-8") if l.strip()}

golds, texts = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"64\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith((".html", ".xml")):
        jl = jsonld_blocks(raw)
    else:
        jl = []
    text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if "2025" not in raw and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if "2025" in raw and g.get("parse_args"):
        err(sid, "parse_args given although the page names its year")
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args malformed")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    year = page_year(text, g)
    # Key Points block: the headlines listed right under a 'Key Points' line
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
    # JSON-LD updates with a headline and a time must agree with the gold
    ld_updates = []
    for b in jl:
        nodes = b.get("@graph", [b]) if isinstance(b, dict) else []
        for n in nodes:
            ups = n.get("liveBlogUpdate", []) if isinstance(n, dict) else []
            ld_updates += ups if isinstance(ups, list) else [ups]
    ids, prev_t, roll_date = [], None, None
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or fs.endswith(ABBREV_END):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ISO UTC with Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        naive = local.replace(tzinfo=None)
        if e["stamp"] is not None:
            got, why = expected_local(e["stamp"], {"text": text})
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            elif isinstance(got, tuple):  # time only: date from a day header above, else carried over from the page's first date
                h, mi = got[1]
                if (h, mi) != (naive.hour, naive.minute):
                    err(eid, "stamp time", f"{h:02d}:{mi:02d}", "!= local", f"{naive:%H:%M}")
                li = entry_line(lines, e)
                hdr = None
                if li is not None:
                    for j in range(li, -1, -1):
                        hdr = is_date_header(lines[j], year)
                        if hdr:
                            break
                if sid in ROLLOVER_ORDER:
                    if roll_date is None:
                        base = next((parse_datetime_text(l) for l in lines if parse_datetime_text(l)), None)
                        roll_date = base.date() if base else None
                    elif prev_t is not None:
                        if ROLLOVER_ORDER[sid] == "newest" and (h, mi) > prev_t:
                            roll_date -= timedelta(days=1)
                        if ROLLOVER_ORDER[sid] == "oldest" and (h, mi) < prev_t:
                            roll_date += timedelta(days=1)
                    prev_t = (h, mi)
                    if roll_date != naive.date():
                        err(eid, "date carried from the page's first date", roll_date, "!= local", naive.date())
                elif hdr:
                    if hdr != naive.date():
                        err(eid, "day header above the entry says", hdr, "but local date is", naive.date())
                else:
                    err(eid, "time-only stamp without a day header or a declared rollover order")
                if not zone_ok(e["stamp"], local):
                    err(eid, "zone abbreviation in the stamp disagrees with the page zone")
            else:
                if got.tzinfo is not None:
                    if got != local:
                        err(eid, "stamp", repr(e["stamp"]), "resolves to", got.isoformat(), "not", local.isoformat())
                elif got != naive:
                    err(eid, "stamp", repr(e["stamp"]), "reads", got, "not local", naive)
                elif not zone_ok(e["stamp"], local):
                    err(eid, "zone abbreviation in the stamp disagrees with the page zone")
        else:  # stampless (article sections): the dateline must be printed and equal the local time
            printed = [l for l in lines if parse_datetime_text(l, year)]
            pool = [l for l in printed if not re.search(r"\bUpdated\b", l)] or printed  # an original/dateline time beats an update time
            hits = [l for l in pool if parse_datetime_text(l, year) == naive]
            if not hits:
                err(eid, "no stamp and no printed dateline equal to", naive)
            elif not all(zone_ok(h_, local) for h_ in hits):
                err(eid, "dateline zone disagrees with the page zone")
        for u in ld_updates:
            if isinstance(u, dict) and u.get("headline") == e["headline"] and u.get("datePublished"):
                if datetime.fromisoformat(u["datePublished"]) != local:
                    err(eid, "JSON-LD update time disagrees")
        # labels
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
        offbeat = (e.get("notes") or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and offbeat):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat:'")
        if offbeat and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["importance"] == 1 and fs is not None and not (offbeat or e["duplicate_of"] or "re-post" in (e.get("notes") or "").lower()):
            err(eid, "importance 1 is for teasers, off-beat items and repeats only")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["first_sentence"] != fs:
                err(eid, "duplicate must share the story and the opening, and be importance 1")
            elif orig["published"] >= e["published"]:
                err(eid, "duplicate must be posted after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# ------------------------------------------------------------------ Part A
seen = {}
fmts = defaultdict(int)
order = sorted(PART_A)
if sorted(s for s in golds if s in PART_A) != order:
    err("Part A seeds missing", set(order) - set(golds))
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        continue
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
part_a_names = {v.lower() for v in PART_A.values()}

# ------------------------------------------------------------------ Part B
day_date, day_entries, day_stories = {}, {}, {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); exts = set(); worlds = 0; ents = []
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and off / len(g["entries"]) >= 0.6:
            worlds += 1
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); ents.append(e)
    day_entries[day] = ents; day_stories[day] = stories
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= len(ents) <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", len(ents), len(sids), exts)
    if worlds < 1:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    for a, b in MUST_NOT_MERGE.get(day, []):
        if a == b or a not in stories or b not in stories:
            err(day, "must-not-merge pair not present:", a, b)
    alltext = "\n".join(texts.get(s, "") for s in sids)
    for variants in SPELLINGS.get(day, []):
        for v in variants:
            if v not in alltext:
                err(day, "spelling variant missing:", v)
    tolls = []
    for eid, num in TOLLS.get(day, []):
        e = next((x for x in ents if x["id"] == eid), None)
        if not e or num not in texts.get(eid[:4], ""):
            err(day, "toll entry/number missing", eid, num); continue
        if not e["story"] in big:
            err(eid, "toll entry is not in the day's 3+ source story")
        tolls.append((e["published"], WORDNUM.get(num.lower()) or int(num)))
    tolls.sort()
    if any(b[1] < a[1] for a, b in zip(tolls, tolls[1:])):
        err(day, "toll does not grow over the day", tolls)

if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1, d2 = day_entries["day1"], day_entries["day2"]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    for a, b in CROSS_DAY_NOT_MERGE:
        if a not in day_stories["day1"] or b not in day_stories["day2"] or a == b:
            err("cross-day must-not-merge pair not present", a, b)
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ("05", "06", "07", "08", "09"):
        err(who, "date not allowed", d)

# ------------------------------------------------------------------ own words: no 8-word run shared with the shared seeds or eval/ap's table
def grams(t, n=8):
    w = re.findall(r"[a-z0-9]+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


others = set()
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(os.path.dirname(ROOT), "ap", "tools", "build.py")]:
    if os.path.exists(p):
        others |= grams(open(p, encoding="utf-8", errors="replace").read())
for sid, t in texts.items():
    shared = grams(t) & others
    if shared:
        err(sid, "shares 8-word runs with other material:", sorted(shared)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; days {day_date}; single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
