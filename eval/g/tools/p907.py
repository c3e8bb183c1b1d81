from common import *
import json as _json

# ---------------- 907 Spiegel International style HTML article (NewsArticle JSON-LD, CEST) ----------------
def p907():
    Z = "Europe/Berlin"
    T = "2023-09-13 18:04"
    AU = "Jana Kohlmeier"
    B = ("Single article: visible stamp '13.09.2023, 18.04 Uhr' (German style, Berlin time = CEST, UTC+2) and JSON-LD datePublished "
         "2023-09-13T18:04:00+02:00; every section takes 16:04 UTC 13 Sep.")
    es = [
        E("Putin Receives Kim at the Spaceport", T, [
            "Vladimir Putin welcomed North Korean leader Kim Jong Un at the Vostochny Cosmodrome in Russia's Far East on Wednesday, their first meeting in four years.",
            "The two men toured the launch facilities before holding talks that the Kremlin said lasted more than four hours. Kim told Putin that his country stood with Russia in its \u201csacred fight\u201d against the West."],
          "diplomacy", "diplomacy", 3, "kim-putin-vostochny-summit", au=AU),
        E("Shells for Satellites?", T, [
            "Western officials fear that Pyongyang will supply Moscow with artillery shells and rockets from its huge Soviet-standard stockpiles in return for help with satellite and submarine technology.",
            "Asked whether Russia would help North Korea build satellites, Putin said that was why they had come to the spaceport. Neither side confirmed any arms agreement."],
          "aid", "aid", 3, "north-korea-arms-for-russia", sec=["diplomacy"], au=AU),
        E("Fire at the Sevastopol Shipyard", T, [
            "Ukrainian cruise missiles struck the Sevmorzavod shipyard in occupied Sevastopol early on Wednesday, setting a landing ship and a submarine under repair on fire.",
            "Russia's defence ministry said it had shot down seven of ten missiles and that two vessels had been damaged. Twenty-four people were injured, according to the Moscow-installed governor."],
          "strikes", "strikes", 3, "sevastopol-shipyard-strike", au=AU),
        E("Danube Port Hit Again", T, [
            "Russian drones again targeted the port of Izmail on the Danube, damaging grain storage facilities and injuring six people, Ukrainian officials said.",
            "Since Russia quit the grain deal in July, the river ports near the Romanian border have become Ukraine's most important export route."],
          "strikes", "strikes", 2, "izmail-port-drone-attack-sep-13", au=AU),
        E("Von der Leyen's Promise", T, [
            "In her State of the Union address in Strasbourg, European Commission President Ursula von der Leyen said the future of Ukraine lay in the European Union and urged member states to prepare for enlargement.",
            "She also proposed extending temporary protection for Ukrainian refugees in the EU."],
          "diplomacy", "diplomacy", 2, "von-der-leyen-state-of-union-ukraine", au=AU),
        E("Berlin Still Hesitating on Taurus", T, [
            "The German government has still not decided whether to supply Ukraine with Taurus cruise missiles, a government spokesman said, adding that there was no change in the position.",
            "Opposition politicians and members of the Greens accused Chancellor Olaf Scholz of dragging his feet."],
          "aid", "aid", 2, "germany-taurus-hesitation", au=AU),
    ]
    for e in es:
        e["stamp"] = "13.09.2023, 18.04 Uhr"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "A Meeting of Outcasts: Putin and Kim Court Each Other at Far East Spaceport",
          "datePublished": "2023-09-13T18:04:00+02:00", "dateModified": "2023-09-13T18:04:00+02:00",
          "author": [{"@type": "Person", "name": AU}],
          "publisher": {"@type": "Organization", "name": "DER SPIEGEL"},
          "description": "What happened on Wednesday in Russia's war against Ukraine: an overview.",
          "mainEntityOfPage": "https://www.spiegel.de/international/world/ukraine-war-overview-september-13"}
    secs = "".join(f'      <h3>{ent(e["h"])}</h3>\n' + "".join(f"      <p>{ent(p)}</p>\n" for p in e["body"]) +
                   ('      <div class="inline-teaser">Related: <a href="#">How North Korea&#8217;s Arsenal Could Prolong the War</a></div>\n' if i == 1 else "")
                   for i, e in enumerate(es))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ukraine War Overview: Putin and Kim Court Each Other at Far East Spaceport - DER SPIEGEL</title>
<meta property="og:site_name" content="DER SPIEGEL">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="consent">We and our partners use cookies to finance our journalism. <button>Accept and continue</button> <button>Subscribe to SPIEGEL+</button></div>
<header><a href="/international/">DER SPIEGEL International</a>
<nav><a href="/international/world/">World</a> <a href="/international/europe/">Europe</a> <a href="/international/germany/">Germany</a> <a href="/international/business/">Business</a> <a href="/international/zeitgeist/">Zeitgeist</a></nav></header>
<main>
  <article>
    <div class="kicker">Ukraine War Overview</div>
    <h2 class="headline">A Meeting of Outcasts: Putin and Kim Court Each Other at Far East Spaceport</h2>
    <p class="lead">What happened on Wednesday in Russia&#8217;s war against Ukraine: an overview.</p>
    <figure><img src="kim-putin.jpg" alt=""><figcaption>Kim Jong Un and Vladimir Putin at the Vostochny Cosmodrome. Foto: Vladimir Smirnov / AP</figcaption></figure>
    <div class="byline">By {AU}</div>
    <time datetime="2023-09-13T18:04:00+02:00">13.09.2023, 18.04 Uhr</time>
    <div class="share"><a href="#">Facebook</a> <a href="#">X.com</a> <a href="#">Messenger</a> <a href="#">E-Mail</a></div>
    <div class="article-body">
{secs}    </div>
    <div class="newsletter">Sign up for the DER SPIEGEL International newsletter: <input type="email"> <button>Subscribe</button></div>
  </article>
  <aside><h4>More from World</h4><a href="#">Morocco Earthquake: The Search for Survivors</a> <a href="#">Floods in Libya Leave Thousands Missing</a></aside>
</main>
<footer>&copy; DER SPIEGEL GmbH &amp; Co. KG</footer>
</body>
</html>
'''
    notes = ("DER SPIEGEL International-style daily overview article (HTML) with NewsArticle JSON-LD (not a live blog). One byline 'By Jana Kohlmeier' and one stamp "
             "'13.09.2023, 18.04 Uhr' (German format with 'Uhr', Berlin time CEST = UTC+2) apply to every section. Each <h3> crosshead is one entry (headline = crosshead). "
             "The <h2> headline is the page title; the kicker 'Ukraine War Overview' and lead are chrome. The inline 'Related:' teaser and the 'More from World' links "
             "(earthquake, floods) are not entries.")
    ne = ["consent banner", "site header/nav", "kicker 'Ukraine War Overview'", "h2 page headline", "lead 'What happened on Wednesday...'", "figure caption",
          "byline", "time '13.09.2023, 18.04 Uhr'", "share links", "inline 'Related: How North Korea's Arsenal Could Prolong the War'", "newsletter box",
          "'More from World' links (off-topic)", "footer"]
    return write_page("907", "spiegel_overview", "html", "DER SPIEGEL",
                      "A Meeting of Outcasts: Putin and Kim Court Each Other at Far East Spaceport",
                      Z, page, es, notes, ne, B)
