#!/usr/bin/env python3
"""Independent checker for eval/ae: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/ae/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SINGLE = [str(i) for i in range(3200, 3210)]
DAYS = {"day1": ["3220", "3221", "3222", "3223"], "day2": ["3230", "3231", "3232"], "day3": ["3240", "3241", "3242", "3243"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS_OK = {3, 5, 7, 9, 11, 12}
FORBIDDEN = set(open(os.path.join(HERE, "forbidden_days.txt")).read().split())
USED = [l.strip() for l in open(os.path.join(HERE, "used_names.txt"), encoding="utf-8") if l.strip()]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
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


def jsonld(path):
    raw = open(path, encoding="utf-8").read()
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S)]


def ampm(h, m, suffix):
    s = suffix.replace(".", "").lower()
    if h == 12:
        h = 0
    return (h + 12 if s == "pm" else h), m


def stamp_matches(stamp, pub_utc, local, text):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (mins|hours|hour) ago", s)
    if m:
        mm = re.search(r"Page last updated: (\d\d) ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d)", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        ref = datetime(int(mm.group(3)), MON.index(mm.group(2)) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=local.tzinfo)
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "mins" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        u = pub_utc.astimezone(ZoneInfo("UTC"))
        return None if (u.hour, u.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?!\d)", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h, mi = ampm(h, mi, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    for pat, order in ((r"(\d{1,2}) (" + "|".join(MON) + r") (\d{4})", "dmy"), (r"\b([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", "mdy")):
        md = re.search(pat, s)
        if md:
            if order == "dmy":
                dd, mo, yy = int(md.group(1)), MON.index(md.group(2)) + 1, int(md.group(3))
            else:
                dd, mo, yy = int(md.group(2)), [x[:3] for x in MON].index(md.group(1)) + 1, int(md.group(3))
            if (dd, mo, yy) != (local.day, local.month, local.year):
                return "date in stamp differs"
    if re.search(r"\b(GMT|UTC)\b", s) and local.utcoffset() != timedelta(0):
        return "GMT stamp on a non-UTC zone"
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
    if not re.fullmatch(r"32\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
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
    # a page that prints no year needs parse_args --date
    if not re.search(r"\b20\d\d\b", text):
        pa = g.get("parse_args")
        if not (pa and pa[0] == "--date" and pa[1] == g["entries"][0]["published"][:10]):
            err(sid, "page prints no year but parse_args --date <UTC day> missing")
    src = g["source"]
    if sid in SINGLE:
        pass  # Part A: real outlets from the brief's list (checked below against the used list)
    else:
        if not ("s" <= src[0].lower() <= "z" or "a" <= src[0].lower() <= "f"):
            err(sid, "invented outlet must start with S-Z or A-F", src)
        w = re.findall(r"[A-Za-z]+", src)[0]  # the distinctive (place-like) word; suffixes such as Daily/Review are generic
        if any(re.search(r"\b" + re.escape(w) + r"\b", u, re.I) for u in USED):
            err(sid, "outlet name word already used:", w)
    if any(src.lower() == u.lower() for u in USED):
        err(sid, "outlet already used/imitated", src)
    # Key Points block
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
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
    # JSON-LD per-item times must agree with gold where the page carries them
    ldtimes = {}
    for ld in jsonld(sp):
        for it in (ld.get("liveBlogUpdate") or []) + (ld.get("hasPart") or []):
            if it.get("headline") and it.get("datePublished"):
                ldtimes.setdefault(html.unescape(it["headline"]), []).append(datetime.fromisoformat(it["datePublished"]))
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
                err(eid, k, "not an exact substring of the page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
            if e["headline"] is None:
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
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["headline"] in ldtimes and pub not in ldtimes[e["headline"]]:
            err(eid, "JSON-LD datePublished disagrees with gold")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M")
            if t1 not in text:
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
        elif (e.get("notes") or "").startswith("off-beat:"):
            err(eid, "off-beat note on a war entry")
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
                a = set(re.findall(r"\w+", orig["first_sentence"] or "")); b = set(re.findall(r"\w+", fs or ""))
                if not a or len(a & b) / len(a | b) < 0.7:
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
partA = {golds[s]["source"] for s in SINGLE if s in golds}
want = {"TOLOnews", "Press TV", "Turkish Minute", "Daily Mirror", "Nepali Times", "Kuensel", "The Namibian", "Lusaka Times", "The Herald", "The New Times"}
if partA != want:
    err("Part A outlets differ from the brief's list", sorted(partA ^ want))

# ---- Part B
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
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates: allowed months of 2024, none forbidden
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if d[:4] != "2024" or int(d[5:7]) not in MONTHS_OK:
        err(who, "date outside the allowed months of 2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
