#!/usr/bin/env python3
"""Independent checker for eval/ce: re-reads the seed files and verifies the gold files against them.
It imports nothing from build.py. Usage (from the project root): python3 eval/ce/tools/check.py -> OK or a list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"8400": "Cape Cod Times", "8401": "The Berkshire Eagle", "8402": "Rutland Herald", "8403": "Bangor Daily News", "8404": "Portland Press Herald",
          "8405": "Concord Monitor", "8406": "The Keene Sentinel", "8407": "Valley News", "8408": "Brattleboro Reformer", "8409": "The Day"}
DAYS = {"day1": ["8420", "8421", "8422", "8423", "8424"], "day2": ["8430", "8431", "8432", "8433", "8434"], "day3": ["8440", "8441", "8442", "8443", "8444"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ENTRY_KEYS = ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
              "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b")
# fallback copy of the forbidden 2022 days in the allowed months (the file in /tmp is read when present)
FORBIDDEN_FALLBACK = set("""2022-06-03 2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-18 2022-06-22 2022-06-23 2022-06-24 2022-06-26 2022-06-27
2022-06-28 2022-06-29 2022-06-30 2022-07-01 2022-07-03 2022-07-04 2022-07-07 2022-07-10 2022-07-12 2022-07-14 2022-07-15 2022-07-19 2022-07-22
2022-07-23 2022-07-28 2022-07-29 2022-07-30 2022-07-31 2022-12-01 2022-12-03 2022-12-05 2022-12-06 2022-12-07 2022-12-08 2022-12-10 2022-12-12
2022-12-13 2022-12-14 2022-12-16 2022-12-19 2022-12-21 2022-12-22 2022-12-29 2022-12-31""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"BST": "Europe/London", "GMT": "Europe/London", "CEST": "Europe/Berlin", "CET": "Europe/Berlin", "EEST": "Europe/Kyiv", "EET": "Europe/Kyiv",
             "ET": "America/New_York", "EDT": "America/New_York", "EST": "America/New_York", "Uhr": "Europe/Berlin"}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ---------------------------------------------------------------- reading pages

def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<style\b.*?</style>", "\n", t, flags=re.S | re.I)
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom/RSS content
    return t


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def dates_in(s, year_hint):
    """All calendar dates written in s, in the forms these pages use."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", s):
        out.append(date(int(m.group(3)), int(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s):
        out.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (\d{1,2})(?:[.,])? (\d{4})\b", s):   # June 1, 2022 / Dec. 24, 2022 / December 20. 2022
        mo = month_no(m.group(1))
        if mo:
            out.append(date(int(m.group(3)), mo, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b", s):             # 24 Jul 2022 / 25 July 2022
        mo = month_no(m.group(2))
        if mo:
            out.append(date(int(m.group(3)), mo, int(m.group(1))))
    if year_hint:                                                                    # yearless: 'July 9', '24 December'
        for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2})\b(?![,.]? \d{4})", s):
            mo = month_no(m.group(1))
            if mo and 1 <= int(m.group(2)) <= 31:
                out.append(date(year_hint, mo, int(m.group(2))))
        for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]+)\b(?!,? \d{4})", s):
            mo = month_no(m.group(2))
            if mo:
                out.append(date(year_hint, mo, int(m.group(1))))
    return out


def times_in(s):
    """(hour, minute, second|None) of every clock time written in s."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})[:.](\d\d)(?::(\d\d))?(?!\d)\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)?", s):
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(4):
            if h > 12:
                continue
            h = h % 12 + (12 if m.group(4).lower().startswith("p") else 0)
        if h > 23 or mi > 59:
            continue
        out.append((h, mi, int(m.group(3)) if m.group(3) else None))
    return out


def zone_label_ok(label, local):
    name = local.tzname()
    if label == "Uhr":
        return name in ("CEST", "CET")
    if label == "ET":
        return name in ("EDT", "EST")
    return name == label or (label == "GMT" and name == "GMT")


def read_stamp(stamp, local, pub_utc, raw, text, year_hint):
    """Re-reads a printed stamp on its own; None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(Updated )?(\d+) (min|hr|hrs) ago", s)
    if m:  # BLOX relative stamp: needs <time datetime> around it and the page cache time
        mt = re.search(r'<time datetime="([^"]+)">' + re.escape(s) + "</time>", raw)
        mc = re.search(r"built (\d{4}-\d\d-\d\dT[\d:]+[+-]\d\d:\d\d)", raw)
        if not mt or not mc:
            return "relative stamp without datetime attribute or page build time"
        t = datetime.fromisoformat(mt.group(1)); built = datetime.fromisoformat(mc.group(1))
        if t != pub_utc:
            return "datetime attribute differs from published"
        mins = int((built - t).total_seconds() // 60); n = int(m.group(2))
        ok = (m.group(3) == "min" and mins == n) or (m.group(3) != "min" and mins // 60 == n and mins >= 60)
        return None if ok else f"relative '{s}' does not match the build time ({mins} min)"
    ts = times_in(s)
    if not ts:
        return "unreadable stamp"
    h, mi, sec = ts[0]
    if (h, mi) != (local.hour, local.minute) or (sec is not None and sec != local.second):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M:%S}"
    lab = re.search(r"\b(BST|GMT|CEST|CET|EEST|EET|EDT|EST|ET|Uhr)\b", s)
    if lab and not zone_label_ok(lab.group(1), local):
        return f"zone label {lab.group(1)} does not fit {local.tzname()}"
    ds = dates_in(s, None)
    if ds:
        return None if local.date() in ds else "date inside the stamp differs"
    # stamp without a date: the local date must be printed somewhere on the page
    if local.date() not in dates_in(text, year_hint):
        return "local date of an undated stamp is printed nowhere on the page"
    mt = re.search(r'<time datetime="([^"]+)">' + re.escape(s) + "</time>", raw)
    if mt and datetime.fromisoformat(mt.group(1)) != pub_utc:
        return "datetime attribute around the stamp differs"
    return None


def page_time_printed(local, lines, year_hint):
    """For entries without a stamp: the page must print this local time with its date on the same or a nearby line."""
    lines = [l for l in lines if l]
    for i, l in enumerate(lines):
        for h, mi, sec in times_in(l):
            if (h, mi) == (local.hour, local.minute) and (sec is None or sec == local.second):
                near = " ".join(lines[max(0, i - 3): i + 4])
                if local.date() in dates_in(near, year_hint):
                    return True
    return False


def sentence_break_inside(fs):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?\s+[A-Z"\u201c]', fs):
        before = fs[:m.start() + 1]
        if not re.search(r"\b(U\.S|Sen|Gov|Mr|Mrs|Dr|Gen|St|Jr|Calif|[A-Z])\.$", before):
            return True
    return False


# ---------------------------------------------------------------- per page

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
    if not re.fullmatch(r"84\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (want <id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    has_year = re.search(r"\b2022\b", raw) is not None
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if has_year:
            err(sid, "parse_args given although the page prints a year")
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
    year_hint = int(pa[1][:4]) if pa else 2022
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    if sp.endswith(".html"):
        for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
            try:
                json.loads(blob)
            except ValueError as ex:
                err(sid, "JSON-LD does not parse:", ex)
    if sp.endswith(".xml"):
        try:
            import xml.dom.minidom
            xml.dom.minidom.parseString(raw.encode("utf-8"))
        except Exception as ex:  # noqa: BLE001
            err(sid, "feed is not well-formed XML:", ex)
    # Key Points block: headlines listed right after a 'Key Points' line
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
    ids, pos = [], 0
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        missing = [k for k in ENTRY_KEYS if k not in e]
        if missing:
            err(eid, "missing fields", missing); continue
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must run <seed>-01, -02, ... in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        # page order: headline (or first sentence) must appear after the previous entry's anchor
        anchor = e["headline"] or e["first_sentence"]
        p = text.find(anchor, pos) if anchor else -1
        if p < 0:
            err(eid, "entry not found after the previous one (page order)")
        else:
            pos = p + 1
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if sentence_break_inside(fs):
                err(eid, "first_sentence holds more than one sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not YYYY-MM-DDTHH:MM:SSZ"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        local_min = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        local = pub.astimezone(zone)
        if local.replace(second=0) != local_min:
            err(eid, "published != published_local")
        if pa and local.strftime("%Y-%m-%d") != pa[1]:
            err(eid, "parse_args date is not the printed local day of the entry")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, pub, raw, text, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        elif not page_time_printed(local, lines, year_hint):
            err(eid, "no stamp and the page does not print this time with its date")
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if not set(e["secondary_topics"]) <= TOPICS or e["topic"] in e["secondary_topics"]:
            err(eid, "secondary_topics values")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule (other/unrelated/1 with an 'off-beat:' note)")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of names no entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] > e["published"]:
                    err(eid, "duplicate_of must name the earlier-published original")
                a = set(re.findall(r"\w+", " ".join(filter(None, [orig["first_sentence"]])).lower()))
                b = set(re.findall(r"\w+", (e["first_sentence"] or "").lower()))
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

# ---------------------------------------------------------------- set-level rules

forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-ce-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-ce-forbidden-days.txt").read().split())
reserved = set()
if os.path.exists("/tmp/blind-ce-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-ce-reserved-outlets.txt", encoding="utf-8") if l.strip()}

expected = set(PART_A) | {s for v in DAYS.values() for s in v}
if set(golds) != expected:
    err("seed ids", sorted(set(golds) ^ expected))

seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
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

partb_sources = set()
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            continue
        src = g["source"]; srcs.add(src); partb_sources.add(src)
        if src.lower() in reserved or any(src.split()[0].lower() in r.split() for r in reserved):
            err(sid, "outlet name (or its first word) is on the reserved list:", src)
        if src in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off * 3 >= 2 * len(g["entries"]) - 1:
            world = True
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
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    mnm = 0
    for e in ents:
        for other in re.findall(r"must not merge with ([a-z0-9-]+[a-z0-9])", e["notes"] or ""):
            mnm += 1
            if other not in stories or other == e["story"]:
                err(e["id"], "must-not-merge partner is not another story of the day:", other)
    if mnm < 2:
        err(day, "fewer than two must-not-merge pairs")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
        if repost and e["importance"] != 1:
            err(e["id"], "re-post must be importance 1")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] and e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in forbidden or d[:4] != "2022" or d[5:7] not in ("06", "07", "12"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
