#!/usr/bin/env python3
"""Independent checker for eval/gi: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, JSON-LD agreement, label rules, set constraints).
Usage (from the project root): python3 eval/gi/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("19200", "The Guardian", ".html"), ("19201", "CNN", ".html"), ("19202", "The New York Times", ".html"),
          ("19203", "Sky News", ".html"), ("19204", "The Telegraph", ".html"), ("19205", "The Washington Post", ".html"),
          ("19206", "Evening Standard", ".txt"), ("19207", "Euronews", ".txt"), ("19208", "The Independent", ".html"), ("19209", "NBC News", ".txt")]
JSONLD_REQUIRED = {"19200", "19208"}
DAYS = {"day1": ["19220", "19221", "19222", "19223"], "day2": ["19230", "19231", "19232", "19233"],
        "day3": ["19240", "19241", "19242", "19243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2031-02-{d:02d}" for d in range(1, 29)}
FORBIDDEN_FILE = "/tmp/blind-gi-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gi-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report|In photos|In pictures)\s*:")
INLINE = r"</?(?:a|strong|em|b|i|span|time)\b[^>]*>"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    if path.endswith(".html"):
        t = re.sub(INLINE, "", t)          # inline markup does not break a line
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(INLINE, "", t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    if w == "sept":
        return 9
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute, second or None) of the first clock time in s: '4:03 p.m.', '3:52 PM', '5.40pm', '20:40', '18.31', '19:04:31'."""
    m = re.search(r"(?<![\d:./])(\d{1,2})[:.](\d\d)(?::(\d\d))?(?![\d/])\s*([AaPp])?(\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(4) and m.group(5):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(4).lower() == "p" else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi, (int(m.group(3)) if m.group(3) else None)


DATE_PATTERNS = [
    (r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", lambda m: (int(m.group(3)), month_no(m.group(1)), int(m.group(2)))),
    (r"(?<!\d)(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", lambda m: (int(m.group(3)), month_no(m.group(2)), int(m.group(1)))),
    (r"(?<![\d/])(\d{2})/(\d{2})/(\d{4})\b", lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1)))),
    (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2})\.(\d{1,2})\.(\d{4})\b", lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1)))),
]


def page_dates(text):
    """(position, year or None, month, day) of calendar dates printed on the page, plus year-less 'Monday 24 February' headers."""
    out = []
    for pat, f in DATE_PATTERNS:
        for m in re.finditer(pat, text):
            y, mo, d = f(m)
            if mo and 1 <= mo <= 12:
                out.append((m.start(), y, mo, d))
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]{2,8})\b(?!,? \d{4})", text):
        if month_no(m.group(3)):
            out.append((m.start(), None, month_no(m.group(3)), int(m.group(2))))
    return sorted(out)


def zone_ok(stamp, local, zone):
    for w in re.findall(r"\b(?:GMT[+-]\d{1,2}|[A-Z]{2,4})\b", stamp):
        name = local.tzname()
        if w in ("AM", "PM"):
            continue
        if w == "ET":
            if zone != "America/New_York":
                return "ET printed but the page zone is not US Eastern"
            continue
        if w == "GMT":
            if local.utcoffset() != timedelta(0):
                return "GMT printed but the page zone is not at UTC+0"
            continue
        if w.startswith("GMT"):
            if local.utcoffset() != timedelta(hours=int(w[3:])):
                return f"{w} printed but the page zone offset differs"
            continue
        if w in ("EST", "EDT", "CST", "CDT", "CET", "CEST", "EET", "EEST", "MSK", "UTC", "BST"):
            if w != name and not (w == "UTC" and local.utcoffset() == timedelta(0)):
                return f"stamp zone {w} does not match the page zone ({name})"
    return None


def read_stamp(stamp, local, text, pos, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    why = zone_ok(s, local, zone)
    if why:
        return why
    ymd = None
    for pat, f in DATE_PATTERNS[:2]:
        m = re.search(pat, s)
        if m and month_no(m.group(1) if not m.group(1).isdigit() else m.group(2)):
            ymd = f(m); rest = s[:m.start()] + " " + s[m.end():]
            break
    if ymd is None:
        m = re.search(r"(?<!\d)(\d{1,2}) ([A-Z][a-z]{2,8}),", s)          # '18 Feb, 09:50': day and month, year from the page
        if m and month_no(m.group(2)):
            ys = [y for p, y, mo, d in page_dates(text) if y and p < pos]
            if not ys:
                return "year-less date in the stamp and no year printed before it"
            ymd = (ys[-1], month_no(m.group(2)), int(m.group(1))); rest = s[m.end():]
        else:
            rest = s
    hm = clock(rest)
    if hm is None:
        return "unreadable stamp"
    if (hm[0], hm[1]) != (local.hour, local.minute) or (hm[2] is not None and hm[2] != local.second):
        return f"time {hm} != local {local:%H:%M:%S}"
    if ymd:
        return None if ymd == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a stamp with no date: the nearest date printed before the entry must be the local day
    before = [d for d in page_dates(text) if d[0] < pos]
    if not before:
        return "no date printed before an undated stamp"
    _, y, mo, dd = before[-1]
    if y is None:
        pa = g.get("parse_args")
        if not pa:
            return "year-less date header without parse_args"
        y = int(pa[1][:4])
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest date header {y}-{mo:02d}-{dd:02d} != local day"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


def ld_nodes(raw):
    """every JSON-LD object on the page (top-level arrays and @graph walked)."""
    out = []
    def walk(o):
        if isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, dict):
            out.append(o)
            if "@graph" in o:
                walk(o["@graph"])
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            walk(json.loads(blk))
        except ValueError as x:
            err("JSON-LD block does not parse:", x)
    return out


def is_live(n):
    t = n.get("@type")
    return "LiveBlogPosting" in (t if isinstance(t, list) else [t])


reserved_full, reserved_first = set(), set()
if os.path.exists(RESERVED_FILE):
    for l in open(RESERVED_FILE, encoding="utf-8"):
        if l.strip():
            reserved_full.add(l.strip().lower()); reserved_first.add(l.strip().lower().split()[0])
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds, has_live_ld = {}, set()
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"192\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    nodes = ld_nodes(raw)
    lives = [n for n in nodes if is_live(n)]
    if lives:
        has_live_ld.add(sid)
    text = visible_text(sp)
    lines = text.split("\n")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    dated = [d for d in page_dates(text) if d[1]] or (sp.endswith(".xml") and re.search(r"<(pubDate|published)>[^<]*20\d\d", raw))
    if not dated and not g.get("parse_args"):
        err(sid, "page prints no date with a year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2031-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2031-MM-DD']")
        if dated:
            err(sid, "parse_args given although the page prints a date with its year")
        pa = date.fromisoformat(g["parse_args"][1])
        yl = [d for d in page_dates(text) if d[1] is None]
        if not yl or (yl[0][2], yl[0][3]) != (pa.month, pa.day):
            err(sid, "parse_args date does not match the page's year-less date line")
        wd = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2} [A-Z][a-z]+\b", text)
        if wd and ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][pa.weekday()] != wd.group(1):
            err(sid, "parse_args date falls on another weekday than the page's date line")
    WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{1,2})(?: ([A-Z][a-z]+)|\.(\d{1,2})\.)(?:,? )?(\d{4})\b", text):
        mo = month_no(m.group(3)) if m.group(3) else int(m.group(4))
        if mo and WD[date(int(m.group(5)), mo, int(m.group(2))).weekday()][:3] != m.group(1):
            err(sid, "printed weekday does not match its date:", m.group(0))
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    # Key Points / Key events block: the entry headlines listed right after the header line (time prefixes allowed)
    kp_heads, kp_span = None, (0, 0)
    offs, o = [], 0
    for l in lines:
        offs.append(o); o += len(l) + 1
    for i, l in enumerate(lines):
        if l.strip().lower() in ("key points", "key events"):
            kp_heads = []; end = offs[i]
            for j in range(i + 1, len(lines)):
                l2 = re.sub(r"^[-\u2022*]\s*", "", lines[j].strip())
                l2 = re.sub(r"^(\d+[mh] ago\s+)?(\d{1,2}[.:]\d\d( GMT)?\s+)?", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2); end = offs[j] + len(lines[j])
                else:
                    break
            kp_span = (offs[i], end)
            break
    ids, pos_prev = [], -1
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
            # the entry's headline (or first sentence) starts a text line, optionally after an 'HH:MM | ' prefix; Key Points lines do not count
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(?:\d{1,2}[:.]\d\d \| )?(" + re.escape(anchor) + ")", text)
                      if not kp_span[0] <= m.start(1) <= kp_span[1]]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.strip().startswith(fs) and (len(l.strip()) == len(fs) or l.strip()[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?:][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Ms|Mrs|Dr|[A-Z])\.$", fs):
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
        fmt = "%Y-%m-%d %H:%M:%S" if m.group(1).count(":") == 2 else "%Y-%m-%d %H:%M"
        local = datetime.strptime(m.group(1), fmt).replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the page's dateline time is not printed")
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
                err(eid, "key_point entry must be importance 3 and listed under Key Points / Key events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points / Key events but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block and key_point flags disagree")
    # JSON-LD agreement: updates that carry their own times must match the gold entries (headline, instant, author)
    for lv in lives:
        ups = lv.get("liveBlogUpdate") or []
        ups = ups if isinstance(ups, list) else [ups]
        times = {u.get("datePublished") for u in ups}
        if len(times) <= 1:
            if not any("page's headline and datepublished" in g["notes"].lower() or "page's own" in g["notes"].lower() for _ in [0]):
                err(sid, "JSON-LD updates share one datePublished but the notes do not say so")
            continue
        for e in g["entries"]:
            cand = [u for u in ups if e["headline"] and html.unescape(u.get("headline") or "") == e["headline"]]
            if not cand:
                err(e["id"], "no JSON-LD update carries this headline"); continue
            inst = [datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) for u in cand]
            pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
            if pub not in inst:
                err(e["id"], "JSON-LD datePublished of the update differs from the gold instant")
            au = cand[0].get("author")
            if au and e["author"]:
                names = [a["name"] for a in (au if isinstance(au, list) else [au])]
                if " and ".join(names) != e["author"]:
                    err(e["id"], "JSON-LD author differs:", names)

# published times run monotonically in page order (newest or oldest first); pinned-on-top posts are set aside
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published") and "pinned post on top" not in (e.get("notes") or "")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

seen = {}
for sid, outlet, ext in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not g["seed"].endswith(ext):
        err(sid, "Part A format should be", ext)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
for sid in JSONLD_REQUIRED - has_live_ld:
    err(sid, "LiveBlogPosting JSON-LD required")
if len(has_live_ld & {s for s, _, _ in PART_A}) < 4:
    err("Part A: fewer than four pages with LiveBlogPosting JSON-LD")

part_a_names = {o.lower() for _, o, _ in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        if src.lower() in reserved_full or slug in reserved_full or src.lower().split()[0] in reserved_first \
                or slug.split("-")[0] in reserved_first:
            err(sid, "outlet name is on the reserved list (full name, first word or slug):", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1] + ("+ld" if sid in has_live_ld else ""))
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
    notes = " ".join((e.get("notes") or "").lower() for e in ents)
    if "must not merge" not in notes or "same region" not in notes or "same aid theme" not in notes and "same anniversary theme" not in notes and "theme piece" not in notes:
        err(day, "must-not-merge neighbours (same region, same theme) not noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
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
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
