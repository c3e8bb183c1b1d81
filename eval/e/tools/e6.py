"""Day e6: Thursday 21 November 2024 (winter: New York EST = UTC-5, Brussels CET = UTC+1, Kyiv EET = UTC+2,
India IST = UTC+5:30)."""
from common import Entry as E, Source

D = "2024-11-21 "
DN = "e6-dnipro-strike"
US = "e6-us-aid-package"
MD = "e6-strategic-industries-minister-dismissed"
OR = "e6-orban-christmas-truce"
PL = "e6-plekhovo-claim"
COP = "e6-offbeat-cop29-overrun"

kestrel = Source("750", "e6", "kestrel-dispatch-live", "html", "kestrel", "Kestrel Dispatch", "America/New_York",
    "Live updates: Russian missile strike on Dnipro kills six; U.S. unveils new weapons package",
    [
        E(D + "17:20", "State Department condemns strike on Dnipro rehabilitation center", [
            "The State Department condemned Thursday's strike on Dnipro, saying the targeting of a rehabilitation center for people with disabilities showed \"utter contempt for human life.\"",
            "A spokesman said Washington would continue to help Ukraine strengthen its air defenses.",
        ], DN, "strikes", "strikes", 3, author="Marcus Lee",
          note="official reaction whose main content is the attack: same story"),
        E(D + "15:10", "Explainer: Why Dnipro matters to Ukraine's war effort", [
            "Dnipro, a city of nearly a million people on the river of the same name, has become the main logistics and medical hub behind Ukraine's eastern front.",
            "Wounded soldiers from the Pokrovsk and Kurakhove sectors are treated in its hospitals, and its factories have long built rockets and missiles, which Moscow cites to justify its strikes.",
        ], "e6-explainer-dnipro-hub", "other", "frontline", 2, sec=["strikes"], author="Dana Whitcomb",
          note="explainer on a theme around the main event: separate story"),
        E(D + "13:40", "Ukraine's parliament fires strategic industries minister", [
            "Ukrainian lawmakers voted Thursday to dismiss Viktor Hnatiuk, the minister in charge of the country's weapons industry, after months of criticism over slow production of drones and artillery shells.",
            "The motion passed with 262 votes. President Volodymyr Zelensky's party had backed the dismissal, saying the ministry needed \"new energy.\"",
        ], MD, "other", "politics", 3, author="Elena Varga"),
        E(D + "11:50", "Death toll in Dnipro climbs to six", [
            "Six people are now confirmed dead in the Russian strike on Dnipro, regional Gov. Serhiy Lysak said, including two staff members of the rehabilitation center.",
            "Thirty people were wounded.",
        ], DN, "strikes", "strikes", 3, author="Marcus Lee",
          note="first sentence contains the abbreviation 'Gov.' mid-sentence"),
        E(D + "10:15", "U.S. announces $275 million weapons package for Ukraine", [
            "The Pentagon announced a new $275 million security assistance package for Ukraine on Thursday, including artillery rounds, ammunition for HIMARS launchers and small drones.",
            "The package is drawn from existing U.S. stockpiles, allowing the weapons to be shipped quickly, officials said.",
        ], US, "aid", "aid", 3, author="Elena Varga"),
        E(D + "08:30", "Russia says it struck special forces training center in Dnipro", [
            "Russia's Defense Ministry said its missiles hit a training center for Ukrainian special operations forces and a workshop producing long-range drones in Dnipro, a claim Ukrainian officials rejected as a lie.",
            "Ukraine's regional authorities said the building struck was a rehabilitation center for people with disabilities, next to the city's main bus station.",
        ], DN, "strikes", "strikes", 3, author="Marcus Lee"),
        E(D + "06:55", "Watch: Smoke rises over Dnipro after morning missile strike", [],
          DN, "strikes", "strikes", 1, author="Dispatch Video",
          note="headline-only video teaser of the main strike: same story, importance 1"),
        E(D + "05:30", "Russian missile strike on Dnipro kills at least four", [
            "A Russian missile attack on the central Ukrainian city of Dnipro on Thursday morning killed at least four people and injured more than 20, according to regional authorities.",
            "The strike damaged a bus station, a rehabilitation center and dozens of cars.",
        ], DN, "strikes", "strikes", 3, author="Dana Whitcomb"),
    ],
    notes=("US HTML live blog with LiveBlogPosting JSON-LD (datePublished with -05:00, EST). Visible 'h:mm a.m./p.m. ET'. "
           "Times 5:30 a.m. to 5:20 p.m. ET = 10:30 to 22:20 UTC. 750-04's first sentence contains 'Gov.' (not a "
           "sentence end)."),
    standfirst="A Russian missile hit a rehabilitation center and bus station in Dnipro, as Washington announced more weapons for Kyiv.",
    updated_line="Updated Nov. 21, 2024, 5:20 p.m. ET", date_line="Nov. 21, 2024", slug_url="ukraine-dnipro-nov-21",
)

polaris = Source("751", "e6", "polaris-review-world-atom", "xml", "atom", "Polaris Review", "Europe/Brussels",
    "Polaris Review – Europe & World",
    [
        E(D + "22:50", "Italy reach Davis Cup semi-finals in Málaga", [
            "Defending champions Italy beat Argentina in Málaga on Thursday to reach the semi-finals of the Davis Cup.",
            "They will face Australia on Saturday.",
        ], "e6-offbeat-davis-cup", "other", "unrelated", 1, author="Pieter Claes", offbeat=True),
        E(D + "21:15", "Hungary's Orbán calls for Christmas truce in Ukraine", [
            "Hungarian Prime Minister Viktor Orbán said on Thursday that Europe should push for a ceasefire in Ukraine over the Christmas holidays, arguing that a pause in fighting could open the way to talks.",
            "Ukrainian officials dismissed the idea, saying Russia had used earlier pauses to regroup.",
        ], OR, "diplomacy", "diplomacy", 3, author="Camille Roux"),
        E(D + "19:40", "COP29 talks run into overtime as climate finance deal proves elusive", [
            "Negotiators at the UN climate summit in Baku were set to work through the night after a draft deal on finance for developing countries was rejected as far too low.",
            "The conference had been due to close on Friday.",
        ], COP, "other", "unrelated", 1, author="Camille Roux", offbeat=True,
          note="same off-beat story as 753-02 (two general feeds carry it)"),
        E(D + "17:20", "EU condemns 'barbaric' Russian strike on Dnipro as toll rises to six", [
            "The European Union's foreign policy chief condemned a Russian missile strike on the Ukrainian city of Dnipro that killed six people, calling the attack on a rehabilitation centre \"barbaric\".",
            "He said Russia must be held accountable for deliberate attacks on civilians.",
        ], DN, "strikes", "strikes", 3, author="Pieter Claes"),
        E(D + "16:35", "US unveils $275m arms package for Kyiv", [
            "Washington announced a further $275 million in military aid for Ukraine on Thursday, including artillery shells and rocket ammunition, as the outgoing administration races to deliver weapons before January.",
            "European allies are discussing how to fill any gap if the next US administration cuts support.",
        ], US, "aid", "aid", 3, author="Camille Roux"),
        E(D + "14:10", "First winter storm brings heavy snow to the Alps", [
            "Heavy snowfall disrupted rail services in Switzerland and Austria and closed several Alpine passes on Thursday, as the first winter storm of the season swept across central Europe.",
            "Avalanche warnings were raised to level three in parts of Tyrol.",
        ], "e6-offbeat-alps-snowstorm", "other", "unrelated", 1, author="Selin Aydın", offbeat=True),
        E(D + "12:30", "Israeli strikes hit Beirut's southern suburbs", [
            "Israeli warplanes struck buildings in Beirut's southern suburbs on Thursday after the military issued evacuation warnings, Lebanese state media reported.",
            "Israel said it was targeting Hezbollah infrastructure.",
        ], "e6-offbeat-beirut-strikes", "other", "unrelated", 1, author="Selin Aydın", offbeat=True),
        E(D + "10:45", "Russian missiles hit Ukrainian city of Dnipro", [
            "Russia struck Dnipro in central Ukraine with missiles on Thursday morning, killing at least two people and damaging a bus station and a rehabilitation centre, local authorities said.",
            "Emergency services were searching the rubble, the city's mayor said.",
        ], DN, "strikes", "strikes", 3, author="Pieter Claes"),
        E(D + "09:20", "German economy stagnates as industrial output slides", [
            "Germany's economy barely grew in the third quarter as factory output fell again, revised figures are expected to show, adding pressure on the government ahead of February's snap election.",
            "Economists now expect zero growth for the full year.",
        ], "e6-offbeat-german-economy", "other", "unrelated", 1, author="Pieter Claes", offbeat=True),
        E(D + "08:05", "Romania's presidential candidates make final pitch before Sunday's vote", [
            "Candidates in Romania's presidential election held their final rallies before Sunday's first round, with the prime minister leading most polls.",
            "A run-off between the top two is scheduled for 8 December.",
        ], "e6-offbeat-romania-election", "other", "unrelated", 1, author="Selin Aydın", offbeat=True),
    ],
    notes=("General European/world Atom feed (content type='html'), <published> with +01:00 (CET), newest first; war "
           "items 4 of 10. 751-03 (COP29) shares an off-beat story with 753-02."),
    subtitle="News from Brussels, Europe and the world", feed_id="tag:polarisreview.example,2024:world",
    entry_id_prefix="tag:polarisreview.example,2024", link="https://polarisreview.example/world",
)

dnipro = Source("752", "e6", "dnipro-chronicle-live", "html", "dnipro", "Dnipro Chronicle", "Europe/Kyiv",
    "Russia's war against Ukraine: live updates for 21 November 2024",
    [
        E(D + "22:30", "Photos: a year of air-raid nights in Dnipro", [],
          "e6-photos-dnipro-air-raid-year", "other", "humanitarian", 1, author="Photo desk",
          note="headline-only photo gallery on a theme: separate story"),
        E(D + "21:05", "Ukrainian military denies losing Plekhovo in Kursk Oblast", [
            "The Ukrainian group of forces operating in Russia's Kursk Oblast said the Russian Defence Ministry's claim that Plekhovo had been recaptured was false.",
            "\"Our units continue to hold positions in the area and have repelled several assaults today,\" a spokesman said.",
        ], PL, "other", "frontline", 3, author="Bohdan Kravets", note="denial of the Russian claim in 753-06"),
        E(D + "18:00", "Dnipro: death toll rises to six, 30 injured", [
            "Six people have died as a result of the morning missile strike on Dnipro, the head of the Dnipropetrovsk Regional Military Administration, Serhiy Lysak, said.",
            "Among the dead are two employees of the rehabilitation centre. Thirty people were injured, 12 of whom are in hospital.",
        ], DN, "strikes", "strikes", 3, kp=True, author="Iryna Matviichuk"),
        E(D + "17:20", "US announces new $275 million aid package", [
            "The United States has announced a new package of military assistance for Ukraine worth $275 million, Defence Minister Rustem Umerov said, thanking Washington.",
            "The package includes 155mm shells, ammunition for HIMARS and Phoenix Ghost drones, according to the Pentagon.",
        ], US, "aid", "aid", 3, kp=True, author="Bohdan Kravets"),
        E(D + "16:40", "Verkhovna Rada dismisses Strategic Industries Minister Viktor Hnatiuk", [
            "The Verkhovna Rada has voted to dismiss Minister for Strategic Industries Viktor Hnatiuk, a member of parliament reported.",
            "262 MPs voted in favour. No successor has yet been proposed; Deputy Minister Iryna Savchuk will perform the minister's duties for now.",
        ], MD, "other", "politics", 3, kp=True, author="Bohdan Kravets"),
        E(D + "13:15", "Russia claims it hit a 'special forces training centre'; authorities say it was a rehabilitation centre", [
            "The Russian Defence Ministry claimed that its forces had struck a training centre of Ukraine's Special Operations Forces in Dnipro.",
            "\"This is a cynical lie. The missile hit a rehabilitation centre where people with disabilities were receiving treatment,\" Lysak said.",
        ], DN, "strikes", "strikes", 3, author="Iryna Matviichuk"),
        E(D + "12:00", "Dnipro: toll rises to four", [
            "The number of people killed in the Russian strike on Dnipro has risen to four, regional head Serhiy Lysak said.",
            "Twenty-three people were injured, including a 15-year-old girl.",
        ], DN, "strikes", "strikes", 3, author="Iryna Matviichuk"),
        E(D + "09:30", "Missile strike on Dnipro: two dead, bus station damaged", [
            "Russia struck Dnipro with missiles in the morning, killing two people, regional head Serhiy Lysak said.",
            "A bus station, a rehabilitation centre, an industrial facility and several dozen cars were damaged.",
        ], DN, "strikes", "strikes", 3, author="Iryna Matviichuk"),
        E(D + "08:10", "Air Force: 56 of 73 drones shot down overnight", [
            "Air defence forces shot down 56 of 73 Shahed-type drones launched by Russia overnight, the Air Force said.",
            "Another 15 drones were lost to electronic warfare. Damage was reported in the Kyiv and Poltava regions.",
        ], "e6-overnight-drones", "strikes", "strikes", 2, author=None,
          note="overnight drone wave (Kyiv, Poltava), a different attack from the morning missile strike on Dnipro"),
    ],
    notes=("HTML live blog (Kyiv outlet), <time datetime> with +02:00 (EET) and a 'Key points' section listing three "
           "update headlines (key_point true for them). Newest first. Spelling 'Kursk Oblast'."),
    standfirst="A morning missile strike on Dnipro kills six; parliament sacks the strategic industries minister; new US aid.",
    tz_note="All times are Kyiv time (UTC+2).", slug_url="2024-11-21", datetime_attr=True,
)

meridian = Source("753", "e6", "meridian-bulletin-world-live", "txt", "meridian", "Meridian Bulletin", "Asia/Kolkata",
    "World News Live Updates: COP29 talks overrun in Baku; Russian strike on Ukraine's Dnipro kills six",
    [
        E(D + "23:40", "Ukraine: Russian missile strike on Dnipro kills six, says regional governor", [
            "The death toll from a Russian missile strike on the central Ukrainian city of Dnipro has risen to six, the regional governor said on Thursday.",
            "Moscow said the strike targeted a military training facility, which Ukrainian officials denied.",
        ], DN, "strikes", "strikes", 3, author="Meridian Web Desk"),
        E(D + "22:55", "COP29: Developing nations reject finance draft as 'insulting'", [
            "A group of developing countries at the COP29 climate summit in Baku said the proposed target for climate finance was far too low and called for at least $1.3 trillion a year.",
            "Talks are expected to run past Friday's scheduled close.",
        ], COP, "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True,
          note="same off-beat story as 751-03"),
        E(D + "21:20", "Ukraine parliament sacks minister in charge of arms production", [
            "Ukraine's parliament on Thursday dismissed Viktor Hnatiuk, the minister responsible for the country's defence industry.",
            "The move comes amid criticism of delays in domestic weapons production.",
        ], MD, "other", "politics", 3, author="Meridian Web Desk"),
        E(D + "20:05", "Hungary's Orban urges Christmas ceasefire in Ukraine", [
            "Hungarian Prime Minister Viktor Orban on Thursday called for a Christmas ceasefire in the Russia-Ukraine war, saying he would raise the idea with other European leaders.",
            "Orban has kept close ties with Moscow throughout the conflict.",
        ], OR, "diplomacy", "diplomacy", 3, author="Meridian Web Desk"),
        E(D + "18:30", "Sensex, Nifty fall as banking stocks drag", [
            "Indian shares fell on Thursday, with banking and energy stocks leading the decline, as foreign investors continued to pull money out of the market.",
            "The rupee hit a fresh record low against the dollar.",
        ], "e6-offbeat-indian-markets", "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True),
        E(D + "16:45", "Russia says it recaptured village of Plekhovo in Kursk Oblast", [
            "Russia's defence ministry said on Thursday its troops had retaken the village of Plekhovo in the Kursk region, which Ukrainian forces entered in August.",
            "There was no immediate comment from Kyiv.",
        ], PL, "other", "frontline", 3, author="Meridian Web Desk",
          after=["Also Read | What is the Kursk offensive and why did Ukraine launch it?"]),
        E(D + "15:10", "Delhi air quality remains 'severe' for third day", [
            "Air quality in Delhi stayed in the 'severe' category for a third straight day on Thursday, with schools holding classes online.",
            "Construction work remains banned across the capital region.",
        ], "e6-offbeat-delhi-air-quality", "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True),
        E(D + "13:25", "Cricket: Bumrah to lead India in Perth Test", [
            "Jasprit Bumrah will captain India in the first Test against Australia in Perth starting on Friday, with regular skipper Rohit Sharma unavailable.",
            "India need a strong series to keep their hopes of reaching the World Test Championship final alive.",
        ], "e6-offbeat-perth-test", "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True),
        E(D + "11:50", "Sudan: shelling of displacement camp near El Fasher kills at least 20", [
            "Shelling by the paramilitary Rapid Support Forces killed at least 20 people in a displacement camp near El Fasher, local activists said.",
            "The camp shelters hundreds of thousands of people who fled earlier fighting.",
        ], "e6-offbeat-el-fasher-camp-shelling", "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True),
        E(D + "10:15", "Gaza: UN agency says aid convoy looted", [
            "A UN convoy of nearly 100 lorries carrying food into Gaza was looted after armed men stopped it near the Kerem Shalom crossing, the UN agency for Palestinian refugees said.",
            "Aid deliveries to the territory have fallen to their lowest level in months.",
        ], "e6-offbeat-gaza-aid-convoy-looted", "other", "unrelated", 1, author="Meridian Web Desk", offbeat=True),
    ],
    notes=("Plain-text scrape of an Indian general world live page; stamps 'h:mm AM/PM IST' (UTC+5:30), newest first; "
           "war items 4 of 10. Page byline 'By Meridian Web Desk' used as author. 'Also Read |' lines are related links. "
           "All entries 10:15 AM-11:40 PM IST = 04:45-18:10 UTC on 21 November."),
    byline="Meridian Web Desk", updated_line="Last Updated: Nov 21, 2024, 11:40 PM IST",
    standfirst=["Stay with us for the latest from around the world, from the climate talks in Azerbaijan to the war in "
                "Ukraine and markets at home."],
)

SOURCES = [kestrel, polaris, dnipro, meridian]
