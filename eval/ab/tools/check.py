#!/usr/bin/env python3
"""Independent checker for eval/ab: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/ab/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2900, 2910)]
DAYS = {"day1": ["2920", "2921", "2922", "2923"], "day2": ["2930", "2931", "2932", "2933"], "day3": ["2940", "2941", "2942", "2943"]}
PART_A_OUTLETS = {"The Daily Star", "Kuwait Times", "Daily Nation", "News24", "Premium Times", "Pakistan Today", "ANTARA News",
                  "VietnamPlus", "Focus Taiwan", "Oman Observer"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {3, 5, 7, 9, 11}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30
2024-02-05 2024-02-06 2024-02-08 2024-02-10 2024-02-12 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-22 2024-02-24
2024-02-25 2024-02-26 2024-02-28 2024-02-29 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-19 2024-03-22 2024-03-24 2024-03-31
2024-04-01 2024-04-02 2024-04-04 2024-04-05 2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-16 2024-04-17 2024-04-18 2024-04-20
2024-04-24 2024-04-26 2024-05-09 2024-05-10 2024-05-21 2024-05-22 2024-05-28 2024-06-03 2024-06-05 2024-06-07 2024-06-10 2024-06-12
2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-25 2024-06-27 2024-07-08 2024-07-09
2024-07-10 2024-07-22 2024-07-23 2024-07-24 2024-08-01 2024-08-02 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-11
2024-08-12 2024-08-14 2024-08-19 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-03 2024-09-04 2024-09-10 2024-09-16 2024-09-17
2024-09-18 2024-09-26 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-17
2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-05 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18
2024-11-19 2024-11-20 2024-11-21 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-09 2024-12-10 2024-12-11 2024-12-13 2024-12-16
2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
# first words of used names beginning with S-Z (from the brief's reserved list)
USED_SZ = set("""sable saffron saltmarsh sandpiper seabright sedgefield silverdale skelwith skerryvore sorrelby stannary steppe stonechat
stourhead stuff suspilne swaledale stackpole tallowmere tamarisk tansy tarnfield tarrant tern teviot thistledown thornbury tidewater
torrisdale trevose tintagel ullswater ulverscote umberleigh underhill ural ufford valerian vantage veldcroft vellington verdant vistula
volga wainfleet wendlebury westerly wexcombe whinmoor whitecliff wrenfield wychwood wyvern whitsand wistman xinhua yarrow yelverton
yewbank yarcombe zennor zephyr""".split())
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ZONE_LABEL = {"BST": 60, "GMT": 0, "CEST": 120, "SAST": 120, "ET": None}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))   # escaped HTML inside feed descriptions/content
    return t


def h24(h, suffix):
    s = suffix.replace(".", "").lower()
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def read_stamp(s, text, zone):
    """Independent reading. Returns (kind, value): ('utc', datetime) or ('local', (date or None, h, m))."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return "utc", datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return "utc", parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Page updated: (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) SAST", text)
        ref = datetime(int(mm.group(3)), MONTHS.index(mm.group(2)) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)),
                       tzinfo=ZoneInfo("Africa/Johannesburg"))
        n = int(m.group(1))
        return "utc", ref - (timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n))
    m = re.fullmatch(r"(\d{4}) GMT", s)
    if m:
        return "utcclock", (int(s[:2]), int(s[2:4]))
    m = re.fullmatch(r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) (\d\d):(\d\d) (AM|PM)", s)
    if m:
        mon = [x[:3] for x in MONTHS].index(m.group(1)) + 1
        return "local", ((int(m.group(3)), mon, int(m.group(2))), h24(int(m.group(4)), m.group(6)), int(m.group(5)))
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) (AM|PM)", s)
    if m:
        return "local", ((int(m.group(3)), int(m.group(1)), int(m.group(2))), h24(int(m.group(4)), m.group(6)), int(m.group(5)))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d)", s)
    if m:
        return "local", ((int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))), int(m.group(4)), int(m.group(5)))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (am|pm)", s)
    if m:
        return "local", ((int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2))), h24(int(m.group(4)), m.group(6)), int(m.group(5)))
    m = re.fullmatch(r"(\d{1,2})[.:](\d\d)\s?(am|pm|a\.m\.|p\.m\.|AM|PM)(?: ([A-Z]+))?", s)
    if m:
        return "local", (None, h24(int(m.group(1)), m.group(3)), int(m.group(2)), m.group(4))
    m = re.fullmatch(r"(\d\d):(\d\d)(?: ([A-Z]+))?", s)
    if m:
        return "local", (None, int(m.group(1)), int(m.group(2)), m.group(3))
    return None, None


def page_dates(text):
    """Dates printed anywhere on the page, as (y, m, d)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        if m.group(1) in MONTHS:
            out.add((int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})", text):
        if m.group(2) in MONTHS:
            out.add((int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))))
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
        err(gp, "gold name must be seed name without extension + .json")
    if not re.fullmatch(r"29\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    zone = g["page_timezone"]
    ZoneInfo(zone)
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", src)
    else:
        w = src.split()[0].lower()
        if not "s" <= w[0] <= "z" or w in USED_SZ:
            err(sid, "invented outlet name not allowed", src)
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_block = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    dates_on_page = page_dates(text)
    ids = []
    for e in g["entries"]:
        eid = e.get("id", "")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids:
            err(eid, "bad or repeated id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not in visible text:", e[k][:60])
        if e["headline"] is not None and e["headline"] not in lines and not any(l.endswith(" — " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line")
        fs = e["first_sentence"]
        if fs is not None:
            cands = [l for l in lines if l.startswith(fs)]
            if not cands:
                err(eid, "first_sentence does not start a line:", fs[:60])
            elif not any(re.fullmatch(r"(\s+[A-Z0-9\"\u201c].*)?", l[len(fs):]) for l in cands):
                err(eid, "first_sentence does not end where the sentence ends")
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence has no final stop")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "bodiless entry must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not mm or mm.group(2) != zone:
            err(eid, "published_local missing or zone differs"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]) or pub != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            kind, v = read_stamp(e["stamp"], text, zone)
            if kind is None:
                err(eid, "unparsed stamp", e["stamp"])
            elif kind == "utc":
                if v != pub:
                    err(eid, "stamp", e["stamp"], "reads as", v, "not", pub)
            elif kind == "utcclock":
                u = pub.astimezone(ZoneInfo("UTC"))
                if (u.hour, u.minute) != v:
                    err(eid, "GMT stamp differs")
            else:
                dte, hh, mi = v[0], v[1], v[2]
                if (hh, mi) != (local.hour, local.minute):
                    err(eid, "stamp time", e["stamp"], "!= local", local.strftime("%H:%M"))
                if dte is not None and dte != (local.year, local.month, local.day):
                    err(eid, "stamp date differs")
                if dte is None and (local.year, local.month, local.day) not in dates_on_page:
                    err(eid, "time-only stamp but the local date is not printed on the page")
                lab = v[3] if len(v) > 3 else None
                if lab:
                    off = int(local.utcoffset().total_seconds() // 60)
                    want = ZONE_LABEL.get(lab, "?")
                    if want == "?" or (want is not None and want != off) or (lab == "ET" and zone != "America/New_York"):
                        err(eid, "zone label", lab, "does not fit offset", off)
        else:
            forms = {local.strftime("%H:%M"), local.strftime("%H.%M"), f"{local.hour % 12 or 12}:{local.minute:02d} {'pm' if local.hour >= 12 else 'am'}"}
            if not any(f in text for f in forms):
                err(eid, "no stamp and the dateline time is not printed")
            if (local.year, local.month, local.day) not in dates_on_page:
                err(eid, "no stamp and the dateline date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e.get("notes") or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["headline"] != e["headline"]:
                err(eid, "duplicate headline differs")
        if e["key_point"]:
            if e["importance"] != 3 or kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point needs importance 3 and a listing under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block size differs")
    if "parse_args" in g and not (g["parse_args"][0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args")

# ---- Part A
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
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not distinct")

# ---- Part B
day_date = {}
for day, sids in DAYS.items():
    ds = set(); story_seeds = defaultdict(set); n = 0; world = False
    for sid in sids:
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world = True
        for e in ents:
            ds.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(ds) != 1:
        err(day, "more than one UTC date", ds); continue
    d = ds.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day reused", d)
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5:
        err(day, "entry/source count", n, len(sids))
    if not world:
        err(day, "no general world feed with a majority of off-beat items")
    if not any(len(v) >= 3 for v in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    allents = [e for s in sids for e in golds[s]["entries"]]
    for e in allents:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                and "re-post" not in (e.get("notes") or "").lower():
            err(e["id"], "multi-source story entry must be importance 3")
    if not any(e["first_sentence"] is None for e in allents):
        err(day, "no teaser")
    if not any("theme" in (e.get("notes") or "").lower() and e["first_sentence"] and e["importance"] == 2
               and len(story_seeds[e["story"]]) == 1 for e in allents):
        err(day, "no theme piece (importance 2, own story)")
    if not any(e["duplicate_of"] for e in allents):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in ("day1", "day2"))
if d2 - d1 != timedelta(days=1):
    err("day 2 is not the day after day 1")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry at importance 1 with a note")
if not {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}:
    err("day 2 continues no day-1 story")

for d, who in seen.items():
    if d in FORBIDDEN or not d.startswith("2024-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen.items() if w in SINGLE)}")
