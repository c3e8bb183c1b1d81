from common import *
import json as _json

# ---------------- 909 Daily Mail style HTML live blog, LiveBlogPosting inside @graph (GMT) ----------------
def p909():
    Z = "Europe/London"
    B = "Visible stamp 'HH:MM' (UK time = GMT = UTC in November) with the date from the header 'Updated: 18:20 GMT, 25 November 2023'; JSON-LD datePublished agrees."
    RD, MK = "Rhiannon Daley", "Marcus Kell"
    es = [
        E("Finland to shut all but one crossing on Russian border", "2023-11-25 18:05", [
            "Finland will close all but its northernmost border crossing with Russia, the government said, accusing Moscow of deliberately funnelling asylum seekers towards the frontier.",
            "The Kremlin has denied the accusation and said it regretted the decision."],
          "other", "security", 2, "finland-border-closures", au=RD),
        E("Zelensky leads Holodomor remembrance in Kyiv", "2023-11-25 16:40", [
            "Volodymyr Zelensky and his wife Olena lit candles at the Holodomor memorial in Kyiv to mark 90 years since the Soviet-era famine that killed millions of Ukrainians.",
            "The president said Russia was once again trying to destroy the Ukrainian people."],
          "other", "politics", 2, "holodomor-remembrance-2023", au=RD),
        E("Pictured: Kyiv residents shelter in metro during hours-long drone assault", "2023-11-25 15:12", [],
          "strikes", "strikes", 1, "kyiv-metro-shelter-photos", au=MK, note="Photo-only post: image and caption credit, no text body."),
        E("Russia says it downed Ukrainian drones over Moscow region", "2023-11-25 13:30", [
            "Russia's defence ministry said air defences destroyed 24 Ukrainian drones over the Moscow, Tula, Smolensk, Bryansk and Kaluga regions.",
            "There were no immediate reports of damage or casualties."],
          "strikes", "strikes", 2, "russia-downs-drones-nov-25", au=MK),
        E("EU will miss target of a million shells for Ukraine, Borrell concedes", "2023-11-25 11:55", [
            "The European Union's foreign policy chief admitted that the bloc would not deliver the one million artillery shells it promised Ukraine by March.",
            "He said about 300,000 rounds had been handed over so far and urged arms manufacturers to prioritise Ukrainian orders over exports."],
          "aid", "aid", 2, "eu-million-shells-target-missed", au=RD),
        E("Kyiv hit by biggest drone attack of the war", "2023-11-25 10:20", [
            "Russia launched the largest drone attack on Kyiv since the start of the full-scale invasion in the early hours of Saturday, Ukrainian officials said.",
            "The attack, which lasted more than six hours, came on the day Ukraine commemorates the victims of the Holodomor famine.",
            "Power was cut to dozens of buildings in the city centre after debris damaged a substation."],
          "strikes", "strikes", 3, "kyiv-largest-drone-attack", au=RD),
        E(None, "2023-11-25 09:05", [
            "Ukraine's air force said 74 of the 75 Iranian-made Shahed drones launched overnight had been destroyed, most of them over Kyiv.",
            "A single Kh-59 guided missile was also shot down over the Dnipropetrovsk region."],
          "strikes", "strikes", 3, "kyiv-largest-drone-attack", au=MK, note="Post without a headline; no headline in JSON-LD either."),
        E("Five hurt including child as drone debris falls on Kyiv homes", "2023-11-25 07:30", [
            "Five people including an 11-year-old child were injured when debris from downed drones fell on residential buildings, Kyiv mayor Vitali Klitschko said.",
            "A fire broke out in a kindergarten in the Solomianskyi district."],
          "strikes", "strikes", 3, "kyiv-largest-drone-attack", au=MK),
    ]
    updates, posts = [], []
    for n, e in enumerate(es):
        dt = loc(e["t"], Z)
        e["stamp"] = dt.strftime("%H:%M")
        u = {"@type": "BlogPosting", "datePublished": dt.isoformat(), "articleBody": "\n".join(e["body"]),
             "author": {"@type": "Person", "name": e["au"]}}
        if e["h"]:
            u["headline"] = e["h"]
        updates.append(u)
        h = f'<h3 class="lb-headline">{ent(e["h"])}</h3>' if e["h"] else ""
        body = "".join(f"<p>{ent(p)}</p>" for p in e["body"]) or \
            '<div class="image-wrap"><img src="kyiv-metro.jpg" alt=""><span class="credit">(Image: REUTERS)</span></div>'
        posts.append(f'''  <div class="lb-entry" data-ts="{int(dt.timestamp())}">
    <span class="lb-time">{e["stamp"]}</span> <span class="lb-author">By {ent(e["au"])}</span>
    {h}
    {body}
  </div>
''')
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Russia Ukraine war live: Kyiv hit by largest drone attack of the war", "url": "https://www.dailymail.co.uk/news/live/article-ukraine-live-25-11-2023.html"},
        {"@type": "Organization", "name": "Daily Mail", "url": "https://www.dailymail.co.uk"},
        {"@type": "LiveBlogPosting", "headline": "Russia Ukraine war live: Kyiv hit by largest drone attack of the war",
         "coverageStartTime": "2023-11-25T07:00:00+00:00", "datePublished": "2023-11-25T07:00:00+00:00", "dateModified": "2023-11-25T18:20:00+00:00",
         "liveBlogUpdate": updates}]}
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Russia Ukraine war live: Kyiv hit by largest drone attack of the war | Daily Mail Online</title>
<meta property="og:site_name" content="Mail Online">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="cookie">Your privacy is important to us. We and our partners use cookies. <button>Got it</button></div>
<div class="masthead"><a href="/">Daily Mail</a> <a href="/news">News</a> <a href="/usnews">U.S.</a> <a href="/sport">Sport</a> <a href="/tvshowbiz">TV&amp;Showbiz</a> <a href="/femail">Femail</a> <a href="/health">Health</a></div>
<div class="article">
<h1>Russia Ukraine war live: Kyiv hit by largest drone attack of the war</h1>
<ul class="mol-bullets">
<li>Russia launched 75 drones at Kyiv overnight, Ukraine says</li>
<li>Attack coincided with Holodomor remembrance day</li>
</ul>
<p class="byline-section">By <a href="#">{RD}</a> and <a href="#">{MK}</a></p>
<p class="dates">Published: 07:00 GMT, 25 November 2023 | Updated: 18:20 GMT, 25 November 2023</p>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Flipboard</a> <a href="#">Comments</a></div>
<div class="liveblog">
{"".join(posts)}</div>
<div class="newsletter">Sign up to our daily newsletter <input type="email"> <button>Submit</button></div>
<div class="puff"><h4>MOST READ NEWS</h4><a href="#">Black Friday queues stretch around the block</a> <a href="#">Storm warning issued for the weekend</a></div>
</div>
<div class="footer">Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</div>
</body>
</html>
'''
    notes = ("Daily Mail-style HTML live blog: LiveBlogPosting nested in a JSON-LD @graph (with WebPage and Organization). Each visible post: '<span>HH:MM</span> By <Name>' "
             "then headline and body; date only in the header 'Published: 07:00 GMT, 25 November 2023 | Updated: 18:20 GMT, 25 November 2023'. GMT = UTC. "
             "The top bullet list is a summary ('mol-bullets'), not a Key Points block. One headless post and one photo-only post. "
             "Kyiv drone attack told three times (attack, interception figures, injuries): one story.")
    ne = ["cookie banner", "masthead links", "h1 page title", "summary bullets (2)", "page byline 'By Rhiannon Daley and Marcus Kell'", "Published/Updated line",
          "share bar", "photo credit '(Image: REUTERS)'", "newsletter box", "'MOST READ NEWS' links (off-topic)", "footer"]
    return write_page("909", "dailymail_live", "html", "Daily Mail",
                      "Russia Ukraine war live: Kyiv hit by largest drone attack of the war", Z, page, es, notes, ne, B)
