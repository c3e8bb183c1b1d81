#!/usr/bin/env python3
"""Independent checker for eval/gu: re-reads every seed file on its own (it does not import build.py) and verifies the gold
files against the pages: exact substrings, page order, stamps re-read and resolved from the page alone, label rules and the
set constraints of the brief.  Usage (from the project root): python3 eval/gu/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("20400", "Bluesky (Hanna Lysenko)", ".txt"), ("20401", "Mastodon (UA Front Monitor)", ".xml"),
          ("20402", "YouTube (Dnipro Evening News)", ".xml"), ("20403", "Google Alerts (Zaporizhzhia)", ".xml"),
          ("20404", "Substack (The Eastern Flank)", ".html"), ("20405", "Ghost (Black Sea Notes)", ".xml"),
          ("20406", "LinkedIn (Defence Supply Weekly)", ".html"), ("20407", "Telegram (Sumy Region Online)", ".html"),
          ("20408", "Facebook (Odesa Coast News)", ".txt"), ("20409", "Threads (Mykola Hrytsenko)", ".txt")]
DAYS = {"day1": ["20420", "20421", "20422", "20423"], "day2": ["20430", "20431", "20432", "20433"], "day3": ["20440", "20441", "20442", "20443"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED = {f"2032-02-{d:02d}" for d in range(1, 30)}  # February 2032 (a leap year)
FORBIDDEN_FILE = "/tmp/blind-gu-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-gu-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_WORDS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "JST"}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\s*:")
INLINE = r"a|b|strong|i|em|span|u|small|abbr|mark|sup|sub|code"
problems = []


def err(*a):
    problems.append(" ".join(str(x) for x in a))


def strip_tags(t):
    t = re.sub(r"</?(?:%s)\b[^>]*>" % INLINE, "", t, flags=re.I)   # inline markup does not break a line
    return re.sub(r"<[^>]+>", "\n", t)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(strip_tags(t))
    return html.unescape(strip_tags(t))  # escaped HTML inside feed content/titles


def month_no(w):
    w = w.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """first clock time in s: '7:58 AM', '8:45 PM', '07.05', '14:32', '08h05'."""
    m = re.search(r"(?<![\d:.h])(\d{1,2})[:.h](\d\d)(?![\d.:])\s*([AaPp][Mm])?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def page_dates(text):
    """(position, year, month, day) of full calendar dates printed on the page."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b", text):
        if month_no(m.group(1)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", text):
        if month_no(m.group(2)):
            out.append((m.start(), int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    return sorted(out)


def ld_times(raw):
    """every datePublished in the page's JSON-LD blocks (top level or @graph)."""
    out = set()
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            j = json.loads(blk)
        except ValueError:
            continue
        nodes = j.get("@graph", [j]) if isinstance(j, dict) else j
        for n in nodes:
            if isinstance(n, dict) and n.get("datePublished"):
                out.add(datetime.fromisoformat(n["datePublished"].replace("Z", "+00:00")))
    return out


def read_stamp(s, local, text, raw, pos, zone, g, dateonly):
    """re-reads a printed stamp from the page alone; returns None when it agrees with the gold, else the reason."""
    s = s.strip()
    if re.fullmatch(r"\d\d/\d\d/\d\d", s):  # Threads: MM/DD/YY, date only
        mo, dd, yy = (int(x) for x in s.split("/"))
        if not dateonly:
            return "date-only stamp but published carries a time"
        return None if (2000 + yy, mo, dd) == (local.year, local.month, local.day) else "MM/DD/YY date differs"
    if dateonly:
        return "published is date-only but the stamp has a time"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) at (\d{1,2}):(\d\d) (AM|PM)", s)  # Facebook, no year
    if m:
        ys = {int(y) for y in re.findall(r"\u00a9 (\d{4})", text)}
        if g.get("parse_args"):
            ys = {int(g["parse_args"][1][:4])}
        if len(ys) != 1:
            return "Facebook stamp without exactly one year on the page"
        h = int(m.group(3)) % 12 + (12 if m.group(5) == "PM" else 0)
        want = datetime(ys.pop(), month_no(m.group(1)), int(m.group(2)), h, int(m.group(4)), tzinfo=ZoneInfo(zone))
        return None if want == local.replace(second=0) and local.second == 0 else "Facebook stamp differs"
    for w in re.findall(r"\b[A-Z]{2,4}\b", s):
        if w in ZONE_WORDS and w != local.tzname() and not (w == "GMT" and local.utcoffset() == timedelta(0)):
            return f"zone {w} in the stamp is not the page zone's abbreviation ({local.tzname()})"
    hm = clock(s)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm} != local {local:%H:%M}"
    if local.second:  # seconds only come from a full time in the element's title attribute (Telegram export)
        off = local.strftime("%z")
        if f'title="{local:%d.%m.%Y %H:%M:%S} UTC{off[:3]}:{off[3:]}"' not in raw:
            return "seconds in the gold are not in a title attribute of the page"
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? \d", s)
    before = [d for d in page_dates(text) if d[0] < pos]
    if not before:
        return "no full date printed before the stamp"
    _, y, mo, dd = before[-1]
    if m and month_no(m.group(2)):  # '24 February, 09:12': day and month in the stamp, year from the header
        mo, dd = month_no(m.group(2)), int(m.group(1))
    return None if (y, mo, dd) == (local.year, local.month, local.day) else f"date {y}-{mo:02d}-{dd:02d} != local day"


def starts_line(anchor, text, stamp, after, whole=False):
    """positions > after where anchor starts a text line, or follows the entry's own stamp (and separators) on its line;
    whole=True (headlines): nothing but separators may follow it on the line."""
    out = []
    for m in re.finditer(re.escape(anchor), text):
        if m.start() <= after:
            continue
        le = text.find("\n", m.end())
        if whole and not re.fullmatch(r"[\s+]*", text[m.end():le if le >= 0 else len(text)]):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        pre = text[ls:m.start()]
        if pre.strip() == "" or (stamp and stamp in pre and re.fullmatch(r"[\s+\-\u2014|:]*", pre.replace(stamp, ""))):
            out.append(m.start())
    return out


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
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
    if not re.fullmatch(r"204\d\d_[a-z0-9]+(-[a-z0-9]+)*\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<slug>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(blk)
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
    if not re.search(r"\b20\d\d\b", text) and not g.get("parse_args"):
        err(sid, "the page prints no year but the gold has no parse_args")
    if g.get("parse_args") and re.search(r"\b20\d\d\b", text):
        err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if l2 not in heads:
                    break
                kp_heads.append(l2)
            break
    ldt = ld_times(raw)
    ids = []; pos_prev = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
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
            later = starts_line(anchor, text, e["stamp"], pos_prev, whole=bool(e["headline"]))
            if not later:
                err(eid, "entry is not in page order, or its headline/first sentence does not start a line")
            else:
                pos = pos_prev = later[0]
        if fs is not None:
            at = starts_line(fs, text, e["stamp"], -1)
            if not at:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(p + len(fs) == len(text) or text[p + len(fs)] in " \n" for p in at):
                err(eid, "first_sentence is cut inside a word:", fs[:60])
            if not re.search(r"[.!?\u2026][)\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|U\.N|Gen|Gov|Sen|Lt|Col|No|St|Mr|Mrs|Dr|a\.m|p\.m)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d(?::\d\d)?))? (\S+)", e.get("published_local") or "")
        if not m or m.group(3) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        dateonly = m.group(2) is None
        if dateonly:
            local = datetime.strptime(m.group(1), "%Y-%m-%d").replace(tzinfo=ZoneInfo(m.group(3)))
            if e["published"] != m.group(1):
                err(eid, "date-only published must equal the local date")
        else:
            fmt = "%Y-%m-%d %H:%M:%S" if len(m.group(2)) == 8 else "%Y-%m-%d %H:%M"
            local = datetime.strptime(f"{m.group(1)} {m.group(2)}", fmt).replace(tzinfo=ZoneInfo(m.group(3)))
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
                err(eid, "published must be UTC ...Z (or a date only)"); continue
            if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
                err(eid, "published != published_local")
        if not e["published_basis"]:
            err(eid, "published_basis empty")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, pos, g["page_timezone"], g, dateonly)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif dateonly:
            err(eid, "date-only entry without a printed date stamp")
        else:
            printed = f"{local:%H:%M}" in text and any((y, mo, d) == (local.year, local.month, local.day) for _, y, mo, d in page_dates(text)) \
                or f"{local:%d.%m.%Y, %H:%M}" in text
            if not printed and local not in ldt:
                err(eid, "no stamp: the time must be the page's printed dateline or its JSON-LD datePublished")
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
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

# ---------------------------------------------------------------- Part A: ten platforms, one UTC day each, format mix
seen = {}
fmts = defaultdict(int)
for sid, outlet, ext in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if os.path.splitext(g["seed"])[1] != ext:
        err(sid, "format should be", ext)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans more than one UTC day", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 3, ".html": 3, ".xml": 4}:
    err("Part A format mix must be 4 feeds / 3 HTML / 3 text:", dict(fmts))

# ---------------------------------------------------------------- Part B: three multi-source days
part_a_names = {o.lower() for _, o, _ in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        fslug = g["seed"].split("_", 1)[1].rsplit(".", 1)[0]
        if src.lower() in reserved or src.lower().split()[0] in reserved or fslug in reserved or fslug.split("-")[0] in reserved \
                or any(src.lower().split()[0] == r.split()[0] for r in reserved):
            err(sid, "outlet name collides with the reserved list:", src)
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
        err(day, "no teaser without text")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page near-verbatim repeat")
    mnm = [(e.get("notes") or "").lower() for e in ents if "must not merge" in (e.get("notes") or "").lower()]
    if not any("same region" in x or "same city" in x for x in mnm) or not any("same" in x and "theme" in x for x in mnm):
        err(day, "must-not-merge neighbours needed: same region (other event) and same theme (other event)")
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
        err("day 2 must carry a re-post of a day-1 entry, importance 1, noted 're-post of day-1'")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day (not next to day 2)")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if problems:
    print("\n".join(problems)); print(f"FAIL: {len(problems)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
