#!/usr/bin/env python3
"""Builds the eval/ek seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented, no copied sentences); Part A imitates,
from memory, the page layouts of ten real outlets, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ek/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (or None), p = paragraphs,
    labels (topic, subtopic, importance, story slug), a = author, sec = secondary topics, kp = Key Points, dup = id, n = note."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def B(e, byline=None, **kw):
    """extra per-entry render fields (category, kicker, ...); byline kept for renderers that print one."""
    if byline is not None:
        e["byline"] = byline
    e.update(kw)
    return e


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    s = re.sub(r"['\u2019\u2018]", "", s.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s if len(s) <= 80 else s[:80].rsplit("-", 1)[0]

# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []


def r_pressgazette(S):
    """Press Gazette (WordPress) tag archive, HTML. Newest first. Card: kicker, h2 headline, one-paragraph standfirst,
    'By NAME' and '<time>21 December 2026, 4:12pm</time>' (UK time, no zone printed). Yoast @graph without times.
    A 'Partner content' card and the newsletter box sit between the cards."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": "https://pressgazette.co.uk/#website"},
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://pressgazette.co.uk/"},
            {"@type": "ListItem", "position": 2, "name": "Ukraine"}]},
        {"@type": "WebSite", "@id": "https://pressgazette.co.uk/#website", "url": "https://pressgazette.co.uk/", "name": "Press Gazette",
         "description": "Future of Media", "publisher": {"@id": "https://pressgazette.co.uk/#organization"}},
        {"@type": "Organization", "@id": "https://pressgazette.co.uk/#organization", "name": "Press Gazette", "url": "https://pressgazette.co.uk/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="robots" content="index, follow, max-image-preview:large">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive tag tag-ukraine">',
           '<div class="top-bar"><a href="/newsletters/">Sign up to our newsletters</a> <a href="/subscribe/">Subscribe</a> <a href="/my-account/">Log in</a></div>',
           '<header class="site-header"><a class="logo" href="/">Press Gazette</a>',
           '<nav class="primary-nav"><a href="/news/">News</a> <a href="/media_metrics/">Media Metrics</a> <a href="/the-future-of-media/">Future of Media</a> '
           '<a href="/press-freedom/">Press Freedom</a> <a href="/publishers/">Publishers</a> <a href="/platforms/">Platforms</a> '
           '<a href="/podcast/">Podcasts</a> <a href="/events/">Events</a> <a href="/jobs/">Jobs</a></nav></header>',
           '<main id="main"><div class="archive-header"><p class="breadcrumbs"><a href="/">Home</a> / Ukraine</p>',
           f'<h1 class="archive-title">{esc(S["h1"])}</h1>', f'<p class="archive-description">{esc(S["lede"])}</p></div>', '<div class="post-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {ampm(d)}"; stamps.append(st)
        link = f"https://pressgazette.co.uk/{e.get('cat', 'news')}/{slugify(e['h'])}/"
        out.append(f'<article class="post-card"><a class="post-card__image" href="{link}"><img src="/wp-content/uploads/2026/12/pg-{i + 41}.jpg" alt=""></a>')
        out.append(f'<a class="post-card__kicker" href="/{e.get("cat", "news")}/">{esc(e.get("kicker", "News"))}</a>')
        out.append(f'<h2 class="post-card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="post-card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="post-card__meta"><span class="byline">By <a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></div></article>')
        if i == 1:
            out.append('<article class="post-card post-card--partner"><span class="post-card__kicker">Partner content</span>'
                       '<h2 class="post-card__title"><a href="/partner-content/audience-data-subscriptions/">How audience data can turn casual readers into subscribers</a></h2>'
                       '<p class="post-card__excerpt">In partnership with a subscription-technology provider.</p></article>')
        if i == 3:
            out.append('<aside class="newsletter-signup"><h3>Future of Media Explained</h3><p>The weekly newsletter for everyone who cares about the business of journalism.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Sign up</button></aside>')
    out += ['</div><nav class="pagination"><span class="current">1</span> <a href="page/2/">2</a> <a href="page/3/">3</a> <a href="page/2/">Next</a></nav></main>',
            '<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/media_metrics/most-popular-websites-news-uk-monthly/">Top 50 news websites in the UK</a></li>'
            '<li><a href="/news/journalism-job-cuts-tracker/">Journalism job cuts tracker</a></li></ol></aside>',
            '<footer class="site-footer"><a href="/about-us/">About us</a> <a href="/contact-us/">Contact</a> <a href="/advertise/">Advertise</a> '
            '<a href="/privacy-policy/">Privacy policy</a> <a href="/terms/">Terms and conditions</a><p>© Press Gazette 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 14200 Press Gazette
SEEDS.append(dict(
  id="14200", name="14200_pressgazette-tag", ext="html", source="Press Gazette", zone="Europe/London", render=r_pressgazette,
  title="Ukraine Archives - Press Gazette", h1="Ukraine", url="https://pressgazette.co.uk/subject/ukraine/",
  lede="Coverage of the war in Ukraine and the journalists reporting on it.",
  basis="card stamp '{s}' (day, month and year printed; UK local time implied, no zone printed; GMT in December = UTC); local {d} in {z}",
  notes="Imitates a Press Gazette (WordPress) tag archive page. Newest first. Each card: kicker, h2 headline, one standfirst paragraph, 'By NAME', then a <time> whose text is '21 December 2026, 4:12pm' (no zone: UK time, GMT in December). Yoast @graph JSON-LD with CollectionPage/BreadcrumbList/WebSite/Organization only (no entries, no times). A 'Partner content' card after the second card is an advert, not an entry. Two off-beat media-industry items.",
  not_entries=["top bar (newsletters, subscribe, log in)", "logo and primary navigation", "breadcrumbs 'Home / Ukraine'", "archive title 'Ukraine' and its description",
               "kicker labels on the cards", "'Partner content' card 'How audience data can turn casual readers into subscribers' (advert)",
               "'Future of Media Explained' newsletter box", "pagination", "'Most read' sidebar", "footer links and copyright"],
  entries=[
  E("2026-12-21 17:48", "Freelance photographer hurt as Russian drone hits Kherson market",
    ["A British freelance photographer was among eight people wounded when a Russian drone struck a covered market in central Kherson on Monday afternoon, an attack that also killed two shoppers, according to the regional military administration."],
    "strikes", "strikes", 3, "kherson-market-drone-strike-2026-12-21", a="Eleanor Pryce", ),
  OFF("2026-12-21 15:30", "Regional publisher confirms closure of three weekly titles in January",
    ["The group said falling print sales and rising paper costs had made the papers, all in the East Midlands, impossible to sustain, with eleven editorial jobs affected."],
    "uk-regional-weeklies-closure-2026-12-21", a="Tom Hadley", n="UK regional newspaper closures"),
  E("2026-12-21 14:05", "Kyiv extends wartime rules for the national news telethon until March",
    ["Ukraine's parliament voted on Monday to keep the joint 24-hour news broadcast run by the country's main channels on air for at least another 90 days, rejecting opposition calls to wind it down."],
    "other", "politics", 2, "ukraine-news-telethon-extension-2026-12-21", a="Eleanor Pryce"),
  E("2026-12-21 12:20", "Russia blocks two more European news websites",
    ["Russia's media regulator said it had restricted access to a Dutch and a Danish news site for publishing what it called false information about the armed forces, taking the number of foreign outlets blocked this year past 40."],
    "other", "politics", 2, "russia-blocks-european-news-sites-2026-12-21", a="Maya Lindqvist"),
  E("2026-12-21 10:15", "EU puts three Russian state TV channels under sanctions in latest package",
    ["EU foreign ministers formally adopted a new sanctions package on Monday that bans the broadcasting of three Kremlin-controlled channels across the bloc and adds 19 people to its asset-freeze list.",
     "Moscow's foreign ministry called the move an act of censorship and promised a response against European journalists working in Russia."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-russian-state-tv-2026-12-21", a="Tom Hadley"),
  E("2026-12-21 08:40", "Kyiv newsrooms switch to generators after overnight strikes on power grid",
    ["Several Ukrainian broadcasters said they had kept programmes running on backup power after Russian missiles and drones damaged electricity substations around the capital overnight, leaving parts of the city without light on Monday morning."],
    "strikes", "strikes", 2, "kyiv-grid-strikes-newsrooms-2026-12-21", a="Maya Lindqvist", sec=[]),
  OFF("2026-12-21 07:30", "Christmas week traffic dip hits UK news websites, figures show",
    ["Visits to the biggest UK news sites fell by about a tenth in the week before Christmas compared with the start of the month, according to the latest audience figures."],
    "uk-news-sites-christmas-traffic-2026-12-21", a="Tom Hadley", n="UK audience figures"),
  ]))


def r_niemanlab(S):
    """Nieman Lab WordPress RSS 2.0 feed. Newest first. pubDate '+0000', dc:creator in CDATA, several categories,
    description = excerpt + 'The post ... appeared first on Nieman Lab.', content:encoded = full HTML body + the same line."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '',
           '<channel>', f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://www.niemanlab.org/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.niemanlab.org</link>', f'\t<description>{esc(S["lede"])}</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.9</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.niemanlab.org/2026/12/{slugify(e['h'])}/"
        post = f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.niemanlab.org">Nieman Lab</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e.get("cats", ["Reporting & Production"])]
        out += [f'\t\t<guid isPermaLink="false">https://www.niemanlab.org/?p={243110 + 7 * i}</guid>',
                f'\t\t<description><![CDATA[<p>{esc(e["p"][0])} [&#8230;]</p>\n{post}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + post + ']]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 14201 Nieman Lab
SEEDS.append(dict(
  id="14201", name="14201_niemanlab-feed", ext="xml", source="Nieman Lab", zone="UTC", render=r_niemanlab,
  title="Nieman Lab", lede="Pushing to the future of journalism \u2014 A project of the Nieman Foundation at Harvard",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the Nieman Lab WordPress RSS feed. Newest first. pubDate with '+0000'; dc:creator in CDATA; several <category> per item. Each item carries the first paragraph twice: in <description> (excerpt ending '[\u2026]') and in <content:encoded> (full body). Both end with WordPress's 'The post ... appeared first on Nieman Lab.' line, which is feed chrome, not body. body_paragraphs counts the <content:encoded> paragraphs without that line. Two off-beat media-industry items.",
  not_entries=["channel title, description, lastBuildDate, generator and sy:update lines", "the '[\u2026]' excerpt in each <description> (a copy of the first paragraph)",
               "'The post ... appeared first on Nieman Lab.' line in every item", "comments / wfw:commentRss / slash:comments fields"],
  entries=[
  B(E("2026-12-22 21:10", "How Ukraine\u2019s local newsrooms are keeping the lights on through another winter of blackouts",
    ["In the northern city of Chernihiv, the staff of a small news site now plan their day around the power schedule, writing while the grid is up and filing from a basement on battery packs when it is not.",
     "Editors at eight regional outlets told us the Russian attacks on power plants this autumn have cost them more in fuel and equipment than in any previous winter of the war.",
     "Most said readership had held up, because outage schedules and air-raid alerts are now among the most-read things they publish."],
    "other", "humanitarian", 2, "ukraine-local-newsrooms-blackouts-2026-12-22", a="Priya Castellanos", sec=["strikes"]), None, cats=["Business Models", "International"]),
  B(E("2026-12-22 18:42", "A Russian missile hit a TV tower in Zaporizhzhia. The station was back on air within hours",
    ["A missile struck the main broadcast tower in Zaporizhzhia early on Tuesday, knocking three television channels and two radio stations off the air across much of the region.",
     "Engineers restored a reduced signal from a backup mast by late morning, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "zaporizhzhia-tv-tower-strike-2026-12-22", a="Jonas Whitfield"), None, cats=["Reporting & Production", "International"]),
  OFF("2026-12-22 16:05", "Newsletters are replacing the Sunday paper for younger readers, a new survey finds",
    ["Readers under 35 are now more likely to get their weekend long reads from an email newsletter than from a printed Sunday edition, according to a survey of 4,000 Americans released this week.",
     "The gap is widest for local news, where few of those surveyed could name a weekend print product at all."],
    "newsletters-sunday-paper-survey-2026-12-22", a="Ada Brennan", n="US newsletter survey"),
  B(E("2026-12-22 14:30", "The EU\u2019s new support package for Ukraine sets aside money for independent media. Who gets it?",
    ["When the European Commission signed off the latest \u20ac3.8 billion tranche of budget support for Ukraine on Monday, a line near the bottom earmarked \u20ac25 million for independent news outlets.",
     "Ukrainian media groups said the money would mostly pay salaries at regional outlets whose advertising collapsed after the full-scale invasion."],
    "aid", "aid", 2, "eu-ukraine-tranche-media-funding-2026-12-21", a="Priya Castellanos"), None, cats=["Business Models", "Funding"]),
  B(E("2026-12-22 12:15", "Russian-linked Telegram channels spread fake evacuation orders in Kharkiv, researchers say",
    ["A network of at least 30 Telegram channels posted forged city notices over the weekend telling residents of two Kharkiv districts to leave their homes before an offensive, according to a Ukrainian fact-checking group.",
     "The city council said the notices were fake and asked residents to rely only on its official channels."],
    "other", "security", 2, "kharkiv-fake-evacuation-orders-2026-12-22", a="Jonas Whitfield"), None, cats=["Fake News", "International"]),
  OFF("2026-12-22 10:00", "The year in AI licensing deals: fewer announcements, bigger checks",
    ["Publishers signed fewer content deals with AI companies in the second half of the year, but the ones they did sign were larger and more likely to include payment for real-time news."],
    "ai-licensing-deals-year-2026-12-22", a="Ada Brennan", n="AI licensing deals"),
  ]))

def r_poynter(S):
    """Poynter 'The Poynter Report' newsletter article copied as text: bold section heads, no per-section time,
    one page byline and one 'December 23, 2026 7:05 am' line (Eastern time, no zone printed)."""
    z = S["zone"]; d = dt(S["published"], z)
    L = ["Skip to content", "Poynter.", "",
         "Commentary   Ethics & Trust   Reporting & Editing   Tech & Tools   Business & Work   Educators   Fact-Checking   Locally",
         "Donate   Sign in   Subscribe", "", "COMMENTARY", "", S["title"], "", S["dek"], "", f"By {S['byline']}",
         f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}", "", "Categories: Commentary, Newsletters, The Poynter Report", "",
         "Facebook   X   LinkedIn   Email   Print", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Hot type", "", "- A magazine\u2019s long read on the interpreters who work alongside foreign correspondents in Ukraine.",
          "- How one public radio station rebuilt its archive after a server failure.", "",
          f"Have feedback or a tip? Email {S['byline']} at {S['byline'].split()[0].lower()}@poynter.org.", "",
          "The Poynter Report is our daily media newsletter. To have it delivered to your inbox Monday-Friday, sign up here.", "",
          "More about: Media Wise, Ukraine, Newsletters", "", "Related News", "What newsrooms learned from covering a year of wartime disinformation", "",
          "About Poynter   Contact   Donate   Privacy   Terms", "\u00a9 All Rights Reserved Poynter Institute 2026, a 501(c)(3) nonprofit"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 14202 Poynter
SEEDS.append(dict(
  id="14202", name="14202_poynter-report", ext="txt", source="Poynter", zone="America/New_York", render=r_poynter,
  title="A deadly night in Kharkiv, more missiles for Kyiv, and talks about talks", byline="Renata Okafor",
  dek="Plus, a reporter is detained in occupied Melitopol, and another regional newspaper chain cuts staff.",
  published="2026-12-23 07:05",
  lede="Good morning, and welcome to the last full Poynter Report before the holiday break. Here is what we are watching today.",
  basis="no per-section time; the page's single line 'December 23, 2026 7:05 am' (Eastern time implied, EST) dates every section; local {d} in {z}",
  notes="Imitates Poynter's daily 'The Poynter Report' newsletter article as a text scrape. One page byline (author of every section), one date-and-time line 'December 23, 2026 7:05 am' without a zone (Poynter is in St. Petersburg, Florida: Eastern, EST). Five sections, each a plain heading line followed by paragraphs; they are the entries (stamp null, published = page time). The intro 'Good morning ...' paragraph, the 'Hot type' list of recommended reads and the tip/sign-up lines are not entries. The last section is off-beat (newspaper job cuts).",
  not_entries=["skip link, logo 'Poynter.', section navigation and Donate/Sign in/Subscribe", "section label 'COMMENTARY'", "headline (page title) and dek",
               "byline and date/time line", "'Categories: ...' line and share buttons", "intro paragraph 'Good morning, and welcome ...'",
               "'Hot type' heading and its two recommended-read bullets", "tip e-mail line and newsletter sign-up line", "'More about:' tags",
               "'Related News' link", "footer links and copyright"],
  entries=[
  E("2026-12-23 07:05", "A deadly night in Kharkiv",
    ["Russian drones hit an apartment building and a tram depot in Kharkiv overnight into Wednesday, killing three people and wounding 14, the city\u2019s mayor said.",
     "Local reporters were filming the rescue within the hour, and the footage they posted led the morning broadcasts in Kyiv long before any official statement."],
    "strikes", "strikes", 3, "kharkiv-overnight-drone-strike-2026-12-23", a="Renata Okafor"),
  E("2026-12-23 07:05", "Europe buys more American air defense for Kyiv",
    ["Germany, the Netherlands and Norway agreed on Tuesday to pay for another $500 million in U.S.-made air-defense interceptors for Ukraine through NATO\u2019s purchasing scheme, the alliance said.",
     "It is the fifth such package since the summer, and Ukrainian officials have said the deliveries matter more than the headline figures."],
    "aid", "aid", 3, "europe-funds-us-interceptors-ukraine-2026-12-22", a="Renata Okafor"),
  E("2026-12-23 07:05", "Talks, or talk about talks?",
    ["Secretary of State Marco Rubio said Tuesday that U.S. and Ukrainian negotiators would meet again in the first week of January to work on what he called the last open questions of a framework for ending the war.",
     "The Kremlin said it had not been told of any new meeting with Russian officials. Coverage of the talks has relied heavily on anonymous accounts, and several outlets have had to walk back reports of a deal this month."],
    "diplomacy", "diplomacy", 3, "rubio-january-talks-ukraine-2026-12-22", a="Renata Okafor"),
  E("2026-12-23 07:05", "A reporter detained in occupied Melitopol",
    ["Russian-installed authorities in occupied Melitopol have detained a Ukrainian freelance journalist on espionage charges, according to a media-freedom group that has been in contact with her family.",
     "She had been filing anonymously for a Ukrainian news site about life under occupation. Her relatives say they have not been allowed to see her."],
    "other", "humanitarian", 2, "melitopol-journalist-detained-2026-12-23", a="Renata Okafor"),
  OFF("2026-12-23 07:05", "More cuts at a regional chain",
    ["A newspaper group with titles in four Midwestern states told staff on Tuesday that it would cut about 60 newsroom jobs in January and move two dailies to three print days a week."],
    "midwest-newspaper-chain-cuts-2026-12-22", a="Renata Okafor", n="US newspaper job cuts"),
  ]))


def r_cjr(S):
    """Columbia Journalism Review article laid out as a timeline, HTML. Oldest first; each entry a time paragraph
    '7:15 a.m.' above an h3 headline; page date 'December 24, 2026' and a printed note 'All times Eastern.'
    NewsArticle JSON-LD with page times only; one page byline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Columbia Journalism Review", "url": "https://www.cjr.org"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Columbia Journalism Review</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header id="masthead"><a class="logo" href="https://www.cjr.org/">Columbia Journalism Review</a>',
           '<nav><a href="/analysis/">Analysis</a> <a href="/criticism/">Criticism</a> <a href="/the_media_today/">The Media Today</a> '
           '<a href="/tow_center/">Tow Center</a> <a href="/magazine/">Magazine</a> <a href="/podcast/">Podcast</a> <a href="/newsletters/">Newsletters</a></nav>',
           '<a class="btn" href="/donate/">Donate</a> <a class="btn" href="/subscribe/">Subscribe</a></header>',
           '<main><article class="single"><p class="category"><a href="/analysis/">Analysis</a></p>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<p class="byline">By <a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></p>',
           f'<p class="date">{MONTHS[first.month - 1]} {first.day}, {first.year}</p>',
           '<figure class="wp-caption"><img src="/wp-content/uploads/2026/12/odesa-port.jpg" alt="Port cranes in Odesa">'
           '<figcaption>Cranes at a port near Odesa, in a photo taken earlier this month. (Photo: file)</figcaption></figure>',
           f'<p>{esc(S["lede"])}</p>', '<p class="note"><em>All times Eastern.</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="timeline-entry" id="t{i + 1}"><p class="timeline-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="embed-video"><iframe title="Embedded video" src="https://player.example.org/embed/kx81"></iframe></figure>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="inline-promo"><p>Sign up for The Media Today, CJR\u2019s daily newsletter.</p></aside>')
    out += [f'<p class="author-bio"><em>{esc(S["byline"])} is a CJR fellow who covers press freedom in Eastern Europe.</em></p>',
            '<div class="donate-box"><p>Independent media criticism depends on its readers. Support CJR today.</p><a href="/donate/">Join us</a></div>',
            '</article></main>', '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy policy</a>'
            '<p>\u00a9 2026 Columbia Journalism Review</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 14203 Columbia Journalism Review
SEEDS.append(dict(
  id="14203", name="14203_cjr-timeline", ext="html", source="Columbia Journalism Review", zone="America/New_York", render=r_cjr,
  title="Christmas Eve in a war zone, hour by hour", byline="Lena Marchetti", published="2026-12-24 07:00",
  url="https://www.cjr.org/analysis/ukraine-christmas-eve-timeline.php",
  dek="How one day of the war reached readers, from the first alerts in Odesa to the evening tolls.",
  lede="We followed the day\u2019s main Ukraine stories as they broke and logged them below, with the time each one reached us.",
  basis="timeline time '{s}' (12-hour clock, no date per entry) on the page dated 'December 24, 2026'; 'All times Eastern.' printed (EST); local {d} in {z}",
  notes="Imitates a Columbia Journalism Review article built as a timeline. Oldest first. Each entry: a bold time ('7:15 a.m.') above an h3 headline, then paragraphs. The only date is the page line 'December 24, 2026'; a note says 'All times Eastern.' (EST, UTC-5). One page byline (author of every entry). NewsArticle JSON-LD with page times only. Entry 5 is a 'Watch:' video teaser (embedded player only). Entry 6 is a toll update of entry 1 (same story).",
  not_entries=["masthead logo, navigation, Donate/Subscribe", "category label 'Analysis'", "headline (page title) and dek", "byline and date line",
               "photo and caption", "intro paragraph 'We followed ...'", "note 'All times Eastern.'", "embedded video iframe in the teaser",
               "newsletter promo after the third entry", "author bio", "donation box", "footer"],
  entries=[
  E("2026-12-24 07:15", "Overnight: Russian drones hit port facilities in Odesa region",
    ["Russia sent dozens of attack drones toward the Odesa region overnight, setting fire to a grain warehouse and damaging a berth at one of the Danube ports, regional officials said.",
     "One port worker was killed and three were injured, according to the regional governor."],
    "strikes", "strikes", 3, "odesa-region-ports-drone-strike-2026-12-24", a="Lena Marchetti"),
  E("2026-12-24 09:40", "Ukraine says it pushed back an assault near Huliaipole",
    ["Ukraine\u2019s army said its troops had repelled an attack by two Russian mechanized columns near Huliaipole in the Zaporizhzhia region, destroying several armored vehicles.",
     "The claim could not be verified, and Russian military bloggers described the fighting as continuing."],
    "other", "frontline", 2, "huliaipole-assault-repelled-2026-12-24", a="Lena Marchetti"),
  E("2026-12-24 11:05", "Zelensky proposes a Christmas truce; Moscow says no",
    ["President Volodymyr Zelensky said Ukraine was ready to stop strikes on energy sites over the holidays if Russia did the same.",
     "The Kremlin\u2019s spokesman answered within two hours that there would be no pause in what Moscow calls its special military operation without a final settlement."],
    "diplomacy", "diplomacy", 3, "zelensky-christmas-truce-offer-2026-12-24", a="Lena Marchetti"),
  E("2026-12-24 13:20", "Pope calls for the weapons to fall silent",
    ["Pope Leo XIV used a Christmas Eve audience to appeal for a ceasefire in Ukraine and for the return of children taken to Russia, Vatican media reported."],
    "diplomacy", "diplomacy", 2, "pope-christmas-ceasefire-appeal-2026-12-24", a="Lena Marchetti", sec=[]),
  E("2026-12-24 15:45", "Watch: Kyiv\u2019s underground Christmas market opens in a metro station", [],
    "other", "humanitarian", 1, "kyiv-metro-christmas-market-2026-12-24", a="Lena Marchetti", n="video teaser, no text body"),
  E("2026-12-24 17:30", "Odesa toll rises to two as rescuers clear the warehouse",
    ["A second port worker died in hospital on Thursday afternoon, the Odesa regional administration said, bringing the toll from the overnight drone attack to two.",
     "Firefighters said the warehouse fire was out but that about 4,000 tonnes of grain had been destroyed."],
    "strikes", "strikes", 3, "odesa-region-ports-drone-strike-2026-12-24", a="Lena Marchetti", n="toll update of 14203-01, same story"),
  ]))

def r_adage(S):
    """Ad Age (Crain) live blog copied as text. Newest first. Each post: time line '4:50 p.m. EST', headline, 'By NAME', body.
    The only date is the page line 'Published on December 25, 2026.'"""
    z = S["zone"]; order_check(S, True); d0 = dt(S["published"], z)
    L = ["Skip to main content", "Ad Age", "Subscribe   Sign In", "",
         "Agency News   Brand Marketing   Digital   Media   Special Report: A-List   Datacenter   Events   Podcasts   Jobs", "",
         "MEDIA", "", S["title"], "", f"Published on {MONTHS[d0.month - 1]} {d0.day}, {d0.year}.", "By Ad Age staff", "",
         "Credit: Illustration by Ad Age", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EST"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Want the latest ad industry news? Sign up for the Ad Age Daily newsletter.", "Enter your email   Sign Up", ""]
    L += ["In this article:", "Media   Ukraine   Advertising", "", "Most Popular",
          "Holiday ads of 2026: the year's best spots, ranked", "Agency holding company results to watch in January", "",
          "About Us   Contact Us   Advertise   Privacy Policy   Terms and Conditions",
          "Copyright \u00a9 1992-2026 Crain Communications Inc. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 14204 Ad Age
SEEDS.append(dict(
  id="14204", name="14204_adage-live", ext="txt", source="Ad Age", zone="America/New_York", render=r_adage,
  title="Christmas Day live: Ukraine war updates and what they mean for brands in the region", published="2026-12-25 08:00",
  lede="Our editors are tracking news from Ukraine and the advertising business through the holiday. Refresh for the latest.",
  basis="post time '{s}' (EST printed, no date per post); the day comes from the page line 'Published on December 25, 2026.'; local {d} in {z}",
  notes="Imitates an Ad Age live blog as a text scrape. Newest first. Each post: time line with zone ('4:50 p.m. EST'), headline, 'By NAME', body. The page's only date is 'Published on December 25, 2026.' Generic page byline 'By Ad Age staff' (not used: every post has its own byline). Two off-beat ad-business items.",
  not_entries=["skip link, logo, Subscribe/Sign In, navigation", "section label 'MEDIA'", "page headline (page title)", "'Published on December 25, 2026.' line and 'By Ad Age staff'",
               "photo credit line", "intro paragraph 'Our editors are tracking ...'", "newsletter sign-up after the third post", "'In this article:' tags",
               "'Most Popular' links", "footer and copyright"],
  entries=[
  E("2026-12-25 16:50", "Ukraine reports Christmas Day drone attack on Kharkiv energy site",
    ["Russian drones struck a power facility on the edge of Kharkiv on Friday afternoon, cutting electricity to about 40,000 homes, the regional governor said.",
     "He said there were no reports of injuries and that repair crews were already at the site."],
    "strikes", "strikes", 2, "kharkiv-energy-site-drone-strike-2026-12-25", a="Dana Whitcombe"),
  OFF("2026-12-25 15:47", "Christmas Day streaming ad spend set for a record, estimates show",
    ["Advertisers are on course to spend more on streaming TV on Christmas Day than on any single day before, driven by live sports, according to estimates from two measurement firms."],
    "christmas-streaming-ad-spend-2026-12-25", a="Luis Ortega", n="US streaming ad spending"),
  E("2026-12-25 14:05", "Ukrainian retailers turn the blackouts into holiday campaigns",
    ["Shops in Kyiv and Lviv are selling power banks, candles and thermal blankets as Christmas gifts, with campaigns built around the scheduled outages that follow Russian attacks on the grid.",
     "One electronics chain said sales of portable batteries were up by half on last December."],
    "other", "humanitarian", 2, "ukraine-retailers-blackout-campaigns-2026-12-25", a="Luis Ortega", sec=["strikes"]),
  E("2026-12-25 12:30", "Russia and Ukraine swap 150 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine each handed over 150 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, both sides said.",
     "Ukraine\u2019s coordination headquarters said the group included soldiers captured in the Kursk operation and two civilians."],
    "diplomacy", "diplomacy", 3, "christmas-prisoner-exchange-2026-12-25", a="Dana Whitcombe"),
  E("2026-12-25 10:10", "Germany confirms delivery of two more IRIS-T air-defense systems",
    ["Germany\u2019s defense ministry said two further IRIS-T medium-range systems and a stock of missiles had reached Ukraine this week, part of a package promised in the autumn.",
     "Kyiv has said the systems are among the most effective it has against cruise missiles."],
    "aid", "aid", 3, "germany-iris-t-delivery-2026-12-25", a="Kim Sorensen"),
  OFF("2026-12-25 08:25", "Network says Super Bowl ad slots are nearly sold out",
    ["The broadcaster of February\u2019s game said fewer than five in-game spots remained, with prices for the last ones above $8 million for 30 seconds."],
    "super-bowl-ad-slots-2026-12-25", a="Kim Sorensen", n="Super Bowl advertising"),
  ]))


def r_adweek(S):
    """Adweek live blog, HTML. Newest first, date dividers ('Saturday, December 26, 2026'), each post a time '5:40 PM ET'
    above the h2 headline and 'By NAME' below it. LiveBlogPosting JSON-LD with per-update datePublished (-05:00).
    The posts cross local midnight (Dec. 25 evening ET is Dec. 26 UTC)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Adweek"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="https://www.adweek.com/">Adweek</a>',
           '<nav><a href="/agencies/">Agencies</a> <a href="/brand-marketing/">Brand Marketing</a> <a href="/media/">Media</a> <a href="/programmatic/">Platforms</a> '
           '<a href="/commerce/">Commerce</a> <a href="/creativity/">Creativity</a> <a href="/sports/">Sports</a> <a href="/events/">Events</a> <a href="/awards/">Awards</a></nav>',
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></header>',
           '<main><div class="article-header"><span class="eyebrow">Media</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<p class="meta">Updated {SHORT_MONTHS[last.month - 1]} {last.day}, {last.year}</p></div>', '<div class="live-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<h3 class="live-date">{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}</h3>')
        st = f"{ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i + 1}"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>'
                   f'<p class="author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="newsletter-inline"><p>Enjoying Adweek\u2019s coverage? Sign up for our daily newsletter.</p><button>Sign up</button></div>')
    out += ['</div></main>', '<aside class="recommended"><h3>Recommended articles</h3><a href="/media/year-end-ratings-roundup/">Year-end ratings: cable news finishes flat</a></aside>',
            '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms-of-use/">Terms of Use</a><p>\u00a9 2026 Adweek. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 14205 Adweek
SEEDS.append(dict(
  id="14205", name="14205_adweek-live", ext="html", source="Adweek", zone="America/New_York", render=r_adweek,
  title="Ukraine war live updates: missiles hit Dnipro as Kyiv marks Christmas",
  url="https://www.adweek.com/media/ukraine-war-live-updates-december-26/",
  dek="A running file of the latest from Ukraine, including the media and marketing angles.",
  basis="post time '{s}' (ET printed) under the date divider above it ('Saturday, December 26, 2026' or 'Friday, December 25, 2026'); matches the update's JSON-LD datePublished; local {d} in {z}",
  notes="Imitates an Adweek live-updates page. Newest first. Date dividers ('Saturday, December 26, 2026', then 'Friday, December 25, 2026' further down); each post: time '5:40 PM ET', h2 headline, 'By NAME', body. LiveBlogPosting JSON-LD carries every update with its own datePublished (-05:00). The two oldest posts are on Friday evening Eastern time, which is already Saturday 26 December in UTC, so all six fall on the UTC day 2026-12-26. One off-beat item.",
  not_entries=["logo, navigation, Subscribe/Log In", "eyebrow 'Media'", "page headline (page title) and dek", "'Updated Dec 26, 2026' line",
               "date dividers", "newsletter box after the second post", "'Recommended articles' rail", "footer"],
  entries=[
  E("2026-12-26 17:40", "Russian missile strike on Dnipro kills four",
    ["A Russian missile hit a residential block in the center of Dnipro on Saturday afternoon, killing four people and wounding at least 22, the regional governor said.",
     "Rescuers were still searching the upper floors of the building after dark."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2026-12-26", a="Noor Haddad"),
  E("2026-12-26 14:31", "Ukraine says long-range drones hit Russian oil terminal at Primorsk",
    ["Ukraine\u2019s general staff said its drones struck fuel-loading equipment at the Baltic port of Primorsk overnight, causing a fire.",
     "The governor of Russia\u2019s Leningrad region said debris from downed drones had started a blaze that was quickly put out."],
    "strikes", "strikes", 2, "primorsk-oil-terminal-drone-strike-2026-12-26", a="Gil Moreno"),
  OFF("2026-12-26 11:15", "Retailers lean on shoppable video for the post-Christmas returns rush",
    ["Big-box chains are spending more on shoppable video ads in the week after Christmas to turn returns and gift cards into new sales, according to agency buyers."],
    "post-christmas-shoppable-video-2026-12-26", a="Gil Moreno", n="US retail advertising"),
  E("2026-12-26 08:05", "Slovakia\u2019s Fico says he will not block the EU loan for Ukraine",
    ["Slovak Prime Minister Robert Fico told a radio interview on Saturday that his government would not stand in the way of the European Union\u2019s next loan to Ukraine, though it would not contribute to it."],
    "diplomacy", "diplomacy", 2, "fico-eu-loan-ukraine-2026-12-26", a="Noor Haddad", sec=["aid"]),
  E("2026-12-25 22:50", "Zelensky thanks allies in Christmas night address, asks for more air defense",
    ["In a short Christmas night video address, President Volodymyr Zelensky thanked Ukraine\u2019s partners for this year\u2019s deliveries and said the country still needed more Patriot missiles before the coldest weeks of winter."],
    "aid", "aid", 2, "zelensky-christmas-address-air-defense-2026-12-25", a="Gil Moreno", sec=["diplomacy"]),
  E("2026-12-25 20:10", "Russia claims capture of a village near Kupiansk",
    ["Russia\u2019s defense ministry said Friday that its troops had taken a village northeast of Kupiansk in the Kharkiv region.",
     "Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2026-12-25", a="Noor Haddad"),
  ]))

def r_digiday(S):
    """Digiday WordPress Atom feed. Newest first. <published> and <updated> in Z (updated can be later; the entry time is
    <published>), author name, CDATA title, summary = first paragraph, content = full body."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["title"])}</title>', f'\t<subtitle type="text">{esc(S["lede"])}</subtitle>', '',
           f'\t<updated>{(last + timedelta(minutes=40)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>', '',
           '\t<link rel="alternate" type="text/html" href="https://digiday.com" />', '\t<id>https://digiday.com/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://digiday.com/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = d.astimezone(UTC); st = u.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        upd = (u + timedelta(minutes=e.get("upd", 0))).strftime("%Y-%m-%dT%H:%M:%SZ")
        link = f"https://digiday.com/{e.get('cat', 'media').lower()}/{slugify(e['h'])}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t\t\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f'\t\t<id>https://digiday.com/?p={598400 + 13 * i}</id>', f'\t\t<updated>{upd}</updated>', f'\t\t<published>{st}</published>',
                f'\t\t<category scheme="https://digiday.com" term="{e.get("cat", "Media")}" />',
                f'\t\t<summary type="html"><![CDATA[{esc(e["p"][0])}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                '\t</entry>']
    out += ['</feed>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 14206 Digiday
SEEDS.append(dict(
  id="14206", name="14206_digiday-atom", ext="xml", source="Digiday", zone="UTC", render=r_digiday,
  title="Digiday", lede="The future of media and marketing",
  basis="Atom <published> '{s}' (UTC, Z); <updated> is ignored when later; local {d} in {z}",
  notes="Imitates Digiday's WordPress Atom feed. Newest first. <published> in UTC (Z); two entries also carry a later <updated> (edits), which is not the publication time. <summary> repeats the first paragraph of <content>. Two off-beat 'Briefing' newsletter items.",
  not_entries=["feed title, subtitle, updated, generator", "<summary> of each entry (copy of the first paragraph)", "category terms"],
  entries=[
  B(E("2026-12-27 20:15", "Russian drones knock out power to 200,000 households in Odesa",
    ["A wave of Russian attack drones hit energy facilities around Odesa on Sunday evening, leaving about 200,000 households without electricity or heating, the regional governor said.",
     "Air defenses shot down most of the drones, he said, and no one was reported hurt."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2026-12-27", a="Hannah Osei"), cat="Media"),
  B(E("2026-12-27 17:40", "Poland signs for 96 more K2 tanks as it rearms on NATO\u2019s eastern flank",
    ["Poland\u2019s defense ministry signed a contract on Sunday for a further 96 South Korean K2 tanks, part of a buildup it says is driven by Russia\u2019s war in Ukraine.",
     "The first tanks from the new order are due in 2028."],
    "other", "security", 2, "poland-k2-tank-order-2026-12-27", a="Marcus Vell"), cat="Media", upd=35),
  B(OFF("2026-12-27 15:05", "Digiday Briefing: The CTV upfronts are starting earlier than ever",
    ["Streaming sellers have begun pitching next year\u2019s upfront packages before the holidays, weeks ahead of the usual schedule, buyers told Digiday."],
    "ctv-upfronts-early-2026-12-27", a="Marcus Vell", n="streaming TV ad sales"), cat="Marketing"),
  B(E("2026-12-27 12:30", "Ukraine will build long-range drones in Denmark under a new deal",
    ["Ukraine and Denmark signed an agreement on Sunday for a Ukrainian manufacturer to produce long-range attack drones at a site in southern Denmark, paid for by the Danish government.",
     "Danish officials said the first drones would be handed to Ukraine\u2019s armed forces in the spring."],
    "aid", "aid", 2, "denmark-ukraine-drone-production-deal-2026-12-27", a="Hannah Osei"), cat="Media"),
  B(OFF("2026-12-27 10:10", "Media Buying Briefing: Agencies rethink retail media fees for 2027",
    ["Several agency holding companies are reworking how they charge clients for retail media buys, with flat fees replacing percentage commissions."],
    "retail-media-fees-2026-12-27", a="Marcus Vell", n="agency fees"), cat="Marketing"),
  B(E("2026-12-27 08:00", "Kremlin says there is \u2018no rush\u2019 on the latest U.S. peace text",
    ["The Kremlin\u2019s spokesman said on Sunday that Moscow was studying the latest American draft of a peace framework but saw no reason to hurry its reply.",
     "He repeated that any deal must address what Russia calls the root causes of the conflict."],
    "diplomacy", "diplomacy", 2, "kremlin-no-rush-us-peace-text-2026-12-27", a="Hannah Osei"), cat="Media", upd=50),
  ]))


def r_thewrap(S):
    """TheWrap 'Latest News' river printed from a browser to PDF and copied as text. The print header '12/28/26, 3:40 PM'
    is the only clock; cards: kicker, headline, summary, author, relative time ('12 minutes ago', '2 hours ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    hdr = f"{ref.month}/{ref.day}/{ref.year % 100:02d}, {ampm(ref, space=' ', upper=True)}"
    L = [f"{hdr}    {S['title']}", "", "TheWrap", "Movies   TV   Media   Awards   Business   Wrap PRO   Podcasts   Events", "SUBSCRIBE   SIGN IN", "",
         "LATEST NEWS", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, "TheWrap relative hours must be whole"
            h = mins // 60; st = f"{h} hour ago" if h == 1 else f"{h} hours ago"
        stamps.append(st)
        L += [e.get("kicker", "MEDIA"), e["h"], ""] + ptxt(e["p"]) + [e["a"], st, ""]
        if i == 2:
            L += ["Sign up for TheWrap\u2019s daily newsletter \u2014 the business of entertainment in your inbox.", "Email address   SIGN UP", ""]
    L += ["LOAD MORE", "", "About   Contact   Advertise   Privacy Policy   Terms of Use", "\u00a9 2026 TheWrap. All rights reserved.", "",
          "https://www.thewrap.com/latest-news/    1/2"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 14207 TheWrap
SEEDS.append(dict(
  id="14207", name="14207_thewrap-latest", ext="txt", source="TheWrap", zone="America/Los_Angeles", render=r_thewrap,
  title="Latest News | TheWrap", ref="2026-12-28 15:40",
  basis="relative stamp '{s}' counted back from the browser print header '12/28/26, 3:40 PM' (Pacific time assumed: the outlet's home zone, PST); local {d} in {z}",
  notes="Imitates TheWrap's 'Latest News' river printed to PDF and copied as text. The first line is the browser's print header '12/28/26, 3:40 PM' plus the page title (two-digit year; the footer prints \u00a9 2026). Cards, newest first: kicker, headline, one summary paragraph, author, relative time ('12 minutes ago', '1 hour ago', '7 hours ago'). No zone anywhere: the print clock is taken as Pacific time (TheWrap is in Los Angeles; PST, UTC-8); every stamp is counted back from it exactly. The last line is the print footer (URL and page number). Two off-beat entertainment items.",
  not_entries=["print header line (date, time and page title) and print footer (URL, '1/2')", "logo, navigation, SUBSCRIBE/SIGN IN", "'LATEST NEWS' heading",
               "kicker labels", "newsletter sign-up after the third card", "'LOAD MORE'", "footer links and copyright"],
  entries=[
  B(E("2026-12-28 15:28", "Russian missile strike on Zaporizhzhia kills five, officials say",
    ["Russian missiles hit an industrial area and nearby apartment blocks in Zaporizhzhia in the early hours of Tuesday, local time, killing five people and wounding more than 20, regional officials said."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2026-12-29", a="Bettina Roarke"), kicker="NEWS"),
  B(OFF("2026-12-28 14:40", "Holiday box office: family films power the best post-Christmas weekend in years",
    ["An animated sequel and a fantasy musical led the domestic box office over the long holiday weekend, pushing overall receipts to the highest level for the period since 2019."],
    "holiday-box-office-2026-12-28", a="Drew Kaplan", n="US box office"), kicker="MOVIES"),
  B(E("2026-12-28 13:40", "Trump says he had a \u2018productive\u2019 call with Putin on Ukraine",
    ["President Donald Trump said Monday that he had spoken with Vladimir Putin for more than an hour and that the two had made progress on a plan to end the war, without giving details."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-2026-12-28", a="Bettina Roarke"), kicker="NEWS"),
  B(OFF("2026-12-28 12:40", "Golden Globes add a second wave of presenters",
    ["Organizers of next month\u2019s Golden Globes named another eight presenters on Monday, including two first-time nominees from this year\u2019s streaming dramas."],
    "golden-globes-presenters-2026-12-28", a="Drew Kaplan", n="awards show"), kicker="AWARDS"),
  B(E("2026-12-28 10:40", "European leaders to meet in Paris next week on security guarantees for Ukraine",
    ["French President Emmanuel Macron will host leaders of the so-called coalition of the willing in Paris on January 6 to finalize the security guarantees they would offer Ukraine after a ceasefire, his office said."],
    "diplomacy", "diplomacy", 2, "paris-coalition-meeting-announced-2026-12-28", a="Sasha Green"), kicker="NEWS"),
  B(E("2026-12-28 08:40", "Russia claims its troops have entered Kostiantynivka",
    ["Russia\u2019s defense ministry said Monday that its forces had pushed into the eastern districts of Kostiantynivka in the Donetsk region, a claim Ukraine\u2019s army called false."],
    "other", "frontline", 2, "russia-claims-kostiantynivka-entry-2026-12-28", a="Sasha Green"), kicker="NEWS"),
  ]))

def r_jcouk(S):
    """journalism.co.uk live page copied as text. Oldest first; bare 24-hour time line '09:15' above the headline;
    one page byline (two names); the date line 'Tuesday 29 December' prints no year, and no year appears anywhere."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["journalism.co.uk", "News   Features   Podcasts   Newsrewired   Jobs   Events   Training   Newsletter", "", "LIVE", S["title"], "",
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", f"By {S['byline']}", "", S["lede"], "",
         "Share:  LinkedIn  X  Bluesky  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the journalism.co.uk weekly newsletter: tips, tools and jobs for journalists, every Tuesday. Sign up here.", ""]
    L += ["This page will be updated through the day.", "", "Related:", "Safety training for freelancers heading to frontline areas: what is on offer", "",
          "About us   Advertise   Contact   Privacy   Cookie settings", "journalism.co.uk is published by Mousetrap Media Ltd."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 14208 journalism.co.uk
SEEDS.append(dict(
  id="14208", name="14208_journalismcouk-live", ext="txt", source="journalism.co.uk", zone="Europe/London", render=r_jcouk,
  title="Live: Ukraine news and the reporters covering it", byline="Hamza Ellery and Rosa Tidmarsh", parse_args=["--date", "2026-12-29"],
  lede="Our newsroom is following the day's developments in Ukraine, with a focus on what they mean for journalists working there.",
  basis="bare time '{s}' (UK time implied, GMT in December = UTC) under the page date line 'Tuesday 29 December' (no year printed: year from --date); local {d} in {z}",
  notes="Imitates a journalism.co.uk live page as a text scrape. Oldest first. Each entry: bare 24-hour time line ('08:10'), headline, paragraphs. The page's only date line is 'Tuesday 29 December' with no year, and no year is printed anywhere (footer without copyright year), hence parse_args --date 2026-12-29. No zone printed: UK time (GMT = UTC in December). Page byline with two names is every entry's author. Entry 5 is a later update on the Kyiv heating strike of entry 1 (same story). One off-beat item.",
  not_entries=["site name and navigation", "'LIVE' label", "page headline (page title)", "date line 'Tuesday 29 December' and page byline", "intro paragraph 'Our newsroom is following ...'",
               "share line", "newsletter sign-up after the third entry", "'This page will be updated through the day.'", "'Related:' link", "footer lines"],
  entries=[
  E("2026-12-29 08:10", "Overnight strike cuts heating to four Kyiv districts; one dead",
    ["A Russian missile and drone attack on Kyiv overnight damaged a combined heat and power plant, leaving four districts on the left bank without heating as temperatures fell to minus nine.",
     "The city's military administration said one man was killed by falling debris in the Darnytskyi district."],
    "strikes", "strikes", 3, "kyiv-heating-plant-strike-2026-12-29", a="Hamza Ellery and Rosa Tidmarsh"),
  E("2026-12-29 09:35", "UK pledges \u00a3150m for Ukrainian drone production",
    ["The UK government said it would put \u00a3150m into producing Ukrainian-designed interceptor drones, with some of the work done at factories in Britain.",
     "The defence secretary said the first batches would be delivered before the spring."],
    "aid", "aid", 3, "uk-150m-drone-production-2026-12-29", a="Hamza Ellery and Rosa Tidmarsh"),
  E("2026-12-29 11:00", "Journalists' union says 11 media workers were killed in Ukraine this year",
    ["The National Union of Journalists of Ukraine said 11 media workers had been killed this year, most of them by drones near the front line, and called on international bodies to treat attacks on reporters as war crimes."],
    "other", "humanitarian", 2, "ukraine-media-workers-killed-2026-tally", a="Hamza Ellery and Rosa Tidmarsh"),
  OFF("2026-12-29 12:45", "Newsroom job adverts fall to a five-year low, recruiter says",
    ["The number of advertised reporting jobs in the UK fell to its lowest level in five years in the final quarter, according to a specialist media recruiter, with the sharpest drop in regional news."],
    "uk-newsroom-job-adverts-2026-12-29", a="Hamza Ellery and Rosa Tidmarsh", n="UK journalism jobs"),
  E("2026-12-29 14:20", "Kyiv heating repairs will take at least two days, city says",
    ["Kyiv's mayor said engineers would need at least 48 hours to restore heating to the districts hit overnight and urged residents to use the city's warming points.",
     "Schools in the affected areas will stay closed until Thursday."],
    "strikes", "strikes", 3, "kyiv-heating-plant-strike-2026-12-29", a="Hamza Ellery and Rosa Tidmarsh", sec=[], n="update on 14208-01, same story"),
  E("2026-12-29 16:05", "Finland and Ukraine sign ten-year security agreement",
    ["Finland's president and Ukraine's president signed a ten-year security cooperation agreement in Kyiv on Tuesday, covering military training, air defence and help with rebuilding energy infrastructure."],
    "diplomacy", "diplomacy", 3, "finland-ukraine-security-agreement-2026-12-29", a="Hamza Ellery and Rosa Tidmarsh"),
  ]))


def r_index(S):
    """Index on Censorship (WordPress) weekly-style free-expression round-up, HTML. h2 sections 'Country: headline', no
    per-section time; visible date '30 Dec 2026' only; the time is in the Yoast Article JSON-LD datePublished."""
    z = S["zone"]; d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": {"name": S["byline"], "@id": "https://www.indexoncensorship.org/#/schema/person/jf1"},
         "headline": S["title"], "datePublished": d.isoformat(), "dateModified": (d + timedelta(minutes=25)).isoformat(),
         "mainEntityOfPage": {"@id": S["url"]}, "publisher": {"@id": "https://www.indexoncensorship.org/#organization"}, "inLanguage": "en-GB"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Index on Censorship", "datePublished": d.isoformat()},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.indexoncensorship.org/"},
                                                         {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://www.indexoncensorship.org/#organization", "name": "Index on Censorship"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Index on Censorship</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Index on Censorship</a><nav><a href="/news/">News</a> <a href="/magazine/">Magazine</a> <a href="/campaigns/">Campaigns</a> '
           '<a href="/events/">Events</a> <a href="/about-index/">About</a></nav><a class="donate" href="/donate/">Donate</a> <a href="/subscribe/">Subscribe</a></header>',
           '<main><article><p class="post-category"><a href="/category/news/">News</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="post-meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}</span></div>',
           f'<p class="intro"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="wp-block-buttons"><p>Support Index on Censorship\u2019s work defending free expression.</p><a class="wp-block-button" href="/donate/">Donate now</a></div>')
    out += ['<div class="tags">Tags: Russia, Ukraine, Georgia, Azerbaijan, press freedom</div>', '</article>',
            '<section class="related"><h3>Related posts</h3><a href="/2026/12/the-reporters-behind-bars-in-2026/">The reporters behind bars as the year ends</a></section></main>',
            '<footer><p>Index on Censorship is a registered charity.</p><a href="/privacy-policy/">Privacy policy</a> <a href="/contact/">Contact</a><p>\u00a9 2026 Index on Censorship</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 14209 Index on Censorship
SEEDS.append(dict(
  id="14209", name="14209_indexoncensorship-roundup", ext="html", source="Index on Censorship", zone="Europe/London", render=r_index,
  title="Free speech round-up: a reporter jailed in Russia and a TV crew hit near Kramatorsk", byline="Juno Faraday", published="2026-12-30 11:45",
  url="https://www.indexoncensorship.org/2026/12/free-speech-round-up-december-30/",
  lede="Our regular look at threats to free expression, this time with a focus on Russia\u2019s war against Ukraine and its neighbours.",
  basis="no per-section time; the visible date '30 Dec 2026' plus the Article JSON-LD datePublished '2026-12-30T11:45:00+00:00' date every section; local {d} in {z}",
  notes="Imitates an Index on Censorship (WordPress) news round-up. Five h2 sections, each 'Country: headline' with paragraphs; they are the entries (stamp null). The page prints only the date '30 Dec 2026' next to the author; the publication time exists only in the Yoast @graph Article datePublished (11:45 UK time = UTC), used for every section. The page byline is every section's author. The bold intro paragraph, donation box, tags and related posts are not entries. Two off-beat sections (Georgia, Azerbaijan).",
  not_entries=["logo, navigation, Donate/Subscribe", "category label 'News'", "headline (page title)", "author and date line", "bold intro paragraph",
               "donation box after the second section", "tags line", "'Related posts'", "footer"],
  entries=[
  E("2026-12-30 11:45", "Russia: journalist jailed for seven years over posts about the army",
    ["A court in Yekaterinburg sentenced a local journalist to seven years in a penal colony for spreading what prosecutors called false information about the armed forces, over social media posts about losses among men from the region.",
     "She is at least the ninth journalist jailed under the wartime censorship laws this year."],
    "other", "politics", 2, "yekaterinburg-journalist-jailed-2026-12-30", a="Juno Faraday"),
  E("2026-12-30 11:45", "Ukraine: sound engineer killed as drone hits TV crew near Kramatorsk",
    ["A sound engineer working for a Ukrainian television channel was killed and a reporter wounded when a Russian drone struck their clearly marked car outside Kramatorsk on Tuesday evening, the channel said.",
     "Ukraine\u2019s prosecutor general has opened a war-crimes investigation."],
    "strikes", "strikes", 3, "kramatorsk-tv-crew-drone-strike-2026-12-29", a="Juno Faraday", sec=[]),
  E("2026-12-30 11:45", "Occupied territories: schoolbooks rewritten to erase Ukrainian history, report finds",
    ["A report by a Ukrainian education watchdog says history textbooks issued in occupied parts of the Zaporizhzhia and Kherson regions this autumn describe Ukraine as an artificial state and omit any mention of the famine of the 1930s."],
    "other", "humanitarian", 2, "occupied-territories-textbooks-report-2026-12-30", a="Juno Faraday"),
  OFF("2026-12-30 11:45", "Georgia: opposition-leaning channel loses its broadcast licence",
    ["Georgia\u2019s communications regulator revoked the licence of one of the last television channels critical of the government, which said it would keep streaming online."],
    "georgia-channel-licence-revoked-2026-12-30", a="Juno Faraday", n="Georgian media regulation"),
  OFF("2026-12-30 11:45", "Azerbaijan: two more reporters detained",
    ["Police in Baku detained two reporters from an independent news site on smuggling charges that their colleagues say are fabricated, bringing the number of journalists held in the country to more than 25."],
    "azerbaijan-reporters-detained-2026-12-30", a="Juno Faraday", n="Azerbaijani press freedom"),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_textlive_gmt(S):
    """text live, newest first, 'Key Points' block, headline line THEN a stamp line '19:40 GMT · NAME' (name only when
    the post is signed), body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home / World / Europe / Ukraine", "", "LIVE  " + S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:58]", ""]
        if i == 2:
            L += ["Get our Ukraine Briefing in your inbox every morning. Sign up", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2026 \u2022 Terms \u2022 Privacy \u2022 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible bare '08:05' in
    <time datetime>; author line under the h2."""
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
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/opinion">Opinion</a> <a href="/donate">Become a member</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lede">{esc(S["lede"])}</p>',
           '<p class="tz-note">Times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="post-tools"><a href="#">Share</a> <a href="#">Copy link</a></footer></section>')
        if i == 3:
            out.append('<aside class="read-also"><strong>Read also:</strong> <a href="/war/how-ukraine-counts-drones">How the air force counts what it shoots down</a></aside>')
    out += ['</main>', f'<footer class="site">{esc(S["source"])} \u00b7 About \u00b7 Editorial policy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first; pubDate with S['rfc'] ('GMT' or numeric offset); description = escaped HTML paragraphs;
    dc:creator only for signed items."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en-gb")}</language>', f'<copyright>\u00a9 {S["source"]} 2026</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{i + 5101}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>')
        out += [f'<media:thumbnail url="{S["url"]}/img/{i + 5101}.jpg" width="240" height="135"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone
    ('19 December 2026, 16:40 CET'); no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Listen to this article (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: Ukraine's refineries under fire \u2013 our map of this autumn's attacks", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2026 \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# ---- day 1: Saturday 19 December 2026
KREM = "kremenchuk-missile-drone-strike-2026-12-19"
EULOAN = "eu-45bn-loan-ukraine-2027-2026-12-19"
SARATOV = "saratov-refinery-drone-strike-2026-12-19"
ANALYSIS = "analysis-russia-energy-strike-campaign-2026-12"
ANALYSIS_H = "Analysis: Why Russia keeps returning to Ukraine\u2019s refineries and power plants"
ANALYSIS_P = [
    "The overnight attack on Kremenchuk, home to Ukraine\u2019s largest working oil refinery, was the fourth on the city since October, and it followed a pattern that has become familiar this winter.",
    "Russian planners tend to mix a handful of cruise or ballistic missiles with dozens of cheap drones, sending the drones first to draw air-defence fire and hoping the missiles get through to refineries, substations and heating plants.",
    "The aim, Ukrainian and Western officials say, is less to win any single night than to wear down fuel supplies and the grid over months, and to force Kyiv to spread scarce interceptors across the whole country.",
]

SEEDS.append(dict(
  id="14220", name="14220_lanternhill-textlive", ext="txt", source="Lanternhill Courier", zone="Europe/London", render=r_textlive_gmt,
  title="Ukraine war: deadly strike on Kremenchuk refinery and homes; EU agrees 2027 loan", dateline="Saturday 19 December 2026",
  lede="Russia hit the central Ukrainian city of Kremenchuk with missiles and drones overnight, while EU leaders finished a late-night summit with a deal on next year's money for Kyiv.",
  basis="stamp '{s}' (GMT printed = UTC) on the page dated 'Saturday 19 December 2026'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Each post: headline line, then a stamp line '19:40 GMT \u00b7 NAME' (no name on the unsigned teaser), then body. 'Key Points' block lists the headlines of entries 1 and 2. Entry 4 is a 'Watch:' video teaser (only a '[Video: 0:58]' placeholder). Entry 3 is a theme piece (analysis) that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 (14232-02).",
  not_entries=["site name and breadcrumb", "'LIVE' page title line and dateline", "intro paragraph 'Russia hit the central Ukrainian city ...'",
               "'Key Points' heading and its two bullets (they repeat entry headlines)", "'Latest' heading", "'[Video: 0:58]' placeholder in the teaser",
               "newsletter sign-up after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2026-12-19 19:40", "Kremenchuk death toll climbs to six",
    ["Rescuers pulled the body of a sixth victim from the collapsed section of the apartment block in Kremenchuk on Saturday evening, the Poltava regional governor said.",
     "Eighteen people were injured in the attack, four of them seriously. The fire at the refinery was put out in the afternoon."],
    "strikes", "strikes", 3, KREM, a="Maeve Aldous", kp=True),
  E("2026-12-19 17:15", "EU leaders sign off \u20ac45bn loan to keep Ukraine funded through 2027",
    ["European Union leaders meeting in Brussels agreed early on Saturday to borrow \u20ac45bn on the markets and lend it to Ukraine to cover its military and budget needs next year, after talks that ran through the night.",
     "Hungary and Slovakia will not take part in the guarantees but did not block the deal, diplomats said."],
    "aid", "aid", 3, EULOAN, a="Callum Reyes", sec=["diplomacy"], kp=True),
  E("2026-12-19 15:05", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 2, ANALYSIS, a="Ines Harcourt",
    n="theme piece (analysis) that mentions the Kremenchuk strike; its own story, must not merge with the Kremenchuk strike"),
  E("2026-12-19 13:30", "Watch: Rescuers dig through the rubble in Kremenchuk", [], "strikes", "strikes", 1, KREM, n="video teaser, no text body"),
  E("2026-12-19 11:20", "Zelensky: more than 50 drones and six missiles were aimed at Kremenchuk",
    ["President Volodymyr Zelensky said Russia had fired six missiles and more than 50 drones in the overnight attack, most of them at Kremenchuk, and again asked allies for more air-defence systems.",
     "\u201cEvery night like this shows that Moscow is not preparing for peace,\u201d he wrote on social media."],
    "strikes", "strikes", 3, KREM, a="Callum Reyes", sec=["aid"], n="official reaction whose content is the attack itself: same story"),
  E("2026-12-19 09:10", "Three dead after overnight strike on Kremenchuk refinery and flats",
    ["At least three people were killed when Russian missiles and drones hit the oil refinery in Kremenchuk and a nine-storey apartment building nearby overnight, Ukrainian officials said.",
     "The Poltava regional governor said rescuers were searching for people believed to be trapped under a collapsed stairwell."],
    "strikes", "strikes", 3, KREM, a="Maeve Aldous"),
  E("2026-12-19 07:45", "Norway to pay for generators and boilers for frontline towns",
    ["Norway will fund 300 industrial generators and 40 mobile boiler units for towns near the front line this winter, its foreign ministry said on Saturday, in a package worth about 600 million kroner."],
    "aid", "aid", 2, "norway-generators-frontline-towns-2026-12-19", a="Ines Harcourt",
    n="must not merge with the EU loan (same aid theme, other event)"),
  ]))

SEEDS.append(dict(
  id="14221", name="14221_brackenthwaite-htmllive", ext="html", source="Brackenthwaite Herald", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Russia's war against Ukraine: Saturday, 19 December 2026", dateline="Saturday, 19 December 2026",
  url="https://brackenthwaite-herald.example/war/live-2026-12-19",
  lede="Our live coverage of the day: the overnight attack on Kremenchuk, strikes inside Russia and news from the front.",
  basis="visible '{s}' in <time datetime> (Kyiv time; 'Times are Kyiv time.' printed), same as the update's JSON-LD datePublished (+02:00); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. Each post: <time datetime=...+02:00> showing '08:05', h2 headline, author line, body. LiveBlogPosting JSON-LD lists every update with its own datePublished. Entry 7 repeats entry 6 nearly verbatim 45 minutes later (duplicate). Entry 4 (Poltava city drone debris) is the same region as Kremenchuk but another strike: must not merge. Entry 3 (Saratov, a Russian refinery hit by Ukraine) is another refinery strike: must not merge with Kremenchuk.",
  not_entries=["site header and navigation", "page title and dateline", "intro paragraph", "'Times are Kyiv time.' note", "Share / Copy link tools under each post",
               "'Read also:' box after the fourth post", "site footer"],
  entries=[
  E("2026-12-19 08:05", "Air force: six missiles and 52 drones launched overnight, Kremenchuk the main target",
    ["Russia launched six Iskander-K cruise missiles and 52 attack drones against Ukraine overnight, the air force said, with most of them aimed at Kremenchuk in the Poltava region.",
     "Air-defence units destroyed four of the missiles and 39 of the drones, according to the statement."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn"),
  E("2026-12-19 09:30", "Kremenchuk: two killed as missile hits apartment block",
    ["Two people were killed and at least nine injured when a missile struck a residential building in Kremenchuk, the head of the city's military administration said.",
     "A separate fire is burning at the refinery on the city's edge."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn"),
  E("2026-12-19 11:10", "Drones hit Saratov refinery, Russian governor confirms fire",
    ["The governor of Russia's Saratov region said a Ukrainian drone attack had caused a fire at the city's oil refinery, without giving details of the damage.",
     "A source in Ukraine's security service said the strike was carried out by its long-range drones."],
    "strikes", "strikes", 3, SARATOV, a="Dmytro Hrebin", n="a refinery strike by Ukraine inside Russia: must not merge with the Kremenchuk strike"),
  E("2026-12-19 12:40", "Poltava: drone debris damages school and houses, no injuries",
    ["Debris from a drone shot down over Poltava damaged the roof of a school and several private houses, the city's mayor said. No one was hurt."],
    "strikes", "strikes", 2, "poltava-city-drone-debris-2026-12-19", a="Oksana Lytvyn",
    n="same region (Poltava oblast) as Kremenchuk but another strike: must not merge"),
  E("2026-12-19 14:15", "Russia claims capture of Zelene Pole near Velyka Novosilka",
    ["Russia's defence ministry said its troops had taken the village of Zelene Pole, south of Velyka Novosilka. Ukraine's southern command said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-zelene-pole-2026-12-19", a="Dmytro Hrebin"),
  E("2026-12-19 16:50", "Kremenchuk: death toll rises to five, governor says",
    ["The number of people killed in the Russian attack on Kremenchuk has risen to five, the Poltava regional governor said, after two more bodies were found under the rubble.",
     "Seventeen people are in hospital."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn"),
  E("2026-12-19 17:35", "Kremenchuk: death toll rises to five, says governor",
    ["The number of people killed in the Russian attack on Kremenchuk has risen to five, the Poltava regional governor said, after two more bodies were found under the rubble.",
     "Seventeen people are in hospital."],
    "strikes", "strikes", 1, KREM, a="Oksana Lytvyn", dup="14221-06", n="near-verbatim repeat of 14221-06"),
  E("2026-12-19 19:20", "Zelensky thanks EU leaders for the loan and asks for faster air-defence deliveries",
    ["President Volodymyr Zelensky thanked EU leaders for agreeing the \u20ac45bn loan, saying it would keep soldiers paid and factories running next year.",
     "He said Ukraine now needed the air-defence systems promised this autumn to arrive before January."],
    "aid", "aid", 3, EULOAN, a="Dmytro Hrebin", sec=["diplomacy"], n="reaction whose content is the EU loan decision: same story"),
  ]))

SEEDS.append(dict(
  id="14222", name="14222_ninebanks-worldrss", ext="xml", source="Ninebanks World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Ninebanks World Service - World", url="https://ninebanks-world.example", lede="Top world stories from the Ninebanks World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, escaped-HTML descriptions, no creators. Only two of six items are about the war (the Kremenchuk strike, spelled 'Kremenchug' here, and the Saratov refinery strike); four are off-beat.",
  not_entries=["channel title, link, description, language, copyright, ttl", "media:thumbnail elements"],
  entries=[
  OFF("2026-12-19 21:30", "Flash floods cut roads and rail lines in northern Spain",
    ["Torrential rain in Cantabria and the Basque Country flooded dozens of roads and halted regional trains on Saturday, and emergency services rescued several drivers from their cars."],
    "northern-spain-floods-2026-12-19", n="weather, Spain"),
  E("2026-12-19 19:05", "Kremenchug strike: toll reaches six as rescue work ends",
    ["Ukrainian officials said on Saturday evening that six people had died after Russian missiles and drones struck the central city of Kremenchug and its oil refinery overnight.",
     "Emergency services said the search of the damaged apartment building was complete."],
    "strikes", "strikes", 3, KREM, n="spelled 'Kremenchug'"),
  OFF("2026-12-19 16:40", "Philippines counts the cost of a late-season typhoon",
    ["Authorities in the central Philippines said more than 40,000 people remained in evacuation centres two days after a typhoon crossed the Visayas, flattening crops and cutting power."],
    "philippines-late-typhoon-2026-12-19", n="weather, Philippines"),
  E("2026-12-19 13:20", "Saratov refinery burns after Ukrainian drone attack",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after it was hit by Ukrainian drones, the regional governor said on Saturday."],
    "strikes", "strikes", 3, SARATOV),
  OFF("2026-12-19 10:45", "Bank of Japan holds rates but signals a move in the spring",
    ["Japan's central bank left its policy rate unchanged on Saturday's close of its two-day meeting, but its governor said conditions for another increase could be in place by April."],
    "bank-of-japan-holds-rates-2026-12-19", n="economy, Japan"),
  OFF("2026-12-19 08:15", "Cricket: hosts collapse on day three of the second Test",
    ["The home side lost seven wickets for 61 runs after lunch on the third day, leaving the visitors needing only a modest target to level the series."],
    "cricket-second-test-day-three-2026-12-19", n="sport"),
  ]))

SEEDS.append(dict(
  id="14223", name="14223_thrushfield-article", ext="txt", source="Thrushfield Review", zone="Europe/Berlin", render=r_article,
  title="Krementschuk, Brussels, Berlin: Ukraine's long Saturday", byline="Konstanze Ebeling", dateline="19 December 2026, 16:40 CET",
  lede="A deadly night in central Ukraine, a late deal among EU leaders, and a promise from Berlin: three developments that will shape Kyiv's winter.",
  more="More on this topic: Why Europe's loan is not the end of the frozen-assets debate",
  basis="no per-section time; the page dateline '19 December 2026, 16:40 CET' dates every section; local {d} in {z}",
  notes="Invented outlet (a Berlin-based English-language review). Text article with three section headings, one page byline and one dateline with time and zone ('19 December 2026, 16:40 CET'); every section is an entry with stamp null and the dateline's time. The Kremenchuk strike is spelled 'Krementschuk' (German transliteration). Section 3 (German Patriot interceptors) shares the aid theme with section 2 (EU loan) but is another event: must not merge.",
  not_entries=["site name and breadcrumb", "headline (page title)", "standfirst 'A deadly night in central Ukraine ...'", "byline and dateline", "share line",
               "'Read more:' link after the first section", "'More on this topic:' link", "footer"],
  entries=[
  E("2026-12-19 16:40", "Krementschuk: at least five dead after a night of missiles",
    ["At least five people died when Russian missiles and drones hit Krementschuk overnight, striking the city's refinery and a block of flats, the regional governor said on Saturday afternoon.",
     "The city, on the Dnipro river south-east of Kyiv, has been a regular target because its refinery supplies much of the army's diesel.",
     "Ukraine's air force said most of the attack was aimed at the city."],
    "strikes", "strikes", 3, KREM, a="Konstanze Ebeling", n="spelled 'Krementschuk'"),
  E("2026-12-19 16:40", "Brussels: a loan instead of the frozen assets",
    ["EU leaders agreed before dawn to raise \u20ac45bn through joint borrowing and lend it to Ukraine for 2027, after Belgium again refused to let the frozen Russian central-bank assets be used as collateral.",
     "The money is meant to cover about two-thirds of Kyiv's budget gap next year. Repayment would only begin once Russia pays reparations."],
    "aid", "aid", 3, EULOAN, a="Konstanze Ebeling", sec=["diplomacy"]),
  E("2026-12-19 16:40", "Berlin: more Patriot interceptors in January",
    ["Germany's defence ministry confirmed on Saturday that a further batch of Patriot interceptor missiles would be handed to Ukraine in January, paid for from this year's military aid budget."],
    "aid", "aid", 2, "germany-patriot-interceptors-january-2026-12-19", a="Konstanze Ebeling",
    n="same aid theme as the EU loan but another event: must not merge"),
  ]))

def r_htmllive_cet(S):
    """HTML live, newest first, no JSON-LD; bare '19:45' in a span above the h2, a printed note 'All times CET', 'By NAME'
    below the h2; date printed only in the page header."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="description" content="' + attr(S["lede"]) + '"></head><body>',
           f'<div class="masthead"><a href="/">{esc(S["source"])}</a> <span class="edition">International edition</span></div>',
           '<nav class="menu"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>',
           '<div class="page"><span class="badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<p class="tz">All times CET</p>', '<ol class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="feed-item"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><img src="/img/kharkiv-1.jpg" alt="Damaged building"><img src="/img/kharkiv-2.jpg" alt="Rescue workers"><span class="count">1/12</span></div>')
        out.append('</li>')
        if i == 2:
            out.append('<li class="ad">Advertisement</li>')
    out += ['</ol><button class="more">Load more</button></div>', f'<footer>\u00a9 2026 {esc(S["source"])}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first; <published> with the outlet's offset (+02:00), <updated> equal, author names, HTML content escaped."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}" rel="alternate"/>', f'<link href="{S["url"]}/feed.atom" rel="self"/>',
           f'<id>{S["url"]}/</id>', f'<updated>{last.isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
        stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{link}" rel="alternate"/>', f'<id>tag:{S["url"][8:]},2026:{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out += ['</feed>']
    return "\n".join(out) + "\n", stamps


def r_textlive_et(S):
    """text live, oldest first; stamp line '8:05 a.m. ET' BEFORE the headline; 'By NAME' after the headline; date only in
    the page header 'Sunday, Dec. 20, 2026'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Local | Nation | World | Business | Opinion | Obituaries", "", S["title"], S["dateline"], "", S["lede"], "",
         "Follow our live coverage below. Newest updates at the bottom.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Check back tomorrow.", "", f"Copyright 2026 {S['source']}. All rights reserved. Terms of use | Privacy policy"]
    return "\n".join(L) + "\n", stamps


# ---- day 2: Sunday 20 December 2026
KHARKIV = "kharkiv-ballistic-missile-strike-2026-12-20"
SWAP = "prisoner-exchange-200-2026-12-20"

SEEDS.append(dict(
  id="14230", name="14230_cobbleholm-htmllive", ext="html", source="Cobbleholm Gazette", zone="Europe/Warsaw", render=r_htmllive_cet,
  title="Ukraine live: missiles hit Kharkiv city centre; 200 prisoners come home", dateline="Sunday, 20 December 2026",
  lede="Ballistic missiles struck central Kharkiv on Sunday afternoon. Earlier, Russia and Ukraine carried out a prisoner exchange.",
  basis="bare time '{s}' with the page note 'All times CET' and the page date 'Sunday, 20 December 2026'; local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog without JSON-LD, newest first. Each post: <span class='time'>19:45</span> above the h2, 'By NAME' below it (the photo gallery post is unsigned). Page note 'All times CET' (UTC+1). Entry 2 is a 'Photos:' gallery teaser with no text. Entry 4 (Chuhuiv) is in the same region as Kharkiv but another strike: must not merge.",
  not_entries=["masthead, 'International edition' label, menu", "'LIVE' badge, page title, page date", "summary paragraph", "'All times CET' note",
               "gallery images and '1/12' counter in the teaser", "'Advertisement' slot", "'Load more' button", "footer"],
  entries=[
  E("2026-12-20 19:45", "Kharkiv toll rises to nine, dozens wounded",
    ["Nine people are now known to have died in the missile strike on central Kharkiv, the city's mayor said, and 46 were wounded, among them five children.",
     "Two of the missiles hit an office building and a shopping arcade near the main square."],
    "strikes", "strikes", 3, KHARKIV, a="Tomasz Wierzba"),
  E("2026-12-20 18:10", "Photos: Kharkiv after the missile strike", [], "strikes", "strikes", 1, KHARKIV, n="photo-gallery teaser, no text body"),
  E("2026-12-20 16:05", "Ballistic missiles hit central Kharkiv",
    ["At least four people were killed when Russian ballistic missiles struck the centre of Kharkiv on Sunday afternoon, regional officials said.",
     "Air-raid sirens sounded only about a minute before the explosions, residents said, because the missiles were fired from just across the border."],
    "strikes", "strikes", 3, KHARKIV, a="Tomasz Wierzba"),
  E("2026-12-20 14:00", "Drone attack on Chuhuiv damages gas pipeline",
    ["A Russian drone attack on the town of Chuhuiv, east of Kharkiv, damaged a gas pipeline and cut supplies to about 3,000 homes, the regional governor said. Nobody was injured."],
    "strikes", "strikes", 2, "chuhuiv-drone-attack-gas-pipeline-2026-12-20", a="Alicja Marek",
    n="same region (Kharkiv oblast) as the Kharkiv city strike but another, earlier attack: must not merge"),
  E("2026-12-20 11:30", "Russia and Ukraine swap 200 prisoners of war each",
    ["Russia and Ukraine exchanged 200 prisoners of war each on Sunday in a swap mediated by the United Arab Emirates, officials on both sides said.",
     "Ukraine said the men it got back included defenders of Mariupol who had been held since 2022."],
    "diplomacy", "diplomacy", 3, SWAP, a="Alicja Marek"),
  E("2026-12-20 09:15", "Poland to train another 3,000 Ukrainian soldiers next year",
    ["Poland's defence minister said the country would train another 3,000 Ukrainian soldiers in 2027 at bases in the south-east, on top of the brigades already trained there."],
    "aid", "aid", 2, "poland-train-ukrainian-soldiers-2027-2026-12-20", a="Alicja Marek"),
  ]))

SEEDS.append(dict(
  id="14231", name="14231_wolfscote-atom", ext="xml", source="Wolfscote Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Wolfscote Dispatch: Ukraine", url="https://wolfscote-dispatch.example", lede="News from Ukraine, by our Kyiv bureau.",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first; <published> with +02:00; author names; escaped HTML content. Entry 3 continues the day-1 Kremenchuk story with a new development (toll 8, day of mourning). Entry 2 (Belgorod, a deadly strike on the Russian side) must not merge with the Kharkiv strike.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2026-12-20 22:10", "Kharkiv: 11 dead as search ends at damaged office building",
    ["Rescuers ended their search of the office building in central Kharkiv late on Sunday after finding two more bodies, taking the toll from the afternoon missile strike to 11, the regional governor said.",
     "He declared Monday a day of mourning in the city."],
    "strikes", "strikes", 3, KHARKIV, a="Yuliia Stepova"),
  E("2026-12-20 19:30", "Belgorod governor says shelling killed one in border village",
    ["The governor of Russia's Belgorod region said a man was killed when Ukrainian shelling hit a village close to the border on Sunday evening."],
    "strikes", "strikes", 3, "belgorod-border-village-shelling-2026-12-20", a="Yuliia Stepova",
    n="deadly strike on the other side of the border: must not merge with the Kharkiv strike"),
  E("2026-12-20 16:45", "Kremenchuk declares day of mourning as toll reaches eight",
    ["Two more people injured in Saturday's Russian attack on Kremenchuk have died in hospital, bringing the toll to eight, the city's military administration said.",
     "Monday will be a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Artem Koval", n="continuation of day 1's Kremenchuk strike with a new development"),
  E("2026-12-20 13:20", "Prisoner swap brings home 200 Ukrainian soldiers, including Mariupol defenders",
    ["Two hundred Ukrainian soldiers returned home on Sunday in an exchange with Russia brokered by the United Arab Emirates, the coordination headquarters for prisoners of war said.",
     "Some had been in captivity for more than four years."],
    "diplomacy", "diplomacy", 3, SWAP, a="Artem Koval"),
  E("2026-12-20 10:05", "Sunday shelling cuts water supply in Nikopol",
    ["Russian artillery fire on Nikopol damaged a pumping station and left most of the town without running water on Sunday morning, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "nikopol-shelling-water-2026-12-20", a="Artem Koval"),
  ]))

SEEDS.append(dict(
  id="14232", name="14232_ivybridge-textlive", ext="txt", source="Ivybridge Evening Post", zone="America/New_York", render=r_textlive_et,
  title="Live updates: Russia strikes Kharkiv; Kremenchuk mourns", dateline="Sunday, Dec. 20, 2026",
  lede="The latest on Russia's war in Ukraine from our wire and foreign desks.",
  basis="stamp '{s}' (ET printed, EST) on the page dated 'Sunday, Dec. 20, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: stamp line '7:10 a.m. ET' BEFORE the headline, then 'By NAME', then body. Entry 2 is a verbatim re-post of day 1's analysis (14220-03). Entry 4 is a theme piece (explainer on air defence) that mentions the Kharkiv strike but is its own story. Entry 6 repeats entry 5 nearly verbatim (duplicate).",
  not_entries=["site name and section menu", "page title and date line", "intro paragraph", "'Follow our live coverage below ...' line", "'ADVERTISEMENT'",
               "'This live coverage has ended ...' line", "copyright footer"],
  entries=[
  E("2026-12-20 07:10", "Kremenchuk mourns as toll from Saturday's attack rises to eight",
    ["The death toll from Russia's missile and drone attack on the central Ukrainian city of Kremenchuk rose to eight on Sunday after two injured people died in hospital, local officials said.",
     "The city will hold a day of mourning on Monday."],
    "strikes", "strikes", 3, KREM, a="Grace Whitlock", n="continuation of day 1's Kremenchuk strike with a new development"),
  E("2026-12-20 08:30", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 1, ANALYSIS, a="Ines Harcourt",
    n="re-post of day-1 entry 14220-03 (verbatim, syndicated from the Lanternhill Courier); importance 1"),
  E("2026-12-20 10:40", "Russian missiles strike Kharkiv; at least four killed",
    ["Russian ballistic missiles hit the center of Kharkiv, Ukraine's second-largest city, on Sunday, killing at least four people, according to Ukrainian officials."],
    "strikes", "strikes", 3, KHARKIV, a="Grace Whitlock"),
  E("2026-12-20 12:15", "Explainer: How Ukraine's air defenses decide what to shoot down",
    ["Sunday's strike on Kharkiv, where missiles arrived barely a minute after the sirens, shows the problem Ukraine's air-defense crews face in cities close to the border.",
     "With only a limited number of interceptors able to stop ballistic missiles, commanders rank targets by how many lives and which systems are at stake, and cities far from the front often get priority.",
     "Cheaper drones are left to mobile fire groups with machine guns and to interceptor drones, which have become the main defense against Shahed-type drones this year."],
    "strikes", "strikes", 2, "explainer-ukraine-air-defense-priorities", a="Nathan Okoro",
    n="theme piece (explainer) that mentions the Kharkiv strike; its own story, must not merge with it"),
  E("2026-12-20 13:50", "Kharkiv toll climbs to nine",
    ["The number of people killed in Sunday's missile strike on Kharkiv has risen to nine, the city's mayor said, with 46 wounded."],
    "strikes", "strikes", 3, KHARKIV, a="Grace Whitlock"),
  E("2026-12-20 15:05", "Kharkiv toll climbs to nine",
    ["The number of people killed in Sunday's missile strike on Kharkiv has risen to nine, the city's mayor said, with 46 people wounded."],
    "strikes", "strikes", 1, KHARKIV, a="Grace Whitlock", dup="14232-05", n="near-verbatim repeat of 14232-05"),
  E("2026-12-20 17:20", "U.S. envoy says Ukraine talks will resume in January",
    ["The U.S. special envoy said on Sunday that negotiators from Washington, Kyiv and Moscow would resume talks in the second week of January, after a pause for the holidays."],
    "diplomacy", "diplomacy", 2, "us-envoy-talks-resume-january-2026-12-20", a="Nathan Okoro"),
  ]))

SEEDS.append(dict(
  id="14233", name="14233_drumbeg-worldrss", ext="xml", source="Drumbeg World Wire", zone="Australia/Sydney", render=r_worldrss, rfc="+1100", lang="en-au",
  title="Drumbeg World Wire - World news", url="https://drumbeg-wire.example", lede="World news from the Drumbeg World Wire desk in Sydney.",
  basis="RSS pubDate '{s}' (explicit +1100 offset, AEDT); the local date is 21 December for the later items, but all fall on 20 December in UTC; local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS feed, newest first, pubDate with +1100 (AEDT): the first five items are dated Mon, 21 Dec 2026 locally but are 20 December in UTC. Two of six items concern the war (the Kharkiv strike, spelled 'Kharkov', and the prisoner exchange); four are off-beat.",
  not_entries=["channel title, link, description, language, copyright, ttl", "media:thumbnail elements"],
  entries=[
  OFF("2026-12-21 10:20", "Total fire ban across greater Sydney as temperatures head for 42C",
    ["Fire authorities declared a total fire ban for greater Sydney and the Hunter on Monday, with hot north-westerly winds expected to push temperatures past 40 degrees in the west."],
    "sydney-total-fire-ban-2026-12-21", n="weather, Australia"),
  E("2026-12-21 08:45", "Kharkov missile strike toll reaches 11, Ukrainian officials say",
    ["Eleven people were killed when Russian ballistic missiles hit the centre of Kharkov, Ukraine's second city, on Sunday, the regional governor said after rescuers finished searching the rubble."],
    "strikes", "strikes", 3, KHARKIV, n="spelled 'Kharkov'"),
  OFF("2026-12-21 06:30", "Villages evacuated as Indonesia's Mount Semeru erupts again",
    ["Thousands of people were moved from villages on the slopes of Mount Semeru in East Java after the volcano sent an ash column several kilometres into the sky."],
    "semeru-eruption-2026-12-20", n="volcano, Indonesia"),
  OFF("2026-12-21 03:10", "Cricket: selectors name unchanged squad for Boxing Day Test",
    ["The national selectors kept faith with the same 13 players for the Boxing Day Test in Melbourne despite the heavy defeat in the second match."],
    "boxing-day-test-squad-2026-12-21", n="sport"),
  E("2026-12-21 00:40", "Russia and Ukraine trade 200 prisoners each in UAE-brokered swap",
    ["Russia and Ukraine each released 200 captured soldiers on Sunday in an exchange arranged with help from the United Arab Emirates, both governments said."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2026-12-20 22:05", "Dairy giant trims its milk price forecast for farmers",
    ["New Zealand's largest dairy cooperative cut its forecast farmgate milk price for the season, citing weaker demand from Asian buyers."],
    "nz-milk-price-forecast-2026-12-20", n="economy, New Zealand"),
  ]))

def r_textlive_kyiv(S):
    """text live, oldest first; bare '08:05' line BEFORE the headline; one page byline (two names); the date line
    'Thursday 31 December' prints no year and no year appears anywhere; posts run past local midnight."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "News \u00b7 War \u00b7 Economy \u00b7 Culture \u00b7 Podcasts", "", S["title"], f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}",
         f"By {S['byline']}", "", S["lede"], "", "Times are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Play video (1:24)", ""]
        if i == 4:
            L += ["Support independent journalism from Ukraine: become a member.", ""]
    L += ["That's all from us tonight. Happy new year to all our readers.", "", f"{S['source']} \u00b7 Contacts \u00b7 Editorial policy \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_graph(S):
    """HTML live, newest first; JSON-LD @graph whose node has @type ['NewsArticle', 'LiveBlogPosting'] and a liveBlogUpdate
    array in which EVERY update repeats the page headline and the page datePublished (useless per-entry times);
    visible '7.55pm' in <time> without datetime; signature '\u2013 NAME' as the post's last line."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": pub.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]},
        {"@type": "NewsMediaOrganization", "name": S["source"], "url": S["url"].split("/live")[0]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news/ireland">Ireland</a> <a href="/news/world">World</a> '
           '<a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav><a href="/subscribe">Subscribe</a></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{len(S["entries"]) - i}"><p class="block-time"><time>{st}</time></p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the morning\u2019s main stories in your inbox. <a href="/newsletters">Sign up</a></div>')
    out += ['</main>', f'<footer>\u00a9 {esc(S["source"])} 2026 \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---- day 3: Thursday 31 December 2026
KYIV = "kyiv-new-years-eve-missile-drone-attack-2026-12-31"
TUAPSE = "tuapse-refinery-drone-strike-2026-12-31"
GERAID = "germany-2bn-extra-military-aid-2026-12-31"
GUAR = "zelensky-security-guarantees-ready-january-2026-12-31"

SEEDS.append(dict(
  id="14240", name="14240_ferrowby-worldatom", ext="xml", source="Ferrowby Times", zone="UTC", render=r_atom, zulu=True,
  title="Ferrowby Times \u2013 World", url="https://ferrowby-times.example/world", lede="World news, updated around the clock.",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, no authors. Two of six entries concern the war (the Kyiv attack, spelled 'Kiev' here, and the German aid decision); four are off-beat New Year's Eve and business items.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  OFF("2026-12-31 22:40", "Times Square readies for the ball drop under tight security",
    ["New York police said thousands of officers would be on duty around Times Square, where crowds began gathering in the early afternoon for the midnight countdown."],
    "times-square-new-year-security-2026-12-31", n="New Year's Eve, US"),
  E("2026-12-31 19:55", "Kiev strike: five dead as Ukraine's capital marks a sombre New Year's Eve",
    ["Five people were killed and more than 30 injured when Russia attacked Kiev with missiles and drones on Thursday morning, city officials said, as residents prepared for a New Year's Eve under curfew."],
    "strikes", "strikes", 3, KYIV, n="spelled 'Kiev'"),
  OFF("2026-12-31 16:30", "Heavy snow halts trains across southern Sweden",
    ["Rail services between Malmo, Gothenburg and Stockholm were suspended for several hours after heavy snowfall, stranding holiday travellers."],
    "sweden-snow-trains-2026-12-31", n="weather, Sweden"),
  OFF("2026-12-31 13:10", "Fireworks over Sydney Harbour open the world's New Year celebrations",
    ["More than a million people watched the midnight fireworks over Sydney Harbour, one of the first big cities to welcome the new year."],
    "sydney-new-year-fireworks-2026-12-31", n="New Year's Eve, Australia"),
  E("2026-12-31 11:45", "Germany adds \u20ac2bn to next year's military aid for Ukraine",
    ["Germany's government approved an extra \u20ac2bn in military aid for Ukraine next year, mostly for air defence and long-range drones, the finance ministry said on Thursday."],
    "aid", "aid", 3, GERAID),
  OFF("2026-12-31 10:25", "Hong Kong stocks end the year with a double-digit gain",
    ["The Hang Seng index closed the year's last half-day session higher, capping its second strong year in a row on the back of technology shares."],
    "hong-kong-stocks-year-end-2026-12-31", n="markets"),
  ]))

SEEDS.append(dict(
  id="14241", name="14241_kilnsey-textlive", ext="txt", source="Kilnsey Courier", zone="Europe/Kyiv", render=r_textlive_kyiv,
  title="War in Ukraine, New Year's Eve: live", byline="Halyna Moroz and Peter Ashdown", parse_args=["--date", "2026-12-31"],
  lede="Russia attacked Kyiv on the last morning of the year. Follow our coverage through to midnight.",
  basis="bare time '{s}' (Kyiv time, 'Times are Kyiv time.' printed) under the page date line 'Thursday 31 December' (no year printed: year from --date); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first. Each post: bare time line ('07:20'), headline, body; one page byline with two names is every post's author. The only date is 'Thursday 31 December', with no year anywhere, hence parse_args --date 2026-12-31. The last post, '00:25', follows '23:50' and so is 1 January (local) = 22:25 UTC on 31 December: a midnight crossing without a date line. Entry 2 is a 'Video:' teaser; entry 5 is a theme piece (analysis) that mentions the Kyiv attack but is its own story; entry 6 repeats entry 3 nearly verbatim; entry 7 (Bila Tserkva, Kyiv region) is another strike: must not merge with the Kyiv attack.",
  not_entries=["site name and navigation", "page title, date line and page byline", "intro paragraph", "'Times are Kyiv time.' note", "'\u25b6 Play video (1:24)' in the teaser",
               "membership appeal after the fifth post", "sign-off line 'That's all from us tonight ...'", "footer"],
  entries=[
  E("2026-12-31 07:20", "Explosions in Kyiv as Russia launches New Year's Eve attack",
    ["A series of powerful explosions shook Kyiv shortly after 6am as Russia attacked the capital with ballistic missiles and drones, the city's military administration said.",
     "At least two people were killed in the Solomianskyi and Obolonskyi districts, where residential buildings were hit."],
    "strikes", "strikes", 3, KYIV, a="Halyna Moroz and Peter Ashdown"),
  E("2026-12-31 08:45", "Video: Kyiv residents shelter in the metro as sirens sound", [], "strikes", "strikes", 1, KYIV,
    a="Halyna Moroz and Peter Ashdown", n="video teaser, no text body"),
  E("2026-12-31 10:30", "Kyiv attack: four dead, including a child, mayor says",
    ["The number of people killed in the morning attack on Kyiv has risen to four, among them a 12-year-old girl, the mayor said.",
     "Twenty-six people were injured. Fires broke out in at least six buildings."],
    "strikes", "strikes", 3, KYIV, a="Halyna Moroz and Peter Ashdown"),
  E("2026-12-31 12:10", "Drones strike Tuapse refinery and port, Russian officials say",
    ["Ukrainian drones hit the oil refinery and a tanker berth in the Russian Black Sea port of Tuapse on Thursday, setting off a fire, the local authorities said.",
     "Ukraine's general staff later confirmed the strike."],
    "strikes", "strikes", 3, TUAPSE, a="Halyna Moroz and Peter Ashdown", n="Ukraine's strike inside Russia: must not merge with the Kyiv attack"),
  E("2026-12-31 14:40", "Analysis: The year Russia's drone war doubled",
    ["This morning's attack on Kyiv was a fitting end to a year in which Russia launched roughly twice as many long-range drones as the year before, according to our count of air force reports.",
     "On the worst nights Russia sent more than 700 drones, and the share that got through to their targets rose in the autumn as Moscow changed its tactics.",
     "Ukraine answered with its own drone campaign against refineries and ports deep inside Russia, which by December had become a near-nightly event."],
    "strikes", "strikes", 2, "analysis-russian-drone-war-doubled-year", a="Halyna Moroz and Peter Ashdown",
    n="theme piece (analysis) that mentions the Kyiv attack; its own story, must not merge with it"),
  E("2026-12-31 16:05", "Kyiv attack: four dead, including a child, the mayor says",
    ["The number of people killed in the morning attack on Kyiv has risen to four, among them a 12-year-old girl, the mayor said.",
     "Twenty-six people were injured. Fires broke out in at least six buildings."],
    "strikes", "strikes", 1, KYIV, a="Halyna Moroz and Peter Ashdown", dup="14241-03", n="near-verbatim repeat of 14241-03"),
  E("2026-12-31 23:50", "Bila Tserkva: drone hits warehouse, no casualties",
    ["A drone hit a warehouse on the outskirts of Bila Tserkva, south of Kyiv, late on Thursday, the regional governor said. There were no casualties."],
    "strikes", "strikes", 2, "bila-tserkva-warehouse-drone-2026-12-31", a="Halyna Moroz and Peter Ashdown",
    n="same region (Kyiv oblast) as the Kyiv attack but another strike: must not merge"),
  E("2027-01-01 00:25", "Drones over Kharkiv region as the new year begins",
    ["Explosions were heard in Kharkiv minutes after midnight as air defences engaged Russian drones approaching the city, the mayor said."],
    "strikes", "strikes", 2, "kharkiv-new-year-drones-2027-01-01", a="Halyna Moroz and Peter Ashdown",
    n="posted after local midnight (1 January, Kyiv) but 22:25 UTC on 31 December"),
  ]))

SEEDS.append(dict(
  id="14242", name="14242_spreewald-rss", ext="xml", source="Spreewald Monitor", zone="Europe/Berlin", render=r_worldrss, rfc="+0100", lang="en",
  title="Spreewald Monitor \u2013 Ukraine", url="https://spreewald-monitor.example", lede="English-language news from Berlin on Germany, Europe and the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, CET); local {d} in {z}",
  notes="Invented outlet (Berlin). RSS 2.0, newest first, pubDate with +0100, dc:creator on every item, escaped-HTML descriptions.",
  not_entries=["channel title, link, description, language, copyright, ttl", "media:thumbnail elements"],
  entries=[
  E("2026-12-31 23:15", "Zelensky: security guarantees text 'ready for signature' in January",
    ["In his New Year address, President Volodymyr Zelensky said the document setting out Western security guarantees for Ukraine was finished and could be signed in January.",
     "He gave no details of its content but said it had been agreed with Washington and the main European capitals."],
    "diplomacy", "diplomacy", 3, GUAR, a="Friederike Lang"),
  E("2026-12-31 19:40", "Kyiv death toll rises to five after New Year's Eve strike",
    ["A fifth person has died after Russia's morning attack on Kyiv, the capital's military administration said on Thursday evening. More than 30 people were injured."],
    "strikes", "strikes", 3, KYIV, a="Jonas Albers"),
  E("2026-12-31 15:20", "Tuapse oil terminal ablaze after Ukrainian drone attack",
    ["A large fire was burning at the oil terminal in Tuapse on Russia's Black Sea coast on Thursday afternoon after a Ukrainian drone attack, according to local officials and videos posted by residents."],
    "strikes", "strikes", 3, TUAPSE, a="Jonas Albers"),
  E("2026-12-31 12:00", "Germany approves \u20ac2bn in extra military aid for Ukraine next year",
    ["The German cabinet approved an additional \u20ac2bn for military aid to Ukraine in 2027, raising the total planned for next year to \u20ac13.5bn, the finance ministry said.",
     "Most of the new money is earmarked for air defence."],
    "aid", "aid", 3, GERAID, a="Friederike Lang"),
  E("2026-12-31 09:30", "Moldova expels Russian diplomat after drone crash near border",
    ["Moldova ordered a Russian embassy official to leave the country after a Russian drone crashed in a field near the Ukrainian border, its foreign ministry said."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2026-12-31", a="Friederike Lang"),
  E("2026-12-31 07:10", "Kyiv hit by missiles and drones on the last morning of the year",
    ["Russia struck Kyiv with ballistic missiles and drones early on Thursday, killing at least two people and damaging apartment blocks in several districts, Ukrainian officials said."],
    "strikes", "strikes", 3, KYIV, a="Jonas Albers"),
  ]))

SEEDS.append(dict(
  id="14243", name="14243_castlemarsh-htmllive", ext="html", source="Castlemarsh Journal", zone="Europe/Dublin", render=r_htmllive_graph,
  title="Ukraine live: Kyiv counts its dead on New Year's Eve", dateline="Thursday 31 December 2026", published="2026-12-31 08:30",
  url="https://castlemarsh-journal.example/live/ukraine-2026-12-31", authors=["Orla Keady", "Cian Moloney"],
  lede="Russia's morning attack on Kyiv, Ireland's new aid and the latest on security guarantees, as it happens.",
  basis="visible '{s}' in <time> (12-hour clock with a dot; Irish time implied, GMT in December = UTC) under the page date 'Thursday 31 December 2026'; the JSON-LD update times all repeat the page datePublished and were ignored; local {d} in {z}",
  notes="Invented outlet (Dublin). HTML live blog, newest first. Each block: <time>9.40pm</time> (no datetime attribute, no zone: Irish time = UTC in winter), h3 headline, body, signature line '\u2013 NAME'. JSON-LD @graph node with @type ['NewsArticle', 'LiveBlogPosting']; its liveBlogUpdate items all repeat the page headline and the page datePublished (08:30), so they give no per-entry headline or time.",
  not_entries=["logo, navigation, Subscribe", "'Live' kicker, page title, date line", "standfirst", "newsletter promo after the second block", "footer"],
  entries=[
  E("2026-12-31 21:40", "Zelensky says security-guarantee document will be ready to sign in January",
    ["Volodymyr Zelensky has said the agreement on security guarantees for Ukraine is ready and can be signed next month, in a New Year address released shortly before midnight Kyiv time."],
    "diplomacy", "diplomacy", 3, GUAR, a="Orla Keady"),
  E("2026-12-31 18:15", "Kyiv toll reaches five as rescue work ends",
    ["Emergency services in Kyiv have finished searching the buildings hit this morning. Five people died and 31 were injured, officials said."],
    "strikes", "strikes", 3, KYIV, a="Orla Keady"),
  E("2026-12-31 15:05", "Government confirms \u20ac20m humanitarian package for Ukraine",
    ["The Government has approved \u20ac20 million in humanitarian funding for Ukraine for the coming winter, the Tanaiste said, with most of it going to UN agencies and the Red Cross for heating and shelter."],
    "aid", "aid", 2, "ireland-20m-humanitarian-package-2026-12-31", a="Cian Moloney"),
  E("2026-12-31 11:30", "Kyiv mayor: 23 buildings damaged in morning assault",
    ["Twenty-three residential buildings, two schools and a clinic were damaged in this morning's Russian attack on Kyiv, the city's mayor has said. Four people are confirmed dead."],
    "strikes", "strikes", 3, KYIV, a="Cian Moloney"),
  E("2026-12-31 09:10", "Hungary blocks EU statement on Ukraine's accession talks",
    ["Hungary has blocked a joint EU statement that would have welcomed progress in Ukraine's membership talks, diplomats in Brussels said, leaving the presidency to issue it in its own name."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-accession-statement-2026-12-31", a="Orla Keady"),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()
