from common import *
import json as _json

# ---------------- 906 ABC News (US) style HTML live blog with LiveBlogPosting JSON-LD (EDT) ----------------
def p906():
    Z = "America/New_York"
    B = "Visible stamp 'H:MM PM EDT' (date from the page header 'August 24, 2023'); EDT = UTC-4; the JSON-LD datePublished of each update agrees."
    JM, TS = "Joanna Meir", "Tom Sorel"
    es = [
        E("Kremlin denies any role in plane crash that killed Prigozhin", "2023-08-24 17:48", [
            "Kremlin spokesman Dmitry Peskov said Western suggestions that the Russian state was behind Wednesday's crash were \u201can absolute lie.\u201d",
            "Putin, speaking earlier on Thursday, offered condolences to the families of the victims and described the Wagner founder as a talented man who had made serious mistakes."],
          "other", "politics", 3, "prigozhin-plane-crash", au=JM,
          note="Denial about the crash reported in 906-09; same story."),
        E("Video: Ukrainians line Khreshchatyk to view destroyed Russian tanks", "2023-08-24 16:10", [],
          "other", "politics", 1, "independence-day-tank-display-video", au=TS, note="Video-only post, no text body."),
        E("Ukraine says special forces landed in Crimea and raised the national flag", "2023-08-24 14:35", [
            "Ukraine's military intelligence agency said its special forces had carried out a landing operation on the western tip of Crimea near the villages of Olenivka and Mayak, killing Russian troops and destroying equipment.",
            "It released a video showing soldiers planting a Ukrainian flag on the shore. Russia's defense ministry said it had destroyed a Ukrainian boat in the Black Sea."],
          "other", "frontline", 3, "crimea-special-forces-landing", au=JM, kp=True),
        E(None, "2023-08-24 12:58", [
            "Norway will donate F-16 fighter jets to Ukraine, Prime Minister Jonas Gahr St\u00f8re announced during a visit to Kyiv on Thursday.",
            "He did not say how many aircraft would be sent, but Norwegian media reported the number could be as high as six."],
          "aid", "aid", 3, "norway-f16-donation", au=TS,
          note="Post without a headline (visible and in JSON-LD); first sentence carries the news."),
        E("Two killed as Russian shelling hits Kherson on Independence Day", "2023-08-24 11:20", [
            "Russian artillery struck residential areas of Kherson on Thursday morning, killing two people and wounding four, the regional governor said.",
            "A shop and several houses were damaged in the city's Korabelnyi district."],
          "strikes", "strikes", 3, "kherson-shelling-aug-24", au=JM, kp=True),
        E("Moscow says drones downed near capital, flights briefly halted", "2023-08-24 09:05", [
            "Moscow Mayor Sergei Sobyanin said air defenses shot down a drone approaching the city from the west, the third such attack in as many days.",
            "Departures at Vnukovo and Domodedovo airports were briefly restricted."],
          "strikes", "strikes", 2, "moscow-drones-aug-24", au=TS),
        E("Zelenskyy vows Ukraine will never give up its independence", "2023-08-24 07:30", [
            "In a video address recorded at a Kyiv square, President Volodymyr Zelenskyy thanked soldiers and said Ukraine would never surrender its independence to anyone.",
            "\u201cWe are fighting for ourselves, for our future,\u201d he said."],
          "other", "politics", 2, "zelenskyy-independence-day-address", au=JM),
        E("IAEA reports anti-personnel mines near Zaporizhzhia plant perimeter", "2023-08-24 06:05", [
            "UN nuclear inspectors said they had observed additional anti-personnel mines placed between the inner and outer perimeter fences of the Zaporizhzhia nuclear power plant.",
            "The agency said the mines were in a restricted area that plant staff do not have access to."],
          "other", "security", 2, "znpp-mines-iaea-aug", au=TS),
        E("Wagner chief Prigozhin listed among passengers of crashed jet", "2023-08-23 19:15", [
            "Russia's aviation authority said Yevgeny Prigozhin was on the passenger list of a business jet that crashed in the Tver region north of Moscow, killing all 10 people on board.",
            "The Wagner leader led a short-lived mutiny against Russia's military leadership two months ago."],
          "other", "politics", 3, "prigozhin-plane-crash", au=JM,
          note="Previous-day post: stamp 'Aug 23, 7:15 PM EDT' = 23:15 UTC 23 Aug."),
    ]
    posts = []
    kp = [e for e in es if e["kp"]]
    for n, e in enumerate(es):
        dt = loc(e["t"], Z)
        e["stamp"] = (("Aug 23, " if dt.day == 23 else "") + ampm(dt) + " EDT")
        pid = f"post-{9120 + n}"
        h = f'      <h2 class="post__headline">{ent(e["h"])}</h2>\n' if e["h"] else ""
        body = "".join(f"      <p>{ent(p)}</p>\n" for p in e["body"]) or \
            '      <div class="video-embed" data-video="abc-ind-day"><button>Play</button><span>0:47</span></div>\n'
        posts.append(f'''    <article class="live-post" id="{pid}">
      <time class="live-post__time" datetime="{dt.isoformat()}">{e["stamp"]}</time>
{h}{body}      <p class="post__byline">ABC News&#8217; {ent(e["au"])}</p>
      <div class="share"><a href="#">Share</a><a href="#">Copy link</a></div>
    </article>
''')
        e["url"] = f"https://abcnews.go.com/International/live-updates/russia-ukraine-war-08-24-2023#{pid}"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting",
          "headline": "Russia-Ukraine live updates: Ukraine marks Independence Day as Kremlin denies role in Prigozhin crash",
          "url": "https://abcnews.go.com/International/live-updates/russia-ukraine-war-08-24-2023",
          "datePublished": "2023-08-24T06:00:00-04:00", "dateModified": "2023-08-24T17:52:00-04:00",
          "coverageStartTime": "2023-08-23T19:00:00-04:00",
          "publisher": {"@type": "Organization", "name": "ABC News"},
          "liveBlogUpdate": []}
    for e in es:
        u = {"@type": "BlogPosting", "datePublished": loc(e["t"], Z).isoformat(), "url": e["url"],
             "author": {"@type": "Person", "name": e["au"]}, "articleBody": " ".join(e["body"])}
        if e["h"]:
            u["headline"] = e["h"]
        ld["liveBlogUpdate"].append(u)
    keyhtml = "".join(f'        <li><a href="#post-{9120 + es.index(e)}">{ent(e["h"])}</a></li>\n' for e in kp)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Russia-Ukraine live updates: Ukraine marks Independence Day as Kremlin denies role in Prigozhin crash - ABC News</title>
  <meta property="og:site_name" content="ABC News">
  <script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner">We use cookies and other tracking technologies. <button>Accept</button> <button>Your Privacy Choices</button></div>
  <header class="site-header">
    <a class="logo" href="/">ABC News</a>
    <nav><a href="/Video">Video</a> <a href="/Live">Live</a> <a href="/shows">Shows</a> <a href="/Politics">Politics</a> <a href="/International">International</a> <a href="/538">538</a></nav>
  </header>
  <main>
    <div class="live-badge">LIVE UPDATES</div>
    <h1>Russia-Ukraine live updates: Ukraine marks Independence Day as Kremlin denies role in Prigozhin crash</h1>
    <p class="timestamp">Last Updated: August 24, 2023, 5:52 PM EDT</p>
    <p class="dek">Ukraine celebrated 32 years of independence while Moscow rejected claims it was behind the crash that killed the Wagner chief.</p>
    <section class="key-points">
      <h3>Key Points</h3>
      <ul>
{keyhtml}      </ul>
    </section>
    <div class="newsletter">Get the latest news in your inbox. <input placeholder="Email address"> <button>Sign Up</button></div>
{"".join(posts)}    <button class="load-more">Load More Updates</button>
    <aside class="related"><h4>Top Stories</h4><ul><li><a href="#">Hurricane Franklin forms in the Caribbean</a></li><li><a href="#">Trump surrenders at Fulton County jail</a></li></ul></aside>
  </main>
  <footer>&copy; 2023 ABC News Internet Ventures. <a href="#">Privacy Policy</a> <a href="#">Terms of Use</a></footer>
</body>
</html>
'''
    notes = ("ABC News (US)-style HTML live blog. JSON-LD LiveBlogPosting with liveBlogUpdate items (datePublished with -04:00, author, articleBody; "
             "the headless post has no 'headline' key). Visible stamps '<time>' like '5:48 PM EDT'; the oldest post is 'Aug 23, 7:15 PM EDT' = 23:15 UTC 23 Aug. "
             "Per-post bylines \u201cABC News\u2019 Joanna Meir\u201d (entity &#8217;), author = the name. A 'Key Points' block lists two post headlines (key_point true for those posts). "
             "Video post has only a player. Cookie banner, newsletter box, 'Top Stories' (off-topic) links are chrome.")
    ne = ["cookie banner", "site header/nav", "'LIVE UPDATES' badge", "h1 page title", "'Last Updated: August 24, 2023, 5:52 PM EDT'", "dek paragraph",
          "'Key Points' block (two links repeating post headlines)", "newsletter box", "per-post share links", "video player button/duration",
          "'Load More Updates' button", "'Top Stories' related links (off-topic)", "footer"]
    for e in es:
        e.pop("url", None)
    return write_page("906", "abcnews_live", "html", "ABC News",
                      "Russia-Ukraine live updates: Ukraine marks Independence Day as Kremlin denies role in Prigozhin crash",
                      Z, page, es, notes, ne, B)
