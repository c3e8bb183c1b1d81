#!/usr/bin/env python3
"""Independent checker for eval/cw. It does not import build.py: it re-reads every seed file and verifies the gold
files against what the pages actually print (stamps re-read on their own), plus the label rules and the set's
constraints. Usage (from the project root): python3 eval/cw/tools/check.py   -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("10200", "The Times-Picayune"), ("10201", "American Press"), ("10202", "The Town Talk"), ("10203", "The News-Star"),
          ("10204", "Daily Comet"), ("10205", "The Daily Iberian"), ("10206", "The Natchez Democrat"), ("10207", "Clarion Ledger"),
          ("10208", "Sun Herald"), ("10209", "The Vicksburg Post")]
DAYS = {"day1": ["10220", "10221", "10222", "10223"], "day2": ["10230", "10231", "10232", "10233"], "day3": ["10240", "10241", "10242", "10243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# 2022 days from /tmp/blind-cw-forbidden-days.txt, embedded so the check still works when /tmp is gone
FORBIDDEN = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-04 2022-03-05 2022-03-06 2022-03-07 2022-03-08 2022-03-09 2022-03-10
2022-03-11 2022-03-12 2022-03-13 2022-03-14 2022-03-15 2022-03-16 2022-03-17 2022-03-18 2022-03-20 2022-03-21 2022-03-22
2022-03-23 2022-03-24 2022-03-25 2022-03-26 2022-03-27 2022-03-28 2022-03-29 2022-03-30 2022-04-01 2022-04-02 2022-04-03
2022-04-04 2022-04-05 2022-04-06 2022-04-07 2022-04-08 2022-04-09 2022-04-10 2022-04-11 2022-04-12 2022-04-13 2022-04-14
2022-04-16 2022-04-17 2022-04-19 2022-04-20 2022-04-21 2022-04-23 2022-04-25 2022-04-26 2022-04-28 2022-04-30 2022-05-01
2022-05-02 2022-05-03 2022-05-04 2022-05-05 2022-05-07 2022-05-08 2022-05-09 2022-05-10 2022-05-11 2022-05-12 2022-05-13
2022-05-14 2022-05-15 2022-05-16 2022-05-17 2022-05-18 2022-05-19 2022-05-20 2022-05-21 2022-05-22 2022-05-24 2022-05-27
2022-05-30 2022-05-31 2022-06-01 2022-06-02 2022-06-03 2022-06-04 2022-06-05 2022-06-06 2022-06-08 2022-06-09 2022-06-10
2022-06-11 2022-06-12 2022-06-14 2022-06-15 2022-06-16 2022-06-17 2022-06-18 2022-06-22 2022-06-23 2022-06-24 2022-06-25
2022-06-26 2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-07-01 2022-07-02 2022-07-03 2022-07-04 2022-07-05 2022-07-06
2022-07-07 2022-07-09 2022-07-10 2022-07-12 2022-07-13 2022-07-14 2022-07-15 2022-07-16 2022-07-17 2022-07-19 2022-07-20
2022-07-22 2022-07-23 2022-07-24 2022-07-25 2022-07-26 2022-07-28 2022-07-29 2022-07-30 2022-07-31 2022-08-01 2022-08-02
2022-08-03 2022-08-04 2022-08-05 2022-08-06 2022-08-07 2022-08-09 2022-08-10 2022-08-11 2022-08-12 2022-08-13 2022-08-14
2022-08-16 2022-08-18 2022-08-19 2022-08-20 2022-08-21 2022-08-23 2022-08-24 2022-08-25 2022-08-26 2022-08-27 2022-08-28
2022-08-29 2022-08-30 2022-08-31 2022-09-01 2022-09-02 2022-09-03 2022-09-04 2022-09-05 2022-09-06 2022-09-07 2022-09-08
2022-09-09 2022-09-10 2022-09-11 2022-09-12 2022-09-13 2022-09-14 2022-09-15 2022-09-16 2022-09-17 2022-09-18 2022-09-19
2022-09-20 2022-09-21 2022-09-22 2022-09-23 2022-09-25 2022-09-26 2022-09-27 2022-09-29 2022-09-30 2022-10-01 2022-10-02
2022-10-03 2022-10-04 2022-10-05 2022-10-06 2022-10-07 2022-10-08 2022-10-09 2022-10-10 2022-10-11 2022-10-12 2022-10-13
2022-10-14 2022-10-16 2022-10-17 2022-10-18 2022-10-19 2022-10-20 2022-10-21 2022-10-22 2022-10-23 2022-10-24 2022-10-25
2022-10-26 2022-10-27 2022-10-29 2022-10-30 2022-10-31 2022-11-01 2022-11-02 2022-11-04 2022-11-05 2022-11-07 2022-11-09
2022-11-10 2022-11-11 2022-11-12 2022-11-13 2022-11-14 2022-11-15 2022-11-16 2022-11-17 2022-11-18 2022-11-19 2022-11-20
2022-11-21 2022-11-22 2022-11-23 2022-11-24 2022-11-25 2022-11-26 2022-11-27 2022-11-28 2022-11-29 2022-11-30 2022-12-01
2022-12-02 2022-12-03 2022-12-04 2022-12-05 2022-12-06 2022-12-07 2022-12-08 2022-12-09 2022-12-10 2022-12-11 2022-12-12
2022-12-13 2022-12-14 2022-12-15 2022-12-16 2022-12-17 2022-12-19 2022-12-20 2022-12-21 2022-12-22 2022-12-24 2022-12-26
2022-12-27 2022-12-29 2022-12-31""".split())
if os.path.exists("/tmp/blind-cw-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-cw-forbidden-days.txt").read().split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "IST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "EDT": -240, "EST": -300,
             "CDT": -300, "CST": -360, "AEST": 600}
GENERIC_ABBR = {"CT": "America/Chicago", "ET": "America/New_York"}
ABBREV = ("U.S.", "a.m.", "p.m.", "Mr.", "Mrs.", "Gen.", "Gov.", "Lt.", "Col.", "No.", "St.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Sen.", "Rep.", "Dr.")
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"</?(?:a|span|time|strong|em|b|i|abbr)\b[^>]*>", "", t)   # inline tags render inline
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"</?(?:a|span|time|strong|em|b|i|abbr)\b[^>]*>", "", t)
    t = re.sub(r"<[^>]+>", "\n", t)          # escaped HTML inside feed descriptions/content
    return html.unescape(t)


def month_no(tok):
    t = tok.rstrip(".").lower()
    for i, m in enumerate(MONTHS):
        if t == m or (len(t) >= 3 and m.startswith(t)) or (t == "sept" and i == 8):
            return i + 1
    return None


WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
HEAD_DMY = re.compile(WD + r" (\d{1,2}) ([A-Z][a-z]+) (\d{4})")
HEAD_MDY = re.compile(WD + r" ([A-Z][a-z]+\.?) (\d{1,2})(?:, (\d{4}))?")


def date_heads(text, year):
    """All weekday-led date lines on the page, as (position, date)."""
    out = []
    for m in HEAD_DMY.finditer(text):
        mo = month_no(m.group(2))
        if mo:
            out.append((m.start(), date(int(m.group(3)), mo, int(m.group(1)))))
    for m in HEAD_MDY.finditer(text):
        mo = month_no(m.group(1))
        if mo:
            out.append((m.start(), date(int(m.group(3) or year), mo, int(m.group(2)))))
    return sorted(out)


def date_in(s):
    m = re.search(r"\b([A-Za-z]{3,9}\.?) (\d{1,2}), (\d{4})", s)
    if m and month_no(m.group(1)):
        return date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})", s)
    if m and month_no(m.group(2)):
        return date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def read_stamp(stamp, local, zone, text, pos, year, basis):
    """Re-reads one printed stamp; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s?(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unreadable stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    z = re.search(r"\b(GMT|UTC|BST|IST|CEST|CET|EEST|EET|EDT|EST|CDT|CST|AEST|CT|ET)\b", s)
    if z:
        ab = z.group(1)
        if ab in GENERIC_ABBR:
            if GENERIC_ABBR[ab] != zone:
                return f"'{ab}' does not fit zone {zone}"
        elif local.utcoffset() != timedelta(minutes=ZONE_ABBR[ab]):
            return f"'{ab}' does not fit the offset {local.utcoffset()}"
    d = date_in(s)
    if d:
        return None if d == local.date() else f"date in stamp {d} != local {local.date()}"
    heads = date_heads(text, year)
    before = [hd for p, hd in heads if p < pos]
    hd = before[-1] if before else (heads[0][1] if heads else None)
    if hd is None:
        return "undated stamp and no date line on the page"
    if hd == local.date():
        return None
    if abs((local.date() - hd).days) == 1 and "midnight" in basis.lower():
        return None
    return f"undated stamp: page date line says {hd}, gold local date {local.date()}"


def time_forms(local):
    h12 = local.hour % 12 or 12
    ap = "am" if local.hour < 12 else "pm"
    return [f"{local:%H:%M}", f"{local:%H.%M}", f"{h12}:{local.minute:02d} {ap}", f"{h12}:{local.minute:02d} {ap[0]}.m.", f"{h12}:{local.minute:02d} {ap.upper()}"]


def jsonld_nodes(raw):
    out = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(blob)
        stack = data if isinstance(data, list) else [data]
        while stack:
            n = stack.pop()
            if isinstance(n, dict):
                out.append(n)
                stack += n.get("@graph", [])
    return out


def types(n):
    t = n.get("@type", [])
    return t if isinstance(t, list) else [t]


def words(s):
    return set(re.findall(r"[a-z0-9]+", (s or "").lower()))


reserved = set()
if os.path.exists("/tmp/blind-cw-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cw-reserved-outlets.txt", encoding="utf-8") if l.strip()}

golds, locals_, texts = {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(sid + r"_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "order", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = g["page_timezone"]; ZoneInfo(zone)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"] or not all(isinstance(x, str) and x for x in g["not_entries"]):
        err(sid, "not_entries must be a non-empty list of descriptions")
    # year / parse_args
    has_year = "2022" in raw
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa and has_year:
        err(sid, "parse_args on a page that prints its year")
    year = 2022
    # Key Points block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                kp_heads.append(l2)
            break
    ids, cursor, hcursor, locs = [], 0, 0, []
    stampless_times = set()
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order of headlines / first sentences
        anchor = e["headline"] or e["first_sentence"]
        if anchor:
            p = text.find(anchor, hcursor)
            if p < 0:
                err(eid, "headline/first sentence not found after the previous entry (page order)")
            else:
                hcursor = p + len(anchor)
        fs = e["first_sentence"]
        if fs is not None:
            hit = None
            for l in lines:
                rest = l
                if e["stamp"] and l.startswith(e["stamp"]):
                    rest = re.sub(r"^[:\s\u2014-]+", "", l[len(e["stamp"]):])
                if rest.startswith(fs):
                    hit = rest; break
            if hit is None:
                err(eid, "first_sentence does not start a text line (or follow its stamp):", fs[:60])
            elif len(hit) > len(fs) and not re.match(r"\s+[A-Z0-9\"'\u201c\u2018(]", hit[len(fs):]):
                err(eid, "first_sentence stops inside a sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or fs.endswith(ABBREV):
                err(eid, "first_sentence does not end a sentence")
            for m in re.finditer(r"[.!?][\"\u201d\u2019]?\s+[A-Z0-9]", fs):
                if not fs[:m.start() + 1].endswith(ABBREV):
                    err(eid, "first_sentence holds more than one sentence"); break
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
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
        locs.append(local)
        if e["stamp"] is not None:
            pos = text.find(e["stamp"], cursor)
            if pos < 0:
                err(eid, "stamp not found after the previous entry's stamp"); pos = text.find(e["stamp"])
            cursor = max(cursor, pos + len(e["stamp"]))
            why = read_stamp(e["stamp"], local, zone, text, pos, year, e["published_basis"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            stampless_times.add(inst)
            if not any(f in text for f in time_forms(local)):
                err(eid, "no stamp and the page time is not printed")
            if not (date_in(text) and any(date_in(x) == local.date() for x in re.findall(r"[^\n]*\d{4}[^\n]*", text))):
                err(eid, "no stamp and the page date is not printed")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if not set(e["secondary_topics"]) <= TOPICS or e["topic"] in e["secondary_topics"]:
            err(eid, "secondary_topics must be other topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = e["subtopic"] == "unrelated"
        if off and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/importance 1/note)")
        if (e["notes"] or "").startswith("off-beat:") and not off:
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                a, b = words(orig["first_sentence"]), words(e["first_sentence"])
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
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
    if kp_heads is not None and kp_heads and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points list and key_point flags disagree")
    if len(stampless_times) > 1:
        err(sid, "stampless entries with different times")
    # declared order vs times
    if g.get("order") in ("newest-first", "oldest-first"):
        seq = locs if g["order"] == "oldest-first" else locs[::-1]
        if any(b < a for a, b in zip(seq, seq[1:])):
            err(sid, "times do not follow the declared", g["order"], "order")
    elif g.get("order") != "none":
        err(sid, "order must be newest-first, oldest-first or none")
    if pa and pa[1] not in {l.date().isoformat() for l in locs}:
        err(sid, "parse_args date is not a local day of the page")
    locals_[sid] = locs
    # feeds: one item per entry, titles in order
    if sp.endswith(".xml"):
        items = re.findall(r"<item>.*?</item>|<item .*?</item>|<entry>.*?</entry>", raw, flags=re.S)
        titles = [html.unescape(re.search(r"<title>(.*?)</title>", it, flags=re.S).group(1)) for it in items]
        if titles != [e["headline"] for e in g["entries"]]:
            err(sid, "feed items and gold entries differ (count or order)")
    # JSON-LD agreement
    for n in jsonld_nodes(raw):
        if "LiveBlogPosting" in types(n) and n.get("liveBlogUpdate"):
            ups = n["liveBlogUpdate"] if isinstance(n["liveBlogUpdate"], list) else [n["liveBlogUpdate"]]
            byh = {u.get("headline"): u for u in ups}
            for e in g["entries"]:
                u = byh.get(e["headline"])
                if u is None:
                    err(e["id"], "missing from JSON-LD liveBlogUpdate")
                elif datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "JSON-LD datePublished disagrees")
        if "NewsArticle" in types(n) and "LiveBlogPosting" not in types(n) and n.get("dateModified") and stampless_times:
            if {datetime.fromisoformat(n["dateModified"].replace("Z", "+00:00"))} != stampless_times:
                err(sid, "JSON-LD dateModified disagrees with the page time used")

# ---------------------------------------------------------------- Part A
used_days = {}
fmts = defaultdict(int)
crossing = orders = headless = noyear = 0
orders = set()
for sid, outlet in PART_A:
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
        if d in used_days:
            err(sid, "UTC day also used by", used_days[d])
        used_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
    crossing += len({l.date() for l in locals_.get(sid, [])}) > 1
    orders.add(g["order"]); headless += any(e["headline"] is None for e in g["entries"]); noyear += bool(g.get("parse_args"))
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if not (crossing and headless and noyear and {"newest-first", "oldest-first"} <= orders):
    err("Part A lacks a hard case (midnight crossing / no headlines / no year / both orders)", crossing, headless, noyear, orders)

# ---------------------------------------------------------------- Part B
real = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.lower() in real or any(src.split()[0].lower() in r.split() for r in reserved):
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 3 and off * 2 >= len(g["entries"]))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in used_days:
        err(day, "UTC day also used by", used_days[d])
    used_days[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (mostly off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        se = [e for e in ents if e["story"] == st]
        toks = defaultdict(set)
        for e in se:
            for w in re.findall(r"[A-Z][a-z]{4,}", (e["headline"] or "") + " " + (e["first_sentence"] or "")):
                toks[w[:5].lower()].add(w)
        variants = [sorted(v) for v in toks.values() if len(v) > 1]
        nums = set()
        for e in se:
            t = ((e["headline"] or "") + " " + (e["first_sentence"] or "")).lower()
            nums |= {int(x) for x in re.findall(r"\b\d{1,3}\b", t)} | {NUMWORDS[w] for w in re.findall(r"[a-z]+", t) if w in NUMWORDS}
        if st == max(big, key=lambda s: len(stories[s])) and (not variants or len(nums) < 2):
            err(day, "main story", st, "shows no spelling variants or no changing toll", variants, nums)
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
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
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() or e["story"] not in {o["story"] for o in d1} for e in rep):
        err("day 2 must re-post a day-1 entry (same story) at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date["day3"] in (day_date.get("day1"), day_date.get("day2")):
    err("day 3 must be a separate day")
for d, who in used_days.items():
    if d in FORBIDDEN or not ("2022-02-24" <= d <= "2022-12-31"):
        err(who, "date not allowed", d)
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; "
      f"days {day_date}; single pages {sorted((d, w) for d, w in used_days.items() if w.isdigit())}")
