#!/usr/bin/env python3
"""Independent checker for eval/ag: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage: python3 eval/ag/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3400, 3410)]
DAYS = {"day1": ["3420", "3421", "3422", "3423"], "day2": ["3430", "3431", "3432", "3433"], "day3": ["3440", "3441", "3442", "3443"]}
CONSECUTIVE = ("day1", "day2")
PART_A_OUTLETS = {"Kurdistan24", "Egypt Independent", "The EastAfrican", "IOL", "The Indian Express", "Thai PBS World", "KBS World",
                  "Taiwan News", "Luxembourg Times", "Iceland Review"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS_OK = {2, 5, 7, 9, 11}
FORBIDDEN = set("""2025-01-09 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27 2025-02-06 2025-02-11 2025-02-12 2025-02-18 2025-02-28
2025-03-03 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-20 2025-03-25 2025-03-27 2025-04-12 2025-04-13
2025-04-15 2025-04-24 2025-04-30 2025-05-08 2025-05-16 2025-05-20 2025-05-21 2025-05-27 2025-06-01 2025-06-02 2025-06-11 2025-06-17
2025-06-24 2025-07-04 2025-07-05 2025-07-10 2025-08-15 2025-08-20 2025-08-28 2025-08-29 2025-09-10 2025-09-19 2025-09-23 2025-09-24""".split())
# used names beginning N-R (from the brief's reserved list); invented Part B outlets must not contain any of them
RESERVED_NR = """nantwell nethercott nettlebed nidderdale nightjar nordhaven northam northbridge northgate northline oakenshaw oakhollow
oldcastle orchardleigh osprey ossory ostrava oxbow palisade pendle penhallow pennbrook pevensey pinecrest polaris polperro porthallow
probus penryn polruan quantock quarrytown quayside quenby quernmore quillon quixwood radwell ravensworth redfern redwing ribblesdale
rookwood roseland rowan rushmere ryedale rinsey""".split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)          # JSON-LD is not visible text
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # escaped HTML inside feed descriptions/content
    return t


def norm_line(l):
    return re.sub(r"^(?:[\u2022*-]\s+)", "", l.strip())


def read_date(s):
    """Any date printed inside a stamp -> (y, m, d) or None."""
    m = re.search(r"\b(\d{4})-(\d\d)-(\d\d)\b", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.search(r"\b(\d\d)-(\d\d)-(\d{4})\b", s)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", s)
    if m and m.group(2) in MONTHS:
        return int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))
    m = re.search(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m:
        mon = [x for x in MONTHS if x.startswith(m.group(1))]
        if mon:
            return int(m.group(3)), MONTHS.index(mon[0]) + 1, int(m.group(2))
    return None


def stamp_problem(stamp, pub, local, text, zone):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        a = re.search(r"Last updated: (\d{1,2}) ([A-Z][a-z]+) (\d{4}) \| (\d\d):(\d\d)", text)
        if not a:
            return "relative stamp without a printed anchor"
        ref = datetime(int(a.group(3)), MONTHS.index(a.group(2)) + 1, int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (pub.hour, pub.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    m = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm)?(?![\d])", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if "GMT" in s and local.utcoffset() != timedelta(0):
        return "GMT stamp on a page zone that is not UTC+0 that day"
    if "CEST" in s and local.utcoffset() != timedelta(hours=2):
        return "CEST stamp but zone offset differs"
    if "IST" in s and local.utcoffset() != timedelta(hours=5, minutes=30):
        return "IST stamp but zone offset differs"
    d = read_date(s)
    if d and d != (local.year, local.month, local.day):
        return f"date in stamp {d} differs from local date"
    return None


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
    if not re.fullmatch(r"34\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        import xml.dom.minidom
        try:
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:
            err(sid, "feed is not well-formed XML:", ex)
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blob)
        except Exception as ex:
            err(sid, "JSON-LD does not parse:", ex)
    text = visible_text(sp)
    lines = [norm_line(l) for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone not an IANA zone"); continue
    if sid in SINGLE:
        if g["source"] not in PART_A_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", g["source"])
    else:
        src = g["source"].lower()
        if not "n" <= src[0] <= "r":
            err(sid, "invented outlet must start with N-R", g["source"])
        if any(w in src for w in RESERVED_NR):
            err(sid, "outlet name uses a reserved name", g["source"])
    # undated pages need parse_args
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "parse_args shape")
        if re.search(r"\b20\d\d\b", text):
            err(sid, "parse_args given but the page names a year")
    # Key Points block
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
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
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        if e["headline"] is not None and not any(l == e["headline"] or l.endswith(" – " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line of its own")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not in ...Z form"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != zone:
            err(eid, "zone differs from page_timezone")
        if "parse_args" in g and local.strftime("%Y-%m-%d") != g["parse_args"][1]:
            err(eid, "local date differs from parse_args date")
        if e["stamp"] is not None:
            why = stamp_problem(e["stamp"], pub, local, text, zone)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and the dateline time is not printed")
            d = read_date(text[:3000] if not sp.endswith(".html") else text)
            if d and d != (local.year, local.month, local.day):
                err(eid, "dateline date differs", d)
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
        elif (e.get("notes") or "").startswith("off-beat:"):
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["first_sentence"] and fs:
                    a, b = set(orig["first_sentence"].lower().split()), set(fs.lower().split())
                    if len(a & b) / len(a | b) < 0.7:
                        err(eid, "duplicate is not near-verbatim")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs from key_point entries")
    # entry count sanity: every headline appears once as an entry line; no stray stamps left unlabelled (count time-like lines)

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
if {golds[s]["source"] for s in SINGLE if s in golds} != PART_A_OUTLETS:
    err("Part A must imitate each of the ten outlets once")

# ---- Part B
day_date = {}
all_b_sources = []
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world_feed = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        all_b_sources.append(golds[sid]["source"])
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents) and golds[sid]["seed"].endswith(".xml"):
            world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world_feed:
        err(day, "no general world feed with mostly off-beat items")
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
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post" not in (e.get("notes") or "").lower():
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["subtopic"] != "unrelated" for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and e["importance"] == 2 and "theme" in (e.get("notes") or "").lower() for e in kinds):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if len(set(all_b_sources)) != len(all_b_sources):
    err("Part B outlets repeat across days")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story, importance 1, notes say so)")
for e in reposts:
    o = next(o for o in day1 if o["headline"] == e["headline"])
    if o["first_sentence"] != e["first_sentence"]:
        err(e["id"], "re-post is not near-verbatim")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "reserved UTC day", d)
    if not d.startswith("2025-") or int(d[5:7]) not in MONTHS_OK:
        err(who, "date outside 2025 Feb/May/Jul/Sep/Nov", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
