#!/usr/bin/env python3
"""Verify eval/h gold against its seeds (no project code involved).

For every gold file: the page title, each headline, stamp, first sentence and author must occur in the page's
text (HTML/XML: scripts and styles dropped, tags removed, entities decoded - twice, for RSS/Atom whose
descriptions hold escaped HTML; whitespace collapsed). Each 'published' must equal 'published_local'
(local wall time + IANA zone) converted to UTC with zoneinfo. Also checks ids, topics, duplicate_of targets,
and the importance rules of LABELS.md that can be checked mechanically (no body / off-beat / duplicate -> 1;
a story carried by two or more seeds on the same UTC day -> 3 unless filler).
usage: python3 tools/check.py [DATA_DIR]   (default: the folder above this script)
"""
import html, json, os, re, sys
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if not re.search(r"\.(html?|xml|atom|rss)$", path):
        return ws(raw)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw) if path.endswith((".html", ".htm")) else raw
    for _ in range(2):
        t = re.sub(r"(?s)<!\[CDATA\[(.*?)\]\]>", r"\1", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    return ws(t)


def to_utc(local):
    d, t, z = local.split(" ")
    dt = datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(z))
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


errs = []


def err(m):
    errs.append(m)


golds = {}
for f in sorted(os.listdir(os.path.join(D, "gold"))):
    if not re.match(r"\d{4}_.*\.json$", f):
        continue
    g = json.load(open(os.path.join(D, "gold", f), encoding="utf-8"))
    sid = f.split("_")[0]
    golds[sid] = g
    sp = os.path.join(D, "seeds", g["seed"])
    if not os.path.exists(sp):
        err(f"{sid}: seed file {g['seed']} missing")
        continue
    if g["seed"].rsplit(".", 1)[0] != f[:-5]:
        err(f"{sid}: gold name does not match seed name")
    text = page_text(sp)
    if g["page_title"] and ws(g["page_title"]) not in text:
        err(f"{sid}: page title not found")
    ids = [e["id"] for e in g["entries"]]
    if ids != [f"{sid}-{i:02d}" for i in range(1, len(ids) + 1)]:
        err(f"{sid}: ids not sequential")
    pos = -1
    for e in g["entries"]:
        i = e["id"]
        for k in ("headline", "stamp", "first_sentence", "author"):
            v = e.get(k)
            if v and ws(v) not in text:
                err(f"{i}: {k} not found in page: {v[:70]!r}")
        # page order: headline (or first sentence) positions increase
        key = e["headline"] or e["first_sentence"] or e["stamp"]
        if key:
            p = text.find(ws(key), pos + 1)
            if p == -1:
                err(f"{i}: out of page order (not found after the previous entry)")
            else:
                pos = p
        if e["published"]:
            if not e.get("published_local"):
                err(f"{i}: published without published_local")
            elif to_utc(e["published_local"]) != e["published"]:
                err(f"{i}: published {e['published']} != zoneinfo {to_utc(e['published_local'])}")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(f"{i}: bad topic/subtopic")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(f"{i}: subtopic {e['subtopic']} under topic {e['topic']}")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(f"{i}: other with a main-topic subtopic")
        if e["duplicate_of"] and e["duplicate_of"] not in ids[: ids.index(i)]:
            err(f"{i}: duplicate_of must name an earlier entry of the same seed")
        offbeat = "off-beat" in (e.get("notes") or "")
        if (offbeat or e["subtopic"] == "unrelated") and (e["importance"] != 1 or e["subtopic"] != "unrelated" or not offbeat):
            err(f"{i}: off-beat items need subtopic unrelated, importance 1 and an 'off-beat:' note")
        if e["body_paragraphs"] == 0 and e["first_sentence"] is not None:
            err(f"{i}: first_sentence without body")
        if (e["body_paragraphs"] == 0 or e["duplicate_of"]) and e["importance"] != 1:
            err(f"{i}: teaser/duplicate must be importance 1")
        if e["key_point"] and e["importance"] != 3:
            err(f"{i}: key point must be importance 3")
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", e["story"]):
            err(f"{i}: story slug")

# same-day shared stories -> importance 3 (unless filler)
byday = defaultdict(lambda: defaultdict(set))
for sid, g in golds.items():
    for e in g["entries"]:
        if e["published"]:
            byday[e["published"][:10]][e["story"]].add(sid)
for sid, g in golds.items():
    for e in g["entries"]:
        if not e["published"]:
            continue
        n = len(byday[e["published"][:10]][e["story"]])
        filler = e["importance"] == 1 and (e["body_paragraphs"] == 0 or e["duplicate_of"] or e["subtopic"] == "unrelated")
        if n >= 2 and e["importance"] != 3 and not filler:
            err(f"{e['id']}: story {e['story']} is carried by {n} seeds on {e['published'][:10]} but importance {e['importance']}")
# days: which seeds the scorer will group
days = defaultdict(set)
for sid, g in golds.items():
    for e in g["entries"]:
        if e["published"]:
            days[e["published"][:10]].add(sid)
for d in sorted(days):
    print(f"day {d}: {' '.join(sorted(days[d]))}")
n = sum(len(g["entries"]) for g in golds.values())
print(f"{len(golds)} gold files, {n} entries")
for m in errs:
    print("ERROR", m)
print("OK" if not errs else f"{len(errs)} problem(s)")
sys.exit(1 if errs else 0)
