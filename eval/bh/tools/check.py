#!/usr/bin/env python3
"""Independent checker for eval/bh. It does not import build.py: it re-reads the seed files and verifies every gold file
against them (exact substrings, stamps re-read on their own, page order, label rules, the set's constraints).
Usage (from the project root):  python3 eval/bh/tools/check.py   -> prints OK ... or the list of problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = {"6100": "The Buffalo News", "6101": "The Commercial Appeal", "6102": "The Tennessean", "6103": "The Des Moines Register",
          "6104": "Times & Transcript", "6105": "The Examiner", "6106": "Nottingham Post", "6107": "Hull Daily Mail",
          "6108": "The Guardian (Nigeria)", "6109": "KUNA"}
DAYS = {"day1": ["6120", "6121", "6122", "6123"], "day2": ["6130", "6131", "6132", "6133"], "day3": ["6140", "6141", "6142", "6143", "6144"]}
# must-not-merge pairs (story slugs that must stay distinct and must both exist on that day)
MUST_NOT_MERGE = {
    "day1": [("bucha-civilian-bodies", "kyiv-region-retaken"), ("kyiv-region-retaken", "zelensky-warns-mines-north-of-kyiv"),
             ("lithuania-halts-russian-gas", "latvia-estonia-russian-gas-debate"), ("explainer-humanitarian-corridors", "mariupol-evacuees-reach-zaporizhzhia")],
    "day2": [("odesa-fuel-depot-strike-2022-04-03", "mykolaiv-shelling-2022-04-03"), ("odesa-fuel-depot-strike-2022-04-03", "zelensky-appeal-anti-ship-missiles"),
             ("bucha-civilian-bodies", "motyzhyn-village-head-killed"), ("bucha-civilian-bodies", "zelensky-invites-merkel-sarkozy-bucha")],
    "day3": [("desna-training-site-strike-2022-05-17", "lviv-region-rail-strike-2022-05-17"), ("desna-training-site-strike-2022-05-17", "sievierodonetsk-shelling-2022-05-16"),
             ("azovstal-fighters-evacuated", "duma-azov-exchange-ban-proposal"), ("azovstal-fighters-evacuated", "explainer-azovstal-pow-status"),
             ("finland-parliament-approves-nato-bid", "sweden-signs-nato-application"), ("finland-parliament-approves-nato-bid", "erdogan-opposes-nordic-nato-bids"),
             ("sweden-signs-nato-application", "germany-backs-nordic-nato-ratification")],
}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
# forbidden days inside the allowed window (copied from /tmp/blind-bh-forbidden-days.txt; the file itself is also read when present)
FORBIDDEN = set("""2022-03-02 2022-03-03 2022-03-05 2022-03-06 2022-03-07 2022-03-09 2022-03-10 2022-03-11 2022-03-14 2022-03-15 2022-03-16
2022-03-18 2022-03-21 2022-03-22 2022-03-24 2022-03-27 2022-03-29 2022-04-01 2022-04-05 2022-04-06 2022-04-08 2022-04-09 2022-04-12 2022-04-13
2022-04-14 2022-04-20 2022-04-26 2022-04-28 2022-05-03 2022-05-05 2022-05-09 2022-05-10 2022-05-11 2022-05-13 2022-05-15 2022-05-18 2022-05-20
2022-05-22 2022-05-24 2022-05-27""".split())
if os.path.exists("/tmp/blind-bh-forbidden-days.txt"):
    FORBIDDEN |= set(open("/tmp/blind-bh-forbidden-days.txt").read().split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ABBR_OFFSET = {"BST": 1, "CEST": 2, "EEST": 3, "ADT": -3, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "AEST": 10, "WAT": 1, "SAST": 2, "GMT": 0}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)          # escaped HTML inside feed content
    return html.unescape(t)


def mon(name):
    n = name.lower()
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


DATE_PATS = [  # (regex, groups -> (day, month, year or None))
    (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    (r"\b([A-Z][a-z]+) (\d{1,2}),? (\d{4})\b", lambda m: (int(m[2]), mon(m[1]), int(m[3])) if mon(m[1]) else None),
    (r"\b(\d{1,2}) ([A-Za-z]+),? (\d{4})\b", lambda m: (int(m[1]), mon(m[2]), int(m[3])) if mon(m[2]) else None),
    (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ([A-Z][a-z]+) (\d{1,2})\b(?!,? \d{4})", lambda m: (int(m[2]), mon(m[1]), None) if mon(m[1]) else None),
    (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ([A-Z][a-z]+)\b(?! \d{4})", lambda m: (int(m[1]), mon(m[2]), None) if mon(m[2]) else None),
]


def last_date_before(text, pos):
    best = None
    for pat, fn in DATE_PATS:
        for m in re.finditer(pat, text[:pos]):
            v = fn(m)
            if v and (best is None or m.start() > best[0]):
                best = (m.start(), v)
    return best[1] if best else None


def hm_of(stamp):
    stamp = re.sub(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", " ", stamp)
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", stamp)
    if not m:
        return None
    h, mi = int(m[1]), int(m[2])
    if m[3]:
        h = h % 12 + (12 if m[3].lower().startswith("p") else 0)
    return h, mi


def offset_hours(local):
    return local.utcoffset().total_seconds() / 3600


def read_stamp(st, local, raw, text, spos, year_hint):
    """Returns None when the printed stamp, read on its own (plus the page's date lines), gives the gold local time."""
    s = st.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(?:Updated )?(\d+) (mins|hrs|hr) ago", s)
    if m:
        tm = re.search(r'<time datetime="([^"]+)"[^>]*>' + re.escape(s) + "</time>", raw)
        if not tm:
            return "relative stamp without a datetime attribute"
        if datetime.fromisoformat(tm[1]) != local:
            return "datetime attribute differs from published"
        return None
    hm = hm_of(s)
    if not hm:
        return "unreadable stamp"
    if hm != (local.hour, local.minute):
        return f"time {hm[0]:02d}:{hm[1]:02d} != local {local:%H:%M}"
    z = re.search(r"\b(BST|CEST|EEST|ADT|EDT|EST|CDT|CST|GMT|ET|CT)\b", s)
    if z:
        ab = z[1]
        want = {"ET": (-4, -5), "CT": (-5, -6)}.get(ab, (ABBR_OFFSET.get(ab),))
        if offset_hours(local) not in want:
            return f"zone {ab} does not match offset {offset_hours(local)}"
    md = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)
    if md:
        return None if (int(md[1]), int(md[2]), int(md[3])) == (local.day, local.month, local.year) else "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2,8}) (\d{1,2}),", s)
    if md and mon(md[1]):
        return None if (mon(md[1]), int(md[2])) == (local.month, local.day) else "month/day in stamp differ"
    d = last_date_before(text, spos)
    if not d:
        return "no date printed before an undated stamp"
    day, month, year = d
    year = year or year_hint
    if (day, month, year) != (local.day, local.month, local.year):
        return f"nearest preceding date {day}.{month}.{year} != local {local:%d.%m.%Y}"
    return None


def shingles(t, n=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


# other texts the set must not copy from (allowed reading only)
foreign = set()
for p in glob.glob("/work/shared/seeds/*.txt") + ["/work/main/eval/ap/tools/build.py"]:
    if os.path.exists(p):
        foreign |= shingles(open(p, encoding="utf-8").read())

golds, texts, raws = {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    if not re.fullmatch(r"61\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g.get("seed", "")):
        err(gp, "bad seed file name", g.get("seed"))
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    raw = open(sp, encoding="utf-8").read(); text = visible(sp)
    raws[sid], texts[sid] = raw, text
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = ZoneInfo(g["page_timezone"])
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    has_year = "2022" in raw
    pa = g.get("parse_args")
    if not has_year and not pa:
        err(sid, "page names no year but has no parse_args")
    if pa:
        if pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        if has_year:
            err(sid, "parse_args on a page that prints its year")
        if pa[1] not in {e["published_local"][:10] for e in g["entries"]}:
            err(sid, "parse_args date is not a printed local day of the page")
    year_hint = int(pa[1][:4]) if pa else 2022
    if shingles(text) & foreign:
        err(sid, "8-word overlap with the shared seeds or eval/ap:", sorted(shingles(text) & foreign)[:2])
    # Key Points block (also Reach's 'Key Events'): the headlines listed right under the heading
    kp_heads = set()
    for i, l in enumerate(lines):
        if l.lower() in ("key points", "key events"):
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if not l2:
                    continue
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.add(l2)
                else:
                    break
    ids, pos, times = [], 0, []
    for e in g["entries"]:
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or int(eid[-2:]) != len(ids) + 1:
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            ok = False
            for l in lines:
                rest = None
                if l.startswith(fs):
                    rest = l[len(fs):]
                elif e["stamp"] and l.startswith(e["stamp"] + ": " + fs):
                    rest = l[len(e["stamp"] + ": " + fs):]
                if rest is not None and (rest == "" or re.match(r"\s+[A-Z0-9\"'\u201c(]", rest)):
                    ok = True
            if not ok:
                err(eid, "first_sentence is not a whole sentence opening a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but body_paragraphs < 1")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        # page order: the entry's anchor must come after the previous entry's
        anchor = e["headline"] or fs
        p = text.find(anchor, pos)
        if p < 0:
            err(eid, "entry is not in page order"); p = pos
        # the stamp occurrence closest to the anchor
        spos = p
        if e["stamp"]:
            occ = [m.start() for m in re.finditer(re.escape(e["stamp"]), text)]
            if occ:
                spos = min(occ, key=lambda o: abs(o - p))
        pos = p + 1
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m[2] != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m[1], "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        times.append(local)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be UTC ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(e["stamp"], local, raw, text, spos, year_hint)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # section articles: the dateline's local time and day must be printed
            hm12 = f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"
            if f"{local:%H:%M}" not in text and hm12 not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if not re.search(rf"\b{local.day} {MONTHS[local.month - 1]} {local.year}\b|\b{MONTHS[local.month - 1]} {local.day}, {local.year}\b", text, re.I):
                err(eid, "no stamp and the dateline day is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "topic other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e.get("notes") or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat entries: other/unrelated, importance 1, note 'off-beat:'")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report):", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if len(shingles(orig["first_sentence"] or "", 3) & shingles(fs or "", 3)) < 0.8 * max(1, len(shingles(fs or "", 3))):
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under a Key Points block")
        elif e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # one direction of time order per page (newest-first or oldest-first); section articles share one time
    if times and not (times == sorted(times) or times == sorted(times, reverse=True)):
        err(sid, "entries are neither oldest-first nor newest-first")
    # JSON-LD per-update times, where a page has them, must agree with the gold
    for blob in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
        ld = json.loads(blob)
        nodes = ld.get("@graph", [ld]) if isinstance(ld, dict) else ld
        for n in nodes:
            ups = n.get("liveBlogUpdate") if isinstance(n, dict) else None
            if isinstance(ups, dict):
                ups = [ups]
            for u in ups or []:
                match = [e for e in g["entries"] if e["headline"] == u.get("headline")]
                if match and u.get("datePublished"):
                    t = datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00"))
                    if not any(datetime.fromisoformat(x["published"].replace("Z", "+00:00")) == t for x in match):
                        err(sid, "JSON-LD update time differs for", u["headline"][:40])

# relative stamps on one page must be consistent with a single fetch time
for sid, g in golds.items():
    rel = [(e, re.fullmatch(r"(?:Updated )?(\d+) (mins|hrs|hr) ago", e["stamp"] or "")) for e in g["entries"]]
    rel = [(e, m) for e, m in rel if m]
    if rel:
        lo, hi = datetime.min.replace(tzinfo=ZoneInfo("UTC")), datetime.max.replace(tzinfo=ZoneInfo("UTC"))
        for e, m in rel:
            t = datetime.fromisoformat(e["published"].replace("Z", "+00:00")); n = int(m[1])
            unit = timedelta(minutes=1) if m[2] == "mins" else timedelta(hours=1)
            lo, hi = max(lo, t + n * unit), min(hi, t + (n + 1) * unit)
        if lo >= hi:
            err(sid, "relative stamps cannot come from one fetch time")

seen = {}
fmts = defaultdict(int)
for sid, outlet in PART_A.items():
    g = golds.get(sid)
    if not g:
        err(sid, "Part A seed missing"); continue
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
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
# hard cases that Part A must contain
pa_g = [golds[s] for s in PART_A if s in golds]
if not any(g.get("parse_args") for g in pa_g):
    err("Part A: no page without a year")
if not any(len({e["published_local"][:10] for e in g["entries"]}) > 1 for g in pa_g):
    err("Part A: no page crossing local midnight")
if not any(e["headline"] is None for g in pa_g for e in g["entries"]):
    err("Part A: no entry without a headline")
dirs = set()
for g in pa_g:
    ts = [e["published"] for e in g["entries"]]
    if len(set(ts)) > 1:
        dirs.add("old" if ts == sorted(ts) else "new")
if dirs != {"old", "new"}:
    err("Part A: needs both newest-first and oldest-first pages")

reserved = set()
if os.path.exists("/tmp/blind-bh-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-bh-reserved-outlets.txt", encoding="utf-8") if l.strip()}
day_date = {}
stories_by_day = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src in PART_A.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if len(g["entries"]) >= 5 and off >= 4 and off * 3 >= 2 * len(g["entries"]):
            world = True
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    stories_by_day[day] = stories
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed with about 4 of 6 items off-beat")
    if not any(len(v) >= 3 for v in stories.values()):
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside a page")
    for a, b in MUST_NOT_MERGE[day]:
        if a not in stories or b not in stories:
            err(day, "must-not-merge story missing:", a if a not in stories else b)
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    # spelling variants of the 3+ story's place names are deliberate; at least two spellings should occur on the day
    big = [s for s, v in stories.items() if len(v) >= 3]
    spell = {"bucha-civilian-bodies": ["Bucha", "Boutcha", "Butcha", "Buča"], "desna-training-site-strike-2022-05-17": ["Chernihiv", "Chernigov"],
             "odesa-fuel-depot-strike-2022-04-03": ["Odesa", "Odessa"]}
    if not any(sum(any(v in (x["headline"] or "") + " " + (x["first_sentence"] or "") for x in ents if x["story"] == s) for v in spell.get(s, [])) >= 2 for s in big):
        err(day, "no spelling variants in the 3+ source story")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
if day_date.get("day3") and day_date.get("day1"):
    if abs((date.fromisoformat(day_date["day3"]) - date.fromisoformat(day_date["day2"])).days) < 2:
        err("day 3 should be a separate day")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2022" or d[5:7] not in ("03", "04", "05"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days "
      f"{sorted((d, w) for d, w in seen.items() if w in PART_A)}")
