#!/usr/bin/env python3
"""Independent checker for eval/as: re-reads the seed files and verifies the gold files against them.
It does not import build.py: every stamp is re-read from the page text on its own.
Usage (from the project root): python3 eval/as/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("4600", "Chicago Tribune"), ("4601", "Folha de S.Paulo"), ("4602", "Trinidad Guardian"), ("4603", "The Tribune"), ("4604", "Cayman Compass"),
          ("4605", "Matangi Tonga"), ("4606", "Solomon Star"), ("4607", "Pacific Daily News"), ("4608", "ThisDay"), ("4609", "NewsDay")]
DAYS = {"day1": ["4620", "4621", "4622", "4623", "4624"], "day2": ["4630", "4631", "4632", "4633", "4634"], "day3": ["4640", "4641", "4642", "4643", "4644"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|Listen)\s*:")
FORBIDDEN_2023 = set("""2023-01-06 2023-01-12 2023-01-14 2023-01-15 2023-01-18 2023-01-20 2023-01-24 2023-01-25 2023-01-26 2023-01-31
2023-02-01 2023-02-03 2023-02-08 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-16 2023-02-17 2023-02-20 2023-02-21 2023-02-24 2023-02-25
2023-02-27 2023-03-02 2023-03-03 2023-03-08 2023-03-09 2023-03-10 2023-03-14 2023-03-16 2023-03-17 2023-03-21 2023-03-23 2023-03-28 2023-03-29
2023-04-04 2023-04-05 2023-04-12 2023-04-14 2023-04-17 2023-04-18 2023-04-20 2023-04-26 2023-04-28 2023-05-03 2023-05-09 2023-05-11 2023-05-13
2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-05-24 2023-05-26 2023-05-29 2023-06-06 2023-06-07 2023-06-13 2023-06-15 2023-06-16
2023-06-21 2023-06-23 2023-06-24 2023-06-27 2023-06-28 2023-06-29 2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-11 2023-07-12
2023-07-17 2023-07-18 2023-07-19 2023-07-20 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-08-01 2023-08-02 2023-08-04 2023-08-10 2023-08-15
2023-08-18 2023-08-20 2023-08-22 2023-08-23 2023-08-24 2023-08-29 2023-09-05 2023-09-06 2023-09-08 2023-09-11 2023-09-12 2023-09-13 2023-09-14
2023-09-15 2023-09-19 2023-09-20 2023-09-21 2023-09-22 2023-09-27 2023-09-28 2023-10-04 2023-10-05 2023-10-06 2023-10-10 2023-10-13 2023-10-17
2023-10-18 2023-10-19 2023-11-01 2023-11-02 2023-11-07 2023-11-08 2023-11-10 2023-11-15 2023-11-17 2023-11-21 2023-11-22 2023-11-25 2023-11-27
2023-11-29 2023-12-03 2023-12-04 2023-12-05 2023-12-06 2023-12-08 2023-12-13 2023-12-14 2023-12-19 2023-12-28 2023-12-29 2023-12-30""".split())
FORBIDDEN_FILE = "/tmp/blind-as-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-as-reserved-outlets.txt"

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
ZONE_ABBR = {"GMT": [0], "UTC": [0], "BST": [60], "CET": [60], "CEST": [120], "EET": [120], "EEST": [180], "ET": [-240, -300], "EDT": [-240],
             "EST": [-300], "CDT": [-300], "CST": [-360], "AST": [-240], "WAT": [60], "CAT": [120], "ChST": [600]}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped HTML inside feed descriptions / Atom content
    return html.unescape(t)


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(EN_MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def find_dates(s):
    """All printed dates in s: (start, end, day, month, year or None)."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})\.(" + "|".join(PT_MONTHS) + r")\.(\d{4})\b", s):
        out.append((m.start(), m.end(), int(m.group(1)), PT_MONTHS.index(m.group(2)) + 1, int(m.group(3))))
    for m in re.finditer(r"\b" + MON_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?", s):
        out.append((m.start(), m.end(), int(m.group(2)), month_no(m.group(1)), int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + MON_RE + r"(?:,?\s+(\d{4})\b)?", s):
        out.append((m.start(), m.end(), int(m.group(1)), month_no(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", s):
        out.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return sorted(out)


def find_time(s):
    """First clock time in s as (hour, minute) in 24 h, or None. Handles 14:34, 9.30, 7h15, 5:02 a.m., 6:10 pm."""
    m = re.search(r"(?<![\d.])(\d{1,2})[:.h](\d\d)(?![\d])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def same_day(date, local, year_hint):
    _, _, d, mo, y = date
    y = y or year_hint
    return (d, mo) == (local.day, local.month) and (y is None or y == local.year)


def read_stamp(s, local, text, anchor_pos, year_hint):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        v = datetime.fromisoformat(s.replace("Z", "+00:00"))
        if v != local:
            return "ISO stamp differs"
        if v.utcoffset() != local.utcoffset():
            return "ISO stamp offset differs from the page zone"
        return None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    t = find_time(s)
    if not t:
        return "no clock time in stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    for abbr, offs in ZONE_ABBR.items():
        if re.search(r"\b" + abbr + r"\b", s) and int(local.utcoffset().total_seconds() // 60) not in offs:
            return f"zone {abbr} does not match the page zone offset"
    ds = find_dates(s)
    if ds:
        return None if same_day(ds[0], local, year_hint) else "date inside the stamp differs"
    before = [d for d in find_dates(text[:anchor_pos])]
    if not before:
        return "undated stamp and no date printed before the entry"
    return None if same_day(before[-1], local, year_hint) else f"nearest date printed above the entry is not the local day ({before[-1][2]}/{before[-1][3]})"


def dateline_printed(local, text, year_hint):
    """For entries without a stamp: the page must print the local date followed closely by the local time."""
    for d in find_dates(text):
        if same_day(d, local, year_hint):
            t = find_time(text[d[1]:d[1] + 40])
            if t == (local.hour, local.minute):
                return True
    return False


def jsonld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
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


forbidden = set(FORBIDDEN_2023)
if os.path.exists(FORBIDDEN_FILE):
    forbidden |= set(open(FORBIDDEN_FILE).read().split())
reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"46\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = re.search(r"\b20\d\d\b", raw) is not None
    pa = g.get("parse_args")
    if has_year == bool(pa):
        err(sid, "parse_args must be given exactly when the page prints no year")
    year_hint = None
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed"); continue
        year_hint = int(pa[1][:4])
        if pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
            err(sid, "parse_args date is not a printed local day of the page")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    # Key Points block: lines after a 'Key Points' line that are entry headlines
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
    # JSON-LD: per-update times must agree when they are distinct per update
    ld_times = set(); ld_all_same = False
    for block in jsonld_blocks(raw):
        for node in walk(block):
            ups = node.get("liveBlogUpdate") if isinstance(node, dict) else None
            if ups:
                ups = ups if isinstance(ups, list) else [ups]
                ts = [u.get("datePublished") for u in ups]
                if len(set(ts)) == 1 and len(ts) > 1:
                    ld_all_same = True
                else:
                    ld_times |= {datetime.fromisoformat(x) for x in ts if x}
    attr_times = {datetime.fromisoformat(x) for x in re.findall(r'<time[^>]*datetime="(\d{4}-\d\d-\d\dT[^"]+)"', raw)}
    ids = []; pos = -1; by_id = {}
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids:
            err(eid, "bad or repeated id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(len(l) == len(fs) or re.match(r"\s+[A-Z0-9\"'\u201c\u2018]", l[len(fs):]) for l in hits):
                err(eid, "first_sentence is not followed by a sentence boundary")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z0-9\"\u201c\u2018]", fs[:-1]):
                err(eid, "first_sentence contains an earlier sentence boundary")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry's anchor must be found after the previous one's
        anchor = e["headline"] or fs
        npos = text.find(anchor, pos + 1)
        if npos < 0:
            err(eid, "entry is out of page order (anchor not found after the previous entry)")
        else:
            pos = npos
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, max(npos, 0), year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            if attr_times and not any(a == local and a.utcoffset() == local.utcoffset() for a in attr_times):
                err(eid, "no <time datetime> attribute matches the entry time")
            if ld_times and local not in ld_times:
                err(eid, "JSON-LD update times do not include the entry time")
        elif not dateline_printed(local, text, year_hint):
            err(eid, "no stamp and the page prints no date+time line equal to published_local")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS - {"other"} for s in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = (e["notes"] or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = by_id.get(e["duplicate_of"])
            if orig is None:
                err(eid, "duplicate_of must name an earlier entry of this seed (page order)")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate_of points to a later-published entry")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); by_id[eid] = e
    if ld_all_same and sid not in ("4640",):
        err(sid, "JSON-LD updates all share one time; say so in the notes")

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
part_a_names = {o.lower() for _, o in PART_A}

# ---------------------------------------------------------------- Part B
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); srcs_of_story = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); sources = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; sources.add(src)
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 >= len(g["entries"]) and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); srcs_of_story[e["story"]].add(src); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if d[5:7] not in ("01", "04", "10"):
        err(day, "Part B day must be in January, April or October", d)
    if not 18 <= n <= 30 or not 3 <= len(sources) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, sorted(sources), exts)
    if not world:
        err(day, "no general world feed (off-beat majority with some war items)")
    if not any(len(v) >= 3 for v in srcs_of_story.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")

for d, who in seen.items():
    if d in forbidden or d[:4] != "2023":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
