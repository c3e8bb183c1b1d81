#!/usr/bin/env python3
"""Independent checker for eval/cj: re-reads the seed files on their own and verifies the gold files against them.
It does not import build.py. Usage (from the project root): python3 eval/cj/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"8900": "Newry Reporter", "8901": "The Impartial Reporter", "8902": "Tyrone Courier", "8903": "Ballymena Guardian",
          "8904": "Coleraine Chronicle", "8905": "Portadown Times", "8906": "Lurgan Mail", "8907": "Banbridge Leader",
          "8908": "Mourne Observer", "8909": "Fermanagh Herald"}
DAYS = {"day1": ["8920", "8921", "8922", "8923", "8924"], "day2": ["8930", "8931", "8932", "8933", "8934"],
        "day3": ["8940", "8941", "8942", "8943", "8944"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# forbidden 2022 days in the allowed months (copied from the brief's list); the full list is read too when present
FORBIDDEN = set("""2022-06-01 2022-06-03 2022-06-06 2022-06-08 2022-06-09 2022-06-11 2022-06-12 2022-06-14 2022-06-16 2022-06-17 2022-06-18
2022-06-22 2022-06-23 2022-06-24 2022-06-26 2022-06-27 2022-06-28 2022-06-29 2022-06-30 2022-08-01 2022-08-02 2022-08-03 2022-08-05 2022-08-07
2022-08-09 2022-08-11 2022-08-12 2022-08-13 2022-08-14 2022-08-16 2022-08-18 2022-08-19 2022-08-20 2022-08-21 2022-08-23 2022-08-24 2022-08-25
2022-08-29 2022-08-31 2022-12-01 2022-12-02 2022-12-03 2022-12-05 2022-12-06 2022-12-07 2022-12-08 2022-12-09 2022-12-10 2022-12-12 2022-12-13
2022-12-14 2022-12-16 2022-12-17 2022-12-19 2022-12-20 2022-12-21 2022-12-22 2022-12-24 2022-12-29 2022-12-31""".split())
if os.path.exists("/tmp/blind-cj-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-cj-forbidden-days.txt").read().split())
RESERVED = set()
if os.path.exists("/tmp/blind-cj-reserved-outlets.txt"):
    RESERVED = {l.strip().lower() for l in open("/tmp/blind-cj-reserved-outlets.txt", encoding="utf-8") if l.strip()}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report|Listen)\b")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext == "txt":
        return raw
    t = re.sub(r"<(script|style)\b.*?</\1>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped HTML inside Atom content
    return html.unescape(t)


def month_no(word):
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if w == m or (len(w) >= 3 and m.startswith(w) and (len(w) == 3 or w == "sept")):
            return i + 1
    return None


DATE_RES = [  # (regex, group order)
    (re.compile(r"\b(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)(?:,? (\d{4}))?"), "dmy"),
    (re.compile(r"\b(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?([A-Z][a-z]+) (\d{1,2}),? (\d{4})"), "mdy"),
    (re.compile(r"\b()(\d\d)\.(\d\d)\.(\d{4})\b"), "num"),
]


def find_dates(text, year_hint):
    """All printed calendar dates on the page: list of (date, weekday-name-or-None)."""
    out = []
    for rx, kind in DATE_RES:
        for m in rx.finditer(text):
            wd, a, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
            if kind == "dmy":
                mon = month_no(b); day = int(a)
            elif kind == "mdy":
                mon = month_no(a); day = int(b)
            else:
                day, mon = int(a), int(b)
            if not mon or not 1 <= day <= 31:
                continue
            yr = int(y) if y else year_hint
            if yr is None:
                continue
            try:
                out.append((date(yr, mon, day), wd, m.group(0)))
            except ValueError:
                pass
    return out


def parse_clock(s):
    m = re.search(r"(?<![\d.:])(\d{1,2})[:.](\d\d)(?![\d:])\s*(am|pm|a\.m\.|p\.m\.)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    return h, mi


def zone_abbrev_ok(s, local):
    for ab in ("BST", "GMT", "IST", "CEST", "CET", "EEST", "EET", "EDT", "EST"):
        if re.search(rf"\b{ab}\b", s) and local.tzname() != ab:
            return f"zone label {ab} does not match {local.tzname()} in the page zone"
    return None


golds, texts, raws = {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without its extension + .json")
    if not re.fullmatch(r"89\d\d_[a-z0-9]+(-[a-z0-9]+)+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    ext = g["seed"].rsplit(".", 1)[1]
    raw = open(sp, encoding="utf-8").read(); text = visible_text(raw, ext)
    raws[sid], texts[sid] = raw, text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"] or not all(isinstance(x, str) and x for x in g["not_entries"]):
        err(sid, "not_entries must be a non-empty list of descriptions")
    zone = ZoneInfo(g["page_timezone"])
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    has_year = "2022" in text
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page prints no year but has no parse_args")
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args must be ['--date', 'YYYY-MM-DD']")
        if has_year:
            err(sid, "parse_args given although the page prints a year")
    year_hint = int(pa[1][:4]) if pa else None
    if year_hint is None:
        ys = re.findall(r"\b(20\d\d)\b", text)
        year_hint = int(ys[0]) if ys else None
    page_dates = find_dates(text, year_hint)
    for d0, wd, s in page_dates:  # printed weekday names must fit the printed dates
        if wd and WEEKDAYS[d0.weekday()][:len(wd)] != wd.lower():
            err(sid, "printed weekday does not fit the date", repr(s))
    if pa and not any(d0.isoformat() == pa[1] for d0, _, _ in page_dates):
        err(sid, "parse_args date is not the day printed on the page")

    # Key Points block: the headlines listed right after a 'Key Points' line
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
    # JSON-LD
    lds = []
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            lds.append(json.loads(m.group(1)))
        except ValueError:
            err(sid, "JSON-LD does not parse")
    time_elems = defaultdict(list)
    for m in re.finditer(r'<time\b[^>]*\bdatetime="([^"]+)"[^>]*>([^<]*)</time>', raw):
        time_elems[m.group(2).strip()].append(datetime.fromisoformat(m.group(1).replace("Z", "+00:00")))

    ids, locals_, pos = [], [], 0
    bare = []  # (index, (h, m)) for stamps that carry no date
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != idx + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:60])
            elif not any(len(l) == len(fs) or re.match(r"\s+[A-Z0-9\"\u201c\u2018]", l[len(fs):]) for l in hits):
                err(eid, "first_sentence does not end where a sentence ends in its line")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            inner = re.search(r"(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?][\"'\u201d\u2019]?\s+[A-Z]", fs[:-1])
            if inner:
                err(eid, "first_sentence holds more than one sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor text must come after the previous entry's
        anchor = e["headline"] or fs
        p = text.find(anchor, pos)
        if p < 0:
            err(eid, "entry is not in page order (anchor not found after the previous entry)")
        else:
            pos = p + 1
        # times
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); locals_.append(None); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        locals_.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not ISO UTC ...Z")
        elif datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        s = e["stamp"]
        if s is not None:
            s = s.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != local:
                    err(eid, "ISO stamp differs from published")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != local:
                    err(eid, "RFC 822 stamp differs from published")
            elif re.fullmatch(r"(\d+) (minutes|minute|hours|hour) ago", s):
                n, unit = int(s.split()[0]), s.split()[1]
                anc = re.search(r"Last updated (\d\d):(\d\d)", text)
                if not anc or not page_dates:
                    err(eid, "relative stamp without a printed anchor")
                else:
                    d0 = page_dates[0][0]
                    ref = datetime(d0.year, d0.month, d0.day, int(anc.group(1)), int(anc.group(2)), tzinfo=zone)
                    mins = int((ref - local).total_seconds() // 60)
                    got = mins if unit.startswith("minute") else mins // 60
                    if got != n or (unit.startswith("minute") and mins >= 60) or (unit.startswith("hour") and mins < 60):
                        err(eid, "relative stamp does not fit the anchor", s, mins)
                if local not in time_elems.get(s, []):
                    err(eid, "no <time datetime> with the published time behind the relative stamp")
            else:
                clk = parse_clock(s)
                if not clk:
                    err(eid, "unreadable stamp", repr(s))
                elif clk != (local.hour, local.minute):
                    err(eid, f"stamp clock {clk} != local {local:%H:%M}")
                else:
                    inside = find_dates(s, year_hint)
                    if inside:
                        if inside[0][0] != local.date():
                            err(eid, "date inside the stamp differs")
                    else:
                        bare.append((idx, clk))
                why = zone_abbrev_ok(s, local)
                if why:
                    err(eid, why)
            if s in time_elems and local not in time_elems[s]:
                err(eid, "the <time datetime> behind the stamp differs from published")
        else:
            forms = {f"{local:%H:%M}", f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}",
                     f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"}
            if not any(f in text for f in forms):
                err(eid, "no stamp and the dateline time is not printed")
            if not any(d0 == local.date() for d0, _, _ in page_dates):
                err(eid, "no stamp and the dateline date is not printed")
            dl = next((l for l in lines if any(f in l for f in forms)), "")
            why = zone_abbrev_ok(dl, local)
            if why:
                err(eid, "dateline:", why)
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        note = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and note.startswith("off-beat:")):
            err(eid, "off-beat entries must be other/unrelated, importance 1, notes 'off-beat: ...'")
        if note.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a duplicate must share the story and be importance 1")
                wa = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); wb = set(re.findall(r"\w+", (fs or "").lower()))
                if not wa or len(wa & wb) / len(wa | wb) < 0.7:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

    # re-read undated clock stamps on their own: walk the page in time order from the earliest printed date
    if bare:
        if len(bare) != len(g["entries"]):
            err(sid, "mixed dated and undated stamps")
        elif not page_dates:
            err(sid, "undated stamps but no date printed on the page")
        else:
            mins = [h * 60 + m for _, (h, m) in bare]
            down = sum(a > b for a, b in zip(mins, mins[1:])); up = sum(a < b for a, b in zip(mins, mins[1:]))
            order = list(reversed(bare)) if down > up else list(bare)
            day = min(d0 for d0, _, _ in page_dates); prev = None
            for idx, (h, m) in order:
                if prev is not None and h * 60 + m < prev:
                    day = day + timedelta(days=1)  # crossed local midnight
                prev = h * 60 + m
                want = datetime(day.year, day.month, day.day, h, m, tzinfo=zone)
                if locals_[idx] != want:
                    err(g["entries"][idx]["id"], f"undated stamp re-read as {want:%Y-%m-%d %H:%M} but gold says {locals_[idx]}")
    # page order in time: monotonic (newest-first or oldest-first) or all equal
    ls = [x for x in locals_ if x]
    if not (ls == sorted(ls) or ls == sorted(ls, reverse=True)):
        err(sid, "entries are neither oldest-first nor newest-first in page order")
    # JSON-LD agreement
    for obj in lds:
        types = obj.get("@type"); types = types if isinstance(types, list) else [types]
        if "LiveBlogPosting" in types:
            ups = obj.get("liveBlogUpdate") or []
            ups = ups if isinstance(ups, list) else [ups]
            if len(ups) != len(g["entries"]):
                err(sid, "JSON-LD update count differs from the entry count")
            for u in ups:
                cands = [x for x in g["entries"] if (u.get("headline") and x["headline"] == u.get("headline"))
                         or (not u.get("headline") and x["first_sentence"] and (u.get("articleBody") or "").startswith(x["first_sentence"]))]
                e = next((x for x in cands if x["published"] == datetime.fromisoformat(u["datePublished"]).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")),
                         cands[0] if cands else None)
                if not e:
                    err(sid, "JSON-LD update matches no entry:", (u.get("headline") or "")[:50]); continue
                if datetime.fromisoformat(u["datePublished"]).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ") != e["published"]:
                    err(e["id"], "JSON-LD update time differs from published")
                if u.get("author") and u["author"].get("name") != e["author"]:
                    err(e["id"], "JSON-LD update author differs")
        elif "NewsArticle" in types:
            a = datetime.fromisoformat(obj["datePublished"]); b = datetime.fromisoformat(obj.get("dateModified", obj["datePublished"]))
            for e, l in zip(g["entries"], locals_):  # a day article may be published after the events it times; a live page spans them
                if l and (l > b or (l < a and l.astimezone(zone).date() != a.astimezone(zone).date())):
                    err(e["id"], "outside the JSON-LD datePublished..dateModified day/range")

# ---------------------------------------------------------------- set-level constraints
seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "Part A entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "Part A page spans UTC days", days)
    for d in days:
        if d in seen:
            err(sid, "UTC day also used by", seen[d])
        seen[d] = sid
    fmts[g["seed"].rsplit(".", 1)[1]] += 1
if dict(fmts) != {"html": 4, "txt": 4, "xml": 2}:
    err("Part A format mix", dict(fmts))

known = {v.lower() for v in PART_A.values()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in RESERVED or src.lower() in known:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(g["seed"].rsplit(".", 1)[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off * 3 >= 2 * len(g["entries"]) - 1 and off < len(g["entries"]))
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
        err(day, "no general world feed with about 4 of 6 items off-beat")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2022" or d[5:7] not in ("06", "08", "12"):
        err(who, "UTC day not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in PART_A)}")
