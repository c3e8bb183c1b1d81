#!/usr/bin/env python3
"""Independent checker for eval/aj: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/aj/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3700, 3710)]
DAYS = {"day1": ["3720", "3721", "3722", "3723"], "day2": ["3730", "3731", "3732", "3733"], "day3": ["3740", "3741", "3742", "3743"]}
CONSECUTIVE = ("day1", "day2")
PART_A_OUTLETS = {"Times of Oman", "Report.az", "Capital FM", "Ada Derana", "Iran International", "Jakarta Globe",
                  "Otago Daily Times", "Winnipeg Free Press", "TheJournal.ie", "Croatia Week"}
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2022-02-24 2022-02-25 2022-02-26 2022-03-02 2022-03-03 2022-03-05 2022-03-09 2022-03-16 2022-03-18 2022-04-05 2022-04-07 2022-04-08 2022-04-09 2022-04-14 2022-04-15 2022-04-20 2022-04-28 2022-05-09 2022-05-10 2022-05-18 2022-05-24 2022-06-08 2022-06-14 2022-06-16 2022-06-17 2022-06-22 2022-06-23 2022-06-26 2022-06-27 2022-06-30 2022-07-04 2022-07-07 2022-07-22 2022-07-23 2022-07-29 2022-08-09 2022-08-12 2022-08-18 2022-08-23 2022-08-24 2022-08-31 2022-09-01 2022-09-10 2022-09-11 2022-09-14 2022-09-21 2022-09-22 2022-09-23 2022-09-27 2022-09-28 2022-09-30 2022-10-08 2022-10-10 2022-10-17 2022-10-20 2022-10-21 2022-10-31 2022-11-15 2022-11-16 2022-11-17 2022-12-05 2022-12-16 2022-12-21 2022-12-29""".split())
ALLOWED_MONTHS = {5, 7, 10, 11, 12}
USED = {x.strip().lower() for x in """1News, 24.kg, ABC News, ABC News (Australia), AFP, AKIpress, ANSA English, ANTARA News, Abbotsley Review, Addis Standard, Agenzia Nova, Agerpres, Agência Brasil, Ahram Online, Air Force of the Armed Forces of Ukraine, Al Arabiya English, Al Jazeera, Al-Monitor, Aldbourne Live, Aldermoor Daily, Amberway Post, Ambleside Chronicle, Ambrey Review, Anadolu Agency, Andina, Anselm Daily, Appledore Live, Arab News, Arab Times, Arirang News, Armenpress, ArmyInform, Arncliffe Live, Asharq Al-Awsat, Ashcombe Report, Ashgrove Live, Ashwell Times, Asia-Plus, Atlantic Council, Atlas Courier, Atlas Wire, Axbridge Daily, Axios, Aysgarth Daily, Azernews, BBC News, BNN Baltic News Network, BTA, Babel, Balkan Insight, Baltic Ledger, Baltic Sentinel, Bangkok Post, Bardsey World Service, Belfast Telegraph, Bellhaven Daily, Belsat, Bernama, Bilsdale Standard, Birchgate Review, Black Sea Letters, Blackthorn Daily, Blakeney World Service, Bloomberg, Bodmin World Desk, Borealis Times, Borrowdale Review, Boscastle World, Brackenridge World, Bramblecote News, Brancaster Live, Brantwood Review, Breage Times, Breaking Defense, Briarwood Times, Brightwater Review, Brightwater World Service, Brisco World Desk, Buenos Aires Times, Business Insider, Business Recorder, CBC News, CBS News, CGTN, CNA, CNBC, CNN, CTV News, Cairnfield World Service, Caldbeck Bulletin, Calderbrook News, Cardinham Post, Carpathian Monitor, Carpathian Review, Caucasus Watch, Cawsand Live, Censor.net, Channel 4 News, Chatburn Live, China Daily, Cinderford World Service, Civil.ge, Clovermead News, Cobalt Newswire, Colombia One, Coniston World Service, Continental Review, Copperleaf Journal, Cotehele Times, Coverack Daily, Cragside News, Crantock Live, Crossfell Report, Croyde World Service, Culmstock Report, Cyprus Mail, Czech Radio, DELFI EN, DER SPIEGEL, DW, Daily Mail, Daily Maverick, Daily Mirror, Daily Monitor, Daily Nation, Daily News Hungary, Daily Sabah, Danube Courier, Danube Dispatch, Daryo, Dawn, Deccan Herald, Defense News, Dentdale Review, Dhaka Tribune, Dnipro Chronicle, Dovecote Post, Dufton Journal, Duloe Times, Dunkery World, Dunmore Review, Dunsford Live, Dunstanburgh Times, Dunwich Report, DutchNews.nl, EFE, EL PAÍS English, ERR News, Eastwind Agency, Ebbor Review, Eddystone Daily, Edgehill Post, Egypt Independent, Elderfield Bulletin, Ellerby Dispatch, Elmstead Journal, Elsworth International News, Emerging Europe, Ennerdale Times, Eskdale Report, Espreso TV, Estonian World, Euractiv, Eurasianet, Euromaidan Press, Euronews, Evening Standard, Expats.cz, Express, Fairlight Post, Fallowfield Review, Fangfoss Daily, Farrowby Times, Fenwold Journal, Feock Post, Fernhill Report, Financial Times, Firstpost, Focus Taiwan, Focus.ua, Foreign Policy, Fowey Report, Fox News, Foxglove Review, Frampton Review, France 24, Fylingdales Post, GB News, GMA News, Gargrave Daily, Gazeta Express, Geo News, Georgia Today, GhanaWeb, Gildersby Post, Glaisdale Newsroom, Glenholme Standard, Global News, Global Times, Globe Relay, Goathland World Service, Goldhithe Report, Gorran World Service, Gorsefield Times, Grampound Review, Granite Standard, Greek Reporter, Greyfriars Post, Grinton Live, Grisedale Report, Ground News, Gulf Daily News, Gulf News, Gullhaven Times, Gunnerside Report, Gweek Bulletin, Haaretz, Hallsands Post, Halsetown Live, Harbour Gazette, Harbour Post, Harbourline News, Hartsop Daily, Haworth Standard, Hazelmere World Service, Heathcote Standard, Hebden World Service, Helmsley Review, Helsinki Times, Hexmoor Live, Hindustan Times, Hollybank Times, Hong Kong Free Press, Hromadske, HuffPost, Hungary Today, Hutton Report, Hürriyet Daily News, IOL, IPN News Agency, ITV News, Iceland Review, Ilkley Times, Illogan Journal, Inchcape Chronicle, Ingleton Live, Inquirer.net, Institute for the Study of War, Interfax-Ukraine, Interpressnews, Iona World Service, Irish Examiner, Irish Independent, Irish Mirror, Ironbridge Daily, Ismere Times, Israel Hayom, Iverholm Times, JAMnews, Jacobstow Live, Jamaica Observer, Jervaulx Review, Juneberry Post, Juniper World Service, Jura Daily, KBS World, Kazinform, Kelmscott Review, Kenwyn Daily, Kestrel Dispatch, Keswick Bulletin, Kettlewell Review, Khaleej Times, Khaosod English, Kharkiv Regional Military Administration, Khmer Times, Kilburn Standard, Kilnworth Review, Kingsmere Observer, Kirkandrews Report, Kittiwake Live, Korea JoongAng Daily, Kosovo Online, Krym.Realii, Kuensel, Kun.uz, Kurdistan24, Kuwait Times, Kyiv Post, Kyodo News, L'Orient Today, LB.ua, LBC, LIGA.net, LRT, LSM.lv, Ladock Report, Lakeside Ledger, Lamorna Daily, Lanivet Review, Lanreath Review, Lanternfish World, Larchfield Live, Larkspur News, Lastingham Daily, Le Figaro, Le Monde, Lelant Review, Lerryn World Service, Linden Press, Lindow Live, Linnet Report, Livemint, Lochbrae Review, Los Angeles Times, Loughrigg Live, Lusaka Times, Luxembourg Times, Luxulyan Times, Madron Report, Mail & Guardian, Malay Mail, Malham Post, Mallowfield Times, MaltaToday, Manaccan Daily, Manchester Evening News, Marchbank Times, Mardale Live, Marlowe Observer, Marram World Service, Masham Journal, Mawgan Live, Mediazona, Meduza, Mellingham World Service, MercoPress, Meridian Bulletin, Meridian Post, Meridian Wire, Merrivale Times, Metro, Mevagissey World, Mexico News Daily, Middle East Eye, Militarnyi, Ministry of Defence of Ukraine, Mirewick World, Mirror, Moldpres, Montsame, Moorhen Post, Morocco World News, Morrow World Service, Morvern Daily, Mosswood Review, Muker Bulletin, Mylor Review, N1, NATO, NBC News, NDTV, NEWS.am, NHK WORLD-JAPAN, NL Times, NPR, NV, NZ Herald, Nanstallon Daily, Nantwell Daily, Nateby Live, National Post, Nepali Times, Nethercott News Agency, Nettlebed Times, New Eastern Europe, New York Post, Newlyn World Service, News24, NewsMaker, Newsroom, Newsweek, Nidderdale Journal, Nightjar Review, Nikkei Asia, Nordhaven Daily, Northam Observer, Northbridge Times, Northgate Herald, Northline Ledger, Notes from Poland, Novaya Gazeta Europe, Novinite, Nunnington Post, OC Media, Oakenshaw Times, Oakhollow Report, Oldcastle Live, Oman Observer, Orchardleigh News, Orford Review, Osmotherley World, Osprey Daily, Ossory Times, Ostrava Signal, Oxbow Review, PAP, PBS NewsHour, Pakistan Today, Palisade News, Pendeen Daily, Pendle Standard, Penhallow Journal, Pennbrook Post, Penryn Report, Pevensey Bulletin, Pinecrest Review, Podkarpacie Courier, Polaris Review, Polaris Wire, Politico Europe, Polruan World Service, Polzeath Post, Porthallow Times, Premium Times, President of Russia, President of Ukraine, Press TV, Prishtina Insight, Probus Daily, Punch, Quantock World Service, Quarrytown Bulletin, Quayside Tribune, Quenby Review, Quendon Times, Quernmore World, Quillon Review, Quixwood Post, RBC-Ukraine, RFE/RL, RFI, RNZ, RTÉ News, Radio Free Asia, Radio Poland, Radio Prague International, Radwell Dispatch, Rappler, Ravenglass Daily, Ravensworth World, Redfern Daily, Redfern Dispatch, Redwing Journal, Reeth Report, Reuters, Ribblesdale Journal, Rinsey Post, Romania Insider, Rookwood Post, Roseland Report, Rosthwaite Journal, Rowan Standard, Rudaw, Rushmere Radio, Ruthwell Review, Ryedale Review, SBS News, STA, SWI swissinfo.ch, Sable Report, Saffron Bay Bulletin, Saltmarsh Daily, Saltmarsh Radio, Sandpiper Live, Sarajevo Times, Saudi Gazette, Saxtead Review, Scroll.in, Seabright Live, Sedgefield Echo, Selworthy Post, Sennen Daily, Silverdale Times, Sithney Report, Skelwith Daily, Skerryvore Report, Sky News, Sky News Australia, Sorrelby Times, South China Morning Post, Stackpole Daily, Stannary Journal, Steppe Herald, Stithians Live, Stonechat News, Stourhead Daily, Strathy Daily, Stuff, Suspilne News, Swaledale Live, Swanage Live, TASS, TIME, TOLOnews, TRT World, TVN24, TVP World, Taipei Times, Taiwan News, Tallowmere Journal, Tamarisk News, Tansy Post, Tarnfield Gazette, Tarrant Review, Tebay Live, Tehran Times, Tern Bulletin, Teviot Times, Thai PBS World, The Asahi Shimbun, The Associated Press, The Baltic Times, The Barents Observer, The Brussels Times, The Business Standard, The Castleton Post, The Citizen, The Conversation, The Daily Star, The Diplomat, The EastAfrican, The Economist, The Edge Malaysia, The Express Tribune, The Fiji Times, The Gleaner, The Globe and Mail, The Guardian, The Guardian (Nigeria), The Guardian Nigeria, The Hankyoreh, The Herald, The Hill, The Hindu, The Independent, The Indian Express, The Insider, The Irish News, The Irish Times, The Irrawaddy, The Jakarta Post, The Japan Times, The Jerusalem Post, The Jordan Times, The Kathmandu Post, The Korea Herald, The Korea Times, The Kyiv Independent, The Local Sweden, The Mainichi, The Manila Times, The Moscow Times, The Namibian, The Nation (Thailand), The National, The New Times, The New York Times, The Northern Ledger, The Peninsula, The Philippine Star, The Polperro Post, The Portugal News, The Scotsman, The Slovak Spectator, The Slovenia Times, The Sofia Globe, The Sparrowhawk Bulletin, The Spectator, The Standard, The Straits Times, The Sun, The Sydney Morning Herald, The Telegraph, The Times, The Times of India, The Times of Israel, The Tribune, The Wall Street Journal, The War Zone, The Washington Post, Thistledown Report, Thornbury Standard, Thornbury Times, Tideswell Bulletin, Tidewater Daily, Times of Malta, Tintagel Observer, Tollerton Review, Toronto Star, Torrisdale World, Total Croatia News, Trebarwith Post, Treen World, Tregony Live, Trend News Agency, Trevose Live, Troutbeck Times, Turkish Minute, UN News, UNIAN, USA TODAY, Ufford Live, Ukraine NOW [English], Ukrainska Pravda, Ukrinform, Ullswater Live, Ulpha Report, Ulverscote Review, Umberleigh Journal, Underhill Observer, Upwey World Service, Ural Vestnik, Valerian News, Vanguard, Vantage News Agency, Vatersay Post, Veldcroft World Service, Vellington Review, Verdant Review, Veryan World Service, VietnamPlus, Vistula Review, VnExpress International, Voice of America, Volga Courier, Vowchurch World Service, Vox, Wadebridge Review, Wainfleet Bulletin, Walberswick Journal, Warleggan Times, Wendlebury Courant, Werrington Post, Westerly Observer, Wexcombe World Service, Whernside Daily, Whinmoor Report, Whitecliff Journal, Whitsand World Service, Wistman Review, Wrenfield Times, Wychwood Post, Wyvern World Service, Xinhua, Yarcombe Live, Yarpole World, Yarrow World Service, Yealmpton Review, Yelverton Daily, Yewbank World Service, Yle News, Ynetnews, Yonhap News Agency, Youlgreave Standard, ZN.ua, Zeals Daily, Zelah Bulletin, Zennor World, Zephyr World Service, bne IntelliNews, dpa international, eKathimerini, i (iNews), i24NEWS, news.am, r/worldnews live thread""".split(", ")}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".xml")):
        return raw
    t = re.sub(r"<script\b.*?</script>", "\n", raw, flags=re.S)          # JSON-LD does not count as visible text
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped HTML inside feed content
    return t


def lines_of(text):
    return [re.sub(r"^[\u2022*-]\s+", "", l.strip()) for l in text.split("\n")]


def h24(h, suffix):
    s = suffix.replace(".", "").lower()
    h = 0 if h == 12 else h
    return h + 12 if s == "pm" else h


def month_no(name):
    return [m[:3] for m in MONTHS].index(name[:3]) + 1


def parse_ref(text, zone):
    """The page's printed 'Updated' time, read independently."""
    m = re.search(r"[Uu]pdated:? (.*)", text)
    if not m:
        return None
    s = m.group(1)
    t = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(am|pm)?", s)
    d = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})", s)
    if not (t and d):
        return None
    h = int(t.group(1)) if not t.group(3) else h24(int(t.group(1)), t.group(3))
    return datetime(int(d.group(3)), month_no(d.group(2)), int(d.group(1)), h, int(t.group(2)), tzinfo=ZoneInfo(zone))


def stamp_matches(stamp, pub_utc, local, text, zone):
    s = stamp.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s):
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (mins|minutes|hours|hour) ago", s)
    if m:
        ref = parse_ref(text, zone)
        if ref is None:
            return "relative stamp without an absolute anchor"
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2).startswith("min") else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", s)          # US order month/day/year
    if m:
        ok = (local.month, local.day, local.year, local.hour, local.minute) == tuple(int(x) for x in m.groups())
        return None if ok else "mm/dd/yyyy stamp differs"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (pub_utc.hour, pub_utc.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT differs"
    s = re.sub(r"^\D+?(?=\d{1,2} [A-Z][a-z]+ \d{4})", "", s)            # author fused to the date
    m = re.search(r"\b(\d{1,2})[:.](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h = h24(h, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    md = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]*,? (\d{4})", s)
    if md and (int(md.group(1)), month_no(md.group(2)), int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), month_no(md.group(1)), int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    mo = re.search(r"\(UTC ([+-]\d\d):(\d\d)\)", s)
    if mo and local.utcoffset() != timedelta(hours=int(mo.group(1)), minutes=int(mo.group(2))):
        return "printed offset differs"
    if re.search(r"\bBST\b", s) and local.utcoffset() != timedelta(hours=1):
        return "BST but zone offset is not +1"
    return None


def walk(o):
    if isinstance(o, dict):
        yield o
        for v in o.values():
            yield from walk(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk(v)


golds = {}
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    sid = os.path.basename(gp)[:4]
    golds[sid] = g
    sp = os.path.join(ROOT, "seeds", g.get("seed", ""))
    if not os.path.exists(sp):
        err(gp, "seed missing"); continue
    if os.path.splitext(g["seed"])[0] != os.path.basename(gp)[:-5]:
        err(gp, "gold file name must be the seed file name without extension + .json")
    if not re.fullmatch(r"37\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    raw = open(sp, encoding="utf-8").read()
    if sp.endswith(".xml"):
        try:
            ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError as ex:
            err(sid, "feed is not well-formed XML:", ex)
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    zone = g["page_timezone"]
    try:
        ZoneInfo(zone)
    except Exception:
        err(sid, "page_timezone not an IANA zone")
    if sid in SINGLE:
        if g["source"] not in PART_A_OUTLETS:
            err(sid, "Part A outlet not in the brief's list", g["source"])
    else:
        src = g["source"]
        if not "N" <= src[0] <= "Z":
            err(sid, "invented outlet must start with N-Z", src)
        if src.lower() in USED or any(w.lower() in {u.split()[0] for u in USED} for w in src.split()[:1]):
            err(sid, "invented outlet name (or its first word) is on the used list", src)
    # Key Points / Key events block
    kp_block = None
    heads = {e["headline"] for e in g["entries"] if e["headline"]}
    for i, l in enumerate(lines):
        if re.fullmatch(r"key (points|events)", l, re.I):
            kp_block = []
            for l2 in lines[i + 1:]:
                if not l2:
                    continue
                if l2 in heads:
                    kp_block.append(l2)
                else:
                    break
            break
    # JSON-LD: must parse; any node with headline + datePublished must agree with the gold entry of that headline
    by_head = {e["headline"]: e for e in g["entries"] if e["headline"]}
    for blob in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, flags=re.S):
        try:
            ld = json.loads(blob)
        except ValueError:
            err(sid, "JSON-LD does not parse"); continue
        for node in walk(ld):
            h = node.get("headline")
            if isinstance(h, str) and html.unescape(h) in by_head and "datePublished" in node:
                e = by_head[html.unescape(h)]
                if e["stamp"] is not None and datetime.fromisoformat(node["datePublished"]) != datetime.fromisoformat(e["published"].replace("Z", "+00:00")):
                    err(e["id"], "JSON-LD datePublished disagrees with gold")
    ids = []
    for e in g["entries"]:
        eid = e.get("id")
        if not re.fullmatch(sid + r"-\d\d", eid or ""):
            err(eid, "bad id")
        if eid in ids:
            err(eid, "duplicate id")
        for k in ["headline", "stamp", "published", "published_local", "published_basis", "author", "first_sentence", "body_paragraphs",
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the visible page:", e[k][:70])
        if e["headline"] is not None and e["headline"] not in lines:
            err(eid, "headline is not a whole line of the visible page")
        fs = e["first_sentence"]
        if fs is not None:
            if not any(l.startswith(fs) for l in lines):
                err(eid, "first_sentence does not start a paragraph:", fs[:70])
            if not re.search(r"[.!?]['\"\u201d\u2019]?$", fs):
                err(eid, "first_sentence does not end a sentence")
            if e["body_paragraphs"] < 1:
                err(eid, "body but 0 paragraphs")
        else:
            if e["importance"] != 1 or e["body_paragraphs"] != 0:
                err(eid, "entry without body must be importance 1 with 0 paragraphs")
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)", e["published_local"] or "")
        if not mm:
            err(eid, "bad published_local"); continue
        local = datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(mm.group(2)))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["published"]):
            err(eid, "published not in ...Z form")
        pub = datetime.fromisoformat(e["published"].replace("Z", "+00:00"))
        if local != pub:
            err(eid, "published", e["published"], "!= published_local", e["published_local"])
        if mm.group(2) != zone:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local, text, zone)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            hh = local.hour % 12 or 12; ap = "pm" if local.hour >= 12 else "am"
            forms = [local.strftime("%H:%M"), f"{hh}.{local.minute:02d}{ap}", f"{hh:02d}:{local.minute:02d} {ap.upper()}"]
            if not any(f in text for f in forms):
                err(eid, "no stamp and the dateline time is not printed")
        if e["topic"] not in TOPICS:
            err(eid, "topic", e["topic"])
        if e["subtopic"] not in SUBS:
            err(eid, "subtopic", e["subtopic"])
        if e["topic"] != "other" and e["subtopic"] != e["topic"]:
            err(eid, "core topic with a different subtopic")
        if e["topic"] == "other" and e["subtopic"] in ("strikes", "aid", "diplomacy"):
            err(eid, "other with a core subtopic")
        if e["topic"] in e["secondary_topics"] or any(t not in TOPICS | SUBS for t in e["secondary_topics"]):
            err(eid, "secondary_topics")
        if e["importance"] not in (1, 2, 3):
            err(eid, "importance")
        if e["subtopic"] == "unrelated":
            if not (e["topic"] == "other" and e["importance"] == 1 and (e.get("notes") or "").startswith("off-beat:")):
                err(eid, "off-beat rule (other/unrelated, importance 1, notes 'off-beat:')")
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|VIDEO|Explained|Full report)\b", e["headline"]) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"] or orig["headline"] != e["headline"]:
                    err(eid, "duplicate in a different story or with another headline")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points/Key events")
        elif kp_block and e["headline"] in kp_block:
            err(eid, "listed under Key Points but key_point false")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["story"]):
            err(eid, "story slug")
        ids.append(eid)
    if kp_block is not None and len(kp_block) != sum(1 for e in g["entries"] if e["key_point"]):
        err(sid, "Key Points block size differs from key_point entries")

# ---- Part A
seen_days = {}
fmts = defaultdict(int)
outlets = set()
for sid in SINGLE:
    if sid not in golds:
        err(sid, "single page missing"); continue
    g = golds[sid]; outlets.add(g["source"])
    if not 5 <= len(g["entries"]) <= 9:
        err(sid, "entry count", len(g["entries"]))
    days = {e["published"][:10] for e in g["entries"]}
    if len(days) != 1:
        err(sid, "single page spans UTC days", days)
    for d in days:
        if d in seen_days:
            err(sid, "UTC day", d, "also used by", seen_days[d])
        seen_days[d] = sid
    fmts[os.path.splitext(g["seed"])[1]] += 1
if dict(fmts) != {".txt": 4, ".html": 4, ".xml": 2}:
    err("Part A format mix", dict(fmts))
if outlets != PART_A_OUTLETS:
    err("Part A outlets differ from the brief's ten", sorted(outlets ^ PART_A_OUTLETS))

# ---- Part B
day_date = {}
any_world_feed = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        if sum(e["subtopic"] == "unrelated" for e in ents) * 2 > len(ents):
            any_world_feed = True
        for e in ents:
            dates.add(e["published"][:10]); story_seeds[e["story"]].add(sid); n += 1
    if len(dates) != 1:
        err(day, "entries on more than one UTC date", dates)
    d = sorted(dates)[0]
    day_date[day] = d
    if d in seen_days:
        err(day, "UTC day", d, "also used by", seen_days[d])
    seen_days[d] = day
    if not 18 <= n <= 30:
        err(day, "entry count", n)
    if not 3 <= len(sids) <= 5:
        err(day, "source count")
    if not any(len(s) >= 3 for s in story_seeds.values()):
        err(day, "no story told by 3+ sources")
    if len({os.path.splitext(golds[s]["seed"])[1] for s in sids}) < 2:
        err(day, "formats not varied")
    if not any(sum(e["subtopic"] == "unrelated" for e in golds[s]["entries"]) * 2 > len(golds[s]["entries"]) for s in sids) and day != "day2":
        err(day, "no general world feed")
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3 \
                    and "re-post of day" not in (e.get("notes") or ""):
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and "theme" in (e.get("notes") or "").lower() and e["importance"] == 2 for e in kinds):
        err(day, "no theme/explainer piece")
    if not any(e["duplicate_of"] for e in kinds):
        err(day, "no near-verbatim repeat within a page")
if not any_world_feed:
    err("no general world feed with a majority of off-beat items")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 or "re-post" not in (e.get("notes") or "") for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1 with a note")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if not d.startswith("2022-") or int(d[5:7]) not in ALLOWED_MONTHS:
        err(who, "date outside 2022 May/Jul/Oct/Nov/Dec", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
