#!/usr/bin/env python3
"""Independent checker for eval/cq: re-reads the seed files on its own and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/cq/tools/check.py   -> prints OK or the problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"9600": "Cumberland Times-News", "9601": "The Frederick News-Post", "9602": "The Herald-Mail", "9603": "Cecil Whig",
          "9604": "The Star Democrat", "9605": "Cape Gazette", "9606": "Delaware State News", "9607": "Observer-Reporter",
          "9608": "Lebanon Daily News", "9609": "Public Opinion"}
DAYS = {"day1": ["9620", "9621", "9622", "9623", "9624"], "day2": ["9630", "9631", "9632", "9633", "9634"],
        "day3": ["9640", "9641", "9642", "9643", "9644"]}
# spellings of the place in each day's main story: at least two must occur across the day's seeds
VARIANTS = {"day1": ["Odesa", "Odessa"], "day2": ["Zaporizhzhia", "Zaporozhye", "Zaporizhia"], "day3": ["Marhanets", "Marganets"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {1, 2, 3, 4, 5, 6, 7, 11, 12}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR = {"U.S.", "U.N.", "U.K.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "a.m.", "p.m.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "D-Del."}
ZONE_ABBR = {"EST": -5, "EDT": -4, "CDT": -5, "BST": 1, "CEST": 2, "EEST": 3, "GMT": 0, "UTC": 0}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def forbidden_days():
    p = "/tmp/blind-cq-forbidden-days.txt"
    if os.path.exists(p):
        return set(open(p, encoding="utf-8").read().split())
    # fallback: the 2025 days of the list as it stood when the set was written
    return set(open(os.path.join(ROOT, "tools", "forbidden-2025.txt"), encoding="utf-8").read().split())


def reserved_outlets():
    p = "/tmp/blind-cq-reserved-outlets.txt"
    if os.path.exists(p):
        return {l.strip().lower() for l in open(p, encoding="utf-8") if l.strip()}
    return set()


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed content/description
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)) or (n == "sept" and i == 8):
            return i + 1
    return None


def date_in(s):
    """Finds a printed calendar date inside a string; returns a date or None."""
    m = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})\b", s)
    if m and month_no(m.group(1)):
        return date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})\b", s)
    if m and month_no(m.group(2)):
        return date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def date_printed(d, text):
    low = text.lower()
    mon = MONTHS[d.month - 1]
    forms = [f"{mon} {d.day},", f"{mon} {d.day}\n", f"{d.day} {mon} ", f"{mon[:3]} {d.day}, {d.year}", f"{d:%d.%m.%Y}",
             f"{WEEKDAYS[d.weekday()]}, {mon} {d.day}", f"{WEEKDAYS[d.weekday()]} {d.day} {mon}"]
    return any(f in low for f in forms)


def clock(s):
    m = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


REL = re.compile(r"(\d+) (min|minutes|minute|hr|hrs|hour|hours) ago")


def read_stamp(stamp, local, raw, text, zone, rel_windows):
    """Re-reads one printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = REL.fullmatch(s)
    if m:
        n = int(m.group(1)); unit = timedelta(minutes=1) if m.group(2).startswith("min") else timedelta(hours=1)
        a = re.search(r"Updated: (\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", text)
        if a:
            ref = datetime(int(a.group(3)), int(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=ZoneInfo(zone))
            return None if ref - n * unit == local else "relative stamp does not resolve against the printed 'Updated:' line"
        cands = re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>\s*' + re.escape(s) + r"\s*</time>", raw)
        hit = [c for c in cands if datetime.fromisoformat(c) == local]
        if not hit:
            return "relative stamp without an anchor or a matching <time datetime>"
        rel_windows.append((local + n * unit, local + (n + 1) * unit))
        return None
    c = clock(s)
    if not c:
        return "unreadable stamp"
    if c != (local.hour, local.minute):
        return f"time {c[0]:02d}:{c[1]:02d} != local {local:%H:%M}"
    for ab, off in ZONE_ABBR.items():
        if re.search(r"\b" + ab + r"\b", s) and local.utcoffset() != timedelta(hours=off):
            return f"zone {ab} does not match the local offset"
    if re.search(r"\bET\b", s) and zone != "America/New_York":
        return "ET printed but page zone is not US Eastern"
    d = date_in(s)
    if d:
        return None if d == local.date() else "date inside the stamp differs"
    if not date_printed(local.date(), text):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def time_printed(local, text):
    hh = local.hour % 12 or 12
    forms = [f"{local:%H:%M}", f"{hh}:{local.minute:02d} " + ("p.m." if local.hour >= 12 else "a.m."),
             f"{hh}:{local.minute:02d} " + ("pm" if local.hour >= 12 else "am"), f"{hh}:{local.minute:02d} " + ("PM" if local.hour >= 12 else "AM")]
    return any(f in text for f in forms)


def jsonld_updates(raw):
    """headline -> set of instants from LiveBlogPosting updates in the page's JSON-LD (any nesting)."""
    out = defaultdict(set)
    def walk(o):
        if isinstance(o, dict):
            if o.get("headline") and o.get("datePublished") and o.get("@type") == "BlogPosting":
                out[o["headline"]].add(datetime.fromisoformat(o["datePublished"].replace("Z", "+00:00")))
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        walk(json.loads(blob))
    return out


def feed_items(raw):
    """(title, instant, paragraph count) of each RSS item / Atom entry, in document order."""
    root = ET.fromstring(raw)
    A = "{http://www.w3.org/2005/Atom}"
    out = []
    for it in root.iter():
        tag = it.tag
        if tag == "item":
            t = it.findtext("title"); pd = it.findtext("pubDate")
            body = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or it.findtext("description") or ""
            body = html.unescape(body) if "&lt;p&gt;" in body else body
            n = len(re.findall(r"<p>", body)) or (1 if body.strip() else 0)
            out.append((t, parsedate_to_datetime(pd), n))
        elif tag == A + "entry":
            t = it.findtext(A + "title"); pd = it.findtext(A + "published")
            c = it.find(A + "content")
            if c is None:
                n = 0
            elif c.get("type") == "html":
                n = len(re.findall(r"<p>", c.text or ""))
            else:
                n = len([x for x in (c.text or "").split("\n\n") if x.strip()])
            out.append((t, datetime.fromisoformat(pd.replace("Z", "+00:00")), n))
    return out


reserved = reserved_outlets()
FORBIDDEN = forbidden_days()
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
    if not re.fullmatch(r"96\d\d_[a-z0-9]+(-[a-z0-9]+)+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    zone = g["page_timezone"]; ZoneInfo(zone)
    if "2025" not in raw and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif "2025" in raw:
            err(sid, "parse_args on a page that prints its year")
        elif not date_printed(date.fromisoformat(pa[1]), text):
            err(sid, "parse_args date is not the printed local day")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
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
    ld = jsonld_updates(raw) if sp.endswith(".html") else {}
    items = feed_items(raw) if sp.endswith(".xml") else None
    if items is not None:
        if [t for t, _, _ in items] != [e["headline"] for e in g["entries"]]:
            err(sid, "feed items and gold entries differ in number or order")
    rel_windows = []
    ids = []; pos = -1; by_id = {}
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != idx + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
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
            if fs.split()[-1] in ABBR:
                err(eid, "first_sentence cut at an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry's headline (or first sentence) appears after the previous entry's
        key = e["headline"] if e["headline"] is not None else fs
        p = text.find(key, pos + 1) if items is None else pos + 1
        if p == -1:
            err(eid, "entry is not in page order")
        else:
            pos = p
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        by_id[eid] = (e, local)
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, raw, text, zone, rel_windows)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the dateline/posted time is not printed")
        elif not (date_printed(local.date(), text) or date_in(text) == local.date()):
            err(eid, "no stamp and the dateline date is not printed")
        if e["headline"] in ld and local not in ld[e["headline"]]:
            err(eid, "JSON-LD update time disagrees")
        if items is not None and idx < len(items):
            if items[idx][1] != local:
                err(eid, "feed item time disagrees")
            if items[idx][2] != e["body_paragraphs"]:
                err(eid, "feed item paragraph count", items[idx][2], "!= body_paragraphs", e["body_paragraphs"])
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            o = by_id.get(e["duplicate_of"]) or next(((x, None) for x in g["entries"] if x["id"] == e["duplicate_of"]), (None, None))
            orig = o[0]
            if orig is None:
                err(eid, "duplicate_of names no entry of this seed")
            else:
                ol = datetime.fromisoformat(orig["published"].replace("Z", "+00:00"))
                if ol > local:
                    err(eid, "duplicate_of must name an entry published earlier")
                if orig["story"] != e["story"] or e["importance"] != 1 or orig["first_sentence"] != fs or orig["duplicate_of"]:
                    err(eid, "duplicate must share story and first sentence with a non-duplicate original, importance 1")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if rel_windows:
        lo = max(a for a, _ in rel_windows); hi = min(b for _, b in rel_windows)
        if lo >= hi:
            err(sid, "relative stamps imply no common render time")

seen = {}
fmts = defaultdict(int)
for sid, outlet in SINGLE.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if outlet.lower() in reserved:
        err(sid, "Part A outlet is on the reserved list")
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
if sorted(SINGLE) != sorted(s for s in golds if s < "9620"):
    err("Part A seeds", sorted(s for s in golds if s < "9620"))

mnm_path = os.path.join(ROOT, "tools", "must_not_merge.json")
mnm = json.load(open(mnm_path, encoding="utf-8")) if os.path.exists(mnm_path) else []
all_entries = {e["id"]: e for g in golds.values() for e in g["entries"]}
invented = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); texts = ""
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved:
            err(sid, "invented outlet is on the reserved list:", src)
        if src in SINGLE.values() or src in invented:
            err(sid, "outlet used twice:", src)
        invented.add(src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 4 and off * 3 >= 2 * len(g["entries"]) - 1)
        texts += visible_text(g["seed"], open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read())
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
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        heads = [e["headline"] for e in ents if e["story"] == st and e["headline"]]
        if len(set(heads)) != len(heads):
            err(day, st, "same headline used twice: the 3+ source story must be told in different words")
    if sum(v in texts for v in VARIANTS[day]) < 2:
        err(day, "main story lacks spelling variants", VARIANTS[day])
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    pairs = [p for p in mnm if p["a"][:4] in sids or p["b"][:4] in sids]
    if not pairs:
        err(day, "no must-not-merge pairs")
    for p in pairs:
        a, b = all_entries.get(p["a"]), all_entries.get(p["b"])
        if not a or not b:
            err("must-not-merge pair names a missing entry", p)
        elif a["story"] == b["story"]:
            err("must-not-merge pair shares a story", p)
        elif a["published"][:10] != b["published"][:10]:
            err("must-not-merge pair spans days", p)
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
