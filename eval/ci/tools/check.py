#!/usr/bin/env python3
"""Independent checker for eval/ci: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py: stamps, datelines, Key Points blocks, entry order and paragraph counts are read
from the pages themselves. Usage (from the project root): python3 eval/ci/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.dirname(os.path.dirname(ROOT))
PART_A = [("8800", "Daily Dispatch"), ("8801", "HeraldLIVE"), ("8802", "Zululand Observer"), ("8803", "Lowvelder"), ("8804", "Polokwane Observer"),
          ("8805", "Bloemfontein Courant"), ("8806", "George Herald"), ("8807", "Mossel Bay Advertiser"), ("8808", "Northern Natal Courier"),
          ("8809", "Estevan Mercury")]
DAYS = {"day1": ["8820", "8821", "8822", "8823"], "day2": ["8830", "8831", "8832", "8833"], "day3": ["8840", "8841", "8842", "8843"]}
# must-not-merge pairs (same place or same theme, different events): the two entries must carry different story slugs
MUST_NOT_MERGE = [("8820-01", "8820-07"), ("8820-01", "8820-05"), ("8823-03", "8821-03"), ("8821-02", "8821-05"),
                  ("8830-04", "8830-06"), ("8830-03", "8831-01"), ("8830-03", "8831-02"), ("8832-03", "8832-05"),
                  ("8841-01", "8841-03"), ("8841-01", "8841-04"), ("8841-05", "8842-02"), ("8841-05", "8842-06"), ("8842-01", "8843-04")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
AF_MONTHS = ["januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september", "oktober", "november", "desember"]
ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_RE = "|".join(sorted(set(EN_MONTHS + AF_MONTHS), key=len, reverse=True))
ZONE_TOKENS = {"GMT": timedelta(0), "UTC": timedelta(0), "BST": timedelta(hours=1), "CET": timedelta(hours=1), "CEST": timedelta(hours=2),
               "EET": timedelta(hours=2), "EEST": timedelta(hours=3), "SAST": timedelta(hours=2)}
CHROME_STARTS = ("This article will be updated", "Do you have a news story", "The post ", "Our reporters are on the ground", "ALSO READ")
FALLBACK_FORBIDDEN = set("""2023-02-01 2023-02-03 2023-02-05 2023-02-08 2023-02-09 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-15 2023-02-16
2023-02-17 2023-02-19 2023-02-20 2023-02-21 2023-02-22 2023-02-23 2023-02-24 2023-02-25 2023-02-27 2023-06-01 2023-06-05 2023-06-06 2023-06-07
2023-06-08 2023-06-10 2023-06-11 2023-06-13 2023-06-15 2023-06-16 2023-06-18 2023-06-19 2023-06-21 2023-06-23 2023-06-24 2023-06-25 2023-06-27
2023-06-28 2023-06-29 2023-09-02 2023-09-03 2023-09-04 2023-09-05 2023-09-06 2023-09-07 2023-09-08 2023-09-09 2023-09-10 2023-09-11 2023-09-12
2023-09-13 2023-09-14 2023-09-15 2023-09-17 2023-09-18 2023-09-19 2023-09-20 2023-09-21 2023-09-22 2023-09-23 2023-09-25 2023-09-26 2023-09-27
2023-09-28 2023-09-29 2023-09-30""".split())
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def read_list(path):
    if not os.path.exists(path):
        return None
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip()]


FORBIDDEN = set(read_list("/tmp/blind-ci-forbidden-days.txt") or FALLBACK_FORBIDDEN)
RESERVED = {x.lower() for x in (read_list("/tmp/blind-ci-reserved-outlets.txt") or [])}

BLOCK = r"p|div|li|ul|ol|h[1-6]|header|footer|nav|main|article|section|aside|figure|figcaption|title|item|entry|channel|description|content|content:encoded|summary|pubDate|published|updated|dc:creator|author|name|link|guid|category|br|tr|td|body|html|head|feed|rss|subtitle|language|lastBuildDate"


def strip_tags(t):
    t = re.sub(r"</?(?:%s)\b[^>]*>" % BLOCK, "\n", t, flags=re.I)
    return re.sub(r"<[^>]+>", "", t)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<\?xml.*?\?>", "", t)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(strip_tags(t))
    t = html.unescape(strip_tags(t))  # escaped html inside Atom content / CDATA entities
    return "\n".join(l.strip() for l in t.split("\n"))


def month_no(name):
    n = name.lower().rstrip(".")
    for tab in (EN_MONTHS, AF_MONTHS):
        if n in tab:
            return tab.index(n) + 1
    return ABBR.get(n)


DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2}) (%s)\b(?:,? (\d{4}))?" % MONTH_RE, re.I), "dmy"),
    (re.compile(r"\b(%s|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (\d{1,2})\b(?:, (\d{4}))?" % MONTH_RE, re.I), "mdy"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "num"),
]


def find_dates(text):
    """All date expressions in the text: (position, day, month, year-or-None)."""
    out = []
    for rx, kind in DATE_PATTERNS:
        for m in rx.finditer(text):
            if kind == "dmy":
                d, mo, y = int(m.group(1)), month_no(m.group(2)), m.group(3)
            elif kind == "mdy":
                mo, d, y = month_no(m.group(1)), int(m.group(2)), m.group(3)
            else:
                d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
            if mo and 1 <= d <= 31:
                out.append((m.start(), d, mo, int(y) if y else None))
    return sorted(out)


def parse_clock(s):
    m = re.search(r"\b(\d{1,2})h(\d\d)\b", s)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    return h, mi


class Page:
    def __init__(self, path, gold):
        self.raw = open(path, encoding="utf-8").read()
        self.text = visible_text(path)
        self.lines = self.text.split("\n")
        self.zone = ZoneInfo(gold["page_timezone"])
        self.dates = find_dates(self.text)
        pa = gold.get("parse_args")
        self.pa_year = int(pa[1][:4]) if pa else None
        years = set(re.findall(r"\b(20\d\d)\b", self.text))
        self.page_year = int(years.pop()) if len(years) == 1 else None

    def year_for(self, y):
        return y or self.pa_year or self.page_year

    def date_before(self, pos):
        cands = [d for d in self.dates if d[0] < pos]
        return cands[-1] if cands else (self.dates[0] if self.dates else None)

    def read_stamp(self, stamp, pos):
        """Reads a printed stamp on its own (with the page's date context when it prints no date); returns an aware datetime or a reason."""
        s = stamp.strip()
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
            return datetime.fromisoformat(s.replace("Z", "+00:00"))
        if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
            return parsedate_to_datetime(s)
        m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
        if m:
            a = re.search(r"(?:Laas opgedateer|Last updated|Updated):? [^\n]*?(\d{1,2}) (%s),? (?:(\d{4}),? )?(\d\d):(\d\d)" % MONTH_RE, self.text, re.I)
            if not a:
                return "relative stamp without a printed anchor"
            y = self.year_for(int(a.group(3)) if a.group(3) else None)
            if not y:
                return "relative anchor without a year (no parse_args)"
            ref = datetime(y, month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=self.zone)
            n = int(m.group(1))
            return ref - (timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n))
        clock = parse_clock(s)
        if not clock:
            return "unreadable stamp"
        own = find_dates(s)
        if own:
            _, d, mo, y = own[0]
        else:
            ctx = self.date_before(pos)
            if not ctx:
                return "undated stamp and no date printed on the page"
            _, d, mo, y = ctx
        y = self.year_for(y)
        if not y:
            return "no year for the stamp (page prints none and has no parse_args)"
        zone = self.zone
        if re.search(r"\bET\b", s):
            zone = ZoneInfo("America/New_York")
        local = datetime(y, mo, d, clock[0], clock[1], tzinfo=zone)
        tok = re.search(r"\b(GMT|UTC|BST|CET|CEST|EET|EEST|SAST)\b", s)
        if tok and local.utcoffset() != ZONE_TOKENS[tok.group(1)]:
            return f"zone {tok.group(1)} disagrees with the page zone"
        return local

    def dateline(self):
        """(date, time) datelines printed with a full date and a clock time, as aware datetimes in the page zone."""
        out = []
        for m in re.finditer(r"\b(\d{1,2}) (%s) (\d{4})\s*[-|,]\s*(\d\d):(\d\d)" % MONTH_RE, self.text, re.I):
            out.append(datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5)), tzinfo=self.zone))
        return out

    def key_points(self):
        for i, l in enumerate(self.lines):
            if l.strip().lower() == "key points":
                heads = []
                for l2 in self.lines[i + 1:]:
                    l2 = l2.strip()
                    if not l2:
                        if heads:
                            break
                        continue
                    m = re.match(r"^[\u2022\-*]\s+(.*)$", l2)
                    if not m:
                        break
                    heads.append(m.group(1))
                return heads
        return None

    def count_paragraphs(self, fs, start, end, stops, others=()):
        """Counts body paragraphs: text lines from the (last) line starting with fs inside [start, end), each ending a sentence,
        skipping 'ALSO READ' lines, stopping at a headline/stamp/author line or any line that does not end a sentence."""
        idxs = []
        off = 0
        for i, l in enumerate(self.lines):
            if start <= off < end and l.startswith(fs):
                idxs.append(i)
            off += len(l) + 1
        if not idxs:
            return None
        n = 0
        for l in self.lines[idxs[-1]:]:
            l = l.strip()
            if not l:
                continue
            if l.startswith("ALSO READ"):
                continue
            if n and any(l.startswith(o) for o in others):
                break
            if l in stops or l.startswith(CHROME_STARTS) or not re.search(r"[.!?][\"'\u201d\u2019]?$", l):
                break
            n += 1
        return n


def sentence_ok(fs):
    if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
        return "does not end a sentence"
    inner = fs[:-1]
    if re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z0-9\"\u201c\u2018']", inner):
        return "contains a sentence boundary (not the FIRST sentence)"
    return None


def shingles(text, n=8):
    w = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


golds, pages = {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"88\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    P = Page(sp, g); pages[sid] = P
    if "2023" not in P.raw and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if "2023" in P.raw and g.get("parse_args"):
        err(sid, "parse_args given although the page prints a year")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif any(e["published_local"][:10] != pa[1] for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of the entries")
    if g["page_title"] is not None and g["page_title"] not in P.text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    kp = P.key_points()
    heads_all = {e["headline"] for e in g["entries"] if e["headline"]}
    stamps_all = {e["stamp"] for e in g["entries"] if e["stamp"]}
    stops = heads_all | stamps_all
    # entry order: each anchor (first sentence, else headline) must be found after the previous one
    anchors, cur = [], -1
    for e in g["entries"]:
        a = e["first_sentence"] or e["headline"] or ""
        pos = P.text.find(a, cur + 1)
        if pos < 0:
            err(e["id"], "anchor not found in page order:", a[:50]); pos = cur + 1
        anchors.append(pos); cur = pos
    ids = []
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in P.text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["headline"] is not None and not any(l.strip() == e["headline"] for l in P.lines):
            err(eid, "headline is not a whole line of the page")
        fs = e["first_sentence"]
        region_start = anchors[idx - 1] + 1 if idx else 0
        region_end = anchors[idx + 1] if idx + 1 < len(anchors) else len(P.text)
        if fs is not None:
            if not any(l.startswith(fs) for l in P.lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            why = sentence_ok(fs)
            if why:
                err(eid, "first_sentence", why)
            n = P.count_paragraphs(fs, anchors[idx], region_end, stops, [x["first_sentence"] for x in g["entries"] if x["first_sentence"] and x is not e])
            if n != e["body_paragraphs"]:
                err(eid, f"body_paragraphs {e['body_paragraphs']} but the page shows {n}")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC with Z"); ids.append(eid); continue
        inst = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if inst != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            spos = P.text.find(e["stamp"], region_start)
            if spos < 0 or spos >= region_end:
                spos = P.text.find(e["stamp"])
            got = P.read_stamp(e["stamp"], spos)
            if isinstance(got, str):
                err(eid, "stamp", repr(e["stamp"]), got)
            elif got != inst:
                err(eid, "stamp", repr(e["stamp"]), "reads as", got.astimezone(timezone.utc).isoformat(), "not", e["published"])
            elif got.astimezone(ZoneInfo(g["page_timezone"])).strftime("%Y-%m-%d %H:%M") != m.group(1):
                err(eid, "stamp local time differs from published_local")
        elif local not in P.dateline():
            err(eid, "no stamp, and no printed dateline gives", e["published_local"])
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other needs a finer subtopic")
        if not set(e["secondary_topics"]) <= TOPICS - {"other"} or e["topic"] in e["secondary_topics"]:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = e["subtopic"] == "unrelated"
        if off and not (e["topic"] == "other" and e["importance"] == 1 and not e["secondary_topics"]):
            err(eid, "off-beat entries are other/unrelated, importance 1")
        if off != (e.get("notes") or "").startswith("off-beat:"):
            err(eid, "off-beat note and subtopic disagree")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a repeat shares its original's story and is importance 1")
                a, b = shingles(orig["first_sentence"] or "", 3), shingles(fs or "", 3)
                if not a or len(a & b) / len(a | b) < 0.4:
                    err(eid, "repeat is not near-verbatim (first sentences differ too much)")
                if orig["published"] >= e["published"]:
                    err(eid, "a repeat must be published after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp is None or e["headline"] not in kp:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp and e["headline"] in kp:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    for i, a in enumerate(g["entries"]):
        for b in g["entries"][i + 1:]:
            sa, sb = shingles(a["first_sentence"] or "", 3), shingles(b["first_sentence"] or "", 3)
            near = (a["headline"] and a["headline"] == b["headline"]) or (sa and len(sa & sb) / len(sa | sb) >= 0.4)
            if near and b["duplicate_of"] != a["id"] and a["duplicate_of"] != b["id"]:
                err(b["id"], "near-verbatim repeat of", a["id"], "without duplicate_of")
    if kp is not None and sorted(kp) != sorted(e["headline"] for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block and key_point flags disagree")

# ---- Part A
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
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

# ---- Part B
partA_names = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src.lower() in partA_names:
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        war = len(g["entries"]) - off
        if off * 2 > len(g["entries"]) and war >= 1:
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if not RESERVED:
        err("reserved-outlet list /tmp/blind-ci-reserved-outlets.txt not found: names unchecked")
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(srcs), exts)
    if not world:
        err(day, "no general world feed with the war as a minority")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        hs = [e["headline"] for e in ents if e["story"] == st and e["headline"] and not e["duplicate_of"]]
        if len(set(hs)) != len(hs):
            err(day, st, "the 3+ source story should be told in different words")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if e["subtopic"] == "unrelated" and len(stories[e["story"]]) >= 2:
            err(e["id"], "an off-beat story carried by 2+ seeds would need importance 3")
byid = {e["id"]: (sid, e) for sid, g in golds.items() for e in g["entries"]}
for a, b in MUST_NOT_MERGE:
    if a not in byid or b not in byid:
        err("must-not-merge pair", a, b, "missing"); continue
    ea, eb = byid[a][1], byid[b][1]
    if ea["story"] == eb["story"] or ea["published"][:10] != eb["published"][:10]:
        err("must-not-merge pair", a, b, "must be different stories on the same day")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2023" or d[5:7] not in ("02", "06", "09"):
        err(who, "date not allowed", d)

# ---- own words: no 8-word run shared with the shared seeds or with eval/ap's data table
theirs = set()
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(PROJECT, "eval", "ap", "tools", "build.py")]:
    if os.path.exists(p):
        theirs |= shingles(open(p, encoding="utf-8").read())
for sid, P in pages.items():
    common = shingles(P.text) & theirs
    if common:
        err(sid, "shares 8-word runs with other sets:", sorted(common)[:3])

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w not in DAYS)}")
