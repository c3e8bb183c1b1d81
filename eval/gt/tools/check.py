#!/usr/bin/env python3
"""Independent checker for eval/gt: re-reads every seed file on its own and verifies its gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, JSON-LD agreement, label rules, set constraints).
Usage (from the project root): python3 eval/gt/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("20300", "NATO"), ("20301", "Council of the EU"), ("20302", "OSCE"), ("20303", "ICRC"), ("20304", "UNHCR"),
          ("20305", "UK Ministry of Defence"), ("20306", "President of Ukraine"), ("20307", "Ministry of Foreign Affairs of Ukraine"),
          ("20308", "U.S. Department of State"), ("20309", "Government of Canada")]
DAYS = {"day1": ["20320", "20321", "20322", "20323"], "day2": ["20330", "20331", "20332", "20333"],
        "day3": ["20340", "20341", "20342", "20343"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2032-01-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-gt-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gt-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "ET", "EST", "EDT", "WET", "SGT"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed descriptions / Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour and minute of the first clock time in s: '2:07 p.m.', '9.40am', '21:40', '06.50'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])\s*(?:([AaPp])\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    return h, mi


def date_lines(text):
    """(position, year, month, day) of date headers printed on a line of their own: 'Wednesday, 21 January 2032',
    '12 January 2032', 'January 20, 2032', 'Thursday 22 January 2032' (a weekday, when printed, must agree)."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(?:([A-Z][a-z]+),? )?(?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) (\d{1,2}),) (\d{4})[ \t]*$", text):
        wd, d1, m1, m2, d2, y = m.groups()
        mo = month_no(m1 or m2)
        if not mo:
            continue
        dd = int(d1 or d2)
        if wd and wd.lower() in WEEKDAYS and WEEKDAYS[date(int(y), mo, dd).weekday()] != wd.lower():
            err("date header weekday does not match:", m.group(0).strip())
        out.append((m.start(), int(y), mo, dd))
    return out


def zone_ok(stamp, local, zone):
    for w in re.findall(r"\b[A-Z]{2,4}\b", stamp):
        if w in ZONE_WORDS:
            name = local.tzname()
            if w == "GMT" and local.utcoffset() == timedelta(0):
                continue
            if w != name:
                return f"stamp zone {w} does not match the page zone ({name})"
    return None


def weekday_ok(stamp, y, mo, d):
    m = re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", stamp)
    if m and WEEKDAYS[date(y, mo, d).weekday()][:3] != m.group(1).lower():
        return "weekday in the stamp does not match its date"
    return None


def nearest_header(text, pos):
    before = [d for d in date_lines(text) if d[0] < pos]
    return before[-1][1:] if before else None


def read_stamp(s, e, local, date_only, text, raw, pos, zone):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time (or date), else the reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", s)
    if m:
        want = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
        return None if want == local else "numeric day.month.year stamp differs"
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", s)
    if m:
        if not date_only:
            return "date-only stamp but gold gives a time"
        return None if (int(m.group(3)), int(m.group(2)), int(m.group(1))) == (local.year, local.month, local.day) else "day-month-year date differs"
    why = zone_ok(s, local, zone)
    if why:
        return why
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    dmy = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", s)
    ymd = None
    if md and month_no(md.group(1)):
        ymd = (int(md.group(3)), month_no(md.group(1)), int(md.group(2)))
    elif dmy and month_no(dmy.group(2)):
        ymd = (int(dmy.group(3)), month_no(dmy.group(2)), int(dmy.group(1)))
    hm = clock(re.sub(r"\b\d{1,2},? \d{4}\b|\b\d{4}\b", " ", s))
    if ymd:
        if ymd != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        w = weekday_ok(s, *ymd)
        if w:
            return w
        if hm is None:
            # date-only visible stamp: a time may only come from the entry's own <time datetime> attribute
            anchor = e["headline"] or e["first_sentence"]
            i = raw.find(html.escape(anchor, quote=False)) if anchor else -1
            nxt = raw.find("<h3", i + 1) if i >= 0 else -1
            seg = raw[i:nxt if nxt > 0 else len(raw)] if i >= 0 else ""
            a = re.search(r'datetime="([^"]+)"', seg)
            if a and "T" in a.group(1):
                if date_only:
                    return "a machine time is given after the entry, so the gold must not be date-only"
                return None if datetime.fromisoformat(a.group(1)) == local else "datetime attribute differs"
            return None if date_only else "date-only stamp but gold gives a time"
        if date_only:
            return "stamp has a time but gold is date-only"
        return None if hm == (local.hour, local.minute) else f"time {hm} != local {local:%H:%M}"
    if date_only:
        return "date-only gold needs a printed date in the stamp"
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    hdr = nearest_header(text, pos)
    if hdr is None:
        return "no date header printed before an undated stamp"
    dm = re.match(r"(\d{1,2}) ([A-Z][a-z]{2}) ", s)  # '22 Jan 09:05': day and month printed, the year from the header
    if dm:
        if (int(dm.group(1)), month_no(dm.group(2))) != (local.day, local.month) or hdr[0] != local.year:
            return "day/month in the stamp or the header's year differ"
        return None
    return None if hdr == (local.year, local.month, local.day) else f"nearest date header {hdr} != local day"


def time_printed(local, text):
    return f"{local:%H:%M}" in text


def ld_updates(raw):
    """(headline, datePublished) of every liveBlogUpdate in the page's JSON-LD (accepts @graph and @type arrays)."""
    out = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            data = json.loads(blk)
        except ValueError:
            continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") or []
            for u in ups if isinstance(ups, list) else [ups]:
                if u.get("datePublished"):
                    out.append((u.get("headline"), u["datePublished"]))
    return out


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
reserved_first = {r.split()[0] for r in reserved}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"203\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blk)
        except ValueError as x:
            err(sid, "JSON-LD block does not parse:", x)
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", text) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", text):
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: entry headlines listed on the lines right after a 'Key Points' line
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break
    ld = ld_updates(raw)
    ids = []; pos_prev = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be <seed id>-NN numbered in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        pos = pos_prev
        if anchor:
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Dr|D\.C)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # time: full instant ('...Z') or, when the page prints a date only, the local date alone
        pl = e.get("published_local") or ""
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)( \d\d:\d\d)? (\S+)", pl)
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        date_only = m.group(2) is None
        if date_only:
            local = datetime.strptime(m.group(1), "%Y-%m-%d").replace(tzinfo=ZoneInfo(m.group(3)))
            if e["published"] != m.group(1):
                err(eid, "date-only published must equal the local date")
        else:
            local = datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], e, local, date_only, text, raw, pos, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif date_only or not time_printed(local, text):
            err(eid, "no stamp and the page's dateline time is not printed")
        # JSON-LD updates that name this entry's headline must carry the same instant
        for hl, dp in ld:
            if hl and hl == e["headline"] and not date_only:
                if datetime.fromisoformat(dp.replace("Z", "+00:00")) != local:
                    err(eid, "JSON-LD datePublished disagrees with the visible stamp")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics must be other core topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "").lower()
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block lists", len(kp_heads), "headlines but gold marks", sum(e["key_point"] for e in g["entries"]))

# published times must run monotonically in page order (newest first or oldest first; dateline-only pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
# a third HTML, a third text scrapes, a third feeds: 3/3/3 plus one
if sorted(fmts.values()) != [3, 3, 4] or set(fmts) != {".txt", ".html", ".xml"}:
    err("Part A format mix must be thirds (3/3/3 + 1):", dict(fmts))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        first = src.lower().split()[0]
        if src.lower() in reserved or slug in reserved or first in reserved or first in reserved_first or slug.split("-")[0] in reserved_first:
            err(sid, "outlet name is on the reserved list (full name, first word or slug):", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    notes = " ".join((e.get("notes") or "").lower() for e in ents)
    if "must not merge" not in notes or "same region" not in notes or "same" not in notes.replace("same region", ""):
        err(day, "must-not-merge neighbours (same region other event, same theme other event) not noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # the 3+-source story must show growing tolls and more than one spelling across sources (noted per entry)
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not any(sum("spelling" in (e.get("notes") or "") for e in ents if e["story"] == s) >= 1 and
               len({(e.get("notes") or "").split("toll ")[1].split()[0] for e in ents if e["story"] == s and "toll " in (e.get("notes") or "")}) >= 3
               for s in big):
        err(day, "3+-source story lacks noted spelling variants or a growing toll")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
