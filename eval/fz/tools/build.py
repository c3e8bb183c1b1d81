#!/usr/bin/env python3
"""Builds the eval/fz seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording, set in May 2030 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fz/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.K.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone (or 'YYYY-MM-DD' when the page prints a date only),
    headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat): other/unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par  # a paragraph without a closing stop (e.g. a semicolon standfirst) is one sentence


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, dots=False, upper=True, sep=":", space=" "):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = ("AM" if d.hour < 12 else "PM") if upper else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    s = s.replace("\u2019", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s if len(s) <= 80 else s[:80].rsplit("-", 1)[0]


def hid(s, n=8):
    """a stable pseudo-random id (for URLs and guids) derived from a string."""
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    alpha = "0123456789abcdefghjkmnpqrstvwxyz"
    out = ""
    for _ in range(n):
        out += alpha[h % 32]; h = (h // 32) ^ (h * 2654435761 & 0xFFFFFFFF)
    return out


# ================================================================ build (called at the very end of this file)
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"])
            if len(e["t"]) == 10:
                pub, loc, dl = e["t"], e["t"] + " " + S["zone"], e["t"]
            else:
                if stamps[i] and re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}|GMT)", stamps[i]):
                    exact = parsedate_to_datetime(stamps[i]).astimezone(ZoneInfo(S["zone"]))
                    assert exact.replace(second=0) == d, (S["id"], stamps[i])
                    d = exact  # RSS pubDates carry seconds: the gold keeps them
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                fmt = "%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M"
                loc = d.strftime(fmt + " ") + S["zone"]
                dl = d.strftime(fmt)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=dl, z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 18300 BBC News World (RSS)
def r_bbc_rss(S):
    """BBC News world RSS 2.0 as served: xml-stylesheet line, CDATA title/description, 'GMT' pubDates, guid '#0', media:thumbnail.
    Items follow the editors' running order, not publication time; no authors; one-sentence descriptions."""
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"]) + timedelta(minutes=6, seconds=41)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/bsp/xsl/rss/nolsol.xsl"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
           '    <channel>', f'        <title><![CDATA[{S["title"]}]]></title>', f'        <description><![CDATA[{S["title"]}]]></description>',
           '        <link>https://www.bbc.co.uk/news/world</link>',
           '        <image>', '            <url>https://news.bbcimg.co.uk/nol/shared/img/bbc_news_120x60.gif</url>',
           f'            <title>{S["title"]}</title>', '            <link>https://www.bbc.co.uk/news/world</link>', '        </image>',
           '        <generator>RSS for Node</generator>', f'        <lastBuildDate>{rfc822(last, gmt=True)}</lastBuildDate>',
           '        <copyright><![CDATA[Copyright: (C) British Broadcasting Corporation, see https://www.bbc.co.uk/usingthebbc/terms-of-use/#15metadataandrssfeeds for terms and conditions of reuse.]]></copyright>',
           '        <language><![CDATA[en-gb]]></language>', '        <ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z) + timedelta(seconds=(17 * i + 9) % 60)
        st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.bbc.com/news/articles/c{hid(e['h'], 10)}o"
        out += ['        <item>', f'            <title><![CDATA[{e["h"]}]]></title>',
                f'            <description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'            <link>{url}?at_medium=RSS&amp;at_campaign=rss</link>',
                f'            <guid isPermaLink="false">{url}#0</guid>', f'            <pubDate>{st}</pubDate>',
                f'            <media:thumbnail width="240" height="135" url="https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/{hid(e["h"] + "img", 4)}/live/{hid(e["h"] + "uuid", 12)}.jpg"/>',
                '        </item>']
    out += ['    </channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18300", name="18300_bbc-worldrss", ext="xml", source="BBC News", zone="UTC", render=r_bbc_rss,
  title="BBC News - World",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the BBC News World RSS feed (feeds.bbci.co.uk/news/world/rss.xml). Items are in the editors' running order, NOT in time order (the newest item is fourth). Each item: CDATA title, a one-sentence CDATA description, tracking link, guid ending '#0', pubDate in GMT with seconds, media:thumbnail. No authors. A general world feed: 4 of 7 items are not about the war (Sudan, Brazil floods, Japan, Canada wildfires).",
  not_entries=["xml-stylesheet processing instruction", "channel title, description, link, image block, generator, lastBuildDate, copyright, language, ttl",
               "media:thumbnail images"],
  entries=[
  E("2030-05-02 16:48", "Russian drone strike on Chernihiv bus station kills three",
    ["Ukrainian officials say a drone struck a crowded intercity bus as passengers were boarding in the northern city."],
    "strikes", "strikes", 3, "chernihiv-bus-station-drone-strike-2030-05-02", n="deadly strike"),
  OFF("2030-05-02 18:20", "Aid convoy reaches besieged Sudanese city after weeks of talks",
    ["Forty lorries carrying food and medicine arrived in El Fasher, the first deliveries the UN has managed to get into the city since March."],
    "sudan-el-fasher-aid-convoy-2030-05-02", n="Sudan"),
  E("2030-05-02 09:35", "UK and Ukraine to build long-range drones together in north of England",
    ["The joint venture will produce several thousand drones a year at a former car parts plant near Sunderland, the defence secretary said."],
    "aid", "aid", 2, "uk-ukraine-drone-joint-venture-2030-05-02", n="joint arms production for Ukraine"),
  OFF("2030-05-02 21:05", "Thousands flee as rivers burst banks in southern Brazil",
    ["Rescuers in Rio Grande do Sul are using boats to reach families stranded on rooftops after four days of torrential rain."],
    "brazil-rio-grande-do-sul-floods-2030-05-02", n="floods"),
  E("2030-05-02 12:10", "Russian theatre director jailed for six years over anti-war play",
    ["A Moscow court found Yelena Varfolomeyeva guilty of \"justifying terrorism\" in a play staged at a small studio theatre in 2028."],
    "other", "politics", 2, "russian-theatre-director-jailed-2030-05-02", n="Russian repression"),
  OFF("2030-05-02 14:55", "Japan's oldest person dies aged 116",
    ["Tomiko Arakawa, a former silk weaver from Gunma prefecture, put her long life down to green tea and never worrying about tomorrow."],
    "japan-oldest-person-dies-2030-05-02", n="obituary"),
  OFF("2030-05-02 07:20", "Canada's wildfire season starts early as blazes force evacuations in Alberta",
    ["About 6,000 people have been told to leave the town of Slave Lake as strong winds push two fires towards its outskirts."],
    "canada-alberta-wildfires-2030-05-02", n="wildfires"),
  ]))


# ---------------------------------------------------------------- 18301 The Guardian World (RSS)
def r_guardian_rss(S):
    """Guardian world RSS 2.0: channel 'World news | The Guardian', items with escaped-HTML description (standfirst paragraph(s)
    then 'Continue reading...' link), category domains, pubDate GMT, guid, two media:content sizes with credit, dc:creator, dc:date."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
           f'<title>{esc(S["title"])}</title><link>https://www.theguardian.com/world</link>'
           '<description>Latest World news news, comment and analysis from the Guardian, the world\'s leading liberal voice</description>'
           f'<language>en-gb</language><copyright>Guardian News and Media Limited or its affiliated companies. All rights reserved. {top.year}</copyright>'
           f'<pubDate>{rfc822(top + timedelta(minutes=3, seconds=12), gmt=True)}</pubDate><dc:date>{(top + timedelta(minutes=3, seconds=12)).strftime("%Y-%m-%dT%H:%M:%SZ")}</dc:date>'
           '<dc:language>en-gb</dc:language><dc:rights>Guardian News and Media Limited or its affiliated companies. All rights reserved. 2030</dc:rights>'
           '<image><title>The Guardian</title><url>https://assets.guim.co.uk/images/guardian-logo-rss.c45beb1bafa34b347ac333af2e6fe23f.png</url><link>https://www.theguardian.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z) + timedelta(seconds=(23 * i + 4) % 60)
        st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.theguardian.com/{e['path']}/{d.year}/{MON3[d.month - 1].lower()}/{d.day:02d}/{slugify(e['h'])}"
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f' <a href="{url}">Continue reading...</a>'
        cats = "".join(f'<category domain="https://www.theguardian.com/{c[0]}">{esc(c[1])}</category>' for c in e["cats"])
        img = f"https://i.guim.co.uk/img/media/{hid(e['h'], 20)}/0_0_5000_3000/master/5000.jpg"
        out.append(f'<item><title>{esc(e["h"])}</title><link>{url}</link><description>{esc(desc)}</description>{cats}'
                   f'<pubDate>{st}</pubDate><guid>{url}</guid>'
                   f'<media:content width="140" url="{attr(img)}?width=140&amp;quality=85&amp;auto=format&amp;fit=max&amp;s={hid(e["h"] + "a", 16)}">'
                   f'<media:credit scheme="urn:ebu">Photograph: {esc(e["credit"])}</media:credit></media:content>'
                   f'<media:content width="460" url="{attr(img)}?width=460&amp;quality=85&amp;auto=format&amp;fit=max&amp;s={hid(e["h"] + "b", 16)}">'
                   f'<media:credit scheme="urn:ebu">Photograph: {esc(e["credit"])}</media:credit></media:content>'
                   f'<dc:creator>{esc(e["a"])}</dc:creator><dc:date>{d.strftime("%Y-%m-%dT%H:%M:%SZ")}</dc:date></item>')
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


UKR = ("world/ukraine", "Ukraine")
RUS = ("world/russia", "Russia")
EUR = ("world/europe-news", "Europe")
WLD = ("world/world", "World news")
SEEDS.append(dict(
  id="18301", name="18301_guardian-worldrss", ext="xml", source="The Guardian", zone="UTC", render=r_guardian_rss,
  title="World news | The Guardian",
  basis="RSS pubDate '{s}' (GMT = UTC; dc:date agrees); local {d} in {z}",
  notes="Imitates the Guardian World RSS feed (theguardian.com/world/rss). Newest first. Each item: title, link, description = escaped HTML standfirst paragraph(s) followed by a 'Continue reading...' link (not body), category elements, pubDate GMT, guid, two media:content images with 'Photograph:' credits, dc:creator, dc:date. Guardian spelling 'Zelenskyy'. 18301-01 is the daily 'Ukraine war briefing' (a round-up with its own story; standfirst ends 'What we know on day 2,992 of the invasion' without a full stop). 18301-07 is the live-blog item: its standfirst is a semicolon fragment with no full stop, so the whole standfirst is its first sentence, and its dc:creator prints '(now)' / '(earlier)' as the Guardian does (kept as printed). 3 of 7 items are not about the war.",
  not_entries=["channel title, link, description, language, copyright, pubDate, dc:date, dc:rights, image block",
               "'Continue reading...' link at the end of every description", "category labels", "media:content images and 'Photograph:' credits"],
  entries=[
  E("2030-05-04 20:14", "Ukraine war briefing: Russian drones target Dnipro as Kyiv claims gains near Kupiansk",
    ["Two people injured after drones hit industrial area of Dnipro; Ukraine’s general staff says troops retook three positions north-east of Kupiansk. What we know on day 2,992 of the invasion"],
    "strikes", "strikes", 2, "guardian-ukraine-war-briefing-2030-05-04", a="Guardian staff and agencies", sec=[],
    n="daily round-up (briefing); leads with the Dnipro drone attack; its own story", path="world", cats=[UKR, RUS, WLD],
    credit="Serhii Voronko/Reuters"),
  OFF("2030-05-04 17:40", "Spanish firefighters tackle first big blaze of the season in Catalonia",
    ["More than 400 hectares burned near Tarragona as temperatures reached 36C, unusually high for early May."],
    "catalonia-wildfire-2030-05-04", a="Sam Ferrán", n="wildfire", path="world", cats=[("world/spain", "Spain"), EUR],
    credit="Jordi Vallès/EPA"),
  E("2030-05-04 15:05", "Ukraine accuses Russian troops of killing soldiers who tried to surrender near Pokrovsk",
    ["Prosecutors say drone footage shows three Ukrainian infantrymen being shot after laying down their weapons, the latest in a string of alleged executions.",
     "Russia’s defence ministry did not respond to requests for comment."],
    "other", "humanitarian", 2, "pokrovsk-surrender-killings-allegation-2030-05-04", a="Iryna Kostenko",
    n="war-crimes report", path="world", cats=[UKR, RUS], credit="Handout"),
  OFF("2030-05-04 12:20", "Queensland braces for record-breaking dry season as dams fall below half",
    ["Water authorities in south-east Queensland have brought forward restrictions after the driest April since records began."],
    "queensland-dry-season-2030-05-04", a="Ben Whitcombe", n="drought", path="australia-news", cats=[("australia-news/queensland", "Queensland")],
    credit="Callum Brierly/AAP"),
  E("2030-05-04 09:55", "Finland and Estonia to hold Baltic naval drill with Ukrainian crews for first time",
    ["Ukrainian sailors will take part in mine-clearing exercises in the Gulf of Finland next month, the two countries’ navies have said."],
    "other", "security", 2, "baltic-naval-drill-ukrainian-crews-2030-05-04", a="Miranda Holt", n="drill",
    path="world", cats=[("world/finland", "Finland"), ("world/estonia", "Estonia"), UKR], credit="Jari Sillanpää/Lehtikuva/Reuters"),
  OFF("2030-05-04 08:40", "South African opposition walks out of coalition talks",
    ["The dispute over control of the finance ministry threatens to bring down the government formed after last year’s election."],
    "south-africa-coalition-talks-2030-05-04", a="Thabo Mkhize", n="South African politics", path="world",
    cats=[("world/south-africa", "South Africa")], credit="Sipho Ndlela/Reuters"),
  E("2030-05-04 07:30", "Russia-Ukraine war live: missile attack on Poltava kills four, officials say",
    ["Strike hits residential area in central Ukrainian city; Zelenskyy urges allies to speed up air defence deliveries"],
    "strikes", "strikes", 3, "poltava-missile-strike-2030-05-04", a="Dominic Ferrars (now) and Alys Pentreath (earlier)", sec=["aid"],
    n="live-blog item; deadly strike; standfirst without a full stop", path="world/live", cats=[UKR, RUS, WLD],
    credit="State Emergency Service of Ukraine/Reuters"),
  ]))


# ---------------------------------------------------------------- 18302 The New York Times World (RSS)
def r_nyt_rss(S):
    """NYT 'World News' RSS 2.0: atom self link, empty channel description, '+0000' dates, guid permalink, atom:link standout,
    one-sentence description, dc:creator ('A and B'), keyword categories with nyt domains, media:content + credit + caption."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" '
           'xmlns:nyt="http://www.nytimes.com/namespaces/rss/2.0" version="2.0">', '  <channel>',
           f'    <title>{esc(S["title"])}</title>', '    <link>https://www.nytimes.com/section/world</link>',
           '    <atom:link href="https://rss.nytimes.com/services/xml/rss/nyt/World.xml" rel="self" type="application/rss+xml"></atom:link>',
           '    <description></description>', '    <language>en-us</language>', f'    <copyright>Copyright {top.year} The New York Times Company</copyright>',
           f'    <lastBuildDate>{rfc822(top + timedelta(minutes=11, seconds=2))}</lastBuildDate>', f'    <pubDate>{rfc822(top + timedelta(seconds=51))}</pubDate>',
           '    <image>', f'      <title>{esc(S["title"])}</title>', '      <url>https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png</url>',
           '      <link>https://www.nytimes.com/section/world</link>', '    </image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z) + timedelta(seconds=(31 * i + 7) % 60)
        st = rfc822(d); stamps.append(st)
        url = f"https://www.nytimes.com/{d:%Y/%m/%d}/world/{e['desk']}/{slugify(e['h'])[:60].rstrip('-')}.html"
        out += ['    <item>', f'      <title>{esc(e["h"])}</title>', f'      <link>{url}</link>', f'      <guid isPermaLink="true">{url}</guid>',
                f'      <atom:link href="{url}" rel="standout"></atom:link>', f'      <description>{esc(" ".join(e["p"]))}</description>']
        if e["a"]:
            out.append(f'      <dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'      <pubDate>{st}</pubDate>')
        out += [f'      <category domain="http://www.nytimes.com/namespaces/keywords/{k}">{esc(v)}</category>' for k, v in e["kw"]]
        out += [f'      <media:content height="1800" medium="image" url="https://static01.nyt.com/images/{d:%Y/%m/%d}/multimedia/{d:%d}{e["desk"][:3]}-{hid(e["h"], 6)}/{hid(e["h"], 6)}-mediumSquareAt3X.jpg" width="1800"></media:content>',
                f'      <media:credit>{esc(e["credit"])}</media:credit>', f'      <media:description>{esc(e["caption"])}</media:description>', '    </item>']
    out += ['  </channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


INV = ("des", "Russian Invasion of Ukraine (2022)")
SEEDS.append(dict(
  id="18302", name="18302_nyt-worldrss", ext="xml", source="The New York Times", zone="UTC", render=r_nyt_rss,
  title="NYT > World News",
  basis="RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}",
  notes="Imitates the New York Times World RSS feed (rss.nytimes.com/services/xml/rss/nyt/World.xml). Newest first. Each item: Title Case headline with curly apostrophes, link, guid, atom:link 'standout', a one-sentence description, dc:creator (two names joined by 'and' kept as one string; one item has none), pubDate '+0000', keyword categories, media:content with media:credit and a photo caption in media:description (caption, not body). 10:30 item is a news analysis. 3 of 6 items are not about the war.",
  not_entries=["channel title, link, atom self link, empty description, language, copyright, lastBuildDate, pubDate, image block",
               "category keywords", "media:content images, media:credit lines and media:description photo captions"],
  entries=[
  E("2030-05-06 21:48", "Russian Barrage Targets Ukraine’s Gas Fields as Storage Runs Low",
    ["The attack, which Ukraine’s air force said involved 46 missiles and more than 120 drones, was the largest on the country’s gas production since March, officials said."],
    "strikes", "strikes", 3, "russian-barrage-gas-fields-2030-05-06", a="Marisa Kellerman and Oleksandr Chubko", desk="europe",
    kw=[INV, ("nyt_geo", "Ukraine"), ("des", "Natural Gas")], credit="Dara Whitfield for The New York Times",
    caption="Firefighters at a gas processing site in the Poltava region of Ukraine on Monday.", n="massive combined attack"),
  OFF("2030-05-06 18:15", "A Bitter Campaign Ends in Colombia, With Security Voters’ Top Worry",
    ["After months of attacks on candidates and their staff, Colombians will choose a new president on Sunday in a race that polls say is too close to call."],
    "colombia-presidential-campaign-2030-05-06", a="Julieta Arango", desk="americas", n="Colombian election",
    kw=[("nyt_geo", "Colombia"), ("des", "Elections")], credit="Camilo Benavides for The New York Times",
    caption="A campaign rally in Medellín last week."),
  E("2030-05-06 14:02", "Ukraine Lowers Its Draft Age to 23, a Step Its Leaders Long Resisted",
    ["The change, approved by Parliament on Monday, is expected to add tens of thousands of men to the pool of potential recruits but is deeply unpopular with families."],
    "other", "politics", 2, "ukraine-draft-age-lowered-2030-05-06", a="Oleksandr Chubko", desk="europe",
    kw=[INV, ("nyt_geo", "Ukraine"), ("des", "Draft and Recruitment (Military)")], credit="Pavlo Ostrozhnyi for The New York Times",
    caption="Recruits training outside Kyiv in April."),
  E("2030-05-06 10:30", "At NATO, a Quiet Debate Over How Long Ukraine Can Hold the Line",
    ["Officials preparing for the alliance’s summit in July are divided over whether to plan for a war that lasts years more or to press Kyiv toward a cease-fire."],
    "diplomacy", "diplomacy", 2, "nato-debate-ukraine-endurance-2030-05-06", a="Stefan Ruhl", desk="europe",
    kw=[INV, ("org", "North Atlantic Treaty Organization")], credit="Lieven Dockx for The New York Times",
    caption="NATO headquarters in Brussels.", n="news analysis on alliance politics"),
  OFF("2030-05-06 08:05", "A Japanese Fishing Town Bets Its Future on Offshore Wind",
    ["Rokkasho’s last trawler captains are retraining to service turbines off the coast, part of a national push to replace imported fuel."],
    "japan-fishing-town-offshore-wind-2030-05-06", a=None, desk="asia", n="feature, no byline in the feed",
    kw=[("nyt_geo", "Japan"), ("des", "Wind Power")], credit="Aiko Mitsuda for The New York Times",
    caption="A maintenance vessel leaving the harbor in Rokkasho."),
  OFF("2030-05-06 05:20", "Floods Kill Dozens in Kenya as Long Rains Return",
    ["At least 38 people have died and thousands have been displaced after rivers overflowed in the Rift Valley and around Nairobi, the Kenyan Red Cross said."],
    "kenya-floods-2030-05-06", a="Wanjiru Kamau", desk="africa", n="floods",
    kw=[("nyt_geo", "Kenya"), ("des", "Floods")], credit="Otieno Wafula/Agence France-Presse — Getty Images",
    caption="A flooded road near Nairobi on Sunday."),
  ]))


# ---------------------------------------------------------------- 18303 Al Jazeera (RSS)
def r_aljazeera_rss(S):
    """Al Jazeera 'all' RSS 2.0: long channel title, '+0000' pubDates, link first then title, CDATA description, category, guid '?t=' stamp."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.aljazeera.com</link>',
           '<description>Breaking News, World News and Video from Al Jazeera</description>',
           f'<lastBuildDate>{rfc822(top + timedelta(minutes=2, seconds=44))}</lastBuildDate>', '<language>en-us</language>',
           '<atom:link href="https://www.aljazeera.com/xml/rss/all.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z) + timedelta(seconds=(13 * i + 21) % 60)
        st = rfc822(d); stamps.append(st)
        url = f"https://www.aljazeera.com/{e['sec_path']}/{d.year}/{d.month}/{d.day}/{slugify(e['h'])}"
        out += ['<item>', f'<link>{url}</link>', f'<title>{esc(e["h"])}</title>', f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["cat"]}</category>',
                f'<guid isPermaLink="false">https://www.aljazeera.com/?t={int(d.timestamp())}</guid>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18303", name="18303_aljazeera-allrss", ext="xml", source="Al Jazeera", zone="UTC", render=r_aljazeera_rss,
  title="Al Jazeera – Breaking News, World News and Video from Al Jazeera",
  basis="RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}",
  notes="Imitates Al Jazeera's all-news RSS (aljazeera.com/xml/rss/all.xml). Newest first; each item: link, title, a one-sentence CDATA description, pubDate '+0000', category (News, Features, Gallery), guid '?t=<unix time>'. No authors. Al Jazeera spelling 'Zelenskyy' and 'Zaporizhia'. 18303-02 is the daily 'List of key events' round-up (its own story, led by the Kherson drone attacks). 18303-06 is a photo gallery whose description is a caption-like line (importance 1 as a 'Photos:' item, although it has a body). 3 of 7 items are not about the war.",
  not_entries=["channel title, link, description, lastBuildDate, language, atom:link", "category labels", "guid values"],
  entries=[
  OFF("2030-05-08 20:40", "Sudan’s army and RSF agree to three-day truce for polio vaccination",
    ["The United Nations says vaccination teams will reach about 400,000 children in Darfur and Kordofan if the pause holds."],
    "sudan-polio-truce-2030-05-08", n="Sudan", sec_path="news", cat="News"),
  E("2030-05-08 18:12", "Russia-Ukraine war: List of key events, day 2,996",
    ["Russian drones kill three people in Kherson region as Ukraine says it hit an ammunition depot in occupied Crimea, here are the main events on day 2,996 of the war."],
    "strikes", "strikes", 2, "aljazeera-key-events-day-2996", n="daily round-up; its own story", sec_path="news", cat="News"),
  E("2030-05-08 15:30", "Hungary vetoes EU statement welcoming Ukraine’s reform progress",
    ["Budapest’s objection means foreign ministers could not agree joint conclusions, delaying the next step in Kyiv’s accession talks."],
    "diplomacy", "diplomacy", 2, "hungary-veto-eu-ukraine-statement-2030-05-08", sec_path="news", cat="News"),
  OFF("2030-05-08 12:45", "Pakistan heatwave: Temperatures hit 49C in Sindh as power cuts spread",
    ["Hospitals in Jacobabad and Larkana report a surge in heatstroke cases as the grid struggles to meet demand."],
    "pakistan-heatwave-2030-05-08", n="heatwave", sec_path="news", cat="News"),
  E("2030-05-08 10:05", "Zelenskyy visits front-line troops in Zaporizhia region as Russian assaults intensify",
    ["Ukraine’s president handed out awards to soldiers near Huliaipole, where Russian forces have attacked almost daily for two weeks."],
    "other", "frontline", 2, "zelenskyy-zaporizhia-frontline-visit-2030-05-08", sec_path="news", cat="News"),
  E("2030-05-08 07:20", "Photos: Life under drone fire in Kherson’s riverside villages",
    ["Residents of villages along the Dnipro River describe daily life as Russian drones hunt anything that moves."],
    "other", "humanitarian", 1, "kherson-riverside-villages-photos-2030-05-08", n="photo gallery ('Photos:' item); the description is a caption",
    sec_path="gallery", cat="Gallery"),
  OFF("2030-05-08 05:10", "Oil prices edge up as OPEC+ signals no change to output",
    ["Brent crude rose 0.6 percent in early Asian trade after delegates said the group would keep production steady at its June meeting."],
    "oil-prices-opec-2030-05-08", n="markets", sec_path="economy", cat="Economy"),
  ]))


# ---------------------------------------------------------------- 18304 NPR World (section page, HTML)
def r_npr(S):
    """NPR 'World' section page, HTML. Cards newest first: slug label (h3), title link (h2), teaser paragraph that opens with
    <time datetime="YYYY-MM-DD"><span class="date">May 10, 2030 &bull; </span></time> -- a date only, no time anywhere for the cards;
    some cards carry an audio module ('Listen · 3:52' / 'Queue'). Newsletter box after the third card."""
    z = S["zone"]
    out = ['<!doctype html>', '<html class="no-js" lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} : NPR</title>',
           '<meta name="description" content="Coverage of breaking stories, national and world news, politics, business, science, technology, and extended coverage of major national and world events.">',
           '<link rel="canonical" href="https://www.npr.org/sections/world/"></head>', '<body id="news" class="news">',
           '<a class="skip-link" href="#mainContent">Skip to main content</a>',
           '<header id="globalheader"><div class="npr-logo"><a href="/">NPR</a></div><nav class="navigation"><ul>'
           '<li><a href="/sections/news/">News</a></li><li><a href="/sections/culture/">Culture</a></li><li><a href="/music/">Music</a></li>'
           '<li><a href="/podcasts-and-shows/">Podcasts &amp; Shows</a></li><li><a href="/search/">Search</a></li><li><a href="/newsletters/">Newsletters</a></li>'
           '<li><a href="https://shop.npr.org/">NPR Shop</a></li></ul></nav><a class="donate" href="https://www.npr.org/donations/support">Donate</a>'
           '<div class="player-controls">Hourly News<span>Listen Live</span><span>My Playlist</span></div></header>',
           '<main id="mainContent"><section id="main-section"><header class="contentheader contentheader--one"><h1>'
           f'<a href="https://www.npr.org/sections/world/">{esc(S["title"])}</a></h1></header>', '<div id="overflow" class="list-overflow">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"https://www.npr.org/{d:%Y/%m/%d}/nx-s1-{5420117 + i * 3911}/{slugify(e['h'])}"
        card = (f'<article class="item has-image" id="res{hid(url, 9)}"><div class="item-image"><div class="imagewrap"><a href="{url}">'
                f'<img src="https://npr.brightspotcdn.com/dims3/default/strip/false/crop/6000x4000+0+0/resize/600/{hid(url + "i", 10)}.jpg" alt="{attr(e["alt"])}"></a></div></div>'
                f'<div class="item-info-wrap"><div class="item-info"><div class="slug-wrap"><h3 class="slug"><a href="https://www.npr.org/sections/{e["slug"].lower()}/">{esc(e["slug"])}</a></h3></div>'
                f'<h2 class="title"><a href="{url}">{esc(e["h"])}</a></h2>'
                f'<p class="teaser"><a href="{url}"><time datetime="{d:%Y-%m-%d}"><span class="date">{st} &bull; </span></time>{esc(" ".join(e["p"]))}</a></p></div>')
        if e.get("audio"):
            card += (f'<div class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen">'
                     f'<b class="audio-module-listen-inner"><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> '
                     f'<b class="audio-module-listen-duration"><span>&middot; </span>{e["audio"]}</b></b></b></button></div>'
                     '<button class="audio-module-queue">Queue</button></div>')
        card += '</div></article>'
        out.append(card)
        if i == 2:
            out.append('<aside class="newsletter-acquisition-callout"><h3>Up First</h3><p>Get the news you need to start your day, in your inbox every morning.</p>'
                       '<form><label>Email address</label><input type="email"><button type="submit">Subscribe</button></form>'
                       '<p class="disclaimer">See more subscription options</p></aside>')
    out += ['</div><div class="options__load-more"><button>Load more stories</button></div></section></main>',
            '<footer id="npr-footer"><div class="footer-links"><h3>Read &amp; Listen</h3><a href="/">Home</a> <a href="/sections/news/">News</a> '
            '<a href="/sections/culture/">Culture</a> <a href="/music/">Music</a> <a href="/podcasts-and-shows/">Podcasts &amp; Shows</a>'
            '<h3>Connect</h3><a href="/newsletters/">Newsletters</a> <a href="https://www.facebook.com/NPR/">Facebook</a> <a href="https://www.instagram.com/npr/">Instagram</a>'
            '<h3>About NPR</h3><a href="/about/">Overview</a> <a href="/ethics/">Diversity</a> <a href="/series/ethics/">Ethics</a>'
            f'<h3>Get Involved</h3><a href="/support/">Support Public Radio</a></div><p>&copy; {dt(S["entries"][0]["t"], z).year} npr</p>'
            '<p><a href="/about-npr/179878450/privacy-policy">Privacy</a> <a href="/about-npr/179876898/terms-of-use">Terms of Use</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18304", name="18304_npr-worldsection", ext="html", source="NPR", zone="America/New_York", render=r_npr,
  title="World",
  basis="date-only stamp '{s}' at the start of the teaser (machine form <time datetime=\"YYYY-MM-DD\">, no time anywhere for the card); NPR dates are US Eastern; published is the date only, {d}",
  notes="Imitates NPR's 'World' section page (npr.org/sections/world/). Cards newest first as NPR orders them: slug label (Europe, Africa, Asia, Latin America), h2 title, teaser paragraph that begins with the date 'May 10, 2030 • ' inside a <time datetime=\"2030-05-10\"> element. The page prints no time of day for any card, so published is date-only ('2030-05-10', as in the shared seed 002) and published_local carries the date only. No bylines on section cards (author null). Two cards carry an audio player ('Listen · 3:52', 'Queue'). 'Up First' newsletter box after the third card. 2 of 6 cards are not about the war.",
  not_entries=["'Skip to main content'", "global header: NPR logo, navigation, Donate, 'Hourly News / Listen Live / My Playlist' player",
               "section heading 'World'", "slug labels above the titles (Europe, Africa, Asia, Latin America)", "the date prefix 'May 10, 2030 • ' of each teaser (stamp, not body)",
               "audio modules 'Listen · 3:52' and 'Queue'", "'Up First' newsletter box after the third card", "'Load more stories'", "footer link lists and copyright"],
  entries=[
  E("2030-05-10", "Russian strike on Sloviansk apartment building kills 5, including a child",
    ["A guided bomb tore through the upper floors of a nine-story building in the eastern Ukrainian city on Friday morning, regional officials said. Rescuers were still searching for two people."],
    "strikes", "strikes", 3, "sloviansk-apartment-strike-2030-05-10", slug="Europe", alt="Rescuers at a damaged apartment building in Sloviansk.",
    n="deadly strike"),
  OFF("2030-05-10", "Malawi's maize harvest is the best in a decade. Farmers still can't sell it",
    ["Bumper crops have collapsed prices, and government buyers have run out of money to purchase the surplus."],
    "malawi-maize-harvest-2030-05-10", slug="Africa", alt="A farmer sorting maize cobs in central Malawi.", audio="3:52", n="agriculture"),
  E("2030-05-10", "EU agrees new sanctions aimed at Russian LNG and regional banks",
    ["The package, the bloc's 24th since 2022, bans transshipment of Russian liquefied natural gas through European ports from next year and cuts off 19 more Russian lenders from the SWIFT messaging system."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-banks-2030-05-10", slug="Europe", alt="Tankers at an LNG terminal.",
    n="EU sanctions package"),
  E("2030-05-10", "Ukraine's railroads keep running under fire. Meet the crews who fix the tracks",
    ["Repair teams from Ukrzaliznytsia often reach a damaged line within hours of a strike, working under the threat of a second attack."],
    "other", "humanitarian", 2, "ukraine-railway-repair-crews-feature-2030-05-10", slug="Europe", alt="A railway crew replacing a section of track.",
    audio="7:41", n="feature about civilian life under attack"),
  OFF("2030-05-10", "Chile's Atacama desert blooms after rare heavy rain",
    ["Scientists say the flowering, which draws thousands of visitors, is happening more often as Pacific weather patterns shift."],
    "atacama-desert-bloom-2030-05-10", slug="Latin America", alt="Purple flowers covering the Atacama desert.", n="nature"),
  E("2030-05-10", "Russia says it has taken a town in eastern Ukraine. Kyiv says the fight goes on",
    ["Russia's Defense Ministry claimed the capture of Siversk, a town its forces have attacked for months. Ukraine's military said its troops still held positions on the western edge."],
    "other", "frontline", 2, "siversk-capture-claim-2030-05-10", slug="Europe", alt="Smoke over the outskirts of Siversk.", n="territorial claim"),
  ]))


# ---------------------------------------------------------------- 18305 Sky News World (live page, text scrape)
def r_sky_live(S):
    """Sky News live page, text scrape: masthead and one-item-per-line navigation, live title, standfirst, updated stamp
    'Sunday 12 May 2030 20:45, UK', 'Key points' (post headlines), 'Live reporting by NAME'; posts newest first: 'HH:MM' line,
    optional 'Breaking' label, headline, optional 'NAME, role' line, body; video posts print only the player notice."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    L = ["Skip to content", "Sky News - back to home", "Watch Live", "", "Home", "UK", "Politics", "World", "US", "Money", "Climate",
         "Science & Tech", "Ents & Arts", "Offbeat", "Analysis", "Data & Forensics", "Videos", "Weather", "More", "", S["title"], "", S["lede"], "",
         f"{WEEKDAYS[upd.weekday()]} {upd.day} {MONTHS[upd.month - 1]} {upd.year} {upd:%H:%M}, UK", "", "Why you can trust Sky News", "",
         "Key points"] + [e["h"] for e in S["entries"] if e["kp"]] + [f"Live reporting by {S['byline']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + (["Breaking"] if e.get("breaking") else []) + [e["h"]]
        if e.get("role"):
            L.append(f"{e['a']}, {e['role']}")
        L.append("")
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["Please use Chrome browser for a more accessible video player", "", e["vid"], ""]
        if i == 2:
            L += ["Sky News Daily", "Listen to the Sky News Daily on Apple Podcasts, Spotify and YouTube", ""]
        if i == 5:
            L += ["Read more:", S["more1"], S["more2"], ""]
    L += ["Load more updates", "", "Sky News", "About Sky News", "About Us", "Sky News International", "Sky News Library Sales", "Site Map",
          "Editorial Guidelines", "Sky News Board", "Terms & Conditions", "Privacy & Cookies", "Accessibility", f"© {upd.year} Sky UK"]
    return "\n".join(L) + "\n", stamps


SKYB = "Eliza Thorne"
SEEDS.append(dict(
  id="18305", name="18305_skynews-livepage", ext="txt", source="Sky News", zone="Europe/London", render=r_sky_live,
  title="Ukraine war latest: Russia fires more than 300 drones at western Ukraine; Zelenskyy meets Nordic and Baltic leaders",
  lede="Russia launched one of its largest air attacks of the year overnight, targeting energy sites in western Ukraine. Meanwhile, Volodymyr Zelenskyy has been in Vilnius to discuss air defence with Nordic and Baltic leaders.",
  updated="2030-05-12 20:45", byline=SKYB,
  more1="Inside the factory racing to build Ukraine's interceptor drones", more2="Why the Baltic states are digging anti-tank ditches",
  basis="bare post time '{s}' (UK time, BST = UTC+1 in May) on the live page updated 'Sunday 12 May 2030 20:45, UK'; local {d} in {z}",
  notes="Imitates a Sky News live page ('Ukraine war latest') copied as text. Header: navigation one item per line, title, standfirst, updated stamp 'Sunday 12 May 2030 20:45, UK', 'Why you can trust Sky News', a 'Key points' block listing three post headlines (key_point true, importance 3), then 'Live reporting by Eliza Thorne'. Posts newest first: bare 'HH:MM' line (UK time), an optional 'Breaking' label, headline, optional 'NAME, role' line for correspondents and analysts, body. Posts without their own byline take the page's live reporter as author; correspondent lines give the name without the role. 18305-02 is a 'Watch:' video post whose only text is the player notice 'Please use Chrome browser for a more accessible video player' and a duration (importance 1). Podcast promo after the third post, 'Read more:' links after the sixth.",
  not_entries=["'Skip to content', 'Sky News - back to home', 'Watch Live'", "navigation items one per line (Home ... More)", "page title and standfirst",
               "updated stamp 'Sunday 12 May 2030 20:45, UK'", "'Why you can trust Sky News'", "'Key points' header (its three lines are the headlines of 18305-04, 18305-06 and 18305-08)",
               "'Live reporting by Eliza Thorne'", "'Breaking' label", "correspondent/analyst lines 'NAME, role' (author, not body)",
               "video player notice 'Please use Chrome browser for a more accessible video player' and the '1:12' duration",
               "Sky News Daily podcast promo after the third post", "'Read more:' block with two related links after the sixth post", "'Load more updates'", "footer links"],
  entries=[
  E("2030-05-12 20:40", "Lviv region toll rises to four",
    ["A fourth person has died in hospital after this morning's strike on an energy facility near Stryi, the head of Lviv's regional military administration says.",
     "The man, a 52-year-old maintenance worker, had been pulled from the site with severe burns."],
    "strikes", "strikes", 3, "lviv-region-energy-strike-2030-05-12", a=SKYB, breaking=True, n="toll 4"),
  E("2030-05-12 19:15", "Watch: Drone footage shows damage at Lviv region energy site", [],
    "strikes", "strikes", 1, "lviv-region-energy-strike-2030-05-12", a=SKYB, vid="1:12", n="video teaser without body"),
  E("2030-05-12 17:50", "Analysis: Why Russia saves its missiles for the big nights",
    ["Last night's attack fits a pattern we have seen all spring: weeks of drone-only raids, then a single night where missiles and drones arrive together.",
     "Russia is producing more cruise and ballistic missiles than a year ago, but it is spending them more carefully. By stacking them into one wave, it forces Ukraine to choose which cities to protect.",
     "The risk for Kyiv is that every big night uses up interceptors that take months to replace."],
    "strikes", "strikes", 2, "sky-analysis-russian-missile-salvos-2030-05-12", a="Jonah Pemberton", role="military analyst",
    n="theme piece (analysis) about the attack pattern; its own story"),
  E("2030-05-12 16:05", "Zelenskyy meets Nordic-Baltic leaders in Vilnius",
    ["Volodymyr Zelenskyy has held talks with the leaders of eight Nordic and Baltic countries in the Lithuanian capital, where he asked them to fund two more Patriot batteries.",
     "The leaders said in a joint statement they would \"look urgently\" at the request and would meet again before the NATO summit in July."],
    "diplomacy", "diplomacy", 3, "zelenskyy-nordic-baltic-summit-vilnius-2030-05-12", a="Marcus Kell", role="Europe correspondent, in Vilnius", sec=["aid"],
    kp=True, n="head-of-state summit; Key Points"),
  E("2030-05-12 13:30", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry says its troops have taken the village of Berestok, south of the city of Kostiantynivka in the Donetsk region.",
     "Ukraine's military has not commented. Sky News has not been able to verify the claim."],
    "other", "frontline", 2, "berestok-capture-claim-2030-05-12", a=SKYB),
  E("2030-05-12 11:10", "Three killed in Lviv region as energy sites hit",
    ["Three people were killed when a missile hit an energy facility near the town of Stryi, in the Lviv region, the regional governor has said.",
     "Another strike damaged a substation outside Drohobych, leaving about 60,000 households without power."],
    "strikes", "strikes", 3, "lviv-region-energy-strike-2030-05-12", a=SKYB, kp=True, n="toll 3; Key Points"),
  E("2030-05-12 09:25", "Poland scrambles jets as Russian attack nears its border",
    ["Poland's operational command says it scrambled fighter jets and put ground-based air defence on the highest alert while Russia attacked western Ukraine.",
     "It said no Polish airspace had been violated."],
    "other", "security", 2, "poland-scrambles-jets-2030-05-12", a=SKYB),
  E("2030-05-12 07:40", "Russia launches 310 drones and 14 missiles in overnight attack",
    ["Ukraine's air force says Russia fired 310 drones and 14 missiles overnight, most of them at targets in the west of the country.",
     "It says 271 drones and 11 missiles were shot down or jammed."],
    "strikes", "strikes", 3, "russian-mass-attack-western-ukraine-2030-05-12", a=SKYB, kp=True, n="massive combined attack; Key Points"),
  ]))


# ---------------------------------------------------------------- 18306 Euronews (topic page, text scrape)
def r_euronews(S):
    """Euronews topic page ('War in Ukraine'), text scrape: masthead 'euronews.', one-per-line navigation, topic heading and blurb;
    cards newest first: category, headline, standfirst, optional 'By NAME', 'DD/MM/YYYY - HH:MM GMT+2'; video cards print a
    duration instead of text; ADVERTISEMENT markers and a 'Most viewed' list."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "euronews.", "", "Europe", "World", "Business", "Green", "Next", "Health", "Travel", "Culture", "Video",
         "Programs", "Live", "", "Search", "Newsletters", "EN", "", S["title"], S["lede"], "", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); off = int(d.utcoffset().total_seconds() // 3600)
        st = f"{d:%d/%m/%Y - %H:%M} GMT{off:+d}"; stamps.append(st)
        L += [e["cat"], e["h"]]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += [e["dur"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [st, ""]
        if i in (1, 4):
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Most viewed"] + S["most"] + ["", "Browse today's tags"] + S["tags"] + ["", "About Euronews", "Contact", "Privacy policy",
          "Cookie policy", "Terms and conditions", f"Copyright © euronews {dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="18306", name="18306_euronews-topicpage", ext="txt", source="Euronews", zone="Europe/Brussels", render=r_euronews,
  title="War in Ukraine", lede="All the latest news, analysis and video on Russia's war in Ukraine.",
  most=["Five things to know before the European elections week", "Why Greek islands are rationing water again", "The EU's new rules for travellers, explained"],
  tags=["Russia", "Ukraine", "Kremlin", "European Union", "Refugees"],
  basis="card stamp '{s}' (day/month/year, zone printed as GMT+2 = CEST); local {d} in {z}",
  notes="Imitates a Euronews topic page ('War in Ukraine') copied as text (the brief lists Euronews as RSS; a topic page was used to meet the 3 txt / 3 html / 4 xml mix, see README). Cards newest first: category label (Europe, World, Video), headline, one standfirst paragraph, optional 'By NAME' ('By Euronews with AP' kept as printed, as in the shared seed 002), then 'DD/MM/YYYY - HH:MM GMT+2'. 18306-06 is a 'Watch:' video card with only a duration '01:24' (importance 1). ADVERTISEMENT markers after the second and fifth cards; 'Most viewed' and tag lists at the bottom.",
  not_entries=["'Skip to main content', 'euronews.' masthead", "navigation items one per line", "'Search', 'Newsletters', 'EN'",
               "topic heading 'War in Ukraine' and its blurb", "'Latest'", "category labels above the headlines (Europe, World, Video)", "'By NAME' lines (author, not body)",
               "'ADVERTISEMENT' markers", "video duration '01:24'", "'Load more'", "'Most viewed' list (three unrelated headlines)", "tag list", "footer"],
  entries=[
  E("2030-05-14 20:15", "Russian strike on Izium kills two rescuers in 'double-tap' attack",
    ["Two emergency workers were killed and four injured when a second missile hit the same street in Izium where they were putting out a fire, Ukraine's State Emergency Service said."],
    "strikes", "strikes", 3, "izium-double-tap-strike-2030-05-14", a="Chiara Lenzi", cat="Europe", n="deadly strike"),
  E("2030-05-14 18:40", "EU defence ministers back plan to buy a million shells for Ukraine by 2031",
    ["Defence ministers meeting in Brussels endorsed a joint procurement scheme worth up to €9 billion, with deliveries starting next spring."],
    "aid", "aid", 3, "eu-million-shells-plan-2030-05-14", a="Euronews with AP", cat="Europe", n="major aid"),
  E("2030-05-14 16:05", "Temporary protection for Ukrainian refugees in the EU extended to 2032",
    ["The decision gives about 4.1 million people who fled the war two more years of the right to live, work and study in the bloc."],
    "other", "humanitarian", 2, "eu-temporary-protection-extension-2030-05-14", a="Pieter Vandamme", cat="Europe", n="refugees"),
  E("2030-05-14 13:20", "Kremlin says Putin would meet Zelenskyy 'only in Moscow'",
    ["Kremlin spokesman Dmitry Peskov said a meeting between the two presidents was possible but dismissed proposals to hold it in Istanbul or Geneva."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-zelenskyy-meeting-moscow-2030-05-14", a="Euronews with AP", cat="Europe"),
  E("2030-05-14 10:45", "Ukraine says it pushed Russian troops back from outskirts of Kupiansk",
    ["Ukraine's army said on Tuesday that its units had cleared two villages north of Kupiansk after a week of fighting, a claim Moscow did not address."],
    "other", "frontline", 2, "kupiansk-counterattack-2030-05-14", a=None, cat="World"),
  E("2030-05-14 08:10", "Watch: Deminers clear farmland in Ukraine's Kharkiv region", [],
    "other", "humanitarian", 1, "kharkiv-region-demining-video-2030-05-14", a=None, cat="Video", dur="01:24", n="video teaser without body"),
  ]))


# ---------------------------------------------------------------- 18307 CNBC World (live updates page, HTML)
def r_cnbc_live(S):
    """CNBC live-updates article, HTML: header, eyebrow 'World Politics', h1, 'Published ... / Updated ...' stamps, author,
    'Key Points' summary bullets (not post headlines), intro; posts newest first: 'Thu, May 16 2030 2:35 PM EDT', h2 title, body,
    '— NAME' signature; NewsArticle JSON-LD with page-level dates only."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z) + timedelta(minutes=6)
    cn = lambda d: f"{WEEKDAYS[d.weekday()][:3]}, {MON3[d.month - 1]} {d.day} {d.year} {h12(d)} {d.tzname()}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "articleSection": "World Politics",
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.cnbc.com/" + slugify(S["byline"]) + "/"}],
          "publisher": {"@type": "Organization", "name": "CNBC", "logo": {"@type": "ImageObject", "url": "https://sc.cnbcfm.com/applications/cnbc.com/staticcontent/img/cnbc_logo.gif"}},
          "keywords": "Ukraine,Russia,Europe News,World Politics,Breaking News: World"}
    out = ['<!DOCTYPE html>', '<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="GlobalNavigation"><a class="GlobalNavigation-logo" href="/">CNBC</a><nav><a href="/markets/">Markets</a> <a href="/business/">Business</a> '
           '<a href="/investing/">Investing</a> <a href="/technology/">Tech</a> <a href="/politics/">Politics</a> <a href="/live-tv/">Video</a> '
           '<a href="/watchlist/">Watchlist</a> <a href="/investingclub/">Investing Club</a> <a href="/pro/">PRO</a> <a href="/live-tv/">Livestream</a></nav>'
           '<a class="SignInMenu" href="#">Sign In</a> <a href="#">Create free account</a></header>',
           '<div class="MarketsBanner">DOW FUT <span>+0.21%</span> S&amp;P FUT <span>+0.18%</span> NASDAQ FUT <span>+0.30%</span></div>',
           '<div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" href="/world-politics/">World Politics</a>',
           f'<h1 class="ArticleHeader-headline">{esc(S["title"])}</h1>',
           f'<div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="{first.isoformat()}">Published {cn(first)}</time> '
           f'<time data-testid="lastpublished-timestamp" datetime="{last.isoformat()}">Updated {cn(last)}</time></div>',
           f'<div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/{slugify(S["byline"])}/">{esc(S["byline"])}</a> '
           f'<a class="Author-authorTwitter" href="#">@{S["handle"]}</a></div>',
           '<div class="ShareBar"><a>Share Article via Facebook</a> <a>Share Article via Twitter</a> <a>Share Article via LinkedIn</a> <a>Share Article via Email</a></div></div>',
           '<div class="RenderKeyPoints-keyPoints"><h2 class="RenderKeyPoints-title">Key Points</h2><ul>' +
           "".join(f'<li>{esc(k)}</li>' for k in S["keypoints"]) + '</ul></div>',
           f'<div class="group"><p>{esc(S["lede"])}</p></div>', '<div class="LiveBlogBody-container">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = cn(d); stamps.append(st)
        out.append(f'<div class="LiveBlogPost-container" id="{hid(e["h"], 12)}"><div class="LiveBlogPost-time"><time datetime="{d.isoformat()}">{st}</time></div>'
                   f'<h2 class="LiveBlogPost-title">{esc(e["h"])}</h2><div class="group">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   (f'<p>— {esc(e["sig"])}</p>' if e.get("sig") else "") + '</div></div>')
        if i == 2:
            out.append('<div class="InlineVideo-container"><span class="InlineVideo-label">VIDEO</span><span>03:08</span>'
                       f'<span class="InlineVideo-title">{esc(S["video"])}</span></div>')
    out += ['</div>', '<div class="RelatedContent"><h3>Related</h3>' + "".join(f'<a href="#">{esc(r)}</a>' for r in S["related"]) + '</div>',
            '<footer class="Footer"><a>Subscribe to CNBC PRO</a> <a>Licensing &amp; Reprints</a> <a>CNBC Councils</a> <a>Supplier Diversity</a> '
            '<a>Join the CNBC Panel</a> <a>Closed Captioning</a> <a>Digital Products</a> <a>News Releases</a> <a>Internships</a> <a>Corrections</a> '
            '<a>About CNBC</a> <a>Ad Choices</a> <a>Site Map</a> <a>Podcasts</a> <a>Careers</a> <a>Help</a> <a>Contact</a>'
            f'<p>© {last.year} CNBC LLC. All Rights Reserved. A Division of NBCUniversal</p>'
            '<p>Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


CNB = "Sophie Kettering"
SEEDS.append(dict(
  id="18307", name="18307_cnbc-liveupdates", ext="html", source="CNBC", zone="America/New_York", render=r_cnbc_live,
  title="Russia-Ukraine war live updates: Kyiv signs interceptor deal with U.S. firm; deadly strike on Kramatorsk",
  url="https://www.cnbc.com/2030/05/16/russia-ukraine-war-live-updates.html", start="2030-05-16 01:15", byline=CNB, handle="SKETTERINGCNBC",
  keypoints=["Ukraine has agreed to co-produce air defense interceptors with an American defense contractor in a deal worth about $2.5 billion.",
             "A Russian missile strike killed four people in the eastern city of Kramatorsk, local officials said."],
  lede="This was CNBC's live blog tracking developments on the war in Ukraine. See below for the latest updates.",
  video="How Europe's defense stocks became the market's hottest trade",
  related=["Europe's defense spending boom is reshaping its bond markets", "Russia's budget deficit widens as oil revenue falls"],
  basis="post stamp '{s}' (weekday, date, year, 12-hour clock, EDT printed = UTC-4); local {d} in {z}",
  notes="Imitates a CNBC live-updates article (World Politics). Header with 'Published Thu, May 16 2030 1:15 AM EDT' and 'Updated ...' stamps, author with social handle, share bar, a 'Key Points' block whose two bullets are summary sentences, not post headlines (so key_point is false for every post), intro line. Posts newest first: 'Thu, May 16 2030 2:35 PM EDT', h2 title, body, signature '— NAME' (author; '— Reuters' kept as the author 'Reuters' because it is the post's only credit). NewsArticle JSON-LD carries page-level dates only. Inline video promo after the third post; related links and a long footer.",
  not_entries=["global navigation, markets banner, sign-in links", "eyebrow 'World Politics'", "page title", "'Published ...' and 'Updated ...' page stamps",
               "author name and social handle", "share bar", "'Key Points' block with two summary bullets (not post headlines)", "intro line 'This was CNBC's live blog ...'",
               "'— NAME' signatures (author, not body)", "inline 'VIDEO 03:08' promo after the third post", "'Related' links", "footer"],
  entries=[
  E("2030-05-16 14:35", "Ukrainian drones hit Russia's Primorsk oil port; Brent rises 2%",
    ["Ukrainian long-range drones struck fuel loading facilities at the Baltic port of Primorsk overnight into Thursday, the governor of Russia's Leningrad region said, reporting a fire at one berth.",
     "Brent crude futures rose about 2% to $78.40 a barrel by midday in New York as traders weighed the risk to Russian seaborne exports."],
    "strikes", "strikes", 2, "primorsk-oil-port-drone-strike-2030-05-16", a=CNB, sig=CNB),
  E("2030-05-16 12:50", "Kremlin calls European peacekeeping proposal 'a non-starter'",
    ["Kremlin spokesman Dmitry Peskov said Moscow would not accept troops from NATO countries in Ukraine under any ceasefire arrangement, dismissing a plan discussed by European defense ministers this week."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-european-peacekeepers-2030-05-16", a="Reuters", sig="Reuters"),
  E("2030-05-16 10:05", "Ukraine signs $2.5 billion deal with U.S. defense firm to co-produce interceptors",
    ["Ukraine's defense ministry signed an agreement with a U.S. contractor to jointly manufacture air defense interceptor missiles in Ukraine and Poland, Defense Minister Denys Shmyhal said on Thursday.",
     "Production is expected to start in 2031, with the first batches funded by European loans, he added."],
    "aid", "aid", 3, "ukraine-us-interceptor-coproduction-deal-2030-05-16", a=CNB, sig=CNB, n="major arms contract"),
  E("2030-05-16 08:20", "Russian strike on Kramatorsk kills four, governor says",
    ["A Russian missile hit a residential area of Kramatorsk in eastern Ukraine on Thursday, killing four people and wounding 11, Donetsk regional governor Vadym Filashkin said on Telegram."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2030-05-16", a="Reuters", sig="Reuters", n="deadly strike"),
  E("2030-05-16 06:45", "UK sanctions Chinese firms it says supply drone engines to Russia",
    ["Britain imposed sanctions on nine companies in China and Hong Kong that it said had shipped engines and navigation modules used in Russian attack drones.",
     "China's foreign ministry said it firmly opposed unilateral sanctions."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-chinese-drone-engine-suppliers-2030-05-16", a="Dan Marchetti", sig="Dan Marchetti", n="targeted sanctions listing"),
  E("2030-05-16 04:10", "Ukraine says it downed 72 of 95 drones launched overnight",
    ["Russia launched 95 attack and decoy drones at Ukraine overnight, the Ukrainian air force said, adding that 72 were shot down or lost to electronic jamming."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-05-16", a=CNB, sig=CNB),
  E("2030-05-16 01:25", "Zelenskyy renews call for more Patriot systems",
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly address that Ukraine needed \"at least ten more\" Patriot batteries to protect its cities and power plants through the summer."],
    "aid", "aid", 2, "zelenskyy-patriot-appeal-2030-05-16", a=CNB, sig=CNB, sec=["strikes"], n="appeal for air defence"),
  ]))


# ---------------------------------------------------------------- 18308 ABC News (US) International (live updates page, HTML)
def r_abc_live(S):
    """ABC News live-updates page, HTML: header nav, 'LIVE UPDATES' badge, h1, page byline, 'Last Updated: May 18, 2030, 4:20 PM EDT';
    posts newest first: <time> 'May 18, 4:12 PM' (no year, no zone: the header gives both), h2 title, body, credit line
    '-ABC News' NAME and NAME'; share buttons per post."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>',
           '<meta property="og:site_name" content="ABC News"></head><body>',
           '<header class="Nav"><a class="Nav__Logo" href="/">ABC News</a><nav><a href="/video">Video</a> <a href="/live">Live</a> <a href="/shows">Shows</a> '
           '<a href="/elections">Elections</a> <a href="/US">U.S.</a> <a href="/Politics">Politics</a> <a href="/International">International</a> '
           '<a href="/Business">Business</a> <a href="/Technology">Tech</a> <a href="/Health">Health</a> <a href="/Entertainment">Entertainment</a> '
           '<a href="/Sports">Sports</a></nav><a class="Nav__Stream" href="/live">Stream on</a></header>',
           '<main><div class="LiveBlogHeader"><span class="Badge Badge--live">LIVE UPDATES</span>',
           f'<h1 class="LiveBlogHeader__Title">{esc(S["title"])}</h1>',
           f'<p class="LiveBlogHeader__Subtitle">{esc(S["lede"])}</p>',
           f'<div class="Byline"><span class="Byline__Author">By {esc(S["byline"])}</span></div>',
           f'<div class="LiveBlogHeader__Timestamp">Last Updated: {MONTHS[upd.month - 1]} {upd.day}, {upd.year}, {h12(upd)} {upd.tzname()}</div></div>',
           '<div class="LiveBlogFeed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {h12(d)}"; stamps.append(st)
        out.append(f'<article class="LiveBlogPost" id="post-{hid(e["h"], 8)}"><div class="LiveBlogPost__Timestamp"><time>{st}</time></div>'
                   f'<h2 class="LiveBlogPost__Headline">{esc(e["h"])}</h2><div class="LiveBlogPost__Body">' +
                   "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + f'<p>-ABC News\' {esc(e["a"])}</p></div>'
                   '<div class="LiveBlogPost__Share"><button>Copy link</button> <button>Share on Facebook</button> <button>Share on X</button></div></article>')
        if i == 1:
            out.append('<div class="Ad Ad--inline">Advertisement</div>')
        if i == 3:
            out.append(f'<aside class="RelatedVideo"><span>WATCH</span> <a href="/video">{esc(S["watch"])}</a> <span>2:47</span></aside>')
    out += ['</div><button class="LiveBlogFeed__More">Load more updates</button></main>',
            '<footer><a>About Us</a> <a>ABC News Live</a> <a>Contests</a> <a>Contact Us</a> <a>Do Not Sell or Share My Personal Information</a> '
            '<a>Privacy Policy</a> <a>Terms of Use</a> <a>Children\'s Online Privacy Policy</a> <a>Interest-Based Ads</a>'
            f'<p>© {upd.year} ABC News</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KYS = "kyiv-massive-strike-2030-05-18"
SEEDS.append(dict(
  id="18308", name="18308_abcnews-liveupdates", ext="html", source="ABC News", zone="America/New_York", render=r_abc_live,
  title="Russia-Ukraine live updates: Kyiv hit by massive daytime missile attack",
  lede="Russia launched dozens of missiles at the Ukrainian capital on Saturday morning.",
  byline="Oksana Hrytsenko, Brett Lowell, and Renata Szabo", updated="2030-05-18 16:20",
  watch="Drone video shows scale of damage in Kyiv",
  basis="post stamp '{s}' (no year and no zone printed on the post; the header 'Last Updated: May 18, 2030, 4:20 PM EDT' gives the year and US Eastern time, UTC-4); local {d} in {z}",
  notes="Imitates an ABC News (US) live-updates page in the International section. Header: 'LIVE UPDATES' badge, title, subtitle, page byline 'By Oksana Hrytsenko, Brett Lowell, and Renata Szabo', 'Last Updated: May 18, 2030, 4:20 PM EDT'. Posts newest first: <time> 'May 18, 4:12 PM' with neither year nor zone (both come from the header), h2 title, body, then ABC's credit line '-ABC News' NAME' (author = the name(s) as printed after \"ABC News'\"), share buttons. Advertisement slot after the second post, WATCH video promo after the fourth.",
  not_entries=["site navigation", "'LIVE UPDATES' badge", "page title and subtitle", "page byline 'By Oksana Hrytsenko, Brett Lowell, and Renata Szabo'",
               "'Last Updated: May 18, 2030, 4:20 PM EDT'", "credit lines '-ABC News' NAME' (author, not body)", "share buttons under each post",
               "'Advertisement' slot", "'WATCH' video promo with duration '2:47'", "'Load more updates'", "footer"],
  entries=[
  E("2030-05-18 16:12", "Kyiv death toll rises to 9",
    ["The number of people killed in Saturday's attack on Kyiv has risen to nine, including a 7-year-old boy, the head of the city's military administration said.",
     "At least 57 people were injured, 23 of them hospitalized."],
    "strikes", "strikes", 3, KYS, a="Oksana Hrytsenko", n="toll 9"),
  E("2030-05-18 13:40", "Zelenskyy says attack shows Russia 'does not want peace'",
    ["Ukrainian President Volodymyr Zelenskyy said the strike on Kyiv, which came as European envoys were in the city, showed that Moscow \"does not want peace and is mocking every effort to end this war.\"",
     "He again urged allies to send more air defense systems."],
    "strikes", "strikes", 3, KYS, a="Oksana Hrytsenko and Brett Lowell", sec=["diplomacy"], n="reaction whose content is the attack"),
  E("2030-05-18 11:05", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia's Ministry of Defense said its forces had captured the village of Maliivka in Ukraine's Dnipropetrovsk region. ABC News could not independently verify the claim."],
    "other", "frontline", 2, "maliivka-capture-claim-2030-05-18", a="Renata Szabo"),
  E("2030-05-18 08:30", "Kyiv strike kills at least 5, damages apartment buildings",
    ["At least five people were killed and dozens injured when Russian missiles struck residential areas in three districts of Kyiv on Saturday morning, city officials said.",
     "Ukraine's air force said Russia fired 38 missiles at the capital, including 12 ballistic missiles, and that 29 were shot down."],
    "strikes", "strikes", 3, KYS, a="Oksana Hrytsenko", n="toll 5"),
  E("2030-05-18 05:55", "Missile debris found in Moldova near Ukrainian border",
    ["Moldovan police said fragments of what appeared to be a missile were found in a field near the village of Naslavcea, close to the Ukrainian border. No one was hurt."],
    "strikes", "strikes", 2, "moldova-missile-debris-2030-05-18", a="Renata Szabo"),
  E("2030-05-18 04:05", "Explosions heard in Kyiv as air raid alert covers all of Ukraine",
    ["Powerful explosions were heard across Kyiv on Saturday morning shortly after Ukraine's air force warned of ballistic missiles heading for the capital, ABC News' team in the city reported."],
    "strikes", "strikes", 3, KYS, a="Brett Lowell", n="start of the attack"),
  ]))


# ---------------------------------------------------------------- 18309 Yahoo News (wire article page, text scrape)
def r_yahoo_ap(S):
    """Yahoo News page carrying an AP 'The Latest' article, text scrape: Yahoo header and navigation, 'Advertisement', title,
    provider 'Associated Press', byline, 'Updated Mon, May 20, 2030 at 3:02 PM EDT·5 min read', share line, photo caption,
    'KYIV, Ukraine (AP) — The latest on Russia's war in Ukraine. All times local:' then items newest first, each after '___':
    a bare AP time '9:40 p.m.' (Kyiv time) and the item text (no headlines)."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], "America/New_York")
    L = ["Yahoo News", "", "Search query", "Search", "Sign in", "Mail", "", "News", "Today's news", "US", "Politics", "World", "Tech", "Science",
         "Health", "Originals", "Newsletters", "", "Advertisement", "", S["title"], "", "Associated Press", S["byline"],
         f"Updated {WEEKDAYS[upd.weekday()][:3]}, {MONTHS[upd.month - 1]} {upd.day}, {upd.year} at {h12(upd)} {upd.tzname()}\u00b75 min read", "",
         "Link Copied", "", S["caption"], "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, dots=True); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", "", "Story continues", ""]
    L += ["___", "", S["follow"], "", "View comments", "", "Terms/Privacy Policy", "Privacy Dashboard", "", "Recommended Stories"] + S["recommended"] + \
         ["", f"Copyright © {upd.year} Yahoo. All rights reserved."]
    return "\n".join(L) + "\n", stamps


APB = "The Associated Press"
SEEDS.append(dict(
  id="18309", name="18309_yahoo-aplatest", ext="txt", source="Yahoo News", zone="Europe/Kyiv", render=r_yahoo_ap,
  title="The Latest: Drone strike kills 2 near Marhanets as Ukraine moves to extend martial law",
  byline=APB, updated="2030-05-20 15:02",
  caption="Firefighters work at the site of a drone strike in the Dnipropetrovsk region of Ukraine, Monday, May 20, 2030. (AP Photo/Dmytro Horban)",
  intro="KYIV, Ukraine (AP) — The latest on Russia's war in Ukraine. All times local:",
  follow="Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine",
  recommended=["Storms knock out power to thousands across Texas", "What to know about the new rules for airline refunds", "Wildfire smoke prompts air quality alerts in Minnesota"],
  basis="bare AP item time '{s}' under the article's 'All times local' note with the dateline 'KYIV, Ukraine (AP)' (Kyiv time, EEST = UTC+3); the date comes from the page's 'Updated Mon, May 20, 2030 ...' line (at 3:02 PM EDT it is 22:02 on the same day in Kyiv); local {d} in {z}",
  notes="Imitates an AP 'The Latest' article as republished on Yahoo News, copied as text. Yahoo header/navigation, 'Advertisement', title, provider 'Associated Press', byline 'The Associated Press', 'Updated Mon, May 20, 2030 at 3:02 PM EDT·5 min read' (US Eastern, the reader's zone), 'Link Copied', photo caption, then 'KYIV, Ukraine (AP) — The latest on Russia's war in Ukraine. All times local:'. Items newest first, separated by '___', each a bare time '9:40 p.m.' (Kyiv time, by the 'All times local' note and the Kyiv dateline) followed by text; items have no headlines (headline null; first sentence anchors the entry). No per-item bylines: the page byline 'The Associated Press' (a desk credit, kept as printed) is every item's author. Yahoo 'Advertisement / Story continues' break after the third item; AP's closing 'Follow AP's coverage ...' line; Yahoo footer and recommended stories.",
  not_entries=["Yahoo header, search and navigation", "'Advertisement' markers and 'Story continues'", "article title", "provider 'Associated Press' and byline 'The Associated Press'",
               "'Updated Mon, May 20, 2030 at 3:02 PM EDT·5 min read'", "'Link Copied'", "photo caption with '(AP Photo/Dmytro Horban)'",
               "intro line 'KYIV, Ukraine (AP) — The latest on Russia's war in Ukraine. All times local:'", "'___' separators", "closing line 'Follow AP's coverage of the war at ...'",
               "'View comments', 'Terms/Privacy Policy', 'Privacy Dashboard'", "'Recommended Stories' (three unrelated headlines)", "copyright line"],
  entries=[
  E("2030-05-20 21:40", None,
    ["MARHANETS, Ukraine — A Russian drone struck a minibus on the road between Marhanets and Nikopol on Monday evening, killing two people and wounding four, the regional governor said.",
     "Both towns lie across the Dnipro River from positions held by Russian troops and are shelled almost daily."],
    "strikes", "strikes", 3, "marhanets-minibus-drone-strike-2030-05-20", a=APB, n="deadly strike; no headline"),
  E("2030-05-20 18:15", None,
    ["Russia's Foreign Ministry said it would expel two Finnish diplomats in response to Helsinki's decision last week to expel two Russian embassy staff accused of spying.",
     "The diplomats have until Friday to leave the country."],
    "diplomacy", "diplomacy", 2, "russia-expels-finnish-diplomats-2030-05-20", a=APB, n="expulsions; no headline"),
  E("2030-05-20 15:50", None,
    ["Ukrainian President Volodymyr Zelenskyy submitted bills to parliament to extend martial law and general mobilization for another 90 days.",
     "Lawmakers are expected to vote later this week. The current period expires at the end of May."],
    "other", "politics", 2, "ukraine-martial-law-extension-bills-2030-05-20", a=APB, n="no headline"),
  E("2030-05-20 13:05", None,
    ["Denmark will pay for the production of 30 more Bohdana self-propelled howitzers in Ukraine, the Danish Defense Ministry said, bringing the total it has financed to more than 100.",
     "The howitzers are built by Ukrainian manufacturers with Danish money under a scheme several other European countries have since copied."],
    "aid", "aid", 2, "denmark-bohdana-howitzers-2030-05-20", a=APB, n="no headline"),
  E("2030-05-20 10:20", None,
    ["Russian-installed officials in the occupied part of Ukraine's Donetsk region said three people were killed when Ukrainian drones hit a market in the town of Horlivka."],
    "strikes", "strikes", 3, "horlivka-market-drone-strike-2030-05-20", a=APB, n="deadly strike (claimed by Russian-installed officials); no headline"),
  E("2030-05-20 07:45", None,
    ["Ukraine's air force said Russia launched 64 drones and two ballistic missiles overnight, and that 49 of the drones were shot down or jammed.",
     "Damage was reported in the Sumy and Chernihiv regions, but no casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-05-20", a=APB, n="no headline"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-05-23 (UTC, Thursday), day 2 = 2030-05-24 (Friday), day 3 = 2030-05-28 (Tuesday).

def r_ldlive_kp(S):
    """HTML live blog, newest first, LiveBlogPosting JSON-LD with a correct per-update datePublished (local offset); dateline with
    the date; a 'Key Points' list of post headlines; each post: <time datetime> 'HH:MM', h2, 'By NAME', body."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "inLanguage": "en", "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/poland">Poland</a> <a href="/war">War in Ukraine</a> '
           '<a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/podcast">Podcast</a></nav></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]) + '</ul></section>',
           '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="p{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/war/air-defence">{esc(S["related"])}</a></aside>')
    out += ['</div><button class="more">Show earlier posts</button></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_text_ampm(S):
    """text live blog, oldest first: masthead, dateline with year, title, standfirst; each post: stamp line '8.20am BST',
    headline, body, signature '\u2014 NAME'; a video teaser prints '[Video, 0:58]' instead of text."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News | UK | World | Politics | Business | Culture | Sport", "", S["dateline"], S["title"], "", S["lede"], "",
         "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, upper=False, sep='.', space='')} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["vid"], ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Sign up to First Edition, our free morning newsletter", ""]
    L += ["This blog is now closed.", "", f"{S['source']} | About | Contact | Complaints | Terms of use"]
    return "\n".join(L) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> and <updated> ISO 8601 with the outlet's offset ('Z' for UTC); escaped-HTML content;
    optional author; category terms."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{S.get("lang", "en")}">',
           f'  <title>{esc(S["title"])}</title>', f'  <subtitle>{esc(S["lede"])}</subtitle>', f'  <link href="{S["url"]}/"/>',
           f'  <link rel="self" type="application/atom+xml" href="{S["url"]}/{S["feedpath"]}"/>', f'  <id>{S["url"]}/{S["feedpath"]}</id>',
           f'  <updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'  <rights>\u00a9 {S["source"]}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['  <entry>', f'    <title>{esc(e["h"])}</title>', f'    <link rel="alternate" type="text/html" href="{link}"/>',
                f'    <id>tag:{host},{d:%Y-%m-%d}:/{e.get("cat", "world").lower()}/{hid(e["h"], 7)}</id>', f'    <published>{st}</published>', f'    <updated>{st}</updated>']
        if e["a"]:
            out.append(f'    <author><name>{esc(e["a"])}</name></author>')
        out.append(f'    <category term="{e.get("cat", "World")}"/>')
        out.append('    <content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('  </entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has an author;
    with S['encoded']: a one-paragraph <description> teaser plus the full text in content:encoded (CDATA <p>); else a CDATA description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/{S["feedpath"]}" rel="self" type="application/rss+xml"/>',
           f'<language>{S.get("lang", "en")}</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>',
           '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{hid(e["h"], 6)}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("encoded"):
            out.append(f'<description>{esc(e["p"][0])}</description>')
            out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        else:
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


KR = "kryvyi-rih-missile-strike-2030-05-23"
NOR = "norway-nasams-funding-2030-05-23"
OVN1 = "overnight-drone-attack-2030-05-23"
KR_AN_H = "Analysis: Kryvyi Rih shows how thinly Ukraine's air defence is stretched"

# ---------------------------------------------------------------- 18320 Bielany Courier (day 1, HTML live + LiveBlogPosting, Key Points)
SEEDS.append(dict(
  id="18320", name="18320_bielany-htmllive", ext="html", source="Bielany Courier", zone="Europe/Warsaw", render=r_ldlive_kp,
  title="War in Ukraine live: missiles hit Kryvyi Rih at morning rush hour; Norway pays for NASAMS",
  url="https://www.bielanycourier.example/live/ukraine-2030-05-23", dateline="Thursday, 23 May 2030",
  lede="Live updates from our Warsaw newsroom on Russia's war against Ukraine and its impact on Poland.",
  related="How Poland's air defence tracks Russian missiles near the border",
  basis="visible '{s}' in <time> (Warsaw time; its datetime attribute and the LiveBlogPosting update carry the +02:00 offset) under the dateline 'Thursday, 23 May 2030'; local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry correct per-update datePublished values (+02:00). Cookie banner, LIVE badge, dateline, standfirst, then a 'Key Points' list naming two post headlines (18320-01 and 18320-03: key_point true). Each post: <time datetime> 'HH:MM', h2, 'By NAME', body, share links. 'Read also' box after the fourth post. Must-not-merge: the Saratov refinery strike (18320-05, a strike by the other side on the same day) vs the Kryvyi Rih strike; the Kryvyi Rih story is told across all four day-1 seeds (toll 3 -> 5 -> 7 here; spelled Kryvyi Rih).",
  not_entries=["cookie consent banner", "header and navigation", "'LIVE' badge", "page title (h1)", "dateline 'Thursday, 23 May 2030'", "standfirst",
               "'Key Points' list (its two lines are the headlines of 18320-01 and 18320-03)", "'By NAME' lines (author, not body)", "share links under each post",
               "'Read also' box after the fourth post", "'Show earlier posts' button", "footer"],
  entries=[
  E("2030-05-23 22:10", "Kryvyi Rih death toll rises to seven",
    ["Seven people are now confirmed dead after this morning's missile strike on Kryvyi Rih, Oleksandr Vilkul, the head of the city's military administration, said in the evening. Among them is a 15-year-old girl.",
     "Forty-one people were wounded, and nine of them remain in a serious condition."],
    "strikes", "strikes", 3, KR, a="Marta Zieli\u0144ska", kp=True, n="toll 7; Key Points"),
  E("2030-05-23 19:45", "Polish prosecutors charge two men with plotting sabotage on rail line to Ukraine",
    ["Prosecutors in Lublin charged two Belarusian citizens with preparing to damage signalling equipment on a railway line used to carry military aid to Ukraine, acting on orders from Russian intelligence.",
     "Both men were detained in April near the border town of Dorohusk and face up to ten years in prison."],
    "other", "security", 2, "poland-rail-sabotage-charges-2030-05-23", a="Pawe\u0142 Grabowski"),
  E("2030-05-23 17:20", "Norway to fund NASAMS systems for Ukraine in NOK 4.2 billion deal",
    ["Norway will spend 4.2 billion kroner, about \u20ac360 million, on two NASAMS air defence systems and missiles for Ukraine, its defence ministry said on Thursday.",
     "The systems will be built by Kongsberg and are due to be delivered before winter."],
    "aid", "aid", 3, NOR, a="Marta Zieli\u0144ska", kp=True, n="major air-defence funding; also in 18322; Key Points"),
  E("2030-05-23 15:05", "Zelensky on Kryvyi Rih: 'They chose the hour when children walk to school'",
    ["President Volodymyr Zelensky said the attack on his home city had been timed to cause the most harm, as the number of dead rose to five.",
     "\"Every Patriot that is still standing in a warehouse somewhere in Europe could have saved lives in Kryvyi Rih this morning,\" he wrote on Telegram."],
    "strikes", "strikes", 3, KR, a="Pawe\u0142 Grabowski", sec=["aid"], n="reaction whose content is the attack (toll 5) with an air-defence plea"),
  E("2030-05-23 12:30", "Ukrainian drones hit oil refinery in Russia's Saratov",
    ["A fire broke out at the oil refinery in Saratov after a Ukrainian drone attack overnight, the regional governor said, adding that debris had also damaged two houses nearby.",
     "Ukraine's General Staff confirmed that the refinery had been hit."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2030-05-23", a="Tomasz Lis\u0142awski",
    n="a strike by the other side on the same day (same theme, different event); must not merge with the Kryvyi Rih strike"),
  E("2030-05-23 10:50", "Missile strike on Kryvyi Rih kills three",
    ["Three people were killed and at least 20 wounded when Russian ballistic missiles hit a residential district and a trolleybus depot in Kryvyi Rih, local authorities said."],
    "strikes", "strikes", 3, KR, a="Tomasz Lis\u0142awski", n="toll 3"),
  E("2030-05-23 08:15", "Ukraine downs 61 of 88 drones launched overnight",
    ["Russia attacked Ukraine overnight with 88 drones, 61 of which were shot down or jammed, the Ukrainian air force said.",
     "Energy facilities in the Chernihiv and Sumy regions were hit, leaving tens of thousands of homes without power."],
    "strikes", "strikes", 3, OVN1, a="Marta Zieli\u0144ska", n="overnight attack; also in 18323 (two seeds of the day)"),
  ]))

# ---------------------------------------------------------------- 18321 Greyfriars Bulletin (day 1, text live, oldest first)
GB_KR1_P = ["Russian missiles struck Kryvyi Rih in central Ukraine during the morning rush hour, killing two people, according to the head of the city's military administration.",
            "Several apartment buildings were damaged and a trolleybus depot caught fire."]
SEEDS.append(dict(
  id="18321", name="18321_greyfriars-textlive", ext="txt", source="Greyfriars Bulletin", zone="Europe/London", render=r_text_ampm,
  title="Ukraine war live: deadly missile strike on Kryvyi Rih; EU signals accession talks step", dateline="Thursday 23 May 2030",
  lede="Russian ballistic missiles hit the central Ukrainian city during the morning rush hour; shelling in Nikopol; Kaja Kallas says the EU is ready to move on Ukraine's membership talks.",
  basis="stamp line '{s}' (12-hour clock with a dot, BST printed = UTC+1) above the headline, under the dateline 'Thursday 23 May 2030'; local {d} in {z}",
  notes="Invented outlet (London). Text live blog, oldest first. Each post: stamp line '8.20am BST', headline, body, signature '\u2014 NAME' (author). 18321-02 is a 'Watch:' teaser whose only content is '[Video, 0:58]' (importance 1). 18321-04 is a theme piece (analysis) that mentions the Kryvyi Rih strike but is its own story. 18321-05 repeats 18321-01 nearly verbatim with the stale toll of two (duplicate_of 18321-01). Must-not-merge: the Nikopol shelling (18321-03, same Dnipropetrovsk region, different event) vs the Kryvyi Rih strike.",
  not_entries=["masthead and navigation", "dateline 'Thursday 23 May 2030'", "page title", "standfirst", "'Show key events only' toggle",
               "signatures '\u2014 NAME' (author, not body)", "'[Video, 0:58]' placeholder in the teaser", "newsletter sign-up line after the third post",
               "closing line 'This blog is now closed.'", "footer"],
  entries=[
  E("2030-05-23 08:20", "Two killed as missiles strike Kryvyi Rih", GB_KR1_P,
    "strikes", "strikes", 3, KR, a="Hannah Kelso", n="toll 2"),
  E("2030-05-23 09:05", "Watch: Rescuers search collapsed building in Kryvyi Rih", [],
    "strikes", "strikes", 1, KR, a=None, vid="[Video, 0:58]", n="video teaser without body"),
  E("2030-05-23 10:30", "Shelling wounds two in Nikopol",
    ["Russian artillery shelled Nikopol, across the Dnipro from the occupied Zaporizhzhia nuclear plant, wounding two men and damaging a school, the Dnipropetrovsk regional administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2030-05-23", a="Hannah Kelso",
    n="same region (Dnipropetrovsk oblast), different and non-deadly event; must not merge with the Kryvyi Rih strike"),
  E("2030-05-23 12:15", KR_AN_H,
    ["Kryvyi Rih sits about 70 kilometres from the front line, close enough for a ballistic missile launched from occupied territory to arrive in under three minutes.",
     "Ukraine has placed its few Patriot batteries around Kyiv and the main power plants. Cities such as Kryvyi Rih, Sumy and Kharkiv rely mostly on older systems that cannot stop ballistic missiles, and on warnings that come too late.",
     "Until Europe's new interceptor factories start delivering next year, officials in Kyiv admit, there will be more mornings like this one."],
    "strikes", "strikes", 2, "analysis-ukraine-air-defence-stretch-2030-05-23", a="Owen Sallis",
    n="theme piece (analysis); mentions the Kryvyi Rih strike but is its own story; must not merge with it"),
  E("2030-05-23 13:40", "Two killed as missiles strike Kryvyi Rih",
    ["Russian missiles struck Kryvyi Rih in central Ukraine during the morning rush hour, killing two people, according to the head of the city's military administration.",
     "Several apartment blocks were damaged and a trolleybus depot caught fire."],
    "strikes", "strikes", 1, KR, a="Hannah Kelso", dup="18321-01", n="near-verbatim repeat of 18321-01 with the stale toll"),
  E("2030-05-23 15:20", "Kallas: EU ready to open first accession cluster with Ukraine in June",
    ["The EU's foreign policy chief, Kaja Kallas, said member states were ready to open the first cluster of accession negotiations with Ukraine at a conference in June, provided Hungary lifts its objections."],
    "diplomacy", "diplomacy", 2, "eu-accession-cluster-kallas-2030-05-23", a="Owen Sallis"),
  E("2030-05-23 18:50", "Kryvyi Rih toll climbs to six as two die in hospital",
    ["Two of the people wounded in this morning's strike on Kryvyi Rih have died in hospital, bringing the number of dead to six, city officials said. More than 40 people were hurt."],
    "strikes", "strikes", 3, KR, a="Hannah Kelso", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 18322 Harborlight Asia Wire (day 1, Atom world feed, Tokyo offset)
SEEDS.append(dict(
  id="18322", name="18322_harborlight-worldatom", ext="xml", source="Harborlight Asia Wire", zone="Asia/Tokyo", render=r_atom,
  title="Harborlight Asia Wire \u2013 World", url="https://www.harborlight-wire.example", feedpath="feeds/world.atom",
  lede="World news from an Asia-Pacific desk",
  basis="Atom <published> '{s}' (explicit +09:00 offset); local {d} in {z}",
  notes="Invented outlet (Tokyo, English-language). General world Atom feed, newest first, times in Japan time (+09:00): the two newest items are dated 24 May locally but fall on 23 May UTC. The war is a minority (4 of 6 items off-beat: Korean exports, Indian heat, Indonesian volcano, Japanese care-worker law). Spelling 'Krivoy Rog'; toll 8 in the newest item. Norway's NASAMS funding (18322-03) is the same event as 18320-03.",
  not_entries=["feed title, subtitle, links, id, updated and rights", "category terms"],
  entries=[
  E("2030-05-24 07:40", "Death toll in Ukraine's Krivoy Rog climbs to eight",
    ["The number of people killed by Thursday's Russian missile strike on the central Ukrainian city of Krivoy Rog rose to eight overnight, local officials said, as rescuers finished clearing the rubble of a five-storey building."],
    "strikes", "strikes", 3, KR, a="Kenji Matsuo", cat="Europe", n="spelling 'Krivoy Rog'; toll 8"),
  OFF("2030-05-24 06:15", "South Korea's exports rise for fifth month on chip demand",
    ["South Korean exports in the first 20 days of May rose 7.4% from a year earlier, customs data showed, led by semiconductors and ships."],
    "south-korea-exports-2030-05-24", a="Min-ji Park", cat="Business", n="trade data"),
  E("2030-05-23 23:50", "Norway pledges $400 million for Ukraine's air defence",
    ["Norway will pay for two NASAMS air defence systems for Ukraine, with deliveries expected before the end of the year, the Norwegian government said."],
    "aid", "aid", 3, NOR, a="Kenji Matsuo", cat="Europe", n="same event as 18320-03 (amount given in dollars)"),
  OFF("2030-05-23 20:05", "Heatwave grips northern India as temperatures near 48C",
    ["Authorities in Rajasthan and Haryana shortened school hours and warned outdoor workers to rest at midday as a heatwave tightened its grip."],
    "india-heatwave-2030-05-23", a="Arjun Mehta", cat="Asia", n="heatwave"),
  OFF("2030-05-23 15:30", "Indonesia's Lewotobi volcano erupts again, disrupting Bali flights",
    ["Several international flights to and from Bali were cancelled after Mount Lewotobi Laki-laki on Flores sent an ash column five kilometres into the sky."],
    "lewotobi-eruption-bali-flights-2030-05-23", a=None, cat="Asia", n="volcano"),
  OFF("2030-05-23 11:10", "Japan's upper house passes bill easing rules for foreign care workers",
    ["The law lets foreign care workers change employers after one year and bring their families to Japan after three."],
    "japan-foreign-care-workers-law-2030-05-23", a="Yui Nakagawa", cat="Asia", n="Japanese politics"),
  ]))

# ---------------------------------------------------------------- 18323 Dniprova Chronicle (day 1, RSS with content:encoded, Kyiv offset)
DC_RADA_H = "Rada backs bill on multiple citizenship for foreign volunteers"
DC_RADA_P = ["Ukraine's parliament passed in first reading a bill that would allow foreigners who have served at least three years in the Ukrainian armed forces to take citizenship without giving up their own.",
             "The bill needs a second vote and the president's signature to become law."]
SEEDS.append(dict(
  id="18323", name="18323_dniprova-newsrss", ext="xml", source="Dniprova Chronicle", zone="Europe/Kyiv", render=r_rss,
  title="Dniprova Chronicle \u2014 News", url="https://dniprova-chronicle.example", feedpath="rss/news.xml", encoded=True,
  lede="News from Dnipro and across Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset); local {d} in {z}",
  notes="Invented outlet (Dnipro, English-language). RSS 2.0, newest first, pubDate '+0300'; each item has a one-paragraph <description> teaser (the first paragraph) and the full text in content:encoded (body_paragraphs counts the content:encoded paragraphs). dc:creator on every item. Spelling 'Kryvyy Rih'. Must-not-merge: the Dutch interceptor-drone funding (18323-01) vs Norway's NASAMS funding (18320-03 / 18322-03), same aid theme, different donor and event. 18323-04 (power restored after the overnight drone attack) shares the story of 18320-07. 18323-03 is re-posted on day 2 by 18330.",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate, ttl", "category labels",
               "the <description> teaser of each item (repeats the first paragraph of content:encoded)"],
  entries=[
  E("2030-05-23 22:30", "Netherlands funds interceptor drones for Ukraine's air force",
    ["The Dutch government will spend \u20ac45 million on interceptor drones built by Ukrainian manufacturers, to be used against Shahed-type drones, the defence ministry in The Hague said.",
     "The first batch is to be delivered in July."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2030-05-23", a="Yulia Tkach",
    n="same aid theme as Norway's NASAMS funding, different donor and event; must not merge"),
  E("2030-05-23 17:10", "Kryvyy Rih: five killed, 38 wounded in ballistic missile strike",
    ["Five people were killed and 38 wounded when two Russian ballistic missiles hit Kryvyy Rih on Thursday morning, the regional military administration said.",
     "One missile struck a five-storey residential building, the other a trolleybus depot where drivers were starting their shifts.",
     "The city declared Friday a day of mourning."],
    "strikes", "strikes", 3, KR, a="Serhii Hnatiuk", n="spelling 'Kryvyy Rih'; toll 5"),
  E("2030-05-23 16:40", DC_RADA_H, DC_RADA_P, "other", "politics", 2, "rada-multiple-citizenship-bill-2030-05-23", a="Yulia Tkach"),
  E("2030-05-23 14:20", "Power restored to 40,000 homes after overnight drone attack",
    ["Energy workers restored electricity to about 40,000 households in the Chernihiv and Sumy regions that lost power after last night's Russian drone attack on substations, the energy ministry said."],
    "strikes", "strikes", 3, OVN1, a="Serhii Hnatiuk", n="aftermath of the overnight attack also reported in 18320-07"),
  E("2030-05-23 11:05", "Ukrainian forces repel assault near Lyman, General Staff says",
    ["Ukrainian troops repelled a Russian assault by two infantry companies backed by armoured vehicles near Lyman in the Donetsk region, the General Staff said in its morning update."],
    "other", "frontline", 2, "lyman-assault-repelled-2030-05-23", a="Yulia Tkach"),
  E("2030-05-23 09:55", "Explosions in Kryvyy Rih as air force warns of ballistic missiles",
    ["Loud explosions were heard in Kryvyy Rih minutes after the air force warned of a ballistic missile threat from the south, and the city's military administration urged residents to stay in shelters."],
    "strikes", "strikes", 3, KR, a="Serhii Hnatiuk", n="first report of the strike, no toll yet"),
  ]))


def r_text_dotline(S):
    """text live blog, newest first: masthead, date line with weekday but NO year, title, standfirst, a note on the time zone
    ('Kyiv time'); each post: one line 'HH:MM · Headline', body, 'Author: NAME'; an optional label line before re-posted items."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Kharkiv \u00b7 Ukraine \u00b7 War \u00b7 City \u00b7 Culture \u00b7 Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("label"):
            L.append(e["label"])
        L += [f"{st} \u00b7 {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Author: {e['a']}", ""]
        if i == 2:
            L += ["Support independent journalism from Kharkiv \u2014 become a patron", ""]
    L += ["Load earlier posts", "", f"{S['source']} \u00b7 About the newsroom \u00b7 Contacts \u00b7 Advertising"]
    return "\n".join(L) + "\n", stamps


def r_html_et(S):
    """HTML live blog without JSON-LD, oldest first: date header 'Friday, May 24, 2030'; each post: span '6:45 a.m. ET' (AP style),
    h3 headline, 'By NAME', body; a gallery teaser prints only '[Gallery: 9 photos]'."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title></head><body>',
           f'<header><a href="/" class="masthead">{esc(S["source"])}</a><nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Politics</a> '
           '<a>Business</a> <a>Opinion</a> <a>e-Edition</a></nav><a class="subscribe">Subscribe for $1</a></header>',
           f'<main><p class="kicker">World</p><h1>{esc(S["title"])}</h1>', f'<p class="updated">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, dots=True)} ET"; stamps.append(st)
        out.append(f'<div class="update"><span class="update-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="update-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="gallery-embed">{esc(e["gal"])}</div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['<p class="note">The Associated Press and Reuters contributed to this report.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact us \u00b7 Terms of service \u00b7 Privacy policy \u00b7 Your privacy choices</footer></body></html>']
    return "\n".join(out) + "\n", stamps


KH = "kharkiv-glide-bomb-strike-2030-05-24"
CHN = "sybiha-beijing-talks-2030-05-24"

# ---------------------------------------------------------------- 18330 Sloboda Evening News (day 2, text live, no year)
SEEDS.append(dict(
  id="18330", name="18330_sloboda-textlive", ext="txt", source="Sloboda Evening News", zone="Europe/Kyiv", render=r_text_dotline,
  title="Kharkiv live: glide bombs hit Saltivka market", dateline="Friday 24 May", parse_args=["--date", "2030-05-24"],
  lede="Our newsroom's running coverage of the day. All times are Kyiv time.",
  basis="'{s}' at the start of the headline line ('HH:MM \u00b7 Headline'), Kyiv time as the page says ('All times are Kyiv time'), under the date line 'Friday 24 May' (no year; parse_args gives 2030-05-24); local {d} in {z}",
  notes="Invented outlet (Kharkiv, English-language). Text live blog, newest first. Date line 'Friday 24 May' with no year anywhere on the page (parse_args --date 2030-05-24). The standfirst says 'All times are Kyiv time'. Each post is one line 'HH:MM \u00b7 Headline' (time and headline share the line), then body, then 'Author: NAME'. 18330-06 is a re-post of day-1 entry 18323-03, introduced by the label line 'From yesterday, via our partners at Dniprova Chronicle:' (same headline and text): importance 1, same story, duplicate_of null (the original is on another page). 18330-03 continues the day-1 Kryvyi Rih story (toll 9, funerals). Must-not-merge: the Chuhuiv drone attack (18330-02, same Kharkiv region, different non-deadly event) vs the Kharkiv glide-bomb strike.",
  not_entries=["masthead and section links", "page title", "date line 'Friday 24 May'", "standfirst with the time-zone note",
               "'Author: NAME' lines (author, not body)", "label line 'From yesterday, via our partners at Dniprova Chronicle:'",
               "patron appeal after the third post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2030-05-24 22:35", "Kharkiv: death toll from glide bomb attack rises to seven",
    ["A seventh person, a 68-year-old woman, has died in hospital after Russian glide bombs hit the Saltivka market, the head of the regional military administration, Oleh Syniehubov, said. Thirty-four people were wounded."],
    "strikes", "strikes", 3, KH, a="Dmytro Bilyk", n="toll 7"),
  E("2030-05-24 20:10", "Chuhuiv: drones damage gas pipeline, no casualties",
    ["Russian drones hit a gas distribution pipeline on the edge of Chuhuiv, south-east of Kharkiv, cutting supply to about 3,000 homes. No one was hurt, the town's mayor said."],
    "strikes", "strikes", 2, "chuhuiv-drone-attack-2030-05-24", a="Iryna Savelieva",
    n="same region (Kharkiv oblast), different and non-deadly event; must not merge with the Kharkiv city strike"),
  E("2030-05-24 18:05", "Kryvyi Rih buries its dead as toll reaches nine",
    ["Kryvyi Rih held the first funerals on Friday for victims of Thursday's missile strike, as the death toll rose to nine after a man pulled from the rubble died overnight."],
    "strikes", "strikes", 3, KR, a="Iryna Savelieva", n="day-2 continuation of the day-1 Kryvyi Rih strike: toll 9, funerals"),
  E("2030-05-24 16:40", "Kharkiv: four dead, 31 injured after bombs hit Saltivka market",
    ["Four people were killed and 31 injured when two guided aerial bombs struck a covered market in the Saltivka district at lunchtime, regional officials said.",
     "Firefighters needed three hours to put out the blaze that spread through the market's stalls."],
    "strikes", "strikes", 3, KH, a="Dmytro Bilyk", n="toll 4"),
  E("2030-05-24 14:15", "Terekhov: 'There was no military target there'",
    ["Kharkiv mayor Ihor Terekhov said the market hit by Russian bombs was full of shoppers and traders and that there was \"no military target within a kilometre\" of it.",
     "He said at least two people had been killed, a number that he expected to rise."],
    "strikes", "strikes", 3, KH, a="Dmytro Bilyk", n="the mayor's reaction, whose content is the attack itself"),
  E("2030-05-24 11:30", DC_RADA_H, DC_RADA_P, "other", "politics", 1, "rada-multiple-citizenship-bill-2030-05-23", a="Yulia Tkach",
    label="From yesterday, via our partners at Dniprova Chronicle:",
    n="re-post of day-1 entry 18323-03 (verbatim, from a partner outlet); importance 1, same story"),
  E("2030-05-24 08:20", "Overnight: air defence downs 40 of 57 drones",
    ["Air defence units shot down or jammed 40 of the 57 drones Russia launched at Ukraine overnight, the air force said. Two drones hit warehouses in the Kharkiv region without causing casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-05-24", a="Iryna Savelieva"),
  ]))

# ---------------------------------------------------------------- 18331 Chesapeake Ledger (day 2, HTML live, oldest first, 'a.m. ET')
CL_KH1_P = ["Russian guided bombs struck a busy market and shopping area in Kharkiv, Ukraine's second-largest city, on Friday afternoon, killing at least two people, local officials said."]
SEEDS.append(dict(
  id="18331", name="18331_chesapeake-htmllive", ext="html", source="Chesapeake Ledger", zone="America/New_York", render=r_html_et,
  title="Russia-Ukraine war: Deadly strike on Kharkiv market; Ukraine's top diplomat in Beijing", dateline="Friday, May 24, 2030",
  lede="Follow our live coverage of the war in Ukraine.",
  basis="update time '{s}' (AP-style 12-hour clock with 'ET' = US Eastern, EDT = UTC-4 in May) under the date line 'Friday, May 24, 2030'; local {d} in {z}",
  notes="Invented outlet (Baltimore). HTML live blog without JSON-LD, oldest first. Each update: '6:45 a.m. ET' time span, h3 headline, 'By NAME' line, body. 18331-02 is a 'Photos:' gallery teaser whose only content is '[Gallery: 9 photos]' (importance 1). 18331-05 repeats 18331-01 nearly verbatim (duplicate_of 18331-01). Must-not-merge: the Belgorod shelling report (18331-04, cross-border, other side) vs the Kharkiv strike. Closing note 'The Associated Press and Reuters contributed to this report.' is a sourcing line, not an author.",
  not_entries=["header, navigation and subscribe button", "kicker 'World'", "page title", "date line 'Friday, May 24, 2030'", "summary line",
               "'By NAME' lines (author, not body)", "'[Gallery: 9 photos]' placeholder", "'ADVERTISEMENT' after the fourth update",
               "closing note 'The Associated Press and Reuters contributed to this report.'", "footer"],
  entries=[
  E("2030-05-24 06:45", "Russian bombs hit Kharkiv shopping area, killing at least two", CL_KH1_P,
    "strikes", "strikes", 3, KH, a="Grace Whitlock", n="toll 2"),
  E("2030-05-24 07:30", "Photos: The aftermath in Kharkiv", [],
    "strikes", "strikes", 1, KH, a="Grace Whitlock", gal="[Gallery: 9 photos]", n="photo-gallery teaser without body"),
  E("2030-05-24 09:10", "Ukraine's foreign minister arrives in Beijing for talks with Wang Yi",
    ["Ukrainian Foreign Minister Andrii Sybiha arrived in Beijing for his first official visit to China, where he is due to meet Foreign Minister Wang Yi on Saturday to discuss Chinese exports of drone parts to Russia.",
     "It is the most senior Ukrainian visit to China since the full-scale invasion began."],
    "diplomacy", "diplomacy", 3, CHN, a="Nathan Oduya", n="ministerial visit; also in 18332"),
  E("2030-05-24 10:25", "Russia says Ukrainian shelling killed man in Belgorod region",
    ["The governor of Russia's Belgorod region said a man was killed when Ukrainian artillery hit a village near the border. Ukraine did not comment."],
    "strikes", "strikes", 2, "belgorod-region-shelling-2030-05-24", a="Nathan Oduya",
    n="cross-border neighbour on the same day (other side, other event); must not merge with the Kharkiv strike"),
  E("2030-05-24 11:50", "Russian bombs hit Kharkiv shopping area, killing at least two",
    ["Russian guided bombs struck a busy market and shopping area in Kharkiv, Ukraine's second-largest city, on Friday afternoon, killing at least two people, officials said."],
    "strikes", "strikes", 1, KH, a="Grace Whitlock", dup="18331-01", n="near-verbatim repeat of 18331-01"),
  E("2030-05-24 13:15", "Kharkiv toll rises to six; dozens hurt",
    ["Six people have been confirmed dead and 33 injured in the Russian strike on a Kharkiv market, according to the regional governor.",
     "Ukraine's air force said the bombs were dropped by aircraft flying over Russia's Belgorod region, out of reach of Ukrainian air defenses."],
    "strikes", "strikes", 3, KH, a="Grace Whitlock", n="toll 6"),
  E("2030-05-24 15:40", "House committee advances $6 billion Ukraine security package",
    ["The House Foreign Affairs Committee voted 31-18 to send a $6 billion security assistance package for Ukraine to the full House, setting up a floor vote as early as next month.",
     "The bill would pay mainly for air defense interceptors and artillery ammunition."],
    "aid", "aid", 3, "us-house-committee-ukraine-package-2030-05-24", a="Nathan Oduya", n="major aid step (funding decision in Congress)"),
  ]))

# ---------------------------------------------------------------- 18332 Fellside World Report (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="18332", name="18332_fellside-worldrss", ext="xml", source="Fellside World Report", zone="UTC", render=r_rss, gmt=True,
  title="Fellside World Report: World", url="https://www.fellside-world.example", feedpath="world/rss",
  lede="International news from the Fellside World Report desk",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet (Cumbria, UK). General world RSS feed, newest first, pubDate in GMT, CDATA descriptions, dc:creator on some items. The war is a minority (4 of 6 items off-beat: Iceland volcano, Bangladesh cyclone, Mexican debate, Chilean copper). Spelling 'Kharkov'; toll 7.",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate, ttl", "category labels"],
  entries=[
  E("2030-05-24 21:10", "Kharkov strike toll rises to seven",
    ["Seven people died after Russian aircraft dropped guided bombs on a market in Kharkov, Ukraine's second city, regional officials said late on Friday."],
    "strikes", "strikes", 3, KH, a="Rhiannon Gaskell", cat="Europe", n="spelling 'Kharkov'; toll 7"),
  OFF("2030-05-24 19:00", "Iceland volcano erupts again near Grindavik",
    ["Lava broke through the ground north of the fishing town of Grindavik for the thirteenth time in six years, but the town had already been evacuated."],
    "iceland-grindavik-eruption-2030-05-24", cat="Europe", n="volcano"),
  OFF("2030-05-24 16:30", "Bangladesh evacuates coastal districts as cyclone nears",
    ["More than 800,000 people were moved to shelters in south-western Bangladesh ahead of a cyclone expected to make landfall on Saturday."],
    "bangladesh-cyclone-evacuation-2030-05-24", a="Tanvir Hossain", cat="Asia", n="cyclone"),
  E("2030-05-24 13:20", "Ukraine's top diplomat holds talks in Beijing",
    ["Andrii Sybiha, Ukraine's foreign minister, began a two-day visit to China on Friday, telling reporters he would press Beijing to stop the flow of drone components to Russia."],
    "diplomacy", "diplomacy", 3, CHN, a="Rhiannon Gaskell", cat="Europe", n="same event as 18331-03"),
  OFF("2030-05-24 09:45", "Mexico's presidential candidates clash over security in final debate",
    ["The two leading candidates traded accusations over cartel violence and water shortages in the last televised debate before the June 2 election."],
    "mexico-final-debate-2030-05-24", a="Lucia Barrera", cat="Americas", n="Mexican election"),
  OFF("2030-05-24 06:15", "Chile's copper output falls to five-year low",
    ["Copper production in Chile, the world's largest supplier, fell 6% in April from a year earlier as ore grades declined at several big mines."],
    "chile-copper-output-2030-05-24", cat="Business", n="commodities"),
  ]))

# ---------------------------------------------------------------- 18333 Havelbruck Rundschau (day 2, Atom, Berlin offset)
SEEDS.append(dict(
  id="18333", name="18333_havelbruck-atom", ext="xml", source="Havelbruck Rundschau", zone="Europe/Berlin", render=r_atom,
  title="Havelbruck Rundschau \u2013 English edition", url="https://www.havelbruck-rundschau.example/en", feedpath="feed.atom",
  lede="News from Germany and Europe in English",
  basis="Atom <published> '{s}' (explicit +02:00 offset); local {d} in {z}",
  notes="Invented outlet (Brandenburg, English edition). Atom feed, newest first, <published> with +02:00, authors. 18333-02 is a theme piece (explainer on glide bombs) that mentions the Kharkiv strike but is its own story. 18333-04 continues the day-1 Kryvyi Rih story (toll 9, search over). Must-not-merge: Turkey's offer to host prisoner talks (18333-01) vs the Sybiha visit to Beijing (same diplomacy theme, different event).",
  not_entries=["feed title, subtitle, links, id, updated and rights", "category terms"],
  entries=[
  E("2030-05-24 23:40", "Turkey offers Istanbul for new round of prisoner talks",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host Russian and Ukrainian negotiators in Istanbul next month to agree a large exchange of prisoners of war."],
    "diplomacy", "diplomacy", 2, "turkey-offers-prisoner-talks-istanbul-2030-05-24", a="Lena Vogt", cat="World",
    n="same diplomacy theme as Sybiha's Beijing visit, different event; must not merge"),
  E("2030-05-24 21:15", "Explainer: Why Ukraine struggles to stop Russia's glide bombs",
    ["Friday's strike on a Kharkiv market was carried out with the cheapest precision weapon in Russia's arsenal: an old unguided bomb fitted with wings and a satellite guidance kit.",
     "Russian jets release the bombs from 60 kilometres away or more, often while still over Russian territory. Once in the air, a gliding bomb is hard to intercept, so the only reliable defence is to shoot down the aircraft, which requires long-range missiles close to the border.",
     "Kyiv has asked for permission to strike the airfields the jets fly from, arguing that this is the only way to protect Kharkiv."],
    "strikes", "strikes", 2, "explainer-glide-bombs-2030-05-24", a="Jonas Ebert", cat="Explainer",
    n="theme piece (explainer); mentions the Kharkiv strike but is its own story; must not merge with it"),
  E("2030-05-24 17:30", "Kharkiv attack: six killed as bombs hit shopping centre",
    ["At least six people were killed when Russian glide bombs hit a market and shopping centre in the north-eastern Ukrainian city of Kharkiv, Ukrainian officials said."],
    "strikes", "strikes", 3, KH, a="Lena Vogt", cat="World", n="toll 6"),
  E("2030-05-24 14:05", "Kryvyi Rih mourns nine dead as search ends",
    ["Rescue teams in Kryvyi Rih ended their search of the building hit by a Russian missile on Thursday; nine people were killed in the attack, the city administration said."],
    "strikes", "strikes", 3, KR, a="Jonas Ebert", cat="World", n="day-2 continuation of the day-1 Kryvyi Rih strike: toll 9, search over"),
  E("2030-05-24 11:20", "Berlin approves \u20ac1.1bn for Ukrainian long-range drone production",
    ["The budget committee of the Bundestag approved \u20ac1.1 billion to finance the production of long-range strike drones in Ukraine this year, the defence ministry said."],
    "aid", "aid", 3, "germany-long-range-drone-funding-2030-05-24", a="Lena Vogt", cat="Germany", n="major aid"),
  E("2030-05-24 09:05", "German prosecutors charge man with spying on Ukrainian soldiers in Bavaria",
    ["Federal prosecutors charged a German-Russian dual national with gathering information for Russian intelligence on Ukrainian soldiers training at a US Army base in Bavaria."],
    "other", "security", 2, "germany-spying-charge-ukrainian-trainees-2030-05-24", a="Jonas Ebert", cat="Germany"),
  ]))


def r_ldlive_utc(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('Z'); visible bare 'HH:MM'
    (local time, explained once under the date line) in <time datetime>; h2; body; author in a footer line; video teaser with a
    player placeholder."""
    z = S["zone"]; order_check(S, False)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": iso(d), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "about": {"@type": "Event", "name": "Russian invasion of Ukraine"},
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Lithuania</a> <a>Baltics</a> <a>Ukraine</a> <a>Europe</a> '
           '<a>Economy</a> <a>Opinion</a></nav><a class="lang">LT | EN | RU</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="upd" id="u{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="player">{esc(e["vid"])}</div>')
        if e["a"]:
            out.append(f'<footer class="upd-author">{esc(e["a"])}, {esc(S["source"])}</footer>')
        out.append('</article>')
        if i == 1:
            out.append('<aside class="promo">Subscribe to the Neris Herald morning briefing from Vilnius</aside>')
    out += ['<p class="end">Live coverage continues tomorrow.</p></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Editorial principles \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_keyevents(S):
    """text 'key events' round-up article: title, byline, dateline with time and zone, intro, section headings, one bullet per
    development (no headlines, no per-item time); related link and footer."""
    L = [S["source"], "World \u203a Europe \u203a War in Ukraine", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]; L += [cur, ""]
        L += [f"\u2022 {e['p'][0]}"] + [f"  {p}" for p in e["p"][1:]] + [""]
    L += [S["more"], "", f"{S['source']} \u00b7 Aviso legal \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SUM = "sumy-missile-strike-2030-05-28"
RYA = "ryazan-refinery-drone-strike-2030-05-28"
EUT = "eu-frozen-assets-loan-tranche-2030-05-28"
EVA = "sumy-border-villages-evacuation-2030-05-28"

# ---------------------------------------------------------------- 18340 Malabar Globe (day 3, RSS world feed, India offset)
SEEDS.append(dict(
  id="18340", name="18340_malabar-worldrss", ext="xml", source="Malabar Globe", zone="Asia/Kolkata", render=r_rss,
  title="Malabar Globe | World", url="https://www.malabarglobe.example", feedpath="world/feed.xml",
  lede="The latest international news from the Malabar Globe",
  basis="RSS pubDate '{s}' (explicit +0530 offset); local {d} in {z}",
  notes="Invented outlet (Kochi, India). General world RSS feed, newest first, pubDate '+0530': the newest item is dated 29 May locally but falls on 28 May UTC. The war is a minority (4 of 6 items off-beat: monsoon, Sri Lankan law, cricket squad, gold price). Spelling 'Sumy'; toll 10.",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate, ttl", "category labels"],
  entries=[
  E("2030-05-29 02:10", "Sumy missile strike toll rises to 10",
    ["The number of people killed by Tuesday's Russian missile strike on the centre of Sumy in north-eastern Ukraine has risen to 10, Ukrainian officials said."],
    "strikes", "strikes", 3, SUM, a="Anjali Menon", cat="World", n="toll 10; local date 29 May (IST)"),
  OFF("2030-05-28 23:30", "Monsoon set to reach Kerala ahead of schedule, IMD says",
    ["The India Meteorological Department said conditions were favourable for the southwest monsoon to set in over Kerala within the next three days."],
    "kerala-monsoon-onset-2030-05-28", a="Rahul Varghese", cat="India", n="weather"),
  OFF("2030-05-28 19:45", "Sri Lanka's parliament passes anti-corruption bill",
    ["Lawmakers in Colombo approved a bill creating an independent commission to investigate the assets of senior officials."],
    "sri-lanka-anti-corruption-bill-2030-05-28", cat="World", n="Sri Lankan politics"),
  E("2030-05-28 16:20", "EU releases \u20ac4 billion for Ukraine from frozen-asset loan",
    ["The European Commission said it had paid Ukraine a \u20ac4 billion tranche of the loan backed by immobilised Russian central bank assets, to be used for the budget and weapons purchases."],
    "aid", "aid", 3, EUT, a="Anjali Menon", cat="World", n="major financial aid"),
  OFF("2030-05-28 12:05", "Uncapped pacer named in India's Test squad for England tour",
    ["The selectors picked a 21-year-old fast bowler from Kerala in a 17-man squad for the five-Test series starting in July."],
    "india-test-squad-england-2030-05-28", cat="Sport", n="cricket"),
  OFF("2030-05-28 08:40", "Gold climbs to record high as dollar weakens",
    ["Spot gold rose 1.1% in early trade as the dollar slipped against major currencies ahead of US inflation data."],
    "gold-record-high-2030-05-28", cat="Business", n="markets"),
  ]))

# ---------------------------------------------------------------- 18341 Neris Herald (day 3, HTML live + LiveBlogPosting in UTC, oldest first)
NH_S1_P = ["Russian ballistic missiles hit the centre of Sumy in north-eastern Ukraine on Tuesday afternoon, killing at least four people, the regional military administration said.",
           "One missile struck near a university building where students were sitting exams."]
SEEDS.append(dict(
  id="18341", name="18341_neris-htmllive", ext="html", source="Neris Herald", zone="Europe/Vilnius", render=r_ldlive_utc,
  title="Ukraine live: missiles strike central Sumy; EU pays out next loan tranche",
  url="https://www.nerisherald.example/en/live/ukraine-2030-05-28", dateline="Tuesday 28 May 2030 \u00b7 All times are Vilnius time (EEST)",
  lede="Our correspondents follow Russia's war in Ukraine and what it means for Lithuania.",
  basis="visible '{s}' in <time> (Vilnius time, as the date line says: EEST = UTC+3; the datetime attribute and the JSON-LD give the same instant in UTC) under 'Tuesday 28 May 2030'; local {d} in {z}",
  notes="Invented outlet (Vilnius, English edition). HTML live blog, oldest first. LiveBlogPosting JSON-LD whose updates give datePublished in UTC ('Z'), while the visible times are Vilnius local time ('All times are Vilnius time (EEST)' on the date line); the two agree. Each update: <time> 'HH:MM', h2, body, then an author footer 'NAME, Neris Herald'. 18341-04 is a 'Video:' teaser with only a player placeholder (importance 1). 18341-06 repeats 18341-03 nearly verbatim with the stale toll (duplicate_of 18341-03). Must-not-merge: the Ryazan refinery strike (18341-01, Ukrainian strike in Russia) vs the Sumy strike; Lithuania's drone-operator training (18341-02) vs the EU loan tranche (same aid theme).",
  not_entries=["header, navigation and language switch", "page title (h1)", "date line with 'All times are Vilnius time (EEST)'", "lead paragraph",
               "author footers 'NAME, Neris Herald' (author, not body)", "video player placeholder '[Video 0:41]'", "newsletter promo after the second update",
               "closing line 'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2030-05-28 08:10", "Ukrainian drones set Ryazan refinery ablaze, governor says",
    ["A fire broke out at the oil refinery in the Russian city of Ryazan after an overnight Ukrainian drone attack, the regional governor said, adding that there were no casualties.",
     "Ukraine's General Staff said a primary processing unit had been hit."],
    "strikes", "strikes", 3, RYA, a="Rasa Jankauskait\u0117",
    n="Ukrainian strike on Russia; must not merge with the Sumy strike (same theme, different event)"),
  E("2030-05-28 11:45", "Lithuania to train 2,000 Ukrainian drone operators this year",
    ["Lithuania will train 2,000 Ukrainian drone operators at a new centre near Pabrad\u0117 this year and pay for their equipment, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-drone-operator-training-2030-05-28", a="Tomas Vai\u010diulis",
    n="same aid theme as the EU loan tranche, different event; must not merge"),
  E("2030-05-28 15:25", "Missiles strike central Sumy; at least four dead", NH_S1_P,
    "strikes", "strikes", 3, SUM, a="Rasa Jankauskait\u0117", n="toll 4"),
  E("2030-05-28 16:10", "Video: Moment missile hits Sumy street", [],
    "strikes", "strikes", 1, SUM, a=None, vid="[Video 0:41]", n="video teaser without body"),
  E("2030-05-28 17:30", "EU transfers \u20ac4bn to Kyiv under reparations loan",
    ["The European Commission has transferred \u20ac4 billion to Ukraine, the latest instalment of the loan financed by frozen Russian assets, Commission officials told reporters in Brussels."],
    "aid", "aid", 3, EUT, a="Tomas Vai\u010diulis", n="major financial aid; also in 18340 and 18342"),
  E("2030-05-28 18:50", "Missiles strike central Sumy; at least four dead",
    ["Russian ballistic missiles hit the centre of Sumy in north-eastern Ukraine on Tuesday afternoon, killing at least four people, the regional administration said.",
     "One missile struck near a university building where students were sitting exams."],
    "strikes", "strikes", 1, SUM, a="Rasa Jankauskait\u0117", dup="18341-03", n="near-verbatim repeat of 18341-03 with the stale toll"),
  E("2030-05-28 21:20", "Sumy toll rises to nine, including two students",
    ["Nine people, two of them university students, have been confirmed killed in this afternoon's missile strike on Sumy, the regional governor said. More than 60 people were injured."],
    "strikes", "strikes", 3, SUM, a="Rasa Jankauskait\u0117", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 18342 Tajo Times (day 3, text key-events round-up, no per-item time)
TT_BY = "Elena Garrido Sanz"
SEEDS.append(dict(
  id="18342", name="18342_tajo-keyevents", ext="txt", source="Tajo Times", zone="Europe/Madrid", render=r_keyevents,
  title="Russia-Ukraine war: key events on Tuesday", byline=TT_BY, dateline="28 May 2030, 22:45 CEST",
  lede="These are the main developments in Russia's war in Ukraine on Tuesday.",
  more="Read more: Our full coverage of the war in Ukraine",
  basis="no per-item time; the round-up's dateline '28 May 2030, 22:45 CEST' (UTC+2) applies to every item; local {d} in {z}",
  notes="Invented outlet (Madrid, English edition). A 'key events' round-up article: title, page byline 'By Elena Garrido Sanz' (used as every item's author), dateline '28 May 2030, 22:45 CEST', intro, then three section headings (Fighting / Politics and diplomacy / Weapons and aid) with one bullet per development. Items have no headline (headline null; the bullet's first sentence anchors the entry) and no time of their own (stamp null, published = the dateline). Spelling 'Sumi'; toll 11. Must-not-merge: the Sumy-region evacuation (18342-03, same region, different event) vs the Sumy city strike; Spain's Hawk missiles (18342-06) vs the EU loan tranche (same aid theme).",
  not_entries=["masthead and breadcrumb", "title", "byline 'By Elena Garrido Sanz'", "dateline '28 May 2030, 22:45 CEST'", "intro line",
               "section headings 'Fighting', 'Politics and diplomacy', 'Weapons and aid'", "'Read more' link", "footer"],
  entries=[
  E("2030-05-28 22:45", None,
    ["At least 11 people were killed and more than 60 wounded when Russian ballistic missiles hit the centre of Sumi, near a university, in the afternoon, according to the regional governor."],
    "strikes", "strikes", 3, SUM, a=TT_BY, sect="Fighting", n="spelling 'Sumi'; toll 11; no headline"),
  E("2030-05-28 22:45", None,
    ["Ukrainian drones struck an oil refinery in the Russian city of Ryazan overnight, starting a fire that burned for several hours, Russian officials said."],
    "strikes", "strikes", 3, RYA, a=TT_BY, sect="Fighting", n="no headline"),
  E("2030-05-28 22:45", None,
    ["Authorities in the Sumi region ordered the evacuation of 11 more villages near the Russian border, where shelling and drone attacks have intensified this month."],
    "other", "humanitarian", 3, EVA, a=TT_BY, sect="Fighting",
    n="same region as the Sumy strike, different event; must not merge with it; also in 18343; no headline"),
  E("2030-05-28 22:45", None,
    ["Kremlin spokesman Dmitry Peskov said there was \"no basis\" for a new round of talks with Ukraine until Kyiv accepted what he called the realities on the ground."],
    "diplomacy", "diplomacy", 2, "peskov-no-basis-for-talks-2030-05-28", a=TT_BY, sect="Politics and diplomacy", n="no headline"),
  E("2030-05-28 22:45", None,
    ["The European Commission transferred \u20ac4bn to Ukraine, the latest tranche of a loan backed by frozen Russian assets."],
    "aid", "aid", 3, EUT, a=TT_BY, sect="Weapons and aid", n="no headline"),
  E("2030-05-28 22:45", None,
    ["Spain will send Ukraine a further batch of Hawk air defence missiles from its own stocks, Defence Minister Margarita Robles said during a visit to Odesa."],
    "aid", "aid", 2, "spain-hawk-missiles-2030-05-28", a=TT_BY, sect="Weapons and aid",
    n="same aid theme as the EU loan tranche, different event; must not merge; no headline"),
  ]))

# ---------------------------------------------------------------- 18343 Vorskla Ledger (day 3, Atom, Kyiv offset)
SEEDS.append(dict(
  id="18343", name="18343_vorskla-atom", ext="xml", source="Vorskla Ledger", zone="Europe/Kyiv", render=r_atom,
  title="Vorskla Ledger", url="https://vorskla-ledger.example", feedpath="atom.xml",
  lede="News from Sumy and north-eastern Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 offset); local {d} in {z}",
  notes="Invented outlet (Sumy, English-language). Atom feed, newest first, <published> with +03:00, authors. 18343-01 is a theme piece (analysis of Russia's pressure on the Sumy region) that mentions the strike but is its own story. Must-not-merge: the evacuation of 11 border villages (18343-03, same region) vs the Sumy city strike; the deadly drone hit on a Kherson ambulance (18343-04) vs the Sumy strike (another deadly strike elsewhere).",
  not_entries=["feed title, subtitle, links, id, updated and rights", "category terms"],
  entries=[
  E("2030-05-28 23:15", "Analysis: Why Russia keeps coming back to Sumy",
    ["Tuesday's strike was the third deadly attack on the centre of Sumy this spring, and it fits a wider Russian effort to make the north-east too costly to live in.",
     "Russian troops hold a narrow strip of land north of the border villages, close enough for drones and artillery to reach most of the region's southern towns. Missiles reach the city itself.",
     "Ukrainian commanders say the aim is to pin down brigades that would otherwise go to Donbas, and so far it has worked."],
    "strikes", "strikes", 2, "analysis-russia-pressure-on-sumy-2030-05-28", a="Bohdan Lytvyn", cat="Analysis",
    n="theme piece (analysis); mentions the Sumy strike but is its own story; must not merge with it"),
  E("2030-05-28 19:40", "Sumy strike: six dead, more than 50 wounded",
    ["Six people were killed and 52 wounded when two Iskander missiles struck the centre of Sumy at about 3pm, the regional military administration said.",
     "Rescuers are still working at a university dormitory whose upper floors collapsed."],
    "strikes", "strikes", 3, SUM, a="Oksana Melnyk", cat="Sumy", n="toll 6"),
  E("2030-05-28 16:05", "Eleven more villages in Sumy region to be evacuated",
    ["The regional administration ordered compulsory evacuation of families with children from 11 more villages within 10 kilometres of the Russian border, citing daily shelling."],
    "other", "humanitarian", 3, EVA, a="Oksana Melnyk", cat="Sumy",
    n="same region as the Sumy strike, different event; must not merge with it; also in 18342"),
  E("2030-05-28 12:30", "Drone hits ambulance in Kherson, killing paramedic",
    ["A Russian drone hit an ambulance answering a call in Kherson's Korabelnyi district, killing a paramedic and wounding the driver, the regional administration said."],
    "strikes", "strikes", 3, "kherson-ambulance-drone-strike-2030-05-28", a="Bohdan Lytvyn", cat="Ukraine",
    n="another deadly strike on the same day elsewhere; must not merge with the Sumy strike"),
  E("2030-05-28 09:10", "Ryazan refinery burns after overnight Ukrainian drone attack",
    ["Ukraine's drones hit the Ryazan oil refinery south-east of Moscow overnight, Ukraine's General Staff said, confirming a fire at the site."],
    "strikes", "strikes", 3, RYA, a="Bohdan Lytvyn", cat="Ukraine", n="Ukrainian strike on Russia; also in 18341 and 18342"),
  ]))


if __name__ == "__main__":
    main()
