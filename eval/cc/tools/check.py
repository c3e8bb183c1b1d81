#!/usr/bin/env python3
"""Independent checker for eval/cc: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is re-read from the page text on its own.
Usage (from the project root): python3 eval/cc/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"8200": "Isle of Wight County Press", "8201": "Stornoway Gazette", "8202": "Kent Online", "8203": "Wiltshire Times",
          "8204": "Marianas Variety", "8205": "Vanuatu Daily Post", "8206": "The Guam Daily Post", "8207": "Post-Courier",
          "8208": "The Royal Gazette", "8209": "Trinidad Express"}
DAYS = {"day1": ["8220", "8221", "8222", "8223"], "day2": ["8230", "8231", "8232", "8233"], "day3": ["8240", "8241", "8242", "8243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# copy of the 2025 (July-December) lines of /tmp/blind-cc-forbidden-days.txt, used when that file is absent
FORBIDDEN_2025H2 = set("""2025-07-02 2025-07-04 2025-07-05 2025-07-08 2025-07-09 2025-07-10 2025-07-14 2025-07-15 2025-07-17 2025-07-18 2025-07-21
2025-07-22 2025-07-23 2025-07-29 2025-07-30 2025-07-31 2025-08-01 2025-08-05 2025-08-06 2025-08-07 2025-08-12 2025-08-15 2025-08-18 2025-08-19
2025-08-20 2025-08-21 2025-08-26 2025-08-28 2025-08-29 2025-09-02 2025-09-03 2025-09-04 2025-09-07 2025-09-10 2025-09-12 2025-09-15 2025-09-17
2025-09-19 2025-09-20 2025-09-21 2025-09-23 2025-09-28 2025-10-02 2025-10-03 2025-10-05 2025-10-09 2025-10-10 2025-10-13 2025-10-14 2025-10-15
2025-10-16 2025-10-17 2025-10-21 2025-10-22 2025-10-23 2025-10-28 2025-10-30 2025-11-04 2025-11-06 2025-11-10 2025-11-12 2025-11-16 2025-11-18
2025-11-19 2025-11-20 2025-11-21 2025-11-23 2025-11-25 2025-11-26 2025-11-27 2025-11-29 2025-12-02 2025-12-03 2025-12-04 2025-12-05 2025-12-06
2025-12-08 2025-12-10 2025-12-11 2025-12-14 2025-12-16 2025-12-18 2025-12-19 2025-12-22""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_TOKENS = {"BST", "GMT", "CET", "CEST", "EET", "EEST", "UTC"}
INLINE = r"a|strong|b|em|i|span|time|abbr|small"
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
ABBREV = ("Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "U.S.", "a.m.", "p.m.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def strip_tags(t):
    t = re.sub(rf"</?(?:{INLINE})\b[^>]*>", "", t, flags=re.I)
    return re.sub(r"<[^>]+>", "\n", t)


def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<\?xml[^>]*\?>", "", t)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(strip_tags(t))
    if path.endswith(".xml"):  # escaped HTML inside Atom <content type="html">
        t = html.unescape(strip_tags(t))
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


DATE_PATTERNS = [  # (regex, groups order) - dates as printed on the pages, with or without year
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,?(?: (\d{4}))?\b"), "dmy"),
    (re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b"), "mdy"),
    (re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]{2,8}) (\d{1,2})\b"), "md"),
]


def dates_in(s):
    """Yields (pos, day, month, year or None) for every printed date in s."""
    for rx, order in DATE_PATTERNS:
        for m in rx.finditer(s):
            if order == "dmy":
                d, mo, y = m.group(1), m.group(2), m.group(3)
            elif order == "mdy":
                mo, d, y = m.group(1), m.group(2), m.group(3)
            else:
                mo, d, y = m.group(1), m.group(2), None
            mn = month_no(mo)
            if mn and 1 <= int(d) <= 31:
                yield m.start(), int(d), mn, (int(y) if y else None)


def iso_instants(raw):
    out = set()
    for m in re.finditer(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)", raw):
        out.add(datetime.fromisoformat(m.group(0).replace("Z", "+00:00")))
    return out


def read_stamp(stamp, local, raw, text, pos, year_hint):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold's local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    tm = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(am|pm|AM|PM)?", s)
    ds = list(dates_in(s))
    if not tm:  # date-only visible stamp: the time must sit in the <time datetime> attribute that wraps exactly this text
        if not ds:
            return "unreadable stamp"
        _, d, mo, y = ds[0]
        if (d, mo, y) != (local.day, local.month, local.year):
            return "visible date differs from the local date"
        for m in re.finditer(r'<time[^>]*datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw):
            if datetime.fromisoformat(m.group(1).replace("Z", "+00:00")) == local:
                return None
        return "no <time datetime> wrapping this date carries the gold time"
    h, mi = int(tm.group(1)), int(tm.group(2))
    if tm.group(3):
        if not 1 <= h <= 12:
            return "bad 12-hour time"
        h = h % 12 + (12 if tm.group(3).lower() == "pm" else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    for tok in re.findall(r"\b[A-Z]{3,4}\b", s):
        if tok in ZONE_TOKENS and tok != local.tzname() and not (tok in ("GMT", "UTC") and local.utcoffset() == timedelta(0)):
            return f"zone token {tok} does not match {local.tzname()}"
    # a <time datetime> wrapping the visible stamp must agree
    wrapped = [datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))
               for m in re.finditer(r'<time[^>]*datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw)]
    if wrapped:
        return None if local in wrapped else "<time datetime> around the stamp disagrees"
    if ds:
        _, d, mo, y = ds[0]
    else:  # undated stamp: the last date printed above it on the page
        before = [x for x in dates_in(text[:pos])]
        if not before:
            return "undated stamp and no date printed above it"
        _, d, mo, y = max(before)
    if y is None:  # no year next to the date: the nearest year printed above, else parse_args, else the page's only year
        ys = [yy for (pp, _, _, yy) in sorted(dates_in(text[:pos])) if yy]
        allys = set(re.findall(r"\b(20\d\d)\b", raw))
        y = ys[-1] if ys else (year_hint or (int(allys.pop()) if len(allys) == 1 else None))
    if (d, mo, y) != (local.day, local.month, local.year):
        return f"date {y}-{mo:02d}-{d:02d} read for the stamp differs from local {local:%Y-%m-%d}"
    return None


forbidden = FORBIDDEN_2025H2
if os.path.exists("/tmp/blind-cc-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-cc-forbidden-days.txt").read().split())
reserved = set()
if os.path.exists("/tmp/blind-cc-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cc-reserved-outlets.txt", encoding="utf-8") if l.strip()}

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
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"82\d\d_[a-z0-9]+-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as ex:
            err(sid, "feed is not well-formed XML:", ex)
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(m.group(1))
        except ValueError:
            err(sid, "JSON-LD does not parse")
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    if "2025" not in raw and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa and "2025" in text:
        err(sid, "parse_args given although the visible page prints the year")
    year_hint = int(pa[1][:4]) if pa else None
    if pa and (pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1])):
        err(sid, "parse_args malformed")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    kp_heads = None  # headlines listed in a "Key Points" block: bullet lines (text) or the <ul> right after the heading (HTML)
    if sp.endswith(".html"):
        mk = re.search(r">\s*Key Points\s*</h\d>\s*<ul>(.*?)</ul>", raw, flags=re.S | re.I)
        if mk:
            kp_heads = [html.unescape(strip_tags(x)).strip() for x in re.findall(r"<li>(.*?)</li>", mk.group(1), flags=re.S)]
    else:
        for i, l in enumerate(lines):
            if l.lower() == "key points":
                kp_heads = []
                for l2 in lines[i + 1:]:
                    if not l2:
                        continue
                    mb = re.match(r"^[-\u2022*]\s+(.*)$", l2)
                    if not mb:
                        break
                    kp_heads.append(mb.group(1))
                break
    if kp_heads:
        for h in kp_heads:
            if not any(h == e["headline"] for e in g["entries"]):
                err(sid, "Key Points line is not the headline of an entry:", h[:60])
    ids = []; stamp_pos = 0; last_anchor = -1
    local_days = Counter()
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        missing = [k for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                               "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"] if k not in e]
        if missing:
            err(eid, "missing fields", missing); continue
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or fs.endswith(ABBREV):
                err(eid, "first_sentence does not end a sentence")
            if not isinstance(e["body_paragraphs"], int) or e["body_paragraphs"] < 1:
                err(eid, "body but no paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the last occurrence of each entry's anchor must come after the previous one's
        anchor = e["headline"] or fs
        p = text.rfind(anchor) if anchor else -1
        if p <= last_anchor:
            err(eid, "entry is not in page order (anchor position", p, "<= previous", last_anchor, ")")
        last_anchor = max(last_anchor, p)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        local_days[local.date().isoformat()] += 1
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            q = text.find(e["stamp"], stamp_pos)
            if q < 0:
                err(eid, "stamp not found after the previous entry's stamp (page order)")
                q = text.find(e["stamp"])
            stamp_pos = q + 1
            why = read_stamp(e["stamp"], local, raw, text, q, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif f"{local:%H:%M}" not in text and local not in iso_instants(raw):
            err(eid, "no stamp, and the article time is printed nowhere (text, datetime attribute or JSON-LD)")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat rule (topic other, subtopic unrelated, importance 1, note 'off-beat:')")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if pa and local_days and pa[1] != local_days.most_common(1)[0][0]:
        err(sid, "parse_args date is not the page's printed local day")
    if kp_heads is not None and len(kp_heads) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block and key_point flags disagree")

seen = {}
fmts = Counter()
for sid, outlet in SINGLE.items():
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
a_entries = [e for s in SINGLE for e in golds.get(s, {}).get("entries", [])]
if not any(e["headline"] is None for e in a_entries):
    err("Part A has no entry without a headline")
if not any(golds.get(s, {}).get("parse_args") for s in SINGLE):
    err("Part A has no page without a year")

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src in SINGLE.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if g["seed"].endswith(".xml") and off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(srcs), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
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
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

readme = os.path.join(ROOT, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    r = open(readme, encoding="utf-8").read()
    m = re.search(r"--seeds ([0-9,]+)", r)
    if not m or sorted(m.group(1).split(",")) != sorted(golds):
        err("README scoring command does not list exactly the seed ids")
    for sid, g in golds.items():
        if g["seed"] not in r:
            err("README seed table lacks", g["seed"])
    if "## Conventions" not in r:
        err("README has no Conventions section")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
