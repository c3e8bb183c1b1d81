#!/usr/bin/env python3
"""Independent checker for eval/aq: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is re-read from the page on its own.
Usage (from the project root): python3 eval/aq/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"4400": "Hürriyet Daily News", "4401": "Viet Nam News", "4402": "The Borneo Post", "4403": "The Guardian (Nigeria)", "4404": "The EastAfrican",
          "4405": "Azatutyun", "4406": "The Herald", "4407": "WalesOnline", "4408": "DutchNews.nl", "4409": "Stars and Stripes"}
DAYS = {"day1": ["4420", "4421", "4422", "4423"], "day2": ["4430", "4431", "4432", "4433"], "day3": ["4440", "4441", "4442", "4443"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"07", "09", "10", "12"}
# 2025 days of the forbidden list (copied so the checker also runs without /tmp); the /tmp file is read too when present
FORBIDDEN = set("""2025-01-09 2025-01-14 2025-01-15 2025-01-16 2025-01-17 2025-01-22 2025-01-27 2025-01-29 2025-02-03 2025-02-06 2025-02-11 2025-02-12
2025-02-18 2025-02-21 2025-02-28 2025-03-03 2025-03-04 2025-03-05 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-20 2025-03-25 2025-03-27
2025-04-03 2025-04-12 2025-04-13 2025-04-15 2025-04-17 2025-04-24 2025-04-30 2025-05-06 2025-05-08 2025-05-13 2025-05-16 2025-05-20 2025-05-21
2025-05-27 2025-06-01 2025-06-02 2025-06-05 2025-06-11 2025-06-17 2025-06-19 2025-06-24 2025-07-04 2025-07-05 2025-07-10 2025-07-15 2025-07-22
2025-07-29 2025-08-05 2025-08-07 2025-08-12 2025-08-15 2025-08-19 2025-08-20 2025-08-26 2025-08-28 2025-08-29 2025-09-02 2025-09-10 2025-09-15
2025-09-19 2025-09-23 2025-10-02 2025-10-09 2025-10-14 2025-10-21 2025-10-22 2025-10-28 2025-11-04 2025-11-06 2025-11-12 2025-11-18 2025-11-20
2025-11-25 2025-11-26 2025-12-02 2025-12-04 2025-12-10 2025-12-16 2025-12-18 2025-12-19""".split())
if os.path.exists("/tmp/blind-aq-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-aq-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-aq-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-aq-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_lines(path, raw):
    if path.endswith(".txt"):
        t = raw
    else:
        t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
        t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)
        t = html.unescape(t)
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # entity-escaped HTML inside feed descriptions / Atom content
    return [l.strip() for l in t.split("\n") if l.strip()]


def h12(h, suf):
    suf = suf.lower().replace(".", "")
    return h % 12 + (12 if suf == "pm" else 0)


def date_header(line):
    """A date written as a header line: returns (day, month, year or None, weekday or None) or None."""
    m = re.fullmatch(r"(?:(\w+day),? )?(\d{1,2}) ([A-Za-z]+)(?: (\d{4}))?", line)
    if m and month_no(m.group(3)):
        return int(m.group(2)), month_no(m.group(3)), m.group(4) and int(m.group(4)), m.group(1)
    m = re.fullmatch(r"(?:(\w+day),? )?([A-Za-z]+) (\d{1,2})(?:, (\d{4}))?", line)
    if m and month_no(m.group(2)):
        return int(m.group(3)), month_no(m.group(2)), m.group(4) and int(m.group(4)), m.group(1)
    m = re.fullmatch(r"Updated \d\d:\d\d, (\d{1,2}) ([A-Z]{3}) (\d{4})", line)
    if m:
        return int(m.group(1)), month_no(m.group(2)), int(m.group(3)), None
    return None


def same_date(local, day, mon, year, wd):
    if (day, mon) != (local.day, local.month) or (year and year != local.year):
        return False
    return not wd or wd.lower() == WEEKDAYS[local.weekday()]


def read_stamp(s, local, ctx, li):
    """Re-reads a printed stamp; returns None when it agrees with published_local, else the reason."""
    m = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s)
    if m:
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2}), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s)
    if m:
        d = parsedate_to_datetime(s)
        if d != local:
            return "RFC 822 stamp differs"
        return None if m.group(1).lower() == WEEKDAYS[d.weekday()][:3] else "RFC 822 weekday wrong"
    m = re.fullmatch(r"([A-Z][a-z]+) (\d\d) (\d{4}) (\d\d):(\d\d):(\d\d)", s)  # Hürriyet Daily News
    if m:
        got = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "HDN stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}), ([A-Z][a-z]+day) at (\d{1,2}):(\d\d) (AM|PM)", s)  # Borneo Post
    if m:
        got = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h12(int(m.group(5)), m.group(7)), int(m.group(6)))
        if got != (local.year, local.month, local.day, local.hour, local.minute):
            return "Borneo stamp differs"
        return None if m.group(4).lower() == WEEKDAYS[local.weekday()] else "Borneo weekday wrong"
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}) +\| +(\d{1,2}):(\d\d) (am|pm)", s)  # Guardian Nigeria
    if m:
        got = (int(m.group(3)), month_no(m.group(2)), int(m.group(1)), h12(int(m.group(4)), m.group(6)), int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "Guardian NG stamp differs"
    m = re.fullmatch(r"Published: ([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) ([ap]\.m\.)", s)  # Stars and Stripes
    if m:
        got = (int(m.group(3)), month_no(m.group(1)), int(m.group(2)), h12(int(m.group(4)), m.group(6)), int(m.group(5)))
        return None if got == (local.year, local.month, local.day, local.hour, local.minute) else "Stripes stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)  # date only: the time must come from the element's datetime attribute
    if m:
        if (int(m.group(3)), month_no(m.group(1)), int(m.group(2))) != (local.year, local.month, local.day):
            return "date-only stamp differs"
        attr = ctx["next_attr"](s)
        if attr is None:
            return "date-only stamp without a datetime attribute"
        return None if datetime.fromisoformat(attr) == local else "datetime attribute differs"
    m = re.fullmatch(r"(?:Posted )?(\d{1,2})[:.](\d\d)\s*(am|pm|a\.m\.|p\.m\.)?(?: ET)?", s)  # bare time
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            h = h12(h, m.group(3))
        if (h, mi) != (local.hour, local.minute):
            return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
        attr = ctx["next_attr"](s)
        if attr is not None:
            return None if datetime.fromisoformat(attr) == local else "datetime attribute differs"
        for j in range(li, -1, -1):
            dh = date_header(ctx["lines"][j])
            if dh:
                return None if same_date(local, *dh) else f"date header '{ctx['lines'][j]}' does not match {local:%Y-%m-%d}"
        return "no date header above an undated stamp"
    return "unreadable stamp"


def first_boundary(line):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', line)
    return m.end() if m else None


def is_prose(line):
    return len(line) >= 30 and re.search(r'[.!?]["\u201d\u2019]?$', line) is not None


def words(s):
    return set(re.findall(r"[a-z0-9']+", (s or "").lower()))


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
    if not re.fullmatch(r"44\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    lines = visible_lines(sp, raw)
    text = "\n".join(lines)
    zone = ZoneInfo(g["page_timezone"])
    if "2025" not in text:
        if not g.get("parse_args"):
            err(sid, "page prints no year but has no parse_args")
    elif g.get("parse_args"):
        err(sid, "parse_args given although the page prints a year")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed", pa)
        elif not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
            err(sid, "parse_args date is not a printed local day of the page")
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a line of the visible page")
    # datetime attributes (<time datetime="...">TEXT</time>) in page order, consumed entry by entry
    pairs = [(a, html.unescape(t).strip()) for a, t in re.findall(r'datetime="([^"]+)"[^>]*>([^<]*)<', raw)]
    pos = {"i": 0}

    def next_attr(stamp):
        for k in range(pos["i"], len(pairs)):
            if pairs[k][1] == stamp:
                pos["i"] = k + 1
                return pairs[k][0]
        return None
    ctx = {"lines": lines, "next_attr": next_attr}
    # Key Points / Key Events block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    ents = g["entries"]
    # locate each entry on the page, in order: anchor = its stamp line, else its headline line, else its first-sentence line
    anchors = []
    prev = -1
    for e in ents:
        a = None
        for k in range(prev + 1, len(lines)):
            l = lines[k]
            if (e["stamp"] is not None and e["stamp"] in l) or (e["stamp"] is None and e["headline"] is not None and l == e["headline"]) \
                    or (e["stamp"] is None and e["headline"] is None and e["first_sentence"] and l.startswith(e["first_sentence"])):
                a = k; break
        if a is None:
            err(e["id"], "cannot find the entry (stamp/headline) after the previous entry: page order broken"); a = prev + 1
        anchors.append(a); prev = a
    ids = []
    for n, e in enumerate(ents):
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != n + 1:
            err(eid, "bad, repeated or non-sequential id")
        lo = anchors[n - 1] + 1 if n else 0
        hi = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        # window of this entry: from just after the previous entry's anchor (headline may precede the stamp) to the next anchor
        win = list(range(lo, hi))
        if e["headline"] is not None and not any(lines[k] == e["headline"] for k in win):
            err(eid, "headline is not a whole line inside the entry's part of the page:", e["headline"][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hit = [k for k in win if lines[k].startswith(fs) and k >= anchors[n]]
            if not hit:
                err(eid, "first_sentence does not start a line of the entry's body:", fs[:60])
            else:
                k = hit[0]
                b = first_boundary(lines[k])
                if b is None or lines[k][:b] != fs:
                    err(eid, "first_sentence is not exactly the first sentence of its paragraph")
                cnt = 0
                chrome = " ".join(g["not_entries"])
                while k < hi and is_prose(lines[k]) and lines[k] not in chrome:
                    cnt += 1; k += 1
                if cnt != e["body_paragraphs"]:
                    err(eid, f"body_paragraphs {e['body_paragraphs']} but {cnt} paragraph lines on the page")
        else:
            if e["body_paragraphs"] != 0 or e["importance"] != 1:
                err(eid, "entry without body must have 0 paragraphs and importance 1")
            after = [lines[k] for k in win if k > anchors[n] and lines[k] != e["headline"] and lines[k] != e["author"]]
            if after and is_prose(after[0]) and len(after[0]) > 60:
                err(eid, "marked bodiless but prose follows it:", after[0][:50])
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        if e["author"] is not None:
            head = "\n".join(lines[:anchors[0]])
            wtxt = "\n".join(lines[k] for k in win)
            if e["author"] not in wtxt and e["author"] not in head:
                err(eid, "author is printed neither with the entry nor in the page byline:", e["author"])
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not an ISO UTC instant ending in Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, ctx, anchors[n])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            ld = re.findall(r'"datePublished":\s*"([^"]+)"', raw)
            forms = [f"{local:%H:%M}", f"{(local.hour % 12 or 12)}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"]
            dated = any(date_header(l) and same_date(local, *date_header(l)) for l in lines) or \
                any(re.search(rf"\b{MONTHS[local.month - 1]} {local.day}, {local.year}\b", l, re.I) for l in lines)
            if not dated:
                err(eid, "no stamp and the local date is not printed")
            if not any(f in text for f in forms) and not any(datetime.fromisoformat(x) == local for x in ld):
                err(eid, "no stamp and the time is printed nowhere (nor in JSON-LD datePublished)")
        # labels
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
        notes = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/1 with an 'off-beat:' note)")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry (page order) of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate is older than its original")
            else:
                a, b = words(orig["first_sentence"]), words(fs)
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points/Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # page order must be a time order (newest first or oldest first)
    ts = [e["published"] for e in ents]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "entries are neither oldest-first nor newest-first")

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
if [s for s in sorted(golds) if s not in SINGLE and not any(s in v for v in DAYS.values())]:
    err("unexpected gold files", [s for s in sorted(golds) if s not in SINGLE and not any(s in v for v in DAYS.values())])

part_a_names = {v.lower() for v in SINGLE.values()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        low = src.lower()
        if low in RESERVED or any(low in r or r in low for r in RESERVED if len(r) > 6) or low in part_a_names:
            err(sid, "outlet name is reserved or a real outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]))
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
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
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
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and
                                len(words(e["first_sentence"]) & words(o["first_sentence"])) / max(1, len(words(o["first_sentence"]) | words(e["first_sentence"]))) >= 0.8 for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
