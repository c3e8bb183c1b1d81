#!/usr/bin/env python3
"""Independent checker for eval/cx: re-reads the seed files and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/cx/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"10300": "Ledger-Enquirer", "10301": "The Albany Herald", "10302": "Athens Banner-Herald", "10303": "The Post and Courier",
          "10304": "Spartanburg Herald-Journal", "10305": "The Island Packet", "10306": "Aiken Standard", "10307": "The Times and Democrat",
          "10308": "Valdosta Daily Times", "10309": "The Brunswick News"}
DAYS = {"day1": ["10320", "10321", "10322", "10323"], "day2": ["10330", "10331", "10332", "10333"], "day3": ["10340", "10341", "10342", "10343"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# 2023 days NOT on the brief's forbidden list (copy kept here so the check also runs without /tmp); the file is read too when present.
ALLOWED_2023 = set("""2023-01-09 2023-02-28 2023-03-01 2023-03-13 2023-03-24 2023-03-27 2023-04-06 2023-04-08 2023-04-11 2023-04-23 2023-05-06
2023-05-08 2023-05-27 2023-06-20 2023-06-30 2023-07-02 2023-08-26 2023-08-28 2023-10-16 2023-10-29 2023-10-30 2023-10-31 2023-11-11 2023-11-12
2023-11-19 2023-12-17 2023-12-21 2023-12-22 2023-12-23 2023-12-24 2023-12-25""".split())
FORBIDDEN_FILE = "/tmp/blind-cx-forbidden-days.txt"
RESERVED_FILE = "/tmp/blind-cx-reserved-outlets.txt"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "EET": 120, "EEST": 180, "CET": 60, "CEST": 120, "EST": -300, "EDT": -240}
TEASER_RE = r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def visible_text(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside feed content
    return t


def printed_dates(text, year_hint):
    out = set()
    for m in re.finditer(r"\b" + MON_RE + r" (\d{1,2}), (\d{4})\b", text):
        out.add(date(int(m.group(3)), month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) " + MON_RE + r",? (\d{4})\b", text):
        out.add(date(int(m.group(3)), month_no(m.group(2)), int(m.group(1))))
    if year_hint:
        for m in re.finditer(r"\b" + MON_RE + r" (\d{1,2})\b", text):
            out.add(date(year_hint, month_no(m.group(1)), int(m.group(2))))
        for m in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{2})\.(?!\d)", text):
            if 1 <= int(m.group(2)) <= 12:
                out.add(date(year_hint, int(m.group(2)), int(m.group(1))))
    return out


def time_forms(d):
    h12 = d.hour % 12 or 12
    ap = "a.m." if d.hour < 12 else "p.m."; am = "am" if d.hour < 12 else "pm"
    return [f"{d:%H:%M}", f"{h12}:{d.minute:02d} {ap}", f"{h12}:{d.minute:02d} {am}", f"{h12}:{d.minute:02d} {am.upper()}", f"{h12}:{d.minute:02d}{am}"]


def same(a, b):
    """Instant equality (aware datetimes inside a repeated local hour never compare equal across zones, PEP 495)."""
    return a.timestamp() == b.timestamp()


def read_stamp(s, local, raw, text, basis, year_hint):
    """Re-reads one printed stamp on its own. Returns None if it agrees with the gold instant, else a reason."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if same(datetime.fromisoformat(s.replace("Z", "+00:00")), local) else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d(:\d\d)? ([+-]\d{4}|[A-Z]{2,4})", s):
        p = parsedate_to_datetime(s)
        if p.tzinfo is None:
            return "RFC 822 stamp with an unknown zone"
        return None if same(p, local) else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes?|hours?) ago", s)
    if m:
        a = re.search(r"(?:Last updated|Updated) (\d{1,2}) " + MON_RE + r",? (\d{4}),? (\d\d):(\d\d) ?([A-Z]{3,4})?", text)
        if not a:
            return "relative stamp without a printed anchor"
        tz = timezone(timedelta(minutes=ZONE_ABBR[a.group(6)])) if a.group(6) in ZONE_ABBR else local.tzinfo
        ref = datetime(int(a.group(3)), month_no(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=tz)
        n = int(m.group(1)); back = timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n)
        return None if same(ref - back, local) else "relative stamp does not resolve to published"
    # <time datetime="..."> whose visible text is the stamp
    attr_ok = None
    for dtm, inner in re.findall(r'<time\b[^>]*\bdatetime="([^"]+)"[^>]*>(.*?)</time>', raw, flags=re.S):
        if html.unescape(re.sub(r"<[^>]+>", "", inner)).strip() == s:
            attr_ok = bool(attr_ok) or same(datetime.fromisoformat(dtm.replace("Z", "+00:00")), local)
    if attr_ok is False:
        return "no <time datetime> with this text matches published"
    rest = s; sd = None
    md = re.match(r"(\d{1,2})\.(\d{2})\.\s", rest)
    if md:
        if not year_hint:
            return "day.month. stamp without a year and without parse_args"
        sd = date(year_hint, int(md.group(2)), int(md.group(1))); rest = rest[md.end():]
    else:
        for pat, order in ((r"\b(\d{1,2}) " + MON_RE + r",? (\d{4})\b", "dmy"), (r"\b" + MON_RE + r" (\d{1,2}), (\d{4})\b", "mdy"),
                           (r"\b" + MON_RE + r" (\d{1,2})\b", "md")):
            mm = re.search(pat, rest)
            if mm:
                if order == "dmy":
                    sd = date(int(mm.group(3)), month_no(mm.group(2)), int(mm.group(1)))
                elif order == "mdy":
                    sd = date(int(mm.group(3)), month_no(mm.group(1)), int(mm.group(2)))
                else:
                    if not year_hint:
                        return "month-day stamp without a year and without parse_args"
                    sd = date(year_hint, month_no(mm.group(1)), int(mm.group(2)))
                rest = rest[:mm.start()] + " " + rest[mm.end():]
                break
    mt = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", rest)
    if mt:
        h, mi = int(mt.group(1)), int(mt.group(2))
        if mt.group(3):
            h = h % 12 + (12 if mt.group(3).lower().startswith("p") else 0)
        if (h, mi) != (local.hour, local.minute):
            return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    elif not attr_ok:
        return "stamp gives no time and no <time datetime>"
    mz = re.search(r"\b(ET|EST|EDT|GMT|BST|EET|EEST|CET|CEST|UTC)\b", rest)
    if mz:
        if mz.group(1) == "ET":
            off = local.astimezone(ZoneInfo("America/New_York")).utcoffset()
            if off != local.utcoffset():
                return "ET stamp on a page whose zone is not US Eastern"
        elif timedelta(minutes=ZONE_ABBR[mz.group(1)]) != local.utcoffset():
            return f"zone {mz.group(1)} disagrees with the local offset {local.utcoffset()}"
    if sd is not None:
        return None if sd == local.date() else "date inside the stamp differs"
    if attr_ok:
        return None
    dates = printed_dates(text, year_hint)
    if local.date() in dates:
        return None
    if local.date() - timedelta(days=1) in dates and "midnight" in basis.lower():
        return None
    return "local date of an undated stamp is printed nowhere on the page"


def ld_blocks(raw):
    out = []
    for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(b))
        except ValueError:
            err("invalid JSON-LD block")
    return out


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
    if not re.fullmatch(r"103\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g.get("seed", "")):
        err(gp, "bad seed file name (want <id>_<outlet-slug>-<kind>.<txt|html|xml>)", g.get("seed"))
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    sp = os.path.join(ROOT, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(raw, ext)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    ZoneInfo(g["page_timezone"])
    year_printed = "2023" in raw
    pa = g.get("parse_args")
    year_hint = None
    if not year_printed:
        if not pa:
            err(sid, "page names no year but has no parse_args")
    elif pa:
        err(sid, "page prints a year but carries parse_args")
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', '2023-MM-DD']")
        else:
            year_hint = int(pa[1][:4])
            if not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
                err(sid, "parse_args date is not the printed local day of any entry")
    elif year_printed:
        year_hint = None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    # Key Points block: headlines listed right under a 'Key Points' line
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
    # JSON-LD
    ld_updates = []; ld_article = None
    for b in ld_blocks(raw):
        nodes = b.get("@graph", [b]) if isinstance(b, dict) else b
        for n in nodes:
            t = n.get("@type"); t = t if isinstance(t, list) else [t]
            if "LiveBlogPosting" in t:
                u = n.get("liveBlogUpdate", [])
                ld_updates += u if isinstance(u, list) else [u]
            elif "NewsArticle" in t:
                ld_article = n
    ids = []; pos = 0
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-order id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order
        anchor = e["headline"] or e["first_sentence"]
        at = text.find(anchor, pos) if anchor else -1
        if at < 0:
            err(eid, "entry not found after the previous entry (page order)")
        else:
            pos = at + 1
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(l == fs or re.match(r"\s+[A-Z0-9\"\u201c]", l[len(fs):]) for l in hits):
                err(eid, "first_sentence stops in the middle of a sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["headline"] and text.find(fs, at if at >= 0 else 0) < 0:
                err(eid, "first_sentence not after its headline")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if not same(datetime.fromisoformat(e["published"].replace("Z", "+00:00")), local):
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, raw, text, e["published_basis"], year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not any(f in text for f in time_forms(local)):
                err(eid, "no stamp and the dateline time is printed nowhere")
            if local.date() not in printed_dates(text, year_hint):
                err(eid, "no stamp and the dateline date is printed nowhere")
            if ld_article and ld_article.get("datePublished") and \
                    not same(datetime.fromisoformat(ld_article["datePublished"].replace("Z", "+00:00")), local):
                err(eid, "stampless entry disagrees with JSON-LD datePublished")
        for u in ld_updates:
            if e["headline"] and u.get("headline") == e["headline"]:
                if not same(datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")), local):
                    err(eid, "JSON-LD update time differs")
                a = u.get("author", {})
                if isinstance(a, dict) and a.get("name") and a["name"] != e["author"]:
                    err(eid, "JSON-LD update author differs")
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(TEASER_RE, e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] > e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and be published after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and not kp_heads:
        err(sid, "Key Points block lists no entry headline")

# ---------------------------------------------------------------- set-level constraints
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

extra = set(golds) - set(SINGLE) - {s for v in DAYS.values() for s in v}
if extra:
    err("unexpected seeds", sorted(extra))

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]) and len(g["entries"]) - off >= 1:
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
        err(day, "no general world feed (majority off-beat, war a minority)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        hs = [e["headline"] or e["first_sentence"] for e in ents if e["story"] == st and e["first_sentence"]]
        if len(set(hs)) < len(hs) - sum(1 for e in ents if e["story"] == st and e["duplicate_of"]):
            err(day, st, "3+ source story is not told in different words")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair documented")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d[:4] != "2023" or d not in ALLOWED_2023 or d in forbidden:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
