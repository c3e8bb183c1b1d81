#!/usr/bin/env python3
"""Independent checker for eval/z: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/z/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2700, 2710)]
DAYS = {"day1": ["2720", "2721", "2722", "2723"], "day2": ["2730", "2731", "2732", "2733"], "day3": ["2740", "2741", "2742", "2743"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30
2024-02-05 2024-02-08 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-24 2024-02-25 2024-02-26
2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-19 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-05
2024-04-10 2024-04-11 2024-04-16 2024-04-17 2024-04-18 2024-04-20 2024-04-24 2024-05-09 2024-05-10 2024-05-21 2024-05-22
2024-05-28 2024-06-03 2024-06-07 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20
2024-06-25""".split())
ALLOWED_MONTHS = {"2024-02", "2024-04", "2024-06"}
# names of used outlets/invented names starting with A-F (the letters Part B may use)
USED_AF = """aldermoor amberway ambleside ambrey anselm ashcombe ashgrove atlas axbridge baltic bellhaven bilsdale birchgate black blackthorn
borealis brackenridge bramblecote brantwood briarwood brightwater brisco cairnfield caldbeck calderbrook carpathian chatburn cinderford
clovermead cobalt continental copperleaf cragside crossfell danube dnipro dovecote dunmore dunsford eastwind eddystone edgehill elderfield
ellerby elmstead elsworth eskdale fairlight fallowfield farrowby fenwold fernhill foxglove bodmin cardinham dunwich ebbor castleton""".split()
PART_A_OUTLETS = {"The Barents Observer", "BTA", "Agerpres", "Khaleej Times", "Bernama", "VnExpress International", "The Express Tribune",
                  "Daily News Hungary", "N1", "24.kg"}
MONTHN = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
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


def hm(h, m, suf):
    if suf:
        s = suf.replace(".", "").lower()
        h = h % 12 + (12 if s == "pm" else 0)
    return h, m


def stamp_check(s, pub, local, text):
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub else "ISO differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 differs"
    m = re.fullmatch(r"(\d+) hours? ago", s)
    if m:
        a = re.search(r"Updated: \w+, ([A-Z][a-z]+) (\d{1,2}), (\d{4}), (\d\d):(\d\d) \(GMT\+7\)", text)
        if not a:
            return "relative stamp without anchor"
        ref = datetime(int(a.group(3)), MONTHN[a.group(1)[:3]], int(a.group(2)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
        return None if ref - timedelta(hours=int(m.group(1))) == pub else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        u = pub.astimezone(ZoneInfo("UTC"))
        return None if (u.hour, u.minute) == (int(m.group(1)), int(m.group(2))) else "GMT stamp differs"
    m = re.fullmatch(r"(\d\d)[./](\d\d)[./](\d{4}) (\d\d):(\d\d)(?: (AM|PM))?", s)
    if m:
        h, mi = hm(int(m.group(4)), int(m.group(5)), m.group(6))
        ok = (local.day, local.month, local.year, local.hour, local.minute) == (int(m.group(1)), int(m.group(2)), int(m.group(3)), h, mi)
        return None if ok else "numeric date stamp differs"
    m = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = hm(int(m.group(1)), int(m.group(2)), m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    md = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", s)
    if md and (int(md.group(1)), MONTHN[md.group(2)], int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), MONTHN[md.group(1)], int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    if " ET" in s and local.utcoffset() != timedelta(hours=-4):
        return "ET offset"
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
    if not re.fullmatch(r"27\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    plines = [re.sub(r"^[\u2022*-]\s+", "", l) for l in lines]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    ZoneInfo(g["page_timezone"])
    if sid in SINGLE:
        if g["source"] not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the brief's list", g["source"])
    else:
        src = g["source"]
        if not "A" <= src[0] <= "F":
            err(sid, "invented outlet must start with A-F")
        if src.split()[0].lower() in USED_AF:
            err(sid, "outlet name word already used", src)
    # Key Points block (first occurrence of a listed headline is the key point)
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []; kp_seen = set()
    for e in g["entries"]:
        eid = e["id"]
        if not re.fullmatch(sid + r"-\d\d", eid):
            err(eid, "bad id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not in visible text:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in plines):
                err(eid, "first_sentence does not start a line:", fs[:60])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0 or not e["headline"]:
            err(eid, "bodiless entry must have a headline, importance 1, 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if not e["published"].endswith("Z") or local != pub:
            err(eid, "published != published_local")
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_check(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and dateline time not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with other subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with core subtopic")
        if e["topic"] in e["secondary_topics"]:
            err(eid, "secondary repeats primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and e.get("notes", "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if e["duplicate_of"] not in ids or orig is None:
                err(eid, "duplicate_of must name an earlier entry")
            elif orig["story"] != e["story"]:
                err(eid, "duplicate in another story")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        listed = kp_block is not None and e["headline"] in kp_block and e["headline"] not in kp_seen
        if e["headline"]:
            kp_seen.add(e["headline"])
        if e["key_point"] != listed:
            err(eid, "key_point disagrees with the page's Key Points block")
        if e["key_point"] and e["importance"] != 3:
            err(eid, "key point must be importance 3")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

seen = {}
fmts = defaultdict(int)
for sid in SINGLE:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count")
    ds = {e["published"][:10] for e in g["entries"]}
    if len(ds) != 1:
        err(sid, "spans UTC days", ds)
    for d in ds:
        if d in seen:
            err(sid, "UTC day reused", d)
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if {golds[s]["source"] for s in SINGLE if s in golds} != PART_A_OUTLETS:
    err("Part A must imitate each of the ten outlets once")

day_date = {}; world_feed = {}
for day, sids in DAYS.items():
    ds = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world_feed[day] = sid
        for e in ents:
            ds.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(ds) != 1:
        err(day, "more than one UTC date", ds)
    d = min(ds); day_date[day] = d
    if d in seen:
        err(day, "UTC day reused", d)
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    if day not in world_feed:
        err(day, "no general world feed with mostly off-beat items")
    if not any(len(v) >= 3 for v in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    for e in ents:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                and "re-post" not in e.get("notes", "").lower():
            err(e["id"], "story carried by 2+ seeds must be importance 3")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in e.get("notes", "").lower() and e["first_sentence"] and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page duplicate")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in e.get("notes", "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry at importance 1 with a note")
if not ({e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}):
    err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:7] not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen.items() if w in SINGLE)}")
