#!/usr/bin/env python3
"""Independent checker for eval/bv: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the pages on their own.
Usage (from the project root): python3 eval/bv/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"7500": "Centralian Advocate", "7501": "Port Lincoln Times", "7502": "Whyalla News", "7503": "The Advocate",
          "7504": "Horowhenua Chronicle", "7505": "Fort McMurray Today", "7506": "Brandon Sun", "7507": "Cornwall Standard-Freeholder",
          "7508": "Penticton Herald", "7509": "Cranbrook Daily Townsman"}
DAYS = {"day1": ["7520", "7521", "7522", "7523", "7524"], "day2": ["7530", "7531", "7532", "7533", "7534"],
        "day3": ["7540", "7541", "7542", "7543", "7544"]}
# must-not-merge pairs per day (same place or same theme, different events); both slugs must exist that day and differ
MUST_NOT_MERGE = {
    "day1": [("chortkiv-missile-strike-2022-06-11", "kharkiv-shelling-2022-06-11"),
             ("von-der-leyen-kyiv-visit-2022-06-11", "explainer-eu-candidate-status"),
             ("sievierodonetsk-azot-fighting-2022-06-11", "lysychansk-aid-deliveries-halted-2022-06-11")],
    "day2": [("sievierodonetsk-bridge-destroyed-2022-06-12", "uk-defence-intelligence-update-2022-06-12"),
             ("sievierodonetsk-bridge-destroyed-2022-06-12", "mykolaiv-port-shelling-2022-06-12"),
             ("macron-scholz-draghi-kyiv-trip-plan", "von-der-leyen-kyiv-visit-2022-06-11")],
    "day3": [("railway-stations-strikes-2022-04-25", "kharkiv-saltivka-shelling-2022-04-25"),
             ("railway-stations-strikes-2022-04-25", "explainer-ukraine-railways-as-target"),
             ("transnistria-security-ministry-blasts-2022-04-25", "bryansk-oil-depot-fire-2022-04-25"),
             ("blinken-austin-kyiv-visit-2022-04-24", "guterres-ankara-moscow-trip-2022-04-25")],
}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2022-03-02 2022-03-03 2022-03-04 2022-03-05 2022-03-06 2022-03-07 2022-03-08 2022-03-09 2022-03-10 2022-03-11 2022-03-12
2022-03-14 2022-03-15 2022-03-16 2022-03-18 2022-03-21 2022-03-22 2022-03-23 2022-03-24 2022-03-26 2022-03-27 2022-03-29 2022-03-30 2022-04-01
2022-04-02 2022-04-03 2022-04-05 2022-04-06 2022-04-07 2022-04-08 2022-04-09 2022-04-12 2022-04-13 2022-04-14 2022-04-17 2022-04-20 2022-04-23
2022-04-26 2022-04-28 2022-05-03 2022-05-05 2022-05-07 2022-05-09 2022-05-10 2022-05-11 2022-05-13 2022-05-15 2022-05-17 2022-05-18 2022-05-20
2022-05-22 2022-05-24 2022-05-27 2022-06-03 2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-18 2022-06-22 2022-06-23 2022-06-24 2022-06-26
2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-07-01 2022-07-03 2022-07-04 2022-07-07 2022-07-10 2022-07-12 2022-07-14 2022-07-15 2022-07-19
2022-07-22 2022-07-23 2022-07-28 2022-07-29 2022-07-30 2022-07-31""".split())
if os.path.exists("/tmp/blind-bv-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bv-forbidden-days.txt").read().split())
RESERVED = []
if os.path.exists("/tmp/blind-bv-reserved-outlets.txt"):
    RESERVED = [l.strip().lower() for l in open("/tmp/blind-bv-reserved-outlets.txt", encoding="utf-8") if l.strip()]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR = {"CDT": -5, "CST": -6, "EDT": -4, "EST": -5, "MDT": -6, "PDT": -7, "BST": 1, "CEST": 2, "EEST": 3, "AEST": 10, "ACST": 9.5, "ACDT": 10.5, "NZST": 12}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|Listen)\s*:", re.I)
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # HTML escaped inside Atom <content type="html">
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def all_hm(s):
    """All clock times in s as (hour, minute) in 24 h; dates like 25.04.2022 are skipped."""
    out = []
    for m in re.finditer(r"(?<![\d.:/])(\d{1,2})[:.](\d\d)(?![\d]|[./]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s):
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        if h < 24 and mi < 60:
            out.append((h, mi))
    return out


def hm(s):
    """The first clock time in s, or None."""
    t = all_hm(s)
    return t[0] if t else None


def dates_in(s, year_hint=None):
    """All calendar dates printed in s, as date objects (year from the text, else year_hint)."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b", s):
        mo = month_no(m.group(1))
        if mo:
            out.append(date(int(m.group(3)), mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", s):
        mo = month_no(m.group(2))
        if mo:
            out.append(date(int(m.group(3)), mo, int(m.group(1))))
    for m in re.finditer(r"\b(\d{2})[/.](\d{2})[/.](\d{4})\b", s):  # day first (European pages)
        out.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if year_hint:
        for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b(?!,? \d{4})", s):
            mo = month_no(m.group(2))
            if mo:
                out.append(date(year_hint, mo, int(m.group(1))))
        for m in re.finditer(r"\b([A-Z][a-z]{2,8}) (\d{1,2})\b(?!,? \d{4})", s):
            mo = month_no(m.group(1))
            if mo:
                out.append(date(year_hint, mo, int(m.group(2))))
    return out


def read_stamp(stamp, local, zone, raw, text):
    """Re-reads a printed stamp on its own. Returns (problem or None, dated) where dated says whether the stamp fixes the date itself."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return (None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"), True
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return (None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"), True
    m = re.fullmatch(r"(\d+) (min|hrs?) ago", s)
    if m:
        els = re.findall(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + r"</time>", raw)
        if not any(datetime.fromisoformat(x) == local for x in els):
            return "relative stamp: no <time datetime> with this text equals published", True
        a = re.search(r"Updated (\d{1,2}:\d\d ?[ap]m) \u00b7 ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", text)
        if not a:
            return "relative stamp without a printed anchor", True
        h, mi = hm(a.group(1))
        ref = datetime(int(a.group(4)), month_no(a.group(2)), int(a.group(3)), h, mi, tzinfo=ZoneInfo(zone))
        mins = int((ref - local).total_seconds() // 60)
        want = f"{mins} min ago" if mins < 60 else ("1 hr ago" if mins // 60 == 1 else f"{mins // 60} hrs ago")
        return (None if want == s else f"relative stamp should read '{want}'"), True
    t = hm(s)
    if not t:
        return "unreadable stamp", False
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}", False
    z = re.search(r"\b(" + "|".join(ABBR) + r")\b", s)
    if z and local.utcoffset() != timedelta(hours=ABBR[z.group(1)]):
        return f"zone {z.group(1)} disagrees with the local offset", False
    ds = dates_in(s)
    if ds:
        if ds[0] != local.date():
            return "date inside the stamp differs", True
        wd = re.search(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b", s)
        if wd and WEEKDAYS.index(wd.group(1).lower()) != local.weekday():
            return "weekday inside the stamp differs", True
        return None, True
    return None, False


def page_dates(text, raw, year_hint):
    if not year_hint:
        y = re.search(r"\b(20\d\d)\b", raw)
        year_hint = int(y.group(1)) if y else None
    return set(dates_in(text, year_hint)) | set(dates_in(re.sub(r"<[^>]+>", "\n", raw), year_hint))


def check_page_order(sid, g, text):
    pos = -1
    for e in g["entries"]:
        anchor = e["headline"] or e["first_sentence"]
        p = text.find(anchor, pos + 1)
        if p < 0:
            err(e["id"], "not found after the previous entry (page order)"); return
        pos = p


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"75\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse")
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g.get("not_entries"):
        err(sid, "not_entries empty")
    year_hint = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year_hint = int(pa[1][:4])
        if "2022" in raw:
            err(sid, "parse_args given but the page names the year")
    elif "2022" not in raw:
        err(sid, "page names no year but has no parse_args")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    zone = g["page_timezone"]
    # a "Key Points" block: the headlines listed right under it
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    ids = []; undated = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            if e["headline"] and fs.startswith(e["headline"]):
                err(eid, "first_sentence repeats the headline")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be an ISO instant ending in Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why, dated = read_stamp(e["stamp"], local, zone, raw, text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            if not dated:
                undated.append((eid, local))
            # a visible bare time inside <time datetime=...> must agree with the attribute
            els = re.findall(r'<time datetime="([^"]+)"[^>]*>' + re.escape(e["stamp"]) + r"</time>", raw)
            if els and not any(datetime.fromisoformat(x.replace("Z", "+00:00")) == local for x in els):
                err(eid, "<time datetime> disagrees with published")
        else:
            # no stamp: the dateline (time and date) must be printed on the page
            times = [t for l in lines for t in all_hm(l)]
            if (local.hour, local.minute) not in times:
                err(eid, "no stamp and the dateline time is not printed")
            if local.date() not in page_dates(text, raw, year_hint):
                err(eid, "no stamp and the dateline date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "").lower()
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat")):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat: ...'")
        if note.startswith("off-beat") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["first_sentence"] and fs:
                a, b = set(orig["first_sentence"].lower().split()), set(fs.lower().split())
                if len(a & b) / len(a | b) < 0.6:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug")
        ids.append(eid)
    check_page_order(sid, g, text)
    # undated stamps: re-derive each local date by walking the page from a printed date, rolling over local midnight
    if undated:
        printed = page_dates(text, raw, year_hint)
        if undated[0][1].date() not in printed:
            err(sid, "first undated stamp's local date is printed nowhere on the page")
        mins = [l.hour * 60 + l.minute for _, l in undated]
        down = sum(b < a for a, b in zip(mins, mins[1:])); up = sum(b > a for a, b in zip(mins, mins[1:]))
        step = -1 if down >= up else 1  # newest first: going down the page goes back in time
        cur = undated[0][1].date()
        for (pid, pl), (eid, l), a, b in zip(undated, undated[1:], mins, mins[1:]):
            if (step == -1 and b > a) or (step == 1 and b < a):
                cur = cur + timedelta(days=step)
            if l.date() != cur:
                err(eid, f"date by page walk {cur} != gold {l.date()}")
            if cur not in printed:
                err(eid, f"walked date {cur} is not printed on the page")

# ---------------------------------------------------------------- set-level rules
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))

extra = set(golds) - set(PART_A) - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        if RESERVED:
            first = src.split()[0].lower()
            if src.lower() in RESERVED or any(first in r.split() or r.startswith(first) for r in RESERVED):
                err(sid, "outlet name (or its first word) is on the reserved list:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and off * 3 >= 2 * len(g["entries"]) - 1:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(srcs), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for a, b in MUST_NOT_MERGE[day]:
        if a == b or a not in stories or b not in stories:
            err(day, "must-not-merge pair missing", a, b)
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1 (UTC)")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a 're-post of day-1' note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story with a new development")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2022" or d[5:7] not in ("03", "04", "05", "06", "07"):
        err(who, "UTC day not allowed", d)

# ---------------------------------------------------------------- own words: no 10-word run shared with the shared sample seeds
shared = ""
for p in glob.glob(os.path.join(ROOT, "..", "..", "..", "shared", "seeds", "*")):
    shared += open(p, encoding="utf-8").read().lower() + "\n"
if shared:
    sw = re.findall(r"[a-z0-9']+", shared)
    grams = {" ".join(sw[i:i + 10]) for i in range(len(sw) - 9)}
    for sp in glob.glob(os.path.join(ROOT, "seeds", "*")):
        w = re.findall(r"[a-z0-9']+", open(sp, encoding="utf-8").read().lower())
        for i in range(len(w) - 9):
            if " ".join(w[i:i + 10]) in grams:
                err(os.path.basename(sp), "shares a 10-word run with the shared seeds:", " ".join(w[i:i + 10])); break

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
