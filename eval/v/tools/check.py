#!/usr/bin/env python3
"""Independent checker for eval/v: re-reads the seed files and verifies the gold files against them.
Usage (from the project root): python3 eval/v/tools/check.py   -> prints OK or the problems"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"2300": "The Spectator", "2301": "The Jakarta Post", "2302": "Arirang News", "2303": "TVN24", "2304": "Moldpres",
          "2305": "Georgia Today", "2306": "Kazinform", "2307": "Czech Radio", "2308": "The Standard", "2309": "Irish Mirror"}
DAYS = {"day1": ["2320", "2321", "2322", "2323"], "day2": ["2330", "2331", "2332", "2333"], "day3": ["2340", "2341", "2342", "2343"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-04-05 2022-04-08 2022-04-14 2022-04-28
2022-05-09 2022-05-10 2022-05-18 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-30 2022-07-04 2022-07-07
2022-07-22 2022-07-23 2022-08-09 2022-08-18 2022-08-23 2022-08-24 2022-08-31 2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-30
2022-10-08 2022-10-10 2022-10-17 2022-10-31 2022-11-15 2022-11-16 2022-12-05 2022-12-21 2022-12-29 2024-01-03 2024-01-04 2024-01-05 2024-01-17
2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30 2024-02-08 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-21 2024-02-24 2024-02-25
2024-02-26 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-10 2024-04-11 2024-04-16
2024-04-17 2024-04-18 2024-04-20 2024-05-09 2024-05-10 2024-05-21 2024-05-22 2024-06-03 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16
2024-06-18 2024-06-19 2024-06-20 2024-07-08 2024-07-09 2024-07-10 2024-07-22 2024-07-23 2024-08-06 2024-08-07 2024-08-11 2024-08-12 2024-08-14
2024-08-24 2024-08-26 2024-08-27 2024-09-03 2024-09-04 2024-09-16 2024-09-17 2024-09-18 2024-09-26 2024-10-02 2024-10-03 2024-10-04 2024-10-17
2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-12-02
2024-12-03 2024-12-09 2024-12-10 2024-12-11 2024-12-20 2024-12-25 2024-12-26""".split())
# first words of outlet names already used elsewhere (Part B names must not start with any of them)
USED_FIRST = """abc afp ansa agenzia air al al-monitor aldermoor amberway ambleside anadolu anselm arab armyinform ashcombe ashgrove atlas axios bbc
balkan baltic bangkok belfast birchgate black blackthorn bloomberg borealis brackenridge bramblecote breaking briarwood brightwater business cna cnbc
cnn ctv cairnfield calderbrook carpathian cbc cbs censor.net cinderford civil.ge clovermead cobalt continental copperleaf cragside delfi der dw daily
danube dawn deccan dnipro dovecote dunmore efe el erg err eastwind eddystone edgehill elderfield elmstead eskdale espreso euractiv euromaidan euronews
evening expats.cz express fallowfield farrowby fernhill financial focus.ua foreign fox foxglove france gb glenholme global globe gorsefield granite
greyfriars ground gulf gullhaven haaretz harbour harbourline hazelmere heathcote helsinki hindustan hollybank hromadske huffpost hungary hürriyet itv
inchcape inquirer.net institute interfax-ukraine irish ironbridge iverholm juniper kestrel kharkiv kilnworth kingsmere kittiwake korea kyiv kyodo lbc
liga.net lrt lsm.lv lakeside lanternfish larchfield larkspur le linden lindow lochbrae los manchester marlowe marram mediazona meduza meridian merrivale
metro middle militarnyi ministry moorhen morrow mosswood nato nbc ndtv nhk nl npr nv nz nantwell nettlebed new newsmaker newsweek nightjar nikkei northam
northbridge northgate northline notes novaya novinite oakenshaw oakhollow orchardleigh osprey ossory ostrava oxbow pap pbs palisade penhallow pennbrook
pevensey pinecrest podkarpacie polaris politico president quarrytown quayside quenby quillon rbc-ukraine rfe/rl rfi rnz rté radio radwell rappler
ravensworth redfern redwing reuters ribblesdale romania rookwood rowan swi sable saffron saltmarsh sandpiper seabright silverdale skelwith skerryvore
sky sorrelby south stannary steppe stonechat stourhead stuff suspilne tass time trt tvp taipei tallowmere tamarisk tansy tarnfield tern teviot the
thistledown thornbury tidewater times toronto torrisdale un unian usa ukraine ukrainska ukrinform ullswater ulverscote umberleigh underhill ural valerian
vantage veldcroft vellington verdant vistula voice volga vox wainfleet wendlebury westerly wexcombe whinmoor whitecliff wrenfield wychwood xinhua yarrow
yelverton yewbank yle yonhap zn.ua zennor zephyr bne dpa ekathimerini i r/worldnews""".split()
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))       # entity-escaped HTML inside feed descriptions/content
    return t


MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def stamp_reason(s, pub, local, text):
    """Independent reading of a printed stamp; None if it agrees with published/local, else a reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Updated: (\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        d, mo, y, h, mi = (int(x) for x in mm.groups())
        ref = datetime(y, mo, d, h, mi, tzinfo=local.tzinfo)
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        u = pub.astimezone(ZoneInfo("UTC"))
        return None if (u.hour, u.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm)?(?:\s+(GMT|BST|ET))?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = (0 if h == 12 else h) + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if m.group(4) == "GMT" and local.utcoffset() != timedelta(0):
        return "GMT printed but zone offset is not 0"
    if m.group(4) == "BST" and local.utcoffset() != timedelta(hours=1):
        return "BST printed but offset is not +1"
    if m.group(4) == "ET" and local.tzinfo.key != "America/New_York":
        return "ET printed but zone is not New York"
    md = re.search(r"(?<!\d)(\d{1,2}) ([A-Z][a-z]{2})[a-z]*,? (\d{4})", s)
    if md and (int(md.group(1)), MON.index(md.group(2).lower()) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    return None


def check_structure(path, raw):
    if path.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as ex:
            err(path, "XML not well-formed:", ex)
    for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blob)
        except ValueError as ex:
            err(path, "JSON-LD does not parse:", ex)


def ld_update_times(raw):
    """headline -> datePublished from LiveBlogPosting updates (for a cross-check against gold)."""
    out = {}
    for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        data = json.loads(blob)
        nodes = data.get("@graph", [data])
        for n in nodes:
            t = n.get("@type"); t = t if isinstance(t, list) else [t]
            if "LiveBlogPosting" in t:
                ups = n.get("liveBlogUpdate", [])
                for u in ups if isinstance(ups, list) else [ups]:
                    out[u.get("headline")] = u.get("datePublished")
    return out


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
    if not re.fullmatch(r"23\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    check_structure(sp, raw)
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    try:
        zone = ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not an IANA zone"); continue
    # --date needed exactly when the page names no year
    has_year = re.search(r"\b(19|20)\d\d\b", text) is not None
    if not has_year and g.get("parse_args") is None:
        err(sid, "page names no year but gold has no parse_args")
    if g.get("parse_args") is not None:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and all(e["published_local"].startswith(pa[1]) for e in g["entries"])):
            err(sid, "parse_args must be ['--date', <local day of the entries>]")
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    src = g["source"]
    if sid in SINGLE:
        if src != SINGLE[sid]:
            err(sid, "Part A outlet differs from the assignment", src)
    else:
        first = src.lower().split()[0]
        if not ("i" <= first[0] <= "l" or "s" <= first[0] <= "z"):
            err(sid, "invented outlet must start with I-L or S-Z", src)
        if first in USED_FIRST:
            err(sid, "invented outlet reuses a used name", src)
    # Key Points / Key Events block: the consecutive headline lines right after the heading
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key (points|events)", l, re.I):
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
    ldt = ld_update_times(raw) if sp.endswith(".html") else {}
    ids = []
    for e in g["entries"]:
        eid = e.get("id")
        if not re.fullmatch(sid + r"-\d\d", eid or ""):
            err(eid, "bad id")
        if eid in ids:
            err(eid, "duplicate id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        if e["headline"] is not None and not any(l == e["headline"] or l == "\u2022 " + e["headline"] for l in lines):
            err(eid, "headline is not a whole line of the page")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(Mr|Mrs|Dr|Gen|St|U\.S|a\.m|p\.m)\.$", fs):
                err(eid, "first_sentence ends at an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
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
            why = stamp_reason(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M")
            if t1 not in text:
                err(eid, "no stamp and the dateline time is not printed")
        if e["headline"] in ldt and ldt[e["headline"]] and datetime.fromisoformat(ldt[e["headline"]]) != pub:
            err(eid, "JSON-LD update time differs from gold")
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if (e.get("notes") or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if e["duplicate_of"] not in ids or orig is None:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["headline"] != e["headline"]:
                    err(eid, "duplicate with a different headline")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate is not later than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points/Events")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points/Events but key_point false")
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
world_feed_days = set()
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world_feed_days.add(day)
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
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post" not in (e.get("notes") or "").lower():
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
    if not any(e["topic"] == "strikes" and e["first_sentence"] for e in kinds):
        err(day, "no strike entries")
if world_feed_days != set(DAYS):
    err("each day needs a general world feed with a majority of off-beat items; have", sorted(world_feed_days))
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1 if e["subtopic"] != "unrelated"}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates: 2022 or 2024, odd months, none forbidden
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if int(d[5:7]) % 2 == 0:
        err(who, "even month", d)
    if d[:4] not in ("2022", "2024"):
        err(who, "year not 2022/2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; continued day-1 stories {sorted(cont)}; "
      f"single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
