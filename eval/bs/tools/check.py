#!/usr/bin/env python3
"""Independent checker for eval/bs: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py: every printed stamp is parsed again from the page text on its own.
Usage (from the project root): python3 eval/bs/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(ROOT))), "shared", "seeds")
SINGLE = {"7200": "The Record (Stockton)", "7201": "The Bakersfield Californian", "7202": "Visalia Times-Delta", "7203": "Record Searchlight (Redding)",
          "7204": "Monterey Herald", "7205": "The Intelligencer (Belleville)", "7206": "The Guardian (Charlottetown)", "7207": "Truro News",
          "7208": "Wairarapa Times-Age", "7209": "Ashburton Guardian"}
DAYS = {"day1": ["7220", "7221", "7222", "7223"], "day2": ["7230", "7231", "7232", "7233"], "day3": ["7240", "7241", "7242", "7243"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# fallback copy of the 2024 H2 part of /tmp/blind-bs-forbidden-days.txt (the file itself is used when present)
FORBIDDEN_FALLBACK = set("""2024-07-02 2024-07-03 2024-07-04 2024-07-05 2024-07-08 2024-07-09 2024-07-10 2024-07-11 2024-07-12 2024-07-13 2024-07-15
2024-07-17 2024-07-18 2024-07-19 2024-07-20 2024-07-22 2024-07-23 2024-07-24 2024-07-28 2024-07-30 2024-07-31 2024-08-01 2024-08-02 2024-08-03
2024-08-04 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-10 2024-08-11 2024-08-12 2024-08-13 2024-08-14 2024-08-15 2024-08-16
2024-08-17 2024-08-18 2024-08-19 2024-08-20 2024-08-22 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-01 2024-09-02 2024-09-03 2024-09-04
2024-09-05 2024-09-06 2024-09-09 2024-09-10 2024-09-11 2024-09-12 2024-09-13 2024-09-14 2024-09-16 2024-09-17 2024-09-18 2024-09-19 2024-09-21
2024-09-24 2024-09-25 2024-09-26 2024-09-27 2024-09-28 2024-09-29 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-05 2024-10-07 2024-10-08
2024-10-09 2024-10-10 2024-10-11 2024-10-12 2024-10-14 2024-10-15 2024-10-16 2024-10-17 2024-10-19 2024-10-20 2024-10-22 2024-10-23 2024-10-24
2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-02 2024-11-03 2024-11-05 2024-11-06 2024-11-07 2024-11-08 2024-11-10 2024-11-12 2024-11-14
2024-11-15 2024-11-16 2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-11-22 2024-11-23 2024-11-24 2024-11-26 2024-11-27 2024-11-28
2024-11-30 2024-12-01 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-06 2024-12-07 2024-12-09 2024-12-10 2024-12-11 2024-12-12 2024-12-13
2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26 2024-12-28""".split())
FORBIDDEN = set(open("/tmp/blind-bs-forbidden-days.txt").read().split()) if os.path.exists("/tmp/blind-bs-forbidden-days.txt") else FORBIDDEN_FALLBACK
RESERVED = set()
if os.path.exists("/tmp/blind-bs-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bs-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_TOKENS = {"PT": ("zone", "America/Los_Angeles"), "PST": ("off", -8), "PDT": ("off", -7), "ET": ("zone", "America/New_York"),
               "EDT": ("off", -4), "EST": ("off", -5), "GMT": ("off", 0), "UTC": ("off", 0), "CET": ("off", 1), "CEST": ("off", 2), "EET": ("off", 2)}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|Listen):")
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
    for i, m in enumerate(MONTHS):
        if len(n) >= 3 and m.startswith(n):
            return i + 1
    return None


def dates_on_page(text):
    """(month, day) pairs printed anywhere on the page, in any of the forms used by news sites."""
    out = set()
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b", text):
        if month_no(m.group(2)):
            out.add((month_no(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", text):
        if month_no(m.group(1)):
            out.add((month_no(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", text):
        out.add((int(m.group(2)), int(m.group(1))))
    return out


def zone_ok(tok, local):
    kind, v = ZONE_TOKENS[tok]
    if kind == "zone":
        return str(local.tzinfo) == v
    return local.utcoffset() == timedelta(hours=v)


def read_stamp(stamp, g, text, local, instant):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == instant else "ISO stamp differs from published"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == instant else "RFC 822 stamp differs from published"
    m = re.search(r"\b(\d+) (mins?|minutes|hours?) ago\b", s)
    if m:
        a = re.search(r"Last updated: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", text)
        if not a:
            return "relative stamp without a printed anchor"
        ref = datetime(int(a.group(3)), int(a.group(2)), int(a.group(1)), int(a.group(4)), int(a.group(5)), tzinfo=local.tzinfo)
        n = int(m.group(1))
        back = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - back == local else "relative stamp does not resolve to published_local"
    tm = re.search(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not tm:
        return "unreadable stamp"
    h, mi = int(tm.group(1)), int(tm.group(2))
    if tm.group(3):
        if not 1 <= h <= 12:
            return "12 h clock out of range"
        h = h % 12 + (12 if tm.group(3).lower().startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    zt = re.search(r"\b(PT|PST|PDT|ET|EDT|EST|GMT|UTC|CET|CEST|EET)\b", s)
    if zt and not zone_ok(zt.group(1), local):
        return f"zone token {zt.group(1)} does not fit {local.tzinfo} at {local:%Y-%m-%d %H:%M}"
    year_pa = int(g["parse_args"][1][:4]) if g.get("parse_args") else None
    for pat, order in ((r"\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b", "dmy"), (r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})\b", "mdy")):
        for md in re.finditer(pat, s):
            mon = month_no(md.group(2) if order == "dmy" else md.group(1))
            if mon:
                day = int(md.group(1) if order == "dmy" else md.group(2))
                return None if (md and (day, mon, int(md.group(3))) == (local.day, local.month, local.year)) else "date inside the stamp differs"
    for md in re.finditer(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", s):
        mon = month_no(md.group(1))
        if mon:
            if year_pa is None:
                return "stamp names month and day but no year, and the page has no parse_args"
            return None if (mon, int(md.group(2)), year_pa) == (local.month, local.day, local.year) else "month/day in stamp (+ parse_args year) differ"
    # time-only stamp: the local date must be printed on the page, and the year either printed or given by parse_args
    if (local.month, local.day) not in dates_on_page(text):
        return "local date of a time-only stamp is printed nowhere on the page"
    if str(local.year) not in text and year_pa != local.year:
        return "year of a time-only stamp is neither printed nor given by parse_args"
    return None


def sentence_bounds_inside(fs):
    """Positions where fs itself would already end a sentence (apart from common abbreviations)."""
    bad = []
    for m in re.finditer(r'[.!?]["\u201d\u2019]?\s+[A-Z"\u201c]', fs):
        before = fs[:m.start() + 1]
        if re.search(r"\b(U\.S|U\.N|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Lt|Col|Sgt|No)\.$", before):
            continue
        bad.append(m.start())
    return bad


shared_sentences = set()
if os.path.isdir(SHARED_SEEDS):
    for p in glob.glob(os.path.join(SHARED_SEEDS, "*")):
        for sent in re.split(r"(?<=[.!?])\s+", open(p, encoding="utf-8", errors="replace").read()):
            sent = sent.strip()
            if len(sent) >= 40:
                shared_sentences.add(sent)

golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"72\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<txt|html|xml>)")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    for sent in shared_sentences:
        if sent in raw:
            err(sid, "copies a sentence from ../shared/seeds:", sent[:60])
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone is not an IANA zone"); continue
    if "2024" not in text and not g.get("parse_args"):
        err(sid, "page prints no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2024-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        elif pa[1] != max(e["published_local"][:10] for e in g["entries"]):
            err(sid, "parse_args date must be the page's (latest) printed local day")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    if kp_heads:
                        break
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    # JSON-LD per-update times (where the page has them) must agree with the gold
    ld_updates = {}
    for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        data = json.loads(blob)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate")
            for u in (ups if isinstance(ups, list) else [ups] if ups else []):
                ld_updates[html.unescape(u.get("headline", ""))] = datetime.fromisoformat(u["datePublished"])
            if "NewsArticle" in str(n.get("@type")) and n.get("datePublished"):
                ld_updates["__article__"] = datetime.fromisoformat(n["datePublished"])
    ids = []; pos = 0
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
            ls = [l for l in lines if l.startswith(fs)]
            if not ls:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(l == fs or re.match(r'\s+[A-Z0-9"\u201c\u2018]', l[len(fs):]) for l in ls):
                err(eid, "first_sentence stops in the middle of a sentence")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if sentence_bounds_inside(fs):
                err(eid, "first_sentence holds more than one sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: each entry's anchor text appears after the previous one's
        anchor = e["headline"] if e["headline"] is not None else fs
        at = text.find(anchor, pos)
        if at < 0:
            err(eid, "entry is out of page order (or its anchor is missing)")
        else:
            pos = at + len(anchor)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not YYYY-MM-DDTHH:MM:SSZ"); continue
        instant = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if not timedelta(0) <= instant - local < timedelta(minutes=1):
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], g, text, local, instant)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # stampless sections: the page's dateline must print this time and date
            h12 = f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"
            if h12 not in text and f"{local:%H:%M}" not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if (local.month, local.day) not in dates_on_page(text):
                err(eid, "no stamp and the dateline date is not printed")
            if "__article__" in ld_updates and ld_updates["__article__"] != instant:
                err(eid, "JSON-LD datePublished disagrees with the dateline")
        if e["headline"] in ld_updates and ld_updates[e["headline"]] != instant:
            err(eid, "JSON-LD liveBlogUpdate time disagrees")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics must be other topics than the primary")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and offbeat):
            err(eid, "off-beat rule (other/unrelated, importance 1, note)")
        if offbeat and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] >= e["published"]:
                err(eid, "the repeat should be posted after its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

seen = {}
fmts = defaultdict(int)
order = []
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
    err("unexpected gold files", sorted(extra))

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src in SINGLE.values():
            err(sid, "outlet name is reserved or a Part A outlet:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off * 3 >= len(g["entries"]) * 2)
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
        err(day, "no general world feed (about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if sum("must not merge" in (e["notes"] or "").lower() for e in ents) < 2:
        err(day, "fewer than two must-not-merge notes")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if e["story"] in {s for s, v in stories.items() if len(v) >= 3} and e["topic"] == "other" and e["subtopic"] == "unrelated":
            err(e["id"], "off-beat entry inside a multi-source story")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2024" or not "07" <= d[5:7] <= "12":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
