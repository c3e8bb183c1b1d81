#!/usr/bin/env python3
"""Independent checker for eval/cg: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py. Usage (from the project root): python3 eval/cg/tools/check.py  -> prints OK or the problems."""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.dirname(os.path.dirname(ROOT))
SINGLE = {"8600": "Quad-City Times", "8601": "Sioux City Journal", "8602": "La Crosse Tribune", "8603": "Post Bulletin", "8604": "Springfield News-Leader",
          "8605": "The Mankato Free Press", "8606": "Telegraph Herald", "8607": "Ottumwa Courier", "8608": "Hastings Tribune", "8609": "Norfolk Daily News"}
DAYS = {"day1": ["8620", "8621", "8622", "8623", "8624"], "day2": ["8630", "8631", "8632", "8633"], "day3": ["8640", "8641", "8642", "8643"]}
# entry pairs that a careful editor must keep apart (same place or same theme, different events)
MUST_NOT_MERGE = [("8620-01", "8623-04"), ("8620-06", "8621-07"), ("8620-03", "8620-02"), ("8620-04", "8620-05"), ("8620-04", "8621-03"), ("8622-01", "8623-03"),
                  ("8624-01", "8624-02"), ("8624-01", "8624-03"), ("8630-06", "8630-05"), ("8630-06", "8633-02"), ("8631-03", "8631-04"), ("8631-03", "8630-02"),
                  ("8631-02", "8631-06"), ("8640-01", "8640-02"), ("8640-01", "8640-03"), ("8641-01", "8641-04"), ("8641-05", "8641-07"), ("8641-02", "8643-01"),
                  ("8640-02", "8640-05"), ("8640-02", "8640-07"), ("8603-01", "8603-05"), ("8606-01", "8606-06"), ("8608-01", "8608-02"), ("8608-03", "8608-04"),
                  ("8600-05", "8600-07")]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
ALLOWED_MONTHS = {"2022-04", "2022-05", "2022-09"}
FORBIDDEN_FALLBACK = set("""2022-04-01 2022-04-02 2022-04-03 2022-04-05 2022-04-06 2022-04-07 2022-04-08 2022-04-09 2022-04-10 2022-04-12 2022-04-13
2022-04-14 2022-04-17 2022-04-19 2022-04-20 2022-04-23 2022-04-25 2022-04-26 2022-04-28 2022-05-03 2022-05-04 2022-05-05 2022-05-07 2022-05-09 2022-05-10
2022-05-11 2022-05-12 2022-05-13 2022-05-15 2022-05-17 2022-05-18 2022-05-19 2022-05-20 2022-05-22 2022-05-24 2022-05-27 2022-09-01 2022-09-03 2022-09-04
2022-09-06 2022-09-07 2022-09-08 2022-09-10 2022-09-11 2022-09-12 2022-09-14 2022-09-16 2022-09-17 2022-09-20 2022-09-21 2022-09-22 2022-09-23 2022-09-25
2022-09-27 2022-09-29 2022-09-30""".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ZONE_TOKENS = {" CT": "America/Chicago", " CDT": "America/Chicago", " ET": "America/New_York", " BST": "Europe/London"}
CHROME = re.compile(r"newsletter|sign up|subscribe|inbox|advertisement|copyright|\u00a9|all rights reserved|this story will be updated|compiled from|"
                    r"live coverage has ended|that's all from us|become a|independent journalism|load more|share this", re.I)
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def strip_scripts(raw):
    return re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)


def visible_text(path, raw):
    if not path.endswith((".html", ".xml")):
        return raw
    t = strip_scripts(raw)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", "\n", t)       # escaped HTML inside RSS descriptions / Atom content
    return html.unescape(t)


def month_no(name):
    n = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if n == m or (len(n) >= 3 and m.startswith(n)):
            return i + 1
    return None


def find_date(line, year_default):
    """A date printed in a line (header, dateline, divider). Returns (y, m, d) or None."""
    pats = [(rf"(?:{WEEKDAYS}),? (\d{{1,2}}) ([A-Z][a-z]+)(?: (\d{{4}}))?", "dmy"),
            (rf"(?:{WEEKDAYS}), ([A-Z][a-z]+\.?) (\d{{1,2}})(?:, (\d{{4}}))?", "mdy"),
            (r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})", "mdy"),
            (r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})", "dmy")]
    for pat, order in pats:
        m = re.search(pat, line)
        if not m:
            continue
        mon = month_no(m.group(2) if order == "dmy" else m.group(1))
        if not mon:
            continue
        day = int(m.group(1) if order == "dmy" else m.group(2))
        year = int(m.group(3)) if m.group(3) else year_default
        if year:
            return (year, mon, day)
    return None


def is_one_sentence(fs):
    inner = fs[:-1]
    for m in re.finditer(r'[.!?]["\u201d\u2019]?\s+["\u201c\u2018]?[A-Z0-9]', inner):
        before = inner[:m.start() + 1]
        if re.search(r"\b(U\.S|U\.N|Mr|Mrs|Dr|Gen|St|Sen|Rep|Gov|Lt|Col|a\.m|p\.m|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$", before):
            continue
        return False
    return True


def raw_positions(raw_noscript, needles):
    """Sequential positions of escaped anchors in the raw (script-free) HTML/XML, in page order; None when not found."""
    pos, out = 0, []
    for nd in needles:
        cands = [nd, html.escape(nd, quote=False), html.escape(html.escape(nd, quote=False), quote=False)]
        best = None
        for c in cands:
            k = raw_noscript.find(c, pos)
            if k >= 0 and (best is None or k < best):
                best = k
        out.append(best)
        if best is not None:
            pos = best + 1
    return out


def read_time_part(s):
    m = re.search(r"\b(\d{1,2})[:.](\d\d)(?!\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return h, mi


reserved = set()
if os.path.exists("/tmp/blind-cg-reserved-outlets.txt"):
    reserved = {l.strip().lower() for l in open("/tmp/blind-cg-reserved-outlets.txt", encoding="utf-8") if l.strip()}
forbidden = FORBIDDEN_FALLBACK
if os.path.exists("/tmp/blind-cg-forbidden-days.txt"):
    forbidden = {l.strip() for l in open("/tmp/blind-cg-forbidden-days.txt", encoding="utf-8") if l.strip()}

golds, seed_text = {}, {}
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
    if not re.fullmatch(r"86\d\d_[a-z0-9]+(-[a-z0-9]+)*-[a-z]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "bad seed file name (<id>_<outlet-slug>-<kind>.<ext>)")
    raw = open(sp, encoding="utf-8").read()
    text = visible_text(sp, raw); seed_text[sid] = text
    lines = [l.strip() for l in text.split("\n")]
    zone = ZoneInfo(g["page_timezone"])
    year_printed = "2022" in raw
    pa = g.get("parse_args")
    year_default = None
    if not year_printed:
        if not pa:
            err(sid, "page prints no year but has no parse_args")
    if pa:
        if year_printed:
            err(sid, "parse_args on a page that prints its year")
        if len(pa) != 2 or pa[0] != "--date" or not re.fullmatch(r"2022-\d\d-\d\d", pa[1]):
            err(sid, "parse_args malformed")
        else:
            year_default = int(pa[1][:4])
            pd = datetime.strptime(pa[1], "%Y-%m-%d")
            if not any(find_date(l, year_default) == (pd.year, pd.month, pd.day) for l in lines):
                err(sid, "parse_args day is not the printed local day")
    if g["page_title"] is not None and g["page_title"] not in lines:
        err(sid, "page_title is not a visible line")
    # Key Points block
    kp_heads = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            kp_heads = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                l2 = re.sub(r"^[-\u2022*]\s*", "", l2)
                if any(l2 == e["headline"] for e in g["entries"]):
                    kp_heads.append(l2)
                else:
                    break
            break
    # JSON-LD live-blog updates
    ld_updates = []
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        data = json.loads(blob)
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                if "liveBlogUpdate" in x:
                    u = x["liveBlogUpdate"]; ld_updates += u if isinstance(u, list) else [u]
                stack += list(x.values())
            elif isinstance(x, list):
                stack += x
    ents = g["entries"]
    # anchors: line index of each entry's headline (full line) or first sentence (line start, possibly after its stamp), in page order
    anchors, prev = [], -1
    for e in ents:
        idx = None
        for j in range(prev + 1, len(lines)):
            l = lines[j]
            if e["headline"] is not None:
                if l == e["headline"]:
                    idx = j; break
            elif e["first_sentence"] and (l.startswith(e["first_sentence"]) or (e["stamp"] and l.startswith(e["stamp"]) and
                                                                              l[len(e["stamp"]):].lstrip(" \u2014-:").startswith(e["first_sentence"]))):
                idx = j; break
        if idx is None:
            err(e["id"], "anchor (headline or first sentence) not found as a line after the previous entry: page order broken?")
            idx = prev + 1
        anchors.append(idx); prev = idx
    rawns = strip_scripts(raw) if sp.endswith((".html", ".xml")) else raw
    rpos = raw_positions(rawns, [e["headline"] or e["first_sentence"] for e in ents]) if sp.endswith(".html") else [None] * len(ents)
    ids = []
    for n, e in enumerate(ents):
        eid = e.get("id", "?")
        if not re.fullmatch(sid + r"-\d\d", eid) or eid in ids or eid != f"{sid}-{n + 1:02d}":
            err(eid, "bad, repeated or out-of-sequence id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing field", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "is not an exact substring of the visible page:", e[k][:60])
        lo, hi = anchors[n], (anchors[n + 1] if n + 1 < len(ents) else len(lines))
        fs = e["first_sentence"]
        if fs is not None:
            if not re.search(r"[.!?][\"'\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if not is_one_sentence(fs):
                err(eid, "first_sentence holds more than one sentence:", fs[:60])
            fl = None
            for j in range(lo, hi):
                l = lines[j]
                if l.startswith(fs) or (e["stamp"] and l.startswith(e["stamp"]) and l[len(e["stamp"]):].lstrip(" \u2014-:").startswith(fs)):
                    fl = j; break
            if fl is None:
                err(eid, "first_sentence does not start a line inside the entry:", fs[:60])
            else:
                # count body paragraphs: run of sentence lines from the first-sentence line, blank lines allowed, stop at anything else
                cnt, j = 0, fl
                while j < hi:
                    l = lines[j]
                    if not l:
                        j += 1; continue
                    if len(l) >= 40 and re.search(r"[.!?][\"'\u201d\u2019]?$", l) and not CHROME.search(l):
                        cnt += 1; j += 1; continue
                    break
                if cnt != e["body_paragraphs"]:
                    err(eid, f"body_paragraphs {e['body_paragraphs']} but {cnt} body lines found")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        if e["headline"] is None and fs is None:
            err(eid, "neither headline nor body")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m or m.group(2) != g["page_timezone"]:
            err(eid, "published_local malformed or not in page_timezone"); ids.append(eid); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published is not ...Z"); ids.append(eid); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        # ---- the stamp, re-read on its own
        st = e["stamp"]
        time_verified = False
        if st is not None:
            sl = None
            start, seen_nonblank = lo, 0
            while start > 0 and seen_nonblank < 3:      # up to three printed lines above the anchor (stamp/author lines)
                start -= 1
                seen_nonblank += bool(lines[start])
            cands = [j for j in range(start, hi) if st in lines[j]]
            if not cands:
                err(eid, "stamp not printed next to its entry")
            else:
                sl = min(cands, key=lambda j: abs(j - lo))
            s = st.strip()
            if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
                if datetime.fromisoformat(s.replace("Z", "+00:00")) != pub:
                    err(eid, "ISO stamp differs from published")
                time_verified = True
            elif re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|[A-Z]{2,3})", s):
                if parsedate_to_datetime(s) != pub:
                    err(eid, "RFC 822 stamp differs from published")
                time_verified = True
            else:
                tp = read_time_part(s)
                inside = find_date(s, year_default)
                if tp is None and inside is None:
                    err(eid, "unreadable stamp", repr(s))
                if tp is not None:
                    if tp != (local.hour, local.minute):
                        err(eid, f"stamp time {tp} != local {local:%H:%M}")
                    time_verified = True
                if inside is None and sl is not None:
                    dd = None
                    for j in range(sl, -1, -1):
                        dd = find_date(lines[j], year_default)
                        if dd:
                            break
                    if dd is None:
                        err(eid, "no date printed above an undated stamp")
                    elif dd != (local.year, local.month, local.day):
                        err(eid, f"date above the stamp {dd} != local date {local:%Y-%m-%d}")
                elif inside is not None and inside != (local.year, local.month, local.day):
                    err(eid, "date inside the stamp differs from the local date")
                for tok, zname in ZONE_TOKENS.items():
                    if s.endswith(tok) or (tok + " ") in s:
                        if g["page_timezone"] != zname:
                            err(eid, f"stamp zone{tok} but page_timezone {g['page_timezone']}")
                if " BST" in s and local.utcoffset() != timedelta(hours=1):
                    err(eid, "BST stamp not at UTC+1")
        else:
            # no stamp: the dateline time of the page must be printed
            forms = [f"{local:%H:%M}", f"{local:%I:%M %p}", f"{local.hour % 12 or 12}:{local:%M}"]
            if not any(f in text for f in forms):
                err(eid, "no stamp and the dateline time is not printed")
            time_verified = True
        # ---- <time datetime> right after the anchor in HTML
        if rpos[n] is not None:
            end = rpos[n + 1] if n + 1 < len(ents) and rpos[n + 1] is not None else len(rawns)
            mt = re.search(r'<time[^>]*datetime="([^"]+)"', rawns[rpos[n]:end])
            if mt:
                if datetime.fromisoformat(mt.group(1).replace("Z", "+00:00")) != pub:
                    err(eid, "<time datetime> differs from published")
                time_verified = True
        if not time_verified:
            err(eid, "no printed or marked-up time supports published")
        # ---- JSON-LD update with the same headline
        for u in ld_updates:
            if e["headline"] and u.get("headline") == e["headline"]:
                if datetime.fromisoformat(u["datePublished"].replace("Z", "+00:00")) != pub:
                    err(eid, "JSON-LD datePublished differs")
                au = u.get("author", {}).get("name") if isinstance(u.get("author"), dict) else None
                if au and au != e["author"]:
                    err(eid, "JSON-LD author differs")
        # ---- labels
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
        off_note = (e["notes"] or "").startswith("off-beat:")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and off_note):
            err(eid, "off-beat rule (other/unrelated/importance 1/note)")
        if off_note and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["headline"] and re.match(r"(Watch|Photos|Pictured|Video|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            orig = next((x for x in ents if x["id"] == e["duplicate_of"]), None)
            if orig is None:
                err(eid, "duplicate_of must name an entry of this seed")
            else:
                if orig["story"] != e["story"] or e["importance"] != 1:
                    err(eid, "duplicate must share the story and be importance 1")
                if not orig["published"] < e["published"]:
                    err(eid, "duplicate_of must name the earlier-published entry")
                a = set(re.findall(r"\w+", (orig["first_sentence"] or "").lower())); b = set(re.findall(r"\w+", (fs or "").lower()))
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
    # page order claims in the notes
    pubs = [e["published"] for e in ents]
    nl = g["notes"].lower()
    if "newest first" in nl and pubs != sorted(pubs, reverse=True):
        err(sid, "notes say newest first but times are not")
    if "oldest first" in nl and pubs != sorted(pubs):
        err(sid, "notes say oldest first but times are not")

allents = {e["id"]: e for g in golds.values() for e in g["entries"]}
for a, b in MUST_NOT_MERGE:
    if a in allents and b in allents and allents[a]["story"] == allents[b]["story"]:
        err(a, b, "must-not-merge pair shares a story")
    elif a not in allents or b not in allents:
        err(a, b, "must-not-merge pair names a missing entry")

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

day_date = {}
for day, sids in DAYS.items():
    stories = defaultdict(set); dates = set(); n = 0; world = False; exts = set()
    for sid in sids:
        g = golds.get(sid)
        if not g:
            err(day, sid, "missing"); continue
        src = g["source"]
        if src.lower() in reserved or src in SINGLE.values():
            err(sid, "outlet name is reserved or real:", src)
        exts.add(os.path.splitext(g["seed"])[1])
        off = sum(e["subtopic"] == "unrelated" for e in g["entries"])
        if g["seed"].split("-")[-1].startswith("world"):
            world = world or (off >= len(g["entries"]) / 2 and off < len(g["entries"]))
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
        err(day, "no general world feed where the war is a minority")
    ents = [e for s in sids for e in golds[s]["entries"]]
    big = [st for st, v in stories.items()
           if len({s for s in sids for e in golds[s]["entries"] if e["story"] == st and e["first_sentence"] and not e["duplicate_of"]}) >= 3
           and len({e["first_sentence"] for e in ents if e["story"] == st and e["first_sentence"]}) >= 3]
    if not big:
        err(day, "no story told with a body by 3+ sources in different words")
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
for d, who in seen.items():
    if d in forbidden or d[:7] not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

# own words: no 8-word run shared with the shared sample pages or with eval/ap's data table
def shingles(t, k=8):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}
others = set()
for p in glob.glob("/work/shared/seeds/*") + [os.path.join(PROJECT, "eval", "ap", "tools", "build.py")]:
    if os.path.isfile(p):
        others |= shingles(open(p, encoding="utf-8", errors="replace").read())
for sid, g in golds.items():
    body = " ".join((e["headline"] or "") + " " + (e["first_sentence"] or "") for e in g["entries"])
    common = shingles(seed_text[sid]) & others
    common = {c for c in common if c in shingles(body) or len(c) > 40}
    if common:
        err(sid, "shares wording with other pages:", sorted(common)[:2])

# README lists every seed and the scoring command with all ids
rd = os.path.join(ROOT, "README.md")
if not os.path.exists(rd):
    err("README.md missing")
else:
    r = open(rd, encoding="utf-8").read()
    for g in golds.values():
        if g["seed"] not in r:
            err("README does not list", g["seed"])
    want = "--seeds " + ",".join(sorted(golds))
    if want not in r:
        err("README scoring command must carry", want)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single pages {sorted((d, w) for d, w in seen.items() if w in SINGLE)}")
