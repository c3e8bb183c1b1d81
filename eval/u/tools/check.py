#!/usr/bin/env python3
"""Independent checker for eval/u: re-reads the seed files and verifies the gold files against them.
Usage (from the project root): python3 eval/u/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(2200, 2210)]
DAYS = {"day1": ["2220", "2221", "2222", "2223"], "day2": ["2230", "2231", "2232", "2233"], "day3": ["2240", "2241", "2242", "2243"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-04-05 2022-04-08 2022-04-14 2022-04-28 2022-05-09 2022-05-10 2022-05-18 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-30 2022-07-04 2022-07-07 2022-07-22 2022-07-23 2022-08-09 2022-08-18 2022-08-23 2022-08-24 2022-08-31 2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-30 2022-10-08 2022-10-10 2022-10-17 2022-10-31 2022-11-15 2022-11-16 2022-12-05 2022-12-21 2022-12-29 2023-01-14 2023-01-15 2023-01-20 2023-01-25 2023-01-31 2023-02-13 2023-02-14 2023-02-20 2023-02-21 2023-02-24 2023-02-25 2023-03-08 2023-03-09 2023-03-10 2023-03-14 2023-03-16 2023-03-17 2023-03-21 2023-03-23 2023-03-28 2023-03-29 2023-04-04 2023-04-17 2023-04-18 2023-05-03 2023-05-13 2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-05-29 2023-06-06 2023-06-21 2023-06-23 2023-06-24 2023-07-06 2023-07-11 2023-07-12 2023-07-17 2023-07-18 2023-07-19 2023-07-20 2023-08-20 2023-08-23 2023-08-24 2023-09-06 2023-09-13 2023-09-19 2023-09-21 2023-09-27 2023-09-28 2023-10-04 2023-10-05 2023-10-10 2023-11-01 2023-11-02 2023-11-08 2023-11-15 2023-11-21 2023-11-25 2023-12-06 2023-12-14 2023-12-28 2023-12-29 2023-12-30 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30 2024-02-08 2024-02-10 2024-02-14 2024-02-15 2024-02-17 2024-02-21 2024-02-24 2024-02-25 2024-02-26 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-22 2024-03-24 2024-03-31 2024-04-01 2024-04-02 2024-04-10 2024-04-11 2024-04-16 2024-04-17 2024-04-18 2024-04-20 2024-05-09 2024-05-10 2024-05-21 2024-05-22 2024-06-03 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-07-08 2024-07-09 2024-07-10 2024-07-22 2024-07-23 2024-08-06 2024-08-07 2024-08-11 2024-08-12 2024-08-14 2024-08-24 2024-08-26 2024-08-27 2024-09-03 2024-09-04 2024-09-16 2024-09-17 2024-09-18 2024-09-26 2024-10-02 2024-10-03 2024-10-04 2024-10-17 2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-12-02 2024-12-03 2024-12-09 2024-12-10 2024-12-11 2024-12-20 2024-12-25 2024-12-26 2025-01-15 2025-01-16 2025-01-17 2025-01-27 2025-02-11 2025-02-12 2025-02-28 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-20 2025-03-25 2025-04-12 2025-04-13 2025-04-15 2025-04-24 2025-05-16 2025-05-20 2025-05-21 2025-05-27 2025-06-01 2025-06-02 2025-06-17 2025-07-04 2025-07-05 2025-07-10 2025-08-15 2025-09-10 2025-09-19 2025-09-23""".split())
# first words of outlet names already used (brief's list); a Part B outlet may not share its first word with any of them
USED_FIRST = set("""aldermoor amberway ambleside anselm ashcombe ashgrove atlas baltic birchgate black blackthorn borealis brackenridge bramblecote briarwood brightwater
cairnfield calderbrook carpathian cinderford clovermead cobalt continental copperleaf cragside danube dnipro dovecote dunmore eastwind eddystone edgehill elderfield
elmstead eskdale fallowfield farrowby fernhill foxglove glenholme globe gorsefield granite greyfriars gullhaven harbour harbourline hazelmere heathcote hollybank
inchcape ironbridge iverholm juniper kestrel kilnworth kingsmere kittiwake lakeside lanternfish larchfield larkspur linden lindow lochbrae mallowfield marlowe marram
meridian merrivale moorhen morrow mosswood nantwell nettlebed nightjar northam northbridge northgate northline oakenshaw oakhollow orchardleigh osprey ossory ostrava
oxbow palisade penhallow pennbrook pevensey pinecrest podkarpacie polaris quarrytown quayside quenby quillon radwell ravensworth redfern redwing ribblesdale rookwood
rowan sable saffron saltmarsh sandpiper seabright silverdale skelwith skerryvore sorrelby stannary steppe stonechat stourhead tallowmere tamarisk tansy tarnfield
tern teviot thistledown thornbury tidewater torrisdale ullswater ulverscote umberleigh underhill ural valerian vantage veldcroft vellington verdant vistula volga
wainfleet wendlebury westerly wexcombe whinmoor whitecliff wrenfield wychwood yarrow yelverton yewbank zennor zephyr sparrowhawk northern""".split())
PART_A_OUTLETS = ["Defense News", "The Conversation", "LB.ua", "Babel", "Atlantic Council", "Estonian World", "Krym.Realii", "New Eastern Europe",
                  "Channel 4 News", "The Slovak Spectator"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


def jsonld_nodes(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        obj = json.loads(m.group(1))
        stack = [obj]
        while stack:
            o = stack.pop()
            if isinstance(o, dict):
                out.append(o); stack += list(o.values())
            elif isinstance(o, list):
                stack += o
    return out


def lines_of(text):
    return [re.sub(r"^[\u2022*]\s*", "", l.strip()) for l in text.split("\n")]


def to_24(h, suffix):
    s = suffix.replace(".", "").lower()
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def month_num(name):
    for i, (a, b) in enumerate(zip(MON3, MONF)):
        if name in (a, b) or name.rstrip(".") == a:
            return i + 1
    return None


def dates_in(s):
    """All calendar dates printed in s, in the formats the pages use."""
    found = []
    for m in re.finditer(r"(\d{1,2})\.? ([A-Z][a-z]+)\.?,? (\d{4})", s):
        mo = month_num(m.group(2))
        if mo:
            found.append(date(int(m.group(3)), mo, int(m.group(1))))
    for m in re.finditer(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", s):
        mo = month_num(m.group(1))
        if mo:
            found.append(date(int(m.group(3)), mo, int(m.group(2))))
    return found


def stamp_matches(stamp, pub, local, text, parse_date):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Updated at (\d\d):(\d\d) GMT", text)
        if not mm or not parse_date:
            return "relative stamp without an anchor time and --date"
        y, mo, d = (int(x) for x in parse_date.split("-"))
        ref = datetime(y, mo, d, int(mm.group(1)), int(mm.group(2)), tzinfo=ZoneInfo("UTC"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (local.hour, local.minute) == (int(m.group(1)), int(m.group(2))) and local.utcoffset() == timedelta(0) else "HHMM GMT differs"
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?!\d)", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = to_24(h, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    for d in dates_in(s):
        if d != local.date():
            return "date in stamp differs"
    if "BST" in s and local.utcoffset() != timedelta(hours=1):
        return "BST but offset differs"
    if s.endswith(" ET") and local.tzinfo.key != "America/New_York":
        return "ET but zone differs"
    return None


def divider_date_above(lines, head, local):
    """LB.ua-style pages: the nearest date divider above the headline must be the local date (no year printed)."""
    idx = [i for i, l in enumerate(lines) if l == head]
    if not idx:
        return "headline line not found"
    for l in reversed(lines[:idx[0]]):
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+), ([A-Z][a-z]+)", l)
        if m:
            ok = int(m.group(1)) == local.day and month_num(m.group(2)) == local.month and m.group(3) == WD[local.weekday()]
            return None if ok else f"divider '{l}' does not match {local:%Y-%m-%d}"
    return "no date divider above"


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
    if not re.fullmatch(r"22\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp); lines = lines_of(text)
    nodes = jsonld_nodes(raw) if "ld+json" in raw else []
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    zone = ZoneInfo(g["page_timezone"])
    src = g["source"]
    parse_date = None
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "parse_args shape")
        else:
            parse_date = pa[1]
    # a page that prints no year must carry parse_args --date, and only such a page
    has_date = bool(dates_in(text)) or bool(re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\d{2} [A-Z][a-z]{2} \d{4} \d\d:\d\d", text))
    if not has_date and parse_date is None:
        err(sid, "page names no full date but has no parse_args --date")
    if has_date and parse_date is not None:
        err(sid, "page prints a full date, parse_args not expected")
    # every printed 'Weekday, D Month YYYY' must be a real weekday
    for m in re.finditer(r"(" + "|".join(WD) + r"),? (\d{1,2})\.? ([A-Z][a-z]+),? (\d{4})", text):
        d = date(int(m.group(4)), month_num(m.group(3)), int(m.group(2)))
        if WD[d.weekday()] != m.group(1):
            err(sid, "weekday wrong in", repr(m.group(0)))
    m = re.search(r"day ([\d,]+)\. The main events of (\d{1,2}) ([A-Z][a-z]+)", text)
    if m:
        d = date(2025, month_num(m.group(3)), int(m.group(2)))
        if (d - date(2022, 2, 24)).days + 1 != int(m.group(1).replace(",", "")):
            err(sid, "war day count wrong")
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the brief's list", src)
    else:
        first = src.split()[0].lower()
        if not (("a" <= first[0] <= "h") or ("m" <= first[0] <= "r")):
            err(sid, "invented outlet must start with A-H or M-R", src)
        if first in USED_FIRST:
            err(sid, "invented outlet shares its first word with a used name", src)
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []; byid = {}
    ld_updates = {html.unescape(n["headline"]): n for n in nodes if n.get("@type") == "BlogPosting" and "headline" in n}
    ld_article = [n for n in nodes if n.get("@type") in ("NewsArticle",) and "datePublished" in n]
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
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible text")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Mr|Mrs|Dr|St|No|Gen|Col|a\.m|p\.m|Feb|Jan)\.$", fs):
                err(eid, "first_sentence ends at an abbreviation")
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
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not in ...Z form"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub.replace(second=0):
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, pub.astimezone(zone), text, parse_date)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            ld_ok = any(datetime.fromisoformat(n["datePublished"]) == pub for n in ld_article)
            if not (t1 in text or t2 in text or ld_ok):
                err(eid, "no stamp, and neither a printed dateline time nor a JSON-LD datePublished gives the time")
            if not (local.date() in dates_in(text) or ld_ok):
                err(eid, "no stamp and the dateline date is not printed")
        # pages whose stamps carry no date: the date must come from a divider, a date line, parse_args, or the stamp itself
        if e["stamp"] is not None and not re.search(r"\d{4}", e["stamp"]) and "ago" not in e["stamp"]:
            if re.search(r'class="feed-date"', raw):
                why = divider_date_above(lines, e["headline"], pub.astimezone(zone))
                if why:
                    err(eid, why)
            elif pub.astimezone(zone).date() not in dates_in(text):
                err(eid, "time-only stamp but the page prints no matching date line")
        # JSON-LD live updates must agree with the visible stamp
        if e["headline"] in ld_updates:
            if datetime.fromisoformat(ld_updates[e["headline"]]["datePublished"]) != pub:
                err(eid, "JSON-LD update time differs from gold")
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
        elif (e.get("notes") or "").startswith("off-beat"):
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Podcast|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); byid[eid] = e
    for e in g["entries"]:
        if e["duplicate_of"]:
            o = byid.get(e["duplicate_of"])
            if o is None or o is e:
                err(e["id"], "duplicate_of must name another entry of the same seed"); continue
            if o["story"] != e["story"]:
                err(e["id"], "duplicate in a different story")
            if e["importance"] != 1:
                err(e["id"], "duplicate must be importance 1")
            if not o["published"] < e["published"]:
                err(e["id"], "duplicate_of must name the earlier-published original")
            a = set(re.findall(r"\w+", " ".join([o["first_sentence"] or ""]).lower())); b = set(re.findall(r"\w+", (e["first_sentence"] or "").lower()))
            if len(a & b) / max(1, len(a | b)) < 0.8:
                err(e["id"], "duplicate is not near-verbatim")
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
outlets = set()
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0; world = False
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        outlets.add(golds[sid]["source"])
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
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                if not (day == "day2" and "re-post" in (e.get("notes") or "").lower()):
                    err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if len(outlets) != 12:
    err("Part B outlets not all different")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline, text and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if d[:4] not in ("2023", "2025"):
        err(who, "year must be 2023 or 2025", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
