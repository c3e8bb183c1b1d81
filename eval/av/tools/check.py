#!/usr/bin/env python3
"""Independent checker for eval/av: re-reads the seed files (not build.py's data) and verifies the gold files against them.
Usage (from the project root): python3 eval/av/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(ROOT))), "shared")
SINGLE = {"4900": "Miami Herald", "4901": "Brisbane Times", "4902": "Newcastle Herald", "4903": "Jersey Evening Post", "4904": "Asia Times",
          "4905": "Sahara Reporters", "4906": "Hiiraan Online", "4907": "Vientiane Times", "4908": "Times of Zambia", "4909": "The New Times"}
DAYS = {"day1": ["4920", "4921", "4922", "4923"], "day2": ["4930", "4931", "4932", "4933", "4934"], "day3": ["4940", "4941", "4942", "4943"]}
# hand-picked pairs of different stories that share a place or a theme (README, "must-not-merge")
MUST_NOT_MERGE = {
    "day1": [("olenivka-prison-explosion-2022-07-29", "donetsk-mandatory-evacuation-order"),
             ("olenivka-prison-explosion-2022-07-29", "explainer-geneva-conventions-pows"),
             ("mykolaiv-shelling-2022-07-30", "kharkiv-missile-strike-2022-07-30"),
             ("gazprom-halts-gas-to-latvia", "first-grain-ship-chornomorsk")],
    "day2": [("sevastopol-fleet-hq-drone-attack", "putin-navy-day-maritime-doctrine"),
             ("mykolaiv-strike-kills-vadatursky-2022-07-31", "explainer-ukraine-grain-importers"),
             ("first-grain-ship-chornomorsk", "explainer-ukraine-grain-importers"),
             ("olenivka-prison-explosion-2022-07-29", "donetsk-mandatory-evacuation-order")],
    "day3": [("serhiivka-missile-strike-2022-07-01", "snake-island-russian-withdrawal"),
             ("us-820m-package-nasams", "explainer-nasams")],
}
CROSS_DAY_DISTINCT = [("mykolaiv-shelling-2022-07-30", "mykolaiv-strike-kills-vadatursky-2022-07-31")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FALLBACK_FORBIDDEN_2022 = set("""2022-02-24 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-07 2022-03-09 2022-03-11 2022-03-14 2022-03-15
2022-03-16 2022-03-18 2022-03-22 2022-03-24 2022-03-29 2022-04-01 2022-04-05 2022-04-06 2022-04-08 2022-04-12 2022-04-13 2022-04-14 2022-04-20
2022-04-26 2022-04-28 2022-05-03 2022-05-05 2022-05-09 2022-05-10 2022-05-11 2022-05-13 2022-05-18 2022-05-20 2022-05-24 2022-05-27 2022-06-03
2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-07-03 2022-07-04
2022-07-07 2022-07-10 2022-07-12 2022-07-14 2022-07-15 2022-07-19 2022-07-22 2022-07-23 2022-07-28 2022-07-29 2022-08-01 2022-08-03 2022-08-05
2022-08-09 2022-08-11 2022-08-12 2022-08-16 2022-08-18 2022-08-23 2022-08-24 2022-08-31""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
errors, notes = [], []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def read(p):
    return open(p, encoding="utf-8").read()


def visible_text(path):
    raw = read(path)
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def month_no(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def stamp_date(s, year_hint):
    """(day, month, year or None) printed inside a stamp, else None."""
    for pat, order in ((r"\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b", "dmy"), (r"\b([A-Za-z]{3,9}) (\d{1,2}), (\d{4})\b", "mdy"),
                       (r"\b(\d{1,2}) ([A-Za-z]{3,9})\b", "dm")):
        for m in re.finditer(pat, s):
            mon = month_no(m.group(2) if order in ("dmy", "dm") else m.group(1))
            if not mon:
                continue
            if order == "dmy":
                return int(m.group(1)), mon, int(m.group(3))
            if order == "mdy":
                return int(m.group(2)), mon, int(m.group(3))
            return int(m.group(1)), mon, year_hint
    return None


def date_printed(local, text, raw):
    forms = [f"{local.day} {MONTHS[local.month - 1]}", f"{MONTHS[local.month - 1]} {local.day}", f"{local:%d.%m.%Y}",
             f"{local.day} {MONTHS[local.month - 1][:3]}", f"{MONTHS[local.month - 1][:3]} {local.day:02d}"]
    low = text.lower()
    return any(re.search(re.escape(f) + r"(?!\d)", low) for f in forms) or local.strftime("%Y-%m-%d") in raw


def read_stamp(stamp, local, text, raw, year_hint):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold local time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    sd = stamp_date(s, year_hint)
    m = re.search(r"(?<![\d])(\d{1,2})[:.h](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        # date-only stamp: the time must be machine-readable next to it (RDFa content / datetime attribute with offset)
        if not sd:
            return "unreadable stamp"
        if f'content="{local.isoformat()}"' not in raw and f'datetime="{local.isoformat()}"' not in raw:
            return "date-only stamp without a matching ISO attribute"
    else:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        if (h, mi) != (local.hour, local.minute):
            return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if sd:
        if (sd[0], sd[1]) != (local.day, local.month) or (sd[2] is not None and sd[2] != local.year):
            return "date inside the stamp differs"
        return None
    if not date_printed(local, text, raw):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def jsonld_updates(raw):
    out = []
    for blk in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(blk)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for n in nodes:
            ups = n.get("liveBlogUpdate") or []
            out += ups if isinstance(ups, list) else [ups]
    return out


def shingles(t, k=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


shared_sh = set()
for p in glob.glob(os.path.join(SHARED, "seeds", "*")):
    shared_sh |= shingles(read(p))

forbidden = set(open("/tmp/blind-av-forbidden-days.txt").read().split()) if os.path.exists("/tmp/blind-av-forbidden-days.txt") else FALLBACK_FORBIDDEN_2022
if not os.path.exists("/tmp/blind-av-forbidden-days.txt"):
    notes.append("forbidden-days file absent; used the embedded 2022 copy")
reserved = None
if os.path.exists("/tmp/blind-av-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-av-reserved-outlets.txt", encoding="utf-8") if l.strip()}
else:
    notes.append("reserved-outlets file absent; reserved-name check skipped")

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
    if not re.fullmatch(r"49\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = read(sp); text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    if raw.count("\n") and len(shingles(raw) & shared_sh):
        err(sid, "shares an 8-word run with ../shared/seeds:", sorted(shingles(raw) & shared_sh)[:2])
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    ZoneInfo(g["page_timezone"])
    pa = g.get("parse_args")
    if not re.search(r"\b20\d\d\b", raw) and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if re.search(r"\b2022\b", text):
            err(sid, "parse_args given although the page prints the year")
        if {e["published_local"][:10] for e in g["entries"]} != {pa[1]}:
            err(sid, "parse_args date is not the printed local day of the entries")
    year_hint = int(pa[1][:4]) if pa else None
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # Key Points block: bullets right under a "Key Points" line
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
                kp_heads.append(l2)
            break
    ids, locals_ = [], []
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
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z]", fs[:-1]):
                err(eid, "first_sentence seems to hold two sentences")
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
        locals_.append((e, local))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, text, raw, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            hm = [f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}",
                  f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"]
            if not any(h in text for h in hm) or not date_printed(local, text, raw):
                err(eid, "no stamp and the dateline date/time is not printed")
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
        off = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != off or (off and (e["topic"] != "other" or e["importance"] != 1)):
            err(eid, "off-beat rule (other/unrelated, importance 1, note 'off-beat:')")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or orig is e:
                err(eid, "duplicate_of must name another entry of this seed")
            elif orig["published"] >= e["published"]:
                err(eid, "duplicate_of must name the earlier-published original")
            elif orig["story"] != e["story"] or e["importance"] != 1 or orig["importance"] == 1:
                err(eid, "duplicate must share the story, be importance 1, and its original must not be")
            elif len(shingles(" ".join([e["first_sentence"] or ""]), 5) & shingles(orig["first_sentence"] or "", 5)) < 3:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_heads is not None and len(kp_heads) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block lists a headline that is not a key_point entry")
    # page order must be monotone in time (newest-first or oldest-first); this also validates midnight crossings
    stamped = [l for e, l in locals_ if e["stamp"] is not None]
    if len(stamped) > 2 and stamped != sorted(stamped) and stamped != sorted(stamped, reverse=True):
        err(sid, "stamped entries are not in a consistent time order")
    # JSON-LD per-update times must agree with the gold
    for u in jsonld_updates(raw):
        if "datePublished" in u and "headline" in u:
            hits = [e for e in g["entries"] if e["headline"] == u["headline"]]
            if len(hits) != 1:
                err(sid, "JSON-LD update headline does not match exactly one entry:", u["headline"][:50]); continue
            if datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) != datetime.fromisoformat(hits[0]["published"].replace("Z", "+00:00")):
                err(hits[0]["id"], "JSON-LD datePublished disagrees")

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

day_date, part_b_outlets = {}, set()
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; part_b_outlets.add(src)
        if reserved is not None and src.lower() in reserved:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off * 2 >= len(g["entries"]) and off < len(g["entries"]) and off >= 3)
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
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and e["importance"] == 3} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story at importance 3")
    for a, b in CROSS_DAY_DISTINCT:
        if a not in {e["story"] for e in d1} or b not in {e["story"] for e in d2}:
            err("cross-day distinct pair missing", a, b)
for d, who in seen.items():
    if d in forbidden or d[:4] != "2022" or not "03" <= d[5:7] <= "08":
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
for nline in notes:
    print("note:", nline)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}; Part B outlets {sorted(part_b_outlets)}")
