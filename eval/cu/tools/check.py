#!/usr/bin/env python3
"""Independent checker for eval/cu: re-reads every seed file and verifies the gold files against it
(substrings, stamps re-read on their own, page order, label rules, set constraints).
Usage (from the project root): python3 eval/cu/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = ["Victoria Advocate", "Longview News-Journal", "Midland Reporter-Telegram", "Laredo Morning Times", "The Brownsville Herald",
          "Corpus Christi Caller-Times", "Beaumont Enterprise", "Texarkana Gazette", "San Angelo Standard-Times", "Wichita Falls Times Record News"]
SINGLE = {str(10000 + i): o for i, o in enumerate(PART_A)}
DAYS = {"day1": [str(10020 + i) for i in range(5)], "day2": [str(10030 + i) for i in range(5)], "day3": [str(10040 + i) for i in range(5)]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# 2025 UTC days NOT in /tmp/blind-cu-forbidden-days.txt (copied here so the check also runs without that file)
ALLOWED = set("""01-13 01-19 01-21 01-31 02-02 02-08 02-10 02-16 03-21 03-23 03-30 03-31 04-02 04-06 04-25 04-29 05-01 05-05 05-22 05-28 05-31
06-15 06-18 06-30 07-13 07-20 07-26 07-27 08-04 08-08 08-17 08-22 08-27 09-01 09-05 09-09 09-22 09-27 10-08 10-12 10-19 10-27 10-31 11-02
11-03 11-07 11-15 11-22 11-30 12-12 12-17 12-21 12-24 12-25 12-26 12-27 12-28 12-29 12-30 12-31""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR = {"U.S", "a.m", "p.m", "Gov", "Gen", "Lt", "Col", "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"}
ZONE_LABELS = {"BST": "Europe/London", "CEST": "Europe/Brussels", "ET": "America/New_York", "CT": "America/Chicago", "CDT": "America/Chicago",
               "EDT": "America/New_York", "GMT": "UTC"}
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
        if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
            return i + 1
    return None


def clock(h, mi, suf):
    if suf:
        s = suf.lower().replace(".", "")
        h = h % 12 + (12 if s == "pm" else 0)
    return h, mi


def date_forms(d):
    """The ways a page may print a local date (with or without year)."""
    m = MONTHS[d.month - 1]; M = m.capitalize(); y = d.year
    ap = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}.get(d.month, M)
    return [f"{d.day} {M} {y}", f"{M} {d.day}, {y}", f"{M[:3]} {d.day}, {y}", f"{ap} {d.day}, {y}",
            f"{WEEKDAYS[d.weekday()].capitalize()}, {M} {d.day}", f"{WEEKDAYS[d.weekday()].capitalize()} {d.day} {M}"]


def printed_clock_forms(d):
    h12 = d.hour % 12 or 12
    return [f"{d:%H:%M}", f"{h12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}", f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"]


def read_stamp(stamp, local, g, text, raw_block, pa_date):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip(); zone = ZoneInfo(g["page_timezone"])
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        a = re.search(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2}), (\d{4}) \| (\d{1,2}):(\d\d) (AM|PM) (CDT|CST)", text)
        if not a:
            return "relative stamp without a printed clock"
        h, mi = clock(int(a.group(5)), int(a.group(6)), a.group(7))
        ref = datetime(int(a.group(4)), month_no(a.group(2)), int(a.group(3)), h, mi, tzinfo=zone)
        if WEEKDAYS[ref.weekday()] != a.group(1).lower():
            return "anchor weekday wrong"
        back = timedelta(minutes=int(m.group(1))) if m.group(2) == "min" else timedelta(hours=int(m.group(1)))
        return None if ref - back == local else "relative stamp does not resolve to published"
    m = re.fullmatch(r"(Today|Yesterday) at (\d{1,2}):(\d\d) ([ap]\.m\.)", s)
    if m:
        if not pa_date:
            return "Today/Yesterday stamp without parse_args"
        day = pa_date - timedelta(days=0 if m.group(1) == "Today" else 1)
        h, mi = clock(int(m.group(2)), int(m.group(3)), m.group(4))
        return None if (day, h, mi) == (local.date(), local.hour, local.minute) else "relative-day stamp differs"
    m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", s)
    if m:  # date-only visible stamp: the time must come from a datetime attribute in the entry's own markup
        if (int(m.group(3)), month_no(m.group(1)), int(m.group(2))) != (local.year, local.month, local.day):
            return "date-only stamp differs"
        a = re.search(r'datetime="([^"]+)"', raw_block or "")
        if not a:
            return "date-only stamp without a datetime attribute in its block"
        return None if datetime.fromisoformat(a.group(1)) == local else "datetime attribute differs"
    m = re.fullmatch(r"(\d{1,2})[:.](\d\d)(?: ([ap]\.m\.|AM|PM))?(?: ([A-Z]{2,4}))?", s)
    if not m:
        return "unreadable stamp"
    h, mi = clock(int(m.group(1)), int(m.group(2)), m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if m.group(4):
        lz = ZoneInfo(ZONE_LABELS[m.group(4)])
        if local.astimezone(lz).utcoffset() != local.utcoffset():
            return f"zone label {m.group(4)} disagrees with page zone offset"
    if not any(f in text for f in date_forms(local)):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


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
    if not re.fullmatch(r"100[0-4]\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]) or (sid not in SINGLE and not any(sid in v for v in DAYS.values())):
        err(g["seed"], "bad seed file name / id")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args"); pa_date = None
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pa_date = date.fromisoformat(pa[1])
    if "2025" not in text and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa and "2025" in text:
        err(sid, "parse_args given although the page prints a year")
    if pa_date:  # the --date must be the printed local day (or 'Today' when no day is printed)
        printed = [d for d in (pa_date,) if any(f in text for f in date_forms(d))]
        if not printed and "Today at" not in text:
            err(sid, "parse_args date is not the printed local day")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
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
    # JSON-LD per-update times
    ld_times = {}
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        ld = json.loads(blob)
        for u in ld.get("liveBlogUpdate", []) if isinstance(ld, dict) else []:
            ld_times[u.get("headline")] = u.get("datePublished")
    ids = []; pos = -1; stampless = set()
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            ln = next((l for l in lines if l.startswith(fs)), None)
            if ln is None:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            else:
                rest = ln[len(fs):]
                if rest and not re.match(r"\s+[\"'\u201c(]?[A-Z0-9]", rest):
                    err(eid, "first_sentence stops mid-sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end with sentence punctuation")
            last = fs.rstrip("\"'\u201d\u2019").split()[-1].rstrip(".")
            if last in ABBR or re.fullmatch(r"[A-Z]", last):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order
        anchor = e["headline"] or fs
        p = text.find(anchor, pos + 1)
        if p < 0:
            err(eid, "not found after the previous entry: page order broken")
        else:
            pos = p
        # anchor the entry's raw markup block (for datetime attributes)
        block = None
        if e["headline"] and sp.endswith(".html"):  # the datetime attribute nearest to the headline belongs to this entry
            body_raw = re.sub(r"<script\b.*?</script>", lambda x: " " * len(x.group(0)), raw, flags=re.S)
            hp = body_raw.find(html.escape(e["headline"], quote=False), body_raw.find("<body"))
            cands = [(abs(x.start() - hp), x.group(0)) for x in re.finditer(r'datetime="[^"]+"', body_raw)]
            if hp >= 0 and cands:
                block = min(cands)[1]
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, g, text, block, pa_date)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            stampless.add(e["published"])
            if not any(f in text for f in printed_clock_forms(local)) or not any(f in text for f in date_forms(local)):
                err(eid, "no stamp and the page time/date is not printed")
        if block:  # any datetime attribute in the entry's own markup must agree
            for a in re.findall(r'datetime="([^"]+)"', block)[:1]:
                if datetime.fromisoformat(a) != local:
                    err(eid, "datetime attribute in the entry block disagrees")
        if e["headline"] in ld_times and datetime.fromisoformat(ld_times[e["headline"]]) != local:
            err(eid, "JSON-LD update datePublished disagrees")
        # labels
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] >= e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and be published after the original")
            elif orig["first_sentence"] and fs and orig["first_sentence"][:60] != fs[:60]:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug")
        ids.append(eid)
    if len(stampless) > 1:
        err(sid, "stampless entries of one page must share the page time")

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

reserved = set()
if os.path.exists("/tmp/blind-cu-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cu-reserved-outlets.txt", encoding="utf-8") if l.strip()}
reserved_words = {w for r in reserved for w in r.split() if len(w) > 3}
day_date = {}
for day, cand in DAYS.items():
    sids = [s for s in cand if s in golds]
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); sources = set()
    for sid in sids:
        g = golds[sid]; src = g["source"]; sources.add(src)
        if src in PART_A or src.lower() in reserved:
            err(sid, "outlet name is real or reserved:", src)
        if reserved and src.split()[0].lower() in reserved_words:
            err(sid, "outlet's first word appears in a reserved name:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off * 3 >= 2 * len(g["entries"]))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sources) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sources), exts)
    if not world:
        err(day, "no general world-news feed (about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
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
    d1 = [e for s in DAYS["day1"] if s in golds for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] if s in golds for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d[:4] != "2025" or d[5:] not in ALLOWED:
        err(who, "date not allowed", d)
if os.path.exists("/tmp/blind-cu-forbidden-days.txt"):
    forb = set(open("/tmp/blind-cu-forbidden-days.txt").read().split())
    for d, who in seen.items():
        if d in forb:
            err(who, "forbidden day", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
