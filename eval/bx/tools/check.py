#!/usr/bin/env python3
"""Independent checker for eval/bx: re-reads every seed file and verifies its gold file against it.
It does not import build.py; stamps are re-read from the page text on their own.
Run from the project root:  python3 eval/bx/tools/check.py   (prints OK or the problems found)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"7700": "Dodge City Daily Globe", "7701": "Kearney Hub", "7702": "Scottsbluff Star-Herald", "7703": "Aberdeen American News",
          "7704": "Mitchell Republic", "7705": "The Dickinson Press", "7706": "Montana Standard", "7707": "Times-News", "7708": "Idaho State Journal",
          "7709": "The Spectrum"}
DAYS = {"day1": ["7720", "7721", "7722", "7723"], "day2": ["7730", "7731", "7732", "7733"], "day3": ["7740", "7741", "7742", "7743"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|WATCH|Photos|Pictured|Video|Explained|Full report)\s*:")
ABBR = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.", "Jan.", "Feb.",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "No.")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
# printed zone abbreviation -> UTC offset in hours it must have at that moment
ZABBR = {"ET": None, "CT": None, "MT": None, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "BST": 1, "GMT": 0, "CEST": 2, "EEST": 3}
ZABBR_FAMILY = {"ET": (-5, -4), "CT": (-6, -5), "MT": (-7, -6)}
INLINE = r"a|b|strong|em|i|span|time|abbr|small|u|sup|sub"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def strip_tags(t):
    t = re.sub(rf"</?(?:{INLINE})\b[^>]*>", "", t, flags=re.I)
    return re.sub(r"<[^>]+>", "\n", t)


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<\?xml.*?\?>", "", t)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: html.escape(m.group(1), quote=False), t, flags=re.S)  # CDATA = escaped markup
    t = html.unescape(strip_tags(t))
    t = html.unescape(strip_tags(t))  # escaped HTML inside feed descriptions/content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    if n == "sept":
        return 9
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def date_forms(d):
    full = MONTHS[d.month - 1]; ab = full[:3]
    ap = {1: "jan.", 2: "feb.", 8: "aug.", 9: "sept.", 10: "oct.", 11: "nov.", 12: "dec."}.get(d.month, full)
    forms = set()
    for m in (full, ab, ap):
        forms |= {f"{m} {d.day}", f"{m} {d.day:02d}", f"{d.day} {m}"}
    return forms


def printed_dates(text, year):
    """All calendar dates printed anywhere in the text (any of the forms used by the pages); year from the text or the given year."""
    out = set(); low = text.lower()
    for m in re.finditer(r"\b([a-z]{3,9}\.?) (\d{1,2})(?:, (\d{4}))?\b", low):
        mo = month_no(m.group(1))
        if mo:
            try:
                out.add(date(int(m.group(3) or year), mo, int(m.group(2))))
            except ValueError:
                pass
    for m in re.finditer(r"\b(\d{1,2}) ([a-z]{3,9})\.?(?: (\d{4}))?\b", low):
        mo = month_no(m.group(2))
        if mo:
            try:
                out.add(date(int(m.group(3) or year), mo, int(m.group(1))))
            except ValueError:
                pass
    return out


def clock_forms(local):
    h12 = local.hour % 12 or 12; ap = "a.m." if local.hour < 12 else "p.m."; AP = "AM" if local.hour < 12 else "PM"
    return {f"{local:%H:%M}", f"{local:%H.%M}", f"{h12}:{local.minute:02d} {ap}", f"{h12}:{local.minute:02d} {AP}", f"{h12:02d}:{local.minute:02d} {AP}"}


def read_clock(s):
    """(hour, minute, zone abbreviation or None) from a printed stamp, or None."""
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|AM|PM|am|pm)?(?:\s+([A-Z]{2,4})\b)?", s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        return h, mi, m.group(4)
    m = re.search(r"\b(\d\d)(\d\d) (GMT|UTC)\b", s)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(3)
    return None


def read_date(s, year):
    m = re.search(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?", s)
    if m and month_no(m.group(1)):
        return date(int(m.group(3) or year), month_no(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})", s)
    if m and month_no(m.group(2)):
        return date(int(m.group(3)), month_no(m.group(2)), int(m.group(1)))
    return None


def zone_ok(abbr, local):
    if abbr is None or abbr not in ZABBR:
        return True
    off = local.utcoffset().total_seconds() / 3600
    if abbr in ZABBR_FAMILY:
        return off in ZABBR_FAMILY[abbr]
    return off == ZABBR[abbr]


def words(s):
    return set(re.findall(r"[a-z0-9']+", (s or "").lower()))


def jaccard(a, b):
    A, B = words(a), words(b)
    return len(A & B) / max(1, len(A | B))


forbidden = set()
if os.path.exists("/tmp/blind-bx-forbidden-days.txt"):
    forbidden = {l.strip() for l in open("/tmp/blind-bx-forbidden-days.txt") if l.strip()}
else:
    print("note: /tmp/blind-bx-forbidden-days.txt not found; forbidden-day check skipped")
reserved = set()
if os.path.exists("/tmp/blind-bx-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bx-reserved-outlets.txt") if l.strip()}
else:
    print("note: /tmp/blind-bx-reserved-outlets.txt not found; reserved-outlet check skipped")

golds, texts = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"77\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw); texts[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    has_year = "2025" in raw
    if not has_year and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if has_year and g.get("parse_args"):
        err(sid, "page prints a year; parse_args not expected")
    year = 2025
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pad = date.fromisoformat(pa[1])
            if pad not in printed_dates(text, 2025):
                err(sid, "parse_args day is not a day printed on the page")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    zone = ZoneInfo(g["page_timezone"])
    pdates = printed_dates(text, year)
    # Key Points block: HTML = the <li> items of the list after a "Key Points" heading; text = the bulleted lines after a "Key Points" line
    kp_heads = None
    mk = re.search(r">\s*Key Points\s*</h\d>(.*?)</ul>", raw, flags=re.S | re.I) if sp.endswith(".html") else None
    if mk:
        kp_heads = [html.unescape(strip_tags(x)).strip() for x in re.findall(r"<li[^>]*>(.*?)</li>", mk.group(1), flags=re.S)]
    elif not sp.endswith(".html"):
        for i, l in enumerate(lines):
            if l.lower() == "key points":
                kp_heads = []
                for l2 in lines[i + 1:]:
                    if not re.match(r"^[-\u2022*]\s+", l2):
                        break
                    kp_heads.append(re.sub(r"^[-\u2022*]\s+", "", l2))
                break
    if kp_heads is not None:
        heads = {e["headline"] for e in g["entries"] if e["headline"]}
        for k in kp_heads:
            if k not in heads:
                err(sid, "Key Points item is not an entry headline:", k[:60])
    ids, prev_pos, locals_ = [], -1, {}
    rel_lo, rel_hi = None, None
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: headline (or first sentence) positions must increase
        anchor = e["headline"] or e["first_sentence"]
        pos = text.find(anchor, prev_pos + 1) if anchor else -1
        if pos < 0 or pos <= prev_pos:
            err(eid, "entry not found after the previous entry (page order)")
        else:
            prev_pos = pos
        fs = e["first_sentence"]
        if fs is not None:
            ok_line = False
            for l in lines:
                rest = l
                if e["stamp"] and l.startswith(e["stamp"]):
                    rest = l[len(e["stamp"]):].lstrip(" \u2014-")
                if rest.startswith(fs) and (len(rest) == len(fs) or rest[len(fs)] == " "):
                    ok_line = True; break
            if not ok_line:
                err(eid, "first_sentence does not start a text line (or the text after the stamp):", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if any(fs.endswith(a) for a in ABBR):
                err(eid, "first_sentence ends with an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        locals_[eid] = local
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        st = e["stamp"]
        if st is None:
            # dateline entries: the time and the local day must be printed on the page
            if not any(f in text for f in clock_forms(local)):
                err(eid, "no stamp and the dateline time is not printed")
            if local.date() not in pdates:
                err(eid, "no stamp and the local day is printed nowhere")
        elif re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", st):
            if datetime.fromisoformat(st.replace("Z", "+00:00")) != local:
                err(eid, "ISO stamp differs from published")
            if datetime.fromisoformat(st.replace("Z", "+00:00")).utcoffset() != local.utcoffset():
                err(eid, "ISO stamp offset differs from the page zone")
        elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", st):
            if parsedate_to_datetime(st) != local:
                err(eid, "RFC 822 stamp differs from published")
        elif re.fullmatch(r"\d+ (min|hr|hrs) ago", st):
            mm = re.search(r'datetime="([^"]+)"[^>]*>' + re.escape(st) + "<", raw)
            if not mm:
                err(eid, "relative stamp without a datetime attribute around it")
            else:
                if datetime.fromisoformat(mm.group(1)) != local:
                    err(eid, "datetime attribute of the relative stamp differs from published")
                n = int(st.split()[0]); unit = timedelta(minutes=1) if st.split()[1] == "min" else timedelta(hours=1)
                lo, hi = local + n * unit, local + (n + 1) * unit  # fetch moment must lie in [lo, hi)
                rel_lo = lo if rel_lo is None else max(rel_lo, lo); rel_hi = hi if rel_hi is None else min(rel_hi, hi)
        else:
            c = read_clock(st)
            if not c:
                err(eid, "unreadable stamp", repr(st))
            else:
                h, mi, ab = c
                if (h, mi) != (local.hour, local.minute):
                    err(eid, f"stamp time {h:02d}:{mi:02d} != local {local:%H:%M}")
                if not zone_ok(ab, local):
                    err(eid, "zone abbreviation", ab, "does not match the page zone at that time")
                d = read_date(st, year)
                if d is not None and d != local.date():
                    err(eid, "date inside the stamp differs")
                if d is None:
                    locals_[eid + "#undated"] = local
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(s not in TOPICS for s in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat rule")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an entry above it on the same page")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                if jaccard(orig["first_sentence"], fs) < 0.7:
                    err(eid, "duplicate is not near-verbatim (first sentences differ)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    seq = [e["published"] for e in g["entries"]]
    if seq != sorted(seq) and seq != sorted(seq, reverse=True):
        err(sid, "published times are not monotonic in page order (live pages and feeds are either newest or oldest first)")
    if rel_lo is not None and rel_lo >= rel_hi:
        err(sid, "relative stamps cannot all be true for one fetch moment")
    # time-only stamps: local day printed on the page, or the day after one reached by crossing midnight in page chronology
    und = sorted((v, k[:-8]) for k, v in locals_.items() if k.endswith("#undated"))
    for i, (loc, eid) in enumerate(und):
        if loc.date() in pdates:
            continue
        prev = und[i - 1][0] if i else None
        if not (prev and prev.date() == loc.date() - timedelta(days=1) and prev.date() in pdates and loc.time() < prev.time()):
            err(eid, "local day of a time-only stamp is neither printed nor reached by a midnight crossing")

# ---------------------------------------------------------------- set-level constraints
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
if sorted(golds) != sorted(list(PART_A) + [s for v in DAYS.values() for s in v]):
    err("unexpected or missing seeds", sorted(golds))

day_date = {}
partb_sources = set()
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src); partb_sources.add(src)
        if src.lower() in reserved or src in PART_A.values():
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        offb = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and offb * 3 >= len(g["entries"]) * 2)
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
        err(day, "no general world feed (about two thirds off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 for e in ents):
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
    d1 = {e["id"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    reps = [e for e in d2 if "re-post of day-1" in (e["notes"] or "").lower()]
    if not reps:
        err("day 2 carries no re-post of a day-1 entry")
    for e in reps:
        m = re.search(r"re-post of day-1 entry (\d{4}-\d\d)", e["notes"], re.I)
        o = d1.get(m.group(1)) if m else None
        if not o or o["story"] != e["story"] or e["importance"] != 1 or e["headline"] != o["headline"] or jaccard(o["first_sentence"], e["first_sentence"]) < 0.7:
            err(e["id"], "re-post must name a day-1 entry, repeat it nearly verbatim, share its story and be importance 1")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in reps} & {e["story"] for e in d1.values()}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ("01", "02", "03", "04", "05", "06"):
        err(who, "date not allowed", d)

readme = os.path.join(ROOT, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    rd = open(readme, encoding="utf-8").read()
    for g in golds.values():
        if g["seed"] not in rd:
            err("README does not list", g["seed"])
    for k in ("## Conventions", "score.py", ",".join(sorted(golds))):
        if k not in rd:
            err("README lacks", k)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
