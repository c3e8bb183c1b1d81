#!/usr/bin/env python3
"""Independent checker for eval/bu. It re-reads every seed file (visible text, raw markup, JSON-LD) and verifies the gold
files against it: exact substrings, first sentences, every printed stamp re-read on its own (dates resolved from the
page: date lines, day headers, midnight wraps, parse_args), label rules and the set's constraints.
Usage (from the project root): python3 eval/bu/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"7400": "Joplin Globe", "7401": "Muskogee Phoenix", "7402": "Enid News & Eagle", "7403": "Salina Journal",
          "7404": "The Hutchinson News", "7405": "Grand Island Independent", "7406": "Minot Daily News",
          "7407": "Helena Independent Record", "7408": "Bozeman Daily Chronicle", "7409": "H\u00fcrriyet Daily News"}
DAYS = {"day1": ["7420", "7421", "7422", "7423"], "day2": ["7430", "7431", "7432", "7433"], "day3": ["7440", "7441", "7442", "7443"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days in the allowed window (copied from /tmp/blind-bu-forbidden-days.txt; the file is re-read when present)
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-06 2024-01-08 2024-01-09 2024-01-10 2024-01-11 2024-01-13
2024-01-14 2024-01-15 2024-01-16 2024-01-17 2024-01-18 2024-01-19 2024-01-21 2024-01-23 2024-01-24 2024-01-25 2024-01-26 2024-01-27
2024-01-28 2024-01-29 2024-01-30 2024-01-31 2024-02-01 2024-02-02 2024-02-05 2024-02-06 2024-02-07 2024-02-08 2024-02-09 2024-02-10
2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-16 2024-02-17 2024-02-18 2024-02-19 2024-02-20 2024-02-21 2024-02-22 2024-02-23
2024-02-24 2024-02-25 2024-02-26 2024-02-27 2024-02-28 2024-02-29 2024-03-02 2024-03-03 2024-03-04 2024-03-05 2024-03-06 2024-03-07
2024-03-08 2024-03-09 2024-03-10 2024-03-11 2024-03-12 2024-03-13 2024-03-15 2024-03-16 2024-03-18 2024-03-19 2024-03-20 2024-03-21
2024-03-22 2024-03-24 2024-03-25 2024-03-26 2024-03-27 2024-03-29 2024-03-31 2024-04-01 2024-04-02 2024-04-03 2024-04-04 2024-04-05
2024-04-06 2024-04-08 2024-04-09 2024-04-10 2024-04-11 2024-04-12 2024-04-13 2024-04-14 2024-04-16 2024-04-17 2024-04-18 2024-04-19
2024-04-20 2024-04-21 2024-04-22 2024-04-23 2024-04-24 2024-04-26 2024-04-27 2024-04-29 2024-04-30 2024-05-03 2024-05-04 2024-05-05
2024-05-06 2024-05-07 2024-05-08 2024-05-09 2024-05-10 2024-05-11 2024-05-12 2024-05-13 2024-05-14 2024-05-16 2024-05-17 2024-05-18
2024-05-19 2024-05-20 2024-05-21 2024-05-22 2024-05-23 2024-05-24 2024-05-25 2024-05-26 2024-05-27 2024-05-28 2024-05-29 2024-05-30
2024-05-31 2024-06-01 2024-06-02 2024-06-03 2024-06-04 2024-06-05 2024-06-06 2024-06-07 2024-06-08 2024-06-10 2024-06-11 2024-06-12
2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-17 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-22 2024-06-23 2024-06-24
2024-06-25 2024-06-27""".split())
if os.path.exists("/tmp/blind-bu-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bu-forbidden-days.txt", encoding="utf-8").read().split())
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# printed zone abbreviations and the UTC offsets (hours) each may stand for
ZONE_ABBR = {"GMT": {0}, "UTC": {0}, "BST": {1}, "CET": {1}, "MEZ": {1}, "CEST": {2}, "EET": {2}, "EEST": {3},
             "CT": {-6, -5}, "CST": {-6}, "CDT": {-5}, "MT": {-7, -6}, "MST": {-7}, "MDT": {-6}, "ET": {-5, -4}, "EDT": {-4}, "EST": {-5}}
NOT_SENTENCE_END = {"u.s.", "u.k.", "u.n.", "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.",
                    "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "inc.", "corp.", "vs."}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_of(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTH_NAMES):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped HTML inside Atom <content type="html">
    return html.unescape(t)


def json_ld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError as x:
            err("invalid JSON-LD:", x)
    return out


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def types(node):
    t = node.get("@type", [])
    return set(t if isinstance(t, list) else [t])


def parse_iso(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def clock(s):
    """Time of day printed in a stamp -> (hour, minute) or None. Accepts 24 h '21:30', '16:05', UK '4.15pm',
    '4:25 pm', AP '4:50 p.m.', '8 a.m.', 'noon', 'midnight'."""
    low = s.lower()
    if re.search(r"\bnoon\b", low):
        return 12, 0
    if re.search(r"\bmidnight\b", low):
        return 0, 0
    m = re.search(r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.|p\.m\.|am|pm)(?![a-z])", low)
    if m:
        h = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
        return h, int(m.group(2) or 0)
    m = re.search(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b", low)
    if m:
        return int(m.group(1)), int(m.group(2))
    return None


def zone_ok(stamp, local):
    m = re.search(r"\b(GMT|UTC|BST|CEST|CET|MEZ|EEST|EET|CDT|CST|CT|MDT|MST|MT|EDT|EST|ET)\b", stamp)
    if not m:
        return True
    return local.utcoffset().total_seconds() / 3600 in ZONE_ABBR[m.group(1)]


DATE_LINE_PATTERNS = [
    (re.compile(r"^(?:([A-Za-z]+),? )?(\d{1,2}) ([A-Za-z]+)(?: (\d{4}))?$"), "wdmy"),   # Saturday, 3 February 2024 / Wednesday 15 May
    (re.compile(r"^(?:([A-Za-z]+),? )?([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$"), "wmdy"),  # Jan 12, 2024 / Sunday, January 7, 2024
]


def date_line(line, year_hint):
    """A standalone date line -> date, else None (weekday, when printed, must agree)."""
    for rx, kind in DATE_LINE_PATTERNS:
        m = rx.match(line.strip())
        if not m:
            continue
        if kind == "wdmy":
            wd, dd, mon, yy = m.group(1), int(m.group(2)), month_of(m.group(3)), m.group(4)
        else:
            wd, mon, dd, yy = m.group(1), month_of(m.group(2)), int(m.group(3)), m.group(4)
        if not mon:
            continue
        y = int(yy) if yy else year_hint
        if y is None:
            return None
        d = date(y, mon, dd)
        if wd and wd.lower() in WEEKDAY_NAMES and WEEKDAY_NAMES[d.weekday()] != wd.lower():
            err("date line with a wrong weekday:", line)
        return d
    return None


def first_sentence_ok(fs, lines):
    """fs must start a visible line, end a sentence there, and hold no earlier sentence end."""
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end with sentence punctuation"
    hit = [l for l in lines if l.startswith(fs)]
    if not hit:
        return "does not start a visible line"
    rest = hit[0][len(fs):]
    if rest and not re.match(r"\s+[A-Z0-9\"\u201c\u2018(]", rest):
        return "is cut inside a sentence"
    words = fs.split()
    for i, w in enumerate(words[:-1]):
        if re.search(r"[.!?][\"'\u201d\u2019]?$", w) and w.lower() not in NOT_SENTENCE_END and re.match(r"[A-Z\"\u201c]", words[i + 1]):
            if not re.fullmatch(r"[A-Z]\.", w):  # an initial
                return f"holds an earlier sentence end after {w!r}"
    return None


# ------------------------------------------------------------------ load
golds, texts, raws, lines_of = {}, {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if not re.fullmatch(r"74\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read()
    golds[sid], raws[sid] = g, raw
    texts[sid] = visible_text(sp, raw)
    lines_of[sid] = [l.strip() for l in texts[sid].split("\n")]
if set(golds) != set(PART_A) | {s for v in DAYS.values() for s in v}:
    err("seed ids", sorted(golds))

# ------------------------------------------------------------------ per page
for sid, g in golds.items():
    raw, text, lines = raws[sid], texts[sid], lines_of[sid]
    ents = g["entries"]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = ZoneInfo(g["page_timezone"])
    has_year = "2024" in raw
    pa = g.get("parse_args")
    if has_year == bool(pa):
        err(sid, "parse_args must be present exactly when the page prints no year")
    year_hint = 2024 if has_year else None
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pd = date.fromisoformat(pa[1]); year_hint = pd.year
            forms = [f"{MONTH_NAMES[pd.month - 1]} {pd.day}", f"{pd.day} {MONTH_NAMES[pd.month - 1]}"]
            if not any(f in l.lower() and WEEKDAY_NAMES[pd.weekday()] in l.lower() for l in lines for f in forms):
                err(sid, "parse_args day is not printed (with its weekday) on the page")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not isinstance(g["not_entries"], list) or not g["not_entries"]:
        err(sid, "not_entries must be a non-empty list")

    # Key Points block: the bullet lines right after a 'Key Points' line that equal an entry headline
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in ents):
                    kp_heads.append(l2)
                else:
                    break
            break

    # JSON-LD: per-update times and page times
    lds = json_ld(raw)
    upd_times, page_pub = defaultdict(list), []
    for node in (n for d in lds for n in walk(d)):
        if "LiveBlogPosting" in types(node):
            ups = node.get("liveBlogUpdate", [])
            ups = ups if isinstance(ups, list) else [ups]
            if ups and len(ups) != len(ents):
                err(sid, "liveBlogUpdate count differs from the entry count")
            for u in ups:
                upd_times[u.get("headline")].append(parse_iso(u["datePublished"]))
        if "NewsArticle" in types(node) and "datePublished" in node:
            page_pub.append(parse_iso(node["datePublished"]))
    time_attrs = defaultdict(list)
    for m in re.finditer(r'<time datetime="([^"]+)"[^>]*>([^<]*)</time>', raw):
        time_attrs[html.unescape(m.group(2)).strip()].append(parse_iso(m.group(1)))

    # locate each entry's anchor line (k-th occurrence for repeated headlines)
    seen_anchor = defaultdict(int)
    anchor_idx = {}
    for e in ents:
        key = e["headline"] or e["first_sentence"]
        cands = [i for i, l in enumerate(lines) if e["headline"] and (l == e["headline"] or l.endswith("| " + e["headline"]))]
        if not cands and e["first_sentence"]:
            cands = [i for i, l in enumerate(lines) if l.startswith(e["first_sentence"])]
        k = seen_anchor[key]; seen_anchor[key] += 1
        if len(cands) <= k:
            err(e["id"], "entry not found on the page"); continue
        anchor_idx[e["id"]] = cands[k]
    order = [anchor_idx.get(e["id"], -1) for e in ents]
    if order != sorted(order):
        err(sid, "gold entries are not in page order")

    # date headers for undated stamps: last standalone date line above the anchor
    hdr_at = {i: date_line(l, year_hint) for i, l in enumerate(lines) if l and len(l) < 40}
    undated = []
    ids = []
    for e in ents:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids:
            err(eid, "bad or repeated id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            why = first_sentence_ok(fs, lines)
            if why:
                err(eid, "first_sentence", why, ":", fs[:70])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not ...Z"); ids.append(eid); continue
        inst = parse_iso(e["published"])
        if inst != local:
            err(eid, "published != published_local")

        # ---- the stamp, re-read on its own
        s = e["stamp"]
        if s is not None:
            s0 = s.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s0):
                if parse_iso(s0) != inst:
                    err(eid, "ISO stamp differs")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s0):
                if parsedate_to_datetime(s0) != inst:
                    err(eid, "RFC 822 stamp differs")
            elif re.fullmatch(r"\d+ (min|hr|hrs) ago", s0):
                if inst not in time_attrs.get(s0, []):
                    err(eid, "relative stamp: no <time datetime> with this text carries the published instant")
            else:
                hm = clock(s0)
                if hm is None:
                    err(eid, "unreadable stamp", repr(s0))
                elif hm != (local.hour, local.minute):
                    err(eid, f"stamp time {hm} != local {local:%H:%M}")
                if not zone_ok(s0, local):
                    err(eid, "zone abbreviation in the stamp does not fit the local offset", s0)
                if s0 in time_attrs and inst not in time_attrs[s0]:
                    err(eid, "<time datetime> of the stamp differs from published")
                md = (re.search(r"\b([A-Z][a-z]+),? ([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", s0)            # Sunday, January 7, 2024
                      or re.search(r"\b([A-Z][a-z]+) (\d{1,2}) (\d{4})\b", s0)                          # January 02 2024
                      or re.search(r"\b([A-Z][a-z]+) (\d{1,2})$", s0))                                  # March 17 (no year)
                if md:
                    gs = md.groups()
                    if len(gs) == 4:
                        wd, mon, dd, yy = gs[0], month_of(gs[1]), int(gs[2]), int(gs[3])
                    elif len(gs) == 3:
                        wd, mon, dd, yy = None, month_of(gs[0]), int(gs[1]), int(gs[2])
                    else:
                        wd, mon, dd, yy = None, month_of(gs[0]), int(gs[1]), year_hint
                    if not mon or yy is None:
                        err(eid, "stamp date unreadable", s0)
                    else:
                        sd = date(yy, mon, dd)
                        if sd != local.date():
                            err(eid, "date inside the stamp differs from published_local", s0)
                        if wd and WEEKDAY_NAMES[sd.weekday()] != wd.lower():
                            err(eid, "weekday inside the stamp is wrong", s0)
                else:
                    undated.append((e, local))
        else:
            # no stamp: the page's dateline must give this time
            ok = False
            for mm in re.finditer(r"Published (\d{1,2}(?::\d\d)? [ap]\.m\.|noon) (CT|ET|MT) ([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
                hm = clock(mm.group(1)); d0 = date(int(mm.group(5)), month_of(mm.group(3)), int(mm.group(4)))
                ok = ok or (hm == (local.hour, local.minute) and d0 == local.date() and zone_ok(mm.group(2), local))
            for mm in re.finditer(r"Stand: (\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d) Uhr", text):
                cand = datetime(int(mm.group(3)), int(mm.group(2)), int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=zone)
                ok = ok or cand == inst
            if not ok and sid in ("7408",):
                ok = any(inst in v for v in time_attrs.values())
            if not ok:
                err(eid, "no stamp and no page dateline gives this time")
            if page_pub and inst not in page_pub:
                err(eid, "JSON-LD datePublished of the page differs from the stampless entry's time")
        if e["headline"] in upd_times and inst not in upd_times[e["headline"]]:
            err(eid, "JSON-LD liveBlogUpdate time differs from published")

        # ---- labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat rule")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            elif parse_iso(orig["published"]) > inst:
                err(eid, "duplicate_of must name the earlier-published original")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["duplicate_of"]:
                err(eid, "a duplicate shares the story, is importance 1, and its original is no duplicate")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

    # ---- undated stamps: date from the nearest date line above + midnight wraps in page order
    if undated:
        groups = []
        for e, local in undated:
            ai = anchor_idx.get(e["id"])
            hdr = None
            for i in range(ai if ai is not None else -1, -1, -1):
                if hdr_at.get(i):
                    hdr = (i, hdr_at[i]); break
            if hdr is None:
                err(e["id"], "undated stamp with no date line above it"); continue
            groups.append((hdr, e, local))
        ups = downs = 0
        for (h1, e1, l1), (h2, e2, l2) in zip(groups, groups[1:]):
            if h1 == h2:
                c1, c2 = clock(e1["stamp"]), clock(e2["stamp"])
                ups += c2 > c1; downs += c2 < c1
        asc = ups > downs
        prev = None; off = 0
        for hdr, e, local in groups:
            c = clock(e["stamp"])
            if prev is None or prev[0] != hdr:
                off = 0
            elif (asc and c < prev[1]) or (not asc and c > prev[1]):
                off += 1 if asc else -1
            prev = (hdr, c)
            want = hdr[1] + timedelta(days=off)
            if want != local.date():
                err(e["id"], f"undated stamp resolves to {want} (date line {hdr[1]}, wrap {off:+d}) but published_local says {local.date()}")

    # ---- relative stamps: one capture moment must explain all of them
    rel = [(e, parse_iso(e["published"])) for e in ents if e["stamp"] and re.fullmatch(r"\d+ (min|hr|hrs) ago", e["stamp"])]
    if rel:
        lo, hi = datetime.min.replace(tzinfo=timezone.utc), datetime.max.replace(tzinfo=timezone.utc)
        for e, inst in rel:
            n = int(e["stamp"].split()[0]); unit = timedelta(minutes=1) if "min" in e["stamp"] else timedelta(hours=1)
            lo, hi = max(lo, inst + n * unit), min(hi, inst + (n + 1) * unit)
        if lo >= hi:
            err(sid, "relative stamps are not consistent with a single capture moment")

# ------------------------------------------------------------------ set constraints
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        continue
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

reserved = set()
if os.path.exists("/tmp/blind-bu-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bu-reserved-outlets.txt", encoding="utf-8") if l.strip()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src in PART_A.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 3 >= 2 * len(g["entries"]) and off < len(g["entries"]))
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
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not sum("must not merge" in (e["notes"] or "").lower() for e in ents) >= 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # the 3+ story is told in different words: its headlines differ
    for s in big:
        hs = [e["headline"] for e in ents if e["story"] == s and not e["duplicate_of"]]
        if len(set(hs)) < len(hs):
            err(day, s, "repeats a headline across sources")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2024" or not "01" <= d[5:7] <= "06":
        err(who, "UTC day not allowed", d)

# ------------------------------------------------------------------ own words: no 8-word run shared with the shared seeds or eval/ap
def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
others = ""
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(ROOT, "..", "ap", "tools", "build.py")]:
    if os.path.exists(p):
        others += open(p, encoding="utf-8", errors="replace").read() + "\n"
if others:
    theirs = shingles(others)
    for sid, g in golds.items():
        common = shingles(texts[sid]) & theirs
        if common:
            err(sid, "shares an 8-word run with the shared seeds or eval/ap:", sorted(common)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; days {day_date}; single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
