#!/usr/bin/env python3
"""Independent checker for eval/fb. Re-reads every seed page on its own (it does not import build.py) and verifies
its gold file: exact substrings of the visible text, page order, every printed stamp re-read and resolved, label
rules, and the set-level constraints of the brief (Part A outlets/formats/days, Part B multi-source days).
Usage (from the project root): python3 eval/fb/tools/check.py   -> prints OK, or the problems and exits 1."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("15900", "The Independent"), ("15901", "TRT World"), ("15902", "Euronews"), ("15903", "Ukrainska Pravda"), ("15904", "Meduza"),
          ("15905", "RFE/RL"), ("15906", "Kyiv Post"), ("15907", "Ukrinform"), ("15908", "UNIAN"), ("15909", "Newsweek")]
DAYS = {"day1": ["15920", "15921", "15922", "15923"], "day2": ["15930", "15931", "15932", "15933"],
        "day3": ["15940", "15941", "15942", "15943"]}
ALLOWED = {f"2028-05-{d:02d}" for d in range(1, 32)}          # the free days the brief lists
FORBIDDEN_FILE = "/tmp/blind-fb-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-fb-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_OFFSET_H = {"GMT": 0, "UTC": 0, "BST": 1, "CEST": 2, "EEST": 3, "MSK": 3, "EDT": -4, "ET": -4, "GMT+2": 2, "GMT+3": 3}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report|Listen)\s*:")
NO_END = re.compile(r"\b(U\.S|U\.N|U\.K|Gen|Gov|Sen|Rep|Lt|Col|Mr|Mrs|Ms|Dr|St|No|a\.m|p\.m)\.$")
problems = []


def bad(*a):
    problems.append(" ".join(str(x) for x in a))


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))   # escaped HTML inside Atom content
    return t


def month_no(w):
    w = w.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock_of(s):
    """(hour, minute) of the first clock in s: '1842 GMT', '20.10', '9:15 AM', '2:35pm', '07:25'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])\s*([AaPp]\.?[Mm]\.?)?", s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if not 1 <= h <= 12:
                return None
            h = h % 12 + (12 if m.group(3)[0] in "pP" else 0)
        return (h, mi) if h < 24 and mi < 60 else None
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s.strip())
    if m:
        return int(m.group(1)), int(m.group(2))
    return None


def printed_days(text):
    """calendar days printed on the page as (year or None, month, day)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:,? (\d{4}))?\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?:,? (\d{4}))?\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    for m in re.finditer(r"\b(\d\d)/(\d\d)/(\d{4})\b", text):
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def page_clock(text, zone):
    """the page's own 'Updated May 20, 2028 at 3:40 PM EDT' clock (for relative stamps)."""
    m = re.search(r"Updated ([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (AM|PM)", text)
    if not m:
        return None
    h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
    return datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=ZoneInfo(zone))


def reread(stamp, local, text, zone, g):
    """re-reads one printed stamp; returns None when it agrees with the gold local time, else why not."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        ref = page_clock(text, zone)
        if ref is None:
            return "relative stamp but no printed page clock"
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock_of(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"clock {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ZONE_OFFSET_H.items():
        if re.search(rf"(?<![\w+]){re.escape(ab)}(?![\w+])", s) and local.utcoffset() != timedelta(hours=off):
            return f"zone {ab} in the stamp does not match the page zone offset {local.utcoffset()}"
    md = re.search(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", s)
    if md and month_no(md.group(1)):
        return None if (int(md.group(3)), month_no(md.group(1)), int(md.group(2))) == (local.year, local.month, local.day) else "date in the stamp differs"
    # no date in the stamp: the local day must be printed on the page (without a year only when parse_args gives it)
    days = printed_days(text)
    if (local.year, local.month, local.day) in days:
        return None
    if (None, local.month, local.day) in days and g.get("parse_args") == ["--date", f"{local:%Y-%m-%d}"]:
        return None
    return "the local day of an undated stamp is printed nowhere on the page"


def time_on_page(local, text):
    forms = {f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"}
    return any(f in text for f in forms)


reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()} if os.path.exists(RESERVED_FILE) else set()
forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()} if os.path.exists(FORBIDDEN_FILE) else set()

golds = {}
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", "?"))
    if not os.path.exists(sp):
        bad(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        bad(sid, "gold file name must be the seed name without extension + .json")
    if not re.fullmatch(r"159\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        bad(sid, "seed file name is not <id>_<slug>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            bad(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        bad(sid, "page_timezone is not an IANA zone"); continue
    has_year = bool(re.search(r"\b20\d\d\b", raw))
    if not has_year and not g.get("parse_args"):
        bad(sid, "the page names no year but has no parse_args")
    if g.get("parse_args"):
        if has_year or re.search(r"\b20\d\d\b", text):
            bad(sid, "parse_args although the page prints a year")
        if not (len(g["parse_args"]) == 2 and g["parse_args"][0] == "--date" and re.fullmatch(r"2028-\d\d-\d\d", g["parse_args"][1])):
            bad(sid, "parse_args must be ['--date', '2028-MM-DD']")
    if g["page_title"] is not None and g["page_title"] not in text:
        bad(sid, "page_title is not in the visible text")
    if not g["not_entries"]:
        bad(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads = None
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
    seen_ids = []; pos = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            bad(eid, "ids must be <seed id>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                bad(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                bad(eid, k, "is not an exact substring of the visible page:", repr(e[k][:60]))
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos]
            if not later:
                bad(eid, "not in page order (or its text is missing)")
            else:
                pos = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                bad(eid, "first_sentence does not start a text line or is cut inside a word:", repr(fs[:60]))
            if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
                bad(eid, "first_sentence does not end a sentence")
            if NO_END.search(fs):
                bad(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                bad(eid, "a body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            bad(eid, "an entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            bad(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            bad(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            bad(eid, "published must be UTC with Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            bad(eid, "published != published_local")
        if e["stamp"] is not None:
            why = reread(e["stamp"], local, text, g["page_timezone"], g)
            if why:
                bad(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not time_on_page(local, text):
                bad(eid, "no stamp and the page's own time is not printed")
            if (local.year, local.month, local.day) not in printed_days(text) and not (
                    (None, local.month, local.day) in printed_days(text) and g.get("parse_args")):
                bad(eid, "no stamp and the page's date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            bad(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            bad(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            bad(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            bad(eid, "secondary_topics must be core topics other than the primary")
        if e["importance"] not in (1, 2, 3):
            bad(eid, "importance value")
        note = (e.get("notes") or "").lower()
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            bad(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            bad(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            bad(eid, "a teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in seen_ids:
                bad(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    bad(eid, "a duplicate shares the story and is importance 1")
                if orig["published"] >= e["published"]:
                    bad(eid, "a duplicate is published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8:
                    bad(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                bad(eid, "a key_point entry is importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            bad(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            bad(eid, "story slug")
        seen_ids.append(eid)
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        bad(sid, "published times are not monotonic in page order")
for f in seed_files:
    if os.path.splitext(f)[0] + ".json" not in {os.path.basename(x) for x in glob.glob(os.path.join(ROOT, "gold", "*.json"))}:
        bad(f, "seed without gold file")

used = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        bad(sid, "Part A seed missing"); continue
    if g["source"] != outlet:
        bad(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        bad(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        bad(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in used:
            bad(sid, "UTC day already used by", used[d])
        used[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    bad("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
if [s for s, _ in PART_A] != sorted(s for s, _ in PART_A):
    bad("Part A ids out of order")

part_a_names = {o.lower() for _, o in PART_A}
day_of = {}
for day, sids in DAYS.items():
    story_pages = defaultdict(set); utc_days = set(); n = 0; world = False; kinds = set(); srcs = set()
    missing = [s for s in sids if s not in golds]
    if missing:
        bad(day, "missing seeds", missing); continue
    for sid in sids:
        g = golds[sid]; srcs.add(g["source"])
        if g["source"].lower() in reserved or re.sub(r"[^a-z]", "", g["source"].lower()) in reserved:
            bad(sid, "outlet name is on the reserved list:", g["source"])
        if g["source"].lower() in part_a_names:
            bad(sid, "Part B outlets must be invented")
        raw = open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()
        if g["seed"].endswith(".txt"):
            kinds.add("text")
        elif g["seed"].endswith(".html"):
            kinds.add("html-ld" if "LiveBlogPosting" in raw else "html")
        elif "<rss" in raw:
            kinds.add("rss")
        elif "<feed" in raw:
            kinds.add("atom")
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            story_pages[e["story"]].add(sid); utc_days.add(e["published"][:10]); n += 1
    if len(utc_days) != 1:
        bad(day, "entries on more than one UTC day", utc_days); continue
    d = utc_days.pop(); day_of[day] = d
    if d in used:
        bad(day, "UTC day already used by", used[d])
    used[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3 or len(srcs) != len(sids):
        bad(day, "size / sources / formats", n, len(sids), sorted(kinds))
    if not world:
        bad(day, "no general world feed with the war as a minority (>= 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in story_pages.values()):
        bad(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        bad(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["first_sentence"] and e["importance"] == 2 for e in ents):
        bad(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        bad(day, "no near-verbatim repeat within a page")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        bad(day, "no must-not-merge note")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(story_pages[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            bad(e["id"], "story carried by", sorted(story_pages[e["story"]]), "must be importance 3")
if day_of.get("day1") and day_of.get("day2"):
    if date.fromisoformat(day_of["day2"]) - date.fromisoformat(day_of["day1"]) != timedelta(days=1):
        bad("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        bad("day 2 must carry a verbatim re-post of a day-1 entry (importance 1, note 're-post of day-1')")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        bad("day 2 continues no day-1 story")
if day_of.get("day3"):
    for k in ("day1", "day2"):
        if day_of.get(k) and abs((date.fromisoformat(day_of["day3"]) - date.fromisoformat(day_of[k])).days) <= 1:
            bad("day 3 must be separate from", k)
for d, who in used.items():
    if d not in ALLOWED or d in forbidden:
        bad(who, "UTC day not allowed", d)

if problems:
    print("\n".join(problems)); print(f"FAIL: {len(problems)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_of}; Part A days {sorted((d, w) for d, w in used.items() if w.isdigit())}")
