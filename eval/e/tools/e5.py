"""Day e5: Wednesday 14 August 2024 (summer: UK BST = UTC+1, Kyiv EEST = UTC+3, Moscow UTC+3, Toronto EDT = UTC-4)."""
from common import Entry as E, Source

D = "2024-08-14 "
KS = "e5-kursk-strike"
KI = "e5-kursk-incursion"
CA = "e5-canada-aid"
BE = "e5-belgorod-emergency"
DT = "e5-doha-energy-talks"

dnipro = Source("740", "e5", "dnipro-chronicle-live", "html", "dnipro", "Dnipro Chronicle", "Europe/Kyiv",
    "Russia's war against Ukraine: live updates for 14 August 2024",
    [
        E(D + "22:05", "Sumy region: Russian strike kills one in Krasnopillia", [
            "A Russian guided bomb hit the village of Krasnopillia in the Sumy region in the evening, killing a 58-year-old man, the regional military administration said.",
            "Two houses and a power line were damaged.",
        ], "e5-krasnopillia-strike", "strikes", "strikes", 2, author="Bohdan Kravets"),
        E(D + "20:10", "Russian officials report second death in Kursk; General Staff publishes images of airfield", [
            "Russian officials say a second person has died after the overnight attack on Kursk, while Ukraine's General Staff released satellite images it says show two damaged aircraft shelters at Khalino airfield.",
            "The Dnipro Chronicle could not independently verify either claim.",
        ], KS, "strikes", "strikes", 3, author="Bohdan Kravets"),
        E(D + "17:30", "Canada announces new military aid package", [
            "Canada will provide Ukraine with 50 armoured vehicles, drone-detection radars and ammunition worth a total of 500 million Canadian dollars, Defence Minister Bill Blair announced.",
            "Ukraine's Defence Minister Rustem Umerov thanked Ottawa, saying the vehicles would be used to evacuate wounded soldiers from the front.",
        ], CA, "aid", "aid", 3, author="Iryna Matviichuk"),
        E(D + "15:05", "Syrskyi: forces advanced up to 2 km in Kursk Oblast, control 82 settlements", [
            "Ukrainian troops advanced between one and two kilometres in Russia's Kursk Oblast over the past day and now control 82 settlements, Commander-in-Chief Oleksandr Syrskyi said in a video call with Zelensky.",
            "He said the area under Ukrainian control had reached about 1,150 square kilometres. More than 100 Russian soldiers had been captured, according to Syrskyi.",
        ], KI, "other", "frontline", 3, author="Iryna Matviichuk"),
        E(D + "13:30", "Analysis: what Kyiv wants from the Kursk operation", [
            "A week into Ukraine's cross-border offensive, officials in Kyiv are offering several reasons for it: to push Russian artillery away from the Sumy region, to force Moscow to pull troops from Donbas and to gain leverage for any future negotiations.",
            "Military analysts say the operation's success will depend on whether Ukraine can hold the ground it has taken without overstretching its reserves.",
            "So far, Russia has moved some units from the Zaporizhzhia and Kharkiv directions but not from around Pokrovsk, where its main offensive continues.",
        ], "e5-analysis-kursk-aims", "other", "frontline", 2, author="Bohdan Kravets",
          note="analysis on the theme of the Kursk operation, not the day's advance claims: separate story"),
        E(D + "11:20", "General Staff: Ukrainian forces struck Khalino military airfield near Kursk", [
            "Ukraine's General Staff said its forces hit Khalino military airfield on the outskirts of Kursk overnight, targeting aircraft shelters and an ammunition depot.",
            "The statement made no mention of residential areas. Russian officials claimed that debris from a downed missile had hit an apartment block in the city.",
        ], KS, "strikes", "strikes", 3, author="Bohdan Kravets",
          note="Ukraine's version of the same overnight strike Russia reports as hitting an apartment block"),
        E(D + "09:40", "IAEA team inspects Zaporizhzhia plant's damaged cooling tower", [
            "Experts from the International Atomic Energy Agency were allowed to inspect one of the cooling towers at the occupied Zaporizhzhia nuclear power plant, damaged by a fire on Sunday, the agency said.",
            "The IAEA said the fire had caused considerable damage but posed no threat to nuclear safety. Russia and Ukraine accused each other of starting it.",
        ], "e5-zaporizhzhia-cooling-tower", "other", "security", 2, author="Iryna Matviichuk"),
        E(D + "08:15", "Air Force: 29 of 35 drones shot down overnight", [
            "Ukraine's air defence shot down 29 of 35 Shahed drones launched by Russia overnight, mainly over the Kyiv, Zhytomyr and Chernihiv regions, the Air Force said.",
            "Debris damaged a warehouse in the Kyiv region. No one was injured.",
        ], "e5-overnight-drones", "strikes", "strikes", 2, author=None),
    ],
    notes=("HTML live blog (Kyiv outlet) with a schema.org LiveBlogPosting JSON-LD block in <head> (liveBlogUpdate[]: "
           "headline, datePublished with +03:00, author, articleBody as one string). The visible updates show "
           "<time datetime> and HH:MM Kyiv time (EEST, UTC+3). Spelling 'Kursk Oblast'."),
    standfirst="Kyiv says it hit an airbase near Kursk as its troops push further into Russia; Canada announces new aid.",
    tz_note="Times are Kyiv time (UTC+3).", slug_url="2024-08-14", datetime_attr=True, jsonld=True,
)

harbour = Source("741", "e5", "harbour-gazette-world-rss", "xml", "rss", "Harbour Gazette", "America/Toronto",
    "Harbour Gazette: World",
    [
        E(D + "18:20", "Jasper residents return to survey wildfire damage", [
            "Residents of Jasper, Alberta, began returning home Wednesday for the first time since a wildfire destroyed about a third of the town's buildings last month.",
            "Parks Canada said tap water in parts of the town was still not safe to drink.",
        ], "e5-offbeat-jasper-wildfire", "other", "unrelated", 1, author="Claire Dubois", offbeat=True),
        E(D + "16:10", "Second person dies after Ukrainian missile attack on Russia's Kursk, officials say", [
            "A second person has died after a Ukrainian missile attack on the Russian city of Kursk, Russian officials said Wednesday, as Moscow and Kyiv traded claims over what was hit.",
            "Russia says debris from a downed missile struck an apartment building, injuring 13. Ukraine says it targeted a military airfield.",
        ], KS, "strikes", "strikes", 3, author="Ben Morrow"),
        E(D + "14:35", "Gaza ceasefire talks set to resume in Doha", [
            "Mediators from the United States, Qatar and Egypt were preparing to host a new round of Gaza ceasefire talks on Thursday, as Israel confirmed it would send a delegation.",
            "Hamas has not said whether it will take part.",
        ], "e5-offbeat-gaza-ceasefire-talks", "other", "unrelated", 1, author="Ben Morrow", offbeat=True),
        E(D + "13:00", "Canadian Olympians welcomed home after record Paris haul", [
            "Hundreds of fans greeted Canada's Olympic team at Toronto Pearson airport, after athletes won 27 medals at the Paris Games.",
            "Several medallists are due to be honoured on Parliament Hill next month.",
        ], "e5-offbeat-olympians-return", "other", "unrelated", 1, author="Claire Dubois", offbeat=True),
        E(D + "12:20", "Ukraine claims control of 82 settlements in Russia's Kursk region", [
            "Ukraine's top commander said Wednesday that his troops had advanced up to two kilometres over the past day and now held 82 settlements in Russia's Kursk region.",
            "Russia's Defence Ministry said it had stopped Ukrainian attempts to break through near several villages.",
        ], KI, "other", "frontline", 3, author="Ben Morrow"),
        E(D + "11:15", "Ottawa pledges $500 million in armoured vehicles and air-defence gear for Ukraine", [
            "Canada will send Ukraine 50 armoured vehicles and drone-detection equipment as part of a $500-million military aid package, Defence Minister Bill Blair announced Wednesday in Ottawa.",
            "Blair said the first vehicles would be shipped within weeks.",
        ], CA, "aid", "aid", 3, author="Ben Morrow"),
        E(D + "10:30", "Kursk attack: Russia says civilians hurt, Ukraine says airbase hit", [
            "Russian officials said one person was killed and 13 injured when fragments of a Ukrainian missile hit an apartment block in Kursk overnight, while Ukraine said its target was a military airfield.",
            "The strike came as Ukrainian troops pressed on with an incursion into the Kursk region, now in its second week.",
        ], KS, "strikes", "strikes", 3, author="Ben Morrow"),
        E(D + "09:05", "Floods and cholera compound misery in Sudan's displacement camps", [
            "Heavy rains have flooded camps for displaced people in eastern Sudan, and health officials reported a rise in cholera cases, the UN humanitarian office said.",
            "Aid agencies appealed for more funding to truck in clean water.",
        ], "e5-offbeat-sudan-floods-cholera", "other", "unrelated", 1, author="Claire Dubois", offbeat=True),
        E(D + "07:40", "Watch: How Ukraine's drone makers are racing to keep up", [],
          "e5-watch-drone-makers", "other", "security", 1, author="Gazette Video",
          note="headline-only video teaser on a theme (Ukrainian drone industry): separate story"),
        E(D + "06:15", "TSX edges higher as U.S. inflation data cools", [
            "Canada's main stock index rose in early trading after U.S. consumer price data showed inflation easing in July.",
            "Energy shares lagged as oil prices slipped.",
        ], "e5-offbeat-tsx-markets", "other", "unrelated", 1, author="Claire Dubois", offbeat=True),
        E(D + "05:30", "Harris and Trump campaigns trade barbs over the economy", [
            "Vice President Kamala Harris and former president Donald Trump campaigned in battleground states, each accusing the other of policies that would raise prices for American families.",
            "Polls show a close race less than three months before the election.",
        ], "e5-offbeat-us-election-campaign", "other", "unrelated", 1, author="Ben Morrow", offbeat=True),
    ],
    notes=("General world-news RSS 2.0 feed of a Canadian outlet; pubDate with '-0400' (EDT), newest first; war items "
           "5 of 11. Times run 05:30-18:20 EDT = 09:30-22:20 UTC, all 14 August. First sentences containing 'U.S.' must "
           "not be cut at the abbreviation."),
    link="https://harbourgazette.example/world", description="World news from the Harbour Gazette",
    guid_prefix="hg", date_style="offset",
)

ural = Source("742", "e5", "ural-vestnik-rss", "xml", "rss", "Ural Vestnik", "Europe/Moscow",
    "Ural Vestnik — Special military operation",
    [
        E(D + "21:30", "Yekaterinburg sets heat record for mid-August", [
            "The air temperature in Yekaterinburg reached 34.2 degrees on Wednesday, the highest for this date in more than a century of observations, the regional weather centre said.",
            "Forecasters expect the heat to ease at the weekend.",
        ], "e5-offbeat-yekaterinburg-heat", "other", "unrelated", 1, author="Svetlana Orlova", offbeat=True),
        E(D + "19:30", "Death toll from AFU strike on Kursk rises to two", [
            "A woman injured during the night-time attack of the Armed Forces of Ukraine on Kursk has died in hospital, bringing the number of dead to two, the acting governor of the Kursk region said.",
            "Eleven people remain in hospital, three of them in serious condition.",
        ], KS, "strikes", "strikes", 3, author="Pavel Zimin"),
        E(D + "17:10", "Kremlin: no talks with Kiev on energy strikes were planned", [
            "Reports that Russia and Ukraine were due to hold indirect talks in Doha on a mutual halt to strikes on energy facilities do not correspond to reality, Kremlin spokesman Dmitry Peskov said.",
            "\"There were no such contacts and none are being prepared,\" he said, adding that after the attack on the Kursk region \"any conversation is out of the question\".",
        ], DT, "diplomacy", "diplomacy", 3, author="Pavel Zimin", note="denial of the report in 743-03"),
        E(D + "15:00", "Belgorod region declares state of emergency", [
            "A regional state of emergency has been declared in the Belgorod region because of constant shelling by Ukrainian forces, Governor Vyacheslav Gladkov said.",
            "\"The situation remains extremely difficult: houses are being destroyed, civilians are being killed and injured,\" he said, adding that he would ask the government to declare an emergency of federal significance.",
        ], BE, "other", "humanitarian", 3, sec=["strikes"], author="Pavel Zimin"),
        E(D + "13:45", "Zakharova calls Kursk strike a terrorist attack", [
            "The strike on a residential building in Kursk is a terrorist attack planned with the help of Western curators, Foreign Ministry spokeswoman Maria Zakharova said.",
            "She said Western countries supplying long-range weapons to Kiev bear direct responsibility.",
        ], KS, "strikes", "strikes", 3, author="Pavel Zimin"),
        E(D + "12:20", "More than 121,000 residents evacuated from Kursk region border districts", [
            "More than 121,000 people have been evacuated from the border districts of the Kursk region, the regional government said.",
            "Temporary accommodation centres are operating in Kursk and neighbouring regions; residents receive a one-off payment of 10,000 roubles.",
        ], "e5-kursk-evacuation", "other", "humanitarian", 2, author="Svetlana Orlova"),
        E(D + "11:05", "Defence Ministry: attempts to break through near Malaya Loknya repelled", [
            "Units of the Sever group of forces, supported by aviation and artillery, thwarted attempts by enemy mobile groups to advance deep into Russian territory near the settlements of Malaya Loknya and Olgovka, the Defence Ministry said.",
            "Over the past day, the Armed Forces of Ukraine lost up to 340 servicemen and 35 armoured vehicles in the Kursk direction, the ministry said.",
        ], KI, "other", "frontline", 3, author="Pavel Zimin"),
        E(D + "10:30", "Air defence shot down four Tochka-U missiles and 12 drones over Kursk region", [
            "Duty air defence systems intercepted and destroyed four Tochka-U tactical missiles and 12 unmanned aerial vehicles over the territory of the Kursk region overnight, the Russian Defence Ministry reported.",
            "Fragments of one of the missiles fell on a residential building in Kursk, according to the regional authorities.",
        ], KS, "strikes", "strikes", 3, author="Pavel Zimin"),
        E(D + "09:10", "Number of injured in Kursk rises to 13, including two children", [
            "Thirteen people, including two children, were injured when fragments of a Ukrainian missile fell on a nine-storey residential building in Kursk, the regional authorities reported.",
            "A 64-year-old man died of his injuries in hospital, the acting governor said.",
        ], KS, "strikes", "strikes", 3, author="Svetlana Orlova"),
        E(D + "05:55", "Missile debris falls on apartment building in Kursk", [
            "Fragments of a Ukrainian missile shot down by air defence fell on a residential building in Kursk, the acting governor of the region said.",
            "According to preliminary information, five people were injured. Emergency services are working at the scene.",
        ], KS, "strikes", "strikes", 3, author="Svetlana Orlova"),
    ],
    notes=("Russian-side RSS 2.0 feed; pubDate with '+0300' (Moscow), newest first. Russian wording: 'AFU', 'Kiev', "
           "'Kursk region'. The first item (Yekaterinburg heat) is off-beat."),
    link="https://uralvestnik.example/svo", description="Ural Vestnik: news of the special military operation",
    guid_prefix="uv", date_style="offset",
)

northline = Source("743", "e5", "northline-liveblog", "txt", "northline", "Northline Ledger", "Europe/London",
    "Russia-Ukraine war live: Kyiv says it hit airbase near Kursk as Russia reports civilian casualties",
    [
        E(D + "19:10", "Canada pledges C$500m in armoured vehicles and drone detectors", [
            "Canada has announced a military aid package for Ukraine worth C$500m (£285m), including 50 armoured vehicles and radar systems that can spot incoming drones.",
            "The announcement was made in Ottawa by the defence minister, Bill Blair.",
        ], CA, "aid", "aid", 3, author="Tom Ashby"),
        E(D + "17:35", "Watch: life in Sumy as the war moves across the border", [],
          "e5-watch-sumy-life", "other", "humanitarian", 1, author="Tom Ashby",
          note="headline-only video teaser on a theme: separate story"),
        E(D + "15:40", "Report: Qatar-hosted talks on halting energy strikes postponed after Kursk incursion", [
            "Russian and Ukrainian delegations had been due to hold indirect talks in Doha this month on a partial deal to stop attacks on each other's energy infrastructure, but the meeting was put off after Ukraine's incursion into the Kursk region, according to a report citing diplomats familiar with the plans.",
            "The Kremlin has denied that any such talks were planned.",
        ], DT, "diplomacy", "diplomacy", 3, author="Tom Ashby"),
        E(D + "14:05", "Syrskyi says Ukrainian troops have pushed up to 2km further into Russia", [
            "Ukraine's top commander, Oleksandr Syrskyi, says his troops advanced by up to 2km in Russia's Kursk region over the past 24 hours and now control 82 settlements.",
            "Russia's defence ministry said it had repelled Ukrainian attacks near two villages in the region.",
        ], KI, "other", "frontline", 3, kp=True, author="Tom Ashby"),
        E(D + "13:20", "One dead, 13 hurt as missile debris hits Kursk apartment block, Russia says; Kyiv says it targeted an airbase", [
            "Russian officials say one person was killed and 13 injured, two of them children, after debris from a Ukrainian missile shot down over Kursk fell on a residential block in the city.",
            "Ukraine's general staff has given a different account, saying its forces struck the Khalino military airfield just outside the city.",
            "Russia's foreign ministry has called the attack an act of terrorism.",
        ], KS, "strikes", "strikes", 3, kp=True, author="Tom Ashby"),
        E(D + "11:30", "Belgorod declares regional emergency over Ukrainian shelling", [
            "The governor of Russia's Belgorod region, which borders Ukraine, has declared a regional state of emergency, citing relentless shelling.",
            "Vyacheslav Gladkov said he would ask Moscow to raise it to a federal emergency, which would unlock more money for residents.",
        ], BE, "other", "humanitarian", 3, author="Tom Ashby"),
        E(D + "09:15", "Ukraine's parliament votes to extend martial law and mobilisation", [
            "Ukraine's parliament has voted to extend martial law and general mobilisation for another 90 days, the 12th extension since Russia's full-scale invasion.",
            "The measures will now run until mid-November.",
        ], "e5-martial-law-extension", "other", "politics", 2, author="Tom Ashby"),
        E(D + "06:45", "Five injured in Kursk after Russia says it downed Ukrainian missiles", [
            "Five people have been injured in the Russian city of Kursk after fragments of a Ukrainian missile fell on an apartment building, the region's acting governor says.",
            "Ukraine has not commented.",
        ], KS, "strikes", "strikes", 3, author="Tom Ashby"),
    ],
    notes=("Plain-text UK live blog ('HH.MM BST' stamps, UTC+1), newest first; byline Tom Ashby. Key Points lists two "
           "posts. 743-03 reports a Doha-talks claim that the Kremlin denies (742-03)."),
    updated="Wed 14 Aug 2024 19.18 BST", first="Wed 14 Aug 2024 06.45 BST", byline="Tom Ashby",
    standfirst=["Russia says missile debris hit flats in Kursk; Kyiv says it targeted Khalino airbase; Syrskyi claims "
                "further advance; Canada pledges C$500m"],
)

SOURCES = [dnipro, harbour, ural, northline]
