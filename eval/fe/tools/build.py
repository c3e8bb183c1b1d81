#!/usr/bin/env python3
"""Builds the eval/fe seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented (checked against the reserved list).
Setting: the war is assumed still under way in August 2028; numbers, tolls, quotes and reporters are invented.
Deterministic. Run from the project root:  python3 eval/fe/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page's zone; h = headline (None if the page prints none);
    p = body paragraphs; labels as in LABELS.md; a = author for the gold; n = note; extra keys are renderer data."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2019\']|$)', par):
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


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


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


# ================================================================ build (called at the end of the file)
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


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts, from memory (own words)

# ---------------------------------------------------------------- 16200 ABC News (live updates, HTML)
def r_abc(S):
    """ABC News (abcnews.go.com) 'live updates' page. Newest first. Each post: stamp 'Aug 01, 2028, 5:47 PM EDT' ABOVE the
    headline, body, then a sign-off line '-ABC News' NAME'. LiveBlogPosting JSON-LD with one BlogPosting per post."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}?id={S['pid'] + i * 37}",
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": n} for n in e["a"].split(" and ")]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "ABC News", "logo": {"@type": "ImageObject", "url": "https://s.abcnews.com/images/US/abc_news_logo.png"}},
          "liveBlogUpdate": ups}
    lu = f"{MONTHS[last.month - 1]} {last.day}, {last.year}, {ampm(last, space=' ', upper=True)} EDT"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="ABC News">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="Nav"><a class="Nav__Logo" href="https://abcnews.go.com/">ABC News</a>'
           '<nav><a href="/Video">Video</a> <a href="/Live">Live</a> <a href="/Shows">Shows</a> <a href="/Elections">Election 2028</a> '
           '<a href="/International">International</a> <a href="/Politics">Politics</a> <a href="/538">538</a> <a href="/Stream">Stream on</a></nav>'
           '<button class="Nav__Search">Search</button></header>',
           '<main><div class="LiveBlog"><span class="LiveBlog__Label">LIVE UPDATES</span>',
           f'<h1 class="LiveBlog__Headline">{esc(S["title"])}</h1>',
           f'<p class="LiveBlog__Lede">{esc(S["lede"])}</p>',
           f'<div class="LiveBlog__Byline">By {esc(S["byline"])}</div>',
           f'<div class="LiveBlog__Timestamp">Last Updated: {lu}</div>',
           '<div class="Share"><button>Share</button> <button>Facebook</button> <button>X</button> <button>Email</button></div>',
           '<div class="LiveBlog__Posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year}, {ampm(d, space=' ', upper=True)} EDT"; stamps.append(st)
        out.append(f'<article class="LiveBlogPost" id="{S["pid"] + i * 37}"><div class="LiveBlogPost__Timestamp">{st}</div>')
        out.append(f'<h2 class="LiveBlogPost__Headline">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="VideoTile"><span class="VideoTile__Duration">1:38</span></div>')
        if e.get("sign"):
            out.append(f'<p class="LiveBlogPost__Signoff">{esc(e["sign"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="Ad">Continue reading</aside>')
    out += ['</div><a class="LiveBlog__More" href="#">Load more updates</a></div></main>',
            '<aside class="Trending"><h3>Top Stories</h3><ul><li><a href="/US/heat-wave-northeast">Heat wave to bake Northeast through the weekend</a></li>'
            '<li><a href="/Politics/convention-preview">What to watch at this month\u2019s party convention</a></li></ul></aside>',
            '<footer><a href="/Site/page/about-abc-news">About</a> <a href="/Site/page/privacy">Privacy Policy</a> '
            '<a href="/Site/page/terms-of-use">Terms of Use</a> <span>Copyright \u00a9 2028 ABC News Internet Ventures. All rights reserved.</span></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


ODESA1 = "odesa-apartment-missile-strike-2028-08-01"
SEEDS.append(dict(
  id="16200", name="16200_abcnews-liveupdates", ext="html", source="ABC News", zone="America/New_York", render=r_abc,
  title="Russia-Ukraine live updates: Missile hits Odesa apartment block after night of drone attacks on Kyiv",
  url="https://abcnews.go.com/International/live-updates/russia-ukraine-live-updates-odesa-kyiv/?id=118204410", pid=118204410,
  byline="ABC News",
  lede="Ukrainian officials say rescuers are still searching the rubble in Odesa, hours after Kyiv endured one of its longest drone attacks of the summer.",
  basis="post stamp '{s}' printed above the headline (date, 12-hour clock and EDT); local {d} in {z}",
  notes="Imitates an ABC News 'live updates' page. Newest first. Each post: stamp 'Aug 01, 2028, 5:47 PM EDT' above an h2 headline, body, then a sign-off line '-ABC News' NAME' (author = the name(s) after \"ABC News'\"; two names kept as one string). Page-level 'Last Updated: August 1, 2028, 5:47 PM EDT'. LiveBlogPosting JSON-LD with one BlogPosting per post (datePublished with -04:00). The 11:30 AM post is a 'WATCH:' video tile with no text. The Odesa missile strike (morning) and the Kyiv drone barrage (overnight) are separate stories.",
  not_entries=["header logo and navigation (Video, Live, Shows, Election 2028, ...)", "'LIVE UPDATES' label", "page headline (page title)",
               "page lede paragraph", "page byline 'By ABC News'", "'Last Updated: ...' line", "share buttons",
               "video tile duration '1:38' in the WATCH post", "sign-off lines '-ABC News' ...' (author credits, not body)",
               "'Continue reading' ad marker", "'Load more updates'", "'Top Stories' rail with two unrelated links", "footer"],
  entries=[
  E("2028-08-01 17:47", "Death toll in Odesa climbs to 6",
    ["Six people are now confirmed dead after a Russian ballistic missile slammed into a nine-story apartment building in Odesa on Tuesday morning, the regional governor said.",
     "Among the dead is a 12-year-old girl, Gov. Oleh Kiper said on Telegram. At least 31 people were injured, and four remain in serious condition.",
     "Rescue crews using cranes were still pulling apart a collapsed section of the building late in the afternoon."],
    "strikes", "strikes", 3, ODESA1, a="Yuliia Marchenko", sign="-ABC News' Yuliia Marchenko", n="toll 6"),
  E("2028-08-01 15:20", "NATO allies agree to fund new Patriot purchase for Ukraine",
    ["A group of NATO countries led by Germany and the Netherlands will pay for two additional Patriot air defense systems for Ukraine, bought from U.S. stocks, alliance officials told ABC News.",
     "The purchase runs through the arrangement under which European members buy American weapons for Kyiv. One official put the cost at roughly $2.1 billion.",
     "Ukrainian President Volodymyr Zelenskyy has repeatedly said the country needs more Patriot batteries to protect cities such as Odesa and Kyiv."],
    "aid", "aid", 3, "nato-funded-patriot-purchase-2028-08-01", a="Ellis Roark and Hanna Sobol", sign="-ABC News' Ellis Roark and Hanna Sobol"),
  E("2028-08-01 13:05", "Kremlin says no date set for next round of talks",
    ["Kremlin spokesman Dmitry Peskov said Tuesday that there is no agreed date for another round of direct talks with Ukraine, and that Moscow would not be rushed by what he called deadlines set in Western capitals.",
     "Peskov added that Russia remained open to contacts with Washington."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2028-08-01", a="Mikhail Dorofeev", sign="-ABC News' Mikhail Dorofeev"),
  E("2028-08-01 11:30", "WATCH: Rescuers dig through rubble of Odesa apartment building", [],
    "strikes", "strikes", 1, ODESA1, a=None, n="video teaser, no text body, no sign-off"),
  E("2028-08-01 09:55", "Russia says it shot down 44 Ukrainian drones over border regions",
    ["Russia's Defense Ministry said Tuesday that its air defenses destroyed 44 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions.",
     "The governor of Kursk said a drone damaged a power line in a border district, leaving several villages without electricity. There were no reports of injuries."],
    "strikes", "strikes", 2, "russia-downs-44-drones-2028-08-01", a="Mikhail Dorofeev", sign="-ABC News' Mikhail Dorofeev"),
  E("2028-08-01 08:12", "Ukraine says Kyiv targeted by hundreds of drones overnight",
    ["Russia launched 286 drones at Ukraine overnight, most of them aimed at Kyiv, the Ukrainian air force said Tuesday morning.",
     "One man was killed when debris fell on a car in the city's Darnytskyi district, Kyiv Mayor Vitali Klitschko said. Fires broke out in at least five places.",
     "The air force said 261 of the drones were shot down or jammed."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-barrage-2028-08-01", a="Yuliia Marchenko", sign="-ABC News' Yuliia Marchenko",
    n="must not merge with the Odesa missile strike (other city, other weapon, hours apart)"),
  E("2028-08-01 06:10", "Heavy fighting near Kostiantynivka, Ukrainian military says",
    ["Ukraine's General Staff said its troops fought off 23 Russian assaults around Kostiantynivka in the Donetsk region over the past day.",
     "Russian forces have been trying for months to push toward the town from the south and east."],
    "other", "frontline", 2, "kostiantynivka-fighting-2028-08-01", a="Ellis Roark", sign="-ABC News' Ellis Roark"),
  ]))


# ---------------------------------------------------------------- 16201 CBS News (world RSS feed)
def r_cbs(S):
    """CBS News section RSS 2.0 ('World - CBSNews.com'): newest first; pubDate with a numeric offset (-0400);
    plain-text one-paragraph description; non-standard <image> element per item; no author element."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           '<title>World - CBSNews.com</title>', '<link>https://www.cbsnews.com/world/</link>',
           '<description>World news from around the globe, including breaking news on international conflicts and politics from CBS News.</description>',
           '<image><title>World - CBSNews.com</title><url>https://www.cbsnews.com/assets/cbsnews-logo.png</url><link>https://www.cbsnews.com/world/</link></image>',
           '<language>en-us</language>', '<copyright>Copyright (c) 2028 CBS Interactive Inc. All rights reserved.</copyright>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<atom:link href="https://www.cbsnews.com/latest/rss/world" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.cbsnews.com/news/{slug(e['h'])}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(e["p"][0])}</description>',
                f'<pubDate>{st}</pubDate>', f'<image>https://assets{i % 3 + 1}.cbsnewsstatic.com/hub/i/r/2028/08/03/{slug(e["h"], 24)}/thumbnail/1200x630/a{i}.jpg</image>',
                f'<guid isPermaLink="true">{link}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16201", name="16201_cbsnews-worldrss", ext="xml", source="CBS News", zone="America/New_York", render=r_cbs,
  title="World - CBSNews.com",
  basis="RSS pubDate '{s}' (explicit -0400 = EDT); local {d} in {z}",
  notes="Imitates the CBS News 'World' RSS 2.0 feed. Newest first; pubDate with numeric offset -0400; each description is one plain-text summary paragraph; no author elements (author null); a non-standard <image> URL per item. A general world listing: three of seven items are not about the war (Evia wildfires, Chile earthquake, Japan typhoon).",
  not_entries=["channel title, link, description, image block, language, copyright, lastBuildDate, atom:link", "per-item link, guid and image URL"],
  entries=[
  E("2028-08-03 19:40", "Ukrainian drones hit oil depot deep inside Russia, officials say",
    ["A fuel depot in Russia's Saratov region caught fire early Friday local time after what the regional governor called a massive Ukrainian drone attack, the latest in a campaign aimed at Russia's energy exports."],
    "strikes", "strikes", 2, "saratov-oil-depot-drone-strike-2028-08-03"),
  OFF("2028-08-03 17:15", "Wildfires force evacuations on Greek island of Evia",
    ["Greek authorities ordered residents of several villages on the island of Evia to leave as strong winds pushed a wildfire toward the coast."],
    "evia-wildfires-2028-08-03", n="Greek wildfires"),
  E("2028-08-03 15:02", "Russia and Ukraine swap 205 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine each released 205 prisoners of war on Thursday in an exchange mediated by the United Arab Emirates, both sides said, one of the largest swaps this year."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-205-2028-08-03"),
  OFF("2028-08-03 12:48", "Strong earthquake rattles central Chile, no major damage reported",
    ["A magnitude 6.8 earthquake shook central Chile on Thursday, swaying buildings in Santiago, but officials said there were no early reports of serious damage or casualties."],
    "chile-earthquake-2028-08-03", n="Chile earthquake"),
  E("2028-08-03 10:30", "Russian glide bombs kill 3 in Kharkiv region",
    ["Three people were killed and nine wounded when Russian aircraft dropped guided bombs on the town of Kupiansk and a nearby village in Ukraine's Kharkiv region, the regional governor said Thursday."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2028-08-03"),
  E("2028-08-03 08:05", "Britain jails man who spied on Ukrainian officers for Russia",
    ["A court in London sentenced a 41-year-old man to 14 years in prison for gathering information on Ukrainian military personnel training in Britain and passing it to Russian intelligence."],
    "other", "security", 2, "uk-spy-jailed-ukrainian-trainees-2028-08-03"),
  OFF("2028-08-03 06:20", "Japan braces for typhoon expected to make landfall Friday",
    ["Japan's weather agency warned of torrential rain and landslides in the southwest as a powerful typhoon approached the island of Kyushu."],
    "japan-typhoon-2028-08-03", n="typhoon in Japan"),
  ]))


# ---------------------------------------------------------------- 16202 Fox News (live coverage, HTML)
def r_fox(S):
    """Fox News live coverage page, HTML. Page line 'Published August 5, 2028 6:02am EDT' (the only date); newest first;
    each post: h2 headline, then author name and a bare '4:40 PM' (no date, no zone); uppercase promo lines inside bodies
    ('CLICK HERE TO GET THE FOX NEWS APP', related-story links); closing AP credit. JSON-LD NewsArticle (no per-post data)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": n, "url": f"https://www.foxnews.com/person/{n[0].lower()}/{slug(n)}"} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Fox News", "logo": {"@type": "ImageObject", "url": "https://static.foxnews.com/static/orion/img/fox-news-logo.png"}},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fox News</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="fn live-page">',
           '<header class="site-header"><a class="logo" href="https://www.foxnews.com">Fox News</a>'
           '<nav class="main-nav"><a href="/us">U.S.</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> '
           '<a href="/media">Media</a> <a href="/entertainment">Entertainment</a> <a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a> '
           '<a href="/video">Video</a> <a href="/watch">Watch TV</a></nav><a class="login" href="/account/login">Login</a></header>',
           '<main><div class="article-header"><div class="eyebrow"><a href="/category/world/conflicts/ukraine">RUSSIA AND UKRAINE</a></div>',
           f'<h1 class="headline">{esc(S["title"])}</h1>', f'<h2 class="sub-headline">{esc(S["lede"])}</h2>',
           '<div class="author-byline">By ' + " , ".join(f'<a href="/person/{slug(n)}">{esc(n)}</a>' for n in S["authors"]) + ' <span>Fox News</span></div>',
           f'<div class="article-date"><time>Published {MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub)} EDT</time></div>',
           '<div class="social-share"><a>Facebook</a> <a>Twitter</a> <a>Flipboard</a> <a>Comments</a> <a>Print</a> <a>Email</a></div></div>',
           '<div class="featured-video"><span class="caption">Fox News correspondent reports from Kyiv on the overnight attack.</span></div>',
           '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        out.append(f'<div class="live-update" id="post-{S["pid"] + i}"><h2 class="title">{esc(e["h"])}</h2>')
        out.append(f'<div class="meta"><span class="author">{esc(e["a"])}</span> <time>{st}</time></div>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if j == 0 and e.get("promo"):
                out.append(f'<p class="speakable"><strong><a href="/world/{slug(e["promo"], 40)}">{esc(e["promo"])}</a></strong></p>')
        out.append('</div>')
    out += ['</div>', f'<p><i>{esc(S["contrib"])}</i></p>',
            '<div class="author-bio">Brooke Sinclair is a digital reporter for Fox News covering world news.</div>',
            '<div class="newsletter">Get the latest updates from the 2028 campaign trail, exclusive interviews and more Fox News politics content. '
            '<input placeholder="Enter email"> <button>Subscribe</button></div></main>',
            '<footer><a href="/about">About</a> <a href="/privacy-policy">New Privacy Policy</a> <a href="/terms-of-use">Terms of Use</a> '
            '<span>This material may not be published, broadcast, rewritten, or redistributed. \u00a92028 FOX News Network, LLC. All rights reserved.</span></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16202", name="16202_foxnews-live", ext="html", source="Fox News", zone="America/New_York", render=r_fox,
  title="Russia-Ukraine war: Sumy bus station strike kills 4 after Moscow fires hundreds of drones overnight",
  url="https://www.foxnews.com/live-news/russia-ukraine-war-august-5-2028", pid=30518, published="2028-08-05 06:02",
  authors=["Brooke Sinclair", "Landon Meyers"],
  lede="Poland scrambled jets as the overnight barrage reached western Ukraine; Zelenskyy accused North Korea of sending more artillery shells to Russia.",
  contrib="The Associated Press and Reuters contributed to this report.",
  basis="bare post time '{s}' (no date, no zone); the day and zone come from the page line 'Published August 5, 2028 6:02am EDT' (all posts fall after it, newest first); local {d} in {z}",
  notes="Imitates a Fox News live coverage page. Newest first. Each post: h2 headline, then author name and a bare '4:40 PM' time (no date, no zone per post); the only date is 'Published August 5, 2028 6:02am EDT' under the byline, so posts take that day and EDT. Uppercase promo lines inside posts ('CLICK HERE TO GET THE FOX NEWS APP', a related-story link in capitals) are chrome, not body. JSON-LD is a page-level NewsArticle without per-post data. The Polish jets post (16202-03) is a reaction to the overnight barrage but its own event (Poland's air operation).",
  not_entries=["header logo and navigation", "eyebrow 'RUSSIA AND UKRAINE'", "page headline (page title)", "sub-headline (page lede)",
               "page byline 'By Brooke Sinclair , Landon Meyers Fox News'", "'Published August 5, 2028 6:02am EDT'", "social share links",
               "featured video caption", "'CLICK HERE TO GET THE FOX NEWS APP' inside a post", "uppercase related-story link inside a post",
               "closing credit 'The Associated Press and Reuters contributed to this report.'", "author bio", "newsletter box", "footer"],
  entries=[
  E("2028-08-05 16:40", "Zelenskyy says Ukraine has evidence of new North Korean shell shipments to Russia",
    ["Ukrainian President Volodymyr Zelenskyy said Saturday that his intelligence services had tracked at least two new shipments of North Korean artillery shells to Russia since June.",
     "Zelenskyy did not give figures but said the shells were already being fired at Ukrainian positions in the Zaporizhzhia region. Pyongyang and Moscow have denied arms transfers in the past."],
    "aid", "aid", 2, "north-korean-shell-shipments-claim-2028-08-05", a="Landon Meyers", promo="CLICK HERE TO GET THE FOX NEWS APP"),
  E("2028-08-05 14:55", "Russian strike on bus station in Sumy kills 4, Ukrainian officials say",
    ["A Russian missile struck a bus station in the northeastern city of Sumy on Saturday evening, killing four people and wounding at least 17, the regional military administration said.",
     "Photos released by emergency services showed burned-out buses and a collapsed ticket hall. Officials said several of the wounded were teenagers on their way home from a sports camp.",
     "Sumy, about 20 miles from the Russian border, is shelled almost daily."],
    "strikes", "strikes", 3, "sumy-bus-station-strike-2028-08-05", a="Brooke Sinclair", promo="UKRAINE'S NORTHERN CITIES BRACE FOR ANOTHER WINTER UNDER FIRE"),
  E("2028-08-05 13:20", "Poland says it scrambled fighter jets during overnight Russian attack",
    ["Poland's Operational Command said it scrambled fighter jets and put ground-based air defenses on high alert early Saturday as Russian drones and missiles targeted western Ukraine.",
     "The command said no objects had entered Polish airspace. Allied aircraft also took part in the operation."],
    "other", "security", 2, "poland-scrambles-jets-2028-08-05", a="Landon Meyers", sec=["strikes"]),
  E("2028-08-05 11:45", "Hegseth says Europe must keep paying for weapons sent to Kyiv",
    ["Defense Secretary Pete Hegseth said Saturday that European allies should expect to keep covering the cost of American weapons bound for Ukraine, telling reporters the arrangement was working.",
     "He said the United States would keep supplying air defense interceptors as long as allies paid for them."],
    "aid", "aid", 2, "hegseth-europe-pays-for-weapons-2028-08-05", a="Brooke Sinclair", sec=["diplomacy"]),
  E("2028-08-05 09:30", "Ukrainian forces claim gains near Huliaipole",
    ["Ukraine's military said Saturday that its troops had pushed Russian units back from positions north of Huliaipole in the Zaporizhzhia region.",
     "Fox News could not independently verify the claim. Russia's Defense Ministry said its forces had repelled Ukrainian attacks in the same area."],
    "other", "frontline", 2, "huliaipole-counterattack-2028-08-05", a="Landon Meyers"),
  E("2028-08-05 07:15", "Russia fires more than 300 drones and 9 missiles at Ukraine overnight",
    ["Russia launched 318 drones and nine cruise missiles at Ukraine overnight, the Ukrainian air force said Saturday, in an attack that reached as far west as the Lviv and Volyn regions.",
     "The air force said 296 drones and seven missiles were shot down. Officials in Lutsk reported damage to a warehouse and several homes."],
    "strikes", "strikes", 3, "overnight-drone-missile-barrage-2028-08-05", a="Brooke Sinclair"),
  ]))


# ---------------------------------------------------------------- 16203 Sky News Australia (World section, text scrape)
def r_skyau(S):
    """Sky News Australia world section as copied from the browser: header strip with city temperature and the date and
    clock; cards newest first: kicker, headline, standfirst, credit, relative time ('12m ago', '2h ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to content", "", "Sky News Australia", f"Sydney 14\u00b0 | {DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year} | {ampm(ref)} AEST",
         "WATCH LIVE", "", "Home   Australia   World   Politics   Business   Opinion   Lifestyle   Sport   Shows   Sky News Live", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins}m ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = f"{mins // 60}h ago"
        stamps.append(st)
        L += [e["kicker"], e["h"]] + e["p"] + [e["credit"], st, ""]
        if i == 2:
            L += ["Sky News Australia Newsletter", "Get the latest news delivered to your inbox every morning. Sign up", ""]
    L += ["Load more", "", "Trending", "Coalition pushes for inquiry into energy rebates", "Matildas name squad for Asian Cup qualifiers", "",
          f"\u00a9 Australian News Channel Pty Ltd {ref.year}", "Privacy Policy | Terms of Use | Contact Us"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16203", name="16203_skynewsau-world", ext="txt", source="Sky News Australia", zone="Australia/Sydney", render=r_skyau,
  title="World News", ref="2028-08-07 16:35",
  basis="relative stamp '{s}' counted back from the header clock 'Monday, 7 August 2028 | 4:35pm AEST'; local {d} in {z}",
  notes="Imitates the Sky News Australia world section as copied from the browser. Cards newest first: kicker, headline, one standfirst, credit line, relative time ('12m ago', '1h ago' ... '6h ago'). The only absolute time is the header strip 'Sydney 14\u00b0 | Monday, 7 August 2028 | 4:35pm AEST' (weather and clock widget); every stamp is counted back from it (assumed exact). In UTC all cards fall on 7 August (00:35-06:23 UTC). Credits: agency names (Reuters, AFP) are taken as author; 'Sky News Australia' (the outlet itself) gives null; a named reporter gives the name. Three of seven cards are not about the war.",
  not_entries=["'Skip to content'", "masthead", "header strip with temperature, date and clock (capture time, used as the anchor)", "'WATCH LIVE'",
               "navigation", "section title 'World News' (page title)", "kicker lines above each headline", "credit lines (author data, not body)",
               "newsletter box", "'Load more'", "'Trending' with two local headlines", "copyright and footer links"],
  entries=[
  E("2028-08-07 16:23", "Russian overnight attack cuts power to parts of Kryvyi Rih",
    ["Tens of thousands of homes in the central Ukrainian city of Kryvyi Rih lost power after Russian missiles and drones hit an electricity substation overnight, local officials said."],
    "strikes", "strikes", 2, "kryvyi-rih-substation-strike-2028-08-07", a="Reuters", kicker="Ukraine War", credit="Reuters"),
  E("2028-08-07 15:35", "Albanese government commits $150 million drone package to Ukraine",
    ["Defence Minister Richard Marles has announced a further $150 million in military assistance for Ukraine, most of it for Australian-made drones and counter-drone equipment."],
    "aid", "aid", 3, "australia-drone-package-2028-08-07", a="Dana Whitlock", kicker="Politics", credit="Dana Whitlock"),
  OFF("2028-08-07 14:35", "Fiji to host Pacific leaders as regional security talks resume",
    ["Pacific Islands Forum leaders will meet in Suva next month to restart talks on a regional policing and security framework, Fiji's government said."],
    "pacific-security-talks-2028-08-07", a="AFP", n="Pacific security talks", kicker="Pacific", credit="AFP"),
  E("2028-08-07 13:35", "Russia claims capture of village in Kharkiv region",
    ["Russia's defence ministry says its troops have taken control of a village east of Kupiansk, a claim Ukraine's military has not confirmed."],
    "other", "frontline", 2, "russia-claims-kharkiv-village-2028-08-07", a="Reuters", kicker="Ukraine War", credit="Reuters"),
  OFF("2028-08-07 12:35", "Wall Street futures slip ahead of US inflation data",
    ["US stock futures edged lower in Asian trade as investors waited for inflation figures due later in the week."],
    "us-futures-inflation-2028-08-07", a="Reuters", n="markets", kicker="Business", credit="Reuters"),
  E("2028-08-07 11:35", "Kremlin rejects European call for air truce over energy sites",
    ["The Kremlin has dismissed a proposal by several European governments for a halt to long-range strikes on energy infrastructure, saying it would only help Ukraine regroup."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-air-truce-2028-08-07", a="AFP", kicker="Ukraine War", credit="AFP"),
  OFF("2028-08-07 10:35", "New Zealand police charge man over Auckland warehouse fire",
    ["A 34-year-old man has been charged with arson after a fire destroyed a warehouse in south Auckland on Sunday night."],
    "auckland-warehouse-fire-2028-08-07", n="NZ crime", kicker="New Zealand", credit="Sky News Australia"),
  ]))


# ---------------------------------------------------------------- 16204 ITV News (article with question subheadings, text)
def r_itv(S):
    """ITV News article as copied from the browser: headline, standfirst, 'Wednesday 9 August 2028, 3:20pm', byline with job
    title, video caption, an intro paragraph, then question subheadings (one entry each, no per-section time)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to content", "", "ITV News", "Latest   UK   Politics   World   Climate   Money   Health   Entertainment   Sport   Regions   Watch", "",
         S["kicker"], "", S["title"], "", S["lede"], "",
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}, {ampm(d0)}", "", S["byline"], "", S["caption"], "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += [f"Read more: {S['readmore']}", ""]
    L += ["Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to find out What You Need To Know.", "",
          "Download the ITV News app", "", "More from ITV News", S["more"], "",
          "\u00a9 ITV Consumer Ltd " + str(d0.year), "Contact us   Privacy policy   Cookie policy   Accessibility"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


DNIPRO9 = "dnipro-city-centre-missile-strike-2028-08-09"
SEEDS.append(dict(
  id="16204", name="16204_itvnews-article", ext="txt", source="ITV News", zone="Europe/London", render=r_itv,
  title="Ukraine war: What we know after Russia's deadliest strike on Dnipro this year", kicker="Ukraine", dateline_t="2028-08-09 15:20",
  lede="At least 14 people were killed when missiles hit a busy shopping street in the centre of the city on Wednesday morning.",
  byline="By ITV News Multimedia Producer Rhiannon Pugh",
  caption="ITV News Ukraine Correspondent Tom Caradine reports from Dnipro",
  intro="Rescue teams in Dnipro were still searching collapsed shops on Wednesday afternoon, as Ukraine's president renewed his plea for more air defence.",
  readmore="The Ukrainian town where the school bell has moved underground",
  more="Grenfell families react to final report on building safety",
  basis="no per-section time: the article's only time line 'Wednesday 9 August 2028, 3:20pm' (UK time implied, BST = UTC+1); local {d} in {z}",
  notes="Imitates an ITV News explainer article (text scrape). One date line 'Wednesday 9 August 2028, 3:20pm' with no zone (UK time, BST); byline with a job title ('By ITV News Multimedia Producer Rhiannon Pugh' -> author 'Rhiannon Pugh', used for every section). Each question subheading is one entry (headline = subheading, stamp null, published = the article time). The first two sections tell the same Dnipro strike (same story, both importance 3, not near-verbatim repeats). The UK interceptor funding (16204-04) and Zelensky's air-defence appeal (16204-03) are separate stories (same theme, different speakers and acts).",
  not_entries=["'Skip to content'", "masthead and navigation", "kicker 'Ukraine'", "headline (page title)", "standfirst (page lede)",
               "date line 'Wednesday 9 August 2028, 3:20pm'", "byline with job title", "video caption 'ITV News Ukraine Correspondent ... reports from Dnipro'",
               "intro paragraph before the first subheading (page lede)", "'Read more:' link line", "podcast promo 'Want a quick and expert briefing ...'",
               "'Download the ITV News app'", "'More from ITV News' with one unrelated link", "copyright and footer links"],
  entries=[
  E("2028-08-09 15:20", "What happened in Dnipro?",
    ["Two Russian ballistic missiles struck the centre of Dnipro shortly after 10am local time on Wednesday, hitting a pedestrian street lined with shops and cafes.",
     "The regional governor said at least 14 people had been killed and 63 injured, including six children. A third missile was shot down over the outskirts of the city.",
     "Russia's defence ministry said it had targeted a meeting of Ukrainian officers, a claim Ukrainian officials called a lie."],
    "strikes", "strikes", 3, DNIPRO9, a="Rhiannon Pugh", n="toll 14"),
  E("2028-08-09 15:20", "Who were the victims?",
    ["Most of those killed were shoppers and staff at a row of small businesses, according to city officials.",
     "Among them was a 19-year-old barista who had started work at one of the cafes a week earlier, her employer said."],
    "strikes", "strikes", 3, DNIPRO9, a="Rhiannon Pugh", n="same event as 16204-01, another aspect (not a near-verbatim repeat)"),
  E("2028-08-09 15:20", "What has Zelensky said?",
    ["President Volodymyr Zelensky said the attack showed that Ukraine's cities still lacked enough protection against ballistic missiles.",
     "\"Every Patriot battery our partners send saves lives, and every delay costs them,\" he said in a video address, urging allies to speed up deliveries."],
    "aid", "aid", 2, "zelensky-ballistic-defence-appeal-2028-08-09", a="Rhiannon Pugh", sec=["diplomacy"],
    n="appeal for air defence after the strike; own story (a statement of its own, not the strike)"),
  E("2028-08-09 15:20", "How has the UK responded?",
    ["Defence Secretary John Healey announced that the UK would fund a further 5,000 air defence interceptors for Ukraine, built in Belfast, over the next year.",
     "Prime Minister Keir Starmer condemned the strike as a deliberate attack on civilians going about their day."],
    "aid", "aid", 3, "uk-interceptor-funding-2028-08-09", a="Rhiannon Pugh", sec=["diplomacy"]),
  E("2028-08-09 15:20", "What is happening on the front line?",
    ["Fighting remains heaviest in the east of the country, where Russian forces are trying to advance on the towns of Kostiantynivka and Druzhkivka.",
     "Ukraine's army chief said his troops had held their lines over the past week but were outnumbered in several sectors."],
    "other", "frontline", 2, "donetsk-front-pressure-2028-08-09", a="Rhiannon Pugh"),
  E("2028-08-09 15:20", "Are peace talks any closer?",
    ["There is little sign of progress. The Kremlin said this week that it saw no basis for a ceasefire while Western countries kept arming Ukraine.",
     "European leaders are due to discuss security guarantees for Ukraine at a meeting in Copenhagen next week."],
    "diplomacy", "diplomacy", 2, "ceasefire-prospects-2028-08-09", a="Rhiannon Pugh"),
  ]))


# ---------------------------------------------------------------- 16205 Channel 4 News (Ukraine topic page, HTML)
def r_c4(S):
    """Channel 4 News topic page: cards newest first; label ('Video' / 'Article' / 'FactCheck'), headline, standfirst,
    byline with job title, and '11 Aug 2028, 19:48' AFTER the headline. JSON-LD CollectionPage + BreadcrumbList only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "name": S["title"] + " | Channel 4 News", "isPartOf": {"@id": "https://www.channel4.com/news/#website"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.channel4.com/news/"},
                                                        {"@type": "ListItem", "position": 2, "name": S["title"], "item": S["url"]}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Channel 4 News</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="c4n-header"><a class="logo" href="/news/">Channel 4 News</a><nav><a href="/news/">News</a> <a href="/news/politics">Politics</a> '
           '<a href="/news/world">World</a> <a href="/news/factcheck">FactCheck</a> <a href="/news/uk">UK</a> <a href="/news/culture">Culture</a> '
           '<a href="/news/programmes">Programmes</a></nav><a class="watch" href="https://www.channel4.com/programmes/channel-4-news">Watch the latest programme</a></header>',
           f'<main><h1 class="topic-title">{esc(S["title"])}</h1>', f'<p class="topic-intro">{esc(S["lede"])}</p>', '<div class="card-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        href = f"/news/{slug(e['h'], 70)}"
        out.append(f'<article class="card card--{e["label"].lower()}"><span class="card__label">{e["label"]}</span>')
        out.append(f'<h3 class="card__title"><a href="{href}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="card__standfirst">{esc(p)}</p>' for p in e["p"]]
        if e.get("byline"):
            out.append(f'<p class="card__byline">By {esc(e["byline"])}</p>')
        out.append(f'<time class="card__date">{st}</time></article>')
        if i == 2:
            out.append('<div class="promo">Sign up to the Snowmail newsletter: the day\u2019s agenda from the Channel 4 News team. <a>Sign up</a></div>')
    out += ['</div><a class="load-more" href="?page=2">Load more</a></main>',
            '<footer><a href="/news/about">About Channel 4 News</a> <a href="/news/contact">Contact us</a> <a href="https://www.channel4.com/privacy">Privacy</a> '
            f'<span>\u00a9 Channel Four Television Corporation {dt(S["entries"][0]["t"], z).year}</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16205", name="16205_channel4news-topic", ext="html", source="Channel 4 News", zone="Europe/London", render=r_c4,
  title="Ukraine", url="https://www.channel4.com/news/tag/ukraine",
  lede="The latest reports and analysis on the war in Ukraine from Channel 4 News.",
  basis="card date '{s}' after the headline (day, month, year and 24-hour time; no zone printed, UK time implied, BST = UTC+1); local {d} in {z}",
  notes="Imitates the Channel 4 News 'Ukraine' topic page. Cards newest first: label (Video / Article / FactCheck), headline, standfirst (the body), optional byline with job title (author = the name only), then '11 Aug 2028, 19:48' (no zone; UK time, BST). The top card is a 'Video:' teaser with no standfirst. The FactCheck piece (16205-06) is a theme piece about sanctions and must not merge with the EU sanctions package decided the same day (16205-04). JSON-LD is only CollectionPage/BreadcrumbList.",
  not_entries=["header logo, navigation and 'Watch the latest programme'", "topic title 'Ukraine' (page title)", "topic intro line",
               "card labels (Video / Article / FactCheck)", "byline lines (author data, not body)", "Snowmail newsletter promo", "'Load more'", "footer"],
  entries=[
  E("2028-08-11 22:05", "Video: Inside the underground school keeping Zaporizhzhia's children in class", [],
    "other", "humanitarian", 1, "zaporizhzhia-underground-school-2028-08-11", label="Video", n="video teaser, no standfirst"),
  E("2028-08-11 19:48", "Russian drones hit aid distribution point in Kherson, killing two",
    ["Two volunteers died and five people were hurt when drones struck a queue for food parcels in Kherson's Dniprovskyi district this morning."],
    "strikes", "strikes", 3, "kherson-aid-point-drone-strike-2028-08-11", a="Aoife Brennan", label="Video", byline="Aoife Brennan, International Correspondent"),
  E("2028-08-11 19:20", "'We are running out of men': Ukrainian commanders on the manpower crisis",
    ["Officers on the eastern front tell us their brigades are holding positions with half the soldiers they need, as recruitment stalls."],
    "other", "frontline", 2, "ukraine-manpower-crisis-report-2028-08-11", a="Tomasz Reilly", label="Video", byline="Tomasz Reilly, Europe Editor"),
  E("2028-08-11 17:35", "EU agrees new sanctions package aimed at Russia's shadow fleet",
    ["Member states signed off on listing another 120 tankers and a bank in Kyrgyzstan accused of helping Moscow dodge restrictions."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-shadow-fleet-2028-08-11", label="Article",
    n="must not merge with the FactCheck theme piece on sanctions (16205-06)"),
  E("2028-08-11 12:10", "Ukraine says it struck Russian airbase in Crimea",
    ["Kyiv's military says long-range drones hit aircraft shelters and a fuel store at Saky airfield overnight. Russia said it downed all the drones."],
    "strikes", "strikes", 2, "saky-airbase-strike-2028-08-11", label="Article"),
  E("2028-08-11 08:30", "FactCheck: Are Western sanctions still hurting Russia's economy?",
    ["As the EU prepares yet another package, we look at what the numbers say about Russia's oil income, its budget and the price of imports."],
    "diplomacy", "diplomacy", 2, "factcheck-sanctions-effect-2028-08", a="Priya Madan", label="FactCheck", byline="Priya Madan, FactCheck reporter",
    n="theme piece (analysis) on sanctions; own story, must not merge with 16205-04"),
  ]))


# ---------------------------------------------------------------- 16206 LBC (live blog, text scrape, oldest first)
def r_lbc(S):
    """LBC live blog as copied from the browser, sorted 'Oldest first': radio 'On Air' strip, page line
    '13 August 2028, 07:55 | Updated: 13 August 2028, 16:10', then per post a bare '08:05' line, headline, 'By NAME', body."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    f = lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    L = ["LBC", S["onair"], "Listen Live on Global Player", "", "News   UK   World   Politics   Crime   Royals   Opinion   LBC Views   Shows   Podcasts", "",
         "World News", "", S["title"], "", f"{f(pub)} | Updated: {f(last)}", "", f"By {S['byline']}", "", "Share", "", S["lede"], "",
         "Sort: Oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["LBC is the home of free speech. Listen live on Global Player, the official LBC app.", ""]
    L += ["More World News", S["more"], "", f"\u00a9 Global Media & Entertainment Limited {pub.year}", "Privacy Policy   Cookie Policy   Terms and Conditions"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16206", name="16206_lbc-live", ext="txt", source="LBC", zone="Europe/London", render=r_lbc,
  title="Live: Zelensky rules out trading land for 'promises' as Russian drones hit Kyiv region",
  onair="On Air Now: Weekend Mornings 10am - 1pm", published="2028-08-13 07:55", byline="Oliver Haddow",
  lede="Follow the latest updates on the war in Ukraine throughout Sunday.",
  more="Hospital waiting lists fall for third month in a row",
  basis="bare post time '{s}' (24-hour, no zone; UK time implied, BST = UTC+1); the day comes from the page line '13 August 2028, 07:55 | Updated: 13 August 2028, 16:10'; local {d} in {z}",
  notes="Imitates an LBC live blog copied with the 'Oldest first' sort. Page line '13 August 2028, 07:55 | Updated: 13 August 2028, 16:10' (no zone, UK time); each post: bare '08:05' line, headline, 'By NAME' (author), body. The radio 'On Air Now: ... 10am - 1pm' strip is chrome (a show slot, not a time stamp).",
  not_entries=["masthead 'LBC'", "'On Air Now' radio strip", "'Listen Live on Global Player'", "navigation", "section label 'World News'",
               "page headline (page title)", "page date line", "page byline 'By Oliver Haddow'", "'Share'", "page lede", "'Sort: Oldest first'",
               "per-post 'By NAME' lines (author data)", "Global Player promo after the third post", "'More World News' with one unrelated link", "copyright and footer links"],
  entries=[
  E("2028-08-13 08:05", "Russia launches overnight drone attack on Kyiv region, two injured",
    ["Two people were injured and several houses damaged when Russian drones struck villages in the Kyiv region overnight, the regional governor said.",
     "Ukraine's air force said 112 drones had been launched across the country, of which 97 were brought down."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2028-08-13", a="Oliver Haddow"),
  E("2028-08-13 09:40", "Healey: UK to train thousands more Ukrainian drone operators",
    ["Defence Secretary John Healey said British instructors would train up to 4,000 more Ukrainian drone operators by the spring, under an expanded programme based in the UK and Denmark.",
     "He told Sunday broadcasters that drones now caused most battlefield casualties on both sides."],
    "aid", "aid", 2, "uk-drone-operator-training-2028-08-13", a="Megan Achterberg"),
  E("2028-08-13 11:15", "Ukrainian drones blamed for blast at Bryansk ammunition depot",
    ["A large explosion was reported at an ammunition depot in Russia's Bryansk region, with the local governor blaming a Ukrainian drone attack.",
     "Videos shared on Russian social media showed secondary explosions lasting more than an hour. There was no official word on casualties."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-blast-2028-08-13", a="Oliver Haddow"),
  E("2028-08-13 12:50", "Pope Leo calls for 'courageous steps' towards peace in Sunday address",
    ["Pope Leo XIV urged the leaders of Russia and Ukraine to take what he called courageous steps towards negotiations, speaking after the Angelus prayer in St Peter's Square.",
     "The pontiff said the Vatican remained ready to host talks."],
    "diplomacy", "diplomacy", 2, "pope-leo-peace-appeal-2028-08-13", a="Megan Achterberg"),
  E("2028-08-13 14:30", "Kyiv scales back Independence Day events over security fears",
    ["Authorities in Kyiv said there would be no public gatherings in the city centre on 24 August, Ukraine's Independence Day, because of the risk of missile attacks.",
     "Commemorations will instead take place in smaller ceremonies and online."],
    "other", "politics", 2, "kyiv-scales-back-independence-day-2028-08-13", a="Oliver Haddow"),
  E("2028-08-13 16:10", "Zelensky: 'We will not trade our land for promises'",
    ["Volodymyr Zelensky has said Ukraine will not give up territory in exchange for security guarantees that are not backed by troops and treaties.",
     "Speaking to reporters in Kyiv, the Ukrainian president said any deal must begin with a full ceasefire along the current front line."],
    "diplomacy", "diplomacy", 3, "zelensky-no-land-for-promises-2028-08-13", a="Megan Achterberg"),
  ]))


# ---------------------------------------------------------------- 16207 Daily Mirror (Reach live blog, HTML)
def r_mirror(S):
    """Daily Mirror (Reach plc) live blog, HTML. Page line '07:02, 15 Aug 2028 Updated 18:40, 15 Aug 2028'; 'Key Events'
    block of jump links; newest first; per post a bare '18:40', headline, author, body; 'READ MORE' links; comment count.
    LiveBlogPosting JSON-LD with liveBlogUpdate (headline, datePublished, articleBody)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"])}
           for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Mirror"}, "liveBlogUpdate": ups}
    f = lambda d: f"{d:%H:%M}, {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Mirror Online</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="mod-header"><a class="logo" href="/">Mirror</a><nav><a href="/news/">News</a> <a href="/news/politics/">Politics</a> '
           '<a href="/sport/football/">Football</a> <a href="/3am/">Celebs</a> <a href="/tv/">TV</a> <a href="/money/">Money</a> <a href="/travel/">Travel</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/news/weather/">Weather</a></nav></header>',
           '<main><nav class="breadcrumbs"><a href="/news/">News</a> <a href="/news/world-news/">World News</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="sub-title">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span> <span class="role">{esc(S["role"])}</span></div>',
           f'<div class="time-info"><span>{f(pub)}</span> <span>Updated {f(last)}</span></div>',
           f'<div class="tools"><button>Bookmark</button> <a href="#comments">Comments ({S["comments"]})</a> <button>NEWS</button></div>',
           '<div class="key-events"><h2>Key Events</h2><ul>']
    out += [f'<li><a href="#event-{i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out.append('</ul></div><div class="live-events">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="event-{i}"><time>{st}</time><h2>{esc(e["h"])}</h2><span class="event-author">{esc(e["a"])}</span>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gallery"><figcaption>Residents in Kharkiv (Image: Getty Images)</figcaption></figure>')
        if e.get("readmore"):
            out.append(f'<p class="read-more"><strong>READ MORE: <a>{esc(e["readmore"])}</a></strong></p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="newsletter">Get the biggest daily news stories by email <input placeholder="Enter email"> <button>Subscribe</button></div>')
    out += ['</div><div id="comments">Comments</div></main>',
            f'<footer><a>Contact us</a> <a>Terms &amp; conditions</a> <a>Privacy notice</a> <span>\u00a9{pub.year} a Reach plc subsidiary</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KHARKIV15 = "kharkiv-missile-strike-2028-08-15"
SEEDS.append(dict(
  id="16207", name="16207_mirror-live", ext="html", source="Daily Mirror", zone="Europe/London", render=r_mirror,
  title="Ukraine war live: Zelensky lands in Washington for Trump talks as Russian missile kills three in Kharkiv",
  url="https://www.mirror.co.uk/news/world-news/live-ukraine-war-zelensky-washington-31744082", published="2028-08-15 07:02",
  byline="Sophie Harlow", role="Live News Reporter", comments=214,
  lede="The Ukrainian president is due at the White House on Wednesday, as Russia continues its bombardment of cities across the country.",
  basis="bare post time '{s}' (24-hour, no zone; UK time implied, BST = UTC+1); the day comes from the page line '07:02, 15 Aug 2028 Updated 18:40, 15 Aug 2028'; local {d} in {z}",
  notes="Imitates a Daily Mirror (Reach plc) live blog. Newest first. Page line '07:02, 15 Aug 2028 Updated 18:40, 15 Aug 2028' (UK time, no zone). A 'Key Events' block lists three post headlines as jump links: treated as the page's Key Points block (key_point true, importance 3). Each post: bare '18:40', headline, author name, body; 'READ MORE:' links inside posts are chrome. The 12:10 'Pictured:' post is a photo gallery with only an image caption (no body). LiveBlogPosting JSON-LD with one BlogPosting per post.",
  not_entries=["header logo and navigation", "breadcrumbs 'News / World News'", "page headline (page title)", "sub-title (page lede)",
               "page byline 'Sophie Harlow Live News Reporter'", "page time line", "Bookmark / Comments (214) / NEWS tools", "'Key Events' heading and its jump links (navigation to posts, not extra entries)",
               "per-post author names (author data)", "'READ MORE:' links inside posts", "gallery caption 'Residents in Kharkiv (Image: Getty Images)'",
               "newsletter box", "comments anchor", "footer"],
  entries=[
  E("2028-08-15 18:40", "Zelensky lands in Washington ahead of White House talks with Trump",
    ["Volodymyr Zelensky has arrived at Joint Base Andrews ahead of talks with Donald Trump at the White House tomorrow.",
     "The Ukrainian president is expected to press for more Patriot systems and for sanctions on buyers of Russian oil. European leaders have been invited to join part of the meeting."],
    "diplomacy", "diplomacy", 3, "zelensky-washington-visit-2028-08-15", a="Sophie Harlow", kp=True),
  E("2028-08-15 17:55", "Putin says Russia 'ready to talk' but sets new conditions",
    ["Vladimir Putin has said Moscow is ready for talks with Ukraine but only if Kyiv first withdraws its troops from the rest of the Donetsk region.",
     "Speaking at a meeting with defence industry chiefs, the Russian president also demanded an end to Western arms deliveries."],
    "diplomacy", "diplomacy", 3, "putin-new-conditions-for-talks-2028-08-15", a="Sophie Harlow", readmore="What Trump and Zelensky will discuss at the White House"),
  E("2028-08-15 16:20", "British volunteer killed fighting near Kramatorsk, family confirms",
    ["The family of a former British soldier who joined Ukraine's International Legion have confirmed he was killed in fighting near Kramatorsk last week.",
     "The 32-year-old from Leeds had served in Afghanistan before travelling to Ukraine in 2026."],
    "other", "frontline", 2, "british-volunteer-killed-kramatorsk-2028-08", a="Callum Birtles"),
  E("2028-08-15 12:10", "Pictured: Kharkiv residents sweep up glass after missile strike", [],
    "strikes", "strikes", 1, KHARKIV15, a="Callum Birtles", n="photo teaser, no body"),
  E("2028-08-15 11:40", "Russian missile strike on Kharkiv kills three and injures 20",
    ["Three people have been killed and at least 20 injured after a Russian missile hit a residential area of Kharkiv, the city's mayor said.",
     "Ihor Terekhov said the missile struck between two apartment blocks in the Saltivskyi district. Children were among the injured."],
    "strikes", "strikes", 3, KHARKIV15, a="Callum Birtles", kp=True),
  E("2028-08-15 10:05", "Germany confirms delivery of two more IRIS-T air defence systems",
    ["Germany has delivered two more IRIS-T air defence systems to Ukraine, the defence ministry in Berlin said.",
     "The systems were paid for from Germany's own budget and will be deployed to protect cities in the east."],
    "aid", "aid", 3, "germany-iris-t-delivery-2028-08-15", a="Sophie Harlow", kp=True),
  E("2028-08-15 08:30", "Russia claims it downed 57 drones over Bryansk and Kursk",
    ["Russia's defence ministry said it had destroyed 57 Ukrainian drones over its border regions overnight.",
     "There were no immediate reports of damage."],
    "strikes", "strikes", 2, "russia-downs-57-drones-2028-08-15", a="Sophie Harlow"),
  ]))


# ---------------------------------------------------------------- 16208 Evening Standard (live blog, text scrape)
def r_standard(S):
    """Evening Standard live blog (ESI platform) as copied from the browser: 'Key Points' list of post headlines, then posts
    newest first, each opened by a stamp line '16:40 , NAME' (bare 24-hour time, comma, author) before the headline."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Evening Standard", "News   Business   Sport   Showbiz   Lifestyle   Homes & Property   Going Out   Puzzles", "Sign in", "",
         "World", "", "LIVE", S["title"], "", S["lede"], "", " and ".join(S["authors"]),
         f"Updated: {last.day} {MONTHS[last.month - 1]} {last.year} {last:%H:%M}", "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} , {e['a']}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up to our newsletters for the latest London news, every morning.", ""]
    L += ["More about", "Ukraine   Russia   Odesa   Metropolitan Police", "", "Have your say...", "",
          f"\u00a9 {last.year} Evening Standard", "About us   Contact us   Privacy notice   Cookie policy"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16208", name="16208_standard-live", ext="txt", source="Evening Standard", zone="Europe/London", render=r_standard,
  title="Ukraine-Russia war latest: Kyiv and Moscow agree Black Sea shipping talks as two charged over London warehouse arson",
  authors=["Abigail Treen", "Tom Pilgrim"],
  lede="Follow live updates as Turkey announces the talks on safe passage for merchant ships.",
  basis="stamp line '{s}' before the headline (bare 24-hour time, then the author; no zone, UK time implied, BST = UTC+1); the day comes from the page line 'Updated: 17 August 2028 16:40'; local {d} in {z}",
  notes="Imitates an Evening Standard live blog (ESI platform) as copied from the browser. Newest first. 'Key Points' lists two post headlines (key_point true, importance 3), followed by 'Show latest update'. Each post opens with a stamp line '16:40 , Abigail Treen' (time, space-comma, author; no date, no zone) before the headline; the day is given only by 'Updated: 17 August 2028 16:40'. UK time, BST.",
  not_entries=["'Skip to main content'", "masthead, navigation and 'Sign in'", "section label 'World'", "'LIVE' label", "page headline (page title)",
               "page lede", "page byline 'Abigail Treen and Tom Pilgrim'", "'Updated: ...' line", "'Key Points' heading and its list (pointers to posts)",
               "'Show latest update'", "newsletter sign-up line after the third post", "'More about' tag list", "'Have your say...'", "copyright and footer links"],
  entries=[
  E("2028-08-17 16:40", "Ukraine and Russia agree to Black Sea shipping safety talks in Istanbul",
    ["Ukraine and Russia have agreed to send delegations to Istanbul next week for talks on the safety of merchant shipping in the Black Sea, Turkey's foreign ministry said.",
     "The talks would be the first direct contact between the two sides on maritime issues this year. Ukraine's foreign minister Andrii Sybiha said Kyiv would insist on guarantees for its ports."],
    "diplomacy", "diplomacy", 3, "black-sea-shipping-talks-istanbul-2028-08-17", a="Abigail Treen", kp=True),
  E("2028-08-17 15:10", "Two men charged over arson attack on Ukrainian-owned warehouse in east London",
    ["Two men have been charged in connection with a fire at a warehouse in Leyton that stored aid supplies bound for Ukraine, the Metropolitan Police said.",
     "Counter-terrorism officers, who led the investigation, said they were examining whether the men had been recruited by Russian intelligence through messaging apps."],
    "other", "security", 2, "leyton-warehouse-arson-charges-2028-08-17", a="Tom Pilgrim"),
  E("2028-08-17 13:25", "Russian drone strike on Odesa port damages grain ship",
    ["A cargo ship loading grain in the port of Chornomorsk near Odesa was damaged in a Russian drone attack, Ukraine's infrastructure ministry said.",
     "Two crew members, both Egyptian nationals, suffered minor injuries."],
    "strikes", "strikes", 3, "chornomorsk-grain-ship-drone-strike-2028-08-17", a="Abigail Treen", kp=True),
  E("2028-08-17 11:50", "London charity sends 40 ambulances to Ukraine",
    ["A convoy of 40 refurbished ambulances left a depot in Croydon this morning, bound for frontline hospitals in eastern Ukraine.",
     "The charity behind the convoy said the vehicles had been donated by NHS trusts across London and the South East."],
    "aid", "aid", 2, "london-charity-ambulance-convoy-2028-08-17", a="Tom Pilgrim"),
  E("2028-08-17 10:15", "IAEA says drone hit training centre at Zaporizhzhia nuclear plant",
    ["The International Atomic Energy Agency said a drone struck a training building at the Russian-occupied Zaporizhzhia nuclear power plant, with no impact on reactor safety.",
     "The agency's inspectors on site reported scorch marks on the roof. Both Russia and Ukraine blamed each other."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-drone-hit-2028-08-17", a="Abigail Treen"),
  E("2028-08-17 08:30", "Russia says it repelled Ukrainian attack in Kursk border area",
    ["Russia's defence ministry said its troops had beaten back an attempt by Ukrainian units to cross the border into the Kursk region overnight.",
     "Ukraine's military did not comment."],
    "other", "frontline", 2, "kursk-border-incursion-claim-2028-08-17", a="Tom Pilgrim"),
  ]))


# ---------------------------------------------------------------- 16209 Metro (WordPress RSS)
def wp(s):
    """WordPress texturised output: curly quotes and ellipses as numeric entities."""
    return s.replace("&", "&#038;").replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u2026", "&#8230;")


def r_metro(S):
    """Metro (metro.co.uk, WordPress) news RSS 2.0: newest first; pubDate in +0000; dc:creator in CDATA; category in CDATA;
    description in CDATA with texturised entities (&#8217;), sometimes cut with ' [&#8230;]'; slash:comments."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '>', '', '<channel>',
           '\t<title>News | Metro News</title>', '\t<atom:link href="https://metro.co.uk/news/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://metro.co.uk</link>', '\t<description>Metro.co.uk: News, Sport, Showbiz, Celebrities from Metro</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.9</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = rfc822(d); stamps.append(st)
        pid = 21480377 - i * 4113
        link = f"https://metro.co.uk/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'].replace(chr(8217), ''), 70)}-{pid}/"
        desc = wp(e["p"][0]) + (" [&#8230;]" if e.get("cut") else "")
        out += ['\t<item>', f'\t\t<title>{wp(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://metro.co.uk/?p={pid}</guid>', f'\t\t<description><![CDATA[{desc}]]></description>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', f'\t\t<slash:comments>{e.get("cc", 0)}</slash:comments>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16209", name="16209_metro-newsrss", ext="xml", source="Metro", zone="Europe/London", render=r_metro,
  title="News | Metro News",
  basis="RSS pubDate '{s}' (explicit +0000, i.e. UTC; UK local time is BST = UTC+1); local {d} in {z}",
  notes="Imitates Metro's WordPress news feed (RSS 2.0). Newest first; pubDate in +0000 although the site is in London (page_timezone Europe/London, local = UTC+1); dc:creator and categories in CDATA; descriptions in CDATA with WordPress entities (&#8217; = right single quote, so headlines and first sentences carry curly apostrophes after decoding; two descriptions end with ' [&#8230;]' = ' [\u2026]'); slash:comments counts. Three of seven items are not about the war. The explainer on the 'coalition of the willing' (16209-03) is a theme piece.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update*, generator", "per-item link, comments URL, guid, category, wfw:commentRss, slash:comments",
               "the WordPress cut marker ' [\u2026]' at the end of two descriptions"],
  entries=[
  E("2028-08-19 20:20", "Woman killed as Russian drone hits Kyiv apartment block",
    ["A 64-year-old woman was killed and eight other people were hurt when a Russian drone crashed into the upper floors of a 16-storey block in Kyiv\u2019s Obolon district.",
     ], "strikes", "strikes", 3, "kyiv-obolon-drone-strike-2028-08-19", a="Harriet Oyelaran", cats=["News", "World", "Russia", "Ukraine"], cc=12),
  OFF("2028-08-19 18:05", "Walker rescued after two nights stuck in Snowdonia gully",
    ["A hiker who spent two nights trapped on a ledge in Eryri has been airlifted to hospital after a passing climber heard him shouting for help."],
    "snowdonia-walker-rescue-2028-08-19", a="Ciaran Mulvey", n="UK mountain rescue", cats=["News", "UK"], cc=3),
  E("2028-08-19 16:40", "What is the \u2018coalition of the willing\u2019 and could British troops go to Ukraine?",
    ["The group of mostly European countries led by the UK and France has spent months planning a force that could help guard a future ceasefire in Ukraine.",
     ], "diplomacy", "diplomacy", 2, "explainer-coalition-of-the-willing-2028-08", a="Harriet Oyelaran", cats=["News", "World", "Ukraine"], cut=True,
    n="theme piece (explainer) on the planned reassurance force; own story"),
  OFF("2028-08-19 14:15", "Met Office issues amber heat warning for London and the South East",
    ["Temperatures could reach 34\u00b0C on Monday, forecasters said, as the amber warning came into force for much of southern England."],
    "amber-heat-warning-2028-08-19", a="Ciaran Mulvey", n="weather", cats=["News", "UK", "Weather"], cc=41),
  E("2028-08-19 12:30", "Ukrainians in the UK given two more years to stay under visa extension",
    ["Ukrainians living in Britain under the Homes for Ukraine and family schemes will be allowed to apply for a further 24 months\u2019 permission to stay, the Home Office has announced.",
     ], "other", "humanitarian", 2, "uk-ukrainian-visa-extension-2028-08-19", a="Jessica Tran", cats=["News", "UK", "Ukraine"], cut=True, cc=88),
  OFF("2028-08-19 10:45", "Arsenal\u2019s new signing ruled out of season opener with hamstring injury",
    ["Arsenal will be without their summer signing for the first match of the Premier League season after he picked up a hamstring problem in training."],
    "arsenal-signing-injury-2028-08-19", a="Ciaran Mulvey", n="football", cats=["Sport", "Football"], cc=57),
  E("2028-08-19 09:10", "Ukraine says its drones hit Russian drone factory 800 miles from the border",
    ["Ukraine\u2019s military says long-range drones struck the Alabuga plant in Tatarstan, where Russia assembles thousands of Shahed-type attack drones.",
     ], "strikes", "strikes", 2, "alabuga-drone-factory-strike-2028-08-19", a="Jessica Tran", cats=["News", "World", "Russia", "Ukraine"], cc=23),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-08-23 (UTC), day 2 = 2028-08-24, day 3 = 2028-08-28.
CHN = "chernihiv-missile-strike-2028-08-23"
NORD = "nordic-patriot-interceptor-funding-2028-08-23"
SYB = "sybiha-ankara-black-sea-talks-2028-08-23"
SYB_H = "Sybiha and Turkish counterpart discuss Black Sea security in Ankara"
SYB_P = ["Ukraine\u2019s foreign minister Andrii Sybiha held talks with Turkish Foreign Minister Hakan Fidan in Ankara on Wednesday, focusing on the safety of commercial shipping in the Black Sea.",
         "The two ministers discussed a Turkish proposal for naval mine clearance after any ceasefire, Ukraine\u2019s foreign ministry said."]


# ---------------------------------------------------------------- 16220 Hallowfen Courier (day 1, text live)
def r_hallowfen(S):
    """text live, newest first; 'Key Points' list; stamp line '7.10pm BST' before the headline; 'Posted by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home  |  UK  |  World  |  Ukraine war  |  Business  |  Sport  |  Opinion", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Get the Courier\u2019s Ukraine Briefing in your inbox every weekday. Sign up here.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="16220", name="16220_hallowfen-textlive", ext="txt", source="Hallowfen Courier", zone="Europe/London", render=r_hallowfen,
  title="Russia-Ukraine war live: Chernihiv missile strike toll rises to nine",
  dateline="Wednesday 23 August 2028",
  lede="Ballistic missiles hit the centre of the northern city on Wednesday morning; Norway and Denmark announce funding for Patriot interceptors.",
  basis="stamp '{s}' before the headline (12-hour clock with a dot, BST printed) under the date line 'Wednesday 23 August 2028'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' lists three post headlines (key_point true). Stamps '7.10pm BST' (dot separator) before the headline; 'Posted by NAME' after the body (author). The 3.30pm 'Watch:' post has no text (teaser). The 5.20pm analysis (16220-03) is a theme piece that mentions Chernihiv but is its own story.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "date line", "page lede", "'Key Points' heading and its list (pointers to posts)",
               "'Latest' heading", "'Posted by NAME' lines (author data)", "newsletter line after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2028-08-23 20:10", "Chernihiv toll climbs to nine as rescuers reach collapsed stairwell",
    ["Nine people are now known to have died in this morning\u2019s missile strike on Chernihiv, after rescuers recovered two more bodies from the stairwell of a collapsed apartment block.",
     "The head of the regional military administration said 48 people had been injured, 11 of them seriously. Emergency crews expect to keep working through the night."],
    "strikes", "strikes", 3, CHN, a="Imogen Thwaite", kp=True, n="toll 9"),
  E("2028-08-23 18:45", "Norway and Denmark to pay for Patriot interceptors for Ukraine",
    ["Norway and Denmark will jointly fund a new batch of Patriot interceptor missiles for Ukraine, the two countries\u2019 defence ministers said in a joint statement.",
     "The statement did not give a number of missiles but put the combined cost at about $600 million. The interceptors will come from US production."],
    "aid", "aid", 3, NORD, a="Rafe Okonkwo", kp=True),
  E("2028-08-23 17:20", "Analysis: How Russia\u2019s ballistic missiles outrun the sirens",
    ["Today\u2019s strike on Chernihiv, barely 40 miles from the Belarusian border, is a reminder of how little warning Ukrainian cities get when Russia fires ballistic rather than cruise missiles.",
     "An Iskander fired from close to the border can reach a city in the north in under three minutes, often before the air-raid alert has finished sounding.",
     "Only a handful of systems, chiefly the US-made Patriot, can reliably intercept such missiles, and Ukraine has too few batteries to cover more than a few cities."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-warning-times-2028-08", a="Rafe Okonkwo",
    n="theme piece (analysis); mentions the Chernihiv strike but is its own story; must not merge with the strike"),
  E("2028-08-23 15:30", "Watch: Smoke rises over central Chernihiv after strike", [],
    "strikes", "strikes", 1, CHN, a=None, n="video teaser, no body"),
  E("2028-08-23 13:55", "Russia claims capture of village in Donetsk region",
    ["Russia\u2019s defence ministry said its troops had captured a village west of Kostiantynivka. Ukraine\u2019s general staff said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2028-08-23", a="Imogen Thwaite"),
  E("2028-08-23 11:40", "Missiles strike Chernihiv city centre, at least four dead",
    ["At least four people were killed when Russian ballistic missiles struck the centre of Chernihiv in northern Ukraine shortly after 10am local time, officials said.",
     "One missile hit a five-storey apartment block and another landed near a hospital, the city\u2019s acting mayor said."],
    "strikes", "strikes", 3, CHN, a="Imogen Thwaite", kp=True, n="toll 4"),
  E("2028-08-23 09:15", "Kremlin: no Putin-Zelensky meeting until \u2018groundwork\u2019 is done",
    ["Kremlin spokesman Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr Zelensky was not on the agenda until negotiators had settled the main terms of a settlement."],
    "diplomacy", "diplomacy", 2, "kremlin-no-leaders-meeting-2028-08-23", a="Rafe Okonkwo",
    n="must not merge with 16222-04 (another Kremlin statement the same day, on the EU monitoring plan)"),
  ]))


# ---------------------------------------------------------------- 16221 Ellerdine Herald (day 1, HTML live + LiveBlogPosting)
def r_ellerdine(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '09:35' in
    <time datetime>; byline line under the h2; printed note 'All times CEST'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and its partners use cookies. <button>Agree</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/europe">Europe</a> <a href="/germany">Germany</a> '
           '<a href="/ukraine-war">Ukraine war</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])} \u00b7 All times CEST</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>Also read</h3><a href="/ukraine-war/air-defence-map">Where Ukraine\u2019s air defences are, and where they are not</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


KUP_H = "Russian forces step up assaults near Kupiansk"
KUP_P1 = "Russian units have launched more than 30 assaults around Kupiansk in the past 24 hours, Ukraine\u2019s general staff said, the highest number in that sector this month."
SEEDS.append(dict(
  id="16221", name="16221_ellerdine-htmllive", ext="html", source="Ellerdine Herald", zone="Europe/Berlin", render=r_ellerdine,
  title="War in Ukraine: missiles hit Chernigov \u2013 the day\u2019s events", url="https://ellerdine-herald.example/ukraine-war/live-2028-08-23",
  dateline="Wednesday, 23 August 2028",
  lede="Our live coverage of Russia\u2019s war against Ukraine, updated through the day.",
  basis="visible '{s}' in <time datetime> (CEST per the printed note 'All times CEST'; the JSON-LD repeats the same instants) under the dateline 'Wednesday, 23 August 2028'; local {d} in {z}",
  notes="Invented outlet (Germany). HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00) and author. Visible '09:35' in <time datetime>; 'All times CEST'. Uses the Russian-derived spelling 'Chernigov'. 16221-06 repeats 16221-04 almost verbatim (same headline and first paragraph, one changed sentence): duplicate_of 16221-04. The overnight drone attack on an energy site in the Chernihiv region (16221-01) is a different strike from the city-centre missile strike.",
  not_entries=["cookie banner", "header and navigation", "page title", "dateline with 'All times CEST'", "standfirst", "per-post Link/Share tools",
               "'Also read' box after the third post", "footer"],
  entries=[
  E("2028-08-23 06:50", "Drones hit energy facility in Chernihiv region overnight",
    ["Russian drones struck an energy facility in the north of the Chernihiv region overnight, leaving around 20,000 households without power, the regional administration said.",
     "Nobody was hurt, according to officials."],
    "strikes", "strikes", 2, "chernihiv-region-energy-drone-strike-2028-08-23", a="Jonas Wetterling",
    n="same region, different strike (overnight drones on an energy site): must not merge with the Chernihiv city missile strike"),
  E("2028-08-23 09:35", "Ballistic missiles strike Chernigov; at least two killed",
    ["Russian ballistic missiles hit the centre of Chernigov in northern Ukraine on Wednesday morning, killing at least two people, regional officials said.",
     "Pictures from the scene showed a damaged apartment block and burning cars in a street close to a hospital."],
    "strikes", "strikes", 3, CHN, a="Jonas Wetterling", n="spelling 'Chernigov'; toll 2"),
  E("2028-08-23 11:10", "Merz promises \u2018rapid\u2019 air defence help after Chernigov strike",
    ["Chancellor Friedrich Merz said Germany would help Ukraine \u2018quickly and without bureaucracy\u2019 to close gaps in its air defences, after the deadly strike on Chernigov.",
     "He did not name specific systems. A government spokesman said details would follow in the coming weeks."],
    "aid", "aid", 2, "merz-air-defence-promise-2028-08-23", a="Lea Brandauer",
    n="an aid statement of its own; must not merge with the Nordic Patriot funding (same theme, other event) or with the strike"),
  E("2028-08-23 13:40", KUP_H,
    [KUP_P1, "Ukrainian commanders say Russian infantry are crossing the Oskil river in small groups under cover of drones."],
    "other", "frontline", 2, "kupiansk-assaults-2028-08-23", a="Lea Brandauer"),
  E("2028-08-23 16:05", "Chernigov death toll rises to seven",
    ["The number of people killed in this morning\u2019s missile strike on Chernigov has risen to seven, including a child, the regional governor said.",
     "Around 40 people were injured."],
    "strikes", "strikes", 3, CHN, a="Jonas Wetterling", n="toll 7"),
  E("2028-08-23 18:30", KUP_H,
    [KUP_P1, "Ukrainian commanders say Russian infantry are crossing the Oskil river in small groups, often at night."],
    "other", "frontline", 1, "kupiansk-assaults-2028-08-23", a="Lea Brandauer", dup="16221-04", n="near-verbatim repeat of 16221-04 (one sentence changed)"),
  ]))


# ---------------------------------------------------------------- 16222 Frithbeck World Service (day 1, general world RSS)
def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate in GMT or with the outlet's numeric offset (S['rfc']), one or more CDATA
    paragraphs; dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16222", name="16222_frithbeck-worldrss", ext="xml", source="Frithbeck World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Frithbeck World Service \u2013 World", url="https://frithbeck.example/news", guid="fws-20280823",
  lede="Top world stories from Frithbeck World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, no authors. Four of six items are not about the war (Paralympics, Pakistan floods, Marseille wildfire, Japan exports).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2028-08-23 21:15", "Paralympics: China tops medal table as Los Angeles Games enter final days",
    ["China has extended its lead at the top of the Paralympic medal table, with Great Britain and the United States vying for second place before Sunday\u2019s closing ceremony."],
    "la-paralympics-medal-table-2028-08-23", n="sport", cat="Sport"),
  E("2028-08-23 18:40", "Chernihiv mourns as missile strike toll reaches nine",
    ["Nine people were killed and dozens wounded when Russian missiles hit the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, local officials said.",
     "President Volodymyr Zelensky said the attack showed Russia had no interest in peace."],
    "strikes", "strikes", 3, CHN, n="toll 9; Zelensky's reaction is part of the strike story"),
  OFF("2028-08-23 15:05", "Monsoon floods displace thousands in Pakistan\u2019s Sindh province",
    ["More than 40,000 people have been moved to relief camps in southern Pakistan after days of heavy monsoon rain, the provincial disaster agency said."],
    "pakistan-sindh-floods-2028-08-23", n="floods", cat="Asia"),
  E("2028-08-23 12:30", "Kremlin dismisses EU plan for ceasefire monitoring mission",
    ["The Kremlin said a European proposal to send civilian monitors to oversee any future ceasefire in Ukraine was \u2018premature and one-sided\u2019."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-eu-monitoring-plan-2028-08-23"),
  OFF("2028-08-23 09:20", "Wildfire near Marseille forces evacuation of campsites",
    ["French firefighters battled a wildfire in hills east of Marseille, where about 1,500 holidaymakers were moved from campsites overnight."],
    "marseille-wildfire-2028-08-23", n="wildfire", cat="Europe"),
  OFF("2028-08-23 06:45", "Japan\u2019s exports fall for third straight month",
    ["Japanese exports fell 3.1 per cent in July from a year earlier, official data showed, dragged down by weaker car shipments to the United States."],
    "japan-exports-fall-2028-08-23", n="economy", cat="Business"),
  ]))


# ---------------------------------------------------------------- 16223 Ivelhurst Review (day 1, Atom)
def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{slug(e["h"], 50)}"/>', f'<id>tag:{S["url"][8:]},{d:%Y-%m-%d}:{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16223", name="16223_ivelhurst-atom", ext="xml", source="Ivelhurst Review", zone="Europe/Kyiv", render=r_atom,
  title="Ivelhurst Review \u2013 Ukraine", url="https://ivelhurst-review.example", lede="News from Ukraine and about Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English). Atom 1.0, newest first, <published> with +03:00, one author per entry, HTML content escaped once. The UN condemnation (16223-01) is reported together with the new toll (11) and shares the strike's story. The Zaporizhzhia glide bomb (16223-03) is another deadly strike the same day: must not merge with Chernihiv. 16223-04 (Sybiha in Ankara) is re-posted verbatim on day 2 by 16232.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id elements"],
  entries=[
  E("2028-08-23 23:30", "Chernihiv strike: UN rights office condemns attack as toll reaches 11",
    ["The death toll from Wednesday\u2019s Russian missile strike on Chernihiv has risen to 11, the regional military administration said late in the evening.",
     "The UN human rights monitoring mission in Ukraine said it was appalled by the attack, which hit a residential block and damaged a children\u2019s hospital."],
    "strikes", "strikes", 3, CHN, a="Oksana Lutsenko", sec=["diplomacy"], n="toll 11; UN reaction to the strike, same story"),
  E("2028-08-23 21:10", "Nordic countries fund Patriot missiles for Ukraine in $600m deal",
    ["Norway and Denmark will spend about $600 million on Patriot missiles for Ukraine, bought from the United States, the defence ministries of both countries announced."],
    "aid", "aid", 3, NORD, a="Danylo Hrytsenko"),
  E("2028-08-23 18:45", "Glide bomb kills one in Zaporizhzhia",
    ["A Russian guided aerial bomb hit an industrial area of Zaporizhzhia in the afternoon, killing one man and injuring four, governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-2028-08-23", a="Oksana Lutsenko",
    n="another deadly strike the same day in another city: must not merge with Chernihiv"),
  E("2028-08-23 15:20", SYB_H, SYB_P, "diplomacy", "diplomacy", 2, SYB, a="Danylo Hrytsenko"),
  E("2028-08-23 12:05", "Chernihiv: rescuers search hospital wing after missile strike",
    ["Rescuers are searching a damaged wing of a hospital in Chernihiv after this morning\u2019s Russian missile strike, which has killed at least three people.",
     "Patients were moved to other hospitals in the region, the health ministry said."],
    "strikes", "strikes", 3, CHN, a="Oksana Lutsenko", n="toll 3"),
  E("2028-08-23 09:00", "Ukraine\u2019s parliament extends martial law for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for another 90 days, the latest in a long series of extensions since the full-scale invasion began."],
    "other", "politics", 2, "martial-law-extension-2028-08-23", a="Danylo Hrytsenko"),
  ]))


# ---------------------------------------------------------------- day 2 (2028-08-24, Ukraine's Independence Day)
KREM = "kremenchuk-refinery-missile-strike-2028-08-24"
ZSPEECH = "zelensky-independence-day-speech-2028-08-24"
NOVO = "novorossiysk-oil-terminal-drone-strike-2028-08-24"


# ---------------------------------------------------------------- 16230 Lowesfold Post (day 2, HTML live, no JSON-LD)
def r_lowesfold(S):
    """HTML live, newest first, no JSON-LD; bare '22:40' in a span above the h2 and a printed note 'All times are Kyiv time
    (EEST)'; byline under the h2; photo gallery placeholder for a 'Photos:' post."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="cookie-bar">We use cookies to improve your experience. <button>Accept</button> <button>Reject</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>News</a> <a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Comment</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times are Kyiv time (EEST)</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Related</h3><a href="/ukraine/chernihiv-strike-what-we-know">Chernihiv strike: what we know so far</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-23-08">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16230", name="16230_lowesfold-htmllive", ext="html", source="Lowesfold Post", zone="Europe/Kyiv", render=r_lowesfold,
  title="Ukraine marks Independence Day as missiles hit Kremenchuk \u2013 live",
  dateline="Thursday 24 August 2028",
  lede="Russia struck an oil refinery and homes in central Ukraine on the 37th anniversary of independence; Canada\u2019s prime minister is in Kyiv.",
  basis="visible '{s}' above the headline (24-hour, Kyiv time per the printed note 'All times are Kyiv time (EEST)') under the date line 'Thursday 24 August 2028'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Bare '22:40' above each h2; 'All times are Kyiv time (EEST)' printed under the title; 'By NAME' under the headline. 16230-02 'Photos:' is a gallery teaser without text. 16230-03 continues day 1's Chernihiv strike (new development: search ended, toll 12, day of mourning) and keeps the day-1 slug. Carney's visit (16230-05) and Zelensky's speech (16230-04) are separate Independence Day stories.",
  not_entries=["cookie bar", "header and navigation", "page title", "date line with the time-zone note", "lead paragraph", "'By NAME' lines (author data)",
               "gallery placeholder '[Gallery: 12 photos]'", "'Related' box after the third entry", "link to yesterday's live coverage", "footer"],
  entries=[
  E("2028-08-24 22:40", "Kremenchuk death toll rises to eight",
    ["Eight people are now known to have been killed in this morning\u2019s Russian strike on Kremenchuk, the head of the Poltava regional administration said.",
     "Firefighters said they had contained the blaze at the refinery after more than 15 hours."],
    "strikes", "strikes", 3, KREM, a="Marta Kovalchuk", n="toll 8"),
  E("2028-08-24 20:15", "Photos: Kremenchuk after the strike", [], "strikes", "strikes", 1, KREM, a=None, n="photo teaser, no body"),
  E("2028-08-24 17:30", "Chernihiv ends search and declares day of mourning; toll now 12",
    ["Rescue workers in Chernihiv ended their search of the apartment block hit by Russian missiles on Wednesday, with the final death toll at 12, the city administration said.",
     "Friday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, CHN, a="Marta Kovalchuk", n="day-2 continuation of day 1's Chernihiv strike (new development: search ended, toll 12, mourning)"),
  E("2028-08-24 14:05", "Zelensky on Independence Day: \u2018We will not accept a frozen war\u2019",
    ["In his Independence Day address, President Volodymyr Zelensky said Ukraine would not agree to any deal that simply froze the fighting and left Russia free to attack again.",
     "He spoke in front of the Chernihiv regional administration building, which was damaged in 2022."],
    "diplomacy", "diplomacy", 3, ZSPEECH, a="Petro Savchuk"),
  E("2028-08-24 11:20", "Canada\u2019s Carney arrives in Kyiv for Independence Day",
    ["Canadian Prime Minister Mark Carney arrived in Kyiv by train on Thursday morning to attend Independence Day events and meet President Zelensky.",
     "His office said he would announce new funding for Ukraine\u2019s energy grid."],
    "diplomacy", "diplomacy", 3, "carney-kyiv-visit-2028-08-24", a="Petro Savchuk",
    n="same Independence Day theme as Zelensky's speech but another event: must not merge with it"),
  E("2028-08-24 07:50", "Russian missiles hit Kremenchuk refinery and nearby homes",
    ["Russian missiles struck the oil refinery in Kremenchuk and a residential street nearby at around 6:30am, killing at least two people, regional officials said.",
     "A large fire broke out at the refinery."],
    "strikes", "strikes", 3, KREM, a="Marta Kovalchuk", n="toll 2"),
  ]))


# ---------------------------------------------------------------- 16231 Nethercombe Dispatch (day 2, text article with sections)
def r_nethercombe(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="16231", name="16231_nethercombe-article", ext="txt", source="Nethercombe Dispatch", zone="Europe/Kyiv", render=r_nethercombe,
  title="A subdued Independence Day as Russia strikes Kremenchug and Ukraine hits Novorossiysk",
  lede="Ukraine\u2019s 37th anniversary of independence was marked with small ceremonies, fresh funerals and a new exchange of long-range strikes.",
  byline="\u00c9lodie Marchetti in Kyiv", dateline="Thursday 24 August 2028, 17:45 EEST",
  more="Read more: Ukraine\u2019s refineries, Russia\u2019s ports \u2013 the energy war explained",
  basis="no per-section time: the article dateline 'Thursday 24 August 2028, 17:45 EEST'; local {d} in {z}",
  notes="Invented outlet. Text article with four section headings: each section is one entry (headline = heading, stamp null, published = the dateline time 17:45 EEST). Page byline 'By \u00c9lodie Marchetti in Kyiv' -> author '\u00c9lodie Marchetti' for every section. Spells the refinery city 'Kremenchug'. Section 4 (Ukraine's drone attack on Novorossiysk) must not merge with the Kremenchuk strike (strikes in the other direction).",
  not_entries=["outlet name and breadcrumb", "title", "standfirst", "byline", "dateline", "'Share \u00b7 Save \u00b7 Print'", "'Advertisement'", "'Read more:' link", "footer"],
  entries=[
  E("2028-08-24 17:45", "Independence Day under the sirens",
    ["Air-raid sirens sounded twice in Kyiv during the morning ceremonies, which were held without crowds for the fourth year running.",
     "In his address, President Volodymyr Zelensky said a ceasefire that only froze the front line would be \u2018a pause for Russia to reload\u2019, and that Ukraine would not sign one."],
    "diplomacy", "diplomacy", 3, ZSPEECH, a="\u00c9lodie Marchetti"),
  E("2028-08-24 17:45", "Kremenchug refinery ablaze",
    ["In Kremenchug, in the Poltava region, firefighters were still fighting a blaze at the city\u2019s refinery in the afternoon, hours after a Russian missile strike that killed five people.",
     "Two of the missiles hit a street of private houses next to the plant, local officials said."],
    "strikes", "strikes", 3, KREM, a="\u00c9lodie Marchetti", n="spelling 'Kremenchug'; toll 5"),
  E("2028-08-24 17:45", "Chernihiv buries its dead",
    ["In Chernihiv, the first funerals were held for victims of Wednesday\u2019s missile strike, whose toll was raised to 12 after rescuers finished searching the rubble."],
    "strikes", "strikes", 3, CHN, a="\u00c9lodie Marchetti", n="day-2 continuation of the day-1 Chernihiv strike (toll 12, funerals)"),
  E("2028-08-24 17:45", "Drones over Novorossiysk",
    ["Ukraine, for its part, marked the day with a drone attack on the Russian Black Sea port of Novorossiysk, where an oil terminal caught fire overnight, according to the local authorities.",
     "Russia\u2019s defence ministry said it had shot down 42 drones over the Black Sea and southern Russia."],
    "strikes", "strikes", 3, NOVO, a="\u00c9lodie Marchetti", n="Ukraine's strike on Russia: must not merge with the Kremenchuk strike"),
  ]))


# ---------------------------------------------------------------- 16232 Quillbeck Evening News (day 2, text live, oldest first)
def r_quillbeck(S):
    """text live, oldest first; headline FIRST, then 'Posted 1:15am EDT'; page date line with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  \u00b7  Nation  \u00b7  World  \u00b7  Business  \u00b7  Sports  \u00b7  Obituaries", "", S["title"], S["dateline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} EDT"; stamps.append(st)
        L += [e["h"], f"Posted {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} \u00b7 Subscribe \u00b7 Terms of Use \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


KREM5_H = "Kremenchuk toll rises to five; refinery fire still burning"
KREM5_P1 = "Five people were killed in the Russian strike on Kremenchuk, Ukraine\u2019s emergency service said, as a fire at the city\u2019s oil refinery burned into a tenth hour."
SEEDS.append(dict(
  id="16232", name="16232_quillbeck-textlive", ext="txt", source="Quillbeck Evening News", zone="America/New_York", render=r_quillbeck,
  title="Russia-Ukraine war: live updates for Thursday", dateline="Thursday, August 24, 2028",
  lede="Ukraine marks its Independence Day under fire. Follow along for the latest.",
  basis="'{s}' printed after the headline (12-hour clock, EDT) under the date line 'Thursday, August 24, 2028'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; headline first, then 'Posted 1:15am EDT'; no per-post authors (author null). 16232-02 re-posts day 1's 16223-04 (Sybiha in Ankara) verbatim, syndicated a day late: importance 1, same story slug, duplicate_of null (duplicates are defined within a seed). 16232-03 is a theme piece (explainer) that mentions Kremenchuk and Novorossiysk but is its own story. 16232-06 repeats 16232-04 nearly verbatim (duplicate_of 16232-04). 16232-07 continues day 1's Chernihiv story.",
  not_entries=["masthead and navigation", "page title", "date line", "page lede", "'Posted ...' lines (stamps)", "'ADVERTISEMENT'", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2028-08-24 01:15", "Russian strike sets Kremenchuk refinery ablaze, at least three killed",
    ["Russian missiles hit an oil refinery and nearby homes in the central Ukrainian city of Kremenchuk early Thursday, killing at least three people, Ukrainian officials said.",
     "The attack came hours before Ukraine was due to mark its Independence Day."],
    "strikes", "strikes", 3, KREM, n="toll 3"),
  E("2028-08-24 03:40", SYB_H, SYB_P, "diplomacy", "diplomacy", 1, SYB,
    n="re-post of day-1 entry 16223-04 (Ivelhurst Review, 23 August), verbatim; importance 1"),
  E("2028-08-24 06:25", "Explainer: Why oil refineries top both sides\u2019 target lists",
    ["Thursday\u2019s strike on Kremenchuk and Ukraine\u2019s overnight drone attack on Novorossiysk are the latest in a long campaign in which both countries aim at each other\u2019s fuel industry.",
     "For Ukraine, hitting refineries and export terminals is a way to cut the oil revenue that pays for Russia\u2019s war. For Russia, destroying Ukraine\u2019s few remaining refineries forces Kyiv to import fuel at higher cost.",
     "Refineries are large, hard to hide and slow to repair, which makes them attractive targets for long-range drones."],
    "strikes", "strikes", 2, "explainer-refinery-strikes-2028-08",
    n="theme piece (explainer); mentions Kremenchuk and Novorossiysk but is its own story: must not merge with either strike"),
  E("2028-08-24 09:10", KREM5_H,
    [KREM5_P1, "Rescuers were searching two destroyed houses near the plant."],
    "strikes", "strikes", 3, KREM, n="toll 5"),
  E("2028-08-24 11:30", "Zelensky marks Independence Day with vow to keep fighting",
    ["Ukrainian President Volodymyr Zelensky used his Independence Day speech to reject any ceasefire that would simply freeze the front line, saying Russia would use it to rearm."],
    "diplomacy", "diplomacy", 3, ZSPEECH),
  E("2028-08-24 12:45", KREM5_H,
    [KREM5_P1, "Rescuers were still searching two destroyed houses near the plant."],
    "strikes", "strikes", 1, KREM, dup="16232-04", n="near-verbatim repeat of 16232-04"),
  E("2028-08-24 15:20", "Chernihiv strike: toll revised to 12 as search ends",
    ["Officials in Chernihiv said the death toll from Wednesday\u2019s Russian missile strike had risen to 12 after rescuers finished searching the damaged apartment block."],
    "strikes", "strikes", 3, CHN, n="day-2 continuation of the day-1 Chernihiv strike"),
  ]))


# ---------------------------------------------------------------- 16233 Selsworth World Report (day 2, general world Atom)
SEEDS.append(dict(
  id="16233", name="16233_selsworth-worldatom", ext="xml", source="Selsworth World Report", zone="UTC", render=r_atom,
  title="Selsworth World Report \u2013 World news", url="https://selsworth-report.example", lede="The day\u2019s world news",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, no authors. Four of six entries are not about the war (Gulf storm, Brazil pensions, mpox vaccines, Tokyo stocks). 16233-04 (Ukraine's drone attack on Novorossiysk) must not merge with the Kremenchuk strike.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id elements"],
  entries=[
  OFF("2028-08-24 21:30", "Storm strengthens in Gulf of Mexico as Texas orders evacuations",
    ["A tropical storm gathering strength in the Gulf of Mexico is expected to become a hurricane before reaching the Texas coast on Saturday, forecasters said."],
    "gulf-storm-texas-2028-08-24", n="weather"),
  E("2028-08-24 18:05", "Kremenchuk strike death toll climbs to seven",
    ["Seven people were killed when Russian missiles hit an oil refinery and houses in Kremenchuk, central Ukraine, on Thursday morning, regional officials said."],
    "strikes", "strikes", 3, KREM, n="toll 7"),
  OFF("2028-08-24 15:40", "Brazil\u2019s Congress approves pension overhaul",
    ["Brazil\u2019s lower house gave final approval to a bill raising the minimum retirement age for public servants, a key plank of the government\u2019s spending plan."],
    "brazil-pension-overhaul-2028-08-24", n="politics elsewhere"),
  E("2028-08-24 12:15", "Ukrainian drones set Novorossiysk oil terminal ablaze, Russian officials say",
    ["A fire broke out at an oil terminal in the Russian port of Novorossiysk after an overnight Ukrainian drone attack, the regional emergency headquarters said.",
     "Loadings at the terminal were suspended."],
    "strikes", "strikes", 3, NOVO, n="must not merge with the Kremenchuk strike (other direction, other target)"),
  OFF("2028-08-24 09:00", "Mpox vaccine shipments reach eastern Congo",
    ["A shipment of 200,000 mpox vaccine doses has arrived in Goma, the World Health Organization said, as cases continue to rise in the region."],
    "congo-mpox-vaccines-2028-08-24", n="health"),
  OFF("2028-08-24 06:20", "Tokyo stocks close at record high",
    ["Japan\u2019s Nikkei index closed at a record high, led by chipmakers and carmakers."],
    "tokyo-stocks-record-2028-08-24", n="markets"),
  ]))


# ---------------------------------------------------------------- day 3 (2028-08-28)
LVIV = "lviv-missile-drone-attack-2028-08-28"
ENVOY = "witkoff-dmitriev-abu-dhabi-talks-2028-08-28"
STRYI = "stryi-gas-storage-drone-strike-2028-08-28"

# ---------------------------------------------------------------- 16240 Drumlough Times (day 3, general world RSS)
SEEDS.append(dict(
  id="16240", name="16240_drumlough-worldrss", ext="xml", source="Drumlough Times", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Drumlough Times \u2013 World", url="https://drumloughtimes.example/world", guid="dlt-20280828",
  lede="World news from the Drumlough Times",
  basis="RSS pubDate '{s}' (explicit -0400 = Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS 2.0 feed, newest first, pubDate with -0400, dc:creator on some items. Four of six items are not about the war (wildfire season, Toronto transit, European heat, oil prices).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2028-08-28 19:10", "Canada\u2019s wildfire season now second-worst on record",
    ["More than 14 million hectares have burned across Canada so far this year, making it the second-worst fire season on record, federal officials said Monday."],
    "canada-wildfire-season-2028-08-28", a="Shauna Pelletier", n="wildfires", cat="Canada"),
  E("2028-08-28 16:35", "Lviv strike toll rises to six, Ukrainian officials say",
    ["Six people have died after a Russian missile and drone attack on the western Ukrainian city of Lviv early Monday, regional officials said.",
     "A woman injured in the attack died in hospital in the afternoon."],
    "strikes", "strikes", 3, LVIV, a="Graham Ostrowski", n="toll 6"),
  OFF("2028-08-28 13:20", "Toronto transit strike averted after overnight deal",
    ["The union representing Toronto transit workers reached a tentative agreement with the city hours before a strike deadline."],
    "toronto-transit-deal-2028-08-28", n="local labour", cat="Toronto"),
  E("2028-08-28 10:05", "U.S. and Russian envoys meet in Abu Dhabi to discuss Ukraine",
    ["U.S. special envoy Steve Witkoff met Kirill Dmitriev, the Kremlin\u2019s envoy for economic co-operation, in Abu Dhabi on Monday for talks on ending the war in Ukraine, officials said."],
    "diplomacy", "diplomacy", 3, ENVOY, a="Graham Ostrowski"),
  OFF("2028-08-28 07:40", "Heat wave grips southern Europe as Spain hits 44C",
    ["Temperatures reached 44C in southern Spain on Monday, and Italy and Greece issued heat alerts for much of the week."],
    "southern-europe-heat-2028-08-28", n="weather", cat="Europe"),
  OFF("2028-08-28 05:15", "Oil edges higher as OPEC+ weighs output plans",
    ["Oil prices rose in early trading as investors waited for a meeting of OPEC+ producers later this week."],
    "oil-prices-opec-2028-08-28", n="markets", cat="Business"),
  ]))


# ---------------------------------------------------------------- 16241 Garthmoor Ledger (day 3, text live, no year anywhere)
def r_garthmoor(S):
    """text live, oldest first; date line with weekday and day but NO YEAR anywhere on the page; 'All times CEST';
    bare '08.05' (dot separator) line before the headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Poland  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Business  \u00b7  Opinion", "", S["title"], f"{S['dateline']} \u00b7 All times CEST",
         f"Compiled by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support independent journalism from the region \u2013 subscribe to the Ledger.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 Editorial team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


LWOW_H = "Lw\u00f3w: death toll rises to five, mayor says"
LWOW_P1 = "Five people were killed in the overnight Russian attack on Lviv (Lw\u00f3w), mayor Andriy Sadovyi said, among them a 10-year-old boy."
SEEDS.append(dict(
  id="16241", name="16241_garthmoor-textlive", ext="txt", source="Garthmoor Ledger", zone="Europe/Warsaw", render=r_garthmoor,
  title="Russia\u2019s war: Lviv hit in night attack, Polish jets scrambled \u2013 live", dateline="Monday 28 August", byline="Anka Zieli\u0144ska",
  lede="Updates through the day on the war next door.", parse_args=["--date", "2028-08-28"],
  basis="bare '{s}' before the headline (24-hour with a dot; CEST per the printed 'All times CEST'); the date line 'Monday 28 August' names no year (parse_args --date 2028-08-28); local {d} in {z}",
  notes="Invented outlet (Poland, English edition). Text live blog, oldest first. No year anywhere on the page: the date line is 'Monday 28 August \u00b7 All times CEST', so parse_args gives --date 2028-08-28. Stamps are bare '08.05' (dot separator) before the headline. One page byline 'Compiled by Anka Zieli\u0144ska' -> author for every entry. Uses the Polish spelling 'Lw\u00f3w' in two headlines. 16241-07 repeats 16241-03 nearly verbatim (duplicate_of 16241-03). 16241-04 (gas storage near Stryi) is a separate strike in the same region: must not merge with the Lviv city attack. 16241-05 is a theme piece.",
  not_entries=["masthead and navigation", "page title", "date line with 'All times CEST'", "'Compiled by ...' byline", "page lede",
               "subscription line after the fourth entry", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2028-08-28 05:40", "Explosions in Lviv as Russia launches overnight attack",
    ["Loud explosions were heard in Lviv, the largest city in western Ukraine, as Russian missiles and drones targeted the region before dawn.",
     "Mayor Andriy Sadovyi said two people had been killed and a residential building was on fire."],
    "strikes", "strikes", 3, LVIV, a="Anka Zieli\u0144ska", n="toll 2"),
  E("2028-08-28 07:15", "Polish jets scrambled as missiles fly near border",
    ["Poland\u2019s Operational Command said it scrambled fighter jets and put air defences on alert during the Russian attack on western Ukraine.",
     "The command said no Polish airspace had been violated and the aircraft had returned to base."],
    "other", "security", 2, "poland-scrambles-jets-2028-08-28", a="Anka Zieli\u0144ska", sec=["strikes"],
    n="Poland's own air operation: must not merge with the Lviv strike, nor with the later Patriot deployment (16243-03)"),
  E("2028-08-28 09:30", LWOW_H,
    [LWOW_P1, "More than 30 people were injured. Several buildings in the historic centre were damaged."],
    "strikes", "strikes", 3, LVIV, a="Anka Zieli\u0144ska", n="spelling 'Lw\u00f3w'; toll 5"),
  E("2028-08-28 11:50", "Gas storage site near Stryi hit in separate drone attack",
    ["Russian drones also struck an underground gas storage facility near Stryi, about 65km south of Lviv, Ukraine\u2019s state energy company said.",
     "No one was injured at the site."],
    "strikes", "strikes", 3, STRYI, a="Anka Zieli\u0144ska", n="same region, different strike: must not merge with the Lviv city attack"),
  E("2028-08-28 13:05", "Analysis: Why Russia keeps hitting gas storage in the west",
    ["Today\u2019s strike near Stryi, hours after the deadly attack on Lviv, fits a pattern: Ukraine keeps most of its gas reserves in huge underground sites in the west, and Russia has attacked them repeatedly since last year.",
     "Losing stored gas before winter would force Ukraine to buy more from its European neighbours, at a price it can barely afford."],
    "strikes", "strikes", 2, "analysis-western-gas-storage-attacks-2028-08", a="Anka Zieli\u0144ska",
    n="theme piece (analysis); mentions Lviv and Stryi but is its own story"),
  E("2028-08-28 15:20", "US and Russian envoys hold talks in Abu Dhabi",
    ["Steve Witkoff and Kirill Dmitriev met in Abu Dhabi for several hours, according to people briefed on the talks, the first meeting between the two envoys since June."],
    "diplomacy", "diplomacy", 3, ENVOY, a="Anka Zieli\u0144ska"),
  E("2028-08-28 17:45", LWOW_H,
    [LWOW_P1, "More than 30 people were injured, and several buildings in the historic centre were damaged."],
    "strikes", "strikes", 1, LVIV, a="Anka Zieli\u0144ska", dup="16241-03", n="near-verbatim repeat of 16241-03"),
  ]))


# ---------------------------------------------------------------- 16242 Ulverdale Wire (day 3, Atom)
SEEDS.append(dict(
  id="16242", name="16242_ulverdale-atom", ext="xml", source="Ulverdale Wire", zone="Europe/Kyiv", render=r_atom,
  title="Ulverdale Wire \u2013 Ukraine desk", url="https://ulverdale-wire.example", lede="Agency copy on Russia\u2019s war in Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency). Atom 1.0, newest first, <published> with +03:00, author per entry. 16242-01 reports the Kremlin's claim about the Lviv attack (Russian spelling 'Lvov'): same story as the attack. 16242-06 (Russia's claim of downing Ukrainian drones over its border regions) must not merge with the Lviv attack (other direction).",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id elements"],
  entries=[
  E("2028-08-28 22:30", "Lvov attack: Kremlin says strikes hit \u2018military targets\u2019",
    ["Russia\u2019s defence ministry said Monday\u2019s strikes on Lvov had hit \u2018military infrastructure and fuel depots\u2019, and denied targeting homes.",
     "Ukrainian officials said the dead were all civilians."],
    "strikes", "strikes", 3, LVIV, a="Halyna Boiko", n="spelling 'Lvov'; Russian claim about the attack, same story"),
  E("2028-08-28 19:15", "Stryi gas storage damage \u2018significant\u2019, Naftogaz says",
    ["Ukraine\u2019s state energy company Naftogaz said the drone strike on its gas storage site near Stryi had caused significant damage to above-ground equipment, but gas reserves were not at risk."],
    "strikes", "strikes", 3, STRYI, a="Halyna Boiko", n="must not merge with the Lviv city attack (same region)"),
  E("2028-08-28 16:40", "Lviv toll rises to six after woman dies in hospital",
    ["The death toll from the Russian attack on Lviv rose to six after a 71-year-old woman died of her injuries, the regional governor said."],
    "strikes", "strikes", 3, LVIV, a="Ruslan Dovhan", n="toll 6"),
  E("2028-08-28 13:10", "Ukraine and Moldova sign power interconnection deal",
    ["The energy ministers of Ukraine and Moldova signed an agreement in Chisinau to build a second high-voltage line between the two countries by 2030."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-power-line-deal-2028-08-28", a="Ruslan Dovhan"),
  E("2028-08-28 09:45", "Netherlands announces \u20ac350m drone package for Ukraine",
    ["The Dutch government will spend \u20ac350 million on interceptor drones and electronic-warfare equipment for Ukraine, the defence minister said in The Hague."],
    "aid", "aid", 3, "netherlands-drone-package-2028-08-28", a="Ruslan Dovhan"),
  E("2028-08-28 07:20", "Russia says 30 Ukrainian drones downed over Bryansk and Kursk",
    ["Russia\u2019s defence ministry said air defences had destroyed 30 Ukrainian drones over the Bryansk and Kursk regions overnight."],
    "strikes", "strikes", 2, "russia-downs-30-drones-2028-08-28", a="Halyna Boiko", n="drones the other way: must not merge with the Lviv attack"),
  ]))


# ---------------------------------------------------------------- 16243 Larchmere Journal (day 3, HTML live, @graph without updates)
def r_larchmere(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no
    liveBlogUpdate; headline FIRST, then 'Posted at <time>8:10pm</time>' (12-hour, no zone); date line with the year."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Business</a> <a>Culture</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="lb-post"><h3>{esc(e["h"])}</h3><p class="posted">Posted at <time datetime="{d.isoformat()}">{st}</time></p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (9 images)</div>')
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Larchmere Journal evening briefing</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="16243", name="16243_larchmere-htmllive", ext="html", source="Larchmere Journal", zone="Europe/London", render=r_larchmere,
  title="Ukraine war: Lviv counts its dead after night attack \u2013 live", url="https://larchmere-journal.example/live/ukraine-28-august-2028",
  dateline="Monday 28 August 2028", lede="Live coverage of Monday\u2019s developments in Russia\u2019s war in Ukraine.",
  basis="'Posted at {s}' after the headline (12-hour, no zone; UK time, BST = UTC+1; the <time datetime> carries +01:00) under the date line 'Monday 28 August 2028'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first; JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Headline first, then 'Posted at 8:10pm' in <time datetime>; signature line '\u2013 NAME' after the body (author). The 8:10pm 'Photos:' post is a gallery teaser with no text. Poland's Patriot deployment (16243-03) is its own story: must not merge with the Lviv attack or with the jets scrambled that morning (16241-02).",
  not_entries=["header and navigation", "page title", "date line", "standfirst", "'Posted at' labels", "gallery placeholder", "signature lines (author data)",
               "evening briefing promo after the second post", "footer"],
  entries=[
  E("2028-08-28 20:10", "Photos: Lviv\u2019s old town after the night attack", [], "strikes", "strikes", 1, LVIV, n="photo teaser, no body"),
  E("2028-08-28 18:30", "Witkoff and Dmitriev hold \u2018useful\u2019 talks in Abu Dhabi",
    ["The US envoy Steve Witkoff described his talks with Russia\u2019s Kirill Dmitriev in Abu Dhabi as useful, but said there was still a wide gap on territory.",
     "Ukraine was not represented at the meeting. Kyiv said it had been briefed in advance."],
    "diplomacy", "diplomacy", 3, ENVOY, a="Fergus Allandale"),
  E("2028-08-28 15:15", "Poland to deploy extra Patriot battery near Rzesz\u00f3w",
    ["Poland will move an additional Patriot battery to the area around Rzesz\u00f3w, the main hub for Western aid to Ukraine, its defence minister said after the overnight attack on Lviv."],
    "other", "security", 2, "poland-rzeszow-patriot-deployment-2028-08-28", a="Fergus Allandale",
    n="a Polish deployment decision: must not merge with the Lviv attack or with the jets scrambled (16241-02)"),
  E("2028-08-28 11:40", "Russian strike on Lviv kills five, including a child",
    ["Five people, including a 10-year-old boy, were killed when a Russian missile hit an apartment building in Lviv overnight, local officials said.",
     "Drones also damaged a school and a bus depot."],
    "strikes", "strikes", 3, LVIV, a="Bethan Carrow", n="toll 5"),
  E("2028-08-28 08:05", "Lviv hit by missiles and drones in overnight attack",
    ["Russia attacked Lviv with missiles and drones before dawn on Monday, killing two people and setting a residential building on fire, the city\u2019s mayor said."],
    "strikes", "strikes", 3, LVIV, a="Bethan Carrow", n="toll 2"),
  ]))


if __name__ == "__main__":
    main()
