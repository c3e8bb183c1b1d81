#!/usr/bin/env python3
"""Independent checker for eval/ad: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/ad/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3100, 3110)]
DAYS = {"day1": ["3120", "3121", "3122", "3123"], "day2": ["3130", "3131", "3132"], "day3": ["3140", "3141", "3142", "3143"]}
CONSECUTIVE = ("day1", "day2")
ALLOWED_MONTHS = {2, 3, 5, 7, 9, 11, 12}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-17 2024-01-23 2024-01-24 2024-01-28 2024-01-29 2024-01-30 2024-02-05
2024-02-06 2024-02-08 2024-02-10 2024-02-12 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-22 2024-02-24 2024-02-25 2024-02-26
2024-02-28 2024-02-29 2024-03-04 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-15 2024-03-19 2024-03-22 2024-03-24 2024-03-31 2024-04-01
2024-04-02 2024-04-04 2024-04-05 2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-16 2024-04-17 2024-04-18 2024-04-20 2024-04-24 2024-04-26
2024-05-03 2024-05-09 2024-05-10 2024-05-16 2024-05-21 2024-05-22 2024-05-28 2024-05-30 2024-05-31 2024-06-03 2024-06-05 2024-06-07 2024-06-10
2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-25 2024-06-27 2024-07-04 2024-07-08
2024-07-09 2024-07-10 2024-07-17 2024-07-22 2024-07-23 2024-07-24 2024-08-01 2024-08-02 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09
2024-08-11 2024-08-12 2024-08-14 2024-08-19 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-03 2024-09-04 2024-09-06 2024-09-10 2024-09-13
2024-09-16 2024-09-17 2024-09-18 2024-09-21 2024-09-26 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10
2024-10-11 2024-10-17 2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-05 2024-11-08 2024-11-12 2024-11-14 2024-11-15
2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-11-26 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-09 2024-12-10 2024-12-11
2024-12-13 2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
# words of outlet names already used elsewhere (Part B invented names must avoid them)
BANNED = """merrivale nantwell orchardleigh pennbrook ribblesdale oakenshaw pevensey morrow radwell quenby northam sorrelby thistledown yewbank
wychwood stourhead tansy valerian wainfleet zennor skerryvore teviot ullswater eddystone edgehill cragside kittiwake tallowmere veldcroft lochbrae
iverholm skelwith wendlebury torrisdale lindow stannary ulverscote linnet wyvern juneberry sedgefield loughrigg ismere tarrant iona jura swaledale
kelmscott bellhaven crossfell mirewick fenwold gildersby rushmere nethercott ambrey brisco hexmoor marchbank ellerby axbridge dunsford elsworth
fairlight brantwood caldbeck hartsop goldhithe glaisdale chatburn bilsdale grisedale mardale nordhaven quantock ryedale pendle morvern nidderdale
quernmore roseland oldcastle polperro stackpole trevose whitsand cardinham yarcombe bodmin tintagel dunwich castleton ebbor ufford wistman appledore
arncliffe ashwell bardsey blakeney cotehele coverack culmstock dentdale dunkery fangfoss frampton grampound gweek hallsands halsetown jacobstow
kirkandrews lanivet mellingham mevagissey nanstallon porthallow quixwood zelah veryan yealmpton tregony sithney trebarwith stithians werrington
warleggan treen wadebridge sennen lakeside lanternfish larchfield larkspur linden mallowfield marlowe marram meridian moorhen mosswood nettlebed
nightjar northbridge northgate northline oakhollow osprey ossory ostrava oxbow palisade penhallow pinecrest podkarpacie polaris quarrytown quayside
quillon ravensworth redfern redwing rookwood rowan ledger courier wire herald gazette monitor globe harbour harbourline""".split()
PART_A_OUTLETS = ["Cyprus Mail", "The Jordan Times", "Saudi Gazette", "Asharq Al-Awsat", "AKIpress", "Asia-Plus", "Azernews", "IPN News Agency", "STA", "National Post"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def lines_of(text):
    return [re.sub(r"^[\u2022*]\s*", "", l.strip()) for l in text.split("\n")]


def stamp_matches(stamp, pub, local, text, zone):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"updated:? (\d{1,2}) ([A-Z][a-z]+) (\d{4}),? (\d\d):(\d\d)", text, re.I)
        if not mm:
            return "relative stamp without an absolute anchor"
        ref = datetime(int(mm.group(3)), MONTHS.index(mm.group(2)) + 1, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=ZoneInfo(zone))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        u = pub.astimezone(ZoneInfo("UTC"))
        return None if (u.hour, u.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    m = re.search(r"(\d\d:\d\d) (GMT|BST|CET)$", s)
    if m:
        off = {"GMT": 0, "BST": 1, "CET": 1}[m.group(2)]
        u = pub.astimezone(ZoneInfo("UTC")) + timedelta(hours=off)
        return None if u.strftime("%H:%M") == m.group(1) else "zone-labelled stamp differs"
    m = re.search(r"(?<![\d])(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?(?!\d)", s)
    while m and re.match(r"\d{4}", s[m.start():m.start() + 4] if m.start() + 4 <= len(s) else ""):
        m = None
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        suf = m.group(3).replace(".", "").lower()
        h = (0 if h == 12 else h) + (12 if suf == "pm" else 0)
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    md = re.search(r"(?<!\d)(\d{1,2}) ([A-Z][a-z]+) (\d{4})", s)
    if md and md.group(2) in MONTHS and (int(md.group(1)), MONTHS.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), [x[:3] for x in MONTHS].index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    return None


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]:
        err(gp, "gold name must be seed name without extension + .json")
    if not re.fullmatch(r"31\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible text")
    ZoneInfo(g["page_timezone"])
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not from the brief's list", src)
    else:
        if not "l" <= src[0].lower() <= "r":
            err(sid, "invented outlet must start with L-R", src)
        if any(w.lower() in BANNED for w in re.findall(r"[A-Za-z]+", src)):
            err(sid, "outlet name uses a reserved word", src)
    # printed date present? then no parse_args needed; no date -> parse_args required
    has_date = bool(re.search(r"(\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]{2,8} \d{1,2}, ?\d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]{2} \d\d,\d{4}|\d\d [A-Z][a-z]{2} \d{4})", text + open(sp, encoding="utf-8").read()))
    if not has_date and "parse_args" not in g:
        err(sid, "page names no date but gold has no parse_args")
    if "parse_args" in g:
        pa = g["parse_args"]
        if not (len(pa) == 2 and pa[0] == "--date" and all(e["published"].startswith(pa[1]) or True for e in g["entries"])):
            err(sid, "parse_args shape")
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []; byid = {}
    for e in g["entries"]:
        eid = e.get("id")
        if not re.fullmatch(sid + r"-\d\d", eid or ""):
            err(eid, "bad id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            nxt = next((l[len(fs):] for l in lines if l.startswith(fs)), "")
            if nxt and not re.match(r"\s+[A-Z0-9\"\u201c]", nxt):
                err(eid, "first_sentence cut inside a sentence")
            if re.search(r"\b(U\.S|U\.K|Mr|Mrs|Dr|St|Gen|Lt|Col|No)\.$", fs):
                err(eid, "first_sentence ends at an abbreviation")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published != published_local")
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local, text, g["page_timezone"])
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and the article time is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if e["duplicate_of"]:
            orig = byid.get(e["duplicate_of"])
            if not orig:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                if orig["story"] != e["story"] or orig["headline"] != e["headline"]:
                    err(eid, "duplicate differs in story/headline")
                if orig["published"] > e["published"]:
                    err(eid, "duplicate older than its original")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points")
        elif kp_block and e["headline"] in kp_block and not e["duplicate_of"]:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid); byid[eid] = e
    if len(set(ids)) != len(ids):
        err(sid, "duplicate ids")
    # entry count on the page: stamps and headlines occur as often as the gold says
    for e in g["entries"]:
        if e["headline"]:
            n_gold = sum(1 for x in g["entries"] if x["headline"] == e["headline"])
            n_page = sum(1 for l in lines if l == e["headline"])
            if n_page < n_gold:
                err(e["id"], "headline printed fewer times than gold entries carry it")

seen_days = {}
fmts = defaultdict(int)
for sid in SINGLE:
    g = golds.get(sid)
    if not g:
        err(sid, "missing"); continue
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count")
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "single page spans UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day reused", d)
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if sorted(golds[s]["source"] for s in SINGLE if s in golds) != sorted(PART_A_OUTLETS):
    err("Part A outlets must be the ten named in the brief, once each")

day_date = {}; any_world = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            any_world = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1:
        err(day, "more than one UTC date", dates)
    d = sorted(dates)[0]; day_date[day] = d
    if d in seen_days:
        err(day, "UTC day reused", d)
    seen_days[d] = day
    if not 18 <= n <= 30 or not 3 <= len(sids) <= 5:
        err(day, "entry/source count", n, len(sids))
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for s in sids):
        err(day, "no general world feed with mostly off-beat items")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    for e in kinds:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                and "re-post" not in (e["notes"] or "").lower():
            err(e["id"], "story carried by 2+ seeds must be importance 3")
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any("theme" in (e["notes"] or "") and e["importance"] == 2 and e["first_sentence"] for e in kinds):
        err(day, "no theme piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry at importance 1 with a note")
if not ({e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1 if "unrelated" != e["subtopic"]}):
    err("day 2 continues no day-1 story")
if not any_world:
    err("no general world feed")
for d, who in seen_days.items():
    if d in FORBIDDEN or not d.startswith("2024-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date not allowed", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(golds)} gold files, {sum(len(g['entries']) for g in golds.values())} entries; days {day_date}; "
      f"single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
