#!/usr/bin/env python3
"""Independent checker for eval/ft: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
Usage (from the project root): python3 eval/ft/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("17700", "CNN"), ("17701", "Morning Brew"), ("17702", "The Washington Post"), ("17703", "AP News"),
          ("17704", "Bloomberg"), ("17705", "The Kyiv Independent"), ("17706", "Meduza"), ("17707", "Punchbowl News"),
          ("17708", "The Hill"), ("17709", "Al Jazeera")]
DAYS = {"day1": ["17720", "17721", "17722", "17723"], "day2": ["17730", "17731", "17732", "17733"],
        "day3": ["17740", "17741", "17742", "17743"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# the free 2029 days named in the brief (the /tmp forbidden list is re-read when present)
ALLOWED_2029 = {f"2029-11-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-ft-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ft-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# zone abbreviations a stamp may carry, and the page zones each one is compatible with
ZONE_ABBR = {"EDT": {"America/New_York"}, "EST": {"America/New_York"}, "ET": {"America/New_York"},
             "GMT": {"UTC", "Europe/London", "Europe/Dublin"}, "CET": {"Europe/Berlin", "Europe/Paris", "Europe/Warsaw"},
             "EET": {"Europe/Kyiv", "Europe/Riga"}, "MSK": {"Europe/Moscow"}}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed descriptions / Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '6:02 AM', '4:01 a.m.', '9.05am', '16:50', '7:31 PM'."""
    m = re.search(r"(?<![\d:./])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_printed(text):
    """all full or partial calendar dates printed on the page, as (year or None, month, day)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):          # 28.11.2029
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d\d)\b", text):              # 11/14/29
        out.add((2000 + int(m.group(3)), int(m.group(1)), int(m.group(2))))
    return out


def header_clock(text, zone):
    """the page's printed 'last updated' clock that relative stamps count back from."""
    a = re.search(r"Last updated:? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4}),? (\d\d):(\d\d)", text)
    if not a:
        return None
    return datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo(zone))


def read_stamp(stamp, local, text, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|mins|hr|hrs) ago", s)
    if m:
        ref = header_clock(text, zone)
        if not ref:
            return "relative stamp without a printed clock to count back from"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, zn in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and zone not in zn:
            return f"stamp zone {ab} does not match page zone {zone}"
    dd = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)
    if dd:
        return None if (int(dd.group(3)), int(dd.group(2)), int(dd.group(1))) == (local.year, local.month, local.day) else "date inside the stamp differs"
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    if md and month_no(md.group(1)):
        return None if (int(md.group(3)), month_no(md.group(1)), int(md.group(2))) == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a stamp with no date at all: the local day must be printed on the page (or given by parse_args when no year is printed)
    printed = dates_printed(text)
    if (local.year, local.month, local.day) in printed:
        return None
    if (None, local.month, local.day) in printed and g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}":
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    h12 = local.hour % 12 or 12
    ap = "a.m." if local.hour < 12 else "p.m."
    forms = [f"{local:%H:%M}", f"{h12}:{local.minute:02d} {ap}", f"{h12}:{local.minute:02d} {ap[0].upper()}M",
             f"{h12}.{local.minute:02d}{ap[0]}m"]
    return any(f in text for f in forms)


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
    if not re.fullmatch(r"177\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
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
    if sp.endswith(".xml"):
        try:
            import xml.dom.minidom
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:
            err(sid, "feed is not well-formed XML:", ex)
    if sp.endswith(".html"):
        for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
            try:
                json.loads(m.group(1))
            except Exception:
                err(sid, "JSON-LD block does not parse")
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and (g["parse_args"][0] != "--date" or not re.fullmatch(r"2029-\d\d-\d\d", g["parse_args"][1])):
        err(sid, "parse_args must be ['--date', '2029-MM-DD']")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", raw):
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
        # page order: the entry's first own text (headline or first sentence) must come after the previous entry's
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
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|Nov|Oct|Dec|St|Mr|Dr)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)( \d\d:\d\d(?::\d\d)?)? (\S+)", e.get("published_local") or "")
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        if m.group(2) is None:
            # date only: the page must print that date and no per-entry stamp
            if e["published"] != m.group(1):
                err(eid, "date-only published must equal the local date")
            dd = date.fromisoformat(m.group(1))
            if (dd.year, dd.month, dd.day) not in dates_printed(text):
                err(eid, "date-only entry: the date is printed nowhere")
            if e["stamp"] is not None:
                err(eid, "date-only entry cannot have a stamp")
        else:
            local = datetime.fromisoformat(m.group(1) + m.group(2).replace(" ", "T")).replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if e["stamp"] is not None:
                why = read_stamp(e["stamp"], local, text, g["page_timezone"], g)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
            else:
                if not time_printed(local, text):
                    err(eid, "no stamp and the page's own time is not printed")
                if (local.year, local.month, local.day) not in dates_printed(text) and not (
                        g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}"):
                    err(eid, "no stamp and the page's date is not printed")
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
    # headlines and first sentences must not be counted twice inside one page unless marked as a repeat
    seen_fs = {}
    for e in g["entries"]:
        if e["first_sentence"] and e["first_sentence"] in seen_fs and not e["duplicate_of"]:
            err(e["id"], "same first sentence as", seen_fs[e["first_sentence"]], "but not marked duplicate")
        seen_fs.setdefault(e["first_sentence"], e["id"])

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

PARTIAL = "--partial" in sys.argv   # while the set is being written: skip pages that do not exist yet
seen = {}
fmts = defaultdict(int)
for n, (sid, outlet) in enumerate(PART_A):
    g = golds.get(sid)
    if not g:
        if not PARTIAL:
            err(sid, "missing")
        continue
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
if not PARTIAL and dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    if PARTIAL and not all(s in golds for s in sids):
        continue
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if any(w in src.lower() for w in part_a_names):
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]) and off / len(g["entries"]) >= 4 / 6:
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
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
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
        if e["importance"] == 3 and len(stories[e["story"]]) < 2 and not e["key_point"] and "single-page 3" not in (e.get("notes") or "").lower():
            err(e["id"], "importance 3 on a one-page story needs a note 'single-page 3: why'")
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
if day_date.get("day3") and day_date.get("day1") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day1"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2029" or d not in ALLOWED_2029 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
