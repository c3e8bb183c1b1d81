#!/usr/bin/env python3
"""Builds the eval/fm seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own wording (invented; no copied sentences). Part A imitates the page
layouts of ten real European outlets from memory (in their languages); Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fm/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_ES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MON_PT = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MON_CS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
DAYS_CS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
# abbreviations after which a period does not end a sentence (all languages of this set)
ABBREV = {"U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "M.", "Mme.", "kl.", "nr.", "ul.", "godz.", "tzw.", "m.in.",
          "z.", "B.", "u.", "a.", "St.", "sr.", "Sr.", "Sra.", "dott.", "on.", "gen.", "mjr.", "ppłk.", "tj.", "mj.", "ca."}
ORDINAL_LANGS = {"de", "cs", "no", "fi", "pl"}      # '8. April', '20. dubna': a period after a bare number is an ordinal
OPENERS = "\"'\u201c\u201e\u00ab\u2018(\u00bf\u00a1"


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par, lang="en"):
    """the first sentence exactly as printed: ends at . ! ? (plus closing quotes) followed by a space and a capital, digit or
    opening quote; not after an abbreviation, a single-letter initial, or (in ordinal languages) a bare number."""
    for m in re.finditer(r'[.!?\u2026]+["\'\u201d\u2019\u00bb)]*', par):
        end = m.end()
        rest = par[end:]
        if not rest:
            return par
        if not rest[0].isspace():
            continue
        nxt = rest.lstrip()
        c = nxt[0]
        if not (c.isupper() or c.isdigit() or c in OPENERS):
            continue
        tok = re.search(r'(\S+)$', par[:m.start() + 1]).group(1)
        if tok in ABBREV or re.fullmatch(r'[A-Z\u00c0-\u017d]\.', tok):
            continue
        if lang in ORDINAL_LANGS and re.fullmatch(r'\d+\.', tok):
            continue
        return par[:end]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", style="ap"):
    hh = d.hour % 12 or 12
    am = d.hour < 12
    suf = {"ap": "am" if am else "pm", "AP": "AM" if am else "PM", "dots": "a.m." if am else "p.m."}[style]
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


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    s = s.lower()
    for a, b in (("à", "a"), ("á", "a"), ("â", "a"), ("ã", "a"), ("ä", "a"), ("ç", "c"), ("č", "c"), ("é", "e"), ("è", "e"), ("ê", "e"),
                 ("ě", "e"), ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ö", "o"), ("ø", "o"), ("ř", "r"), ("š", "s"), ("ú", "u"),
                 ("ů", "u"), ("ü", "u"), ("ý", "y"), ("ž", "z"), ("ł", "l"), ("ś", "s"), ("ź", "z"), ("ż", "z"), ("ń", "n"), ("ą", "a"),
                 ("ę", "e"), ("å", "a"), ("æ", "ae"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


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
                         "first_sentence": first_sentence(e["p"][0], S.get("lang", "en")) if e["p"] else None,
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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_figaro(S):
    """Le Figaro live ('EN DIRECT'), HTML. Newest first; bare '21:50' in <time> above each h2 headline; page byline
    'Par Le Figaro avec AFP' and 'Publié le 02/04/2029 à 06:02, mis à jour il y a 4 minutes'; LiveBlogPosting JSON-LD with
    per-update headline/datePublished; 'EN IMAGES -' gallery teaser; newsletter box; 'À lire aussi' links."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#post-{S['pid'] - i}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": {"@type": "Organization", "name": "Le Figaro"}, "isAccessibleForFree": True,
          "publisher": {"@type": "NewsMediaOrganization", "name": "Le Figaro", "logo": {"@type": "ImageObject", "url": "https://static.lefigaro.fr/figaro-logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Le Figaro">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="fig-live">',
           '<div class="fig-consent">Avec votre accord, nous et nos partenaires utilisons des cookies. <button>Accepter</button> <button>Continuer sans accepter</button></div>',
           '<header class="fig-header"><a class="fig-logo" href="https://www.lefigaro.fr/">Le Figaro</a>'
           '<nav><a>Actualité</a> <a>Politique</a> <a>International</a> <a>Économie</a> <a>Sciences</a> <a>Sport</a> <a>Culture</a> <a>Figaro TV</a></nav>'
           '<a class="fig-sub">S\u2019abonner</a> <a class="fig-login">Se connecter</a></header>',
           '<main><nav class="fig-breadcrumb"><a>Accueil</a> › <a>International</a></nav>',
           '<span class="fig-live-badge">EN DIRECT</span>', f'<h1 class="fig-headline">{esc(S["title"])}</h1>',
           f'<p class="fig-standfirst">{esc(S["lede"])}</p>',
           f'<div class="fig-content-metas"><span class="fig-content-metas__author">{esc(S["byline"])}</span> '
           f'<span class="fig-content-metas__pub">Publié le {pub:%d/%m/%Y} à {pub:%H:%M}, mis à jour il y a 4 minutes</span></div>',
           '<div class="fig-share"><button>Copier le lien</button> <button>Partager</button> <a>Commenter (212)</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<section class="fig-live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="fig-live-post" id="post-{S["pid"] - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="fig-gallery">Voir le diaporama (14 photos)</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="fig-newsletter"><p>Newsletter International</p><p>Chaque mardi, l\u2019essentiel de l\u2019actualité internationale.</p>'
                       '<input type="email" placeholder="Adresse e-mail"> <button>S\u2019inscrire</button></aside>')
        if i == 4:
            out.append(f'<p class="fig-see-also">À lire aussi : {esc(S["see_also"])}</p>')
    out += ['</section>', '<section class="fig-comments"><h3>212 commentaires</h3><p>Les commentaires sont réservés aux abonnés.</p></section></main>',
            '<footer class="fig-footer"><a>Mentions légales</a> <a>CGU</a> <a>Politique de confidentialité</a> <a>Gestion des cookies</a>'
            '<p>© Le Figaro 2029</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_elpais(S):
    """El País live ('en directo'), text scrape. Newest first; per entry a stamp line '22:45 CEST', the headline, an author line
    in capitals ('CRISTINA VALDÉS | Kiev' or the agency 'EFE'), body. Page line 'Madrid - 04 abr 2029 - 07:02 CEST' and
    'Actualizado: 05 abr 2029 - 00:20 CEST'; the newest entry is after local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    f = lambda d: f"{d.day:02d} {MON_ES3[d.month - 1]} {d.year} - {d:%H:%M} CEST"
    L = ["Ir al contenido", "", "EL PAÍS", "Suscríbete", "Iniciar sesión", "",
         "Internacional", "América  ·  Europa  ·  Estados Unidos  ·  Oriente Próximo  ·  Asia  ·  África  ·  Última hora", "",
         "GUERRA DE UCRANIA", S["title"], S["lede"], "", S["byline"], f"Madrid - {f(pub)}", f"Actualizado: {f(last)}", "",
         "Compartir en Whatsapp", "Compartir en Facebook", "Compartir en Twitter", "Copiar enlace", "Ir a los comentarios", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        L += [st, e["h"], e["byline"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Más información", S["more"][0], S["more"][1], ""]
        if i == 3:
            L += ["Newsletter", "Suscríbase aquí a la newsletter de EL PAÍS sobre la guerra en Ucrania", ""]
    L += ["Se adhiere a los criterios de The Trust Project", "Más información", "",
          "Archivado En", "Guerra de Ucrania  ·  Ucrania  ·  Rusia  ·  Europa  ·  OTAN  ·  Volodímir Zelenski", "",
          "Comentarios (41)", "Normas", "", "© EDICIONES EL PAÍS S.L.", "Contacto  ·  Venta de contenidos  ·  Aviso legal  ·  Política de cookies"]
    return "\n".join(L) + "\n", stamps


def r_corriere(S):
    """Corriere della Sera live ('le news di oggi'), HTML with page-level NewsArticle JSON-LD. Oldest first; 'ore 07:30'
    above each h3 headline; page byline 'di NAME'; date line '6 aprile 2029 (modifica il 6 aprile 2029 | 20:45)'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z); pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "Corriere della Sera", "logo": {"@type": "ImageObject", "url": "https://images2.corriereobjects.it/logo.png"}}}
    itd = lambda d: f"{d.day} {MON_IT[d.month - 1]} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="it"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}- Corriere.it</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="https://www.corriere.it/">CORRIERE DELLA SERA</a>'
           '<nav><a>Cronache</a> <a>Politica</a> <a>Esteri</a> <a>Economia</a> <a>Sport</a> <a>Cultura</a> <a>Spettacoli</a> <a>Salute</a> <a>Milano</a> <a>Roma</a></nav>'
           '<a class="btn">Abbonati</a> <a class="btn">Accedi</a></header>',
           '<main><p class="section">Esteri</p><p class="live-badge">LIVE</p>', f'<h1 class="title-art">{esc(S["title"])}</h1>',
           f'<h2 class="summary-art">{esc(S["lede"])}</h2>',
           f'<p class="author-art">di {esc(S["author"])}</p>',
           f'<p class="date-art">{itd(pub)} (modifica il {itd(last)} | {last:%H:%M})</p>',
           '<div class="share"><a>Ascolta l\u2019articolo</a> <a>Condividi</a> <a>commenta</a></div>',
           f'<figure><figcaption>{esc(S["caption"])} (Ansa)</figcaption></figure>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"ore {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="live-{S["pid"] + i}"><p class="live-time">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player">Guarda il video</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="read-also"><p>Leggi anche</p><a>{esc(S["read_also"][0])}</a> <a>{esc(S["read_also"][1])}</a></aside>')
        if i == 4:
            out.append('<div class="newsletter">La newsletter «Il Punto»: ogni mattina le notizie da non perdere. <a>Iscriviti</a></div>')
    out += ['</div>', '<p class="yesterday"><a>Le notizie di ieri sulla guerra in Ucraina</a></p>', '</main>',
            '<footer><p>Copyright 2029 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati | Per la pubblicità: CAIRORCS MEDIA SpA</p>'
            '<p>RCS MediaGroup S.p.A. - Divisione Quotidiani Sede legale: via Angelo Rizzoli, 8 - 20132 Milano</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 17000 Le Figaro
ZAP = "zaporizhzhia-missile-strike-2029-04-02"
SEEDS.append(dict(
  id="17000", name="17000_lefigaro-live", ext="html", source="Le Figaro", zone="Europe/Paris", lang="fr", render=r_figaro,
  title="Guerre en Ukraine : au moins neuf morts dans une frappe russe sur Zaporijjia",
  url="https://www.lefigaro.fr/international/en-direct-guerre-en-ukraine-frappe-russe-sur-zaporijjia-20290402",
  published="2029-04-02 06:02", pid=58240, byline="Par Le Figaro avec AFP",
  lede="Les autorités ukrainiennes ont revu à la hausse, lundi, le bilan de la frappe de missiles qui a touché un quartier résidentiel de la ville. Suivez notre direct.",
  caption="Des secouristes devant un immeuble touché par une frappe russe à Zaporijjia, lundi 2 avril. STRINGER / AFP",
  see_also="Guerre en Ukraine : pourquoi Kiev mise sur ses propres drones",
  basis="bare post time '{s}' (no zone printed: Le Figaro prints Paris time, CEST = UTC+2 in April); the day comes from 'Publié le 02/04/2029 à 06:02' and the newest-first order (all posts after 06:02 the same day); local {d} in {z}",
  notes="Imitates a Le Figaro live blog ('EN DIRECT'). Newest first. Each post: bare '21:50' in a <time> element above the h2 headline, then paragraphs; no per-post author, so every entry takes the page byline 'Par Le Figaro avec AFP' (author 'Le Figaro avec AFP', agency credit kept as printed, as the shared Euronews gold does). No zone is printed: Paris time (CEST, UTC+2) assumed. The page date is only in 'Publié le 02/04/2029 à 06:02, mis à jour il y a 4 minutes' (the relative 'il y a 4 minutes' is chrome). JSON-LD LiveBlogPosting carries per-update headline and datePublished (they agree with the visible posts). 'EN IMAGES -' post is a photo-gallery teaser with no text (importance 1). The Zaporijjia strike is told twice with a growing toll (five, then nine dead): same story, both importance 3.",
  not_entries=["cookie consent bar", "header logo, navigation, S'abonner / Se connecter", "breadcrumb 'Accueil › International'", "'EN DIRECT' badge",
               "page headline (page title)", "standfirst 'Les autorités ukrainiennes ont revu à la hausse ... Suivez notre direct.'",
               "byline 'Par Le Figaro avec AFP' and 'Publié le 02/04/2029 à 06:02, mis à jour il y a 4 minutes'", "share buttons and 'Commenter (212)'",
               "lead photo caption with 'STRINGER / AFP' credit", "gallery placeholder 'Voir le diaporama (14 photos)' in the teaser post",
               "'Newsletter International' sign-up box", "'À lire aussi : Guerre en Ukraine : pourquoi Kiev mise sur ses propres drones' related link",
               "comments box '212 commentaires'", "footer links and '© Le Figaro 2029'"],
  entries=[
  E("2029-04-02 21:50", "Sanctions : Bruxelles prépare un nouveau paquet visant la « flotte fantôme » russe",
    ["La Commission européenne a transmis lundi soir aux Vingt-Sept une proposition de sanctions qui viserait une soixantaine de pétroliers de la « flotte fantôme » utilisée par Moscou pour contourner le plafonnement du prix du brut.",
     "Le texte doit être adopté à l\u2019unanimité, ce qui pourrait prendre plusieurs semaines, selon des diplomates à Bruxelles."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-proposal-2029-04-02"),
  E("2029-04-02 19:15", "Moscou revendique la prise d\u2019un village près de Koupiansk",
    ["Le ministère russe de la Défense a affirmé lundi que ses troupes s\u2019étaient emparées de Petropavlivka, un village de la région de Kharkiv situé à l\u2019est de Koupiansk.",
     "L\u2019état-major ukrainien n\u2019a pas confirmé cette affirmation, invérifiable de source indépendante."],
    "other", "frontline", 2, "russia-claims-petropavlivka-2029-04-02"),
  E("2029-04-02 17:30", "EN IMAGES - À Zaporijjia, les secouristes fouillent les décombres", [],
    "strikes", "strikes", 1, ZAP, n="photo-gallery teaser, no text body"),
  E("2029-04-02 14:55", "Les Pays-Bas débloquent 400 millions d\u2019euros pour des drones fabriqués en Ukraine",
    ["Le gouvernement néerlandais a annoncé lundi une enveloppe de 400 millions d\u2019euros pour financer la production de drones d\u2019attaque directement auprès d\u2019industriels ukrainiens.",
     "Kiev défend depuis des mois ce modèle de financement, plus rapide et moins coûteux que l\u2019achat de matériel occidental."],
    "aid", "aid", 3, "netherlands-ukrainian-drone-funding-2029-04-02"),
  E("2029-04-02 12:40", "Zaporijjia : le bilan de la frappe russe s\u2019alourdit à neuf morts",
    ["Le nombre de morts après la frappe de missiles sur un quartier résidentiel de Zaporijjia est passé à neuf, a annoncé le gouverneur régional, Ivan Fedorov.",
     "Parmi les victimes figure un adolescent de 15 ans. Une trentaine de personnes ont été blessées, dont plusieurs grièvement."],
    "strikes", "strikes", 3, ZAP, n="toll update of 17000-07"),
  E("2029-04-02 10:05", "Le Kremlin juge « prématurée » une rencontre entre Poutine et Zelensky",
    ["Une rencontre entre Vladimir Poutine et Volodymyr Zelensky serait « prématurée » tant que les négociateurs n\u2019ont pas avancé sur un texte commun, a estimé lundi le porte-parole du Kremlin, Dmitri Peskov."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-zelensky-meeting-premature-2029-04-02"),
  E("2029-04-02 08:25", "Frappe russe sur Zaporijjia : au moins cinq morts",
    ["Au moins cinq personnes ont été tuées lundi matin par des missiles russes tombés sur un quartier résidentiel de Zaporijjia, dans le sud-est de l\u2019Ukraine, selon les autorités locales.",
     "Un immeuble de neuf étages a été en partie détruit et plusieurs bâtiments voisins ont pris feu."],
    "strikes", "strikes", 3, ZAP),
  E("2029-04-02 06:10", "Des drones russes visent le port d\u2019Odessa pendant la nuit",
    ["Des explosions ont retenti dans la nuit de dimanche à lundi à Odessa, où des drones russes ont endommagé des entrepôts du port, selon l\u2019administration militaire régionale.",
     "Aucune victime n\u2019a été signalée."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2029-04-02"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Le Figaro avec AFP"

# ---------------------------------------------------------------- 17001 El País
KHA = "kharkiv-missile-attack-2029-04-04"
SEEDS.append(dict(
  id="17001", name="17001_elpais-directo", ext="txt", source="El País", zone="Europe/Madrid", lang="es", render=r_elpais,
  title="Guerra de Rusia en Ucrania, en directo | Al menos siete muertos en un ataque con misiles contra Járkov",
  published="2029-04-04 07:02", byline="EL PAÍS",
  lede="Rusia y Ucrania completan un canje de prisioneros con mediación de Emiratos mientras la OTAN celebra su 80º aniversario",
  more=["Zelenski cambia a la cúpula de la defensa aérea tras una serie de ataques", "Qué se sabe del plan europeo para financiar drones ucranios"],
  basis="entry stamp '{s}' (Madrid time, CEST = UTC+2); the day comes from 'Madrid - 04 abr 2029 - 07:02 CEST' / 'Actualizado: 05 abr 2029 - 00:20 CEST' and the newest-first order (the top entry, after local midnight, is 5 April; the rest 4 April); local {d} in {z}",
  notes="Imitates an El País live page ('en directo') copied as text. Newest first. Each entry: stamp line '22:45 CEST', headline, author line (staff name in capitals with '| Kiev' / '| Bruselas', or the agency 'EFE'), body. The top entry is stamped '00:20 CEST' and belongs to 5 April local (page line 'Actualizado: 05 abr 2029 - 00:20 CEST'): crossing local midnight, but 22:20 UTC on 4 April, so the whole page is one UTC day. Spanish spellings: Járkov, Kiev, Volodímir Zelenski. The page byline 'EL PAÍS' (outlet only) is not used as author: every entry prints its own. The Járkov attack is told twice with a growing toll (three, then seven dead): same story.",
  not_entries=["'Ir al contenido'", "masthead 'EL PAÍS', Suscríbete / Iniciar sesión", "section 'Internacional' and its menu", "kicker 'GUERRA DE UCRANIA'",
               "page headline (page title) and standfirst 'Rusia y Ucrania completan un canje ...'", "page byline 'EL PAÍS', 'Madrid - 04 abr 2029 - 07:02 CEST', 'Actualizado: ...'",
               "share links (Whatsapp, Facebook, Twitter, Copiar enlace, Ir a los comentarios)", "'Más información' box with two related headlines",
               "newsletter promo 'Suscríbase aquí a la newsletter ...'", "Trust Project line", "'Archivado En' tag list", "'Comentarios (41)', 'Normas'",
               "copyright and legal footer"],
  entries=[
  B(E("2029-04-05 00:20", "Zelenski pide a los aliados que adelanten la entrega de misiles Patriot",
    ["El presidente ucranio, Volodímir Zelenski, ha pedido en su mensaje nocturno que los aliados adelanten los envíos de interceptores Patriot comprometidos para el verano.",
     "Según Zelenski, las reservas de misiles antiaéreos no bastan para proteger a la vez las ciudades y la red eléctrica."],
    "aid", "aid", 2, "zelensky-patriot-acceleration-appeal-2029-04-04", a="CRISTINA VALDÉS", sec=["diplomacy"],
    n="after local midnight (5 April local, 4 April UTC)"), "CRISTINA VALDÉS | Kiev"),
  B(E("2029-04-04 22:45", "Rusia y Ucrania canjean 150 prisioneros cada una con mediación de Emiratos",
    ["Rusia y Ucrania han intercambiado este miércoles 150 prisioneros de guerra por bando en un canje mediado por Emiratos Árabes Unidos, según han confirmado ambas partes.",
     "Entre los liberados ucranios hay defensores de Mariupol que llevaban casi siete años en cautiverio."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-150-uae-2029-04-04", a="EFE"), "EFE"),
  B(E("2029-04-04 19:30", "Ascienden a siete los muertos por el ataque con misiles contra Járkov",
    ["El balance del ataque ruso de esta mañana contra Járkov ha subido a siete muertos y 24 heridos, según el gobernador regional, Oleh Sinegubov.",
     "Los equipos de rescate siguen retirando escombros de un edificio de oficinas alcanzado por un misil balístico."],
    "strikes", "strikes", 3, KHA, a="CRISTINA VALDÉS", n="toll update of 17001-06"), "CRISTINA VALDÉS | Kiev"),
  B(E("2029-04-04 16:10", "España enviará a Kiev un nuevo lote de munición de artillería",
    ["El Ministerio de Defensa ha anunciado que España enviará a Ucrania antes del verano un nuevo cargamento de proyectiles de 155 milímetros, cuya cuantía no ha precisado."],
    "aid", "aid", 2, "spain-artillery-shipment-2029-04-04", a="MIGUEL ARENAS"), "MIGUEL ARENAS | Madrid"),
  B(E("2029-04-04 13:05", "La OTAN cumple 80 años con Ucrania todavía fuera de la Alianza",
    ["La Alianza Atlántica conmemora este miércoles el 80º aniversario del Tratado de Washington con un acto en Bruselas al que asiste el ministro de Exteriores ucranio.",
     "El secretario general, Mark Rutte, ha repetido que el futuro de Ucrania está en la OTAN, aunque sin ofrecer un calendario."],
    "diplomacy", "diplomacy", 2, "nato-80th-anniversary-2029-04-04", a="MIGUEL ARENAS"), "MIGUEL ARENAS | Bruselas"),
  B(E("2029-04-04 09:40", "Un ataque con misiles contra Járkov deja al menos tres muertos",
    ["Al menos tres personas han muerto y una docena han resultado heridas este miércoles en un ataque con misiles balísticos rusos contra el centro de Járkov, la segunda ciudad de Ucrania."],
    "strikes", "strikes", 3, KHA, a="EFE"), "EFE"),
  B(E("2029-04-04 07:15", "Rusia lanza más de cien drones contra Ucrania durante la noche",
    ["La Fuerza Aérea ucrania ha informado de que Rusia lanzó durante la noche 112 drones de ataque, de los que 87 fueron derribados o neutralizados.",
     "Los restos de un dron causaron un incendio en un almacén de la región de Kiev, sin víctimas."],
    "strikes", "strikes", 2, "overnight-drone-attack-2029-04-04", a="EFE"), "EFE"),
  ]))

# ---------------------------------------------------------------- 17002 Corriere della Sera
KYR = "kyiv-overnight-missile-drone-raid-2029-04-06"
SEEDS.append(dict(
  id="17002", name="17002_corriere-live", ext="html", source="Corriere della Sera", zone="Europe/Rome", lang="it", render=r_corriere,
  title="Guerra Ucraina Russia, le news di oggi | Raid su Kiev, tre morti. Via libera Ue al prestito per le armi",
  url="https://www.corriere.it/esteri/live/29_aprile_06/guerra-ucraina-russia-news-oggi-raid-kiev.shtml",
  published="2029-04-06 07:20", pid=1201, author="Giulia Ferrante",
  lede="Attacco con missili e droni nella notte sulla capitale ucraina: colpite due centrali. Il Papa chiede di tornare al tavolo dei negoziati",
  caption="Vigili del fuoco al lavoro a Kiev dopo l\u2019attacco della notte",
  read_also=["Chi sono i negoziatori di Kiev e Mosca", "Droni, la corsa europea alla produzione"],
  basis="post stamp '{s}' (no zone printed: Rome time, CEST = UTC+2); the day comes from the page line '6 aprile 2029 (modifica il 6 aprile 2029 | 20:45)' (all posts within it, oldest first); local {d} in {z}",
  notes="Imitates a Corriere della Sera live page ('le news di oggi'). Oldest first. Each post: 'ore 07:30' above the h3 headline, then paragraphs. No per-post author: every entry takes the page byline 'di Giulia Ferrante'. Page-level NewsArticle JSON-LD only (no per-post data). No zone printed: Rome time (CEST). The 'Video,' post is a video teaser with no text (importance 1). The Kiev raid is told twice (one dead, then three): same story.",
  not_entries=["header logo 'CORRIERE DELLA SERA', navigation, Abbonati / Accedi", "section label 'Esteri' and 'LIVE' badge", "page headline (page title)",
               "summary line under the title", "byline 'di Giulia Ferrante'", "date line '6 aprile 2029 (modifica il 6 aprile 2029 | 20:45)'",
               "share tools (Ascolta l'articolo, Condividi, commenta)", "lead photo caption with '(Ansa)'", "video placeholder 'Guarda il video'",
               "'Leggi anche' box with two links", "newsletter promo «Il Punto»", "link 'Le notizie di ieri sulla guerra in Ucraina'", "copyright footer"],
  entries=[
  E("2029-04-06 07:30", "Raid notturno su Kiev, colpite due centrali termoelettriche",
    ["La Russia ha lanciato nella notte un attacco combinato di missili e droni contro Kiev, il più pesante dall\u2019inizio dell\u2019anno secondo l\u2019amministrazione militare della capitale.",
     "Due centrali termoelettriche sono state danneggiate e in diversi quartieri della riva sinistra del Dnipro manca la corrente.",
     "Un uomo è morto nel crollo di una palazzina a Darnytsia."],
    "strikes", "strikes", 3, KYR),
  E("2029-04-06 09:15", "Meloni sente Zelensky: «Roma resta al fianco di Kiev»",
    ["La presidente del Consiglio Giorgia Meloni ha avuto in mattinata un colloquio telefonico con Volodymyr Zelensky, al quale ha espresso la solidarietà del governo dopo l\u2019attacco su Kiev."],
    "diplomacy", "diplomacy", 2, "meloni-zelensky-call-2029-04-06"),
  E("2029-04-06 11:40", "Kiev, sale a tre il bilancio delle vittime del raid",
    ["Sono tre i morti accertati dopo il raid russo della notte su Kiev: lo ha comunicato il sindaco Vitali Klitschko, precisando che i feriti sono 19.",
     "Tra le vittime c\u2019è una donna di 70 anni trovata sotto le macerie di un edificio a Darnytsia."],
    "strikes", "strikes", 3, KYR, n="toll update of 17002-01"),
  E("2029-04-06 13:20", "Mosca: abbattuti 40 droni ucraini sulle regioni di confine",
    ["Il ministero della Difesa russo sostiene di aver intercettato 40 droni ucraini tra la notte e la mattina, la maggior parte sopra le regioni di Belgorod e Kursk."],
    "strikes", "strikes", 2, "russia-says-downed-40-ukrainian-drones-2029-04-06"),
  E("2029-04-06 16:05", "Il Papa: «Si torni a negoziare, questa guerra non ha vincitori»",
    ["Papa Leone XIV ha rivolto un nuovo appello per la pace in Ucraina ricevendo in Vaticano i vescovi europei, e ha chiesto alle parti di riprendere i negoziati senza condizioni preliminari."],
    "diplomacy", "diplomacy", 2, "pope-leo-peace-appeal-2029-04-06"),
  E("2029-04-06 18:30", "Video, le immagini dei palazzi sventrati a Kiev", [],
    "strikes", "strikes", 1, KYR, n="video teaser, no text body"),
  E("2029-04-06 20:45", "Ue, via libera al prestito da 5 miliardi per l\u2019industria della difesa ucraina",
    ["I ministri delle Finanze dell\u2019Unione europea hanno approvato un prestito da 5 miliardi di euro, garantito dai proventi degli asset russi congelati, per acquistare armi prodotte in Ucraina.",
     "I primi fondi dovrebbero essere versati entro l\u2019estate."],
    "aid", "aid", 3, "eu-5bn-loan-ukraine-defence-industry-2029-04-06"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Giulia Ferrante"


def r_faz_rss(S):
    """FAZ.NET section RSS 2.0 ('FAZ.NET - Politik'): newest first; pubDate with the Berlin offset (+0200); description is
    escaped HTML (teaser image + one paragraph); no author element."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.faz.net/aktuell/politik/</link>',
           '<description>Nachrichten, Hintergründe und Kommentare zur Politik in Deutschland und der Welt</description>',
           '<language>de-DE</language>', '<copyright>Frankfurter Allgemeine Zeitung GmbH</copyright>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<atom:link href="https://www.faz.net/rss/aktuell/politik/" rel="self" type="application/rss+xml" />',
           '<image><url>https://www.faz.net/img/faz-rss-logo.png</url><title>FAZ.NET</title><link>https://www.faz.net/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.faz.net/aktuell/politik/{e.get('sect', 'ausland')}/{slugify(e['h'])}-{110418230 + i * 377}.html"
        body = f'<img src="https://media1.faz.net/ppmedia/aktuell/{3190440 + i}/1.{9012 + i}/article_teaser/symbolbild.jpg" width="300" height="200" />'
        body += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<description>{esc(body)}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_rzeczpospolita(S):
    """Rzeczpospolita (rp.pl) day round-up, text scrape: 'Publikacja: 10.04.2029 19:45' / 'Aktualizacja: ...', lede in bold,
    photo credit 'Foto: AFP', author name, then sections (heading + paragraphs) with no per-section time."""
    z = S["zone"]; p0 = dt(S["published"], z); u0 = dt(S["updated"], z)
    L = ["Rzeczpospolita", "Zaloguj się", "Subskrybuj", "", "Kraj   Świat   Ekonomia   Prawo   Polityka   Cywilizacja   Opinie   Sport", "",
         "Świat > Konflikty zbrojne", "", S["title"], "", f"Publikacja: {p0:%d.%m.%Y %H:%M}", f"Aktualizacja: {u0:%d.%m.%Y %H:%M}", "",
         S["lede"], "", S["caption"], "Foto: AFP", "", S["author"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Czytaj więcej", S["more"], ""]
        if i == 3:
            L += ["Reklama", ""]
    L += ["Wojna Rosji z Ukrainą", "Rosja   Ukraina   NATO   Wołodymyr Zełenski", "", "Komentarze (28)", "",
          "Newsletter „Rzeczpospolitej”: najważniejsze informacje dnia prosto na Twoją skrzynkę.", "",
          "© Copyright by Gremi Media SA", "Regulamin   Polityka prywatności   Kontakt"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_publico(S):
    """Público live ('em directo'), HTML with page-level NewsArticle JSON-LD. Newest first; '22h05' above each h2 headline;
    per-entry credit line (agency 'Lusa'/'Reuters' or a staff name) after the body; 'Fotogaleria:' teaser."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": "PÚBLICO"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "PÚBLICO", "url": "https://www.publico.pt"}, "inLanguage": "pt-PT",
          "isAccessibleForFree": "False"}
    out = ['<!DOCTYPE html>', '<html lang="pt-PT"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | PÚBLICO</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="https://www.publico.pt/">PÚBLICO</a>'
           '<nav><a>Política</a> <a>Sociedade</a> <a>Local</a> <a>Economia</a> <a>Mundo</a> <a>Cultura</a> <a>Desporto</a> <a>Ciência</a> <a>Opinião</a> <a>P3</a> <a>Ípsilon</a></nav>'
           '<a class="btn">Assinar</a> <a class="btn">Entrar</a></header>',
           '<main><p class="kicker"><a>Guerra na Ucrânia</a></p><p class="live-label">Directo</p>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="byline">PÚBLICO</p><p class="dateline">{pub.day} de {MON_PT[pub.month - 1]} de {pub.year}, {pub.hour}:{pub.minute:02d}</p>',
           '<div class="share"><a>Partilhar</a> <a>Guardar</a> <a>Ouvir</a> <a>Comentar</a></div>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<div class="live-entry" id="entrada-{S["pid"] - i}"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Ver fotogaleria · 11 fotos</div>')
        if e["a"]:
            out.append(f'<p class="credit">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Newsletter Mundo</p><p>Receba todas as sextas-feiras uma selecção de notícias internacionais.</p><button>Subscrever</button></aside>')
        if i == 4:
            out.append(f'<aside class="related"><p>Ler mais</p><a>{esc(S["more"])}</a></aside>')
    out += ['</div></main>', '<footer><p>© 2029 PÚBLICO Comunicação Social SA</p><a>Estatuto editorial</a> <a>Ficha técnica</a> '
            '<a>Política de privacidade</a> <a>Contactos</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17003 Frankfurter Allgemeine Zeitung
SEEDS.append(dict(
  id="17003", name="17003_faz-politikrss", ext="xml", source="Frankfurter Allgemeine Zeitung", zone="Europe/Berlin", lang="de", render=r_faz_rss,
  title="FAZ.NET - Politik",
  basis="RSS pubDate '{s}' (explicit +0200 offset = CEST); local {d} in {z}",
  notes="Imitates the FAZ.NET politics section RSS 2.0 feed. Newest first. pubDate carries the Berlin offset (+0200). Each description is escaped HTML: a teaser image and one paragraph (the teaser text, two sentences); no author element, so author is null. Two of seven items are off the war (German pension dispute, French rail strike): other/unrelated, importance 1. German spellings: Kiew, Odessa, Saporischschja.",
  not_entries=["channel title/description/language/copyright/lastBuildDate", "atom:link self reference", "channel image block",
               "teaser image inside every description", "link/guid URLs"],
  entries=[
  E("2029-04-08 21:12", "Ukraine-Krieg: Russische Drohnen töten zwei Menschen in Odessa",
    ["Bei einem Drohnenangriff auf Odessa am Sonntagabend sind nach Angaben der Behörden mindestens zwei Menschen getötet worden. Getroffen wurden ein Wohnhaus und eine Lagerhalle am Hafen."],
    "strikes", "strikes", 3, "odesa-drone-attack-2029-04-08"),
  OFF("2029-04-08 19:40", "Rentenstreit: Koalition vertagt Entscheidung auf Mai",
    ["Die Koalitionsspitzen haben sich am Sonntag nicht auf einen Kompromiss beim Rentenpaket geeinigt. Eine Entscheidung soll nun Anfang Mai fallen."],
    "german-pension-dispute-2029-04-08", n="German domestic politics", sect="inland"),
  E("2029-04-08 17:05", "Pistorius sagt Kiew ein weiteres Flugabwehrsystem Iris-T zu",
    ["Deutschland wird der Ukraine ein weiteres Iris-T-System samt Munition liefern. Verteidigungsminister Boris Pistorius kündigte die Lieferung am Sonntag bei einem Treffen mit seinem ukrainischen Amtskollegen in Berlin an."],
    "aid", "aid", 3, "germany-iris-t-pledge-2029-04-08"),
  E("2029-04-08 14:30", "Wadephul in Kiew: \u201eWir lassen die Ukraine nicht allein\u201c",
    ["Außenminister Johann Wadephul ist am Sonntag zu einem unangekündigten Besuch in Kiew eingetroffen. Er will mit der ukrainischen Regierung über die stockenden Gespräche mit Moskau beraten."],
    "diplomacy", "diplomacy", 3, "wadephul-kyiv-visit-2029-04-08"),
  E("2029-04-08 12:18", "Erdoğan bietet erneut Vermittlung zwischen Moskau und Kiew an",
    ["Der türkische Präsident Recep Tayyip Erdoğan hat angeboten, eine neue Gesprächsrunde zwischen Russland und der Ukraine in Istanbul auszurichten. Der Kreml reagierte zurückhaltend."],
    "diplomacy", "diplomacy", 2, "erdogan-mediation-offer-2029-04-08"),
  OFF("2029-04-08 10:02", "Frankreich: Bahnstreik legt Fernverkehr weitgehend lahm",
    ["Wegen eines Streiks der Eisenbahngewerkschaften sind in Frankreich am Sonntag zahlreiche Fernzüge ausgefallen. Betroffen waren auch Verbindungen nach Deutschland."],
    "france-rail-strike-2029-04-08", n="French labour dispute"),
  E("2029-04-08 08:45", "Russland meldet Einnahme eines Dorfes im Gebiet Saporischschja",
    ["Russische Truppen haben nach Angaben des Verteidigungsministeriums in Moskau ein weiteres Dorf im Süden der Ukraine eingenommen. Kiew äußerte sich zunächst nicht dazu."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-village-2029-04-08"),
  ]))

# ---------------------------------------------------------------- 17004 Rzeczpospolita
SEEDS.append(dict(
  id="17004", name="17004_rzeczpospolita-podsumowanie", ext="txt", source="Rzeczpospolita", zone="Europe/Warsaw", lang="pl", render=r_rzeczpospolita,
  title="Wojna Rosji z Ukrainą. Dzień 2603. Najważniejsze wydarzenia wtorku",
  published="2029-04-10 19:45", updated="2029-04-10 21:02", author="Michał Zawada",
  lede="Rosyjski atak rakietowy na Krzywy Róg, nowa runda rozmów w Stambule i kolejny pakiet pomocy z Polski. Przegląd najważniejszych informacji z wtorku.",
  caption="Ratownicy na miejscu ataku w Krzywym Rogu",
  more="Jak Ukraina broni się przed rakietami balistycznymi",
  basis="no per-section time: the page line 'Publikacja: 10.04.2029 19:45' (Warsaw time implied, CEST = UTC+2) dates every section (the later 'Aktualizacja: 10.04.2029 21:02' is an edit time, not used); local {d} in {z}",
  notes="Imitates an rp.pl day round-up copied as text ('Wojna Rosji z Ukrainą. Dzień N'). One page byline (Michał Zawada) and 'Publikacja: 10.04.2029 19:45' / 'Aktualizacja: 10.04.2029 21:02' (no zone printed: Warsaw, CEST). Six sections, each a heading and paragraphs with no time: one entry per section (headline = heading), stamp null, published = the 'Publikacja' time, author = the page byline. Polish forms: Krzywy Róg (Kryvyi Rih), Stambuł, Konstantynówka.",
  not_entries=["masthead 'Rzeczpospolita', Zaloguj się / Subskrybuj", "navigation menu", "breadcrumb 'Świat > Konflikty zbrojne'", "page title line",
               "'Publikacja: ...' and 'Aktualizacja: ...' lines", "lede 'Rosyjski atak rakietowy na Krzywy Róg, ... Przegląd najważniejszych informacji z wtorku.'",
               "photo caption and 'Foto: AFP'", "author line 'Michał Zawada'", "'Czytaj więcej' with a related headline", "'Reklama'",
               "tag block 'Wojna Rosji z Ukrainą' / 'Rosja Ukraina NATO Wołodymyr Zełenski'", "'Komentarze (28)'", "newsletter promo", "copyright and footer links"],
  entries=[
  E("2029-04-10 19:45", "Atak na Krzywy Róg",
    ["Cztery osoby zginęły, a kilkanaście zostało rannych we wtorek rano w wyniku uderzenia rosyjskiej rakiety balistycznej w Krzywy Róg w obwodzie dniepropetrowskim.",
     "Pocisk spadł w pobliżu dworca autobusowego. Władze miasta ogłosiły dwudniową żałobę."],
    "strikes", "strikes", 3, "kryvyi-rih-ballistic-strike-2029-04-10"),
  E("2029-04-10 19:45", "Delegacje znów w Stambule",
    ["Przedstawiciele Rosji i Ukrainy spotkali się we wtorek w Stambule na kolejnej rundzie rozmów o wymianie jeńców i wstrzymaniu ataków na infrastrukturę energetyczną.",
     "Według strony tureckiej rozmowy mają potrwać dwa dni. Żadna z delegacji nie skomentowała pierwszego dnia spotkań."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-round-2029-04-10"),
  E("2029-04-10 19:45", "Kolejny pakiet z Polski",
    ["Wicepremier i minister obrony narodowej Władysław Kosiniak-Kamysz zapowiedział przekazanie Ukrainie kolejnego pakietu wsparcia wojskowego, obejmującego głównie amunicję artyleryjską i części zamienne."],
    "aid", "aid", 2, "poland-military-aid-package-2029-04-10"),
  E("2029-04-10 19:45", "Dywersja na kolei",
    ["Prokuratura Krajowa postawiła zarzuty trzem osobom podejrzanym o przygotowywanie na zlecenie rosyjskiego wywiadu aktów dywersji na linii kolejowej prowadzącej do granicy z Ukrainą.",
     "Podejrzanym grozi do 30 lat więzienia."],
    "other", "security", 2, "poland-rail-sabotage-charges-2029-04-10"),
  E("2029-04-10 19:45", "Sytuacja na froncie",
    ["Ukraiński sztab generalny poinformował o ponad 140 starciach w ciągu ostatniej doby, z czego najwięcej w rejonie Konstantynówki.",
     "Rosyjskie wojska próbują przeciąć drogi zaopatrzenia miasta od zachodu."],
    "other", "frontline", 2, "kostiantynivka-fighting-2029-04-10"),
  E("2029-04-10 19:45", "Bez porozumienia w sprawie sankcji",
    ["Ambasadorowie państw UE nie osiągnęli we wtorek porozumienia w sprawie nowego pakietu sankcji wymierzonego w tzw. flotę cieni.",
     "Sprzeciw zgłosiły Węgry i Słowacja."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-talks-2029-04-10"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Michał Zawada"

# ---------------------------------------------------------------- 17005 Público
SUMY = "sumy-drone-attack-2029-04-12"
SEEDS.append(dict(
  id="17005", name="17005_publico-directo", ext="html", source="Público", zone="Europe/Lisbon", lang="pt", render=r_publico,
  title="Guerra na Ucrânia em directo: ataque com drones mata três pessoas em Sumi",
  published="2029-04-12 08:02", pid=4410,
  lede="Zelensky é esperado em Lisboa na próxima semana. Kremlin rejeita proposta de tréguas nos ataques à rede eléctrica.",
  more="Como a Ucrânia se tornou uma potência dos drones",
  basis="entry stamp '{s}' (Portuguese 'HHhMM', no zone printed: Lisbon time, WEST = UTC+1); the day comes from the page dateline '12 de Abril de 2029, 8:02' and the newest-first order; local {d} in {z}",
  notes="Imitates a PÚBLICO live page ('em directo'; Público keeps the pre-1990 spelling: directo, eléctrica, infra-estruturas). Newest first. Each entry: time '22h05' above the h2 headline, body, then a credit line (agency 'Lusa'/'Reuters' or a staff name, used as author as printed). The page byline 'PÚBLICO' is the outlet, not used as author. No zone printed: Lisbon time (WEST, UTC+1). 'Fotogaleria:' entry is a photo-gallery teaser with no text and no credit (author null, importance 1). Page-level NewsArticle JSON-LD only. The Sumi attack is told twice (two, then three dead): same story.",
  not_entries=["header logo, navigation, Assinar / Entrar", "kicker 'Guerra na Ucrânia' and 'Directo' label", "page headline (page title)",
               "lead 'Zelensky é esperado em Lisboa ...'", "byline 'PÚBLICO' and dateline '12 de Abril de 2029, 8:02'", "share tools (Partilhar, Guardar, Ouvir, Comentar)",
               "gallery placeholder 'Ver fotogaleria · 11 fotos'", "credit lines under entries (author, not text)", "'Newsletter Mundo' box",
               "'Ler mais' related link", "footer"],
  entries=[
  E("2029-04-12 23:50", "Sobe para três o número de mortos em Sumi",
    ["Morreu no hospital uma terceira vítima do ataque com drones que atingiu Sumi ao início da noite, informou a administração militar regional."],
    "strikes", "strikes", 3, SUMY, a="Lusa", n="toll update of 17005-03"),
  E("2029-04-12 22:05", "Zelensky em Lisboa na próxima semana",
    ["O Presidente ucraniano, Volodymyr Zelensky, vai reunir-se em Lisboa com o primeiro-ministro na próxima quarta-feira, confirmou o gabinete do chefe do Governo.",
     "Em cima da mesa estará a participação portuguesa na reconstrução de escolas na região de Kharkiv."],
    "diplomacy", "diplomacy", 2, "zelensky-lisbon-visit-announced-2029-04-12", a="Inês Carvalhal"),
  E("2029-04-12 19:40", "Ataque com drones em Sumi mata duas pessoas",
    ["Pelo menos duas pessoas morreram e sete ficaram feridas num ataque com drones russos contra um bairro residencial de Sumi, no Nordeste da Ucrânia.",
     "Segundo as autoridades locais, foram atingidos dois prédios e uma escola."],
    "strikes", "strikes", 3, SUMY, a="Reuters"),
  E("2029-04-12 16:15", "Portugal reforça contribuição para a coligação de drones",
    ["O Ministério da Defesa Nacional anunciou que Portugal vai contribuir com mais 30 milhões de euros para a coligação internacional que financia drones para as Forças Armadas ucranianas."],
    "aid", "aid", 2, "portugal-drone-coalition-contribution-2029-04-12", a="Lusa"),
  E("2029-04-12 13:00", "Rússia diz ter abatido mísseis ucranianos sobre a Crimeia",
    ["O Ministério da Defesa russo afirmou que as suas defesas antiaéreas abateram seis mísseis Neptune disparados contra a Crimeia durante a manhã.",
     "Não houve confirmação do lado ucraniano."],
    "strikes", "strikes", 2, "crimea-neptune-missiles-downed-2029-04-12", a="Reuters"),
  E("2029-04-12 10:30", "Fotogaleria: a vida em Kharkiv entre alertas aéreos", [],
    "other", "humanitarian", 1, "kharkiv-daily-life-gallery-2029-04-12", n="photo-gallery teaser, no text body, no credit"),
  E("2029-04-12 08:10", "Kremlin rejeita tréguas nos ataques à rede eléctrica",
    ["O porta-voz do Kremlin, Dmitri Peskov, rejeitou a proposta ucraniana de suspender durante um mês os ataques a infra-estruturas energéticas, considerando-a «uma manobra»."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-truce-2029-04-12", a="Lusa"),
  ]))


def r_standaard(S):
    """De Standaard live ('LIVE. Oorlog in Oekraïne'), text scrape. Oldest first; each update: headline line, then '07.05 uur',
    then body. The date is printed only in the page header ('zaterdag 14 april 2029'); one page byline."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["Naar hoofdinhoud", "", "De Standaard", "Abonneer", "Aanmelden", "",
         "Nieuws   Binnenland   Buitenland   Economie   Cultuur & Media   Sport   Meningen   Podcasts   Puzzels", "",
         f"{DAYS_NL[d0.weekday()]} {d0.day} {MON_NL[d0.month - 1]} {d0.year}", "", "Buitenland", "", S["title"], "", S["author"], "", S["lede"], "",
         "Bekijk ook", S["more"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} uur"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertentie", ""]
        if i == 4:
            L += ["Nieuwsbrief: Elke ochtend het belangrijkste nieuws in je mailbox. Schrijf je in", ""]
    L += ["Lees meer over", "Oorlog in Oekraïne   Oekraïne   Rusland   NAVO", "", "Reageer (17)", "",
          "© 2029 Mediahuis NV", "Gebruiksvoorwaarden   Privacyverklaring   Cookiebeleid"]
    return "\n".join(L) + "\n", stamps


def r_yle_rss(S):
    """Yle Uutiset 'Tuoreimmat uutiset' RSS 2.0: newest first; pubDate with the Helsinki offset (+0300); plain-text
    description; category; enclosure image; no author."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://yle.fi/uutiset</link>', f'<description>{esc(S["title"])}</description>',
           '<language>fi</language>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<atom:link href="https://yle.fi/rss/uutiset/tuoreimmat" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://yle.fi/a/74-{20081455 + i * 61}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>', f'<category>{e["cat"]}</category>',
                f'<enclosure url="https://images.cdn.yle.fi/image/upload/w_1200,ar_1.5,c_fill/39-{14200150 + i * 3}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nrk(S):
    """NRK live ('Direkte'), HTML, no JSON-LD. Newest first; each post: author name + role, 'kl. 22.31' in <time>, h2
    headline, body. Dates only in the page line 'Publisert 18.04.2029, kl. 06.04 · Oppdatert 18.04.2029, kl. 22.31'."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – NRK Urix – Utenriksnyheter og dokumentarer</title></head><body>',
           '<header class="nrk-masthead"><a class="nrk-logo" href="https://www.nrk.no/">NRK</a>'
           '<nav><a>Nyheter</a> <a>Sport</a> <a>Kultur</a> <a>Distrikt</a> <a>NRK TV</a> <a>NRK Radio</a> <a>NRK Super</a> <a>Yr</a></nav>'
           '<a class="nrk-login">Logg inn</a></header>',
           '<main><p class="kicker">Urix</p><p class="live">Direkte</p>', f'<h1 class="title">{esc(S["title"])}</h1>',
           f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="dates">Publisert {pub:%d.%m.%Y}, kl. {pub:%H.%M} · Oppdatert {last:%d.%m.%Y}, kl. {last:%H.%M}</p>',
           '<div class="share"><button>Del</button> <button>Kopier lenke</button></div>', '<div class="bulletins">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"kl. {d:%H.%M}"; stamps.append(st)
        out.append(f'<article class="bulletin" id="{S["pid"] + 97 * i:x}"><div class="bulletin-author"><span class="name">{esc(e["a"])}</span> '
                   f'<span class="role">{e["role"]}</span></div><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video">Video · 1 min</div>')
        out.append('<a class="bulletin-share">Del innlegg</a></article>')
        if i == 3:
            out.append(f'<aside class="related"><p>Les også</p><a>{esc(S["more"])}</a></aside>')
    out += ['</div><p class="load">Vis flere innlegg</p></main>',
            '<footer><p>NRK · Om NRK · Personvern · Informasjonskapsler · Kontakt NRK</p><p>Ansvarlig redaktør: Nyhetsredaktør i NRK</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hn(S):
    """Hospodářské noviny (hn.cz / ihned.cz) section listing, text scrape: headline, then a meta line 'před 2 hodinami · ČTK',
    then the perex. The only clock is the header line 'pátek 20. dubna 2029 · svátek má Marcela · aktualizováno 17:45'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Hospodářské noviny", "Přihlásit", "Předplatné", "",
         f"{DAYS_CS[ref.weekday()]} {ref.day}. {MON_CS_GEN[ref.month - 1]} {ref.year} · svátek má {S['nameday']} · aktualizováno {ref:%H:%M}", "",
         "Domácí   Zahraniční   Ekonomika   Byznys   Komentáře   Finweb   Life   Podcasty", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"před {mins} minutami"
        else:
            assert mins % 60 == 0, e["t"]
            st = "před hodinou" if mins == 60 else f"před {mins // 60} hodinami"
        stamps.append(st)
        L += [e["h"], f"{st} · {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Reklama", "", "Kurzy měn ČNB   EUR 24,95   USD 22,10", ""]
    L += ["Načíst další články", "", "Nejčtenější", "Praha chystá nové parkovací zóny", "Ceny bytů v krajích dál rostou", "",
          "© Economia, a.s.", "Kontakty   Obchodní podmínky   Ochrana osobních údajů"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 17006 De Standaard
DNI = "dnipro-missile-strike-2029-04-14"
SEEDS.append(dict(
  id="17006", name="17006_standaard-live", ext="txt", source="De Standaard", zone="Europe/Brussels", lang="nl", render=r_standaard,
  title="LIVE. Oorlog in Oekraïne | Dodental na Russische raketaanval op Dnipro loopt op tot negen",
  author="Lien Claes",
  lede="Bij een Russische raketaanval op Dnipro zijn zaterdagochtend zeker negen doden gevallen. Volg hier de laatste ontwikkelingen.",
  more="Hoe Oekraïne zijn steden probeert te beschermen tegen ballistische raketten",
  basis="update stamp '{s}' (Belgian 'HH.MM uur', no zone printed: Brussels time, CEST = UTC+2); the day is printed only in the page header 'zaterdag 14 april 2029' (oldest first, all updates that day); local {d} in {z}",
  notes="Imitates a De Standaard live page ('LIVE. Oorlog in Oekraïne') copied as text. Oldest first. Each update: headline line FIRST, then the stamp '07.05 uur', then body. The date appears only in the page header line 'zaterdag 14 april 2029'; no zone printed (Brussels, CEST). One page byline (Lien Claes), used as author for every update. The Dnipro strike is told twice (six, then nine dead): same story. Entry 17006-07 (children returned from Russia through Qatari mediation) is other/humanitarian with secondary diplomacy.",
  not_entries=["'Naar hoofdinhoud'", "masthead, Abonneer / Aanmelden, navigation", "header date 'zaterdag 14 april 2029'", "section 'Buitenland'",
               "page title line", "byline 'Lien Claes'", "lede 'Bij een Russische raketaanval op Dnipro ... Volg hier de laatste ontwikkelingen.'",
               "'Bekijk ook' with a related headline", "'Advertentie'", "newsletter promo line", "'Lees meer over' tag list", "'Reageer (17)'", "copyright and footer"],
  entries=[
  E("2029-04-14 07:05", "Russische raketaanval op Dnipro: zeker zes doden",
    ["Bij een aanval met Russische ballistische raketten op Dnipro zijn zaterdagochtend zeker zes mensen om het leven gekomen, meldt de regionale gouverneur.",
     "Een van de raketten trof een winkelcentrum in het centrum van de stad."],
    "strikes", "strikes", 3, DNI),
  E("2029-04-14 09:40", "Laatste Belgische F-16's vertrekken naar Oekraïne",
    ["De laatste F-16-gevechtsvliegtuigen die België aan Oekraïne had beloofd, zijn vanochtend opgestegen vanaf de vliegbasis Kleine-Brogel, bevestigt minister van Defensie Theo Francken.",
     "Het gaat om vier toestellen, die eerst nog een tussenstop maken in Roemenië."],
    "aid", "aid", 3, "belgium-last-f16s-delivered-2029-04-14"),
  E("2029-04-14 11:15", "Dodental in Dnipro stijgt tot negen",
    ["Het aantal doden na de raketaanval op Dnipro is opgelopen tot negen, onder wie twee kinderen.",
     "Meer dan veertig mensen raakten gewond, van wie elf ernstig."],
    "strikes", "strikes", 3, DNI, n="toll update of 17006-01"),
  E("2029-04-14 13:30", "Kremlin: 'Geen staakt-het-vuren zonder garanties'",
    ["Rusland gaat pas akkoord met een staakt-het-vuren als het Westen zijn wapenleveringen aan Oekraïne stopzet, zegt Kremlinwoordvoerder Dmitri Peskov."],
    "diplomacy", "diplomacy", 2, "kremlin-ceasefire-conditions-2029-04-14"),
  E("2029-04-14 15:50", "Oekraïense drones treffen raffinaderij in Saratov",
    ["Oekraïense drones hebben vannacht een olieraffinaderij in de Russische stad Saratov in brand gezet, melden de Russische regionale autoriteiten.",
     "Volgens de gouverneur raakte niemand gewond."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2029-04-14"),
  E("2029-04-14 18:20", "Rutte: 'Europa moet meer luchtafweer leveren'",
    ["NAVO-secretaris-generaal Mark Rutte roept de Europese bondgenoten op om snel meer luchtafweersystemen naar Oekraïne te sturen."],
    "aid", "aid", 2, "rutte-air-defence-appeal-2029-04-14", sec=["diplomacy"]),
  E("2029-04-14 21:05", "Zestien Oekraïense kinderen terug uit Rusland",
    ["Dankzij bemiddeling van Qatar zijn zestien Oekraïense kinderen die naar Rusland waren overgebracht, herenigd met hun familie, meldt het Oekraïense presidentschap."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2029-04-14", sec=["diplomacy"]),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Lien Claes"

# ---------------------------------------------------------------- 17007 Yle
SEEDS.append(dict(
  id="17007", name="17007_yle-tuoreimmatrss", ext="xml", source="Yle", zone="Europe/Helsinki", lang="fi", render=r_yle_rss,
  title="Yle Uutiset | Tuoreimmat uutiset",
  basis="RSS pubDate '{s}' (explicit +0300 offset = EEST); local {d} in {z}",
  notes="Imitates Yle Uutiset's 'Tuoreimmat uutiset' (latest news) RSS 2.0 feed: a general listing in Finnish, newest first. pubDate carries the Helsinki offset (+0300). Description is plain text (one paragraph of one or two sentences); no author element (author null). Three of seven items are off the war (unemployment benefits, April snow, ice hockey): other/unrelated, importance 1. Finnish spellings: Harkova (Kharkiv), Zelenskyi. 17007-03's first sentence contains the ordinal '31.' mid-sentence.",
  not_entries=["channel title/description/language/lastBuildDate", "atom:link self reference", "category of every item", "enclosure image of every item", "link/guid URLs"],
  entries=[
  E("2029-04-16 22:10", "Venäjä iski ohjuksilla Harkovaan – ainakin viisi kuollut",
    ["Venäjän ohjusisku osui maanantai-iltana Harkovan keskustaan, kertoo alueen kuvernööri. Kuolleita on ainakin viisi ja loukkaantuneita yli 20."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2029-04-16", cat="Ulkomaat"),
  OFF("2029-04-16 20:05", "Hallitus esittää muutoksia työttömyysturvaan",
    ["Hallitus aikoo kiristää työttömyysturvan ehtoja ensi vuoden alusta. Oppositio arvostelee esitystä jyrkästi."],
    "finland-unemployment-benefit-changes-2029-04-16", n="Finnish domestic politics", cat="Kotimaa"),
  E("2029-04-16 17:40", "Suomi lähettää Ukrainalle 31. puolustustarvikeapupaketin",
    ["Suomi lähettää Ukrainalle 31. puolustustarvikeapupaketin, jonka arvo on noin 190 miljoonaa euroa. Paketin sisältöä ei turvallisuussyistä julkisteta."],
    "aid", "aid", 3, "finland-31st-defence-package-2029-04-16", cat="Kotimaa"),
  E("2029-04-16 15:20", "Itärajan ylityspaikat pysyvät kiinni ainakin syksyyn",
    ["Hallitus päätti maanantaina jatkaa itärajan ylityspaikkojen sulkemista. Sisäministeriön mukaan Venäjä käyttää yhä maahantuloa painostuskeinona."],
    "other", "security", 2, "finland-eastern-border-closure-extended-2029-04-16", cat="Kotimaa"),
  OFF("2029-04-16 12:30", "Lumisade sekoitti liikennettä Etelä-Suomessa",
    ["Huhtikuinen lumipyry aiheutti maanantaina useita kolareita pääkaupunkiseudulla."],
    "southern-finland-april-snow-2029-04-16", n="weather", cat="Kotimaa"),
  E("2029-04-16 09:55", "Zelenskyi: Venäjän kanssa ei neuvotella ennen tulitaukoa",
    ["Ukrainan presidentti Volodymyr Zelenskyi sanoo, ettei Ukraina osallistu uusiin neuvotteluihin ennen kuin Venäjä lopettaa iskut siviilikohteisiin."],
    "diplomacy", "diplomacy", 2, "zelensky-no-talks-before-ceasefire-2029-04-16", cat="Ulkomaat"),
  OFF("2029-04-16 07:15", "Leijonat kaatoi Ruotsin Euro Hockey Tourilla",
    ["Suomen jääkiekkomaajoukkue voitti sunnuntai-iltana Ruotsin maalein 3–2."],
    "finland-sweden-ice-hockey-2029-04-15", n="sport", cat="Urheilu"),
  ]))

# ---------------------------------------------------------------- 17008 NRK
KRA = "kramatorsk-glide-bomb-strike-2029-04-18"
SEEDS.append(dict(
  id="17008", name="17008_nrk-direkte", ext="html", source="NRK", zone="Europe/Oslo", lang="no", render=r_nrk,
  title="Krigen i Ukraina: Fire drepte i Kramatorsk – Norge gir tre milliarder til våpenproduksjon",
  published="2029-04-18 06:04", pid=0x51a2c0,
  lede="Russland angrep Kramatorsk onsdag morgen. NRK oppdaterer saken fortløpende.",
  more="Slik fungerer Nansen-programmet for Ukraina",
  basis="post stamp '{s}' (Norwegian 'kl. HH.MM', no zone printed: Oslo time, CEST = UTC+2); the day is printed only in the page line 'Publisert 18.04.2029, kl. 06.04 · Oppdatert 18.04.2029, kl. 22.31' (newest first, all posts between); local {d} in {z}",
  notes="Imitates an NRK 'Direkte' live page (Urix). No JSON-LD. Newest first. Each post: author name and role ('journalist'), the stamp 'kl. 22.31' (no date), h2 headline, body. Dates only in 'Publisert 18.04.2029, kl. 06.04 · Oppdatert 18.04.2029, kl. 22.31'. No zone printed (Oslo, CEST). Per-post authors (the role word is not part of the name). 'Se video:' post is a video teaser with no text (importance 1). The Kramatorsk strike is told twice (two, then four dead): same story. Norwegian spellings: Kupjansk, Filasjkin.",
  not_entries=["masthead 'NRK', navigation, Logg inn", "kicker 'Urix' and 'Direkte' label", "page headline (page title)", "lead 'Russland angrep Kramatorsk onsdag morgen. NRK oppdaterer saken fortløpende.'",
               "'Publisert ... · Oppdatert ...' line", "share buttons (Del, Kopier lenke)", "role word 'journalist' after each author name",
               "video placeholder 'Video · 1 min'", "'Del innlegg' under each post", "'Les også' related link", "'Vis flere innlegg'", "footer"],
  entries=[
  E("2029-04-18 22:31", "Luftalarm i hele Ukraina",
    ["Det er utløst flyalarm over hele Ukraina, og ukrainske myndigheter varsler at Russland har sendt opp strategiske bombefly."],
    "strikes", "strikes", 2, "nationwide-air-alert-2029-04-18", a="Eirik Solbakken", role="journalist"),
  E("2029-04-18 20:15", "Norge gir tre milliarder kroner til ukrainsk våpenproduksjon",
    ["Regjeringen bevilger tre milliarder kroner gjennom Nansen-programmet til produksjon av langtrekkende droner og artillerigranater i Ukraina, opplyser Forsvarsdepartementet.",
     "Pengene skal fordeles i samarbeid med Danmark og Sverige."],
    "aid", "aid", 3, "norway-3bn-nok-weapons-production-2029-04-18", a="Kari Nordvik", role="journalist"),
  E("2029-04-18 17:50", "Ukraina: Har tatt tilbake landsby i Kharkiv-regionen",
    ["Ukrainske styrker har gjenerobret landsbyen Kindrasjivka nord for Kupjansk, ifølge den ukrainske generalstaben.",
     "Russland har ikke kommentert opplysningen."],
    "other", "frontline", 2, "ukraine-retakes-kindrashivka-2029-04-18", a="Eirik Solbakken", role="journalist"),
  E("2029-04-18 15:05", "Dødstallet i Kramatorsk stiger til fire",
    ["Fire mennesker er nå bekreftet drept etter det russiske angrepet på Kramatorsk i morges, opplyser guvernøren i Donetsk oblast, Vadym Filasjkin.",
     "Minst 15 er skadd."],
    "strikes", "strikes", 3, KRA, a="Kari Nordvik", role="journalist", n="toll update of 17008-07"),
  E("2029-04-18 12:40", "Russland utviser norsk diplomat",
    ["Russlands utenriksdepartement har erklært en norsk diplomat i Moskva som uønsket, som svar på at Norge utviste en russisk diplomat i mars."],
    "diplomacy", "diplomacy", 2, "russia-expels-norwegian-diplomat-2029-04-18", a="Eirik Solbakken", role="journalist"),
  E("2029-04-18 10:25", "Se video: Redningsarbeidet i Kramatorsk", [],
    "strikes", "strikes", 1, KRA, a="Kari Nordvik", role="journalist", n="video teaser, no text body"),
  E("2029-04-18 08:10", "Russisk angrep på Kramatorsk: Minst to drepte",
    ["Minst to personer ble drept da russiske glidebomber traff et boligområde i Kramatorsk onsdag morgen."],
    "strikes", "strikes", 3, KRA, a="Kari Nordvik", role="journalist"),
  ]))

# ---------------------------------------------------------------- 17009 Hospodářské noviny
SEEDS.append(dict(
  id="17009", name="17009_hn-zahranici", ext="txt", source="Hospodářské noviny", zone="Europe/Prague", lang="cs", render=r_hn,
  title="Válka na Ukrajině", ref="2029-04-20 17:45", nameday="Marcela",
  basis="relative stamp '{s}' counted back from the header line 'pátek 20. dubna 2029 · ... · aktualizováno 17:45' (Prague time implied, CEST = UTC+2); local {d} in {z}",
  notes="Imitates a Hospodářské noviny (hn.cz / ihned.cz) topic listing 'Válka na Ukrajině' copied as text. Newest first. Each item: headline, then a meta line with a RELATIVE time and the credit ('před 2 hodinami · ČTK'), then the perex. The only absolute clock is the header line 'pátek 20. dubna 2029 · svátek má Marcela · aktualizováno 17:45' (no zone; Prague, CEST); every stamp is counted back exactly from it. Author = the credit as printed (agency 'ČTK'/'Reuters' or a staff name). Two items are off the war (building law, ice hockey): other/unrelated, importance 1.",
  not_entries=["masthead 'Hospodářské noviny', Přihlásit / Předplatné", "header date/name-day/'aktualizováno 17:45' line (capture clock, used as the anchor)",
               "navigation menu", "section title 'Válka na Ukrajině' (page title)", "'Reklama' and the exchange-rate widget 'Kurzy měn ČNB ...'",
               "'Načíst další články'", "'Nejčtenější' with two local headlines", "copyright and footer"],
  entries=[
  E("2029-04-20 17:25", "Ukrajinské drony zasáhly rafinerii v Rjazani",
    ["Ukrajinské bezpilotní letouny v pátek odpoledne zasáhly ropnou rafinerii v ruské Rjazani, kde vypukl rozsáhlý požár, uvedl gubernátor oblasti."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2029-04-20", a="ČTK"),
  OFF("2029-04-20 16:45", "Sněmovna schválila novelu stavebního zákona",
    ["Poslanci v pátek schválili novelu stavebního zákona, která má zrychlit povolování staveb. Předlohu nyní posoudí Senát."],
    "czech-building-law-2029-04-20", a="ČTK", n="Czech domestic politics"),
  E("2029-04-20 15:45", "Muniční iniciativa letos dodá Ukrajině dalších 800 tisíc granátů",
    ["Česká muniční iniciativa by letos měla Ukrajině dodat nejméně 800 tisíc dělostřeleckých granátů, oznámilo v pátek ministerstvo obrany.",
     "Peníze na nákupy poskytlo sedmnáct zemí."],
    "aid", "aid", 3, "czech-ammunition-initiative-800k-2029-04-20", a="Ondřej Hrubý"),
  E("2029-04-20 13:45", "Rusko zaútočilo na Záporoží, zahynuli tři lidé",
    ["Při ruském raketovém útoku na Záporoží zahynuli v pátek ráno tři lidé a dalších 11 utrpělo zranění, oznámil šéf oblastní správy Ivan Fedorov.",
     "Rakety zasáhly průmyslový podnik a obytný dům."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2029-04-20", a="ČTK"),
  E("2029-04-20 12:45", "Ministři EU v Praze jednali o zárukách pro Ukrajinu",
    ["Ministři zahraničí zemí EU se v pátek 20. dubna v Praze shodli, že Unie musí Ukrajině poskytnout bezpečnostní záruky i po případném příměří."],
    "diplomacy", "diplomacy", 2, "eu-ministers-prague-guarantees-2029-04-20", a="Reuters"),
  OFF("2029-04-20 10:45", "Hokejisté v přípravě porazili Švédsko",
    ["Čeští hokejisté vyhráli přípravné utkání se Švédskem ve Zlíně po nájezdech."],
    "czech-sweden-ice-hockey-2029-04-19", a="ČTK", n="sport"),
  E("2029-04-20 08:45", "Rusko tvrdí, že dobylo obec u Kosťantynivky",
    ["Ruské ministerstvo obrany oznámilo dobytí další obce v Doněcké oblasti nedaleko Kosťantynivky. Ukrajinská strana tvrzení nepotvrdila."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2029-04-20", a="ČTK"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_wendmoor(S):
    """text live, newest first; 'Key Points' block under the standfirst; each post: a '9.55pm BST' line, the headline, body,
    then a signature line '— NAME, in Kyiv' (teasers carry none)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home  |  UK  |  World  |  Business  |  Opinion  |  Sport  |  Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["p"] and e["a"]:
            L += [f"\u2014 {e['a']}{e.get('where', '')}", ""]
        if i == 2:
            L += ["Get the Courier's Ukraine briefing every weekday lunchtime. Sign up here.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy notice \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_tallowgate(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update headline, datePublished and author; visible bare
    '06:52' in <time datetime>, page note 'All times are Kyiv time (EEST)'; byline paragraph under each h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{S['pid'] + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Analysis</a> <a>Podcast</a> <a>Donate</a></nav></header>',
           f'<main><p class="tag">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])} \u00b7 All times are Kyiv time (EEST)</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<ol class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="update" id="u{S["pid"] + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="copy">Copy link to this update</button></li>')
        if i == 3:
            out.append(f'<li class="promo"><aside><h3>Further reading</h3><a>{esc(S["more"])}</a></aside></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Independent journalism from Kyiv \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """general world RSS 2.0, newest first; pubDate 'GMT' or the numeric offset (S['rfc']); description in CDATA with <p>
    paragraphs; dc:creator only when the entry has an author; category per item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y%m%d}-{slugify(e["h"])[:40]}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}:{S["pid"] + i}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_sablewood(S):
    """text article (US style) with section subheads, one entry per section; page byline 'By NAME' and the line
    'Updated April 24, 2029, 3:10 p.m. EDT'; a wire dateline opens the first paragraph; contributor line at the end."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = [S["source"], "Sections   Nation   World   Politics   Business   Opinion   Sports", "", "WORLD", "", S["title"], "", S["dek"], "",
         f"By {S['author']}", f"Updated {MONTHS_EN[d0.month - 1]} {d0.day}, {d0.year}, {ampm(d0, space=' ', style='dots')} EDT", "",
         "Gift this article   Share   Save", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        if i > 0:
            L += [e["h"], ""]
        L += ptxt(e["p"])
        if i == 0:
            L += ["Advertisement", ""]
    L += [S["contrib"], "", "Most Read", "City council delays vote on transit levy", "", f"\u00a9 2029 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-04-24 (UTC), day 2 = 2029-04-25, day 3 = 2029-04-28.
KREM = "kremenchuk-missile-strike-2029-04-24"
DRONE_DE = "germany-ukraine-interceptor-drone-deal-2029-04-24"
DRONE_DE_H = "Germany, Ukraine agree joint production of interceptor drones"
DRONE_DE_P = ["Ukraine and Germany will jointly manufacture interceptor drones to counter Russia\u2019s Shahed attacks, under an agreement signed in Berlin on Tuesday by the two countries\u2019 defence ministers.",
              "The companies involved were not named. Ukrainian officials said the first batches could reach front-line units before the end of the summer."]

# ---------------------------------------------------------------- 17020 Wendmoor Courier (day 1)
SEEDS.append(dict(
  id="17020", name="17020_wendmoor-textlive", ext="txt", source="Wendmoor Courier", zone="Europe/London", render=r_wendmoor,
  title="Ukraine war live: Kremenchuk strike toll rises to eight; Berlin and Kyiv to build interceptor drones",
  dateline="Tuesday 24 April 2029",
  lede="Russian ballistic missiles hit the oil refinery and a residential street in the central Ukrainian city early on Tuesday. Follow the day\u2019s developments here.",
  basis="post stamp '{s}' (12-hour clock with BST printed = UTC+1); the day comes from the dateline 'Tuesday 24 April 2029' (newest first, all posts that day); local {d} in {z}",
  notes="Invented outlet; text live blog, newest first. Each post: a '9.55pm BST' line, the headline, body, then a signature '\u2014 NAME' (sometimes ', in Kyiv' appended, which is not part of the name). A 'Key Points' block under the standfirst lists three post headlines (key_point true, importance 3). The 'Watch:' post is a video teaser with no text and no signature (author null, importance 1). Main story: the Kremenchuk strike (three, then eight dead; the Kallas reaction is about the strike itself, so it shares the story). Theme piece 17020-02 (analysis of Russia's fuel-supply strikes) mentions Kremenchuk but is its own story. 17020-04 (Kherson market shelling) is another deadly strike the same day: must not merge with Kremenchuk.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title line and dateline 'Tuesday 24 April 2029'",
               "standfirst 'Russian ballistic missiles hit the oil refinery ... Follow the day's developments here.'",
               "'Key Points' block (three headlines repeated from posts below)", "'Latest' heading", "signature lines '\u2014 NAME' (author, not text)",
               "newsletter promo 'Get the Courier's Ukraine briefing ...'", "'Show earlier posts'", "footer"],
  entries=[
  E("2029-04-24 21:55", "Kremenchuk death toll rises to eight as search ends",
    ["The number of people killed by Tuesday morning\u2019s missile strike on Kremenchuk has risen to eight, the head of the Poltava regional administration said, after rescuers pulled two more bodies from a collapsed apartment block.",
     "Rescue crews ended the search shortly before midnight local time. Twenty-nine people were injured, nine of them children."],
    "strikes", "strikes", 3, KREM, a="Tomasz Reid", where=", in Kyiv", kp=True, n="toll update of 17020-07"),
  E("2029-04-24 20:20", "Analysis: Why Russia keeps aiming at Ukraine\u2019s fuel supply",
    ["Tuesday\u2019s strike on Kremenchuk was the latest in a series of Russian attacks aimed less at the front line than at the fuel that keeps Ukraine\u2019s army and economy moving.",
     "Refineries, oil depots and the rail tankers that link them have been hit again and again since the winter, according to figures compiled by Ukrainian energy analysts.",
     "Ukraine has answered in kind, sending long-range drones against Russian refineries hundreds of kilometres from the border. Neither campaign has yet forced the other side to change course."],
    "strikes", "strikes", 2, "analysis-russian-strikes-on-ukraine-fuel-supply", a="Harriet Colley",
    n="theme piece (analysis): mentions the Kremenchuk strike but is its own story; must not merge with " + KREM),
  E("2029-04-24 18:05", "Germany and Ukraine sign deal to build interceptor drones together",
    ["Germany and Ukraine have agreed to set up a joint venture to mass-produce drones designed to shoot down Russian Shahed-type attack drones, the two defence ministries said on Tuesday.",
     "Production is due to start in western Ukraine and in Bavaria later this year, with an initial target of 10,000 interceptors."],
    "aid", "aid", 3, DRONE_DE, a="Harriet Colley", kp=True),
  E("2029-04-24 16:30", "Kherson: woman killed as shelling hits covered market",
    ["A 64-year-old woman was killed and three people were wounded when Russian artillery shells hit a covered market in Kherson on Tuesday afternoon, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-market-shelling-2029-04-24", a="Tomasz Reid", where=", in Kyiv", kp=True,
    n="another deadly strike the same day, different city and weapon: must not merge with " + KREM),
  E("2029-04-24 14:15", "Watch: Smoke rises over Kremenchuk after missile strike", [],
    "strikes", "strikes", 1, KREM, n="video teaser, no text body, no signature"),
  E("2029-04-24 11:40", "EU\u2019s Kallas condemns \u2018deliberate\u2019 strike on Kremenchuk homes",
    ["The EU\u2019s foreign policy chief, Kaja Kallas, said the missile that hit a residential street in Kremenchuk was \u201cno accident\u201d and urged member states to speed up deliveries of air defence.",
     "She said she would raise the attack with foreign ministers at their next meeting."],
    "strikes", "strikes", 3, KREM, a="Harriet Colley", sec=["diplomacy"], n="reaction whose content is the strike itself: same story"),
  E("2029-04-24 08:10", "Missile strike on Kremenchuk refinery kills three",
    ["At least three people were killed when Russian missiles struck the oil refinery in Kremenchuk, central Ukraine, and a residential street next to it early on Tuesday, regional officials said.",
     "Ukraine\u2019s air force said Russia fired four Iskander-M ballistic missiles at the city shortly before 7am local time; two were intercepted."],
    "strikes", "strikes", 3, KREM, a="Tomasz Reid", where=", in Kyiv"),
  ]))

# ---------------------------------------------------------------- 17021 Tallowgate Herald (day 1)
POLT = "poltava-substation-drone-attack-2029-04-24"
POLT_P1 = "Before the missile strike on Kremenchug, Russian drones damaged an electricity substation on the outskirts of Poltava overnight, cutting power to about 12,000 households, the regional governor said."
SEEDS.append(dict(
  id="17021", name="17021_tallowgate-ldlive", ext="html", source="Tallowgate Herald", zone="Europe/Kyiv", render=r_tallowgate,
  title="Russia-Ukraine war: Missiles hit Kremenchug refinery district \u2013 live updates",
  url="https://tallowgateherald.example/live/2029/04/24/kremenchug-missile-strike", pid=8810,
  dateline="Tuesday 24 April 2029",
  lede="Ballistic missiles struck the central Ukrainian city at dawn; a German-Ukrainian drone deal was signed in Berlin.",
  more="How Ukraine\u2019s energy grid has adapted to three years of winter attacks",
  basis="update time '{s}' in <time> (page note 'All times are Kyiv time (EEST)' = UTC+3; JSON-LD datePublished agrees); day from the dateline 'Tuesday 24 April 2029'; local {d} in {z}",
  notes="Invented outlet; HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update headline, datePublished (+03:00) and author (they agree with the visible page). Visible time is a bare '06:52' in <time>; the page says 'All times are Kyiv time (EEST)'. Byline paragraph under each headline. Spelled Kremenchug here. 17021-07 repeats 17021-02 nearly verbatim (duplicate_of, importance 1). 17021-02 (drone attack on a Poltava substation overnight) is the same region as Kremenchuk but another attack (other city, drones, earlier): must not merge with the Kremenchuk story, although its first sentence names Kremenchug. 17021-04 (Dutch money for air-defence repairs) shares the air-defence aid theme with the German drone deal: must not merge. 17021-05 is re-posted verbatim on day 2 by 17032.",
  not_entries=["masthead and navigation", "'Live' tag", "page title (h1)", "dateline with 'All times are Kyiv time (EEST)'",
               "summary 'Ballistic missiles struck the central Ukrainian city at dawn; ...'", "byline paragraph under each headline (author, not text)",
               "'Copy link to this update' buttons", "'Further reading' box with one link", "footer"],
  entries=[
  E("2029-04-24 06:52", "Explosions reported in Kremenchug as air-raid alert sounds",
    ["Loud explosions were heard in Kremenchug shortly before 7am, local media reported, as an air-raid alert covered the whole of the Poltava region.",
     "A large plume of black smoke is rising over the industrial zone in the north-east of the city."],
    "strikes", "strikes", 3, KREM, a="Oksana Levchuk"),
  E("2029-04-24 07:30", "Drones hit power substation in Poltava overnight",
    [POLT_P1, "No one was hurt, he added."],
    "strikes", "strikes", 2, POLT, a="Oksana Levchuk",
    n="same region (Poltava oblast) but another attack (drones on Poltava city overnight): must not merge with " + KREM),
  E("2029-04-24 09:15", "Kremenchug strike: Zelensky says Russia used ballistic missiles",
    ["Ukrainian President Volodymyr Zelensky said Russia hit Kremenchug with ballistic missiles and that three people had been confirmed dead, with more feared trapped under rubble.",
     "\u201cEvery strike like this one is an argument for more Patriot systems, not fewer,\u201d he wrote on Telegram."],
    "strikes", "strikes", 3, KREM, a="Danylo Marchenko", sec=["aid"]),
  E("2029-04-24 11:40", "Netherlands to pay for repair of damaged air-defence launchers",
    ["The Dutch government will cover the cost of repairing Ukrainian air-defence launchers damaged in Russian attacks, the defence ministry in The Hague said, without giving a figure.",
     "The work will be carried out at a maintenance hub in Poland."],
    "aid", "aid", 2, "netherlands-air-defence-repair-funding-2029-04-24", a="Danylo Marchenko",
    n="same theme (air-defence aid) but another event: must not merge with " + DRONE_DE),
  E("2029-04-24 14:10", DRONE_DE_H, DRONE_DE_P, "aid", "aid", 3, DRONE_DE, a="Danylo Marchenko"),
  E("2029-04-24 15:25", "Kremenchug toll rises to six",
    ["Six people are now known to have died in the Kremenchug strike, including a teenage girl, the city\u2019s mayor said.",
     "More than 20 people are in hospital."],
    "strikes", "strikes", 3, KREM, a="Oksana Levchuk", n="toll update"),
  E("2029-04-24 16:05", "Drones hit power substation in Poltava overnight",
    [POLT_P1, "Power has since been restored to most homes."],
    "strikes", "strikes", 1, POLT, a="Oksana Levchuk", dup="17021-02", n="near-verbatim repeat of 17021-02"),
  ]))

# ---------------------------------------------------------------- 17022 Ostbury World Service (day 1, general world feed)
SEEDS.append(dict(
  id="17022", name="17022_ostbury-worldrss", ext="xml", source="Ostbury World Service", zone="UTC", render=r_worldrss,
  title="Ostbury World Service \u2013 World news", url="https://ostbury-world.example/news", guid="ows-2029", pid=77100, rfc="GMT",
  lede="Top stories from around the world, updated through the day",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet; general world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA descriptions with <p> paragraphs, no dc:creator (author null). The war is a minority: 2 of 6 items (Kremenchuk strike, martial-law extension); four are off-beat (Nairobi floods, Chilean copper strike, Indian heatwave, Brazilian rates): other/unrelated, importance 1.",
  not_entries=["channel title/description/language/lastBuildDate", "category of every item", "link/guid values"],
  entries=[
  E("2029-04-24 18:40", "Ukraine extends martial law for another 90 days",
    ["Ukraine\u2019s parliament voted on Tuesday to extend martial law and general mobilisation for a further 90 days, a vote that has been held every three months since February 2022."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-04-24", cat="Europe"),
  OFF("2029-04-24 16:55", "Flash floods cut roads across Nairobi",
    ["Heavy overnight rain flooded several districts of Nairobi, cutting main roads and forcing schools to close, Kenyan officials said.",
     "Forecasters expect more storms later in the week."],
    "nairobi-flash-floods-2029-04-24", n="weather, Kenya", cat="Africa"),
  E("2029-04-24 14:30", "Russian missiles kill six in Ukraine\u2019s Kremenchuk",
    ["A Russian missile strike on the central Ukrainian city of Kremenchuk killed six people and set part of its oil refinery on fire, Ukrainian officials said.",
     "Moscow\u2019s defence ministry said it had struck \u201cfuel infrastructure used by the Ukrainian army\u201d."],
    "strikes", "strikes", 3, KREM, cat="Europe"),
  OFF("2029-04-24 11:15", "Chile\u2019s copper miners end two-week strike",
    ["Workers at one of Chile\u2019s largest copper mines returned to work on Tuesday after their union accepted a new pay offer."],
    "chile-copper-strike-ends-2029-04-24", n="labour, Chile", cat="Americas"),
  OFF("2029-04-24 08:50", "Early heatwave grips northern India",
    ["Temperatures passed 44C in parts of northern India, weeks earlier than usual, and authorities told outdoor workers to rest during the afternoon."],
    "india-early-heatwave-2029-04-24", n="weather, India", cat="Asia"),
  OFF("2029-04-24 06:20", "Brazil\u2019s central bank expected to hold rates",
    ["Economists polled ahead of this week\u2019s meeting expect Brazil\u2019s central bank to keep its benchmark rate unchanged as inflation eases."],
    "brazil-central-bank-rates-2029-04-24", n="economy, Brazil", cat="Business"),
  ]))

# ---------------------------------------------------------------- 17023 Sablewood Tribune (day 1, article)
SEEDS.append(dict(
  id="17023", name="17023_sablewood-article", ext="txt", source="Sablewood Tribune", zone="America/New_York", render=r_sablewood,
  title="Russian missiles kill 7 in Ukrainian refinery city as Berlin and Kyiv team up on drones",
  dek="The strike on Kremenchuk was among the deadliest this spring. Hours later, Germany signed on to build interceptor drones with Ukraine.",
  author="Marcus Whitlow", dateline_t="2029-04-24 15:10",
  caption="Firefighters worked to put out a blaze at the refinery in Kremenchuk on Tuesday.",
  contrib="Dana Okafor contributed reporting from Washington.",
  basis="no per-section time: the page line 'Updated April 24, 2029, 3:10 p.m. EDT' (EDT = UTC-4) dates every section; local {d} in {z}",
  notes="Invented outlet; US-style text article in three parts. The first part has no subhead (headline null; its first sentence opens with the wire dateline 'KREMENCHUK, Ukraine \u2014 ', kept in first_sentence as printed, and contains 'a.m.' only later in the paragraph); the other two parts have subheads used as headlines. No per-part time: stamp null, published = the 'Updated April 24, 2029, 3:10 p.m. EDT' time. Author = page byline 'Marcus Whitlow' ('Dana Okafor contributed reporting' is a contributor line, not an author). Toll here: seven.",
  not_entries=["outlet name and section menu", "section label 'WORLD'", "page title and dek 'The strike on Kremenchuk was among the deadliest this spring. ...'",
               "byline 'By Marcus Whitlow' and 'Updated April 24, 2029, 3:10 p.m. EDT'", "'Gift this article   Share   Save'", "photo caption",
               "'Advertisement'", "contributor line 'Dana Okafor contributed reporting from Washington.'", "'Most Read' with one local headline", "copyright line"],
  entries=[
  E("2029-04-24 15:10", None,
    ["KREMENCHUK, Ukraine \u2014 Russian ballistic missiles slammed into an oil refinery and an adjoining residential street in this central Ukrainian city early Tuesday, killing at least seven people and wounding more than two dozen, Ukrainian officials said.",
     "The attack came shortly before 7 a.m. local time, when many residents were getting ready for work. Two of the four missiles were shot down, according to Ukraine\u2019s air force.",
     "President Volodymyr Zelensky said the strike showed why Ukraine needed more air-defense systems from its allies."],
    "strikes", "strikes", 3, KREM),
  E("2029-04-24 15:10", "A drone partnership with Germany",
    ["Hours later in Berlin, Ukraine\u2019s defense minister and his German counterpart, Boris Pistorius, signed an agreement to build interceptor drones together, the latest sign of Europe\u2019s growing role in arming Ukraine.",
     "U.S. officials have encouraged such deals as Washington presses European allies to carry more of the burden."],
    "aid", "aid", 3, DRONE_DE),
  E("2029-04-24 15:10", "Pressure in the Senate",
    ["In Washington, a bipartisan group of senators said they would force a vote next month on a bill that would impose steep tariffs on countries that keep buying Russian oil.",
     "The White House has not said whether the president would sign it."],
    "diplomacy", "diplomacy", 2, "us-senate-russian-oil-tariff-bill-2029-04-24"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Marcus Whitlow"


def r_caddoway(S):
    """HTML live, no JSON-LD, newest first; 12-hour '3:20 PM' (no zone in the stamp) in a span above each h2; the page prints
    the date 'Wednesday, April 25, 2029' and the note 'All times EDT'; 'By NAME' under each headline; photo teaser."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<meta name="description" content="Live coverage of the war in Ukraine."></head><body>',
           '<div class="alert-bar">Breaking news alerts: <a>Turn on notifications</a></div>',
           f'<header><a class="logo">{esc(S["source"])}</a> <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Video</a></nav> '
           '<a>Subscribe</a> <a>Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>',
           f'<p class="live-meta">{DAYS_EN[d0.weekday()]}, {MONTHS_EN[d0.month - 1]} {d0.day}, {d0.year} \u00b7 All times EDT</p>',
           f'<p class="dek">{esc(S["lede"])}</p>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", style="AP"); stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="slideshow">Slideshow \u00b7 9 images</div>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['</section><p class="end">Follow our full coverage of the war in Ukraine.</p></main>',
            f'<footer>\u00a9 2029 {esc(S["source"])} \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Do Not Sell My Personal Information</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset ('Z' for UTC); escaped-HTML <content>;
    <author><name> when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2029:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{S["pid"] + i}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2029:{S["pid"] + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_drellis(S):
    """text live, oldest first; each post: the headline, then a line '09:20 CEST | NAME', then body; dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News \u00b7 Europe \u00b7 World \u00b7 Comment \u00b7 Live", "", S["title"], S["dateline"], "", S["lede"], "",
         "Refresh for the latest posts", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        L += [e["h"], f"{st} | {e['a']}{e.get('aff', '')}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["* * *", "Support independent reporting: become a member of the Evening Post.", "* * *", ""]
    L += ["This live page is now closed.", "", f"{S['source']} \u00b7 Impressum \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 = 2029-04-25
CHER = "chernihiv-ballistic-strike-2029-04-25"
SLOVAK = "slovakia-blocks-eu-sanctions-package-2029-04-25"

# ---------------------------------------------------------------- 17030 Caddoway Post (day 2)
SEEDS.append(dict(
  id="17030", name="17030_caddoway-htmllive", ext="html", source="Caddoway Post", zone="America/New_York", render=r_caddoway,
  title="Live updates: Russian missiles strike Chernihiv in northern Ukraine",
  lede="A ballistic missile attack hit the center of the city on Wednesday morning local time. Here is the latest.",
  basis="post time '{s}' (12-hour, no zone in the stamp; the page prints 'All times EDT' = UTC-4); the day comes from the page line 'Wednesday, April 25, 2029' (newest first, all posts that day); local {d} in {z}",
  notes="Invented outlet; HTML live blog without JSON-LD, newest first. Post time is a bare 12-hour '3:20 PM' above the h2; the zone is given once for the page ('All times EDT'); 'By NAME' under the headline. 'Photos:' post is a slideshow teaser with no text and no byline (author null, importance 1). The Chernihiv strike is told three times with a growing toll (five, then seven) plus Zelensky's reaction (same story). 17030-06 (overnight drones on the Nizhyn district of the same Chernihiv region) is another attack: must not merge with the Chernihiv city strike.",
  not_entries=["breaking-news alert bar", "logo, navigation, Subscribe / Log in", "page title (h1)", "date line 'Wednesday, April 25, 2029 \u00b7 All times EDT'",
               "dek 'A ballistic missile attack hit the center of the city ...'", "'By NAME' lines (author, not text)", "slideshow placeholder 'Slideshow \u00b7 9 images'",
               "'ADVERTISEMENT'", "'Follow our full coverage of the war in Ukraine.'", "footer"],
  entries=[
  E("2029-04-25 15:20", "Chernihiv toll climbs to seven, including two students",
    ["Seven people were killed in Wednesday\u2019s missile strike on Chernihiv, among them two university students, the regional governor said in an evening update.",
     "More than 30 people were wounded."],
    "strikes", "strikes", 3, CHER, a="Rachel Dunmore", n="toll update"),
  E("2029-04-25 13:05", "Zelensky says Chernihiv attack shows need for \u2018more than words\u2019",
    ["President Volodymyr Zelensky said the strike on Chernihiv showed that Ukraine needed air-defense systems from its partners, \u201cnot more statements of concern.\u201d"],
    "strikes", "strikes", 3, CHER, a="Ethan Voss", sec=["aid"], n="reaction whose content is the strike: same story"),
  E("2029-04-25 10:30", "Photos: Rescuers search the rubble in Chernihiv", [],
    "strikes", "strikes", 1, CHER, n="photo slideshow teaser, no text body"),
  E("2029-04-25 09:15", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia\u2019s Defense Ministry said its forces had taken a village on the eastern edge of the Dnipropetrovsk region. Ukraine\u2019s military did not comment."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2029-04-25", a="Ethan Voss"),
  E("2029-04-25 07:00", "Missile strike hits central Chernihiv, killing at least five",
    ["At least five people were killed when Russian ballistic missiles hit the center of Chernihiv, a city of about 280,000 people near the borders with Belarus and Russia, Ukrainian officials said.",
     "The missiles struck shortly after 10 a.m. local time, damaging a university building and several apartment blocks."],
    "strikes", "strikes", 3, CHER, a="Rachel Dunmore"),
  E("2029-04-25 06:10", "Overnight drones hit Nizhyn district, injuring two",
    ["Russian drones struck farm buildings and a gas station in the Nizhyn district of the Chernihiv region overnight, injuring two people, regional authorities said."],
    "strikes", "strikes", 2, "nizhyn-district-drone-attack-2029-04-25", a="Rachel Dunmore",
    n="same region (Chernihiv oblast), another attack (drones, overnight, rural district): must not merge with " + CHER),
  ]))

# ---------------------------------------------------------------- 17031 Pinmarrow Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="17031", name="17031_pinmarrow-atom", ext="xml", source="Pinmarrow Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Pinmarrow Dispatch \u2013 Ukraine", url="https://pinmarrow.example/ukraine", pid=40120,
  lede="Reporting from Ukraine and its neighbours",
  basis="Atom <published> '{s}' (explicit +03:00 offset = EEST); local {d} in {z}",
  notes="Invented outlet; Atom feed, newest first, <published> with +03:00, <author><name> per entry, escaped-HTML content. Continuation of day 1: 17031-03 (Kremenchuk mourning, toll nine) keeps the day-1 story slug and is importance 3 (carried by two day-2 seeds). Slovakia's veto (17031-01) is also carried by 17033.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id values"],
  entries=[
  E("2029-04-25 21:35", "Slovakia blocks new EU sanctions package",
    ["Slovakia has vetoed the EU\u2019s latest package of sanctions against Russia, diplomats in Brussels said on Wednesday evening, demanding guarantees on gas supplies first.",
     "The package would have added more than 100 tankers to the list of ships barred from EU ports."],
    "diplomacy", "diplomacy", 3, SLOVAK, a="Iryna Savchuk"),
  E("2029-04-25 18:05", "Chernihiv strike toll rises to six",
    ["Six people have died after Russian ballistic missiles hit the centre of Chernihiv, the regional administration said, adding that 31 people were injured."],
    "strikes", "strikes", 3, CHER, a="Petro Kravets", n="toll update"),
  E("2029-04-25 15:40", "Kremenchuk mourns as toll from Tuesday strike reaches nine",
    ["Kremenchuk held a day of mourning on Wednesday after a woman injured in Tuesday\u2019s Russian missile strike died in hospital, bringing the death toll to nine."],
    "strikes", "strikes", 3, KREM, a="Iryna Savchuk", n="continuation of the day-1 story with a new development (ninth death, mourning)"),
  E("2029-04-25 13:20", "Ukraine says its drones hit airfield in Russia\u2019s Kursk region",
    ["Ukraine\u2019s General Staff said its drones struck the Khalino military airfield near Kursk overnight, damaging at least one Su-34 bomber.",
     "Russia\u2019s defence ministry said it had destroyed 27 drones over the region."],
    "strikes", "strikes", 2, "kursk-khalino-airfield-drone-strike-2029-04-25", a="Petro Kravets"),
  E("2029-04-25 10:40", "Ballistic missiles hit Chernihiv; at least two dead",
    ["Russian ballistic missiles struck the centre of Chernihiv on Wednesday morning, killing at least two people, the regional governor said."],
    "strikes", "strikes", 3, CHER, a="Petro Kravets"),
  ]))

# ---------------------------------------------------------------- 17032 Drellis Evening Post (day 2)
SEEDS.append(dict(
  id="17032", name="17032_drellis-textlive", ext="txt", source="Drellis Evening Post", zone="Europe/Berlin", render=r_drellis,
  title="Ukraine war live: Chernihiv hit by missiles as Kremenchuk mourns its dead",
  dateline="Wednesday 25 April 2029",
  lede="Our correspondents follow the war in Ukraine through the day.",
  basis="post stamp '{s}' (CEST printed = UTC+2); day from the dateline 'Wednesday 25 April 2029' (oldest first, all posts that day); local {d} in {z}",
  notes="Invented outlet; text live blog, oldest first. Each post: headline, then a line 'HH:MM CEST | NAME' (stamp and author on one line; the re-post adds ' (Tallowgate Herald)', not part of the name), then body. 17032-02 re-publishes the day-1 Tallowgate Herald update 17021-05 verbatim (same headline and text): re-post of day-1, importance 1, duplicate_of null (duplicates are defined within a seed), same story slug. 17032-06 repeats 17032-03 nearly verbatim (duplicate_of). Theme piece 17032-04 explains why the north is exposed to ballistic missiles; it mentions Chernihiv but is its own story. 17032-01 and -07 continue the day-1 Kremenchuk story (mourning, ninth death).",
  not_entries=["outlet name and menu", "page title and dateline", "standfirst 'Our correspondents follow the war in Ukraine through the day.'",
               "'Refresh for the latest posts'", "membership promo between '* * *' lines", "'This live page is now closed.'", "footer"],
  entries=[
  E("2029-04-25 08:05", "Kremenchuk declares day of mourning",
    ["Authorities in Kremenchuk have declared Wednesday a day of mourning for the victims of Tuesday\u2019s missile strike on the city\u2019s refinery district, in which at least eight people died."],
    "strikes", "strikes", 3, KREM, a="Anna Brecht", n="continuation of the day-1 story (mourning)"),
  E("2029-04-25 09:10", DRONE_DE_H, DRONE_DE_P, "aid", "aid", 1, DRONE_DE, a="Danylo Marchenko", aff=" (Tallowgate Herald)",
    n="re-post of day-1 entry 17021-05 (Tallowgate Herald), verbatim: importance 1, same story"),
  E("2029-04-25 10:30", "Missile attack on Chernihiv kills at least three",
    ["At least three people were killed when Russian missiles hit the centre of Chernihiv, in northern Ukraine, on Wednesday morning, Ukrainian officials said.",
     "Images shared by emergency services showed a gutted four-storey building near the city\u2019s university."],
    "strikes", "strikes", 3, CHER, a="Jonas Feld"),
  E("2029-04-25 12:15", "Explainer: Why Ukraine\u2019s north is so exposed to ballistic missiles",
    ["Chernihiv, where missiles struck on Wednesday morning, lies less than 70 kilometres from the Belarusian border and about 90 kilometres from Russia.",
     "From launchers that close, a ballistic missile can reach the city in under two minutes, often before the air-raid siren has finished sounding.",
     "Ukraine\u2019s few Patriot batteries are concentrated around Kyiv and a handful of other large cities, leaving much of the north reliant on mobile gun crews that were set up to fight drones, not missiles."],
    "strikes", "strikes", 2, "explainer-northern-ukraine-ballistic-exposure", a="Jonas Feld",
    n="theme piece (explainer): mentions Chernihiv but is its own story; must not merge with " + CHER),
  E("2029-04-25 14:40", "Kremlin says talks with Kyiv are \u2018on pause\u2019",
    ["Kremlin spokesman Dmitry Peskov said contacts with Ukraine on a new round of negotiations were \u201con pause\u201d and blamed Kyiv for the delay."],
    "diplomacy", "diplomacy", 2, "kremlin-talks-on-pause-2029-04-25", a="Anna Brecht"),
  E("2029-04-25 16:20", "Missile attack on Chernihiv kills at least three",
    ["At least three people were killed when Russian missiles hit the centre of Chernihiv, in northern Ukraine, on Wednesday morning, Ukrainian officials said.",
     "Emergency services images showed a gutted four-storey building close to the city\u2019s university."],
    "strikes", "strikes", 1, CHER, a="Jonas Feld", dup="17032-03", n="near-verbatim repeat of 17032-03"),
  E("2029-04-25 18:50", "Kremenchuk toll rises to nine",
    ["A woman injured in Tuesday\u2019s missile strike on Kremenchuk has died in hospital, raising the death toll to nine, the Poltava regional administration said."],
    "strikes", "strikes", 3, KREM, a="Anna Brecht", n="continuation of the day-1 story with a new development (ninth death)"),
  ]))

# ---------------------------------------------------------------- 17033 Stoneacre Herald (day 2, general world feed)
SEEDS.append(dict(
  id="17033", name="17033_stoneacre-worldrss", ext="xml", source="Stoneacre Herald", zone="Asia/Tokyo", render=r_worldrss,
  title="Stoneacre Herald: World", url="https://stoneacre-herald.example/world", guid="sah-world", pid=31500, rfc="num",
  lede="International news from the Stoneacre Herald, Tokyo",
  basis="RSS pubDate '{s}' (explicit +0900 offset = JST); local {d} in {z}",
  notes="Invented outlet; general world-news RSS 2.0 feed from Tokyo, newest first, pubDate with +0900, no dc:creator (author null). The war is a minority: 2 of 6 items (Chernihiv strike, spelled 'Chernigov'; Slovakia's sanctions veto). Four items are off-beat (Tokyo stocks, Philippine ferry fire, Korean exports, cherry-blossom tourism): other/unrelated, importance 1. Local times 10:20-22:40 JST are 01:20-13:40 UTC, all on 25 April.",
  not_entries=["channel title/description/language/lastBuildDate", "category of every item", "link/guid values"],
  entries=[
  OFF("2029-04-25 22:40", "Tokyo stocks close at record high on chipmaker rally",
    ["The Nikkei share average closed at a record on Wednesday, led by semiconductor makers after strong results from a major supplier."],
    "tokyo-stocks-record-2029-04-25", n="markets, Japan", cat="Business"),
  E("2029-04-25 21:15", "Slovakia signals veto on new EU sanctions against Russia",
    ["Slovakia\u2019s government said it would not approve the EU\u2019s next package of sanctions against Russia unless it received guarantees on gas supplies, putting the measures in doubt."],
    "diplomacy", "diplomacy", 3, SLOVAK, cat="Europe"),
  OFF("2029-04-25 19:50", "Three missing after ferry fire off central Philippines",
    ["Coast guard crews rescued more than 80 passengers from a burning ferry near Cebu, but three people were still missing on Wednesday evening."],
    "philippines-ferry-fire-2029-04-25", n="accident, Philippines", cat="Asia"),
  E("2029-04-25 18:30", "Chernigov missile strike kills four in northern Ukraine",
    ["Four people were killed when Russian missiles hit the centre of Chernigov in northern Ukraine on Wednesday, local officials said.",
     "Russia\u2019s defence ministry said it had targeted a military command post."],
    "strikes", "strikes", 3, CHER, cat="Europe", n="spelled Chernigov (Russian transliteration of Chernihiv)"),
  OFF("2029-04-25 14:05", "South Korea\u2019s exports rise for fifth straight month",
    ["South Korean exports grew for a fifth consecutive month in April, helped by strong demand for memory chips, preliminary data showed."],
    "south-korea-exports-2029-04-25", n="economy, Korea", cat="Business"),
  OFF("2029-04-25 10:20", "Cherry-blossom season ends with record foreign visitors",
    ["Japan welcomed a record number of foreign tourists during this year\u2019s cherry-blossom season, the national tourism agency said."],
    "japan-cherry-blossom-tourism-2029-04-25", n="tourism, Japan", cat="Japan"),
  ]))


def r_corvelle(S):
    """text live, oldest first; date line 'Saturday 28 April' with NO year anywhere on the page; bare '08:05' line before each
    headline; one page byline; 'Video:' teaser."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Live  \u00b7  Ukraine  \u00b7  World  \u00b7  Explainers  \u00b7  Newsletters", "", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS_EN[d0.month - 1]}", f"By {S['author']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video, 0:48]", ""])
        if i == 3:
            L += ["Read more: What the grain corridor means for world food prices", ""]
    L += ["We will resume our live coverage tomorrow morning.", "", f"{S['source']} \u00b7 Contact the newsroom \u00b7 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "this page must print no year"
    return text, stamps


def r_rushgrove(S):
    """HTML live, newest first; JSON-LD @graph (organisation + LiveBlogPosting with per-update datePublished); visible
    '2:45pm AEST' in <time datetime>; signature '\u2014 NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    org = S["url"].split("/live")[0] + "/#org"
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": org, "name": S["source"]},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": org}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand">{esc(S["source"])}</a> <nav><a>National</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Culture</a></nav> <a>Subscribe</a></header>',
           f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} AEST"; stamps.append(st)
        out.append(f'<article class="live-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p></article>')
        if i == 2:
            out.append('<div class="promo">Get the morning edition newsletter: <a>sign up</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 = 2029-04-28
MYK = "mykolaiv-port-missile-strike-2029-04-28"
ODS = "odesa-port-drone-attack-2029-04-28"
ZER = "zelensky-erdogan-istanbul-meeting-2029-04-28"
MYK_P1 = "One person was killed and five injured in the missile attack on Mykolaiv\u2019s port, where a Panama-flagged bulk carrier loading grain was also hit, the regional governor said."

# ---------------------------------------------------------------- 17040 Mirecroft World (day 3, general world feed, Atom)
SEEDS.append(dict(
  id="17040", name="17040_mirecroft-worldatom", ext="xml", source="Mirecroft World", zone="UTC", render=r_atom,
  title="Mirecroft World \u2013 Latest", url="https://mirecroft-world.example/latest", pid=66200,
  lede="The day\u2019s international news",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet; general world-news Atom feed, newest first, <published> in UTC ('Z'), escaped-HTML content; <author> only on the two war items. The war is a minority: 2 of 6 entries (Mykolaiv port strike; Zelensky-Erdoğan meeting). Four are off-beat (Marseille wildfire, tennis, Buenos Aires protest, Mozambique cyclone): other/unrelated, importance 1.",
  not_entries=["feed title, subtitle, links, id, updated", "category terms", "entry link/id values"],
  entries=[
  OFF("2029-04-28 19:45", "Wildfire forces evacuations in hills near Marseille",
    ["Several hundred people were evacuated from villages north of Marseille as a wildfire fanned by strong winds spread through dry scrubland."],
    "marseille-wildfire-2029-04-28", n="wildfire, France", cat="Europe"),
  E("2029-04-28 15:10", "Erdoğan hosts Zelensky in Istanbul, offers to revive Black Sea talks",
    ["Turkish President Recep Tayyip Erdoğan met Ukraine\u2019s Volodymyr Zelensky in Istanbul on Saturday and offered to host new talks on the safety of merchant shipping in the Black Sea.",
     "The meeting came hours after a Russian missile strike damaged a grain ship in the port of Mykolaiv."],
    "diplomacy", "diplomacy", 3, ZER, a="Lena Hartwig", cat="Europe"),
  OFF("2029-04-28 14:30", "Defending champion knocked out early in Madrid",
    ["The defending champion lost in straight sets in the second round of the Madrid Open on Saturday, her earliest exit of the clay season."],
    "madrid-open-upset-2029-04-28", n="sport, tennis", cat="Sport"),
  OFF("2029-04-28 11:55", "Thousands rally in Buenos Aires against pension cuts",
    ["Tens of thousands of people marched to Argentina\u2019s Congress on Saturday to protest planned changes to state pensions."],
    "buenos-aires-pension-protest-2029-04-28", n="protest, Argentina", cat="Americas"),
  E("2029-04-28 08:20", "Missile strike on Mykolaiv port damages cargo ship, kills two",
    ["A Russian missile strike on the southern Ukrainian port of Mykolaiv killed two people early on Saturday and damaged a bulk carrier that was loading grain, Ukrainian officials said."],
    "strikes", "strikes", 3, MYK, a="Lena Hartwig", cat="Europe"),
  OFF("2029-04-28 05:00", "Cyclone makes landfall in northern Mozambique",
    ["A tropical cyclone came ashore in Mozambique\u2019s Cabo Delgado province overnight, bringing torrential rain and winds of up to 150km/h."],
    "mozambique-cyclone-2029-04-28", n="weather, Mozambique", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 17041 Corvelle Chronicle (day 3, text live, no year)
SEEDS.append(dict(
  id="17041", name="17041_corvelle-textlive", ext="txt", source="Corvelle Chronicle", zone="Europe/Kyiv", render=r_corvelle,
  title="Ukraine live: Missiles hit Mykolaiv port, grain ship damaged", author="Sofiia Romanyk", parse_args=["--date", "2029-04-28"],
  lede="Russian missiles struck the southern port city before dawn. We are following events through the day; all times are Kyiv time.",
  basis="bare post time '{s}' (Kyiv time per the standfirst, EEST = UTC+3); day from the date line 'Saturday 28 April' (no year printed anywhere: parse_args gives 2029-04-28); local {d} in {z}",
  notes="Invented outlet; text live blog, oldest first. Bare '08:05' line before each headline; the zone is given only in the standfirst ('all times are Kyiv time'). The date line 'Saturday 28 April' has no year and no year appears anywhere on the page, so parse_args gives 2029-04-28. One page byline (Sofiia Romanyk) used as author for every post, the video teaser included. 'Video:' post has no text ('[Video, 0:48]' placeholder), importance 1. 17041-06 repeats 17041-03 nearly verbatim (duplicate_of). Theme piece 17041-05 (why Russia strikes the southern ports) mentions Mykolaiv but is its own story. 17041-02 (drones on Odesa's port the same night) shares the ports theme: must not merge with the Mykolaiv strike.",
  not_entries=["outlet name and menu", "page title, date line 'Saturday 28 April', byline 'By Sofiia Romanyk'",
               "standfirst 'Russian missiles struck the southern port city before dawn. ...'", "video placeholder '[Video, 0:48]'",
               "'Read more: What the grain corridor means for world food prices'", "'We will resume our live coverage tomorrow morning.'", "footer"],
  entries=[
  E("2029-04-28 05:20", "Explosions in Mykolaiv as missiles target port",
    ["Residents of Mykolaiv reported a series of powerful explosions shortly before 5am as Russian missiles targeted the city\u2019s river port.",
     "The regional governor, Vitalii Kim, urged people to stay in shelters."],
    "strikes", "strikes", 3, MYK),
  E("2029-04-28 06:40", "Drones hit Odesa\u2019s port district overnight",
    ["Russian drones also attacked Odesa overnight, damaging warehouses and an office building in the port district, the regional administration said.",
     "One port worker was injured."],
    "strikes", "strikes", 3, ODS, n="same night, same ports theme, another city and weapon: must not merge with " + MYK),
  E("2029-04-28 08:05", "Mykolaiv: one dead, cargo ship damaged",
    [MYK_P1, "Fire crews are still working on the ship\u2019s forward hold."],
    "strikes", "strikes", 3, MYK, n="toll update"),
  E("2029-04-28 09:30", "Video: Fire on board the damaged cargo ship", [],
    "strikes", "strikes", 1, MYK, n="video teaser, no text body"),
  E("2029-04-28 11:10", "Explainer: Why Russia keeps striking Ukraine\u2019s southern ports",
    ["Saturday\u2019s attack on Mykolaiv fits a pattern: since the start of the year Russia has repeatedly hit the ports of the Mykolaiv and Odesa regions, through which most of Ukraine\u2019s grain and steel exports now pass.",
     "Ukraine\u2019s navy has pushed Russian warships away from the western Black Sea, so Moscow relies on missiles and drones instead.",
     "Each strike raises insurance costs for the shipowners who keep the corridor running."],
    "strikes", "strikes", 2, "explainer-russian-strikes-on-southern-ports",
    n="theme piece (explainer): mentions Mykolaiv but is its own story; must not merge with " + MYK),
  E("2029-04-28 13:25", "Mykolaiv: one dead, cargo ship damaged",
    [MYK_P1, "The fire on the ship has been put out."],
    "strikes", "strikes", 1, MYK, dup="17041-03", n="near-verbatim repeat of 17041-03"),
  E("2029-04-28 16:50", "Death toll in Mykolaiv port strike rises to three",
    ["Two more bodies were found under the wreckage of a warehouse at Mykolaiv\u2019s port, bringing the number of dead to three, the regional administration said."],
    "strikes", "strikes", 3, MYK, n="toll update"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Sofiia Romanyk"

# ---------------------------------------------------------------- 17042 Thornbeck Wire (day 3, RSS)
SEEDS.append(dict(
  id="17042", name="17042_thornbeck-rss", ext="xml", source="Thornbeck Wire", zone="Europe/Warsaw", render=r_worldrss,
  title="Thornbeck Wire \u2013 Eastern Europe", url="https://thornbeck-wire.example/eastern-europe", guid="tbw-ee", pid=5120, rfc="num",
  lede="Wire reports from Poland, Ukraine and the region",
  basis="RSS pubDate '{s}' (explicit +0200 offset = CEST); local {d} in {z}",
  notes="Invented outlet; regional RSS 2.0 feed, newest first, pubDate with +0200, dc:creator per item (author as printed), CDATA descriptions. Spelled 'Nikolaev' (Russian transliteration of Mykolaiv) in 17042-04. The Odesa port drone attack (17042-03) is also on 17041: importance 3; must not merge with the Mykolaiv strike.",
  not_entries=["channel title/description/language/lastBuildDate", "category of every item", "link/guid values"],
  entries=[
  E("2029-04-28 20:30", "Russia and Ukraine exchange 205 prisoners each",
    ["Russia and Ukraine each released 205 prisoners of war on Saturday in an exchange brokered by the United Arab Emirates, both sides said.",
     "Among the Ukrainians freed were soldiers captured in the Kursk region."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-205-2029-04-28", a="Marta Wi\u015bniewska", cat="Ukraine"),
  E("2029-04-28 17:45", "Poland to host Ukraine reconstruction conference in June",
    ["Poland will host an international conference on rebuilding Ukraine in Warsaw in June, the foreign ministry said on Saturday."],
    "diplomacy", "diplomacy", 2, "warsaw-reconstruction-conference-announced-2029-04-28", a="Adam Rutkowski", cat="Poland"),
  E("2029-04-28 13:05", "Odesa drone attack injures port worker",
    ["A port worker was injured when Russian drones hit warehouses in Odesa\u2019s port district overnight, Ukrainian authorities said on Saturday."],
    "strikes", "strikes", 3, ODS, a="Adam Rutkowski", cat="Ukraine", n="must not merge with " + MYK + " (another city, drones, same night)"),
  E("2029-04-28 10:15", "Missile strike on Nikolaev port kills two, damages grain ship",
    ["Russian missiles hit the river port of Nikolaev in southern Ukraine early on Saturday, killing two people and damaging a Panama-flagged ship that was loading grain, regional officials said."],
    "strikes", "strikes", 3, MYK, a="Marta Wi\u015bniewska", cat="Ukraine", n="spelled Nikolaev"),
  E("2029-04-28 08:30", "Polish court jails man for spying for Russia",
    ["A court in Lublin sentenced a Polish man to eight years in prison for passing information about military convoys bound for Ukraine to Russian intelligence."],
    "other", "security", 2, "lublin-spy-sentence-2029-04-28", a="Adam Rutkowski", cat="Poland"),
  ]))

# ---------------------------------------------------------------- 17043 Rushgrove Standard (day 3, HTML live, Sydney)
SEEDS.append(dict(
  id="17043", name="17043_rushgrove-htmllive", ext="html", source="Rushgrove Standard", zone="Australia/Sydney", render=r_rushgrove,
  title="Ukraine war live: Russian missiles hit Mykolayiv port; Zelensky meets Erdogan",
  url="https://rushgrove-standard.example/live/ukraine-2029-04-28",
  dateline="Saturday 28 April 2029",
  lede="Follow our live coverage of the war in Ukraine.",
  basis="post time '{s}' (12-hour clock with AEST printed = UTC+10; JSON-LD datePublished agrees); day from the date line 'Saturday 28 April 2029' (newest first, all posts that day); local {d} in {z}",
  notes="Invented outlet; Australian HTML live blog, newest first. JSON-LD is an @graph with the organisation and a LiveBlogPosting whose liveBlogUpdate array carries per-update headline, datePublished (+10:00) and author. Visible time '2:45pm AEST' in <time>; signature '\u2014 NAME' after each body. Local 1:10pm-11:40pm AEST = 03:10-13:40 UTC on 28 April. Spelled 'Mykolayiv' and 'Erdogan' (no breve). 17043-02 (shelling of Ochakiv, same Mykolaiv region, afternoon) is another attack: must not merge with the Mykolaiv port strike.",
  not_entries=["brand, navigation, Subscribe", "'LIVE' label", "page title, date line and intro 'Follow our live coverage of the war in Ukraine.'",
               "signature lines (author, not text)", "newsletter promo", "footer"],
  entries=[
  E("2029-04-28 23:40", "Erdogan offers to host new Black Sea talks after meeting Zelensky",
    ["Turkish President Recep Tayyip Erdogan has offered to host a fresh round of talks on Black Sea shipping after meeting Volodymyr Zelensky in Istanbul.",
     "Zelensky said the two men discussed protecting grain ships and a possible new prisoner exchange."],
    "diplomacy", "diplomacy", 3, ZER, a="Jess Tranter"),
  E("2029-04-28 21:15", "Ochakiv shelled, two injured",
    ["Russian artillery shelled the coastal town of Ochakiv, at the mouth of the Dnipro-Buh estuary, on Saturday afternoon, injuring two people, Mykolaiv regional officials said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2029-04-28", a="Jess Tranter",
    n="same region (Mykolaiv oblast), another attack (artillery on Ochakiv, afternoon): must not merge with " + MYK),
  E("2029-04-28 18:30", "Mykolayiv port strike: ship owner says crew safe as toll reaches two",
    ["The owner of the Panama-flagged bulk carrier damaged in Saturday\u2019s missile strike on Mykolayiv says all 19 crew members are safe, while Ukrainian officials put the death toll on shore at two."],
    "strikes", "strikes", 3, MYK, a="Oliver Brandt", n="spelled Mykolayiv"),
  E("2029-04-28 14:45", "Australia pledges more money for drones for Ukraine",
    ["The federal government will give A$45 million to an international fund that buys drones for Ukraine\u2019s armed forces, the defence minister announced.",
     "The money is in addition to Australia\u2019s earlier military aid, which included armoured vehicles."],
    "aid", "aid", 2, "australia-drone-fund-pledge-2029-04-28", a="Oliver Brandt"),
  E("2029-04-28 13:10", "Russian missiles hit Ukrainian port city of Mykolayiv",
    ["Russia has launched a missile attack on Mykolayiv, a port city in Ukraine\u2019s south, with local officials reporting at least one death."],
    "strikes", "strikes", 3, MYK, a="Jess Tranter"),
  ]))

if __name__ == "__main__":
    main()
