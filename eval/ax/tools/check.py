#!/usr/bin/env python3
"""Independent checker for eval/ax: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is parsed again from the printed text.
Usage (from the project root): python3 eval/ax/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORBIDDEN_FILE = "/tmp/blind-ax-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ax-reserved-outlets.txt"
SHARED_SEEDS = os.path.join(os.path.dirname(os.path.dirname(ROOT)), "..", "shared", "seeds")
PART_A = [("5100", "The Philadelphia Inquirer"), ("5101", "Star Tribune"), ("5102", "Calgary Herald"), ("5103", "The Northern Echo"),
          ("5104", "The Press and Journal"), ("5105", "The Mercury"), ("5106", "Libya Observer"), ("5107", "Addis Fortune"),
          ("5108", "TheCable"), ("5109", "NRK")]
DAYS = {"day1": [f"512{i}" for i in range(5)], "day2": [f"513{i}" for i in range(5)], "day3": [f"514{i}" for i in range(5)]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
ABBR = {"U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.", "No.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m."}
EN_MONTHS = {m.lower(): i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                                      "September", "October", "November", "December"])}
AP_MON = {"Jan.": 1, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
NO_MON = {m: i + 1 for i, m in enumerate(["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"])}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)          # escaped HTML inside Atom <content type="html">
    return html.unescape(t)


def to24(h, ap):
    ap = ap.lower().replace(".", "")
    return h % 12 + (12 if ap == "pm" else 0)


def printed_dates(text, raw, year_hint):
    """Every calendar date printed on the page, in any of the forms the set uses."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2}),? (\d{4})\b", text):               # March 6, 2024 / May 27 2024
        if m.group(1).lower() in EN_MONTHS:
            out.add(date(int(m.group(3)), EN_MONTHS[m.group(1).lower()], int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", text):                  # 23 May 2024
        if m.group(2).lower() in EN_MONTHS:
            out.add(date(int(m.group(3)), EN_MONTHS[m.group(2).lower()], int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2})\. ([a-zø]+)\.? (\d{4})\b", text):                 # 4. juni 2024 / 4. jun. 2024
        for name, no in NO_MON.items():
            if name.startswith(m.group(2)):
                out.add(date(int(m.group(3)), no, int(m.group(1))))
    for m in re.finditer(r"\b(\d\d)/(\d\d)/(\d{4})\b", text):
        out.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r'datetime="(\d{4})-(\d\d)-(\d\d)T', raw):
        out.add(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if year_hint:
        for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\b(?!,? \d{4})", text):   # 15th January / 1 February (no year)
            if m.group(2).lower() in EN_MONTHS:
                out.add(date(year_hint, EN_MONTHS[m.group(2).lower()], int(m.group(1))))
    return out


def read_stamp(s, zone, year_hint):
    """Returns (aware datetime or None, has_date). None datetime means 'time only' (date from the page)."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00")), True, None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s), True, None
    m = re.fullmatch(r"Published (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) ([ap]\.m\.) ET", s)
    if m:
        z = ZoneInfo("America/New_York")
        return datetime(int(m.group(3)), AP_MON[m.group(1)], int(m.group(2)), to24(int(m.group(4)), m.group(6)), int(m.group(5)), tzinfo=z), True, "America/New_York"
    m = re.fullmatch(r"([A-Z]+) (\d{1,2}), (\d{4}) \u2014 (\d{1,2}):(\d\d)(AM|PM)", s)
    if m:
        return datetime(int(m.group(3)), EN_MONTHS[m.group(1).lower()], int(m.group(2)), to24(int(m.group(4)), m.group(6)), int(m.group(5)),
                        tzinfo=ZoneInfo(zone)), True, None
    m = re.fullmatch(r"Published: (\d{1,2})(st|nd|rd|th) ([A-Z][a-z]+), (\d\d):(\d\d)", s)
    if m:
        if not year_hint:
            return "no year printed and no parse_args", False, None
        return datetime(year_hint, EN_MONTHS[m.group(3).lower()], int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone)), True, None
    m = re.fullmatch(r"([A-Z][a-z]{2}), (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", s)
    if m:
        d = datetime(int(m.group(4)), int(m.group(3)), int(m.group(2)), int(m.group(5)), int(m.group(6)), tzinfo=ZoneInfo(zone))
        if WEEKDAYS[d.weekday()] != m.group(1):
            return "weekday in the stamp does not match its date", False, None
        return d, True, None
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (am|pm)", s)
    if m:
        return datetime(int(m.group(3)), EN_MONTHS[m.group(1).lower()], int(m.group(2)), to24(int(m.group(4)), m.group(6)), int(m.group(5)),
                        tzinfo=ZoneInfo(zone)), True, None
    m = re.fullmatch(r"(\d{1,2})\. ([a-zø]+) (\d{4}) kl\. (\d\d)\.(\d\d)", s)
    if m and m.group(2) in NO_MON:
        return datetime(int(m.group(3)), NO_MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone)), True, None
    m = re.fullmatch(r"(\d\d):(\d\d)( GMT)?", s)
    if m:
        return (int(m.group(1)), int(m.group(2)), "GMT" if m.group(3) else None), False, None
    m = re.fullmatch(r"(\d{1,2})\.(\d\d)(am|pm)", s)
    if m:
        return (to24(int(m.group(1)), m.group(3)), int(m.group(2)), None), False, None
    return "unreadable stamp", False, None


def sentence_ok(fs, line):
    """first_sentence must end a sentence, not stop at an abbreviation, and contain no earlier sentence end."""
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end with sentence punctuation"
    last = fs.split()[-1]
    if last in ABBR:
        return "ends at an abbreviation"
    rest = line[len(fs):]
    if rest and not re.match(r"\s+\S", rest):
        return "is cut inside a sentence"
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z0-9\"\u201c\u2018])", fs):
        word = fs[:m.start() + 1].split()[-1]
        if word not in ABBR and not re.fullmatch(r"[A-Z]\.", word):
            return f"contains an earlier sentence end after {word!r}"
    return None


def is_para(l):
    return len(l) >= 20 and re.search(r"[.!?][\"'\u201d\u2019)]?$", l) is not None


forbidden = set(open(FORBIDDEN_FILE).read().split()) if os.path.exists(FORBIDDEN_FILE) else set()
if not forbidden:
    err("forbidden-days list missing")
reserved = [l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8")] if os.path.exists(RESERVED_FILE) else []
if not reserved:
    err("reserved-outlets list missing")
shared_text = ""
if not os.path.isdir(SHARED_SEEDS):
    err("shared seeds not found at", SHARED_SEEDS)
else:
    shared_text = " ".join(open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(SHARED_SEEDS, "*")))
    shared_text = re.sub(r"\s+", " ", shared_text).lower()

golds = {}
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
    if not re.fullmatch(r"5[1]\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    pa = g.get("parse_args")
    year_hint = None
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        else:
            year_hint = int(pa[1][:4])
    visible_years = re.findall(r"\b(20\d\d)\b", text)
    stamp_years = any(re.search(r"\b2024\b", e["stamp"] or "") for e in g["entries"])
    if not stamp_years and "2024" not in raw and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa and "2024" in " ".join(e["stamp"] or "" for e in g["entries"]):
        err(sid, "parse_args on a page whose stamps print the year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    dates_on_page = printed_dates(text, raw, year_hint)

    # Key Points block: headlines listed right after a 'Key Points' line
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break

    # <time datetime> pairs and JSON-LD live updates, for cross-checks
    time_pairs = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', raw)
    ld_updates = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            data = json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") if isinstance(n, dict) else None
            if ups:
                ld_updates += ups if isinstance(ups, list) else [ups]

    ids = []; anchor = -1; seq = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")

        # page order: the entry's anchor (headline line, else its first-sentence line) comes after the previous entry's
        key = e["headline"] if e["headline"] is not None else None
        pos = None
        for j in range(anchor + 1, len(lines)):
            if (key is not None and lines[j] == key) or (key is None and fs and lines[j].startswith(fs)):
                pos = j; break
        if pos is None:
            err(eid, "anchor not found after the previous entry (page order)")
        else:
            anchor = pos
            if fs is not None:
                body_start = next((j for j in range(pos, len(lines)) if lines[j].startswith(fs) and is_para(lines[j])), None)
                if body_start is None:
                    err(eid, "first_sentence does not start a paragraph line after the anchor:", fs[:60])
                else:
                    why = sentence_ok(fs, lines[body_start])
                    if why:
                        err(eid, "first_sentence", why, ":", fs[:60])
                    n = 0; j = body_start
                    while j < len(lines):
                        if lines[j] == "":
                            j += 1; continue
                        if not is_para(lines[j]):
                            break
                        n += 1; j += 1
                    if n != e["body_paragraphs"]:
                        err(eid, f"body_paragraphs {e['body_paragraphs']} but {n} paragraph lines follow the first sentence")
                    if shared_text and re.sub(r"\s+", " ", fs).lower() in shared_text:
                        err(eid, "first sentence copied from a shared seed")
            elif e["body_paragraphs"] != 0:
                err(eid, "no first_sentence but body_paragraphs != 0")
        if fs is None and e["importance"] != 1:
            err(eid, "entry without body must be importance 1")

        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not an ISO instant in Z"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        seq.append(pub)
        if e["stamp"] is not None:
            got, has_date, zone_claim = read_stamp(e["stamp"], zone, year_hint)
            if isinstance(got, str):
                err(eid, "stamp", repr(e["stamp"]), got)
            elif isinstance(got, tuple):
                h, mi, lab = got
                if (h, mi) != (local.hour, local.minute):
                    err(eid, "stamp time", e["stamp"], "!= local", f"{local:%H:%M}")
                if lab == "GMT" and local.utcoffset() != timedelta(0):
                    err(eid, "stamp says GMT but the local offset is not zero")
                if local.date() not in dates_on_page:
                    err(eid, "local date of a time-only stamp is printed nowhere on the page:", local.date())
            else:
                if got != pub:
                    err(eid, "stamp", repr(e["stamp"]), "reads as", got.isoformat(), "not", e["published"])
                if zone_claim and zone_claim != zone:
                    err(eid, "stamp names zone", zone_claim, "but page_timezone is", zone)
            tp = [dtm for dtm, shown in time_pairs if shown == e["stamp"]]
            if tp and all(datetime.fromisoformat(x) != pub for x in tp):
                err(eid, "<time datetime> next to the stamp disagrees")
        else:
            if f"{local:%H:%M}" not in text and f"{local.hour}.{local.minute:02d}" not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if local.date() not in dates_on_page:
                err(eid, "no stamp and the dateline date is not printed")
        if ld_updates:
            match = [u for u in ld_updates if u.get("headline") == e["headline"] and u.get("datePublished")
                     and datetime.fromisoformat(u["datePublished"]) == pub]
            if not match:
                err(eid, "no JSON-LD liveBlogUpdate with this headline and time")
        if pa and local.date().isoformat() != pa[1]:
            err(eid, "parse_args date differs from the entry's local date")

        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat entries: other/unrelated, importance 1, notes 'off-beat: ...'")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate_of must name the earlier-published original")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["topic"] != e["topic"]:
                err(eid, "duplicate must share story and topic and be importance 1")
            elif orig["first_sentence"] and fs:
                a = set(re.findall(r"\w+", orig["first_sentence"].lower())); b = set(re.findall(r"\w+", fs.lower()))
                if len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if len(seq) > 1 and not (all(a >= b for a, b in zip(seq, seq[1:])) or all(a <= b for a, b in zip(seq, seq[1:]))):
        err(sid, "entries are not in a consistent newest-first or oldest-first order (midnight crossing resolved wrongly?)")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")

# ---------------------------------------------------------------- set-level constraints
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A page needs 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", sorted(days))
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml, is", dict(fmts))
partb_sources = set()
for day, sids in DAYS.items():
    for sid in sids:
        if sid in golds:
            partb_sources.add(golds[sid]["source"])
for src in partb_sources:
    low = src.lower()
    if low in reserved:
        err(src, "invented outlet is on the reserved list")
    if any(src.split()[0].lower() in r.split() for r in reserved):
        err(src, "invented outlet's distinctive word appears in a reserved name")
    if src in dict(PART_A).values():
        err(src, "Part B outlet must be invented")
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected seed ids", sorted(extra))

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); sources = set(); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        sources.add(g["source"]); exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]) and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "needs 18-30 entries, has", n)
    if not 3 <= len(sources) <= 5:
        err(day, "needs 3-5 sources, has", len(sources))
    if len(exts) < 3:
        err(day, "needs at least 3 formats", exts)
    if not world:
        err(day, "no general world feed with the war as a minority")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e["notes"] or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if e["subtopic"] == "unrelated" and len(stories[e["story"]]) > 1:
            err(e["id"], "off-beat story in two seeds?")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") in (day_date.get("day1"), day_date.get("day2")):
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2024" or d[5:7] not in ("01", "02", "03", "04", "05", "06"):
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; "
      f"Part B days {day_date}; Part A days {sorted((w, d) for d, w in seen.items() if w in dict(PART_A))}")
