#!/usr/bin/env python3
"""Independent checker for eval/m: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/m/tools/check.py   (prints OK or the problems)"""
import json, html, os, re, sys, glob
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = {"day1": ["1420", "1421", "1422", "1423"], "day2": ["1430", "1431", "1432", "1433"], "day3": ["1440", "1441", "1442"]}
SINGLE = ["14%02d" % i for i in range(10)]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
BANNED = ["ironbridge", "sable", "cobalt", "foxglove", "granite", "meridian", "atlas", "harbourpost", "borealis", "continental",
          "northgate", "lakeside", "vistula", "polaris", "danube", "harbourline", "northbridge", "carpathian", "northline",
          "volga courier", "dnipro chronicle", "kestrel", "baltic sentinel", "harbour gazette", "ural vestnik", "ledger", "courier",
          "wire", "herald", "gazette", "monitor", "ostrava signal", "quayside tribune", "globe relay", "tarnfield", "sparrowhawk",
          "amberway", "redfern", "lanternfish", "palisade", "brightwater", "eastwind", "saltmarsh", "hollybank", "marlowe",
          "copperleaf", "gorsefield", "cairnfield", "ashgrove", "thornbury", "brackenridge", "quillon", "larkspur", "whitecliff",
          "pinecrest", "oakhollow", "seabright", "elmstead"]
USED_OUTLETS = ["al jazeera", "guardian", "bbc", "kyiv independent", "deutsche welle", "meduza", "independent", "sky news",
                "new york times", "cnn", "france 24", "moscow times", "reuters", "politico", "euronews", "cnbc", "yonhap"]
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        t = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t))     # escaped HTML inside Atom content
        return raw, t + "\n" + t2
    return raw, raw

def kp_block(text):
    m = re.search(r"^key (points|events)\s*$", text, re.I | re.M)
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
    g = json.load(open(gp, encoding="utf-8")); sid = os.path.basename(gp)[:4]; golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp): err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]: err(gp, "gold name != seed name")
    raw, text = page_text(sp)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g: err(sid, "missing key", k)
    if g["page_title"] and g["page_title"] not in text: err(sid, "page_title not in page")
    if sid not in SINGLE:
        low = g["source"].lower()
        if any(re.search(r"\b" + re.escape(b) + r"\b", low) for b in BANNED): err(sid, "banned outlet name", g["source"])
        if low[0] <= "l": err(sid, "Part B outlet name starts with A-L", g["source"])
    elif any(u == g["source"].lower() for u in USED_OUTLETS): err(sid, "outlet already imitated")
    kp_items = kp_block(text)
    ids = []
    for e in g["entries"]:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid): err(eid, "bad id")
        if eid in ids: err(eid, "dup id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e: err(eid, "missing", k)
        for k in ["headline", "stamp", "first_sentence", "author"]:
            if e[k] is not None and e[k] not in text: err(eid, k, "not exact substring:", e[k][:60])
        if e["first_sentence"] and not re.search(r'[.!?]["\u201d\u2019]?$', e["first_sentence"]): err(eid, "first_sentence not a sentence")
        pl = e["published_local"]; mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", pl or "")
        if not mm: err(eid, "bad published_local", pl)
        else:
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub: err(eid, "published", e["published"], "!= local", pl)
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
            # explicit-offset stamps (feeds) must agree with published
            st = e["stamp"] or ""
            m2 = re.fullmatch(r"\w{3}, (\d\d \w{3} \d{4} \d\d:\d\d):\d\d (GMT|[+-]\d{4})", st)
            if m2:
                off = "+0000" if m2.group(2) == "GMT" else m2.group(2)
                if datetime.strptime(m2.group(1) + " " + off, "%d %b %Y %H:%M %z") != pub: err(eid, "pubDate != published")
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", st) and datetime.fromisoformat(st) != pub: err(eid, "Atom stamp != published")
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] not in (e["topic"], "security", "humanitarian", "frontline", "politics"): err(eid, "subtopic/topic clash")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        note = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")): err(eid, "off-beat rule")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated": err(eid, "off-beat note on war item")
        if note.startswith("re-post:") and e["importance"] != 1: err(eid, "re-post from previous day must be imp 1")
        if e["first_sentence"] is None and (e["importance"] != 1 or e["body_paragraphs"] != 0): err(eid, "no-body entry must be imp 1 / 0 paras")
        if e["first_sentence"] is not None and e["body_paragraphs"] < 1: err(eid, "body with 0 paragraphs")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids: err(eid, "duplicate_of not an earlier id")
            else:
                o = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if o["story"] != e["story"] or o["headline"] != e["headline"]: err(eid, "duplicate differs in story/headline")
            if e["importance"] != 1: err(eid, "duplicate imp must be 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be imp 3")
            if not kp_items or e["headline"] not in kp_items: err(eid, "key_point headline not under Key Points")
        elif kp_items and e["headline"] in kp_items: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid)
    if kp_items is not None and len(kp_items) != sum(e["key_point"] for e in g["entries"]): err(sid, "Key Points list size != key_point entries", kp_items)

# multi-source days
day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; offbeat = 0
    for sid in sids:
        if sid not in golds: err(day, "missing gold", sid); continue
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); n += 1
            if not (e.get("notes") or "").startswith("re-post:"): story_seeds[e["story"]].add(sid)
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = dates.pop() if len(dates) == 1 else None
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 5: err(day, "source count")
    if not [s for s, ss in story_seeds.items() if len(ss) >= 3]: err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds.get(sid, {"entries": []})["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] \
               and not (e.get("notes") or "").startswith("re-post:") and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids if s in golds}) < 2: err(day, "formats not varied")
    if not any(e["first_sentence"] is None for s in sids for e in golds[s]["entries"]): err(day, "no teaser")
    if not any(e["duplicate_of"] or (e.get("notes") or "").startswith("re-post:") for s in sids for e in golds[s]["entries"]): err(day, "no near-verbatim re-post")
# a general world feed: some seed where off-beat items are the majority
if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for d in DAYS.values() for s in d):
    err("no general world-news feed with war in the minority")
# consecutive days with a re-post of day 1 in day 2
reposts = [e for s in DAYS["day2"] for e in golds[s]["entries"] if (e.get("notes") or "").startswith("re-post:")]
d1stories = {e["story"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
for e in reposts:
    if e["story"] not in d1stories: err(e["id"], "re-post story not on day 1")
if not reposts: err("day2 has no re-post of day 1")
if day_dates["day1"] and day_dates["day2"]:
    if (datetime.fromisoformat(day_dates["day2"]) - datetime.fromisoformat(day_dates["day1"])).days != 1: err("day1/day2 not consecutive")

# single pages
seen = {d: day for day, d in day_dates.items() if d}
single_days = []
for sid in SINGLE:
    if sid not in golds: err(sid, "missing"); continue
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    ds = sorted({e["published"][:10] for e in ents})
    single_days.append("/".join(ds))
    for d in ds:
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid
fmts = defaultdict(int)
for sid in SINGLE:
    fmts[os.path.splitext(golds[sid]["seed"])[1]] += 1
if fmts[".txt"] < 3 or fmts[".html"] < 3 or fmts[".xml"] < 2: err("Part A format mix", dict(fmts))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}; single-page days {single_days}")
