#!/usr/bin/env python3
"""Independent checker for eval/bq. It does not import build.py: it re-reads the seed files and verifies every gold
file against them (exact substrings, stamps re-read on their own, label rules, the set's constraints).
Usage (from the project root): python3 eval/bq/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("7000", "LNP | LancasterOnline"), ("7001", "York Daily Record"), ("7002", "Altoona Mirror"), ("7003", "Greenville News"),
          ("7004", "Augusta Chronicle"), ("7005", "Shreveport Times"), ("7006", "Amarillo Globe-News"), ("7007", "Waco Tribune-Herald"),
          ("7008", "Topeka Capital-Journal"), ("7009", "Rapid City Journal")]
DAY_OF = {"702": "day1", "703": "day2", "704": "day3"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days, January-June 2025 (copied from /tmp/blind-bq-forbidden-days.txt so the check still runs without it)
FORBIDDEN = set("""2025-01-09 2025-01-10 2025-01-14 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27 2025-01-29 2025-02-01 2025-02-03
2025-02-06 2025-02-11 2025-02-12 2025-02-13 2025-02-14 2025-02-15 2025-02-17 2025-02-18 2025-02-21 2025-02-24 2025-02-26 2025-02-28 2025-03-02
2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-03-07 2025-03-10 2025-03-11 2025-03-12 2025-03-17 2025-03-18 2025-03-20 2025-03-22 2025-03-24
2025-03-25 2025-03-27 2025-04-01 2025-04-03 2025-04-04 2025-04-05 2025-04-07 2025-04-09 2025-04-12 2025-04-13 2025-04-15 2025-04-17 2025-04-20
2025-04-22 2025-04-24 2025-04-26 2025-04-30 2025-05-04 2025-05-06 2025-05-08 2025-05-10 2025-05-12 2025-05-13 2025-05-16 2025-05-17 2025-05-20
2025-05-21 2025-05-23 2025-05-24 2025-05-25 2025-05-27 2025-06-01 2025-06-02 2025-06-05 2025-06-06 2025-06-11 2025-06-13 2025-06-17 2025-06-19
2025-06-24 2025-06-25 2025-06-29""".split())
if os.path.exists("/tmp/blind-bq-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bq-forbidden-days.txt").read().split())
RESERVED = []
if os.path.exists("/tmp/blind-bq-reserved-outlets.txt"):
    RESERVED = [l.strip().lower() for l in open("/tmp/blind-bq-reserved-outlets.txt", encoding="utf-8") if l.strip()]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver"}
ABBR_OFFS = {"GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3}
NOT_ENDS = ("Gov.", "p.m.", "a.m.", "U.S.", "St.", "Mr.", "Mrs.", "Dr.", "Gen.", "Sen.", "Rep.", "Lt.", "Col.", "No.", "Jan.", "Feb.", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.")
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|Listen)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
            return i + 1
    return None


def visible_text(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # entity-escaped HTML inside feed descriptions / Atom content
    return t


def split_first(par):
    """Own sentence splitter: first [.!?] (optionally closed by a quote) before whitespace + capital/digit/quote, skipping abbreviations."""
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[A-Z0-9\"\u201c\u2018])", par):
        head = par[:m.end()]
        if any(head.endswith(a) for a in NOT_ENDS):
            continue
        return head
    return par


def ld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("unparseable JSON-LD")
    return out


def iso(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


DATE_LINES = [  # (regex at line start, kind)
    (re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]+)(?: (\d{4}))?"), "wdm"),
    (re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2})(?:, (\d{4}))?$"), "wmd"),
    (re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})"), "wdm"),
    (re.compile(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$"), "md"),
    (re.compile(r"Published .*? ([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})$"), "md"),
]


def date_line(line, year):
    for rx, kind in DATE_LINES:
        m = rx.match(line)
        if not m:
            continue
        g = m.groups()
        if kind == "wdm":
            wd, dd, mon, yy = g
        elif kind == "wmd":
            wd, mon, dd, yy = g
        else:
            wd = None; mon, dd, yy = g
        mo = month_no(mon)
        if not mo:
            continue
        y = int(yy) if yy else year
        if y is None:
            return ("noyear", None)
        d = date(y, mo, int(dd))
        if wd and not WEEKDAYS[d.weekday()].startswith(wd.lower()):
            err("weekday does not fit the date in line:", line)
        return ("ok", d)
    return None


def check_zone_abbr(stamp, local, zone):
    for ab in re.findall(r"\b(ET|CT|MT|GMT|BST|CET|CEST|EET|EEST)\b", stamp):
        if ab in ABBR_ZONES:
            if ABBR_ZONES[ab] != zone:
                return f"zone {ab} printed but page zone is {zone}"
        elif local.utcoffset() != timedelta(hours=ABBR_OFFS[ab]):
            return f"zone {ab} does not match the offset {local.utcoffset()} of the local time"
    return None


def clock(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    return h, mi


def stamp_date(s, year):
    m = re.search(r"\b(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|[A-Z][a-z]{2}) (\d{1,2})(?![:.]\d)(?:, (\d{4}))?\b", s)
    if m and month_no(m.group(1)):
        return date(int(m.group(3)) if m.group(3) else year, month_no(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b(?: (\d{4}))?", s)
    if m and month_no(m.group(2)):
        return date(int(m.group(3)) if m.group(3) else year, month_no(m.group(2)), int(m.group(1)))
    return None


def check_page(sid, g, raw, text, ext):
    zone = g["page_timezone"]; Z = ZoneInfo(zone)
    year = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    if year is None:
        ys = re.findall(r"\b(2025)\b", raw)
        year = 2025 if ys else None
    lines = [l.strip() for l in text.split("\n")]
    ents = g["entries"]
    locals_ = {}
    for e in ents:
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != zone:
            err(e["id"], "published_local malformed or not in page_timezone"); continue
        loc = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=Z)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.get("published") or ""):
            err(e["id"], "published must be an ISO UTC instant ending in Z"); continue
        if iso(e["published"]).replace(second=0) != loc:
            err(e["id"], "published != published_local")
        locals_[e["id"]] = loc
    # relative stamps: pair with <time datetime> elements in page order, one capture time for all
    rel_times = re.findall(r'<time datetime="([^"]+)"[^>]*>(\d+ (?:hr|hrs|min|mins) ago)</time>', raw)
    rel_i = 0; refs = set()
    # undated clock stamps resolved from date lines
    cursor = 0; groups = defaultdict(list)
    for e in ents:
        loc = locals_.get(e["id"]); st = e["stamp"]
        if loc is None:
            continue
        if st is None:
            ok = False
            for blk in ld_blocks(raw):
                for node in (blk.get("@graph") or [blk]):
                    if node.get("@type") in ("NewsArticle", "Article") and node.get("datePublished") and iso(node["datePublished"]) == loc:
                        ok = True
            m = re.search(r"Published (\d{1,2}:\d\d [ap]\.m\.) (ET|CT|MT) (\S+ \d{1,2}, \d{4})", text)
            if m:
                d = stamp_date(m.group(3), None); h, mi = clock(m.group(1))
                ok = ok or (ABBR_ZONES[m.group(2)] == zone and (d, h, mi) == (loc.date(), loc.hour, loc.minute))
            m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d)(?: ([A-Z]{3,4}))?", text)
            if m and month_no(m.group(2)):
                ok = ok or ((date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))), int(m.group(4)), int(m.group(5))) == (loc.date(), loc.hour, loc.minute)
                            and (not m.group(6) or not check_zone_abbr(m.group(6), loc, zone)))
            m = re.search(r"\b(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", text)
            if m:
                ok = ok or (date(int(m.group(3)), int(m.group(2)), int(m.group(1))), int(m.group(4)), int(m.group(5))) == (loc.date(), loc.hour, loc.minute)
            if not ok:
                err(e["id"], "no stamp and no dateline / JSON-LD time on the page gives", loc)
            continue
        if st not in text:
            err(e["id"], "stamp not in the visible text:", st); continue
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", st):
            if iso(st) != loc:
                err(e["id"], "ISO stamp differs")
            continue
        if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", st):
            if parsedate_to_datetime(st) != iso(e["published"]):
                err(e["id"], "RFC 822 stamp differs")
            continue
        m = re.fullmatch(r"(\d+) (hr|hrs|min|mins) ago", st)
        if m:
            if rel_i >= len(rel_times) or rel_times[rel_i][1] != st:
                err(e["id"], "relative stamp has no matching <time datetime> in page order"); continue
            when = iso(rel_times[rel_i][0]); rel_i += 1
            if when != loc:
                err(e["id"], "<time datetime> differs from published")
            n = int(m.group(1)); refs.add(when + (timedelta(hours=n) if m.group(2).startswith("hr") else timedelta(minutes=n)))
            continue
        c = clock(st)
        if not c:
            err(e["id"], "unreadable stamp", st); continue
        if c != (loc.hour, loc.minute):
            err(e["id"], f"stamp clock {c} != local {loc:%H:%M}"); continue
        why = check_zone_abbr(st, loc, zone)
        if why:
            err(e["id"], why)
        d = stamp_date(st, year)
        if d:
            if d != loc.date():
                err(e["id"], "date inside the stamp differs", d, loc.date())
            continue
        m = re.search(r'<time datetime="([^"]+)">' + re.escape(html.escape(st, quote=False)) + "</time>", raw)
        if m:
            if iso(m.group(1)) != loc:
                err(e["id"], "<time datetime> around the stamp differs")
            continue
        # bare clock: find its line after the cursor, then the nearest date line above it
        pos = None
        for i in range(cursor, len(lines)):
            if lines[i] == st or lines[i].startswith(st + " "):
                pos = i; break
        if pos is None:
            err(e["id"], "bare stamp not found on its own line after the previous entry"); continue
        cursor = pos + 1
        anchor = None
        for j in range(pos, -1, -1):
            r = date_line(lines[j], year)
            if r:
                anchor = (j, r); break
        if not anchor or anchor[1][0] != "ok":
            err(e["id"], "no dated line (with a year or parse_args) above the bare stamp"); continue
        groups[anchor[0]].append((e, anchor[1][1], c, loc))
    if len(refs) > 1:
        err(sid, "relative stamps imply different capture times", sorted(refs))
    for _, items in groups.items():
        steps = [(b[2] > a[2]) - (b[2] < a[2]) for a, b in zip(items, items[1:])]
        newest_first = sum(s < 0 for s in steps) >= sum(s > 0 for s in steps)
        off = 0
        for k, (e, d0, c, loc) in enumerate(items):
            if k and ((newest_first and c > items[k - 1][2]) or (not newest_first and c < items[k - 1][2])):
                off += -1 if newest_first else 1
            if d0 + timedelta(days=off) != loc.date():
                err(e["id"], f"bare stamp resolves to {d0 + timedelta(days=off)} (date line {d0}, crossing {off}), gold says {loc.date()}")
    # JSON-LD live updates must agree with the gold times
    for blk in ld_blocks(raw):
        for node in (blk.get("@graph") or [blk]):
            ups = node.get("liveBlogUpdate") or []
            for u in (ups if isinstance(ups, list) else [ups]):
                cands = [e for e in ents if e["headline"] == u.get("headline") and e["id"] in locals_]
                if not cands or not any(locals_[c["id"]] == iso(u["datePublished"]) for c in cands):
                    err(sid, "JSON-LD update disagrees with gold:", u.get("headline"))
    # feeds: body_paragraphs = <p> count of the full text (content:encoded / content / description)
    if ext == ".xml":
        root = ET.fromstring(raw)
        ns = {"a": "http://www.w3.org/2005/Atom", "c": "http://purl.org/rss/1.0/modules/content/"}
        items = [(i.findtext("title"), i.findtext("c:encoded", namespaces=ns) or i.findtext("description") or "") for i in root.iter("item")]
        items += [(i.findtext("a:title", namespaces=ns), i.findtext("a:content", namespaces=ns) or "") for i in root.iter("{http://www.w3.org/2005/Atom}entry")]
        if len(items) != len(ents):
            err(sid, "feed has", len(items), "items but gold has", len(ents))
        for (t, body), e in zip(items, ents):
            if t != e["headline"]:
                err(e["id"], "feed item order/title differs:", t)
            if body.count("<p>") != e["body_paragraphs"]:
                err(e["id"], "body_paragraphs", e["body_paragraphs"], "but the feed item has", body.count("<p>"), "paragraphs")


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]; golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if not re.fullmatch(r"70\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]) or os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(g["seed"], "bad seed / gold file name")
    ext = os.path.splitext(sp)[1]; raw = open(sp, encoding="utf-8").read(); text = visible_text(raw, ext)
    if ext == ".xml":
        try:
            ET.fromstring(raw)
        except ET.ParseError as x:
            err(sid, "XML does not parse:", x)
    lines = [l.strip() for l in text.split("\n")]
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "bad page_timezone"); continue
    if "2025" not in raw and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif not any((e.get("published_local") or "").startswith(pa[1]) for e in g["entries"]):
            err(sid, "parse_args date is not a printed local day of the page")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    ids = []; pos = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs", "topic",
                  "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            src = next((l for l in lines if l.startswith(fs)), None)
            if src is None:
                err(eid, "first_sentence does not start a text line:", fs[:70])
            elif split_first(src) != fs:
                err(eid, "first_sentence is not the first sentence of its line:", fs[:50], "|", split_first(src)[:50])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but body_paragraphs < 1")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        anchor = e["headline"] or fs
        if anchor:
            p = text.find(anchor, pos)
            if p < 0:
                err(eid, "entry not in page order (anchor not found after the previous entry)")
            else:
                pos = p + 1
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["headline"] != e["headline"]:
                err(eid, "duplicate must repeat the headline, share the story and be importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    check_page(sid, g, raw, text, ext)

# ---------------------------------------------------------------- Part A
seen = {}; fmts = defaultdict(int)
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
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

# ---------------------------------------------------------------- Part B
real = {o.lower() for _, o in PART_A}
byday = defaultdict(list)
for sid in sorted(golds):
    if sid[:3] in DAY_OF:
        byday[DAY_OF[sid[:3]]].append(sid)
    elif sid not in dict(PART_A):
        err(sid, "id outside 7000-7009 / 7020-7024 / 7030-7034 / 7040-7044")
day_date = {}
for day in ("day1", "day2", "day3"):
    sids = byday.get(day, [])
    if not 3 <= len(sids) <= 5:
        err(day, "needs 3-5 sources, has", len(sids)); continue
    stories = defaultdict(set); dates = set(); exts = set(); world = False; n = 0; names = set()
    for sid in sids:
        g = golds[sid]; src = g["source"]; names.add(src)
        low = src.lower()
        if low in real or low in RESERVED or any(r.split()[0] == low.split()[0] for r in RESERVED):
            err(sid, "outlet name is real or reserved (or shares its first word with a reserved name):", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if g["seed"].endswith(".xml") and off >= 3 and off / len(g["entries"]) >= 0.6:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or len(exts) < 3:
        err(day, "size / formats", n, exts)
    if not world:
        err(day, "no general world feed where the war is a minority")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big or not any(len({e["headline"] for e in ents if e["story"] == s}) >= 3 for s in big):
        err(day, "no story told by 3+ sources in different words")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["first_sentence"] and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "so importance must be 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in byday["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in byday["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry (importance 1, note 're-post of day-1')")
    cont = [e for e in d2 if e["first_sentence"] and e not in rep and e["story"] in {o["story"] for o in d1}]
    if not cont or not any("continuation" in (e["notes"] or "").lower() for e in cont):
        err("day 2 continues no day-1 story (with a 'continuation' note)")
for d, who in seen.items():
    if d in FORBIDDEN or not re.fullmatch(r"2025-0[1-6]-\d\d", d):
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if not w.startswith('day'))}")
