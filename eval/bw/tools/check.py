#!/usr/bin/env python3
"""Independent checker for eval/bw: re-reads every seed file and verifies its gold file against it.

It does not import build.py. Run from the project root:  python3 eval/bw/tools/check.py   (prints OK or the problems)
"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"7600": "Grand Junction Daily Sentinel", "7601": "Farmington Daily Times", "7602": "Roswell Daily Record",
          "7603": "Las Cruces Sun-News", "7604": "Yuma Sun", "7605": "Arizona Daily Sun", "7606": "Elko Daily Free Press",
          "7607": "Herald and News", "7608": "Wenatchee World", "7609": "Great Falls Tribune"}
DAYS = {"day1": ["7620", "7621", "7622", "7623"], "day2": ["7630", "7631", "7632", "7633"], "day3": ["7640", "7641", "7642", "7643"]}
ALLOWED_IDS = set(PART_A) | {s for v in DAYS.values() for s in v}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:", re.I)
# 2025 July-November days from /tmp/blind-bw-forbidden-days.txt (copied so the check also runs without /tmp)
FORBIDDEN = set("""2025-07-02 2025-07-04 2025-07-05 2025-07-08 2025-07-09 2025-07-10 2025-07-14 2025-07-15 2025-07-17 2025-07-18 2025-07-21
2025-07-22 2025-07-23 2025-07-29 2025-07-30 2025-07-31 2025-08-01 2025-08-05 2025-08-06 2025-08-07 2025-08-12 2025-08-15 2025-08-18 2025-08-19
2025-08-20 2025-08-21 2025-08-26 2025-08-28 2025-08-29 2025-09-02 2025-09-03 2025-09-04 2025-09-07 2025-09-10 2025-09-12 2025-09-15 2025-09-17
2025-09-19 2025-09-20 2025-09-21 2025-09-23 2025-09-28 2025-10-02 2025-10-03 2025-10-05 2025-10-09 2025-10-10 2025-10-13 2025-10-14 2025-10-15
2025-10-16 2025-10-17 2025-10-21 2025-10-22 2025-10-23 2025-10-28 2025-10-30 2025-11-04 2025-11-06 2025-11-10 2025-11-12 2025-11-16 2025-11-18
2025-11-19 2025-11-20 2025-11-21 2025-11-23 2025-11-25 2025-11-26 2025-11-27 2025-11-29""".split())
if os.path.exists("/tmp/blind-bw-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bw-forbidden-days.txt").read().split())
RESERVED = []
if os.path.exists("/tmp/blind-bw-reserved-outlets.txt"):
    RESERVED = [l.strip().lower() for l in open("/tmp/blind-bw-reserved-outlets.txt", encoding="utf-8") if l.strip()]

MONTHS = {}
for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1):
    MONTHS[m] = i; MONTHS[m[:3]] = i; MONTHS[m[:3] + "."] = i
MONTHS["sept"] = 9; MONTHS["sept."] = 9
for i, m in enumerate(["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"], 1):
    MONTHS.setdefault(m, i)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"EDT": -4, "EST": -5, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "BST": 1, "GMT": 0, "UTC": 0, "CEST": 2, "CET": 1,
             "EEST": 3, "EET": 2, "SAST": 2}
ZONE_GENERIC = {"ET": "America/New_York", "MT": "America/Denver", "PT": "America/Los_Angeles"}
ABBREV_END = re.compile(r"\b(a\.m|p\.m|U\.S|U\.K|Gen|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Calif|Gov|Sen|Rep|Lt|Col)\.$")
MON_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # HTML escaped inside Atom <content type="html">
    return t


def full_dates(text):
    """Dates printed with a year: 'Aug. 11, 2025', 'Jul 11, 2025', 'July 12, 2025', '25 September 2025', '25. september 2025', ISO, RFC 822."""
    out = []
    for m in re.finditer(MON_RE.replace("(", "(?P<mon>", 1) + r" (?P<d>\d{1,2}), (?P<y>20\d\d)", text):
        out.append((int(m.group("y")), MONTHS[m.group("mon").lower()[:3]], int(m.group("d"))))
    for m in re.finditer(r"\b(?P<d>\d{1,2})\.? (?P<mon>[A-Za-z]+) (?P<y>20\d\d)", text):
        mo = MONTHS.get(m.group("mon").lower())
        if mo:
            out.append((int(m.group("y")), mo, int(m.group("d"))))
    for m in re.finditer(r"\b(20\d\d)-(\d\d)-(\d\d)", text):
        out.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def month_day_forms(d):
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][d.month - 1]
    ap = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][d.month - 1]
    return [f"{mon} {d.day}", f"{d.day} {mon}", f"{ap} {d.day}", f"{mon[:3]} {d.day},", f"{d.day}. {mon.lower()}"]


def date_printed(d, text):
    low = text.lower()
    return any(f.lower() in low for f in month_day_forms(d))


def read_clock(s, local, zone, text, raw):
    """Re-reads a human stamp/dateline; returns None if it agrees with `local`, else a reason."""
    m = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm)?", s)
    if not m:
        return "no clock time in " + repr(s)
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"clock {h:02d}:{mi:02d} != local {local:%H:%M}"
    za = re.search(r"\b(EDT|EST|MDT|MST|PDT|PST|BST|GMT|UTC|CEST|CET|EEST|EET|SAST|ET|MT|PT)\b", s)
    if za:
        ab = za.group(1)
        if ab in ZONE_GENERIC:
            if ZONE_GENERIC[ab] != zone:
                return f"zone {ab} does not fit page zone {zone}"
        elif local.utcoffset() != timedelta(hours=ZONE_ABBR[ab]):
            return f"zone {ab} offset differs from {zone} at that time"
    # a date inside the stamp?
    md = re.search(MON_RE.replace("(", "(?P<mon>", 1) + r" (?P<d>\d{1,2})(?:, (?P<y>20\d\d))?", s) or \
        re.search(r"\b(?P<d>\d{1,2})\.? (?P<mon>[a-zA-Z]+) (?P<y>20\d\d)", s)
    if md and MONTHS.get(md.group("mon").lower()) or (md and MONTHS.get(md.group("mon").lower()[:3])):
        mon = MONTHS.get(md.group("mon").lower()) or MONTHS.get(md.group("mon").lower()[:3])
        if (mon, int(md.group("d"))) != (local.month, local.day):
            return "date inside the stamp differs"
        if md.group("y") and int(md.group("y")) != local.year:
            return "year inside the stamp differs"
        return None
    wd = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", s)
    if wd:
        if WEEKDAYS.index(wd.group(1).lower()) != local.weekday():
            return "weekday in the stamp differs"
        if not any(abs((datetime(y, mo, d) - datetime(local.year, local.month, local.day)).days) <= 1 for y, mo, d in full_dates(text)):
            return "no printed full date within a day of the weekday stamp"
        return None
    if not date_printed(local, text) and not any((y, mo, d) == (local.year, local.month, local.day) for y, mo, d in full_dates(text)):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def read_stamp(stamp, local, zone, text, raw, path):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    if re.fullmatch(MON_RE + r" \d{1,2}, 20\d\d", s):  # date only: the clock time must come from <time datetime>
        hits = [m.group(1) for m in re.finditer(r'<time[^>]*datetime="([^"]+)"[^>]*>\s*' + re.escape(s) + r"\s*</time>", raw)]
        if not any(datetime.fromisoformat(h.replace("Z", "+00:00")) == local for h in hits):
            return "no <time datetime> with this visible date resolves to published"
        return None
    why = read_clock(s, local, zone, text, raw)
    if why:
        return why
    if path.endswith(".html"):  # a <time datetime> that shows this stamp must agree too
        for m in re.finditer(r'<time[^>]*datetime="([^"]+)"[^>]*>\s*' + re.escape(html.escape(s, quote=False)) + r"\s*</time>", raw):
            if datetime.fromisoformat(m.group(1).replace("Z", "+00:00")) == local:
                break
        else:
            if re.search(r'<time[^>]*datetime="[^"]+"[^>]*>\s*' + re.escape(html.escape(s, quote=False)) + r"\s*</time>", raw):
                return "<time datetime> showing this stamp disagrees"
    return None


def jsonld_nodes(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(m.group(1))
        stack = [data]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack += n
            elif isinstance(n, dict):
                out.append(n)
                stack += [v for v in n.values() if isinstance(v, (dict, list))]
    return out


def types_of(n):
    t = n.get("@type", [])
    return set(t if isinstance(t, list) else [t])


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    if sid not in ALLOWED_IDS:
        err(gp, "unexpected seed id")
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"76\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = g["page_timezone"]; ZoneInfo(zone)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    # year: pages printing no full date (and no machine date) need parse_args
    has_year = bool(full_dates(text)) or bool(re.search(r'datetime="20\d\d-|"datePublished": "20\d\d-', raw))
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if has_year:
            err(sid, "parse_args on a page that prints a full date")
        if pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pd = datetime.strptime(pa[1], "%Y-%m-%d")
            if not date_printed(pd, text):
                err(sid, "parse_args date is not a day printed on the page")
            if pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
                err(sid, "parse_args date is no entry's local day")
            if pa[1] != max(e["published_local"][:10] for e in g["entries"]):
                err(sid, "parse_args should be the newest printed local day")
    # Key Points block
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
    # JSON-LD: per-update times must agree unless all updates share one time (then they are unusable and notes must say so)
    for n in jsonld_nodes(raw):
        ups = n.get("liveBlogUpdate")
        if "LiveBlogPosting" in types_of(n) and ups:
            ups = ups if isinstance(ups, list) else [ups]
            times = {u.get("datePublished") for u in ups}
            if len(times) == 1 and len(ups) > 1:
                if "datepublished" not in g["notes"].lower():
                    err(sid, "JSON-LD updates share one time; notes should say it is not used")
                continue
            for u in ups:
                match = [e for e in g["entries"] if e["headline"] == u.get("headline")]
                if not match:
                    err(sid, "JSON-LD update without a gold entry:", u.get("headline")); continue
                t = datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00"))
                if not any(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) == t for e in match):
                    err(sid, "JSON-LD update time differs for", u.get("headline"))
        if "NewsArticle" in types_of(n) and n.get("datePublished"):
            t = datetime.fromisoformat(n["datePublished"].replace("Z", "+00:00"))
            for e in g["entries"]:
                if e["stamp"] is None and datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != t:
                    err(e["id"], "section time differs from NewsArticle datePublished")
    ids = []; pos = 0; seen_local = []
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
        # page order: each entry's anchor appears after the previous one
        anchor = e["headline"] or e["first_sentence"] or e["stamp"]
        p = text.find(anchor, pos)
        if p < 0:
            err(eid, "entry anchor not found after the previous entry (page order)")
        else:
            pos = p + 1
        fs = e["first_sentence"]
        if fs is not None:
            ok_line = False
            for l in lines:
                rest = None
                if l.startswith(fs):
                    rest = l[len(fs):]
                elif e["stamp"] and l.startswith(e["stamp"] + ": " + fs):
                    rest = l[len(e["stamp"] + ": " + fs):]
                if rest is not None and (rest == "" or rest[0] == " "):
                    ok_line = True; break
            if not ok_line:
                err(eid, "first_sentence does not start a text line (or follow its stamp):", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or ABBREV_END.search(fs):
                err(eid, "first_sentence does not end a sentence:", fs[-30:])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, zone, text, raw, sp)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # stampless: the basis must quote a page time that is printed and re-reads to this time
            pt = re.search(r"page time '([^']+)'", e["published_basis"] or "")
            if not pt:
                err(eid, "no stamp and no quoted page time in published_basis")
            elif pt.group(1) not in text:
                err(eid, "quoted page time not printed on the page")
            else:
                why = read_clock(pt.group(1), local, zone, text, raw)
                if why:
                    err(eid, "page time", repr(pt.group(1)), why)
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
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] > e["published"]:
                    err(eid, "duplicate_of must point at the earlier-published entry")
                if not (orig["first_sentence"] and fs and orig["first_sentence"] == fs):
                    err(eid, "a near-verbatim repeat should share its first sentence")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# ---------------------------------------------------------------- Part A
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
order = sorted(PART_A)
if [golds[s]["source"] for s in order if s in golds] != [PART_A[s] for s in order]:
    err("Part A outlets out of order")

# ---------------------------------------------------------------- Part B
partb_names = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; partb_names.add(src)
        low = src.lower(); stem = low.split()[0]
        if low in RESERVED or any(r.split()[0] == stem for r in RESERVED):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        offn = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if g["seed"].endswith(".xml") and offn >= 0.6 * len(g["entries"]) and len(g["entries"]) - offn >= 1:
            world = True
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
        err(day, "no general world-news feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    mnm = 0
    for e in ents:
        for other in re.findall(r"must not merge with ([a-z0-9-]+)", e["notes"] or ""):
            mnm += 1
            if other not in stories or other == e["story"]:
                err(e["id"], "must-not-merge partner", other, "is not another story of the same day")
    if mnm < 2:
        err(day, "fewer than two must-not-merge pairs noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = {e["id"]: e for s in DAYS["day1"] for e in golds[s]["entries"]}
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    reps = [e for e in d2 if "re-post of day-1" in (e["notes"] or "").lower()]
    if not reps:
        err("day 2 carries no re-post of a day-1 entry")
    for e in reps:
        m = re.search(r"re-post of day-1 entry (76\d\d-\d\d)", e["notes"], re.I)
        o = d1.get(m.group(1)) if m else None
        if not o or o["headline"] != e["headline"] or o["story"] != e["story"] or o["first_sentence"] != e["first_sentence"] or e["importance"] != 1:
            err(e["id"], "re-post must copy a named day-1 entry (headline, first sentence, story) at importance 1")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in reps} & {e["story"] for e in d1.values()}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ("07", "08", "09", "10", "11"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
