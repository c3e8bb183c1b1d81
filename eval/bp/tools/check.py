#!/usr/bin/env python3
"""Independent checker for eval/bp: re-reads every seed file and verifies its gold file against it.
It shares no code with build.py: visible text, dates and stamps are re-derived here from the files on disk.
Usage (from the project root): python3 eval/bp/tools/check.py   -> prints OK ... or the list of problems."""
import difflib, glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"6900": "Greymouth Star", "6901": "Oamaru Mail", "6902": "Sunraysia Daily", "6903": "Bay of Plenty Times", "6904": "Brantford Expositor",
          "6905": "Sault Star", "6906": "Sarnia Observer", "6907": "Peterborough Examiner", "6908": "Prince George Citizen", "6909": "Moose Jaw Times-Herald"}
DAYS = {"day1": [str(i) for i in range(6920, 6925)], "day2": [str(i) for i in range(6930, 6935)], "day3": [str(i) for i in range(6940, 6945)]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden UTC days of Aug-Dec 2022 (copied from the brief's list; the months outside Aug-Dec are rejected anyway)
FORBIDDEN = set("""2022-08-01 2022-08-03 2022-08-05 2022-08-07 2022-08-09 2022-08-11 2022-08-12 2022-08-16 2022-08-18 2022-08-23 2022-08-24
2022-08-25 2022-08-31 2022-09-01 2022-09-06 2022-09-07 2022-09-10 2022-09-11 2022-09-12 2022-09-14 2022-09-16 2022-09-20 2022-09-21
2022-09-22 2022-09-23 2022-09-25 2022-09-27 2022-09-29 2022-09-30 2022-10-02 2022-10-03 2022-10-05 2022-10-06 2022-10-07 2022-10-08
2022-10-09 2022-10-10 2022-10-11 2022-10-12 2022-10-14 2022-10-17 2022-10-18 2022-10-20 2022-10-22 2022-10-24 2022-10-26 2022-10-29
2022-10-30 2022-10-31 2022-11-02 2022-11-04 2022-11-07 2022-11-09 2022-11-10 2022-11-11 2022-11-12 2022-11-14 2022-11-15 2022-11-16
2022-11-17 2022-11-19 2022-11-22 2022-11-23 2022-11-24 2022-11-28 2022-12-01 2022-12-03 2022-12-05 2022-12-06 2022-12-08 2022-12-10
2022-12-12 2022-12-13 2022-12-16 2022-12-19 2022-12-21 2022-12-29 2022-12-31""".split())
FORBIDDEN_FILE = "/tmp/blind-bp-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-bp-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = r"(BST|GMT|UTC|CEST|CET|EEST|EET|EST|EDT|CST|CDT|PST|PDT|ET|IST)"
TEASER = re.compile(r"(Watch|Video|Photos|Pictured|Explained|Full report)\b")
THEME = re.compile(r"(Explainer|Analysis)\s*:")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_of(word):
    w = word.lower().rstrip(".")
    if w == "sept":
        return 9
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) == 3 and m.startswith(w)):
            return i + 1
    return None


def visible(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    if path.endswith(".xml"):  # escaped markup inside feed fields
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return "\n".join(l.strip() for l in t.split("\n"))


def find_date(s):
    """(year or None, month, day, span) of the first date expression in s, else None"""
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)", s)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1)), m.span()
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+\.?),? (\d{4})(?!\d)", s):
        if month_of(m.group(2)):
            return int(m.group(3)), month_of(m.group(2)), int(m.group(1)), m.span()
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})(?!\d)", s):
        if month_of(m.group(1)):
            return int(m.group(3)), month_of(m.group(1)), int(m.group(2)), m.span()
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+)\b", s):
        if month_of(m.group(2)):
            return None, month_of(m.group(2)), int(m.group(1)), m.span()
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2})\b(?![:.]\d)", s):
        if month_of(m.group(1)):
            return None, month_of(m.group(1)), int(m.group(2)), m.span()
    return None


def find_time(s):
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d.:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_ok(s, local):
    z = re.search(r"\b" + ZONE_ABBR + r"\b", s)
    if not z:
        return True
    ab = z.group(1); real = local.tzname()
    if ab == "ET":
        return real in ("EST", "EDT")
    if ab == "IST":
        return local.tzinfo.key in ("Europe/Dublin", "Asia/Kolkata")
    if ab in ("GMT", "UTC"):
        return local.utcoffset() == timedelta(0)
    return ab == real


def date_line_before(text_before):
    for line in reversed(text_before.split("\n")):
        if 0 < len(line) <= 120 and find_date(line):
            return line
    return None


def read_stamp(stamp, local, text_before, year_hint):
    """Re-reads a printed stamp on its own; returns None when it gives the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    fd = find_date(s)
    rest = s if not fd else s[:fd[3][0]] + " " + s[fd[3][1]:]
    t = find_time(rest)
    if not t:
        return "no time in stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    if not zone_ok(s, local):
        return "zone abbreviation does not match the page zone at that instant"
    if not fd:
        line = date_line_before(text_before)
        if not line:
            return "undated stamp and no date line above it"
        fd = find_date(line)
    y = fd[0] or year_hint
    if (y, fd[1], fd[2]) != (local.year, local.month, local.day):
        return f"date {y}-{fd[1]:02d}-{fd[2]:02d} != local {local:%Y-%m-%d}"
    return None


def dateline_matches(text, raw, local):
    for line in text.split("\n"):
        if len(line) > 120:
            continue
        fd = find_date(line)
        if not fd or fd[0] is None:
            continue
        t = find_time(line[:fd[3][0]] + " " + line[fd[3][1]:])
        if t and (fd[0], fd[1], fd[2], t[0], t[1]) == (local.year, local.month, local.day, local.hour, local.minute) and zone_ok(line, local):
            return True
    for iso in re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)", raw):
        if datetime.fromisoformat(iso.replace("Z", "+00:00")) == local:
            return True
    return False


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


reserved = set()
if os.path.exists(RESERVED_FILE):
    reserved = {l.strip().lower() for l in open(RESERVED_FILE, encoding="utf-8") if l.strip()}
if os.path.exists(FORBIDDEN_FILE):
    FORBIDDEN |= set(open(FORBIDDEN_FILE).read().split())

golds = {}
seed_files = sorted(os.listdir(os.path.join(ROOT, "seeds")))
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(sid, "seed file missing"); continue
    if not re.fullmatch(r"69\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(sid, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "feed is not well-formed XML:", x)
    ld_updates = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            ld = json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        nodes = ld.get("@graph", [ld]) if isinstance(ld, dict) else ld
        for nd in nodes:
            ups = nd.get("liveBlogUpdate") or []
            ld_updates += ups if isinstance(ups, list) else [ups]
    text = visible(sp, raw)
    lines = text.split("\n")
    zone = ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    if pa and (len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1])):
        err(sid, "parse_args malformed")
    if not re.search(r"(?<!\d)20\d\d(?!\d)", text) and not pa:
        err(sid, "page prints no year but has no parse_args")
    ym = re.search(r"(?<!\d)(20\d\d)(?!\d)", text)
    year_hint = int(pa[1][:4]) if pa else int(ym.group(1)) if ym else None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")

    # Key Points block: bullet lines under a 'Key points' heading
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    break
                kp_heads.append(re.sub(r"^[\u2022*-]\s*", "", l2))
            break

    ents = g["entries"]
    anchors = []; cur = 0
    for e in ents:
        a = e.get("headline") or e.get("first_sentence") or ""
        p = text.find(a, cur) if a else -1
        if p < 0:
            err(e.get("id"), "headline/first sentence not found after the previous entry (page order broken?):", a[:60]); p = cur
        anchors.append(p); cur = p + max(len(a), 1)
    ids = []
    for i, e in enumerate(ents):
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != i + 1:
            err(eid, "bad, repeated or out-of-order id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        seg = text[(anchors[i - 1] if i else 0):(anchors[i + 1] if i + 1 < len(ents) else len(text))]
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        if e["stamp"] is not None and e["stamp"] not in seg:
            err(eid, "stamp is not printed next to its entry")
        if e["author"] is not None and e["author"] not in seg and e["author"] not in text[:anchors[0]]:
            err(eid, "author is neither next to the entry nor a page byline")
        fs = e["first_sentence"]
        if fs is not None:
            ok = False
            for l in lines:
                k = l.find(fs)
                if k < 0:
                    continue
                pre = l[:k].strip()
                if pre == "" or (e["stamp"] and re.fullmatch(re.escape(e["stamp"]) + r"( \(UPDATED\))?", pre)):
                    after = l[k + len(fs):]
                    if after == "" or re.match(r"\s+[A-Z0-9\"\u201c\u2018(]", after):
                        ok = True
            if not ok:
                err(eid, "first_sentence does not open a paragraph as a whole sentence:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
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
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not UTC '...Z'"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text[:anchors[i] + 1], year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not dateline_matches(text, raw, local):
            err(eid, "no stamp, and no dateline or metadata time gives", local.isoformat())
        same = [u for u in ld_updates if isinstance(u, dict) and u.get("headline") == e["headline"]]
        k = sum(x["headline"] == e["headline"] for x in ents[:i])
        if same and k < len(same) and len({x.get("datePublished") for x in ld_updates if isinstance(x, dict)}) > 1:
            if datetime.fromisoformat(same[k]["datePublished"].replace("Z", "+00:00")) != local:
                err(eid, "JSON-LD update time disagrees with the visible stamp")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        offbeat = e["subtopic"] == "unrelated"
        if offbeat and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:") and not e["secondary_topics"]):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat:'")
        if notes.startswith("off-beat:") and not offbeat:
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["headline"] and THEME.match(e["headline"]) and fs and e["importance"] != 2:
            err(eid, "theme piece (explainer/analysis) should be importance 2")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a repeat must share the story and be importance 1")
                r = difflib.SequenceMatcher(None, norm(orig["first_sentence"]), norm(fs)).ratio()
                if r < 0.9:
                    err(eid, f"repeat is not near-verbatim (first sentences {r:.2f} alike)")
        if e["importance"] == 1 and fs and not offbeat and not e["duplicate_of"] and "re-post of day-1" not in notes.lower():
            err(eid, "importance 1 is for filler only (teasers, off-beat items, repeats, re-posts)")
        for o in ents[:i]:
            if fs and o["first_sentence"] and o["headline"] == e["headline"] and not e["duplicate_of"] and \
                    difflib.SequenceMatcher(None, norm(o["first_sentence"]), norm(fs)).ratio() >= 0.9:
                err(eid, "repeats", o["id"], "nearly verbatim but has no duplicate_of")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"] or ""):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads:
        for h in kp_heads:
            if not any(h == e["headline"] for e in ents):
                err(sid, "Key Points bullet names no entry:", h)

missing = set(PART_A) | {s for v in DAYS.values() for s in v}
for sid in sorted(missing - set(golds)):
    err(sid, "gold file missing")
for f in seed_files:
    if f[:4] not in golds:
        err(f, "seed without a gold file")

# ---------------------------------------------------------------- Part A
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A pages need 5-9 entries, has", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span several UTC days", sorted(days))
    for d in days:
        if d in seen:
            err(sid, "UTC day", d, "also used by", seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix must be 4 txt / 4 html / 2 xml:", dict(fmts))

# ---------------------------------------------------------------- Part B
day_date = {}
for day, sids in DAYS.items():
    if not all(s in golds for s in sids):
        continue
    stories = defaultdict(set); dates = set(); n = 0; exts = set(); srcs = set(); worlds = 0
    for sid in sids:
        g = golds[sid]
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.split()[0].lower() in {r.split()[0] for r in reserved if r}:
            err(sid, "invented outlet name (or its first word) is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B must use invented outlets")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if g["entries"] and off / len(g["entries"]) >= 0.6:
            worlds += 1
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC day", sorted(dates)); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day", d, "also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "needs 18-30 entries, has", n)
    if not 3 <= len(srcs) <= 5 or len(exts) < 3:
        err(day, "needs 3-5 sources in at least 3 formats:", len(srcs), sorted(exts))
    if worlds < 1:
        err(day, "no general world-news feed (most items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    themes = [e for e in ents if e["headline"] and THEME.match(e["headline"]) and e["first_sentence"]]
    if not themes:
        err(day, "no theme piece")
    for t in themes:
        if len([e for e in ents if e["story"] == t["story"]]) != 1:
            err(t["id"], "a theme piece is its own story")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside one page")
    if sum("must not merge" in (e.get("notes") or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge entries noted")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "-> importance 3")
if "day1" in day_date and "day2" in day_date:
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 must be day 1 + 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and norm(e["first_sentence"]) == norm(o["first_sentence"]) for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    for e in d2:
        if e["story"] in cont and e not in rep and e["first_sentence"] and any(norm(e["first_sentence"]) == norm(o["first_sentence"]) for o in d1):
            err(e["id"], "a continuation needs a new development, not the day-1 text")

for d, who in seen.items():
    if d in FORBIDDEN or not ("2022-08" <= d[:7] <= "2022-12"):
        err(who, "UTC day not allowed:", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days {sorted((w, d) for d, w in seen.items() if w in PART_A)}")
