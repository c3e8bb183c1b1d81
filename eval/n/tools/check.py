#!/usr/bin/env python3
"""Independent checker for eval/n: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/n/tools/check.py   (prints OK or the list of problems)"""
import json, html, os, re, sys, glob
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = ["1500", "1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1509"]
DAYS = {"day1": ["1510", "1511", "1512", "1513"], "day2": ["1514", "1515", "1516"], "day3": ["1518", "1519", "1520", "1521"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
AVOID_DAYS = {"2022-09-14", "2022-04-08", "2023-06-06", "2023-07-11", "2023-10-05", "2023-11-25", "2024-02-17", "2024-04-20",
              "2024-08-07", "2024-12-20", "2025-03-18", "2025-07-04", "2025-07-05", "2023-02-25", "2023-10-10", "2022-03-05",
              "2023-03-21", "2022-10-10", "2023-09-13", "2024-06-19", "2024-03-24", "2024-12-25", "2024-12-26", "2023-07-17"}
BANNED = ["ironbridge", "sable", "cobalt", "foxglove", "granite", "meridian", "atlas", "harbourpost", "borealis", "continental",
          "northgate", "lakeside", "vistula", "polaris", "danube", "harbourline", "northbridge", "carpathian", "northline",
          "volga courier", "dnipro chronicle", "kestrel", "baltic sentinel", "harbour gazette", "ural vestnik", "ledger", "courier",
          "wire", "herald", "gazette", "monitor", "ostrava signal", "quayside tribune", "globe relay", "tarnfield", "sparrowhawk",
          "amberway", "redfern", "lanternfish", "palisade", "brightwater", "eastwind", "saltmarsh", "hollybank", "marlowe",
          "copperleaf", "gorsefield", "cairnfield", "ashgrove", "thornbury", "brackenridge", "quillon", "larkspur", "whitecliff",
          "pinecrest", "oakhollow", "seabright", "elmstead", "aldermoor", "briarwood", "juniper", "calderbrook", "dunmore",
          "elderfield", "fernhill", "glenholme", "kingsmere", "linden", "rookwood", "tidewater", "yarrow", "mosswood", "wrenfield",
          "stonechat", "underhill", "saffron bay", "penhallow", "marram", "ossory"]
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    """visible text: for HTML/XML remove tags and decode entities (twice, for escaped HTML inside feeds)."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        raw2 = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), raw, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", "\n", raw2))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t))
        return raw, t + "\n" + t2
    return raw, raw

def key_points(text):
    m = re.search(r"^\s*key points\s*$", text, re.I | re.M)
    if not m: return None
    items = []
    for line in text[m.end():].split("\n")[1:]:
        line = line.strip()
        if not line:
            if items: break
            continue
        items.append(re.sub(r"^[-\u2022*]\s*", "", line))
    return items

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); base = os.path.basename(gp)[:-5]; sid = base[:4]; golds[sid] = g
    if not re.fullmatch(r"15\d\d_[a-z0-9-]+", base): err(gp, "bad gold file name")
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.isfile(sp): err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != base: err(gp, "gold name != seed name")
    raw, text = page_text(sp)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g: err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text: err(sid, "page_title not in page")
    try: ZoneInfo(g["page_timezone"])
    except Exception: err(sid, "bad page_timezone", g["page_timezone"])
    if sid not in SINGLE and any(b in g["source"].lower() for b in BANNED): err(sid, "banned outlet name", g["source"])
    if sid not in SINGLE and g["source"][0].upper() < "M": err(sid, "invented name should start with M-Z")
    kp = key_points(text)
    ids = []
    for e in g["entries"]:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid): err(eid, "bad id")
        if eid in ids: err(eid, "dup id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e: err(eid, "missing", k)
        for k in ["headline", "stamp", "first_sentence", "author"]:
            if e[k] is not None and e[k] not in text: err(eid, k, "not an exact substring:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs): err(eid, "first_sentence does not end a sentence")
            if not re.search(r"(^|\n)" + re.escape(fs), text): err(eid, "first_sentence does not start a line/paragraph")
            if e["body_paragraphs"] < 1: err(eid, "first_sentence but no paragraphs")
        # published == local time converted with zoneinfo
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not mm: err(eid, "bad published_local")
        else:
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub or not e["published"].endswith("Z"): err(eid, "published", e["published"], "!= local", e["published_local"])
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
            # the printed stamp must show the local time (HH:MM or H.MM / HHhMM) unless relative/absent/ISO
            st = e["stamp"]
            if st and "ago" not in st and st != "just now":
                h, mi = loc.hour, loc.minute
                forms = [f"{h:02d}:{mi:02d}", f"{h:02d}{mi:02d}", f"{h:02d}h{mi:02d}", f"{h % 12 or 12}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}"]
                if not any(f in st for f in forms): err(eid, "stamp does not show the local time", st, mm.group(1))
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]: err(eid, "core topic needs same subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        note = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")): err(eid, "off-beat rule")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated": err(eid, "off-beat note on a war item")
        if e["first_sentence"] is None and (e["importance"] != 1 or e["body_paragraphs"] != 0): err(eid, "teaser must be importance 1 with 0 paragraphs")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids: err(eid, "duplicate_of not an earlier id of this seed")
            elif e["importance"] != 1: err(eid, "duplicate must be importance 1")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]: err(eid, "duplicate in another story")
        if note.startswith("re-post:") and e["importance"] != 1: err(eid, "re-post of previous day must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be importance 3")
            if not kp or e["headline"] not in kp: err(eid, "key_point headline not under Key Points")
        elif kp and e["headline"] in kp: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid)
    if kp is not None and len(kp) != sum(e["key_point"] for e in g["entries"]): err(sid, "Key Points list size != key_point entries", kp)
    # entries in page order: stamps (or headlines) must appear in the text in the gold order
    pos = 0
    for e in g["entries"]:
        anchor = e["headline"] or e["first_sentence"]
        if anchor is None: continue
        p = text.find(anchor, pos)
        if p < 0: err(e["id"], "entry out of page order"); break
        pos = p + 1 if e["duplicate_of"] is None else p + 1

expected = set(SINGLE) | {s for v in DAYS.values() for s in v}
if set(golds) != expected: err("gold set", sorted(set(golds) ^ expected))

# multi-source days
day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = min(dates)
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 5: err(day, "source count")
    if not any(len(ss) >= 3 for ss in story_seeds.values()): err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            multi = len(story_seeds[e["story"]]) >= 2
            if multi and e["first_sentence"] and not e["duplicate_of"] and not (e.get("notes") or "").startswith("re-post:") and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2: err(day, "formats not varied")
    if not any(e["duplicate_of"] for s in sids for e in golds[s]["entries"]) and day != "day2": err(day, "no near-verbatim repeat")
    if not any(e["first_sentence"] is None for s in sids for e in golds[s]["entries"]): err(day, "no teaser")
d1, d2 = CONSECUTIVE
if (datetime.fromisoformat(day_dates[d2]) - datetime.fromisoformat(day_dates[d1])).days != 1: err("days 1 and 2 not consecutive")
s1 = {e["story"] for s in DAYS[d1] for e in golds[s]["entries"]}
reposts = [e for s in DAYS[d2] for e in golds[s]["entries"] if (e.get("notes") or "").startswith("re-post:")]
if not reposts or any(e["story"] not in s1 for e in reposts): err("day 2 lacks a re-post of a day-1 story")
cont = [e for s in DAYS[d2] for e in golds[s]["entries"] if e["story"] in s1 and e["importance"] == 3]
if not cont: err("day 2 does not continue a day-1 story with a new development")
# at least one general world feed where the war is a minority
if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for v in DAYS.values() for s in v):
    err("no general world-news feed with the war in the minority")

# single pages: 5-9 entries; UTC days disjoint from each other, from the days and from the avoid list
seen = {d: day for day, d in day_dates.items()}
for d in day_dates.values():
    if d in AVOID_DAYS: err("day uses an avoided date", d)
single_days = []
for sid in SINGLE:
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    ds = sorted({e["published"][:10] for e in ents})
    single_days.append("/".join(ds))
    for d in ds:
        if d in AVOID_DAYS: err(sid, "avoided date", d)
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid
fmt = defaultdict(int)
for sid in SINGLE: fmt[os.path.splitext(golds[sid]["seed"])[1]] += 1
if not (fmt[".txt"] >= 3 and fmt[".html"] >= 3 and fmt[".xml"] >= 2): err("Part A format mix", dict(fmt))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}; single-page days {single_days}")
