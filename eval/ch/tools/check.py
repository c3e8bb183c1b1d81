#!/usr/bin/env python3
"""Independent checker for eval/ch: re-reads the seed files (not build.py's table) and verifies the gold files against them.
Usage (from the project root): python3 eval/ch/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"8700": "South Wales Argus", "8701": "Cambrian News", "8702": "Carmarthen Journal", "8703": "North Wales Chronicle",
          "8704": "Brecon & Radnor Express", "8705": "Tivyside Advertiser", "8706": "Llanelli Star", "8707": "Denbighshire Free Press",
          "8708": "Pembrokeshire Herald", "8709": "Powys County Times"}
DAYS = {"day1": ["8720", "8721", "8722", "8723"], "day2": ["8730", "8731", "8732", "8733"], "day3": ["8740", "8741", "8742", "8743"]}
# must-not-merge pairs written down independently of build.py (ids): each pair must carry different story slugs
MUST_NOT_MERGE = [("8720-01", "8720-03"), ("8720-06", "8721-01"), ("8720-06", "8722-05"), ("8721-01", "8722-05"), ("8721-04", "8720-01"),
                  ("8730-02", "8720-04"), ("8731-04", "8731-03"), ("8731-05", "8730-06"), ("8741-06", "8741-02"), ("8741-01", "8741-02"),
                  ("8742-02", "8742-03"), ("8743-05", "8741-01"), ("8705-01", "8705-02"), ("8702-05", "8702-06")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report):")
FORBIDDEN = set(open("/tmp/blind-ch-forbidden-days.txt").read().split()) if os.path.exists("/tmp/blind-ch-forbidden-days.txt") else set()
RESERVED = [l.strip().lower() for l in open("/tmp/blind-ch-reserved-outlets.txt", encoding="utf-8")] if os.path.exists("/tmp/blind-ch-reserved-outlets.txt") else []
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside RSS descriptions / Atom content
    return t


def mon(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if len(n) >= 3 and m.startswith(n):
            return i + 1
    return None


def time_forms(d):
    h12 = d.hour % 12 or 12; ap = "am" if d.hour < 12 else "pm"
    return {f"{d:%H:%M}", f"{d:%H.%M}", f"{h12}:{d.minute:02d}{ap}", f"{h12}:{d.minute:02d} {ap}", f"{h12}.{d.minute:02d}{ap}"}


def date_forms(d):
    m = MONTHS[d.month - 1]; o = f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"
    return {f"{d.day} {m}", f"{m} {d.day}", f"{o} {m}", f"{d:%d.%m.%Y}", f"{d.day} {m[:3]} {d.year}"}


def datetime_attrs(raw):
    out = []
    for v in re.findall(r'datetime="([^"]+)"', raw):
        try:
            out.append(datetime.fromisoformat(v.replace("Z", "+00:00")))
        except ValueError:
            pass
    return out


def read_stamp(stamp, local, text, raw, zone):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        v = datetime.fromisoformat(s.replace("Z", "+00:00"))
        if v != local:
            return "ISO stamp differs"
        if v.utcoffset() != local.utcoffset():
            return "ISO offset is not the page zone's offset"
        return None
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    attrs = datetime_attrs(raw)
    m = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?!\d)\s*(am|pm)?", s)
    if not m:
        md = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)  # WordPress date-only face: time must come from <time datetime>
        if md and (mon(md.group(1)), int(md.group(2)), int(md.group(3))) == (local.month, local.day, local.year):
            return None if local in attrs else "date-only stamp without a matching datetime attribute"
        return "unreadable stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3) == "pm" else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if "BST" in s and local.utcoffset() != timedelta(hours=1):
        return "stamp says BST but the zone offset is not +1"
    md = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\b", s) or None
    if md and mon(md.group(2)):
        if (int(md.group(1)), mon(md.group(2))) != (local.day, local.month):
            return "date inside the stamp differs"
        return None
    # a bare time: the local date must be printed on the page, or a datetime attribute must give exactly this instant
    if attrs:
        return None if local in attrs else "no datetime attribute equals this local time"
    low = text.lower()
    if not any(f.lower() in low for f in date_forms(local)):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


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
    if not re.fullmatch(r"87\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read(); text = visible_text(sp, raw); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    zone = g["page_timezone"]; ZoneInfo(zone)
    if "2025" not in raw and not g.get("parse_args"):
        err(sid, "page names no year but has no parse_args")
    if "2025" in raw and g.get("parse_args"):
        err(sid, "page carries a year but has parse_args")
    if g.get("parse_args"):
        pa = g["parse_args"]
        if pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        elif not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
            err(sid, "parse_args date is not the printed local day of any entry")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # the page's own Key Points / Key Events block
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
    ids = []; pos = -1; locals_ = []
    for n, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        if eid != f"{sid}-{n + 1:02d}":
            err(eid, "ids must be consecutive <seed>-NN in page order")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(l == fs or re.match(r"\s+[A-Z0-9\"\u201c']", l[len(fs):]) for l in hits):
                err(eid, "first_sentence does not end where the line's first sentence ends")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor appears after the previous entry's anchor
        anchor = e["headline"] or fs
        p = text.find(anchor, pos + 1)
        if p < 0:
            err(eid, "entry not found after the previous entry (page order)")
        else:
            pos = p
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)); locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, zone)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            if not any(f in text for f in time_forms(local)):
                err(eid, "no stamp and the dateline time is not printed")
            if not any(f.lower() in text.lower() for f in date_forms(local)) and not g.get("parse_args"):
                err(eid, "no stamp and the dateline date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        off = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off and not e["secondary_topics"]):
            err(eid, "off-beat rule")
        if off and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif fs is None or orig["first_sentence"] != fs:
                err(eid, "a near-verbatim repeat should open with the same sentence as its original")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points / Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # the page runs one way in time (newest-first or oldest-first; equal times allowed for articles)
    if locals_:
        inc = all(a <= b for a, b in zip(locals_, locals_[1:])); dec = all(a >= b for a, b in zip(locals_, locals_[1:]))
        if not (inc or dec):
            err(sid, "entries are neither newest-first nor oldest-first")
    # LiveBlogPosting updates, when given as a list, must agree with the entries' times and headlines
    for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        ld = json.loads(blob)
        ups = ld.get("liveBlogUpdate") if isinstance(ld, dict) else None
        if isinstance(ups, list):
            got = sorted(datetime.fromisoformat(u["datePublished"]) for u in ups)
            if got != sorted(locals_):
                err(sid, "JSON-LD update times disagree with the entries")
            for u in ups:
                if u.get("headline") and u["headline"] not in [e["headline"] for e in g["entries"]]:
                    err(sid, "JSON-LD update headline not among entries:", u["headline"][:50])

entries_by_id = {e["id"]: e for g in golds.values() for e in g["entries"]}
for a, b in MUST_NOT_MERGE:
    if a not in entries_by_id or b not in entries_by_id:
        err("must-not-merge pair missing", a, b)
    elif entries_by_id[a]["story"] == entries_by_id[b]["story"]:
        err("must-not-merge pair shares a story", a, b)

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
kinds = {re.sub(r"^\d+_[a-z0-9]+-|\.\w+$", "", golds[s]["seed"]) for s in PART_A if s in golds}
if len(kinds) < 5:
    err("Part A should cover several page kinds", kinds)

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"].lower()
        if src in RESERVED or any(src.split()[0] == r.split()[0] for r in RESERVED if r):
            err(sid, "invented outlet name (or its first word) is on the reserved list")
        if g["source"] in PART_A.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off * 3 >= 2 * len(g["entries"]) and off < len(g["entries"]))
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
        err(day, "no general world feed (war a minority, about 4 of 6 off-beat)")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None and e["headline"] for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "").lower() and e["importance"] == 2 and len(stories[e["story"]]) == 1 for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
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
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ("01", "07", "12"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
