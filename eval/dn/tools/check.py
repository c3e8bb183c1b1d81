#!/usr/bin/env python3
"""Independent checker for eval/dn: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
Usage (from the project root): python3 eval/dn/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Part A: id, outlet, zone of its printed times (home zone unless the page itself says otherwise; see README)
PART_A = [("11900", "WTAE", "Europe/Kyiv"), ("11901", "WFLA", "UTC"), ("11902", "KPRC 2", "America/Chicago"),
          ("11903", "News4JAX", "America/New_York"), ("11904", "KMBC 9", "America/Chicago"), ("11905", "WISN 12", "America/Chicago"),
          ("11906", "KCRA 3", "America/Los_Angeles"), ("11907", "WLWT 5", "America/New_York"), ("11908", "WMUR 9", "America/New_York"),
          ("11909", "KOAT 7", "America/Denver")]
DAYS = {"day1": ["11920", "11921", "11922", "11923"], "day2": ["11930", "11931", "11932", "11933"],
        "day3": ["11940", "11941", "11942", "11943"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# the free 2026 days named in the brief (the /tmp lists are re-read when present)
ALLOWED_2026 = set("""2026-01-01 2026-01-02 2026-01-03 2026-01-04 2026-01-05 2026-01-06 2026-01-07 2026-01-08 2026-01-10 2026-01-11
2026-01-12 2026-01-13 2026-01-15 2026-01-16 2026-01-17 2026-01-18 2026-01-19 2026-01-20 2026-01-21 2026-01-23 2026-01-24 2026-01-25
2026-01-26 2026-01-28 2026-01-29 2026-01-31 2026-02-01 2026-02-02 2026-02-04 2026-02-05 2026-02-06 2026-02-07 2026-02-08 2026-02-09
2026-02-10 2026-02-11 2026-02-13 2026-02-14 2026-02-15 2026-02-18 2026-02-19 2026-02-21 2026-02-22 2026-02-23 2026-02-24 2026-02-25
2026-02-27 2026-02-28 2026-03-01 2026-03-02 2026-03-03 2026-03-04 2026-03-06 2026-03-07 2026-03-08 2026-03-09 2026-03-10 2026-03-11
2026-03-13 2026-03-14 2026-03-15 2026-03-17 2026-03-18 2026-03-19 2026-03-20 2026-03-22 2026-03-23 2026-03-25 2026-03-27 2026-03-28
2026-03-29""".split())
FORBIDDEN_FILE = "/tmp/blind-dn-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dn-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR_ZONE = {"EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
             "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
             "GMT": "Europe/London", "BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "EET": "Europe/Kyiv", "EEST": "Europe/Kyiv"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
ABBREV_END = re.compile(r"\b(U\.S|U\.N|U\.K|Gen|Gov|Sen|Rep|Lt|Col|Mr|Mrs|Ms|Dr|St|Rev|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No)\.$")
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


def clock(s):
    """hour/minute of the first clock time in s: '1:48 a.m.', '4.40pm', '20:40', '5:32 PM'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_abbr_ok(s, local, zone):
    """a zone abbreviation inside a stamp must be the right one for that instant in the page zone."""
    for ab in re.findall(r"\b([A-Z]{3,4})\b", s):
        if ab in ABBR_ZONE:
            if ab == "GMT" and zone == "UTC":
                continue
            if local.tzname() != ab:
                return f"zone abbreviation {ab} is wrong for {local:%Y-%m-%d %H:%M} in {zone} ({local.tzname()})"
    return None


def hearst_updated(text):
    m = re.search(r"Updated: (\d{1,2}):(\d\d) (AM|PM) ([A-Z]{3}) ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", text)
    if not m:
        return None
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "PM" else 0)
    return datetime(int(m.group(7)), month_no(m.group(5)), int(m.group(6)), h, int(m.group(2)), tzinfo=ZoneInfo(ABBR_ZONE[m.group(4)]))


def graham_published(text):
    m = re.search(r"Published: ([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (AM|PM)", text)
    if not m:
        return None
    h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
    return int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5))


def date_line(text):
    """the first full page date line: 'Wednesday 4 February 2026', 'Thursday, Feb. 5, 2026', 'Saturday, March 14, 2026'."""
    wd = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    for pat, order in ((rf"{wd},? (\d{{1,2}}) ([A-Z][a-z]+) (\d{{4}})", "dmy"), (rf"{wd}, ([A-Z][a-z]+\.?) (\d{{1,2}}), (\d{{4}})", "mdy")):
        m = re.search(pat, text)
        if m:
            if order == "dmy":
                return date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
            return date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    return None


def read_dated(s, zone):
    """stamps that carry their own date; returns a datetime, or None when the stamp has no date."""
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|[A-Z]{3})", s):
        return parsedate_to_datetime(s)
    m = re.fullmatch(r"Updated: .*", s)
    if m:
        return hearst_updated(s)
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)", s)
    if m:
        return datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
    return None


def relative(s, text, zone):
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if not m:
        return None
    a = re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (AM|PM)\b", text)
    if not a:
        return "no clock"
    h = int(a.group(4)) % 12 + (12 if a.group(6) == "PM" else 0)
    ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), h, int(a.group(5)), tzinfo=ZoneInfo(zone))
    n = int(m.group(1))
    return ref - (timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n))


def resolve_undated(clocks, g, text, zone):
    """resolves bare clock stamps (page order) against the page's own anchor; returns local datetimes or a reason."""
    up = hearst_updated(text)
    if len(clocks) > 1:
        desc = sum(a > b for a, b in zip(clocks, clocks[1:])); asc = sum(a < b for a, b in zip(clocks, clocks[1:]))
        newest_first = desc > asc
    else:
        newest_first = True
    if up is not None:
        u = up.astimezone(ZoneInfo(zone))
        order = list(range(len(clocks))) if newest_first else list(reversed(range(len(clocks))))
        day, prev, out = u.date(), (u.hour, u.minute), {}
        for i in order:
            if clocks[i] > prev:
                day -= timedelta(days=1)
            prev = clocks[i]; out[i] = day
    else:
        if g.get("parse_args"):
            d0 = date.fromisoformat(g["parse_args"][1])
        else:
            d0 = date_line(text)
        if d0 is None:
            return "undated stamps but no page date, Updated line or parse_args"
        order = list(reversed(range(len(clocks)))) if newest_first else list(range(len(clocks)))
        day, prev, out = d0, (0, 0), {}
        for i in order:
            if clocks[i] < prev:
                day += timedelta(days=1)
            prev = clocks[i]; out[i] = day
    return [datetime.combine(out[i], time(*clocks[i]), tzinfo=ZoneInfo(zone)) for i in range(len(clocks))]


reserved = set(); reserved_first = set()
if os.path.exists(RESERVED_FILE):
    for l in open(RESERVED_FILE, encoding="utf-8"):
        if l.strip():
            reserved.add(l.strip().lower())
            reserved_first.add(re.split(r"[^a-z0-9]+", l.strip().lower())[0])
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
    if not re.fullmatch(r"119\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2026-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2026-MM-DD']")
        if re.search(r"\b20\d\d\b", raw):
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: the entry headlines listed right after a 'Key Points' line
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
    locals_ = []
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
        if anchor:
            starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            ok = False
            for l in lines:
                if l.startswith(fs):
                    rest = l[len(fs):]
                    if rest == "" or re.match(r" +[A-Z0-9\"\u201c\u2018]", rest):
                        ok = True; break
            if not ok:
                err(eid, "first_sentence does not start a text line or does not end where the next sentence begins:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if ABBREV_END.search(fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); locals_.append(None); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
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

    # ---- timestamps re-read from the page alone
    bare = []  # (entry index, clock)
    for n, e in enumerate(g["entries"]):
        local = locals_[n]
        if local is None:
            continue
        s = e["stamp"]
        if s is None:
            pub = [hearst_updated(text)]
            gp_ = graham_published(text)
            if gp_:
                pub.append(datetime(*gp_, tzinfo=ZoneInfo(zone)))
            if not any(p is not None and p == local for p in pub):
                err(e["id"], "stampless entry: published is not the page's printed Published/Updated time")
            continue
        d = read_dated(s, zone)
        if d is not None:
            if d != local:
                err(e["id"], f"dated stamp {s!r} reads {d.isoformat()} != {local.isoformat()}")
            why = zone_abbr_ok(s, local, zone)
            if why and not s.startswith(("Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,")):
                err(e["id"], why)
            continue
        r = relative(s, text, zone)
        if r is not None:
            if r == "no clock" or r != local:
                err(e["id"], f"relative stamp {s!r} resolves to {r} != {local}")
            continue
        c = clock(s)
        if c is None:
            err(e["id"], "unreadable stamp", repr(s)); continue
        why = zone_abbr_ok(s, local, zone)
        if why:
            err(e["id"], why)
        bare.append((n, c))
    if bare:
        res = resolve_undated([c for _, c in bare], g, text, zone)
        if isinstance(res, str):
            err(sid, res)
        else:
            for (n, c), r in zip(bare, res):
                if r != locals_[n]:
                    err(g["entries"][n]["id"], f"bare stamp {g['entries'][n]['stamp']!r} resolves to {r:%Y-%m-%d %H:%M} != {locals_[n]:%Y-%m-%d %H:%M}")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
fmts = defaultdict(int)
for sid, outlet, zone in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if g["page_timezone"] != zone:
        err(sid, "page_timezone should be", zone)
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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

part_a_names = {o.lower() for _, o, _ in PART_A}
day_date = {}
all_sources = set()
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src); all_sources.add(src)
        if src.lower() in reserved or re.split(r"[^a-z0-9]+", src.lower())[0] in reserved_first:
            err(sid, "outlet name is on (or shares its first word with an entry of) the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] if not g["seed"].endswith(".xml") else ("atom" if "<feed" in open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read() else "rss"))
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
    if not any(e["first_sentence"] is None for e in ents):
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
if len(all_sources) != sum(len(v) for v in DAYS.values()):
    pass  # an outlet may appear on more than one day; not the case here
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
