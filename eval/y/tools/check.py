#!/usr/bin/env python3
"""Independent checker for eval/y: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/y/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2600, 2610)]
DAYS = {"day1": ["2620", "2621", "2622", "2623"], "day2": ["2630", "2631", "2632", "2633"], "day3": ["2640", "2641", "2642", "2643"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30
2024-02-08 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-21 2024-02-24 2024-02-25 2024-02-26 2024-03-07 2024-03-08 2024-03-12
2024-03-13 2024-03-19 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-10 2024-04-11 2024-04-16 2024-04-17 2024-04-18
2024-04-20 2024-05-09 2024-05-10 2024-05-21 2024-05-22 2024-05-28 2024-06-03 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16
2024-06-18 2024-06-19 2024-06-20 2024-07-08 2024-07-09 2024-07-10 2024-07-22 2024-07-23 2024-07-24 2024-08-06 2024-08-07 2024-08-11
2024-08-12 2024-08-14 2024-08-24 2024-08-26 2024-08-27 2024-09-03 2024-09-04 2024-09-10 2024-09-16 2024-09-17 2024-09-18 2024-09-26
2024-10-02 2024-10-03 2024-10-04 2024-10-17 2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-11-05 2024-11-12 2024-11-14 2024-11-15
2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-12-02 2024-12-03 2024-12-09 2024-12-10 2024-12-11 2024-12-20 2024-12-25
2024-12-26""".split())
# first words of reserved invented names (Part B outlets must not reuse them)
RESERVED = """merrivale nantwell orchardleigh pennbrook ribblesdale oakenshaw pevensey morrow radwell quenby northam sorrelby thistledown
yewbank wychwood stourhead tansy valerian wainfleet zennor skerryvore teviot ullswater eddystone edgehill cragside kittiwake tallowmere
veldcroft lochbrae iverholm skelwith wendlebury torrisdale lindow stannary ulverscote linnet wyvern juneberry sedgefield loughrigg ismere
tarrant iona jura swaledale kelmscott bellhaven crossfell mirewick fenwold gildersby rushmere nethercott ambrey brisco hexmoor marchbank
ellerby axbridge dunsford elsworth fairlight brantwood caldbeck hartsop goldhithe glaisdale chatburn bilsdale grisedale mardale nordhaven
quantock ryedale pendle morvern nidderdale quernmore roseland oldcastle polperro aldermoor amberway ambleside anselm ashcombe ashgrove atlas
baltic birchgate blackthorn bramblecote brackenridge briarwood brightwater cairnfield calderbrook carpathian cinderford clovermead cobalt
continental copperleaf danube dnipro dovecote dunmore eastwind elderfield elmstead eskdale farrowby fallowfield fernhill foxglove
glenholme gorsefield granite greyfriars gullhaven harbour harbourline hazelmere heathcote hollybank inchcape ironbridge juniper kestrel
kilnworth kingsmere lakeside lanternfish larchfield larkspur linden mallowfield marlowe marram meridian moorhen mosswood nettlebed
nightjar northbridge northgate northline oakhollow osprey ossory ostrava oxbow palisade penhallow pinecrest podkarpacie polaris
quarrytown quayside quillon ravensworth redfern redwing rookwood rowan saffron saltmarsh sandpiper seabright silverdale sparrowhawk
steppe stonechat tamarisk tarnfield tern thornbury tidewater umberleigh underhill ural vantage vellington verdant vistula volga westerly
wexcombe whinmoor whitecliff wrenfield yarrow yelverton zephyr""".split()
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))       # entity-escaped HTML inside feed descriptions
    return t


def lines_of(text):
    return [l.strip() for l in text.split("\n")]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def to24(h, suffix):
    s = suffix.replace(".", "").lower()
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def stamp_matches(stamp, pub_utc, local, text):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Last updated: (\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", text)
        if not mm:
            return "relative stamp without anchor"
        d, mo, y, hh, mi = (int(x) for x in mm.groups())
        ref = datetime(y, mo, d, hh, mi, tzinfo=local.tzinfo)
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (int(m.group(1)), int(m.group(2))) == (pub_utc.hour, pub_utc.minute) else "HHMM GMT differs"
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = to24(h, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if re.search(r"\b(GMT|UTC)\b", s) and local.utcoffset() != timedelta(0):
        return "GMT label but zone offset not 0"
    md = re.search(r"(\d{1,2}) ([A-Z][a-z]{2})[a-z]*,? (\d{4})", s)
    if md and (int(md.group(1)), MON.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), MON.index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    return None


def dateline_printed(local, text):
    hh = local.hour % 12 or 12; ap = "am" if local.hour < 12 else "pm"
    forms = [local.strftime("%H:%M"), f"{hh}.{local.minute:02d}{ap}", f"{hh}:{local.minute:02d} {ap[0]}.m.",
             f"{hh:02d}:{local.minute:02d} {ap.upper()}"]
    return any(f in text for f in forms)


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
    if not re.fullmatch(r"26\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not IANA")
    if not re.search(r"\b20\d\d\b", text):
        if g.get("parse_args") is None:
            err(sid, "page names no year but gold has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or any(e["published_local"][:10] != pa[1] for e in g["entries"]):
            err(sid, "parse_args date does not match entries' local date")
    src = g["source"].lower()
    if sid not in SINGLE:
        if not ("s" <= src[0] <= "z" or "a" <= src[0] <= "f") or src.startswith("the ") and not ("s" <= src[4] <= "z" or "a" <= src[4] <= "f"):
            err(sid, "invented outlet must start with S-Z or A-F", g["source"])
        if any(w in RESERVED for w in re.findall(r"[a-z]+", src)):
            err(sid, "outlet uses a reserved name", g["source"])
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key (points|events)", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
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
        if not re.fullmatch(sid + r"-\d\d", eid or "") or eid != f"{sid}-{len(ids)+1:02d}":
            err(eid, "bad id / order")
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
                err(eid, "first_sentence does not start a line:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "no body -> importance 1 and 0 paragraphs")
            if e["headline"] is None:
                err(eid, "neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
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
            why = stamp_matches(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not dateline_printed(local, text):
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
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and e["notes"].startswith("off-beat:")):
                err(eid, "off-beat rule")
        elif e["notes"].startswith("off-beat:"):
            err(eid, "off-beat note on a war entry")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in another story")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate is not later in time than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but not listed")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under key points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "key points block size differs")

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
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not distinct")

# ---- Part B
day_date = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world:
        err(day, "no general world feed with a majority of off-beat items")
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
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post" not in e["notes"].lower():
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any("theme" in e["notes"].lower() and e["first_sentence"] and e["importance"] == 2 for e in kinds):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in e["notes"].lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline/story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if int(d[5:7]) % 2 or not d.startswith("2024-"):
        err(who, "date must be an even month of 2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
