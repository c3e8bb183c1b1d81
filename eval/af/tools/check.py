#!/usr/bin/env python3
"""Independent checker for eval/af: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/af/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3300, 3310)]
DAYS = {"day1": ["3320", "3321", "3322", "3323"], "day2": ["3330", "3331", "3332", "3333"], "day3": ["3340", "3341", "3342", "3343"]}
PART_A_OUTLETS = {"Rudaw", "L'Orient Today", "Morocco World News", "Daily Monitor", "Vanguard", "Mail & Guardian", "SBS News", "Scroll.in",
                  "Hong Kong Free Press", "DutchNews.nl"}
USED_DAYS = set("""2023-01-14 2023-01-15 2023-01-20 2023-01-25 2023-01-31 2023-04-04 2023-04-12 2023-04-17 2023-04-18 2023-04-26 2023-04-28
2023-06-06 2023-06-13 2023-06-15 2023-06-21 2023-06-23 2023-06-24 2023-06-29 2023-08-01 2023-08-02 2023-08-10 2023-08-20 2023-08-23
2023-08-24 2023-08-29 2023-10-04 2023-10-05 2023-10-10 2023-10-13 2023-10-19""".split())
ALLOWED_MONTHS = {1, 4, 6, 8, 10}
# used names beginning G-M (from the brief's reserved list); a Part B outlet may not contain any of them
USED_GM = """gildersby glaisdale glenholme goldhithe gorsefield granite greyfriars grisedale gullhaven grampound gweek goathland gunnerside
globe harbour harbourline hartsop hazelmere heathcote hexmoor hollybank hallsands halsetown haworth helmsley inchcape iona ironbridge ismere
iverholm ingleton jura juneberry juniper jacobstow kelmscott kestrel kilnworth kingsmere kittiwake kirkandrews keswick lakeside lanternfish
larchfield larkspur linden lindow linnet lochbrae loughrigg lanivet ladock lamorna lerryn luxulyan mallowfield marchbank mardale marlowe
marram meridian merrivale mirewick moorhen morrow morvern mosswood mellingham mevagissey manaccan mawgan mylor""".split()
# must-not-merge pairs (same day, different stories)
NOT_MERGE = [("3320-06", "3320-01"), ("3320-02", "3321-04"), ("3320-03", "3320-04"), ("3323-03", "3323-01"),
             ("3330-05", "3330-01"), ("3330-06", "3331-04"), ("3330-02", "3330-03"), ("3333-02", "3333-01"),
             ("3342-07", "3342-06"), ("3342-03", "3342-05"), ("3341-04", "3340-07"), ("3341-06", "3341-03")]
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped html inside feeds
    return t


MON = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}


def mon(s):
    s = s.lower().rstrip(".")
    for k, v in MON.items():
        if k.startswith(s) and len(s) >= 3:
            return v
    return None


def to24(h, m, suf):
    s = suf.replace(".", "").lower()
    h = 0 if h == 12 else h
    return (h + 12 if s == "pm" else h), m


def read_stamp(s, text, zone):
    """Return (kind, value): ('utc', datetime) for absolute stamps, ('local', (date|None, h, m)) for local wall-clock ones."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", s):
        return "utc", datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return "utc", parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return "gmt", (int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d+) minutes ago|(1) hour ago|(\d+) hours ago", s)
    if m:
        a = re.search(r"Updated [A-Z][a-z]+ ([A-Z][a-z]+) (\d{1,2}) (\d{4}) • (\d\d):(\d\d) EAT", text)
        if not a:
            return "bad", "relative stamp without anchor"
        ref = datetime(int(a.group(3)), mon(a.group(1)), int(a.group(2)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo("Africa/Kampala"))
        delta = timedelta(minutes=int(m.group(1))) if m.group(1) else timedelta(hours=int(m.group(2) or m.group(3)))
        return "utc", ref - delta
    date = None
    md = re.search(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", s)
    if md and mon(md.group(2)):
        date = (int(md.group(3)), mon(md.group(2)), int(md.group(1)))
    md = re.search(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", s)
    if md and mon(md.group(1)):
        date = (int(md.group(3)), mon(md.group(1)), int(md.group(2)))
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm)?(?!\d)", s)
    if not m:
        return "bad", "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h, mi = to24(h, mi, m.group(3))
    if " BST" in s and zone != "Europe/London":
        return "bad", "BST stamp outside a London page"
    if s.endswith(" ET") and zone != "America/New_York":
        return "bad", "ET stamp outside a New York page"
    return "local", (date, h, mi)


DIVIDER = re.compile(r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) (\d{1,2}))(?: (\d{4}))?(?: .*)?$")


def divider_date_before(lines, stamp):
    """Date of the last date-like line above the line that equals the stamp (None if not found)."""
    try:
        i = lines.index(stamp)
    except ValueError:
        return None
    for l in reversed(lines[:i]):
        m = DIVIDER.match(l)
        if m:
            if m.group(1) and mon(m.group(2)):
                return mon(m.group(2)), int(m.group(1))
            if m.group(3) and mon(m.group(3)):
                return mon(m.group(3)), int(m.group(4))
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
    if not re.fullmatch(r"33\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone not an IANA zone")
    # a page that prints no year (or no date at all) must carry parse_args --date
    names_year = re.search(r"\b20\d\d\b", text)
    if not names_year and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1]):
            err(sid, "parse_args shape")
        else:
            okd = {e["published_local"][:10] for e in g["entries"]} | {e["published"][:10] for e in g["entries"]}
            if pa[1] not in okd:
                err(sid, "parse_args date is neither a local nor the UTC date of the entries")
        if names_year:
            err(sid, "parse_args on a page that prints a year")
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", src)
    else:
        if not "G" <= src[0] <= "M":
            err(sid, "invented outlet must start with G-M", src)
        if any(re.search(r"\b" + w + r"\b", src.lower()) for w in USED_GM):
            err(sid, "outlet name uses a reserved name", src)
    # Key Points block: consecutive headline lines after a 'Key Points' heading
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []
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
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not in ...Z form"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != zone:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            kind, v = read_stamp(e["stamp"], text, zone)
            if kind == "bad":
                err(eid, "stamp", repr(e["stamp"]), v)
            elif kind == "utc" and v != pub:
                err(eid, "stamp", repr(e["stamp"]), "reads", v.isoformat(), "not", e["published"])
            elif kind == "gmt":
                pu = pub.astimezone(ZoneInfo("UTC"))
                if (pu.hour, pu.minute) != v:
                    err(eid, "GMT stamp differs")
            elif kind == "local":
                date, h, mi = v
                if (h, mi) != (local.hour, local.minute):
                    err(eid, "stamp time", f"{h:02d}:{mi:02d}", "!= local", local.strftime("%H:%M"))
                if date and date != (local.year, local.month, local.day):
                    err(eid, "date inside stamp differs")
                if not date:
                    dv = divider_date_before(lines, e["stamp"])
                    if dv and dv != (local.month, local.day):
                        err(eid, "date divider above the stamp", dv, "differs from local date")
        else:
            t1 = local.strftime("%H:%M"); hh = local.hour % 12 or 12; ap = "am" if local.hour < 12 else "pm"
            if not any(t in text for t in (t1, f"{hh}.{local.minute:02d}{ap}", f"{hh}:{local.minute:02d}{ap}")):
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in {"strikes", "aid", "diplomacy", "other"}:
            err(eid, "topic", e["topic"])
        if e["subtopic"] not in {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}:
            err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"]:
            err(eid, "secondary_topics repeats the topic")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if e["duplicate_of"] not in ids or orig is None:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            elif orig["story"] != e["story"]:
                err(eid, "duplicate in a different story")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs from key_point entries")

# ---- Part A
seen = {}
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
        if d in seen:
            err(sid, "UTC day", d, "also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not all different")

# ---- Part B
byid = {e["id"]: (sid, e) for sid, g in golds.items() for e in g["entries"]}
day_date = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world:
        err(day, "no general world feed with a majority of off-beat items")
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
    d = sorted(dates)[0]; day_date[day] = d
    if d in seen:
        err(day, "UTC day", d, "also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    for e in kinds:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    if not any(e["first_sentence"] is None and e["importance"] == 1 for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in kinds):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
for a, b in NOT_MERGE:
    if a not in byid or b not in byid:
        err("not-merge pair missing", a, b); continue
    ea, eb = byid[a][1], byid[b][1]
    if ea["story"] == eb["story"] or ea["published"][:10] != eb["published"][:10]:
        err("not-merge pair", a, b, "must be different stories on the same day")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in ("day1", "day2"))
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry nearly verbatim at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates
for d, who in seen.items():
    if d in USED_DAYS:
        err(who, "reserved UTC day", d)
    if not d.startswith("2023-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "day outside 2023 Jan/Apr/Jun/Aug/Oct", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen.items() if w in SINGLE)}")
