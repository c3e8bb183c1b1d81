#!/usr/bin/env python3
"""Independent checker for eval/bj: re-reads every seed file on its own and verifies the gold files against it.

It does not import build.py. Usage (from the project root):  python3 eval/bj/tools/check.py   -> prints OK or the problems.
"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"6300": "Sunderland Echo", "6301": "Devon Live", "6302": "The Argus", "6303": "Southern Daily Echo", "6304": "Cambridge News",
          "6305": "Defimedia", "6306": "Midi Madagasikara", "6307": "Whanganui Chronicle", "6308": "Toowoomba Chronicle", "6309": "Lethbridge Herald"}
PART_B = {"day1": [f"632{i}" for i in range(5)], "day2": [f"633{i}" for i in range(5)], "day3": [f"634{i}" for i in range(5)]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# UTC days of 2022-08..12 that must not be used (copy of the brief's list for those months; the /tmp file is read too when present)
FORBIDDEN = set("""2022-08-01 2022-08-03 2022-08-05 2022-08-07 2022-08-09 2022-08-11 2022-08-12 2022-08-16 2022-08-18 2022-08-23 2022-08-24
2022-08-31 2022-09-01 2022-09-07 2022-09-10 2022-09-11 2022-09-12 2022-09-14 2022-09-16 2022-09-21 2022-09-22 2022-09-23 2022-09-25 2022-09-27
2022-09-29 2022-09-30 2022-10-02 2022-10-03 2022-10-05 2022-10-08 2022-10-10 2022-10-11 2022-10-12 2022-10-17 2022-10-18 2022-10-20 2022-10-24
2022-10-26 2022-10-29 2022-10-30 2022-10-31 2022-11-02 2022-11-04 2022-11-07 2022-11-09 2022-11-10 2022-11-14 2022-11-15 2022-11-16 2022-11-17
2022-11-19 2022-11-22 2022-11-23 2022-11-24 2022-11-28 2022-12-01 2022-12-05 2022-12-06 2022-12-08 2022-12-12 2022-12-13 2022-12-16 2022-12-19
2022-12-21 2022-12-29""".split())
if os.path.exists("/tmp/blind-bj-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bj-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bj-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bj-reserved-outlets.txt", encoding="utf-8") if l.strip()}

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBR = {"GMT": 0, "UTC": 0, "BST": 1, "CEST": 2, "EET": 2, "EEST": 3, "EDT": -4, "EST": -5, "MST": -7, "AEST": 10, "NZDT": 13}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
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
    for tab in (EN_MONTHS, FR_MONTHS):
        for i, m in enumerate(tab):
            if n == m or (len(n) >= 3 and m.startswith(n)):
                return i + 1
    return None


def find_time(s):
    """Clock time in a string: 18:40, [14:10], 7.05am, 7:05pm, 5:40 p.m., 8:45AM. Returns (h, m) or None."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def find_date(s, year=None):
    """A calendar date in a string, in any of the printed forms; returns (y, m, d, has_year) or None."""
    pats = [(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-zéû]+)\.? (\d{4})\b", "dmy"),        # 25th Aug 2022 / 11 NOV 2022 / 3 décembre 2022
            (r"\b([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\b", "mdy"),                       # Oct. 6, 2022 / October 10, 2022
            (r"\b(?:%s),? (\d{1,2}) ([A-Z][a-z]+)\b" % "|".join(w.title() for w in WEEKDAYS), "dm"),   # Sunday, 13 November
            (r"\b(?:%s), ([A-Z][a-z]+) (\d{1,2})\b" % "|".join(w.title() for w in WEEKDAYS), "md")]    # Monday, October 10
    for pat, kind in pats:
        for m in re.finditer(pat, s):
            if kind == "dmy":
                mo = month_no(m.group(2)); d, y = int(m.group(1)), int(m.group(3))
            elif kind == "mdy":
                mo = month_no(m.group(1)); d, y = int(m.group(2)), int(m.group(3))
            elif kind == "dm":
                mo = month_no(m.group(2)); d, y = int(m.group(1)), year
            else:
                mo = month_no(m.group(1)); d, y = int(m.group(2)), year
            if mo and 1 <= d <= 31:
                return (y, mo, d, kind in ("dmy", "mdy"))
    return None


DATE_LINE = [re.compile(p) for p in [
    r"(?:Published|Updated) \d{1,2}(?:st|nd|rd|th) [A-Z][a-z]{2} \d{4}, \d\d:\d\d (?:BST|GMT)",
    r"(?:Updated )?\d\d:\d\d, \d{1,2} [A-Z]{3} \d{4}(?:Updated ?\d\d:\d\d, \d{1,2} [A-Z]{3} \d{4})?",
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2} [A-Z][a-z]+(?: \d{4})?",
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}",
    r"[A-Z][a-z]+ \d{1,2}, \d{4} - \d{1,2}:\d\d[AP]M"]]


def check_abbr(s, local, who):
    for ab, off in ABBR.items():
        if re.search(r"\b%s\b" % ab, s):
            if local.utcoffset() != timedelta(hours=off):
                err(who, f"zone '{ab}' printed in {s!r} disagrees with offset {local.utcoffset()}")
    if re.search(r"\bET\b", s) and local.tzinfo.key not in ("America/New_York", "America/Toronto"):
        err(who, "ET printed but zone is", local.tzinfo.key)


golds, texts, lines_of = {}, {}, {}
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
    if not re.fullmatch(r"63\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    texts[sid] = text; lines_of[sid] = lines
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    has_year = re.search(r"\b20\d\d\b", raw) is not None
    if not has_year and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if has_year:
            err(sid, "parse_args given although the page prints a year")
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pd = date.fromisoformat(pa[1])
            dl = [l for l in lines if any(p.fullmatch(l) for p in DATE_LINE)]
            found = [find_date(l, pd.year) for l in dl]
            if not any(f and (f[0], f[1], f[2]) == (pd.year, pd.month, pd.day) for f in found):
                err(sid, "parse_args date is not the printed day line")
            wd = WEEKDAYS[pd.weekday()].title()
            if not any(l.startswith(wd) for l in dl):
                err(sid, "printed weekday does not match parse_args date")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")

    # Key Points / Key Events blocks: heading line followed by headlines
    key_lines, kp_heads = set(), None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            kp_heads = []; key_lines.add(i)
            for j in range(i + 1, len(lines)):
                l2 = re.sub(r"^[-\u2022*]\s*", "", lines[j])
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2); key_lines.add(j)
                else:
                    break

    ids, head_idx, stamp_idx = [], [], []
    cur = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids:
            err(eid, "bad or repeated id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the headline (or, without one, the first sentence) must come after the previous entry's
        probe = e["headline"] if e["headline"] else fs
        idx = next((i for i in range(cur, len(lines)) if i not in key_lines and (lines[i] == probe or (not e["headline"] and lines[i].startswith(probe)))), None)
        if idx is None:
            err(eid, "entry not found in page order:", (probe or "")[:60]); idx = cur
        head_idx.append(idx); cur = idx + 1
        ids.append(eid)

    # timestamps: published vs published_local, and each printed stamp re-read on its own
    for n, e in enumerate(g["entries"]):
        eid = e["id"]
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        s = e["stamp"]
        if s is None:
            # article sections: the dateline (date + time) must be printed and equal published_local
            ok = False
            for l in lines:
                t, d = find_time(l), find_date(l)
                if t and d and d[3] and (d[0], d[1], d[2]) == (local.year, local.month, local.day) and t == (local.hour, local.minute):
                    ok = True; check_abbr(l, local, eid); break
            if not ok:
                err(eid, "stamp null but no printed dateline gives", local)
            continue
        check_abbr(s, local, eid)
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
            if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
                err(eid, "ISO stamp differs from published")
            continue
        if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
            if parsedate_to_datetime(s) != local:
                err(eid, "RFC 822 stamp differs from published")
            continue
        t = find_time(s)
        if not t:
            err(eid, "unreadable stamp", repr(s)); continue
        if t != (local.hour, local.minute):
            err(eid, f"stamp time {t} != local {local:%H:%M}")
        d = find_date(s)
        if d and d[3]:
            if (d[0], d[1], d[2]) != (local.year, local.month, local.day):
                err(eid, "date inside the stamp differs from published_local")
            continue
        # time-only stamp: locate it inside this entry's block, then take the last printed date line above it
        lo = head_idx[n - 1] + 1 if n else 0
        hi = head_idx[n + 1] if n + 1 < len(head_idx) else len(lines)
        si = next((i for i in range(lo, hi) if lines[i] == s), None)
        if si is None:
            si = next((i for i in range(lo, hi) if s in lines[i]), None)
        if si is None:
            err(eid, "stamp not found inside its entry's block", repr(s)); continue
        year = int(pa[1][:4]) if pa else None
        ctx = None
        for i in range(0, si):
            if any(p.fullmatch(lines[i]) for p in DATE_LINE):
                f = find_date(lines[i], year)
                if f:
                    if f[3]:
                        year = f[0]
                    ctx = (f[0] if f[0] else year, f[1], f[2])
        if ctx is None or ctx[0] is None:
            err(eid, "no printed date line (with a year or parse_args) above the stamp"); continue
        if ctx != (local.year, local.month, local.day):
            err(eid, f"date line above the stamp says {ctx}, published_local says {local:%Y-%m-%d}")

    # labels
    by_id = {e["id"]: e for e in g["entries"]}
    for e in g["entries"]:
        eid = e["id"]
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/importance 1/'off-beat:' note)")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and e["first_sentence"] is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            o = by_id.get(e["duplicate_of"])
            if o is None or o is e:
                err(eid, "duplicate_of must name another entry of this seed"); continue
            if o["published"] >= e["published"]:
                err(eid, "duplicate_of must name an earlier-published entry")
            if o["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            # near-verbatim: word overlap of headline + first sentence
            wa = set(re.findall(r"\w+", ((o["headline"] or "") + " " + (o["first_sentence"] or "")).lower()))
            wb = set(re.findall(r"\w+", ((e["headline"] or "") + " " + (e["first_sentence"] or "")).lower()))
            if len(wa & wb) / len(wa | wb) < 0.7:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points/Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points/Key Events but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")

# ---------------------------------------------------------------- Part A
used_days = {}
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
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in used_days:
            err(sid, "UTC day also used by", used_days[d])
        used_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))

# ---------------------------------------------------------------- Part B
day_date = {}
day_entries = {}
for day, sids in PART_B.items():
    present = [s for s in sids if s in golds]
    if not 3 <= len(present) <= 5:
        err(day, "needs 3-5 sources, has", len(present))
    stories = defaultdict(set); dates = set(); exts = set(); world = False
    outlets = set()
    for sid in present:
        g = golds[sid]; src = g["source"]; outlets.add(src)
        if src.lower() in RESERVED or src in PART_A.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 3 >= len(g["entries"]) * 2 and len(g["entries"]) >= 5:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10])
    ents = [e for s in present for e in golds[s]["entries"]]
    day_entries[day] = ents
    if len(outlets) != len(present):
        err(day, "two seeds of one day from the same outlet")
    if not 18 <= len(ents) <= 30:
        err(day, "entry count", len(ents))
    if len(exts) < 3:
        err(day, "fewer than 3 formats", exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 off-beat)")
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in used_days:
        err(day, "UTC day also used by", used_days[d])
    used_days[d] = day
    big = [k for k, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for k in big:
        fss = [e["first_sentence"] for e in ents if e["story"] == k and e["first_sentence"]]
        if len(set(fss)) < len(fss) - sum(1 for e in ents if e["story"] == k and e["duplicate_of"]):
            err(day, k, "told in identical words across sources")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if repost and e["importance"] != 1:
            err(e["id"], "re-post must be importance 1")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1, d2 = day_entries["day1"], day_entries["day2"]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry (importance 1, notes say 're-post of day-1')")
    d1_slugs = {e["story"] for e in d1}
    cont = [e for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"] and e["story"] in d1_slugs]
    if not cont:
        err("day 2 continues no day-1 story")
    for e in cont:
        if "continu" not in (e.get("notes") or "").lower():
            err(e["id"], "continuation of a day-1 story should say so in notes")

for d, who in used_days.items():
    if d in FORBIDDEN or d[:4] != "2022" or not "08" <= d[5:7] <= "12":
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days {sorted((w, d) for d, w in used_days.items() if w in PART_A)}")
