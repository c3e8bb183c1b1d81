"""Day e2: Sunday 31 March 2024 - the night clocks go forward in Europe (01:00 UTC).
UK: GMT until 01:00 UTC, then BST (UTC+1). Kyiv: EET (UTC+2) until 01:00 UTC, then EEST (UTC+3).
Brussels: CET -> CEST. Moscow: UTC+3. New York: EDT (UTC-4) since 10 March."""
from common import Entry as E, Source

D = "2024-03-31 "
O = "e2-odesa-strike"
RS = "e2-deputy-energy-minister-resigns"
PP = "e2-pope-easter-appeal"
CZ = "e2-czech-shells"
EA = "e2-easter-services"
BG = "e2-belgorod-shebekino-shelling"

northline = Source("710", "e2", "northline-liveblog", "txt", "northline", "Northline Ledger", "Europe/London",
    "Russia-Ukraine war live: five killed in Odesa as Russian missiles hit port and power network",
    [
        E(D + "20:20", "Odesa death toll rises to five as power returns to most homes", [
            "A fifth person has died in hospital after Russia's overnight missile attack on Odesa, the regional governor, Oleh Kiper, said on Sunday evening.",
            "Twenty-three people were wounded in total. Power has been restored to all but about 9,000 of the 120,000 households that lost electricity when a substation was hit, according to the regional energy company.",
        ], O, "strikes", "strikes", 3, kp=True, author="Tom Ashby"),
        E(D + "19:05", "Watch: Odesa residents clear debris after overnight strike", [],
          O, "strikes", "strikes", 1, author="Tom Ashby",
          note="headline-only video teaser of the main strike's aftermath: same story, importance 1"),
        E(D + "16:40", "Ukraine's deputy energy minister resigns", [
            "Taras Levchenko, Ukraine's deputy energy minister responsible for the power grid, has resigned, saying he takes \"personal responsibility\" for the failure to protect substations from Russian attacks.",
            "In a resignation letter posted on Facebook, he said the decision was his own. The prime minister's office confirmed it had been received and would be considered by the cabinet next week.",
        ], RS, "other", "politics", 3, kp=True, author="Tom Ashby"),
        E(D + "15:10", "First shells from Czech-led initiative reach Ukraine, says Prague", [
            "The first consignment of artillery ammunition bought under a Czech-led scheme to source shells from outside Europe has arrived in Ukraine, the Czech prime minister, Petr Fiala, has said.",
            "Fiala did not give the number of rounds delivered but said \"tens of thousands\" would follow in April. About 18 countries have put money into the initiative.",
        ], CZ, "aid", "aid", 3, author="Tom Ashby"),
        E(D + "13:25", "Pope uses Easter message to call for 'all for all' prisoner exchange", [
            "Pope Francis has used his Easter Sunday blessing to call for a general exchange of all prisoners between Russia and Ukraine, telling crowds in St Peter's Square that \"all for all\" must be the goal.",
            "The pope also renewed his appeal for a ceasefire in Gaza and for the release of the hostages held there.",
        ], PP, "diplomacy", "diplomacy", 3, author="Tom Ashby"),
        E(D + "12:00", "Russia says it hit naval drone depots in Odesa; Ukraine's navy says grain terminal and homes were struck", [
            "Russia's defence ministry has said its missiles destroyed warehouses storing unmanned sea drones and a workshop where they were assembled in Odesa port.",
            "A spokesman for Ukraine's navy, Dmytro Pletenchuk, dismissed the claim. \"What burned this morning was a grain terminal, a substation and people's homes,\" he said.",
        ], O, "strikes", "strikes", 3, kp=True, author="Tom Ashby"),
        E(D + "10:30", "Analysis: why Odesa's ports keep coming under fire", [
            "Odesa and the smaller ports around it now handle most of Ukraine's grain exports, after the Ukrainian navy pushed Russia's Black Sea fleet away from the western coast last year.",
            "That success has made the ports a prime target. Moscow argues that they are also used to prepare the sea drones that have sunk several Russian ships, a claim Kyiv denies.",
            "Insurers say each strike pushes up the cost of shipping from Ukraine, even as the corridor stays open.",
        ], "e2-analysis-odesa-ports", "strikes", "strikes", 2, author="Tom Ashby",
          note="analysis on the theme of attacks on Odesa's ports, not the day's strike itself: separate story"),
        E(D + "09:50", "Easter services held under air-raid sirens", [
            "Worshippers in Kyiv and Lviv attended Easter services on Sunday as air-raid alerts sounded across much of the country.",
            "Most Ukrainians are Orthodox and will mark Easter in May, but the country's Greek Catholic and Roman Catholic communities celebrated today. Churches in frontline regions held services in basements.",
        ], EA, "other", "humanitarian", 3, author="Tom Ashby"),
        E(D + "08:45", "Two killed as Russian missiles hit Odesa port and substation", [
            "At least two people have been killed and 14 injured in Odesa after Russian ballistic missiles struck port infrastructure and a power substation, regional officials say.",
            "About 120,000 households in the city were left without electricity.",
        ], O, "strikes", "strikes", 3, author="Tom Ashby"),
        E(D + "02:10", "Odesa governor reports fire at port facility", [
            "Oleh Kiper, the governor of the Odesa region, says a fire has broken out at a port facility after the attack and that emergency services are at the scene.",
            "He said one person had been killed.",
        ], O, "strikes", "strikes", 3, author="Tom Ashby",
          note="02.10 is BST: the clocks went from 01.00 GMT to 02.00 BST, so this is 01:10 UTC"),
        E(D + "00:35", "Explosions reported in Odesa", [
            "Ukraine's air force has warned of a ballistic missile threat to the Odesa region, and local media are reporting a series of explosions in the city.",
            "We will bring you more as we get it.",
        ], O, "strikes", "strikes", 3, author="Tom Ashby",
          note="00.35 is still GMT (before the 01:00 UTC change), matching 'First published on Sun 31 Mar 2024 00.35 GMT'"),
    ],
    notes=("Plain-text UK live blog on the night British clocks go forward (01:00 GMT -> 02:00 BST, 31 March 2024). "
           "Stamps are printed WITHOUT a zone ('HH.MM'); the header shows 'First published on Sun 31 Mar 2024 00.35 GMT' "
           "and 'Sun 31 Mar 2024 20.25 BST'. So the 00.35 post is GMT (00:35 UTC), the 02.10 post is BST (01:10 UTC) and "
           "every later post is BST (UTC+1). All posts fall on 31 March UTC. Page byline Tom Ashby is the author of every "
           "post. Key Points lists three headlines."),
    updated="Sun 31 Mar 2024 20.25 BST", first="Sun 31 Mar 2024 00.35 GMT", byline="Tom Ashby",
    standfirst=["Port, grain terminal and substation hit in pre-dawn attack; deputy energy minister quits; pope calls for "
                "'all for all' prisoner swap"],
    zone_on_stamp=False,
)

kestrel = Source("711", "e2", "kestrel-dispatch-live", "html", "kestrel", "Kestrel Dispatch", "America/New_York",
    "Live updates: Russian missiles pound Odesa on Easter Sunday",
    [
        E(D + "19:30", "U.S. ambassador condemns 'brazen' attack on Odesa", [
            "The American ambassador to Ukraine called the Odesa strike a \"brazen attack on civilians and on the grain that feeds the world\" in a post on social media.",
            "She said the United States would keep working with Congress to approve additional security assistance, including air defense.",
        ], O, "strikes", "strikes", 3, sec=["aid"], author="Marcus Lee",
          note="official reaction whose main content is the attack: same story"),
        E(D + "17:10", "Ukrainian deputy energy minister steps down amid grid crisis", [
            "A senior Ukrainian energy official resigned Sunday, becoming the first member of the government to step down over the damage done to the country's power system by Russian strikes.",
            "Taras Levchenko, a deputy minister who oversaw the transmission network, said he accepted responsibility for delays in building protective structures around substations. Critics in parliament had demanded his dismissal for weeks.",
        ], RS, "other", "politics", 3, author="Elena Varga"),
        E(D + "14:45", "IAEA says drone struck training center at Zaporizhzhia nuclear plant", [
            "The United Nations nuclear watchdog said a drone hit a training building at the Russian-occupied Zaporizhzhia nuclear power plant on Sunday.",
            "The agency's director general said no radiation leak had been detected but called the incident \"reckless.\" Russia and Ukraine blamed each other.",
        ], "e2-zaporizhzhia-npp-drone", "strikes", "strikes", 2, author="Elena Varga"),
        E(D + "12:20", "Russia says Ukrainian shelling killed a man in Belgorod region", [
            "Russian officials said a man was killed and two women wounded when Ukrainian rockets hit the border town of Shebekino in the Belgorod region on Sunday.",
            "Russia's Defense Ministry said its air defenses had shot down nine rockets fired from multiple launchers. Ukraine did not comment.",
        ], BG, "strikes", "strikes", 3, author="Marcus Lee"),
        E(D + "10:05", "Photos: Easter in a country at war", [],
          "e2-photos-easter-at-war", "other", "humanitarian", 1, author="Dispatch Photo Desk",
          note="headline-only photo gallery on a theme; not the same story as the Easter-services reports"),
        E(D + "08:55", "Death toll in Odesa climbs to four", [
            "Four people are now confirmed dead after the overnight strike on Odesa, regional authorities said, among them a port worker and a retired couple whose house was destroyed.",
            "More than 20 people were injured.",
        ], O, "strikes", "strikes", 3, author="Dana Whitcomb"),
        E(D + "06:15", "Explainer: Why Russia keeps targeting Ukraine's power grid", [
            "Russia has returned to a strategy it first tried in the winter of 2022: hitting power plants and substations to drain Ukraine's electricity supply and wear down public morale.",
            "This time, Ukrainian officials say, the attacks are more precise and focus on generation as well as transmission, which is harder to repair.",
            "Ukraine has asked Western partners for more air defense and for spare equipment such as transformers.",
        ], "e2-explainer-power-grid-attacks", "strikes", "strikes", 2, author="Dana Whitcomb",
          note="explainer on a theme: separate story"),
        E(D + "04:30", "Russian missiles hit Odesa overnight, killing two", [
            "Russia launched ballistic missiles and attack drones at the Black Sea port city of Odesa early Sunday, killing at least two people and knocking out power to about 120,000 homes, Ukrainian officials said.",
            "The strikes damaged port facilities and a substation, according to the regional governor. Russia said it had targeted sites used to build naval drones.",
        ], O, "strikes", "strikes", 3, author="Dana Whitcomb"),
    ],
    notes=("US HTML live blog with a schema.org LiveBlogPosting JSON-LD block (liveBlogUpdate[] with headline, "
           "datePublished with -04:00 offset, author, articleBody; the photo teaser has no articleBody). Visible stamps "
           "are 'h:mm a.m./p.m. ET' (EDT since 10 March, UTC-4). Per-post bylines. Times run 4:30 a.m. to 7:30 p.m. ET "
           "= 08:30 to 23:30 UTC, all 31 March."),
    standfirst="A pre-dawn ballistic missile attack killed four people and cut power to thousands in Ukraine's main port.",
    updated_line="Updated March 31, 2024, 7:30 p.m. ET", date_line="March 31, 2024", slug_url="ukraine-odesa-march-31",
)

polaris = Source("712", "e2", "polaris-review-world-atom", "xml", "atom", "Polaris Review", "Europe/Brussels",
    "Polaris Review – Europe & World",
    [
        E(D + "21:40", "Turkey's opposition claims sweeping wins in local elections", [
            "Turkey's main opposition party said it had held on to Istanbul and Ankara and was leading in several other big cities, according to partial results from Sunday's municipal elections.",
            "If confirmed, the results would be the biggest electoral setback for President Recep Tayyip Erdoğan's party in two decades.",
        ], "e2-offbeat-turkey-local-elections", "other", "unrelated", 1, author="Selin Aydın", offbeat=True),
        E(D + "20:25", "Five dead in Odesa after Russian missile strike on port and power grid", [
            "The death toll from Russia's pre-dawn missile strike on the Ukrainian port of Odesa has risen to five, with 23 people injured, the regional administration said on Sunday evening.",
            "The attack hit a grain terminal and an electrical substation, leaving tens of thousands of homes without power for most of the day.",
        ], O, "strikes", "strikes", 3, author="Pieter Claes"),
        E(D + "18:30", "Dutch rider goes solo to win rain-lashed Tour of Flanders", [
            "A Dutch rider attacked with more than 40 kilometres to go and rode alone to the finish in Oudenaarde to win the Tour of Flanders for the third time.",
            "Cold rain and crosswinds caused several crashes, and fewer than half of the starters reached the finish.",
        ], "e2-offbeat-tour-of-flanders", "other", "unrelated", 1, author="Pieter Claes", offbeat=True),
        E(D + "16:05", "Heavy Easter rain floods parts of southern France", [
            "Flash floods closed roads and forced dozens of people from their homes in the Gard and Hérault departments on Sunday after torrential rain across southern France.",
            "The national weather service kept an orange warning for rain and flooding in place until Monday morning.",
        ], "e2-offbeat-france-floods", "other", "unrelated", 1, author="Camille Roux", offbeat=True),
        E(D + "14:20", "Pope calls for Ukraine prisoner exchange and Gaza ceasefire in Easter address", [
            "In his Easter \"Urbi et Orbi\" blessing, Pope Francis urged Russia and Ukraine to carry out a full exchange of prisoners, calling it a first step that could build trust.",
            "He also called for an immediate ceasefire in Gaza, the release of hostages and unimpeded access for humanitarian aid.",
        ], PP, "diplomacy", "diplomacy", 3, author="Camille Roux"),
        E(D + "12:45", "Israeli strike hits tent camp at Gaza hospital, killing four", [
            "An Israeli air strike hit a tent encampment in the grounds of a hospital in Deir al-Balah, killing four people, Gaza's health ministry said.",
            "The Israeli military said it had targeted an Islamic Jihad command centre.",
        ], "e2-offbeat-gaza-hospital-strike", "other", "unrelated", 1, author="Selin Aydın", offbeat=True),
        E(D + "11:10", "Euro zone inflation expected to ease again, giving ECB room to cut", [
            "Economists expect figures due this week to show euro zone inflation edging down to about 2.5% in March, strengthening the case for an interest rate cut by the European Central Bank in June.",
            "Core inflation, which strips out food and energy, is also forecast to slow.",
        ], "e2-offbeat-eurozone-inflation", "other", "unrelated", 1, author="Pieter Claes", offbeat=True),
        E(D + "09:30", "Russian missiles strike Odesa port, killing two", [
            "Russian missiles hit the port city of Odesa in southern Ukraine early on Sunday, killing two people and damaging port and energy infrastructure, Ukrainian officials said.",
            "Moscow said it had targeted sites linked to Ukraine's sea drone programme.",
        ], O, "strikes", "strikes", 3, author="Pieter Claes"),
        E(D + "08:00", "UN warns of famine in Sudan as aid convoys stall", [
            "The United Nations has warned that parts of Sudan could slide into famine within weeks, as fighting and bureaucratic obstacles keep aid convoys from reaching Darfur and Kordofan.",
            "Nearly 18 million people face acute hunger, according to UN estimates.",
        ], "e2-offbeat-sudan-famine-warning", "other", "unrelated", 1, author="Camille Roux", offbeat=True),
        E(D + "01:50", "Clocks go forward: summer time begins across Europe", [
            "Clocks in most of Europe go forward by one hour in the early hours of Sunday, marking the start of summer time.",
            "The EU has debated ending the twice-yearly change since 2018, but member states have never agreed on which time to keep.",
        ], "e2-offbeat-clocks-change", "other", "unrelated", 1, author="Camille Roux", offbeat=True,
          note="published 01:50+01:00 (CET, before the switch) = 00:50 UTC"),
    ],
    notes=("General European/world Atom feed (content type='html', escaped <p> paragraphs), newest first; war items are a "
           "minority (3 of 10). <published> carries explicit offsets: +02:00 (CEST) after the 31 March switch, +01:00 "
           "(CET) for the 01:50 item before it. Off-beat items labelled other/unrelated, importance 1, notes 'off-beat'."),
    subtitle="News from Brussels, Europe and the world", feed_id="tag:polarisreview.example,2024:world",
    entry_id_prefix="tag:polarisreview.example,2024", link="https://polarisreview.example/world",
)

volga = Source("713", "e2", "volga-courier-chronicle", "txt", "volga", "Volga Courier", "Europe/Moscow",
    "Special military operation: chronicle of events for 31 March",
    [
        E(D + "20:30", None, [
            "The capital's bicycle rental season will open on 1 April, a week earlier than last year, the city transport department said.",
            "More than 800 rental stations will be available across Moscow.",
        ], "e2-offbeat-moscow-bike-rental", "other", "unrelated", 1, offbeat=True),
        E(D + "18:05", None, [
            "Moscow is ready for negotiations on Ukraine but will not discuss the so-called Zelensky formula, which is an ultimatum and not a basis for dialogue, a Russian deputy foreign minister said in a newspaper interview.",
            "According to him, any settlement must take into account \"the realities on the ground\" and Russia's security interests.",
        ], "e2-russia-deputy-fm-talks", "diplomacy", "diplomacy", 2,
          note="deputy minister's interview remark, not a ministerial diplomatic move: importance 2"),
        E(D + "16:20", None, [
            "Another resignation in Kiev: Ukraine's Deputy Energy Minister Taras Levchenko has stepped down, Ukrainian media reported.",
            "Levchenko was responsible for protecting energy facilities. Ukrainian lawmakers have repeatedly accused the ministry of misspending money allocated for protective structures around substations.",
        ], RS, "other", "politics", 3),
        E(D + "14:40", None, [
            "Units of the Yug group of forces improved their tactical position near Chasov Yar and repelled four counterattacks by Ukrainian assault groups, the Defence Ministry said in its daily briefing.",
            "Enemy losses in this direction amounted to up to 350 servicemen over the past day, according to the ministry.",
        ], "e2-chasov-yar-frontline", "other", "frontline", 2),
        E(D + "11:05", None, [
            "Foreign Ministry spokeswoman Maria Zakharova accused the Kiev regime and Western media of \"staging\" civilian casualties in Odessa in order to hide the destruction of military facilities in the port.",
            "\"Every time a warehouse with Western weapons burns, Kiev shows the world a ruined house,\" she wrote.",
        ], O, "strikes", "strikes", 3, note="Russian denial of the civilian toll of the main strike: same story",
          after=["Read also: Moscow marks Cosmonautics Week with an exhibition on VDNKh"]),
        E(D + "09:30", None, [
            "Air defence forces shot down nine rockets of the Vampire multiple launch rocket system over the Belgorod region, the Russian Defence Ministry said.",
            "Governor Vyacheslav Gladkov said that in Shebekino a man died of his injuries after a shell hit a private house; two women were taken to hospital.",
        ], BG, "strikes", "strikes", 3),
        E(D + "08:10", None, [
            "Russian forces delivered a group strike with high-precision long-range weapons on warehouses storing unmanned boats and on a workshop for their assembly in the port of Odessa, the Russian Defence Ministry said.",
            "\"All designated targets have been hit,\" the ministry said. It added that 14 Ukrainian drones had been destroyed over the Crimean peninsula and the Black Sea overnight.",
        ], O, "strikes", "strikes", 3),
    ],
    notes=("Russian-side online chronicle (plain text), newest first, entries without headlines ('HH:MM' line then "
           "paragraphs). Moscow time (UTC+3, no DST, unaffected by the European clock change). Russian spellings "
           "'Odessa', 'Kiev', 'Chasov Yar'. The first entry (Moscow bike rentals) is off-beat."),
    date_header="Sunday, 31 March 2024", tags="special military operation, Odessa, Belgorod region",
)

dnipro = Source("714", "e2", "dnipro-chronicle-live", "html", "dnipro", "Dnipro Chronicle", "Europe/Kyiv",
    "Russia's war against Ukraine: live updates for 31 March 2024",
    [
        E(D + "22:40", "Kherson: Russian shelling injures two", [
            "Two men were injured when Russian artillery shelled the Korabelnyi district of Kherson in the evening, the city military administration reported.",
            "A shop and several cars were damaged.",
        ], "e2-kherson-shelling", "strikes", "strikes", 2, author="Iryna Matviichuk"),
        E(D + "21:15", "Odesa: toll rises to five, power restored to most consumers", [
            "A woman injured in the morning attack on Odesa has died in hospital, bringing the death toll to five, the head of the Odesa Regional Military Administration, Oleh Kiper, said.",
            "DTEK said electricity had been restored to more than 110,000 households. Twenty-three people were injured in the attack; six of them remain in hospital.",
        ], O, "strikes", "strikes", 3, author="Iryna Matviichuk"),
        E(D + "16:55", "Deputy Energy Minister Taras Levchenko resigns", [
            "Deputy Minister of Energy Taras Levchenko has submitted his resignation, he announced on Facebook.",
            "\"The protection of substations was my area of responsibility. We did not do enough, and I consider it right to step aside,\" he wrote. Parliament's energy committee had called in March for an audit of spending on protective structures.",
        ], RS, "other", "politics", 3, author="Iryna Matviichuk"),
        E(D + "15:20", "Odesa toll rises to four", [
            "The number of people killed in the Russian attack on Odesa has risen to four, the regional administration said.",
            "Among the dead is a port employee. Twenty-one people were injured, including a 12-year-old boy.",
        ], O, "strikes", "strikes", 3, author="Iryna Matviichuk"),
        E(D + "14:30", "First Czech-initiative shells arrive in Ukraine", [
            "Ukraine has received the first batch of artillery shells bought under the Czech initiative, Defence Minister Rustem Umerov confirmed.",
            "Umerov thanked the Czech Republic and the partner countries that paid for the purchases and said further deliveries were expected in April.",
        ], CZ, "aid", "aid", 3, author="Bohdan Kravets"),
        E(D + "12:00", "Catholics celebrate Easter in basements and shelters", [
            "Greek Catholic and Roman Catholic believers in Ukraine celebrated Easter on Sunday, with services in Kharkiv and Zaporizhzhia held in shelters because of constant air-raid alerts.",
            "Orthodox Ukrainians will celebrate Easter on 5 May.",
        ], EA, "other", "humanitarian", 3, author="Bohdan Kravets"),
        E(D + "10:20", "Navy: Russia's claim about naval drone depots in Odesa is 'fiction'", [
            "Ukrainian Navy spokesman Dmytro Pletenchuk has denied the Russian Defence Ministry's claim that the strike on Odesa destroyed depots of unmanned boats.",
            "\"This is fiction for the domestic audience. The missiles hit a grain terminal, a substation and private houses,\" he said on national television.",
        ], O, "strikes", "strikes", 3, author="Bohdan Kravets"),
        E(D + "07:40", "Air Force: Russia launched four Iskander-M missiles and 17 drones overnight", [
            "Russia attacked Ukraine overnight with four Iskander-M ballistic missiles and 17 Shahed drones, the Air Force said.",
            "Air defence destroyed 14 drones over the Odesa and Mykolaiv regions. The ballistic missiles were aimed at Odesa.",
        ], O, "strikes", "strikes", 3, author=None,
          note="Air Force tally of the same overnight attack whose missiles hit Odesa: same story"),
        E(D + "04:15", "Odesa governor: one person killed, fire at port facility", [
            "One person has been killed and a fire has broken out at a port facility in Odesa after the missile attack, regional governor Oleh Kiper said.",
            "Emergency services are working at the scene.",
        ], O, "strikes", "strikes", 3, author=None,
          note="04:15 Kyiv time is EEST (after the 03:00 -> 04:00 switch) = 01:15 UTC"),
        E(D + "02:50", "Explosions in Odesa amid ballistic missile threat", [
            "Explosions were heard in Odesa after the Air Force warned of a ballistic missile threat from the south.",
            "Residents are urged to remain in shelters.",
        ], O, "strikes", "strikes", 3, author=None,
          note="02:50 Kyiv time is still EET (UTC+2) = 00:50 UTC"),
    ],
    notes=("HTML live blog (Kyiv outlet), newest first, WITHOUT machine-readable times: each update shows only "
           "<span class='time'>HH:MM</span>; the page says 'All times are Kyiv time.' and the date comes from the h1. "
           "Clocks in Ukraine went forward at 03:00 local (01:00 UTC) this night: 02:50 is EET (UTC+2, = 00:50 UTC), "
           "04:15 and later are EEST (UTC+3). All updates fall on 31 March UTC. Three overnight updates have no author."),
    standfirst="A ballistic missile attack on Odesa's port and power grid; a deputy minister resigns; first Czech-bought shells arrive.",
    tz_note="All times are Kyiv time.", slug_url="2024-03-31", datetime_attr=False,
)

SOURCES = [northline, kestrel, polaris, volga, dnipro]
