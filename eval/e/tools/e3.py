"""Day e3: Friday 14 June 2024 (summer: UK BST = UTC+1, Kyiv/Vilnius EEST = UTC+3, Moscow UTC+3, New York EDT = UTC-4).
First day of the consecutive pair e3/e4. The last Kestrel Dispatch post (9:10 p.m. ET on 14 June) is 01:10 UTC on
15 June, so it belongs to day e4's digest on purpose."""
from common import Entry as E, Source

D = "2024-06-14 "
K = "e3-kyiv-strike"
PC = "e3-putin-conditions"
G7 = "e3-g7-loan"
AZ = "e3-azov-oil-depot"
VV = "e3-vovchansk-plant"
HV = "e3-havana-warships"

# bodies that day e4 re-posts almost verbatim
ATLAS_KYIV_HEAD = "Russian attack on Kyiv kills three, damages children's clinic"
ATLAS_KYIV_BODY = [
    "Russia struck Kyiv with missiles and drones overnight, killing at least three people, damaging a children's clinic and bringing down part of an apartment block, Ukrainian officials said on Friday.",
    "Ukraine's air force said it had shot down most of the incoming missiles.",
]
VOLGA_MOD_BODY = [
    "Overnight, the Russian armed forces delivered a group strike with long-range high-precision air- and sea-based weapons on enterprises of the military-industrial complex and airfield infrastructure in the Kiev region, the Defence Ministry said.",
    "\"The objectives of the strike have been achieved. All designated targets have been hit,\" the statement said.",
]

kestrel = Source("720", "e3", "kestrel-dispatch-live", "html", "kestrel", "Kestrel Dispatch", "America/New_York",
    "Live updates: Russian strike kills seven in Kyiv; Putin sets terms for talks",
    [
        E(D + "21:10", "Kyiv rescuers find two more bodies, raising toll to nine", [
            "Emergency crews working through the night in Kyiv recovered two more bodies from the collapsed section of the apartment building, bringing the death toll from Friday's strike to nine, the city's military administration said.",
            "The search is expected to end by morning, officials said.",
        ], K, "strikes", "strikes", 3, author="Marcus Lee",
          note="deliberate date spill: 9:10 p.m. EDT on 14 June = 01:10 UTC on 15 June, so this entry is scored in day e4 (where the Kyiv strike is carried by several sources)"),
        E(D + "19:25", "Russian warships leave Havana after five-day visit", [
            "A Russian navy detachment led by a frigate and a nuclear-powered submarine left Havana harbor on Friday, ending a visit that Washington had watched closely but said posed no threat.",
            "The ships had conducted what Moscow called missile exercises in the Atlantic on their way to Cuba.",
        ], HV, "other", "security", 3, author="Elena Varga"),
        E(D + "16:50", "Kyiv rejects Putin's terms as an 'ultimatum'", [
            "Ukraine's Foreign Ministry said Putin's conditions for a ceasefire were \"manipulative\" and aimed at misleading the international community on the eve of the peace summit in Switzerland.",
            "\"There is nothing new in these demands. Russia wants Ukraine to hand over territory that Russia has not even been able to occupy,\" the ministry said in a statement.",
        ], PC, "diplomacy", "diplomacy", 3, author="Elena Varga",
          note="reaction whose main content is Putin's statement: same story"),
        E(D + "14:30", "Watch: Putin lays out his conditions for a ceasefire", [],
          PC, "diplomacy", "diplomacy", 1, author="Dispatch Video",
          note="headline-only video teaser of the statement itself: same story, importance 1"),
        E(D + "12:10", "Biden and Zelensky sign 10-year security pact", [
            "President Biden and Ukrainian President Volodymyr Zelensky signed a bilateral security agreement on the sidelines of the G7 summit in Italy, committing the United States to years of military training, weapons and intelligence sharing.",
            "The agreement does not commit American troops and could be undone by a future administration, officials acknowledged.",
        ], "e3-us-ukraine-security-pact", "diplomacy", "diplomacy", 3, sec=["aid"], author="Dana Whitcomb",
          note="single-source but a head-of-state diplomatic move: importance 3"),
        E(D + "11:05", "Putin says Russia will cease fire if Ukraine quits four regions and drops NATO bid", [
            "Russian President Vladimir Putin said Friday that Russia would halt fighting and open negotiations if Ukraine withdrew its troops from four regions Moscow claims to have annexed and formally abandoned its plans to join NATO.",
            "Speaking to diplomats at the Russian Foreign Ministry, Putin also demanded the lifting of Western sanctions. NATO's secretary general said the offer was \"not made in good faith.\"",
        ], PC, "diplomacy", "diplomacy", 3, author="Elena Varga"),
        E(D + "09:20", "G7 leaders agree $50 billion loan for Ukraine backed by Russian assets", [
            "Leaders of the Group of Seven agreed at their summit in southern Italy to lend Ukraine about $50 billion, to be repaid with the interest earned on frozen Russian central bank assets.",
            "Officials said the money could start flowing by the end of the year and would be used for both military and reconstruction needs.",
        ], G7, "aid", "aid", 3, sec=["diplomacy"], author="Dana Whitcomb"),
        E(D + "07:45", "Kyiv death toll rises to five; Russia blames Ukrainian air defense", [
            "At least five people were killed in the overnight attack on Kyiv, the city's mayor said, as Moscow claimed that the apartment building had been hit by a stray Ukrainian air-defense missile.",
            "Ukrainian prosecutors said they had found fragments of a Russian Kh-101 cruise missile at the site.",
        ], K, "strikes", "strikes", 3, author="Marcus Lee"),
        E(D + "06:00", "Russian missiles and drones hit Kyiv overnight", [
            "Russia attacked Kyiv with cruise and ballistic missiles and attack drones early Friday, partly collapsing an apartment building and damaging a children's clinic, Ukrainian officials said.",
            "At least three people were killed. Air-raid sirens sounded in the capital for more than three hours.",
        ], K, "strikes", "strikes", 3, author="Marcus Lee"),
    ],
    notes=("US HTML live blog with LiveBlogPosting JSON-LD (datePublished with -04:00, EDT). Visible stamps 'h:mm a.m./p.m. "
           "ET' under the page date 'June 14, 2024'. The first (newest) post, 9:10 p.m. ET, is 01:10 UTC on 15 June: it is "
           "dated 2024-06-15 on purpose (the page's own date is 14 June ET) and falls into day e4. The Putin video teaser "
           "has no articleBody."),
    standfirst="Seven people were killed when Russian missiles hit Kyiv, as Vladimir Putin set out demands that Kyiv called an ultimatum.",
    updated_line="Updated June 14, 2024, 9:10 p.m. ET", date_line="June 14, 2024", slug_url="ukraine-kyiv-june-14",
)

baltic = Source("721", "e3", "baltic-sentinel-atom", "xml", "atom", "Baltic Sentinel", "Europe/Vilnius",
    "Baltic Sentinel – War in Ukraine",
    [
        E(D + "22:15", "Kyiv declares day of mourning as toll from strike reaches seven", [
            "Kyiv will observe a day of mourning on Saturday after seven people, including a 12-year-old boy, were killed in the overnight Russian attack, Mayor Vitali Klitschko announced.",
            "Forty-one people were injured. Flags will be lowered and entertainment events cancelled, the mayor said.",
        ], K, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
        E(D + "20:40", "Zelensky's office dismisses Putin's 'ultimatum'", [
            "An adviser to the head of Ukraine's presidential office said Putin's offer contained \"nothing new\" and was designed to undermine the peace summit in Switzerland.",
            "\"These are not proposals for peace. They are demands that Ukraine surrender territory it still controls,\" he said.",
        ], PC, "diplomacy", "diplomacy", 3, author="Andrius Petraitis"),
        E(D + "18:05", "G7 agrees to lend Ukraine $50 billion from frozen Russian assets' profits", [
            "Leaders of the Group of Seven agreed at their summit in southern Italy to provide Ukraine with a loan of about $50 billion, to be repaid using windfall profits from immobilised Russian central bank assets.",
            "The first disbursements are expected by the end of the year, European officials said. Lithuania's president welcomed the decision as \"a strong signal that the aggressor will pay\".",
        ], G7, "aid", "aid", 3, sec=["diplomacy"], author="Andrius Petraitis"),
        E(D + "15:30", "Putin demands Ukraine's withdrawal from four regions as condition for talks", [
            "Russian President Vladimir Putin said Moscow would order a ceasefire and start negotiations \"immediately\" if Ukraine pulled its troops out of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and abandoned plans to join NATO.",
            "Speaking at the Russian foreign ministry, Putin also demanded the lifting of Western sanctions. The proposal came a day before dozens of world leaders gather in Switzerland for a summit on peace in Ukraine.",
        ], PC, "diplomacy", "diplomacy", 3, author="Andrius Petraitis"),
        E(D + "13:40", "Russia blames Ukrainian air defence; investigators find Kh-101 fragments", [
            "Russia's foreign ministry claimed that the damage to a residential building in Kyiv had been caused by a Ukrainian air-defence interceptor, not by a Russian missile.",
            "Kyiv's prosecutor's office responded by publishing photographs of what it said were parts of a Kh-101 cruise missile found in the courtyard of the building.",
        ], K, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
        E(D + "11:20", "Vovchansk: Ukrainian troops clear most of aggregate plant", [
            "Ukrainian forces have pushed Russian troops out of most of the aggregate plant in Vovchansk, the main stronghold in the northern part of the town, the Kharkiv operational group said.",
            "Fighting continues in the town centre.",
        ], VV, "other", "frontline", 3, author="Rūta Kazlauskaitė"),
        E(D + "09:45", "Drones hit oil depot in Russia's Azov", [
            "A fire broke out at an oil depot in the town of Azov in Russia's Rostov region after a drone attack overnight, the regional governor said.",
            "A source in Ukraine's military intelligence told the Sentinel that the strike destroyed three fuel tanks.",
        ], AZ, "strikes", "strikes", 3, author="Andrius Petraitis"),
        E(D + "07:20", "Two killed as Russia attacks Kyiv with missiles and drones", [
            "Two people were killed and at least 15 injured when Russia attacked Kyiv with cruise and ballistic missiles and Shahed drones overnight, the city military administration said.",
            "A partially collapsed apartment building in Sviatoshynskyi district and a children's clinic in Solomianskyi district were among the sites hit.",
        ], K, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
    ],
    notes=("War-focused Atom feed of a Lithuanian outlet; content type='xhtml' (a <div> of <p> paragraphs). <published> "
           "carries +03:00 (Vilnius summer time, EEST). Newest first."),
    subtitle="Our coverage of Russia's war against Ukraine", feed_id="tag:balticsentinel.example,2024:ukraine",
    entry_id_prefix="tag:balticsentinel.example,2024", link="https://balticsentinel.example/ukraine", xhtml=True,
)

volga = Source("722", "e3", "volga-courier-chronicle", "txt", "volga", "Volga Courier", "Europe/Moscow",
    "Special military operation: chronicle of events for 14 June",
    [
        E(D + "22:10", None, [
            "Temperatures in Moscow will rise to 32 degrees at the weekend, forecasters said, warning of thunderstorms on Sunday evening.",
            "City services have opened 80 cooling points in parks.",
        ], "e3-offbeat-moscow-heat", "other", "unrelated", 1, offbeat=True),
        E(D + "20:30", None, [
            "Any use of Russian assets by the West is theft, and it will not go unpunished, Kremlin spokesman Dmitry Peskov said, commenting on the G7 decision on a loan to Kiev.",
            "He said Moscow would respond with measures that would be \"very painful\" for Europe.",
        ], G7, "aid", "aid", 3, sec=["diplomacy"], note="Kremlin reaction to the G7 loan: same story"),
        E(D + "18:50", None, [
            "Units of the Sever group of forces repelled three counterattacks by the Ukrainian armed forces in Volchansk and kept control of the aggregate plant, the Defence Ministry said.",
            "Ukrainian losses in the Kharkov direction amounted to up to 180 servicemen over the past day.",
        ], VV, "other", "frontline", 3, note="Russian denial of the Ukrainian claim (721-06); 'Volchansk' = Vovchansk"),
        E(D + "17:35", None, [
            "A detachment of Northern Fleet ships led by the frigate Admiral Gorshkov has completed its visit to Havana and put to sea, the fleet's press service said.",
            "During the five-day call, thousands of Havana residents toured the ships.",
        ], HV, "other", "security", 3),
        E(D + "14:40", None, [
            "Russia will cease fire and begin negotiations as soon as Kiev withdraws its troops from the DPR, LPR, Zaporozhye and Kherson regions and officially renounces plans to join NATO, President Vladimir Putin said at a meeting with the leadership of the Foreign Ministry.",
            "\"Our proposal is very simple,\" the president said, stressing that Moscow was seeking a final settlement rather than a freeze of the conflict.",
        ], PC, "diplomacy", "diplomacy", 3),
        E(D + "13:05", None, [
            "The residential building in Kiev was damaged by a missile of a Ukrainian air defence system, Foreign Ministry spokeswoman Maria Zakharova said at a briefing.",
            "\"The Kiev regime deploys air defence in residential areas and then shows the results to Western journalists,\" she said.",
        ], K, "strikes", "strikes", 3),
        E(D + "10:20", None, [
            "Air defence systems destroyed 16 Ukrainian unmanned aerial vehicles over the Rostov region and the Sea of Azov overnight, the Defence Ministry reported.",
            "Governor Vasily Golubev said that fragments of a downed drone caused a fire at an oil depot in Azov. The fire was contained, and no one was hurt.",
        ], AZ, "strikes", "strikes", 3),
        E(D + "09:05", None, list(VOLGA_MOD_BODY), K, "strikes", "strikes", 3,
          note="re-posted almost verbatim on 15 June (732-06)"),
        E(D + "07:30", None, [
            "A Ukrainian drone dropped an explosive device on a car in Shebekino, injuring two men, Belgorod Governor Vyacheslav Gladkov said.",
            "Both were taken to the city hospital with shrapnel wounds.",
        ], "e3-shebekino-drone", "strikes", "strikes", 2),
    ],
    notes=("Russian-side chronicle (plain text), newest first, no headlines; Moscow time (UTC+3). Russian spellings "
           "'Kiev', 'Volchansk', 'Kharkov direction'. 722-08 (Defence Ministry statement on the Kiev strike) is re-posted "
           "the next day on 732."),
    date_header="Friday, 14 June 2024", tags="special military operation, Kiev, Putin, G7",
)

atlas = Source("723", "e3", "atlas-wire-world-rss", "xml", "rss", "Atlas Wire", "UTC", "Atlas Wire | World",
    [
        E(D + "21:30", "Euro 2024: Hosts Germany rout Scotland in opening match", [
            "Germany opened their home European Championship with a commanding win over 10-man Scotland in Munich on Friday.",
            "Scotland had a player sent off before half-time, and the hosts were never troubled.",
        ], "e3-offbeat-euro-2024-opener", "other", "unrelated", 1, author="Tom Reilly", offbeat=True),
        E(D + "19:45", "Kyiv mourns as toll from Russian strike rises to seven", [
            "Seven people were killed and 41 wounded in a Russian missile and drone attack on Kyiv, city officials said on Friday, announcing a day of mourning for Saturday.",
            "The dead included a 12-year-old boy, Mayor Vitali Klitschko said.",
        ], K, "strikes", "strikes", 3, author="Leila Kassam"),
        E(D + "17:20", "G7 seals $50 billion Ukraine loan deal backed by Russian assets", [
            "Group of Seven leaders meeting in Italy on Friday endorsed a plan to lend Ukraine $50 billion using future profits from frozen Russian sovereign assets.",
            "Russia has said it will retaliate against any use of its assets.",
        ], G7, "aid", "aid", 3, sec=["diplomacy"], author="Daniel Okafor"),
        E(D + "16:00", "Putin sets out conditions for Ukraine peace talks", [
            "Russian President Vladimir Putin said on Friday that Russia would stop fighting in Ukraine and enter talks if Kyiv abandoned its NATO ambitions and withdrew from four regions Moscow claims as its own.",
            "NATO Secretary General Jens Stoltenberg said the offer was not a peace proposal but a demand for more territory.",
        ], PC, "diplomacy", "diplomacy", 3, author="Leila Kassam"),
        E(D + "14:30", "France's snap election campaign kicks off as left-wing parties unite", [
            "France's left-wing parties agreed on Friday to field joint candidates in the snap parliamentary election called by President Emmanuel Macron, setting up a three-way contest with the far right and the president's centrists.",
            "The first round is on 30 June.",
        ], "e3-offbeat-france-snap-election", "other", "unrelated", 1, author="Marta Ruiz", offbeat=True),
        E(D + "13:10", "Bank of Japan holds rates, signals cut to bond buying", [
            "The Bank of Japan kept interest rates unchanged on Friday and said it would announce a plan to reduce its government bond purchases in July.",
            "The yen weakened after the decision.",
        ], "e3-offbeat-boj-rates", "other", "unrelated", 1, author="Daniel Okafor", offbeat=True),
        E(D + "11:40", "Fighting rages around Sudan's El Fasher as aid groups warn of catastrophe", [
            "Fighting between Sudan's army and the Rapid Support Forces intensified around El Fasher, the last major city in Darfur outside paramilitary control, with shelling hitting residential areas, a medical charity said.",
            "The charity said its hospital in the city had received more than 200 wounded in a week.",
        ], "e3-offbeat-el-fasher-fighting", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
        E(D + "10:20", "Greece closes Acropolis as early heatwave hits", [
            "Authorities closed the Acropolis in Athens during the hottest hours of the day as temperatures topped 40C in parts of Greece.",
            "Several tourists have died while hiking in the heat this month.",
        ], "e3-offbeat-greece-heatwave", "other", "unrelated", 1, author="Marta Ruiz", offbeat=True),
        E(D + "08:55", "Watch: Firefighters battle blaze at Kyiv apartment block", [],
          K, "strikes", "strikes", 1, author="Atlas Wire video",
          note="headline-only video teaser at the main strike site: same story, importance 1"),
        E(D + "07:35", ATLAS_KYIV_HEAD, list(ATLAS_KYIV_BODY), K, "strikes", "strikes", 3, author="Leila Kassam",
          note="re-posted almost verbatim on 15 June (731-08)"),
        E(D + "06:10", "Aid ship reaches Haiti as gang violence blocks roads", [
            "A ship carrying food and medical supplies docked at Port-au-Prince on Friday, the first large aid delivery to reach Haiti's capital by sea in weeks, the UN said.",
            "Armed gangs control most roads into the city.",
        ], "e3-offbeat-haiti-aid-ship", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
    ],
    notes=("General world-news RSS 2.0 feed (GMT pubDates), newest first; war items 5 of 11. 723-10 is re-posted "
           "almost verbatim on 15 June (731-08). Off-beat items: Euro 2024, French election, Bank of Japan, Sudan, Greek "
           "heatwave, Haiti aid ship."),
    link="https://atlaswire.example/world", description="World news from Atlas Wire", guid_prefix="atlas",
)

SOURCES = [kestrel, baltic, volga, atlas]
