#!/usr/bin/env python3
"""Independent checker for eval/dx: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, machine-readable times, label rules,
set constraints of the brief). It imports nothing from build.py.
Usage (from the project root): python3 eval/dx/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_SEEDS = os.path.join(os.path.dirname(os.path.dirname(ROOT)), "..", "shared", "seeds")
PART_A = [("12900", "Wikipedia"), ("12901", "Telegram"), ("12902", "Substack"), ("12903", "Medium"), ("12904", "Mastodon"),
          ("12905", "Bluesky"), ("12906", "Thread Reader App"), ("12907", "DeepState"), ("12908", "Liveuamap"), ("12909", "Threads")]
DAYS = {"day1": ["12920", "12921", "12922", "12923"], "day2": ["12930", "12931", "12932", "12933"],
        "day3": ["12940", "12941", "12942", "12943"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2026 days given by the brief (the /tmp forbidden list is re-read when present)
ALLOWED = set("""2026-07-19 2026-07-20 2026-07-22 2026-07-23 2026-07-24 2026-07-26 2026-07-27 2026-07-29 2026-07-30 2026-07-31
2026-08-02 2026-08-03 2026-08-06 2026-08-07 2026-08-09 2026-08-10 2026-08-11 2026-08-13 2026-08-14 2026-08-15 2026-08-17 2026-08-18
2026-08-19 2026-08-23 2026-08-24 2026-08-25 2026-08-26 2026-08-27 2026-08-28 2026-08-30 2026-08-31 2026-09-01 2026-09-02 2026-09-04
2026-09-05 2026-09-06 2026-09-07 2026-09-08 2026-09-10 2026-09-11 2026-09-12 2026-09-13 2026-09-15 2026-09-29 2026-10-03 2026-10-09""".split())
FORBIDDEN_FILE = "/tmp/blind-dx-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dx-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"BST": {"Europe/London"}, "GMT": {"Europe/London", "UTC"}, "CEST": {"Europe/Berlin", "Europe/Warsaw", "Europe/Paris"},
             "EEST": {"Europe/Kyiv", "Europe/Helsinki"}, "ET": {"America/New_York", "America/Toronto"},
             "EDT": {"America/New_York", "America/Toronto"}}
ZONE_NOTES = {"All times BST": {"Europe/London"}, "All times CEST": {"Europe/Warsaw", "Europe/Berlin", "Europe/Paris"},
              "Times are Kyiv time": {"Europe/Kyiv"}, "Times are Eastern": {"America/New_York", "America/Toronto"},
              "Times are Finnish time": {"Europe/Helsinki"}}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
ISO_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)")
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed descriptions/content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """hour/minute of the first clock time in s: '6:10 a.m.', '07.20', '19:55', '2:35 p.m.'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.:]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_printed(text):
    """calendar dates printed on the page, as (year or None, month, day)."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?:,? (\d{4}))?\b", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    return out


def day_printed(d, text, raw, g):
    """the local calendar day d is printed on the page: with its year, or without a year when the year is known from the
    file (a machine-readable attribute) or from parse_args."""
    printed = dates_printed(text)
    if (d.year, d.month, d.day) in printed:
        return True
    if (None, d.month, d.day) in printed:
        if str(d.year) in raw:
            return True
        if g.get("parse_args") and g["parse_args"][1] == f"{d:%Y-%m-%d}":
            return True
    return False


def machine_instants(raw):
    out = set()
    for m in ISO_RE.finditer(raw):
        try:
            out.add(datetime.fromisoformat(m.group(0).replace("Z", "+00:00")))
        except ValueError:
            pass
    return out


def read_stamp(stamp, local, text, raw, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if ISO_RE.fullmatch(s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d\d) ([A-Z][a-z]{2}) (\d\d) (\d\d):(\d\d) ([+-])(\d\d)(\d\d)", s)   # Go RFC822Z (Bluesky RSS)
    if m:
        off = timedelta(hours=int(m.group(7)), minutes=int(m.group(8))) * (1 if m.group(6) == "+" else -1)
        got = datetime(2000 + int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)),
                       tzinfo=ZoneInfo("UTC")) - off
        return None if got == local else f"RFC822Z stamp resolves to {got.isoformat()}"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", s)   # DeepState
    if m:
        got = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=ZoneInfo(zone))
        return None if got == local else "dd.mm.yyyy stamp differs"
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d\d)", s)   # Threads short date; the time must be machine-readable
    if m:
        if (2000 + int(m.group(3)), int(m.group(1)), int(m.group(2))) != (local.year, local.month, local.day):
            return "MM/DD/YY date differs"
        return None if local in machine_instants(raw) else "short-date stamp but no machine datetime for the exact time"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)\b", text)
        if not a:
            return "relative stamp without a printed clock to count back from"
        ref = datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, zones in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and zone not in zones:
            return f"stamp zone {ab} does not match page zone {zone}"
    if not day_printed(local, text, raw, g):
        return "local day of an undated stamp is printed nowhere on the page"
    return None


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local:%H.%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
    return any(f in text for f in forms)


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}
shared_sentences = set()
for sp in glob.glob(os.path.join(os.path.normpath(SHARED_SEEDS), "*")):
    for s in re.split(r"(?<=[.!?])\s+", open(sp, encoding="utf-8").read()):
        s = s.strip()
        if len(s) >= 40:
            shared_sentences.add(s)

if not shared_sentences:
    err("could not read ../shared/seeds for the copy check")
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
    if not re.fullmatch(r"129\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for s in shared_sentences:
        if s in text:
            err(sid, "sentence copied from ../shared/seeds:", s[:60])
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    zone = g["page_timezone"]
    for note, zones in ZONE_NOTES.items():
        if note in text and zone not in zones:
            err(sid, f"page says '{note}' but page_timezone is {zone}")
    has_year = re.search(r"\b20\d\d\b", raw) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "file names no four-digit year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2026-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2026-MM-DD']")
        if has_year:
            err(sid, "parse_args given although the file prints a four-digit year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    instants = machine_instants(raw)
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
    # JSON-LD live-blog updates with a headline must carry one of the gold times
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        ld = json.loads(m.group(1))
        for u in ld.get("liveBlogUpdate", []) if isinstance(ld, dict) else []:
            if u.get("headline"):
                t = datetime.fromisoformat(u["datePublished"])
                if not any(e["published"].endswith("Z") and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) == t for e in g["entries"]):
                    err(sid, "JSON-LD update time matches no gold entry:", u["datePublished"])
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
            later = [p.start() for p in re.finditer(re.escape(anchor), text) if p.start() > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) and fs not in lines:
                err(eid, "first_sentence neither ends a sentence nor is a whole unpunctuated line")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|St|Mr|Dr)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if re.search(r"\[\d+\]", fs):
                err(eid, "first_sentence contains a citation marker")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        pub = e["published"] or ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", pub):
            # date only: no stamp, the date is printed and no time is printed for the entry
            if e["published_local"] != f"{pub} {zone}":
                err(eid, "date-only published_local must be 'YYYY-MM-DD <zone>'")
            if e["stamp"] is not None:
                err(eid, "date-only entry with a stamp")
            d = date.fromisoformat(pub)
            if not day_printed(d, text, raw, g):
                err(eid, "date-only entry but its day is not printed")
            local_day = d
        else:
            m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) (\S+)", e.get("published_local") or "")
            if not m or m.group(2) != zone:
                err(eid, "published_local malformed or not in page_timezone"); continue
            fmt = "%Y-%m-%d %H:%M:%S" if m.group(1).count(":") == 2 else "%Y-%m-%d %H:%M"
            local = datetime.strptime(m.group(1), fmt).replace(tzinfo=ZoneInfo(zone))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", pub):
                err(eid, "published must be UTC ...Z or a date"); continue
            if datetime.fromisoformat(pub.replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if local.second and local not in instants and not re.search(r":\d\d:\d\d", e["stamp"] or ""):
                err(eid, "published has seconds but no machine-readable datetime in the file gives them")
            if e["stamp"] is not None:
                why = read_stamp(e["stamp"], local, text, raw, zone, g)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
            else:
                if not ((time_printed(local, text) and day_printed(local, text, raw, g)) or local in instants):
                    err(eid, "no stamp, and neither the page's dateline time nor a machine-readable time gives the instant")
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
    # same headline and first sentence twice on a page must be marked as a repeat
    seen_pairs = {}
    for e in g["entries"]:
        key = (e["headline"], e["first_sentence"])
        if e["first_sentence"] and key in seen_pairs and not e["duplicate_of"]:
            err(e["id"], "identical headline and first sentence as", seen_pairs[key], "but not marked duplicate_of")
        seen_pairs.setdefault(key, e["id"])

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
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        stem = src.split()[0].lower()
        if any(stem in r for r in reserved):
            err(sid, "outlet name stem appears in the reserved list:", stem)
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
    # the main story must be told in different words by its sources (no identical first sentences across pages)
    for st, ss in stories.items():
        if len(ss) >= 3:
            fss = [e["first_sentence"] for e in ents if e["story"] == st and e["first_sentence"] and not e["duplicate_of"]]
            if len(fss) != len(set(fss)):
                err(day, "main story", st, "has identical first sentences across entries")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    for e in rep:
        orig = next(o for o in d1 if o["headline"] == e["headline"] and o["first_sentence"] == e["first_sentence"])
        o_sid, e_sid = orig["id"].split("-")[0], e["id"].split("-")[0]
        if orig["body_paragraphs"] != e["body_paragraphs"]:
            err(e["id"], "re-post is not verbatim (paragraph count)")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3"):
    for k in ("day1", "day2"):
        if day_date.get(k) and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date[k])).days) <= 1:
            err("day 3 must be a separate day")
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
