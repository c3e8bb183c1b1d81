#!/usr/bin/env python3
"""Independent checker for eval/al: re-reads the seed files and verifies the gold files against them.
Usage (from the project root): python3 eval/al/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3900, 3910)]
DAYS = {"day1": ["3920", "3921", "3922", "3923"], "day2": ["3930", "3931", "3932", "3933"], "day3": ["3940", "3941", "3942", "3943"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {1, 4, 7, 11, 12}
_used = open(os.path.join(ROOT, "tools", "used.txt"), encoding="utf-8").read().split("\n")
USED_NAMES = {x.strip().lower() for x in _used[0].split(", ")}
FORBIDDEN = set(_used[1].split())
PART_A_OUTLETS = {"New Vision", "EconomyNext", "Roya News", "The Times of Central Asia", "Free Malaysia Today", "Samoa Observer",
                  "Anchorage Daily News", "Catalan News", "Exit News", "Charter 97"}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
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


def to24(h, suffix):
    s = (suffix or "").replace(".", "").lower()
    if not s:
        return h
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def read_stamp(stamp, text, zone):
    """Independent reading of a printed stamp. Returns ('instant', dt) or ('local', (h, m)) or ('localdt', dt) or None."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return "instant", datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return "instant", parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Last updated: [A-Z][a-z]+, (\d\d) ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d)", text)
        if not mm:
            return None
        ref = datetime(int(mm.group(3)), MON.index(mm.group(2)) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        return "instant", ref - (timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n))
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return "utc_hm", (int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", s)
    if m:
        d, mo, y, h, mi = map(int, m.groups())
        return "localdt", datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    m = re.fullmatch(r"[A-Za-z' -]*?[a-z](\d{1,2}) ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d)", s)   # author glued to the date
    if m:
        return "localdt", datetime(int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
    m = re.fullmatch(r"(\d{1,2})[:.](\d\d) ?(a\.m\.|p\.m\.|am|pm)?( BST)?", s)
    if m:
        return "local", (to24(int(m.group(1)), m.group(3)), int(m.group(2)))
    return None


DATE_RES = [
    (r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?\b", "dmy"),
    (r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b", "mdy"),
    (r"\b(\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b", "dmy3"),
]


def dates_before(text, pos):
    """printed calendar dates appearing before position pos, nearest last"""
    found = []
    for rx, kind in DATE_RES:
        for m in re.finditer(rx, text[:pos]):
            if kind == "dmy":
                found.append((m.start(), (int(m.group(3)) if m.group(3) else None, MON.index(m.group(2)) + 1, int(m.group(1)))))
            elif kind == "mdy":
                found.append((m.start(), (int(m.group(3)), MON.index(m.group(1)) + 1, int(m.group(2)))))
            else:
                found.append((m.start(), (int(m.group(3)), [x[:3] for x in MON].index(m.group(2)) + 1, int(m.group(1)))))
    return [d for _, d in sorted(found)]


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
    if not re.fullmatch(r"39\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    raw = open(sp, encoding="utf-8").read()
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone not an IANA zone"); continue
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the brief's list", src)
    else:
        if not "n" <= src[0].lower() <= "z":
            err(sid, "invented outlet must start with N-Z", src)
        if src.lower() in USED_NAMES or any(src.split()[0].lower() == u.split()[0] for u in USED_NAMES if u):
            err(sid, "outlet name (or its first word) already used", src)
        if src.lower() not in raw.lower():
            err(sid, "outlet name not printed on the page")
    # Key Points block: consecutive headline lines right after a 'Key Points' heading
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_block = None
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
    no_year = not re.search(r"\b20\d\d\b", text)
    if no_year and not g.get("parse_args"):
        err(sid, "page prints no year but gold has no parse_args --date")
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
            if len(fs) < 40:
                err(eid, "first_sentence suspiciously short (abbreviation split?)", fs)
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "entry with neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
            err(eid, "published not in ...Z form")
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != zone:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            r = read_stamp(e["stamp"], text, zone)
            if r is None:
                err(eid, "unparsed stamp", repr(e["stamp"]))
            else:
                kind, v = r
                if kind in ("instant", "localdt") and v != pub:
                    err(eid, "stamp", repr(e["stamp"]), "reads as", v.isoformat(), "!= published")
                if kind == "utc_hm" and v != (pub.hour, pub.minute):
                    err(eid, "GMT stamp differs from published")
                if kind == "local" and v != (local.hour, local.minute):
                    err(eid, "local stamp time differs from published_local")
                if kind in ("local", "utc_hm"):
                    # the calendar date comes from the nearest printed date before the entry (date line / day divider)
                    anchor = e["headline"] or fs
                    pos = text.find(anchor)
                    ds = dates_before(text, pos)
                    want = pub if kind == "utc_hm" else local
                    if ds:
                        y, mo, d = ds[-1]
                        if (mo, d) != (want.month, want.day) or (y is not None and y != want.year):
                            err(eid, "nearest printed date before the entry", ds[-1], "!= local date", want.date())
                        if y is None and not g.get("parse_args"):
                            yrs = re.findall(r"\b(20\d\d)\b", text)
                            if str(want.year) not in yrs:
                                err(eid, "year not resolvable")
                    elif "datetime=\"" + local.isoformat() not in raw:
                        err(eid, "no printed date and no machine date for a time-only stamp")
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS:
            err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS:
            err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
                err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
                if orig["published"] > e["published"]:
                    err(eid, "duplicate published before its original")
                if orig["first_sentence"] and e["first_sentence"] and orig["first_sentence"][:60] != e["first_sentence"][:60]:
                    err(eid, "duplicate is not near-verbatim")
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
if len({golds[s]["source"] for s in SINGLE if s in golds}) != 10:
    err("Part A outlets not all different")

# ---- Part B
day_date = {}
any_world_feed = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents):
            any_world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for s in sids):
        err(day, "no general world feed where the war is a minority")
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
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post" not in (e.get("notes") or "").lower():
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in kinds):
        err(day, "no theme/explainer piece with body at importance 2")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if not any_world_feed:
    err("no general world feed with a majority of off-beat items")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry nearly verbatim (same headline/story/first sentence) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates: allowed months of 2023, none already used
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "already-used UTC day", d)
    if not d.startswith("2023-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date outside the allowed months of 2023", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
