#!/usr/bin/env python3
"""Builds the eval/hd seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording, set in November 2032 with the war still under
way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/hd/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page's zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry not about the war (off-beat): other/unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00c0-\u017f]|$)', par):
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


def iso(d, z=False):
    s = d.isoformat()
    return s.replace("+00:00", "Z") if z else s


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u00e5", "a").replace("\u00e4", "a").replace("\u00f6", "o")
                  .replace("\u00f8", "o").replace("\u00e6", "ae").replace("\u00e9", "e").replace("\u00ed", "i")).strip("-")[:72]


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def long_date(d):
    """'Tuesday, 09 November 2032' style."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


# ================================================================ build (main() is called at the very end of this file)
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
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


SEEDS = []

# ================================================================ Part A renderers and data (layouts of real outlets, from memory)

def r_thelocal(S):
    """The Local Sweden, 'Today in Sweden' round-up article, HTML. NewsArticle JSON-LD; edition switcher and member nav;
    byline 'The Local' with the news desk e-mail; 'Published: 2 November 2032 07:34 CET'; lead photo with TT credit; each news item
    is a bold paragraph heading, one or two paragraphs and an italic 'Swedish vocabulary' line; tags, membership box, 'See Also'."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    assert len({e["t"] for e in S["entries"]}) == 1
    url = f"https://www.thelocal.se/{d:%Y%m%d}/today-in-sweden-a-round-up-of-the-latest-news-on-{WEEKDAYS[d.weekday()].lower()}-{d.day}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": S["title"], "description": S["lede"], "datePublished": iso(d), "dateModified": iso(d),
          "author": [{"@type": "Person", "name": "The Local", "url": "https://www.thelocal.se/author/news-thelocal-se"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Local Sweden", "logo": {"@type": "ImageObject", "url": "https://www.thelocal.se/logo.png"}},
          "isAccessibleForFree": True, "articleSection": "News"}
    stamp = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} {d.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Local</title>',
           '<meta property="og:site_name" content="The Local Sweden">', f'<link rel="canonical" href="{url}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body class="article">',
           '<div id="consent-banner"><p>We and our partners use cookies to personalise content and measure our audience.</p>'
           '<button>Accept all</button> <button>Manage preferences</button></div>',
           '<div class="editions">Edition: <a href="https://www.thelocal.at">Austria</a> <a href="https://www.thelocal.dk">Denmark</a> '
           '<a href="https://www.thelocal.fr">France</a> <a href="https://www.thelocal.de">Germany</a> <a href="https://www.thelocal.it">Italy</a> '
           '<a href="https://www.thelocal.no">Norway</a> <a href="https://www.thelocal.es">Spain</a> <strong>Sweden</strong> '
           '<a href="https://www.thelocal.ch">Switzerland</a></div>',
           '<header class="site-header"><a class="logo" href="/">The Local Sweden</a><nav><a href="/category/news/">News</a> '
           '<a href="/category/sweden-explained/">Sweden Explained</a> <a href="/category/moving-to-sweden/">Moving to Sweden</a> '
           '<a href="/category/work/">Work</a> <a href="/category/politics/">Politics</a> <a href="/category/members/">For members</a> '
           '<a href="/jobs/">Jobs</a></nav><a class="btn" href="/login">Log in</a> <a class="btn btn-member" href="/membership/">Become a Member</a></header>',
           '<main><article>', '<div class="article-kicker"><a href="/tag/today-in-sweden/">TODAY IN SWEDEN</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="byline"><a href="/author/news-thelocal-se/">The Local</a> <a href="mailto:news@thelocal.se">news@thelocal.se</a></div>',
           f'<div class="article-dates"><span>Published: {stamp}</span></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share on LinkedIn</a> <a>Share via Email</a> <a>Copy link</a></div>',
           f'<figure><img src="https://apiwp.thelocal.com/wp-content/uploads/{d:%Y/%m}/snow-kungstradgarden.jpg" alt="">'
           f'<figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-content">']
    for e in S["entries"]:
        out.append(f'<p><strong>{esc(e["h"])}</strong></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p><em>Swedish vocabulary: {esc(e["vocab"])}</em></p>')
    out += ['</div>', '<div class="tags"><a href="/tag/today-in-sweden/">today in sweden</a> <a href="/tag/ukraine/">ukraine</a> '
            '<a href="/tag/defence/">defence</a> <a href="/tag/weather/">weather</a></div>',
            '<aside class="membership-box"><h3>Member-only: get the full picture</h3><p>Our members read every article and help pay for '
            'independent English-language journalism about Sweden.</p><a href="/membership/">Join now</a></aside>',
            '<div class="comments"><p>Please log in to join the discussion.</p></div>',
            '</article>', '<aside class="see-also"><h3>See Also</h3>'] + \
          [f'<a href="/{d:%Y%m%d}/{slugify(x)}">{esc(x)}</a>' for x in S["see_also"]] + \
          ['</aside></main>', '<footer><p>The Local Europe AB</p><a href="/about/">About</a> <a href="/contact/">Contact</a> '
           '<a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SW_DAY = "2032-11-02 07:34"
SEEDS.append(dict(
  id="21300", name="21300_thelocalse-todayinsweden", ext="html", source="The Local Sweden", zone="Europe/Stockholm", render=r_thelocal,
  title="Today in Sweden: A round-up of the latest news on Tuesday",
  lede="Sweden's biggest air defence package for Ukraine, drones over Luleå and a spy verdict in Gothenburg: here's what is in the news in Sweden this Tuesday.",
  caption="Snow on the benches in Kungsträdgården in central Stockholm. Photo: TT",
  see_also=["What changes in Sweden in November 2032", "Swedish word of the day: snöoväder", "How Sweden's temporary protection rules work for Ukrainians"],
  basis="no per-item time: every item takes the article's 'Published: 2 November 2032 07:34 CET' line (CET = UTC+1); local {d} in {z}",
  notes="Imitates The Local Sweden's daily 'Today in Sweden' round-up (one article, HTML, NewsArticle JSON-LD). Each news item is a bold paragraph heading followed by one or two paragraphs and an italic 'Swedish vocabulary: word – meaning' line; each item is one entry (headline = bold heading, stamp null, published = the article's 'Published: 2 November 2032 07:34 CET', i.e. 06:34 UTC). The byline is the desk credit 'The Local' (with the news@thelocal.se address), used as every item's author as printed. The vocabulary lines are a recurring feature, not news body, and are not counted in body_paragraphs. Two off-beat items (inflation, first snow).",
  not_entries=["cookie consent banner", "edition switcher (Austria ... Switzerland)", "site header, navigation, 'Log in' and 'Become a Member'",
               "kicker 'TODAY IN SWEDEN'", "article title", "standfirst", "byline 'The Local news@thelocal.se'", "'Published: 2 November 2032 07:34 CET'",
               "share links", "lead photo caption 'Snow on the benches in Kungsträdgården ... Photo: TT'",
               "the italic 'Swedish vocabulary: ...' line after every item", "tags", "membership box 'Member-only: get the full picture'",
               "comments prompt", "'See Also' heading and its three related links", "footer"],
  entries=[
  E(SW_DAY, "Sweden to send Ukraine its biggest air defence package so far",
    ["The government will on Tuesday present a military aid package for Ukraine worth 7.4 billion kronor, most of it for air defence, Defence Minister Pål Jonson told the news agency TT.",
     "The package includes two more RBS 70 NG units, radar equipment from Saab and money for missiles bought together with Denmark and Norway. It is Sweden's 27th support package since the full-scale invasion began."],
    "aid", "aid", 3, "sweden-air-defence-package-2032-11-02", a="The Local", vocab="luftvärn – air defence"),
  E(SW_DAY, "Drone sightings shut Luleå Airport overnight",
    ["Flights to and from Luleå Airport were halted for almost three hours on Monday night after several drones were spotted near the runway, police in Norrbotten said.",
     "The airport shares its runway with the Norrbotten Wing air base. Police said it was too early to say who was behind the flights, but the Security Service (Säpo) has been informed."],
    "other", "security", 2, "lulea-airport-drone-sightings-2032-11-01", a="The Local", vocab="drönare – drone"),
  E(SW_DAY, "Gothenburg court jails man for spying on Ukrainian refugees",
    ["A 52-year-old man was sentenced to three and a half years in prison by Gothenburg District Court on Monday for gathering information on Ukrainian refugees and passing it to Russian intelligence.",
     "According to the ruling, the man photographed the homes of at least 14 Ukrainians living in western Sweden over two years. He denied the charges and his lawyer said he would appeal."],
    "other", "security", 2, "gothenburg-refugee-spying-verdict-2032-11-01", a="The Local", vocab="flyktingspionage – refugee espionage"),
  OFF(SW_DAY, "Inflation slows to 1.8 percent",
    ["Swedish consumer prices rose 1.8 percent in October compared with a year earlier, down from 2.3 percent in September, according to a flash estimate from Statistics Sweden.",
     "Cheaper electricity explained most of the drop."],
    "sweden-inflation-october-2032", a="The Local", n="Swedish inflation figure", vocab="inflationstakt – rate of inflation"),
  E(SW_DAY, "Migration Agency extends protection for Ukrainians until 2034",
    ["Ukrainians with temporary protection in Sweden will be able to stay until March 2034 after the government agreed to extend the scheme by another year, the Migration Agency said.",
     "Around 41,000 people currently hold the permits."],
    "other", "humanitarian", 2, "sweden-temporary-protection-extension-2032-11-02", a="The Local", vocab="uppehållstillstånd – residence permit"),
  OFF(SW_DAY, "Stockholm sees first snow of the winter",
    ["Parts of Stockholm woke up to a thin layer of snow on Tuesday, the capital's earliest first snowfall in six years, according to the weather agency SMHI."],
    "stockholm-first-snow-2032", a="The Local", n="weather", vocab="snöfall – snowfall"),
  ]))


def r_helsinkitimes(S):
    """Helsinki Times (Joomla) category blog page, text scrape. Masthead, tagline, menu, date/weather bar; category heading;
    each item newest first: headline, 'Details', 'Written by NAME', 'Published: Wednesday, 03 November 2032 16:40', 'Hits: N',
    intro paragraphs, 'Read more ...'; an advert line after the third item; pagination; footer."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Helsinki Times", "Finland's international news in English", "", "Search ...", "",
         "Home   Finland   Domestic   Politics   Business   Europe   World   Lifestyle   Travel   Opinion   Advertise   Contact", "",
         f"{long_date(top)}   Helsinki 1°C  Cloudy", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{long_date(d)} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], "Details", f"Written by {e['a']}", f"Published: {st}", f"Hits: {e['hits']}", ""] + ptxt(e["p"]) + ["Read more ...", ""]
        if i == 2:
            L += ["Advertisement", "Learn Finnish online: evening courses for beginners start in January. Book a free trial lesson.", ""]
    L += ["Page 1 of 538", "Start  Prev  1  2  3  4  5  6  7  8  9  10  Next  End", "",
          "About us   Advertise   Privacy   Terms of use", f"Copyright © 2007 - {top.year} Helsinki Times. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="21301", name="21301_helsinkitimes-domestic", ext="txt", source="Helsinki Times", zone="Europe/Helsinki", render=r_helsinkitimes,
  title="Domestic",
  basis="'Published: {s}' line (Joomla long date with 24-hour time, no zone printed; Finnish time, EET = UTC+2 in November); local {d} in {z}",
  notes="Imitates a Helsinki Times (Joomla) category blog page, 'Domestic', as copied from a browser: masthead, menu, a date/weather bar, then items newest first. Each item: headline, 'Details', 'Written by NAME' ('HT' is the site's own desk signature; kept as printed), 'Published: Wednesday, 03 November 2032 16:40', 'Hits: N', intro paragraphs, 'Read more ...'. No zone is printed; times are Finnish local time. Two off-beat items (unemployment, ticket prices).",
  not_entries=["masthead 'Helsinki Times' and tagline", "'Search ...'", "menu", "date/weather bar 'Wednesday, 03 November 2032   Helsinki 1°C  Cloudy'",
               "category heading 'Domestic'", "'Details' labels", "'Written by ...' lines (author, not body)", "'Published: ...' lines (stamp)",
               "'Hits: N' counters", "'Read more ...' links", "'Advertisement' and the Finnish-course advert after the third item",
               "pagination 'Page 1 of 538' and page links", "footer links and copyright"],
  entries=[
  E("2032-11-03 16:40", "Finland approves defence materiel package worth 190 million euros for Ukraine",
    ["The government on Wednesday approved Finland's 33rd package of defence materiel for Ukraine, valued at 190 million euros, Defence Minister Antti Häkkänen announced.",
     "As before, the ministry did not disclose the contents of the package, citing operational security. Häkkänen said much of it would come from new production by Finnish companies.",
     "Finland's military assistance to Ukraine now totals more than 4.6 billion euros."],
    "aid", "aid", 3, "finland-defence-materiel-package-2032-11-03", a="HT", hits=388),
  E("2032-11-03 14:05", "Eastern border crossings to remain closed through 2033",
    ["All crossing points on Finland's land border with Russia will stay closed for at least another year, the Ministry of the Interior said on Wednesday.",
     "The ministry said Russia was still steering migrants towards the border and that the risk of a renewed influx remained high."],
    "other", "security", 2, "finland-eastern-border-closure-extended-2032-11-03", a="HT", hits=1204),
  E("2032-11-03 12:20", "Supo: Russian services recruiting teenagers through delivery apps",
    ["Russian intelligence services have tried to recruit young people in Finland for small paid tasks advertised through gig-work and delivery apps, the Finnish Security and Intelligence Service (Supo) said in its autumn review.",
     "The tasks have included photographing railway bridges and harbour gates, Supo said. It urged parents to talk to teenagers about unusual job offers."],
    "other", "security", 2, "supo-russian-recruitment-apps-2032-11-03", a="Aleksi Kantola", hits=957),
  OFF("2032-11-03 10:45", "Unemployment rate climbs to 9.1 per cent",
    ["The trend of the unemployment rate rose to 9.1 per cent in October, up 0.3 percentage points from a year earlier, according to Statistics Finland."],
    "finland-unemployment-october-2032", a="HT", n="labour statistics", hits=611),
  E("2032-11-03 09:10", "Border Guard shadows sanctioned tanker through Gulf of Finland",
    ["A Finnish Border Guard patrol vessel and a surveillance aircraft followed an oil tanker on the EU sanctions list as it sailed east through the Gulf of Finland on Tuesday night.",
     "The tanker, which flies the flag of Gabon, stayed in international waters and was escorted by a Russian navy corvette for part of the route, the Border Guard said."],
    "other", "security", 2, "gulf-of-finland-sanctioned-tanker-2032-11-02", a="HT", sec=["diplomacy"], hits=742),
  OFF("2032-11-03 07:30", "HSL ticket prices to rise by 4 per cent in January",
    ["Public transport tickets in the Helsinki region will cost on average 4 per cent more from the start of January, Helsinki Regional Transport Authority HSL decided on Tuesday."],
    "hsl-ticket-prices-2033", a="HT", n="local transport fares", hits=2210),
  E("2032-11-03 05:55", "Stubb to attend Nordic-Ukrainian summit in Oslo",
    ["President Alexander Stubb will travel to Oslo next week for a summit of Nordic leaders and President Volodymyr Zelensky, the Office of the President said late on Tuesday.",
     "The meeting is expected to focus on long-term security guarantees for Ukraine and on a joint Nordic purchase of artillery ammunition."],
    "diplomacy", "diplomacy", 3, "stubb-nordic-ukrainian-summit-oslo-2032-11-03", a="HT", hits=530),
  ]))


def excerpt(par, words=24):
    w = par.split()
    return par if len(w) <= words else " ".join(w[:words]) + " [&#8230;]"


def r_icelandreview(S):
    """Iceland Review WordPress RSS 2.0 feed: pubDate '+0000', dc:creator in CDATA, several categories, guid '?p=NNN',
    a CDATA description (excerpt + 'The post ... appeared first on Iceland Review.'), and content:encoded with the full text."""
    z = S["zone"]; order_check(S, True); base = "https://www.icelandreview.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', f'\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{base}</link>', '\t<description>News, culture and travel from Iceland since 1963</description>',
           f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=9.4.2</generator>',
           f'<image>\n\t<url>{base}/wp-content/uploads/2031/02/cropped-ir-icon-32x32.png</url>\n\t<title>{esc(S["title"])}</title>\n\t<link>{base}</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{base}/{e["cats"][0].lower()}/{slugify(e["h"])}/'
        post = f'<p>The post <a rel="nofollow" href="{link}">{esc(e["h"])}</a> appeared first on <a rel="nofollow" href="{base}">Iceland Review</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">{base}/?p={318420 - i * 23}</guid>',
                f'\t\t<description><![CDATA[<p>{excerpt(e["p"][0])}</p>\n{post}\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + post + "\n]]></content:encoded>",
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21302", name="21302_icelandreview-feed", ext="xml", source="Iceland Review", zone="Atlantic/Reykjavik", render=r_icelandreview,
  title="Iceland Review",
  basis="RSS pubDate '{s}' (explicit +0000; Iceland keeps UTC all year); local {d} in {z}",
  notes="Imitates Iceland Review's WordPress RSS feed (/feed/). Newest first. Each item: title, link, comments link, dc:creator (CDATA), pubDate with +0000, two or three categories, guid '?p=NNN', a CDATA description holding a 24-word excerpt ending in '[…]' plus WordPress's 'The post TITLE appeared first on Iceland Review.' line, and content:encoded with the full paragraphs followed by the same 'appeared first' line. Body = the content:encoded paragraphs, without the 'The post ... appeared first on Iceland Review.' footer. Two off-beat items (eruption, cruise ships).",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update fields, generator and image block", "comments links and wfw:commentRss",
               "category labels", "the truncated excerpt in each description (a shortened copy of the first paragraph)",
               "'The post ... appeared first on Iceland Review.' lines in description and content:encoded", "slash:comments counts"],
  entries=[
  E("2032-11-05 17:20", "Iceland to fund mine-clearance training for Ukrainian sappers",
    ["Iceland will contribute ISK 350 million to a Lithuanian-led programme that trains Ukrainian deminers, the Ministry for Foreign Affairs announced today.",
     "The money will cover courses for around 600 sappers next year, as well as protective suits and detection equipment. Iceland, which has no armed forces of its own, has concentrated its support for Ukraine on training, medical supplies and winter gear.",
     "The contribution comes out of the ISK 4 billion that Alþingi set aside for Ukraine in this year's budget."],
    "aid", "aid", 2, "iceland-demining-training-funding-2032-11-05", a="Erna Dís Ólafsdóttir", cats=["News", "Politics", "ukraine"]),
  OFF("2032-11-05 15:05", "Reykjanes eruption weakens after twelve days",
    ["Volcanic activity at the Sundhnúkur crater row has decreased markedly, the Icelandic Meteorological Office said this afternoon, although lava is still flowing from one vent.",
     "Grindavík remains closed to visitors and the Blue Lagoon will stay shut at least until Monday."],
    "reykjanes-eruption-weakens-2032-11-05", a="Gunnar Logi Bjarnason", n="volcanic eruption", cats=["News", "Nature", "eruption"]),
  E("2032-11-05 13:40", "Russian chargé d'affaires summoned over Odesa hospital strike",
    ["The Ministry for Foreign Affairs summoned Russia's chargé d'affaires in Reykjavík this morning to protest against Wednesday's missile strike on a children's hospital in Odesa, which killed four people.",
     "Iceland suspended the operations of its own embassy in Moscow in 2023 but has kept diplomatic relations with Russia."],
    "diplomacy", "diplomacy", 2, "iceland-summons-russian-envoy-odesa-2032-11-05", a="Erna Dís Ólafsdóttir", sec=["strikes"], cats=["News", "Politics"]),
  E("2032-11-05 11:15", "Italian fighter jets arrive at Keflavík for NATO air policing",
    ["Four Italian F-35 fighter jets landed at Keflavík Airport yesterday to begin a three-week NATO air policing rotation, the Icelandic Coast Guard said.",
     "The rotations were made more frequent this year after Russian long-range bombers approached the Icelandic air defence identification zone twice in October."],
    "other", "security", 2, "keflavik-nato-air-policing-rotation-2032-11-04", a="Gunnar Logi Bjarnason", cats=["News", "Society"]),
  OFF("2032-11-05 09:30", "Record cruise season for Ísafjörður",
    ["More than 210 cruise ships called at Ísafjörður this year, a record for the Westfjords town, the port authority said.",
     "Residents have asked the council to limit the number of ships that can dock on the same day."],
    "isafjordur-cruise-record-2032", a="Sólveig Hrund Karlsdóttir", n="tourism", cats=["Travel", "News"]),
  E("2032-11-05 08:00", "Fewer Ukrainians seeking protection in Iceland",
    ["The Directorate of Immigration received 38 applications for protection from Ukrainian citizens in October, the lowest monthly figure since March 2022.",
     "Just under 4,800 Ukrainians now live in Iceland, according to Registers Iceland."],
    "other", "humanitarian", 2, "iceland-ukrainian-protection-applications-2032-11", a="Sólveig Hrund Karlsdóttir", cats=["News", "Society", "refugees"]),
  ]))


def r_dutchnews(S):
    """DutchNews.nl (WordPress) 'Latest news' listing, HTML. Header with menu and a donate button; cards newest first: category
    link, h2 title, visible date only ('November 8, 2032') inside <time datetime="...+01:00">, excerpt paragraphs, no bylines;
    a reader-donation box after the third card; newsletter box; 'Older posts'; footer."""
    z = S["zone"]; order_check(S, True); base = "https://www.dutchnews.nl"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - DutchNews.nl</title>',
           '<meta name="description" content="Dutch news in English">', '</head>', '<body class="archive category">',
           '<header class="site-header"><a class="logo" href="/">DutchNews.nl</a>',
           '<nav class="menu"><a href="/category/news/">News</a> <a href="/category/business/">Business</a> <a href="/category/politics/">Politics</a> '
           '<a href="/category/society/">Society</a> <a href="/category/features/">Features</a> <a href="/category/opinion/">Opinion</a> '
           '<a href="/podcast/">Podcast</a> <a href="/education/">Education</a> <a href="/property/">Property</a> <a href="/jobs/">Jobs</a></nav>',
           '<a class="donate" href="/donate/">Donate</a> <a class="newsletter" href="/newsletter/">Newsletter</a></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"{base}/{d:%Y/%m}/{slugify(e['h'])}/"
        out.append(f'<article class="post"><a class="cat" href="/category/{e["cat"].lower()}/">{esc(e["cat"])}</a>'
                   f'<h2><a href="{url}">{esc(e["h"])}</a></h2><time class="date" datetime="{iso(d)}">{st}</time>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="donate-box"><h3>Keep DutchNews.nl free to read</h3><p>We depend on our readers to report on the '
                       'Netherlands in English. A small donation, once or every month, keeps our stories open to everyone.</p>'
                       '<a href="/donate/">Make a donation</a></aside>')
    out += ['<div class="nav-previous"><a href="/category/news/page/2/">Older posts</a></div></main>',
            '<aside class="newsletter-box"><h3>The DutchNews daily digest</h3><p>The day\u2019s stories from the Netherlands, in your inbox '
            'every evening.</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>',
            f'<footer><p>\u00a9 DutchNews.nl {dt(S["entries"][0]["t"], z).year}</p><a href="/about-us/">About us</a> <a href="/advertise/">Advertise</a> '
            '<a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21303", name="21303_dutchnews-latest", ext="html", source="DutchNews.nl", zone="Europe/Amsterdam", render=r_dutchnews,
  title="Latest news",
  basis="visible date only '{s}'; the time comes from the card's own <time datetime> attribute (+01:00, CET); local {d} in {z}",
  notes="Imitates a DutchNews.nl (WordPress) 'Latest news' listing page. Cards newest first: category link, title, a date printed without time ('November 8, 2032') whose <time datetime> attribute carries the full time with +01:00, then the excerpt paragraphs. DutchNews stories carry no bylines, so author is null throughout. A reader-donation box after the third card and a newsletter box after the list. Two off-beat items (house prices, wind warning).",
  not_entries=["site header, menu, 'Donate' and 'Newsletter' links", "page heading 'Latest news'", "category links above each title",
               "visible date lines (stamps)", "donation box 'Keep DutchNews.nl free to read'", "'Older posts'",
               "newsletter box 'The DutchNews daily digest'", "footer"],
  entries=[
  E("2032-11-08 17:45", "Netherlands to pay \u20ac400m for Ukrainian-built long-range drones",
    ["The Netherlands will spend \u20ac400 million on long-range attack drones built in Ukraine for the Ukrainian armed forces, defence minister Ruben Brekelmans told MPs on Monday.",
     "The money comes from the \u20ac3.5 billion the cabinet has reserved for Ukraine next year. Brekelmans said Dutch funding had already paid for more than 2,000 of the drones."],
    "aid", "aid", 3, "netherlands-ukrainian-long-range-drones-2032-11-08", cat="Politics"),
  E("2032-11-08 15:30", "Flights at Schiphol halted for an hour after drone sighting",
    ["Air traffic at Schiphol was stopped for around an hour on Monday afternoon after a drone was seen near the Polderbaan runway, the military police said.",
     "It is the fourth drone incident at a Dutch airport since September. The government has said it cannot rule out that some of the flights are linked to Russia."],
    "other", "security", 2, "schiphol-drone-sighting-2032-11-08", cat="News"),
  E("2032-11-08 13:10", "Court allows seizure of sanctioned Russian's superyacht",
    ["A court in Alkmaar has ruled that a superyacht owned by a sanctioned Russian businessman may be confiscated and kept at the naval port of Den Helder.",
     "The yacht has been moored in the Netherlands since the first EU sanctions in 2022. Its owner had argued that the vessel belonged to a Cypriot company."],
    "diplomacy", "diplomacy", 2, "den-helder-russian-yacht-seizure-2032-11-08", cat="News"),
  OFF("2032-11-08 11:50", "House prices up 6.8% in October, NVM says",
    ["Average house prices in the Netherlands rose 6.8% year on year in October, estate agents association NVM said on Monday."],
    "dutch-house-prices-october-2032", n="housing market", cat="Property"),
  E("2032-11-08 10:20", "MH17 relatives welcome ICAO deadline for Russia",
    ["Relatives of the MH17 victims have welcomed a decision by the ICAO council to give Russia six months to begin talks on compensation for the downing of the airliner in 2014.",
     "The Netherlands and Australia took the case to the UN aviation body in 2022. Russia has always denied responsibility."],
    "diplomacy", "diplomacy", 2, "mh17-icao-deadline-russia-2032-11-08", cat="News"),
  OFF("2032-11-08 08:40", "Code orange wind warning for coastal provinces",
    ["The KNMI weather office has issued a code orange warning for gusts of up to 110 kilometres an hour along the coast this evening."],
    "knmi-wind-warning-2032-11-08", n="weather", cat="News"),
  E("2032-11-08 07:15", "Ukrainians in council shelters to pay more towards their rent",
    ["Ukrainian refugees with a job who live in council-run shelters will have to contribute more to the cost of their accommodation from January, the justice ministry said.",
     "Some 118,000 Ukrainians are registered in the Netherlands, around half of them in shelters run by local councils."],
    "other", "humanitarian", 2, "netherlands-ukrainian-shelter-rent-2032-11-08", cat="Society"),
  ]))


def r_brusselstimes(S):
    """The Brussels Times 'Latest news' timeline, HTML. Top bar with the date, menu, subscribe; a date heading
    ('Tuesday, 09 November 2032'); items newest first: bare 24-hour time, section label, h3 title, one lead paragraph, author
    line ('By NAME' or the Belga desk credit); an advert slot after the third item; newsletter box; footer."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Brussels Times</title>', '</head><body>',
           '<div class="cmp">We value your privacy. We and our partners store and access information on your device. <button>AGREE</button> <button>MORE OPTIONS</button></div>',
           f'<div class="topbar"><span>{long_date(top)}</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>',
           '<header><a class="logo" href="/">The Brussels Times</a><nav><a href="/belgium">Belgium</a> <a href="/eu-affairs">EU Affairs</a> '
           '<a href="/business">Business</a> <a href="/world">World</a> <a href="/lifestyle-culture">Lifestyle &amp; Culture</a> '
           '<a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/podcast">Podcast</a> <a href="/jobs">Jobs</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<h2 class="timeline-day">{long_date(top)}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="timeline-item"><span class="time">{st}</span><a class="section" href="/{slugify(e["sec_label"])}">{esc(e["sec_label"])}</a>'
                   f'<h3><a href="/{900120 + i * 31}/{slugify(e["h"])}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="lead">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<span class="author">{esc(e["byline"])}</span></div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<a class="more" href="/news?page=2">Load more</a></main>',
            '<aside class="newsletter"><h3>Belgium in Brief</h3><p>The morning newsletter that tells you what Belgium is talking about.</p>'
            '<input type="email" placeholder="Your email address"> <button>Subscribe</button></aside>',
            f'<footer><p>\u00a9 {top.year} The Brussels Times</p><a href="/about">About us</a> <a href="/advertise">Advertise</a> '
            '<a href="/privacy">Privacy policy</a> <a href="/contact">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


BEL = "Belga"
SEEDS.append(dict(
  id="21304", name="21304_brusselstimes-latest", ext="html", source="The Brussels Times", zone="Europe/Brussels", render=r_brusselstimes,
  title="Latest news",
  basis="bare time '{s}' under the timeline date heading 'Tuesday, 09 November 2032' (no zone printed; Brussels time, CET = UTC+1); local {d} in {z}",
  notes="Imitates The Brussels Times 'Latest news' timeline (HTML). One date heading, then items newest first: a bare 24-hour time, section label, title, a single lead paragraph and an author line ('By NAME', or the desk credit 'The Brussels Times with Belga', kept as printed without 'By'). Listing pages show only the lead paragraph, so body_paragraphs is 1 throughout. No zone is printed. Two off-beat items (airport strike, cocaine seizure).",
  not_entries=["consent banner", "top bar with date, 'Subscribe' and 'Log in'", "logo and menu", "page heading 'Latest news'",
               "timeline date heading 'Tuesday, 09 November 2032'", "section labels (EU Affairs, Belgium, World)", "author lines under each lead",
               "'Advertisement' slot", "'Load more'", "newsletter box 'Belgium in Brief'", "footer"],
  entries=[
  E("2032-11-09 18:30", "EU agrees 31st sanctions package, targeting LNG tankers",
    ["EU ambassadors on Tuesday approved a 31st package of sanctions against Russia, adding 64 liquefied natural gas tankers to the list of vessels barred from European ports, the Council said."],
    "diplomacy", "diplomacy", 3, "eu-31st-sanctions-package-2032-11-09", a="Maïa Lefèvre", byline="By Maïa Lefèvre", sec_label="EU Affairs"),
  E("2032-11-09 16:15", "Euroclear pays out \u20ac1.7 billion in frozen-asset profits for Ukraine's air defence",
    ["Brussels-based depository Euroclear has transferred a further \u20ac1.7 billion in windfall profits from immobilised Russian central bank assets, money the EU will use to buy air defence systems for Ukraine."],
    "aid", "aid", 3, "euroclear-frozen-asset-profits-air-defence-2032-11-09", a="Jonas Verbeke", byline="By Jonas Verbeke", sec_label="EU Affairs"),
  OFF("2032-11-09 14:00", "Brussels Airport warns of cancellations during Thursday's national strike",
    ["Brussels Airport has advised passengers to expect many cancellations on Thursday, when unions are holding a national strike against the government's pension reform."],
    "brussels-airport-strike-warning-2032-11-09", a="The Brussels Times with Belga", n="strike and air travel", byline="The Brussels Times with Belga", sec_label="Belgium"),
  E("2032-11-09 12:40", "Francken: first Belgian F-16s to reach Ukraine before Christmas",
    ["The first two of the F-16 fighter jets Belgium has promised Ukraine will be handed over before the end of the year, Defence Minister Theo Francken said on Tuesday."],
    "aid", "aid", 3, "belgium-f16-delivery-ukraine-2032-11-09", a="Jonas Verbeke", byline="By Jonas Verbeke", sec_label="Belgium"),
  E("2032-11-09 11:05", "Drones spotted again over Kleine-Brogel air base",
    ["Several drones were seen above the Kleine-Brogel military air base in Limburg on Monday night, the Defence Ministry confirmed, the third such incident in a month."],
    "other", "security", 2, "kleine-brogel-drone-sightings-2032-11-08", a="The Brussels Times with Belga", byline="The Brussels Times with Belga", sec_label="Belgium"),
  OFF("2032-11-09 09:30", "Antwerp customs seize 2.3 tonnes of cocaine in banana shipment",
    ["Customs officers at the port of Antwerp found 2.3 tonnes of cocaine hidden in a container of bananas from Ecuador, the Federal Public Service Finance said."],
    "antwerp-cocaine-seizure-2032-11-09", a="The Brussels Times with Belga", n="crime", byline="The Brussels Times with Belga", sec_label="Belgium"),
  E("2032-11-09 08:10", "Belgian volunteer surgeons return from Kharkiv",
    ["A team of eleven Belgian surgeons and nurses returned from Kharkiv on Monday after a month treating civilians wounded in Russian strikes, the charity that organised the mission said."],
    "other", "humanitarian", 2, "belgian-surgeons-kharkiv-mission-2032-11-08", a="Maïa Lefèvre", byline="By Maïa Lefèvre", sec_label="World"),
  ]))


def r_luxtimes(S):
    """Luxembourg Times live blog, HTML. LiveBlogPosting JSON-LD whose updates carry their own datePublished; header/menu;
    h1, standfirst, 'By NAME and NAME', 'Updated 11.11.2032 at 18:40'; posts newest first: '<time>11.11.2032 at 18:40</time>',
    h2, paragraphs, 'By NAME'; a photo-gallery post shows only a gallery placeholder; related box; subscription box; footer."""
    z = S["zone"]; order_check(S, True)
    fmt = lambda d: f"{d:%d.%m.%Y} at {d:%H:%M}"
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f'{S["url"]}#post-{len(S["entries"]) - i}'}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "coverageEndTime": iso(last),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Luxembourg Times"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Luxembourg Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">This site uses cookies and similar technologies. <button>Accept</button> <button>Settings</button></div>',
           '<header><a class="logo" href="/">Luxembourg Times</a><nav><a href="/luxembourg">Luxembourg</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/world">World</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> '
           '<a href="/expat-life">Expat life</a> <a href="/podcasts">Podcasts</a></nav><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           f'<main><article class="liveblog"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {" and ".join(S["authors"])}</p>', f'<p class="updated">Updated {fmt(last)}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out.append(f'<section class="live-post" id="post-{len(S["entries"]) - i}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (14 images)</div>')
        if e["a"]:
            out.append(f'<p class="post-author">By {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="related"><h3>Read more</h3><a href="/world/{slugify(S["related"])}">{esc(S["related"])}</a></aside>')
    out += ['</article>', '<aside class="paywall-box"><h3>Support local journalism in English</h3><p>Subscribe to the Luxembourg Times '
            'for unlimited access to our reporting.</p><a href="/subscribe">See offers</a></aside></main>',
            f'<footer>\u00a9 {last.year} Luxembourg Times \u00b7 Mediahuis Luxembourg \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


LUXCONF = "ukraine-energy-recovery-conference-luxembourg-2032-11-11"
SEEDS.append(dict(
  id="21305", name="21305_luxtimes-liveblog", ext="html", source="Luxembourg Times", zone="Europe/Luxembourg", render=r_luxtimes,
  title="Live: Donors gather in Luxembourg to rebuild Ukraine's power grid", url="https://www.luxtimes.lu/world/live-ukraine-energy-conference/89231477.html",
  lede="Ministers from more than 40 countries meet at the European Convention Center in Kirchberg to raise money for Ukraine's battered electricity network.",
  authors=["Lena Kieffer", "Tom Weyland"], related="Why Luxembourg is hosting a conference on Ukraine's energy",
  basis="post stamp '{s}' (day.month.year and 24-hour time, no zone printed; Luxembourg time, CET = UTC+1), matching the update's datePublished in the JSON-LD; local {d} in {z}",
  notes="Imitates a Luxembourg Times live blog (HTML) on an invented donor conference in Kirchberg. Page byline 'By Lena Kieffer and Tom Weyland' and 'Updated 11.11.2032 at 18:40'; posts newest first, each with '<time>11.11.2032 at 18:40</time>', h2 headline, paragraphs and a 'By NAME' line. LiveBlogPosting JSON-LD lists the same posts with correct per-update datePublished (+01:00). 21305-04 is a 'Photos:' gallery post with no text (teaser, importance 1; story = the conference it shows). One off-beat post (tram diversions). Zelensky's video address is its own story (a statement), separate from the conference outcome.",
  not_entries=["consent banner", "header, menu, 'Subscribe' and 'Log in'", "'LIVE' badge", "page title", "standfirst", "page byline 'By Lena Kieffer and Tom Weyland'",
               "'Updated 11.11.2032 at 18:40'", "per-post 'By NAME' lines", "gallery placeholder 'Gallery (14 images)'",
               "related box 'Read more: Why Luxembourg is hosting a conference on Ukraine's energy'", "subscription box", "footer"],
  entries=[
  E("2032-11-11 18:40", "Conference closes with \u20ac3.2 billion pledged for Ukraine's power grid",
    ["Donors pledged a total of \u20ac3.2 billion to repair and protect Ukraine's electricity network, the co-chairs said in their closing statement.",
     "The sum includes \u20ac1.1 billion in loans from the European Investment Bank, whose headquarters are a few hundred metres from the conference venue, and grants from 38 countries."],
    "aid", "aid", 3, LUXCONF, a="Tom Weyland"),
  E("2032-11-11 17:05", "Luxembourg adds \u20ac45 million to its support for Ukraine",
    ["Prime Minister Luc Frieden said Luxembourg would give an extra \u20ac45 million next year, mostly for mobile gas turbines and transformer repairs.",
     "Luxembourg has given Ukraine around \u20ac420 million in military and civilian aid since 2022, according to the government."],
    "aid", "aid", 2, "luxembourg-extra-ukraine-aid-2032-11-11", a="Lena Kieffer"),
  E("2032-11-11 15:30", "Zelensky: 'Every transformer you send keeps a home warm'",
    ["President Volodymyr Zelensky, speaking by video link from Kyiv, asked donors for more transformers, generators and air defence to protect the power plants that have already been rebuilt.",
     "He said Russian missiles and drones had damaged or destroyed 70 percent of Ukraine's thermal generating capacity since the start of the full-scale invasion."],
    "aid", "aid", 3, "zelensky-address-luxembourg-energy-conference-2032-11-11", a="Tom Weyland", sec=["diplomacy"]),
  E("2032-11-11 13:50", "Photos: Delegates arrive at the European Convention Center", [],
    "aid", "aid", 1, LUXCONF, a="Lena Kieffer", n="gallery teaser without text"),
  E("2032-11-11 12:15", "Bettel wants frozen Russian assets to pay for reconstruction",
    ["Foreign Minister Xavier Bettel told the opening session that the profits and, in time, the principal of Russia's frozen central bank assets should be used to rebuild Ukraine."],
    "aid", "aid", 2, "bettel-frozen-assets-reconstruction-2032-11-11", a="Lena Kieffer", sec=["diplomacy"]),
  OFF("2032-11-11 10:40", "Trams and buses diverted on Kirchberg until 8pm",
    ["Trams will not stop at the Philharmonie and Coque stops until 8pm because of security measures around the conference, Luxtram said. Several bus lines are also diverted."],
    "kirchberg-tram-diversions-2032-11-11", a="Tom Weyland", n="local traffic"),
  E("2032-11-11 09:05", "Russian strikes hit power plants hours before conference",
    ["Russia launched 18 missiles and around 120 drones at Ukraine overnight, hitting two thermal power plants and a substation in the Kyiv region, Ukraine's energy ministry said.",
     "Ukraine's air force said it had shot down 14 of the missiles and 97 drones. Power cuts were reported in six regions on Thursday morning."],
    "strikes", "strikes", 3, "russian-strikes-power-plants-2032-11-11", a="Lena Kieffer"),
  ]))


def r_portugalresident(S):
    """Portugal Resident WordPress RSS 2.0 feed: pubDate '+0000', dc:creator, categories, description = first paragraph,
    content:encoded = a figure with caption and photo credit, then the paragraphs."""
    z = S["zone"]; order_check(S, True); base = "https://www.portugalresident.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />',
           f'<link>{base}</link>', '<description>News from Portugal and the Algarve in English</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-GB</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=9.3.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{base}/{slugify(e['h'])}/"
        fig = (f'<figure class="wp-block-image"><img src="{base}/wp-content/uploads/{d:%Y/%m}/{slugify(e["h"])[:30]}.jpg" alt="" />'
               f'<figcaption>{esc(e["cap"])}</figcaption></figure>')
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + \
               [f'<guid isPermaLink="false">{base}/?p={774310 - i * 41}</guid>', f'<description><![CDATA[<p>{esc(e["p"][0])}</p>]]></description>',
                '<content:encoded><![CDATA[' + fig + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21306", name="21306_portugalresident-feed", ext="xml", source="Portugal Resident", zone="Europe/Lisbon", render=r_portugalresident,
  title="Portugal Resident",
  basis="RSS pubDate '{s}' (explicit +0000; mainland Portugal is on WET = UTC in November); local {d} in {z}",
  notes="Imitates the Portugal Resident WordPress RSS feed. Newest first; each item: title, link, dc:creator, pubDate with +0000, categories, guid, a description holding the first paragraph, and content:encoded with a figure (photo caption with credit) followed by the paragraphs. The figure caption is not body. Two off-beat items (Algarve reservoirs, metro strike).",
  not_entries=["channel title, link, description, lastBuildDate, language, sy: fields and generator", "category labels",
               "description (a copy of the first paragraph)", "figure captions with photo credits at the top of each content:encoded"],
  entries=[
  E("2032-11-12 19:10", "Portugal to train Ukrainian F-16 mechanics at Monte Real air base",
    ["Portuguese Air Force technicians will train around 80 Ukrainian mechanics to maintain F-16 fighter jets at Monte Real air base next year, defence minister Nuno Melo announced on Friday.",
     "The courses are part of the Dutch-led coalition that supports Ukraine's F-16 fleet. Portugal already hosts Ukrainian pilots for simulator training."],
    "aid", "aid", 2, "portugal-f16-mechanics-training-2032-11-12", a="Marta Lacerda", cats=["National", "Ukraine"],
    cap="An F-16 at Monte Real air base near Leiria. Photo: Portuguese Air Force"),
  OFF("2032-11-12 16:45", "Algarve reservoirs still below 30% despite November rain",
    ["Despite a week of heavy showers, the Algarve's reservoirs hold less than 30% of their capacity, according to the latest figures from the Portuguese Environment Agency.",
     "The Odeleite and Beliche dams, which supply much of the eastern Algarve, are among the lowest in the country."],
    "algarve-reservoirs-november-2032", a="Paul Whitworth", n="drought and water supply", cats=["Algarve", "Environment"],
    cap="The Odeleite reservoir in October. Photo: Paul Whitworth"),
  E("2032-11-12 14:20", "Navy escorts Russian corvette along Portuguese coast",
    ["The Portuguese Navy escorted a Russian corvette and a supply tanker as they sailed north past the Alentejo and Lisbon coast on Thursday, the Navy said in a statement.",
     "The patrol ship NRP Sines followed the two vessels for around 30 hours until they left Portugal's area of responsibility."],
    "other", "security", 2, "portuguese-navy-escorts-russian-corvette-2032-11-11", a="Marta Lacerda", cats=["National"],
    cap="The Russian corvette photographed from NRP Sines. Photo: Portuguese Navy"),
  E("2032-11-12 12:05", "Montenegro backs opening of all remaining chapters of Ukraine's EU talks",
    ["Prime Minister Luís Montenegro said Portugal would support opening the remaining clusters of Ukraine's EU accession negotiations at next month's European Council, after talks with his Ukrainian counterpart in Lisbon.",
     "He said Portugal would also host a conference on Ukraine's reconstruction in the spring."],
    "diplomacy", "diplomacy", 3, "montenegro-ukraine-eu-accession-support-2032-11-12", a="Marta Lacerda", cats=["National", "Ukraine"],
    cap="Luís Montenegro at São Bento on Friday. Photo: Lusa"),
  OFF("2032-11-12 10:30", "Lisbon metro workers call strike for next Thursday",
    ["Lisbon's metro will not run for most of next Thursday after unions representing drivers and station staff called a strike over pay, the company said."],
    "lisbon-metro-strike-2032-11", a="Paul Whitworth", n="transport strike", cats=["Lisbon"],
    cap="A Lisbon metro train at Baixa-Chiado. Photo: Paul Whitworth"),
  E("2032-11-12 08:55", "Ukrainians in the Algarve raise \u20ac60,000 for hospital generators",
    ["Ukrainians living in the Algarve have raised around \u20ac60,000 to buy generators for hospitals in the Zaporizhzhia region, the Association of Ukrainians in the Algarve said.",
     "The first four generators left Albufeira by lorry on Thursday."],
    "aid", "aid", 2, "algarve-ukrainians-hospital-generators-2032-11-12", a="Paul Whitworth", cats=["Algarve", "Ukraine"],
    cap="Volunteers load generators in Albufeira. Photo: Association of Ukrainians in the Algarve"),
  ]))


def r_elpais(S):
    """El País English edition live page, text scrape. Masthead 'EL PAÍS' / 'English', sign-in, section menu, kicker, title,
    standfirst, page byline 'EL PAÍS', dateline 'Madrid - Nov 15, 2032 - 21:40 CET', share links, photo caption with agency credit;
    posts newest first: bare 24-hour time line, headline, paragraphs; a 'More information' box; newsletter line; 'Archived In' tags."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    L = ["EL PAÍS", "English", "Sign in   Subscribe", "",
         "INTERNATIONAL   USA   MEXICO   LATAM   SPAIN   CLIMATE   TECHNOLOGY   SCIENCE   CULTURE   SPORTS   OPINION", "",
         "Russia-Ukraine war", S["title"], S["lede"], "", "EL PAÍS",
         f"Madrid - {MON3[last.month - 1]} {last.day}, {last.year} - {last:%H:%M} {last.tzname()}", "",
         "Share on WhatsApp   Share on Facebook   Share on X   Copy link", "", S["caption"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"])
        if i == 2:
            L += ["More information", S["related"], ""]
    L += ["Newsletter: the week's best stories from EL PAÍS in English, every Friday in your inbox. Sign up", "",
          "Archived In", "Ukraine war   Russia   Ukraine   Volodymyr Zelensky   Europe", "",
          f"© EDICIONES EL PAÍS S.L.   Contact   Legal notice   Cookie policy   Privacy policy"]
    return "\n".join(L) + "\n", stamps


KRYVYI = "kryvyi-rih-missile-strike-2032-11-15"
SEEDS.append(dict(
  id="21307", name="21307_elpaisenglish-live", ext="txt", source="El País English", zone="Europe/Madrid", render=r_elpais,
  title="Russia-Ukraine war, live: Zelensky says Kyiv will take its own ceasefire map to Geneva",
  lede="A Russian missile kills 11 people in Kryvyi Rih | Spain will train 1,500 more Ukrainian soldiers",
  caption="Rescue workers at the damaged apartment block in Kryvyi Rih on Monday. MYKOLA HALUSHKO (AFP)",
  related="Life under rolling blackouts: a winter evening in Kharkiv",
  basis="bare time '{s}' on the post, under the page dateline 'Madrid - Nov 15, 2032 - 21:40 CET' (Spanish peninsular time, CET = UTC+1); local {d} in {z}",
  notes="Imitates an El País English edition live page as copied from a browser. Page byline 'EL PAÍS' and dateline 'Madrid - Nov 15, 2032 - 21:40 CET' (the time of the newest post). Posts newest first: a bare 24-hour time line, the headline, paragraphs; no per-post bylines, so every post takes the page byline 'EL PAÍS' as printed. The standfirst line ('A Russian missile kills 11 people in Kryvyi Rih | Spain will train ...') is a summary, not an entry. 21307-02 and 21307-04 are two updates on the same Kryvyi Rih strike (toll 6, then 11): same story, different text, not duplicates. The 'More information' box after the third post links a related feature. The page shows CET once, in the dateline.",
  not_entries=["masthead 'EL PAÍS' / 'English', 'Sign in   Subscribe'", "section menu", "kicker 'Russia-Ukraine war'", "page title",
               "standfirst summary line", "page byline 'EL PAÍS'", "dateline 'Madrid - Nov 15, 2032 - 21:40 CET'", "share links",
               "lead photo caption with agency credit", "'More information' box and its related link", "newsletter sign-up line ('Newsletter: ... Sign up')",
               "'Archived In' tags", "footer"],
  entries=[
  E("2032-11-15 21:40", "Zelensky says Ukraine will bring its own ceasefire map to Geneva",
    ["President Volodymyr Zelensky said on Monday evening that Ukraine's delegation would present its own map of a possible ceasefire line at the talks in Geneva that begin on Thursday.",
     "\u201cWe will not sign lines on a map that Moscow has drawn for us,\u201d Zelensky said in his nightly video address. He did not say what the Ukrainian map would show."],
    "diplomacy", "diplomacy", 3, "zelensky-ceasefire-map-geneva-2032-11-15", a="EL PAÍS"),
  E("2032-11-15 19:55", "Death toll from missile strike in Kryvyi Rih rises to 11",
    ["Eleven people, two of them children, have now died in the attack on an apartment block in Kryvyi Rih, the head of the city's defence council said on Telegram. Rescue teams are still searching the rubble."],
    "strikes", "strikes", 3, KRYVYI, a="EL PAÍS", n="toll 11"),
  E("2032-11-15 17:30", "Spain to train 1,500 more Ukrainian soldiers in Toledo",
    ["Spain will train another 1,500 Ukrainian soldiers at its base in Toledo during the first half of next year, Defence Minister Margarita Robles said during a visit to the centre.",
     "More than 8,000 Ukrainian troops have been trained in Spain since 2022, according to the ministry."],
    "aid", "aid", 2, "spain-toledo-training-ukrainian-soldiers-2032-11-15", a="EL PAÍS"),
  E("2032-11-15 15:10", "Missile hits apartment block in Kryvyi Rih, killing at least six",
    ["A Russian ballistic missile struck a five-storey apartment block in Kryvyi Rih, President Zelensky's home city, on Monday afternoon, killing at least six people and wounding 27, regional authorities said.",
     "Images released by the emergency services showed that the top three floors of one stairwell had collapsed."],
    "strikes", "strikes", 3, KRYVYI, a="EL PAÍS", n="toll 6"),
  E("2032-11-15 12:45", "Russia claims capture of a village near Kostiantynivka",
    ["Russia's Defence Ministry said its troops had taken the village of Oleksandro-Shultyne, south of Kostiantynivka in the Donetsk region. Ukraine's General Staff did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2032-11-15", a="EL PAÍS"),
  E("2032-11-15 10:20", "Hungary blocks joint EU statement on the Geneva talks",
    ["Hungary has prevented EU foreign ministers meeting in Brussels from adopting a joint statement backing Ukraine's position at the Geneva talks, diplomatic sources told EL PAÍS."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-statement-geneva-2032-11-15", a="EL PAÍS"),
  E("2032-11-15 08:05", "Ukraine says it downed 88 of 104 drones overnight",
    ["Ukraine's air force said it shot down or jammed 88 of the 104 drones Russia launched overnight, most of them aimed at the Odesa and Mykolaiv regions.",
     "Debris damaged a grain terminal in the Odesa region, the regional administration said."],
    "strikes", "strikes", 3, "overnight-drone-attack-2032-11-15", a="EL PAÍS"),
  ]))


def r_cphpost(S):
    """The Copenhagen Post 'News in Digest' article, text scrape. Masthead, tagline, menu; kicker; title; 'by NAME';
    date line 'November 16, 2032 11:49 am'; photo caption with '(photo: ...)'; bold section headings each followed by
    paragraphs; subscription box; related posts; footer. No per-section time."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    assert len({e["t"] for e in S["entries"]}) == 1
    hh = d.hour % 12 or 12
    L = ["THE COPENHAGEN POST", "Danish news in English since 1998", "",
         "News   Business   Culture   Opinion   Events   Jobs   Subscribe   Log in", "",
         "News in Digest", S["title"], f"by {S['byline']}", f"{MONTHS[d.month - 1]} {d.day}, {d.year} {hh}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}", "",
         S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"]] + ptxt(e["p"])
        if i == 2:
            L += ["Subscribe to CPH POST for all the news from Denmark in English: print and digital from 99 kroner a month", ""]
    L += ["Related posts"] + S["related"] + ["", "Share   Tweet   Email", "",
          f"© {d.year} The Copenhagen Post   About us   Advertise   Contact   Privacy policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


CPH_T = "2032-11-16 11:49"
SEEDS.append(dict(
  id="21308", name="21308_cphpost-newsindigest", ext="txt", source="The Copenhagen Post", zone="Europe/Copenhagen", render=r_cphpost,
  title="News in Digest: Frederiksen makes surprise visit to Odesa", byline="Clara Vestergaard",
  caption="Mette Frederiksen is met at the station in Odesa on Tuesday morning (photo: Statsministeriet)",
  related=["Danish model: how Denmark pays Ukrainian arms makers directly", "What the 2033 budget deal means for your wallet", "Copenhagen metro line M5: the route is set"],
  basis="no per-section time: every section takes the article's date line 'November 16, 2032 11:49 am' (no zone printed; Danish time, CET = UTC+1); local {d} in {z}",
  notes="Imitates a Copenhagen Post 'News in Digest' round-up article (text scrape): several short news items under bold headings in one article. Each section is one entry (headline = section heading, stamp null, published = the article's date line 'November 16, 2032 11:49 am', Danish time, 10:49 UTC). The article byline 'by Clara Vestergaard' is used as every section's author. The article title repeats the first section's news in other words; the caption under it is not body. Two off-beat items (airport traffic, bridge toll).",
  not_entries=["masthead 'THE COPENHAGEN POST' and tagline", "menu", "kicker 'News in Digest'", "article title", "byline 'by Clara Vestergaard'",
               "date line 'November 16, 2032 11:49 am'", "photo caption '... (photo: Statsministeriet)'", "subscription box after the third section",
               "'Related posts' and its three links", "share line", "footer"],
  entries=[
  E(CPH_T, "Frederiksen in Odesa",
    ["Prime Minister Mette Frederiksen arrived in Odesa by train on Tuesday morning for talks with President Volodymyr Zelensky on Danish-funded weapons production, her office confirmed.",
     "It is her sixth visit to Ukraine since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "frederiksen-visit-odesa-2032-11-16", a="Clara Vestergaard"),
  E(CPH_T, "Another artillery order through the Danish model",
    ["The Defence Ministry has released 1.9 billion kroner for Ukrainian-made howitzers under the so-called Danish model, in which Denmark pays Ukrainian factories directly.",
     "The money includes contributions from Sweden and Norway, which have joined the scheme."],
    "aid", "aid", 3, "danish-model-howitzer-order-2032-11-16", a="Clara Vestergaard"),
  E(CPH_T, "Tanker detained off Skagen",
    ["The Danish Maritime Authority has detained an oil tanker believed to belong to Russia's shadow fleet after it anchored off Skagen without valid insurance papers.",
     "The ship, registered in Comoros, will be held until its owners can show that it is properly insured, the authority said."],
    "other", "security", 2, "skagen-shadow-fleet-tanker-detained-2032-11-16", a="Clara Vestergaard", sec=["diplomacy"]),
  E(CPH_T, "Two arrested after drone flights over Aalborg air base",
    ["North Jutland Police have arrested two men, aged 24 and 31, on suspicion of flying drones over the military part of Aalborg Airport on Sunday night.",
     "Police would not say whether the men were suspected of working for a foreign state."],
    "other", "security", 2, "aalborg-drone-arrests-2032-11-16", a="Clara Vestergaard"),
  OFF(CPH_T, "Record Christmas expected at Copenhagen Airport",
    ["Copenhagen Airport expects 1.3 million passengers over the Christmas and New Year period, more than ever before."],
    "copenhagen-airport-christmas-record-2032", a="Clara Vestergaard", n="air travel"),
  OFF(CPH_T, "Great Belt toll cut approved",
    ["Parliament has approved a 30 percent cut in the toll for cars crossing the Great Belt Bridge from January."],
    "great-belt-toll-cut-2032-11-16", a="Clara Vestergaard", n="transport policy"),
  ]))


def r_norwaytoday(S):
    """Norway Today WordPress Atom feed (/feed/atom/): times in UTC ('Z'), author name, CDATA title, category terms,
    HTML summary (excerpt) and content (paragraphs plus a closing 'Source:' credit line), thr: reply counts."""
    z = S["zone"]; order_check(S, True); base = "https://norwaytoday.info"
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["title"])}</title>',
           '\t<subtitle type="text">News from Norway in English</subtitle>', '',
           f'\t<updated>{iso(dt(S["entries"][0]["t"], z), True)}</updated>', '',
           f'\t<link rel="alternate" type="text/html" href="{base}" />', f'\t<id>{base}/feed/atom/</id>',
           f'\t<link rel="self" type="application/atom+xml" href="{base}/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="9.4.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, True); stamps.append(st)
        link = f"{base}/{e['cats'][0].lower()}/{slugify(e['h'])}/"
        content = "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"<p>Source: {e['src']} / #Norway Today</p>"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t</author>', '',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />', '',
                f'\t\t<id>{base}/?p={1071230 - i * 19}</id>', f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>']
        out += [f'\t\t<category scheme="{base}" term="{esc(c)}" />' for c in e["cats"]]
        out += [f'\t\t<summary type="html"><![CDATA[{excerpt(e["p"][0], 20)}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[{content}]]></content>',
                f'\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '\t\t<thr:total>0</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21309", name="21309_norwaytoday-atom", ext="xml", source="Norway Today", zone="UTC", render=r_norwaytoday,
  title="Norway Today",
  basis="Atom <published> '{s}' (explicit Z, UTC; Norwegian local time is one hour ahead); local {d} in {z}",
  notes="Imitates the Norway Today WordPress Atom feed (/feed/atom/). Newest first; each entry: author name ('Norway Today' desk credit or a reporter), CDATA title, link, id '?p=NNN', updated/published in UTC with 'Z' (so page_timezone is UTC), category terms, an HTML summary with a truncated excerpt ending '[…]', and content with the paragraphs followed by a 'Source: NTB / #Norway Today' credit line. Body = the content paragraphs without the credit line. Two off-beat items (power prices, avalanche warning).",
  not_entries=["feed title, subtitle, updated, links, id and generator", "category terms", "summary excerpts (truncated copies of the first paragraph)",
               "closing 'Source: ... / #Norway Today' credit line in each content", "reply links and thr:total counts"],
  entries=[
  E("2032-11-18 19:15", "Norway raises Nansen support programme to NOK 95 billion for 2033",
    ["The government and its budget partners have agreed to raise the Nansen support programme for Ukraine to NOK 95 billion next year, Prime Minister Jonas Gahr Støre said on Thursday evening.",
     "Around two thirds of the money will go to military support, including air defence and Norwegian-made ammunition. The rest is for civilian needs such as energy repairs and schools."],
    "aid", "aid", 3, "norway-nansen-programme-2033-2032-11-18", a="Norway Today", cats=["News", "Politics"], src="NTB"),
  E("2032-11-18 16:40", "Russian fishing vessels to be banned from three northern ports",
    ["Norway will close the ports of Tromsø, Båtsfjord and Kirkenes to Russian fishing vessels from 1 January, Foreign Minister Espen Barth Eide announced, citing intelligence that some trawlers had mapped undersea cables.",
     "Russia's embassy in Oslo called the decision hostile and said Moscow would respond."],
    "diplomacy", "diplomacy", 2, "norway-bans-russian-fishing-vessels-ports-2032-11-18", a="Kari Moen Halvorsen", sec=[], cats=["News", "Politics"], src="NTB"),
  OFF("2032-11-18 14:20", "Electricity prices in southern Norway hit winter high",
    ["Power prices in southern Norway reached their highest level this winter on Thursday, as cold weather and low wind cut supply across northern Europe."],
    "norway-power-prices-winter-high-2032-11-18", a="Norway Today", n="energy prices", cats=["Economy"], src="NTB"),
  E("2032-11-18 12:05", "Kongsberg to assemble NASAMS missiles in Ukraine",
    ["Kongsberg Defence & Aerospace has signed an agreement with a Ukrainian state manufacturer to assemble missiles for the NASAMS air defence system in Ukraine, the company said.",
     "Production is to start in the second half of next year and will be financed through the Nansen programme."],
    "aid", "aid", 2, "kongsberg-nasams-missiles-ukraine-assembly-2032-11-18", a="Kari Moen Halvorsen", cats=["Business", "News"], src="NTB"),
  OFF("2032-11-18 09:50", "Avalanche warning raised to level 4 in Troms",
    ["The Norwegian Water Resources and Energy Directorate has raised the avalanche danger to level 4 of 5 in the Lyngen Alps after heavy snowfall overnight."],
    "troms-avalanche-warning-2032-11-18", a="Norway Today", n="weather", cats=["News"], src="NTB"),
  E("2032-11-18 08:15", "GPS jamming from Russia disrupted 60 flights in Finnmark in October",
    ["Interference with satellite navigation signals from the Russian side of the border affected at least 60 flights to and from airports in Finnmark in October, the Norwegian Communications Authority said."],
    "other", "security", 2, "finnmark-gps-jamming-october-2032-11-18", a="Norway Today", cats=["News"], src="NTB"),
  E("2032-11-18 06:30", "Municipalities asked to settle 9,000 refugees next year",
    ["The Directorate of Integration and Diversity has asked Norwegian municipalities to settle 9,000 refugees next year, most of them from Ukraine.",
     "That is about a third fewer than this year."],
    "other", "humanitarian", 2, "norway-refugee-settlement-target-2033-2032-11-18", a="Kari Moen Halvorsen", cats=["News", "Society"], src="NTB"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: 'Key Points' bullets naming post headlines; each post: '21:10 GMT' line, headline,
    paragraphs, 'Reporting by NAME'; a video teaser prints '[Video] 1:48' instead of text; newsletter promo after post 4."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Culture | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += (ptxt(e["p"]) if e["p"] else ["[Video] 1:48", ""]) + ([f"Reporting by {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += [f"Sign up to the Herald's Ukraine briefing, sent every weekday at 7am", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']} {S['dateline'][-4:]} | About | Contact | Complaints | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; a pinned 'What we know so far'
    box of bullet facts; posts: <time datetime> '08:50', h2, paragraphs, signature '\u2014 NAME'; related box after post 3."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": iso(d), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and its partners use cookies. <button>Accept</button> <button>Reject</button></div>',
           f'<header><a href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Analysis</a> <a>Podcasts</a> <a>Subscribe</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           '<div class="pinned"><h3>What we know so far</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["pinned"]) + '</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Related</h3><a href="/analysis/{slugify(S["related"])}">{esc(S["related"])}</a></aside>')
    out += ['<p class="end">This live blog has ended. Follow our coverage tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset (or 'GMT' when S['gmt']); optional dc:creator;
    description as entity-escaped HTML paragraphs (no CDATA)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<atom:link href="{S["url"]}/rss/{S.get("feedname", "world")}.xml" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); optional author;
    content type xhtml (S['xhtml']) or escaped html."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z), True)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, True); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:/{slugify(e["h"])[:40]}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S.get("xhtml"):
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-11-23 (UTC), day 2 = 2032-11-24, day 3 = 2032-11-29.
DNIPRO = "dnipro-missile-strike-2032-11-23"
NATO = "nato-interceptor-pledges-2032-11-23"
EXPL1 = "explainer-ballistic-missile-warning-times-dnipro"
EXPL1_H = "Explainer: Why Dnipro gets so little warning of ballistic missiles"
EXPL1_P = ["Tuesday's strike on Dnipro came less than three minutes after the first air-raid alert, and that is not unusual for the city.",
           "Dnipro lies roughly 200 kilometres from the nearest Russian launch areas in the occupied south and east. A ballistic missile such as the Iskander-M covers that distance in under four minutes, and the alert can only sound once the launch has been detected.",
           "Only a few systems, chiefly Patriot and SAMP/T, can intercept such missiles, and Ukraine has too few of them to protect every large city at once. Officials have repeatedly asked allies to station one more battery near Dnipro."]

SEEDS.append(dict(
  id="21320", name="21320_brackenhythe-textlive", ext="txt", source="Brackenhythe Herald", zone="Europe/London", render=r_textlive_kp,
  title="Russia-Ukraine war live: Dnipro death toll climbs to 11 after missile strike", dateline="Tuesday 23 November 2032",
  lede="Ballistic missiles hit central Dnipro in the morning rush hour; Nato ministers promise 1,200 more interceptors; a glide bomb kills a woman in Sumy.",
  basis="stamp '{s}' (GMT printed; UK time in November = UTC) under the dateline 'Tuesday 23 November 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: 'HH:MM GMT' line, headline, paragraphs, 'Reporting by NAME'. 21320-02 is a 'Watch:' teaser whose only content is the video-player line '[Video] 1:48'. 21320-03 is a theme piece (explainer on warning times for ballistic missiles) that mentions the Dnipro strike but is its own story; it is re-posted verbatim on day 2 by 21331. Spelling 'Nato'.",
  not_entries=["masthead and menu", "'LIVE' label", "page title", "dateline 'Tuesday 23 November 2032'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest updates' label", "'Reporting by NAME' lines (author, not body)",
               "video-player line '[Video] 1:48' in the teaser", "newsletter promo after the fourth post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2032-11-23 21:10", "Dnipro death toll climbs to 11",
    ["Eleven people are now known to have died in this morning's missile strike on Dnipro, the head of the regional military administration said, and 46 were injured.",
     "Rescuers finished clearing the collapsed section of the office building shortly after dark. Wednesday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, DNIPRO, a="Imogen Radley", kp=True, n="toll 11 dead, 46 injured"),
  E("2032-11-23 19:30", "Watch: Rescuers search the collapsed office block in Dnipro", [],
    "strikes", "strikes", 1, DNIPRO, n="video teaser without body"),
  E("2032-11-23 17:45", EXPL1_H, EXPL1_P, "strikes", "strikes", 2, EXPL1, a="Owen Fairlie",
    n="theme piece (explainer on ballistic-missile warning times, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2032-11-23 15:20", "Nato ministers pledge more interceptors for Ukraine",
    ["Nato defence ministers meeting in Brussels pledged to deliver at least 1,200 air defence interceptors to Ukraine before the end of March, Secretary General Mark Rutte said.",
     "Rutte said about a third of the missiles would come from new production contracts signed this autumn. He did not give a breakdown by country."],
    "aid", "aid", 3, NATO, a="Imogen Radley", kp=True, sec=["diplomacy"], n="same aid theme as Japan's generators (21321-04) and the German budget line (21323-02), different events: must not merge"),
  E("2032-11-23 12:40", "Glide bomb kills woman in Sumy",
    ["A 64-year-old woman was killed when a Russian guided aerial bomb hit a street of private houses in Sumy around midday, the regional administration said."],
    "strikes", "strikes", 3, "sumy-glide-bomb-2032-11-23", a="Owen Fairlie",
    n="another deadly strike on the same day; must not merge with the Dnipro strike"),
  E("2032-11-23 10:05", "Ukraine says it held off assaults near Siversk",
    ["Ukrainian troops repelled 11 Russian assaults near Siversk in the Donetsk region over the past day, the General Staff said in its morning update."],
    "other", "frontline", 2, "siversk-assaults-repelled-2032-11-23", a="Imogen Radley"),
  E("2032-11-23 06:40", "Russian missiles hit central Dnipro",
    ["At least three people were killed when Russian missiles struck the centre of Dnipro shortly before 8am local time, the city's mayor said.",
     "An office building and a trolleybus depot were hit. Ukraine's air force said the missiles were fired from occupied Crimea."],
    "strikes", "strikes", 3, DNIPRO, a="Owen Fairlie", n="toll 3"),
  ]))

JAPAN_P = ["Japan has delivered 400 industrial generators to hospitals and water utilities in eastern Ukraine, its embassy in Kyiv said, the latest shipment under a grant agreed in the summer.",
           "The embassy said a further 250 generators would arrive before the end of December."]
SEEDS.append(dict(
  id="21321", name="21321_gorsemouth-htmllive", ext="html", source="Gorsemouth Tribune", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Ukraine live: missile strike on Dnipro, Nato air defence pledges", url="https://gorsemouth-tribune.example/live/ukraine-2032-11-23",
  dateline="Tuesday, 23 November 2032 \u00b7 all times Kyiv",
  pinned=["Missiles hit an office building and a trolleybus depot in central Dnipro", "Allied defence ministers are meeting in Brussels",
          "Drones struck a rail depot in Pavlohrad overnight"],
  related="Dnipro, the city that became Ukraine's rear hospital",
  basis="visible '<time>' '{s}' (Kyiv time per the dateline 'all times Kyiv'; EET = UTC+2), matching the update's datePublished in the JSON-LD; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00). A pinned 'What we know so far' box (three bullet facts) sits above the posts and is not an entry. Posts: <time> with 24-hour Kyiv time, h2 headline, paragraphs, signature '\u2014 NAME'. 21321-06 re-publishes 21321-04 (Japan's generators) nearly verbatim two hours later: duplicate_of 21321-04. Zelensky's reaction (21321-07) gives the new toll and is about the attack itself, so it shares the strike's story. 21321-02 (Pavlohrad rail depot, same Dnipropetrovsk region, night drone attack, no deaths) must not merge with the Dnipro city missile strike.",
  not_entries=["cookie banner", "header and menu", "page title", "dateline 'Tuesday, 23 November 2032 \u00b7 all times Kyiv'",
               "pinned box 'What we know so far' and its three bullets", "signature lines '\u2014 NAME'", "share/copy-link tools under each post",
               "related box 'Dnipro, the city that became Ukraine's rear hospital'", "closing line 'This live blog has ended...'", "footer"],
  entries=[
  E("2032-11-23 08:50", "Missiles strike Dnipro during morning rush hour",
    ["Two ballistic missiles hit the centre of Dnipro at 07:52, damaging an office building and a trolleybus depot, the regional military administration said. Four people were killed.",
     "Several floors of the office building collapsed. Emergency services said people were trapped under the rubble."],
    "strikes", "strikes", 3, DNIPRO, a="Taras Hlib", n="toll 4"),
  E("2032-11-23 09:40", "Drones hit rail depot in Pavlohrad",
    ["Russian drones struck a railway depot in Pavlohrad, about 70 kilometres east of Dnipro, during the night, injuring four workers, the state railway company said.",
     "Trains on the line to the Donbas were delayed by up to three hours."],
    "strikes", "strikes", 2, "pavlohrad-rail-depot-drone-attack-2032-11-23", a="Taras Hlib",
    n="same Dnipropetrovsk region, other event (night drone attack, no deaths): must not merge with the Dnipro missile strike"),
  E("2032-11-23 11:30", "Dnipro toll rises to six",
    ["Six people are now confirmed dead in Dnipro and 30 have been taken to hospital, the city's mayor said. Three of the injured are in a serious condition."],
    "strikes", "strikes", 3, DNIPRO, a="Maren Ostby", n="toll 6"),
  E("2032-11-23 13:05", "Japan sends 400 generators to Ukrainian hospitals", JAPAN_P,
    "aid", "aid", 2, "japan-generators-hospitals-2032-11-23", a="Maren Ostby",
    n="same aid theme as the Nato interceptor pledges, different event: must not merge"),
  E("2032-11-23 15:50", "Allies promise 1,200 interceptors by March",
    ["Defence ministers from Nato countries have committed to supplying Ukraine with 1,200 air defence interceptors by the end of March, Mark Rutte told reporters in Brussels.",
     "Ukraine's defence minister said the pledge would cover most of the shortfall expected over the winter."],
    "aid", "aid", 3, NATO, a="Maren Ostby", sec=["diplomacy"]),
  E("2032-11-23 17:10", "Japan sends 400 generators to Ukrainian hospitals",
    ["Japan has delivered 400 industrial generators to hospitals and water utilities in eastern Ukraine, its embassy in Kyiv said, the latest shipment under a grant agreed in the summer."],
    "aid", "aid", 1, "japan-generators-hospitals-2032-11-23", a="Maren Ostby", dup="21321-04", n="near-verbatim repeat of 21321-04 (first paragraph only)"),
  E("2032-11-23 19:25", "Zelensky: Dnipro shows why air defence cannot wait",
    ["President Volodymyr Zelensky said the strike on Dnipro, in which nine people have now died, showed that allied promises of air defence had to be delivered within weeks, not months.",
     "\u201cEvery missile that is not intercepted is a funeral,\u201d he said in a video address."],
    "strikes", "strikes", 3, DNIPRO, a="Taras Hlib", sec=["aid"], n="reaction whose content is the attack (toll 9): same story as the strike"),
  ]))

SEEDS.append(dict(
  id="21322", name="21322_gannetcliff-worldrss", ext="xml", source="Gannetcliff World Service", zone="Asia/Singapore", render=r_rss,
  title="Gannetcliff World Service - World", url="https://gannetcliff.example", feedname="world",
  lede="Top world stories from the Gannetcliff World Service newsroom in Singapore",
  basis="RSS pubDate '{s}' (explicit +0800, Singapore time); UTC {u}; local {d} in {z}",
  notes="Invented outlet. General world RSS feed from Singapore: pubDate with +0800, so the two newest items carry 24 November local dates but fall on 23 November UTC. Four of six items are off-beat (typhoon, central bank, stocks, ferry); the war appears in two items. Spelling 'Dnepr'. Descriptions are entity-escaped HTML paragraphs.",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2032-11-24 06:30", "Typhoon forces evacuation of 200,000 people in central Vietnam",
    ["Authorities in central Vietnam moved more than 200,000 people to shelters as Typhoon Linfa approached the coast with winds of up to 150 kilometres an hour."],
    "typhoon-linfa-vietnam-2032-11-23", a="Nguyen Thao", n="weather disaster", cat="Asia"),
  E("2032-11-24 02:15", "Russian missile strike on Ukraine's Dnepr kills at least nine",
    ["At least nine people were killed when Russian missiles hit the centre of the Ukrainian city of Dnepr on Tuesday morning, local officials said.",
     "The city, which Ukrainians call Dnipro, is a major logistics hub for the front lines in the east."],
    "strikes", "strikes", 3, DNIPRO, a="Aaron Leow", n="spelling 'Dnepr'; toll 9", cat="Europe"),
  OFF("2032-11-23 23:40", "Bank Indonesia holds rates as rupiah steadies",
    ["Indonesia's central bank kept its benchmark rate at 5.25 percent, saying the rupiah had stabilised after a sell-off in October."],
    "bank-indonesia-rates-2032-11-23", n="monetary policy", cat="Business"),
  E("2032-11-23 21:05", "NATO allies promise Ukraine 1,200 air defence missiles",
    ["NATO defence ministers pledged on Tuesday to send Ukraine at least 1,200 air defence interceptors by March, as Russia steps up missile attacks on Ukrainian cities."],
    "aid", "aid", 3, NATO, a="Aaron Leow", sec=["diplomacy"], cat="Europe"),
  OFF("2032-11-23 17:50", "Tokyo stocks close at record high",
    ["Japan's Nikkei 225 index closed at a record high, led by chipmakers and trading houses."],
    "nikkei-record-close-2032-11-23", n="markets", cat="Business"),
  OFF("2032-11-23 12:20", "Ferry runs aground off Philippine island, all passengers rescued",
    ["A passenger ferry carrying 312 people ran aground off Romblon island in the central Philippines, and all on board were brought ashore by the coast guard."],
    "philippine-ferry-aground-2032-11-23", a="Nguyen Thao", n="maritime accident", cat="Asia"),
  ]))

SEEDS.append(dict(
  id="21323", name="21323_glenquarry-atom", ext="xml", source="Glenquarry Review", zone="Europe/Berlin", render=r_atom, xhtml=True,
  title="Glenquarry Review \u2013 Ukraine", url="https://glenquarry-review.example",
  lede="Reporting and analysis on the war in Ukraine from our Berlin newsroom",
  basis="Atom <published> '{s}' (explicit +01:00, CET); local {d} in {z}",
  notes="Invented outlet (Berlin). Atom feed, newest first, +01:00 offsets, author per entry, xhtml content. The German budget line for Ukraine (21323-02) is a different event from the Nato interceptor pledges (21323-03): must not merge. Dnipro toll 4 in the morning, 11 at night.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2032-11-23 22:40", "Dnipro mourns eleven dead after missile strike",
    ["The death toll from Tuesday's Russian missile strike on Dnipro has risen to eleven, the regional administration said late in the evening. The city has declared Wednesday a day of mourning.",
     "Among the dead are two employees of the trolleybus depot that was hit alongside an office building."],
    "strikes", "strikes", 3, DNIPRO, a="Friederike Lahm", n="toll 11"),
  E("2032-11-23 18:20", "Bundestag budget committee approves \u20ac8.5 billion for Ukraine in 2033",
    ["The Bundestag's budget committee has approved \u20ac8.5 billion in military support for Ukraine for next year, half a billion more than the government had planned.",
     "The money will mostly go to air defence, artillery ammunition and drones."],
    "aid", "aid", 3, "germany-2033-ukraine-budget-line-2032-11-23", a="Jonas Brettschneider",
    n="same aid theme as the Nato interceptor pledges, different event: must not merge"),
  E("2032-11-23 14:30", "Interceptor pledges: Nato meeting ends with promise of 1,200 missiles",
    ["Nato's defence ministers ended their meeting in Brussels with a promise to deliver 1,200 interceptors to Ukraine before spring. Germany's share was not disclosed."],
    "aid", "aid", 3, NATO, a="Jonas Brettschneider", sec=["diplomacy"]),
  E("2032-11-23 11:15", "Moldova expels Russian diplomat over Transnistria leaflets",
    ["Moldova has ordered a Russian diplomat to leave the country within 72 hours, accusing him of financing leaflets urging residents of Transnistria to reject the Moldovan authorities."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2032-11-23", a="Friederike Lahm"),
  E("2032-11-23 08:05", "Missile attack on Dnipro: at least four killed",
    ["Russian missiles struck the centre of the Ukrainian city of Dnipro on Tuesday morning, killing at least four people, according to the regional administration."],
    "strikes", "strikes", 3, DNIPRO, a="Friederike Lahm", n="toll 4"),
  ]))


def us_clock(d):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def r_htmllive_et(S):
    """US-style HTML live blog, newest first, no JSON-LD; day headings 'Wednesday, November 24, 2032'; each post: '1:35 p.m. ET',
    h3 headline, 'By NAME', paragraphs; a photo gallery post shows only '[Gallery: 9 photos]'; related box after post 4."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="privacy">We use cookies and similar tools. <a>Do Not Sell or Share My Personal Information</a> <button>OK</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Live</a></nav>'
           '<a class="sub">Subscribe for $1</a></header>',
           f'<main><p class="label">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    stamps = []; day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != day:
            day = d.date()
            out.append(f'<h2 class="day">{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}</h2>')
        st = f"{us_clock(d)} ET"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery">[Gallery: 9 photos]</div>']
        out.append('</div>')
        if i == 3:
            out.append(f'<aside class="related"><h4>More coverage</h4><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="more"><a>See earlier updates</a></p></main>',
            f'<footer>\u00a9 {dt(S["entries"][0]["t"], z).year} {esc(S["source"])} \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_trailing(S):
    """text live blog, oldest first; each post: optional partner label, headline, paragraphs, then a trailing stamp line
    'NAME \u00b7 24 Nov 2032 09:45 CET'; an advert marker after post 3."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Home \u00b7 Poland \u00b7 Europe \u00b7 World \u00b7 Business \u00b7 Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year} {d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"From our partners at {e['partner']}"]
        L += [e["h"], ""] + ptxt(e["p"]) + [(f"{e['a']} \u00b7 " if e["a"] else "") + st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["End of today's live coverage.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


KHARKIV = "kharkiv-school-missile-strike-2032-11-24"
PSW = "uae-mediated-prisoner-exchange-2032-11-24"
SEEDS.append(dict(
  id="21330", name="21330_juniperholt-etlive", ext="html", source="Juniperholt Post", zone="America/New_York", render=r_htmllive_et,
  title="Russia-Ukraine War: Missile Hits Kharkiv School; Prisoners Swapped", tznote="All times Eastern.",
  lede="A Russian missile struck a school in Ukraine's second-largest city as the two countries exchanged hundreds of prisoners of war.",
  related="How Ukraine's schools learned to teach underground",
  basis="post time '{s}' (US Eastern, EST = UTC-5 in November, per the page note 'All times Eastern.') under the day heading above it; UTC {u}; local {d} in {z}",
  notes="Invented outlet (US). HTML live blog without JSON-LD, newest first, times printed as '1:35 p.m. ET' under day headings 'Wednesday, November 24, 2032' and 'Tuesday, November 23, 2032'. The two oldest posts are on Tuesday evening Eastern time but already on 24 November in UTC (00:15 and 03:50 UTC). 21330-03 is a 'Photos:' gallery post without text (teaser). 21330-02 is a theme piece (analysis of Kharkiv's air defence) that mentions the school strike but is its own story. 21330-06 continues the day-1 Dnipro story (search ended, toll 13).",
  not_entries=["privacy banner", "header, menu and subscription link", "'LIVE UPDATES' label", "page title", "dek (standfirst)", "'All times Eastern.' note",
               "day headings 'Wednesday, November 24, 2032' / 'Tuesday, November 23, 2032'", "'By NAME' lines", "gallery placeholder '[Gallery: 9 photos]'",
               "'More coverage' box and its link", "'See earlier updates'", "footer"],
  entries=[
  E("2032-11-24 13:35", "Kharkiv toll rises to seven, including two teachers",
    ["Seven people, two of them teachers, are now known to have been killed by the Russian missile that struck a school in Kharkiv on Wednesday morning, the city's mayor said.",
     "Officials said pupils had been moved to the basement shelter minutes before the impact, which is why no children were among the dead."],
    "strikes", "strikes", 3, KHARKIV, a="Dana Whitcombe", n="toll 7"),
  E("2032-11-24 11:10", "Analysis: Why Kharkiv's skies are so hard to defend",
    ["Kharkiv sits about 30 kilometers from the Russian border, closer than any other Ukrainian city of its size.",
     "That means S-300 and Iskander missiles launched from the Belgorod region can reach it in about a minute, and glide bombs released by Russian jets still inside Russia can fall on its outskirts.",
     "Western officials say the only lasting answer is to push the launch sites back, either by striking them or by moving air defenses closer to the border. Both options carry risks."],
    "strikes", "strikes", 2, "analysis-kharkiv-air-defence-2032-11-24", a="Luis Ferrante",
    n="theme piece (analysis of why Kharkiv is hard to defend); mentions the school strike but must not merge with it"),
  E("2032-11-24 08:45", "Photos: Inside the damaged school in Kharkiv", [],
    "strikes", "strikes", 1, KHARKIV, n="gallery teaser without text"),
  E("2032-11-24 06:20", "Ukraine and Russia swap 250 prisoners each",
    ["Ukraine and Russia exchanged 250 prisoners of war each on Wednesday in a swap brokered by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said.",
     "Among those returning were 18 National Guard soldiers who had been held for more than three years."],
    "diplomacy", "diplomacy", 3, PSW, a="Priya Raman"),
  E("2032-11-24 03:05", "Russian missile hits school in Kharkiv, killing three",
    ["A Russian missile struck a school in Kharkiv's Saltivskyi district on Wednesday morning, killing three adults and wounding 14, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHARKIV, a="Dana Whitcombe", n="toll 3"),
  E("2032-11-23 22:50", "Dnipro search ends; toll stands at 13",
    ["Rescue workers in Dnipro have ended their search of the collapsed office building, Ukraine's State Emergency Service said, putting the final death toll from Tuesday's missile strike at 13."],
    "strikes", "strikes", 3, DNIPRO, a="Priya Raman", n="continuation of the day-1 Dnipro story: search over, toll 13"),
  E("2032-11-23 19:15", "White House says it is studying Kyiv's latest request for Patriot missiles",
    ["The White House said on Tuesday evening that it was studying a request from Kyiv for additional Patriot interceptors, but made no commitment.",
     "A spokesperson said any decision would depend on U.S. stockpiles and on deliveries already promised to other partners."],
    "aid", "aid", 2, "white-house-patriot-request-2032-11-23", a="Luis Ferrante"),
  ]))

SEEDS.append(dict(
  id="21331", name="21331_marramby-textlive", ext="txt", source="Marramby Courier", zone="Europe/Warsaw", render=r_textlive_trailing,
  title="Live: Russia's war in Ukraine", dateline="Wednesday, 24 November 2032",
  lede="A missile hits a school in Kharkiv; Dnipro buries its dead; Poland sends more armoured vehicles.",
  basis="trailing stamp '{s}' (date, 24-hour time and CET printed; CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (Warsaw). Text live blog, oldest first; each post ends with a stamp line 'NAME \u00b7 24 Nov 2032 09:45 CET' (stamp after the body; the name is the author). 21331-01 re-posts day 1's explainer 21320-03 verbatim under the label 'From our partners at Brackenhythe Herald' (re-post of a day-1 entry: importance 1, same story slug; duplicate_of null because duplicate_of is defined within a seed). 21331-06 repeats 21331-04 word for word (stale toll of five): duplicate_of 21331-04. 21331-03 (deadly shelling of Kupiansk, same Kharkiv region) must not merge with the Kharkiv city school strike.",
  not_entries=["masthead and menu", "page title and dateline", "standfirst", "partner label 'From our partners at Brackenhythe Herald'",
               "trailing stamp lines 'NAME \u00b7 DD Mon YYYY HH:MM CET'", "'ADVERTISEMENT' marker", "closing line 'End of today's live coverage.'", "footer"],
  entries=[
  E("2032-11-24 08:30", EXPL1_H, EXPL1_P, "strikes", "strikes", 1, EXPL1, a="Owen Fairlie", partner="Brackenhythe Herald",
    n="re-post of day-1 entry 21320-03 (same headline and text), published again under a partner label: importance 1"),
  E("2032-11-24 09:50", "Missile hits Kharkiv school, three dead",
    ["A Russian missile hit a school in Kharkiv on Wednesday morning, killing three members of staff, Ukrainian officials said.",
     "The pupils were in the shelter when the missile struck, according to the regional governor."],
    "strikes", "strikes", 3, KHARKIV, a="Ines Kowal", n="toll 3"),
  E("2032-11-24 11:15", "Shelling kills man in Kupiansk",
    ["A 58-year-old man was killed by Russian artillery fire in Kupiansk, in the east of the Kharkiv region, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "kupiansk-shelling-2032-11-24", a="Piotr Zaremba",
    n="same Kharkiv region, other event (artillery on Kupiansk): must not merge with the Kharkiv school strike"),
  E("2032-11-24 12:40", "Kharkiv: five dead, mayor says",
    ["The number of people killed in the missile strike on a Kharkiv school has risen to five, Mayor Ihor Terekhov said on Telegram."],
    "strikes", "strikes", 3, KHARKIV, a="Ines Kowal", n="toll 5"),
  E("2032-11-24 14:05", "Poland to send 40 more Rosomak carriers to Ukraine",
    ["Poland will deliver 40 more Rosomak armoured personnel carriers to Ukraine early next year, the Defence Ministry in Warsaw said.",
     "The vehicles will be paid for partly from EU funds."],
    "aid", "aid", 2, "poland-rosomak-carriers-2032-11-24", a="Piotr Zaremba"),
  E("2032-11-24 15:30", "Kharkiv: five dead, mayor says",
    ["The number of people killed in the missile strike on a Kharkiv school has risen to five, Mayor Ihor Terekhov said on Telegram."],
    "strikes", "strikes", 1, KHARKIV, a="Ines Kowal", dup="21331-04", n="verbatim repeat of 21331-04 (stale toll)"),
  E("2032-11-24 18:20", "Dnipro buries its dead",
    ["The first funerals of the victims of Tuesday's missile strike on Dnipro were held on Wednesday as the city observed a day of mourning. The final toll stands at 13."],
    "strikes", "strikes", 3, DNIPRO, a="Piotr Zaremba", n="continuation of the day-1 Dnipro story"),
  ]))

SEEDS.append(dict(
  id="21332", name="21332_tidebury-worldatom", ext="xml", source="Tidebury Examiner", zone="UTC", render=r_atom,
  title="Tidebury Examiner: World", url="https://tidebury-examiner.example",
  lede="World news from the Tidebury Examiner",
  basis="Atom <published> '{s}' (explicit Z, UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, UTC ('Z'), escaped-HTML content. Four of six entries are off-beat (copper, snowstorm, rand, earthquake). Spelling 'Kharkov' (with the Ukrainian name given in the text).",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2032-11-24 21:30", "Chile's copper output falls for a fourth month",
    ["Copper production in Chile fell 3.1 percent in October from a year earlier, the fourth monthly decline in a row, the national statistics institute said."],
    "chile-copper-output-2032-11-24", a="Marcela Ibáñez", n="commodities"),
  E("2032-11-24 19:05", "Missile attack on Kharkov school kills seven",
    ["A Russian missile attack on a school in Kharkov, Ukraine's second-largest city, killed seven adults on Wednesday, Ukrainian officials said. The city is known in Ukrainian as Kharkiv.",
     "No children were hurt because classes had moved to a basement shelter when the air-raid alert sounded."],
    "strikes", "strikes", 3, KHARKIV, n="spelling 'Kharkov'; toll 7"),
  OFF("2032-11-24 16:45", "Snowstorm closes highways across the US Midwest",
    ["A snowstorm closed stretches of interstate highway in Iowa, Minnesota and Wisconsin and grounded hundreds of flights in Chicago."],
    "us-midwest-snowstorm-2032-11-24", n="weather"),
  E("2032-11-24 13:20", "Russia and Ukraine trade 500 prisoners in UAE-brokered swap",
    ["Russia and Ukraine exchanged a total of 500 prisoners of war on Wednesday, 250 from each side, after mediation by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, PSW, a="Marcela Ibáñez"),
  OFF("2032-11-24 10:00", "South African rand climbs to two-year high",
    ["South Africa's rand rose to its strongest level against the dollar in two years after the central bank signalled that rates would stay on hold."],
    "south-african-rand-high-2032-11-24", n="currency markets"),
  OFF("2032-11-24 06:40", "Magnitude 6.1 earthquake shakes northern Japan",
    ["An earthquake of magnitude 6.1 struck off the coast of Aomori prefecture, briefly halting bullet trains. No tsunami warning was issued."],
    "aomori-earthquake-2032-11-24", n="earthquake"),
  ]))

SEEDS.append(dict(
  id="21333", name="21333_culverdale-rss", ext="xml", source="Culverdale Herald", zone="Europe/Kyiv", render=r_rss,
  title="Culverdale Herald \u2014 Ukraine", url="https://culverdale-herald.example", feedname="ukraine",
  lede="The latest from our correspondents in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0200, Kyiv time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed, newest first, pubDate with +0200, dc:creator. 21333-01 (Ukrainian drones on a Belgorod substation, no casualties) is the same strike theme seen from the other side and must not merge with the Kharkiv school strike. 21333-03 continues the day-1 Dnipro story (Zelensky at the site, toll 13).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  E("2032-11-24 23:10", "Belgorod governor says Ukrainian drones hit power substation",
    ["Ukrainian drones damaged an electricity substation near Belgorod, cutting power to about 20,000 households, the Russian region's governor said. No one was hurt."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2032-11-24", a="Oksana Dyryk",
    n="same strike theme, other side and other event: must not merge with the Kharkiv school strike", cat="Ukraine"),
  E("2032-11-24 20:25", "Kharkiv mourns seven killed at school",
    ["Kharkiv will hold a day of mourning on Thursday for the seven people killed when a Russian missile hit a school in the Saltivka district, the mayor said."],
    "strikes", "strikes", 3, KHARKIV, a="Oksana Dyryk", n="toll 7", cat="Ukraine"),
  E("2032-11-24 17:00", "Zelensky visits site of Dnipro strike",
    ["President Volodymyr Zelensky visited the office building in Dnipro destroyed by Tuesday's missile strike and laid flowers for the 13 people killed.",
     "He met rescue workers and the families of two of the victims."],
    "strikes", "strikes", 3, DNIPRO, a="Hnat Bilous", n="continuation of the day-1 Dnipro story (visit to the strike site, toll 13)", cat="Ukraine"),
  E("2032-11-24 12:30", "Prisoner exchange: 250 Ukrainians come home",
    ["Two hundred and fifty Ukrainian prisoners of war crossed back into Ukraine from Belarus on Wednesday in an exchange mediated by the UAE, in return for the same number of Russian soldiers."],
    "diplomacy", "diplomacy", 3, PSW, a="Hnat Bilous", cat="Ukraine"),
  E("2032-11-24 09:15", "Parliament extends martial law for another 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for a further 90 days, until late February."],
    "other", "politics", 2, "martial-law-extension-2032-11-24", a="Hnat Bilous", cat="Ukraine"),
  ]))


def r_textlive_dot(S):
    """text live blog, newest first; title, date line with year, page byline 'By A and B'; each post: bare '21.50' line
    (dot separator, no zone), headline, paragraphs; a video teaser prints '(Video, 0:58)'; 'Read more' link after post 2."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "World   UK   Politics   Business   Opinion   Sport   Culture", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["(Video, 0:58)", ""])
        if i == 1:
            L += [f"Read more: {S['related']}", ""]
    L += ["Show more updates", "", f"\u00a9 {S['source']} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_article_sections(S):
    """HTML article with h2 sections (one short news item each); NewsArticle JSON-LD with datePublished; byline and a
    date line '29 November 2032 \u00b7 16:20 CET'; no per-section times; newsletter box; related links."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    assert len({e["t"] for e in S["entries"]}) == 1
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d), "dateModified": iso(d),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a><nav><a>Central Europe</a> <a>Ukraine</a> <a>EU</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           '<main><article>', f'<p class="kicker">{esc(S["kicker"])}</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{d.day} {MONTHS[d.month - 1]} {d.year} \u00b7 {d:%H:%M} {d.tzname()}</p>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</article>', '<aside class="newsletter"><h3>The Ukraine brief</h3><p>Our evening summary of the war, every weekday.</p><button>Sign up</button></aside>',
            '<aside class="related"><h3>Related</h3>' + "".join(f'<a>{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_graphlive(S):
    """HTML live blog, oldest first; Yoast-style JSON-LD @graph whose main node has @type ['NewsArticle', 'LiveBlogPosting']
    and per-update datePublished; visible date heading 'Monday, 29 November 2032' and a bare '08:10' span per post (no
    datetime attribute); 'NAME, CITY' credit line under each post."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z)), "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="logo">{esc(S["source"])}</span><nav><a>Baltics</a> <a>Europe</a> <a>Ukraine</a> <a>Defence</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', f'<h2 class="date">{long_date(first).replace(", 0", ", ")}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="credit">{esc(e["a"])}, {esc(e["city"])}</p></div>')
        if i == 2:
            out.append('<div class="promo">Listen: our weekly Baltic security podcast, out every Friday</div>')
    out += ['<p class="end">Updates for today have ended.</p></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


KROP = "kropyvnytskyi-missile-strike-2032-11-29"
EULOAN = "eu-reparations-loan-tranche-2032-11-29"
GENEVA = "geneva-talks-second-round-2032-11-29"
SEEDS.append(dict(
  id="21340", name="21340_foxcote-worldrss", ext="xml", source="Foxcote World Service", zone="UTC", render=r_rss, gmt=True,
  title="Foxcote World Service | Top stories", url="https://foxcote-world.example", feedname="top",
  lede="The main stories around the world, updated through the day",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed with GMT pubDates. Four of six items are off-beat (Brazilian pensions, Alpine snow, Indian space mission, oil). Spelling 'Kropivnitsky' (Ukrainian name given in the text).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2032-11-29 22:15", "Brazil's Senate approves pension overhaul",
    ["Brazil's Senate approved changes to the public pension system that raise the minimum retirement age for civil servants, sending the bill to the president."],
    "brazil-pension-overhaul-2032-11-29", n="politics abroad", cat="Americas"),
  E("2032-11-29 19:40", "Missile strike on Ukraine's Kropivnitsky kills six",
    ["A Russian missile strike on the central Ukrainian city of Kropivnitsky killed six people on Monday, regional officials said. The city's Ukrainian name is Kropyvnytskyi.",
     "It was the deadliest attack on the city this year."],
    "strikes", "strikes", 3, KROP, a="Rohan Castell", n="spelling 'Kropivnitsky'; toll 6", cat="Europe"),
  OFF("2032-11-29 16:05", "Heavy snow halts trains across the Alps",
    ["Rail services between Switzerland and Italy were suspended after up to 80 centimetres of snow fell in 24 hours, and several Alpine passes were closed."],
    "alps-snow-rail-2032-11-29", n="weather", cat="Europe"),
  OFF("2032-11-29 12:50", "India launches lunar sample-return mission",
    ["India's space agency launched a mission to collect rock samples from near the Moon's south pole and bring them back to Earth in 2033."],
    "india-lunar-sample-mission-2032-11-29", a="Rohan Castell", n="space", cat="Asia"),
  E("2032-11-29 09:30", "EU disburses \u20ac10 billion loan tranche to Ukraine",
    ["The European Commission transferred \u20ac10 billion to Ukraine on Monday, the latest payment from a reparations loan backed by frozen Russian assets."],
    "aid", "aid", 3, EULOAN, cat="Europe"),
  OFF("2032-11-29 06:10", "Oil slips as OPEC+ postpones output decision",
    ["Brent crude fell below $68 a barrel after the OPEC+ group of producers postponed a decision on next year's output quotas."],
    "oil-opec-postpones-2032-11-29", n="markets", cat="Business"),
  ]))

SEEDS.append(dict(
  id="21341", name="21341_wimbleford-textlive", ext="txt", source="Wimbleford Times", zone="Europe/Kyiv", render=r_textlive_dot,
  title="Ukraine war latest: missile strike on Kropyvnytskyi kills six", dateline="Monday 29 November 2032", byline="Hanna Oksyuk and Rhys Tallant",
  lede="A Russian missile hits an apartment block in central Ukraine; Geneva talks end without a deal; the EU sends \u20ac10bn.",
  related="Inside the Geneva talks: who sits at the table",
  basis="bare time '{s}' (dot separator, no zone printed; Kyiv time, the outlet's convention for this page; EET = UTC+2) under the date line 'Monday 29 November 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first; a date line with year and a two-name page byline 'By Hanna Oksyuk and Rhys Tallant' (used as every post's author, one string); each post starts with a bare time using a dot ('21.50'), then headline and paragraphs. No zone is printed: Kyiv time is assumed (correspondents in Kyiv; the times match events reported in local time). 21341-02 is a 'Video:' teaser whose only content is '(Video, 0:58)'. 21341-03 is a theme piece (explainer on the EU reparations loan) that must not merge with the day's loan payment. 21341-05 (Oleksandriia grain elevator, same Kirovohrad region, drones, no casualties) must not merge with the Kropyvnytskyi strike.",
  not_entries=["masthead and menu", "page title", "date line 'Monday 29 November 2032'", "page byline 'By Hanna Oksyuk and Rhys Tallant'", "standfirst",
               "video placeholder '(Video, 0:58)'", "'Read more: Inside the Geneva talks: who sits at the table'", "'Show more updates'", "footer"],
  entries=[
  E("2032-11-29 21:50", "Kropyvnytskyi death toll rises to six",
    ["Six people have now died after Monday morning's missile strike on Kropyvnytskyi, the head of the Kirovohrad regional administration said. Twenty-two were injured."],
    "strikes", "strikes", 3, KROP, a="Hanna Oksyuk and Rhys Tallant", n="toll 6"),
  E("2032-11-29 19:30", "Video: Firefighters at the damaged apartment block in Kropyvnytskyi", [],
    "strikes", "strikes", 1, KROP, a="Hanna Oksyuk and Rhys Tallant", n="video teaser without body"),
  E("2032-11-29 17:15", "Explainer: How the EU's reparations loan works",
    ["The money Ukraine received on Monday comes from a loan the EU finances with the cash balances of Russia's immobilised central bank assets.",
     "Ukraine only has to repay it if Russia one day pays reparations for the damage its invasion has caused. Until then the frozen assets stay where they are, mostly at Euroclear in Brussels.",
     "Supporters say the scheme puts Russian money to work without confiscating it outright; critics warn it could dent confidence in the euro as a reserve currency."],
    "aid", "aid", 2, "explainer-eu-reparations-loan", a="Hanna Oksyuk and Rhys Tallant",
    n="theme piece (explainer on the loan mechanism); mentions the day's payment but must not merge with it"),
  E("2032-11-29 14:40", "Geneva talks end without agreement, third round set for December",
    ["The second round of talks between Ukrainian and Russian delegations in Geneva ended without agreement on a ceasefire line, the Swiss foreign ministry said. Both sides agreed to meet again on 14 December."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Hanna Oksyuk and Rhys Tallant"),
  E("2032-11-29 12:05", "Drones hit grain elevator in Oleksandriia",
    ["Russian drones set fire to a grain elevator in Oleksandriia, also in the Kirovohrad region, overnight. No one was injured, the regional administration said."],
    "strikes", "strikes", 2, "oleksandriia-grain-elevator-drone-attack-2032-11-29", a="Hanna Oksyuk and Rhys Tallant",
    n="same Kirovohrad region, other event (night drone attack, no casualties): must not merge with the Kropyvnytskyi strike"),
  E("2032-11-29 10:20", "EU transfers \u20ac10bn to Kyiv",
    ["Ukraine has received \u20ac10 billion from the EU's reparations loan, the finance ministry in Kyiv said, money that will cover about a month of the country's defence spending."],
    "aid", "aid", 3, EULOAN, a="Hanna Oksyuk and Rhys Tallant"),
  E("2032-11-29 07:45", "Missile strike on Kropyvnytskyi kills two",
    ["Two people were killed and nine wounded when a Russian missile hit an apartment block in Kropyvnytskyi shortly before 7am, regional officials said."],
    "strikes", "strikes", 3, KROP, a="Hanna Oksyuk and Rhys Tallant", n="toll 2"),
  ]))

ELD_T = "2032-11-29 16:20"
SEEDS.append(dict(
  id="21342", name="21342_elderholm-article", ext="html", source="Elderholm Review", zone="Europe/Prague", render=r_article_sections,
  title="Ukraine today: a strike on Kropyvnytskyy, talks in Geneva, money from Brussels", kicker="Ukraine briefing", byline="Jana Vlková",
  lede="The day's main developments in Russia's war against Ukraine, in five short items.",
  related=["Czech arms makers hire again as orders pile up", "What a ceasefire line could look like"],
  basis="no per-section time: every section takes the article's date line '29 November 2032 \u00b7 16:20 CET' (CET = UTC+1, also in the JSON-LD datePublished); local {d} in {z}",
  notes="Invented outlet (Prague). HTML article with five h2 sections (one entry each), NewsArticle JSON-LD, page byline 'By Jana Vlková' used as every section's author, date line '29 November 2032 \u00b7 16:20 CET'. No per-section stamps (stamp null, published = the date line). Spelling 'Kropyvnytskyy'. The Czech ammunition milestone (21342-04) is the same aid theme as the EU loan payment but a different event: must not merge.",
  not_entries=["header and menu", "kicker 'Ukraine briefing'", "article title", "standfirst", "byline 'By Jana Vlková'", "date line '29 November 2032 \u00b7 16:20 CET'",
               "newsletter box 'The Ukraine brief'", "'Related' links", "footer"],
  entries=[
  E(ELD_T, "Kropyvnytskyy: four dead after morning strike",
    ["At least four people were killed when a Russian missile struck an apartment block in Kropyvnytskyy, in central Ukraine, early on Monday. Rescuers were still searching the building in the afternoon."],
    "strikes", "strikes", 3, KROP, a="Jana Vlková", n="spelling 'Kropyvnytskyy'; toll 4"),
  E(ELD_T, "Geneva: no breakthrough, but a date for round three",
    ["Ukrainian and Russian negotiators left Geneva without agreeing where a ceasefire line might run. They will meet again in mid-December, the Swiss hosts said."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Jana Vlková"),
  E(ELD_T, "\u20ac10 billion from Brussels",
    ["The EU paid Ukraine \u20ac10 billion from its reparations loan, money Kyiv says it will spend mainly on weapons and soldiers' pay."],
    "aid", "aid", 3, EULOAN, a="Jana Vlková"),
  E(ELD_T, "Czech ammunition initiative passes three million shells",
    ["The Czech-led initiative that buys artillery shells for Ukraine on markets outside the EU has now delivered more than three million rounds, the defence ministry in Prague said."],
    "aid", "aid", 2, "czech-ammunition-initiative-three-million-2032-11-29", a="Jana Vlková",
    n="same aid theme as the EU loan payment, different event: must not merge"),
  E(ELD_T, "Russian embassy employee expelled from Prague",
    ["The Czech foreign ministry has expelled a Russian embassy employee it accuses of organising an arson plot against an arms factory near Prague."],
    "diplomacy", "diplomacy", 2, "czech-expels-russian-embassy-employee-2032-11-29", a="Jana Vlková", sec=[]),
  ]))

EU_P = ["The European Commission has paid Ukraine \u20ac10 billion from the reparations loan financed by immobilised Russian assets, Commission spokespeople said in Brussels."]
SEEDS.append(dict(
  id="21343", name="21343_haddowmere-graphlive", ext="html", source="Haddowmere Courier", zone="Europe/Vilnius", render=r_graphlive,
  title="War in Ukraine: live updates from our Baltic desk", url="https://haddowmere-courier.example/live/ukraine-2032-11-29",
  lede="Follow the day's developments in Russia's war against Ukraine, as seen from Vilnius.",
  basis="bare '{s}' span (Vilnius time, EET = UTC+2; no zone printed) under the date heading 'Monday, 29 November 2032', matching the JSON-LD update's datePublished; local {d} in {z}",
  notes="Invented outlet (Vilnius). HTML live blog, oldest first. JSON-LD @graph whose main node has @type ['NewsArticle', 'LiveBlogPosting'] and per-update datePublished (+02:00); visible times are bare spans '08:10' under one date heading, without a datetime attribute. Each post ends with a 'NAME, CITY' credit line. 21343-06 re-publishes 21343-02 word for word: duplicate_of 21343-02. Lithuania's jammers (21343-03) are the same aid theme as the EU loan payment but a different event: must not merge.",
  not_entries=["header and menu", "page title", "intro line", "date heading 'Monday, 29 November 2032'", "credit lines 'NAME, CITY'",
               "podcast promo after the third post", "closing line 'Updates for today have ended.'", "footer"],
  entries=[
  E("2032-11-29 08:10", "Russian missiles hit Kropyvnytskyi",
    ["Russian missiles struck an apartment block in the central Ukrainian city of Kropyvnytskyi early on Monday, killing at least two people, according to the regional governor."],
    "strikes", "strikes", 3, KROP, a="Rūta Vaitkutė", city="Vilnius", n="toll 2"),
  E("2032-11-29 10:35", "EU pays out \u20ac10bn to Ukraine from reparations loan", EU_P,
    "aid", "aid", 3, EULOAN, a="Marius Kalvaitis", city="Brussels"),
  E("2032-11-29 12:20", "Lithuania to send more anti-drone jammers",
    ["Lithuania will send Ukraine another batch of Lithuanian-made anti-drone jamming systems worth \u20ac14 million, the Defence Ministry in Vilnius said."],
    "aid", "aid", 2, "lithuania-anti-drone-jammers-2032-11-29", a="Rūta Vaitkutė", city="Vilnius",
    n="same aid theme as the EU loan payment, different event: must not merge"),
  E("2032-11-29 14:55", "Kropyvnytskyi: four now dead",
    ["The death toll from the morning strike on Kropyvnytskyi has risen to four, the regional administration said."],
    "strikes", "strikes", 3, KROP, a="Rūta Vaitkutė", city="Vilnius", n="toll 4"),
  E("2032-11-29 16:40", "Geneva talks end; next round in December",
    ["The second round of Ukrainian-Russian talks in Geneva has ended without agreement, the Swiss hosts said, and a third round is planned for December."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Marius Kalvaitis", city="Brussels"),
  E("2032-11-29 18:05", "EU pays out \u20ac10bn to Ukraine from reparations loan", EU_P,
    "aid", "aid", 1, EULOAN, a="Marius Kalvaitis", city="Brussels", dup="21343-02", n="verbatim repeat of 21343-02"),
  ]))


if __name__ == "__main__":
    main()
