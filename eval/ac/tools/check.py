#!/usr/bin/env python3
"""Independent checker for eval/ac: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage: python3 eval/ac/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3000, 3010)]
DAYS = {"day1": ["3020", "3021", "3022", "3023"], "day2": ["3030", "3031", "3032", "3033"], "day3": ["3040", "3041", "3042", "3043"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30
2024-02-05 2024-02-06 2024-02-08 2024-02-10 2024-02-12 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-22 2024-02-24
2024-02-25 2024-02-26 2024-02-28 2024-02-29 2024-03-04 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-15 2024-03-19 2024-03-22
2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-04 2024-04-05 2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-16 2024-04-17
2024-04-18 2024-04-20 2024-04-24 2024-04-26 2024-05-03 2024-05-09 2024-05-10 2024-05-16 2024-05-21 2024-05-22 2024-05-28 2024-05-30
2024-05-31 2024-06-03 2024-06-05 2024-06-07 2024-06-10 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19
2024-06-20 2024-06-21 2024-06-25 2024-06-27 2024-07-04 2024-07-08 2024-07-09 2024-07-10 2024-07-17 2024-07-22 2024-07-23 2024-07-24
2024-08-01 2024-08-02 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-11 2024-08-12 2024-08-14 2024-08-19 2024-08-24
2024-08-26 2024-08-27 2024-08-30 2024-09-03 2024-09-04 2024-09-06 2024-09-10 2024-09-13 2024-09-16 2024-09-17 2024-09-18 2024-09-21
2024-09-26 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-17 2024-10-22
2024-10-23 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-05 2024-11-08 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18
2024-11-19 2024-11-20 2024-11-21 2024-11-26 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-09 2024-12-10 2024-12-11 2024-12-13
2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
ALLOWED_MONTHS = {1, 4, 6, 8, 10}
# first words of names already used (brief's list); invented Part B outlets must avoid them and start with A-K
USED_FIRST = set("""aldermoor amberway ambleside ambrey anselm ashcombe ashgrove atlas axbridge bellhaven bilsdale birchgate blackthorn
bramblecote brantwood briarwood brightwater brisco cairnfield caldbeck calderbrook carpathian chatburn cinderford clovermead cobalt
continental copperleaf cragside crossfell danube dnipro dovecote dunmore dunsford eastwind eddystone edgehill elderfield ellerby elmstead
elsworth eskdale fairlight fallowfield farrowby fenwold fernhill foxglove gildersby glaisdale glenholme goldhithe gorsefield granite
greyfriars grisedale gullhaven harbour harbourline hartsop hazelmere heathcote hexmoor hollybank inchcape iona ironbridge ismere iverholm
juneberry juniper jura kelmscott kestrel kilnworth kingsmere kittiwake appledore arncliffe ashwell bardsey blakeney cotehele coverack
culmstock dentdale dunkery fangfoss frampton grampound gweek hallsands halsetown jacobstow kirkandrews bodmin cardinham dunwich ebbor
castleton""".split())
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def month_no(name):
    return MON.index(name[:3].lower()) + 1


def read_stamp(s, text, parse_date):
    """Independent reading of a printed stamp. Returns (kind, value): ('utc', datetime) for absolute instants,
    ('local', (date or None, hour, minute)) for local wall-clock readings."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return "utc", datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return "utc", parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        mm = re.search(r"Last updated: \w+, (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) GMT", text)
        if not mm:
            raise ValueError("relative stamp without an absolute anchor")
        ref = datetime(int(mm.group(3)), month_no(mm.group(2)), int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=ZoneInfo("UTC"))
        n = int(m.group(1))
        return "utc", ref - (timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n))
    m = re.fullmatch(r"(\d{4}) GMT", s)
    if m:
        if not parse_date:
            raise ValueError("HHMM GMT stamp but no --date")
        d = datetime.strptime(parse_date + " " + m.group(1), "%Y-%m-%d %H%M").replace(tzinfo=ZoneInfo("UTC"))
        return "utc", d
    # dates printed inside stamps
    date = None
    for pat, order in [(r"(\d\d)-(\d\d)-(\d{4})", "dmy"), (r"([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)? ?,? (\d{4})", "mdy"),
                       (r"([A-Z][a-z]{2})\.(\d{1,2}),(\d{4})", "mdy"), (r"(\d{1,2}) ([A-Z][a-z]+),? (\d{4})", "dmy")]:
        md = re.search(pat, s)
        if md:
            a, b, y = md.groups()
            try:
                if order == "dmy":
                    date = (int(y), int(b) if b.isdigit() else month_no(b), int(a))
                else:
                    date = (int(y), month_no(a), int(b))
            except ValueError:
                continue
            break
    mt = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?!\d)", s.replace(str(date[0]) if date else "@@", ""))
    if not mt:
        raise ValueError("unparsed stamp")
    h, mi = int(mt.group(1)), int(mt.group(2))
    if mt.group(3):
        suf = mt.group(3).replace(".", "").lower()
        h = (h % 12) + (12 if suf == "pm" else 0)
    if re.search(r"\bUTC\b|\bGMT\b", s) and date:
        return "utc", datetime(date[0], date[1], date[2], h, mi, tzinfo=ZoneInfo("UTC"))
    return "local", (date, h, mi)


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]:
        err(gp, "gold file name must be the seed file name without extension + .json")
    if not re.fullmatch(r"30\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    zone = ZoneInfo(g["page_timezone"])
    pdate = None
    if "parse_args" in g:
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1]):
            err(sid, "parse_args")
        pdate = pa[1]
        if re.search(r"\b(20\d\d(?! GMT)|January|February|March|April|May|June|July|August|September|October|November|December)\b", text):
            err(sid, "parse_args given but the page names a date")
    src = g["source"]
    if sid not in SINGLE:
        w = src.split()[0].lower()
        if not "a" <= w[0] <= "k":
            err(sid, "invented outlet must start with A-K", src)
        if w in USED_FIRST:
            err(sid, "outlet name already used", src)
    # Key Points block
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
                if not l2:
                    if kp_block:
                        break
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []
    for e in g["entries"]:
        eid = e.get("id")
        if not re.fullmatch(sid + r"-\d\d", eid or ""):
            err(eid, "bad id")
        if eid in ids:
            err(eid, "duplicate id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            # no earlier sentence end inside
            if re.search(r"[.!?]['\"\u201d\u2019]?\s+[A-Z\"\u201c]", fs[:-1]):
                err(eid, "first_sentence seems to hold two sentences")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
            err(eid, "published not in ...Z form")
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published != published_local")
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            try:
                kind, v = read_stamp(e["stamp"], text, pdate)
                if kind == "utc":
                    if v != pub:
                        err(eid, "stamp", repr(e["stamp"]), "reads", v, "!= published", pub)
                else:
                    date, h, mi = v
                    loc = pub.astimezone(zone)
                    if (loc.hour, loc.minute) != (h, mi):
                        err(eid, "stamp time", repr(e["stamp"]), "!= local", loc.strftime("%H:%M"))
                    if date and date != (loc.year, loc.month, loc.day):
                        err(eid, "stamp date differs", date)
                    if not date:
                        # the local date must be printed as a date line on the page (with or without year)
                        dl = f"{loc.day} {loc.strftime('%B')}"; dl2 = f"{loc.strftime('%B')} {loc.day}"
                        if dl not in text and dl2 not in text:
                            err(eid, "local date not printed on the page")
            except ValueError as ex:
                err(eid, "stamp", repr(e["stamp"]), str(ex))
        else:
            loc = pub.astimezone(zone)
            if loc.strftime("%H:%M") not in text:
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS:
            err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS:
            err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
                err(eid, "off-beat rule")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"] or orig["headline"] != e["headline"]:
                    err(eid, "duplicate differs in story or headline")
                if pub <= datetime.fromisoformat(orig["published"].replace("Z", "+00:00")):
                    err(eid, "duplicate is not later than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs from key_point entries")
    # page order: stamps must be monotonic (newest-first or oldest-first) except where notes explain
    ts = [e["published"] for e in g["entries"]]
    if len(set(ts)) > 1 and ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "entries neither oldest- nor newest-first")

# ---- Part A
seen_days = {}
fmts = defaultdict(int)
for sid in SINGLE:
    if sid not in golds:
        err(sid, "single page missing"); continue
    g = golds[sid]
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "single page spans UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day", d, "also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))

# ---- Part B
day_date = {}
any_world_feed = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            any_world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
    d = sorted(dates)[0]
    day_date[day] = d
    if d in seen_days:
        err(day, "UTC day", d, "also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for s in sids):
        err(day, "no general world feed with mostly off-beat items")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    for e in kinds:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                and not (e.get("notes") or "").lower().startswith("re-post"):
            err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["first_sentence"] and e["importance"] == 2
               and len(story_seeds[e["story"]]) == 1 for e in kinds):
        err(day, "no theme/explainer piece (bodied, importance 2, own story)")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if not any_world_feed:
    err("no general world feed")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if not d.startswith("2024-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "day outside 2024 Jan/Apr/Jun/Aug/Oct", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
