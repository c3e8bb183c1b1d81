"""Day e4: Saturday 15 June 2024, the day after e3 (same zones). Re-posts of e3 items (duplicate_of = the e3 id,
importance 1), real developments of e3 stories (Kyiv toll, Putin's terms, G7 loan) and new events (peace summit)."""
from common import Entry as E, Source
from e3 import ATLAS_KYIV_HEAD, ATLAS_KYIV_BODY, VOLGA_MOD_BODY

D = "2024-06-15 "
K = "e3-kyiv-strike"          # continuing story from e3
PC = "e3-putin-conditions"    # continuing story from e3
G7 = "e3-g7-loan"             # continuing story from e3
PS = "e4-peace-summit"
HA = "e4-harris-energy-aid"
CR = "e4-crimea-s400"
KG = "e4-kharkiv-glide-bombs"

northline = Source("730", "e4", "northline-liveblog", "txt", "northline", "Northline Ledger", "Europe/London",
    "Russia-Ukraine war live: world leaders gather in Switzerland for peace summit without Russia",
    [
        E(D + "19:45", "Summit's first day ends with closing text still under negotiation, diplomats say", [
            "Negotiators were still haggling over the wording of the summit's closing communique on Saturday evening, with several countries from the global south reluctant to sign up to language on Ukraine's territorial integrity, two diplomats told the Ledger.",
            "The text is due to be published on Sunday afternoon.",
        ], PS, "diplomacy", "diplomacy", 3, author="Nadia Ferris"),
        E(D + "17:20", "Harris pledges $1.5bn for Ukraine's energy sector and humanitarian needs", [
            "The US vice-president, Kamala Harris, has announced $1.5bn in assistance for Ukraine, most of it to repair damaged power infrastructure and to help people displaced by the war.",
            "Speaking at the summit, Harris said Putin's offer of a ceasefire in exchange for Ukrainian territory was \"not a call for negotiations, it is a call for surrender\".",
        ], HA, "aid", "aid", 3, kp=True, author="Nadia Ferris"),
        E(D + "15:05", "Glide bombs kill three in Kharkiv suburb", [
            "Three people were killed and nine injured when Russian aircraft dropped guided bombs on a village on the northern outskirts of Kharkiv, the regional governor said.",
            "Oleh Syniehubov said houses and a shop were destroyed in the attack on Ruska Lozova.",
        ], KG, "strikes", "strikes", 3, author="Nadia Ferris"),
        E(D + "13:30", "Zelensky opens summit: 'We will make history'", [
            "Volodymyr Zelensky has opened the summit at the Bürgenstock resort above Lake Lucerne, telling delegations from more than 90 countries that they could \"make history\" by agreeing a path to a just peace.",
            "The two-day meeting is focusing on three areas: nuclear safety, food security and the return of prisoners and deported children. Russia was not invited, and China declined to attend.",
        ], PS, "diplomacy", "diplomacy", 3, kp=True, author="Nadia Ferris"),
        E(D + "11:50", "Ukraine claims strike on S-400 launchers in Crimea", [
            "Ukraine's general staff says its forces hit an S-400 air-defence battery near Dzhankoi in northern Crimea overnight, destroying a radar and two launchers.",
            "Russia's defence ministry said it had shot down five US-supplied ATACMS missiles over the peninsula and made no mention of damage.",
        ], CR, "strikes", "strikes", 3, author="Nadia Ferris"),
        E(D + "10:15", "Pictured: Kyiv lays flowers for victims of Friday's strike", [],
          K, "strikes", "strikes", 1, author="Nadia Ferris",
          note="headline-only photo teaser of mourning for the e3 strike's victims: same story as the strike, importance 1"),
        E(D + "09:00", "Kyiv rescue operation ends; toll from Friday's strike rises to nine", [
            "Rescue workers have finished clearing the rubble of the apartment block in Kyiv's Sviatoshynskyi district, where the number of dead from Friday's Russian strike now stands at nine, the city administration says.",
            "Kyiv is observing a day of mourning today.",
        ], K, "strikes", "strikes", 3, kp=True, author="Nadia Ferris",
          note="real development of the e3 story (toll rises, rescue ends): same story id as e3"),
        E(D + "08:10", "Explained: what is on the table at the Bürgenstock summit", [
            "The summit's organisers have deliberately narrowed the agenda to issues where they hope to win broad support, rather than trying to settle the big questions of territory and security guarantees.",
            "Three working groups will discuss the safety of Ukraine's nuclear plants, free navigation in the Black Sea for food exports, and humanitarian issues including prisoner exchanges.",
            "Organisers hope a second summit, possibly with Russia present, could follow.",
        ], "e4-explainer-summit-agenda", "diplomacy", "diplomacy", 2, author="Nadia Ferris",
          note="explainer on the summit's agenda (theme), not the summit's events: separate story"),
        E(D + "07:30", "What we know so far", [
            "Leaders and ministers from more than 90 countries are arriving in Switzerland for a two-day summit on a path to peace in Ukraine, to which Russia has not been invited.",
            "The death toll from Friday's Russian attack on Kyiv has risen to nine, officials said overnight.",
            "Vladimir Putin's demand that Ukraine give up four regions before talks can begin has been rejected by Kyiv as an ultimatum.",
        ], PS, "diplomacy", "diplomacy", 3, sec=["strikes"], author="Nadia Ferris",
          note="morning round-up led by the summit; also mentions the Kyiv toll and Putin's terms"),
    ],
    notes=("Plain-text UK live blog (stamps 'HH.MM BST', UTC+1), newest first, page byline Nadia Ferris. Key Points "
           "lists three posts. Second day of the e3/e4 pair: 730-07 is a real development of e3-kyiv-strike (same story "
           "id), 730-06 a photo teaser of the mourning."),
    updated="Sat 15 Jun 2024 19.52 BST", first="Sat 15 Jun 2024 07.30 BST", byline="Nadia Ferris",
    standfirst=["Zelensky opens Bürgenstock summit; Harris pledges $1.5bn; Kyiv mourns nine killed in Friday's strike"],
)

atlas = Source("731", "e4", "atlas-wire-world-rss", "xml", "rss", "Atlas Wire", "UTC", "Atlas Wire | World",
    [
        E(D + "20:30", "Euro 2024: Spain outclass Croatia in Berlin", [
            "Spain opened their European Championship campaign with a convincing win over Croatia in Berlin on Saturday.",
            "Italy and Switzerland also won their opening games.",
        ], "e4-offbeat-euro-2024-spain", "other", "unrelated", 1, author="Tom Reilly", offbeat=True),
        E(D + "18:10", "Harris announces $1.5 billion in energy and humanitarian aid for Ukraine", [
            "US Vice President Kamala Harris announced $1.5 billion in aid for Ukraine at a peace summit in Switzerland on Saturday, much of it aimed at repairing the country's battered energy system.",
            "The package includes $500 million in new energy assistance and $379 million in humanitarian aid, the White House said.",
        ], HA, "aid", "aid", 3, author="Daniel Okafor"),
        E(D + "16:40", "Swiss summit opens with calls for 'just peace' in Ukraine", [
            "More than 90 countries gathered at a Swiss mountain resort on Saturday for a summit aimed at building support for Ukraine's vision of peace, with Russia absent and China staying away.",
            "Ukrainian President Volodymyr Zelenskiy told delegates that the world could force Russia to end the war.",
        ], PS, "diplomacy", "diplomacy", 3, author="Leila Kassam"),
        E(D + "14:15", "Hajj pilgrims gather at Mount Arafat amid scorching heat", [
            "More than 1.5 million Muslim pilgrims gathered on Mount Arafat in Saudi Arabia on Saturday for the high point of the annual Hajj, as temperatures climbed above 45C.",
            "Saudi authorities urged pilgrims to carry umbrellas and drink plenty of water.",
        ], "e4-offbeat-hajj-heat", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
        E(D + "12:50", "Eight Israeli soldiers killed in Rafah blast, military says", [
            "Eight Israeli soldiers were killed when an explosion hit their armoured vehicle in Rafah in southern Gaza, the Israeli military said on Saturday.",
            "It was one of the deadliest single incidents for Israeli forces since the start of the war with Hamas.",
        ], "e4-offbeat-rafah-blast", "other", "unrelated", 1, author="Omar Haddad", offbeat=True),
        E(D + "11:05", "Floods in southern China force thousands from their homes", [
            "Torrential rain triggered floods and landslides in China's Fujian and Guangdong provinces, forcing tens of thousands of people from their homes, state media reported.",
            "At least nine people were reported dead.",
        ], "e4-offbeat-china-floods", "other", "unrelated", 1, author="Marta Ruiz", offbeat=True),
        E(D + "09:30", "Kyiv strike toll rises to nine as day of mourning begins", [
            "The number of people killed in Friday's Russian strike on Kyiv has risen to nine after rescuers recovered two more bodies overnight, city authorities said on Saturday.",
            "Flags flew at half-mast across the Ukrainian capital.",
        ], K, "strikes", "strikes", 3, author="Leila Kassam",
          note="real development of the e3 strike: same story id"),
        E(D + "06:40", ATLAS_KYIV_HEAD, [ATLAS_KYIV_BODY[0].replace("on Friday", "on Friday morning"), ATLAS_KYIV_BODY[1]],
          K, "strikes", "strikes", 1, dup="723-10", author="Leila Kassam",
          note="stale re-post of the previous day's item 723-10 (same headline, body differs by one word); duplicate_of points to the e3 id; importance 1"),
        E(D + "05:55", "Global stocks end week mixed as French bonds slide", [
            "World stocks ended the week mixed as investors sold French government bonds on worries about the outcome of the snap parliamentary election.",
            "The gap between French and German borrowing costs rose to its widest since 2017.",
        ], "e4-offbeat-markets", "other", "unrelated", 1, author="Daniel Okafor", offbeat=True),
        E(D + "05:10", "Armenia's prime minister proposes new round of peace talks with Azerbaijan", [
            "Armenian Prime Minister Nikol Pashinyan said he was ready to meet Azerbaijan's president to finalise a peace treaty, proposing that foreign ministers meet first in a neutral country.",
            "Baku did not immediately respond.",
        ], "e4-offbeat-armenia-azerbaijan-talks", "other", "unrelated", 1, author="Priya Natarajan", offbeat=True),
    ],
    notes=("General world-news RSS 2.0 feed (GMT), newest first; war items 4 of 10. 731-08 re-posts 723-10 (14 June) with "
           "a new pubDate and one added word: duplicate_of '723-10', importance 1, story e3-kyiv-strike. 731-07 is the real "
           "toll update."),
    link="https://atlaswire.example/world", description="World news from Atlas Wire", guid_prefix="atlas",
)

volga = Source("732", "e4", "volga-courier-chronicle", "txt", "volga", "Volga Courier", "Europe/Moscow",
    "Special military operation: chronicle of events for 15 June",
    [
        E(D + "21:45", None, [
            "Traffic will be restricted in the centre of Moscow on Sunday evening because of an open-air concert on Vasilyevsky Spusk, the traffic management centre said.",
            "Motorists are advised to avoid the Kremlin embankment from 18:00 to 23:00.",
        ], "e4-offbeat-moscow-traffic", "other", "unrelated", 1, offbeat=True),
        E(D + "19:20", None, [
            "The conference in Switzerland has no chance of producing any result without Russia's participation, Kremlin spokesman Dmitry Peskov said.",
            "He added that the proposals put forward by President Putin on Friday \"remain on the table\", but Kiev and its Western sponsors had chosen to reject them.",
        ], PS, "diplomacy", "diplomacy", 3,
          note="Kremlin comment on the summit (main content); mentions Putin's terms in passing"),
        E(D + "15:30", None, [
            "Units of the Tsentr group of forces improved their positions near Krasnogorovka and repelled two counterattacks, the Defence Ministry said.",
            "The enemy lost up to 290 servicemen in this direction over the past day.",
        ], "e4-krasnogorovka-frontline", "other", "frontline", 2),
        E(D + "13:10", None, [
            "Russia will respond to the seizure of income from its assets by taking Western property in Russia, Deputy Chairman of the Security Council Dmitry Medvedev said.",
            "\"The G7 decision is theft, and the thieves will have to answer,\" he wrote, referring to the loan for Kiev agreed at the summit in Italy.",
        ], G7, "aid", "aid", 2, sec=["diplomacy"],
          note="development of the e3 G7-loan story; carried by one source on this day: importance 2"),
        E(D + "09:40", None, [
            "Air defence systems shot down five ATACMS operational-tactical missiles made in the United States over the Crimean peninsula overnight, the Defence Ministry reported.",
            "Fragments of one missile fell in an open field near Dzhankoi. There were no casualties or damage, the head of Crimea Sergei Aksyonov said.",
        ], CR, "strikes", "strikes", 3, note="Russian denial of damage claimed by Ukraine (730-05, 733-06)"),
        E(D + "08:30", None, [VOLGA_MOD_BODY[0].replace("Overnight,", "On the night of 14 June,"), VOLGA_MOD_BODY[1]],
          K, "strikes", "strikes", 1, dup="722-08",
          note="re-post of the previous day's Defence Ministry statement 722-08 (only the opening words differ); importance 1"),
        E(D + "07:15", None, [
            "A Ukrainian drone attacked a minibus near the village of Novaya Tavolzhanka in the Belgorod region, injuring three passengers, Governor Vyacheslav Gladkov said.",
            "The injured were taken to hospital in Shebekino.",
        ], "e4-belgorod-minibus-drone", "strikes", "strikes", 2),
    ],
    notes=("Russian-side chronicle (plain text), newest first, no headlines; Moscow time. 732-06 re-posts 722-08 from 14 "
           "June with only the opening words changed: duplicate_of '722-08', importance 1, story e3-kyiv-strike."),
    date_header="Saturday, 15 June 2024", tags="special military operation, Switzerland, Crimea, ATACMS",
)

baltic = Source("733", "e4", "baltic-sentinel-atom", "xml", "atom", "Baltic Sentinel", "Europe/Vilnius",
    "Baltic Sentinel – War in Ukraine",
    [
        E(D + "22:30", "Summit's first day closes as Baltic presidents press for tougher sanctions", [
            "The presidents of Lithuania, Latvia and Estonia told the summit that only tougher sanctions would bring Russia to the negotiating table, as delegations worked late on the final declaration.",
            "Lithuania's president said the text should make clear that any peace must respect Ukraine's internationally recognised borders.",
        ], PS, "diplomacy", "diplomacy", 3, author="Andrius Petraitis"),
        E(D + "20:05", "US pledges $1.5 billion for Ukraine's energy and refugees", [
            "The United States will provide $1.5 billion to help Ukraine repair its energy system and support refugees and displaced people, Vice President Kamala Harris told the peace summit.",
            "She described Putin's ceasefire terms as a call for surrender.",
        ], HA, "aid", "aid", 3, author="Andrius Petraitis"),
        E(D + "17:45", "Glide bombs hit village near Kharkiv, killing three", [
            "Russian guided aerial bombs struck the village of Ruska Lozova north of Kharkiv, killing three residents and injuring nine, regional officials said.",
            "Several private houses were destroyed.",
        ], KG, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
        E(D + "15:20", "Peace summit opens at Bürgenstock without Russia", [
            "Delegations from 92 countries and eight organisations opened two days of talks at the Bürgenstock resort in central Switzerland, seeking common ground on a framework for ending Russia's war.",
            "Lithuanian President Gitanas Nausėda said the turnout showed that \"Russia's attempts to isolate Ukraine have failed\".",
        ], PS, "diplomacy", "diplomacy", 3, author="Andrius Petraitis"),
        E(D + "12:10", "Kyiv mourns nine killed in Friday's attack", [
            "Kyiv is observing a day of mourning after the toll from Friday's Russian missile strike on the capital rose to nine, including a 12-year-old boy.",
            "The city's military administration said 11 of the injured remained in hospital.",
        ], K, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
        E(D + "10:35", "Ukraine hits S-400 battery near Dzhankoi, General Staff says", [
            "Ukrainian forces struck a Russian S-400 air-defence battery near Dzhankoi in occupied Crimea, the General Staff said, releasing a video of a large explosion.",
            "Moscow said all the incoming missiles had been shot down.",
        ], CR, "strikes", "strikes", 3, author="Rūta Kazlauskaitė"),
        E(D + "08:00", "Photos: Ukraine's frontline towns through a drone lens", [],
          "e4-photos-frontline-towns", "other", "humanitarian", 1, author="Sentinel Photo",
          note="headline-only photo gallery on a theme: separate story, importance 1"),
        E(D + "07:10", "Putin's terms rejected in Kyiv and Western capitals", [
            "Ukraine's foreign ministry said Putin's ceasefire conditions were an attempt to mislead the international community on the eve of the peace summit.",
            "Germany's chancellor and NATO's secretary general also dismissed the proposal as a demand for capitulation.",
        ], PC, "diplomacy", "diplomacy", 2,
          note="development of the e3 Putin-terms story; only this source carries it on 15 June: importance 2"),
    ],
    notes=("War-focused Atom feed (xhtml content, +03:00 offsets), newest first. Continues e3 stories (Kyiv toll, "
           "Putin's terms) under their e3 story ids; new summit stories. The photo gallery entry has an empty content div."),
    subtitle="Our coverage of Russia's war against Ukraine", feed_id="tag:balticsentinel.example,2024:ukraine",
    entry_id_prefix="tag:balticsentinel.example,2024", link="https://balticsentinel.example/ukraine", xhtml=True,
)

SOURCES = [northline, atlas, volga, baltic]
