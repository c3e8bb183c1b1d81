#!/usr/bin/env python3
"""Independent checker for eval/bi: re-reads the seed files and verifies the gold files against them.
It does not import build.py; stamps are re-read from the printed text on their own.
Usage (from the project root): python3 eval/bi/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"6200": "The Columbus Dispatch", "6201": "Arizona Daily Star", "6202": "The Telegram", "6203": "The Chronicle",
          "6204": "Gisborne Herald", "6205": "Coventry Telegraph", "6206": "Oxford Mail", "6207": "Bahrain News Agency",
          "6208": "Vietnam News", "6209": "The Star"}
DAYS = {"day1": ["6220", "6221", "6222", "6223", "6224"], "day2": ["6230", "6231", "6232", "6233", "6234"],
        "day3": ["6240", "6241", "6242", "6243", "6244"]}
# must-not-merge pairs promised in README (same place or theme, different events): both slugs must exist that day and differ
MUST_NOT_MERGE = {
    "day1": [("chornobyl-shelter-drone-hit", "zaporizhzhia-npp-backup-line-loss"), ("chornobyl-shelter-drone-hit", "analysis-nuclear-sites-in-the-war"),
             ("odesa-apartment-drone-strike-2025-02-14", "izmail-port-drone-attack-2025-02-14"),
             ("zelensky-vance-munich-meeting", "european-ministers-munich-statement"),
             ("pokrovsk-assault-repelled-2025-02-14", "russia-claims-advance-kupiansk-2025-02-14")],
    "day2": [("kostiantynivka-market-strike-2025-02-15", "kramatorsk-shelling-2025-02-15"), ("rubio-lavrov-phone-call-2025-02-15", "kellogg-europe-not-at-table"),
             ("zelensky-munich-european-army-speech", "explainer-european-army-idea"),
             ("russia-claims-village-west-of-pokrovsk-2025-02-15", "north-korean-troops-pulled-back-kursk")],
    "day3": [("easter-truce-violations", "zelensky-30-day-civilian-strike-halt-offer"), ("easter-truce-violations", "explainer-ceasefires-in-ukraine-war"),
             ("zelensky-30-day-civilian-strike-halt-offer", "kremlin-no-order-to-extend-truce"),
             ("kremlin-no-order-to-extend-truce", "trump-hopes-for-deal-this-week"), ("easter-truce-violations", "belgorod-drone-car-2025-04-20")],
}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2025-02-01 2025-02-03 2025-02-06 2025-02-11 2025-02-12 2025-02-13 2025-02-18 2025-02-21 2025-02-24 2025-02-28
2025-03-02 2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-03-07 2025-03-11 2025-03-12 2025-03-18 2025-03-20 2025-03-25 2025-03-27
2025-04-03 2025-04-04 2025-04-05 2025-04-12 2025-04-13 2025-04-15 2025-04-17 2025-04-24 2025-04-26 2025-04-30""".split())
if os.path.exists("/tmp/blind-bi-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bi-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-bi-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-bi-reserved-outlets.txt", encoding="utf-8") if l.strip()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"GMT": [0], "UTC": [0], "BST": [60], "CET": [60], "CEST": [120], "EET": [120], "EEST": [180],
             "ET": [-300, -240], "EST": [-300], "EDT": [-240], "CST": [-360], "CDT": [-300]}
ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "no", "u.s", "u.k", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept", "oct",
          "nov", "dec", "sen", "gov", "jr", "vs"}
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom <content type="html">
    return t


def month_no(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def sentence_ends(line):
    """Independent splitter: offsets just after each sentence end in a line."""
    ends = []
    for m in re.finditer(r"[.!?]['\"\u2019\u201d]?(\s+|$)", line):
        stop = m.start()
        if line[stop] == "." and m.group(1):
            tok = re.search(r"([A-Za-z.]+)$", line[:stop])
            if tok and (tok.group(1).lower().rstrip(".") in ABBREV or len(tok.group(1)) == 1):
                continue
            nxt = line[m.end():m.end() + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018"):
                continue
        ends.append(m.end() - len(m.group(1)))
    return ends


def read_stamp(stamp, local, low_text, raw):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    found = None; rest = s
    for pat, kind in ((r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", "dmy-num"), (r"\b([A-Z][a-z]+), (\d{1,2})/(\d{4})\b", "m,d/y"),
                      (r"\b(\d{1,2}) ([A-Za-z]{3,}) (\d{4})\b", "d mon y"), (r"\b(\d{1,2})(?:st|nd|rd|th) ([A-Z][a-z]+)\b", "dth month"),
                      (r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", "month d, y")):
        m = re.search(pat, rest)
        if not m:
            continue
        g = m.groups()
        if kind == "dmy-num":
            found = (int(g[0]), int(g[1]), int(g[2]))
        elif kind == "m,d/y":
            found = (int(g[1]), month_no(g[0]), int(g[2]))
        elif kind == "d mon y":
            found = (int(g[0]), month_no(g[1]), int(g[2]))
        elif kind == "dth month":
            found = (int(g[0]), month_no(g[1]), None)
        else:
            found = (int(g[1]), month_no(g[0]), int(g[2]))
        rest = rest[:m.start()] + " " + rest[m.end():]
        break
    m = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.])\s*(a\.m\.|p\.m\.|am|pm)?", rest)
    if not m:
        return "unreadable stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    z = re.search(r"\b(GMT|UTC|BST|CEST|CET|EEST|EET|EST|EDT|ET|CST|CDT)\b", rest)
    if z and int(local.utcoffset().total_seconds() // 60) not in ZONE_ABBR[z.group(1)]:
        return f"zone {z.group(1)} disagrees with the offset of published_local"
    if found:
        d, mo, y = found
        if (d, mo) != (local.day, local.month) or (y is not None and y != local.year):
            return "date inside the stamp differs"
        return None
    mon = MONTHS[local.month - 1]
    forms = [f"{local.day} {mon}", f"{mon} {local.day}", f"{local.day} {mon[:3]} ", f"{mon[:3]} {local.day},", f"{local:%d.%m.%Y}"]
    if not any(f in low_text for f in forms) and local.strftime("%Y-%m-%d") not in raw:
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def time_printed(local, text):
    forms = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}",
             f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"]
    return any(f in text for f in forms)


golds = {}; texts = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"62\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); low = text.lower()
    lines = [l.strip() for l in text.split("\n")]
    texts[sid] = text
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    has_year = re.search(r"\b20\d\d\b", raw.replace("tag:", "")) is not None
    if not has_year and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if "2025" in raw:
            err(sid, "parse_args given although the page prints the year")
        if any(not e["published_local"].startswith(pa[1]) for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of the entries")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    ZoneInfo(g["page_timezone"])
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
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
    ids = []; anchors = []; pos = 0
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
        anchor = e["headline"] if e["headline"] is not None else e["first_sentence"]
        p = text.find(anchor, pos) if anchor else -1
        if p < 0:
            err(eid, "entry not found after the previous one (page order)")
        else:
            pos = p + len(anchor)
        anchors.append(p)
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            else:
                line = next(l for l in lines if l.startswith(fs))
                ends = sentence_ends(line)
                if not ends or line[:ends[0]] != fs:
                    err(eid, "first_sentence is not the first sentence of its paragraph:", fs[:60])
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
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, low, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not time_printed(local, text):
            err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS - {"other"} for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off):
            err(eid, "off-beat rule (other/unrelated/importance 1/notes 'off-beat:')")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["published"] > e["published"]:
                err(eid, "duplicate must share the story, be importance 1 and be later than its original")
            elif orig["first_sentence"] and fs:
                a, b = set(orig["first_sentence"].lower().split()), set(fs.lower().split())
                if len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # stamps must sit between the neighbouring entries' anchors (they belong to their own entry)
    for i, e in enumerate(g["entries"]):
        if e["stamp"] is None or anchors[i] < 0:
            continue
        lo = anchors[i - 1] + 1 if i > 0 else 0
        hi = anchors[i + 1] if i + 1 < len(anchors) and anchors[i + 1] >= 0 else len(text)
        if e["stamp"] not in text[lo:hi]:
            err(e["id"], "stamp is not printed next to its entry")
    # entries follow one time order (newest first or oldest first), never mixed
    ts = [e["published"] for e in g["entries"]]
    if ts != sorted(ts) and ts != sorted(ts, reverse=True):
        err(sid, "entry times are neither oldest-first nor newest-first")

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

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src in PART_A.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 4 and off / len(g["entries"]) >= 0.6)
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
    for a, b in MUST_NOT_MERGE[day]:
        if a == b or a not in stories or b not in stories:
            err(day, "must-not-merge pair missing:", a, b)
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [(s, e) for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for _, e in d2 if any(e["headline"] == o["headline"] and e["first_sentence"] == o["first_sentence"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    for e in rep:
        src = golds[e["id"][:4]]["source"]
        if not any(golds[s]["source"] == src and o["headline"] == e["headline"] for s in DAYS["day1"] for o in golds[s]["entries"]):
            err(e["id"], "re-post should come from the outlet that published the day-1 entry")
    cont = {e["story"] for _, e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ("02", "03", "04"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
