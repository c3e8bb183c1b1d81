#!/usr/bin/env python3
"""Independent checker for eval/bg: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py: stamps are re-read from the page text on their own.
Usage (from the project root): python3 eval/bg/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
SINGLE = ["The Plain Dealer", "Omaha World-Herald", "Albuquerque Journal", "The Spokesman-Review", "Windsor Star", "Illawarra Mercury",
          "Sheffield Star", "Tunis Afrique Presse", "Lesotho Times", "Tempo English"]
SINGLE = {f"60{i:02d}": s for i, s in enumerate(SINGLE)}
DAYS = {"day1": ["6020", "6021", "6022", "6023"], "day2": ["6030", "6031", "6032", "6033"], "day3": ["6040", "6041", "6042", "6043"]}
# must-not-merge pairs (same place or same theme, different events); README lists them too
NOT_MERGE = {"day1": [("6020-01", "6021-02"), ("6020-07", "6020-08"), ("6021-08", "6021-01"), ("6020-03", "6020-05")],
             "day2": [("6030-01", "6030-07"), ("6033-04", "6033-02")],
             "day3": [("6040-01", "6040-03"), ("6041-07", "6041-04"), ("6040-05", "6040-06"), ("6040-04", "6040-02")]}
SPELLINGS = [("Kryvyi Rih", "Kryvyy Rih", "Krzywy R\u00f3g"), ("Odesa", "Odessa"), ("Kharkiv", "Kharkov"), ("Zelensky", "Zelenskyy", "Zelenskiy")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FALLBACK = set("""2024-07-02 2024-07-03 2024-07-04 2024-07-05 2024-07-08 2024-07-09 2024-07-10 2024-07-12 2024-07-15 2024-07-17 2024-07-20
2024-07-22 2024-07-23 2024-07-24 2024-07-30 2024-07-31 2024-08-01 2024-08-02 2024-08-03 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09
2024-08-11 2024-08-12 2024-08-13 2024-08-14 2024-08-15 2024-08-17 2024-08-18 2024-08-19 2024-08-20 2024-08-22 2024-08-24 2024-08-26 2024-08-27
2024-08-30 2024-09-01 2024-09-03 2024-09-04 2024-09-05 2024-09-06 2024-09-09 2024-09-10 2024-09-11 2024-09-13 2024-09-16 2024-09-17 2024-09-18
2024-09-21 2024-09-24 2024-09-26 2024-09-28""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"BST": ("BST",), "GMT": ("GMT", "UTC"), "UTC": ("UTC", "GMT"), "EDT": ("EDT",), "EST": ("EST",), "ET": ("EDT", "EST"), "CDT": ("CDT",),
              "CEST": ("CEST",), "CET": ("CET",), "EEST": ("EEST",), "EET": ("EET",), "AEST": ("AEST",), "WIB": ("WIB",), "SAST": ("SAST",)}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(tok):
    t = tok.lower().rstrip(".")
    if len(t) < 3:
        return None
    for i, m in enumerate(MONTHS):
        if t == m or (m.startswith(t) and len(t) <= 4):
            return i + 1
    return None


def find_dates(s):
    """All date expressions in s: (start, end, day, month, year or None)."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b", s):
        out.append((m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4))))
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.?,?(?: (\d{4})\b)?", s):
        mo = month_no(m.group(2))
        if mo and 1 <= int(m.group(1)) <= 31:
            out.append((m.start(), m.end(), int(m.group(1)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?", s):
        mo = month_no(m.group(1))
        if mo and 1 <= int(m.group(2)) <= 31:
            out.append((m.start(), m.end(), int(m.group(2)), mo, int(m.group(3)) if m.group(3) else None))
    out.sort()
    return out


def find_time(s):
    """(hour, minute, zone word or None) of the first clock time in s, after blanking out dates."""
    for a, b, *_ in find_dates(s):
        s = s[:a] + " " * (b - a) + s[b:]
    m = re.search(r"(?<![\d/.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    z = re.search(r"\b(BST|GMT|UTC|EDT|EST|ET|CDT|CEST|CET|EEST|EET|AEST|WIB|SAST)\b", s)
    return h, mi, (z.group(1) if z else None)


def zone_ok(word, local, zone):
    return word is None or ZoneInfo(zone).tzname(local.replace(tzinfo=None)) in ZONE_WORDS[word] or \
        local.astimezone(ZoneInfo(zone)).tzname() in ZONE_WORDS[word]


def read_stamp(stamp, local, text, zone, pos, year_hint):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        a = re.search(r"Updated: ([A-Z][a-z]+) (\d{1,2}), (\d{4}) @ (\d{1,2}):(\d\d) (am|pm)", text)
        if not a:
            return "relative stamp without a printed anchor"
        h = int(a.group(4)) % 12 + (12 if a.group(6) == "pm" else 0)
        ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), h, int(a.group(5)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        if m.group(2) == "hr" and n != 1 or m.group(2) == "hrs" and n < 2:
            return "bad singular/plural in relative stamp"
        return None if ref - back == local else f"relative stamp resolves to {ref - back}, not {local}"
    tm = find_time(s)
    if not tm:
        return "unreadable stamp"
    h, mi, zw = tm
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if not zone_ok(zw, local, zone):
        return f"zone word {zw} does not fit {zone} at {local}"
    ds = find_dates(s)
    if ds:
        _, _, d, mo, y = ds[0]
        source = "inside the stamp"
    else:
        before = [x for x in find_dates(text[:pos]) if x[1] <= pos]
        if not before:
            return "undated stamp with no date printed before it"
        _, _, d, mo, y = before[-1]
        source = "the last date line before the stamp"
    if (d, mo) != (local.day, local.month):
        return f"date from {source} is {d}/{mo}, not {local.day}/{local.month}"
    if y is None:
        y = year_hint
    if y != local.year:
        return f"year {y} (from page or parse_args) != {local.year}"
    return None


def jaccard(a, b):
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def body_text(text, lines, e):
    return e["first_sentence"] or ""


forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-bg-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-bg-forbidden-days.txt").read().split())
reserved = set()
if os.path.exists("/tmp/blind-bg-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bg-reserved-outlets.txt", encoding="utf-8") if l.strip()}

golds, texts, raws = {}, {}, {}
expected = set(SINGLE) | {s for v in DAYS.values() for s in v}
found = set()
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    found.add(sid)
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"60\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); raws[sid] = raw; texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    pa = g.get("parse_args")
    year_hint = None
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year_hint = int(pa[1][:4])
            if "2024" in raw:
                err(sid, "parse_args given although the page prints the year")
            locs = {e["published_local"][:10] for e in g["entries"]}
            if locs != {pa[1]}:
                err(sid, "parse_args date is not the printed local day of every entry", locs)
    else:
        if "2024" not in raw:
            err(sid, "page names no year but has no parse_args")
        year_hint = 2024 if "2024" in raw else None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # Key Points / Key Events block
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break
    # JSON-LD
    ld_updates, ld_pub = {}, None
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            obj = json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        nodes = obj.get("@graph", [obj]) if isinstance(obj, dict) else obj
        for n in nodes:
            for u in (n.get("liveBlogUpdate") or []) if isinstance(n, dict) else []:
                ld_updates.setdefault(u.get("headline"), []).append(datetime.fromisoformat(u["datePublished"]))
            if isinstance(n, dict) and n.get("@type") == "NewsArticle":
                ld_pub = datetime.fromisoformat(n["datePublished"])
    time_attrs = defaultdict(list)
    for m in re.finditer(r'<time datetime="([^"]+)">([^<]+)</time>', raw):
        time_attrs[html.unescape(m.group(2))].append(datetime.fromisoformat(m.group(1)))
    ids, cursor = [], 0
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
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Gen|Gov|Mr|Mrs|Dr|St|No|Sen|Rep|Sept|Jan|Feb|Aug|Oct|Nov|Dec)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry's anchor appears after the previous one
        anchor = fs or e["headline"]
        pos = text.find(anchor, cursor)
        if pos < 0:
            err(eid, "entry is not in page order (anchor not found after the previous entry)"); pos = text.find(anchor)
        cursor = max(cursor, pos + 1)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            occ = [mm.start() for mm in re.finditer(re.escape(e["stamp"]), text)]
            spos = min(occ, key=lambda p: abs(p - pos)) if occ else pos
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], spos, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            for t in time_attrs.get(e["stamp"], []):
                if t != local:
                    err(eid, "<time datetime> attribute disagrees with published")
        else:
            ok = False
            for l in lines:
                ds = [x for x in find_dates(l) if x[4]]
                tm = find_time(l)
                if ds and tm and (ds[0][2], ds[0][3], ds[0][4], tm[0], tm[1]) == (local.day, local.month, local.year, local.hour, local.minute) \
                        and zone_ok(tm[2], local, g["page_timezone"]):
                    ok = True; break
            if not ok:
                err(eid, "no stamp and no printed dateline resolves to published_local")
            if ld_pub and ld_pub != local:
                err(eid, "NewsArticle JSON-LD datePublished disagrees")
        if e["headline"] in ld_updates and local not in ld_updates[e["headline"]]:
            err(eid, "LiveBlogPosting update datePublished disagrees")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offbeat or (offbeat and (e["topic"] != "other" or e["importance"] != 1)):
            err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
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
                if jaccard(orig["first_sentence"] or "", fs or "") < 0.8 or jaccard(orig["headline"] or "", e["headline"] or "") < 0.6:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points/Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points/Key Events but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

if found != expected:
    err("seed set differs from the plan:", sorted(found ^ expected))

# ---------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in SINGLE.items():
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

# ---------- Part B
real_names = {o.lower() for o in SINGLE.values()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    if any(s not in golds for s in sids):
        err(day, "missing seeds"); continue
    for sid in sids:
        g = golds[sid]
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.lower() in real_names or any(src.split()[0].lower() == r.split()[0] for r in reserved):
            err(sid, "invented outlet name collides with the reserved list or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 2 >= len(g["entries"]) and off >= 3)
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
        err(day, "no general world feed (most items off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    byid = {e["id"]: e for e in ents}
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    spelled = False
    for st in big:
        blob = " ".join(texts[s] for s in stories[st])
        for variants in SPELLINGS:
            if sum(1 for v in variants if re.search(r"\b" + re.escape(v) + r"\b", blob)) >= 2:
                spelled = True
    if not spelled:
        err(day, "no spelling variants of a place or name across the 3+ source stories")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    themes = [e for e in ents if "theme piece" in (e["notes"] or "").lower()]
    if not themes or any(e["importance"] != 2 or not e["first_sentence"] or len(stories[e["story"]]) != 1 or
                         sum(x["story"] == e["story"] for x in ents) != 1 for e in themes):
        err(day, "theme piece missing, or not a bodied importance-2 entry with its own story")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for a, b in NOT_MERGE[day]:
        if a not in byid or b not in byid:
            err(day, "must-not-merge pair names unknown ids", a, b)
        elif byid[a]["story"] == byid[b]["story"]:
            err(day, "must-not-merge pair shares a story", a, b)
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    reps = [e for e in d2 if "re-post of day-1" in (e["notes"] or "").lower()]
    if not reps:
        err("day 2 carries no re-post of a day-1 entry")
    for e in reps:
        m = re.search(r"re-post of day-1 entry (\d{4}-\d\d)", e["notes"], flags=re.I)
        o = d1.get(m.group(1)) if m else None
        if not o:
            err(e["id"], "re-post note must name the day-1 entry")
        elif e["importance"] != 1 or o["story"] != e["story"] or o["headline"] != e["headline"] or jaccard(o["first_sentence"] or "", e["first_sentence"] or "") < 0.8:
            err(e["id"], "re-post must repeat its day-1 entry (headline, text, story) at importance 1")
    d1_stories = {e["story"] for e in d1.values()}
    if not {e["story"] for e in d2 if e["first_sentence"] and e not in reps and not e["duplicate_of"]} & d1_stories:
        err("day 2 continues no day-1 story")

for d, who in seen.items():
    if d in forbidden or not re.fullmatch(r"2024-0[789]-\d\d", d):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; days {day_date}; single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
