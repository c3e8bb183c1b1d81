#!/usr/bin/env python3
"""Independent checker for eval/dy: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
Usage (from the project root): python3 eval/dy/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("13000", "Janes"), ("13001", "Naval News"), ("13002", "Army Recognition"), ("13003", "UK Defence Journal"),
          ("13004", "Oryx"), ("13005", "Defense Express"), ("13006", "The Aviationist"), ("13007", "Air & Space Forces Magazine"),
          ("13008", "Forces News"), ("13009", "Defence Blog")]
DAYS = {"day1": ["13020", "13021", "13022", "13023"], "day2": ["13030", "13031", "13032", "13033"],
        "day3": ["13040", "13041", "13042", "13043"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days given in the brief (the /tmp forbidden list is re-read when present)
ALLOWED = set("""2026-10-12 2026-10-18 2026-10-19 2026-10-20 2026-10-21 2026-10-23 2026-10-24 2026-10-25 2026-10-26 2026-10-28
2026-10-29 2026-10-30 2026-10-31 2026-11-01 2026-11-02 2026-11-03 2026-11-04 2026-11-05 2026-11-06 2026-11-08 2026-11-09 2026-11-10
2026-11-11 2026-11-12 2026-11-13 2026-11-14 2026-11-15 2026-11-16 2026-11-17 2026-11-20 2026-11-21 2026-11-22 2026-11-23 2026-11-24
2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-02 2026-12-03 2026-12-04 2026-12-05 2026-12-06""".split())
FORBIDDEN_FILE = "/tmp/blind-dy-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dy-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TZ_ABBR = {"GMT", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "UTC"}
GENERIC_ABBR = {"ET": "America/New_York", "CT": "America/Chicago"}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content / RSS descriptions
    return t


def jsonld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("invalid JSON-LD block")
    return out


def walk(o):
    if isinstance(o, dict):
        yield o
        for v in o.values():
            yield from walk(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk(v)


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w) and (w != "may" or m == "may")):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '1:48 a.m.', '7.55pm', '20:40', '2:15 PM'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


DATE_RES = [(re.compile(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b"), (2, 1, 3)),
            (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?:,? (\d{4}))?\b"), (1, 2, 3))]


def dates_in(text):
    """calendar dates printed in text, as (position, year or None, month, day)."""
    out = []
    for rx, (di, mi, yi) in DATE_RES:
        for m in rx.finditer(text):
            mo = month_no(m.group(mi))
            if mo:
                out.append((m.start(), int(m.group(yi)) if m.group(yi) else None, mo, int(m.group(di))))
    return sorted(out)


def zone_ok(stamp, local, zone):
    for ab in re.findall(r"\b([A-Z]{2,4})\b", stamp):
        if ab in TZ_ABBR and ab != "UTC":
            if local.tzname() != ab and not (ab == "GMT" and zone == "UTC"):
                return f"zone abbreviation {ab} does not fit {zone} on that date ({local.tzname()})"
        if ab in GENERIC_ABBR and GENERIC_ABBR[ab] != zone:
            return f"zone abbreviation {ab} does not match page zone {zone}"
    return None


def read_stamp(stamp, local, text, raw, zone, g, pos, time_attr):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason.
    pos = where the stamp stands in the visible text; time_attr = datetime attribute of the <time> element around it."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (mins?|hrs?) ago", s)
    if m:
        a = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]+)(?:,? (\d{4}))?, (\d{1,2}):(\d\d) ?(am|pm)\b", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        year = int(a.group(4)) if a.group(4) else (int(g["parse_args"][1][:4]) if g.get("parse_args") else None)
        if year is None:
            return "relative stamp: clock has no year and there is no parse_args"
        h = int(a.group(5)) % 12 + (12 if a.group(7) == "pm" else 0)
        ref = datetime(year, month_no(a.group(3)), int(a.group(2)), h, int(a.group(6)), tzinfo=ZoneInfo(zone))
        if WEEKDAYS[ref.weekday()] != a.group(1).lower():
            return "printed clock weekday does not fit its date"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    md = None
    for rx, (di, mi, yi) in DATE_RES:
        mm = rx.search(s)
        if mm and month_no(mm.group(mi)) and mm.group(yi):
            md = (int(mm.group(yi)), month_no(mm.group(mi)), int(mm.group(di)))
            break
    if hm is None:
        if md is None:
            return "unreadable stamp"
        if md != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        if time_attr is None:
            return "date-only stamp with a time in gold, but no <time datetime> attribute gives it"
        return None if datetime.fromisoformat(time_attr) == local else "<time datetime> attribute differs from published"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    z = zone_ok(s, local, zone)
    if z:
        return z
    if time_attr is not None and datetime.fromisoformat(time_attr) != local:
        return "<time datetime> attribute disagrees with the visible stamp"
    if md is not None:
        return None if md == (local.year, local.month, local.day) else "date inside the stamp differs"
    wd = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", s)
    if wd and WEEKDAYS[local.weekday()] != wd.group(1).lower():
        return "weekday inside the stamp differs"
    # an undated stamp: the nearest date printed above it must be its local day (year from parse_args when none is printed)
    before = []   # dates on short lines only (date headers, datelines), not dates mentioned inside body text
    off = 0
    for line in text[:pos].split("\n"):
        if len(line.strip()) <= 70:
            before += [(off + p, y, mo, dd) for p, y, mo, dd in dates_in(line)]
        off += len(line) + 1
    if not before:
        return "no date printed above an undated stamp"
    _, y, mo, dd = before[-1]
    if y is None:
        if not g.get("parse_args"):
            return "nearest date above the stamp has no year and there is no parse_args"
        y = int(g["parse_args"][1][:4])
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest printed date above the stamp is {y}-{mo:02d}-{dd:02d}"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"]
    return any(f in text for f in forms)


def page_format(g, raw):
    ext = os.path.splitext(g["seed"])[1]
    if ext == ".xml":
        return "atom" if "<feed" in raw[:400] else "rss"
    if ext == ".html":
        return "html-live" if re.search(r"LiveBlogPosting|live", g["page_title"] or "", re.I) or "live" in g["seed"] else "html-article"
    return "text-live" if "live" in g["seed"] else "text-article"


reserved = []
if os.path.exists(RESERVED_FILE):
    reserved = [l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()]
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}; raws = {}; formats = {}
stamp_kinds = defaultdict(set)
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"130\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read(); raws[sid] = raw
    formats[sid] = page_format(g, raw)
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
    ld = jsonld_blocks(raw)
    ld_pub = {datetime.fromisoformat(o["datePublished"]) for b in ld for o in walk(b) if isinstance(o, dict) and "datePublished" in o
              and re.search(r"Article|LiveBlogPosting|WebPage", json.dumps(o.get("@type", "")))}
    time_elems = [(m.start(), m.group(1), html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip())
                  for m in re.finditer(r'<time\b[^>]*\bdatetime="([^"]+)"[^>]*>(.*?)</time>', raw, flags=re.S)]
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
    ids = []; pos_prev = -1; stamp_prev = -1; te_i = 0
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
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.K|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Oct|Nov|Dec)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # ---- time
        pl = e.get("published_local") or ""
        md = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\S+)", pl)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", pl)
        if md:   # date-only page: the printed stamp is the date and no time is printed anywhere
            if md.group(2) != g["page_timezone"] or e["published"] != md.group(1):
                err(eid, "date-only published must equal the local date in page_timezone")
            sd = None
            for rx, (di, mi, yi) in DATE_RES:
                mm = rx.fullmatch((e["stamp"] or "").strip())
                if mm and month_no(mm.group(mi)) and mm.group(yi):
                    sd = f"{int(mm.group(yi)):04d}-{month_no(mm.group(mi)):02d}-{int(mm.group(di)):02d}"
            if sd != e["published"]:
                err(eid, "date-only stamp does not give the published date")
            if re.search(r"\b\d{1,2}[:.]\d\d\b", text) or ld_pub or time_elems:
                err(eid, "date-only published although the page prints or encodes a time")
            stamp_kinds[sid].add("date-only")
        elif not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        else:
            local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if e["stamp"] is not None:
                sp_ = text.find(e["stamp"], stamp_prev + 1)
                if sp_ < 0:
                    sp_ = text.find(e["stamp"])
                else:
                    stamp_prev = sp_
                attr = None
                while te_i < len(time_elems):
                    _, dtv, inner = time_elems[te_i]; te_i += 1
                    if inner == e["stamp"]:
                        attr = dtv; break
                why = read_stamp(e["stamp"], local, text, raw, g["page_timezone"], g, sp_, attr)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
                s = e["stamp"]
                if re.search(r"ago$", s):
                    stamp_kinds[sid].add("relative")
                elif re.search(r"(a\.m\.|p\.m\.|am|pm|AM|PM)\b", s):
                    stamp_kinds[sid].add("12h")
                if re.search(r"\b(GMT|BST|CET|CEST|EET|EEST|EST|EDT|ET|CT)\b", s):
                    stamp_kinds[sid].add("zone-abbr")
            elif not time_printed(local, text):
                if local in ld_pub:
                    stamp_kinds[sid].add("jsonld-time")
                else:
                    err(eid, "no stamp, the page's dateline time is not printed and no JSON-LD datePublished gives it")
        # ---- labels
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

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
order = {}
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")
    order[sid] = "flat" if len(set(ts)) == 1 else ("oldest-first" if ts == sorted(ts) else "newest-first")

# ---------------------------------------------------------------- Part A
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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
kinds_a = set().union(*(stamp_kinds[s] for s, _ in PART_A))
for k in ("relative", "12h", "date-only"):
    if k not in kinds_a:
        err("Part A lacks a stamp form:", k)
if not {"oldest-first", "newest-first"} <= {order[s] for s, _ in PART_A if s in order}:
    err("Part A needs both newest-first and oldest-first pages")
if not any(golds[s].get("parse_args") for s, _ in PART_A if s in golds):
    err("Part A has no page without a year")
if sum(e["subtopic"] == "unrelated" for s, _ in PART_A if s in golds for e in golds[s]["entries"]) < 3:
    err("Part A should carry some off-war wire stories")

# ---------------------------------------------------------------- Part B
part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; fset = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if any(src.lower() in r for r in reserved):
            err(sid, "outlet name is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        fset.add(formats[sid])
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
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(fset) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), fset)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    main = [st for st, v in stories.items() if len(v) >= 3]
    if not main:
        err(day, "no story told by 3+ sources")
    for st in main:
        fss = {e["first_sentence"] for e in ents if e["story"] == st and e["first_sentence"]}
        if len(fss) < 3:
            err(day, st, "main story is not told in different words")
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
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3 \
                and e["subtopic"] != "unrelated":
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"] and e["subtopic"] != "unrelated"} \
        & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 war story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
