#!/usr/bin/env python3
"""Independent checker for eval/ct: re-reads the seed files and verifies the gold files against them.
It does not import build.py: stamps, datelines, headlines, first sentences and Key Points are found again in the pages.
Usage (from the project root): python3 eval/ct/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"9900": "The Maui News", "9901": "Hawaii Tribune-Herald", "9902": "West Hawaii Today", "9903": "The Garden Island",
          "9904": "Ketchikan Daily News", "9905": "Kodiak Daily Mirror", "9906": "Sitka Sentinel", "9907": "Peninsula Clarion",
          "9908": "Mat-Su Frontiersman", "9909": "Nome Nugget"}
DAYS = {"day1": ["9920", "9921", "9922", "9923", "9924"], "day2": ["9930", "9931", "9932", "9933", "9934"],
        "day3": ["9940", "9941", "9942", "9943", "9944"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {2, 3, 4, 6, 7, 8, 9, 11, 12}
# fallback copy of the 2025 part of /tmp/blind-ct-forbidden-days.txt (the file itself is used when present)
FORBIDDEN_2025 = set("""2025-01-01 2025-01-02 2025-01-03 2025-01-04 2025-01-05 2025-01-06 2025-01-07 2025-01-08 2025-01-09 2025-01-10 2025-01-11
2025-01-12 2025-01-14 2025-01-15 2025-01-16 2025-01-17 2025-01-18 2025-01-20 2025-01-22 2025-01-23 2025-01-24 2025-01-25 2025-01-26 2025-01-27
2025-01-28 2025-01-29 2025-01-30 2025-02-01 2025-02-03 2025-02-05 2025-02-06 2025-02-07 2025-02-09 2025-02-11 2025-02-12 2025-02-13 2025-02-14
2025-02-15 2025-02-17 2025-02-18 2025-02-19 2025-02-20 2025-02-21 2025-02-22 2025-02-23 2025-02-24 2025-02-25 2025-02-26 2025-02-27 2025-02-28
2025-03-01 2025-03-02 2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-03-07 2025-03-08 2025-03-09 2025-03-10 2025-03-11 2025-03-12 2025-03-13
2025-03-14 2025-03-15 2025-03-16 2025-03-17 2025-03-18 2025-03-19 2025-03-20 2025-03-22 2025-03-24 2025-03-25 2025-03-26 2025-03-27 2025-04-01
2025-04-03 2025-04-04 2025-04-05 2025-04-07 2025-04-08 2025-04-09 2025-04-10 2025-04-11 2025-04-12 2025-04-13 2025-04-14 2025-04-15 2025-04-17
2025-04-18 2025-04-19 2025-04-20 2025-04-21 2025-04-22 2025-04-23 2025-04-24 2025-04-26 2025-04-28 2025-04-30 2025-05-02 2025-05-03 2025-05-04
2025-05-06 2025-05-07 2025-05-08 2025-05-09 2025-05-10 2025-05-11 2025-05-12 2025-05-13 2025-05-14 2025-05-15 2025-05-16 2025-05-17 2025-05-18
2025-05-19 2025-05-20 2025-05-21 2025-05-23 2025-05-24 2025-05-25 2025-05-26 2025-05-27 2025-05-29 2025-05-30 2025-06-01 2025-06-02 2025-06-03
2025-06-04 2025-06-05 2025-06-06 2025-06-07 2025-06-08 2025-06-09 2025-06-10 2025-06-11 2025-06-13 2025-06-14 2025-06-17 2025-06-19 2025-06-20
2025-06-21 2025-06-22 2025-06-23 2025-06-24 2025-06-25 2025-06-26 2025-06-29 2025-07-01 2025-07-02 2025-07-03 2025-07-04 2025-07-05 2025-07-06
2025-07-07 2025-07-08 2025-07-09 2025-07-10 2025-07-11 2025-07-12 2025-07-14 2025-07-15 2025-07-16 2025-07-17 2025-07-18 2025-07-19 2025-07-21
2025-07-22 2025-07-23 2025-07-28 2025-07-29 2025-07-30 2025-07-31 2025-08-01 2025-08-02 2025-08-03 2025-08-05 2025-08-06 2025-08-07 2025-08-09
2025-08-11 2025-08-12 2025-08-13 2025-08-14 2025-08-15 2025-08-16 2025-08-18 2025-08-19 2025-08-20 2025-08-21 2025-08-23 2025-08-24 2025-08-25
2025-08-26 2025-08-28 2025-08-29 2025-08-30 2025-08-31 2025-09-02 2025-09-03 2025-09-04 2025-09-06 2025-09-07 2025-09-08 2025-09-10 2025-09-11
2025-09-12 2025-09-13 2025-09-15 2025-09-16 2025-09-17 2025-09-19 2025-09-20 2025-09-21 2025-09-23 2025-09-24 2025-09-25 2025-09-26 2025-09-28
2025-09-29 2025-09-30 2025-10-01 2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-06 2025-10-07 2025-10-09 2025-10-10 2025-10-11 2025-10-13
2025-10-14 2025-10-15 2025-10-16 2025-10-17 2025-10-18 2025-10-20 2025-10-21 2025-10-22 2025-10-23 2025-10-24 2025-10-25 2025-10-26 2025-10-28
2025-10-29 2025-10-30 2025-11-01 2025-11-04 2025-11-05 2025-11-06 2025-11-08 2025-11-09 2025-11-10 2025-11-11 2025-11-12 2025-11-13 2025-11-14
2025-11-16 2025-11-17 2025-11-18 2025-11-19 2025-11-20 2025-11-21 2025-11-23 2025-11-25 2025-11-26 2025-11-27 2025-11-28 2025-11-29 2025-12-01
2025-12-02 2025-12-03 2025-12-04 2025-12-05 2025-12-06 2025-12-07 2025-12-08 2025-12-09 2025-12-10 2025-12-11 2025-12-13 2025-12-14 2025-12-15
2025-12-16 2025-12-18 2025-12-19 2025-12-20 2025-12-22 2025-12-23""".split())
FORBIDDEN_FILE = "/tmp/blind-ct-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ct-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DATE_PATTERNS = [  # (regex, kind)
    (re.compile(r"\b" + MON_RE + r"\s+(\d{1,2})(?:,\s*(\d{4}))?(?!\d)"), "mdy"),
    (re.compile(r"\b(\d{1,2})\s+" + MON_RE + r",?(?:\s+(\d{4}))?(?!\d)"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "us"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "eu"),
]
TIME_RE = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?::(\d\d))?(?![\d])\s*(a\.m\.|p\.m\.|am|pm)?(?:\s*(GMT|BST|CET|CEST|EET|EEST|UTC|HST|AKDT))?")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(tok):
    t = tok.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if t == m or (len(t) >= 3 and m.startswith(t)):
            return i + 1
    return None


def find_dates(s):
    """All date expressions in s: (start, end, year or None, month, day)."""
    out = []
    for rx, kind in DATE_PATTERNS:
        for m in rx.finditer(s):
            if kind == "mdy":
                y, mo, d = m.group(3), month_no(m.group(1)), int(m.group(2))
            elif kind == "dmy":
                y, mo, d = m.group(3), month_no(m.group(2)), int(m.group(1))
            elif kind == "us":
                y, mo, d = m.group(3), int(m.group(1)), int(m.group(2))
            else:
                y, mo, d = m.group(3), int(m.group(2)), int(m.group(1))
            if mo and 1 <= d <= 31 and 1 <= mo <= 12:
                out.append((m.start(), m.end(), int(y) if y else None, mo, d))
    out.sort()
    dedup = []
    for x in out:  # drop matches nested inside an earlier, longer one
        if dedup and x[0] < dedup[-1][1]:
            if (x[1] - x[0]) > (dedup[-1][1] - dedup[-1][0]):
                dedup[-1] = x
            continue
        dedup.append(x)
    return dedup


def read_time(s):
    m = TIME_RE.search(s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(4):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(4).startswith("p") else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi, m.group(5), m


def zone_ok(tok, local, zone):
    return tok is None or tok == local.tzname() or (tok == "GMT" and local.utcoffset() == timedelta(0))


def header_dates(text):
    """Dates printed on short lines of their own (date lines, day sub-heads, mastheads), with their positions."""
    out = []; pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if 0 < len(s) <= 40:
            for (a, b, y, mo, d) in find_dates(s):
                out.append((pos, y, mo, d))
                break
        pos += len(line) + 1
    return out


class Page:
    def __init__(self, path, gold):
        self.path = path; self.raw = open(path, encoding="utf-8").read(); self.text = visible_text(path); self.gold = gold
        self.zone = gold["page_timezone"]; self.heads = header_dates(self.text)
        years = [y for (_, _, y, _, _) in find_dates(self.text) if y]
        self.page_year = int(gold["parse_args"][1][:4]) if gold.get("parse_args") else (years[0] if years else None)

    def resolve_day(self, pos, relword):
        if relword:
            if not self.heads:
                return None
            _, y, mo, d = self.heads[0]
            if not (y or self.page_year):
                return None
            base = date(y or self.page_year, mo, d)
            return base - timedelta(days=1) if relword == "Yesterday" else base
        prev = [h for h in self.heads if h[0] <= pos]
        if not prev:
            return None
        _, y, mo, d = prev[-1]
        if not (y or self.page_year):
            return None
        return date(y or self.page_year, mo, d)


def read_stamp(page, stamp, local, pub, pos):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        if d != pub:
            return "ISO stamp differs from published"
        return None if d.astimezone(ZoneInfo(page.zone)).replace(second=0) == local else "ISO stamp not in the page zone's local time"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 stamp differs from published"
    ds = find_dates(s)
    rest = s
    for (a, b, *_r) in reversed(ds):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    tm = read_time(rest)
    if ds:
        _, _, y, mo, d = ds[0]
        if (y or page.page_year, mo, d) != (local.year, local.month, local.day):
            return f"date in the stamp {y}-{mo}-{d} differs from local {local:%Y-%m-%d}"
        if tm is None:  # date-only visible text: the time must come from a <time datetime> attribute
            for m in re.finditer(r'<time\s+datetime="([^"]+)"[^>]*>' + re.escape(s) + r"</time>", page.raw):
                if datetime.fromisoformat(m.group(1)) == pub:
                    return None
            return "date-only stamp without a matching <time datetime>"
    if tm is None:
        return "unreadable stamp"
    h, mi, ztok, _ = tm
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if not zone_ok(ztok, local, page.zone):
        return f"zone token {ztok} does not fit {page.zone} at {local}"
    if ds:
        return None
    rel = "Today" if re.search(r"\bToday\b", s) else ("Yesterday" if re.search(r"\bYesterday\b", s) else None)
    day = page.resolve_day(pos, rel)
    if day is None:
        return "undated stamp and no date line above it"
    return None if day == local.date() else f"date line above the stamp gives {day}, local is {local.date()}"


def dateline_printed(page, local):
    """A stampless entry's time must be printed as a page dateline: a date followed closely by a time."""
    for (a, b, y, mo, d) in find_dates(page.text):
        if (y or page.page_year, mo, d) != (local.year, local.month, local.day):
            continue
        tail = page.text[b:b + 30]
        tm = read_time(tail)
        if tm and tm[3].start() <= 6 and (tm[0], tm[1]) == (local.hour, local.minute) and zone_ok(tm[2], local, page.zone):
            return True
    return False


def line_starts(text, needle, start):
    """Positions >= start where needle begins a (stripped) text line."""
    i = text.find(needle, start)
    while i >= 0:
        j = text.rfind("\n", 0, i) + 1
        if text[j:i].strip() == "":
            yield i
        i = text.find(needle, i + 1)


golds = {}; pages = {}
reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set(FORBIDDEN_2025)
if os.path.exists(FORBIDDEN_FILE):
    forbidden |= {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"99\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    page = Page(sp, g); pages[sid] = page; text = page.text
    has_year = re.search(r"\b20\d\d\b", text) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if has_year:
            err(sid, "parse_args on a page that prints a year")
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    lines = [l.strip() for l in text.split("\n")]
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    ids = []; cursor = 0; prev_local = None; order = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: headline, then first sentence at the start of a line, both after the previous entry
        anchor = None
        if e["headline"]:
            ph = text.find(e["headline"], cursor)
            if ph < 0:
                err(eid, "headline not found after the previous entry (page order)")
            else:
                anchor = ph; cursor = ph + len(e["headline"])
        fs = e["first_sentence"]
        if fs is not None:
            pf = next(line_starts(text, fs, cursor), -1)
            if pf < 0:
                err(eid, "first_sentence does not start a text line after the headline/previous entry:", fs[:60])
            else:
                if anchor is None:
                    anchor = pf
                cursor = pf + len(fs)
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
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
            err(eid, "published not ...Z"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub.replace(second=0) != local:
            err(eid, "published != published_local")
        if g.get("parse_args") and local.date().isoformat() != g["parse_args"][1]:
            err(eid, "local day differs from the parse_args date")
        if e["stamp"] is not None:
            occ = [mm.start() for mm in re.finditer(re.escape(e["stamp"]), text)]
            pos = min(occ, key=lambda p: abs(p - (anchor if anchor is not None else 0))) if occ else 0
            why = read_stamp(page, e["stamp"], local, pub, pos)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not dateline_printed(page, local):
            err(eid, "no stamp and the page prints no dateline with this date and time")
        order.append(local)
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] > e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and be published after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block lists headlines that are not key_point entries")
    if order and order not in (sorted(order), sorted(order, reverse=True)) and sid not in ("9902", "9903", "9924", "9934", "9944"):
        err(sid, "entries are neither oldest-first nor newest-first")

seen = {}
fmts = defaultdict(int)
if sorted(k for k in golds if k in SINGLE) != sorted(SINGLE):
    err("Part A must have exactly the ids 9900-9909")
for sid, outlet in SINGLE.items():
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
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))

day_date = {}
all_b = [s for v in DAYS.values() for s in v]
extra = sorted(set(golds) - set(SINGLE) - set(all_b))
if extra:
    err("gold files outside the planned ids:", extra)
b_names = []
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); present = [s for s in sids if s in golds]
    for sid in present:
        g = golds[sid]; src = g["source"]; b_names.append(src.lower())
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "Part B must use invented outlets")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 2 > len(g["entries"]) and off >= 4)
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(present) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(present), exts)
    if not world:
        err(day, "no general world feed (a page with 4+ off-beat items, the majority)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in present for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if len({e["story"] for e in ents if "must not merge" in (e["notes"] or "").lower()}) < 2:
        err(day, "fewer than two stories flagged as must-not-merge pairs")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if len(set(b_names)) != len(b_names):
    err("Part B outlet names repeat")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] if s in golds for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] if s in golds for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["importance"] >= 2} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}; reserved list {'checked' if reserved else 'not found'}")
