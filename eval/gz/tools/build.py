#!/usr/bin/env python3
"""Builds the eval/gz seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in July 2032 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gz/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry not about the war: other/unrelated, importance 1, note starting 'off-beat:'."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []

# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_batimes(S):
    """Buenos Aires Times (Perfil group) 'World' section, text scrape. Header with the dollar-rate strip; cards newest first:
    kicker, headline, one-paragraph deck, 'by AGENCY' and a numeric stamp 'dd-mm-yyyy HH:MM' (Buenos Aires time, no zone)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Buenos Aires Times", "Argentina's English-language newspaper since 2017", "",
         "Argentina   Economy   Latin America   World   Culture   Sports   Opinion   Interviews   Editorial   Newspaper", "Newsletter   Subscribe   Search",
         "Official dollar ARS 1,318.25 \u00b7 Blue ARS 1,402.00 \u00b7 MEP ARS 1,371.40", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d-%m-%Y %H:%M}"; stamps.append(st)
        L += [e["kicker"], e["h"], ""] + ptxt(e["p"]) + [f"by {e['a']}", st, ""]
        if i == 2:
            L += ["The Buenos Aires Times is on newsstands every Saturday with Perfil.", "Subscribe to our newsletter and get the week's best stories",
                  "Your email", "Sign up", ""]
    L += ["Load more", "", "Buenos Aires Times", "About us   Contact   Advertise   Privacy policy   Terms and conditions",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} Editorial Perfil S.A. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_mercopress(S):
    """MercoPress front/section page, HTML. Header date line ('Monday, July 5th 2032 - 23:02 UTC', the capture time);
    country/section menu; stories newest first: h2 headline link, date line 'Monday, July 5th 2032 - 21:30 UTC', lead paragraph,
    'Full story' and a comment counter; no bylines (MercoPress copy is unsigned); 'Top stories' sidebar."""
    z = S["zone"]; order_check(S, True)
    stampf = lambda d: f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {ordinal(d.day)} {d.year} - {d:%H:%M} UTC"
    cap = dt(S["capture"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>MercoPress - {esc(S["title"])}</title>',
           '<meta name="description" content="MercoPress, South Atlantic News Agency. News from Argentina, Brazil, Chile, Paraguay, Uruguay, the Falkland Islands and the South Atlantic.">',
           '<link rel="alternate" type="application/rss+xml" title="MercoPress" href="https://en.mercopress.com/rss/"></head><body>',
           '<div id="top"><a class="logo" href="https://en.mercopress.com/"><img src="/img/mercopress.png" alt="MercoPress"></a>'
           f'<span class="tagline">MercoPress, South Atlantic News Agency</span><span class="now">{stampf(cap)}</span>'
           '<a href="/es/">Espa\u00f1ol</a></div>',
           '<ul id="menu"><li><a href="/argentina">Argentina</a></li><li><a href="/brazil">Brazil</a></li><li><a href="/chile">Chile</a></li>'
           '<li><a href="/falkland-islands">Falkland Islands</a></li><li><a href="/mercosur">Mercosur</a></li><li><a href="/paraguay">Paraguay</a></li>'
           '<li><a href="/uruguay">Uruguay</a></li><li><a href="/antarctica">Antarctica</a></li><li><a href="/fisheries">Fisheries</a></li>'
           '<li><a href="/latin-america">Latin America</a></li><li><a href="/international">International</a></li><li><a href="/environment">Environment</a></li></ul>',
           f'<div id="content"><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stampf(d); stamps.append(st)
        url = f"https://en.mercopress.com/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out.append(f'<div class="story"><h2><a href="{url}">{esc(e["h"])}</a></h2><div class="date">{st}</div>'
                   + "".join(f'<p>{esc(p)}</p>' for p in e["p"])
                   + f'<a class="more" href="{url}">Full story</a> <span class="comments"><a href="{url}#comments">{e.get("comments", 0)} comments</a></span></div>')
        if i == 2:
            out.append('<div class="ad"><span>Advertisement</span></div>')
    out.append('</div><div id="sidebar"><h3>Top stories</h3><ul>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in S["top"]) + '</ul>'
               '<div class="newsletter"><h3>Subscribe to the MercoPress newsletter</h3><input type="email" placeholder="Your e-mail"> <button>Subscribe</button></div></div>')
    out += [f'<div id="footer"><p>MercoPress. South Atlantic News Agency. Montevideo, Uruguay.</p><p>Copyright \u00a9 1999-{cap.year} MercoPress. All rights reserved.</p>'
            '<a href="/about">About MercoPress</a> <a href="/contact">Contact us</a> <a href="/rss">RSS feeds</a> <a href="/terms">Disclaimer &amp; comment rules</a></div>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 20900 Buenos Aires Times
SEEDS.append(dict(
  id="20900", name="20900_batimes-world", ext="txt", source="Buenos Aires Times", zone="America/Argentina/Buenos_Aires", render=r_batimes,
  title="World",
  basis="numeric stamp '{s}' read as day-month-year and a 24-hour clock in Buenos Aires time (ART = UTC-3, no zone printed); local {d} in {z}",
  notes="Imitates the Buenos Aires Times (Perfil) 'World' section as copied from a browser: masthead, tagline, section menu, a dollar-rate strip, then cards newest first: kicker (UKRAINE, LATIN AMERICA, ...), headline, one-paragraph deck, 'by AGENCY' and a numeric stamp 'dd-mm-yyyy HH:MM' on its own line. No zone is printed; Buenos Aires time (UTC-3, no daylight saving) is assumed. Each card is one entry whose body is its deck (1 paragraph). One off-beat card (Andean pass closed by snow). A newsletter/print promo sits after the third card. Stamps are day-month-year: 02-07-2032 is 2 July, not 7 February.",
  not_entries=["'Skip to main content'", "masthead 'Buenos Aires Times' and tagline", "section menu", "'Newsletter   Subscribe   Search'",
               "dollar-rate strip ('Official dollar ... Blue ... MEP ...')", "section heading 'World'", "kicker lines above each headline (RUSSIA-UKRAINE, UKRAINE, LATIN AMERICA, ...)",
               "'by AGENCY' lines (author, not body)", "print/newsletter promo after the third card ('The Buenos Aires Times is on newsstands ...' to 'Sign up')",
               "'Load more'", "footer links and copyright"],
  entries=[
  E("2032-07-02 19:40", "Argentina to train Ukrainian deminers at Campo de Mayo, Defence Ministry says",
    ["Argentina will host 40 Ukrainian sappers for a six-week humanitarian demining course at the Campo de Mayo garrison from September, the Defence Ministry announced on Friday, the country's first hands-on contribution to clearing mines in Ukraine."],
    "aid", "aid", 2, "argentina-trains-ukrainian-deminers-2032-07-02", a="Buenos Aires Times", kicker="ARGENTINA-UKRAINE",
    n="training support to Ukraine (humanitarian demining) = aid; small, national"),
  E("2032-07-02 17:15", "Russian drones hit Odesa port district, killing three",
    ["A wave of Russian attack drones struck the port district of Odesa before dawn on Friday, killing three dockworkers and setting a grain warehouse ablaze, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, "odesa-port-drone-strike-2032-07-02", a="AFP", kicker="UKRAINE", n="deadly strike"),
  OFF("2032-07-02 15:05", "Snow keeps Cristo Redentor pass to Chile closed for a third day",
    ["Hundreds of lorries were still stranded on both sides of the Andes on Friday as heavy snow kept the Cristo Redentor border crossing between Mendoza and Chile shut for a third straight day."],
    "cristo-redentor-pass-closed-snow-2032-07-02", a="Noticias Argentinas", kicker="LATIN AMERICA", n="weather/transport in the Andes"),
  E("2032-07-02 13:20", "Kyiv and Moscow swap 210 prisoners each in Turkish-brokered exchange",
    ["Ukraine and Russia each freed 210 prisoners of war on Friday in an exchange brokered by Turkey, the largest swap since March, Ukraine's coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 3, "turkey-brokered-prisoner-swap-2032-07-02", a="AFP", kicker="RUSSIA-UKRAINE", n="big mediated prisoner exchange"),
  E("2032-07-02 10:50", "Kremlin says no date set for new round of talks in Istanbul",
    ["The Kremlin said on Friday that no date had been agreed for another round of direct talks with Ukraine in Istanbul, a day after Kyiv proposed meeting before the end of July."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-istanbul-talks-2032-07-02", a="Reuters", kicker="RUSSIA"),
  E("2032-07-02 08:30", "Ukraine says it halted Russian advance west of Kostiantynivka",
    ["Ukrainian troops stopped a Russian attempt to cut the road west of Kostiantynivka after three days of heavy fighting, the army's eastern command said on Friday, a claim that could not be independently verified."],
    "other", "frontline", 2, "kostiantynivka-advance-halted-2032-07-02", a="AFP", kicker="UKRAINE"),
  E("2032-07-02 06:10", "EU agrees to phase in tariffs on Russian fertiliser from September",
    ["European Union governments on Thursday approved higher tariffs on fertiliser imported from Russia and Belarus, rising in steps from September, in a bid to cut revenues that help finance Moscow's war."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertiliser-2032-07-01", a="Bloomberg", kicker="EUROPE",
    n="trade restriction on Russia = sanctions = diplomacy; the decision was taken on Thursday 1 July"),
  ]))

# ---------------------------------------------------------------- 20901 MercoPress
SEEDS.append(dict(
  id="20901", name="20901_mercopress-international", ext="html", source="MercoPress", zone="UTC", render=r_mercopress,
  title="International", capture="2032-07-05 23:02",
  top=["Falklands: new fisheries patrol vessel arrives in Stanley", "Argentine monthly inflation slows to 1.4% in June", "Chile's copper output rises for a fifth month"],
  basis="date line '{s}' (weekday, month, ordinal day, year and a 24-hour time marked UTC); local {d} in {z}",
  notes="Imitates a MercoPress section page (HTML). The header carries the capture-time date line 'Monday, July 5th 2032 - 23:02 UTC' (chrome, not an entry). Stories newest first: h2 headline link, date line in MercoPress form 'Monday, July 5th 2032 - 21:30 UTC' (ordinal day, explicit UTC), one lead paragraph, 'Full story' link and a comment counter. MercoPress copy is unsigned, so author is null throughout. The 'Top stories' sidebar lists three headlines that are links to other days' stories (not entries). Two off-beat stories (Falklands squid season, Uruguayan beef exports).",
  not_entries=["header logo, tagline and capture-time date line 'Monday, July 5th 2032 - 23:02 UTC'", "'Español' language link", "country/section menu",
               "section heading 'International'", "'Full story' links and 'N comments' counters", "'Advertisement' slot after the third story",
               "'Top stories' sidebar and its three links", "newsletter box", "footer (agency address, copyright, About/Contact/RSS/Disclaimer links)"],
  entries=[
  E("2032-07-05 21:30", "Lula says Brazil is ready to host technical talks on Black Sea shipping",
    ["Brazilian President Luiz Inácio Lula da Silva said on Monday that his government was willing to host technical talks between Russia and Ukraine on the safety of commercial shipping in the Black Sea, repeating that Brasília would not take sides in the war."],
    "diplomacy", "diplomacy", 2, "lula-offers-black-sea-shipping-talks-2032-07-05", comments=7,
    n="an offer made at a press conference, not a meeting or call: importance 2"),
  OFF("2032-07-05 18:45", "Falklands Loligo second season closes with strong catches",
    ["The second Loligo squid season in Falklands waters closed on Monday with catches well above the five-year average, the Fisheries Department said, a welcome boost for the Islands' economy."],
    "falklands-loligo-season-closes-2032-07-05", comments=2, n="Falklands fisheries"),
  E("2032-07-05 16:20", "Russian missiles knock out Kharkiv power plant; two workers killed",
    ["Russian missiles struck a thermal power plant in Kharkiv on Monday, killing two workers and cutting electricity to about 200,000 households in Ukraine's second-largest city, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-power-plant-missile-strike-2032-07-05", comments=11, n="deadly strike"),
  E("2032-07-05 13:05", "Mercosur summit in Asunción ends without joint text on Ukraine",
    ["Mercosur presidents closed their summit in Asunción on Monday without the paragraph on the war in Ukraine that had appeared in earlier declarations, after Paraguay and Brazil failed to agree on its wording, diplomats said."],
    "diplomacy", "diplomacy", 2, "mercosur-summit-no-ukraine-text-2032-07-05", comments=4),
  OFF("2032-07-05 11:40", "Uruguay's beef exports to China climb 12% in first half",
    ["Uruguayan beef shipments to China rose 12% by volume in the first six months of the year, the national meat institute INAC reported, helped by lower freight costs and a weaker peso."],
    "uruguay-beef-exports-china-2032-07-05", comments=0, n="trade statistics"),
  E("2032-07-05 09:15", "Nordic and Baltic countries pledge €2 billion for Ukrainian-made drones",
    ["Eight Nordic and Baltic governments pledged a combined €2 billion on Monday to buy long-range and interceptor drones from Ukrainian manufacturers for Ukraine's armed forces, Denmark's defence ministry announced."],
    "aid", "aid", 3, "nordic-baltic-drone-pledge-2032-07-05", comments=3, n="major aid pledge"),
  ]))


def r_folha_rss(S):
    """Folha de S.Paulo English edition 'Principal' RSS 2.0: pubDate with the Sao Paulo offset (-0300), section in the link path
    (/internacional/en/world/2032/07/...shtml), one plain-text standfirst per item, no authors."""
    z = S["zone"]; order_check(S, True)
    base = "https://www1.folha.uol.com.br/internacional/en"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{base}/</link>', f'<description>{esc(S["title"])}</description>', '<language>en</language>',
           '<copyright>Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhapress (pesquisa@folhapress.com.br).</copyright>',
           '<image><title>Folha de S.Paulo</title><url>https://f.i.uol.com.br/hunting/folha/1/common/logo-folha-facebook-share.jpg</url>'
           f'<link>{base}/</link></image>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{base}/{e["fsec"]}/{d:%Y/%m}/{slugify(e["h"])}.shtml'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<pubDate>{st}</pubDate>',
                f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_dm_whatweknow(S):
    """Daily Maverick Newsdeck article (Reuters factbox 'what we know on day N'), text scrape. One byline/date line for the page;
    bullets grouped under capitalised section words (FIGHTING, DIPLOMACY, AID); every bullet is one entry without headline or
    time of its own; the Insider box and the comment gate ('peer review 3 community comments') follow the article."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    for e in S["entries"]:
        assert e["t"] == S["entries"][0]["t"]
    L = ["Daily Maverick", "Sign in   Subscribe", "", "Newsdeck   South Africa   World   Business   Opinionista   Maverick Citizen   Our Burning Planet   Scorpio   Maverick Life   DM168",
         "", "NEWSDECK", S["title"], "", f"By {S['byline']}", f"{d:%d} {SHORT_MONTHS[d.month - 1]} {d.year}  {d:%H:%M}", "0",
         "Facebook   X   LinkedIn   WhatsApp   Email", "Listen to this article", "0:00", "", S["lede"], ""]
    sec = None
    for e in S["entries"]:
        if e["sec_word"] != sec:
            sec = e["sec_word"]; L += [sec, ""]
        L += ptxt(e["p"])
    L += [S["credit"], "", "Support Daily Maverick: become an Insider and help keep our journalism free for everyone to read.", "Become an Insider", "",
          "Comments", "Please peer review 3 community comments before your comment can be posted", "", "More in Newsdeck"] + S["more"] + [
          "", "Daily Maverick \u00a9 All rights reserved", "About   Contact us   Advertise   Terms of use   Privacy policy   Complaints"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])

# ---------------------------------------------------------------- 20902 Folha de S.Paulo (English)
SEEDS.append(dict(
  id="20902", name="20902_folha-en-rss", ext="xml", source="Folha de S.Paulo", zone="America/Sao_Paulo", render=r_folha_rss,
  title="Folha de S.Paulo - International - En - Principal",
  basis="RSS pubDate '{s}' (explicit -0300 offset, Brasília time); local {d} in {z} = {u} UTC",
  notes="Imitates the RSS 2.0 'Principal' feed of Folha de S.Paulo's English edition: channel title in Folha's 'Folha de S.Paulo - International - En - ...' form, Portuguese copyright notice, logo image; items newest first with title, link (section in the path: world, business, scientech), pubDate with -0300 and a one-sentence plain-text standfirst (1 paragraph). No authors in the feed (author null). Folha names party affiliations in brackets ('President Lula (PT)'). Two off-beat items (Selic rate, Amazon deforestation alerts).",
  not_entries=["channel title/description/link", "Portuguese copyright notice", "channel logo image block"],
  entries=[
  E("2032-07-06 20:10", "Itamaraty confirms death of Brazilian volunteer fighting for Ukraine",
    ["Brazil's Foreign Ministry confirmed on Tuesday the death of a 29-year-old man from Paraná who had joined Ukraine's International Legion, the third Brazilian killed at the front in Donetsk this year."],
    "other", "frontline", 2, "brazilian-volunteer-killed-ukraine-2032-07-06", fsec="world",
    n="a foreign volunteer killed in ground fighting: other/frontline"),
  OFF("2032-07-06 17:35", "Central Bank holds Selic at 9.75% for third straight meeting",
    ["The Central Bank's monetary policy committee kept the benchmark Selic rate at 9.75% a year on Tuesday, citing stubborn services inflation and doubts over next year's budget."],
    "brazil-selic-held-2032-07-06", fsec="business", n="Brazilian interest rates"),
  E("2032-07-06 15:00", "Lula tells Putin by phone that BRICS leaders should discuss a ceasefire",
    ["President Lula (PT) told Vladimir Putin in a 40-minute phone call on Tuesday that the BRICS summit in November should set aside time to discuss a ceasefire in Ukraine, according to the Planalto Palace."],
    "diplomacy", "diplomacy", 3, "lula-putin-call-ceasefire-2032-07-06", fsec="world", n="head-of-state call on the war"),
  E("2032-07-06 12:20", "Russian strike on Zaporizhzhia bus station kills five",
    ["A Russian guided bomb hit the central bus station in Zaporizhzhia on Tuesday morning, killing five people and wounding 23, the regional administration said."],
    "strikes", "strikes", 3, "zaporizhzhia-bus-station-strike-2032-07-06", fsec="world", n="deadly strike"),
  OFF("2032-07-06 09:45", "Amazon deforestation alerts fall 18% in first half, says Inpe",
    ["Deforestation alerts in the Brazilian Amazon fell 18% in the first half of the year compared with the same period of 2031, according to figures from the National Institute for Space Research (Inpe) released on Tuesday."],
    "amazon-deforestation-alerts-2032-07-06", fsec="scientech", n="environment"),
  E("2032-07-06 07:05", "Ukrainian ambassador asks Brazil to join demining coalition",
    ["Ukraine's ambassador in Brasília asked the Lula government on Monday to join the international coalition that pays for mine clearance in Ukraine, saying Brazilian experience from peacekeeping missions would be welcome."],
    "aid", "aid", 2, "ukraine-asks-brazil-demining-coalition-2032-07-06", fsec="world", n="appeal for support (demining) = aid"),
  ]))

# ---------------------------------------------------------------- 20903 Daily Maverick
SEEDS.append(dict(
  id="20903", name="20903_dailymaverick-whatweknow", ext="txt", source="Daily Maverick", zone="Africa/Johannesburg", render=r_dm_whatweknow,
  title="Russia-Ukraine war: what we know on day 3,788 of the invasion", byline="Reuters",
  lede="Here are the main developments in the war in Ukraine since our last update.",
  credit="(Compiled by Reuters reporters; Editing by the Johannesburg desk)",
  more=["Eskom says no load shedding expected this week despite cold front", "Rand firms as dollar eases ahead of US jobs data"],
  basis="no per-item time: the article's single date line '08 Jul 2032  06:40' (Daily Maverick prints South African time, SAST = UTC+2, no zone printed); local {d} in {z}",
  notes="Imitates a Daily Maverick Newsdeck page carrying a Reuters 'what we know on day N' factbox (text scrape): masthead, menu, NEWSDECK label, headline, 'By Reuters', date line '08 Jul 2032  06:40', a stray comment counter '0', share row, 'Listen to this article' player, a one-line intro, then bullets grouped under FIGHTING / DIPLOMACY / AID. Each bullet is one entry: headline null, no stamp of its own, published = the article's date line (SAST), author = the article byline (Reuters), 1 paragraph each. Day 3,788 counts 24 February 2022 as day 1, so it is Thursday 8 July 2032. The first two bullets tell the same overnight attack (Lviv toll, then the interception figures). After the article: the Reuters compilation credit, the Insider box, DM's comment gate and 'More in Newsdeck' links.",
  not_entries=["masthead, sign-in line and menu", "'NEWSDECK' label", "page headline (title, not an entry)", "byline 'By Reuters' and the date line",
               "comment counter '0'", "share row", "'Listen to this article' and '0:00' audio player", "intro line 'Here are the main developments ...'",
               "section words FIGHTING, DIPLOMACY, AID", "credit line '(Compiled by Reuters reporters; Editing by ...)'", "Insider box",
               "'Comments' and the peer-review comment gate", "'More in Newsdeck' and its two links", "footer"],
  entries=[
  E("2032-07-08 06:40", None,
    ["Russian missiles and drones struck Lviv overnight, killing four people and damaging a printing plant and dozens of homes, regional governor Maksym Kozytskyi said."],
    "strikes", "strikes", 3, "lviv-overnight-attack-2032-07-08", a="Reuters", sec_word="FIGHTING", n="deadly strike"),
  E("2032-07-08 06:40", None,
    ["Ukraine's air force said it shot down 83 of the 97 drones and two of the five cruise missiles Russia launched in the attack, which also targeted the Volyn and Rivne regions."],
    "strikes", "strikes", 3, "lviv-overnight-attack-2032-07-08", a="Reuters", sec_word="FIGHTING",
    n="interception figures for the same overnight attack: same story as 20903-01"),
  E("2032-07-08 06:40", None,
    ["Russia's defence ministry said its forces had taken the village of Novoiakovlivka in the Zaporizhzhia region. Ukraine's military did not comment and Reuters could not verify the claim."],
    "other", "frontline", 2, "novoiakovlivka-capture-claim-2032-07-08", a="Reuters", sec_word="FIGHTING"),
  E("2032-07-08 06:40", None,
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host a new round of talks on prisoner exchanges and the return of deported children, after meeting his Ukrainian counterpart in Ankara."],
    "diplomacy", "diplomacy", 3, "fidan-offers-prisoner-talks-2032-07-07", a="Reuters", sec_word="DIPLOMACY", n="ministerial meeting and mediation offer"),
  E("2032-07-08 06:40", None,
    ["European Union ambassadors again failed to approve a new package of sanctions against Russia after Slovakia asked for more time to study its effect on gas transit, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-stalled-2032-07-07", a="Reuters", sec_word="DIPLOMACY"),
  E("2032-07-08 06:40", None,
    ["Japan said it would provide $400 million in budget support to Ukraine through a World Bank trust fund, to help pay pensions and public-sector wages."],
    "aid", "aid", 3, "japan-budget-support-400m-2032-07-07", a="Reuters", sec_word="AID", n="major financial aid"),
  E("2032-07-08 06:40", None,
    ["Czech President Petr Pavel said the Czech-led ammunition initiative had delivered 1.2 million large-calibre shells to Ukraine so far this year."],
    "aid", "aid", 2, "czech-ammunition-initiative-deliveries-2032-07-07", a="Reuters", sec_word="AID"),
  ]))


def r_news24_live(S):
    """News24 live article, HTML. NewsArticle JSON-LD (page-level dates only); breadcrumb; headline 'LIVE | ...'; 'Compiled by NAME'
    and the date line; posts newest first, each with a bare 'HH:MM' time, an h3 headline and paragraphs; 'READ | ...' related
    links inside posts; a 'WATCH | ...' video post has no text."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "News24", "logo": {"@type": "ImageObject", "url": "https://www.news24.com/images/news24-logo.png"}},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-ZA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News24</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/news24">News24</a><nav><a href="/news24">News</a> <a href="/news24/opinions">Opinions</a> '
           '<a href="/fin24">Business</a> <a href="/sport">Sport</a> <a href="/news24/entertainment">Entertainment</a> <a href="/news24/lifestyle">Lifestyle</a> '
           '<a href="/news24/video">Video</a></nav><a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/signin">Sign in</a></header>',
           '<div class="breadcrumb"><a href="/news24">News24</a> | <a href="/news24/world">World</a> | <a href="/news24/world/news">News</a></div>',
           f'<article><h1 class="article__title">{esc(S["title"])}</h1>',
           f'<div class="article__author">Compiled by {esc(S["byline"])}</div>',
           f'<div class="article__date">{DAYS_EN[first.weekday()]}, {first.day} {MONTHS[first.month - 1]} {first.year}</div>',
           '<div class="share"><a>Share</a> <a>Bookmark</a> <a>Listen to this article</a></div>',
           f'<p class="article__synopsis">{esc(S["lede"])}</p>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            ps = [f'<p>{esc(p)}</p>' for p in e["p"]]
            if e.get("read"):
                ps.insert(1, f'<p><strong>READ | <a href="/news24/world/news/{slugify(e["read"])}">{esc(e["read"])}</a></strong></p>')
            out += ps
        else:
            out.append('<div class="video-player" data-duration="0:58"><span>Video</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="newsletter-signup"><h4>Get the biggest daily news stories by email</h4><p>Subscribe to our newsletter</p>'
                       '<input type="email" placeholder="Email address"><button>Sign up</button></div>')
    out += ['</div></article>', '<aside class="related"><h4>Related Links</h4>' + "".join(f'<a href="#">{esc(x)}</a>' for x in S["related"]) + '</aside>',
            f'<footer><p>\u00a9 {first.year} News24. All rights reserved.</p><a>Terms &amp; Conditions</a> <a>Privacy Policy</a> <a>Press Code</a> '
            '<a>About News24</a> <a>Advertise</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wp_rss(S):
    """WordPress RSS 2.0 as Premium Times serves it: dc:creator in CDATA ('Agency Report' for wire copy), pubDate +0000,
    categories, a 55-word excerpt ending '[&#8230;]' plus 'The post ... appeared first on ...' in <description>, the full text in
    <content:encoded> (an agency tag such as '(NAN)' may close it), wfw/slash comment elements."""
    z = S["zone"]; order_check(S, True)
    site = S["site"]; name = S["source_feed_name"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{esc(S["title"])}</title>',
           f'\t<atom:link href="{site}/feed" rel="self" type="application/rss+xml" />', f'\t<link>{site}</link>',
           f'\t<description>{esc(S["lede"]).replace(chr(39), "&#039;")}</description>', f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = S["pid0"] - i * 41
        link = f'{site}/{e["path"]}/{pid}-{slugify(e["h"])}.html'
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")
        post = f'<p>The post <a rel="nofollow" href="{link}">{esc(e["h"])}</a> appeared first on <a rel="nofollow" href="{site}">{esc(name)}</a>.</p>'
        content = "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + (f"<p>{esc(e['tagline'])}</p>" if e.get("tagline") else "")
        out += ['\t\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t\t\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">{site}/?p={pid}</guid>',
                f'\t\t\t\t\t<description><![CDATA[<p>{esc(excerpt).replace("[&amp;#8230;]", "[&#8230;]")}</p>\n{post}\n]]></description>',
                f'\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}{post}]]></content:encoded>',
                f'\t\t\t\t\t<wfw:commentRss>{link}/feed</wfw:commentRss>', f'\t\t\t<slash:comments>{e.get("comments", 0)}</slash:comments>', '\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps

# ---------------------------------------------------------------- 20904 News24
KYIV10 = "kyiv-mass-air-attack-2032-07-10"
SEEDS.append(dict(
  id="20904", name="20904_news24-live", ext="html", source="News24", zone="Africa/Johannesburg", render=r_news24_live,
  title="LIVE | Russia pounds Kyiv in heaviest air attack of the year", url="https://www.news24.com/news24/world/news/live-russia-pounds-kyiv-20320710",
  byline="Sipho Ndlovu", start="2032-07-10 06:30",
  lede="Russia fired dozens of missiles and hundreds of drones at Ukraine overnight, with the capital the main target. Follow News24's live updates.",
  related=["Russia-Ukraine war: SA among countries urging a ceasefire at the UN", "Explainer: how Ukraine's air defences are stretched", "Grain prices climb after attack on Odesa port"],
  basis="bare '{s}' in the post's <time>, read as South African time (SAST = UTC+2; the <time datetime> attribute carries +02:00) under the page date line 'Saturday, 10 July 2032'; local {d} in {z}",
  notes="Imitates a News24 live article (HTML): NewsArticle JSON-LD with page-level dates only (not LiveBlogPosting), site header and menu, breadcrumb 'News24 | World | News', headline 'LIVE | ...', 'Compiled by Sipho Ndlovu', date line 'Saturday, 10 July 2032', share row, synopsis, then posts newest first: bare 'HH:MM' time (SAST; the <time> element's datetime attribute has +02:00), h3 headline, paragraphs. News24's 'WATCH |' label marks a video post with no text (20904-03: body 0, importance 1). A 'READ | ...' related link sits inside 20904-06 (not body). Posts carry no byline of their own, so the page's 'Compiled by' name is used as author for every post (eval/gz convention). The Kyiv toll rises through the page: 6 (08:05) -> 9 (10:20) -> 14 (21:15). Zelensky's Patriot appeal (20904-04) is a separate story from the attack (an appeal for air defence, aid primary); Poland scrambling jets (20904-05) is its own story (other/security).",
  not_entries=["NewsArticle JSON-LD (page-level dates only)", "site header, menu, Subscribe / Sign in", "breadcrumb 'News24 | World | News'",
               "headline 'LIVE | ...' (page title)", "'Compiled by Sipho Ndlovu'", "date line 'Saturday, 10 July 2032'", "share row (Share, Bookmark, Listen to this article)",
               "synopsis paragraph under the headline", "video placeholder in the WATCH post", "'READ | Explainer: what a Patriot battery can and cannot do' link inside the 10:20 post",
               "newsletter sign-up box after the fourth post", "'Related Links' box", "footer"],
  entries=[
  E("2032-07-10 21:15", "Kyiv death toll rises to 14",
    ["The number of people killed in Russia's overnight attack on Kyiv has risen to 14, the city's military administration said on Saturday evening, after rescuers recovered two more bodies from a collapsed section of a nine-storey building in the Solomianskyi district.",
     "More than 70 people were injured across the capital, 11 of them children."],
    "strikes", "strikes", 3, KYIV10, a="Sipho Ndlovu", n="toll 14"),
  E("2032-07-10 19:40", "Ramaphosa urges restraint, offers South Africa's help with talks",
    ["President Cyril Ramaphosa said South Africa was 'deeply concerned' by the scale of the attack on Kyiv and repeated his offer to help bring Russia and Ukraine back to the negotiating table.",
     "In a statement issued by the Presidency, Ramaphosa said civilians on both sides were paying the price for a war that could only be ended through dialogue."],
    "diplomacy", "diplomacy", 2, "ramaphosa-restraint-statement-2032-07-10", a="Sipho Ndlovu",
    n="a statement repeating a standing offer: importance 2; mentions the attack but is its own story"),
  E("2032-07-10 17:05", "WATCH | Drone footage shows damaged Kyiv apartment block", [],
    "strikes", "strikes", 1, KYIV10, a="Sipho Ndlovu", n="video post without text (News24 'WATCH |' label)"),
  E("2032-07-10 15:30", "Zelensky: 'We need Patriots, not more statements'",
    ["Ukrainian President Volodymyr Zelensky has appealed to Western allies to send at least three more Patriot air defence batteries, saying Kyiv's air defences had been stretched to the limit by the night's attack.",
     "'Every missile that is not intercepted is a decision someone made in a warm office,' he said in his evening video address, which was released early."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2032-07-10", a="Sipho Ndlovu", sec=["strikes"],
    n="appeal for air defence (aid primary, strikes secondary); its own story"),
  E("2032-07-10 12:50", "Poland scrambles jets as Russian missiles fly near its border",
    ["Poland's operational command said it had scrambled Polish and allied aircraft and put ground-based air defence on alert while Russian missiles were flying towards targets in western Ukraine.",
     "No Polish airspace violation was recorded, the command said."],
    "other", "security", 2, "poland-scrambles-jets-2032-07-10", a="Sipho Ndlovu", sec=["strikes"]),
  E("2032-07-10 10:20", "Death toll climbs to nine as rescuers search rubble",
    ["At least nine people have been killed in Kyiv, mayor Vitali Klitschko said, as emergency workers with sniffer dogs searched the ruins of a residential building hit by a cruise missile.",
     "Fires broke out in at least five districts of the city, and part of the left bank was left without water."],
    "strikes", "strikes", 3, KYIV10, a="Sipho Ndlovu", read="Explainer: what a Patriot battery can and cannot do", n="toll 9"),
  E("2032-07-10 08:05", "What we know so far",
    ["Russia launched 41 missiles and about 480 drones at Ukraine overnight, the Ukrainian air force said, with Kyiv the main target.",
     "At least six people were killed in the capital, according to the city's military administration.",
     "Air defence units destroyed 33 missiles and 441 drones, the air force said."],
    "strikes", "strikes", 3, KYIV10, a="Sipho Ndlovu", n="toll 6; figures of the same attack"),
  E("2032-07-10 06:30", "Massive attack on Kyiv overnight",
    ["Good morning and welcome to our live coverage.",
     "Kyiv has come under one of the heaviest Russian air attacks of the war, with explosions heard across the city for more than five hours before dawn."],
    "strikes", "strikes", 3, KYIV10, a="Sipho Ndlovu",
    n="opening post; its first sentence is a greeting, printed as such"),
  ]))

# ---------------------------------------------------------------- 20905 Premium Times (Nigeria)
SEEDS.append(dict(
  id="20905", name="20905_premiumtimes-feed", ext="xml", source="Premium Times", zone="UTC", render=r_wp_rss,
  title="Premium Times Nigeria", source_feed_name="Premium Times Nigeria", site="https://www.premiumtimesng.com", pid0=812466,
  lede="Nigeria's leading online newspaper, delivering breaking news and deep investigative reports from Nigeria",
  basis="RSS pubDate '{s}' (WordPress writes +0000); local {d} in {z}",
  notes="Imitates Premium Times' WordPress RSS 2.0 feed (site-wide /feed): namespaces, sy:update elements, generator; items newest first with dc:creator in CDATA ('Agency Report' for wire copy, reporters' names for local stories), pubDate +0000, categories, guid ?p=N, a <description> holding a 55-word excerpt ending '[&#8230;]' plus WordPress's 'The post ... appeared first on Premium Times Nigeria.' line, and the full text in <content:encoded>. body_paragraphs counts the content paragraphs, excluding a closing agency tag '(NAN)' and the 'The post ... appeared first on ...' line. The site-wide feed mixes Nigerian news (three off-beat items) with foreign wire stories.",
  not_entries=["channel title/link/description, lastBuildDate, language, sy:update*, generator", "excerpt in each <description> (a copy of the start of the text, not a separate entry)",
               "'The post ... appeared first on Premium Times Nigeria.' lines", "closing agency tags '(NAN)' in the content", "comment links and counts"],
  entries=[
  OFF("2032-07-12 21:05", "Reps pass bill to establish federal medical centre in Misau",
    ["The House of Representatives on Monday passed for third reading a bill to establish a Federal Medical Centre in Misau, Bauchi State.",
     "The sponsor of the bill said the nearest tertiary hospital was more than 100 kilometres away for most residents of the area."],
    "reps-bill-fmc-misau-2032-07-12", a="Chinedu Okafor", cats=["News", "Headlines"], path="news/headlines", n="Nigerian legislature"),
  E("2032-07-12 18:40", "Russian drone strikes kill six in Ukraine's Sumy",
    ["At least six people were killed and 19 injured when Russian drones hit a residential area of the north-eastern Ukrainian city of Sumy on Monday, local officials said.",
     "The city's acting mayor said two of the drones struck a five-storey building, while a third exploded near a bus stop during the evening rush hour.",
     "Sumy, about 30 kilometres from the Russian border, has been hit repeatedly since Russian forces massed troops across the frontier last year."],
    "strikes", "strikes", 3, "sumy-drone-strike-2032-07-12", a="Agency Report", cats=["Foreign", "Europe"], path="foreign/europe", tagline="(NAN)",
    n="deadly strike"),
  OFF("2032-07-12 16:10", "NNPC raises petrol pump price to N1,150 per litre in Lagos",
    ["Motorists in Lagos on Monday woke up to a new pump price of N1,150 per litre at NNPC retail outlets, up from N1,085 last week.",
     "Independent marketers said they would adjust their prices in the coming days."],
    "nnpc-petrol-price-lagos-2032-07-12", a="Oluwaseun Adebayo", cats=["Business", "Energy"], path="business/energy", n="fuel prices"),
  E("2032-07-12 13:30", "Nigeria abstains as UN General Assembly adopts resolution on deported Ukrainian children",
    ["Nigeria was among 57 countries that abstained on Monday when the UN General Assembly adopted a resolution demanding the return of Ukrainian children taken to Russia.",
     "The resolution passed with 98 votes in favour and 14 against. Nigeria's permanent representative said Abuja supported the protection of children everywhere but preferred dialogue to 'divisive resolutions'."],
    "diplomacy", "diplomacy", 2, "unga-resolution-deported-children-2032-07-12", a="Ibrahim Adamu", cats=["Foreign", "Top News"], path="foreign",
    n="UN vote: diplomacy (humanitarian subject, diplomatic act)"),
  E("2032-07-12 11:00", "Russia, Ukraine trade blame over shelling near Zaporizhzhia nuclear plant",
    ["Russia and Ukraine on Monday accused each other of shelling the area around the Zaporizhzhia nuclear power plant, after the International Atomic Energy Agency said its team at the site had heard several explosions overnight.",
     "The IAEA said there was no damage to the reactors and no rise in radiation levels."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-shelling-claims-2032-07-12", a="Agency Report", cats=["Foreign", "Europe"], path="foreign/europe", tagline="(NAN)",
    n="non-deadly shelling claims: importance 2"),
  OFF("2032-07-12 08:20", "Flood: NEMA evacuates 3,000 residents in Kogi communities",
    ["The National Emergency Management Agency (NEMA) says it has moved about 3,000 residents of riverine communities in Lokoja and Ajaokuta to higher ground as the River Niger continues to rise.",
     "The agency urged residents of other low-lying areas to heed early warnings."],
    "kogi-flood-evacuation-2032-07-12", a="Agency Report", cats=["News", "More News"], path="news/more-news", tagline="(NAN)", n="floods in Nigeria"),
  E("2032-07-12 06:45", "Putin will not attend BRICS summit in person, Kremlin says",
    ["Russian President Vladimir Putin will take part in the BRICS summit in New Delhi in November by video link rather than in person, the Kremlin said on Monday.",
     "Kremlin spokesman Dmitry Peskov did not give a reason, but Indian media have reported pressure on New Delhi over the International Criminal Court warrant against Putin."],
    "diplomacy", "diplomacy", 2, "putin-brics-summit-video-link-2032-07-12", a="Agency Report", cats=["Foreign", "Asia"], path="foreign/asia", tagline="(NAN)"),
  ]))


def r_nation(S):
    """Nation (nation.africa, Kenya) 'World' section, text scrape. Top bar with today's date; cards newest first: headline, summary,
    'By NAME' (or the agency), then 'Jul 14, 2032 3:20 PM' (East Africa Time, no zone printed); some cards carry a 'PREMIUM' badge."""
    z = S["zone"]; order_check(S, True); ref = dt(S["entries"][0]["t"], z)
    L = ["Nation", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day:02d}, {ref.year}", "Subscribe   Log in", "",
         "Home   News   Kenya   Counties   Business   Sports   Africa   World   Opinion   Life & Style   Health   Podcasts   Video   ePaper", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year} {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += (["PREMIUM"] if e.get("premium") else []) + [e["h"]] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Get the Nation newsletter", "Top stories from Kenya and the world, delivered to your inbox every morning.", "Sign up", ""]
    L += ["Show more", "", "Nation Media Group", "About us   Contact us   Advertise with us   Privacy policy   Terms of use",
          f"\u00a9 {ref.year} Nation Media Group. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ahram_rss(S):
    """Ahram Online RSS 2.0 for the World section: pubDate with the Cairo offset (+0300 in summer), NewsContent/... .aspx links,
    plain-text description, no author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://english.ahram.org.eg/</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>', '<copyright>Copyright Ahram Online</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'https://english.ahram.org.eg/NewsContent/{e["fsec"]}/{563412 - i * 17}/{slugify(e["h"])}.aspx'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_mwn(S):
    """Morocco World News (WordPress) category archive, HTML. Yoast @graph JSON-LD without dates; cards newest first: category
    label, Title Case headline link, excerpt, 'By AUTHOR' and <time datetime="...+01:00">July 19, 2032</time> (the visible text is
    the date only; the clock time is only in the datetime attribute)."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.moroccoworldnews.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/international/", "url": f"{base}/international/", "name": S["doc_title"],
         "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Morocco World News",
         "description": "Morocco's leading English-language news source", "inLanguage": "en-US"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Morocco World News", "url": f"{base}/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-international">',
           '<div class="top-bar"><span class="today">' + esc(S["today_label"]) + '</span> <a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> '
           '<a href="/submit-an-op-ed/">Submit an Op-Ed</a></div>',
           f'<header><a class="logo" href="{base}/">Morocco World News</a><nav><a href="/morocco/">Morocco</a> <a href="/politics/">Politics</a> '
           '<a href="/economy/">Economy</a> <a href="/international/">International</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/travel/">Travel</a></nav></header>', f'<main><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"{base}/{d:%Y/%m}/{slugify(e['h'])}/"
        out.append(f'<article class="jeg_post"><div class="jeg_post_category"><a href="/{e["cat"].lower()}/">{esc(e["cat"])}</a></div>'
                   f'<h3 class="jeg_post_title"><a href="{url}">{esc(e["h"])}</a></h3>'
                   f'<div class="jeg_post_meta"><span class="jeg_meta_author">By <a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></span> '
                   f'<span class="jeg_meta_date"><time datetime="{d.isoformat()}">{st}</time></span></div>'
                   '<div class="jeg_post_excerpt">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + f'<a href="{url}" class="jeg_readmore">Read more</a></div></article>')
        if i == 2:
            out.append('<div class="mwn-newsletter"><h4>Subscribe to our newsletter</h4><p>Get the latest news from Morocco and the world, every morning.</p>'
                       '<input type="email" placeholder="Your email address"><button>Subscribe</button></div>')
    out += ['<div class="jeg_navigation"><a class="next" href="/international/page/2/">Next</a></div></main>',
            f'<footer><p>\u00a9 {dt(S["entries"][0]["t"], z).year} Morocco World News. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mnd_article(S):
    """Mexico News Daily article (text scrape): a 'mañanera' recap with one section per topic (subheading, paragraphs); one
    'Published on ...' line for the whole page; the 'With reports from ...' credit and promos at the end."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    for e in S["entries"]:
        assert e["t"] == S["entries"][0]["t"]
    L = ["Mexico News Daily", "Subscribe   Log in", "", "Politics   Business   Security   Mexico Living   Travel   Food & Culture   Opinion   Podcast", "",
         "Politics", S["title"], S["lede"], "", f"By {S['byline']}",
         f"Published on {DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}", "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Want the week's top stories in your inbox? Sign up for the Mexico News Daily newsletter.", ""]
    L += [S["credit"], "", "Explore more"] + S["more"] + ["", "Mexico News Daily", "About   Contact   Advertise   Privacy policy",
          f"\u00a9 {d.year} Mexico News Daily. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])

# ---------------------------------------------------------------- 20906 Nation (Kenya)
SEEDS.append(dict(
  id="20906", name="20906_nation-world", ext="txt", source="Nation", zone="Africa/Nairobi", render=r_nation,
  title="World",
  basis="stamp '{s}' (month, day, year and a 12-hour clock; East Africa Time, EAT = UTC+3, no zone printed); local {d} in {z}",
  notes="Imitates the Nation (nation.africa) 'World' section as copied from a browser: logo, today's date bar 'Wednesday, July 14, 2032', Subscribe/Log in, menu, section heading, then cards newest first: optional 'PREMIUM' badge, headline, one-paragraph summary, 'By NAME' (agency or reporter) and a stamp 'Jul 14, 2032 10:10 PM' (Nairobi time, no zone printed). A newsletter box follows the third card. Two off-beat cards (pipeline deal, Tanzanian gas blocks).",
  not_entries=["logo 'Nation' and the date bar 'Wednesday, July 14, 2032'", "'Subscribe   Log in'", "menu", "section heading 'World'",
               "'PREMIUM' badges", "'By ...' lines (author, not body)", "newsletter box after the third card", "'Show more'", "footer"],
  entries=[
  E("2032-07-14 22:10", "Fourteen more Kenyans recruited to fight for Russia return home",
    ["Fourteen Kenyans who were lured to Russia with offers of civilian jobs and then sent to the front in Ukraine landed at Jomo Kenyatta International Airport on Wednesday night, the Ministry of Foreign and Diaspora Affairs said."],
    "other", "humanitarian", 2, "kenyans-recruited-by-russia-return-2032-07-14", a="Wanjiku Mwangi", premium=True,
    n="victims of deceptive recruitment returning home: other/humanitarian"),
  E("2032-07-14 19:30", "Ruto calls for African seat at any Ukraine peace talks",
    ["President William Ruto on Wednesday said African countries must have a place at any future negotiations to end the war in Ukraine, arguing that the continent had paid a heavy price through higher food and fuel costs."],
    "diplomacy", "diplomacy", 2, "ruto-african-seat-peace-talks-2032-07-14", a="Brian Otieno", n="a speech, not a diplomatic move: importance 2"),
  OFF("2032-07-14 16:45", "Uganda, Kenya agree timeline for refined fuel pipeline extension",
    ["Kenya and Uganda have agreed to start building the extension of the refined petroleum products pipeline from Eldoret to Kampala in early 2033, energy ministers from the two countries said after talks in Kisumu."],
    "kenya-uganda-pipeline-timeline-2032-07-14", a="Reuters", n="regional energy deal"),
  E("2032-07-14 14:05", "Russian glide bombs kill four in Kharkiv region village",
    ["Four people, including a 12-year-old girl, were killed when Russian aircraft dropped glide bombs on a village in Ukraine's Kharkiv region on Wednesday, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2032-07-14", a="AFP", n="deadly strike"),
  E("2032-07-14 11:20", "Wheat prices rise after Russian drones hit Izmail grain terminal",
    ["Global wheat futures rose more than two percent on Wednesday after Russian drones damaged a grain terminal in the Ukrainian Danube port of Izmail, from where much of the grain bound for East Africa is shipped."],
    "strikes", "strikes", 2, "izmail-grain-terminal-drone-strike-2032-07-14", a="Bloomberg", premium=True,
    n="non-deadly strike on port infrastructure: importance 2"),
  OFF("2032-07-14 08:00", "Tanzania opens bidding for new offshore gas blocks",
    ["Tanzania on Wednesday opened a licensing round for 26 offshore and onshore oil and gas blocks, its first in more than a decade, the energy ministry said."],
    "tanzania-gas-licensing-round-2032-07-14", a="Reuters", n="energy"),
  ]))

# ---------------------------------------------------------------- 20907 Ahram Online
SEEDS.append(dict(
  id="20907", name="20907_ahramonline-world-rss", ext="xml", source="Ahram Online", zone="Africa/Cairo", render=r_ahram_rss,
  title="Ahram Online - World", lede="Ahram Online, the English-language news website of Al-Ahram: World news",
  basis="RSS pubDate '{s}' (explicit +0300, Cairo summer time); local {d} in {z} = {u} UTC",
  notes="Imitates an Ahram Online RSS 2.0 feed: channel title 'Ahram Online - World', items newest first with title, NewsContent/...aspx link, plain-text description (1 paragraph), pubDate with +0300 (Egypt observes summer time), no author elements (author null). One off-beat item (typhoon in the Philippines). The Sisi-Zelensky call is filed under the Egypt section in the link path but appears in this feed.",
  not_entries=["channel title/link/description/language/pubDate/copyright"],
  entries=[
  E("2032-07-16 22:40", "Sisi, Zelensky discuss wheat supplies, regional security in phone call",
    ["President Abdel-Fattah El-Sisi received a phone call on Friday from Ukrainian President Volodymyr Zelensky, in which the two leaders discussed securing wheat shipments to Egypt and efforts to end the war in Ukraine, the Egyptian presidency said in a statement."],
    "diplomacy", "diplomacy", 3, "sisi-zelensky-phone-call-2032-07-16", fsec="1/64", n="head-of-state call"),
  E("2032-07-16 19:15", "Russia says it downed 41 Ukrainian drones over border regions",
    ["Russia's defence ministry said on Friday its air defences had destroyed 41 Ukrainian drones over the Bryansk, Kursk and Belgorod regions overnight, with no casualties reported."],
    "strikes", "strikes", 2, "russia-downs-41-drones-2032-07-16", fsec="2/9"),
  OFF("2032-07-16 17:00", "Typhoon forces 90,000 to evacuate in northern Philippines",
    ["About 90,000 people were moved to evacuation centres in the northern Philippines on Friday as a strong typhoon approached the coast of Luzon with sustained winds of 165 kilometres per hour."],
    "philippines-typhoon-evacuation-2032-07-16", fsec="2/9", n="weather disaster"),
  E("2032-07-16 14:30", "Hungary blocks EU statement on Ukraine membership talks",
    ["Hungary on Friday blocked a joint statement by European Union foreign ministers that would have called for opening the next cluster of Ukraine's membership negotiations this year, diplomats said."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-ukraine-statement-2032-07-16", fsec="2/9"),
  E("2032-07-16 11:05", "Russian strike on Kherson hospital kills doctor, Ukraine says",
    ["A Russian artillery strike on a hospital in the southern Ukrainian city of Kherson killed a doctor and wounded two nurses on Friday morning, Ukraine's health ministry said."],
    "strikes", "strikes", 3, "kherson-hospital-strike-2032-07-16", fsec="2/9", n="deadly strike"),
  E("2032-07-16 07:50", "Seoul says North Korea sent more artillery shells to Russia",
    ["South Korea's military said on Friday that North Korea had shipped several hundred more containers of artillery shells and rockets to Russia since May, citing intelligence assessments."],
    "aid", "aid", 2, "north-korea-shells-to-russia-2032-07-16", fsec="2/9", n="arms transfer to Russia = aid"),
  ]))

# ---------------------------------------------------------------- 20908 Morocco World News
SEEDS.append(dict(
  id="20908", name="20908_moroccoworldnews-international", ext="html", source="Morocco World News", zone="Africa/Casablanca", render=r_mwn,
  title="International", doc_title="International Archives - Morocco World News", today_label="Monday, July 19, 2032",
  basis="visible date-only stamp '{s}'; the clock time comes from the card's own <time datetime> attribute (Morocco time, +01:00); local {d} in {z}",
  notes="Imitates a Morocco World News category archive (WordPress, JNews-style markup): Yoast JSON-LD @graph without dates, top bar with today's date, menu, heading 'International', then cards newest first: category label, Title Case headline, 'By AUTHOR', a visible date only ('July 19, 2032') whose <time datetime> attribute carries the exact time with +01:00, an excerpt (1 paragraph) and 'Read more'. published comes from the datetime attribute. One off-beat card each from Morocco's economy (airline route, fertiliser deal). A newsletter box follows the third card.",
  not_entries=["Yoast JSON-LD graph (no dates)", "top bar (today's date, About Us, Contact Us, Submit an Op-Ed)", "logo and menu", "heading 'International'",
               "category labels on each card", "'By AUTHOR' lines", "'Read more' links", "newsletter box after the third card", "'Next' pagination link", "footer"],
  entries=[
  E("2032-07-19 21:20", "Bourita, Sybiha Discuss Food Security, Ukraine Peace Efforts in Rabat",
    ["Moroccan Foreign Minister Nasser Bourita received his Ukrainian counterpart Andrii Sybiha in Rabat on Monday for talks on grain supplies, agricultural cooperation and international efforts to end the war in Ukraine."],
    "diplomacy", "diplomacy", 3, "bourita-sybiha-rabat-talks-2032-07-19", a="Yassine Benali", cat="Politics", n="ministerial diplomatic visit"),
  E("2032-07-19 18:00", "Russian Missile Strike on Poltava Kills Nine, Injures Dozens",
    ["A Russian ballistic missile hit a residential neighborhood in the central Ukrainian city of Poltava on Monday afternoon, killing nine people and injuring at least 37, according to Ukrainian officials."],
    "strikes", "strikes", 3, "poltava-missile-strike-2032-07-19", a="Salma Idrissi", cat="International", n="deadly strike"),
  OFF("2032-07-19 15:30", "Royal Air Maroc Launches Direct Flights Between Casablanca and Luanda",
    ["Royal Air Maroc will operate three weekly flights between Casablanca and the Angolan capital Luanda from October, the national carrier announced on Monday as part of its expansion in sub-Saharan Africa."],
    "ram-casablanca-luanda-route-2032-07-19", a="Karim El Amrani", cat="Economy", n="airline route"),
  E("2032-07-19 12:45", "Russia, Ukraine Trade Accusations at UN Security Council Over Black Sea Shipping",
    ["Russian and Ukrainian envoys traded accusations at a UN Security Council meeting on Monday over attacks on merchant vessels in the Black Sea, with each side blaming the other for rising insurance costs."],
    "diplomacy", "diplomacy", 2, "unsc-black-sea-shipping-meeting-2032-07-19", a="Salma Idrissi", cat="International"),
  OFF("2032-07-19 10:10", "OCP Group Signs Fertilizer Supply Deal With Ethiopia",
    ["Morocco's OCP Group has signed an agreement to supply Ethiopia with 1.1 million tons of fertilizer over the next two years, the company said on Monday."],
    "ocp-ethiopia-fertilizer-deal-2032-07-19", a="Karim El Amrani", cat="Economy", n="Moroccan business"),
  E("2032-07-19 08:35", "Netherlands Pledges €500 Million for Ukraine's Air Defense",
    ["The Netherlands will provide €500 million to buy air defense systems and interceptor missiles for Ukraine, the Dutch defense minister said on Monday during a visit to Kyiv."],
    "aid", "aid", 3, "netherlands-air-defence-500m-2032-07-19", a="Yassine Benali", cat="International", n="major aid package"),
  ]))

# ---------------------------------------------------------------- 20909 Mexico News Daily
SEEDS.append(dict(
  id="20909", name="20909_mexiconewsdaily-mananera", ext="txt", source="Mexico News Daily", zone="America/Mexico_City", render=r_mnd_article,
  title="Mañanera recap: Sheinbaum on medicine for Ukraine, the Geneva conference and water debts",
  lede="The president also said Pemex will refinance part of its debt and that the power grid is ready for this week's heat wave.",
  byline="Daniela Ortega",
  intro="President Claudia Sheinbaum's Tuesday morning press conference ran for just under three hours. Here are the main points.",
  credit="With reports from El Universal, Milenio and La Jornada",
  more=["Mexico's economy grew 0.4% in the second quarter, INEGI estimates", "Where to watch the Perseids in Mexico this August"],
  basis="article section without a time of its own: the page's 'Published on Tuesday, July 20, 2032 4:50 pm' (Mexico City time, CST = UTC-6 all year, no zone printed); local {d} in {z}",
  notes="Imitates a Mexico News Daily article (text scrape): a recap of the president's morning press conference (mañanera) with one subheaded section per topic. Each section is one entry (headline = its subheading, stamp null, published = the page's 'Published on ...' line, author = the page byline). Mexico has had no daylight saving time since 2022, so 4:50 pm is UTC-6. Three sections are about the war (medicine shipment to Ukraine = aid; Geneva conference attendance = diplomacy; Ukrainians waiting in Tijuana = other/humanitarian) and three are off-beat domestic items. The intro paragraph ('... Here are the main points.') is page lede, not an entry; the closing 'With reports from ...' line is a credit.",
  not_entries=["masthead, Subscribe / Log in, menu", "section label 'Politics'", "page headline and dek", "byline 'By Daniela Ortega'", "'Published on ...' line",
               "intro paragraph ('President Claudia Sheinbaum's Tuesday morning press conference ran for just under three hours. Here are the main points.')",
               "newsletter promo after the third section", "credit 'With reports from El Universal, Milenio and La Jornada'", "'Explore more' and its two links", "footer"],
  entries=[
  E("2032-07-20 16:50", "Medicine for Ukraine, but no weapons",
    ["President Sheinbaum said Mexico will send 40 tonnes of medicines and medical equipment to Ukraine through the International Committee of the Red Cross, the country's largest humanitarian shipment since the start of the war.",
     "'Mexico will never send weapons to anyone, but we will always send medicine,' she said, adding that a similar offer had been made to the Russian Red Cross."],
    "aid", "aid", 2, "mexico-medicine-shipment-ukraine-2032-07-20", a="Daniela Ortega", n="humanitarian aid to Ukraine, modest size"),
  E("2032-07-20 16:50", "Geneva conference: Mexico to send its ambassador",
    ["Sheinbaum confirmed that Mexico's ambassador in Switzerland, rather than the foreign minister, will attend next month's conference on a settlement for Ukraine in Geneva.",
     "She said a peace conference 'without one of the two parties' could not produce a lasting agreement."],
    "diplomacy", "diplomacy", 2, "mexico-geneva-ukraine-conference-attendance-2032-07-20", a="Daniela Ortega"),
  E("2032-07-20 16:50", "Ukrainians waiting in Tijuana",
    ["Asked about some 200 Ukrainian citizens living in a Tijuana shelter while they wait for US asylum appointments, the president said the National Migration Institute would give them temporary humanitarian visas."],
    "other", "humanitarian", 2, "ukrainians-tijuana-humanitarian-visas-2032-07-20", a="Daniela Ortega", n="war refugees: other/humanitarian"),
  OFF("2032-07-20 16:50", "Water treaty: 'We have delivered 70%'",
    ["Sheinbaum said Mexico had delivered about 70% of the water it owes the United States under the 1944 treaty for the current five-year cycle and would cover the rest with water from Chihuahua's dams after the rainy season."],
    "mexico-us-water-treaty-deliveries-2032-07-20", a="Daniela Ortega", n="Mexico-US water treaty"),
  OFF("2032-07-20 16:50", "Pemex to refinance US $6 billion",
    ["Finance Ministry officials at the conference said Pemex will refinance about US $6 billion in debt maturing next year through a new bond issue backed by the federal government."],
    "pemex-debt-refinancing-2032-07-20", a="Daniela Ortega", n="state oil company finances"),
  OFF("2032-07-20 16:50", "'The grid will hold,' says CFE chief",
    ["The head of the Federal Electricity Commission (CFE) said the national grid had enough reserve capacity to get through the heat wave forecast for northern Mexico this week."],
    "cfe-grid-heat-wave-2032-07-20", a="Daniela Ortega", n="electricity grid"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_live_stampfirst(S):
    """text live blog, newest first: masthead, LIVE label, title, dateline, page byline, standfirst, a 'Key Points' block of
    bulleted post headlines; each post: '22.40 BST' on its own line, the headline, the body (a video teaser prints only a
    player line), sometimes an 'Updated at ...' line; no per-post bylines."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Culture | Live", "", "LIVE", S["title"], S["dateline"], S["byline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 0:47", ""]
        if e.get("upd"):
            L += [f"Updated at {e['upd']} {d.tzname()}", ""]
        if i == 3:
            L += [f"Sign up to the {S['source']}'s First Edition newsletter: the day's news in five minutes, every weekday morning", ""]
    L += ["Load earlier posts", "", f"\u00a9 {S['source']} | About us | Contact | Complaints | Privacy policy | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_live_jsonld(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per post (datePublished with the Kyiv offset,
    author); visible '08:05' inside <time datetime>; h2 headline; author paragraph; one 'Read also' box."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{101 + i}", "headline": e["h"], "datePublished": d.isoformat(timespec="seconds"),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(timespec="seconds"), "dateModified": last.isoformat(timespec="seconds"),
          "coverageStartTime": first.isoformat(timespec="seconds"), "coverageEndTime": last.replace(hour=23, minute=59).isoformat(timespec="seconds"),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We use cookies to improve {esc(S["source"])}. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lede">{esc(S["lede"])}</p>',
           '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{101 + i}"><time datetime="{d.isoformat(timespec="seconds")}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/ukraine/longread">{esc(S["related"])}</a></aside>')
    out += ['</section><p class="feed-end">This live page has ended. Follow our coverage of the war on our Ukraine page.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss2(S):
    """RSS 2.0 world feed, newest first; pubDate with a numeric offset, or 'GMT' when S['gmt']; dc:creator when known; CDATA
    description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{5500 + i * 13}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom1(S):
    """Atom 1.0, newest first; <published> and <updated> ISO 8601 with the outlet's offset ('Z' for UTC); escaped HTML content;
    optional author; a <summary> line repeats the first sentence."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/atom.xml"/>', f'<id>tag:{host},2019:feed</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {S["source"]}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{host},{d:%Y-%m-%d}:/{slugify(e["h"])[:30]}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_live_pm(S):
    """HTML live blog without JSON-LD, newest first: page date line and 'All times CEST (Warsaw)'; each post has '9.50pm CEST' in a
    span, an h3 headline, an optional byline and paragraphs; a photo gallery post carries only its gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<div class="masthead"><a href="/">{esc(S["source"])}</a> <span class="edition">English edition</span></div>',
           '<nav class="main-nav"><a href="/poland">Poland</a> <a href="/ukraine">Ukraine war</a> <a href="/europe">Europe</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav>',
           f'<div class="live-header"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="date">{esc(S["dateline"])}</p>'
           f'<p class="tz-note">{esc(S["tznote"])}</p></div>', '<div class="summary"><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["bullets"]) + '</ul></div>',
           '<div class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="14"><span>1/14</span> <button>Open gallery</button></div>')
        out.append('</div>')
        if i == 4:
            out.append('<div class="support">Independent journalism needs your support. <a href="/support">Become a supporter</a></div>')
    out += ['</div><a class="older" href="?page=2">Older posts</a>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_live_byat(S):
    """text live blog, oldest first: dateline and a note on the time zone; each post: headline, then 'By NAME at 07:45'; a partner
    re-post is introduced by a 'From our partners at ...' line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home   News   Ireland   World   Business   Sport   Opinion", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("partner"):
            L += [f"From our partners at {e['partner']}"]
        L += [e["h"], f"By {e['a']} at {st}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog is now closed.", "", f"{S['source']}   Contact   Terms   Privacy   Cookies"]
    return "\n".join(L) + "\n", stamps


def r_live_bare(S):
    """text live blog, newest first: dateline, 'All times are Kyiv time', page byline; each post: bare '22:30' line, headline, body
    (a video teaser prints only 'Video' and a duration)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Ukraine   Russia   Europe   World   Explainers   Podcasts", "", S["title"], S["dateline"], S["tznote"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["Video  1:24", ""])
        if i == 2:
            L += ["Related: Kryvyi Rih, a steel city under fire", ""]
    L += ["More posts", "", f"{S['source']}   About   Contact   Privacy"]
    return "\n".join(L) + "\n", stamps


def r_live_graph(S):
    """HTML live blog, oldest first; JSON-LD @graph (WebPage, Organization, LiveBlogPosting) whose updates carry datePublished in
    UTC ('Z'); visible local clock '10:05' in a <time> element without a datetime attribute; printed 'Times are EEST (Vilnius)'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "articleBody": "\n".join(e["p"]), **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})})
    first = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "headline": S["title"], "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
         "publisher": {"@id": S["url"].split("/live")[0] + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a href="/">{esc(S["source"])}</a> <a href="/subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', '<ol class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="entry"><time>{st}</time><h2>{esc(e["h"])}</h2>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"])
                   + (f'<p class="sig">{esc(e["a"])}</p>' if e["a"] else '') + '</li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Vilnius \u00b7 Privacy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sections(S):
    """text article: kicker, headline, standfirst, 'By A and B', dateline '28 July 2032, 18:20 CEST', intro; one section per topic
    (subheading + paragraphs); no per-section time."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    for e in S["entries"]:
        assert e["t"] == S["entries"][0]["t"]
    L = [S["source"], "World   Europe   Ukraine   Economy   Ideas   Newsletters", "", "UKRAINE", S["title"], S["lede"], "", f"By {S['byline']}",
         f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}", "", S["intro"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Read more from our Ukraine coverage", "", f"\u00a9 {d.year} {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-07-23 (UTC, Friday), day 2 = 2032-07-24 (Saturday), day 3 = 2032-07-28 (Wednesday).
DNI = "dnipro-missile-strike-2032-07-23"
NOR = "norway-air-defence-pledge-2032-07-23"
ZUP = "zuppi-moscow-talks-deported-children-2032-07-23"
EXPL = "explainer-missile-warning-times-central-ukraine"
EXPL_H = "Explainer: why Ukraine's central cities get only minutes of warning"
EXPL_P = ["Friday's strike on Dnipro is a reminder of a grim arithmetic: a ballistic missile fired from across the border can reach the city in under four minutes, often before the sirens have finished sounding.",
          "Cruise missiles and drones fly for hours and can be tracked, which is why most of them are shot down. Ballistic missiles come down steeply and fast, and only a handful of systems in Ukraine's arsenal, chiefly the US-made Patriot, can intercept them.",
          "With too few Patriot batteries to cover every city, the air force has to choose which places to protect, and cities such as Dnipro, Kryvyi Rih and Zaporizhzhia are often left exposed."]

# ---------------------------------------------------------------- 20920 Foxglade Courier (day 1, text live, stamp first)
SEEDS.append(dict(
  id="20920", name="20920_foxglade-live", ext="txt", source="Foxglade Courier", zone="Europe/London", render=r_live_stampfirst,
  title="Russia-Ukraine war live: Dnipro missile strike kills 12; Norway pledges €1bn for air defence", dateline="Friday 23 July 2032",
  byline="Ellen Marsh",
  lede="Two ballistic missiles hit central Dnipro in the morning; the Pope's envoy is in Moscow for talks on deported children; Norway makes its largest air defence pledge.",
  basis="stamp '{s}' (UK time, BST = UTC+1, printed) on its own line above the headline, under the dateline 'Friday 23 July 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, Guardian-like: masthead, LIVE label, title, dateline 'Friday 23 July 2032', page byline 'Ellen Marsh' (no per-post bylines, so the page byline is every post's author), standfirst, then a 'Key Points' block with two bulleted post headlines (key_point true). Each post: time line '22.40 BST' (dot separator, zone printed), headline, body. 20920-02 is a 'Watch:' teaser whose only content is a player line '\u25b6 0:47'. 20920-03 is a theme piece (explainer on warning times) and carries an 'Updated at 18.42 BST' line: the published time is the post's stamp, not the update. Dnipro toll on this page: 4 (08.10) -> 12 (22.40).",
  not_entries=["masthead and menu", "'LIVE' label", "page title, dateline and page byline", "standfirst", "'Key Points' header and its two bullets (pointers to posts 20920-01 and 20920-04)",
               "time lines ('22.40 BST' etc.: stamps, not body)", "player line '\u25b6 0:47' in the Watch teaser", "'Updated at 18.42 BST' line in the explainer",
               "newsletter promo after the fourth post", "'Load earlier posts'", "footer"],
  entries=[
  E("2032-07-23 22:40", "Dnipro death toll rises to 12",
    ["Twelve people are now known to have been killed in this morning's missile strike on Dnipro, the head of the regional military administration, Serhiy Lysak, said. Forty-one people were wounded, six of them children.",
     "Lysak said one woman was still missing under the rubble of the four-storey building in the city centre."],
    "strikes", "strikes", 3, DNI, a="Ellen Marsh", kp=True, n="toll 12 dead, 41 wounded"),
  E("2032-07-23 20:15", "Watch: Dnipro residents sweep up glass after the strike", [],
    "strikes", "strikes", 1, DNI, a="Ellen Marsh", n="video teaser without body"),
  E("2032-07-23 18:30", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Ellen Marsh", upd="18.42",
    n="theme piece (explainer on missile warning times, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2032-07-23 16:05", "Norway pledges 12bn kroner for Ukraine's air defence",
    ["Norway will give Ukraine 12bn kroner (about €1bn) this year to buy air defence systems and interceptors, the defence minister, Tore O Sandvik, told reporters in Oslo.",
     "Part of the money will go to a German-led scheme that buys Patriot interceptors directly from the manufacturer."],
    "aid", "aid", 3, NOR, a="Ellen Marsh", kp=True, n="major aid pledge; same air-defence theme as Spain's Aspide missiles (20921-03) but a different event"),
  E("2032-07-23 13:20", "Pope's envoy arrives in Moscow for talks on deported children",
    ["Cardinal Matteo Zuppi, the Pope's envoy for the war in Ukraine, has arrived in Moscow for two days of talks on returning Ukrainian children taken to Russia, the Vatican said.",
     "Zuppi is due to meet Russia's children's rights commissioner on Saturday."],
    "diplomacy", "diplomacy", 3, ZUP, a="Ellen Marsh"),
  E("2032-07-23 11:45", "Ukraine says it hit oil depot in Russia's Bryansk region",
    ["Ukraine's general staff said its drones had struck an oil depot in Russia's Bryansk region overnight, starting a large fire. The region's governor said debris from downed drones had damaged 'an industrial facility'."],
    "strikes", "strikes", 2, "ukraine-drone-strike-bryansk-oil-depot-2032-07-23", a="Ellen Marsh",
    n="a strike by the other side on the same night; must not merge with the Dnipro strike"),
  E("2032-07-23 08:10", "Missile strike on Dnipro: what we know",
    ["Russian missiles hit the centre of Dnipro at about 7.40am local time (5.40am BST), destroying part of a four-storey residential building and damaging a college. At least four people were killed and 19 injured, regional officials said.",
     "Ukraine's air force said the city was hit by two Iskander-M ballistic missiles launched from Russia's Kursk region."],
    "strikes", "strikes", 3, DNI, a="Ellen Marsh", n="toll 4 dead, 19 injured"),
  ]))

# ---------------------------------------------------------------- 20921 Lindenmere Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="20921", name="20921_lindenmere-live", ext="html", source="Lindenmere Herald", zone="Europe/Kyiv", render=r_live_jsonld,
  title="War in Ukraine, day 3,803: missile strike on Dnipro", url="https://lindenmere-herald.example/live/war-in-ukraine-day-3803",
  dateline="Friday, 23 July 2032 \u00b7 all times Kyiv (EEST)",
  lede="Russian ballistic missiles hit central Dnipro; drones damage an energy site in Pavlohrad; the Vatican's envoy holds talks in Moscow.",
  related="How Dnipro became the hospital city of the eastern front",
  basis="visible '{s}' in <time datetime> with +03:00 (Kyiv summer time; the dateline says 'all times Kyiv (EEST)'); the JSON-LD update carries the same instant; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose BlogPosting updates carry their own datePublished (+03:00) and authors. Visible posts: '08:05' inside <time datetime>, h2 headline, author paragraph, body. Day 3,803 counts 24 February 2022 as day 1. 20921-06 re-publishes 20921-01 near-verbatim with the stale toll of three (duplicate_of 20921-01, importance 1). The day of mourning (20921-07) is a reaction whose content is the strike and its new toll, so it shares the strike's story. Dnipro toll on this page: 3 -> 7 -> 9.",
  not_entries=["LiveBlogPosting JSON-LD (the same posts again, machine-readable)", "cookie banner", "brand and menu", "page title and dateline", "standfirst",
               "'Share' / 'Copy link' tools under each post", "'Read also' box after the third post", "closing note 'This live page has ended ...'", "footer"],
  entries=[
  E("2032-07-23 08:05", "Missiles hit central Dnipro",
    ["Russian ballistic missiles struck the centre of Dnipro shortly before 8am, hitting a residential building and a college. At least three people were killed, regional governor Serhiy Lysak said on Telegram.",
     "Emergency services said several people were trapped under rubble."],
    "strikes", "strikes", 3, DNI, a="Oksana Hrytsenko", n="toll 3"),
  E("2032-07-23 09:30", "Drones damage energy facility in Pavlohrad",
    ["Russian drones damaged an energy facility in Pavlohrad, also in the Dnipropetrovsk region, overnight, leaving about 9,000 households without power, the regional energy company said. No one was hurt."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-strike-2032-07-23", a="Mark Ellery",
    n="same region as the Dnipro missile strike but a separate night drone attack; must not merge with it"),
  E("2032-07-23 11:10", "Spain to send more Aspide missiles",
    ["Spain will send Ukraine another batch of Aspide surface-to-air missiles and spare parts for the launchers it has already supplied, Defence Minister Margarita Robles said in Madrid."],
    "aid", "aid", 2, "spain-aspide-missiles-2032-07-23", a="Mark Ellery",
    n="same air-defence aid theme as Norway's pledge (20920-04, 20923-01), different donor and event; must not merge"),
  E("2032-07-23 12:40", "Dnipro toll rises to seven",
    ["Seven people have been killed in the morning strike on Dnipro, Lysak said, among them a teacher at the damaged college. Thirty people are being treated in hospital."],
    "strikes", "strikes", 3, DNI, a="Oksana Hrytsenko", n="toll 7"),
  E("2032-07-23 14:00", "Vatican envoy Zuppi in Moscow",
    ["Cardinal Matteo Zuppi has begun talks in Moscow on the return of Ukrainian children, the Vatican said. Kyiv has given the Holy See a list of 339 children it says were deported."],
    "diplomacy", "diplomacy", 3, ZUP, a="Mark Ellery"),
  E("2032-07-23 16:20", "Missiles hit central Dnipro",
    ["Russian ballistic missiles struck the centre of Dnipro shortly before 8am, hitting a residential building and a college. At least three people were killed, the regional governor said.",
     "Emergency services said several people were trapped under rubble."],
    "strikes", "strikes", 1, DNI, a="Oksana Hrytsenko", dup="20921-01",
    n="near-verbatim repeat of 20921-01 re-published later with the stale toll of three"),
  E("2032-07-23 19:45", "Saturday declared day of mourning in Dnipro",
    ["Dnipro's city council has declared Saturday a day of mourning for the victims of the morning strike. The death toll has risen to nine, with 38 people injured."],
    "strikes", "strikes", 3, DNI, a="Oksana Hrytsenko", n="reaction whose content is the strike (mourning, toll 9): same story"),
  ]))

# ---------------------------------------------------------------- 20922 Marshwell World Service (day 1, RSS world feed)
SEEDS.append(dict(
  id="20922", name="20922_marshwell-worldrss", ext="xml", source="Marshwell World Service", zone="America/Chicago", render=r_rss2,
  title="Marshwell World Service: World", url="https://marshwell-world.example", guid="mws-world",
  lede="Top world headlines from the Marshwell World Service newsroom in Chicago",
  basis="RSS pubDate '{s}' (explicit -0500, US Central daylight time); local {d} in {z} = {u} UTC",
  notes="Invented outlet. General world RSS 2.0 feed from a US newsroom: six items, four not about the war (off-beat). pubDate with -0500 (CDT); dc:creator only on some items. The Dnipro item spells the city 'Dnepr' (and explains the Ukrainian name). Items run from 02:10 to 18:20 Chicago time, all on 23 July UTC.",
  not_entries=["channel title/link/description/language/atom:link/ttl", "category elements"],
  entries=[
  OFF("2032-07-23 18:20", "Canadian wildfire smoke triggers air quality alerts across the Midwest",
    ["Smoke from more than 200 wildfires burning in northern Ontario and Manitoba drifted south on Friday, prompting air quality alerts from Minnesota to Ohio."],
    "canadian-wildfire-smoke-midwest-2032-07-23", a="Dana Kowalczyk", cat="US", n="weather/air quality"),
  E("2032-07-23 15:05", "Papal envoy holds talks in Moscow on return of Ukrainian children",
    ["The Vatican's peace envoy, Cardinal Matteo Zuppi, met Russian officials in Moscow on Friday to press for the return of Ukrainian children taken to Russia during the war.",
     "The Kremlin called the talks 'useful' but gave no details."],
    "diplomacy", "diplomacy", 3, ZUP, a="Aaron Whitlock", cat="Europe"),
  OFF("2032-07-23 12:30", "Japan's ruling bloc loses Hokkaido upper house by-election",
    ["Japan's governing coalition lost an upper house by-election in Hokkaido on Friday, a setback for the prime minister ahead of next year's general election."],
    "japan-hokkaido-by-election-2032-07-23", cat="Asia", n="Japanese politics"),
  OFF("2032-07-23 09:40", "Monsoon floods and landslides kill 23 in Nepal",
    ["At least 23 people were killed in floods and landslides triggered by heavy monsoon rain in western Nepal, police said on Friday, and dozens more were missing."],
    "nepal-monsoon-floods-2032-07-23", cat="Asia", n="natural disaster"),
  E("2032-07-23 06:15", "Russian missiles kill eight in Dnepr, Ukraine",
    ["Russian ballistic missiles slammed into the center of the Ukrainian city of Dnepr on Friday morning, killing eight people and wounding more than two dozen, Ukrainian officials said.",
     "The city, which Ukrainians call Dnipro, is a major logistics hub for the front lines in the east."],
    "strikes", "strikes", 3, DNI, a="Aaron Whitlock", cat="Europe", n="spelled 'Dnepr'; toll 8"),
  OFF("2032-07-23 02:10", "Australia's jobless rate edges up to 4.3%",
    ["Australia's unemployment rate rose to 4.3% in June from 4.2% a month earlier, official figures showed on Friday, adding to the case for a rate cut."],
    "australia-unemployment-june-2032-07-23", cat="Business", n="economic data"),
  ]))

# ---------------------------------------------------------------- 20923 Eastwold Review (day 1, Atom)
SEEDS.append(dict(
  id="20923", name="20923_eastwold-atom", ext="xml", source="Eastwold Review", zone="Europe/Berlin", render=r_atom1,
  title="Eastwold Review \u2013 Europe and the war", url="https://eastwold-review.example",
  lede="News and analysis from Berlin on Europe, Russia and Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00, Berlin summer time); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Atom 1.0 feed from Berlin, newest first: <published>/<updated> with +02:00, escaped HTML content, optional <author> (20923-05 has none). The Dnipro entry names the Russian form in the headline: 'Dnipro (Dnepr)'. The Kremlin's reply to the Vatican list (20923-02) is part of the Zuppi talks story. The newest entry (23:10 CEST) is 21:10 UTC, still 23 July.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms"],
  entries=[
  E("2032-07-23 23:10", "Norway's record air defence pledge",
    ["Norway has pledged 12 billion kroner, roughly one billion euros, for Ukraine's air defence this year, the largest single contribution Oslo has made since 2022.",
     "Norwegian officials said part of the money would buy Patriot interceptors through a German-led purchasing scheme."],
    "aid", "aid", 3, NOR, a="Lena Hartmann", cat="Aid"),
  E("2032-07-23 18:40", "Kremlin says it will 'study' Vatican list of Ukrainian children",
    ["The Kremlin said on Friday it would study a list of Ukrainian children handed over by the Vatican's envoy, Cardinal Matteo Zuppi, during his visit to Moscow, but rejected the word 'deportation'."],
    "diplomacy", "diplomacy", 3, ZUP, a="Jonas Pfeiffer", cat="Diplomacy", n="Moscow's answer during the envoy's talks: same story as the visit"),
  E("2032-07-23 15:30", "Dnipro (Dnepr) strike: death toll climbs to nine",
    ["The number of people killed by Friday morning's Russian missile strike on Dnipro has risen to nine, Ukrainian authorities said. The city, known in Russian as Dnepr, lies about 100 kilometres from the front line."],
    "strikes", "strikes", 3, DNI, a="Lena Hartmann", cat="War", n="toll 9"),
  E("2032-07-23 11:00", "Berlin court convicts two men of spying on Ukrainian trainees",
    ["A Berlin court sentenced two Russian-German dual nationals to three and four years in prison for photographing a training area where Ukrainian soldiers were being trained and passing the pictures to a Russian intelligence officer."],
    "other", "security", 2, "berlin-spying-trial-ukrainian-trainees-2032-07-23", a="Jonas Pfeiffer", cat="Germany"),
  E("2032-07-23 07:20", "Ukraine extends martial law for another 90 days",
    ["Ukraine's parliament voted on Friday to extend martial law and general mobilisation for another 90 days, the 41st such extension since the full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2032-07-23", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- Day 2 (2032-07-24)
KHA = "kharkiv-drone-strike-2032-07-24"
SWI = "swiss-foreign-minister-kyiv-visit-2032-07-24"

# ---------------------------------------------------------------- 20930 Brambleton Post (day 2, HTML live, 9.50pm CEST)
SEEDS.append(dict(
  id="20930", name="20930_brambleton-live", ext="html", source="Brambleton Post", zone="Europe/Warsaw", render=r_live_pm,
  title="War in Ukraine: Kharkiv hit by drones overnight \u2013 live", dateline="Saturday 24 July 2032", tznote="All times CEST (Warsaw)",
  bullets=["Five killed in Kharkiv after a night drone attack", "Dnipro buries its dead as the search ends", "Swiss foreign minister in Kyiv"],
  basis="stamp '{s}' (12-hour clock with a dot and 'CEST' printed; Warsaw summer time = UTC+2) under the page date 'Saturday 24 July 2032'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. The header prints the date 'Saturday 24 July 2032' and 'All times CEST (Warsaw)'; a summary list of three bullet lines (paraphrases, not post headlines) sits above the posts. Each post: '9.50pm CEST' style stamp, h3 headline, optional 'By NAME', body. 20930-02 is a 'Photos:' teaser whose only content is a gallery placeholder. Continuation of day 1: 20930-04 (Dnipro funerals, final toll 13). Kharkiv toll on this page: 2 -> 5.",
  not_entries=["masthead and 'English edition'", "menu", "'LIVE' badge, title, date and time-zone note", "summary bullet list (three paraphrase lines above the posts)",
               "'By NAME' lines", "gallery placeholder '1/14 Open gallery' in the Photos teaser", "supporter box after the fifth post", "'Older posts'", "footer"],
  entries=[
  E("2032-07-24 21:50", "Kharkiv toll rises to five as search ends",
    ["Five people were killed in last night's Russian drone attack on Kharkiv, the city's mayor, Ihor Terekhov, said as rescuers finished clearing the rubble of a damaged apartment block in the Saltivskyi district.",
     "Forty people were injured."],
    "strikes", "strikes", 3, KHA, a="Piotr Nowacki", n="toll 5"),
  E("2032-07-24 19:20", "Photos: Kharkiv's Saltivka district after the night attack", [],
    "strikes", "strikes", 1, KHA, n="photo-gallery teaser without text"),
  E("2032-07-24 17:05", "Shelling kills woman in Chuhuiv",
    ["A 64-year-old woman was killed when Russian artillery shells hit a street in Chuhuiv, east of Kharkiv, in the afternoon, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, "chuhuiv-shelling-2032-07-24", a="Agnieszka Wrona",
    n="same Kharkiv region, a separate afternoon shelling: must not merge with the Kharkiv night drone attack; deadly, so importance 3"),
  E("2032-07-24 14:30", "Dnipro holds first funerals as search ends",
    ["Dnipro held the first funerals on Saturday for the victims of Friday's missile strike, as rescuers ended their search of the damaged building with the death toll at 13.",
     "The city observed a day of mourning, with flags at half mast and entertainment events cancelled."],
    "strikes", "strikes", 3, DNI, a="Agnieszka Wrona", n="continuation of the day-1 Dnipro strike (final toll 13); carried by three day-2 seeds"),
  E("2032-07-24 12:15", "Poland to train another 5,000 Ukrainian soldiers this year",
    ["Poland will train another 5,000 Ukrainian soldiers at ranges in the west of the country before the end of the year, the Polish defence ministry said on Saturday."],
    "aid", "aid", 2, "poland-trains-ukrainian-soldiers-2032-07-24", a="Piotr Nowacki", n="training support = aid"),
  E("2032-07-24 10:40", "Swiss foreign minister arrives in Kyiv",
    ["Switzerland's foreign minister, Ignazio Cassis, arrived in Kyiv on Saturday morning on an unannounced visit to prepare next month's conference on Ukraine in Geneva."],
    "diplomacy", "diplomacy", 3, SWI, a="Agnieszka Wrona"),
  E("2032-07-24 08:10", "Drones hit Kharkiv overnight, killing two",
    ["Russian drones struck Kharkiv overnight, killing two people and damaging an apartment block and a school, the regional governor said.",
     "Ukraine's air force said Russia launched 112 drones at the country overnight, 96 of which were shot down or jammed."],
    "strikes", "strikes", 3, KHA, a="Piotr Nowacki", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 20931 Quinceford Gazette (day 2, text live, oldest first)
SEEDS.append(dict(
  id="20931", name="20931_quinceford-live", ext="txt", source="Quinceford Gazette", zone="Europe/Dublin", render=r_live_byat,
  title="Ukraine war: Kharkiv counts its dead after night of drones", dateline="Saturday 24 July 2032", tznote="All times Irish Standard Time",
  lede="Our live coverage of the war in Ukraine. Latest posts at the bottom.",
  basis="stamp '{s}' in the line 'By NAME at {s}' (Irish time, IST = UTC+1 in summer; the page says 'All times Irish Standard Time') under the dateline 'Saturday 24 July 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first ('Latest posts at the bottom'). Each post: headline, then 'By NAME at 07:30' (author and time on one line), body. 20931-02 re-publishes day 1's Foxglade Courier explainer (20920-03) under a 'From our partners at Foxglade Courier' line, with the same headline, byline and text: a re-post of a previous day's entry, importance 1, duplicate_of null (duplicates are defined within a seed). 20931-03 is a theme piece (analysis of drone tactics). 20931-04 repeats 20931-01 near-verbatim (duplicate_of 20931-01). Continuation of day 1: 20931-05 (Dnipro mourning, toll 13). 'Irish Standard Time' is Ireland's legal name for its summer time (UTC+1).",
  not_entries=["masthead and menu", "title, dateline, time-zone note and standfirst", "'By NAME at HH:MM' lines (author and stamp, not body)",
               "'From our partners at Foxglade Courier' label", "'Advertisement' after the fourth post", "'This live blog is now closed.'", "footer"],
  entries=[
  E("2032-07-24 07:30", "Russian drones kill three in Kharkiv",
    ["Three people were killed and 22 injured when Russian drones hit residential buildings in Kharkiv overnight, according to the city's mayor.",
     "One drone struck a school building, which was empty at the time."],
    "strikes", "strikes", 3, KHA, a="Niamh Gallagher", n="toll 3"),
  E("2032-07-24 08:15", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, a="Ellen Marsh", partner="Foxglade Courier",
    n="Re-post of day-1 entry 20920-03 (Foxglade Courier explainer): same headline, byline and text; importance 1; duplicate_of null because duplicates are defined within a seed"),
  E("2032-07-24 10:00", "Analysis: why Russia's drones are flying lower and faster",
    ["Last night's attack on Kharkiv followed a pattern Ukrainian air defence crews have described for weeks: Russian drones now approach at very low altitude and climb only in the last seconds before impact.",
     "Flying low keeps them below the radar horizon of many ground-based systems, while newer jet-powered versions cut the time mobile fire teams have to react.",
     "Ukraine has answered with interceptor drones of its own, but commanders say there are still too few of them to cover every city."],
    "strikes", "strikes", 2, "analysis-russian-drone-tactics-2032-07", a="Conor Brady",
    n="theme piece (analysis of drone tactics, no single event); mentions the Kharkiv attack but must not merge with it"),
  E("2032-07-24 11:20", "Russian drones kill three in Kharkiv",
    ["Three people were killed and 22 injured when Russian drones hit residential buildings in Kharkiv overnight, according to the city's mayor."],
    "strikes", "strikes", 1, KHA, a="Niamh Gallagher", dup="20931-01", n="near-verbatim repeat of 20931-01 (first paragraph only, stale toll)"),
  E("2032-07-24 13:45", "Dnipro mourns as death toll reaches 13",
    ["Dnipro observed an official day of mourning on Saturday after the death toll from Friday's missile strike rose to 13, when the last missing person was found dead under the rubble overnight."],
    "strikes", "strikes", 3, DNI, a="Conor Brady", n="continuation of the day-1 Dnipro strike"),
  E("2032-07-24 16:30", "Ireland to fund €8m in demining equipment for Ukraine",
    ["The Government will provide €8 million for demining equipment and training for Ukraine through the European Peace Facility, the Tánaiste said on Saturday."],
    "aid", "aid", 2, "ireland-demining-funding-2032-07-24", a="Niamh Gallagher"),
  E("2032-07-24 20:10", "Belgorod shelling kills one, governor says",
    ["One person was killed and four injured when Ukrainian shells hit a village in Russia's Belgorod region near the border with Kharkiv, the regional governor said on Saturday evening."],
    "strikes", "strikes", 3, "belgorod-village-shelling-2032-07-24", a="Conor Brady",
    n="a strike by the other side across the border from Kharkiv: must not merge with the Kharkiv drone attack; deadly, so importance 3"),
  ]))

# ---------------------------------------------------------------- 20932 Wildersby Globe (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="20932", name="20932_wildersby-worldrss", ext="xml", source="Wildersby Globe", zone="UTC", render=r_rss2, gmt=True,
  title="Wildersby Globe - World news", url="https://wildersby-globe.example", guid="wg",
  lede="The latest world news from the Wildersby Globe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed with pubDate in GMT: six items, four not about the war (off-beat). The Kharkiv item spells the city 'Kharkov' and names the Ukrainian form in its second paragraph. dc:creator only on the two war items.",
  not_entries=["channel title/link/description/language/atom:link/ttl", "category elements"],
  entries=[
  OFF("2032-07-24 22:15", "Wildfire on Greek island of Evia forces evacuation of villages",
    ["Greek authorities ordered the evacuation of five villages in northern Evia on Saturday as a wildfire driven by strong winds spread through pine forest."],
    "evia-wildfire-evacuations-2032-07-24", cat="Europe", n="wildfire"),
  E("2032-07-24 18:40", "Swiss foreign minister in Kyiv to prepare Geneva peace conference",
    ["Switzerland's foreign minister met President Volodymyr Zelensky in Kyiv on Saturday to prepare a conference on ending the war that Geneva will host in August."],
    "diplomacy", "diplomacy", 3, SWI, a="Helen Ashdown", cat="Europe"),
  OFF("2032-07-24 15:20", "India's monsoon rains running 9% above average",
    ["India's monsoon rainfall has been 9% above the long-term average since the season began in June, the weather office said on Saturday, raising hopes of a bumper rice harvest."],
    "india-monsoon-above-average-2032-07-24", cat="Asia", n="weather/agriculture"),
  E("2032-07-24 11:05", "Russian drones kill four in Kharkov",
    ["Four people were killed when Russian drones hit apartment buildings in Kharkov, Ukraine's second city, overnight, local officials said on Saturday.",
     "The city is also known by its Ukrainian name, Kharkiv."],
    "strikes", "strikes", 3, KHA, a="Helen Ashdown", cat="Europe", n="spelled 'Kharkov'; toll 4"),
  OFF("2032-07-24 07:30", "Thai parliament elects new speaker after weeks of deadlock",
    ["Thailand's House of Representatives elected a new speaker on Saturday, ending a six-week stand-off between the governing coalition's two largest parties."],
    "thailand-new-speaker-2032-07-24", cat="Asia", n="Thai politics"),
  OFF("2032-07-24 03:10", "Magnitude 6.1 earthquake shakes northern Japan, no tsunami warning",
    ["A magnitude 6.1 earthquake struck off the coast of Aomori in northern Japan early on Saturday, the Japan Meteorological Agency said, but no tsunami warning was issued."],
    "japan-aomori-earthquake-2032-07-24", cat="Asia", n="earthquake"),
  ]))

# ---------------------------------------------------------------- 20933 Brockhurst Dispatch (day 2, Atom +03:00)
SEEDS.append(dict(
  id="20933", name="20933_brockhurst-atom", ext="xml", source="Brockhurst Dispatch", zone="Europe/Kyiv", render=r_atom1,
  title="Brockhurst Dispatch: Ukraine", url="https://brockhurst-dispatch.example",
  lede="Reporting from Kyiv on the war and its consequences",
  basis="Atom <published> '{s}' (explicit +03:00, Kyiv summer time); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Atom 1.0 feed from Kyiv, newest first, <published> with +03:00, escaped HTML content, authors on most entries (20933-04 has none). Continuation of day 1: 20933-02 (Dnipro search over, toll 13). Cassis's visit (20933-03) leads with the meeting and also announces reconstruction money (secondary topic aid). The newest entry, 23:30 Kyiv time, is 20:30 UTC on 24 July.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms"],
  entries=[
  E("2032-07-24 23:30", "Kharkiv: five dead, 40 injured after night drone attack",
    ["The death toll from Friday night's drone attack on Kharkiv has risen to five, with 40 people injured, Mayor Ihor Terekhov said on Saturday evening."],
    "strikes", "strikes", 3, KHA, a="Olha Marchenko", cat="War", n="toll 5"),
  E("2032-07-24 19:00", "Dnipro search over; 13 dead",
    ["Rescuers in Dnipro have finished searching the ruins of the building hit by Friday's missile strike; 13 people died and 44 were injured, regional officials said."],
    "strikes", "strikes", 3, DNI, a="Olha Marchenko", cat="War", n="continuation of the day-1 Dnipro strike"),
  E("2032-07-24 15:10", "Cassis meets Zelensky in Kyiv, pledges reconstruction funds",
    ["Swiss Foreign Minister Ignazio Cassis met President Volodymyr Zelensky in Kyiv on Saturday and announced 150 million Swiss francs for rebuilding energy infrastructure, ahead of the Geneva conference in August."],
    "diplomacy", "diplomacy", 3, SWI, a="Daniel Kerr", sec=["aid"], cat="Diplomacy"),
  E("2032-07-24 12:20", "Heavy fighting near Siversk, General Staff says",
    ["Ukraine's General Staff reported 27 Russian assaults in the Siversk direction over the past day, the highest number on any part of the front."],
    "other", "frontline", 2, "siversk-assaults-2032-07-24", cat="Front"),
  E("2032-07-24 09:00", "Russia detains three over alleged railway sabotage plot",
    ["Russia's FSB security service said it had detained three people in the Rostov region suspected of planning to blow up a railway line used to supply troops, on the orders of Ukrainian intelligence."],
    "other", "security", 2, "rostov-railway-sabotage-arrests-2032-07-24", a="Daniel Kerr", cat="Russia"),
  ]))

# ---------------------------------------------------------------- Day 3 (2032-07-28)
KRY = "kryvyi-rih-missile-strike-2032-07-28"
QAT = "qatar-mediated-return-of-children-2032-07-28"
CAN = "canada-military-aid-package-2032-07-28"

# ---------------------------------------------------------------- 20940 Cairnhope World (day 3, Atom world feed, Z)
SEEDS.append(dict(
  id="20940", name="20940_cairnhope-worldatom", ext="xml", source="Cairnhope World", zone="UTC", render=r_atom1,
  title="Cairnhope World \u2013 Top stories", url="https://cairnhope-world.example",
  lede="World news, around the clock",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed with UTC ('Z') timestamps: six entries, four not about the war (off-beat). The Kryvyi Rih entry spells the city 'Krivoy Rog' and names the Ukrainian spelling in its second paragraph.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms"],
  entries=[
  OFF("2032-07-28 22:05", "Floods displace 120,000 in southern China",
    ["Floods in China's Guangxi and Guangdong provinces have forced about 120,000 people from their homes after days of torrential rain, state media said on Wednesday."],
    "south-china-floods-2032-07-28", cat="Asia", n="floods"),
  E("2032-07-28 18:30", "Qatar brokers return of 24 Ukrainian children from Russia",
    ["Twenty-four Ukrainian children who had been taken to Russia or Russian-occupied territory were returned to Ukraine on Wednesday under an arrangement mediated by Qatar, Qatar's foreign ministry said."],
    "diplomacy", "diplomacy", 3, QAT, a="Ruth Okonjo", cat="Europe"),
  OFF("2032-07-28 14:10", "Ecuador declares emergency in two provinces after prison riots",
    ["Ecuador's president declared a 60-day state of emergency in Guayas and El Oro provinces on Wednesday after riots in two prisons left 17 inmates dead."],
    "ecuador-prison-emergency-2032-07-28", cat="Americas", n="Latin American security"),
  E("2032-07-28 10:45", "Missile strike on Krivoy Rog kills five",
    ["A Russian missile attack on the central Ukrainian city of Krivoy Rog killed at least five people on Wednesday morning, including two volunteers at a humanitarian aid centre, officials said.",
     "Krivoy Rog, spelled Kryvyi Rih in Ukrainian, is the home town of President Volodymyr Zelensky."],
    "strikes", "strikes", 3, KRY, a="Ruth Okonjo", cat="Europe", n="spelled 'Krivoy Rog'; toll 5"),
  OFF("2032-07-28 07:20", "Euro zone business activity slows in July, survey shows",
    ["Growth in euro zone business activity slowed in July as manufacturing orders fell for a second month, a closely watched purchasing managers' survey showed on Wednesday."],
    "eurozone-pmi-july-2032-07-28", cat="Business", n="economic data"),
  OFF("2032-07-28 03:40", "New Zealand dairy prices fall for third auction in a row",
    ["Global dairy prices fell 1.8% at the latest fortnightly auction, the third decline in a row, weighing on the New Zealand dollar."],
    "nz-dairy-auction-2032-07-28", cat="Business", n="commodities"),
  ]))

# ---------------------------------------------------------------- 20941 Hawksmead Daily (day 3, text live, bare times)
SEEDS.append(dict(
  id="20941", name="20941_hawksmead-live", ext="txt", source="Hawksmead Daily", zone="Europe/Kyiv", render=r_live_bare,
  title="Live: missile strike on Kryvyi Rih, Canada's new package", dateline="Wednesday 28 July 2032", tznote="All times are Kyiv time",
  byline="Sam Whitford",
  lede="Ballistic missiles hit an aid centre in Zelensky's home town; drones wound three in Nikopol; Canada and Latvia announce new aid.",
  basis="bare '{s}' on its own line above the headline (Kyiv time, EEST = UTC+3; the page says 'All times are Kyiv time') under the dateline 'Wednesday 28 July 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first: dateline 'Wednesday 28 July 2032', 'All times are Kyiv time', page byline 'Sam Whitford' (used as every post's author), standfirst. Each post: bare 'HH:MM' line, headline, body. 20941-02 is a 'Video:' teaser whose only content is a player line 'Video  1:24'. 20941-04 is a theme piece (explainer on the Iskander-M). A 'Related:' link line follows the third post. Kryvyi Rih toll on this page: 3 -> 8.",
  not_entries=["masthead and menu", "title, dateline, time-zone note, byline and standfirst", "bare time lines (stamps)", "player line 'Video  1:24' in the teaser",
               "'Related: Kryvyi Rih, a steel city under fire' link line", "'More posts'", "footer"],
  entries=[
  E("2032-07-28 22:30", "Kryvyi Rih toll rises to eight",
    ["Eight people are now known to have died in this morning's missile strike on Kryvyi Rih, Oleksandr Vilkul, the head of the city's military administration, said. Among the dead are two aid volunteers and a 14-year-old boy.",
     "Fifty-two people were injured."],
    "strikes", "strikes", 3, KRY, a="Sam Whitford", n="toll 8"),
  E("2032-07-28 20:10", "Video: rescuers search the damaged aid centre in Kryvyi Rih", [],
    "strikes", "strikes", 1, KRY, a="Sam Whitford", n="video teaser without body"),
  E("2032-07-28 18:00", "Canada announces C$500m package of drones and armoured vehicles",
    ["Canada will send Ukraine C$500 million worth of drones, armoured vehicles and ammunition, Defence Minister David McGuinty announced during a visit to Kyiv."],
    "aid", "aid", 3, CAN, a="Sam Whitford"),
  E("2032-07-28 16:20", "Explainer: why the Iskander-M is so hard to stop",
    ["The missiles that hit Kryvyi Rih this morning were, according to Ukraine's air force, Iskander-Ms: short-range ballistic missiles that can manoeuvre in the final phase of flight.",
     "Launched from 100 to 500 kilometres away, they reach their targets within minutes and at several times the speed of sound, so only a few air defence systems can catch them.",
     "Ukraine says it shoots down fewer than a third of the Iskanders fired at it."],
    "strikes", "strikes", 2, "explainer-iskander-m-interception", a="Sam Whitford",
    n="theme piece (explainer on a weapon, no single event); mentions the Kryvyi Rih strike but must not merge with it"),
  E("2032-07-28 13:30", "Latvia to send more armoured vehicles",
    ["Latvia will hand over 40 more armoured personnel carriers to Ukraine by the end of the year, the Latvian defence ministry said."],
    "aid", "aid", 2, "latvia-armoured-vehicles-2032-07-28", a="Sam Whitford",
    n="same aid theme as Canada's package, different donor and event; must not merge"),
  E("2032-07-28 11:00", "Drones wound three in Nikopol",
    ["Russian drones hit the town of Nikopol, across the river from the occupied Zaporizhzhia nuclear plant, wounding three people, the regional governor said."],
    "strikes", "strikes", 2, "nikopol-drone-attack-2032-07-28", a="Sam Whitford",
    n="same Dnipropetrovsk region as Kryvyi Rih, a separate non-deadly drone attack; must not merge"),
  E("2032-07-28 09:15", "Ballistic missiles hit Kryvyi Rih",
    ["Russia struck Kryvyi Rih with two Iskander-M ballistic missiles at about 8.40 this morning, hitting a school building used as a humanitarian aid centre and two nearby apartment blocks.",
     "At least three people were killed, said Oleksandr Vilkul, head of the city's military administration."],
    "strikes", "strikes", 3, KRY, a="Sam Whitford", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 20942 Sorrelvale Times (day 3, HTML live, @graph, oldest first)
SEEDS.append(dict(
  id="20942", name="20942_sorrelvale-graphlive", ext="html", source="Sorrelvale Times", zone="Europe/Vilnius", render=r_live_graph,
  title="Ukraine live: Kryvyy Rih attack, children return home", url="https://sorrelvale-times.example/live/ukraine-2032-07-28",
  dateline="Wednesday, 28 July 2032", tznote="Times are EEST (Vilnius)",
  basis="visible '{s}' in a <time> element without datetime (Vilnius time, EEST = UTC+3, printed once in the page meta line) under 'Wednesday, 28 July 2032'; the JSON-LD update has the same instant in UTC; local {d} in {z}",
  notes="Invented outlet. HTML live blog from Vilnius, oldest first. JSON-LD @graph (WebPage, Organization, LiveBlogPosting) whose liveBlogUpdate items carry datePublished in UTC ('Z') and authors; visible posts show the local clock in a <time> element with no datetime attribute, and the page meta line says 'Times are EEST (Vilnius)'. Signatures (author names) close the posts. The city is spelled 'Kryvyy Rih' on this page. 20942-04 repeats 20942-01 near-verbatim with the stale toll (duplicate_of 20942-01). Kryvyy Rih toll on this page: 4 -> 6.",
  not_entries=["JSON-LD @graph (same posts, machine-readable, UTC times)", "header (brand, Subscribe)", "title and meta line (date and time-zone note)",
               "signature lines closing each post (author names)", "footer"],
  entries=[
  E("2032-07-28 10:05", "Missile attack on Kryvyy Rih: at least four dead",
    ["At least four people were killed when Russian ballistic missiles hit a humanitarian aid centre and apartment blocks in the Ukrainian city of Kryvyy Rih on Wednesday morning, local authorities said."],
    "strikes", "strikes", 3, KRY, a="Rasa Vaitkutė", n="spelled 'Kryvyy Rih'; toll 4"),
  E("2032-07-28 12:30", "Vilnius to host Ukraine reconstruction conference in October",
    ["Lithuania will host an international conference on Ukraine's reconstruction in Vilnius in October, the Lithuanian foreign ministry said on Wednesday."],
    "diplomacy", "diplomacy", 2, "vilnius-reconstruction-conference-2032-07-28", a="Tomas Žukauskas"),
  E("2032-07-28 14:45", "24 Ukrainian children return home via Qatar",
    ["Twenty-four children taken from Ukraine to Russia have been reunited with their families in Kyiv after talks mediated by Qatar, Ukraine's human rights ombudsman said."],
    "diplomacy", "diplomacy", 3, QAT, a="Rasa Vaitkutė"),
  E("2032-07-28 15:10", "Missile attack on Kryvyy Rih: at least four dead",
    ["At least four people were killed when Russian ballistic missiles hit a humanitarian aid centre and apartment blocks in the Ukrainian city of Kryvyy Rih on Wednesday morning, local authorities said."],
    "strikes", "strikes", 1, KRY, a="Rasa Vaitkutė", dup="20942-01", n="near-verbatim repeat of 20942-01 (stale toll of four)"),
  E("2032-07-28 17:40", "Kryvyy Rih toll climbs to six",
    ["Six people have now died in the missile attack on Kryvyy Rih, including two aid volunteers, and 45 were injured, the city's military administration said."],
    "strikes", "strikes", 3, KRY, a="Rasa Vaitkutė", n="toll 6"),
  E("2032-07-28 20:20", "Belarus begins snap military drills near Lithuanian border",
    ["Belarus began unannounced military drills near its border with Lithuania on Wednesday involving about 3,000 troops, its defence ministry said, prompting Vilnius to raise the readiness of its border guards."],
    "other", "security", 2, "belarus-snap-drills-lithuania-border-2032-07-28", a="Tomas Žukauskas"),
  ]))

# ---------------------------------------------------------------- 20943 Yarlington Review (day 3, text article with sections)
SEEDS.append(dict(
  id="20943", name="20943_yarlington-article", ext="txt", source="Yarlington Review", zone="Europe/Rome", render=r_sections,
  title="A deadly strike on Kryvyi Rih, children home from Russia and a Canadian package: Ukraine on Wednesday",
  lede="Our daily round-up of the war and the diplomacy around it.",
  byline="Giulia Ferrante and Peter Lowe",
  intro="Here is what happened in and around Ukraine on Wednesday.",
  basis="no time per section: the article's dateline '28 July 2032, 18:20 CEST' (Rome summer time = UTC+2); local {d} in {z}",
  notes="Invented outlet. Text article (daily round-up) from Rome: kicker, headline, standfirst, byline 'By Giulia Ferrante and Peter Lowe' (kept as one author string for every section), dateline '28 July 2032, 18:20 CEST', one intro line, then four subheaded sections. Each section is one entry: headline = its subheading, stamp null, published = the dateline. Italy's debate on a second SAMP/T battery is a funding/arms-supply debate (aid, importance 2).",
  not_entries=["masthead and menu", "kicker 'UKRAINE'", "headline, standfirst, byline and dateline", "intro line 'Here is what happened in and around Ukraine on Wednesday.'",
               "'Read more from our Ukraine coverage'", "copyright line"],
  entries=[
  E("2032-07-28 18:20", "Deadliest strike on Kryvyi Rih this year",
    ["Russian ballistic missiles killed six people in Kryvyi Rih on Wednesday morning, the deadliest attack on President Zelensky's home town this year.",
     "Two of the dead were volunteers handing out food at an aid centre set up in a former school."],
    "strikes", "strikes", 3, KRY, a="Giulia Ferrante and Peter Lowe", n="toll 6"),
  E("2032-07-28 18:20", "Children home, thanks to Doha",
    ["Twenty-four Ukrainian children were returned from Russia in the latest transfer mediated by Qatar, which has now helped bring back more than 200 children."],
    "diplomacy", "diplomacy", 3, QAT, a="Giulia Ferrante and Peter Lowe"),
  E("2032-07-28 18:20", "Ottawa's new package",
    ["Canada announced C$500 million in military aid, including drones and armoured vehicles, during a visit to Kyiv by its defence minister."],
    "aid", "aid", 3, CAN, a="Giulia Ferrante and Peter Lowe"),
  E("2032-07-28 18:20", "Rome weighs a second SAMP/T",
    ["In Rome, the government is debating whether to send Ukraine a second SAMP/T air defence battery, a decision the defence ministry says depends on deliveries of new systems to the Italian army."],
    "aid", "aid", 2, "italy-second-samp-t-debate-2032-07-28", a="Giulia Ferrante and Peter Lowe",
    n="arms-supply debate (aid); same air-defence aid theme as the Canadian package but a different event; must not merge"),
  ]))


if __name__ == "__main__":
    main()
