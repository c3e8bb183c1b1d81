#!/usr/bin/env python3
"""Builds the eval/do seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (2026 lies beyond the tester's memory, so all
events, numbers, quotes and reporters are invented; real places, institutions and office-holders appear as last known).
Part A imitates the newsletter / briefing layouts of ten real outlets from memory; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/do/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00c9]|$)', par):
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


def ampm(d, space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}:{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


def date_long(d):
    """'Tuesday, 26 May 2026'"""
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_semafor(S):
    """Semafor Flagship, web edition (HTML). One stamp for the whole edition ('Mar 31, 2026, 6:12am EDT'); 'The World Today'
    contents list; intro; numbered stories (number, title, paragraphs); sponsor block; sign-up box. NewsArticle JSON-LD."""
    z = S["zone"]; d = dt(S["t"], z)
    stamp = f"{SHORT[d.month - 1]} {d.day}, {d.year}, {ampm(d)} EDT"
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
            "datePublished": d.isoformat(), "dateModified": d.isoformat(), "mainEntityOfPage": S["url"],
            "author": [{"@type": "Person", "name": S["page_author"]}],
            "isPartOf": {"@type": "CreativeWorkSeries", "name": "Semafor Flagship"},
            "publisher": {"@type": "NewsMediaOrganization", "name": "Semafor", "url": "https://www.semafor.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Semafor</title>', f'<meta name="description" content="{attr(S["dek"])}">',
           f'<link rel="canonical" href="{S["url"]}">', ld(meta), '</head>', '<body>',
           '<header class="styles_header"><a class="styles_logo" href="/" aria-label="Semafor">Semafor</a>'
           '<nav class="styles_nav"><a href="/vertical/africa">Africa</a> <a href="/vertical/business">Business</a> <a href="/vertical/ceo">CEO</a> '
           '<a href="/vertical/climate">Climate</a> <a href="/vertical/gulf">Gulf</a> <a href="/vertical/media">Media</a> '
           '<a href="/vertical/politics">Politics</a> <a href="/vertical/security">Security</a> <a href="/vertical/tech">Tech</a> '
           '<a href="/vertical/world">World</a> <a href="/newsletters">Newsletters</a> <a href="/events">Events</a></nav>'
           '<a class="styles_signup" href="/newsletters/flagship">Sign up</a></header>',
           '<main class="styles_newsletter">', '<div class="styles_newsletterName">Semafor Flagship</div>',
           f'<h1 class="styles_headline">{esc(S["title"])}</h1>',
           f'<div class="styles_byline"><a href="/author/{S["page_author"].lower().replace(" ", "-")}">{esc(S["page_author"])}</a></div>',
           f'<div class="styles_timestamp"><time datetime="{d.isoformat()}">{stamp}</time></div>',
           '<section class="styles_worldToday"><h2>The World Today</h2><ol>' + "".join(f"<li>{esc(x)}</li>" for x in S["world_today"]) + '</ol></section>',
           '<section class="styles_intro">' + "".join(f"<p>{esc(p)}</p>" for p in S["intro"]) + '</section>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<section class="styles_story" id="story-{i + 1}"><div class="styles_storyNumber">{i + 1}</div><h2 class="styles_storyTitle">{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e.get("sources"):
            out.append('<div class="styles_sources"><span>Sources:</span> ' + " ".join(f'<a href="#">{esc(s)}</a>' for s in e["sources"]) + '</div>')
        out.append('</section>')
        if i == 1:
            out.append('<aside class="styles_sponsor"><p class="styles_sponsorLabel">A message from Halvard Freight</p>'
                       '<p>Halvard Freight moves the goods that keep three continents running. Find out how our network is getting greener, one container at a time.</p></aside>')
        if i == 3:
            out.append('<aside class="styles_signupBox"><p>Semafor Flagship: the world’s biggest stories, the intelligent way, in your inbox every weekday morning.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Sign up</button></aside>')
    out += ['<section class="styles_liveJournalism"><h2>Semafor Live</h2><p>Join Semafor’s editors in Washington for the World Economy Summit. Register now.</p></section>',
            '</main>', '<footer class="styles_footer"><a href="/about">About</a> <a href="/ethics">Ethics</a> <a href="/careers">Careers</a> '
            '<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a><p>© 2026 Semafor Inc.</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_politico(S):
    """POLITICO Europe Brussels Playbook, web edition (HTML). Page stamp 'April 8, 2026 6:58 am CEST'; all-caps section
    headings ('DRIVING THE DAY: ...'); sponsor lines; AGENDA / BIRTHDAYS / THANKS tail; Yoast-style @graph JSON-LD."""
    z = S["zone"]; d = dt(S["t"], z)
    stamp = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')} CEST"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": d.isoformat(),
         "dateModified": d.isoformat(), "author": [{"@type": "Person", "name": S["page_author"]}],
         "articleSection": ["Newsletter", "Brussels Playbook"], "publisher": {"@id": "https://www.politico.eu/#organization"},
         "isPartOf": {"@id": S["url"]}},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " – POLITICO"},
        {"@type": "Organization", "@id": "https://www.politico.eu/#organization", "name": "POLITICO", "url": "https://www.politico.eu/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="UTF-8">', f'<title>{esc(S["title"])} – POLITICO</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld(graph), '</head>', '<body class="single single-newsletter">',
           '<header class="site-header"><a class="site-logo" href="https://www.politico.eu/">POLITICO</a>'
           '<nav class="main-nav"><a href="/newsletters/">Newsletters</a> <a href="/podcasts/">Podcasts</a> <a href="/europe-poll-of-polls/">Poll of Polls</a> '
           '<a href="/policy-news/">Policy news</a> <a href="/events/">Events</a></nav><a class="pro-link" href="https://pro.politico.eu/">Pro</a> '
           '<a class="login" href="/login/">Log in</a></header>',
           '<article class="article">', '<p class="article-meta__label"><a href="/newsletter/brussels-playbook/">Brussels Playbook</a></p>',
           f'<h1 class="article-meta__title">{esc(S["title"])}</h1>',
           f'<p class="article-meta__author">By <a href="/author/{S["page_author"].lower().replace(" ", "-")}/">{esc(S["page_author"])}</a></p>',
           f'<p class="article-meta__datetime-duo"><time datetime="{d.isoformat()}">{stamp}</time></p>',
           '<div class="audio-player"><p>Press play to listen to this article</p><p>Voiced by artificial intelligence.</p></div>',
           '<p class="presented-by">Presented by Northline Energy</p>',
           '<div class="article__content">',
           '<p><em>POLITICO’s Brussels Playbook</em> | <a href="#">Send tips here</a> | <a href="#">Subscribe for free</a> | <a href="#">View in your browser</a></p>',
           "".join(f"<p>{esc(p)}</p>" for p in S["intro"])]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i in (1, 4):
            out.append('<p class="sponsored-message"><strong>A message from Northline Energy:</strong> Europe’s grids need investment now. '
                       'Northline is building the interconnectors that keep the lights on from Lisbon to Tallinn. Learn more.</p>')
    out += ['<h3>AGENDA</h3>', '<ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["agenda"]) + '</ul>',
            f'<h3>BIRTHDAYS</h3><p>{esc(S["birthdays"])}</p>', f'<h3>THANKS</h3><p>{esc(S["thanks"])}</p>',
            '</div>', '<aside class="newsletter-signup"><p>Subscribe to POLITICO Brussels Playbook</p>'
            '<p>Your guide to the EU, every weekday morning.</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>',
            '</article>', '<footer class="site-footer"><a href="/about-us/">About us</a> <a href="/careers/">Careers</a> '
            '<a href="/privacy-policy/">Privacy policy</a> <a href="/terms-of-use/">Terms of use</a><p>© 2026 POLITICO SRL</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_axios(S):
    """Axios AM, the email as saved to a text file: mail headers (Date with numeric offset), 'Axios AM', byline with date,
    greeting with Smart Brevity count, '1 big thing: ...' then '2. ...' items with 'Why it matters:' paragraphs and '•' bullets,
    sponsor blocks, sign-off. The ordinal kickers ('1 big thing:', 'N.', '1 fun thing:') are not part of the headline."""
    z = S["zone"]; d = dt(S["t"], z)
    L = ["From: Axios AM <am@axios.com>", "To: reader@example.net", f"Subject: {S['subject']}", f"Date: {rfc822(d)}",
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", "View in browser", "", "Axios AM", "",
         f"By {S['page_author']} · {SHORT[d.month - 1]} {d.day}, {d.year}", "", S["greeting"], "", S["podcast"], ""]
    n = len(S["entries"])
    for i, e in enumerate(S["entries"]):
        if i == 0:
            head = f"1 big thing: {e['h']}"
        elif i == n - 1:
            head = f"{i + 1}. 1 fun thing: {e['h']}"
        else:
            head = f"{i + 1}. {e['h']}"
        L += [head, ""]
        if e.get("illus"):
            L += [e["illus"], ""]
        L += ptxt(e["p"])
        if e.get("go"):
            L += [f"Go deeper: {e['go']}", ""]
        if i in (0, 3):
            L += ["A message from Harborline Bank", "", "Small businesses run on cash flow", "",
                  "Harborline’s same-day payouts help owners make payroll without the wait. See how it works.", ""]
    L += ["📬 Thanks for reading! Please invite your friends to sign up for Axios AM.", "",
          "Axios Media Inc. · Arlington, Virginia", "You received this email because you signed up for newsletters from Axios.",
          "Manage your preferences · Unsubscribe"]
    return "\n".join(L) + "\n", [None] * n


def r_economist(S):
    """The Economist 'The world in brief' web page (HTML). Unheadlined one-paragraph items; the visible page shows only the
    date ('Apr 23rd 2026'); the time is only in <time datetime> and the JSON-LD. 'Figure of the day', quiz and sign-up chrome."""
    z = S["zone"]; d = dt(S["t"], z); u = d.astimezone(UTC)
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    shown = f"{SHORT[d.month - 1]} {d.day}{sfx} {d.year}"
    iso = u.strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The world in brief",
            "description": "Catch up quickly on the global stories that matter", "datePublished": iso, "dateModified": iso,
            "url": S["url"], "publisher": {"@type": "Organization", "name": "The Economist", "url": "https://www.economist.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld(meta), '</head>', '<body>',
           '<header class="ds-masthead"><button class="ds-menu">Menu</button> <a class="ds-logo" href="/">The Economist</a> '
           '<nav><a href="/weeklyedition">Weekly edition</a> <a href="/the-world-in-brief">The world in brief</a> <a href="/search">Search</a></nav> '
           '<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main>', '<h1 class="css-headline">The world in brief</h1>', '<p class="css-rubric">Catch up quickly on the global stories that matter</p>',
           f'<time class="css-date" datetime="{iso}">{shown}</time>', '<section class="css-gobbets">']
    for e in S["entries"]:
        out.append(f'<p data-component="paragraph" class="css-gobbet">{esc(e["p"][0])}</p>')
    out += ['</section>', f'<section class="css-figure"><h2>Figure of the day</h2><p>{esc(S["figure"])}</p></section>',
            '<section class="css-quiz"><h2>Daily quiz</h2><p>Our daily quiz returns tomorrow. Test your knowledge of the week’s news every weekday.</p></section>',
            '<aside class="css-promo"><p>Listen to The Intelligence, our daily podcast, for the stories behind the headlines.</p></aside>',
            '<aside class="css-subscribe"><p>Subscribe to The Economist today for full access to our journalism.</p><button>Subscribe</button></aside>',
            '</main>', '<footer><a href="/help">Help</a> <a href="/about">About</a> <a href="/legal/terms">Terms of use</a> '
            '<a href="/legal/privacy">Privacy</a><p>Copyright © The Economist Newspaper Limited 2026. All rights reserved.</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_bloomberg(S):
    """Bloomberg 'Evening Briefing: Americas' web edition, text scrape. Stamp 'April 29, 2026 at 5:48 PM EDT'; lead essay under
    'What You Need to Know Today' (no headline); unheadlined news paragraphs; a 'Deep Dive' with its own headline; reading list."""
    z = S["zone"]; d = dt(S["t"], z)
    stamp = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)} EDT"
    L = ["Skip to content", "Bloomberg", "Connecting decision makers to a dynamic network of information, people and ideas, Bloomberg quickly and accurately delivers business and financial information, news and insight around the world", "",
         "Markets   Economics   Industries   Tech   AI   Politics   Wealth   Pursuits   Opinion   Businessweek   Green   CityLab   Crypto   More", "",
         "Sign In", "Subscribe", "", "Newsletter", "Evening Briefing: Americas", "", S["title"], "", f"By {S['page_author']}", stamp, "",
         "Save", "Gift this article", "", "Want to receive this newsletter? Sign up here.", "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        if e.get("essay"):
            L += ["What You Need to Know Today", ""] + ptxt(e["p"]) + [S["caption"], ""]
        elif e.get("deep"):
            L += ["Deep Dive", "", e["h"], ""] + ptxt(e["p"])
        else:
            L += ptxt(e["p"])
        if i == 0:
            L += ["Here are today’s top stories", ""]
    L += ["Like getting the Evening Briefing? Subscribe to Bloomberg.com for unlimited access to trusted, data-driven journalism.", "",
          "What You’ll Want to Read Tonight", ""] + [f"• {x}" for x in S["reading"]] + ["",
          "More From Bloomberg", "Get the Evening Briefing: Americas newsletter delivered to your inbox. Sign up here.", "",
          "Terms of Service   Do Not Sell or Share My Personal Information   Trademarks   Privacy Policy", "©2026 Bloomberg L.P. All Rights Reserved"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_firstft(S):
    """Financial Times FirstFT, the email printed from a Gmail inbox to text: the mail line prints 'Thu, May 7, 2026 at 6:04 AM'
    (reader's clock, no zone). 'Good morning.' greeting line; lead story without headline; day-ahead bullets; 'Five more top
    stories' numbered '1. ' paragraphs (the list number is not part of the sentence); reading list, chart, sign-off."""
    z = S["zone"]; d = dt(S["t"], z)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    stamp = f"{wd}, {SHORT[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"
    L = ["Gmail\treader@example.org", "", S["subject"], "1 message", "",
         f"FirstFT <firstft@newsletters.ft.com>\t{stamp}", "Reply-To: FirstFT <firstft@newsletters.ft.com>", "To: reader@example.org", "",
         "View in browser | Manage your newsletters", "", "FINANCIAL TIMES", "", "FirstFT: the day’s biggest stories", f"By {S['page_author']}", "",
         "Good morning.", ""]
    lead = [e for e in S["entries"] if e.get("lead")]
    rest = [e for e in S["entries"] if not e.get("lead")]
    for e in lead:
        L += ptxt(e["p"])
    L += ["Here’s what else I’m keeping tabs on today:", ""] + [f"• {x}" for x in S["agenda"]] + ["",
          "Join FT journalists for a subscriber-only webinar on Europe’s defence build-up next Tuesday. Register now.", "",
          "Five more top stories", ""]
    for i, e in enumerate(rest):
        L += [f"{i + 1}. {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += ["We’re also reading . . .", ""] + [f"• {x}" for x in S["reading"]] + ["", "Chart of the day", "", S["chart"], "",
          "Take a break from the news", "", S["break_"], "",
          "Thank you for reading and remember you can add FirstFT to myFT. You can also elect to receive a FirstFT push notification every morning on the app. Send your recommendations and feedback to firstft@ft.com", "",
          "Recommended newsletters for you", "Working It — Everything you need to get ahead at work. Sign up here", "Europe Express — Your essential guide to what matters in Europe today. Sign up here", "",
          "© The Financial Times Ltd 2026. FT and ‘Financial Times’ are trademarks of The Financial Times Ltd.", "Unsubscribe | Manage your email preferences"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ki_rss(S):
    """The Kyiv Independent site feed (Ghost RSS 2.0): CDATA titles/creators/categories, pubDate in GMT with seconds,
    description = custom excerpt (the first paragraph), full text in content:encoded."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           '<title><![CDATA[The Kyiv Independent]]></title>',
           '<description><![CDATA[News from Ukraine, Eastern Europe, and the world. Independent, reader-funded journalism.]]></description>',
           '<link>https://kyivindependent.com/</link>', '<image><url>https://kyivindependent.com/favicon.png</url><title>The Kyiv Independent</title><link>https://kyivindependent.com/</link></image>',
           '<generator>Ghost 5.96</generator>', f'<lastBuildDate>{rfc822(last, gmt=True)}</lastBuildDate>',
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{e["p"][0]}]]></description>',
                f'<link>https://kyivindependent.com/{e["slug"]}/</link>', f'<guid isPermaLink="false">{0x6a3f10c2 + i * 9973:x}{0xb17e + i:x}</guid>',
                f'<category><![CDATA[{e["cat"]}]]></category>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<media:content url="https://assets.kyivindependent.com/content/images/2026/05/{e["slug"][:24]}.jpg" medium="image"/>',
                f'<content:encoded><![CDATA[<img src="https://assets.kyivindependent.com/content/images/2026/05/{e["slug"][:24]}.jpg" alt="">{body}]]></content:encoded>',
                '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


def r_meduza_rss(S):
    """Meduza English feed (RSS 2.0): pubDate with +0300, HTML description with every paragraph, no author element; the
    day's 'The Real Russia. Today.' edition is one item among the news items."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           '<title>Meduza</title>', '<link>https://meduza.io/en</link>', '<description>Meduza — independent news about Russia, in English</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<atom:link href="https://meduza.io/rss/en/all" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://meduza.io/en/{e['kind']}/{d:%Y/%m/%d}/{e['slug']}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid>{link}</guid>',
                f'<enclosure url="https://meduza.io/imgly/share/{0x1f3a92 + i * 37:x}/en.png" type="image/png" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nyt(S):
    """The New York Times 'The Morning', web edition (HTML). Kicker, headline, summary, byline, 'June 2, 2026, 6:00 a.m. ET';
    the lead essay is the article itself (headline = page title); 'The Latest News' with topic sub-heads and one-sentence
    bullets without headlines; Opinions / Morning Reads link lists; sign-off. NewsArticle JSON-LD."""
    z = S["zone"]; d = dt(S["t"], z)
    stamp = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
            "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "author": [{"@type": "Person", "name": S["page_author"]}], "url": S["url"], "isAccessibleForFree": False,
            "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times"}}
    out = ['<!DOCTYPE html>', '<html lang="en" class="story nytapp-vi-article">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} - The New York Times</title>', f'<link rel="canonical" href="{S["url"]}">', ld(meta), '</head>', '<body>',
           '<header class="css-masthead"><a href="/">The New York Times</a> <a href="/section/todayspaper">Today’s Paper</a> <button>Account</button>'
           '<nav><a href="/section/us">U.S.</a> <a href="/section/world">World</a> <a href="/section/business">Business</a> <a href="/section/arts">Arts</a> '
           '<a href="/section/style">Lifestyle</a> <a href="/section/opinion">Opinion</a> <a href="/audio">Audio</a> <a href="/crosswords">Games</a> '
           '<a href="https://cooking.nytimes.com">Cooking</a> <a href="/wirecutter">Wirecutter</a> <a href="/athletic">The Athletic</a></nav></header>',
           '<main id="site-content"><article id="story">', '<p class="css-kicker"><a href="/series/the-morning-newsletter">The Morning</a></p>',
           f'<h1 data-testid="headline">{esc(S["title"])}</h1>', f'<p id="article-summary">{esc(S["dek"])}</p>',
           f'<p class="css-byline">By <a href="/by/{S["page_author"].lower().replace(" ", "-")}">{esc(S["page_author"])}</a></p>',
           f'<time datetime="{d.isoformat()}">{stamp}</time>',
           '<div class="css-share"><button>Share full article</button> <span>286 comments</span></div>',
           '<section name="articleBody">', f'<p>{esc(S["greeting"])}</p>']
    groups = []
    for e in S["entries"]:
        if e.get("essay"):
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            if e["grp"] not in groups:
                if not groups:
                    out.append('<h2>THE LATEST NEWS</h2>')
                else:
                    out.append('</ul>')
                groups.append(e["grp"])
                out.append(f'<h3>{esc(e["grp"])}</h3><ul>')
            out.append(f'<li>{esc(e["p"][0])}</li>')
    out.append('</ul>')
    out += ['<h2>Opinions</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["opinions"]) + '</ul>',
            '<h2>MORNING READS</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["reads"]) + '</ul>',
            '<h2>THE MORNING RECOMMENDS …</h2><ul><li>Make a quick skillet of charred corn and feta.</li><li>Take a look at the summer’s best beach reads.</li></ul>',
            '<h2>GAMES</h2><p>Here is today’s Spelling Bee. Yesterday’s pangram was <em>planetary</em>.</p>',
            '<p>Thanks for spending part of your morning with The Times. See you tomorrow.</p>',
            '<p><em>Sign up here to get this newsletter in your inbox. Reach our team at themorning@nytimes.com.</em></p>',
            '</section>', '</article></main>', '<footer><a href="/">© 2026 The New York Times Company</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/terms">Terms of Service</a> <a href="/help">Help</a> <a href="/subscription">Subscriptions</a></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_guardian(S):
    """The Guardian 'First Edition', web edition as a text scrape. '<Day> briefing: ...' headline, standfirst, author,
    'Wed 10 Jun 2026 06.30 BST'; 'Good morning.' intro; newsletter sign-up box; 'Five big stories' with 'Kicker | sentence'
    items (the kicker is not part of the sentence); 'In depth: ...' section; 'Sport' items; front pages, podcast, cartoon,
    The Upside, 'Bored at work?'."""
    z = S["zone"]; d = dt(S["t"], z)
    stamp = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]} {d.day} {SHORT[d.month - 1]} {d.year} {d:%H.%M} BST"
    L = ["Skip to main content", "Skip to navigation", "Close dialogue", "Print subscriptions", "Sign in", "Search jobs", "Search", "UK edition",
         "The Guardian - Back to home", "Support the Guardian", "Fund the free press with £4 per month", "Support us", "",
         "News", "Opinion", "Sport", "Culture", "Lifestyle", "", "First Edition", "", S["title"], "", S["dek"], "",
         S["photo_caption"], "", S["page_author"], stamp, "Share", ""] + ptxt(S["intro"]) + [
         "Sign up to First Edition", "Free daily newsletter",
         "Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters", "",
         "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.", "",
         "after newsletter promotion", "", "Five big stories", ""]
    shown_depth = shown_sport = False
    for e in S["entries"]:
        if e.get("depth"):
            shown_depth = True
            L += [e["h"], ""] + ptxt(e["p"])
            L += ["What else we’ve been reading", ""] + ptxt(S["reading"])
        elif e.get("kicker"):
            if e.get("sport") and not shown_sport:
                shown_sport = True
                L += ["Sport", ""]
            L += [f"{e['kicker']} | {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += ["The front pages", ""] + ptxt(S["fronts"]) + ["Today in Focus", "", S["podcast"], "",
          "Cartoon of the day | Rhys Tallon", "", "The Upside", "A bit of good news to remind you that the world’s not all bad", "", S["upside"], "",
          "Sign up here for a weekly roundup of The Upside, sent to you every Sunday", "", "Bored at work?", "",
          "And finally, the Guardian’s puzzles are here to keep you entertained throughout the day. Until tomorrow.", "",
          "Quick crossword", "Cryptic crossword", "Wordiply", "", "Explore more on these topics", "Ukraine", "G7", "Russia", "", "Reuse this content"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ Part B renderers (invented outlets)

def r_drumlisk(S):
    """text live blog, newest first; 'Key Points' bullets (exact entry headlines); headline THEN a bare 12-hour stamp with a dot
    ('7.10pm', Irish time, no zone printed); signature line '– NAME' after the body."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Home | News | Ireland | World | Business | Sport | Opinion | Live", "", "LIVE  Russia-Ukraine war", "",
         S["title"], date_long(d0), "", S["lede"], "", "Key Points"] + [f"• {e['h']}" for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"– {e['a']}", ""]
        if i == 2:
            L += ["Get the Examiner’s World Briefing free in your inbox every evening. Sign up", ""]
    L += ["Show older posts", "", f"© {d0.year} {S['source']} · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ellisfold(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished with +03:00);
    each post: h2 headline, author, body, then the time AFTER the body ('<time datetime=...>13:45</time> Kyiv time')."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    meta = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} — {esc(S["source"])}</title>', ld(meta),
           '</head>', '<body>', f'<header class="top"><a class="brand" href="/">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/membership">Become a member</a></nav></header>',
           '<main class="liveblog">', '<span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="liveblog-date">{date_long(first)} · All times are Kyiv time</p>', f'<p class="liveblog-lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><h2 class="post-title">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            out.append('<div class="video-embed" data-provider="youtube"><button>Play video</button></div>')
        out.append(f'<p class="post-time"><time datetime="{d.isoformat()}">{st}</time> Kyiv time</p><div class="post-share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/explainers/shadow-fleet">What is Russia’s shadow fleet, and can sanctions sink it?</a></aside>')
    out += ['<button class="load-more">Load more</button>', '</main>',
            f'<footer>{esc(S["source"])} · About · Editorial policy · Advertise · Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset; optional dc:creator; CDATA paragraphs."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["id"]}{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["id"]}{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_clunford(S):
    """text article (English edition of a Polish outlet): sections = entries; one page byline; dateline '26.05.2026, 17:45'
    (Polish local time, no zone printed); no per-section stamp."""
    d = dt(S["t"], S["zone"])
    L = [S["source"], "World  /  Europe  /  War in Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", f"{d:%d.%m.%Y, %H:%M}", "",
         "Share:  Facebook  X  LinkedIn  E-mail", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["ADVERTISEMENT", ""]
    L += ["Read also:", S["more"], "", f"© {S['source']} {d.year} · Imprint · Privacy policy · Cookie settings"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_harlowmere(S):
    """HTML live blog without JSON-LD, newest first; Finnish-style dotted 24-hour stamp ('19.40') in a span ABOVE the h2;
    the page prints 'All times are Finnish time (EEST)'; author line under the headline; photo-gallery teaser."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', '</head>', '<body>',
           f'<div class="masthead"><a href="/">{esc(S["source"])}</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/nordic">Nordic</a> '
           '<a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></div>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="updated">Updated {date_long(d0)} {d0:%H.%M}</p>',
           f'<p class="ingress">{esc(S["lede"])}</p>', '<p class="tz-note">All times are Finnish time (EEST).</p>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="entry" data-id="{7310 - i}"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            out.append('<div class="gallery"><span class="gallery-count">12 photos</span></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div>', '<button>Show more</button>', '</main>', f'<footer>{esc(S["source"])} · Contact · Privacy · Cookie settings</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first; <published> as ISO with the outlet's offset (or Z); optional <author><name>; HTML content escaped once."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/</id>', f'<updated>{iso(last)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{d:%Y/%m/%d}/{S['id']}-{i + 11}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{e.get("cat", "World")}"/>', '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_sallowby(S):
    """text live blog, oldest first; stamp line BEFORE the headline ('5:30 a.m. CT'); the date line has no year
    ('Wednesday, May 27'); one page byline; posts credited to another outlet carry their own 'By NAME, OUTLET' line."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "News  Sports  Business  Opinion  Obituaries  e-Edition", "", "WORLD", "", S["title"],
         f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}", f"By {S['page_author']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} CT"; stamps.append(st)
        L += [st, e["h"], ""]
        if e.get("credit"):
            L += [e["credit"], ""]
        L += ptxt(e["p"])
        if i == 3:
            L += ["Support local journalism. Subscribe for $1 a week for the first three months.", ""]
    L += ["This live coverage has ended. Follow our World page for updates.", "", f"Copyright {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_bellhythe(S):
    """text live blog, newest first; per-post RELATIVE stamps ('15m ago', '3h ago') under the headline, counted back from the
    printed header clock 'Last updated 21:05 EEST, 17 June 2026'; video teaser without text."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"], "Ukraine | World | Economy | Culture | Opinion | Podcasts", "", "LIVE", S["title"],
         f"Last updated {ref:%H:%M} EEST, {ref.day} {MONTHS[ref.month - 1]} {ref.year}", "", S["lede"], "", f"By {S['byline']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins}m ago"
        else:
            assert mins % 60 == 0, (S["id"], e["t"])
            st = f"{mins // 60}h ago"
        stamps.append(st)
        L += [e["h"], st, ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 0:48]", ""]
        if i == 1:
            L += ["Sponsored", "Your savings deserve better. Compare deposit rates in two minutes.", ""]
    L += ["Load earlier posts", "", f"{S['source']} · About us · Support us · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_oxgang(S):
    """HTML live blog, oldest first; visible '<time>07.10 BST</time>' ABOVE each h2; JSON-LD @graph with a LiveBlogPosting whose
    liveBlogUpdate items all repeat the PAGE's datePublished (a known producer quirk: per-update times only in the HTML)."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z); pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{i + 1:04x}#block-{i + 1:04x}", "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]))[:1000]}
           for i, e in enumerate(S["entries"])]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "headline": S["title"], "datePublished": pub.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "liveBlogUpdate": ups,
         "publisher": {"@type": "Organization", "name": S["source"]}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ld(graph),
           '</head>', '<body>', f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/sport">Sport</a> <a href="/whats-on">What’s On</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta">{esc(S["byline"])} · {date_long(first).replace(",", "")}</p>', '<ol class="blocks">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<li class="block" id="block-{i + 1:04x}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="block-author">{esc(e["a"])}</p>')
        out.append('</li>')
    out += ['</ol>', '</main>', f'<footer>{esc(S["source"])} · Contact us · Privacy notice · Cookie policy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' newsletter layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 12000 Semafor Flagship
SEEDS.append(dict(
  id="12000", name="12000_semafor-flagship", ext="html", source="Semafor", zone="America/New_York", render=r_semafor,
  title="Kharkiv strike clouds Washington’s Easter truce push", t="2026-03-31 06:12", page_author="Ellis Varga",
  url="https://www.semafor.com/newsletter/03/31/2026/kharkiv-strike-clouds-easter-truce-push",
  dek="Russia hits Kharkiv before truce talks, the EU clears more money for Kyiv, and China’s factories slow.",
  world_today=["Kharkiv hit before truce talks", "EU clears loan tranche", "Kremlin cool on summit", "Ukraine’s drone pitch", "China’s factory slump",
               "Peru’s three-way race", "Artemis II crew in quarantine"],
  intro=["Good morning. The Easter truce Washington wants to broker got a rough start: Russia’s heaviest attack on Kharkiv in weeks landed hours before US envoys were due to sit down with both sides. Elsewhere, Brussels is sending more money, Ukraine’s drone industry is looking for customers, and NASA is counting down."],
  basis="no per-item time: the edition's single stamp '{s}' under the headline (EDT = UTC-4) dates every item; local {d} in {z}",
  notes="Semafor Flagship web edition (imitated from memory). One stamp for the whole edition ('Mar 31, 2026, 6:12am EDT'); every numbered story takes it (stamp null). 'The World Today' is a contents list of short phrases for the stories below (not headlines, not a Key Points block). The intro paragraph previews the day. Each story: number, title, paragraphs. Three items are off the war (China, Peru, NASA). The page byline (Ellis Varga) is used as author for every story.",
  not_entries=["site header, vertical navigation and 'Sign up' button", "newsletter name 'Semafor Flagship'", "page headline (page_title)", "byline 'Ellis Varga'",
               "edition stamp 'Mar 31, 2026, 6:12am EDT'", "'The World Today' contents list (seven short phrases)", "intro paragraph 'Good morning. ...' (lede)",
               "story numbers 1-7", "sponsor block 'A message from Halvard Freight'", "newsletter sign-up box", "'Semafor Live' event promo", "footer"],
  entries=[
    E(None, "Russia pounds Kharkiv as US pushes Easter pause",
      ["Russian missiles and glide bombs killed at least nine people in Kharkiv overnight, Ukrainian officials said, hours before American envoys were due to meet Ukrainian and Russian delegations separately in Geneva.",
       "Mayor Ihor Terekhov said a missile hit a five-storey apartment building in the Kyivskyi district and that rescuers were still pulling people from the debris at dawn. At least 41 people were wounded.",
       "The Trump administration has floated a ceasefire spanning Western and Orthodox Easter, which fall a week apart this year. Kyiv says it will stop firing if Moscow does; the Kremlin says it is studying the idea."],
      "strikes", "strikes", 3, "kharkiv-missile-strike-2026-03-31", sec=["diplomacy"], sources=["Suspilne", "Kharkiv city council"]),
    E(None, "EU finance ministers clear next slice of Ukraine loan",
      ["European Union finance ministers approved a €6 billion payment to Ukraine on Monday, the second tranche of a loan financed by joint EU borrowing.",
       "Most of the money is earmarked for Ukraine’s defense budget and for repairs to its power grid. Hungary abstained but did not block the decision, two diplomats said."],
      "aid", "aid", 3, "eu-ukraine-loan-tranche-2026-03-30"),
    E(None, "Kremlin says no Putin-Zelensky meeting is on the table",
      ["Kremlin spokesman Dmitry Peskov said there were no preparations for a meeting between Vladimir Putin and Volodymyr Zelensky, brushing off a suggestion from Turkish officials that the two could meet in Istanbul before summer.",
       "Such a meeting could only come at the end of a negotiating process, not at its start, Peskov told reporters."],
      "diplomacy", "diplomacy", 2, "kremlin-rules-out-putin-zelensky-meeting-2026-03"),
    E(None, "Ukraine’s drone makers court Gulf buyers",
      ["Ukrainian drone manufacturers are pitching long-range and interceptor drones to Gulf governments, Semafor has learned, as Kyiv weighs loosening its wartime ban on weapons exports.",
       "Three companies staged demonstrations for officials from two Gulf states this month, according to people familiar with the talks. Any sale would need government approval, and officials insist the front line comes first."],
      "other", "security", 2, "ukraine-drone-exports-gulf-2026-03", n="Ukraine's arms industry seeking foreign buyers: security, not aid"),
    OFF(None, "China’s factories slump for a third month",
      ["China’s factory activity shrank for a third straight month in March, an official survey showed, adding pressure on Beijing to step up stimulus as export orders fell."],
      "china-factory-activity-2026-03", n="Chinese economy"),
    OFF(None, "Peru’s presidential race narrows",
      ["Peru’s crowded presidential race has narrowed to a three-way contest less than two weeks before the April 12 vote, a new poll showed, with no candidate close to the share needed to avoid a runoff."],
      "peru-election-poll-2026-03", n="Peruvian election"),
    OFF(None, "Artemis II crew enters quarantine",
      ["The four astronauts of NASA’s Artemis II mission entered pre-flight quarantine in Houston, the agency said, ahead of a launch window that opens in mid-April for the first crewed flight around the Moon in more than half a century."],
      "artemis-ii-quarantine-2026-03", n="space flight"),
  ]))

# ---------------------------------------------------------------- 12001 POLITICO Europe Brussels Playbook
SEEDS.append(dict(
  id="12001", name="12001_politico-brusselsplaybook", ext="html", source="Politico Europe", zone="Europe/Brussels", render=r_politico,
  title="Shell math — Orbán digs in — Odesa counts the cost", t="2026-04-08 06:58", page_author="Pauline Ostrander",
  url="https://www.politico.eu/newsletter/brussels-playbook/shell-math-orban-digs-in-odesa-counts-the-cost/",
  intro=["Good morning and welcome to Brussels Playbook. I’m Pauline Ostrander. Defense ministers arrive in town today with a very large shopping list and not much agreement on where to shop."],
  agenda=["Defense ministers meet in Brussels from 10 a.m.; press conference by High Representative Kaja Kallas around 4 p.m.",
          "Commission College meeting in Strasbourg; readout at noon.", "European Parliament plenary debate on the single market for defense in the afternoon."],
  birthdays="MEP Ilse Vandermolen; former Commission spokesperson Aurélien Castaigne; Playbook’s own fact-checker.",
  thanks="THANKS to our editor Tomás Brenner and producer Ada Lindqvist.",
  basis="no per-item time: the newsletter's single stamp '{s}' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="POLITICO Europe Brussels Playbook web edition (imitated from memory). Stamp 'April 8, 2026 6:58 am CEST' for the whole edition; each all-caps 'LABEL: TITLE' section heading is one entry (headline = the heading exactly as printed, capitals kept), stamp null. The AGENDA, BIRTHDAYS and THANKS headings are newsletter furniture, not entries. Two 'A message from Northline Energy' sponsor paragraphs and a 'Presented by' line are ads. JSON-LD is a Yoast-style @graph (NewsArticle + WebPage + Organization). Page byline used as author for every section.",
  not_entries=["site header, navigation, Pro and Log in links", "label 'Brussels Playbook'", "page headline (page_title)", "byline", "stamp 'April 8, 2026 6:58 am CEST'",
               "audio player text 'Press play to listen to this article' / 'Voiced by artificial intelligence.'", "'Presented by Northline Energy'",
               "'POLITICO’s Brussels Playbook | Send tips here | Subscribe for free | View in your browser'", "intro paragraph 'Good morning and welcome ...'",
               "two sponsored paragraphs 'A message from Northline Energy: ...'", "AGENDA heading and list", "BIRTHDAYS heading and paragraph",
               "THANKS heading and paragraph", "newsletter sign-up box 'Subscribe to POLITICO Brussels Playbook'", "footer"],
  entries=[
    E(None, "DRIVING THE DAY: THE €40 BILLION SHELL GAME",
      ["EU defense ministers meeting in Brussels today will try to sign off on a joint purchase of artillery ammunition for Ukraine worth up to €40 billion over three years, according to two diplomats briefed on the draft.",
       "The plan pools orders from at least 14 capitals and promises manufacturers multiyear contracts, something the industry has demanded for years. “It’s the biggest single order we have ever put together,” one of the diplomats told Playbook.",
       "The sticking point: whether producers outside the EU — read South Korea and Turkey — may bid. Paris wants a strict buy-European clause; the Nordics and Baltics want shells, wherever they come from."],
      "aid", "aid", 3, "eu-joint-ammunition-purchase-2026-04-08"),
    E(None, "ORBÁN DIGS IN: NO CLUSTER FOR KYIV",
      ["Hungary will not let Ukraine’s accession talks advance while the war continues, Foreign Minister Péter Szijjártó told reporters in Budapest on Tuesday, days before a national election in which Fidesz faces its toughest fight in years.",
       "That effectively shelves the Cypriot presidency’s hope of opening the first negotiating cluster with Kyiv before June. Expect the topic to dominate Friday’s meeting of EU ambassadors."],
      "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-cluster-2026-04"),
    E(None, "MEANWHILE IN ODESA: PORT HIT AGAIN",
      ["Russian drones struck grain terminals in the port of Odesa overnight, killing two dock workers and setting a loaded bulk carrier on fire, regional governor Oleh Kiper said.",
       "Ukraine’s navy said the Panama-flagged vessel had been towed away from the berth. The EU delegation in Kyiv called the attack a strike on global food security."],
      "strikes", "strikes", 3, "odesa-port-drone-strike-2026-04-08"),
    E(None, "SANCTIONS WATCH: SHADOW FLEET, PART 21",
      ["The Commission will brief ambassadors today on its ideas for a 21st sanctions package, which would add roughly 60 tankers to the list of shadow-fleet vessels barred from EU ports and services.",
       "Officials also want to go after refineries in third countries that process Russian crude. A formal proposal is expected later this month."],
      "diplomacy", "diplomacy", 2, "eu-21st-sanctions-package-proposal-2026-04"),
    E(None, "WILLING, STILL: COSTA JOINS THURSDAY CALL",
      ["European Council President António Costa will join a video call of the so-called coalition of the willing on Thursday to discuss security guarantees for Ukraine in case of a ceasefire, his spokesperson said."],
      "diplomacy", "diplomacy", 2, "coalition-of-willing-call-2026-04-09"),
    OFF(None, "CARMAKERS’ RELIEF: TWO MORE YEARS",
      ["Members of the European Parliament’s environment committee voted to give carmakers two extra years to meet the 2030 fleet emissions target, a win for the industry and for the center-right EPP."],
      "eu-car-co2-vote-2026-04", n="EU car emissions rules"),
  ]))

# ---------------------------------------------------------------- 12002 Axios AM
SEEDS.append(dict(
  id="12002", name="12002_axios-am", ext="txt", source="Axios", zone="America/New_York", render=r_axios,
  title=None, t="2026-04-14 05:47:03", page_author="Dana Whitcombe",
  subject="Axios AM: Ukraine's oil-port squeeze",
  greeting="☕ Good Tuesday morning. Smart Brevity™ count: 1,168 words ... 4½ mins. Edited by Leo Garnett.",
  podcast="🎧 Listen to Axios Today: Why Ukraine is aiming at Russia's oil ports.",
  basis="no per-item time: the email's 'Date:' header '{s}' (EDT = UTC-4) dates every item; the body prints only 'Apr 14, 2026'; local {d} in {z}",
  notes="Axios AM as an email saved to a text file (imitated from memory). The only time is the mail header 'Date: Tue, 14 Apr 2026 05:47:03 -0400'; the body byline prints 'Apr 14, 2026' only; all items take the header time (stamp null). Items are '1 big thing: <headline>', '2. <headline>' ... '6. 1 fun thing: <headline>'; the ordinal kickers ('1 big thing:', 'N.', '1 fun thing:') are treated as list labels, so the headline is the text after them. Bodies use 'Why it matters:' / 'Driving the news:' paragraphs and '•' bullets; each counts as a paragraph. 'Illustration:' lines, 'Go deeper:' links and the two 'A message from Harborline Bank' sponsor blocks are chrome. No page title line (the Subject header is mail metadata), so page_title is null. Page byline used as author for every item.",
  not_entries=["mail headers (From, To, Subject, Date, MIME lines)", "'View in browser'", "'Axios AM' name line", "byline line 'By Dana Whitcombe · Apr 14, 2026'",
               "greeting with Smart Brevity count", "podcast promo line", "'Illustration: ...' caption", "'Go deeper: ...' link lines",
               "two sponsor blocks 'A message from Harborline Bank'", "sign-off, address and unsubscribe lines"],
  entries=[
    E(None, "Ukraine's drones hit Russia's Baltic oil lifeline",
      ["Ukrainian long-range drones set fire to loading terminals at Russia's Primorsk oil port on Monday, halting shipments from Russia's busiest Baltic crude outlet, according to regional officials and ship-tracking data.",
       "Why it matters: Primorsk handles more than a million barrels a day, and oil money is still the biggest single source of cash for the Kremlin's war budget.",
       "Driving the news: Leningrad region Gov. Alexander Drozdenko said debris from downed drones started the fire and that no one was hurt.",
       "• Satellite images showed at least two storage tanks burning late Monday.",
       "What's next: Brent crude rose about 3% in Asian trading. The White House has pressed Kyiv before to avoid energy targets that move global prices."],
      "strikes", "strikes", 3, "primorsk-oil-port-drone-strike-2026-04-13", illus="Illustration: Axios Visuals. Photo: Satellite image ©2026 Planet Labs PBC",
      go="Ukraine's long-range drone campaign, mapped"),
    E(None, "Witkoff heads back to Moscow",
      ["Special envoy Steve Witkoff will fly to Moscow later this week for his first meeting with Vladimir Putin since January, two U.S. officials tell Axios.",
       "Why it matters: The trip is the clearest sign yet that President Trump wants to turn the Easter truce, which mostly held, into a longer pause.",
       "• Kyiv has not been told what Witkoff plans to offer, a Ukrainian official said."],
      "diplomacy", "diplomacy", 3, "witkoff-moscow-trip-2026-04"),
    OFF(None, "Tax Day crunch",
      ["The IRS expects more than 30 million returns to arrive in the final week before Wednesday's filing deadline, with staffing at its call centers down sharply from last year.",
       "The big picture: The agency says refunds are running slightly larger on average than in 2025."],
      "irs-tax-day-2026", n="US taxes"),
    E(None, "Europe's buying U.S. weapons for Kyiv",
      ["Norway, Sweden and Denmark will together pay for a $900 million package of U.S.-made air defense interceptors and radar parts for Ukraine, under the NATO-run arrangement that lets allies buy American weapons for Kyiv.",
       "The big picture: European allies have financed several billion dollars' worth of U.S. equipment for Ukraine since the program launched last year, NATO says."],
      "aid", "aid", 3, "nordic-purl-air-defense-package-2026-04"),
    OFF(None, "Measles count climbs",
      ["The CDC has confirmed 412 measles cases so far this year across 19 states, putting 2026 on pace to rival last year's total.",
       "• Most cases are in unvaccinated children, health officials say."],
      "us-measles-cases-2026", n="US public health"),
    OFF(None, "Robot umpire claims its first ejection",
      ["A minor-league manager in Ohio was tossed on Sunday for arguing with the automated strike zone, which could not hear him, his team said."],
      "robot-umpire-ejection-2026-04", n="baseball"),
  ]))

# ---------------------------------------------------------------- 12003 The Economist, The world in brief
SEEDS.append(dict(
  id="12003", name="12003_economist-worldinbrief", ext="html", source="The Economist", zone="Europe/London", render=r_economist,
  title="The world in brief | The Economist", t="2026-04-23 06:00", page_author=None,
  url="https://www.economist.com/the-world-in-brief",
  figure="€9bn: Germany’s planned military aid to Ukraine for 2027, roughly a tenth of its defence budget. Read the full story.",
  basis="the visible page prints only the date 'Apr 23rd 2026'; the time comes from <time datetime=\"2026-04-23T05:00:00Z\"> and the JSON-LD datePublished (05:00 UTC = 06:00 BST); local {d} in {z}",
  notes="The Economist 'The world in brief' web page (imitated from memory). Items are single unheadlined paragraphs (headline null, one paragraph each). The visible page shows only 'Apr 23rd 2026'; the time is machine-readable only (<time datetime> attribute and NewsArticle JSON-LD datePublished 2026-04-23T05:00:00Z), so published uses it. 'Figure of the day', the daily quiz, the podcast promo and the subscribe box are chrome. Three items are off the war (UK inflation, India's monsoon, Kenya floods). No byline, so author null. page_title is the <title> text.",
  not_entries=["masthead, menu, navigation, Subscribe / Log in", "h1 'The world in brief'", "rubric 'Catch up quickly on the global stories that matter'", "date 'Apr 23rd 2026'",
               "'Figure of the day' section", "'Daily quiz' section", "podcast promo 'Listen to The Intelligence ...'", "subscribe box", "footer"],
  entries=[
    E(None, None,
      ["Russia and Ukraine agreed to a 30-day halt to strikes on each other’s energy infrastructure, according to America’s State Department, after two days of talks in Istanbul with American mediators. Both sides accused the other of breaking a similar arrangement last year; the new pause is meant to start immediately."],
      "diplomacy", "diplomacy", 3, "energy-strike-moratorium-2026-04-22"),
    OFF(None, None,
      ["Britain’s annual rate of consumer-price inflation fell to 2.8% in March, from 3.1% in February, according to official figures. Lower energy bills did most of the work, strengthening the case for the Bank of England to cut interest rates next month."],
      "uk-inflation-march-2026", n="UK economy"),
    E(None, None,
      ["A Russian missile struck a passenger train at a station near Konotop, in Ukraine’s Sumy province, killing at least seven people. Ukraine’s state railway said the train had been about to leave for Kyiv; Russia claimed it had hit a military transport."],
      "strikes", "strikes", 3, "konotop-train-missile-strike-2026-04-22"),
    E(None, None,
      ["Germany’s cabinet approved €9bn ($10.3bn) of military aid for Ukraine for 2027, the same as this year. Friedrich Merz, the chancellor, said most of it would go on air defence and long-range drones built jointly by German and Ukrainian firms."],
      "aid", "aid", 3, "germany-2027-ukraine-military-aid-2026-04"),
    OFF(None, None,
      ["India’s weather office forecast an above-normal monsoon for the fourth year in a row, which would be good news for farmers and for the central bank’s fight against food-price inflation."],
      "india-monsoon-forecast-2026", n="Indian monsoon"),
    E(None, None,
      ["Russia’s parliament passed a law allowing the government to switch off mobile internet in any region for “security reasons” without a court order. Officials say the shutdowns stop Ukrainian drones from navigating by cellular networks; critics say they are a step towards a sealed-off Russian internet."],
      "other", "politics", 2, "russia-mobile-internet-shutdown-law-2026-04"),
    OFF(None, None,
      ["Floods in Kenya killed at least 23 people and displaced thousands after days of heavy rain in the Rift Valley and around Nairobi, the government said."],
      "kenya-floods-2026-04", n="Kenya floods"),
  ]))

# ---------------------------------------------------------------- 12004 Bloomberg Evening Briefing
SEEDS.append(dict(
  id="12004", name="12004_bloomberg-eveningbriefing", ext="txt", source="Bloomberg", zone="America/New_York", render=r_bloomberg,
  title="Fed Holds Steady While Oil Jumps on Energy-Truce Breach", t="2026-04-29 17:48", page_author="Ronan Kessler",
  intro="Welcome to Evening Briefing Americas. Here’s what you need to know as the Fed sat tight and a shaky truce in Ukraine wobbled.",
  caption="Jerome Powell at his post-meeting press conference. Photographer: Tierney Cole/Bloomberg",
  reading=["Ukraine’s Farmers Plant Between the Minefields", "Why Airlines Are Flying Around Half of Europe", "The Quiet Boom in Polish Tank Factories"],
  basis="no per-item time: the newsletter's single stamp '{s}' (EDT = UTC-4) dates every item; local {d} in {z}",
  notes="Bloomberg 'Evening Briefing: Americas' web edition as a text scrape (imitated from memory). One stamp 'April 29, 2026 at 5:48 PM EDT' for the whole newsletter (21:48 UTC, still 29 April); every item takes it (stamp null). The lead essay under the label 'What You Need to Know Today' has no headline (the label is a section label, not a headline); the photo caption after it is chrome. The following items are unheadlined paragraphs, one per story (headline null); 'Deep Dive' is a label and the line after it is that item's headline. 'What You’ll Want to Read Tonight' is a link list. The lead essay (Fed) and the home-sales item are off the war. Page byline used as author.",
  not_entries=["'Skip to content', brand line, navigation, Sign In / Subscribe", "'Newsletter' and 'Evening Briefing: Americas' labels", "page headline (page_title)",
               "byline and stamp 'April 29, 2026 at 5:48 PM EDT'", "'Save' / 'Gift this article'", "'Want to receive this newsletter? Sign up here.'",
               "intro line 'Welcome to Evening Briefing Americas ...'", "label 'What You Need to Know Today'", "photo caption 'Jerome Powell at his post-meeting press conference. Photographer: ...'",
               "label 'Here are today’s top stories'", "label 'Deep Dive'", "subscription pitch 'Like getting the Evening Briefing? ...'",
               "'What You’ll Want to Read Tonight' link list", "'More From Bloomberg' sign-up line", "footer"],
  entries=[
    OFF(None, None,
      ["The Federal Reserve left interest rates unchanged for a third straight meeting, with officials signaling they want more evidence that inflation is cooling before they resume cutting.",
       "Chair Jerome Powell, whose term as chair ends next month, declined to say anything about his successor and said the committee’s decision was unanimous."],
      "fed-holds-rates-2026-04-29", n="US monetary policy (lead essay)", essay=True),
    E(None, None,
      ["Oil rose after Ukraine said Russian drones knocked out power at a thermal plant in the Sumy region, the most serious breach so far of the week-old pause on energy strikes. Moscow denied it and accused Kyiv of hitting a substation in Belgorod."],
      "strikes", "strikes", 2, "sumy-power-plant-drone-strike-2026-04-29", sec=["diplomacy"]),
    E(None, None,
      ["The European Commission proposed banning imports of Russian semi-finished steel from 2027, closing a loophole that has let some EU mills keep buying Russian slabs under an exemption."],
      "diplomacy", "diplomacy", 2, "eu-russian-steel-slab-ban-proposal-2026-04"),
    E(None, None,
      ["Rheinmetall won a €1.4 billion order from Germany for 155mm artillery shells, most of which are destined for Ukraine, the company said. Its shares rose as much as 4% in Frankfurt."],
      "aid", "aid", 3, "rheinmetall-shell-order-ukraine-2026-04-29"),
    OFF(None, None,
      ["Contracts to buy previously owned US homes fell for a second month in March as mortgage rates near 6.5% kept buyers on the sidelines."],
      "us-pending-home-sales-2026-03", n="US housing"),
    E(None, "Russia’s War Budget Is Springing Leaks",
      ["Russia’s federal deficit in the first quarter was already bigger than the government had planned for the entire year, as lower oil prices and a strong ruble squeezed revenue.",
       "The Finance Ministry has raised value-added tax and dipped into its rainy-day fund, but economists say the Kremlin will struggle to keep military spending at current levels into 2027 without deeper cuts elsewhere."],
      "other", "politics", 2, "russia-budget-deficit-2026-q1", deep=True, n="Russia's war economy (domestic politics/economy)"),
  ]))

# ---------------------------------------------------------------- 12005 Financial Times FirstFT
SEEDS.append(dict(
  id="12005", name="12005_ft-firstft", ext="txt", source="Financial Times", zone="Europe/London", render=r_firstft,
  title=None, t="2026-05-07 06:04", page_author="Harriet Lomond",
  subject="FirstFT: US and Ukraine sign drone co-production deal",
  agenda=["Elections: Voters in Scotland and Wales choose new devolved parliaments.", "Monetary policy: The Bank of England announces its interest rate decision at noon.",
          "Results: Several European banks and a big Danish shipper report first-quarter earnings."],
  reading=["The Baltic towns preparing for the worst", "How a Ukrainian start-up built a drone in 11 days", "Europe’s defence budget boom, in five charts"],
  chart="Russia’s oil and gas revenues have fallen by a third from a year earlier, according to Finance Ministry data.",
  break_="Our wine columnist picks six spring rosés under £15.",
  basis="no per-item time: the Gmail print's message line '{s}' (reader's clock, no zone; read as UK time, BST = UTC+1) dates every item; local {d} in {z}",
  notes="Financial Times FirstFT as an email printed from Gmail to text (imitated from memory). The only time is Gmail's message line 'Thu, May 7, 2026 at 6:04 AM' with no zone; it is read in the outlet's home zone (Europe/London, BST). 'Good morning.' stands on its own line as a greeting. The lead story has no headline (first entry, three paragraphs). 'Here’s what else I’m keeping tabs on today:' is a day-ahead agenda, not news. 'Five more top stories' are numbered '1. ...' paragraphs; the list number is not part of the sentence; no headlines. Two of the five are off the war (Scottish/Welsh elections, Bank of England). 'We’re also reading', 'Chart of the day' and 'Take a break from the news' are chrome. Subject line is mail metadata, so page_title null. The byline 'By Harriet Lomond' is used as author for every item.",
  not_entries=["Gmail header lines, subject, '1 message', sender line with 'Thu, May 7, 2026 at 6:04 AM', Reply-To / To", "'View in browser | Manage your newsletters'",
               "'FINANCIAL TIMES' and 'FirstFT: the day’s biggest stories'", "byline 'By Harriet Lomond'", "greeting 'Good morning.'",
               "'Here’s what else I’m keeping tabs on today:' agenda bullets", "webinar promo line", "label 'Five more top stories'",
               "'We’re also reading . . .' links", "'Chart of the day' and its caption", "'Take a break from the news' item", "sign-off and 'Recommended newsletters for you'", "copyright / unsubscribe"],
  entries=[
    E(None, None,
      ["The US and Ukraine have signed an agreement under which Washington will co-finance the production of Ukrainian interceptor drones and buy some for its own forces, the first deal of its kind since Russia’s full-scale invasion.",
       "The accord, signed in Washington late on Wednesday, is worth up to $2bn over two years, according to two people familiar with its terms. Ukraine’s defence ministry said the first joint production line would open in Ukraine within months.",
       "Kyiv has pushed for a “drone deal” with the Trump administration since last year, arguing that its battlefield-tested designs could help US forces as much as Ukrainian ones."],
      "aid", "aid", 3, "us-ukraine-drone-coproduction-deal-2026-05-06", lead=True),
    E(None, None,
      ["Russia’s economy shrank 0.6 per cent year on year in the first quarter, according to preliminary official estimates, its first contraction since 2023 as high interest rates and sanctions weighed on output."],
      "other", "politics", 2, "russia-gdp-contraction-q1-2026", n="Russia's war economy"),
    OFF(None, None,
      ["Voters in Scotland and Wales go to the polls today in devolved parliament elections that surveys suggest will leave both chambers more fragmented than ever."],
      "scotland-wales-elections-2026-05-07", n="UK devolved elections"),
    E(None, None,
      ["Russian drones knocked out gas production facilities in Ukraine’s Poltava region overnight, Naftogaz said, despite a truce on energy strikes that each side accuses the other of breaking."],
      "strikes", "strikes", 2, "poltava-gas-facilities-drone-strike-2026-05-07"),
    OFF(None, None,
      ["The Bank of England is expected to hold interest rates at 3.5 per cent today, though two members of its Monetary Policy Committee are likely to vote for a cut."],
      "boe-rate-decision-2026-05-07", n="UK monetary policy"),
    E(None, None,
      ["Turkey’s president Recep Tayyip Erdoğan offered to host a meeting between Vladimir Putin and Volodymyr Zelenskyy in Istanbul “within weeks”, saying both leaders had told him they were open to it."],
      "diplomacy", "diplomacy", 2, "erdogan-offers-istanbul-summit-2026-05"),
  ]))

# ---------------------------------------------------------------- 12006 The Kyiv Independent (site feed with the 'Ukraine war latest' round-up)
SEEDS.append(dict(
  id="12006", name="12006_kyivindependent-rss", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_ki_rss,
  title="The Kyiv Independent",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="The Kyiv Independent site feed (Ghost RSS 2.0, imitated from memory), newest first. The day's 'Ukraine war latest: ...' round-up is one item among the news items. pubDate is GMT with seconds. description is the custom excerpt (equal to the first paragraph) and content:encoded carries the full text (the leading image tag is not a paragraph); body_paragraphs counts content paragraphs. Per-item dc:creator authors. The last item is an opinion column.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom:link, ttl", "media:content and the <img> at the start of each content:encoded"],
  entries=[
    E("2026-05-15 20:05:31", "Ukraine war latest: Russian troops push into Kostiantynivka outskirts, military says",
      ["Russian forces have entered the southeastern outskirts of Kostiantynivka in Donetsk Oblast, a spokesperson for Ukraine’s eastern military command said on May 15, as fighting for one of the last large towns Kyiv holds in the region intensifies.",
       "Small Russian assault groups are trying to infiltrate residential areas under cover of drones, spokesperson Ivan Lotsman said, adding that Ukrainian units were clearing them out.",
       "Elsewhere, Russian attacks killed at least six civilians across Ukraine over the past day, regional authorities reported."],
      "other", "frontline", 3, "kostiantynivka-outskirts-fighting-2026-05-15", a="Kateryna Hnatiuk", slug="ukraine-war-latest-russian-troops-push-into-kostiantynivka-outskirts", cat="Ukraine"),
    E("2026-05-15 18:12:09", "Russian attack on Zaporizhzhia kills 3, injures 19",
      ["A Russian guided aerial bomb struck an industrial area of Zaporizhzhia on May 15, killing three people and injuring 19, Governor Ivan Fedorov said.",
       "Several residential buildings and a city bus were damaged. Two children are among the injured, Fedorov said."],
      "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2026-05-15", a="Yana Kovtun", slug="russian-attack-on-zaporizhzhia-kills-3-injures-19", cat="Ukraine"),
    E("2026-05-15 16:48:55", "Sweden announces $640 million military aid package, including air defense",
      ["Sweden will provide Ukraine with a new military aid package worth 6 billion kronor ($640 million), including radar systems and air defense missiles, Defense Minister Pal Jonson announced on May 15.",
       "It is Sweden’s second package this year. Jonson said part of the money would be spent directly in Ukraine’s defense industry."],
      "aid", "aid", 3, "sweden-military-aid-package-2026-05-15", a="Tetiana Buzko", slug="sweden-announces-640-million-military-aid-package", cat="Ukraine"),
    E("2026-05-15 14:30:02", "Ukraine hits ammunition depot in Bryansk Oblast, General Staff says",
      ["Ukrainian forces struck a Russian ammunition depot near the town of Pochep in Bryansk Oblast overnight on May 15, the General Staff reported.",
       "Local residents described a series of secondary explosions. Bryansk Oblast Governor Alexander Bogomaz claimed that air defenses had shot down 27 drones over the region and did not mention a depot."],
      "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2026-05-15", a="Yana Kovtun", slug="ukraine-hits-ammunition-depot-in-bryansk-oblast", cat="Ukraine"),
    E("2026-05-15 12:15:40", "Parliament extends martial law, mobilization for another 90 days",
      ["Ukraine’s parliament voted on May 15 to extend martial law and general mobilization for another 90 days, until mid-August, with 312 lawmakers in favor.",
       "It is the 19th extension since Russia’s full-scale invasion began in February 2022."],
      "other", "politics", 2, "martial-law-extension-2026-05", a="Tetiana Buzko", slug="parliament-extends-martial-law-mobilization", cat="Politics"),
    E("2026-05-15 10:02:17", "Energy pause under strain as Russia hits substation in Kharkiv Oblast",
      ["A Russian drone attack damaged a high-voltage substation in Kharkiv Oblast overnight, leaving about 40,000 households without power, the regional energy company said on May 15.",
       "Kyiv said it was the fourth Russian strike on energy infrastructure since the 30-day moratorium took effect on April 22. Moscow has accused Ukraine of similar violations."],
      "strikes", "strikes", 2, "kharkiv-oblast-substation-strike-2026-05-15", a="Kateryna Hnatiuk", slug="energy-pause-under-strain-russia-hits-substation-kharkiv-oblast", cat="Ukraine"),
    E("2026-05-15 08:20:44", "Ukraine repatriates bodies of 909 fallen soldiers",
      ["Ukraine has received the bodies of 909 soldiers killed in the war, the Coordination Headquarters for the Treatment of Prisoners of War said on May 15.",
       "Russia received the bodies of 41 of its soldiers in return, the headquarters said. Forensic experts will now work to identify the dead."],
      "other", "humanitarian", 2, "soldiers-remains-repatriation-2026-05-15", a="Tetiana Buzko", slug="ukraine-repatriates-bodies-of-909-fallen-soldiers", cat="Ukraine"),
    E("2026-05-15 06:10:03", "Opinion: Europe’s ammunition promises need delivery dates",
      ["European governments have spent two years announcing artillery orders for Ukraine, but soldiers at the front measure support in shells delivered, not in euros pledged.",
       "Until contracts carry binding delivery dates and public reporting, Kyiv’s commanders will keep rationing rounds while Russia fires three for every one of theirs."],
      "aid", "aid", 2, "opinion-europe-ammunition-delivery-dates", a="Oksana Veremiy", slug="opinion-europes-ammunition-promises-need-delivery-dates", cat="Opinion",
      n="opinion column"),
  ]))

# ---------------------------------------------------------------- 12007 Meduza (English feed carrying 'The Real Russia. Today.')
SEEDS.append(dict(
  id="12007", name="12007_meduza-rss", ext="xml", source="Meduza", zone="Europe/Moscow", render=r_meduza_rss,
  title="Meduza",
  basis="RSS pubDate '{s}' (+0300 = Moscow time); local {d} in {z}",
  notes="Meduza English-language feed (RSS 2.0, imitated from memory), newest first, pubDate with +0300. The day's edition of the newsletter 'The Real Russia. Today.' is one item (its title contains the full stops of the newsletter's name; its description summarises the edition in three paragraphs, the third of which points to topics told in separate items of the feed). No author elements, so author null. The Kamchatka eruption item is off the war.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link", "enclosure images"],
  entries=[
    E("2026-05-21 21:40:12", "The Real Russia. Today. Mobile internet ‘white lists’ go nationwide, a Ryazan refinery burns, and the Kremlin talks up a Trump call",
      ["Russia’s Digital Development Ministry said on Thursday that “white lists” of websites that stay reachable during mobile internet shutdowns will now apply in every region, effectively formalizing blackouts that have spread to more than 40 regions this spring.",
       "Officials say the shutdowns are needed to stop Ukrainian drones from navigating over cellular networks. Critics note that the lists include government services and the state-backed Max messenger but not Telegram or WhatsApp.",
       "Also in today’s edition: a fire at the Ryazan refinery after a drone attack, and the Kremlin’s upbeat account of Vladimir Putin’s latest phone call with Donald Trump."],
      "other", "politics", 2, "russia-mobile-internet-white-lists-2026-05-21", kind="feature", slug="the-real-russia-today",
      n="newsletter edition; its lead topic (white lists) is its story; the refinery fire and the phone call are told in their own items"),
    E("2026-05-21 19:55:03", "Kremlin calls Putin–Trump phone call ‘substantive’ and says presidents discussed extending energy truce",
      ["Vladimir Putin and Donald Trump spoke by phone for more than an hour on Thursday, Kremlin aide Yuri Ushakov told reporters, describing the conversation as “substantive and frank.”",
       "According to Ushakov, the two leaders discussed extending the moratorium on strikes against energy facilities, which expires on Friday, and agreed that their negotiators would meet again “soon.”"],
      "diplomacy", "diplomacy", 3, "putin-trump-phone-call-2026-05-21", kind="news", slug="kremlin-calls-putin-trump-phone-call-substantive"),
    E("2026-05-21 17:20:45", "Drone attack sparks fire at Ryazan oil refinery",
      ["A fire broke out at the Ryazan oil refinery early on Thursday after a Ukrainian drone attack, regional governor Pavel Malkov said, adding that nobody was hurt.",
       "Russia’s Defense Ministry said air defenses had destroyed 112 Ukrainian drones overnight, 31 of them over the Ryazan region."],
      "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2026-05-21", kind="news", slug="drone-attack-sparks-fire-at-ryazan-oil-refinery"),
    E("2026-05-21 15:02:30", "Moscow court gives IT specialist 12 years for treason over 3,000-ruble donation",
      ["A Moscow court sentenced a 34-year-old IT specialist to 12 years in a maximum-security colony for treason over a donation of about 3,000 rubles to a Ukrainian volunteer fund, the court’s press service said.",
       "The man, whose name the court did not release, pleaded not guilty. Human rights groups count more than 1,500 treason and espionage cases opened since 2022."],
      "other", "politics", 2, "moscow-treason-sentence-donation-2026-05-21", kind="news", slug="moscow-court-gives-it-specialist-12-years"),
    E("2026-05-21 12:44:19", "Russian Defense Ministry claims capture of another village in Dnipropetrovsk region",
      ["Russia’s Defense Ministry claimed on Thursday that its troops had captured the village of Vyshneve in Ukraine’s Dnipropetrovsk region.",
       "Ukraine’s General Staff has not confirmed the loss. Independent analysts say Russian units have advanced slowly in the area since the winter."],
      "other", "frontline", 2, "russia-claims-vyshneve-dnipropetrovsk-2026-05-21", kind="news", slug="russian-defense-ministry-claims-capture-of-another-village"),
    E("2026-05-21 10:15:00", "Russia expels Estonian diplomat in tit-for-tat move",
      ["Russia’s Foreign Ministry ordered an Estonian diplomat to leave the country within a week, in response to Tallinn’s expulsion of a Russian embassy employee earlier this month."],
      "diplomacy", "diplomacy", 2, "russia-expels-estonian-diplomat-2026-05-21", kind="news", slug="russia-expels-estonian-diplomat"),
    OFF("2026-05-21 08:30:11", "Kamchatka volcano sends ash column 10 kilometers into the sky",
      ["The Klyuchevskoy volcano on the Kamchatka Peninsula erupted overnight, throwing an ash column about 10 kilometers high, and authorities issued an aviation warning for the region."],
      "kamchatka-volcano-eruption-2026-05", kind="news", slug="kamchatka-volcano-sends-ash-column", n="volcano eruption"),
  ]))

# ---------------------------------------------------------------- 12008 The New York Times, The Morning
SEEDS.append(dict(
  id="12008", name="12008_nytimes-themorning", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="NATO’s Spending Test", t="2026-06-02 06:00", page_author="Corinne Ashdown",
  url="https://www.nytimes.com/2026/06/02/briefing/nato-spending-ankara-summit.html",
  dek="Allies promised to spend far more on defense. Next month’s summit will show whether they meant it.",
  greeting="Good morning. We’re covering NATO’s spending promises — and news on Ukraine, primaries and Colombia’s election.",
  opinions=["Europe has finally started paying for its own defense, and it should not stop now, Marguerite Olsen writes.",
            "A ceasefire that leaves Ukraine unarmed would only pause the war, argues Dev Raman."],
  reads=["A retired couple in Maine built a free library from a lobster boat.", "What happens to your brain on a silent retreat?"],
  basis="no per-item time: the newsletter's single stamp '{s}' (ET, here EDT = UTC-4) dates every item; local {d} in {z}",
  notes="The New York Times 'The Morning' web edition (imitated from memory). One stamp 'June 2, 2026, 6:00 a.m. ET' for the whole newsletter. The lead essay is the article itself: its headline is the page headline (so headline = page_title) and its four paragraphs follow the 'Good morning. We’re covering ...' greeting (chrome). 'THE LATEST NEWS' lists one-sentence bullets under topic sub-heads (War in Ukraine, Politics, International, Other Big Stories); each bullet is an entry without headline. Opinions, Morning Reads, recommendations, games and sign-off are chrome. Three bullets are off the war. The essay is analysis (no new event): importance 2. Page byline used as author for every item.",
  not_entries=["masthead and navigation", "kicker 'The Morning'", "summary line under the headline", "byline and stamp", "'Share full article' / comment count",
               "greeting 'Good morning. We’re covering ...'", "heading 'THE LATEST NEWS' and the sub-heads War in Ukraine / Politics / International / Other Big Stories",
               "'Opinions' list", "'MORNING READS' list", "'THE MORNING RECOMMENDS …' list", "'GAMES' paragraph", "sign-off and sign-up line", "footer"],
  entries=[
    E(None, "NATO’s Spending Test",
      ["A year ago, NATO members agreed to raise their military spending to 5 percent of economic output within a decade, a target that President Trump had demanded and that many European leaders privately considered fanciful.",
       "When alliance leaders gather in Ankara in July, they will have to show progress. Figures released by NATO last week suggest a mixed picture: Poland and the Baltic states are already above 4 percent, while Spain, Canada and several others remain far below.",
       "For Ukraine, the stakes are concrete. Much of the new European money is going to air defense and ammunition that Kyiv needs, and Ukrainian officials hope the summit will lock in commitments for several years rather than one-off pledges.",
       "Mr. Trump has not said whether he will attend. His aides say he wants the summit to celebrate the spending increases, not to debate Ukraine."],
      "diplomacy", "diplomacy", 2, "nato-spending-ankara-summit-essay-2026-06", sec=["aid"], essay=True, n="lead essay (analysis, no single event)"),
    E(None, None,
      ["Russia launched more than 300 drones and a dozen missiles at Kyiv overnight, killing at least four people, Ukrainian officials said."],
      "strikes", "strikes", 3, "kyiv-drone-missile-attack-2026-06-02", grp="War in Ukraine"),
    E(None, None,
      ["Ukraine said its drones had destroyed two Russian fighter jets at an air base in Crimea; Russia did not comment."],
      "strikes", "strikes", 2, "crimea-airbase-drone-strike-2026-06", grp="War in Ukraine"),
    E(None, None,
      ["Vladimir Putin said Russia was ready for another round of talks in Istanbul but repeated his demand that Ukraine withdraw from the parts of the Donetsk region it still holds."],
      "diplomacy", "diplomacy", 2, "putin-istanbul-talks-offer-2026-06", grp="War in Ukraine"),
    OFF(None, None,
      ["Voters in California, New Jersey and six other states go to the polls today in primary elections."],
      "us-primaries-2026-06-02", n="US primaries", grp="Politics"),
    OFF(None, None,
      ["Colombia’s presidential election is headed to a runoff on June 21 after no candidate won a majority on Sunday."],
      "colombia-presidential-election-2026", n="Colombian election", grp="International"),
    OFF(None, None,
      ["A heat wave is expected to push temperatures above 100 degrees in parts of Texas and Oklahoma this week."],
      "southern-plains-heat-wave-2026-06", n="weather", grp="Other Big Stories"),
  ]))

# ---------------------------------------------------------------- 12009 The Guardian, First Edition
SEEDS.append(dict(
  id="12009", name="12009_guardian-firstedition", ext="txt", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Wednesday briefing: What Ukraine wants from the G7 in Évian", t="2026-06-10 06:30", page_author="Martha Quennell",
  dek="In today’s newsletter: As leaders head for the French Alps, Kyiv is hoping for more than warm words. Plus: the day’s five big stories",
  photo_caption="Volodymyr Zelenskyy at last year’s G7 summit. Photograph: Remy Delacourt/AP",
  intro=["Good morning.", "This weekend the leaders of the G7 gather on the shore of Lake Geneva for a summit that France wants to be about artificial intelligence, trade and Africa. Ukraine would like it to be about something else. Today’s newsletter looks at what Kyiv is asking for – and what it is likely to get. That’s after the headlines."],
  reading=["Our critic on the best new novels of the summer, and the overhyped ones.", "Why are British swifts disappearing? A reporter spends a dawn with the counters."],
  fronts=["The Times leads with the schools plan. The Guardian’s splash is the Dnipro hospital strike.", "The Mirror goes with the World Cup, as does the Sun."],
  podcast="Today in Focus: Inside Ukraine’s drone factories",
  upside="A community orchard in Sheffield has planted its 1,000th tree, fifteen years after volunteers took over a derelict allotment.",
  basis="no per-item time: the newsletter's single stamp '{s}' (BST = UTC+1) dates every item; local {d} in {z}",
  notes="The Guardian 'First Edition' web page as a text scrape (imitated from memory). One stamp 'Wed 10 Jun 2026 06.30 BST'. The standfirst, photo caption and the 'Good morning.' intro (two paragraphs previewing the in-depth piece) are lede/chrome. 'Five big stories' are one-paragraph items printed 'Kicker | sentence ...': the kicker (Ukraine, Education, Defence, Climate, Russia, Football) is a section label, not a headline and not part of the first sentence, so headline null. 'In depth: ...' is a headed section (headline = the whole printed line). The 'Sport' item uses the same kicker form. Three items are off the war (education, water fines, World Cup). Page byline used as author.",
  not_entries=["skip links, sign-in, edition switch, support appeal", "navigation (News, Opinion, Sport, Culture, Lifestyle)", "label 'First Edition'", "headline (page_title)",
               "standfirst 'In today’s newsletter: ...'", "photo caption", "byline and stamp", "'Share'", "intro 'Good morning.' and the preview paragraph",
               "newsletter sign-up box and privacy notice, 'after newsletter promotion'", "heading 'Five big stories'", "'What else we’ve been reading' and its two items",
               "heading 'Sport'", "'The front pages' round-up", "'Today in Focus' promo", "'Cartoon of the day'", "'The Upside' and its item", "'Bored at work?' puzzles", "topic links and 'Reuse this content'"],
  entries=[
    E(None, None,
      ["Russian missiles struck Dnipro on Tuesday evening, killing at least six people and damaging a children’s hospital, regional officials said. Ukraine’s air force said it had intercepted 11 of the 15 missiles fired."],
      "strikes", "strikes", 3, "dnipro-missile-strike-2026-06-09", kicker="Ukraine"),
    OFF(None, None,
      ["The government will publish its long-delayed plan to overhaul support for pupils with special educational needs today, promising that no child will lose an existing entitlement."],
      "send-reform-plan-2026-06", n="English schools policy", kicker="Education"),
    E(None, None,
      ["Britain will buy a further 5,000 lightweight air defence missiles for Ukraine from the Thales factory in Belfast under a £900m contract, the Ministry of Defence said."],
      "aid", "aid", 3, "uk-thales-air-defence-missiles-ukraine-2026-06", kicker="Defence"),
    OFF(None, None,
      ["Water companies in England face fines of up to 10% of turnover for serious pollution under new rules that come into force today."],
      "water-company-fines-2026-06", n="UK environment regulation", kicker="Climate"),
    E(None, None,
      ["Russia’s foreign ministry summoned the French ambassador after Emmanuel Macron said European troops could be in western Ukraine within days of a ceasefire."],
      "diplomacy", "diplomacy", 2, "russia-summons-french-ambassador-2026-06", kicker="Russia"),
    E(None, "In depth: Kyiv’s wish list for the French Alps",
      ["When G7 leaders sit down in Évian-les-Bains on Sunday, Ukraine will not be the only item on the agenda – but Kyiv’s delegation is arriving with a specific list.",
       "At the top is money. Ukraine’s budget for next year still has a gap of roughly $40bn, and officials want the G7 to commit to covering it before the autumn, when the IMF reviews its programme.",
       "The second request is air defence. Zelenskyy has said he will ask each G7 country for at least one additional long-range system, arguing that Russia’s summer attacks on cities show the current number is not enough.",
       "French officials say a joint statement on Ukraine is likely, but diplomats expect its language on new money to be vaguer than Kyiv would like."],
      "diplomacy", "diplomacy", 2, "g7-evian-summit-ukraine-preview-2026-06", sec=["aid"], depth=True, n="preview/analysis of a coming summit"),
    OFF(None, None,
      ["The World Cup kicks off tomorrow in Mexico City, where the hosts play the opening match at the Estadio Azteca."],
      "world-cup-2026-opening", n="football", kicker="Football", sport=True),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-05-26 (UTC), day 2 = 2026-05-27, day 3 = 2026-06-17.
CHN = "chernihiv-missile-strike-2026-05-26"
SAN = "eu-21st-sanctions-package-2026-05-26"
EXPL = "explainer-border-cities-missile-warning-time"
EXPL_H = "Explainer: Why cities near the Russian border get so little warning"
EXPL_P = ["Chernihiv lies about 60km from the Belarusian border and under 100km from Russia, close enough that a ballistic missile fired from Russia’s Bryansk region can reach it in well under two minutes.",
          "That is often less time than it takes for an air-raid alert to sound and for people to reach a shelter. Ukrainian officials say Tuesday’s strike followed that pattern: the siren and the explosions came almost together.",
          "Sumy and Kharkiv live with the same problem. Interceptors such as Patriot can stop ballistic missiles, but Ukraine has too few batteries to cover every city, and those it has are concentrated around Kyiv and critical infrastructure."]

# ---------------------------------------------------------------- 12020 Drumlisk Examiner (day 1)
SEEDS.append(dict(
  id="12020", name="12020_drumlisk-textlive", ext="txt", source="Drumlisk Examiner", zone="Europe/Dublin", render=r_drumlisk,
  title="Russia-Ukraine war: Chernihiv missile strike kills eight as EU adopts new sanctions",
  lede="Follow our live coverage as Ukraine counts the dead in Chernihiv and EU ministers agree another round of sanctions on Moscow.",
  basis="stamp '{s}' printed under the headline (12-hour, no zone; Irish time, IST = UTC+1 in summer) on the page dated '{date}'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' lists two entry headlines exactly (key_point true). Each post: headline, then a bare 12-hour stamp with a dot ('7.10pm', no zone: Irish summer time), body, then a signature line '– NAME' (author). 12020-02 is a theme piece (explainer on warning times) that mentions the Chernihiv strike but is its own story; 12032 re-posts it verbatim on day 2. Chernihiv toll grows 'explosions' -> 5 -> 8 through the day.",
  not_entries=["masthead and section navigation", "'LIVE  Russia-Ukraine war' label", "page title", "date line 'Tuesday, 26 May 2026'", "lede paragraph",
               "'Key Points' header and its two bullets (they repeat entry headlines)", "'Latest' label", "newsletter sign-up line after the third post",
               "signature lines '– NAME' (authors, not body)", "'Show older posts'", "footer"],
  entries=[
    E("2026-05-26 19:10", "Chernihiv death toll rises to eight, including a teenager",
      ["The number of people killed by this morning’s missile strike on Chernihiv has risen to eight, among them a 15-year-old boy, regional governor Viacheslav Chaus said this evening.",
       "Forty-five people were injured, 19 of whom remain in hospital. Rescuers have finished clearing the rubble of the university dormitory that took the second missile."],
      "strikes", "strikes", 3, CHN, a="Nuala Breen", kp=True, n="toll 8 dead, 45 injured"),
    E("2026-05-26 17:25", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Cathal Rourke",
      n="theme piece (explainer on warning times); mentions the Chernihiv strike but is its own story; must not merge with the Chernihiv strike; re-posted verbatim by 12032 on day 2"),
    E("2026-05-26 15:40", "EU foreign ministers adopt 21st sanctions package",
      ["European Union foreign ministers meeting in Brussels have formally adopted the bloc’s 21st package of sanctions against Russia, adding 94 tankers to its list of shadow-fleet vessels.",
       "The package also bars EU companies from dealing with three refineries outside the EU that process Russian crude, the bloc’s foreign policy chief, Kaja Kallas, said. “Every tanker we list is money that does not reach the Kremlin’s war chest,” she told reporters."],
      "diplomacy", "diplomacy", 3, SAN, a="Cathal Rourke", kp=True),
    E("2026-05-26 13:05", "Kherson: man killed by Russian shelling",
      ["A 61-year-old man was killed when Russian artillery shelled the Korabelnyi district of Kherson around midday, the city’s military administration said.",
       "Two other people were wounded. Russian forces on the left bank of the Dnipro river shell the city almost daily."],
      "strikes", "strikes", 3, "kherson-shelling-2026-05-26", a="Nuala Breen", n="another deadly strike the same day; must not merge with the Chernihiv missile strike"),
    E("2026-05-26 11:50", "Chernihiv: five dead, 34 injured after ballistic missile attack",
      ["At least five people were killed and 34 injured when two ballistic missiles hit the centre of Chernihiv this morning, according to the State Emergency Service.",
       "One missile landed near the central market and the other struck a university dormitory. Acting mayor Oleksandr Lomako said most of the victims were passers-by."],
      "strikes", "strikes", 3, CHN, a="Nuala Breen", n="toll 5 dead, 34 injured"),
    E("2026-05-26 10:20", "Russia claims capture of village near Huliaipole",
      ["Russia’s defence ministry says its troops have taken the village of Zelenyi Hai in the Zaporizhzhia region, north-east of Huliaipole.",
       "Ukraine’s military has not confirmed the claim. Russian forces have been pushing west in the area since last autumn."],
      "other", "frontline", 2, "russia-claims-zelenyi-hai-2026-05-26", a="Cathal Rourke"),
    E("2026-05-26 09:00", "Explosions reported in Chernihiv",
      ["Loud explosions have been heard in Chernihiv, in northern Ukraine, minutes after an air-raid alert, local media report.",
       "Ukraine’s air force had warned of a ballistic missile threat from the north shortly before."],
      "strikes", "strikes", 3, CHN, a="Nuala Breen", n="first report of the strike"),
  ]))

# ---------------------------------------------------------------- 12021 Ellisfold Herald (day 1)
SEEDS.append(dict(
  id="12021", name="12021_ellisfold-ldlive", ext="html", source="Ellisfold Herald", zone="Europe/Kyiv", render=r_ellisfold,
  title="Live: Russian ballistic missiles hit Chernihiv; Zelensky renews call for Patriots",
  url="https://ellisfoldherald.example/live/2026-05-26-chernihiv",
  lede="Russian missiles struck the centre of Chernihiv on Tuesday morning. We are following the rescue operation and reactions.",
  basis="visible time '{s}' after the post body ('Kyiv time', EEST = UTC+3) on the page dated '{date}', matching the update's JSON-LD datePublished; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+03:00) and articleBody. Each post: h2 headline, author line, body, then the time AFTER the body ('13:45 Kyiv time'). 12021-01 is the overnight drone strike on a substation near Nizhyn in the same region (must not merge with the Chernihiv city strike). 12021-03 is a 'Watch:' video teaser without text (spelling 'Chernigov'). 12021-08 repeats 12021-07 nearly verbatim a quarter of an hour later. 12021-05 is a separate UK sanctions listing (same theme as the EU package, must not merge).",
  not_entries=["header brand and navigation", "'LIVE' badge", "page title", "date line 'Tuesday, 26 May 2026 · All times are Kyiv time'", "lede paragraph",
               "video embed placeholder 'Play video' in the teaser", "time lines after each body ('HH:MM Kyiv time') as stamps, not text", "Share / Copy link tools",
               "'Related' box with the shadow-fleet explainer link", "'Load more' button", "footer"],
  entries=[
    E("2026-05-26 07:15", "Drones knock out substation near Nizhyn, leaving thousands without power",
      ["Russian attack drones struck an electricity substation near Nizhyn in Chernihiv Oblast overnight, cutting power to about 18,000 households, the regional energy company said.",
       "Nobody was hurt. Repair crews expect to restore supply by the evening."],
      "strikes", "strikes", 2, "nizhyn-substation-drone-strike-2026-05-26", a="Oksana Pylyp",
      n="same region (Chernihiv Oblast), other strike (overnight drones on an energy site, no casualties); must not merge with the Chernihiv city missile strike"),
    E("2026-05-26 11:05", "Ballistic missile strike on Chernihiv: three killed",
      ["Three people were killed and at least 20 injured when Russian ballistic missiles struck central Chernihiv at about 10:40, Governor Viacheslav Chaus said on Telegram.",
       "Chaus said the missiles were launched from Russia’s Bryansk region."],
      "strikes", "strikes", 3, CHN, a="Oksana Pylyp", n="toll 3 dead, 20 injured"),
    E("2026-05-26 12:30", "Watch: Rescuers search the dormitory hit in Chernigov", [],
      "strikes", "strikes", 1, CHN, a="Oksana Pylyp", n="teaser without body (video); spelling 'Chernigov'"),
    E("2026-05-26 13:45", "Ukraine brings home 27 children from occupied territories",
      ["Twenty-seven children taken to Russia or to Russian-occupied areas have been returned to Ukraine with Qatar’s mediation, the presidential office said.",
       "The youngest is four. Ukraine says it has verified the names of more than 19,000 children deported or forcibly moved since the full-scale invasion."],
      "other", "humanitarian", 2, "ukraine-children-returned-2026-05-26", a="Marta Ilchenko", sec=["diplomacy"]),
    E("2026-05-26 15:20", "UK sanctions 25 shadow-fleet tankers and two Dubai traders",
      ["Britain has imposed sanctions on 25 more tankers it says carry Russian oil in breach of the price cap, as well as on two Dubai-based trading firms, the Foreign Office said.",
       "The UK measures were announced separately from the package the EU agreed in Brussels today."],
      "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2026-05-26", a="Marta Ilchenko",
      n="same theme (shadow-fleet sanctions), other event: a separate UK listing; must not merge with the EU's 21st package"),
    E("2026-05-26 16:50", "Zelensky: ‘Patriots save lives, and we need more of them’",
      ["President Volodymyr Zelensky said the strike on Chernihiv showed again that Ukraine needs more Patriot systems, and urged partners to deliver the batteries promised last year before the summer.",
       "“Every city near the border lives with two minutes’ warning,” he said in a video address."],
      "aid", "aid", 2, "zelensky-patriot-appeal-2026-05-26", a="Oksana Pylyp", sec=["diplomacy"],
      n="appeal for air defence after the strike: its own story (aid), not the strike itself"),
    E("2026-05-26 17:35", "Chernihiv toll rises to seven, including a child",
      ["Seven people, including a 15-year-old, are now confirmed dead after the missile strike on Chernihiv, the State Emergency Service said.",
       "Forty-one people were injured. The upper floors of the dormitory collapsed, and rescuers are working with cranes."],
      "strikes", "strikes", 3, CHN, a="Oksana Pylyp", n="toll 7 dead, 41 injured"),
    E("2026-05-26 17:50", "Chernihiv toll rises to seven, including a child",
      ["Seven people, including a 15-year-old, are now confirmed dead after the missile strike on Chernihiv, the State Emergency Service said on Tuesday.",
       "Forty-one people were injured. The upper floors of the dormitory collapsed, and rescuers are working with cranes."],
      "strikes", "strikes", 1, CHN, a="Oksana Pylyp", dup="12021-07", n="near-verbatim repeat of 12021-07"),
  ]))

# ---------------------------------------------------------------- 12022 Wexcliffe World Desk (day 1, general world feed)
SEEDS.append(dict(
  id="12022", name="12022_wexcliffe-worldrss", ext="xml", source="Wexcliffe World Desk", zone="America/New_York", render=r_worldrss,
  title="Wexcliffe World Desk — World", url="https://wexcliffeworld.example", guid="wwd",
  lede="Top international stories from the Wexcliffe World Desk.",
  basis="RSS pubDate '{s}' (-0400 = EDT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0400 (US Eastern); UTC dates are all 26 May. War items are a minority: 2 of 6 (Chernihiv strike, spelled 'Chernigov' in the headline; EU sanctions); 4 off-beat items. dc:creator on two items only.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
    OFF("2026-05-26 17:05", "NOAA predicts busier-than-normal Atlantic hurricane season",
      ["Federal forecasters expect 14 to 19 named storms in the Atlantic this year, six to nine of which could become hurricanes, the National Oceanic and Atmospheric Administration said Tuesday."],
      "noaa-hurricane-outlook-2026", a="Lena Ortiz", n="weather", cat="Science"),
    E("2026-05-26 15:40", "Missile strike on Ukraine’s Chernigov kills 8",
      ["Russian ballistic missiles killed eight people and injured 45 in the northern Ukrainian city of Chernigov on Tuesday, regional officials said, in one of the deadliest attacks on the city this year.",
       "Moscow said it had struck a command post of Ukraine’s armed forces. Local authorities said the missiles hit a market area and a student dormitory."],
      "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 8 dead, 45 injured", cat="Europe"),
    E("2026-05-26 13:10", "EU adds 94 tankers to blacklist in new Russia sanctions",
      ["The European Union on Tuesday adopted its 21st round of sanctions on Russia over the war in Ukraine, targeting tankers, refineries abroad and banks in Central Asia that it says help Moscow get around earlier measures.",
       "Hungary and Slovakia dropped their objections after receiving assurances on energy supplies, diplomats said."],
      "diplomacy", "diplomacy", 3, SAN, a="Piotr Nowell", cat="Europe"),
    OFF("2026-05-26 11:25", "Ethiopia accuses Eritrea of massing troops near border",
      ["Ethiopia’s government said Tuesday that Eritrea had moved several divisions toward their shared border, an accusation Asmara dismissed as a pretext for war."],
      "ethiopia-eritrea-border-tension-2026-05", n="Horn of Africa", cat="Africa"),
    OFF("2026-05-26 09:50", "Philippine rescuers search for missing after landslide",
      ["Rescue teams in the southern Philippines dug through mud on Tuesday for at least 16 people missing after a landslide buried part of a mining village following days of heavy rain."],
      "philippines-landslide-2026-05", n="disaster", cat="Asia"),
    OFF("2026-05-26 07:30", "Chip stocks lift Asian markets",
      ["Asian shares rose on Tuesday, led by chipmakers in Taiwan and South Korea, as investors bet that demand for artificial-intelligence hardware would hold up despite new US export rules."],
      "asian-markets-chip-stocks-2026-05-26", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 12023 Clunford Review (day 1)
SEEDS.append(dict(
  id="12023", name="12023_clunford-article", ext="txt", source="Clunford Review", zone="Europe/Warsaw", render=r_clunford,
  title="Chernihiv mourns as Brussels tightens the screws on Moscow’s oil trade", t="2026-05-26 17:45",
  lede="A summary of Tuesday’s main developments in Russia’s war against Ukraine.",
  byline="Agnieszka Wolan, with agencies",
  caption="Rescuers at the damaged dormitory in Chernihiv. Photo: PAP/EPA",
  more="Warsaw raises spending on border fortifications for the third time this year",
  basis="article without per-section times: dateline '26.05.2026, 17:45' under the byline (Polish local time, CEST = UTC+2, no zone printed); local {d} in {z}",
  notes="Invented outlet (English edition of a Polish site). Text article with three headed sections; one entry per section (headline = section heading), stamp null, published = the dateline '26.05.2026, 17:45' (numeric day-month-year; no zone printed, Polish time CEST). Byline 'By Agnieszka Wolan, with agencies' gives author 'Agnieszka Wolan' for every section. Section 3 (Polish jets) is a security item of its own.",
  not_entries=["site name and breadcrumb", "article headline (page_title)", "lede 'A summary of Tuesday’s main developments ...'", "byline line", "dateline '26.05.2026, 17:45'",
               "share line", "photo caption with credit", "'ADVERTISEMENT' marker", "'Read also:' and its link", "footer"],
  entries=[
    E(None, "Missiles strike Chernihiv city centre",
      ["At least seven people were killed in Chernihiv on Tuesday morning when two Russian ballistic missiles exploded in the city centre, local authorities said.",
       "The city, some 140 kilometres north of Kyiv, lies close to both the Belarusian and Russian borders. Residents had less than two minutes between the alert and the impacts."],
      "strikes", "strikes", 3, CHN, n="toll 7 dead"),
    E(None, "EU’s 21st package targets shadow fleet and foreign refineries",
      ["EU foreign ministers signed off on the bloc’s 21st sanctions package on Tuesday, listing 94 more shadow-fleet tankers and barring dealings with three refineries outside the EU.",
       "Poland’s foreign minister, Radosław Sikorski, said the package was “good, but late”, and urged a complete ban on Russian LNG imports before the end of next year."],
      "diplomacy", "diplomacy", 3, SAN),
    E(None, "Polish jets scrambled during overnight attack",
      ["Poland scrambled fighter jets and put ground-based air defences on alert overnight as Russia launched drones at western Ukraine, the Operational Command of the Polish Armed Forces said.",
       "No violation of Polish airspace was recorded, the command said, and the aircraft returned to base after about three hours."],
      "other", "security", 2, "poland-scrambles-jets-2026-05-26"),
  ]))
for _S in SEEDS[-1:]:
    for _e in _S["entries"]:
        _e["a"] = "Agnieszka Wolan"

# ---------------------------------------------------------------- day 2 (2026-05-27)
NOV = "novorossiysk-port-drone-attack-2026-05-27"
MAD = "zelensky-madrid-visit-2026-05-27"

# ---------------------------------------------------------------- 12030 Harlowmere Post (day 2)
SEEDS.append(dict(
  id="12030", name="12030_harlowmere-htmllive", ext="html", source="Harlowmere Post", zone="Europe/Helsinki", render=r_harlowmere,
  title="Ukraine strikes Novorossiysk oil port; Chernihiv in mourning – live",
  lede="Ukrainian drones hit Russia’s largest Black Sea port overnight. Follow the day’s events here.",
  basis="stamp '{s}' (dotted 24-hour clock) above the headline; the page says 'All times are Finnish time (EEST)' (UTC+3) and is dated '{date}'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each post: bare dotted 24-hour time ('19.40') in a span ABOVE the h2, then an author line, then the body. The page prints 'All times are Finnish time (EEST)' and an 'Updated <date> 19.40' line. 12030-04 is a 'Photos:' gallery teaser without text (spelling 'Novorossiisk'). 12030-03 (drone strike killing a driver in the Belgorod region) is another Ukrainian strike on Russia: must not merge with Novorossiysk. 12030-02 continues day 1's Chernihiv story (toll 9, day of mourning).",
  not_entries=["masthead navigation", "page title", "'Updated Wednesday, 27 May 2026 19.40' line", "lede paragraph", "'All times are Finnish time (EEST).' note",
               "gallery placeholder '12 photos' in the teaser", "'Advertisement'", "'Show more' button", "footer"],
  entries=[
    E("2026-05-27 19:40", "Novorossiysk: second death confirmed as oil terminal fire is contained",
      ["A second person has died of injuries suffered in the overnight drone attack on the Russian port of Novorossiysk, Krasnodar region governor Veniamin Kondratyev said on Wednesday evening.",
       "The fire at the Sheskharis oil terminal has been contained, according to local emergency services. Nine people were injured in total."],
      "strikes", "strikes", 3, NOV, a="Aino Kettunen", n="toll 2 dead, 9 injured"),
    E("2026-05-27 17:15", "Chernihiv mourns nine dead",
      ["Chernihiv observed a day of mourning on Wednesday after the death toll from Tuesday’s missile strike rose to nine overnight, when a woman injured in the attack died in hospital.",
       "Flags flew at half mast and entertainment events were cancelled, the city council said."],
      "strikes", "strikes", 3, CHN, a="Aino Kettunen", n="day-2 continuation of day 1's Chernihiv strike (toll 9, mourning)"),
    E("2026-05-27 14:05", "Ukrainian drone kills driver in Belgorod region village, governor says",
      ["A man was killed when a Ukrainian drone hit his car in a village in the Shebekino district of Russia’s Belgorod region, Governor Vyacheslav Gladkov said.",
       "Gladkov said a second drone damaged a farm building nearby."],
      "strikes", "strikes", 3, "belgorod-region-drone-strike-2026-05-27", a="Jussi Haaparanta",
      n="another Ukrainian drone strike on Russian territory, other place and target; must not merge with the Novorossiysk attack"),
    E("2026-05-27 11:30", "Photos: Smoke over Novorossiisk oil terminal", [],
      "strikes", "strikes", 1, NOV, n="teaser without body (photo gallery); spelling 'Novorossiisk'"),
    E("2026-05-27 09:45", "Kremlin: attack on Novorossiysk is ‘terrorism’",
      ["Kremlin spokesman Dmitry Peskov called the overnight drone attack on Novorossiysk an act of terrorism against civilian infrastructure and said it would be raised with the American side."],
      "strikes", "strikes", 3, NOV, a="Jussi Haaparanta", n="official reaction whose content is the attack itself: same story"),
    E("2026-05-27 07:20", "Drones and sea drones attack Novorossiysk port",
      ["Ukraine attacked the Russian Black Sea port of Novorossiysk overnight with aerial and naval drones, Russian officials said, setting fire to part of an oil terminal.",
       "Russia’s defence ministry said it destroyed 38 drones over the Black Sea and the Krasnodar region as well as six unmanned boats. Two people were injured, according to the regional governor."],
      "strikes", "strikes", 3, NOV, a="Jussi Haaparanta", n="first report: 2 injured"),
  ]))

# ---------------------------------------------------------------- 12031 Coldharbour Times (day 2)
SEEDS.append(dict(
  id="12031", name="12031_coldharbour-atom", ext="xml", source="Coldharbour Times", zone="Europe/Istanbul", render=r_atom,
  title="Coldharbour Times — Europe & Black Sea", url="https://coldharbourtimes.example",
  lede="News from Europe, Türkiye and the Black Sea region.",
  basis="Atom <published> '{s}' (+03:00, Türkiye time); local {d} in {z}",
  notes="Invented outlet (Istanbul-based). Atom feed, newest first, <published> with +03:00, per-entry authors. 12031-02 (Russian drones on the Danube port of Izmail) is the same theme as Novorossiysk (an attack on a port) but the other direction and place: must not merge. Madrid visit (12031-01) is also told by 12032 and 12033.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
    E("2026-05-27 20:30", "Zelensky, Sánchez sign drone co-production deal in Madrid",
      ["Ukrainian President Volodymyr Zelensky and Spanish Prime Minister Pedro Sánchez signed an agreement in Madrid on Wednesday to jointly produce drones and air-defence components in Spain.",
       "Sánchez also pledged €1 billion in military support for Ukraine this year, including missiles for Spanish-made air-defence systems, his office said."],
      "diplomacy", "diplomacy", 3, MAD, a="Deniz Arıkan", sec=["aid"], cat="Europe"),
    E("2026-05-27 17:05", "Russian drones hit Danube port of Izmail",
      ["Russian drones struck port infrastructure in Izmail, on the Danube in Ukraine’s Odesa region, on Wednesday afternoon, injuring two workers, Governor Oleh Kiper said.",
       "The port, across the river from Romania, is one of Ukraine’s main routes for grain exports."],
      "strikes", "strikes", 2, "izmail-port-drone-strike-2026-05-27", a="Emre Yalçın", cat="Black Sea",
      n="same theme (port attack), other event and direction; must not merge with Novorossiysk"),
    E("2026-05-27 12:40", "Novorossiysk: one dead as tanker burns at berth",
      ["One person was killed and six injured in the Ukrainian drone attack on the port of Novorossiysk, the Krasnodar regional administration said, revising an earlier figure.",
       "A Liberian-flagged tanker moored at the Sheskharis terminal caught fire. Türkiye’s maritime authority said it was monitoring traffic through the Bosphorus, where several tankers bound for the port have dropped anchor."],
      "strikes", "strikes", 3, NOV, a="Emre Yalçın", cat="Black Sea", n="toll 1 dead, 6 injured"),
    E("2026-05-27 10:15", "Chernihiv death toll climbs to nine",
      ["The death toll from Tuesday’s Russian ballistic missile strike on the Ukrainian city of Chernihiv has risen to nine, the regional administration said on Wednesday."],
      "strikes", "strikes", 3, CHN, a="Deniz Arıkan", cat="Europe", n="day-2 continuation of day 1's Chernihiv strike"),
    E("2026-05-27 08:10", "Fire at Novorossiysk oil terminal after overnight drone attack",
      ["A fire broke out at an oil terminal in the Russian Black Sea port of Novorossiysk after an overnight attack by Ukrainian aerial and sea drones, local authorities said on Wednesday.",
       "Two people were hurt, according to preliminary information. The port is one of Russia’s largest export hubs for crude and oil products."],
      "strikes", "strikes", 3, NOV, a="Emre Yalçın", cat="Black Sea"),
  ]))

# ---------------------------------------------------------------- 12032 Sallowby Tribune (day 2)
SEEDS.append(dict(
  id="12032", name="12032_sallowby-textlive", ext="txt", source="Sallowby Tribune", zone="America/Chicago", render=r_sallowby,
  title="LIVE: Ukraine hits Russian oil port; Zelensky in Madrid", page_author="Graham Tully", parse_args=["--date", "2026-05-27"],
  lede="Updates through the day on the war in Ukraine from the Tribune’s world desk and wire services.",
  basis="stamp '{s}' (Central time, CT printed; CDT = UTC-5) on the line before the headline; the date line 'Wednesday, May 27' has no year (parse_args gives 2026-05-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; the stamp line ('5:30 a.m. CT') comes BEFORE each headline. The date line 'Wednesday, May 27' prints no year and the page names no year anywhere, so parse_args gives --date 2026-05-27. Page byline 'By Graham Tully' is the author of every post except 12032-02, a verbatim re-post of day 1's explainer 12020-02 carrying its own credit line 'By Cathal Rourke, Drumlisk Examiner' (author Cathal Rourke). 12032-05 is a theme piece on Ukraine's oil-port campaign that mentions Novorossiysk but is its own story. 12032-06 repeats 12032-01 nearly verbatim.",
  not_entries=["site name and navigation", "section label 'WORLD'", "page title", "date line 'Wednesday, May 27'", "byline 'By Graham Tully'", "lede paragraph",
               "credit line 'By Cathal Rourke, Drumlisk Examiner' (author of the re-post)", "subscription pitch after the fourth post",
               "'This live coverage has ended ...'", "copyright line"],
  entries=[
    E("2026-05-27 05:30", "Ukraine strikes Russian oil port of Novorossiysk",
      ["Ukraine hit the Russian Black Sea port of Novorossiysk with waves of air and sea drones overnight, damaging an oil terminal and a tanker, Russian and Ukrainian officials said.",
       "One person was killed and six were injured, according to the Krasnodar regional government. Ukraine’s navy said the terminal ships oil whose revenue pays for Russia’s war."],
      "strikes", "strikes", 3, NOV, n="toll 1 dead, 6 injured"),
    E("2026-05-27 06:10", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, a="Cathal Rourke", credit="By Cathal Rourke, Drumlisk Examiner",
      n="re-post of day-1 entry 12020-02 (Drumlisk Examiner explainer), syndicated verbatim (same headline and text): importance 1, same story; duplicate_of null because the original is in another seed"),
    E("2026-05-27 07:45", "Chernihiv buries its dead as toll reaches nine",
      ["Funerals began in Chernihiv on Wednesday for victims of Tuesday’s Russian missile strike, which local officials now say killed nine people, including a teenager.",
       "The city declared a day of mourning. Ukraine’s prosecutor general’s office said it had opened a war-crimes investigation."],
      "strikes", "strikes", 3, CHN, n="day-2 continuation of day 1's Chernihiv strike"),
    E("2026-05-27 09:20", "Zelensky in Madrid to seek air defense, drone deals",
      ["Ukrainian President Volodymyr Zelensky arrived in Madrid on Wednesday for talks with Spanish Prime Minister Pedro Sánchez and King Felipe VI, his office said.",
       "Zelensky said he would ask Spain for more air-defense missiles after the strike on Chernihiv."],
      "diplomacy", "diplomacy", 3, MAD, sec=["aid"]),
    E("2026-05-27 10:05", "Analysis: Why Ukraine keeps aiming at Russia’s oil ports",
      ["Novorossiysk is the latest in a string of Russian oil ports hit by Ukrainian drones this spring, after Primorsk on the Baltic and Tuapse on the Black Sea.",
       "Kyiv’s logic is financial: oil and fuel exports still bring in roughly a quarter of the Russian state’s revenue, and every day a terminal is shut costs Moscow tens of millions of dollars.",
       "The campaign carries risks. Each strike pushes up insurance costs for all Black Sea shipping, including Ukraine’s own grain exports, and Washington has at times urged Kyiv to avoid targets that move global oil prices."],
      "strikes", "strikes", 2, "analysis-ukraine-oil-port-strike-campaign", n="theme piece (analysis); mentions the Novorossiysk attack but is its own story; must not merge with Novorossiysk"),
    E("2026-05-27 12:30", "Ukraine strikes Russian oil port of Novorossiysk",
      ["Ukraine hit the Russian Black Sea port of Novorossiysk with waves of air and sea drones overnight, damaging an oil terminal and a tanker, Russian and Ukrainian officials said Wednesday.",
       "One person was killed and six were injured, according to the Krasnodar regional government. Ukraine’s navy said the terminal ships oil whose revenue pays for Russia’s war."],
      "strikes", "strikes", 1, NOV, dup="12032-01", n="near-verbatim repeat of 12032-01"),
    E("2026-05-27 13:15", "State Department clears $310 million F-16 support sale to Ukraine",
      ["The State Department has approved a possible $310 million sale of F-16 maintenance equipment and spare parts to Ukraine, to be paid for by European partners, the Defense Security Cooperation Agency said."],
      "aid", "aid", 2, "us-f16-sustainment-sale-2026-05-27"),
  ]))

# ---------------------------------------------------------------- 12033 Quarrington Mail (day 2, general world feed)
SEEDS.append(dict(
  id="12033", name="12033_quarrington-worldrss", ext="xml", source="Quarrington Mail", zone="Australia/Sydney", render=r_worldrss,
  title="Quarrington Mail | World", url="https://quarringtonmail.example", guid="qm",
  lede="World news from the Quarrington Mail, Sydney.",
  basis="RSS pubDate '{s}' (+1000 = AEST); local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS feed, newest first, pubDate with +1000; all local times are 27 May between 10:00 and 23:59 AEST, so every item is also 27 May in UTC. War items are a minority: 2 of 6 (Novorossiysk, Zelensky's Madrid trip); 4 off-beat items. No authors.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
    E("2026-05-27 23:10", "Ukraine drone strike sets Russian oil port ablaze",
      ["Ukrainian drones have set fire to an oil terminal at Novorossiysk, one of Russia’s biggest ports on the Black Sea, killing at least one person, according to Russian officials."],
      "strikes", "strikes", 3, NOV, cat="World"),
    E("2026-05-27 20:45", "Zelensky heads to Madrid seeking missiles and a drone deal",
      ["Ukraine’s President Volodymyr Zelensky will travel to Madrid on Wednesday to seek more air defence missiles and sign a drone co-production deal with Spain, his office said."],
      "diplomacy", "diplomacy", 3, MAD, sec=["aid"], cat="World"),
    OFF("2026-05-27 18:20", "Sydney rail strike called off after late-night deal",
      ["A 24-hour strike that would have halted Sydney’s suburban trains on Thursday was called off after the union and the state government reached an in-principle pay deal late on Wednesday."],
      "sydney-rail-strike-2026-05", n="local transport", cat="Australia"),
    OFF("2026-05-27 15:05", "New Zealand budget to squeeze spending, finance minister says",
      ["New Zealand’s finance minister said Thursday’s budget would hold new spending to its lowest level in a decade as the government tries to return to surplus."],
      "nz-budget-2026", n="New Zealand economy", cat="Pacific"),
    OFF("2026-05-27 12:40", "Strong earthquake shakes Papua New Guinea highlands",
      ["A magnitude 6.4 earthquake struck Papua New Guinea’s Enga province on Wednesday, damaging roads and a health centre, local officials said. There were no immediate reports of deaths."],
      "png-earthquake-2026-05", n="disaster", cat="Pacific"),
    OFF("2026-05-27 10:15", "ASX opens lower as iron ore slides",
      ["Australian shares opened lower on Wednesday, dragged down by miners after iron ore prices fell for a fourth session."],
      "asx-open-2026-05-27", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-06-17)
KYV = "kyiv-mass-drone-missile-attack-2026-06-17"
PRI = "prisoner-exchange-300-for-300-2026-06-17"
GER = "germany-iris-t-pledge-2026-06-17"

# ---------------------------------------------------------------- 12040 Corriemuir Observer (day 3, general world feed)
SEEDS.append(dict(
  id="12040", name="12040_corriemuir-worldatom", ext="xml", source="Corriemuir Observer", zone="UTC", render=r_atom, zulu=True,
  title="Corriemuir Observer: World", url="https://corriemuirobserver.example",
  lede="The latest world news from the Corriemuir Observer.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z. War items are a minority: 2 of 6 (Germany's IRIS-T pledge, the Kyiv attack with toll 11); 4 off-beat items. Authors on two entries.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
    OFF("2026-06-17 19:50", "Wildfire forces evacuation of villages on Greek island of Evia",
      ["Greek authorities evacuated four villages on the island of Evia on Wednesday as a wildfire driven by strong winds spread through pine forest, the fire service said."],
      "evia-wildfire-2026-06", a="Fiona Gillespie", n="wildfire", cat="Europe"),
    E("2026-06-17 16:35", "Germany pledges two more IRIS-T systems to Ukraine after deadly Kyiv raid",
      ["Germany will send two more IRIS-T air defence systems to Ukraine this year, Defence Minister Boris Pistorius said on Wednesday, hours after one of the heaviest Russian air attacks on Kyiv of the war.",
       "Pistorius said the systems, worth about €500m, would be paid for from Germany’s existing budget for Ukraine."],
      "aid", "aid", 3, GER, a="Fiona Gillespie", cat="Europe"),
    OFF("2026-06-17 13:20", "Monsoon floods strand thousands in Bangladesh",
      ["Flooding in north-eastern Bangladesh has cut off more than 200,000 people after days of heavy monsoon rain, the disaster management ministry said."],
      "bangladesh-floods-2026-06", n="floods", cat="Asia"),
    E("2026-06-17 10:05", "Death toll in overnight Russian attack on Kyiv rises to 11",
      ["At least 11 people were killed and more than 40 injured when Russia launched hundreds of drones and dozens of missiles at Kyiv overnight, Ukrainian officials said, with most of the deaths in a partly collapsed apartment building.",
       "Ukraine’s air force said Russia launched 480 drones and 32 missiles in total, of which 441 drones and 27 missiles were shot down or jammed."],
      "strikes", "strikes", 3, KYV, cat="Europe", n="toll 11 dead"),
    OFF("2026-06-17 07:40", "Japanese exports fall for third month as US tariffs bite",
      ["Japan’s exports fell for a third straight month in May, dragged down by shipments of cars to the United States, government data showed."],
      "japan-exports-may-2026", n="Japanese economy", cat="Business"),
    OFF("2026-06-17 05:15", "Smoke from Canadian wildfires triggers air alerts in US Midwest",
      ["Air quality alerts were issued across parts of Minnesota and Wisconsin as smoke from wildfires in Manitoba drifted south overnight."],
      "canada-wildfire-smoke-2026-06", n="air quality", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 12041 Bellhythe Courier (day 3)
SEEDS.append(dict(
  id="12041", name="12041_bellhythe-textlive", ext="txt", source="Bellhythe Courier", zone="Europe/Kyiv", render=r_bellhythe,
  title="Russia’s massive attack on Kyiv: live updates", ref="2026-06-17 21:05", byline="Bellhythe Courier staff",
  lede="Russia launched one of its largest air attacks of the war on the Ukrainian capital overnight. Follow the latest here.",
  basis="relative stamp '{s}' counted back from the printed header clock 'Last updated 21:05 EEST, 17 June 2026' (EEST = UTC+3); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Each post: headline, then a RELATIVE stamp ('15m ago', '3h ago') that is resolved against the header line 'Last updated 21:05 EEST, 17 June 2026'. The page byline 'By Bellhythe Courier staff' is a generic desk credit, so author null. 12041-02 is a theme piece (explainer on interceptor drones) that mentions the Kyiv attack but is its own story. 12041-04 is a 'Video:' teaser with no text. The Kyiv toll grows 3 -> 11 -> 14.",
  not_entries=["site name and navigation", "'LIVE' label", "page title", "'Last updated 21:05 EEST, 17 June 2026' header line (reference clock)", "lede paragraph",
               "byline 'By Bellhythe Courier staff'", "video placeholder '[Video 0:48]' in the teaser", "'Sponsored' block after the second post", "'Load earlier posts'", "footer"],
  entries=[
    E("2026-06-17 20:50", "Kyiv attack death toll climbs to 14",
      ["Fourteen people are now confirmed dead after Russia’s overnight attack on Kyiv, the head of the city’s military administration, Tymur Tkachenko, said.",
       "Sixty-two people were injured. Rescuers have recovered all the bodies from the collapsed section of the apartment block in the Solomianskyi district, he said."],
      "strikes", "strikes", 3, KYV, n="toll 14 dead, 62 injured"),
    E("2026-06-17 19:05", "Explainer: How Ukraine’s interceptor drones bring down Shaheds",
      ["Of the 441 drones Ukraine says it brought down last night, a growing share were destroyed not by missiles or machine guns but by other drones.",
       "Interceptor drones are small, fast craft that cost a few thousand dollars and are steered into an incoming Shahed by an operator on the ground. Ukraine says it now produces more than 1,000 a day.",
       "They are less effective against jet-powered drones and useless against ballistic missiles, which is why Kyiv keeps asking allies for Patriot systems."],
      "strikes", "strikes", 2, "explainer-ukraine-interceptor-drones", n="theme piece (explainer); mentions the Kyiv attack but is its own story; must not merge with the Kyiv attack"),
    E("2026-06-17 18:05", "Ukraine and Russia swap 300 prisoners each",
      ["Ukraine and Russia exchanged 300 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
       "Among those returned were defenders of Mariupol who had been held since 2022, Ukraine’s coordination headquarters for prisoners of war said."],
      "diplomacy", "diplomacy", 3, PRI),
    E("2026-06-17 16:05", "Video: Firefighters battle blaze at Kyiv high-rise", [],
      "strikes", "strikes", 1, KYV, n="teaser without body (video)"),
    E("2026-06-17 13:05", "Kyiv: toll rises to 11; city declares day of mourning",
      ["Eleven people have been killed in Kyiv, and Mayor Vitali Klitschko has declared Thursday a day of mourning in the capital.",
       "More than 40 people were injured, according to the State Emergency Service."],
      "strikes", "strikes", 3, KYV, n="toll 11 dead"),
    E("2026-06-17 10:05", "Zelensky: Russia used 480 drones and 32 missiles",
      ["Russia fired 480 drones and 32 missiles at Ukraine overnight, most of them at Kyiv, President Volodymyr Zelensky said, urging allies to answer with sanctions and air defence rather than statements."],
      "strikes", "strikes", 3, KYV, n="head-of-state account of the attack: same story"),
    E("2026-06-17 07:05", "Three dead as Russia pounds Kyiv overnight",
      ["At least three people were killed as Russia attacked Kyiv with drones and ballistic missiles through the night, Tymur Tkachenko said, adding that fires broke out in four districts.",
       "Explosions were heard across the city from about 1am until after dawn."],
      "strikes", "strikes", 3, KYV, n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 12042 Fennigrave Gazette (day 3)
SEEDS.append(dict(
  id="12042", name="12042_fennigrave-rss", ext="xml", source="Fennigrave Gazette", zone="Europe/Warsaw", render=r_worldrss,
  title="Fennigrave Gazette — War in Ukraine", url="https://fennigravegazette.example", guid="fg",
  lede="Coverage of Russia’s war against Ukraine from the Fennigrave Gazette.",
  basis="RSS pubDate '{s}' (+0200 = CEST); local {d} in {z}",
  notes="Invented outlet. War RSS feed, newest first, pubDate with +0200, dc:creator on every item. 'Kiev' spelling in 12042-04. 12042-01 (Dutch Patriot spare parts) is the same aid theme as Germany's IRIS-T pledge but another event: must not merge. 12042-05 (Ukraine's drone attack on the Engels air base) is a strike on Russia the same night: must not merge with the Kyiv attack.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
    E("2026-06-17 19:45", "Netherlands to fund Patriot spare parts for Ukraine",
      ["The Dutch government will spend €150 million on spare parts and maintenance for Ukraine’s Patriot batteries, Defence Minister Ruben Brekelmans said on Wednesday.",
       "The package comes on top of the Netherlands’ earlier pledges for this year, he said."],
      "aid", "aid", 2, "netherlands-patriot-spare-parts-2026-06-17", a="Kasia Drozd",
      n="same theme (air-defence aid), other event; must not merge with Germany's IRIS-T pledge"),
    E("2026-06-17 17:10", "Pistorius: two more IRIS-T systems for Kyiv",
      ["Germany is sending Ukraine two additional IRIS-T SLM air defence systems, Defence Minister Boris Pistorius announced in Berlin, citing the overnight attack on Kyiv."],
      "aid", "aid", 3, GER, a="Kasia Drozd"),
    E("2026-06-17 14:30", "300 for 300: Russia and Ukraine exchange prisoners",
      ["Russia and Ukraine carried out a new prisoner exchange on Wednesday, each side handing over 300 captured servicemen, Russia’s defence ministry said.",
       "The ministry thanked the United Arab Emirates for mediating. The swap took place on the Belarus-Ukraine border."],
      "diplomacy", "diplomacy", 3, PRI, a="Marek Lisowski"),
    E("2026-06-17 11:55", "Kiev: at least nine dead after massive Russian air attack",
      ["At least nine people were killed and dozens injured in Kiev overnight as Russia launched one of its largest combined drone and missile attacks on the Ukrainian capital, city authorities said.",
       "Poland scrambled aircraft during the night as a precaution, the Polish military said."],
      "strikes", "strikes", 3, KYV, a="Marek Lisowski", n="spelling 'Kiev'; toll 9 dead"),
    E("2026-06-17 08:20", "Ukrainian drones target Engels air base",
      ["Ukrainian drones attacked the Engels air base in Russia’s Saratov region overnight, Ukraine’s General Staff said, claiming hits on a fuel depot used by strategic bombers.",
       "Saratov Governor Roman Busargin said debris had damaged several houses in Engels but caused no casualties."],
      "strikes", "strikes", 2, "engels-airbase-drone-strike-2026-06-17", a="Kasia Drozd",
      n="Ukraine's strike on Russia the same night; must not merge with the Russian attack on Kyiv"),
  ]))

# ---------------------------------------------------------------- 12043 Oxgang Evening News (day 3)
SEEDS.append(dict(
  id="12043", name="12043_oxgang-htmllive", ext="html", source="Oxgang Evening News", zone="Europe/London", render=r_oxgang,
  title="Ukraine war live: Kyiv hit by one of war’s biggest air attacks", published="2026-06-17 06:45",
  url="https://oxgangeveningnews.example/news/world/live-ukraine-war-kyiv-attack-17-june",
  lede="Russia pounded the Ukrainian capital overnight with drones and missiles. Follow our live coverage.",
  byline="Oxgang Evening News world desk",
  basis="visible <time> '{s}' (BST = UTC+1) above the headline on the page dated '{date}'; the JSON-LD update datePublished values all repeat the page's 06:45 and are ignored; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. Visible '<time>07.10 BST</time>' ABOVE each h2; optional author line after the body. JSON-LD is an @graph with a LiveBlogPosting whose liveBlogUpdate items all repeat the PAGE's datePublished (06:45 BST) and the page headline (a known producer quirk): per-entry times and headlines come from the HTML. 12043-04 (glide bomb on Kharkiv's Kyivskyi district in the afternoon) is another deadly strike: must not merge with the Kyiv attack. 12043-05 repeats 12043-04 nearly verbatim. The page byline is a desk credit (no person), so entries without an author line have author null.",
  not_entries=["header logo and navigation", "page title", "standfirst", "meta line 'Oxgang Evening News world desk · Wednesday 17 June 2026'", "footer"],
  entries=[
    E("2026-06-17 07:10", "Russia launches huge overnight attack on Kyiv",
      ["Russia has carried out one of the largest air attacks of the war on Kyiv, with Ukrainian officials reporting at least six people killed and around 30 injured.",
       "A nine-storey apartment block in the Solomianskyi district partly collapsed after a direct hit, the city’s military administration said."],
      "strikes", "strikes", 3, KYV, a="Harriet Cole", n="toll 6 dead"),
    E("2026-06-17 09:45", "Russian defence ministry says it hit military-industrial targets",
      ["Russia’s defence ministry said its overnight strikes with long-range precision weapons and drones had hit defence industry plants and military airfields in Ukraine, and that all designated targets had been struck."],
      "strikes", "strikes", 3, KYV, a="Harriet Cole", n="Russian official claim about the same attack: same story"),
    E("2026-06-17 12:20", "Prisoner exchange under way, Ukraine says",
      ["A prisoner exchange between Ukraine and Russia is taking place on Wednesday, Ukraine’s coordination headquarters for the treatment of prisoners of war said, without giving numbers."],
      "diplomacy", "diplomacy", 3, PRI, a="Harriet Cole"),
    E("2026-06-17 14:32", "Two killed as glide bomb hits Kharkiv",
      ["Two people were killed and 11 injured when a Russian guided aerial bomb hit a residential street in Kharkiv’s Kyivskyi district on Wednesday afternoon, Mayor Ihor Terekhov said.",
       "The city has now been hit three times since Sunday."],
      "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-17", a="Sam Oduya",
      n="another deadly strike the same day (Kharkiv's Kyivskyi district, not Kyiv); must not merge with the overnight Kyiv attack"),
    E("2026-06-17 15:05", "Two killed as glide bomb hits Kharkiv",
      ["Two people were killed and 11 injured when a Russian guided aerial bomb hit a residential street in Kharkiv’s Kyivskyi district on Wednesday afternoon, the city’s mayor Ihor Terekhov said.",
       "The city has now been hit three times since Sunday."],
      "strikes", "strikes", 1, "kharkiv-glide-bomb-strike-2026-06-17", a="Sam Oduya", dup="12043-04", n="near-verbatim repeat of 12043-04"),
    E("2026-06-17 16:40", "Kyiv toll rises to 14",
      ["The number of people killed in Russia’s overnight attack on Kyiv has risen to 14, Interior Minister Ihor Klymenko said, after rescuers recovered two more bodies from the collapsed block."],
      "strikes", "strikes", 3, KYV, a="Harriet Cole", n="toll 14 dead"),
  ]))


# ================================================================ build
STAMP_FN = {}


def page_stamp(S):
    """the printed page-level stamp of stampless pages (used in published_basis)."""
    if "t" not in S or S.get("t") is None:
        return None
    d = dt(S["t"], S["zone"])
    r = S["render"]
    if r is r_semafor:
        return f"{SHORT[d.month - 1]} {d.day}, {d.year}, {ampm(d)} EDT"
    if r is r_politico:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')} CEST"
    if r is r_axios:
        return f"Date: {rfc822(d)}"
    if r is r_bloomberg:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)} EDT"
    if r is r_firstft:
        return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {SHORT[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"
    if r is r_nyt:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"
    if r is r_guardian:
        return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]} {d.day} {SHORT[d.month - 1]} {d.year} {d:%H.%M} BST"
    if r is r_clunford:
        return f"{d:%d.%m.%Y, %H:%M}"
    return None


def prep(S):
    for e in S["entries"]:
        if e["t"] is None:
            e["t"] = S["t"]
        if e["a"] is None and S.get("page_author") and S["render"] is not r_sallowby:
            e["a"] = S["page_author"]
    if S["render"] is r_sallowby:
        for e in S["entries"]:
            if e["a"] is None:
                e["a"] = S["page_author"]


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        prep(S)
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ps = page_stamp(S)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M")
            basis = S["basis"].format(s=stamps[i] if stamps[i] is not None else ps, d=loc, z=S["zone"], date=date_long(d))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"), "published_local": f"{loc} {S['zone']}",
                         "published_basis": basis, "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"],
                         "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
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
