#!/usr/bin/env python3
"""Independent checker for eval/t: re-reads the seed files and verifies the gold files against them.
Usage (from the project root): python3 eval/t/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2100, 2110)]
DAYS = {"day1": ["2120", "2121", "2122", "2123"], "day2": ["2130", "2131", "2132", "2133"], "day3": ["2140", "2141", "2142", "2143"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
PART_A_OUTLETS = {"Espreso TV", "ArmyInform", "ZN.ua", "Al-Monitor", "Sky News Australia", "ABC News (Australia)", "The Irish News",
                  "Hungary Today", "Agenzia Nova", "Expats.cz"}
FORBIDDEN = set("""2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-04-08 2022-04-14 2022-04-28 2022-05-09 2022-05-10
2022-05-18 2022-06-14 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-07-04 2022-07-07 2022-07-22 2022-07-23 2022-08-18 2022-08-23
2022-08-24 2022-08-31 2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-30 2022-10-10 2022-10-17 2022-10-31 2022-11-15 2022-11-16
2022-12-05 2022-12-21 2023-01-14 2023-01-15 2023-01-20 2023-01-25 2023-02-13 2023-02-14 2023-02-20 2023-02-21 2023-02-24 2023-02-25 2023-03-08
2023-03-09 2023-03-10 2023-03-14 2023-03-16 2023-03-17 2023-03-21 2023-03-28 2023-03-29 2023-04-04 2023-04-17 2023-04-18 2023-05-03 2023-05-13
2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-06-06 2023-06-21 2023-06-23 2023-06-24 2023-07-06 2023-07-11 2023-07-12 2023-07-17
2023-07-18 2023-07-19 2023-07-20 2023-08-20 2023-08-23 2023-08-24 2023-09-06 2023-09-13 2023-09-19 2023-10-04 2023-10-05 2023-10-10 2023-11-01
2023-11-02 2023-11-15 2023-11-25 2023-12-06 2023-12-14 2023-12-28 2023-12-29 2023-12-30 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23
2024-01-24 2024-01-28 2024-01-29 2024-01-30 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-21 2024-02-24 2024-02-25 2024-03-07 2024-03-08
2024-03-12 2024-03-13 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-10 2024-04-11 2024-04-16 2024-04-20 2024-05-09 2024-05-10
2024-05-21 2024-05-22 2024-06-03 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-18 2024-06-19 2024-06-20 2024-07-08 2024-07-09 2024-07-10
2024-07-22 2024-07-23 2024-08-06 2024-08-07 2024-08-11 2024-08-12 2024-08-14 2024-08-24 2024-08-26 2024-08-27 2024-09-03 2024-09-04 2024-09-16
2024-09-17 2024-09-18 2024-09-26 2024-10-02 2024-10-03 2024-10-04 2024-10-17 2024-10-22 2024-10-26 2024-10-27 2024-11-12 2024-11-14 2024-11-15
2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-12-02 2024-12-03 2024-12-09 2024-12-10 2024-12-11 2024-12-20 2024-12-25 2024-12-26
2025-01-15 2025-01-16 2025-01-27 2025-02-11 2025-02-12 2025-02-28 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-25
2025-04-12 2025-04-13 2025-04-15 2025-04-24 2025-05-16 2025-05-20 2025-05-21 2025-06-01 2025-06-02 2025-06-17 2025-07-04 2025-07-05 2025-08-15
2025-09-10 2025-09-19""".split())
# distinctive words of every outlet name already used (brief's list); an invented name must not reuse any of them
USED_WORDS = set("""aldermoor amberway anselm ashgrove atlas baltic birchgate borealis brackenridge briarwood brightwater cairnfield calderbrook
carpathian clovermead cobalt continental copperleaf danube dnipro dunmore eastwind elderfield elmstead eskdale farrowby fernhill foxglove glenholme
gorsefield granite greyfriars harbour harbourline hazelmere hollybank inchcape ironbridge juniper kestrel kilnworth kingsmere lakeside lanternfish
larchfield larkspur linden mallowfield marlowe marram meridian merrivale moorhen morrow mosswood nantwell nettlebed nightjar northam northbridge
northgate northline oakenshaw oakhollow orchardleigh osprey ossory ostrava oxbow palisade penhallow pennbrook pevensey pinecrest podkarpacie polaris
quarrytown quayside quenby quillon radwell ravensworth redfern redwing ribblesdale rookwood rowan sable saffron saltmarsh sandpiper seabright
silverdale skerryvore sorrelby sparrowhawk steppe stonechat stourhead tamarisk tansy tarnfield tern teviot thistledown thornbury tidewater ullswater
umberleigh underhill ural valerian vantage vellington verdant vistula volga wainfleet westerly wexcombe whinmoor whitecliff wrenfield wychwood yarrow
yelverton yewbank zennor zephyr""".split())
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped HTML inside feed descriptions
    return t


def lines_of(text):
    return [re.sub(r"^(?:[\u2022*]|- )\s*", "", l.strip()) for l in text.split("\n")]


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
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        u = pub_utc.astimezone(ZoneInfo("UTC"))
        return None if (u.hour, u.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Updated (\d{1,2}):(\d\d)(am|pm) AEST, [A-Z][a-z]+day (\d{1,2}) ([A-Z][a-z]+) (\d{4})", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        h, mi = to24(int(mm.group(1)), int(mm.group(2)), mm.group(3))
        ref = datetime(int(mm.group(6)), MON.index(mm.group(5)[:3]) + 1, int(mm.group(4)), h, mi, tzinfo=ZoneInfo("Australia/Sydney"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)[./](\d\d)[./](\d{4})(?: -)? (\d\d):(\d\d)", s)
    if m:
        ok = (local.day, local.month, local.year, local.hour, local.minute) == tuple(int(x) for x in m.groups())
        return None if ok else "numeric date stamp differs"
    m = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h, mi = to24(h, mi, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    md = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]*\.? (\d{4})", s)
    if md and (int(md.group(1)), MON.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), MON.index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    if re.fullmatch(r"\d{1,2}[:.]\d\d\s*(a\.m\.|p\.m\.|am|pm)?( BST)?", s):
        # bare time: the local date must be printed on the page as a date header / date line
        forms = [f"{local.day} {local.strftime('%B')}", f"{local.day:02d} {local.strftime('%B')}", f"{local.strftime('%a')} {local.day} {local.strftime('%b')}"]
        if not any(f in text for f in forms):
            return f"local date {local:%Y-%m-%d} of a bare time is not printed on the page"
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
    if not re.fullmatch(r"21\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as ex:
            err(sid, "XML not well-formed:", ex)
    ld_updates = {}
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            ld = json.loads(blob)
        except ValueError as ex:
            err(sid, "JSON-LD does not parse:", ex); continue
        for u in ld.get("liveBlogUpdate", []):
            ld_updates[html.unescape(u["headline"])] = u["datePublished"]
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
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the brief's list", src)
    else:
        if not ("I" <= src[0] <= "L" or "S" <= src[0] <= "Z"):
            err(sid, "invented outlet must start with I-L or S-Z", src)
        if any(w.lower() in USED_WORDS for w in re.findall(r"[A-Za-z]+", src)):
            err(sid, "invented outlet reuses a word of a used outlet name", src)
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "parse_args shape")
        if re.search(r"\b20\d\d\b", "\n".join(text.split("\n")[:-3])):
            err(sid, "parse_args given but the page body names a year")
    # Key Points / Key events block: the consecutive headline lines right after the heading
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key (points|events)", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []; prev = None; direction = set()
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
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
            if e["headline"] is None:
                err(eid, "entry with neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
            err(eid, "published not in ...Z form")
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if prev is not None and pub != prev:
            direction.add(pub > prev)
        prev = pub
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t = [local.strftime("%H:%M"), f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}",
                 f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
            if not any(x in text for x in t):
                err(eid, "no stamp and the dateline time is not printed")
        if e["headline"] in ld_updates:
            if datetime.fromisoformat(ld_updates[e["headline"]]) != pub:
                err(eid, "JSON-LD update time differs from published")
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
        elif (e.get("notes") or "").startswith("off-beat"):
            err(eid, "off-beat note on a war entry")
        if e["duplicate_of"]:
            others = {x["id"]: x for x in g["entries"]}
            if e["duplicate_of"] not in others or others[e["duplicate_of"]]["published"] >= e["published"]:
                err(eid, "duplicate_of must name an entry of the same seed published earlier")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["first_sentence"] is None or e["first_sentence"] is None:
                    err(eid, "duplicate without body")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points/Key events")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if len(direction) > 1:
        err(sid, "entry times are not in one consistent page order (newest-first or oldest-first)")
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
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not all different")

# ---- Part B
day_date = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world_feed = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents) and golds[sid]["seed"].endswith(".xml"):
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
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied (txt, html and xml expected)")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] \
                    and "re-post" not in (e.get("notes") or "").lower() and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"]
               for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in e["notes"].lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates: even months of 2022 or 2024, none forbidden
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if int(d[5:7]) % 2:
        err(who, "odd month", d)
    if d[:4] not in ("2022", "2024"):
        err(who, "year not 2022/2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
