from outlets import *

CET, UTCZ, NY, RIGA = "Europe/Prague", "UTC", "America/New_York", "Europe/Riga"
MAIN_C = "sumy-energy-strike-2024-12-09"
IRIS_C = "germany-iris-t-delivery-2024-12-09"
KUR_C = "kurakhove-russian-advance"
MAIN_D = "zaporizhzhia-clinic-strike-2024-12-10"
KEL_D = "kellogg-kyiv-visit-plan"
BRY_D = "bryansk-oil-depot-drone-strike"

SUMY_BODY = ["Four people have been killed and about 200,000 households in the Sumy region are without electricity after Russian missiles and drones hit energy facilities, regional officials said this evening.",
             "Repair crews say it could take several days to restore supplies."]


def dayC():
    bs = "Date only in the header 'Live coverage for Monday, December 9, 2024'; stamps 'h:mm a.m./p.m. EST' (UTC-5); "
    es = [
        E("Sumy toll reaches four as power stays out for 200,000", "2024-12-09 18:40", "Rob Ellery",
          ["A fourth person has died after Monday's attack on energy sites in the Sumy region, Ukrainian officials said.",
           "About 200,000 customers remain without electricity as temperatures drop below freezing."],
          "strikes", "strikes", 3, MAIN_C, basis=bs + "6:40 p.m. EST = 23:40 UTC."),
        E("Germany delivers another IRIS-T air-defense system to Ukraine", "2024-12-09 16:15", "Nina Sato",
          ["Germany has handed over a further IRIS-T SLM air-defense system to Ukraine, the defense ministry in Berlin said, bringing the total delivered to six.",
           "Ukraine has repeatedly asked for more systems to protect power plants."],
          "aid", "aid", 3, IRIS_C, basis=bs + "4:15 p.m. EST = 21:15 UTC."),
        E(None, "2024-12-09 13:30", None,
          ["Russia's defense ministry said it had carried out a high-precision strike on energy facilities that support Ukraine's military industry, and denied hitting residential buildings in the Sumy region."],
          "strikes", "strikes", 3, MAIN_C, basis=bs + "1:30 p.m. EST = 18:30 UTC.", notes="No headline, no credit; Moscow's denial (main story)."),
        E("Explainer: Why Russia goes after Ukraine's power grid in winter", "2024-12-09 11:05", None, [],
          "strikes", "strikes", 1, "explainer-winter-grid-attacks", basis=bs + "11:05 a.m. EST = 16:05 UTC.", notes="Explainer teaser, no body; own story."),
        E("Russian forces push into outskirts of Kurakhove", "2024-12-09 09:20", "Nina Sato",
          ["Russian troops have reached the edges of the eastern town of Kurakhove and are trying to cut the last road into it, Ukrainian military bloggers and a spokesman for the local brigade said."],
          "other", "frontline", 3, KUR_C, basis=bs + "9:20 a.m. EST = 14:20 UTC."),
        E("Three killed as missiles and drones hit Sumy region's energy system", "2024-12-09 07:45", "Rob Ellery",
          ["Russian missiles and drones struck energy infrastructure in northeastern Ukraine's Sumy region overnight, killing three people, the regional administration said.",
           "Officials said the attack targeted substations and a heating plant."],
          "strikes", "strikes", 3, MAIN_C, basis=bs + "7:45 a.m. EST = 12:45 UTC."),
        E("Overnight attack on Sumy leaves one dead", "2024-12-09 05:30", "Rob Ellery",
          ["One person was killed when Russian drones hit the city of Sumy before dawn, the mayor said."],
          "strikes", "strikes", 3, MAIN_C, basis=bs + "5:30 a.m. EST = 10:30 UTC."),
    ]
    t = sparrowhawk("Russian strikes knock out power in Sumy region; fighting near Kurakhove", NY, "Monday, December 9, 2024", es)
    write("1027", "sparrowhawk_live", "txt", t, "The Sparrowhawk Bulletin", "Russian strikes knock out power in Sumy region; fighting near Kurakhove",
          "America/New_York", NY, es,
          "Plain-text US live blog, newest first; date only in the header; stamps 'h:mm a.m./p.m. EST' (UTC-5, December). All posts fall on 9 Dec UTC (the newest is 23:40 UTC). Toll grows 1 -> 3 -> 4. One headline-less, uncredited post (Russian denial). 'Explainer:' teaser without body.",
          ["masthead and sections", "'UKRAINE LIVE'", "header line 'Live coverage for Monday, December 9, 2024 · All times Eastern'", "share rows", "intro paragraph", "'Most popular' links", "sign-up line and copyright"])

    e = E("Russian strike plunges Sumy into darkness, killing three", "2024-12-09 15:50", "Owen Garside",
          ["Hundreds of thousands of people in northern Ukraine were left without power on Monday after Russian missiles and drones hit energy facilities in the Sumy Oblast, killing three people.",
           "The regional governor said a heating plant and two substations had been damaged and that schools would switch to online lessons.",
           "Moscow said its forces had hit sites linked to Ukraine's defence industry and denied targeting civilians.",
           "It was the tenth large-scale Russian attack on Ukraine's energy system this year, according to the national grid operator."],
          "strikes", "strikes", 3, MAIN_C, basis="Visible 'Published 9 December 2024 · 3:50pm GMT'; NewsArticle datePublished 2024-12-09T15:50:00+00:00.",
          notes="Single article = one entry.")
    h = tarnfield(e, UTCZ, "Foreign affairs reporter", ["Winter on the front line", "Europe's gas stocks: enough for January?"])
    write("1028", "tarnfieldgazette_article", "html", h, "Tarnfield Gazette",
          "Russian strike plunges Sumy into darkness, killing three | Tarnfield Gazette", "UTC", UTCZ, [e],
          "Single HTML news article (NewsArticle JSON-LD). One entry; author from the byline 'By Owen Garside, Foreign affairs reporter'. Uses 'Sumy Oblast'.",
          ["cookie notice", "top bar", "section label", "share links", "photo caption", "tags", "'Read more' links", "newsletter", "footer"])

    bg = "RSS pubDate GMT = UTC; "
    es = [
        E("Assad in Moscow after Kremlin grants him asylum", "2024-12-09 22:30", "Marcus Lowe",
          ["Ousted Syrian leader Bashar al-Assad and his family are in Moscow, Russian state media reported, after rebels took control of Damascus.",
           "The Kremlin said President Putin personally approved the asylum."],
          "other", "unrelated", 1, "assad-asylum-moscow", basis=bg + "22:30.",
          notes="off-beat: Syria; Russia is involved but the item is not about the war in Ukraine."),
        E("Sumy region strike kills four, knocks out power", "2024-12-09 20:00", "Ines Coulter",
          ["A Russian attack on energy infrastructure in Ukraine's Sumy region killed four people and cut power to around 200,000 consumers, officials said."],
          "strikes", "strikes", 3, MAIN_C, basis=bg + "20:00."),
        E("South Korea bars president from leaving the country", "2024-12-09 17:40", "Lars Eide",
          ["South Korea's justice ministry imposed a travel ban on President Yoon Suk Yeol as investigators look into his short-lived declaration of martial law."],
          "other", "unrelated", 1, "south-korea-yoon-travel-ban", basis=bg + "17:40.", notes="off-beat: South Korean politics."),
        E("Ukrainian commander says Kurakhove defences under heavy pressure", "2024-12-09 15:10", "Ines Coulter",
          ["Ukraine's top commander said Russian forces were attacking Kurakhove from three directions and that the situation in the area remained difficult."],
          "other", "frontline", 3, KUR_C, basis=bg + "15:10."),
        E("Notre-Dame welcomes first visitors after reopening", "2024-12-09 12:00", "Lars Eide",
          ["Long queues formed outside Notre-Dame cathedral in Paris as it opened to the public for the first time since the 2019 fire."],
          "other", "unrelated", 1, "notre-dame-reopening", basis=bg + "12:00.", notes="off-beat: culture."),
        E("Drone and missile attack hits Sumy, cutting electricity", "2024-12-09 09:30", "Ines Coulter",
          ["Russia attacked the northeastern Ukrainian city of Sumy overnight, damaging power facilities and killing at least one person, local authorities said."],
          "strikes", "strikes", 3, MAIN_C, basis=bg + "09:30."),
    ]
    write("1029", "globerelay_rss", "xml", globe_rss("Mon, 09 Dec 2024 22:35:00 GMT", es), "Globe Relay",
          "Globe Relay - Top World Stories", "UTC", UTCZ, es,
          "RSS 2.0 world feed; three of six items are about the war. Off-beat items include Assad's asylum in Moscow (Russia-related but not the war).",
          ["channel metadata", "category elements"])

    ba = "Atom <published> with +02:00 (EET) offset; "
    es = [
        E("Berlin hands Ukraine another IRIS-T system", "2024-12-09 19:30", "Kristaps Ozols",
          ["Germany's defence ministry said a sixth IRIS-T SLM system and additional missiles for it had reached Ukraine.",
           "It is part of a package announced in the autumn."],
          "aid", "aid", 3, IRIS_C, basis=ba + "19:30+02:00 = 17:30 UTC."),
        E("Sumy Oblast: three dead after strike on energy facility; Moscow says it hit military targets", "2024-12-09 17:00", "Liene Berzina",
          ["Three people died after Russian missiles hit an energy facility in Ukraine's Sumy Oblast, while the Russian defence ministry claimed the strike was aimed at military-industrial sites.",
           "Much of the region remains without heating."],
          "strikes", "strikes", 3, MAIN_C, basis=ba + "17:00+02:00 = 15:00 UTC."),
        E("Photos: Sumy without electricity", "2024-12-09 14:20", None, [],
          "strikes", "strikes", 1, "sumy-blackout-photos", basis=ba + "14:20+02:00 = 12:20 UTC.", notes="Gallery teaser: Atom entry with only <summary>Gallery</summary>, no content; own story, importance 1."),
        E("Tallinn Christmas market draws record crowds", "2024-12-09 11:45", "Liene Berzina",
          ["Organisers of the Christmas market in Tallinn's old town said weekend visitor numbers were the highest since it began."],
          "other", "unrelated", 1, "tallinn-christmas-market", basis=ba + "11:45+02:00 = 09:45 UTC.", notes="off-beat: local news."),
        E("Finland keeps Russian border crossings closed indefinitely", "2024-12-09 08:30", "Kristaps Ozols",
          ["Finland's government said its eastern border crossings with Russia would stay closed until further notice, citing the risk of Moscow using migrants to pressure the country."],
          "other", "security", 2, "finland-border-closure", basis=ba + "08:30+02:00 = 06:30 UTC."),
    ]
    write("1030", "amberwaypost_atom", "xml", amber_atom("2024-12-09T19:30:00+02:00", es), "Amberway Post", "Amberway Post",
          "Europe/Riga", RIGA, es,
          "Atom feed; <published> with +02:00 (winter). One photo teaser entry with no content (summary placeholder only). Uses 'Sumy Oblast'.",
          ["feed metadata", "the placeholder summary of the photo entry"])


def dayD():
    bo1 = "Day header 'Monday 9 December 2024'; 'HH:MM CET' = UTC+1; "
    bo = "Day header 'Tuesday 10 December 2024'; 'HH:MM CET' = UTC+1; "
    es = [
        E("Sumy region: four dead, 200,000 homes without power after strike", "2024-12-09 20:30", "Petr Vlk", SUMY_BODY,
          "strikes", "strikes", 3, MAIN_C, basis=bo1 + "20:30 CET = 19:30 UTC on 9 Dec.",
          notes="First-day update on this page (the blog starts on Monday evening); belongs to the 9 Dec digest with 1027-1030."),
        E("Missile strike on Zaporozhye clinic: at least two dead", "2024-12-10 07:15", "Jana Horáková",
          ["A Russian missile hit a private medical clinic in Zaporozhye early this morning, killing at least two people, the regional governor Ivan Fedorov said.",
           "Patients were being evacuated from neighbouring buildings."],
          "strikes", "strikes", 3, MAIN_D, basis=bo + "07:15 CET = 06:15 UTC.", notes="Russian-style spelling 'Zaporozhye' in this source."),
        E("Re-posted: Sumy region: four dead, 200,000 homes without power after strike", "2024-12-10 08:50", "Petr Vlk",
          ["Four people have been killed and about 200,000 households in the Sumy region are without electricity after Russian missiles and drones hit energy facilities, regional officials said last night.",
           "Repair crews say it could take several days to restore supplies."],
          "strikes", "strikes", 1, MAIN_C, dup=0, basis=bo + "08:50 CET = 07:50 UTC on 10 Dec.",
          notes="Near-verbatim re-post of the previous day's update 1031-01 ('this evening' -> 'last night'); importance 1, duplicate_of 1031-01, story of the 9 Dec event."),
        E(None, "2024-12-10 10:30", "Jana Horáková",
          ["The death toll in Zaporizhzhia has risen to six, Governor Fedorov said; rescuers pulled two more bodies from the clinic's basement."],
          "strikes", "strikes", 3, MAIN_D, basis=bo + "10:30 CET = 09:30 UTC.", notes="No headline; 'Zaporizhzhia' spelling here."),
        E("Trump's Ukraine envoy plans Kyiv visit in January", "2024-12-10 12:40", "Petr Vlk",
          ["Keith Kellogg, chosen by Donald Trump as special envoy for Ukraine and Russia, intends to travel to Kyiv and several European capitals in early January, according to people familiar with the plans.",
           "He is not expected to visit Moscow."],
          "diplomacy", "diplomacy", 3, KEL_D, basis=bo + "12:40 CET = 11:40 UTC."),
        E("Explained: what we know about Russia's Oreshnik missile", "2024-12-10 14:55", None, [],
          "strikes", "strikes", 1, "explainer-oreshnik-missile", basis=bo + "14:55 CET = 13:55 UTC.", notes="Explainer teaser, no body; own story."),
        E("Moscow: strike hit a drone workshop, not a clinic", "2024-12-10 17:10", "Jana Horáková",
          ["Russia's defence ministry said its missile had destroyed a workshop assembling long-range drones in Zaporozhye and denied that a hospital had been hit.",
           "Ukrainian officials published photos of the ruined clinic."],
          "strikes", "strikes", 3, MAIN_D, basis=bo + "17:10 CET = 16:10 UTC."),
        E("Zaporizhzhia toll climbs to nine; day of mourning declared", "2024-12-10 19:45", "Jana Horáková",
          ["Nine people were killed in the strike on the clinic, including a child, officials said, and Wednesday was declared a day of mourning in the city."],
          "strikes", "strikes", 3, MAIN_D, basis=bo + "19:45 CET = 18:45 UTC."),
    ]
    t = ostrava("Russia's war on Ukraine: missile hits Zaporizhzhia clinic; Sumy still without power", CET, "Central European Time (CET)",
                {"2024-12-09": "Monday 9 December 2024", "2024-12-10": "Tuesday 10 December 2024"}, es)
    write("1031", "ostravasignal_live", "txt", t, "Ostrava Signal", "Russia's war on Ukraine: missile hits Zaporizhzhia clinic; Sumy still without power",
          "Europe/Prague", CET, es,
          "Plain-text live blog, OLDEST FIRST, spanning two day headers ('Monday 9 December 2024' with one evening post, then 'Tuesday 10 December 2024'). Stamps 'HH:MM CET'. 1031-03 is a near-verbatim re-post, on 10 Dec, of the 9 Dec update 1031-01 (importance 1, duplicate_of). Spelling variants Zaporozhye / Zaporizhzhia for the same city.",
          ["masthead, edition switch and menu", "'LIVE'", "zone note", "'Oldest updates first | Refresh'", "two day headers", "'— Name' credits", "end notice, subscription appeal, copyright"])

    bq = "JSON-LD datePublished (+00:00) and visible 'HH:MM GMT' agree; dateline 'Tuesday 10 December 2024'; "
    es = [
        E("Zaporizhzhia clinic strike: nine dead", "2024-12-10 19:20", "Callum Reid",
          ["Nine people, including a child, were killed when a Russian missile struck a private clinic in Zaporizhzhia, the regional governor said in an evening update."],
          "strikes", "strikes", 3, MAIN_D, kp=True, basis=bq + "19:20 GMT."),
        E("Zelensky: clinic strike shows Russia is not looking for peace", "2024-12-10 17:05", "Anna Pryde",
          ["Volodymyr Zelensky said the missile attack on a clinic in Zaporizhzhia proved that Moscow wanted to keep killing, not negotiate, and urged partners to send more air defence."],
          "strikes", "strikes", 3, MAIN_D, sec=["aid"], basis=bq + "17:05 GMT.", notes="Reaction whose content is the attack: main story."),
        E("Ukrainian drones set fire to oil depot in Bryansk region", "2024-12-10 14:30", "Callum Reid",
          ["Ukrainian drones hit a fuel depot in Russia's Bryansk region overnight, starting a large fire, a source in Ukraine's SBU security service said.",
           "The regional governor reported a drone attack but no casualties."],
          "strikes", "strikes", 3, BRY_D, basis=bq + "14:30 GMT."),
        E(None, "2024-12-10 12:15", "Anna Pryde",
          ["Donald Trump's pick for Ukraine envoy, retired general Keith Kellogg, is planning a visit to Kyiv early next month but will not go to Moscow, sources told reporters."],
          "diplomacy", "diplomacy", 3, KEL_D, basis=bq + "12:15 GMT.", notes="No headline."),
        E("Watch: rescuers carry patients from the burning clinic", "2024-12-10 10:40", None, [],
          "strikes", "strikes", 1, "zaporizhzhia-clinic-video", basis=bq + "10:40 GMT.", notes="Video/gallery block with no text; own story, importance 1."),
        E("Russian missile hits private clinic in Zaporizhzhia", "2024-12-10 08:05", "Callum Reid",
          ["A Russian missile struck a private clinic in the southern city of Zaporizhzhia on Tuesday morning, killing four people, officials said.",
           "Neighbouring homes were also damaged."],
          "strikes", "strikes", 3, MAIN_D, kp=True, basis=bq + "08:05 GMT."),
    ]
    h = tribune("Russia-Ukraine war live: nine killed in strike on Zaporizhzhia clinic", UTCZ, "Tuesday 10 December 2024",
                "https://quaysidetribune.example/world/live/2024/dec/10/russia-ukraine-war-live", es,
                "Kyiv says the attack hit a medical centre; Moscow claims a military target")
    write("1032", "quaysidetribune_live", "html", h, "Quayside Tribune",
          "Russia-Ukraine war live: nine killed in strike on Zaporizhzhia clinic | Quayside Tribune", "UTC", UTCZ, es,
          "HTML live blog with LiveBlogPosting JSON-LD (+00:00) and visible 'HH:MM GMT'. Key points list two headlines. One headline-less block (Kellogg); one 'Watch:' block with no text.",
          ["cookie notice", "header/nav", "kicker", "standfirst", "dateline", "share rows", "'Key points' list", "gallery label", "newsletter", "'Most viewed'", "footer"])

    bg = "RSS pubDate GMT = UTC; "
    es = [
        E("Japanese atomic bomb survivors receive Nobel peace prize", "2024-12-10 21:10", "Lars Eide",
          ["Representatives of Nihon Hidankyo, a group of survivors of the Hiroshima and Nagasaki bombings, accepted the Nobel peace prize at a ceremony in Oslo."],
          "other", "unrelated", 1, "nobel-peace-prize-hidankyo", basis=bg + "21:10.", notes="off-beat: Nobel ceremony."),
        E("Zaporizhzhia clinic strike kills nine", "2024-12-10 19:00", "Ines Coulter",
          ["A Russian missile attack on a private clinic in the Ukrainian city of Zaporizhzhia killed nine people, officials said, while Moscow said it had struck a drone workshop."],
          "strikes", "strikes", 3, MAIN_D, basis=bg + "19:00."),
        E("Syria's new rulers appoint interim prime minister", "2024-12-10 16:30", "Marcus Lowe",
          ["The rebel alliance that toppled Bashar al-Assad named a caretaker prime minister to lead the government until March."],
          "other", "unrelated", 1, "syria-interim-prime-minister", basis=bg + "16:30.", notes="off-beat: Syria."),
        E("Trump envoy Kellogg to visit Kyiv, but not Moscow", "2024-12-10 13:00", "Marcus Lowe",
          ["Retired general Keith Kellogg, Donald Trump's choice as envoy for the war, is preparing a trip to Kiev and other European capitals in January, officials said."],
          "diplomacy", "diplomacy", 3, KEL_D, basis=bg + "13:00.", notes="Body spells the capital 'Kiev' (other sources: Kyiv)."),
        E("Heavy snow grounds flights across Scandinavia", "2024-12-10 09:40", "Lars Eide",
          ["Dozens of flights were cancelled at airports in Oslo and Stockholm after heavy overnight snowfall."],
          "other", "unrelated", 1, "scandinavia-snow-flights", basis=bg + "09:40.", notes="off-beat: weather."),
    ]
    write("1033", "globerelay_rss", "xml", globe_rss("Tue, 10 Dec 2024 21:15:00 GMT", es), "Globe Relay",
          "Globe Relay - Top World Stories", "UTC", UTCZ, es,
          "RSS 2.0 world feed; two of five items are about the war.", ["channel metadata", "category elements"])

    ba = "Atom <published> with +02:00 (EET) offset; "
    es = [
        E("Kremlin: Zaporizhzhia strike targeted military site", "2024-12-10 18:20", "Liene Berzina",
          ["Kremlin spokesperson Dmitry Peskov said Russia's army struck only military objects, responding to questions about the deadly attack on a clinic in Zaporizhzhia."],
          "strikes", "strikes", 3, MAIN_D, basis=ba + "18:20+02:00 = 16:20 UTC."),
        E("Bryansk oil depot ablaze after Ukrainian drone attack", "2024-12-10 15:10", "Kristaps Ozols",
          ["A fire broke out at an oil depot in Russia's Bryansk region after an overnight drone attack, local authorities said."],
          "strikes", "strikes", 3, BRY_D, basis=ba + "15:10+02:00 = 13:10 UTC."),
        E("Lithuania's new government wins parliament's approval", "2024-12-10 12:00", "Liene Berzina",
          ["Lithuania's Seimas approved the programme of Prime Minister Gintautas Paluckas's coalition government."],
          "other", "unrelated", 1, "lithuania-government-approved", basis=ba + "12:00+02:00 = 10:00 UTC.", notes="off-beat: Lithuanian domestic politics."),
        E("Four killed as missile hits clinic in Zaporizhzhia", "2024-12-10 09:30", "Kristaps Ozols",
          ["At least four people died when a Russian missile struck a private medical clinic in Zaporizhzhia, Ukraine's regional authorities said."],
          "strikes", "strikes", 3, MAIN_D, basis=ba + "09:30+02:00 = 07:30 UTC."),
    ]
    write("1034", "amberwaypost_atom", "xml", amber_atom("2024-12-10T18:20:00+02:00", es), "Amberway Post", "Amberway Post",
          "Europe/Riga", RIGA, es, "Atom feed; <published> with +02:00.", ["feed metadata"])


if __name__ == "__main__":
    dayC()
    dayD()
