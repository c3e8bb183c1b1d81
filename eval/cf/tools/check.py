#!/usr/bin/env python3
"""Independent checker for eval/cf: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py. Usage (from the project root): python3 eval/cf/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = {"8500": "Falkirk Herald", "8501": "Ayrshire Post", "8502": "Paisley Daily Express", "8503": "Greenock Telegraph",
          "8504": "Dumfries and Galloway Standard", "8505": "The Oban Times", "8506": "Northern Times", "8507": "Border Telegraph",
          "8508": "Stirling Observer", "8509": "Fife Free Press"}
DAYS = {"day1": ["8520", "8521", "8522", "8523", "8524"], "day2": ["8530", "8531", "8532", "8533", "8534"],
        "day3": ["8540", "8541", "8542", "8543", "8544"]}
# page order as read by eye from each page (newest / oldest first, or one time for all sections)
ORDER = {"8500": "oldest", "8501": "newest", "8502": "same", "8503": "oldest", "8504": "newest", "8505": "newest", "8506": "newest",
         "8507": "newest", "8508": "newest", "8509": "same", "8520": "newest", "8521": "oldest", "8522": "newest", "8523": "newest",
         "8524": "same", "8530": "newest", "8531": "oldest", "8532": "newest", "8533": "newest", "8534": "same", "8540": "oldest",
         "8541": "newest", "8542": "newest", "8543": "newest", "8544": "same"}
# must-not-merge pairs (same place or same theme, different events) and the word they share
MUST_NOT_MERGE = [("8520-07", "8521-01", "zaporizhzhia"), ("8521-06", "8522-03", "sanction"), ("8521-05", "8520-01", "istanbul"),
                  ("8530-06", "8530-05", "kostiantynivka"), ("8530-03", "8530-01", "turk"), ("8531-04", "8531-02", "istanbul|antalya"),
                  ("8533-02", "8531-04", "turk|ankara|antalya"), ("8533-01", "8531-02", "medinsky"),
                  ("8540-01", "8541-01", "kharkiv"), ("8541-03", "8543-02", "jet"), ("8543-01", "8543-03", "letter of intent|rafale"),
                  ("8541-04", "8541-05", "energy|corruption|graft")]
SPELLINGS = {"zaporizhzhia-missile-strike-2025-05-14": ["zaporizhzhia", "zaporozhye", "zaporizhia"],
             "kostiantynivka-glide-bomb-strike-2025-05-15": ["kostiantynivka", "konstantinovka", "kostyantynivka"],
             "balakliia-missile-strike-2025-11-17": ["balakliia", "balakleya", "balakliya"]}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ZONE_WORDS = {"GMT", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "ET"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
TEASER = re.compile(r"(Watch|WATCH|Photos|Pictured|Video|Explained|Full report)\b")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(raw, ext):
    if ext == ".txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))  # escaped HTML inside Atom content
    return t


def feed_kind(raw):
    if re.search(r'<feed xmlns="http://www.w3.org/2005/Atom"', raw):
        return "atom"
    if "<rss" in raw:
        return "rss"
    return None


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def dates_printed(text):
    """All (y?, m, d) dates printed in visible text, in any of the forms these pages use."""
    out = set()
    for m in re.finditer(r"\b(\d{4})-(\d\d)-(\d\d)T", text):
        out.add((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.?(?:,? (\d{4}))?", text):
        mo = month_no(m.group(2))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(1))))
    for m in re.finditer(r"\b([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?", text):
        mo = month_no(m.group(1))
        if mo:
            out.add((int(m.group(3)) if m.group(3) else None, mo, int(m.group(2))))
    return out


def has_year_date(text):
    return any(y for (y, _, _) in dates_printed(text))


def date_printed(local, text):
    for (y, mo, d) in dates_printed(text):
        if (mo, d) == (local.month, local.day) and y in (None, local.year):
            return True
    return False


def read_clock(s):
    """Finds a clock time in s: returns (hour, minute, zone word or None) or None."""
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm)?(?:\s+(GMT|BST|CET|CEST|EET|EEST|EST|EDT|ET)\b)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    return h, mi, m.group(4)


relative_windows = defaultdict(list)


def read_stamp(sid, stamp, local, text, raw):
    """Re-reads a printed stamp on its own; returns None when it agrees with the gold time, else a reason."""
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == local else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == local else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (hours?|minutes?) ago", s)
    if m:
        hits = re.findall(r'<time datetime="([^"]+)">' + re.escape(s) + "</time>", raw)
        if not hits:
            return "relative stamp without a machine-readable datetime next to it"
        if not any(datetime.fromisoformat(h) == local for h in hits):
            return "relative stamp's datetime attribute differs from published"
        n = int(m.group(1)); unit = timedelta(hours=1) if m.group(2).startswith("hour") else timedelta(minutes=1)
        relative_windows[sid].append((local + n * unit, local + (n + 1) * unit))
        return None
    m = re.fullmatch(r"(\d\d):(\d\d) Kyiv \| (\d\d):(\d\d) London", s)
    if m:
        k = local.astimezone(ZoneInfo("Europe/Kyiv")); l = local.astimezone(ZoneInfo("Europe/London"))
        if (int(m.group(1)), int(m.group(2))) != (k.hour, k.minute) or (int(m.group(3)), int(m.group(4))) != (l.hour, l.minute):
            return "dual stamp disagrees with published"
        return None if date_printed(k, text) else "local date of the dual stamp is printed nowhere"
    c = read_clock(s)
    if not c:
        return "unreadable stamp"
    h, mi, zw = c
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    if zw and zw != local.tzname():
        return f"zone word {zw} != {local.tzname()} at that time"
    inside = dates_printed(s)
    if inside:
        ok = any((mo, d) == (local.month, local.day) and y in (None, local.year) for (y, mo, d) in inside)
        return None if ok else "date inside the stamp differs"
    if not date_printed(local, text):
        return "local date of an undated stamp is printed nowhere on the page"
    return None


def sentences_ok(fs):
    # the first sentence must not contain an earlier sentence end
    inner = re.search(r'[.!?]["\u201d\u2019]?\s+[A-Z"\u201c]', fs[:-1])
    return inner is None


def shingles(t, n=3):
    w = re.findall(r"[a-z0-9]+", t.lower())
    return {tuple(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def jacc(a, b):
    a, b = shingles(a), shingles(b)
    return len(a & b) / max(1, len(a | b))


golds, texts, raws, exts = {}, {}, {}, {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed file missing"); continue
    if os.path.splitext(g["seed"])[0] + ".json" != os.path.basename(gp):
        err(gp, "gold name must be the seed name without extension + .json")
    if not re.fullmatch(r"85\d\d_[a-z0-9]+(-[a-z0-9]+)*-(live|article|timeline|feed|listing|tag|roundup|atom)\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    ext = os.path.splitext(sp)[1]
    raw = open(sp, encoding="utf-8").read(); text = visible_text(raw, ext)
    raws[sid], texts[sid], exts[sid] = raw, text, ext
    lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing top-level key", k)
    if not g["not_entries"]:
        err(sid, "not_entries empty")
    ZoneInfo(g["page_timezone"])
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in the visible text")
    # year rule: a page whose visible text prints no dated year needs parse_args with the printed local day
    local_days = {e["published_local"][:10] for e in g["entries"]}
    if not has_year_date(text):
        if not g.get("parse_args"):
            err(sid, "page prints no year but has no parse_args")
        elif g["parse_args"][0] != "--date" or g["parse_args"][1] not in local_days:
            err(sid, "parse_args must be --date <printed local day>", g["parse_args"])
    elif g.get("parse_args"):
        err(sid, "parse_args given although the page prints a full date")
    # Key Points / Key Events block: the headlines listed right under the heading
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
    ids, pos_h, pos_s, prev_pub = [], 0, 0, None
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
        # page order: headlines and stamps must be found in the order of the entries
        if e["headline"]:
            p = text.find(e["headline"], pos_h)
            if p < 0:
                err(eid, "headline out of page order")
            else:
                pos_h = p + 1
        if e["stamp"]:
            p = text.find(e["stamp"], pos_s)
            if p < 0:
                err(eid, "stamp out of page order")
            else:
                pos_s = p + 1
        fs = e["first_sentence"]
        if fs is not None:
            starts = [l for l in lines if l.startswith(fs)]
            after_stamp = e["stamp"] and any(re.match(re.escape(e["stamp"]) + r"\s*[\u2013\u2014-]\s*" + re.escape(fs), l) for l in lines)
            if not starts and not after_stamp:
                err(eid, "first_sentence does not start a text line (nor follow the stamp on its line):", fs[:60])
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if not sentences_ok(fs):
                err(eid, "first_sentence holds more than one sentence")
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
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            why = read_stamp(sid, e["stamp"], local, text, raw)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:  # stampless section: the dateline's time and date must be printed
            c = [read_clock(l) for l in lines if read_clock(l)]
            if not any((h, mi) == (local.hour, local.minute) for h, mi, _ in c) or not date_printed(local, text):
                err(eid, "no stamp and the dateline time/date is not printed")
        order = ORDER.get(sid)
        if prev_pub is not None:
            if order == "newest" and pub > prev_pub or order == "oldest" and pub < prev_pub or order == "same" and pub != prev_pub:
                err(eid, "published breaks the page's", order, "order")
        prev_pub = pub
        # labels
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
            err(eid, "off-beat rule: other/unrelated, importance 1, note 'off-beat:'")
        if notes.startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and TEASER.match(e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in g["entries"] if x["id"] == e["duplicate_of"]), None)
            if orig is None or e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of this seed")
            elif orig["story"] != e["story"] or e["importance"] != 1:
                err(eid, "duplicate must share the story and be importance 1")
            elif orig["published"] >= e["published"]:
                err(eid, "duplicate must be published after its original")
            elif (orig["headline"] != e["headline"]) or jacc(orig["first_sentence"] or "", fs or "") < 0.6:
                err(eid, "duplicate is not near-verbatim")
        if e["key_point"]:
            if e["importance"] != 3 or kp_heads is None or e["headline"] not in kp_heads:
                err(eid, "key_point entry must be importance 3 and listed under Key Points/Key Events")
        elif kp_heads and e["headline"] in kp_heads:
            err(eid, "listed under Key Points/Key Events but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    # relative stamps on one page must agree on one 'now'
    if relative_windows.get(sid):
        lo = max(a for a, _ in relative_windows[sid]); hi = min(b for _, b in relative_windows[sid])
        if lo >= hi:
            err(sid, "relative stamps imply no common page time")
    # feeds: one item per entry, titles in order
    kind = feed_kind(raw) if ext == ".xml" else None
    if ext == ".xml":
        titles = [html.unescape(t) for t in re.findall(r"<(?:item|entry)\b.*?<title>(.*?)</title>", raw, flags=re.S)]
        if titles != [e["headline"] for e in g["entries"]]:
            err(sid, "feed item titles differ from the gold headlines")
        if kind is None:
            err(sid, "unknown feed kind")
    # JSON-LD: per-update times must agree with gold
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(blob)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for nd in nodes:
            types = nd.get("@type"); types = types if isinstance(types, list) else [types]
            if "LiveBlogPosting" in types:
                ups = nd.get("liveBlogUpdate") or []
                ups = ups if isinstance(ups, list) else [ups]
                if len(ups) != len(g["entries"]):
                    err(sid, "JSON-LD update count differs from the entry count")
                for u, e in zip(ups, g["entries"]):
                    t = datetime.fromisoformat(u["datePublished"])
                    if t != datetime.fromisoformat(e["published"].replace("Z", "+00:00")) or u.get("headline") != e["headline"]:
                        err(e["id"], "JSON-LD update disagrees (time or headline)")
            elif "NewsArticle" in types:
                t = datetime.fromisoformat(nd["datePublished"])
                if any(datetime.fromisoformat(e["published"].replace("Z", "+00:00")) != t for e in g["entries"]):
                    err(sid, "NewsArticle datePublished differs from the section entries")

# ---------------------------------------------------------------- Part A
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
    fmts[exts[sid]] += 1
if dict(fmts) != {".html": 4, ".txt": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
# hard cases required in Part A
partA = [e for s in SINGLE for e in golds.get(s, {"entries": []})["entries"]]
if not any(golds[s].get("parse_args") for s in SINGLE if s in golds):
    err("Part A: no page without a year")
if not any(e["published_local"][:10] != e["published"][:10] for e in partA):
    err("Part A: no local-midnight crossing")
if not any(e["headline"] is None for e in partA):
    err("Part A: no entry without headline")
if not {"newest", "oldest"} <= {ORDER[s] for s in SINGLE}:
    err("Part A: needs newest-first and oldest-first pages")

# ---------------------------------------------------------------- Part B
reserved = set()
if os.path.exists("/tmp/blind-cf-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cf-reserved-outlets.txt", encoding="utf-8") if l.strip()}
day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; kinds = set(); world = []
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or any(w.lower() in reserved for w in [src.replace("The ", "")]):
            err(sid, "outlet name is on the reserved list")
        if src in SINGLE.values():
            err(sid, "Part B outlet must be invented")
        kinds.add(feed_kind(raws[sid]) if exts[sid] == ".xml" else exts[sid])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if off * 2 > len(g["entries"]):
            world.append((sid, off, len(g["entries"])))
        for e in g["entries"]:
            stories[e["story"]].add(sid); dates.add(e["published"][:10]); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates); continue
    d = dates.pop(); day_date[day] = d
    if d in seen:
        err(day, "UTC day also used by", seen[d])
    seen[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5 or len(kinds) < 3:
        err(day, "size/sources/formats", n, len(sids), kinds)
    if not any(abs(off - 4 * tot / 6) <= 1 for _, off, tot in world):
        err(day, "no general world feed with about 4 of 6 items off-beat", world)
    big = [s for s, v in stories.items() if len(v) >= 3]
    if not big:
        err(day, "no story told by 3+ sources")
    ents = [e for s in sids for e in golds[s]["entries"]]
    for s in big:
        if s in SPELLINGS:
            blob = " ".join(((e["headline"] or "") + " " + (e["first_sentence"] or "")).lower() for e in ents if e["story"] == s)
            if sum(v in blob for v in SPELLINGS[s]) < 2:
                err(day, s, "needs spelling variants")
    if not any(s in SPELLINGS for s in big):
        err(day, "the 3+ source story should be one with growing tolls and spelling variants")
    if not any(e["first_sentence"] is None for e in ents):
        err(day, "no teaser")
    if not any("theme" in (e.get("notes") or "").lower() and e["importance"] == 2 and e["first_sentence"] for e in ents):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in ents):
        err(day, "no within-page repeat")
    for e in ents:
        repost = "re-post of day-1" in (e.get("notes") or "").lower()
        if len(stories[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and not repost and e["importance"] != 3:
            err(e["id"], "story carried by", sorted(stories[e["story"]]), "must be importance 3")
byid = {e["id"]: e for g in golds.values() for e in g["entries"]}
for a, b, word in MUST_NOT_MERGE:
    ea, eb = byid.get(a), byid.get(b)
    if not ea or not eb:
        err("must-not-merge pair missing", a, b); continue
    if ea["story"] == eb["story"] or ea["published"][:10] != eb["published"][:10]:
        err("must-not-merge pair", a, b, "shares a story or a day")
    for x in (ea, eb):
        t = ((x["headline"] or "") + " " + (x["first_sentence"] or "") + " " + x["story"]).lower()
        if not re.search(word, t):
            err("must-not-merge pair", a, b, "does not share", word)
if day_date.get("day1") and day_date.get("day2"):
    if datetime.fromisoformat(day_date["day2"]) - datetime.fromisoformat(day_date["day1"]) != timedelta(days=1):
        err("day 2 is not the day after day 1")
    d1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
    d2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
    rep = [e for e in d2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] and e["first_sentence"] == o["first_sentence"] for o in d1)]
    if not rep or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "").lower() for e in rep):
        err("day 2 must re-post a day-1 entry at importance 1 with a note")
    cont = {e["story"] for e in d2 if e["first_sentence"] and e not in rep and not e["duplicate_of"]} & {e["story"] for e in d1}
    if not cont:
        err("day 2 continues no day-1 story")
    if {e["story"] for e in d2} & {e["story"] for s in DAYS["day3"] for e in golds[s]["entries"]}:
        err("day 3 shares a story slug with day 2")

# ---------------------------------------------------------------- dates
forbidden = set()
if os.path.exists("/tmp/blind-cf-forbidden-days.txt"):
    forbidden = set(open("/tmp/blind-cf-forbidden-days.txt").read().split())
for d, who in seen.items():
    if d in forbidden or d[:4] != "2025" or d[5:7] not in ("02", "05", "11"):
        err(who, "date not allowed", d)

# ---------------------------------------------------------------- own words: no 8-word run shared with the reference pages or eval/ap's table
ref = ""
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(ROOT, "..", "ap", "tools", "build.py")]:
    if os.path.exists(p):
        ref += open(p, encoding="utf-8", errors="replace").read() + "\n"
if ref:
    refsh = shingles(ref, 8)
    for g in golds.values():
        for e in g["entries"]:
            for t in (e["headline"] or "", e["first_sentence"] or ""):
                if shingles(t, 8) & refsh:
                    err(e["id"], "shares an 8-word run with a reference text:", " ".join(sorted(shingles(t, 8) & refsh)[0]))
    for sid, raw in raws.items():
        if shingles(texts[sid], 8) & refsh:
            err(sid, "page shares an 8-word run with a reference text:", " ".join(sorted(shingles(texts[sid], 8) & refsh)[0]))

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
n = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {n} entries; Part B days {day_date}; Part A days {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
