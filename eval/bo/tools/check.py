#!/usr/bin/env python3
"""Independent checker for eval/bo. It does not import build.py: it re-reads the seed files as a reader would and
verifies every gold file against them (exact substrings, first sentences, stamps re-read on their own, label rules,
the set's constraints). Usage from the project root:  python3 eval/bo/tools/check.py   -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.dirname(os.path.dirname(ROOT))
PART_A = {"6800": "The Northern Daily Leader", "6801": "Daily Liberal", "6802": "The Morning Bulletin", "6803": "Bundaberg NewsMail",
          "6804": "Timaru Herald", "6805": "Rotorua Daily Post", "6806": "Barrie Advance", "6807": "Kelowna Capital News",
          "6808": "Medicine Hat News", "6809": "The Daily Gleaner"}
DAYS = {"day1": ["6820", "6821", "6822", "6823"], "day2": ["6830", "6831", "6832", "6833"], "day3": ["6840", "6841", "6842", "6843"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"BST": 60, "GMT": 0, "CEST": 120, "EEST": 180, "EDT": -240, "AEST": 600, "AEDT": 660}
ABBREV_END = ("U.S.", "Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "No.", "a.m.", "p.m.", "Jan.", "Feb.", "Apr.", "Aug.",
              "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Ltd.", "Co.")
# 2024 days that may not be used (copied from /tmp/blind-bo-forbidden-days.txt, Jan-Jun 2024); the file is re-read when present.
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-06 2024-01-08 2024-01-09 2024-01-11 2024-01-13 2024-01-14 2024-01-15
2024-01-17 2024-01-18 2024-01-19 2024-01-21 2024-01-23 2024-01-24 2024-01-25 2024-01-26 2024-01-28 2024-01-29 2024-01-30 2024-01-31 2024-02-01
2024-02-02 2024-02-05 2024-02-06 2024-02-07 2024-02-08 2024-02-09 2024-02-10 2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-16 2024-02-17
2024-02-19 2024-02-20 2024-02-21 2024-02-22 2024-02-23 2024-02-24 2024-02-25 2024-02-26 2024-02-27 2024-02-28 2024-02-29 2024-03-02 2024-03-04
2024-03-05 2024-03-06 2024-03-07 2024-03-08 2024-03-09 2024-03-10 2024-03-12 2024-03-13 2024-03-15 2024-03-18 2024-03-19 2024-03-20 2024-03-21
2024-03-22 2024-03-24 2024-03-25 2024-03-26 2024-03-27 2024-03-29 2024-03-31 2024-04-01 2024-04-02 2024-04-04 2024-04-05 2024-04-06 2024-04-08
2024-04-09 2024-04-10 2024-04-11 2024-04-12 2024-04-13 2024-04-16 2024-04-17 2024-04-18 2024-04-19 2024-04-20 2024-04-21 2024-04-22 2024-04-23
2024-04-24 2024-04-26 2024-04-27 2024-04-29 2024-04-30 2024-05-03 2024-05-04 2024-05-05 2024-05-06 2024-05-07 2024-05-09 2024-05-10 2024-05-11
2024-05-12 2024-05-13 2024-05-14 2024-05-16 2024-05-17 2024-05-18 2024-05-21 2024-05-22 2024-05-23 2024-05-24 2024-05-25 2024-05-26 2024-05-27
2024-05-28 2024-05-29 2024-05-30 2024-05-31 2024-06-01 2024-06-02 2024-06-03 2024-06-04 2024-06-05 2024-06-06 2024-06-07 2024-06-08 2024-06-10
2024-06-11 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-22 2024-06-23 2024-06-24
2024-06-25 2024-06-27""".split())
if os.path.exists("/tmp/blind-bo-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bo-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bo-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bo-reserved-outlets.txt", encoding="utf-8") if l.strip()}

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ------------------------------------------------------------------ reading the pages
def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    if path.endswith(".xml"):  # escaped HTML inside Atom <content type="html">
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


DATE_PATTERNS = [  # (regex, function(match, year_hint) -> date)
    (r"\b(\d{1,2})\.(\d{2})\.(\d{4})\b", lambda m, y: date(int(m[3]), int(m[2]), int(m[1]))),
    (r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", lambda m, y: date(int(m[3]), month_no(m[2]), int(m[1])) if month_no(m[2]) else None),
    (r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b", lambda m, y: date(int(m[3]), month_no(m[1]), int(m[2])) if month_no(m[1]) else None),
    (r"\b([A-Z][a-z]+day),? ([A-Z][a-z]+) (\d{1,2})\b(?!,? \d{4})", lambda m, y: date(y, month_no(m[2]), int(m[3])) if y and month_no(m[2]) else None),
    (r"\b([A-Z][a-z]+day),? (\d{1,2}) ([A-Z][a-z]+)\b(?!,? \d{4})", lambda m, y: date(y, month_no(m[3]), int(m[2])) if y and month_no(m[3]) else None),
]


def dates_in(text, year_hint):
    """All printed dates in text with their positions (sorted). A date printed without a year takes the year of the
    nearest dated expression above it, else the parse_args year."""
    found = []
    for k, (pat, fn) in enumerate(DATE_PATTERNS):
        for m in re.finditer(pat, text):
            found.append((m.start(), k, m))
    out = []; last_year = year_hint
    for start, k, m in sorted(found, key=lambda x: x[0]):
        try:
            d = DATE_PATTERNS[k][1](m, last_year)
        except ValueError:
            d = None
        if d:
            if k <= 2:
                last_year = d.year
            out.append((start, d, m.group(0)))
    return out


def parse_clock(s):
    """h, m from a stamp ('1.10am', '7:40 p.m.', '17:45 BST', 'Posted 09:30', '9.14pm'); None if no clock."""
    m = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(am|pm|a\.m\.|p\.m\.|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_abbr_ok(s, local):
    for ab, mins in ZONE_ABBR.items():
        if re.search(r"\b" + ab + r"\b", s):
            if local.utcoffset() != timedelta(minutes=mins):
                return f"printed zone {ab} does not match the page zone offset {local.utcoffset()}"
    return None


def read_full_stamp(s, local):
    """Stamps that carry their own date. Returns (handled, reason-or-None)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return True, (None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs from published")
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return True, (None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs from published")
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) (\d{4}) - (\d{1,2}):(\d\d)(am|pm)", s)  # ACM
    if not m:
        m2 = re.fullmatch(r"([A-Z][a-z]+\.?) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (a\.m\.|p\.m\.)", s)  # CP / AP
        m = m2
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(6).startswith("p") else 0)
        got = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)))
        want = (local.year, local.month, local.day, local.hour, local.minute)
        return True, (None if got == want else f"dated stamp reads {got}, gold local is {want}")
    return False, None


def check_time(eid, e, text, kpos, local, year_hint, state):
    """Re-reads the entry's printed stamp (or the page dateline when it has none) and compares it with the gold time.
    state carries the current date anchor and the run of posts under it (for midnight crossings)."""
    st = e["stamp"]
    if st is None:
        # no stamp: the page's own date line must give the time (articles with sections)
        mm = re.search(r"\b([A-Z][a-z]+) (\d{1,2}) (\d{4}) - (\d{1,2}):(\d\d)(am|pm)", text)
        if mm:
            h = int(mm.group(4)) % 12 + (12 if mm.group(6) == "pm" else 0)
            got = (int(mm.group(3)), month_no(mm.group(1)), int(mm.group(2)), h, int(mm.group(5)))
        else:
            mm = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)(?: ([A-Z]{3,4}))?", text)
            if not mm:
                err(eid, "no stamp and no dateline with a time on the page"); return
            got = (int(mm.group(3)), month_no(mm.group(2)), int(mm.group(1)), int(mm.group(4)), int(mm.group(5)))
            if mm.group(6):
                why = zone_abbr_ok(mm.group(6), local)
                if why:
                    err(eid, why)
        if got != (local.year, local.month, local.day, local.hour, local.minute):
            err(eid, f"dateline reads {got}, gold local is {local:%Y-%m-%d %H:%M}")
        return
    # the stamp occurrence closest to the entry's text
    occ = [m.start() for m in re.finditer(re.escape(st), text)]
    near = min(occ, key=lambda o: abs(o - kpos)) if occ else -1
    if near < 0 or abs(near - kpos) > 400:
        err(eid, "stamp is not printed next to its entry")
    handled, why = read_full_stamp(st, local)
    if handled:
        if why:
            err(eid, why)
        state["anchor"], state["group"] = None, []
        return
    why = zone_abbr_ok(st, local)
    if why:
        err(eid, why)
    clock = parse_clock(st)
    if clock is None:
        err(eid, "unreadable stamp", repr(st)); return
    if clock != (local.hour, local.minute):
        err(eid, f"stamp clock {clock} != local {local:%H:%M}")
    ds = dates_in(text[:min(kpos, near)], year_hint)
    if not ds:
        err(eid, "undated stamp and no date printed above it"); return
    apos, adate, atext = ds[-1]
    if apos != state["anchor"]:
        state["anchor"], state["group"] = apos, []
    state["group"].append(clock)
    # resolve the day: the anchor date, shifted by each midnight crossing inside this anchor's run of posts
    clocks = state["group"]
    ups = sum(1 for a, b in zip(clocks, clocks[1:]) if b > a)
    downs = sum(1 for a, b in zip(clocks, clocks[1:]) if b < a)
    if ups and downs and ups == downs:
        err(eid, "cannot tell page order from the stamps")
    oldest_first = ups >= downs
    shift = 0
    for a, b in zip(clocks, clocks[1:]):
        if oldest_first and b < a:
            shift += 1
        if not oldest_first and b > a:
            shift -= 1
    want = adate + timedelta(days=shift)
    if want != local.date():
        err(eid, f"stamp day resolves to {want} (anchor '{atext}', shift {shift}), gold local day is {local.date()}")


# ------------------------------------------------------------------ per-page checks
golds, pages = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"68\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name must be <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    pages[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    year_hint = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        else:
            year_hint = int(pa[1][:4])
    if "2024" not in raw and not g.get("parse_args"):
        err(sid, "the page prints no year but has no parse_args")
    if "2024" in raw and g.get("parse_args"):
        err(sid, "parse_args given although the page names the year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")

    # Key Points block: the headline lines right under a 'Key Points' line
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022\-*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == (e["headline"] or "") for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break

    pos = 0; ids = []; state = {"anchor": None, "group": []}
    for e in g["entries"]:
        eid = e.get("id", "?")
        need = ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]
        missing = [k for k in need if k not in e]
        if missing:
            err(eid, "missing fields", missing); continue
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "ids must be <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", repr(e[k][:70]))
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", repr(fs[:70]))
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if fs.endswith(ABBREV_END):
                err(eid, "first_sentence ends on an abbreviation (cut too early?)")
            if e["body_paragraphs"] < 1:
                err(eid, "has a body but 0 paragraphs")
        elif e["body_paragraphs"] != 0 or e["importance"] != 1:
            err(eid, "entry without body must have 0 paragraphs and importance 1")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")

        # where the entry sits on the page (sequential search keeps repeats apart)
        key = fs or e["headline"]  # the first sentence is unique to the post (a headline may also sit in a Key Points list)
        kpos = text.find(key, pos)
        if kpos < 0:
            err(eid, "entry not found after the previous entry (page order)"); kpos = pos
        pos = kpos + 1

        # times: published (UTC) equals published_local (page zone); the printed stamp re-read on its own
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be YYYY-MM-DDTHH:MM:SSZ"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        check_time(eid, e, text, kpos, local, year_hint, state)

        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics must be other core topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat items: other/unrelated, importance 1, notes 'off-beat: ...'")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "a teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "a repeat shares the story and is importance 1")
            elif orig["published"] >= e["published"]:
                err(eid, "the repeated entry must be the later one")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entries must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        if not re.search(r"(?:^|\D)\d{1,2}", e["published_basis"] or "") and not e["published_basis"]:
            err(eid, "published_basis empty")
        ids.append(eid)

# ------------------------------------------------------------------ Part A
seen_days = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A pages need 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", sorted(days))
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml, is", dict(fmts))
# the hard cases the brief asks for, each present at least once in Part A
A = [golds[s] for s in PART_A if s in golds]
cases = {
    "no year (parse_args)": any(g.get("parse_args") for g in A),
    "crossing local midnight": any(len({e["published_local"][:10] for e in g["entries"]}) > 1 for g in A),
    "entries without headline": any(e["headline"] is None for g in A for e in g["entries"]),
    "per-post authors": any(len({e["author"] for e in g["entries"]} - {None}) > 1 for g in A),
    "one page byline": any(len({e["author"] for e in g["entries"]}) == 1 and g["entries"][0]["author"] for g in A),
    "oldest first": any(g["entries"][0]["published"] < g["entries"][-1]["published"] for g in A),
    "newest first": any(g["entries"][0]["published"] > g["entries"][-1]["published"] for g in A),
    "key points": any(e["key_point"] for g in A for e in g["entries"]),
}
for k, ok in cases.items():
    if not ok:
        err("Part A lacks the hard case:", k)

# ------------------------------------------------------------------ Part B
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in RESERVED:
            err(sid, "outlet name is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlets must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]):
            world = True
            if not (len(g["entries"]) >= 5 and off >= len(g["entries"]) - 2):
                err(sid, "world feed should be about 4 of 6 off-beat")
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "needs 18-30 entries, has", n)
    if not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "needs 3-5 sources in at least 3 formats", len(sids), sorted(exts))
    if not world:
        err(day, "no general world feed (majority off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis, importance 2)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    big = [k for k, v in stories.items() if len(v) >= 3]
    for k in big:  # the 3+ source story: different wording per source
        heads = [e["headline"] for e in ents if e["story"] == k and e["headline"] and not e["duplicate_of"]]
        if len(set(heads)) < len(heads):
            err(day, k, "is told with repeated headlines across sources")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "-> importance 3")

if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 must be day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry (importance 1, notes say 're-post of day-1')")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["subtopic"] != "unrelated"} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 war story")
for d, who in seen_days.items():
    if d in FORBIDDEN or not re.fullmatch(r"2024-0[1-6]-\d\d", d):
        err(who, "UTC day not allowed:", d)

# ------------------------------------------------------------------ own words: no 8-word run shared with the reference pages
def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


ref = set()
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(PROJECT, "eval", "ap", "tools", "build.py")]:
    if os.path.isfile(p):
        ref |= shingles(open(p, encoding="utf-8", errors="replace").read())
for sid, t in pages.items():
    common = shingles(t) & ref
    if common:
        err(sid, "shares 8-word runs with reference texts:", sorted(common)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen_days.items() if w in PART_A)}")
