#!/usr/bin/env python3
"""Independent checker for eval/bf. It does not import build.py: it re-reads every seed file, re-reads every printed
stamp on its own, and verifies the gold files against the pages and against the labelling rules and set constraints.
Usage (from the project root): python3 eval/bf/tools/check.py   -> prints OK ... or the list of problems (exit 1)."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = [("5900", "Pittsburgh Post-Gazette"), ("5901", "The Indianapolis Star"), ("5902", "The Courier-Journal"), ("5903", "The Detroit News"),
          ("5904", "Waterloo Region Record"), ("5905", "Bendigo Advertiser"), ("5906", "Leicester Mercury"), ("5907", "Prothom Alo"),
          ("5908", "Dunya News"), ("5909", "Seychelles Nation")]
DAYS = {"day1": ["5920", "5921", "5922", "5923", "5924"], "day2": ["5930", "5931", "5932", "5933", "5934"], "day3": ["5940", "5941", "5942", "5943", "5944"]}
CORE = {"strikes", "aid", "diplomacy"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos?|Pictured|Video|Explained|Full report)\s*:")
# fallback copy of the brief's forbidden days inside the allowed months (the full list is read from /tmp when present)
FORBIDDEN_FALLBACK = set("""2023-10-04 2023-10-05 2023-10-06 2023-10-10 2023-10-11 2023-10-13 2023-10-14 2023-10-17 2023-10-18 2023-10-19 2023-10-22 2023-10-24
2023-11-01 2023-11-02 2023-11-07 2023-11-08 2023-11-09 2023-11-10 2023-11-15 2023-11-17 2023-11-21 2023-11-22 2023-11-25 2023-11-26 2023-11-27 2023-11-29
2023-12-03 2023-12-04 2023-12-05 2023-12-06 2023-12-08 2023-12-10 2023-12-13 2023-12-14 2023-12-19 2023-12-28 2023-12-29 2023-12-30""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
problems = []


def bad(*a):
    problems.append(" ".join(str(x) for x in a))


def month_no(tok):
    t = tok.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if t == m or (len(t) >= 3 and m.startswith(t)):
            return i + 1
    return None


def visible(path, raw):
    """Text a reader sees: scripts dropped, CDATA unwrapped, tags become line breaks, entities decoded (twice, for escaped HTML in feeds)."""
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)
    return html.unescape(t)


def jsonld(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            bad("unparsable JSON-LD block")
    return out


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def find_time(s):
    """(hour, minute) of the first clock time in s, 12 h suffixes honoured; None if no time."""
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:]\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return (h, mi) if h < 24 and mi < 60 else None


def find_dates(s, year=None):
    """All calendar dates printed in s (with year, or with the given fallback year when the text names none)."""
    found = []
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b", s):
        found.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b", s):
        found.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(20\d\d)-(\d\d)-(\d\d)", s):
        found.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in re.finditer(r"\b(\d{1,2}) " + MON_RE + r"\.?,? (20\d\d)\b", s):
        found.append((int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b" + MON_RE + r"\.? (\d{1,2}),? (20\d\d)\b", s):
        found.append((int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    if year:
        for m in re.finditer(r"\b(\d{1,2}) " + MON_RE + r"\b(?!\.? ?,? ?20\d\d)", s):
            found.append((year, month_no(m.group(2)), int(m.group(1))))
        for m in re.finditer(r"\b" + MON_RE + r"\.? (\d{1,2})\b(?!,? 20\d\d)", s):
            found.append((year, month_no(m.group(1)), int(m.group(2))))
    out = []
    for y, mo, d in found:
        try:
            out.append(date(y, mo, d))
        except (TypeError, ValueError):
            pass
    return out


def reread_stamp(stamp, local, text, raw, year):
    """Reads a printed stamp without help from the gold; returns None when it agrees with published_local, else why not.
    Undated stamps return 'UNDATED' (checked later against the page's printed dates and the page order)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp is a different instant"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        t = parsedate_to_datetime(s).replace(second=0)
        return None if t == local else "RFC 822 stamp is a different instant"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"Last updated: (\d{1,2}) (\w+) (\d{4}), (\d\d):(\d\d)", text)
        if not a:
            return "relative stamp but no printed 'Last updated' anchor"
        ref = datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=local.tzinfo)
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published_local"
    part = s
    if "first published" in s:  # ACM: the publication time follows 'first published'; its date is repeated only when it differs
        part = s.split("first published", 1)[1]
    tm = find_time(part)
    dates = find_dates(part, year) or (find_dates(s, year) if part is not s else [])
    if tm is None:
        if not dates:
            return "stamp has neither a time nor a date"
        if dates[0] != local.date():
            return "date in stamp differs"
        if f'datetime="{local.isoformat()}"' not in raw:
            return "date-only stamp and no <time datetime> attribute with the published time"
        return None
    if tm != (local.hour, local.minute):
        return f"time {tm[0]:02d}:{tm[1]:02d} in stamp != local {local:%H:%M}"
    if dates:
        return None if dates[0] == local.date() else f"date {dates[0]} in stamp != local date {local.date()}"
    return "UNDATED"


def time_forms(d):
    hh = d.hour % 12 or 12; ap = "am" if d.hour < 12 else "pm"
    return [f"{d:%H:%M}", f"{d:%H.%M}", f"{hh}:{d.minute:02d} {ap[0]}.m.", f"{hh}:{d.minute:02d}{ap}", f"{hh}.{d.minute:02d}{ap}", f"{hh}:{d.minute:02d} {ap.upper()}"]


def words(s):
    return set(re.findall(r"[a-z0-9']+", (s or "").lower()))


forbidden = set(FORBIDDEN_FALLBACK)
if os.path.exists("/tmp/blind-bf-forbidden-days.txt"):
    forbidden |= {l.strip() for l in open("/tmp/blind-bf-forbidden-days.txt", encoding="utf-8") if l.strip()}
reserved = set()
if os.path.exists("/tmp/blind-bf-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bf-reserved-outlets.txt", encoding="utf-8") if l.strip()}

golds = {}
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            bad(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        bad(sid, "seed file missing", g["seed"]); continue
    if not re.fullmatch(r"59\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        bad(sid, "seed file name does not follow <id>_<outlet-slug>-<kind>.<ext>:", g["seed"])
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        bad(sid, "gold file must be named after the seed")
    if not g["not_entries"]:
        bad(sid, "not_entries is empty")
    raw = open(sp, encoding="utf-8").read()
    text = visible(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    has_year = bool(find_dates(visible(sp, raw))) or re.search(r"\b2023\b", raw) is not None  # a dated year, not e.g. 'by 2030'
    year = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            bad(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        else:
            year = int(pa[1][:4])
        if has_year:
            bad(sid, "parse_args given but the page prints a year")
    elif not has_year:
        bad(sid, "page prints no year but has no parse_args")
    if g["page_title"] is not None and g["page_title"] not in text:
        bad(sid, "page_title is not in the visible text")
    # key-points block ('Key Points' or Reach's 'Key Events'): the headlines listed right under it
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_list = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_list = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
                if not l2 or re.fullmatch(r"\d\d:\d\d", l2):
                    continue
                if l2 in heads:
                    kp_list.append(l2)
                else:
                    break
            break
    printed_dates = set(find_dates(text, year))
    ld_updates = {}
    ld_article = None
    for block in jsonld(raw):
        for node in walk(block):
            t = node.get("@type")
            types = t if isinstance(t, list) else [t]
            if "BlogPosting" in types and "headline" in node and "datePublished" in node:
                ld_updates.setdefault(node["headline"], []).append(datetime.fromisoformat(node["datePublished"]))
            if "NewsArticle" in types and "LiveBlogPosting" not in types and "datePublished" in node:
                ld_article = datetime.fromisoformat(node["datePublished"])
    pos = 0; seen_ids = []; undated = []; locals_in_order = []
    for n, e in enumerate(g["entries"], 1):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n:02d}":
            bad(eid, "ids must run <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                bad(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                bad(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                bad(eid, "first_sentence does not start a text line:", fs[:70])
            elif not any(re.match(r"($|\s+[A-Z0-9\"'\u201c\u2018(])", l[len(fs):]) for l in hit):
                bad(eid, "first_sentence stops in the middle of a sentence:", fs[-40:])
            if re.search(r"(\b[A-Z]|\bU\.S|\bU\.K|\bU\.N|\bSt|\bMr|\bMrs|\bDr|\bGen|\bLt|\bNo|\b[ap]\.m)\.$", fs):
                bad(eid, "first_sentence ends on an abbreviation or initial:", fs[-30:])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                bad(eid, "first_sentence does not end with sentence punctuation")
            if e["body_paragraphs"] < 1:
                bad(eid, "has a first sentence but body_paragraphs < 1")
        else:
            if e["body_paragraphs"] != 0 or e["importance"] != 1:
                bad(eid, "an entry without body must have body_paragraphs 0 and importance 1")
            if e["headline"] is None:
                bad(eid, "neither headline nor body")
        anchor = e["headline"] if e["headline"] else fs
        k = text.find(anchor, pos) if anchor else -1
        if k < 0:
            bad(eid, "entry is not in page order (anchor not found after the previous entry)")
        else:
            pos = k + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            bad(eid, "published_local must be 'YYYY-MM-DD HH:MM <page_timezone>'"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        locals_in_order.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", e["published"] or ""):
            bad(eid, "published must be UTC with Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            bad(eid, "published (UTC) and published_local disagree")
        if e["stamp"] is not None:
            why = reread_stamp(e["stamp"], local, text, raw, year)
            if why == "UNDATED":
                undated.append((eid, local))
            elif why:
                bad(eid, "stamp", repr(e["stamp"]), "->", why)
        else:
            if not any(f in text for f in time_forms(local)):
                bad(eid, "no stamp, and the dateline time of published_local is printed nowhere")
            if local.date() not in printed_dates:
                bad(eid, "no stamp, and the dateline date of published_local is printed nowhere")
            if ld_article and ld_article != local:
                bad(eid, "section entry time differs from the article's JSON-LD datePublished")
        if e["headline"] in ld_updates and local not in ld_updates[e["headline"]]:
            bad(eid, "JSON-LD liveBlogUpdate gives another time for this headline")
        # labels
        if e["topic"] not in CORE | {"other"} or e["subtopic"] not in SUBS:
            bad(eid, "topic/subtopic value")
        if e["topic"] in CORE and e["subtopic"] != e["topic"]:
            bad(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in CORE:
            bad(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= CORE:
            bad(eid, "secondary_topics must be other core topics")
        if e["importance"] not in (1, 2, 3):
            bad(eid, "importance value")
        offbeat = (e.get("notes") or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offbeat:
            bad(eid, "off-beat note and subtopic 'unrelated' must go together")
        if e["subtopic"] == "unrelated" and (e["topic"] != "other" or e["importance"] != 1):
            bad(eid, "off-beat items are topic other, importance 1")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            bad(eid, "teaser without body must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in seen_ids:
                bad(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    bad(eid, "a repeat shares its original's story and is importance 1")
                a, b = words(orig["first_sentence"]), words(fs)
                if not a or len(a & b) / len(a | b) < 0.7:
                    bad(eid, "repeat is not near-verbatim (first sentences differ too much)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_list is None or e["headline"] not in kp_list:
                bad(eid, "key_point needs importance 3 and the headline listed under the page's Key Points block")
        elif kp_list and e["headline"] in kp_list:
            bad(eid, "listed under the Key Points block but key_point is false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            bad(eid, "story slug")
        seen_ids.append(eid)
    # undated stamps: local date must be a printed date, or the day after one (midnight crossing), in a page whose order is monotonic
    for eid, local in undated:
        if local.date() not in printed_dates and local.date() - timedelta(days=1) not in printed_dates:
            bad(eid, "undated stamp: its local date is neither printed on the page nor the day after a printed date")
    if len(set(locals_in_order)) > 1:
        inc = all(a <= b for a, b in zip(locals_in_order, locals_in_order[1:]))
        dec = all(a >= b for a, b in zip(locals_in_order, locals_in_order[1:]))
        if not (inc or dec):
            bad(sid, "entry times are neither oldest-first nor newest-first in page order (check the date resolution)")
    if g.get("parse_args") and year:
        if {e["published_local"][:10] for e in g["entries"]} != {g["parse_args"][1]}:
            bad(sid, "parse_args date must be the printed local day of the entries")

# ---------------------------------------------------------------- set-level constraints
day_of = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        bad(sid, "Part A page missing"); continue
    if g["source"] != outlet:
        bad(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        bad(sid, "Part A pages need 5-9 entries, found", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        bad(sid, "Part A page spans UTC days", sorted(days))
    for d in days:
        if d in day_of:
            bad(sid, "UTC day", d, "already used by", day_of[d])
        day_of[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    bad("Part A format mix must be 4 txt / 4 html / 2 xml, found", dict(fmts))
partA_outlets = {o.lower() for _, o in PART_A}

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); sources = set(); world = False
    for sid in sids:
        g = golds.get(sid)
        if not g:
            bad(day, sid, "missing"); continue
        src = g["source"]; sources.add(src)
        if src.lower() in reserved:
            bad(sid, "outlet name is on the reserved list:", src)
        if src.lower() in partA_outlets:
            bad(sid, "Part B outlets must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 0.6 * len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        bad(day, "entries fall on more than one UTC day", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in day_of:
        bad(day, "UTC day", d, "already used by", day_of[d])
    day_of[d] = day
    if not 18 <= n <= 30:
        bad(day, "needs 18-30 entries, found", n)
    if not 3 <= len(sources) <= 5 or len(exts) < 3:
        bad(day, "needs 3-5 sources in at least 3 formats", sources, exts)
    if not world:
        bad(day, "no general world-news feed with the war in the minority")
    if not any(len(v) >= 3 for v in stories.values()):
        bad(day, "no story told by three or more seeds")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        bad(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        bad(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        bad(day, "no near-verbatim repeat inside a page")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            bad(e["id"], "story carried by", sorted(stories[e["story"]]), "so importance must be 3")
if "day1" in day_date and "day2" in day_date:
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        bad("day 2 must be day 1 + 1 (UTC)")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    reposts = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not reposts:
        bad("day 2 carries no re-post of a day-1 entry")
    for e in reposts:
        if e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower():
            bad(e["id"], "re-post must be importance 1 with a note saying so")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in d1}
    if not cont:
        bad("day 2 continues no day-1 story")
# stories may only be shared across pages of the same day, or between day 1 and day 2 (continuations)
story_days = defaultdict(set)
for sid, g in golds.items():
    key = next((day for day, sids in DAYS.items() if sid in sids), "A" + sid)
    for e in g["entries"]:
        story_days[e["story"]].add(key)
for st, keys in story_days.items():
    if len(keys) > 1 and keys != {"day1", "day2"}:
        bad("story", st, "is shared across unrelated days/pages", sorted(keys))
for d, who in sorted(day_of.items()):
    if d in forbidden or not ("2023-10-01" <= d <= "2023-12-31"):
        bad(who, "UTC day not allowed:", d)

if problems:
    print("\n".join(problems)); print(f"FAIL: {len(problems)} problem(s)"); sys.exit(1)
n_entries = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n_entries} entries; Part B days {day_date}; Part A days "
      + ", ".join(f"{who}:{d}" for d, who in sorted(day_of.items()) if not who.startswith("day")))
