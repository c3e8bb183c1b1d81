#!/usr/bin/env python3
"""Independent checker for eval/bn: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the page text on their own.
Usage (from the project root): python3 eval/bn/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"6700": "Erie Times-News", "6701": "Asheville Citizen-Times", "6702": "The Macon Telegraph", "6703": "Montgomery Advertiser",
          "6704": "Lubbock Avalanche-Journal", "6705": "Argus Leader", "6706": "Casper Star-Tribune", "6707": "Yakima Herald-Republic",
          "6708": "The Modesto Bee", "6709": "The Press Democrat"}
DAY_IDS = {"day1": [str(i) for i in range(6720, 6725)], "day2": [str(i) for i in range(6730, 6735)], "day3": [str(i) for i in range(6740, 6745)]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# Fallback copy of the forbidden UTC days for July-December 2023 (the brief's list is read too when present).
FORBIDDEN = set("""2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-09 2023-07-10 2023-07-11 2023-07-12 2023-07-14 2023-07-15
2023-07-17 2023-07-18 2023-07-19 2023-07-20 2023-07-22 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-07-28 2023-07-30 2023-07-31
2023-08-01 2023-08-02 2023-08-03 2023-08-04 2023-08-06 2023-08-07 2023-08-10 2023-08-13 2023-08-15 2023-08-16 2023-08-17 2023-08-18
2023-08-20 2023-08-22 2023-08-23 2023-08-24 2023-08-29 2023-08-30 2023-08-31 2023-09-02 2023-09-03 2023-09-04 2023-09-05 2023-09-06
2023-09-08 2023-09-09 2023-09-10 2023-09-11 2023-09-12 2023-09-13 2023-09-14 2023-09-15 2023-09-19 2023-09-20 2023-09-21 2023-09-22
2023-09-23 2023-09-25 2023-09-27 2023-09-28 2023-09-29 2023-10-02 2023-10-04 2023-10-05 2023-10-06 2023-10-10 2023-10-11 2023-10-13
2023-10-14 2023-10-17 2023-10-18 2023-10-19 2023-10-21 2023-10-22 2023-10-24 2023-10-28 2023-11-01 2023-11-02 2023-11-04 2023-11-06
2023-11-07 2023-11-08 2023-11-09 2023-11-10 2023-11-13 2023-11-15 2023-11-17 2023-11-18 2023-11-20 2023-11-21 2023-11-22 2023-11-25
2023-11-26 2023-11-27 2023-11-29 2023-12-02 2023-12-03 2023-12-04 2023-12-05 2023-12-06 2023-12-08 2023-12-10 2023-12-12 2023-12-13
2023-12-14 2023-12-18 2023-12-19 2023-12-26 2023-12-27 2023-12-28 2023-12-29 2023-12-30""".split())
if os.path.exists("/tmp/blind-bn-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bn-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bn-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bn-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ABBR = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sen.", "Rep.", "Gov.", "Gen.", "U.S.", "U.N.", "a.m.", "p.m.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
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


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def find_dates(s):
    """All (day, month, year|None) written as 'Month D[, YYYY]' or 'D Month [YYYY]' (month names in any case, AP abbreviations)."""
    out = []
    for m in re.finditer(r"\b([A-Za-z]{3,9})\.? (\d{1,2})\b(?:, (\d{4}))?", s):
        mo = month_no(m.group(1))
        if mo:
            out.append((m.start(), int(m.group(2)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?(?: (\d{4}))?\b", s):
        mo = month_no(m.group(2))
        if mo:
            out.append((m.start(), int(m.group(1)), mo, int(m.group(3)) if m.group(3) else None))
    return [(d, mo, y) for _, d, mo, y in sorted(out)]


def find_time(s):
    m = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def is_date_line(l):
    return 0 < len(l) <= 120 and bool(find_dates(l))


def resolve_date(text, pos, default_year):
    """Date of an undated stamp at text position pos: the nearest date line above it; the year from that line,
    else from the nearest dated line above, else from parse_args."""
    lines = text[:pos].split("\n")
    day = None
    for l in reversed(lines):
        l = l.strip()
        if is_date_line(l):
            d, mo, y = find_dates(l)[-1]
            if day is None:
                day = (d, mo, y)
            if y:
                return (day[0], day[1], day[2] or y)
    if day:
        return (day[0], day[1], default_year)
    return None


def check_stamp(stamp, local, text, pos, default_year, zone):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    t = find_time(s)
    if not t:
        return "unreadable stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    ds = find_dates(s)
    if ds:
        d, mo, y = ds[0]
        if (d, mo) != (local.day, local.month) or (y and y != local.year):
            return "date inside the stamp differs"
        if not y and not default_year and not re.search(r"\b20\d\d\b", text):
            return "no year anywhere"
        return None
    got = resolve_date(text, pos, default_year)
    if not got:
        return "undated stamp with no date line above it"
    if got != (local.day, local.month, local.year):
        return f"undated stamp resolves to {got} from the date line above, not {local:%Y-%m-%d}"
    return None


def ld_updates(raw):
    ups = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(m.group(1))
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ty = n.get("@type"); ty = ty if isinstance(ty, list) else [ty]
            if "LiveBlogPosting" in ty and n.get("liveBlogUpdate"):
                u = n["liveBlogUpdate"]
                ups += u if isinstance(u, list) else [u]
    return ups


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
    if not re.fullmatch(r"67\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    pa = g.get("parse_args")
    if "2023" not in raw and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa and "2023" in text:
        err(sid, "parse_args on a page that prints a year")
    if pa and (pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1])):
        err(sid, "parse_args malformed")
    default_year = int(pa[1][:4]) if pa else None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    zone = g["page_timezone"]; ZoneInfo(zone)
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
    kp_end = 0
    if kp_heads:
        kp_end = text.find(kp_heads[-1]) + len(kp_heads[-1])
    ids = []; cursor = kp_end
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the page")
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not all(l == fs or l[len(fs)] == " " for l in hits):
                err(eid, "first_sentence stops inside a word")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or fs.endswith(ABBR):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's own text must come after the previous entry's
        anchor = fs if fs is not None else e["headline"]
        pos = text.find(anchor, cursor)
        if pos < 0:
            err(eid, "entry text not found after the previous entry (page order)"); pos = cursor
        cursor = pos + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            spos = text.rfind(e["stamp"], 0, pos + len(anchor))
            if spos < 0:
                spos = text.find(e["stamp"], pos)
            why = check_stamp(e["stamp"], local, text, spos, default_year, zone)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # stampless: a short dateline with this local date and time must be printed
            ok = False
            for l in lines:
                if 0 < len(l) <= 120 and find_time(l) == (local.hour, local.minute) and any(
                        (d, mo) == (local.day, local.month) and (y or local.year) == local.year for d, mo, y in find_dates(l)):
                    ok = True
            if not ok:
                err(eid, "no stamp and no dateline printing", local.strftime("%Y-%m-%d %H:%M"))
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"]:
            err(eid, "secondary repeats primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
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
            elif orig["first_sentence"] != fs:
                err(eid, "duplicate is not near-verbatim (first sentence differs)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # structural cross-checks against the markup
    if sp.endswith(".xml"):
        n_items = len(re.findall(r"<item[ >]", raw)) + len(re.findall(r"<entry>", raw))
        if n_items != len(g["entries"]):
            err(sid, "feed has", n_items, "items but gold has", len(g["entries"]), "entries")
    ups = ld_updates(raw)
    if ups:
        if len(ups) != len(g["entries"]):
            err(sid, "JSON-LD has", len(ups), "updates but gold has", len(g["entries"]))
        for u, e in zip(ups, g["entries"]):
            if u.get("headline") != e["headline"]:
                err(e["id"], "JSON-LD update headline differs (order?)")
            if datetime.fromisoformat(u["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                err(e["id"], "JSON-LD datePublished differs from published")

# ---------------------------------------------------------------- Part A
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

# ---------------------------------------------------------------- Part B
partb = set(s for ids_ in DAY_IDS.values() for s in ids_)
for sid in golds:
    if sid not in SINGLE and sid not in partb:
        err(sid, "id outside 6700-6709 / 6720-6724 / 6730-6734 / 6740-6744")
day_date = {}
for day, cand in DAY_IDS.items():
    sids = [s for s in cand if s in golds]
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds[sid]
        src = g["source"]
        if src.lower() in RESERVED:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
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
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAY_IDS["day1"] if s in golds for e in golds[s]["entries"]]
    d2 = [e for s in DAY_IDS["day2"] if s in golds for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
