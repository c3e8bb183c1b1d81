#!/usr/bin/env python3
"""Independent checker for eval/ga: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, feed items and JSON-LD updates cross-checked,
label rules, set constraints). Usage (from the project root): python3 eval/ga/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("18400", "Le Monde"), ("18401", "The Times"), ("18402", "Evening Standard"), ("18403", "Fox News"), ("18404", "Newsweek"),
          ("18405", "The Irish Times"), ("18406", "ABC News"), ("18407", "The Times of Israel"), ("18408", "The Kyiv Independent"),
          ("18409", "Ukrinform")]
DAYS = {"day1": ["18420", "18421", "18422", "18423"], "day2": ["18430", "18431", "18432", "18433"],
        "day3": ["18440", "18441", "18442", "18443"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2030-06-{d:02d}" for d in range(1, 31)}
FORBIDDEN_FILE = "/tmp/blind-ga-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ga-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
# zone abbreviations a stamp may print, and the zones they fit
ZONE_WORDS = {"GMT": {"UTC", "Europe/London", "Europe/Dublin"}, "UTC": {"UTC"}, "BST": {"Europe/London"}, "IST": {"Europe/Dublin"},
              "CET": None, "CEST": None, "EET": None, "EEST": None, "MSK": None, "AEST": None, "AEDT": None, "EDT": None, "EST": None,
              "ET": {"America/New_York", "America/Toronto"}}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
KEY_BLOCKS = ("key points", "key events")
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
    """hour/minute of the first clock time in s: '9:30 pm', '10.45am', '3:40 PM', '6:40 a.m.', '18:52', '09:10'."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d])(?:\s*([AaPp])\.?[Mm]\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi


def dates_in(text):
    """(position, year, month, day) of calendar dates with a year: 'June 2, 2030', 'Jun 10, 2030', 'June 04 2030',
    '6 June 2030', 'Fri 14 Jun 2030', 'Monday, 24 June 2030', '20.06.2030'."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}),? (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text):
        out.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return sorted(out)


def zone_ok(stamp, local, zone):
    for w in re.findall(r"\b[A-Z]{2,4}\b", stamp):
        if w in ZONE_WORDS:
            fits = ZONE_WORDS[w]
            if fits is not None:
                if zone not in fits:
                    return f"stamp zone {w} does not fit the page zone {zone}"
                if w == "GMT" and local.utcoffset() != timedelta(0):
                    return "GMT printed but the page zone is not at UTC+0 then"
            elif w != local.tzname():
                return f"stamp zone {w} does not match the page zone's abbreviation ({local.tzname()})"
    return None


def read_stamp(stamp, local, text, pos, zone):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    why = zone_ok(s, local, zone)
    if why:
        return why
    ds = dates_in(s)
    hm = clock(re.sub(r"\b\d{1,2},? \d{4}\b|\b\d{4}\b|\b\d\d\.\d\d\.\d{4}\b", " ", s))
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    if ds:
        _, y, mo, d = ds[0]
        return None if (y, mo, d) == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a stamp with no date: the nearest date printed before the entry must be the local day
    before = [d for d in dates_in(text) if d[0] < pos]
    if not before:
        return "no date printed before an undated stamp"
    _, y, mo, dd = before[-1]
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"nearest date above {y}-{mo:02d}-{dd:02d} != local day"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
    day_ok = any((y, mo, d) == (local.year, local.month, local.day) for _, y, mo, d in dates_in(text))
    return any(f in text for f in forms) and day_ok


def feed_items(raw):
    """(title, published text, body html) of each RSS item / Atom entry, in document order."""
    root = ET.fromstring(raw.encode("utf-8"))
    out = []
    atom = "{http://www.w3.org/2005/Atom}"
    if root.tag == atom + "feed":
        for en in root.findall(atom + "entry"):
            body = (en.findtext(atom + "content") or en.findtext(atom + "summary") or "")
            out.append((en.findtext(atom + "title"), en.findtext(atom + "published"), body))
    else:
        for it in root.iter("item"):
            body = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or it.findtext("description") or ""
            out.append((it.findtext("title"), it.findtext("pubDate"), body))
    return out


def body_units(body):
    """paragraphs and list items of a feed body, without a bare list label such as '<p><strong>Key developments on June 18:</strong></p>'."""
    units = re.findall(r"<(p|li)\b[^>]*>(.*?)</\1>", body, flags=re.S)
    return [u for t, u in units if not re.fullmatch(r"\s*<strong>[^<]*:\s*</strong>\s*", u)]


reserved = set()
reserved_first = set()
if os.path.exists(RESERVED_FILE):
    for l in open(RESERVED_FILE, encoding="utf-8"):
        if l.strip():
            reserved.add(l.strip().lower()); reserved_first.add(l.strip().lower().split()[0])
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
    if not re.fullmatch(r"184\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    items = None
    if sp.endswith(".xml"):
        try:
            items = feed_items(raw)
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    lds = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            lds.append(json.loads(blk))
        except ValueError as x:
            err(sid, "JSON-LD block does not parse:", x)
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"\b20\d\d\b", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", raw):
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    # Key Points / Key events block: the entry headlines listed right after the block's header line
    kp_heads = None; pos_prev = -1
    m = re.search(r"(?im)^[ \t]*(key points|key events)[ \t]*$", text)
    if m:
        kp_heads = []
        end = m.end()
        for lm in re.finditer(r"(?m)^.*$", text[m.end():]):
            l2 = re.sub(r"^[-\u2022*]\s*", "", lm.group(0).strip())
            if not l2:
                continue
            if l2 in heads:
                kp_heads.append(l2); end = m.end() + lm.end()
            else:
                break
        pos_prev = end  # entries themselves start below the block
    ids = []; anchors = []; block_end = pos_prev
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
            starts = [mm.start(1) for mm in re.finditer(r"(?m)^[ \t]*(" + re.escape(anchor) + ")", text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos = pos_prev = later[0]
        anchors.append(pos)
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.K|Gen|Gov|Sen|Lt|Col|a\.m|p\.m|No|St|Mr|Dr|Feb|Jan|Aug|Oct|Nov|Dec)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not mm or mm.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, pos, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the page's dateline time/date is not printed")
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
                err(eid, "key_point entry must be importance 3 and listed under the page's Key Points / Key events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # each printed stamp must sit inside its own entry: after the previous entry's headline, before the next one's
    for n, e in enumerate(g["entries"]):
        if e["stamp"] is None or n >= len(anchors):
            continue
        lo = anchors[n - 1] + 1 if n else max(block_end, 0)
        hi = anchors[n + 1] if n + 1 < len(anchors) else len(text)
        if e["stamp"] not in text[lo:hi]:
            err(e["id"], "stamp is not printed within the entry's own part of the page:", e["stamp"])
    # feeds: one entry per item, same titles, same instants, same paragraph counts
    if items is not None:
        if len(items) != len(g["entries"]):
            err(sid, f"feed has {len(items)} items but gold has {len(g['entries'])} entries")
        for (title, pub, body), e in zip(items, g["entries"]):
            if html.unescape(title or "").strip() != e["headline"]:
                err(e["id"], "feed item title differs from the gold headline")
            if pub != e["stamp"]:
                err(e["id"], "feed item date differs from the gold stamp")
            units = body_units(html.unescape(body) if "&lt;p&gt;" in body else body)
            if len(units) != e["body_paragraphs"]:
                err(e["id"], f"feed item has {len(units)} paragraphs/list items, gold says {e['body_paragraphs']}")
    # JSON-LD live updates with their own headline and datePublished must agree with the gold instants
    ups = []
    for blk in lds:
        nodes = blk.get("@graph", [blk])
        for nd in nodes:
            if "LiveBlogPosting" in (nd.get("@type") if isinstance(nd.get("@type"), list) else [nd.get("@type")]):
                u = nd.get("liveBlogUpdate") or []
                ups += u if isinstance(u, list) else [u]
    for u in ups:
        hits = [e for e in g["entries"] if e["headline"] == u.get("headline")]
        t = datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00"))
        if not hits or not any(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) == t for e in hits):
            err(sid, "JSON-LD update does not match a gold entry's headline and instant:", (u.get("headline") or "")[:50])
    if ups and len(ups) != len(g["entries"]):
        err(sid, "JSON-LD liveBlogUpdate count differs from the gold entry count")

# published times must run monotonically in page order (newest first or oldest first; stampless pages share one time)
for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order (midnight crossing or order mistake?)")

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
    err("gold files outside the planned ids:", sorted(extra))

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
        first = src.lower().split()[0]
        if src.lower() in reserved or first in reserved or first in reserved_first or slug.split("-")[0] in reserved_first or slug in reserved:
            err(sid, "outlet name collides with the reserved list (full name, first word or slug):", src)
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
    if "must not merge" not in notes or "same region" not in notes or "same" not in notes.replace("same region", ""):
        err(day, "must-not-merge neighbours (same region other event, same theme other event) not noted")
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
