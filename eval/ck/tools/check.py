#!/usr/bin/env python3
"""Independent checker for eval/ck. It does not import build.py: it re-reads the seed files as a reader would and checks
every gold file against them (exact substrings, stamps re-read on their own, page order, label rules, set constraints).
Usage (from the project root): python3 eval/ck/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"9000": "The Tuscaloosa News", "9001": "The Anniston Star", "9002": "Dothan Eagle", "9003": "Hattiesburg American",
          "9004": "The Natchez Democrat", "9005": "The Town Talk", "9006": "American Press", "9007": "Longview News-Journal",
          "9008": "Texarkana Gazette", "9009": "The Meridian Star"}
DAYS = {"day1": ["9020", "9021", "9022", "9023"], "day2": ["9030", "9031", "9032", "9033"], "day3": ["9040", "9041", "9042", "9043", "9044"]}
CORE = {"strikes", "aid", "diplomacy"}
TOPICS = CORE | {"other"}
SUBS = CORE | {"frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"04", "09", "10"}
# 2025 April/September/October days listed in /tmp/blind-ck-forbidden-days.txt (fallback if the file is gone)
FORBIDDEN_FALLBACK = set("""2025-04-01 2025-04-03 2025-04-04 2025-04-05 2025-04-07 2025-04-09 2025-04-10 2025-04-11 2025-04-12 2025-04-13
2025-04-14 2025-04-15 2025-04-17 2025-04-19 2025-04-20 2025-04-22 2025-04-24 2025-04-26 2025-04-30 2025-09-02 2025-09-03 2025-09-04
2025-09-06 2025-09-07 2025-09-08 2025-09-10 2025-09-12 2025-09-13 2025-09-15 2025-09-17 2025-09-19 2025-09-20 2025-09-21 2025-09-23
2025-09-25 2025-09-26 2025-09-28 2025-10-01 2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-09 2025-10-10 2025-10-11 2025-10-13
2025-10-14 2025-10-15 2025-10-16 2025-10-17 2025-10-21 2025-10-22 2025-10-23 2025-10-26 2025-10-28 2025-10-30""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"CT": None, "CDT": "CDT", "CST": "CST", "BST": "BST", "CEST": "CEST", "EEST": "EEST", "EDT": "EDT", "GMT": "GMT", "UTC": "UTC"}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom <content type="html">
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


DATE_PATTERNS = [
    ("dmy_dots", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("dmy_name", re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")),
    ("mdy_name", re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?(?![\d:.])")),
]


def find_date(s):
    """Returns (y or None, m, d, rest-of-string) for the first date written in s, else None."""
    for kind, rx in DATE_PATTERNS:
        for mt in rx.finditer(s):
            if kind == "dmy_dots":
                y, mo, d = int(mt.group(3)), int(mt.group(2)), int(mt.group(1))
            elif kind == "dmy_name":
                mo = month_no(mt.group(2))
                if not mo:
                    continue
                y, d = int(mt.group(3)), int(mt.group(1))
            else:
                mo = month_no(mt.group(1))
                if not mo:
                    continue
                y, d = (int(mt.group(3)) if mt.group(3) else None), int(mt.group(2))
            return y, mo, d, s[:mt.start()] + " " + s[mt.end():]
    return None


TIME_RX = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d])\s*(a\.m\.|p\.m\.|am|pm)?", re.I)


def find_time(s):
    mt = TIME_RX.search(s)
    if not mt:
        return None
    h, mi = int(mt.group(1)), int(mt.group(2))
    if mt.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if mt.group(3).lower().startswith("p") else 0)
    return h, mi


def printed_dates(text, year_hint=None):
    """Every calendar date printed in the visible text (with the year, or with year_hint when printed without one)."""
    out = set()
    for kind, rx in DATE_PATTERNS:
        for mt in rx.finditer(text):
            try:
                if kind == "dmy_dots":
                    out.add(date(int(mt.group(3)), int(mt.group(2)), int(mt.group(1))))
                elif kind == "dmy_name" and month_no(mt.group(2)):
                    out.add(date(int(mt.group(3)), month_no(mt.group(2)), int(mt.group(1))))
                elif kind == "mdy_name" and month_no(mt.group(1)):
                    y = int(mt.group(3)) if mt.group(3) else year_hint
                    if y:
                        out.add(date(y, month_no(mt.group(1)), int(mt.group(2))))
            except ValueError:
                pass
    for mt in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+)\b(?!,? \d{4})", text):  # '19 October' without a year
        if year_hint and month_no(mt.group(2)):
            try:
                out.add(date(year_hint, month_no(mt.group(2)), int(mt.group(1))))
            except ValueError:
                pass
    return out


def check_zone_abbr(stamp, local, eid):
    for ab in re.findall(r"\b(CT|CDT|CST|BST|CEST|EEST|EDT|GMT|UTC)\b", stamp):
        want = ZONE_ABBR[ab]
        if ab == "CT":
            if str(local.tzinfo) != "America/Chicago":
                err(eid, "stamp says CT but page zone is", local.tzinfo)
        elif ab in ("GMT", "UTC"):
            if local.utcoffset() != timedelta(0):
                err(eid, "stamp says", ab, "but the local offset is not zero")
        elif local.tzname() != want:
            err(eid, "stamp zone", ab, "does not match", local.tzname())


def read_stamp(e, local, g, raw, text, anchor_day):
    """Re-reads one printed stamp. Returns 'time-only' when the stamp carries no date (checked later as a sequence)."""
    s = e["stamp"].strip(); eid = e["id"]
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
            err(eid, "ISO stamp differs from published")
        return "full"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        if parsedate_to_datetime(s) != local:
            err(eid, "RFC 822 stamp differs from published")
        return "full"
    check_zone_abbr(s, local, eid)
    rel = re.match(r"(Today|Yesterday) at ", s)
    tm = find_time(s if not find_date(s) else find_date(s)[3])
    if rel:
        if anchor_day is None:
            err(eid, "relative day stamp without a printed anchor day"); return "full"
        want = anchor_day - timedelta(days=0 if rel.group(1) == "Today" else 1)
        if local.date() != want or tm != (local.hour, local.minute):
            err(eid, "relative stamp", repr(s), "does not resolve to", local)
        return "full"
    fd = find_date(s)
    if fd:
        y, mo, d, _ = fd
        if y is None:
            years = {int(x) for x in re.findall(r"\b(20\d\d)\b", text)}
            if local.year not in years:
                err(eid, "stamp has no year and the page prints no", local.year)
            y = local.year
        if (y, mo, d) != (local.year, local.month, local.day):
            err(eid, "date in stamp", repr(s), "differs from local", local.date())
        if tm is None:  # date-only visible text: the time must sit in the element's datetime attribute
            hpos = raw.find(html.escape(e["headline"], quote=False)) if e["headline"] else 0
            mt = re.compile(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>").search(raw, max(hpos, 0))
            if not mt:
                err(eid, "date-only stamp without a <time datetime> after its headline")
            elif datetime.fromisoformat(mt.group(1)) != local:
                err(eid, "datetime attribute", mt.group(1), "differs from published")
            return "full"
        if tm != (local.hour, local.minute):
            err(eid, "time in stamp", repr(s), "differs from local", local.strftime("%H:%M"))
        return "full"
    if tm is None:
        err(eid, "unreadable stamp", repr(s)); return "full"
    if tm != (local.hour, local.minute):
        err(eid, "time in stamp", repr(s), "differs from local", local.strftime("%H:%M"))
    return "time-only"


def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ load
forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-ck-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-ck-forbidden-days.txt").read().split())
reserved = None
if os.path.exists("/tmp/blind-ck-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-ck-reserved-outlets.txt", encoding="utf-8") if l.strip()}

golds, texts = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if not re.fullmatch(r"90\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (want <id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed stem + .json")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = ZoneInfo(g["page_timezone"])
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    has_year = re.search(r"\b2025\b", raw) is not None
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa and (has_year or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1])):
        err(sid, "parse_args only for pages without a year, as ['--date', 'YYYY-MM-DD']")
    year_hint = int(pa[1][:4]) if pa else None
    pdates = printed_dates(text, year_hint)
    anchor_day = None
    if pa:
        anchor_day = date.fromisoformat(pa[1])
        m = re.search(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r"),? (\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b", text)
        if not m:
            err(sid, "no printed weekday+date line for the parse_args day")
        else:
            printed = printed_dates(m.group(0), year_hint)
            if anchor_day not in printed or WEEKDAYS[anchor_day.weekday()] != m.group(1).lower():
                err(sid, "parse_args date", pa[1], "is not the printed local day", repr(m.group(0)))
    # Key Points block
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
    # JSON-LD
    ld_updates, ld_article = {}, None
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        ld = json.loads(blob)
        types = ld.get("@type") if isinstance(ld.get("@type"), list) else [ld.get("@type")]
        if "LiveBlogPosting" in types:
            ups = ld.get("liveBlogUpdate") or []
            for u in (ups if isinstance(ups, list) else [ups]):
                ld_updates[u.get("headline")] = u.get("datePublished")
        if "NewsArticle" in types:
            ld_article = ld
    # entries
    ids, pos, seq = [], -1, []
    null_stamp_times = set()
    for e in g["entries"]:
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids:
            err(eid, "bad or repeated id")
        if len(ids) + 1 != int(eid[-2:]):
            err(eid, "ids must run 01, 02, ... in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a visible line:", fs[:70])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: headline (or first sentence) found after the previous entry's
        anchor = e["headline"] if e["headline"] is not None else fs
        p = text.find(anchor, pos + 1)
        if p < 0:
            err(eid, "not found after the previous entry: page order broken")
        else:
            if e["headline"] is None and e["stamp"]:
                sp_ = text.rfind(e["stamp"], pos + 1, p)
                between = text[sp_ + len(e["stamp"]):p].strip() if sp_ >= 0 else None
                if between != "":
                    err(eid, "untitled entry: first sentence must follow its stamp directly")
            pos = p
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", e["published"] or ""):
            err(eid, "published must be YYYY-MM-DDTHH:MM:00Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            kind = read_stamp(e, local, g, raw, text, anchor_day)
            seq.append((eid, local, kind))
        else:
            null_stamp_times.add(local)
            forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}",
                     f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"]
            if not any(f in text for f in forms):
                err(eid, "no stamp and the dateline time is printed nowhere")
            if local.date() not in pdates:
                err(eid, "no stamp and the dateline date is printed nowhere")
        if e["headline"] in ld_updates and datetime.fromisoformat(ld_updates[e["headline"]]) != local:
            err(eid, "JSON-LD update datePublished differs")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in CORE:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= CORE:
            err(eid, "secondary_topics must be other core topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat: ...')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a duplicate shares the story and is importance 1")
                a, b = shingles(orig["first_sentence"] or "", 3), shingles(e["first_sentence"] or "", 3)
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim (first sentences differ)")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # stampless entries of one page share the one printed dateline
    if len(null_stamp_times) > 1:
        err(sid, "stampless entries with different times")
    if ld_article and null_stamp_times and datetime.fromisoformat(ld_article["datePublished"].replace("Z", "+00:00")) not in null_stamp_times:
        err(sid, "NewsArticle datePublished differs from the dateline used")
    # time-only stamps: dates must follow from a printed day and the page order (monotonic; day changes only when the clock wraps)
    tonly = [(eid, loc) for eid, loc, k in seq if k == "time-only"]
    if tonly:
        locs = [loc for _, loc in tonly]
        inc = all(a < b for a, b in zip(locs, locs[1:])); dec = all(a > b for a, b in zip(locs, locs[1:]))
        if len(locs) > 1 and not (inc or dec):
            err(sid, "undated stamps: local times are not monotonic in page order (wrong day assignment?)")
        if not any(loc.date() in pdates for loc in locs):
            err(sid, "undated stamps: none falls on a date printed on the page", sorted(pdates))
        for eid, loc in tonly:
            if not any(abs((loc.date() - d).days) <= 1 for d in pdates):
                err(eid, "undated stamp more than a day away from any printed date")
        for (e1, l1), (e2, l2) in zip(tonly, tonly[1:]):
            if l1.date() != l2.date() and abs((l1.date() - l2.date()).days) != 1:
                err(e2, "undated stamps jump more than one day")

# ------------------------------------------------------------------ set-level constraints
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml, got", dict(fmts))

real = {v.lower() for v in PART_A.values()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"].lower()
        if src in real or (reserved is not None and src in reserved):
            err(sid, "outlet name is real or reserved:", g["source"])
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 4 and off / len(g["entries"]) >= 0.6)
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
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
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
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    norm = lambda h: re.sub(r"\W+", " ", (h or "").lower()).strip()
    rep = [e for e in d2 if any(norm(e["headline"]) == norm(o["headline"]) and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() or e["duplicate_of"] for e in rep):
        err("day 2 must re-post a day-1 entry: importance 1, duplicate_of null, notes 're-post of day-1 ...'")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story with a new development")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ALLOWED_MONTHS:
        err(who, "UTC day not allowed:", d)

# ------------------------------------------------------------------ own words: no 8-word run shared with the shared seeds or eval/ap
others = ""
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(os.path.dirname(ROOT), "ap", "tools", "build.py")]:
    if os.path.exists(p):
        others += "\n" + open(p, encoding="utf-8").read()
theirs = shingles(others)
for sid, t in texts.items():
    common = shingles(t) & theirs
    if common:
        err(sid, "shares 8-word runs with the shared seeds or eval/ap:", sorted(common)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
