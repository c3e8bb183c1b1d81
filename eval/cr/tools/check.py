#!/usr/bin/env python3
"""Independent checker for eval/cr: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py: stamps, datelines and Key Points blocks are parsed again from the page text.
Usage (from the project root): python3 eval/cr/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = ["Naples Daily News", "The News-Press", "Bradenton Herald", "Pensacola News Journal", "Northwest Florida Daily News",
          "Ocala Star-Banner", "The Daytona Beach News-Journal", "Florida Today", "The Palm Beach Post", "The Ledger"]
PART_A_IDS = [str(9700 + i) for i in range(10)]
DAY_RANGES = {"day1": range(9720, 9725), "day2": range(9730, 9735), "day3": range(9740, 9745)}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {1, 3, 4, 5, 6, 8, 10, 11, 12}
MONTH_WORDS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
REGION_ABBR = {"ET": "America/New_York", "CT": "America/Chicago"}
FIXED_ABBR = {"GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3}
MONTH_RE = r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
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


def parse_printed(s):
    """Reads a printed date/time expression on its own. Returns a dict with any of: dt (aware datetime), h, mi, y, mo, d, wd, abbr."""
    s = s.strip(); r = {}
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        r["dt"] = datetime.fromisoformat(s.replace("Z", "+00:00")); return r
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        r["dt"] = parsedate_to_datetime(s); return r
    m = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)
    if m:
        r.update(d=int(m.group(1)), mo=int(m.group(2)), y=int(m.group(3))); s = s[:m.start()] + " " + s[m.end():]
    m = re.search(MONTH_RE + r"\s+(\d{1,2})\b(?:,\s*(\d{4}))?", s) or None
    m2 = re.search(r"\b(\d{1,2})\s+" + MONTH_RE + r"(?:,?\s+(\d{4}))?", s)
    if m and "mo" not in r:
        r.update(mo=MONTH_WORDS[m.group(1)[:3].lower()], d=int(m.group(2)))
        if m.group(3):
            r["y"] = int(m.group(3))
        s = s[:m.start()] + " " + s[m.end():]
    elif m2 and "mo" not in r:
        r.update(d=int(m2.group(1)), mo=MONTH_WORDS[m2.group(2)[:3].lower()])
        if m2.group(3):
            r["y"] = int(m2.group(3))
        s = s[:m2.start()] + " " + s[m2.end():]
    m = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if m:
        h = int(m.group(1)); mi = int(m.group(2)); suf = (m.group(3) or "").lower()
        if suf:
            assert 1 <= h <= 12
            h = h % 12 + (12 if suf.startswith("p") else 0)
        r.update(h=h, mi=mi)
    for w in WEEKDAYS:
        if re.search(r"\b" + w + r"\b", s, flags=re.I):
            r["wd"] = WEEKDAYS.index(w)
    m = re.search(r"\b(ET|CT|GMT|UTC|BST|CEST|CET|EEST|EET)\b", s)
    if m:
        r["abbr"] = m.group(1)
    return r


def zone_ok(abbr, local, zone):
    if abbr in REGION_ABBR:
        return REGION_ABBR[abbr] == zone
    return local.utcoffset() == timedelta(hours=FIXED_ABBR[abbr])


def date_lines(text):
    """(position, parsed) of short lines that print a calendar date (month+day, with or without year)."""
    out = []; pos = 0
    for line in text.split("\n"):
        l = line.strip()
        if 0 < len(l) < 110:
            p = parse_printed(l)
            if "mo" in p and "d" in p:
                out.append((pos, p, l))
        pos += len(line) + 1
    return out


def full_datetimes(text, zone):
    """Instants of every line that prints a full date (with year) and a clock time."""
    out = set()
    for line in text.split("\n"):
        l = line.strip()
        if not l or len(l) > 200:
            continue
        p = parse_printed(l)
        if "dt" in p:
            out.add(p["dt"]); continue
        if {"y", "mo", "d", "h", "mi"} <= set(p):
            z = REGION_ABBR.get(p.get("abbr"), zone)
            d = datetime(p["y"], p["mo"], p["d"], p["h"], p["mi"])
            if p.get("abbr") in FIXED_ABBR:
                out.add((d - timedelta(hours=FIXED_ABBR[p["abbr"]])).replace(tzinfo=ZoneInfo("UTC")))
            else:
                out.add(d.replace(tzinfo=ZoneInfo(z)))
    return out


def sentence_split_ok(fs, rest):
    if re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z0-9\"\u201c\u2018]", fs):
        return False  # an earlier sentence ends inside
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return False
    return rest == "" or re.match(r"\s+[A-Z0-9\"\u201c\u2018]", rest) is not None


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def jaccard(a, b):
    a, b = set(words(a)), set(words(b))
    return len(a & b) / max(1, len(a | b))


forbidden = set()
if os.path.exists("/tmp/blind-cr-forbidden-days.txt"):
    forbidden = {l.strip() for l in open("/tmp/blind-cr-forbidden-days.txt") if l.strip()}
reserved = set()
if os.path.exists("/tmp/blind-cr-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cr-reserved-outlets.txt") if l.strip()}

golds = {}; texts = {}; raws = {}
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
    if not re.fullmatch(r"97\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp)
    raws[sid] = raw; texts[sid] = text
    zone = g["page_timezone"]; ZoneInfo(zone)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    # ---- year / parse_args
    pa = g.get("parse_args")
    if pa and (pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1])):
        err(sid, "parse_args malformed")
    if not re.search(r"\b2023\b", text) and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa and not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
        err(sid, "parse_args date is not a printed local day of any entry")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # ---- Key Points block
    lines = [l.strip() for l in text.split("\n")]
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
    # ---- JSON-LD per-update times
    ld_times = {}
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(block)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") or []
            for u in ups if isinstance(ups, list) else [ups]:
                if u.get("headline") and u.get("datePublished"):
                    ld_times.setdefault(u["headline"], []).append(datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")))
    dlines = date_lines(text)
    fulls = full_datetimes(text, zone)
    # ---- reference day for weekday-only stamps: the latest full date printed in a 'Published' line
    pubref = None
    for l in lines:
        if l.startswith("Published"):
            p = parse_printed(l)
            if {"y", "mo", "d"} <= set(p):
                pubref = date(p["y"], p["mo"], p["d"])
    ids = []; cursor = 0
    for e in g["entries"]:
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
        # anchor: headline, else first sentence, found in page order
        anchor_txt = e["headline"] or e["first_sentence"]
        if not anchor_txt:
            err(eid, "neither headline nor body"); ids.append(eid); continue
        apos = text.find(anchor_txt, cursor)
        if apos < 0:
            err(eid, "entry not found in page order after the previous entry"); apos = text.find(anchor_txt)
        cursor = apos + 1
        fs = e["first_sentence"]
        if fs is not None:
            fpos = text.find(fs, apos)
            if fpos < 0:
                err(eid, "first_sentence not found after the entry's headline")
            else:
                line_start = text.rfind("\n", 0, fpos) + 1
                if text[line_start:fpos].strip():
                    err(eid, "first_sentence does not start a text line")
                line_end = text.find("\n", fpos); line_end = len(text) if line_end < 0 else line_end
                if not sentence_split_ok(fs, text[fpos + len(fs):line_end]):
                    err(eid, "first_sentence is not exactly the first sentence of its line:", fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        inst = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if inst != local:
            err(eid, "published != published_local")
        if e["headline"] in ld_times and not any(t == inst for t in ld_times[e["headline"]]):
            err(eid, "JSON-LD datePublished of this update disagrees with published")
        st = e["stamp"]
        if st is None:
            if inst not in fulls:
                err(eid, "stampless entry: no full dateline on the page gives", e["published"])
        else:
            p = parse_printed(st)
            if "dt" in p:
                if p["dt"] != inst:
                    err(eid, "stamp instant differs:", st)
            else:
                if (p.get("h"), p.get("mi")) != (local.hour, local.minute):
                    err(eid, "stamp clock differs:", st, local)
                if "abbr" in p and not zone_ok(p["abbr"], local, zone):
                    err(eid, "stamp zone abbreviation contradicts page_timezone:", st)
                if "mo" in p:
                    if (p["mo"], p["d"]) != (local.month, local.day):
                        err(eid, "stamp date differs:", st)
                    y = p.get("y") or (int(pa[1][:4]) if pa else None)
                    if y is None:
                        ym = re.search(r"\b(20\d\d)\b", text)
                        y = int(ym.group(1)) if ym else None
                    if y is None:
                        err(eid, "stamp date without a year, and neither the page nor parse_args gives one")
                    elif y != local.year:
                        err(eid, "year differs")
                elif "wd" in p:
                    if pubref is None:
                        err(eid, "weekday stamp without a printed Published date")
                    else:
                        back = (pubref.weekday() - p["wd"]) % 7
                        if pubref - timedelta(days=back) != local.date():
                            err(eid, "weekday stamp resolves to", pubref - timedelta(days=back), "not", local.date())
                else:
                    prev = [x for x in dlines if x[0] < apos]
                    if not prev:
                        err(eid, "undated stamp with no date line above it")
                    else:
                        q = prev[-1][1]
                        if (q["mo"], q["d"]) != (local.month, local.day):
                            err(eid, "undated stamp: nearest date line above", repr(prev[-1][2]), "gives another day than", local.date())
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat_note = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offbeat_note:
            err(eid, "off-beat subtopic and note must go together")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1):
            err(eid, "off-beat must be other/unrelated, importance 1")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif jaccard((orig["headline"] or "") + " " + (orig["first_sentence"] or ""), (e["headline"] or "") + " " + (e["first_sentence"] or "")) < 0.8:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
hard = defaultdict(list)
for sid, outlet in zip(PART_A_IDS, PART_A):
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    ents = g["entries"]
    if not 5 <= len(ents) <= 9:
        err(sid, "entry count", len(ents))
    days = {e["published"][:10] for e in ents}
    if len(days) != 1:
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
    # hard-case inventory
    if g.get("parse_args"):
        hard["no year"].append(sid)
    if len({e["published_local"][:10] for e in ents}) > 1:
        hard["crosses local midnight"].append(sid)
    order = [e["published"] for e in ents]
    if len(set(order)) > 1 and order == sorted(order):
        hard["oldest first"].append(sid)
    if len(set(order)) > 1 and order == sorted(order, reverse=True):
        hard["newest first"].append(sid)
    authors = {e["author"] for e in ents}
    if len(authors) > 1:
        hard["per-post authors"].append(sid)
    elif None not in authors:
        hard["one page byline"].append(sid)
    if any(e["headline"] is None for e in ents):
        hard["entries without headline"].append(sid)
    t = texts[sid]
    if any(e["headline"] and e["stamp"] and t.find(e["stamp"], t.find(e["headline"])) - t.find(e["headline"]) in range(1, 200) for e in ents):
        hard["stamp after headline"].append(sid)
    if all(e["stamp"] and "abbr" not in parse_printed(e["stamp"]) and "dt" not in parse_printed(e["stamp"]) for e in ents) and \
            not re.search(r"\b(ET|CT|EST|EDT|CDT|GMT|UTC|Eastern|Central|local)\b", t):
        hard["zone only implied by the outlet's home"].append(sid)
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
for k in ["no year", "crosses local midnight", "oldest first", "newest first", "per-post authors", "one page byline",
          "entries without headline", "stamp after headline", "zone only implied by the outlet's home"]:
    if not hard[k]:
        err("Part A lacks the hard case:", k)

# ---------------------------------------------------------------- Part B
day_date = {}; day_golds = {}
for day, rng in DAY_RANGES.items():
    sids = [s for s in golds if int(s) in rng]
    day_golds[day] = sids
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); world = False
    for sid in sids:
        g = golds[sid]; src = g["source"]
        if src.lower() in reserved or any(src.lower() == o.lower() for o in PART_A):
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 2 > len(g["entries"]) and len(g["entries"]) >= 5)
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
        err(day, "no general world feed (majority off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        heads = {e["headline"] for e in ents if e["story"] == st and e["headline"]}
        if len(heads) < 3:
            err(day, st, "3+ sources should word it differently")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
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
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in day_golds["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in day_golds["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and jaccard(e["first_sentence"] or "", o["first_sentence"] or "") >= 0.8 for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d[:4] != "2023" or int(d[5:7]) not in ALLOWED_MONTHS or d in forbidden:
        err(who, "UTC day not allowed", d)

# ---------------------------------------------------------------- own words: no 8-word run shared with the sample seeds or eval/ap
others = []
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(ROOT, "..", "ap", "tools", "build.py"), os.path.join(ROOT, "..", "ap", "README.md")]:
    if os.path.exists(p):
        others.append(open(p, encoding="utf-8").read())
shingles = set()
for t in others:
    w = words(t)
    shingles |= {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}
for sid, g in golds.items():
    for e in g["entries"]:
        for s in (e["headline"], e["first_sentence"]):
            w = words(s or "")
            hit = [" ".join(w[i:i + 8]) for i in range(len(w) - 7) if " ".join(w[i:i + 8]) in shingles]
            if hit:
                err(e["id"], "shares an 8-word run with the sample seeds or eval/ap:", hit[0])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w in PART_A_IDS)}; hard cases "
      + "; ".join(f"{k}: {','.join(v)}" for k, v in hard.items()))
