#!/usr/bin/env python3
"""Independent checker for eval/cz. It does not import build.py: it re-reads the seed files and verifies every gold
file against them (exact substrings, stamps re-read on their own, paragraph counts, label rules, the brief's
constraints). Usage from the project root:  python3 eval/cz/tools/check.py   -> prints OK or the list of problems."""
import glob
import html
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = {"10500": "Messenger-Inquirer", "10501": "Bowling Green Daily News", "10502": "The Paducah Sun",
          "10503": "Kentucky New Era", "10504": "The Jackson Sun", "10505": "The Leaf-Chronicle",
          "10506": "Daily News Journal", "10507": "Johnson City Press", "10508": "Kingsport Times-News",
          "10509": "Cleveland Daily Banner"}
DAYS = {"day1": ["10520", "10521", "10522", "10523"], "day2": ["10530", "10531", "10532", "10533"],
        "day3": ["10540", "10541", "10542", "10543"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# Allowed UTC days = 2022-02-24..2022-12-31 minus /tmp/blind-cz-forbidden-days.txt (copied here for when /tmp is gone)
ALLOWED_FALLBACK = set("""2022-02-28 2022-03-01 2022-03-19 2022-04-15 2022-04-24 2022-04-27 2022-04-29 2022-05-06 2022-05-23
2022-05-28 2022-05-29 2022-06-13 2022-06-19 2022-06-20 2022-06-21 2022-07-08 2022-07-18 2022-07-21 2022-07-27 2022-08-08
2022-08-17 2022-08-22 2022-09-28 2022-10-15 2022-10-28 2022-11-03 2022-11-08 2022-12-18 2022-12-25 2022-12-28
2022-12-30""".split())
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"EST": [-5], "EDT": [-4], "ET": [-5, -4], "CST": [-6], "CDT": [-5], "CT": [-6, -5], "BST": [1], "CEST": [2],
             "EEST": [3], "JST": [9], "AEST": [10], "IST": [5.5], "GMT": [0]}
ABBREV_END = ("U.S.", "U.N.", "a.m.", "p.m.", "Gen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "St.", "Jan.", "Feb.",
              "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Lt.", "Col.", "No.", "Dr.")
STOP_WORDS = ("copyright", "\u00a9", "newsletter", "inbox", "sign up", "subscribe", "advertisement", "read more")
NUMW = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}
NUMW.update({w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())})
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom/RSS content
    return t


DATE_MF = re.compile(r"\b(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?!\d)(?:,\s*(\d{4}))?")
DATE_DF = re.compile(r"\b(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4}))?")
DATE_NUM = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
TIME_RE = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?:\s+([A-Z]{2,4})\b)?")


def find_dates(s, year_hint):
    """All dates named in s: list of (start, date, weekday_or_None)."""
    out = []
    for m in DATE_MF.finditer(s):
        y = int(m.group(4)) if m.group(4) else year_hint
        if y:
            try:
                out.append((m.start(), date(y, MONTHS[m.group(2).lower()], int(m.group(3))), m.group(1)))
            except ValueError:
                pass
    for m in DATE_DF.finditer(s):
        y = int(m.group(4)) if m.group(4) else year_hint
        if y:
            try:
                out.append((m.start(), date(y, MONTHS[m.group(3).lower()], int(m.group(2))), m.group(1)))
            except ValueError:
                pass
    for m in DATE_NUM.finditer(s):
        try:
            out.append((m.start(), date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None))
        except ValueError:
            pass
    return sorted(out, key=lambda x: x[0])


def parse_time(s):
    m = TIME_RE.search(s)
    if not m:
        return None
    h, mi, suf, zone = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    if suf:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if suf.lower().startswith("p") else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi, (zone if zone in ZONE_ABBR else None)


def zone_ok(abbr, local):
    if abbr is None:
        return True
    off = local.utcoffset().total_seconds() / 3600
    return off in ZONE_ABBR[abbr]


def weekday_ok(wd, d):
    return wd is None or WEEKDAYS[d.weekday()].startswith(wd.lower())


def first_line_positions(text):
    pos, out = 0, []
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def body_line(s):
    s = s.strip()
    return len(s) >= 40 and re.search(r"[.!?][\"'\u201d\u2019]?$", s) and not any(w in s.lower() for w in STOP_WORDS)


# ---------------------------------------------------------------------------------------------------------- load
forbidden = None
if os.path.exists("/tmp/blind-cz-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-cz-forbidden-days.txt").read().split())
reserved = set()
if os.path.exists("/tmp/blind-cz-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cz-reserved-outlets.txt", encoding="utf-8") if l.strip()}
shared_text = ""
for p in glob.glob("/work/shared/seeds/*"):
    shared_text += open(p, encoding="utf-8", errors="replace").read().lower() + "\n"

golds, texts, raws = {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not re.fullmatch(r"105\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(sid, "seed file missing"); continue
    raws[sid] = open(sp, encoding="utf-8").read()
    texts[sid] = visible_text(sp, raws[sid])
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
if len(seed_files) != len(golds):
    err("seeds/ and gold/ do not pair up", len(seed_files), len(golds))

# ---------------------------------------------------------------------------------------------------------- per page
for sid, g in golds.items():
    if sid not in texts:
        continue
    raw, text = raws[sid], texts[sid]
    zone = ZoneInfo(g["page_timezone"])
    lines = first_line_positions(text)
    stripped = [l.strip() for _, l in lines]
    has_year = bool(re.search(r"\b20\d\d\b", raw))
    pa = g.get("parse_args")
    if not re.search(r"\b2022\b", raw) and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "bad parse_args", pa)
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    year_hint = int(pa[1][:4]) if pa else (int(re.search(r"\b(20\d\d)\b", raw).group(1)) if has_year else None)
    if g["page_title"] is not None and g["page_title"] not in stripped:
        err(sid, "page_title is not a whole line of the visible text")
    # weekday sanity of every short date line
    dlines = []
    for pos, l in lines:
        s = l.strip()
        if s and len(s) <= 60:
            ds = find_dates(s, year_hint)
            if ds:
                dlines.append((pos, ds[0][1]))
            for _, d, wd in ds:
                if not weekday_ok(wd, d):
                    err(sid, "weekday does not match the date in line", repr(s))
    # Key Points block
    kp_heads = None
    for i, s in enumerate(stripped):
        if s.lower() == "key points":
            kp_heads = []
            for s2 in stripped[i + 1:]:
                s2 = re.sub(r"^[\u2022\-*]\s*", "", s2)
                if not s2:
                    continue
                if any(s2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(s2)
                else:
                    break
            break
    # anchors (page order)
    ents = g["entries"]
    anchors, prev = [], -1
    for e in ents:
        key = e["headline"] or e["stamp"] or e["first_sentence"]
        p = text.find(key, prev + 1) if key else -1
        if p < 0:
            err(e["id"], "cannot locate the entry in page order"); p = prev + 1
        anchors.append(p); prev = p
    # JSON-LD per-update times
    ld_updates = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            data = json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") or []
            ld_updates += ups if isinstance(ups, list) else [ups]
    # time-only stamps: direction of the page
    tonly = []
    ids = []
    for i, e in enumerate(ents):
        eid = e["id"]
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence",
                  "body_paragraphs", "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != i + 1:
            err(eid, "bad, repeated or out-of-order id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and e["headline"] not in stripped:
            err(eid, "headline is not a whole visible line")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ISO with Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        # ---- first sentence and paragraph count
        fs = e["first_sentence"]
        region = text[anchors[i]: anchors[i + 1] if i + 1 < len(anchors) else len(text)]
        rlines = [l.strip() for l in region.split("\n")]
        if fs is not None:
            if fs.endswith(ABBREV_END):
                err(eid, "first_sentence ends on an abbreviation")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            starts = [j for j, l in enumerate(rlines) if l.startswith(fs)]
            if not starts:
                err(eid, "first_sentence does not start a line inside the entry:", fs[:60])
            else:
                best = 0
                for j in starts:
                    n = 0
                    for l in rlines[j:]:
                        if not l:
                            continue
                        if body_line(l):
                            n += 1
                        else:
                            break
                    best = max(best, n)
                if best != e["body_paragraphs"]:
                    err(eid, "body_paragraphs", e["body_paragraphs"], "but the page shows", best)
        else:
            if e["body_paragraphs"] != 0 or e["importance"] != 1:
                err(eid, "entry without body must have 0 paragraphs and importance 1")
            if any(body_line(l) for l in rlines[1:]):
                err(eid, "entry marked bodiless but its region holds body text")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # ---- stamp re-read
        st = e["stamp"]
        if st is not None:
            s = st.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
                    err(eid, "ISO stamp differs")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != local:
                    err(eid, "RFC 822 stamp differs")
            elif re.fullmatch(r"\d+ (min|hr|hrs) ago", s):
                cands = [(mm.start(), mm.group(1)) for mm in re.finditer(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + r"</time>", raw)]
                hpos = raw.find(html.escape(e["headline"], quote=False)) if e["headline"] else -1
                if not cands or hpos < 0:
                    err(eid, "relative stamp without a <time datetime> next to its headline")
                else:
                    x = datetime.fromisoformat(min(cands, key=lambda c: abs(c[0] - hpos))[1])
                    if x != local:
                        err(eid, "relative stamp's datetime differs")
                    n = int(s.split()[0]); unit = timedelta(minutes=1) if s.split()[1] == "min" else timedelta(hours=1)
                    tonly.append(("rel", x + n * unit, x + (n + 1) * unit))
            elif s.startswith("Posted:"):
                ds = find_dates(s, None); t = parse_time(s)
                if not ds or not t or (ds[0][1], t[0], t[1]) != (local.date(), local.hour, local.minute) or not weekday_ok(ds[0][2], ds[0][1]):
                    err(eid, "'Posted:' stamp does not match published_local")
            else:
                t = parse_time(s)
                if not t:
                    err(eid, "unreadable stamp", repr(s)); continue
                if (t[0], t[1]) != (local.hour, local.minute):
                    err(eid, f"stamp time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}")
                if not zone_ok(t[2], local):
                    err(eid, "zone abbreviation in stamp does not match the page zone")
                ds = find_dates(s, year_hint)
                if ds:
                    if ds[0][1] != local.date():
                        err(eid, "date inside the stamp differs")
                else:
                    spos = [mm.start() for mm in re.finditer(re.escape(s), text)]
                    sp_ = min(spos, key=lambda q: abs(q - anchors[i])) if spos else anchors[i]
                    tonly.append((eid, min(sp_, anchors[i]), (t[0], t[1]), local))
            # <time datetime> next to a visible stamp must agree
            tcands = [(mm.start(), mm.group(1)) for mm in re.finditer(r'<time datetime="([^"]+)"[^>]*>' + re.escape(html.escape(s, quote=False)) + r"</time>", raw)]
            if tcands and e["headline"]:
                hpos = raw.find(html.escape(e["headline"], quote=False))
                if datetime.fromisoformat(min(tcands, key=lambda c: abs(c[0] - hpos))[1]) != local:
                    err(eid, "<time datetime> next to the stamp differs from published")
        else:
            # no stamp of its own: a printed date + time line of the page must give published_local
            ok = False
            for _, l in lines:
                l = l.strip()
                if not l or len(l) > 90:
                    continue
                t = parse_time(l); ds = find_dates(l, year_hint)
                if t and ds and (t[0], t[1]) == (local.hour, local.minute) and ds[0][1] == local.date() and zone_ok(t[2], local):
                    ok = True
            if not ok:
                err(eid, "no stamp, and no printed date+time line of the page gives", e["published_local"])
        # JSON-LD updates with this headline: one of them must carry this entry's time (repeats share a headline)
        same = [u for u in ld_updates if e["headline"] and u.get("headline") == e["headline"] and u.get("datePublished")]
        if same and not any(datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) == local for u in same):
            err(eid, "JSON-LD update time differs")
        # ---- labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(x not in TOPICS for x in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = (e["notes"] or "")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat:'")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|PHOTOS|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["first_sentence"] and fs:
                a_, b_ = set(orig["first_sentence"].lower().split()), set(fs.lower().split())
                if len(a_ & b_) / len(a_ | b_) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # ---- undated time stamps: resolve the local date from the page's own date lines and order
    seq = [x for x in tonly if x[0] != "rel"]
    if seq:
        inc = sum(1 for a, b in zip(seq, seq[1:]) if b[2] > a[2]); dec = sum(1 for a, b in zip(seq, seq[1:]) if b[2] < a[2])
        newest_first = dec > inc
        cur, prev_pos, prev_t = None, -1, None
        for eid, pos, t, local in seq:
            hdr = [d for p, d in dlines if p < pos]
            hdr_new = [d for p, d in dlines if prev_pos < p < pos]
            if cur is None:
                cur = hdr[-1] if hdr else None
            elif hdr_new:
                cur = hdr_new[-1]
            elif prev_t is not None:
                if newest_first and t > prev_t:
                    cur -= timedelta(days=1)
                if not newest_first and t < prev_t:
                    cur += timedelta(days=1)
            if cur is None:
                err(eid, "undated stamp and no date printed above it")
            elif cur != local.date():
                err(eid, "undated stamp resolves to", cur, "not", local.date())
            prev_pos, prev_t = pos, t
    rel = [x for x in tonly if x[0] == "rel"]
    if rel and max(x[1] for x in rel) >= min(x[2] for x in rel):
        err(sid, "relative stamps do not agree on one capture time")
    # ---- own words: no 8-word run shared with the shared seed pages
    words = re.findall(r"[a-z0-9']+", text.lower())
    shared_words = " ".join(re.findall(r"[a-z0-9']+", shared_text))
    for j in range(0, max(0, len(words) - 8)):
        sh = " ".join(words[j:j + 8])
        if sh in shared_words:
            err(sid, "8-word run also found in ../shared/seeds:", sh); break

# ---------------------------------------------------------------------------------------------------------- Part A
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
        err(sid, "spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if sorted(PART_A) != sorted(s for s in golds if s < "10510"):
    err("Part A ids")

# ---------------------------------------------------------------------------------------------------------- Part B
part_a_names = {v.lower() for v in PART_A.values()}
day_date, day_ents = {}, {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); worlds = 0
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and off * 3 >= 2 * len(g["entries"]) - 1:
            worlds += 1
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    ents = [e for s in sids for e in golds[s]["entries"]]
    day_ents[day] = ents
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if worlds < 1:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    fams = [("Sievierodonetsk", "Syevyerodonetsk", "Severodonetsk"), ("Kharkiv", "Kharkov"), ("Enerhodar", "Energodar")]
    main = []
    for s in big:
        blob = " ".join((e["headline"] or "") + " " + (e["first_sentence"] or "") for e in ents if e["story"] == s)
        if any(sum(v in blob for v in f) >= 2 for f in fams):
            main.append(s)
    if not main:
        err(day, "no 3+ source story with place-name spelling variants")
    for s in main:  # the toll must grow during the day (first number word of the headline, else of the first sentence)
        seq = []
        for e in sorted((e for e in ents if e["story"] == s), key=lambda e: e["published"]):
            for part in (e["headline"] or "", e["first_sentence"] or ""):
                nums = [NUMW[w] for w in re.findall(r"[a-z]+", part.lower()) if w in NUMW]
                if nums:
                    seq.append(nums[0]); break
        if len(seq) < 3 or any(b < a for a, b in zip(seq, seq[1:])) or seq[-1] <= seq[0]:
            err(day, s, "toll does not grow during the day:", seq)
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme piece" in (e["notes"] or "") and e["importance"] == 2 and len(stories[e["story"]]) == 1 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1, d2 = day_ents["day1"], day_ents["day2"]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry (same headline, text and story) at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if not ("2022-02-24" <= d <= "2022-12-31"):
        err(who, "date outside Feb 24 - Dec 31 2022", d)
    if (forbidden is not None and d in forbidden) or (forbidden is None and d not in ALLOWED_FALLBACK):
        err(who, "UTC day is forbidden", d)

# ---------------------------------------------------------------------------------------------------------- README
readme = os.path.join(ROOT, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    rd = open(readme, encoding="utf-8").read()
    allstories = {e["story"] for g in golds.values() for e in g["entries"]}
    pairs = re.findall(r"`([a-z0-9-]+)` \u2260 `([a-z0-9-]+)`", rd)
    if len(pairs) < 6:
        err("README lists fewer than 6 must-not-merge pairs")
    for a, b in pairs:
        if a not in allstories or b not in allstories or a == b:
            err("README must-not-merge pair with unknown or equal slugs:", a, b)
    allids = ",".join(sorted(golds))
    if f"--seeds {allids}" not in rd:
        err("README scoring command must list all seed ids:", allids)
    for sid, g in golds.items():
        if g["seed"] not in rd:
            err("README seed table lacks", g["seed"])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; "
      f"Part B days {day_date}; Part A days {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
