from lib import *
import json as _j

NY, LA, VIL, TYO = "America/New_York", "America/Los_Angeles", "Europe/Vilnius", "Asia/Tokyo"

COOKIE = '<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience and to show you personalised ads. <a href="/privacy">Privacy policy</a></p><button>Accept all</button><button>Manage choices</button></div>'


def jsonld(obj):
    return '<script type="application/ld+json">' + _j.dumps(obj, ensure_ascii=False, indent=1) + '</script>'


def month_ap(dt):
    return ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][dt.month - 1]


def p1004():
    b = "Visible stamp 'h:mm a.m./p.m. ET Mon. D, YYYY' and JSON-LD datePublished with -04:00 agree; ET in August = EDT (UTC-4); "
    es = [
        E("Putin calls Ukrainian incursion a 'large-scale provocation'", "2024-08-06 22:20", "Marisa Lenhart",
          ["Russian President Vladimir Putin accused Kyiv of launching a large-scale provocation by sending troops into the Kursk region, and said they had fired indiscriminately at homes and ambulances.",
           "Speaking at a televised meeting with security officials, he promised a response from the military."],
          "other", "frontline", 3, "kursk-incursion", basis=b + "10:20 p.m. ET = 02:20 UTC on 7 Aug.",
          notes="Reaction to the ground incursion; same story as 1004-03 (one event told twice)."),
        E(None, "2024-08-06 20:35", "Dale Quinones",
          ["A White House spokesperson said Washington was in touch with Kyiv to understand the aims of the cross-border operation and had no advance notice of it.",
           "He said US policy on the use of American weapons inside Russia had not changed."],
          "diplomacy", "diplomacy", 2, "white-house-reaction-kursk", basis=b + "8:35 p.m. ET = 00:35 UTC on 7 Aug.",
          notes="Post with no headline (no <h2>, no 'headline' in its JSON-LD liveBlogUpdate)."),
        E("Russia says it is fighting Ukrainian troops who crossed into Kursk region", "2024-08-06 18:02", "Marisa Lenhart",
          ["Russia's Defense Ministry said about 300 Ukrainian soldiers backed by tanks and armored vehicles had crossed the border into the Kursk region early Tuesday.",
           "The regional governor said several civilians had been wounded and declared a local emergency.",
           "Ukrainian officials declined to comment on the reports."],
          "other", "frontline", 3, "kursk-incursion", basis=b + "6:02 p.m. ET = 22:02 UTC."),
        E("Watch: Firefighters battle blaze at Kyiv region fuel depot", "2024-08-06 15:40", None, [],
          "strikes", "strikes", 1, "kyiv-region-fuel-depot-video", basis=b + "3:40 p.m. ET = 19:40 UTC.",
          notes="Video teaser, no text body and no byline; importance 1."),
        E("Norway says its F-16s will reach Ukraine before year's end", "2024-08-06 13:15", "Dale Quinones",
          ["Norway's defense ministry said the F-16 fighter jets it has promised to Ukraine would be delivered by the end of the year, after pilot training is complete.",
           "Ukraine received its first F-16s from other donors last week."],
          "aid", "aid", 2, "norway-f16-delivery", basis=b + "1:15 p.m. ET = 17:15 UTC."),
        E("Russian missile attack on Kyiv region wounds three", "2024-08-06 10:05", "Marisa Lenhart",
          ["Russia fired missiles at the Kyiv region overnight, damaging homes and a fuel depot and wounding three people, regional officials said.",
           "Air defense units were active over the capital for about two hours."],
          "strikes", "strikes", 2, "kyiv-region-missile-attack-2024-08-06", basis=b + "10:05 a.m. ET = 14:05 UTC."),
    ]
    posts, upd = [], []
    for i, e in enumerate(es):
        dt = ldt(e["local"], NY)
        ap = "a.m." if dt.hour < 12 else "p.m."
        e["stamp"] = f"{dt.hour % 12 or 12}:{dt.minute:02d} {ap} ET {month_ap(dt)} {dt.day}, {dt.year}"
        iso = dt.isoformat()
        h = f'<h2 class="post-headline">{esc(e["headline"])}</h2>' if e["headline"] else ""
        by = f'<div class="post-byline">{esc(e["author"])}</div>' if e["author"] else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in e["body"])
        media = '<div class="video-player" data-src="/videos/fuel-depot.mp4"><span>Play video</span><span>0:58</span></div>' if not e["body"] else ""
        posts.append(f'<article class="live-post" id="post-{i+1}"><time datetime="{iso}">{e["stamp"]}</time>{h}{by}{media}{ps}'
                     f'<ul class="share"><li>Facebook</li><li>X</li><li>Email</li><li>Copy link</li></ul></article>')
        u = {"@type": "BlogPosting", "datePublished": iso, "url": f"https://www.usatoday.com/live/ukraine-kursk#post-{i+1}"}
        if e["headline"]:
            u["headline"] = e["headline"]
        if e["author"]:
            u["author"] = {"@type": "Person", "name": e["author"]}
        if e["body"]:
            u["articleBody"] = " ".join(e["body"])
        upd.append(u)
    title = "Ukraine sends troops into Russia's Kursk region; Putin vows response: Live updates"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "coverageStartTime": "2024-08-06T09:30:00-04:00", "coverageEndTime": "2024-08-07T00:00:00-04:00",
          "publisher": {"@type": "Organization", "name": "USA TODAY"}, "liveBlogUpdate": upd}
    html_ = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta property="og:site_name" content="USA TODAY">
{jsonld(ld)}
</head><body>
{COOKIE}
<header class="gnt_n"><a href="/">USA TODAY</a><nav><a href="/news/">U.S.</a><a href="/news/politics/">Politics</a><a href="/sports/">Sports</a><a href="/entertainment/">Entertainment</a><a href="/life/">Life</a><a href="/money/">Money</a><a href="/travel/">Travel</a><a href="/opinion/">Opinion</a></nav><a class="sub" href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></header>
<main>
<div class="kicker">WORLD</div>
<h1>{esc(title)}</h1>
<div class="live-badge">LIVE</div>
<p class="byline">USA TODAY staff</p>
<ul class="share"><li>Facebook</li><li>X</li><li>Email</li></ul>
<aside class="newsletter"><h3>Get the Daily Briefing newsletter</h3><p>The top headlines, delivered to your inbox every morning.</p><input placeholder="Email address"><button>Sign up</button></aside>
{"".join(posts)}
<section class="related"><h3>More world news</h3><ul><li><a href="/story/news/world/2024/08/05/ukraine-f-16">Ukraine's F-16s: what they can and can't do</a></li><li><a href="/story/news/world/2024/08/04/kursk">Where is Kursk? A map</a></li></ul></section>
</main>
<footer><p>© 2024 USA TODAY, a division of Gannett Satellite Information Network, LLC.</p><a href="/terms">Terms of Service</a></footer>
</body></html>
'''
    write("1004", "usatoday_live", "html", html_, "USA TODAY", title, "America/New_York", NY, es,
          "HTML live blog with a schema.org LiveBlogPosting JSON-LD block whose liveBlogUpdate items mirror the six visible posts (datePublished with -04:00). Visible stamps read like '10:20 p.m. ET Aug. 6, 2024' in a <time> element whose datetime attribute carries the offset. ET = EDT (UTC-4): the two newest posts fall on 7 Aug UTC. One post has no headline (no <h2>, no JSON-LD headline). The 'Watch:' post is a video player with no text. Per-post bylines; page byline 'USA TODAY staff' is chrome. Two posts (Putin reaction and the first incursion report) are the same story.",
          ["cookie banner", "header navigation and Subscribe/Sign in", "'WORLD' kicker", "'LIVE' badge", "page byline 'USA TODAY staff'", "share rows (page and per post)",
           "newsletter sign-up box", "video player label 'Play video 0:58' in the Watch post", "'More world news' related links", "footer"])


def p1005():
    b = "<time datetime> with -07:00 offset; visible 'Sept. 17, 2024 h:mm PM PT' (PT in September = PDT, UTC-7); "
    es = [
        E("Hundreds of pagers explode across Lebanon, wounding Hezbollah members", "2024-09-17 17:40", "Nabih Sarkis",
          ["Pagers carried by members of Hezbollah detonated almost simultaneously in Beirut and southern Lebanon on Tuesday afternoon local time, wounding hundreds of people, Lebanese officials said.",
           "The group blamed Israel, which did not comment."],
          "other", "unrelated", 1, "lebanon-pager-explosions", basis=b + "5:40 PM PT = 00:40 UTC on 18 Sept.",
          notes="off-beat: Middle East news in a world live blog; not about the Russia-Ukraine war."),
        E("Ukrainian drones target Russian arms depot in Tver region, governor says", "2024-09-17 16:55", "Olga Brandt",
          ["Drones attacked the town of Toropets in Russia's Tver region overnight, setting off fires and explosions at what Ukrainian sources described as a large ammunition depot.",
           "The regional governor said residents near the site were being evacuated.",
           "Satellite images showed a wide burn scar around the storage area."],
          "strikes", "strikes", 3, "toropets-arms-depot-drone-strike", kp=True, basis=b + "4:55 PM PT = 23:55 UTC on 17 Sept."),
        E("Glide-bomb strike on Kharkiv apartment block kills three", "2024-09-17 14:05", "Olga Brandt",
          ["A Russian guided aerial bomb slammed into a nine-story apartment building in Kharkiv, killing three residents and injuring more than 20, the city's mayor said.",
           "Rescuers were still searching the upper floors late into the evening."],
          "strikes", "strikes", 3, "kharkiv-glide-bomb-apartment", kp=True, basis=b + "2:05 PM PT = 21:05 UTC."),
        E("Zelensky to present 'victory plan' in Washington next week", "2024-09-17 12:30", "Olga Brandt",
          ["Ukrainian President Volodymyr Zelensky said he would lay out his plan for ending the war to President Biden and both candidates for the White House during a visit to the United States.",
           "He has said the plan depends largely on decisions by Kyiv's allies."],
          "diplomacy", "diplomacy", 2, "zelensky-victory-plan-us-visit", basis=b + "12:30 PM PT = 19:30 UTC."),
        E("Fed opens two-day meeting with rate cut widely expected", "2024-09-17 11:10", "Marcus Feld",
          ["Federal Reserve policymakers began a two-day meeting that is expected to end with the first interest-rate cut in four years.",
           "Markets were split on whether the cut would be a quarter or half a percentage point."],
          "other", "unrelated", 1, "fed-rate-meeting", basis=b + "11:10 AM PT = 18:10 UTC.",
          notes="off-beat: US economy item."),
        E("Putin orders Russian army to grow to 1.5 million active troops", "2024-09-17 09:00", "Olga Brandt",
          ["A decree signed by Vladimir Putin will raise the number of active-duty personnel in Russia's armed forces by about 180,000, making it one of the largest militaries in the world.",
           "The Kremlin said the increase reflected threats along Russia's western borders."],
          "other", "frontline", 2, "putin-army-expansion-decree", basis=b + "9:00 AM PT = 16:00 UTC.",
          notes="Reinforcements for the war: subtopic frontline (judgement call; could be read as security)."),
        E("Ukraine says troops retook positions near Vovchansk", "2024-09-16 20:20", "Olga Brandt",
          ["Ukraine's general staff said its units had pushed Russian forces out of several positions around the border town of Vovchansk.",
           "Fighting in the area has dragged on since a Russian offensive in May."],
          "other", "frontline", 2, "vovchansk-positions-retaken",
          basis="Previous-day post: <time datetime='2024-09-16T20:20:00-07:00'>, visible 'Sept. 16, 2024 8:20 PM PT'; = 03:20 UTC on 17 Sept, so it falls on the same UTC day as most of the page despite its Sept. 16 local date."),
    ]
    posts = []
    for i, e in enumerate(es):
        dt = ldt(e["local"], LA)
        e["stamp"] = f"{month_ap(dt)} {dt.day}, {dt.year} {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'} PT"
        posts.append(f'<div class="live-item" id="upd-{i+1}"><h3 class="live-title">{esc(e["headline"])}</h3>'
                     f'<div class="meta"><span class="author">By {esc(e["author"])}</span> <time datetime="{dt.isoformat()}">{e["stamp"]}</time></div>'
                     + "".join(f"<p>{esc(p)}</p>" for p in e["body"]) +
                     '<div class="share-row"><a>Share</a><a>Copy Link</a></div></div>')
    title = "World news live: Drones hit Russian arsenal; glide bomb kills three in Kharkiv"
    kp = [e for e in es if e["key_point"]]
    html_ = f'''<!doctype html>
<html><head><meta charset="utf-8"><title>{esc(title)} - Los Angeles Times</title>
<meta name="description" content="Live coverage of world news for Tuesday, Sept. 17, 2024.">
</head><body>
{COOKIE}
<nav class="masthead"><a href="/">Los Angeles Times</a><ul><li>California</li><li>Entertainment &amp; Arts</li><li>Politics</li><li>World &amp; Nation</li><li>Business</li><li>Sports</li><li>Food</li><li>Opinion</li></ul><a>Subscribe</a><a>Log In</a></nav>
<div class="promo">Subscribers are reading: The best tacos in L.A., ranked</div>
<main><h1>{esc(title)}</h1>
<p class="dek">The latest from Ukraine and around the world, updated through the day.</p>
<section class="key-points"><h2>Key points</h2><ul>{"".join(f'<li><a href="#upd-{es.index(e)+1}">{esc(e["headline"])}</a></li>' for e in kp)}</ul></section>
{"".join(posts)}
<aside class="newsletter"><h4>Essential California</h4><p>Get the news you need, every weekday morning.</p><button>Sign Me Up</button><small>You may occasionally receive promotional content from the Los Angeles Times.</small></aside>
<section class="more"><h4>More From the Los Angeles Times</h4><a>Wildfire near Big Bear forces evacuations</a><a>How the Dodgers can clinch the division</a></section>
</main><footer>Copyright &copy; 2024, Los Angeles Times | Terms of Service | Privacy Policy</footer>
</body></html>
'''
    write("1005", "latimes_live", "html", html_, "Los Angeles Times", title + " - Los Angeles Times", "America/Los_Angeles", LA, es,
          "HTML world-news live blog with no JSON-LD at all: posts are <div class='live-item'> with <h3> headline, 'By NAME' and <time datetime='...-07:00'>Sept. 17, 2024 h:mm PM PT</time>. A 'Key points' section at the top links two posts by headline (key_point true for 1005-02 and 1005-03). Two off-beat items (Lebanon pagers, Fed meeting). The newest post (5:40 PM PT) is on 18 Sept UTC; the oldest post is dated Sept. 16 locally but falls on 17 Sept UTC. page_title is the <title> text (the <h1> lacks the ' - Los Angeles Times' suffix).",
          ["cookie banner", "masthead navigation, Subscribe/Log In", "subscriber promo line", "dek 'The latest from Ukraine and around the world, updated through the day.'",
           "'Key points' block (links to posts, not entries)", "per-post share rows", "'Essential California' newsletter box", "'More From the Los Angeles Times' links", "footer"])


def p1006():
    b = "Visible 'HH:MM' under the day header '22 October 2024'; Lithuanian time EEST (UTC+3) as stated on the page; "
    es = [
        E("Seoul: North Korea has shipped more artillery shells to Russia", "2024-10-22 18:50", "Rūta Kairienė",
          ["South Korea's intelligence service told lawmakers that North Korea had sent several more shiploads of artillery ammunition to Russia in recent weeks.",
           "The agency also said it was tracking reports that North Korean soldiers were training in Russia's far east."],
          "aid", "aid", 3, "north-korea-shells-to-russia", basis=b + "18:50 = 15:50 UTC; JSON-LD datePublished 2024-10-22T18:50:00+03:00 agrees."),
        E(None, "2024-10-22 17:20", "BNS",
          ["Lithuania's defence ministry said it would buy additional anti-drone systems for its army before the end of the year, citing lessons from the war in Ukraine.",
           "The contract is worth about 30 million euros."],
          "other", "security", 2, "lithuania-anti-drone-purchase", basis=b + "17:20 = 14:20 UTC.",
          notes="No headline: visible post has only text; JSON-LD liveBlogUpdate has no 'headline'. Procurement by a non-party: other/security. Credit 'BNS' (agency) is the author."),
        E("Drone strike on Zaporizhzhia kills two", "2024-10-22 15:05", "Rūta Kairienė",
          ["Two people died and five were wounded when Russian drones hit a residential district of Zaporizhzhia, the regional governor said.",
           "A kindergarten and several cars were damaged."],
          "strikes", "strikes", 3, "zaporizhzhia-drone-strike-2024-10-22", basis=b + "15:05 = 12:05 UTC."),
        E("BRICS leaders gather in Kazan as Putin seeks to show Russia is not isolated", "2024-10-22 13:40", "Delfi",
          ["Leaders and delegations from more than 30 countries began arriving in Kazan for a BRICS summit hosted by Vladimir Putin.",
           "UN Secretary-General António Guterres is expected to attend, a decision criticised by Kyiv."],
          "diplomacy", "diplomacy", 3, "brics-summit-kazan", basis=b + "13:40 = 10:40 UTC."),
        E("Seimas election runoff: final results confirmed", "2024-10-22 11:15", "BNS",
          ["Lithuania's central electoral commission confirmed the final results of Sunday's parliamentary runoff, with the Social Democrats winning the most seats.",
           "Coalition talks are expected to begin this week."],
          "other", "unrelated", 1, "lithuania-election-results", basis=b + "11:15 = 08:15 UTC. Present only in the visible HTML (JSON-LD carries the four newest updates).",
          notes="off-beat: Lithuanian domestic election, not about the war."),
        E("Video: air-raid sirens sound across Ukraine", "2024-10-22 09:30", None, [],
          "strikes", "strikes", 1, "ukraine-air-raid-alert-video", basis=b + "09:30 = 06:30 UTC. Only in the visible HTML.",
          notes="Video-only post, no text; importance 1."),
        E("Overnight drone attack damages Kyiv high-rise", "2024-10-22 07:45", "Rūta Kairienė",
          ["Debris from a downed drone hit a high-rise building in Kyiv's Solomianskyi district overnight, starting a fire on the upper floors, Mayor Vitali Klitschko said.",
           "One person was treated for smoke inhalation."],
          "strikes", "strikes", 2, "kyiv-high-rise-drone-debris", basis=b + "07:45 = 04:45 UTC. Only in the visible HTML."),
    ]
    posts, upd = [], []
    for i, e in enumerate(es):
        dt = ldt(e["local"], VIL)
        e["stamp"] = e["local"][11:]
        h = f'<h3>{esc(e["headline"])}</h3>' if e["headline"] else ""
        media = '<figure class="video"><div class="vjs-poster"></div><figcaption>Video</figcaption></figure>' if not e["body"] else ""
        au = f'<span class="source">{esc(e["author"])}</span>' if e["author"] else ""
        posts.append(f'<div class="live-entry"><div class="live-time">{e["stamp"]}</div>{h}{media}'
                     + "".join(f"<p>{esc(p)}</p>" for p in e["body"]) + f'{au}<div class="share"><a>Share</a></div></div>')
        if i < 4:
            u = {"@type": "BlogPosting", "datePublished": dt.isoformat(), "articleBody": " ".join(e["body"]),
                 "author": {"@type": "Person" if e["author"] not in ("BNS", "Delfi") else "Organization", "name": e["author"]}}
            if e["headline"]:
                u = {"@type": "BlogPosting", "headline": e["headline"], **{k: v for k, v in u.items() if k != "@type"}}
            upd.append(u)
    title = "LIVE. War in Ukraine, day 972: BRICS summit opens in Kazan, drones hit Zaporizhzhia"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2024-10-22T07:30:00+03:00", "dateModified": "2024-10-22T18:50:00+03:00",
          "publisher": {"@type": "Organization", "name": "DELFI"}, "liveBlogUpdate": upd}
    html_ = f'''<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)} - DELFI EN</title>
{jsonld(ld)}</head><body>
{COOKIE}
<div class="top"><a href="/">DELFI EN</a> <a>LT</a> <a>RU</a> <a>PL</a><nav><a>Lithuania</a><a>World</a><a>Business</a><a>Opinion</a><a>Ukraine war</a></nav></div>
<article class="liveblog"><h1>{esc(title)}</h1>
<div class="meta">Delfi EN | 2024-10-22 07:30 | Lithuanian time (EEST, UTC+3)</div>
<div class="social"><a>Facebook</a><a>X</a><a>Copy link</a></div>
<div class="live-day">22 October 2024</div>
{"".join(posts)}
<div class="live-more"><button>Show older entries</button></div>
</article>
<div class="newsletter">Subscribe to the DELFI morning brief <input type="email"><button>OK</button></div>
<div class="related"><h4>Related</h4><a>Baltic states tighten border checks</a><a>Explainer: what the BRICS bloc wants</a></div>
<footer>© DELFI. Reproduction without written permission is prohibited.</footer></body></html>
'''
    write("1006", "delfi_live", "html", html_, "DELFI EN", title + " - DELFI EN", "Europe/Vilnius", VIL, es,
          "HTML live blog from a Baltic outlet. LiveBlogPosting JSON-LD lists only the four newest updates; the visible HTML shows seven (the three older ones exist only as HTML). Visible times are bare 'HH:MM' under a day header '22 October 2024'; the page says 'Lithuanian time (EEST, UTC+3)'; JSON-LD uses +03:00. One post has no headline; one is a video with no text. Credits per post: a reporter name or an agency/outlet ('BNS', 'Delfi') printed after the text, used as author.",
          ["cookie banner", "site header, language links and navigation", "meta line 'Delfi EN | 2024-10-22 07:30 | Lithuanian time (EEST, UTC+3)'", "social share row",
           "day header '22 October 2024'", "per-post 'Share' links", "video placeholder caption 'Video'", "'Show older entries' button", "newsletter box", "'Related' links (including an explainer link)", "footer"])


def p1007():
    es = [
        E("Scholz holds first phone call with Putin in nearly two years", "2024-11-15 18:40", None,
          ["German Chancellor Olaf Scholz has spoken by phone with Russian President Vladimir Putin for about an hour, urging him to withdraw troops from Ukraine and begin talks.",
           "Ukraine's President Zelenskyy criticized the call, saying it weakens Russia's isolation."],
          "diplomacy", "diplomacy", 3, "scholz-putin-phone-call", basis="RSS pubDate 'Fri, 15 Nov 2024 18:40:00 +0900' (JST) = 09:40 UTC."),
        E("Typhoon Man-yi strengthens as it nears the Philippines", "2024-11-15 17:05", None,
          ["Authorities in the Philippines are evacuating coastal communities as a powerful typhoon approaches the main island of Luzon.",
           "It would be the sixth storm to hit the country in a month."],
          "other", "unrelated", 1, "typhoon-man-yi", basis="pubDate +0900 = 08:05 UTC.", notes="off-beat: weather disaster in Asia."),
        E("Japan's economy grows for second straight quarter", "2024-11-15 15:30", None,
          ["Japan's gross domestic product expanded at an annualized rate of 0.9 percent in the July-to-September period, preliminary government data show.",
           "Consumer spending was stronger than expected."],
          "other", "unrelated", 1, "japan-gdp-q3", basis="pubDate +0900 = 06:30 UTC.", notes="off-beat: Japanese economy."),
        E("Russian drones hit energy facility in Odesa, Ukraine says", "2024-11-15 13:12", None,
          ["Ukrainian officials say a Russian drone attack damaged an energy facility in the southern port city of Odesa, causing power outages in several districts.",
           "No casualties have been reported."],
          "strikes", "strikes", 2, "odesa-energy-drone-strike", basis="pubDate +0900 = 04:12 UTC."),
        E("APEC leaders gather in Lima amid trade worries", "2024-11-15 11:00", None,
          ["Leaders from the Asia-Pacific region have begun arriving in the Peruvian capital for the annual APEC summit.",
           "Japan's Prime Minister Ishiba Shigeru is expected to hold talks with China's President Xi Jinping on the sidelines."],
          "other", "unrelated", 1, "apec-lima-summit", basis="pubDate +0900 = 02:00 UTC.", notes="off-beat: trade summit not about the war."),
        E("Japan to provide additional winter aid to Ukraine", "2024-11-15 09:45", None,
          ["Japan's government says it will provide around 30 million dollars in emergency aid to help Ukrainians through the winter, including generators and heating equipment.",
           "The assistance will be delivered through international organizations."],
          "aid", "aid", 2, "japan-winter-aid-ukraine", basis="pubDate +0900 = 00:45 UTC."),
        E("Nikkei opens higher on weaker yen", "2024-11-15 08:10", None,
          ["Tokyo stocks opened higher on Friday, helped by a weaker yen that lifted exporters.",
           "The benchmark Nikkei average rose about 0.5 percent in early trading."],
          "other", "unrelated", 1, "nikkei-open-2024-11-15", basis="pubDate 'Fri, 15 Nov 2024 08:10:00 +0900' = 23:10 UTC on Thu 14 Nov (crosses UTC midnight).", notes="off-beat: markets."),
        E("Zelenskyy: North Korean troops are fighting in Kursk region", "2024-11-15 07:30", None,
          ["Ukraine's President Volodymyr Zelenskyy says North Korean soldiers have begun taking part in combat against Ukrainian forces in Russia's Kursk region.",
           "He says Ukraine has recorded losses among the North Korean troops."],
          "other", "frontline", 2, "north-korean-troops-kursk-combat", sec=["aid"], basis="pubDate +0900 = 22:30 UTC on 14 Nov."),
        E("Cold air to bring first snow to northern Japan", "2024-11-15 06:00", None,
          ["Forecasters say a strong winter pressure pattern will bring snow to parts of Hokkaido and northern Honshu through the weekend."],
          "other", "unrelated", 1, "japan-weather-snow", basis="pubDate +0900 = 21:00 UTC on 14 Nov.", notes="off-beat: weather."),
    ]
    items = []
    for i, e in enumerate(es):
        dt = ldt(e["local"], TYO)
        e["stamp"] = dt.strftime("%a, %d %b %Y %H:%M:%S +0900")
        desc = "".join(f"<p>{p}</p>" for p in e["body"])
        items.append(f'''  <item>
   <title>{esc(e["headline"])}</title>
   <link>https://www3.nhk.or.jp/nhkworld/en/news/20241115_{i+10:02d}/</link>
   <guid isPermaLink="false">nhkworld-20241115-{i+10:02d}</guid>
   <pubDate>{e["stamp"]}</pubDate>
   <description>{esc(desc)}</description>
  </item>''')
    title = "NHK WORLD-JAPAN News"
    x = f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
 <channel>
  <title>{title}</title>
  <link>https://www3.nhk.or.jp/nhkworld/en/news/</link>
  <description>Latest news from NHK WORLD-JAPAN</description>
  <language>en</language>
  <lastBuildDate>Fri, 15 Nov 2024 18:45:00 +0900</lastBuildDate>
  <atom:link href="https://www3.nhk.or.jp/nhkworld/en/news/rss.xml" rel="self" type="application/rss+xml"/>
  <image><url>https://www3.nhk.or.jp/nhkworld/common/logo.png</url><title>{title}</title><link>https://www3.nhk.or.jp/nhkworld/</link></image>
{chr(10).join(items)}
 </channel>
</rss>
'''
    write("1007", "nhkworld_rss", "xml", x, "NHK WORLD-JAPAN", title, "Asia/Tokyo", TYO, es,
          "RSS 2.0 general world-news feed from a Japanese broadcaster; only 3 of 9 items are about the war (plus the winter-aid item). pubDate carries +0900 (JST): the three earliest items fall on 14 Nov UTC. Descriptions are entity-escaped HTML with <p> paragraphs (decode, then strip tags). No authors anywhere (author null).",
          ["channel title/link/description/lastBuildDate", "atom:link self", "channel image block"])


if __name__ == "__main__":
    for f in (p1004, p1005, p1006, p1007):
        f()
