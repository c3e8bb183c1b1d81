from outlets import *

PR, CET, UTCZ, NY, LON, RIGA = "Europe/Prague", "Europe/Prague", "UTC", "America/New_York", "Europe/London", "Europe/Riga"
MAIN_A = "kharkiv-missile-strike-2024-01-30"
POW_A = "prisoner-exchange-207-2024-01-30"
NATO_A = "stoltenberg-washington-aid-appeal"


def dayA():
    # ---- 1020 Ostrava Signal, chronological text, CET
    bo = "Chronological text blog; day header 'Tuesday 30 January 2024'; 'HH:MM CET' = UTC+1; "
    es = [
        E(None, "2024-01-30 00:30", "Petr Vlk",
          ["Air-raid sirens are sounding across Kharkiv Oblast and the air force is warning of ballistic missiles heading north from Belgorod.",
           "Residents have been told to stay in shelters."],
          "strikes", "strikes", 3, MAIN_A, basis=bo + "00:30 CET = 23:30 UTC on Monday 29 January (before UTC midnight).",
          notes="Start of the main event: the alert before the strike. Same story as the toll updates; falls on 29 Jan UTC, where it is the only entry of the day. Importance 3 as part of the day's deadly strike (judgement call)."),
        E("Missiles hit Kharkov overnight: two dead, dozens hurt", "2024-01-30 08:10", "Jana Horáková",
          ["At least two people were killed and 31 injured when Russian missiles hit residential districts of Kharkov during the night, Ukrainian officials said.",
           "One missile struck a five-storey apartment block in the Kyivskyi district and another landed near a shopping centre.",
           "Rescuers are still searching the rubble."],
          "strikes", "strikes", 3, MAIN_A, basis=bo + "08:10 CET = 07:10 UTC.", notes="Uses the Russian spelling 'Kharkov'."),
        E(None, "2024-01-30 09:40", "Jana Horáková",
          ["Kharkiv's mayor Ihor Terekhov now says five people have died in the overnight attack, among them a teenage girl.",
           "He said more than 40 apartments were destroyed."],
          "strikes", "strikes", 3, MAIN_A, basis=bo + "09:40 CET = 08:40 UTC.", notes="Headline-less toll update (five dead)."),
        E("Czech president: ammunition initiative has found 800,000 shells", "2024-01-30 11:20", "Petr Vlk",
          ["President Petr Pavel said Prague had identified around 800,000 artillery rounds outside Europe that could be bought for Ukraine within weeks if allies provide the money.",
           "He appealed to EU partners to commit funds quickly."],
          "aid", "aid", 2, "czech-shell-initiative-800k", basis=bo + "11:20 CET = 10:20 UTC."),
        E("Catch up: Missiles hit Kharkov overnight, two dead, dozens hurt", "2024-01-30 13:05", "Jana Horáková",
          ["At least two people were killed and 31 injured when Russian missiles hit residential districts of Kharkov during the night, Ukrainian officials said.",
           "One missile struck a five-storey apartment block in the Kyivskyi district and another landed near a shopping centre.",
           "Rescuers are still searching the rubble."],
          "strikes", "strikes", 1, MAIN_A, dup=1, basis=bo + "13:05 CET = 12:05 UTC.",
          notes="Near-verbatim re-post of 1020-02 (same body, 'Catch up:' prefix, stale toll); importance 1, duplicate_of 1020-02."),
        E("Ukraine and Russia swap 207 prisoners each", "2024-01-30 15:30", "Petr Vlk",
          ["Ukraine and Russia exchanged 207 prisoners of war each in a swap brokered by the United Arab Emirates, officials in Kyiv and Moscow said.",
           "It is the first exchange since a Russian transport plane crashed near Belgorod last week."],
          "diplomacy", "diplomacy", 3, POW_A, basis=bo + "15:30 CET = 14:30 UTC."),
        E("Moscow says strike hit 'foreign mercenaries', denies targeting homes", "2024-01-30 17:45", "Jana Horáková",
          ["Russia's defence ministry said its missiles had struck a building in Kharkov where it claimed foreign fighters were staying, and rejected Ukrainian statements that civilians were the target.",
           "Ukrainian officials called the claim a lie and said the block housed families."],
          "strikes", "strikes", 3, MAIN_A, basis=bo + "17:45 CET = 16:45 UTC.", notes="The denial is part of the main story (reaction whose content is the attack)."),
        E("Kharkov death toll climbs to seven", "2024-01-30 19:20", "Jana Horáková",
          ["The number of dead from last night's missile attack on Kharkov has risen to seven after two more bodies were found, the regional governor Oleh Syniehubov said.",
           "Search work at the apartment block has ended."],
          "strikes", "strikes", 3, MAIN_A, basis=bo + "19:20 CET = 18:20 UTC."),
    ]
    t = ostrava("Russia's war on Ukraine: Kharkov struck overnight, prisoners swapped", CET, "Central European Time (CET)",
                {"2024-01-30": "Tuesday 30 January 2024"}, es)
    write("1020", "ostravasignal_live", "txt", t, "Ostrava Signal", "Russia's war on Ukraine: Kharkov struck overnight, prisoners swapped",
          "Europe/Prague", CET, es,
          "Plain-text live blog printed OLDEST FIRST. One day header 'Tuesday 30 January 2024'; stamps 'HH:MM CET' (UTC+1) on their own line, optional headline, body, '— Name' credit. The 00:30 CET post is on 29 Jan UTC. 1020-05 is a near-verbatim re-post ('Catch up:') of 1020-02. Uses 'Kharkov' spelling in headlines and 'Kharkiv' in one body. Two headline-less posts.",
          ["masthead, edition switch and menu", "'LIVE' label", "zone note 'Follow our rolling coverage. Times are Central European Time (CET).'", "'Oldest updates first | Refresh'",
           "day header", "credit lines '— Name' (author)", "end notice, subscription appeal and copyright"])

    # ---- 1021 Quayside Tribune, HTML JSON-LD, GMT
    bq = "JSON-LD datePublished (+00:00) and visible 'HH:MM GMT' agree; dateline 'Tuesday 30 January 2024'; "
    es = [
        E("Kharkiv toll rises to seven as rescuers end search", "2024-01-30 18:55", "Callum Reid",
          ["Seven people are now known to have died in the Russian missile strike on Kharkiv, the region's governor said, after rescuers recovered two more bodies from a collapsed stairwell.",
           "More than 50 people were injured, including four children."],
          "strikes", "strikes", 3, MAIN_A, kp=True, basis=bq + "18:55 GMT."),
        E("Kremlin rejects claims it targeted civilians in Kharkiv", "2024-01-30 16:10", "Callum Reid",
          ["Kremlin spokesperson Dmitry Peskov told reporters that Russia's armed forces strike only military targets, dismissing accusations over the Kharkiv attack.",
           "Moscow's defence ministry earlier claimed the missiles hit a site used by foreign mercenaries."],
          "strikes", "strikes", 3, MAIN_A, basis=bq + "16:10 GMT."),
        E(None, "2024-01-30 14:40", "Callum Reid",
          ["Ukraine's coordination headquarters for prisoners of war says 207 Ukrainian soldiers are back home after a new exchange with Russia, mediated by the UAE.",
           "Among them are defenders of Mariupol and Snake Island, it said."],
          "diplomacy", "diplomacy", 3, POW_A, basis=bq + "14:40 GMT.", notes="No headline."),
        E("Stoltenberg in Washington: 'Do not let Ukraine run out of ammunition'", "2024-01-30 13:00", "Anna Pryde",
          ["NATO secretary general Jens Stoltenberg met Republican lawmakers on Capitol Hill and urged them to approve the stalled military aid package for Ukraine.",
           "He argued that most of the money would be spent in American factories."],
          "aid", "aid", 3, NATO_A, sec=["diplomacy"], basis=bq + "13:00 GMT."),
        E("Explained: why Kharkiv is so hard to shield from S-300 missiles", "2024-01-30 11:30", None, [],
          "strikes", "strikes", 1, "explainer-kharkiv-s300", basis=bq + "11:30 GMT.", notes="Explainer teaser with no body; own story, importance 1."),
        E("In pictures: Kharkiv the morning after", "2024-01-30 10:20", None, [],
          "strikes", "strikes", 1, "kharkiv-gallery-2024-01-30", basis=bq + "10:20 GMT.", notes="Gallery block ('Open gallery 12 photos'), no text; own story, importance 1."),
        E("Zelensky: every strike like this shows we need more air defence", "2024-01-30 09:15", "Anna Pryde",
          ["President Volodymyr Zelensky condemned the overnight attack on Kharkiv as deliberate terror against civilians and said Ukraine needed more Patriot systems to stop ballistic missiles.",
           "He thanked rescue crews who worked through the night."],
          "strikes", "strikes", 3, MAIN_A, sec=["aid"], basis=bq + "09:15 GMT.",
          notes="Reaction whose content is the attack itself: strikes, main story; the air-defence plea is secondary (aid)."),
        E("Russian missiles strike Kharkiv overnight, killing at least three", "2024-01-30 07:30", "Callum Reid",
          ["At least three people were killed when Russian missiles hit Kharkiv, Ukraine's second-largest city, early on Tuesday, local officials said.",
           "An apartment building in the north of the city partly collapsed."],
          "strikes", "strikes", 3, MAIN_A, kp=True, basis=bq + "07:30 GMT."),
    ]
    h = tribune("Russia-Ukraine war live: seven killed in Kharkiv missile strike; 207 prisoners freed", UTCZ,
                "Tuesday 30 January 2024", "https://quaysidetribune.example/world/live/2024/jan/30/russia-ukraine-war-live", es,
                "All the day's developments, as they happened")
    write("1021", "quaysidetribune_live", "html", h, "Quayside Tribune",
          "Russia-Ukraine war live: seven killed in Kharkiv missile strike; 207 prisoners freed | Quayside Tribune", "UTC", UTCZ, es,
          "HTML live blog with LiveBlogPosting JSON-LD (every visible block mirrored in liveBlogUpdate, datePublished +00:00). Visible stamps 'HH:MM GMT' in <time>. 'Key points' list names two headlines (key_point true). One block without headline; an 'Explained:' teaser and an 'In pictures' gallery block with no text. Toll grows 3 -> 7 through the day.",
          ["cookie notice", "site header and navigation", "kicker 'Russia-Ukraine war'", "standfirst", "dateline 'Tuesday 30 January 2024'", "share rows",
           "'Key points' list (links to 1021-01 and 1021-08)", "gallery label 'Open gallery 12 photos'", "newsletter box", "'Most viewed' links", "footer"])

    # ---- 1022 Globe Relay RSS
    bg = "RSS pubDate in GMT = UTC; "
    es = [
        E("Kharkiv strike kills seven; Russia says it hit mercenaries", "2024-01-30 20:05", "Ines Coulter",
          ["A Russian missile attack on the Ukrainian city of Kharkiv killed seven people and wounded dozens, officials said, while Moscow insisted it had struck foreign fighters.",
           "Ukraine's president called the strike an act of terror."],
          "strikes", "strikes", 3, MAIN_A, basis=bg + "20:05."),
        E("Storm Ingunn batters Norway with hurricane-force winds", "2024-01-30 18:30", "Lars Eide",
          ["One of the strongest storms to hit Norway in decades brought down trees and power lines along the west coast.",
           "Ferries and flights were cancelled."],
          "other", "unrelated", 1, "storm-ingunn-norway", basis=bg + "18:30.", notes="off-beat: weather in Norway."),
        E("Hong Kong court orders property giant wound up", "2024-01-30 16:00", "Ines Coulter",
          ["A Hong Kong judge ordered the liquidation of one of China's largest property developers after creditors failed to agree on a rescue plan.",
           "Shares in the company were suspended."],
          "other", "unrelated", 1, "hong-kong-property-liquidation", basis=bg + "16:00.", notes="off-beat: business."),
        E("Russia and Ukraine exchange hundreds of prisoners of war", "2024-01-30 14:45", "Ines Coulter",
          ["Moscow and Kyiv each handed over 207 captured soldiers on Tuesday in a deal arranged with help from the United Arab Emirates.",
           "The swap had been delayed after the crash of a Russian military plane that Moscow said was carrying Ukrainian prisoners."],
          "diplomacy", "diplomacy", 3, POW_A, basis=bg + "14:45."),
        E("NATO chief presses US lawmakers on Ukraine aid", "2024-01-30 12:20", "Marcus Lowe",
          ["NATO's Jens Stoltenberg used a visit to Washington to lobby Republicans who are blocking new funding for Ukraine.",
           "House Speaker Mike Johnson has tied the money to tougher border measures."],
          "aid", "aid", 3, NATO_A, sec=["diplomacy"], basis=bg + "12:20."),
        E("Farmers block motorways around Paris", "2024-01-30 10:00", "Lars Eide",
          ["Tractors blocked several main roads into the French capital as farmers stepped up protests over costs and regulation.",
           "The government promised new concessions."],
          "other", "unrelated", 1, "france-farmers-protest", basis=bg + "10:00.", notes="off-beat: French farm protests."),
        E("Explosions shake Kharkiv as missiles hit homes", "2024-01-30 07:50", "Marcus Lowe",
          ["Russian missiles struck Ukraine's second city of Kharkiv overnight, damaging apartment blocks and killing at least two people, the mayor said."],
          "strikes", "strikes", 3, MAIN_A, basis=bg + "07:50."),
        E("Tennis champion gets hero's welcome in home town", "2024-01-30 06:40", "Lars Eide",
          ["Thousands of fans turned out in the snow to greet the new Australian Open champion on his return to the Dolomites."],
          "other", "unrelated", 1, "tennis-champion-homecoming", basis=bg + "06:40.", notes="off-beat: sport."),
    ]
    for e, c in zip(es, ["Europe", "Europe", "Business", "Europe", "U.S.", "Europe", "Europe", "Sport"]):
        e["cat"] = c
    write("1022", "globerelay_rss", "xml", globe_rss("Tue, 30 Jan 2024 20:10:00 GMT", es), "Globe Relay",
          "Globe Relay - Top World Stories", "UTC", UTCZ, es,
          "RSS 2.0 world-news feed; four of eight items are about the war. pubDate in GMT; dc:creator per item (author). Descriptions are CDATA with <p> paragraphs.",
          ["channel title/link/description/lastBuildDate/ttl", "category elements"])

    # ---- 1023 Tarnfield Gazette article
    e = E("Seven killed as Russian missiles tear through Kharkiv apartment blocks", "2024-01-30 17:05", "Miriam Ashdown",
          ["Russian missiles slammed into apartment buildings in Kharkiv before dawn on Tuesday, killing seven people and leaving dozens more injured in one of the deadliest attacks on the city this winter.",
           "Ukrainian officials said the strike involved S-300 missiles fired from Russia's Belgorod region, just 40 kilometres away, which gave residents almost no warning.",
           "President Volodymyr Zelensky described the attack as terror and repeated his call for more air defence systems.",
           "In Moscow, the defence ministry said it had hit a building used by what it called foreign mercenaries, a claim Kharkiv's mayor dismissed as absurd.",
           "The attack came hours before Ukraine and Russia carried out an exchange of prisoners."],
          "strikes", "strikes", 3, MAIN_A, basis="Visible 'Published 30 January 2024 · 5:05pm GMT' and NewsArticle datePublished 2024-01-30T17:05:00+00:00.",
          notes="Single news article = one entry; headline = <h1>. Mentions the prisoner exchange in passing only (not a second entry).")
    h = tarnfield(e, UTCZ, "Europe correspondent", ["Ukraine's winter of blackouts", "How Patriot batteries work", "Letters: our duty to refugees"])
    write("1023", "tarnfieldgazette_article", "html", h, "Tarnfield Gazette",
          "Seven killed as Russian missiles tear through Kharkiv apartment blocks | Tarnfield Gazette", "UTC", UTCZ, [e],
          "Single HTML news article with NewsArticle JSON-LD and article:published_time; visible 'Published 30 January 2024 · 5:05pm GMT'. One entry. Byline 'By Miriam Ashdown, Europe correspondent' (author = the name).",
          ["cookie notice", "top bar navigation", "section label 'World'", "share links", "photo caption 'The scene after the attack. Photograph: Gazette picture desk'", "topic tags", "'Read more' links", "newsletter box", "footer"])


MAIN_B = "odesa-missile-strike-2024-05-21"
NUKE_B = "russia-tactical-nuclear-drills-stage-one"
EU_B = "eu-frozen-assets-profits-for-ukraine"


def dayB():
    # ---- 1024 Sparrowhawk Bulletin text, EDT, newest first
    bs = "Date only in the header 'Live coverage for Tuesday, May 21, 2024'; stamps 'h:mm a.m./p.m. EDT' (UTC-4); "
    es = [
        E("Odessa toll rises to six", "2024-05-21 21:10", "Rob Ellery",
          ["Six people have now died as a result of this morning's missile strike on Odessa, the regional governor said in a late-evening update.",
           "Two of the injured remain in critical condition."],
          "strikes", "strikes", 3, MAIN_B, basis=bs + "9:10 p.m. EDT = 01:10 UTC on 22 May (crosses UTC midnight).",
          notes="Only entry of 22 May UTC; part of the main story."),
        E("Russia starts first stage of tactical nuclear drills", "2024-05-21 18:25", "Nina Sato",
          ["Russia's defense ministry said troops in the Southern Military District had begun practicing the preparation and deployment of non-strategic nuclear weapons.",
           "The Kremlin has said the exercise is a response to statements by Western leaders about sending troops to Ukraine."],
          "other", "security", 3, NUKE_B, basis=bs + "6:25 p.m. EDT = 22:25 UTC."),
        E(None, "2024-05-21 15:05", None,
          ["Odessa's regional governor now says four people were killed in the morning strike and more than 25 were injured.",
           "A dog-training centre and a park on the seafront were hit."],
          "strikes", "strikes", 3, MAIN_B, basis=bs + "3:05 p.m. EDT = 19:05 UTC.", notes="No headline, no credit."),
        E("Explainer: How the EU plans to use profits from Russia's frozen assets", "2024-05-21 12:40", None, [],
          "aid", "aid", 1, "explainer-eu-frozen-assets", basis=bs + "12:40 p.m. EDT = 16:40 UTC.", notes="Explainer teaser, no body; own story, importance 1."),
        E("Kremlin claims strike hit 'Western weapons depot'", "2024-05-21 10:15", "Rob Ellery",
          ["Moscow said its Iskander missile had destroyed a warehouse holding Western-supplied weapons in the Odessa region, and denied that civilians had been the target.",
           "Ukrainian officials said there were no military facilities at the site."],
          "strikes", "strikes", 3, MAIN_B, basis=bs + "10:15 a.m. EDT = 14:15 UTC."),
        E("Missile strike on Odessa seafront kills two", "2024-05-21 07:50", "Rob Ellery",
          ["A Russian ballistic missile hit a recreation area on the seafront in Odessa on Tuesday morning, killing two people, Ukrainian officials said.",
           "Firefighters put out a large blaze in a nearby building."],
          "strikes", "strikes", 3, MAIN_B, basis=bs + "7:50 a.m. EDT = 11:50 UTC."),
        E("Iran begins funeral rites for president killed in helicopter crash", "2024-05-21 06:30", "Nina Sato",
          ["Tens of thousands of mourners filled the streets of Tabriz as funeral ceremonies began for Iran's president and foreign minister.",
           "An election to choose a successor is due within 50 days."],
          "other", "unrelated", 1, "iran-president-funeral", basis=bs + "6:30 a.m. EDT = 10:30 UTC.", notes="off-beat: Iran, not about the war."),
    ]
    t = sparrowhawk("Missile strike on Odessa seafront; Russia begins nuclear drills", NY, "Tuesday, May 21, 2024", es)
    write("1024", "sparrowhawk_live", "txt", t, "The Sparrowhawk Bulletin", "Missile strike on Odessa seafront; Russia begins nuclear drills",
          "America/New_York", NY, es,
          "Plain-text US live blog, newest first. Date only in the header ('Live coverage for Tuesday, May 21, 2024 · All times Eastern'); stamps 'h:mm a.m./p.m. EDT' (UTC-4). The newest post (9:10 p.m.) is on 22 May UTC. Credits '— Name' under some posts; posts without a credit have author null. Uses 'Odessa' spelling.",
          ["masthead and sections", "'UKRAINE LIVE' label", "header 'Live coverage for ... · All times Eastern'", "share row", "intro paragraph 'Good morning. We are following...'",
           "'Share this update' rows", "'Most popular' links", "newsletter line and copyright"])

    # ---- 1025 Amberway Post Atom, Riga EEST
    ba = "Atom <published> with +03:00 offset; "
    es = [
        E("EU signs off on using frozen Russian asset profits to arm Ukraine", "2024-05-21 19:40", "Kristaps Ozols",
          ["European Union governments gave final approval to a plan that will channel windfall profits earned on immobilized Russian central bank assets to Ukraine, mostly for weapons.",
           "The first payments, worth up to three billion euros, could come in July."],
          "aid", "aid", 3, EU_B, basis=ba + "19:40+03:00 = 16:40 UTC."),
        E("Odesa strike: toll reaches four as Kyiv condemns 'terror'", "2024-05-21 17:15", "Liene Berzina",
          ["The death toll from a Russian missile strike on Odesa rose to four, Ukrainian authorities said, as the foreign ministry accused Moscow of deliberately targeting civilians."],
          "strikes", "strikes", 3, MAIN_B, basis=ba + "17:15+03:00 = 14:15 UTC."),
        E("Latvia to dig anti-tank ditches along Russian border", "2024-05-21 15:00", "Kristaps Ozols",
          ["Latvia's defence ministry presented plans for bunkers, anti-tank ditches and dragon's teeth along its eastern border as part of a joint Baltic defence line.",
           "Construction is to start this summer."],
          "other", "security", 2, "latvia-border-defence-line", basis=ba + "15:00+03:00 = 12:00 UTC."),
        E("Riga marathon: road closures announced for the weekend", "2024-05-21 12:30", "Liene Berzina",
          ["Several central streets in Riga will be closed on Sunday morning for the city's annual marathon, the municipality said."],
          "other", "unrelated", 1, "riga-marathon-road-closures", basis=ba + "12:30+03:00 = 09:30 UTC.", notes="off-beat: local city news."),
        E("Iskander missile hits recreation area in Odesa", "2024-05-21 11:10", "Liene Berzina",
          ["A Russian Iskander-M missile hit a recreation area in Odesa on Tuesday morning, killing two people and injuring at least a dozen, the regional governor said."],
          "strikes", "strikes", 3, MAIN_B, basis=ba + "11:10+03:00 = 08:10 UTC."),
        E("Watch: Ukraine's sea drones chase a Russian patrol boat", "2024-05-21 09:05", None, [],
          "strikes", "strikes", 1, "sea-drone-video-2024-05-21", basis=ba + "09:05+03:00 = 06:05 UTC.", notes="Video teaser: Atom entry with summary 'Video' and no content; own story, importance 1. The summary word is not a body."),
    ]
    write("1025", "amberwaypost_atom", "xml", amber_atom("2024-05-21T19:40:00+03:00", es), "Amberway Post", "Amberway Post",
          "Europe/Riga", RIGA, es,
          "Atom feed of a Baltic news site; entries have <published>/<updated> with +03:00, <author><name>, and HTML content escaped in <content type='html'>. One entry is a video teaser with only <summary>Video</summary>. One off-beat local item. Uses 'Odesa' spelling.",
          ["feed title, subtitle, links, id and updated", "the 'Video' summary of the teaser entry"])

    # ---- 1026 Quayside Tribune HTML JSON-LD, BST
    bq = "JSON-LD datePublished (+01:00) and visible 'HH:MM BST' agree; dateline 'Tuesday 21 May 2024'; "
    es = [
        E("Odesa attack: death toll rises to five", "2024-05-21 20:30", "Callum Reid",
          ["Five people were killed and 32 injured in the Russian missile strike on Odesa's seafront, regional authorities said on Tuesday evening."],
          "strikes", "strikes", 3, MAIN_B, kp=True, basis=bq + "20:30 BST = 19:30 UTC."),
        E("EU ministers approve sending windfall profits to Ukraine's military", "2024-05-21 18:00", "Anna Pryde",
          ["The EU council formally adopted the decision to use interest from frozen Russian assets for Ukraine, with 90% earmarked for military aid through the European Peace Facility.",
           "Hungary did not block the measure."],
          "aid", "aid", 3, EU_B, basis=bq + "18:00 BST = 17:00 UTC."),
        E("Russian troops begin tactical nuclear weapons exercise", "2024-05-21 16:20", "Callum Reid",
          ["Russia has launched the first stage of drills involving tactical nuclear weapons near Ukraine's borders, its military said, including training with Iskander and Kinzhal missiles.",
           "Belarus is expected to join later stages."],
          "other", "security", 3, NUKE_B, basis=bq + "16:20 BST = 15:20 UTC."),
        E(None, "2024-05-21 14:45", "Callum Reid",
          ["Russia's defence ministry says its strike on Odesa hit a depot of Western-supplied weapons, a claim rejected by Ukrainian officials who said the site was a public park and a dog-training centre."],
          "strikes", "strikes", 3, MAIN_B, basis=bq + "14:45 BST = 13:45 UTC.", notes="No headline; the Russian denial (main story)."),
        E("In pictures: Odesa after the missile strike", "2024-05-21 12:10", None, [],
          "strikes", "strikes", 1, "odesa-gallery-2024-05-21", basis=bq + "12:10 BST = 11:10 UTC.", notes="Gallery block, no text; own story."),
        E("Missile hits Odesa recreation area, killing two", "2024-05-21 10:30", "Anna Pryde",
          ["A Russian missile struck a recreation area in the Black Sea port city of Odesa this morning, killing at least two people.",
           "Regional governor Oleh Kiper said more than ten were injured."],
          "strikes", "strikes", 3, MAIN_B, kp=True, basis=bq + "10:30 BST = 09:30 UTC."),
        E("Drone attack wounds three in Kharkiv region", "2024-05-21 08:05", "Anna Pryde",
          ["Three people were hurt when a Russian drone hit a market in the town of Kupiansk, officials said."],
          "strikes", "strikes", 2, "kupiansk-market-drone-2024-05-21", basis=bq + "08:05 BST = 07:05 UTC."),
    ]
    h = tribune("Russia-Ukraine war live: missile strike on Odesa kills five; Russia starts nuclear drills", LON,
                "Tuesday 21 May 2024", "https://quaysidetribune.example/world/live/2024/may/21/russia-ukraine-war-live", es,
                "Latest news as Russia begins tactical nuclear exercises")
    write("1026", "quaysidetribune_live", "html", h, "Quayside Tribune",
          "Russia-Ukraine war live: missile strike on Odesa kills five; Russia starts nuclear drills | Quayside Tribune", "Europe/London", LON, es,
          "HTML live blog with LiveBlogPosting JSON-LD; visible stamps 'HH:MM BST' (UTC+1), JSON-LD +01:00. Key points list two headlines. One block without headline (the Russian denial); one gallery block with no text.",
          ["cookie notice", "header/nav", "kicker", "standfirst 'Latest news as Russia begins tactical nuclear exercises'", "dateline", "share rows", "'Key points' list", "gallery label", "newsletter", "'Most viewed'", "footer"])


if __name__ == "__main__":
    dayA()
    dayB()
