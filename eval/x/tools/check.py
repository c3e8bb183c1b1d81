#!/usr/bin/env python3
"""Independent checker for eval/x: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/x/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2500, 2510)]
DAYS = {"day1": ["2520", "2521", "2522", "2523"], "day2": ["2530", "2531", "2532", "2533"], "day3": ["2540", "2541", "2542", "2543"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
USED_DAYS = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-03-18 2022-04-05 2022-04-08
2022-04-14 2022-04-28 2022-05-09 2022-05-10 2022-05-18 2022-05-24 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26
2022-06-27 2022-06-30 2022-07-04 2022-07-07 2022-07-22 2022-07-23 2022-07-29 2022-08-09 2022-08-18 2022-08-23 2022-08-24 2022-08-31
2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-22 2022-09-23 2022-09-27 2022-09-30 2022-10-08 2022-10-10 2022-10-17
2022-10-31 2022-11-15 2022-11-16 2022-11-17 2022-12-05 2022-12-21 2022-12-29 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27
2025-02-11 2025-02-12 2025-02-18 2025-02-28 2025-03-03 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-20
2025-03-25 2025-04-12 2025-04-13 2025-04-15 2025-04-24 2025-05-16 2025-05-20 2025-05-21 2025-05-27 2025-06-01 2025-06-02 2025-06-11
2025-06-17 2025-07-04 2025-07-05 2025-07-10 2025-08-15 2025-08-20 2025-09-10 2025-09-19 2025-09-23""".split())
# Part A outlets required by the brief; Part B invented names must start with M-R and avoid these used names/words
PART_A = ["Armenpress", "Trend News Agency", "CGTN", "The Philippine Star", "Ahram Online", "Livemint", "The Kathmandu Post",
          "i24NEWS", "China Daily", "The Manila Times"]
USED_WORDS = """merrivale nantwell orchardleigh pennbrook ribblesdale oakenshaw pevensey morrow radwell quenby northam marlowe mallowfield
moorhen mosswood marram marchbank mirewick meridian nettlebed nightjar northgate northline northbridge nethercott oxbow oakhollow osprey
ossory ostrava palisade penhallow pinecrest polaris quarrytown quayside quillon ravensworth redfern redwing rookwood rowan rushmere
radwell romania rte""".split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ZONE_ABBR = {"GMT": 0, "BST": 60, "CEST": 120, "IST": 330, "ET": None}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped HTML inside feed descriptions
    return t


def jsonld_blocks(path):
    raw = open(path, encoding="utf-8").read()
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        out.append(json.loads(m.group(1)))
    return out


def to24(h, m, suf):
    s = suf.replace(".", "").lower()
    if h == 12:
        h = 0
    return (h + 12 if s == "pm" else h), m


def read_stamp(s, text):
    """Independent reading of a printed stamp. Returns (date or None, (h, m), utc offset minutes or None, absolute utc or None)."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None, None, None, datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None, None, None, parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        a = re.search(r"Updated at : ([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d\d):(\d\d)", text)
        if not a:
            return "no anchor"
        ref = datetime(int(a.group(3)), MONTHS.index(a.group(1)) + 1, int(a.group(2)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo("Asia/Kathmandu"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None, None, None, (ref - delta).astimezone(timezone.utc)
    date = None
    md = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})", s)                       # 9 January 2025
    if md and md.group(2) in MONTHS:
        date = (int(md.group(3)), MONTHS.index(md.group(2)) + 1, int(md.group(1)))
    md = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", s)                     # 30 Apr 2025
    if not date and md:
        date = (int(md.group(3)), [x[:3] for x in MONTHS].index(md.group(2)) + 1, int(md.group(1)))
    off = None
    mo = re.search(r"\(UTC ([+-])(\d\d):(\d\d)\)", s)
    if mo:
        off = (1 if mo.group(1) == "+" else -1) * (int(mo.group(2)) * 60 + int(mo.group(3)))
        s = s[:mo.start()]
    mz = re.search(r"\b(GMT|BST|CEST|IST|ET)$", s)
    if mz:
        off = ZONE_ABBR[mz.group(1)] if mz.group(1) != "ET" else "ET"
    m = re.search(r"\b(\d\d)(\d\d) GMT$", s)
    if m:
        return date, (int(m.group(1)), int(m.group(2))), 0, None
    m = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?!\d)", s[s.find(str(date[0])) + 4:] if date and s.startswith(str(date[2])) else s)
    if not m:
        return "unparsed"
    hm = (int(m.group(1)), int(m.group(2)))
    if m.group(3):
        hm = to24(hm[0], hm[1], m.group(3))
    return date, hm, off, None


DATE_RES = [
    (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", "mdy"),
    (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", "dmy"),
    (r"\b(\d{2})-([A-Z][a-z]{2})-(\d{4})\b", "dmy3"),
    (r"\b([A-Z][a-z]{2})\. (\d{1,2}), (\d{4})\b", "m3dy"),
]


def line_date(line):
    for rx, kind in DATE_RES:
        m = re.search(rx, line)
        if not m:
            continue
        a, b, c = m.groups()
        if kind == "mdy" and a in MONTHS:
            return (int(c), MONTHS.index(a) + 1, int(b))
        if kind == "dmy" and b in MONTHS:
            return (int(c), MONTHS.index(b) + 1, int(a))
        if kind == "dmy3":
            return (int(c), [x[:3] for x in MONTHS].index(b) + 1, int(a))
        if kind == "m3dy":
            return (int(c), [x[:3] for x in MONTHS].index(a) + 1, int(b))
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
    if not re.fullmatch(r"25\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not an IANA zone")
    # JSON-LD must parse; after entity decoding its update headlines must match the visible ones
    if sp.endswith(".html"):
        heads = [e["headline"] for e in g["entries"] if e["headline"]]
        for b in jsonld_blocks(sp):
            nodes = b.get("@graph", [b])
            for nd in nodes:
                for u in (nd.get("liveBlogUpdate") or []):
                    if html.unescape(u["headline"]) not in heads:
                        err(sid, "JSON-LD update headline not on the page:", u["headline"][:60])
    # no printed year -> parse_args --date required
    if not re.search(r"\b20(22|25)\b", text) and "parse_args" not in g:
        err(sid, "page prints no year but gold has no parse_args --date")
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "bad parse_args")
        if re.search(r"\b20(22|25)\b", text):
            err(sid, "parse_args given although the page prints a year")
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A:
            err(sid, "Part A outlet not from the brief's list", src)
    else:
        low = src.lower()
        if not "m" <= low[0] <= "r" and not low.startswith("the "):
            err(sid, "invented outlet must start with M-R", src)
        first = low[4:] if low.startswith("the ") else low
        if not "m" <= first[0] <= "r":
            err(sid, "invented outlet must start with M-R", src)
        if any(re.search(r"\b" + w + r"\b", low) for w in USED_WORDS):
            err(sid, "outlet name uses a reserved name", src)
    # Key Points block: consecutive headline lines right after a 'Key Points' heading
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
    cursor = 0
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
                err(eid, k, "not an exact substring of the page:", e[k][:70])
        if e["headline"] is not None and e["headline"] not in lines and not any(l.endswith(" \u2014 " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line of the visible text")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Mr|Dr|St|Gen|No)\.$", fs):
                err(eid, "first_sentence cut at an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not in ...Z form"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if e["stamp"] is not None:
            r = read_stamp(e["stamp"], text)
            if isinstance(r, str):
                err(eid, "stamp", repr(e["stamp"]), r)
            else:
                date, hm, off, absu = r
                if absu is not None:
                    if absu != pub:
                        err(eid, "stamp", repr(e["stamp"]), "resolves to", absu, "not", pub)
                else:
                    if hm != (local.hour, local.minute):
                        err(eid, "stamp time", hm, "!= local", local.strftime("%H:%M"))
                    if date and date != (local.year, local.month, local.day):
                        err(eid, "date in stamp differs", date)
                    if not date:   # bare time: the nearest date line above it (else --date) must give the local day
                        st_ = e["stamp"]
                        idx = next((j for j in range(cursor, len(lines)) if lines[j] == st_ or lines[j].startswith(st_ + " ") or lines[j].endswith(" " + st_)), None)
                        if idx is None:
                            err(eid, "stamp line not found in page order")
                        else:
                            cursor = idx + 1
                            above = next((line_date(lines[j]) for j in range(idx - 1, -1, -1) if line_date(lines[j])), None)
                            want = (local.year, local.month, local.day)
                            if above is None:
                                pd = g.get("parse_args", [None, None])[1]
                                if pd is None or tuple(int(x) for x in pd.split("-")) != want:
                                    err(eid, "bare stamp without a date line above it and without a matching --date")
                            elif above != want:
                                err(eid, "date line above the bare stamp", above, "!= local date", want)
                    if off == "ET":
                        if g["page_timezone"] != "America/New_York":
                            err(eid, "ET stamp on a non-Eastern page")
                    elif off is not None and local.utcoffset() != timedelta(minutes=off):
                        err(eid, "stamp zone offset", off, "!= page zone offset", local.utcoffset())
        else:
            t = [local.strftime("%H:%M"), local.strftime("%H.%M"),
                 f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}",
                 f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"]
            if not any(x in text for x in t):
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS:
            err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS:
            err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
                err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if e["headline"] and re.match(r"(Watch|WATCH|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["first_sentence"] != fs:
                    err(eid, "duplicate does not repeat the original's first sentence")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate is not later than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs from key_point entries")

# ---- Part A
seen_days = {}
fmts = defaultdict(int)
outlets = set()
for sid in SINGLE:
    if sid not in golds:
        err(sid, "single page missing"); continue
    g = golds[sid]
    outlets.add(g["source"])
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "single page spans UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day", d, "also used by", seen_days[d])
        seen_days[d] = sid
    if "parse_args" in g and g["parse_args"][1] not in {e["published_local"][:10] for e in g["entries"]}:
        err(sid, "--date differs from the entries' local date")
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if outlets != set(PART_A):
    err("Part A outlets differ from the brief's ten", sorted(set(PART_A) ^ outlets))

# ---- Part B
day_date = {}
any_world_feed = {}
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents):
            any_world_feed[day] = sid
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
    d = sorted(dates)[0]
    day_date[day] = d
    if d in seen_days:
        err(day, "UTC day", d, "also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if day not in any_world_feed:
        err(day, "no general world feed with a majority of off-beat items")
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                # a day-2 re-post of a day-1 entry is exempt only if no other same-day seed carries its story (checked below)
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["first_sentence"] and e["importance"] == 2 for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in e["notes"].lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline, first sentence and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts and not e["duplicate_of"]} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates
for d, who in seen_days.items():
    if d in USED_DAYS:
        err(who, "already-used UTC day", d)
    y, mth = int(d[:4]), int(d[5:7])
    if y == 2025 and not 1 <= mth <= 10:
        err(who, "2025 date outside January-October", d)
    elif y == 2022 and (mth % 2 or d < "2022-02-24"):
        err(who, "2022 date not in an even month from 24 February", d)
    elif y not in (2022, 2025):
        err(who, "year not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
