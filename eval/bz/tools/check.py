#!/usr/bin/env python3
"""Independent checker for eval/bz: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the page text on their own.
Usage (from the project root): python3 eval/bz/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from difflib import SequenceMatcher
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"7900": "Western Advocate", "7901": "Central Western Daily", "7902": "The Border Mail", "7903": "Geraldton Guardian", "7904": "Bunbury Mail",
          "7905": "Sunshine Coast Daily", "7906": "Fraser Coast Chronicle", "7907": "Port Macquarie News", "7908": "Marlborough Express",
          "7909": "The Northern Advocate"}
DAYS = {"day1": ["7920", "7921", "7922", "7923", "7924"], "day2": ["7930", "7931", "7932", "7933", "7934"], "day3": ["7940", "7941", "7942", "7943", "7944"]}
# where each page prints an entry's stamp relative to its headline (or first sentence when there is no headline); None = no per-entry stamp
STAMP_POS = {"7900": None, "7901": "after", "7902": "before", "7903": "after", "7904": "after", "7905": "before", "7906": "before", "7907": "after",
             "7908": "after", "7909": "before", "7920": "before", "7921": "before", "7922": "after", "7923": "after", "7924": None, "7930": "before",
             "7931": "before", "7932": "after", "7933": "after", "7934": None, "7940": "after", "7941": "after", "7942": "before", "7943": "after", "7944": None}
# story pairs that share a place or a theme but are different events: both must be present that day and keep different slugs
MUST_NOT_MERGE = {
    "day1": [("dnipro-apartment-strike-2023-01-14", "nikopol-shelling-2023-01-16"), ("dnipro-apartment-strike-2023-01-14", "kharkiv-industrial-strike-2023-01-16"),
             ("dnipro-apartment-strike-2023-01-14", "explainer-kh22-missile"), ("dnipro-apartment-strike-2023-01-14", "zelensky-air-defence-appeal-2023-01-15"),
             ("uk-challenger-2-tanks-pledge", "poland-leopard-export-request-2023-01-16")],
    "day2": [("dnipro-apartment-strike-2023-01-14", "kherson-market-shelling-2023-01-17"), ("dnipro-apartment-strike-2023-01-14", "arestovych-resignation-2023-01-17"),
             ("netherlands-patriot-pledge-2023-01-17", "lithuania-anti-aircraft-guns-pledge-2023-01"),
             ("analysis-western-armour-in-instalments", "uk-challenger-2-tanks-pledge")],
    "day3": [("zaporizhzhia-missile-strike-2023-04-07", "iaea-znpp-protection-talks-2023-04"), ("macron-xi-guangzhou-talks-2023-04-07", "lula-crimea-peace-remark-2023-04"),
             ("macron-xi-guangzhou-talks-2023-04-07", "analysis-china-political-settlement")],
}
CROSS_DAY_NOT_MERGE = [("lambrecht-resigns-german-defence-minister", "pistorius-named-german-defence-minister")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_2023H1 = set("""2023-01-02 2023-01-04 2023-01-06 2023-01-08 2023-01-10 2023-01-11 2023-01-12 2023-01-14 2023-01-15 2023-01-18 2023-01-20 2023-01-21
2023-01-23 2023-01-24 2023-01-25 2023-01-26 2023-01-28 2023-01-31 2023-02-01 2023-02-03 2023-02-05 2023-02-08 2023-02-09 2023-02-10 2023-02-11 2023-02-13
2023-02-14 2023-02-16 2023-02-17 2023-02-19 2023-02-20 2023-02-21 2023-02-23 2023-02-24 2023-02-25 2023-02-27 2023-03-02 2023-03-03 2023-03-04 2023-03-07
2023-03-08 2023-03-09 2023-03-10 2023-03-12 2023-03-14 2023-03-15 2023-03-16 2023-03-17 2023-03-19 2023-03-20 2023-03-21 2023-03-23 2023-03-25 2023-03-26
2023-03-28 2023-03-29 2023-03-31 2023-04-02 2023-04-04 2023-04-05 2023-04-09 2023-04-10 2023-04-12 2023-04-14 2023-04-15 2023-04-17 2023-04-18 2023-04-19
2023-04-20 2023-04-22 2023-04-24 2023-04-25 2023-04-26 2023-04-28 2023-04-29 2023-04-30 2023-05-03 2023-05-04 2023-05-05 2023-05-07 2023-05-09 2023-05-11
2023-05-13 2023-05-14 2023-05-15 2023-05-16 2023-05-17 2023-05-18 2023-05-20 2023-05-21 2023-05-22 2023-05-24 2023-05-26 2023-05-28 2023-05-29 2023-05-30
2023-05-31 2023-06-01 2023-06-06 2023-06-07 2023-06-08 2023-06-10 2023-06-11 2023-06-13 2023-06-15 2023-06-16 2023-06-18 2023-06-19 2023-06-21 2023-06-23
2023-06-24 2023-06-25 2023-06-27 2023-06-28 2023-06-29""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONE_ABBR = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # HTML escaped inside feed elements
    return t


def month_no(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


DATE_HDR = re.compile(r"\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) (\d{1,2}))(?:,? (\d{4}))?\b")


def header_date_before(text, pos, year_hint):
    """Last date printed before pos: a weekday date ('Wednesday, March 22', 'Tuesday 23 May', 'Friday 7 April 2023')
    or a full date with year ('May 19, 2023', 'February 15 2023')."""
    last = None
    for m in DATE_HDR.finditer(text, 0, pos):
        if (m.group(1) or m.group(6)) and month_no(m.group(3) or m.group(4)):
            last = m
    if not last:
        return None, "no date printed before the stamp"
    day = int(last.group(2) or last.group(5)); mon = month_no(last.group(3) or last.group(4))
    if not mon:
        return None, "unreadable date header " + last.group(0)
    year = int(last.group(6)) if last.group(6) else year_hint
    if not year:
        return None, "date header without year and no parse_args"
    d = datetime(year, mon, day)
    if last.group(1) and WEEKDAYS[d.weekday()] != last.group(1).lower():
        return None, f"weekday in '{last.group(0)}' does not match the date"
    return d.date(), None


def date_in(s):
    """An explicit date inside a stamp: 'February 23 2023', 'May 19, 2023', '1 May 2023', '16 January 2023'."""
    m = re.search(r"\b([A-Z][a-z]+) (\d{1,2}),? (\d{4})\b", s)
    if m and month_no(m.group(1)):
        return datetime(int(m.group(3)), month_no(m.group(1)), int(m.group(2))).date()
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", s)
    if m and month_no(m.group(2)):
        return datetime(int(m.group(3)), month_no(m.group(2)), int(m.group(1))).date()
    return None


def time_in(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*([ap]m|[AP]M)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower() == "pm" else 0)
    return h, mi


def check_zone_abbr(s, local):
    m = re.search(r"\b(GMT|UTC|BST|CET|CEST|EET|EEST)\b", s)
    if m and local.utcoffset() != timedelta(minutes=ZONE_ABBR[m.group(1)]):
        return f"zone {m.group(1)} does not match the offset of published_local"
    return None


def read_stamp(stamp, local, text, pos, year_hint):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        t = datetime.fromisoformat(s.replace("Z", "+00:00"))
        if t != local:
            return "ISO stamp differs"
        if t.utcoffset() != local.utcoffset():
            return "ISO offset differs from the page zone"
        return None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    hm = time_in(s)
    if not hm:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    z = check_zone_abbr(s, local)
    if z:
        return z
    d = date_in(s)
    if d is None:
        d, why = header_date_before(text, pos, year_hint)
        if why:
            return why
    if d != local.date():
        return f"date read from the page {d} != local date {local.date()}"
    return None


def check_dateline(local, lines):
    forms = {f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"}
    for l in lines:
        if any(re.search(r"(?<![\d:.])" + re.escape(f) + r"(?![\d])", l) for f in forms):
            d = date_in(l)
            if d == local.date() and not check_zone_abbr(l, local):
                return None
    return "no dateline line prints this local date and time"


def jsonld_blocks(raw):
    out = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            out.append(json.loads(m.group(1)))
        except ValueError:
            err("invalid JSON-LD block")
    return out


reserved = set()
if os.path.exists("/tmp/blind-bz-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bz-reserved-outlets.txt", encoding="utf-8") if l.strip()}
forbidden = set(FORBIDDEN_2023H1)
if os.path.exists("/tmp/blind-bz-forbidden-days.txt"):
    forbidden |= {l.strip() for l in open("/tmp/blind-bz-forbidden-days.txt", encoding="utf-8") if l.strip()}

golds = {}
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
    if not re.fullmatch(r"79\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    if not g["not_entries"]:
        err(sid, "not_entries is empty")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    has_year = "2023" in text
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if has_year:
            err(sid, "parse_args given but the page prints a year")
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]) or not re.search(
                r"\b(%s)\b" % "|".join([f"{int(pa[1][8:])} {MONTHS[int(pa[1][5:7]) - 1]}", f"{MONTHS[int(pa[1][5:7]) - 1]} {int(pa[1][8:])}"]), text.lower()):
            err(sid, "parse_args must be --date with a day printed on the page")
    page_years = set(re.findall(r"\b(20\d\d)\b", text))
    year_hint = int(pa[1][:4]) if pa else (int(page_years.pop()) if len(page_years) == 1 else None)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    try:
        pz = ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "bad page_timezone"); continue
    # Key Points block: the headline lines right after a 'Key Points' heading
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    # page order and anchors
    anchors = []; cur = 0
    if kp_heads:  # the Key Points list repeats headlines: entries start after it
        k = text.lower().find("key points")
        for h in kp_heads:
            k = text.find(h, k) + len(h)
        cur = k
    for e in g["entries"]:
        a = e["headline"] if e["headline"] is not None else e["first_sentence"]
        p = text.find(a, cur) if a else -1
        if p < 0:
            err(e["id"], "headline/first sentence not found after the previous entry (page order)")
            p = cur
        anchors.append(p); cur = p + 1
    ld_updates = {}
    ld_pub = None
    for b in jsonld_blocks(raw):
        t = b.get("@type")
        if t == "LiveBlogPosting":
            for u in b.get("liveBlogUpdate", []):
                ld_updates.setdefault(u["headline"], []).append(u["datePublished"])
        if t == "NewsArticle":
            ld_pub = b.get("datePublished")
    ids = []
    pos_mode = STAMP_POS.get(sid, "missing")
    if pos_mode == "missing":
        err(sid, "no stamp position known for this seed")
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must run <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hit = [l for l in lines if l.startswith(fs)]
            if not hit:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(l == fs or re.match(r"\s+[A-Z0-9\"'\u201c\u2018]", l[len(fs):]) for l in hit):
                err(eid, "first_sentence is not followed by a sentence start or line end")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMr)(?<!\bDr)[.!?][\"'\u201d\u2019]?\s+[A-Z]", fs[:-1]):
                err(eid, "first_sentence holds more than one sentence:", fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=pz)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        # stamp, re-read from the page
        if e["stamp"] is not None:
            lo = anchors[n - 1] + 1 if n else 0
            hi = anchors[n + 1] if n + 1 < len(anchors) else len(text)
            if pos_mode == "before":
                spos = text.rfind(e["stamp"], lo, anchors[n] + len(e["headline"] or "") + 1)
            else:
                spos = text.find(e["stamp"], anchors[n], hi)
            if spos < 0:
                err(eid, f"stamp not found {pos_mode} its entry (page layout)")
                spos = anchors[n]
            why = read_stamp(e["stamp"], local, text, spos, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
            for tm in re.finditer(r'<time datetime="([^"]+)">' + re.escape(e["stamp"]) + "</time>", raw):
                if datetime.fromisoformat(tm.group(1)) == local:
                    break
            else:
                if re.search(r"<time datetime=", raw) and re.search(r">" + re.escape(e["stamp"]) + "</time>", raw):
                    err(eid, "<time datetime> attribute disagrees with published_local")
        else:
            if pos_mode:
                err(eid, "this page prints a stamp per entry but stamp is null")
            why = check_dateline(local, lines)
            if why:
                err(eid, why)
        if e["headline"] in ld_updates:
            if not any(datetime.fromisoformat(x) == pub for x in ld_updates[e["headline"]]):
                err(eid, "JSON-LD update datePublished disagrees")
        elif ld_updates:
            err(eid, "headline missing from the page's liveBlogUpdate list")
        if ld_pub and e["stamp"] is None and datetime.fromisoformat(ld_pub) != pub:
            err(eid, "NewsArticle datePublished disagrees with the dateline")
        # labels
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
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["headline"] != e["headline"]:
                err(eid, "duplicate is not near-verbatim (headline differs)")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # body text as printed: body_paragraphs consecutive non-empty lines from the first sentence on
    def body_of(k):
        e = g["entries"][k]
        if not e["first_sentence"]:
            return ""
        p = text.find(e["first_sentence"], anchors[k])
        ls = [l.strip() for l in text[p:].split("\n") if l.strip()][: e["body_paragraphs"]]
        return "\n".join(ls)
    for n, e in enumerate(g["entries"]):
        if e["first_sentence"] and len(body_of(n).split("\n")) != e["body_paragraphs"]:
            err(e["id"], "fewer body lines on the page than body_paragraphs")
        if e.get("duplicate_of"):
            o = int(e["duplicate_of"][-2:]) - 1
            r = SequenceMatcher(None, body_of(n), body_of(o)).ratio()
            if r < 0.9:
                err(e["id"], f"repeat is not near-verbatim (similarity {r:.2f})")

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
if [int(s) for s in sorted(PART_A)] != list(range(7900, 7910)):
    err("Part A ids")

part_a_names = {v.lower() for v in PART_A.values()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src.lower() in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 3 >= len(g["entries"]) * 2 and len(g["entries"]) - off >= 1)
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
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for st in big:
        heads = {e["headline"] for e in ents if e["story"] == st and e["first_sentence"]}
        if len(heads) < 3:
            err(day, st, "the 3+ source story is not told in different words")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for a, b in MUST_NOT_MERGE[day]:
        if a not in stories or b not in stories or a == b:
            err(day, "must-not-merge pair not present:", a, b)
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    s1 = {e["story"] for e in d1}; s2 = {e["story"] for e in d2}
    for a, b in CROSS_DAY_NOT_MERGE:
        if a not in s1 or b not in s2:
            err("cross-day must-not-merge pair not present:", a, b)
for d, who in seen.items():
    if d in forbidden or d[:4] != "2023" or d[5:7] not in ("01", "02", "03", "04", "05", "06"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
