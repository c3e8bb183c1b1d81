#!/usr/bin/env python3
"""Independent checker for eval/be: re-reads the seed files (never build.py's tables) and verifies the gold files against them.
Usage (from the project root): python3 eval/be/tools/check.py   -> prints OK or the list of problems."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"5800": "South Wales Evening Post", "5801": "Derry Journal", "5802": "Nelson Mail", "5803": "Hawke's Bay Today", "5804": "Riyadh Daily",
          "5805": "Iraqi News Agency", "5806": "Kabar", "5807": "IRNA English", "5808": "Philippine News Agency", "5809": "Maldives Independent"}
DAYS = {"day1": ("5820", "5824"), "day2": ("5830", "5834"), "day3": ("5840", "5844")}
# must-not-merge pairs (same place or same theme, different events), per day: both slugs must be present that day and differ
MUST_NOT_MERGE = {
    "day1": [("zaporizhzhia-strike-2025-10-15", "znpp-power-line-repair-truce-2025-10-15"),
             ("zaporizhzhia-strike-2025-10-15", "russia-claims-village-near-stepnohirsk-2025-10-15"),
             ("zaporizhzhia-strike-2025-10-15", "kharkiv-drone-strike-2025-10-15"),
             ("zaporizhzhia-strike-2025-10-15", "ukraine-drones-saratov-refinery-2025-10-15"),
             ("kharkiv-drone-strike-2025-10-15", "kharkiv-region-child-evacuations-2025-10-15"),
             ("udcg-brussels-air-defence-pledges-2025-10-15", "uk-ukraine-interceptor-drone-deal-2025-10-15"),
             ("udcg-brussels-air-defence-pledges-2025-10-15", "explainer-purl-scheme")],
    "day2": [("russian-strike-gas-facilities-2025-10-16", "feodosia-oil-depot-strike-2025-10-16"),
             ("russian-strike-gas-facilities-2025-10-16", "zaporizhzhia-strike-2025-10-15"),
             ("trump-putin-call-budapest-summit-2025-10-16", "ukrainian-delegation-washington-talks-2025-10-16"),
             ("trump-putin-call-budapest-summit-2025-10-16", "analysis-tomahawk-debate")],
    "day3": [("russian-mass-strike-energy-rail-2025-12-06", "kherson-bus-stop-shelling-2025-12-06"),
             ("russian-mass-strike-energy-rail-2025-12-06", "ukraine-drone-strike-ryazan-refinery-2025-12-06"),
             ("russian-mass-strike-energy-rail-2025-12-06", "russia-says-ukrainian-drones-downed-2025-12-06"),
             ("russian-mass-strike-energy-rail-2025-12-06", "analysis-ukraine-grid-resilience"),
             ("us-ukraine-talks-miami-2025-12-06", "zelensky-london-meeting-announced-2025-12-06")],
}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN_FALLBACK = set("""2025-10-02 2025-10-05 2025-10-09 2025-10-10 2025-10-14 2025-10-17 2025-10-21 2025-10-22 2025-10-23 2025-10-28
2025-11-04 2025-11-06 2025-11-12 2025-11-18 2025-11-19 2025-11-20 2025-11-23 2025-11-25 2025-11-26 2025-11-29 2025-12-02 2025-12-04 2025-12-05
2025-12-08 2025-12-10 2025-12-14 2025-12-16 2025-12-18 2025-12-19""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ZONE_ABBR = {"BST": [1], "GMT": [0], "UTC": [0], "CEST": [2], "CET": [1], "EEST": [3], "EET": [2], "ET": [-5, -4], "EST": [-5], "EDT": [-4]}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path, raw):
    if path.endswith(".txt"):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S | re.I)
    t = re.sub(r"<style\b.*?</style>", "\n", t, flags=re.S | re.I)
    t = re.sub(r"<\?xml.*?\?>", "\n", t)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    if path.endswith(".xml"):  # escaped HTML inside feed content
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def month_no(tok):
    tok = tok.lower().rstrip(".")
    if tok == "sept":
        return 9
    for i, m in enumerate(MONTHS):
        if tok == m or (len(tok) >= 3 and m.startswith(tok)):
            return i + 1
    return None


DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}\.?),? (\d{4})?")
MDY = re.compile(r"\b([A-Za-z]{3,9}\.?) (\d{1,2})(?:,? (\d{4}))?\b")
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
TIME = re.compile(r"(?<![\d/])(\d{1,2})[:.](\d\d)(?![\d/])\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?:\s+(BST|GMT|UTC|CEST|CET|EEST|EET|ET|EST|EDT)\b)?")


def find_date(s):
    """(day, month, year|None) of the first date written in s, else None."""
    m = SLASH.search(s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    for m in DMY.finditer(s):
        mo = month_no(m.group(2))
        if mo:
            return int(m.group(1)), mo, int(m.group(3)) if m.group(3) else None
    for m in MDY.finditer(s):
        mo = month_no(m.group(1))
        if mo and 1 <= int(m.group(2)) <= 31:
            return int(m.group(2)), mo, int(m.group(3)) if m.group(3) else None
    return None


def find_time(s):
    m = TIME.search(s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi, m.group(4)


def is_date_line(l):
    return len(l) <= 70 and not l.endswith(".") and find_date(l) is not None


def zone_ok(abbr, local):
    if not abbr:
        return True
    off = local.utcoffset().total_seconds() / 3600
    return off in ZONE_ABBR[abbr]


def check_local(eid, what, date, tm, local):
    if tm is None:
        err(eid, what, "has no readable time"); return
    if (tm[0], tm[1]) != (local.hour, local.minute):
        err(eid, what, f"time {tm[0]:02d}:{tm[1]:02d} != local {local:%H:%M}")
    if not zone_ok(tm[2], local):
        err(eid, what, f"zone {tm[2]} does not match the page zone offset {local.utcoffset()}")
    if date is not None and (date[0], date[1], date[2]) != (local.day, local.month, local.year):
        err(eid, what, f"date {date} != local {local:%Y-%m-%d}")


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
    if not re.fullmatch(r"58\d\d_[a-z0-9]+-[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw)
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    year_hint = None
    has_year = re.search(r"\b2025\b", text) is not None
    if g.get("parse_args"):
        pa = g["parse_args"]
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2025-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year_hint = int(pa[1][:4])
            if not any(e["published_local"].startswith(pa[1]) for e in g["entries"]):
                err(sid, "parse_args day is not the local day of any entry")
        if has_year:
            err(sid, "parse_args given but the page prints a year")
    elif not has_year:
        err(sid, "page prints no year but has no parse_args")
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")

    # structural checks per format
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as ex:
            err(sid, "feed is not well-formed XML:", ex)
    ld_blocks = []
    if sp.endswith(".html"):
        for blk in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, flags=re.S):
            try:
                ld_blocks.append(json.loads(blk))
            except ValueError as ex:
                err(sid, "JSON-LD does not parse:", ex)

    # Key Points / Key Events block: the headline lines right under the header
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

    ids = []; used_stamp_lines = set(); prev_anchor = -1
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
            hits = [l for l in lines if fs in l]
            good = False
            for l in hits:
                pre = l[:l.index(fs)]
                post = l[l.index(fs) + len(fs):]
                if (pre == "" or re.fullmatch(r"[A-Z][a-z]+, [A-Z][a-z]{2}\. \d{1,2} /Kabar/\. ", pre)) and (post == "" or re.match(r"\s+[A-Z0-9\"\u201c\u2018]", post)):
                    good = True
            if not good:
                err(eid, "first_sentence is not the whole first sentence of a text line:", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            inner = [m.start() for m in re.finditer(r"[.!?][\"\u201d\u2019]?\s+[A-Z0-9\"\u201c\u2018]", fs)]
            if inner:
                err(eid, "first_sentence contains a sentence break:", fs[:60])
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0 or not e["headline"]:
            err(eid, "entry without body must be a headline-only teaser with importance 1 and 0 paragraphs")
        # page order: the entry's anchor (first_sentence, else headline) comes after the previous entry's
        anchor = fs or e["headline"]
        apos = [i for i, l in enumerate(lines) if anchor in l and i > prev_anchor]
        if not apos:
            err(eid, "entry text not found after the previous entry (page order)")
            anchor_line = None
        else:
            anchor_line = apos[0]; prev_anchor = anchor_line
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not ...Z"); ids.append(eid); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        local = pub.astimezone(zone)
        if local.strftime("%Y-%m-%d %H:%M") != m.group(1):
            err(eid, "published != published_local")
        st = e["stamp"]
        if st is not None:
            s = st.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != pub:
                    err(eid, "ISO stamp differs from published")
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
                if parsedate_to_datetime(s) != pub:
                    err(eid, "RFC 822 stamp differs from published")
            else:
                tm = find_time(s); date = find_date(s)
                if date is not None and date[2] is None:
                    date = (date[0], date[1], year_hint)
                if date is None:
                    # undated stamp: the occurrence nearest the entry's text, then the last date line above it
                    occ = [i for i, l in enumerate(lines) if s in l and i not in used_stamp_lines]
                    if not occ or anchor_line is None:
                        err(eid, "stamp occurrence not found"); ids.append(eid); continue
                    si = min(occ, key=lambda i: abs(i - anchor_line))
                    if abs(si - anchor_line) > 12:
                        err(eid, "stamp is far from the entry text")
                    used_stamp_lines.add(si)
                    dls = [find_date(l) for l in lines[:si] if is_date_line(l)]
                    if not dls:
                        err(eid, "undated stamp and no date line above it"); ids.append(eid); continue
                    d0 = dls[-1]
                    date = (d0[0], d0[1], d0[2] if d0[2] else year_hint)
                    if date[2] is None:
                        err(eid, "no year for an undated stamp (page year or parse_args)")
                check_local(eid, f"stamp {s!r}", date, tm, local)
        else:
            # stampless (article sections): a printed dateline must give exactly this local date and time
            found = False
            for l in lines:
                if len(l) <= 70 and find_time(l) and find_date(l):
                    d0 = find_date(l); t0 = find_time(l)
                    if (d0[0], d0[1], d0[2] or year_hint) == (local.day, local.month, local.year) and t0[:2] == (local.hour, local.minute) and zone_ok(t0[2], local):
                        found = True
            if not found:
                err(eid, "no stamp and no printed dateline giving", local.strftime("%Y-%m-%d %H:%M"))
        # labels
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in TOPICS:
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or not set(e["secondary_topics"]) <= TOPICS:
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance value")
        notes = e["notes"] or ""
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and notes.startswith("off-beat:")):
            err(eid, "off-beat rule")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an entry above it on the page")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if orig["published"] >= e["published"]:
                    err(eid, "duplicate must be published after its original")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
                if not a or len(a & b) / len(a | b) < 0.8:
                    err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points / Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)

    # format-specific re-reads
    if sp.endswith(".xml"):
        root = ET.fromstring(raw.encode("utf-8"))
        A = "{http://www.w3.org/2005/Atom}"
        items = root.findall("./channel/item") or root.findall(A + "entry")
        if len(items) != len(g["entries"]):
            err(sid, "feed item count", len(items), "!= gold entries", len(g["entries"]))
        for it, e in zip(items, g["entries"]):
            if it.tag == "item":
                title = it.findtext("title"); when = parsedate_to_datetime(it.findtext("pubDate")); body = it.findtext("description") or ""; auth = None
            else:
                title = it.findtext(A + "title"); when = datetime.fromisoformat(it.findtext(A + "published").replace("Z", "+00:00"))
                auth = it.findtext(A + "author/" + A + "name"); c = it.find(A + "content")
                body = (c.text or "") if c.get("type") != "xhtml" else ET.tostring(c, encoding="unicode")
            if title != e["headline"]:
                err(e["id"], "feed title differs from headline")
            if when != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                err(e["id"], "feed time differs from published")
            if auth != e["author"]:
                err(e["id"], "feed author differs:", auth, e["author"])
            n = len(re.findall(r"<(?:\w+:)?p[ >]", body)) or (1 if body.strip() else 0)
            if n != e["body_paragraphs"]:
                err(e["id"], "feed body paragraphs", n, "!= gold", e["body_paragraphs"])
    if sp.endswith(".html"):
        times = re.findall(r'<time datetime="([^"]+)"', raw)
        if times and len(times) == len(g["entries"]):
            for t, e in zip(times, g["entries"]):
                if datetime.fromisoformat(t) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "<time datetime> differs from published")
        for blk in ld_blocks:
            nodes = blk.get("@graph", [blk])
            for nd in nodes:
                typ = nd.get("@type"); typ = typ if isinstance(typ, list) else [typ]
                if "NewsArticle" in typ and "LiveBlogPosting" not in typ:
                    dp = datetime.fromisoformat(nd["datePublished"].replace("Z", "+00:00"))
                    if any(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != dp for e in g["entries"]):
                        err(sid, "article JSON-LD datePublished differs from the sections' published")
                if "LiveBlogPosting" in typ:
                    ups = nd.get("liveBlogUpdate", [])
                    dps = {u["datePublished"] for u in ups}
                    if len(dps) == 1 and len(ups) > 1:
                        if "page's" not in g["notes"].lower():
                            err(sid, "JSON-LD updates share one datePublished but notes do not say so")
                    else:
                        byh = {u["headline"]: u for u in ups}
                        for e in g["entries"]:
                            u = byh.get(e["headline"])
                            if not u:
                                err(e["id"], "no JSON-LD update with this headline"); continue
                            if datetime.fromisoformat(u["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                                err(e["id"], "JSON-LD update time differs")
                            if (u.get("author") or {}).get("name") != e["author"]:
                                err(e["id"], "JSON-LD update author differs")

# ---------------------------------------------------------------- set-level rules
forb_path = "/tmp/blind-be-forbidden-days.txt"
FORBIDDEN = set(open(forb_path).read().split()) if os.path.exists(forb_path) else FORBIDDEN_FALLBACK
res_path = "/tmp/blind-be-reserved-outlets.txt"
RESERVED = {l.strip().lower() for l in open(res_path, encoding="utf-8")} if os.path.exists(res_path) else set()

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
part_a_orders = {sid: [e["published"] for e in golds[sid]["entries"]] for sid in SINGLE if sid in golds}
if not any(o == sorted(o) and len(set(o)) > 1 for o in part_a_orders.values()) or not any(o == sorted(o, reverse=True) and len(set(o)) > 1 for o in part_a_orders.values()):
    err("Part A needs both oldest-first and newest-first pages")
if not any(e["headline"] is None for sid in SINGLE for e in golds.get(sid, {"entries": []})["entries"]):
    err("Part A needs entries without headlines")
if not any(golds[sid].get("parse_args") for sid in SINGLE if sid in golds):
    err("Part A needs a page without a year")
for sid in SINGLE:
    g = golds.get(sid)
    if g and len({e["published_local"][:10] for e in g["entries"]}) < 2 and sid in ("5802", "5804", "5807", "5808"):
        err(sid, "expected to cross local midnight")

allsids = set(golds)
known = set(SINGLE) | {s for lo, hi in DAYS.values() for s in golds if lo <= s <= hi}
if allsids - known:
    err("unexpected seeds", sorted(allsids - known))
day_date = {}
for day, (lo, hi) in DAYS.items():
    sids = sorted(s for s in golds if lo <= s <= hi)
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds[sid]; src = g["source"]
        if src.lower() in RESERVED:
            err(sid, "outlet name is on the reserved list:", src)
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        world = world or (len(g["entries"]) >= 5 and off >= 0.6 * len(g["entries"]) and off < len(g["entries"]))
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
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme piece" in (e["notes"] or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e["notes"] or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
    for a, b in MUST_NOT_MERGE[day]:
        if a == b or a not in stories or b not in stories:
            err(day, "must-not-merge pair missing:", a, b)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in golds if DAYS["day1"][0] <= s <= DAYS["day1"][1] for e in golds[s]["entries"]]
    d2 = [e for s in golds if DAYS["day2"][0] <= s <= DAYS["day2"][1] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    for e in rep:
        o = next(o for o in d1 if o["headline"] == e["headline"])
        if o["first_sentence"] != e["first_sentence"]:
            err(e["id"], "re-post is not near-verbatim")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
for d, who in seen.items():
    if d in FORBIDDEN or d[:4] != "2025" or d[5:7] not in ("10", "11", "12"):
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
