#!/usr/bin/env python3
"""Independent checker for eval/am: re-reads the seed files and verifies the gold files against them.
It shares no code with build.py. Usage: python3 eval/am/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, date
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(4000, 4010)]
DAYS = {"day1": ["4020", "4021", "4022", "4023"], "day2": ["4030", "4031", "4032", "4033"], "day3": ["4040", "4041", "4042", "4043"]}
CONSECUTIVE = ("day1", "day2")
PART_A_OUTLETS = ["Manila Bulletin", "The Copenhagen Post", "The Astana Times", "TimesLIVE", "The Tico Times", "The Himalayan Times",
                  "Middle East Monitor", "RTL Today", "Telex English", "APA"]
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2022-02-24 2022-02-25 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-03-18 2022-04-05 2022-04-07 2022-04-08 2022-04-09 2022-04-14 2022-04-15 2022-04-20 2022-04-28 2022-05-03 2022-05-09 2022-05-10 2022-05-18 2022-05-24 2022-05-27 2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-30 2022-07-04 2022-07-07 2022-07-12 2022-07-14 2022-07-15 2022-07-19 2022-07-22 2022-07-23 2022-07-29 2022-08-09 2022-08-12 2022-08-18 2022-08-23 2022-08-24 2022-08-31 2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-22 2022-09-23 2022-09-27 2022-09-28 2022-09-30 2022-10-08 2022-10-10 2022-10-11 2022-10-12 2022-10-17 2022-10-20 2022-10-21 2022-10-26 2022-10-31 2022-11-04 2022-11-15 2022-11-16 2022-11-17 2022-11-22 2022-12-05 2022-12-08 2022-12-13 2022-12-16 2022-12-21 2022-12-29""".split())
USED = [x.strip().lower() for x in """1News, 24.kg, Abbotsley Review, ABC News, ABC News (Australia), Ada Derana, Addis Standard, AFP, Africanews, Agenda.ge, Agenzia Nova, Agerpres, Agência Brasil, Ahram Online, Air Force of the Armed Forces of Ukraine, AKIpress, Al Arabiya English, Al Jazeera, Al-Monitor, Aldbourne Live, Aldermoor Daily, Amberway Post, Ambleside Chronicle, Ambrey Review, Anadolu Agency, Anchorage Daily News, Andina, ANSA English, Anselm Daily, ANTARA News, Appledore Live, Arab News, Arab Times, Arirang News, Armenpress, ArmyInform, Arncliffe Live, Asharq Al-Awsat, Ashcombe Report, Ashgrove Live, Ashwell Times, Asia-Plus, Atlantic Council, Atlas Courier, Atlas Wire, Axbridge Daily, Axios, Aysgarth Daily, Azernews, Babel, Balkan Insight, Baltic Ledger, Baltic Sentinel, Bangkok Post, Bardsey World Service, BBC News, Belfast Telegraph, Bellhaven Daily, Belsat, Bernama, Bewcastle Live, Bianet English, bianet English, Bilsdale Standard, Birchgate Review, Black Sea Letters, Blackthorn Daily, Blakeney World Service, Bloomberg, bne IntelliNews, BNN Baltic News Network, Bodmin World Desk, Boltby Live, Borealis Times, Borrowdale Review, Boscastle World, Brackenridge World, Bramblecote News, Brancaster Live, Brantwood Review, Breage Times, Breaking Defense, Briarwood Times, Brightwater Review, Brightwater World Service, Brisco World Desk, BTA, Buenos Aires Times, Business Insider, Business Recorder, Cairnfield World Service, Caldbeck Bulletin, Calderbrook News, Capital FM, Cardinham Post, Carnforth Daily, Carpathian Monitor, Carpathian Review, Catalan News, Caucasus Watch, Cautley Standard, Cawsand Live, CBC News, CBS News, Censor.net, CGTN, Channel 4 News, Charter 97, Chatburn Live, China Daily, Cinderford World Service, Civil.ge, Clovermead News, CNA, CNBC, CNN, Cobalt Newswire, Colombia One, Coniston World Service, Continental Review, Copperleaf Journal, Cotehele Times, Coverack Daily, Cragside News, Crantock Live, Croatia Week, Crossfell Report, Croyde World Service, CTV News, Culmstock Report, Cyprus Mail, Czech Radio, Daily Mail, Daily Maverick, Daily Mirror, Daily Monitor, Daily Nation, Daily News Hungary, Daily Sabah, Dalegarth Report, Danube Courier, Danube Dispatch, Daryo, Dawn, Deccan Herald, Defense News, DELFI EN, Dentdale Review, DER SPIEGEL, Dhaka Tribune, Dnipro Chronicle, Dovecote Post, dpa international, Dufton Journal, Duloe Times, Dunkery World, Dunmore Review, Dunsford Live, Dunstanburgh Times, Dunwich Report, DutchNews.nl, DW, Eastwind Agency, Ebbor Review, EconomyNext, Eddystone Daily, Edgehill Post, EFE, Egremont World Desk, Egypt Independent, eKathimerini, EL PAÍS English, Elderfield Bulletin, Ellerby Dispatch, Elmstead Journal, Elsworth International News, Embleton Review, Emerging Europe, Ennerdale Times, ERR News, Eskdale Report, Espreso TV, Estonian World, Euractiv, Eurasianet, Euromaidan Press, Euronews, Evening Standard, Exit News, Expats.cz, Express, Fairlight Post, Fallowfield Review, Fangfoss Daily, Farrowby Times, Fellbeck Daily, Fenwold Journal, Feock Post, Fernhill Report, Financial Times, Firstpost, Focus Taiwan, Focus.ua, Foreign Policy, Fowey Report, Fox News, Foxglove Review, Frampton Review, France 24, Free Malaysia Today, Fylingdales Post, Gargrave Daily, Gazeta Express, GB News, Geo News, Georgia Today, GhanaWeb, Gildersby Post, Glaisdale Newsroom, Glenholme Standard, Glenridding Times, Global News, Global Times, Globe Relay, GMA News, Goathland World Service, Goldhithe Report, Gorran World Service, Gorsefield Times, Grampound Review, Granite Standard, Greek Reporter, Greyfriars Post, Grinton Live, Grisedale Report, Ground News, Gulf Daily News, Gulf News, Gulf Times, Gullhaven Times, Gunnerside Report, Gweek Bulletin, Haaretz, Hallsands Post, Halsetown Live, Harbour Gazette, Harbour Post, Harbourline News, Hartsop Daily, Hawkshead World Service, Haworth Standard, Hazelmere World Service, Heathcote Standard, Hebden World Service, Helmsley Review, Helsinki Times, Hexmoor Live, Hindustan Times, Hollybank Times, Hong Kong Free Press, Hromadske, HuffPost, Hungary Today, Hutton Report, Hürriyet Daily News, i (iNews), i24NEWS, Iceland Review, Ilkley Times, Illogan Journal, Inchcape Chronicle, Ingleton Live, Inquirer.net, Institute for the Study of War, Interfax-Ukraine, Interpressnews, IOL, Iona World Service, IPN News Agency, Iran International, Irish Examiner, Irish Independent, Irish Mirror, Ironbridge Daily, Ismere Times, Israel Hayom, ITV News, Iverholm Times, Jacobstow Live, Jakarta Globe, Jamaica Observer, JAMnews, Jervaulx Review, Juneberry Post, Juniper World Service, Jura Daily, Kazinform, KBS World, Keld Journal, Kelmscott Review, Kenwyn Daily, Kestrel Dispatch, Keswick Bulletin, Kettlewell Review, Khaleej Times, Khaosod English, Kharkiv Regional Military Administration, Khmer Times, Kilburn Standard, Kilnworth Review, Kingsmere Observer, Kirkandrews Report, Kittiwake Live, Korea JoongAng Daily, Kosovo Online, Krym.Realii, Kuensel, Kun.uz, Kurdistan24, Kuwait Times, Kyiv Post, Kyodo News, L'Orient Today, Ladock Report, Lakeside Ledger, Lamorna Daily, Lanivet Review, Lanreath Review, Lanternfish World, Larchfield Live, Larkspur News, Lastingham Daily, LB.ua, LBC, Le Figaro, Le Monde, Lelant Review, Lerryn World Service, Libya Herald, LIGA.net, Linden Press, Lindow Live, Linnet Report, Livemint, Lochbrae Review, Los Angeles Times, Loughrigg Live, LRT, LSM.lv, Lusaka Times, Luxembourg Times, Luxulyan Times, Madron Report, Mail & Guardian, Malay Mail, Malham Post, Mallowfield Times, MaltaToday, Manaccan Daily, Manchester Evening News, Marchbank Times, Mardale Live, Marlowe Observer, Marram World Service, Masham Journal, Mawgan Live, Mediazona, Meduza, Mellingham World Service, MercoPress, Meridian Bulletin, Meridian Post, Meridian Wire, Merrivale Times, Metro, Mevagissey World, Mexico News Daily, Mickleby World, Middle East Eye, Militarnyi, Ministry of Defence of Ukraine, Mirewick World, Mirror, Moldpres, Montreal Gazette, Montsame, Moorhen Post, Morocco World News, Morrow World Service, Morvern Daily, Mosswood Review, Muker Bulletin, Mylor Review, N1, Nafferton Report, Naharnet, Nanstallon Daily, Nantwell Daily, Nateby Live, National Post, NATO, NBC News, NDTV, Nepali Times, Nethercott News Agency, Nettlebed Times, New Eastern Europe, New Vision, New York Post, Newlyn World Service, NEWS.am, news.am, News24, NewsMaker, Newsroom, Newsweek, NHK WORLD-JAPAN, Nidderdale Journal, Nightjar Review, Nikkei Asia, NL Times, Nordhaven Daily, Northam Observer, Northbridge Times, Northgate Herald, Northline Ledger, Notes from Poland, Novaya Gazeta Europe, Novinite, NPR, Nunnington Post, NV, NZ Herald, Oakenshaw Times, Oakhollow Report, OC Media, Oldcastle Live, Oman Observer, Orchardleigh News, Orford Review, Osgodby Report, Osmotherley World, Osprey Daily, Ossory Times, Ostrava Signal, Otago Daily Times, Otterburn Echo, Ottery Evening News, Oxbow Review, Pakistan Today, Palisade News, PAP, PBS NewsHour, Pendeen Daily, Pendle Standard, Penhallow Journal, Pennbrook Post, Penryn Report, Pentire Examiner, Pevensey Bulletin, Pinecrest Review, Podkarpacie Courier, Polaris Review, Polaris Wire, Politico Europe, Polruan World Service, Polstead Live, Polzeath Post, Porlock Tribune, Porthallow Times, Premium Times, President of Russia, President of Ukraine, Press TV, Prishtina Insight, Probus Daily, Punch, Quantock World Service, Quarndon Post, Quarrytown Bulletin, Quayside Tribune, Quenby Review, Quendon Times, Quernmore World, Quillon Review, Quixwood Post, r/worldnews live thread, Radio Free Asia, Radio Poland, Radio Prague International, Radwell Dispatch, Rappler, Ravenglass Daily, Ravensworth World, RBC-Ukraine, Redfern Daily, Redfern Dispatch, Redwing Journal, Reeth Report, Report.az, Reuters, RFE/RL, RFI, Ribblesdale Journal, Rillington Journal, Rinsey Post, RNZ, Romania Insider, Rookwood Post, Roseland Report, Rosthwaite Journal, Rowan Standard, Roya News, RTÉ News, Rudaw, Rushmere Radio, Ruthwell Review, Rydal Observer, Ryedale Review, Sable Report, Saffron Bay Bulletin, Saltmarsh Daily, Saltmarsh Radio, Samoa Observer, Sandpiper Live, Sandsend World, Sarajevo Times, Saudi Gazette, Saxtead Review, SBS News, Scarth World Desk, Scroll.in, Seabright Live, Sedgefield Echo, Selworthy Post, Sennen Daily, Sheepwash Review, Silverdale Times, Sithney Report, Skelwith Daily, Skerryvore Report, Skipwith World Service, Sky News, Sky News Australia, Sorrelby Times, South China Morning Post, STA, Stabroek News, Stackpole Daily, Stannary Journal, Steppe Herald, Stithians Live, Stonechat News, Stourhead Daily, Strathy Daily, Stuff, Suspilne News, Swaledale Live, Swanage Live, SWI swissinfo.ch, Taipei Times, Taiwan News, Tallowmere Journal, Tamarisk News, Tansy Post, Tarnfield Gazette, Tarporley Times, Tarrant Review, TASS, Tebay Live, Tehran Times, Tern Bulletin, Teviot Times, Thai PBS World, The Asahi Shimbun, The Associated Press, The Baltic Times, The Barents Observer, The Brussels Times, The Business Standard, The Castleton Post, The Citizen, The Conversation, The Daily Star, The Diplomat, The EastAfrican, The Economist, The Edge Malaysia, The Express Tribune, The Fiji Times, The Gleaner, The Globe and Mail, The Guardian, The Guardian (Nigeria), The Guardian Nigeria, The Hankyoreh, The Herald, The Hill, The Hindu, The Independent, The Indian Express, The Insider, The Irish News, The Irish Times, The Irrawaddy, The Jakarta Post, The Japan Times, The Jerusalem Post, The Jordan Times, The Kathmandu Post, The Korea Herald, The Korea Times, The Kyiv Independent, The Local Sweden, The Mainichi, The Manila Times, The Moscow Times, The Namibian, The Nation (Thailand), The National, The New Times, The New York Times, The Northern Ledger, The Peninsula, The Philippine Star, The Phnom Penh Post, The Polperro Post, The Portugal News, The Scotsman, The Slovak Spectator, The Slovenia Times, The Sofia Globe, The Sparrowhawk Bulletin, The Spectator, The Standard, The Straits Times, The Sun, The Sydney Morning Herald, The Telegraph, The Times, The Times of Central Asia, The Times of India, The Times of Israel, The Tribune, The Wall Street Journal, The War Zone, The Washington Post, TheJournal.ie, Thistledown Report, Thornbury Standard, Thornbury Times, Tideswell Bulletin, Tidewater Daily, TIME, Times of Malta, Times of Oman, Tintagel Observer, Tollerton Review, TOLOnews, Toronto Star, Torrisdale World, Total Croatia News, Trebarwith Post, Treen World, Tregony Live, Trend News Agency, Tresillian Times, Trevone Daily Record, Trevose Live, Troutbeck Times, TRT World, Turkish Minute, TVN24, TVP World, Ufford Live, Ukraine NOW [English], Ukrainska Pravda, Ukrinform, Ullswater Live, Ulpha Report, Ulrome Daily, Ulverscote Review, Umberleigh Journal, UN News, Underhill Observer, UNIAN, Upleadon Post, Upwey World Service, Ural Vestnik, USA TODAY, Valerian News, Vanguard, Vantage News Agency, Vatersay Post, Veldcroft World Service, Vellington Review, Verdant Review, Veryan World Service, VietnamPlus, Vistula Review, VnExpress International, Voice of America, Volga Courier, Vowchurch World Service, Vox, Wadebridge Review, Wadhurst Signal, Wainfleet Bulletin, Walberswick Journal, Warleggan Times, Wendlebury Courant, Werrington Post, Westerly Observer, Wexcombe World Service, Wharram Daily, Whernside Daily, Whinmoor Report, Whitecliff Journal, Whitsand World Service, Whixley Post, Winnipeg Free Press, Wistman Review, Wolsingham World Service, Wrenfield Times, Wychwood Post, Wyvern World Service, Xinhua, Yanwath Times, Yarcombe Live, Yarpole World, Yarrow World Service, Yealmpton Review, Yelverton Daily, Yewbank World Service, Yle News, Ynetnews, Yonhap News Agency, Youlgreave Standard, Zeals Daily, Zelah Bulletin, Zennor World, Zephyr World Service, ZN.ua""".split(", ")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    for _ in range(2):                      # second pass: entity-escaped HTML inside feed descriptions
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return t


def h24(h, suf):
    s = suf.replace(".", "").lower()
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def dates_in(text):
    out = set()
    for d, m, y in re.findall(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        if m.lower() in MONTHS:
            out.add(date(int(y), MONTHS.index(m.lower()) + 1, int(d)))
    for m, d, y in re.findall(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        if m.lower() in MONTHS:
            out.add(date(int(y), MONTHS.index(m.lower()) + 1, int(d)))
    return out


def read_stamp(s, text, page_days):
    """Return (date or None, hour, minute, absolute_utc or None) read from the printed stamp alone."""
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None, None, None, datetime.fromisoformat(s.replace("Z", "+00:00"))
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None, None, None, parsedate_to_datetime(s)
    m = re.fullmatch(r"(\d+) (minutes|minute|hours|hour) ago", s)
    if m:
        u = re.search(r"Updated (\d\d) ([A-Z][a-z]+) (\d{4}) - (\d\d):(\d\d)", text)
        ref = datetime(int(u.group(3)), MONTHS.index(u.group(2).lower()) + 1, int(u.group(1)), int(u.group(4)), int(u.group(5)), tzinfo=ZoneInfo("Africa/Johannesburg"))
        n = int(m.group(1))
        return None, None, None, ref - (timedelta(minutes=n) if m.group(2).startswith("minute") else timedelta(hours=n))
    m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d)\. \u2013 (\d\d):(\d\d)", s)                    # Telex
    if m:
        y, mo, d, h, mi = map(int, m.groups()); return date(y, mo, d), h, mi, None
    m = re.fullmatch(r".*?(\d\d) ([A-Z][a-z]+) (\d{4}) (\d\d):(\d\d)", s)                   # Astana, name glued to date
    if m:
        return date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1))), int(m.group(4)), int(m.group(5)), None
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d\d):(\d\d) (AM|PM)", s)             # Manila Bulletin
    if m:
        return date(int(m.group(3)), MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))), h24(int(m.group(4)), m.group(6)), int(m.group(5)), None
    m = re.fullmatch(r"(\d\d):(\d\d) (am|pm) ([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)            # Himalayan Times
    if m:
        return date(int(m.group(6)), MONTHS.index(m.group(4).lower()) + 1, int(m.group(5))), h24(int(m.group(1)), m.group(3)), int(m.group(2)), None
    m = re.fullmatch(r"(\d{1,2}):(\d\d) ([ap]\.m\.)", s) or re.fullmatch(r"(\d{1,2})\.(\d\d)(am|pm)", s)
    if m:
        return None, h24(int(m.group(1)), m.group(3)), int(m.group(2)), None
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s) or re.fullmatch(r"(\d\d):(\d\d)( CET)?", s)
    if m:
        return None, int(m.group(1)), int(m.group(2)), None
    raise ValueError("unparsed stamp " + repr(s))


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]:
        err(gp, "gold name must be seed name without extension + .json")
    if not re.fullmatch(r"40\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as x:
            err(sid, "XML not well-formed:", x)
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            json.loads(block)
        except ValueError:
            err(sid, "JSON-LD does not parse")
    text = visible_text(sp); lines = [l.strip() for l in text.split("\n")]
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    pa = g.get("parse_args")
    page_days = dates_in(text)
    if pa is not None:
        if not (len(pa) == 2 and pa[0] == "--date" and re.fullmatch(r"\d{4}-\d\d-\d\d", pa[1])):
            err(sid, "parse_args shape")
        if page_days:
            err(sid, "parse_args given but the page prints a date")
        page_days = {date.fromisoformat(pa[1])}
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not visible")
    ZoneInfo(g["page_timezone"])
    src = g["source"]
    if sid in SINGLE:
        if src not in PART_A_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", src)
    else:
        if not "a" <= src[0].lower() <= "m":
            err(sid, "invented outlet must start with A-M", src)
        if src.lower() in USED:
            err(sid, "outlet name already used", src)
        if src in PART_A_OUTLETS:
            err(sid, "Part B outlet must be invented")
    kp_block = None
    for i, l in enumerate(lines):
        if l.lower() == "key points":
            heads = {e["headline"] for e in g["entries"] if e["headline"]}
            kp_block = []
            for l2 in lines[i + 1:]:
                l2 = re.sub(r"^[\u2022*-]\s*", "", l2)
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    ids = []
    for e in g["entries"]:
        eid = e.get("id")
        if not re.fullmatch(sid + r"-\d\d", eid or ""):
            err(eid, "bad id")
        if eid in ids:
            err(eid, "duplicate id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story", "notes"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the visible page:", e[k][:60])
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:60])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        elif e["importance"] != 1 or e["body_paragraphs"] != 0:
            err(eid, "entry without body must be importance 1 with 0 paragraphs")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not m:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(m.group(2)))
        if m.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"] or ""):
            err(eid, "published not in ...Z form"); continue
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if pub != local:
            err(eid, "published != published_local")
        if e["stamp"] is not None:
            try:
                d0, hh, mi, absu = read_stamp(e["stamp"], text, page_days)
            except ValueError as x:
                err(eid, x); d0 = hh = mi = absu = None
            if absu is not None:
                if absu != pub:
                    err(eid, "stamp instant", absu.isoformat(), "!= published", e["published"])
            elif hh is not None:
                if (hh, mi) != (local.hour, local.minute):
                    err(eid, f"stamp time {hh:02d}:{mi:02d} != local {local:%H:%M}")
                if d0 is not None and d0 != local.date():
                    err(eid, "stamp date", d0, "!= local date", local.date())
                if d0 is None and local.date() not in page_days:
                    err(eid, "local date", local.date(), "not printed on the page nor given by parse_args")
        else:
            t1 = f"{local:%H:%M}"; t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
                err(eid, "no stamp and the dateline time is not printed")
            if local.date() not in page_days:
                err(eid, "no stamp and the dateline date is not printed")
        if e["topic"] not in TOPICS or e["subtopic"] not in SUBS:
            err(eid, "topic/subtopic value")
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic needs the same subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated" and not (e["topic"] == "other" and e["importance"] == 1 and (e["notes"] or "").startswith("off-beat:")):
            err(eid, "off-beat rule")
        if (e["notes"] or "").startswith("off-beat:") and e["subtopic"] != "unrelated":
            err(eid, "off-beat note on a war entry")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                o = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if o["story"] != e["story"]:
                    err(eid, "duplicate in another story")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but not listed under Key Points")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(e["key_point"] for e in g["entries"]):
        err(sid, "Key Points block size differs")

seen = {}
fmts = defaultdict(int)
for sid in SINGLE:
    if sid not in golds:
        err(sid, "missing"); continue
    g = golds[sid]
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    ds = {e["published"][:10] for e in g["entries"]}
    if len(ds) != 1:
        err(sid, "spans UTC days", ds)
    for d in ds:
        if d in seen:
            err(sid, "UTC day reused", d, seen[d])
        seen[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if sorted(golds[s]["source"] for s in SINGLE if s in golds) != sorted(PART_A_OUTLETS):
    err("Part A must imitate each listed outlet once")

day_date = {}
for day, sids in DAYS.items():
    ds = set(); story_seeds = defaultdict(set); n = 0; world = False
    for sid in sids:
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            world = True
        for e in ents:
            ds.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if not world:
        err(day, "no general world feed with a majority of off-beat items")
    if len(ds) != 1:
        err(day, "more than one UTC date", ds)
    d = min(ds); day_date[day] = d
    if d in seen:
        err(day, "UTC day reused", d, seen[d])
    seen[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 3:
        err(day, "formats not varied")
    if not any(len(v) >= 3 for v in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    allents = [e for s in sids for e in golds[s]["entries"]]
    for e in allents:
        if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and "re-post" not in (e["notes"] or "").lower() and e["importance"] != 3:
            err(e["id"], "story carried by 2+ sources must be importance 3")
    if not any(e["first_sentence"] is None for e in allents):
        err(day, "no teaser")
    if not any("theme piece" in (e["notes"] or "") and e["importance"] == 2 and e["first_sentence"] and len(story_seeds[e["story"]]) == 1 for e in allents):
        err(day, "no theme piece (importance 2, own story)")
    if not any(e["duplicate_of"] for e in allents):
        err(day, "no near-verbatim repeat within a page")
d1, d2 = (date.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day 2 must be the day after day 1")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e["notes"] or "").lower() for e in reposts):
    err("day 2 must re-post a day-1 entry at importance 1 with a note")
if not ({e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}):
    err("day 2 continues no day-1 story")

for d, who in seen.items():
    dd = date.fromisoformat(d)
    if d in FORBIDDEN:
        err(who, "reserved day", d)
    if dd.year != 2022 or dd.month not in (3, 5, 8, 11, 12) or dd < date(2022, 2, 24):
        err(who, "day outside the allowed months", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen.items() if w in SINGLE)}")
