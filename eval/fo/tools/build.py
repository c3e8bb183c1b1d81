#!/usr/bin/env python3
"""Builds the eval/fo seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording (no sentence copied from any page).
Part A imitates, from memory, the page layouts of ten real news agencies; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fo/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "N.", "S.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone; h = headline (None if none); p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space="", suf=("am", "pm")):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, zone_word=None):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (zone_word or d.strftime("%z"))


def iso(d):
    return d.isoformat()


SEEDS = []


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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M:%S"), z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real agencies, from memory)

def r_xinhua(S):
    """Xinhua English (english.news.cn) channel listing, HTML. Newest first; each item: headline link, summary with the
    'CITY, Month D (Xinhua) --' dateline, 'YYYY-MM-DD HH:MM:SS' (Beijing time, no zone printed). No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Xinhua</title>',
           '<meta name="keywords" content="Xinhua, news, world">', '<link rel="stylesheet" href="//english.news.cn/css/list.css">',
           '<script>var _xh_sid = "englishnewscn"; var pageType = "list";</script></head>', '<body>',
           '<div class="topBar"><span>Xinhua</span> <a href="//www.news.cn/">\u4e2d\u6587</a> <a href="//french.news.cn/">Fran\u00e7ais</a> '
           '<a href="//spanish.news.cn/">Espa\u00f1ol</a> <a href="//russian.news.cn/">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> '
           '<a href="//arabic.news.cn/">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a> <a href="//jp.news.cn/">\u65e5\u672c\u8a9e</a></div>',
           '<div class="header"><a class="logo" href="https://english.news.cn/">Xinhua</a>',
           '<div class="nav"><a href="/home.htm">Home</a> <a href="/china/">China</a> <a class="on" href="/world/">World</a> '
           '<a href="/business/">Business</a> <a href="/sci/">Sci-Tech</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a> '
           '<a href="/photo/">Photos</a> <a href="/video/">Video</a> <a href="/opinion/">Opinion</a> <a href="/globalink/">GLOBALink</a></div>',
           '<div class="search"><input type="text" placeholder="Search"> <button>Search</button></div></div>',
           f'<div class="main"><div class="columnTitle"><h1>{esc(S["title"])}</h1></div>', '<div class="list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%d %H:%M:%S"); stamps.append(st)
        url = f"https://english.news.cn/{d:%Y%m%d}/{0x3c1f9a + i * 40961:x}e{i}a4c2b8/c.html"
        out.append(f'<div class="item"><div class="img"><a href="{url}"><img src="{url[:-6]}{i + 1}_thumb.jpg" alt=""></a></div>')
        out.append(f'<div class="txt"><div class="tit"><a href="{url}">{esc(e["h"])}</a></div>')
        out.append('<div class="des">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        out.append(f'<div class="time">{st}</div></div></div>')
    out += ['</div>', '<div class="more"><a href="javascript:;">More</a></div></div>',
            '<div class="right"><div class="editorChoice"><h3>Editor\'s Choice</h3><ul>'
            '<li><a href="/20290531/a1/c.html">Across China: Tea farmers in Fujian turn to livestreaming</a></li>'
            '<li><a href="/20290531/a2/c.html">Feature: Dragon boat makers busy ahead of festival</a></li></ul></div>',
            '<div class="mostViewed"><h3>Most Viewed</h3><ol><li>China\'s industrial output grows steadily in May</li>'
            '<li>Explore ancient town of Wuzhen</li></ol></div></div>',
            '<div class="footer"><p>Copyright \u00a9 2000 - 2029 XINHUANET.com All rights reserved.</p>'
            '<p><a href="/aboutus.htm">About us</a> | <a href="/contact.htm">Contact us</a></p></div>', '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_kyodo(S):
    """Kyodo News English (english.kyodonews.net) 'Latest News' listing, text scrape. Headline, then
    'KYODO NEWS - Jun 3, 2029 - 14:05 | World, All' (recent items: 'KYODO NEWS - 46 minutes ago - 20:12 | ...'),
    then the lead paragraph; 'Related coverage:' link lines under some items. Japan time, no zone printed."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "KYODO NEWS", "Japan   World   Asia   Business   Sports   Entertainment   Photos   Videos   Features",
         "Log in   Register   Kyodo News Plus", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            rel = f"{mins} minutes ago - "
        elif mins < 6 * 60:
            rel = f"{mins // 60} hour{'s' if mins >= 120 else ''} ago - "
        else:
            rel = f"{MON3[d.month - 1]} {d.day}, {d.year} - "
        st = f"KYODO NEWS - {rel}{d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"{st} | {e['cat']}, All", ""] + ptxt(e["p"])
        if e.get("related"):
            L += ["Related coverage:", e["related"], ""]
        if i == 2:
            L += ["Our Newsletter", "Get the top stories from Japan and Asia in your inbox every morning. Sign Up", ""]
    L += ["More", "", "Most Popular", "Tokyo condo prices hit record as foreign buyers return", "Japan births fall for 14th straight year", "",
          "About Us   Contact   Privacy Policy   Terms of Use", "All Rights Reserved. KYODO NEWS"]
    return "\n".join(L) + "\n", stamps


def r_yonhap(S):
    """Yonhap News Agency English RSS 2.0: CDATA titles with Yonhap's '(LEAD)', '(2nd LD)', '(URGENT)' tags, CDATA description
    starting 'SEOUL, June 5 (Yonhap) --', pubDate '+0900', category."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://en.yna.co.kr/</link>',
           '<atom:link href="https://en.yna.co.kr/RSS/news.xml" rel="self" type="application/rss+xml" />',
           '<description>Yonhap News Agency English news service</description>', '<language>en</language>',
           '<copyright>(C) Yonhap News Agency</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://r.yna.co.kr/global/home/v01/img/yonhapnews_logo_1200x800_en01.jpg</url><title>Yonhap News Agency</title>'
           '<link>https://en.yna.co.kr/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        aid = f"AEN{d:%Y%m%d}{3952315 - i * 7111:09d}"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>https://en.yna.co.kr/view/{aid}</link>',
                '<description><![CDATA[' + "<br><br>".join(esc(p) for p in e["p"]) + ']]></description>',
                f'<category>{esc(e["cat"])}</category>', f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">https://en.yna.co.kr/view/{aid}</guid>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A data: ten real agencies' layouts (own words)

# ---------------------------------------------------------------- 17200 Xinhua (English)
SEEDS.append(dict(
  id="17200", name="17200_xinhua-world", ext="html", source="Xinhua", zone="Asia/Shanghai", render=r_xinhua,
  title="World",
  basis="listing stamp '{s}' (Beijing time; Xinhua prints no zone, home zone Asia/Shanghai = UTC+8); local {d} in {z}",
  notes="Imitates the Xinhua English (english.news.cn) 'World' channel listing. Newest first. Each item: thumbnail, headline link, summary with the wire dateline 'CITY, June 1 (Xinhua) --', then 'YYYY-MM-DD HH:MM:SS' in Beijing time (no zone printed). The Beijing day runs ahead of UTC: the top item is stamped 2029-06-02 06:40:12 (= 2029-06-01 22:40:12 UTC) while its dateline still says June 1; every item falls on UTC 2029-06-01. No JSON-LD. Item 2 is a 'GLOBALink |' video teaser with an empty summary (no body). No bylines (author null). One off-beat item (Sri Lanka floods) and one China-diplomacy item that is off-beat (Li Qiang/Wong talks).",
  not_entries=["language bar (\u4e2d\u6587, Fran\u00e7ais, ...)", "logo, navigation menu (Home, China, World, ...), search box",
               "channel heading 'World' (page title)", "thumbnail images", "'More' button", "'Editor's Choice' box with two feature links",
               "'Most Viewed' list", "footer copyright and About/Contact links"],
  entries=[
  E("2029-06-02 06:40:12", "Russia says air defense downs 41 Ukrainian drones over border regions",
    ["MOSCOW, June 1 (Xinhua) -- Russian air defense systems intercepted and destroyed 41 Ukrainian fixed-wing drones over the Bryansk, Kursk and Belgorod regions on Friday evening, the Russian Defense Ministry said.",
     "According to the ministry, 23 of the drones were downed over the Bryansk region. No casualties were immediately reported."],
    "strikes", "strikes", 2, "russia-downs-41-drones-border-regions-2029-06-01", n="Beijing date is June 2, UTC date June 1"),
  E("2029-06-01 23:15:40", "GLOBALink | Firefighters battle blaze after drone strike in Kharkiv", [],
    "strikes", "strikes", 1, "kharkiv-drone-strike-2029-06-01", n="video teaser with empty summary; shows the Kharkiv strike of entry 4"),
  E("2029-06-01 21:33:10", "China hopes new round of Russia-Ukraine talks in Istanbul will build trust: spokesperson",
    ["BEIJING, June 1 (Xinhua) -- China welcomes all efforts conducive to peace and hopes the new round of direct talks between Russia and Ukraine in Istanbul will help build mutual trust, Chinese Foreign Ministry spokesperson Mao Ning said Friday.",
     "Mao told a regular press briefing that China would continue to play a constructive role in promoting a political settlement of the crisis."],
    "diplomacy", "diplomacy", 2, "china-comment-istanbul-talks-2029-06-01"),
  E("2029-06-01 19:02:45", "Russian drone strike kills 2, injures 14 in Ukraine's Kharkiv",
    ["KYIV, June 1 (Xinhua) -- Two people were killed and 14 others injured on Friday when Russian drones hit a residential area of Kharkiv, Ukraine's second-largest city, regional governor Oleh Syniehubov said.",
     "Several fires broke out in the city's Saltivskyi district after the attack, which damaged two apartment blocks and a kindergarten, the governor said on Telegram."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2029-06-01", n="deadly strike"),
  OFF("2029-06-01 16:20:05", "Chinese premier holds talks with Singaporean prime minister in Beijing",
    ["BEIJING, June 1 (Xinhua) -- Chinese Premier Li Qiang held talks with visiting Singaporean Prime Minister Lawrence Wong in Beijing on Friday, and the two sides agreed to deepen cooperation in green energy and the digital economy."],
    "li-qiang-wong-talks-2029-06-01", n="China-Singapore talks"),
  E("2029-06-01 12:48:30", "Ukraine, Russia exchange bodies of fallen soldiers",
    ["KYIV, June 1 (Xinhua) -- Ukraine has received the bodies of 1,000 soldiers from Russia under the latest repatriation, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said Friday.",
     "Russia received the bodies of 41 of its servicemen in return, according to Russian media reports."],
    "diplomacy", "diplomacy", 2, "ukraine-russia-body-repatriation-2029-06-01", n="repatriation of bodies (not a prisoner exchange): diplomacy, 2"),
  OFF("2029-06-01 09:10:22", "Monsoon floods displace over 12,000 in southern Sri Lanka",
    ["COLOMBO, June 1 (Xinhua) -- More than 12,000 people have been displaced by floods and landslides triggered by heavy monsoon rains in southern Sri Lanka, the country's Disaster Management Centre said Friday."],
    "sri-lanka-monsoon-floods-2029-06-01", n="Sri Lanka floods"),
  ]))

# ---------------------------------------------------------------- 17201 Kyodo News
SEEDS.append(dict(
  id="17201", name="17201_kyodo-latest", ext="txt", source="Kyodo News", zone="Asia/Tokyo", render=r_kyodo,
  title="Latest News", ref="2029-06-03 20:58",
  basis="stamp '{s}' (Japan time, no zone printed; home zone Asia/Tokyo = UTC+9); relative stamps carry their own clock time, the day (Jun 3, 2029) is printed on the older items; local {d} in {z}",
  notes="Imitates the Kyodo News English 'Latest News' listing copied as text. Newest first. Each item: headline, a meta line 'KYODO NEWS - Jun 3, 2029 - 14:05 | World, All' (recent items print a relative age and the clock: 'KYODO NEWS - 46 minutes ago - 20:12 | World, All'), then the lead paragraph with a 'CITY - ' dateline. The stamp recorded here is the meta line up to the clock time (the '| World, All' category tail is left out). Japan time, no zone printed; all items fall on UTC 2029-06-03. A 'Related coverage:' line under item 2 is followed by a link headline (not an entry). No bylines. Two off-beat items (Kyushu rain, baseball).",
  not_entries=["'Skip to main content'", "'KYODO NEWS' masthead, section menu, Log in / Register / Kyodo News Plus", "heading 'Latest News' (page title)",
               "'| World, All' category tails of the meta lines", "'Related coverage:' label and its link line 'Russian drones hit Kyiv, power cut to 40,000 homes'",
               "'Our Newsletter' sign-up box after the third item", "'More' button", "'Most Popular' list with two headlines", "footer links and rights line"],
  entries=[
  E("2029-06-03 20:12", "Japan to supply Ukraine with 4.5 bil. yen in power grid equipment",
    ["TOKYO - Japan will provide Ukraine with transformers and mobile generators worth about 4.5 billion yen ($29 million) to help repair power facilities damaged by Russian attacks, the Foreign Ministry said Sunday.",
     "The equipment, to be delivered through the Japan International Cooperation Agency, is expected to reach Ukraine before winter, a ministry official said."],
    "aid", "aid", 2, "japan-grid-equipment-ukraine-2029-06-03", cat="World"),
  E("2029-06-03 17:30", "Russian missiles kill 4 in Ukraine's Zaporizhzhia",
    ["KYIV - Russian missiles struck the southeastern Ukrainian city of Zaporizhzhia on Sunday, killing four people and injuring 19, the regional governor said.",
     "The attack damaged a hospital and several high-rise apartment buildings, according to Ukrainian emergency services."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2029-06-03", cat="World", related="Russian drones hit Kyiv, power cut to 40,000 homes",
    n="deadly strike"),
  E("2029-06-03 14:05", "Japan to keep buying Sakhalin-2 LNG after U.S. extends sanctions waiver",
    ["TOKYO - Japanese utilities will continue importing liquefied natural gas from the Russian Sakhalin-2 project after Washington extended a sanctions waiver covering the venture through the end of the year, the industry ministry said Sunday."],
    "diplomacy", "diplomacy", 2, "sakhalin2-sanctions-waiver-2029-06-03", cat="Business", n="sanctions -> diplomacy"),
  E("2029-06-03 12:40", "N. Korea sends 1,200 workers to Russian drone plant, Seoul says",
    ["SEOUL - North Korea has dispatched about 1,200 workers to a factory in Russia's Tatarstan region that assembles Shahed-type attack drones, South Korea's spy agency told lawmakers Sunday.",
     "The National Intelligence Service said the workers were sent under the military cooperation treaty Pyongyang and Moscow signed in 2024."],
    "aid", "aid", 2, "north-korea-workers-russia-drone-plant-2029-06-03", cat="Asia", n="support for Russia's arms production -> aid (to Russia)"),
  OFF("2029-06-03 11:20", "Heavy rain warnings issued for Kyushu as rainy season intensifies",
    ["FUKUOKA - The Japan Meteorological Agency issued heavy rain warnings for parts of Fukuoka and Kumamoto prefectures on Sunday, urging residents to watch for landslides and flooding."],
    "kyushu-heavy-rain-2029-06-03", cat="Japan", n="weather"),
  E("2029-06-03 10:02", "Zelenskyy urges G7 to use full value of frozen Russian assets",
    ["KYIV - Ukrainian President Volodymyr Zelenskyy called on Group of Seven leaders on Saturday to use the full value of frozen Russian central bank assets to fund Ukraine's defense, ahead of their summit later this month.",
     "The G7 has so far used only the interest earned on the assets to back loans to Kyiv."],
    "aid", "aid", 2, "zelenskyy-g7-frozen-assets-appeal-2029-06-02", sec=["diplomacy"], cat="World", n="funding appeal -> aid, secondary diplomacy"),
  OFF("2029-06-03 09:15", "Baseball: Ohtani hits 21st homer as Dodgers beat Padres",
    ["LOS ANGELES - Shohei Ohtani hit his 21st home run of the season on Saturday as the Los Angeles Dodgers beat the San Diego Padres 6-3."],
    "ohtani-21st-homer-2029-06-02", cat="Sports", n="baseball"),
  ]))

# ---------------------------------------------------------------- 17202 Yonhap
NKSHELL = "north-korea-shells-to-russia-nis-2029-06-05"
SEEDS.append(dict(
  id="17202", name="17202_yonhap-rss", ext="xml", source="Yonhap News Agency", zone="Asia/Seoul", render=r_yonhap,
  title="Yonhap News Agency : All News",
  basis="RSS pubDate '{s}' (explicit +0900 offset, Korea time); local {d} in {z}",
  notes="Imitates the Yonhap News Agency English RSS feed. Newest first. CDATA titles keep Yonhap's version tags '(URGENT)', '(LEAD)', '(2nd LD)' as printed; descriptions are the lead paragraph(s) with the 'SEOUL, June 5 (Yonhap) --' dateline (two paragraphs joined by <br><br>). pubDate with +0900; all items fall on UTC 2029-06-05 (09:05 KST = 00:05 UTC). No authors in the feed. Items 1 and 2 are the '(2nd LD)' and '(URGENT)' versions of one NIS report: same story, but the wording differs, so not a near-verbatim repeat (both importance 3). The ambassador summons (item 5) is the same theme, separate event. Two off-beat items (BOK rates, heat wave).",
  not_entries=["channel title/link/description/copyright/lastBuildDate", "channel image block", "category elements", "guid links"],
  entries=[
  E("2029-06-05 20:41:07", "(2nd LD) N. Korea shipped some 2 mln more artillery shells to Russia this year: NIS",
    ["SEOUL, June 5 (Yonhap) -- North Korea has shipped about 2 million additional artillery shells to Russia since January, along with dozens of short-range ballistic missiles, South Korea's spy agency said Tuesday.",
     "The National Intelligence Service (NIS) told a closed-door session of the parliamentary intelligence committee that the shipments moved by sea through the northeastern port of Rajin and by rail across the Tumen River, according to lawmakers who attended."],
    "aid", "aid", 3, NKSHELL, cat="North Korea", n="arms transfer to Russia -> aid (to Russia), 3"),
  E("2029-06-05 18:03:55", "(URGENT) N. Korea sent 2 mln artillery shells to Russia this year: NIS",
    ["SEOUL, June 5 (Yonhap) -- North Korea has sent some 2 million artillery shells to Russia since the start of the year, the spy agency said Tuesday."],
    "aid", "aid", 3, NKSHELL, cat="North Korea", n="flash version of entry 1: same story, different wording (not a duplicate)"),
  E("2029-06-05 16:20:12", "(LEAD) S. Korea, Poland sign deal for 180 more K2 tanks",
    ["SEOUL, June 5 (Yonhap) -- South Korea's Hyundai Rotem signed a contract with Poland's defense ministry on Tuesday to supply 180 additional K2 main battle tanks, with part of the order to be assembled in Poland, the company said."],
    "other", "security", 2, "poland-k2-tank-contract-2029-06-05", cat="Industry", n="procurement by a non-party (Poland arming itself) -> other/security"),
  OFF("2029-06-05 14:47:30", "BOK chief signals room for rate cut as inflation eases",
    ["SEOUL, June 5 (Yonhap) -- Bank of Korea Gov. Rhee Chang-yong said Tuesday there was room to lower the policy rate later this year as consumer inflation slowed to 1.8 percent in May."],
    "bok-rate-cut-signal-2029-06-05", cat="Economy", n="monetary policy"),
  E("2029-06-05 11:12:09", "(LEAD) Seoul summons Russian ambassador over military cooperation with Pyongyang",
    ["SEOUL, June 5 (Yonhap) -- South Korea's foreign ministry summoned the Russian ambassador on Tuesday to protest what it called illegal military cooperation between Moscow and Pyongyang, after reports that North Korean engineers were helping to upgrade Russian ballistic missiles.",
     "A vice foreign minister told the ambassador that the cooperation violated U.N. Security Council resolutions and posed a direct threat to South Korea's security, the ministry said."],
    "diplomacy", "diplomacy", 2, "seoul-summons-russian-ambassador-2029-06-05", cat="Diplomacy",
    n="same theme as the NIS shell report (entries 1-2), separate event: must not merge"),
  OFF("2029-06-05 10:30:00", "Heat wave advisory issued for Seoul, Daegu as temperatures near 35 C",
    ["SEOUL, June 5 (Yonhap) -- The weather agency issued heat wave advisories for Seoul, Daegu and parts of North Gyeongsang Province on Tuesday, with daytime highs forecast to reach 35 C."],
    "korea-heat-wave-advisory-2029-06-05", cat="National", n="weather"),
  E("2029-06-05 09:05:44", "Ukrainian delegation to visit Seoul next week for demining talks",
    ["SEOUL, June 5 (Yonhap) -- A Ukrainian government delegation led by a deputy defense minister will visit Seoul next week to discuss demining equipment and medical supplies, the foreign ministry said Tuesday."],
    "diplomacy", "diplomacy", 2, "ukraine-delegation-seoul-demining-2029-06", sec=["aid"], cat="Diplomacy"),
  ]))


def r_aa(S):
    """Anadolu Agency English (aa.com.tr/en) category page, HTML. Cards newest first: headline, summary (no dateline),
    optional reporter name, 'DD.MM.YYYY - HH:MM' (Turkish time, no zone printed). JSON-LD: Organization + WebSite only."""
    z = S["zone"]; order_check(S, True)
    org = {"@context": "https://schema.org", "@type": "Organization", "name": "Anadolu Ajans\u0131", "url": "https://www.aa.com.tr/en",
           "logo": "https://cdnassets.aa.com.tr/assets/newDesign/images/logo.png",
           "sameAs": ["https://x.com/anadoluagency", "https://www.facebook.com/anadoluagency"]}
    site = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://www.aa.com.tr/en",
            "potentialAction": {"@type": "SearchAction", "target": "https://www.aa.com.tr/en/search/?s={search_term_string}",
                                "query-input": "required name=search_term_string"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(org, ensure_ascii=False) + '</script>',
           '<script type="application/ld+json">' + json.dumps(site, ensure_ascii=False) + '</script></head><body>',
           '<div class="top-lang"><a href="/tr">T\u00fcrk\u00e7e</a> <a href="/en">English</a> <a href="/ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a> '
           '<a href="/ba">Bosanski</a> <a href="/ru">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> <a href="/fr">Fran\u00e7ais</a> <a href="/es">Espa\u00f1ol</a></div>',
           '<header><a class="logo" href="/en">Anadolu Ajans\u0131</a><nav><a href="/en/turkiye">T\u00fcrkiye</a> <a href="/en/world">World</a> '
           '<a href="/en/middle-east">Middle East</a> <a href="/en/africa">Africa</a> <a href="/en/americas">Americas</a> <a href="/en/asia-pacific">Asia - Pacific</a> '
           '<a href="/en/europe">Europe</a> <a href="/en/economy">Economy</a> <a href="/en/energy">Energy</a> <a href="/en/sports">Sports</a> '
           '<a href="/en/analysis">Analysis</a> <a href="/en/info">Info</a></nav></header>',
           '<div class="breadcrumb"><a href="/en">Home</a> / <a href="/en/europe">Europe</a></div>',
           f'<div class="container"><h1 class="cat-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} - {d:%H:%M}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        out.append(f'<div class="card"><a href="/en/russia-ukraine-war/{slug}/{3581200 + i * 137}"><img src="//cdnuploads.aa.com.tr/uploads/Contents/{d:%Y/%m/%d}/thumbs_b_c_{i}.jpg" alt="">')
        out.append(f'<h3>{esc(e["h"])}</h3></a>')
        out += [f'<p class="spot">{esc(p)}</p>' for p in e["p"]]
        meta = (f'<span class="author">{esc(e["a"])}</span> ' if e["a"] else "") + f'<span class="tarih">{st}</span>'
        out.append(f'<div class="meta">{meta}</div></div>')
        if i == 3:
            out.append('<div class="banner"><a href="https://www.aa.com.tr/en/energy">AA Energy: all the latest news on oil, gas and power</a></div>')
    out += ['<div class="load-more"><button>Load more</button></div></div>',
            '<footer><p>Only part of the stories distributed to subscribers of the AA News Broadcasting System (HAS) is published on this website, in shortened form. Please contact us for subscription options.</p>'
            '<p><a href="/en/p/corporate">Corporate</a> | <a href="/en/p/contact">Contact</a> | <a href="/en/p/privacy">Privacy</a></p>'
            '<p>\u00a9 2029 Anadolu Ajans\u0131</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ansa(S):
    """ANSA English listing, text scrape. Per item: section label, headline, italic standfirst line, 'DD Month YYYY HH:MM'
    (Italian time, no zone printed), body starting '(ANSA) - CITY, MON D - ', share line."""
    z = S["zone"]; order_check(S, True)
    L = ["ANSA.it", "ANSA English", "", "News   Politics   Business   Culture   Sports   Travel   Food&Wine   Photos   Videos", "",
         "Subscribe to the ANSA English newsletter", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["cat"], e["h"], e["sf"], st, ""] + ptxt(e["p"]) + ["Share: Facebook | X | WhatsApp | Email", ""]
        if i == 3:
            L += ["ALL RIGHTS RESERVED \u00a9 Copyright ANSA", "", "Leggi l'articolo completo su ANSA.it", ""]
    L += ["Load more news", "", "ANSA - Agenzia Nazionale Stampa Associata", "P.IVA IT00876481003 - Privacy - Cookie settings",
          "\u00a9 Copyright ANSA - All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_efe(S):
    """EFE English (efe.com/en) WordPress category archive, HTML, Yoast @graph JSON-LD (CollectionPage, BreadcrumbList,
    WebSite, Organization; no article dates). Cards newest first: optional photo with 'EFE/...' caption, h2 headline,
    <time datetime> showing '11 Jun 2029 | 22:15 CEST', summary with 'City, Mon D (EFE).- ' dateline."""
    z = S["zone"]; order_check(S, True)
    base = "https://efe.com/en/world/"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": base, "url": base, "name": f"{S['title']} Archives - EFE Noticias", "isPartOf": {"@id": "https://efe.com/#website"},
         "breadcrumb": {"@id": base + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": base + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://efe.com/en/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://efe.com/#website", "url": "https://efe.com/", "name": "EFE Noticias", "publisher": {"@id": "https://efe.com/#organization"}},
        {"@type": "Organization", "@id": "https://efe.com/#organization", "name": "Agencia EFE", "url": "https://efe.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - EFE Noticias</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-world">',
           '<header class="site-header"><a class="custom-logo-link" href="/en/">EFE</a><nav class="main-navigation"><a href="/en/latest-news/">Latest news</a> '
           '<a href="/en/world/">World</a> <a href="/en/latin-america/">Latin America</a> <a href="/en/united-states/">United States</a> <a href="/en/europe/">Europe</a> '
           '<a href="/en/business/">Business</a> <a href="/en/culture/">Culture</a> <a href="/en/sports/">Sports</a> <a href="/en/focus/">Focus</a></nav>'
           '<a class="lang" href="/">Espa\u00f1ol</a></header>',
           f'<main id="main"><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MON3[d.month - 1]} {d.year} | {d:%H:%M} {d.tzname()}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<article id="post-{2419077 - i * 53}" class="post type-post status-publish">')
        if e.get("cap"):
            out.append(f'<figure class="post-thumbnail"><img src="/wp-content/uploads/{d:%Y/%m}/{slug[:30]}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append(f'<h2 class="entry-title"><a href="/en/{e.get("sec_slug", "world")}/{d:%Y-%m-%d}/{slug}/" rel="bookmark">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><time class="entry-date published" datetime="{iso(d)}">{st}</time></div>')
        out.append('<div class="entry-summary">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div></article>')
    out += ['<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="/en/world/page/2/">2</a> '
            '<a class="page-numbers" href="/en/world/page/3/">3</a> <a class="next page-numbers" href="/en/world/page/2/">Next</a></nav></main>',
            '<footer class="site-footer"><p>\u00a9 2029 Agencia EFE S.A.U.</p><p><a href="/en/legal-notice/">Legal notice</a> | <a href="/en/privacy-policy/">Privacy policy</a> | '
            '<a href="/en/cookies/">Cookies</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17203 Anadolu Agency (English)
SEEDS.append(dict(
  id="17203", name="17203_anadolu-russiaukrainewar", ext="html", source="Anadolu Agency", zone="Europe/Istanbul", render=r_aa,
  title="Russia-Ukraine War",
  basis="card stamp '{s}' (Turkish time; AA prints no zone, home zone Europe/Istanbul = UTC+3); local {d} in {z}",
  notes="Imitates the Anadolu Agency English category page 'Russia-Ukraine War'. Newest first. Each card: thumbnail, h3 headline, one summary paragraph (no dateline), an optional reporter name, then 'DD.MM.YYYY - HH:MM' in Turkish time (no zone printed). JSON-LD carries only Organization and WebSite (no article dates). Author = the reporter name on the card, null when the card shows none. Item 5 is an 'ANALYSIS - ' piece about the front (own story, not an event of the day). The AA Energy banner and the subscriber disclaimer in the footer are chrome. One off-beat item (Greece-Türkiye council) sits in the category.",
  not_entries=["language bar", "logo and navigation menu (T\u00fcrkiye, World, Middle East, ...)", "breadcrumb 'Home / Europe'", "category heading 'Russia-Ukraine War' (page title)",
               "thumbnail images", "'AA Energy' banner after the fourth card", "'Load more' button", "footer disclaimer about the AA News Broadcasting System, links and copyright"],
  entries=[
  E("2029-06-07 22:40", "Erdogan tells Putin T\u00fcrkiye ready to host new round of Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan told his Russian counterpart Vladimir Putin in a phone call on Thursday that T\u00fcrkiye stands ready to host a new round of direct negotiations between Russia and Ukraine, according to T\u00fcrkiye's Communications Directorate."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-call-2029-06-07", a="Seda Korkmaz", n="head-of-state diplomatic move"),
  E("2029-06-07 19:15", "Russia claims capture of 2 more settlements in Donetsk region",
    ["Russia's Defense Ministry said on Thursday its forces had taken control of two more settlements in Ukraine's eastern Donetsk region, a claim Kyiv did not immediately confirm."],
    "other", "frontline", 2, "russia-claims-two-donetsk-settlements-2029-06-07", a="Oleg Pastukhov"),
  E("2029-06-07 16:05", "Russian glide bombs kill 3 in Ukraine's Sumy, says governor",
    ["Three people were killed and 11 injured when Russian guided aerial bombs hit the northeastern Ukrainian city of Sumy on Thursday, the regional governor said.",
     "The strikes damaged a school, a shopping center and dozens of homes, according to Ukraine's State Emergency Service."],
    "strikes", "strikes", 3, "sumy-glide-bomb-strike-2029-06-07", a="Yuliia Holub", n="deadly strike"),
  E("2029-06-07 13:30", "Baykar to open drone maintenance center in Ukraine by autumn",
    ["Turkish defense company Baykar will open a maintenance and repair center for its drones in Ukraine by the autumn, the company's chief executive said on Thursday."],
    "aid", "aid", 2, "baykar-ukraine-drone-center-2029-06-07", n="arms support to a party (Ukraine) -> aid"),
  E("2029-06-07 11:10", "ANALYSIS - Why Russia's summer offensive has stalled around Kostiantynivka",
    ["Three months into its summer offensive, Russia has gained only a few kilometers around the town of Kostiantynivka, as Ukrainian drone units make it costly to mass troops and armor near the front.",
     "Analysts say Moscow is likely to shift its main effort north toward Sloviansk before the autumn rains."],
    "other", "frontline", 2, "analysis-russian-offensive-kostiantynivka-2029-06", a="Mehmet Ali Doruk", n="analysis piece, own story"),
  OFF("2029-06-07 08:45", "Greece, T\u00fcrkiye agree to convene high-level cooperation council in autumn",
    ["Turkish and Greek foreign ministers agreed on Thursday to hold the next meeting of the two countries' High-Level Cooperation Council in Ankara in the autumn, the Turkish Foreign Ministry said."],
    "greece-turkiye-cooperation-council-2029-06-07", a="Seda Korkmaz", n="Greek-Turkish relations"),
  E("2029-06-07 06:20", "Russia launched 86 drones, 3 missiles at Ukraine overnight, Kyiv says",
    ["Russia attacked Ukraine overnight with 86 drones and three Iskander-M ballistic missiles, Ukraine's air force said on Thursday, adding that 71 drones were shot down or jammed."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2029-06-07", a="Yuliia Holub", n="no casualties reported"),
  ]))

# ---------------------------------------------------------------- 17204 ANSA English
SEEDS.append(dict(
  id="17204", name="17204_ansa-english", ext="txt", source="ANSA", zone="Europe/Rome", render=r_ansa,
  title="News",
  basis="stamp '{s}' (Italian time; ANSA prints no zone, home zone Europe/Rome = CEST, UTC+2); local {d} in {z}",
  notes="Imitates the ANSA English news listing copied as text. Newest first. Per item: section label (World, Politics, ...), headline, a standfirst line (ANSA's italic subtitle, not body), 'DD Month YYYY HH:MM' (Italian time, no zone printed), body paragraphs starting '(ANSA) - CITY, JUN 9 - ' (kept in first_sentence as printed), then a share line. No bylines. Two off-beat items (Serie A fixtures, heat alert).",
  not_entries=["'ANSA.it' / 'ANSA English' masthead and menu", "newsletter prompt", "heading 'News' (page title)",
               "section labels above each headline (World, Politics, Vatican, Sports, News)", "the standfirst line under each headline",
               "'Share: Facebook | X | WhatsApp | Email' lines", "'ALL RIGHTS RESERVED' and 'Leggi l'articolo completo su ANSA.it' lines",
               "'Load more news'", "footer (company name, VAT number, privacy, copyright)"],
  entries=[
  E("2029-06-09 21:10", "Ukraine: Russian drones hit Odesa, one dead",
    ["(ANSA) - KYIV, JUN 9 - One person was killed and six were injured when Russian drones struck port infrastructure and a residential building in Odesa on Saturday evening, Ukrainian authorities said.",
     "Regional governor Oleh Kiper said fires had broken out at two warehouses in the port area."],
    "strikes", "strikes", 3, "odesa-drone-strike-2029-06-09", cat="World", sf="Port infrastructure and apartment block damaged", n="deadly strike"),
  E("2029-06-09 18:35", "Meloni reaffirms Italy's support for Kyiv in call with Zelensky",
    ["(ANSA) - ROME, JUN 9 - Premier Giorgia Meloni reaffirmed Italy's support for Ukraine in a phone call with President Volodymyr Zelensky on Saturday, Palazzo Chigi said.",
     "The two leaders discussed air defence, energy and preparations for the next Ukraine Recovery Conference, the premier's office said."],
    "diplomacy", "diplomacy", 3, "meloni-zelensky-call-2029-06-09", cat="Politics", sf="Premier says Rome will keep backing Ukraine 'for as long as needed'",
    n="head-of-government diplomatic move"),
  E("2029-06-09 16:00", "Crosetto says 14th aid decree for Ukraine includes SAMP/T missiles",
    ["(ANSA) - ROME, JUN 9 - Defence Minister Guido Crosetto said in an interview published on Saturday that Italy's 14th military aid decree for Ukraine would include missiles for the SAMP/T air defence system, without giving quantities."],
    "aid", "aid", 3, "italy-14th-aid-decree-2029-06-09", cat="Politics", sf="Defence minister says quantities remain classified", n="major package"),
  E("2029-06-09 13:20", "Pope Leo meets Ukrainian children returned from Russia",
    ["(ANSA) - VATICAN CITY, JUN 9 - Pope Leo XIV on Saturday met a group of 30 Ukrainian children who had been taken to Russia or Russian-occupied territory and later returned to their families, the Holy See press office said."],
    "other", "humanitarian", 2, "pope-meets-returned-ukrainian-children-2029-06-09", cat="Vatican", sf="Pontiff hears stories of deportation and separation"),
  OFF("2029-06-09 11:05", "Serie A 2029-30 fixtures to be unveiled on July 2",
    ["(ANSA) - MILAN, JUN 9 - Serie A said on Saturday that the fixture list for the 2029-30 season would be presented on July 2, with the opening round scheduled for the weekend of August 19."],
    "serie-a-fixtures-2029-06-09", cat="Sports", sf="League confirms season will start on August 19", n="football"),
  OFF("2029-06-09 09:40", "Heat: red alert in 14 Italian cities",
    ["(ANSA) - ROME, JUN 9 - The health ministry issued its highest heat alert for 14 cities on Saturday, including Rome, Florence and Bologna, as temperatures were forecast to climb to 39C."],
    "italy-heat-red-alert-2029-06-09", cat="News", sf="Temperatures forecast to reach 39C in Florence", n="weather"),
  E("2029-06-09 08:15", "Moscow court orders arrest in absentia of Italian reporter",
    ["(ANSA) - MOSCOW, JUN 9 - A Moscow court on Saturday ordered the arrest in absentia of an Italian television reporter accused of illegally crossing into Russia's Kursk region while covering Ukraine's incursion in 2024.",
     "Italy's foreign ministry called the ruling 'unacceptable'."],
    "other", "politics", 2, "moscow-court-italian-reporter-2029-06-09", cat="World", sf="Journalist accused of illegally entering Kursk region"),
  ]))

# ---------------------------------------------------------------- 17205 EFE English
SEEDS.append(dict(
  id="17205", name="17205_efe-world", ext="html", source="EFE", zone="Europe/Madrid", render=r_efe,
  title="World",
  basis="card stamp '{s}' (Spanish time, 'CEST' printed; <time datetime> carries the +02:00 offset); local {d} in {z}",
  notes="Imitates the EFE English (efe.com/en) WordPress 'World' category archive. Newest first. Each card: optional photo with an 'EFE/...' caption, h2 headline, <time datetime='...+02:00'> showing '11 Jun 2029 | 22:15 CEST', one or two summary paragraphs starting with EFE's 'City, Jun 11 (EFE).- ' dateline (kept in first_sentence). Yoast @graph JSON-LD holds only CollectionPage/BreadcrumbList/WebSite/Organization (no per-item dates). No bylines. Two off-beat items (Argentina inflation, Colombia hostages).",
  not_entries=["logo, navigation menu and 'Espa\u00f1ol' link", "archive heading 'World' (page title)", "photo captions ending in 'EFE/EPA/...' credits",
               "pagination (1 2 3 Next)", "footer copyright and legal links"],
  entries=[
  E("2029-06-11 22:15", "Ukraine says it struck Russian airbase in Crimea",
    ["Kyiv, Jun 11 (EFE).- Ukraine's military said Monday it had struck the Saky airbase in Russian-occupied Crimea with long-range drones, damaging two Su-30 fighter jets and a radar station.",
     "Russia's Defense Ministry said its air defenses had downed 32 drones over the peninsula and did not mention any damage."],
    "strikes", "strikes", 2, "saky-airbase-drone-strike-2029-06-11", cap="Smoke over the western coast of Crimea in an image shared on social media. EFE/STRINGER"),
  E("2029-06-11 19:40", "EU foreign ministers fail to agree on new Russia sanctions package",
    ["Brussels, Jun 11 (EFE).- European Union foreign ministers ended a meeting in Brussels on Monday without agreeing on a new package of sanctions against Russia, after Slovakia and Hungary maintained their objections to measures targeting Russian liquefied natural gas.",
     "EU foreign policy chief Kaja Kallas said she expected an agreement 'within weeks'."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-deadlock-2029-06-11", n="ministerial meeting on sanctions"),
  E("2029-06-11 17:05", "Spain to train 1,000 more Ukrainian soldiers this year, says Robles",
    ["Madrid, Jun 11 (EFE).- Spain will train an additional 1,000 Ukrainian soldiers at its bases in Toledo and Zaragoza before the end of the year, Defense Minister Margarita Robles said Monday."],
    "aid", "aid", 2, "spain-training-ukrainian-soldiers-2029-06-11", sec_slug="europe"),
  OFF("2029-06-11 14:30", "Argentina's monthly inflation slows to 1.1%",
    ["Buenos Aires, Jun 11 (EFE).- Argentina's monthly inflation rate slowed to 1.1% in May, the lowest reading in more than a decade, the national statistics institute INDEC reported."],
    "argentina-inflation-may-2029", sec_slug="latin-america", n="economy"),
  E("2029-06-11 12:10", "Russian shelling kills two in Kherson, governor says",
    ["Kyiv, Jun 11 (EFE).- Two people were killed and five wounded on Monday when Russian artillery shelled residential areas of the southern Ukrainian city of Kherson, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-shelling-2029-06-11", cap="Rescuers inspect a damaged house in Kherson. EFE/EPA/IVAN ANTYPENKO", n="deadly strike"),
  OFF("2029-06-11 10:25", "Colombia's ELN guerrilla frees six hostages in Arauca",
    ["Bogota, Jun 11 (EFE).- Colombia's ELN guerrilla group released six people it had been holding in the eastern department of Arauca, the Ombudsman's Office said Monday."],
    "eln-hostages-freed-arauca-2029-06-11", sec_slug="latin-america", n="Colombia"),
  E("2029-06-11 08:05", "Zelensky replaces commander of Ukraine's navy",
    ["Kyiv, Jun 11 (EFE).- Ukrainian President Volodymyr Zelensky on Monday dismissed the commander of the country's navy and appointed his deputy to the post, according to a decree published on the presidential website."],
    "other", "politics", 2, "ukraine-navy-commander-replaced-2029-06-11", n="appointment"),
  ]))


def r_pap(S):
    """PAP (Polish Press Agency) English service, 'Latest news' listing as text. Per item: stamp 'DD.MM.YYYY, HH:MM' above the
    headline (Polish time, no zone printed), lead paragraph(s); photo captions ending 'Photo: PAP/NAME' sit between items."""
    z = S["zone"]; order_check(S, True)
    L = ["PAP", "Polish Press Agency", "PL | EN", "", "Politics   Business   Society   Sport   Culture   Science   Poland   World   Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        if e.get("cap"):
            L += [e["cap"], ""]
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["PAP MediaRoom: press releases from companies and institutions", ""]
    L += ["Show more", "", "Polska Agencja Prasowa S.A.", "Contact | Terms of use | Privacy policy", "Copyright \u00a9 2029 PAP S.A."]
    return "\n".join(L) + "\n", stamps


def r_dpa(S):
    """dpa international news ticker page, HTML, newest first: bare 'HH:MM' per entry, the day only in the page header
    ('Friday, June 15', no year anywhere), printed 'All times CEST', dateline 'City (dpa) - '. No JSON-LD, no bylines."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | dpa international</title>',
           '<meta name="robots" content="index,follow"></head><body>',
           '<header class="site-header"><a class="logo" href="/">dpa international</a><nav><a href="/top-news">Top News</a> <a href="/world">World</a> '
           '<a href="/europe">Europe</a> <a href="/germany">Germany</a> <a href="/business">Business</a> <a href="/science">Science</a> '
           '<a href="/sports">Sports</a> <a href="/features">Features</a></nav></header>',
           '<main><div class="kicker">Newsticker</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="dateline">{DAYS_EN[first.weekday()]}, {MONTHS[first.month - 1]} {first.day} \u00b7 Last updated {first:%H:%M} \u00b7 All times CEST</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-entry" id="e{i + 1}"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Get the dpa international morning briefing: <a href="/newsletter">subscribe</a></div>')
    out += ['</div></main>', '<footer>\u00a9 dpa Deutsche Presse-Agentur GmbH \u00b7 <a href="/imprint">Imprint</a> \u00b7 <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_afp(S):
    """AFP English wire listing, text scrape. Printed capture clock 'Sunday, 17 June 2029, 19:05 GMT'; items newest first:
    headline, then a relative age ('35 mins ago', '2 hrs ago') for items under six hours old, else 'DD/MM/YYYY - HH:MM GMT';
    optional byline 'by First LASTNAME'; body with the 'City (Country) (AFP) - ' dateline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["AFP", "Agence France-Presse", "News   Photo   Video   Fact Check   Newsroom   About AFP", "EN | FR | ES | DE | AR | PT", "",
         f"{DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} GMT", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        elif mins < 6 * 60:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        else:
            st = f"{d:%d/%m/%Y} - {d:%H:%M} GMT"
        stamps.append(st)
        L += [e["h"], st] + ([f"by {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 2:
            L += ["AFP Forum: access our full text, photo and video service", ""]
    L += ["Load more", "", "Terms of use   Privacy   Contact", "\u00a9 AFP 2029"]
    return "\n".join(L) + "\n", stamps


def r_upi(S):
    """UPI World News RSS 2.0: pubDate with the US zone abbreviation ('EDT'), description = lead with 'June 19 (UPI) --',
    <author> as 'noreply@upi.com (NAME)'. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.upi.com/Top_News/World-News/</link>',
           '<atom:link href="https://rss.upi.com/news/world_news.rss" rel="self" type="application/rss+xml" />',
           '<description>World news from United Press International</description>', '<language>en-us</language>',
           '<copyright>Copyright 2029 United Press International, Inc. All Rights Reserved.</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, d.tzname()); stamps.append(st)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", e["h"]).strip("-")
        url = f"https://www.upi.com/Top_News/World-News/{d:%Y/%m/%d}/{slug}/{8151718810000 + i * 3917}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<description>{esc(" ".join(e["p"]))}</description>']
        if e["a"]:
            out.append(f'<author>noreply@upi.com ({esc(e["a"])})</author>')
        out += [f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{url}</guid>', '<category>World News</category>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17206 PAP (Polish Press Agency, English)
SEEDS.append(dict(
  id="17206", name="17206_pap-latest", ext="txt", source="PAP", zone="Europe/Warsaw", render=r_pap,
  title="Latest news",
  basis="stamp '{s}' printed above the headline (Polish time; PAP prints no zone, home zone Europe/Warsaw = CEST, UTC+2); local {d} in {z}",
  notes="Imitates the PAP English service 'Latest news' listing copied as text. Newest first. Per item: the stamp 'DD.MM.YYYY, HH:MM' ABOVE the headline, then the lead paragraph(s), then a 'Read more' link. Photo captions with a 'Photo: PAP/NAME' credit stand on their own line before two of the items (before the stamp): they belong to no body. No bylines. Two off-beat items (inflation, storms).",
  not_entries=["'PAP' / 'Polish Press Agency' masthead, language switch, menu", "heading 'Latest news' (page title)",
               "photo caption lines ending 'Photo: PAP/...' (before items 1 and 4)", "'Read more' links", "'PAP MediaRoom' promo line",
               "'Show more'", "footer (company, links, copyright)"],
  entries=[
  E("2029-06-13 20:50", "Russian strike on Lviv region kills one; Polish jets scrambled",
    ["Polish and allied aircraft were scrambled on Wednesday evening after Russia launched a missile and drone attack on western Ukraine, the Operational Command of the Polish Armed Forces said.",
     "Ukrainian officials said one person was killed and four injured when a missile hit an industrial facility in the Lviv region, about 70 km from the Polish border."],
    "strikes", "strikes", 3, "lviv-region-strike-polish-jets-2029-06-13", cap="A Polish Air Force F-16 taxis at the airbase in \u0141ask. Photo: PAP/Marek Zieli\u0144ski",
    n="deadly strike; the first sentence is about the scramble, the headline leads with the strike"),
  E("2029-06-13 18:15", "Sikorski and Sybiha discuss EU accession and exhumations in Warsaw",
    ["Polish Foreign Minister Rados\u0142aw Sikorski hosted his Ukrainian counterpart Andrii Sybiha in Warsaw on Wednesday for talks on Ukraine's path to EU membership and the exhumation of Polish victims of the 1943-45 Volhynia massacres."],
    "diplomacy", "diplomacy", 3, "sikorski-sybiha-warsaw-talks-2029-06-13", n="ministerial meeting"),
  E("2029-06-13 15:40", "Rzesz\u00f3w hub handled record volume of military aid in May, minister says",
    ["A record volume of military equipment for Ukraine passed through the logistics hub at Rzesz\u00f3w-Jasionka airport in May, Poland's deputy defence minister said on Wednesday, without giving figures."],
    "aid", "aid", 2, "rzeszow-hub-record-aid-volume-2029-05"),
  E("2029-06-13 13:05", "Two detained over suspected sabotage on railway line to Ukraine",
    ["Polish police have detained two men suspected of planting explosives on a railway line used to deliver aid to Ukraine, acting on behalf of Russian intelligence, the minister-coordinator of special services said on Wednesday."],
    "other", "security", 2, "poland-rail-sabotage-arrests-2029-06-13", cap="Police officers guard a section of track near Mi\u0119dzyrzec Podlaski. Photo: PAP/Wojciech Pacewicz-Rudny",
    n="sabotage -> other/security"),
  OFF("2029-06-13 11:30", "Polish inflation falls to 2.9 pct in May",
    ["Poland's consumer price inflation slowed to 2.9 percent year on year in May from 3.3 percent in April, the Central Statistical Office (GUS) said in a flash estimate on Wednesday."],
    "poland-inflation-may-2029", n="economy"),
  E("2029-06-13 09:10", "Over 40,000 Ukrainian refugees receive residence cards under new rules",
    ["More than 40,000 Ukrainian refugees have received Polish temporary residence cards since new rules replacing their special protected status came into force in March, the interior ministry said on Wednesday."],
    "other", "humanitarian", 2, "poland-ukrainian-refugees-residence-cards-2029-06"),
  OFF("2029-06-13 07:45", "Storms leave 50,000 homes without power in Lower Silesia",
    ["Violent overnight storms with winds of up to 110 km/h left around 50,000 households in south-western Poland without electricity, the Government Centre for Security said on Wednesday."],
    "lower-silesia-storms-2029-06-13", n="weather"),
  ]))

# ---------------------------------------------------------------- 17207 dpa international
SEEDS.append(dict(
  id="17207", name="17207_dpa-ticker", ext="html", source="dpa", zone="Europe/Berlin", render=r_dpa,
  title="Ukraine war ticker: Merz pledges another Patriot system",
  lede="Germany promises Kyiv a further Patriot air defence system, while a Russian drone hits a residential building in Kharkiv. The latest developments at a glance.",
  parse_args=["--date", "2029-06-15"],
  basis="bare ticker time '{s}' under the page header 'Friday, June 15 \u00b7 Last updated 21:05 \u00b7 All times CEST' (no year anywhere on the page; the year comes from --date); local {d} in {z}",
  notes="Imitates a dpa international news ticker page (HTML). Newest first. Each entry: bare 'HH:MM', h2 headline, paragraphs starting 'City (dpa) - '. The only date is the header line 'Friday, June 15 \u00b7 Last updated 21:05 \u00b7 All times CEST'; no year is printed anywhere (not in URLs, footer or markup), so the gold carries parse_args --date 2029-06-15 (a Friday). No JSON-LD, no bylines (author null). Entry 4 (Bundestag drone funds) shares the aid theme with entry 1 (Patriot pledge) but is a separate decision. One off-beat item (heat warning).",
  not_entries=["logo and navigation", "'Newsticker' kicker", "page headline (page title)", "header line 'Friday, June 15 \u00b7 Last updated 21:05 \u00b7 All times CEST'",
               "intro paragraph 'Germany promises Kyiv ...' (page lede)", "newsletter promo after the fourth entry", "footer"],
  entries=[
  E("2029-06-15 21:05", "Merz pledges another Patriot system after call with Zelensky",
    ["Berlin (dpa) - Germany will deliver another Patriot air defence system to Ukraine before the end of the year, Chancellor Friedrich Merz said on Friday after a phone call with Ukrainian President Volodymyr Zelensky.",
     "The system will come from Bundeswehr stocks and be replaced by new orders from the manufacturer, a government spokesman said."],
    "aid", "aid", 3, "germany-patriot-pledge-2029-06-15", n="major arms transfer"),
  E("2029-06-15 19:30", "Russian drone hits apartment block in Kharkiv, nine injured",
    ["Kharkiv (dpa) - A Russian attack drone struck the upper floors of a 16-storey apartment building in Kharkiv on Friday evening, injuring nine people, among them two children, the city's mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-apartment-drone-strike-2029-06-15", n="no deaths"),
  E("2029-06-15 17:10", "Kremlin: no date yet for next round of talks with Kyiv",
    ["Moscow (dpa) - The Kremlin said on Friday that no date had been set for a new round of direct talks with Ukraine, despite offers from T\u00fcrkiye to host them.",
     "Spokesman Dmitry Peskov said working contacts between the delegations were continuing."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2029-06-15"),
  E("2029-06-15 15:45", "Bundestag committee releases funds for Ukrainian long-range drones",
    ["Berlin (dpa) - The budget committee of the German Bundestag on Friday released 150 million euros for the joint production of long-range strike drones with Ukraine, according to committee members."],
    "aid", "aid", 2, "bundestag-funds-ukraine-long-range-drones-2029-06-15", n="same aid theme as entry 1, separate decision: must not merge"),
  OFF("2029-06-15 12:20", "Heat warning: up to 36 degrees expected in the Upper Rhine valley",
    ["Offenbach (dpa) - Germany's weather service DWD has warned of temperatures of up to 36 degrees Celsius in the Upper Rhine valley over the weekend, the first major heatwave of the summer."],
    "germany-heat-warning-2029-06-15", n="weather"),
  E("2029-06-15 10:05", "Ukraine says it has retaken village near Huliaipole",
    ["Kyiv (dpa) - Ukrainian troops have recaptured a village north-east of Huliaipole in the Zaporizhzhia region, the Ukrainian general staff said on Friday. The claim could not be independently verified."],
    "other", "frontline", 2, "ukraine-retakes-village-huliaipole-2029-06-15"),
  E("2029-06-15 07:40", "Russia attacks Ukraine with 120 drones overnight",
    ["Kyiv (dpa) - Russia attacked Ukraine overnight with around 120 drones and two cruise missiles, the Ukrainian air force said on Friday morning.",
     "Two people were injured in the Kyiv region by falling debris, the regional administration said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2029-06-15", n="no deaths"),
  ]))

# ---------------------------------------------------------------- 17208 AFP (English wire listing)
SEEDS.append(dict(
  id="17208", name="17208_afp-wire", ext="txt", source="AFP", zone="UTC", render=r_afp,
  title="Latest from the AFP English wire", ref="2029-06-17 19:05",
  basis="stamp '{s}': relative ages counted back from the printed capture clock 'Sunday, 17 June 2029, 19:05 GMT', older items carry 'DD/MM/YYYY - HH:MM GMT'; local {d} in {z}",
  notes="Imitates an AFP English wire listing copied as text. Newest first. The page prints a capture clock 'Sunday, 17 June 2029, 19:05 GMT'; items under six hours old show only a relative age ('35 mins ago', '2 hrs ago', '4 hrs ago'), older ones 'DD/MM/YYYY - HH:MM GMT'. Optional byline line 'by First LASTNAME' (AFP prints surnames in capitals; kept as printed). Body with AFP's 'City (Country) (AFP) - ' dateline (kept in first_sentence). Two off-beat items (Sudan, Kazakhstan).",
  not_entries=["'AFP' / 'Agence France-Presse' masthead, menu and language switch", "capture clock line 'Sunday, 17 June 2029, 19:05 GMT' (the anchor for relative ages)",
               "heading 'Latest from the AFP English wire' (page title)", "'by ...' byline lines (authors, not body)", "'AFP Forum' promo line", "'Load more'", "footer"],
  entries=[
  E("2029-06-17 18:30", "Zelensky says Russia massing troops for new push in Zaporizhzhia",
    ["Kyiv (AFP) - Ukrainian President Volodymyr Zelensky said Sunday that Russia had massed more than 50,000 troops for a new offensive in the southern Zaporizhzhia region and urged allies to speed up deliveries of armoured vehicles."],
    "other", "frontline", 2, "zelensky-warns-zaporizhzhia-offensive-2029-06-17", a="Mirela DANCU", sec=["aid"]),
  E("2029-06-17 17:05", "Russian guided bomb kills four in Kramatorsk",
    ["Kramatorsk (Ukraine) (AFP) - A Russian guided bomb struck a market in the eastern Ukrainian city of Kramatorsk on Sunday, killing four people and wounding 17, the regional governor said.",
     "An AFP journalist at the scene saw firefighters pulling apart charred stalls as ambulances carried away the wounded."],
    "strikes", "strikes", 3, "kramatorsk-guided-bomb-2029-06-17", a="Pavlo ZAREMBA", n="deadly strike"),
  E("2029-06-17 15:05", "Pope urges 'courageous' dialogue to end war in Ukraine",
    ["Vatican City (AFP) - Pope Leo XIV on Sunday called for 'courageous and sincere' dialogue to end the war in Ukraine, telling pilgrims in Saint Peter's Square that peace could not wait."],
    "diplomacy", "diplomacy", 2, "pope-angelus-ukraine-appeal-2029-06-17"),
  OFF("2029-06-17 12:40", "RSF shelling kills 12 in Sudan's El Fasher, medics say",
    ["Port Sudan (AFP) - Paramilitary shelling killed 12 civilians in the Sudanese city of El Fasher on Sunday, a local medical group said."],
    "el-fasher-shelling-2029-06-17", n="Sudan"),
  E("2029-06-17 10:15", "Russia says it downed 57 Ukrainian drones, Moscow airports briefly shut",
    ["Moscow (AFP) - Russian air defences shot down 57 Ukrainian drones overnight, including 11 headed for Moscow, the defence ministry said Sunday, as two of the capital's airports briefly suspended flights."],
    "strikes", "strikes", 2, "russia-downs-57-drones-moscow-airports-2029-06-17", a="Mirela DANCU"),
  OFF("2029-06-17 08:50", "Kazakhstan votes in snap parliamentary election",
    ["Astana (AFP) - Kazakhs voted Sunday in a snap parliamentary election called by President Kassym-Jomart Tokayev, with his Amanat party expected to keep its majority."],
    "kazakhstan-snap-election-2029-06-17", n="Kazakhstan election"),
  E("2029-06-17 06:20", "Ukraine, Russia swap 250 prisoners each in UAE-brokered deal",
    ["Kyiv (AFP) - Ukraine and Russia exchanged 250 prisoners of war each on Sunday in a swap mediated by the United Arab Emirates, both sides said.",
     "Zelensky posted pictures of the freed soldiers, some draped in Ukrainian flags, stepping off buses near the Belarus border."],
    "diplomacy", "diplomacy", 3, "prisoner-swap-250-2029-06-17", a="Pavlo ZAREMBA", n="big prisoner exchange"),
  ]))

# ---------------------------------------------------------------- 17209 UPI
SEEDS.append(dict(
  id="17209", name="17209_upi-worldrss", ext="xml", source="UPI", zone="America/New_York", render=r_upi,
  title="UPI.com - World News",
  basis="RSS pubDate '{s}' (US Eastern daylight time, 'EDT' = UTC-4); local {d} in {z}",
  notes="Imitates the UPI World News RSS feed. Newest first. pubDate uses the zone abbreviation 'EDT' instead of a numeric offset; descriptions start 'June 19 (UPI) -- '. Authors come from <author>noreply@upi.com (NAME)</author> (author = NAME). The two oldest items were published on the evening of Monday June 18 in New York (datelines 'June 18 (UPI)'), which is already June 19 in UTC, so the whole feed is one UTC day, 2029-06-19. Two off-beat items (heat dome, Manitoba wildfires).",
  not_entries=["channel title/link/description/copyright/ttl", "the 'noreply@upi.com' address part of <author>", "category elements", "guid links"],
  entries=[
  E("2029-06-19 18:42:10", "Senate committee advances $12B Ukraine security assistance bill",
    ["June 19 (UPI) -- The Senate Foreign Relations Committee on Tuesday voted 15-6 to advance a bill providing $12 billion in security assistance to Ukraine over two years, sending the measure to the full Senate."],
    "aid", "aid", 3, "senate-committee-ukraine-aid-bill-2029-06-19", a="Lena Hartwig", n="major funding vote"),
  E("2029-06-19 16:05:33", "Russia says it hit Ukrainian energy sites with 'precision weapons'",
    ["June 19 (UPI) -- Russia's Defense Ministry said Tuesday its forces had carried out a 'massive strike' with precision weapons on energy facilities supplying Ukraine's defense industry, hours after Ukrainian officials reported blackouts in three regions."],
    "strikes", "strikes", 2, "russia-strike-ukraine-energy-sites-2029-06-19", a="Darnell Whitcombe"),
  OFF("2029-06-19 13:20:00", "Heat dome to bake Midwest through weekend",
    ["June 19 (UPI) -- More than 70 million people across the Midwest and Ohio Valley were under heat alerts Tuesday as a heat dome settled over the region, the National Weather Service said."],
    "us-midwest-heat-dome-2029-06-19", a="Brooke Sandoval", n="weather"),
  E("2029-06-19 11:47:18", "U.S., Russian diplomats meet in Istanbul on embassy operations",
    ["June 19 (UPI) -- American and Russian diplomats met in Istanbul on Tuesday for a new round of talks on restoring normal staffing at each country's embassies, the State Department said."],
    "diplomacy", "diplomacy", 2, "us-russia-embassy-talks-istanbul-2029-06-19"),
  E("2029-06-19 09:02:51", "Russian drones hit Danube port of Izmail, killing 2",
    ["June 19 (UPI) -- Two people were killed and three injured when Russian drones struck port facilities and grain silos in the Ukrainian Danube port of Izmail early Tuesday, Odesa regional officials said."],
    "strikes", "strikes", 3, "izmail-port-drone-strike-2029-06-19", a="Darnell Whitcombe", n="deadly strike"),
  E("2029-06-18 22:10:05", "Pentagon awards $400M contract for Ukraine air-defense interceptors",
    ["June 18 (UPI) -- The Pentagon on Monday awarded a $400 million contract for air-defense interceptors to be delivered to Ukraine under the Ukraine Security Assistance Initiative, the Defense Department said in its daily contracts announcement."],
    "aid", "aid", 3, "pentagon-interceptor-contract-ukraine-2029-06-18", a="Lena Hartwig", n="major contract; New York date June 18, UTC date June 19"),
  OFF("2029-06-18 20:35:40", "Wildfires force evacuation of 8,000 in northern Manitoba",
    ["June 18 (UPI) -- Wildfires forced the evacuation of about 8,000 residents from several communities in northern Manitoba on Monday, Canadian officials said."],
    "manitoba-wildfires-2029-06-18", a="Brooke Sandoval", n="wildfires; New York date June 18, UTC date June 19"),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_ashmorrow(S):
    """text live, newest first; 'Key Points' block listing entry headlines; UK 12-hour stamp line '9.35pm BST' before the
    headline; 'By NAME' line under the headline when signed."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | News | World | Politics | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, sep='.')} BST"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 0:48]", ""]
        if i == 2:
            L += ["Sign up to the Chronicle's Ukraine briefing, delivered at 7am every weekday.", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} 2029 | About us | Contact | Corrections | Privacy | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_sorrelwade(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00); visible bare '07:20' in
    <time datetime>; per-post author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso(d),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie-bar">{esc(S["source"])} uses cookies. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/war/energy-grid-summer">How the grid is coping with summer demand</a></aside>')
    out += ['<button class="more">Load newer posts</button></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' or the numeric offset (S['rfc']); either CDATA <description>
    paragraphs, or (S['encoded']) a one-line <description> summary plus the full text in <content:encoded>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d, "GMT" if S["rfc"] == "GMT" else None); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{i + 311}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 311}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("encoded"):
            out += [f'<description>{esc(e.get("summary", ""))}</description>',
                    '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>']
        else:
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_druvenmoor(S):
    """HTML article with h2 sections (one entry per section, no per-section stamp); NewsArticle JSON-LD with the page time;
    printed dateline '22 June 2029, 18:30 CEST' and a two-name byline."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(pub), "dateModified": iso(pub),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@type": "Organization", "name": S["source"]},
          "mainEntityOfPage": S["url"], "articleSection": "Ukraine"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a href="/world">World</a> \u203a <a href="/world/ukraine">Ukraine</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1>', f'<p class="lede">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(" and ".join(S["authors"]))}</p>', f'<p class="date">{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M} {pub.tzname()}</p>',
           '<div class="share">Share on Facebook \u00b7 Share on X \u00b7 Email</div>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append('<figure><img src="/img/strike.jpg" alt=""><figcaption>Rescue workers at the damaged dormitory. Photo: Reuters</figcaption></figure>')
    out += [f'<p class="more">{esc(S["more"])}</p>', '</article>', f'<footer>\u00a9 {S["source"]} 2029 \u00b7 Imprint \u00b7 Data protection</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_gorsecliffe(S):
    """HTML live, newest first, no JSON-LD; bare '19:20' in a span above the h2; page prints the date and 'All times CEST';
    per-post author span below the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><ul class="menu"><li>World</li><li>Poland</li><li>Ukraine</li><li>Business</li><li>Culture</li></ul></header>',
           f'<main><span class="live-badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times CEST</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 9 photos</div>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</section></main>', f'<footer>{esc(S["source"])} \u00a9 2029 \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first: <published> with the numeric offset or Z (the stamp), a later <updated> on some entries,
    <author><name> when signed, escaped-HTML <content> or plain <summary>."""
    z = S["zone"]; order_check(S, True)
    last = max(dt(e["t"], z) + timedelta(minutes=e.get("upd", 0)) for e in S["entries"])
    fmt = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("zulu") else (lambda d: iso(d))
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}" rel="alternate"/>', f'<link href="{S["url"]}/feed.atom" rel="self"/>',
           f'<id>{S["url"]}/</id>', f'<updated>{fmt(last)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{S["path"]}/{i + 5120}" rel="alternate"/>',
                f'<id>tag:{S["url"].split("//")[1]},2029:{i + 5120}</id>', f'<published>{st}</published>',
                f'<updated>{fmt(d + timedelta(minutes=e.get("upd", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S.get("content_html"):
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        else:
            out.append('<summary>' + esc(" ".join(e["p"])) + '</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_cindermoss(S):
    """text live, oldest first; US 12-hour stamps in a 'Posted 6:40 AM EDT \u00b7 By NAME' line under the headline;
    date only in the header line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local | Nation | World | Politics | Sports | Opinion | Obituaries | e-Edition", "", S["title"], S["dateline"], "",
         S["lede"], "", "Refresh for updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, space=' ', suf=('AM', 'PM'))} EDT"; stamps.append(st)
        L += [e["h"], f"Posted {st}" + (f" \u00b7 By {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", "", "Get breaking news alerts from the Evening News app.", ""]
    L += ["This live blog has ended.", "", f"\u00a9 2029 {S['source']} | Terms of Service | Privacy Notice | Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_lanternmoor(S):
    """text live without a year anywhere; newest first; stamp line '22:10 Kyiv time' before the headline; signature line
    '\u2014 NAME' after the body; day only in the header 'Wednesday 27 June'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Front page  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Ideas  \u00b7  Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} Kyiv time"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["\u25b6 Play video (1:05)", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine: become a member.", ""]
    L += ["Earlier posts", "", f"\u00a9 {S['source']} \u00b7 All rights reserved \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_hobthwaite(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished and
    dateModified (no per-update time) and a shortened articleBody; visible Irish 12-hour time '9.20pm' in <time>; signature line."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7700 + i}", "headline": S["title"], "datePublished": iso(first),
            "dateModified": iso(last), "articleBody": (" ".join(e["p"]) or e["h"])[:160]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "coverageEndTime": iso(last),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav>News \u00b7 World \u00b7 Business \u00b7 Sport \u00b7 Opinion</nav> <a href="/subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(" and ".join(S["authors"]))}</p>', f'<p class="pubdate">{esc(S["dateline"])}</p>', '<div class="blocks">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{7700 + i}"><time datetime="{d:%H:%M}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig"><em>{esc(e["a"])}</em></p>')
        out.append('<div class="share">Share</div></div>')
        if i == 2:
            out.append('<div class="newsletter">Sign up for the Journal\'s morning briefing</div>')
    out += ['</div></main>', f'<footer>\u00a9 2029 {esc(S["source"])} \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-06-22 (UTC, a Friday), day 2 = 2029-06-23, day 3 = 2029-06-27.
CHERN = "chernihiv-missile-strike-2029-06-22"
IRIST = "germany-iris-t-deliveries-2029-06-22"
SWAPDEAL = "istanbul-prisoner-exchange-agreement-2029-06-22"
EXPL = "analysis-ballistic-missile-defence-gaps"
EXPL_H = "Analysis: Why ballistic missiles still slip through Ukraine's air defences"
EXPL_P = ["Today's strike on Chernihiv was carried out with Iskander-M ballistic missiles, which take only a few minutes to reach a city near the border and leave little time for a warning.",
          "Only a handful of systems in Ukraine's arsenal, chiefly the US-made Patriot and the Franco-Italian SAMP/T, can reliably stop such missiles, and each interception can cost several million dollars.",
          "Ukrainian commanders have to decide every night which cities their scarce Patriot batteries protect, and northern cities such as Chernihiv and Sumy have often been left with older systems that cannot engage ballistic targets."]

# ---------------------------------------------------------------- 17220 Ashmorrow Chronicle (day 1)
SEEDS.append(dict(
  id="17220", name="17220_ashmorrow-textlive", ext="txt", source="Ashmorrow Chronicle", zone="Europe/London", render=r_ashmorrow,
  title="Russia-Ukraine war live: Chernihiv missile strike kills nine; Germany to send two more IRIS-T systems",
  dateline="Friday 22 June 2029",
  lede="Russian ballistic missiles hit the centre of Chernihiv on Friday morning; Berlin brings forward air-defence deliveries; Kyiv's parliament extends martial law.",
  basis="stamp '{s}' (UK time, BST = UTC+1, 12-hour clock) under the dateline 'Friday 22 June 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines with bullets (key_point true). Each post: UK 12-hour stamp line '9.35pm BST', headline, optional 'By NAME' line (author), body. Entry 2 is a 'Watch:' teaser with only a '[Video: 0:48]' placeholder (no body; spelling 'Chernigov'). Entry 3 is a theme piece (analysis of ballistic-missile defence) that mentions the Chernihiv strike but is its own story; it is re-posted verbatim on day 2 by 17232. Chernihiv toll grows through the page: 3 dead (9.05am) to 9 dead (9.35pm).",
  not_entries=["masthead and menu", "'LIVE' label", "page title and dateline 'Friday 22 June 2029'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts 1 and 4)", "'Latest' label", "'By ...' lines (authors)",
               "'[Video: 0:48]' placeholder in the teaser", "newsletter promo after the third post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2029-06-22 21:35", "Chernihiv death toll rises to nine as rescue operation ends",
    ["Nine people were killed by this morning's Russian missile strike on Chernihiv, among them a 14-year-old girl, the regional military administration said this evening.",
     "Rescuers finished clearing the rubble of the four-storey administrative building and the student dormitory next to it shortly before 11pm local time. Forty-six people were injured, 12 of whom remain in hospital."],
    "strikes", "strikes", 3, CHERN, a="Harriet Quenby", kp=True, n="toll 9 dead, 46 injured"),
  E("2029-06-22 20:50", "Watch: Smoke rises over Chernigov minutes after missile strike", [],
    "strikes", "strikes", 1, CHERN, n="teaser without body; spelling 'Chernigov'"),
  E("2029-06-22 18:05", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Callum Freethy",
    n="theme piece (analysis; mentions the Chernihiv strike but is its own story): must not merge with " + CHERN),
  E("2029-06-22 15:20", "Germany to deliver two more IRIS-T systems by August",
    ["Germany will bring forward the delivery of two IRIS-T SLM air-defence systems so that both reach Ukraine by August, the German defence ministry said on Friday.",
     "Boris Pistorius, the defence minister, said the decision had been taken before the Chernihiv strike but that the attack showed 'why every week counts'."],
    "aid", "aid", 3, IRIST, a="Harriet Quenby", kp=True, n="also told by 17223"),
  E("2029-06-22 13:15", "Kallas: Chernihiv strike 'a deliberate choice of target'",
    ["The EU's foreign policy chief, Kaja Kallas, said the missile attack on Chernihiv had hit 'a university dormitory in the middle of a city on a weekday morning', and that this was 'a deliberate choice of target, not an accident'.",
     "She said EU foreign ministers would discuss further sanctions when they meet on Monday."],
    "strikes", "strikes", 3, CHERN, sec=["diplomacy"], n="reaction whose content is the strike itself: same story"),
  E("2029-06-22 11:40", "Ukraine's parliament extends martial law for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for a further 90 days, until late September, with 318 MPs in favour."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-06-22", a="Callum Freethy"),
  E("2029-06-22 09:05", "Russian missiles hit central Chernihiv",
    ["At least three people have been killed and 19 injured after Russian missiles struck the centre of Chernihiv, a city about 140km north of Kyiv, according to the regional governor, Vyacheslav Chaus.",
     "Air-raid sirens sounded only moments before the explosions, residents told local media."],
    "strikes", "strikes", 3, CHERN, a="Harriet Quenby", n="first report: 3 dead, 19 injured"),
  ]))

# ---------------------------------------------------------------- 17221 Sorrelwade Post (day 1)
SEEDS.append(dict(
  id="17221", name="17221_sorrelwade-ldlive", ext="html", source="Sorrelwade Post", zone="Europe/Kyiv", render=r_sorrelwade,
  title="War in Ukraine: live updates", url="https://sorrelwade-post.example/live/2029-06-22",
  dateline="Friday, 22 June 2029 \u00b7 all times Kyiv (EEST)",
  lede="Missile strike on Chernihiv, a night drone attack on the grid near Nizhyn and a prisoner-exchange deal in Istanbul: updates through the day.",
  basis="visible bare time '{s}' in <time datetime> (Kyiv time; the header says 'all times Kyiv (EEST)'; JSON-LD datePublished gives the same instant with +03:00); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. LiveBlogPosting JSON-LD with one BlogPosting per post (own datePublished with +03:00, articleBody, author). Visible: <time datetime> with bare 'HH:MM', h2 headline, author line, body. Entry 6 re-publishes entry 4 almost word for word (duplicate_of 17221-04). Entry 1 (drone on a substation near Nizhyn, same Chernihiv region, at night) and entry 3 (deadly drone in Kherson) are separate stories from the Chernihiv city strike. Entry 7 (Zelensky's Patriot appeal) is an air-defence appeal, its own story.",
  not_entries=["cookie bar", "masthead and menu", "page title (h1)", "dateline line 'Friday, 22 June 2029 \u00b7 all times Kyiv (EEST)'",
               "standfirst paragraph", "author lines under each headline", "'Copy link / Share' tools", "'Read also' box after the third post",
               "'Load newer posts' button", "footer"],
  entries=[
  E("2029-06-22 07:20", "Drone hits substation near Nizhyn overnight",
    ["A Russian Shahed drone struck an electricity substation on the outskirts of Nizhyn in Chernihiv region shortly after 3am, cutting power to around 20,000 households, the regional energy company said.",
     "No one was hurt, and repair crews expect to restore supply by the evening."],
    "strikes", "strikes", 2, "nizhyn-substation-drone-strike-2029-06-22", a="Maryna Dovbush",
    n="same region as the Chernihiv city strike but a different attack (night drone on a substation): must not merge with " + CHERN),
  E("2029-06-22 11:05", "Missile strike on Chernihiv: several dead, dozens injured",
    ["Several Russian missiles hit the centre of Chernihiv at about 10:45 this morning, striking an administrative building and a university dormitory next to it.",
     "Governor Vyacheslav Chaus reports four dead and 23 injured. Emergency services are working at the scene."],
    "strikes", "strikes", 3, CHERN, a="Maryna Dovbush", n="toll 4 dead, 23 injured"),
  E("2029-06-22 12:30", "Kherson: Russian drone kills man at bus stop",
    ["A 58-year-old man was killed when a Russian drone dropped explosives near a bus stop in Kherson's Dniprovskyi district, the city military administration said."],
    "strikes", "strikes", 3, "kherson-drone-attack-2029-06-22", a="Artem Leshchuk",
    n="another deadly strike the same day in another city: must not merge with " + CHERN),
  E("2029-06-22 14:40", "Chernihiv: death toll rises to seven",
    ["The death toll in Chernihiv has risen to seven, the State Emergency Service said. Forty-one people were injured, including five children.",
     "Rescuers are still searching the dormitory, where a stairwell collapsed."],
    "strikes", "strikes", 3, CHERN, a="Maryna Dovbush", n="toll 7 dead, 41 injured"),
  E("2029-06-22 15:55", "Istanbul talks: sides agree to exchange 500 prisoners each",
    ["Ukrainian and Russian delegations meeting in Istanbul have agreed on a new exchange of 500 prisoners of war from each side, the head of Ukraine's delegation said after the talks.",
     "The first stage is expected within a week, he said. Turkish Foreign Minister Hakan Fidan, who hosted the meeting, called it 'a humane step'."],
    "diplomacy", "diplomacy", 3, SWAPDEAL, a="Artem Leshchuk", n="also told by 17222"),
  E("2029-06-22 16:30", "Chernihiv: death toll rises to seven",
    ["The death toll in Chernihiv has risen to seven, the State Emergency Service said. Forty-one people were injured, among them five children.",
     "Rescuers are still searching the dormitory, where a stairwell collapsed."],
    "strikes", "strikes", 1, CHERN, a="Maryna Dovbush", dup="17221-04", n="near-verbatim repeat of entry 4"),
  E("2029-06-22 19:10", "Zelensky: 'We need Patriots, not condolences'",
    ["President Volodymyr Zelensky used his evening address to ask allies for at least four more Patriot batteries, saying Ukraine needed 'Patriots, not condolences' after the attack on Chernihiv.",
     "He said Russia had fired more than 60 ballistic missiles at Ukrainian cities this month."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2029-06-22", sec=["strikes"], a="Artem Leshchuk",
    n="air-defence appeal prompted by the strike: its own story (LABELS: separate appeals are separate stories); must not merge with " + CHERN),
  ]))

# ---------------------------------------------------------------- 17222 Mallowfen World Service (day 1)
SEEDS.append(dict(
  id="17222", name="17222_mallowfen-worldrss", ext="xml", source="Mallowfen World Service", zone="UTC", render=r_worldrss,
  title="Mallowfen World Service - World news", url="https://mallowfen.example/world", guid="mws-2029-0622", rfc="GMT",
  lede="Top world stories from the Mallowfen World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. Only two of six items are about the war (Chernihiv toll 8, calling the dormitory a 'student hostel'; the Istanbul prisoner deal); four are off-beat.",
  not_entries=["channel title/link/description", "category and guid elements"],
  entries=[
  E("2029-06-22 20:10", "Missile strike on Ukrainian city of Chernihiv kills eight",
    ["Eight people died when Russian missiles hit an administrative building and a student hostel in the northern Ukrainian city of Chernihiv on Friday, officials said.",
     "Dozens more were hurt. Russia's defence ministry said it had struck 'a command post of the Ukrainian armed forces'."],
    "strikes", "strikes", 3, CHERN, cat="Europe", n="toll 8"),
  OFF("2029-06-22 18:45", "Heatwave closes schools across northern India",
    ["Schools in Delhi, Punjab and Uttar Pradesh were ordered to close for a week as temperatures passed 46C, with hospitals reporting a rise in heatstroke cases."],
    "india-heatwave-schools-2029-06-22", cat="Asia", n="weather"),
  E("2029-06-22 16:20", "Russia and Ukraine agree fresh prisoner swap at Istanbul talks",
    ["Russia and Ukraine agreed in Istanbul on Friday to swap 500 prisoners of war each, in the first concrete result of the latest round of direct talks between the two sides."],
    "diplomacy", "diplomacy", 3, SWAPDEAL, cat="Europe", n="also told by 17221"),
  OFF("2029-06-22 13:05", "Chilean copper miners end three-week strike",
    ["Workers at one of Chile's largest copper mines voted to accept a new wage offer, ending a three-week strike that had pushed global copper prices to a two-year high."],
    "chile-copper-strike-ends-2029-06-22", cat="Business", n="labour dispute"),
  OFF("2029-06-22 10:30", "Japan's ruling party names new secretary-general",
    ["Japan's Liberal Democratic Party appointed a new secretary-general on Friday in a reshuffle of its leadership ahead of the autumn parliamentary session."],
    "japan-ldp-secretary-general-2029-06-22", cat="Asia", n="Japanese politics"),
  OFF("2029-06-22 08:15", "Tour de France organisers unveil new safety measures for sprint finishes",
    ["Organisers of the Tour de France said barriers would be extended and finishing straights widened on several stages of this year's race after a spate of crashes last summer."],
    "tour-de-france-safety-2029-06-22", cat="Sport", n="cycling"),
  ]))

# ---------------------------------------------------------------- 17223 Druvenmoor Review (day 1)
SEEDS.append(dict(
  id="17223", name="17223_druvenmoor-article", ext="html", source="Druvenmoor Review", zone="Europe/Berlin", render=r_druvenmoor,
  title="Chernihiw strike overshadows Berlin's air-defence pledge", url="https://druvenmoor-review.example/world/ukraine/chernihiw-strike-iris-t",
  published="2029-06-22 18:30", authors=["Annika Velstrup", "Jonas Mereth"],
  lede="At least seven people died in a Russian missile attack on the northern Ukrainian city. Germany says two more IRIS-T systems will arrive by August, and EU leaders open a new chapter in accession talks.",
  more="More on this topic: our Ukraine page is updated throughout the day.",
  basis="no per-section stamp: the article's printed date line '22 June 2029, 18:30 CEST' (= NewsArticle datePublished 2029-06-22T18:30:00+02:00) applies to every section; local {d} in {z}",
  notes="Invented outlet. HTML article (not a live blog) with NewsArticle JSON-LD; three h2 sections, one entry each (headline = section heading, stamp null, published = the article's printed time 18:30 CEST). Byline 'By Annika Velstrup and Jonas Mereth': both names kept as one author string for every section. Spelling 'Chernihiw' (German-style transliteration). The photo caption after section 1 is not body.",
  not_entries=["masthead and breadcrumb 'World \u203a Ukraine'", "article headline (page title)", "lede paragraph under the headline", "byline line",
               "date line '22 June 2029, 18:30 CEST'", "share line", "photo caption 'Rescue workers at the damaged dormitory. Photo: Reuters'",
               "closing 'More on this topic' line", "footer"],
  entries=[
  E("2029-06-22 18:30", "Deadly strike on Chernihiw",
    ["At least seven people were killed on Friday morning when Russian ballistic missiles hit the centre of Chernihiw, the regional authorities said.",
     "Most of the victims were in a university dormitory next to the regional administration building. Ukraine's air force said it had no means of intercepting the missiles in the region at the time.",
     "The Kremlin did not comment; Russia's defence ministry claimed to have hit a military command post."],
    "strikes", "strikes", 3, CHERN, a="Annika Velstrup and Jonas Mereth", n="spelling 'Chernihiw'; toll 7"),
  E("2029-06-22 18:30", "Two more IRIS-T systems",
    ["Defence Minister Boris Pistorius said two IRIS-T SLM systems would be delivered to Ukraine by August, several months earlier than planned.",
     "The systems are paid for from this year's German military aid budget of around eight billion euros."],
    "aid", "aid", 3, IRIST, a="Annika Velstrup and Jonas Mereth", n="also told by 17220"),
  E("2029-06-22 18:30", "Accession talks move forward",
    ["EU leaders meeting in Brussels on Thursday agreed to open the first cluster of accession negotiations with Ukraine, covering the rule of law and fundamental rights, after Hungary lifted its veto.",
     "Ukraine's president called the decision 'historic'."],
    "diplomacy", "diplomacy", 3, "eu-ukraine-accession-first-cluster-2029-06-21", a="Annika Velstrup and Jonas Mereth",
    n="decision of EU heads of government (single page, importance 3)"),
  ]))

# Day 2 = 2029-06-23 (Saturday)
NOVO = "novorossiysk-oil-terminal-drone-attack-2029-06-23"

# ---------------------------------------------------------------- 17230 Gorsecliffe Herald (day 2)
SEEDS.append(dict(
  id="17230", name="17230_gorsecliffe-htmllive", ext="html", source="Gorsecliffe Herald", zone="Europe/Warsaw", render=r_gorsecliffe,
  title="Ukraine war live: drone strike sets Novorossiysk terminal ablaze; Chernihiv mourns",
  dateline="Saturday, 23 June 2029",
  lede="Ukrainian drones hit a major Russian oil export terminal overnight. In Chernihiv, a day of mourning after Friday's missile strike.",
  basis="bare time '{s}' above the post headline; the page prints 'Saturday, 23 June 2029 \u00b7 All times CEST' (Central European Summer Time, UTC+2); local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each post: <span class='time'> bare 'HH:MM', h2 headline, author span, body. The page header gives the date and 'All times CEST'. Entry 2 is a 'Photos:' gallery teaser with no text (story = the Novorossiysk attack). Entry 3 continues day 1's Chernihiv story with a new development (tenth death, day of mourning). Entry 4 (Russian drones on the Kyiv region) runs the other direction from the Novorossiysk attack: separate story.",
  not_entries=["masthead and menu", "'Live' badge", "page title", "meta line 'Saturday, 23 June 2029 \u00b7 All times CEST'", "summary paragraph",
               "author spans", "'Gallery: 9 photos' placeholder in the teaser", "'Advertisement' slot", "footer"],
  entries=[
  E("2029-06-23 19:20", "Kremlin calls Novorossiysk attack 'terrorism', vows response",
    ["Kremlin spokesman Dmitry Peskov described the drone attack on the Novorossiysk oil terminal as 'an act of terrorism against civilian infrastructure' and said Russia's response would be 'appropriate'.",
     "He declined to say whether the attack would affect the next round of talks in Istanbul."],
    "strikes", "strikes", 3, NOVO, sec=["diplomacy"], a="Ewa Lindqvist", n="official reaction whose content is the attack: same story"),
  E("2029-06-23 17:05", "Photos: Aftermath of the Novorossiysk terminal fire", [],
    "strikes", "strikes", 1, NOVO, n="gallery teaser without text"),
  E("2029-06-23 15:30", "Chernihiv mourns as death toll reaches ten",
    ["Flags flew at half-mast in Chernihiv on Saturday, a day of mourning, after a 19-year-old student injured in Friday's missile strike died in hospital, bringing the death toll to ten.",
     "Hundreds of people laid flowers outside the damaged dormitory."],
    "strikes", "strikes", 3, CHERN, a="Ewa Lindqvist", n="day-2 continuation of the day-1 story with a new development (tenth death, mourning)"),
  E("2029-06-23 13:10", "Overnight drone raid damages homes in Kyiv region",
    ["Russia launched 74 drones at Ukraine overnight, Ukraine's air force said, with debris damaging eleven houses in the Bucha and Brovary districts of the Kyiv region. Nobody was hurt."],
    "strikes", "strikes", 2, "kyiv-region-drone-raid-2029-06-23", a="Marek Halloran",
    n="Russian drones on Ukraine (the opposite direction): must not merge with " + NOVO),
  E("2029-06-23 10:45", "Novorossiysk: oil terminal on fire after drone attack, one worker injured",
    ["Ukrainian drones attacked the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk overnight, setting a storage tank on fire, the Krasnodar region's emergency headquarters said.",
     "One worker was injured. Loading of tankers has been suspended, according to the port operator."],
    "strikes", "strikes", 3, NOVO, a="Marek Halloran", n="toll: 1 injured"),
  E("2029-06-23 08:30", "Polish president signs law on schooling for Ukrainian refugee children",
    ["Poland's president signed a law making Polish-language classes compulsory for Ukrainian refugee children whose families receive child benefits, his office said on Saturday."],
    "other", "humanitarian", 2, "poland-refugee-children-schooling-law-2029-06-23", a="Ewa Lindqvist"),
  ]))

# ---------------------------------------------------------------- 17231 Quernholt Dispatch (day 2)
SEEDS.append(dict(
  id="17231", name="17231_quernholt-atom", ext="xml", source="Quernholt Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Quernholt Dispatch \u2014 Ukraine", url="https://quernholt-dispatch.example", path="ukraine", content_html=True,
  lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv time); <updated> is ignored; local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00; several entries carry a later <updated> (edits), which is not the publication time. <author><name> on every entry; escaped-HTML <content type='html'> paragraphs. Spelling 'Novorossiisk' in entry 1 (toll 2 dead, 6 injured). Entry 2 (shelling of a Chernihiv-region border village) is a different attack from the Chernihiv city strike; entry 3 continues that strike's story. Entry 4 (sea drones vs a patrol boat) is the same theme as Novorossiysk but a different attack.",
  not_entries=["feed title/subtitle/links/id/updated", "entry <id> and <link> elements", "<updated> times (edits)"],
  entries=[
  E("2029-06-23 21:40", "Novorossiisk: two dead as fire spreads to second berth",
    ["Two people were killed and six injured at the Novorossiisk oil terminal after fire from a storage tank hit by Ukrainian drones overnight spread to a second loading berth, the Krasnodar regional governor said on Saturday evening.",
     "Satellite images published by a Ukrainian monitoring group showed thick smoke over the Sheskharis terminal, which handles a large share of Russia's seaborne crude exports."],
    "strikes", "strikes", 3, NOVO, a="Ivanna Sorochuk", upd=25, n="spelling 'Novorossiisk'; toll 2 dead, 6 injured"),
  E("2029-06-23 18:15", "Shelling kills woman in Chernihiv region border village",
    ["A 71-year-old woman was killed when Russian artillery shelled the village of Semenivka in the north of Chernihiv region, about 10 km from the Russian border, regional authorities said."],
    "strikes", "strikes", 3, "semenivka-shelling-2029-06-23", a="Danylo Herasymenko",
    n="same region as the Chernihiv city strike, different attack: must not merge with " + CHERN),
  E("2029-06-23 16:00", "Chernihiv: injured student dies, day of mourning declared",
    ["A 19-year-old university student injured in Friday's missile strike on Chernihiv has died in hospital, raising the death toll to ten, the regional administration said.",
     "Saturday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, CHERN, a="Danylo Herasymenko", upd=12, n="day-2 continuation of the day-1 story (tenth death)"),
  E("2029-06-23 12:25", "Sea drones hit Russian patrol boat off Crimea, navy says",
    ["Ukraine's navy said its sea drones had struck a Russian patrol boat near the Crimean port of Chornomorske overnight, without saying whether it had sunk.",
     "Russia's Black Sea Fleet did not comment."],
    "strikes", "strikes", 2, "crimea-sea-drone-patrol-boat-2029-06-23", a="Ivanna Sorochuk",
    n="same theme (Ukrainian strikes on Russian Black Sea targets), different attack: must not merge with " + NOVO),
  E("2029-06-23 09:50", "Ukraine brings home 12 civilians held in Belarus",
    ["Twelve Ukrainian civilians who had been held in Belarusian prisons returned home on Saturday after a release brokered by Washington, Ukraine's ombudsman Dmytro Lubinets said."],
    "diplomacy", "diplomacy", 2, "belarus-civilian-release-2029-06-23", a="Danylo Herasymenko", upd=40, n="mediated release -> diplomacy"),
  ]))

# ---------------------------------------------------------------- 17232 Cindermoss Evening News (day 2)
SEEDS.append(dict(
  id="17232", name="17232_cindermoss-textlive", ext="txt", source="Cindermoss Evening News", zone="America/New_York", render=r_cindermoss,
  title="Ukraine-Russia war: live updates",
  dateline="Saturday, June 23, 2029",
  lede="Ukrainian drones set fire to a key Russian oil terminal; Chernihiv holds a day of mourning. Follow along for the latest.",
  basis="stamp '{s}' in the 'Posted ...' line (US Eastern time, EDT = UTC-4) under the header date 'Saturday, June 23, 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Each post: headline, then 'Posted 6:40 AM EDT \u00b7 By NAME', body. Entry 2 re-posts day 1's analysis 17220-03 word for word (syndicated; same headline, byline and text): importance 1, same story slug, duplicate_of null because the original is on another page. Entry 3 is a theme piece (explainer on Black Sea oil terminals) that mentions the Novorossiysk attack but is its own story. Entry 6 repeats entry 1 almost verbatim (duplicate_of 17232-01). Entry 5 continues day 1's Chernihiv story.",
  not_entries=["masthead and menu", "page title and header date", "lede paragraph", "'Refresh for updates'", "'Posted ... \u00b7 By ...' lines (stamp and author)",
               "'ADVERTISEMENT' and app promo after the fourth post", "'This live blog has ended.'", "footer"],
  entries=[
  E("2029-06-23 06:40", "Ukrainian drones set Russian oil terminal ablaze",
    ["A swarm of Ukrainian long-range drones struck the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk overnight, setting at least one storage tank on fire, Russian regional officials said.",
     "One worker was hurt, according to the officials. Ukraine's military has not commented."],
    "strikes", "strikes", 3, NOVO, a="Renata Osgood", n="toll: 1 hurt"),
  E("2029-06-23 07:55", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, a="Callum Freethy",
    n="re-post of day-1 entry 17220-03 (verbatim, syndicated): importance 1, same story; duplicate_of null (defined within a seed only)"),
  E("2029-06-23 09:30", "Explainer: Why Russia's Black Sea oil terminals keep coming under fire",
    ["Novorossiysk, hit again overnight, is Russia's biggest oil port on the Black Sea, and together with the nearby Caspian Pipeline Consortium terminal it handles a large share of the country's seaborne crude exports.",
     "Kyiv argues that oil revenue pays for Russia's war, and its drone makers have steadily extended the range of their aircraft, bringing ports and refineries more than 1,000 kilometers away within reach.",
     "Each attack tends to lift oil prices briefly, which worries Ukraine's Western partners ahead of the summer driving season."],
    "strikes", "strikes", 2, "explainer-black-sea-oil-terminals", a="Renata Osgood",
    n="theme piece (explainer; mentions the Novorossiysk attack but is its own story): must not merge with " + NOVO),
  E("2029-06-23 11:15", "Russia says 62 drones downed over Krasnodar region, admits port damage",
    ["Russia's Defense Ministry said Saturday its air defenses destroyed 62 Ukrainian drones over the Krasnodar region and the Black Sea overnight, while acknowledging that debris had caused a fire at 'a fuel facility' in Novorossiysk."],
    "strikes", "strikes", 3, NOVO, a="Walt Brennan", n="official claim about the same attack"),
  E("2029-06-23 12:50", "Chernihiv holds day of mourning as death toll rises to 10",
    ["The northern Ukrainian city of Chernihiv observed a day of mourning Saturday for the victims of Friday's Russian missile strike, after a 19-year-old student died of her injuries, bringing the death toll to 10."],
    "strikes", "strikes", 3, CHERN, a="Walt Brennan", n="day-2 continuation of the day-1 story"),
  E("2029-06-23 14:20", "Ukrainian drones set Russian oil terminal ablaze",
    ["A swarm of Ukrainian long-range drones struck the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk overnight, setting at least one storage tank on fire, Russian regional officials said.",
     "One worker was hurt, according to the officials. Ukraine's military has not yet commented."],
    "strikes", "strikes", 1, NOVO, a="Renata Osgood", dup="17232-01", n="near-verbatim repeat of entry 1"),
  E("2029-06-23 16:45", "Senators push for vote on Ukraine aid bill before July recess",
    ["A bipartisan group of senators urged Senate leaders Saturday to schedule a floor vote on a $12 billion Ukraine security assistance bill before the chamber leaves for its July recess."],
    "aid", "aid", 2, "senate-ukraine-aid-vote-push-2029-06-23", a="Walt Brennan"),
  ]))

# ---------------------------------------------------------------- 17233 Pettingford World Report (day 2)
SEEDS.append(dict(
  id="17233", name="17233_pettingford-worldrss", ext="xml", source="Pettingford World Report", zone="America/Toronto", render=r_worldrss,
  title="Pettingford World Report: World", url="https://pettingford.example/world", guid="pwr-0623", rfc="offset", encoded=True,
  lede="International news from the Pettingford World Report desk.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, Eastern time); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0400. Each item has a one-line <description> summary AND the full text in <content:encoded> (body = the content:encoded paragraphs; the description repeats or shortens the first one). Only two of six items are about the war (Novorossiysk, spelled 'Novorossijsk', toll 2 dead; Canadian sanctions); four are off-beat.",
  not_entries=["channel title/link/description", "category and guid elements", "the <description> summary of each item (a shortened copy of the body)"],
  entries=[
  E("2029-06-23 19:30", "Russian oil port burns after Ukrainian drone strike",
    ["Fires burned through Saturday at the Russian oil port of Novorossijsk after a Ukrainian drone attack that regional officials said killed two people.",
     "The terminal's operator suspended tanker loading, and Brent crude rose nearly 3 per cent."],
    "strikes", "strikes", 3, NOVO, cat="Europe", summary="Fires burned through Saturday at a Russian oil port after a Ukrainian drone attack.",
    n="spelling 'Novorossijsk'; toll 2 dead"),
  OFF("2029-06-23 17:10", "Ottawa tightens rules for temporary foreign workers",
    ["The federal government announced a cap on low-wage temporary foreign workers in regions where unemployment is above 6 per cent."],
    "canada-temporary-foreign-workers-2029-06-23", cat="Canada", summary="New cap on low-wage permits.", n="Canadian policy"),
  OFF("2029-06-23 14:45", "Typhoon makes landfall in northern Philippines",
    ["A typhoon packing winds of 150 km/h made landfall in the northern Philippines on Saturday, forcing tens of thousands of people into evacuation centres."],
    "philippines-typhoon-2029-06-23", cat="Asia", summary="Tens of thousands evacuated.", n="weather"),
  E("2029-06-23 12:20", "Canada adds 40 names to Russia sanctions list",
    ["Canada has added 40 individuals and entities to its Russia sanctions list, including shipping companies accused of moving Russian oil above the G7 price cap, Global Affairs Canada said."],
    "diplomacy", "diplomacy", 2, "canada-russia-sanctions-2029-06-23", cat="World", summary="Shipping firms among those listed.", n="sanctions -> diplomacy"),
  OFF("2029-06-23 09:05", "Flooding forces evacuations in southern Germany",
    ["Hundreds of residents were evacuated in Bavaria and Baden-W\u00fcrttemberg after days of heavy rain pushed rivers over their banks."],
    "germany-floods-2029-06-23", cat="Europe", summary="Rivers burst their banks after days of rain.", n="weather"),
  OFF("2029-06-23 07:00", "Golf: Canadian takes two-shot lead at the RBC Canadian Open",
    ["A Canadian golfer shot a 64 on Friday to take a two-shot lead into the weekend at the RBC Canadian Open."],
    "rbc-canadian-open-2029-06-22", cat="Sports", summary="Home favourite leads into the weekend.", n="golf"),
  ]))

# Day 3 = 2029-06-27 (Wednesday)
MYK = "mykolaiv-bus-station-missile-strike-2029-06-27"
SWAP3 = "prisoner-exchange-first-stage-2029-06-27"

# ---------------------------------------------------------------- 17240 Harrowlake Times (day 3)
SEEDS.append(dict(
  id="17240", name="17240_harrowlake-worldatom", ext="xml", source="Harrowlake Times", zone="UTC", render=r_atom,
  title="Harrowlake Times: World", url="https://harrowlake-times.example", path="world", zulu=True,
  lede="The world in brief, updated through the day.",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, plain-text <summary>, no authors. Only two of six entries are about the war (the Mykolaiv bus-station strike, spelled 'Mykolayiv', toll 11; the prisoner exchange); four are off-beat.",
  not_entries=["feed title/subtitle/links/id/updated", "entry <id>, <link> and <updated> elements"],
  entries=[
  E("2029-06-27 17:40", "Missile strike on bus station in southern Ukraine kills 11",
    ["Eleven people were killed and more than 60 wounded when a Russian missile hit the central bus station in Mykolayiv, in southern Ukraine, on Wednesday morning, local officials said.",
     "Most of the victims had been waiting for intercity buses."],
    "strikes", "strikes", 3, MYK, n="spelling 'Mykolayiv'; toll 11"),
  OFF("2029-06-27 15:05", "EU court upholds fine against app store operator",
    ["The EU's General Court upheld a 1.8 billion euro fine imposed on a US technology company over rules that stopped music-streaming apps from telling users about cheaper offers."],
    "eu-court-app-store-fine-2029-06-27", n="competition law"),
  E("2029-06-27 12:30", "Russia and Ukraine swap hundreds of prisoners",
    ["Russia and Ukraine exchanged 250 prisoners of war each on Wednesday in the first stage of a swap agreed at talks in Istanbul last week, both governments said."],
    "diplomacy", "diplomacy", 3, SWAP3),
  OFF("2029-06-27 10:10", "Monsoon rains flood Mumbai suburbs",
    ["Heavy monsoon rains flooded low-lying suburbs of Mumbai, halting local train services and closing schools."],
    "mumbai-monsoon-floods-2029-06-27", n="weather"),
  OFF("2029-06-27 07:45", "Peru's Congress censures interior minister",
    ["Peru's Congress voted to censure the interior minister over a surge in extortion crimes, forcing his resignation."],
    "peru-interior-minister-censure-2029-06-27", n="Peruvian politics"),
  OFF("2029-06-27 05:20", "Cricket: England name two uncapped players for Test series",
    ["England have named two uncapped fast bowlers in a 15-man squad for the opening two Tests of the summer."],
    "england-test-squad-2029-06-27", n="cricket"),
  ]))

# ---------------------------------------------------------------- 17241 Lanternmoor Courier (day 3)
SEEDS.append(dict(
  id="17241", name="17241_lanternmoor-textlive", ext="txt", source="Lanternmoor Courier", zone="Europe/Kyiv", render=r_lanternmoor,
  title="Live: Mykolaiv bus station strike, first prisoners home under Istanbul deal",
  dateline="Wednesday 27 June",
  lede="A Russian missile hit Mykolaiv's central bus station in the morning rush. Later, the first 250 prisoners came home.",
  parse_args=["--date", "2029-06-27"],
  basis="stamp '{s}' (printed 'Kyiv time', EEST = UTC+3) under the header 'Wednesday 27 June' (no year anywhere on the page; the year comes from --date); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, with no year printed anywhere (header 'Wednesday 27 June'), hence parse_args --date 2029-06-27. Each post: 'HH:MM Kyiv time', headline, body, then a signature line '\u2014 NAME' (author, not body). Entry 2 is a theme piece (analysis of cluster warheads) that mentions the Mykolaiv strike but is its own story. Entry 3 is a 'Video:' teaser with only a play-button line (no body). Entry 6 repeats entry 7 almost verbatim (duplicate_of 17241-07, published later). Mykolaiv toll grows 4 \u2192 9 \u2192 11 through the page.",
  not_entries=["masthead and menu", "page title", "header 'Wednesday 27 June'", "lede paragraph", "signature lines '\u2014 NAME' (authors)",
               "'\u25b6 Play video (1:05)' line in the teaser", "membership appeal after the fourth post", "'Earlier posts'", "footer"],
  entries=[
  E("2029-06-27 22:10", "Mykolaiv toll rises to 11; city declares three days of mourning",
    ["The number of people killed in this morning's missile strike on Mykolaiv's central bus station has risen to 11, Governor Vitaliy Kim said. Sixty-two people were wounded, nine of them critically.",
     "Mayor Oleksandr Senkevych declared three days of mourning."],
    "strikes", "strikes", 3, MYK, a="Mariia Kostenko", n="toll 11"),
  E("2029-06-27 19:35", "Analysis: Why Russia is putting cluster warheads on missiles aimed at cities",
    ["Today's strike on Mykolaiv bears the hallmarks of an Iskander missile fitted with a cluster warhead, which scatters dozens of small bomblets over an area the size of a football pitch.",
     "Such warheads do little damage to buildings but are deadly to people in the open, which is why Ukrainian officials and rights groups say their use in city centres amounts to targeting civilians.",
     "Russia has used cluster munitions throughout the war; Ukraine has also used them, supplied by the United States, against Russian troop positions."],
    "strikes", "strikes", 2, "analysis-cluster-warheads-on-cities", a="Bohdan Yaremko",
    n="theme piece (analysis; mentions the Mykolaiv strike but is its own story): must not merge with " + MYK),
  E("2029-06-27 17:50", "Video: Rescuers at the Mykolaiv bus station", [],
    "strikes", "strikes", 1, MYK, n="teaser without body"),
  E("2029-06-27 15:20", "First 250 prisoners return under the Istanbul deal",
    ["Two hundred and fifty Ukrainian prisoners of war came home today in the first stage of the exchange agreed in Istanbul last Friday, the Coordination Headquarters said. Russia received the same number."],
    "diplomacy", "diplomacy", 3, SWAP3, a="Bohdan Yaremko"),
  E("2029-06-27 13:05", "Mykolaiv: nine dead, 60 wounded, governor says",
    ["Nine people were killed and about 60 wounded in the strike on the bus station, Governor Vitaliy Kim said, adding that the missile carried a cluster warhead.",
     "Buses were waiting at the platforms when the missile struck at 10:52."],
    "strikes", "strikes", 3, MYK, a="Mariia Kostenko", n="toll 9"),
  E("2029-06-27 12:40", "Missile strike hits bus station in Mykolaiv",
    ["A Russian missile has struck the central bus station in Mykolaiv. At least four people were killed, regional governor Vitaliy Kim said.",
     "More information to follow."],
    "strikes", "strikes", 1, MYK, a="Mariia Kostenko", dup="17241-07", n="near-verbatim repeat of entry 7 (re-published 75 minutes later)"),
  E("2029-06-27 11:25", "Missile strike hits bus station in Mykolaiv",
    ["A Russian missile has struck the central bus station in Mykolaiv. At least four people were killed, according to regional governor Vitaliy Kim.",
     "More information to follow."],
    "strikes", "strikes", 3, MYK, a="Mariia Kostenko", n="first report, toll 4"),
  ]))

# ---------------------------------------------------------------- 17242 Vellsey Wire (day 3)
SEEDS.append(dict(
  id="17242", name="17242_vellsey-rss", ext="xml", source="Vellsey Wire", zone="Europe/Kyiv", render=r_worldrss,
  title="Vellsey Wire \u2013 Ukraine", url="https://vellsey-wire.example/ukraine", guid="vw-0627", rfc="offset",
  lede="Wire copy from Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0300, dc:creator on every item, CDATA <p> paragraphs. Entry 2 (Ochakiv shelling, same Mykolaiv region) is a separate attack from the Mykolaiv city strike. Entry 4 quotes the Russian name 'Nikolaev' for Mykolaiv (toll 6 at that hour).",
  not_entries=["channel title/link/description", "category and guid elements"],
  entries=[
  E("2029-06-27 20:30", "Zelensky condemns 'cynical' strike on Mykolaiv bus station",
    ["President Volodymyr Zelensky said the missile attack on Mykolaiv's bus station was 'a cynical strike on people going to work and to visit their families', and called on allies to respond with new sanctions.",
     "The toll stood at 11 dead by Wednesday evening."],
    "strikes", "strikes", 3, MYK, sec=["diplomacy"], a="Oleh Tarnavsky", cat="Ukraine", n="reaction whose content is the attack: same story"),
  E("2029-06-27 18:05", "Ochakiv: shelling kills one, damages port",
    ["A man was killed and two people injured when Russian artillery shelled the port town of Ochakiv in Mykolaiv region on Wednesday afternoon, regional authorities said."],
    "strikes", "strikes", 3, "ochakiv-shelling-2029-06-27", a="Kateryna Voloshyna", cat="Ukraine",
    n="same region as the Mykolaiv city strike, separate attack: must not merge with " + MYK),
  E("2029-06-27 15:40", "Ukraine and Russia exchange 250 prisoners each",
    ["Ukraine and Russia swapped 250 prisoners of war each on Wednesday, the first stage of the 500-for-500 exchange agreed in Istanbul on June 22."],
    "diplomacy", "diplomacy", 3, SWAP3, a="Kateryna Voloshyna", cat="Ukraine"),
  E("2029-06-27 13:15", "Mykolaiv bus station hit, at least six dead",
    ["At least six people were killed and 40 injured when a Russian missile hit the central bus station in Mykolaiv on Wednesday morning, the State Emergency Service said.",
     "Russia's defence ministry claimed it had struck 'a gathering of foreign mercenaries' in 'Nikolaev', using the Russian name of the city."],
    "strikes", "strikes", 3, MYK, a="Oleh Tarnavsky", cat="Ukraine", n="toll 6; quotes the Russian name 'Nikolaev'"),
  E("2029-06-27 11:00", "Grid operator plans no power cuts on Thursday",
    ["Ukraine's grid operator Ukrenergo said it did not plan any scheduled power outages for households on Thursday, thanks to solar generation and imports from the EU."],
    "other", "humanitarian", 2, "ukrenergo-no-outages-2029-06-28", a="Kateryna Voloshyna", cat="Energy"),
  E("2029-06-27 09:10", "Russia claims capture of village in Kharkiv region",
    ["Russia's defence ministry said its troops had captured the village of Kamianka in the Kharkiv region. Ukraine's general staff said fighting in the area continued."],
    "other", "frontline", 2, "russia-claims-kharkiv-village-2029-06-27", a="Oleh Tarnavsky", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- 17243 Hobthwaite Journal (day 3)
SEEDS.append(dict(
  id="17243", name="17243_hobthwaite-htmllive", ext="html", source="Hobthwaite Journal", zone="Europe/Dublin", render=r_hobthwaite,
  title="Ukraine war: Mykolaiv strike kills 11 as first prisoners come home \u2013 as it happened", url="https://hobthwaite-journal.example/world/live/ukraine-2029-06-27",
  authors=["Siobh\u00e1n Keary", "Darragh Fennelly"], dateline="Wednesday 27 June 2029",
  lede="Missile hits a bus station in the southern Ukrainian city; Tánaiste condemns the attack; 250 Ukrainian prisoners return home.",
  basis="visible Irish time '{s}' in <time> (12-hour clock, IST = UTC+1; the page date 'Wednesday 27 June 2029' is printed under the byline; the JSON-LD updates carry only the page's own times); local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished/dateModified and the page headline (no per-update time or headline; articleBody cut at 160 characters): times and headlines must come from the HTML blocks (<time datetime='21:20'>9.20pm</time>, h3). Each block ends with an italic signature (author). Entry 5 (the night's drone attack) is separate from the Mykolaiv missile strike.",
  not_entries=["masthead, menu, Subscribe link", "page title", "standfirst", "page byline (two names)", "page date line 'Wednesday 27 June 2029'",
               "signature lines (authors)", "'Share' buttons", "newsletter box after the third block", "footer"],
  entries=[
  E("2029-06-27 21:20", "Harris condemns 'appalling' attack on Mykolaiv",
    ["The Tánaiste and Minister for Foreign Affairs, Simon Harris, described the attack on Mykolaiv as 'appalling' and said Ireland would support a new round of EU sanctions.",
     "Ireland's ambassador to Ukraine passed on condolences to the city's mayor by phone, the Department of Foreign Affairs said."],
    "strikes", "strikes", 3, MYK, sec=["diplomacy"], a="Siobh\u00e1n Keary", n="reaction whose content is the attack: same story"),
  E("2029-06-27 18:45", "Families wait for freed prisoners at reception centre",
    ["Relatives holding photographs gathered outside a hospital in northern Ukraine where the 250 freed prisoners of war were taken for medical checks after today's exchange."],
    "diplomacy", "diplomacy", 3, SWAP3, a="Darragh Fennelly", n="aftermath of the same exchange"),
  E("2029-06-27 16:10", "Ireland to fund demining training for Ukrainian engineers",
    ["Ireland will spend \u20ac4 million training Ukrainian engineers in humanitarian demining at the Defence Forces' facility in the Curragh, the Department of Defence said."],
    "aid", "aid", 2, "ireland-demining-training-2029-06-27", a="Siobh\u00e1n Keary"),
  E("2029-06-27 13:30", "Mykolaiv strike: what we know so far",
    ["A Russian missile hit the central bus station in Mykolaiv, a city of about 400,000 in southern Ukraine, shortly before 9am Irish time.",
     "Nine people are confirmed dead and about 60 injured, according to the regional governor.",
     "Russia's defence ministry said it had targeted 'foreign mercenaries' in 'Nikolaev', the Russian name for the city. Ukrainian officials said there were no military personnel at the station."],
    "strikes", "strikes", 3, MYK, a="Darragh Fennelly", n="toll 9"),
  E("2029-06-27 10:05", "Russia launched 140 drones overnight, says Kyiv",
    ["Ukraine's air force said Russia launched 140 drones and decoys overnight, of which 122 were shot down or jammed. Damage was reported in the Odesa and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2029-06-27", a="Darragh Fennelly",
    n="the night's drone attack, separate from the Mykolaiv missile strike: must not merge with " + MYK),
  ]))

if __name__ == "__main__":
    main()
