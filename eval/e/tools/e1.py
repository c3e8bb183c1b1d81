"""Day e1: Saturday 10 February 2024 (winter: UK = UTC, Kyiv = UTC+2, Moscow = UTC+3)."""
from common import Entry as E, Source

D = "2024-02-10 "
K = "e1-kharkiv-strike"
DK = "e1-denmark-aid"
RF = "e1-krasnodar-refinery"
PB = "e1-pobeda-claim"
ER = "e1-zelensky-erdogan-call"

northline = Source("700", "e1", "northline-liveblog", "txt", "northline", "Northline Ledger", "Europe/London",
    "Russia-Ukraine war live: Kharkiv death toll climbs to eight after missile strike on apartment block",
    [
        E(D + "18:48", "Kharkiv death toll rises to eight as rescue operation ends", [
            "Eight people are now known to have died after a Russian missile tore through a residential block in Kharkiv early on Saturday, the city's mayor has said, as emergency crews wrapped up their search of the rubble.",
            "Ihor Terekhov said 34 people had been injured, among them five children, and that a nine-year-old girl was among the dead.",
            "The regional governor, Oleh Syniehubov, told local television that the last body had been recovered from the fifth floor of the building shortly before dusk. Two of the wounded remain in a critical condition, he said.",
        ], K, "strikes", "strikes", 3, kp=True, author="Nadia Ferris",
          after=["Emergency workers on the upper floors of the damaged block in Kharkiv. Photograph: Anton Shtuka/Northline"]),
        E(D + "17:30", "'Russia once again chose to kill civilians' - Zelensky on Kharkiv strike", [],
          K, "strikes", "strikes", 1, author="Nadia Ferris",
          note="headline-only video teaser quoting a reaction to the day's main attack: same story (cf. 000-09), importance 1"),
        E(D + "16:52", "Zelensky and Erdoğan discuss Black Sea shipping and prisoner swaps", [
            "Volodymyr Zelensky says he has spoken by phone with Turkey's president, Recep Tayyip Erdoğan, about keeping merchant ships moving through the Black Sea and about Ankara's help in arranging further prisoner exchanges.",
            "The Ukrainian leader said he had thanked Erdoğan for Turkey's \"consistent support for our sovereignty\" and invited him to take part in a future peace conference.",
            "Turkey's presidency said Erdoğan had told Zelensky that Ankara was ready to host talks between the warring sides \"at any level\".",
        ], ER, "diplomacy", "diplomacy", 3, author="Nadia Ferris"),
        E(D + "15:40", "Denmark unveils new military aid package for Ukraine", [
            "Denmark has announced its 15th package of military support for Ukraine, worth about 1.7bn kroner (£195m), with artillery shells and mine-clearing equipment making up the bulk of it.",
            "The defence minister, Troels Lund Poulsen, said the package would be paid for from Denmark's Ukraine fund and that part of the ammunition would be bought from European manufacturers.",
            "Copenhagen has also pledged F-16 fighter jets to Kyiv, although the first aircraft are not expected before the summer.",
        ], DK, "aid", "aid", 3, kp=True, author="Nadia Ferris"),
        E(D + "14:25", "Explained: why Kharkiv has so little time to take cover", [
            "Kharkiv sits barely 30km from the Russian border, which means a missile fired from the Belgorod region can reach the city in well under a minute.",
            "Russia has repeatedly used S-300 air-defence missiles, designed to shoot down aircraft, as makeshift ground-attack weapons against the city. Their short flight time often means the siren sounds only after the impact.",
            "Ukrainian officials argue that only long-range systems such as Patriot, placed close to the city, could give residents meaningful protection, but those batteries are scarce and needed elsewhere.",
            "City authorities have responded by moving classrooms underground and building concrete shelters at bus stops.",
        ], "e1-explainer-kharkiv-warning-time", "strikes", "strikes", 2, author="Nadia Ferris",
          note="explainer on the theme of the main event, not the event itself: separate story"),
        E(D + "13:10", "Pictured: Kharkiv's underground classrooms", [],
          "e1-photos-kharkiv-underground-school", "other", "humanitarian", 1, author="Nadia Ferris",
          note="photo teaser with no body on a theme (schools under fire), not the strike: separate story"),
        E(D + "11:55", "Russia says it hit a drone workshop in Kharkiv; Ukraine says only homes were struck", [
            "Russia's defence ministry has claimed that its overnight strike on Kharkiv destroyed a workshop where Ukrainian troops assembled long-range drones, as well as a building housing what it called foreign mercenaries.",
            "The claim was flatly rejected by Kharkiv's governor, who said there was no military site anywhere near the apartment block that was hit. \"There is a playground, a pharmacy and a bakery in that courtyard. That is all,\" Oleh Syniehubov said.",
            "At least five people were killed in the attack, according to Ukrainian officials.",
        ], K, "strikes", "strikes", 3, kp=True, author="Nadia Ferris"),
        E(D + "10:20", "Ukrainian drones target oil refinery in southern Russia", [
            "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, a source in Ukraine's security service has told the Ledger, describing it as part of a campaign against the fuel that powers Moscow's war effort.",
            "Regional authorities in Krasnodar said a fire had broken out at the Afipsky refinery after a drone was shot down over the site, but insisted the blaze had been put out within an hour and that nobody was hurt.",
            "Russia's defence ministry said its air-defence units had destroyed 11 Ukrainian drones over the region.",
        ], RF, "strikes", "strikes", 3, author="Nadia Ferris"),
        E(D + "09:05", "Ukrainian MPs to resume debate on contested mobilisation bill", [
            "Ukraine's parliament is due to resume work next week on a bill that would tighten the rules for calling up soldiers, after lawmakers tabled more than 1,000 amendments to the draft.",
            "The proposal, which would lower the age at which men can be mobilised from 27 to 25, has divided the governing party and prompted protests from families of serving troops who want fixed terms of service.",
        ], "e1-mobilisation-bill", "other", "politics", 2, author="Nadia Ferris"),
        E(D + "07:40", "Missile strike on Kharkiv apartment block kills at least four", [
            "A Russian missile has hit a multi-storey apartment building in Kharkiv, Ukraine's second-largest city, killing at least four people and injuring more than 20, regional officials say.",
            "The strike, shortly after 3am local time, brought down part of the building's upper floors. Firefighters were still pulling people from the debris at daybreak.",
            "The city's mayor said a warehouse belonging to a parcel delivery company nearby had also caught fire.",
        ], K, "strikes", "strikes", 3, author="Nadia Ferris"),
        E(D + "07:02", "Opening summary", [
            "Good morning and welcome to our live coverage of the war in Ukraine. Here are the main developments so far:",
            "A Russian missile strike on a residential district of Kharkiv overnight has killed at least three people, according to the city's mayor, with several more believed to be trapped under rubble.",
            "Officials in Russia's Krasnodar region reported a fire at an oil refinery after what they described as a drone attack.",
            "Denmark is expected to announce a fresh package of military aid later today.",
        ], K, "strikes", "strikes", 3, sec=["aid"], author="Nadia Ferris",
          note="opening round-up covering several stories; labelled by its lead item (the Kharkiv strike)"),
    ],
    notes=("Plain-text scrape of a UK live blog (newest first). Each post: stamp line 'HH.MM GMT', headline, body lines, "
           "optional photo caption ('Photograph: ...'), then a 'Share' line; 'Advertisement' after every third post. "
           "UK local time = GMT = UTC in February. The page byline (Nadia Ferris) is the only byline and is used as author "
           "of every post. The 'Key Points' block lists three headlines of posts below (key_point true for them). "
           "Post 700-02 is a headline-only video teaser; 700-06 is a headline-only photo teaser on a theme."),
    updated="Sat 10 Feb 2024 18.55 GMT", first="Sat 10 Feb 2024 07.02 GMT", byline="Nadia Ferris",
    standfirst=["Rescuers end search of ruined building as toll reaches eight; Denmark unveils new weapons package; "
                "Ukrainian drones target refinery in southern Russia"],
)

volga = Source("701", "e1", "volga-courier-chronicle", "txt", "volga", "Volga Courier", "Europe/Moscow",
    "Special military operation: chronicle of events for 10 February",
    [
        E(D + "21:30", None, [
            "Pupils in Melitopol will begin the new term in a renovated school building, the head of the Zaporozhye region, Yevgeny Balitsky, said on Saturday.",
            "According to him, the school was restored with money from the federal budget and has a bomb shelter for 600 people.",
        ], "e1-melitopol-school", "other", "humanitarian", 2),
        E(D + "19:50", None, [
            "Over the past week, units of the Russian armed forces inflicted losses of up to 5,400 servicemen on the Armed Forces of Ukraine, the Russian Defence Ministry said in its weekly summary.",
            "The ministry also reported the destruction of 14 tanks, nine Western-made artillery systems and six ammunition depots.",
        ], "e1-mod-weekly-summary", "other", "frontline", 2),
        E(D + "18:45", None, [
            "Copenhagen's new arms package for the Kiev regime will only drag out the conflict and add to the number of victims, Foreign Ministry spokeswoman Maria Zakharova said, commenting on Denmark's announcement.",
            "\"Danish taxpayers are once again paying for weapons that will end up as scrap metal on the battlefield,\" she wrote.",
        ], DK, "aid", "aid", 3, sec=["diplomacy"],
          note="Russian reaction to the Danish package; its main content is the package, so same story"),
        E(D + "17:10", None, [
            "Ships of the Baltic Fleet have begun exercises to repel attacks by unmanned boats, the fleet's press service reported.",
            "More than 20 warships and support vessels and up to 1,500 servicemen are taking part in the drills, which will run until 15 February.",
        ], "e1-baltic-fleet-drills", "other", "security", 2),
        E(D + "15:10", None, [
            "Units of the Yug group of forces have fully liberated the settlement of Pobeda in the Donetsk People's Republic, the Russian Defence Ministry reported.",
            "According to the ministry, the enemy lost up to 210 servicemen, two tanks and a Bradley infantry fighting vehicle in this direction over the past day.",
        ], PB, "other", "frontline", 3, after=["Read also: Lavrov: the West is not interested in a settlement"]),
        E(D + "13:30", None, [
            "The Russian army strikes only military infrastructure and defence-industry facilities, Kremlin spokesman Dmitry Peskov told journalists when asked about Kiev's statements on casualties in Kharkov.",
            "\"Our military does not strike residential buildings. These are claims of the Kiev regime, which has repeatedly placed its equipment in residential neighbourhoods,\" Peskov said.",
        ], K, "strikes", "strikes", 3, note="Kremlin reaction whose main content is the Kharkiv attack: same story"),
        E(D + "12:05", None, [
            "The Russian armed forces delivered a strike with high-precision weapons on a workshop for the assembly of long-range unmanned aerial vehicles in Kharkov, the Russian Defence Ministry said.",
            "A temporary deployment point of foreign mercenaries located nearby was also hit, the ministry said. \"The goal of the strike has been achieved. All designated targets have been hit,\" the statement said.",
        ], K, "strikes", "strikes", 3, after=["Photo: Russian Defence Ministry press service"]),
        E(D + "10:40", None, [
            "The Armed Forces of Ukraine shelled the village of Zhuravlevka in the Belgorod region, wounding one civilian, Governor Vyacheslav Gladkov said.",
            "According to the governor, a man suffered shrapnel wounds to the leg and was taken to hospital in Belgorod. Two private houses and a power line were damaged.",
        ], "e1-belgorod-zhuravlevka-shelling", "strikes", "strikes", 2),
        E(D + "09:15", None, [
            "Air defence systems intercepted and destroyed 11 Ukrainian unmanned aerial vehicles over the Krasnodar Territory overnight, the Russian Defence Ministry reported.",
            "The regional emergency headquarters said debris from one of the drones fell on the grounds of the Afipsky oil refinery, causing a fire that was quickly extinguished. There were no casualties, and the plant is operating normally.",
        ], RF, "strikes", "strikes", 3),
    ],
    notes=("Russian-side online chronicle (plain-text scrape), newest first. Entries have NO headline: a 'HH:MM' line "
           "followed by paragraphs separated by blank lines, so headline is null and the first paragraph carries the "
           "first sentence. One date header; the page says all times are Moscow time (UTC+3). Russian wording: "
           "'Kharkov', 'Kiev regime', 'liberated'. 'Read also:' related links, 'Photo:' credits and 'Advertisement' "
           "markers sit between entries. No byline anywhere: author null."),
    date_header="Saturday, 10 February 2024", tags="special military operation, Kharkov, air defence, Denmark",
)

atlas = Source("702", "e1", "atlas-wire-world-rss", "xml", "rss", "Atlas Wire", "UTC", "Atlas Wire | World",
    [
        E(D + "19:05", "Toll from Russian missile strike on Kharkiv rises to eight", [
            "The number of people killed when a Russian missile hit an apartment building in Kharkiv has risen to eight, Ukrainian officials said on Saturday evening, after rescuers finished searching the wreckage.",
            "A nine-year-old girl was among the dead and 34 people were wounded, Mayor Ihor Terekhov said. Moscow maintains it struck a military workshop in the city, which Kharkiv officials deny.",
        ], K, "strikes", "strikes", 3, author="Leila Kassam"),
        E(D + "17:40", "Israeli air strikes on Rafah kill at least 20, Gaza health officials say", [
            "Israeli air strikes on the southern Gaza city of Rafah killed at least 20 people overnight, the territory's health ministry said, as fears grew of a ground assault on a city sheltering more than a million displaced people.",
            "The Israeli military said it had struck militant targets in the area and was taking steps to limit harm to civilians.",
        ], "e1-offbeat-rafah-strikes", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
        E(D + "16:20", "Denmark pledges artillery shells and demining gear to Ukraine", [
            "Denmark on Saturday announced a new military aid package for Ukraine worth 1.7 billion Danish crowns ($246 million), focused on artillery ammunition and mine-clearing equipment.",
            "Defence Minister Troels Lund Poulsen said deliveries would start in the spring. It is Copenhagen's 15th such package since Russia's full-scale invasion began in February 2022.",
        ], DK, "aid", "aid", 3, author="Leila Kassam"),
        E(D + "15:10", "Pakistan's vote count drags on as rival camps both claim victory", [
            "Pakistan's election commission was still releasing results two days after the vote, as candidates backed by jailed former prime minister Imran Khan and the party of Nawaz Sharif both claimed to have won the most seats.",
            "Delays in the count have fuelled allegations of rigging, which the commission rejects.",
        ], "e1-offbeat-pakistan-election", "other", "unrelated", 1, author="Priya Natarajan", offbeat=True),
        E(D + "13:55", "First UN aid convoy in weeks reaches Sudan's North Darfur", [
            "A convoy of 20 lorries carrying food and medicine has reached El Fasher in Sudan's North Darfur state, the first UN delivery to the area in more than a month, the World Food Programme said.",
            "Aid agencies say fighting between the army and the paramilitary Rapid Support Forces has left millions of people in Darfur cut off from help.",
        ], "e1-offbeat-darfur-aid-convoy", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
        E(D + "12:30", "Atlantic storm batters Portugal and Spain, grounding flights", [
            "Gale-force winds and heavy rain swept across Portugal and north-western Spain on Saturday, cutting power to tens of thousands of homes and forcing the cancellation of dozens of flights in Lisbon and Porto.",
            "Portugal's civil protection agency said it had recorded more than 1,500 incidents, mostly fallen trees and flooding.",
        ], "e1-offbeat-iberia-storm", "other", "unrelated", 1, author="Marta Ruiz", offbeat=True),
        E(D + "11:15", "Watch: Rescuers pull a woman from the rubble in Kharkiv", [],
          K, "strikes", "strikes", 1, author="Atlas Wire video",
          note="headline-only video teaser showing the day's main strike site: same story, importance 1"),
        E(D + "10:05", "Oil posts biggest weekly gain since October", [
            "Brent crude ended the week more than 6% higher, its biggest weekly rise since October, as traders weighed the risk of supply disruption in the Middle East against a gloomy outlook for Chinese demand.",
            "US benchmark West Texas Intermediate also gained about 6% over the week.",
        ], "e1-offbeat-oil-prices", "other", "unrelated", 1, author="Daniel Okafor", offbeat=True),
        E(D + "08:40", "Six Nations: France head to Edinburgh looking to bounce back", [
            "France travel to Murrayfield on Saturday hoping to revive their Six Nations campaign after a heavy opening-round defeat, while Scotland's coach has named an unchanged side.",
            "Kick-off is at 16:45 GMT.",
        ], "e1-offbeat-six-nations", "other", "unrelated", 1, author="Tom Reilly", offbeat=True),
        E(D + "07:30", "US and Chinese officials hold talks on curbing fentanyl trade", [
            "Senior American and Chinese officials met in Beijing this week for the first session of a new working group on counter-narcotics, both governments said, in a sign of a cautious thaw in relations.",
            "Washington wants China to tighten controls on the chemicals used to make fentanyl.",
        ], "e1-offbeat-us-china-fentanyl-talks", "other", "unrelated", 1, author="Priya Natarajan", offbeat=True),
        E(D + "06:50", "Russian missile hits apartment block in Ukraine's Kharkiv, killing three", [
            "A Russian missile struck a residential building in the north-eastern Ukrainian city of Kharkiv before dawn on Saturday, killing three people and wounding 18, local officials said.",
            "Several people were feared trapped under the collapsed upper floors, Kharkiv Mayor Ihor Terekhov said.",
        ], K, "strikes", "strikes", 3, author="Leila Kassam"),
    ],
    notes=("General world-news RSS 2.0 feed (newest first); the war is a minority of items (4 of 11). Off-beat items "
           "(Gaza, Sudan, Pakistan election, weather, business, sport, US-China talks) are labelled other/unrelated, "
           "importance 1, with 'off-beat' in their notes. pubDate is GMT (= UTC). Bodies are in <description> as CDATA HTML "
           "paragraphs; the video teaser has an empty <description> (no body)."),
    link="https://atlaswire.example/world", description="World news from Atlas Wire", guid_prefix="atlas",
)

dnipro = Source("703", "e1", "dnipro-chronicle-live", "html", "dnipro", "Dnipro Chronicle", "Europe/Kyiv",
    "Russia's war against Ukraine: live updates for 10 February 2024",
    [
        E(D + "21:10", "Zelensky vows response to Kharkiv strike, renews plea for air defence", [
            "President Volodymyr Zelensky said in his nightly address that Russia \"will feel the consequences\" of the attack on Kharkiv, and repeated his call on partners to speed up deliveries of air-defence systems.",
            "\"Every Patriot battery, every missile for it, means lives saved in cities like Kharkiv,\" he said, adding that he had discussed the issue with several European leaders during the day.",
        ], K, "strikes", "strikes", 3, sec=["aid"], author="Maksym Lysak",
          note="reaction to the main attack that also pleads for air defence; headline leads with the strike"),
        E(D + "20:35", "Kharkiv: rescuers end search, death toll at eight", [
            "Emergency workers have completed the search and rescue operation at the damaged high-rise in Kharkiv's Kyivskyi district, the State Emergency Service said.",
            "In total, eight people died, including a nine-year-old girl, and 34 were injured. More than 170 flats in surrounding buildings had their windows blown out.",
        ], K, "strikes", "strikes", 3, author="Maksym Lysak"),
        E(D + "18:20", "Zelensky and Erdogan discuss navigation in the Black Sea", [
            "Zelensky held a phone call with Turkish President Recep Tayyip Erdogan, focusing on the safety of merchant shipping in the Black Sea and the return of Ukrainian prisoners of war.",
            "The two leaders also discussed preparations for a peace summit, Zelensky wrote on X. Turkey has helped to broker several prisoner exchanges since 2022.",
        ], ER, "diplomacy", "diplomacy", 3, author="Oksana Hrytsenko"),
        E(D + "16:45", "Denmark approves 15th aid package with shells and demining equipment", [
            "Denmark has approved a new military aid package for Ukraine worth DKK 1.7 billion, Defence Minister Rustem Umerov said, thanking his Danish counterpart.",
            "According to the Danish Defence Ministry, the package includes 155mm artillery rounds, demining equipment and funds for weapons production in Ukraine under the so-called Danish model.",
        ], DK, "aid", "aid", 3, author="Oksana Hrytsenko"),
        E(D + "16:20", "General Staff: Pobieda has not been captured, fighting continues", [
            "Ukraine's General Staff has denied Russian claims that Moscow's troops have taken the village of Pobieda west of Donetsk.",
            "\"Our defenders continue to hold their positions near Pobieda and Novomykhailivka. The enemy made 11 unsuccessful assaults in this area over the past day,\" a military spokesman said on national television.",
        ], PB, "other", "frontline", 3, author="Oksana Hrytsenko",
          note="denial of the Russian capture claim (701-05); spelling variant Pobieda/Pobeda"),
        E(D + "15:30", "Kharkiv governor: there were no military targets at the site of the strike", [
            "Kharkiv regional governor Oleh Syniehubov has rejected Moscow's claim that its missile hit a drone workshop, saying the building was an ordinary residential block.",
            "\"The Russians are lying, as always. There were families, children and elderly people in that building,\" he wrote on Telegram. Investigators have identified fragments of an Iskander-M missile, according to the regional prosecutor's office.",
        ], K, "strikes", "strikes", 3, author="Maksym Lysak"),
        E(D + "13:40", "Sources: SBU drones hit Afipsky refinery in Krasnodar region", [
            "Drones operated by Ukraine's Security Service (SBU) struck the Afipsky oil refinery in Russia's Krasnodar region overnight, a source in the agency told the Dnipro Chronicle.",
            "The source said the strike damaged a primary oil processing unit. Russian officials acknowledged a fire at the plant but said it was caused by falling debris.",
        ], RF, "strikes", "strikes", 3, author="Oksana Hrytsenko"),
        E(D + "10:05", "Kharkiv toll rises to five, including a child", [
            "The number of people killed in the overnight missile strike on Kharkiv has risen to five, including a nine-year-old girl, Mayor Ihor Terekhov said.",
            "Twenty-six people have been injured. Rescuers are taking apart the collapsed fifth and sixth floors by hand, fearing that more residents may be trapped.",
        ], K, "strikes", "strikes", 3, author="Maksym Lysak"),
        E(D + "09:20", "Analysis: how many S-300s does Russia have left?", [
            "Since the start of the full-scale invasion, Russia has fired hundreds of S-300 and S-400 interceptors at Ukrainian cities, turning a defensive weapon into a crude ballistic missile.",
            "Military analysts interviewed by the Dnipro Chronicle estimate that Moscow inherited several thousand of the missiles from Soviet stocks, many of them close to the end of their shelf life.",
            "That, they say, helps explain why cities within 100 km of the border, such as Kharkiv, remain the main targets.",
        ], "e1-analysis-s300-stocks", "strikes", "strikes", 2, author="Oksana Hrytsenko",
          note="analysis on a theme related to the main event, not the event: separate story"),
        E(D + "08:15", "Missile hits high-rise in Kharkiv: three dead, 18 injured", [
            "Three people were killed and 18 injured when a Russian missile struck a residential high-rise in Kharkiv at about 03:10, regional governor Oleh Syniehubov said.",
            "Part of the building collapsed. A warehouse of a postal operator nearby also caught fire.",
        ], K, "strikes", "strikes", 3, author="Maksym Lysak"),
        E(D + "07:30", "Air Force: 23 of 31 drones shot down overnight", [
            "Ukraine's air defence destroyed 23 of 31 Shahed-type attack drones launched by Russia overnight, mostly over the Mykolaiv and Odesa regions, the Air Force said.",
            "Debris damaged a farm building in the Mykolaiv region; no casualties were reported.",
        ], "e1-overnight-drones-south", "strikes", "strikes", 2, author=None,
          note="overnight drone wave on the south, a different attack from the Kharkiv missile strike"),
    ],
    notes=("HTML live blog of a Ukrainian English-language outlet, newest first. Each update is an <article> with "
           "<time datetime='...+02:00'>HH:MM</time>, optional author span, <h2> headline and <p> paragraphs. "
           "The page states 'All times are Kyiv time (UTC+2).' One update (703-11) has no author. Spelling 'Erdogan' "
           "(vs 'Erdoğan' elsewhere) and 'Pobieda' (vs Russian 'Pobeda')."),
    standfirst="Kharkiv counts its dead after a night missile strike; Denmark approves new aid; SBU drones reach a Russian refinery.",
    tz_note="All times are Kyiv time (UTC+2).", slug_url="2024-02-10", datetime_attr=True,
)

SOURCES = [northline, volga, atlas, dnipro]
