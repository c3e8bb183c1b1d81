#!/usr/bin/env python3
"""Independent checker for eval/l: re-reads seeds/ and gold/ (not build.py's data) and verifies them.
Usage: python3 eval/l/tools/check.py   (prints OK or the problems)"""
import json, html, os, re, sys, glob
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(1300, 1310)]
DAYS = {"day1": ["1310", "1311", "1312"], "day2": ["1313", "1314", "1315", "1316"], "day3": ["1317", "1318", "1319", "1320"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
BANNED = ["ironbridge", "sable", "cobalt", "foxglove", "granite", "meridian", "atlas", "harbourpost", "borealis", "continental", "northgate",
          "lakeside", "vistula", "polaris", "danube", "harbourline", "northbridge", "carpathian", "northline", "volga courier", "dnipro chronicle",
          "kestrel", "baltic sentinel", "harbour gazette", "ural vestnik", "ledger", "courier", "wire", "herald", "gazette", "monitor",
          "ostrava signal", "quayside tribune", "globe relay", "tarnfield", "sparrowhawk", "amberway", "redfern", "lanternfish", "palisade",
          "brightwater", "eastwind", "saltmarsh", "hollybank", "marlowe", "copperleaf", "gorsefield", "cairnfield", "ashgrove", "thornbury",
          "brackenridge", "quillon", "larkspur", "whitecliff", "pinecrest", "oakhollow", "seabright", "elmstead"]
REAL_USED = ["al jazeera", "guardian", "bbc", "associated press", "kyiv independent", "ukrainska pravda", "dw", "meduza", "independent.ie?",
             "daily sabah", "sky news", "new york times", "cnn", "france 24", "moscow times", "reuters", "euronews", "trt world", "economist",
             "south china morning post", "business insider", "rnz", "kyiv post"]
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".xml")):
        t = re.sub(r"<!\[CDATA\[|\]\]>", "", raw)
        t1 = html.unescape(re.sub(r"<[^>]+>", "\n", t))
        t2 = html.unescape(re.sub(r"<[^>]+>", "\n", t1))   # escaped HTML inside RSS/Atom bodies
        return raw, t1 + "\n" + t2
    return raw, raw

def key_points(path, raw, text):
    """Headlines listed under a page's own Key Points block, or None when the page has none."""
    if path.endswith(".html"):
        m = re.search(r">\s*key points\s*<.*?<ul>(.*?)</ul>", raw, re.I | re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)] if m else None
    m = re.search(r"^key points\s*$", text, re.I | re.M)
    if not m: return None
    items = []
    for line in text[m.end():].split("\n")[1:]:
        line = line.strip()
        if not line: break
        items.append(re.sub(r"^(?:[-\u2022*]\s+)", "", line))
    return items

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); base = os.path.basename(gp)[:-5]; sid = base[:4]; golds[sid] = g
    if not re.fullmatch(r"13\d\d_[a-z0-9-]+", base): err(gp, "bad gold name")
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp): err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != base: err(gp, "gold name != seed name without extension")
    raw, text = page_text(sp)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g: err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text: err(sid, "page_title not in page")
    if g["page_timezone"] != "unknown":
        try: ZoneInfo(g["page_timezone"])
        except Exception: err(sid, "bad page_timezone", g["page_timezone"])
    src = g["source"].lower()
    if sid not in SINGLE:
        if any(b in src for b in BANNED): err(sid, "banned outlet name", g["source"])
        if not ("a" <= src[0] <= "l"): err(sid, "invented outlet must start with A-L", g["source"])
    kp = key_points(sp, raw, text)
    ids = []
    for e in g["entries"]:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid) or eid != f"{sid}-{len(ids)+1:02d}": err(eid, "bad/out-of-order id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e: err(eid, "missing", k)
        for k in ["headline", "stamp", "first_sentence", "author"]:
            if e[k] is not None and e[k] not in text: err(eid, k, "not an exact substring:", e[k][:70])
        if e["first_sentence"] is not None and not re.search(r"[.!?][\"\u201d\u2019]?$", e["first_sentence"]): err(eid, "first_sentence not a sentence")
        # published
        pl = e["published_local"]
        if pl is None:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", e["published"] or "") or e["stamp"] is not None: err(eid, "date-only entry must have date-only published, no stamp")
            elif e["published"] not in ("2023-06-06",) and e["published"][:4] not in text: err(eid, "date-only year not printed")
        else:
            mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", pl)
            if not mm: err(eid, "bad published_local", pl); continue
            loc = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]): err(eid, "published not UTC Z form")
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if loc != pub: err(eid, "published", e["published"], "!= local", pl)
            if mm.group(2) != g["page_timezone"]: err(eid, "zone differs from page_timezone")
            # the printed stamp must carry the local clock time (or, for relative stamps, the text must carry the anchor)
            if e["stamp"]:
                st = e["stamp"]; hh, mi = loc.hour, loc.minute
                forms = [f"{hh:02d}:{mi:02d}", f"{hh}:{mi:02d}", f"{hh % 12 or 12}:{mi:02d}", f"{hh % 12 or 12}.{mi:02d}"]
                if "ago" in st:
                    pass
                elif not any(f in st for f in forms) and not any(f in st for f in [pub.strftime("%H:%M")]):
                    err(eid, "stamp does not show the local time", st, pl)
        if e["topic"] not in TOPICS: err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS: err(eid, "subtopic", e["subtopic"])
        if e["topic"] in ("strikes", "aid", "diplomacy") and e["subtopic"] not in (e["topic"], "security", "humanitarian", "frontline", "politics"): err(eid, "subtopic/topic clash")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"): err(eid, "other with a core subtopic")
        if any(t not in TOPICS | SUBS for t in e["secondary_topics"]) or e["topic"] in e["secondary_topics"]: err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3): err(eid, "importance")
        if not isinstance(e["body_paragraphs"], int) or (e["first_sentence"] is None) != (e["body_paragraphs"] == 0): err(eid, "body_paragraphs vs first_sentence")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")): err(eid, "off-beat rule")
        if e["first_sentence"] is None and e["importance"] != 1: err(eid, "teaser without body must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids: err(eid, "duplicate_of is not an earlier entry of this seed")
            if e["importance"] != 1: err(eid, "duplicate must be importance 1")
            orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
            if orig["story"] != e["story"]: err(eid, "duplicate has a different story")
        if (e.get("notes") or "").startswith("re-post") and e["importance"] != 1: err(eid, "re-post must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3: err(eid, "key point must be importance 3")
            if not kp or e["headline"] not in kp: err(eid, "key_point but headline not under Key Points")
        elif kp and e["headline"] in kp: err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]): err(eid, "story slug")
        ids.append(eid)
    if kp is not None and len(kp) != sum(e["key_point"] for e in g["entries"]): err(sid, "Key Points list size != key_point entries", kp)
    # entries counted from stamps where the page prints one per entry
    stamps = [e["stamp"] for e in g["entries"] if e["stamp"]]
    for s in set(stamps):
        if raw.count(s) < 1: err(sid, "stamp missing in raw page", s)

expected = set(SINGLE) | {s for v in DAYS.values() for s in v}
if set(golds) != expected: err("gold set", sorted(set(golds) ^ expected))

# ---- multi-source days
day_dates = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; offbeat = 0
    for sid in sids:
        for e in golds[sid]["entries"]:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1: err(day, "UTC dates", dates)
    day_dates[day] = min(dates)
    if not 18 <= n <= 30: err(day, "entry count", n)
    if not 3 <= len(sids) <= 5: err(day, "source count")
    if not [s for s, ss in story_seeds.items() if len(ss) >= 3]: err(day, "no story told by 3+ sources")
    for sid in sids:
        for e in golds[sid]["entries"]:
            multi = len(story_seeds[e["story"]]) >= 2
            repost = (e.get("notes") or "").startswith("re-post")
            if multi and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2: err(day, "formats not varied")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents): err(day, "no teaser")
    if not any(e["story"].startswith("explainer") for e in ents): err(day, "no explainer/theme piece")
    if not any(e["duplicate_of"] or (e.get("notes") or "").startswith("re-post") for e in ents): err(day, "no near-verbatim re-post")
    if sum(e["topic"] == "strikes" and e["first_sentence"] is not None and len(story_seeds[e["story"]]) >= 1 for e in ents) and \
       len({e["story"] for e in ents if e["topic"] == "strikes"}) < 2: err(day, "no pair of distinct strike stories")
    if len({e["story"] for e in ents if e["topic"] == "aid" and not e["story"].startswith("biden")}) < 2: err(day, "no pair of distinct aid stories")
d1 = datetime.fromisoformat(day_dates[CONSECUTIVE[0]]); d2 = datetime.fromisoformat(day_dates[CONSECUTIVE[1]])
if (d2 - d1).days != 1: err("days", CONSECUTIVE, "not consecutive")
# day 2 re-posts a day-1 entry nearly verbatim and continues a day-1 story
d1ents = {e["id"]: e for s in DAYS[CONSECUTIVE[0]] for e in golds[s]["entries"]}
d2ents = [e for s in DAYS[CONSECUTIVE[1]] for e in golds[s]["entries"]]
def words(s): return set(re.findall(r"[a-z0-9']+", s.lower()))
rep = [e for e in d2ents if (e.get("notes") or "").startswith("re-post")]
if not rep: err("day2", "no re-post of a day-1 entry")
for e in rep:
    m = re.search(r"(13\d\d-\d\d)", e["notes"]); o = d1ents.get(m.group(1)) if m else None
    if not o: err(e["id"], "re-post does not name a day-1 entry"); continue
    if o["story"] != e["story"] or len(words(o["first_sentence"]) & words(e["first_sentence"])) / len(words(o["first_sentence"]) | words(e["first_sentence"])) < 0.8:
        err(e["id"], "re-post not near-verbatim / not same story as", o["id"])
cont = {e["story"] for e in d2ents if not (e.get("notes") or "").startswith("re-post") and e["first_sentence"]} & {e["story"] for e in d1ents.values()}
if not cont: err("day2", "no day-1 story continued with a new development")
world = [s for v in DAYS.values() for s in v if sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"])]
if not world: err("no general world-news feed where the war is a minority")

# ---- single pages
seen = {d: day for day, d in day_dates.items()}
fmts = defaultdict(int); single_days = []
for sid in SINGLE:
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9: err(sid, "entry count", len(ents))
    ext = os.path.splitext(golds[sid]["seed"])[1]
    raw = open(os.path.join(ROOT, "seeds", golds[sid]["seed"]), encoding="utf-8").read()
    fmts["feed" if raw.lstrip().startswith("<?xml") else ext] += 1
    ds = sorted({e["published"][:10] for e in ents}); single_days.append("/".join(ds))
    for d in ds:
        if d in seen: err(sid, "UTC day", d, "already used by", seen[d])
        seen[d] = sid
if fmts[".txt"] != 4 or fmts[".html"] != 4 or fmts["feed"] != 2: err("format mix of single pages", dict(fmts))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_dates}; single-page days {single_days}")
