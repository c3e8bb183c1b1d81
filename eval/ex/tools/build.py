#!/usr/bin/env python3
"""Builds the eval/ex seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates, from memory, the page layouts of ten real European outlets (in their own languages); Part B outlets
are invented (English). Deterministic.  Run from the project root:  python3 eval/ex/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
M_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
M_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
M_HU = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
M_AT = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
M_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
M_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
D_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
D_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
D_HU = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
D_CS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
D_FI = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
D_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
D_NO = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
D_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
# abbreviations a first sentence must never end on (the texts avoid them; build.py refuses to guess)
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.", "kl.", "ul.", "gen.",
          "tzw.", "m.in.", "r.", "godz.", "ok.", "mjr.", "prof.", "tj.", "tzn.", "např.", "mld.", "mil.", "stb.", "pl.", "ill.", "kb.",
          "esim.", "mm.", "n.", "St.", "Nr.", "bzw.", "z.", "B.", "ca.", "Sr.", "Sra.", "núm.", "etc.", "f.eks.", "bl.a.", "ev.")
MONTH_WORDS = {m.lower() for m in M_EN + M_AT + ["Januar", "Februar", "März", "Oktober", "Dezember"]}
OPENERS = "„“\"«‘'(¿¡–—-"


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **kw)


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """first sentence of a paragraph: ends at . ! ? (plus closing quotes) followed by a space and an upper-case letter or
    digit (after opening quotes/dashes), or at the paragraph end. Ambiguous ends (abbreviations, ordinals) stop the build."""
    for m in re.finditer(r'[.!?…][”“"\'’»]*(?=\s|$)', par):
        head = par[:m.end()]
        rest = par[m.end():].lstrip()
        if rest:
            nxt = rest.lstrip(OPENERS + " ")
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
        last = re.split(r"[\s(]", head)[-1]
        if last in ABBREV or (re.fullmatch(r"\d{1,2}\.", last) and rest and re.match(r"[A-ZÄÖÜ][a-zäöüé]+", rest)
                                and rest.split()[0].lower().strip(",") in MONTH_WORDS):
            raise SystemExit(f"ambiguous sentence end (abbreviation/ordinal) in: {head[-60:]}")
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


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


SEEDS = []


# ================================================================ build
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
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, own languages)

# ---------------------------------------------------------------- 15500 de Volkskrant (HTML liveblog)
def r_volkskrant(S):
    """volkskrant.nl liveblog (DPG Media), HTML. Newest first; each post: <time> with bare '21:44', h2 headline, paragraphs,
    optional photo caption ending 'Beeld AFP'. Page dates only in the header ('3 januari 2028, 06:58'). NewsArticle JSON-LD."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "inLanguage": "nl-NL",
          "isAccessibleForFree": False, "author": {"@type": "Organization", "name": "de Volkskrant"},
          "publisher": {"@type": "Organization", "name": "de Volkskrant", "logo": {"@type": "ImageObject", "url": "https://www.volkskrant.nl/static/logo.svg"}}}
    head = f"{pub.day} {M_NL[pub.month - 1]} {pub.year}, {pub:%H:%M}"
    upd = f"Laatste update {last:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="nl"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | de Volkskrant</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld_script(ld), '</head><body>',
           '<div class="cookiewall">Wij en onze partners gebruiken cookies. <button>Akkoord</button> <button>Instellingen</button></div>',
           '<header class="site-header"><a class="logo" href="/">de Volkskrant</a>'
           '<nav><a href="/nieuws-achtergrond">Nieuws &amp; achtergrond</a> <a href="/columns-opinie">Columns &amp; opinie</a> '
           '<a href="/cultuur-media">Cultuur &amp; media</a> <a href="/wetenschap">Wetenschap</a> <a href="/sport">Sport</a> '
           '<a href="/puzzels">Puzzels</a> <a href="/podcasts">Podcasts</a></nav>'
           '<a class="btn" href="/abonnement">Abonneer</a> <a class="btn" href="/login">Inloggen</a></header>',
           '<main><article class="liveblog">', '<p class="label"><span class="live">LIVE</span> Oorlog in Oekraïne</p>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{head} · {upd}</p>',
           '<figure class="hero"><figcaption>Brandweerlieden blussen een brand in een woonwijk in Lviv. Beeld AFP</figcaption></figure>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{48211 - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Fotoserie</span> <span>14 foto\u2019s</span></div>')
        if e.get("cap"):
            out.append(f'<figure><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append('</section>')
        if i == 1:
            out.append('<aside class="newsletter"><h3>Volkskrant Ochtend</h3><p>Begin de dag met de belangrijkste verhalen, elke ochtend in je mailbox.</p>'
                       '<input type="email" placeholder="E-mailadres"> <button>Aanmelden</button></aside>')
        if i == 4:
            out.append('<aside class="related"><p>Lees ook</p><a href="/nieuws-achtergrond/waarom-de-luchtverdediging-van-oekraine-kraakt~b8a1c2/">'
                       'Waarom de luchtverdediging van Oekraïne kraakt onder de winterse aanvallen</a></aside>')
    out += ['</article></main>',
            '<footer><a href="/colofon">Colofon</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/contact">Contact</a>'
            '<p>© 2028 DPG Media B.V. - alle rechten voorbehouden</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


LVIV = "lviv-missile-drone-attack-2028-01-03"
SEEDS.append(dict(
  id="15500", name="15500_volkskrant-liveblog", ext="html", source="de Volkskrant", zone="Europe/Amsterdam", render=r_volkskrant,
  title="Liveblog Oekraïne | Zeker vier doden bij Russische aanval op Lviv, kabinet geeft extra geld voor drones",
  url="https://www.volkskrant.nl/nieuws-achtergrond/liveblog-oekraine-zeker-vier-doden-bij-russische-aanval-op-lviv~b3f90d21/",
  published="2028-01-03 06:58", byline="Redactie buitenland",
  lede="Rusland heeft West-Oekraïne in de nacht van zondag op maandag zwaar bestookt. In dit liveblog houden we u op de hoogte van de laatste ontwikkelingen.",
  basis="bare post time '{s}' in <time> (no zone printed: Dutch time, CET = UTC+1) on the page date '3 januari 2028' from the header line; newest first; local {d} in {z}",
  notes="Imitates a de Volkskrant liveblog (DPG Media), Dutch. Newest first. Each post: <time> with a bare 'HH:MM' (datetime attribute agrees), h2 headline, paragraphs; some posts end in a photo caption with the Volkskrant credit form 'Beeld ANP/AFP'. The only date is in the header line '3 januari 2028, 06:58 · Laatste update 21:44'. No zone is printed: Dutch local time (CET, UTC+1). JSON-LD is a plain NewsArticle (no LiveBlogPosting, no per-post data). The page byline is a desk credit ('Redactie buitenland'), so author is null for every post. Post 15500-03 is a photo teaser ('Foto's:') with a gallery placeholder and no text. Quotes use Volkskrant's single curly quotes.",
  not_entries=["cookie wall", "header logo, navigation (Nieuws & achtergrond, Columns & opinie, ...), Abonneer / Inloggen", "label 'LIVE Oorlog in Oekraïne'",
               "page headline (page title)", "intro paragraph 'Rusland heeft West-Oekraïne ...' (page lede)", "desk byline 'Redactie buitenland'",
               "header date line '3 januari 2028, 06:58 · Laatste update 21:44'", "hero photo caption 'Brandweerlieden blussen ... Beeld AFP'",
               "photo captions inside posts (ending 'Beeld ...')", "gallery placeholder 'Fotoserie 14 foto's' in the teaser post",
               "newsletter box 'Volkskrant Ochtend' after the second post", "'Lees ook' related link after the fifth post", "footer links and copyright"],
  entries=[
  E("2028-01-03 21:44", "Zelensky: Oekraïne komt binnen weken Patriot-raketten tekort",
    ["President Volodymyr Zelensky heeft in zijn avondtoespraak gewaarschuwd dat de voorraad onderscheppingsraketten voor de Patriot-systemen binnen enkele weken opraakt als er geen nieuwe leveringen komen.",
     "Hij vroeg de Europese bondgenoten hun eigen voorraden aan te spreken. \u2018Elke raket die we nu krijgen, redt vannacht levens\u2019, zei hij."],
    "aid", "aid", 2, "zelensky-patriot-shortage-warning-2028-01-03", sec=["diplomacy"]),
  E("2028-01-03 19:20", "Rusland claimt verovering van dorp bij Kostjantynivka",
    ["Het Russische ministerie van Defensie zegt dat zijn troepen het dorp Oleksandro-Sjoeltyne ten oosten van Kostjantynivka hebben ingenomen.",
     "Oekraïne heeft de claim niet bevestigd. De stad zelf ligt al maanden onder zwaar vuur en is grotendeels verlaten door de burgerbevolking."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2028-01-03"),
  E("2028-01-03 16:05", "Foto\u2019s: opruimwerk in Lviv na de nachtelijke aanval", [],
    "strikes", "strikes", 1, LVIV, n="photo teaser, gallery placeholder, no text"),
  E("2028-01-03 13:30", "Nederlandse F-35\u2019s onderscheppen Russisch verkenningsvliegtuig boven de Oostzee",
    ["Twee Nederlandse F-35\u2019s die vanuit Polen meedoen aan de NAVO-luchtbewaking, zijn maandagochtend opgestegen om een Russisch verkenningsvliegtuig te onderscheppen.",
     "Het toestel vloog zonder transponder en zonder vluchtplan van Kaliningrad richting Sint-Petersburg, meldt Defensie. Volgens het ministerie verliep de onderschepping zonder incidenten."],
    "other", "security", 2, "dutch-f35-intercept-baltic-2028-01-03", cap="Een Nederlandse F-35 op de vliegbasis Łask in Polen. Beeld ANP"),
  E("2028-01-03 11:12", "Dodental door aanval op Lviv gestegen naar vier",
    ["Bij de Russische aanval op Lviv zijn zeker vier mensen om het leven gekomen, meldt burgemeester Andri Sadovy.",
     "Onder de doden is een twaalfjarig meisje. Reddingswerkers zoeken in een getroffen flatgebouw nog naar een vermiste bewoner; zeker zeventien mensen raakten gewond."],
    "strikes", "strikes", 3, LVIV),
  E("2028-01-03 09:40", "Kabinet trekt 350 miljoen euro extra uit voor drones voor Oekraïne",
    ["Nederland stelt dit jaar 350 miljoen euro extra beschikbaar voor de aankoop van drones voor het Oekraïense leger, heeft het ministerie van Defensie maandag bekendgemaakt.",
     "Het geld gaat naar Oekraïense makers van onderscheppingsdrones, die worden ingezet tegen de Russische Shahed-drones. Nederland financierde vorig jaar al een vergelijkbaar programma."],
    "aid", "aid", 3, "netherlands-drone-funding-2028-01-03"),
  E("2028-01-03 07:10", "Russische raketten en drones treffen Lviv",
    ["Rusland heeft in de nacht van zondag op maandag West-Oekraïne bestookt met raketten en drones, waarbij in Lviv zeker twee doden vielen.",
     "Volgens de Oekraïense luchtmacht vuurde Rusland 38 raketten en ruim vierhonderd drones af, waarvan het merendeel werd onderschept. Ook bij Ivano-Frankivsk werd een energiecentrale geraakt."],
    "strikes", "strikes", 3, LVIV, cap="Een beschadigd flatgebouw in Lviv, maandagochtend. Beeld Reuters"),
  ]))


# ---------------------------------------------------------------- 15501 Público (RSS)
def r_publico(S):
    """publico.pt section RSS 2.0 ('Mundo'): newest first; pubDate with +0000 (Lisbon winter time = UTC); plain-text
    description (one summary paragraph); dc:creator (journalist or 'Lusa'); category; enclosure photo."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.publico.pt/mundo</link>',
           '<atom:link href="https://feeds.publico.pt/mundo.xml" rel="self" type="application/rss+xml" />',
           '<description>As notícias de Mundo no PÚBLICO</description>', '<language>pt-PT</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><url>https://static.publico.pt/files/header/img/publico.png</url><title>PÚBLICO</title><link>https://www.publico.pt</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        nid = 2091377 + i * 53
        url = f"https://www.publico.pt/{d:%Y/%m/%d}/mundo/noticia/{e['slug']}-{nid}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e.get("cat", "Mundo"))}</category>',
                f'<enclosure url="https://imagens.publico.pt/imagens.aspx/{nid + 7}?tp=UH&amp;db=IMAGENS&amp;type=JPG" length="0" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def P(e, slug, cat="Mundo"):
    e["slug"] = slug; e["cat"] = cat
    return e


SEEDS.append(dict(
  id="15501", name="15501_publico-mundorss", ext="xml", source="Público", zone="Europe/Lisbon", render=r_publico,
  title="PÚBLICO - Mundo",
  basis="RSS pubDate '{s}' (explicit +0000; Lisbon winter time WET = UTC); local {d} in {z}",
  notes="Imitates the Público (publico.pt) 'Mundo' section RSS 2.0 feed, Portuguese (the paper keeps the pre-1990-agreement spelling, e.g. 'actual', 'Janeiro'). Newest first. pubDate carries +0000 (Lisbon = UTC in January). description is a one-paragraph plain-text summary (the feed carries no full text), so body_paragraphs is 1. dc:creator is a journalist or the agency 'Lusa' (kept as author). Three of seven items are off-beat (Chile fires, Taiwan campaign, Japan earthquake).",
  not_entries=["channel title/description/language/lastBuildDate", "channel image block", "enclosure photo of every item", "guid/link URLs", "category elements"],
  entries=[
  P(E("2028-01-05 21:15", "Ucrânia e Rússia trocam 400 prisioneiros com mediação dos Emirados",
    ["A Ucrânia e a Rússia trocaram esta quarta-feira 200 prisioneiros de guerra de cada lado, numa operação mediada pelos Emirados Árabes Unidos. Entre os ucranianos libertados há militares capturados em Mariupol, disse o Presidente Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-exchange-2028-01-05", a="Lusa"), "ucrania-russia-trocam-400-prisioneiros", "Guerra na Ucrânia"),
  P(OFF("2028-01-05 18:40", "Chile retira milhares de pessoas de casa por causa de incêndios perto de Valparaíso",
    ["As autoridades chilenas ordenaram a retirada de cerca de oito mil pessoas de bairros nas colinas de Viña del Mar, onde três incêndios florestais avançam empurrados por ventos fortes."],
    "chile-valparaiso-wildfires-2028-01-05", a="Lusa", n="wildfires in Chile"), "chile-incendios-valparaiso"),
  P(E("2028-01-05 16:05", "Drones russos atingem central térmica na região de Kharkiv",
    ["Uma central térmica na região de Kharkiv ficou sem produzir electricidade depois de ter sido atingida por vários drones russos, informou a empresa estatal ucraniana de energia. Não houve feridos, mas milhares de casas ficaram sem aquecimento."],
    "strikes", "strikes", 2, "kharkiv-region-power-plant-drone-strike-2028-01-05", a="Rui Meireles"), "drones-russos-central-termica-kharkiv", "Guerra na Ucrânia"),
  P(OFF("2028-01-05 13:30", "Taiwan: campanha eleitoral entra na recta final com a relação com Pequim no centro do debate",
    ["Os três candidatos à presidência de Taiwan fizeram esta quarta-feira os últimos grandes comícios, numa campanha dominada pela pressão militar chinesa e pelo custo de vida."],
    "taiwan-election-campaign-2028-01", a="Inês Carvalhal", n="Taiwan election campaign"), "taiwan-campanha-eleitoral-recta-final"),
  P(E("2028-01-05 11:20", "Portugal envia mais 30 toneladas de ajuda humanitária para a Ucrânia",
    ["Um avião da Força Aérea partiu esta manhã de Figo Maduro com 30 toneladas de material médico e geradores destinados a hospitais do Leste da Ucrânia, anunciou o Ministério dos Negócios Estrangeiros."],
    "aid", "aid", 2, "portugal-humanitarian-aid-flight-2028-01-05", a="Inês Carvalhal"), "portugal-envia-ajuda-humanitaria-ucrania", "Guerra na Ucrânia"),
  P(OFF("2028-01-05 09:02", "Sismo de magnitude 6,1 sentido no Norte do Japão sem causar vítimas",
    ["Um sismo de magnitude 6,1 abalou esta madrugada a costa da província de Aomori, no Norte do Japão, sem provocar vítimas nem danos de maior, segundo a agência meteorológica japonesa."],
    "japan-aomori-earthquake-2028-01-05", a="Lusa", n="earthquake in Japan"), "sismo-norte-japao"),
  P(E("2028-01-05 07:30", "Rússia diz ter abatido 61 drones ucranianos durante a noite",
    ["O Ministério da Defesa russo afirmou ter interceptado 61 drones ucranianos durante a noite sobre as regiões de Bryansk, Kursk e Oriol. O governador de Oriol disse que destroços caíram sobre um depósito de combustível, provocando um incêndio."],
    "strikes", "strikes", 2, "russia-says-61-ukrainian-drones-downed-2028-01-05", a="Lusa"), "russia-abatido-61-drones", "Guerra na Ucrânia"),
  ]))


# ---------------------------------------------------------------- 15502 Rzeczpospolita (text scrape, daily war article)
def r_rp(S):
    """rp.pl daily war article 'Wojna Rosji z Ukrainą. Dzień N', text scrape. 'Publikacja:'/'Aktualizacja:' lines with
    dd.mm.yyyy hh:mm; one author; oldest first; each update: bare 'HH:MM' line, headline, paragraphs; 'Czytaj więcej' boxes."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Rzeczpospolita", "Prenumerata   Zaloguj", "",
         "Kraj   Świat   Ekonomia   Prawo   Opinie   Plus Minus   Kultura   Historia   Sport   Nieruchomości", "",
         "Świat > Konflikty zbrojne", "", S["title"], "", f"Publikacja: {pub:%d.%m.%Y %H:%M}", f"Aktualizacja: {last:%d.%m.%Y %H:%M}", "",
         "Foto: PAP/EPA", S["caption"], "", S["byline"], "", S["lede"], "", "Reklama", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i in S["related"]:
            L += ["Czytaj więcej", S["related"][i], ""]
        if i == 3:
            L += ["Reklama", ""]
    L += ["Źródło: rp.pl", "", "Udostępnij   Skomentuj", "", "Newsletter", "Najważniejsze informacje z kraju i ze świata prosto na Twoją skrzynkę. Zapisz się", "",
          "© Copyright by Gremi Media SA   Regulamin   Polityka prywatności   Kontakt"]
    return "\n".join(L) + "\n", stamps


TERNOPIL = "ternopil-missile-drone-attack-2028-01-07"
SEEDS.append(dict(
  id="15502", name="15502_rp-relacja", ext="txt", source="Rzeczpospolita", zone="Europe/Warsaw", render=r_rp,
  title="Wojna Rosji z Ukrainą. Dzień 2144. Rosyjski atak na Tarnopol, Niemcy wyślą kolejne IRIS-T",
  published="2028-01-07 06:05", byline="Paweł Kosiński",
  caption="Strażacy przy zniszczonym bloku mieszkalnym w Tarnopolu",
  lede="Trwa 2144. dzień wojny Rosji z Ukrainą. Najważniejsze informacje z frontu i ze świata polityki zbieramy w tym miejscu przez cały dzień.",
  related={1: "Jak Polska chroni swoje niebo przed rosyjskimi dronami. Wszystko, co wiemy", 5: "Front na południu Ukrainy. Dlaczego Zaporoże znów jest celem"},
  basis="bare update time '{s}' (no zone printed: Polish time, CET = UTC+1) under 'Publikacja: 07.01.2028 06:05'; oldest first, all on 7 January; local {d} in {z}",
  notes="Imitates Rzeczpospolita's (rp.pl) daily war article 'Wojna Rosji z Ukrainą. Dzień N' as copied from the browser, Polish. Dates only in 'Publikacja: 07.01.2028 06:05' / 'Aktualizacja: 07.01.2028 21:50'. Oldest first; each update: bare 'HH:MM' line (no zone: Polish time, CET), headline line, paragraphs. One author line under the photo ('Paweł Kosiński') serves as author of every update (no per-update bylines). Two 'Czytaj więcej' boxes with related headlines and 'Reklama' markers sit between updates. Tarnopol = Ternopil (Polish exonym); 15502-02 and 15502-04 are the same attack (toll 5 -> 7).",
  not_entries=["masthead 'Rzeczpospolita', 'Prenumerata   Zaloguj'", "navigation menu", "breadcrumb 'Świat > Konflikty zbrojne'", "page title line",
               "'Publikacja:' and 'Aktualizacja:' lines", "'Foto: PAP/EPA' and the photo caption line", "author line 'Paweł Kosiński' (page byline)",
               "lead paragraph 'Trwa 2144. dzień wojny ...' (page lede)", "'Reklama' markers", "two 'Czytaj więcej' boxes with related headlines",
               "'Źródło: rp.pl', 'Udostępnij   Skomentuj'", "newsletter box", "copyright footer"],
  entries=[
  E("2028-01-07 06:20", "Dowództwo Operacyjne poderwało myśliwce. Rosja atakuje zachodnią Ukrainę",
    ["W związku z rosyjskim atakiem rakietowym na zachodnią Ukrainę w polskiej przestrzeni powietrznej operowały polskie i sojusznicze statki powietrzne, poinformowało Dowództwo Operacyjne Rodzajów Sił Zbrojnych.",
     "Poderwano dyżurne pary myśliwców, a naziemne systemy obrony powietrznej osiągnęły stan najwyższej gotowości. Działania zakończono po wschodzie słońca."],
    "other", "security", 2, "poland-scrambles-jets-2028-01-07", a="Paweł Kosiński", sec=["strikes"]),
  E("2028-01-07 07:45", "Rosyjski atak na Tarnopol. Nie żyje co najmniej pięć osób",
    ["Co najmniej pięć osób zginęło, a kilkanaście zostało rannych w nocnym ataku rosyjskich rakiet i dronów na Tarnopol, przekazał szef władz obwodu.",
     "Pocisk trafił w pięciopiętrowy blok mieszkalny w centrum miasta. Strażacy wciąż gaszą pożar w pobliskich zakładach przemysłowych."],
    "strikes", "strikes", 3, TERNOPIL, a="Paweł Kosiński"),
  E("2028-01-07 10:10", "Sybiha: Nie zgodzimy się na zamrożenie wojny na obecnej linii frontu",
    ["Ukraina nie zaakceptuje porozumienia, które utrwaliłoby obecną linię frontu bez twardych gwarancji bezpieczeństwa, oświadczył minister spraw zagranicznych Andrij Sybiha.",
     "Szef ukraińskiej dyplomacji mówił o tym w Warszawie po rozmowie z Radosławem Sikorskim. \u201eZamrożony konflikt to tylko przerwa przed kolejną inwazją\u201d \u2013 powiedział."],
    "diplomacy", "diplomacy", 3, "sybiha-rejects-frozen-conflict-2028-01-07", a="Paweł Kosiński"),
  E("2028-01-07 12:30", "Rośnie liczba ofiar ataku na Tarnopol",
    ["Liczba zabitych w Tarnopolu wzrosła do siedmiu, wśród nich jest dwoje dzieci, poinformowały ukraińskie służby ratunkowe.",
     "Ratownicy przeszukują gruzy bloku, w którym mogą znajdować się jeszcze dwie osoby."],
    "strikes", "strikes", 3, TERNOPIL, a="Paweł Kosiński"),
  E("2028-01-07 14:05", "Niemcy przekażą Ukrainie kolejne systemy IRIS-T",
    ["Rząd Niemiec zapowiedział dostawę czterech kolejnych systemów obrony powietrznej IRIS-T SLM, które mają trafić na Ukrainę jeszcze w pierwszym kwartale.",
     "Berlin sfinansuje też produkcję pocisków do tych systemów na Ukrainie, przekazało niemieckie ministerstwo obrony."],
    "aid", "aid", 3, "germany-iris-t-systems-2028-01-07", a="Paweł Kosiński"),
  E("2028-01-07 16:40", "ISW: Rosjanie nacierają pod Orichowem",
    ["Rosyjskie oddziały prowadzą ataki na zachód od Orichowa w obwodzie zaporoskim, ocenia amerykański Instytut Studiów nad Wojną (ISW).",
     "Analitycy zwracają uwagę, że Rosjanie wykorzystują niską pokrywę chmur, która utrudnia Ukraińcom użycie dronów zwiadowczych."],
    "other", "frontline", 2, "russian-attacks-near-orikhiv-2028-01-07", a="Paweł Kosiński"),
  E("2028-01-07 19:15", "Szijjártó: Węgry nie poprą nowych sankcji bez wyjątków dla energii",
    ["Minister spraw zagranicznych Węgier Péter Szijjártó zapowiedział, że Budapeszt zablokuje kolejny pakiet unijnych sankcji wobec Rosji, jeśli nie znajdą się w nim wyjątki dla dostaw ropy i gazu."],
    "diplomacy", "diplomacy", 2, "hungary-threatens-sanctions-veto-2028-01-07", a="Paweł Kosiński"),
  E("2028-01-07 21:50", "Zełenski: w tym tygodniu Rosja użyła ponad 1200 dronów",
    ["Od poniedziałku Rosja wysłała nad Ukrainę ponad 1200 dronów szturmowych, blisko 40 rakiet i ponad 800 bomb kierowanych, poinformował w wieczornym wystąpieniu prezydent Wołodymyr Zełenski.",
     "Ukraiński przywódca ponownie zaapelował do partnerów o szybsze dostawy systemów obrony powietrznej."],
    "strikes", "strikes", 2, "zelensky-weekly-attack-tally-2028-01-07", a="Paweł Kosiński", sec=["aid"]),
  ]))


# ---------------------------------------------------------------- 15503 Hospodářské noviny (HTML article with sections)
def r_hn(S):
    """ihned.cz (Hospodářské noviny, Economia) article: kicker, h1, perex, author + '9. 1. 2028 18:20', h2 sections with
    paragraphs (one entry per section, no per-section time), 'Mohlo by vás zajímat', 'Diskuse (N)'. NewsArticle JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "inLanguage": "cs",
          "author": [{"@type": "Person", "name": S["byline"]}], "articleSection": "Svět",
          "publisher": {"@type": "Organization", "name": "Hospodářské noviny", "logo": {"@type": "ImageObject", "url": "https://img.ihned.cz/attachment.php/logo-hn.png"}}}
    stampline = f"{pub.day}. {pub.month}. {pub.year} {pub:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="cs"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hospodářské noviny (HN.cz)</title>',
           ld_script(ld), '</head><body>',
           '<header class="hn-header"><a class="logo" href="https://hn.cz/">Hospodářské noviny</a>'
           '<nav><a>Domácí</a> <a>Svět</a> <a>Byznys</a> <a>Finance</a> <a>Názory</a> <a>Kultura</a> <a>Tech</a> <a>Auto</a> <a>Podcasty</a></nav>'
           '<a class="sub" href="https://predplatne.hn.cz/">Předplatné</a> <a class="login">Přihlásit</a></header>',
           '<main><article class="article">', '<p class="kicker">Válka na Ukrajině</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="perex">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="author">{esc(S["byline"])}</span> <time datetime="{pub.isoformat()}">{stampline}</time> '
           '<span class="read">5 minut čtení</span> <a class="comments" href="#diskuse">Diskuse (37)</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="paywall-teaser">Čtěte bez omezení. Předplatné HN od 1 Kč na první měsíc.</div>')
    out += ['<p class="source">ČTK, Reuters, HN</p>', '</article>',
            '<aside class="related"><h3>Mohlo by vás zajímat</h3><ul><li><a>Ukrajinská energetika před další mrazivou vlnou</a></li>'
            '<li><a>Jak funguje česká muniční iniciativa a kdo ji platí</a></li></ul></aside>',
            '<section id="diskuse"><h3>Diskuse (37)</h3><p>Diskuse je dostupná pouze předplatitelům.</p></section></main>',
            '<footer><p>© Economia, a.s. Všechna práva vyhrazena.</p><a>Kontakty</a> <a>Reklama</a> <a>Ochrana osobních údajů</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def HN(h, p, top, sub, imp, st, **kw):
    return E("2028-01-09 18:20", h, p, top, sub, imp, st, a="Klára Veselá", **kw)


SEEDS.append(dict(
  id="15503", name="15503_ihned-prehled", ext="html", source="Hospodářské noviny", zone="Europe/Prague", render=r_hn,
  title="Rusko v noci udeřilo na Charkov, Zelenskyj naléhá na rakety pro Patrioty. Přehled neděle",
  url="https://svet.hn.cz/c1-67521390-rusko-v-noci-uderilo-na-charkov-prehled-nedele", published="2028-01-09 18:20", byline="Klára Veselá",
  lede="Nejdůležitější události války na Ukrajině v neděli 9. ledna přehledně na jednom místě.",
  caption="Hasiči zasahují u poškozeného domu v Charkově. Foto: Reuters",
  basis="no per-section time: the article line '9. 1. 2028 18:20' (no zone printed: Czech time, CET = UTC+1) dates every section; JSON-LD datePublished agrees; local {d} in {z}",
  notes="Imitates a Hospodářské noviny (ihned.cz / hn.cz) round-up article, Czech. Not a live blog: h2 sections, each one entry (headline = section heading), no per-section times, so stamp is null and published is the article's date-time '9. 1. 2028 18:20' (Czech local time, CET) for every section. One author ('Klára Veselá') used for every section; the closing source line 'ČTK, Reuters, HN' is a credit, not an author. NewsArticle JSON-LD with datePublished. A paywall teaser sits after the third section.",
  not_entries=["header logo, navigation, 'Předplatné' / 'Přihlásit'", "kicker 'Válka na Ukrajině'", "h1 (page title)", "perex 'Nejdůležitější události ...' (page lede)",
               "meta line: author, '9. 1. 2028 18:20', '5 minut čtení', 'Diskuse (37)'", "photo caption 'Hasiči zasahují ... Foto: Reuters'",
               "paywall teaser 'Čtěte bez omezení ...'", "source credit 'ČTK, Reuters, HN'", "'Mohlo by vás zajímat' related links",
               "discussion box 'Diskuse (37)'", "footer"],
  entries=[
  HN("Útok na Charkov si vyžádal tři mrtvé",
     ["Ruské rakety a drony zasáhly v noci na neděli obytnou čtvrť Charkova, zahynuli nejméně tři lidé a dalších dvacet utrpělo zranění.",
      "Podle starosty Ihora Terechova byla poškozena také škola a rozvodna, část města zůstala bez elektřiny. Záchranáři dál prohledávají sutiny."],
     "strikes", "strikes", 3, "kharkiv-missile-drone-attack-2028-01-09"),
  HN("Zelenskyj chce rakety pro Patrioty dříve než na jaře",
     ["Ukrajinský prezident Volodymyr Zelenskyj vyzval spojence, aby urychlili dodávky raket pro protivzdušné systémy Patriot.",
      "\u201eNemůžeme čekat do jara, útoky přicházejí každou noc,\u201c řekl v nedělním projevu."],
     "aid", "aid", 2, "zelensky-patriot-missile-appeal-2028-01-09", sec=["diplomacy"]),
  HN("Muniční iniciativa dodala loni přes milion nábojů",
     ["Česká muniční iniciativa dodala Ukrajině v uplynulém roce přes milion kusů velkorážové munice, uvedlo ministerstvo obrany.",
      "Vláda ale zatím nerozhodla, zda bude iniciativu letos dál koordinovat. Rozhodnutí slíbila do konce měsíce."],
     "aid", "aid", 2, "czech-ammunition-initiative-2027-tally"),
  HN("Rusko hlásí dobytí obce u Huljajpole",
     ["Ruské ministerstvo obrany oznámilo, že jeho jednotky obsadily obec v Záporožské oblasti nedaleko Huljajpole.",
      "Ukrajinský generální štáb tvrzení nepotvrdil a hovoří o odražených útocích v této oblasti."],
     "other", "frontline", 2, "russia-claims-village-near-huliaipole-2028-01-09"),
  HN("Z okolí Chersonu se evakuují další rodiny",
     ["Úřady v Chersonské oblasti nařídily povinnou evakuaci rodin s dětmi z dalších jedenácti obcí podél Dněpru, které čelí každodennímu ostřelování."],
     "other", "humanitarian", 2, "kherson-region-family-evacuations-2028-01-09", sec=["strikes"]),
  HN("Kreml: Mírová jednání nejsou na pořadu dne",
     ["Mluvčí Kremlu Dmitrij Peskov prohlásil, že Moskva v tuto chvíli nevidí prostor pro obnovení mírových rozhovorů s Kyjevem.",
      "Podle Peskova Rusko trvá na svých podmínkách, ukrajinské návrhy na příměří označil za nereálné."],
     "diplomacy", "diplomacy", 2, "kremlin-no-peace-talks-2028-01-09"),
  ]))


# ---------------------------------------------------------------- 15504 Index.hu (text scrape, 'percről percre')
def r_index(S):
    """index.hu 'percről percre' live article, text scrape. Header date line with name day and weather; article date
    '2028.01.11. 06:45'; author line (family name first); newest first; each post: bare 'HH:MM' line, headline, paragraphs."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Index", "Belföld   Külföld   Gazdaság   Vélemény   Sport   Kultúr   Tech-Tudomány   Mindeközben   Videó", "",
         f"{pub.year}. {M_HU[pub.month - 1]} {pub.day}., {D_HU[pub.weekday()]}   Névnap: {S['nameday']}", "Budapest  -3 °C  felhős", "",
         "Külföld   Orosz–ukrán háború", "", S["title"], "", S["byline"], f"{pub:%Y.%m.%d.} {pub:%H:%M}", f"Frissítve: {last:%Y.%m.%d.} {last:%H:%M}", "",
         S["lede"], "", "Percről percre", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Hirdetés", ""]
        if i == 3:
            L += ["Kapcsolódó", "Mit jelent Ukrajnának az új mozgósítási törvény? Összefoglaltuk", ""]
    L += ["Ha nem szeretne lemaradni a legfontosabb hírekről, iratkozzon fel hírlevelünkre!", "",
          "Impresszum   Adatvédelmi tájékoztató   Médiaajánlat   Kapcsolat   © Index.hu Zrt."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15504", name="15504_index-percrolpercre", ext="txt", source="Index.hu", zone="Europe/Budapest", render=r_index,
  title="Orosz rakéták csapódtak be Dnyipróba, az EU újabb milliárdokat utal Kijevnek – percről percre",
  published="2028-01-11 06:45", byline="Szalai Bence", nameday="Ágota",
  lede="Az orosz–ukrán háború 2148. napján is folytatódnak a légicsapások. Percről percre követjük a háború és a diplomácia fejleményeit.",
  basis="bare post time '{s}' (no zone printed: Hungarian time, CET = UTC+1) under the article date '2028.01.11. 06:45' and the header date '2028. január 11., kedd'; newest first; local {d} in {z}",
  notes="Imitates an Index.hu 'percről percre' (minute by minute) live article as copied from the browser, Hungarian. Header line with date, weekday and name day ('2028. január 11., kedd   Névnap: Ágota') plus a weather widget. Article date '2028.01.11. 06:45' and 'Frissítve: 2028.01.11. 21:32'. Newest first; each post: bare 'HH:MM' line (no zone: Hungarian time, CET), headline, paragraphs. One author line (Hungarian name order, family name first: 'Szalai Bence'), used as every post's author. 'Hirdetés' ad marker and a 'Kapcsolódó' related link between posts. Dnyipro = Dnipro.",
  not_entries=["masthead 'Index' and navigation", "header date / name-day line and weather widget", "section line 'Külföld   Orosz–ukrán háború'",
               "title line", "author line 'Szalai Bence'", "article date line and 'Frissítve:' line", "lede 'Az orosz–ukrán háború 2148. napján ...'",
               "label 'Percről percre'", "'Hirdetés' ad marker", "'Kapcsolódó' related link", "newsletter line", "footer"],
  entries=[
  E("2028-01-11 21:32", "Zelenszkij: csak tűzszünet után ülünk tárgyalóasztalhoz",
    ["Volodimir Zelenszkij ukrán elnök esti videóüzenetében megismételte, hogy Kijev csak egy legalább harmincnapos, teljes tűzszünet után hajlandó közvetlen tárgyalásokra Moszkvával.",
     "Az elnök szerint az orosz fél eddig minden ilyen javaslatot elutasított."],
    "diplomacy", "diplomacy", 2, "zelensky-ceasefire-before-talks-2028-01-11", a="Szalai Bence"),
  E("2028-01-11 19:05", "Orbán: Magyarország nem küld fegyvert Ukrajnába, és nem is fog",
    ["Orbán Viktor miniszterelnök egy kormányülés utáni sajtótájékoztatón hangsúlyozta, hogy Magyarország továbbra sem szállít fegyvert Ukrajnának, és nem járul hozzá, hogy uniós pénzből fegyvert vegyenek Kijevnek.",
     "A kormányfő szerint a háborúnak csak tárgyalásos rendezése lehet."],
    "aid", "aid", 2, "orban-no-weapons-for-ukraine-2028-01-11", a="Szalai Bence", sec=["diplomacy"]),
  E("2028-01-11 16:48", "Drónok találtak el egy olajfinomítót Brjanszk megyében",
    ["Ukrán drónok csapódtak be éjjel egy olajfinomítóba az oroszországi Brjanszk megyében, a kormányzó szerint a tüzet reggelre eloltották.",
     "Sérültekről nem érkezett jelentés. Az ukrán vezérkar közölte, hogy a finomító az orosz hadsereg üzemanyag-ellátását szolgálta."],
    "strikes", "strikes", 2, "bryansk-refinery-drone-strike-2028-01-11", a="Szalai Bence"),
  E("2028-01-11 14:20", "Kárpátaljai magyarokat is érinthet az új ukrán mozgósítási szabály",
    ["Az ukrán parlament elfogadta azt a törvénymódosítást, amely tovább szigorítja a hadköteles férfiak külföldre utazását, és ez a kárpátaljai magyar közösséget is érinti.",
     "A KMKSZ szerint a rendelkezés miatt újabb családok költözhetnek el a régióból."],
    "other", "politics", 2, "ukraine-mobilisation-travel-rule-2028-01-11", a="Szalai Bence"),
  E("2028-01-11 12:02", "Orosz rakétatámadás Dnyipro ellen: két halott, tizennégy sérült",
    ["Két ember meghalt és tizennégyen megsebesültek, amikor orosz rakéták csapódtak be Dnyipro egyik ipari negyedébe, közölte Szerhij Liszak, a megye katonai kormányzója.",
     "A támadásban megrongálódott egy buszpályaudvar és több lakóház is."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2028-01-11", a="Szalai Bence"),
  E("2028-01-11 09:40", "Az EU 2,5 milliárd eurót folyósít Ukrajnának",
    ["Az Európai Bizottság kedden 2,5 milliárd eurót utalt át Ukrajnának az Ukrajna-eszköz keretében, amelyből Kijev a költségvetési hiányt és az energiahálózat helyreállítását finanszírozza."],
    "aid", "aid", 3, "eu-ukraine-facility-payment-2028-01-11", a="Szalai Bence"),
  E("2028-01-11 07:15", "Kilencven drónt indított Oroszország az éjszaka",
    ["Az ukrán légierő szerint Oroszország az éjszaka 90 támadó drónt indított, ebből 71-et lelőttek vagy elektronikus zavarással hatástalanítottak.",
     "Becsapódásokat jeleztek Szumi és Csernyihiv megyéből."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-01-11", a="Szalai Bence"),
  ]))


# ---------------------------------------------------------------- 15505 Helsingin Sanomat (text scrape, 'HS seuraa', no year)
def r_hs(S):
    """hs.fi live follow ('HS seuraa'), text scrape. 'Julkaistu 13.1. klo 7.05 | Päivitetty 13.1. klo 21.40' (no year, as HS
    prints for the current year); newest first; each post: 'klo 21.40' line, headline, author line, paragraphs."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    def fi(d):
        return f"{d.hour}.{d.minute:02d}"
    L = ["Helsingin Sanomat", "Uutiset   Kotimaa   Ulkomaat   Talous   Politiikka   Kaupunki   Urheilu   Kulttuuri   Mielipide   Tiede", "Tilaa   Kirjaudu", "",
         "Ulkomaat | Ukrainan sota", "", S["title"], "", S["lede"], "",
         f"Julkaistu {pub.day}.{pub.month}. klo {fi(pub)} | Päivitetty {last.day}.{last.month}. klo {fi(last)}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"klo {fi(d)}"; stamps.append(st)
        L += [st, e["h"]] + ([e["a"]] if e["a"] else []) + [""] + (ptxt(e["p"]) if e["p"] else ["Kuvagalleria, 9 kuvaa", ""])
        if i == 2:
            L += ["Mainos", ""]
        if i == 4:
            L += ["Lue lisää: Miksi Venäjä iskee juuri nyt Odessan satamiin", ""]
    L += ["Seuranta jatkuu perjantaina.", "", "HS   Asiakaspalvelu   Palaute   Tietosuoja   Evästeasetukset   © Helsingin Sanomat"]
    return "\n".join(L) + "\n", stamps


ODESA13 = "odesa-port-attack-2028-01-13"
SEEDS.append(dict(
  id="15505", name="15505_hs-seuranta", ext="txt", source="Helsingin Sanomat", zone="Europe/Helsinki", render=r_hs, parse_args=["--date", "2028-01-13"],
  title="HS seuraa | Venäjä iski Odessan satamaan, ainakin neljä kuollut",
  lede="Seuraamme Ukrainan sodan tapahtumia tällä sivulla torstain ajan.",
  basis="post time '{s}' (Finnish time, EET = UTC+2; no zone printed) on the day given by 'Julkaistu 13.1. ... | Päivitetty 13.1. ...' (day and month only, no year anywhere: parse_args 2028-01-13); local {d} in {z}",
  notes="Imitates a Helsingin Sanomat 'HS seuraa' live follow as copied from the browser, Finnish. Newest first; each post: 'klo 21.40' line (Finnish time notation with a full stop, no zone: EET), headline, author line (reporter or the agency 'STT'), paragraphs. The only date is 'Julkaistu 13.1. klo 7.05 | Päivitetty 13.1. klo 21.40' (day.month. without year, as HS prints dates of the current year); no year appears anywhere on the page, so parse_args gives 2028-01-13. 15505-03 is a photo teaser ('Kuvat:' = Photos:) with only a gallery placeholder and no author. 'Mainos' (ad) and 'Lue lisää:' (related) lines are chrome.",
  not_entries=["masthead, navigation, 'Tilaa   Kirjaudu'", "section line 'Ulkomaat | Ukrainan sota'", "title line", "lede 'Seuraamme Ukrainan sodan ...'",
               "'Julkaistu ... | Päivitetty ...' line", "gallery placeholder 'Kuvagalleria, 9 kuvaa' in the teaser post", "'Mainos' ad marker",
               "'Lue lisää: ...' related link", "'Seuranta jatkuu perjantaina.'", "footer"],
  entries=[
  E("2028-01-13 21:40", "Stubb: Suomi jatkaa Ukrainan tukemista vähintään nykyisellä tasolla",
    ["Tasavallan presidentti Alexander Stubb sanoi torstaina, että Suomi jatkaa Ukrainan sotilaallista tukea vähintään nykyisellä tasolla myös ensi vuonna.",
     "Stubb puhui Helsingissä valtakunnallisen maanpuolustuskurssin avajaisissa."],
    "aid", "aid", 2, "stubb-finland-support-level-2028-01-13", a="Jussi Karvonen", sec=["diplomacy"]),
  E("2028-01-13 19:15", "Venäjä väittää vallanneensa kylän Zaporižžjan alueella",
    ["Venäjän puolustusministeriö väittää joukkojensa vallanneen kylän Zaporižžjan alueella lähellä Stepnohirskia.",
     "Ukraina ei ole vahvistanut tietoa."],
    "other", "frontline", 2, "russia-claims-village-zaporizhzhia-region-2028-01-13", a="STT"),
  E("2028-01-13 16:50", "Kuvat: Odessan satamassa sammutetaan yhä paloja", [],
    "strikes", "strikes", 1, ODESA13, n="photo teaser ('Kuvat:' = Photos:), gallery placeholder only"),
  E("2028-01-13 14:05", "Suomi lähettää Ukrainalle 31. puolustustarvikepaketin",
    ["Puolustusministeriö kertoi torstaina, että Suomi lähettää Ukrainalle uuden puolustustarvikepaketin, jonka arvo on noin 160 miljoonaa euroa.",
     "Paketin sisältöä ei julkisteta turvallisuussyistä."],
    "aid", "aid", 3, "finland-31st-defence-package-2028-01-13", a="Aino Lehtonen"),
  E("2028-01-13 11:30", "Odessan iskun kuolonuhrien määrä nousi neljään",
    ["Venäjän yöllisessä iskussa Odessan satamaan kuolleiden määrä on noussut neljään, kertoo alueen kuvernööri Oleh Kiper.",
     "Kuolleiden joukossa on kaksi satamatyöntekijää. Iskussa vaurioitui myös viljaa lastannut kauppalaiva."],
    "strikes", "strikes", 3, ODESA13, a="Aino Lehtonen"),
  E("2028-01-13 09:10", "Rajavartiolaitos: Itärajalla ei ole havaittu poikkeuksellista liikettä",
    ["Rajavartiolaitoksen mukaan Suomen ja Venäjän rajalla ei ole havaittu poikkeuksellista sotilaallista toimintaa, vaikka Venäjä on siirtänyt joukkoja Karjalan alueelle."],
    "other", "security", 2, "finnish-border-guard-eastern-border-2028-01-13", a="STT"),
  E("2028-01-13 07:05", "Venäjä iski yöllä Odessan satamaan – ainakin kaksi kuollut",
    ["Venäjä iski yöllä drooneilla ja ohjuksilla Odessan satama-alueelle, ja ainakin kaksi ihmistä kuoli, kertoo alueen kuvernööri Oleh Kiper.",
     "Satamassa syttyi useita tulipaloja."],
    "strikes", "strikes", 3, ODESA13, a="Aino Lehtonen"),
  ]))


# ---------------------------------------------------------------- 15506 Der Standard (HTML Liveticker)
def r_standard(S):
    """derStandard.at Liveticker, HTML. Newest first; each posting: <time> '16. Jänner 2028, 21:05' (Austrian month name),
    h3 headline, author line, paragraphs. LiveBlogPosting JSON-LD with one liveBlogUpdate per posting. Forum posting count."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); pub = dt(S["published"], z)
    def at(d):
        return f"{d.day}. {M_AT[d.month - 1]} {d.year}, {d:%H:%M}"
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#p{3301877 - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n".join(e["p"]), "author": {"@type": "Person" if e["a"] != "APA" else "Organization", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "DER STANDARD"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="de-AT"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Liveticker - derStandard.at › International</title>',
           ld_script(ld), '</head><body>',
           '<header class="site-header"><a class="logo" href="/">derStandard</a><nav>'
           + " ".join(f"<a>{x}</a>" for x in ["International", "Inland", "Wirtschaft", "Web", "Sport", "Panorama", "Kultur", "Etat", "Wissenschaft",
                                            "Lifestyle", "Diskurs", "Karriere", "Immobilien", "Zukunft", "Gesundheit", "Recht", "dieStandard"])
           + '</nav><a class="abo">Abo</a> <a class="login">Einloggen</a></header>',
           '<main><nav class="breadcrumb"><a>International</a> › <a>Europa</a> › <a>Ukraine</a></nav>',
           '<article class="ticker"><p class="kicker">Liveticker</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="authors">{esc(", ".join(S["authors"]))}</span> <time datetime="{pub.isoformat()}">{at(pub)}</time> '
           '<a class="forum" href="#forum">Forum: 512 Postings</a></div>',
           '<p class="note">Die Angaben der Kriegsparteien lassen sich nicht unabhängig überprüfen.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = at(d); stamps.append(st)
        out.append(f'<div class="ticker-posting" id="p{3301877 - i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>'
                   f'<p class="posting-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad">Werbung</div>')
        if i == 4:
            out.append('<aside class="weiterlesen"><p>Weiterlesen:</p><a>Wie lange hält das ukrainische Stromnetz noch durch?</a></aside>')
    out += ['</article>', '<aside class="pur">Sie wollen derStandard ohne Werbung lesen? Jetzt PUR-Abo abschließen</aside>',
            f'<section id="forum"><h3>Forum</h3><p>512 Postings</p><p>Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder.</p></section></main>',
            '<footer><a>Impressum &amp; Offenlegung</a> <a>Datenschutz</a> <a>AGB</a><p>© STANDARD Verlagsgesellschaft m.b.H. 2028</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


IFRANK = "west-ukraine-energy-attack-2028-01-16"
SEEDS.append(dict(
  id="15506", name="15506_derstandard-liveticker", ext="html", source="Der Standard", zone="Europe/Vienna", render=r_standard,
  title="Russland greift Energieanlagen in der Westukraine an, drei Tote in Iwano-Frankiwsk",
  url="https://www.derstandard.at/story/3000000299417/liveticker-russland-greift-energieanlagen-in-der-westukraine-an",
  published="2028-01-16 07:12", authors=["Margit Hollerer", "Lukas Pichler"],
  lede="Polen ließ in der Nacht Kampfjets aufsteigen. Österreich sagt weitere Winterhilfe zu. Alle Entwicklungen im Liveticker.",
  basis="posting stamp '{s}' (full date with the Austrian month name 'Jänner', no zone printed: Austrian time, CET = UTC+1); JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Imitates a derStandard.at Liveticker, German (Austrian usage: 'Jänner'). Newest first. Each posting: <time> with full date and time '16. Jänner 2028, 21:05' (no zone: Austrian time, CET), h3 headline, author line (reporter, or the agency 'APA'), paragraphs. LiveBlogPosting JSON-LD with one BlogPosting per posting (per-update datePublished, headline, articleBody, author). 15506-04 'Analyse: ...' is a theme piece on why Russia targets substations; it is its own story, not the night's attack. The page meta line lists two ticker authors; each posting has its own author line, which is used.",
  not_entries=["header logo, section navigation, Abo / Einloggen", "breadcrumb 'International › Europa › Ukraine'", "kicker 'Liveticker'", "h1 (page title)",
               "lead 'Polen ließ in der Nacht ...' (page lede)", "meta line: two ticker authors, page date, 'Forum: 512 Postings'",
               "note 'Die Angaben der Kriegsparteien lassen sich nicht unabhängig überprüfen.'", "'Werbung' ad marker", "'Weiterlesen:' related link",
               "PUR-Abo box", "forum box (posting count and disclaimer)", "footer"],
  entries=[
  E("2028-01-16 21:05", "Selenskyj kündigt Sanktionen gegen russische Rüstungszulieferer an",
    ["Der ukrainische Präsident Wolodymyr Selenskyj hat Sanktionen gegen mehr als 80 Unternehmen angekündigt, die Bauteile für russische Drohnen und Raketen liefern sollen.",
     "Darunter seien Firmen aus China, der Türkei und den Vereinigten Arabischen Emiraten, sagte er in seiner abendlichen Videobotschaft."],
    "diplomacy", "diplomacy", 2, "zelensky-sanctions-russian-arms-suppliers-2028-01-16", a="Lukas Pichler"),
  E("2028-01-16 18:40", "Meinl-Reisinger sagt Kiew weitere Winterhilfe zu",
    ["Außenministerin Beate Meinl-Reisinger hat der Ukraine weitere zehn Millionen Euro an humanitärer Hilfe zugesagt.",
     "Das Geld soll vor allem in Generatoren und Wärmestuben in frontnahen Gebieten fließen, teilte das Außenministerium am Sonntag mit."],
    "aid", "aid", 2, "austria-winter-aid-2028-01-16", a="Lukas Pichler"),
  E("2028-01-16 16:15", "Russische Armee meldet Einnahme eines Dorfes bei Kupjansk",
    ["Das russische Verteidigungsministerium hat die Einnahme eines weiteren Dorfes im Gebiet Charkiw nahe der Stadt Kupjansk gemeldet.",
     "Unabhängig überprüfen ließ sich die Angabe nicht."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2028-01-16", a="Margit Hollerer"),
  E("2028-01-16 13:50", "Analyse: Warum Russland im Winter auf Umspannwerke zielt",
    ["Seit Beginn des Winters konzentrieren sich die russischen Angriffe auffällig oft auf Umspannwerke statt auf Kraftwerke.",
     "Fachleute erklären das mit den langen Lieferzeiten für große Transformatoren: Ein zerstörtes Umspannwerk lässt sich oft erst nach Monaten ersetzen.",
     "Auch der nächtliche Angriff auf die Westukraine habe vor allem Verteilknoten getroffen, heißt es beim Netzbetreiber Ukrenerho."],
    "strikes", "strikes", 2, "analysis-russia-targets-substations-2028-01", a="Lukas Pichler", n="theme piece (analysis); mentions the night's attack but is its own story"),
  E("2028-01-16 11:20", "Zahl der Toten in Iwano-Frankiwsk auf drei gestiegen",
    ["Nach dem nächtlichen Angriff auf Iwano-Frankiwsk ist die Zahl der Todesopfer auf drei gestiegen, teilte die Regionalverwaltung mit.",
     "Unter den Toten ist ein Mitarbeiter des regionalen Energieversorgers."],
    "strikes", "strikes", 3, IFRANK, a="Margit Hollerer"),
  E("2028-01-16 09:05", "Russland greift Energieanlagen in der Westukraine an",
    ["Russland hat in der Nacht auf Sonntag mit Raketen und Drohnen Energieanlagen in den Gebieten Lwiw und Iwano-Frankiwsk angegriffen.",
     "In Iwano-Frankiwsk kam nach ersten Angaben ein Mensch ums Leben, in mehreren Städten fiel der Strom aus."],
    "strikes", "strikes", 3, IFRANK, a="Margit Hollerer"),
  E("2028-01-16 07:30", "Polen lässt wegen russischer Angriffe Kampfjets aufsteigen",
    ["Wegen der russischen Luftangriffe auf die Westukraine hat das polnische Militär in der Nacht Kampfflugzeuge aufsteigen lassen.",
     "Die Flughäfen Rzeszów und Lublin stellten den Betrieb vorübergehend ein."],
    "other", "security", 2, "poland-scrambles-jets-2028-01-16", a="APA", sec=["strikes"]),
  ]))


# ---------------------------------------------------------------- 15507 Le Soir (text scrape, 'Le fil info', relative stamps)
def r_lesoir(S):
    """lesoir.be 'fil info' (all-news ticker), text scrape. Header date with clock 'mardi 18 janvier 2028 · 16h35' and weather;
    cards newest first: headline, 'Par NAME' line, relative 'Il y a 38 min' / 'Il y a 2 h', one summary paragraph."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Le Soir", f"{D_FR[ref.weekday()]} {ref.day} {M_FR[ref.month - 1]} {ref.year} · {ref.hour}h{ref.minute:02d}", "Bruxelles   3°   Pluie faible", "",
         "S'abonner   Se connecter", "", "Belgique   Monde   Économie   Sports   Culture   Opinions   Soirmag   Le Soir+   Podcasts", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"Il y a {mins} min"
        else:
            assert mins % 60 == 0, e["t"]
            st = f"Il y a {mins // 60} h"
        stamps.append(st)
        L += [e["h"], f"Par {e['a']}", st, ""] + ptxt(e["p"])
        if e.get("plus"):
            L += ["Article réservé aux abonnés", ""]
        if i == 2:
            L += ["Newsletter", "Recevez chaque matin l'essentiel de l'actualité. Je m'inscris", ""]
    L += ["Voir plus d'articles", "", "Contact   Mentions légales   Vie privée   Cookies   © Rossel & Cie SA"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15507", name="15507_lesoir-filinfo", ext="txt", source="Le Soir", zone="Europe/Brussels", render=r_lesoir,
  title="Le fil info", ref="2028-01-18 16:35",
  lede="Toute l'actualité en continu, en Belgique et dans le monde.",
  basis="relative stamp '{s}' counted back from the header clock 'mardi 18 janvier 2028 · 16h35' (no zone printed: Belgian time, CET = UTC+1); local {d} in {z}",
  notes="Imitates Le Soir's (lesoir.be) all-news ticker 'Le fil info' as copied from the browser, French. Cards newest first: headline, 'Par NAME' line (a journalist or the agency 'Belga'; author = the name after 'Par'), relative time ('Il y a 38 min', 'Il y a 2 h'), one summary paragraph; a subscriber card carries 'Article réservé aux abonnés'. The only absolute time is the header clock 'mardi 18 janvier 2028 · 16h35' (no zone: Belgian time, CET); every stamp is counted back from it (the site floors relative times, so these are as precise as the page allows). Two of seven cards are off-beat Belgian news (strike, weather).",
  not_entries=["masthead 'Le Soir' and the header clock line (capture time, used as the anchor)", "weather widget 'Bruxelles 3° Pluie faible'",
               "'S'abonner   Se connecter'", "navigation menu", "ticker title 'Le fil info' (page title) and its subtitle",
               "'Par ...' lines (bylines, read as authors)", "'Article réservé aux abonnés' label", "newsletter box", "'Voir plus d'articles'", "footer"],
  entries=[
  E("2028-01-18 15:57", "Francken annonce deux F-16 supplémentaires pour l'Ukraine d'ici l'été",
    ["Le ministre de la Défense, Theo Francken, a annoncé mardi que la Belgique livrerait deux F-16 supplémentaires à l'Ukraine avant l'été. Les appareils seront cédés au fur et à mesure de l'arrivée des F-35 dans les escadrilles belges."],
    "aid", "aid", 3, "belgium-f16-delivery-2028-01-18", a="Émilie Vanderhaegen", plus=True),
  OFF("2028-01-18 14:35", "Grève nationale : les transports publics fortement perturbés jeudi",
    ["Les syndicats maintiennent leur appel à une journée de grève nationale jeudi contre la réforme des pensions, avec de fortes perturbations attendues à la SNCB, à la Stib et au TEC."],
    "belgium-national-strike-2028-01-20", a="Belga", n="Belgian national strike"),
  E("2028-01-18 12:35", "Kiev : deux morts dans une frappe de missile balistique",
    ["Deux personnes ont été tuées et neuf blessées mardi matin à Kiev par un missile balistique russe tombé sur un quartier résidentiel de la rive gauche, a annoncé le maire Vitali Klitschko."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-strike-2028-01-18", a="Belga"),
  E("2028-01-18 10:35", "Avoirs russes gelés : Kallas plaide pour un nouveau prêt à l'Ukraine",
    ["La cheffe de la diplomatie européenne, Kaja Kallas, a plaidé mardi pour mobiliser une nouvelle tranche des avoirs russes immobilisés chez Euroclear afin de financer l'Ukraine. La Belgique, où se trouve l'essentiel de ces fonds, réclame toujours des garanties juridiques de ses partenaires."],
    "aid", "aid", 2, "kallas-frozen-assets-loan-2028-01-18", a="Belga", sec=["diplomacy"]),
  OFF("2028-01-18 09:35", "Météo : de la neige attendue mercredi sur les hauteurs ardennaises",
    ["L'Institut royal météorologique prévoit des chutes de neige mercredi au-dessus de 400 mètres, avec jusqu'à cinq centimètres en Haute-Ardenne."],
    "belgium-snow-forecast-2028-01-19", a="Belga", n="Belgian weather"),
  E("2028-01-18 07:35", "La Russie dit avoir abattu 45 drones au-dessus de Koursk et Briansk",
    ["Le ministère russe de la Défense affirme avoir intercepté 45 drones ukrainiens pendant la nuit, principalement au-dessus des régions de Koursk et de Briansk."],
    "strikes", "strikes", 2, "russia-says-45-drones-downed-2028-01-18", a="Belga"),
  E("2028-01-18 06:35", "Zelensky attendu au Forum de Davos",
    ["Le président ukrainien Volodymyr Zelensky doit prendre la parole jeudi au Forum économique mondial de Davos, a confirmé son entourage. Il devrait y rencontrer plusieurs chefs de gouvernement européens."],
    "diplomacy", "diplomacy", 2, "zelensky-davos-attendance-2028-01", a="Belga"),
  ]))


# ---------------------------------------------------------------- 15508 El Mundo (RSS)
def r_elmundo(S):
    """elmundo.es section RSS 2.0 ('Internacional'): newest first; pubDate with +0100 (Madrid winter time); dc:creator (reporter
    or agency: EFE, Europa Press); media:content photo with its own title; CDATA description '<p>summary</p>' plus a 'Leer' link."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.elmundo.es/internacional.html</link>',
           '<atom:link href="https://e00-elmundo.uecdn.es/elmundo/rss/internacional.xml" rel="self" type="application/rss+xml"/>',
           '<description>Noticias de Internacional en elmundo.es</description>', '<language>es-ES</language>',
           '<copyright>Unidad Editorial Información General S.L.U.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        hid = f"{0x67a1c3d2 + i * 977:x}fc{i}b"
        url = f"https://www.elmundo.es/internacional/{d:%Y/%m/%d}/{hid}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "Internacional"))}</category>',
                f'<media:content url="https://phantom-elmundo.uecdn.es/{hid}/crop/0x0/1200x800/resize/640/f/webp/assets/multimedia/imagenes/{d:%Y/%m/%d}/{hid}.jpg" medium="image" type="image/jpeg">'
                f'<media:title>{esc(e["photo"])}</media:title></media:content>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f'<a href="{url}">Leer</a>]]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def M(e, photo, cat="Internacional"):
    e["photo"] = photo; e["cat"] = cat
    return e


SEEDS.append(dict(
  id="15508", name="15508_elmundo-internacionalrss", ext="xml", source="El Mundo", zone="Europe/Madrid", render=r_elmundo,
  title="Internacional // elmundo",
  basis="RSS pubDate '{s}' (explicit +0100 = Madrid winter time, CET); local {d} in {z}",
  notes="Imitates El Mundo's 'Internacional' RSS 2.0 feed, Spanish. Newest first. pubDate with +0100. dc:creator is a reporter or an agency (EFE, Europa Press), kept as author. description is CDATA HTML: one or two summary paragraphs and a 'Leer' (read) link; each item also carries a media:content photo with a media:title caption (visible text, not body). Four of eight items are off-beat (Texas storm, Peru, China growth, Australian fires). Járkov = Kharkiv, Bélgorod = Belgorod (Spanish spellings).",
  not_entries=["channel title/description/language/copyright", "media:content photo and its media:title caption in every item", "'Leer' link at the end of every description",
               "guid/link URLs", "category elements"],
  entries=[
  M(E("2028-01-20 22:10", "Ucrania denuncia un ataque masivo con drones contra Járkov",
    ["Al menos una persona murió y otras 17 resultaron heridas en un ataque con más de 60 drones contra Járkov, la segunda ciudad de Ucrania, según su alcalde, Ihor Terejov.",
     "Varios aparatos impactaron contra un centro comercial y unas cocheras de tranvías."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2028-01-20", a="Lucía Ferrán"), "Bomberos trabajan en un centro comercial alcanzado en Járkov."),
  M(OFF("2028-01-20 20:35", "Una tormenta invernal deja sin luz a 300.000 hogares en Texas",
    ["Una tormenta de hielo y nieve ha dejado sin suministro eléctrico a unos 300.000 hogares en el norte de Texas, donde las autoridades han cerrado escuelas y carreteras."],
    "texas-winter-storm-2028-01-20", a="EFE", n="US winter storm"), "Una carretera helada en Dallas."),
  M(E("2028-01-20 18:50", "Albares, en Kiev: \u201cEspaña seguirá apoyando a Ucrania el tiempo que haga falta\u201d",
    ["El ministro de Asuntos Exteriores, José Manuel Albares, ha reafirmado este jueves en Kiev el compromiso de España con Ucrania y ha anunciado 50 millones de euros para reparar infraestructuras energéticas.",
     "Albares se ha reunido con su homólogo ucraniano, Andrii Sibiga, y con el presidente Volodimir Zelenski."],
    "diplomacy", "diplomacy", 3, "albares-kyiv-visit-2028-01-20", a="Europa Press", sec=["aid"]), "José Manuel Albares, a su llegada a Kiev."),
  M(OFF("2028-01-20 16:20", "Perú declara el estado de emergencia en Lima por la ola de extorsiones",
    ["El Gobierno peruano ha declarado el estado de emergencia durante 60 días en Lima y el Callao para hacer frente a una oleada de extorsiones a transportistas y comerciantes."],
    "peru-lima-state-of-emergency-2028-01-20", a="EFE", n="Peru security"), "Policías patrullan el centro de Lima."),
  M(E("2028-01-20 13:05", "Rusia y Ucrania intercambian los cuerpos de mil soldados caídos",
    ["Ucrania ha recibido los cuerpos de 1.000 militares muertos en combate a cambio de 38 cuerpos de soldados rusos, según el centro ucraniano de coordinación para el trato a los prisioneros de guerra."],
    "other", "humanitarian", 2, "ukraine-russia-bodies-repatriation-2028-01-20", a="Lucía Ferrán"), "Un camión refrigerado en la frontera entre Ucrania y Bielorrusia."),
  M(OFF("2028-01-20 10:30", "China crece un 4,2% en 2027, su menor ritmo en décadas",
    ["La economía china creció un 4,2% el año pasado, su menor avance en décadas si se excluyen los años de la pandemia, lastrada por la crisis inmobiliaria y la debilidad del consumo."],
    "china-gdp-2027-2028-01-20", a="Europa Press", n="Chinese economy"), "Contenedores en el puerto de Shanghái."),
  M(E("2028-01-20 08:15", "Moscú acusa a Kiev de atacar una subestación eléctrica en Bélgorod",
    ["El gobernador de la región rusa de Bélgorod, Viacheslav Gladkov, ha denunciado un ataque con drones ucranianos contra una subestación que ha dejado sin electricidad a unos 20.000 vecinos."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2028-01-20", a="EFE"), "Humo sobre Bélgorod, en una imagen de archivo."),
  M(OFF("2028-01-20 06:40", "Los incendios forestales obligan a evacuar varias localidades del sureste de Australia",
    ["Las autoridades del estado australiano de Victoria han ordenado evacuar cinco localidades ante el avance de varios incendios forestales avivados por temperaturas de más de 40 grados."],
    "australia-victoria-bushfires-2028-01-20", a="EFE", n="Australian bushfires"), "Un bombero ante las llamas en Victoria."),
  ]))


# ---------------------------------------------------------------- 15509 Aftenposten (HTML live article)
def r_aftenposten(S):
    """aftenposten.no live article (Schibsted), HTML. 'Publisert: 22.01.2028 07:58' / 'Oppdatert: ...'; oldest first; each post:
    <time> 'kl. 07.58', h2 headline, byline (reporter or 'NTB'), paragraphs, photo credit 'Foto: ... / NTB'. NewsArticle JSON-LD."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "inLanguage": "nb-NO",
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "isAccessibleForFree": "False",
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@type": "Organization", "name": "Aftenposten"}}
    out = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – Aftenposten</title>', ld_script(ld), '</head><body>',
           '<header><a class="logo" href="/">Aftenposten</a><nav><a>Nyheter</a> <a>Meninger</a> <a>Kultur</a> <a>Sport</a> <a>Osloby</a> <a>Økonomi</a> '
           '<a>Podkast</a> <a>E-avis</a></nav><a class="buy">Kjøp abonnement</a> <a class="login">Logg inn</a></header>',
           '<main><article class="live">', '<p class="section">Krigen i Ukraina</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(" og ".join(S["authors"]))}</p>',
           f'<p class="timestamps">Publisert: {pub:%d.%m.%Y %H:%M} <br>Oppdatert: {last:%d.%m.%Y %H:%M}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"kl. {d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2><p class="entry-byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("foto"):
            out.append(f'<figure><figcaption>{esc(e["foto"])}</figcaption></figure>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="ad">Annonse</div>')
        if i == 3:
            out.append('<aside class="related"><p>Les også</p><a>Slik skal Nansen-milliardene brukes i år</a></aside>')
    out += ['</article></main>', '<footer><p>Aftenposten er en del av Schibsted Media.</p><a>Personvernerklæring</a> <a>Cookie-innstillinger</a> '
            '<a>Kundeservice</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KYIV22 = "kyiv-ballistic-missile-attack-2028-01-22"
SEEDS.append(dict(
  id="15509", name="15509_aftenposten-live", ext="html", source="Aftenposten", zone="Europe/Oslo", render=r_aftenposten,
  title="Russland angrep Kyiv med ballistiske missiler – tre drept",
  url="https://www.aftenposten.no/verden/i/Kq7mLp/russland-angrep-kyiv-med-ballistiske-missiler-tre-drept", authors=["Sindre Aasvik", "NTB"],
  lede="Regjeringen sender to milliarder kroner til luftvern. Følg utviklingen i krigen her.",
  basis="post time '{s}' (Norwegian notation with a full stop, no zone printed: Norwegian time, CET = UTC+1) under 'Publisert: 22.01.2028 07:58'; oldest first; local {d} in {z}",
  notes="Imitates an Aftenposten (Schibsted) live article, Norwegian Bokmål. Oldest first. Each post: <time> 'kl. 07.58' (no zone: Norwegian time, CET), h2 headline, byline (reporter or the agency 'NTB', kept as author), paragraphs, sometimes a photo credit 'Foto: ... / NTB'. Dates only in 'Publisert: 22.01.2028 07:58' and 'Oppdatert: 22.01.2028 22:10'. NewsArticle JSON-LD (no per-post data).",
  not_entries=["header logo, navigation, 'Kjøp abonnement' / 'Logg inn'", "section label 'Krigen i Ukraina'", "h1 (page title)", "lead 'Regjeringen sender ...' (page lede)",
               "page byline 'Sindre Aasvik og NTB'", "'Publisert:' / 'Oppdatert:' lines", "photo credits 'Foto: ...' inside posts", "'Annonse' ad marker",
               "'Les også' related link", "footer"],
  entries=[
  E("2028-01-22 07:58", "Ballistiske missiler mot Kyiv natt til lørdag",
    ["Russland angrep Kyiv med ballistiske missiler natt til lørdag, og minst én person ble drept, opplyser byens militære administrasjon.",
     "Eksplosjoner ble hørt i flere bydeler, og en skole i Desnjanskyj-distriktet ble truffet."],
    "strikes", "strikes", 3, KYIV22, a="NTB", foto="Foto: Reuters / NTB"),
  E("2028-01-22 10:20", "Norge gir to milliarder kroner til luftvern for Ukraina",
    ["Regjeringen vil bruke to milliarder kroner fra Nansen-programmet på luftvern til Ukraina, opplyser Forsvarsdepartementet.",
     "Pengene skal blant annet gå til innkjøp av NASAMS-missiler sammen med Tyskland og Danmark."],
    "aid", "aid", 3, "norway-air-defence-funding-2028-01-22", a="Sindre Aasvik"),
  E("2028-01-22 12:45", "Antall drepte i Kyiv økt til tre",
    ["Tre personer er bekreftet drept etter nattens angrep på Kyiv, opplyser ordfører Vitalij Klitsjko.",
     "Minst 22 er skadd, blant dem fire barn."],
    "strikes", "strikes", 3, KYIV22, a="NTB"),
  E("2028-01-22 15:10", "Støre: – Norge vil bidra til sikkerhetsgarantier for Ukraina",
    ["Statsminister Jonas Gahr Støre sier Norge er villig til å bidra i en europeisk sikkerhetsstyrke dersom det blir inngått en våpenhvile i Ukraina.",
     "\u2013 Vi må være forberedt på at også freden må forsvares, sa Støre til NRK."],
    "diplomacy", "diplomacy", 2, "store-security-guarantees-2028-01-22", a="Sindre Aasvik"),
  E("2028-01-22 18:30", "Russland hevder å ha tatt kontroll over landsby i Donetsk",
    ["Det russiske forsvarsdepartementet hevder at styrkene har tatt kontroll over landsbyen Berestok i Donetsk fylke.",
     "Opplysningene er ikke bekreftet av ukrainske myndigheter."],
    "other", "frontline", 2, "russia-claims-village-donetsk-2028-01-22", a="NTB"),
  E("2028-01-22 22:10", "Ukrainske droner traff oljeterminal i Primorsk",
    ["Ukrainske droner traff lørdag kveld oljeterminalen i Primorsk ved Finskebukta, skriver russiske medier.",
     "Guvernøren i Leningrad oblast bekrefter at det brøt ut brann, men sier at ingen ble skadd."],
    "strikes", "strikes", 2, "primorsk-oil-terminal-drone-strike-2028-01-22", a="NTB", foto="Foto: AP / NTB"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets, English)

def r_pemberton(S):
    """text live, newest first; 'Key Points' list; 12-hour '7.40pm GMT' line before the headline; 'By NAME' line under it."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "World | UK | Politics | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} GMT"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["Video duration 1:12", ""]
        if i == 2:
            L += ["Get the Ledger's world briefing in your inbox every morning. Sign up", ""]
    L += ["Show older posts", "", f"{S['source']} · About us · Corrections · Privacy notice · Terms"]
    return "\n".join(L) + "\n", stamps


def r_fellbrook(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished/author; visible bare '08:40' in <time>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Region</a> <a>Analysis</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="post-tools"><a>Link to this post</a></footer></article>')
        if i == 2:
            out.append('<aside class="support">Independent reporting from Ukraine depends on readers like you. <a>Support the Courier</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial policy · Contact · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 general world feed, newest first; pubDate 'GMT' or numeric offset (S['rfc']); CDATA paragraphs; dc:creator when known."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_hexworth(S):
    """text article with section headings (one entry per section); byline; dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Europe  /  World  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  ·  Save  ·  Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["[Photo: Emergency workers outside the damaged block. Reuters]", ""]
    L += [S["more"], "", f"{S['source']} · Subscriptions · Imprint · Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def W(e, cat):
    e["cat"] = cat
    return e


# ---------------------------------------------------------------- DAY 1: Tuesday 25 January 2028
ZAP = "zaporizhzhia-missile-strike-2028-01-25"
EUSANC = "eu-24th-sanctions-package-2028-01-25"
DEAIR = "germany-air-defence-package-2028-01-25"
THEME1 = "analysis-ukraine-interceptor-gap-2028-01"
THEME1_H = "Analysis: Why Ukraine's interceptor stocks are running low"
THEME1_P = ["Ukraine's air defences are being asked to do more with less, and the gaps are starting to show.",
            "This morning's strike on Zaporizhzhia, where only two of eleven incoming missiles were stopped, is the latest example. Western factories turn out interceptors for Patriot and SAMP/T systems in the hundreds each year; Russia fires ballistic missiles in the dozens each month.",
            "Officials in Kyiv say cheaper interceptor drones now handle most Shahed attacks, which frees the expensive missiles for ballistic threats. But that only helps if the missiles arrive."]

SEEDS.append(dict(
  id="15520", name="15520_pemberton-textlive", ext="txt", source="Pemberton Ledger", zone="Europe/London", render=r_pemberton,
  title="Russia-Ukraine war live: missile strike on Zaporizhzhia kills nine; EU agrees new sanctions",
  dateline="Tuesday 25 January 2028",
  lede="Rescuers have spent the day searching a bombed apartment block in Zaporizhzhia, while EU ministers in Brussels signed off on their latest round of sanctions.",
  basis="12-hour stamp '{s}' (GMT printed; UK time = UTC in January) under the dateline 'Tuesday 25 January 2028'; newest first; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first; 12-hour stamps with zone ('7.40pm GMT') on the line before the headline; 'By NAME' line under most headlines. Key Points block lists two headlines (15520-01, 15520-03). 15520-05 is a 'Watch:' video teaser (only a duration line, no text). 15520-04 is a theme piece (analysis of interceptor stocks) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 15532. 15520-02 (UK shadow-fleet sanctions) must not merge with the EU package 15520-03.",
  not_entries=["masthead and section navigation", "'LIVE' label", "title line", "dateline 'Tuesday 25 January 2028'", "lede paragraph (page summary)",
               "Key Points block (its two lines repeat entry headlines)", "'Latest' heading", "'By NAME' lines (bylines, read as authors)",
               "'Video duration 1:12' placeholder in the teaser", "newsletter sign-up line", "'Show older posts'", "footer"],
  entries=[
  E("2028-01-25 19:40", "Zaporizhzhia death toll rises to nine",
    ["Nine people are now confirmed dead after this morning's missile strike on Zaporizhzhia, the regional governor, Ivan Fedorov, said in an evening update.",
     "Thirty-four people were injured. Rescuers have finished searching the wreckage of the five-storey block that took a direct hit."],
    "strikes", "strikes", 3, ZAP, a="Eleanor Marsh", kp=True),
  E("2028-01-25 18:15", "UK sanctions 30 more shadow fleet tankers",
    ["The British government has added 30 tankers it says belong to Russia's shadow fleet to its sanctions list, along with two ship registries based in the Gulf.",
     "The Foreign Office said the vessels had carried more than $4bn worth of Russian crude since the summer."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2028-01-25", a="Tom Aldridge", n="same sanctions theme as the EU package (15520-03) but a separate UK decision: must not merge"),
  E("2028-01-25 16:30", "EU ministers agree 24th sanctions package against Russia",
    ["European Union foreign ministers meeting in Brussels have approved a 24th package of sanctions against Russia, aimed at liquefied natural gas shipments and a further 45 tankers.",
     "Kaja Kallas, the bloc's foreign policy chief, said the measures would \"cut deeper into the money that pays for the missiles\". Slovakia lifted its objections on Monday night after receiving assurances on gas transit."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Tom Aldridge", kp=True),
  E("2028-01-25 14:05", THEME1_H, THEME1_P, "aid", "aid", 2, THEME1, a="Tom Aldridge",
    n="theme piece (analysis of interceptor stocks); mentions the Zaporizhzhia strike but is its own story"),
  E("2028-01-25 11:50", "Watch: Rescuers search rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="video teaser, no text body"),
  E("2028-01-25 09:20", "Kremlin dismisses talk of a spring ceasefire",
    ["The Kremlin said on Tuesday that suggestions of a ceasefire by the spring were \"not grounded in reality\", as long as Kyiv refused to withdraw from the regions Russia claims."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-spring-ceasefire-2028-01-25", a="Eleanor Marsh"),
  E("2028-01-25 07:05", "Missiles hit Zaporizhzhia apartment block, at least three dead",
    ["At least three people were killed when Russian missiles hit an apartment block and a tram depot in Zaporizhzhia shortly before dawn, Ukrainian officials said.",
     "Footage from the scene showed the top floors of a residential building torn open and cars burning in the courtyard."],
    "strikes", "strikes", 3, ZAP, a="Eleanor Marsh"),
  ]))

SEEDS.append(dict(
  id="15521", name="15521_fellbrook-ldlive", ext="html", source="Fellbrook Courier", zone="Europe/Kyiv", render=r_fellbrook,
  title="Zaporizhia under attack: live updates", url="https://fellbrookcourier.example/live/2028-01-25-zaporizhia",
  dateline="Tuesday, 25 January 2028 · Kyiv time",
  lede="Our reporters in south-eastern Ukraine follow the aftermath of the morning missile strike and the day's other developments.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2) under the dateline 'Tuesday, 25 January 2028 · Kyiv time'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per post (per-update datePublished and author). Visible bare 'HH:MM' in <time datetime>, Kyiv time per the dateline. Spelling 'Zaporizhia' throughout. 15521-05 repeats 15521-03 nearly verbatim (two words added), duplicate_of 15521-03. 15521-02 (guided bombs on Huliaipole district villages, same Zaporizhzhia region) is a separate strike: must not merge with the city strike.",
  not_entries=["masthead and navigation", "h1 (page title)", "dateline 'Tuesday, 25 January 2028 · Kyiv time'", "standfirst (page lede)",
               "'By NAME' lines (bylines, read as authors)", "'Link to this post' under each post", "reader-support box after the third post", "footer"],
  entries=[
  E("2028-01-25 06:55", "Russian missiles strike Zaporizhia, three reported killed",
    ["A Russian missile attack on Zaporizhia early on Tuesday killed at least three people and damaged an apartment block and a tram depot, regional governor Ivan Fedorov said.",
     "Air raid sirens sounded across the south-east shortly after six in the morning."],
    "strikes", "strikes", 3, ZAP, a="Marta Hnatiuk"),
  E("2028-01-25 08:40", "Glide bombs hit villages in Huliaipole district",
    ["Russian aircraft dropped at least six guided bombs on villages in the Huliaipole district overnight, injuring one man and destroying several houses, local authorities said."],
    "strikes", "strikes", 2, "huliaipole-glide-bomb-attack-2028-01-25", a="Marta Hnatiuk", n="same region (Zaporizhzhia oblast), different strike from the city missile attack: must not merge"),
  E("2028-01-25 11:10", "Zaporizhia toll climbs to seven as rescuers reach basement",
    ["The number of people killed in the morning strike on Zaporizhia has risen to seven, the State Emergency Service said.",
     "Two children are among the 28 people injured. Rescuers reached the basement of the damaged block, where residents had sheltered."],
    "strikes", "strikes", 3, ZAP, a="Marta Hnatiuk"),
  E("2028-01-25 13:25", "Berlin announces air defence package worth €1.1bn",
    ["Germany will send Ukraine two more Patriot launchers and several hundred interceptor missiles under a €1.1bn package, Defence Minister Boris Pistorius announced in Berlin.",
     "Deliveries are due to begin in March, he said."],
    "aid", "aid", 3, DEAIR, a="Dmytro Savchuk"),
  E("2028-01-25 15:40", "Zaporizhia toll climbs to seven as rescuers reach basement",
    ["The number of people killed in the morning strike on Zaporizhia has risen to seven, the State Emergency Service said on Tuesday.",
     "Two children are among the 28 people injured. Rescuers reached the basement of the damaged block, where residents had sheltered."],
    "strikes", "strikes", 1, ZAP, a="Marta Hnatiuk", dup="15521-03", n="near-verbatim repeat of 15521-03 ('on Tuesday' added)"),
  E("2028-01-25 18:05", "Zelensky calls Zaporizhia strike 'deliberate terror'",
    ["President Volodymyr Zelensky said the strike on Zaporizhia was aimed at people asleep in their homes and called it \"deliberate terror\".",
     "He said only a few of the missiles could be intercepted and again asked partners for more Patriot interceptors."],
    "strikes", "strikes", 3, ZAP, a="Dmytro Savchuk", sec=["aid"]),
  E("2028-01-25 21:30", "Drones hit rail depot in Sumy region",
    ["Russian drones struck a railway depot in the Sumy region on Tuesday evening, damaging two locomotives, Ukraine's state railway said. No one was hurt."],
    "strikes", "strikes", 2, "sumy-rail-depot-drone-strike-2028-01-25", a="Dmytro Savchuk"),
  ]))

SEEDS.append(dict(
  id="15522", name="15522_greywater-worldrss", ext="xml", source="Greywater World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Greywater World Service - World news", url="https://greywater.example/news", guid="gws",
  lede="Top stories from around the world, updated around the clock.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 general world feed, newest first, pubDate in GMT. Four of six items are off-beat (tennis, Mozambique floods, Bank of Japan, Kenya teachers' strike); the two war items are the day's main stories. Spelling 'Zaporozhye' (Russian-style transliteration).",
  not_entries=["channel title/description/language/ttl", "guid/link URLs", "category elements"],
  entries=[
  W(OFF("2028-01-25 21:10", "Australian Open: teenage qualifier storms into women's semi-finals",
    ["A 17-year-old qualifier from Kazakhstan beat the fourth seed in straight sets in Melbourne to become the youngest Australian Open semi-finalist in three decades."],
    "australian-open-qualifier-2028-01-25", n="tennis"), "Sport"),
  W(E("2028-01-25 19:45", "EU approves new sanctions on Russian gas and tankers",
    ["The European Union has adopted fresh sanctions against Russia that target its liquefied gas exports and dozens of tankers in the so-called shadow fleet.",
     "The package, the bloc's 24th since the full-scale invasion, was approved by foreign ministers in Brussels."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Hannah Oduya"), "Europe"),
  W(OFF("2028-01-25 16:30", "Mozambique floods displace 40,000 as rivers burst their banks",
    ["Heavy rain in central Mozambique has forced about 40,000 people from their homes, the national disaster agency said, with more storms forecast for the weekend."],
    "mozambique-floods-2028-01-25", n="floods"), "Africa"),
  W(OFF("2028-01-25 12:20", "Bank of Japan holds rates and signals patience",
    ["The Bank of Japan left interest rates unchanged on Tuesday and said it would wait for clearer evidence of wage growth before raising borrowing costs again."],
    "bank-of-japan-holds-2028-01-25", n="central bank"), "Business"),
  W(E("2028-01-25 08:30", "Missile strike on Zaporozhye kills at least five",
    ["At least five people were killed when Russian missiles struck the south-eastern Ukrainian city of Zaporozhye early on Tuesday, officials said.",
     "An apartment block and a tram depot were hit."],
    "strikes", "strikes", 3, ZAP, a="Hannah Oduya"), "Europe"),
  W(OFF("2028-01-25 06:00", "Kenyan teachers' strike enters its second week",
    ["Public schools across Kenya remained shut on Tuesday as a teachers' strike over pay entered its second week, with talks between the union and the government stalled."],
    "kenya-teachers-strike-2028-01", n="labour dispute"), "Africa"),
  ]))

SEEDS.append(dict(
  id="15523", name="15523_hexworth-article", ext="txt", source="Hexworth Review", zone="Europe/Berlin", render=r_hexworth,
  title="A deadly morning in Zaporizhzhia, a tougher line in Brussels",
  lede="The strike on a residential block was the worst on the city this winter. Europe answered with sanctions and Berlin with missiles.",
  byline="Jonas Albrecht", dateline="25 January 2028, 17:20 CET",
  more="More from the Review: our weekly Ukraine newsletter, every Friday.",
  basis="no per-section time: the article dateline '25 January 2028, 17:20 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings (one entry each, headline = heading), a byline ('By Jonas Albrecht', used for every section) and a dateline with time and zone; no per-section stamps, so stamp is null and published is the dateline time. Section 1 gives the Zaporizhzhia toll as eight (an intermediate figure); section 2 describes the EU package as about to be approved (same story as the approval reported elsewhere).",
  not_entries=["masthead and breadcrumb", "title line", "standfirst (page lede)", "byline 'By Jonas Albrecht'", "dateline '25 January 2028, 17:20 CET'",
               "share line", "photo caption line '[Photo: ...]'", "newsletter line at the end", "footer"],
  entries=[
  E("2028-01-25 17:20", "A city counts its dead",
    ["The toll from Tuesday's missile strike on Zaporizhzhia rose to eight by late afternoon, making it the deadliest attack on the city this winter.",
     "Most of the victims lived on the upper floors of a block near the tram depot. Neighbours said the building had no basement shelter."],
    "strikes", "strikes", 3, ZAP, a="Jonas Albrecht"),
  E("2028-01-25 17:20", "Brussels tightens the screws",
    ["EU foreign ministers were set on Tuesday afternoon to sign off on a 24th sanctions package against Russia, diplomats said, after Slovakia dropped its objections.",
     "The measures would for the first time restrict transshipment of Russian liquefied gas through European ports."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Jonas Albrecht"),
  E("2028-01-25 17:20", "Berlin opens its arsenal again",
    ["Germany's new €1.1bn air defence package for Ukraine includes two Patriot launchers, Boris Pistorius said, and will be financed from this year's budget.",
     "It is the largest single German pledge since the autumn."],
    "aid", "aid", 3, DEAIR, a="Jonas Albrecht"),
  ]))


def r_ravensholme(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, printed note 'All times CET'; author line below the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="description" content="Live coverage of the war in Ukraine."></head><body>',
           '<div class="consent">This site uses cookies to measure readership. <button>Accept</button> <button>Manage</button></div>',
           f'<header><b>{S["source"]}</b> <nav><a>Home</a> <a>Central Europe</a> <a>Ukraine war</a> <a>Business</a> <a>Comment</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} · {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery">[Gallery: 12 photos]</div>']
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>Read more</h3><a>How Poland rebuilt its air defences in three years</a></aside>')
    out += ['<p class="more"><a>Tuesday\u2019s live coverage</a></p></main>', f'<footer>{S["source"]} · Contact · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7701}"/>', f'<id>tag:{S["url"].split("//")[1]},2028:{i + 7701}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_quorndon(S):
    """text live, oldest first; '1:30 AM EST' line before each headline; dateline with year; desk credit, no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local · Nation · World · Sports · Obituaries · E-Edition", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} EST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Follow the Evening Star's world coverage for more.", "", f"{S['source']} · Terms of Use · Privacy Policy · Contact"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- DAY 2: Wednesday 26 January 2028
ODESA = "odesa-port-drone-attack-2028-01-26"
ZELMERZ = "zelensky-merz-berlin-talks-2028-01-26"

SEEDS.append(dict(
  id="15530", name="15530_ravensholme-htmllive", ext="html", source="Ravensholme Post", zone="Europe/Warsaw", render=r_ravensholme,
  title="War in Ukraine, day 2163: Odesa port hit by drones; Zelensky in Berlin",
  dateline="Wednesday, 26 January 2028", tznote="All times CET",
  lede="Russian drones struck the port of Odesa overnight. Zaporizhzhia buried its dead. Follow the day's events here.",
  basis="bare '{s}' above the headline, read with the printed note 'All times CET' (UTC+1) and the dateline 'Wednesday, 26 January 2028'; local {d} in {z}",
  notes="Invented outlet (Warsaw-based, English). HTML live blog without JSON-LD, newest first; bare 'HH:MM' in a span above each h2, zone only in the page note 'All times CET'; author line below the h2 where present. 15530-03 is a 'Photos:' teaser with a gallery placeholder and no text. 15530-02 continues day 1's Zaporizhzhia strike with a new development (toll 11, funerals).",
  not_entries=["cookie banner", "masthead and navigation", "h1 (page title)", "meta line 'Wednesday, 26 January 2028 · All times CET'", "lead paragraph (page lede)",
               "author lines (read as authors)", "gallery placeholder '[Gallery: 12 photos]'", "'Read more' box after the fourth entry",
               "link to Tuesday's live coverage", "footer"],
  entries=[
  E("2028-01-26 20:30", "Zelensky meets Merz in Berlin, asks for long-range missiles",
    ["Volodymyr Zelensky met Chancellor Friedrich Merz in Berlin on Wednesday evening and asked Germany to supply long-range cruise missiles, according to the Ukrainian presidency.",
     "The two leaders also agreed to set up a joint venture to build long-range drones in Germany, Merz told reporters."],
    "diplomacy", "diplomacy", 3, ZELMERZ, a="Agata Wilk", sec=["aid"]),
  E("2028-01-26 17:50", "Zaporizhzhia mourns as toll reaches 11",
    ["Zaporizhzhia held a day of mourning on Wednesday after the death toll from Tuesday's missile strike rose to 11, with two injured women dying in hospital overnight.",
     "Funerals for the first victims took place in the afternoon."],
    "strikes", "strikes", 3, ZAP, a="Agata Wilk", n="day-2 continuation of the day-1 Zaporizhzhia strike (new toll, mourning)"),
  E("2028-01-26 15:05", "Photos: Fire crews battle blaze at Odesa port", [], "strikes", "strikes", 1, ODESA, n="photo teaser, gallery placeholder only"),
  E("2028-01-26 12:40", "Odesa port attack: four dead, grain vessel damaged",
    ["Four people were killed in the overnight drone attack on Odesa's port, and a Panama-flagged bulk carrier loaded with maize was damaged, regional governor Oleh Kiper said.",
     "The ship's crew of 19 was evacuated unharmed."],
    "strikes", "strikes", 3, ODESA, a="Piotr Lange"),
  E("2028-01-26 09:15", "Polish army moves air defence batteries closer to the border",
    ["Poland has moved two Patriot batteries to positions near Rzeszów after a series of Russian strikes on western Ukraine, the defence ministry in Warsaw said.",
     "The deployment is described as temporary."],
    "other", "security", 2, "poland-patriot-redeployment-2028-01-26", a="Piotr Lange"),
  E("2028-01-26 06:20", "Drones strike Odesa port overnight, two killed",
    ["Russian drones hit the port of Odesa overnight, killing two people and starting fires at a grain terminal, Ukrainian officials said early on Wednesday."],
    "strikes", "strikes", 3, ODESA, a="Piotr Lange"),
  ]))

SEEDS.append(dict(
  id="15531", name="15531_ironmere-atom", ext="xml", source="Ironmere Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Ironmere Dispatch — Ukraine", url="https://ironmere.example", lede="News from Ukraine, filed from Kyiv and Odesa.",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time, EET); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, <author><name> per entry, escaped HTML content. 15531-01 (drones on the Danube port of Izmail, same Odesa region, late evening) is a separate strike from the overnight Odesa port attack: must not merge. 15531-02 (Sybiha's call with Wang Yi) shares the diplomacy theme with Zelensky's Berlin visit but is a separate event: must not merge. 15531-04 continues day 1's Zaporizhzhia strike.",
  not_entries=["feed title/subtitle/id/updated", "link elements", "entry ids"],
  entries=[
  E("2028-01-26 22:45", "Drones hit Danube port of Izmail, no casualties reported",
    ["Russian drones struck port infrastructure in Izmail on the Danube late on Wednesday, damaging a warehouse and a fuel tank, the Odesa regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2028-01-26", a="Oksana Levchenko", n="same Odesa region, separate late-evening strike on Izmail: must not merge with the Odesa port attack"),
  E("2028-01-26 19:20", "Sybiha and Wang Yi discuss 'paths to a just peace' by phone",
    ["Ukrainian Foreign Minister Andrii Sybiha spoke by phone with his Chinese counterpart Wang Yi, and the two discussed what Kyiv called \"paths to a just peace\", the Ukrainian foreign ministry said.",
     "Beijing's readout said China supported \"all efforts conducive to peace\"."],
    "diplomacy", "diplomacy", 2, "sybiha-wang-yi-call-2028-01-26", a="Oksana Levchenko", n="same diplomacy theme as Zelensky's Berlin talks, separate event: must not merge"),
  E("2028-01-26 17:05", "Odesa: death toll from port attack rises to five",
    ["The number of people killed in the overnight Russian drone attack on Odesa's port has risen to five, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Serhii Bondar"),
  E("2028-01-26 16:10", "Zaporizhzhia declares day of mourning as death toll reaches 11",
    ["Authorities in Zaporizhzhia declared Wednesday a day of mourning as the death toll from Tuesday's missile strike rose to 11.",
     "Flags flew at half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, ZAP, a="Serhii Bondar", n="day-2 continuation of the day-1 Zaporizhzhia strike (new toll, mourning)"),
  E("2028-01-26 07:50", "Grain ship hit as drones target Odesa port",
    ["A bulk carrier waiting to load grain was hit as Russian drones targeted port facilities in Odesa overnight, and at least two dock workers were killed.",
     "Air defences shot down most of the 70 drones launched at the region, the air force said."],
    "strikes", "strikes", 3, ODESA, a="Serhii Bondar"),
  ]))

SEEDS.append(dict(
  id="15532", name="15532_quorndon-textlive", ext="txt", source="Quorndon Evening Star", zone="America/New_York", render=r_quorndon,
  title="Ukraine live: Odessa port strike kills four; Zelensky in Berlin", dateline="Wednesday, January 26, 2028",
  byline="Compiled by the Evening Star foreign desk",
  lede="Updates through the day from Ukraine and the capitals following the war. All times Eastern.",
  basis="stamp '{s}' (EST printed = UTC-5) under the dateline 'Wednesday, January 26, 2028'; oldest first; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; 12-hour stamps with zone ('1:30 AM EST') on the line before the headline; no per-post authors and only a generic desk credit ('Compiled by the Evening Star foreign desk'), so author is null. Spelling 'Odessa'. 15532-02 is a verbatim re-post of day 1's analysis 15520-04 (same headline and text, syndicated): importance 1, same story. 15532-04 is a theme piece (grain corridor analysis) that mentions the Odessa attack but is its own story. 15532-05 repeats 15532-03 nearly verbatim (duplicate_of 15532-03).",
  not_entries=["masthead and navigation", "title line", "dateline", "desk credit 'Compiled by the Evening Star foreign desk'", "intro paragraph (page lede)",
               "'ADVERTISEMENT' marker", "closing line 'This live coverage has ended ...'", "footer"],
  entries=[
  E("2028-01-26 01:30", "Russian drones hit Odessa port; two dead",
    ["Russian drones struck the Black Sea port of Odessa overnight, killing two dock workers and setting a grain terminal on fire, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA),
  E("2028-01-26 04:10", THEME1_H, THEME1_P, "aid", "aid", 1, THEME1,
    n="re-post of day-1 entry 15520-04 (Pemberton Ledger analysis syndicated verbatim): importance 1, same story; duplicate_of null because it repeats another seed"),
  E("2028-01-26 06:45", "Odessa toll rises to four; shipowner says crew safe",
    ["Four people are now known to have died in the overnight attack on Odessa's port, Ukrainian officials said.",
     "The owner of a bulk carrier damaged in the strike said all 19 crew members were safe."],
    "strikes", "strikes", 3, ODESA),
  E("2028-01-26 09:20", "Analysis: Odessa's grain corridor keeps moving under fire",
    ["More than four years after Ukraine opened its own shipping lane, grain keeps leaving Odessa's ports despite attacks like last night's.",
     "Insurers have raised war-risk premiums again, traders say, but ships are still coming. The bigger threat is to the ports' power supply, which cranes and grain elevators depend on."],
    "strikes", "strikes", 2, "analysis-odesa-grain-corridor-2028-01", n="theme piece (analysis of the grain corridor); mentions the port attack but is its own story"),
  E("2028-01-26 11:55", "Odessa toll rises to four; shipowner says crew safe",
    ["Four people are now known to have died in the overnight attack on Odessa's port, Ukrainian officials said on Wednesday.",
     "The owner of a bulk carrier damaged in the strike said all 19 crew members were safe."],
    "strikes", "strikes", 1, ODESA, dup="15532-03", n="near-verbatim repeat of 15532-03 ('on Wednesday' added)"),
  E("2028-01-26 14:30", "Senators press for vote on stalled Ukraine aid bill",
    ["A bipartisan group of senators urged Senate leaders on Wednesday to bring a $20 billion Ukraine security assistance bill to the floor before the February recess.",
     "The bill would fund air defence interceptors and ammunition purchases from American manufacturers."],
    "aid", "aid", 2, "us-senate-ukraine-aid-bill-2028-01-26"),
  E("2028-01-26 17:15", "Zelensky and Merz agree on joint long-range drone venture",
    ["Ukraine and Germany will jointly produce long-range strike drones, Chancellor Friedrich Merz said after meeting President Volodymyr Zelensky in Berlin."],
    "diplomacy", "diplomacy", 3, ZELMERZ, sec=["aid"]),
  ]))

SEEDS.append(dict(
  id="15533", name="15533_farnley-worldrss", ext="xml", source="Farnley World Report", zone="Asia/Dubai", render=r_worldrss, rfc="+0400",
  title="Farnley World Report: World", url="https://farnleyworld.example", guid="fwr",
  lede="World news from the Farnley World Report, Dubai.",
  basis="RSS pubDate '{s}' (explicit +0400 = Gulf time); local {d} in {z}",
  notes="Invented outlet (Dubai-based, English). RSS 2.0 general world feed, newest first, pubDate with +0400. The newest item is dated 27 January locally (01:10 +0400) but is 26 January in UTC. Four of six items are off-beat (Fed decision, India's Republic Day, Australia Day, Dubai airport); the two war items belong to the day's multi-source stories.",
  not_entries=["channel title/description/language/ttl", "guid/link URLs", "category elements"],
  entries=[
  W(E("2028-01-27 01:10", "Zelensky wins German backing for drone venture in Berlin",
    ["Ukrainian President Volodymyr Zelensky secured German backing for a joint long-range drone programme during talks with Chancellor Friedrich Merz in Berlin on Wednesday."],
    "diplomacy", "diplomacy", 3, ZELMERZ, a="Rania Haddad", sec=["aid"]), "Europe"),
  W(OFF("2028-01-26 22:30", "Federal Reserve holds rates steady, citing sticky inflation",
    ["The US Federal Reserve kept its benchmark interest rate unchanged on Wednesday, saying inflation remained above its target."],
    "fed-holds-rates-2028-01-26", n="US monetary policy"), "Business"),
  W(OFF("2028-01-26 19:05", "India marks Republic Day with parade of new fighter jets",
    ["India celebrated its Republic Day with a parade in New Delhi that featured a flypast of domestically built fighter jets for the first time."],
    "india-republic-day-2028-01-26", n="India national day"), "Asia"),
  W(E("2028-01-26 15:40", "Odesa port strike kills four and damages grain ship",
    ["A Russian drone attack on the Ukrainian port of Odesa killed four people and damaged a cargo ship loaded with maize, officials said."],
    "strikes", "strikes", 3, ODESA, a="Rania Haddad"), "Europe"),
  W(OFF("2028-01-26 12:15", "Australia Day draws record crowds and renewed protests",
    ["Record crowds attended Australia Day events in Sydney and Melbourne, while thousands joined marches calling for the national day to be moved."],
    "australia-day-2028-01-26", n="Australia national day"), "Asia-Pacific"),
  W(OFF("2028-01-26 08:20", "Dubai airport reports record passenger numbers",
    ["Dubai International handled a record 97 million passengers last year, its operator said, and expects further growth as a second terminal expansion opens."],
    "dubai-airport-record-2028-01-26", n="aviation"), "Business"),
  ]))


def r_rushyford(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; '07:10 EET' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page  |  Ukraine live  |  Russia  |  Black Sea  |  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video, 0:48]", ""])
        if i == 2:
            L += ["The Chronicle is free to read. Help keep it that way: become a member.", ""]
    L += ["We are pausing our live coverage for tonight.", "", f"{S['source']} · Who we are · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wexham(S):
    """HTML live, newest first; JSON-LD @graph with an @type array and no liveBlogUpdate; visible 12-hour '7:55 PM' in <time>;
    reporter signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"]}, "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav> <a>Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the Wexham Journal world newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact us · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- DAY 3: Saturday 29 January 2028
NOVO = "novorossiysk-oil-port-attack-2028-01-29"
PRISON = "uae-mediated-prisoner-exchange-2028-01-29"
KHRAID = "kharkiv-drone-raid-2028-01-29"

SEEDS.append(dict(
  id="15540", name="15540_saxilby-worldatom", ext="xml", source="Saxilby Times", zone="UTC", render=r_atom,
  title="Saxilby Times · World", url="https://saxilbytimes.example", lede="International news from the Saxilby Times.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. Atom general world feed, newest first, <published> in UTC (Z). Four of six items are off-beat (cyclone, Belgrade protest, Chinese box office, Sulawesi earthquake); the two war items belong to the day's multi-source stories.",
  not_entries=["feed title/subtitle/id/updated", "link elements", "entry ids"],
  entries=[
  OFF("2028-01-29 20:40", "Cyclone forces evacuations along Western Australia's Pilbara coast",
    ["Authorities ordered residents of two towns on the Pilbara coast to leave as a category four cyclone approached, with landfall expected early on Sunday."],
    "pilbara-cyclone-2028-01-29", n="cyclone"),
  E("2028-01-29 17:25", "Kyiv and Moscow swap 157 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia exchanged 157 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates, both sides said.",
     "Among the Ukrainians returned were soldiers held since the battle for Mariupol, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, PRISON, a="Laura Penhallow"),
  OFF("2028-01-29 14:10", "Tens of thousands march in Belgrade against election law changes",
    ["Tens of thousands of people marched through central Belgrade on Saturday to protest against changes to Serbia's election law, in one of the largest rallies in months."],
    "belgrade-election-law-protest-2028-01-29", n="Serbian politics"),
  OFF("2028-01-29 11:05", "China's Lunar New Year box office breaks records",
    ["Cinemas in China took in a record amount during the Lunar New Year holiday week, led by an animated fantasy sequel, industry data showed."],
    "china-lunar-new-year-box-office-2028", n="entertainment"),
  E("2028-01-29 07:50", "Drone attack sets fire to Novorossiysk oil terminal",
    ["A Ukrainian drone attack set fire to an oil terminal in the Russian Black Sea port of Novorossiysk overnight, local officials said, injuring two workers."],
    "strikes", "strikes", 3, NOVO, a="Laura Penhallow"),
  OFF("2028-01-29 05:30", "Magnitude 6.4 earthquake strikes off Sulawesi",
    ["A magnitude 6.4 earthquake struck off the Indonesian island of Sulawesi early on Saturday. There were no immediate reports of damage and no tsunami warning was issued."],
    "sulawesi-earthquake-2028-01-29", n="earthquake"),
  ]))

SEEDS.append(dict(
  id="15541", name="15541_rushyford-textlive", ext="txt", source="Rushyford Chronicle", zone="Europe/Kyiv", render=r_rushyford,
  parse_args=["--date", "2028-01-29"],
  title="Black Sea live: Ukrainian drones hit Novorossiisk oil port", dateline="Saturday 29 January · all times Kyiv (EET)",
  byline="Live reporting: Priya Castellan and Oleksii Dubrava",
  lede="Ukraine's sea and air drones struck Russia's main Black Sea oil port overnight. We follow the fallout through the day.",
  basis="stamp '{s}' (EET printed = UTC+2, Kyiv time) on 'Saturday 29 January' (no year printed anywhere; parse_args gives 2028-01-29); oldest first; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; 'HH:MM EET' line before each headline; date line 'Saturday 29 January · all times Kyiv (EET)' with NO year anywhere on the page (parse_args --date 2028-01-29). One page byline with two names, used as every entry's author (kept as one string). Spelling 'Novorossiisk'. 15541-02 is a 'Video:' teaser (placeholder only). 15541-03 (Tuapse refinery, same Krasnodar region, struck the day before) must not merge with the Novorossiisk attack. 15541-05 is a theme piece (how Ukraine's sea drones work) that mentions Novorossiisk but is its own story. 15541-06 repeats 15541-04 nearly verbatim (duplicate_of 15541-04). 15541-07 is Kazakhstan's reaction to the attack (same story; primary strikes, secondary diplomacy).",
  not_entries=["masthead and navigation", "title line", "date line 'Saturday 29 January · all times Kyiv (EET)'", "byline 'Live reporting: ...'",
               "intro paragraph (page lede)", "'[Video, 0:48]' placeholder", "membership appeal after the third entry", "closing line 'We are pausing ...'", "footer"],
  entries=[
  E("2028-01-29 07:10", "Novorossiisk oil terminal ablaze after overnight drone attack",
    ["Russia's Black Sea oil port of Novorossiisk was hit by a combined attack of sea and air drones overnight, setting fire to at least one loading berth, the city's emergency headquarters said.",
     "Two port workers were injured, according to the mayor."],
    "strikes", "strikes", 3, NOVO, a="Priya Castellan and Oleksii Dubrava"),
  E("2028-01-29 08:30", "Video: Fire lights up Novorossiisk harbour", [], "strikes", "strikes", 1, NOVO,
    a="Priya Castellan and Oleksii Dubrava", n="video teaser, placeholder only"),
  E("2028-01-29 10:15", "Tuapse refinery still burning a day after drone strike",
    ["Firefighters in Tuapse, further down the same coast, are still fighting a blaze at the town's refinery, which Ukrainian drones hit on Friday morning, the Krasnodar regional authorities said."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-attack-2028-01-28", a="Priya Castellan and Oleksii Dubrava",
    n="same Krasnodar region, separate earlier strike (Friday): must not merge with Novorossiisk"),
  E("2028-01-29 12:40", "Novorossiisk: one dead, three injured, says governor",
    ["One person was killed and three were injured in the drone attack on Novorossiisk, the governor of Krasnodar region said.",
     "He said the fire at the oil terminal had been contained."],
    "strikes", "strikes", 3, NOVO, a="Priya Castellan and Oleksii Dubrava"),
  E("2028-01-29 14:55", "Explainer: How Ukraine's sea drones reach ports far from the front",
    ["Ukraine's naval drones are small, fast boats packed with explosives and steered by satellite link from hundreds of kilometres away.",
     "Last night's attack on Novorossiisk shows how far their range has grown: the port lies more than 400 kilometres from the nearest Ukrainian-held coast. Newer models can also launch aerial drones from the water."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones-2028-01", a="Priya Castellan and Oleksii Dubrava",
    n="theme piece (explainer on sea drones); mentions Novorossiisk but is its own story"),
  E("2028-01-29 16:20", "Novorossiisk: one dead, three injured, says governor",
    ["One person was killed and three were injured in the drone attack on Novorossiisk, the governor of the Krasnodar region said.",
     "He said the fire at the oil terminal had been contained."],
    "strikes", "strikes", 1, NOVO, a="Priya Castellan and Oleksii Dubrava", dup="15541-04", n="near-verbatim repeat of 15541-04 ('the' added)"),
  E("2028-01-29 19:45", "Kazakhstan protests after attack halts loadings at Novorossiisk",
    ["Kazakhstan's energy ministry said loadings of Kazakh crude at Novorossiisk had been halted after the attack and called on \"all parties\" to spare civilian energy infrastructure."],
    "strikes", "strikes", 3, NOVO, a="Priya Castellan and Oleksii Dubrava", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(
  id="15542", name="15542_tidbury-worldrss", ext="xml", source="Tidbury Wire", zone="Europe/Paris", render=r_worldrss, rfc="+0100",
  title="Tidbury Wire – Europe and Ukraine", url="https://tidburywire.example", guid="tbw",
  lede="Wire copy on Europe and the war in Ukraine from Tidbury Wire's Paris desk.",
  basis="RSS pubDate '{s}' (explicit +0100 = Paris winter time, CET); local {d} in {z}",
  notes="Invented outlet (Paris-based wire, English). RSS 2.0, newest first, pubDate with +0100, dc:creator per item. Spelling 'Novorossiysk'. The prisoner swap is given as a total (314); other seeds give 157 each. 15542-05 (Russian drones on Kharkiv) is a strike in the other direction: must not merge with Novorossiysk.",
  not_entries=["channel title/description/language/ttl", "guid/link URLs", "category elements"],
  entries=[
  E("2028-01-29 23:30", "Novorossiysk port suspends oil loadings after drone attack",
    ["The port of Novorossiysk has suspended oil loadings until further notice after Saturday's drone attack damaged a berth, shipping agents said."],
    "strikes", "strikes", 3, NOVO, a="Mathieu Brossard"),
  E("2028-01-29 20:05", "Ukraine, Russia exchange 314 prisoners of war",
    ["Ukraine and Russia exchanged a total of 314 prisoners of war on Saturday, the latest in a series of swaps brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, PRISON, a="Mathieu Brossard"),
  E("2028-01-29 16:40", "Russia says it downed 40 drones over Bryansk and Kursk",
    ["Russia's defence ministry said its air defences destroyed 40 Ukrainian drones over the Bryansk and Kursk regions during the day."],
    "strikes", "strikes", 2, "russia-says-40-drones-downed-2028-01-29", a="Claire Vasseur"),
  E("2028-01-29 13:15", "Zelensky to attend coalition of the willing meeting in Paris",
    ["President Volodymyr Zelensky will travel to Paris next week for a meeting of the so-called coalition of the willing, the Elysée said, as European leaders discuss a possible security force for Ukraine."],
    "diplomacy", "diplomacy", 2, "coalition-of-the-willing-paris-meeting-2028-02", a="Claire Vasseur"),
  E("2028-01-29 10:50", "Kharkiv hit by Russian drones overnight, six injured",
    ["Russian drones struck two districts of Kharkiv overnight, injuring six people and damaging a hospital, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHRAID, a="Claire Vasseur", n="Russian drones on Kharkiv, the other direction: must not merge with the Novorossiysk attack"),
  E("2028-01-29 08:05", "Port of Novorossiysk hit by Ukrainian naval drones",
    ["Ukrainian naval drones struck the oil port of Novorossiysk overnight, Russian officials said, in one of the deepest sea attacks of the war."],
    "strikes", "strikes", 3, NOVO, a="Mathieu Brossard"),
  ]))

SEEDS.append(dict(
  id="15543", name="15543_wexham-htmllive", ext="html", source="Wexham Journal", zone="Europe/Dublin", render=r_wexham,
  title="Ukraine war: drones hit Russian oil port; prisoners come home", url="https://wexhamjournal.example/live/ukraine-29-january",
  dateline="Saturday 29 January 2028",
  lede="Live coverage of Saturday's events in Ukraine and Russia, with reaction from Europe.",
  basis="visible '{s}' in <time datetime> (Irish time, GMT = UTC in January; no zone printed) under the dateline 'Saturday 29 January 2028'; local {d} in {z}",
  notes="Invented outlet (Dublin). HTML live blog, newest first; visible 12-hour time '7:55 PM' in <time datetime>; reporter signature after the body. JSON-LD is an @graph with an @type array ['NewsArticle', 'LiveBlogPosting'] and no liveBlogUpdate. 15543-02 is the EU's reaction to the prisoner swap (same story as the swap). 15543-03 (Kharkiv drone raid) must not merge with Novorossiysk.",
  not_entries=["masthead, navigation and 'Subscribe'", "h1 (page title)", "dateline 'Saturday 29 January 2028'", "standfirst (page lede)",
               "signature lines (read as authors)", "newsletter promo after the second post", "footer"],
  entries=[
  E("2028-01-29 19:55", "Novorossiysk death toll rises to two",
    ["A second person has died after the Ukrainian drone attack on the Russian port of Novorossiysk, regional officials said this evening."],
    "strikes", "strikes", 3, NOVO, a="Ciara Molloy"),
  E("2028-01-29 16:10", "Kallas: prisoner swap shows humanitarian talks can work",
    ["The EU's foreign policy chief Kaja Kallas welcomed Saturday's prisoner exchange and said it showed that talks on humanitarian issues could deliver results \"even in the darkest moments\"."],
    "diplomacy", "diplomacy", 3, PRISON, a="Ciara Molloy"),
  E("2028-01-29 13:35", "Kharkiv drone raid leaves six injured and damages hospital",
    ["Six people were injured when Russian drones hit residential areas of Kharkiv overnight, and a children's hospital lost power after a nearby strike, local officials said."],
    "strikes", "strikes", 3, KHRAID, a="Ronan Deasy", n="Russian drones on Kharkiv: must not merge with the Novorossiysk attack"),
  E("2028-01-29 10:20", "Government approves €20m for demining in Ukraine",
    ["The Government has approved €20 million for humanitarian demining in Ukraine, the Tánaiste said, with Irish experts to help train Ukrainian teams."],
    "aid", "aid", 2, "ireland-demining-aid-2028-01-29", a="Ronan Deasy"),
  E("2028-01-29 08:05", "Ukrainian drones hit Novorossiysk oil port, two injured",
    ["Ukrainian drones hit the Russian oil port of Novorossiysk overnight, injuring two people, Russian officials said."],
    "strikes", "strikes", 3, NOVO, a="Ronan Deasy"),
  ]))

# @@MAIN@@
if __name__ == "__main__":
    main()
