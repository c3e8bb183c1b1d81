from lib import *

NY, KYIV, LON, UTCZ = "America/New_York", "Europe/Kyiv", "Europe/London", "UTC"


def p1000():
    D = "2024-03-12 "
    b = "Date from the page header 'Published March 12, 2024'; post times are 'ET', which on 12 March 2024 is EDT (UTC-4, DST began 10 March); "
    es = [
        E("Zelenskyy thanks Czech-led ammunition drive as first shells reach the front", D + "23:40", "Dana Whitcomb",
          ["Ukrainian President Volodymyr Zelenskyy said late Tuesday that the first batch of artillery shells bought through a Czech-organized fund had arrived at front-line units.",
           "Prague has spent weeks pooling money from more than a dozen countries to buy rounds on the open market outside Europe.",
           "Zelenskyy did not say how many shells were in the first delivery."],
          "aid", "aid", 2, "czech-ammunition-initiative-first-delivery", basis=b + "11:40pm ET = 03:40 UTC on 13 March (crosses UTC midnight)."),
        E("Russia says it beat back cross-border raid in Belgorod region", D + "22:15", "Associated Press",
          ["Russia's Defense Ministry claimed its troops repelled an incursion by armed groups that tried to cross from Ukraine into the Belgorod and Kursk regions.",
           "A group of Russian volunteers fighting for Kyiv said it was behind the raid and posted video of armored vehicles near a border post.",
           "Neither account could be independently verified."],
          "other", "frontline", 2, "belgorod-kursk-border-incursion", basis=b + "10:15pm ET = 02:15 UTC on 13 March."),
        E("PHOTOS: Kharkiv residents sweep up glass after overnight drone strike", D + "20:52", None, [],
          "strikes", "strikes", 1, "kharkiv-drone-strike-photos",
          basis=b + "8:52pm ET = 00:52 UTC on 13 March.", notes="Photo-gallery teaser: headline, stamp and nothing else; own story (gallery), importance 1. The stamp line has no byline."),
        E("House discharge petition on Ukraine aid picks up signatures", D + "19:30", "Chad Pruitt",
          ["A bipartisan effort to force a House vote on foreign military aid gained several new backers on Tuesday, though it remains short of the 218 signatures it needs.",
           "Speaker Mike Johnson has so far declined to bring the Senate-passed package to the floor."],
          "aid", "aid", 2, "us-house-ukraine-aid-discharge-petition", basis=b + "7:30pm ET = 23:30 UTC on 12 March."),
        E("Pentagon unveils $300 million emergency weapons package for Kyiv", D + "16:18", "Chad Pruitt",
          ["The Biden administration announced a $300 million package of weapons for Ukraine on Tuesday, paid for with savings found in earlier Pentagon contracts.",
           "Officials said the package would include artillery rounds and rockets for HIMARS launchers but would only last a few weeks.",
           "National security adviser Jake Sullivan said the move did not replace the need for Congress to act."],
          "aid", "aid", 3, "pentagon-300m-package", basis=b + "4:18pm ET = 20:18 UTC."),
        E("Poland's president and prime minister meet Biden at the White House", D + "13:02", "Dana Whitcomb",
          ["President Biden hosted Polish President Andrzej Duda and Prime Minister Donald Tusk on Tuesday to mark 25 years of Poland's NATO membership.",
           "Duda urged fellow alliance members to raise defense spending to 3% of their economic output."],
          "diplomacy", "diplomacy", 3, "poland-leaders-white-house-visit", basis=b + "1:02pm ET = 17:02 UTC."),
        E("Drone swarm cuts power to parts of Kharkiv", D + "10:47", "Dana Whitcomb",
          ["Russia launched dozens of attack drones at Ukraine overnight, and several of them hit energy facilities in the Kharkiv region, local officials said.",
           "Regional governor Oleh Syniehubov said some neighborhoods were left without electricity and heating for several hours.",
           "Ukraine's air force said it shot down most of the drones."],
          "strikes", "strikes", 3, "kharkiv-energy-drone-strike", basis=b + "10:47am ET = 14:47 UTC."),
        E("Early voting opens in remote parts of Russia ahead of presidential election", D + "08:05", "Fox News Digital",
          ["Election officials in Russia began collecting ballots in hard-to-reach areas on Tuesday, days before the main three-day vote that is all but certain to extend Vladimir Putin's rule.",
           "Voting is also being held in occupied parts of Ukraine, which Kyiv and its allies call illegitimate."],
          "other", "politics", 2, "russia-presidential-election-early-voting", basis=b + "8:05am ET = 12:05 UTC; the opening post, printed without a personal byline, so the page-wide 'Fox News Digital' credit applies."),
    ]
    lines = ["Fox News", "U.S.", "World", "Politics", "Entertainment", "Business", "Lifestyle", "Science", "Tech", "Health", "TV", "Watch TV", "",
             "Russia-Ukraine war live updates: Drone swarm hits Kharkiv; Pentagon finds $300M for Kyiv",
             "Published March 12, 2024 8:05am EDT | Updated March 12, 2024 11:40pm EDT",
             "Fox News Digital", "Facebook Twitter Flipboard Comments Print Email", "",
             "Coverage for March 12, 2024 has ended. Follow Fox News Digital for more updates.", ""]
    for e in es:
        dt = ldt(e["local"], NY)
        e["stamp"] = fmt12(dt, ("am", "pm")) + " ET"
        lines.append(e["headline"])
        lines.append(f"{e['author']} · {e['stamp']}" if e["author"] and e["author"] != "Fox News Digital" else e["stamp"])
        lines += e["body"]
        if e["author"] == "Associated Press":
            pass
        lines += ["Facebook Twitter Email", ""]
    lines += ["Advertisement", "Trending", "Senator says shutdown deal is close", "Storm warning issued for Gulf Coast", "",
              "This material may not be published, broadcast, rewritten, or redistributed. ©2024 FOX News Network, LLC. All rights reserved.", ""]
    # the AP post shows its byline as 'Associated Press · 10:15pm ET'
    write("1000", "foxnews_live", "txt", "\n".join(lines), "Fox News",
          "Russia-Ukraine war live updates: Drone swarm hits Kharkiv; Pentagon finds $300M for Kyiv",
          "America/New_York", NY, es,
          "Plain-text scrape of a US cable-news live blog, newest first. The date appears only in the header ('Published March 12, 2024 8:05am EDT'); each post has headline, then a line 'Author · h:mmam/pm ET' (or the bare stamp), then body, then a share row 'Facebook Twitter Email'. ET on 12 March 2024 is EDT (UTC-4) because US DST began on 10 March: posts from 8pm ET onward fall on 13 March UTC. The opening post (8:05am) carries no personal byline; the page-wide credit 'Fox News Digital' is used as its author. One post is credited to 'Associated Press' (agency as author). The PHOTOS post has no body.",
          ["site navigation (Fox News, U.S., World, ... Watch TV)", "page header stamp 'Published March 12, 2024 8:05am EDT | Updated ...'", "page-wide credit 'Fox News Digital' and the share row under it",
           "'Coverage for March 12, 2024 has ended...' notice", "per-post share rows 'Facebook Twitter Email'", "'Advertisement' marker", "'Trending' block and its two links", "copyright footer"])


def p1001():
    b1 = "Date header '2 April' under the title 'War in Ukraine: live updates for 2 April 2024'; times are Kyiv time, which the page states is UTC+3 (EEST since 31 March 2024); "
    b0 = "Date header '1 April' (previous-day posts kept at the bottom of the page; year from the title); Kyiv time UTC+3; "
    A = "Olena Hrytsenko"
    es = [
        E(None, "2024-04-02 17:05", A,
          ["A Russian guided bomb hit a school building in the Kupiansk district of Kharkiv Oblast this afternoon, the regional military administration said.",
           "Nobody was hurt because the school has taught online since 2022."],
          "strikes", "strikes", 2, "kupiansk-school-guided-bomb", basis=b1 + "17:05 = 14:05 UTC.",
          notes="No headline: the post is a time line followed by paragraphs; headline null."),
        E("Drones reach Tatarstan, more than 1,000 km from the border", "2024-04-02 15:30", A,
          ["Ukrainian long-range drones struck an industrial site in Russia's Republic of Tatarstan on Tuesday morning, a source in Ukraine's military intelligence told Hromadske.",
           "The regional head confirmed that a dormitory and a refinery in the area had been hit, with several people injured.",
           "It is the deepest strike inside Russia reported since the full-scale invasion began."],
          "strikes", "strikes", 3, "tatarstan-drone-strike", basis=b1 + "15:30 = 12:30 UTC."),
        E(None, "2024-04-02 13:10", A, ["Photo: what remains of the lyceum in Kharkiv's Kyivskyi district after last night's strike."],
          "strikes", "strikes", 1, "kharkiv-lyceum-photo",
          basis=b1 + "13:10 = 10:10 UTC.",
          notes="Photo-only post: one caption line under the time and nothing else. Treated as a photo teaser (importance 1, own story); the caption is kept as its one-paragraph body, headline null."),
        E(None, "2024-04-02 11:25", A,
          ["President Volodymyr Zelensky has signed the law that lowers the minimum age for mobilisation from 27 to 25.",
           "Parliament passed the bill last year, but it had waited on the president's desk for months.",
           "The change does not apply to men who are already serving under contract."],
          "other", "politics", 3, "ukraine-mobilisation-age-lowered", basis=b1 + "11:25 = 08:25 UTC.",
          notes="Headline-less post. Importance 3 as a main domestic development of the day (judgement call: politics, not strikes/aid)."),
        E("Air force: 9 of 10 Shahed drones shot down overnight", "2024-04-02 09:00", A,
          ["Russia launched ten Shahed-type drones and a guided missile at Ukraine overnight, the air force said.",
           "Air defence destroyed nine drones over the Kharkiv, Poltava and Dnipropetrovsk oblasts."],
          "strikes", "strikes", 2, "overnight-shahed-attack-2024-04-02", basis=b1 + "09:00 = 06:00 UTC."),
        E(None, "2024-04-02 00:40", A,
          ["Explosions were heard in Kharkiv shortly after midnight.",
           "Mayor Ihor Terekhov wrote that a strike had hit an infrastructure facility in the city; information about casualties is being clarified."],
          "strikes", "strikes", 2, "kharkiv-night-strike-2024-04-02",
          basis=b1 + "00:40 Kyiv on 2 April = 21:40 UTC on 1 April (crosses UTC midnight backwards).",
          notes="Same night as the lyceum photo (1001-03) but a different, earlier report; kept as its own story because the photo is a teaser."),
        E("Sumy Oblast: two killed in shelling of a border community", "2024-04-01 22:10", A,
          ["Russian artillery shelled the Krasnopillia community in Sumy Oblast in the evening, killing two men, the regional administration reported.",
           "A house and a power line were also damaged."],
          "strikes", "strikes", 2, "sumy-oblast-krasnopillia-shelling", basis=b0 + "22:10 = 19:10 UTC on 1 April."),
        E(None, "2024-04-01 19:45", A,
          ["Foreign Minister Dmytro Kuleba will travel to Brussels this week for a meeting of NATO foreign ministers marking the alliance's 75th anniversary, the ministry said.",
           "He is expected to press allies for more Patriot systems."],
          "diplomacy", "diplomacy", 2, "kuleba-nato-foreign-ministers-brussels", sec=["aid"], basis=b0 + "19:45 = 16:45 UTC on 1 April."),
    ]
    L = ["hromadske", "English | Українська", "News  Features  Video  Podcasts  Support us", "",
         "Live updates", "War in Ukraine: live updates for 2 April 2024", "All times are Kyiv time (UTC+3).",
         f"Author: {A}", "Share: Facebook X Telegram", "", "Support independent journalism: become a member of hromadske", "", "2 April", ""]
    for e in es:
        if e["local"].startswith("2024-04-01") and "1 April" not in L:
            L += ["1 April", ""]
        e["stamp"] = e["local"][11:]
        L.append(e["stamp"])
        if e["headline"]:
            L.append(e["headline"])
        L += e["body"]
        L.append("")
    L += ["Read also", "How Kharkiv lives under daily shelling: a photo story", "Previous day: live updates for 31 March 2024", "", "© 2024 hromadske. All rights reserved.", ""]
    write("1001", "hromadske_live", "txt", "\n".join(L), "Hromadske",
          "War in Ukraine: live updates for 2 April 2024", "Europe/Kyiv", KYIV, es,
          "Plain-text scrape of a Ukrainian live blog, newest first, with day headers '2 April' and '1 April' (the year only in the title). Each post is a bare 'HH:MM' line, an optional one-line headline, then paragraphs; most posts have no headline. The page says times are Kyiv time, UTC+3 (summer time began 31 March 2024). The 00:40 post of 2 April falls on 1 April UTC. A single page-wide byline 'Author: Olena Hrytsenko' is applied to every post. The 13:10 post is a photo caption only.",
          ["masthead, language switch and section menu", "'Live updates' label", "the zone note 'All times are Kyiv time (UTC+3).'", "page-wide byline line 'Author: Olena Hrytsenko' (used as author, not an entry)",
           "share row", "membership appeal", "day headers '2 April' and '1 April'", "'Read also' block with two links", "copyright footer"])


def p1002():
    upd = "2024-06-19 14:52"
    b = "Relative stamp counted back from the page's printed refresh time 'Updated 14:52, 19 JUN 2024 | BST' (BST = UTC+1); "
    bb = "Absolute HH:MM stamp, date 19 June from the refresh line (posts above it are from the same morning); BST = UTC+1; "
    es = [
        E("Kremlin says Putin and Kim signed 'comprehensive strategic partnership' pact", "2024-06-19 14:37", "Harriet Cole",
          ["Vladimir Putin and Kim Jong Un have signed a new partnership treaty that includes a pledge of mutual help if either country is attacked, Russian officials said.",
           "The deal was signed after several hours of talks in Pyongyang.",
           "Western governments fear the pact will deepen arms flows from North Korea to Russia's army in Ukraine."],
          "diplomacy", "diplomacy", 3, "putin-kim-partnership-treaty", sec=["aid"], kp=True, basis=b + "'15 mins ago' = 14:37 BST = 13:37 UTC (minute precision depends on the refresh time)."),
        E("Pictured: Kim greets Putin with a red carpet and a military band", "2024-06-19 13:52", "Harriet Cole", [],
          "diplomacy", "diplomacy", 1, "putin-kim-welcome-pictured", basis=b + "'1 hr ago' = 13:52 BST = 12:52 UTC.",
          notes="Photo teaser with no body; importance 1; own story (gallery), separate from the treaty."),
        E("UK sanctions more tankers from Russia's 'shadow fleet'", "2024-06-19 12:52", "Tom Pryce",
          ["The Foreign Office has added several oil tankers and two shipping firms to its sanctions list, accusing them of helping Moscow dodge the price cap on Russian crude.",
           "Ministers said the move would squeeze the money Russia uses to fund the war."],
          "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions", basis=b + "'2 hrs ago' = 12:52 BST = 11:52 UTC."),
        E("Odesa port strike: two dead and grain terminal damaged", "2024-06-19 11:05", "Tom Pryce",
          ["Two port workers were killed when a Russian missile hit a grain terminal in Odesa overnight, the regional governor said.",
           "Fires broke out in storage buildings and several lorries were destroyed.",
           "Ukraine's navy said the missile was fired from occupied Crimea."],
          "strikes", "strikes", 3, "odesa-grain-terminal-strike", kp=True, basis=bb + "11:05 BST = 10:05 UTC."),
        E("Kyiv claims drone hit on oil depot in Russia's Tambov region", "2024-06-19 09:40", "Tom Pryce",
          ["A Ukrainian security service source said drones set fire to fuel tanks at a depot in Russia's Tambov region.",
           "The local governor said a blaze had broken out at an oil facility but did not mention drones."],
          "strikes", "strikes", 2, "tambov-oil-depot-drone-strike", basis=bb + "09:40 BST = 08:40 UTC."),
        E("Zelensky: Moscow-Pyongyang deal shows why Ukraine needs more air defence", "2024-06-19 08:12", "Harriet Cole",
          ["Volodymyr Zelensky urged allies to speed up deliveries of Patriot batteries, saying the summit in Pyongyang proved Russia was gathering weapons from wherever it could.",
           "He said Ukraine needed at least seven more systems to protect its cities."],
          "aid", "aid", 2, "zelensky-air-defence-plea-2024-06-19", basis=bb + "08:12 BST = 07:12 UTC."),
        E("Putin lands in Pyongyang for first visit in 24 years", "2024-06-18 23:15", "Harriet Cole",
          ["Vladimir Putin's plane touched down in North Korea's capital in the early hours local time, state media in both countries reported.",
           "Kim Jong Un met him at the airport."],
          "diplomacy", "diplomacy", 3, "putin-arrives-pyongyang", basis="Full stamp '23:15, 18 JUN 2024' printed on this previous-day post; BST = UTC+1, so 22:15 UTC on 18 June."),
    ]
    L = ["Mirror", "News  Politics  Football  Celebs  TV  Money  Travel  Lifestyle  Puzzles", "", "NEWS",
         "Ukraine war live: Putin and Kim sign defence pact as Russian missile hits Odesa port",
         "Follow the latest updates as the Russian leader wraps up his trip to North Korea",
         "By Harriet Cole, Live Blog Writer", "Updated 14:52, 19 JUN 2024 | BST", "Bookmark", "", "Key Events",
         "• Kremlin says Putin and Kim signed 'comprehensive strategic partnership' pact",
         "• Odesa port strike: two dead and grain terminal damaged", "SHOW LATEST UPDATES", ""]
    rel = {"2024-06-19 14:37": "15 mins ago", "2024-06-19 13:52": "1 hr ago", "2024-06-19 12:52": "2 hrs ago"}
    for e in es:
        if e["local"] in rel:
            e["stamp"] = rel[e["local"]]
        elif e["local"].startswith("2024-06-18"):
            e["stamp"] = "23:15, 18 JUN 2024"
        else:
            e["stamp"] = e["local"][11:]
        L.append(e["stamp"])
        L.append(e["headline"])
        L += e["body"]
        L += [e["author"], ""]
    L += ["LOAD MORE", "", "Sign up to our free newsletter for the biggest stories", "Enter email  SUBSCRIBE", "",
          "Most Read", "Lottery winner's secret to a happy life", "Heatwave to hit UK this weekend", "", "Mirror Online. All rights reserved.", ""]
    write("1002", "mirror_live", "txt", "\n".join(L), "Mirror",
          "Ukraine war live: Putin and Kim sign defence pact as Russian missile hits Odesa port", "Europe/London", LON, es,
          "Plain-text scrape of a UK tabloid live blog, newest first. Refresh line 'Updated 14:52, 19 JUN 2024 | BST'. The three newest posts have relative stamps ('15 mins ago', '1 hr ago', '2 hrs ago') that must be counted back from 14:52 BST; older posts show bare 'HH:MM' (19 June) and the last one a full '23:15, 18 JUN 2024' (previous day). Each post: stamp line, headline, body, then the post author's name on its own line. A 'Key Events' block lists two headlines (key_point true). 'Pictured:' post has no body.",
          ["masthead and section menu", "'NEWS' label", "standfirst 'Follow the latest updates as the Russian leader wraps up his trip to North Korea'", "page byline 'By Harriet Cole, Live Blog Writer'",
           "refresh line 'Updated 14:52, 19 JUN 2024 | BST'", "'Bookmark'", "'Key Events' header and its two bullet links (they point at entries 1002-01 and 1002-04, not new entries)", "'SHOW LATEST UPDATES'", "'LOAD MORE'", "newsletter box", "'Most Read' links", "footer"])


def p1003():
    b = "Date only in the page header ('Published: 23 July 2024'); stamps are GMT = UTC; "
    es = [
        E("Kuleba arrives in Guangzhou for talks with Wang Yi", "2024-07-23 14:50", "Reuters",
          ["Ukraine's Foreign Minister Dmytro Kuleba landed in China on Tuesday for his first visit since Russia's full-scale invasion, Kyiv said.",
           "He is due to hold talks with his Chinese counterpart Wang Yi on how to reach what Ukraine calls a just peace.",
           "Beijing has presented itself as neutral but has kept close ties with Moscow."],
          "diplomacy", "diplomacy", 3, "kuleba-china-visit", basis=b + "1450 GMT."),
        E("Russia says it downed 21 Ukrainian drones over border regions", "2024-07-23 14:09", "Reuters",
          ["Russian air defences destroyed 21 drones over the Belgorod, Kursk and Bryansk regions, the defence ministry in Moscow said.",
           "There was no immediate report of damage on the ground."],
          "strikes", "strikes", 2, "russia-downs-21-drones", basis=b + "1409 GMT."),
        E("VIDEO: Smoke rises over Mykolaiv after missile strike", "2024-07-23 12:45", None, [],
          "strikes", "strikes", 1, "mykolaiv-strike-video", basis=b + "1245 GMT.",
          notes="Video-only post: stamp and 'VIDEO:' headline on one line, no body, no credit; importance 1, own story."),
        E("Missile strike on Mykolaiv wounds seven, governor says", "2024-07-23 10:10", "AFP",
          ["A Russian missile hit a residential area of the southern city of Mykolaiv on Tuesday morning, wounding seven people including a child, regional governor Vitaliy Kim said.",
           "Windows were blown out in several apartment blocks."],
          "strikes", "strikes", 3, "mykolaiv-missile-strike", basis=b + "1010 GMT."),
        E(None, "2024-07-23 08:32", "Al Arabiya English",
          ["Hungary's Prime Minister Viktor Orban said in a radio interview that the European Union should open its own channel to Moscow instead of leaving peace efforts to others.",
           "His comments came a day after EU foreign ministers criticized his recent trips to Moscow and Beijing."],
          "diplomacy", "diplomacy", 2, "orban-eu-channel-moscow", basis=b + "0832 GMT.",
          notes="Headline-less post: the stamp stands alone on its line and the text follows; no agency credit, so the page-wide 'Al Arabiya English' byline is the author."),
        E("Czech initiative has delivered 50,000 shells so far, Prague says", "2024-07-23 06:15", "Reuters",
          ["The Czech government said its initiative to source artillery ammunition outside the EU had delivered around 50,000 rounds to Ukraine since June.",
           "Officials expect deliveries to increase in the autumn."],
          "aid", "aid", 2, "czech-ammunition-initiative-deliveries", basis=b + "0615 GMT."),
        E("Ukraine says it struck Russian landing ship in occupied Crimea", "2024-07-22 23:10", "Reuters",
          ["Ukraine's military said it had hit a Russian landing ship at a port in occupied Crimea with a naval drone.",
           "Moscow did not comment."],
          "strikes", "strikes", 2, "crimea-landing-ship-strike", basis="Printed '2310 GMT' after the 0615 GMT post, i.e. the previous evening: Monday 22 July 2024 (the page's newest-first order wraps back past midnight; the header date is 23 July). 23:10 UTC on 22 July.",
          notes="Previous-day post with no date of its own: the time goes up after 0615, so it belongs to 22 July."),
    ]
    L = ["Al Arabiya English", "Home  News  Middle East  Gulf  World  Business  Sports  Life  Opinion  Videos", "", "Russia-Ukraine war",
         "Ukraine, Russia trade strikes as Kuleba heads to China: Live updates",
         "Published: 23 July 2024 ,09:10 KSA    Updated: 23 July 2024 ,17:55 KSA", "Al Arabiya English", "Font Size A A A",
         "Share Facebook X WhatsApp Telegram", "",
         "Here are the latest developments in Russia's war in Ukraine (all times GMT):", ""]
    for e in es:
        hh = e["local"][11:13] + e["local"][14:16] + " GMT"
        e["stamp"] = hh
        if e["headline"]:
            L.append(f"{hh}: {e['headline']}")
        else:
            L.append(hh)
        L += e["body"]
        if e["author"] in ("Reuters", "AFP"):
            L.append(f"- {e['author']}")
        L.append("")
    L += ["Read more:", "Russia-Ukraine war: What we know so far", "", "Last Update: 17:55 KSA 23 July 2024", "", "All rights reserved", ""]
    write("1003", "alarabiya_live", "txt", "\n".join(L), "Al Arabiya English",
          "Ukraine, Russia trade strikes as Kuleba heads to China: Live updates", "UTC", UTCZ, es,
          "Plain-text scrape of a Gulf broadcaster's rolling updates. The date is printed only in the header (in KSA time, UTC+3: 'Published: 23 July 2024 ,09:10 KSA'); post stamps are 'HHMM GMT' inline before the headline ('1409 GMT: Headline'). One post (0832 GMT) has the stamp alone on its line and no headline. Agency credits '- Reuters' / '- AFP' close most posts and are used as author; the uncredited text post takes the page-wide 'Al Arabiya English'. The VIDEO post has no body and no credit. The last post (2310 GMT) comes after 0615 GMT and belongs to the previous day (22 July).",
          ["site name and section menu", "'Russia-Ukraine war' section label", "header stamps 'Published: ... KSA  Updated: ... KSA'", "page-wide byline 'Al Arabiya English' line",
           "'Font Size A A A' and share row", "lede 'Here are the latest developments ... (all times GMT):'", "agency credit lines '- Reuters' / '- AFP' (author, not body)", "'Read more:' link", "'Last Update' footer line", "'All rights reserved'"])


if __name__ == "__main__":
    for f in (p1000, p1001, p1002, p1003):
        f()
