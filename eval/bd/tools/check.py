#!/usr/bin/env python3
"""Independent checker for eval/bd: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py. Usage (from the project root): python3 eval/bd/tools/check.py -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"5700": "Orlando Sentinel", "5701": "The Cincinnati Enquirer", "5702": "The Chronicle Herald", "5703": "Saskatoon StarPhoenix",
          "5704": "Geelong Advertiser", "5705": "Inverness Courier", "5706": "Limerick Leader", "5707": "Qatar Tribune", "5708": "The Standard",
          "5709": "Mehr News Agency"}
DAYS = {"day1": ["5720", "5721", "5722", "5723", "5724"], "day2": ["5730", "5731", "5732", "5733", "5734"], "day3": ["5740", "5741", "5742", "5743", "5744"]}
# must-not-merge pairs: same place or same theme, different events (README)
MUST_NOT_MERGE = [("5720-02", "5720-03"), ("5721-01", "5720-06"), ("5721-05", "5721-03"), ("5720-01", "5720-06"),
                  ("5730-01", "5733-03"), ("5730-04", "5730-02"), ("5733-02", "5733-03"), ("5730-04", "5720-07"),
                  ("5743-03", "5740-05"), ("5741-04", "5743-02"), ("5741-05", "5741-06"), ("5742-03", "5744-02")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days for April-June 2024 (copy of the brief's list for those months; the full list is also read when present)
FORBIDDEN = set("""2024-04-01 2024-04-02 2024-04-04 2024-04-05 2024-04-06 2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-13 2024-04-16
2024-04-17 2024-04-18 2024-04-19 2024-04-20 2024-04-22 2024-04-23 2024-04-24 2024-04-26 2024-04-29 2024-05-03 2024-05-04 2024-05-06 2024-05-07
2024-05-09 2024-05-10 2024-05-13 2024-05-14 2024-05-16 2024-05-18 2024-05-21 2024-05-22 2024-05-23 2024-05-25 2024-05-26 2024-05-27 2024-05-28
2024-05-30 2024-05-31 2024-06-03 2024-06-04 2024-06-05 2024-06-07 2024-06-08 2024-06-10 2024-06-11 2024-06-12 2024-06-13 2024-06-14 2024-06-15
2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-22 2024-06-23 2024-06-24 2024-06-25 2024-06-27""".split())
if os.path.exists("/tmp/blind-bd-forbidden-days.txt"):
    FORBIDDEN |= {l.strip() for l in open("/tmp/blind-bd-forbidden-days.txt", encoding="utf-8") if l.strip()}
RESERVED = set()
if os.path.exists("/tmp/blind-bd-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bd-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
ZONE_ABBR = {"EDT": [-4], "ET": [-4, -5], "CST": [-6], "BST": [1], "GMT": [0], "EEST": [3], "CEST": [2], "IST": [1], "AEST": [10]}
ABBREV_END = re.compile(r"(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|No|U\.S|U\.N|U\.K|a\.m|p\.m)\.$")
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


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def date_mentions(text):
    """(position, day, month, year-or-None) for every printed calendar date."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})\s+" + MON_RE + r"\b\.?(?:,?\s+(\d{4}))?", text):
        out.append((m.start(), int(m.group(1)), month_no(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b" + MON_RE + r"\.?\s+(\d{1,2})(?!\d)(?:,\s+(\d{4}))?", text):
        out.append((m.start(), int(m.group(2)), month_no(m.group(1)), int(m.group(3)) if m.group(3) else None))
    return sorted(out)


def read_stamp(s, local, text, pos):
    """Re-reads a printed stamp on its own. Returns None when it agrees with the gold local time, else a reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unreadable stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return "12-hour clock out of range"
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    for ab, offs in ZONE_ABBR.items():
        if re.search(r"\b" + ab + r"\b", s) and local.utcoffset() not in [timedelta(hours=o) for o in offs]:
            return f"zone {ab} does not match the local offset {local.utcoffset()}"
    inside = date_mentions(s)
    if inside:
        _, d, mo, y = inside[0]
        if (d, mo) != (local.day, local.month) or (y and y != local.year):
            return "date inside the stamp differs"
        return None
    before = [x for x in date_mentions(text[:pos])]
    if not before:
        return "undated stamp and no date printed before it"
    _, d, mo, y = before[-1]
    if (d, mo) != (local.day, local.month) or (y and y != local.year):
        return f"undated stamp: the last printed date before it ({d}/{mo}) is not the local date {local:%d/%m}"
    return None


def my_first_sentence(line):
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[A-Z0-9\"'\u201c\u2018]|$)", line):
        if ABBREV_END.search(line[:m.start() + 1]):
            continue
        return line[:m.end()]
    return line


def is_body_line(l):
    return len(l) >= 40 and re.search(r"[.!?][\"'\u201d\u2019)]?$", l) is not None


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


golds, segs, texts = {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    if not re.fullmatch(r"57\d\d_[a-z0-9]+(-[a-z0-9]+)+\.(txt|html|xml)", g.get("seed", "")):
        err(g.get("seed"), "bad seed file name")
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    ZoneInfo(g["page_timezone"])
    if "2024" not in raw and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
            err(sid, "parse_args date is not a printed local day of the page")
        if "2024" in raw:
            err(sid, "parse_args on a page that prints the year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # Key Points block: the bullet lines right after a 'Key Points' line
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    if kp_heads:
                        break
                    continue
                m = re.match(r"^[-\u2022*]\s*(.+)$", l2)
                if not m:
                    break
                kp_heads.append(m.group(1))
            break
    # page order and per-entry regions
    anchors, pos = [], 0
    for e in g["entries"]:
        a = e["headline"] if e["headline"] else e["first_sentence"]
        if a is None:
            err(e["id"], "neither headline nor body"); anchors.append((pos, pos)); continue
        p = text.find(a, pos)
        if p < 0:
            err(e["id"], "anchor not found after the previous entry (page order?):", a[:50]); anchors.append((pos, pos)); continue
        anchors.append((p, p + len(a))); pos = p + len(a)
    seglist = []
    for i, e in enumerate(g["entries"]):
        start = anchors[i - 1][1] if i else 0
        end = anchors[i + 1][0] if i + 1 < len(anchors) else len(text)
        seglist.append((start, end))
    segs[sid] = {e["id"]: text[anchors[i][0]:seglist[i][1]] for i, e in enumerate(g["entries"])}
    for i, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{i + 1:02d}":
            err(eid, "ids must be <seed>-NN numbered in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        start, end = seglist[i]
        fs = e["first_sentence"]
        if fs is not None:
            cand = [j for j, l in enumerate(lines) if l.startswith(fs)]
            if not cand:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            else:
                line = lines[cand[-1]] if e["headline"] else lines[cand[0]]
                if my_first_sentence(line) != fs:
                    err(eid, "first_sentence is not the line's first sentence:", fs[:60])
                # count body paragraphs independently: the run of body-like lines starting at the first sentence, inside the entry's region
                reg = text[anchors[i][0]:end]
                rl = [l.strip() for l in reg.split("\n")]
                starts = [j for j, l in enumerate(rl) if l.startswith(fs)]
                if starts:
                    j = starts[-1]; n = 0
                    while j < len(rl):
                        if rl[j] == "":
                            j += 1; continue
                        if not is_body_line(rl[j]):
                            break
                        n += 1; j += 1
                    if n != e["body_paragraphs"]:
                        err(eid, f"body_paragraphs {e['body_paragraphs']} but the page shows {n}")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            sp_ = text.find(e["stamp"], start)
            if sp_ < 0 or sp_ >= end:
                err(eid, "stamp not printed inside the entry's region of the page")
            else:
                why = read_stamp(e["stamp"], local, text, sp_)
                if why:
                    err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if f"{local:%H:%M}" not in text and local.isoformat() not in raw:
                err(eid, "no stamp, and neither the dateline time nor an ISO time is printed")
            if not any((d, mo) == (local.day, local.month) and (y in (None, local.year)) for _, d, mo, y in date_mentions(text)):
                err(eid, "no stamp, and the local date is printed nowhere")
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
        off = e["subtopic"] == "unrelated"
        if off and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e["notes"] or "").startswith("off-beat:") and not off:
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"][:i] if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                a, b = words(text[anchors[i][0]:end]), words(segs[sid][orig["id"]])
                if len(a & b) / max(1, len(a | b)) < 0.8:
                    err(eid, "duplicate is not near-verbatim on the page")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
    if kp_heads:
        for h in kp_heads:
            if not any(x["headline"] == h for x in g["entries"]):
                err(sid, "Key Points line matches no entry:", h[:50])

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
part_a_names = {v.lower() for v in SINGLE.values()}

# ---------------------------------------------------------------- Part B
day_date = {}
allb = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        offn = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and offn / len(g["entries"]) >= 0.6)
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1; allb[e["id"]] = (day, e)
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(srcs), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for k, v in stories.items()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
for a, b in MUST_NOT_MERGE:
    if a not in allb or b not in allb:
        err("must-not-merge pair refers to a missing entry", a, b); continue
    (da, ea), (db, eb) = allb[a], allb[b]
    if ea["story"] == eb["story"]:
        err("must-not-merge pair shares a story", a, b)
    if da != db and not (da, db) == ("day2", "day1"):
        err("must-not-merge pair across unrelated days", a, b)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [(s, e) for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [(s, e) for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = []
    for s2, e in d2:
        for s1, o in d1:
            if e["headline"] == o["headline"] and e["story"] == o["story"]:
                rep.append(e)
                a, b = words(segs[s2][e["id"]]), words(segs[s1][o["id"]])
                if len(a & b) / max(1, len(a | b)) < 0.8:
                    err(e["id"], "re-post text differs from the day-1 entry", o["id"])
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for _, e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for _, e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") in (day_date.get("day1"), day_date.get("day2")):
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2024" or d[5:7] not in ("04", "05", "06"):
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
