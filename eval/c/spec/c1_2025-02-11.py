# Day C1, Tuesday 11 February 2025: four sources (TRT-style text, a general world RSS feed where the war is a
# minority, a JSON-LD HTML live blog, an Atom feed). All text written for this set; outlets other than TRT are invented.
# The day's main event (a missile and drone attack on Zaporizhzhia, toll 4 -> 7 -> 9 -> 11) is told by all four.

def E(t, h, body, topic, imp, story, sub=None, **kw):
    return dict(t=t, h=h, body=body, topic=topic, imp=imp, story=story, sub=sub or ("strikes" if topic == "strikes" else topic), **kw)


DAY = "2025-02-11"

TRT = dict(format="trt", day=DAY, name="TRT World",
           title="Live blog: Russian strike on Zaporizhzhia kills 11 as EU sanctions talks stall",
           standfirst="Russia-Ukraine war enters its 1,084th day.",
           caption="Rescuers at the bus station in Zaporizhzhia / Photo: AA",
           notes="TRT-style text live blog, GMT stamps under a date header, newest first.")
TRT_E = [
    E("19:40", "Zaporizhzhia strike death toll climbs to 11",
      ["The number of people killed in Tuesday's Russian missile and drone attack on Zaporizhzhia has risen to 11, regional governor Andriy Kostenko said.",
       "Another 38 people were injured, eight of them children, and rescuers were still clearing the wreckage of a four-storey building next to the bus station late in the evening.",
       "Kostenko declared Wednesday a day of mourning."], "strikes", 3, "zaporizhzhia-strike-2025-02-11"),
    E("17:55", "Sweden unveils SEK 1.9bn air defence package for Ukraine",
      ["Sweden will send Ukraine air defence equipment worth 1.9 billion kronor, including two mobile radar systems and missiles for the IRIS-T launchers Kyiv already operates, Defence Minister Pal Jonson said.",
       "It is Sweden's 18th military aid package since the full-scale invasion began."], "aid", 3, "sweden-air-defence-package"),
    E("16:10", "EU ministers fail to agree new Russia sanctions as Hungary holds out",
      ["European Union foreign ministers meeting in Brussels could not agree a 16th package of sanctions against Russia after Hungary refused to lift its objection to several names on the list.",
       "The package, which targets Russian aluminium imports and dozens of tankers, needs the backing of all 27 members.",
       "The bloc's foreign policy chief said she hoped for a deal before the end of the month."], "diplomacy", 3, "eu-sanctions-hungary-veto"),
    E("14:25", "Ukrainian drones hit oil refinery in Russia's Saratov region",
      ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, starting a large fire, a source in Ukraine's security service told reporters.",
       "The governor of the Saratov region said debris from downed drones had caused a fire at an \"industrial facility\" and that two workers were injured."], "strikes", 3, "saratov-refinery-strike"),
    E("12:30", "Zaporizhzhia toll rises to seven, dozens injured",
      ["Seven people are now confirmed dead after Russian missiles and drones hit Zaporizhzhia in the morning, the regional administration said.",
       "More than 30 people have been taken to hospital, and several are in a serious condition."], "strikes", 3, "zaporizhzhia-strike-2025-02-11"),
    E("11:05", "Zelenskyy condemns 'cynical' attack on Zaporizhzhia",
      ["President Volodymyr Zelenskyy said the strike on Zaporizhzhia was a \"cynical\" attack on people going to work and school.",
       "\"Ballistic missiles against a bus station: this is the whole truth about Russia's intentions,\" he wrote, sharing footage of the damaged building."], "strikes", 3, "zaporizhzhia-strike-2025-02-11"),
    E("09:20", "Russia claims capture of Dachne near Pokrovsk",
      ["Russia's defence ministry said its forces had taken control of the village of Dachne, south-west of Pokrovsk in the Donetsk region.",
       "Ukraine's military did not confirm the claim but reported 47 Russian assaults on the Pokrovsk front over the past day."], "other", 3, "russia-claims-dachne", sub="frontline"),
    E("07:45", "Russian missiles and drones strike Zaporizhzhia, killing four",
      ["At least four people were killed when Russian missiles and drones struck Zaporizhzhia early on Tuesday, hitting the central bus station and a nearby apartment block, the regional governor said.",
       "Fires broke out in several buildings and emergency crews were searching for people trapped under the rubble."], "strikes", 3, "zaporizhzhia-strike-2025-02-11"),
    E("05:30", "Ukraine says 63 of 96 Russian drones shot down overnight",
      ["Ukraine's air force said it shot down 63 of the 96 attack drones Russia launched overnight, while 29 others were lost to electronic jamming.",
       "The drones targeted the Kharkiv, Sumy, Poltava and Zaporizhzhia regions, it said."], "strikes", 2, "overnight-drones-2025-02-11"),
    E("03:10", "Estonia expels Russian diplomat over 'hostile activity'",
      ["Estonia has ordered a Russian diplomat to leave the country within 48 hours, accusing him of working to undermine the Baltic state's security.",
       "Moscow said it would respond \"in kind\"."], "diplomacy", 2, "estonia-expels-russian-diplomat"),
]

WORLD = dict(format="rss", day=DAY, name="Northgate Herald", offset=0, base="https://northgateherald.example/world",
             guid="ngh", title="Northgate Herald - International", description="World news from the Northgate Herald",
             notes="General world-news RSS feed, GMT; 14 items of which 4 are about the war. Traps: an air strike in "
                   "Gaza, an earthquake that 'strikes', a dock strike, a singer honoured for aid work, an appeal for "
                   "flood aid and peace talks elsewhere are all other/unrelated.")
WORLD_E = [
    E("21:15", "Israeli air strikes kill nine in central Gaza, medics say",
      ["Israeli air strikes on two houses in central Gaza killed nine people, including three children, medics at a nearby hospital said.",
       "The Israeli military said it had targeted militants planning an attack."], "other", 1, "gaza-air-strikes-2025-02-11", sub="unrelated", section="Middle East"),
    E("20:30", "Okafor stuns top seed to reach Doha quarter-finals",
      ["Nigeria's Tunde Okafor beat the world number one in three sets to reach the quarter-finals of the Qatar Open, the biggest win of his career."], "other", 1, "tennis-doha-okafor", sub="unrelated", section="Sport"),
    E("19:05", "EU fails to agree sanctions on Russia after Hungarian veto",
      ["Hungary blocked the European Union's 16th package of sanctions against Russia on Tuesday, leaving foreign ministers without a deal after a day of talks in Brussels.",
       "Budapest wants several Russian businessmen removed from the list before it will agree, diplomats said."], "diplomacy", 3, "eu-sanctions-hungary-veto", section="Europe"),
    E("18:20", "Magnitude 6.4 earthquake strikes northern Chile",
      ["A magnitude 6.4 earthquake struck off the coast of northern Chile on Tuesday afternoon, shaking buildings in Antofagasta, but there were no early reports of damage or casualties.",
       "The navy ruled out a tsunami threat."], "other", 1, "chile-earthquake", sub="unrelated", section="Americas"),
    E("17:00", "Dockworkers' strike halts traffic at Antwerp port",
      ["Dockworkers at the port of Antwerp walked out for 24 hours in a dispute over pension reforms, leaving dozens of container ships waiting at anchor."], "other", 1, "antwerp-dock-strike", sub="unrelated", section="Europe"),
    E("15:45", "Zaporizhzhia attack: death toll rises to 9",
      ["Nine people have now died after a Russian attack on Zaporizhzhia in southern Ukraine, officials said, as rescuers pulled another body from the ruins of a building near the bus station.",
       "The city has been hit repeatedly since it lies about 30km from the front line."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", section="Europe"),
    E("14:10", "Singer Mara Quinn honoured for decades of aid work",
      ["The singer Mara Quinn received a lifetime award from the Red Cross in Geneva for more than 30 years of fundraising for famine relief and clean water projects in East Africa."], "other", 1, "mara-quinn-award", sub="unrelated", section="Culture"),
    E("13:00", "Iran sent missile launchers to Russia, Western officials say",
      ["Iran has delivered launchers for short-range ballistic missiles to Russia, three Western officials said on Tuesday, a step that would let Moscow fire Iranian missiles at Ukraine within weeks.",
       "Tehran denies arming Russia."], "aid", 3, "iran-launchers-to-russia", section="Middle East"),
    E("11:30", "Central bank holds rates as inflation cools",
      ["The central bank kept its main interest rate at 4.5 percent, saying inflation was falling faster than expected but that it wanted more evidence before cutting."], "other", 1, "central-bank-rates", sub="unrelated", section="Business"),
    E("10:15", "Floods displace thousands in Mozambique as UN appeals for aid",
      ["The United Nations appealed for $40m in emergency aid after floods forced more than 20,000 people from their homes in central Mozambique."], "other", 1, "mozambique-floods", sub="unrelated", section="Africa"),
    E("09:00", "Colombian government and rebels resume peace talks in Havana",
      ["Negotiators for the Colombian government and the ELN rebel group resumed peace talks in Havana after a three-month pause, with a ceasefire extension at the top of the agenda."], "other", 1, "colombia-eln-talks", sub="unrelated", section="Americas"),
    E("08:10", "Russian strike on Zaporizhzhia kills four",
      ["A Russian missile and drone attack on the Ukrainian city of Zaporizhzhia killed at least four people on Tuesday morning, the regional governor said."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", section="Europe"),
    E("07:00", "Costa Rica's ruling party claims victory in local elections",
      ["Costa Rica's governing party won most mayoral races in local elections on Sunday, according to final results published on Tuesday."], "other", 1, "costa-rica-elections", sub="unrelated", section="Americas"),
    E("06:20", "Space agency delays launch of new telescope to 2026",
      ["The launch of a new space telescope has been pushed back to 2026 after engineers found a fault in its cooling system."], "other", 1, "telescope-delay", sub="unrelated", section="Science"),
]

LEDGER = dict(format="jsonld", day=DAY, name="Lakeside Ledger", offset=2,
              base="https://lakesideledger.example/world/ukraine/live/2025-02-11",
              title="Ukraine war live: deadly strike on Zaporizhzhia; Sweden sends air defence",
              standfirst="Missiles hit a bus station in Zaporizhzhia; Iran's launchers reach Russia; Sweden's new package. All times are Kyiv time (UTC+2).",
              related=["Ukraine war: the map", "How Iran became Russia's supplier", "Kyiv's winter underground"],
              notes="HTML live blog with LiveBlogPosting JSON-LD (+02:00). A body-less 'Watch:' teaser naming Zaporizhzhia "
                    "joins the attack story; a body-less 'Explained:' teaser on Iran's missiles and a 'Pictured:' teaser "
                    "about Kyiv's metro are their own stories.")
LEDGER_E = [
    E("20:05", "Sweden's package includes two radar systems and IRIS-T missiles",
      ["Sweden's new air defence package for Ukraine, worth 1.9 billion kronor, includes two mobile radar systems and a supply of IRIS-T missiles, the Swedish government said.",
       "Stockholm said the equipment would help protect Ukrainian power plants."], "aid", 3, "sweden-air-defence-package", author="Petra Lund"),
    E("18:30", "Watch: Rescuers pull survivor from Zaporizhzhia rubble", [], "strikes", 1, "zaporizhzhia-strike-2025-02-11", author="Petra Lund"),
    E("17:15", "Explained: How Iran's missiles could change Russia's arsenal", [], "aid", 1, "explainer-iran-missiles", author="Petra Lund"),
    E("15:50", "Iran has delivered ballistic missile launchers to Russia, US officials say",
      ["US officials say Iran has shipped launchers for its Fath-360 ballistic missiles to Russia, and that Russian crews have been trained to use them.",
       "Washington warned Tehran of new sanctions if the missiles are fired at Ukraine."], "aid", 3, "iran-launchers-to-russia", author="Petra Lund"),
    E("13:40", "Zaporizhzhia: seven dead as rescuers keep searching",
      ["The death toll from the morning attack on Zaporizhzhia has risen to seven, the regional administration said, with rescuers still searching the wreckage of an apartment block by the bus station."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", author="Mykola Hrytsak"),
    E("12:00", "UN condemns attack on Zaporizhzhia bus station",
      ["The UN's humanitarian coordinator for Ukraine said she was \"appalled\" by the strike on the bus station in Zaporizhzhia, which hit people on their way to work.",
       "\"Attacks on civilians are prohibited under international law,\" she said."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", author="Mykola Hrytsak"),
    E("10:25", "Russian forces enter Dachne, Moscow says",
      ["Russia says its troops have captured Dachne, a village south-west of Pokrovsk.",
       "Ukrainian officers in the area told the Ledger that fighting continued on the village's western edge."], "other", 3, "russia-claims-dachne", sub="frontline", author="Mykola Hrytsak"),
    E("08:00", "Pictured: Kyiv metro stations fill with families during overnight alert", [], "other", 1, "pictured-kyiv-metro", sub="humanitarian", author="Mykola Hrytsak"),
    E("06:45", "Missiles hit Zaporizhzhia bus station and apartment block",
      ["Russian missiles struck the central bus station in Zaporizhzhia and an apartment block next to it shortly after 8am local time, governor Andriy Kostenko said.",
       "He said there were dead and injured and urged residents to stay in shelters."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", author="Mykola Hrytsak"),
]

VISTULA = dict(format="atom", day=DAY, name="Vistula Review", offset=1, tag="vistulareview.example",
               base="https://vistulareview.example/ukraine", title="Vistula Review — Ukraine",
               notes="Atom feed (+01:00). House style writes 'Zaporozhye', 'Kiev' and 'Saratov Oblast'. An analysis "
                     "with a body about why Zaporizhzhia is hit so often is a theme, its own story.")
VISTULA_E = [
    E("19:20", "Saratov refinery fire still burning, governor says",
      ["A fire at the oil refinery in Saratov Oblast that Ukrainian drones hit overnight was still burning on Tuesday evening, the regional governor said.",
       "Russia's defence ministry said it had shot down 11 drones over the region."], "strikes", 3, "saratov-refinery-strike", author="Jan Wilczek"),
    E("17:40", "Budapest blocks EU's 16th sanctions round",
      ["Hungary has blocked the EU's 16th package of sanctions on Russia, holding out for changes to the list of people it targets.",
       "Ministers will try again at their next meeting."], "diplomacy", 3, "eu-sanctions-hungary-veto", author="Jan Wilczek"),
    E("15:30", "Analysis: Why Zaporozhye keeps getting hit",
      ["Zaporozhye sits closer to the front line than any other large Ukrainian city, which gives its air defences only seconds of warning against Russian missiles.",
       "The city of 700,000 has become a testing ground for Russia's guided bombs and ballistic missiles alike, analysts say.",
       "Its factories, once the heart of Ukraine's aircraft engine industry, are an obvious target."], "strikes", 2, "analysis-zaporizhzhia-targeted", author="Ewa Marek"),
    E("13:15", "Death toll in Zaporozhye attack rises to nine",
      ["Nine people have died in the Russian attack on Zaporozhye, local authorities said, as emergency workers cleared debris from the damaged bus station."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", author="Jan Wilczek"),
    E("11:00", "Children evacuated from villages around Kupiansk",
      ["Authorities in the Kharkiv region have ordered families with children to leave nine more villages around Kupiansk as Russian shelling intensifies.",
       "About 400 children still live in the area, officials said."], "other", 2, "kupiansk-child-evacuation-2025-02-11", sub="humanitarian", author="Ewa Marek"),
    E("09:10", "Lithuanian prosecutors charge two over rail sabotage",
      ["Prosecutors in Lithuania have charged two men with damaging a railway signalling line on orders from Russian military intelligence.",
       "The men face up to ten years in prison."], "other", 2, "lithuania-rail-sabotage-charges", sub="security", author="Ewa Marek"),
    E("07:30", "Russian attack on Zaporozhye kills at least four",
      ["At least four people were killed in a Russian missile attack on Zaporozhye on Tuesday morning, the regional governor said.",
       "The missiles hit near the city's bus station."], "strikes", 3, "zaporizhzhia-strike-2025-02-11", author="Jan Wilczek"),
]

PAGES = [
    ("500", "c1-trt", TRT, TRT_E),
    ("501", "c1-northgate-world-rss", WORLD, WORLD_E),
    ("502", "c1-lakeside-live", LEDGER, LEDGER_E),
    ("503", "c1-vistula-atom", VISTULA, VISTULA_E),
]
