#!/usr/bin/env python3
"""Independent checker for eval/db: re-reads every seed file on its own and verifies its gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, in-page date headers, JSON-LD update
times, label rules, set constraints of the brief).
Usage (from the project root): python3 eval/db/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("10700", "The Blade"), ("10701", "The Vindicator"), ("10702", "Mansfield News Journal"), ("10703", "The Lima News"),
          ("10704", "Chillicothe Gazette"), ("10705", "The Marietta Times"), ("10706", "Traverse City Record-Eagle"),
          ("10707", "The Mining Journal"), ("10708", "Lansing State Journal"), ("10709", "The Holland Sentinel")]
DAYS = {"day1": ["10720", "10721", "10722", "10723"], "day2": ["10730", "10731", "10732", "10733"],
        "day3": ["10740", "10741", "10742", "10743"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2025 days named in the brief (the /tmp forbidden list is re-read when present)
ALLOWED_2025 = {"2025-" + d for d in """01-01 01-31 02-08 03-28 04-02 05-05 05-28 05-31 06-21 06-27 06-30 07-20 08-02 08-04 08-27 09-01
09-27 10-06 10-08 10-27 10-31 11-02 11-03 11-07 11-22 11-30""".split()}
FORBIDDEN_FILE = "/tmp/blind-db-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-db-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# zone abbreviation -> (zones it may stand for, tznames it must equal at that instant)
ZONE_ABBR = {"ET": ({"America/New_York", "America/Detroit", "America/Toronto"}, {"EST", "EDT"}),
             "GMT": ({"Europe/London", "UTC"}, {"GMT", "UTC"}), "BST": ({"Europe/London"}, {"BST"}),
             "CET": ({"Europe/Warsaw", "Europe/Berlin"}, {"CET"}), "EET": ({"Europe/Kyiv", "Europe/Vilnius"}, {"EET"}),
             "EEST": ({"Europe/Kyiv", "Europe/Vilnius"}, {"EEST"}), "AEDT": ({"Australia/Sydney"}, {"AEDT"})}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def json_ld(path):
    raw = open(path, encoding="utf-8").read()
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        out.append(json.loads(m.group(1)))
    return out


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '1:48 a.m.', '4.05pm', '5:12 PM', '20:40', '14.10'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    elif h > 23:
        return None
    return h, mi


DATE_PATTERNS = [r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b", r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.?,?(?: (\d{4}))?\b"]


def dates_in(text):
    """(year or None, month, day) of every calendar date printed in text."""
    out = set()
    for m in re.finditer(DATE_PATTERNS[0], text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(DATE_PATTERNS[1], text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    return out


def years_in(text):
    return {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}


def day_printed(d, text, g):
    """is local day d printed on the page (with its year, or without a year when the page/parse_args supplies it)?"""
    printed = dates_in(text)
    if (d.year, d.month, d.day) in printed:
        return True
    if (None, d.month, d.day) in printed:
        if d.year in years_in(text) or (g.get("parse_args") and g["parse_args"][1][:4] == str(d.year)):
            return True
    return False


def read_stamp(stamp, local, text, zone, g, e):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        a = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, ([A-Z][a-z]+\.?) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) ?(AM|PM|am|pm)\b", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        h = int(a.group(5)) % 12 + (12 if a.group(7).lower() == "pm" else 0)
        ref = datetime(int(a.group(4)), month_no(a.group(2)), int(a.group(3)), h, int(a.group(6)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, (zones, names) in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s):
            if zone not in zones:
                return f"stamp zone {ab} does not fit page zone {zone}"
            if local.tzname() not in names:
                return f"stamp zone {ab} wrong at that instant ({local.tzname()})"
    ds = dates_in(s)
    if ds:
        y, mo, d = sorted(ds, key=lambda x: (x[0] is None, x))[0]
        if (mo, d) != (local.month, local.day):
            return "date inside the stamp differs"
        if y is None and local.year not in years_in(text):
            return "stamp date without year and the page prints no year"
        if y is not None and y != local.year:
            return "year inside the stamp differs"
        return None
    # a stamp with no date: the local day must be printed on the page (or follow from a noted midnight crossing)
    if day_printed(local, text, g):
        return None
    nxt = local + timedelta(days=1)
    if "midnight crossing" in (e.get("notes") or "").lower() and day_printed(nxt, text, g):
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    return any(f in text for f in forms)


def header_days(lines, g):
    """in-page date header lines 'Tuesday, Dec. 31' / 'Monday 3 November' / 'Saturday, June 21' (whole line, weekday first):
    list of (line index, date or None when no year can be given, weekday index, (month, day))."""
    out = []
    years = years_in("\n".join(lines))
    for i, l in enumerate(lines):
        m = re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (.+)", l)
        if not m:
            continue
        ds = dates_in(m.group(2))
        if len(ds) != 1 or len(m.group(2)) > 30:
            continue
        y, mo, d = ds.pop()
        out.append((i, y, WEEKDAYS.index(m.group(1).lower()), (mo, d)))
    return out


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
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
    if not re.fullmatch(r"107\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml") and not raw.startswith("<?xml"):
        err(sid, "feed does not start with an XML declaration")
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
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2025-MM-DD']")
        if re.search(r"\b20\d\d\b", text):
            err(sid, "parse_args given although the visible page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"] or any(not x.strip() for x in g["not_entries"]):
        err(sid, "not_entries empty or with a blank item")
    # printed page-level zone notes must agree with the page zone
    for ab in re.findall(r"(?:All times|times?|time) \(?([A-Z]{3,4})\)?", text):
        if ab in ZONE_ABBR and g["page_timezone"] not in ZONE_ABBR[ab][0]:
            err(sid, f"page prints '{ab}' but page_timezone is {g['page_timezone']}")
    # Key Points block: the headlines listed right after a 'Key Points' line
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
    hdrs = header_days(lines, g)
    for (i, y, wd, (mo, d)) in hdrs:
        yy = y or (int(g["parse_args"][1][:4]) if g.get("parse_args") else (min(years_in(text)) if years_in(text) else None))
        cands = [yy] if y else sorted(years_in(text) | ({int(g["parse_args"][1][:4])} if g.get("parse_args") else set()))
        if not any(date(c, mo, d).weekday() == wd for c in cands if c):
            err(sid, f"date header line {i + 1} '{lines[i]}': weekday does not match the date")
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
        apos = None
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = apos = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|St|Dr|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # published / published_local
        pl = e.get("published_local") or ""
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d))? (\S+)", pl)
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        if m.group(2) is None:    # date-only: no time printed anywhere
            if e["stamp"] is not None or e["published"] != m.group(1):
                err(eid, "date-only entry must have stamp null and published = the local date")
            dd = date.fromisoformat(m.group(1))
            if not day_printed(dd, text, g):
                err(eid, "date-only entry but its date is not printed")
            if re.search(r"(?<![\d$.])\d{1,2}[:.]\d\d\s*(a\.m\.|p\.m\.|AM|PM|am|pm)?\b", text):
                err(eid, "date-only entry although the page prints a clock time")
            ids.append(eid); local = None
        else:
            local = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if e["stamp"] is not None:
                why = read_stamp(e["stamp"], local, text, g["page_timezone"], g, e)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
            elif not time_printed(local, text):
                err(eid, "no stamp and the page's dateline time is not printed")
            # nearest in-page weekday date header above the entry must name its local day
            if apos is not None and hdrs:
                line_no = text[:apos].count("\n")
                above = [h for h in hdrs if h[0] <= line_no]
                if above and above[-1][3] != (local.month, local.day) and "midnight crossing" not in (e.get("notes") or ""):
                    err(eid, f"date header above the entry ('{lines[above[-1][0]]}') is not its local day {local:%Y-%m-%d}")
        # labels
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
            if orig is None:
                err(eid, "duplicate_of must name an entry of this seed")
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
        if local is not None:
            ids.append(eid)
    # JSON-LD: LiveBlogPosting updates that carry their own headline must carry the entry's time
    for ld in json_ld(sp):
        nodes = ld.get("@graph", [ld])
        for node in nodes:
            t = node.get("@type"); t = t if isinstance(t, list) else [t]
            if "LiveBlogPosting" not in t:
                continue
            ups = node.get("liveBlogUpdate", [])
            ups = ups if isinstance(ups, list) else [ups]
            for u in ups:
                ent = [x for x in g["entries"] if x["headline"] == u.get("headline") and "T" in x["published"]]
                if ent and u.get("headline") != node.get("headline"):
                    when = datetime.fromisoformat(u["datePublished"])
                    if all(when != datetime.fromisoformat(x["published"].replace("Z", "+00:00")) for x in ent):
                        err(sid, "JSON-LD update time differs from gold for", u.get("headline", "")[:50])
            if ups and all(u.get("headline") == node.get("headline") for u in ups) and "page headline" not in g["notes"].lower():
                err(sid, "JSON-LD updates carry only the page headline but notes do not say so")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files:", sorted(extra))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slugbase = g["seed"].split("_", 1)[1].rsplit("-", 1)[0]
        for cand in (src.lower(), src.lower() + " (invented)", slugbase):
            if cand in reserved:
                err(sid, "outlet name is on the reserved list:", cand)
        if any(src.lower() in r or slugbase in r.replace(" ", "") for r in reserved):
            err(sid, "outlet name or slug occurs inside a reserved-list line:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        ext = os.path.splitext(g["seed"])[1]
        kind = g["seed"].rsplit("-", 1)[1].split(".")[0]
        exts.add(ext if ext != ".txt" else ".txt-" + ("article" if "article" in kind else "live"))
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
        err(day, "no general world feed with the war as a minority (4 of 6 off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    main = [s for s, v in stories.items() if len(v) >= 3]
    if not main:
        err(day, "no story told by 3+ sources")
    else:
        for s in main:
            hs = {e["headline"] for e in ents if e["story"] == s and e["headline"]}
            if len(hs) < 3:
                err(day, s, "told by 3+ sources but not in different words")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e.get("notes") or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge notes")
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
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() or e["duplicate_of"] for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note and duplicate_of null")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2025" or d not in ALLOWED_2025 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
