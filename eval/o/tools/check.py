#!/usr/bin/env python3
"""Independent checker for eval/o: re-reads the seed files and the gold files (does not import build.py).
Usage: python3 eval/o/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(1600, 1610)]
DAYS = {"day1": ["1610", "1611", "1612", "1613"], "day2": ["1614", "1615", "1616"], "day3": ["1617", "1618", "1619", "1620"]}
CONSECUTIVE = ("day1", "day2")
MUST_NOT_MERGE = {
    "day1": [("dnipro-apartment-block-strike-2023-01-14", "kharkiv-infrastructure-strike-2023-01-14"),
             ("dnipro-apartment-block-strike-2023-01-14", "kyiv-morning-missile-strike-2023-01-14"),
             ("uk-challenger-2-pledge", "lithuania-generators-anti-drone-package"),
             ("uk-challenger-2-pledge", "explainer-challenger-2-tank")],
    "day2": [("dnipro-apartment-block-strike-2023-01-14", "kherson-shelling-2023-01-15"),
             ("dnipro-apartment-block-strike-2023-01-14", "analysis-kh-22-missile")],
    "day3": [("trump-putin-phone-call-2025-02-12", "trump-zelensky-call-2025-02-12"),
             ("kyiv-ballistic-strike-2025-02-12", "kharkiv-drone-strike-2025-02-12"),
             ("uk-150m-package-udcg-2025-02-12", "norway-air-defence-funding-2025-02-12"),
             ("trump-putin-phone-call-2025-02-12", "explainer-us-russia-talks-agenda")],
}
FORBIDDEN_DAYS = set("""2022-09-14 2022-04-08 2023-06-06 2023-07-11 2023-10-05 2023-11-25 2024-02-17 2024-04-20 2024-08-07 2024-12-20
2025-03-18 2025-07-04 2025-07-05 2023-02-25 2023-10-10 2022-03-05 2023-03-21 2022-10-10 2023-09-13 2024-06-19 2024-03-24
2024-12-25 2024-12-26 2023-07-17 2022-05-09 2023-06-24 2022-02-26 2024-09-03 2024-07-10 2023-08-20 2023-02-21 2023-01-25
2023-05-13 2023-04-04 2023-12-29 2023-12-30 2025-08-15""".split())
BANNED = """ironbridge sable cobalt foxglove granite meridian atlas harbourpost borealis continental northgate lakeside vistula polaris
danube harbourline northbridge carpathian northline volga dnipro-chronicle kestrel baltic-sentinel harbour-gazette ural ledger courier wire
herald gazette monitor ostrava quayside globe-relay tarnfield sparrowhawk amberway redfern lanternfish palisade brightwater eastwind
saltmarsh hollybank marlowe copperleaf gorsefield cairnfield ashgrove thornbury brackenridge quillon larkspur whitecliff pinecrest
oakhollow seabright elmstead aldermoor briarwood juniper calderbrook dunmore elderfield fernhill glenholme kingsmere linden rookwood
tidewater yarrow mosswood wrenfield stonechat underhill saffron penhallow marram ossory nettlebed oxbow ravensworth quarrytown tamarisk
umberleigh whinmoor wexcombe sandpiper yelverton vellington""".split()
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
KEYS = ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence",
        "body_paragraphs", "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]
problems = []


def bad(*a):
    problems.append(" ".join(str(x) for x in a))


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw, raw
    raw2 = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: html.escape(m.group(1), quote=False), raw, flags=re.S)
    once = html.unescape(re.sub(r"<[^>]+>", "\n", raw2))
    twice = html.unescape(re.sub(r"<[^>]+>", "\n", once))
    return raw, once + "\n" + twice


def key_points(raw, text, path):
    """headlines listed under a 'Key Points' block: text pages = lines after the header up to a blank line."""
    if path.endswith(".txt"):
        m = re.search(r"^Key Points[ \t]*$", raw, re.M | re.I)
        if not m:
            return None
        items = []
        for line in raw[m.end():].split("\n")[1:]:
            if not line.strip():
                break
            items.append(re.sub(r"^\s*[\u2022\-*]\s*", "", line).strip())
        return items
    m = re.search(r">\s*Key Points\s*</h\d>\s*<ul>(.*?)</ul>", raw, re.S | re.I)
    if not m:
        return None
    return [html.unescape(x).strip() for x in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)]


def stamp_agrees(stamp, local, raw, ext):
    """independent reading of the printed stamp -> datetime (aware) or wall-clock (h, m)."""
    if stamp is None:
        return True
    if ext == "xml" and re.match(r"\w{3}, \d", stamp):
        return parsedate_to_datetime(stamp) == local
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp):
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")) == local
    if re.search(r"ago$", stamp):
        m = re.search(r"Last updated: (\w{3} \d+, \d{4}) (\d+):(\d\d) (AM|PM) IST", raw)
        base = datetime.strptime(m.group(1), "%b %d, %Y").replace(hour=int(m.group(2)) % 12 + (12 if m.group(4) == "PM" else 0),
                                                                   minute=int(m.group(3)), tzinfo=local.tzinfo)
        n, unit = int(stamp.split()[0]), stamp.split()[1]
        return base - (timedelta(minutes=n) if unit.startswith("min") else timedelta(hours=n)) == local
    m = re.search(r"(\d{1,2})[:.](\d\d)\s*([AaPp])\.?\s*[Mm]\.?", stamp)
    if m:
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return (h, int(m.group(2))) == (local.hour, local.minute)
    m = re.search(r"(\d{1,2})[:.](\d\d)(?!\d)", stamp)
    if m:
        return (int(m.group(1)), int(m.group(2))) == (local.hour, local.minute)
    return False


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            bad(sid, "gold lacks", k)
    if os.path.basename(gp)[:-5] != os.path.splitext(g["seed"])[0]:
        bad(sid, "gold file name does not match its seed")
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        bad(sid, "seed file missing"); continue
    ext = g["seed"].rsplit(".", 1)[1]
    raw, text = visible(sp)
    if g["page_title"] is not None and g["page_title"] not in text:
        bad(sid, "page_title not on the page")
    if sid not in SINGLE and any(b.replace("-", " ") in g["source"].lower() for b in BANNED):
        bad(sid, "outlet name on the banned list:", g["source"])
    kp = key_points(raw, text, sp)
    seen_ids = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in KEYS:
            if k not in e:
                bad(eid, "lacks", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in seen_ids:
            bad(eid, "bad or repeated id")
        for k in ("headline", "stamp", "first_sentence", "author"):
            if e[k] is not None and e[k] not in text:
                bad(eid, k, "is not an exact substring of the page:", repr(e[k][:70]))
        if e["first_sentence"] is not None and not re.search(r"[.!?]['\"\u2019\u201d]?$", e["first_sentence"]):
            bad(eid, "first_sentence does not end a sentence")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m:
            bad(eid, "published_local malformed")
        else:
            local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
                bad(eid, "published not ISO Z")
            elif datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                bad(eid, "published", e["published"], "!= local", e["published_local"])
            if m.group(2) != g["page_timezone"]:
                bad(eid, "local zone differs from page_timezone")
            if not stamp_agrees(e["stamp"], local, raw, ext):
                bad(eid, "printed stamp", repr(e["stamp"]), "does not give", e["published_local"])
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            bad(eid, "topic/subtopic out of range")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            bad(eid, "topic other with a core subtopic")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            bad(eid, "core topic with a different subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            bad(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            bad(eid, "importance out of range")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and e.get("notes", "").startswith("off-beat")):
            bad(eid, "off-beat entries must be other/unrelated, importance 1, with an off-beat note")
        if (e["first_sentence"] is None) != (e["body_paragraphs"] == 0):
            bad(eid, "first_sentence null <=> body_paragraphs 0")
        if e["first_sentence"] is None and e["importance"] != 1:
            bad(eid, "teaser without body must be importance 1")
        if e["duplicate_of"] is not None:
            if e["duplicate_of"] not in seen_ids:
                bad(eid, "duplicate_of is not an earlier entry of this seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    bad(eid, "duplicate has another story than its original")
            if e["importance"] != 1:
                bad(eid, "duplicate must be importance 1")
        if e["key_point"] and e["importance"] != 3:
            bad(eid, "key point must be importance 3")
        listed = kp is not None and e["headline"] in kp
        if listed != e["key_point"]:
            bad(eid, "key_point", e["key_point"], "but listed under Key Points:", listed)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            bad(eid, "story slug malformed")
        seen_ids.append(eid)
    if kp is not None and len(kp) != sum(1 for e in g["entries"] if e["key_point"]):
        bad(sid, "Key Points block lists", len(kp), "lines but key_point entries differ")

all_entries = {e["id"]: (sid, e) for sid, g in golds.items() for e in g["entries"]}
expected = set(SINGLE) | {s for v in DAYS.values() for s in v}
if set(golds) != expected:
    bad("gold set", sorted(set(golds) ^ expected))

# multi-source days
used = {}
day_date = {}
for day, sids in DAYS.items():
    ds = {e["published"][:10] for s in sids for e in golds[s]["entries"]}
    if len(ds) != 1:
        bad(day, "spans UTC dates", sorted(ds)); continue
    day_date[day] = ds.pop()
    n = sum(len(golds[s]["entries"]) for s in sids)
    if not 18 <= n <= 30:
        bad(day, "has", n, "entries")
    if not 3 <= len(sids) <= 5:
        bad(day, "source count")
    if len({golds[s]["seed"].rsplit(".", 1)[1] for s in sids}) < 2:
        bad(day, "formats not varied")
    carried = defaultdict(set)
    for s in sids:
        for e in golds[s]["entries"]:
            carried[e["story"]].add(s)
    if not any(len(v) >= 3 for v in carried.values()):
        bad(day, "no story told by three or more sources")
    for s in sids:
        for e in golds[s]["entries"]:
            rep = e.get("repost_of")
            if rep:
                if rep not in all_entries or all_entries[rep][1]["story"] != e["story"] or e["importance"] != 1:
                    bad(e["id"], "repost_of must name an entry of an earlier day with the same story; importance 1")
                elif all_entries[rep][1]["published"][:10] >= e["published"][:10]:
                    bad(e["id"], "repost_of does not point to an earlier day")
            if len(carried[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not rep and e["importance"] != 3:
                bad(e["id"], "story carried by", sorted(carried[e["story"]]), "must be importance 3")
    for a, b in MUST_NOT_MERGE.get(day, []):
        if a == b or a not in carried or b not in carried:
            bad(day, "must-not-merge pair missing:", a, b)
    if day_date[day] in used:
        bad(day, "UTC day reused")
    used[day_date[day]] = day
d1, d2 = (date.fromisoformat(day_date[d]) for d in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    bad("days", CONSECUTIVE, "not consecutive")
if not any(e.get("repost_of") for s in DAYS[CONSECUTIVE[1]] for e in golds[s]["entries"]):
    bad("second consecutive day has no re-post of the first day")
# a general world-news feed where the war is a minority
if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"])
           for v in DAYS.values() for s in v):
    bad("no general world feed with the war in a minority")

# single pages
for sid in SINGLE:
    ents = golds[sid]["entries"]
    if not 5 <= len(ents) <= 9:
        bad(sid, "has", len(ents), "entries")
    for dd in sorted({e["published"][:10] for e in ents}):
        if dd in FORBIDDEN_DAYS:
            bad(sid, "uses a reserved UTC day", dd)
        if dd in used:
            bad(sid, "UTC day", dd, "already used by", used[dd])
        used[dd] = sid
for dd in used:
    if dd in FORBIDDEN_DAYS:
        bad("reserved UTC day used", dd)
    if not "2022-01-01" <= dd <= "2025-12-31":
        bad("date out of range", dd)

if problems:
    print("\n".join(problems))
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(golds)} gold files, {len(all_entries)} entries; days {day_date}")
