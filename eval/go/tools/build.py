#!/usr/bin/env python3
"""Builds the eval/go seed pages and their gold files from one hand-written data table (below).
All news text is the blind tester's own invented wording, set in August 2031 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/go/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (other/unrelated, importance 1)."""
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def hm12(d, sep=":", space="", upper=False, dots=False, pad=False):
    """12-hour clock: '4:12pm', '04:12 PM', '4:12 p.m.'"""
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    if upper:
        suf = suf.upper()
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def clock12(d, **kw):
    a, b = hm12(d, **kw)
    return a + b


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, zone_letters=None, gmt=False):
    tail = "GMT" if gmt else (zone_letters or d.strftime("%z"))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tail


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def utcz(d, ms=False):
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


# ================================================================ Part A renderers and data (layouts of real outlets, from memory)
SEEDS = []


def r_nhk(S):
    """NHK WORLD-JAPAN 'News > World' listing, text scrape. Header navigation and category tabs; cards newest first:
    headline, 'Aug 1, 2031 21:40 JST' under it, short article text; some cards carry a video-length line. No bylines."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "NHK WORLD-JAPAN", "Live & Programs   On Demand   News   Learn Japanese   Disaster & Safety Info   Apps",
         "Language  English", "Search", "", "News",
         "Top Stories   Japan   Asia   World   Business   Sports   Science & Culture   Features   Catch Up", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MON3[d.month - 1]} {d.day}, {d.year} {d:%H:%M} JST"; stamps.append(st)
        L += [e["h"], st, ""]
        if e.get("video"):
            L += [f"Watch video {e['video']}", ""]
        L += ptxt(e["p"])
        if i == 3:
            L += ["Get the NHK WORLD-JAPAN app for the latest news, live TV and disaster alerts.", "Download", ""]
    L += ["More", "", "Back to top", "", "About NHK WORLD-JAPAN   Terms of Use   Privacy Policy   Contact Us   Site Map",
          "Copyright NHK (Japan Broadcasting Corporation). All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19800 NHK WORLD-JAPAN (text scrape)
SEEDS.append(dict(
  id="19800", name="19800_nhkworld-worldnews", ext="txt", source="NHK World", zone="Asia/Tokyo", render=r_nhk,
  title="World",
  basis="stamp '{s}' (JST printed, UTC+9); local {d} in {z} = {u} UTC",
  notes="Imitates the NHK WORLD-JAPAN 'News > World' listing as copied from a browser. Cards newest first: headline, then 'Aug 1, 2031 21:40 JST' under it, then the short article text; two cards show a 'Watch video m:ss' line before the text. No bylines anywhere (author null). The two newest cards are dated Aug 2 in Japan (07:30 and 00:20 JST) but fall on 1 August in UTC (22:30 and 15:20 UTC), so the whole page is UTC day 2031-08-01. One off-beat card (Japan-Russia salmon quota). NHK spells 'Zelenskyy' and writes 'Sumy Region'.",
  not_entries=["'Skip to main content'", "site name and top navigation (Live & Programs ... Apps)", "language selector and 'Search'",
               "'News' label and the category tabs (Top Stories ... Catch Up)", "section heading 'World'",
               "'Watch video 1:52' / 'Watch video 2:07' video-length lines inside two cards", "app promo after the fourth card ('Get the NHK WORLD-JAPAN app ...' / 'Download')",
               "'More' and 'Back to top'", "footer links and copyright line"],
  entries=[
  E("2031-08-02 07:30", "Russian drones hit energy facilities in Ukraine's Sumy Region",
    ["Ukrainian officials say Russian drones attacked energy facilities in the northeastern Sumy Region on Friday evening, cutting power to about 40,000 households.",
     "The regional administration said there were no casualties. Repair crews are working through the night, but officials warned that outages could last into Saturday."],
    "strikes", "strikes", 2, "sumy-energy-drone-attack-2031-08-01", n="non-deadly drone attack on energy sites"),
  E("2031-08-02 00:20", "Zelenskyy thanks Japan for delivery of power transformers",
    ["Ukrainian President Volodymyr Zelenskyy has thanked Japan for a new shipment of large power transformers, saying they will help keep the lights on in frontline cities this winter.",
     "The equipment was provided through the Japan International Cooperation Agency as part of Japan's grant aid for Ukraine's energy sector.",
     "Japanese officials say 14 transformers have now been delivered this year."],
    "aid", "aid", 2, "japan-transformer-delivery-2031-08-01", video="1:52"),
  E("2031-08-01 21:40", "Russian missile attack on Kharkiv kills 3",
    ["Authorities in Ukraine say a Russian missile attack on the northeastern city of Kharkiv has killed three people and injured at least 20 others.",
     "Mayor Ihor Terekhov said two missiles hit a residential area in the city's Kyivskyi district on Friday afternoon local time. Several apartment buildings were damaged.",
     "Russia's Defense Ministry said it had struck facilities used by the Ukrainian military. It did not mention Kharkiv."],
    "strikes", "strikes", 3, "kharkiv-missile-attack-2031-08-01", n="deadly strike", video="2:07"),
  E("2031-08-01 19:12", "Japan's Defense Ministry says Russian bombers flew over Sea of Japan",
    ["Japan's Defense Ministry says two Russian Tu-95 strategic bombers flew over the Sea of Japan and the Pacific on Friday, and the Air Self-Defense Force scrambled fighter jets in response.",
     "The ministry says the bombers did not enter Japanese airspace. It is the fourth such flight this year."],
    "other", "security", 2, "russian-bombers-sea-of-japan-2031-08-01"),
  E("2031-08-01 16:55", "Japan to add 40 entities to Russia sanctions list",
    ["Japan's government has decided to freeze the assets of 40 more companies and individuals over Russia's invasion of Ukraine.",
     "Government officials say the list includes firms in third countries suspected of helping Russia obtain machine tools and electronic parts."],
    "diplomacy", "diplomacy", 2, "japan-russia-sanctions-additions-2031-08-01"),
  OFF("2031-08-01 13:20", "Japan, Russia agree on salmon catch quota",
    ["Japan and Russia have agreed on this year's catch quota for salmon and trout that spawn in Russian rivers, allowing Japanese boats to begin fishing within Japan's exclusive economic zone.",
     "The quota is unchanged from last year at 2,050 tons."],
    "japan-russia-salmon-quota-2031-08-01", n="fisheries quota, not about the war"),
  E("2031-08-01 10:48", "UN says civilian casualties in Ukraine rose in July",
    ["The UN human rights monitoring mission in Ukraine says at least 214 civilians were killed and more than 1,100 injured in July, the highest monthly figures this year.",
     "The mission says most of the casualties were caused by missiles, guided bombs and short-range drones in cities near the front line."],
    "other", "humanitarian", 2, "un-civilian-casualties-july-2031-08-01"),
  ]))


def r_scmp_rss(S):
    """South China Morning Post section RSS 2.0: CDATA title and one-sentence description (the standfirst), link with
    utm_source=rss_feed, numeric guid, pubDate '+0800' with seconds, <author> (a name or an agency), media:content/thumbnail."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', '<link>https://www.scmp.com/rss/5/feed</link>',
           '<description><![CDATA[News from around the world from the South China Morning Post]]></description>',
           '<language>en-us</language>', '<copyright>Copyright South China Morning Post Publishers Ltd. All rights reserved.</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.scmp.com/rss/5/feed" rel="self" type="application/rss+xml"/>',
           '<image><url>https://assets.i-scmp.com/static/img/icons/scmp-icon-256x256.png</url><title>South China Morning Post</title>'
           '<link>https://www.scmp.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        aid = 3318420 + i * 263
        url = f"https://www.scmp.com/news/{e['path']}/article/{aid}/{slugify(e['h'])}?utm_source=rss_feed"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<link>{esc(url)}</link>', f'<guid isPermaLink="false">{aid}</guid>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<author><![CDATA[{e["a"]}]]></author>')
        out += [f'<media:content url="https://cdn.i-scmp.com/sites/default/files/styles/1280x720/public/d8/images/canvas/{d:%Y/%m/%d}/{aid}_{i}.jpg" medium="image" type="image/jpeg" width="1280" height="720"/>',
                f'<media:thumbnail url="https://cdn.i-scmp.com/sites/default/files/styles/768x768/public/d8/images/canvas/{d:%Y/%m/%d}/{aid}_{i}.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19801 South China Morning Post (RSS)
SEEDS.append(dict(
  id="19801", name="19801_scmp-worldrss", ext="xml", source="South China Morning Post", zone="Asia/Hong_Kong", render=r_scmp_rss,
  title="World - South China Morning Post",
  basis="RSS pubDate '{s}' (explicit +0800 offset, Hong Kong time, seconds kept); local {d} in {z} = {u} UTC",
  notes="Imitates the SCMP 'World' RSS 2.0 feed. Newest first; each item: CDATA title, a one-sentence CDATA description (the article's standfirst, counted as one body paragraph), link with '?utm_source=rss_feed', numeric guid, pubDate with +0800 and non-zero seconds (published keeps the seconds), <author> with a reporter's name or an agency, media:content and media:thumbnail. The newest item (06:15:42 HKT on 4 August) is 22:15 UTC on 3 August, so every item is UTC day 2031-08-03. Two off-beat items (Philippine typhoon, Indonesian volcano). Agency credits ('Reuters', 'Agence France-Presse') are kept as authors, as printed.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link and image block", "media:content / media:thumbnail images", "guid numbers"],
  entries=[
  E("2031-08-04 06:15:42", "Russian missiles kill 2 in Poltava as Ukraine reports biggest drone barrage in weeks",
    ["Two people were killed and 17 injured when Russian missiles struck an industrial area of Poltava, hours after Moscow launched more than 300 drones at Ukrainian cities, officials said."],
    "strikes", "strikes", 3, "poltava-missile-strike-2031-08-03", a="Reuters", path="world/russia-central-asia", n="deadly strike"),
  E("2031-08-03 22:40:10", "China’s special envoy Li Hui to tour European capitals in new push on Ukraine talks",
    ["Beijing’s special representative for Eurasian affairs will visit Berlin, Paris, Warsaw and Kyiv this month, the foreign ministry said, in what analysts called China’s most visible diplomatic move on the war in two years."],
    "diplomacy", "diplomacy", 2, "li-hui-european-tour-2031-08-03", a="Wendell Kwok", path="china/diplomacy"),
  E("2031-08-03 21:12:40", "Kremlin says Putin has ‘no plans at this stage’ to meet Zelensky",
    ["Kremlin spokesman Dmitry Peskov said a meeting between the two leaders could only come at the end of a negotiating process that had ‘not even properly begun’."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelensky-meeting-2031-08-03", a="Agence France-Presse", path="world/russia-central-asia"),
  E("2031-08-03 19:05:33", "Ukraine sanctions 12 Chinese firms it says supply drone engines to Russia",
    ["Kyiv’s sanctions list names companies in Shenzhen, Ningbo and Hong Kong that it accuses of shipping engines and thermal cameras used in Russia’s Geran attack drones; Beijing said it ‘firmly opposes’ the move."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-chinese-drone-suppliers-2031-08-03", a="Fiona Lam", path="china/diplomacy", sec=("aid",)),
  OFF("2031-08-03 16:20:00", "Philippines evacuates 30,000 as Typhoon Lawin nears northern Luzon",
    ["Disaster officials ordered evacuations in Cagayan and Isabela provinces ahead of the storm, which is forecast to make landfall on Monday with gusts of up to 185km/h."],
    "philippines-typhoon-evacuations-2031-08-03", a="Agence France-Presse", path="asia/southeast-asia", n="typhoon"),
  E("2031-08-03 13:48:21", "North Korean workers sent to Russian drone plant in Tatarstan, Seoul says",
    ["South Korea’s spy agency says about 1,500 North Korean labourers arrived at the Alabuga special economic zone in July to assemble attack drones for Russia’s war in Ukraine."],
    "aid", "aid", 2, "north-korean-workers-alabuga-2031-08-03", a="Minji Seo", path="asia/east-asia", n="arms support to Russia"),
  OFF("2031-08-03 10:12:55", "Indonesia’s Mount Lewotobi erupts again, forcing Bali flight cancellations",
    ["Ash from the volcano on Flores rose 9km into the sky, and several airlines cancelled flights to and from Bali as a precaution."],
    "lewotobi-eruption-2031-08-03", a="Reuters", path="asia/southeast-asia", n="volcano"),
  ]))


def r_toi_live(S):
    """Times of India live blog, HTML with a LiveBlogPosting JSON-LD block (per-update datePublished with +05:30, headline,
    articleBody). Visible: breadcrumbs, h1, desk byline 'TOI World Desk / TIMESOFINDIA.COM', 'Updated: ... IST', synopsis,
    then updates newest first, each with 'Aug 05, 2031, 23:40 IST', an h3 headline, text and a share row; ad slots between."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Organization", "name": S["byline"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "mainEntityOfPage": S["url"],
          "headline": S["title"], "description": S["lede"], "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=12)).isoformat(),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "inLanguage": "en",
          "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Times Of India", "logo": {"@type": "ImageObject", "url": "https://static.toiimg.com/photo/msid-58127550/58127550.jpg", "width": 600, "height": 60}},
          "liveBlogUpdate": ups}
    upd = f"{MON3[last.month - 1]} {last.day}, {last.year}, {last:%H:%M} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Times of India</title>',
           f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topbar"><a href="/">The Times of India</a> <span>Edition: IN</span> <a href="/epaper">ePaper</a> <a href="/toi-plus">TOI+</a> <a href="/login">Sign In</a></div>',
           '<nav class="mainnav"><a>Home</a> <a>City</a> <a>India</a> <a>World</a> <a>Business</a> <a>Tech</a> <a>Cricket</a> <a>Sports</a> '
           '<a>Entertainment</a> <a>TV</a> <a>Web Series</a> <a>Lifestyle</a> <a>Astrology</a> <a>Photos</a> <a>Videos</a></nav>',
           '<div class="breadcrumb"><a>News</a> / <a>World News</a> / <a>Europe News</a></div>',
           f'<h1 class="lb-title">{esc(S["title"])}</h1>',
           f'<div class="byline"><span>{esc(S["byline"])}</span> / <span>TIMESOFINDIA.COM</span> / <span>Updated: {upd}</span></div>',
           '<div class="follow">Follow us <span>Share</span> <span>AA</span></div>',
           f'<div class="synopsis"><p>{esc(S["lede"])}</p></div>', '<div class="ad">Advertisement</div>', '<div id="lb-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day:02d}, {d.year}, {d:%H:%M} IST"; stamps.append(st)
        out.append(f'<div class="lb-item" data-msid="{123456780 + i * 91}"><div class="lb-time">{st}</div><h3>{esc(e["h"])}</h3>')
        out += [f'<div class="lb-text"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append('<div class="lb-share"><a>Share</a> <a>Copy link</a></div></div>')
        if i in (2, 5):
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div>', '<div class="loadmore"><a>Load More Updates</a></div>',
            '<section class="trending"><h2>Top Stories Right Now</h2><ul><li><a>Monsoon session: Parliament to take up insurance bill today</a></li>'
            '<li><a>Heavy rain alert for Mumbai, Thane over next 48 hours</a></li><li><a>Sensex ends flat as IT stocks weigh</a></li></ul></section>',
            '<footer><p>Copyright © 2031 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</p>'
            '<a>About us</a> <a>Create Your Own Ad</a> <a>Terms of Use and Grievance Redressal Policy</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19802 Times of India (HTML live blog + LiveBlogPosting JSON-LD)
SEEDS.append(dict(
  id="19802", name="19802_timesofindia-liveblog", ext="html", source="Times of India", zone="Asia/Kolkata", render=r_toi_live,
  title="Russia Ukraine war LIVE updates: Modi, Zelenskyy speak as Kryvyi Rih counts its dead",
  url="https://timesofindia.indiatimes.com/world/europe/russia-ukraine-war-live-updates-august-5-2031/liveblog/123456700.cms",
  byline="TOI World Desk",
  lede="Prime Minister Narendra Modi held a phone call with Ukrainian President Volodymyr Zelenskyy on Tuesday, hours after a Russian missile attack on Kryvyi Rih. Follow TOI for the latest updates on the Russia-Ukraine war.",
  basis="stamp '{s}' (IST printed, UTC+5:30); the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z} = {u} UTC",
  notes="Imitates a Times of India live blog. A LiveBlogPosting JSON-LD block carries every update with its own datePublished (+05:30), headline and articleBody. Visible page: breadcrumbs, h1, desk byline 'TOI World Desk / TIMESOFINDIA.COM / Updated: ...', a synopsis paragraph (the lede, not an entry), then eight updates newest first, each 'Aug 05, 2031, HH:MM IST' + h3 headline + text + share row; 'Advertisement' slots after the third and sixth updates; a 'Top Stories Right Now' box of unrelated Indian headlines at the end. No per-update byline, so every entry takes the page's desk byline 'TOI World Desk' as author. TOI spells 'Zelenskyy'.",
  not_entries=["top bar (edition, ePaper, TOI+, Sign In) and main navigation", "breadcrumbs 'News / World News / Europe News'", "h1 page title",
               "byline row 'TOI World Desk / TIMESOFINDIA.COM / Updated: Aug 5, 2031, 23:40 IST'", "'Follow us  Share  AA' row",
               "synopsis paragraph under the title (page lede)", "'Advertisement' slots (three)", "share rows 'Share  Copy link' under each update",
               "'Load More Updates'", "'Top Stories Right Now' box and its three unrelated links", "footer"],
  entries=[
  E("2031-08-05 23:40", "PM Modi speaks to Zelenskyy, reiterates call for dialogue and diplomacy",
    ["Prime Minister Narendra Modi spoke to Ukrainian President Volodymyr Zelenskyy over the phone on Tuesday evening and reiterated India's 'consistent position' that the conflict can only be resolved through dialogue and diplomacy.",
     "Zelenskyy said on X that he had briefed Modi on the Kryvyi Rih strike and on Ukraine's proposals for a ceasefire in the air. The two leaders agreed to stay in touch, the Ministry of External Affairs said."],
    "diplomacy", "diplomacy", 3, "modi-zelenskyy-call-2031-08-05", a="TOI World Desk", n="head-of-state call"),
  E("2031-08-05 21:55", "Russian drone attack on Kharkiv injures 9",
    ["Nine people, including two children, were injured when Russian drones hit a residential area of Kharkiv on Tuesday evening, regional governor Oleh Syniehubov said.",
     "Fires broke out in two high-rise buildings and a petrol station, he added."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2031-08-05", a="TOI World Desk", n="non-deadly strike"),
  E("2031-08-05 20:10", "MEA: 14 Indians still serving in Russian army, efforts on for their discharge",
    ["Fourteen Indian nationals are still serving with the Russian armed forces and New Delhi continues to press Moscow for their early discharge, the Ministry of External Affairs said at its weekly briefing.",
     "The MEA spokesperson said the families of two Indians reported missing near the front line had been informed that their whereabouts were still unknown."],
    "other", "humanitarian", 2, "indians-in-russian-army-2031-08-05", a="TOI World Desk"),
  E("2031-08-05 18:25", "Russia says it downed 48 Ukrainian drones over Bryansk, Kursk",
    ["Russia's defence ministry said its air defences destroyed 48 Ukrainian drones over the Bryansk and Kursk regions and the Black Sea during the day.",
     "Bryansk governor Alexander Bogomaz said a drone had damaged a power substation, leaving several villages without electricity."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-bryansk-kursk-2031-08-05", a="TOI World Desk"),
  E("2031-08-05 16:05", "Putin to visit India for annual summit in December, says Kremlin",
    ["President Vladimir Putin will travel to New Delhi in December for the annual India-Russia summit, Kremlin aide Yuri Ushakov told reporters in Moscow."],
    "diplomacy", "diplomacy", 2, "putin-india-visit-announcement-2031-08-05", a="TOI World Desk",
    n="a future visit announced by an aide, not a visit; importance 2"),
  E("2031-08-05 13:30", "US Senate panel advances bill on tariffs for buyers of Russian oil",
    ["A US Senate committee voted late on Monday to advance a bill that would allow tariffs on countries that continue to buy Russian crude, a measure that could hit India and China, the two largest buyers.",
     "The bill still needs a vote in the full Senate."],
    "diplomacy", "diplomacy", 2, "us-senate-russian-oil-tariff-bill-2031-08-05", a="TOI World Desk", n="sanctions-type measure"),
  E("2031-08-05 11:15", "Ukraine's navy says it destroyed Russian landing craft off Crimea",
    ["Ukraine's navy said sea drones destroyed a Russian BK-16 landing craft near Chornomorske in western Crimea overnight.",
     "There was no comment from Moscow on the claim."],
    "strikes", "strikes", 2, "crimea-landing-craft-sea-drone-strike-2031-08-05", a="TOI World Desk"),
  E("2031-08-05 08:20", "Russian missile attack on Kryvyi Rih kills 4, injures 31",
    ["At least four people were killed and 31 injured when a Russian ballistic missile hit the centre of Kryvyi Rih early on Tuesday, local officials said.",
     "The head of the city's military administration said a hotel, a bank and several shops were damaged. Kryvyi Rih is President Zelenskyy's hometown."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-08-05", a="TOI World Desk", n="deadly strike"),
  ]))


def r_ht_article(S):
    """Hindustan Times article page, HTML with NewsArticle JSON-LD. Summary line under the h1, 'By NAME', one date line
    'Updated on Aug 07, 2031 08:15 PM IST', then sections with h2 headings and paragraphs (no per-section time); inline
    'Also Read:' links, share widgets, a closing 'Catch your daily dose...' line."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": pub.isoformat(),
          "articleSection": "world-news", "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.hindustantimes.com/author/" + slugify(S["byline"])}],
          "publisher": {"@type": "Organization", "name": "Hindustan Times", "logo": {"@type": "ImageObject", "url": "https://www.hindustantimes.com/res/images/logo.png"}}}
    a, b = hm12(pub, space=" ", upper=True, pad=True)
    stampline = f"Updated on {MON3[pub.month - 1]} {pub.day:02d}, {pub.year} {a}{b} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World News - Hindustan Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Hindustan Times</a> <a>E-Paper</a> <a>Subscribe</a> <a>Sign In</a>'
           '<nav><a>Home</a> <a>Latest News</a> <a>India</a> <a>World</a> <a>Cities</a> <a>Entertainment</a> <a>Cricket</a> '
           '<a>Lifestyle</a> <a>Astrology</a> <a>Education</a> <a>Business</a> <a>Trending</a></nav></header>',
           '<div class="breadcrumb"><a>Home</a> / <a>World News</a> / <span>Russia-Ukraine war</span></div>',
           f'<h1 class="hdg1">{esc(S["title"])}</h1>', f'<h2 class="sortDec">{esc(S["lede"])}</h2>',
           f'<div class="actionDiv"><div class="storyBy">By <a>{esc(S["byline"])}</a></div><div class="dateTime">{stampline}</div>'
           '<div class="share">Share Via <a>Copy Link</a></div></div>', '<div class="storyDetails">', f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("also"):
            out.append(f'<p class="alsoRead"><strong>Also Read:</strong> <a>{esc(e["also"])}</a></p>')
        if i == 2:
            out.append('<div class="adHeight250">Advertisement</div>')
    out += ['</div>', '<p class="closeStory">Catch your daily dose of World News, Breaking News and Latest News on Hindustan Times.</p>',
            '<div class="topics">Topics: <a>Russia-Ukraine war</a> <a>Volodymyr Zelensky</a> <a>Vladimir Putin</a></div>',
            '<footer><a>About Us</a> <a>Contact Us</a> <a>Terms of Use</a> <a>Privacy Policy</a> <a>Weather Today</a> '
            '<p>Copyright © HT Digital Streams Ltd. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 19803 Hindustan Times (HTML article with sections)
SEEDS.append(dict(
  id="19803", name="19803_hindustantimes-article", ext="html", source="Hindustan Times", zone="Asia/Kolkata", render=r_ht_article,
  title="Russia-Ukraine war: Sloviansk toll rises, Jaishankar meets Sybiha, and other key developments",
  url="https://www.hindustantimes.com/world-news/russia-ukraine-war-key-developments-august-7-2031-101754577500123.html",
  lede="A roundup of the main developments in the Russia-Ukraine war on Thursday, from the strike on Sloviansk to Ukraine's foreign minister's visit to New Delhi.",
  intro="Here are the key developments from the war in Ukraine today:",
  byline="Ritika Sharan", published="2031-08-07 20:15",
  basis="no per-section time; the article's single date line 'Updated on Aug 07, 2031 08:15 PM IST' (UTC+5:30) applies to every section; local {d} in {z} = {u} UTC",
  notes="Imitates a Hindustan Times 'key developments' article (not a live blog). NewsArticle JSON-LD; visible h1, summary line (h2.sortDec, the lede), 'By Ritika Sharan', one date line 'Updated on Aug 07, 2031 08:15 PM IST', a one-line intro ('Here are the key developments ...'), then six sections with h2 headings, one entry each (headline = heading); stamp null and published = the article's date line for every section; author = the article byline. Two sections end with an 'Also Read:' link (not body). HT spells 'Zelensky' here (topic tag).",
  not_entries=["header, E-Paper/Subscribe/Sign In and navigation", "breadcrumb 'Home / World News / Russia-Ukraine war'", "h1 title", "summary line under the title (lede)",
               "byline 'By Ritika Sharan'", "date line 'Updated on Aug 07, 2031 08:15 PM IST'", "'Share Via  Copy Link'",
               "intro line 'Here are the key developments from the war in Ukraine today:'", "'Also Read:' links after two sections", "'Advertisement' slot",
               "closing line 'Catch your daily dose of World News ...'", "Topics row", "footer"],
  entries=[
  E("2031-08-07 20:15", "Sloviansk toll climbs to six",
    ["The death toll from Thursday's Russian strike on Sloviansk in the eastern Donetsk region rose to six, regional governor Vadym Filashkin said in the evening.",
     "Russian aircraft dropped at least three guided bombs on the city centre around midday, destroying a market hall and damaging a school building.",
     "Twenty-two people were injured, eight of them seriously."],
    "strikes", "strikes", 3, "sloviansk-glide-bomb-strike-2031-08-07", a="Ritika Sharan", also="Russian forces intensify attacks in Donetsk region, says Kyiv"),
  E("2031-08-07 20:15", "Italy to send second SAMP/T battery by October",
    ["Italy will hand over a second SAMP/T long-range air-defence battery to Ukraine before the end of October, the Italian defence ministry said, adding that Rome and Paris had jointly ordered Aster missiles for it worth about €600 million.",
     "Ukrainian defence officials welcomed the move, saying the systems would protect energy infrastructure ahead of winter."],
    "aid", "aid", 3, "italy-samp-t-battery-2031-08-07", a="Ritika Sharan", n="a complete long-range air-defence system plus a large missile order"),
  E("2031-08-07 20:15", "Kremlin dismisses European 'reassurance force' plan",
    ["Kremlin spokesman Dmitry Peskov said any deployment of European troops to Ukraine under a future ceasefire would be 'absolutely unacceptable' to Moscow.",
     "He was responding to a plan discussed by British and French military chiefs this week for a force that would be based away from the front line."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-reassurance-force-2031-08-07", a="Ritika Sharan"),
  E("2031-08-07 20:15", "Jaishankar meets Ukrainian counterpart Sybiha in New Delhi",
    ["External affairs minister S Jaishankar held talks with Ukraine's foreign minister Andrii Sybiha in New Delhi, covering trade, pharmaceuticals, Indian students and 'the search for a just and lasting peace'.",
     "Sybiha invited India to attend a conference on Ukraine's reconstruction later this year."],
    "diplomacy", "diplomacy", 3, "jaishankar-sybiha-talks-2031-08-07", a="Ritika Sharan", n="ministerial visit", also="India, Ukraine agree to restart joint commission on trade"),
  E("2031-08-07 20:15", "Russian advance reported near Orikhiv",
    ["Ukraine's General Staff said Russian troops had tried to advance in 19 places along the Orikhiv front in the Zaporizhzhia region over the past day, and that fighting continued near two villages."],
    "other", "frontline", 2, "orikhiv-russian-advance-2031-08-07", a="Ritika Sharan"),
  E("2031-08-07 20:15", "96 drones launched overnight",
    ["Ukraine's air force said Russia launched 96 drones and decoys overnight, of which 80 were shot down or jammed. Hits were recorded in the Odesa and Chernihiv regions, with no casualties reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-08-07", a="Ritika Sharan"),
  ]))


def r_st(S):
    """The Straits Times 'World > Europe' section listing, text scrape. Masthead, navigation, section heading; cards newest
    first: headline, one-paragraph summary, then the time line 'Aug 10, 2031, 06:45 AM' (Singapore time, no zone printed).
    Ad slots and the Telegram promo between cards."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "The Straits Times", "Singapore   Asia   World   Opinion   Life   Business   Tech   Sport   Videos   Podcasts   Multimedia",
         "Subscribe   Log in", "", "World", "United States   Europe   Middle East   Australia/NZ   Africa   Americas", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); a, b = hm12(d, space=" ", upper=True, pad=True)
        st = f"{MON3[d.month - 1]} {d.day}, {d.year}, {a}{b}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["Join ST's WhatsApp Channel and get the latest news and must-reads.", ""]
    L += ["Load more", "", "Best News Website or Mobile Service", "", "About Us   Terms & Conditions   Privacy Policy   Need help? Reach us here.   Advertise with us",
          "MCI (P) 031/10/2030. Published by SPH Media Limited, Co. Regn. No. 202120748H. Copyright 2031 SPH Media Limited. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19804 The Straits Times (text scrape of a section listing)
SEEDS.append(dict(
  id="19804", name="19804_straitstimes-europe", ext="txt", source="The Straits Times", zone="Asia/Singapore", render=r_st,
  title="Europe",
  basis="time line '{s}' under the card (Singapore time, no zone printed; SGT = UTC+8); local {d} in {z} = {u} UTC",
  notes="Imitates The Straits Times 'World > Europe' section page as copied from a browser. Cards newest first: headline, one summary paragraph, then a time line like 'Aug 10, 2031, 06:45 AM' (Singapore time; no zone printed, so the outlet's home zone is assumed). No bylines on the listing (author null). The two newest cards are dated 10 August in Singapore (01:20 and 06:45) but fall on 9 August in UTC (17:20 and 22:45 UTC); the page is UTC day 2031-08-09. Two off-beat cards (Greek wildfires, Sagrada Familia). An 'ADVERTISEMENT' slot and a WhatsApp-channel promo sit between cards.",
  not_entries=["'Skip to main content'", "masthead and navigation", "'Subscribe   Log in'", "'World' label and the sub-section row", "section heading 'Europe'",
               "'ADVERTISEMENT' after the second card", "WhatsApp channel promo after the fifth card", "'Load more'", "award line 'Best News Website or Mobile Service'",
               "footer links and the MCI/copyright line"],
  entries=[
  E("2031-08-10 06:45", "Russian missiles strike Lviv, killing two, as Ukraine braces for winter grid attacks",
    ["A Russian missile hit an electricity substation on the outskirts of the western Ukrainian city of Lviv on Aug 9, killing two workers and cutting power to parts of the city, officials said."],
    "strikes", "strikes", 3, "lviv-substation-missile-strike-2031-08-09", n="deadly strike"),
  E("2031-08-10 01:20", "Zelensky replaces commander of Ukraine’s joint forces",
    ["President Volodymyr Zelensky named a new commander of the joint forces on Aug 9, the third change at the top of the command in a year, citing the need for ‘new approaches’ in the defence of the Donetsk region."],
    "other", "politics", 2, "ukraine-joint-forces-commander-replaced-2031-08-09"),
  OFF("2031-08-09 21:35", "Wildfires force evacuation of villages north of Athens",
    ["Greek firefighters backed by water-bombing aircraft battled a large blaze fanned by strong winds near Marathon, and authorities ordered five villages to evacuate."],
    "greece-wildfires-athens-2031-08-09", n="wildfires"),
  E("2031-08-09 18:10", "EU weighs tapping more frozen Russian assets to fund Ukraine’s 2032 budget",
    ["European Commission officials are drafting options to raise up to €40 billion from immobilised Russian central bank assets to cover Ukraine’s budget gap next year, according to people familiar with the talks."],
    "aid", "aid", 2, "eu-frozen-assets-ukraine-budget-2031-08-09", sec=("diplomacy",), n="options being drafted, no decision"),
  E("2031-08-09 14:50", "Moscow court jails man for 12 years over donation to Ukrainian army",
    ["A Moscow court sentenced a 34-year-old IT specialist to 12 years in a high-security penal colony for treason after he transferred about US$300 to a fund that buys equipment for Ukraine’s military."],
    "other", "politics", 2, "moscow-treason-sentence-donation-2031-08-09"),
  OFF("2031-08-09 11:05", "Barcelona’s Sagrada Familia tops out its tallest tower after 149 years",
    ["Builders placed the final section of the Tower of Jesus Christ, making Antoni Gaudi’s basilica the tallest church in the world at 172.5m."],
    "sagrada-familia-tower-2031-08-09", n="architecture"),
  E("2031-08-09 08:30", "Singapore pledges $1.5m for Ukraine demining and civilian aid",
    ["Singapore will contribute $1.5 million to humanitarian programmes in Ukraine, including the clearance of landmines from farmland, the Ministry of Foreign Affairs said on Aug 9."],
    "aid", "aid", 2, "singapore-ukraine-humanitarian-pledge-2031-08-09"),
  ]))


def r_abc_live(S):
    """ABC News (Australia) live blog, HTML without JSON-LD. 'LIVE' badge, h1, page byline, 'Posted Tue 12 Aug 2031 at 4:50am,
    updated ... at 9:40am'; a 'Key events' box listing the headlines of key posts; 'Newest first / Oldest first' toggle; posts
    newest first, each with a meta row (optional 'Key Event' badge, <time datetime='...Z'>5:50am</time>, 'By NAME'), an optional
    h2 headline (many ABC posts have none), paragraphs, 'Share post'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{WDAY[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} at {clock12(d)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>',
           '<meta property="og:site_name" content="ABC News"></head><body>',
           '<a class="skip" href="#content">Skip to main content</a>',
           '<header><a href="/news">ABC News</a> <nav><a>Just In</a> <a>For You</a> <a>Politics</a> <a>World</a> <a>Business</a> <a>Analysis</a> '
           '<a>Sport</a> <a>Science</a> <a>Health</a> <a>Arts</a> <a>Fact Check</a> <a>Other</a></nav> <a>Search</a></header>',
           '<main id="content"><span class="badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dates">Posted {fmt(first)}, updated {fmt(last)}</p>', f'<p class="summary">{esc(S["lede"])}</p>',
           '<section class="key-events"><h2>Key events</h2><ul>']
    out += [f'<li><a href="#post-{i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out += ['</ul></section>', '<div class="toggle"><button>Newest first</button> <button>Oldest first</button></div>',
            '<p class="refresh">Live updates</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d); stamps.append(st)
        badge = '<span class="badge">Key Event</span> ' if e["kp"] else ''
        out.append(f'<article id="post-{i}"><div class="meta">{badge}<time datetime="{utcz(d, ms=True)}">{st}</time> '
                   f'<span class="author">By {esc(e["a"])}</span></div>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="share">Share post</button></article>')
    out += ['<p class="more"><button>Show more</button></p></main>',
            '<footer><p>ABC acknowledges the First Peoples of the lands we live and work on.</p>'
            '<a>About the ABC</a> <a>Contact the ABC</a> <a>Privacy Policy</a> <a>Terms of Use</a> <p>© 2031 ABC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KYV11 = "kyiv-drone-missile-attack-2031-08-11"
# ---------------------------------------------------------------- 19805 ABC News Australia (HTML live blog, no JSON-LD)
SEEDS.append(dict(
  id="19805", name="19805_abcnewsau-liveblog", ext="html", source="ABC News (Australia)", zone="Australia/Sydney", render=r_abc_live,
  title="Russia-Ukraine war live: Australian among wounded as Russian drones and missiles hit Kyiv",
  byline="Holly Tregarthen and Marcus Aldine",
  lede="Follow our live coverage for the latest news on the Russia-Ukraine war.",
  basis="bare post time '{s}' (no zone printed on posts; AEST, UTC+10) on the page's date 'Tue 12 Aug 2031' from the 'Posted ... updated ...' line; the post's <time datetime> (UTC) agrees; local {d} in {z} = {u} UTC",
  notes="Imitates an ABC News (Australia) live blog (no JSON-LD). Page byline with two names; 'Posted Tue 12 Aug 2031 at 4:50am, updated Tue 12 Aug 2031 at 9:40am'; a 'Key events' box lists the headlines of two posts (ABC's name for a Key Points block: key_point true, see README); 'Newest first / Oldest first' toggle. Posts newest first; each has a meta row (optional 'Key Event' badge, bare time like '5:50am' with a <time datetime> in UTC, 'By NAME'), an optional h2 headline, paragraphs and 'Share post'. Two posts have no headline (headline null; first_sentence is their first sentence). All posts are Tuesday morning 12 August in Sydney but Monday 11 August in UTC (18:50-23:40 UTC): the page is UTC day 2031-08-11. The Kyiv attack happened late on Monday 11 August Kyiv time ('overnight' from Australia).",
  not_entries=["'Skip to main content'", "header and navigation", "'LIVE' badge", "h1 page title", "page byline 'By Holly Tregarthen and Marcus Aldine'",
               "'Posted ... updated ...' line", "summary line 'Follow our live coverage ...'", "'Key events' box (heading and its two links to posts)",
               "'Newest first / Oldest first' toggle and 'Live updates' label", "'Key Event' badges and 'By NAME' meta rows of posts", "'Share post' buttons",
               "'Show more'", "footer (acknowledgement of country, links, copyright)"],
  entries=[
  E("2031-08-12 09:40", None,
    ["Defence Minister Richard Marles says Australia will send another 30 Bushmaster protected mobility vehicles to Ukraine before the end of the year.",
     "Speaking in Canberra this morning, Mr Marles said the vehicles were a direct request from Ukraine's armed forces and would be drawn from Army stocks, with replacements ordered from the Bendigo factory."],
    "aid", "aid", 2, "australia-bushmaster-pledge-2031-08-11", a="Marcus Aldine", n="post without a headline"),
  E("2031-08-12 08:55", "Kyiv toll rises to five",
    ["Kyiv's city military administration now says five people were killed in the overnight attack, up from three.",
     "Rescuers found two more bodies under the rubble of a four-storey building in the Solomianskyi district, and 34 people are being treated for injuries."],
    "strikes", "strikes", 3, KYV11, a="Holly Tregarthen", kp=True, n="toll 5"),
  E("2031-08-12 08:10", "Australian among wounded, DFAT says",
    ["An Australian citizen is among those injured in the attack on Kyiv, the Department of Foreign Affairs and Trade has confirmed.",
     "A DFAT spokesperson said consular officials were providing assistance to the man and his family, and that due to privacy obligations no further details would be provided."],
    "strikes", "strikes", 3, KYV11, a="Holly Tregarthen", n="casualty detail of the same attack; same story"),
  E("2031-08-12 07:30", "What is the 'Geran-3' jet drone?",
    ["Several of the drones used in last night's attack were jet-powered Geran-3s, according to Ukraine's air force, and they are a bigger headache for air defence than the older propeller models.",
     "They fly at more than 500 kilometres an hour, which makes them too fast for many of the mobile machine-gun teams that Ukraine relies on to shoot down slower drones.",
     "Russia builds them at a plant in Tatarstan, where production has grown sharply over the past two years."],
    "strikes", "strikes", 2, "explainer-geran-3-jet-drone", a="Marcus Aldine", n="explainer (theme piece); mentions the Kyiv attack but is its own story"),
  E("2031-08-12 06:45", None,
    ["Ukraine's air force says Russia launched 62 drones and four ballistic missiles at Kyiv and the surrounding region overnight.",
     "It says 40 drones and one missile were shot down, while the rest either hit targets or were lost to electronic jamming."],
    "strikes", "strikes", 3, KYV11, a="Marcus Aldine", n="post without a headline; size of the same attack"),
  E("2031-08-12 05:50", "Russia's strike on Kyiv kills three",
    ["At least three people have been killed in a Russian drone and missile attack on Kyiv, the city's mayor, Vitali Klitschko, says.",
     "Explosions were heard across the capital late on Monday evening local time, and fires broke out in at least four districts."],
    "strikes", "strikes", 3, KYV11, a="Holly Tregarthen", kp=True, n="toll 3"),
  E("2031-08-12 04:50", "Ukraine says it hit Russian airfield in Lipetsk",
    ["Ukraine's General Staff says its drones struck a Russian military airfield in the Lipetsk region, damaging a hangar and fuel storage.",
     "Russia's defence ministry says it destroyed 27 Ukrainian drones over several regions but made no mention of the airfield."],
    "strikes", "strikes", 2, "lipetsk-airfield-drone-strike-2031-08-11", a="Holly Tregarthen"),
  ]))


def r_cbc_rss(S):
    """CBC News 'World' RSS 2.0 (rss.cbc.ca lineup style): CDATA title, link with ?cmp=rss, guid like 1.7612345, pubDate with
    the zone written as letters ('EDT'), <author> (a name, an agency or empty), category 'News/World', and a CDATA description
    holding an <img> tag followed by one <p> summary."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:cbc="https://www.cbc.ca/rss/cbc" version="2.0">',
           '<channel>', f'<title><![CDATA[{S["title"]}]]></title>', '<link>https://www.cbc.ca/news/world/?cmp=rss</link>',
           '<description><![CDATA[FOR PERSONAL USE ONLY]]></description>',
           '<image><title>CBC.ca</title><url>https://www.cbc.ca/rss/image/cbc_144.gif</url><link>https://www.cbc.ca/news/?cmp=rss</link></image>',
           '<language>en-ca</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), zone_letters="EDT")}</lastBuildDate>',
           '<copyright><![CDATA[Copyright: (C) Canadian Broadcasting Corporation, https://www.cbc.ca/aboutcbc/discover/termsofuse.html#Rss]]></copyright>',
           '<docs>https://www.cbc.ca/rss/</docs>', '<ttl>5</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.tzname() == "EDT"
        st = rfc822(d, zone_letters="EDT"); stamps.append(st)
        gid = f"1.76{12345 + i * 487}"
        url = f"https://www.cbc.ca/news/world/{slugify(e['h'])}-{gid}?cmp=rss"
        img = f"<img title='' height='259' alt='{attr(e.get('alt', 'A file photo.'))}' width='460' src='https://i.cbc.ca/{gid}.1786{i}!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_460/image.jpg' />"
        out += [f'<item cbc:type="story" cbc:deptid="2.{20 + i}" cbc:syndicate="true">', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{esc(url)}</link>',
                f'<guid isPermaLink="false">{gid}</guid>', f'<pubDate>{st}</pubDate>', f'<author>{esc(e["a"] or "")}</author>',
                '<category>News/World</category>',
                '<description><![CDATA[ ' + img + '  ' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ' ]]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19806 CBC News (RSS, zone letters)
SEEDS.append(dict(
  id="19806", name="19806_cbcnews-worldrss", ext="xml", source="CBC News", zone="America/Toronto", render=r_cbc_rss,
  title="CBC | World News",
  basis="RSS pubDate '{s}' (zone written as 'EDT' = UTC-4, not as a numeric offset); local {d} in {z} = {u} UTC",
  notes="Imitates the CBC News 'World' RSS feed. Newest first; pubDate prints the zone as the letters 'EDT' (Eastern Daylight Time, UTC-4) rather than a numeric offset. Each description is CDATA holding an <img> tag (its alt text is not body) and one <p> summary (one body paragraph). <author> carries a reporter's name, an agency ('The Associated Press', 'Reuters') or is empty (author null). The oldest item (22:40 EDT on 12 August) is 02:40 UTC on 13 August, so the feed is UTC day 2031-08-13. Two off-beat items (Mexican Senate, Japanese GDP).",
  not_entries=["channel title, link, description 'FOR PERSONAL USE ONLY', image block, language, lastBuildDate, copyright, docs, ttl",
               "<img> tags (and their alt text) at the start of each description", "category 'News/World'", "guid numbers"],
  entries=[
  E("2031-08-13 19:30:12", "Canada to train Ukrainian F-16 mechanics at Quebec air base",
    ["About 120 Ukrainian aircraft technicians will begin training at CFB Bagotville this fall under a $94-million program announced Wednesday by Defence Minister David McGuinty."],
    "aid", "aid", 2, "canada-f16-mechanics-training-2031-08-13", a="Nadine Chartrand", alt="Two CF-18 fighter jets on a runway."),
  E("2031-08-13 17:05:48", "Carney speaks with Zelensky, confirms Toronto will host next Ukraine recovery conference",
    ["Prime Minister Mark Carney told Ukrainian President Volodymyr Zelensky in a phone call that Canada will host the Ukraine Recovery Conference in Toronto next June, the Prime Minister's Office said."],
    "diplomacy", "diplomacy", 3, "carney-zelensky-call-recovery-conference-2031-08-13", a="CBC News", sec=("aid",), n="head-of-state call"),
  OFF("2031-08-13 14:22:03", "Mexico's Senate approves overhaul of water concessions",
    ["Mexican senators voted 84-35 to give the federal government more power to reassign water rights from industry to cities during droughts, a measure opposed by farm groups."],
    "mexico-water-concessions-law-2031-08-13", a="The Associated Press", n="Mexican legislation"),
  E("2031-08-13 11:40:27", "Russian drone strike on Chernihiv kills 3, including a child",
    ["Three people, among them a nine-year-old girl, were killed when a Russian drone hit a residential building in Chernihiv overnight, the regional military administration said."],
    "strikes", "strikes", 3, "chernihiv-drone-strike-2031-08-13", a="Reuters", alt="Firefighters work at a damaged apartment building.", n="deadly strike"),
  OFF("2031-08-13 09:15:00", "Japan's economy shrinks for second straight quarter",
    ["Japan's gross domestic product fell at an annualized rate of 1.2 per cent in the April-June period, putting the country in a technical recession."],
    "japan-gdp-contraction-2031-08-13", a="Reuters", n="economy"),
  E("2031-08-13 06:50:51", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukrainian lawmakers voted on Wednesday to extend martial law and general mobilization until mid-November, the 19th such extension since Russia's full-scale invasion in 2022."],
    "other", "politics", 2, "ukraine-martial-law-extension-2031-08-13", a=None),
  E("2031-08-12 22:40:19", "UN official warns of worsening humanitarian crisis in front-line areas of Ukraine",
    ["The UN's humanitarian co-ordinator for Ukraine told the Security Council that more than three million people living near the front line now depend on aid deliveries, as attacks on convoys increase."],
    "diplomacy", "diplomacy", 2, "un-security-council-humanitarian-briefing-2031-08-12", a="The Associated Press", sec=(), n="statement at the UN Security Council"),
  ]))


def r_globe(S):
    """The Globe and Mail 'World' section, text scrape. Masthead, navigation, section heading; cards newest first: kicker,
    headline, summary, author line, then 'Published August 15, 2031 at 4:12 p.m. EDT' (AP-style a.m./p.m. with the zone).
    Subscriber-only marks on some cards; a newsletter box after the third card."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "The Globe and Mail", "Canada   World   Business   Investing   Personal Finance   Opinion   Politics   Sports   Life   Arts   Drive   Real Estate",
         "Subscribe   Log in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {clock12(d, dots=True, space=' ')} {d.tzname()}"; stamps.append(st)
        L += [e["kicker"], e["h"], ""] + ptxt(e["p"]) + ([e["a"]] if e["a"] else []) + [f"Published {st}"]
        if e.get("plus"):
            L += ["Subscriber content"]
        L += [""]
        if i == 2:
            L += ["Sign up for the World Watch newsletter", "Globe correspondents from around the world bring you the stories that matter, every Monday to Friday.",
                  "Sign up", ""]
    L += ["Load more stories", "", "Customer Help   Contact Us   Advertise with Us   Terms & Conditions   Privacy Policy   Accessibility Policy",
          "© Copyright 2031 The Globe and Mail Inc. All rights reserved.", "351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19807 The Globe and Mail (text scrape of the World section)
SEEDS.append(dict(
  id="19807", name="19807_globeandmail-world", ext="txt", source="The Globe and Mail", zone="America/Toronto", render=r_globe,
  title="World",
  basis="card line 'Published {s}' (EDT printed, UTC-4; AP-style 'p.m.'); local {d} in {z} = {u} UTC",
  notes="Imitates The Globe and Mail 'World' section page as copied from a browser. Cards newest first: kicker (RUSSIA-UKRAINE WAR, ANALYSIS, EUROPE, CANADA), headline, summary paragraph, author line (a person or 'The Associated Press'), then 'Published August 15, 2031 at 4:12 p.m. EDT' (stamp = the text after 'Published '); two cards carry a 'Subscriber content' mark. A newsletter sign-up box sits after the third card. All cards fall on UTC day 2031-08-15 (the newest, 7:10 p.m. EDT, is 23:10 UTC; the oldest, 5:50 a.m. EDT, is 09:50 UTC). One analysis piece (frontline).",
  not_entries=["'Skip to main content'", "masthead and navigation", "'Subscribe   Log in'", "section heading 'World'",
               "kickers above the headlines (RUSSIA-UKRAINE WAR, ANALYSIS, EUROPE, CANADA)", "author lines and 'Published ...' lines (byline and stamp, not body)",
               "'Subscriber content' marks", "World Watch newsletter box after the third card", "'Load more stories'", "footer links, copyright and address"],
  entries=[
  E("2031-08-15 19:10", "Canada sanctions 15 more tankers in Russia's shadow fleet",
    ["Ottawa added 15 oil tankers and four shipping companies to its sanctions list on Friday, saying the vessels helped Moscow sell crude above the G7 price cap.",
     "Foreign Affairs Minister Anita Anand said the measures were co-ordinated with the European Union and Britain."],
    "diplomacy", "diplomacy", 2, "canada-shadow-fleet-sanctions-2031-08-15", a="Daniel Brisbois", kicker="RUSSIA-UKRAINE WAR"),
  E("2031-08-15 16:45", "Russian missile barrage knocks out power in Lviv and Ternopil",
    ["Russia fired 14 cruise missiles and dozens of drones at western Ukraine on Friday, hitting power stations near Lviv and Ternopil and leaving about 400,000 homes without electricity.",
     "Ukraine's air force said it shot down nine of the missiles. No deaths were reported, but three energy workers were injured in Ternopil."],
    "strikes", "strikes", 3, "western-ukraine-missile-barrage-2031-08-15", a="Olesya Marchuk", kicker="RUSSIA-UKRAINE WAR",
    n="large attack (14 cruise missiles) on the energy grid"),
  E("2031-08-15 13:20", "Ukrainian newcomers in Canada face uncertainty as temporary status deadlines near",
    ["Thousands of Ukrainians who came to Canada under emergency visas must apply for permanent residence or new work permits by the end of the year, and settlement agencies say many are struggling with the paperwork.",
     "Immigration officials say about 58,000 applications are still pending."],
    "other", "humanitarian", 2, "ukrainian-newcomers-canada-status-2031-08-15", a="Marie-Ève Tardif", kicker="CANADA", plus=True),
  E("2031-08-15 11:05", "Why Russia's summer offensive stalled outside Kostiantynivka",
    ["After three months of costly assaults, Russian forces are no closer to the city than they were in May, and Ukrainian commanders say drones have made it almost impossible for either side to mass troops.",
     "Military analysts say Moscow has shifted to small infiltration groups, which can take ground but rarely hold it."],
    "other", "frontline", 2, "analysis-kostiantynivka-offensive-stalled-2031-08-15", a="Olesya Marchuk", kicker="ANALYSIS", plus=True,
    n="analysis (theme piece)"),
  E("2031-08-15 08:30", "Poland charges two men over alleged sabotage plot against rail line to Ukraine",
    ["Polish prosecutors have charged two Belarusian citizens with planning to derail trains on a line used to ship military aid to Ukraine, allegedly on the orders of Russian intelligence."],
    "other", "security", 2, "poland-rail-sabotage-charges-2031-08-15", a="The Associated Press", kicker="EUROPE"),
  E("2031-08-15 05:50", "NATO defence ministers agree to speed air-defence deliveries to Ukraine",
    ["NATO defence ministers agreed in an emergency video call on Friday to move some Patriot and NASAMS interceptors from their own stocks to Ukraine within weeks, Secretary-General Mark Rutte said.",
     "Defence Minister David McGuinty said Canada would contribute funding rather than equipment."],
    "aid", "aid", 3, "nato-air-defence-deliveries-2031-08-15", a="Daniel Brisbois", sec=("diplomacy",), kicker="RUSSIA-UKRAINE WAR",
    n="ministerial decision on air-defence supply"),
  ]))


def r_toisrael_live(S):
    """The Times of Israel liveblog day page, HTML without JSON-LD. Header/navigation, h1 'Liveblog', a date bar 'Sunday,
    August 17, 2031', entries newest first: bare '5:45 pm' time link (Israel time, no zone printed), h4 headline, paragraphs,
    'By Agencies' / 'By ToI Staff' / 'By NAME' byline after the text; newsletter and community boxes between entries."""
    z = S["zone"]; order_check(S, True)
    day = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["doc_title"])}</title></head><body class="liveblog">',
           '<header class="site-header"><a class="logo" href="/">The Times of Israel</a>'
           '<nav><a>Israel &amp; the Region</a> <a>Israel Inside</a> <a>Jewish Times</a> <a>Ops &amp; Blogs</a> <a>Start-Up Israel</a> <a>Real Estate</a> '
           '<a>Podcasts</a> <a>Newsletters</a> <a>Premium</a></nav><a>Log In</a> <a>Join our Community</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="liveblog-day">{WDAY[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.date() == day.date()
        st = clock12(d, space=" "); stamps.append(st)
        out.append(f'<div class="liveblog-entry" id="liveblog-entry-{3312040 - i * 23}"><div class="liveblog-date"><a href="/liveblog_entry/{slugify(e["h"])}/">{st}</a></div>'
                   f'<div class="liveblog-paragraph"><h4><a href="/liveblog_entry/{slugify(e["h"])}/">{esc(e["h"])}</a></h4>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'</div><div class="byline">By {esc(e["a"])}</div><div class="share"><a>Share</a> <a>Comments</a></div></div>')
        if i == 2:
            out.append('<div class="newsletter-box"><p>Get The Times of Israel\u2019s Daily Edition by email and never miss our top stories</p>'
                       '<input type="email" placeholder="Email"> <button>Sign Up</button><p>By signing up, you agree to the terms</p></div>')
        if i == 5:
            out.append('<div class="community-box"><p>Join Our Community</p><p>Support our independent journalism and enjoy an ad-free experience.</p><a>Join Now</a></div>')
    out += ['<div class="liveblog-more"><a>Load more</a></div></main>',
            '<footer><a>About Us</a> <a>Advertise with Us</a> <a>Terms of Use</a> <a>Privacy Policy</a> <a>Contact Us</a> <a>Careers</a>'
            '<p>\u00a9 2031 The Times of Israel, all rights reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19808 The Times of Israel (HTML liveblog, no JSON-LD)
SEEDS.append(dict(
  id="19808", name="19808_timesofisrael-liveblog", ext="html", source="The Times of Israel", zone="Asia/Jerusalem", render=r_toisrael_live,
  title="Liveblog", doc_title="Liveblog August 17, 2031 | The Times of Israel",
  basis="bare time '{s}' (Israel time, no zone printed; IDT = UTC+3) under the date bar 'Sunday, August 17, 2031'; local {d} in {z} = {u} UTC",
  notes="Imitates a Times of Israel liveblog day page (no JSON-LD). A date bar 'Sunday, August 17, 2031' heads the page; entries newest first: bare time link like '5:45 pm' (Israel time, no zone printed), h4 headline, paragraphs, then the byline ('By Agencies', 'By ToI Staff' or a reporter; desk credits kept as printed). The war is a minority here: four of eight entries are Israeli domestic items (off-beat). A newsletter box after the third entry and a community box after the sixth.",
  not_entries=["header and navigation, 'Log In', 'Join our Community'", "h1 'Liveblog'", "date bar 'Sunday, August 17, 2031'",
               "'By ...' byline lines and 'Share  Comments' rows after each entry", "Daily Edition newsletter box after the third entry",
               "'Join Our Community' box after the sixth entry", "'Load more'", "footer"],
  entries=[
  OFF("2031-08-17 23:10", "Jerusalem light rail Blue Line opening pushed back to 2033",
    ["The Transportation Ministry said the opening of the Blue Line would be delayed by at least a year because of problems with tunnelling under the city centre."],
    "jerusalem-blue-line-delay-2031-08-17", a="ToI Staff", n="Israeli transport"),
  E("2031-08-17 21:35", "Ukraine thanks Israel for donated field hospital equipment",
    ["Ukraine\u2019s ambassador to Israel thanks the Health Ministry for a shipment of field hospital equipment, including generators and surgical lights, that arrived in Lviv last week.",
     "The equipment was donated by several Israeli hospitals and flown to Poland on a cargo flight paid for by a Jewish community group, the embassy says."],
    "aid", "aid", 2, "israel-field-hospital-equipment-ukraine-2031-08-17", a="ToI Staff", n="humanitarian aid"),
  OFF("2031-08-17 20:10", "Knesset committee approves draft state budget for first reading",
    ["The Knesset Finance Committee votes 9-6 to send the draft budget to the plenum, setting up a first reading later this week."],
    "knesset-budget-first-reading-2031-08-17", a="Sam Rothberg", n="Israeli politics"),
  E("2031-08-17 17:45", "Russian strike on Uman kills 2; Breslov leaders urge Rosh Hashanah pilgrims to stay away",
    ["A Russian missile strike on the central Ukrainian city of Uman kills two people and damages a hotel several hundred meters from the tomb of Rabbi Nachman, local officials say.",
     "Leaders of the Breslov Hasidic community in Israel urge followers to reconsider plans to travel to Uman for Rosh Hashanah next month, when tens of thousands of pilgrims usually gather there."],
    "strikes", "strikes", 3, "uman-missile-strike-2031-08-17", a="Agencies", n="deadly strike"),
  OFF("2031-08-17 15:20", "Heat wave: Temperatures to top 44\u00b0C in Jordan Valley",
    ["The Israel Meteorological Service warns of an extreme heat wave through Tuesday and urges the public to avoid strenuous activity outdoors."],
    "israel-heat-wave-2031-08-17", a="ToI Staff", n="weather"),
  E("2031-08-17 13:05", "Sa\u2019ar, Lavrov discuss Syria and Ukraine in phone call",
    ["Foreign Minister Gideon Sa\u2019ar speaks by phone with his Russian counterpart Sergey Lavrov about the situation in Syria and the war in Ukraine, the Foreign Ministry says.",
     "Sa\u2019ar told Lavrov that Israel supports efforts to reach a ceasefire, according to the ministry."],
    "diplomacy", "diplomacy", 2, "saar-lavrov-call-2031-08-17", a="Yael Korenblit", n="ministerial phone call"),
  OFF("2031-08-17 10:30", "Shekel strengthens to its highest level against dollar in four years",
    ["The shekel traded at 3.21 to the dollar in Tel Aviv on Sunday morning, its strongest level since 2027, as foreign investors bought Israeli bonds."],
    "shekel-four-year-high-2031-08-17", a="ToI Staff", n="markets"),
  E("2031-08-17 07:40", "Ukrainian drones spark fire at Russia\u2019s Ust-Luga port, governor says",
    ["A Ukrainian drone attack sets off a fire at a fuel terminal in the Russian Baltic port of Ust-Luga, the governor of the Leningrad region says, adding that there were no casualties."],
    "strikes", "strikes", 2, "ust-luga-drone-strike-2031-08-17", a="Agencies"),
  ]))


def r_arabnews(S):
    """Arab News 'World' section listing, HTML. Header with tagline and edition links, navigation, section heading; cards newest
    first: headline link, a date-only line 'Updated 19 August 2031' whose <time datetime> attribute carries the full time
    (+03:00), a summary paragraph that opens with a capitalised dateline ('KYIV: ...'), and the source credit (AFP, Reuters,
    AP, Arab News)."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Arab News</title></head><body>',
           '<div class="editions"><a>Arab News Japan</a> <a>Arab News Pakistan</a> <a>Arab News en Fran\u00e7ais</a> <a>Arab News \u0627\u0644\u0639\u0631\u0628\u064a\u0629</a></div>',
           '<header><a class="logo" href="/">Arab News</a> <span class="tagline">The Voice of a Changing Region</span>'
           '<nav><a>Saudi Arabia</a> <a>Middle East</a> <a>World</a> <a>Business</a> <a>Opinion</a> <a>Sport</a> <a>Lifestyle</a> <a>Research &amp; Studies</a> '
           '<a>Podcasts</a> <a>Special Reports</a></nav> <a>Search</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1><div class="views-rows">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Updated {d.day:02d} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        out.append(f'<div class="article-item"><div class="article-item-title"><h4><a href="/node/{2591340 + i * 7}/world">{esc(e["h"])}</a></h4></div>'
                   f'<div class="article-item-date"><time datetime="{d.isoformat()}">{st}</time></div>'
                   f'<div class="article-item-author">{esc(e["a"])}</div>')
        out += [f'<div class="article-item-summary"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="newsletter"><p>Subscribe to our newsletter and get the latest news delivered to your inbox</p><input type="email"> <button>Subscribe</button></div>')
    out += ['</div><ul class="pager"><li><a>Load more</a></li></ul></main>',
            '<footer><a>About Us</a> <a>Contact Us</a> <a>Advertise</a> <a>Privacy Policy</a> <a>Terms</a>'
            '<p>All rights reserved \u00a9 2031 Arab News. Saudi Research &amp; Media Group</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19809 Arab News (HTML section listing, date-only visible stamps)
SEEDS.append(dict(
  id="19809", name="19809_arabnews-world", ext="html", source="Arab News", zone="Asia/Riyadh", render=r_arabnews,
  title="World",
  basis="visible date-only stamp '{s}'; the time comes from the card's own <time datetime> attribute (+03:00, Riyadh time); local {d} in {z} = {u} UTC",
  notes="Imitates the Arab News 'World' section listing. Cards newest first: headline link, a visible date-only line 'Updated 19 August 2031' (stamp = that text), whose <time datetime> attribute gives the full time with +03:00; then the credit (AFP, Reuters, AP, Arab News; kept as author, as printed) and a summary paragraph that opens with a capitalised dateline such as 'KYIV:' (part of the first sentence as printed). Two off-beat cards (Pakistan floods, Sudan). The newest card (23:05 Riyadh) is 20:05 UTC, so the page is UTC day 2031-08-19.",
  not_entries=["edition links (Arab News Japan / Pakistan / en Français / Arabic)", "logo, tagline 'The Voice of a Changing Region', navigation, 'Search'",
               "section heading 'World'", "'Updated DD Month YYYY' lines (stamps, not body)", "credit lines (AFP, Reuters, AP, Arab News)",
               "newsletter box after the third card", "'Load more'", "footer"],
  entries=[
  E("2031-08-19 23:05", "Saudi crown prince receives call from Zelensky on prisoner exchanges",
    ["RIYADH: Saudi Crown Prince Mohammed bin Salman received a phone call on Tuesday from Ukrainian President Volodymyr Zelensky, who thanked the Kingdom for its role in recent prisoner exchanges between Ukraine and Russia, the Saudi Press Agency reported."],
    "diplomacy", "diplomacy", 3, "mbs-zelensky-call-2031-08-19", a="Arab News", n="head-of-state call"),
  OFF("2031-08-19 20:40", "Monsoon floods kill 32 in northwest Pakistan",
    ["PESHAWAR: Flash floods triggered by heavy monsoon rains killed at least 32 people in Khyber Pakhtunkhwa province, rescue officials said on Tuesday."],
    "pakistan-monsoon-floods-2031-08-19", a="AFP", n="floods"),
  E("2031-08-19 17:15", "Russian drones hit Kherson hospital, killing one",
    ["KHERSON: A Russian drone attack damaged a hospital in the southern Ukrainian city of Kherson on Tuesday, killing a nurse and injuring four patients, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-hospital-drone-strike-2031-08-19", a="Reuters", n="deadly strike"),
  E("2031-08-19 13:50", "Riyadh to host technical talks on Black Sea shipping safety",
    ["RIYADH: Saudi Arabia will host technical-level talks between Ukrainian and Russian delegations on the safety of commercial shipping in the Black Sea next week, a Saudi official told Arab News."],
    "diplomacy", "diplomacy", 2, "riyadh-black-sea-technical-talks-2031-08-19", a="Arab News", n="technical-level talks announced"),
  OFF("2031-08-19 10:25", "Sudan\u2019s RSF shells El-Fasher displacement camp, killing 11",
    ["PORT SUDAN: Shelling by the paramilitary Rapid Support Forces killed 11 people in a camp for displaced families on the edge of El-Fasher, a local rescue group said."],
    "sudan-el-fasher-shelling-2031-08-19", a="AFP", n="another conflict (Sudan), not the Russia-Ukraine war"),
  E("2031-08-19 07:40", "Ukraine says its troops retook village in Donetsk region",
    ["KYIV: Ukrainian forces recaptured the village of Novoiehorivka in the Donetsk region after two weeks of fighting, the army\u2019s General Staff said on Tuesday."],
    "other", "frontline", 2, "donetsk-village-recaptured-2031-08-19", a="AP"),
  ]))


# ================================================================ build (called at the very end of this file)
def local_str(d):
    return d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else ""))


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
                         "published_local": local_str(d) + " " + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=local_str(d), z=S["zone"], u=local_str(u)),
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



# ================================================================ Part B renderers (invented outlets)

def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); <summary> plain text
    (first paragraph) and escaped-HTML <content>; optional <author>; <category term>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/{S["feedpath"]}"/>', f'<id>{S["url"]}/{S["feedpath"]}</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {S["source"]}</rights>', f'<generator>{S.get("generator", "Ghost")}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_textlive_kp(S):
    """text live blog, newest first, British style: dateline with year, 'Key Points' block of bulleted post headlines;
    each post: stamp line '22.40 BST' BEFORE the headline, body, then a signature line '\u2013 NAME'; a video teaser prints only a
    player line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News   World   Ukraine   Politics   Business   Opinion   Sport   Culture", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for latest   Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Video, 1:34", ""]
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        L += ["Share", ""]
        if i == 2:
            L += [f"Sign up for {S['source']}'s Ukraine Briefing, sent every weekday evening.", ""]
    L += ["Load earlier posts", "", f"{S['source']}   About   Corrections   Contact   Privacy   Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished with the
    local offset; visible <time datetime> with a bare '07:35'; h3 headline; author paragraph after the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "url": f"{S['url']}#update-{i + 1}", "headline": e["h"],
             "datePublished": d.isoformat(), "dateModified": d.isoformat(), "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (first + timedelta(hours=18)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Investigations</a> <a>Podcasts</a> '
           '<a class="support">Support us</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="order">Oldest first</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append('<div class="tools"><a>Link to this update</a></div></article>')
        if i == 3:
            out.append(f'<aside class="related"><h4>Related</h4><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="end">Updates on this page continue until midnight Kyiv time.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has
    an author; plain-text description with paragraphs joined by a blank line (CDATA)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>', f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</pubDate>',
           f'<atom:link href="{S["url"]}/{S["feedpath"]}" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{i + 55120}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["id"]}-{i + 55120}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "\n\n".join(e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-08-24 (UTC; Ukraine's Independence Day, a Sunday), day 2 = 2031-08-25, day 3 = 2031-08-28.
DNI = "dnipro-missile-strike-2031-08-24"
STUBB = "de-wever-kyiv-independence-day-visit-2031-08-24"
HOL = "analysis-holiday-strikes-pattern-2031-08-24"
HOL_H = "Analysis: Is it chance that Russia's deadliest strikes fall on Ukrainian holidays?"
HOL_P = ["It has happened on Christmas, on Easter and now, again, on Independence Day: some of the deadliest Russian strikes of the war have come on the days Ukrainians set aside to celebrate.",
         "Military analysts are split on whether the timing is planned. Some point out that Russia stockpiles missiles for weeks before a large salvo and fires when weather and targeting allow, whatever the calendar says.",
         "Others argue that the symbolism is the point. A strike on a holiday morning reaches every family at home, they say, and is meant to show that no day in Ukraine is safe."]

# ---------------------------------------------------------------- 19820 Kestrelholm Times (day 1, general world Atom feed)
SEEDS.append(dict(
  id="19820", name="19820_kestrelholm-worldatom", ext="xml", source="Kestrelholm Times", zone="UTC", render=r_atom,
  title="Kestrelholm Times \u2013 World", url="https://www.kestrelholmtimes.example", feedpath="world/atom.xml",
  lede="International news from the Kestrelholm Times foreign desk",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); escaped-HTML <content>; authors on some entries. The war is a minority: 4 of 6 entries are off-beat (Icelandic eruption, Guangxi floods, Mexico City water, Lagos market fire). 19820-03 tells the day's main story (Dnipro strike, toll 6; spelled 'Dnipro' with '(Dnepr)' in the text); 19820-02 tells the Belgian prime minister's visit, also told by 19821 and 19822.",
  not_entries=["feed title, subtitle, links, id, updated, rights and generator", "category terms"],
  entries=[
  OFF("2031-08-24 19:10", "Iceland's Reykjanes peninsula erupts again, Blue Lagoon evacuated",
    ["A fissure opened north of Grindavik on Sunday evening, sending lava fountains up to 60 metres high, and the Blue Lagoon spa was evacuated as a precaution.",
     "Iceland's Met Office said the eruption posed no threat to air traffic."],
    "iceland-reykjanes-eruption-2031-08-24", a="Ragna Holt", n="volcano", cat="Europe"),
  E("2031-08-24 15:25", "Belgium's De Wever visits Kyiv on Independence Day, pledges \u20ac140m",
    ["Belgian Prime Minister Bart De Wever arrived in Kyiv on Sunday to mark the 40th anniversary of Ukraine's independence and announced a \u20ac140 million package of F-16 spare parts and air-defence ammunition.",
     "De Wever laid flowers at the memorial wall of fallen defenders with President Volodymyr Zelensky before the two held talks on security guarantees."],
    "diplomacy", "diplomacy", 3, STUBB, a="Ewan Lockhart", sec=("aid",), cat="Europe", n="head-of-state visit; also in 19821 and 19822"),
  E("2031-08-24 12:40", "Russian missile strike on Dnipro kills six on Ukraine's Independence Day",
    ["At least six people were killed and more than 40 wounded when Russian ballistic missiles hit a residential district of Dnipro (Dnepr) early on Sunday, as Ukraine marked 40 years of independence.",
     "One missile struck a nine-storey apartment block and another landed near the city's main bus station, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Ewan Lockhart", cat="Europe", n="toll 6; spelling variant 'Dnepr' in the text"),
  OFF("2031-08-24 10:05", "Floods cut rail links across China's Guangxi region",
    ["Torrential rain closed sections of two high-speed lines in the southern Guangxi Zhuang autonomous region, and 23,000 people were moved to shelters, state media said."],
    "guangxi-floods-2031-08-24", a=None, n="floods", cat="Asia"),
  OFF("2031-08-24 07:30", "Mexico City orders water rationing as reservoirs hit record low",
    ["Residents of 11 of the capital's 16 boroughs will receive piped water only on alternate days from Monday, city authorities said, after the Cutzamala system fell to 24 per cent of capacity."],
    "mexico-city-water-rationing-2031-08-24", a="Ines Cardona", n="water shortage", cat="Americas"),
  OFF("2031-08-24 03:15", "Fire destroys hundreds of stalls at Lagos market",
    ["A night-time fire tore through the Balogun textile market on Lagos Island, destroying more than 300 stalls. Firefighters said no deaths had been reported."],
    "lagos-market-fire-2031-08-24", a=None, n="fire", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 19821 Brackenfold Post (day 1, text live, Key Points, BST)
SEEDS.append(dict(
  id="19821", name="19821_brackenfold-textlive", ext="txt", source="Brackenfold Post", zone="Europe/London", render=r_textlive_kp,
  title="Ukraine war live: Dnipro death toll rises to 11 after missile strike on Independence Day",
  dateline="Sunday 24 August 2031",
  lede="Russian ballistic missiles hit an apartment block in Dnipro on the 40th anniversary of Ukraine's independence; Belgium's prime minister visits Kyiv; drones hit Kharkiv.",
  basis="stamp '{s}' printed on the line above the headline (BST, UTC+1) under the dateline 'Sunday 24 August 2031'; local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live blog, newest first, British style: a 'Key Points' block lists two post headlines as bullets (key_point true for those two). Each post: a stamp line like '22.40 BST' BEFORE the headline, the body, then a signature line '\u2013 NAME' (author), then 'Share'. 19821-02 is a 'Watch:' teaser whose only content is the player line 'Video, 1:34'. 19821-03 is a theme piece (analysis of holiday strikes) that mentions the Dnipro strike but is its own story; it is re-posted verbatim on day 2 by 19832. 19821-05 (Zelensky's Independence Day speech) mentions Dnipro but is a separate story.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Sunday 24 August 2031'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Refresh for latest   Newest first'", "stamp lines above headlines",
               "signature lines '\u2013 NAME' (author, not body)", "'Share' after each post", "player line 'Video, 1:34' in the teaser",
               "newsletter promo after the third post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2031-08-24 22:40", "Dnipro death toll rises to 11",
    ["Eleven people are now known to have been killed in this morning's missile strike on Dnipro, the city council said, after rescuers recovered two more bodies from the collapsed section of the apartment block.",
     "Fifty-eight people were injured, including seven children. Officials said the search would continue through the night."],
    "strikes", "strikes", 3, DNI, a="Nina Halloway", kp=True, n="toll 11"),
  E("2031-08-24 20:15", "Watch: Search teams comb the wrecked block in Dnipro", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2031-08-24 18:30", HOL_H, HOL_P, "strikes", "strikes", 2, HOL, a="Tobias Verey",
    n="theme piece (analysis of strikes on holidays, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2031-08-24 15:05", "De Wever pledges \u20ac140m as Belgian leader joins Zelensky in Kyiv",
    ["Bart De Wever became the first foreign leader to arrive in Kyiv for the 40th anniversary of independence, bringing with him a \u20ac140m Belgian package of F-16 parts and air-defence ammunition.",
     "'Ukraine's independence is Europe's security,' De Wever said at a joint news conference with Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, STUBB, a="Nina Halloway", sec=("aid",), kp=True),
  E("2031-08-24 12:20", "Zelensky: 'Forty years on, we are still defending our right to exist'",
    ["In his Independence Day address, recorded on Maidan Nezalezhnosti, Volodymyr Zelensky said Ukraine had spent a quarter of its independent history at war and would not trade territory for a pause in the fighting.",
     "He opened the speech with a minute's silence for the victims of the morning's strike on Dnipro."],
    "other", "politics", 2, "zelensky-independence-day-address-2031-08-24", a="Tobias Verey",
    n="speech that mentions the Dnipro strike; own story, must not merge with it"),
  E("2031-08-24 09:10", "Drones hit Kharkiv overnight, five injured",
    ["Russian drones hit two districts of Kharkiv overnight, injuring five people and setting fire to a warehouse, the city's mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 2, "kharkiv-overnight-drone-attack-2031-08-24", a="Tobias Verey",
    n="another attack the same night in another region; must not merge with the Dnipro strike"),
  E("2031-08-24 06:00", "Russian missiles hit Dnipro on Independence Day morning",
    ["Russian ballistic missiles struck Dnipro shortly after 7am local time, hitting a nine-storey apartment block. At least four people were killed, according to the head of the regional military administration.",
     "Air raid sirens had sounded across eastern and central Ukraine minutes before the explosions."],
    "strikes", "strikes", 3, DNI, a="Tobias Verey", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 19822 Nettlewood Chronicle (day 1, HTML live + LiveBlogPosting, Kyiv)
DNI_FIRST = ["Several powerful explosions shook Dnipro at about 7.10am as Russian ballistic missiles hit the city, the regional military administration said. At least two people were killed.",
             "Smoke was rising over the Shevchenkivskyi district, where a residential building was hit, local residents told the Chronicle."]
SEEDS.append(dict(
  id="19822", name="19822_nettlewood-ldlive", ext="html", source="Nettlewood Chronicle", zone="Europe/Kyiv", render=r_ldlive,
  title="Independence Day under fire: live updates from Ukraine", url="https://nettlewoodchronicle.example/live/2031-08-24-ukraine",
  dateline="Sunday, 24 August 2031 \u00b7 times are Kyiv time",
  lede="Missiles hit Dnipro on the morning of Ukraine's 40th Independence Day; Belgium's prime minister arrives in Kyiv.",
  related="Forty years of independence, in ten photographs",
  basis="bare time '{s}' in <time datetime> (Kyiv time as the dateline says; EEST, UTC+3); the JSON-LD update datePublished agrees; local {d} in {z} = {u} UTC",
  notes="Invented outlet. HTML live blog, oldest first, with a LiveBlogPosting JSON-LD block whose liveBlogUpdate items carry their own datePublished (+03:00) and authors. Visible: dateline 'Sunday, 24 August 2031 \u00b7 times are Kyiv time', 'Oldest first' label, then updates with a bare '07:35' in <time datetime>, an h3 headline, paragraphs and an author paragraph. 19822-04 repeats 19822-01 almost verbatim three hours later with the stale toll (duplicate_of 19822-01). 19822-02 (Nikopol shelling) is in the same region as Dnipro but another event; 19822-06 (Norwegian drone funding) shares the aid theme with Belgium's package but is another event.",
  not_entries=["cookie consent bar", "header and navigation", "'Live' kicker", "h1 title", "dateline 'Sunday, 24 August 2031 \u00b7 times are Kyiv time'", "standfirst",
               "'Oldest first' label", "author paragraphs under each update", "'Link to this update' tools", "'Related' box after the fourth update",
               "closing line 'Updates on this page continue until midnight Kyiv time.'", "footer"],
  entries=[
  E("2031-08-24 07:35", "Explosions in Dnipro as ballistic missiles hit the city", DNI_FIRST,
    "strikes", "strikes", 3, DNI, a="Oksana Ruban", n="toll 2 (first report)"),
  E("2031-08-24 08:40", "Russian shelling kills woman in Nikopol",
    ["A 64-year-old woman was killed when Russian artillery shelled Nikopol from across the Dnipro river, the head of the district administration said. Two houses and a gas pipeline were damaged."],
    "strikes", "strikes", 3, "nikopol-shelling-2031-08-24", a="Oksana Ruban",
    n="same region (Dnipropetrovsk) as the Dnipro strike, another event; must not merge with it"),
  E("2031-08-24 09:55", "Belgian Prime Minister De Wever arrives in Kyiv by train",
    ["Belgium's prime minister, Bart De Wever, has arrived in Kyiv for Independence Day, the presidential office said. He is expected to announce a new Belgian aid package."],
    "diplomacy", "diplomacy", 3, STUBB, a="Pavlo Shevchuk", sec=("aid",)),
  E("2031-08-24 10:50", "Explosions in Dnipro as ballistic missiles hit the city",
    ["Several powerful explosions shook Dnipro at about 7.10am as Russian ballistic missiles hit the city, the regional military administration said. At least two people were killed.",
     "Smoke was rising over the Shevchenkivskyi district, where a residential building was hit, residents said."],
    "strikes", "strikes", 1, DNI, a="Oksana Ruban", dup="19822-01", n="near-verbatim repeat of 19822-01 (stale toll)"),
  E("2031-08-24 13:30", "Heaviest fighting near Kostiantynivka, General Staff says",
    ["Ukraine's General Staff reported 41 Russian assaults along the Kostiantynivka direction since the morning, the most on any part of the front."],
    "other", "frontline", 2, "kostiantynivka-assaults-2031-08-24", a="Pavlo Shevchuk"),
  E("2031-08-24 16:20", "Norway to fund production of Ukrainian long-range drones",
    ["Norway will pay for the production of several hundred Ukrainian long-range strike drones this year, the Norwegian defence ministry said, without giving a figure."],
    "aid", "aid", 2, "norway-long-range-drone-funding-2031-08-24", a="Pavlo Shevchuk",
    n="same aid theme as Belgium's package (19821-04), another donor and event; must not merge"),
  E("2031-08-24 19:45", "Dnipro toll climbs to nine as rescuers reach lower floors",
    ["The number of people killed in this morning's strike on Dnipro has risen to nine, mayor Borys Filatov said. Rescuers had reached the lower floors of the collapsed stairwell."],
    "strikes", "strikes", 3, DNI, a="Oksana Ruban", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 19823 Oakmere Dispatch (day 1, RSS, Warsaw, +0200)
SEEDS.append(dict(
  id="19823", name="19823_oakmere-rss", ext="xml", source="Oakmere Dispatch", zone="Europe/Warsaw", render=r_rss,
  title="Oakmere Dispatch | Central & Eastern Europe", url="https://oakmeredispatch.example", feedpath="cee/rss.xml",
  lede="News from Poland, Ukraine and the region",
  basis="RSS pubDate '{s}' (explicit +0200 offset, CEST); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Warsaw, English-language). RSS 2.0, newest first, pubDate with +0200, dc:creator, plain-text CDATA descriptions with paragraphs separated by a blank line. 19823-01 tells the Dnipro strike (toll 9) and quotes the Russian defence ministry spelling 'Dnepropetrovsk'. 19823-03 (Ukrainian drones on a Bryansk depot) is another strike the same day; must not merge with Dnipro. 19823-05 (Polish jets scrambled over a drone attack on western Ukraine) is its own security story.",
  not_entries=["channel title, link, description, language, pubDate and atom:link", "category labels", "guids"],
  entries=[
  E("2031-08-24 20:30", "Death toll from Dnipro missile strike rises to nine",
    ["Nine people have been killed and at least 50 injured in Sunday morning's Russian missile attack on the Ukrainian city of Dnipro, local officials said.",
     "Russia's defence ministry said it had struck 'a military-industrial facility in Dnepropetrovsk' with Iskander missiles. Ukrainian officials said the building hit was an ordinary apartment block."],
    "strikes", "strikes", 3, DNI, a="Marta Zielonka", cat="Ukraine", n="toll 9; Russian spelling 'Dnepropetrovsk' in a quote"),
  E("2031-08-24 16:45", "Slovak prime minister threatens to veto new EU sanctions package",
    ["Slovakia's prime minister said his government would not support the EU's next package of sanctions against Russia unless Brussels guaranteed compensation for higher gas transit costs."],
    "diplomacy", "diplomacy", 2, "slovakia-sanctions-veto-threat-2031-08-24", a="Marta Zielonka", cat="Europe"),
  E("2031-08-24 13:15", "Ukrainian drones hit fuel depot in Russia's Bryansk region, governor says",
    ["A Ukrainian drone attack set fire to a fuel depot in Russia's Bryansk region, governor Alexander Bogomaz said. He said there were no casualties."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-strike-2031-08-24", a="Jakub Wrona", cat="Ukraine",
    n="another strike the same day, by the other side; must not merge with the Dnipro strike"),
  E("2031-08-24 10:20", "Drone wreckage found in field in eastern Poland",
    ["Police in the Lublin province are examining the wreckage of a drone found by a farmer near Hrubieszow on Sunday morning. The army said it was probably a Russian decoy drone that had strayed across the border overnight."],
    "strikes", "strikes", 2, "drone-wreckage-lublin-2031-08-24", a="Jakub Wrona", cat="Poland"),
  E("2031-08-24 07:20", "Polish jets scrambled as Russian drones target western Ukraine",
    ["Poland's operational command scrambled fighter jets overnight as Russia launched drones towards the Lviv and Volyn regions near the Polish border. The jets returned to base at about 5am and Polish airspace was not violated, the command said."],
    "other", "security", 2, "poland-jets-scrambled-2031-08-24", a="Jakub Wrona", cat="Poland"),
  ]))


def r_htmllive(S):
    """HTML live blog without JSON-LD, newest first; date bar with weekday and year; each post: <span class=time>21:10 CEST</span>,
    h2 headline, 'By NAME' line, paragraphs; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cmp">This site uses cookies. <a>Settings</a> <button>OK</button></div>',
           f'<header><b>{S["source"]}</b> <nav><a>Poland</a> <a>Ukraine</a> <a>Baltics</a> <a>Europe</a> <a>Opinion</a> <a>Newsletter</a></nav></header>',
           f'<main><p class="live-label">\u25cf Live</p><h1>{esc(S["title"])}</h1>', f'<p class="datebar">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="post"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1/9</span></div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside><h3>Read more</h3><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="older"><a>Older posts</a></p></main>', f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_trailing(S):
    """text live blog, oldest first; headline, body, then a trailing line '\u2014 NAME, 08:30 IST' (author and stamp after the
    body); 'Via our partner site OUTLET:' label above syndicated posts; dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  |  Ireland  |  World  |  Business  |  Sport  |  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"Via our partner site {e['partner']}:"]
        L += [e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}, {st}" if e["a"] else f"\u2014 {st}", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["This blog has now closed. Our coverage continues tomorrow morning.", "", f"\u00a9 {S['source']}   Terms   Privacy   Contact"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 = 2031-08-25
KHA = "kharkiv-glide-bomb-strike-2031-08-25"
SYB = "sybiha-ankara-visit-2031-08-25"

# ---------------------------------------------------------------- 19830 Tamarisk World Service (day 2, general world RSS, GMT)
SEEDS.append(dict(
  id="19830", name="19830_tamarisk-worldrss", ext="xml", source="Tamarisk World Service", zone="UTC", render=r_rss, gmt=True,
  title="Tamarisk World Service: World headlines", url="https://news.tamariskworld.example", feedpath="rss/world.xml",
  lede="The latest world headlines from Tamarisk World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Spanish wildfires, Nigerian fuel price, Chilean mine strike, Wellington storm). 19830-02 tells the day's main story (Kharkiv shopping-centre strike, toll 4); 19830-04 tells Sybiha's Ankara visit, also told by 19831 and 19833.",
  not_entries=["channel title, link, description, language, pubDate and atom:link", "category labels", "guids"],
  entries=[
  OFF("2031-08-25 18:20", "Spain battles wildfires in Extremadura as heat record falls",
    ["More than 1,200 firefighters were fighting three large fires in western Spain on Monday, as the town of Badajoz recorded 46.2C, a new national record for August."],
    "spain-wildfires-extremadura-2031-08-25", a=None, n="wildfires", cat="Europe"),
  E("2031-08-25 16:05", "Russian bombs hit Kharkiv shopping centre, killing four",
    ["Four people were killed and at least 35 injured when Russian guided bombs hit a shopping centre in the Ukrainian city of Kharkiv on Monday afternoon, the regional governor said.",
     "The building was full of shoppers buying school supplies a week before the start of the school year."],
    "strikes", "strikes", 3, KHA, a=None, cat="Europe", n="toll 4"),
  OFF("2031-08-25 13:40", "Nigeria's petrol price jumps 15% after refinery outage",
    ["Pump prices rose overnight across Lagos and Abuja after the country's largest refinery halted production for unplanned repairs, leaving importers to cover the shortfall."],
    "nigeria-petrol-price-2031-08-25", a=None, n="fuel prices", cat="Africa"),
  E("2031-08-25 11:15", "Turkey offers to host new Russia-Ukraine prisoner talks as Sybiha visits Ankara",
    ["Turkey is ready to host a new round of talks on prisoner exchanges between Russia and Ukraine, Foreign Minister Hakan Fidan said after meeting his Ukrainian counterpart, Andrii Sybiha, in Ankara."],
    "diplomacy", "diplomacy", 3, SYB, a=None, cat="Europe", n="ministerial visit; also in 19831 and 19833"),
  OFF("2031-08-25 08:50", "Workers end strike at Chile's Escondida copper mine after pay deal",
    ["The union representing 2,300 workers at the world's largest copper mine accepted a new three-year wage agreement, ending an 11-day strike."],
    "chile-escondida-strike-ends-2031-08-25", a=None, n="mining dispute", cat="Americas"),
  OFF("2031-08-25 05:30", "Storm cuts power to 40,000 homes in Wellington",
    ["Winds of up to 140km/h brought down trees and power lines across New Zealand's capital, and ferries across Cook Strait were cancelled for a second day."],
    "wellington-storm-2031-08-25", a=None, n="storm", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 19831 Willowmere Live (day 2, HTML live, Warsaw, CEST)
SEEDS.append(dict(
  id="19831", name="19831_willowmere-htmllive", ext="html", source="Willowmere Live", zone="Europe/Warsaw", render=r_htmllive,
  title="War in Ukraine, day by day: guided bombs hit Kharkiv shopping centre", dateline="Monday, 25 August 2031",
  lede="Russian glide bombs hit a busy shopping centre in Kharkiv; Dnipro mourns its dead; Ukraine's foreign minister is in Ankara.",
  related="Inside Poland's new air-defence shield along the eastern border",
  basis="stamp '{s}' (CEST printed, UTC+2) under the date bar 'Monday, 25 August 2031'; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Warsaw, English-language). HTML live blog without JSON-LD, newest first. Date bar 'Monday, 25 August 2031'; each post: '21:10 CEST', h2 headline, 'By NAME', paragraphs. 19831-02 is a 'Photos:' teaser with only a gallery placeholder. 19831-05 (drone attack on Chuhuiv) is in the same region as the Kharkiv city strike but another event. 19831-06 continues the day-1 Dnipro story (toll 13, day of mourning).",
  not_entries=["cookie bar", "header and navigation", "'\u25cf Live' label", "h1 title", "date bar 'Monday, 25 August 2031'", "lead paragraph",
               "'By NAME' lines", "gallery placeholder 'Gallery 1/9' in the teaser", "'Read more' box after the third post", "'Older posts'", "footer"],
  entries=[
  E("2031-08-25 21:10", "Kharkiv toll rises to five as one of the wounded dies in hospital",
    ["A fifth person has died after Russia's guided-bomb attack on a Kharkiv shopping centre, regional governor Oleh Syniehubov said. A 17-year-old girl is among the dead.",
     "Doctors say eleven of the injured are in a serious condition."],
    "strikes", "strikes", 3, KHA, a="Agata Lis", n="toll 5"),
  E("2031-08-25 19:30", "Photos: Kharkiv shopping centre after the bombing", [],
    "strikes", "strikes", 1, KHA, n="photo-gallery teaser without body"),
  E("2031-08-25 17:45", "Sybiha in Ankara: Turkey ready to host new exchange talks",
    ["Ukraine's foreign minister, Andrii Sybiha, met Turkish President Recep Tayyip Erdogan and Foreign Minister Hakan Fidan in Ankara. Turkey offered to host the next round of talks on exchanging prisoners and returning deported children.",
     "Sybiha said Kyiv wanted an 'all for all' exchange."],
    "diplomacy", "diplomacy", 3, SYB, a="Tomasz Rydel"),
  E("2031-08-25 13:50", "Guided bombs hit Kharkiv shopping centre, two dead",
    ["Russian aircraft dropped at least two guided bombs on a shopping centre in Kharkiv's Kyivskyi district at around 14:20 local time, killing two people, the city's mayor said.",
     "Rescuers are searching the upper floor, which partly collapsed."],
    "strikes", "strikes", 3, KHA, a="Agata Lis", n="toll 2 (first report)"),
  E("2031-08-25 12:30", "Drone attack on Chuhuiv injures two",
    ["Two people were injured when a Russian drone hit a car repair shop in Chuhuiv, east of Kharkiv, in the morning, the local authorities said."],
    "strikes", "strikes", 2, "chuhuiv-drone-attack-2031-08-25", a="Agata Lis",
    n="same region (Kharkiv) as the shopping-centre strike, another event earlier in the day; must not merge with it"),
  E("2031-08-25 10:05", "Dnipro holds day of mourning as death toll reaches 13",
    ["Dnipro declared Monday a day of mourning after the death toll from Sunday's missile strike on an apartment block rose to 13, among them two children.",
     "Flags flew at half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, DNI, a="Tomasz Rydel", n="day-2 continuation of the day-1 Dnipro strike: toll 13, mourning"),
  E("2031-08-25 08:15", "Polish army begins drills near Belarus border",
    ["About 6,000 Polish soldiers began a two-week exercise in the Podlaskie province on Monday, practising the defence of the Suwalki gap, the defence ministry said."],
    "other", "security", 2, "poland-drills-belarus-border-2031-08-25", a="Tomasz Rydel"),
  ]))

# ---------------------------------------------------------------- 19832 Corrieford Bulletin (day 2, text live, oldest first, Irish time 'IST')
KHA3 = ["Russian guided bombs struck a shopping centre in Kharkiv on Monday afternoon, killing at least three people and injuring more than 20, Ukraine's emergency service said.",
        "The centre, in the city's north, was busy with families shopping before the new school year."]
SEEDS.append(dict(
  id="19832", name="19832_corrieford-textlive", ext="txt", source="Corrieford Bulletin", zone="Europe/Dublin", render=r_textlive_trailing,
  title="Ukraine live: Kharkiv shopping centre bombed; Ireland adds \u20ac20m in aid", dateline="Monday 25 August 2031",
  lede="Follow the day's developments in Russia's war against Ukraine.",
  basis="trailing line '\u2014 NAME, {s}' after the body; 'IST' here is Irish Standard Time (Dublin summer time, UTC+1), not India; dateline 'Monday 25 August 2031'; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Dublin). Text live blog, oldest first. Each post: headline, body, then a trailing line '\u2014 NAME, 08:30 IST' (author and stamp after the body). 'IST' is Irish Standard Time (the Dublin summer clock, UTC+1), not India Standard Time. 19832-01 is introduced by 'Via our partner site Brackenfold Post:' and re-publishes the day-1 analysis 19821-03 verbatim: a re-post of a day-1 entry, importance 1, same story; duplicate_of null (the original is on another page). 19832-05 repeats 19832-03 almost verbatim (duplicate_of 19832-03). 19832-06 is Moscow's claim about the Kharkiv attack (spelled 'Kharkov'), same story. 19832-02 (Belgorod shelling) is a deadly strike by the other side; must not merge with Kharkiv.",
  not_entries=["masthead and navigation", "page title and dateline", "standfirst", "'Via our partner site Brackenfold Post:' label",
               "trailing '\u2014 NAME, HH:MM IST' lines (author and stamp, not body)", "'Advertisement' after the second post", "closing note 'This blog has now closed...'", "footer"],
  entries=[
  E("2031-08-25 08:30", HOL_H, HOL_P, "strikes", "strikes", 1, HOL, a="Tobias Verey", partner="Brackenfold Post",
    n="re-post of day-1 entry 19821-03 (verbatim, syndicated from the partner outlet); importance 1, same story"),
  E("2031-08-25 10:40", "Belgorod governor says Ukrainian shelling killed man in Shebekino",
    ["A man was killed when Ukrainian artillery hit the border town of Shebekino in Russia's Belgorod region, governor Vyacheslav Gladkov said on Telegram. Two women were injured."],
    "strikes", "strikes", 3, "shebekino-shelling-2031-08-25", a="Orla Brennan",
    n="deadly strike by the other side on the same day; must not merge with the Kharkiv strike"),
  E("2031-08-25 12:55", "Kharkiv shopping centre hit by guided bombs, three dead", KHA3,
    "strikes", "strikes", 3, KHA, a="Orla Brennan", n="toll 3"),
  E("2031-08-25 14:10", "Ireland to give further \u20ac20m in non-lethal aid to Ukraine",
    ["The Government will provide an additional \u20ac20 million in non-lethal military support to Ukraine through the European Peace Facility, the Minister for Foreign Affairs and Defence said.",
     "The money will pay for demining equipment, medical supplies and fuel."],
    "aid", "aid", 2, "ireland-non-lethal-aid-2031-08-25", a="Cian Moriarty"),
  E("2031-08-25 15:45", "Kharkiv shopping centre hit by guided bombs, three dead",
    ["Russian guided bombs struck a shopping centre in Kharkiv on Monday afternoon, killing at least three people and injuring more than 20, Ukraine's emergency service said.",
     "The centre, in the north of the city, was busy with families shopping before the new school year."],
    "strikes", "strikes", 1, KHA, a="Orla Brennan", dup="19832-03", n="near-verbatim repeat of 19832-03 (stale toll)"),
  E("2031-08-25 17:30", "Moscow claims it hit 'command post' in Kharkov",
    ["Russia's defence ministry said its aircraft had struck 'a command post of the Ukrainian armed forces in Kharkov', without mentioning the shopping centre. Ukrainian officials called the claim a lie."],
    "strikes", "strikes", 3, KHA, a="Orla Brennan", n="official claim about the same attack (spelled 'Kharkov'); same story"),
  ]))

# ---------------------------------------------------------------- 19833 Pennycress Wire (day 2, Atom, Kyiv, +03:00)
SEEDS.append(dict(
  id="19833", name="19833_pennycress-atom", ext="xml", source="Pennycress Wire", zone="Europe/Kyiv", render=r_atom,
  title="Pennycress Wire \u2014 Ukraine", url="https://pennycresswire.example", feedpath="ukraine/feed.atom",
  lede="Wire reports from Kyiv and the front", generator="Pennycress CMS",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Kyiv wire). Atom feed, newest first, <published> with +03:00, authors. 19833-01 is a theme piece (explainer on glide bombs) that mentions the Kharkiv strike; its own story. 19833-04 (fighting near Kupiansk) is in the same region as Kharkiv but is ground fighting. 19833-05 continues the day-1 Dnipro story.",
  not_entries=["feed title, subtitle, links, id, updated, rights and generator", "category terms"],
  entries=[
  E("2031-08-25 23:20", "Explainer: Why glide bombs are so hard to stop",
    ["Monday's attack on a Kharkiv shopping centre was carried out with the weapon Ukrainian cities near the front fear most: an old free-fall bomb fitted with wings and satellite guidance.",
     "Russian jets release the bombs 40 to 70 kilometres from their targets, well outside the range of most Ukrainian air defences, and the bombs themselves are too small and fast to be shot down reliably.",
     "The only lasting answer, Ukrainian officers say, is to push the aircraft further back with long-range missiles or to hit them on their airfields."],
    "strikes", "strikes", 2, "explainer-glide-bombs-2031-08-25", a="Halyna Moroz",
    n="theme piece (explainer); mentions the Kharkiv strike but must not merge with it", cat="Analysis"),
  E("2031-08-25 20:40", "Kharkiv shopping centre strike: four dead, 40 wounded",
    ["The death toll from the Russian guided-bomb strike on a Kharkiv shopping centre has risen to four, with 40 people wounded, Kharkiv mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHA, a="Denys Kravets", n="toll 4"),
  E("2031-08-25 18:05", "Sybiha and Fidan discuss prisoner exchange format in Ankara",
    ["Foreign ministers Andrii Sybiha and Hakan Fidan discussed a new format for prisoner exchanges and the return of Ukrainian children taken to Russia, Ukraine's foreign ministry said after their meeting in Ankara."],
    "diplomacy", "diplomacy", 3, SYB, a="Denys Kravets"),
  E("2031-08-25 15:30", "Fighting intensifies near Kupiansk, General Staff says",
    ["Russian troops attacked Ukrainian positions near Kupiansk in the Kharkiv region 17 times since the morning, the General Staff said, adding that the situation was 'difficult but under control'."],
    "other", "frontline", 2, "kupiansk-fighting-2031-08-25", a="Halyna Moroz",
    n="ground fighting in the same region (Kharkiv) as the shopping-centre strike; must not merge with it"),
  E("2031-08-25 11:10", "Dnipro buries its dead as search at collapsed block ends",
    ["Rescuers in Dnipro ended the search of the apartment block hit by Russian missiles on Sunday, after recovering the last two bodies overnight. The death toll stands at 13.",
     "The first funerals were held on Monday morning."],
    "strikes", "strikes", 3, DNI, a="Denys Kravets", n="day-2 continuation of the day-1 Dnipro strike"),
  ]))


def r_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph (WebSite, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their
    own datePublished in UTC ('Z'); visible bare '06:10' in <time> without datetime, under a date line with weekday and year;
    h3 headline; paragraphs; 'By NAME' after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": utcz(dt(e["t"], z)), "articleBody": " ".join(e["p"]),
            **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": S["source"]},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": utcz(first), "dateModified": utcz(last), "coverageStartTime": utcz(first),
         "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="logo">{S["source"]}</span> <nav><a>Baltics</a> <a>Ukraine</a> <a>Europe</a> <a>Economy</a> <a>Culture</a></nav> <a>EN</a> <a>LV</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append(f'<div class="promo">Follow {esc(S["source"])} on Telegram</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contacts \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_bare(S):
    """text live blog, newest first; date line with weekday but NO year; each post: '21:30 \u00b7 NAME' line (bare local time and
    author) before the headline; a video teaser prints '[Video 2:05]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Live   Ukraine   World   Long reads   Podcasts   Donate", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} \u00b7 {e['a']}" if e["a"] else st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 2:05]", ""]
        if i == 3:
            L += ["Our reporting is free to read. Support it from \u00a33 a month.", ""]
    L += ["Show earlier updates", "", f"{S['source']} \u00b7 Who we are \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), a byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Front page  \u203a  Foreign  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"Text: {S['byline']}", S["dateline"], "",
         "Listen to this article  \u00b7  Share  \u00b7  Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']}   Customer service   Cookies   Personal data"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- day 3 = 2031-08-28
KYV = "kyiv-combined-attack-2031-08-28"
PSW = "saudi-mediated-prisoner-exchange-2031-08-28"
KYV3 = ["Russia launched one of its largest attacks of the war on Kyiv overnight, killing at least three people, the head of the city military administration said. Fires broke out in the Sviatoshynskyi and Darnytskyi districts.",
        "Explosions were heard in the capital from 1am until shortly before dawn."]

# ---------------------------------------------------------------- 19840 Rowanholt Herald (day 3, HTML live with @graph, Riga)
SEEDS.append(dict(
  id="19840", name="19840_rowanholt-graphlive", ext="html", source="Rowanholt Herald", zone="Europe/Riga", render=r_graphlive,
  title="Ukraine live: Kyiv hit by massive overnight attack; prisoners exchanged", url="https://rowanholtherald.example/live/ukraine-2031-08-28",
  dateline="Thursday, 28 August 2031 (Riga time)",
  lede="Russia fires hundreds of drones and dozens of missiles at Kyiv; Ukraine and Russia exchange prisoners.",
  basis="bare time '{s}' in <time> (no datetime attribute) under the date line 'Thursday, 28 August 2031 (Riga time)' (EEST, UTC+3); the JSON-LD update datePublished (UTC) agrees; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Riga, English-language). HTML live blog, oldest first. JSON-LD @graph (WebSite, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry per-update datePublished in UTC ('Z'). Visible: date line 'Thursday, 28 August 2031 (Riga time)', then entries with a bare '06:10' in <time> (no datetime attribute), h3 headline, paragraphs, 'By NAME'. Riga and Kyiv share the same clock in summer (UTC+3). 19840-04 repeats 19840-01 almost verbatim (duplicate_of 19840-01, stale toll). 19840-02 (air force count of the drones and missiles) is about the same attack and shares its story.",
  not_entries=["header, navigation and language links", "h1 title", "date line 'Thursday, 28 August 2031 (Riga time)'", "intro paragraph",
               "'By NAME' lines", "Telegram promo after the third entry", "footer"],
  entries=[
  E("2031-08-28 06:10", "Kyiv under massive overnight attack: three killed", KYV3,
    "strikes", "strikes", 3, KYV, a="Liene Ozola", n="toll 3 (first report)"),
  E("2031-08-28 07:45", "Air force: 520 drones and 31 missiles launched overnight",
    ["Russia launched 520 attack drones and decoys and 31 ballistic and cruise missiles at Ukraine overnight, most of them at Kyiv, the Ukrainian air force said. It said 468 drones and 22 missiles were shot down or jammed."],
    "strikes", "strikes", 3, KYV, a="Liene Ozola", n="size of the same attack; same story"),
  E("2031-08-28 09:30", "Kyiv death toll rises to seven",
    ["Seven people have been killed in Kyiv, including a child, the city military administration said. Forty-four people were injured."],
    "strikes", "strikes", 3, KYV, a="Martins Kalnins", n="toll 7"),
  E("2031-08-28 11:05", "Kyiv under massive overnight attack: three killed",
    ["Russia launched one of its largest attacks of the war on Kyiv overnight, killing at least three people, the head of the city military administration said. Fires broke out in the Sviatoshynskyi and Darnytskyi districts.",
     "Explosions were heard in the capital from 1am until just before dawn."],
    "strikes", "strikes", 1, KYV, a="Liene Ozola", dup="19840-01", n="near-verbatim repeat of 19840-01 (stale toll)"),
  E("2031-08-28 13:40", "Latvia to send more interceptor drones to Ukraine",
    ["Latvia will send another 2,000 interceptor drones made by Latvian companies to Ukraine by the end of October, the Latvian defence ministry said."],
    "aid", "aid", 2, "latvia-interceptor-drones-2031-08-28", a="Martins Kalnins"),
  E("2031-08-28 16:20", "Prisoner exchange: 146 Ukrainians return home",
    ["Ukraine and Russia exchanged 146 prisoners of war each in a swap mediated by Saudi Arabia, President Volodymyr Zelensky said. Among those freed were defenders of Mariupol held since 2022."],
    "diplomacy", "diplomacy", 3, PSW, a="Martins Kalnins"),
  ]))

# ---------------------------------------------------------------- 19841 Sedgewick Ledger (day 3, general world RSS, Pacific time)
SEEDS.append(dict(
  id="19841", name="19841_sedgewick-worldrss", ext="xml", source="Sedgewick Ledger", zone="America/Los_Angeles", render=r_rss,
  title="Sedgewick Ledger - World News", url="https://www.sedgewickledger.example", feedpath="feeds/world.rss",
  lede="World news from the Sedgewick Ledger", lang="en-us",
  basis="RSS pubDate '{s}' (explicit -0700 offset, Pacific daylight time); local {d} in {z} = {u} UTC",
  notes="Invented outlet (California). General world RSS 2.0 feed, newest first, pubDate with -0700; the war is a minority (4 of 6 items off-beat: Redding wildfire, Mexican rates, Tokyo heat, Argentine pensions). The oldest item (6:50 p.m. PDT on 27 August) is 01:50 UTC on 28 August, so the whole feed is UTC day 2031-08-28. 19841-05 spells the capital 'Kiev' and the district 'Svyatoshinsky'.",
  not_entries=["channel title, link, description, language, pubDate and atom:link", "category labels", "guids"],
  entries=[
  OFF("2031-08-28 15:40", "Wildfire near Redding forces 6,000 to evacuate",
    ["A fast-moving fire north of Redding had burned 18,000 acres by Thursday afternoon, and Shasta County officials ordered evacuations in three communities."],
    "redding-wildfire-2031-08-28", a="Carla Benavides", n="wildfire", cat="US"),
  E("2031-08-28 12:10", "Russia and Ukraine swap 146 prisoners each in Saudi-brokered deal",
    ["Russia and Ukraine each released 146 prisoners of war on Thursday in an exchange brokered by Saudi Arabia, the Saudi foreign ministry said, the third such swap this summer."],
    "diplomacy", "diplomacy", 3, PSW, a=None, cat="World"),
  OFF("2031-08-28 09:30", "Mexico's central bank holds rates steady",
    ["Banco de Mexico kept its benchmark rate at 6.75% for a third straight meeting, citing sticky services inflation."],
    "mexico-rates-hold-2031-08-28", a=None, n="central bank", cat="Business"),
  OFF("2031-08-28 06:45", "Tokyo records its hottest August day",
    ["The temperature in central Tokyo reached 40.3C on Thursday, the highest ever recorded in the capital in August, the Japan Meteorological Agency said."],
    "tokyo-heat-record-2031-08-28", a=None, n="weather", cat="World"),
  E("2031-08-28 03:20", "Russian strikes on Kiev kill at least 10",
    ["A massive Russian drone and missile attack on Kiev overnight killed at least 10 people and set apartment buildings on fire in the western Svyatoshinsky district, Ukrainian officials said.",
     "Ukraine's air force said Russia had launched more than 500 drones and 31 missiles."],
    "strikes", "strikes", 3, KYV, a="Peter Valdane", cat="World", n="toll 10; spellings 'Kiev', 'Svyatoshinsky'"),
  OFF("2031-08-27 18:50", "Argentina's Senate approves pension reform after all-night session",
    ["Senators voted 39-31 to raise the retirement age for men to 67 over ten years, as protesters gathered outside Congress in Buenos Aires."],
    "argentina-pension-reform-2031-08-27", a=None, n="pensions", cat="World"),
  ]))

# ---------------------------------------------------------------- 19842 Mosscrop Herald (day 3, text live, no year, Kyiv)
SEEDS.append(dict(
  id="19842", name="19842_mosscrop-textlive", ext="txt", source="Mosscrop Herald", zone="Europe/Kyiv", render=r_textlive_bare,
  title="Kyiv after the night: live", dateline="Thursday 28 August", parse_args=["--date", "2031-08-28"],
  lede="Updates from our correspondents in Kyiv after Russia's largest attack on the capital this year. All times are Kyiv time.",
  basis="bare time '{s}' (Kyiv time, as the standfirst says; EEST, UTC+3) under the year-less date line 'Thursday 28 August' (year from parse_args); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live blog, newest first. The date line 'Thursday 28 August' prints no year and nothing else on the page does either (parse_args --date 2031-08-28; 28 August 2031 is a Thursday). The standfirst says 'All times are Kyiv time'. Each post: '21:30 \u00b7 NAME' line (bare time and author) before the headline. 19842-02 is a 'Video:' teaser whose only content is '[Video 2:05]'. 19842-03 is a theme piece (analysis of Russian drone production) that mentions the Kyiv attack. 19842-05 (drone hits a car near Obukhiv, Kyiv region, in the afternoon) and 19842-06 (Ukrainian drones on Ryazan) are other strikes the same day; must not merge with the Kyiv attack. 19842-07 is Zelensky's statement whose content is the attack itself (same story).",
  not_entries=["masthead and navigation", "page title", "year-less date line 'Thursday 28 August'", "standfirst", "'HH:MM \u00b7 NAME' lines (stamp and author)",
               "'[Video 2:05]' placeholder in the teaser", "membership appeal after the fourth post", "'Show earlier updates'", "footer"],
  entries=[
  E("2031-08-28 21:30", "Kyiv toll rises to 12 as rescuers finish work in Sviatoshynskyi district",
    ["Twelve people were killed in Russia's overnight attack on Kyiv, the State Emergency Service said as rescuers finished clearing the rubble of a partly collapsed building in the Sviatoshynskyi district.",
     "Eighty-one people were injured, 19 of whom remain in hospital."],
    "strikes", "strikes", 3, KYV, a="Iryna Sokil", n="toll 12"),
  E("2031-08-28 19:15", "Video: Inside the Kyiv apartment block hit overnight", [],
    "strikes", "strikes", 1, KYV, a="Callum Reddaway", n="video teaser without body"),
  E("2031-08-28 17:40", "Analysis: How Russia's drone factories keep pace with Ukraine's air defence",
    ["Last night's attack on Kyiv was a reminder that Russia now builds attack drones faster than Ukraine can shoot them down.",
     "Western estimates suggest the Alabuga plant in Tatarstan alone turns out more than 150 Geran drones a day, helped by Chinese parts and foreign labour.",
     "Ukraine's answer has been cheap interceptor drones, which now account for a large share of kills, but they need trained crews in every district of every city."],
    "strikes", "strikes", 2, "analysis-russian-drone-production-2031-08-28", a="Callum Reddaway",
    n="theme piece (analysis); mentions the Kyiv attack but must not merge with it"),
  E("2031-08-28 15:05", "146 prisoners of war back in Ukraine after Saudi-mediated swap",
    ["One hundred and forty-six Ukrainian soldiers, border guards and national guardsmen returned home in an exchange mediated by Saudi Arabia, Ukraine's coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 3, PSW, a="Iryna Sokil"),
  E("2031-08-28 13:20", "Drone hits car near Obukhiv, driver injured",
    ["A Russian drone struck a car on a road near Obukhiv, south of Kyiv, at midday, injuring the driver, the Kyiv regional administration said."],
    "strikes", "strikes", 2, "obukhiv-drone-strike-2031-08-28", a="Iryna Sokil",
    n="same region (Kyiv oblast), a separate daytime attack; must not merge with the overnight Kyiv attack"),
  E("2031-08-28 10:10", "Ukrainian drones set Ryazan refinery ablaze, Russian officials say",
    ["A fire broke out at an oil refinery in the Russian city of Ryazan after a Ukrainian drone attack overnight, the regional governor said."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2031-08-28", a="Callum Reddaway",
    n="same theme, other side; must not merge with the Kyiv attack"),
  E("2031-08-28 07:50", "Zelensky: Russia fired 31 missiles at sleeping Kyiv",
    ["President Volodymyr Zelensky said Russia had fired 31 missiles and more than 500 drones overnight, 'deliberately at homes, while people slept', and that the attack showed Moscow had no interest in a ceasefire."],
    "strikes", "strikes", 3, KYV, a="Iryna Sokil", n="statement whose content is the attack itself; same story"),
  ]))

# ---------------------------------------------------------------- 19843 Hazelgrove Times (day 3, text article with sections, Stockholm)
SEEDS.append(dict(
  id="19843", name="19843_hazelgrove-article", ext="txt", source="Hazelgrove Times", zone="Europe/Stockholm", render=r_article,
  title="The war in Ukraine on Thursday: Kyiv struck, prisoners freed, a Swedish package",
  lede="A summary of Thursday's main events in the war, from our foreign desk.",
  byline="Elin Bergqvist", dateline="28 August 2031, 16:00 CEST", more="Read more: all our coverage of the war in Ukraine",
  basis="no per-section time; the article's dateline '28 August 2031, 16:00 CEST' (UTC+2) applies to every section; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Stockholm, English-language). Text article with four section headings (one entry each), byline line 'Text: Elin Bergqvist' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline).",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'Text: Elin Bergqvist'", "dateline '28 August 2031, 16:00 CEST'",
               "'Listen to this article \u00b7 Share \u00b7 Save'", "closing link 'Read more: all our coverage of the war in Ukraine'", "footer"],
  entries=[
  E("2031-08-28 16:00", "Kyiv counts its dead",
    ["At least ten people were killed when Russia sent more than 500 drones and 31 missiles against Kyiv during the night, Ukrainian authorities said. Several residential buildings burned in the west of the city."],
    "strikes", "strikes", 3, KYV, a="Elin Bergqvist", n="toll 10"),
  E("2031-08-28 16:00", "A swap brokered in Riyadh",
    ["Ukraine and Russia exchanged 146 prisoners of war each. Saudi Arabia mediated, as it has in several exchanges this year."],
    "diplomacy", "diplomacy", 3, PSW, a="Elin Bergqvist"),
  E("2031-08-28 16:00", "Stockholm's new package",
    ["The government approved military support worth SEK 900 million, mainly artillery ammunition and spare parts for the CV90 combat vehicles Sweden has already delivered."],
    "aid", "aid", 2, "sweden-aid-package-2031-08-28", a="Elin Bergqvist"),
  E("2031-08-28 16:00", "Cable damage under investigation",
    ["Swedish police opened a sabotage inquiry after a data cable between Gotland and the Latvian coast was found damaged. A tanker that had passed over the cable is being held off Nynashamn."],
    "other", "security", 2, "baltic-cable-sabotage-inquiry-2031-08-28", a="Elin Bergqvist"),
  ]))


if __name__ == "__main__":
    main()
