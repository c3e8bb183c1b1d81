#!/usr/bin/env python3
"""Independent checker for eval/cp. It never imports build.py: it re-reads the seed files and verifies every gold file
against them (exact substrings, first sentences, stamps re-read on their own, page order, label rules, set constraints).
Usage (from the project root): python3 eval/cp/tools/check.py   -> prints OK or the list of problems, exit 1 on problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")

PART_A = {"9500": "Derby Telegraph", "9501": "Lincolnshire Echo", "9502": "Grimsby Telegraph", "9503": "Northampton Chronicle & Echo",
          "9504": "Peterborough Telegraph", "9505": "Ipswich Star", "9506": "Norwich Evening News", "9507": "Bucks Free Press",
          "9508": "Kent Messenger", "9509": "News & Star"}
DAYS = {"day1": ["9520", "9521", "9522", "9523", "9524"], "day2": ["9530", "9531", "9532", "9533", "9534"],
        "day3": ["9540", "9541", "9542", "9543", "9544"]}
# pairs a merger must keep apart (same place or same theme, different events); both ids must be on the same day
MUST_NOT_MERGE = [("9521-04", "9521-06"), ("9520-04", "9523-01"), ("9523-05", "9521-05"),
                  ("9531-06", "9530-06"), ("9530-05", "9531-02"), ("9531-04", "9531-05"), ("9533-01", "9534-03"),
                  ("9540-02", "9540-04"), ("9543-02", "9543-04"), ("9541-05", "9541-06"), ("9541-05", "9540-07"), ("9543-03", "9544-03")]
# 2022 days in the allowed months that are not on the forbidden list (derived once from /tmp/blind-cp-forbidden-days.txt)
ALLOWED = set("""2022-03-01 2022-03-17 2022-03-19 2022-03-20 2022-03-28 2022-03-31 2022-04-15 2022-04-18 2022-04-22 2022-04-24 2022-04-27
2022-04-29 2022-04-30 2022-05-01 2022-05-06 2022-05-14 2022-05-21 2022-05-23 2022-05-25 2022-05-26 2022-05-28 2022-05-29 2022-07-06 2022-07-08
2022-07-11 2022-07-13 2022-07-16 2022-07-18 2022-07-21 2022-07-27 2022-09-05 2022-09-09 2022-09-18 2022-09-19 2022-09-24 2022-09-28 2022-10-13
2022-10-15 2022-10-21 2022-10-23 2022-10-25 2022-10-27 2022-10-28 2022-11-03 2022-11-06 2022-11-08 2022-11-21 2022-11-25 2022-11-26 2022-11-27
2022-12-04 2022-12-15 2022-12-18 2022-12-23 2022-12-25 2022-12-28 2022-12-30""".split())
FORBIDDEN_FILE = "/tmp/blind-cp-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-cp-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"GMT", "BST", "CET", "CEST", "EET", "EEST", "JST", "UTC"}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ------------------------------------------------------------------ reading pages
def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # Atom content carries escaped markup
    return t


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or w == m[:3] or (i == 8 and w == "sept"):
            return i + 1
    return None


DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?")
DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b")
DATE_DOT = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
TIME = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:])\s*(am|pm|a\.m\.|p\.m\.)?", re.I)


def dates_in(line):
    """(year or None, month, day) for every date written in the line."""
    out = []
    for m in DATE_DMY.finditer(line):
        mo = month_no(m.group(2))
        if mo and 1 <= int(m.group(1)) <= 31:
            out.append((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    for m in DATE_MDY.finditer(line):
        mo = month_no(m.group(1))
        if mo and 1 <= int(m.group(2)) <= 31:
            out.append((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    for m in DATE_DOT.finditer(line):
        if 1 <= int(m.group(2)) <= 12:
            out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def times_in(line):
    out = []
    for m in TIME.finditer(line):
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        if h < 24 and mi < 60:
            out.append((h, mi))
    return out


DIVIDER = re.compile(r"(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)|([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?", re.I)


def divider(line, year):
    """A line that is nothing but a date (optionally with weekday): returns a date or None."""
    m = DIVIDER.fullmatch(line.strip())
    if not m:
        return None
    mo = month_no(m.group(3) or m.group(4) or "")
    if not mo:
        return None
    d = date(int(m.group(6)) if m.group(6) else year, mo, int(m.group(2) or m.group(5)))
    if m.group(1) and WEEKDAYS[d.weekday()][:len(m.group(1))] != m.group(1).lower():
        err("divider weekday does not match its date:", line.strip())
    return d


def full_stamp(s):
    """Stamps that carry their own date and zone: ISO 8601 and RFC 822."""
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return parsedate_to_datetime(s)
    return None


# ------------------------------------------------------------------ per page
golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold file must be named after the seed")
    if not re.fullmatch(r"95\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name must be <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g.get("not_entries"):
        err(sid, "not_entries is empty")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    has_year = "2022" in raw
    if has_year == bool(g.get("parse_args")):
        err(sid, "parse_args must be given exactly when the page prints no year")
    year = None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pd = date.fromisoformat(pa[1]); year = pd.year
            if not any(d[1:] == (pd.month, pd.day) for l in lines for d in dates_in(l)):
                err(sid, "parse_args day is not printed on the page")
    else:
        year = int(re.search(r"\b(20\d\d)\b", raw).group(1))
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")

    # Key Points / Key Events block: the consecutive lines after the header that repeat entry headlines
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    kp_heads = None
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

    # dates of undated local stamps, re-derived from the page itself
    local_entries = []
    for i, e in enumerate(g["entries"]):
        s = e["stamp"]
        if s and not full_stamp(s) and not dates_in(s):
            local_entries.append(i)
    derived = {}
    if local_entries:
        pos = 0; located = []
        for i in local_entries:
            s = g["entries"][i]["stamp"].strip()
            idx = next((k for k in range(pos, len(lines)) if lines[k] == s), None)
            if idx is None:
                err(g["entries"][i]["id"], "stamp is not a line of its own (in page order)"); continue
            pos = idx + 1
            tm = times_in(s)
            if not tm:
                err(g["entries"][i]["id"], "unreadable stamp", s); continue
            located.append((i, idx, tm[0]))
        divs = [(k, divider(l, year)) for k, l in enumerate(lines)]
        divs = [(k, d) for k, d in divs if d]
        if divs:
            for i, idx, hm in located:
                prev = [d for k, d in divs if k < idx]
                if not prev:
                    err(g["entries"][i]["id"], "no day line above an undated stamp"); continue
                derived[i] = datetime(prev[-1].year, prev[-1].month, prev[-1].day, *hm, tzinfo=zone)
        elif located:
            alld = sorted(date(y or year, m, d) for l in lines for (y, m, d) in dates_in(l))
            if not alld:
                err(sid, "undated stamps but no date printed on the page")
            else:
                mins = [h * 60 + m for _, _, (h, m) in located]
                dec = sum(b < a for a, b in zip(mins, mins[1:])); inc = sum(b > a for a, b in zip(mins, mins[1:]))
                order = list(range(len(located)))
                if dec > inc:
                    order.reverse()
                day, prev = alld[0], None
                for k in order:
                    if prev is not None and mins[k] < prev:
                        day += timedelta(days=1)
                    prev = mins[k]
                    i, _, (h, m) = located[k]
                    derived[i] = datetime(day.year, day.month, day.day, h, m, tzinfo=zone)

    ids, pos = [], 0
    for i, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{i + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
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
                if rest and not re.match(r"\s+[A-Z0-9\"\u201c\u2018]", rest):
                    err(eid, "first_sentence stops inside a sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?]\s+[A-Z]", fs):
                err(eid, "first_sentence holds more than one sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: anchor = stamp line, else first sentence, else headline
        anchor = e["stamp"] or fs or e["headline"]
        if anchor:
            k = text.find(anchor, pos)
            if k < 0:
                err(eid, "entry out of page order")
            else:
                pos = k + len(anchor) if not e["stamp"] or e["stamp"] != anchor else k + 1
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        s = e["stamp"]
        if s is not None:
            fsd = full_stamp(s.strip())
            if fsd is not None:
                if fsd != local:
                    err(eid, "stamp", repr(s), "resolves to", fsd.isoformat(), "not", local.isoformat())
            else:
                tm = times_in(s)
                if not tm or tm[0] != (local.hour, local.minute):
                    err(eid, "time in stamp", repr(s), "differs from", f"{local:%H:%M}")
                ab = [w for w in re.findall(r"\b[A-Z]{3,4}\b", s) if w in ZONE_ABBR]
                if ab and ab[0] != local.tzname():
                    err(eid, "zone abbreviation in stamp", ab[0], "but local time is", local.tzname())
                ds = dates_in(s)
                if ds:
                    y, mo, d = ds[0]
                    if (y or year, mo, d) != (local.year, local.month, local.day):
                        err(eid, "date inside the stamp differs")
                elif i in derived:
                    if derived[i] != local:
                        err(eid, "stamp re-read from the page gives", derived[i].isoformat(), "not", local.isoformat())
                else:
                    err(eid, "undated stamp could not be placed on a day")
        else:
            ok = any((local.hour, local.minute) in times_in(l) and any((y or year, mo, d) == (local.year, local.month, local.day) for y, mo, d in dates_in(l))
                     for l in lines)
            if not ok:
                err(eid, "no stamp and no dateline line printing", local.strftime("%Y-%m-%d %H:%M"))
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat items must be other/unrelated, importance 1, noted 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of must name an entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "a duplicate must share the story and be importance 1")
            elif orig["first_sentence"] and fs and len(set(orig["first_sentence"].split()) ^ set(fs.split())) > 6:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed in the Key Points block")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed in the Key Points block but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# ------------------------------------------------------------------ set constraints
forbidden = set(open(FORBIDDEN_FILE).read().split()) if os.path.exists(FORBIDDEN_FILE) else set()
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if g["page_timezone"] != "Europe/London":
        err(sid, "UK outlet should carry Europe/London")
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
a_ids = sorted(PART_A)
if sorted(s for s in golds if s < "9510") != a_ids:
    err("Part A ids must be exactly 9500-9509")

reserved = [l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8")] if os.path.exists(RESERVED_FILE) else []
reserved_first = {r.split()[0] for r in reserved if r}
day_date = {}
by_id = {e["id"]: e for g in golds.values() for e in g["entries"]}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); worlds = 0
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src in PART_A.values():
            err(sid, "Part B outlets must be invented")
        if src.lower() in reserved or src.split()[0].lower() in reserved_first:
            err(sid, "outlet name is on (or shares its name word with) the reserved list:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]):
            worlds += 1
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
    if worlds < 1:
        err(day, "no general world feed with the war in a minority (about 4 of 6 off-beat)")
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    for s in big:
        fss = [e["first_sentence"] for e in ents if e["story"] == s and e["first_sentence"] and not e["duplicate_of"]]
        if len(set(fss)) != len(fss):
            err(day, s, "is told twice in the same words")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "-> importance must be 3")
    day_ids = {e["id"] for e in ents}
    for a, b in MUST_NOT_MERGE:
        if a in day_ids or b in day_ids:
            if not (a in day_ids and b in day_ids):
                err(day, "must-not-merge pair spans days", a, b)
            elif by_id[a]["story"] == by_id[b]["story"]:
                err(day, "must-not-merge pair shares a story", a, b)
if len({e for a, b in MUST_NOT_MERGE for e in (a, b)} - set(by_id)):
    err("must-not-merge table names unknown ids")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the UTC day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and day_date.get("day1"):
    if abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1 or \
       abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day1"])).days) <= 1:
        err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden or d[:4] != "2022" or d[5:7] not in ("03", "04", "05", "07", "09", "10", "11", "12"):
        err(who, "UTC day not allowed", d)
extra = set(golds) - set(PART_A) - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
