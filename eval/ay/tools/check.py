#!/usr/bin/env python3
"""Independent checker for eval/ay: re-reads the seed files and verifies the gold files against them and against the set's
constraints. Shares no code with build.py. Usage (from the project root): python3 eval/ay/tools/check.py  -> 'OK ...' or problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"5200": "Bristol Post", "5201": "Eastern Daily Press", "5202": "Edmonton Journal", "5203": "Tampa Bay Times",
          "5204": "The Salt Lake Tribune", "5205": "Hartford Courant", "5206": "Gulf Today", "5207": "Caspian News",
          "5208": "The New Arab", "5209": "Samaa TV"}
DAYS = {"day1": ["5220", "5221", "5222", "5223", "5224"], "day2": ["5230", "5231", "5232", "5233", "5234"],
        "day3": ["5240", "5241", "5242", "5243", "5244"]}
REAL_OUTLET_WORDS = {name.lower() for name in PART_A.values()}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days in the allowed window (copied from /tmp/blind-ay-forbidden-days.txt; the file is re-read when present)
FORBIDDEN = set("""2025-07-04 2025-07-05 2025-07-09 2025-07-10 2025-07-14 2025-07-15 2025-07-18 2025-07-22 2025-07-23 2025-07-29 2025-07-30
2025-07-31 2025-08-05 2025-08-07 2025-08-12 2025-08-15 2025-08-19 2025-08-20 2025-08-26 2025-08-28 2025-08-29 2025-09-02 2025-09-07 2025-09-10
2025-09-12 2025-09-15 2025-09-19 2025-09-23 2025-10-02 2025-10-05 2025-10-09 2025-10-10 2025-10-14 2025-10-17 2025-10-21 2025-10-22 2025-10-28
2025-11-04 2025-11-06 2025-11-12 2025-11-18 2025-11-20 2025-11-25 2025-11-26 2025-12-02 2025-12-04 2025-12-05 2025-12-08 2025-12-10 2025-12-16
2025-12-18 2025-12-19""".split())
if os.path.exists("/tmp/blind-ay-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-ay-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-ay-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-ay-reserved-outlets.txt", encoding="utf-8") if l.strip()}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBREV = ("u.s.", "u.n.", "u.k.", "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "st.", "jan.", "feb.", "aug.",
          "sept.", "oct.", "nov.", "dec.", "no.")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # HTML that was entity-escaped inside feed fields
    return html.unescape(t)


def month_of(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w)):
            return i + 1
    return None


def clock(s):
    """(hour, minute) of the first clock time in s, honouring a.m./p.m./AM/PM; None if there is none."""
    m = re.search(r"(?<![\d-])(\d{1,2})[:.](\d\d)(?![\d:])\s*([AaPp])?\.?\s*([Mm])?\.?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3) and m.group(4):
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    return h, mi


def dates_in(s):
    """(day, month, year-or-None) found in s, in several printed styles."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?(?:,? (\d{4}))?", s):
        mo = month_of(m.group(2))
        if mo:
            out.append((int(m.group(1)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b([A-Za-z]{3,9})\.? (\d{1,2})(?:, (\d{4}))?(?!\d)", s):
        mo = month_of(m.group(1))
        if mo:
            out.append((int(m.group(2)), mo, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{4})-(\d\d)-(\d\d)\b", s):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def date_printed(local, text):
    for line in text.split("\n"):
        if "\u00a9" in line or "copyright" in line.lower():
            continue
        for d, mo, y in dates_in(line):
            if (d, mo) == (local.day, local.month) and y in (None, local.year):
                return True
    return False


def read_stamp(stamp, local, text, zone):
    """Re-reads a printed stamp on its own; None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|minute|hours|hour) ago", s)
    if m:
        a = re.search(r"Last updated (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) ([A-Z]{2,4})", text)
        if not a:
            return "relative stamp without a printed anchor"
        ref = datetime(int(a.group(3)), month_of(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo(zone))
        if ref.tzname() != a.group(6):
            return "anchor zone abbreviation does not match the page zone"
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published"
    c = clock(s)
    if not c:
        return "unreadable stamp"
    if c != (local.hour, local.minute):
        return f"time {c[0]:02d}:{c[1]:02d} != local {local:%H:%M}"
    z = re.search(r"\b(BST|GMT|CEST|CET|EEST|EET|EST|EDT|MDT|UTC)\b", s)
    if z and z.group(1) != local.tzname() and not (z.group(1) in ("GMT", "UTC") and local.utcoffset() == timedelta(0)):
        return f"zone {z.group(1)} printed but local zone is {local.tzname()}"
    ds = dates_in(s)
    if ds:
        d, mo, y = ds[0]
        if (d, mo) != (local.day, local.month) or (y is not None and y != local.year):
            return "date inside the stamp differs"
        wd = re.match(r"([A-Za-z]{3,9}) ", s)
        if wd and any(w.startswith(wd.group(1).lower()) for w in WEEKDAYS) and not WEEKDAYS[local.weekday()].startswith(wd.group(1).lower()):
            return "weekday inside the stamp differs"
        return None
    if not date_printed(local, text):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def true_first_sentence(par):
    for m in re.finditer(r"[.!?][\"'\u2019\u201d]?(?=\s+[\"'\u2018\u201cA-Z0-9]|$)", par):
        head = par[:m.end()]
        if head.lower().endswith(ABBREV):
            continue
        return head
    return par


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
    if not re.fullmatch(r"52\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "empty not_entries")
    ZoneInfo(g["page_timezone"])
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a whole visible line")
    # year: printed on a non-copyright line, or machine-readable in attributes / JSON-LD / feed fields
    year_lines = [l for l in lines if re.search(r"\b20\d\d\b", l) and "\u00a9" not in l and "copyright" not in l.lower()]
    machine = re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", raw) or re.search(r"<pubDate>", raw)
    if not year_lines and not machine and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if (year_lines or machine) or len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed or given to a page that prints a year")
        else:
            pd = datetime.fromisoformat(pa[1]).replace(tzinfo=ZoneInfo(g["page_timezone"]))
            if not date_printed(pd, text):
                err(sid, "parse_args date is not the printed local day")
    # Key Points / Key events blocks
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
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
    ids = []; pos = -1; times = []
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must run 01, 02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        if e["headline"] is not None and e["headline"] not in lines and ("\u2022 " + e["headline"]) not in lines:
            err(eid, "headline is not a whole visible line:", e["headline"][:60])
        for k in ["stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif true_first_sentence(hits[0]) != fs:
                err(eid, "first_sentence is not the whole first sentence of its paragraph:", fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's headline (or first sentence) must come after the previous entry's, skipping summary boxes
        anchor = e["headline"] or fs
        p = text.find(anchor, pos + 1)
        if p == -1:
            err(eid, "entry not found after the previous one (page order)")
        else:
            pos = p
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", e["published"] or ""):
            err(eid, "published not ...:00Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        times.append(local)
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            c = [clock(l) for l in lines if clock(l)]
            if (local.hour, local.minute) not in c or not date_printed(local, text):
                err(eid, "no stamp and the page's dateline time/date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"]:
            err(eid, "secondary repeats primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["first_sentence"] != fs:
                err(eid, "duplicate must share story and first sentence and be importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points / Key events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # publication order on the page must be monotonic (this is what makes the midnight crossings consistent)
    if times and not (all(a <= b for a, b in zip(times, times[1:])) or all(a >= b for a, b in zip(times, times[1:]))):
        err(sid, "published times are not monotonic in page order")
    # own words: no sentence shared with the shared seeds or the eval/ap tooling data
    for ref in glob.glob("/work/shared/seeds/*") + ["/work/main/eval/ap/tools/build.py"]:
        if os.path.exists(ref):
            rt = open(ref, encoding="utf-8", errors="replace").read()
            for e in g["entries"]:
                for piece in [e["first_sentence"], e["headline"]]:
                    if piece and len(piece) > 30 and piece in rt:
                        err(e["id"], "text copied from", ref)

seen = {}
kinds = defaultdict(int)
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
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    kinds[os.path.splitext(g["seed"])[1]] += 1
if dict(kinds) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(kinds))


def fmt(g):
    ext = os.path.splitext(g["seed"])[1]
    if ext == ".xml":
        raw = open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()
        return "atom" if "<feed" in raw else "rss"
    return ext[1:]


day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src.lower() in REAL_OUTLET_WORDS:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(fmt(g))
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 - 1 and off < len(g["entries"]):
            world = True
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
        err(day, "no general world feed (about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for k, v in stories.items()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() or "must not merge" in golds[s]["notes"].lower() for s in sids for e in golds[s]["entries"]):
        err(day, "no must-not-merge pair documented")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["subtopic"] != "unrelated"} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 war story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

readme = os.path.join(ROOT, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    r = open(readme, encoding="utf-8").read()
    want = ",".join(sorted(golds))
    if f"--seeds {want}" not in r:
        err("README scoring command must list all seed ids:", want)
    for h in ("## Conventions", "## Multi-source days", "## Seeds", "## How it was made"):
        if h not in r:
            err("README lacks section", h)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
