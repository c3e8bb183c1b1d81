#!/usr/bin/env python3
"""Independent checker for eval/cv. It does NOT import build.py: it re-reads every seed file and verifies the gold
files against what is actually printed there. Usage (from the project root):

    python3 eval/cv/tools/check.py      -> prints OK ... or the list of problems (exit 1)
"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = {"10100": "The Gazette", "10101": "Iowa City Press-Citizen", "10102": "Muscatine Journal", "10103": "The Messenger",
          "10104": "Daily Times Herald", "10105": "Globe Gazette", "10106": "Waterloo-Cedar Falls Courier", "10107": "The Daily Nonpareil",
          "10108": "The Hawk Eye", "10109": "Times-Republican"}
PART_B = {"day1": ["10120", "10121", "10122", "10123"], "day2": ["10130", "10131", "10132", "10133", "10134"],
          "day3": ["10140", "10141", "10142", "10143"]}
ALLOWED_IDS = set(PART_A) | {f"101{d}{k}" for d in "234" for k in "01234"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# 2023 days NOT in /tmp/blind-cv-forbidden-days.txt (copied here so the check still runs if that file is gone)
ALLOWED_2023 = set("""2023-01-01 2023-01-07 2023-01-09 2023-02-04 2023-02-28 2023-03-01 2023-03-06 2023-03-13 2023-03-24 2023-03-27
2023-04-01 2023-04-06 2023-04-08 2023-04-11 2023-04-23 2023-05-06 2023-05-08 2023-05-25 2023-05-27 2023-06-04 2023-06-20 2023-06-30
2023-07-02 2023-07-29 2023-08-11 2023-08-12 2023-08-26 2023-08-27 2023-08-28 2023-10-15 2023-10-16 2023-10-29 2023-10-30 2023-10-31
2023-11-11 2023-11-12 2023-11-19 2023-12-01 2023-12-17 2023-12-21 2023-12-22 2023-12-23 2023-12-24 2023-12-25""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR = {"U.S.", "U.N.", "U.K.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Sen.", "Rep.", "Gov.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "a.m.", "p.m."}
ZONE_ABBR = {"CT": {"CST", "CDT"}, "ET": {"EST", "EDT"}, "CST": {"CST"}, "CDT": {"CDT"}, "BST": {"BST"}, "EEST": {"EEST"},
             "CEST": {"CEST"}, "AEST": {"AEST"}, "EDT": {"EDT"}, "GMT": {"GMT"}}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
            return i + 1
    return None


DATE_PATTERNS = [  # (regex, groups -> (day, month, year or None, weekday or None))
    (r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]+)(?: (\d{4}))?",
     lambda m: (int(m.group(2)), month_no(m.group(3)), m.group(4), m.group(1))),
    (r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ([A-Z][a-z]+\.?) (\d{1,2})(?:, (\d{4}))?",
     lambda m: (int(m.group(3)), month_no(m.group(2)), m.group(4), m.group(1))),
    (r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) ([A-Z][a-z]+) (\d{4})", lambda m: (int(m.group(2)), month_no(m.group(3)), m.group(4), None)),
    (r"\b([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})", lambda m: (int(m.group(2)), month_no(m.group(1)), m.group(3), None)),
    (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", lambda m: (int(m.group(1)), int(m.group(2)), m.group(3), None)),
]


def date_mentions(text, default_year):
    """All printed calendar dates with their positions; checks that printed weekdays agree with the date."""
    found = []
    for pat, conv in DATE_PATTERNS:
        for m in re.finditer(pat, text):
            day, mon, year, wd = conv(m)
            if not mon or not 1 <= day <= 31:
                continue
            y = int(year) if year else default_year
            try:
                dd = date(y, mon, day)
            except ValueError:
                continue
            if wd and WEEKDAYS[dd.weekday()] != wd.lower():
                err("printed weekday does not match its date:", m.group(0))
            found.append((m.start(), dd))
    return sorted(found)


def time_forms(local):
    h, mi = local.hour, local.minute
    h12 = h % 12 or 12
    ap = "a.m." if h < 12 else "p.m."
    return [f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap[0]}m", f"{h12}:{mi:02d} {ap[0].upper()}M", f"{h:02d}.{mi:02d}",
            f"{h12}.{mi:02d}{ap[0]}m"]


def read_clock(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def iso_instants(raw):
    out = set()
    for m in re.finditer(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)", raw):
        out.add(datetime.fromisoformat(m.group(0).replace("Z", "+00:00")))
    return out


def check_first_sentence(eid, fs, lines):
    if not any(l.startswith(fs) for l in lines):
        err(eid, "first_sentence does not start a text line:", fs[:70]); return
    if not re.search(r"[.!?][\"'\u201d\u2019)]?$", fs):
        err(eid, "first_sentence does not end a sentence:", fs[-30:])
    tail = fs.split()[-1]
    if tail in ABBR:
        err(eid, "first_sentence ends on an abbreviation")
    for m in re.finditer(r"(\S+)[.!?][\"\u201d\u2019)]?\s+[\"\u201c]?[A-Z0-9]", fs):
        tok = m.group(0).split()[0]
        if tok.rstrip("\"\u201d\u2019)") not in ABBR and not re.fullmatch(r"[A-Z]\.", tok):
            err(eid, "first_sentence runs over a sentence end at", repr(tok)); break
    rests = [l[len(fs):] for l in lines if l.startswith(fs)]
    if not any(not r or re.match(r"\s+[\"\u201c\u2018(]?[A-Z0-9]", r) for r in rests):
        err(eid, "first_sentence stops in mid-sentence:", repr(rests[0][:20]))


reserved = set()
if os.path.exists("/tmp/blind-cv-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cv-reserved-outlets.txt", encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists("/tmp/blind-cv-forbidden-days.txt"):
    forbidden = {l.strip() for l in open("/tmp/blind-cv-forbidden-days.txt", encoding="utf-8") if l.strip()}

golds, texts = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    if sid not in ALLOWED_IDS:
        err(gp, "seed id outside 10100-10109 / 10120-10124 / 10130-10134 / 10140-10144")
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold file must be the seed stem + .json")
    if not re.fullmatch(r"\d{5}_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    if "2023" not in raw and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if "2023" in raw:
            err(sid, "parse_args given although the page prints the year")
    default_year = int(pa[1][:4]) if pa else 2023
    mentions = date_mentions(text, default_year)
    if pa:
        pd = date.fromisoformat(pa[1])
        if not mentions or mentions[0][1] != pd:
            err(sid, "parse_args date is not the page's first printed day")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    # Key Points / Key developments block: the headlines listed right under it
    kp_heads = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key (points|developments):?", l.lower()):
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    isos = iso_instants(raw)
    ids, pos = [], 0
    reldata = []
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
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            check_first_sentence(eid, fs, lines)
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry is found after the previous one
        anchor = e["headline"] if e["headline"] else fs
        cands = [m.start() for m in re.finditer(re.escape(anchor), text) if m.start() >= pos]
        if e["stamp"]:
            near = [c for c in cands if text.find(e["stamp"], max(0, c - 300), c + len(anchor) + 1500) >= 0]
            cands = near or cands
        if not cands:
            err(eid, "entry not found after the previous entry (page order)"); continue
        here = cands[0]; pos = here + 1
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not YYYY-MM-DDTHH:MM:SSZ"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        s = e["stamp"]
        if s is not None:
            s = s.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
                    err(eid, "ISO stamp differs from published")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != local:
                    err(eid, "RFC 822 stamp differs from published")
            elif re.fullmatch(r"(\d+) (min|hr|hrs) ago", s):
                n, unit = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s).groups()
                attrs = [datetime.fromisoformat(a) for a in re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw)]
                if local not in attrs:
                    err(eid, "relative stamp has no <time datetime> equal to published")
                span = timedelta(minutes=int(n)) if unit == "min" else timedelta(hours=int(n))
                reldata.append((eid, local + span, local + span + (timedelta(minutes=1) if unit == "min" else timedelta(hours=1))))
            else:
                c = read_clock(s)
                if not c:
                    err(eid, "unreadable stamp", repr(s))
                elif c != (local.hour, local.minute):
                    err(eid, f"stamp reads {c[0]:02d}:{c[1]:02d}, published_local says {local:%H:%M}")
                za = re.search(r"\b(CT|ET|CST|CDT|BST|EEST|CEST|AEST|EDT|GMT)\b", s)
                if za and local.tzname() not in ZONE_ABBR[za.group(1)]:
                    err(eid, "zone label", za.group(1), "does not fit", local.tzname())
                own = date_mentions(s, default_year)
                if own:
                    if own[0][1] != local.date():
                        err(eid, "date printed inside the stamp differs from published_local")
                else:  # undated stamp: the nearest printed date above the entry must be its local day
                    above = [d for p, d in mentions if p < here]
                    if not above or above[-1] != local.date():
                        err(eid, "undated stamp: nearest date printed above is", above[-1] if above else None, "not", local.date())
            # any <time datetime> wrapping this stamp must agree
            for a in re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw):
                if datetime.fromisoformat(a.replace("Z", "+00:00")) != local and not re.fullmatch(r"\d+ (min|hr|hrs) ago", s):
                    err(eid, "<time datetime> around the stamp disagrees:", a)
        else:  # no stamp: the time must be printed with its date on one line, or given in the page's metadata
            on_line = any(any(f in l for f in time_forms(local)) and any(d == local.date() for _, d in date_mentions(l, default_year)) for l in lines)
            if not on_line and local not in isos:
                err(eid, "no stamp, and neither a dateline nor metadata gives", local.isoformat())
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(watch|photos|pictured|video|explained|full report)\s*:", e["headline"].lower()) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or not orig["first_sentence"] or not fs:
                err(eid, "duplicate must share the story, be importance 1 and have a body")
            else:
                a, b = set(re.findall(r"\w+", " ".join([orig["first_sentence"]]).lower())), set(re.findall(r"\w+", fs.lower()))
                if len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under the page's Key Points block")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under the Key Points block but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if reldata:  # all relative stamps must agree on one capture moment, on the day printed in the header
        lo = max(r[1] for r in reldata); hi = min(r[2] for r in reldata)
        if lo >= hi:
            err(sid, "relative stamps imply no common capture time")
        elif not any(d == lo.date() for _, d in mentions):
            err(sid, "capture day", lo.date(), "is not printed on the page")
    if kp_heads is not None and not kp_heads:
        err(sid, "Key Points block lists no entry headline")

# ---------------------------------------------------------------- Part A
seen_days = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if g["page_timezone"] != "America/Chicago":
        err(sid, "Iowa outlets print Central time")
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
if sorted(PART_A) != sorted(s for s in golds if s in PART_A):
    err("Part A ids")

# ---------------------------------------------------------------- Part B
day_date, day_stories = {}, {}
for day, sids in PART_B.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 - 1 and len(g["entries"]) >= 5:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d; day_stories[day] = stories
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for s in big:  # told in different words: no two first sentences of different seeds share a headline
        heads = [e["headline"] for e in ents if e["story"] == s and e["headline"]]
        if len(set(heads)) < len(heads) - sum(1 for e in ents if e["story"] == s and e["duplicate_of"]):
            err(day, s, "multi-source story repeats a headline across seeds")
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    mnm = 0
    for e in ents:
        for other in re.findall(r"must not merge with ([a-z0-9]+(?:-[a-z0-9]+)*)", e["notes"] or ""):
            mnm += 1
            if other == e["story"]:
                err(e["id"], "must-not-merge names its own story")
            elif other not in stories and not any(other in v for v in day_stories.values()):
                err(e["id"], "must-not-merge names an unknown story", other)
    if mnm < 2:
        err(day, "fewer than two must-not-merge pairs")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in PART_B["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in PART_B["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep:
        err("day 2 carries no re-post of a day-1 entry")
    for e in rep:
        src = next(o for o in d1 if o["headline"] == e["headline"])
        a, b = set(re.findall(r"\w+", src["first_sentence"].lower())), set(re.findall(r"\w+", (e["first_sentence"] or "").lower()))
        if e["importance"] != 1 or "re-post of day-1 entry " + src["id"] not in (e["notes"] or "").lower() or len(a & b) / len(a | b) < 0.8:
            err(e["id"], "re-post must be near-verbatim, importance 1, and its notes must name the day-1 entry")
        if len(day_stories["day2"][e["story"]]) > 1:
            err(e["id"], "the re-posted story should not be carried by other day-2 seeds")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    for s in cont:
        if not any("continuation" in (e["notes"] or "").lower() for e in d2 if e["story"] == s):
            err("continuation of", s, "is not noted")
if day_date.get("day3") in (day_date.get("day1"), day_date.get("day2")):
    err("day 3 must be a separate day")

for d, who in seen_days.items():
    if d[:4] != "2023" or d not in ALLOWED_2023 or d in forbidden:
        err(who, "UTC day not allowed:", d)

# ---------------------------------------------------------------- own words: no 9-word run shared with the shared seeds or eval/ap
def shingles(t, k=9):
    w = re.findall(r"[a-z0-9]+", t.lower())
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


others = ""
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(os.path.dirname(ROOT), "ap", "tools", "build.py")]:
    if os.path.isfile(p):
        others += "\n" + open(p, encoding="utf-8", errors="replace").read()
if others:
    theirs = shingles(others)
    for sid, t in texts.items():
        common = shingles(t) & theirs
        if common:
            err(sid, "shares a 9-word run with the shared seeds or eval/ap:", sorted(common)[0])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen_days.items() if w in PART_A)}")
