#!/usr/bin/env python3
"""Independent checker for eval/ah: re-reads the seed files and verifies the gold files against them.
Usage: python3 eval/ah/tools/check.py   (prints OK or the problems)"""
import glob, html, json, os, re, sys
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = [str(i) for i in range(3500, 3510)]
DAYS = {"day1": ["3520", "3521", "3522", "3523"], "day2": ["3530", "3531", "3532", "3533"], "day3": ["3540", "3541", "3542", "3543"]}
CONSECUTIVE = ("day1", "day2")
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}
FORBIDDEN = set("""2024-01-02 2024-01-03 2024-01-04 2024-01-05 2024-01-09 2024-01-13 2024-01-17 2024-01-23 2024-01-24 2024-01-26 2024-01-28 2024-01-29 2024-01-30 2024-02-02 2024-02-05 2024-02-06 2024-02-08 2024-02-10 2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-17 2024-02-19 2024-02-21 2024-02-22 2024-02-24 2024-02-25 2024-02-26 2024-02-28 2024-02-29 2024-03-02 2024-03-04 2024-03-05 2024-03-07 2024-03-08 2024-03-12 2024-03-13 2024-03-15 2024-03-18 2024-03-19 2024-03-22 2024-03-24 2024-03-26 2024-03-27 2024-03-31 2024-04-01 2024-04-02 2024-04-04 2024-04-05 2024-04-08 2024-04-10 2024-04-11 2024-04-12 2024-04-13 2024-04-16 2024-04-17 2024-04-18 2024-04-20 2024-04-23 2024-04-24 2024-04-26 2024-05-03 2024-05-04 2024-05-06 2024-05-07 2024-05-09 2024-05-10 2024-05-14 2024-05-16 2024-05-21 2024-05-22 2024-05-28 2024-05-30 2024-05-31 2024-06-03 2024-06-05 2024-06-07 2024-06-10 2024-06-11 2024-06-12 2024-06-13 2024-06-14 2024-06-15 2024-06-16 2024-06-18 2024-06-19 2024-06-20 2024-06-21 2024-06-24 2024-06-25 2024-06-27 2024-07-04 2024-07-05 2024-07-08 2024-07-09 2024-07-10 2024-07-12 2024-07-15 2024-07-17 2024-07-22 2024-07-23 2024-07-24 2024-07-30 2024-07-31 2024-08-01 2024-08-02 2024-08-05 2024-08-06 2024-08-07 2024-08-08 2024-08-09 2024-08-11 2024-08-12 2024-08-13 2024-08-14 2024-08-17 2024-08-18 2024-08-19 2024-08-22 2024-08-24 2024-08-26 2024-08-27 2024-08-30 2024-09-01 2024-09-03 2024-09-04 2024-09-06 2024-09-09 2024-09-10 2024-09-11 2024-09-13 2024-09-16 2024-09-17 2024-09-18 2024-09-21 2024-09-24 2024-09-26 2024-09-28 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-07 2024-10-08 2024-10-09 2024-10-10 2024-10-11 2024-10-14 2024-10-17 2024-10-20 2024-10-22 2024-10-23 2024-10-26 2024-10-27 2024-10-29 2024-10-30 2024-11-02 2024-11-03 2024-11-05 2024-11-08 2024-11-12 2024-11-14 2024-11-15 2024-11-17 2024-11-18 2024-11-19 2024-11-20 2024-11-21 2024-11-26 2024-11-27 2024-12-01 2024-12-02 2024-12-03 2024-12-04 2024-12-05 2024-12-07 2024-12-09 2024-12-10 2024-12-11 2024-12-13 2024-12-16 2024-12-17 2024-12-20 2024-12-25 2024-12-26""".split())
# outlets imitated or names used by earlier sets (from the brief); Part A outlets must not be among them,
# Part B invented outlets must not use any of these names as a word
USED = ['1news', '24.kg', 'abbotsley', 'abbotsley review', 'abc news', 'abc news (australia)', 'addis standard', 'afp', 'agenzia nova', 'agerpres', 'ahram online', 'air force of the armed forces of ukraine', 'akipress', 'al arabiya english', 'al jazeera', 'al-monitor', 'aldbourne', 'aldbourne live', 'aldermoor daily', 'amberway post', 'ambleside chronicle', 'ambrey', 'ambrey review', 'anadolu agency', 'ansa english', 'anselm daily', 'antara news', 'appledore', 'appledore live', 'arab news', 'arirang news', 'armenpress', 'armyinform', 'arncliffe', 'arncliffe live', 'asharq al-awsat', 'ashcombe report', 'ashgrove live', 'ashwell', 'ashwell times', 'asia-plus', 'atlantic council', 'atlas courier', 'atlas wire', 'axbridge', 'axbridge daily', 'axios', 'aysgarth', 'aysgarth daily', 'azernews', 'babel', 'balkan insight', 'baltic ledger', 'baltic news network', 'baltic sentinel', 'bangkok post', 'bardsey', 'bardsey world service', 'bbc news', 'belfast telegraph', 'bellhaven', 'bellhaven daily', 'belsat', 'bernama', 'bilsdale', 'bilsdale standard', 'birchgate review', 'black sea letters', 'blackthorn daily', 'blakeney', 'blakeney world service', 'bloomberg', 'bne intellinews', 'bodmin', 'bodmin world desk', 'borealis times', 'borrowdale', 'borrowdale review', 'brackenridge world', 'bramblecote news', 'brancaster', 'brancaster live', 'brantwood', 'brantwood review', 'breaking defense', 'briarwood times', 'brightwater review', 'brightwater world service', 'brisco', 'brisco world desk', 'bta', 'buenos aires times', 'business insider', 'cairnfield world service', 'caldbeck', 'caldbeck bulletin', 'calderbrook news', 'cardinham', 'cardinham post', 'carpathian monitor', 'carpathian review', 'castleton', 'caucasus watch', 'cbc news', 'cbs news', 'censor.net', 'cgtn', 'channel 4 news', 'chatburn', 'chatburn live', 'china daily', 'cinderford world service', 'civil.ge', 'clovermead news', 'cna', 'cnbc', 'cnn', 'cobalt newswire', 'coniston', 'coniston world service', 'continental review', 'copperleaf journal', 'cotehele', 'cotehele times', 'coverack', 'coverack daily', 'cragside', 'cragside news', 'crossfell', 'crossfell report', 'croyde', 'croyde world service', 'ctv news', 'culmstock', 'culmstock report', 'cyprus mail', 'czech radio', 'daily mail', 'daily maverick', 'daily mirror (sri lanka)', 'daily monitor', 'daily nation', 'daily news hungary', 'daily sabah', 'danube courier', 'danube dispatch', 'dawn', 'deccan herald', 'defense news', 'delfi en', 'dentdale', 'dentdale review', 'der spiegel', 'dhaka tribune', 'dnipro chronicle', 'dovecote post', 'dpa international', 'dufton', 'dufton journal', 'dunkery', 'dunkery world', 'dunmore review', 'dunsford', 'dunsford live', 'dunstanburgh', 'dunstanburgh times', 'dunwich', 'dunwich report', 'dutchnews.nl', 'dw', 'eastwind agency', 'ebbor', 'ebbor review', 'eddystone', 'eddystone daily', 'edgehill', 'edgehill post', 'efe', 'egypt independent', 'ekathimerini', 'el país english', 'elderfield bulletin', 'ellerby', 'ellerby dispatch', 'elmstead journal', 'elsworth', 'elsworth international news', 'emerging europe', 'ennerdale', 'ennerdale times', 'err news', 'eskdale report', 'espreso tv', 'estonian world', 'euractiv', 'eurasianet', 'euromaidan press', 'euronews', 'evening standard', 'expats.cz', 'express', 'fairlight', 'fairlight post', 'fallowfield review', 'fangfoss', 'fangfoss daily', 'farrowby times', 'fenwold', 'fenwold journal', 'fernhill report', 'financial times', 'firstpost', 'focus taiwan', 'focus.ua', 'foreign policy', 'fowey', 'fowey report', 'fox news', 'foxglove review', 'frampton', 'frampton review', 'france 24', 'fylingdales', 'fylingdales post', 'gargrave', 'gargrave daily', 'gazeta express', 'gb news', 'geo news', 'georgia today', 'ghanaweb', 'gildersby', 'gildersby post', 'glaisdale', 'glaisdale newsroom', 'glenholme standard', 'global news', 'global times', 'globe relay', 'gma news', 'goathland', 'goathland world service', 'goldhithe', 'goldhithe report', 'gorsefield times', 'grampound', 'grampound review', 'granite standard', 'greek reporter', 'greyfriars post', 'grinton', 'grinton live', 'grisedale', 'grisedale report', 'ground news', 'gulf news', 'gullhaven times', 'gunnerside', 'gunnerside report', 'gweek', 'gweek bulletin', 'haaretz', 'hallsands', 'hallsands post', 'halsetown', 'halsetown live', 'harbour gazette', 'harbour post', 'harbourline news', 'hartsop', 'hartsop daily', 'haworth', 'haworth standard', 'hazelmere world service', 'heathcote standard', 'hebden', 'hebden world service', 'helmsley', 'helmsley review', 'helsinki times', 'hexmoor', 'hexmoor live', 'hindustan times', 'hollybank times', 'hong kong free press', 'hromadske', 'huffpost', 'hungary today', 'hutton', 'hutton report', 'hürriyet daily news', 'i (inews)', 'i24news', 'iceland review', 'ilkley', 'ilkley times', 'inchcape chronicle', 'ingleton', 'ingleton live', 'inquirer.net', 'institute for the study of war', 'interfax-ukraine', 'iol', 'iona', 'iona world service', 'ipn news agency', 'irish examiner', 'irish independent', 'irish mirror', 'ironbridge daily', 'ismere', 'ismere times', 'itv news', 'iverholm', 'iverholm times', 'jacobstow', 'jacobstow live', 'jamaica gleaner', 'jamnews', 'jervaulx', 'jervaulx review', 'jordan times', 'juneberry', 'juneberry post', 'juniper world service', 'jura', 'jura daily', 'kazinform', 'kbs world', 'kelmscott', 'kelmscott review', 'kestrel dispatch', 'keswick', 'keswick bulletin', 'kettlewell', 'kettlewell review', 'khaleej times', 'kharkiv regional military administration', 'kilburn', 'kilburn standard', 'kilnworth review', 'kingsmere observer', 'kirkandrews', 'kirkandrews report', 'kittiwake', 'kittiwake live', 'korea joongang daily', 'krym.realii', 'kuensel', 'kun.uz', 'kurdistan24', 'kuwait times', 'kyiv post', 'kyodo news', "l'orient today", 'ladock', 'ladock report', 'lakeside ledger', 'lamorna', 'lamorna daily', 'lanivet', 'lanivet review', 'lanternfish world', 'larchfield live', 'larkspur news', 'lastingham', 'lastingham daily', 'lb.ua', 'lbc', 'le figaro', 'le monde', 'lerryn', 'lerryn world service', 'liga.net', 'linden press', 'lindow', 'lindow live', 'linnet', 'linnet report', 'livemint', 'lochbrae', 'lochbrae review', 'los angeles times', 'loughrigg', 'loughrigg live', 'lrt', 'lsm.lv', 'lusaka times', 'luxembourg times', 'luxulyan', 'luxulyan times', 'mail & guardian', 'malay mail', 'malham', 'malham post', 'mallowfield times', 'maltatoday', 'manaccan', 'manaccan daily', 'manchester evening news', 'marchbank', 'marchbank times', 'mardale', 'mardale live', 'marlowe observer', 'marram world service', 'masham', 'masham journal', 'mawgan', 'mawgan live', 'mediazona', 'meduza', 'mellingham', 'mellingham world service', 'mercopress', 'meridian bulletin', 'meridian post', 'meridian wire', 'merrivale', 'merrivale times', 'metro', 'mevagissey', 'mevagissey world', 'mexico news daily', 'middle east eye', 'militarnyi', 'ministry of defence of ukraine', 'mirewick', 'mirewick world', 'mirror', 'moldpres', 'montsame', 'moorhen post', 'morocco world news', 'morrow', 'morrow world service', 'morvern', 'morvern daily', 'mosswood review', 'muker', 'muker bulletin', 'mylor', 'mylor review', 'n1', 'nanstallon', 'nanstallon daily', 'nantwell', 'nantwell daily', 'nateby', 'nateby live', 'national post', 'nato', 'nbc news', 'ndtv', 'nepali times', 'nethercott', 'nethercott news agency', 'nettlebed times', 'new eastern europe', 'new york post', 'newlyn', 'newlyn world service', 'news24', 'newsmaker', 'newsweek', 'nhk world-japan', 'nidderdale', 'nidderdale journal', 'nightjar review', 'nikkei asia', 'nl times', 'nordhaven', 'nordhaven daily', 'northam', 'northam observer', 'northbridge times', 'northgate herald', 'northline ledger', 'notes from poland', 'novaya gazeta europe', 'novinite', 'npr', 'nunnington', 'nunnington post', 'nv', 'nz herald', 'oakenshaw', 'oakenshaw times', 'oakhollow report', 'oc media', 'oldcastle', 'oldcastle live', 'oman observer', 'orchardleigh', 'orchardleigh news', 'orford', 'orford review', 'osmotherley', 'osmotherley world', 'osprey daily', 'ossory times', 'ostrava signal', 'oxbow review', 'pakistan today', 'palisade news', 'pap', 'pbs newshour', 'pendeen', 'pendeen daily', 'pendle', 'pendle standard', 'penhallow journal', 'pennbrook', 'pennbrook post', 'penryn', 'penryn report', 'pevensey', 'pevensey bulletin', 'pinecrest review', 'podkarpacie courier', 'polaris review', 'polaris wire', 'politico europe', 'polperro', 'polruan', 'polruan world service', 'polzeath', 'polzeath post', 'porthallow', 'porthallow times', 'premium times', 'president of russia', 'president of ukraine', 'press tv', 'prishtina insight', 'probus', 'probus daily', 'punch', 'quantock', 'quantock world service', 'quarrytown bulletin', 'quayside tribune', 'quenby', 'quenby review', 'quendon', 'quendon times', 'quernmore', 'quernmore world', 'quillon review', 'quixwood', 'quixwood post', 'r/worldnews live thread', 'radio free asia', 'radio poland', 'radio prague international', 'radwell', 'radwell dispatch', 'rappler', 'ravenglass', 'ravenglass daily', 'ravensworth world', 'rbc-ukraine', 'redfern daily', 'redfern dispatch', 'redwing journal', 'reeth', 'reeth report', 'reuters', 'rfe/rl', 'rfi', 'ribblesdale', 'ribblesdale journal', 'rinsey', 'rinsey post', 'rnz', 'romania insider', 'rookwood post', 'roseland', 'roseland report', 'rosthwaite', 'rosthwaite journal', 'rowan standard', 'rté news', 'rudaw', 'rushmere', 'rushmere radio', 'ruthwell', 'ruthwell review', 'ryedale', 'ryedale review', 'sable report', 'saffron bay bulletin', 'saltmarsh daily', 'saltmarsh radio', 'sandpiper live', 'sarajevo times', 'saudi gazette', 'sbs news', 'scroll.in', 'seabright live', 'sedgefield', 'sedgefield echo', 'selworthy', 'selworthy post', 'sennen', 'sennen daily', 'silverdale times', 'sithney', 'sithney report', 'skelwith', 'skelwith daily', 'skerryvore', 'skerryvore report', 'sky news', 'sky news australia', 'sorrelby', 'sorrelby times', 'south china morning post', 'sta', 'stackpole', 'stackpole daily', 'stannary', 'stannary journal', 'steppe herald', 'stithians', 'stithians live', 'stonechat news', 'stourhead', 'stourhead daily', 'stuff', 'suspilne news', 'swaledale', 'swaledale live', 'swi swissinfo.ch', 'taipei times', 'taiwan news', 'tallowmere', 'tallowmere journal', 'tamarisk news', 'tansy', 'tansy post', 'tarnfield gazette', 'tarrant', 'tarrant review', 'tass', 'tebay', 'tebay live', 'tehran times', 'tern bulletin', 'teviot', 'teviot times', 'thai pbs world', 'the asahi shimbun', 'the associated press', 'the baltic times', 'the barents observer', 'the brussels times', 'the castleton post', 'the citizen', 'the conversation', 'the daily star', 'the diplomat', 'the eastafrican', 'the economist', 'the edge malaysia', 'the express tribune', 'the globe and mail', 'the guardian', 'the hankyoreh', 'the herald (zimbabwe)', 'the hill', 'the hindu', 'the independent', 'the indian express', 'the insider', 'the irish news', 'the irish times', 'the jakarta post', 'the japan times', 'the jerusalem post', 'the kathmandu post', 'the korea herald', 'the korea times', 'the kyiv independent', 'the local sweden', 'the mainichi', 'the manila times', 'the moscow times', 'the namibian', 'the nation (thailand)', 'the national', 'the new times (rwanda)', 'the new york times', 'the northern ledger', 'the peninsula', 'the philippine star', 'the polperro post', 'the portugal news', 'the scotsman', 'the slovak spectator', 'the sofia globe', 'the sparrowhawk bulletin', 'the spectator', 'the standard', 'the straits times', 'the sun', 'the sydney morning herald', 'the telegraph', 'the times', 'the times of india', 'the times of israel', 'the tribune', 'the wall street journal', 'the war zone', 'the washington post', 'thistledown', 'thistledown report', 'thornbury standard', 'thornbury times', 'tidewater daily', 'time', 'times of malta', 'tintagel', 'tintagel observer', 'tolonews', 'toronto star', 'torrisdale', 'torrisdale world', 'total croatia news', 'trebarwith', 'trebarwith post', 'treen', 'treen world', 'tregony', 'tregony live', 'trend news agency', 'trevose', 'trevose live', 'trt world', 'turkish minute', 'tvn24', 'tvp world', 'ufford', 'ufford live', 'ukraine now [english]', 'ukrainska pravda', 'ukrinform', 'ullswater', 'ullswater live', 'ulverscote', 'ulverscote review', 'umberleigh journal', 'un news', 'underhill observer', 'unian', 'ural vestnik', 'usa today', 'valerian', 'valerian news', 'vanguard', 'vantage news agency', 'veldcroft', 'veldcroft world service', 'vellington review', 'verdant review', 'veryan', 'veryan world service', 'vietnamplus', 'vistula review', 'vnexpress international', 'voice of america', 'volga courier', 'vowchurch', 'vowchurch world service', 'vox', 'wadebridge', 'wadebridge review', 'wainfleet', 'wainfleet bulletin', 'warleggan', 'warleggan times', 'wendlebury', 'wendlebury courant', 'werrington', 'werrington post', 'westerly observer', 'wexcombe world service', 'whernside', 'whernside daily', 'whinmoor report', 'whitecliff journal', 'whitsand', 'whitsand world service', 'wistman', 'wistman review', 'wrenfield times', 'wychwood', 'wychwood post', 'wyvern', 'wyvern world service', 'xinhua', 'yarcombe', 'yarcombe live', 'yarrow world service', 'yealmpton', 'yealmpton review', 'yelverton daily', 'yewbank', 'yewbank world service', 'yle news', 'ynetnews', 'yonhap news agency', 'youlgreave', 'youlgreave standard', 'zelah', 'zelah bulletin', 'zennor', 'zennor world', 'zephyr world service', 'zn.ua']
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
    t = html.unescape(re.sub(r"<[^>]+>", "\n", t))                    # entity-escaped HTML inside RSS descriptions
    return t


def lines_of(text):
    return [l.strip() for l in text.split("\n")]


def ampm(h, m, suffix):
    s = suffix.replace(".", "").lower()
    if h == 12:
        h = 0
    return (h + 12 if s == "pm" else h), m


def stamp_matches(stamp, pub_utc, local, text):
    """Independent reading of a printed stamp; returns None if it agrees, else a reason."""
    s = stamp.strip()
    m = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)", s)
    if m:
        return None if datetime.fromisoformat(s.replace("Z", "+00:00")) == pub_utc else "ISO stamp differs"
    if re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", s):
        return None if parsedate_to_datetime(s) == pub_utc else "RFC 822 stamp differs"
    m = re.fullmatch(r"(\d+) (minutes|hours|hour) ago", s)
    if m:
        mm = re.search(r"Updated (\d{1,2}) ([A-Z][a-z]+) (\d{4}), (\d\d):(\d\d) \(Bahrain time\)", text)
        if not mm:
            return "relative stamp without an absolute anchor"
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].index(mm.group(2)) + 1
        ref = datetime(int(mm.group(3)), mon, int(mm.group(1)), int(mm.group(4)), int(mm.group(5)), tzinfo=ZoneInfo("Asia/Bahrain"))
        n = int(m.group(1)); delta = timedelta(minutes=n) if m.group(2) == "minutes" else timedelta(hours=n)
        return None if ref - delta == pub_utc else "relative stamp does not resolve"
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", s)
    if m:
        ok = (local.day, local.month, local.year, local.hour, local.minute) == tuple(int(x) for x in m.groups())
        return None if ok else "dd.mm.yyyy stamp differs"
    m = re.fullmatch(r"(\d\d)(\d\d) GMT", s)
    if m:
        return None if (pub_utc.hour, pub_utc.minute) == (int(m.group(1)), int(m.group(2))) else "HHMM GMT stamp differs"
    # time of day in its many spellings
    m = re.search(r"\b(\d{1,2})[:.h](\d\d)\s*(a\.m\.|p\.m\.|am|pm|AM|PM)?", s)
    if not m:
        return "unparsed stamp"
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3):
        h, mi = ampm(h, mi, m.group(3))
    if (h, mi) != (local.hour, local.minute):
        return f"time {h:02d}:{mi:02d} != local {local:%H:%M}"
    # dates printed inside the stamp
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    md = re.search(r"(?<!\d)(\d{1,2}) ([A-Z][a-z]{2})[a-z]*\.?,? (\d{4})", s) or None
    if md and (int(md.group(1)), months.index(md.group(2)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    md = re.search(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})", s)
    if md and (int(md.group(2)), months.index(md.group(1)) + 1, int(md.group(3))) != (local.day, local.month, local.year):
        return "date in stamp differs"
    return None


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
    if not re.fullmatch(r"35\d\d_[a-z0-9-]+\.(txt|html|xml)", g["seed"]):
        err(g["seed"], "seed name")
    text = visible_text(sp); lines = lines_of(text)
    for k in ["seed", "source", "page_title", "page_timezone", "notes", "entries", "not_entries"]:
        if k not in g:
            err(sid, "missing key", k)
    if g["page_title"] is not None and g["page_title"] not in text:
        err(sid, "page_title not in visible page text")
    try:
        ZoneInfo(g["page_timezone"])
    except Exception:
        err(sid, "page_timezone not an IANA zone")
    src = g["source"].lower()
    if src in USED:
        err(sid, "outlet already used elsewhere", g["source"])
    if sid not in SINGLE:
        if not "s" <= src[0] <= "z":
            err(sid, "invented outlet must start with S-Z", g["source"])
        if src.split()[0] in {u.split()[0] for u in USED}:
            err(sid, "outlet name uses a reserved word", g["source"])
    # pages that print no year need parse_args --date; entries then sit on that local day or (midnight crossing) the next
    if "2024" not in text:
        pa = g.get("parse_args")
        if not (isinstance(pa, list) and len(pa) == 2 and pa[0] == "--date"):
            err(sid, "page names no year but gold has no parse_args --date")
        else:
            base = datetime.strptime(pa[1], "%Y-%m-%d").date()
            for e in g["entries"]:
                ld = datetime.strptime(e["published_local"][:10], "%Y-%m-%d").date()
                if ld not in (base, base + timedelta(days=1)):
                    err(e["id"], "local date not the --date day or the day after")
    # Key Points block: the consecutive headline lines right after a 'Key Points' heading
    kp_block = None
    for i, l in enumerate(lines):
        if re.fullmatch(r"key points", l, re.I):
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
                  "topic", "subtopic", "secondary_topics", "importance", "key_point", "duplicate_of", "story"]:
            if k not in e:
                err(eid, "missing", k)
        for k in ["headline", "stamp", "author"]:
            if e[k] is not None and e[k] not in text:
                err(eid, k, "not an exact substring of the page:", e[k][:70])
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
        if mm.group(2) != g["page_timezone"]:
            err(eid, "zone differs from page_timezone")
        if e["stamp"] is not None:
            why = stamp_matches(e["stamp"], pub, local.astimezone(ZoneInfo(mm.group(2))), text)
            if why:
                err(eid, "stamp", repr(e["stamp"]), why)
        else:
            # dateline time must be printed somewhere on the page
            t1 = local.strftime("%H:%M"); t2 = f"{local.hour % 12 or 12}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
            if t1 not in text and t2 not in text:
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
        if e["headline"] and re.match(r"(Watch|Pictured|Photos|Video|Explained|Full report)\b", e["headline"], re.I) and fs is None and e["importance"] != 1:
            err(eid, "teaser must be importance 1")
        if e["duplicate_of"]:
            if e["duplicate_of"] not in ids:
                err(eid, "duplicate_of must name an earlier entry of the same seed")
            else:
                orig = next(x for x in g["entries"] if x["id"] == e["duplicate_of"])
                if orig["story"] != e["story"]:
                    err(eid, "duplicate in a different story")
            if e["importance"] != 1:
                err(eid, "duplicate must be importance 1")
        if e["key_point"]:
            if e["importance"] != 3:
                err(eid, "key point must be importance 3")
            if kp_block is None or e["headline"] not in kp_block:
                err(eid, "key_point but headline not listed under Key Points")
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
for sid in SINGLE:
    if sid not in golds:
        err(sid, "single page missing"); continue
    g = golds[sid]
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

# ---- Part B
day_date = {}
any_world_feed = False
for day, sids in DAYS.items():
    dates = set(); story_seeds = defaultdict(set); n = 0
    for sid in sids:
        if sid not in golds:
            err(day, sid, "missing"); continue
        ents = golds[sid]["entries"]
        offb = sum(e["subtopic"] == "unrelated" for e in ents)
        if offb * 2 > len(ents):
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
    for sid in sids:
        for e in golds[sid]["entries"]:
            if len(story_seeds[e["story"]]) >= 2 and e["first_sentence"] and not e["duplicate_of"] and e["importance"] != 3:
                err(e["id"], "story carried by", sorted(story_seeds[e["story"]]), "must be importance 3")
    kinds = [e for s in sids for e in golds[s]["entries"]]
    if not any(e["first_sentence"] is None for e in kinds):
        err(day, "no teaser")
    if not any(e["subtopic"] != "unrelated" and (e.get("notes") or "").lower().find("theme") >= 0 for e in kinds):
        err(day, "no theme/explainer piece")
if not any_world_feed:
    err("no general world feed with a majority of off-beat items")
d1, d2 = (datetime.fromisoformat(day_date[x]) for x in CONSECUTIVE)
if d2 - d1 != timedelta(days=1):
    err("day1/day2 not consecutive")
day1 = [e for s in DAYS["day1"] for e in golds[s]["entries"]]
day2 = [e for s in DAYS["day2"] for e in golds[s]["entries"]]
reposts = [e for e in day2 if any(e["headline"] == o["headline"] and e["story"] == o["story"] for o in day1)]
if not reposts or any(e["importance"] != 1 for e in reposts):
    err("day 2 must re-post a day-1 entry (same headline and story) at importance 1")
cont = {e["story"] for e in day2 if e["first_sentence"] and e not in reposts} & {e["story"] for e in day1}
if not cont:
    err("day 2 continues no day-1 story")

# ---- dates: even months, none forbidden
for d, who in seen_days.items():
    if d in FORBIDDEN:
        err(who, "forbidden UTC day", d)
    if int(d[5:7]) not in (1, 2, 4, 6, 8, 10):
        err(who, "month not allowed", d)
    if not d.startswith("2024-"):
        err(who, "date outside 2024", d)

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
tot = sum(len(g["entries"]) for g in golds.values())
print(f"OK: {len(golds)} gold files, {tot} entries; days {day_date}; single-page days {sorted(d for d, w in seen_days.items() if w in SINGLE)}")
