#!/usr/bin/env python3
"""Builds the eval/el seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates, from
memory, the page layouts of ten real insurance/risk trade outlets (war coverage as such outlets run it); Part B outlets
are invented. Deterministic. Run from the project root:  python3 eval/el/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Inc.", "Ltd.", "Co.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def X(e, **kw):
    """attach renderer-specific extras (byline as printed, category, comment count ...) to an entry"""
    e.update(kw)
    return e


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


def ampm(d, sep=":", space="", style="lower"):
    hh = d.hour % 12 or 12
    suf = {"lower": ("am", "pm"), "upper": ("AM", "PM"), "dots": ("a.m.", "p.m.")}[style][d.hour >= 12]
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 14300 Insurance Journal (RSS)
def r_ij(S):
    """Insurance Journal section RSS 2.0 (International News): newest first, pubDate with the Pacific offset (-0800),
    plain-text description (one summary paragraph), dc:creator with the wire or staff credit, categories."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.insurancejournal.com/news/international/</link>',
           '<atom:link href="https://www.insurancejournal.com/rss/news/international/" rel="self" type="application/rss+xml" />',
           '<description>The latest international property/casualty insurance news from Insurance Journal.</description>',
           '<language>en-us</language>', '<copyright>Copyright 2027 Wells Media Group, Inc.</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><url>https://www.insurancejournal.com/img/ij-rss-logo.png</url><title>Insurance Journal</title>'
           '<link>https://www.insurancejournal.com/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.insurancejournal.com/news/international/{d:%Y/%m/%d}/{781204 + i * 37}.htm"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["credit"])}</dc:creator>']
        out += [f'<category>{esc(c)}</category>' for c in e.get("cats", ["International"])]
        out += [f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14300", name="14300_insurancejournal-intlrss", ext="xml", source="Insurance Journal", zone="America/Los_Angeles", render=r_ij,
  title="Insurance Journal - International News",
  basis="RSS pubDate '{s}' (explicit -0800 offset, Pacific standard time); local {d} in {z}",
  notes="Imitates Insurance Journal's International News RSS 2.0 feed (Wells Media, San Diego). Newest first. pubDate carries the Pacific offset -0800, so the three oldest items are dated 4 January locally but fall on 5 January in UTC; all seven are 2027-01-05 UTC. description is one plain-text summary paragraph (body_paragraphs 1). dc:creator is the credit as printed: a wire name ('Reuters', 'Bloomberg') gives that agency as author, a staff name gives the name. Two items are insurance stories with no war angle (off-beat). The Joint War Committee listed-area item is war-driven market news: other/security by this set's convention.",
  not_entries=["channel title, link, description, language, copyright and lastBuildDate", "channel image block", "atom:link self reference",
               "guid/link URLs and category tags of every item"],
  entries=[
  X(E("2027-01-05 15:10", "Ukraine Extends State War-Risk Cover to Small Manufacturers With Donor Backing",
    ["Ukraine's export credit agency said Tuesday it will start offering war-risk property cover to small and mid-sized manufacturers in February, using a $300 million guarantee pledged by the U.S. International Development Finance Corp. and the European Bank for Reconstruction and Development."],
    "aid", "aid", 2, "ukraine-war-risk-cover-smes-donor-guarantee-2027-01", a="Reuters"), credit="Reuters", cats=["International", "Political Risk"]),
  X(E("2027-01-05 11:32", "Drone Strike on Odesa Port Kills Crew Member, Damages Two Bulk Carriers",
    ["A Russian drone attack on the port of Odesa overnight killed a crewman aboard a Panama-flagged bulk carrier and set a second vessel on fire, Ukraine's navy said, in the latest strike on the Black Sea shipping lane that underwriters have been pricing vessel by vessel."],
    "strikes", "strikes", 3, "odesa-port-drone-strike-2027-01-05", a="Bloomberg"), credit="Bloomberg", cats=["International", "Marine"]),
  X(E("2027-01-05 08:05", "Joint War Committee Adds Danube Ports to Listed Areas After Repeated Attacks",
    ["The London market's Joint War Committee has added the Danube river ports of Izmail and Reni to its list of high-risk areas, meaning shipowners calling there must notify their war underwriters and may face additional premiums, brokers said Tuesday."],
    "other", "security", 2, "jwc-listed-areas-danube-ports-2027-01-05", a="Nadia Osterberg", n="war-driven insurance-market measure; other/security by convention"),
    credit="Nadia Osterberg", cats=["International", "Marine"]),
  X(OFF("2027-01-05 06:20", "Two Years On, California Insurers Say Most Los Angeles Fire Claims Are Closed",
    ["California's insurance regulator said Tuesday that carriers have closed about 87% of residential claims from the January 2025 Los Angeles wildfires, while consumer groups pointed to thousands of households still disputing rebuilding estimates."],
    "la-wildfire-claims-two-years-2027-01-05", a="Dana Kessler", n="US wildfire claims"), credit="Dana Kessler", cats=["West", "Wildfire"]),
  X(E("2027-01-04 21:15", "EU Renews Russia Sanctions for Six Months, Lists 40 More Shadow-Fleet Tankers",
    ["European Union governments agreed to roll over their economic sanctions on Russia for another six months and added 40 tankers to the list of vessels barred from EU ports and services, including insurance, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-russia-sanctions-rollover-shadow-fleet-2027-01-04", a="Reuters"), credit="Reuters", cats=["International", "Marine"]),
  X(OFF("2027-01-04 18:40", "Queensland Hailstorm Claims Top A$420 Million, Insurance Council Says",
    ["Insurers have received more than 31,000 claims from the hailstorm that struck southeast Queensland last week, with losses now estimated above A$420 million, the Insurance Council of Australia said."],
    "queensland-hailstorm-claims-2027-01", a="Reuters", n="Australian hail losses"), credit="Reuters", cats=["International", "Catastrophe"]),
  X(E("2027-01-04 16:45", "Ukrainian Drones Hit Oil Depot in Russia's Bryansk Region, Governor Says",
    ["Ukrainian drones set fire to fuel tanks at an oil storage depot in Russia's Bryansk region on Monday evening, the regional governor said, adding that nobody was hurt and that firefighters had contained the blaze within three hours."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2027-01-04", a="Reuters"), credit="Reuters", cats=["International", "Energy"]),
  ]))


# ---------------------------------------------------------------- 14301 Artemis (HTML listing)
def r_artemis(S):
    """Artemis.bm (WordPress) latest-news listing, HTML. Yoast-style JSON-LD @graph (CollectionPage, WebSite, Organization,
    BreadcrumbList; no article times). Each card: h2 title, 'Author: NAME' and a <time datetime="...+00:00"> whose visible
    text is only the ordinal date ('6th January 2027'); one excerpt paragraph; 'Read the full article'. Newest first."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.artemis.bm"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": base + "/news/", "url": base + "/news/", "name": S["title"], "isPartOf": {"@id": base + "/#website"},
         "breadcrumb": {"@id": base + "/news/#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": base + "/news/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}, {"@type": "ListItem", "position": 2, "name": "News"}]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": "Artemis.bm",
         "description": "Catastrophe bonds, insurance-linked securities, reinsurance capital and risk transfer", "publisher": {"@id": base + "/#organization"}},
        {"@type": "Organization", "@id": base + "/#organization", "name": "Artemis", "url": base + "/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="robots" content="index, follow, max-image-preview:large">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="blog wp-theme-artemis">',
           '<div class="top-bar"><a href="/newsletter/">Sign up for our free weekly newsletter</a> <a href="/advertise/">Advertise</a> <a href="/contact/">Contact</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">Artemis</a><p class="strapline">Catastrophe bonds, ILS, reinsurance capital &amp; risk transfer</p>'
           '<nav class="main-nav"><a href="/news/">News</a> <a href="/deal-directory/">Deal Directory</a> <a href="/dashboard/">Cat Bond Market Dashboard</a> '
           '<a href="/ils-funds/">ILS Funds</a> <a href="/conferences/">Conferences</a> <a href="/library/">Library</a> <a href="/jobs/">Jobs</a></nav></header>',
           f'<main id="content"><h1 class="page-title">{esc(S["h1"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        link = f"{base}/news/{slug(e['h'])}/"
        out.append(f'<article class="post type-post status-publish" id="post-{418220 - i * 13}">')
        out.append(f'<h2 class="entry-title"><a href="{link}" rel="bookmark">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><span class="author vcard">Author: {esc(e["a"])}</span> \u2022 '
                   f'<time class="entry-date published" datetime="{d.isoformat(timespec="seconds")}">{st}</time></div>')
        out += [f'<div class="entry-summary"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append(f'<a class="more-link" href="{link}">Read the full article</a></article>')
        if i == 2:
            out.append('<aside class="in-feed"><p>Track the catastrophe bond market with the Artemis Deal Directory.</p>'
                       '<a href="/deal-directory/">View all transactions</a></aside>')
    out += ['<nav class="pagination"><a href="/news/page/2/">Older articles</a></nav></main>',
            '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/news/cat-bond-issuance-record-year/">Cat bond issuance sets another annual record</a></li>'
            '<li><a href="/news/january-renewals-property-cat-pricing/">January renewals: property cat pricing softens further</a></li></ul>'
            '<div class="newsletter-box">Get Artemis in your inbox every week. <a href="/newsletter/">Subscribe</a></div></aside>',
            '<footer>Copyright Artemis.bm 1999 - 2027. All rights reserved. <a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14301", name="14301_artemis-latest", ext="html", source="Artemis", zone="Europe/London", render=r_artemis,
  title="Latest reinsurance, ILS & catastrophe bond news | Artemis.bm", h1="Latest news",
  basis="visible stamp '{s}' is the date only; the time comes from the card's <time datetime> attribute (+00:00, UK time = UTC in January); local {d} in {z}",
  notes="Imitates the WordPress news listing of Artemis.bm. Newest first. Each card: h2 title, 'Author: NAME' and a <time> element whose visible text is only the ordinal date ('6th January 2027') while its datetime attribute carries the full time with +00:00; stamp is the visible date, published comes from the attribute. JSON-LD is a Yoast-style @graph (CollectionPage, BreadcrumbList, WebSite, Organization) with no article dates. page_title is the <title>; the visible h1 is 'Latest news'. Two items are ILS market stories without a war angle (off-beat). The Black Sea war-rate and aviation-settlement items are war-driven market news (other/security by convention).",
  not_entries=["top bar (newsletter sign-up, Advertise, Contact)", "logo, strapline and main navigation", "h1 'Latest news'",
               "'Read the full article' links", "in-feed Deal Directory promo after the third card", "'Older articles' pagination",
               "'Most read' sidebar with two links", "newsletter box", "footer copyright line"],
  entries=[
  E("2027-01-06 16:55", "EU guarantee unlocks political violence reinsurance for Ukrainian grid repair projects",
    ["A new facility backed by a \u20ac600 million European Union guarantee will let contractors rebuilding Ukraine\u2019s electricity network buy political violence and war cover, with a panel of Lloyd\u2019s and Bermuda reinsurers taking the first layers of risk, the European Commission said."],
    "aid", "aid", 2, "eu-guarantee-ukraine-grid-war-reinsurance-2027-01-06", a="Helena Vass"),
  E("2027-01-06 14:20", "Black Sea hull war rates climb again as attacks on shipping persist",
    ["Additional premiums for hull war cover on voyages to Ukraine\u2019s Black Sea ports rose to around 1% of vessel value this week, brokers told Artemis, after a run of drone strikes on ships at berth in Odesa and Chornomorsk."],
    "other", "security", 2, "black-sea-hull-war-rates-rise-2027-01", a="Rhys Carden", sec=["strikes"], n="war-driven insurance-market news; other/security by convention"),
  OFF("2027-01-06 12:05", "Florida\u2019s Citizens returns with $1.2bn Everglades Re cat bond target",
    ["Florida\u2019s state-backed insurer of last resort is seeking at least $1.2 billion of named storm reinsurance from the catastrophe bond market in its first issuance of the year."],
    "citizens-everglades-re-cat-bond-2027", a="Rhys Carden", n="cat bond issuance"),
  E("2027-01-06 10:42", "Russian missiles knock out Kyiv heating plant, two workers killed",
    ["Two employees were killed and a combined heat and power plant on Kyiv\u2019s left bank was put out of action by a Russian missile attack before dawn, city officials said, leaving several hundred apartment blocks without heating in sub-zero temperatures.",
     "The plant had been repaired after strikes in 2024, partly with donor funds, and was not commercially insured for war damage."],
    "strikes", "strikes", 3, "kyiv-heating-plant-missile-strike-2027-01-06", a="Helena Vass"),
  E("2027-01-06 09:10", "Lessors settle last of Russia aviation war claims with Lloyd\u2019s market",
    ["The final group of aircraft lessors suing their war-risk insurers over jets left stranded in Russia in 2022 has agreed settlements worth about $410 million, avoiding a second trial in London\u2019s Commercial Court, according to people familiar with the talks."],
    "other", "security", 2, "russia-aviation-war-claims-settlement-2027-01", a="Rhys Carden", n="war-driven insurance/legal consequence; other/security by convention"),
  OFF("2027-01-06 07:30", "Insured catastrophe losses hit $141bn in 2026, reinsurer estimates",
    ["Global insured losses from natural catastrophes reached roughly $141 billion last year, the fifth year in a row above $100 billion, driven by severe convective storms in the United States and flooding in Europe."],
    "insured-cat-losses-2026-estimate", a="Helena Vass", n="annual catastrophe loss estimate"),
  ]))


# ---------------------------------------------------------------- 14302 Reinsurance News (text scrape)
def r_reinsnews(S):
    """Reinsurance News homepage 'Latest news' column as copied from the browser: stamp line '2:35 pm \u00b7 7th January 2027'
    BEFORE the headline, excerpt, 'By NAME', 'Read more'. Newest first. UK time, no zone printed."""
    z = S["zone"]; order_check(S, True)
    L = ["Reinsurance News", "", "News   Reinsurance   ILS   Insurtech   Catastrophe   Life & Health   Events   Jobs   Newsletter", "",
         "Subscribe to our free daily newsletter", "", "Search", "", "Latest news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ')} \u00b7 {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", "Read more", ""]
        if i == 3:
            L += ["Advertisement", "", "Reinsurance News Events: Global Cat Risk Summit, London, 11 March 2027. Register now", ""]
    L += ["Load more", "", "Most popular", "January renewals: rate reductions accelerate for loss-free programmes",
          "Cyber reinsurance capacity continues to grow, says broker", "", "About   Advertise   Privacy Policy   Cookie Policy   Terms & Conditions",
          "\u00a9 Reinsurance News 2027"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14302", name="14302_reinsurancene-latest", ext="txt", source="Reinsurance News", zone="Europe/London", render=r_reinsnews,
  title=None,
  basis="stamp '{s}' (12-hour UK time with ordinal date, no zone printed; GMT = UTC in January); local {d} in {z}",
  notes="Imitates the 'Latest news' column of the Reinsurance News homepage as copied from the browser. Newest first. Each item: a stamp line '2:35 pm \u00b7 7th January 2027' printed BEFORE the headline, one excerpt paragraph, 'By NAME' (author), 'Read more'. No zone is printed: UK local time, the outlet's home zone (GMT = UTC in January). The masthead line is the site name, not a page title, so page_title is null. Two off-beat items (renewals, cat model).",
  not_entries=["masthead 'Reinsurance News' and navigation line", "newsletter sign-up line", "'Search'", "'Latest news' label",
               "'By NAME' lines (author credits)", "'Read more' links", "'Advertisement' marker and events promo after the fourth item",
               "'Load more'", "'Most popular' block with two headlines", "footer links and copyright"],
  entries=[
  E("2027-01-07 17:05", "Kharkiv ballistic strike kills four as insurers weigh frontline property exposure",
    ["A Russian ballistic missile struck an office block in central Kharkiv on Thursday afternoon, killing four people and injuring 19, the regional governor said.",
     "The building housed the regional branch of one of Ukraine\u2019s largest non-life insurers, which said none of its staff were among the dead."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-office-block-2027-01-07", a="Owen Petrakis"),
  OFF("2027-01-07 15:20", "Mid-year property cat rates set to soften further, broker predicts",
    ["Property catastrophe reinsurance prices are likely to fall another 5% to 10% at the mid-year renewals as capital keeps flowing into the sector, a leading broker said in its January outlook."],
    "mid-year-property-cat-rates-outlook-2027", a="Freya Lindqvist", n="reinsurance pricing"),
  E("2027-01-07 13:35", "Japan pledges $1.5bn in Ukraine energy aid, with NEXI cover for investors",
    ["Japan will provide $1.5 billion for repairs to Ukraine\u2019s power and heating networks this year and will extend its export credit insurer\u2019s political risk cover to Japanese companies taking part, Foreign Minister Toshimitsu Motegi said in Kyiv."],
    "aid", "aid", 3, "japan-ukraine-energy-aid-nexi-2027-01-07", a="Owen Petrakis", sec=["diplomacy"]),
  E("2027-01-07 11:50", "Zelensky signs law creating national war-risk insurance agency",
    ["Ukrainian President Volodymyr Zelensky has signed legislation establishing a state agency to write war-risk cover for property and cargo, with reinsurance to be sought from international markets once donor guarantees are in place."],
    "other", "politics", 2, "ukraine-war-risk-insurance-agency-law-2027-01", a="Freya Lindqvist"),
  E("2027-01-07 10:15", "Finland investigates tanker after Baltic data cable is cut",
    ["Finnish police have boarded an oil tanker suspected of dragging its anchor across an undersea data cable linking Finland and Estonia, the second such incident in the Gulf of Finland this winter.",
     "The vessel is believed to belong to the so-called shadow fleet carrying Russian oil, and its protection and indemnity cover is being checked."],
    "other", "security", 2, "gulf-of-finland-cable-tanker-2027-01-07", a="Owen Petrakis"),
  OFF("2027-01-07 08:40", "Cat modeller releases updated European windstorm view",
    ["A catastrophe modelling firm has released a new version of its European windstorm model that raises average annual loss estimates for parts of northern Germany and Denmark."],
    "european-windstorm-model-update-2027", a="Freya Lindqvist", n="catastrophe modelling"),
  ]))


# ---------------------------------------------------------------- 14303 Commercial Risk (HTML article with sections)
def r_comrisk(S):
    """Commercial Risk (commercialriskonline.com) weekly round-up article, HTML with NewsArticle JSON-LD: one byline and a
    dateline 'Monday 11 January 2027, 10:30' (no zone); h2 sections, one entry per section; no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Commercial Risk", "logo": {"@type": "ImageObject", "url": "https://www.commercialriskonline.com/logo.png"}},
          "mainEntityOfPage": S["url"], "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Commercial Risk</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="edition-switch">Edition: <a>Europe</a> | <a>USA</a> | <a>Asia Pacific</a> | <a>Latin America</a></div>',
           '<header><a class="logo" href="/">Commercial Risk</a><nav><a href="/news/">News</a> <a href="/interviews/">Interviews</a> '
           '<a href="/features/">Features</a> <a href="/events/">Events</a> <a href="/awards/">Awards</a> <a href="/webinars/">Webinars</a> '
           '<a href="/newsletter/">Newsletter</a></nav><a href="/login/">Log in</a> <a href="/register/">Register</a></header>',
           '<main><article class="news-article"><p class="category">Europe \u203a Geopolitical risk</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="article-meta">By {esc(S["byline"])} | {DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M}</p>',
           '<div class="share">Share: LinkedIn | X | Email | Print</div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="inline-promo">Sign up to the Commercial Risk weekly newsletter for free. <a>Subscribe</a></div>')
    out += ['<p class="tags">Tags: Ukraine, Russia, Sanctions, Political risk, Supply chain</p>', '</article>',
            '<section class="related"><h3>Related articles</h3><a href="/news/ferma-forum-preview/">Risk managers gear up for spring forum season</a> '
            '<a href="/news/political-violence-capacity/">Political violence capacity: buyers find more choice</a></section></main>',
            '<footer>\u00a9 Commercial Risk 2027 | <a>Contact us</a> | <a>Privacy</a> | <a>Cookies</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="14303", name="14303_commercialrisk-roundup", ext="html", source="Commercial Risk", zone="Europe/London", render=r_comrisk,
  title="Ukraine war: what risk managers need to know this week", url="https://www.commercialriskonline.com/ukraine-war-what-risk-managers-need-to-know-this-week/",
  dateline_t="2027-01-11 10:30", byline="Adrian Ross",
  lede="Sanctions, grid attacks, satellite-navigation jamming and the slow build-up of reconstruction guarantees are all shaping the risk picture for European companies with exposure to the war.",
  basis="no per-section stamp: the article dateline 'Monday 11 January 2027, 10:30' (UK time, no zone printed; GMT = UTC) is used for every section; local {d} in {z}",
  notes="Imitates a Commercial Risk (Europe edition) weekly round-up article, HTML with NewsArticle JSON-LD. Per this set's convention each h2 section is one entry (headline = heading), stamp null, published = the article dateline time (printed without zone; UK time = UTC in January), author = the article byline. Standfirst, tags and related links are not entries.",
  not_entries=["edition switch (Europe | USA | Asia Pacific | Latin America)", "logo, navigation, Log in / Register", "category line 'Europe \u203a Geopolitical risk'",
               "h1 article title", "standfirst paragraph", "byline/dateline line", "share line", "newsletter promo after the third section",
               "tags line", "'Related articles' with two links", "footer"],
  entries=[
  E("2027-01-11 10:30", "Sanctions: Brussels tables a 23rd package",
    ["The European Commission has sent member states a draft of its 23rd sanctions package, which would add more than 30 tankers, two Central Asian banks and a Russian marine insurer to the bloc\u2019s lists.",
     "Diplomats expect a first discussion among ambassadors this week, with Hungary and Slovakia again seeking exemptions for pipeline oil."],
    "diplomacy", "diplomacy", 2, "eu-23rd-sanctions-package-draft-2027-01", a="Adrian Ross"),
  E("2027-01-11 10:30", "Energy: weekend strikes hit substations in western Ukraine",
    ["Russian missiles and drones struck electricity substations in the Lviv and Volyn regions on Saturday night, killing one maintenance worker and cutting power to industrial parks used by several European manufacturers.",
     "Ukraine\u2019s grid operator said supplies to most business customers were restored by Sunday afternoon."],
    "strikes", "strikes", 3, "western-ukraine-substation-strikes-2027-01-09", a="Adrian Ross"),
  E("2027-01-11 10:30", "Supply chain: satellite jamming spreads across the Baltic",
    ["Airlines and shipping companies reported a sharp increase in GPS interference over the southern Baltic during the first week of January, which Polish and Lithuanian officials attribute to Russian electronic warfare units in Kaliningrad."],
    "other", "security", 2, "baltic-gps-jamming-surge-2027-01", a="Adrian Ross"),
  E("2027-01-11 10:30", "Political risk: more guarantee capacity for Ukraine projects",
    ["The World Bank\u2019s guarantee agency said donor contributions to its Ukraine reconstruction trust fund passed $1 billion, allowing it to cover around $5 billion of private investment against war and expropriation risk."],
    "aid", "aid", 2, "miga-ukraine-guarantee-fund-milestone-2027-01", a="Adrian Ross"),
  E("2027-01-11 10:30", "Talks: Geneva meeting on a ceasefire framework",
    ["Senior US, European and Ukrainian officials are due to meet in Geneva on Wednesday to discuss monitoring arrangements for a possible ceasefire, Ukraine\u2019s foreign ministry said, although Moscow has not agreed to join."],
    "diplomacy", "diplomacy", 3, "geneva-ceasefire-framework-talks-2027-01-13", a="Adrian Ross"),
  ]))


# ---------------------------------------------------------------- 14304 The Insurer (text, no year)
def r_insurer(S):
    """The Insurer 'News in brief' day page as copied from the browser: one date line 'Friday 8 January' (no year),
    bare 'HH:MM' line above each headline, oldest first, UK time implied, no year anywhere on the page."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["The Insurer", "", "News   Analysis   The Insurer TV   Podcasts   Events   Reports   Subscribe", "", "Log in   Register for free", "",
         S["title"], f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Watch The Insurer TV: this week's market interviews", ""]
    L += ["More news in brief on Monday", "", "Terms and conditions   Privacy   Cookies   Contact", "\u00a9 The Insurer"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14304", name="14304_theinsurer-inbrief", ext="txt", source="The Insurer", zone="Europe/London", render=r_insurer,
  title="News in brief", parse_args=["--date", "2027-01-08"],
  lede="A round-up of the day's shorter stories from across the global insurance and reinsurance market.",
  basis="bare stamp '{s}' under the page's date line 'Friday 8 January' (no year anywhere; parse_args gives 2027-01-08); UK time implied (GMT = UTC); local {d} in {z}",
  notes="Imitates a 'News in brief' day page of The Insurer as copied from the browser. Oldest first. One date line 'Friday 8 January' with no year; no year is printed anywhere (the footer has only '\u00a9 The Insurer'), so parse_args gives 2027-01-08. Each item: bare 'HH:MM' line, headline, body. No zone printed: UK time, the outlet's home zone (GMT = UTC). No authors. 14304-06 updates the Kharkiv strike of 7 January (same story slug as 14302-01).",
  not_entries=["masthead and navigation line", "'Log in   Register for free'", "page heading 'News in brief' (page title) and the date line",
               "intro line 'A round-up of ...'", "The Insurer TV promo after the third item", "'More news in brief on Monday'", "footer lines"],
  entries=[
  E("2027-01-08 07:05", "Drones hit energy site in Lviv region overnight",
    ["Russian attack drones struck an energy facility in Ukraine\u2019s Lviv region overnight, starting a fire that was put out by morning, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "lviv-region-energy-drone-strike-2027-01-08"),
  E("2027-01-08 08:40", "Brokers report more war capacity for Ukraine-bound cargo",
    ["Capacity for marine cargo war cover on shipments into Ukraine has roughly doubled since the autumn as more Lloyd\u2019s syndicates write the class, according to two London brokers, though rates remain well above pre-invasion levels."],
    "other", "security", 2, "ukraine-cargo-war-capacity-grows-2027-01", n="war-driven insurance-market news; other/security by convention"),
  E("2027-01-08 10:15", "UK sanctions 25 shadow-fleet tankers and two marine insurers",
    ["The UK Foreign Office has added 25 oil tankers and two Dubai-registered marine insurers to its Russia sanctions list, saying the insurers provided paper cover that allowed the vessels to dodge the oil price cap.",
     "Foreign Secretary Yvette Cooper said Britain would keep targeting the networks that fund the Kremlin\u2019s war."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-insurer-sanctions-2027-01-08"),
  OFF("2027-01-08 11:50", "Harwell Specialty names new chief underwriting officer",
    ["Harwell Specialty has appointed Nina Castellane as chief underwriting officer, succeeding Graham Tolley, who retires in March after 11 years with the carrier."],
    "harwell-specialty-cuo-appointment", n="market appointment"),
  E("2027-01-08 13:30", "NATO blames Russian services for German rail depot fire",
    ["NATO officials said Russian military intelligence was probably behind an arson attack on a rail freight depot in Saxony last month that destroyed wagons waiting to carry equipment to Poland."],
    "other", "security", 2, "saxony-rail-depot-sabotage-attribution-2027-01-08"),
  E("2027-01-08 15:10", "Kharkiv office strike toll rises to six",
    ["Two more people have died in hospital after Thursday\u2019s ballistic missile strike on an office building in Kharkiv, bringing the death toll to six, the city\u2019s mayor said."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-office-block-2027-01-07", n="toll update of the 7 January strike (14302-01)"),
  OFF("2027-01-08 16:45", "Storm Ingrid losses put at up to \u20ac900m",
    ["Insured losses from windstorm Ingrid, which crossed northern France and the Benelux countries this week, will probably fall between \u20ac600 million and \u20ac900 million, a catastrophe modeller said."],
    "storm-ingrid-loss-estimate", n="European windstorm losses"),
  ]))


# ---------------------------------------------------------------- 14305 Insurance Insider (text, relative stamps)
def r_insider(S):
    """Insurance Insider homepage 'Latest' rail as copied from the browser: market clock widget 'LONDON 16:20 | NEW YORK 11:20 |
    BERMUDA 12:20' and a date line; cards: sector tag, headline, relative time ('12 minutes ago', '3 hours ago'), summary; no bylines."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ny = ref.astimezone(ZoneInfo("America/New_York")); bm = ref.astimezone(ZoneInfo("Atlantic/Bermuda"))
    L = ["Insurance Insider", "", "Home   News   Data   Analysis   Events   Podcasts   Insider Pro", "", "Sign in   Subscribe", "",
         f"{DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year}", f"LONDON {ref:%H:%M} | NEW YORK {ny:%H:%M} | BERMUDA {bm:%H:%M}", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["tag"], e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Insider Pro: get the full story with a subscription. Request a trial", ""]
    L += ["View all news", "", "Most read this week", "Lloyd's market cuts 2027 business plan growth", "US casualty reserve debate returns", "",
          "Insurance Insider is part of Delinian Limited. \u00a9 2027", "Terms   Privacy   Cookies   Accessibility"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14305", name="14305_insuranceinsider-latest", ext="txt", source="Insurance Insider", zone="Europe/London", render=r_insider,
  title="Latest", ref="2027-01-12 16:20",
  basis="relative stamp '{s}' counted back from the page's London market clock 'LONDON 16:20' under the date line 'Tuesday 12 January 2027' (GMT = UTC); local {d} in {z}",
  notes="Imitates the 'Latest' rail of the Insurance Insider homepage as copied from the browser. Newest first. The only absolute time is the header market clock 'LONDON 16:20 | NEW YORK 11:20 | BERMUDA 12:20' under the date line 'Tuesday 12 January 2027'; each card's relative stamp ('12 minutes ago', '3 hours ago') is counted back from the London clock. Each card: sector tag line (Marine, Political Risk, ...), headline, relative time, summary. No bylines on the listing, so author null. Two off-beat market items.",
  not_entries=["masthead and navigation", "Sign in / Subscribe", "date line and market clock widget (capture time, used as the anchor)",
               "rail heading 'Latest' (page title)", "sector tag line above each headline", "Insider Pro trial promo after the fourth card",
               "'View all news'", "'Most read this week' with two headlines", "ownership/copyright and footer links"],
  entries=[
  X(E("2027-01-12 16:08", "Russian missiles hit Poltava gas production site, one worker killed",
    ["Russia struck a gas processing facility in Ukraine\u2019s Poltava region with cruise missiles on Tuesday afternoon, killing one worker and injuring three, state energy company Naftogaz said."],
    "strikes", "strikes", 3, "poltava-gas-facility-missile-strike-2027-01-12"), tag="Energy"),
  X(E("2027-01-12 15:20", "Kyiv and Moscow exchange 200 prisoners each in UAE-brokered swap",
    ["Ukraine and Russia each released 200 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said, the first swap of the year."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-200-2027-01-12"), tag="Political Risk"),
  X(OFF("2027-01-12 14:20", "Fenmore Re hires casualty treaty team from rival",
    ["Bermuda-based Fenmore Re has hired a four-person casualty treaty team led by underwriter Sofia Marchetti, adding capacity ahead of the April renewals."],
    "fenmore-re-casualty-team-hire", n="market hire"), tag="Reinsurance"),
  X(E("2027-01-12 13:20", "Senate appropriators back $4bn for Ukraine air defence",
    ["The US Senate Appropriations Committee approved a defence spending bill that includes $4 billion to buy air-defence interceptors for Ukraine, sending it to the full Senate with support from both parties."],
    "aid", "aid", 3, "senate-appropriators-ukraine-air-defence-4bn-2027-01-12"), tag="Political Risk"),
  X(E("2027-01-12 11:20", "Danish checks on tanker insurance papers turn away three vessels",
    ["Danish authorities refused passage through the Great Belt to three tankers whose protection and indemnity certificates could not be verified, under stricter checks aimed at Russia\u2019s shadow fleet."],
    "diplomacy", "diplomacy", 2, "danish-tanker-insurance-checks-2027-01-12"), tag="Marine"),
  X(OFF("2027-01-12 09:20", "US casualty carriers brace for more reserve charges",
    ["Analysts expect several US commercial casualty carriers to add to reserves for older accident years when they report fourth-quarter results, citing rising jury awards."],
    "us-casualty-reserve-charges-q4-2026", n="US reserving"), tag="Casualty"),
  X(E("2027-01-12 08:20", "Zaporizhzhia nuclear plant loses off-site power after line is hit",
    ["The Zaporizhzhia nuclear power plant lost its last external power line early on Tuesday after what the International Atomic Energy Agency described as military activity damaged a substation, forcing it onto diesel generators."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-power-loss-2027-01-12"), tag="Energy"),
  ]))


# ---------------------------------------------------------------- 14306 Business Insurance (HTML listing, CST)
def r_bi(S):
    """Business Insurance (Crain, Chicago) International news listing, HTML: headline, credit line, 'Posted On: Jan. 13, 2027 3:34 PM CST',
    summary. Newest first. JSON-LD is a CollectionPage/ItemList with URLs only."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.businessinsurance.com"
    items = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); e["_link"] = f"{base}/{slug(e['h'], 70)}/"
        items.append({"@type": "ListItem", "position": i + 1, "url": e["_link"]})
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": base + "/section/international",
          "mainEntity": {"@type": "ItemList", "itemListElement": items}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Business Insurance</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="leaderboard">Advertisement</div>',
           '<header><a class="logo" href="/">Business Insurance</a><nav><a>News</a> <a>Property</a> <a>Casualty</a> <a>Workers Comp</a> '
           '<a>Risk Management</a> <a>Reinsurance</a> <a>International</a> <a>Events</a> <a>Awards</a> <a>Data</a></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/login">Login</a></header>',
           f'<main><h1 class="section-title">{esc(S["h1"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', style='upper')} {'CDT' if d.dst() else 'CST'}"; stamps.append(st)
        out.append(f'<div class="article-card"><h2><a href="{e["_link"]}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="byline">{esc(e["credit"])}</p><p class="date">Posted On: {st}</p>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="nl-signup"><strong>Get the BI Daily newsletter</strong> <input placeholder="Email"> <button>Sign up</button></div>')
    out += ['<a class="more" href="?page=2">Load More</a></main>',
            '<aside><h3>Most Popular</h3><ol><li>Workers comp medical costs edge higher</li><li>Risk managers rank geopolitical risk top concern</li></ol></aside>',
            '<footer>Copyright \u00a9 1996-2027. Crain Communications, Inc. All Rights Reserved. <a>Privacy Policy</a> <a>Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14306", name="14306_businessinsurance-intl", ext="html", source="Business Insurance", zone="America/Chicago", render=r_bi,
  title="International", h1="International",
  basis="stamp '{s}' (date, 12-hour time and 'CST' printed; CST = UTC-6); local {d} in {z}",
  notes="Imitates the International section listing of Business Insurance (Crain Communications, Chicago), HTML. Newest first. Each card: headline, credit line (a wire name such as 'Reuters' or 'By NAME'), 'Posted On: Jan. 13, 2027 3:34 PM CST', summary. The two oldest items are dated Jan. 12 in Central time but fall on 13 January in UTC (CST = UTC-6); all six are 2027-01-13 UTC. Credits: 'Reuters' gives author 'Reuters'; 'By NAME' gives NAME. JSON-LD is a CollectionPage with an ItemList of URLs only (no dates).",
  not_entries=["leaderboard 'Advertisement'", "logo, navigation, Subscribe / Login", "h1 'International' (section title)", "'Posted On:' label",
               "BI Daily newsletter sign-up after the third card", "'Load More'", "'Most Popular' list", "footer"],
  entries=[
  X(E("2027-01-13 16:50", "EU court dismisses Russian insurers' challenge to sanctions listings",
    ["The European Union's General Court on Wednesday rejected a joint appeal by three Russian insurance groups against their inclusion on the bloc's sanctions lists, saying the Council had shown they were a significant source of revenue for the Russian state."],
    "diplomacy", "diplomacy", 2, "eu-court-russian-insurers-sanctions-ruling-2027-01-13", a="Reuters"), credit="Reuters"),
  X(E("2027-01-13 13:10", "Drone attack sets fire to grain terminal at Ukraine's Izmail port",
    ["Russian drones set fire to a grain storage terminal at the Danube port of Izmail overnight, destroying about 8,000 metric tons of wheat, Ukrainian officials said. No one was injured."],
    "strikes", "strikes", 2, "izmail-grain-terminal-drone-strike-2027-01-13", a="Reuters"), credit="Reuters"),
  X(OFF("2027-01-13 10:25", "Canadian regulator proposes new climate stress test for P/C insurers",
    ["Canada's banking and insurance regulator has proposed a standardized climate scenario exercise for property/casualty insurers, with results due in 2028."],
    "canada-climate-stress-test-insurers", a="Laura Brennick", n="Canadian regulation"), credit="By Laura Brennick"),
  X(E("2027-01-13 08:40", "Germany approves additional air defense systems for Ukraine",
    ["Germany's government approved the delivery of two more IRIS-T air defense systems and several hundred missiles to Ukraine this year, Defense Minister Boris Pistorius told lawmakers on Wednesday."],
    "aid", "aid", 3, "germany-iris-t-systems-ukraine-2027-01-13", a="Laura Brennick"), credit="By Laura Brennick"),
  X(E("2027-01-12 22:15", "Ukraine says its drones hit Russian airbase in Kursk region",
    ["Ukraine's general staff said its long-range drones struck a Russian military airfield in the Kursk region overnight, damaging at least one fighter jet and a fuel store. Russia's defense ministry said it downed 34 drones over several regions."],
    "strikes", "strikes", 2, "kursk-airbase-drone-strike-2027-01-12", a="Reuters"), credit="Reuters"),
  X(OFF("2027-01-12 18:05", "Japan's earthquake insurance premiums to rise 8% on average",
    ["Japan's residential earthquake insurance rates will rise by an average of 8% from October after the rating organization updated its hazard assumptions, the Financial Services Agency said."],
    "japan-earthquake-insurance-rate-rise", a="Bloomberg", n="Japanese earthquake insurance"), credit="Bloomberg"),
  ]))


# ---------------------------------------------------------------- 14307 Risk.net (HTML running timeline)
def r_risknet(S):
    """Risk.net running 'updates' article, HTML with NewsArticle JSON-LD: generic desk byline, oldest first, each update a
    '18 Jan 2027 09:14 GMT' line followed by an h3 headline and text."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": "Risk.net"},
          "publisher": {"@type": "Organization", "name": "Infopro Digital Risk (IP) Limited"}, "isAccessibleForFree": False}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Risk.net</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header><a class="logo" href="/">Risk.net</a><nav><a>Risk management</a> <a>Derivatives</a> <a>Regulation</a> <a>Investing</a> '
           '<a>Commodities</a> <a>Risk Quantum</a> <a>Rankings</a> <a>Events</a></nav><a>Sign in</a> <a>Subscribe</a></header>',
           '<main><article><p class="topic-label">Geopolitical risk</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="summary">{esc(S["lede"])}</p>', f'<p class="author-line">{esc(S["byline"])}</p>',
           f'<p class="dates">First published {first.day} {SHORT_MONTHS[first.month - 1]} {first.year}</p>',
           '<div class="article-tools">Save this article | Send to | Print this page | Share</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<section class="update"><p class="update-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 2:
            out.append('<div class="paywall-note">Only users who have a paid subscription or are part of a corporate subscription are able to print or copy content.</div>')
    out += ['<p class="topics">Topics: Geopolitical risk, Sanctions, Ukraine, Energy</p></article>',
            '<aside><h3>Most read</h3><a>Banks rethink counterparty limits after year-end squeeze</a> <a>Op risk data: the biggest losses of 2026</a></aside></main>',
            '<footer>Copyright Infopro Digital Limited. All rights reserved. <a>Terms</a> <a>Privacy</a> <a>Cookies</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14307", name="14307_risknet-updates", ext="html", source="Risk.net", zone="Europe/London", render=r_risknet,
  title="Ukraine war: market and regulatory updates", byline="Risk.net staff",
  lede="A running log of sanctions, funding and market developments linked to the war, updated through the day.",
  basis="stamp '{s}' (date, 24-hour time and GMT printed; GMT = UTC); local {d} in {z}",
  notes="Imitates a Risk.net running-updates article, HTML with NewsArticle JSON-LD (author an Organization). Oldest first. Each update: '18 Jan 2027 09:14 GMT' line, then an h3 headline and text. The only byline is the generic 'Risk.net staff' desk credit, which names no person: author null by this set's convention. One off-beat regulatory item.",
  not_entries=["logo, navigation, Sign in / Subscribe", "topic label 'Geopolitical risk'", "h1 title", "summary line", "'Risk.net staff' byline",
               "'First published 18 Jan 2027' line", "article tools line", "paywall/print note after the third update", "topics line",
               "'Most read' with two links", "footer"],
  entries=[
  E("2027-01-18 07:40", "Overnight drone raid targets Odesa region power network",
    ["Russia launched 64 drones and two ballistic missiles at Ukraine overnight, with the Odesa region\u2019s electricity network the main target, Ukraine\u2019s air force said. It reported shooting down 51 of the drones; there were no reports of casualties."],
    "strikes", "strikes", 2, "odesa-region-power-drone-raid-2027-01-18"),
  E("2027-01-18 09:14", "EU ministers clear \u20ac4.2bn Ukraine Facility tranche",
    ["EU finance ministers approved the next \u20ac4.2 billion payment to Ukraine from the bloc\u2019s multi-year support facility, after Kyiv met reform conditions on customs and state-owned banks."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2027-01-18"),
  E("2027-01-18 11:02", "Euroclear windfall profits from frozen Russian assets fall",
    ["Euroclear said net profits earned on immobilised Russian central bank assets fell by about 18% last year as interest rates declined, which will reduce the sums transferred to service the G7 loans to Ukraine."],
    "aid", "aid", 2, "euroclear-russian-asset-windfall-profits-2027-01-18", sec=["diplomacy"]),
  E("2027-01-18 13:30", "US Treasury targets Hong Kong suppliers of drone parts to Russia",
    ["The US Treasury sanctioned two Hong Kong trading companies and a Chinese electronics distributor it said had shipped drone navigation modules to Russian arms makers."],
    "diplomacy", "diplomacy", 2, "us-sanctions-hong-kong-drone-parts-2027-01-18"),
  OFF("2027-01-18 15:45", "UK regulator consults on liquidity reporting for life insurers",
    ["The Prudential Regulation Authority proposed new liquidity reporting templates for UK life insurers, citing the growth of funded reinsurance and collateral calls during market stress."],
    "pra-life-insurer-liquidity-consultation", n="UK insurance regulation"),
  E("2027-01-18 17:20", "Ukrainian drones strike refinery in Russia\u2019s Samara region",
    ["A refinery in the Samara region halted a crude distillation unit after a Ukrainian drone attack, the regional governor said, the third strike on the plant in six months."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2027-01-18"),
  ]))


# ---------------------------------------------------------------- 14308 Insurance Times (text scrape, ISO stamps fused to bylines)
def r_instimes(S):
    """Insurance Times (Mark Allen) news listing as copied from the browser: headline, standfirst, then the byline with the
    <time> element's ISO value fused to the name ('By Harriet Crane2027-01-19T16:10:00+00:00'). Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Insurance Times", "", "News   Claims   Commercial lines   Personal lines   Insurtech   Regulation   Awards   Events   Jobs", "",
         "Sign in   Register   Subscribe", "", "Home   News", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); iso = d.isoformat(timespec="seconds"); st = f"{e['a']}{iso}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {st}", ""]
        if i == 2:
            L += ["Sponsored", "Claims transformation: what brokers want from insurers this year", ""]
    L += ["Load more", "", "Most popular", "Broker M&A slows as valuations cool", "Flood Re reports record policy numbers", "",
          "Site powered by Webvision Cloud", "\u00a9 2027 Mark Allen Group"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14308", name="14308_insurancetimes-news", ext="txt", source="Insurance Times", zone="Europe/London", render=r_instimes,
  title="News",
  basis="ISO timestamp fused to the byline in '{s}' (+00:00 offset printed); local {d} in {z}",
  notes="Imitates the news listing of Insurance Times (Mark Allen Group) as copied from the browser. Newest first. Each item: headline, standfirst paragraph(s), then a byline whose <time> value was copied as an ISO string fused to the name with no space ('By Harriet Crane2027-01-19T16:10:00+00:00'); stamp is the fused text after 'By ' (name + ISO), author the name. Two off-beat UK market items.",
  not_entries=["masthead, navigation, Sign in / Register / Subscribe", "breadcrumb 'Home   News'", "heading 'News' (page title)",
               "'By NAME<ISO>' byline lines (author + stamp, not body)", "'Sponsored' block after the third item", "'Load more'",
               "'Most popular' with two headlines", "platform credit and copyright"],
  entries=[
  E("2027-01-19 16:10", "UK to fund 100,000 drones for Ukraine in \u00a3350m deal",
    ["The Ministry of Defence will pay for 100,000 drones to be built in Ukraine and the UK this year under a \u00a3350m agreement signed in Kyiv on Tuesday, Defence Secretary John Healey said.",
     "Specialist aviation insurers said the deal would also need transit cover for components shipped from British factories."],
    "aid", "aid", 3, "uk-ukraine-drone-deal-350m-2027-01-19", a="Harriet Crane"),
  OFF("2027-01-19 13:45", "Motor premiums fall for third quarter in a row",
    ["The average comprehensive motor premium paid by UK drivers fell 4% in the final quarter of last year, the third consecutive quarterly decline, according to a pricing index."],
    "uk-motor-premium-index-q4-2026", a="Ewan Price", n="UK motor pricing"),
  E("2027-01-19 11:20", "Russian strike on Sumy apartment block kills three",
    ["Three people were killed and 14 injured when a Russian guided bomb hit a five-storey apartment block in the north-eastern Ukrainian city of Sumy on Tuesday morning, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-apartment-glide-bomb-strike-2027-01-19", a="Harriet Crane"),
  E("2027-01-19 09:35", "Lloyd\u2019s tells managing agents to revisit cyber war wording after port attacks",
    ["Lloyd\u2019s has asked managing agents to check how their state-backed cyber attack exclusions would respond to the ransomware attacks on three European port operators that Dutch and German officials have linked to Russian military intelligence."],
    "other", "security", 2, "lloyds-cyber-war-exclusion-review-port-attacks-2027-01", a="Ewan Price"),
  OFF("2027-01-19 08:15", "FCA fines broker \u00a31.1m over premium finance failings",
    ["The Financial Conduct Authority has fined a Midlands commercial broker \u00a31.1m for failing to explain premium finance costs to small business customers."],
    "fca-broker-premium-finance-fine", a="Katie Nolan", n="UK conduct regulation"),
  E("2027-01-19 07:05", "Ukrainian families in UK can apply for further visa extension",
    ["Ukrainians living in the UK under the wartime visa schemes can now apply for a further 24-month extension, the Home Office said, as the war approaches the end of its fifth year."],
    "other", "humanitarian", 2, "uk-ukrainian-visa-extension-2027-01-19", a="Katie Nolan"),
  ]))


# ---------------------------------------------------------------- 14309 Carrier Management (RSS with content:encoded)
def r_cm(S):
    """Carrier Management (Wells Media) RSS 2.0: newest first, pubDate '+0000', dc:creator, short description plus full
    <content:encoded> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.carriermanagement.com/</link>',
           '<description>News and analysis for P/C insurance carrier executives</description>', '<language>en-US</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.carriermanagement.com/news/{d:%Y/%m/%d}/{270411 + i * 53}.htm"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>')
        out.append(f'<category><![CDATA[{e.get("cat", "News")}]]></category>')
        out.append(f'<description><![CDATA[{e["p"][0][:140].rsplit(" ", 1)[0]} [\u2026]]]></description>')
        out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14309", name="14309_carriermanagement-rss", ext="xml", source="Carrier Management", zone="UTC", render=r_cm,
  title="Carrier Management",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the Carrier Management RSS 2.0 feed (Wells Media). Newest first. pubDate is given in +0000. Each item has a truncated description ending in '[\u2026]' (a cut-off excerpt of the first paragraph, not the body) and the full text in content:encoded; body_paragraphs and first_sentence come from content:encoded. dc:creator gives the author; one wire item credits 'Reuters'. The analysis piece on ceasefire pricing is a theme piece (own story). Two off-beat industry items.",
  not_entries=["channel title, link, description, language and lastBuildDate", "each item's truncated description ending in '[\u2026]' (duplicate excerpt of the body)",
               "guid/link URLs and category tags"],
  entries=[
  X(E("2027-01-21 18:30", "Russia Hits Kyiv With Largest Drone Raid of the Year, Killing Five",
    ["Russia sent more than 300 drones and a dozen missiles against Kyiv and surrounding towns in a six-hour attack that killed five people and damaged two apartment buildings and a logistics warehouse, Ukrainian officials said.",
     "Kyiv Mayor Vitali Klitschko said rescue work was continuing in the Darnytskyi district."],
    "strikes", "strikes", 3, "kyiv-largest-drone-raid-2027-01-21", a="Reuters"), cat="International"),
  X(E("2027-01-21 15:10", "Analysis: What a Ceasefire Would Mean for War-Risk Pricing",
    ["A ceasefire in Ukraine would not bring war-risk rates for Black Sea shipping and Ukrainian property back to pre-war levels quickly, underwriters and brokers say, because the risk of a breakdown would stay high for months.",
     "Several markets said they would want to see at least half a year of a holding truce, and some form of monitoring, before cutting additional premiums."],
    "other", "security", 2, "analysis-ceasefire-war-risk-pricing", a="Marcus Delaney", sec=["diplomacy"], n="theme piece (analysis), no single event"), cat="Analysis"),
  X(OFF("2027-01-21 12:45", "P/C Industry Combined Ratio Improved to 96.1 in 2026, Analysts Estimate",
    ["The U.S. property/casualty industry's combined ratio likely improved by about a point and a half last year as personal auto results recovered, according to an analysts' estimate."],
    "us-pc-combined-ratio-2026-estimate", a="Marcus Delaney", n="US P/C results"), cat="Financial"),
  X(E("2027-01-21 10:20", "Trump and Putin to Speak by Phone on Ukraine, White House Says",
    ["President Donald Trump will speak with Russian President Vladimir Putin by phone on Thursday to press for a ceasefire along the current front line, the White House press secretary said."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-2027-01-21", a="Reuters"), cat="International"),
  X(E("2027-01-21 07:55", "Ukraine Says It Pushed Russian Troops Back Near Huliaipole",
    ["Ukrainian forces recaptured positions on the outskirts of Huliaipole in the Zaporizhzhia region after a week of counterattacks, the army's southern command said."],
    "other", "frontline", 2, "huliaipole-ukrainian-counterattack-2027-01-21", a="Reuters"), cat="International"),
  X(OFF("2027-01-21 05:10", "Reinsurers Tighten Cyber Aggregate Terms at Jan. 1",
    ["Cyber reinsurers insisted on clearer event definitions and lower aggregate limits at the Jan. 1 renewals even as pricing for the class softened, a broker report found."],
    "cyber-reinsurance-jan1-terms", a="Kris Hallam", n="cyber reinsurance renewals"), cat="Reinsurance"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_crowhaven(S):
    """text live, newest first; 'Key Points' block; headline line, then '21:10 GMT \u00b7 NAME' (stamp + optional author), then body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | News | World | Ukraine | Opinion | Sport", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video, 0:48]", ""]
        if i == 2:
            L += ["Get our Ukraine War Briefing newsletter every evening. Sign up", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2027 \u00b7 About us \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_greywold(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible '08:05' in <time datetime>;
    author line below the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Analysis</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="post-share"><a>Link to this post</a></p></li>')
        if i == 3:
            out.append('<li class="promo">Independent journalism from Ukraine depends on readers. <a>Support the Herald</a></li>')
    out += ['</ol>', '<p class="next">Coverage continues tomorrow morning.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy \u00b7 \u00a9 2027</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 general world feed, newest first; pubDate in GMT or with the outlet's numeric offset (S['rfc']); CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>{S.get("ttl", 15)}</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}:{i + 60311}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_oakhanger(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Listen to this article (4 min)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Data protection \u00b7 Corrections"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-01-14 (UTC), day 2 = 2027-01-15, day 3 = 2027-01-26.
ZAP = "zaporizhzhia-missile-strike-2027-01-14"
POLAND = "nawrocki-kyiv-visit-2027-01-14"
CANADA = "canada-ukraine-aid-package-2027-01-14"
NB8 = "nordic-baltic-long-range-drone-fund-2027-01-14"
EXPL = "explainer-missile-warning-time-frontline-cities"
EXPL_H = "Explainer: Why cities near the front get almost no warning"
EXPL_P = ["Residents of Zaporizhzhia had well under a minute between the first alert and the explosions on Thursday morning, and that is not unusual for cities within 50 kilometres of the front.",
          "Ballistic missiles such as the Iskander-M fly a steep, fast path, and when they are launched from occupied territory nearby the flight can last less than a minute. Radar can see them, but the alert system cannot reach phones and sirens much faster than that.",
          "Only Patriot and SAMP/T batteries can reliably shoot such missiles down, and Ukraine has too few of them to cover every city, which is why officials keep asking partners for more."]

# ---------------------------------------------------------------- 14320 Crowhaven Gazette (day 1)
SEEDS.append(dict(
  id="14320", name="14320_crowhaven-textlive", ext="txt", source="Crowhaven Gazette", zone="Europe/London", render=r_crowhaven,
  title="Ukraine war live: Zaporizhzhia death toll rises to 11 after dawn missile strike",
  dateline="Thursday 14 January 2027",
  lede="Ballistic missiles hit homes and a tram depot in Zaporizhzhia; Poland\u2019s president visits Kyiv; Canada announces new military aid.",
  basis="stamp '{s}' (UK time printed as GMT = UTC) under the dateline 'Thursday 14 January 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: headline line, then a line 'HH:MM GMT \u00b7 NAME' (stamp, author when present), then body. 14320-02 is a 'Watch:' teaser with only a '[Video, 0:48]' placeholder (no body). 14320-03 is a theme piece (explainer on missile warning times) that is re-posted verbatim by 14332 on day 2.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Thursday 14 January 2027'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'[Video, 0:48]' placeholder in the teaser",
               "newsletter promo after the third post", "'Show older posts'", "footer line"],
  entries=[
  E("2027-01-14 21:10", "Zaporizhzhia death toll rises to 11",
    ["Eleven people are now known to have died in this morning\u2019s missile strike on Zaporizhzhia, regional governor Ivan Fedorov said, after rescuers recovered two more bodies from a collapsed section of a five-storey block.",
     "Forty-three people were injured, including six children. The search is expected to continue overnight."],
    "strikes", "strikes", 3, ZAP, a="Elspeth Garrow", kp=True, n="toll 11 dead, 43 injured"),
  E("2027-01-14 19:30", "Watch: Rescuers search wreckage of Zaporizhzhia tram depot", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body (video placeholder only)"),
  E("2027-01-14 17:45", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Nikolai Brennan",
    n="theme piece (explainer on warning times for ballistic missiles); mentions the Zaporizhzhia strike but is its own story - must not merge with it"),
  E("2027-01-14 15:20", "Canada pledges C$400m package of drones and armoured vehicles",
    ["Canada will send Ukraine C$400 million worth of military equipment, including surveillance drones, armoured patrol vehicles and winter kit, Defence Minister David McGuinty announced in Ottawa.",
     "Part of the money will go to a joint procurement fund for artillery ammunition run by the Czech Republic."],
    "aid", "aid", 3, CANADA, a="Elspeth Garrow", n="same aid theme as the Nordic-Baltic drone fund (14321-03), different event - must not merge"),
  E("2027-01-14 13:05", "Polish president arrives in Kyiv on first visit since taking office",
    ["Polish President Karol Nawrocki arrived in Kyiv by overnight train and was met by President Volodymyr Zelensky, in a visit both sides said would focus on air defence, border crossings and historical disputes.",
     "Nawrocki, who has been critical of parts of Poland\u2019s support for Ukrainian refugees, laid flowers at a memorial to fallen soldiers."],
    "diplomacy", "diplomacy", 3, POLAND, a="Nikolai Brennan", kp=True),
  E("2027-01-14 10:40", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its forces had taken a village south-east of Kostiantynivka in the Donetsk region. Ukraine\u2019s general staff said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2027-01-14", a="Nikolai Brennan"),
  E("2027-01-14 07:15", "Missiles hit Zaporizhzhia at dawn, at least four dead",
    ["Russian ballistic missiles struck a residential district and a tram depot in Zaporizhzhia shortly before 7am local time, killing at least four people, the regional administration said.",
     "Several apartment blocks were damaged and a fire broke out in the depot\u2019s workshops."],
    "strikes", "strikes", 3, ZAP, a="Elspeth Garrow", n="toll 4 dead"),
  ]))

# ---------------------------------------------------------------- 14321 Greywold Herald (day 1)
NB8_H = "Nordic and Baltic states fund long-range drone production"
SEEDS.append(dict(
  id="14321", name="14321_greywold-htmllive", ext="html", source="Greywold Herald", zone="Europe/Kyiv", render=r_greywold,
  title="War in Ukraine, day 1,786: live updates", url="https://greywold-herald.example/live/2027-01-14",
  dateline="Thursday, 14 January 2027. All times are Kyiv time.",
  lede="Russian missiles strike Zaporizhia; Polish president in Kyiv; northern European allies fund drone production.",
  basis="visible stamp '{s}' in <time datetime> with +02:00 (Kyiv time, as the page says) under the dateline 'Thursday, 14 January 2027'; the LiveBlogPosting update carries the same datePublished; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+02:00) and articleBody. Visible stamps are bare 'HH:MM' in <time datetime>, the page states 'All times are Kyiv time'. Spelling 'Zaporizhia'. 14321-06 re-posts 14321-03 nearly verbatim (same headline, one word changed) and is duplicate_of it. 14321-02 (Orikhiv shelling) is in the same region as the Zaporizhia strike but is a different event.",
  not_entries=["masthead and navigation", "h1 page title", "dateline line with the time-zone note", "intro paragraph", "author lines below headlines (author credits)",
               "'Link to this post' under each post", "donation promo after the fourth post", "'Coverage continues tomorrow morning.'", "footer"],
  entries=[
  E("2027-01-14 08:05", "Ballistic missiles strike Zaporizhia; tram depot and homes hit",
    ["At least four people were killed when Russian ballistic missiles hit the city of Zaporizhia at around 06:40, the head of the regional military administration said.",
     "The strike damaged a tram depot, a school and at least six residential buildings in the city\u2019s eastern district."],
    "strikes", "strikes", 3, ZAP, a="Oksana Melnyk", n="toll 4; spelling 'Zaporizhia'"),
  E("2027-01-14 09:30", "Shelling kills man in Orikhiv",
    ["A 61-year-old man was killed by Russian artillery fire in the frontline town of Orikhiv, about 50 kilometres south-east of Zaporizhia, local officials said."],
    "strikes", "strikes", 3, "orikhiv-shelling-death-2027-01-14", a="Oksana Melnyk",
    n="same region as the Zaporizhia missile strike, different attack - must not merge (deadly strike: importance 3 by convention)"),
  E("2027-01-14 11:20", NB8_H,
    ["Sweden, Finland, Denmark, Norway and the three Baltic states will jointly finance the production of long-range attack drones in Ukraine, putting \u20ac520 million into a fund managed by Denmark, defence ministers said after a video call.",
     "The drones will be built by Ukrainian manufacturers and delivered to the armed forces within the year."],
    "aid", "aid", 2, NB8, a="Petro Savchuk", n="same aid theme as Canada's package (14320-04), different event - must not merge"),
  E("2027-01-14 12:45", "Zaporizhia toll rises to seven; Zelensky asks for more air defence",
    ["The number of dead in Zaporizhia has risen to seven, with 38 people in hospital, regional officials said.",
     "President Volodymyr Zelensky said the attack showed again that Ukraine needs more systems able to stop ballistic missiles, and called on partners to speed up deliveries."],
    "strikes", "strikes", 3, ZAP, a="Oksana Melnyk", sec=["aid"], n="toll 7; reaction whose content is the attack"),
  E("2027-01-14 14:10", "Polish president Nawrocki in Kyiv for talks with Zelensky",
    ["Karol Nawrocki arrived in Kyiv on his first visit as Poland\u2019s president. The two leaders are expected to sign a declaration on air defence co-operation and discuss the exhumation of Polish victims of wartime massacres in western Ukraine."],
    "diplomacy", "diplomacy", 3, POLAND, a="Petro Savchuk"),
  E("2027-01-14 15:50", NB8_H,
    ["Sweden, Finland, Denmark, Norway and the three Baltic states will jointly finance the production of long-range attack drones in Ukraine, putting \u20ac520 million into a fund managed by Denmark, defence ministers said after a video conference.",
     "The drones will be built by Ukrainian manufacturers and delivered to the armed forces within the year."],
    "aid", "aid", 1, NB8, a="Petro Savchuk", dup="14321-03", n="near-verbatim repeat of 14321-03 ('video call' -> 'video conference')"),
  E("2027-01-14 18:30", "UN humanitarian coordinator condemns strike on Zaporizhia civilians",
    ["The UN\u2019s humanitarian coordinator for Ukraine said she was appalled by the attack on Zaporizhia, noting that the tram depot and the homes around it had no military purpose, and said aid agencies were helping families who lost their homes."],
    "strikes", "strikes", 3, ZAP, a="Oksana Melnyk", n="reaction whose content is the attack itself"),
  ]))

# ---------------------------------------------------------------- 14322 Linnetby World Service (day 1, general world feed)
SEEDS.append(dict(
  id="14322", name="14322_linnetby-worldrss", ext="xml", source="Linnetby World Service", zone="UTC", render=r_worldrss,
  title="Linnetby World Service - World news", url="https://news.linnetby.example", guid="linnetby-ws", rfc="GMT",
  lede="Top world stories from the Linnetby World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, descriptions as CDATA paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (Brazil floods, tennis, volcano, Kenya rates). Spelling 'Zaporozhye' in the strike item (toll 7 at that hour).",
  not_entries=["channel title, link, description, language and ttl", "guid/link URLs and category tags"],
  entries=[
  X(OFF("2027-01-14 20:15", "Floods force thousands from their homes in southern Brazil",
    ["Torrential rain in Brazil\u2019s Rio Grande do Sul state has flooded dozens of towns and forced more than 12,000 people to leave their homes, the state civil defence agency said."],
    "brazil-rio-grande-do-sul-floods-2027-01", n="Brazil floods"), cat="Americas"),
  X(E("2027-01-14 17:40", "Russian missile strike on Zaporozhye kills at least seven",
    ["At least seven people were killed and dozens injured when Russian missiles hit a residential area and a tram depot in the southern Ukrainian city of Zaporozhye on Thursday morning, officials said.",
     "Ukraine\u2019s president called the attack deliberate terror against civilians."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 7"), cat="Europe"),
  X(OFF("2027-01-14 15:05", "Defending champion knocked out in second round in Melbourne",
    ["The defending women\u2019s champion lost in straight sets in the second round of the Australian Open, the earliest exit by a title holder in Melbourne for nine years."],
    "australian-open-champion-upset-2027", n="tennis"), cat="Sport"),
  X(E("2027-01-14 12:30", "Poland\u2019s president makes first visit to Kyiv",
    ["Polish President Karol Nawrocki travelled to Kyiv for talks with Volodymyr Zelensky, his first trip to Ukraine since he took office in 2025."],
    "diplomacy", "diplomacy", 3, POLAND), cat="Europe"),
  X(OFF("2027-01-14 09:50", "Volcanic ash disrupts flights to Bali",
    ["Dozens of flights to and from Bali were cancelled after an eruption on the neighbouring island of Lombok sent an ash column several kilometres into the sky."],
    "lombok-eruption-bali-flights-2027-01", n="volcano, air travel"), cat="Asia"),
  X(OFF("2027-01-14 06:20", "Kenya\u2019s central bank keeps interest rate on hold",
    ["The Central Bank of Kenya left its benchmark lending rate unchanged, saying inflation was within its target range but food prices remained a risk."],
    "kenya-central-bank-rate-hold-2027-01", n="economy"), cat="Africa"),
  ]))

# ---------------------------------------------------------------- 14323 Oakhanger Review (day 1, article with sections)
SEEDS.append(dict(
  id="14323", name="14323_oakhanger-article", ext="txt", source="Oakhanger Review", zone="Europe/Berlin", render=r_oakhanger,
  title="Deadly strike on Zaporizhzhia overshadows Polish president\u2019s Kyiv visit",
  byline="Greta Holmqvist", dateline="14 January 2027, 16:20 CET",
  lede="A missile attack on a southern city, a symbolic visit from Warsaw and new help from Ottawa: the main developments of Thursday.",
  more="Read more: Our coverage of the war in Ukraine",
  basis="no per-section stamp: the article dateline '14 January 2027, 16:20 CET' (CET = UTC+1) is used for every section; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings; per this set's convention each section is one entry (headline = heading), stamp null, published = the dateline time, author = the page byline. Sections: the Zaporizhzhia strike (toll 7 at that hour), Nawrocki's visit, Canada's package.",
  not_entries=["masthead and breadcrumb", "article title and standfirst", "byline 'By Greta Holmqvist' and dateline line", "share/print/listen line",
               "'Read more: Our coverage of the war in Ukraine'", "footer"],
  entries=[
  E("2027-01-14 16:20", "Seven dead in Zaporizhzhia",
    ["Russian ballistic missiles slammed into an eastern district of Zaporizhzhia early on Thursday, killing seven people and wounding 38, according to the regional administration.",
     "The missiles hit a tram depot and nearby apartment buildings. Rescuers were still searching the rubble in the afternoon."],
    "strikes", "strikes", 3, ZAP, a="Greta Holmqvist", n="toll 7"),
  E("2027-01-14 16:20", "Nawrocki\u2019s first trip to Kyiv",
    ["Poland\u2019s president Karol Nawrocki, who has often clashed with Kyiv over history, chose Ukraine\u2019s capital for one of his first foreign visits of the year. He and Zelensky signed a joint statement on protecting Polish and Ukrainian airspace."],
    "diplomacy", "diplomacy", 3, POLAND, a="Greta Holmqvist"),
  E("2027-01-14 16:20", "New Canadian aid",
    ["Canada said it would send drones, armoured vehicles and cold-weather equipment worth 400 million Canadian dollars, and pay into a Czech-led scheme that buys artillery shells on the world market."],
    "aid", "aid", 3, CANADA, a="Greta Holmqvist"),
  ]))


def r_brinsop(S):
    """HTML live, newest first, no JSON-LD; bare '19:40' in a span above the h2, printed note 'All times CET'; byline below the body."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="description" content="' + attr(S["lede"]) + '"></head><body>',
           '<div id="gdpr">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        if e["a"]:
            out.append(f'<p class="entry-byline">({esc(e["a"])})</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read also</h3><a href="/europe/baltic-air-policing">Baltic air policing: how NATO jets respond</a></aside>')
    out += [f'<p class="more"><a href="/live/ukraine-{S["prev"]}">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"], 48)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{i + 7301}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_tansby(S):
    """text live, oldest first; '5:10 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local \u00b7 Nation \u00b7 World \u00b7 Business \u00b7 Sports \u00b7 Obituaries", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} \u00b7 Contact the newsroom \u00b7 Terms of Service \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps

# ---------------------------------------------------------------- day 2 (2027-01-15)
ODESA = "odesa-port-drone-attack-2027-01-15"
RUBIO = "rubio-geneva-ukraine-talks-2027-01-15"
ZAPM_H = "Zaporizhzhia mourns 13 dead as search ends"

# ---------------------------------------------------------------- 14330 Brinsop Post (day 2)
SEEDS.append(dict(
  id="14330", name="14330_brinsop-htmllive", ext="html", source="Brinsop Post", zone="Europe/Warsaw", render=r_brinsop,
  title="Russia\u2019s war in Ukraine: live coverage, 15 January", dateline="Friday, 15 January 2027", tznote="All times CET", prev="14-01",
  lede="Night drone attack on Odesa\u2019s port; Zaporizhzhia ends its search; Rubio sets out plans for Geneva.",
  basis="bare stamp '{s}' with the page note 'All times CET' (CET = UTC+1) under 'Friday, 15 January 2027'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the page line says 'All times CET'. Bylines in brackets after the body. 14330-05 is a 'Photos:' gallery teaser with no text (importance 1). 14330-02 continues day 1's Zaporizhzhia story (search over, toll 13): same story slug as day 1.",
  not_entries=["cookie bar", "masthead and navigation", "h1 page title", "meta line (date and 'All times CET')", "lead paragraph",
               "bracketed bylines after posts (author credits)", "'[Gallery: 12 photos]' placeholder", "'Read also' box after the third post",
               "'Yesterday\u2019s live coverage' link", "footer"],
  entries=[
  E("2027-01-15 19:40", "Rubio: Geneva talks will test whether Moscow wants a truce",
    ["US Secretary of State Marco Rubio said he would lead an American delegation to Geneva next week for talks with Ukrainian and European officials on how a ceasefire could be monitored, and that Russia\u2019s answer to the invitation would show whether it is serious.",
     "Moscow has so far said it will not send anyone."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Jakub Wrona"),
  E("2027-01-15 17:15", "Zaporizhzhia ends rescue operation; 13 confirmed dead",
    ["Rescuers in Zaporizhzhia have finished clearing the rubble of the apartment block hit by Thursday\u2019s missile strike, and the death toll stands at 13, the regional governor said. The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Jakub Wrona", n="day-2 continuation of the day-1 strike (search over, toll 13, mourning)"),
  E("2027-01-15 14:30", "Odesa: toll from night attack on port rises to four",
    ["A fourth person, a port crane operator, has died in hospital after the overnight drone attack on Odesa, the regional governor Oleh Kiper said. Eleven people were injured."],
    "strikes", "strikes", 3, ODESA, a="Alicja Sosnowska", n="toll 4"),
  E("2027-01-15 12:05", "Polish jets scrambled as Russia targets western Ukraine",
    ["Poland\u2019s operational command scrambled fighter jets and put ground-based air defence on alert overnight as Russian drones flew towards targets near the Polish border. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2027-01-15", a="Jakub Wrona"),
  E("2027-01-15 10:20", "Photos: Odesa\u2019s port district after the night attack", [],
    "strikes", "strikes", 1, ODESA, n="gallery teaser without text"),
  E("2027-01-15 08:10", "Polish volunteers deliver 200 generators to Kherson",
    ["A convoy organised by volunteers from Lublin delivered 200 generators and 40 tonnes of food to Kherson, where shelling has left many households without power for weeks."],
    "aid", "aid", 2, "lublin-volunteers-kherson-generators-2027-01-15", a="Alicja Sosnowska"),
  ]))

# ---------------------------------------------------------------- 14331 Carrowmere Dispatch (day 2)
SEEDS.append(dict(
  id="14331", name="14331_carrowmere-atom", ext="xml", source="Carrowmere Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Carrowmere Dispatch: Ukraine", url="https://carrowmere-dispatch.example", lede="Reporting from Ukraine, updated around the clock.",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00, escaped HTML content, per-entry authors. 14331-03 (drone strike on a bridge near Bilhorod-Dnistrovskyi) is in the same region as the Odesa port attack but a different attack. 14331-02 continues day 1's Zaporizhzhia story.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  E("2027-01-15 21:05", "Odesa attack: fourth victim dies, Turkish sailors among injured",
    ["The death toll from the drone attack on Odesa\u2019s port rose to four, and Turkey\u2019s foreign ministry said three Turkish crew members of the damaged bulk carrier were among the injured.",
     "Ankara called on both sides to keep civilian shipping out of the war."],
    "strikes", "strikes", 3, ODESA, a="Mariia Kovalenko", n="toll 4; reaction whose content is the attack"),
  E("2027-01-15 18:40", "Day of mourning in Zaporizhzhia after 13 deaths",
    ["Zaporizhzhia will hold a day of mourning on Saturday for the 13 people killed in Thursday\u2019s missile attack, the city council said, after the last body was recovered from the ruins on Friday morning."],
    "strikes", "strikes", 3, ZAP, a="Mariia Kovalenko", n="day-2 continuation of the day-1 strike"),
  E("2027-01-15 13:15", "Drone damages road bridge near Bilhorod-Dnistrovskyi",
    ["A Russian drone hit a road bridge over the Dniester estuary near Bilhorod-Dnistrovskyi in the Odesa region, forcing the authorities to close it to heavy vehicles. Nobody was hurt."],
    "strikes", "strikes", 2, "bilhorod-dnistrovskyi-bridge-drone-2027-01-15", a="Andrii Lysenko",
    n="same region as the Odesa port attack, different strike - must not merge"),
  E("2027-01-15 09:50", "Ukraine and Moldova sign deal on new power interconnector",
    ["The energy ministers of Ukraine and Moldova signed an agreement to build a second high-voltage line between the two countries, which Kyiv says will help it import electricity after Russian strikes on its power plants."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-interconnector-deal-2027-01-15", a="Andrii Lysenko"),
  E("2027-01-15 06:20", "Drones hit Odesa port; grain ship ablaze, two dead",
    ["Russian attack drones struck port facilities and a residential street in Odesa overnight, killing two people and setting a grain carrier on fire at its berth, regional officials said."],
    "strikes", "strikes", 3, ODESA, a="Mariia Kovalenko", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 14332 Tansby Evening News (day 2)
ZAPM_P = ["Rescue crews in Zaporizhzhia ended their search of the damaged apartment block on Friday morning, and officials said 13 people were killed in Thursday\u2019s missile strike, including two children.",
          "The city will observe a day of mourning on Saturday."]
SEEDS.append(dict(
  id="14332", name="14332_tansby-textlive", ext="txt", source="Tansby Evening News", zone="America/New_York", render=r_tansby,
  title="Live: Russia strikes Odessa port as Zaporizhzhia buries its dead", dateline="Friday, January 15, 2027",
  lede="Follow along for the latest on the war in Ukraine.",
  basis="stamp '{s}' (Eastern time printed as ET; EST = UTC-5) under the dateline 'Friday, January 15, 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, '5:10 a.m. ET' line before each headline, no per-post authors. Spelling 'Odessa'. 14332-03 is a verbatim re-post (same headline and text) of day 1's explainer 14320-03 from another outlet: importance 1, same story slug, duplicate_of null (duplicate_of is defined within a seed only). 14332-05 is a theme piece (explainer on attacks on Odessa's ports) that mentions today's attack but is its own story. 14332-06 repeats 14332-02 nearly verbatim (duplicate_of). 14332-04 (Volgograd refinery) is another drone strike the same night, in the other direction: must not merge with the Odessa attack.",
  not_entries=["masthead and navigation", "page title and dateline", "lede 'Follow along ...'", "'ADVERTISEMENT' marker after the third post",
               "'This live coverage has ended.'", "footer"],
  entries=[
  E("2027-01-15 05:10", "Russian drones hit Odessa port overnight; three killed",
    ["Three people were killed when Russian drones struck the port of Odessa and nearby homes overnight, Ukrainian officials said, and a cargo ship loaded with grain caught fire at its berth."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 3"),
  E("2027-01-15 06:30", ZAPM_H, ZAPM_P, "strikes", "strikes", 3, ZAP, n="day-2 continuation of the day-1 strike (toll 13, mourning)"),
  E("2027-01-15 08:05", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL,
    n="re-post of day-1 entry 14320-03 (verbatim, syndicated); importance 1, same story slug; theme piece, must not merge with the Zaporizhzhia strike"),
  E("2027-01-15 09:45", "Ukrainian drones set Volgograd refinery ablaze",
    ["A fire broke out at an oil refinery in the Russian city of Volgograd after an overnight Ukrainian drone attack, the regional governor said, adding that debris had injured two people."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2027-01-15",
    n="another drone strike the same night, in the other direction - must not merge with the Odessa port attack"),
  E("2027-01-15 11:20", "Explainer: Why Russia keeps aiming at Odessa\u2019s ports",
    ["Odessa and the smaller ports around it handle most of Ukraine\u2019s seaborne grain and metal exports, which is why they have been hit more than any other civilian infrastructure outside the energy system.",
     "Friday\u2019s attack followed a familiar pattern: drones launched in waves from the south, aimed at berths, warehouses and the ships alongside them.",
     "Shipping has kept moving because insurers and Ukraine\u2019s navy have adapted, but each strike raises the cost of every voyage."],
    "strikes", "strikes", 2, "explainer-russian-attacks-odesa-ports",
    n="theme piece (explainer); mentions the Odessa attack but is its own story - must not merge with it"),
  E("2027-01-15 12:40", ZAPM_H,
    ["Rescue crews in Zaporizhzhia ended their search of the damaged apartment block on Friday morning, and officials said 13 people were killed in Thursday\u2019s missile strike, including two children.",
     "The city will hold a day of mourning on Saturday."],
    "strikes", "strikes", 1, ZAP, dup="14332-02", n="near-verbatim repeat of 14332-02 ('observe' -> 'hold')"),
  E("2027-01-15 14:15", "Rubio says U.S. will lead Geneva ceasefire talks next week",
    ["Secretary of State Marco Rubio said the United States will host Ukrainian and European officials in Geneva next week to work out how a ceasefire could be verified, and urged Moscow to send a delegation."],
    "diplomacy", "diplomacy", 3, RUBIO),
  ]))

# ---------------------------------------------------------------- 14333 Mossvane World Report (day 2, general world feed)
SEEDS.append(dict(
  id="14333", name="14333_mossvane-worldrss", ext="xml", source="Mossvane World Report", zone="America/Toronto", render=r_worldrss,
  title="Mossvane World Report", url="https://mossvane-report.example", guid="mossvane", rfc="num",
  lede="World news from the Mossvane World Report desk.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, Eastern standard time); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0500, authors in dc:creator where given. 4 of 6 items are off-beat (Ontario ice storm, Chile wildfires, markets, cyclone). Spelling 'Odessa'.",
  not_entries=["channel title, link, description, language and ttl", "guid/link URLs and category tags"],
  entries=[
  X(OFF("2027-01-15 16:40", "Ice storm leaves 90,000 without power in eastern Ontario",
    ["Freezing rain coated power lines and trees across eastern Ontario on Friday, cutting electricity to about 90,000 customers, Hydro One said."],
    "eastern-ontario-ice-storm-2027-01-15", a="Colin Ferreira", n="Canadian weather"), cat="Canada"),
  X(E("2027-01-15 14:10", "Rubio to lead U.S. team at Geneva talks on Ukraine truce",
    ["U.S. Secretary of State Marco Rubio will head talks in Geneva next week with Ukrainian and European officials on monitoring a possible ceasefire, the State Department said on Friday."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Colin Ferreira"), cat="World"),
  X(OFF("2027-01-15 11:25", "Wildfires force evacuations near Valpara\u00edso",
    ["Chilean authorities ordered thousands of residents to leave hillside neighbourhoods near Valpara\u00edso as wildfires driven by strong winds spread towards the city."],
    "chile-valparaiso-wildfires-2027-01-15", n="Chile wildfires"), cat="World"),
  X(OFF("2027-01-15 09:00", "Global shares edge higher ahead of bank earnings",
    ["Stock markets in Asia and Europe rose modestly on Friday as investors waited for the first results of the U.S. earnings season from large banks."],
    "global-markets-bank-earnings-2027-01-15", n="markets"), cat="Business"),
  X(E("2027-01-15 06:35", "Drone strike on Odessa port kills at least three",
    ["At least three people died when Russian drones hit the Ukrainian port city of Odessa overnight, setting a grain ship on fire, officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 3"), cat="World"),
  X(OFF("2027-01-15 03:10", "Cyclone makes landfall on Western Australia coast",
    ["A category three cyclone crossed the coast of Western Australia\u2019s Pilbara region overnight, bringing gusts of up to 200 kilometres an hour to mining towns."],
    "pilbara-cyclone-landfall-2027-01", n="cyclone"), cat="World"),
  ]))


def r_gullwater(S):
    """text live, oldest first; date line with weekday and day but no year; bare '07:20' line before the headline; two-name page byline;
    no year printed anywhere."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Region  \u00b7  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support independent reporting from the front line: become a member.", ""]
    L += ["Our live coverage continues tomorrow from 07:00 Kyiv time.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_larkhurst(S):
    """HTML live, newest first; JSON-LD @graph with a node whose @type is an array ['NewsArticle','LiveBlogPosting'] and a
    liveBlogUpdate array (per-update datePublished in Z); Key Points box; visible '7.50pm' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    org = S["url"].split("/live")[0] + "/#publisher"
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": org, "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": org}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="key-points"><h2>Key Points</h2><ul>'] + [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]] + ['</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video: 0:36</div>')
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Larkhurst Journal world briefing by email</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings \u00b7 \u00a9 2027</footer></body></html>']
    return "\n".join(out) + "\n", stamps

# ---------------------------------------------------------------- day 3 (2027-01-26)
KREM = "kremenchuk-missile-strike-2027-01-26"
RYAZAN = "ryazan-refinery-drone-strike-2027-01-26"
NORWAY = "norway-ukraine-gas-import-funding-2027-01-26"

# ---------------------------------------------------------------- 14340 Fernhollow Times (day 3, general world feed)
SEEDS.append(dict(
  id="14340", name="14340_fernhollow-worldatom", ext="xml", source="Fernhollow Times", zone="UTC", render=r_atom,
  title="Fernhollow Times \u2014 World", url="https://fernhollowtimes.example/world", lede="International news from the Fernhollow Times.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, no authors. 4 of 6 items are off-beat (Portugal storm, India Republic Day, Australia Day, Japanese exports). The Ryazan refinery item is a Ukrainian strike in Russia: same theme as the Kremenchuk strike (refinery hit), other event - must not merge.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  OFF("2027-01-26 20:00", "Storm batters Portugal\u2019s Atlantic coast",
    ["Waves of up to 12 metres and winds above 130 km/h hit Portugal\u2019s coast on Tuesday, flooding seafront streets in Porto and cutting power to 60,000 homes."],
    "portugal-atlantic-storm-2027-01-26", n="European weather"),
  E("2027-01-26 17:25", "Russian missiles kill eight in Kremenchuk",
    ["Eight people were killed when Russian missiles hit an oil refinery and a nearby residential street in the central Ukrainian city of Kremenchuk, officials said on Tuesday, as rescuers finished searching two destroyed houses."],
    "strikes", "strikes", 3, KREM, n="toll 8"),
  OFF("2027-01-26 14:10", "India marks Republic Day with parade in New Delhi",
    ["India celebrated its 78th Republic Day with a military parade along Kartavya Path, with the president of Brazil as chief guest."],
    "india-republic-day-2027", n="Indian national day"),
  E("2027-01-26 11:35", "Ukrainian drones set fire to Ryazan refinery",
    ["A large fire broke out at an oil refinery in Russia\u2019s Ryazan region after a Ukrainian drone attack overnight, the regional governor said, while Russia\u2019s defence ministry said it had shot down 57 drones."],
    "strikes", "strikes", 3, RYAZAN, n="refinery strike in Russia; same theme as Kremenchuk, different event - must not merge"),
  OFF("2027-01-26 08:50", "Ceremonies and protests mark Australia Day",
    ["Citizenship ceremonies were held across Australia on Tuesday while thousands joined marches in Sydney and Melbourne calling for the national day to be moved."],
    "australia-day-2027", n="Australian national day"),
  OFF("2027-01-26 06:15", "Japan\u2019s exports rise for a fourth month",
    ["Japanese exports rose 5.2% in December from a year earlier, helped by shipments of chips and cars to Asia, finance ministry data showed."],
    "japan-exports-december-2026", n="economy"),
  ]))

# ---------------------------------------------------------------- 14341 Gullwater Courier (day 3, no year on the page)
KREM5_H = "Kremenchuk toll rises to five"
SEEDS.append(dict(
  id="14341", name="14341_gullwater-textlive", ext="txt", source="Gullwater Courier", zone="Europe/Kyiv", render=r_gullwater,
  title="Live: missile strike on Kremenchuk refinery and homes", dateline="Tuesday 26 January", byline="By Iryna Bondar and Tom Hesketh",
  parse_args=["--date", "2027-01-26"],
  lede="Russia hits an oil refinery and a residential street in Kremenchuk; Norway offers to pay for gas imports.",
  basis="bare stamp '{s}' (Kyiv time, as the footer line implies; EET = UTC+2) under the date line 'Tuesday 26 January' (no year on the page; parse_args gives 2027-01-26); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' before each headline, date line 'Tuesday 26 January' with no year and no year anywhere on the page, so parse_args gives 2027-01-26. Times are Kyiv time (footer: '07:00 Kyiv time'). Page byline of two names, kept as one author string for every entry. 14341-04 repeats 14341-03 nearly verbatim (duplicate_of). 14341-06 is a theme piece (analysis of the refinery campaign) that mentions Kremenchuk but is its own story. 14341-02 (Poltava city drone attack) is in the same region as Kremenchuk but a different attack.",
  not_entries=["masthead and navigation", "page title, date line and byline", "lede line", "membership promo after the fourth post",
               "'Our live coverage continues tomorrow ...' line", "footer"],
  entries=[
  E("2027-01-26 07:20", "Missiles hit Kremenchuk refinery and homes; two dead",
    ["Russian missiles struck the oil refinery in Kremenchuk before dawn and several fell on a residential street next to it, killing two people, the head of the Poltava regional administration said.",
     "Firefighters were still working to put out a blaze in the refinery\u2019s storage area."],
    "strikes", "strikes", 3, KREM, a="Iryna Bondar and Tom Hesketh", n="toll 2"),
  E("2027-01-26 09:05", "Drone attack on Poltava injures three",
    ["Debris from a downed drone damaged a kindergarten and two apartment buildings in the city of Poltava, injuring three people, the mayor\u2019s office said."],
    "strikes", "strikes", 2, "poltava-city-drone-attack-2027-01-26", a="Iryna Bondar and Tom Hesketh",
    n="same region as Kremenchuk, different attack - must not merge"),
  E("2027-01-26 10:40", KREM5_H,
    ["The number of people killed in the morning strike on Kremenchuk has risen to five, with 17 injured, according to regional officials. Rescuers are searching two houses that collapsed near the refinery fence."],
    "strikes", "strikes", 3, KREM, a="Iryna Bondar and Tom Hesketh", n="toll 5"),
  E("2027-01-26 11:35", KREM5_H,
    ["The number of people killed in the morning strike on Kremenchuk has risen to five, with 17 people injured, according to regional officials. Rescuers are searching two houses that collapsed near the refinery fence."],
    "strikes", "strikes", 1, KREM, a="Iryna Bondar and Tom Hesketh", dup="14341-03", n="near-verbatim repeat of 14341-03"),
  E("2027-01-26 12:15", "Norway to pay for emergency gas imports",
    ["Norway will give Ukraine the equivalent of $600 million to buy natural gas from European suppliers this winter, after Russian strikes cut the country\u2019s own production, Norway\u2019s foreign ministry said."],
    "aid", "aid", 3, NORWAY, a="Iryna Bondar and Tom Hesketh"),
  E("2027-01-26 14:30", "Analysis: Why Russia keeps returning to Ukraine\u2019s refineries",
    ["Today\u2019s strike on Kremenchuk is the latest in a winter campaign aimed at Ukraine\u2019s few remaining refineries and fuel depots.",
     "Without them, the army and farmers depend on imported diesel that arrives by rail and road from the west, which is slower and more expensive.",
     "Ukraine has answered with its own drone campaign against Russian refineries, and both sides now treat fuel production as a front in its own right."],
    "strikes", "strikes", 2, "analysis-russian-strikes-ukrainian-refineries", a="Iryna Bondar and Tom Hesketh",
    n="theme piece (analysis); mentions Kremenchuk but is its own story - must not merge"),
  E("2027-01-26 16:45", "Ukrainian forces repel assault near Kupiansk",
    ["Ukraine\u2019s general staff said its troops had repelled a Russian mechanised assault north of Kupiansk, destroying several armoured vehicles. Russia did not comment."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2027-01-26", a="Iryna Bondar and Tom Hesketh"),
  E("2027-01-26 19:10", "Kremenchuk: eight dead as rescue work ends",
    ["Rescuers in Kremenchuk have finished searching the ruins, and the death toll from this morning\u2019s missile strike stands at eight, the regional governor said. Twenty-one people were hurt."],
    "strikes", "strikes", 3, KREM, a="Iryna Bondar and Tom Hesketh", n="toll 8"),
  ]))

# ---------------------------------------------------------------- 14342 Ottersby Wire (day 3)
SEEDS.append(dict(
  id="14342", name="14342_ottersby-rss", ext="xml", source="Ottersby Wire", zone="Europe/Bucharest", render=r_worldrss,
  title="Ottersby Wire \u2014 Ukraine and the region", url="https://ottersbywire.example", guid="ottersby", rfc="num", ttl=10,
  lede="Wire reports on Ukraine, Moldova and the Black Sea region.",
  basis="RSS pubDate '{s}' (explicit +0200 offset, EET); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200, dc:creator per item. Spelling 'Kremenchug'. Three items on the Kremenchug strike as the toll grows (2 -> 5 -> 8); the Ryazan item is a different strike (Ukrainian drones in Russia) on the same theme - must not merge.",
  not_entries=["channel title, link, description, language and ttl", "guid/link URLs and category tags"],
  entries=[
  X(E("2027-01-26 21:30", "Kremenchug refinery strike: death toll reaches eight",
    ["The number of people killed by Tuesday\u2019s Russian missile strike on Kremenchug has reached eight, Ukrainian officials said late on Tuesday, after the last collapsed house was searched."],
    "strikes", "strikes", 3, KREM, a="Radu Ionescu", n="spelling 'Kremenchug'; toll 8"), cat="Ukraine"),
  X(E("2027-01-26 18:05", "Erdogan offers Istanbul as venue for new round of talks",
    ["Turkish President Recep Tayyip Erdogan told Vladimir Putin and Volodymyr Zelensky in separate phone calls that Turkey was ready to host a new round of direct talks on prisoner exchanges and Black Sea shipping, his office said."],
    "diplomacy", "diplomacy", 2, "erdogan-offers-istanbul-talks-2027-01-26", a="Radu Ionescu"), cat="Region"),
  X(E("2027-01-26 15:40", "Ryazan refinery on fire after Ukrainian drone raid",
    ["Ukrainian drones struck an oil refinery in Russia\u2019s Ryazan region overnight, causing a fire that burned into the afternoon, Russian regional officials said. Ukraine\u2019s general staff confirmed the attack."],
    "strikes", "strikes", 3, RYAZAN, a="Elena Munteanu", n="same theme as Kremenchug (refinery strike), different event - must not merge"), cat="Russia"),
  X(E("2027-01-26 12:20", "Romania finds drone fragments near Danube border",
    ["Romania\u2019s defence ministry said soldiers had found fragments of a Russian-made drone in a field near the Danube in Tulcea county, after a night of Russian attacks on Ukrainian ports across the river."],
    "other", "security", 2, "romania-drone-fragments-tulcea-2027-01-26", a="Elena Munteanu"), cat="Region"),
  X(E("2027-01-26 10:05", "Kremenchug: toll rises to five, refinery fire contained",
    ["Five people have died after Russian missiles struck Kremenchug and its refinery, and the fire at the plant has been contained, the Poltava regional administration said."],
    "strikes", "strikes", 3, KREM, a="Radu Ionescu", n="toll 5"), cat="Ukraine"),
  X(E("2027-01-26 08:15", "Russian missiles hit refinery in central Ukraine, two killed",
    ["Russian missiles hit the oil refinery in the central Ukrainian city of Kremenchug early on Tuesday and damaged houses nearby, killing two people, local authorities said."],
    "strikes", "strikes", 3, KREM, a="Radu Ionescu", n="toll 2"), cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- 14343 Larkhurst Journal (day 3)
SEEDS.append(dict(
  id="14343", name="14343_larkhurst-htmllive", ext="html", source="Larkhurst Journal", zone="Europe/Dublin", render=r_larkhurst,
  title="Ukraine live: Kremenchuk strike kills eight; Norway funds gas imports", url="https://larkhurstjournal.example/live/ukraine-26-january-2027",
  dateline="Tuesday, 26 January 2027",
  lede="A missile strike on Kremenchuk\u2019s refinery district, Norway\u2019s offer on gas and the day\u2019s other developments.",
  basis="visible stamp '{s}' in <time datetime> (Irish time, GMT = UTC in January) under the date 'Tuesday, 26 January 2027'; the JSON-LD update carries the same instant in Z; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD @graph with a node typed ['NewsArticle', 'LiveBlogPosting'] whose liveBlogUpdate array carries per-update datePublished (Z) and articleBody. Key Points box lists two entry headlines (key_point true). Visible stamps '7.50pm' in <time datetime>; signatures after the body. 14343-03 is a 'Video:' teaser without text (spelling 'Kremenchug').",
  not_entries=["masthead and navigation", "h1 page title", "date line", "standfirst", "'Key Points' header and its two bullet lines (pointers to posts)",
               "signature lines after posts (author credits)", "'Video: 0:36' embed placeholder", "newsletter promo after the second post", "footer"],
  entries=[
  E("2027-01-26 19:50", "Kremenchuk death toll climbs to eight as rescue phase ends",
    ["Eight people are now confirmed dead after this morning\u2019s Russian missile strike on Kremenchuk, Ukraine\u2019s emergency service said, as crews ended the search for survivors.",
     "President Zelensky said the refinery was a civilian site and the houses beside it were home to the plant\u2019s own workers."],
    "strikes", "strikes", 3, KREM, a="Aoife Kinsella", kp=True, n="toll 8; reaction included"),
  E("2027-01-26 16:30", "Norway offers $600m to help Ukraine buy gas",
    ["Norway has offered Ukraine about $600 million to pay for imported gas through the rest of the winter, as Russian attacks on gas fields leave Kyiv short of fuel for heating."],
    "aid", "aid", 3, NORWAY, a="Aoife Kinsella", kp=True),
  E("2027-01-26 13:10", "Video: Smoke rises over Kremenchug refinery", [],
    "strikes", "strikes", 1, KREM, n="teaser without text (spelling 'Kremenchug')"),
  E("2027-01-26 11:45", "Defence Forces to train Ukrainian deminers in Kildare",
    ["Irish Defence Forces will train 120 Ukrainian deminers at the Curragh this year, the Department of Defence said, under the EU\u2019s military assistance mission for Ukraine."],
    "aid", "aid", 2, "ireland-trains-ukrainian-deminers-2027-01-26", a="Cian Moloney"),
  E("2027-01-26 08:30", "Overnight strike hits Kremenchuk refinery",
    ["Russian missiles hit the oil refinery in Kremenchuk in central Ukraine early on Tuesday, killing at least two people living nearby, according to local officials."],
    "strikes", "strikes", 3, KREM, a="Cian Moloney", n="toll 2"),
  ]))


# ================================================================ build
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
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


if __name__ == "__main__":
    main()
