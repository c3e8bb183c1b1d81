#!/usr/bin/env python3
"""Independent checker for eval/bt: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/bt/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"7300": "Warrnambool Standard", "7301": "The Northern Star", "7302": "Gympie Times", "7303": "Barrier Truth", "7304": "Goulburn Post",
          "7305": "Taup\u014d & T\u016brangi Herald", "7306": "Westport News", "7307": "Thunder Bay Chronicle-Journal", "7308": "North Bay Nugget",
          "7309": "Timmins Daily Press"}
DAYS = {"day1": ["7320", "7321", "7322", "7323"], "day2": ["7330", "7331", "7332", "7333"], "day3": ["7340", "7341", "7342", "7343"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days in the allowed window (copied from /tmp/blind-bt-forbidden-days.txt; the file is also read when present)
FORBIDDEN = set("""2023-07-01 2023-07-03 2023-07-05 2023-07-06 2023-07-08 2023-07-09 2023-07-10 2023-07-11 2023-07-12 2023-07-13 2023-07-14
2023-07-15 2023-07-17 2023-07-18 2023-07-19 2023-07-20 2023-07-21 2023-07-22 2023-07-23 2023-07-24 2023-07-25 2023-07-27 2023-07-28 2023-07-30
2023-07-31 2023-08-01 2023-08-02 2023-08-03 2023-08-04 2023-08-05 2023-08-06 2023-08-07 2023-08-10 2023-08-13 2023-08-14 2023-08-15 2023-08-16
2023-08-17 2023-08-18 2023-08-20 2023-08-22 2023-08-23 2023-08-24 2023-08-29 2023-08-30 2023-08-31 2023-09-02 2023-09-03 2023-09-04 2023-09-05
2023-09-06 2023-09-07 2023-09-08 2023-09-09 2023-09-10 2023-09-11 2023-09-12 2023-09-13 2023-09-14 2023-09-15 2023-09-18 2023-09-19 2023-09-20
2023-09-21 2023-09-22 2023-09-23 2023-09-25 2023-09-27 2023-09-28 2023-09-29 2023-09-30 2023-10-02 2023-10-04 2023-10-05 2023-10-06 2023-10-07
2023-10-08 2023-10-10 2023-10-11 2023-10-13 2023-10-14 2023-10-17 2023-10-18 2023-10-19 2023-10-20 2023-10-21 2023-10-22 2023-10-24 2023-10-25
2023-10-28 2023-11-01 2023-11-02 2023-11-04 2023-11-05 2023-11-06 2023-11-07 2023-11-08 2023-11-09 2023-11-10 2023-11-13 2023-11-15 2023-11-17
2023-11-18 2023-11-20 2023-11-21 2023-11-22 2023-11-25 2023-11-26 2023-11-27 2023-11-29 2023-12-02 2023-12-03 2023-12-04 2023-12-05 2023-12-06
2023-12-08 2023-12-10 2023-12-11 2023-12-12 2023-12-13 2023-12-14 2023-12-18 2023-12-19 2023-12-26 2023-12-27 2023-12-28 2023-12-29
2023-12-30""".split())
if os.path.exists("/tmp/blind-bt-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bt-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bt-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bt-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MNAME = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
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


def find_dates(s):
    """(day, month, year|None) found in s, leftmost first."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})\s+" + MNAME + r"\b\.?,?(?:\s+(\d{4}))?", s):
        out.append((m.start(), int(m.group(1)), MON.index(m.group(2)[:3].lower()) + 1, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b" + MNAME + r"\.?\s+(\d{1,2})\b,?(?:\s+(\d{4}))?", s):
        out.append((m.start(), int(m.group(2)), MON.index(m.group(1)[:3].lower()) + 1, int(m.group(3)) if m.group(3) else None))
    for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", s):
        out.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return [x[1:] for x in sorted(out)]


def clock(s):
    m = re.search(r"\b(\d{1,2})[:.](\d{2})(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def date_ok(dmy, local, year_default):
    d, mo, y = dmy
    return (d, mo, y or year_default) == (local.day, local.month, local.year)


REL = re.compile(r"(?:Updated )?(\d+) (min|hrs?) ago")

golds = {}
day_of_page = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"73\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    # ---- year / parse_args
    has_year = bool(re.search(r"\b20\d\d\b", re.sub(r"<[^>]*>", " ", raw)))
    pa = g.get("parse_args")
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed", pa)
        if has_year:
            err(sid, "parse_args given but the page prints a year")
        year_default = int(pa[1][:4])
        printed = datetime.strptime(pa[1], "%Y-%m-%d")
        if not any(date_ok(x, printed, year_default) for x in find_dates(text)):
            err(sid, "parse_args day is not printed on the page")
    else:
        if not has_year:
            err(sid, "page names no year but has no parse_args")
        year_default = None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # ---- Key Points block
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
    # ---- <time datetime> elements and JSON-LD
    times = [(m.group(1), html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip())
             for m in re.finditer(r'<time[^>]*datetime="([^"]+)"[^>]*>(.*?)</time>', re.sub(r"<script\b.*?</script>", "", raw, flags=re.S), re.S)]
    paired = sp.endswith(".html") and times and len(times) == len(g["entries"])
    if sp.endswith(".html") and times and not paired:
        err(sid, "page has <time> elements but not one per entry")
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, re.S):
        ld = json.loads(m.group(1))
        nodes = ld.get("@graph", [ld])
        for node in nodes:
            types = node.get("@type"); types = types if isinstance(types, list) else [types]
            ups = node.get("liveBlogUpdate")
            if ups is not None:
                ups = ups if isinstance(ups, list) else [ups]
                if len(ups) != len(g["entries"]):
                    err(sid, "JSON-LD liveBlogUpdate count differs from entries")
                for u in ups:
                    when = datetime.fromisoformat(u["datePublished"])
                    if not any(e["headline"] == u["headline"] and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) == when
                               and (e["author"] == (u.get("author") or {}).get("name")) for e in g["entries"]):
                        err(sid, "JSON-LD update does not match any gold entry:", u["headline"][:50])
            elif "NewsArticle" in types and "datePublished" in node:
                when = datetime.fromisoformat(node["datePublished"])
                pubs = [datetime.fromisoformat(e["published"].replace("Z", "+00:00")) for e in g["entries"]]
                if when != min(pubs):
                    err(sid, "JSON-LD NewsArticle datePublished is not the earliest entry time")
    # ---- entries
    ids = []; cursor = 0; rel_windows = []
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        for k in ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed>-NN in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not re.fullmatch(r"(\s+[A-Z0-9\"'\u201c\u2018].*)?", hit[0][len(fs):], re.S):
                err(eid, "first_sentence does not end at a sentence boundary")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end with sentence punctuation")
            if re.search(r"[a-z0-9][.!?] [A-Z]", fs[:-1]):
                err(eid, "first_sentence seems to hold two sentences")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order
        anchor = e["headline"] if e["headline"] is not None else fs
        pat = (r"(?m)^[ \t]*" + re.escape(anchor) + (r"[ \t]*$" if e["headline"] is not None else "")) if anchor else r"(?!)"
        mo = re.compile(pat).search(text, cursor)
        pos = mo.start() if mo else -1
        if pos < 0:
            err(eid, "entry not found after the previous one (page order)")
        else:
            cursor = pos + 1
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        st = e["stamp"]
        if paired:
            attr_s, vis = times[idx]
            if st != vis:
                err(eid, "stamp differs from the visible text of the entry's <time> element")
            if datetime.fromisoformat(attr_s) != local:
                err(eid, "<time datetime> differs from published")
        if st is not None:
            s = st.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
                    err(eid, "ISO stamp differs")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != local:
                    err(eid, "RFC 822 stamp differs")
            elif REL.fullmatch(s):
                if not paired:
                    err(eid, "relative stamp without a machine-readable time")
                n, unit = REL.fullmatch(s).groups(); n = int(n)
                step = timedelta(minutes=1) if unit == "min" else timedelta(hours=1)
                rel_windows.append((local + n * step, local + (n + 1) * step))
            elif re.fullmatch(MNAME + r" \d{1,2}, \d{4}", s):
                if not paired:
                    err(eid, "date-only stamp without a machine-readable time")
                if not date_ok(find_dates(s)[0], local, None):
                    err(eid, "date-only stamp differs from the local date")
            else:
                c = clock(s)
                if c is None:
                    err(eid, "unreadable stamp", repr(s))
                elif c != (local.hour, local.minute):
                    err(eid, f"stamp time {c} != local {local:%H:%M}")
                if "GMT" in s and local.utcoffset() != timedelta(0):
                    err(eid, "stamp says GMT but the zone offset is not 0")
                ds = find_dates(s)
                if ds:
                    if not date_ok(ds[0], local, year_default):
                        err(eid, "date inside the stamp differs from the local date")
                else:  # undated stamp: nearest date line above it
                    spos = text.rfind(st, 0, pos + len(anchor) + 400) if pos >= 0 else -1
                    if spos < 0:
                        err(eid, "stamp not located near its entry")
                    else:
                        found = None
                        for l in reversed(text[:spos].split("\n")):
                            l = l.strip()
                            if 0 < len(l) <= 80 and find_dates(l):
                                found = find_dates(l)[0]; break
                        if not found:
                            err(eid, "no date line above an undated stamp")
                        elif not date_ok(found, local, year_default):
                            err(eid, "date line above the stamp differs from the local date", found)
        else:
            forms = {f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local:%M}{'am' if local.hour < 12 else 'pm'}",
                     f"{local.hour % 12 or 12}.{local:%M}{'am' if local.hour < 12 else 'pm'}"}
            if not any(f in text for f in forms):
                err(eid, "no stamp and the article time is printed nowhere")
            if not any(date_ok(x, local, year_default) for x in find_dates(text)):
                err(eid, "no stamp and the article date is printed nowhere")
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry (page order) of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] > e["published"]:
                err(eid, "duplicate published before its original")
            elif orig["first_sentence"] and fs:
                a, b = set(re.findall(r"\w+", orig["first_sentence"].lower())), set(re.findall(r"\w+", fs.lower()))
                if len(a & b) / len(a | b) < 0.7:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if rel_windows:
        lo = max(w[0] for w in rel_windows); hi = min(w[1] for w in rel_windows)
        if not lo < hi:
            err(sid, "relative stamps imply no common capture time")

# ---- Part A
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
if [s for s in sorted(golds) if s not in SINGLE and not any(s in v for v in DAYS.values())]:
    err("unexpected gold files")

# ---- Part B
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in RESERVED or src in SINGLE.values():
            err(sid, "outlet name is reserved or a real outlet of Part A:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or off * 2 > len(g["entries"])
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
        err(day, "no general world feed (majority off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    multi = [k for k, v in stories.items() if len(v) >= 3 and any(e["story"] == k and e["first_sentence"] for e in ents)]
    if not multi:
        err(day, "no story told by 3+ sources")
    for k in multi:
        heads = {e["headline"] for e in ents if e["story"] == k}
        if len(heads) < 3:
            err(day, k, "is not told in different words")
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "").lower() or "must not merge" in golds[s]["notes"].lower() for s in sids for e in golds[s]["entries"]):
        err(day, "no must-not-merge pair documented")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    war1 = {e["story"] for e in d1 if e["subtopic"] != "unrelated"}
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["subtopic"] != "unrelated" and not e["duplicate_of"]} & war1
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((datetime.fromisoformat(day_date["day3"]) - datetime.fromisoformat(day_date["day2"])).days) < 2:
    err("day 3 should be a separate day")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
