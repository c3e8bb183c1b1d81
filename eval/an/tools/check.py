#!/usr/bin/env python3
"""Independent checker for eval/an: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/an/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(4100, 4110)]
DAYS = {"day1": ["4120", "4121", "4122", "4123"], "day2": ["4130", "4131", "4132"], "day3": ["4140", "4141", "4142", "4143"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2025-01-09 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27 2025-08-07 2025-08-12 2025-08-15 2025-08-20
2025-08-28 2025-08-29 2025-10-02 2025-10-09 2025-10-21 2025-10-22 2025-11-04 2025-11-06 2025-11-18 2025-11-25 2025-11-26
2025-12-04 2025-12-10""".split())
ALLOWED_MONTHS = {1, 8, 10, 11, 12}
USED_OUTLETS = [s.strip().lower() for s in open(os.path.join(ROOT, "tools", "used_outlets.txt"), encoding="utf-8") if s.strip()]
PARTA_OUTLETS = {"fiji sun", "eyewitness news", "the rio times", "gazeta.uz", "daily news egypt", "new age", "baltimore sun",
                 "norway today", "macau business", "iceland monitor"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
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
    t = html.unescape(t)
    return t


def lines_of(text):
    return [re.sub(r"^[\u2022*-]\s*", "", l.strip()) for l in text.split("\n")]


def stamp_matches(stamp, pub_utc, local, text):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Last updated: (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) SAST", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        ref = datetime(int(mm.group(3)), MONTHS.index(mm.group(2)) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)),
                       tzinfo=ZoneInfo("Africa/Johannesburg"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm)?(?!\d)", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = (h % 12) + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    ab = [x[:3] for x in MONTHS]
    md = re.search(r"(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", s)
    if md and (int(md.group(1)), ab.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"([A-Z][a-z]{2})[a-z]* (\d{1,2}), ?(\d{4})", s)
    if md and (int(md.group(2)), ab.index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    zone_word = re.search(r"\b(GMT|BST|CET|EET|EEST|SAST)\b", s)
    if zone_word:
        off = {"GMT": 0, "BST": 1, "CET": 1, "EET": 2, "EEST": 3, "SAST": 2}[zone_word.group(1)]
        if local.utcoffset() != timedelta(hours=off):
            return "zone word in stamp disagrees with the page zone offset"
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
    if not re.fullmatch(r"41\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    ZoneInfo(g["page_timezone"])
    src = g["source"].lower()
    if sid in SINGLE:
        if src not in PARTA_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", src)
    else:
        if not "n" <= src[0] <= "z":
            err(sid, "invented outlet must start with N-Z", g["source"])
        if src in USED_OUTLETS or any(src.split()[0] == u.split()[0] for u in USED_OUTLETS):
            err(sid, "invented outlet collides with a used name", g["source"])
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    if kp_block:
                        break
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []; by_id = {}
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
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]) or local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif local.strftime("%H:%M") not in text:
            err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic", e["topic"], e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            o = by_id.get(e["duplicate_of"]) or next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if o is None:
                err(eid, "duplicate_of names no entry of this seed")
            else:
                if o["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if o["published"] >= e["published"]:
                    err(eid, "duplicate_of must name an earlier-published entry")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point must be importance 3 and listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); by_id[eid] = e
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs")
    # a page that names no date must carry parse_args --date
    mon = "|".join(MONTHS + [m[:3] for m in MONTHS])
    vis_dates = re.search(r"(\d{1,2} (%s) 20\d\d|(%s) \d{1,2}, ?20\d\d|20\d\d-\d\d-\d\d)" % (mon, mon),
                          open(sp, encoding="utf-8").read())
    if not vis_dates and "parse_args" not in g:
        err(sid, "page names no date but gold has no parse_args")

# ---- Part A
seen_days = {}; fmts = defaultdict(int)
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
day_date = {}; any_world_feed = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            any_world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
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
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    for e in kinds:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                and "re-post" not in (e["notes"] or "").lower():
            err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if not any(e["first_sentence"] is None and e["importance"] == 1 for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e["notes"] or "").lower() and e["importance"] == 2 for e in kinds):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if not any_world_feed:
    err("no general world feed with a majority of off-beat items")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
if not ({e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}):
    err("day 2 continues no day-1 story")

for d, who in seen_days.items():
    if d in FORBIDDEN or not d.startswith("2025-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
