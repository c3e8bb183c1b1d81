#!/usr/bin/env python3
"""Independent checker for eval/cy: re-reads the seed files on their own and verifies the gold files against them.
It shares no code with build.py. Usage (from the project root): python3 eval/cy/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PART_A = [("10400", "Post Register"), ("10401", "Coeur d'Alene Press"), ("10402", "Deseret News"), ("10403", "Standard-Examiner"),
          ("10404", "Daily Herald"), ("10405", "Laramie Boomerang"), ("10406", "Reno Gazette-Journal"), ("10407", "Nevada Appeal"),
          ("10408", "The Sheridan Press"), ("10409", "Jackson Hole News&Guide")]
PART_B = {"day1": ["10420", "10421", "10422", "10423"], "day2": ["10430", "10431", "10432", "10433"],
          "day3": ["10440", "10441", "10442", "10443", "10444"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
TEASER = re.compile(r"(Watch|Photos|Pictured|Video|Explained|Full report)\s*:")
# fallback only if the brief's list is not on disk: the 2025 days that were allowed when the set was written
ALLOWED_2025 = set("""01-21 01-31 02-08 02-16 03-21 04-02 04-29 05-01 05-05 05-28 05-31 06-15 06-30 07-20 07-26 07-27 08-04 08-08 08-17 08-27
09-01 09-05 09-09 09-22 09-27 10-08 10-12 10-19 10-27 10-31 11-02 11-03 11-07 11-15 11-22 11-30 12-12 12-17 12-21 12-24 12-25 12-26 12-27
12-28 12-29 12-30 12-31""".split())
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
MON_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
ABBREV = ("U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
ZONE_ABBR = {"GMT": [0], "UTC": [0], "BST": [60], "CET": [60], "CEST": [120], "EET": [120], "EEST": [180], "EST": [-300], "EDT": [-240],
             "MST": [-420], "MDT": [-360], "PST": [-480], "PDT": [-420], "ET": [-300, -240], "PT": [-480, -420], "MT": [-420, -360]}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!--.*?-->", "\n", t, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)  # escaped HTML inside Atom content
    return html.unescape(t)


def find_date(s):
    """(year or None, month, day) of the first date written in s, else None."""
    m = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", s)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r"\b" + MON_RE + r" (\d{1,2})(?:,? (\d{4}))?\b", s)
    if m:
        return (int(m.group(3)) if m.group(3) else None), MONTHS[m.group(1)[:3].lower()], int(m.group(2))
    m = re.search(r"\b(\d{1,2}) " + MON_RE + r"(?:,? (\d{4}))?(?=\W|$)", s)
    if m:
        return (int(m.group(3)) if m.group(3) else None), MONTHS[m.group(2)[:3].lower()], int(m.group(1))
    return None


def find_time(s):
    m = re.search(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


def zone_ok(s, local):
    off = int(local.utcoffset().total_seconds() // 60)
    for tok in re.findall(r"\b([A-Z]{2,4})\b", s):
        if tok in ZONE_ABBR and off not in ZONE_ABBR[tok]:
            return f"zone token {tok} does not fit offset {off} min"
    return None


def read_full(s, local):
    """Reads a stamp that carries its own date and time (or is ISO / RFC 822)."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    t = find_time(s)
    if not t:
        return "no time in stamp"
    if t != (local.hour, local.minute):
        return f"time {t[0]:02d}:{t[1]:02d} != local {local:%H:%M}"
    z = zone_ok(s, local)
    if z:
        return z
    d = find_date(s)
    if d is None:
        return "NODATE"
    y, mo, da = d
    if (mo, da) != (local.month, local.day) or (y is not None and y != local.year):
        return f"date in stamp {d} != local {local:%Y-%m-%d}"
    return None


def date_lines(text):
    """(offset, (y, m, d)) of short lines that are, or start with, a date (day headers, page dates)."""
    out = []; pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= 60:
            d = find_date(s)
            if d:
                out.append((pos, d))
        pos += len(line) + 1
    return out


golds = {}; seen_days = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp).split("_")[0]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if not re.fullmatch(sid + r"_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (want <id>_<outlet-slug>-<kind>.<ext>)")
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed stem + .json")
    raw = open(sp, encoding="utf-8").read(); text = visible(sp)
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    zone = g["page_timezone"]
    ZoneInfo(zone)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title is not in the visible text")
    pa = g.get("parse_args")
    if not re.search(r"\b2025\b", text) and not pa:
        err(sid, "the page prints no year but has no parse_args")
    if pa:
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            pd = date.fromisoformat(pa[1])
            if not any((m, d) == (pd.month, pd.day) for _, (y, m, d) in date_lines(text)):
                err(sid, "parse_args date is not a day printed on the page")
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
    anchor = None
    am = re.search(r"Last updated (.{0,40}?)(\d\d)\.(\d\d) BST", text)
    gm = re.search(r"page generated (\S+) -->", raw)
    ids = []; cursor = 0; order_pos = -1
    for idx, e in enumerate(g["entries"]):
        eid = e.get("id", "?")
        need = ["id", "headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs", "topic",
                "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]
        miss = [k for k in need if k not in e]
        if miss:
            err(eid, "missing fields", miss); continue
        if eid != f"{sid}-{idx + 1:02d}":
            err(eid, "ids must be <seed id>-NN in page order")
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and not re.search(r"(?<![\w])" + re.escape(e[k]) + r"(?![\w])", text):
                err(eid, k, "is not an exact whole-word substring of the visible page:", e[k][:70])
        if e["headline"] is not None and not any(l == e["headline"] or l.endswith(" \u2014 " + e["headline"]) for l in lines):
            err(eid, "headline is not a whole line (or the text after 'TIME \u2014 ') of the page")
        # page order: each entry's anchor (headline, else first sentence) appears after the previous one
        key = e["headline"] or e["first_sentence"]
        p = text.find(key, order_pos + 1) if key else -1
        if p < 0:
            err(eid, "entry not found in page order")
        else:
            order_pos = p
        fs = e["first_sentence"]
        if fs is not None:
            hits = [l for l in lines if l.startswith(fs)]
            if not hits:
                err(eid, "first_sentence does not start a text line:", fs[:70])
            elif not any(re.match(r"(\s+[A-Z0-9\"\u201c\u2018(]|$)", l[len(fs):]) for l in hits):
                err(eid, "first_sentence is not followed by a sentence start or the end of the paragraph")
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if fs.endswith(ABBREV) and all(len(l) > len(fs) for l in hits):
                err(eid, "first_sentence stops at an abbreviation, not at a sentence end")
            for m in re.finditer(r"[.!?][\"\u201d\u2019]?(?=\s+[A-Z0-9\"\u201c\u2018(])", fs):
                if not fs[:m.end()].endswith(ABBREV):
                    err(eid, "first_sentence runs past a sentence end:", fs[:m.end()][-40:])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
            if e["headline"] and p >= 0 and text.find(fs, p) < 0:
                err(eid, "first_sentence is not after its headline")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != zone:
            err(eid, "published_local malformed or not in page_timezone"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published must be ...Z"); continue
        if datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != local:
            err(eid, "published != published_local")
        st = e["stamp"]
        if st is not None:
            rel = re.fullmatch(r"(\d+) (min|hr|hrs) ago", st)
            if rel:  # relative visible text: the exact instant must sit in the <time datetime> around it, consistent with the page's generation time
                tm = re.search(r'<time datetime="([^"]+)"[^>]*>' + re.escape(st) + "</time>", raw)
                if not tm or datetime.fromisoformat(tm.group(1)) != local:
                    err(eid, "relative stamp without a matching <time datetime>")
                if not gm:
                    err(eid, "relative stamp but no page generation time")
                else:
                    mins = int((datetime.fromisoformat(gm.group(1)) - local).total_seconds() // 60)
                    n = int(rel.group(1))
                    if (rel.group(2) == "min" and n != mins) or (rel.group(2) != "min" and n != mins // 60):
                        err(eid, "relative stamp does not fit the generation time")
            else:
                why = read_full(st, local)
                if why == "NODATE":  # stamp without a date: the nearest date line above it on the page must be the local day
                    sp_ = text.find(st, cursor)
                    if sp_ < 0:
                        err(eid, "stamp not found after the previous entry's stamp"); sp_ = cursor
                    above = [d for off, d in date_lines(text) if off < sp_]
                    if not above:
                        err(eid, "undated stamp with no date line above it")
                    else:
                        y, mo, da = above[-1]
                        if (mo, da) != (local.month, local.day) or (y is not None and y != local.year):
                            err(eid, "undated stamp under a date line of another day", above[-1])
                    why = None
                if why:
                    err(eid, "stamp", repr(st), why)
                nxt = text.find(st, cursor)
                if nxt >= 0:
                    cursor = nxt + 1
                # a relative line right above an absolute stamp must agree with the page's 'Last updated' time
                li = next((i for i, l in enumerate(lines) if l == st), None)
                if li and am and re.fullmatch(r"\d+[mh] ago", lines[li - 1]):
                    ref = local.replace(hour=int(am.group(2)), minute=int(am.group(3)))
                    mins = int((ref - local).total_seconds() // 60)
                    rl = lines[li - 1]
                    if (rl.endswith("m ago") and int(rl[:-5]) != mins) or (rl.endswith("h ago") and int(rl[:-5]) != mins // 60):
                        err(eid, "relative line above the stamp disagrees with 'Last updated'")
        else:  # stampless (article sections, digests): the basis must quote a printed dateline that resolves to published
            q = re.search(r"'([^']+)'", e["published_basis"] or "")
            if not q or q.group(1) not in text:
                err(eid, "stampless entry: basis must quote a dateline printed on the page")
            else:
                why = read_full(q.group(1), local)
                if why:
                    err(eid, "quoted dateline", repr(q.group(1)), why)
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "a core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "'other' with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS - {"other"}:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        offbeat = (e["notes"] or "").startswith("off-beat:")
        if (e["subtopic"] == "unrelated") != offbeat:
            err(eid, "off-beat note and subtopic 'unrelated' must go together")
        if e["subtopic"] == "unrelated" and (e["topic"] != "other" or e["importance"] != 1):
            err(eid, "off-beat entries are other/unrelated/importance 1")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "a duplicate shares the story and is importance 1")
                if orig["published"] > e["published"]:
                    err(eid, "a duplicate must not predate its original")
                wa = set(re.findall(r"\w+", ((orig["headline"] or "") + " " + (orig["first_sentence"] or "")).lower()))
                wb = set(re.findall(r"\w+", ((e["headline"] or "") + " " + (e["first_sentence"] or "")).lower()))
                if len(wa & wb) / max(1, len(wa | wb)) < 0.6:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

# ---------------------------------------------------------------- Part A
fmts = defaultdict(int)
for sid, outlet in PART_A:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if g["source"] != outlet:
        err(sid, "source should be", outlet)
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "entries span UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
extra = set(golds) - {s for s, _ in PART_A} - {s for v in PART_B.values() for s in v}
if extra:
    err("unexpected gold files", sorted(extra))

# ---------------------------------------------------------------- Part B
reserved = set()
if os.path.exists("/tmp/blind-cy-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cy-reserved-outlets.txt", encoding="utf-8") if l.strip()}
reserved_roots = {r.split()[0] for r in reserved}
real_a = {o.lower() for _, o in PART_A}
day_date = {}
for day, sids in PART_B.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set(); srcs = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]; srcs.add(src)
        if src.lower() in reserved or src.lower() in real_a or src.split()[0].lower() in reserved_roots:
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (off >= 4 and len(g["entries"]) - off >= 1 and off * 3 >= len(g["entries"]) * 2)
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen_days:
        err(day, "UTC day also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(exts) < 3:
        err(day, "size/sources/formats", n, len(sids), exts)
    if not world:
        err(day, "no general world feed (about 4 of 6 items off-beat)")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [k for k, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    for k in big:
        hs = [e["headline"] for e in ents if e["story"] == k and e["first_sentence"] and not e["duplicate_of"]]
        fss = [e["first_sentence"] for e in ents if e["story"] == k and e["first_sentence"] and not e["duplicate_of"]]
        if len(set(fss)) < len(fss) - sum("re-post" in (e["notes"] or "").lower() for e in ents if e["story"] == k):
            err(day, k, "the 3+ source story repeats wording across entries")
    if not any(e["first_sentence"] is None and e["headline"] and TEASER.match(e["headline"]) for e in ents):
        err(day, "no teaser without body")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece (explainer/analysis)")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no near-verbatim repeat inside one page")
    if not any("must not merge" in (e["notes"] or "").lower() for e in ents):
        err(day, "no must-not-merge pair noted")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
if day_date.get("day1") and day_date.get("day2"):
    if date.fromisoformat(day_date["day2"]) - date.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not day 1 + 1")
    d1 = [e for s in PART_B["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in PART_B["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post of day-1" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a 're-post of day-1' note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    for e in d2:
        if e["story"] in cont and e not in rep and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
            err(e["id"], "continued multi-seed story should be importance 3")

# ---------------------------------------------------------------- dates
forbidden = None
if os.path.exists("/tmp/blind-cy-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-cy-forbidden-days.txt").read().split())
for d, who in seen_days.items():
    if d[:4] != "2025":
        err(who, "not in 2025", d)
    if (forbidden is not None and d in forbidden) or (forbidden is None and d[5:] not in ALLOWED_2025):
        err(who, "UTC day is forbidden", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; days {day_date}; single pages {sorted((d, w) for d, w in seen_days.items() if w[0].isdigit())}")
