# Days C5 and C6, Tuesday 20 and Wednesday 21 May 2025 (written after the issue-13 code, scored once as written): a
# second two-day sequence. C5: a TRT-style text blog, a JSON-LD HTML live blog, an Atom feed. C6: the TRT blog again,
# a general world RSS feed (war a minority), the HTML blog (a retelling of Tuesday's sanctions with nothing new), and the
# Atom feed re-posting one Tuesday entry unchanged. The overnight drone attack on the Kyiv region continues into
# Wednesday with a higher toll.

def E(t, h, body, topic, imp, story, sub=None, **kw):
    return dict(t=t, h=h, body=body, topic=topic, imp=imp, story=story, sub=sub or ("strikes" if topic == "strikes" else topic), **kw)


D5 = "2025-05-20"
D6 = "2025-05-21"

TRT5 = dict(format="trt", day=D5, name="TRT World", title="Live blog: Russia launches record drone attack as EU adopts new sanctions",
            standfirst="Russia-Ukraine war enters its 1,182nd day.", caption="A damaged house in the Kyiv region / Photo: AA",
            notes="TRT-style text blog, GMT.")
TRT5_E = [
    E("18:30", "EU adopts 17th sanctions package against Russia",
      ["The European Union formally adopted its 17th package of sanctions against Russia, adding nearly 200 tankers of the so-called shadow fleet to its blacklist.",
       "EU foreign ministers also agreed to sanction Russian companies accused of supplying parts for drones."], "diplomacy", 3, "eu-17th-sanctions-package"),
    E("15:50", "Vatican offers to host talks between Russia and Ukraine",
      ["The Vatican is ready to host direct talks between Russian and Ukrainian delegations, its secretary of state said, after a call between the Pope and President Zelensky."], "diplomacy", 3, "vatican-offers-talks-2025-05-20"),
    E("12:40", "Australia to send Ukraine 49 Abrams tanks",
      ["Australia will send Ukraine 49 of its decommissioned M1A1 Abrams tanks, its defence minister said, part of a military aid package worth 245 million Australian dollars."], "aid", 3, "australia-abrams-2025-05-20"),
    E("09:05", "One killed in Kyiv region as Russia launches 273 drones",
      ["A woman was killed and three people were injured in the Obukhiv district of the Kyiv region after Russia launched 273 drones at Ukraine overnight, the largest drone attack of the war, the regional governor said."], "strikes", 3, "record-drone-attack-2025-05-20"),
    E("06:20", "Ukraine's air force says 88 drones shot down in record attack",
      ["Ukraine's air force said it shot down 88 of the 273 drones Russia launched overnight and that 128 more were lost to electronic warfare."], "strikes", 3, "record-drone-attack-2025-05-20"),
]

NORTH5 = dict(format="jsonld", day=D5, name="Northbridge Times", offset=3,
              base="https://northbridgetimes.example/world/ukraine/live/2025-05-20",
              title="Russia-Ukraine war live: record drone attack; EU's 17th sanctions package",
              standfirst="Russia launches 273 drones overnight; the EU adopts new sanctions; the Vatican offers to host talks. Times are Kyiv time (UTC+3).",
              related=["Drones over Ukraine: the numbers"], notes="JSON-LD HTML live blog (+03:00).")
NORTH5_E = [
    E("17:45", "EU blacklists nearly 200 shadow fleet tankers",
      ["EU foreign ministers adopted a 17th sanctions package on Tuesday, targeting almost 200 vessels of Russia's shadow fleet and dozens of companies."], "diplomacy", 3, "eu-17th-sanctions-package", author="Laura Pike"),
    E("14:30", "Pope's envoy says Vatican ready to host Russia-Ukraine talks",
      ["The Vatican has offered to host talks between Russia and Ukraine, the Holy See's secretary of state said on Tuesday."], "diplomacy", 3, "vatican-offers-talks-2025-05-20", author="Laura Pike"),
    E("11:15", "Russia claims capture of village near Pokrovsk",
      ["Russia's defence ministry said its troops had captured the village of Shevchenko, east of Pokrovsk.",
       "Ukraine's army said its units were holding positions west of the village."], "other", 2, "russia-claims-shevchenko-2025-05-20", sub="frontline", author="Ihor Bondar"),
    E("08:30", "Record Russian drone attack kills woman near Kyiv",
      ["A woman was killed when a Russian drone hit a house in the Obukhiv district south of Kyiv, during what Ukraine's air force called the largest drone attack of the war: 273 drones in a single night."], "strikes", 3, "record-drone-attack-2025-05-20", author="Ihor Bondar"),
    E("06:45", "Families evacuated from Kostiantynivka as shelling intensifies",
      ["Authorities in the Donetsk region have evacuated about 40 families with children from Kostiantynivka as Russian shelling of the town grew heavier, the regional governor said."], "other", 2, "kostiantynivka-evacuation-2025-05-20", sub="humanitarian", author="Ihor Bondar"),
]

CARP5 = dict(format="atom", day=D5, name="Carpathian Review", offset=2, tag="carpathianreview.example",
             base="https://carpathianreview.example/ukraine", title="Carpathian Review — War in Ukraine",
             notes="Atom (+02:00). Its Abrams entry is re-posted unchanged on Wednesday (same id).")
CARP5_E = [
    E("16:40", "Brussels adopts new Russia sanctions, targets shadow fleet",
      ["The EU adopted its 17th round of sanctions on Russia, targeting the tankers Moscow uses to sell oil and companies helping it build drones."], "diplomacy", 3, "eu-17th-sanctions-package", author="Marta Hudak", slug="eu-17th-sanctions"),
    E("13:10", "Australia's Abrams tanks heading to Ukraine",
      ["Australia's government confirmed it will give Ukraine 49 Abrams tanks that its army is retiring, valued at about A$245m."], "aid", 3, "australia-abrams-2025-05-20", author="Tomas Vrba", slug="australia-abrams"),
    E("07:20", "Kiev region: one dead after night of drones",
      ["One person was killed in the Kiev region in an overnight Russian drone attack, the regional administration said; Ukraine's air force said Russia had launched a record 273 drones."], "strikes", 3, "record-drone-attack-2025-05-20", author="Tomas Vrba"),
]

# ------------------------------------------------------------------ Wednesday 21 May

TRT6 = dict(TRT5, day=D6, title="Live blog: Toll from record drone attack rises; drones hit Russian airfield",
            notes="The TRT-style blog on Wednesday.")
TRT6_E = [
    E("17:15", "Ukraine and Russia agree to exchange 1,000 prisoners each",
      ["Ukraine and Russia have agreed to exchange 1,000 prisoners of war each in the coming days, officials on both sides said, in what would be the largest swap of the war."], "diplomacy", 3, "prisoner-exchange-1000-agreed"),
    E("13:30", "Ukrainian drones hit airfield in Russia's Saratov region",
      ["Ukrainian drones struck the Engels air base in Russia's Saratov region overnight, Ukraine's general staff said, claiming hits on fuel storage."], "strikes", 3, "engels-airbase-strike-2025-05-21"),
    E("10:10", "Kyiv region drone attack toll rises to three",
      ["Two more people have died of injuries suffered in Tuesday's record Russian drone attack on the Kyiv region, bringing the death toll to three, the regional governor said."], "strikes", 3, "record-drone-attack-2025-05-20"),
]

HARBOUR6 = dict(format="rss", day=D6, name="Harbourline News", offset=0, base="https://harbourline.example/world",
                guid="hl", title="Harbourline News - International", description="Top stories from around the world",
                notes="General world RSS, GMT; 11 items, 3 about the war. Traps: a ceasefire elsewhere, a storm that "
                      "hits, a dockers' strike, a Russian tennis player's win, a Ukrainian boxer's title defence.")
HARBOUR6_E = [
    E("20:45", "India and Pakistan extend ceasefire along Kashmir line",
      ["India and Pakistan agreed to extend the ceasefire along the Line of Control in Kashmir, military officials from both sides said."], "other", 1, "india-pakistan-ceasefire", sub="unrelated"),
    E("19:30", "Storm hits Texas coast, 200,000 without power",
      ["A powerful storm hit the Texas coast with winds of up to 130km/h, leaving more than 200,000 homes without power."], "other", 1, "texas-storm", sub="unrelated"),
    E("18:15", "Kyiv and Moscow agree 1,000-for-1,000 prisoner swap",
      ["Ukraine and Russia agreed to swap 1,000 prisoners each, the largest exchange since the full-scale invasion began, negotiators said."], "diplomacy", 3, "prisoner-exchange-1000-agreed"),
    E("17:00", "Dockers' strike halts Rotterdam container terminals",
      ["Dock workers in Rotterdam walked out for 24 hours over automation plans, halting work at the port's container terminals."], "other", 1, "rotterdam-dock-strike", sub="unrelated"),
    E("15:40", "Russian tennis player wins Italian Open",
      ["Russia's Daria Kasatkina won the Italian Open in Rome, beating the top seed in straight sets."], "other", 1, "italian-open-tennis", sub="unrelated"),
    E("14:20", "Drones strike Russian air base at Engels",
      ["Ukrainian drones attacked the Engels strategic bomber base in Russia overnight, Ukraine's military said, as Russian officials reported drone debris falling in Saratov."], "strikes", 3, "engels-airbase-strike-2025-05-21"),
    E("12:50", "Ukrainian boxer defends heavyweight title in Wroclaw",
      ["Ukraine's Oleksandr Hordiyenko kept his heavyweight title with a unanimous points win in Wroclaw."], "other", 1, "boxing-title-defence", sub="unrelated"),
    E("11:30", "Bond yields rise as traders weigh budget plans",
      ["Government bond yields rose to their highest level in six months as traders weighed plans for higher spending."], "other", 1, "bond-yields", sub="unrelated"),
    E("10:05", "Death toll in Kyiv region drone attack rises to three",
      ["Three people have now died as a result of Tuesday's Russian drone attack on the Kyiv region, the largest of the war, officials said."], "strikes", 3, "record-drone-attack-2025-05-20"),
    E("08:40", "Flower show opens with record number of gardens",
      ["The annual flower show opened with 40 show gardens, the most in its history."], "other", 1, "flower-show", sub="unrelated"),
    E("06:10", "Telescope captures sharpest image yet of distant galaxy",
      ["Astronomers released the sharpest image yet of a galaxy 12 billion light years away."], "other", 1, "galaxy-image", sub="unrelated"),
]

NORTH6 = dict(NORTH5, day=D6, base="https://northbridgetimes.example/world/ukraine/live/2025-05-21",
              title="Russia-Ukraine war live: 1,000-for-1,000 prisoner swap agreed; drones hit Engels",
              standfirst="The sides agree their largest prisoner exchange; Ukrainian drones hit a Russian bomber base. Times are Kyiv time (UTC+3).",
              notes="Its 09:00 update retells Tuesday's sanctions with nothing new (importance 1).")
NORTH6_E = [
    E("18:00", "Zelensky: preparations for 1,000-prisoner exchange under way",
      ["President Volodymyr Zelensky said preparations for the exchange of 1,000 prisoners were under way and that the first group could return within days."], "diplomacy", 3, "prisoner-exchange-1000-agreed", author="Laura Pike"),
    E("14:50", "Ukraine says drones set fuel depot ablaze at Engels air base",
      ["Ukraine's general staff said drones had set fire to a fuel depot at the Engels air base, home to Russian strategic bombers used to fire missiles at Ukraine."], "strikes", 3, "engels-airbase-strike-2025-05-21", author="Laura Pike"),
    E("12:20", "Third victim of record drone attack dies in hospital",
      ["A man injured in Tuesday's drone attack on the Obukhiv district has died in hospital, the third death from the attack, the Kyiv regional administration said."], "strikes", 3, "record-drone-attack-2025-05-20", author="Ihor Bondar"),
    E("09:00", "EU adopted 17th sanctions package on Tuesday",
      ["The European Union adopted its 17th package of sanctions against Russia on Tuesday, blacklisting nearly 200 shadow fleet tankers."], "diplomacy", 1, "eu-17th-sanctions-package", author="Ihor Bondar"),
    E("07:30", "Russian troops push towards Kostiantynivka",
      ["Russian forces are advancing on Kostiantynivka from the south-east, Ukrainian military analysts said, bringing the town within range of more artillery."], "other", 2, "kostiantynivka-advance-2025-05-21", sub="frontline", author="Ihor Bondar"),
]

CARP6 = dict(CARP5, day=D6, notes="Atom on Wednesday; the Abrams entry of Tuesday appears again unchanged (same id, new date).")
CARP6_E = [
    E("15:20", "Largest prisoner swap of the war agreed",
      ["Russia and Ukraine agreed to trade 1,000 prisoners of war each, according to negotiators from both countries."], "diplomacy", 3, "prisoner-exchange-1000-agreed", author="Marta Hudak"),
    E("12:00", "Engels air base burning after drone attack, Ukraine says",
      ["A fire broke out at the Engels air base in Russia after an overnight Ukrainian drone attack, Ukraine's military said."], "strikes", 3, "engels-airbase-strike-2025-05-21", author="Tomas Vrba"),
    E("05:40", "Australia's Abrams tanks heading to Ukraine",
      ["Australia's government confirmed it will give Ukraine 49 Abrams tanks that its army is retiring, valued at about A$245m."], "aid", 1, "australia-abrams-2025-05-20", author="Tomas Vrba", slug="australia-abrams", id_day="2025-05-20"),
]

PAGES = [
    ("516", "c5-trt", TRT5, TRT5_E),
    ("517", "c5-northbridge-live", NORTH5, NORTH5_E),
    ("518", "c5-carpathian-atom", CARP5, CARP5_E),
    ("519", "c6-trt", TRT6, TRT6_E),
    ("520", "c6-harbourline-world-rss", HARBOUR6, HARBOUR6_E),
    ("521", "c6-northbridge-live", NORTH6, NORTH6_E),
    ("522", "c6-carpathian-atom", CARP6, CARP6_E),
]
