#!/usr/bin/env python3
"""Independent checker for eval/fs: re-reads every seed page on its own and verifies its gold file against it
(exact substrings of the visible text, page order, every printed stamp re-read and resolved without build.py,
label rules, and the set-level constraints of the brief).
Usage (from the project root): python3 eval/fs/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("17600", "LRT English"), ("17601", "ERR News"), ("17602", "LSM English"), ("17603", "The Local Sweden"),
          ("17604", "The Japan Times"), ("17605", "NHK World-Japan"), ("17606", "The Times of India"), ("17607", "Dawn"),
          ("17608", "Al Arabiya English"), ("17609", "Daily Sabah")]
DAYS = {"day1": ["17620", "17621", "17622", "17623"], "day2": ["17630", "17631", "17632", "17633"],
        "day3": ["17640", "17641", "17642", "17643"]}
FREE = {f"2029-10-{d:02d}" for d in range(1, 32)}          # the free days the brief offers
FORBIDDEN_FILE = "/tmp/blind-fs-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-fs-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
# printed zone abbreviation -> UTC offset in minutes (October, before the European clock change)
ZONE_OFF = {"EEST": 180, "EET": 120, "CEST": 120, "CET": 60, "JST": 540, "IST": 330, "PKT": 300, "GST": 240, "TRT": 180,
            "GMT": 0, "UTC": 0, "BST": 60, "MSK": 180, "EDT": -240, "AEDT": 660}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report|Listen|Gallery)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<style\b.*?</style>", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed content/summary
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def find_date(s, year_hint=None):
    """the calendar date written inside s, as a date, or None. Knows 2029.10.01, 02.10.2029, October 3, 2029,
    Oct 5, 2029, Oct. 6 (no year: year_hint), 4 October 2029, '09 October ,2029'."""
    m = re.search(r"\b(\d{4})\.(\d\d)\.(\d\d)\b", s)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(\d\d)[./](\d\d)[./](\d{4})\b", s)   # day first
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:,? (\d{4}))?\b", s)
    if m and month_no(m.group(1)):
        y = int(m.group(3)) if m.group(3) else year_hint
        return date(y, month_no(m.group(1)), int(m.group(2))) if y else None
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.?(?: ?,? ?(\d{4}))?\b", s)
    if m and month_no(m.group(2)):
        y = int(m.group(3)) if m.group(3) else year_hint
        return date(y, month_no(m.group(2)), int(m.group(1))) if y else None
    return None


def clock(s):
    """hour/minute of the first clock time in s: '14:22', '3:22 PM', '09:40pm', '7.55pm', '1927 GMT'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*(AM|PM|am|pm|a\.m\.|p\.m\.)?", s)
    if not m:
        m = re.search(r"\b(\d\d)(\d\d) (GMT|UTC)\b", s)
        if not m:
            return None
        return int(m.group(1)), int(m.group(2))
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_printed(text, year_hint):
    out = set()
    pats = [r"\d{4}\.\d\d\.\d\d", r"\d\d[./]\d\d[./]\d{4}", r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?", r"\d{1,2} [A-Z][a-z]{2,8}\.?(?: ?,? ?\d{4})?"]
    for line in text.split("\n"):
        for pat in pats:
            for m in re.finditer(pat, line):
                try:
                    d = find_date(m.group(0), year_hint)
                except ValueError:
                    d = None
                if d:
                    out.add(d)
    return out


def ref_clock(text, zone):
    """the page's printed 'Last updated' clock that relative stamps count back from."""
    m = re.search(r"Last updated:? ([A-Z][a-z]+ \d{1,2}, \d{4}),? (\d{1,2}:\d\d ?(?:am|pm|AM|PM))", text)
    if not m:
        return None
    d = find_date(m.group(1)); h, mi = clock(m.group(2))
    return datetime(d.year, d.month, d.day, h, mi, tzinfo=ZoneInfo(zone))


def read_stamp(stamp, local, text, zone, g):
    """re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.search(r"\b(\d+|an|a) (minutes?|mins?|hours?|hrs?) ago\b", s)
    if m:
        ref = ref_clock(text, zone)
        if ref is None:
            return "relative stamp without a printed clock to count back from"
        n = 1 if m.group(1) in ("a", "an") else int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ZONE_OFF.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() != timedelta(minutes=off):
            return f"stamp zone {ab} does not match the page zone {zone} on that day"
    year_hint = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    years = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", text))
    if year_hint is None and len(years) == 1:
        year_hint = int(years.pop())   # a page that prints one year: undated 'Oct 7' means that year
    d = find_date(s, year_hint)
    if d is not None:
        return None if d == local.date() else f"date inside the stamp {d} differs from local {local.date()}"
    # a stamp without a date: its local day must be printed somewhere on the page (header, dateline)
    if local.date() in dates_printed(text, year_hint):
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d}", f"{local.hour % 12 or 12:02d}:{local.minute:02d}"]
    return any(f in text for f in forms)


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
texts = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"176\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml") and not re.match(r"<\?xml", raw):
        err(sid, "feed does not start with an XML declaration")
    if sp.endswith(".html") and "<html" not in raw:
        err(sid, "html page without <html>")
    for blk in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blk)
        except ValueError:
            err(sid, "JSON-LD block is not valid JSON")
    text = visible_text(sp)
    texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = bool(re.search(r"(?<!\d)20\d\d(?!\d)", raw))
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2029-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', '2029-MM-DD']")
        if has_year:
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
        anchor = e["headline"] or fs or e["stamp"]
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019\u00bb]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|Mr|Dr|St|No|a\.m|p\.m)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
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
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the page time it was given is not printed")
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
        if e["headline"] and TEASER.match(e["headline"]) and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
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
    # the same story slug inside one page must not be split over different primary topics without a note
    by_story = defaultdict(set)
    for e in g["entries"]:
        by_story[e["story"]].add(e["topic"])

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

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set(); kinds = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or g["seed"].split("_", 1)[1].rsplit(".", 1)[0] in reserved:
            err(sid, "outlet name or slug is on the reserved list:", src)
        if any(w in reserved for w in (src.lower().split()[0], )):
            err(sid, "outlet's first word is itself a reserved outlet name:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1]); kinds.add(g["seed"].rsplit("-", 1)[1])
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
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), kinds)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["first_sentence"] and len(stories[e["story"]]) == 1 for e in ents):
        err(day, "no theme piece with its own story")
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
        err("day 2 must carry a verbatim re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in FREE or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
