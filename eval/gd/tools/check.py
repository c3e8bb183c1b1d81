#!/usr/bin/env python3
"""Independent checker for eval/gd: re-reads every seed file on its own (text, HTML, RSS/Atom via an XML parser, JSON-LD) and
verifies the gold file against it: exact substrings, page order, stamps re-read and resolved without build.py, feed items
re-parsed, JSON-LD update times, label rules and the set's constraints.
Usage (from the project root): python3 eval/gd/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("18700", "Ukrainska Pravda"), ("18701", "The Kyiv Independent"), ("18702", "Ukrinform"), ("18703", "RBC-Ukraine"), ("18704", "NV"),
          ("18705", "Euromaidan Press"), ("18706", "Kyiv Post"), ("18707", "Suspilne"), ("18708", "Hromadske International"), ("18709", "Babel")]
DAYS = {"day1": ["18720", "18721", "18722", "18723"], "day2": ["18730", "18731", "18732", "18733"], "day3": ["18740", "18741", "18742", "18743"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2030-09-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-gd-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gd-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "WET", "WEST"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
ABBR_END = re.compile(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Mrs|Ms|Dr|Sept|Oct|Jan|Feb)\.$")
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
    """hour/minute of the first clock time in s: '10:14 PM', '9:05 pm', '18.05', '21:40'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d.:])\s*([AaPp][Mm])?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def page_dates(text):
    """(position, year, month, day) of full calendar dates printed on the page ('2 September 2030', 'September 3, 2030')."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    return sorted(out)


def zone_problem(stamp, local):
    for w in re.findall(r"\b[A-Z]{2,4}\b", stamp):
        if w in ZONE_WORDS:
            name = local.tzname()
            if w == "GMT" and local.utcoffset() == timedelta(0):
                continue
            if w != name:
                return f"stamp zone {w} does not match the page zone's abbreviation ({name})"
    return None


def year_from(g):
    pa = g.get("parse_args")
    return int(pa[1][:4]) if pa else None


def read_stamp(stamp, local, text, pos, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    Z = ZoneInfo(zone)
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}),? (\d\d):(\d\d)", s)  # Ukrinform '05.09.2030 21:40', Gorselea '23.09.2030, 21:15'
    if m:
        want = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=Z)
        return None if want == local else "numeric day.month.year stamp differs"
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+), (\d\d):(\d\d)", s)  # NV '9 September, 18:45' / Skirrid '27 Sep, 21:40': no year
    if m and month_no(m.group(2)):
        y = year_from(g)
        if y is None:
            return "year-less stamp without parse_args"
        want = datetime(y, month_no(m.group(2)), int(m.group(1)), int(m.group(3)), int(m.group(4)), tzinfo=Z)
        return None if want == local else f"year-less stamp resolves to {want:%Y-%m-%d %H:%M}"
    why = zone_problem(s, local)
    if why:
        return why
    md = re.search(r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})\b", s)
    dmy = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", s)
    ymd = None
    if md and month_no(md.group(1)):
        ymd = (int(md.group(3)), month_no(md.group(1)), int(md.group(2)))
    elif dmy and month_no(dmy.group(2)):
        ymd = (int(dmy.group(3)), month_no(dmy.group(2)), int(dmy.group(1)))
    hm = clock(re.sub(r"\b\d{1,2},? \d{4}\b|\b\d{4}\b", " ", s))
    if ymd:
        if ymd != (local.year, local.month, local.day):
            return "date inside the stamp differs"
        if hm is None:
            return "date-only stamp"
        return None if hm == (local.hour, local.minute) else f"time {hm} != local {local:%H:%M}"
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    # a bare time: the nearest full date printed before the entry must be the local day
    before = [d for d in page_dates(text) if d[0] < pos]
    if not before:
        return "no date printed before a bare-time stamp"
    _, y, mo, dd = before[-1]
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest date header {y}-{mo:02d}-{dd:02d} != local day {local:%Y-%m-%d}"


def dateline_printed(local, text):
    """stampless (article-section) entries: the article's date and time must be printed on the page."""
    times = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}",
             f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"]
    m = MONTHS[local.month - 1].capitalize()
    dates = [f"{local.day} {m} {local.year}", f"{m} {local.day}, {local.year}", f"{local:%Y/%m/%d}"]
    return any(t in text for t in times) and any(d in text for d in dates)


def feed_items(raw):
    """(title, instant, author names, body text, paragraph count) per RSS item / Atom entry, in document order."""
    root = ET.fromstring(raw.encode("utf-8"))
    A = "{http://www.w3.org/2005/Atom}"
    out = []
    def paras(s):
        ps = re.findall(r"<p>(.*?)</p>", s, flags=re.S)
        return ([html.unescape(re.sub(r"<[^>]+>", "", p)) for p in ps]) if ps else [html.unescape(s.strip())]
    if root.tag == "rss":
        for it in root.iter("item"):
            t = it.findtext("title"); d = parsedate_to_datetime(it.findtext("pubDate"))
            au = [x.text for x in it.findall("{http://purl.org/dc/elements/1.1/}creator")]
            body = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or it.findtext("description") or ""
            out.append((t, d, au, paras(body)))
    else:
        for en in root.iter(A + "entry"):
            t = en.findtext(A + "title"); d = datetime.fromisoformat(en.findtext(A + "published").replace("Z", "+00:00"))
            au = [x.findtext(A + "name") for x in en.findall(A + "author")]
            body = en.findtext(A + "content") or en.findtext(A + "summary") or ""
            out.append((t, d, au, paras(body)))
    return out


def ld_blocks(raw):
    out = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(blk))
        except ValueError as x:
            out.append(None); err("JSON-LD block does not parse:", x)
    return out


def ld_updates(obj):
    """liveBlogUpdate lists found anywhere in a JSON-LD object (walking @graph)."""
    found = []
    if isinstance(obj, dict):
        if "liveBlogUpdate" in obj:
            u = obj["liveBlogUpdate"]
            found.append(u if isinstance(u, list) else [u])
        for v in obj.values():
            found += ld_updates(v)
    elif isinstance(obj, list):
        for v in obj:
            found += ld_updates(v)
    return found


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
reserved_first = {r.split()[0] for r in reserved}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
seed_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "seeds", "*")))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"187\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    items = None
    if sp.endswith(".xml"):
        try:
            items = feed_items(raw)
        except Exception as x:
            err(sid, "feed does not parse:", x)
    lds = ld_blocks(raw)
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        Z = ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    has_year = bool(re.search(r"\b20\d\d\b", raw))
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2030-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2030-MM-DD']")
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points block: bulleted lines right after a 'Key Points' line
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not re.match(r"^[-\u2022*]\s+", l2):
                    break
                kp_heads.append(re.sub(r"^[-\u2022*]\s+", "", l2))
            break
    ents = g["entries"]
    if items is not None:
        if len(items) != len(ents):
            err(sid, f"feed has {len(items)} items, gold {len(ents)} entries")
        for e, (t, d, au, ps) in zip(ents, items):
            if t != e["headline"]:
                err(e["id"], "feed title differs:", t)
            if e["published"] and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != d:
                err(e["id"], "feed time differs", d.isoformat())
            if (e["author"] or None) != (au[0] if au else None):
                err(e["id"], "feed author differs", au)
            if e["first_sentence"] and not ps[0].startswith(e["first_sentence"]):
                err(e["id"], "first_sentence does not open the item body")
            if e["body_paragraphs"] != len(ps):
                err(e["id"], f"body_paragraphs {e['body_paragraphs']} != {len(ps)} in the feed")
    upd_lists = [u for b in lds if b for u in ld_updates(b)]
    if upd_lists:
        ups = upd_lists[0]
        if len(ups) != len(ents):
            err(sid, "JSON-LD liveBlogUpdate count differs from the entries")
        times = [u.get("datePublished") for u in ups]
        if len(set(times)) > 1:
            for e, u in zip(ents, ups):
                if datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "JSON-LD update datePublished differs")
                if u.get("headline") is not None and u["headline"] != e["headline"]:
                    err(e["id"], "JSON-LD update headline differs")
                if e["first_sentence"] and not str(u.get("articleBody", "")).startswith(e["first_sentence"]):
                    err(e["id"], "JSON-LD articleBody does not start with first_sentence")
    dattrs = {datetime.fromisoformat(x.replace("Z", "+00:00")) for x in re.findall(r'<time[^>]*datetime="([^"]+)"', raw)}
    ids = []; pos_prev = -1
    for n, e in enumerate(ents):
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
            starts = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(" + re.escape(anchor) + r")[ \t]*$" if e["headline"] else
                                                     r"(?m)^[ \t]*(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "headline is not a whole line of the page after the previous entry (page order)")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if ABBR_END.search(fs):
                err(eid, "first_sentence ends on an abbreviation")
            for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[A-Z0-9\"\u201c\u2018])", fs):
                if not ABBR_END.search(fs[:m.end()]):
                    err(eid, "first_sentence runs past a sentence end:", fs[:m.end()][-40:]); break
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=Z)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            if sp.endswith(".html") and dattrs and local not in dattrs:
                err(eid, "no <time datetime> on the page gives this entry's instant")
        elif not dateline_printed(local, text):
            err(eid, "no stamp and the article's date line (date and time) is not printed")
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
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8 or orig["headline"] != e["headline"]:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads and sorted(kp_heads) != sorted(e["headline"] for e in ents if e["key_point"]):
        err(sid, "every Key Points bullet must be an entry headline marked key_point")
if sorted(g["seed"] for g in golds.values()) != seed_files:
    err("seeds/ and gold/ do not match one to one")

# published times run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
fmts = defaultdict(int)
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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected seeds:", sorted(extra))

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        slug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        if src.lower() in reserved or slug in reserved or src.lower().split()[0] in reserved_first or slug.split("-")[0] in reserved_first:
            err(sid, "outlet name (full name, first word or slug) is on the reserved list:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 6 and off >= 4 and off * 6 >= 4 * len(g["entries"]) and off < len(g["entries"]):
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
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    mnm = " ".join((e.get("notes") or "").lower() for e in ents if "must not merge" in (e.get("notes") or "").lower())
    if "same region" not in mnm or "same theme" not in mnm:
        err(day, "must-not-merge neighbours need both a same-region and a same-theme case")
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
