#!/usr/bin/env python3
"""Independent checker for eval/aa: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/aa/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2800, 2810)]
DAYS = {"day1": ["2820", "2821", "2822", "2823"], "day2": ["2830", "2831", "2832", "2833"], "day3": ["2840", "2841", "2842", "2843"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
PART_A_OUTLETS = {"Malay Mail", "The Nation (Thailand)", "Montsame", "Kun.uz", "Sarajevo Times", "Prishtina Insight", "The Peninsula",
                  "Punch", "Geo News", "BNN Baltic News Network"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30 2024-02-05
2024-02-08 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-24 2024-02-25 2024-02-26 2024-03-07 2024-03-08
2024-03-12 2024-03-13 2024-03-19 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-05 2024-04-10 2024-04-11 2024-04-16
2024-04-17 2024-04-18 2024-04-20 2024-04-24 2024-05-09 2024-05-10 2024-05-21 2024-05-22 2024-05-28 2024-06-03 2024-06-07 2024-06-12
2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-25 2024-07-08 2024-07-09 2024-07-10 2024-07-22
2024-07-23 2024-07-24 2024-08-06 2024-08-07 2024-08-11 2024-08-12 2024-08-14 2024-08-19 2024-08-24 2024-08-26 2024-08-27 2024-08-30
2024-09-03 2024-09-04 2024-09-10 2024-09-16 2024-09-17 2024-09-18 2024-09-26 2024-10-02 2024-10-03 2024-10-04 2024-10-10 2024-10-17
2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-05 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18
2024-11-19 2024-11-20 2024-11-21 2024-12-02 2024-12-03 2024-12-09 2024-12-10 2024-12-11 2024-12-13 2024-12-16 2024-12-20 2024-12-25
2024-12-26""".split())
USED_WORDS = set(w.lower() for w in """Aldermoor Amberway Ambleside Ambrey Anselm Ashcombe Ashgrove Atlas Axbridge Baltic Bellhaven Bilsdale Birchgate
Blackthorn Borealis Brackenridge Bramblecote Brantwood Briarwood Brightwater Brisco Cairnfield Caldbeck Calderbrook Carpathian Chatburn
Cinderford Clovermead Cobalt Continental Copperleaf Cragside Crossfell Danube Dnipro Dovecote Dunmore Dunsford Eastwind Eddystone Edgehill
Elderfield Ellerby Elmstead Elsworth Eskdale Fairlight Fallowfield Farrowby Fenwold Fernhill Foxglove Gildersby Glaisdale Glenholme Globe
Goldhithe Gorsefield Granite Greyfriars Grisedale Gullhaven Harbour Harbourline Hartsop Hazelmere Heathcote Hexmoor Hollybank Inchcape Iona
Ironbridge Ismere Iverholm Juneberry Juniper Jura Kelmscott Kestrel Kilnworth Kingsmere Kittiwake Lakeside Lanternfish Larchfield Larkspur
Linden Lindow Linnet Lochbrae Loughrigg Mallowfield Marchbank Mardale Marlowe Marram Meridian Merrivale Mirewick Moorhen Morrow Morvern
Mosswood Nantwell Nethercott Nettlebed Nidderdale Nightjar Nordhaven Northam Northbridge Northgate Northline Oakenshaw Oakhollow Oldcastle
Orchardleigh Osprey Ossory Ostrava Oxbow Palisade Pendle Penhallow Pennbrook Pevensey Pinecrest Podkarpacie Polaris Polperro Quantock
Quarrytown Quayside Quenby Quernmore Quillon Radwell Ravensworth Redfern Redwing Ribblesdale Rookwood Roseland Rowan Rushmere Ryedale Sable
Saffron Saltmarsh Sandpiper Seabright Sedgefield Silverdale Skelwith Skerryvore Sorrelby Stannary Stonechat Stourhead Swaledale Tallowmere
Tamarisk Tansy Tarnfield Tarrant Tern Teviot Thistledown Thornbury Tidewater Torrisdale Ullswater Ulverscote Umberleigh Underhill Valerian
Vantage Veldcroft Vellington Verdant Vistula Volga Wainfleet Wendlebury Westerly Wexcombe Whinmoor Whitecliff Wrenfield Wychwood Wyvern
Yarrow Yelverton Yewbank Zennor Zephyr Stackpole Trevose Whitsand Cardinham Yarcombe Bodmin Tintagel Dunwich Castleton Ebbor Ufford Wistman
Sparrowhawk Ural Steppe Vellington Redfern""".split())
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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


def read_time(s):
    """(hour, minute) from a stamp, independently of the builder."""
    m = re.search(r"\b(\d\d)(\d\d) GMT\b", s)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?![\d.]*\d{4})", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        pm = m.group(3).lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, mi


def read_date(s):
    m = re.search(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r"(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", s)
    if m and m.group(2) in MON3:
        return int(m.group(3)), MON3.index(m.group(2)) + 1, int(m.group(1))
    m = re.search(r"([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if m and m.group(1) in MON3:
        return int(m.group(3)), MON3.index(m.group(1)) + 1, int(m.group(2))
    return None


def stamp_problem(stamp, pub_utc, local, text):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        a = re.search(r"Updated ([A-Z][a-z]{2}) (\d\d), (\d{4}) (\d\d):(\d\d) (AM|PM) PKT", text)
        if not a:
            return "relative stamp without anchor"
        h = int(a.group(4)) % 12 + (12 if a.group(6) == "PM" else 0)
        ref = datetime(int(a.group(3)), MON3.index(a.group(1)) + 1, int(a.group(2)), h, int(a.group(5)), tzinfo=ZoneInfo("Asia/Karachi"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    t = read_time(s)
    if t is None:
        return "unparsed stamp"
    if t != (local.hour, local.minute):
        return f"time {t} != local {local:%H:%M}"
    # explicit zones in stamps must agree with the page zone's offset
    for zname, off in (("GMT", 0), ("CET", 1), ("MYT", 8)):
        if re.search(r"\b" + zname + r"\b", s) and local.utcoffset() != timedelta(hours=off):
            return f"{zname} stamp but page offset {local.utcoffset()}"
    if re.search(r"\bET\b", s) and local.utcoffset() not in (timedelta(hours=-5), timedelta(hours=-4)):
        return "ET stamp but page not in New York time"
    d = read_date(s)
    if d and d != (local.year, local.month, local.day):
        return f"date in stamp {d} differs"
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
        err(gp, "gold name must be seed name without extension + .json")
    if not re.fullmatch(r"28\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not visible")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not IANA")
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the assigned list", src)
    else:
        if not "G" <= src[0] <= "R":
            err(sid, "invented outlet must start with G-R", src)
        if any(w.lower() in USED_WORDS for w in re.findall(r"[A-Za-z]+", src)):
            err(sid, "outlet uses a reserved name", src)
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
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
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a line:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "entry with neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
            err(eid, "published not ...Z")
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published != published_local")
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_problem(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}:{local.minute:02d}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e.get("notes") or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"] or orig["headline"] != e["headline"]:
                    err(eid, "duplicate differs in story/headline")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate not later than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but not listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block size differs")

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
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not distinct")

day_date = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world_feed = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world_feed:
        err(day, "no general world feed with mostly off-beat items")
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
    d = sorted(dates)[0]; day_date[day] = d
    if d in seen_days:
        err(day, "UTC day", d, "also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    if not any(len(s) >= 3 for st, s in story_seeds.items()):
        err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if e["subtopic"] == "unrelated" and len(story_seeds[e["story"]]) > 1:
                err(e["id"], "off-beat story in two seeds")
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    allents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in allents):
        err(day, "no teaser")
    if not any("theme" in (e.get("notes") or "").lower() and e["first_sentence"] and e["importance"] == 2 for e in allents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in allents):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in ("day1", "day2"))
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline/story), importance 1, notes saying so")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if not (d.startswith("2024-") and d[5:7] in ("08", "10", "12")):
        err(who, "date outside Aug/Oct/Dec 2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
