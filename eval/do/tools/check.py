#!/usr/bin/env python3
"""Independent checker for eval/do: re-reads every seed file on its own and verifies the gold file against it (exact
substrings, page order, every stamp and every page-level clock re-read and resolved without build.py, label rules, set
constraints, no text shared with the shared sample pages or the eval/da builder).
Usage (from the project root): python3 eval/do/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.dirname(os.path.dirname(ROOT))
UTC = ZoneInfo("UTC")
PART_A = [("12000", "Semafor"), ("12001", "Politico Europe"), ("12002", "Axios"), ("12003", "The Economist"), ("12004", "Bloomberg"),
          ("12005", "Financial Times"), ("12006", "The Kyiv Independent"), ("12007", "Meduza"), ("12008", "The New York Times"), ("12009", "The Guardian")]
DAYS = {"day1": ["12020", "12021", "12022", "12023"], "day2": ["12030", "12031", "12032", "12033"], "day3": ["12040", "12041", "12042", "12043"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days given in the brief (the /tmp forbidden list is re-read when present)
FREE_2026 = set("""2026-03-30 2026-03-31 2026-04-01 2026-04-03 2026-04-04 2026-04-05 2026-04-06 2026-04-07 2026-04-08 2026-04-10 2026-04-11
2026-04-12 2026-04-13 2026-04-14 2026-04-16 2026-04-17 2026-04-18 2026-04-19 2026-04-20 2026-04-22 2026-04-23 2026-04-24 2026-04-25 2026-04-26
2026-04-27 2026-04-29 2026-04-30 2026-05-01 2026-05-02 2026-05-03 2026-05-04 2026-05-05 2026-05-07 2026-05-08 2026-05-09 2026-05-10 2026-05-11
2026-05-14 2026-05-15 2026-05-16 2026-05-17 2026-05-18 2026-05-20 2026-05-21 2026-05-22 2026-05-23 2026-05-24 2026-05-25 2026-05-26 2026-05-27
2026-05-28 2026-05-29 2026-05-30 2026-05-31 2026-06-01 2026-06-02 2026-06-04 2026-06-05 2026-06-06 2026-06-07 2026-06-09 2026-06-10 2026-06-11
2026-06-12 2026-06-13 2026-06-14 2026-06-15 2026-06-17 2026-06-18 2026-06-20 2026-06-21""".split())
FORBIDDEN_FILE = "/tmp/blind-do-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-do-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# zone abbreviations printed in stamps -> acceptable page zones
ZONE_ABBR = {"CT": {"America/Chicago"}, "ET": {"America/New_York"}, "EDT": {"America/New_York"}, "BST": {"Europe/London"},
             "CEST": {"Europe/Brussels", "Europe/Warsaw", "Europe/Berlin", "Europe/Paris"}, "EEST": {"Europe/Kyiv", "Europe/Helsinki", "Europe/Riga"}}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
LIST_PREFIX = re.compile(r"^(?:\d{1,2}\.\s+|[\u2022\-\u2013]\s+|[A-Z][A-Za-z ,&'\u2019\-]{0,30} \|\s+)")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw, raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t, raw


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the first clock in s: '7.10pm', '5:30 a.m.', '13:45', '19.40', '6:04 AM'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_printed(text):
    """calendar dates printed on the page as (year or None, month, day)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text):
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def zone_ok(s, zone):
    for ab, zs in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and zone not in zs:
            return f"zone {ab} printed but page zone is {zone}"
    return None


def page_clock(text, raw, zone):
    """the page-level clock of a page without per-entry stamps, re-read from its printed form; returns an aware datetime."""
    z = ZoneInfo(zone)
    pats = [
        (r"\b([A-Z][a-z]{2}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d)(am|pm) (EDT)\b", "mdy_ampm"),            # Semafor
        (r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (AM|PM) (EDT)\b", "mdy_ampm"),          # Bloomberg
        (r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) (a\.m\.|p\.m\.) (ET)\b", "mdy_ampm"),     # NYT
        (r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (am|pm) (CEST)\b", "mdy_ampm"),           # Politico
        (r"\b[A-Z][a-z]{2}, ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (AM|PM)()(?=\s)", "mdy_ampm"),  # Gmail print
    ]
    for pat, kind in pats:
        m = re.search(pat, text)
        if m:
            mo = month_no(m.group(1)); h = int(m.group(4)) % 12 + (12 if m.group(6).lower().startswith("p") else 0)
            d = datetime(int(m.group(3)), mo, int(m.group(2)), h, int(m.group(5)), tzinfo=z)
            if m.group(7) and zone_ok(m.group(7), zone):
                return None, zone_ok(m.group(7), zone)
            if m.group(7) == "EDT" and d.utcoffset() != timedelta(hours=-4):
                return None, "EDT printed but the zone is not on daylight time"
            return d, None
    m = re.search(r"^Date: (.+)$", text, flags=re.M)
    if m:
        return parsedate_to_datetime(m.group(1).strip()), None
    m = re.search(r"\b[A-Z][a-z]{2} (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d\d)\.(\d\d) (BST|GMT)\b", text)  # Guardian
    if m:
        d = datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z)
        want = timedelta(hours=1 if m.group(6) == "BST" else 0)
        return (d, None) if d.utcoffset() == want else (None, f"{m.group(6)} printed but offset differs")
    m = re.search(r"^(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)$", text, flags=re.M)  # Polish dateline
    if m:
        return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=z), None
    m = re.search(r'<time[^>]*datetime="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))"', raw)  # machine-readable only
    if m:
        return datetime.fromisoformat(m.group(1).replace("Z", "+00:00")), None
    return None, "no page-level clock found"


def read_stamp(stamp, local, text, zone, g):
    """re-reads a printed per-entry stamp on its own; None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+)(m|h) ago", s)
    if m:
        a = re.search(r"Last updated (\d\d):(\d\d) ([A-Z]{3,4}), (\d{1,2}) ([A-Z][a-z]+) (\d{4})", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        if zone_ok(a.group(3), zone):
            return zone_ok(a.group(3), zone)
        ref = datetime(int(a.group(6)), month_no(a.group(5)), int(a.group(4)), int(a.group(1)), int(a.group(2)), tzinfo=ZoneInfo(zone))
        back = timedelta(minutes=int(m.group(1))) if m.group(2) == "m" else timedelta(hours=int(m.group(1)))
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    why = zone_ok(s, zone)
    if why:
        return why
    if not re.search(r"\b[A-Z]{2,4}\b", s):  # zone-less stamp: a printed zone note, if any, must agree
        if "Kyiv time" in text and zone != "Europe/Kyiv":
            return "page says 'Kyiv time'"
        if "(EEST)" in text and local.utcoffset() != timedelta(hours=3):
            return "page says EEST but offset differs"
    printed = dates_printed(text)
    if (local.year, local.month, local.day) in printed:
        return None
    if (None, local.month, local.day) in printed and g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}":
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}
foreign = set()
for fp in glob.glob(os.path.join(PROJECT, "..", "shared", "seeds", "*")) + [os.path.join(PROJECT, "eval", "da", "tools", "build.py")]:
    if os.path.exists(fp):
        foreign |= shingles(open(fp, encoding="utf-8").read())

golds = {}
kinds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"120\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    text, raw = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    # format kind, re-detected from the content
    ext = os.path.splitext(sp)[1]
    if ext == ".xml":
        kinds[sid] = "atom" if "<feed" in raw else ("rss" if "<rss" in raw else "xml?")
    elif ext == ".html":
        kinds[sid] = "html-ld" if "LiveBlogPosting" in raw else "html"
    else:
        kinds[sid] = "text-live" if any(e.get("stamp") for e in g.get("entries", [])) else "text-article"
    common = shingles(text) & foreign
    if common:
        err(sid, "shares an 8-word run with the shared seeds or eval/da:", sorted(common)[0])
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
    pclock = None
    if any(e["stamp"] is None for e in g["entries"]):
        pclock, why = page_clock(text, raw, g["page_timezone"])
        if why:
            err(sid, "page-level clock:", why)
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
            # a headline must be a whole line, or a line after an ordinal kicker ('2. ', '1 big thing: ')
            if not any(re.fullmatch(r"(?:\d{1,2}\. )?(?:1 (?:big|fun) thing: )?" + re.escape(e["headline"]), l) for l in lines):
                err(eid, "headline is not a whole printed line (or a line after an ordinal kicker)")
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            ok = False
            for l in lines:
                body = LIST_PREFIX.sub("", l) if not l.startswith(fs) else l
                if body.startswith(fs) and (len(body) == len(fs) or body[len(fs)] == " "):
                    ok = True; break
            if not ok:
                err(eid, "first_sentence does not start a text line (after an optional list marker / kicker) or is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Mr|Dr|St)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        fmt = "%Y-%m-%d %H:%M:%S" if m.group(1).count(":") == 2 else "%Y-%m-%d %H:%M"
        local = datetime.strptime(m.group(1), fmt).replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif pclock is not None and pclock != local:
            err(eid, f"no stamp, and the page-level clock reads {pclock.isoformat()} not {local.isoformat()}")
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
        if e["importance"] == 1 and fs is not None and e["subtopic"] != "unrelated" and not e["duplicate_of"] and "re-post of day-1" not in note:
            err(eid, "bodied war entry at importance 1 without being a repeat or re-post")
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

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

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

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; ks = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        if src.lower() in reserved or slug in reserved or any(w in reserved for w in [src.split()[0].lower()]):
            err(sid, "outlet name is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        ks.add(kinds[sid])
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
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(ks) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), ks)
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
    # the main story: told by 3+ sources, with at least two different headline wordings
    for st, v in stories.items():
        if len(v) >= 3:
            hs = {e["headline"] for e in ents if e["story"] == st and e["headline"]}
            if len(hs) < 3:
                err(day, st, "a multi-source story should be told in different words")
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
    if d not in FREE_2026 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
