# Day C4, Tuesday 15 April 2025 (written after the issue-13 code, scored once as written): five sources (an
# Independent-style text blog with Key Points, a general world RSS feed where the war is a minority, a JSON-LD HTML live
# blog, an Atom feed, a TRT-style text blog). The main event: a ballistic missile strike on central Sumy, with tolls
# growing through the day, Russia's claim about it and reactions to it.

def E(t, h, body, topic, imp, story, sub=None, **kw):
    return dict(t=t, h=h, body=body, topic=topic, imp=imp, story=story, sub=sub or ("strikes" if topic == "strikes" else topic), **kw)


DAY = "2025-04-15"

INDEP = dict(format="indep", day=DAY, name="The Independent", uk_offset=1, author="Owen Tranter",
             title="Ukraine-Russia war live: Sumy missile strike kills 17 as Belgium pledges €1bn",
             caption="Rescue workers at the damaged university building in Sumy",
             intro=["Two Russian ballistic missiles hit the centre of Sumy during the morning, killing at least 17 people.",
                    "Belgium promised €1bn in military aid this year.",
                    "Russia says it has taken another village near Pokrovsk."],
             notes="Independent-style blog, BST stamps (UTC+1), Key Points block with three headlines.")
INDEP_E = [
    E("19:05", "Sumy death toll rises to 17, two children among the dead",
      ["Seventeen people are now known to have been killed by the Russian missiles that hit central Sumy on Tuesday morning, the regional military administration said.",
       "Two of the dead were children, and 96 people were wounded.",
       "The city has declared three days of mourning."], "strikes", 3, "sumy-missile-strike-2025-04-15", kp=True),
    E("17:30", "Belgium pledges €1bn in military aid to Ukraine this year",
      ["Belgium will provide Ukraine with €1bn of military aid in 2025, its defence minister said during a visit to Kyiv, including money for drones produced in Ukraine.",
       "The first of the F-16 jets Brussels has promised will arrive before the end of the year, he added."], "aid", 3, "belgium-aid-2025-04-15", kp=True),
    E("16:10", "Explained: How Russia's Iskander-M ballistic missile works", [], "strikes", 1, "explainer-iskander"),
    E("15:20", "Kremlin claims Sumy strike hit a gathering of Ukrainian officers",
      ["The Kremlin said its missiles had targeted what it called a meeting of Ukrainian commanders in Sumy, and accused Kyiv of using civilians as a shield.",
       "Ukrainian officials said the missiles struck a university building and a busy street."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("13:45", "Russia says it has captured village near Pokrovsk",
      ["Russia's defence ministry said its forces had captured the village of Bahatyr, south-west of Pokrovsk in the Donetsk region.",
       "Ukraine's military did not comment directly but said fighting continued on that part of the front."], "other", 3, "russia-claims-bahatyr", sub="frontline", kp=True),
    E("12:00", "Polish police arrest man accused of planning sabotage for Moscow",
      ["Police in Poland have arrested a Belarusian man suspected of planning to set fire to a warehouse storing aid bound for Ukraine on behalf of Russian intelligence, prosecutors said."], "other", 2, "poland-sabotage-arrest-2025-04-15", sub="security"),
    E("09:40", "Sumy strike: at least nine dead after missiles hit city centre",
      ["At least nine people were killed when two Russian ballistic missiles hit the centre of Sumy during the morning rush hour, the acting mayor said.",
       "One of the missiles struck a university building; the other exploded in a street near a trolleybus stop."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("06:25", "Ukraine's air force says it shot down 45 of 72 drones overnight",
      ["Ukraine's air defences destroyed 45 of the 72 Shahed-type drones Russia launched overnight, the air force said, while 20 others were lost to jamming."], "strikes", 2, "overnight-drones-2025-04-15"),
]

GLOBAL = dict(format="rss", day=DAY, name="Meridian Post", offset=0, base="https://meridianpost.example/global",
              guid="mp", title="Meridian Post - Global headlines", description="The day's headlines from around the world",
              notes="General RSS, GMT, 13 items of which 4 are about the war. Traps: an Israeli strike in Lebanon, a "
                    "cyclone that strikes, a pilots' strike, EU sanctions on Iran, a Ukrainian-born actor's award, a "
                    "Russian ballet dancer's death, and a Sumy-born chess player's win.")
GLOBAL_E = [
    E("21:20", "Israeli strike on Beirut suburb kills three, Lebanon says",
      ["An Israeli air strike on a building in Beirut's southern suburbs killed three people, Lebanon's health ministry said."], "other", 1, "beirut-strike-2025-04-15", sub="unrelated"),
    E("20:05", "Pilots' strike grounds half of flights at national carrier",
      ["A 48-hour strike by pilots forced the cancellation of about half of the national airline's flights, stranding thousands of passengers during the Easter holidays."], "other", 1, "pilots-strike", sub="unrelated"),
    E("19:10", "Seventeen killed as Russian missiles hit Ukraine's Sumy",
      ["A Russian missile strike on the northern Ukrainian city of Sumy killed 17 people including two children, officials said, one of the deadliest attacks on a city this year."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("18:00", "Cyclone Hilda strikes Mozambique coast",
      ["Cyclone Hilda made landfall near Beira with winds of 180km/h, tearing roofs off homes and cutting power to most of the city."], "other", 1, "cyclone-hilda", sub="unrelated"),
    E("16:45", "EU adopts new sanctions on Iran over crackdown on protesters",
      ["The European Union imposed sanctions on eight Iranian officials and two prisons it accuses of abusing detained protesters."], "other", 1, "eu-iran-sanctions", sub="unrelated"),
    E("15:30", "Ukraine and US sign memorandum on minerals deal",
      ["Ukraine and the United States have signed a memorandum of intent on a deal giving American companies a share of revenue from Ukrainian mineral deposits, Ukraine's economy minister said.",
       "A full agreement still has to be negotiated and approved by Ukraine's parliament."], "diplomacy", 3, "us-ukraine-minerals-memorandum"),
    E("14:15", "Ukrainian-born actor Ilya Marchenko wins top prize at Berlin drama awards",
      ["The Ukrainian-born actor Ilya Marchenko won best actor at the Berlin drama awards for his role in a stage adaptation of a Chekhov story."], "other", 1, "marchenko-award", sub="unrelated"),
    E("13:00", "Russian ballet star Galina Orlova dies at 82",
      ["Galina Orlova, a Russian ballerina who danced at the Bolshoi for three decades, has died at the age of 82, the theatre said."], "other", 1, "orlova-dies", sub="unrelated"),
    E("11:40", "Belgium to give Ukraine €1bn in arms this year",
      ["Belgium will give Ukraine €1bn worth of military assistance in 2025, its defence minister announced in Kyiv."], "aid", 3, "belgium-aid-2025-04-15"),
    E("10:20", "Sumy-born chess player wins European title",
      ["Grandmaster Oksana Didenko, who grew up in Sumy, won the European women's chess championship in Rhodes with a round to spare."], "other", 1, "didenko-chess", sub="unrelated"),
    E("09:15", "Missiles hit Sumy city centre during rush hour",
      ["Russian ballistic missiles hit the centre of the Ukrainian city of Sumy on Tuesday morning, killing several people, local officials said."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("08:00", "Gold hits record as investors seek safety",
      ["Gold rose to a record high above $3,300 an ounce as investors sought safe assets amid worries about trade tariffs."], "other", 1, "gold-record", sub="unrelated"),
    E("06:30", "Marathon runner breaks course record in Boston",
      ["A Kenyan runner broke the Boston Marathon course record by 40 seconds in cold, windy conditions."], "other", 1, "boston-marathon", sub="unrelated"),
]

NORTHBRIDGE = dict(format="jsonld", day=DAY, name="Northbridge Times", offset=3,
                   base="https://northbridgetimes.example/world/ukraine/live/2025-04-15",
                   title="Russia-Ukraine war live: deadly missile strike on Sumy",
                   standfirst="Ballistic missiles hit central Sumy; Kremlin says it targeted a military meeting; Belgium's new aid. Times are Kyiv time (UTC+3).",
                   related=["Sumy: a border city under fire", "Europe's aid to Ukraine in charts"],
                   notes="JSON-LD HTML live blog (+03:00). A body-less 'Watch:' teaser naming Sumy joins the strike; "
                         "an analysis with a body about why Sumy is hit so often is a theme; a 'Pictured:' teaser on "
                         "Easter in Lviv is its own story.")
NORTHBRIDGE_E = [
    E("18:40", "EU's top diplomat condemns 'horrific' strike on Sumy",
      ["The EU's foreign policy chief Kaja Kallas condemned Russia's missile strike on Sumy as a \"horrific\" attack on civilians and said Moscow must be held to account.",
       "Several European leaders called for tougher sanctions in response."], "strikes", 3, "sumy-missile-strike-2025-04-15", author="Laura Pike"),
    E("17:00", "Analysis: Why Sumy, 30km from the border, is so exposed",
      ["Sumy lies barely 30km from the Russian border, close enough for artillery and glide bombs as well as missiles.",
       "Since Ukraine's incursion into Kursk last August, Russia has massed troops across the border from the region.",
       "Air defences have only seconds to react to a ballistic missile fired from there."], "strikes", 2, "analysis-sumy-exposed", author="Laura Pike"),
    E("15:45", "Belgian defence minister in Kyiv announces new aid",
      ["Belgium's defence minister announced €1bn in military aid for Ukraine for 2025 during a visit to Kyiv, saying part of it would fund Ukrainian-made drones."], "aid", 3, "belgium-aid-2025-04-15", author="Laura Pike"),
    E("14:10", "Watch: Smoke rises over Sumy university after missile strike", [], "strikes", 1, "sumy-missile-strike-2025-04-15", author="Laura Pike"),
    E("12:30", "Zelensky: Sumy strike shows Russia 'wants war'",
      ["President Volodymyr Zelensky said the strike on Sumy showed that Russia \"wants war, not peace\" and urged allies to respond with more air defence systems and pressure on Moscow."], "strikes", 3, "sumy-missile-strike-2025-04-15", author="Ihor Bondar"),
    E("11:20", "Russian forces take Bahatyr, defence ministry says",
      ["Russia's defence ministry said its troops had taken control of Bahatyr, a village in the Donetsk region south-west of Pokrovsk."], "other", 3, "russia-claims-bahatyr", sub="frontline", author="Ihor Bondar"),
    E("10:05", "Pictured: Lviv prepares for Easter despite the war", [], "other", 1, "pictured-lviv-easter", sub="humanitarian", author="Ihor Bondar"),
    E("08:50", "Ballistic missiles hit central Sumy, casualties reported",
      ["Two ballistic missiles hit the centre of Sumy shortly after 10am local time, the regional governor said, reporting dead and wounded and a fire in a university building."], "strikes", 3, "sumy-missile-strike-2025-04-15", author="Ihor Bondar"),
]

CARPATHIAN = dict(format="atom", day=DAY, name="Carpathian Review", offset=2, tag="carpathianreview.example",
                  base="https://carpathianreview.example/ukraine", title="Carpathian Review — War in Ukraine",
                  notes="Atom (+02:00, CEST). Spells 'Kiev'; an Iranian engine supply to Russia is aid.")
CARPATHIAN_E = [
    E("18:20", "Sumy toll reaches 17 as rescuers finish search",
      ["Rescuers in Sumy finished searching the rubble of a university building late on Tuesday; the number of dead from the Russian missile strike stands at 17, local officials said."], "strikes", 3, "sumy-missile-strike-2025-04-15", author="Marta Hudak"),
    E("16:30", "Kiev and Washington sign minerals memorandum",
      ["Ukraine's economy minister and US officials signed a memorandum on a minerals deal in a video call, opening the way to talks on a full agreement."], "diplomacy", 3, "us-ukraine-minerals-memorandum", author="Marta Hudak"),
    E("13:50", "Iran shipped drone engines to Russia, investigators say",
      ["Iran has sent Russia hundreds of engines for Shahed-type attack drones since the start of the year, according to a report by independent investigators who examined downed drones.",
       "The engines were shipped across the Caspian Sea, the report said."], "aid", 3, "iran-drone-engines-to-russia", author="Tomas Vrba"),
    E("11:15", "Russian missiles strike Sumy, many casualties",
      ["Russian missiles struck the centre of Sumy in north-eastern Ukraine on Tuesday morning, killing at least nine people and wounding dozens, regional authorities said."], "strikes", 3, "sumy-missile-strike-2025-04-15", author="Tomas Vrba"),
    E("07:40", "Power cut in Kherson after drones hit substation",
      ["Russian drones damaged a substation in Kherson overnight, leaving about 30,000 households without electricity, the regional governor said."], "strikes", 3, "kherson-substation-2025-04-15", author="Tomas Vrba"),
]

TRT = dict(format="trt", day=DAY, name="TRT World",
           title="Live blog: Russian missiles kill 17 in Sumy as Kremlin claims military target",
           standfirst="Russia-Ukraine war enters its 1,147th day.",
           caption="Firefighters at the site of a missile strike in Sumy / Photo: AA",
           notes="TRT-style text blog, GMT. A prisoner exchange told only here (diplomacy).")
TRT_E = [
    E("18:55", "Death toll from Sumy missile strike climbs to 17",
      ["The number of people killed by Tuesday's Russian ballistic missile strike on the Ukrainian city of Sumy has risen to 17, regional authorities said.",
       "Rescue operations have ended, the State Emergency Service said."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("16:35", "Ukraine and Russia exchange 246 prisoners each with UAE mediation",
      ["Ukraine and Russia each freed 246 prisoners of war in an exchange mediated by the United Arab Emirates, the Emirati foreign ministry said.",
       "Among those returned to Ukraine were soldiers captured in the Kursk region."], "diplomacy", 3, "prisoner-exchange-246-2025-04-15"),
    E("14:40", "Belgium commits €1bn in military support to Ukraine for 2025",
      ["Belgium will give €1bn in military support to Ukraine this year, Defence Minister Theo Francken said in Kyiv."], "aid", 3, "belgium-aid-2025-04-15"),
    E("12:20", "Moscow says strike on Sumy targeted military meeting",
      ["Russia's defence ministry said its Iskander-M missiles had struck a meeting of Ukrainian army commanders in Sumy and claimed that dozens of servicemen were killed.",
       "The claim could not be independently verified."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("08:15", "Russian missiles kill at least nine in Sumy",
      ["At least nine people were killed and dozens injured when two Russian ballistic missiles hit the centre of Sumy, acting mayor Artem Kobzar said."], "strikes", 3, "sumy-missile-strike-2025-04-15"),
    E("05:10", "Drone attack cuts power in Kherson",
      ["A Russian drone attack on an energy facility left parts of Kherson without electricity overnight, the regional administration said."], "strikes", 3, "kherson-substation-2025-04-15"),
]

PAGES = [
    ("511", "c4-independent", INDEP, INDEP_E),
    ("512", "c4-meridianpost-global-rss", GLOBAL, GLOBAL_E),
    ("513", "c4-northbridge-live", NORTHBRIDGE, NORTHBRIDGE_E),
    ("514", "c4-carpathian-atom", CARPATHIAN, CARPATHIAN_E),
    ("515", "c4-trt", TRT, TRT_E),
]
