#!/usr/bin/env python3
"""Independent checker for eval/du: re-reads every seed file on its own (without importing build.py) and verifies the gold
file against it: exact substrings, page order, stamps re-read and resolved from the page alone, entry counts re-counted from
the page structure (feed items, JSON-LD updates, stamp lines), weekday/date consistency, label rules and set constraints.
Usage (from the project root): python3 eval/du/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("12600", "Premium Times"), ("12601", "The Standard"), ("12602", "The Guardian Nigeria"), ("12603", "News24"),
          ("12604", "Mail & Guardian"), ("12605", "El Universal"), ("12606", "Buenos Aires Times"), ("12607", "Folha de S.Paulo"),
          ("12608", "MercoPress"), ("12609", "The Tico Times")]
# the outlets' home zones, used when a page prints no zone (README, conventions)
HOME_ZONE = {"12600": "UTC", "12601": "Africa/Nairobi", "12602": "Africa/Lagos", "12603": "Africa/Johannesburg", "12604": "Africa/Johannesburg",
             "12605": "America/Mexico_City", "12606": "America/Argentina/Buenos_Aires", "12607": "America/Sao_Paulo", "12608": "UTC", "12609": "UTC"}
DAYS = {"day1": ["12620", "12621", "12622", "12623"], "day2": ["12630", "12631", "12632", "12633"],
        "day3": ["12640", "12641", "12642", "12643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days listed in the brief (copied when the set was made; the /tmp forbidden list is re-read when present)
FREE_2026 = set("""2026-09-17 2026-09-20 2026-09-22 2026-09-25 2026-09-27 2026-09-29 2026-09-30 2026-10-03 2026-10-05 2026-10-07 2026-10-09
2026-10-11 2026-10-12 2026-10-13 2026-10-18 2026-10-19 2026-10-20 2026-10-21 2026-10-22 2026-10-23 2026-10-24 2026-10-25 2026-10-26
2026-10-28 2026-10-29 2026-10-30 2026-10-31 2026-11-01 2026-11-02 2026-11-03 2026-11-04 2026-11-05 2026-11-06 2026-11-08 2026-11-09
2026-11-10 2026-11-11 2026-11-12 2026-11-13 2026-11-14 2026-11-15 2026-11-16 2026-11-17 2026-11-18 2026-11-19 2026-11-20 2026-11-21
2026-11-22 2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-02 2026-12-03
2026-12-04 2026-12-05""".split())
FORBIDDEN_FILE = "/tmp/blind-du-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-du-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR_OFFSET = {"UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WAT": 1, "SAST": 2, "EAT": 3}
TEASER = re.compile(r"(Watch|WATCH|Video|Photos|Pictured|Explained|Full report)\s*[:|]")
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
    """hour/minute of the first clock time in s: '7.30am', '10:40am', '20.15 BST', '19:30', '6:42 PM', '05:30 hrs'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.:])\s*(am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def dates_printed(text):
    """calendar dates printed on the page, as (year or None, month, day, weekday-name or None)."""
    out = set()
    wd = r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
    for m in re.finditer(wd + r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(4)), mo, int(m.group(3)), m.group(1)))
    for m in re.finditer(wd + r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b", text):
        mo = month_no(m.group(3))
        if mo:
            out.add((int(m.group(4)) if m.group(4) else None, mo, int(m.group(2)), m.group(1)))
    for m in re.finditer(r"\b(\d\d)/(\d\d)/(\d{4})\b", text):
        out.add((int(m.group(3)), int(m.group(2)), int(m.group(1)), None))
    return out


def check_weekdays(sid, text, g):
    """every weekday printed next to a date must be that date's weekday."""
    for (y, mo, d, wd) in dates_printed(text):
        if wd is None:
            continue
        if y is None:
            pa = g.get("parse_args")
            if not pa:
                err(sid, f"weekday date without year and without parse_args: {wd} {d}/{mo}")
                continue
            y = int(pa[1][:4])
        try:
            real = date(y, mo, d).strftime("%A")
        except ValueError:
            err(sid, "impossible date printed", y, mo, d); continue
        if real != wd:
            err(sid, f"printed weekday {wd} for {y}-{mo:02d}-{d:02d}, which is a {real}")


def zone_abbrs_ok(s, local):
    for ab, off in ABBR_OFFSET.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() != timedelta(hours=off):
            return f"zone {ab} does not match the offset {local.utcoffset()} of the gold local time"
    return None


def day_printed(local, text, g):
    printed = dates_printed(text)
    if any((y, mo, d) == (local.year, local.month, local.day) for (y, mo, d, _) in printed):
        return True
    pa = g.get("parse_args")
    return bool(pa and pa[1] == f"{local:%Y-%m-%d}" and any((y, mo, d) == (None, local.month, local.day) for (y, mo, d, _) in printed))


def read_stamp(stamp, local, text, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2}), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s)
    if m:
        d = parsedate_to_datetime(s)
        if d.strftime("%a") != m.group(1):
            return "RFC 822 weekday wrong"
        return None if d == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (AM|PM)\b", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        h = int(a.group(5)) % 12 + (12 if a.group(7) == "PM" else 0)
        ref = datetime(int(a.group(4)), month_no(a.group(2)), int(a.group(3)), h, int(a.group(6)), tzinfo=local.tzinfo)
        n = int(m.group(1))
        if (n == 1) != (not m.group(2).endswith("s")):
            return "relative stamp: singular/plural mismatch"
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    m = re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th) (\d{4}) - (\d\d):(\d\d) UTC", s)
    if m:
        d = datetime(int(m.group(5)), month_no(m.group(2)), int(m.group(3)), int(m.group(6)), int(m.group(7)), tzinfo=ZoneInfo("UTC"))
        n = int(m.group(3)); suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        if m.group(4) != suf or d.strftime("%A") != m.group(1):
            return "MercoPress stamp: wrong ordinal or weekday"
        return None if d == local else "MercoPress stamp differs"
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d)", s)
    if m:
        got = (int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "Perfil stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2})\.(\d{1,2})\.(\d{4}) at (\d{1,2}):(\d\d)(AM|PM)", s)
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        got = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h, int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "Folha stamp differs"
    # bare clock stamps: '19:30', '05:30 hrs', '19:20 CET', '18:10 GMT', '20.15 BST', '7.30am', '10:40am'
    if not re.fullmatch(r"\d{1,2}[:.]\d\d( ?(am|pm|hrs|[A-Z]{3,4}))?", s):
        return "unknown stamp form"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    why = zone_abbrs_ok(s, local)
    if why:
        return why
    if not day_printed(local, text, g):
        return "local day of an undated stamp is printed nowhere on the page"
    return None


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


def structure_count(sid, path, raw, text, g):
    """re-count the entries from the page structure alone."""
    n = len(g["entries"])
    if path.endswith(".xml"):
        root = ET.fromstring(raw.encode("utf-8"))
        ns = {"a": "http://www.w3.org/2005/Atom"}
        items = root.findall("./channel/item")
        titles = [i.findtext("title") for i in items]
        if not items:
            items = root.findall("a:entry", ns)
            titles = [i.findtext("a:title", namespaces=ns) for i in items]
        if len(items) != n:
            err(sid, f"feed has {len(items)} items, gold {n}")
        heads = [e["headline"] for e in g["entries"]]
        if titles != heads:
            err(sid, "feed item titles differ from gold headlines (order or text)")
        return
    if path.endswith(".html"):
        for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
            try:
                ld = json.loads(blob)
            except ValueError:
                err(sid, "JSON-LD does not parse"); continue
            nodes = ld.get("@graph", [ld])
            for node in nodes:
                ups = node.get("liveBlogUpdate")
                if ups is None:
                    continue
                ups = ups if isinstance(ups, list) else [ups]
                if len(ups) != n:
                    err(sid, f"JSON-LD has {len(ups)} liveBlogUpdate items, gold {n}")
                pubs = {u.get("datePublished") for u in ups}
                if len(pubs) > 1:  # per-update times: they must agree with the gold
                    for u, e in zip(ups, g["entries"]):
                        if datetime.fromisoformat(u["datePublished"]).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ") != e["published"]:
                            err(e["id"], "JSON-LD update datePublished disagrees with the gold")
                        if u.get("headline") != e["headline"]:
                            err(e["id"], "JSON-LD update headline disagrees with the gold")
                elif "same for every update" not in g["notes"] and "PAGE's values" not in g["notes"]:
                    err(sid, "JSON-LD updates share one datePublished but the notes do not warn about it")
    stamps = [e["stamp"] for e in g["entries"]]
    if all(s is None for s in stamps):
        return
    if any(s is None for s in stamps):
        err(sid, "mixed stamped and stampless entries"); return
    # count every line of the visible text that is (or ends with) a stamp of the same form
    forms = [r"\d{1,2}[:.]\d\d( ?(am|pm|hrs|[A-Z]{3,4}))?", r"\d+ (minutes?|hours?) ago",
             r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}(st|nd|rd|th) \d{4} - \d\d:\d\d UTC",
             r"\d\d-\d\d-\d{4} \d\d:\d\d", r"[A-Z][a-z]{2}\.\d{1,2}\.\d{4} at \d{1,2}:\d\d(AM|PM)"]
    form = next((f for f in forms if re.fullmatch(f, stamps[0])), None)
    if form is None:
        err(sid, "no structural count for stamp form", stamps[0]); return
    lines = [l.strip() for l in text.split("\n")]
    cnt = sum(1 for l in lines if re.fullmatch(form, l) or re.fullmatch(r"By .+ \| " + form, l))
    if cnt != n:
        err(sid, f"{cnt} stamp lines of form {stamps[0]!r} on the page, gold has {n} entries")


reserved_text = open(RESERVED_FILE, encoding="utf-8").read().lower() if os.path.exists(RESERVED_FILE) else ""
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
    if not re.fullmatch(r"126\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
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
    if sid in HOME_ZONE and g["page_timezone"] != HOME_ZONE[sid]:
        err(sid, "Part A page_timezone should be the outlet's home zone", HOME_ZONE[sid])
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
    check_weekdays(sid, text, g)
    try:
        structure_count(sid, sp, raw, text, g)
    except ET.ParseError as x:
        err(sid, "feed is not well-formed XML:", x)
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
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|St|Mr|Dr)\.$", fs):
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
        local = datetime.fromisoformat(m.group(1)).replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not time_printed(local, text):
                err(eid, "no stamp and the page's dateline time is not printed")
            if not day_printed(local, text, g):
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
        if e["headline"] and TEASER.match(e["headline"]) and fs is not None:
            err(eid, "teaser label on an entry with a body: check")
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
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block and key_point flags disagree")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
# stories are per day: a Part A page's stories must not reappear on another page
a_stories = defaultdict(set)
for sid, _ in PART_A:
    for e in golds.get(sid, {}).get("entries", []):
        a_stories[e["story"]].add(sid)
for st, sids in a_stories.items():
    if len(sids) > 1:
        err("Part A story on two pages (different days):", st, sorted(sids))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        first_word = src.split()[0].lower()
        if reserved_text and (src.lower() in reserved_text or first_word in reserved_text):
            err(sid, "outlet name (or its distinctive word) is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
            if e["subtopic"] == "unrelated" and len(stories[e["story"]]) > 1:
                err(e["id"], "off-beat story on two pages of the day")
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
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"]
                                and e["body_paragraphs"] == o["body_paragraphs"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a verbatim re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
if day_date.get("day3") and day_date.get("day1") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day1"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in FREE_2026 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
