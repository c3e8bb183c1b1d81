#!/usr/bin/env python3
"""Independent checker for eval/cs. It does not import build.py: it re-reads every seed file, re-reads every printed stamp on
its own (ISO, RFC 822, relative 'N hrs ago' against <time datetime>, AP-style '4:48 p.m. ET Aug. 4', '7.40pm', '22.45 BST',
'Name · 14:35 IST', '5:10 a.m. (12:10 p.m. Kyiv time)', bare '9:15 p.m.' whose date is inferred from page order and a printed
date), and checks the gold labels and the brief's constraints.
Usage (from the project root): python3 eval/cs/tools/check.py   -> prints OK ... or the list of problems (exit 1)."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
PART_A = {"9800": "The Post-Star", "9801": "Watertown Daily Times", "9802": "Press & Sun-Bulletin", "9803": "Observer-Dispatch",
          "9804": "The Ithaca Journal", "9805": "The Daily Gazette", "9806": "Times Herald-Record", "9807": "Poughkeepsie Journal",
          "9808": "Star-Gazette", "9809": "Olean Times Herald"}
DAYS = {"day1": ["9820", "9821", "9822", "9823"], "day2": ["9830", "9831", "9832", "9833"], "day3": ["9840", "9841", "9842", "9843"]}
DAY_ID_RANGES = {"day1": range(9820, 9825), "day2": range(9830, 9835), "day3": range(9840, 9845)}
# 2022 days (April-December) NOT in /tmp/blind-cs-forbidden-days.txt when this set was written (re-checked against the file when it exists)
ALLOWED = set("""2022-04-15 2022-04-18 2022-04-22 2022-04-24 2022-04-27 2022-04-29 2022-05-06 2022-05-21 2022-05-23 2022-05-25 2022-05-26
2022-05-28 2022-05-29 2022-06-02 2022-06-07 2022-06-10 2022-06-13 2022-06-19 2022-06-20 2022-06-21 2022-07-08 2022-07-11 2022-07-13 2022-07-16
2022-07-18 2022-07-21 2022-07-27 2022-08-04 2022-08-08 2022-08-15 2022-08-17 2022-08-22 2022-09-05 2022-09-18 2022-09-19 2022-09-24 2022-09-28
2022-10-15 2022-10-23 2022-10-25 2022-10-28 2022-11-03 2022-11-06 2022-11-08 2022-11-21 2022-12-04 2022-12-18 2022-12-23 2022-12-25 2022-12-28
2022-12-30""".split())
FORBIDDEN_FILE = "/tmp/blind-cs-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-cs-reserved-outlets.txt"
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
ZONE_TOKENS = {"GMT": 0, "UTC": 0, "BST": 60, "IST": None, "CEST": 120, "CET": 60, "EEST": 180, "EET": 120, "EDT": -240, "EST": -300,
               "ET": None, "AEDT": 660, "AEST": 600}
ABBREV = ("U.S.", "U.N.", "U.K.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Rev.", "Jan.", "Feb.",
          "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Co.", "Jr.", "a.m.", "p.m.")
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|AP PHOTOS)\b", re.I)
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
    t = re.sub(r"<[^>]+>", "\n", t)  # HTML that was escaped inside feed text
    return html.unescape(t)


def month_of(word):
    w = word.lower().rstrip(".")
    if w[:3] in MONTHS and (len(w) <= 4 or w in ("january", "february", "march", "april", "june", "july", "august", "september",
                                                   "october", "november", "december", "sept")):
        return MONTHS[w[:3]]
    return None


DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "num"),
    (re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+\.?)(?: (\d{4}))?\b"), "dmy"),
    (re.compile(r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:, (\d{4}))?\b"), "mdy"),
]


def find_dates(s, year_hint):
    """All dates printed in s, as (date, span)."""
    out = []
    for pat, kind in DATE_PATTERNS:
        for m in pat.finditer(s):
            if kind == "num":
                y, mo, d = int(m.group(3)), int(m.group(2)), int(m.group(1))
            elif kind == "dmy":
                mo = month_of(m.group(2)); d = int(m.group(1)); y = int(m.group(3)) if m.group(3) else year_hint
            else:
                mo = month_of(m.group(1)); d = int(m.group(2)); y = int(m.group(3)) if m.group(3) else year_hint
            if not mo or not y or not 1 <= d <= 31:
                continue
            try:
                out.append((date(y, mo, d), m.span()))
            except ValueError:
                pass
    return out


TIME_RE = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.|p\.m\.|am|pm)(?![a-z])|(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:])", re.I)


def find_times(s):
    out = []
    for m in TIME_RE.finditer(s):
        if m.group(3):
            h = int(m.group(1)) % 12 + (12 if m.group(3).lower().startswith("p") else 0); mi = int(m.group(2) or 0)
        else:
            h, mi = int(m.group(4)), int(m.group(5))
        if h < 24 and mi < 60:
            out.append(((h, mi), m.span()))
    return out


def zone_token_ok(s, local):
    m = re.search(r"\b(GMT|UTC|BST|IST|CEST|CET|EEST|EET|EDT|EST|ET|AEDT|AEST)\b", s)
    if not m:
        return None
    off = int(local.utcoffset().total_seconds() // 60)
    tok = m.group(1)
    if tok == "ET":
        return None if str(local.tzinfo) in ("America/New_York", "America/Toronto") else "'ET' on a page not in US/Canada Eastern time"
    if tok == "IST":
        return None if off in (60, 330) else "'IST' does not fit the page zone"
    return None if ZONE_TOKENS[tok] == off else f"zone token {tok} != page offset {off} min"


def year_hint_of(g, raw):
    if g.get("parse_args"):
        return int(g["parse_args"][1][:4])
    m = re.search(r"\b(20\d\d)\b", raw)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------------------------------------------- per page
golds = {}
allowed = set(ALLOWED)
if os.path.exists(FORBIDDEN_FILE):
    forb = set(open(FORBIDDEN_FILE).read().split())
    allowed = {d for d in allowed if d not in forb}
reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}

for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ("seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"):
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(sid, "seed file missing"); continue
    if not re.fullmatch(r"98\d\d_[a-z0-9]+-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold file name must be the seed stem + .json")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    yh = year_hint_of(g, raw)
    if not re.search(r"\b2022\b", text) and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if re.search(r"\b2022\b", raw) and g.get("parse_args"):
        err(sid, "parse_args given although the page names the year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    printed = {d for d, _ in find_dates(text, yh)}

    # Key Points block (list of headlines following a 'Key Points' line)
    kp_heads = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_heads.append(l2)
                else:
                    break
            break

    ids = []
    undated = []  # (page index, entry, (h, m)) for stamps that print no date
    last_pos = -1
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        for k in ("headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"):
            if k not in e:
                err(eid, "missing field", k)
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
        for k in ("headline", "stamp", "author"):
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:70])
        if e["headline"] is not None and not any(l == e["headline"] or l.endswith(": " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line of the page")
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not all(re.match(r"^(\s+[A-Z0-9\"\u201c\u2018(]|$)", l[len(fs):]) for l in hit):
                err(eid, "first_sentence stops in the middle of a sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs) or (any(fs.endswith(a) for a in ABBREV)):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["body_paragraphs"] != 0 or e["importance"] != 1:
            err(eid, "entry without body must have 0 paragraphs and importance 1")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor text must come after the previous entry's
        anchor = e["headline"] or fs
        pos = text.find(anchor, last_pos + 1) if anchor else -1
        if pos < 0:
            err(eid, "entry not found after the previous entry (page order)")
        else:
            last_pos = pos
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local_min = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ISO ...Z"); ids.append(eid); continue
        inst = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        local = inst.astimezone(zone)
        if local.replace(second=0) != local_min:
            err(eid, "published and published_local disagree")
        st = e["stamp"]
        if st is not None:
            s = st.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != inst:
                    err(eid, "ISO stamp differs from published")
                if s[-6:] not in ("+00:00",) and not s.endswith("Z") and datetime.fromisoformat(s).utcoffset() != local.utcoffset():
                    err(eid, "ISO stamp offset differs from the page zone")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != inst:
                    err(eid, "RFC 822 stamp differs from published")
            elif re.fullmatch(r"\d+ (min|minutes|hr|hrs|hour|hours) ago", s):
                mt = re.search(r'<time datetime="([^"]+)">' + re.escape(s) + "</time>", raw)
                if not mt:
                    err(eid, "relative stamp without a <time datetime> anchor")
                elif datetime.fromisoformat(mt.group(1)) != inst:
                    err(eid, "relative stamp: datetime attribute differs from published")
                else:
                    n = int(s.split()[0]); mins = n if s.split()[1].startswith("min") else n * 60
                    undated.append((idx, e, "rel", (inst, mins, s.split()[1].startswith("min"))))
            else:
                ds = find_dates(s, yh)
                rest = s
                for _, (a, b) in sorted((sp_ for sp_ in ds), key=lambda x: -x[1][0]):
                    rest = rest[:a] + " " * (b - a) + rest[b:]
                kyiv = re.search(r"\(([^)]*) Kyiv time\)", rest)
                core = rest[:kyiv.start()] + rest[kyiv.end():] if kyiv else rest
                ts = find_times(core)
                if len(ts) != 1:
                    err(eid, "stamp: cannot read exactly one time in", repr(st))
                else:
                    if ts[0][0] != (local.hour, local.minute):
                        err(eid, f"stamp time {ts[0][0]} != local {local:%H:%M}")
                    why = zone_token_ok(core, local)
                    if why:
                        err(eid, "stamp", why)
                    if kyiv:
                        kt = find_times(kyiv.group(1))
                        kl = inst.astimezone(ZoneInfo("Europe/Kyiv"))
                        if len(kt) != 1 or kt[0][0] != (kl.hour, kl.minute):
                            err(eid, "Kyiv time in the stamp does not match")
                    if ds:
                        if ds[0][0] != local.date():
                            err(eid, "date inside the stamp differs from the local date")
                    else:
                        undated.append((idx, e, "time", (local.hour, local.minute)))
            # HTML: a <time datetime> right around the stamp must agree
            for mt in re.finditer(r'<time datetime="([^"]+)">' + re.escape(html.escape(s, quote=False)) + "</time>", raw):
                if datetime.fromisoformat(mt.group(1)) != inst:
                    err(eid, "the <time datetime> of this stamp differs from published")
        else:
            ok = False
            for l in lines:
                ds = find_dates(l, yh)
                if not ds:
                    continue
                ts = find_times(l[:ds[0][1][0]] + " " * (ds[0][1][1] - ds[0][1][0]) + l[ds[0][1][1]:])
                if any(d == local.date() for d, _ in ds) and any(t == (local.hour, local.minute) for t, _ in ts) and not zone_token_ok(l, local):
                    ok = True; break
            if not ok:
                err(eid, "no stamp, and the page prints no line with this date and time")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offb = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and offb):
            err(eid, "off-beat items: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if offb and e["subtopic"] != "unrelated":
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
                if orig["first_sentence"] != fs or orig["published"] >= e["published"]:
                    err(eid, "duplicate must repeat the text of an earlier-published entry")
        if e["key_point"]:
            if e["importance"] != 3 or not kp_heads or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be listed under Key Points and be importance 3")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point is false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

    # relative stamps: one render time must explain every card
    rels = [x for x in undated if x[2] == "rel"]
    if rels:
        lo, hi = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)
        for _, e, _, (inst, mins, is_min) in rels:
            span = 1 if is_min else 60
            lo = max(lo, inst + timedelta(minutes=mins)); hi = min(hi, inst + timedelta(minutes=mins + span))
        if lo >= hi:
            err(sid, "relative stamps are not consistent with one render time")
    # undated clock stamps: infer dates from page order (wrap at midnight) and a printed date
    tim = [x for x in undated if x[2] == "time"]
    if tim:
        hm = [x[3][0] * 60 + x[3][1] for x in tim]
        down = sum(1 for a, b in zip(hm, hm[1:]) if b < a); up = sum(1 for a, b in zip(hm, hm[1:]) if b > a)
        chrono = list(reversed(tim)) if down > up else list(tim)
        off = 0; prev = None; offs = []
        for x in chrono:
            v = x[3][0] * 60 + x[3][1]
            if prev is not None and v < prev:
                off += 1
            prev = v; offs.append(off)
        first_day = datetime.fromisoformat(chrono[0][1]["published"].replace("Z", "+00:00")).astimezone(zone).date()
        if first_day not in printed:
            err(sid, "the first local day of the undated stamps is printed nowhere on the page:", first_day)
        for x, o in zip(chrono, offs):
            want = first_day + timedelta(days=o)
            got = datetime.fromisoformat(x[1]["published"].replace("Z", "+00:00")).astimezone(zone).date()
            if got != want:
                err(x[1]["id"], f"date inferred from page order is {want}, gold says {got}")

# ---------------------------------------------------------------------------------------------------- set-level constraints
seen_days = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing Part A seed"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A pages need 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

extra = set(golds) - set(PART_A) - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected seeds", sorted(extra))

day_date = {}
all_by_day = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); exts = set(); world = False; ents = []
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        if int(sid) not in DAY_ID_RANGES[day]:
            err(sid, "id outside the day's range")
        src = g["source"]
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        n_off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if n_off * 2 > len(g["entries"]) and 0.5 <= n_off / len(g["entries"]) <= 0.8:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); ents.append(e)
    all_by_day[day] = ents
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= len(ents) <= 30:
        err(day, "needs 18-30 entries, has", len(ents))
    if not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "needs 3-5 sources in at least 3 formats", len(sids), exts)
    if not world:
        err(day, "no general world-news feed with the war as a minority")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "-> importance 3")
    # must-not-merge: at least one pair of same-place or same-theme different stories is documented in the notes
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents) and \
            not any("must not merge" in golds[s]["notes"].lower() for s in sids if s in golds):
        err(day, "no must-not-merge pair documented")

if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 must be day 1 + 1")
    d1, d2 = all_by_day["day1"], all_by_day["day2"]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry (importance 1, notes say so)")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 must continue a day-1 story with a new development (same slug)")
    d1_stories = {e["story"] for e in d1}
    for e in d2:
        if "continuation of day-1" in (e["notes"] or "").lower() and e["story"] not in d1_stories:
            err(e["id"], "marked as a continuation but its story slug is not a day-1 story")
    for s in cont:
        news = [e for e in d2 if e["story"] == s and e not in rep]
        if any(e["first_sentence"] == o["first_sentence"] for e in news for o in d1):
            err("continuation of", s, "must be new text, not a repeat")

for d, who in seen_days.items():
    if d not in allowed or not ("2022-04" <= d[:7] <= "2022-12"):
        err(who, "UTC day not allowed:", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; multi-source days {day_date}; "
      f"single pages {sorted((w, d) for d, w in seen_days.items() if w in PART_A)}")
