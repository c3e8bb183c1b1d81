#!/usr/bin/env python3
"""Builds the eval/fi seed pages and their gold files from one hand-written data table (below).
All news text is the blind tester's own wording (invented or paraphrased; no sentence copied from any real page,
the shared seeds or another eval set). Part A imitates the page layouts of ten real outlets from memory; Part B
outlets are invented. Deterministic. Run from the project root:  python3 eval/fi/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
NBSP = "\u00a0"
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline or None, p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space=" ", style="AM"):
    """12-hour clock: style 'AM' -> '2:14 PM', 'am' -> '2:14 pm', 'a.m.' -> '2:14 p.m.'"""
    hh = d.hour % 12 or 12
    suf = {"AM": ("AM", "PM"), "am": ("am", "pm"), "a.m.": ("a.m.", "p.m.")}[style][d.hour >= 12]
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d, z=False):
    s = d.isoformat()
    return s.replace("+00:00", "Z") if z else s


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]) + timedelta(seconds=e.get("ss", 0)); u = d.astimezone(UTC)
            lf = "%Y-%m-%d %H:%M:%S " if e.get("ss") else "%Y-%m-%d %H:%M "
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime(lf) + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 16600 The Independent (text live blog)
def r_independent(S):
    """The Independent live blog as copied from the browser: no blank lines; page byline + 'Friday 01 December 2028 17:12 GMT'
    header; 'Key Points' list of post headlines; each post opens with 'HH:MM , Author' (no date, no zone) above the headline;
    optional photo credit '(REUTERS)' after the body."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["updated"], z)
    L = ["Skip to main content", "Skip to footer", "The Independent", "Subscribe", "Log in",
         "News  Sport  Culture  Lifestyle  Travel  Premium  Climate  Voices  Money  Tech  Bulletin", "World", "Europe",
         S["title"], S["standfirst"], S["byline"], f"{WEEKDAYS[up.weekday()]} {up.day:02d} {MONTHS[up.month - 1]} {up.year} {up:%H:%M} GMT",
         "Comments", S["caption"]] + S["lede"] + ["Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["Show latest update"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} , {e['a']}"; stamps.append(st)
        L += [st, e["h"]] + e["p"]
        if e.get("credit"):
            L.append(e["credit"])
        if i == 3:
            L += ["Get the free Morning Headlines email for the day\u2019s top stories, straight to your inbox", "Sign up"]
    L += ["Join our commenting forum", "Talk about the stories that matter with other Independent readers",
          "Comments", "Most popular", "Popular videos", "Bulletin", "Read next", "Thank you for registering"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16600", name="16600_independent-live", ext="txt", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Dnipro missile strike kills three as UK unveils \u00a3180m drone deal",
  standfirst="Follow the latest updates from Ukraine as rescuers search the wreckage of an industrial district in Dnipro",
  byline="Harriet Moss", updated="2028-12-01 17:12",
  caption="Smoke rises over the eastern bank of the Dnipro river after the morning attack (AFP via Getty Images)",
  lede=["Russian ballistic missiles slammed into an industrial quarter of Dnipro before dawn on Friday, killing three people and wrecking a bus depot, local officials said.",
        "Hours later Britain announced a \u00a3180m programme to build interceptor drones jointly with Ukrainian manufacturers, with the first deliveries promised before the end of winter.",
        "The Kremlin, meanwhile, said that no date had been set for any further negotiations."],
  basis="post stamp '{s}' (time only, no zone); the date comes from the page header 'Friday 01 December 2028 17:12 GMT' (all posts are earlier the same day, newest first); UK local time = GMT = UTC in December; local {d} in {z}",
  notes="Imitates a live blog of The Independent copied as text (no blank lines). Newest first. Header: page byline and 'Friday 01 December 2028 17:12 GMT' (the only date on the page). 'Key Points' lists two post headlines (key_point true). Each post starts with a 'HH:MM , Author' line (no date, no zone) and then the headline; some posts end with a photo credit line ('(REUTERS)', '(AFP via Getty Images)') that is not body text. 16600-02 is a 'Watch:' video post with no text (importance 1). 16600-07 and 16600-03 are the first report and the toll update of the same Dnipro strike.",
  not_entries=["skip links, masthead, Subscribe / Log in, section navigation and 'World' / 'Europe' breadcrumbs", "page title and standfirst",
               "page byline 'Harriet Moss' and the header date line", "'Comments' link", "lead photo caption", "three lede paragraphs before 'Key Points'",
               "'Key Points' header and its two headline lines (pointers to posts)", "'Show latest update' button",
               "photo credit lines '(AFP via Getty Images)' and '(REUTERS)' after post bodies", "Morning Headlines newsletter sign-up after the fourth post",
               "commenting-forum promo, 'Comments', 'Most popular', 'Popular videos', 'Bulletin', 'Read next', 'Thank you for registering'"],
  entries=[
  E("2028-12-01 17:05", "Poland scrambles jets as Russian drones head for western Ukraine",
    ["Poland put fighter jets and ground-based air defences on alert on Friday afternoon after Russia sent a wave of attack drones towards the Volyn and Lviv regions, the Polish operational command said.",
     "No violation of Polish airspace was recorded and the aircraft returned to their bases about an hour later, it added."],
    "other", "security", 2, "poland-scrambles-jets-western-ukraine-drones-2028-12-01", a="Kiran Sethi", sec=["strikes"]),
  E("2028-12-01 16:20", "Watch: Rescue crews comb through wrecked workshops in Dnipro", [],
    "strikes", "strikes", 1, "dnipro-ballistic-missile-strike-2028-12-01", a="Kiran Sethi", n="video post without text"),
  E("2028-12-01 15:41", "Dnipro missile strike death toll rises to three",
    ["A third person has died in hospital after Russia fired ballistic missiles at an industrial district of Dnipro early on Friday, the head of the regional administration said.",
     "Nineteen people were injured, two of them teenagers, and several workshops and a municipal bus depot were destroyed, officials said.",
     "Emergency workers were still dismantling a collapsed roof in the afternoon in case anyone remained trapped underneath."],
    "strikes", "strikes", 3, "dnipro-ballistic-missile-strike-2028-12-01", a="Harriet Moss", kp=True, credit="(AFP via Getty Images)", n="toll 3 dead, 19 injured"),
  E("2028-12-01 14:02", "UK announces \u00a3180m package to build drones with Ukraine",
    ["Britain will spend \u00a3180m on a joint programme to manufacture interceptor drones with Ukrainian companies, the Ministry of Defence announced on Friday.",
     "Officials said production lines would be set up in both countries and that the first drones made under the scheme would reach Ukrainian air-defence units before the spring.",
     "Kyiv has been pressing its partners for cheap interceptors to deal with the hundreds of Shahed-type drones Russia launches most nights."],
    "aid", "aid", 3, "uk-interceptor-drone-programme-2028-12-01", a="Harriet Moss", kp=True),
  E("2028-12-01 12:37", "Kremlin says no new peace talks on the calendar",
    ["Kremlin spokesman Dmitry Peskov said on Friday that no further round of negotiations with Ukraine had been scheduled and that Moscow saw no reason to rush.",
     "He repeated that any settlement would have to reflect what he called the situation on the ground."],
    "diplomacy", "diplomacy", 2, "kremlin-no-talks-scheduled-2028-12-01", a="Kiran Sethi"),
  E("2028-12-01 11:15", "Ukrainian troops repel assaults near Huliaipole, general staff says",
    ["Ukraine\u2019s general staff said its forces had beaten back 14 Russian attacks around Huliaipole in the Zaporizhzhia region over the past 24 hours, more than on any other stretch of the front.",
     "The claim could not be independently verified."],
    "other", "frontline", 2, "huliaipole-assaults-repelled-2028-12-01", a="Harriet Moss"),
  E("2028-12-01 09:48", "Two killed as Russian ballistic missiles hit Dnipro",
    ["Russian ballistic missiles struck an industrial area of Dnipro shortly before dawn, killing two people and injuring at least 15, regional officials said.",
     "Ukraine\u2019s air force said it had shot down two of the five missiles fired at the city."],
    "strikes", "strikes", 3, "dnipro-ballistic-missile-strike-2028-12-01", a="Harriet Moss", credit="(REUTERS)", n="first report: 2 dead, 15 injured"),
  ]))


# ---------------------------------------------------------------- 16601 TRT World (text live blog)
def r_trt(S):
    """TRT World live blog as text: 'Live blog:' title (no-break space), day-count subtitle, photo caption, one date header;
    'HHMM GMT — Headline' lines, newest first; the pinned lead is 'HHMM GMT <text>' without a headline."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["title"], "", S["subtitle"], "", S["caption"], "Reuters", "", S["caption"], "",
         f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        if e["h"] is None:
            L += [f"{st} {e['p'][0]}", ""] + sum(([p, ""] for p in e["p"][1:]), [])
            L += ["Read More", "Read More", "", S["related"], "", "More updates \U0001F447", ""]
        else:
            L += [f"{st} \u2014 {e['h']}", ""] + sum(([p, ""] for p in e["p"]), [])
        if i in (2, 5):
            L += ["Loading...", ""]
    prev = d0 - timedelta(days=1)
    L += [f"Click here to read our live updates from {WEEKDAYS[prev.weekday()]}, {MONTHS[prev.month - 1]} {prev.day}.", "",
          "About Us  Contact Us  Privacy Policy  Terms of Use", "\u00a9 TRT World 2028"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16601", name="16601_trtworld-live", ext="txt", source="TRT World", zone="UTC", render=r_trt,
  title="Live blog:" + NBSP + "T\u00fcrkiye ready to host new Black Sea shipping talks, Fidan says",
  subtitle="The war between Russia and Ukraine has entered its 2,474th day.",
  caption="Rescuers work at a damaged apartment block in Sumy / Photo: Reuters",
  related="Why Black Sea shipping lanes matter to Ankara",
  basis="stamp '{s}' under the page's only date header 'Saturday, December 2, 2028' (GMT = UTC, newest first); local {d} in {z}",
  notes="Imitates a TRT World live blog copied as text. page_title contains a no-break space (U+00A0) after 'Live blog:'. One date header 'Saturday, December 2, 2028'; stamps 'HHMM GMT'. The pinned lead (21:05) has no ' \u2014 ' headline: headline null, its text starts on the stamp line, and body_paragraphs counts that line as the first paragraph. Newest first, no midnight crossing. TRT spells the capital 'Kiev'. Two 'Loading...' placeholders and a footer link to the previous day's blog are chrome.",
  not_entries=["subtitle 'The war between Russia and Ukraine has entered its 2,474th day.'", "photo caption (printed twice) and the credit line 'Reuters'",
               "date header 'Saturday, December 2, 2028'", "'Read More' (twice) and the related link 'Why Black Sea shipping lanes matter to Ankara' after the lead",
               "'More updates' pointer line", "two 'Loading...' placeholders", "footer link 'Click here to read our live updates from Friday, December 1.'",
               "footer links and copyright line"],
  entries=[
  E("2028-12-02 21:05", None,
    ["T\u00fcrkiye is ready to host a new round of talks between Russia and Ukraine on the safety of merchant shipping in the Black Sea, Foreign Minister Hakan Fidan has said.",
     "Speaking to reporters in Ankara, Fidan said both sides had signalled interest in meetings at a technical level, but he gave no date.",
     "\"Safe navigation in the Black Sea matters to every coastal state, not only to the two parties at war,\" he said."],
    "diplomacy", "diplomacy", 3, "turkiye-offers-black-sea-shipping-talks-2028-12-02", n="pinned lead without headline"),
  E("2028-12-02 18:40", "Russian drone attack on Sumy kills two",
    ["Two people were killed and seven wounded when Russian drones hit a residential neighbourhood of the northeastern Ukrainian city of Sumy, regional officials said.",
     "The regional military administration said a five-storey apartment building and a kindergarten had been damaged."],
    "strikes", "strikes", 3, "sumy-drone-attack-2028-12-02"),
  E("2028-12-02 15:12", "Japan extends $1.5 billion loan for Ukraine's recovery",
    ["Japan has agreed to lend Ukraine $1.5 billion through a World Bank facility to support the state budget and repairs to the power grid, the Japanese embassy in Kiev said.",
     "The loan is backed by proceeds from immobilised Russian assets, in line with a scheme agreed by the Group of Seven."],
    "aid", "aid", 3, "japan-loan-ukraine-recovery-2028-12-02"),
  E("2028-12-02 11:30", "Moscow claims capture of village in Zaporizhzhia region",
    ["Russia's Defence Ministry said its troops had taken control of the village of Mala Tokmachka in the Zaporizhzhia region, a claim Kiev did not immediately address."],
    "other", "frontline", 2, "russia-claims-mala-tokmachka-2028-12-02"),
  E("2028-12-02 09:15", "Power cuts announced in five Ukrainian regions after grid attacks",
    ["Ukraine's national grid operator said scheduled blackouts would be applied in five regions on Saturday after overnight strikes damaged high-voltage transmission equipment.",
     "Households in the Chernihiv, Sumy, Poltava, Kharkiv and Dnipropetrovsk regions would be without power for up to eight hours, the operator said."],
    "other", "humanitarian", 2, "ukraine-power-cuts-five-regions-2028-12-02", sec=["strikes"]),
  E("2028-12-02 06:40", "Russia says it downed 41 Ukrainian drones overnight",
    ["Russian air defence systems destroyed 41 Ukrainian drones over several regions overnight, 12 of them over the Bryansk region, the Russian Defence Ministry said.",
     "The governor of the Bryansk region said no one had been hurt."],
    "strikes", "strikes", 2, "russia-downs-41-drones-2028-12-02"),
  E("2028-12-02 02:12", "Ukraine's ombudsman says 37 children brought back from Russian-held areas",
    ["Ukraine's human rights commissioner Dmytro Lubinets said 37 children who had been taken to Russia or to Russian-occupied territory were returned to Ukrainian-controlled areas in November with Qatar's help.",
     "He said Kiev had now documented more than 20,000 cases of children deported or forcibly moved during the war."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2028-11", sec=["diplomacy"]),
  ]))


# ---------------------------------------------------------------- 16602 Euronews (text article with sections)
def r_euronews(S):
    """Euronews article copied as text: caption + copyright lines, 'By NAME with AP', 'Published on dd/mm/yyyy - HH:MM GMT+1•Updated HH:MM',
    share widgets, lede, then section headings (one entry each), 'ADVERTISEMENT' markers, 'You might also like' links."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = [S["title"], "", S["caption"], S["caption"] + " Copyright " + S["copyright"], "Copyright " + S["copyright"],
         f"By{NBSP}{S['byline']}", f"Published on {pub:%d/%m/%Y} - {pub:%H:%M} GMT+1\u2022Updated {upd:%H:%M}",
         "Share this articleComments", "Share this articleClose Button", "Embed this video: copy the code below.Copy to clipboardCopied", "",
         S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""]
        if i == 0:
            L += ["ADVERTISEMENT", ""]
        for j, p in enumerate(e["p"]):
            L += [p + " ", ""]
            if i == 1 and j == 0:
                L += [S["teaser"], ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Share this articleComments", "", "You might also like", ""] + sum(([x, ""] for x in S["more"]), [])
    return "\n".join(L).rstrip() + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="16602", name="16602_euronews-article", ext="txt", source="Euronews", zone="Europe/Paris", render=r_euronews,
  title="Drones pound Kyiv and Lviv as Zelenskyy seeks Nordic backing in Oslo",
  caption="A firefighter sprays water on a burning house in Kyiv's Darnytskyi district, Sunday, Dec. 3, 2028.",
  copyright="AP Photo/Olha Serdiuk", byline="Kira Holt with AP", published="2028-12-03 13:40", updated="2028-12-03 15:05",
  lede="The latest developments from the war in Ukraine.",
  teaser="Euronews spoke to volunteers who run night shelters in Kyiv's metro stations. Read their story below.",
  more=["How Ukraine's interceptor drones are changing night-time air defence", "Norway's sovereign fund and the question of Ukraine's reconstruction",
        "Moldova tightens border checks after a string of drone incidents"],
  basis="no per-section time: the article's line 'Published on 03/12/2028 - 13:40 GMT+1' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Imitates a Euronews article (not a live blog) copied as text; each of the five section headings is one entry (headline = heading), stamp null, published = the article's 'Published on 03/12/2028 - 13:40 GMT+1' time (the 'Updated 15:05' time is not used). Byline 'By Kira Holt with AP' (no-break space after 'By'); author = the named person, 'Kira Holt' (the agency credit 'with AP' is dropped). Paragraphs end in a trailing space as copied; it is not part of first_sentence. A paragraph in section 2 ('Euronews spoke to volunteers ... Read their story below.') is a teaser for another article and is not counted in body_paragraphs. Home zone Europe/Paris (Euronews is based in Lyon).",
  not_entries=["photo caption, the caption repeated with its copyright, and the copyright line", "byline 'By Kira Holt with AP'", "'Published on ... \u2022Updated 15:05' line",
               "share widgets ('Share this articleComments', 'Share this articleClose Button', 'Embed this video: copy the code below...')",
               "lede 'The latest developments from the war in Ukraine.'", "two 'ADVERTISEMENT' markers",
               "teaser paragraph for a related report inside section 2 ('Euronews spoke to volunteers ... Read their story below.')",
               "closing 'Share this articleComments'", "'You might also like' heading and three related links"],
  entries=[
  E("2028-12-03 13:40", "Night of drones over Kyiv and Lviv",
    ["Russia launched more than 90 attack drones and two cruise missiles at Ukraine overnight into Sunday, aiming mainly at Kyiv and the western city of Lviv, Ukrainian officials said.",
     "In Kyiv, debris from a downed drone set a house on fire in the Darnytskyi district, killing a 67-year-old man, the city's military administration reported.",
     "In Lviv, the regional governor said a warehouse on the edge of the city had been damaged and that nobody was hurt.",
     "Ukraine's air force said 78 of the drones and both missiles had been shot down or jammed."],
    "strikes", "strikes", 3, "kyiv-lviv-drone-attack-2028-12-03", a="Kira Holt"),
  E("2028-12-03 13:40", "Zelenskyy meets Nordic and Baltic leaders in Oslo",
    ["Ukrainian President Volodymyr Zelenskyy flew to Oslo on Sunday for talks with the leaders of the Nordic and Baltic countries on air defence and on financing Ukraine's army over the next two years.",
     "In a joint statement, the eight governments said they would keep their military support at least at this year's level through 2029."],
    "diplomacy", "diplomacy", 3, "zelenskyy-nordic-baltic-summit-oslo-2028-12-03", a="Kira Holt", sec=["aid"]),
  E("2028-12-03 13:40", "Moldova examines drone wreckage found near Ukrainian border",
    ["Moldovan police said they had found the wreckage of a drone in a field near the northern town of Ocni\u021ba, close to the border with Ukraine, and that explosives experts were examining it.",
     "The government in Chi\u0219in\u0103u said it would summon the Russian ambassador if the drone proved to be Russian."],
    "other", "security", 2, "moldova-drone-wreckage-ocnita-2028-12-03", a="Kira Holt"),
  E("2028-12-03 13:40", "Frozen assets debate returns to Brussels",
    ["European Union finance ministers will discuss on Monday a proposal to channel more of the profits from immobilised Russian central bank assets into Ukraine's budget for next year, diplomats said.",
     "Belgium, where most of the assets are held, wants guarantees from other member states before agreeing to any change."],
    "aid", "aid", 2, "eu-frozen-assets-ukraine-budget-2028-12", a="Kira Holt", sec=["diplomacy"]),
  E("2028-12-03 13:40", "Fighting intensifies on approaches to Kostiantynivka",
    ["Ukrainian commanders say Russian units have stepped up attempts to slip small infantry groups through the southern approaches to Kostiantynivka in the Donetsk region.",
     "A spokesperson for the brigade defending the area said fog and low cloud had made it harder to spot the groups with drones."],
    "other", "frontline", 2, "kostiantynivka-infiltration-2028-12-03", a="Kira Holt"),
  ]))


# ---------------------------------------------------------------- 16603 The Guardian (HTML live blog)
def r_guardian(S):
    """Guardian live blog, HTML. Bullet standfirst, page byline, 'Mon 4 Dec 2028 17.40 GMT' + 'First published on ...',
    'Key events' list (relative times), blocks newest first: relative '18m ago' in <time datetime> and the clock '17.22 GMT';
    headline optional. JSON-LD LiveBlogPosting whose liveBlogUpdate items carry the PAGE's headline and datePublished."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["captured"], z); first = dt(S["first_published"], z)
    def rel(d):
        mins = int((cap - d).total_seconds() // 60)
        return f"{mins}m ago" if mins < 60 else f"{mins // 60}h ago"
    def gdate(d):
        return f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} GMT"
    ups = []
    for i, e in enumerate(S["entries"]):
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{S['blocks'][i]}#block-{S['blocks'][i]}",
                    "headline": S["title"], "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "dateModified": cap.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "articleBody": " ".join(([e["h"]] if e["h"] else []) + e["p"])[:1000]})
    ld = [{"@type": "NewsArticle", "@context": "https://schema.org", "@id": S["url"], "headline": S["title"],
           "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "author": [{"@type": "Person", "name": S["byline"], "sameAs": "https://www.theguardian.com/profile/" + slug(S["byline"])}],
           "publisher": {"@type": "Organization", "name": "The Guardian", "@id": "https://www.theguardian.com#publisher"}},
          {"@type": "LiveBlogPosting", "@context": "https://schema.org", "@id": S["url"], "headline": S["title"],
           "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "dateModified": cap.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "coverageEndTime": (first + timedelta(days=1)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>', f'<link rel="canonical" href="{S["url"]}">',
           f'<meta name="description" content="{attr(S["standfirst"][0])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<header><div class="support"><p>Support the Guardian</p><p>Back independent reporting from $5 a month</p><a href="/contribute">Support us</a></div>'
           '<a href="/preference/edition/int">International edition</a> <a href="/signin">Sign in</a>'
           '<nav><a href="/">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="sub"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> <a href="/world/americas">Americas</a> '
           '<a href="/world/asia">Asia</a> <a href="/australia-news">Australia</a> <a href="/world/middleeast">Middle East</a> <a href="/world/africa">Africa</a> '
           '<a href="/inequality">Inequality</a> <a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/ukraine">Ukraine</a></div><span class="live-label">Live</span>',
           f'<h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["standfirst"]) + '</ul></div>',
           f'<address class="byline"><a rel="author" href="/profile/{slug(S["byline"])}">{esc(S["byline"])}</a></address>',
           f'<div class="dateline"><span>{gdate(cap)}</span> <span>First published on {gdate(first)}</span></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e.get("key_event"):
            b = S["blocks"][i]
            out.append(f'<li><a href="?page=with:block-{b}#block-{b}"><time>{rel(dt(e["t"], z))}</time> <span>{esc(e["h"])}</span></a></li>')
    out += ['</ul></div>', '<button class="filter">Show key events only</button> <p class="noscript">This filter needs JavaScript enabled</p>',
            '<div class="liveblog-body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st); b = S["blocks"][i]
        out.append(f'<article id="block-{b}" class="block"><header><a href="?page=with:block-{b}#block-{b}">'
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{rel(d)}</time></a> <span class="block-time">{st}</span></header>')
        if e["h"]:
            out.append(f'<h2 class="block-title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("caption"):
            out.append(f'<figure><figcaption>{esc(e["caption"])}</figcaption></figure>')
        foot = '<footer class="block-footer"><button>Share</button>'
        if e.get("upd"):
            foot += f' <span>Updated at {e["upd"]} GMT</span>'
        out.append(foot + '</footer></article>')
        if i == 3:
            out.append('<aside class="epic"><p>\u2026 there is a good reason why not everyone shows up to report from the front line.</p>'
                       '<p>Support our journalism from just $1.</p><a>Support the Guardian</a></aside>')
    out += ['</div><div class="pagination"><a href="?page=with:block-older">Older</a> <a href="#">Oldest</a></div></main>',
            '<aside class="most-viewed"><h2>Most viewed</h2><ol><li>Storm warnings issued for Scotland\u2019s northern isles</li>'
            '<li>The best winter reads of the year, picked by our critics</li></ol></aside>',
            '<footer><a href="/about">About us</a> <a href="/help">Help</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            '<a href="/info/privacy">Privacy policy</a> <p>\u00a9 2028 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16603", name="16603_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: Kharkiv death toll rises after glide-bomb strike; Norway pledges drone funding",
  url="https://www.theguardian.com/world/live/2028/dec/04/russia-ukraine-war-live-kharkiv-glide-bomb-norway-drones",
  standfirst=["Four people dead after guided bomb hits residential area of Kharkiv, officials say", "Norway to finance drone production inside Ukraine",
              "Ukrainian parliament votes to prolong martial law"],
  byline="Edwin Marsh", captured="2028-12-04 17:40", first_published="2028-12-04 07:02",
  blocks=["6570d1e28f08a3e1c7b9a4f2", "6570c8b18f08a3e1c7b9a4d5", "6570b3408f08a3e1c7b9a4b0", "6570a0f98f08a3e1c7b9a48c",
          "65709a128f08a3e1c7b9a466", "657085c38f08a3e1c7b9a441", "65707e778f08a3e1c7b9a41a", "65706d2b8f08a3e1c7b9a3f3"],
  basis="block clock '{s}' (GMT = UTC in December) on the day printed in the dateline 'Mon 4 Dec 2028 17.40 GMT'; the relative '…ago' label agrees with the 17.40 capture; JSON-LD update times are the page's, not the block's; local {d} in {z}",
  notes="Imitates a Guardian live blog (DCR markup), newest first. Every block shows a relative time ('18m ago', in <time datetime> with the true UTC instant) and the clock '17.22 GMT'; the stamp is the clock. Three blocks have no headline (headline null, first sentence from the body). The JSON-LD LiveBlogPosting lists every block as a BlogPosting whose headline and datePublished are the PAGE's (07:02), as the real site does: they must not be used as entry times. The 'Key events' list links three block headlines; it is not a 'Key Points' block, so key_point is false, but those entries are importance 3 on their own merits. Page byline 'Edwin Marsh' is the only author shown and is used for every block. Blocks 16603-05 (first report), 16603-02 (toll update) and 16603-04 (Kremlin reaction about the same strike) share one story.",
  not_entries=["skip links, support banner, edition switch, sign-in and navigation bars", "series label 'Ukraine' and 'Live' label", "page title",
               "three standfirst bullets (page summary)", "page byline 'Edwin Marsh'", "dateline and 'First published on ...' line",
               "'Key events' heading and its three links (pointers to blocks)", "'Show key events only' button and the JavaScript notice",
               "relative '…ago' labels of every block (duplicates of the block clock)", "'Share' buttons and 'Updated at ... GMT' notes in block footers",
               "photo caption inside block 16603-05", "support-the-Guardian epic after the fourth block", "'Older' / 'Oldest' pagination",
               "'Most viewed' rail", "footer links and copyright"],
  entries=[
  E("2028-12-04 17:22", None,
    ["Ukraine\u2019s foreign minister, Andrii Sybiha, has said Kyiv hopes EU governments will agree to open the remaining clusters of its accession negotiations at their summit later this month.",
     "\u201cWe have done our homework. The decision now is political,\u201d he told reporters in Kyiv after meeting his Slovak counterpart."],
    "diplomacy", "diplomacy", 2, "sybiha-eu-accession-clusters-2028-12-04", a="Edwin Marsh", n="block without headline"),
  E("2028-12-04 16:40", "Kharkiv death toll rises to four",
    ["The number of people killed by this morning\u2019s guided-bomb strike on Kharkiv has risen to four, the regional governor, Oleh Syniehubov, said.",
     "A woman pulled from the rubble earlier in the day died in hospital, and a man\u2019s body was found under a collapsed balcony. Twenty-three people were wounded."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-12-04", a="Edwin Marsh", key_event=True, upd="16.52", n="toll 4 dead, 23 wounded"),
  E("2028-12-04 15:05", "Norway pledges 5bn kroner for drone production in Ukraine",
    ["Norway will put 5bn kroner (about \u00a3360m) into the production of long-range and interceptor drones by Ukrainian manufacturers next year, its defence ministry said.",
     "The money will be paid through a fund managed jointly with Denmark, which has used the same model to order artillery from Ukrainian factories."],
    "aid", "aid", 3, "norway-drone-production-funding-2028-12-04", a="Edwin Marsh", key_event=True),
  E("2028-12-04 13:48", None,
    ["The Kremlin has claimed that Russia\u2019s strikes on Kharkiv were aimed only at military targets.",
     "Asked about the morning\u2019s attack, Dmitry Peskov told reporters that the Russian military \u201cdoes not strike civilian sites\u201d, a line Moscow has repeated throughout the war despite extensive evidence to the contrary."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-strike-2028-12-04", a="Edwin Marsh", n="block without headline; Kremlin reaction to the Kharkiv strike"),
  E("2028-12-04 12:10", "Guided bomb strike on Kharkiv kills two",
    ["Two people have been killed and at least 15 injured after a Russian guided aerial bomb hit a residential street in Kharkiv\u2019s Saltivskyi district, according to the city\u2019s mayor, Ihor Terekhov.",
     "Terekhov said the bomb had destroyed a two-storey building and blown out windows in a nearby school, which was empty at the time."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-12-04", a="Edwin Marsh", key_event=True,
    caption="Emergency workers at the site of the strike in Kharkiv. Photograph: Reuters", n="first report: 2 dead, 15 injured"),
  E("2028-12-04 10:35", "Russia claims capture of village near Lyman",
    ["Russia\u2019s defence ministry has said its forces captured the village of Torske, east of Lyman in the Donetsk region.",
     "Ukraine\u2019s military has not commented. The Guardian could not independently verify the claim."],
    "other", "frontline", 2, "russia-claims-torske-2028-12-04", a="Edwin Marsh"),
  E("2028-12-04 09:02", "Ukrainian parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament has voted to extend martial law and general mobilisation for a further 90 days, the 22nd such extension since the full-scale invasion began.",
     "The measure passed with 312 votes, according to an MP who posted the tally on Telegram."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-12-04", a="Edwin Marsh"),
  E("2028-12-04 07:10", None,
    ["Russian drones hit energy infrastructure in the Odesa region overnight, cutting power to parts of the port city of Izmail, the regional governor, Oleh Kiper, said.",
     "No one was injured, he said. Welcome to our coverage of the war in Ukraine; I\u2019m Edwin Marsh and I\u2019ll be bringing you the latest throughout the day."],
    "strikes", "strikes", 2, "odesa-region-energy-drone-strike-2028-12-04", a="Edwin Marsh", n="opening block without headline"),
  ]))


# ---------------------------------------------------------------- 16604 BBC News (RSS, editorial order)
def r_bbc_rss(S):
    """BBC News section RSS 2.0 (feeds.bbci.co.uk style): CDATA title/description, one-sentence description, pubDate in GMT,
    guid with '#0', media:thumbnail, no authors. Items are in editorial order, not time order."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/bsp/xsl/rss/nolsol.xsl"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           '<title><![CDATA[BBC News]]></title>', '<description><![CDATA[BBC News - Europe]]></description>',
           '<link>https://www.bbc.co.uk/news/world/europe</link>',
           '<image><url>https://news.bbcimg.co.uk/nol/shared/img/bbc_news_120x60.gif</url><title>BBC News</title><link>https://www.bbc.co.uk/news/world/europe</link></image>',
           '<generator>RSS for Node</generator>', f'<lastBuildDate>{rfc822(dt(S["built"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://feeds.bbci.co.uk/news/world/europe/rss.xml" rel="self" type="application/rss+xml"/>',
           '<copyright><![CDATA[Copyright: (C) British Broadcasting Corporation, see the BBC terms of use for the conditions of reuse of this feed.]]></copyright>',
           '<language><![CDATA[en-gb]]></language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.bbc.com/news/articles/{e['aid']}"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<link>{link}</link>', f'<guid isPermaLink="false">{link}#0</guid>', f'<pubDate>{st}</pubDate>',
                f'<media:thumbnail width="240" height="135" url="https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/{e["aid"][1:5]}/live/{e["aid"]}.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16604", name="16604_bbcnews-europerss", ext="xml", source="BBC News", zone="UTC", render=r_bbc_rss, built="2028-12-05 17:31",
  title="BBC News",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the BBC News Europe RSS feed. Items are in EDITORIAL ORDER (the BBC ranks items by prominence, not by time), so published times are not monotonic. Each description is a single sentence (body_paragraphs 1); no authors. Four of eight items are European news unrelated to the war (French farmers, Spanish floods, Swiss presidency, Greek ferry strike). Titles use the BBC prefix 'Ukraine war:' on one item.",
  not_entries=["xml-stylesheet processing instruction", "channel title, description, link, image, generator, lastBuildDate, atom:link, copyright, language and ttl",
               "guid and link URLs and media:thumbnail of every item"],
  entries=[
  E("2028-12-05 16:55", "Ukraine war: Russian missile strike on Zaporizhzhia kills three",
    ["Three people were killed when a Russian missile hit a residential area of the southern city, regional officials say."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2028-12-05", aid="c9x2kqj4e7lo"),
  E("2028-12-05 11:02", "Hungary blocks EU deal on Ukraine arms fund",
    ["Budapest has vetoed the release of \u20ac5bn from an EU fund used to reimburse member states for weapons sent to Ukraine, diplomats say."],
    "aid", "aid", 3, "hungary-blocks-eu-arms-fund-2028-12-05", sec=["diplomacy"], aid="cg7m1w03xz5o"),
  OFF("2028-12-05 15:20", "French farmers block motorways around Paris over trade deal",
      ["Convoys of tractors have slowed traffic on several routes into the French capital in a protest against a planned trade agreement with South American countries."],
      "french-farmers-protest-2028-12-05", n="French farm protests", aid="c4lq8v2n6dpo"),
  E("2028-12-05 09:45", "Russian court jails Siberian journalist for seven years over war posts",
    ["A court in Novosibirsk has convicted a local reporter of spreading \u2018false information\u2019 about the Russian army in posts about the war in Ukraine."],
    "other", "politics", 2, "novosibirsk-journalist-jailed-2028-12-05", aid="c1e5zr8k0y3o"),
  OFF("2028-12-05 13:30", "Heavy rain brings flooding to northern Spain",
      ["Rivers have burst their banks in Cantabria and the Basque Country after two days of heavy rain, forcing hundreds of people from their homes."],
      "northern-spain-floods-2028-12-05", n="weather", aid="c8pd3h5j2wxo"),
  E("2028-12-05 08:10", "Kyiv children\u2019s hospital reopens wing rebuilt after missile strike",
    ["The surgical wing of Ukraine\u2019s largest children\u2019s hospital has reopened four years after it was wrecked by a Russian missile."],
    "other", "humanitarian", 2, "okhmatdyt-wing-reopens-2028-12-05", aid="c0t6yb9m4rqo"),
  OFF("2028-12-05 17:12", "Swiss parliament chooses next year\u2019s president",
      ["Switzerland\u2019s federal assembly has elected the country\u2019s president for 2029, a largely ceremonial role that rotates among the seven members of the government."],
      "swiss-presidency-2029-election", n="Swiss politics", aid="cz3k7n1v8l2o"),
  OFF("2028-12-05 06:30", "Greek ferries stay in port as crews strike over pay",
      ["Ferry services between the Greek mainland and the islands have been halted for 24 hours by a seafarers\u2019 strike."],
      "greek-ferry-strike-2028-12-05", n="Greek labour dispute", aid="c5w2gf7q1nbo"),
  ]))


# ---------------------------------------------------------------- 16605 Reuters (text scrape of a section listing, no date anywhere)
def r_reuters(S):
    """reuters.com section front copied as text: headline, one-sentence summary, fused kicker 'Europecategory', then
    the time '3:12 PM UTC' (today's items show no date). The capture names no date or year at all."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "News, data and analytics for market professionals", "Learn more about", "LSEG", "",
         "Reuters home", "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "Sports", "More",
         "My News", "Sign In", "Register", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} UTC"; stamps.append(st)
        L += [e["h"], ""] + e["p"] + ["", e.get("kick", "Europe") + "category", "\u00b7", st, ""]
        if i == 2:
            L += ["Advertisement \u00b7 Scroll to continue", "", "Report This Ad", ""]
        if i == 5:
            L += ["Sign up here.", "The Reuters Daily Briefing newsletter brings the top stories of the day to your inbox.", ""]
    L += ["Load more articles"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16605", name="16605_reuters-europe", ext="txt", source="Reuters", zone="UTC", render=r_reuters, title="Europe",
  parse_args=["--date", "2028-12-06"],
  basis="card time '{s}' (explicit UTC); the page names no date or year anywhere, so the day is the --date given in parse_args (2028-12-06), consistent with newest-first order and no midnight crossing; local {d} in {z}",
  notes="Imitates the Reuters Europe section front copied as text. Cards newest first: headline, one-sentence summary, kicker fused with hidden text ('Europecategory', 'Ukraine & Russia Warcategory'), a middle dot, then '3:12 PM UTC'. No date and no year are printed anywhere on the captured page (today's cards show times only; the footer was not captured), hence parse_args --date 2028-12-06. No bylines on the cards (author null). Reuters spells 'Zelenskiy'. Three of eight cards are European news unrelated to the war. The 'Explainer' card is a theme piece with a summary, not a bodiless teaser.",
  not_entries=["skip link, LSEG promo line, Reuters home and navigation (World ... Register)", "section title 'Europe'",
               "fused kicker lines ('Europecategory', 'Ukraine & Russia Warcategory', 'Businesscategory') and the middle-dot separators",
               "'Advertisement \u00b7 Scroll to continue' and 'Report This Ad'", "newsletter promo ('Sign up here.' and its description)", "'Load more articles'"],
  entries=[
  E("2028-12-06 16:48", "Ukraine's Zelenskiy says two more IRIS-T systems have arrived from Germany",
    ["Ukraine has received two more IRIS-T air defence systems from Germany, President Volodymyr Zelenskiy said on Wednesday, as Kyiv braces for further attacks on its power grid this winter."],
    "aid", "aid", 2, "germany-iris-t-delivery-2028-12-06", kick="Ukraine & Russia War"),
  E("2028-12-06 15:12", "Russian drones hit Odesa port, damaging grain storage",
    ["A Russian drone attack on Odesa's port overnight damaged grain storage facilities and injured two workers, Ukraine's infrastructure ministry said on Wednesday."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2028-12-06", kick="Ukraine & Russia War"),
  OFF("2028-12-06 13:40", "German industrial orders fall more than expected in October",
      ["German industrial orders dropped unexpectedly in October as demand from outside the euro zone weakened, data from the statistics office showed on Wednesday."],
      "german-industrial-orders-october", n="German economy", kick="Business"),
  E("2028-12-06 12:05", "Russia and Ukraine swap 90 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine each handed over 90 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, the two sides said, the first such swap in more than a month."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2028-12-06", kick="Ukraine & Russia War"),
  E("2028-12-06 10:31", "Explainer: How Europe is trying to squeeze Russia's shadow fleet",
    ["European governments are boarding and inspecting more ageing tankers that carry Russian oil in breach of price caps, but legal limits on stopping ships at sea leave big gaps, officials and lawyers say."],
    "diplomacy", "diplomacy", 2, "explainer-russia-shadow-fleet-europe", kick="Ukraine & Russia War", n="theme piece (explainer), no single event"),
  OFF("2028-12-06 09:02", "Spanish train drivers call strikes over the holiday period",
      ["Spain's main train drivers' union called a series of strikes for the Christmas holidays after talks with the state rail operator over staffing broke down."],
      "spain-train-drivers-strike-december", n="Spanish labour dispute"),
  E("2028-12-06 07:26", "Russia says it downed 57 Ukrainian drones, Kaluga airport briefly shut",
    ["Russian air defences destroyed 57 Ukrainian drones overnight over eight regions, the Defence Ministry said, and flights at Kaluga airport were suspended for several hours."],
    "strikes", "strikes", 2, "russia-downs-57-drones-2028-12-06", kick="Ukraine & Russia War"),
  OFF("2028-12-06 05:50", "Dutch coalition talks stall over budget rules",
      ["Talks on forming a new Dutch government stalled overnight after the parties failed to agree on how much the country should borrow, negotiators said."],
      "dutch-coalition-talks-budget", n="Dutch politics"),
  ]))


# ---------------------------------------------------------------- 16606 Associated Press (HTML live page)
def r_ap(S):
    """AP News live page, HTML. 'Updated 5:58 PM EST, December 7, 2028' page line; posts newest first, each with a bare
    '5:52 PM' time, h2 headline, 'By NAME' and body (first paragraph often with an AP dateline). Page-level LiveBlogPosting
    JSON-LD without liveBlogUpdate."""
    z = S["zone"]; order_check(S, True)
    start = dt(S["start"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "coverageStartTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "publisher": {"@type": "NewsMediaOrganization", "name": "AP News", "logo": {"@type": "ImageObject", "url": "https://apnews.com/apple-touch-icon.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | AP News</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="LiveBlogPage">',
           '<bsp-header class="Page-header"><a class="Page-header-logo" href="/">AP</a> <button>Menu</button>'
           '<nav><a href="/world-news">World</a> <a href="/us-news">U.S.</a> <a href="/politics">Politics</a> <a href="/sports">Sports</a> '
           '<a href="/entertainment">Entertainment</a> <a href="/business">Business</a> <a href="/science">Science</a> <a href="/ap-fact-check">Fact Check</a> '
           '<a href="/oddities">Oddities</a> <a href="/hub/be-well">Be Well</a> <a href="/newsletters">Newsletters</a> <a href="/photography">Photography</a> '
           '<a href="/climate-and-environment">Climate</a></nav><a class="Page-header-donate" href="/donate">Donate</a></bsp-header>',
           '<main><div class="Page-breadcrumbs"><a href="/hub/russia-ukraine">RUSSIA-UKRAINE WAR</a></div>',
           f'<h1 class="Page-headline">{esc(S["title"])}</h1>',
           f'<div class="Page-dateModified"><bsp-timestamp data-timestamp="{int(upd.timestamp() * 1000)}"><span>Updated {h12(upd)} EST, {MONTHS[upd.month - 1]} {upd.day}, {upd.year}</span></bsp-timestamp></div>',
           '<div class="Page-actions">Share <button>Copy</button> <span>Link copied</span> <a>Email</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Bluesky</a> <a>Flipboard</a> <a>Pinterest</a> <a>Reddit</a></div>',
           f'<div class="LiveBlogPage-summary"><p>{esc(S["lede"])}</p></div>', '<div class="LiveBlogPage-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f'<div class="LiveBlogPost" id="{S["posts"][i]}"><div class="LiveBlogPost-timestamp">'
                   f'<bsp-timestamp data-timestamp="{int(d.timestamp() * 1000)}"><span>{st}</span></bsp-timestamp></div>'
                   f'<h2 class="LiveBlogPost-headline">{esc(e["h"])}</h2><div class="LiveBlogPost-byline">By {esc(e["a"])}</div><div class="LiveBlogPost-body">')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div><div class="LiveBlogPost-share"><button>Share</button></div></div>')
        if i == 2:
            out.append('<div class="Advertisement">ADVERTISEMENT</div>')
    out += ['</div></main>', '<footer class="Page-footer"><p>The Associated Press has been gathering news around the world since 1846.</p>'
            '<a href="/about">About</a> <a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/cookies">Cookie Settings</a> <p>Copyright 2028 The Associated Press. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16606", name="16606_apnews-live", ext="html", source="Associated Press", zone="America/New_York", render=r_ap,
  title="Russia-Ukraine war: Putin sets terms for talks as drone hits bus in Kherson",
  url="https://apnews.com/live/russia-ukraine-war-updates-12-7-2028", start="2028-12-07 06:02", updated="2028-12-07 17:58",
  lede="Russian President Vladimir Putin on Thursday repeated that Moscow would only negotiate on its own terms, while a drone strike on a bus in Kherson killed two people. Here's the latest:",
  posts=["lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c40011", "lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c3ff02", "lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c3fdd3",
         "lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c3fb84", "lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c3f965", "lb-post-00000188-3c2a-d7f1-a9bf-7f6e21c3f706"],
  basis="post time '{s}' (no date, no zone on the post); day and zone from the page line 'Updated 5:58 PM EST, December 7, 2028' (all posts earlier the same day, newest first; EST = UTC-5); local {d} in {z}",
  notes="Imitates an AP News live page (HTML), newest first. Each post shows only a bare clock ('5:52 PM'), headline, 'By NAME' and body; the date and zone are given once by 'Updated 5:58 PM EST, December 7, 2028'. The bsp-timestamp data-timestamp attributes hold the true epoch milliseconds. JSON-LD is a page-level LiveBlogPosting without liveBlogUpdate. First sentences keep the AP dateline ('KHERSON, Ukraine (AP) \u2014 ...') where printed. Per-post authors.",
  not_entries=["AP logo, Menu, section navigation and Donate", "breadcrumb 'RUSSIA-UKRAINE WAR'", "page title", "'Updated 5:58 PM EST, December 7, 2028' line",
               "share bar (Copy, Link copied, Email, Facebook, X, ...)", "page summary paragraph ending 'Here's the latest:'", "'By NAME' lines (authors, not body)",
               "'Share' button under each post", "'ADVERTISEMENT' after the third post", "footer"],
  entries=[
  E("2028-12-07 17:52", "Russian drone hits a bus in Kherson, killing 2",
    ["KHERSON, Ukraine (AP) \u2014 A Russian drone struck a city bus in the southern Ukrainian city of Kherson on Thursday, killing two passengers and wounding five, the regional governor said.",
     "Drone attacks on vehicles in Kherson have become almost daily since Russian forces were pushed back across the Dnipro River, and residents say they plan every trip around them."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2028-12-07", a="Halyna Ostapenko"),
  E("2028-12-07 16:10", "Netherlands and Germany to pay for more Patriot interceptors for Ukraine",
    ["The Dutch and German governments said Thursday they would jointly finance a new batch of Patriot interceptor missiles for Ukraine, to be delivered from a European production line next year.",
     "Neither government gave the number of missiles or the cost."],
    "aid", "aid", 2, "dutch-german-patriot-interceptors-2028-12-07", a="Pieter Vandam"),
  E("2028-12-07 13:35", "Ukraine receives bodies of 1,000 soldiers in repatriation exchange",
    ["Ukraine received the bodies of 1,000 people it says are fallen soldiers in an exchange with Russia on Thursday, the government body that handles prisoners of war said.",
     "Russia received the remains of 38 of its troops, according to Russian officials. Identification will take months, the Ukrainian agency said."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2028-12-07", a="Halyna Ostapenko"),
  E("2028-12-07 11:20", "Putin says Russia is open to talks but will not give up annexed regions",
    ["MOSCOW (AP) \u2014 Russian President Vladimir Putin said Thursday that Moscow was ready for negotiations with Ukraine but would not discuss the status of four Ukrainian regions it claims to have annexed.",
     "Speaking at a meeting with officials in the Kremlin, Putin also said any agreement would have to include guarantees that Ukraine will never join NATO."],
    "diplomacy", "diplomacy", 3, "putin-talks-terms-2028-12-07", a="Arkady Zelin"),
  E("2028-12-07 09:05", "Ukraine's army chief warns of Russian buildup near Zaporizhzhia",
    ["Ukraine's top military commander, Gen. Oleksandr Syrskyi, said Thursday that Russia had moved additional assault units toward the Zaporizhzhia front and was preparing a new offensive there.",
     "He said Ukrainian troops were reinforcing defensive lines south of the regional capital."],
    "other", "frontline", 2, "syrskyi-zaporizhzhia-buildup-warning-2028-12-07", a="Rosa Mendel"),
  E("2028-12-07 06:40", "Moscow airports briefly halt flights as drones are shot down",
    ["Flights at two Moscow airports were halted for about two hours early Thursday as air defenses shot down drones approaching the Russian capital, Mayor Sergei Sobyanin said.",
     "There were no reports of damage or casualties."],
    "strikes", "strikes", 2, "moscow-drones-airports-halted-2028-12-07", a="Arkady Zelin"),
  ]))


# ---------------------------------------------------------------- 16607 Al Jazeera (HTML "List of key events" article)
def r_aljazeera(S):
    """Al Jazeera 'Russia-Ukraine war: List of key events, day N', HTML. Visible date only ('Published On 8 Dec 2028', printed
    twice); the time is only in the NewsArticle JSON-LD. h2 sections with bullets; bullets have no headline and no time."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Organization", "name": "Al Jazeera Staff", "url": "https://www.aljazeera.com/author/aljazeera_staff"}],
          "publisher": {"@type": "Organization", "name": "Al Jazeera", "logo": {"@type": "ImageObject", "url": "https://www.aljazeera.com/images/logo_aje.png"}},
          "image": {"@type": "ImageObject", "url": "https://www.aljazeera.com/wp-content/uploads/2028/12/reuters_howitzer.jpg"}}
    dstr = f"{pub.day} {MON3[pub.month - 1]} {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Russia-Ukraine war News | Al Jazeera</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="container--header"><a class="site-logo" href="/">Al Jazeera</a> <button>Show navigation</button>'
           '<nav><a href="/news/">News</a> <a href="/middle-east/">Middle East</a> <a href="/tag/explainer/">Explained</a> <a href="/opinion/">Opinion</a> '
           '<a href="/sports/">Sport</a> <a href="/video/">Video</a> <a>More</a></nav> <a href="/live/">Live</a> <button>Search</button></div>',
           '<main><div class="article-header"><div class="topics"><a href="/news/">News</a><span>|</span><a href="/tag/ukraine-russia-crisis/">Russia-Ukraine war</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="article__subhead"><em>{esc(S["subhead"])}</em></p></div>',
           f'<figure><img alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="article-dates"><span class="screen-reader-text">Published On {dstr}</span><span aria-hidden="true">{dstr}</span></div>',
           '<div class="article-info-block"><button>Save</button> <button>Share</button> <span>Click here to share on social media</span> <span>share2</span></div>',
           '<div class="wysiwyg wysiwyg--all-content">']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        out.append('<li>' + " ".join(esc(p) for p in e["p"]) + '</li>')
    out += ['</ul>', '<p class="source"><em>Source: Al Jazeera and news agencies</em></p></div>', '<div class="ad">Advertisement</div>',
            '<section class="more-on"><h2>More on Russia-Ukraine war</h2><ul><li><a>Analysis: Can Europe build enough drones to matter?</a></li>'
            '<li><a>Photos: Kyiv marks another winter of blackouts</a></li></ul></section></main>',
            '<footer><a>About</a> <a>Connect</a> <a>Our Channels</a> <a>Our Network</a> <p>\u00a9 2028 Al Jazeera Media Network</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


AJ_SUBHEAD = "These are the main developments as the Russia-Ukraine war enters its 2,480th day."
SEEDS.append(dict(
  id="16607", name="16607_aljazeera-keyevents", ext="html", source="Al Jazeera", zone="Asia/Qatar", render=r_aljazeera,
  title="Russia-Ukraine war: List of key events, day 2,480", subhead=AJ_SUBHEAD,
  url="https://www.aljazeera.com/news/2028/12/8/russia-ukraine-war-list-of-key-events-day-2480", published="2028-12-08 08:12",
  caption="Ukrainian artillerymen fire a howitzer towards Russian positions in the Donetsk region [File: Reuters]",
  basis="no time is printed: the page shows only 'Published On 8 Dec 2028'; the NewsArticle JSON-LD datePublished 2028-12-08T05:12:00Z gives the time of every bullet (08:12 Doha time); local {d} in {z}",
  notes="Imitates Al Jazeera's daily 'List of key events' article (HTML). Four h2 sections (Fighting, Politics and diplomacy, Weapons, Economy); every bullet is one entry with headline null, stamp null and one paragraph. The visible page prints the date only ('Published On 8 Dec 2028' for screen readers and '8 Dec 2028' again); the publication time comes from the NewsArticle JSON-LD (05:12 UTC). No zone is printed; page_timezone is the outlet's home zone Asia/Qatar (UTC+3). The JSON-LD author is the generic 'Al Jazeera Staff', which is not shown on the page: author null.",
  not_entries=["logo, navigation, Live and Search", "topic line 'News | Russia-Ukraine war'", "page title", "italic subhead (day count)",
               "photo caption with '[File: Reuters]'", "dates 'Published On 8 Dec 2028' and '8 Dec 2028'", "Save / Share widgets",
               "section headings Fighting, Politics and diplomacy, Weapons, Economy", "'Source: Al Jazeera and news agencies'", "'Advertisement'",
               "'More on Russia-Ukraine war' links", "footer"],
  entries=[
  E("2028-12-08 08:12", None,
    ["A Russian missile attack on the central city of Kryvyi Rih killed three people, including a 12-year-old girl, and wounded 11, said Oleksandr Vilkul, the head of the city\u2019s military administration."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-attack-2028-12-07", sect="Fighting"),
  E("2028-12-08 08:12", None,
    ["Ukraine\u2019s General Staff said its forces struck an ammunition depot near occupied Horlivka in the Donetsk region, setting off secondary explosions that could be seen from several kilometres away."],
    "strikes", "strikes", 2, "horlivka-ammunition-depot-strike-2028-12", sect="Fighting"),
  E("2028-12-08 08:12", None,
    ["Russian troops have advanced west of Siversk in the eastern Donetsk region, according to DeepState, a Ukrainian group that maps the front line from open-source material."],
    "other", "frontline", 2, "siversk-russian-advance-2028-12", sect="Fighting"),
  E("2028-12-08 08:12", None,
    ["Ukraine and Moldova agreed to build a new rail bridge across the Dniester River to speed up freight traffic between the two countries, their prime ministers said after talks in Chisinau."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-dniester-rail-bridge-2028-12", sect="Politics and diplomacy"),
  E("2028-12-08 08:12", None,
    ["The International Committee of the Red Cross said it had been allowed to visit a group of Ukrainian prisoners of war held in Russia for the first time in six months."],
    "other", "humanitarian", 2, "icrc-visit-ukrainian-pows-2028-12", sec=["diplomacy"], sect="Politics and diplomacy"),
  E("2028-12-08 08:12", None,
    ["Sweden announced a military aid package worth 3.2 billion kronor ($300m), including ammunition for CV90 infantry fighting vehicles and mobile air-defence radars."],
    "aid", "aid", 3, "sweden-military-aid-package-2028-12", sect="Weapons"),
  E("2028-12-08 08:12", None,
    ["Ukraine\u2019s state energy company Naftogaz secured a 300-million-euro ($325m) loan from the European Bank for Reconstruction and Development to buy gas for the winter, after Russian strikes damaged several of its production sites."],
    "aid", "aid", 2, "naftogaz-ebrd-gas-loan-2028-12", sect="Economy"),
  ]))


# ---------------------------------------------------------------- 16608 The Kyiv Independent (Ghost RSS)
def r_kyivindependent(S):
    """Ghost RSS 2.0 as served at /rss/: CDATA everywhere, dc:creator, pubDate in GMT with seconds, media:content, description =
    the post's custom excerpt (here identical to the first paragraph), content:encoded = full HTML (figure + paragraphs)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           '<title><![CDATA[The Kyiv Independent]]></title>', '<description><![CDATA[News from Ukraine, Eastern Europe]]></description>',
           '<link>https://kyivindependent.com/</link>',
           '<image><url>https://kyivindependent.com/content/images/size/w256h256/2022/09/favicon.png</url><title>The Kyiv Independent</title><link>https://kyivindependent.com/</link></image>',
           '<generator>Ghost 5.82</generator>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True).replace(":00 GMT", f":{e['ss']:02d} GMT"); stamps.append(st)
        link = f"https://kyivindependent.com/{slug(e['h'], 70)}/"
        body = f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://kyivindependent.com/content/images/2028/12/{slug(e["h"], 24)}.jpg" alt="" loading="lazy">' \
               f'<figcaption><span>{esc(e["cap"])}</span></figcaption></figure>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{e["p"][0]}]]></description>',
                f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guids"][i]}</guid>',
                f'<category><![CDATA[{e.get("cat", "News Feed")}]]></category>', '<category><![CDATA[Ukraine]]></category>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<media:content url="https://kyivindependent.com/content/images/2028/12/{slug(e["h"], 24)}.jpg" medium="image"/>',
                f'<content:encoded><![CDATA[{body}]]></content:encoded>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16608", name="16608_kyivindependent-rss", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_kyivindependent,
  title="The Kyiv Independent",
  guids=["6574e0c21f8a9d0001b3c7e4", "6574c4a81f8a9d0001b3c7a9", "6574a7f31f8a9d0001b3c76e", "657489d01f8a9d0001b3c733",
         "65746c5e1f8a9d0001b3c6f8", "65744e2b1f8a9d0001b3c6bd", "657430f71f8a9d0001b3c682"],
  basis="RSS pubDate '{s}' (GMT = UTC, seconds kept); local {d} in {z}",
  notes="Imitates the Kyiv Independent's Ghost RSS feed, newest first. Each item: CDATA title, description (the custom excerpt, identical to the first body paragraph), dc:creator, pubDate in GMT with seconds, and content:encoded holding a figure (its caption is not body) and the paragraphs. The body is content:encoded, so body_paragraphs counts its <p> elements and the excerpt is not counted again. Gold times keep the feed's seconds. The outlet spells 'Zelensky'.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom:link and ttl", "category elements ('News Feed', 'Ukraine War Latest', 'Ukraine')",
               "description of every item (excerpt that repeats the first body paragraph)", "figure captions inside content:encoded", "guid, link and media:content URLs"],
  entries=[
  E("2028-12-09 19:41", "Russian missile attack on Kyiv injures 9, damages apartment blocks",
    ["Russia launched a combined missile and drone attack on Kyiv on the evening of Dec. 9, injuring nine people and damaging three apartment buildings, Kyiv Mayor Vitali Klitschko said.",
     "Debris fell in the Solomianskyi and Holosiivskyi districts, according to the city military administration. Two of the injured were hospitalized.",
     "Ukraine's Air Force said it intercepted six of the eight ballistic missiles launched at the capital."],
    "strikes", "strikes", 3, "kyiv-evening-missile-attack-2028-12-09", a="Oksana Ruban", ss=17,
    cap="Firefighters at a damaged building in Kyiv. (State Emergency Service / Telegram)"),
  E("2028-12-09 17:20", "Ukraine war latest: Ukrainian troops push Russian forces back near Kupiansk",
    ["Ukrainian forces have pushed Russian troops out of several positions north of Kupiansk in Kharkiv Oblast, the commander of the Joint Forces Task Force said on Dec. 9.",
     "Russian units had crossed the Oskil River in small groups over the past month and tried to gain a foothold on the western bank, he said.",
     "Key developments on Dec. 9: Estonia will send more howitzers; a new commander takes over Ukraine's drone forces; a Russian drone kills a woman in a Belgorod Oblast village."],
    "other", "frontline", 2, "kupiansk-counterattack-2028-12-09", a="Yevhen Tkach", ss=3, cat="Ukraine War Latest",
    cap="Ukrainian soldiers of an artillery brigade in Kharkiv Oblast. (Brigade press service)"),
  E("2028-12-09 15:05", "Estonia to hand over another batch of howitzers to Ukraine",
    ["Estonia will send Ukraine an additional batch of 155 mm towed howitzers and ammunition as part of its military aid for next year, the Estonian Defense Ministry announced on Dec. 9.",
     "Tallinn has pledged to spend 0.25% of its GDP annually on military assistance to Ukraine."],
    "aid", "aid", 2, "estonia-howitzers-2028-12-09", a="Nadiia Levchuk", ss=44,
    cap="A towed howitzer during a training exercise. (Estonian Defense Forces)"),
  E("2028-12-09 12:48", "Zelensky appoints new commander of Unmanned Systems Forces",
    ["President Volodymyr Zelensky appointed a new commander of Ukraine's Unmanned Systems Forces on Dec. 9, replacing the branch's head of the past two years.",
     "The outgoing commander will move to the General Staff to oversee drone procurement, according to the decree."],
    "other", "politics", 2, "unmanned-systems-forces-new-commander-2028-12-09", a="Oksana Ruban", ss=9,
    cap="Drone operators during training in Kyiv Oblast. (Unmanned Systems Forces)"),
  E("2028-12-09 10:30", "Belgorod governor says Ukrainian drone killed woman in border village",
    ["A Ukrainian drone strike killed a woman in a village in the Shebekino district of Russia's Belgorod Oblast, the regional governor claimed on Dec. 9.",
     "The claim could not be independently verified. Ukraine rarely comments on individual attacks on Russian territory."],
    "strikes", "strikes", 3, "belgorod-drone-death-2028-12-09", a="Yevhen Tkach", ss=51,
    cap="A road sign at the entrance to Belgorod Oblast. (Getty Images)"),
  E("2028-12-09 08:15", "Sybiha meets Japanese foreign minister in Tokyo",
    ["Foreign Minister Andrii Sybiha met his Japanese counterpart in Tokyo on Dec. 9 to discuss reconstruction financing and Japan's role in demining Ukraine's farmland.",
     "The two ministers agreed to hold the next Ukraine-Japan reconstruction conference in Kyiv in the spring."],
    "diplomacy", "diplomacy", 3, "sybiha-tokyo-visit-2028-12-09", a="Nadiia Levchuk", ss=26,
    cap="Andrii Sybiha in Tokyo. (Foreign Ministry of Ukraine)"),
  E("2028-12-09 06:02", "Military intelligence claims cyberattack on Russian railway ticketing system",
    ["Ukraine's military intelligence agency (HUR) claimed on Dec. 9 that its hackers had disrupted the online ticketing system of Russian Railways for several hours.",
     "Russian Railways acknowledged a technical failure but did not say what caused it."],
    "other", "security", 2, "hur-cyberattack-russian-railways-2028-12-09", a="Yevhen Tkach", ss=38,
    cap="A train at a station in Moscow. (Getty Images)"),
  ]))


# ---------------------------------------------------------------- 16609 CNN (HTML live updates)
def r_cnn(S):
    """CNN live story, HTML: 'By NAMES, CNN', 'Updated 6:20 PM EST, Sun December 10, 2028', 'What we're covering' bullets,
    posts newest first with '6:12 p.m. ET, December 10, 2028' above the headline and 'From CNN's NAME' under it.
    LiveBlogPosting JSON-LD with per-update datePublished."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z); first = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{S['posts'][i]}", "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@type": "Organization", "name": "CNN"},
          "liveBlogUpdate": ups}
    names = ", ".join(S["authors"][:-1]) + " and " + S["authors"][-1]
    out = ['<!DOCTYPE html>', '<html lang="en" data-layout-uri="cms.cnn.com/_layouts/layout-live-story/instances/world-v1@published"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | CNN</title>', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="brand-logo" href="/">CNN</a><nav><a href="/us">US</a> <a href="/world">World</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/health">Health</a> <a href="/entertainment">Entertainment</a> <a href="/style">Style</a> <a href="/travel">Travel</a> '
           '<a href="/sport">Sports</a> <a href="/science">Science</a> <a href="/climate">Climate</a> <a href="/weather">Weather</a> <a href="/world/europe/ukraine">Ukraine-Russia War</a> '
           '<a href="/world/middleeast/israel">Israel-Hamas War</a> <a href="/games">Games</a></nav><a href="/account/watch">Watch</a> <a href="/audio">Listen</a> '
           '<a href="/subscription">Subscribe</a> <a href="/account/log-in">Sign in</a></header>',
           '<main><div class="headline"><span class="live-badge">Live Updates</span>', f'<h1>{esc(S["title"])}</h1></div>',
           f'<div class="byline"><span>By {esc(names)}, CNN</span></div>',
           f'<div class="timestamp">Updated {h12(upd)} EST, {WEEKDAYS[upd.weekday()][:3]} {MONTHS[upd.month - 1]} {upd.day}, {upd.year}</div>',
           '<div class="live-story__summary"><h2>What we\u2019re covering</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["covering"]) + '</ul></div>',
           '<div class="live-story__posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, style='a.m.')} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="live-story-post" id="{S["posts"][i]}" data-first-publish="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">'
                   f'<header><span class="live-story-post__timestamp">{st}</span><h2 class="live-story-post__headline">{esc(e["h"])}</h2>'
                   f'<p class="live-story-post__byline">{esc(e["credit"])}</p></header><div class="live-story-post__content">')
        out += [f'<p class="paragraph">{esc(p)}</p>' for p in e["p"]]
        out.append('</div><button class="live-story-post__share">Link Copied!</button></article>')
        if i == 2:
            out.append('<div class="ad-slot-rail">Ad Feedback</div>')
    out += ['</div></main>', '<footer><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/ad-choices">Ad Choices</a> '
            '<a href="/accessibility">Accessibility &amp; CC</a> <a href="/about">About</a> <a href="/newsletters">Newsletters</a> '
            '<p>\u00a9 2028 Cable News Network. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def CNN(e, credit):
    e["credit"] = credit
    return e


SEEDS.append(dict(
  id="16609", name="16609_cnn-live", ext="html", source="CNN", zone="America/New_York", render=r_cnn,
  title="December 10, 2028 - Russia-Ukraine news", url="https://www.cnn.com/world/live-news/russia-ukraine-war-news-12-10-28",
  authors=["Lena Markovic", "Tomas Reyes", "Hannah Ostrowski"], updated="2028-12-10 18:20",
  covering=["A Russian strike on the eastern city of Kramatorsk has killed four people, local officials say.",
            "Pope Leo called for a Christmas truce during his Sunday Angelus prayer.",
            "Ukraine says its drones struck an oil terminal in Russia\u2019s Krasnodar region overnight."],
  posts=["h_5f0b2c91e7d84a3b9e6c1d0a7f2e4b61", "h_0c7e19d2b3a64f58a1e2d3c4b5a69788", "h_9a8b7c6d5e4f30211f2e3d4c5b6a7980",
         "h_1b2c3d4e5f60718293a4b5c6d7e8f901", "h_7f6e5d4c3b2a10998877665544332211", "h_2e4d6c8b0a1f3e5d7c9b1a2f4e6d8c0b"],
  basis="post stamp '{s}' (explicit date, ET = EST = UTC-5 in December); local {d} in {z}",
  notes="Imitates a CNN live story (HTML), newest first. Each post: '6:12 p.m. ET, December 10, 2028' above the h2 headline, then a credit line 'From CNN's NAME' (author = NAME) or 'From CNN staff' (generic desk credit: author null). The page byline lists three names and is not used per post. 'What we're covering' is a summary box (not a 'Key Points' list of post headlines): its bullets are not entries and key_point is false. JSON-LD LiveBlogPosting carries correct per-update datePublished.",
  not_entries=["CNN logo, navigation, Watch / Listen / Subscribe / Sign in", "'Live Updates' badge", "page title", "page byline 'By Lena Markovic, Tomas Reyes and Hannah Ostrowski, CNN'",
               "'Updated 6:20 PM EST, Sun December 10, 2028' line", "'What we're covering' box and its three bullets", "credit lines 'From CNN's ...' / 'From CNN staff'",
               "'Link Copied!' share buttons", "'Ad Feedback'", "footer"],
  entries=[
  CNN(E("2028-12-10 18:12", "Zelensky says Ukraine needs more Patriot systems before the coldest weeks",
    ["Ukrainian President Volodymyr Zelensky said in his nightly address Sunday that Ukraine\u2019s partners must send more Patriot air defense systems before the coldest weeks of winter, when Russia has in past years stepped up attacks on power plants.",
     "He said Kyiv had asked for at least four more batteries and was discussing the request with European governments."],
    "aid", "aid", 2, "zelensky-patriot-request-2028-12-10", a="Hannah Ostrowski"), "From CNN\u2019s Hannah Ostrowski"),
  CNN(E("2028-12-10 15:40", "Russian strike on Kramatorsk kills 4, local officials say",
    ["At least four people were killed and 12 wounded when Russian guided bombs struck the center of Kramatorsk in eastern Ukraine on Sunday afternoon, according to the head of the city\u2019s military administration.",
     "A market and several apartment buildings were damaged, he said. Kramatorsk, which lies about 20 kilometers from the front line, has come under increasingly frequent attack."],
    "strikes", "strikes", 3, "kramatorsk-strike-2028-12-10", a="Tomas Reyes"), "From CNN\u2019s Tomas Reyes"),
  CNN(E("2028-12-10 13:05", "Pope Leo calls for Christmas truce in Ukraine",
    ["Pope Leo XIV on Sunday urged Russia and Ukraine to observe a truce over Christmas, telling pilgrims in St. Peter\u2019s Square that \u201ceven a few days of silence\u201d could open the way to wider talks.",
     "The Vatican has helped arrange the return of some Ukrainian children from Russia, but Moscow has not responded to previous calls for a holiday ceasefire."],
    "diplomacy", "diplomacy", 2, "pope-leo-christmas-truce-call-2028-12-10", a="Lena Markovic"), "From CNN\u2019s Lena Markovic"),
  CNN(E("2028-12-10 10:30", "Ukraine says its drones hit an oil terminal in Russia\u2019s Krasnodar region",
    ["Ukraine\u2019s General Staff said its long-range drones struck an oil terminal near the port of Tuapse in Russia\u2019s Krasnodar region overnight, starting a fire at a storage tank.",
     "Krasnodar regional authorities said a fire broke out after drone debris fell on the site and that no one was hurt."],
    "strikes", "strikes", 2, "tuapse-oil-terminal-drone-strike-2028-12-10", a="Tomas Reyes"), "From CNN\u2019s Tomas Reyes"),
  CNN(E("2028-12-10 08:15", "Ukrainian court convicts Russian commander in absentia over killings near Kyiv",
    ["A court in Kyiv on Sunday sentenced a Russian battalion commander in absentia to life in prison for ordering the killing of civilians in the Kyiv region in March 2022, Ukraine\u2019s prosecutor general\u2019s office said.",
     "Prosecutors said the commander is believed to be in Russia."],
    "other", "humanitarian", 2, "russian-commander-sentenced-in-absentia-2028-12-10", a="Lena Markovic"), "From CNN\u2019s Lena Markovic"),
  CNN(E("2028-12-10 05:02", "Russia launched 120 drones at Ukraine overnight, air force says",
    ["Russia launched 120 attack drones and decoys at Ukraine overnight, of which 97 were shot down or electronically suppressed, Ukraine\u2019s air force said Sunday.",
     "Drones hit energy facilities in the Chernihiv and Poltava regions, regional officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-12-10", a=None), "From CNN staff"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_quillfenn(S):
    """text live, newest first; 'Key Points' list; 12-hour stamp line '4.45pm' above the headline (zone only in the dateline note);
    the author's name in brackets after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Ukraine  |  Russia  |  Europe  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep=".", space="", style="am"); stamps.append(st)
        L += [st, e["h"], ""] + sum(([p, ""] for p in e["p"]), [])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 2:
            L += ["Support independent reporting from Ukraine \u2013 become a member of the Observer.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Ethics \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_thistlebay(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (true per-update datePublished);
    visible '<time datetime>08:20 GMT</time>' above the h2; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": iso(d.astimezone(UTC), z=True),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso(first.astimezone(UTC), z=True), "dateModified": iso(last.astimezone(UTC), z=True),
          "coverageStartTime": iso(first.astimezone(UTC), z=True), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Comment</a></nav>'
           '<a class="btn">Subscribe</a></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<p class="note">Updates run in time order, the most recent at the bottom.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 101}"><time datetime="{iso(d.astimezone(UTC), z=True)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="post-tools"><a>Link to this post</a></p></section>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/black-sea-shipping">Black Sea shipping: the numbers behind the grain corridor</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Terms \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate with the outlet's numeric offset (or GMT when S['gmt']); CDATA <p> description;
    dc:creator only where the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'], 50)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_us(S):
    """text article with section headings (one entry each): byline 'By A and B', dateline 'December 14, 2028, 5:50 p.m. EST'; no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}",
         f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {h12(d0, style='a.m.')} EST", "", "Gift this article \u00b7 Share \u00b7 Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"].upper() if S.get("caps") else e["h"], ""] + sum(([p, ""] for p in e["p"]), [])
        if i == 1:
            L += [S["inline"], ""]
    L += [S["tagline"], "", f"{S['source']} \u00b7 Corrections \u00b7 Terms of Service \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped-HTML <content>; optional <author>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z), z=True)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, z=True); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slug(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2028:{S["id"]}-{i + 1}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-12-14 (UTC), day 2 = 2028-12-15, day 3 = 2028-12-20.
ODESA = "odesa-port-missile-strike-2028-12-14"
EULOAN = "eu-summit-ukraine-loan-2028-12"
PORTS = "analysis-black-sea-port-attacks"
PORTS_H = "Analysis: Why Russia keeps hitting Ukraine\u2019s Black Sea ports"
PORTS_P = ["Odesa and the smaller Danube ports of Izmail and Reni handle most of Ukraine\u2019s seaborne exports, which makes them some of the most valuable targets on Moscow\u2019s list.",
           "Thursday\u2019s strike on Odesa fits a pattern seen since the collapse of the grain deal: missiles against quays and silos, drones against ships waiting at anchor, and periodic attacks on the railways that feed the ports.",
           "Ukraine has kept the corridor open largely by shooting down missiles over the sea and by insuring ships through a state-backed scheme. Each successful strike raises the premiums that shipowners pay, and that, analysts say, is partly the point."]

# ---------------------------------------------------------------- 16620 Quillfenn Observer (day 1, text live)
SEEDS.append(dict(
  id="16620", name="16620_quillfenn-textlive", ext="txt", source="Quillfenn Observer", zone="Europe/Kyiv", render=r_quillfenn,
  title="Russia-Ukraine war live: five killed in missile strike on Odesa port; EU leaders meet on Ukraine loan",
  dateline="Thursday 14 December 2028 \u00b7 All times Kyiv (EET)",
  lede="Russian missiles hit Odesa\u2019s port district; EU leaders begin a two-day summit with a loan for Kyiv on the agenda; one person killed by shelling in Kherson.",
  basis="stamp '{s}' (12-hour clock, no zone on the line) under the dateline 'Thursday 14 December 2028 \u00b7 All times Kyiv (EET)' (EET = UTC+2); local {d} in {z}",
  notes="Invented outlet (Kyiv-based English-language site). Text live blog, newest first. Stamps are 12-hour times with a dot and no space ('4.45pm'); the zone is only in the dateline note 'All times Kyiv (EET)'. A 'Key Points' block lists two entry headlines (key_point true). Author = the name in brackets after a post. 16620-02 is a 'Watch:' teaser without body. 16620-03 is a theme piece (analysis of attacks on Black Sea ports) that mentions the Odesa strike but is its own story; it is re-posted verbatim by 16631 on day 2. The Kherson shelling (16620-05) is another deadly strike the same day and must not merge with Odesa.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline with the time-zone note", "lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "bracketed author names after posts",
               "membership appeal after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-12-14 20:10", "Odesa death toll rises to five as rescuers end search",
    ["Rescuers have finished searching the damaged warehouses and apartment block in Odesa\u2019s port district, and the number of people killed in this morning\u2019s missile strike stands at five, the regional administration said.",
     "Twenty-two people were injured, including three port workers who remain in a serious condition."],
    "strikes", "strikes", 3, ODESA, a="Mariana Kostenko", kp=True, n="toll 5 dead, 22 injured"),
  E("2028-12-14 19:25", "Watch: Smoke rises over Odesa harbour after the strike", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body"),
  E("2028-12-14 18:40", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Callum Reddaway",
    n="theme piece (analysis of attacks on Black Sea ports) that mentions the Odesa strike; own story, must not merge with the Odesa strike"),
  E("2028-12-14 16:45", "EU leaders open Brussels summit with Ukraine loan on the table",
    ["European Union leaders began a two-day summit in Brussels on Thursday, with a proposed \u20ac45bn loan to cover Ukraine\u2019s budget and arms purchases next year at the top of the agenda.",
     "President Volodymyr Zelensky addressed the leaders by video link and urged them not to let the decision slip into the new year."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Callum Reddaway", kp=True),
  E("2028-12-14 14:30", "Shelling kills one in Kherson",
    ["A 58-year-old man was killed and three people were wounded when Russian artillery shelled a residential area of Kherson\u2019s Dniprovskyi district, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2028-12-14", a="Mariana Kostenko",
    n="another deadly strike the same day; must not merge with the Odesa strike"),
  E("2028-12-14 12:15", "Zelensky: Odesa strike shows Moscow is \u2018not interested in peace\u2019",
    ["President Volodymyr Zelensky said the morning attack on Odesa proved that Russia had no interest in ending the war, and called on partners to send more air-defence missiles to the south.",
     "\u201cThey aimed at a port, at warehouses, at people going to work,\u201d he said in a statement."],
    "strikes", "strikes", 3, ODESA, a="Mariana Kostenko", n="reaction whose content is the attack itself"),
  E("2028-12-14 10:05", "Missiles hit Odesa port, three dead",
    ["Russian missiles struck the port district of Odesa at about 9.30am, killing three people and setting warehouses on fire, the head of the regional military administration said.",
     "Ukraine\u2019s air force said two ballistic missiles had been launched from occupied Crimea."],
    "strikes", "strikes", 3, ODESA, a="Mariana Kostenko", n="first report: 3 dead"),
  ]))

# ---------------------------------------------------------------- 16621 Thistlebay Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="16621", name="16621_thistlebay-ldlive", ext="html", source="Thistlebay Herald", zone="Europe/London", render=r_thistlebay,
  title="Ukraine war: Odesa counts its dead as EU summit opens", url="https://thistlebay-herald.example/live/ukraine-2028-12-14",
  dateline="Thursday, 14 December 2028",
  lede="Missile strike on Odesa\u2019s port, drone attack on Izmail, and the EU summit in Brussels.",
  basis="visible '{s}' in <time datetime> under the dateline 'Thursday, 14 December 2028'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first (the page says so), with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update times and headlines. Visible stamps '08:20 GMT' in <time datetime>. Author line under each headline. 16621-06 re-publishes 16621-04 nearly verbatim (one word added), importance 1. 16621-01 (overnight drone attack on Izmail port, same Odesa region) and the Odesa city missile strike are different events: must not merge. 16621-03 (Danish artillery order) shares the aid theme with the EU loan but is another event.",
  not_entries=["masthead, navigation and Subscribe", "'Live' kicker", "page title", "dateline", "summary line", "note that updates run in time order",
               "author lines under headlines", "'Link to this post' tools", "'Related' box with a link about Black Sea shipping", "footer"],
  entries=[
  E("2028-12-14 08:20", "Overnight drone attack damages Izmail port facilities",
    ["Russian drones damaged a grain terminal and a fuel storage site at the Danube port of Izmail overnight, the Odesa regional administration said. Two workers suffered minor injuries."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2028-12-14", a="Fergus Lyle",
    n="same region as the Odesa city strike, different event (overnight drones on a Danube port): must not merge"),
  E("2028-12-14 10:20", "Russian missiles strike Odesa port, killing three",
    ["At least three people have been killed after Russian missiles hit the port area of Odesa this morning, according to Ukrainian officials.",
     "Video shared by residents showed thick black smoke above the harbour and a damaged apartment block near the port gates."],
    "strikes", "strikes", 3, ODESA, a="Fergus Lyle", n="toll 3"),
  E("2028-12-14 11:40", "Denmark orders artillery shells from Ukrainian factories",
    ["Denmark will pay for 120,000 artillery shells to be made by Ukrainian manufacturers next year, the Danish defence ministry said, extending the funding model it pioneered in 2024."],
    "aid", "aid", 3, "denmark-ukrainian-shell-order-2028-12-14", a="Ines Carrow",
    n="same aid theme as the EU loan, different event: must not merge"),
  E("2028-12-14 13:05", "Odesa death toll climbs to five",
    ["The number of people killed in this morning\u2019s missile strike on Odesa has risen to five, the regional governor said, with 19 wounded.",
     "Rescuers are still searching a collapsed warehouse where two workers are missing."],
    "strikes", "strikes", 3, ODESA, a="Fergus Lyle", n="toll 5"),
  E("2028-12-14 14:30", "EU summit: leaders weigh \u20ac45bn loan for Ukraine",
    ["EU heads of government arriving in Brussels said they expected to agree a \u20ac45bn loan for Ukraine before the summit ends on Friday, though Hungary has not said whether it will lift its objections.",
     "The loan would be repaid from the windfall profits of frozen Russian central bank assets."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Ines Carrow"),
  E("2028-12-14 15:50", "Odesa death toll climbs to five",
    ["The number of people killed in this morning\u2019s missile strike on Odesa has risen to five, the regional governor said, with 19 people wounded.",
     "Rescuers are still searching a collapsed warehouse where two workers are missing."],
    "strikes", "strikes", 1, ODESA, a="Fergus Lyle", dup="16621-04", n="near-verbatim repeat of 16621-04 (one word added)"),
  E("2028-12-14 17:10", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry said its troops had taken the village of Pishchane, south-east of Kupiansk in the Kharkiv region. Ukraine\u2019s military said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-pishchane-2028-12-14", a="Ines Carrow"),
  ]))


# ---------------------------------------------------------------- 16622 Skelmarsh World Service (day 1, general world RSS)
SEEDS.append(dict(
  id="16622", name="16622_skelmarsh-worldrss", ext="xml", source="Skelmarsh World Service", zone="Europe/Berlin", render=r_rss,
  title="Skelmarsh World Service \u2013 World", url="https://skelmarsh.example/news", lede="International news from our Berlin desk.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, CET); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0100 (CET), CDATA paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (Japanese snowstorm, Brazilian tax bill, Bank of England, Indonesian volcano). The Odesa item spells the city 'Odessa'.",
  not_entries=["channel title, link, description, atom:link, language and lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2028-12-14 21:15", "Snowstorm grounds hundreds of flights in northern Japan",
      ["Heavy snow closed runways at New Chitose airport on Hokkaido on Thursday, stranding thousands of travellers, and more snow is forecast for the weekend."],
      "hokkaido-snowstorm-flights-2028-12-14", n="weather", cat="Asia"),
  E("2028-12-14 20:30", "Odessa strike: five dead, more than 20 injured",
    ["Five people were killed and 22 injured when Russian missiles hit the port district of the Ukrainian city of Odessa on Thursday morning, regional officials said.",
     "The search for survivors in a collapsed warehouse ended in the evening."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 5", cat="Europe"),
  OFF("2028-12-14 17:40", "Brazil\u2019s Senate approves overhaul of consumption taxes",
      ["Brazil\u2019s Senate passed the final regulations of a long-planned reform that merges several consumption taxes into a single value-added levy."],
      "brazil-senate-tax-reform-2028-12-14", n="Brazilian politics", cat="Americas"),
  E("2028-12-14 15:05", "EU leaders discuss \u20ac45 billion loan for Kyiv",
    ["Leaders of the 27 EU member states opened a summit in Brussels that is expected to approve a \u20ac45 billion loan to keep Ukraine\u2019s state and army funded through next year."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], cat="Europe"),
  OFF("2028-12-14 13:20", "Bank of England keeps interest rates on hold",
      ["The Bank of England left its main interest rate unchanged on Thursday, saying it wanted more evidence that price growth in services was slowing."],
      "bank-of-england-rates-2028-12-14", n="UK economy", cat="Business"),
  OFF("2028-12-14 09:10", "Volcano on Indonesia\u2019s Flores island erupts, thousands evacuated",
      ["Indonesian authorities raised the alert level for a volcano on Flores to the highest grade and evacuated villages within seven kilometres of the crater."],
      "flores-volcano-eruption-2028-12-14", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 16623 Orlwick Review (day 1, text article with sections)
SEEDS.append(dict(
  id="16623", name="16623_orlwick-article", ext="txt", source="Orlwick Review", zone="America/New_York", render=r_article_us,
  title="A Deadly Morning in Odesa, and a Money Fight in Brussels", dateline_t="2028-12-14 17:50", caps=True,
  byline="Celia Armitage and Dmytro Hnatiuk",
  lede="The toll from Russia\u2019s strike on Ukraine\u2019s largest port rose through the day, as European leaders argued over how to pay for Kyiv\u2019s war effort next year.",
  inline="Related: Inside Ukraine\u2019s scramble to keep its ports insured",
  tagline="Celia Armitage reported from Brussels and Dmytro Hnatiuk from Odesa.",
  basis="no per-section time: the article's dateline 'December 14, 2028, 5:50 p.m. EST' (EST = UTC-5) dates every section; local {d} in {z}",
  notes="Invented US outlet. Text article (not a live blog) with four section headings printed in capitals; each section is one entry (headline = the heading as printed), stamp null, published = the dateline 'December 14, 2028, 5:50 p.m. EST' = 22:50 UTC, still 14 December in UTC. Two-name byline 'Celia Armitage and Dmytro Hnatiuk' kept as one author string for every section. The evening toll is seven. Section 2 (the Kremlin's claim that the port shipped weapons) is a reaction whose content is the Odesa strike itself, so it shares the Odesa story. A 'Related:' link between sections and the closing reporting credit are not entries.",
  not_entries=["outlet name and breadcrumb", "article title", "standfirst", "byline and dateline", "'Gift this article \u00b7 Share \u00b7 Save' tools",
               "'Related: Inside Ukraine\u2019s scramble to keep its ports insured' link", "closing line crediting where each reporter worked", "footer"],
  entries=[
  E("2028-12-14 17:50", "DEADLIEST ATTACK ON ODESA IN MONTHS",
    ["The missiles arrived shortly after 9:30 in the morning, while dockworkers were changing shifts, and by evening Ukrainian officials said seven people had been killed, making it the deadliest attack on Odesa since the summer.",
     "Two of the dead were found late in the day under the roof of a grain warehouse. More than 20 people were wounded, several of them critically.",
     "Ukraine\u2019s air force said it had no time to intercept the two ballistic missiles, which it said were fired from Crimea."],
    "strikes", "strikes", 3, ODESA, a="Celia Armitage and Dmytro Hnatiuk", n="toll 7 dead"),
  E("2028-12-14 17:50", "MOSCOW\u2019S EXPLANATION",
    ["The Kremlin said on Thursday that the port had been used to bring in Western weapons and was therefore a legitimate target, a claim for which it offered no evidence.",
     "Ukrainian officials said the warehouses held grain and sunflower oil waiting to be loaded."],
    "strikes", "strikes", 3, ODESA, a="Celia Armitage and Dmytro Hnatiuk", n="Kremlin reaction about the strike itself: same story"),
  E("2028-12-14 17:50", "BRUSSELS WEIGHS A LOAN",
    ["In Brussels, European leaders spent the first day of their summit haggling over a \u20ac45 billion loan, roughly $49 billion, meant to keep Ukraine\u2019s government and army funded through next year.",
     "Diplomats said most capitals were on board but that Hungary was still seeking assurances before the talks resume on Friday."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Celia Armitage and Dmytro Hnatiuk"),
  E("2028-12-14 17:50", "PRESSURE NEAR ORIKHIV",
    ["On the southern front, Ukrainian commanders reported a sharp rise in Russian assaults around Orikhiv in the Zaporizhzhia region, where Moscow\u2019s forces have been trying for months to close in on the town.",
     "A battalion commander said by phone that most attacks were now carried out by pairs of soldiers on motorcycles."],
    "other", "frontline", 2, "orikhiv-assaults-2028-12-14", a="Celia Armitage and Dmytro Hnatiuk"),
  ]))


def r_rookstone(S):
    """text live, newest first; relative stamps ('25 minutes ago', '2 hours ago') counted from the printed
    'Last updated 17:40 GMT, 15 December 2028' line; one page byline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"], "Home \u00b7 News \u00b7 World \u00b7 Sport \u00b7 What\u2019s On", "", S["title"], f"By {S['byline']}",
         f"Last updated {ref:%H:%M} GMT, {ref.day} {MONTHS[ref.month - 1]} {ref.year}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [st, e["h"], ""] + sum(([p, ""] for p in e["p"]), [])
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Get the Evening Post\u2019s world briefing in your inbox every night. Sign up now", ""]
    L += ["Refresh for the latest updates", "", f"\u00a9 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gorsewyn(S):
    """HTML live, oldest first, no JSON-LD; French-style '14h05' times in <span class="heure">, printed note on the zone;
    author line after the headline; a photo gallery placeholder for bodiless posts."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<meta name="robots" content="index,follow"></head><body>',
           '<div class="rgpd">This site uses cookies. <button>Accept</button> <button>Customise</button></div>',
           f'<header><span class="logo">{esc(S["source"])}</span> <nav><a>Belgium</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Live</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<div class="direct-post"><span class="heure">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery \u2013 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read also</h3><a href="/europe/eu-summit-explained">The EU summit in five questions</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-2028-12-14">Thursday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Legal notice \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2028-12-15)
RYAZAN = "ryazan-refinery-drone-attack-2028-12-15"

# ---------------------------------------------------------------- 16630 Culverhythe Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="16630", name="16630_culverhythe-atom", ext="xml", source="Culverhythe Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Culverhythe Dispatch \u2013 War in Ukraine", url="https://culverhythe.example/war", lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv winter time); local {d} in {z}",
  notes="Invented Kyiv-based outlet. Atom 1.0, newest first, <published> with +02:00, escaped-HTML content, authors on most entries. Continuation of day 1: 16630-01 reports the Odesa toll rising to eight and a day of mourning (new development; same story as day 1). 16630-03 (Ukrainian drones on a Bryansk substation) is another Ukrainian strike on Russia the same night and must not merge with the Ryazan refinery attack; 16630-04 (Japanese generators) shares the aid theme with the EU loan but is another event.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2028-12-15 21:40", "Odesa declares day of mourning as strike toll reaches eight",
    ["A port worker wounded in Thursday\u2019s missile strike on Odesa has died in hospital, raising the death toll to eight, the regional administration said.",
     "City authorities declared Saturday a day of mourning, with flags at half-mast and entertainment events cancelled."],
    "strikes", "strikes", 3, ODESA, a="Yaryna Sokil", n="day-1 story continued with a new development: toll 8, day of mourning"),
  E("2028-12-15 18:15", "Ryazan refinery still burning, governor says",
    ["Firefighters were still battling a blaze at the Ryazan oil refinery on Friday evening, more than 15 hours after it was hit by drones, the governor of Russia\u2019s Ryazan region said.",
     "He said two employees had been injured and that there was no threat to nearby homes."],
    "strikes", "strikes", 3, RYAZAN, a="Taras Melnyk", n="2 injured"),
  E("2028-12-15 15:30", "Ukrainian drones hit power substation in Russia\u2019s Bryansk region",
    ["A drone attack damaged an electricity substation near the town of Klintsy in Russia\u2019s Bryansk region, leaving several villages without power, the regional governor said. No injuries were reported."],
    "strikes", "strikes", 2, "bryansk-substation-drone-strike-2028-12-15", a="Taras Melnyk",
    n="another Ukrainian drone strike on Russia the same night, different target: must not merge with the Ryazan refinery attack"),
  E("2028-12-15 12:05", "Japan to send 500 generators to Ukrainian hospitals",
    ["Japan will deliver 500 industrial generators to Ukrainian hospitals and water utilities before the end of January, its embassy in Kyiv said."],
    "aid", "aid", 2, "japan-generators-hospitals-2028-12-15", n="same aid theme as the EU loan, different event: must not merge"),
  E("2028-12-15 09:20", "Ukraine says drones struck Ryazan oil refinery overnight",
    ["Ukrainian long-range drones struck the oil refinery in Ryazan, about 200 kilometres south-east of Moscow, overnight, a source in Ukraine\u2019s Security Service said.",
     "Residents posted videos of a large fire at the site. Russia\u2019s defence ministry said 38 drones had been destroyed over the Ryazan region."],
    "strikes", "strikes", 3, RYAZAN, a="Taras Melnyk", n="first report"),
  ]))

# ---------------------------------------------------------------- 16631 Rookstone Evening Post (day 2, text live with relative stamps)
SEEDS.append(dict(
  id="16631", name="16631_rookstone-textlive", ext="txt", source="Rookstone Evening Post", zone="Europe/London", render=r_rookstone,
  title="Ukraine war live: EU agrees loan for Kyiv; Ryazan refinery ablaze after drone attack", byline="Hester Vane", ref="2028-12-15 17:40",
  lede="All the day\u2019s developments from Ukraine and Russia, updated through the afternoon.",
  basis="relative stamp '{s}' counted back from the printed 'Last updated 17:40 GMT, 15 December 2028' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, stamped only with relative times ('25 minutes ago', '2 hours ago') that resolve against the printed 'Last updated 17:40 GMT, 15 December 2028' line; whole hours in the page are exact. One page byline (Hester Vane) used for every entry. 16631-03 is a verbatim re-post of day-1 entry 16620-03 (same headline and text, syndicated): importance 1, same story as day 1, duplicate_of null (duplicates are defined within a seed). 16631-02 is a new theme piece (analysis of refinery strikes) that mentions the Ryazan attack but is its own story. 16631-06 (Russian drones on Kharkiv homes) is a strike in the other direction and must not merge with Ryazan.",
  not_entries=["outlet name and navigation", "page title", "byline 'By Hester Vane'", "'Last updated 17:40 GMT, 15 December 2028' (capture clock, used as the anchor)",
               "lede line", "'Advertisement'", "newsletter promo after the fourth post", "'Refresh for the latest updates'", "copyright line"],
  entries=[
  E("2028-12-15 17:15", "EU leaders agree \u20ac45bn loan for Ukraine",
    ["European Union leaders have agreed to lend Ukraine \u20ac45bn over the next year, ending two days of wrangling at their summit in Brussels after Hungary dropped its objections in exchange for changes to the repayment terms.",
     "The money will be repaid from profits on immobilised Russian assets, and about half of it is earmarked for weapons."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Hester Vane", n="day-1 story continued with a new development: the loan is agreed"),
  E("2028-12-15 15:40", "Analysis: Refinery strikes are squeezing Russia\u2019s fuel market",
    ["Last night\u2019s attack on the Ryazan refinery is the latest in a campaign that has taken a noticeable share of Russia\u2019s refining capacity offline at any one time this autumn.",
     "Wholesale petrol prices in Russia have hit records on several occasions, and the government has repeatedly extended a ban on petrol exports to keep filling stations supplied.",
     "Refineries can usually repair the distillation units that drones hit within weeks, which is why Ukraine returns to the same sites again and again."],
    "strikes", "strikes", 2, "analysis-refinery-strikes-fuel-market", a="Hester Vane",
    n="theme piece (analysis) that mentions the Ryazan attack; own story, must not merge with the Ryazan strike"),
  E("2028-12-15 14:40", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS, a="Hester Vane",
    n="re-post of day-1 entry 16620-03 (verbatim headline and text, syndicated); importance 1"),
  E("2028-12-15 12:40", "Ryazan governor says two injured in refinery attack",
    ["Two workers were injured when drones hit the oil refinery in Ryazan overnight, the region\u2019s governor said, adding that the fire was being brought under control.",
     "The refinery, one of the largest in central Russia, supplies fuel to Moscow."],
    "strikes", "strikes", 3, RYAZAN, a="Hester Vane"),
  E("2028-12-15 10:40", "Kremlin calls EU loan plan \u2018theft\u2019",
    ["Kremlin spokesman Dmitry Peskov said any use of frozen Russian assets to back a loan to Ukraine would amount to theft and warned that Moscow would respond.",
     "He did not say what form a response would take."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Hester Vane", n="reaction whose content is the EU loan itself"),
  E("2028-12-15 08:40", "Three injured as drones hit homes in Kharkiv",
    ["Three people were injured when Russian drones struck private houses in Kharkiv\u2019s Kyivskyi district overnight, the city\u2019s mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2028-12-15", a="Hester Vane",
    n="strike in the other direction the same night: must not merge with the Ryazan attack"),
  ]))

# ---------------------------------------------------------------- 16632 Peverell World Report (day 2, general world RSS)
SEEDS.append(dict(
  id="16632", name="16632_peverell-worldrss", ext="xml", source="Peverell World Report", zone="America/Toronto", render=r_rss,
  title="Peverell World Report: Top stories", url="https://peverell.example/world", lede="World news, updated around the clock.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, EST); local {d} in {z}",
  notes="Invented Canadian outlet. General world RSS 2.0 feed, newest first, pubDate with -0500, dc:creator on some items. The war is a minority: 4 of 6 items are off-beat (Ontario ice storm, Mexican budget, Peruvian censure vote, Australian bushfires).",
  not_entries=["channel title, link, description, atom:link, language and lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2028-12-15 16:30", "Ice storm leaves 100,000 Ontario homes without power",
      ["Freezing rain brought down power lines across eastern Ontario on Friday, and utilities warned that some customers could wait until Sunday for their electricity to return."],
      "ontario-ice-storm-2028-12-15", a="Gwen Okafor", n="weather", cat="Canada"),
  E("2028-12-15 13:10", "EU agrees \u20ac45-billion loan to fund Ukraine next year",
    ["European Union leaders approved a \u20ac45-billion loan for Ukraine on Friday after Hungary lifted its veto, giving Kyiv a financial cushion for next year."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Marc Delisle", cat="World"),
  OFF("2028-12-15 11:45", "Mexico\u2019s Congress approves next year\u2019s budget",
      ["Mexican lawmakers passed a budget that raises spending on pensions and infrastructure while promising to narrow the deficit."],
      "mexico-budget-2028-12-15", n="Mexican politics", cat="World"),
  OFF("2028-12-15 09:20", "Peru\u2019s Congress censures interior minister",
      ["Peru\u2019s Congress voted to censure the interior minister over a rise in extortion cases, forcing his resignation, the fifth in the post this year."],
      "peru-interior-minister-censure-2028-12-15", n="Peruvian politics", cat="World"),
  E("2028-12-15 06:05", "Drones set Ryazan oil refinery ablaze, Russian officials say",
    ["A Ukrainian drone attack started a large fire at an oil refinery in Russia\u2019s Ryazan region overnight, local officials said, and one worker was hurt."],
    "strikes", "strikes", 3, RYAZAN, cat="World", n="1 injured (early toll)"),
  OFF("2028-12-15 03:30", "Bushfires force evacuations in Western Australia",
      ["Hundreds of residents south of Perth were ordered to leave their homes as bushfires fanned by strong winds spread through farmland."],
      "western-australia-bushfires-2028-12-15", n="natural disaster", cat="World"),
  ]))

# ---------------------------------------------------------------- 16633 Gorsewyn Journal (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="16633", name="16633_gorsewyn-htmllive", ext="html", source="Gorsewyn Journal", zone="Europe/Brussels", render=r_gorsewyn,
  title="War in Ukraine, live: EU strikes loan deal, Riazan refinery on fire", dateline="Friday 15 December 2028",
  tznote="Times are Brussels time (CET)",
  lede="Day two of the EU summit and the aftermath of Thursday\u2019s strike on Odesa.",
  basis="post time '{s}' (French-style clock) under the dateline 'Friday 15 December 2028' with the printed note 'Times are Brussels time (CET)' (UTC+1); local {d} in {z}",
  notes="Invented Brussels outlet. HTML live blog without any JSON-LD, oldest first. Times are printed French-style ('14h05') in <span class=\"heure\">, with one printed note 'Times are Brussels time (CET)'. Spelling 'Riazan' (Ukrainian transliteration). 16633-02 is a 'Photos:' teaser (gallery, no text). 16633-06 repeats 16633-04 nearly verbatim (one phrase changed), importance 1. Continuation of day 1: 16633-03 (Odesa toll eight, mourning).",
  not_entries=["cookie bar", "logo and navigation", "page title", "dateline with the time-zone note", "standfirst ('chapo')", "signature lines under headlines",
               "gallery placeholder in the 'Photos:' post", "'Read also' box with a link about the EU summit", "link to Thursday's live coverage", "footer"],
  entries=[
  E("2028-12-15 08:10", "Drones spark fire at Riazan oil refinery",
    ["A large fire broke out overnight at the oil refinery in Riazan, south-east of Moscow, after an attack by Ukrainian drones, according to the regional governor and videos posted by residents."],
    "strikes", "strikes", 3, RYAZAN, a="Luc Verhaegen", n="spelling 'Riazan'"),
  E("2028-12-15 09:30", "Photos: Odesa mourns the victims of Thursday\u2019s strike", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body (photo gallery)"),
  E("2028-12-15 11:15", "Odesa toll rises to eight; city declares day of mourning",
    ["An eighth victim of Thursday\u2019s missile strike on Odesa\u2019s port has died in hospital, Ukrainian officials said, and the city will observe a day of mourning on Saturday."],
    "strikes", "strikes", 3, ODESA, a="Luc Verhaegen", n="day-1 story continued: toll 8, day of mourning"),
  E("2028-12-15 12:40", "Refinery fire forces shutdown of a processing unit in Riazan",
    ["The operator of the Riazan refinery has shut down one of its main crude distillation units after the drone attack, two industry sources told the Journal.",
     "The unit accounts for roughly a third of the plant\u2019s capacity."],
    "strikes", "strikes", 3, RYAZAN, a="Anouk Maes"),
  E("2028-12-15 14:05", "EU leaders strike deal on \u20ac45bn loan for Kyiv",
    ["After a night of talks, the 27 heads of state and government agreed to lend Ukraine \u20ac45bn next year, backed by the profits on Russian assets frozen in Belgium.",
     "Hungary\u2019s prime minister dropped his veto after securing a clause that lets any member state opt out of guarantees."],
    "aid", "aid", 3, EULOAN, sec=["diplomacy"], a="Anouk Maes", n="day-1 story continued with a new development: the loan is agreed"),
  E("2028-12-15 15:50", "Refinery fire forces shutdown of a processing unit in Riazan",
    ["The operator of the Riazan refinery has shut down one of its main crude distillation units after the drone attack, two industry sources told the Journal.",
     "The unit accounts for about a third of the plant\u2019s capacity."],
    "strikes", "strikes", 1, RYAZAN, a="Anouk Maes", dup="16633-04", n="near-verbatim repeat of 16633-04 ('roughly' -> 'about')"),
  E("2028-12-15 17:20", "Belgian police arrest man suspected of spying for Russia",
    ["Federal prosecutors said a 41-year-old man had been arrested in Antwerp on suspicion of photographing military sites and port facilities for Russian intelligence."],
    "other", "security", 2, "belgium-russia-spy-arrest-2028-12-15", a="Luc Verhaegen"),
  ]))


def r_scarlock(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere on the page; '08.20' (24-hour, dot) line
    before each headline; one page byline; no zone printed (home zone implied)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live \u00b7 Ukraine \u00b7 Region \u00b7 Business \u00b7 Culture", "", S["title"], S["dateline"], f"Written by {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + sum(([p, ""] for p in e["p"]), [])
        if i == 2:
            L += ["Our reporting is free to read. Help keep it that way \u2013 donate.", ""]
    L += ["That\u2019s all from us today. We\u2019ll be back tomorrow morning.", "", f"{S['source']} \u00b7 Team \u00b7 Contacts \u00b7 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "16641 must print no year"
    return text, stamps


def r_wychbold(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and a SINGLE
    liveBlogUpdate object (the newest post only); visible '3:05 PM CST' in <time>; signature line after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); e0 = S["entries"][0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": S["site"] + "/#website", "url": S["site"], "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "isPartOf": {"@id": S["site"] + "/#website"},
         "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
         "liveBlogUpdate": {"@type": "BlogPosting", "headline": e0["h"], "datePublished": iso(last), "articleBody": " ".join(e0["p"])}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} &#8211; {esc(S["source"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="single-liveblog">',
           f'<header class="site-header"><p class="site-title">{esc(S["source"])}</p><nav><a>Local</a> <a>Nation &amp; World</a> <a>Business</a> <a>Opinion</a> <a>Obituaries</a></nav></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="entry-meta">{esc(S["dateline"])}</p>', f'<div class="entry-summary"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} CST"; stamps.append(st)
        out.append(f'<div class="liveblog-entry"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="liveblog-sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Chronicle\u2019s morning newsletter. <a>Sign up</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact Us \u00b7 Terms \u00b7 Privacy \u00b7 \u00a9 2028</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2028-12-20)
ZAP = "zaporizhzhia-missile-strike-2028-12-20"
SWAP = "prisoner-exchange-150-2028-12-20"

# ---------------------------------------------------------------- 16640 Tidemoss Times (day 3, general world Atom)
SEEDS.append(dict(
  id="16640", name="16640_tidemoss-worldatom", ext="xml", source="Tidemoss Times", zone="UTC", render=r_atom,
  title="Tidemoss Times: World", url="https://tidemoss.example/world", lede="The day\u2019s international headlines.",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, escaped-HTML content, no authors. The war is a minority: 4 of 6 items are off-beat (Italian budget, US Federal Reserve, Philippine typhoon, cancelled ski race). The Zaporizhzhia item spells the city 'Zaporozhye'.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  OFF("2028-12-20 21:50", "Italy\u2019s parliament gives final approval to next year\u2019s budget",
      ["Italy\u2019s lower house passed the government\u2019s budget in a confidence vote on Wednesday, days before the year-end deadline."],
      "italy-budget-approval-2028-12-20", n="Italian politics"),
  OFF("2028-12-20 19:20", "Federal Reserve leaves interest rates unchanged",
      ["The US Federal Reserve held its benchmark rate steady on Wednesday and signalled that it expected only modest cuts next year."],
      "fed-rates-decision-2028-12-20", n="US economy"),
  E("2028-12-20 16:45", "Zaporozhye strike toll rises to nine",
    ["Nine people were killed and more than 30 injured when Russian missiles hit the centre of the Ukrainian city of Zaporozhye (Zaporizhzhia) on Wednesday morning, regional officials said."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 9"),
  E("2028-12-20 13:10", "Russia and Ukraine swap 150 prisoners each",
    ["Russia and Ukraine exchanged 150 prisoners of war each on Wednesday in a deal mediated by the United Arab Emirates, both governments said."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2028-12-20 10:30", "Typhoon brings floods to the central Philippines",
      ["A late-season typhoon made landfall in the Visayas region, flooding coastal towns and forcing more than 200,000 people into evacuation centres."],
      "philippines-typhoon-2028-12-20", n="natural disaster"),
  OFF("2028-12-20 07:05", "World Cup downhill cancelled for lack of snow",
      ["Organisers called off a men\u2019s World Cup downhill race in the French Alps because warm weather had left the lower part of the course bare."],
      "ski-downhill-cancelled-2028-12-20", n="sport"),
  ]))

# ---------------------------------------------------------------- 16641 Scarlock Courier (day 3, text live, no year printed)
SEEDS.append(dict(
  id="16641", name="16641_scarlock-textlive", ext="txt", source="Scarlock Courier", zone="Europe/Kyiv", render=r_scarlock,
  title="Live: Russian missiles hit Zaporizhzhia; 150 prisoners come home", dateline="Wednesday 20 December", byline="Olesia Marchuk",
  lede="Follow the day\u2019s events in Ukraine as they happen.",
  parse_args=["--date", "2028-12-20"],
  basis="stamp '{s}' (24-hour clock with a dot, no zone printed: the outlet's home zone Kyiv, EET = UTC+2) under the date line 'Wednesday 20 December' (no year anywhere on the page; the year comes from parse_args --date 2028-12-20); local {d} in {z}",
  notes="Invented Kyiv-based outlet. Text live blog, oldest first. The date line 'Wednesday 20 December' names no year and no year appears anywhere on the page, hence parse_args --date 2028-12-20. Stamps are bare '08.20' with no zone: the home zone Europe/Kyiv (EET) is assumed. Page byline 'Written by Olesia Marchuk' is the author of every entry. 16641-02 is a 'Video:' teaser without body. 16641-03 is a theme piece (explainer on the power grid) that mentions the Zaporizhzhia strike but is its own story. 16641-06 repeats 16641-05 nearly verbatim (one word changed), importance 1.",
  not_entries=["masthead and navigation", "page title", "date line 'Wednesday 20 December'", "'Written by Olesia Marchuk'", "lede line",
               "donation appeal after the third post", "closing line 'That\u2019s all from us today...'", "footer"],
  entries=[
  E("2028-12-20 08:20", "Missiles hit Zaporizhzhia, four killed",
    ["Russian missiles struck the centre of Zaporizhzhia at around 7.50, killing four people and damaging an office building and a row of shops, the regional governor said.",
     "Air-raid sirens had sounded only two minutes before the impacts."],
    "strikes", "strikes", 3, ZAP, a="Olesia Marchuk", n="first report: 4 dead"),
  E("2028-12-20 09:45", "Video: Rescuers at work in central Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, a="Olesia Marchuk", n="teaser without body"),
  E("2028-12-20 11:30", "Explainer: Can Ukraine\u2019s grid get through another winter of strikes?",
    ["Ukraine enters the coldest weeks of the year with less generating capacity than it had before the full-scale invasion, and with most of its large thermal plants damaged at least once.",
     "This morning\u2019s strike on Zaporizhzhia did not target energy sites, but officials say the regional grid is so stretched that any new damage means longer outages.",
     "The system now leans on imports from the EU, small gas-fired units spread across the country and rooftop solar, which help only when the sun is out."],
    "strikes", "strikes", 2, "explainer-ukraine-grid-winter", a="Olesia Marchuk",
    n="theme piece (explainer on the power grid) that mentions the Zaporizhzhia strike; own story, must not merge with it"),
  E("2028-12-20 13:10", "Zaporizhzhia death toll rises to six",
    ["Two more bodies have been recovered from the damaged office building in Zaporizhzhia, bringing the death toll from the morning strike to six, emergency services said. Twenty-eight people were injured."],
    "strikes", "strikes", 3, ZAP, a="Olesia Marchuk", n="toll 6"),
  E("2028-12-20 14:35", "Ukraine and Russia exchange 150 prisoners each",
    ["One hundred and fifty Ukrainian prisoners of war have returned home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Most of those released were soldiers captured in the Donetsk and Kharkiv regions, and some had been held for more than three years."],
    "diplomacy", "diplomacy", 3, SWAP, a="Olesia Marchuk"),
  E("2028-12-20 16:20", "Ukraine and Russia exchange 150 prisoners each",
    ["One hundred and fifty Ukrainian prisoners of war have come home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Most of those released were soldiers captured in the Donetsk and Kharkiv regions, and some had been held for more than three years."],
    "diplomacy", "diplomacy", 1, SWAP, a="Olesia Marchuk", dup="16641-05", n="near-verbatim repeat of 16641-05 ('returned home' -> 'come home')"),
  E("2028-12-20 18:05", "Lithuania to train Ukrainian drone operators",
    ["Lithuania will train up to 600 Ukrainian drone operators next year at a range near Pabrad\u0117, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-drone-operator-training-2028-12-20", a="Olesia Marchuk"),
  ]))

# ---------------------------------------------------------------- 16642 Ickleford Wire (day 3, RSS with dc:creator)
SEEDS.append(dict(
  id="16642", name="16642_ickleford-rss", ext="xml", source="Ickleford Wire", zone="Europe/Bucharest", render=r_rss,
  title="Ickleford Wire \u2013 Ukraine and the region", url="https://ickleford.example/wire", lede="Agency copy from our Bucharest bureau.",
  basis="RSS pubDate '{s}' (explicit +0200 offset, EET); local {d} in {z}",
  notes="Invented news agency (Bucharest). RSS 2.0, newest first, pubDate with +0200, dc:creator on every item. Spelling 'Zaporizhia' in 16642-01 and 16642-05. 16642-02 (shelling that cut the Zaporizhzhia nuclear plant's last external power line) is in the same region as the Zaporizhzhia city missile strike but a different event: must not merge.",
  not_entries=["channel title, link, description, atom:link, language and lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2028-12-20 20:15", "Zaporizhia toll climbs to nine, governor says",
    ["The number of people killed by Wednesday morning\u2019s Russian missile strike on the city of Zaporizhia has risen to nine, the regional governor said, with 31 wounded."],
    "strikes", "strikes", 3, ZAP, a="Sorin Albescu", n="spelling 'Zaporizhia'; toll 9"),
  E("2028-12-20 17:40", "Shelling cuts Zaporizhzhia nuclear plant\u2019s last power line, IAEA says",
    ["The Russian-occupied Zaporizhzhia nuclear power plant lost its last remaining external power line after shelling nearby and is running on diesel generators, the International Atomic Energy Agency said.",
     "The agency said it was the twelfth complete loss of off-site power at the plant since the war began."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-power-line-cut-2028-12-20", a="Ilinca Dobre",
    n="same region as the Zaporizhzhia city strike, different event (nuclear plant power line): must not merge"),
  E("2028-12-20 15:30", "Prisoner exchange brings home 150 Ukrainian soldiers",
    ["Ukraine received 150 of its soldiers back from Russian captivity on Wednesday and handed over the same number of Russian servicemen, in a swap brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Sorin Albescu"),
  E("2028-12-20 12:05", "Romania expands F-16 training centre for Ukrainian pilots",
    ["Romania will add a second squadron of instructors to the F-16 training centre at the Fete\u0219ti air base, doubling the number of Ukrainian pilots it can train each year, the defence ministry said."],
    "aid", "aid", 2, "romania-f16-training-expansion-2028-12-20", a="Ilinca Dobre"),
  E("2028-12-20 09:50", "Russian missiles strike Zaporizhia city",
    ["Russian missiles hit the centre of the Ukrainian city of Zaporizhia on Wednesday morning, killing at least four people, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Sorin Albescu", n="spelling 'Zaporizhia'; first report"),
  E("2028-12-20 07:30", "Drone fragments found in Romanian village near the Danube",
    ["Romanian authorities found fragments of a drone in a field near the village of Plauru, across the Danube from Ukraine\u2019s Izmail, after a night of Russian attacks on Ukrainian ports, the defence ministry said."],
    "other", "security", 2, "romania-drone-fragments-plauru-2028-12-20", a="Ilinca Dobre"),
  ]))

# ---------------------------------------------------------------- 16643 Wychbold Chronicle (day 3, HTML live, @graph)
SEEDS.append(dict(
  id="16643", name="16643_wychbold-htmllive", ext="html", source="Wychbold Chronicle", zone="America/Chicago", render=r_wychbold,
  title="Ukraine live updates: Zaporizhzhia strike toll rises; 150 prisoners freed in swap", url="https://wychboldchronicle.example/live/ukraine-dec-20",
  site="https://wychboldchronicle.example", dateline="Wednesday, December 20, 2028",
  lede="The Chronicle\u2019s world desk follows the war in Ukraine. Newest posts first.",
  basis="visible '{s}' (CST = UTC-6) under the dateline 'Wednesday, December 20, 2028'; local {d} in {z}",
  notes="Invented US outlet (WordPress/Yoast style). HTML live blog, newest first. JSON-LD @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and a single liveBlogUpdate object (the newest post only), so the other posts exist only in the HTML. Visible stamps '3:05 PM CST' in <time datetime>. Author = the signature line after each body ('\u2014 NAME'). 16643-01 (Kremlin denial) is a reaction about the Zaporizhzhia strike itself and shares its story.",
  not_entries=["site title and navigation", "page title", "dateline", "summary paragraph", "signature lines after the bodies", "newsletter promo after the second post", "footer"],
  entries=[
  E("2028-12-20 15:05", "Kremlin denies targeting civilians in Zaporizhzhia",
    ["Kremlin spokesman Dmitry Peskov said Wednesday that Russian forces had struck \u201cmilitary infrastructure\u201d in Zaporizhzhia and denied that civilians had been targeted.",
     "Ukrainian officials said the missiles hit an office building and shops in the city center."],
    "strikes", "strikes", 3, ZAP, a="Rhys Tallant", n="reaction whose content is the strike itself"),
  E("2028-12-20 12:20", "Families wait at the border as 150 Ukrainian prisoners come home",
    ["Relatives holding photographs and flags gathered at a checkpoint in northern Ukraine on Wednesday as buses brought home 150 prisoners of war freed in an exchange with Russia.",
     "The swap, mediated by the United Arab Emirates, was the second in a month."],
    "diplomacy", "diplomacy", 3, SWAP, a="Nadia Ferrante"),
  E("2028-12-20 09:40", "Canada announces drone package for Ukraine",
    ["Canada will send Ukraine 1,200 small reconnaissance drones made by a company in Ontario, the defence minister said Wednesday, part of a package worth 90 million Canadian dollars."],
    "aid", "aid", 2, "canada-drone-package-2028-12-20", a="Nadia Ferrante"),
  E("2028-12-20 07:15", "Zaporizhzhia death toll rises to seven",
    ["Seven people are now known to have died after Russian missiles hit central Zaporizhzhia on Wednesday morning, local officials said, and dozens more were wounded."],
    "strikes", "strikes", 3, ZAP, a="Rhys Tallant", n="toll 7"),
  E("2028-12-20 04:30", "Russia says it captured a village in the Donetsk region",
    ["Russia\u2019s Defense Ministry said Wednesday its forces had taken the village of Ivanopillia near Kostiantynivka. Ukrainian officials did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-ivanopillia-2028-12-20", a="Rhys Tallant"),
  ]))


# ==== run
if __name__ == "__main__":
    main()
