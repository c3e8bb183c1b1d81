#!/usr/bin/env python3
"""Independent checker for eval/dz: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, entry counts per page structure, label
rules, set constraints of the brief). Usage (from the project root): python3 eval/dz/tools/check.py  -> OK or problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("13100", "StopFake"), ("13101", "EUvsDisinfo"), ("13102", "Full Fact"), ("13103", "PolitiFact"), ("13104", "AFP Fact Check"),
          ("13105", "Snopes"), ("13106", "Bellingcat"), ("13107", "DFRLab"), ("13108", "Detector Media"), ("13109", "Lead Stories")]
DAYS = {"day1": ["13120", "13121", "13122", "13123"], "day2": ["13130", "13131", "13132", "13133"],
        "day3": ["13140", "13141", "13142", "13143"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# 2026 days offered as free in the brief (the /tmp forbidden list is re-read when present)
ALLOWED_2026 = set("""2026-01-01 2026-01-03 2026-01-04 2026-01-05 2026-01-10 2026-01-11 2026-01-15 2026-01-17 2026-01-18 2026-01-19
2026-01-23 2026-01-25 2026-01-26 2026-02-01 2026-02-02 2026-02-08 2026-02-09 2026-02-11 2026-02-15 2026-02-21 2026-02-23 2026-02-27
2026-02-28 2026-03-02 2026-03-06 2026-03-08 2026-03-09 2026-03-11 2026-03-15 2026-03-17 2026-03-22 2026-03-29 2026-04-03""".split())
FORBIDDEN_FILE = "/tmp/blind-dz-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-dz-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_OFFSET = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "EST": -300, "EDT": -240,
               "CST": -360, "CDT": -300, "PST": -480, "PDT": -420}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
# per-page structural marker: one occurrence per entry (page-structure count check)
MARKERS = {"13104": '<div class="card">', "13106": '<div class="timeline-item">', "13107": '<h2 class="wp-block-heading">',
           "13109": '<article class="story-card">', "13121": '<article class="post"', "13132": '<div class="relacja-wpis">',
           "13142": '<div class="ticker-entry"'}
BARE_TIME_LINE = re.compile(r"^\d{1,2}[:.]\d\d(\s?[ap]\.?m\.?)?( [A-Z]{3,4})?$", re.I)
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
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm)?", s, re.I)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_before(text, pos):
    """calendar dates printed before pos, in order, as (year or None, month, day)."""
    out = []
    pats = [(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b", 1, 2, 3), (r"\b(\d{1,2}) ([A-Z][a-z]{2,8})(?: (\d{4}))?\b", 2, 1, 3)]
    for pat, gm, gd, gy in pats:
        for m in re.finditer(pat, text[:pos]):
            mo = month_no(m.group(gm))
            if mo:
                out.append((m.start(), int(m.group(gy)) if m.group(gy) else None, mo, int(m.group(gd))))
    return [x[1:] for x in sorted(out)]


def read_stamp(stamp, local, text, pos, zone, g):
    """re-reads one printed stamp; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ZONE_OFFSET.items():
        if re.search(rf"\b{ab}\b", s) and local.utcoffset() != timedelta(minutes=off):
            return f"stamp zone {ab} does not match the offset of {local.isoformat()}"
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    if md and month_no(md.group(1)):
        if (int(md.group(3)), month_no(md.group(1)), int(md.group(2))) != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        return None
    # an undated stamp: the nearest date printed above the entry must be its local day (year from that date, the page, or parse_args)
    ds = dates_before(text, pos)
    if not ds:
        return "undated stamp with no date printed above it"
    y, mo, d = ds[-1]
    if y is None:
        years = {x[0] for x in ds if x[0] and (x[1], x[2]) == (mo, d)}
        if years:
            y = years.pop()
        elif g.get("parse_args"):
            y = int(g["parse_args"][1][:4])
        else:
            return "undated stamp under a date without year and no parse_args"
    return None if (y, mo, d) == (local.year, local.month, local.day) else f"nearest date above is {y}-{mo:02d}-{d:02d}, not {local:%Y-%m-%d}"


reserved = []
if os.path.exists(RESERVED_FILE):
    reserved = [l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()]
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
    if not re.fullmatch(r"131\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
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
    # structure counts: one feed item / marker / bare stamp line per entry
    n_ent = len(g["entries"])
    if sp.endswith(".xml"):
        n_items = len(re.findall(r"<(item|entry)>", raw))
        if n_items != n_ent:
            err(sid, f"feed has {n_items} items but gold has {n_ent} entries")
    if sid in MARKERS and raw.count(MARKERS[sid]) != n_ent:
        err(sid, f"page has {raw.count(MARKERS[sid])} entry containers but gold has {n_ent} entries")
    if sp.endswith(".txt"):
        bare = [l for l in lines if BARE_TIME_LINE.match(l)]
        stamped = [e for e in g["entries"] if e["stamp"]]
        if bare and len(bare) != len(stamped):
            err(sid, f"{len(bare)} stamp lines on the page but {len(stamped)} stamped entries")
    # JSON-LD live-blog updates with their own headline must agree with the gold time
    for blk in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        ld = json.loads(blk)
        ups = ld.get("liveBlogUpdate") or []
        for u in ups if isinstance(ups, list) else [ups]:
            same = [e for e in g["entries"] if e["headline"] == u.get("headline")]
            t = datetime.fromisoformat(u["datePublished"])
            if same and not any(t == datetime.fromisoformat(e["published"].replace("Z", "+00:00")) for e in same):
                err(sid, "JSON-LD update time disagrees with gold for", same[0]["id"])
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
        pos = pos_prev
        if anchor:
            starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|Jan|Feb|Mr|Dr|a\.m|p\.m)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d(?::\d\d)?))? (\S+)", e.get("published_local") or "")
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        if m.group(2) is None:  # date only
            if e["published"] != m.group(1) or e["stamp"] is not None:
                err(eid, "date-only entry must have published = the local date and no stamp"); continue
            dd = date.fromisoformat(m.group(1))
            if not any((y, mo, d) == (dd.year, dd.month, dd.day) for y, mo, d in dates_before(text, len(text))):
                err(eid, "date-only entry: its date is not printed on the page")
            if any(BARE_TIME_LINE.match(l) for l in lines) or re.search(r"\b\d{1,2}:\d\d\b", text):
                err(eid, "date-only entry on a page that prints a clock time")
        else:
            fmt = "%Y-%m-%d %H:%M:%S" if len(m.group(2)) == 8 else "%Y-%m-%d %H:%M"
            local = datetime.strptime(f"{m.group(1)} {m.group(2)}", fmt).replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
            if e["stamp"] is not None:
                why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"], g)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
            else:
                lds = re.findall(r'"datePublished": "([^"]+)"', raw)
                shown = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
                if any(f in text for f in shown):
                    pass
                elif lds and datetime.fromisoformat(lds[0]) == local:
                    pass
                else:
                    err(eid, "no stamp, and neither a printed dateline time nor the page's JSON-LD datePublished gives this time")
        # labels
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

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        word = src.lower().split()[0]
        hits = [r for r in reserved if word in r]
        if src.lower() in reserved or hits:
            err(sid, "outlet name (or its first word) is on the reserved list:", src, hits[:3])
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("-live" if "live" in g["seed"] else ""))
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
    for e in ents:
        if "theme" in (e.get("notes") or "").lower() and len(stories[e["story"]]) != 1:
            err(e["id"], "a theme piece must be its own single-page story")
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
for d, who in seen.items():
    if d[:4] != "2026" or d not in ALLOWED_2026 or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
