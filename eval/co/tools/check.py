#!/usr/bin/env python3
"""Independent checker for eval/co. It does not import build.py: it re-reads the seed files and verifies every gold
file against them (substrings, stamps re-read on their own, page order, label rules, set constraints).
Usage (from the project root): python3 eval/co/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = [("9400", "The Nassau Guardian"), ("9401", "Amandala"), ("9402", "Breaking Belize News"), ("9403", "Kaieteur News"),
          ("9404", "Newsroom Panama"), ("9405", "St Lucia Times"), ("9406", "Antigua Observer"), ("9407", "Curaçao Chronicle"),
          ("9408", "Colombia Reports"), ("9409", "The Santiago Times")]
DAYS = {"day1": ["9420", "9421", "9422", "9423"], "day2": ["9430", "9431", "9432", "9433", "9434"], "day3": ["9440", "9441", "9442", "9443"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"01", "03", "04", "05", "06", "12"}
# 2023 days of the allowed months that the brief forbids (copy of /tmp/blind-co-forbidden-days.txt for those months; the file is also read if present)
FORBIDDEN = set("""2023-01-02 2023-01-04 2023-01-05 2023-01-06 2023-01-08 2023-01-10 2023-01-11 2023-01-12 2023-01-14 2023-01-15 2023-01-16 2023-01-17
2023-01-18 2023-01-20 2023-01-21 2023-01-23 2023-01-24 2023-01-25 2023-01-26 2023-01-28 2023-01-31 2023-03-02 2023-03-03 2023-03-04
2023-03-07 2023-03-08 2023-03-09 2023-03-10 2023-03-12 2023-03-14 2023-03-15 2023-03-16 2023-03-17 2023-03-18 2023-03-19 2023-03-20
2023-03-21 2023-03-22 2023-03-23 2023-03-25 2023-03-26 2023-03-28 2023-03-29 2023-03-31 2023-04-02 2023-04-03 2023-04-04 2023-04-05
2023-04-07 2023-04-09 2023-04-10 2023-04-12 2023-04-14 2023-04-15 2023-04-17 2023-04-18 2023-04-19 2023-04-20 2023-04-22 2023-04-24
2023-04-25 2023-04-26 2023-04-28 2023-04-29 2023-04-30 2023-05-01 2023-05-03 2023-05-04 2023-05-05 2023-05-07 2023-05-09 2023-05-11
2023-05-13 2023-05-14 2023-05-15 2023-05-16 2023-05-17 2023-05-18 2023-05-19 2023-05-20 2023-05-21 2023-05-22 2023-05-23 2023-05-24
2023-05-26 2023-05-28 2023-05-29 2023-05-30 2023-05-31 2023-06-01 2023-06-05 2023-06-06 2023-06-07 2023-06-08 2023-06-09 2023-06-10
2023-06-11 2023-06-13 2023-06-14 2023-06-15 2023-06-16 2023-06-17 2023-06-18 2023-06-19 2023-06-21 2023-06-22 2023-06-23 2023-06-24
2023-06-25 2023-06-27 2023-06-28 2023-06-29 2023-12-02 2023-12-03 2023-12-04 2023-12-05 2023-12-06 2023-12-07 2023-12-08 2023-12-10
2023-12-11 2023-12-12 2023-12-13 2023-12-14 2023-12-15 2023-12-16 2023-12-18 2023-12-19 2023-12-20 2023-12-26 2023-12-27 2023-12-28
2023-12-29 2023-12-30 2023-12-31""".split())
if os.path.exists("/tmp/blind-co-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-co-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-co-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-co-reserved-outlets.txt", encoding="utf-8") if l.strip()}
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ZONE_ABBR = {"GMT": 0, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180}
ABBR = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "no", "u.s", "u.n", "a.m", "p.m"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
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
    for tab in (EN_MONTHS, ES_MONTHS):
        for i, m in enumerate(tab):
            if n == m or (len(n) >= 3 and m.startswith(n)):
                return i + 1
    return None


def printed_dates(text, year_hint):
    """Every calendar date printed in the visible text, in any of the page styles used."""
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})\b", text):
        if month_no(m.group(1)):
            out.add(date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})\b", text):
        if month_no(m.group(2)):
            out.add(date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d{1,2}) de ([a-z]+) de (\d{4})\b", text):
        if month_no(m.group(2)):
            out.add(date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d{2})/(\d{2})/(\d{4})\b", text):
        out.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if year_hint:
        for m in re.finditer(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b(?!,? \d{4})", text):
            out.add(date(year_hint, month_no(m.group(1)), int(m.group(2))))
    return out


def wrapped_datetime(raw, stamp, local):
    """The datetime attribute of an element whose text is the stamp: the one equal to local if any, else the first, else None."""
    found = [datetime.fromisoformat(m.group(1)) for m in
             re.finditer(r'datetime="([^"]+)"[^>]*>\s*' + re.escape(html.escape(stamp, quote=False)) + r"\s*<", raw)]
    return local if local in found else (found[0] if found else None)


def read_stamp(stamp, local, text, raw, dates):
    """Re-reads one printed stamp on its own. Returns (reason or None, kind)."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return (None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"), "full"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return (None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"), "full"
    m = re.fullmatch(r"(\d+) (minute|hour)s? ago", s)
    if m:
        a = re.search(r"\b[A-Z][a-z]+day, ([A-Z][a-z]+) (\d{1,2}), (\d{4}) \| (\d{1,2}):(\d\d) (AM|PM)", text)
        if not a:
            return "relative stamp without a printed clock", "rel"
        hh = int(a.group(4)) % 12 + (12 if a.group(6) == "PM" else 0)
        ref = datetime(int(a.group(3)), month_no(a.group(1)), int(a.group(2)), hh, int(a.group(5)), tzinfo=local.tzinfo)
        back = timedelta(minutes=int(m.group(1))) if m.group(2) == "minute" else timedelta(hours=int(m.group(1)))
        return (None if ref - back == local else "relative stamp does not resolve to published"), "rel"
    m = re.fullmatch(r"([a-záéíóú]+) (\d{1,2}) de ([a-z]+) de (\d{4}) \u00b7 (\d\d):(\d\d) hrs\.", s)
    if m:
        got = (int(m.group(4)), month_no(m.group(3)), int(m.group(2)), int(m.group(5)), int(m.group(6)))
        ok = got == (local.year, local.month, local.day, local.hour, local.minute)
        wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][local.weekday()]
        return (None if ok and m.group(1) == wd else "Spanish stamp differs"), "full"
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m:  # date only; the time must come from the datetime attribute of the same element
        if (int(m.group(3)), month_no(m.group(1)), int(m.group(2))) != (local.year, local.month, local.day):
            return "date-only stamp differs from the local date", "dateonly"
        w = wrapped_datetime(raw, s, local)
        return (None if w == local else "no <time datetime> with the published instant around the date-only stamp"), "dateonly"
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|AM|PM|am|pm)?(?:\s+(GMT|CET|CEST|EET|EEST|ET)\b)?", s)
    if not m:
        return "unreadable stamp", "?"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}", "time"
    ab = m.group(4)
    if ab:
        want = ZONE_ABBR.get(ab)
        if ab == "ET":
            want = int(datetime.fromtimestamp(local.timestamp(), ZoneInfo("America/New_York")).utcoffset().total_seconds() // 60)
        if int(local.utcoffset().total_seconds() // 60) != want:
            return f"zone {ab} does not match the local offset", "time"
    w = wrapped_datetime(raw, s, local)
    if w is not None and w != local:
        return "the <time datetime> around the stamp differs", "time"
    if w is None and not any(abs((local.date() - d).days) <= 1 for d in dates):
        return "no printed date within a day of the local date", "time"
    return None, "time"


def time_printed(local, text):
    h12 = local.hour % 12 or 12
    forms = [f"{local:%H:%M}", f"{local:%H.%M}"] + [f"{h12}:{local.minute:02d}{sp}{suf}" for sp in ("", " ") for suf in
                                                    (("am", "AM", "a.m.") if local.hour < 12 else ("pm", "PM", "p.m."))]
    return any(f in text for f in forms)


def sentence_ok(fs, lines):
    line = next((l for l in lines if l.startswith(fs)), None)
    if line is None:
        return "first_sentence does not start a text line"
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "first_sentence does not end with sentence punctuation"
    rest = line[len(fs):]
    if rest and not re.match(r"\s+[A-Z0-9\"\u201c\u2018]", rest):
        return "first_sentence stops inside a sentence"
    w = re.search(r"([A-Za-z.]+)\.$", fs)
    if w and (w.group(1).lower() in ABBR or re.fullmatch(r"[A-Z]", w.group(1))):
        return "first_sentence ends at an abbreviation"
    return None


golds, seeds_text = {}, {}
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
    if not re.fullmatch(r"94\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]) or not g["seed"].startswith(sid + "_"):
        err(g["seed"], "bad seed file name")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw)
    lines = [re.sub(r"^[\u2022\-*]\s+", "", l.strip()) for l in text.split("\n")]
    seeds_text[sid] = text
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    if pa and (len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1])):
        err(sid, "malformed parse_args")
    if not re.search(r"\b2023\b", text) and not re.search(r"\b2023\b", raw) and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa and re.search(r"\b2023\b", raw):
        err(sid, "parse_args given but the page names a year")
    years = set(re.findall(r"\b(20\d\d)\b", raw))
    year_hint = int(pa[1][:4]) if pa else (int(years.pop()) if len(years) == 1 else None)
    dates = printed_dates(text, year_hint)
    if pa:
        dates.add(date.fromisoformat(pa[1]))
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # Key Points block: the headlines listed right after a 'Key Points' line
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break
    ids, pos, time_only = [], 0, []
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
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            why = sentence_ok(fs, lines)
            if why:
                err(eid, why, ":", fs[:70])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor text must come after the previous entry's
        anchor = e["headline"] or fs
        p = text.find(anchor, pos)
        if p < 0:
            err(eid, "entry not found in page order after the previous entry")
        else:
            pos = p + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        local = datetime.fromisoformat(e["published"].replace("Z", "+00:00")).astimezone(zone)
        if local.strftime("%Y-%m-%d %H:%M") != m.group(1):
            err(eid, "published != published_local")
        if pa and local.strftime("%Y-%m-%d") != pa[1]:
            err(eid, "local day differs from parse_args --date")
        if e["stamp"] is not None:
            why, kind = read_stamp(e["stamp"], local, text, raw, dates)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            if kind == "time":
                time_only.append(local)
        else:
            if not time_printed(local, text):
                err(eid, "no stamp and the dateline time is not printed")
            if local.date() not in dates:
                err(eid, "no stamp and the dateline date is not printed")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and offbeat):
            err(eid, "off-beat entries: other/unrelated, importance 1, notes 'off-beat: ...'")
        if offbeat and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["headline"] and TEASER.match(e["headline"]) and fs is not None and "Explain" not in e["headline"]:
            err(eid, "teaser label with a body")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] >= e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and be published after its original")
            else:
                a = set(re.findall(r"\w+", " ".join([orig["first_sentence"] or ""]).lower()))
                b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.7:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if "re-post of day-1" in (e["notes"] or "").lower() and e["importance"] != 1:
            err(eid, "re-post must be importance 1")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # time-only stamps: the local datetimes must run strictly one way down the page (this fixes midnight crossings)
    if len(time_only) > 1:
        inc = all(a < b for a, b in zip(time_only, time_only[1:]))
        dec = all(a > b for a, b in zip(time_only, time_only[1:]))
        if not (inc or dec):
            err(sid, "time-only stamps are not monotonic down the page")

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A:
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
extra = sorted(set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v})
if extra:
    err("unexpected gold files", extra)

# ---------------------------------------------------------------- Part B
part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates_ = set(); n = 0; world = False; exts = set(); sources = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; sources.add(src)
        if src.lower() in RESERVED or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]):
            world = True
            if not 3 <= off <= len(g["entries"]) - 1:
                err(sid, "world feed should be mostly but not only off-beat")
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates_.add(e["published"][:10]); n += 1
    if len(dates_) != 1:
        err(day, "more than one UTC date", dates_); continue
    d = dates_.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3 or len(sources) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (majority off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    multi = [st for st, v in stories.items() if len(v) >= 3]
    if not multi:
        err(day, "no story told by 3+ sources")
    for st in multi:  # told in different words: no two first sentences of different seeds identical
        fss = [(e["id"][:4], e["first_sentence"]) for e in ents if e["story"] == st and e["first_sentence"]]
        if len({f for _, f in fss}) < len({s for s, _ in fss}):
            err(day, st, "3+-source story repeats wording across seeds")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
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
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or d[5:7] not in ALLOWED_MONTHS:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
