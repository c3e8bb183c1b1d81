from common import *

# ---------------- 908 NDTV style HTML live blog, no JSON-LD (IST) ----------------
def p908():
    Z = "Asia/Kolkata"
    B = "Visible stamp 'Oct 05, 2023 HH:MM (IST)' on each post; IST = UTC+5:30."
    es = [
        E("Hroza Strike Toll Rises To 51, Zelensky Calls It 'Deliberate Crime'", "2023-10-05 23:48", [
            "The number of people killed by a Russian missile that hit a cafe during a wake in the village of Hroza in Ukraine's Kharkiv region has risen to 51, officials said.",
            "President Volodymyr Zelensky, speaking at a summit in Spain, called it a demonstratively brutal Russian crime. A six-year-old boy was among the dead."],
          "strikes", "strikes", 3, "hroza-cafe-strike"),
        E("Russia Says It Strikes Only Military Targets After Village Attack", "2023-10-05 21:30", [
            "Asked about the strike on Hroza, Kremlin spokesman Dmitry Peskov said Russian forces never aim at civilians and strike only military infrastructure.",
            "He did not comment directly on the village."],
          "strikes", "strikes", 3, "hroza-cafe-strike", note="Russian denial about the Hroza strike; same story."),
        E("Putin Says Russia Has Tested Nuclear-Powered Burevestnik Missile", "2023-10-05 19:15", [
            "President Vladimir Putin told the Valdai discussion club in Sochi that Russia had completed the last successful test of its Burevestnik nuclear-powered cruise missile.",
            "He also said Russia could in theory revoke its ratification of the global nuclear test ban treaty."],
          "other", "security", 3, "putin-valdai-burevestnik"),
        E("Zelensky Joins European Leaders In Granada, Seeks Winter Air Defence", "2023-10-05 17:40", [
            "Ukrainian President Volodymyr Zelensky arrived in Granada for a meeting of the European Political Community, where he urged leaders to help Ukraine get through the winter.",
            "He said Russia was stockpiling missiles to strike energy infrastructure again."],
          "diplomacy", "diplomacy", 3, "zelensky-granada-epc-summit", sec=["aid"]),
        E("At Least 47 Killed As Russian Missile Hits Shop And Cafe In Kharkiv Village", "2023-10-05 16:50", [
            "At least 47 people were killed when a Russian missile struck a shop and cafe in the village of Hroza in the Kharkiv region, where residents had gathered for a memorial meal, Ukrainian officials said.",
            "Interior Minister Ihor Klymenko said practically every family in the village had lost someone."],
          "strikes", "strikes", 3, "hroza-cafe-strike", note="Earlier, lower toll of the same strike (47, later 51)."),
        E("Video: Ukrainian Soldiers Train With Western Tanks", "2023-10-05 14:05", [],
          "other", "frontline", 1, "ukraine-tank-training-video", note="Video-only post, no text body."),
        E("US Sends Over 1 Million Seized Iranian Rounds To Ukraine", "2023-10-05 10:20", [
            "The United States has transferred more than 1.1 million rounds of small arms ammunition seized from an Iranian shipment to Ukraine, US Central Command said.",
            "The ammunition was confiscated last December from a vessel that Washington says was smuggling weapons to Houthi rebels in Yemen."],
          "aid", "aid", 3, "us-seized-iranian-ammunition-ukraine"),
        E("Ukraine Says 24 Of 29 Shahed Drones Downed Overnight", "2023-10-05 03:10", [
            "Ukraine's air force said it had shot down 24 of 29 Iranian-made Shahed drones launched by Russia overnight, mostly over the Odesa, Mykolaiv and Kirovohrad regions."],
          "strikes", "strikes", 2, "shahed-drones-night-oct-5",
          note="03:10 IST on 5 Oct = 21:40 UTC on 4 Oct (previous UTC day)."),
    ]
    posts = []
    for e in es:
        dt = loc(e["t"], Z)
        e["stamp"] = dt.strftime("%b %d, %Y %H:%M") + " (IST)"
        e["au"] = None
        body = "".join(f"<p>{ent(p)}</p>" for p in e["body"]) or '<div class="vid-embed"><span class="vid-dur">02:14</span></div>'
        posts.append(f'''<div class="lb-post">
  <div class="lb-time">{e["stamp"]}</div>
  <h3 class="lb-title">{ent(e["h"])}</h3>
  <div class="lb-body">{body}</div>
  <div class="lb-share"><a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
</div>
''')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Russia-Ukraine War Live Updates: Missile Strike On Kharkiv Village Kills 51 | NDTV</title>
<meta property="og:site_name" content="NDTV.com">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"liveblog","section":"world-news"}});</script>
</head>
<body>
<div class="top-bar"><a href="/">NDTV</a> | <a href="/india">India</a> <a href="/world-news">World</a> <a href="/business">Business</a> <a href="/cricket">Cricket</a> <a href="/videos">Videos</a> <a href="/trends">Trends</a></div>
<div class="ad-slot">Advertisement</div>
<div class="breadcrumb"><a href="/">Home</a> | <a href="/world-news">World News</a> | Russia-Ukraine War Live Updates</div>
<h1>Russia-Ukraine War Live Updates: Missile Strike On Kharkiv Village Kills 51</h1>
<div class="byline">World News | NDTV News Desk | Updated: October 05, 2023 11:52 pm IST</div>
<p class="intro">A Russian missile struck a village cafe in the Kharkiv region on Thursday in one of the deadliest attacks on civilians in months. Here are the live updates on the Russia-Ukraine war:</p>
<div class="share-top"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Comments</a></div>
<div class="liveblog">
{"".join(posts)}</div>
<div class="ad-slot">Advertisement</div>
<div class="trending"><h4>Trending</h4><a href="#">Sikkim flash flood: 14 dead, over 100 missing</a> <a href="#">Nobel Prize in Literature goes to Jon Fosse</a></div>
<div class="footer">Get the latest updates on ICC Cricket World Cup 2023. Track latest news live on NDTV.com.<br>&copy; Copyright NDTV Convergence Limited 2023. All rights reserved.</div>
</body>
</html>
'''
    notes = ("NDTV-style HTML live blog without any JSON-LD (only a dataLayer script). Stamps 'Oct 05, 2023 HH:MM (IST)' in a div above each <h3> headline; "
             "IST = UTC+5:30. No per-post bylines; the page byline line 'World News | NDTV News Desk | Updated: ...' is a desk credit, so author null. "
             "The Hroza strike is told three times with a growing toll (47, then 51) plus the Kremlin's denial: one story. Oldest post (03:10 IST) is 4 Oct in UTC. "
             "'Trending' links (Sikkim flood, Nobel) and the cricket footer are off-topic chrome.")
    ne = ["top bar nav", "'Advertisement' slots", "breadcrumb", "h1 page title", "byline/updated line", "intro paragraph", "share links", "video duration '02:14'",
          "per-post share links", "'Trending' links (off-topic)", "footer"]
    return write_page("908", "ndtv_live", "html", "NDTV",
                      "Russia-Ukraine War Live Updates: Missile Strike On Kharkiv Village Kills 51", Z, page, es, notes, ne, B)
