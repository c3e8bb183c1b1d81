#!/usr/bin/env python3
"""Builds the eval/fh seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets in their own languages; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fh/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
M_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
M_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
M_HU = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
D_HU = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
M_SK = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]
D_SK = ["Pondelok", "Utorok", "Streda", "Štvrtok", "Piatok", "Sobota", "Nedeľa"]
M_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]
M_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
M_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
M_UK = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
# tokens that end in a full stop without ending a sentence (checked as the whole last word before the break)
ABBREV = {"U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Jan.",
          "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Sr.", "Sra.", "dr.", "kb.", "stb.", "tzv.", "tis.", "тис.", "млн.",
          "млрд.", "р.", "м.", "ca.", "bzw.", "Nr.", "sv.", "Ing.", "ok.", "ul.", "gen.", "ex."}
CLOSE = "\"'\u201d\u2019\u00bb\u201c)"
OPEN = "\"'\u201c\u2018\u00ab\u201e("


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """first sentence as printed: ends at . ! ? (… ) plus closing quotes, before whitespace and an upper-case letter,
    digit or opening quote, unless the last word is a known abbreviation or a single-letter initial."""
    for m in re.finditer(r"[.!?\u2026]", par):
        j = m.end()
        while j < len(par) and par[j] in CLOSE:
            j += 1
        if j == len(par):
            return par
        if not par[j].isspace():
            continue
        k = j
        while k < len(par) and par[k].isspace():
            k += 1
        c = par[k]
        if not (c.isupper() or c.isdigit() or c in OPEN or c in "\u2013-"):
            continue
        head = par[:j]
        last = head.split()[-1].strip(CLOSE + OPEN)
        if last in ABBREV or re.fullmatch(r"\w\.", last):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, tail=None):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (tail if tail else d.strftime("%z"))


def slug(s, n=60):
    s = s.lower()
    for a, b in (("ă", "a"), ("â", "a"), ("î", "i"), ("ș", "s"), ("ț", "t"), ("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ö", "o"),
                 ("ő", "o"), ("ú", "u"), ("ü", "u"), ("ű", "u"), ("ç", "c"), ("ã", "a"), ("õ", "o"), ("ê", "e"), ("ñ", "n"), ("ä", "a"),
                 ("č", "c"), ("ď", "d"), ("ľ", "l"), ("ň", "n"), ("ŕ", "r"), ("š", "s"), ("ť", "t"), ("ý", "y"), ("ž", "z"), ("ô", "o"),
                 ("à", "a"), ("è", "e"), ("ì", "i"), ("ò", "o"), ("ù", "u"), ("ß", "ss"), ("ë", "e"), ("ï", "i")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:n].strip("-")


SEEDS = []

# ================================================================ Part A renderers + data (layouts of real outlets, own words)

def r_g1(S):
    """g1 (Globo) section RSS 2.0 ('g1 > Mundo'): pubDate with seconds and the '-0000' offset (UTC, no local zone named),
    description in CDATA = image tag, <br />, then the summary paragraph; no author element."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://g1.globo.com/mundo/</link>',
           '<description>Acompanhe as últimas notícias de Mundo no g1</description>', '<language>pt-BR</language>',
           '<copyright>© Copyright Globo Comunicação e Participações S.A.</copyright>',
           '<atom:link href="https://g1.globo.com/rss/g1/mundo/" rel="self" type="application/rss+xml"/>',
           '<image><url>https://s2.glbimg.com/veja-rss-g1.png</url><title>g1 &gt; Mundo</title><link>https://g1.globo.com/mundo/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, "-0000"); stamps.append(st)
        sec = "mundo/ucrania-e-russia" if e["top"] != "other" or e["sub"] != "unrelated" else "mundo"
        link = f"https://g1.globo.com/{sec}/noticia/{d:%Y/%m/%d}/{slug(e['h'])}.ghtml"
        img = f"https://s2-g1.glbimg.com/{'%x' % (0x5e1f2a9c + i * 7717)}=/i.glbimg.com/og/ig/infoglobo/f/original/{d:%Y/%m/%d}/foto-{i + 41}.jpg"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<description><![CDATA[<img src="{img}" /><br />   {esc(e["p"][0])}]]></description>',
                f'<media:content url="{img}" medium="image"/>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_milenio(S):
    """Milenio (Mexico) live page 'EN VIVO', text scrape: 'Ciudad de México / 02.11.2028 06:25:00' dateline, page credit
    'Milenio Digital', newest first; each post a bare '17:20 hrs' line, headline, body; no zone printed (Mexico City implied)."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["published"], z)
    L = ["Saltar al contenido", "", "MILENIO", "Suscríbete   Iniciar sesión   Buscar", "",
         "Política   Policía   Negocios   Internacional   Estados   Deportes   Espectáculos   Cultura   Opinión   Videos   MILENIO TV", "",
         "Internacional", "", S["title"], "", S["lede"], "", f"Ciudad de México / {d0:%d.%m.%Y %H:%M:%S}", "Milenio Digital", "",
         "Compartir   Facebook   X   WhatsApp   Copiar enlace", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} hrs"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Te recomendamos", S["related"], ""]
        if i == 3:
            L += ["Publicidad", ""]
    L += [S["contrib"], "", "Temas relacionados:   Rusia   Ucrania   OTAN   Volodímir Zelenski", "",
          "Contacto   Aviso de privacidad   Términos y condiciones   Mapa de sitio", "Derechos reservados © Grupo Milenio"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16500 g1 (Globo), Portuguese
KYIV_DRONES = "kyiv-drone-attack-2028-11-01"
SEEDS.append(dict(
  id="16500", name="16500_g1-mundorss", ext="xml", source="g1", zone="UTC", render=r_g1,
  title="g1 > Mundo",
  basis="RSS pubDate '{s}' ('-0000' = UTC with no local zone named; g1's home zone would be America/Sao_Paulo, UTC-3); local {d} in {z}",
  notes="Imitates g1 (Globo)'s section RSS feed 'g1 > Mundo', in Portuguese. Newest first. pubDate carries seconds and the RFC 822 '-0000' offset (UTC, zone unknown), so page_timezone is UTC and published keeps the seconds. Each description is CDATA with an <img> tag, '<br />' and one summary paragraph (the body). No authors in the feed. A general world section: 3 of 7 items are not about the war (US campaign, storms in Italy, a Chile-Argentina lithium deal). Dates in the text use g1's '(1º)' day-of-month habit.",
  not_entries=["channel title/link/description/language/copyright/image", "atom:link self reference", "item link, guid and media:content image URLs", "<img> tag and '<br />' at the start of every description"],
  entries=[
  OFF("2028-11-01 22:05:41", "Reta final: candidatos à Casa Branca concentram campanha em estados-pêndulo",
      ["A seis dias da eleição presidencial nos Estados Unidos, as duas campanhas intensificaram os comícios na Pensilvânia, em Michigan e no Arizona, onde as pesquisas apontam disputa acirrada."],
      "us-election-campaign-final-week-2028", n="US election campaign"),
  E("2028-11-01 19:31:08", "Zelensky pede à União Europeia novo pacote de ajuda antes do inverno",
    ["Em discurso por vídeo a parlamentares europeus, o presidente ucraniano disse que o país precisa de recursos para reparar a rede elétrica e comprar defesa antiaérea. Bruxelas discute um pacote de 18 bilhões de euros para o próximo ano."],
    "aid", "aid", 2, "zelensky-eu-winter-aid-appeal-2028-11-01", sec=["diplomacy"], n="appeal for aid (a plea, no decision)"),
  OFF("2028-11-01 17:48:55", "Temporal deixa 12 mortos no sul da Itália",
      ["Chuvas intensas provocaram enchentes e deslizamentos de terra na Calábria e na Sicília nesta quarta-feira (1º). Equipes de resgate ainda procuram ao menos cinco desaparecidos."],
      "italy-storms-2028-11-01", n="weather disaster in Italy"),
  E("2028-11-01 15:20:17", "Rússia e Ucrânia trocam 150 prisioneiros de guerra com mediação dos Emirados Árabes",
    ["Cada lado libertou 150 militares nesta quarta-feira (1º), na primeira troca desde setembro. Segundo Kiev, entre os soldados que voltaram para casa há feridos graves e defensores de Mariupol."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2028-11-01", n="mediated prisoner exchange"),
  OFF("2028-11-01 12:55:02", "Chile e Argentina assinam acordo para integrar exportação de lítio",
      ["Os presidentes dos dois países se reuniram em Santiago e prometeram criar um corredor logístico entre as salinas dos Andes e os portos do Pacífico."],
      "chile-argentina-lithium-deal-2028-11-01", n="South American trade"),
  E("2028-11-01 09:12:40", "Ataque russo com drones mata 3 pessoas em Kiev",
    ["Drones atingiram prédios residenciais em três distritos da capital ucraniana durante a madrugada desta quarta-feira (1º), segundo o prefeito Vitali Klitschko. A Força Aérea da Ucrânia afirmou ter derrubado 118 dos 140 drones lançados pela Rússia."],
    "strikes", "strikes", 3, KYIV_DRONES, n="deadly strike"),
  E("2028-11-01 06:40:29", "Rússia diz ter tomado vilarejo perto de Kupiansk, no leste da Ucrânia",
    ["O Ministério da Defesa russo afirmou que suas tropas capturaram a localidade de Petropavlivka, na região de Kharkiv. Kiev não confirmou a perda do vilarejo."],
    "other", "frontline", 2, "russia-claims-petropavlivka-2028-11-01", n="territorial claim"),
  ]))

# ---------------------------------------------------------------- 16501 Milenio, Spanish
ODESA_MX = "odesa-missile-strike-2028-11-02"
SEEDS.append(dict(
  id="16501", name="16501_milenio-envivo", ext="txt", source="Milenio", zone="America/Mexico_City", render=r_milenio,
  title="Guerra Rusia-Ucrania HOY 2 de noviembre: sube a 9 la cifra de muertos en Odesa | EN VIVO",
  lede="Sigue aquí las últimas noticias de la guerra entre Rusia y Ucrania este jueves 2 de noviembre.",
  published="2028-11-02 06:25", related="Así funciona el sistema de alerta antiaérea en Kiev",
  contrib="Con información de EFE y AFP",
  basis="post stamp '{s}' (no zone printed; Mexico City time, CST = UTC-6, all year since 2022) on the day of the dateline 'Ciudad de México / 02.11.2028 06:25:00'; local {d} in {z}",
  notes="Imitates a Milenio 'EN VIVO' live page (Mexico), in Spanish. Text scrape, newest first. Dateline 'Ciudad de México / 02.11.2028 06:25:00' (day.month.year) and page credit 'Milenio Digital' (a desk name, so author null). Each post: bare '17:20 hrs' line (no zone; Mexico City time implied), headline, body. 'Te recomendamos' box, 'Publicidad' marker, closing wire credit 'Con información de EFE y AFP' (page-level, not an author). 16501-05 is an explainer on the Iskander-M (theme piece, own story) that mentions the Odesa strike. Odesa toll grows 5 -> 9.",
  not_entries=["skip link, masthead, account links and section menu", "section label 'Internacional'", "page title", "standfirst 'Sigue aquí ...'",
               "dateline 'Ciudad de México / 02.11.2028 06:25:00' and desk credit 'Milenio Digital'", "share bar",
               "'Te recomendamos' box with one related headline", "'Publicidad' ad marker", "closing credit 'Con información de EFE y AFP'",
               "related topics line", "footer links and copyright"],
  entries=[
  E("2028-11-02 17:20", "Zelenski y Rutte hablan de defensa aérea en Kiev",
    ["El secretario general de la OTAN, Mark Rutte, llegó este jueves a Kiev en una visita que no había sido anunciada por motivos de seguridad.",
     "Tras reunirse con el presidente Volodímir Zelenski, Rutte prometió que los aliados enviarán más sistemas antiaéreos antes del invierno."],
    "diplomacy", "diplomacy", 3, "rutte-kyiv-visit-2028-11-02", sec=["aid"], n="NATO secretary-general's visit"),
  E("2028-11-02 15:05", "Rusia acusa a Ucrania de atacar una refinería en Sarátov",
    ["El gobernador de la región rusa de Sarátov informó que restos de drones derribados cayeron sobre una refinería y provocaron un incendio que ya fue controlado. No se reportaron heridos."],
    "strikes", "strikes", 2, "saratov-refinery-drone-attack-2028-11-02", n="non-deadly strike inside Russia"),
  E("2028-11-02 12:40", "Alemania entrega a Ucrania otro sistema antiaéreo IRIS-T",
    ["El Ministerio de Defensa alemán confirmó la entrega de una nueva batería del sistema IRIS-T SLM, la décima desde el inicio de la invasión a gran escala."],
    "aid", "aid", 2, "germany-iris-t-delivery-2028-11-02"),
  E("2028-11-02 10:15", "Sube a 9 la cifra de muertos por el ataque con misiles en Odesa",
    ["Las autoridades regionales de Odesa elevaron a nueve el número de víctimas mortales del bombardeo ruso de esta mañana contra el puerto y un barrio residencial.",
     "Otras 27 personas resultaron heridas, entre ellas tres niños, según el gobernador Oleh Kiper."],
    "strikes", "strikes", 3, ODESA_MX, n="toll 9 dead, 27 injured"),
  E("2028-11-02 08:30", "¿Qué es el misil Iskander-M, el arma con la que Rusia golpeó Odesa?",
    ["El Iskander-M es un misil balístico de corto alcance que puede recorrer unos 500 kilómetros y cambiar de trayectoria en pleno vuelo, lo que dificulta interceptarlo.",
     "Rusia lo ha empleado durante toda la guerra contra ciudades cercanas al frente y a la costa del mar Negro."],
    "strikes", "strikes", 2, "explainer-iskander-m-missile", n="theme piece (explainer); mentions Odesa but is its own story"),
  E("2028-11-02 06:40", "Ataque ruso con misiles contra Odesa deja al menos cinco muertos",
    ["Rusia lanzó misiles balísticos contra la ciudad portuaria de Odesa, en el sur de Ucrania, durante la madrugada de este jueves, informaron autoridades locales.",
     "El ataque dañó edificios de departamentos y una terminal de granos."],
    "strikes", "strikes", 3, ODESA_MX, n="toll 5 dead"),
  ]))

def r_hvg(S):
    """HVG (hvg.hu) 'Világ' column listing, HTML: top bar with the date, name day and weather, column label per card,
    optional 'hvg360' paywall badge, headline, lead, then '2028. november 3. 18:52' (no zone; Budapest time implied).
    JSON-LD is only the site-wide WebSite/SearchAction block."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "WebSite", "name": "hvg.hu", "url": "https://hvg.hu/",
          "potentialAction": {"@type": "SearchAction", "target": "https://hvg.hu/kereses?searchText={search_term_string}",
                              "query-input": "required name=search_term_string"}}
    out = ['<!DOCTYPE html>', '<html lang="hu"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="hvg.hu">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="top-bar"><span class="date">{d0.year}. {M_HU[d0.month - 1]} {d0.day}., {D_HU[d0.weekday()]}</span> '
           f'<span class="nameday">{S["nameday"]}</span> <span class="weather">Budapest 9 °C</span></div>',
           '<header><a class="logo" href="/">hvg.hu</a><nav><a href="/itthon">Itthon</a> <a href="/vilag">Világ</a> <a href="/gazdasag">Gazdaság</a> '
           '<a href="/tudomany">Tudomány</a> <a href="/tech">Tech</a> <a href="/kultura">Kultúra</a> <a href="/sport">Sport</a> '
           '<a href="/velemeny">Vélemény</a> <a href="/360">hvg360</a></nav><a class="btn" href="/elofizetes">Előfizetés</a> '
           '<a class="btn" href="/belepes">Belépés</a></header>', '<main><h1 class="column-title">Világ</h1>', '<div class="articlelist">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.year}. {M_HU[d.month - 1]} {d.day}. {d:%H:%M}"; stamps.append(st)
        link = f"/vilag/{d:%Y%m%d}_{slug(e['h'], 50).replace('-', '_')}"
        badge = '<span class="label-360">hvg360</span> ' if e.get("paid") else ''
        out += [f'<article class="articleitem"><a class="column" href="/vilag">Világ</a> {badge}<h2 class="heading-3"><a href="{link}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="lead">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<time datetime="{d.isoformat()}">{st}</time></article>')
        if i == 2:
            out.append('<div class="newsletter-box"><strong>Iratkozzon fel hírlevelünkre!</strong> A nap legfontosabb hírei minden reggel. '
                       '<a href="/hirlevel">Feliratkozom</a></div>')
    out += ['</div><a class="more" href="/vilag?page=2">Még több cikk</a></main>',
            '<aside><h3>Legolvasottabb</h3><a href="/itthon/forintarfolyam">Gyengült a forint a péntek reggeli kereskedésben</a> '
            '<a href="/kultura/filmszemle">Kiosztották a filmszemle fődíjait</a></aside>',
            '<footer>HVG Kiadó Zrt. · Impresszum · Adatvédelem · Médiaajánlat · Kapcsolat</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dennikn(S):
    """Denník N 'Minúta po minúte' (minute-by-minute feed), text scrape: one day header 'Nedeľa 5. novembra' (no year anywhere),
    newest first; each post a bare '21:30' line, bold headline, body, author name, 'Zdieľať'."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["Denník N", "Predplatné   Prihlásiť sa", "",
         "Slovensko   Svet   Ekonomika   Kultúra   Komentáre   Veda   Šport   Podcasty   Minúta po minúte", "",
         S["title"], "Najnovšie správy zo Slovenska a zo sveta", "", f"{D_SK[d0.weekday()]} {d0.day}. {M_SK[d0.month - 1]}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [e["a"], "Zdieľať", ""]
        if i == 3:
            L += ["Denník N si môžete predplatiť už od 5,99 eura mesačne.", ""]
    L += ["Načítať ďalšie", "", "N Press, s.r.o. · Kontakt · Ochrana osobných údajov · Pravidlá diskusie"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16502 HVG, Hungarian
SEEDS.append(dict(
  id="16502", name="16502_hvg-vilag", ext="html", source="HVG", zone="Europe/Budapest", render=r_hvg,
  title="Világ - hvg.hu", nameday="Győző napja",
  basis="card stamp '{s}' (full date, no zone printed; Budapest time, CET = UTC+1 in November); local {d} in {z}",
  notes="Imitates the hvg.hu 'Világ' (world) column listing, in Hungarian. HTML, newest first. Each card: column label 'Világ', optional 'hvg360' paywall badge (16502-01), headline, lead (the body), then the stamp '2028. november 3. 18:52' after the text (Hungarian year-first date, no zone; Budapest time). Top bar with date, name day and weather. JSON-LD is only a WebSite/SearchAction block. 2 of 6 cards are off the war (Turkish earthquake, US election polls). No bylines.",
  not_entries=["top bar (date, name day 'Győző napja', Budapest weather)", "logo, column menu, subscription and login buttons", "column title 'Világ'",
               "'Világ' column label and 'hvg360' badge on every card", "newsletter box after the third card", "'Még több cikk' pager",
               "'Legolvasottabb' (most read) sidebar with two links", "footer"],
  entries=[
  E("2028-11-03 18:52", "Orbán: Magyarország nem engedi megnyitni Ukrajna következő uniós tárgyalási fejezetét",
    ["Orbán Viktor pénteki rádióinterjújában kijelentette, hogy Budapest addig nem járul hozzá újabb tárgyalási fejezet megnyitásához, amíg Kijev nem teljesíti a kárpátaljai magyarok jogaira vonatkozó követeléseket."],
    "diplomacy", "diplomacy", 3, "orban-blocks-ukraine-eu-accession-chapter-2028-11-03", paid=True,
    n="head of government blocking an EU accession step"),
  OFF("2028-11-03 16:30", "Erős földrengés rázta meg Törökország nyugati részét",
      ["Az 5,9-es erősségű rengés középpontja Izmir tartomány közelében volt, a helyi hatóságok szerint több épület megrongálódott, halálos áldozatról egyelőre nem tudni."],
      "turkey-earthquake-izmir-2028-11-03", n="earthquake in Turkey"),
  E("2028-11-03 14:10", "Drón csapódott be Munkácson, ketten megsérültek",
    ["Orosz támadó drón talált el egy raktárépületet a kárpátaljai Munkácson péntek délután, a megyei katonai közigazgatás vezetője szerint két ember könnyebben megsérült."],
    "strikes", "strikes", 2, "mukachevo-drone-strike-2028-11-03", n="non-deadly strike; Hungarian spelling Munkács (Mukachevo)"),
  E("2028-11-03 11:45", "Szijjártó: Magyarország nem mond le az orosz gázról",
    ["Szijjártó Péter külügyminiszter Belgrádban azt mondta, hogy Budapest bírósághoz fordul, ha az Európai Unió betiltja az orosz földgáz behozatalát."],
    "diplomacy", "diplomacy", 2, "szijjarto-russian-gas-ban-challenge-2028-11-03", n="EU sanctions dispute"),
  E("2028-11-03 09:20", "Az ukrán légierő szerint 65 drónt indított Oroszország az éjszaka",
    ["A légierő közlése szerint 52 drónt lelőttek vagy elektronikai zavarással térítettek el, a többi Harkiv és Szumi megyében okozott károkat."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-11-03", n="overnight raid, no deaths reported"),
  OFF("2028-11-03 07:05", "Amerikai választás: négy nappal a szavazás előtt fej fej mellett a jelöltek",
      ["A legfrissebb országos felmérések szerint mindkét elnökjelölt 47 százalék körül áll, a döntő államokban egy-két pontos a különbség."],
      "us-election-polls-2028-11-03", n="US election polls"),
  ]))

# ---------------------------------------------------------------- 16503 Denník N, Slovak (no year on the page)
SEEDS.append(dict(
  id="16503", name="16503_dennikn-minuta", ext="txt", source="Denník N", zone="Europe/Bratislava", render=r_dennikn,
  title="Minúta po minúte", parse_args=["--date", "2028-11-05"],
  basis="post stamp '{s}' (bare time, Bratislava time, CET = UTC+1) under the day header 'Nedeľa 5. novembra'; the page prints no year, so the year comes from parse_args --date 2028-11-05; local {d} in {z}",
  notes="Imitates Denník N's 'Minúta po minúte' feed (Slovakia), in Slovak. Text scrape, newest first, one day header 'Nedeľa 5. novembra' with no year anywhere on the page (parse_args --date 2028-11-05). Each post: bare 'HH:MM' line, headline, body, author name line, 'Zdieľať' (share). Mixed feed: 2 of 7 posts are off the war (hockey, a Bratislava bridge closure). No zone printed (Central European time).",
  not_entries=["masthead, subscription/login links and section menu", "feed title 'Minúta po minúte' and its tagline", "day header 'Nedeľa 5. novembra'",
               "author name line under each post (author, not body)", "'Zdieľať' share link under each post", "subscription promo after the fourth post",
               "'Načítať ďalšie' (load more)", "footer"],
  entries=[
  E("2028-11-05 21:30", "Zelenskyj: Rusko sústreďuje vojakov pri Záporoží",
    ["Ukrajinský prezident vo večernom príhovore povedal, že ruská armáda presúva k Záporožiu ďalšie jednotky a obrnenú techniku.",
     "Kyjev sa podľa neho pripravuje na nový nápor v najbližších týždňoch."],
    "other", "frontline", 2, "russian-buildup-near-zaporizhzhia-2028-11-05", a="Mária Benková"),
  OFF("2028-11-05 19:05", "Hokejisti Slovana zdolali Nitru po predĺžení",
      ["Bratislavský Slovan zvíťazil v nedeľňajšom zápase extraligy nad Nitrou až v predĺžení a posunul sa na druhé miesto tabuľky."],
      "slovan-nitra-hockey-2028-11-05", a="Peter Hudec", n="Slovak ice hockey"),
  E("2028-11-05 16:40", "Fico: Slovensko nepošle Ukrajine ďalšie zbrane zo zásob armády",
    ["Premiér Robert Fico v nedeľnej televíznej diskusii zopakoval, že Slovensko nebude Ukrajine bezplatne posielať vojenský materiál zo zásob ozbrojených síl.",
     "Komerčné kontrakty slovenských zbrojoviek podľa neho pokračovať môžu."],
    "aid", "aid", 2, "fico-no-more-army-stock-weapons-2028-11-05", a="Jakub Šimko", n="refusal of military aid (restated position)"),
  E("2028-11-05 14:15", "Ruský útok na Charkiv si vyžiadal dve obete",
    ["Ruské rakety zasiahli v nedeľu popoludní obytnú štvrť v Charkive, zahynuli dvaja ľudia a ďalších jedenásť utrpelo zranenia, informoval starosta Ihor Terechov."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2028-11-05", a="Mária Benková", n="deadly strike"),
  OFF("2028-11-05 11:50", "Most Apollo bude od pondelka čiastočne uzavretý",
      ["Bratislavský magistrát oznámil, že pre opravu dilatačných spojov bude na moste Apollo od pondelka zúžená doprava v smere do Petržalky."],
      "apollo-bridge-closure-2028-11-05", a="Peter Hudec", n="Bratislava traffic"),
  E("2028-11-05 09:20", "Ukrajina tvrdí, že zasiahla muničný sklad v Belgorodskej oblasti",
    ["Generálny štáb ukrajinskej armády uviedol, že drony v noci zasiahli sklad munície pri obci Šebekino.",
     "Ruské úrady hlásia požiar, o obetiach neinformovali."],
    "strikes", "strikes", 2, "shebekino-ammo-depot-strike-2028-11-05", a="Jakub Šimko"),
  E("2028-11-05 07:10", "Rusko v noci vyslalo nad Ukrajinu 90 dronov",
    ["Ukrajinské letectvo podľa vlastných údajov zostrelilo 71 z nich, zvyšné zasiahli energetické objekty v Sumskej a Poltavskej oblasti."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-11-05", a="Mária Benková"),
  ]))

def r_adevarul(S):
    """Adevărul daily war round-up ('Războiul din Ucraina, ziua N'), text scrape: weather/date strip, section label,
    title, standfirst, author name, '06 noiembrie 2028, 08:45' (no zone; Bucharest time), photo caption, then one
    sub-heading per development with paragraphs and 'Citește și:' links; no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Adevărul", f"București 6°C   {S['weekday']}, {d0.day} {M_RO[d0.month - 1]} {d0.year}", "",
         "Știri   Politică   Economie   Sănătate   Stil de viață   Sport   Opinii   Istorie   Podcast", "", "Știri externe", "",
         S["title"], "", S["lede"], "", S["byline"], f"{d0:%d} {M_RO[d0.month - 1]} {d0.year}, {d0:%H:%M}", "",
         "Urmărește Adevărul pe Google News", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if e.get("also"):
            L += [f"Citește și: {e['also']}", ""]
    L += ["Comentarii (14)", "", "Abonează-te la newsletterul Adevărul", "",
          "Despre noi   Contact   Termeni și condiții   Politica de confidențialitate   Publicitate", "© Adevărul Holding"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ilsole(S):
    """Il Sole 24 Ore article-style live page, HTML with NewsArticle JSON-LD: kicker, title, subtitle, 'di NAME', date,
    audio line, reading time, 'I punti chiave' box listing three post headlines, then posts oldest first, each a bare
    '08:10' span above an h3 (no zone printed; Rome time implied)."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "articleSection": "Mondo",
          "publisher": {"@type": "Organization", "name": "Il Sole 24 ORE", "logo": {"@type": "ImageObject", "url": "https://www.ilsole24ore.com/img/ilsole24ore.svg"}}}
    out = ['<!DOCTYPE html>', '<html lang="it"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Il Sole 24 ORE</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Il Sole 24 Ore</a><nav><a>Italia</a> <a>Mondo</a> <a>Economia</a> <a>Finanza</a> <a>Mercati</a> '
           '<a>Risparmio</a> <a>Norme &amp; Tributi</a> <a>Commenti</a> <a>Management</a> <a>Salute</a> <a>Tecnologia</a> <a>Cultura</a> '
           '<a>Sport</a> <a>24+</a></nav><a class="btn">Abbonati</a> <a class="btn">Accedi</a></header>',
           '<main><article><p class="kicker"><a>Mondo</a> | <a>Guerra in Ucraina</a></p>', f'<h1 class="atitle">{esc(S["title"])}</h1>',
           f'<h2 class="asummary">{esc(S["lede"])}</h2>', f'<p class="auth">di {esc(S["byline"])}</p>',
           f'<p class="meta"><time datetime="{first.isoformat()}">{first.day} {M_IT[first.month - 1]} {first.year}</time></p>',
           '<p class="audio">Ascolta la versione audio dell\'articolo</p>', '<p class="read">3\' di lettura</p>',
           '<div class="punti-chiave"><h3>I punti chiave</h3><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out.append('</ul></div><div class="diretta">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="diretta-item"><span class="ora">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="related"><p>Per approfondire</p><a href="/art/ucraina-inverno-energia">Ucraina, l\'inverno della rete elettrica: cosa sappiamo</a></aside>')
    out += ['</div><p class="ripro">Riproduzione riservata ©</p>', '<div class="tags">Argomenti: <a>Ucraina</a> <a>Russia</a> <a>Unione Europea</a></div>',
            '<div class="newsletter">Iscriviti alla newsletter Mondo <a>Iscriviti</a></div></article></main>',
            '<footer>P.I. 00777910159 · Dati societari · Privacy policy · Informativa cookie · © Il Sole 24 Ore Spa</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16504 Adevărul, Romanian
SEEDS.append(dict(
  id="16504", name="16504_adevarul-ziua", ext="txt", source="Adevărul", zone="Europe/Bucharest", render=r_adevarul,
  title="Războiul din Ucraina, ziua 2448. Odesa, lovită de drone: doi morți. Zelenski cere încă patru sisteme Patriot",
  lede="Rusia a atacat din nou sudul Ucrainei, iar Kievul cere aliaților mai multe sisteme de apărare aeriană înaintea iernii.",
  byline="Ioana Marinescu", dateline_t="2028-11-06 08:45", weekday="Luni",
  caption="Pompieri la locul atacului din Odesa. FOTO: Serviciul de Urgență al Ucrainei",
  basis="no per-section time; the page's dateline '06 noiembrie 2028, 08:45' (no zone printed; Bucharest time, EET = UTC+2) is used for every section; local {d} in {z}",
  notes="Imitates an Adevărul daily war round-up ('Războiul din Ucraina, ziua N'), in Romanian. Text scrape of one article: weather/date strip, section label 'Știri externe', title, standfirst, author name 'Ioana Marinescu' (used for every entry), dateline '06 noiembrie 2028, 08:45', Google News prompt, photo caption, then five sub-headed sections (one entry each, headline = sub-heading, stamp null, published = dateline time). 'Citește și:' related links after sections 2 and 4 are not body. 16504-05 (drone fragments in Tulcea county) is a different event from the Odesa drone attack (16504-01).",
  not_entries=["masthead and weather/date strip 'București 6°C   Luni, 6 noiembrie 2028'", "section menu", "section label 'Știri externe'",
               "title", "standfirst", "author name line and dateline", "'Urmărește Adevărul pe Google News'", "photo caption",
               "'Citește și: ...' related links (two)", "'Comentarii (14)'", "newsletter prompt", "footer"],
  entries=[
  E("2028-11-06 08:45", "Atac cu drone asupra Odesei: doi morți",
    ["Două persoane au murit și alte șase au fost rănite în urma unui atac cu drone lansat de Rusia în noaptea de duminică spre luni asupra Odesei, a anunțat administrația regională.",
     "Mai multe blocuri de locuințe și un depozit din zona portului au fost avariate."],
    "strikes", "strikes", 3, "odesa-drone-attack-2028-11-06", a="Ioana Marinescu", n="deadly strike"),
  E("2028-11-06 08:45", "Zelenski cere încă patru sisteme Patriot",
    ["Președintele ucrainean Volodimir Zelenski a declarat, în mesajul video de duminică seara, că Ucraina are nevoie urgent de încă patru sisteme Patriot pentru a-și proteja marile orașe în timpul iernii."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2028-11-05", a="Ioana Marinescu", sec=["diplomacy"],
    also="Cum funcționează sistemul Patriot și de ce este atât de greu de înlocuit", n="appeal for air defence"),
  E("2028-11-06 08:45", "Rusia revendică un sat în regiunea Donețk",
    ["Ministerul rus al Apărării a anunțat că trupele sale au cucerit localitatea Novopavlivka, la vest de Pokrovsk.",
     "Statul Major ucrainean nu a confirmat informația, dar a raportat lupte grele în zonă."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2028-11-06", a="Ioana Marinescu"),
  E("2028-11-06 08:45", "România trimite un nou transport de ajutor umanitar",
    ["Guvernul a aprobat trimiterea a 40 de tone de alimente, medicamente și generatoare electrice pentru regiunea Odesa, potrivit Inspectoratului General pentru Situații de Urgență."],
    "aid", "aid", 2, "romania-humanitarian-convoy-odesa-2028-11", a="Ioana Marinescu",
    also="Ce spun localnicii din Isaccea despre atacurile de peste Dunăre", n="humanitarian aid to Ukraine; not the Odesa strike story"),
  E("2028-11-06 08:45", "Fragmente de dronă, găsite în județul Tulcea",
    ["Ministerul Apărării Naționale a anunțat că fragmente ale unei drone au fost descoperite lângă localitatea Plauru, în județul Tulcea, după un nou atac rusesc asupra porturilor ucrainene de la Dunăre.",
     "Nu au fost raportate victime sau pagube."],
    "strikes", "strikes", 2, "tulcea-drone-fragments-2028-11-06", a="Ioana Marinescu", sec=["diplomacy"],
    n="spill-over of the Danube port attacks onto NATO territory; different event from the Odesa city attack"),
  ]))

# ---------------------------------------------------------------- 16505 Il Sole 24 Ore, Italian
LVIV = "lviv-missile-strike-2028-11-08"
SEEDS.append(dict(
  id="16505", name="16505_ilsole24ore-diretta", ext="html", source="Il Sole 24 Ore", zone="Europe/Rome", render=r_ilsole,
  title="Ucraina, raid russo su Leopoli: tre morti. Crosetto: pronto il nuovo pacchetto di aiuti",
  url="https://www.ilsole24ore.com/art/ucraina-raid-russo-leopoli-tre-morti-AGx7Lk2B",
  lede="Le notizie della giornata sulla guerra in Ucraina, dalle vittime del bombardamento notturno alle nuove sanzioni europee",
  byline="Marta Colombo",
  basis="post stamp '{s}' (bare time, no zone printed; Rome time, CET = UTC+1) on the page date '8 novembre 2028'; local {d} in {z}",
  notes="Imitates an Il Sole 24 Ore article run as a day's live page, in Italian. HTML with NewsArticle JSON-LD (page-level only). Kicker 'Mondo | Guerra in Ucraina', title, subtitle, 'di Marta Colombo' (used as author of every post), date '8 novembre 2028', audio and reading-time lines, an 'I punti chiave' (key points) box listing three post headlines exactly (key_point true; treated as the page's Key Points block), then seven posts oldest first: bare 'HH:MM' span, h3 headline, paragraphs. Lviv is spelled 'Leopoli'; the toll grows 2 -> 3.",
  not_entries=["header logo, menu, 'Abbonati' / 'Accedi'", "kicker 'Mondo | Guerra in Ucraina'", "title and subtitle", "byline 'di Marta Colombo' and date",
               "'Ascolta la versione audio dell'articolo' and reading time", "'I punti chiave' box (pointers to posts)",
               "'Per approfondire' related link after the fourth post", "'Riproduzione riservata ©'", "tags line", "newsletter box", "footer"],
  entries=[
  E("2028-11-08 08:10", "Raid russo su Leopoli, due morti e case distrutte",
    ["Missili e droni russi hanno colpito nella notte Leopoli, nell'Ucraina occidentale, uccidendo due persone e danneggiando una trentina di abitazioni, secondo il sindaco Andriy Sadovyi."],
    "strikes", "strikes", 3, LVIV, a="Marta Colombo", kp=True, n="toll 2 dead"),
  E("2028-11-08 09:35", "Crosetto: pronto il nuovo pacchetto di aiuti militari",
    ["Il ministro della Difesa Guido Crosetto ha annunciato che il tredicesimo decreto di aiuti militari all'Ucraina sarà presentato al Copasir entro la fine del mese.",
     "Il contenuto resterà classificato, come per i pacchetti precedenti, ma includerà componenti per la difesa aerea."],
    "aid", "aid", 3, "italy-13th-military-aid-decree-2028-11", a="Marta Colombo", kp=True),
  E("2028-11-08 11:20", "Mosca: abbattuti 40 droni ucraini nella regione di Bryansk",
    ["Il ministero della Difesa russo ha dichiarato di aver intercettato 40 droni ucraini durante la notte, la maggior parte sopra la regione di Bryansk. Non ci sono notizie di vittime."],
    "strikes", "strikes", 2, "bryansk-drone-interceptions-2028-11-08", a="Marta Colombo", n="must not merge with the Lviv strike (other direction, no deaths)"),
  E("2028-11-08 13:05", "Tajani: l'Italia pronta a ospitare una conferenza sulla ricostruzione",
    ["Il ministro degli Esteri Antonio Tajani ha detto che Roma è disponibile a organizzare nel 2029 una nuova conferenza internazionale sulla ricostruzione dell'Ucraina."],
    "diplomacy", "diplomacy", 2, "tajani-reconstruction-conference-offer-2028-11-08", a="Marta Colombo"),
  E("2028-11-08 14:40", "Leopoli, sale a tre il bilancio delle vittime",
    ["È morta in ospedale una donna rimasta ferita nel raid della notte su Leopoli: le vittime salgono così a tre, ha comunicato l'amministrazione regionale."],
    "strikes", "strikes", 3, LVIV, a="Marta Colombo", n="toll 3 dead"),
  E("2028-11-08 16:15", "Zelensky: «Servono altri sistemi Samp-T»",
    ["Il presidente ucraino ha chiesto a Italia e Francia di accelerare la consegna di un secondo sistema antiaereo Samp-T, definendolo «indispensabile» per proteggere l'ovest del Paese."],
    "aid", "aid", 2, "zelensky-samp-t-appeal-2028-11-08", a="Marta Colombo", sec=["diplomacy"], n="appeal for air defence"),
  E("2028-11-08 18:30", "Ue, via libera al nuovo pacchetto di sanzioni contro Mosca",
    ["Gli ambasciatori dei Ventisette hanno approvato il ventiduesimo pacchetto di sanzioni contro la Russia, che colpisce altre 120 navi della cosiddetta flotta ombra."],
    "diplomacy", "diplomacy", 3, "eu-22nd-sanctions-package-2028-11-08", a="Marta Colombo", kp=True),
  ]))

def r_nrc(S):
    """NRC liveblog, HTML: section label, title, intro, page date '9 november 2028'; updates newest first, each a bare
    Dutch-style '21.10' time in <time datetime>, h2 headline, author line, paragraphs; LiveBlogPosting JSON-LD with one
    BlogPosting per update (own datePublished, headline, author)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#update-{len(S['entries']) - i}", "headline": e["h"],
                    "datePublished": d.isoformat(), "articleBody": "\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "NRC"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="nl"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - NRC</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">NRC</a><nav><a>Nieuws</a> <a>Opinie</a> <a>Economie</a> <a>Cultuur</a> '
           '<a>Wetenschap</a> <a>Podcasts</a> <a>Puzzels</a></nav><a class="btn">Abonneer</a> <a class="btn">Inloggen</a></header>',
           '<main><p class="section-label">Oorlog in Oekraïne</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           f'<p class="meta"><time datetime="{first.date().isoformat()}">{first.day} {M_NL[first.month - 1]} {first.year}</time> · Leestijd 6 minuten</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}.{d.minute:02d}"; stamps.append(st)
        out.append(f'<article class="liveblog-update" id="update-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time>'
                   f'<h2>{esc(e["h"])}</h2><p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="share">Deel</button></article>')
        if i == 2:
            out.append('<aside class="read-also"><p>Lees ook</p><a href="/nieuws/oekraine-winter">Hoe Oekraïne zich voorbereidt op een nieuwe winter zonder stroom</a></aside>')
    out += ['<div class="newsletter">Meld je aan voor de nieuwsbrief NRC Vandaag <a>Aanmelden</a></div></main>',
            '<footer>NRC · Colofon · Privacy · Cookies · Klantenservice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bild(S):
    """Bild 'Liveticker', HTML: kicker + headline, 'Von: A und B' page byline, page clock '10.11.2028 - 19:40 Uhr', intro,
    ticker items newest first: '19:40 Uhr' then a '+++ headline +++' line, text; a video item with only a player;
    a BILDplus promo; page-level NewsArticle JSON-LD."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": "BILD", "url": "https://www.bild.de"}}
    out = ['<!DOCTYPE html>', '<html lang="de"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Politik | BILD.de</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">BILD</a><nav><a>Home</a> <a>News</a> <a>Politik</a> <a>Geld</a> <a>Unterhaltung</a> <a>Sport</a> '
           '<a>Fußball</a> <a>Lifestyle</a> <a>Ratgeber</a> <a>Auto</a> <a>Digital</a> <a>Spiele</a> <a>Regional</a> <a>Video</a> '
           '<a class="bildplus">BILDplus</a></nav><a>Anmelden</a></header>',
           '<nav class="breadcrumb"><a>Home</a> / <a>News</a> / <a>Politik</a> / <a>Ausland</a> / <a>Ukraine-Krieg</a></nav>',
           f'<main><article><h1><span class="kicker">{esc(S["kicker"])}</span> <span class="headline">{esc(S["headline"])}</span></h1>',
           f'<div class="authors">Von: {esc(S["byline"])}</div>', f'<time class="datetime" datetime="{last.isoformat()}">{last:%d.%m.%Y - %H:%M} Uhr</time>',
           '<div class="share">Teilen  ·  Facebook  ·  WhatsApp  ·  E-Mail</div>', f'<p class="intro">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} Uhr"; stamps.append(st)
        out.append(f'<div class="ticker-item"><time datetime="{d.isoformat()}">{st}</time><h2>+++ {esc(e["h"])} +++</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player">▶ 0:47</div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="teaser"><span class="bildplus">BILDplus</span> <a>Geheimdienst-Papier: So plant Putin den Kriegswinter</a></aside>')
    out += ['</div></article></main>', '<footer>BILD.de · Impressum · Datenschutz · Nutzungsbedingungen · Kontakt · Abo kündigen</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16506 NRC, Dutch
SEEDS.append(dict(
  id="16506", name="16506_nrc-liveblog", ext="html", source="NRC", zone="Europe/Amsterdam", render=r_nrc,
  title="Liveblog oorlog in Oekraïne: geen doorbraak in Genève, kabinet trekt extra geld uit voor munitie",
  url="https://www.nrc.nl/nieuws/2028/11/09/liveblog-oorlog-in-oekraine-geneve-a4211093",
  lede="De onderhandelingen tussen Oekraïne en Rusland in Genève leveren ook op de tweede dag niets op. Nederland maakt 500 miljoen euro vrij voor munitie.",
  basis="update stamp '{s}' (Dutch-style bare time, no zone printed; Amsterdam time, CET = UTC+1) on the page date '9 november 2028'; JSON-LD datePublished agrees; local {d} in {z}",
  notes="Imitates an NRC liveblog (Netherlands), in Dutch. HTML, newest first, with LiveBlogPosting JSON-LD carrying one BlogPosting per update (correct per-update datePublished, headline, author). Visible stamps are Dutch-style '21.10' (dot, no 'uur', no zone) in <time datetime>; the page date is '9 november 2028'. Each update: time, h2 headline, author line, paragraphs, 'Deel' button. 16506-06 is a background piece on interceptor shortages (theme piece, own story).",
  not_entries=["header logo, menu, 'Abonneer' / 'Inloggen'", "section label 'Oorlog in Oekraïne'", "title and intro", "page date and reading time",
               "author line under each headline (author, not body)", "'Deel' share buttons", "'Lees ook' related link after the third update",
               "newsletter box", "footer"],
  entries=[
  E("2028-11-09 21:10", "Moskou meldt grootste droneaanval in maanden",
    ["Het Russische ministerie van Defensie zegt dat het boven de regio Moskou 34 Oekraïense drones heeft neergeschoten.",
     "Op drie vliegvelden rond de hoofdstad lag het verkeer urenlang stil."],
    "strikes", "strikes", 2, "moscow-drone-attack-2028-11-09", a="Toon Verhaar", n="strike inside Russia, no deaths reported"),
  E("2028-11-09 18:45", "Kabinet trekt 500 miljoen euro extra uit voor munitie voor Oekraïne",
    ["Het kabinet maakt dit jaar nog eens 500 miljoen euro vrij voor de aankoop van artilleriemunitie en luchtafweerraketten voor Oekraïne, schrijft de minister van Defensie aan de Tweede Kamer.",
     "Een deel van het geld loopt via het Tsjechische munitie-initiatief."],
    "aid", "aid", 3, "netherlands-500m-ammunition-2028-11-09", a="Eline van Dam", n="major aid decision"),
  E("2028-11-09 15:30", "Geen doorbraak op tweede dag van vredesoverleg in Genève",
    ["De Oekraïense en Russische delegaties hebben in Genève opnieuw zonder resultaat over een staakt-het-vuren gesproken, melden diplomatieke bronnen.",
     "Volgens de Zwitserse gastheren wordt het overleg volgende week voortgezet."],
    "diplomacy", "diplomacy", 3, "geneva-ceasefire-talks-2028-11", a="Toon Verhaar", n="direct talks"),
  E("2028-11-09 12:20", "Russische raket treft graanhaven bij Izmaïl, één dode",
    ["Bij een Russische raketaanval op de Donauhaven van Izmaïl is een havenarbeider om het leven gekomen, meldt de gouverneur van de regio Odesa."],
    "strikes", "strikes", 3, "izmail-port-missile-strike-2028-11-09", a="Eline van Dam", n="deadly strike"),
  E("2028-11-09 10:05", "Rutte: NAVO moet productie van luchtafweer verdubbelen",
    ["NAVO-chef Mark Rutte roept de bondgenoten op de productie van luchtafweerraketten binnen twee jaar te verdubbelen, zodat er genoeg overblijft voor Oekraïne."],
    "aid", "aid", 2, "rutte-double-air-defence-production-2028-11-09", a="Toon Verhaar", sec=["diplomacy"]),
  E("2028-11-09 08:15", "Achtergrond: waarom luchtafweerraketten zo schaars zijn",
    ["Westerse fabrikanten maken samen slechts enkele honderden Patriot-onderscheppers per jaar, terwijl Rusland soms tientallen ballistische raketten in één nacht afvuurt.",
     "Daardoor moet Oekraïne kiezen welke steden het beschermt en welke niet."],
    "aid", "aid", 2, "background-interceptor-shortage", a="Eline van Dam", n="theme piece (background), own story"),
  ]))

# ---------------------------------------------------------------- 16507 Bild, German
DNIPRO_DE = "dnipro-missile-strike-2028-11-10"
SEEDS.append(dict(
  id="16507", name="16507_bild-liveticker", ext="html", source="Bild", zone="Europe/Berlin", render=r_bild,
  title="Ukraine-Krieg im Liveticker: Zahl der Toten in Dnipro steigt auf sieben",
  kicker="Ukraine-Krieg im Liveticker", headline="Zahl der Toten in Dnipro steigt auf sieben",
  url="https://www.bild.de/politik/ausland/politik-ausland/ukraine-krieg-im-liveticker-dnipro-86a1f2c3e4b5a6d7e8f9a0b1",
  authors=["Jana Kessler", "Malte Brink"], byline="Jana Kessler und Malte Brink",
  lede="Russland hat am Freitagmorgen ein Wohnhaus in Dnipro mit einer Rakete getroffen. Alle Entwicklungen zum Krieg in der Ukraine im BILD-Liveticker.",
  basis="ticker stamp '{s}' (no zone printed; German time, CET = UTC+1) on the day of the page clock '10.11.2028 - 19:40 Uhr'; local {d} in {z}",
  notes="Imitates a Bild 'Liveticker' page, in German. HTML with page-level NewsArticle JSON-LD only. Page byline 'Von: Jana Kessler und Malte Brink' (no per-item authors, so the two-name byline is every entry's author, kept as one string) and page clock '10.11.2028 - 19:40 Uhr'. Ticker items newest first: '19:40 Uhr' line, then the headline wrapped in Bild's '+++ ... +++' markers (gold headline = the text between the markers), then paragraphs. 16507-03 is a 'Video:' item with only a player (teaser, importance 1). 16507-07 (overnight drone raid) must not merge with the Dnipro missile strike.",
  not_entries=["header logo and menu incl. 'BILDplus'", "breadcrumb", "h1 kicker + headline (page title)", "'Von: ...' page byline",
               "page clock '10.11.2028 - 19:40 Uhr'", "share bar", "intro paragraph", "'+++' markers around each ticker headline",
               "video player placeholder '▶ 0:47'", "BILDplus promo after the fourth item", "footer"],
  entries=[
  E("2028-11-10 19:40", "Selenskyj: Russland bereitet Offensive bei Saporischschja vor",
    ["In seiner abendlichen Videoansprache warnte der ukrainische Präsident vor einem neuen russischen Großangriff im Süden.",
     "Russland habe dort mehr als 40 000 Soldaten zusammengezogen, sagte Selenskyj."],
    "other", "frontline", 2, "zelensky-warns-zaporizhzhia-offensive-2028-11-10", a="Jana Kessler und Malte Brink"),
  E("2028-11-10 17:55", "Pistorius kündigt weitere IRIS-T-Lieferung an",
    ["Verteidigungsminister Boris Pistorius (SPD) hat bei einem Besuch in Kiew zwei weitere Feuereinheiten des Flugabwehrsystems IRIS-T SLM zugesagt.",
     "Die Systeme sollen noch vor Weihnachten in der Ukraine eintreffen."],
    "aid", "aid", 3, "pistorius-iris-t-pledge-kyiv-2028-11-10", a="Jana Kessler und Malte Brink", n="ministerial aid pledge during a visit"),
  E("2028-11-10 16:20", "Video: So sah der Einschlag in Dnipro aus", [],
    "strikes", "strikes", 1, DNIPRO_DE, a="Jana Kessler und Malte Brink", n="teaser without body (video only)"),
  E("2028-11-10 14:05", "Zahl der Toten in Dnipro steigt auf sieben",
    ["Nach dem russischen Raketenangriff auf ein Wohnhaus in Dnipro ist die Zahl der Todesopfer auf sieben gestiegen.",
     "Unter den Toten ist nach Angaben des Gouverneurs auch ein zwölfjähriges Kind. Mehr als 30 Menschen wurden verletzt."],
    "strikes", "strikes", 3, DNIPRO_DE, a="Jana Kessler und Malte Brink", n="toll 7 dead"),
  E("2028-11-10 11:30", "Kreml: Verhandlungen nur auf Basis der „neuen Realitäten“",
    ["Kremlsprecher Dmitri Peskow erklärte, Moskau sei zu Gesprächen bereit, wenn Kiew die Annexion von vier ukrainischen Regionen anerkenne."],
    "diplomacy", "diplomacy", 2, "kremlin-talks-conditions-2028-11-10", a="Jana Kessler und Malte Brink"),
  E("2028-11-10 09:10", "Russische Rakete trifft Wohnhaus in Dnipro – mindestens vier Tote",
    ["Eine russische Rakete hat am Freitagmorgen ein neunstöckiges Wohnhaus in der ostukrainischen Großstadt Dnipro getroffen.",
     "Mindestens vier Menschen kamen ums Leben, Dutzende wurden verletzt."],
    "strikes", "strikes", 3, DNIPRO_DE, a="Jana Kessler und Malte Brink", n="toll 4 dead"),
  E("2028-11-10 07:25", "Nacht-Angriff: Russland schickt 82 Drohnen gegen die Ukraine",
    ["Die ukrainische Luftwaffe meldet, in der Nacht 64 von 82 russischen Angriffsdrohnen abgeschossen zu haben."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-11-10", a="Jana Kessler und Malte Brink",
    n="overnight drone raid; must not merge with the Dnipro missile strike"),
  ]))

def r_newstalk(S):
    """Newstalk (Ireland) 'World' news listing, text scrape: headline, summary, author, then '20.15 17 Nov 2028'
    (24-hour clock with a dot, no zone; Irish time), 'Share'; 'Listen Live' chrome."""
    z = S["zone"]; order_check(S, True)
    L = ["Newstalk", "Listen Live", "", "Home   News   Sport   Business   Lifestyle   Podcasts   Shows   Off The Ball", "", "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}.{d.minute:02d} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["a"], st, "Share", ""]
        if i == 2:
            L += ["Newstalk Breakfast with Shane Coleman", "Listen back to the latest episode", ""]
    L += ["Load More", "", "Newstalk is part of Bauer Media Audio Ireland", "Contact Us   Privacy   Cookie Policy   Terms & Conditions"]
    return "\n".join(L) + "\n", stamps


def r_svoboda(S):
    """Radio Svoboda (RFE/RL Ukrainian service) RSS 2.0: pubDate with the Kyiv offset '+0200', plain-text description,
    category 'Новини', image enclosure; no author element."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.radiosvoboda.org</link>',
           '<description>Радіо Свобода – новини України та світу</description>', '<language>uk</language>',
           '<copyright>Copyright (c) RFE/RL</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<ttl>15</ttl>',
           '<atom:link href="https://www.radiosvoboda.org/api/zrqiteuuir" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.radiosvoboda.org/a/news-{e['slug']}/{33312045 + i * 17}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>', f'<link>{link}</link>',
                f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>', '<category>Новини</category>',
                f'<enclosure url="https://gdb.rferl.org/{0x4a0b1c2d + i:08x}_w800_h450.jpg" type="image/jpeg" length="0" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16508 Newstalk (Ireland), English
SEEDS.append(dict(
  id="16508", name="16508_newstalk-world", ext="txt", source="Newstalk", zone="Europe/Dublin", render=r_newstalk,
  title="World",
  basis="card stamp '{s}' (dot clock + day, month, year; no zone printed; Irish time, GMT = UTC in November); local {d} in {z}",
  notes="Imitates the Newstalk (Ireland) 'World' news listing. Text scrape, newest first. Each card: headline, one summary paragraph, author name, stamp '20.15 17 Nov 2028' (dot between hour and minutes, date after the time, no zone: Irish time), 'Share'. A podcast promo sits after the third card. 2 of 6 cards are Irish stories off the war (weather warning, airport court case); the refugee-payment story is war-related (humanitarian).",
  not_entries=["masthead 'Newstalk', 'Listen Live', menu and search", "section title 'World'", "author line of every card (author, not body)",
               "'Share' under every card", "'Newstalk Breakfast ...' podcast promo", "'Load More'", "footer"],
  entries=[
  E("2028-11-17 20:15", "Tánaiste says Ireland will fund demining in Ukraine",
    ["Ireland will provide €12 million for clearing landmines in Ukraine's Kharkiv and Kherson regions, the Tánaiste has announced."],
    "aid", "aid", 2, "ireland-demining-funding-2028-11-17", a="Aoife Brennan"),
  OFF("2028-11-17 17:40", "Yellow wind warning issued for five western counties",
      ["Met Éireann has issued a status yellow wind warning for Clare, Galway, Mayo, Sligo and Donegal from 9pm tonight."],
      "met-eireann-wind-warning-2028-11-17", a="Seán Moriarty", n="Irish weather"),
  E("2028-11-17 15:05", "Russian strike on Sumy kills four, regional governor says",
    ["Four people were killed and 19 injured when a Russian glide bomb hit a shopping street in the centre of Sumy on Friday afternoon.",
     "Ukraine's president condemned the attack as \"deliberate terror against civilians\"."],
    "strikes", "strikes", 3, "sumy-glide-bomb-strike-2028-11-17", a="Aoife Brennan", n="deadly strike"),
  OFF("2028-11-17 12:30", "Dublin Airport passenger cap case returns to High Court",
      ["The long-running dispute over the 32 million annual passenger cap at Dublin Airport was back before the High Court today."],
      "dublin-airport-cap-court-2028-11-17", a="Ciarán Hayes", n="Irish aviation/courts"),
  E("2028-11-17 10:10", "Accommodation payments for Ukrainian refugees to be cut from January",
    ["The weekly payment made to households hosting people who fled the war in Ukraine will be reduced from January, the Government has confirmed."],
    "other", "humanitarian", 2, "ireland-ukrainian-refugee-payment-cut-2028-11", a="Ciarán Hayes", n="war-related (refugees), not off-beat"),
  E("2028-11-17 08:00", "Zelensky to address the Dáil next month",
    ["Ukrainian President Volodymyr Zelensky will address a joint sitting of the Oireachtas by video link in December, the Ceann Comhairle has confirmed."],
    "diplomacy", "diplomacy", 2, "zelensky-oireachtas-address-2028-12", a="Seán Moriarty"),
  ]))

# ---------------------------------------------------------------- 16509 Radio Svoboda (RFE/RL), Ukrainian
ZAP = "zaporizhzhia-glide-bomb-strike-2028-11-20"
SEEDS.append(dict(
  id="16509", name="16509_radiosvoboda-rss", ext="xml", source="Radio Svoboda", zone="Europe/Kyiv", render=r_svoboda,
  title="Радіо Свобода",
  basis="RSS pubDate '{s}' (explicit +0200 = Kyiv winter time); local {d} in {z}",
  notes="Imitates the RSS feed of Radio Svoboda (RFE/RL's Ukrainian service), in Ukrainian. RSS 2.0, newest first, pubDate with '+0200', plain-text description (the body), category 'Новини', image enclosure, no authors. The Zaporizhzhia glide-bomb strike is told twice (toll 3 -> 5). 16509-07 is an explainer on attacks on the energy system (theme piece, own story).",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate/ttl", "atom:link self reference", "item link, guid, category and enclosure"],
  entries=[
  E("2028-11-20 21:50", "Зеленський запровадив санкції проти 90 російських компаній",
    ["Президент підписав указ, яким вводить у дію рішення РНБО про санкції проти компаній, що постачають компоненти для російських ракет і дронів."],
    "diplomacy", "diplomacy", 2, "zelensky-sanctions-90-companies-2028-11-20", slug="zelensky-sanktsii"),
  E("2028-11-20 19:15", "Норвегія виділить Україні ще 5 мільярдів крон на оборону",
    ["Кошти підуть на закупівлю засобів протиповітряної оборони та на виробництво дронів в Україні, повідомило міністерство оборони Норвегії."],
    "aid", "aid", 3, "norway-5bn-kroner-defence-aid-2028-11-20", slug="norvehiia-dopomoha", n="major aid package"),
  E("2028-11-20 16:30", "Кількість загиблих унаслідок удару по Запоріжжю зросла до п’яти",
    ["Під завалами житлового будинку рятувальники знайшли тіла ще двох людей, повідомив голова обласної військової адміністрації Іван Федоров."],
    "strikes", "strikes", 3, ZAP, slug="zaporizhzhia-zahybli", n="toll 5 dead"),
  E("2028-11-20 13:05", "Генштаб: на Покровському напрямку за добу відбулося 40 боїв",
    ["Найзапекліші бої тривають поблизу Родинського та Мирнограда, повідомили у Генеральному штабі ЗСУ."],
    "other", "frontline", 2, "pokrovsk-direction-clashes-2028-11-20", slug="henshtab-pokrovsk"),
  E("2028-11-20 10:40", "Росія вдарила по Запоріжжю керованими авіабомбами, є загиблі",
    ["Унаслідок удару по одному з районів Запоріжжя загинули щонайменше троє людей, ще дев’ятеро поранені, повідомила обласна влада."],
    "strikes", "strikes", 3, ZAP, slug="zaporizhzhia-udar", n="toll 3 dead"),
  E("2028-11-20 08:20", "Повітряні сили: вночі збито 54 з 70 дронів",
    ["Росія атакувала Україну ударними дронами типу «Шахед» та дронами-імітаторами, уражень зазнали об’єкти в Сумській і Чернігівській областях."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-11-20", slug="povitriani-syly-drony", n="overnight raid; must not merge with the Zaporizhzhia glide-bomb strike"),
  E("2028-11-20 06:10", "Пояснюємо: чому Росія знову б’є по енергетиці перед зимою",
    ["Уже сьому зиму поспіль Росія намагається залишити українські міста без світла й тепла, зосереджуючи удари на підстанціях і газовидобутку."],
    "strikes", "strikes", 2, "explainer-russian-energy-strikes-winter", slug="poiasnennia-enerhetyka", n="theme piece (explainer), own story"),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_quill(S):
    """text live, newest first: 'Key Points' block of post headlines, '21:20 GMT' line before each headline, 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get the Courier's war briefing in your inbox every morning. Sign up here.", ""]
    L += ["Show older posts", "", f"{S['source']} · About us · Corrections · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live, oldest first, LiveBlogPosting JSON-LD with per-update datePublished; visible bare '07:05' in <time datetime>;
    author line below the headline; dateline names the zone."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We use cookies to understand how you use {esc(S["source"])}. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/analysis">Analysis</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Link to this post</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read more</h3><a href="/analysis/black-sea">{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial policy · Contact · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' or the numeric offset, CDATA paragraphs; dc:creator when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en-gb")}</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d, "GMT") if S["rfc"] == "GMT" else rfc822(d); stamps.append(st)
        cat = e.get("cat", "World")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{cat.lower()}/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{cat}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["guid"]}{i + 71}"/>', f'<id>{S["url"]}/a/{S["guid"]}{i + 71}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B day 1 = 2028-11-22 (UTC)
TERN = "ternopil-missile-strike-2028-11-22"
GERPAT = "germany-patriot-pledge-2028-11-22"
ERDO = "erdogan-black-sea-shipping-talks-offer-2028-11-22"
ADGAP = "analysis-western-ukraine-air-defence-gaps"
ADGAP_H = "Analysis: Why western Ukraine\u2019s skies are so hard to protect"
ADGAP_P = ["Most of Ukraine\u2019s Patriot and SAMP/T batteries guard Kyiv and the front-line cities, leaving the west to rely on mobile fire groups with machine guns and a handful of ageing Soviet-era systems.",
           "Wednesday\u2019s strike on Ternopil exposed that gap: the cruise missiles flew in low over the Carpathian foothills, where radar coverage is patchy.",
           "Officials in Kyiv say closing it would take at least three more long-range systems, on top of those already promised."]

# ---------------------------------------------------------------- 16520 Quillholt Courier (day 1)
SEEDS.append(dict(
  id="16520", name="16520_quillholt-textlive", ext="txt", source="Quillholt Courier", zone="Europe/London", render=r_quill,
  title="Russia-Ukraine war live: Ternopil death toll rises to nine; Germany pledges another Patriot system",
  dateline="Wednesday 22 November 2028",
  lede="Russian cruise missiles hit a residential block in western Ukraine before dawn; Berlin answers with a new air-defence pledge.",
  basis="stamp '{s}' (GMT printed; UK time = UTC in November) under the dateline 'Wednesday 22 November 2028'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' block lists two post headlines (key_point true). Each post: 'HH:MM GMT' line, headline, body, optional 'Reporting by NAME' line (author). 16520-02 is a 'Watch:' video teaser with no body. Ternopil toll on this page: 3 -> 9.",
  not_entries=["masthead and menu", "'LIVE' label", "page title and dateline", "standfirst", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest' label", "'Reporting by ...' lines (author credits, not body)", "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-11-22 21:20", "Ternopil death toll rises to nine as search continues overnight",
    ["Nine people are now known to have died after a Russian missile destroyed part of a five-storey apartment building in Ternopil before dawn, the regional governor said.",
     "Emergency crews expect to keep working through the night; about 40 people were injured."],
    "strikes", "strikes", 3, TERN, a="Harriet Okafor", kp=True, n="toll 9 dead, about 40 injured"),
  E("2028-11-22 19:45", "Watch: Rescuers search the wreckage in Ternopil", [],
    "strikes", "strikes", 1, TERN, n="teaser without body"),
  E("2028-11-22 17:10", "Germany pledges another Patriot system for Ukraine",
    ["Germany will send Ukraine a further Patriot air-defence system by the spring, defence minister Boris Pistorius told reporters in Berlin.",
     "He said the pledge was a direct answer to the overnight strike in western Ukraine, where air defences are spread thin."],
    "aid", "aid", 3, GERPAT, a="Tobias Lindqvist", kp=True,
    n="same air-defence theme as the analysis 16523-03 and mentions the Ternopil strike, but its own event: must not merge with either"),
  E("2028-11-22 14:30", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for a further 90 days, the 27th such extension since the full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-11-22", a="Harriet Okafor"),
  E("2028-11-22 11:55", "Russia says it has captured village near Huliaipole",
    ["Russia's defence ministry said its troops had taken the village of Zelenyi Hai in the Zaporizhzhia region, a claim Ukraine's military did not confirm."],
    "other", "frontline", 2, "russia-claims-zelenyi-hai-2028-11-22", a="Tobias Lindqvist"),
  E("2028-11-22 08:40", "Missile strike on Ternopil: three dead, dozens injured",
    ["At least three people were killed when a Russian missile hit an apartment block in the western city of Ternopil in the early hours of Wednesday, local officials said.",
     "Ukraine's air force said the city was targeted with Kh-101 cruise missiles launched from strategic bombers over the Caspian Sea."],
    "strikes", "strikes", 3, TERN, a="Harriet Okafor", n="toll 3 dead"),
  E("2028-11-22 06:20", "UK to train 2,000 more Ukrainian recruits next year",
    ["Britain will expand its training programme for Ukrainian soldiers to take in 2,000 more recruits next year, the Ministry of Defence said."],
    "aid", "aid", 2, "uk-training-expansion-2028-11-22", a="Tobias Lindqvist"),
  ]))

# ---------------------------------------------------------------- 16521 Wrayburn Observer (day 1)
SEEDS.append(dict(
  id="16521", name="16521_wrayburn-ldlive", ext="html", source="Wrayburn Observer", zone="Europe/Kyiv", render=r_ldlive,
  title="Ternopil strike: live updates", url="https://wrayburn-observer.example/live/2028-11-22-ternopil",
  dateline="Wednesday, 22 November 2028 · all times Kyiv (EET)",
  lede="A Russian missile attack hits the western city of Ternopil; Turkey proposes talks on Black Sea shipping.",
  related="How the Black Sea grain route survived six years of war",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, named in the dateline 'Wednesday, 22 November 2028 · all times Kyiv (EET)'); JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update times, headlines and authors. Visible stamps are bare 'HH:MM' in <time datetime>. 16521-05 re-publishes 16521-03 nearly verbatim (one word added: 'heavy'), importance 1. 16521-02 (drone strike on a fuel depot in the Chortkiv district of the same Ternopil region) is a different event from the Ternopil city missile strike: must not merge. Toll on this page: 6 -> 8.",
  not_entries=["cookie consent line", "header brand and menu", "page title", "dateline", "standfirst", "byline line under each headline (author, not body)",
               "'Link to this post' / 'Share' tools", "'Read more' related link after the third post", "footer"],
  entries=[
  E("2028-11-22 07:05", "Explosions in Ternopil as Russia launches missile attack",
    ["Powerful explosions were heard in Ternopil shortly after 5am as air-raid sirens sounded across western Ukraine.",
     "Mayor Serhiy Nadal urged residents to stay in shelters until the all-clear."],
    "strikes", "strikes", 3, TERN, a="Oksana Melnyk", n="first report, no toll yet"),
  E("2028-11-22 08:30", "Drone hits fuel depot in Chortkiv district overnight",
    ["Separately, a Russian drone struck a fuel depot in the Chortkiv district of the Ternopil region around midnight, starting a fire that burned for several hours, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "chortkiv-fuel-depot-drone-strike-2028-11-22", a="Andriy Koval",
    n="same region as the Ternopil city missile strike, different event (night drone attack on a fuel depot): must not merge"),
  E("2028-11-22 10:15", "Ternopil toll rises to six",
    ["Six people have been confirmed dead and 31 injured after the missile strike on a residential building in Ternopil, the State Emergency Service said.",
     "Rescuers are dismantling the collapsed stairwell by hand because cranes cannot reach the inner courtyard."],
    "strikes", "strikes", 3, TERN, a="Oksana Melnyk", n="toll 6 dead, 31 injured"),
  E("2028-11-22 13:40", "Erdogan offers to host talks on Black Sea shipping",
    ["Turkish President Recep Tayyip Erdogan said Turkey was ready to host Ukrainian and Russian officials for talks on the safety of commercial shipping in the Black Sea.",
     "Kyiv said it would study the proposal."],
    "diplomacy", "diplomacy", 3, ERDO, a="Andriy Koval"),
  E("2028-11-22 15:20", "Ternopil toll rises to six",
    ["Six people have been confirmed dead and 31 injured after the missile strike on a residential building in Ternopil, the State Emergency Service said.",
     "Rescuers are dismantling the collapsed stairwell by hand because heavy cranes cannot reach the inner courtyard."],
    "strikes", "strikes", 1, TERN, a="Oksana Melnyk", dup="16521-03", n="near-verbatim repeat of 16521-03 (one word added)"),
  E("2028-11-22 17:55", "Sweden approves military aid package worth 8 billion kronor",
    ["Sweden's government approved a military aid package worth 8 billion kronor, including CV90 infantry fighting vehicles and artillery ammunition."],
    "aid", "aid", 3, "sweden-military-aid-package-2028-11-22", a="Andriy Koval", n="major aid package"),
  E("2028-11-22 20:30", "Ternopil declares two days of mourning",
    ["Ternopil's city council declared Thursday and Friday days of mourning as the death toll from the morning strike reached eight."],
    "strikes", "strikes", 3, TERN, a="Oksana Melnyk", n="toll 8; mourning announced"),
  ]))

# ---------------------------------------------------------------- 16522 Faldon World Service (day 1, general world feed)
SEEDS.append(dict(
  id="16522", name="16522_faldon-worldrss", ext="xml", source="Faldon World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Faldon World Service \u2013 World", url="https://faldon-ws.example/news", guid="fws-20281122",
  lede="International news from the Faldon World Service.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (Mozambique cyclone, Bank of Japan, Chilean copper, Davis Cup). The Ternopil item spells the city 'Ternopol'.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2028-11-22 22:40", "Cyclone makes landfall in northern Mozambique",
      ["A tropical cyclone with winds of up to 180 km/h struck the coast of Mozambique\u2019s Cabo Delgado province, forcing thousands of people from their homes."],
      "mozambique-cyclone-2028-11-22", n="weather disaster"),
  E("2028-11-22 20:05", "Ternopol strike: death toll reaches eight",
    ["Eight people died when a Russian missile slammed into a block of flats in Ternopol, in western Ukraine, on Wednesday morning, city officials said."],
    "strikes", "strikes", 3, TERN, n="spelling 'Ternopol'; toll 8"),
  OFF("2028-11-22 16:50", "Bank of Japan keeps interest rates on hold",
      ["Japan\u2019s central bank left its policy rate unchanged, saying it wanted more evidence that wage growth would last before tightening again."],
      "bank-of-japan-rates-2028-11-22", cat="Business", n="central bank"),
  E("2028-11-22 13:15", "Turkey offers to host Black Sea shipping talks",
    ["President Erdogan said Ankara could bring Russian and Ukrainian negotiators together to agree rules protecting merchant ships in the Black Sea."],
    "diplomacy", "diplomacy", 3, ERDO),
  OFF("2028-11-22 10:30", "Record copper output lifts Chile\u2019s exports",
      ["Chile shipped more copper in October than in any month on record, helped by two new mines in the Atacama desert."],
      "chile-copper-exports-2028-11-22", cat="Business", n="commodities"),
  OFF("2028-11-22 07:45", "Spain beat Italy to reach Davis Cup final",
      ["Spain won both singles rubbers in M\u00e1laga to beat the holders Italy and reach the Davis Cup final."],
      "davis-cup-semi-final-2028-11-21", cat="Sport", n="tennis"),
  ]))

# ---------------------------------------------------------------- 16523 Fellowby Review (day 1)
SEEDS.append(dict(
  id="16523", name="16523_fellowby-atom", ext="xml", source="Fellowby Review", zone="Europe/Warsaw", render=r_atom,
  title="Fellowby Review \u2013 Ukraine and the region", url="https://fellowby-review.example", guid="fr28112",
  lede="News and analysis from Poland\u2019s eastern neighbourhood",
  basis="Atom <published> '{s}' (explicit +01:00 = Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (Poland). Atom 1.0, newest first, <published> with +01:00, escaped HTML content, <author> per entry. Spells the city 'Tarnopol (Ternopil)'. 16523-03 is a theme piece (analysis of air-defence gaps in western Ukraine) that mentions the Ternopil strike but is its own story; it is re-posted verbatim by Hobbeck Post on day 2 (16531).",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2028-11-22 21:30", "Tarnopol strike: nine dead as rescuers search through the night",
    ["Nine people were killed by the Russian missile that struck a residential building in Ternopil, known in Polish as Tarnopol, the Ukrainian authorities said in the evening."],
    "strikes", "strikes", 3, TERN, a="Marek Zieli\u0144ski", n="spelling 'Tarnopol'; toll 9"),
  E("2028-11-22 18:10", "Pistorius: Berlin will send a further Patriot battery",
    ["Germany\u2019s defence minister Boris Pistorius announced that Berlin would deliver an additional Patriot battery to Ukraine early next year."],
    "aid", "aid", 3, GERPAT, a="Kinga Nowak"),
  E("2028-11-22 15:00", ADGAP_H, ADGAP_P, "aid", "aid", 2, ADGAP, a="Kinga Nowak", sec=["strikes"],
    n="theme piece (analysis of air-defence coverage); mentions the Ternopil strike but is its own story: must not merge with the strike or with the German Patriot pledge"),
  E("2028-11-22 09:45", "Polish farmers lift blockade at Dorohusk crossing",
    ["Farmers who had blocked lorries at the Dorohusk border crossing for nine days ended their protest after the agriculture ministry promised checks on Ukrainian grain imports."],
    "other", "politics", 2, "dorohusk-border-blockade-lifted-2028-11-22", a="Marek Zieli\u0144ski", n="war-related trade dispute (not off-beat)"),
  E("2028-11-22 06:20", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on alert during the night as Russian missiles flew towards western Ukraine."],
    "other", "security", 2, "poland-scrambles-jets-2028-11-22", a="Kinga Nowak", sec=["strikes"],
    n="Poland's own air-defence response; a separate event from the Ternopil strike: must not merge"),
  ]))

def r_harrow(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2 and a printed 'All times EET' note; byline below the h2;
    a 'Photos:' post carries only a gallery."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="cookie-bar">This site uses cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>More on this story</h3><a href="/ukraine/ternopil-strike">Ternopil strike: what we know</a></aside>')
    out += [f'<p class="more"><a href="{S["yesterday"]}">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hobbeck(S):
    """text live, oldest first; '6:05 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "U.S.  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Sports  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} \u00b7 Terms of Use \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_article(S):
    """text article with sub-headed sections (one entry per section), 'By NAME' byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  World  \u203a  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Email  \u00b7  Print", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [f"Related: {S['related']}", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B day 2 = 2028-11-23 (UTC)
ODESA = "odesa-port-strike-2028-11-23"

# ---------------------------------------------------------------- 16530 Harrowmere Gazette (day 2)
SEEDS.append(dict(
  id="16530", name="16530_harrowmere-htmllive", ext="html", source="Harrowmere Gazette", zone="Europe/Kyiv", render=r_harrow,
  title="Ukraine live: Odesa port hit overnight, Ternopil mourns its dead",
  dateline="Thursday 23 November 2028", tznote="All times EET (Kyiv)", yesterday="/live/ukraine-2028-11-22",
  lede="Russia strikes Odesa\u2019s port with missiles and drones; Ternopil holds the first funerals after Wednesday\u2019s attack.",
  basis="bare '{s}' above the headline; the page note 'All times EET (Kyiv)' and the date line 'Thursday 23 November 2028' give zone and day (EET = UTC+2); local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Bare 'HH:MM' in a span above each h2; the zone is only in the page note 'All times EET (Kyiv)'. Byline 'By NAME' below the headline (author = NAME). 16530-02 is a 'Photos:' gallery post with no text (teaser). 16530-04 is an explainer on strikes on Black Sea ports (theme piece) that mentions the Odesa attack but is its own story. 16530-03 continues day 1's Ternopil story with a new development (search over, toll 11). Odesa toll on this page: 2 -> 4 -> 5; 16530-05 is Turkey's reaction to the damage to a ship in the same attack (same story).",
  not_entries=["cookie bar", "header and menu", "page title", "date line and 'All times EET (Kyiv)' note", "lead paragraph",
               "'By NAME' byline lines (author, not body)", "gallery placeholder '[Gallery: 12 photos]'",
               "'More on this story' link after the fourth post", "'Yesterday\u2019s live coverage' link", "footer"],
  entries=[
  E("2028-11-23 21:15", "Odesa toll rises to five as injured port worker dies",
    ["A port worker injured in the overnight attack on Odesa has died in hospital, bringing the death toll to five, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Yaryna Boiko", n="toll 5"),
  E("2028-11-23 19:40", "Photos: Odesa port after the night attack", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body (gallery only)"),
  E("2028-11-23 17:50", "Ternopil ends search as toll reaches 11",
    ["Rescuers in Ternopil finished searching the ruins of the apartment block hit on Wednesday, and the city said the death toll had reached 11.",
     "Thousands of residents lined the streets for the first funerals, held on the first of two days of mourning."],
    "strikes", "strikes", 3, TERN, a="Yaryna Boiko", n="continuation of day 1's Ternopil strike with a new development (search over, toll 11)"),
  E("2028-11-23 15:05", "Explainer: Why Russia keeps hitting Ukraine\u2019s Black Sea ports",
    ["Ukraine\u2019s ports in the Odesa region handle most of the country\u2019s grain and metal exports, which makes them a steady target for Russian missiles and drones.",
     "Thursday\u2019s attack on Odesa was the fourth on the city\u2019s port this month.",
     "Each strike pushes up insurance costs for the ships that still make the journey."],
    "strikes", "strikes", 2, "explainer-black-sea-port-strikes", a="Dmytro Shevchuk",
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with the Odesa port strike"),
  E("2028-11-23 12:30", "Turkey condemns attack that damaged Panama-flagged ship in Odesa",
    ["Turkey\u2019s foreign ministry condemned the overnight strike on Odesa, in which a Panama-flagged bulk carrier with a Turkish crew was damaged while loading grain."],
    "strikes", "strikes", 3, ODESA, a="Dmytro Shevchuk", sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  E("2028-11-23 10:10", "Odesa port attack: four dead, grain terminal on fire",
    ["Four people were killed when Russian missiles and drones struck port facilities in Odesa overnight, regional officials said.",
     "A grain terminal was still burning on Thursday morning."],
    "strikes", "strikes", 3, ODESA, a="Yaryna Boiko", n="toll 4"),
  E("2028-11-23 07:20", "Russia launches missiles and drones at Odesa overnight",
    ["Russia attacked Odesa with ballistic missiles and attack drones overnight, killing two people and damaging port infrastructure, the regional administration said."],
    "strikes", "strikes", 3, ODESA, a="Yaryna Boiko", n="first report, toll 2"),
  ]))

# ---------------------------------------------------------------- 16531 Hobbeck Post (day 2)
SEEDS.append(dict(
  id="16531", name="16531_hobbeck-textlive", ext="txt", source="Hobbeck Post", zone="America/New_York", render=r_hobbeck,
  title="Russia-Ukraine war: Odessa port attack kills five; EU sends \u20ac4 billion",
  dateline="Thursday, November 23, 2028",
  lede="Live updates on the war in Ukraine from our world desk.",
  basis="stamp '{s}' (Eastern time printed as ET; EST = UTC-5 in November) under the dateline 'Thursday, November 23, 2028'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, '6:05 a.m. ET' line before each headline, no per-post authors. Spells the port 'Odessa'. 16531-02 re-publishes verbatim the day-1 analysis 16523-03 from Fellowby Review (same headline and text): importance 1, same story slug, duplicate_of null (duplicates are defined within a seed). 16531-04 repeats 16531-01 nearly verbatim (one word added: 'large'), importance 1. 16531-05 (Ukrainian drone strike in Russia's Kursk region) must not merge with the Odesa strike.",
  not_entries=["masthead and menu", "page title, dateline and standfirst", "'ADVERTISEMENT' marker", "closing line 'This live coverage has ended.'", "footer"],
  entries=[
  E("2028-11-23 06:05", "Russian strike on Odessa port kills four",
    ["Russian missiles and drones pounded the Black Sea port of Odessa overnight, killing four people and setting a grain terminal ablaze, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 4"),
  E("2028-11-23 07:30", ADGAP_H, ADGAP_P, "aid", "aid", 1, ADGAP, sec=["strikes"],
    n="re-post of day-1 entry 16523-03 (Fellowby Review analysis, same headline and text): importance 1, same story"),
  E("2028-11-23 09:15", "EU pays Ukraine \u20ac4 billion from frozen-asset loan",
    ["The European Commission said it had paid Ukraine a \u20ac4 billion tranche of the loan backed by profits from frozen Russian central bank assets."],
    "aid", "aid", 3, "eu-4bn-frozen-asset-loan-tranche-2028-11-23", n="major financial aid payment"),
  E("2028-11-23 10:40", "Russian strike on Odessa port kills four",
    ["Russian missiles and drones pounded the Black Sea port of Odessa overnight, killing four people and setting a large grain terminal ablaze, Ukrainian officials said."],
    "strikes", "strikes", 1, ODESA, dup="16531-01", n="near-verbatim repeat of 16531-01 (one word added)"),
  E("2028-11-23 12:20", "Ukrainian drone kills two in Russia\u2019s Kursk region, governor says",
    ["Two people were killed when a Ukrainian drone hit a car in the town of Rylsk, in Russia\u2019s Kursk region, the regional governor said."],
    "strikes", "strikes", 3, "rylsk-drone-strike-2028-11-23", n="deadly strike in the other direction: must not merge with the Odesa port strike"),
  E("2028-11-23 14:05", "Odessa death toll climbs to five",
    ["A fifth victim of the overnight attack on Odessa, a crane operator at the port, died in hospital, the regional governor said."],
    "strikes", "strikes", 3, ODESA, n="toll 5"),
  E("2028-11-23 16:30", "Zelensky names new air force commander",
    ["President Volodymyr Zelensky appointed a new commander of the air force, saying the service needed fresh leadership before a winter of heavy Russian attacks."],
    "other", "politics", 2, "zelensky-new-air-force-commander-2028-11-23"),
  ]))

# ---------------------------------------------------------------- 16532 Quintmoor World Desk (day 2, general world feed)
SEEDS.append(dict(
  id="16532", name="16532_quintmoor-worldatom", ext="xml", source="Quintmoor World Desk", zone="UTC", render=r_atom,
  title="Quintmoor World Desk", url="https://quintmoor.example", guid="qwd2311",
  lede="The day\u2019s world news in brief",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), escaped HTML content, no authors. The war is a minority: 4 of 6 entries are off-beat (Vietnam floods, rupee, East African power line, Argentine pensions). 16532-05 is Turkey's account of the ship damaged in the Odesa attack (same story).",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  OFF("2028-11-23 22:10", "Floods close roads across northern Vietnam",
      ["Heavy rain triggered landslides and floods in four northern provinces of Vietnam, cutting off dozens of villages."],
      "vietnam-floods-2028-11-23", n="weather disaster"),
  E("2028-11-23 19:30", "Odesa port strike toll rises to five",
    ["The number of people killed in Thursday\u2019s Russian strike on the port of Odesa rose to five, Ukrainian officials said, as firefighters put out the last flames at a grain terminal."],
    "strikes", "strikes", 3, ODESA, n="toll 5"),
  OFF("2028-11-23 15:45", "Indian rupee slides to record low",
      ["The rupee weakened past a new record against the US dollar as foreign investors pulled money out of Indian shares."],
      "india-rupee-record-low-2028-11-23", n="currency markets"),
  OFF("2028-11-23 12:20", "Kenya and Ethiopia switch on new power line",
      ["A high-voltage line linking Ethiopian hydropower plants with Kenya\u2019s grid began full commercial operation, the two governments said."],
      "kenya-ethiopia-power-line-2028-11-23", n="energy/Africa"),
  E("2028-11-23 09:05", "Turkish-crewed ship hit in Odesa, Ankara says",
    ["Turkey said a bulk carrier with 19 Turkish sailors on board was damaged in the Russian attack on Odesa port; none of the crew were hurt."],
    "strikes", "strikes", 3, ODESA, sec=["diplomacy"], n="Turkish account of the damage from the same attack: same story"),
  OFF("2028-11-23 06:30", "Argentina\u2019s Senate passes pension overhaul",
      ["Argentina\u2019s Senate approved a reform that raises the retirement age for men and women over the next decade, after an all-night debate."],
      "argentina-pension-reform-2028-11-23", n="Latin American politics"),
  ]))

# ---------------------------------------------------------------- 16533 Pottersby Chronicle (day 2)
SEEDS.append(dict(
  id="16533", name="16533_pottersby-article", ext="txt", source="Pottersby Chronicle", zone="Europe/Berlin", render=r_article,
  title="Odesa and Ternopil: a second night of Russian strikes", byline="Lena Hartmann",
  dateline="23 November 2028, 14:10 CET",
  lede="From the Black Sea coast to the west of the country, Ukraine counts the cost of two days of attacks.",
  caption="Firefighters at the grain terminal in Odesa on Thursday morning.",
  related="Germany\u2019s air-defence pledges since 2022: an overview",
  more="More on the war in Ukraine: our live coverage",
  basis="no per-section time; the page's dateline '23 November 2028, 14:10 CET' (CET = UTC+1) is used for every section; local {d} in {z}",
  notes="Invented outlet (Germany). Text article with four sub-headed sections (one entry each, headline = sub-heading, stamp null, published = the dateline time), byline 'By Lena Hartmann' (author of every section). Section 2 continues day 1's Ternopil story. Section 3 (drone strike on the Danube port of Izmail, also in the Odesa region) is a different event from the Odesa port strike: must not merge.",
  not_entries=["masthead and breadcrumb", "title", "standfirst", "byline and dateline", "share line", "photo caption", "'Related: ...' link after section 2",
               "closing pointer to the live coverage", "footer"],
  entries=[
  E("2028-11-23 14:10", "Deadly night in Odesa",
    ["Russia struck the port of Odesa with missiles and drones in the early hours of Thursday, killing four people and damaging a grain terminal and a foreign cargo ship.",
     "The regional administration called it the heaviest attack on the city\u2019s port since the summer."],
    "strikes", "strikes", 3, ODESA, a="Lena Hartmann", n="toll 4"),
  E("2028-11-23 14:10", "Ternopil buries its dead",
    ["The city of Ternopil began burying the victims of Wednesday\u2019s missile strike, whose toll rose to 11 overnight as rescuers recovered two more bodies."],
    "strikes", "strikes", 3, TERN, a="Lena Hartmann", n="continuation of day 1's Ternopil strike (toll 11, funerals)"),
  E("2028-11-23 14:10", "Warehouses hit in Izmail",
    ["In a separate attack further south-west, drones hit warehouses at the Danube port of Izmail, also in the Odesa region, without causing casualties."],
    "strikes", "strikes", 2, "izmail-danube-port-drone-strike-2028-11-23", a="Lena Hartmann",
    n="same region (Odesa oblast), other strike: must not merge with the Odesa port strike"),
  E("2028-11-23 14:10", "Merz rules out Taurus again",
    ["Chancellor Friedrich Merz told the Bundestag that Germany would keep supplying air defence but still had no plans to send Taurus cruise missiles."],
    "aid", "aid", 2, "merz-taurus-refusal-2028-11-23", a="Lena Hartmann"),
  ]))

def r_corvistone(S):
    """text live, oldest first; date line with weekday and day but no year; '9.05pm' line before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  \u00b7  Live  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Analysis  \u00b7  Podcasts", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video, 0:58]", ""])
        if i == 2:
            L += ["Support independent journalism: become a Corvistone member.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 Masthead \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ashbury(S):
    """HTML live, newest first, TRT-style '2105 GMT \u2014 Headline' in each h3; one date header; JSON-LD @graph whose article node has
    @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate items that all repeat the PAGE headline and datePublished
    (per-update times and headlines must come from the HTML)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])}
           for i, e in enumerate(S["entries"]) if e["p"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Home</a> <a>Live</a> <a>World</a> <a>Business</a> <a>Video</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="sub">{esc(S["lede"])}</p>',
           f'<p class="date">{DAYS_EN[pub.weekday()]}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        out.append(f'<section class="block" id="block-{len(S["entries"]) - i}"><h3>{st} \u2014 {esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 1:
            out.append('<aside class="readmore"><a>Read more</a> <a href="/analysis/black-sea-fleet">What is left of Russia\u2019s Black Sea Fleet?</a></aside>')
    out += ['<p class="prev"><a href="/live/2028-11-27">Monday, November 27</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B day 3 = 2028-11-28 (UTC)
NOVO = "novorossiysk-sea-drone-attack-2028-11-28"
KHER = "kherson-bus-stop-shelling-2028-11-28"

# ---------------------------------------------------------------- 16540 Tirlow Gazette (day 3, general world feed)
SEEDS.append(dict(
  id="16540", name="16540_tirlow-worldrss", ext="xml", source="Tirlow Gazette", zone="Europe/Paris", render=r_worldrss, rfc="num",
  title="Tirlow Gazette \u2013 International", url="https://tirlow-gazette.example", guid="tg281128", lang="en",
  lede="World news from the Tirlow Gazette foreign desk",
  basis="RSS pubDate '{s}' (explicit +0100 offset = Paris winter time); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with '+0100', CDATA <p> paragraphs, dc:creator on some items. The war is a minority: 4 of 6 items are off-beat (French rail strike, Moroccan desalination, Louvre, Airbus order). Spells the Russian port 'Novorossiisk'; counts grow from one damaged landing ship to two warships.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2028-11-28 23:10", "French rail unions call December strike",
      ["Three of France\u2019s main rail unions called a five-day strike from 14 December over pay and pension rules, threatening holiday travel."],
      "france-rail-strike-call-2028-11-28", a="Claire Dubosc", n="French labour dispute"),
  E("2028-11-28 20:40", "Novorossiisk: Russia says two warships damaged in sea-drone raid",
    ["Russia\u2019s defence ministry acknowledged that two warships were damaged when Ukrainian sea drones attacked the port of Novorossiisk overnight, a rare admission of losses."],
    "strikes", "strikes", 3, NOVO, a="Claire Dubosc", n="spelling 'Novorossiisk'; two warships"),
  OFF("2028-11-28 17:15", "Morocco opens Africa\u2019s largest desalination plant",
      ["A plant near Casablanca that can supply drinking water to seven million people began operating, the Moroccan water ministry said."],
      "morocco-desalination-plant-2028-11-28", n="infrastructure/Africa"),
  OFF("2028-11-28 13:50", "Louvre reopens renovated wing",
      ["The Louvre reopened its Denon wing after a two-year renovation that added new rooms for Italian painting."],
      "louvre-denon-wing-reopens-2028-11-28", cat="Culture", n="culture"),
  OFF("2028-11-28 10:05", "Airbus wins 120-jet order from Indian carrier",
      ["An Indian airline ordered 120 Airbus narrow-body jets, one of the largest single orders of the year."],
      "airbus-indian-order-2028-11-28", cat="Business", n="aviation business"),
  E("2028-11-28 07:30", "Ukraine strikes Russian navy base at Novorossiisk, Kyiv says",
    ["Ukraine\u2019s navy said its sea drones hit the Russian Black Sea Fleet\u2019s base at Novorossiisk overnight and damaged at least one landing ship."],
    "strikes", "strikes", 3, NOVO, n="first report; one landing ship"),
  ]))

# ---------------------------------------------------------------- 16541 Corvistone Daily (day 3; no year on the page)
SEEDS.append(dict(
  id="16541", name="16541_corvistone-textlive", ext="txt", source="Corvistone Daily", zone="Europe/London", render=r_corvistone,
  title="Ukraine war live: sea drones hit Russian fleet in Novorossiysk", dateline="Tuesday 28 November",
  byline="Rhiannon Pryce and Idris Morgan", parse_args=["--date", "2028-11-28"],
  lede="Ukraine\u2019s navy says it struck warships at Russia\u2019s main Black Sea base; three killed by shelling in Kherson.",
  basis="stamp '{s}' (UK 12-hour clock, no zone printed; UK time = UTC in November) under the date line 'Tuesday 28 November'; the page prints no year, so the year comes from parse_args --date 2028-11-28; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first, 12-hour stamps with a dot ('9.05pm'), no zone printed, date line 'Tuesday 28 November' with no year anywhere (parse_args --date 2028-11-28). One two-name page byline, kept as one string for every entry. 16541-04 is a 'Video:' teaser (video placeholder only). 16541-06 is an analysis of the sea-drone campaign (theme piece) that mentions the Novorossiysk attack but is its own story. 16541-03 repeats 16541-02 nearly verbatim (one word added: 'Russian'). Novorossiysk counts grow: two warships -> three vessels.",
  not_entries=["masthead and menu", "page title, date line and page byline", "standfirst", "video placeholder '[Video, 0:58]'",
               "membership promo after the third post", "closing line 'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2028-11-28 09:40", "EU leaders to settle reparations loan at December summit",
    ["European Council president Ant\u00f3nio Costa said leaders would try to resolve the remaining legal questions on the reparations loan for Ukraine at their December summit."],
    "aid", "aid", 2, "eu-reparations-loan-summit-plan-2028-11-28", a="Rhiannon Pryce and Idris Morgan", sec=["diplomacy"],
    n="funding debate (announcement of a plan, no decision yet)"),
  E("2028-11-28 11:20", "Ukraine says sea drones hit Russian warships in Novorossiysk",
    ["Ukraine\u2019s navy said its sea drones struck two warships at the naval base in Novorossiysk overnight, in one of the deepest attacks on the Black Sea Fleet this year.",
     "Russia has not commented on the damage."],
    "strikes", "strikes", 3, NOVO, a="Rhiannon Pryce and Idris Morgan", n="first report on this page; two warships"),
  E("2028-11-28 12:55", "Ukraine says sea drones hit Russian warships in Novorossiysk",
    ["Ukraine\u2019s navy said its sea drones struck two Russian warships at the naval base in Novorossiysk overnight, in one of the deepest attacks on the Black Sea Fleet this year.",
     "Russia has not commented on the damage."],
    "strikes", "strikes", 1, NOVO, a="Rhiannon Pryce and Idris Morgan", dup="16541-02", n="near-verbatim repeat of 16541-02 (one word added)"),
  E("2028-11-28 15:10", "Video: Sea drones approach Novorossiysk harbour", [],
    "strikes", "strikes", 1, NOVO, a="Rhiannon Pryce and Idris Morgan", n="teaser without body (video only)"),
  E("2028-11-28 17:35", "Kherson: three killed as Russian artillery hits bus stop",
    ["Russian shelling killed three people waiting at a bus stop in Kherson\u2019s Dniprovskyi district, the regional military administration said."],
    "strikes", "strikes", 3, KHER, a="Rhiannon Pryce and Idris Morgan", n="deadly strike; different event from Novorossiysk"),
  E("2028-11-28 19:20", "Analysis: How Ukraine\u2019s sea drones pushed Russia\u2019s fleet back",
    ["When the full-scale war began, Russia\u2019s Black Sea Fleet could shell Odesa from the open sea at will.",
     "Six years on, its surviving ships shelter in Novorossiysk, and even there, as Tuesday\u2019s attack showed, they are not out of reach.",
     "Ukrainian commanders credit cheap, fast sea drones built in small workshops for the shift."],
    "strikes", "strikes", 2, "analysis-ukraine-sea-drone-campaign", a="Rhiannon Pryce and Idris Morgan",
    n="theme piece (analysis); mentions the Novorossiysk attack but is its own story: must not merge"),
  E("2028-11-28 21:05", "Novorossiysk attack: Russia admits three vessels hit",
    ["Russian officials now say three vessels were damaged in the overnight attack on Novorossiysk: two warships and a tanker moored at the oil terminal.",
     "A fire at the terminal was put out by the afternoon, the port authority said."],
    "strikes", "strikes", 3, NOVO, a="Rhiannon Pryce and Idris Morgan", n="three vessels"),
  ]))

# ---------------------------------------------------------------- 16542 Ashbury Dispatch (day 3)
SEEDS.append(dict(
  id="16542", name="16542_ashbury-htmllive", ext="html", source="Ashbury Dispatch", zone="UTC", render=r_ashbury,
  title="Live: Kremlin vows response after sea-drone attack on Novorossiysk", published="2028-11-28 05:30",
  url="https://ashbury-dispatch.example/live/2028-11-28-ukraine",
  lede="Russia-Ukraine war enters its seventh winter.",
  basis="stamp '{s}' (GMT = UTC) in the post heading, under the single date header 'Tuesday, November 28, 2028'; the JSON-LD update datePublished values are the page's and are ignored; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, each post heading 'HHMM GMT \u2014 Headline' (TRT-like). One date header. JSON-LD @graph: the article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate array whose items all repeat the PAGE headline and the page datePublished (05:30Z): per-update times and headlines must be taken from the HTML. No authors. Spells the port 'Novorosiysk' in 16542-03. 16542-05 (Russia's overnight drone raid on Ukraine) must not merge with the Novorossiysk attack.",
  not_entries=["header and menu", "page title and subtitle", "date header", "'Read more' related link after the second post", "link to the previous day's live page", "footer"],
  entries=[
  E("2028-11-28 21:05", "Kremlin vows response after Novorossiysk attack",
    ["Kremlin spokesman Dmitry Peskov said Russia would respond to what he called a terrorist attack on Novorossiysk, without giving details."],
    "strikes", "strikes", 3, NOVO, sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  E("2028-11-28 17:30", "Norway and Denmark fund Ukrainian long-range drones",
    ["Norway and Denmark will pay for the production of several hundred Ukrainian long-range attack drones next year under a joint agreement signed in Oslo."],
    "aid", "aid", 2, "nordic-long-range-drone-funding-2028-11-28"),
  E("2028-11-28 13:40", "Novorosiysk oil terminal suspends loadings after attack",
    ["The oil terminal at Novorosiysk halted tanker loadings after a fire broke out at one of its berths during the night-time attack, the port operator said."],
    "strikes", "strikes", 3, NOVO, n="spelling 'Novorosiysk'; terminal fire"),
  E("2028-11-28 10:10", "Finnish president visits Kyiv",
    ["Finnish President Alexander Stubb arrived in Kyiv for talks with President Zelensky on air defence and the repair of the power grid."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2028-11-28", n="head-of-state visit"),
  E("2028-11-28 07:15", "Ukraine downs 58 of 75 Russian drones overnight",
    ["Ukraine\u2019s air force said it shot down 58 of the 75 attack drones Russia launched overnight, mostly over the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-russian-drone-raid-2028-11-28", n="drones the other way; must not merge with the Novorossiysk attack"),
  E("2028-11-28 05:40", "Explosions reported in Novorossiysk as sea drones attack naval base",
    ["Residents of Novorossiysk reported loud explosions and gunfire from the harbour before dawn, as local authorities declared a sea-drone alert."],
    "strikes", "strikes", 3, NOVO, n="first report"),
  ]))

# ---------------------------------------------------------------- 16543 Merrowdale Herald (day 3)
SEEDS.append(dict(
  id="16543", name="16543_merrowdale-atom", ext="xml", source="Merrowdale Herald", zone="Europe/Istanbul", render=r_atom,
  title="Merrowdale Herald \u2013 Black Sea desk", url="https://merrowdale-herald.example", guid="mh1128",
  lede="Reporting from around the Black Sea",
  basis="Atom <published> '{s}' (explicit +03:00 = Istanbul time); local {d} in {z}",
  notes="Invented outlet (Turkey). Atom 1.0, newest first, <published> with +03:00, escaped HTML content, <author> per entry. 16543-03 (Turkey's warship restrictions in the Bosphorus, same Black Sea theme) and 16543-04 (Russian claim of drones downed over Crimea, same night) are separate stories from the Novorossiysk attack: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2028-11-28 23:40", "Novorossiysk: satellite images show damaged landing ship",
    ["Commercial satellite images taken on Tuesday afternoon show a Russian landing ship listing at its berth in Novorossiysk, with a burnt-out section near the stern."],
    "strikes", "strikes", 3, NOVO, a="Selin Ayd\u0131n"),
  E("2028-11-28 19:15", "Kherson shelling kills three at bus stop",
    ["Three civilians were killed and five wounded when Russian shells hit a bus stop in Kherson, Ukrainian regional officials said."],
    "strikes", "strikes", 3, KHER, a="Emre Kaplan"),
  E("2028-11-28 15:30", "Turkey to keep Bosphorus closed to warships, minister says",
    ["Turkey will keep applying the Montreux Convention\u2019s restrictions on warships passing through the Bosphorus for as long as the war lasts, the foreign minister said."],
    "diplomacy", "diplomacy", 2, "turkey-montreux-warship-restrictions-2028-11-28", a="Selin Ayd\u0131n",
    n="same Black Sea theme, different event: must not merge with the Novorossiysk attack"),
  E("2028-11-28 12:05", "Russia says it downed drones over Crimea",
    ["Russia\u2019s defence ministry said air defences destroyed 22 Ukrainian drones over Crimea and the Black Sea during the night."],
    "strikes", "strikes", 2, "crimea-drone-interceptions-2028-11-28", a="Emre Kaplan",
    n="separate Russian interception claim: must not merge with the Novorossiysk attack"),
  E("2028-11-28 09:20", "Ukraine hits Russian naval base in Novorossiysk",
    ["Ukrainian sea drones attacked the Russian naval base in Novorossiysk overnight, damaging at least one warship, Ukraine\u2019s navy said."],
    "strikes", "strikes", 3, NOVO, a="Emre Kaplan", n="first report"),
  ]))


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
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
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


if __name__ == "__main__":
    main()
