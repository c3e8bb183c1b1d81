#!/usr/bin/env python3
"""Independent checker for eval/aw: re-reads the seed files and verifies the gold files against them.
It does not import build.py; every stamp is re-read from the seed text on its own.
Usage (from the project root): python3 eval/aw/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
SINGLE = [("5000", "Guernsey Press"), ("5001", "Isle of Man Today"), ("5002", "Colombo Gazette"), ("5003", "Kabul Now"), ("5004", "Shafaq News"),
          ("5005", "Radio Dabanga"), ("5006", "Garowe Online"), ("5007", "The Age"), ("5008", "Ottawa Citizen"), ("5009", "The Denver Post")]
DAYS = {"day1": ["5020", "5021", "5022", "5023", "5024"], "day2": ["5030", "5031", "5032", "5033", "5034"],
        "day3": ["5040", "5041", "5042", "5043", "5044"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
# 2023 H2 days from the brief's forbidden list (the file is read too when present)
FORBIDDEN = set("""2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-11 2023-07-12 2023-07-14 2023-07-17 2023-07-18 2023-07-19
2023-07-20 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-08-01 2023-08-02 2023-08-04 2023-08-07 2023-08-10 2023-08-15 2023-08-18 2023-08-20
2023-08-22 2023-08-23 2023-08-24 2023-08-29 2023-09-05 2023-09-06 2023-09-08 2023-09-11 2023-09-12 2023-09-13 2023-09-14 2023-09-15 2023-09-19
2023-09-20 2023-09-21 2023-09-22 2023-09-25 2023-09-27 2023-09-28 2023-10-04 2023-10-05 2023-10-06 2023-10-10 2023-10-11 2023-10-13 2023-10-17
2023-10-18 2023-10-19 2023-10-24 2023-11-01 2023-11-02 2023-11-07 2023-11-08 2023-11-10 2023-11-15 2023-11-17 2023-11-21 2023-11-22 2023-11-25
2023-11-27 2023-11-29 2023-12-03 2023-12-04 2023-12-05 2023-12-06 2023-12-08 2023-12-13 2023-12-14 2023-12-19 2023-12-28 2023-12-29
2023-12-30""".split())
if os.path.exists("/tmp/blind-aw-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-aw-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-aw-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-aw-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CEST": 120, "EEST": 180, "ET": None}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    if n == "sept":
        n = "sep"
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def jaccard(a, b):
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def date_forms(d):
    m = MONTHS[d.month - 1]
    return [f"{d.day} {m}", f"{m} {d.day}", f"{m[:3]} {d.day}", f"{d.day} {m[:3]}", f"{d:%d.%m.%Y}", f"{d.day}.{d.month}.{d.year}", d.isoformat()]


def read_stamp(stamp, pub_utc, local, page_text, raw, g):
    """Re-reads a printed stamp on its own. Returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    rest = s; sdate = None; wd = None
    for pat, kind in ((r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", "dmy-num"),
                      (r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})\b", "dmy"),
                      (r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})\b", "mdy"),
                      (r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b", "dm")):
        m = re.search(pat, rest)
        if not m:
            continue
        if kind == "dmy-num":
            sdate = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        elif kind == "dmy" and month_no(m.group(2)):
            sdate = date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
        elif kind == "mdy" and month_no(m.group(1)):
            sdate = date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
        elif kind == "dm" and month_no(m.group(2)):
            if not g.get("parse_args"):
                return "stamp without year on a page without parse_args"
            sdate = date(int(g["parse_args"][1][:4]), month_no(m.group(2)), int(m.group(1)))
        else:
            continue
        wd = re.search(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b", rest[:m.start()])
        rest = rest[:m.start()] + " " + rest[m.end():]
        break
    if sdate and wd and WEEKDAYS.index(wd.group(1).lower()) != sdate.weekday():
        return "weekday does not match the date"
    tm = re.search(r"\b(\d{1,2})[:.](\d\d)(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", rest)
    if sdate and not tm:
        # date-only stamp: the time must sit in a machine-readable attribute of the same page
        if f'datetime="{local.isoformat()}"' not in raw:
            return "date-only stamp and no datetime attribute carries the time"
        return None if sdate == local.date() else "date in stamp differs"
    if not tm:
        return "unreadable stamp"
    h, mi = int(tm.group(1)), int(tm.group(2))
    if tm.group(4):
        if not 1 <= h <= 12:
            return "12-hour time out of range"
        h = h % 12 + (12 if tm.group(4).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if tm.group(3) and int(tm.group(3)) != pub_utc.second:
        return "seconds differ"
    za = re.search(r"\b(GMT|UTC|BST|CEST|EEST|ET)\b", rest)
    if za:
        off = local.utcoffset().total_seconds() / 60
        want = ZONE_ABBR[za.group(1)]
        if want is None:
            if off not in (-240, -300) or g["page_timezone"] != "America/New_York":
                return "ET stamp on a page not in US Eastern time"
        elif off != want:
            return f"zone {za.group(1)} does not match offset {off}"
    if sdate:
        return None if sdate == local.date() else "date in stamp differs"
    low = page_text.lower()
    if any(f.lower() in low for f in date_forms(local.date())):
        return None
    prev = local.date() - timedelta(days=1)
    if any(f.lower() in low for f in date_forms(prev)) and "midnight" in (g_entry_basis[0] or "").lower():
        return None
    return "local date of an undated stamp is printed nowhere on the page (and no midnight crossing noted)"


g_entry_basis = [None]
golds = {}
seed_ids = set()
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    seed_ids.add(sid)
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"50\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(raw, ext)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g.get("not_entries"):
        err(sid, "not_entries is empty")
    has_year = re.search(r"\b2023\b", text) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if has_year:
            err(sid, "parse_args on a page that prints the year")
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of any entry")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if ext == ".html":
        for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
            try:
                json.loads(m.group(1))
            except ValueError:
                err(sid, "JSON-LD does not parse")
    if ext == ".xml":
        import xml.dom.minidom
        try:
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:
            err(sid, "feed is not well-formed XML:", ex)
    # Key Points / Key posts block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key posts"):
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
    # JSON-LD update times, when present
    ld_times = {}
    for m in re.finditer(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        try:
            obj = json.loads(m.group(1))
        except ValueError:
            continue
        for u in (obj.get("liveBlogUpdate") or []) if isinstance(obj, dict) else []:
            ld_times[u.get("headline")] = u.get("datePublished")
    ids = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
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
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"\b(U\.S|Mr|Mrs|Dr|St|Gen|Lt|Col|No)\.$", fs):
                err(eid, "first_sentence ends on an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not YYYY-MM-DDTHH:MM:SSZ"); ids.append(eid); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub.replace(second=0) != local:
            err(eid, "published != published_local")
        g_entry_basis[0] = e["published_basis"]
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], pub, local, text, raw, g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if f"{local:%H:%M}" not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if not any(f.lower() in text.lower() for f in date_forms(local.date())):
                err(eid, "no stamp and the dateline date is not printed")
        if re.search(r"<time[^>]+datetime=", raw) and len(re.findall(r"<time[^>]+datetime=", raw)) >= len(g["entries"]):
            if f'datetime="{local.isoformat()}"' not in raw:
                err(eid, "page has per-entry <time datetime> but none matches published_local")
        if e["headline"] in ld_times and ld_times[e["headline"]]:
            if datetime.fromisoformat(ld_times[e["headline"]]) != pub:
                err(eid, "JSON-LD update time disagrees")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:") and not e["secondary_topics"]):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["importance"] == 1 and fs is not None and e["subtopic"] != "unrelated" and not e["duplicate_of"] and "re-post" not in note.lower():
            err(eid, "importance 1 is only for teasers, off-beat items, repeats and re-posts")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an entry printed earlier on this page")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] > e["published"]:
                    err(eid, "duplicate is older than its original")
                if jaccard(orig["first_sentence"] or "", fs or "") < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points / Key posts")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under the Key Points block but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug")
        ids.append(eid)
    # page order claims in the notes
    pubs = [e["published"] for e in g["entries"]]
    low = g["notes"].lower()
    if "newest first" in low and pubs != sorted(pubs, reverse=True):
        err(sid, "notes say newest first but times are not descending")
    if "oldest first" in low and pubs != sorted(pubs):
        err(sid, "notes say oldest first but times are not ascending")
    if len(set(e["published"] for e in g["entries"])) > 1 and "newest first" not in low and "oldest first" not in low:
        err(sid, "notes must state the page order")

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in SINGLE:
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
part_a_names = {o.lower() for _, o in SINGLE}
b_names = []
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    present = [s for s in sids if s in golds]
    if not 3 <= len(present) <= 5:
        err(day, "needs 3-5 sources, has", len(present))
    for sid in present:
        g = golds[sid]
        src = g["source"]
        b_names.append(src)
        if src.lower() in RESERVED or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off / len(g["entries"]) >= 0.6 and off < len(g["entries"]))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or len(exts) < 3:
        err(day, "size/formats", n, exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in present for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if len(set(n.lower() for n in b_names)) != len(b_names):
    err("Part B outlet names repeat")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] if s in golds for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] if s in golds for e in golds[s]["entries"]]
    reposts = []
    for e in d2:
        m = re.search(r"re-post of day-1 entry (50\d\d-\d\d)", e.get("notes") or "", flags=re.I)
        if m:
            o = d1.get(m.group(1))
            if not o or o["story"] != e["story"] or e["importance"] != 1 or jaccard(" ".join([o["headline"] or "", o["first_sentence"] or ""]),
                                                                                    " ".join([e["headline"] or "", e["first_sentence"] or ""])) < 0.8:
                err(e["id"], "re-post must name a near-identical day-1 entry of the same story, importance 1")
            reposts.append(e["id"])
    if not reposts:
        err("day 2 carries no re-post of a day-1 entry")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e["id"] not in reposts and not e["duplicate_of"]} & {e["story"] for e in d1.values()}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or not "07" <= d[5:7] <= "12":
        err(who, "UTC day not allowed", d)
unknown = seed_ids - {s for s, _ in SINGLE} - {s for v in DAYS.values() for s in v}
if unknown:
    err("unexpected seed ids", sorted(unknown))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if not w.startswith('day'))}")
