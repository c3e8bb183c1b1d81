#!/usr/bin/env python3
"""Independent checker for eval/cm: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/cm/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"9200": "The Telegraph", "9201": "Deccan Chronicle", "9202": "The Hans India", "9203": "The Assam Tribune", "9204": "Free Press Journal",
          "9205": "The Pioneer", "9206": "Mid-day", "9207": "The Navhind Times", "9208": "The Statesman", "9209": "Greater Kashmir"}
DAYSETS = {"day1": ["9220", "9221", "9222", "9223"], "day2": ["9230", "9231", "9232", "9233"], "day3": ["9240", "9241", "9242", "9243", "9244"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"06", "08", "11", "12"}
# fallback copy of the forbidden 2022 days in the allowed months (the live list in /tmp is used when present)
FORBIDDEN = set("""2022-06-01 2022-06-03 2022-06-06 2022-06-08 2022-06-09 2022-06-11 2022-06-12 2022-06-14 2022-06-16 2022-06-17 2022-06-18
2022-06-22 2022-06-23 2022-06-24 2022-06-26 2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-08-01 2022-08-02 2022-08-03 2022-08-05 2022-08-07
2022-08-09 2022-08-11 2022-08-12 2022-08-13 2022-08-14 2022-08-16 2022-08-18 2022-08-19 2022-08-20 2022-08-21 2022-08-23 2022-08-24 2022-08-25
2022-08-29 2022-08-31 2022-11-02 2022-11-04 2022-11-05 2022-11-07 2022-11-09 2022-11-10 2022-11-11 2022-11-12 2022-11-13 2022-11-14 2022-11-15
2022-11-16 2022-11-17 2022-11-19 2022-11-20 2022-11-22 2022-11-23 2022-11-24 2022-11-28 2022-11-30 2022-12-01 2022-12-02 2022-12-03 2022-12-05
2022-12-06 2022-12-07 2022-12-08 2022-12-09 2022-12-10 2022-12-12 2022-12-13 2022-12-14 2022-12-16 2022-12-17 2022-12-19 2022-12-20 2022-12-21
2022-12-22 2022-12-24 2022-12-29 2022-12-31""".split())
if os.path.exists("/tmp/blind-cm-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-cm-forbidden-days.txt", encoding="utf-8").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-cm-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-cm-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_LABELS = {"IST": timedelta(hours=5, minutes=30), "GMT": timedelta(0), "BST": timedelta(hours=1), "CEST": timedelta(hours=2),
               "EEST": timedelta(hours=3), "EET": timedelta(hours=2), "EDT": timedelta(hours=-4), "EST": timedelta(hours=-5), "AEDT": timedelta(hours=11)}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext not in (".html", ".xml"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if len(n) >= 3 and m.startswith(n):
            return i + 1
    return None


def find_date(s):
    """Returns (day, month, year) printed inside s, or None."""
    m = re.search(r"\b(\d{2})\.(\d{2})\.(\d{4}|\d{2})\b", s)
    if m:
        y = int(m.group(3)); y = y + 2000 if y < 100 else y
        return int(m.group(1)), int(m.group(2)), y
    m = re.search(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? ?(\d{4})\b", s)
    if m and month_no(m.group(2)):
        return int(m.group(1)), month_no(m.group(2)), int(m.group(3))
    m = re.search(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b", s)
    if m and month_no(m.group(1)):
        return int(m.group(2)), month_no(m.group(1)), int(m.group(3))
    return None


def find_time(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(AM|PM|am|pm|a\.m\.|p\.m\.)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def date_printed(local, text, g):
    forms = [f"{local.day} {MONTHS[local.month - 1]}", f"{MONTHS[local.month - 1]} {local.day}", f"{local:%d} {MONTHS[local.month - 1]}",
             f"{local:%d.%m.%Y}", f"{local:%d.%m.%y}"]
    low = text.lower()
    return any(f in low for f in forms)


def read_stamp(stamp, local, text, raw, g, idx, times_attr):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    dmy = find_date(s)
    hm = find_time(re.sub(r"\b\d{2}\.\d{2}\.(\d{4}|\d{2})\b", " ", s))
    if hm is None:
        # date-only stamp: the time must come from the entry's <time datetime> attribute
        if idx >= len(times_attr):
            return "date-only stamp and no <time datetime> for this entry"
        if datetime.fromisoformat(times_attr[idx]) != local:
            return "<time datetime> differs from published"
    elif hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    if dmy:
        if dmy != (local.day, local.month, local.year):
            return f"date inside the stamp {dmy} differs from local {local:%Y-%m-%d}"
    elif not date_printed(local, text, g):
        return "local date of an undated stamp is printed nowhere on the page"
    zl = re.search(r"\b(IST|GMT|BST|CEST|EEST|EET|EDT|EST|AEDT|ET)\b", s)
    if zl:
        lab = zl.group(1)
        off = local.utcoffset()
        if lab == "ET":
            if off not in (timedelta(hours=-4), timedelta(hours=-5)):
                return "ET label but the local zone is not US Eastern"
        elif ZONE_LABELS[lab] != off:
            return f"zone label {lab} disagrees with the local offset {off}"
    return None


def jsonld_updates(raw):
    """All (headline, datePublished) pairs from liveBlogUpdate lists in JSON-LD blocks."""
    out = []
    for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        data = json.loads(blk)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") if isinstance(n, dict) else None
            if isinstance(ups, dict):
                ups = [ups]
            for u in ups or []:
                out.append((u.get("headline"), u.get("datePublished")))
    return out


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    ext = os.path.splitext(sp)[1]
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"92\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(raw, ext); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    has_year = "2022" in text or re.search(r"\b\d\d\.\d\d\.22\b", text)
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if has_year and g.get("parse_args"):
        err(sid, "parse_args on a page that prints its year")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            first_local = min(e["published_local"][:10] for e in g["entries"])
            if pa[1] != first_local:
                err(sid, "parse_args date should be the printed local day", pa[1], first_local)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    ZoneInfo(g["page_timezone"])
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    times_attr = re.findall(r'<time[^>]*\bdatetime="([^"]+)"', raw)
    ld_ups = jsonld_updates(raw) if ext == ".html" else []
    # Key Points block ('Key Points' or 'Key Highlights' heading followed by exact headlines)
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key highlights"):
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
    ids = []; pos = -1
    for n_e, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n_e + 1:02d}" or eid in ids:
            err(eid, "bad or repeated id (must be <seed>-NN in page order)")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: the entry's headline (or first sentence) must appear after the previous entry's
        anchor = e["headline"] if (e["headline"] and not e["duplicate_of"] and sum(x["headline"] == e["headline"] for x in g["entries"]) == 1) else e["first_sentence"]
        if anchor:
            p = text.find(anchor, pos + 1)
            if p < 0:
                err(eid, "entry out of page order or not found")
            else:
                pos = p
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?] [A-Z]", fs[:-1]):
                err(eid, "first_sentence contains an inner sentence break")
            line = next((l for l in lines if l.startswith(fs)), "")
            rest = line[len(fs):]
            if rest and not re.match(r"\s+[A-Z0-9\"\u201c\u2018]", rest):
                err(eid, "first_sentence stops in the middle of a sentence")
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
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, g, n_e, times_attr)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            # stampless section of an article: the page dateline must print this time (24 h or 12 h) and date
            h12 = f"{local.hour % 12 or 12}:{local.minute:02d}"
            if f"{local:%H:%M}" not in text and not re.search(re.escape(h12) + r"\s*(PM|AM|p\.m\.|a\.m\.|pm|am)", text):
                err(eid, "no stamp and the dateline time is not printed")
            dl = next((l for l in lines if (f"{local:%H:%M}" in l or h12 in l) and find_date(l)), None)
            if not dl or find_date(dl) != (local.day, local.month, local.year):
                err(eid, "no stamp and the dateline date does not match")
        if ld_ups:
            hits = [d for h, d in ld_ups if h == e["headline"]]
            if e["headline"] and not hits:
                err(eid, "JSON-LD liveBlogUpdate missing for this headline")
            elif hits and not any(datetime.fromisoformat(d) == local for d in hits):
                err(eid, "JSON-LD datePublished disagrees")
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
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:") and not e["secondary_topics"]):
            err(eid, "off-beat rule")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate is older than its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block and key_point flags disagree")

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

# ---------------------------------------------------------------- Part B
day_date = {}
for day, sids in DAYSETS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); names = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; names.add(src)
        if src.lower() in RESERVED:
            err(sid, "outlet name is on the reserved list")
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 3 >= 2 * len(g["entries"]) and off < len(g["entries"]))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(names) != len(sids):
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    multi = [st for st, v in stories.items() if len(v) >= 3]
    if not multi:
        err(day, "no story told by 3+ sources")
    for st in multi:  # the 3+ source story should be worded differently: distinct headlines
        hs = [e["headline"] for e in ents if e["story"] == st and e["headline"]]
        if len(set(hs)) < 3:
            err(day, st, "3+ source story needs differently worded headlines")
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
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYSETS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYSETS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    d1_stamps = {(e["headline"], e["first_sentence"]) for e in d1}
    for e in d2:
        if e["story"] in cont and e not in rep and (e["headline"], e["first_sentence"]) in d1_stamps:
            err(e["id"], "continuation must be a new development, not a copy")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2022" or d[5:7] not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
