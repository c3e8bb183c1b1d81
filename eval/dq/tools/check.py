#!/usr/bin/env python3
"""Independent checker for eval/dq: re-reads every seed page on its own (never imports build.py) and verifies the gold
file against it: exact substrings of the visible text, page order, every printed stamp re-read and resolved (dates in
the stamp, page datelines, a midnight walk for undated newest-first stamps, relative stamps against the printed clock,
RFC 822 / ISO offsets), label rules, Part A / Part B set constraints, allowed days, invented outlet names, and that no
8-word run of text is shared with the shared seeds or with eval/da's data table.
Usage (from the project root): python3 eval/dq/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.dirname(os.path.dirname(ROOT))
PART_A = [("12200", "ThePrint"), ("12201", "The Tribune"), ("12202", "The Economic Times"), ("12203", "News18"), ("12204", "WION"),
          ("12205", "India Today"), ("12206", "Moneycontrol"), ("12207", "The Quint"), ("12208", "Outlook India"), ("12209", "The Week")]
DAYS = {"day1": ["12220", "12221", "12222", "12223"], "day2": ["12230", "12231", "12232", "12233"],
        "day3": ["12240", "12241", "12242", "12243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days listed in the brief (the /tmp forbidden list is re-read when present)
ALLOWED_2026 = set("""2026-09-16 2026-09-17 2026-09-18 2026-09-20 2026-09-21 2026-09-22 2026-09-23 2026-09-25 2026-09-26 2026-09-27
2026-09-28 2026-09-29 2026-09-30 2026-10-01 2026-10-03 2026-10-04 2026-10-05 2026-10-06 2026-10-07 2026-10-09 2026-10-10 2026-10-11
2026-10-12 2026-10-13 2026-10-16 2026-10-17 2026-10-18 2026-10-19 2026-10-20 2026-10-21 2026-10-22 2026-10-23 2026-10-24 2026-10-25
2026-10-26 2026-10-28 2026-10-29 2026-10-30 2026-10-31 2026-11-01 2026-11-02 2026-11-03 2026-11-04 2026-11-05 2026-11-06 2026-11-07
2026-11-08 2026-11-09 2026-11-10 2026-11-11 2026-11-12 2026-11-13 2026-11-14 2026-11-15 2026-11-16 2026-11-17 2026-11-18 2026-11-19
2026-11-20 2026-11-21 2026-11-22 2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29 2026-11-30 2026-12-01
2026-12-02 2026-12-03 2026-12-04 2026-12-05""".split())
FORBIDDEN_FILE = "/tmp/blind-dq-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dq-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ZONE_WORDS = {"IST": {"Asia/Kolkata"}, "BST": {"Europe/London"}, "GMT": {"Europe/London", "UTC"}, "EDT": {"America/New_York"},
              "EST": {"America/New_York"}, "CEST": {"Europe/Brussels", "Europe/Paris", "Europe/Berlin"}, "(Kyiv)": {"Europe/Kyiv"}}
TEASER = re.compile(r"\b(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


DATE_RES = [  # (regex, function -> (y, m, d)) ; year may be None
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1)))),
    (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})\b"), lambda m: (int(m.group(3)), month_no(m.group(2)), int(m.group(1)))),
    (re.compile(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b"), lambda m: (int(m.group(3)), month_no(m.group(1)), int(m.group(2)))),
]


def dates_in(s):
    out = []
    for rx, f in DATE_RES:
        for m in rx.finditer(s):
            y, mo, d = f(m)
            if mo and 1 <= mo <= 12 and 1 <= d <= 31:
                out.append(((y, mo, d), m.span()))
    return out


def clock(s):
    """(hour, minute) of the clock time in s: '11:42 pm', '9.10pm', '22h40', '07:40', '5:40 p.m.'."""
    m = re.search(r"(?<![\d.:])(\d{1,2})h(\d\d)(?!\d)", s)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:])\s*(AM|PM|am|pm|a\.m\.|p\.m\.)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def page_zone_note(text):
    m = re.search(r"All times (CEST|BST|GMT|IST|EDT)\b|All times are (Kyiv) time", text)
    if not m:
        return None
    return m.group(1) or "(Kyiv)"


def walk_updated(text, g):
    """India Today style: undated times in a newest-first list resolved from the printed 'UPDATED: Mon D, YYYY HH:MM IST' line."""
    m = re.search(r"UPDATED: ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) (\d\d):(\d\d) IST", text)
    if not m:
        return None
    day = date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))); prev = (int(m.group(4)), int(m.group(5)))
    out = {}
    for e in g["entries"]:
        hm = clock(e["stamp"] or "")
        if hm is None:
            return None
        if hm > prev:
            day -= timedelta(days=1)
        out[e["id"]] = day; prev = hm
    return out


def read_stamp(e, local, text, zone, g, walk):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = e["stamp"].strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (mins?|hrs?) ago", s)
    if m:
        a = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) \| (\d{1,2}):(\d\d) (AM|PM)\b", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        h = int(a.group(5)) % 12 + (12 if a.group(7) == "PM" else 0)
        ref = datetime(int(a.group(4)), month_no(a.group(2)), int(a.group(3)), h, int(a.group(6)), tzinfo=ZoneInfo(zone))
        if WEEKDAYS[ref.weekday()][:3] != a.group(1).lower():
            return "header clock weekday is wrong"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    ds = dates_in(s)
    rest = s
    for _, (a, b) in sorted(ds, key=lambda x: -x[1][0]):
        rest = rest[:a] + " " + rest[b:]
    hm = clock(rest)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    words = [w for w in ZONE_WORDS if w in s]
    if words:
        if not all(zone in ZONE_WORDS[w] for w in words):
            return f"zone word {words} does not match page zone {zone}"
    else:
        note = page_zone_note(text)
        if note:
            if zone not in ZONE_WORDS[note]:
                return f"page zone note {note} does not match page zone {zone}"
        elif zone != "Asia/Kolkata":
            return "no zone printed and not a Part A home-zone page"
    if ds:
        (y, mo, d), _ = ds[0]
        return None if (y, mo, d) == (local.year, local.month, local.day) else "date inside the stamp differs"
    if walk is not None:
        return None if walk.get(e["id"]) == local.date() else f"midnight walk from the UPDATED line gives {walk.get(e['id'])}"
    printed = {x for x, _ in dates_in(text)}
    if len(printed) == 1:
        return None if printed == {(local.year, local.month, local.day)} else "undated stamp: the page's only date differs"
    if not printed and g.get("parse_args"):
        m = re.search(rf"\b({WD}) (\d{{1,2}}) ([A-Z][a-z]+)\b", text)
        if not m:
            return "no date line for the parse_args page"
        pa = date.fromisoformat(g["parse_args"][1])
        if (month_no(m.group(3)), int(m.group(2))) != (pa.month, pa.day) or WEEKDAYS[pa.weekday()] != m.group(1).lower():
            return "parse_args date does not match the printed weekday/day line"
        return None if local.date() == pa else "undated stamp differs from the parse_args day"
    return f"undated stamp but the page prints {len(printed)} dates"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'PM' if local.hour >= 12 else 'AM'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'p.m.' if local.hour >= 12 else 'a.m.'}"]
    return any(f in text for f in forms)


def weekday_lines(text, g):
    """every printed weekday + date combination must be a real calendar match."""
    probs = []
    pats = [(rf"\b({WD}),? (\d{{1,2}}) ([A-Z][a-z]+),? (\d{{4}})", lambda m: (m.group(1), int(m.group(4)), m.group(3), int(m.group(2)))),
            (rf"\b({WD}),? ([A-Z][a-z]+) (\d{{1,2}}), (\d{{4}})", lambda m: (m.group(1), int(m.group(4)), m.group(2), int(m.group(3)))),
            (r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", lambda m: (m.group(1), int(m.group(4)), m.group(2), int(m.group(3))))]
    for rx, f in pats:
        for m in re.finditer(rx, text):
            wd, y, mon, d = f(m)
            mo = month_no(mon)
            if not mo:
                continue
            if WEEKDAYS[date(y, mo, d).weekday()][:len(wd)] != wd.lower()[:len(wd)] and WEEKDAYS[date(y, mo, d).weekday()] != wd.lower():
                probs.append(m.group(0))
    return probs


def shingles(text, n=8):
    w = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- reference corpora for the originality check
ref_sh = set()
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(PROJECT, "eval", "da", "tools", "build.py")]:
    if os.path.isfile(p):
        ref_sh |= shingles(open(p, encoding="utf-8", errors="replace").read())

reserved = []
if os.path.exists(RESERVED_FILE):
    reserved = [l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()]
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
    if not re.fullmatch(r"122\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2026-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args must be ['--date', '2026-MM-DD']")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", raw):
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    for bad in weekday_lines(text, g):
        err(sid, "printed weekday does not match its date:", bad)
    m = re.search(r"Day ([\d,]+):", text)
    if m:
        n = int(m.group(1).replace(",", ""))
        pub = g["entries"][0]["published_local"][:10]
        if (date.fromisoformat(pub) - date(2022, 2, 24)).days + 1 != n:
            err(sid, f"'Day {m.group(1)}' of the war does not match {pub}")
    common = shingles(text) & ref_sh
    if common:
        err(sid, "shares 8-word runs with the shared seeds or eval/da:", sorted(common)[:3])
    walk = walk_updated(text, g)
    # Key Points block: the post headlines listed right after a 'Key Points' line
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
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible page")
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"(\b(U\.S|Gen|Gov|Sen|Lt|Col|Mr|Dr|St|Oct|Sept|a\.m|p\.m)|(?:^|\s)[A-Z])\.$", fs):
                err(eid, "first_sentence ends on an abbreviation or an initial")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if fs is None and not (e["headline"] and TEASER.search(e["headline"])):
            err(eid, "bodiless entry is not a labelled teaser")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e, local, text, g["page_timezone"], g, walk)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not time_printed(local, text):
                err(eid, "no stamp and the page's dateline time is not printed")
            if not any(d == (local.year, local.month, local.day) for d, _ in dates_in(text)):
                err(eid, "no stamp and the page's dateline date is not printed")
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

# published times run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
fmts = defaultdict(int)
for n, (sid, outlet) in enumerate(PART_A):
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
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
if not any(e["subtopic"] == "unrelated" for sid, _ in PART_A for e in golds.get(sid, {"entries": []})["entries"]):
    err("Part A has no off-the-war wire story")

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src); low = src.lower()
        first_word = low.split()[0]
        if any(r == low or r.startswith(low + " ") or first_word in r for r in reserved):
            err(sid, "outlet name is (or resembles) a reserved name:", src)
        if low in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] if not g["seed"].endswith(".xml") else ("atom" if "atom" in g["seed"] else "rss"))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off < len(g["entries"]):
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
    if not any(e["first_sentence"] is None and TEASER.search(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
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
    if d[:4] != "2026" or d not in ALLOWED_2026 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
