#!/usr/bin/env python3
"""Independent checker for eval/br: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py: stamps are parsed again from the page text, dates are looked up on the page.
Usage (from the project root): python3 eval/br/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"7100": "Abilene Reporter-News", "7101": "Odessa American", "7102": "Tyler Morning Telegraph", "7103": "Lincoln Journal Star",
          "7104": "Bismarck Tribune", "7105": "Missoulian", "7106": "Wyoming Tribune Eagle", "7107": "Pueblo Chieftain",
          "7108": "The Register-Guard", "7109": "Mail Tribune"}
DAYS = {"day1": ["7120", "7121", "7122", "7123", "7124"], "day2": ["7130", "7131", "7132", "7133", "7134"],
        "day3": ["7140", "7141", "7142", "7143", "7144"]}
# pairs that tell different events on a shared place or theme: they must carry different story slugs
MUST_NOT_MERGE = [("7123-03", "7120-01", "Antonivka (Thu) vs Kherson city (Wed)"), ("7120-06", "7120-02", "Kyiv drones vs Kremlin drones"),
                  ("7120-03", "7123-02", "Crimea drones vs Kremlin drones"), ("7123-01", "7123-02", "drone analysis vs Kremlin claim"),
                  ("7131-01", "7131-02", "IAEA plant warning vs Enerhodar evacuation"), ("7131-04", "7131-03", "Wagner explainer vs Prigozhin threat"),
                  ("7131-05", "7130-06", "Krasnodar refinery drone vs Kremlin drone case"), ("7134-03", "7130-01", "grain inspections vs evacuation"),
                  ("7140-04", "7140-02", "Kramatorsk rocket vs Kostiantynivka shelling"), ("7143-03", "7143-02", "Polish farmers vs grain deal"),
                  ("7141-02", "7141-05", "grain explainer vs grain deal"), ("7141-03", "7141-04", "ICC warrant reaction vs Mariupol visit"),
                  ("7141-06", "7141-01", "overnight drones vs Kostiantynivka shelling")]
VARIANTS = {"day1": [["Bilozerka", "Belozerka"], ["Antonivka", "Antonovka"]],
            "day2": [["Enerhodar", "Energodar"], ["Vasylivka", "Vasilyevka"]],
            "day3": [["Kostiantynivka", "Kostyantynivka", "Konstantinovka"]]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FALLBACK = set("""2023-01-02 2023-01-06 2023-01-10 2023-01-11 2023-01-12 2023-01-14 2023-01-15 2023-01-18 2023-01-20 2023-01-23 2023-01-24
2023-01-25 2023-01-26 2023-01-31 2023-02-01 2023-02-03 2023-02-05 2023-02-08 2023-02-09 2023-02-10 2023-02-11 2023-02-13 2023-02-14 2023-02-16
2023-02-17 2023-02-19 2023-02-20 2023-02-21 2023-02-23 2023-02-24 2023-02-25 2023-02-27 2023-03-02 2023-03-03 2023-03-04 2023-03-08 2023-03-09
2023-03-10 2023-03-14 2023-03-15 2023-03-16 2023-03-17 2023-03-20 2023-03-21 2023-03-23 2023-03-25 2023-03-26 2023-03-28 2023-03-29 2023-04-02
2023-04-04 2023-04-05 2023-04-09 2023-04-10 2023-04-12 2023-04-14 2023-04-17 2023-04-18 2023-04-19 2023-04-20 2023-04-22 2023-04-24 2023-04-26
2023-04-28 2023-04-30 2023-05-03 2023-05-07 2023-05-09 2023-05-11 2023-05-13 2023-05-14 2023-05-15 2023-05-16 2023-05-17 2023-05-18 2023-05-20
2023-05-21 2023-05-22 2023-05-24 2023-05-26 2023-05-28 2023-05-29 2023-05-30 2023-05-31 2023-06-01 2023-06-06 2023-06-07 2023-06-08 2023-06-10
2023-06-11 2023-06-13 2023-06-15 2023-06-16 2023-06-18 2023-06-19 2023-06-21 2023-06-23 2023-06-24 2023-06-25 2023-06-27 2023-06-28 2023-06-29""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_TOKENS = {"CT": {"CST", "CDT"}, "MT": {"MST", "MDT"}, "PT": {"PST", "PDT"}, "ET": {"EST", "EDT"}, "GMT": {"GMT", "UTC"},
               "BST": {"BST"}, "EDT": {"EDT"}, "EST": {"EST"}, "EEST": {"EEST"}, "EET": {"EET"}, "CET": {"CET"}, "CEST": {"CEST"}}
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
    if n == "sept":
        n = "sep"
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def printed_dates(text, year_hint):
    """All calendar dates printed in visible text, in any of the forms these pages use."""
    found = set()
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+)\.?(?:,? (\d{4}))?\b", text):  # 4 May 2023 / 19 Mar 2023 / 5 May
        mo = month_no(m.group(2))
        if mo:
            found.add(date(int(m.group(3) or year_hint), mo, int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2})(?:, (\d{4}))?\b", text):  # Mar 30, 2023 / Jan. 8, 2023 / April 28
        mo = month_no(m.group(1))
        if mo:
            found.add(date(int(m.group(3) or year_hint), mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text):  # 19.03.2023
        found.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(\d\d)/(\d\d)/(\d{4})\b", text):  # 01/04/2023 (US month first)
        found.add(date(int(m.group(3)), int(m.group(1)), int(m.group(2))))
    return found


def iso_instants(raw):
    out = []
    for m in re.finditer(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)", raw):
        out.append(datetime.fromisoformat(m.group(0).replace("Z", "+00:00")))
    return out


def time_forms(local):
    h12 = local.hour % 12 or 12
    ap = "a.m." if local.hour < 12 else "p.m."
    return [f"{local:%H:%M}", f"{h12}:{local.minute:02d} {ap}", f"{local:%H.%M}", f"{h12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"]


def near_time_attr(raw, stamp, anchor):
    """datetime attribute of the <time> element whose text is the stamp, nearest to the anchor text in the raw page."""
    best = None
    for m in re.finditer(r"<time\b[^>]*\bdatetime=\"([^\"]+)\"[^>]*>\s*(.*?)\s*</time>", raw, flags=re.S):
        if html.unescape(m.group(2)) != stamp:
            continue
        pos = raw.find(anchor) if anchor else -1
        dist = abs(m.start() - pos) if pos >= 0 else 0
        if best is None or dist < best[0]:
            best = (dist, m.group(1))
    return best[1] if best else None


relative_windows = defaultdict(list)


def read_stamp(sid, stamp, local, text, raw, zone, anchor, year_hint):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        d = parsedate_to_datetime(s)
        if d != local:
            return "RFC 822 stamp differs"
        if s.endswith(("+0000", "GMT")) or d.utcoffset() == local.utcoffset():
            return None
        return "RFC 822 offset is not the page zone's offset"
    attr_v = near_time_attr(raw, s, anchor) if raw.lstrip().startswith("<!DOCTYPE") else None
    m = re.fullmatch(r"(\d+) (min|hr|hrs) ago", s)
    if m:
        if not attr_v:
            return "relative stamp without a datetime attribute"
        d = datetime.fromisoformat(attr_v)
        if d != local:
            return "datetime attribute of the relative stamp differs"
        n = int(m.group(1)); unit = timedelta(minutes=1) if m.group(2) == "min" else timedelta(hours=1)
        relative_windows[sid].append((d + n * unit, d + (n + 1) * unit))
        return None
    m = re.fullmatch(r"Posted (\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d) (AM|PM)", s)
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        got = datetime(int(m.group(3)), int(m.group(1)), int(m.group(2)), h, int(m.group(5)), tzinfo=local.tzinfo)
        return None if got == local else "US-style stamp differs"
    m = re.fullmatch(r"(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm)?(?: ([A-Z]{2,4}))?", s)
    if not m:
        return "unreadable stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if m.group(4) and local.tzname() not in ZONE_TOKENS.get(m.group(4), set()):
        return f"zone token {m.group(4)} does not fit {local.tzname()}"
    if attr_v:
        return None if datetime.fromisoformat(attr_v) == local else "datetime attribute differs"
    if local.date() not in printed_dates(text, year_hint):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def words(s):
    return set(re.findall(r"[a-z0-9']+", (s or "").lower()))


golds = {}
seed_files = {os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "seeds", "*"))}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    seed_files.discard(g["seed"])
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"71\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    years = set(re.findall(r"\b(20\d\d)\b", text)) | set(re.findall(r"\b(20\d\d)-\d\d-\d\d", raw))
    if not years and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2023-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif years:
            err(sid, "parse_args given although the page prints a year", years)
        elif date.fromisoformat(pa[1]) not in printed_dates(text, 2023):
            err(sid, "parse_args date is not a local day printed on the page")
    year_hint = int(g["parse_args"][1][:4]) if g.get("parse_args") else int(min(years)) if years else 2023
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    ZoneInfo(g["page_timezone"])
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
    ids = []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{len(ids) + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        ids.append(eid)
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            starts = [i for i, l in enumerate(lines) if l.startswith(fs)]
            if not starts:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            inner = re.search(r"[a-z0-9][.!?][\"'\u201d\u2019]? +[A-Z]", fs[:-1])
            if inner and not re.search(r"\b(U\.S|Mr|Mrs|Dr|St|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$", fs[:inner.start() + 2]):
                err(eid, "first_sentence holds more than one sentence")
            if e["headline"] and starts:
                hpos = [i for i, l in enumerate(lines) if l == e["headline"] or l.endswith(e["headline"])]
                if not any(h < starts[0] or any(h < s for s in starts) for h in hpos):
                    err(eid, "headline never printed before its first sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(sid, e["stamp"], local, text, raw, g["page_timezone"], html.escape(e["headline"] or fs or "", quote=False)[:40], year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t_ok = any(f in text for f in time_forms(local)) or local in iso_instants(raw)
            d_ok = local.date() in printed_dates(text, year_hint) or local in iso_instants(raw)
            if not (t_ok and d_ok):
                err(eid, "no stamp and the page's dateline does not give", local)
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/importance 1, note 'off-beat:')")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids[:-1]:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif len(words(orig["first_sentence"]) & words(fs)) / max(1, len(words(orig["first_sentence"]) | words(fs))) < 0.7:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
    # every relative stamp on a page must fit one capture moment
    if relative_windows.get(sid):
        lo = max(a for a, _ in relative_windows[sid]); hi = min(b for _, b in relative_windows[sid])
        if lo >= hi:
            err(sid, "relative stamps do not agree on one capture time")
for f in sorted(seed_files):
    err(f, "seed file without gold")

seen = {}
fmts = defaultdict(int)
part_a_names = set(SINGLE.values())
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

reserved = set()
if os.path.exists("/tmp/blind-br-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-br-reserved-outlets.txt", encoding="utf-8") if l.strip()}
forbidden = set(FORBIDDEN_FALLBACK)
if os.path.exists("/tmp/blind-br-forbidden-days.txt"):
    forbidden |= set(open("/tmp/blind-br-forbidden-days.txt").read().split())
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; worlds = 0; exts = set(); srcs = set(); text_all = ""
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src in part_a_names:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        text_all += open(os.path.join(ROOT, "seeds", g["seed"]), encoding="utf-8").read()
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off >= 4 and off * 3 >= 2 * len(g["entries"]) and len(g["entries"]) >= 6:
            worlds += 1
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
    if worlds < 1:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and len(stories[e["story"]]) == 1 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    for group in VARIANTS[day]:
        if sum(v in text_all for v in group) < 2:
            err(day, "spelling variants not both present:", group)
byid = {e["id"]: e for g in golds.values() for e in g["entries"]}
for a, b, why in MUST_NOT_MERGE:
    if a not in byid or b not in byid:
        err("must-not-merge pair missing", a, b)
    elif byid[a]["story"] == byid[b]["story"]:
        err("must-not-merge pair shares a story:", a, b, why)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    for e in d2:
        if e["story"] in cont and e["first_sentence"] and e not in rep and not e["duplicate_of"] and e["importance"] != 3:
            err(e["id"], "continuation should be importance 3 (carried by 2+ day-2 seeds)")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2023" or d[5:7] not in ("01", "02", "03", "04", "05", "06"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
