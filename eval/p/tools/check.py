#!/usr/bin/env python3
"""Independent checker for eval/p: re-reads the seed files and verifies the gold files.
Usage: python3 eval/p/tools/check.py   (prints OK or the problems)"""
import json, html, os, re, sys, glob
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = ["17%02d" % i for i in range(10)]
DAYS = {"day1": ["1720", "1721", "1722", "1723"], "day2": ["1730", "1731", "1732", "1733"], "day3": ["1740", "1741", "1742", "1743"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
AVOID = set("""2022-09-14 2022-04-08 2023-06-06 2023-07-11 2023-10-05 2023-11-25 2024-02-17 2024-04-20 2024-08-07 2024-12-20
2025-03-18 2025-07-04 2025-07-05 2023-02-25 2023-10-10 2022-03-05 2023-03-21 2022-10-10 2023-09-13 2024-06-19 2024-03-24
2024-12-25 2024-12-26 2023-07-17 2022-05-09 2023-06-24 2022-02-26 2024-09-03 2024-07-10 2023-08-20 2023-02-21 2023-01-25
2023-05-13 2023-04-04 2023-12-29 2023-12-30 2025-08-15 2022-03-16 2022-04-28 2023-05-17 2023-07-12 2022-06-22 2022-06-23
2023-03-14 2024-05-10 2022-10-31 2022-09-21 2024-11-19 2023-01-14 2023-01-15 2025-02-12
2023-02-24 2024-06-15 2022-03-09 2022-06-14 2022-03-03 2025-01-16 2024-08-24 2022-11-15 2022-11-16 2024-07-08 2025-05-16 2025-04-24""".split())
BANNED = """ironbridge sable cobalt foxglove granite meridian atlas harbourpost borealis continental northgate lakeside vistula polaris
danube harbourline northbridge carpathian northline volga dnipro kestrel sentinel ural ledger courier wire herald gazette monitor
ostrava quayside relay tarnfield sparrowhawk amberway redfern lanternfish palisade brightwater eastwind saltmarsh hollybank marlowe
copperleaf gorsefield cairnfield ashgrove thornbury brackenridge quillon larkspur whitecliff pinecrest oakhollow seabright elmstead
aldermoor briarwood juniper calderbrook dunmore elderfield fernhill glenholme kingsmere linden rookwood tidewater yarrow mosswood
wrenfield stonechat underhill saffron penhallow marram ossory nettlebed oxbow ravensworth quarrytown tamarisk umberleigh whinmoor
wexcombe sandpiper yelverton vellington anselm birchgate clovermead eskdale farrowby greyfriars hazelmere inchcape kilnworth larchfield""".split()
USED_OUTLETS = ["al jazeera", "guardian", "bbc", "kyiv independent", "dw", "meduza", "independent", "sky news", "cnn", "reuters",
                "bloomberg", "euronews", "politico", "financial times", "telegraph"]  # partial list; Belfast Telegraph is allowed explicitly
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        body = re.sub(r"(?is)<script[^>]*>.*?</script>", "\n", raw)
        t = html.unescape(re.sub(r"<[^>]+>", "\n", body))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t))   # entity-escaped HTML inside RSS/Atom
        return raw, (t2 if t2 != t else t)
    return raw, raw

def key_points(path, raw, text):
    if path.endswith(".html"):
        m = re.search(r"(?is)>\s*key points\s*<.*?<ul[^>]*>(.*?)</ul>", raw)
        if not m: return None, None
        items = [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in re.findall(r"(?is)<li[^>]*>(.*?)</li>", m.group(1))]
        return items, None
    m = re.search(r"(?im)^key points\s*$", text)
    if not m: return None, None
    items = []; pos = m.end()
    lines = text[m.end():].split("\n")[1:]
    consumed = len(text[:m.end()]) + 1
    for line in lines:
        consumed += len(line) + 1
        s = line.strip()
        if not s:
            if items: break
            continue
        items.append(re.sub(r"^[-\u2022*]\s*", "", s))
    return items, consumed

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); sid = os.path.basename(gp)[:4]; golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp): err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]: err(gp, "gold name != seed name")
    raw, text = page_text(sp)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g: err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text: err(sid, "page_title not in page")
    src = g["source"].lower()
    if sid in SINGLE:
        if any(re.search(r"\b" + re.escape(u) + r"\b", src) for u in USED_OUTLETS) and "belfast" not in src: err(sid, "outlet already imitated", src)
    elif any(b in src for b in BANNED): err(sid, "banned outlet name", g["source"])
    elif not "m" <= src[0] <= "z": err(sid, "invented outlet should start with M-Z", src)
    kp_items, kp_end = key_points(sp, raw, text)
    ids = []; byid = {}
    cursor = kp_end or 0
    ents = g["entries"]
    anchors = []
    for e in ents:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid): err(eid, "bad id")
        if eid in ids: err(eid, "dup id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e: err(eid, "missing", k)
        for k in ["headline", "stamp", "first_sentence", "author"]:
            if e[k] is not None and e[k] not in text: err(eid, k, "not an exact substring:", e[k][:70])
        # order: headline (or stamp) of each entry found after the previous one, first sentence before the next entry
        anchor = e["headline"] or e["stamp"]
        p = text.find(anchor, cursor) if anchor else -1
        if p < 0: err(eid, "headline/stamp not found in page order")
        else: cursor = p + 1
        anchors.append(p)
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not mm: err(eid, "bad published_local")
        else:
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub: err(eid, "published", e["published"], "!= local", e["published_local"])
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]: err(eid, "core topic must have equal subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")): err(eid, "off-beat rule")
        if (e.get("notes") or "").startswith("off-beat:") and e["subtopic"] != "unrelated": err(eid, "off-beat note on a war item")
        if e["first_sentence"] is None:
            if e["importance"] != 1 or e["body_paragraphs"] != 0: err(eid, "entry without body must be importance 1 with 0 paragraphs")
        elif e["body_paragraphs"] < 1: err(eid, "body_paragraphs")
        if e["duplicate_of"]:
            o = byid.get(e["duplicate_of"]) or next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if not o: err(eid, "duplicate_of not in this seed")
            else:
                if o["published"] >= e["published"]: err(eid, "duplicate_of must point to an earlier-published entry")
                if o["story"] != e["story"]: err(eid, "duplicate has a different story")
            if e["importance"] != 1: err(eid, "duplicate must be importance 1")
        if e.get("repost_of") and e["importance"] != 1: err(eid, "re-post must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be importance 3")
            if not kp_items or e["headline"] not in kp_items: err(eid, "key_point headline not listed under Key Points")
        elif kp_items and e["headline"] in kp_items: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid); byid[eid] = e
    for i, e in enumerate(ents):
        if e["first_sentence"] and anchors[i] >= 0:
            nxt = next((a for a in anchors[i + 1:] if a >= 0), len(text))
            q = text.find(e["first_sentence"], anchors[i])
            if q < 0 or q >= nxt: err(e["id"], "first_sentence not inside its entry")
    if kp_items is not None and len(kp_items) != sum(e["key_point"] for e in ents): err(sid, "Key Points list size != key_point entries")

allent = {e["id"]: (sid, e) for sid, g in golds.items() for e in g["entries"]}
for sid, g in golds.items():
    for e in g["entries"]:
        if e.get("repost_of"):
            o = allent.get(e["repost_of"])
            if not o or o[0] == sid: err(e["id"], "repost_of must name an entry of another seed")
            elif not (o[1]["published"][:10] < e["published"][:10] and o[1]["story"] == e["story"]): err(e["id"], "repost_of must be an earlier-day entry of the same story")

# multi-source days
day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds: err(day, "missing seed", sid); continue
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = min(dates) if dates else None
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 5: err(day, "source count")
    if not any(len(s) >= 3 for s in story_seeds.values()): err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not e.get("repost_of") and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2: err(day, "formats not varied")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds): err(day, "no teaser")
    if not any(e["duplicate_of"] or e.get("repost_of") for e in kinds): err(day, "no near-verbatim repeat")
# at least one general feed where the war is a minority
if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for d in DAYS.values() for s in d):
    err("no general world feed with the war in a minority")
# day 2 follows day 1, re-posts a day-1 update and continues a day-1 story
d1, d2 = day_dates["day1"], day_dates["day2"]
if d1 and d2 and date.fromisoformat(d2) - date.fromisoformat(d1) != timedelta(days=1): err("day2 is not the day after day1")
s1 = {e["story"] for s in DAYS["day1"] for e in golds[s]["entries"]}
if not any(e.get("repost_of") for s in DAYS["day2"] for e in golds[s]["entries"]): err("day2 has no re-post of day 1")
if not any(e["story"] in s1 and not e.get("repost_of") and e["first_sentence"] for s in DAYS["day2"] for e in golds[s]["entries"]): err("day2 continues no day-1 story")

# single pages
seen = {d: day for day, d in day_dates.items() if d}
fmts = defaultdict(int)
for sid in SINGLE:
    if sid not in golds: err(sid, "missing single page"); continue
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    fmts[os.path.splitext(golds[sid]["seed"])[1]] += 1
    for d in sorted({e["published"][:10] for e in ents}):
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}: err("single-page format mix", dict(fmts))
for d, who in seen.items():
    if d in AVOID: err(who, "uses an avoided UTC day", d)
if len(golds) != len(SINGLE) + sum(len(v) for v in DAYS.values()): err("unexpected gold files", sorted(golds))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}")
