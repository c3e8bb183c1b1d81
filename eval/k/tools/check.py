#!/usr/bin/env python3
"""Independent checker for eval/k gold files. Usage: python3 eval/k/tools/check.py"""
import json, html, os, re, sys, glob
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = {"day1": ["1210", "1211", "1212", "1213"], "day2": ["1216", "1217", "1218", "1219"], "day3": ["1222", "1223", "1224"]}
SINGLE = ["12%02d" % i for i in range(8)]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
BANNED = ["ironbridge", "sable", "cobalt", "foxglove", "granite", "ostrava signal", "quayside tribune", "globe relay", "tarnfield",
          "sparrowhawk", "amberway", "lakeside", "northgate", "vistula", "danube", "polaris", "harbourline", "carpathian", "meridian",
          "northbridge", "atlas", "borealis", "continental", "harbour post", "dnipro chronicle", "northline", "volga courier", "kestrel",
          "baltic sentinel", "harbour gazette", "ural vestnik", "courier", "herald", "ledger", "wire", "monitor", "gazette", "palisade"]
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        t = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t))   # escaped HTML inside Atom content / CDATA
        return raw, t + "\n" + t2
    return raw, raw

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
    if sid not in SINGLE and any(b in g["source"].lower() for b in BANNED): err(sid, "banned outlet name", g["source"])
    kp_items = None
    m = re.search(r"^key points\s*$", text, re.I | re.M)
    if m:
        kp_items = []
        for line in text[m.end():].split("\n")[1:]:
            line = line.strip()
            if not line:
                if kp_items: break
                continue
            kp_items.append(re.sub(r"^[-\u2022*]\s*", "", line))
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
        # published vs published_local
        pl = e["published_local"]; mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", pl or "")
        if not mm: err(eid, "bad published_local", pl)
        else:
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub: err(eid, "published", e["published"], "!= local", pl)
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] not in (e["topic"], "security", "humanitarian", "frontline", "politics"): err(eid, "subtopic/topic clash")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")): err(eid, "off-beat rule")
        if e["first_sentence"] is None and (e["importance"] != 1 or e["body_paragraphs"] != 0): err(eid, "no-body entry must be imp 1 / 0 paras")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids: err(eid, "duplicate_of not an earlier id")
            if e["importance"] != 1: err(eid, "duplicate imp must be 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be imp 3")
            if not kp_items or e["headline"] not in kp_items: err(eid, "key_point headline not under Key Points")
        elif kp_items and e["headline"] in kp_items: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid)
    if kp_items is not None and len(kp_items) != sum(e["key_point"] for e in g["entries"]): err(sid, "Key Points list size != key_point entries", kp_items)

# one UTC date per multi-source day; multi-seed stories importance 3
day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set)
    n = 0
    for sid in sids:
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = dates.pop() if len(dates) == 1 else None
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 4: err(day, "source count")
    main = [s for s, ss in story_seeds.items() if len(ss) >= 3]
    if not main: err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    fmts = {os.path.splitext(golds[s]["seed"])[1] for s in sids}
    if len(fmts) < 2: err(day, "formats not varied")

# single pages: 5-9 entries; UTC days disjoint from each other and from the multi-source days; not 2023-03-28
seen = {d: day for day, d in day_dates.items() if d}
single_days = []
for sid in SINGLE:
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    ds = sorted({e["published"][:10] for e in ents})
    single_days.append("/".join(ds))
    for d in ds:
        if d == "2023-03-28": err(sid, "forbidden date")
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}; single-page days {single_days}")
