#!/usr/bin/env python3
"""Independent checker for eval/ao: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/ao/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(4200, 4210)]
DAYS = {"day1": ["4220", "4221", "4222", "4223"], "day2": ["4230", "4231", "4232", "4233"], "day3": ["4240", "4241", "4242", "4243"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {5, 8, 9, 11, 12}
FORBIDDEN = set("""2023-01-06 2023-01-12 2023-01-14 2023-01-15 2023-01-18 2023-01-20 2023-01-24 2023-01-25 2023-01-26 2023-01-27 2023-01-31
2023-02-01 2023-02-03 2023-02-08 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-16 2023-02-17 2023-02-20 2023-02-21 2023-02-24
2023-02-25 2023-02-27 2023-02-28 2023-03-02 2023-03-03 2023-03-08 2023-03-09 2023-03-10 2023-03-14 2023-03-16 2023-03-17 2023-03-21
2023-03-23 2023-03-28 2023-03-29 2023-04-04 2023-04-05 2023-04-12 2023-04-13 2023-04-14 2023-04-15 2023-04-17 2023-04-18 2023-04-20
2023-04-26 2023-04-27 2023-04-28 2023-05-03 2023-05-09 2023-05-13 2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-05-24
2023-05-29 2023-06-06 2023-06-07 2023-06-08 2023-06-13 2023-06-15 2023-06-16 2023-06-21 2023-06-23 2023-06-24 2023-06-27 2023-06-28
2023-06-29 2023-06-30 2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-11 2023-07-12 2023-07-17 2023-07-18 2023-07-19
2023-07-20 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-08-01 2023-08-02 2023-08-10 2023-08-18 2023-08-20 2023-08-22 2023-08-23
2023-08-24 2023-08-29 2023-08-30 2023-09-06 2023-09-08 2023-09-13 2023-09-14 2023-09-15 2023-09-19 2023-09-21 2023-09-22 2023-09-27
2023-09-28 2023-10-04 2023-10-05 2023-10-06 2023-10-10 2023-10-13 2023-10-14 2023-10-16 2023-10-17 2023-10-18 2023-10-19 2023-10-20
2023-11-01 2023-11-02 2023-11-08 2023-11-10 2023-11-15 2023-11-17 2023-11-21 2023-11-25 2023-11-27 2023-11-29 2023-12-03 2023-12-05
2023-12-06 2023-12-13 2023-12-14 2023-12-15 2023-12-28 2023-12-29 2023-12-30""".split())
# names an invented Part B outlet must not equal (a sample of the brief's reserved list that start with A-M)
RESERVED_OUTLETS = {"abbotsley review", "abinger daily", "aldbourne live", "aldermoor daily", "amberway post", "ambleside chronicle", "ambrey review",
                    "appledore live", "arncliffe live", "ashcombe report", "ashgrove live", "ashwell times", "axbridge daily", "aysgarth daily",
                    "bellhaven daily", "bewcastle live", "bilsdale standard", "birchgate review", "blakeney world service", "boltby live",
                    "calderbrook news", "caldbeck bulletin", "cautley standard", "chatburn live", "clovermead news", "coverack daily",
                    "dalegarth report", "dentdale review", "dinsdale post", "dovecote post", "dufton journal", "duloe times", "dunsford live",
                    "edale journal", "eddystone daily", "edgehill post", "elderfield bulletin", "ellerby dispatch", "elmstead journal",
                    "fairbourne world", "fairlight post", "fallowfield review", "fangfoss daily", "farrowby times", "fellbeck daily",
                    "gargrave daily", "gildersby post", "glaisdale newsroom", "grinton live", "hallsands post", "hartsop daily",
                    "haworth standard", "hebden world service", "helmsley review", "hexmoor live", "hollybank times", "ilkley times",
                    "illogan journal", "ingleton live", "jacobstow live", "jervaulx review", "keld journal", "kelmscott review",
                    "kettlewell review", "kilburn standard", "lamorna daily", "lanivet review", "lastingham daily", "lelant review",
                    "lindow live", "loughrigg live", "madron report", "malham post", "mardale live", "masham journal", "mawgan live",
                    "mevagissey world", "mickleby world", "morvern daily", "muker bulletin", "mylor review"}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)          # JSON-LD does not count as visible text
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped HTML inside feed content
    return t


def lines_of(text):
    return [l.strip() for l in text.split("\n")]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def to24(h, m, suffix):
    s = suffix.replace(".", "").lower()
    if h == 12:
        h = 0
    return (h + 12 if s == "pm" else h), m


def stamp_matches(stamp, pub_utc, local, text):
    """Independent reading of a printed stamp; returns None if it agrees, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d) GMT([+-]\d{1,2})", s)
    if m:
        base = datetime.strptime(m.group(1), "%a, %d %b %Y %H:%M:%S")
        return None if base - timedelta(hours=int(m.group(2))) == pub_utc.replace(tzinfo=None) else "GMT+N stamp differs"
    m = re.fullmatch(r"(\d+) (hours?|minutes?) ago", s)
    if m:
        mm = re.search(r"Last updated: [A-Z][a-z]+, (\d{1,2}) ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d) CAT", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        ref = datetime(int(mm.group(3)), MON.index(mm.group(2)[:3]) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=ZoneInfo("Africa/Maputo"))
        n = int(m.group(1)); delta = timedelta(hours=n) if m.group(2).startswith("hour") else timedelta(minutes=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) HKT (\d\d):(\d\d)", s)
    if m:
        y, mo, d, h, mi = (int(x) for x in m.groups())
        return None if datetime(y, mo, d, h, mi, tzinfo=ZoneInfo("Asia/Hong_Kong")) == pub_utc else "HKT stamp differs"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (local.hour, local.minute) == (int(m.group(1)), int(m.group(2))) and local.utcoffset() == timedelta(0) else "HHMM GMT differs"
    m = re.search(r"(?<!\d)(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h, mi = to24(h, mi, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    md = re.search(r"(?<!\d)(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", s)
    if md and (int(md.group(1)), MON.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), MON.index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    if re.search(r"\bBST\b", s) and local.utcoffset() != timedelta(hours=1):
        return "BST stamp but offset is not +1"
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
    if not re.fullmatch(r"42\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not an IANA zone")
    src = g["source"].lower()
    if sid not in SINGLE:
        if not "a" <= src[0] <= "m":
            err(sid, "invented outlet must start with A-M", g["source"])
        if src in RESERVED_OUTLETS:
            err(sid, "outlet name reserved", g["source"])
    # year printed anywhere? if not, parse_args must give the date
    if not re.search(r"\b2023\b", text) and "parse_args" not in g:
        err(sid, "page prints no year but gold has no parse_args")
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "parse_args shape")
    # Key Points block: headline lines right after a 'Key Points' heading
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
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
                err(eid, k, "not an exact substring of the page:", e[k][:70])
        if e["headline"] is not None and e["headline"] not in lines and not any(l.endswith(" — " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line of the page")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
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
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local.astimezone(ZoneInfo(mm.group(2))), text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            ll = local.astimezone(ZoneInfo(mm.group(2)))
            forms = [ll.strftime("%H:%M"), ll.strftime("%H.%M"), f"{ll.hour % 12 or 12}:{ll.minute:02d} {'PM' if ll.hour >= 12 else 'AM'}"]
            if not any(f in text for f in forms):
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
                err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        elif (e.get("notes") or "").startswith("off-beat:"):
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["first_sentence"] and e["first_sentence"]:
                    a, b = set(orig["first_sentence"].split()), set(e["first_sentence"].split())
                    if len(a & b) / len(a | b) < 0.7:
                        err(eid, "duplicate is not near-verbatim")
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
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world_feed = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents):
            world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world_feed:
        err(day, "no general world feed with a majority of off-beat items")
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
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post" not in (e.get("notes") or ""):
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "") for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if not d.startswith("2023-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date outside 2023 May/Aug/Sep/Nov/Dec", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
