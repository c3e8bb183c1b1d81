# Hand-written news days for eval/j. All text invented or paraphrased in our own words;
# outlets and reporters are invented. Labels per /work/shared/gold/LABELS.md.


def E(t, h, p, tp, st, imp, sl, **kw):
    d = dict(t=t, h=h, p=p, tp=tp, st=st, imp=imp, sl=sl)
    d.update(kw)
    return d


OFF = dict(tp='other', st='unrelated', imp=1)


def O(t, h, p, sl, why, **kw):
    return E(t, h, p, sl=sl, n='off-beat: ' + why, **OFF, **kw)


SEEDS = []

# =====================================================================================
# DAY 1 — Thursday 2023-07-06 (UTC). Overnight cruise-missile strike on a Lviv apartment
# block (hit around 01:00 Kyiv = 22:00 UTC on 5 July; every report below is from 6 July UTC).
# Toll grows 4 -> 5 -> 6 during the day.
# =====================================================================================
LVIV = 'lviv-apartment-missile-strike-2023-07-06'
SOFIA = 'zelensky-visit-to-bulgaria-2023-07-06'
CLUSTER = 'us-cluster-munitions-package-2023-07'

SEEDS.append(dict(
    file='1120_redfern-liveblog.txt', outlet='Redfern Daily', fmt='text-live-uk', fmt_name='plain-text live blog',
    day='2023-07-06', date='2023-07-06', zone='Europe/London', page_tz='Europe/London',
    title='Ukraine war live: deaths in Lviv after missile hits apartment block overnight',
    dateline='Thursday 6 July 2023',
    lede=('Rescuers in the western city of Lviv spent the day searching the rubble of a residential building '
          'hit by a Russian cruise missile, while Volodymyr Zelensky travelled to Bulgaria. Follow the day as it happened.'),
    kp=[0, 2, 4],
    entries=[
        E('18:52', 'Lviv death toll rises to six as search ends',
          ['The number of people killed in the overnight missile strike on Lviv has risen to six after rescuers pulled another body from the ruins, regional governor Maksym Kozytskyi said.',
           'He said the search operation in the Shevchenkivskyi district had now ended and that 37 people were being treated for injuries.'],
          'strikes', 'strikes', 3, LVIV, au='Imogen Castellane'),
        E('17:30', 'Canada to fund demining kits for Ukrainian farmland',
          ['Ottawa says it will pay for a new batch of mine-clearing equipment and training for Ukrainian deminers working on agricultural land in the south.',
           'The money comes on top of an earlier pledge and is meant to help farmers return to fields before the autumn sowing.'],
          'aid', 'aid', 2, 'canada-demining-aid-2023-07-06', au='Tobias Wren',
          n='Canadian humanitarian/demining aid: a different package from a different country than the US cluster-munitions decision; must not merge with it.'),
        E('16:05', 'US expected to send cluster munitions to Kyiv, officials say',
          ['The Pentagon is preparing to include artillery-fired cluster munitions in its next military package for Ukraine, two US officials told reporters.',
           'Washington had held back the weapons for months because of the danger that unexploded bomblets pose to civilians long after fighting ends. A formal announcement could come as early as Friday.'],
          'aid', 'aid', 3, CLUSTER, au='Tobias Wren'),
        E('14:40', "Pictured: rescuers at the wrecked building in Lviv's Shevchenkivskyi district", [],
          'strikes', 'strikes', 1, LVIV, au='Imogen Castellane',
          n='Photo teaser with no body: importance 1. It names a specific detail of the strike (the district of the hit building), so it joins the Lviv story.'),
        E('13:15', 'Zelensky arrives in Sofia for talks on arms and Nato',
          ['Volodymyr Zelensky has landed in the Bulgarian capital on an unannounced visit, his office said, as he tours European capitals ahead of next week’s Nato summit in Vilnius.',
           'He is due to meet Prime Minister Nikolai Denkov and address members of parliament.'],
          'diplomacy', 'diplomacy', 3, SOFIA, au='Tobias Wren'),
        E('11:02', 'Man killed as Russian shells hit Kherson',
          ['A 61-year-old man was killed when Russian artillery struck a residential street in Kherson on Thursday morning, the regional military administration said.',
           'Two other residents were wounded and several houses caught fire.'],
          'strikes', 'strikes', 2, 'kherson-shelling-2023-07-06',
          au='Imogen Castellane', n='A separate strike in another city on the same day: must not merge with the Lviv strike. Importance 2 (judgement): one death in routine shelling, one seed; LABELS\' "deadly strikes" read as major deadly strikes.'),
        E('09:48', 'Explained: what a Kalibr cruise missile can do', [],
          'strikes', 'strikes', 1, 'explainer-kalibr-missiles',
          n='Explainer teaser with no body: importance 1, own story (explainers are separate stories even on the same theme).'),
        E('08:20', "Moscow claims it hit 'deployment points' overnight",
          ['Moscow’s defence ministry claimed its long-range precision weapons had struck places where Ukrainian troops were stationed, and that every target was hit.',
           'It did not mention Lviv, where local officials say an ordinary apartment block took the missile.'],
          'strikes', 'strikes', 3, LVIV, au='Tobias Wren',
          n='Russian official claim about the same overnight attack: same story as the Lviv strike (official claim/denial about that attack = strikes).'),
        E('06:10', 'Four killed as missile slams into Lviv apartment block',
          ['At least four people were killed when a Russian missile hit the upper floors of a residential building in Lviv in the early hours, the city’s mayor Andriy Sadovyi said.',
           'Firefighters were still trying to reach people trapped under collapsed concrete slabs. Officials said it was the most serious attack on civilian homes in the city since the invasion began.'],
          'strikes', 'strikes', 3, LVIV, au='Imogen Castellane'),
    ],
    tail=['Read more: How Lviv became a refuge for the displaced',
          'Sign up to the Redfern Daily morning briefing',
          '© Redfern Daily 2023'],
    notes=('Plain-text capture of a UK live page, newest first. Each post: a stamp line "HH:MM BST" (UK summer time, UTC+1), '
           'an optional headline line, body lines, "Posted by NAME", "Share this post". Date only from the dateline. '
           'The Key Points block lists three post headlines (key_point true for 1120-01, 1120-03, 1120-05). '
           'The earliest post (06:10 BST = 05:10 UTC) is after midnight UTC, so every entry is on 6 July UTC although the strike itself happened at 22:00 UTC on 5 July.'),
    not_entries=['Outlet line "Redfern Daily" and the "Live" label', 'Page title line', 'Dateline "Thursday 6 July 2023"',
                 'Lede paragraph starting "Rescuers in the western city of Lviv"', '"Key Points" header and its three bullet lines (they repeat post headlines)',
                 '"Advertisement"', '"Share this post" after every post', 'Related link "Read more: How Lviv became a refuge for the displaced"',
                 'Newsletter sign-up line', 'Copyright line'],
))

SEEDS.append(dict(
    file='1121_lanternfish-world.xml', outlet='Lanternfish World', fmt='rss', fmt_name='RSS 2.0 (general world feed)',
    desc='cdata', slug='lanternfish', url='https://lanternfish.example/world',
    day='2023-07-06', date='2023-07-06', zone='UTC', page_tz='UTC',
    title='Lanternfish World — top stories', page_title='Lanternfish World — top stories',
    lede='The latest world headlines from the Lanternfish newsroom.',
    entries=[
        O('21:15', 'Second seed cruises into third round at Wimbledon',
          ['The men’s second seed needed less than two hours to win his second-round match on Centre Court.', 'He faces a qualifier next.'],
          'offbeat-wimbledon-2023-07-06', 'sport (tennis)', au='Priya Oduya', cat='Sport'),
        E('19:40', 'Lviv strike death toll climbs to six',
          ['Six people are now known to have died after a Russian missile struck a block of flats in Lviv, western Ukraine, local officials said on Thursday evening.',
           'The strike was the deadliest on the city since February 2022.'],
          'strikes', 'strikes', 3, LVIV, au='Marcus Hale', cat='Europe'),
        O('16:20', 'Magnitude 5.8 earthquake strikes off Japan’s Izu islands',
          ['A shallow earthquake struck the sea south of Tokyo on Thursday afternoon local time, the meteorological agency said.', 'No tsunami warning was issued and no damage was reported.'],
          'offbeat-izu-earthquake-2023-07-06', 'natural disaster; "strikes" is not a military strike', au='Priya Oduya', cat='Asia'),
        O('14:55', 'Air strike on market in Sudan kills civilians, volunteers say',
          ['An air strike hit a crowded market on the edge of Omdurman, killing at least a dozen people, a local volunteer network said.', 'The army and the paramilitary force it is fighting blamed each other.'],
          'offbeat-sudan-market-air-strike-2023-07-06', 'strike in another war (Sudan)', au='Marcus Hale', cat='Africa'),
        E('13:30', 'Zelensky in Bulgaria as he rallies support before Vilnius',
          ['The Ukrainian president made a surprise stop in Sofia on Thursday to press Bulgaria for more weapons and backing for his country’s bid to join Nato.',
           'Bulgaria’s government has sent military aid quietly through third countries, diplomats say.'],
          'diplomacy', 'diplomacy', 3, SOFIA, au='Marcus Hale', sec=['aid'], cat='Europe'),
        O('11:45', 'Southern Europe braces for 44C as heatwave builds',
          ['Forecasters in Spain, Italy and Greece issued heat alerts as a mass of hot air moved north from Africa.'],
          'offbeat-europe-heatwave-2023-07-06', 'weather', au='Priya Oduya', cat='Weather'),
        O('10:10', 'Rail union sets new strike dates in pay row',
          ['Train staff will walk out on three days later this month after talks with operators broke down, their union said.'],
          'offbeat-rail-strike-dates-2023-07-06', 'labour strike', au='Priya Oduya', cat='Business'),
        E('08:30', 'Five dead after missile hits historic Lviv',
          ['A Russian cruise missile struck an apartment building in Lviv overnight, killing five people and injuring more than 30, Ukrainian officials said.',
           'The city centre, a Unesco world heritage site, had largely been spared during the war.'],
          'strikes', 'strikes', 3, LVIV, au='Marcus Hale', cat='Europe'),
        O('06:50', 'Oil steadies as traders wait for US jobs figures',
          ['Brent crude was little changed in early trading after two days of gains.'],
          'offbeat-oil-prices-2023-07-06', 'business/markets', au='Priya Oduya', cat='Business'),
    ],
    notes=('General world RSS feed; the war is 3 of 9 items. pubDates carry +0000. Descriptions are CDATA blocks of <p> paragraphs '
           '(body_paragraphs counts them). Off-beat items: tennis, an earthquake that "strikes", an air strike in Sudan (another war), '
           'a heatwave, a rail labour strike, oil prices.'),
    not_entries=['Channel title, link, description, language and lastBuildDate', 'Each item\'s <category>, <link> and <guid>'],
))

SEEDS.append(dict(
    file='1122_palisade-live.html', outlet='Palisade News', fmt='html-live', fmt_name='HTML live blog with LiveBlogPosting JSON-LD',
    jsonld='plain', label_zone=True, url='https://palisade.example/live/ukraine-2023-07-06',
    day='2023-07-06', date='2023-07-06', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Live: Lviv counts its dead after rare strike on the west',
    dateline='Thursday 6 July 2023 — times are Kyiv time',
    lede='A missile hit a residential block in Lviv before dawn. Updates from our correspondents in Ukraine.',
    entries=[
        E('22:40', "Zelensky vows a 'tangible' answer to Lviv attack",
          ['Speaking in his nightly address from Prague, Zelensky said the attackers on Lviv would feel Ukraine’s response and thanked the rescue crews who worked through the day.',
           'He said six people had died and named one of them, a woman who had fled fighting in the east last year.'],
          'strikes', 'strikes', 3, LVIV, au='Olena Varvaruk',
          n='Official reaction whose main content is the attack: same story as the Lviv strike. The speech is from Prague; the trip itself is the Sofia story, not this one.'),
        E('20:15', 'Bulgarian president and Zelensky spar over arms deliveries',
          ['At a joint appearance in Sofia, President Rumen Radev said the war could not be won on the battlefield and questioned further arms deliveries, drawing a sharp rebuttal from his guest.',
           'Prime Minister Denkov’s government, by contrast, said it would keep supporting Ukraine.'],
          'diplomacy', 'diplomacy', 3, SOFIA, au='Olena Varvaruk',
          n='Part of the same visit (a statement during it): same story as the Sofia arrival.'),
        E('17:05', "Deputy minister says troops advancing on Bakhmut's flanks",
          ['Ukrainian forces gained ground on the northern and southern edges of Bakhmut over the past week, Deputy Defence Minister Hanna Maliar said.',
           'Russian forces were trying to hold their positions by bringing in reserves, she added.'],
          'other', 'frontline', 2, 'bakhmut-flank-advances-2023-07-06', au='Danylo Krett'),
        E('15:30', 'IAEA says no mines seen so far at Zaporizhzhia plant',
          ['Inspectors from the UN nuclear watchdog have not found mines or explosives in the parts of the Zaporizhzhia nuclear power plant they were able to visit, the agency’s head Rafael Grossi said.',
           'He added that the team still needed access to the roofs of the reactor buildings.'],
          'other', 'security', 2, 'zaporizhzhia-plant-iaea-inspection-2023-07-06', au='Danylo Krett'),
        E('12:20', 'Stoltenberg: allies will send a strong message on Ukraine in Vilnius',
          ['Nato’s secretary general said he expected leaders to agree next week on a multi-year support programme and a new council with Ukraine.',
           'He would not say whether the summit communique would include a timeline for membership.'],
          'diplomacy', 'diplomacy', 2, 'nato-vilnius-summit-preview-2023-07-06', au='Olena Varvaruk'),
        E('09:45', "Lviv mayor: 'biggest attack on our civilian infrastructure'",
          ['Andriy Sadovyi said the death toll had risen to five and that dozens of flats in the Shevchenkivskyi district were damaged.',
           'He called the strike the largest on the city’s residential areas since February last year.'],
          'strikes', 'strikes', 3, LVIV, au='Danylo Krett'),
        E('05:20', 'Watch: air-raid sirens sound across western Ukraine', [],
          'strikes', 'strikes', 1, 'watch-air-raid-sirens-west-2023-07-06',
          n='Video teaser with no body naming only a broad region: importance 1, own story (names no specific detail of the Lviv strike).'),
    ],
    tail_html='<aside class="related"><h3>More on this story</h3><ul><li><a href="/ukraine/lviv-history">Lviv: a city that became a refuge</a></li><li><a href="/ukraine/air-defence">How Ukraine defends its skies</a></li></ul></aside>',
    notes=('HTML live blog with one LiveBlogPosting JSON-LD block (plain @context, liveBlogUpdate array whose datePublished values are correct per update). '
           'Each update is an <article> with <time datetime> (+03:00) printing "HH:MM EEST". Kyiv summer time = UTC+3; the earliest update 05:20 EEST = 02:20 UTC on 6 July.'),
    not_entries=['Site navigation', '"LIVE" kicker', 'Standfirst "A missile hit a residential block in Lviv before dawn..."', 'Dateline paragraph',
                 '"Advertisement" slot', '"Share" buttons', 'Related links box "More on this story"', 'Copyright footer', 'JSON-LD script (duplicates the updates)'],
))

SEEDS.append(dict(
    file='1123_brightwater-article.html', outlet='Brightwater Review', fmt='article-html', fmt_name='single HTML article',
    day='2023-07-06', date='2023-07-06', zone='Europe/London', page_tz='Europe/London',
    lede='Residents of the western city say they had come to think of it as safe.',
    caption='Emergency workers at the damaged residential building in Lviv, 6 July 2023',
    entries=[
        E('20:10', 'Lviv mourns six killed in deadliest strike on the city',
          ['Lviv was in mourning on Thursday night after a Russian cruise missile tore through the top floors of an apartment building, killing six people in a city that many Ukrainians had seen as a refuge.',
           'Governor Maksym Kozytskyi said the search of the building had ended and that more than 30 residents were hurt, several of them seriously.',
           'Mayor Andriy Sadovyi said the missile had struck while most residents were asleep, and that the historic centre had been shaken by the blast.',
           'President Volodymyr Zelensky, who was travelling in central Europe, promised that Russia would face consequences. Moscow said it had struck only military targets.'],
          'strikes', 'strikes', 3, LVIV, au='Helena Marsh'),
    ],
    tail_html='<aside><h2>Read next</h2><ul><li>Why Bulgaria’s arms help stays quiet</li><li>Cluster munitions: the case for and against</li></ul></aside>',
    notes='Single article, one entry (headline = <h1>). Printed meta line "Thursday 6 July 2023 20:10 BST" (BST = UTC+1).',
    not_entries=['Navigation', 'Standfirst "Residents of the western city say they had come to think of it as safe."',
                 'Byline line', 'Photo caption', '"Read next" box with two related headlines'],
))

# =====================================================================================
# DAY 2 — Wednesday 2024-02-14 (UTC). Missiles hit a five-storey block in Merefa (Kharkiv
# region) at 07:40 Kyiv (05:40 UTC); toll 3 -> 5 -> 6. Separate: drones hit Odesa region port
# facilities overnight; Ukraine says sea drones sank the landing ship Tsezar Kunikov.
# Aid: Denmark ammunition package (not the same as the Ramstein-format meeting).
# =====================================================================================
MEREFA = 'merefa-missile-strike-2024-02-14'
ODESA = 'odesa-port-drone-attack-2024-02-14'
KUNIKOV = 'landing-ship-tsezar-kunikov-sunk-2024-02-14'
DENMARK = 'denmark-ammunition-package-2024-02-14'
UDCG = 'ramstein-group-brussels-meeting-2024-02-14'
JOHNSON = 'house-speaker-senate-aid-bill-2024-02-14'

SEEDS.append(dict(
    file='1124_eastwind-live.txt', outlet='Eastwind Agency', fmt='text-live-gmt', fmt_name='plain-text live blog (agency, GMT stamps)',
    day='2024-02-14', date='2024-02-14', zone='UTC', page_tz='UTC',
    title='Russian missiles kill civilians in Kharkiv region town',
    page_title='Live blog: Russian missiles kill civilians in Kharkiv region town',
    lede='The Russia-Ukraine war is in its 721st day.',
    caption='Rescuers in Merefa / Photo: Eastwind',
    after_lead=['Further updates below'],
    entries=[
        E('19:05', None,
          ['The death toll from the morning missile strike on Merefa in Kharkiv region has risen to six, regional governor Oleh Syniehubov said.',
           'Among the dead is a 12-year-old girl, he said. Eleven people remain in hospital.',
           'Rescue teams finished clearing the collapsed section of the five-storey building after dark.'],
          'strikes', 'strikes', 3, MEREFA,
          n='Pinned lead with no headline (stamp followed directly by the text); body_paragraphs counts the stamp line\'s own text as the first paragraph.'),
        E('17:10', 'Denmark announces new artillery ammunition package for Ukraine',
          ['Danish Defence Minister Troels Lund Poulsen said Copenhagen would fund a further batch of 155mm shells and mortar rounds for Ukraine, worth about 1.7 billion kroner.',
           'The shells will be bought from European producers, he said.'],
          'aid', 'aid', 3, DENMARK),
        E('15:40', "House speaker says chamber 'will not be rushed' on aid bill",
          ['US House Speaker Mike Johnson said lawmakers would not be pressured into voting on the Senate’s 95-billion-dollar foreign aid bill, which includes about 60 billion for Ukraine.',
           'He repeated that any package should address security on the US southern border first.'],
          'aid', 'aid', 3, JOHNSON),
        E('13:22', 'Kremlin refers questions on landing ship to defence ministry',
          ['Kremlin spokesman Dmitry Peskov declined to comment on Ukraine’s claim that it had sunk a Russian landing ship off Crimea, saying the matter was one for the military.'],
          'strikes', 'strikes', 3, KUNIKOV,
          n='Official reaction to the ship attack: same story as the sinking claim.'),
        E('11:05', 'Merefa strike toll rises to five',
          ['Five people have now been confirmed dead after Russian missiles hit an apartment building in Merefa, south-west of Kharkiv, the regional administration said.',
           'Search teams were using cranes to lift slabs from the part of the building that collapsed.'],
          'strikes', 'strikes', 3, MEREFA),
        E('09:30', 'Ukraine says sea drones sank Russian landing ship off Crimea',
          ['Ukrainian military intelligence said naval drones had destroyed the large landing ship Tsezar Kunikov near Alupka on Crimea’s southern coast.',
           'It released video it said showed several drones striking the ship before it rolled over. Russia has not confirmed the loss.'],
          'strikes', 'strikes', 3, KUNIKOV),
        E('07:45', 'Missiles strike apartment building in Kharkiv oblast town, three dead',
          ['At least three people were killed when Russian missiles hit a residential building in Merefa, Kharkiv oblast, early on Wednesday, Governor Syniehubov said.',
           'Several people were believed to be under the rubble.'],
          'strikes', 'strikes', 3, MEREFA),
        E('06:40', 'Drones damage port infrastructure in Odesa region; two hurt',
          ['Russian attack drones hit port facilities in Odesa region overnight, injuring two workers, regional governor Oleh Kiper said.',
           'Air defences shot down most of the drones launched at the south, he said.'],
          'strikes', 'strikes', 2, ODESA,
          n='Separate strike on another city the same day: must not merge with Merefa. Carried by this seed only, so importance 2.'),
    ],
    tail=['For our live updates from Tuesday, February 13, follow this link.'],
    notes=('Agency-style text scrape: one date header "Wednesday, February 14, 2024"; stamps "HHMM GMT" (= UTC); headlines follow " — ". '
           'The first block is a pinned lead without a headline (the newest update). Toll progression for Merefa across the page: 3 (07:45), 5 (11:05), 6 (19:05).'),
    not_entries=['"Live blog:" title line', 'Lede line "The Russia-Ukraine war is in its 721st day."', 'Photo caption "Rescuers in Merefa / Photo: Eastwind"',
                 'Date header "Wednesday, February 14, 2024"', '"Further updates below" after the lead', 'Footer link to the previous day\'s live updates'],
))

SEEDS.append(dict(
    file='1125_saltmarsh-world.atom', outlet='Saltmarsh Radio', fmt='atom', fmt_name='Atom 1.0 (general world feed)',
    desc='text', slug='saltmarsh.example', url='https://saltmarsh.example/world',
    day='2024-02-14', date='2024-02-14', zone='America/New_York', page_tz='America/New_York',
    title='Saltmarsh Radio: World News', page_title='Saltmarsh Radio: World News',
    lede='Headlines from the Saltmarsh Radio world desk',
    entries=[
        O('17:45', 'Stocks bounce back a day after inflation scare',
          ['Wall Street indexes recovered much of Tuesday’s slide as investors reassessed the chances of an interest rate cut.'],
          'offbeat-stocks-rebound-2024-02-14', 'business/markets', au='Carla Benedetti'),
        E('13:50', 'House speaker signals no quick vote on Senate-passed aid',
          ['The Republican speaker of the House said Wednesday he would not bring the Senate’s foreign aid package, which includes money for Ukraine, Israel and Taiwan, to a vote soon. Democrats accused him of leaving Kyiv short of ammunition.'],
          'aid', 'aid', 3, JOHNSON, au='Wes Doran'),
        O('12:15', 'Northeast digs out after storm dumps a foot of snow',
          ['Schools reopened across much of New England as crews cleared roads after the winter’s biggest storm.'],
          'offbeat-northeast-snowstorm-2024-02-14', 'weather', au='Carla Benedetti'),
        E('10:30', 'Ukraine’s backers meet in Brussels, launch artillery coalition',
          ['Defense ministers from about 50 countries met in Brussels in the group that coordinates arms for Ukraine, with Pentagon chief Lloyd Austin joining by video link. Ukraine’s defense minister Rustem Umerov said a new coalition would focus on artillery shells and guns.'],
          'aid', 'aid', 3, UDCG, au='Wes Doran'),
        O('08:40', 'Israeli strikes hit southern Lebanon after rocket fire',
          ['Israeli aircraft struck several villages in southern Lebanon after rockets were fired at a town in northern Israel, officials on both sides said.'],
          'offbeat-southern-lebanon-strikes-2024-02-14', 'strikes in another conflict (Israel-Lebanon)', au='Wes Doran'),
        E('07:25', 'Missile strike on town near Kharkiv kills five',
          ['Russian missiles slammed into an apartment building in the small Ukrainian town of Merefa on Wednesday morning, killing at least five people, regional officials said.'],
          'strikes', 'strikes', 3, MEREFA, au='Wes Doran'),
        O('06:10', 'Valentine’s Day rose imports hit a record',
          ['Florists say most of the roses sold in the US this week were flown in from Colombia and Ecuador.'],
          'offbeat-valentines-roses-2024-02-14', 'not about the war (business/lifestyle)', au='Carla Benedetti'),
        E('04:10', 'Ukraine claims it sank Russian landing ship in Black Sea',
          ['Ukraine’s military intelligence agency said it used sea drones to sink a Russian amphibious ship off the coast of Crimea, the latest in a string of attacks on Russia’s Black Sea Fleet.'],
          'strikes', 'strikes', 3, KUNIKOV, au='Wes Doran'),
        O('21:40', 'Indonesia votes in giant one-day election',
          ['More than 200 million people are eligible to vote for a new president and thousands of legislators across the archipelago.'],
          'offbeat-indonesia-election-2024-02-14', 'not about the war (election)', au='Carla Benedetti', date='2024-02-13',
          basis='printed local date is 13 Feb (21:40 EST), which is 02:40 UTC on 14 Feb, so the entry belongs to the 14 Feb UTC day'),
    ],
    notes=('General world Atom feed from a US broadcaster; times in <published> carry -05:00 (EST). The war is 4 of 9 entries. '
           'The last entry is dated 2024-02-13T21:40:00-05:00 = 2024-02-14T02:40Z: on the 14 Feb UTC day although the local date is the 13th. '
           'Each entry has a one-paragraph <summary type="text">.'),
    not_entries=['Feed <title>, <subtitle>, <id>, <link> and <updated>', 'Entry <id>, <link> and <updated> elements'],
))

SEEDS.append(dict(
    file='1126_hollybank-live.html', outlet='Hollybank Times', fmt='html-live', fmt_name='HTML live blog without JSON-LD',
    jsonld=None, label_zone=False, url='https://hollybank.example/live/2024-02-14-ukraine',
    day='2024-02-14', date='2024-02-14', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Ukraine live: Merefa strike, Black Sea ship sunk, allies meet in Brussels',
    dateline='Wednesday 14 February 2024 · All times are Kyiv time (EET)',
    lede='The latest from Ukraine, updated through the day by our team in Kyiv.',
    kp=[0, 2, 3, 6],
    entries=[
        E('20:30', "Zelensky: Merefa strike shows 'why Patriots cannot wait'",
          ['President Volodymyr Zelensky said the missiles that killed six people in Merefa could have been stopped with more air defence, and named the rescuers who worked through the day.',
           'He thanked Denmark for its new package.'],
          'strikes', 'strikes', 3, MEREFA, au='Sofiia Lanko', sec=['aid'],
          n='Head of state\'s reaction whose main content is the Merefa attack: same story; the air-defence plea is secondary.'),
        E('19:10', 'Kuleba urges partners to speed up air defence deliveries',
          ['Foreign Minister Dmytro Kuleba said allies should send more air defence systems and interceptor missiles without waiting for the next Russian barrage.',
           'He spoke after a call with his Dutch counterpart.'],
          'aid', 'aid', 2, 'kuleba-air-defence-appeal-2024-02-14', au='Sofiia Lanko',
          n='A separate appeal by another official that names no specific strike: own story, not part of Merefa.'),
        E('17:35', 'Denmark unveils 1.7bn-kroner ammunition package',
          ['Denmark will buy artillery shells and mortar bombs for Ukraine from European factories, Defence Minister Troels Lund Poulsen announced.',
           'It is Copenhagen’s second package this year.'],
          'aid', 'aid', 3, DENMARK, au='Pavlo Derkach',
          n='Danish package: must not merge with the Ramstein-format meeting (different event, different donor).'),
        E('16:50', 'Ramstein-format meeting launches artillery coalition',
          ['Allies meeting in Brussels agreed to form a coalition that will pool orders of artillery guns and shells for Ukraine, Defence Minister Rustem Umerov said.',
           'Britain’s defence secretary Grant Shapps chaired part of the session.'],
          'aid', 'aid', 3, UDCG, au='Pavlo Derkach'),
        E('14:20', 'Pictured: the collapsed section of the five-storey block in Merefa', [],
          'strikes', 'strikes', 1, MEREFA, au='Sofiia Lanko',
          n='Photo teaser with no body: importance 1; names a specific detail (the five-storey block in Merefa), so it joins the Merefa story.'),
        E('12:05', "Avdiivka: commander says situation 'extremely difficult'",
          ['General Oleksandr Tarnavskyi said Russian troops were attacking Avdiivka from several directions with small infantry groups and armour.',
           'Reinforcements had been sent to the town, he said.'],
          'other', 'frontline', 2, 'avdiivka-situation-difficult-2024-02-14', au='Pavlo Derkach'),
        E('10:45', 'Navy: landing ship Tsezar Kunikov destroyed near Alupka',
          ['Ukraine’s navy said the Russian landing ship went down after being hit by sea drones close to Alupka in the south of Crimea.',
           'Its crew would normally number almost 90 sailors.'],
          'strikes', 'strikes', 3, KUNIKOV, au='Sofiia Lanko'),
        E('09:55', 'Watch: Kyiv residents head to metro shelters during air alert', [],
          'strikes', 'strikes', 1, 'watch-kyiv-metro-shelters-2024-02-14',
          n='Video teaser naming only Kyiv: importance 1 and its own story (no specific detail of Merefa, Odesa or the ship).'),
        E('08:30', 'Missiles hit residential building in Merefa, Kharkiv oblast',
          ['Russian missiles struck an apartment building in the town of Merefa, about 25km from Kharkiv, at 7.40 this morning, governor Oleh Syniehubov said.',
           'There are dead and injured, he said, without giving numbers.'],
          'strikes', 'strikes', 3, MEREFA, au='Pavlo Derkach'),
    ],
    tail_html='<aside class="related"><h3>Read more</h3><ul><li><a href="/explainers/black-sea-fleet">What is left of the Black Sea Fleet?</a></li></ul></aside><div class="newsletter">Get the Hollybank morning briefing</div>',
    notes=('HTML live blog, no JSON-LD. Each update prints only "HH:MM" in <span class="ts">; the date and the zone come from the dateline '
           '"Wednesday 14 February 2024 · All times are Kyiv time (EET)" (UTC+2 in February). Key Points block lists four update headlines. '
           'The 09:55 video teaser topic is a judgement call (no content); story and importance are what matter.'),
    not_entries=['Site navigation', '"LIVE" kicker', 'Page title <h1>', 'Standfirst', 'Dateline with the zone note',
                 '"Key Points" block (repeats four headlines)', 'Advertisement slot', 'Share buttons', 'Related link "What is left of the Black Sea Fleet?"',
                 'Newsletter promo', 'Copyright footer'],
))

SEEDS.append(dict(
    file='1127_marlowe-article.txt', outlet='Marlowe Observer', fmt='article-text', fmt_name='plain-text article',
    day='2024-02-14', date='2024-02-14', zone='Europe/London', page_tz='Europe/London',
    crumbs='Marlowe Observer › World › Europe',
    title='Six dead after Russian missiles hit Kharkiv region town',
    lede='A child is among those killed in Merefa, officials say, as rescuers search the ruins of an apartment block.',
    caption='Image: Emergency crews at the damaged building in Merefa on Wednesday',
    entries=[
        E('17:20', 'Six dead after Russian missiles hit Kharkiv region town',
          ['Six people, including a 12-year-old girl, were killed when Russian missiles struck an apartment building in Merefa in north-eastern Ukraine on Wednesday morning, local officials said.',
           'The town lies a short drive south-west of Kharkiv, the country’s second largest city, which has been shelled repeatedly since the start of the full-scale invasion.',
           'Oleh Syniehubov, the head of the Kharkivshchyna regional administration, said the missiles were S-300s, an air-defence weapon that Russia has adapted to hit targets on the ground.',
           'Kyiv’s foreign ministry said the attack was a reminder that Ukraine urgently needed more air-defence systems.'],
          'strikes', 'strikes', 3, MEREFA, au='Niamh Calloway'),
    ],
    tail=['More on this story', 'Russia’s Black Sea Fleet loses another ship', 'Allies form coalition to supply artillery', '© Marlowe Observer'],
    notes='Plain-text single article, one entry; headline = title line. Date line "14 February 2024, 17:20 GMT". Uses the form "Kharkivshchyna" for the region.',
    not_entries=['Breadcrumb line', 'Standfirst "A child is among those killed in Merefa..."', 'Byline line', 'Image caption line',
                 '"More on this story" and two related headlines', 'Copyright line'],
))

# =====================================================================================
# DAY 3 — Thursday 2024-02-15 (UTC), the day after DAY 2. Morning missiles hit an
# infrastructure facility in Lviv region (injured 0 -> 1 -> 2). Separate: shelling kills two
# in Kherson. Continuing: Merefa toll rises to seven, day of mourning (same slug as DAY 2).
# Re-post: Eastwind re-runs its 14 Feb Odesa item. Diplomacy: security pacts with Germany
# and France to be signed on Friday.
# =====================================================================================
LVIVREG = 'lviv-region-infrastructure-strike-2024-02-15'
KHERSON15 = 'kherson-shelling-two-killed-2024-02-15'
PACTS = 'zelensky-security-pacts-berlin-paris-2024-02-16'
LITHUANIA = 'lithuania-aid-package-2024-02-15'

SEEDS.append(dict(
    file='1128_eastwind-live.txt', outlet='Eastwind Agency', fmt='text-live-gmt', fmt_name='plain-text live blog (agency, GMT stamps)',
    day='2024-02-15', date='2024-02-15', zone='UTC', page_tz='UTC',
    title='Missiles hit infrastructure site in western Ukraine',
    page_title='Live blog: Missiles hit infrastructure site in western Ukraine',
    lede='The Russia-Ukraine war is in its 722nd day.',
    caption='Smoke over Lviv region / Photo: Eastwind',
    after_lead=['Further updates below'],
    entries=[
        E('20:10', None,
          ['Two people were injured in the morning missile strike on an infrastructure facility in Lviv region, governor Maksym Kozytskyi said in an evening update.',
           'Both are in a stable condition. Power has been restored to the nearby villages.'],
          'strikes', 'strikes', 3, LVIVREG,
          n='Pinned lead without headline; body_paragraphs counts the stamp line\'s own text.'),
        E('16:50', "Avdiivka garrison may pull back to 'more favourable lines'",
          ['General Oleksandr Tarnavskyi said some units near Avdiivka could move to prepared positions to save soldiers’ lives, as Russian forces pressed into the town from the north.'],
          'other', 'frontline', 2, 'avdiivka-possible-withdrawal-2024-02-15',
          n='Continues the Avdiivka theme from 14 Feb (1126-06) with a new development (possible withdrawal): NEW slug, since it is a different statement/event.'),
        E('14:25', 'Merefa toll rises to seven; town declares day of mourning',
          ['A man injured in Wednesday’s missile strike on Merefa has died in hospital, bringing the death toll to seven, the Kharkiv regional governor said.',
           'The town council declared Thursday a day of mourning.'],
          'strikes', 'strikes', 3, MEREFA,
          n='Continuing story from 14 Feb with a new development (higher toll, mourning): SAME slug as the 14 Feb Merefa entries, because it is the same attack.'),
        E('11:40', 'Russian shelling kills two in Kherson',
          ['Two men were killed when Russian artillery hit a residential district of Kherson on Thursday morning, regional governor Oleksandr Prokudin said.'],
          'strikes', 'strikes', 3, KHERSON15,
          n='A separate strike in another city on the same day: must not merge with the Lviv region strike.'),
        E('09:05', 'Lithuania sends generators and ammunition in new package',
          ['Lithuania’s defence ministry said it had handed over a package of power generators, anti-drone equipment and ammunition to Ukraine.'],
          'aid', 'aid', 3, LITHUANIA),
        E('06:50', 'Missiles strike infrastructure facility in Lviv region',
          ['Russian missiles hit a critical infrastructure facility in Lviv region early on Thursday, starting a fire, governor Maksym Kozytskyi said.',
           'There was no immediate word on casualties.'],
          'strikes', 'strikes', 3, LVIVREG),
        E('00:15', 'Drones damage port infrastructure in Odesa region; two hurt',
          ['Russian attack drones hit port facilities in Odesa region overnight, injuring two workers, regional governor Oleh Kiper said.',
           'Air defences shot down most of the drones launched at the south, he said.'],
          'strikes', 'strikes', 1, ODESA,
          n='re-post of 1124-08 (14 Feb, 0640 GMT): the same headline and body re-run after midnight; importance 1, keeps the 14 Feb story slug.'),
    ],
    tail=['For our live updates from Wednesday, February 14, follow this link.'],
    notes=('Same outlet and layout as 1124, for the next day. The last (oldest) block 0015 GMT is a verbatim re-post of the 14 Feb Odesa item 1124-08. '
           'Pinned lead at the top without headline. Lviv region injured: none known (06:50), two (20:10).'),
    not_entries=['"Live blog:" title line', 'Lede line "The Russia-Ukraine war is in its 722nd day."', 'Photo caption line',
                 'Date header "Thursday, February 15, 2024"', '"Further updates below"', 'Footer link to the previous day'],
))

SEEDS.append(dict(
    file='1129_palisade-live.html', outlet='Palisade News', fmt='html-live', fmt_name='HTML live blog with JSON-LD @graph (type array)',
    jsonld='graph', label_zone=True, url='https://palisade.example/live/ukraine-2024-02-15',
    day='2024-02-15', date='2024-02-15', zone='Europe/London', page_tz='Europe/London',
    title='Ukraine live: western region hit by missiles; Zelensky to sign security pacts',
    dateline='Thursday 15 February 2024 — all times GMT',
    lede='Russia targets infrastructure in the Lviv region. Follow our live coverage.',
    kp=[0, 4, 5],
    entries=[
        E('19:30', 'Zelensky heads to Berlin and Paris to sign security deals',
          ['Volodymyr Zelensky will sign bilateral security agreements with Germany and France on Friday, his office said, days after a similar pact with Britain.',
           'He is also expected at the Munich Security Conference.'],
          'diplomacy', 'diplomacy', 3, PACTS, au='Rory Tamsin'),
        E('17:05', 'Nato ministers told two-thirds of allies will meet spending target',
          ['Nato defence ministers meeting in Brussels heard that 18 of the 31 allies are expected to spend at least 2% of national income on defence this year, Jens Stoltenberg said.'],
          'diplomacy', 'diplomacy', 2, 'nato-defence-spending-brussels-2024-02-15', au='Rory Tamsin'),
        E('15:20', "Analysis: why western Ukraine's grid is back in Russia's sights",
          ['Thursday’s strike in Lviv region fits a pattern of attacks on facilities that keep the west of the country supplied with power and fuel.',
           'Energy analysts say Moscow is testing air defences that have been thinned out to protect the front and big cities.'],
          'strikes', 'strikes', 2, 'analysis-western-grid-targets-2024-02-15', au='Kasia Wren',
          n='Explainer/analysis with a body on the same theme: its own story (not the strike itself), importance 2.'),
        E('12:40', 'Two killed as Russian shells hit Kherson city',
          ['Two men died when Russian artillery struck a residential area of Kherson this morning, the regional governor said.'],
          'strikes', 'strikes', 1, KHERSON15, au='Kasia Wren', dup='1129-05',
          n='Near-verbatim repeat of 1129-05 posted again 38 minutes later (headline gains "city"): importance 1, duplicate_of 1129-05.'),
        E('12:02', 'Two killed as Russian shells hit Kherson',
          ['Two men died when Russian artillery struck a residential area of Kherson this morning, the regional governor said.'],
          'strikes', 'strikes', 3, KHERSON15, au='Kasia Wren'),
        E('10:15', 'Lviv region: fire at struck facility put out, one injured',
          ['Firefighters have extinguished the blaze at the infrastructure facility hit by Russian missiles in the Lviv region, governor Maksym Kozytskyi said.',
           'One person was injured. He did not say what the facility was.'],
          'strikes', 'strikes', 3, LVIVREG, au='Rory Tamsin'),
        E('07:05', 'Explosions heard in Lviv as air-raid alert covers the west',
          ['Loud explosions were reported in and around Lviv shortly after Ukraine’s air force warned of cruise missiles heading west.',
           'Residents were told to stay in shelters.'],
          'strikes', 'strikes', 3, LVIVREG, au='Rory Tamsin'),
    ],
    tail_html='<aside class="related"><h3>More on this story</h3><ul><li><a href="/ukraine/merefa">Merefa buries its dead</a></li></ul></aside>',
    notes=('HTML live blog whose JSON-LD puts the live blog under @graph with @type ["NewsArticle","LiveBlogPosting"]; per-update datePublished is correct. '
           'Times printed "HH:MM GMT" (UK winter time = UTC). The Key Points block lists the headlines of 1129-01, 1129-05 (the 12:02 Kherson original, not the 12:40 repeat) and 1129-06.'),
    not_entries=['Site navigation', '"LIVE" kicker', 'Standfirst', 'Dateline', '"Key Points" block (repeats three headlines)', 'Advertisement slot',
                 'Share buttons', 'Related link "Merefa buries its dead"', 'Copyright footer', 'JSON-LD script'],
))

SEEDS.append(dict(
    file='1130_copperleaf-ukraine.xml', outlet='Copperleaf Journal', fmt='rss', fmt_name='RSS 2.0 (Ukraine desk feed)',
    desc='cdata', slug='copperleaf', url='https://copperleaf.example/ukraine',
    day='2024-02-15', date='2024-02-15', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Copperleaf Journal — Ukraine', page_title='Copperleaf Journal — Ukraine',
    lede='News from our Ukraine desk in Kyiv.',
    entries=[
        E('21:40', 'Zelensky to sign security agreements with Germany and France',
          ['President Zelensky travels to Berlin and Paris on Friday to sign ten-year security agreements, the presidential office announced on Thursday evening.'],
          'diplomacy', 'diplomacy', 3, PACTS, au='Iryna Bohdan'),
        E('18:15', 'Seventh victim of Merefa strike dies in hospital',
          ['A 47-year-old man who was pulled from the rubble of the apartment block in Merefa on Wednesday has died of his injuries, Oleh Syniehubov said.',
           'Seven people have now died as a result of the attack.'],
          'strikes', 'strikes', 3, MEREFA, au='Iryna Bohdan',
          n='Continuing story (same slug as 14 Feb).'),
        E('14:30', 'Kozytskyi: one hurt in missile strike on Lviv oblast infrastructure',
          ['One person was injured and a fire broke out after Russian missiles hit an infrastructure facility in Lviv oblast in the morning.',
           'The governor said the fire had been put out.'],
          'strikes', 'strikes', 3, LVIVREG, au='Iryna Bohdan'),
        E('12:05', 'Lithuania hands over generators, shells',
          ['Vilnius has delivered a new aid package that includes generators and artillery ammunition, the Lithuanian defence ministry said.'],
          'aid', 'aid', 3, LITHUANIA, au='Andrii Siver'),
        E('11:05', 'Merefa observes day of mourning',
          ['Flags flew at half-mast in Merefa as the town mourned those killed in Wednesday’s missile attack.'],
          'strikes', 'strikes', 3, MEREFA, au='Andrii Siver',
          n='Official reaction to the 14 Feb attack: same Merefa slug.'),
        E('09:20', 'Russia says it downed Ukrainian drones over Belgorod region',
          ['Russia’s defence ministry said air defences destroyed seven Ukrainian drones over the Belgorod region overnight. The regional governor reported no casualties.'],
          'strikes', 'strikes', 2, 'belgorod-drones-downed-2024-02-15', au='Andrii Siver'),
        E('06:35', 'Missiles heading west, Lviv residents told to take shelter',
          ['Ukraine’s air force warned that Russian cruise missiles were flying towards the western regions, and Lviv’s mayor urged residents to go to shelters.'],
          'strikes', 'strikes', 3, LVIVREG, au='Andrii Siver',
          n='Warning minutes before the Lviv region hit; part of the same attack story. 06:35 EET = 04:35 UTC.'),
    ],
    notes=('Ukraine-desk RSS with pubDates at +0200 (Kyiv winter time). CDATA descriptions with <p>. Merefa continues from 1124-1127 with the same slug.'),
    not_entries=['Channel title, link, description, language and lastBuildDate', 'Item categories, links and guids'],
))

SEEDS.append(dict(
    file='1131_brightwater-article.html', outlet='Brightwater Review', fmt='article-html', fmt_name='single HTML article',
    day='2024-02-15', date='2024-02-15', zone='Europe/London', page_tz='Europe/London',
    lede='The attack on the Lviv region was the first in weeks on Ukraine’s far west.',
    caption='Smoke rises over the Lviv region after the missile attack on Thursday',
    entries=[
        E('16:45', 'Missile strike sets western Ukraine energy site ablaze',
          ['Russian missiles set fire to an infrastructure site in the Lviv oblast on Thursday morning, injuring one person and cutting power to several villages for hours.',
           'Governor Maksym Kozytskyi did not say what kind of facility had been hit, in line with wartime rules on reporting damage to energy sites.',
           'The attack came a day after a strike on the eastern town of Merefa killed six people.'],
          'strikes', 'strikes', 3, LVIVREG, au='Helena Marsh'),
    ],
    tail_html='<aside><h2>Read next</h2><ul><li>Inside Ukraine’s air-defence gap</li></ul></aside>',
    notes='Single article, one entry. Meta line "Thursday 15 February 2024 16:45 GMT". Its last paragraph mentions Merefa only as background; the story is the Lviv region strike.',
    not_entries=['Navigation', 'Standfirst', 'Byline line', 'Photo caption', '"Read next" box'],
))

# =====================================================================================
# DAY 4 — Friday 2022-04-08 (UTC). Missile strike on Kramatorsk railway station crowded with
# evacuees at about 10:30 Kyiv (07:30 UTC); toll "at least 30" -> 39 -> 50 during the day.
# Two different aid decisions (Slovakia's S-300; Britain's further equipment) must not merge.
# =====================================================================================
KRAM = 'kramatorsk-station-missile-strike-2022-04-08'
SLOVAKIA = 'slovakia-s300-to-ukraine-2022-04-08'
UKAID = 'uk-further-military-aid-johnson-2022-04-08'
VDL = 'von-der-leyen-borrell-kyiv-bucha-visit-2022-04-08'
EUSANC = 'eu-fifth-sanctions-package-coal-ban-2022-04-08'

SEEDS.append(dict(
    file='1132_gorsefield-live.txt', outlet='Gorsefield Times', fmt='text-live-us', fmt_name='plain-text live blog (US Eastern time)',
    day='2022-04-08', date='2022-04-08', zone='America/New_York', page_tz='America/New_York',
    title='Russia-Ukraine war: live updates',
    lede='What we know: a missile struck the railway station in Kramatorsk, in eastern Ukraine, where civilians were waiting to be evacuated.',
    entries=[
        E('19:40', 'Kramatorsk toll reaches 50, governor says',
          ['Fifty people, five of them children, were killed by the missile that hit the Kramatorsk railway station, Donetsk regional governor Pavlo Kyrylenko said Friday evening.',
           'Ninety-eight others were wounded, he said.'],
          'strikes', 'strikes', 3, KRAM, au='Dana Whitcombe'),
        E('17:15', 'Pentagon: Russian pullout from the north is complete',
          ['All of the Russian units that had been around Kyiv and Chernihiv have now left Ukraine for Belarus or Russia to refit, Pentagon spokesman John Kirby said.',
           'Many are expected to be sent back towards the Donbas.'],
          'other', 'frontline', 2, 'pentagon-russian-withdrawal-north-2022-04-08', au='Luis Ferrante'),
        E('15:02', 'Biden thanks Slovakia for giving its S-300 to Ukraine',
          ['President Joe Biden praised Slovakia for handing over its S-300 air defense system and said the US would move a Patriot battery to Slovakia to fill the gap.',
           'Slovak Prime Minister Eduard Heger had announced the transfer earlier in the day.'],
          'aid', 'aid', 3, SLOVAKIA, au='Luis Ferrante',
          n='US reaction to the Slovak transfer: same story as the transfer; a different aid decision from the British package.'),
        E('12:30', 'Johnson pledges more missiles and armour after talks with Scholz',
          ['British Prime Minister Boris Johnson said the UK would send another 100 million pounds of high-grade military equipment to Ukraine, including anti-aircraft and anti-tank missiles.',
           'He spoke at a press conference in London alongside German Chancellor Olaf Scholz.'],
          'aid', 'aid', 3, UKAID, au='Luis Ferrante'),
        E('10:20', 'Watch: the scene at Kramatorsk station after the strike', [],
          'strikes', 'strikes', 1, KRAM, au='Dana Whitcombe',
          n='Video teaser with no body: importance 1; names the station (a specific detail of the strike), so it joins the Kramatorsk story.'),
        E('08:45', 'Russia denies hitting the station',
          ['Russia’s defense ministry said it had not carried out any strikes in Kramatorsk on Friday and that the Tochka-U missile found at the scene is used only by Ukraine’s forces.',
           'Ukrainian officials and Western analysts rejected the claim.'],
          'strikes', 'strikes', 3, KRAM, au='Dana Whitcombe',
          n='Official denial about the same attack: same story.'),
        E('04:30', 'Von der Leyen arrives in Kyiv',
          ['European Commission President Ursula von der Leyen and EU foreign policy chief Josep Borrell arrived in Kyiv by train on Friday to meet President Volodymyr Zelensky.'],
          'diplomacy', 'diplomacy', 3, VDL, au='Luis Ferrante'),
        E('04:05', 'Rocket strike on train station in eastern Ukraine kills at least 30',
          ['At least 30 people were killed and more than 100 wounded when a rocket hit a railway station in Kramatorsk that was being used to evacuate civilians, Ukraine’s state railway company said.'],
          'strikes', 'strikes', 3, KRAM, au='Dana Whitcombe'),
        E('21:35', 'Russia says it is leaving the UN Human Rights Council',
          ['Russia said it was quitting the United Nations Human Rights Council, minutes after the General Assembly voted to suspend it over reports of abuses by its troops in Ukraine.'],
          'diplomacy', 'diplomacy', 2, 'russia-quits-un-rights-council-2022-04-07', au='Luis Ferrante', date='2022-04-07',
          basis='printed under the header "Thursday, April 7, 2022": 9:35 p.m. EDT on 7 April is 01:35 UTC on 8 April, so it belongs to the 8 April UTC day'),
    ],
    tail=['Follow our coverage on Saturday here.', 'Gorsefield Times © 2022'],
    notes=('US live page as a plain-text capture: date headers ("Friday, April 8, 2022", and "Thursday, April 7, 2022" above the oldest post), '
           'stamp lines like "4:05 a.m. ET" (EDT = UTC-4), headline, body, "— AUTHOR". The oldest post (9:35 p.m. ET on 7 April) is 01:35 UTC on 8 April; '
           'the newest (7:40 p.m. ET) is 23:40 UTC on 8 April, so all posts fall on 8 April UTC. Kramatorsk toll across the page: 30 (4:05 a.m.), 50 (7:40 p.m.).'),
    not_entries=['Outlet line', 'Title line "Russia-Ukraine war: live updates"', 'Lede "What we know: ..."', 'Date headers (two)',
                 'Closing line "Follow our coverage on Saturday here."', 'Copyright line'],
))

SEEDS.append(dict(
    file='1133_cairnfield-world.xml', outlet='Cairnfield World Service', fmt='rss', fmt_name='RSS 2.0 (general world feed, UK offsets)',
    desc='plain', slug='cairnfield', url='https://cairnfield.example/news/world', authors=False,
    day='2022-04-08', date='2022-04-08', zone='Europe/London', page_tz='Europe/London',
    title='Cairnfield World Service — World', page_title='Cairnfield World Service — World',
    lede='Top stories from around the world',
    entries=[
        O('00:20', 'Augusta leaders share top spot after second round',
          ['Three players were tied for the lead at the Masters after a blustery Friday at Augusta National.'],
          'offbeat-masters-second-round-2022-04-08', 'sport (golf)', date='2022-04-09', cat='Sport',
          basis='pubDate Sat, 09 Apr 2022 00:20 +0100 is 23:20 UTC on Friday 8 April: local date is the 9th, UTC date the 8th'),
        E('22:05', 'Dozens killed at Ukrainian station crowded with evacuees',
          ['A missile attack on Kramatorsk railway station in Donetsk oblast killed 50 people, including five children, Ukrainian officials said, as thousands tried to leave the Donbas ahead of an expected Russian offensive.'],
          'strikes', 'strikes', 3, KRAM),
        O('20:30', 'Shanghai extends lockdown as case numbers climb',
          ['Authorities kept most of China’s biggest city under lockdown for another day after recording a new daily high of infections.'],
          'offbeat-shanghai-lockdown-2022-04-08', 'not about the war (public health)', cat='Asia'),
        O('18:45', 'Yemen truce holds through first week, UN envoy says',
          ['The UN envoy for Yemen said a two-month truce between the warring parties had largely held, with no air strikes reported since it began.'],
          'offbeat-yemen-truce-2022-04-08', 'another conflict (Yemen), mentions air strikes', cat='Middle East'),
        E('16:10', 'EU adopts coal ban in fifth round of Russia sanctions',
          ['European Union governments formally approved a ban on Russian coal imports, the closure of EU ports to Russian ships and new export bans, the first time the bloc has targeted Russia’s energy revenues.'],
          'diplomacy', 'diplomacy', 3, EUSANC, cat='Europe'),
        E('14:35', 'Slovakia gives Ukraine its S-300 air defence system',
          ['Slovakia has donated its Soviet-designed S-300 air defence system to Ukraine, Prime Minister Eduard Heger said, after Nato allies agreed to help cover the gap in Slovak air defences.'],
          'aid', 'aid', 3, SLOVAKIA, cat='Europe'),
        O('12:00', 'Magnitude 6.0 earthquake strikes off Vanuatu',
          ['A strong undersea earthquake struck off Vanuatu’s main island, but there were no immediate reports of damage, seismologists said.'],
          'offbeat-vanuatu-earthquake-2022-04-08', 'natural disaster; "strikes" is not a military strike', cat='Asia-Pacific'),
        O('10:25', 'Dock workers begin 48-hour strike over pay',
          ['Cargo handling at one of Europe’s busiest container ports slowed to a crawl as dock workers started a two-day walkout.'],
          'offbeat-dock-workers-strike-2022-04-08', 'labour strike', cat='Business'),
        O('08:15', 'Pakistan’s top court restores parliament ahead of no-confidence vote',
          ['Pakistan’s Supreme Court ruled that the dissolution of parliament was unconstitutional, setting up a vote on the prime minister’s future.'],
          'offbeat-pakistan-court-2022-04-08', 'not about the war (politics elsewhere)', cat='Asia'),
    ],
    notes=('General world RSS from a UK broadcaster: pubDates at +0100 (BST). No item authors. Descriptions are plain escaped text (one paragraph each). '
           'The war is 3 of 9 items. The first item is dated Sat 9 Apr 00:20 +0100 = 23:20 UTC on 8 April. Off-beat: golf, Shanghai lockdown, '
           'Yemen truce (another conflict), an earthquake that "strikes", a dock strike, Pakistan.'),
    not_entries=['Channel title, link, description, language and lastBuildDate', 'Item categories, links and guids'],
))

SEEDS.append(dict(
    file='1134_ashgrove-live.html', outlet='Ashgrove Live', fmt='html-live', fmt_name='HTML live blog with LiveBlogPosting JSON-LD',
    jsonld='plain', label_zone=True, entities='numeric', url='https://ashgrove.example/live/2022-04-08',
    day='2022-04-08', date='2022-04-08', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Live: missile strike on Kramatorsk station; EU leaders in Kyiv',
    dateline='Friday, 8 April 2022 (Kyiv time, EEST)',
    lede='Ukrainian officials say a missile hit a station where thousands were waiting for evacuation trains.',
    entries=[
        E('23:10', 'Zelensky demands firm world response to Kramatorsk attack',
          ['In his evening video address, President Zelensky said the strike on the station in Kramatorsk was a deliberate attack on civilians and called for a strong answer from the world.'],
          'strikes', 'strikes', 3, KRAM, au='Halyna Ostapenko', sec=['diplomacy'],
          n='Reaction whose main content is the attack: same story.'),
        E('21:30', 'Von der Leyen hands Zelensky EU membership questionnaire',
          ['Ursula von der Leyen gave Zelensky the questionnaire that starts the process of assessing Ukraine’s bid to join the EU, and promised a quick opinion.'],
          'diplomacy', 'diplomacy', 3, VDL, au='Halyna Ostapenko',
          n='Part of the same visit (statement during it): same story as the arrival and the Bucha visit.'),
        E('19:05', 'Shelling kills two in Kharkiv, governor says',
          ['Two civilians were killed and several injured when Russian artillery shelled residential areas of Kharkiv, regional governor Oleh Syniehubov said.'],
          'strikes', 'strikes', 2, 'kharkiv-shelling-2022-04-08', au='Maksym Teliha',
          n='A separate strike in another city on the same day: must not merge with Kramatorsk. Importance 2 (judgement): routine shelling, one seed.'),
        E('17:40', 'EU formally adopts fifth sanctions package, including coal ban',
          ['The EU adopted its fifth package of sanctions against Russia, which bans coal imports from August and bars Russian-flagged ships from EU ports.'],
          'diplomacy', 'diplomacy', 3, EUSANC, au='Maksym Teliha'),
        E('15:20', 'Luhansk governor urges residents to leave while they still can',
          ['Serhiy Haidai urged people in the Luhansk region to evacuate, warning that Russian forces were massing for an offensive.',
           'Buses and trains were being organised from several towns, he said.'],
          'other', 'humanitarian', 2, 'luhansk-evacuation-appeal-2022-04-08', au='Maksym Teliha'),
        E('13:00', 'Kramatorsk death toll climbs to 39',
          ['Thirty-nine people were killed in the strike on the Kramatorsk station, Donetsk oblast governor Pavlo Kyrylenko said, and officials expect the figure to rise.',
           'He said remnants of a missile bore the words "for the children" in Russian.'],
          'strikes', 'strikes', 3, KRAM, au='Halyna Ostapenko'),
        E('11:45', 'Von der Leyen and Borrell visit Bucha',
          ['The European Commission president and the EU’s top diplomat visited the town of Bucha, where bodies of civilians were found after Russian troops withdrew.'],
          'diplomacy', 'diplomacy', 3, VDL, au='Halyna Ostapenko'),
        E('10:55', 'Missiles hit Kramatorsk station where thousands waited to leave',
          ['Two missiles struck the railway station in Kramatorsk in the Donetsk region this morning, Ukrzaliznytsia said, as crowds waited for trains to the west.',
           'There are many casualties.'],
          'strikes', 'strikes', 3, KRAM, au='Maksym Teliha'),
        E('07:20', 'Explained: how the railways keep evacuations moving', [],
          'other', 'humanitarian', 1, 'explainer-railway-evacuations-2022-04-08',
          n='Explainer teaser with no body, posted before the strike: importance 1, own story.'),
    ],
    tail_html='<aside class="related"><h3>Related</h3><ul><li><a href="/bucha">What happened in Bucha</a></li></ul></aside>',
    notes=('HTML live blog with a plain LiveBlogPosting JSON-LD; stamps "HH:MM EEST" in <time datetime> (+03:00). Non-ASCII characters in the update HTML are numeric character references (&#8217; etc.); decode before matching. Earliest update 07:20 EEST = 04:20 UTC; latest 23:10 EEST = 20:10 UTC. '
           'No Key Points block.'),
    not_entries=['Site navigation', '"LIVE" kicker', 'Standfirst', 'Dateline', 'Advertisement slot', 'Share buttons', 'Related link "What happened in Bucha"',
                 'Copyright footer', 'JSON-LD script'],
))

SEEDS.append(dict(
    file='1135_marlowe-article.txt', outlet='Marlowe Observer', fmt='article-text', fmt_name='plain-text article with two section headings',
    sections=True, day='2022-04-08', date='2022-04-08', zone='Europe/London', page_tz='Europe/London',
    crumbs='Marlowe Observer › World › Ukraine',
    title='Kramatorsk: dozens killed as missile hits station packed with evacuees',
    lede='The attack came as the West promised more weapons for Ukraine.',
    caption='Image: Luggage left on the platform at Kramatorsk station',
    entries=[
        E('16:40', 'What happened at the station',
          ['A missile carrying cluster munitions exploded above the forecourt of Kramatorsk’s railway station on Friday morning, where about 4,000 people were waiting for trains out of the Donbas, Ukrainian officials said.',
           'At least 39 people were killed, according to the Donetsk regional governor.',
           'Moscow denied responsibility and blamed Ukrainian forces.'],
          'strikes', 'strikes', 3, KRAM, au='Niamh Calloway'),
        E('16:40', 'Allies promise more weapons',
          ['Boris Johnson said Britain would send a further 100 million pounds’ worth of high-grade military equipment, after meeting Olaf Scholz in Downing Street.',
           'Earlier Slovakia said it had given Ukraine an S-300 air defence system.'],
          'aid', 'aid', 3, UKAID, au='Niamh Calloway',
          n='Section leads with the British package; the Slovak S-300 is a one-line mention. Story = the UK package (primary), not merged with Slovakia.'),
    ],
    tail=['More on this story', 'EU leaders visit Bucha', '© Marlowe Observer'],
    notes=('Plain-text article with two section headings; per the Euronews precedent each section is one entry, headline = section heading, '
           'both sharing the article\'s date line "8 April 2022, 16:40 BST" and byline.'),
    not_entries=['Breadcrumb line', 'Article title line (page title, not an entry)', 'Standfirst', 'Byline line', 'Image caption',
                 '"More on this story" and its related headline', 'Copyright line'],
))

# =====================================================================================
# DAY 5 — Friday 2025-03-07 (UTC). Overnight combined missile-and-drone barrage on gas
# production and energy sites (Kharkiv, Poltava, Ternopil, Ivano-Frankivsk regions).
# Separate evening strike: ballistic missiles on Dobropillia (Donetsk region), toll 5 -> 8.
# Two aid items from different donors (Netherlands drones; Japan loan tranche) must not merge.
# =====================================================================================
ENERGY = 'overnight-barrage-gas-energy-sites-2025-03-07'
DOBRO = 'dobropillia-ballistic-strike-2025-03-07'
TRUMP = 'trump-weighs-russia-sanctions-2025-03-07'
SAUDI = 'zelensky-saudi-visit-jeddah-talks-2025-03'
JAPAN = 'japan-era-loan-tranche-2025-03-07'

SEEDS.append(dict(
    file='1136_thornbury-live.html', outlet='Thornbury Standard', fmt='html-live', fmt_name='HTML live blog with LiveBlogPosting JSON-LD',
    jsonld='plain', label_zone=True, entities='named', url='https://thornbury.example/live/ukraine-7-march-2025',
    day='2025-03-07', date='2025-03-07', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Ukraine live: Russia pounds gas sites overnight; missiles hit Dobropillia',
    dateline='Friday 7 March 2025, Kyiv time (EET)',
    lede='Ukraine’s gas production was the main target of one of the largest attacks of the war. Live updates.',
    kp=[0, 2, 3, 9],
    entries=[
        E('23:30', 'Dobropillia toll rises to eight',
          ['Eight people are now known to have been killed by the ballistic missiles that hit the centre of Dobropillia, Donetsk regional governor Vadym Filashkin said.',
           'More than 30 were wounded, and eight apartment buildings were damaged.'],
          'strikes', 'strikes', 3, DOBRO, au='Marta Yaremko'),
        E('22:15', 'Ballistic missiles hit Dobropillia in Donetsk region',
          ['Russian ballistic missiles struck the town of Dobropillia on Friday evening, killing at least five people, according to the regional military administration.',
           'A second strike hit as rescuers arrived, officials said.'],
          'strikes', 'strikes', 3, DOBRO, au='Marta Yaremko',
          n='Evening strike on a different town: a separate event from the overnight energy barrage, must not merge.'),
        E('19:40', 'Zelensky confirms Saudi trip for Monday',
          ['Volodymyr Zelensky said he would travel to Saudi Arabia on Monday to meet Crown Prince Mohammed bin Salman, while his team stays on for talks with US officials.'],
          'diplomacy', 'diplomacy', 3, SAUDI, au='Ben Castor'),
        E('17:10', "Trump says he is 'strongly considering' sanctions on Russia",
          ['Donald Trump said he was strongly considering large-scale banking sanctions and tariffs on Russia until a ceasefire and a final settlement are agreed, citing the overnight attacks.',
           'He urged both sides to get to the table.'],
          'diplomacy', 'diplomacy', 3, TRUMP, au='Ben Castor', sec=['strikes']),
        E('16:00', 'Kursk region: pressure grows on Ukrainian troops near Sudzha',
          ['Ukrainian units in Russia’s Kursk region are under heavy pressure as Russian troops try to cut supply routes to Sudzha, military bloggers on both sides said.'],
          'other', 'frontline', 3, 'kursk-sudzha-pressure-2025-03-07', au='Marta Yaremko', n='Carried also by 1138-05, so importance 3.'),
        E('14:25', 'Japan transfers loan funds backed by frozen Russian assets',
          ['Japan has sent Ukraine a new tranche of its share of the G7 loan that is repaid from profits on immobilised Russian central bank assets, Prime Minister Denys Shmyhal said.'],
          'aid', 'aid', 3, JAPAN, au='Ben Castor',
          n='Japanese financial aid: a different package from a different donor than the Dutch drone money; must not merge.'),
        E('12:50', 'Photos: the damaged gas facility in Poltava region', [],
          'strikes', 'strikes', 1, ENERGY, au='Marta Yaremko',
          n='Photo teaser with no body: importance 1; names a specific detail of the barrage (the gas facility in Poltava region), so it joins the energy story.'),
        E('11:05', 'Halushchenko: gas production was the main target',
          ['Energy Minister Herman Halushchenko said most of the missiles and drones were aimed at facilities that produce and process natural gas.',
           'Emergency power cuts were introduced in several regions.'],
          'strikes', 'strikes', 3, ENERGY, au='Ben Castor'),
        E('09:30', 'Netherlands pledges funds for Ukrainian-made drones',
          ['The Dutch defence ministry said it would spend several hundred million euros on long-range and interceptor drones built in Ukraine.'],
          'aid', 'aid', 2, 'netherlands-drone-funding-2025-03-07', au='Ben Castor'),
        E('07:45', 'Massive overnight attack targets gas and energy facilities',
          ['Russia launched 67 missiles and nearly 200 drones at Ukraine overnight, the air force said, with gas production sites in Kharkiv and Poltava regions among the main targets.',
           'Air defences shot down 34 missiles and 100 drones. Facilities in Ternopil and Ivano-Frankivsk oblasts were also hit.'],
          'strikes', 'strikes', 3, ENERGY, au='Marta Yaremko'),
    ],
    tail_html='<aside class="related"><h3>Further reading</h3><ul><li><a href="/energy">How Ukraine rebuilt its grid</a></li></ul></aside>',
    notes=('HTML live blog, plain LiveBlogPosting JSON-LD; "HH:MM EET" in <time datetime> (+02:00). Curly quotes in the update HTML are named entities (&rsquo;); decode before matching. Key Points lists four headlines '
           '(1136-01, 1136-03, 1136-04, 1136-10). Latest update 23:30 EET = 21:30 UTC.'),
    not_entries=['Site navigation', '"LIVE" kicker', 'Standfirst', 'Dateline', '"Key Points" block (repeats four headlines)', 'Advertisement slot',
                 'Share buttons', '"Further reading" box', 'Copyright footer', 'JSON-LD script'],
))

SEEDS.append(dict(
    file='1137_brackenridge-world.xml', outlet='Brackenridge World', fmt='rss', fmt_name='RSS 2.0 (general world feed, entity-escaped HTML descriptions)',
    desc='escaped-html', slug='brackenridge', url='https://brackenridge.example/world',
    day='2025-03-07', date='2025-03-07', zone='UTC', page_tz='UTC',
    title='Brackenridge World: latest', page_title='Brackenridge World: latest',
    lede='World news as it happens',
    entries=[
        E('21:50', 'Missiles strike eastern Ukrainian town, killing at least eight',
          ['At least eight people died when Russian missiles hit the centre of Dobropillia, a town in Ukraine’s Donetsk region, local officials said on Friday night.'],
          'strikes', 'strikes', 3, DOBRO, au='Saskia Brandt'),
        O('19:30', 'Clashes in Syria’s coastal region leave dozens dead',
          ['Fighting between government forces and gunmen loyal to the former regime spread across Syria’s coastal province, a monitoring group said.'],
          'offbeat-syria-coastal-clashes-2025-03-07', 'another conflict (Syria)', au='Saskia Brandt'),
        O('17:05', 'German union calls Monday strike at major airports',
          ['Travellers face cancellations after the services union called on ground staff at most big German airports to walk out for a day.'],
          'offbeat-german-airport-strike-2025-03-07', 'labour strike', au='Tom Ilves'),
        E('14:40', 'Trump weighs sanctions and tariffs on Russia',
          ['The US president said he was considering sweeping sanctions and tariffs on Moscow after its overnight assault on Ukraine, in a rare threat aimed at Russia rather than Kyiv.',
           'He said Moscow was "pounding" Ukraine.'],
          'diplomacy', 'diplomacy', 3, TRUMP, au='Tom Ilves', sec=['strikes']),
        O('13:35', 'US employers added 151,000 jobs in February',
          ['Hiring picked up slightly from January, while the unemployment rate rose to 4.1%, the Labor Department said.'],
          'offbeat-us-jobs-report-2025-03-07', 'business/economy', au='Tom Ilves'),
        O('11:20', 'Queensland braces as cyclone nears the coast',
          ['Hundreds of schools closed and residents stocked up on supplies as a rare tropical cyclone approached Brisbane.'],
          'offbeat-queensland-cyclone-2025-03-07', 'weather', au='Saskia Brandt'),
        E('09:10', 'Russia pounds Ukraine’s gas industry in overnight barrage',
          ['Russia fired dozens of missiles and around 200 drones at Ukraine overnight, hitting gas extraction sites and power plants in several regions, Ukrainian officials said.',
           'Poland scrambled fighter jets as a precaution.'],
          'strikes', 'strikes', 3, ENERGY, au='Saskia Brandt'),
        O('07:00', 'Finalists prepare for Champions Trophy decider in Dubai',
          ['India and New Zealand held their last training sessions before Sunday’s one-day cricket final.'],
          'offbeat-champions-trophy-2025-03-07', 'sport (cricket)', au='Tom Ilves'),
    ],
    notes=('General world RSS, pubDates +0000. Descriptions are HTML escaped as entities (&lt;p&gt;...), so after decoding they still contain literal <p> tags; '
           'body_paragraphs counts those <p> paragraphs. The war is 3 of 8 items. Off-beat: Syria clashes (another conflict), an airport labour strike, US jobs, a cyclone, cricket.'),
    not_entries=['Channel title, link, description, language and lastBuildDate', 'Item categories, links and guids'],
))

SEEDS.append(dict(
    file='1138_copperleaf-ukraine.atom', outlet='Copperleaf Journal', fmt='atom', fmt_name='Atom 1.0 (Ukraine desk, HTML content)',
    desc='html', slug='copperleaf.example', url='https://copperleaf.example/ukraine',
    day='2025-03-07', date='2025-03-07', zone='Europe/Kyiv', page_tz='Europe/Kyiv',
    title='Copperleaf Journal — Ukraine desk', page_title='Copperleaf Journal — Ukraine desk',
    lede='Reporting from Kyiv',
    entries=[
        E('23:05', 'Eight killed in Dobropillia, Filashkin says',
          ['The death toll from the evening missile strike on Dobropillia has risen to eight, the head of the Donetsk regional administration said.',
           'Residents were told to stay in shelters because of the threat of repeat strikes.'],
          'strikes', 'strikes', 3, DOBRO, au='Iryna Bohdan'),
        E('18:20', 'Zelensky to meet Saudi crown prince on Monday',
          ['President Zelensky will be in Saudi Arabia on Monday, and a Ukrainian delegation led by Andriy Yermak will then hold talks with the American side in Jeddah.'],
          'diplomacy', 'diplomacy', 3, SAUDI, au='Iryna Bohdan'),
        E('15:00', 'Satellite firm suspends Ukraine’s access to US-funded imagery',
          ['A US satellite company said Washington had temporarily cut Ukraine’s access to imagery it receives through a government programme, days after the US paused intelligence sharing with Kyiv.'],
          'aid', 'aid', 2, 'us-satellite-imagery-access-paused-2025-03-07', au='Andrii Siver',
          n='Judgement: withdrawal of US-funded intelligence support counted as aid (support to a party), not diplomacy.'),
        E('13:15', 'Japan sends new tranche of ERA loan',
          ['Ukraine has received a new payment from Japan under the G7 Extraordinary Revenue Acceleration scheme, the prime minister said.'],
          'aid', 'aid', 3, JAPAN, au='Andrii Siver'),
        E('10:40', 'Ukrainian troops near Sudzha face encirclement threat, say bloggers',
          ['Russian forces are pushing towards the road that supplies Ukrainian units around Sudzha in the Kursk region, according to Ukrainian and Russian military bloggers.'],
          'other', 'frontline', 3, 'kursk-sudzha-pressure-2025-03-07', au='Andrii Siver',
          n='Same development as 1136-05 (pressure on troops near Sudzha); carried by two seeds, so importance 3.'),
        E('08:05', 'Energy ministry: gas infrastructure hit again',
          ['Russia’s overnight attack once more targeted gas production facilities, the energy ministry said, adding that repair crews were already at work in Poltava and Kharkiv oblasts.'],
          'strikes', 'strikes', 3, ENERGY, au='Iryna Bohdan',
          n='"again" refers to earlier attacks this winter; this entry is about the 7 March barrage.'),
    ],
    notes=('Atom feed of a Ukraine desk; <published> at +02:00 (Kyiv winter time); <content type="html"> holds escaped <p> paragraphs.'),
    not_entries=['Feed title, subtitle, id, link and updated', 'Entry ids, links and updated elements'],
))

SEEDS.append(dict(
    file='1139_quillon-article.txt', outlet='Quillon Review', fmt='article-text', fmt_name='plain-text article',
    day='2025-03-07', date='2025-03-07', zone='Europe/London', page_tz='Europe/London',
    crumbs='Quillon Review / Europe / Ukraine',
    title='Gas sites burn after one of the largest Russian barrages of the war',
    lede='Ukraine says its gas output has been hit again, weeks before the heating season ends.',
    caption='Image: Firefighters at an energy facility in Ukraine, 7 March 2025',
    entries=[
        E('12:40', 'Gas sites burn after one of the largest Russian barrages of the war',
          ['Russia struck Ukraine’s gas fields and power plants overnight with dozens of missiles and a swarm of drones, in an attack that Kyiv said was aimed at freezing the country as winter ends.',
           'Ukraine’s energy minister said gas production facilities were the main target, and the national gas company reported damage in the Poltava and Kharkiv regions.',
           'Western Ukraine was also hit: officials in the Ternopil and Ivano-Frankivsk regions reported strikes on energy sites.',
           'Volodymyr Zelensky said the attack showed that Russia’s aims had not changed and asked allies for more air defence.'],
          'strikes', 'strikes', 3, ENERGY, au='Tobias Fenwright'),
    ],
    tail=['Related', 'Ukraine’s gas reserves explained', '© 2025 Quillon Review'],
    notes='Plain-text single article; date line "7 March 2025, 12:40 GMT".',
    not_entries=['Breadcrumb line', 'Title line (same text as the entry headline; counted once as the entry)', 'Standfirst', 'Byline line', 'Image caption',
                 '"Related" and its headline', 'Copyright line'],
))
