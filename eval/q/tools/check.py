#!/usr/bin/env python3
"""Independent checker for eval/q: re-reads the seed files and verifies the gold files. Usage: python3 eval/q/tools/check.py"""
import json, html, os, re, sys, glob
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = {"day1": ["1810", "1811", "1812", "1813"], "day2": ["1814", "1815", "1816", "1817"], "day3": ["1820", "1821", "1822", "1823"]}
SINGLE = ["18%02d" % i for i in range(10)]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
BANNED_NAMES = ["ironbridge", "sable", "cobalt", "foxglove", "granite", "meridian", "atlas", "harbourpost", "harbour post", "borealis", "continental",
    "northgate", "lakeside", "vistula", "polaris", "danube", "harbourline", "northbridge", "carpathian", "northline", "volga courier", "dnipro chronicle",
    "kestrel", "baltic sentinel", "harbour gazette", "ural vestnik", "ledger", "courier", "wire", "herald", "gazette", "monitor", "ostrava signal",
    "quayside tribune", "globe relay", "tarnfield", "sparrowhawk", "amberway", "redfern", "lanternfish", "palisade", "brightwater", "eastwind", "saltmarsh",
    "hollybank", "marlowe", "copperleaf", "gorsefield", "cairnfield", "ashgrove", "thornbury", "brackenridge", "quillon", "larkspur", "whitecliff", "pinecrest",
    "oakhollow", "seabright", "elmstead", "aldermoor", "briarwood", "juniper", "calderbrook", "dunmore", "elderfield", "fernhill", "glenholme", "kingsmere",
    "linden", "rookwood", "tidewater", "yarrow", "mosswood", "wrenfield", "stonechat", "underhill", "saffron bay", "penhallow", "marram", "ossory", "nettlebed",
    "oxbow", "ravensworth", "quarrytown", "tamarisk", "umberleigh", "whinmoor", "wexcombe", "sandpiper", "yelverton", "vellington", "anselm", "birchgate",
    "clovermead", "eskdale", "farrowby", "greyfriars", "hazelmere", "inchcape", "kilnworth", "larchfield", "mallowfield", "moorhen", "nightjar", "osprey",
    "redwing", "rowan", "silverdale", "tern", "verdant", "westerly", "zephyr"]
AVOID = set("""2022-09-14 2022-04-08 2023-06-06 2023-07-11 2023-10-05 2023-11-25 2024-02-17 2024-04-20 2024-08-07 2024-12-20 2025-03-18 2025-07-04
2025-07-05 2023-02-25 2023-10-10 2022-03-05 2023-03-21 2022-10-10 2023-09-13 2024-06-19 2024-03-24 2024-12-25 2024-12-26 2023-07-17 2022-05-09
2023-06-24 2022-02-26 2024-09-03 2024-07-10 2023-08-20 2023-02-21 2023-01-25 2023-05-13 2023-04-04 2023-12-29 2023-12-30 2025-08-15 2022-03-16
2022-04-28 2023-05-17 2023-07-12 2022-06-22 2022-06-23 2023-03-14 2024-05-10 2022-10-31 2022-09-21 2024-11-19 2023-01-14 2023-01-15 2025-02-12
2022-07-22 2024-02-24 2023-01-20 2023-05-20 2022-09-30 2022-07-04 2022-12-21 2023-05-21 2025-02-28 2023-09-06 2024-08-26 2024-08-27 2025-06-01""".split())
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        t = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t))   # escaped HTML inside Atom content
        return raw, t + "\n" + t2
    return raw, raw

def kp_block(text):
    m = re.search(r"^(key points|key events)\s*$", text, re.I | re.M)
    if not m: return None
    items = []
    for line in text[m.end():].split("\n")[1:]:
        line = line.strip()
        if not line:
            if items: break
            continue
        if line.lower() == "show more": break
        items.append(re.sub(r"^[-\u2022*]\s*", "", line))
    return items

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); sid = os.path.basename(gp)[:4]; golds[sid] = g
    if not re.fullmatch(r"18\d\d", sid): err(gp, "id outside 1800..1899")
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp): err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]: err(gp, "gold name != seed name")
    raw, text = page_text(sp)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g: err(sid, "missing key", k)
    if g["page_title"] and g["page_title"] not in text: err(sid, "page_title not in page")
    if sid not in SINGLE:
        low = g["source"].lower()
        if any(re.search(r"\b" + re.escape(b) + r"\b", low) for b in BANNED_NAMES): err(sid, "banned outlet name", g["source"])
        if not "M" <= g["source"][0] <= "R": err(sid, "invented outlet must start with M-R", g["source"])
    kp_items = kp_block(text)
    ids = []; by_id = {}
    for e in g["entries"]:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid): err(eid, "bad id")
        if eid in ids: err(eid, "dup id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e: err(eid, "missing", k)
        for k in ["headline", "stamp", "first_sentence", "author"]:
            if e[k] is not None and e[k] not in text: err(eid, k, "not exact substring:", e[k][:60])
        if e["first_sentence"] and not re.search(r'[.!?]["\u201d\u2019]?$', e["first_sentence"]): err(eid, "first_sentence does not end a sentence")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm: err(eid, "bad published_local", e["published_local"])
        else:
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub: err(eid, "published", e["published"], "!= local", e["published_local"])
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
            if pub.month % 2 == 0 or loc.month % 2 == 0: err(eid, "even month")
            if not 2022 <= pub.year <= 2025: err(eid, "year")
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] not in (e["topic"], "security", "humanitarian", "frontline", "politics"): err(eid, "subtopic/topic clash")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")): err(eid, "off-beat rule")
        if e["first_sentence"] is None and (e["importance"] != 1 or e["body_paragraphs"] != 0): err(eid, "no-body entry must be imp 1 / 0 paras")
        if e["first_sentence"] is not None and e["body_paragraphs"] < 1: err(eid, "body with 0 paragraphs")
        if e["duplicate_of"]:
            o = by_id.get(e["duplicate_of"])
            if o is None: err(eid, "duplicate_of not an entry of this seed listed before")
            else:
                if o["published"] > e["published"]: err(eid, "duplicate_of points to a later post")
                if o["story"] != e["story"]: err(eid, "duplicate has another story")
            if e["importance"] != 1: err(eid, "duplicate imp must be 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be imp 3")
            if not kp_items or e["headline"] not in kp_items: err(eid, "key_point headline not under Key Points")
        elif kp_items and e["headline"] in kp_items: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid); by_id[eid] = e
    # duplicates referenced by id must exist (second pass for newest-first pages)
    for e in g["entries"]:
        if e["duplicate_of"] and e["duplicate_of"] not in ids: err(e["id"], "duplicate_of unknown")
    if kp_items is not None and len(kp_items) != sum(e["key_point"] for e in g["entries"]): err(sid, "Key Points list size != key_point entries", kp_items)

# the by_id check above requires the original to be listed before; newest-first pages list the re-post first, so re-check leniently
errors = [x for x in errors if "duplicate_of not an entry of this seed listed before" not in x]

expected = set(SINGLE) | {s for v in DAYS.values() for s in v}
if set(golds) != expected: err("gold set", sorted(set(golds) ^ expected))
seed_files = {os.path.basename(p)[:4] for p in glob.glob(os.path.join(ROOT, "seeds", "*"))}
if seed_files != expected: err("seed set", sorted(seed_files ^ expected))

day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = sorted(dates)[0]
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 5: err(day, "source count")
    if not [s for s, ss in story_seeds.items() if len(ss) >= 3]: err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
               and not (e.get("notes") or "").lower().find("re-post of the previous day") >= 0:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2: err(day, "formats not varied")
    if not any(e["subtopic"] == "unrelated" for s in sids for e in golds[s]["entries"]) and day == "day1": err(day, "no off-beat items")
    if not any(e["first_sentence"] is None for s in sids for e in golds[s]["entries"]): err(day, "no teaser")

# day 1 and day 2 consecutive; day 2 re-posts a day-1 entry (importance 1, same story as a day-1 entry)
d1 = datetime.fromisoformat(day_dates["day1"]); d2 = datetime.fromisoformat(day_dates["day2"])
if (d2 - d1).days != 1: err("day1/day2 not consecutive")
d1_first = {e["first_sentence"]: e for s in DAYS["day1"] for e in golds[s]["entries"] if e["first_sentence"]}
reposts = [e for s in DAYS["day2"] for e in golds[s]["entries"] if e["first_sentence"] in d1_first]
if not reposts or any(e["importance"] != 1 or e["story"] != d1_first[e["first_sentence"]]["story"] for e in reposts): err("day2 re-post of a day-1 entry missing or mislabelled")
d1_stories = {e["story"] for s in DAYS["day1"] for e in golds[s]["entries"]}
cont = {e["story"] for s in DAYS["day2"] for e in golds[s]["entries"] if e["importance"] == 3 and e["story"] in d1_stories}
if not cont: err("no day-1 story continued on day 2")

seen = {d: day for day, d in day_dates.items()}
single_days = []
for sid in SINGLE:
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    ds = sorted({e["published"][:10] for e in ents})
    single_days.append("/".join(ds))
    for d in ds:
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid
for d in seen:
    if d in AVOID: err("date", d, "is on the avoid list")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}; single-page days {single_days}")
