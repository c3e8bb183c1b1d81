"""Multi-source days 920-935 (invented outlets)."""
from common import *
from outlets import *

OFF = "off-beat: not about the Russia-Ukraine war."
BK = "Kyiv time 'HH:MM' under the day divider; the page states Kyiv {}; converted with zoneinfo Europe/Kyiv."
BS = "Visible 'HH:MM' + zone span, date from the page's date line; Warsaw time; JSON-LD datePublished agrees."
BC = "RSS pubDate in GMT (= UTC)."
BF = "Atom <published> with explicit -04:00 offset (EDT), converted to UTC."


def day_a():
    """Tuesday 28 March 2023: Zaporizhzhia missile strike (toll 1 -> 3), Grossi's plan to visit the plant, Minsk's nuclear statement, Leopards delivered."""
    out = []
    ZS = "zaporizhzhia-apartments-missile-strike"
    GR = "grossi-announces-znpp-visit"
    BY = "belarus-blames-west-for-nuclear-hosting"
    LEO = "germany-leopards-delivered"
    FIN = "hungary-ratifies-finland-nato"
    # ---- 920 Ironbridge Daily (text live) ----
    LM, OB = "Lena Marsh", "Oskar Brandt"
    es = [
        E("Zaporizhzhia strike death toll rises to three", "2023-03-28 21:05", [
            "A third person has died in hospital after Tuesday's Russian missile strike on residential buildings in Zaporizhzhia, the city council said.",
            "Twenty-five people are being treated for injuries, four of them in a serious condition."],
          "strikes", "strikes", 3, ZS, au=LM, kp=True, note="Listed in Key Points. Third toll update of the same strike (1, then 3)."),
        E("Minsk says Western 'pressure' forced it to accept Russian nuclear arms", "2023-03-28 19:30", [
            "Belarus's foreign ministry said its decision to host Russian tactical nuclear weapons was a response to years of political and economic pressure from the United States and its allies.",
            "The ministry said the move did not breach the nuclear non-proliferation treaty, because control of the weapons would stay with Moscow."],
          "diplomacy", "diplomacy", 3, BY, au=OB),
        E(None, "2023-03-28 17:45", [
            "Ukrainian forces repelled more than 50 Russian attacks along the eastern front over the past day, with the heaviest fighting around Avdiivka, Bakhmut and Marinka, the General Staff said in its evening update."],
          "other", "frontline", 2, "general-staff-evening-update-mar-28", note="Post without a headline and without a signature."),
        E("Grossi: I will go to the plant this week", "2023-03-28 15:20", [
            "The head of the UN nuclear watchdog, Rafael Grossi, said he would cross the front line to visit the Russian-occupied Zaporizhzhia nuclear power plant in the coming days.",
            "Speaking after meeting President Volodymyr Zelensky near the plant, Grossi said an agreement to protect the site was closer but had not yet been reached."],
          "diplomacy", "diplomacy", 3, GR, au=LM, kp=True, note="Listed in Key Points; also carried by 921 and 923."),
        E("Watch: firefighters battle the blaze in Zaporizhzhia", "2023-03-28 13:10", [],
          "strikes", "strikes", 1, "zaporizhzhia-strike-video", note="Video-only teaser, no body."),
        E("Zelensky: 'Russia again chose to terrorise a peaceful city'", "2023-03-28 11:40", [
            "President Volodymyr Zelensky shared footage of a burning apartment building in Zaporizhzhia and said Russia was trying to kill ordinary people in their homes.",
            "\"The world must respond to this with more weapons for Ukraine and more sanctions,\" he wrote."],
          "strikes", "strikes", 3, ZS, au=OB, note="Reaction whose content is the attack itself: same story."),
        E("Missiles hit apartment buildings in Zaporizhzhia, one dead", "2023-03-28 09:15", [
            "Two Russian missiles struck residential buildings in Zaporizhzhia in the morning, killing one person and injuring at least 20, the regional military administration said.",
            "Several floors of one building collapsed and a fire broke out on the upper storeys."],
          "strikes", "strikes", 3, ZS, au=LM),
        E("Germany confirms Leopard 2 tanks have reached Ukraine", "2023-03-28 07:30", [
            "Germany's defence ministry confirmed that the 18 Leopard 2 tanks promised by Berlin have been handed over to Ukraine, along with 40 Marder infantry fighting vehicles.",
            "Ukrainian crews completed their training on the tanks in Germany earlier this month."],
          "aid", "aid", 3, LEO, au=OB),
    ]
    t, n, ne = ironbridge("920", "", "Russia-Ukraine war live: missiles hit Zaporizhzhia apartment blocks; Minsk blames West for nuclear move", es,
                          "EEST, UTC+3", keypoints=True, extra_notes="Day: Tuesday 28 March 2023, all posts 28 March UTC. Key Points block lists two headlines.")
    out.append(write_page("920", "ironbridge_live", "txt", "Ironbridge Daily",
                          "Russia-Ukraine war live: missiles hit Zaporizhzhia apartment blocks; Minsk blames West for nuclear move",
                          KYIV, t, es, n, ne, BK.format("(EEST, UTC+3)")))
    # ---- 921 Sable Report (HTML JSON-LD live) ----
    MW, JS = "Marta Wrona", "Jakub Sell"
    es = [
        E("Third victim dies after missile strike on Zaporizhzhia", "2023-03-28 19:40", [
            "The number of people killed by Tuesday morning's missile attack on Zaporizhzhia has risen to three, local authorities in the regional capital said.",
            "A woman pulled from the rubble died in hospital in the evening."],
          "strikes", "strikes", 3, ZS, au=MW),
        E("Explained: Why Moscow wants its nuclear weapons in Belarus", "2023-03-28 18:10", [],
          "diplomacy", "diplomacy", 1, "belarus-nukes-explainer", note="Explainer teaser with only a picture, no text body; separate story."),
        E("Grossi plans trip to occupied plant 'this week'", "2023-03-28 16:25", [
            "Rafael Grossi, director general of the International Atomic Energy Agency, said after talks with Volodymyr Zelensky in the Zaporizhzhia Oblast that he intends to visit the occupied nuclear station in person before the end of the week."],
          "diplomacy", "diplomacy", 3, GR, au=JS),
        E("Warsaw: more MiG-29s on their way to Ukraine", "2023-03-28 14:00", [
            "Poland's defence minister said a second batch of MiG-29 fighter jets would be handed to Ukraine within weeks, after the first four aircraft were delivered earlier this month.",
            "He did not give the number of planes."],
          "aid", "aid", 2, "poland-second-mig29-batch", au=JS),
        E("Berlin: Leopard 2 tanks delivered to Ukrainian forces", "2023-03-28 11:30", [
            "The German government said on Tuesday that its Leopard 2 battle tanks had arrived in Ukraine, less than two months after Chancellor Olaf Scholz approved the delivery.",
            "Defence minister Boris Pistorius said the tanks were ready to be used at the front."],
          "aid", "aid", 3, LEO, au=MW),
        E("Two missiles strike residential area of Zaporizhzhia", "2023-03-28 10:05", [
            "Russian forces fired two missiles at Zaporizhzhia in the morning, hitting a nine-storey apartment building and a neighbouring block, according to the regional governor.",
            "One person was killed and at least 20 were wounded, including a child."],
          "strikes", "strikes", 3, ZS, au=MW),
        E("Hungary's parliament approves Finland joining NATO", "2023-03-28 08:20", [
            "Hungarian lawmakers voted overwhelmingly on Monday evening to ratify Finland's membership of NATO, leaving Turkey as the only member yet to approve it.",
            "A vote on Sweden's application has not been scheduled."],
          "diplomacy", "diplomacy", 3, FIN, au=JS, note="Also in 923 (same UTC day), hence importance 3."),
    ]
    url = "https://sablereport.example/live/ukraine-2023-03-28"
    p, n, ne = sable("921", "Ukraine live: missiles hit Zaporizhzhia as IAEA chief prepares to cross the front line", es,
                     "Tuesday, 28 March 2023", "CEST", url)
    out.append(write_page("921", "sable_live", "html", "Sable Report", "Ukraine live: missiles hit Zaporizhzhia as IAEA chief prepares to cross the front line",
                          WARSAW, p, es, n + " Warsaw is CEST (UTC+2) from 26 March.", ne, BS))
    # ---- 922 Cobalt Newswire (RSS world) ----
    IK = "Ines Kovac"
    es = [
        E("Belarus blames West for decision to host Russian nuclear weapons", "2023-03-28 20:55", [
            "Belarus said on Tuesday it had agreed to the stationing of Russian tactical nuclear weapons on its territory because of Western pressure, a move that drew condemnation from NATO and the European Union."],
          "diplomacy", "diplomacy", 3, BY, au=IK),
        E("Scottish parliament elects Yousaf as first minister", "2023-03-28 19:10", [
            "Humza Yousaf was elected first minister of Scotland by lawmakers in Edinburgh, succeeding Nicola Sturgeon."],
          "other", "unrelated", 1, "scotland-yousaf-first-minister", note=OFF),
        E("Missile strike on Zaporozhye apartments kills three", "2023-03-28 17:30", [
            "Three people were killed when Russian missiles hit two apartment blocks in the southeastern Ukrainian city of Zaporozhye on Tuesday, officials said.",
            "Kiev said the attack was further proof that Moscow was deliberately targeting civilians. Russia did not comment."],
          "strikes", "strikes", 3, ZS, au=IK, note="Spelling 'Zaporozhye' and 'Kiev': same strike as 920/921/923."),
        E("Netanyahu pauses judicial overhaul after mass protests", "2023-03-28 15:45", [
            "Israeli Prime Minister Benjamin Netanyahu delayed his contested plan to overhaul the judiciary after a general strike and some of the largest protests in the country's history."],
          "other", "unrelated", 1, "israel-judicial-overhaul-pause", note=OFF),
        E("Nashville mourns victims of school shooting", "2023-03-28 13:20", [
            "Hundreds of people gathered for vigils in Nashville, Tennessee, a day after a shooter killed three children and three adults at a private elementary school."],
          "other", "unrelated", 1, "nashville-school-shooting-vigils", note=OFF),
        E("German Leopard tanks arrive in Ukraine, Berlin says", "2023-03-28 11:05", [
            "Germany has delivered 18 Leopard 2 battle tanks to Ukraine, the defence ministry in Berlin said, fulfilling a pledge made in January.",
            "Kiev has been pressing its allies for hundreds more Western tanks ahead of an expected spring counteroffensive."],
          "aid", "aid", 3, LEO, au=IK),
        E("Oil prices climb as Iraqi exports halted", "2023-03-28 08:40", [
            "Oil prices extended gains after a halt to crude exports from Iraq's Kurdistan region tightened supply."],
          "other", "unrelated", 1, "oil-prices-iraq-exports", note=OFF),
    ]
    x, n, ne = cobalt(es, "Cobalt Newswire | World", "Tue, 28 Mar 2023 21:00:00 GMT")
    out.append(write_page("922", "cobalt_world", "xml", "Cobalt Newswire", "Cobalt Newswire | World", "UTC", x, es, n, ne, BC))
    # ---- 923 Foxglove Review (Atom) ----
    DH, RB = "Dana Holloway", "Reid Bannerman"
    es = [
        E("Minsk defends nuclear move, citing Western 'pressure'", "2023-03-28 16:20", [
            "Belarus on Tuesday defended its plan to host Russian tactical nuclear weapons, saying it had no choice because of sanctions and pressure from the West.",
            "NATO called Moscow's plan dangerous and irresponsible, and the European Union threatened Minsk with further sanctions."],
          "diplomacy", "diplomacy", 3, BY, au=DH),
        E("Photos: Zaporizhzhia residents pick through the rubble", "2023-03-28 13:05", [],
          "strikes", "strikes", 1, "zaporizhzhia-rubble-photos", note="Photo teaser entry without summary or content."),
        E("IAEA chief says deal to protect nuclear plant is 'closer'", "2023-03-28 10:30", [
            "Rafael Grossi, the director general of the International Atomic Energy Agency, said after meeting Ukraine's president that an agreement to protect the Zaporizhzhia nuclear plant was closer than before.",
            "He said he planned to travel to the Russian-held plant himself this week."],
          "diplomacy", "diplomacy", 3, GR, au=RB),
        E("Russian missiles slam into Zaporizhzhia high-rises", "2023-03-28 07:45", [
            "Russian missiles struck two apartment buildings in the southern Ukrainian city of Zaporizhzhia on Tuesday morning, killing at least one person and wounding more than two dozen, officials said."],
          "strikes", "strikes", 3, ZS, au=RB),
        E("Ukraine's ground forces chief says Russian offensive is losing steam", "2023-03-28 05:10", [
            "The commander of Ukraine's ground forces, Oleksandr Syrskyi, said Russian troops around Bakhmut were exhausted and that Ukraine would soon take advantage.",
            "Russia has been trying to capture the city for more than eight months."],
          "other", "frontline", 2, "syrskyi-bakhmut-russia-exhausted", au=DH),
        E("Hungarian lawmakers ratify Finland's NATO accession", "2023-03-27 21:40", [
            "Hungary's parliament approved Finland's bid to join NATO by 182 votes to six, clearing one of the last obstacles to the Nordic country's membership."],
          "diplomacy", "diplomacy", 3, FIN, au=DH,
          note="Published 2023-03-27T21:40:00-04:00, i.e. 27 March in New York but 01:40 UTC on 28 March."),
    ]
    x, n, ne = foxglove(es, "Foxglove Review | World", "2023-03-28T16:25:00-04:00")
    out.append(write_page("923", "foxglove_world", "xml", "Foxglove Review", "Foxglove Review | World", NY, x, es, n, ne, BF))
    return out


def day_b():
    """Wednesday 29 March 2023 (consecutive with day A): Grossi at the plant, Zelensky invites Xi, Zaporizhzhia mourning (toll 4),
    Kupiansk shelling; Ironbridge's page also holds late-28-March posts and re-posts one of them."""
    out = []
    ZS = "zaporizhzhia-apartments-missile-strike"
    GV = "grossi-visits-zaporizhzhia-plant"
    XI = "zelensky-invites-xi"
    KUP = "kupiansk-overnight-shelling-mar-29"
    KR = "kremlin-belarus-nuclear-plans-unchanged"
    KD = "kursk-drones-night-mar-28-29"
    LM, OB = "Lena Marsh", "Oskar Brandt"
    kremlin_body = [
        "Kremlin spokesman Dmitry Peskov said Western criticism would not affect plans to station Russian tactical nuclear weapons in Belarus, which he said were proceeding on schedule.",
        "He said storage facilities for the warheads would be ready by 1 July."]
    es = [
        E("Grossi tours Zaporizhzhia plant after crossing front line", "2023-03-29 20:30", [
            "Rafael Grossi has arrived at the Zaporizhzhia nuclear power plant after crossing the front line with a team of IAEA experts, Russia's state nuclear company said.",
            "Grossi said he wanted to see with his own eyes how the situation at the plant had changed since his first visit in September."],
          "diplomacy", "diplomacy", 3, GV, au=LM),
        E("Zelensky invites Xi Jinping to visit Ukraine", "2023-03-29 18:15", [
            "President Volodymyr Zelensky said in an interview that he was ready to meet Chinese leader Xi Jinping in Ukraine, a week after Xi's state visit to Moscow.",
            "\"We are ready to see him here,\" Zelensky said, adding that he had not spoken to Xi since the start of the full-scale invasion."],
          "diplomacy", "diplomacy", 3, XI, au=OB),
        E("Zaporizhzhia mourns as strike toll reaches four", "2023-03-29 14:40", [
            "The city of Zaporizhzhia held a day of mourning on Wednesday after a fourth victim of Tuesday's missile strike died in hospital.",
            "Flags were lowered and entertainment events cancelled across the city."],
          "strikes", "strikes", 3, ZS, au=LM, note="Follow-up of the 28 March strike (toll now four): same story as day 920-923."),
        E(None, "2023-03-29 11:25", [
            "Russian forces shelled the town of Kupiansk and nearby villages in the Kharkiv region overnight, injuring two civilians, the regional governor said."],
          "strikes", "strikes", 3, KUP, note="Headless, unsigned post; same event as 926-06 ('Kharkov region')."),
        E("In case you missed it: Kremlin says Belarus nuclear plans unchanged despite Western criticism", "2023-03-29 08:10", kremlin_body,
          "diplomacy", "diplomacy", 1, KR, au=OB, dup=7,
          note="Morning re-post of the previous evening's post 924-07 (same body, headline prefixed 'In case you missed it:'); previous-day re-post, importance 1."),
        E("Drones attack Kursk region, Russian governor says", "2023-03-29 01:20", [
            "The governor of Russia's Kursk region said several Ukrainian drones had been shot down over the region and that a power line had been damaged by debris."],
          "strikes", "strikes", 2, KD, au=LM,
          note="Under the Wednesday divider, but 01:20 Kyiv = 22:20 UTC on 28 March."),
        E("Kremlin says Belarus nuclear plans unchanged despite Western criticism", "2023-03-28 23:40", kremlin_body,
          "diplomacy", "diplomacy", 2, KR, au=OB, note="Tuesday-divider post; 20:40 UTC 28 March."),
        E("Turkish parliamentary committee backs Finland's NATO bid", "2023-03-28 22:05", [
            "A committee of Turkey's parliament approved Finland's application to join NATO, sending the ratification bill to the full assembly for a vote expected later this week."],
          "diplomacy", "diplomacy", 2, "turkey-committee-finland-nato", au=LM, note="19:05 UTC 28 March."),
    ]
    t, n, ne = ironbridge("924", "", "Russia-Ukraine war live: IAEA chief reaches Zaporizhzhia plant; Zelensky invites Xi", es, "EEST, UTC+3",
                          extra_notes=("Day: Wednesday 29 March 2023, but the page also keeps last night's posts: three entries are 28 March UTC (01:20 Kyiv under the "
                                       "Wednesday divider and the two posts under the Tuesday divider). The 08:10 post re-posts the 23:40 Tuesday post nearly verbatim "
                                       "(duplicate_of 924-07, importance 1)."))
    out.append(write_page("924", "ironbridge_live", "txt", "Ironbridge Daily",
                          "Russia-Ukraine war live: IAEA chief reaches Zaporizhzhia plant; Zelensky invites Xi", KYIV, t, es, n, ne, BK.format("(EEST, UTC+3)")))
    # ---- 925 Granite Standard (HTML article) ----
    e = E("IAEA chief crosses front line to inspect Zaporizhzhia nuclear plant", "2023-03-29 18:47", [
        "The head of the UN's nuclear watchdog crossed the front line in southern Ukraine on Wednesday to visit Europe's largest nuclear power station, which has been occupied by Russian troops for more than a year.",
        "Rafael Grossi, travelling with a rotation of inspectors, said he hoped to agree measures that would stop the plant from being shelled.",
        "\u201cWe cannot afford to lose any more time,\u201d he told reporters before setting off from the Ukrainian-held side.",
        "Moscow's nuclear company Rosatom said Grossi had been shown the plant's six reactors, all of which are shut down."],
        "diplomacy", "diplomacy", 3, GV, au="Helen Quarry", role="Diplomatic Correspondent",
        related="Ukraine's nuclear plant caught between two armies")
    p, n, ne = granite("Rafael Grossi hopes to agree a protection zone around the Russian-held station", e, "29 March 2023, 6:47pm BST", "World")
    out.append(write_page("925", "granite_article", "html", "Granite Standard", e["h"], LONDON, p, [e], n, ne,
                          "Visible 'Published 29 March 2023, 6:47pm BST' (UTC+1) and JSON-LD datePublished 2023-03-29T18:47:00+01:00."))
    # ---- 926 Cobalt Newswire (RSS) ----
    IK = "Ines Kovac"
    es = [
        E("Pope Francis taken to hospital with respiratory infection", "2023-03-29 21:30", [
            "Pope Francis was admitted to a Rome hospital for a respiratory infection and will stay for several days, the Vatican said."],
          "other", "unrelated", 1, "pope-hospitalised-march-2023", note=OFF),
        E("UN nuclear chief visits Zaporozhye plant", "2023-03-29 18:40", [
            "The head of the International Atomic Energy Agency visited the Russian-held Zaporozhye nuclear plant in southern Ukraine on Wednesday, his second trip there since the invasion."],
          "diplomacy", "diplomacy", 3, GV, au=IK),
        E("Zelenskiy says he is ready to meet Xi in Ukraine", "2023-03-29 16:05", [
            "Ukrainian President Volodymyr Zelenskiy invited Chinese President Xi Jinping to visit Ukraine, saying he wanted to talk to him directly.",
            "Beijing has said it is neutral in the conflict, but Kiev and its allies are wary of China's ties with Moscow."],
          "diplomacy", "diplomacy", 3, XI, au=IK),
        E("Taiwan's Tsai begins trip with US stopover", "2023-03-29 12:50", [
            "Taiwanese President Tsai Ing-wen left for a trip to Central America that includes stopovers in New York and Los Angeles, drawing a warning from Beijing."],
          "other", "unrelated", 1, "tsai-us-transit", note=OFF),
        E("Russia starts drills with Yars intercontinental missile launchers", "2023-03-29 09:35", [
            "Russia's defence ministry said more than 3,000 troops and 300 vehicles were taking part in exercises with mobile Yars intercontinental ballistic missile launchers in Siberia."],
          "other", "security", 2, "russia-yars-drills"),
        E("Two civilians hurt in overnight shelling in Kharkov region", "2023-03-29 07:20", [
            "Russian shelling of the town of Kupiansk and surrounding villages in Ukraine's Kharkov region injured two civilians overnight, the regional governor said."],
          "strikes", "strikes", 3, KUP, au=IK, note="'Kharkov' spelling; same event as 924-04."),
        E("Global stocks rally as banking fears ease", "2023-03-29 05:00", [
            "Asian and European shares rose as worries about the health of the banking sector receded."],
          "other", "unrelated", 1, "stocks-rally-banking-fears", note=OFF),
    ]
    x, n, ne = cobalt(es, "Cobalt Newswire | World", "Wed, 29 Mar 2023 21:35:00 GMT")
    out.append(write_page("926", "cobalt_world", "xml", "Cobalt Newswire", "Cobalt Newswire | World", "UTC", x, es, n, ne, BC))
    # ---- 927 Foxglove Review (Atom) ----
    DH, RB = "Dana Holloway", "Reid Bannerman"
    es = [
        E("Pentagon says Abrams tanks will reach Ukraine by autumn", "2023-03-29 17:40", [
            "The Pentagon said it would send refurbished M1A1 Abrams tanks to Ukraine instead of the newer model, allowing them to arrive by the autumn rather than next year."],
          "aid", "aid", 2, "abrams-delivery-accelerated", au=RB),
        E("Grossi reaches Russian-held nuclear plant", "2023-03-29 14:55", [
            "Rafael Grossi, the UN's top nuclear official, reached the Zaporizhzhia nuclear power plant on Wednesday after crossing the front line from Ukrainian-controlled territory.",
            "He said the visit would help him judge how to protect the plant from fighting around it."],
          "diplomacy", "diplomacy", 3, GV, au=DH),
        E("Zelenskyy: Xi is welcome in Ukraine", "2023-03-29 11:10", [
            "Ukraine's president said he would welcome a visit by China's leader and wanted to talk to him in person, in remarks published on Wednesday."],
          "diplomacy", "diplomacy", 3, XI, au=DH),
        E("Explained: What is at stake at Europe's largest nuclear plant", "2023-03-29 09:00", [],
          "other", "security", 1, "znpp-explainer", note="Explainer teaser without content."),
        E("Zaporizhzhia buries its dead as strike toll rises to four", "2023-03-29 06:30", [
            "Residents of Zaporizhzhia laid flowers outside the damaged apartment block on Wednesday as the number of people killed in Tuesday's Russian missile strike rose to four."],
          "strikes", "strikes", 3, ZS, au=RB),
        E("Russia says drones downed over Kursk region", "2023-03-28 22:15", [
            "Russian air defences shot down Ukrainian drones over the Kursk border region overnight, the local governor said, adding that nobody was hurt."],
          "strikes", "strikes", 2, KD, au=RB,
          note="Published 2023-03-28T22:15:00-04:00 = 02:15 UTC 29 March. Same event as 924-06, which falls on 28 March UTC, so the two are on different UTC days."),
    ]
    x, n, ne = foxglove(es, "Foxglove Review | World", "2023-03-29T17:45:00-04:00")
    out.append(write_page("927", "foxglove_world", "xml", "Foxglove Review", "Foxglove Review | World", NY, x, es, n, ne, BF))
    return out


def day_c():
    """Wednesday 21 June 2023: overnight drones on Kyiv/Lviv, London recovery conference pledges, Russian claims of repelled attacks, EU sanctions stalled."""
    out = []
    DR = "drone-attack-kyiv-lviv-jun-21"
    URC = "ukraine-recovery-conference-london"
    RP = "russia-claims-repelled-attacks-zaporizhzhia-jun-21"
    EU = "eu-11th-sanctions-package-stalled"
    LM, OB = "Lena Marsh", "Oskar Brandt"
    es = [
        E("Zelensky: Russia considering 'terrorist attack' at Zaporizhzhia plant", "2023-06-21 22:10", [
            "President Volodymyr Zelensky said Ukrainian intelligence had information that Russia was considering an attack at the Zaporizhzhia nuclear plant that would release radiation.",
            "Moscow has repeatedly accused Kyiv of plotting provocations at the site."],
          "other", "security", 2, "zelensky-znpp-attack-warning", au=OB),
        E("Allies pledge billions at London recovery conference", "2023-06-21 19:45", [
            "Western governments and companies pledged more than $60bn to help rebuild Ukraine on the first day of the Ukraine Recovery Conference in London.",
            "Britain offered $3bn in loan guarantees, while the European Commission set out plans for a \u20ac50bn support fund over four years."],
          "aid", "aid", 3, URC, au=LM),
        E("Russia says it repelled Ukrainian attacks in Zaporizhzhia region", "2023-06-21 15:05", [
            "Russia's defence ministry claimed its units had fought off several Ukrainian attacks near the villages of Robotyne and Piatykhatky in the Zaporizhzhia region.",
            "Ukraine's deputy defence minister said troops had advanced about 1.3km in the south over the past week."],
          "other", "frontline", 3, RP, au=OB),
        E("Photos: the Lviv warehouse hit by a drone", "2023-06-21 12:30", [],
          "strikes", "strikes", 1, "lviv-warehouse-photos", note="Gallery teaser, no body."),
        E("Drone hits critical infrastructure site in Lviv", "2023-06-21 09:40", [
            "A Russian drone struck a critical infrastructure facility in Lviv overnight, starting a fire that was later put out, the city's mayor said.",
            "There were no casualties."],
          "strikes", "strikes", 3, DR, au=LM),
        E("Air force: 32 of 35 Shahed drones shot down overnight", "2023-06-21 07:55", [
            "Ukraine's air force said it destroyed 32 of the 35 Iranian-made Shahed drones that Russia launched overnight, mainly at Kyiv and western regions."],
          "strikes", "strikes", 3, DR),
        E(None, "2023-06-21 03:20", [
            "Explosions were heard in Kyiv as air defence engaged drones approaching the capital, the city military administration said.",
            "Residents were urged to stay in shelters until the alert ended."],
          "strikes", "strikes", 3, DR, note="Headless, unsigned post; 03:20 Kyiv = 00:20 UTC 21 June."),
    ]
    t, n, ne = ironbridge("928", "", "Russia-Ukraine war live: drones target Kyiv and Lviv; billions pledged for reconstruction", es, "EEST, UTC+3",
                          extra_notes="Day: Wednesday 21 June 2023; the 03:20 post is 00:20 UTC, still 21 June.")
    out.append(write_page("928", "ironbridge_live", "txt", "Ironbridge Daily", "Russia-Ukraine war live: drones target Kyiv and Lviv; billions pledged for reconstruction",
                          KYIV, t, es, n, ne, BK.format("(EEST, UTC+3)")))
    # ---- 929 Sable Report ----
    MW, JS = "Marta Wrona", "Jakub Sell"
    es = [
        E("EU's eleventh sanctions package still blocked", "2023-06-21 20:15", [
            "EU ambassadors again failed to agree on the bloc's eleventh package of sanctions against Russia, with Hungary and Greece holding out over Ukraine's list of 'international sponsors of war', diplomats said."],
          "diplomacy", "diplomacy", 3, EU, au=JS),
        E("London conference: EU proposes \u20ac50bn facility for Ukraine", "2023-06-21 17:30", [
            "European Commission President Ursula von der Leyen told the Ukraine Recovery Conference in London that the EU would provide \u20ac50bn in grants and loans to Ukraine between 2024 and 2027.",
            "The proposal still needs the approval of member states and the European Parliament."],
          "aid", "aid", 3, URC, au=MW, note="A pledge made at the conference: same story as the conference (one event)."),
        E("Moscow: Ukrainian attacks in Zaporizhzhia Oblast repelled", "2023-06-21 13:45", [
            "The Russian defence ministry claimed that its troops had beaten back Ukrainian assaults in the Zaporizhzhia Oblast and destroyed several Western-supplied armoured vehicles.",
            "The claims could not be independently verified."],
          "other", "frontline", 3, RP, au=JS),
        E(None, "2023-06-21 11:10", [
            "The head of the Lviv regional administration said the fire at the infrastructure site hit by a drone overnight had been extinguished and that no one was hurt."],
          "strikes", "strikes", 3, DR, au=MW, note="Post without headline (none in JSON-LD either)."),
        E("Kyiv and Lviv targeted by Iranian-made drones overnight", "2023-06-21 09:30", [
            "Russia attacked Ukraine overnight with 35 Shahed drones, most of which were shot down over the Kyiv region and western Ukraine, the Ukrainian air force said."],
          "strikes", "strikes", 3, DR, au=MW),
        E("Watch: Ukrainian troops advance near Velyka Novosilka", "2023-06-21 07:15", [],
          "other", "frontline", 1, "velyka-novosilka-video", note="Video teaser, no text."),
    ]
    p, n, ne = sable("929", "Ukraine live: drone attack on Kyiv and Lviv, London conference on reconstruction", es, "Wednesday, 21 June 2023", "CEST",
                     "https://sablereport.example/live/ukraine-2023-06-21")
    out.append(write_page("929", "sable_live", "html", "Sable Report", "Ukraine live: drone attack on Kyiv and Lviv, London conference on reconstruction",
                          WARSAW, p, es, n + " Warsaw is CEST (UTC+2).", ne, BS))
    # ---- 930 Cobalt Newswire ----
    IK = "Ines Kovac"
    es = [
        E("Search for missing Titanic submersible enters critical phase", "2023-06-21 21:10", [
            "Rescuers searching for a tourist submersible that vanished near the wreck of the Titanic said oxygen on board could run out within a day."],
          "other", "unrelated", 1, "titan-submersible-search", note=OFF),
        E("Donors pledge over $60 billion to rebuild Ukraine at London conference", "2023-06-21 18:25", [
            "Governments and international lenders pledged more than $60 billion for Ukraine's reconstruction at a two-day conference in London, British Foreign Secretary James Cleverly said."],
          "aid", "aid", 3, URC, au=IK),
        E("Modi leads yoga session at UN headquarters", "2023-06-21 15:40", [
            "Indian Prime Minister Narendra Modi led a mass yoga session on the lawn of the UN headquarters in New York to mark International Day of Yoga."],
          "other", "unrelated", 1, "modi-yoga-un", note=OFF),
        E("Drones target Kiev and Lviv; Ukraine says most shot down", "2023-06-21 12:05", [
            "Russia launched waves of drones at Kiev and the western city of Lviv overnight, Ukrainian officials said, adding that air defences shot down 32 of them.",
            "A drone hit an infrastructure facility in Lviv but caused no casualties."],
          "strikes", "strikes", 3, DR, au=IK, note="'Kiev' spelling."),
        E("EU sanctions package held up by Hungary and Greece", "2023-06-21 10:30", [
            "A new round of EU sanctions on Russia remained stuck as Hungary and Greece demanded that their companies be removed from a Ukrainian blacklist, diplomats said."],
          "diplomacy", "diplomacy", 3, EU, au=IK),
        E("Powell says more interest rate rises likely this year", "2023-06-21 08:00", [
            "US Federal Reserve chair Jerome Powell told Congress that most policymakers expect further rate increases this year."],
          "other", "unrelated", 1, "powell-rate-testimony", note=OFF),
    ]
    x, n, ne = cobalt(es, "Cobalt Newswire | World", "Wed, 21 Jun 2023 21:15:00 GMT")
    out.append(write_page("930", "cobalt_world", "xml", "Cobalt Newswire", "Cobalt Newswire | World", "UTC", x, es, n, ne, BC))
    return out


def day_d():
    """Thursday 2 November 2023: US House passes Israel-only aid, Zaluzhny's 'stalemate' essay and the Kremlin's rebuttal, Kherson shelling (2 -> 3 dead), Putin revokes CTBT ratification."""
    out = []
    US = "house-passes-israel-aid-without-ukraine"
    ZL = "zaluzhny-stalemate-essay"
    KH = "kherson-shelling-nov-2"
    OD = "odesa-drone-attack-nov-2"
    # ---- 932 Sable Report (CET) ----
    MW, JS = "Marta Wrona", "Jakub Sell"
    es = [
        E("US House passes Israel aid without money for Ukraine", "2023-11-02 21:40", [
            "The US House of Representatives approved $14.3bn in military aid for Israel on Thursday, leaving out the funding for Ukraine that President Joe Biden had requested in the same package.",
            "The bill faces opposition in the Senate, where leaders of both parties want Ukraine aid included."],
          "aid", "aid", 3, US, au=JS),
        E("Kremlin disputes Zaluzhny's 'stalemate' assessment", "2023-11-02 18:05", [
            "Kremlin spokesman Dmitry Peskov rejected the view of Ukraine's commander-in-chief that the war had reached a stalemate, saying Russia would achieve all its goals.",
            "He said the West should realise that Ukraine could not win on the battlefield."],
          "other", "frontline", 3, ZL, au=MW, note="Russian rebuttal of the essay reported in 932-06: same story."),
        E("Kherson shelling toll rises to three", "2023-11-02 14:30", [
            "A third person has died after Russian shelling of Kherson on Thursday morning, regional governor Oleksandr Prokudin said."],
          "strikes", "strikes", 3, KH, au=MW),
        E("Gallery: life under fire in Kherson", "2023-11-02 12:00", [],
          "strikes", "strikes", 1, "kherson-gallery", note="Gallery teaser (image only)."),
        E("Russian shelling kills two in Kherson", "2023-11-02 10:15", [
            "Two people were killed and three injured when Russian artillery hit a residential neighbourhood in Kherson, the regional military administration said."],
          "strikes", "strikes", 3, KH, au=JS),
        E("Ukraine's top general: war has reached a stalemate", "2023-11-02 08:45", [
            "Ukraine's commander-in-chief, General Valerii Zaluzhny, wrote in an essay published by a British magazine that the war had reached a stalemate and that there would most likely be no deep and beautiful breakthrough.",
            "He called for new technologies, above all in drones and electronic warfare, to break the deadlock."],
          "other", "frontline", 3, ZL, au=MW),
    ]
    p, n, ne = sable("932", "Ukraine live: US House leaves out Ukraine aid; Kremlin rejects 'stalemate' talk", es, "Thursday, 2 November 2023", "CET",
                     "https://sablereport.example/live/ukraine-2023-11-02")
    out.append(write_page("932", "sable_live", "html", "Sable Report", "Ukraine live: US House leaves out Ukraine aid; Kremlin rejects 'stalemate' talk",
                          WARSAW, p, es, n + " Warsaw is CET (UTC+1) after 29 October.", ne, BS))
    # ---- 933 Foxglove Review (Atom, EDT until 5 Nov) ----
    DH, RB = "Dana Holloway", "Reid Bannerman"
    es = [
        E("House approves $14.3 billion for Israel, leaves out Ukraine", "2023-11-02 18:20", [
            "The Republican-led House passed a bill providing $14.3 billion in aid to Israel, paid for by cuts to the Internal Revenue Service, without the Ukraine money the White House had sought.",
            "The White House has said President Biden would veto the measure."],
          "aid", "aid", 3, US, au=RB, note="18:20-04:00 = 22:20 UTC 2 Nov."),
        E("Storm Ciar\u00e1n batters western Europe", "2023-11-02 15:00", [
            "Storm Ciar\u00e1n brought record winds to northern France and southern England, killing at least seven people and leaving more than a million homes without power."],
          "other", "unrelated", 1, "storm-ciaran", au=DH, note=OFF),
        E("Peskov: there is no stalemate in Ukraine", "2023-11-02 12:35", [
            "The Kremlin said on Thursday that Russia's war in Ukraine had not reached a stalemate, pushing back against an assessment by Ukraine's top general."],
          "other", "frontline", 3, ZL, au=DH),
        E("Explained: What Ukraine's top general said about the war", "2023-11-02 09:10", [],
          "other", "frontline", 1, "zaluzhny-essay-explainer", note="Explainer teaser without content."),
        E("AI summit ends with Bletchley declaration", "2023-11-02 06:40", [
            "Representatives of 28 countries including the United States and China signed a declaration on the risks of advanced artificial intelligence at a summit in Britain."],
          "other", "unrelated", 1, "bletchley-ai-summit", au=RB, note=OFF),
        E("Senate leaders signal Ukraine aid must be paired with border money", "2023-11-01 22:50", [
            "Senate Republicans said they would only back new aid for Ukraine if it came with tougher measures at the US-Mexico border, complicating the White House's funding request."],
          "aid", "aid", 2, "senate-ukraine-aid-border-linkage", au=RB,
          note="Published 2023-11-01T22:50:00-04:00 = 02:50 UTC on 2 Nov."),
    ]
    x, n, ne = foxglove(es, "Foxglove Review | World", "2023-11-02T18:25:00-04:00")
    out.append(write_page("933", "foxglove_world", "xml", "Foxglove Review", "Foxglove Review | World", NY, x, es, n, ne, BF))
    # ---- 934 Granite Standard (HTML article, GMT) ----
    e = E("House passes Israel aid bill, leaving Ukraine funding in limbo", "2023-11-02 21:58", [
        "The US House of Representatives has passed a stand-alone military aid package for Israel, splitting it from the support for Ukraine that the White House wanted approved alongside it.",
        "The $14.3bn bill, the first major piece of legislation under the new Speaker, Mike Johnson, passed by 226 votes to 196.",
        "European diplomats in Washington said they were increasingly worried that money for Kyiv could run out by the end of the year.",
        "Democrats in the Senate have said they will not take up the House bill in its current form."],
        "aid", "aid", 3, US, au="Owen Garrow", role="US Correspondent", related="What happens if American aid to Ukraine dries up?")
    p, n, ne = granite("Ukraine's allies in Congress fear the money could run out by the end of the year", e, "2 November 2023, 9:58pm GMT", "World")
    out.append(write_page("934", "granite_article", "html", "Granite Standard", e["h"], LONDON, p, [e], n, ne,
                          "Visible 'Published 2 November 2023, 9:58pm GMT' (GMT = UTC) and JSON-LD datePublished 2023-11-02T21:58:00+00:00."))
    # ---- 935 Ironbridge Daily (Kyiv EET) ----
    LM, OB = "Lena Marsh", "Oskar Brandt"
    es = [
        E("Putin revokes Russia's ratification of nuclear test ban treaty", "2023-11-02 22:45", [
            "President Vladimir Putin signed a law withdrawing Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty, the Kremlin said.",
            "Moscow says it will not resume nuclear testing unless the United States does."],
          "diplomacy", "diplomacy", 3, "putin-revokes-ctbt-ratification", au=OB),
        E("Kremlin: no 'stalemate' in the special military operation", "2023-11-02 19:30", [
            "Dmitry Peskov told reporters that the conflict was not at a dead end and that Russia was continuing its operation methodically.",
            "His comments were a response to the essay by Ukraine's commander-in-chief."],
          "other", "frontline", 3, ZL, au=LM),
        E("Kherson: third victim of morning shelling dies", "2023-11-02 16:10", [
            "A man wounded in the morning's Russian artillery strike on Kherson died in hospital, bringing the death toll to three, the regional governor said."],
          "strikes", "strikes", 3, KH, au=LM),
        E("Russian artillery hits Kherson, killing two", "2023-11-02 11:50", [
            "Russian forces shelled a residential area of Kherson in the morning, killing two people and wounding three, according to the regional administration."],
          "strikes", "strikes", 3, KH, au=OB),
        E("Odesa port infrastructure damaged in drone attack", "2023-11-02 09:05", [
            "Russian drones damaged port infrastructure and a warehouse in the Odesa region overnight, the regional governor said.",
            "Air defences shot down most of the drones, according to the air force."],
          "strikes", "strikes", 2, OD, au=LM),
        E(None, "2023-11-02 07:20", [
            "Ukraine's commander-in-chief Valerii Zaluzhny has said in an essay for a British magazine that the war has moved into a positional stage, much like the First World War.",
            "He warned that a long war would favour Russia."],
          "other", "frontline", 3, ZL, note="Headless, unsigned post."),
        E("Air alert in southern regions as drones approach Odesa", "2023-11-02 00:40", [
            "An air raid alert was declared in the Odesa and Mykolaiv regions as groups of attack drones approached from the Black Sea."],
          "strikes", "strikes", 2, OD, au=OB,
          note="00:40 Kyiv (EET, UTC+2) on 2 Nov = 22:40 UTC on 1 Nov (previous UTC day)."),
    ]
    t, n, ne = ironbridge("935", "", "Russia-Ukraine war live: Kherson shelled; Kremlin rejects 'stalemate'; Putin revokes test-ban ratification", es, "EET, UTC+2",
                          extra_notes="Day: Thursday 2 November 2023; Kyiv is on winter time (EET, UTC+2) since 29 October; the 00:40 post is 1 November in UTC.")
    out.append(write_page("935", "ironbridge_live", "txt", "Ironbridge Daily",
                          "Russia-Ukraine war live: Kherson shelled; Kremlin rejects 'stalemate'; Putin revokes test-ban ratification", KYIV, t, es, n, ne,
                          BK.format("(EET, UTC+2)")))
    return out


def build():
    return day_a() + day_b() + day_c() + day_d()
