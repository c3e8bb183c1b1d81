#!/usr/bin/env python3
"""Independent checker for eval/eo: re-reads every seed page on its own (without importing build.py) and verifies the
gold file against it: exact substrings of the visible text, page order, every printed stamp re-read and resolved,
label rules, and the set's constraints (Part A outlets/formats/days, Part B days/sources/formats/features).
Usage (from the project root): python3 eval/eo/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("14600", "Kommersant"), ("14601", "Vedomosti"), ("14602", "Proekt"), ("14603", "Verstka"), ("14604", "iStories"),
          ("14605", "TV Rain"), ("14606", "Agentstvo"), ("14607", "Fontanka.ru"), ("14608", "Re: Russia"), ("14609", "Ostorozhno Novosti")]
DAYS = {"day1": ["14620", "14621", "14622", "14623"], "day2": ["14630", "14631", "14632", "14633"],
        "day3": ["14640", "14641", "14642", "14643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FILE = "/tmp/blind-eo-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-eo-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"BST": {"Europe/London"}, "CEST": {"Europe/Berlin", "Europe/Warsaw", "Europe/Vienna", "Europe/Paris"},
             "EDT": {"America/New_York", "America/Toronto"}, "EEST": {"Europe/Kyiv", "Europe/Helsinki", "Europe/Riga"},
             "MSK": {"Europe/Moscow"}, "Moscow time": {"Europe/Moscow"}}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # HTML escaped once inside Atom content/summary
    return t


def month_no(w):
    w = w.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) == 3 and m.startswith(w)):
            return i + 1
    return None


def printed_dates(text):
    """(position, year or None, month, day, weekday word or None) for every calendar date printed on the page."""
    out = []
    for m in re.finditer(r"\b(?:([A-Z][a-z]+),? )?(\d{1,2}) ([A-Z][a-z]+)(?: (\d{4}))?\b", text):
        mo = month_no(m.group(3))
        if mo:
            out.append((m.start(), int(m.group(4)) if m.group(4) else None, mo, int(m.group(2)), m.group(1)))
    for m in re.finditer(r"\b(?:([A-Z][a-z]+),? )?([A-Z][a-z]{2,8}) (\d{1,2}),? (\d{4})\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.append((m.start(), int(m.group(4)), mo, int(m.group(3)), m.group(1)))
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text):
        out.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), None))
    return sorted(out)


def day_before(pos, text, g):
    """the local day in force at a text position: the last full date printed before it; for pages without a year,
    the last day-and-month before it completed with the parse_args year (or the parse_args day itself)."""
    # only dates on short lines (date headers, datelines, stamp lines) count: a date inside a body paragraph sets no day
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    short = set()
    for a in starts:
        b = text.find("\n", a)
        if len(text[a:b if b >= 0 else len(text)].strip()) <= 60:
            short.add(a)
    def line_start(p):
        return text.rfind("\n", 0, p) + 1
    ds = [d for d in printed_dates(text) if d[0] < pos and line_start(d[0]) in short]
    full = [d for d in ds if d[1]]
    if full:
        _, y, mo, dd, _ = full[-1]
        return date(y, mo, dd)
    pa = g.get("parse_args")
    if pa:
        pday = date.fromisoformat(pa[1])
        part = [d for d in ds if d[1] is None]
        if part:
            return date(pday.year, part[-1][2], part[-1][3])
        return pday
    return None


def clock(s):
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.])(?:\s*(AM|PM|am|pm|a\.m\.|p\.m\.))?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def read_stamp(s, local, pos, text, zone, g):
    """re-read a printed stamp on its own; None if it agrees with the gold local time, else the reason"""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        d = parsedate_to_datetime(s)
        if d != local:
            return "RFC 822 stamp differs"
        if d.strftime("%a") != s[:3]:
            return "RFC 822 weekday wrong"
        return None
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"Updated (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) Moscow time", text)
        if not a:
            return "relative stamp without a printed clock"
        ref = datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo("Europe/Moscow"))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        if m.group(2) in ("minute", "hour") and n != 1 or m.group(2) in ("minutes", "hours") and n == 1:
            return "relative stamp number/plural mismatch"
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", s)
    if m:
        d = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
        return None if d == local else "dotted stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d\d) (\d{4}) - (\d\d):(\d\d)", s)
    if m:
        d = datetime(int(m.group(4)), month_no(m.group(2)), int(m.group(3)), int(m.group(5)), int(m.group(6)), tzinfo=ZoneInfo(zone))
        if d.strftime("%a") != m.group(1):
            return "weekday in stamp wrong"
        return None if d == local else "dated stamp differs"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"clock {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, zs in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and zone not in zs:
            return f"stamp zone {ab} does not match page zone {zone}"
    rest = re.sub(r"\s*(\d{1,2}[:.]\d\d)\s*(AM|PM)?\s*(BST|CEST|EDT|EEST|MSK)?", "", s)
    if rest.strip() and not rest.strip().startswith("edited"):
        return f"unexpected text in stamp: {rest!r}"
    d = day_before(pos, text, g)
    if d is None:
        return "no date printed before an undated stamp and no parse_args"
    return None if d == local.date() else f"undated stamp falls under printed day {d}, gold says {local.date()}"


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}; texts = {}
seed_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "seeds", "*")))
gold_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "gold", "*.json")))
if sorted(os.path.splitext(f)[0] for f in seed_files) != sorted(os.path.splitext(f)[0] for f in gold_files):
    err("seeds/ and gold/ do not pair up one to one")
for gf in gold_files:
    gp = os.path.join(ROOT, "gold", gf)
    g = json.load(open(gp, encoding="utf-8"))
    sid = gf.split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gf, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != gf:
        err(gf, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"146\d\d_[a-z0-9]+(-[a-z0-9]+)+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        import xml.dom.minidom
        try:
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:
            err(sid, "feed is not well-formed XML:", ex)
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(m.group(1))
        except Exception:
            err(sid, "JSON-LD block does not parse")
    text = visible_text(sp); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = re.search(r"\b20\d\d\b", raw)
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2027-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2027-MM-DD']")
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # printed weekday + date pairs must agree with the calendar
    for _, y, mo, dd, wd in printed_dates(text):
        if wd and wd.lower() in WEEKDAYS:
            yy = y or (int(g["parse_args"][1][:4]) if g.get("parse_args") else None)
            if yy and WEEKDAYS[date(yy, mo, dd).weekday()] != wd.lower():
                err(sid, f"printed weekday {wd} does not match {yy}-{mo:02d}-{dd:02d}")
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
    ids = []; pos_prev = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        pos = None
        if anchor:
            later = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() > pos_prev]
            if not later:
                err(eid, "entry not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|Mr|Mrs|Dr|St|a\.m|p\.m|No)\.$", fs):
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
            spos = [mm.start() for mm in re.finditer(re.escape(e["stamp"]), text)]
            near = min(spos, key=lambda p: abs(p - (pos or 0))) if spos else (pos or 0)
            near = min(near, pos) if pos is not None else near
            why = read_stamp(e["stamp"], local, near, text, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"]
            if not any(f in text for f in forms):
                err(eid, "no stamp and the page's dateline time is not printed")
            elif day_before(pos or len(text), text, g) != local.date():
                err(eid, "no stamp and the page's dateline day differs")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics must be core topics other than the primary")
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

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}; fmts = defaultdict(int); foreign = []
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
    body = " ".join((e["headline"] or "") + " " + (e["first_sentence"] or "") for e in g["entries"])
    if len(re.findall(r"[\u0400-\u04ff]", body)) > len(re.findall(r"[A-Za-z]", body)):
        foreign.append(sid)
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
if len(foreign) > 2:
    err("more than two Part A pages in the outlet's own language:", foreign)

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        stem = src.split()[0].lower()
        if src.lower() in reserved or any(stem in r for r in reserved):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
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
        err(day, "no general world feed with the war as a minority (4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge note")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # a 'must not merge with X' note must name a story of the same day that differs from the entry's own
    for e in ents:
        for x in re.findall(r"must not merge with ([a-z0-9-]+)", e.get("notes") or ""):
            if x == e["story"] or x not in stories:
                err(e["id"], "must-not-merge note names", x, "which is not another story of the day")
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
    if not d.startswith("2027-") or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
