#!/usr/bin/env python3
"""Independent checker for eval/ca: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the printed text on their own.
Usage (from the project root): python3 eval/ca/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("8000", "Kingston Whig-Standard", "America/Toronto"), ("8001", "Brockville Recorder and Times", "America/Toronto"),
          ("8002", "Owen Sound Sun Times", "America/Toronto"), ("8003", "Stratford Beacon Herald", "America/Toronto"),
          ("8004", "Simcoe Reformer", "America/Toronto"), ("8005", "Welland Tribune", "America/Toronto"),
          ("8006", "Niagara Falls Review", "America/Toronto"), ("8007", "Cape Breton Post", "America/Halifax"),
          ("8008", "Juneau Empire", "America/Juneau"), ("8009", "Fairbanks Daily News-Miner", "America/Anchorage")]
DAYS = {"day1": ["8020", "8021", "8022", "8023", "8024"], "day2": ["8030", "8031", "8032", "8033", "8034"],
        "day3": ["8040", "8041", "8042", "8043", "8044"]}
# UTC days of Jul-Dec 2023 that are NOT in the forbidden list given to the tester (copied so the check runs without /tmp)
ALLOWED = set("""2023-07-02 2023-07-07 2023-07-29 2023-08-11 2023-08-12 2023-08-19 2023-08-21 2023-08-26 2023-08-27 2023-08-28
2023-09-01 2023-09-16 2023-09-17 2023-09-24 2023-10-01 2023-10-03 2023-10-09 2023-10-15 2023-10-16 2023-10-26 2023-10-27
2023-10-29 2023-10-30 2023-10-31 2023-11-03 2023-11-11 2023-11-12 2023-11-16 2023-11-19 2023-11-23 2023-11-24 2023-11-28
2023-12-01 2023-12-07 2023-12-09 2023-12-16 2023-12-17 2023-12-20 2023-12-21 2023-12-22 2023-12-23 2023-12-24 2023-12-25""".split())
FORBIDDEN_FILE = "/tmp/blind-ca-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ca-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MON = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"GMT": [0], "UTC": [0], "BST": [1], "CET": [1], "CEST": [2], "EET": [2], "EEST": [3], "EST": [-5], "EDT": [-4], "ET": [-5, -4]}
TEASER = re.compile(r"(Watch|WATCH|Photos|Pictured|Video|Explained|Full report)\b")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def read(p):
    return open(p, encoding="utf-8").read()


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def offset_hours(d):
    return d.utcoffset().total_seconds() / 3600


def date_forms(d):
    m = MONTHS[d.month - 1]
    return {f"{m[:3]} {d.day:02d}, {d.year}", f"{m[:3]}. {d.day}", f"{m[:3]} {d.day}", f"{m} {d.day}", f"{d.day} {m}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"sept. {d.day}" if d.month == 9 else m}


def time_forms(d):
    h12 = d.hour % 12 or 12; ap = "a.m." if d.hour < 12 else "p.m."
    return {f"{d:%H:%M}", f"{d:%H.%M}", f"{h12}:{d.minute:02d} {ap}", f"{h12}:{d.minute:02d}{ap[0]}m", f"{h12}.{d.minute:02d}{ap[0]}m"}


def find_date(s):
    """Returns (day, month, year or None) for a date printed inside a stamp, else None."""
    m = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?", s)
    if m and m.group(1).lower()[:4].rstrip("t") in MON or (m and m.group(1).lower()[:3] in MON):
        mon = MON.get(m.group(1).lower()[:4], MON.get(m.group(1).lower()[:3]))
        return int(m.group(2)), mon, int(m.group(3)) if m.group(3) else None
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+)(?: (\d{4}))?", s)
    if m and m.group(2).lower()[:3] in MON:
        return int(m.group(1)), MON[m.group(2).lower()[:3]], int(m.group(3)) if m.group(3) else None
    return None


def read_stamp(stamp, local, text, raw):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"Page updated (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) ([A-Z]{3,4})", text)
        if not a or a.group(6) not in ZONE_ABBR:
            return "relative stamp without a printed anchor"
        tz = timezone(timedelta(hours=ZONE_ABBR[a.group(6)][0]))
        ref = datetime(int(a.group(3)), MON[a.group(2).lower()[:3]], int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=tz)
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published"
    for abbr, offs in ZONE_ABBR.items():  # a zone printed in the stamp must agree with the local offset
        if re.search(r"\b" + abbr + r"\b", s) and offset_hours(local) not in offs:
            return f"stamp zone {abbr} disagrees with offset {offset_hours(local)}"
    tm = re.search(r"(?<![\d,])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    dd = find_date(s)
    if dd:
        day, mon, year = dd
        if (day, mon) != (local.day, local.month) or (year and year != local.year):
            return f"date inside the stamp {dd} differs from {local:%Y-%m-%d}"
    if not tm:
        if not dd:
            return "unreadable stamp"
        if f'datetime="{local.isoformat()}"' not in raw:
            return "date-only stamp without a matching <time datetime>"
        return None
    h, mi = int(tm.group(1)), int(tm.group(2))
    if tm.group(3):
        h = h % 12 + (12 if tm.group(3).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if not dd:
        low = text.lower()
        if not any(f in low for f in date_forms(local)):
            return "local date of an undated stamp is printed nowhere on the page"
    return None


def xml_items(raw):
    root = ET.fromstring(raw.encode("utf-8"))
    out = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag in ("item", "entry"):
            kids = {c.tag.split("}")[-1]: c for c in el}
            body = None
            for k in ("encoded", "content", "description"):
                if k in kids and (kids[k].text or "").strip():
                    body = kids[k].text
                    break
            out.append(((kids["title"].text or "").strip(), body or ""))
    return out


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
    if not re.fullmatch(r"80[0-4]\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = read(sp); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if sp.endswith(".xml"):
        try:
            items = xml_items(raw)
        except ET.ParseError as ex:
            err(sid, "XML not well-formed:", ex); items = []
    else:
        items = None
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse")
    has_year = "2023" in raw
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if has_year:
            err(sid, "parse_args on a page that prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone")
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
    ids = []; pos = 0; locals_ = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(len(l) == len(fs) or (l[len(fs)] == " " and l[len(fs) + 1:len(fs) + 2].isupper()) for l in hit):
                err(eid, "first_sentence is cut inside its sentence:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            if items is not None:
                it = [b for (t, b) in items if fs in html.unescape(html.unescape(b))]
                if not it:
                    err(eid, "first_sentence not found in any feed item body")
                else:
                    b = html.unescape(it[0]) if "&lt;p" in it[0] else it[0]
                    n = max(1, len(re.findall(r"<p>", b)))
                    if n != e["body_paragraphs"]:
                        err(eid, "body_paragraphs", e["body_paragraphs"], "but the feed item has", n)
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        key = fs or e["headline"]
        p2 = text.find(key, pos)
        if p2 < 0:
            err(eid, "entry not found in page order after the previous entry")
        else:
            pos = p2 + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not (any(f in text for f in time_forms(local)) or local.isoformat() in raw):
                err(eid, "no stamp and the time is printed nowhere (text, JSON-LD or meta)")
            if not (any(f in text.lower() for f in date_forms(local)) or local.isoformat() in raw):
                err(eid, "no stamp and the date is printed nowhere")
        if g.get("parse_args") and local.strftime("%Y-%m-%d") != g["parse_args"][1]:
            err(eid, "local day differs from parse_args --date")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of must name an entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate_of must point to an earlier-published entry")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not a near-verbatim repeat")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # page order vs time: live pages and listings run one way; articles share one time
    if len(locals_) > 1:
        inc = all(a <= b for a, b in zip(locals_, locals_[1:])); dec = all(a >= b for a, b in zip(locals_, locals_[1:]))
        if not (inc or dec):
            err(sid, "entry times are not monotonic in page order (midnight crossing resolved wrongly?)")

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet, home in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if g["page_timezone"] != home:
        err(sid, "page_timezone should be the outlet's home zone", home)
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
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
order = [sid for sid, _, _ in PART_A]
if sorted(order) != order:
    err("Part A ids out of order")

# ---------------------------------------------------------------- Part B
reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in read(RESERVED_FILE).splitlines() if l.strip()}
part_a_names = {o.lower() for _, o, _ in PART_A}
day_date = {}
for day, cand in DAYS.items():
    sids = [s for s in cand if s in golds]
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds[sid]; src = g["source"]
        if src.lower() in reserved or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]):
            world = True
            if not 0.5 < off / len(g["entries"]) <= 0.75:
                err(sid, "world feed should have the war as a minority (about 4 of 6 off-beat)")
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (majority off-beat)")
    big = [k for k, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    mnm = 0
    for e in ents:
        for other in re.findall(r"must not merge with ([a-z0-9-]+[a-z0-9])", e["notes"] or ""):
            mnm += 1
            if other == e["story"] or other not in stories:
                err(e["id"], "must-not-merge partner is not another story of the day:", other)
        if "must not merge" in (e["notes"] or "").lower():
            mnm += 1
    if mnm < 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if len(stories[e["story"]]) < 2 and e["importance"] == 3 and not e["key_point"]:
            pass  # single-seed importance 3 is an editorial call (deadly strikes, head-of-state moves)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] if s in golds for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] if s in golds for e in golds[s]["entries"]]
    reps = []
    for e in d2:
        m = re.search(r"re-post of day-1 entry (\d{4}-\d\d)", e["notes"] or "", flags=re.I)
        if m:
            o = d1.get(m.group(1))
            if not o or o["headline"] != e["headline"] or o["first_sentence"] != e["first_sentence"] or o["story"] != e["story"] or e["importance"] != 1:
                err(e["id"], "re-post must repeat the named day-1 entry (headline, text, story) at importance 1")
            reps.append(e)
    if not reps:
        err("day 2 carries no re-post of a day-1 entry")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in reps and not e["duplicate_of"]} & {e["story"] for e in d1.values()}
    if not cont:
        err("day 2 continues no day-1 story")

forbidden = set(read(FORBIDDEN_FILE).split()) if os.path.exists(FORBIDDEN_FILE) else set()
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden or not ("2023-07" <= d[:7] <= "2023-12"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if not w.startswith('day'))}")
