#!/usr/bin/env python3
"""Writes eval/i/gold/*.json from the hand-made specs below (the specs ARE the gold; this only
fills in the repetitive fields: ids, UTC conversion via zoneinfo, defaults)."""
import json, os
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')

ZONE_ABBR = {}

def E(h, s, loc, a, fs, bp, t, st, imp, story, basis, sec=(), kp=False, dup=None, notes=None):
    return dict(h=h, s=s, loc=loc, a=a, fs=fs, bp=bp, t=t, st=st, imp=imp, story=story, basis=basis,
                sec=list(sec), kp=kp, dup=dup, notes=notes)

PAGES = []

def page(seed, source, title, zone, notes, not_entries, entries):
    PAGES.append(dict(seed=seed, source=source, title=title, zone=zone, notes=notes,
                      not_entries=not_entries, entries=entries))

# ---------------------------------------------------------------- 1100 WSJ live coverage
W = 'America/New_York'
wsj_basis = "card stamp 'Oct. 31, 2022 H:MM pm ET' (full date printed on the card); ET = EDT (UTC-4) on 31 Oct 2022"
page('1100_wsj-live.txt', 'The Wall Street Journal',
     "Russia-Ukraine War News: Russian Barrage Cuts Water and Power Across Ukraine", W,
     "Text scrape of a WSJ live-coverage page for Monday 31 Oct 2022, newest first with one pinned card on top "
     "(the pinned card is out of time order; its only stamp is an 'Updated ...' stamp, used as its time). Every card "
     "prints a full date and an ET time (EDT, UTC-4). Cards: headline, stamp, 'By ...' byline, 'Listen'/'Share' furniture, body. "
     "The 'What to Know' block is a prose summary, not a list of card headlines, so no key points. "
     "The 'Watch:' card is a video teaser with no body (importance 1); it shows the water queues caused by the Kyiv strike, "
     "so it shares the strike's story. 'Strikes Hit Energy Sites in Kharkiv and Zaporizhzhia' is the same barrage as the pinned card (same story).",
     ["Site navigation ('Skip to Main Content', 'Subscribe', 'Sign In', 'World', 'Europe')",
      "Page header 'Last Updated: Oct. 31, 2022 at 6:42 pm ET' (page-level stamp, not an entry)",
      "'Listen', '(2 min)', 'Share' furniture (page and per card)",
      "Standfirst paragraph 'Russia fired dozens of cruise missiles ...' (lede)",
      "'What to Know' block (prose summary)", "'Newest First' sort control", "'Pinned' label",
      "'Advertisement' marker", "Subscribe box ('Subscribe to WSJ', 'Get the news that moves markets...', 'SUBSCRIBE NOW')",
      "'Video' label and duration '1:04' on the Watch card", "'Back to Top'", "Paywall prompt and copyright footer"],
     [
      E("Russian Missiles Knock Out Water for Most of Kyiv", "Updated Oct. 31, 2022 at 2:40 pm ET", "2022-10-31 14:40", "Marta Kovalenko",
        "About 80% of households in Kyiv lost running water on Monday after Russian missiles hit energy facilities that feed the city's pumping stations, the capital's mayor said.",
        3, 'strikes', 'strikes', 3, 'russian-strikes-ukraine-energy-2022-10-31',
        "pinned card; only an 'Updated' stamp is printed, taken as the card's time; EDT (UTC-4)"),
      E("Grain Ships Leave Ukrainian Ports Despite Russia's Exit From Deal", "Oct. 31, 2022 6:05 pm ET", "2022-10-31 18:05", "Daniel Heller and Anya Petrenko",
        "A dozen vessels loaded with grain and other food left Ukrainian ports on Monday through the Black Sea corridor, even though Russia said it was no longer taking part in the arrangement.",
        3, 'diplomacy', 'diplomacy', 3, 'grain-ships-sail-despite-russian-exit-2022-10-31', wsj_basis,
        notes="two-author byline"),
      E("Putin Blames Sevastopol Drone Raid for Grain-Deal Pause", "Oct. 31, 2022 4:50 pm ET", "2022-10-31 16:50", "Anya Petrenko",
        "President Vladimir Putin said Russia suspended its part in the grain accord because the corridor had been used to cover a drone attack on Black Sea Fleet ships in Sevastopol on Saturday.",
        3, 'diplomacy', 'diplomacy', 3, 'putin-grain-deal-sevastopol-remarks', wsj_basis,
        notes="head-of-state statement on the grain deal: importance 3"),
      E("Moldova Says Missile Debris Fell in Border Village", "Oct. 31, 2022 1:15 pm ET", "2022-10-31 13:15", "Marta Kovalenko",
        "Moldovan authorities said fragments of a missile fell in the northern village of Naslavcea, near the Ukrainian border, after Ukrainian air defenses shot it down.",
        2, 'strikes', 'strikes', 2, 'moldova-missile-debris-naslavcea', wsj_basis,
        notes="interception debris: strikes"),
      E("Watch: Kyiv Residents Line Up for Water After Strikes", "Oct. 31, 2022 12:20 pm ET", "2022-10-31 12:20", None,
        None, 0, 'strikes', 'strikes', 1, 'russian-strikes-ukraine-energy-2022-10-31', wsj_basis,
        notes="video teaser with no body and no byline: importance 1; same event as the pinned card"),
      E("Zelensky Appeals for More Air Defense Systems", "Oct. 31, 2022 10:30 am ET", "2022-10-31 10:30", "Daniel Heller",
        "Ukrainian President Volodymyr Zelensky said his country needed more air-defense systems from its Western partners, saying Ukrainian forces had shot down 44 of more than 50 cruise missiles fired on Monday.",
        2, 'aid', 'aid', 2, 'zelensky-air-defense-appeal-2022-10-31', wsj_basis, sec=['strikes'],
        notes="plea for air defence = aid (LABELS); separate statement from the strike itself"),
      E("Strikes Hit Energy Sites in Kharkiv and Zaporizhzhia", "Oct. 31, 2022 9:02 am ET", "2022-10-31 09:02", "Marta Kovalenko and Ivan Sorokin",
        "Explosions were reported in Kharkiv and Zaporizhzhia early Monday as Russian missiles struck critical infrastructure in both cities, regional officials said.",
        2, 'strikes', 'strikes', 3, 'russian-strikes-ukraine-energy-2022-10-31', wsj_basis),
     ])

# ---------------------------------------------------------------- 1101 The Hill
H = 'America/New_York'
hill_basis = "no per-section time; article published 12/06/23 5:42 PM ET (byline line and JSON-LD datePublished 2023-12-06T17:42:00-05:00); EST (UTC-5). The 'Updated 7:10 PM ET' / dateModified is not the publication time"
page('1101_thehill-article.html', 'The Hill',
     "Senate Republicans block Ukraine, Israel aid over border dispute", H,
     "Single HTML article with schema.org NewsArticle JSON-LD (datePublished 2023-12-06T17:42:00-05:00, dateModified 19:10). "
     "Following the seed convention for sectioned articles, each <h2> section is one entry (headline = section heading, stamp null, "
     "published = the article's publication time, author = the byline). The opening paragraph before the first <h2> is the article lede, not an entry. "
     "The visible byline is upper-case ('ROWAN MERCER'); the JSON-LD author spells it 'Rowan Mercer' (used here). "
     "Section 2 (GOP border demands) and section 5 (what comes next) are about the same Senate fight; section 5 is kept on the vote's story, section 2 is a separate statement-level story.",
     ["<title> and og meta tags", "breadcrumb 'News » Senate'", "byline line 'by ROWAN MERCER - 12/06/23 5:42 PM ET'", "'Updated 12/06/23 7:10 PM ET'",
      "share buttons 'Share', 'Post', 'Email' and '128 Comments'", "photo caption of McConnell",
      "lede paragraph 'Senate Republicans on Wednesday blocked a $110 billion emergency spending bill ...'",
      "newsletter box 'Get the Morning Report and more in your inbox' / 'Sign up for The Hill’s daily newsletter. Subscribe'",
      "inline 'Related' link 'Pentagon says it has enough for one more Ukraine drawdown'", "'Advertisement' slot", "Tags list",
      "copyright notice", "aside 'Related' links (Johnson..., Kyiv warns...)", "'Most Popular' list (not about the war)", "comments section '128 Comments' / 'Join the conversation.'", "footer address"],
     [
      E("Procedural vote falls short", None, "2023-12-06 17:42", "Rowan Mercer",
        "The chamber voted 49-51 on a motion to move ahead with the bill, well short of the 60 votes needed, with every Republican voting no.",
        3, 'aid', 'aid', 3, 'senate-blocks-ukraine-israel-aid-2023-12-06', hill_basis),
      E("Border demands at the center", None, "2023-12-06 17:42", "Rowan Mercer",
        "Republicans have said they will not back more Ukraine money unless Democrats accept changes to asylum rules and limits on humanitarian parole.",
        2, 'aid', 'aid', 2, 'gop-border-conditions-ukraine-aid', hill_basis, sec=['other'],
        notes="US Congress funding debate = aid (LABELS)"),
      E("White House warns money is running out", None, "2023-12-06 17:42", "Rowan Mercer",
        "The vote came two days after the White House budget director told congressional leaders that funding for Ukraine would run dry by the end of the year.",
        2, 'aid', 'aid', 2, 'white-house-ukraine-funding-warning-letter', hill_basis,
        notes="the letter is from two days earlier (4 Dec); the entry is still dated by the article"),
      E("Zelensky pulls out of senators’ briefing", None, "2023-12-06 17:42", "Rowan Mercer",
        "Ukrainian President Volodymyr Zelensky had been scheduled to address senators by video at a classified briefing on Tuesday but canceled at the last minute, according to Schumer’s office.",
        2, 'aid', 'aid', 2, 'zelensky-cancels-senate-briefing', hill_basis, sec=['diplomacy'],
        notes="judgement call: the briefing was part of the aid fight; could be read as diplomacy. Heading uses a right single quote (&#8217;)"),
      E("What comes next", None, "2023-12-06 17:42", "Rowan Mercer",
        "Schumer said talks on a border compromise could continue but accused Republicans of putting Ukraine’s defense at risk.",
        2, 'aid', 'aid', 2, 'senate-blocks-ukraine-israel-aid-2023-12-06', hill_basis,
        notes="reactions to the same vote: same story as the first section"),
     ])

# ---------------------------------------------------------------- 1102 PBS NewsHour
P = 'America/New_York'
pbs_basis = "article date line 'Aug 14, 2024 5:47 PM EDT' (EDT = UTC-4); sections carry no time of their own"
page('1102_pbs-article.txt', 'PBS NewsHour',
     "What to know about Ukraine's push into Russia's Kursk region", P,
     "Text scrape of a PBS NewsHour explainer with one author ('By — Caleb Whitford', name repeated on the next line) and a date line "
     "'Aug 14, 2024 5:47 PM EDT' printed above the title. The paragraph after 'Listen to this article' is the lede. Each question-style subheading is one entry "
     "(stamp null, published = the article's time, author = the byline). 'WATCH: ...' is an embedded video label inside the article (no stamp, no body of its own), "
     "so it is furniture, not an entry. 'Aug 13' + 'Ukraine says it controls dozens of Russian villages' is a link to an earlier segment.",
     ["navigation (Full Episodes, Podcasts, Newsletters, Live, Donate)", "section label 'World'", "date line 'Aug 14, 2024 5:47 PM EDT'",
      "byline 'By — Caleb Whitford' and the repeated name line", "'Leave your feedback', share menu (Share, Copy URL, the URL, Email, Facebook, Twitter, LinkedIn, Pinterest, Tumblr)",
      "'Listen to this article'", "lede paragraph 'Ukraine's surprise cross-border offensive entered its second week ...'",
      "embedded video label 'WATCH: Ukrainian troops push deeper into Russia's Kursk region'", "'Support Provided By: Learn more' (twice)",
      "'Watch the full episode'", "related segment link 'Aug 13' / 'Ukraine says it controls dozens of Russian villages'",
      "credit 'Associated Press contributed to this report.'", "author bio line", "newsletter prompt and confirmation text", "copyright footer"],
     [
      E("How far have Ukrainian troops advanced?", None, "2024-08-14 17:47", "Caleb Whitford",
        "Ukraine's top commander, Gen. Oleksandr Syrskyi, said his forces now control about 1,000 square kilometers of the Kursk region, including several dozen villages.",
        3, 'other', 'frontline', 3, 'ukraine-kursk-incursion-advance', pbs_basis),
      E("Civilians flee border regions", None, "2024-08-14 17:47", "Caleb Whitford",
        "More than 120,000 people have left their homes in the Kursk region, according to Russian officials, and the neighboring Belgorod region declared a state of emergency on Wednesday after what its governor called daily shelling.",
        2, 'other', 'humanitarian', 2, 'kursk-belgorod-evacuations-emergency', pbs_basis),
      E("What Washington is saying", None, "2024-08-14 17:47", "Caleb Whitford",
        "The Biden administration has said it was not told about the operation ahead of time and is seeking more details from Kyiv.",
        2, 'diplomacy', 'diplomacy', 2, 'us-reaction-kursk-incursion', pbs_basis, sec=['aid']),
      E("Concerns around the Kursk nuclear plant", None, "2024-08-14 17:47", "Caleb Whitford",
        "The head of the International Atomic Energy Agency, Rafael Grossi, urged both sides to show maximum restraint near the Kursk nuclear power plant, which lies about 60 kilometers from the fighting.",
        2, 'other', 'security', 2, 'iaea-kursk-nuclear-plant-warning', pbs_basis,
        notes="judgement call: IAEA appeal could be labelled diplomacy; chosen other/security (nuclear safety)"),
      E("What it means for any future talks", None, "2024-08-14 17:47", "Caleb Whitford",
        "A senior adviser to President Volodymyr Zelensky, Mykhailo Podolyak, said the operation was meant in part to persuade Moscow to enter what he called fair negotiations.",
        2, 'diplomacy', 'diplomacy', 2, 'podolyak-kursk-negotiations-remark', pbs_basis),
     ])

# ---------------------------------------------------------------- 1103 Evening Standard
L = 'Europe/London'
es_basis = "stamp 'H.MMam/pm' under the page date 'Monday 17 July 2023'; UK local time = BST (UTC+1)"
page('1103_standard-live.txt', 'Evening Standard',
     "Ukraine war live: Kerch bridge hit again as Russia quits Black Sea grain deal", L,
     "Text scrape of an Evening Standard live blog for Monday 17 July 2023 (date in the byline line 'Monday 17 July 2023 16:52, Updated ...'). "
     "A 'Key points' block of four headlines comes before the lede; each matches a post below (key_point true, importance 3). Posts are newest first: "
     "stamp line ('4.40pm') above the headline. Times are UK local (BST, UTC+1). The 10.15am 'Pictured:' post has no body (importance 1; same event as the bridge attack). "
     "The 8.20am welcome post has no headline and no news (kept as an entry because it has its own stamp; importance 1, off-beat).",
     ["navigation 'Evening Standard', 'News', 'World'", "standfirst 'Russia blames Ukrainian sea drones ...'", "byline/date line 'Ellen Marchetti' and 'Monday 17 July 2023 16:52, Updated Monday 17 July 2023 16:52'",
      "'Comments', 'Live' labels", "'Key points' heading and its four list lines (key-point list, not entries)",
      "lede paragraph 'Russia's Investigative Committee has opened a terrorism case ...'", "'READ MORE' + related link 'Ukraine war: how the grain deal worked'",
      "'Advertisement' marker", "'MORE ABOUT' tag list (Ukraine, Russia, Crimea)", "'Have your say...', 'Comments'", "'Popular' list with an unrelated heatwave story"],
     [
      E("Erdogan believes Putin still wants grain deal to continue", "4.40pm", "2023-07-17 16:40", "Ellen Marchetti",
        "Turkish President Recep Tayyip Erdogan said he thought his Russian counterpart wanted the grain agreement to carry on despite the Kremlin's announcement.",
        2, 'diplomacy', 'diplomacy', 3, 'erdogan-grain-deal-comments-2023-07-17', es_basis, kp=True,
        notes="author = the page's only byline (no per-post authors)"),
      E("UN chief Guterres 'deeply regrets' Russian decision", "3.25pm", "2023-07-17 15:25", "Ellen Marchetti",
        "Antonio Guterres told reporters in New York that the decision would hurt people in need everywhere.",
        2, 'diplomacy', 'diplomacy', 2, 'guterres-regrets-grain-deal-end', es_basis),
      E("Zelensky says Ukraine ready to keep corridor open without Russia", "1.50pm", "2023-07-17 13:50", "Ellen Marchetti",
        "Volodymyr Zelensky said Kyiv was prepared to continue grain shipments through the Black Sea even without Moscow's participation.",
        2, 'diplomacy', 'diplomacy', 3, 'zelensky-grain-corridor-without-russia', es_basis, kp=True),
      E("Kremlin says grain deal will end at midnight", "11.58am", "2023-07-17 11:58", "Ellen Marchetti",
        "Kremlin spokesman Dmitry Peskov said the grain agreement had in effect ceased to function and would lapse on Monday.",
        3, 'diplomacy', 'diplomacy', 3, 'russia-quits-black-sea-grain-deal-2023-07-17', es_basis, kp=True),
      E("Pictured: damaged section of the Crimean bridge", "10.15am", "2023-07-17 10:15", "Ellen Marchetti",
        None, 0, 'strikes', 'strikes', 1, 'kerch-bridge-attack-2023-07-17', es_basis,
        notes="photo teaser without body: importance 1"),
      E("Kerch bridge closed after overnight attack kills two", "9.45am", "2023-07-17 09:45", "Ellen Marchetti",
        "Two people were killed and their daughter was injured when a section of the road bridge linking Russia to Crimea was damaged shortly after 3am local time, Russian officials said.",
        3, 'strikes', 'strikes', 3, 'kerch-bridge-attack-2023-07-17', es_basis, kp=True,
        notes="'3am local time' inside the body is Crimean time and is not the post's stamp"),
      E(None, "8.20am", "2023-07-17 08:20", "Ellen Marchetti",
        "Good morning and welcome to the Standard's live coverage of the war in Ukraine.",
        2, 'other', 'unrelated', 1, 'standard-welcome-post-2023-07-17', es_basis,
        notes="off-beat: opening welcome post, no headline and no news"),
     ])

# ---------------------------------------------------------------- 1104 Times of Israel
T = 'Asia/Jerusalem'
toi_basis = "visible stamp 'h:mm am/pm' on the page dated March 12, 2025, matching the update's JSON-LD datePublished (+02:00; Israel was still on winter time, IST = UTC+2, until 28 March 2025)"
page('1104_timesofisrael-liveblog.html', 'The Times of Israel',
     "Kremlin weighs US truce plan as Putin tours Kursk front", T,
     "HTML liveblog for Wednesday 12 March 2025 with LiveBlogPosting JSON-LD (eight liveBlogUpdate items, each with its own author and datePublished) and "
     "matching visible blocks (time, headline, 'By ...' byline, body, share row). Newest first. Headlines and bodies contain HTML entities "
     "(&#8216; &#8217; &quot; &#322;); gold text is decoded. Two updates are Israeli domestic news (off-beat). Agency bylines ('By AFP', 'By Reuters', 'By Agencies', 'By ToI Staff') are kept as authors.",
     ["<title> (longer than the h1)", "top bar with 'Wednesday, March 12, 2025', 'Sign Up', 'Log in'", "menu links", "date line 'Live updates | March 12, 2025'",
      "'Latest updates · Refresh'", "share rows 'Share · Facebook X WhatsApp'", "'Advertisement' block", "'Read more:' related link 'Ukraine accepts US proposal for 30-day truce after Jeddah talks'",
      "footer navigation to previous/next day", "copyright and community footer"],
     [
      E("Putin, in fatigues, visits command post in Kursk region", "10:48 pm", "2025-03-12 22:48", "Agencies",
        "Russian President Vladimir Putin visited a military command post in the Kursk region on Wednesday, Russian state television showed, his first trip there since Ukrainian troops crossed the border last August.",
        3, 'other', 'frontline', 3, 'putin-visits-kursk-command-post', toi_basis),
      E("Knesset gives initial nod to state budget", "9:15 pm", "2025-03-12 21:15", "Noa Adler",
        "The Knesset approved the 2025 state budget in a first reading late Wednesday, sending the bill back to the Finance Committee.",
        2, 'other', 'unrelated', 1, 'knesset-budget-first-reading', toi_basis, notes="off-beat: Israeli budget, not about the war in Ukraine"),
      E("Kremlin says it is ‘studying’ US ceasefire proposal, awaits details", "6:02 pm", "2025-03-12 18:02", "AFP",
        "The Kremlin says it is carefully studying the proposal for a 30-day ceasefire in Ukraine agreed by US and Ukrainian officials in Jeddah, and is waiting for Washington to brief it on the details.",
        3, 'diplomacy', 'diplomacy', 3, 'kremlin-response-us-ceasefire-proposal', toi_basis),
      E("Rubio: \"The ball is now in Russia’s court\"", "4:27 pm", "2025-03-12 16:27", "Eitan Shapira",
        "US Secretary of State Marco Rubio says Washington will present the truce offer to Moscow through several channels and hopes for a positive answer.",
        2, 'diplomacy', 'diplomacy', 3, 'rubio-ball-in-russias-court', toi_basis,
        notes="ministerial statement on the ceasefire plan: importance 3"),
      E("Hostage families rally outside Knesset", "1:10 pm", "2025-03-12 13:10", "ToI Staff",
        "Several hundred relatives and supporters of hostages held in Gaza gathered outside the Knesset in Jerusalem.",
        2, 'other', 'unrelated', 1, 'hostage-families-knesset-rally', toi_basis, notes="off-beat: Israel/Gaza news, not about the war in Ukraine"),
      E("US weapons and intel again flowing to Ukraine, officials say", "12:31 pm", "2025-03-12 12:31", "Eitan Shapira",
        "American military shipments to Ukraine have resumed through the logistics hub in southeastern Poland, Polish and Ukrainian officials say, a day after Washington lifted its pause on aid and intelligence sharing.",
        2, 'aid', 'aid', 3, 'us-resumes-ukraine-aid-intel-2025-03', toi_basis),
      E("Russian missile hits grain ship in Odesa port, killing four Syrian crew", "10:05 am", "2025-03-12 10:05", "Reuters",
        "A Russian missile struck a vessel loading wheat in the port of Odesa overnight, killing four Syrian crew members, Ukraine’s deputy prime minister says.",
        2, 'strikes', 'strikes', 3, 'odesa-port-grain-ship-strike-2025-03', toi_basis),
      E("Ukraine says it downed 77 Russian drones overnight", "9:22 am", "2025-03-12 09:22", "Reuters",
        "Ukraine’s air force says it shot down 77 of 133 attack drones launched by Russia overnight, while dozens more were lost to electronic jamming.",
        2, 'strikes', 'strikes', 2, 'russian-drone-attack-overnight-2025-03-12', toi_basis),
     ])

# ---------------------------------------------------------------- 1105 The National
D = 'Asia/Dubai'
nat_basis = "stamp 'H.MMpm GST' (page says all times are UAE time, GMT+4) on the page dated Dec 21, 2022"
page('1105_thenational-live.txt', 'The National',
     "Zelenskyy in Washington live: Biden hosts Ukrainian leader and pledges Patriot missiles", D,
     "Text scrape of The National (Abu Dhabi) live updates for Wednesday 21 Dec 2022, UAE time (GST, UTC+4, no DST). "
     "Two lede paragraphs plus 'Follow the latest updates below...' precede the first update. Updates newest first: stamp line 'H.MMpm GST' above the headline. "
     "Single page byline (Layla Haddad) used as author. The 'Video' block has no stamp and is furniture. The 9.02pm arrival and the 11.40pm White House welcome are the same visit (same story).",
     ["navigation (The National, UAE, World, Business, Opinion, Arts & Culture, Podcasts, World, Europe, Live)", "standfirst 'Ukrainian President makes his first foreign trip ...'",
      "byline 'Layla Haddad', date 'Dec 21, 2022', 'Updated: December 21, 2022, 11:44 PM' (twice)", "'Listen In English', 'Listen In Arabic', 'Powered by automated translation'",
      "lede paragraphs 'Ukrainian President Volodymyr Zelenskyy arrived in the US capital ...' and 'The White House is expected to announce ...'",
      "'Follow the latest updates below. All times are UAE time (GMT+4).'", "'Read more' + link 'Zelenskyy's wartime journey: from Bakhmut to the White House'",
      "'Video' + caption 'The National's Ukraine correspondent reports from Kyiv'", "'Most Popular' (UAE weather)", "newsletter prompt"],
     [
      E("Biden welcomes Zelenskyy to the White House", "11.40pm GST", "2022-12-21 23:40", "Layla Haddad",
        "US President Joe Biden greeted Mr Zelenskyy on the South Lawn before the two leaders sat down for talks in the Oval Office.",
        3, 'diplomacy', 'diplomacy', 3, 'zelensky-washington-visit-2022-12-21', nat_basis,
        notes="11.40pm GST is 19:40 UTC, still 21 Dec"),
      E("US to send Patriot missile battery in $1.85bn package", "10.15pm GST", "2022-12-21 22:15", "Layla Haddad",
        "The Pentagon will provide Ukraine with a Patriot surface-to-air missile battery as part of a new $1.85 billion military aid package, US Secretary of State Antony Blinken said.",
        3, 'aid', 'aid', 3, 'us-patriot-aid-package-2022-12-21', nat_basis),
      E("Zelenskyy lands in Washington on first trip abroad since invasion", "9.02pm GST", "2022-12-21 21:02", "Layla Haddad",
        "Mr Zelenskyy landed at Joint Base Andrews outside Washington, having travelled by train to Poland before boarding a US Air Force plane.",
        2, 'diplomacy', 'diplomacy', 3, 'zelensky-washington-visit-2022-12-21', nat_basis),
      E("Russian shelling kills civilians in Kherson", "6.30pm GST", "2022-12-21 18:30", "Layla Haddad",
        "Russian artillery hit residential areas of Kherson, killing at least two people and wounding several more, the regional governor Yaroslav Yanushevych said.",
        2, 'strikes', 'strikes', 2, 'kherson-shelling-2022-12-21', nat_basis),
      E("Putin vows to give military whatever it needs", "4.45pm GST", "2022-12-21 16:45", "Layla Haddad",
        "Russian President Vladimir Putin told an annual meeting of defence chiefs in Moscow that there would be no limits on funding for the army.",
        2, 'other', 'frontline', 2, 'putin-defence-board-army-expansion', nat_basis,
        notes="judgement call: army funding/enlargement read as reinforcements (frontline); politics would also be defensible"),
      E("Ukraine's power grid still facing large deficit, operator says", "8.10am GST", "2022-12-21 08:10", "Layla Haddad",
        "Ukraine's electricity system still faces a significant shortfall after weeks of Russian missile strikes on power plants, grid operator Ukrenergo said.",
        2, 'strikes', 'strikes', 2, 'ukraine-grid-deficit-2022-12-21', nat_basis, sec=['other'],
        notes="damage from strikes; could be read as other/humanitarian"),
     ])

# ---------------------------------------------------------------- 1106 Dawn
K = 'Asia/Karachi'
dawn_basis = "only a date is printed ('Published May 16, 2023'; 'Updated about 8 hours ago' is relative); date-only published. The print-edition line 'Published in Dawn, May 17th, 2023' is the next day's newspaper, not the web publication date"
page('1106_dawn-article.txt', 'Dawn',
     "Ukraine says it downed six hypersonic missiles in 'exceptional' attack on Kyiv", K,
     "Text scrape of an agency-fed Dawn article: headline, credit 'Agencies', 'Published May 16, 2023', relative 'Updated about 8 hours ago', share counters, photo caption, "
     "then a 'KYIV:' dateline paragraph and four crossheads; agency credit '— Reuters/AFP' at the end. No time of day is printed, so published is date-only (as in the seed convention). "
     "The opening dateline paragraphs (before the first crosshead) are the main story and form the first entry, headline = the article title; "
     "its first_sentence leaves out the 'KYIV: ' dateline. Each crosshead is one entry. Author 'Agencies' (the page credit) for all entries; the trailing credit names Reuters/AFP.",
     ["navigation (DAWN.COM, Home, Latest, Pakistan, World, ...)", "section label 'WORLD'", "credit line 'Agencies'", "'Published May 16, 2023'", "'Updated about 8 hours ago'",
      "share counters 'Facebook', 'Count', 'X', 'Count', 'WhatsApp', 'Comments (14)'", "photo caption 'Emergency workers inspect the site ... — Reuters'", "'Advertisement'",
      "'Read more: Wagner chief says his men will leave Bakhmut if ammunition does not arrive' (related link)", "agency credit '— Reuters/AFP'", "'Published in Dawn, May 17th, 2023' (print edition line)",
      "comments block ('Comments (14)', 'Closed', 'Comments are closed on this story.')", "'Most Popular' list (not about the war)"],
     [
      E("Ukraine says it downed six hypersonic missiles in 'exceptional' attack on Kyiv", None, "2023-05-16", "Agencies",
        "Ukraine said on Tuesday its air defences had shot down all 18 missiles Russia fired at Kyiv overnight, including six Kinzhal hypersonic missiles that Moscow has described as impossible to intercept.",
        3, 'strikes', 'strikes', 3, 'kyiv-kinzhal-missile-attack-2023-05-16', dawn_basis,
        notes="headline = article title (the lead section has no crosshead); dateline 'KYIV: ' excluded from first_sentence"),
      E("Patriot system damaged", None, "2023-05-16", "Agencies",
        "A US-made Patriot air defence system deployed in Ukraine was probably damaged during the attack but remains in operation, a US official told reporters on condition of anonymity.",
        2, 'strikes', 'strikes', 2, 'patriot-damaged-in-kyiv-attack', dawn_basis,
        notes="damage from the same night's attack but a separate report/statement; could arguably share the attack's story"),
      E("Gains around Bakhmut", None, "2023-05-16", "Agencies",
        "Ukrainian forces advanced about a kilometre on the northern and southern flanks of Bakhmut over the past day, Deputy Defence Minister Hanna Maliar said.",
        2, 'other', 'frontline', 2, 'bakhmut-flank-advances-2023-05', dawn_basis),
      E("European leaders meet in Reykjavik", None, "2023-05-16", "Agencies",
        "Leaders of the 46-member Council of Europe gathered in Iceland's capital for a two-day summit expected to set up a register of damage caused by Russia's invasion.",
        2, 'diplomacy', 'diplomacy', 3, 'council-of-europe-reykjavik-summit', dawn_basis, notes="summit of heads of state/government: importance 3"),
      E("African leaders' peace mission", None, "2023-05-16", "Agencies",
        "South Africa's President Cyril Ramaphosa said Vladimir Putin and Volodymyr Zelensky had both agreed to receive a delegation of African heads of state to discuss a possible peace plan.",
        2, 'diplomacy', 'diplomacy', 3, 'african-leaders-peace-mission', dawn_basis),
     ])

# ---------------------------------------------------------------- 1107 Japan Times RSS
J = 'Asia/Tokyo'
jt_basis = "stamp = the item's RSS pubDate text, +0900 (JST)"
page('1107_japantimes-rss.xml', 'The Japan Times',
     "The Japan Times: World and Business", J,
     "RSS 2.0 feed (channel 'The Japan Times: World and Business', lastBuildDate Wed, 13 Sep 2023 23:58:10 +0900). Items newest first; pubDate in JST (+0900), all on 13 Sep UTC. "
     "Authors from dc:creator (agencies). Descriptions are HTML: one in CDATA, the others entity-escaped (with double-escaped &amp;#8217; apostrophes, decoded to ’). "
     "Three items are not about the war (Nikkei close, Cabinet reshuffle, yen): off-beat. The Kim–Putin and US-warning items are separate stories (event vs. a US statement).",
     ["channel title/link/description/language/lastBuildDate/ttl", "atom:link self", "media:content image", "category labels"],
     [
      E("Kim tells Putin North Korea will stand with Moscow as leaders meet at space center", "Wed, 13 Sep 2023 19:40:00 +0900", "2023-09-13 19:40", "Reuters",
        "North Korean leader Kim Jong Un pledged his country's full support for Russia at a summit with President Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East on Wednesday.",
        2, 'diplomacy', 'diplomacy', 3, 'kim-putin-vostochny-summit-2023-09-13', jt_basis, sec=['aid']),
      E("Nikkei ends higher as chip shares recover", "Wed, 13 Sep 2023 16:05:00 +0900", "2023-09-13 16:05", "Jiji",
        "Tokyo stocks closed higher on Wednesday as semiconductor-related issues rebounded from the previous session’s losses.",
        1, 'other', 'unrelated', 1, 'nikkei-close-2023-09-13', jt_basis, notes="off-beat: Tokyo market report"),
      E("U.S. warns North Korea of consequences over any arms deal with Russia", "Wed, 13 Sep 2023 14:30:00 +0900", "2023-09-13 14:30", "Kyodo",
        "The United States said it would not hesitate to impose new sanctions if North Korea agreed to supply weapons to Russia.",
        1, 'diplomacy', 'diplomacy', 2, 'us-warns-north-korea-arms-deal', jt_basis, sec=['aid']),
      E("Kishida reshuffles Cabinet, names Yoko Kamikawa foreign minister", "Wed, 13 Sep 2023 13:10:00 +0900", "2023-09-13 13:10", "Kyodo",
        "Prime Minister Fumio Kishida reshuffled his Cabinet on Wednesday, appointing former justice minister Yoko Kamikawa as foreign minister and keeping key figures in the economic portfolio.",
        1, 'other', 'unrelated', 1, 'kishida-cabinet-reshuffle-2023', jt_basis, notes="off-beat: Japanese domestic politics"),
      E("Japan to supply transformers and generators to Ukraine ahead of winter", "Wed, 13 Sep 2023 12:00:00 +0900", "2023-09-13 12:00", "Jiji",
        "Japan will provide Ukraine with large transformers and portable generators through its official development assistance to help the country keep its power grid running through the winter, government sources said.",
        1, 'aid', 'aid', 2, 'japan-ukraine-power-equipment-aid', jt_basis),
      E("Ukrainian missiles hit Russian navy shipyard in Sevastopol", "Wed, 13 Sep 2023 11:20:00 +0900", "2023-09-13 11:20", "AFP-Jiji",
        "A Ukrainian missile attack set fire to a shipyard in the Crimean port of Sevastopol early Wednesday, damaging a landing ship and a submarine under repair and injuring 24 people, Russian officials said.",
        1, 'strikes', 'strikes', 3, 'sevastopol-shipyard-strike-2023-09-13', jt_basis),
      E("Yen hovers near 147 per dollar ahead of U.S. inflation data", "Wed, 13 Sep 2023 09:45:00 +0900", "2023-09-13 09:45", "Bloomberg",
        "The yen traded near 147 to the dollar in Tokyo on Wednesday morning as investors waited for U.S. consumer price figures.",
        1, 'other', 'unrelated', 1, 'yen-147-2023-09-13', jt_basis, notes="off-beat: currency market"),
     ])

# ---------------------------------------------------------------- 1108 TVP World
C = 'Europe/Warsaw'
tvp_basis = "stamp 'HH:MM' under the page date '09.07.2024'; page says 'All times CEST' (UTC+2)"
page('1108_tvpworld-live.html', 'TVP World',
     "LIVE: NATO leaders gather in Washington as Kyiv mourns", C,
     "HTML live page without JSON-LD for Tuesday 9 July 2024 (date printed as '09.07.2024', day-first). Repeated blocks: time, <h2> headline, paragraphs; newest first; no authors anywhere. "
     "Cookie banner, breadcrumbs, 'Read also:' inserts and a YouTube promo are chrome. The lead paragraph under the date is a page lede. "
     "The 16:12 post is about Monday's (8 July) strike, reported on Tuesday: it is dated by its stamp (9 July).",
     ["cookie banner text and buttons ('Accept all', 'Settings')", "header links ('TVP World', 'Watch live', 'Search')", "breadcrumbs 'Home > World > Live'",
      "date '09.07.2024' and 'All times CEST'", "lede 'Follow our coverage of Russia’s war against Ukraine ...'", "'Read also:' link 'Poland’s defence budget to top 4% of GDP next year'",
      "'Read also:' link 'What is in the Polish-Ukrainian security pact?'", "promo 'TVP World on YouTube – subscribe to our channel'", "'Load more' button", "footer"],
     [
      E("Biden announces new air defence systems for Ukraine as summit opens", "23:05", "2024-07-09 23:05", None,
        "US President Joe Biden said Washington and its allies would give Ukraine four more Patriot batteries and dozens of other air defence systems over the coming months.",
        3, 'aid', 'aid', 3, 'nato-summit-air-defence-pledge-2024-07-09', tvp_basis, notes="23:05 CEST = 21:05 UTC, same day"),
      E("Polish president lands in Washington", "19:30", "2024-07-09 19:30", None,
        "President Andrzej Duda arrived in the US capital for the three-day summit, where he is expected to press allies to raise defence spending to 3% of GDP.",
        1, 'diplomacy', 'diplomacy', 2, 'duda-arrives-nato-summit-2024', tvp_basis),
      E("Kyiv holds day of mourning after deadliest strike in months", "16:12", "2024-07-09 16:12", None,
        "Flags flew at half-mast in Kyiv on Tuesday as the capital mourned the 33 people killed in Monday’s Russian missile attack, which also hit the Okhmatdyt children’s hospital.",
        2, 'strikes', 'strikes', 3, 'russian-missile-strike-kyiv-okhmatdyt-2024-07-08', tvp_basis, sec=['other'],
        notes="follow-up of the 8 July strike (death toll, mourning): same story as the strike"),
      E("UN Security Council to hold emergency session on hospital attack", "14:50", "2024-07-09 14:50", None,
        "The UN Security Council will meet on Tuesday at Ukraine’s request to discuss the strike on the children’s hospital, diplomats said.",
        2, 'diplomacy', 'diplomacy', 2, 'unsc-session-okhmatdyt-strike', tvp_basis),
      E("Poland to look at downing Russian missiles over Ukraine, says Tusk", "12:05", "2024-07-09 12:05", None,
        "Polish Prime Minister Donald Tusk said Warsaw would analyse whether it could shoot down Russian missiles heading towards its territory while they are still over western Ukraine, a day after signing a security agreement with Kyiv.",
        2, 'diplomacy', 'diplomacy', 2, 'tusk-missile-interception-over-ukraine', tvp_basis, sec=['other'],
        notes="judgement call: could be other/security; led by a PM statement tied to the bilateral security pact"),
      E("Modi tells Putin ‘solutions cannot be found on the battlefield’", "09:20", "2024-07-09 09:20", None,
        "Indian Prime Minister Narendra Modi told Vladimir Putin in the Kremlin that the death of children in war was painful, in a rare public comment on the conflict during his visit to Moscow.",
        2, 'diplomacy', 'diplomacy', 3, 'modi-moscow-visit-2024-07', tvp_basis),
      E("Ukraine downs most drones in overnight attack", "08:00", "2024-07-09 08:00", None,
        "Ukraine’s air force said it destroyed 20 of 22 Shahed drones launched by Russia overnight over the Mykolaiv, Sumy and Kharkiv regions.",
        1, 'strikes', 'strikes', 2, 'russian-drone-attack-overnight-2024-07-09', tvp_basis),
     ])

# ---------------------------------------------------------------- 1109 Global News Atom
G = 'America/Toronto'
gn_basis = "stamp = the entry's Atom <published> text, -04:00 (Eastern Daylight Time); <updated> is later and not the publication time"
page('1109_globalnews-atom.xml', 'Global News',
     "Global News - World", G,
     "Atom feed from Global News (Canada), Tuesday 17 June 2025, times with -04:00 offsets (EDT). Entry title in type='html' (entities double-escaped in one title: decoded to ’ and ‘). "
     "Body from <content type='html'>; the WATCH entry has an empty <summary> (video, importance 1). The Kyiv strike entry was published at 06:40 and updated at 15:05 -04:00; published is the <published> value. "
     "One entry has two <author> elements (gold author joins them with ' and '). One off-beat item (Calgary air quality).",
     ["feed title/subtitle/links/id/updated/generator", "category terms", "entry ids and links"],
     [
      E("Carney announces $2B in military aid for Ukraine as Zelenskyy joins G7", "2025-06-17T13:45:00-04:00", "2025-06-17 13:45", "Mira Castellanos",
        "Prime Minister Mark Carney says Canada will provide Ukraine with $2 billion in new military assistance, including drones, ammunition and armoured vehicles.",
        3, 'aid', 'aid', 3, 'canada-ukraine-military-aid-g7-2025', gn_basis),
      E("Canada targets Russia’s ‘shadow fleet’ in new sanctions", "2025-06-17T12:10:00-04:00", "2025-06-17 12:10", "The Canadian Press",
        "The federal government has imposed sanctions on more than 200 vessels it says belong to Russia’s so-called shadow fleet of oil tankers.",
        2, 'diplomacy', 'diplomacy', 2, 'canada-sanctions-shadow-fleet-2025-06', gn_basis),
      E("Zelenskyy arrives at G7 summit a day after Trump’s early exit", "2025-06-17T09:25:00-04:00", "2025-06-17 09:25", "Mira Castellanos and Tom Brennan",
        "Ukrainian President Volodymyr Zelenskyy arrived in Kananaskis on Tuesday for talks with G7 leaders, hours after U.S. President Donald Trump left the summit early to return to Washington.",
        2, 'diplomacy', 'diplomacy', 3, 'zelensky-g7-kananaskis-2025', gn_basis, notes="two <author> elements"),
      E("Calgary under special air quality statement as wildfire smoke drifts in", "2025-06-17T08:15:00-04:00", "2025-06-17 08:15", "Global News Staff",
        "Environment Canada has issued a special air quality statement for Calgary as smoke from wildfires in northern Saskatchewan moves into southern Alberta.",
        2, 'other', 'unrelated', 1, 'calgary-wildfire-smoke-2025-06-17', gn_basis, notes="off-beat: Canadian weather/wildfire smoke"),
      E("Death toll in Russian attack on Kyiv rises to 28", "2025-06-17T06:40:00-04:00", "2025-06-17 06:40", "The Associated Press",
        "At least 28 people were killed when Russian missiles and drones struck Kyiv overnight, Ukrainian officials said, in one of the deadliest attacks on the capital since the start of the war.",
        3, 'strikes', 'strikes', 3, 'russian-strike-kyiv-2025-06-17', gn_basis),
      E("WATCH: Ukrainian-Canadians rally in Calgary ahead of G7 summit", "2025-06-17T00:30:00-04:00", "2025-06-17 00:30", "Global News",
        None, 0, 'other', 'politics', 1, 'ukrainian-canadians-rally-calgary-g7', gn_basis,
        notes="video teaser, empty summary: importance 1. 00:30 EDT = 04:30 UTC, still 17 June"),
     ])

# ---------------------------------------------------------------- 1110 Euractiv
B = 'Europe/Brussels'
eu_basis = "newsletter sent '07:03 CET' on 'Wednesday 20 November 2024' (CET = UTC+1); sections carry no own time; '(updated: 07:41)' is a later edit"
page('1110_euractiv-briefing.txt', 'Euractiv',
     "Morning Briefing: Ukraine fires US missiles into Russia, Moscow rewrites nuclear rules", B,
     "Text scrape of a Euractiv morning briefing for Wednesday 20 November 2024 (07:03 CET). An 'In today's edition:' table of contents repeats the seven section headings; "
     "it is a contents list, not a Key Points block, so key_point is false (judgement call). Each section heading with its paragraphs is one entry; author = the briefing's byline/editor. "
     "'SPONSORED' (partner message) and 'AGENDA' (list of meetings) are furniture. The commissioner deal section is EU politics not about the war (off-beat).",
     ["navigation (EURACTIV, Politics, Defence, ...)", "'The Capitals / Morning briefing'", "byline 'By Karin Lindqvist | Euractiv'", "'Est. 6min' reading time",
      "'20 Nov 2024 (updated: 07:41)', '07:03 CET', 'Wednesday 20 November 2024'", "welcome paragraph ('Welcome to Euractiv's morning briefing ...')", "'Content-Type: News'",
      "'In today's edition:' and its seven heading lines (contents list)", "'SPONSORED' block ('How smart grids can keep Europe's lights on this winter', 'A message from a partner. Find out more.')",
      "'AGENDA' block and its three lines", "'Edited by Karin Lindqvist. Read more from Euractiv.'", "newsletter subscribe prompt"],
     [
      E("Kyiv fires first ATACMS into Russia", None, "2024-11-20 07:03", "Karin Lindqvist",
        "Ukraine used US-made ATACMS missiles against a target inside Russia for the first time on Tuesday, striking an arsenal in the Bryansk region, according to Ukrainian military sources.",
        3, 'strikes', 'strikes', 3, 'ukraine-atacms-bryansk-strike-2024-11-19', eu_basis),
      E("Putin signs revised nuclear doctrine", None, "2024-11-20 07:03", "Karin Lindqvist",
        "Russian President Vladimir Putin approved changes to Moscow's nuclear doctrine on Tuesday that widen the conditions under which Russia would consider using nuclear weapons.",
        3, 'other', 'security', 3, 'russia-nuclear-doctrine-revision-2024-11', eu_basis, sec=['diplomacy'],
        notes="judgement call: nuclear doctrine = other/security (diplomacy defensible)"),
      E("Washington clears anti-personnel mines for Ukraine", None, "2024-11-20 07:03", "Karin Lindqvist",
        "US President Joe Biden has approved supplying Ukraine with anti-personnel landmines, US officials said late on Tuesday, a shift that is meant to help Ukrainian troops slow Russian advances in the east.",
        2, 'aid', 'aid', 3, 'us-antipersonnel-mines-ukraine-2024-11', eu_basis),
      E("US embassy in Kyiv shuts over attack warning", None, "2024-11-20 07:03", "Karin Lindqvist",
        "The US embassy in Kyiv said it would close for the day on Wednesday after receiving specific information about a possible significant air attack.",
        2, 'other', 'security', 2, 'us-embassy-kyiv-closure-2024-11-20', eu_basis, sec=['strikes']),
      E("Ministers meet in Warsaw", None, "2024-11-20 07:03", "Karin Lindqvist",
        "Foreign ministers of Poland, Germany, France, Italy, Spain and the UK met in Warsaw on Tuesday and pledged to keep up pressure on Russia and to strengthen Ukraine's position before any talks.",
        2, 'diplomacy', 'diplomacy', 3, 'warsaw-foreign-ministers-meeting-2024-11-19', eu_basis),
      E("Nordics tell citizens to prepare for war", None, "2024-11-20 07:03", "Karin Lindqvist",
        "Sweden has started sending a revised crisis booklet to its 5 million households, and Finland has published new online guidance on how to act in case of armed conflict.",
        2, 'other', 'security', 2, 'nordic-crisis-preparedness-guides-2024', eu_basis),
      E("Parliament groups strike commissioner deal", None, "2024-11-20 07:03", "Karin Lindqvist",
        "The three largest groups in the European Parliament agreed late on Tuesday to approve Ursula von der Leyen's remaining commissioner nominees, ending a week-long stand-off.",
        2, 'other', 'unrelated', 1, 'ep-commissioner-deal-2024-11', eu_basis, notes="off-beat: EU institutional politics, not about the war"),
     ])

# ---------------------------------------------------------------- 1111 Ukrinform chronology
U = 'Europe/Kyiv'
def ub(d):
    return f"inline stamp 'HH:MM — Headline' under the date line '{d}'; Kyiv time (EET, UTC+2)"
page('1111_ukrinform-chronology.txt', 'Ukrinform',
     "Chronology of events: Russian war against Ukraine, 15-16 January 2025", U,
     "Text scrape of a Ukrinform-style chronology covering 15-16 January 2025, newest first, Kyiv time (EET, UTC+2). Two date lines ('16 January 2025', '15 January 2025'); "
     "each item is an inline 'HH:MM — Headline' line followed by body paragraphs; no authors. Midnight trap: 01:40 and 00:25 on 16 January Kyiv time are 23:40 and 22:25 UTC on 15 January. "
     "Both dates have an '08:15' item. The page stamp '16.01.2025 08:27' and 'Views' counter are chrome. Items at 00:25 (power restored) and 14:05 (outages) are follow-ups of the 08:15 gas-infrastructure strike (same story).",
     ["site header (Ukrinform, Ukrainian National News Agency, language switch, sections)", "intro line 'The chronicle is updated throughout the day. Times are Kyiv time.'",
      "page stamp '16.01.2025 08:27' and 'Views: 4,112'", "date lines '16 January 2025' and '15 January 2025'", "'Read also: Starmer visit: what is in the UK-Ukraine 100-year partnership'",
      "photo credit 'Photo: Coordination Headquarters'", "'Subscribe to our channel in Telegram'", "footer"],
     [
      E("Keir Starmer arrives in Kyiv on first visit as prime minister", "08:15", "2025-01-16 08:15", None,
        "British Prime Minister Keir Starmer has arrived in Kyiv, where he is expected to sign a 100-year partnership agreement with President Volodymyr Zelensky.",
        2, 'diplomacy', 'diplomacy', 3, 'starmer-kyiv-visit-2025-01-16', ub('16 January 2025'),
        notes="only entry on 16 January UTC"),
      E("Drone debris falls in Kyiv's Obolon district, no casualties", "01:40", "2025-01-16 01:40", None,
        "Fragments of a downed Russian drone fell on an open area in the Obolon district of the capital, the head of the Kyiv City Military Administration, Tymur Tkachenko, reported.",
        2, 'strikes', 'strikes', 2, 'kyiv-drone-debris-2025-01-16', ub('16 January 2025'),
        notes="local 16 Jan 01:40 = 15 Jan 23:40 UTC"),
      E("Power restored to most consumers in western regions after attack", "00:25", "2025-01-16 00:25", None,
        "Energy workers have restored electricity to most households cut off after the morning's missile strike on gas and energy facilities, the Energy Ministry said.",
        2, 'strikes', 'strikes', 2, 'russian-strike-gas-infrastructure-2025-01-15', ub('16 January 2025'),
        notes="local 16 Jan 00:25 = 15 Jan 22:25 UTC; follow-up of the 08:15 strike"),
      E("Zelensky calls for more air defence after massive attack", "23:10", "2025-01-15 23:10", None,
        "In his evening address, President Zelensky said partners' promised air defence deliveries must arrive faster, noting that Russia had used more than 40 missiles in the morning strike.",
        2, 'aid', 'aid', 2, 'zelensky-air-defence-appeal-2025-01-15', ub('15 January 2025'), sec=['strikes']),
      E("Ukraine and Russia exchange 25 prisoners each in UAE-mediated swap", "19:45", "2025-01-15 19:45", None,
        "Twenty-five Ukrainian defenders have returned home in a new prisoner exchange, the Coordination Headquarters for the Treatment of Prisoners of War said.",
        2, 'diplomacy', 'diplomacy', 3, 'uae-mediated-prisoner-exchange-2025-01-15', ub('15 January 2025')),
      E("Ukrenergo schedules hourly outages in six regions", "14:05", "2025-01-15 14:05", None,
        "Grid operator Ukrenergo announced rolling power cuts for industrial and household consumers in Kharkiv, Sumy, Poltava, Zaporizhzhia, Dnipropetrovsk and Kirovohrad regions until the end of the day.",
        2, 'strikes', 'strikes', 2, 'russian-strike-gas-infrastructure-2025-01-15', ub('15 January 2025'), sec=['other'],
        notes="consequence of the morning strike (same story); could be read as other/humanitarian"),
      E("Russia launches massive missile attack on gas infrastructure in western Ukraine", "08:15", "2025-01-15 08:15", None,
        "Russian forces launched a combined missile and drone attack on gas production and energy facilities, with explosions reported in Lviv and Ivano-Frankivsk regions, regional authorities said.",
        2, 'strikes', 'strikes', 3, 'russian-strike-gas-infrastructure-2025-01-15', ub('15 January 2025')),
      E("General Staff: 162 combat clashes on front over past day", "06:30", "2025-01-15 06:30", None,
        "Ukrainian forces repelled 162 Russian assaults over the past 24 hours, with the heaviest fighting in the Pokrovsk direction, the General Staff reported.",
        1, 'other', 'frontline', 2, 'general-staff-daily-report-2025-01-15', ub('15 January 2025')),
     ])


def to_utc(loc, zone):
    if len(loc) == 10:
        return loc, loc
    dt = datetime.strptime(loc, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(zone))
    u = dt.astimezone(ZoneInfo('UTC'))
    return u.strftime('%Y-%m-%dT%H:%M:%SZ'), f"{loc} {dt.tzname()}"


def main():
    os.makedirs(GOLD, exist_ok=True)
    for p in PAGES:
        pid = p['seed'][:4]
        entries = []
        for i, e in enumerate(p['entries'], 1):
            pub, local = to_utc(e['loc'], p['zone'])
            d = {
                'id': f'{pid}-{i:02d}',
                'headline': e['h'], 'stamp': e['s'], 'published': pub,
                'published_local': local if len(e['loc']) > 10 else f"{e['loc']} (date only) {p['zone']}",
                'published_basis': e['basis'], 'author': e['a'], 'first_sentence': e['fs'],
                'body_paragraphs': e['bp'], 'topic': e['t'], 'subtopic': e['st'],
                'secondary_topics': e['sec'], 'importance': e['imp'], 'key_point': e['kp'],
                'duplicate_of': e['dup'], 'story': e['story'],
            }
            if e['notes']:
                d['notes'] = e['notes']
            entries.append(d)
        out = {'seed': p['seed'], 'source': p['source'], 'page_title': p['title'], 'page_timezone': p['zone'],
               'notes': p['notes'], 'entries': entries, 'not_entries': p['not_entries']}
        name = os.path.splitext(p['seed'])[0] + '.json'
        with open(os.path.join(GOLD, name), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print(name, len(entries))

if __name__ == '__main__':
    main()
