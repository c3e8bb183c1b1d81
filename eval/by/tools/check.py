#!/usr/bin/env python3
"""Independent checker for eval/by: re-reads the seed files and verifies every gold file against them.
It does not import build.py: stamps, dates and page order are re-read from the seed text itself.
Usage (from the project root): python3 eval/by/tools/check.py   -> prints OK ... or the list of problems (exit 1)."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("7800", "Durango Herald"), ("7801", "Walla Walla Union-Bulletin"), ("7802", "Daily Inter Lake"), ("7803", "Woodstock Sentinel-Review"),
          ("7804", "Orillia Today"), ("7805", "Grand Forks Herald"), ("7806", "Katherine Times"), ("7807", "Hawke's Bay Today"),
          ("7808", "The Transcontinental"), ("7809", "The Border Watch")]
DAYS = {"day1": ["7820", "7821", "7822", "7823"], "day2": ["7830", "7831", "7832", "7833"], "day3": ["7840", "7841", "7842", "7843"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ENTRY_KEYS = ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
              "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CEST": 120, "CET": 60, "EET": 120, "EEST": 180}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
ABBREV = re.compile(r"(\b[A-Z]\.|U\.S\.|U\.N\.|\b(Gen|Sept|Aug|Oct|Nov|Dec|Jan|Feb|Mr|Mrs|Dr|St|No|Gov|Sen|Rep|Lt|Col|v)\.|a\.m\.|p\.m\.)$")
FORBIDDEN_FILE = "/tmp/blind-by-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-by-reserved-outlets.txt"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped markup inside RSS descriptions / Atom content
    return html.unescape(t)


def hm12(h, m, suf):
    h = int(h); m = int(m)
    if suf:
        s = suf.lower().replace(".", "")
        if not 1 <= h <= 12:
            raise ValueError("12 h clock out of range")
        h = h % 12 + (12 if s == "pm" else 0)
    return h, m


def jsonld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("invalid JSON-LD block")
    return out


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def date_context(text, pos, year_hint):
    """Last full or partial date printed before position pos in the visible text -> (y, m, d) or None."""
    best = None
    pats = [
        (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (\d{1,2}) ([a-z]+)(?: (\d{4}))?", "dmy"),
        (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day),? ([a-z]+) (\d{1,2})(?:,? (\d{4}))?", "mdy"),
    ]
    low = text.lower()
    for pat, kind in pats:
        for m in re.finditer(pat, low[:pos]):
            if kind == "dmy":
                d, mon, y = m.group(1), m.group(2), m.group(3)
            else:
                mon, d, y = m.group(1), m.group(2), m.group(3)
            mo = month_no(mon)
            if not mo:
                continue
            y = int(y) if y else year_hint
            if y is None:
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), (y, mo, int(d)))
    return best[1] if best else None


def read_stamp(stamp, local, raw, text, zone, pos, year_hint, ext):
    """Re-reads one printed stamp; returns None when it resolves to the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hrs|hr) ago", s)
    if m:
        cands = [(abs(t.start() - pos), t.group(1)) for t in re.finditer(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + r"</time>", raw)]
        if not cands:
            return "relative stamp without a <time datetime>"
        iso = min(cands)[1]
        t = datetime.fromisoformat(iso)
        if t != local:
            return "datetime attribute differs"
        c = re.search(r"<!-- tncms cache: (.+?) -->", raw)
        if not c:
            return "no cache time to check the relative stamp against"
        now = parsedate_to_datetime(c.group(1))
        mins = int((now - t).total_seconds() // 60)
        n = int(m.group(1))
        ok = (m.group(2) == "min" and mins == n) or (m.group(2) != "min" and mins // 60 == n and mins >= 60)
        return None if ok else f"relative '{s}' does not match cache time ({mins} min)"
    # ACM: 'Updated October 17 2022 - 8:15am, first published October 16 2022 - 11:50pm' / '..., first published 7:20pm' / 'October 16 2022 - 2:05pm'
    m = re.fullmatch(r"(?:Updated )?([A-Z][a-z]+) (\d{1,2}) (\d{4}) - (\d{1,2}):(\d\d)(am|pm)(?:, first published (?:([A-Z][a-z]+) (\d{1,2}) (\d{4}) - )?(\d{1,2}):(\d\d)(am|pm))?", s)
    if m:
        g = m.groups()
        if g[6] is None and g[9] is None:
            y, mo, d = int(g[2]), month_no(g[0]), int(g[1]); h, mi = hm12(g[3], g[4], g[5])
        else:
            if g[6]:
                y, mo, d = int(g[8]), month_no(g[6]), int(g[7])
            else:
                y, mo, d = int(g[2]), month_no(g[0]), int(g[1])
            h, mi = hm12(g[9], g[10], g[11])
            up = datetime(int(g[2]), month_no(g[0]), int(g[1]), *hm12(g[3], g[4], g[5]), tzinfo=ZoneInfo(zone))
            if up < datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone)):
                return "updated before first published"
        got = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
        return None if got == local else f"ACM stamp resolves to {got}"
    # 'Sep 17, 2022 4:15 PM', 'August 21, 2022 8:12 AM'
    m = re.fullmatch(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (AM|PM)", s)
    if m:
        got = datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2)), *hm12(m.group(4), m.group(5), m.group(6)), tzinfo=ZoneInfo(zone))
        return None if got == local else f"stamp resolves to {got}"
    # '13 Nov, 2022 06:15 PM'
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+), (\d{4}) (\d\d):(\d\d) (AM|PM)", s)
    if m:
        got = datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), *hm12(m.group(4), m.group(5), m.group(6)), tzinfo=ZoneInfo(zone))
        return None if got == local else f"stamp resolves to {got}"
    # time only: '9.55am', '3.15pm', '14:05', '13:50 CEST', '11:20 GMT'
    m = re.fullmatch(r"(\d{1,2})[:.](\d\d)(am|pm)?(?: ([A-Z]{3,4}))?", s)
    if not m:
        return "unreadable stamp"
    h, mi = hm12(m.group(1), m.group(2), m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if m.group(4):
        off = ZONE_ABBR.get(m.group(4))
        if off is None or local.utcoffset() != timedelta(minutes=off):
            return f"zone word {m.group(4)} does not match the page zone offset"
    # the date: a <time datetime> wrapping the stamp, else the last date printed before the entry
    cands = [(abs(t.start() - pos), t.group(1)) for t in re.finditer(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + r"</time>", raw)]
    if cands and ext == ".html":
        t = datetime.fromisoformat(min(cands)[1])
        return None if t == local else "datetime attribute differs"
    dc = date_context(text, pos, year_hint)
    if dc is None:
        return "no printed date before an undated stamp"
    return None if dc == (local.year, local.month, local.day) else f"printed date {dc} differs from local date"


def page_time_found(raw, text, local):
    """For stampless entries: a page-level time printed on the page (or in its JSON-LD) must resolve to local."""
    for m in re.finditer(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (AM|PM)", text):
        if datetime(int(m.group(4)), month_no(m.group(2)), int(m.group(3)), *hm12(m.group(5), m.group(6), m.group(7)), tzinfo=local.tzinfo) == local:
            return "page time line"
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4}) \| (\d\d):(\d\d)", text):
        if datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=local.tzinfo) == local:
            return "dateline dd.mm.yyyy | HH:MM"
    for m in re.finditer(r"Publi\u00e9 le (\d\d)/(\d\d)/(\d{4}) \u00e0 (\d\d)h(\d\d)", text):
        if datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=local.tzinfo) == local:
            return "French dateline"
    for b in jsonld_blocks(raw):
        for node in walk(b):
            if node.get("@type") in ("NewsArticle", "Article") and node.get("datePublished"):
                if datetime.fromisoformat(node["datePublished"].replace("Z", "+00:00")) == local:
                    return "JSON-LD datePublished"
    return None


def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------ per file
forbidden = set(open(FORBIDDEN_FILE).read().split()) if os.path.exists(FORBIDDEN_FILE) else set()
if not forbidden:
    err("forbidden-days list not found at", FORBIDDEN_FILE)
reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8")} if os.path.exists(RESERVED_FILE) else set()
if not reserved:
    err("reserved-outlets list not found at", RESERVED_FILE)
foreign = set()
for p in glob.glob("/work/shared/seeds/*") + ["/work/main/eval/ap/tools/build.py"]:
    if os.path.exists(p):
        foreign |= shingles(open(p, encoding="utf-8", errors="replace").read())

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
    if not re.fullmatch(r"78\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = g["page_timezone"]
    ZoneInfo(zone)
    year_hint = None
    if "2022" not in raw:
        if not g.get("parse_args"):
            err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year_hint = int(pa[1][:4])
            if pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
                err(sid, "parse_args date is not a local day of the page's entries")
            if "2022" in raw:
                err(sid, "parse_args given although the page names its year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if ext == ".xml" and not raw.lstrip().startswith("<?xml"):
        err(sid, "feed without XML declaration")
    if ext == ".html" and "<html" not in raw:
        err(sid, "html page without <html>")
    # own words: no 8-word run shared with the shared seeds or eval/ap's data table
    if foreign:
        shared = shingles(text) & foreign
        if shared:
            err(sid, "shares wording with other sets:", sorted(shared)[:2])

    # Key Points block: the lines after a 'Key Points' heading that are entry headlines
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

    # JSON-LD live updates, keyed by headline
    ld_updates = {}
    for b in jsonld_blocks(raw):
        for node in walk(b):
            if node.get("@type") == "BlogPosting" and node.get("headline") and node.get("datePublished"):
                ld_updates[node["headline"]] = datetime.fromisoformat(node["datePublished"].replace("Z", "+00:00"))

    ids = []; cursor = 0; raw_cursor = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ENTRY_KEYS:
            if k not in e:
                err(eid, "missing field", k)
        if any(k not in e for k in ENTRY_KEYS):
            continue
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: headline (or first sentence) found after the previous entry's
        anchor = e["headline"] or e["first_sentence"]
        p = text.find(anchor, cursor) if anchor else -1
        if p < 0:
            err(eid, "entry not found in page order:", (anchor or "")[:50])
        else:
            cursor = p + 1
        rp = raw.find(html.escape(anchor, quote=False) if ext != ".txt" else anchor, raw_cursor) if anchor else -1
        if rp < 0 and anchor:
            rp = raw.find(anchor, raw_cursor)
        if rp >= 0:
            raw_cursor = rp + 1
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if ABBREV.search(fs):
                err(eid, "first_sentence ends at an abbreviation")
            nxt = next((l[len(fs):] for l in lines if l.startswith(fs)), "")
            if nxt and not re.match(r"\s+[A-Z0-9\"\u201c\u2018]", nxt):
                err(eid, "first_sentence is cut inside a sentence")
            if not isinstance(e["body_paragraphs"], int) or e["body_paragraphs"] < 1:
                err(eid, "body but no paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC with Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, raw, text, zone, rp if rp >= 0 else 0, year_hint, ext)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not page_time_found(raw, text, local):
            err(eid, "no stamp and no page time on the page resolves to published")
        if e["headline"] in ld_updates and ld_updates[e["headline"]] != local:
            err(eid, "JSON-LD update datePublished disagrees")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["first_sentence"] and fs and len(shingles(orig["first_sentence"], 4) & shingles(fs, 4)) < 0.8 * len(shingles(fs, 4)):
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and not kp_heads:
        err(sid, "Key Points block lists no entry headline")

# ------------------------------------------------------------ Part A
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
partA_names = {o.lower() for _, o in PART_A}

# ------------------------------------------------------------ Part B
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"].lower()
        if src in reserved or any(src == r for r in reserved) or src in partA_names:
            err(sid, "outlet name is reserved or real:", g["source"])
        first_word = src.split()[0]
        if any(first_word in r.split() for r in reserved):
            err(sid, "outlet name shares its distinctive word with a reserved name:", g["source"])
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
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
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["subtopic"] != "unrelated"} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")

for d, who in seen.items():
    if d in forbidden or d[:4] != "2022" or not "05" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
