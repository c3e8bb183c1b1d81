#!/usr/bin/env python3
"""Independent checker for eval/bm: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the page text on their own.
Usage (from the project root): python3 eval/bm/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("6600", "Tallahassee Democrat"), ("6601", "Sarasota Herald-Tribune"), ("6602", "Guelph Mercury"), ("6603", "Kamloops This Week"),
          ("6604", "Nanaimo News Bulletin"), ("6605", "Red Deer Advocate"), ("6606", "The Courier"), ("6607", "Shepparton News"),
          ("6608", "Mackay Daily Mercury"), ("6609", "Nyasa Times")]
DAYS = {"day1": ["6620", "6621", "6622", "6623"], "day2": ["6630", "6631", "6632", "6633"], "day3": ["6640", "6641", "6642", "6643"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
# fallback copy of the forbidden UTC days inside the allowed window (Sept-Dec 2024), used if the brief's list is absent
FORBIDDEN_FALLBACK = set("""2024-09-01 2024-09-02 2024-09-03 2024-09-04 2024-09-05 2024-09-06 2024-09-09 2024-09-10 2024-09-11 2024-09-12
2024-09-13 2024-09-14 2024-09-16 2024-09-17 2024-09-18 2024-09-19 2024-09-21 2024-09-24 2024-09-25 2024-09-26 2024-09-28 2024-10-01 2024-10-02
2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-14 2024-10-16 2024-10-17 2024-10-20 2024-10-22 2024-10-23
2024-10-24 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-02 2024-11-03 2024-11-05 2024-11-06 2024-11-07 2024-11-08 2024-11-10 2024-11-12
2024-11-14 2024-11-15 2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-11-22 2024-11-26 2024-11-27 2024-11-28 2024-12-01 2024-12-02
2024-12-03 2024-12-04 2024-12-05 2024-12-07 2024-12-09 2024-12-10 2024-12-11 2024-12-13 2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
ZONE_ABBR = {"GMT": 0, "UTC": 0, "CET": 60, "EET": 120, "EDT": -240, "EST": -300}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(FULL):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    if "&lt;" in raw:  # escaped HTML inside Atom content
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def find_dates(s, year=None):
    """All calendar dates printed in s, as (date, (start, end)). No-year forms need `year`."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s):
        out.append((date(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.span()))
    for m in re.finditer(r"\b(\d{1,2}) " + MONTH_RE + r"\.? (\d{4})\b", s):
        out.append((date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))), m.span()))
    for m in re.finditer(r"\b" + MONTH_RE + r"\.? (\d{1,2}),? (\d{4})\b", s):
        out.append((date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))), m.span()))
    if year and not out:
        for m in re.finditer(r"\b(\d{1,2}) " + MONTH_RE + r"\b", s):
            out.append((date(year, month_no(m.group(2)), int(m.group(1))), m.span()))
        for m in re.finditer(r"\b" + MONTH_RE + r"\.? (\d{1,2})\b", s):
            out.append((date(year, month_no(m.group(1)), int(m.group(2))), m.span()))
    return sorted(out, key=lambda x: x[1][0])


def strip_spans(s, spans):
    for a, b in sorted(spans, reverse=True):
        s = s[:a] + " " + s[b:]
    return s


def find_time(s):
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return (h, mi) if h < 24 and mi < 60 else None


def zone_ok(s, local, zone):
    m = re.search(r"\b(ET|EDT|EST|GMT|UTC|CET|EET)\b", s)
    if not m:
        return True
    if m.group(1) == "ET":
        return zone == "America/New_York"
    return local.utcoffset() == timedelta(minutes=ZONE_ABBR[m.group(1)])


def read_stamp(stamp, local, zone):
    """Re-reads a printed stamp on its own. Returns (problem or None, dated: bool)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return (None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"), True
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return (None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"), True
    part = s
    ds = find_dates(s)
    if "first published" in s:
        part = s.split("first published", 1)[1]
        pd = find_dates(part)
        ds = pd or ds[:1]
        part = strip_spans(part, [sp for _, sp in pd])
    else:
        part = strip_spans(s, [sp for _, sp in ds])
    t = find_time(part)
    if t is None:
        return "no readable time in stamp", False
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}", False
    if not zone_ok(s, local, zone):
        return "zone abbreviation disagrees with the local offset", False
    if ds:
        return (None if ds[0][0] == local.date() else f"date in stamp {ds[0][0]} != local {local.date()}"), True
    return None, False


def near_verbatim(a, b):
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


# ------------------------------------------------------------------ per-page checks
golds, bodies = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"66\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    lines_nb = [re.sub(r"^[\u2022\-*]\s*", "", l) for l in lines]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    year = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year = int(pa[1][:4])
        if re.search(r"\b(19|20)\d\d\b", raw):
            err(sid, "parse_args given but the page prints a year")
    elif not re.search(r"\b2024\b", raw):
        err(sid, "page prints no year but has no parse_args")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "bad page_timezone", zone); continue
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block (the headlines listed right under a 'Key Points' line)
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines_nb):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines_nb[i + 1:]:
                if not l2:
                    if kp_heads:
                        break
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
    # <time datetime> pairs and JSON-LD updates
    time_attr = defaultdict(set)
    for m in re.finditer(r'<time datetime="([^"]+)">([^<]+)</time>', raw):
        time_attr[html.unescape(m.group(2)).strip()].add(m.group(1))
    ld_updates = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            u = n.get("liveBlogUpdate") if isinstance(n, dict) else None
            if u:
                ld_updates += u if isinstance(u, list) else [u]
    ids, pos, prev_pub = [], 0, []
    bodies[sid] = {}
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must run <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            starts = [i for i, l in enumerate(lines_nb) if l.startswith(fs)]
            if not starts:
                err(eid, "first_sentence does not start a text line:", fs[:70])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            if e["headline"] is not None and fs.startswith(e["headline"]):
                err(eid, "first_sentence repeats the headline")
            bodies[sid][eid] = " ".join(l for l in lines_nb[starts[0]:starts[0] + 2 * e["body_paragraphs"]] if l) if starts else fs
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not ...Z"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        prev_pub.append(pub)
        basis = e["published_basis"] or ""
        if e["stamp"] is not None:
            why, dated = read_stamp(e["stamp"], local, zone)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            found = next((i for i in range(pos, len(lines)) if e["stamp"] in lines[i]), None)
            if found is None:
                found = next((i for i in range(len(lines)) if e["stamp"] in lines[i]), None)
                if found is None:
                    err(eid, "stamp not on a line of its own page"); continue
            pos = found + 1
            if not dated:
                hdr = None
                for i in range(found - 1, -1, -1):
                    ds = find_dates(lines[i], year)
                    if ds:
                        hdr = ds[0][0]; break
                if hdr is None:
                    err(eid, "undated stamp and no date printed above it")
                elif hdr != local.date():
                    if not ("midnight" in basis.lower() and local.date() - hdr == timedelta(days=1)):
                        err(eid, f"undated stamp under date {hdr} but local date {local.date()} (no midnight crossing explained)")
                    elif not any(local.date().isoformat() in v for v in [raw]):
                        err(eid, "midnight crossing but the next day appears nowhere in the page source")
            for dtv in time_attr.get(e["stamp"], ()):
                if datetime.fromisoformat(dtv) != local:
                    err(eid, "<time datetime> disagrees with published_local")
        else:
            ok = False
            for l in lines:
                ds = find_dates(l)
                if ds and ds[0][0] == local.date() and find_time(strip_spans(l, [sp for _, sp in ds])) == (local.hour, local.minute) and zone_ok(l, local, zone):
                    ok = True; break
            if not ok:
                err(eid, "no stamp, and no printed date line gives this date and time")
        for u in ld_updates:
            if u.get("headline") == e["headline"] and e["duplicate_of"] is None and "datePublished" in u:
                if datetime.fromisoformat(u["datePublished"]) != local:
                    err(eid, "JSON-LD update time disagrees")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if not set(e["secondary_topics"]) <= TOPICS or e["topic"] in e["secondary_topics"]:
            err(eid, "secondary_topics must be other topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        if (e["subtopic"] == "unrelated") != notes.startswith("off-beat:"):
            err(eid, "off-beat note and subtopic unrelated must go together")
        if e["subtopic"] == "unrelated" and (e["topic"] != "other" or e["importance"] != 1):
            err(eid, "off-beat entries are other/unrelated/importance 1")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e or orig["published"] > e["published"]:
                err(eid, "duplicate_of must name an earlier-published entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "a duplicate shares the story and is importance 1")
            elif fs and orig["first_sentence"] and near_verbatim(bodies[sid].get(eid, fs), bodies[sid].get(orig["id"], orig["first_sentence"])) < 0.6:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if prev_pub and not (all(a >= b for a, b in zip(prev_pub, prev_pub[1:])) or all(a <= b for a, b in zip(prev_pub, prev_pub[1:]))):
        err(sid, "entries are neither newest-first nor oldest-first")

# ------------------------------------------------------------------ Part A
seen = {}
forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-bm-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-bm-forbidden-days.txt").read().split())
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
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

# ------------------------------------------------------------------ Part B
reserved = set()
if os.path.exists("/tmp/blind-bm-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bm-reserved-outlets.txt", encoding="utf-8") if l.strip()}
day_date, day_stories = {}, {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    missing = [s for s in sids if s not in golds]
    if missing:
        err(day, "missing", missing); continue
    for sid in sids:
        g = golds[sid]; src = g["source"]
        if src.lower() in reserved or src in dict(PART_A).values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]) and off >= 4:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d; day_stories[day] = stories
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (4+ off-beat items, a majority)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e.get("notes") or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1.values())]
    if not rep:
        err("day 2 must re-post a day-1 entry")
    for e in rep:
        o = next(o for o in d1.values() if o["headline"] == e["headline"])
        if e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower():
            err(e["id"], "re-post must be importance 1 with a 're-post of day-1' note")
        if o["id"] not in (e.get("notes") or ""):
            err(e["id"], "re-post note must name the day-1 entry")
        if near_verbatim(e["first_sentence"] or "", o["first_sentence"] or "") < 0.8:
            err(e["id"], "re-post is not near-verbatim")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1.values()}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2024" or d[5:7] not in ("09", "10", "11", "12"):
        err(who, "UTC day not allowed", d)

# ------------------------------------------------------------------ README
rp = os.path.join(ROOT, "README.md")
if not os.path.exists(rp):
    err("README.md missing")
else:
    rd = open(rp, encoding="utf-8").read()
    allids = [s for s, _ in PART_A] + [s for v in DAYS.values() for s in v]
    if f"--data eval/bm --seeds {','.join(allids)}" not in rd:
        err("README lacks the scoring command with all seed ids")
    for g in golds.values():
        if g["seed"] not in rd:
            err("README seed table lacks", g["seed"])
    if "## Conventions" not in rd:
        err("README lacks a Conventions section")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
