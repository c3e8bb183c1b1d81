#!/usr/bin/env python3
"""Independent checker for eval/ex: re-reads every seed file on its own and verifies the gold file against it
(exact substrings, page order, stamps re-read and resolved without build.py, label rules, set constraints).
It imports nothing from build.py.  Usage (from the project root): python3 eval/ex/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("15500", "de Volkskrant"), ("15501", "Público"), ("15502", "Rzeczpospolita"), ("15503", "Hospodářské noviny"),
          ("15504", "Index.hu"), ("15505", "Helsingin Sanomat"), ("15506", "Der Standard"), ("15507", "Le Soir"),
          ("15508", "El Mundo"), ("15509", "Aftenposten")]
DAYS = {"day1": ["15520", "15521", "15522", "15523"], "day2": ["15530", "15531", "15532", "15533"],
        "day3": ["15540", "15541", "15542", "15543"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# free 2028 days named in the brief (the /tmp forbidden list is re-read when present)
ALLOWED = {f"2028-01-{d:02d}" for d in range(1, 32)}
FORBIDDEN_FILE = "/tmp/blind-ex-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-ex-reserved-outlets.txt"
MONTHS = {  # month words of the page languages (nominative and genitive/partitive forms), lower case
    1: "january januari janeiro stycznia styczeń ledna leden január tammikuuta tammikuu januar jänner janvier enero",
    2: "february februari fevereiro lutego luty února únor február helmikuuta helmikuu februar février febrero",
    3: "march maart março marca marzec března březen március maaliskuuta maaliskuu märz mars marzo",
    4: "april abril kwietnia kwiecień dubna duben április huhtikuuta huhtikuu avril",
    5: "may mei maio maja maj května květen május toukokuuta toukokuu mai mayo",
    6: "june juni junho czerwca czerwiec června červen június kesäkuuta kesäkuu juin junio",
    7: "july juli julho lipca lipiec července červenec július heinäkuuta heinäkuu juillet julio",
    8: "august augustus agosto sierpnia sierpień srpna srpen augusztus elokuuta elokuu août",
    9: "september setembro września wrzesień září szeptember syyskuuta syyskuu septembre septiembre",
    10: "october oktober outubro października październik října říjen október lokakuuta lokakuu octobre octubre",
    11: "november novembro listopada listopad listopadu marraskuuta marraskuu novembre noviembre",
    12: "december dezembro grudnia grudzień prosince prosinec joulukuuta joulukuu dezember desember décembre diciembre"}
MONTH_NO = {w: n for n, ws in MONTHS.items() for w in ws.split()}
MONTH_RE = "|".join(sorted(MONTH_NO, key=len, reverse=True))
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "WET": 0, "CET": 60, "MEZ": 60, "EET": 120, "EST": -300, "ET": None}
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report|Foto’s|Foto's|Fotos|Kuvat|Zdjęcia|Videó|Bilder)\s*:", re.I)
ABBR_END = re.compile(r"(?:^|\s)(U\.S|Gen|Gov|Lt|Col|Mr|Dr|St|a\.m|p\.m|No|kl|ul|gen|tzw|m\.in|r|godz|ok|tj|např|mld|stb|kb|esim|Nr|bzw|ca|Sr|etc)\.$")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content / RSS description
    return t


def find_dates(s):
    """calendar dates printed in s: list of ((year or None, month, day), (start, end))."""
    out = []
    pats = [
        (rf"\b(\d{{4}})\. ({MONTH_RE}) (\d{{1,2}})\.?", lambda m: (int(m.group(1)), MONTH_NO[m.group(2).lower()], int(m.group(3)))),
        (r"\b(\d{4})\.(\d\d)\.(\d\d)\.", lambda m: (int(m.group(1)), int(m.group(2)), int(m.group(3)))),
        (r"\b(\d{4})-(\d\d)-(\d\d)\b", lambda m: (int(m.group(1)), int(m.group(2)), int(m.group(3)))),
        (r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)", lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1)))),
        (r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1)))),
        (rf"(?<![\d.])(\d{{1,2}})\.? ({MONTH_RE})\b(?:,? (\d{{4}}))?", lambda m: (int(m.group(3)) if m.group(3) else None, MONTH_NO[m.group(2).lower()], int(m.group(1)))),
        (rf"\b({MONTH_RE}) (\d{{1,2}}),? (\d{{4}})\b", lambda m: (int(m.group(3)), MONTH_NO[m.group(1).lower()], int(m.group(2)))),
        (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])", lambda m: (None, int(m.group(2)), int(m.group(1)))),
    ]
    taken = []
    for pat, fn in pats:
        for m in re.finditer(pat, s, flags=re.I):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                y, mo, d = fn(m)
            except KeyError:
                continue
            if 1 <= mo <= 12 and 1 <= d <= 31:
                out.append(((y, mo, d), (m.start(), m.end())))
                taken.append((m.start(), m.end()))
    return out


def clock(s):
    """hour/minute of the first clock in s ('21:44', '21.40', '16h35', '2:05pm', '7:55 PM', '8:05 AM')."""
    m = re.search(r"(?<![\d:.])(\d{1,2})[:.h](\d\d)(?![\d])\s*(am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def read_stamp(stamp, local, text, zone, g):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else the reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"Il y a (\d+) (min|h)", s)
    if m:
        a = re.search(rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}}) ({MONTH_RE}) (\d{{4}})\W+(\d{{1,2}})h(\d\d)\b", text, flags=re.I)
        if not a:
            return "relative stamp without a printed clock to count back from"
        ref = datetime(int(a.group(4)), MONTH_NO[a.group(3).lower()], int(a.group(2)), int(a.group(5)), int(a.group(6)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2) == "min" else timedelta(hours=n)
        return None if ref - back == local else f"relative stamp resolves to {ref - back:%Y-%m-%d %H:%M}"
    ds = find_dates(s)
    rest = s
    for _, (a, b) in sorted(ds, key=lambda x: -x[1][0]):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    hm = clock(rest)
    if hm is None:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    for ab, off in ZONE_ABBR.items():
        if re.search(rf"\b{ab}\b", rest):
            if ab == "ET" and zone != "America/New_York":
                return "ET stamp on a page not in Eastern time"
            if off is not None and local.utcoffset() != timedelta(minutes=off):
                return f"stamp zone {ab} does not match the page zone {zone}"
    if ds:
        (y, mo, d), _ = ds[0]
        if y is None:
            pa = g.get("parse_args")
            if not pa:
                return "stamp date without a year and no parse_args"
            y = int(pa[1][:4])
        return None if (y, mo, d) == (local.year, local.month, local.day) else "date inside the stamp differs"
    # a stamp with no date: the local day must be printed on the page (or given by parse_args when no year is printed)
    printed = {x for x, _ in find_dates(text)}
    if (local.year, local.month, local.day) in printed:
        return None
    if (None, local.month, local.day) in printed and g.get("parse_args") and g["parse_args"][1] == f"{local:%Y-%m-%d}":
        return None
    return "local day of an undated stamp is printed nowhere on the page"


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local:%H.%M}", f"{local.hour}.{local.minute:02d}", f"{local.hour}h{local.minute:02d}",
             f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
forbidden = set()
if os.path.exists(FORBIDDEN_FILE):
    forbidden = {l.strip() for l in open(FORBIDDEN_FILE, encoding="utf-8") if l.strip()}

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"155\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed file name is not <id>_<outlet-slug>-<kind>.<txt|html|xml>")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if not re.search(r"(?<!\d)20\d\d(?!\d)", raw) and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        if g["parse_args"][0] != "--date" or not re.fullmatch(r"2028-\d\d-\d\d", g["parse_args"][1]):
            err(sid, "parse_args must be ['--date', '2028-MM-DD']")
        if re.search(r"(?<!\d)20\d\d(?!\d)", raw):
            err(sid, "parse_args given although the page prints a year")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
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
    ids = []; pos_prev = -1
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be <seed id>-NN numbered in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        anchor = e["headline"] or fs
        if anchor:
            starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
            later = [p for p in starts if p > pos_prev]
            if not later:
                err(eid, "entry is not in page order (or its text is missing)")
            else:
                pos_prev = later[0]
        if fs is not None:
            if not any(l.startswith(fs) and (len(l) == len(fs) or l[len(fs)] == " ") for l in lines):
                err(eid, "first_sentence does not start a text line / is cut inside a word:", fs[:60])
            if not re.search(r"[.!?…][\"'\u201d\u201c\u2019»]*$", fs):
                err(eid, "first_sentence does not end a sentence")
            if ABBR_END.search(fs):
                err(eid, "first_sentence ends on an abbreviation or ordinal")
            for l in lines:
                if l.startswith(fs) and re.search(r"\b\d{1,2}\.$", fs) and re.match(rf"\s*({MONTH_RE})\b", l[len(fs):], flags=re.I):
                    err(eid, "first_sentence cut after an ordinal date (e.g. '16. Jänner')")
            if e["headline"] and fs.startswith(e["headline"]) and fs != e["headline"]:
                err(eid, "first_sentence swallows the headline")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e.get("published_local") or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, g["page_timezone"], g)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the page's dateline time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics must be other core topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = (e.get("notes") or "").lower()
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries: topic other, subtopic unrelated, importance 1, note 'off-beat:'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

for sid, g in golds.items():
    ts = [e["published"] for e in g["entries"] if e.get("published")]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "published times are not monotonic in page order")

seen = {}
fmts = defaultdict(int)
for n, (sid, outlet) in enumerate(PART_A):
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))
order = sorted(golds)
if [s for s in order if s in dict(PART_A)] != [s for s, _ in PART_A if s in golds]:
    err("Part A ids out of order")

part_a_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set(); kinds = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or any(w in reserved for w in (src.lower().split()[0],)):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if any(src.lower().split()[0] in r for r in reserved):
            err(sid, "outlet name's first word occurs in a reserved name:", src)
        if src.lower() in part_a_names:
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1]); kinds.add(g["seed"].rsplit("-", 1)[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off < len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3 or len(srcs) != len(sids):
        err(day, "size/sources/formats", n, len(sids), kinds)
    if not world:
        err(day, "no general world feed with the war as a minority (at least 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids if s in golds for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and TEASER.match(e["headline"] or "") for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e.get("notes") or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must carry a re-post of a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day2") and abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) <= 1:
    err("day 3 must be a separate day")
for d, who in seen.items():
    if d not in ALLOWED or d in forbidden:
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
total = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {total} entries; Part B days {day_date}; "
      f"Part A days {sorted((d, w) for d, w in seen.items() if w.isdigit())}")
