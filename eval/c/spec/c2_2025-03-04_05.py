# Days C2 and C3, Tuesday 4 and Wednesday 5 March 2025: a two-day sequence for staleness. C2 has three sources
# (Independent-style text with a six-bullet Key Points block, a wire RSS feed, an Atom feed); C3 has four (the same
# text live blog re-posting two of Tuesday's updates, a general world RSS feed, a JSON-LD HTML live blog, the wire
# again re-posting one of its Tuesday items). The Odesa port strike continues into Wednesday (toll 3 -> 5) and the
# prisoner exchange gets a new detail; a Wednesday retelling of Tuesday's exchange with nothing new is filler.

def E(t, h, body, topic, imp, story, sub=None, **kw):
    return dict(t=t, h=h, body=body, topic=topic, imp=imp, story=story, sub=sub or ("strikes" if topic == "strikes" else topic), **kw)


D2 = "2025-03-04"
D3 = "2025-03-05"

# ------------------------------------------------------------------ Tuesday 4 March

INDEP2 = dict(format="indep", day=D2, name="The Independent", uk_offset=0, author="Clara Benning",
              title="Ukraine-Russia war live: Missiles hit grain ship in Odesa as sides swap 150 prisoners",
              caption="A grain ship burns in Odesa port after a Russian missile strike",
              intro=["Three people were killed when Russian missiles struck the port of Odesa and set a grain ship on fire.",
                     "Ukraine and Russia exchanged 150 prisoners of war each in a deal mediated by the United Arab Emirates.",
                     "Canada announced a new military aid package worth C$500m."],
              notes="Independent-style text live blog, GMT stamps (UK winter time). The Key Points block lists six "
                    "headlines, one more than the default quota of five: all six are key points.")
INDEP2_E = [
    E("20:10", "Ukraine and Russia swap 150 prisoners each in UAE-mediated exchange",
      ["Ukraine and Russia have exchanged 150 prisoners of war each, the latest swap brokered by the United Arab Emirates.",
       "Volodymyr Zelensky posted pictures of the freed men, wrapped in Ukrainian flags, stepping off buses near the Belarusian border.",
       "It was the first exchange between the two sides since January."], "diplomacy", 3, "prisoner-swap-150-2025-03-04", kp=True),
    E("19:00", "Odesa port strike: death toll rises to three",
      ["A third person has died after Russian missiles struck Odesa's port, regional governor Oleh Kiper said.",
       "The dead include two port workers and a crew member of the grain ship Aurora Star, which caught fire after the attack."], "strikes", 3, "odesa-port-strike-2025-03-04", kp=True),
    E("17:35", "Canada announces C$500m military package for Ukraine",
      ["Canada will send Ukraine C$500m in military aid, including 50 armoured vehicles and several thousand drones, its defence minister said.",
       "The package also pays for training Ukrainian pilots in Canada.",
       "Ottawa has now pledged more than C$4bn in military assistance since 2022."], "aid", 3, "canada-package-2025-03-04", kp=True, key="canada"),
    E("16:20", "Watch: Fire rages on grain ship after strike on Odesa port", [], "strikes", 1, "odesa-port-strike-2025-03-04"),
    E("15:05", "Fierce fighting around Toretsk, Ukrainian army says",
      ["Russian troops have stepped up attacks on Toretsk, a Ukrainian army spokesman said, describing the fighting in the town's northern districts as the fiercest in weeks.",
       "Russia has tried to take the town for more than eight months."], "other", 3, "toretsk-fighting-2025-03-04", sub="frontline", kp=True, key="toretsk"),
    E("13:40", "Kremlin says no talks with Kyiv are planned",
      ["The Kremlin said there were no plans for talks with Ukraine, dismissing reports of secret contacts in the Gulf as \"fantasy\".",
       "Dmitry Peskov, the Kremlin spokesman, said Moscow's conditions for a ceasefire had not changed."], "diplomacy", 2, "kremlin-no-talks-2025-03-04", kp=True),
    E("12:15", "Russian missiles strike Odesa port, hitting grain ship",
      ["Russian missiles hit the port of Odesa on Tuesday, setting a Panama-flagged grain ship on fire and killing two people, Ukrainian officials said.",
       "The Aurora Star had been loading wheat bound for Egypt, according to the port authority."], "strikes", 3, "odesa-port-strike-2025-03-04", kp=True),
    E("10:50", "Explained: What the 'Danish model' of arms funding means", [], "aid", 1, "explainer-danish-model"),
    E("09:30", "Ukrainian drones target ammunition depot in Bryansk region",
      ["Ukrainian drones attacked an ammunition depot in Russia's Bryansk region overnight, a Ukrainian security source said, setting off a series of explosions.",
       "Footage shared by residents showed flashes lighting up the sky above the town of Karachev."], "strikes", 3, "bryansk-depot-strike-2025-03-04"),
]

POLARIS2 = dict(format="rss", day=D2, name="Polaris Wire", offset=2, base="https://polariswire.example/ukraine",
                guid="pw", title="Polaris Wire: Ukraine", description="Wire stories on the war in Ukraine",
                notes="Wire RSS, pubDate +0200 (Kyiv winter time), dc:creator on most items.")
POLARIS2_E = [
    E("19:45", "Kyiv, Moscow exchange 150 POWs each after UAE mediation",
      ["Ukraine and Russia swapped 150 prisoners of war each on Tuesday after mediation by the United Arab Emirates, both sides said.",
       "Russia's defence ministry said the returned Russian soldiers would be flown to Moscow for medical checks."], "diplomacy", 3, "prisoner-swap-150-2025-03-04", author="Irina Valko"),
    E("18:10", "Ukraine's parliament extends martial law for 90 days",
      ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, until early June.",
       "It is the 14th extension since Russia's full-scale invasion."], "other", 2, "martial-law-extension-2025-03", sub="politics", author="Irina Valko"),
    E("16:40", "Canada pledges armoured vehicles, drones in new Ukraine package",
      ["Canada will supply Ukraine with 50 armoured vehicles and thousands of drones as part of a C$500m aid package, Canadian Defence Minister Bill Blair said."], "aid", 3, "canada-package-2025-03-04", author="Tom Aldous"),
    E("14:20", "Three killed as missiles hit Odesa port, governor says",
      ["The death toll from Tuesday's Russian missile strike on Odesa port has risen to three, governor Oleh Kiper said."], "strikes", 3, "odesa-port-strike-2025-03-04", author="Tom Aldous"),
    E("12:30", "Odesa: missile hits Panama-flagged grain ship, crew injured",
      ["A Russian missile struck the Panama-flagged Aurora Star as it loaded grain in Odesa, injuring four crew members and killing a port worker, Ukraine's navy said."], "strikes", 3, "odesa-port-strike-2025-03-04", author="Tom Aldous"),
    E("09:55", "North Korea has sent Russia another 2 million shells, Seoul says",
      ["North Korea has shipped about 2 million more artillery shells to Russia since the autumn, South Korea's military intelligence told lawmakers on Tuesday.",
       "The shipments went by rail and sea through the port of Rajin, it said."], "aid", 3, "north-korea-shells-to-russia-2025-03-04", author="Irina Valko"),
    E("07:10", "Russia says it downed 27 drones over Bryansk region",
      ["Russia's defence ministry said its air defences destroyed 27 Ukrainian drones over the Bryansk region overnight.",
       "The regional governor said a fire had broken out at an \"industrial site\" near Karachev after drone debris fell there."], "strikes", 3, "bryansk-depot-strike-2025-03-04", author="Irina Valko"),
]

DANUBE2 = dict(format="atom", day=D2, name="Danube Dispatch", offset=1, tag="danubedispatch.example",
               base="https://danubedispatch.example/ukraine", title="Danube Dispatch — Ukraine",
               notes="Atom (+01:00); writes 'Odessa', 'Pyongyang' and 'DPRK'. A feature about Odesa's dock workers is a theme, its own story.")
DANUBE2_E = [
    E("18:50", "Prisoner exchange brings home 150 Ukrainians",
      ["One hundred and fifty Ukrainian soldiers returned home on Tuesday in an exchange with Russia mediated by the UAE, Ukraine's coordination headquarters for prisoners of war said.",
       "Some had been held since the fall of Mariupol in 2022."], "diplomacy", 3, "prisoner-swap-150-2025-03-04", author="Lena Sauer"),
    E("16:00", "Toretsk: Russian troops gain ground in northern districts",
      ["Russian forces have pushed into the northern districts of Toretsk, the Ukrainian army said, as Moscow throws fresh units into one of the longest battles of the war."], "other", 3, "toretsk-fighting-2025-03-04", sub="frontline", author="Lena Sauer"),
    E("13:20", "Grain ship ablaze in Odessa after Russian missile strike",
      ["A grain ship caught fire in the port of Odessa after a Russian missile strike on Tuesday, Ukrainian authorities said; two people were killed.",
       "Some Ukrainian officials suggested the missile had been made in the DPRK, which could not be confirmed."], "strikes", 3, "odesa-port-strike-2025-03-04", author="Lena Sauer"),
    E("11:10", "Pyongyang's shells keep Russian guns firing, Seoul says",
      ["The DPRK has supplied Russia with roughly 2 million additional artillery rounds in recent months, according to South Korean military intelligence."], "aid", 3, "north-korea-shells-to-russia-2025-03-04", author="Jakob Brenner"),
    E("08:30", "Feature: The dockers who keep Odessa's grain moving",
      ["They load wheat and maize between air raid alerts, sheltering in the holds of ships when the sirens sound.",
       "For the dockers of Odessa, the war at sea is a daily routine: almost every worker we met had lost a colleague.",
       "Yet the port handled more grain last year than before the invasion."], "other", 2, "feature-odesa-dockers", sub="humanitarian", author="Jakob Brenner"),
]

# ------------------------------------------------------------------ Wednesday 5 March

INDEP3 = dict(INDEP2, day=D3, title="Ukraine-Russia war live: Zelensky meets Erdogan as Odesa strike toll rises to five",
              caption="Zelensky and Erdogan in Ankara",
              intro=["Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara to discuss a role for Turkey in securing the Black Sea.",
                     "The death toll from Tuesday's strike on Odesa port rose to five.",
                     "A drone attack overnight knocked out power across Kharkiv."],
              notes="Same Independent-style blog the next day. Two of Tuesday's updates are re-posted near-verbatim at "
                    "07:30 and 07:35 (importance 1, Tuesday's stories).")
INDEP3_E = [
    E("18:30", "Zelensky meets Erdogan in Ankara, backs Turkish role in Black Sea talks",
      ["Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara and said Ukraine would welcome Turkey's help in any talks on safe shipping in the Black Sea.",
       "Erdogan said Turkey was ready to host negotiations \"at any level\"."], "diplomacy", 3, "zelensky-erdogan-ankara-2025-03-05", kp=True),
    E("16:45", "Odesa port strike toll rises to five as injured sailor dies",
      ["The death toll from Tuesday's Russian missile strike on Odesa's port has risen to five after an injured sailor from the grain ship Aurora Star died in hospital, governor Oleh Kiper said.",
       "A port worker whose body was found under debris on Wednesday morning was the fourth victim."], "strikes", 3, "odesa-port-strike-2025-03-04", kp=True),
    E("15:30", "Half of Kharkiv's homes have power back, mayor says",
      ["Power has been restored to about half of the homes in Kharkiv that lost electricity in the overnight drone attack, mayor Ihor Terekhov said.",
       "Engineers expect the rest to be reconnected by Thursday."], "strikes", 3, "kharkiv-energy-drone-attack-2025-03-05"),
    E("13:00", "Pictured: Spring sowing begins near the front line", [], "other", 1, "pictured-spring-sowing", sub="humanitarian"),
    E("11:20", "Japan to send 200 generators to Ukrainian cities",
      ["Japan will send 200 industrial generators to Ukraine to keep hospitals and water plants running during power cuts, its embassy in Kyiv said."], "aid", 3, "japan-generators-2025-03-05"),
    E("07:35", "Canada announces C$500m military package for Ukraine",
      ["Canada will send Ukraine C$500m in military aid, including 50 armoured vehicles and several thousand drones, its defence minister said.",
       "The package also pays for training Ukrainian pilots in Canada.",
       "Ottawa has now pledged more than C$4bn in military assistance since 2022."], "aid", 1, "canada-package-2025-03-04"),
    E("07:30", "Fierce fighting around Toretsk, Ukrainian army says",
      ["Russian troops have stepped up attacks on Toretsk, a Ukrainian army spokesman said, describing the fighting in the town's northern districts as the fiercest in weeks.",
       "Russia has tried to take the town for more than eight months."], "other", 1, "toretsk-fighting-2025-03-04", sub="frontline"),
    E("07:10", "Overnight drone attack knocks out power in Kharkiv",
      ["Russian drones hit energy facilities in Kharkiv overnight, leaving about 200,000 homes without electricity, the regional governor said.",
       "Three people were injured when debris fell on a residential street."], "strikes", 3, "kharkiv-energy-drone-attack-2025-03-05", kp=True),
]

HARBOURLINE = dict(format="rss", day=D3, name="Harbourline News", offset=0, base="https://harbourline.example/world",
                   guid="hl", title="Harbourline News - International", description="Top stories from around the world",
                   notes="General world RSS, GMT; 12 items, 3 about the war. Traps: an air strike in Sudan, a storm "
                         "that strikes Portugal, a teachers' strike, a flood aid package in Pakistan, ceasefire talks in "
                         "Doha on Congo, a footballer's honour, and an oil story naming Russia as an OPEC+ producer.")
HARBOURLINE_E = [
    E("21:00", "Air strike on market in Sudan's Darfur kills 30, activists say",
      ["An air strike on a crowded market in North Darfur killed at least 30 people, a local activist group said, blaming the Sudanese army."], "other", 1, "sudan-market-air-strike", sub="unrelated"),
    E("20:10", "Storm Ines strikes Portugal, leaving 100,000 without power",
      ["Storm Ines struck Portugal's northern coast with winds of up to 140km/h, cutting power to about 100,000 homes and forcing the closure of Porto airport."], "other", 1, "storm-ines-portugal", sub="unrelated"),
    E("18:45", "Zelensky and Erdogan discuss Black Sea security in Ankara",
      ["Ukraine's president held talks with Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, focusing on shipping safety in the Black Sea and a possible Turkish role in future negotiations."], "diplomacy", 3, "zelensky-erdogan-ankara-2025-03-05"),
    E("17:20", "Scottish teachers strike over pay",
      ["Thousands of teachers in Scotland went on strike for the first of three days, closing most primary schools, after rejecting a 3 percent pay offer."], "other", 1, "scotland-teachers-strike", sub="unrelated"),
    E("16:00", "Pakistan approves flood aid package for Sindh",
      ["Pakistan's government approved a 20 billion rupee aid package for families in Sindh province whose homes were destroyed by floods last summer."], "other", 1, "pakistan-flood-aid", sub="unrelated"),
    E("14:30", "Japan pledges generators for Ukraine's battered grid",
      ["Japan will provide Ukraine with 200 generators to power hospitals and water plants hit by Russian attacks on the energy system, Tokyo said."], "aid", 3, "japan-generators-2025-03-05"),
    E("13:10", "Congo ceasefire talks open in Doha",
      ["Representatives of the Democratic Republic of Congo and the M23 rebel group opened talks in Doha on a ceasefire in the country's east, Qatari mediators said."], "other", 1, "congo-doha-talks", sub="unrelated"),
    E("11:45", "Footballer Dani Osei honoured for refugee charity",
      ["The footballer Dani Osei has been made an honorary citizen of his home town for his charity, which has paid for the schooling of 3,000 refugee children."], "other", 1, "dani-osei-honour", sub="unrelated"),
    E("10:20", "Kharkiv without power after Russian drone barrage",
      ["Much of Kharkiv, Ukraine's second-largest city, was left without electricity after a wave of Russian drones struck energy facilities overnight, officials said."], "strikes", 3, "kharkiv-energy-drone-attack-2025-03-05"),
    E("09:00", "Oil edges higher as OPEC+ confirms output plan",
      ["Oil prices rose slightly after OPEC+ producers, led by Saudi Arabia and Russia, confirmed they would start raising output in April as planned."], "other", 1, "opec-output-plan", sub="unrelated"),
    E("07:40", "Leipzig book fair opens with record number of exhibitors",
      ["The Leipzig book fair opened with more than 2,000 exhibitors from 40 countries, the most in its history."], "other", 1, "leipzig-book-fair", sub="unrelated"),
    E("06:15", "Mars rover finds layered rocks that may hold ancient water traces",
      ["A Mars rover has photographed layered rocks in an ancient crater that scientists say could preserve traces of water from billions of years ago."], "other", 1, "mars-rover-rocks", sub="unrelated"),
]

LEDGER3 = dict(format="jsonld", day=D3, name="Lakeside Ledger", offset=2,
               base="https://lakesideledger.example/world/ukraine/live/2025-03-05",
               title="Ukraine war live: Kharkiv loses power after drone attack; Zelensky in Ankara",
               standfirst="Drones hit Kharkiv's grid overnight; Zelensky meets Erdogan; the Odesa toll rises. All times are Kyiv time (UTC+2).",
               related=["Ukraine's grid after three winters", "Who mediates between Kyiv and Moscow"],
               notes="JSON-LD HTML live blog (+02:00). Its 08:50 update retells Tuesday's prisoner exchange with nothing "
                     "new (importance 1); its 17:00 update adds a new detail to the same exchange (importance 3).")
LEDGER3_E = [
    E("19:30", "Turkey offers to host Black Sea talks after Zelensky visit",
      ["Turkey is ready to host talks between Ukraine and Russia on the safety of shipping in the Black Sea, President Erdogan said after meeting Volodymyr Zelensky in Ankara."], "diplomacy", 3, "zelensky-erdogan-ankara-2025-03-05", author="Mykola Hrytsak"),
    E("17:10", "Fifth victim of Odesa port strike dies in hospital",
      ["A sailor injured in Tuesday's missile strike on Odesa's port has died in hospital, bringing the death toll to five, the regional governor said."], "strikes", 3, "odesa-port-strike-2025-03-04", author="Mykola Hrytsak"),
    E("15:00", "Freed prisoners include defenders of Mariupol, ombudsman says",
      ["Among the 150 Ukrainian soldiers freed on Tuesday were 22 defenders of the Azovstal steelworks in Mariupol, Ukraine's human rights ombudsman Dmytro Lubinets said.",
       "He said Kyiv was already working on the next exchange."], "diplomacy", 3, "prisoner-swap-150-2025-03-04", author="Petra Lund"),
    E("13:25", "Watch: Kharkiv substation burns after drone strike", [], "strikes", 1, "kharkiv-energy-drone-attack-2025-03-05", author="Petra Lund"),
    E("11:40", "Russia claims two villages near Toretsk",
      ["Russia's defence ministry said its forces had captured two villages west of Toretsk, Panteleimonivka and Druzhba.",
       "Ukraine's army did not comment on the claim."], "other", 2, "russia-claims-toretsk-villages-2025-03-05", sub="frontline", author="Petra Lund"),
    E("09:15", "Kharkiv hit by dozens of drones overnight, power out across city",
      ["Dozens of Russian drones attacked Kharkiv overnight, damaging two power substations and leaving large parts of the city without electricity or heating, mayor Ihor Terekhov said."], "strikes", 3, "kharkiv-energy-drone-attack-2025-03-05", author="Petra Lund"),
    E("06:50", "Ukraine and Russia exchanged 150 prisoners each on Tuesday",
      ["Ukraine and Russia exchanged 150 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, officials on both sides said.",
       "It was the first exchange since January."], "diplomacy", 1, "prisoner-swap-150-2025-03-04", author="Petra Lund"),
]

POLARIS3 = dict(POLARIS2, day=D3, notes="The wire's Wednesday items; 06:30 re-posts Tuesday's exchange item word for "
                                          "word (importance 1).")
POLARIS3_E = [
    E("18:20", "Erdogan offers Istanbul as venue for Black Sea talks",
      ["Turkish President Recep Tayyip Erdogan offered Istanbul as a venue for talks on Black Sea shipping after meeting Ukraine's Volodymyr Zelensky in Ankara."], "diplomacy", 3, "zelensky-erdogan-ankara-2025-03-05", author="Tom Aldous"),
    E("16:30", "Odesa strike toll rises to five",
      ["Five people have now died as a result of Tuesday's Russian missile strike on the port of Odesa, the regional governor said."], "strikes", 3, "odesa-port-strike-2025-03-04", author="Tom Aldous"),
    E("12:05", "EU proposes €150bn in loans for member states' defence spending",
      ["The European Commission proposed lending up to €150bn to EU governments to buy air defence, artillery and drones for their own armed forces, as the bloc seeks to rearm."], "other", 2, "eu-defence-loans-2025-03-05", sub="security", author="Irina Valko"),
    E("08:40", "Kharkiv: drones hit power plant, three injured",
      ["Russian drones hit a power plant in Kharkiv overnight, injuring three people and cutting electricity to much of the city, the regional governor said."], "strikes", 3, "kharkiv-energy-drone-attack-2025-03-05", author="Irina Valko"),
    E("06:30", "Kyiv, Moscow exchange 150 POWs each after UAE mediation",
      ["Ukraine and Russia swapped 150 prisoners of war each on Tuesday after mediation by the United Arab Emirates, both sides said.",
       "Russia's defence ministry said the returned Russian soldiers would be flown to Moscow for medical checks."], "diplomacy", 1, "prisoner-swap-150-2025-03-04", author="Irina Valko"),
]

PAGES = [
    ("504", "c2-independent", INDEP2, INDEP2_E),
    ("505", "c2-polaris-rss", POLARIS2, POLARIS2_E),
    ("506", "c2-danube-atom", DANUBE2, DANUBE2_E),
    ("507", "c3-independent", INDEP3, INDEP3_E),
    ("508", "c3-harbourline-world-rss", HARBOURLINE, HARBOURLINE_E),
    ("509", "c3-lakeside-live", LEDGER3, LEDGER3_E),
    ("510", "c3-polaris-rss", POLARIS3, POLARIS3_E),
]
