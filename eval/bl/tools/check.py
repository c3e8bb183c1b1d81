#!/usr/bin/env python3
"""Independent checker for eval/bl: re-reads the seed files and verifies the gold files against them.
It does not import build.py: every stamp is re-read from the page text on its own.
Usage (from the project root): python3 eval/bl/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"6500": "Knoxville News Sentinel", "6501": "Chattanooga Times Free Press", "6502": "AL.com", "6503": "The Wichita Eagle",
          "6504": "Peoria Journal Star", "6505": "Duluth News Tribune", "6506": "The Forum", "6507": "Billings Gazette",
          "6508": "The Roanoke Times", "6509": "Savannah Morning News"}
DAYS = {"day1": ["6520", "6521", "6522", "6523"], "day2": ["6530", "6531", "6532", "6533", "6534"], "day3": ["6540", "6541", "6542", "6543"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# fallback copy of the forbidden UTC days for Feb-Jun 2023 (the full list lives in /tmp/blind-bl-forbidden-days.txt when present)
FORBIDDEN = set("""2023-02-01 2023-02-03 2023-02-08 2023-02-09 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-16 2023-02-17 2023-02-19
2023-02-20 2023-02-21 2023-02-23 2023-02-24 2023-02-25 2023-02-27 2023-03-02 2023-03-03 2023-03-08 2023-03-09 2023-03-10 2023-03-14 2023-03-15
2023-03-16 2023-03-17 2023-03-20 2023-03-21 2023-03-23 2023-03-25 2023-03-28 2023-03-29 2023-04-02 2023-04-04 2023-04-05 2023-04-10 2023-04-12
2023-04-14 2023-04-17 2023-04-18 2023-04-19 2023-04-20 2023-04-22 2023-04-26 2023-04-28 2023-05-03 2023-05-07 2023-05-09 2023-05-11 2023-05-13
2023-05-16 2023-05-17 2023-05-20 2023-05-21 2023-05-22 2023-05-24 2023-05-26 2023-05-29 2023-05-30 2023-05-31 2023-06-01 2023-06-06 2023-06-07
2023-06-08 2023-06-10 2023-06-13 2023-06-15 2023-06-16 2023-06-18 2023-06-21 2023-06-23 2023-06-24 2023-06-27 2023-06-28 2023-06-29""".split())
if os.path.exists("/tmp/blind-bl-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bl-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bl-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bl-reserved-outlets.txt", encoding="utf-8") if l.strip()}

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CEST": 120, "EEST": 180, "EDT": -240, "EST": -300, "CDT": -300, "CST": -360, "MDT": -360, "MST": -420}
ZONE_NAMES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver"}
MON = r"(Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)"
DAYRX = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for tab in (EN_MONTHS, FR_MONTHS):
        for i, m in enumerate(tab):
            if n == m or (len(n) >= 3 and m.startswith(n)):
                return i + 1
    return None


def clock(s):
    """First clock time in s as (hour, minute), honouring a.m./p.m.; None if none."""
    m = re.search(r"(?<![\d.])(\d{1,2})[:.h](\d\d)(?!\d)(?!\.\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def dates_in(s, year_hint=None):
    """All calendar dates written in s, with their positions: [(pos, date, weekday_or_None)]."""
    out = []
    pats = [
        (rf"(?:{DAYRX},? )?{MON} (\d{{1,2}}),? (\d{{4}})", lambda m: (m.group(1), int(m.group(4)), month_no(m.group(2)), int(m.group(3)))),
        (rf"(?:{DAYRX},? )?(\d{{1,2}}) {MON},? (\d{{4}})", lambda m: (m.group(1), int(m.group(4)), month_no(m.group(3)), int(m.group(2)))),
        (r"(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) (\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})",
         lambda m: (m.group(1), int(m.group(4)), month_no(m.group(3)), int(m.group(2)))),
        (r"\b(\d{2})\.(\d{2})\.(\d{4})\b", lambda m: (None, int(m.group(3)), int(m.group(2)), int(m.group(1)))),
    ]
    if year_hint:
        pats += [
            (rf"{DAYRX}, {MON} (\d{{1,2}})(?![\d,])", lambda m: (m.group(1), year_hint, month_no(m.group(2)), int(m.group(3)))),
            (rf"{DAYRX}, (\d{{1,2}}) {MON}(?! \d)", lambda m: (m.group(1), year_hint, month_no(m.group(3)), int(m.group(2)))),
        ]
    for rx, f in pats:
        for m in re.finditer(rx, s):
            wd, y, mo, d = f(m)
            try:
                dd = date(y, mo, d)
            except (TypeError, ValueError):
                continue
            out.append((m.start(), dd, wd))
    return sorted(out, key=lambda x: x[0])


def weekday_ok(dd, wd):
    if not wd:
        return True
    w = wd.lower()
    return (EN_DAYS.index(w) if w in EN_DAYS else FR_DAYS.index(w)) == dd.weekday()


def zone_ok(s, local):
    """If s names a zone abbreviation, it must agree with the local time's offset / zone."""
    off = int(local.utcoffset().total_seconds() // 60)
    for ab, mins in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", s) and mins != off:
            return f"zone {ab} does not match offset {off} min"
    for ab, zn in ZONE_NAMES.items():
        if re.search(rf"\b{ab}\b", s) and str(local.tzinfo) != zn:
            return f"zone {ab} is not {local.tzinfo}"
    return None


def read_stamp(stamp, local, text, raw, pos, g):
    """Re-reads one printed stamp; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    # machine-readable twin in the raw HTML
    tm = re.search(r'<time datetime="([^"]+)">' + re.escape(html.escape(s, quote=False)) + "</time>", raw)
    if tm and datetime.fromisoformat(tm.group(1).replace("Z", "+00:00")) != local:
        return "<time datetime> differs from published"
    m = re.fullmatch(r"(\d+) (min|mins|hr|hrs) ago", s)
    if m:
        if not tm:
            return "relative stamp without a <time datetime> twin"
        n = int(m.group(1)); unit = timedelta(minutes=1) if m.group(2).startswith("min") else timedelta(hours=1)
        g.setdefault("_now", []).append((local + n * unit, local + (n + 1) * unit))
        return None
    c = clock(s)
    if not c:
        return "unreadable stamp"
    if c != (local.hour, local.minute):
        return f"clock {c} != local {local:%H:%M}"
    z = zone_ok(s, local)
    if z:
        return z
    year_hint = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    m = re.match(r"(Today|Yesterday) at ", s)
    if m:
        ds = [x for x in dates_in(text, year_hint) if x[2]]
        if not ds:
            return "relative day without a printed date"
        today = ds[0][1]
        want = today - timedelta(days=0 if m.group(1) == "Today" else 1)
        return None if want == local.date() else f"{m.group(1)} resolves to {want}"
    m = re.match(DAYRX + r", ", s)
    if m:
        ds = dates_in(text, year_hint)
        if not ds:
            return "weekday stamp without a page date"
        page_day = ds[0][1]
        back = (page_day.weekday() - EN_DAYS.index(m.group(1).lower())) % 7
        want = page_day - timedelta(days=back)
        return None if want == local.date() else f"weekday stamp resolves to {want}"
    if tm:
        return None  # date checked through the datetime attribute
    before = [x for x in dates_in(text[:pos], year_hint)]
    if not before:
        return "time-only stamp with no date printed before it"
    _, dd, wd = before[-1]
    if not weekday_ok(dd, wd):
        return f"date header {dd} has the wrong weekday"
    return None if dd == local.date() else f"nearest date header {dd} != local date {local.date()}"


def printed_datetimes(text):
    """(date, hour, minute) triples printed together in one line segment (page datelines)."""
    out = set()
    for line in text.split("\n"):
        for seg in line.split("|"):
            c = clock(seg); ds = dates_in(seg)
            if c and ds:
                out.add((ds[0][1], c[0], c[1], seg.strip()))
    return out


def jacc(a, b):
    wa = set(re.findall(r"\w+", (a or "").lower())); wb = set(re.findall(r"\w+", (b or "").lower()))
    return len(wa & wb) / max(1, len(wa | wb))


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
    if not re.fullmatch(r"65\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g.get("not_entries"):
        err(sid, "not_entries is empty")
    has_year = re.search(r"\b2023\b", raw) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if has_year or len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args only for pages without a year, as ['--date', 'YYYY-MM-DD']")
        else:
            ds = [x for x in dates_in(text, int(pa[1][:4]))]
            if not any(x[1].isoformat() == pa[1] for x in ds):
                err(sid, "parse_args date is not a day printed on the page")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    zone = ZoneInfo(g["page_timezone"])
    dts = printed_datetimes(text)
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                l3 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if l3 != l2 and any(l3 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l3)
                else:
                    break
            break
    ids = []; cursor = 0; stamp_cursor = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            host = [l for l in lines if l.startswith(fs)]
            if not host:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(re.match(r"$|\s+[A-Z0-9\"\u201c\u2018(]", l[len(fs):]) for l in host):
                err(eid, "first_sentence does not stop at a sentence boundary")
            if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"(\b[A-Z]\.|\b(U\.S|U\.N|U\.K|a\.m|p\.m|Gen|Lt|Col|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No)\.)$", fs) \
                    and not any(l == fs for l in host):
                err(eid, "first_sentence stops at an abbreviation, not at the end of the sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor text must come after the previous entry's
        anchor = e["headline"] or fs
        p = text.find(anchor, cursor)
        if p < 0:
            err(eid, "entry is out of page order (anchor not found after the previous entry)")
        else:
            cursor = p + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            sp_pos = text.find(e["stamp"], max(stamp_cursor, 0))
            if sp_pos < 0:
                sp_pos = text.find(e["stamp"])
            else:
                stamp_cursor = sp_pos + 1
            why = read_stamp(e["stamp"], local, text, raw, sp_pos, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            hits = [seg for (d0, h0, m0, seg) in dts if (d0, h0, m0) == (local.date(), local.hour, local.minute)]
            if not hits:
                err(eid, "no stamp, and the page prints no dateline with this date and time")
            elif any(zone_ok(seg, local) for seg in hits):
                err(eid, "dateline zone disagrees:", zone_ok(hits[0], local))
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif jacc(orig["first_sentence"], fs) < 0.75 or jacc(orig["headline"], e["headline"]) < 0.6:
                err(eid, "duplicate is not near-verbatim")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate is older than its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if g.get("_now"):
        lo = max(a for a, b in g["_now"]); hi = min(b for a, b in g["_now"])
        if lo >= hi:
            err(sid, "relative stamps do not agree on one capture time")
        g.pop("_now")

# ------------------------------------------------------------ set-level constraints
seen = {}
fmts = defaultdict(int)
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
extra = set(golds) - set(SINGLE) - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src in SINGLE.values():
            err(sid, "outlet name is reserved or a real outlet of Part A:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 4 and off * 3 >= 2 * len(g["entries"]))
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
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and jacc(e["first_sentence"], o["first_sentence"]) > 0.8 for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or d[5:7] not in ("02", "03", "04", "05", "06"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
