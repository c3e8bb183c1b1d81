#!/usr/bin/env python3
"""Builds the eval/fa seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences).
Part A imitates, from memory, the page layouts of ten real European outlets (in their own languages, except
Postimees, whose English-language service is imitated); Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fa/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
DA_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
HR_MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
HR_DAYS = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
# tokens after which a full stop does not end a sentence (lower-cased, checked on the last word before the stop)
ABBR = {"u.s.", "u.n.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "mr.", "mrs.", "ms.", "dr.", "st.", "a.m.", "p.m.", "no.",
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "m.", "mm.", "kl.", "ca.", "bl.a.", "t.ex.", "ok.", "ul.", "prof.",
        "sr.", "sra.", "dott.", "tzv.", "npr.", "hr.", "pga.", "dvs.", "ee.uu.", "płk.", "mln", "mld", "mln.", "mld."}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """first sentence as printed: ends at . ! ? or … (plus closing quotes) followed by a space and an upper-case letter,
    a digit or an opening quote, unless the word before the stop is a known abbreviation."""
    for m in re.finditer(r'[.!?\u2026]["\'\u201d\u2019\u00bb]?(?=\s+(\S))', par):
        nxt = m.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt in '"\u201c\u201e\u00ab\''):
            continue
        head = par[:m.end()]
        if head.split()[-1].lower() in ABBR:
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


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
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        d = d.astimezone(UTC)
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def slug(s):
    s = s.lower()
    for a, b in (("ą", "a"), ("ć", "c"), ("ę", "e"), ("ł", "l"), ("ń", "n"), ("ó", "o"), ("ś", "s"), ("ź", "z"), ("ż", "z"),
                 ("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("â", "a"), ("ç", "c"), ("ô", "o"), ("î", "i"), ("ù", "u"),
                 ("á", "a"), ("í", "i"), ("ú", "u"), ("ñ", "n"), ("ä", "a"), ("å", "a"), ("ö", "o"), ("ø", "o"), ("æ", "ae"),
                 ("č", "c"), ("ć", "c"), ("š", "s"), ("ž", "z"), ("đ", "d")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


SEEDS = []


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
            d = dt(e.get("pt") or e["t"], S["zone"]); u = d.astimezone(UTC)
            author = e["a"] if e["a"] is not None else S.get("page_author")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
                         "author": author,
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


# ================================================================ PART A: ten real outlets' layouts (own words)
# ---------------------------------------------------------------- 15800 Ouest-France (HTML live, French)
def r_ouestfrance(S):
    """Ouest-France 'EN DIRECT' page, HTML. Newest first; each post: time '22h40' then an h2 title and text. Page line
    'Publié le 03/04/2028 à 06h05 Modifié le 03/04/2028 à 22h40'. LiveBlogPosting JSON-LD with one BlogPosting per post."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    fr = lambda d: f"{d:%d/%m/%Y} à {d:%H}h{d:%M}"
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{880412 - i * 37}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": pub.isoformat(), "inLanguage": "fr-FR",
          "author": [{"@type": "Organization", "name": "Ouest-France"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Ouest-France", "logo": {"@type": "ImageObject", "url": "https://www.ouest-france.fr/img/logo-of.svg"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="page-direct">',
           '<div class="bandeau-consent">Avec votre accord, nous et nos partenaires utilisons des cookies. <button>Accepter</button> <button>Continuer sans accepter</button></div>',
           '<header class="su-header"><a class="logo" href="/">Ouest-France</a>'
           '<nav><a href="/actualite-en-continu/">Actu en continu</a> <a href="/monde/">Monde</a> <a href="/politique/">Politique</a> '
           '<a href="/economie/">Économie</a> <a href="/sport/">Sport</a> <a href="/culture/">Culture</a> <a href="/bretagne/">Bretagne</a> '
           '<a href="/normandie/">Normandie</a> <a href="/pays-de-la-loire/">Pays de la Loire</a></nav>'
           '<a class="btn" href="/abonnement/">Je m’abonne</a> <a href="/connexion/">Se connecter</a> <a href="/journal/">Le journal</a></header>',
           '<main><nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/monde/">Monde</a> › <a href="/monde/ukraine/">Ukraine</a></nav>',
           '<article class="article-direct"><p class="badge">EN DIRECT</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="chapo">{esc(S["lede"])}</p>',
           f'<div class="signature"><span class="auteur">{esc(S["page_author"])}</span>.</div>',
           f'<div class="dates"><span>Publié le {fr(pub)}</span> <span>Modifié le {fr(last)}</span></div>',
           '<div class="partage"><button>Partager</button> <button>Facebook</button> <button>X</button> <button>Copier le lien</button></div>',
           '<figure><img src="/photo-direct.jpg" alt=""><figcaption>Des secouristes à Odessa, le 3 avril 2028. | ILLUSTRATION OUEST-FRANCE</figcaption></figure>',
           '<section class="fil-direct">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{880412 - i * 37}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player">Lecture en cours… 0:58</div>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="lire-aussi"><p>Lire aussi : <a href="/monde/ukraine/odessa-port-cible-2028.html">Pourquoi Odessa reste une cible privilégiée de l’armée russe</a></p></aside>')
        if i == 3:
            out.append('<aside class="newsletter"><p>La newsletter Monde</p><p>Chaque matin, l’essentiel de l’actualité internationale dans votre boîte mail.</p>'
                       '<input type="email" placeholder="Votre adresse e-mail"> <button>Je m’inscris</button></aside>')
    out += ['</section>', '<p class="fin-direct">Ce direct est désormais terminé. Retrouvez toute l’actualité de la guerre en Ukraine sur notre site.</p>',
            '</article>', '<aside class="a-lire"><h3>À lire aussi</h3><ul>'
            '<li><a href="/bretagne/rennes/tramway-2028.html">Rennes : la ligne de tram b prolongée jusqu’à Cesson</a></li>'
            '<li><a href="/sport/football/stade-brestois-2028.html">Stade brestois : un match décisif pour l’Europe</a></li></ul></aside></main>',
            '<footer><a href="/mentions-legales/">Mentions légales</a> <a href="/cgu/">CGU</a> <a href="/cookies/">Gestion des cookies</a> '
            '<a href="/contact/">Contact</a> <p>© Ouest-France</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


ODESA_0403 = "russian-overnight-drone-attack-odesa-2028-04-03"
SEEDS.append(dict(
  id="15800", name="15800_ouestfrance-direct", ext="html", source="Ouest-France", zone="Europe/Paris", render=r_ouestfrance,
  title="EN DIRECT. Guerre en Ukraine : trois morts à Odessa après une attaque de drones, Kiev signe un accord avec le Danemark",
  url="https://www.ouest-france.fr/monde/ukraine/en-direct-guerre-en-ukraine-trois-morts-a-odessa-apres-une-attaque-de-drones-7f3e2c10-d1b5-11f0.html",
  published="2028-04-03 06:05", page_author="Ouest-France avec AFP",
  lede="Suivez en direct les dernières informations sur la guerre en Ukraine, ce lundi 3 avril 2028.",
  basis="post time '{s}' (French format, no zone printed: Ouest-France prints Paris time, CEST = UTC+2); day from the page line 'Publié le 03/04/2028 ... Modifié le 03/04/2028' and the JSON-LD datePublished of the post; local {d} in {z}",
  notes="Imitates an Ouest-France 'EN DIRECT' live page (French). Newest first. Each post: a <time> '22h40' (no zone printed; Paris time), an h2 title, text. Page dates only in 'Publié le 03/04/2028 à 06h05 Modifié le 03/04/2028 à 22h40'. LiveBlogPosting JSON-LD carries one BlogPosting per post with the correct datePublished (+02:00). No per-post authors: the page signature 'Ouest-France avec AFP' is used for every entry. The 09h10 post is a 'VIDÉO.' teaser with only a video player (no text). The Odessa toll grows from two (07h05) to three (20h15): same story.",
  not_entries=["cookie consent banner", "header logo and navigation (Actu en continu, Monde, ...), 'Je m’abonne', 'Se connecter', 'Le journal'",
               "breadcrumb 'Accueil › Monde › Ukraine'", "badge 'EN DIRECT'", "page title (h1)", "chapô 'Suivez en direct les dernières informations ...' (page lede)",
               "signature 'Ouest-France avec AFP.'", "'Publié le ... Modifié le ...' line", "share buttons", "photo caption '... | ILLUSTRATION OUEST-FRANCE'",
               "video player placeholder 'Lecture en cours… 0:58' inside the teaser post", "'Lire aussi :' related link after the second post",
               "newsletter box 'La newsletter Monde' after the fourth post", "closing line 'Ce direct est désormais terminé ...'",
               "'À lire aussi' rail with two regional links", "footer links and '© Ouest-France'"],
  entries=[
  E("2028-04-03 22:40", "Zelensky annonce un accord avec le Danemark pour produire des drones intercepteurs",
    ["Le président ukrainien Volodymyr Zelensky a annoncé lundi soir la signature d’un accord avec Copenhague pour financer la fabrication de drones intercepteurs en Ukraine.",
     "Selon lui, les premiers lots doivent être livrés aux unités de défense antiaérienne avant l’été. Le montant de l’accord n’a pas été rendu public."],
    "aid", "aid", 2, "denmark-ukraine-interceptor-drone-deal-2028-04-03"),
  E("2028-04-03 20:15", "Odessa : le bilan de l’attaque de drones s’alourdit à trois morts",
    ["Trois personnes ont été tuées et onze blessées lors de l’attaque de drones russes qui a visé Odessa dans la nuit de dimanche à lundi, a indiqué le gouverneur régional Oleh Kiper.",
     "Un immeuble de neuf étages a été en partie détruit dans le quartier de Peressyp, au nord de la ville portuaire. Les recherches dans les décombres se sont achevées en fin d’après-midi."],
    "strikes", "strikes", 3, ODESA_0403),
  E("2028-04-03 17:30", "La Russie revendique la prise d’un village près de Kostiantynivka",
    ["Le ministère russe de la Défense affirme que ses troupes ont pris le contrôle du village de Predtetchyne, dans la région de Donetsk.",
     "L’état-major ukrainien n’a pas confirmé cette information et fait état de combats toujours en cours dans le secteur."],
    "other", "frontline", 2, "russia-claims-predtechyne-2028-04-03"),
  E("2028-04-03 14:05", "L’UE prépare un nouveau paquet de sanctions visant la flotte fantôme russe",
    ["La Commission européenne doit présenter dans les prochains jours un nouveau train de sanctions contre Moscou, a indiqué un porte-parole à Bruxelles.",
     "Le texte viserait en priorité les pétroliers de la « flotte fantôme » qui permettent à la Russie de contourner le plafonnement du prix de son pétrole. Il devra être adopté à l’unanimité des Vingt-Sept."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-proposal-2028-04-03"),
  E("2028-04-03 11:20", "Le chef de la diplomatie ukrainienne attendu à Paris jeudi",
    ["Le ministre ukrainien des Affaires étrangères, Andriï Sybiha, se rendra jeudi à Paris pour une réunion consacrée aux garanties de sécurité, a annoncé le Quai d’Orsay.",
     "Il doit également rencontrer des industriels français de l’armement."],
    "diplomacy", "diplomacy", 2, "sybiha-paris-visit-2028-04-06"),
  E("2028-04-03 09:10", "VIDÉO. Les images de l’immeuble éventré par un drone à Odessa", [],
    "strikes", "strikes", 1, ODESA_0403, n="video teaser, no text body"),
  E("2028-04-03 07:05", "Nuit d’attaques : 87 drones et deux missiles lancés sur l’Ukraine",
    ["La Russie a lancé 87 drones d’attaque et deux missiles balistiques contre l’Ukraine pendant la nuit, a annoncé l’armée de l’air ukrainienne, qui affirme en avoir neutralisé 71.",
     "À Odessa, deux personnes ont été tuées et plusieurs bâtiments résidentiels endommagés, selon les premiers éléments communiqués par les autorités régionales."],
    "strikes", "strikes", 3, ODESA_0403),
  ]))


# ---------------------------------------------------------------- 15801 Le Parisien (text scrape of a live page, French)
def r_parisien(S):
    """Le Parisien 'DIRECT' page as copied from the browser. Newest first; each post is a '00h15' line followed by text
    (no post headlines). Page line 'Le 5 avril 2028 à 07h02, modifié le 6 avril 2028 à 00h15'. The posts cross local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    frd = lambda d: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H}h{d:%M}"
    L = ["Le Parisien", "Se connecter", "S’abonner", "",
         "Actualités   Faits divers   Politique   Société   International   Économie   Sports   Culture   Étudiant   Jeux", "",
         "International", "", S["title"], "", f"Par {S['page_author']}", f"Le {frd(pub)}, modifié le {frd(last)}", "",
         "Écouter l’article", "Partager", "", "Ce qu’il faut retenir"] + [f"• {b}" for b in S["bullets"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        L += [st] + ptxt(e["p"])
        if i == 2:
            L += ["Newsletter L’essentiel du matin", "Un tour de l’actualité pour commencer la journée", "Je m’inscris", ""]
        if i == 4:
            L += [f"Lire aussi > {S['lire']}", ""]
    L += ["Afficher plus de messages", "", "Le Parisien", "Nous contacter   Mentions légales   Gestion des cookies   CGU   Publicité",
          "© Le Parisien"]
    return "\n".join(L) + "\n", stamps


KHARKIV_0405 = "kharkiv-iskander-strike-2028-04-05"
SEEDS.append(dict(
  id="15801", name="15801_leparisien-direct", ext="txt", source="Le Parisien", zone="Europe/Paris", render=r_parisien,
  title="DIRECT. Guerre en Ukraine : un missile frappe un immeuble de Kharkiv, au moins cinq morts",
  published="2028-04-05 07:02", page_author="Le Parisien avec AFP",
  bullets=["Un missile russe a touché mercredi en fin de matinée un immeuble d’habitation de Kharkiv, dans le nord-est de l’Ukraine.",
           "L’Allemagne promet deux nouveaux systèmes de défense antiaérienne Iris-T.",
           "Moscou menace de viser tout instructeur occidental envoyé en Ukraine."],
  lire="Guerre en Ukraine : à Kharkiv, la vie sous les sirènes",
  basis="post time '{s}' (no zone printed; Le Parisien prints Paris time, CEST = UTC+2); no date per post: the page line 'Le 5 avril 2028 à 07h02, modifié le 6 avril 2028 à 00h15' and the newest-first order put the top post after midnight on 6 April and the rest on 5 April; local {d} in {z}",
  notes="Imitates a Le Parisien 'DIRECT' live page (French) copied as text. Newest first. Posts have no headline: a time line ('23h30', no zone; Paris time) followed by paragraphs, so headline is null and first_sentence is the post's first sentence. Dates only in the page line 'Le 5 avril 2028 à 07h02, modifié le 6 avril 2028 à 00h15'. The top post (00h15) is after local midnight, on 6 April, but still 5 April in UTC (22:15Z); all seven posts fall on 2028-04-05 UTC. 'Ce qu’il faut retenir' is a summary box of sentences that are not post headlines: page lede, not entries, and no key_point. Page signature 'Par Le Parisien avec AFP' used as author. The Kharkiv toll grows 2 → 4 → 5 (one story).",
  not_entries=["masthead 'Le Parisien', 'Se connecter', 'S’abonner'", "navigation line", "rubric 'International'", "page title",
               "signature 'Par Le Parisien avec AFP' and the 'Le 5 avril 2028 à 07h02, modifié le ...' line", "'Écouter l’article', 'Partager'",
               "'Ce qu’il faut retenir' box and its three summary bullets (page lede; not post headlines)",
               "newsletter box 'Newsletter L’essentiel du matin' / 'Un tour de l’actualité ...' / 'Je m’inscris'",
               "related link 'Lire aussi > Guerre en Ukraine : à Kharkiv, la vie sous les sirènes'", "'Afficher plus de messages'",
               "footer (masthead, links, '© Le Parisien')"],
  entries=[
  E("2028-04-06 00:15", None,
    ["Les secours ont achevé peu après minuit leurs recherches dans les décombres de l’immeuble touché à Kharkiv, où le bilan s’établit désormais à cinq morts.",
     "Une trentaine de personnes ont été blessées, dont quatre enfants, selon le maire de la ville, Ihor Terekhov."],
    "strikes", "strikes", 3, KHARKIV_0405),
  E("2028-04-05 23:30", None,
    ["L’armée de l’air ukrainienne met en garde contre une nouvelle vague de drones d’attaque se dirigeant vers la région de Kiev.",
     "Les habitants sont invités à rejoindre les abris jusqu’à la levée de l’alerte."],
    "strikes", "strikes", 2, "drone-alert-kyiv-region-2028-04-05"),
  E("2028-04-05 21:10", None,
    ["Le Kremlin a jugé « inacceptables » les propos du secrétaire général de l’Otan sur l’envoi éventuel d’instructeurs militaires européens en Ukraine.",
     "Le porte-parole Dmitri Peskov a affirmé que toute présence militaire occidentale sur le sol ukrainien serait considérée comme une cible légitime."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-over-western-instructors-2028-04-05"),
  E("2028-04-05 18:40", None,
    ["Le bilan de la frappe sur Kharkiv passe à quatre morts, annonce le gouverneur régional Oleh Syniehoubov.",
     "Selon lui, un missile balistique Iskander a touché un immeuble de neuf étages du quartier de Saltivka, où plusieurs appartements ont pris feu."],
    "strikes", "strikes", 3, KHARKIV_0405),
  E("2028-04-05 15:05", None,
    ["Berlin va livrer deux systèmes de défense antiaérienne Iris-T supplémentaires à l’Ukraine d’ici à l’été, a annoncé le ministre allemand de la Défense, Boris Pistorius.",
     "L’enveloppe, qui comprend aussi des missiles pour les systèmes déjà livrés, s’élève à environ 400 millions d’euros."],
    "aid", "aid", 3, "germany-iris-t-pledge-2028-04-05"),
  E("2028-04-05 12:20", None,
    ["Un missile a frappé un immeuble résidentiel de Kharkiv, tuant au moins deux personnes, selon les autorités locales.",
     "Plusieurs habitants seraient encore coincés sous les décombres, et les secours ont déployé une grue pour dégager les étages effondrés."],
    "strikes", "strikes", 3, KHARKIV_0405),
  E("2028-04-05 09:05", None,
    ["La Suède et la Finlande organiseront le mois prochain un exercice militaire conjoint près de la frontière russe, ont annoncé leurs ministères de la Défense.",
     "Quelque 5 000 soldats et une quarantaine d’avions de combat doivent y participer."],
    "other", "security", 2, "sweden-finland-joint-exercise-2028-04-05"),
  ]))


# ---------------------------------------------------------------- 15802 La Stampa (RSS, Italian)
def r_lastampa(S):
    """La Stampa section feed (Esteri), RSS 2.0: pubDate with +0200, dc:creator, category, CDATA description, media:content."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.lastampa.it/esteri</link>',
           '<atom:link href="https://www.lastampa.it/rss/esteri.xml" rel="self" type="application/rss+xml"/>',
           '<description>Le notizie di esteri de La Stampa</description>', '<language>it</language>',
           '<copyright>Copyright La Stampa. Tutti i diritti riservati</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://www.lastampa.it/img/logo-lastampa.png</url><title>La Stampa</title><link>https://www.lastampa.it</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.lastampa.it/esteri/{d:%Y/%m/%d}/news/{slug(e['h'])}-{15480213 + i * 977}/"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{e.get("cat", "Esteri")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:content url="https://www.lastampa.it/resizer/{15480213 + i * 977}.jpg" medium="image" width="1024" height="576"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15802", name="15802_lastampa-esteri", ext="xml", source="La Stampa", zone="Europe/Rome", render=r_lastampa,
  title="La Stampa - Esteri",
  basis="RSS pubDate '{s}' (explicit +0200 offset, CEST); local {d} in {z}",
  notes="Imitates La Stampa's 'Esteri' section RSS feed (Italian). Newest first; pubDate with the +0200 offset; dc:creator per item; one-paragraph CDATA descriptions (summary only). Three of seven items are off-beat world stories (air-traffic strike in France, German pension reform, Hokkaido earthquake).",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "channel image block", "media:content image of every item",
               "guid/link URLs", "category elements"],
  entries=[
  E("2028-04-07 22:45", "Ucraina, raid russo su Zaporizhzhia: colpita una centrale elettrica",
    ["Missili e droni russi hanno colpito in serata un impianto energetico nella regione di Zaporizhzhia, lasciando senza corrente decine di migliaia di utenti. Secondo il governatore Ivan Fedorov non ci sono vittime."],
    "strikes", "strikes", 2, "zaporizhzhia-power-plant-strike-2028-04-07", a="Marco Bresciani"),
  OFF("2028-04-07 20:10", "Francia, sciopero dei controllori di volo: cancellati centinaia di voli",
    ["Lo sciopero dei controllori di volo francesi ha costretto le compagnie a cancellare centinaia di voli, con ripercussioni anche sugli aeroporti di Milano e Roma. La protesta proseguirà fino a domenica."],
    "france-air-traffic-strike-2028-04", a="Redazione Esteri", n="French air-traffic strike"),
  E("2028-04-07 18:30", "Meloni a Kiev: «L’Italia resterà al fianco dell’Ucraina»",
    ["La presidente del Consiglio Giorgia Meloni è arrivata a Kiev per una visita non annunciata e ha incontrato Volodymyr Zelensky, con cui ha discusso del nuovo pacchetto di aiuti e della conferenza per la ricostruzione."],
    "diplomacy", "diplomacy", 3, "meloni-kyiv-visit-2028-04-07", a="Ilaria Fontanesi", sec=["aid"]),
  OFF("2028-04-07 15:20", "Germania, il Bundestag approva la riforma delle pensioni",
    ["Il Bundestag ha approvato con una maggioranza risicata la riforma delle pensioni voluta dal governo, che alza gradualmente l’età di uscita dal lavoro. L’opposizione annuncia un ricorso alla Corte costituzionale."],
    "german-pension-reform-vote-2028-04", a="Redazione Esteri", n="German domestic politics"),
  E("2028-04-07 12:05", "Mosca, giornalista arrestato con l’accusa di tradimento",
    ["Un giornalista di un quotidiano economico russo è stato arrestato a Mosca con l’accusa di alto tradimento per aver inviato denaro a una fondazione ucraina. Rischia fino a vent’anni di carcere."],
    "other", "security", 2, "moscow-journalist-treason-arrest-2028-04-07", a="Ilaria Fontanesi"),
  OFF("2028-04-07 09:40", "Giappone, scossa di magnitudo 6,1 al largo di Hokkaido",
    ["Un terremoto di magnitudo 6,1 ha colpito il mare al largo dell’isola di Hokkaido, nel nord del Giappone. Non è stato diramato alcun allarme tsunami e non si segnalano danni gravi."],
    "hokkaido-earthquake-2028-04-07", a="Redazione Esteri", n="earthquake in Japan"),
  E("2028-04-07 07:15", "Kharkiv, drone russo colpisce un autobus: due morti",
    ["Due civili sono stati uccisi e sette feriti quando un drone russo ha colpito un autobus di linea alla periferia di Kharkiv, ha riferito il sindaco Ihor Terekhov. L’attacco è avvenuto nell’ora di punta del mattino."],
    "strikes", "strikes", 3, "kharkiv-bus-drone-strike-2028-04-07", a="Marco Bresciani"),
  ]))


# ---------------------------------------------------------------- 15803 La Vanguardia (HTML live, Spanish)
def r_vanguardia(S):
    """La Vanguardia 'en directo' page, HTML. Newest first; each post: bare time '23:20' in <time>, then h2 and text.
    Page dates '09/04/2028 07:00' and 'Actualizado a 09/04/2028 23:20'. JSON-LD: LiveBlogPosting without updates + BreadcrumbList."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = [{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
           "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
           "author": {"@type": "Person", "name": S["page_author"]},
           "publisher": {"@type": "NewsMediaOrganization", "name": "La Vanguardia", "url": "https://www.lavanguardia.com"}},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "Internacional", "item": "https://www.lavanguardia.com/internacional"}]}]
    out = ['<!DOCTYPE html>', '<html lang="es"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/">La Vanguardia</a><nav><a href="/internacional">Internacional</a> '
           '<a href="/politica">Política</a> <a href="/economia">Economía</a> <a href="/opinion">Opinión</a> <a href="/local">Local</a> '
           '<a href="/deportes">Deportes</a> <a href="/vida">Vida</a> <a href="/cultura">Cultura</a></nav>'
           '<a class="suscribete" href="/suscripcion">Suscríbete</a> <a href="/login">Iniciar sesión</a></header>',
           '<main><p class="epigraph">Internacional</p><span class="live-tag">Directo</span>', f'<h1 class="title">{esc(S["title"])}</h1>',
           f'<h2 class="subtitle">{esc(S["lede"])}</h2>',
           f'<div class="author-data"><span class="author-name">{esc(S["page_author"])}</span> <span class="place">Barcelona</span></div>',
           f'<div class="date-time"><time class="created">{pub:%d/%m/%Y %H:%M}</time> <span class="updated">Actualizado a {last:%d/%m/%Y %H:%M}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copiar enlace</a> <a>Comentarios</a></div>',
           '<section class="live-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-item"><time datetime="{d.isoformat()}">{st}</time><h2 class="live-item-title">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p class="paragraph">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video">Reproducir vídeo 01:12</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="related"><p>Lee también</p><a href="/internacional/20280408/estambul-negociaciones.html">Estambul, la ciudad que vuelve a ser escenario de la diplomacia entre Kyiv y Moscú</a></aside>')
        if i == 4:
            out.append('<div class="newsletter">Newsletter Lo último. Las noticias más importantes del día, en tu correo. <button>Apúntate</button></div>')
    out += ['</section></main>', '<footer>© La Vanguardia Ediciones, S.L.U. Todos los derechos reservados. <a href="/aviso-legal">Aviso legal</a> '
            '<a href="/politica-de-cookies">Política de cookies</a> <a href="/contacto">Contacto</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KHERSON_0409 = "kherson-drone-strike-2028-04-09"
SEEDS.append(dict(
  id="15803", name="15803_lavanguardia-directo", ext="html", source="La Vanguardia", zone="Europe/Madrid", render=r_vanguardia,
  title="Guerra Rusia-Ucrania, en directo | Ofensiva rusa en Sumi y nueva ronda de contactos en Estambul",
  url="https://www.lavanguardia.com/internacional/20280409/10544120/guerra-rusia-ucrania-directo-ultima-hora.html",
  published="2028-04-09 07:00", page_author="Laura Ferrer Vidal",
  lede="Sigue en directo la última hora de la guerra en Ucrania este domingo 9 de abril",
  basis="post time '{s}' (no zone printed; La Vanguardia prints Spanish peninsular time, CEST = UTC+2); day from the page dates '09/04/2028 07:00' and 'Actualizado a 09/04/2028 23:20'; local {d} in {z}",
  notes="Imitates a La Vanguardia 'Directo' page (Spanish). Newest first; each post: a bare time '23:20' (no zone; Madrid time), an h2 title, text. Dates only in '09/04/2028 07:00' and 'Actualizado a 09/04/2028 23:20'. JSON-LD: a LiveBlogPosting with page times only (no liveBlogUpdate) plus a BreadcrumbList. Page signature 'Laura Ferrer Vidal' (Barcelona) used as author for all posts. 'Vídeo |' post is a teaser with only a video player. 'Kyiv' and 'Kiev' both appear, as in Spanish media.",
  not_entries=["header logo, navigation, 'Suscríbete', 'Iniciar sesión'", "epigraph 'Internacional' and 'Directo' tag", "page title (h1)",
               "subtitle 'Sigue en directo la última hora ...' (page lede)", "author block 'Laura Ferrer Vidal Barcelona'",
               "date line '09/04/2028 07:00 Actualizado a 09/04/2028 23:20'", "share bar", "video player placeholder 'Reproducir vídeo 01:12'",
               "'Lee también' related link after the third post", "newsletter box 'Newsletter Lo último ...'", "footer"],
  entries=[
  E("2028-04-09 23:20", "Zelenski agradece a España el envío de una nueva batería Patriot",
    ["El presidente ucraniano, Volodímir Zelenski, ha agradecido este domingo a España la entrega de una batería Patriot adicional, que según Kyiv ya está operativa.",
     "El Ministerio de Defensa no ha confirmado dónde se ha desplegado el sistema ni cuándo salió de territorio español."],
    "aid", "aid", 3, "spain-patriot-battery-delivery-2028-04-09"),
  E("2028-04-09 21:05", "Rusia intensifica su ofensiva terrestre en la región de Sumi",
    ["Las fuerzas rusas han intensificado sus ataques en el norte de la región de Sumi, según el Estado Mayor ucraniano, que contabiliza 38 asaltos en las últimas 24 horas.",
     "Kyiv asegura haber contenido el avance, aunque admite que la situación es difícil en dos localidades fronterizas."],
    "other", "frontline", 3, "russian-offensive-sumy-region-2028-04-09"),
  E("2028-04-09 18:40", "Delegaciones de Ucrania y Rusia se reúnen en Estambul",
    ["Representantes de Kyiv y Moscú han mantenido este domingo en Estambul una nueva ronda de conversaciones técnicas sobre el intercambio de prisioneros, con mediación turca.",
     "Según la diplomacia turca, el encuentro duró tres horas y las partes acordaron volver a verse a finales de mes."],
    "diplomacy", "diplomacy", 3, "istanbul-technical-talks-2028-04-09"),
  E("2028-04-09 16:40", "Vídeo | Así ha quedado el barrio atacado en Jersón", [],
    "strikes", "strikes", 1, KHERSON_0409, n="video teaser, no text body"),
  E("2028-04-09 16:15", "Un muerto y dos heridos en un ataque con drones en Jersón",
    ["Un hombre de 64 años ha muerto y otras dos personas han resultado heridas por el ataque de un dron ruso contra un barrio residencial de Jersón, según la administración militar regional.",
     "La ciudad, situada en la orilla derecha del Dniéper, sufre bombardeos casi a diario desde su liberación en noviembre de 2022."],
    "strikes", "strikes", 3, KHERSON_0409),
  E("2028-04-09 13:30", "EE.UU. aprueba la venta de repuestos para los F-16 ucranianos",
    ["El Departamento de Estado ha aprobado una posible venta de piezas de recambio y servicios de mantenimiento para los cazas F-16 de Ucrania por valor de 310 millones de dólares.",
     "La operación todavía debe ser notificada al Congreso."],
    "aid", "aid", 2, "us-f16-spare-parts-sale-2028-04-09"),
  E("2028-04-09 11:00", "El Papa pide una tregua de Semana Santa en Ucrania",
    ["El papa León XIV ha pedido desde la plaza de San Pedro una tregua durante la Semana Santa en Ucrania y ha rezado por los prisioneros de guerra de ambos bandos.",
     "Es la tercera vez en lo que va de año que el Pontífice hace un llamamiento similar."],
    "diplomacy", "diplomacy", 2, "pope-easter-truce-appeal-2028-04-09"),
  ]))


# ---------------------------------------------------------------- 15804 Dagens Nyheter (HTML article with sections, Swedish)
def r_dn(S):
    """Dagens Nyheter overview article, HTML: kicker, h1, ingress, byline, 'Publicerad 2028-04-11 07:42' / 'Uppdaterad ...',
    h2 sections (one entry each, no time of their own). NewsArticle JSON-LD with a paywall hasPart."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "inLanguage": "sv",
          "author": [{"@type": "Person", "name": S["page_author"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Dagens Nyheter", "url": "https://www.dn.se"},
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__premium-content"},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="sv"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - DN.se</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="site-header__logo" href="/">DN</a><nav><a href="/">Nyheter</a> <a href="/sverige/">Sverige</a> '
           '<a href="/varlden/">Världen</a> <a href="/ekonomi/">Ekonomi</a> <a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a> '
           '<a href="/debatt/">Debatt</a> <a href="/ledare/">Ledare</a> <a href="/sthlm/">Sthlm</a></nav>'
           '<a class="site-header__login" href="/logga-in/">Logga in</a> <a class="site-header__buy" href="/kop/">Köp DN</a></header>',
           '<main><article class="article"><p class="article__kicker">Världen</p>', f'<h1 class="article__title">{esc(S["title"])}</h1>',
           f'<p class="article__lead">{esc(S["lede"])}</p>',
           f'<figure><img src="/bild.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="byline"><span class="byline__name">{esc(S["page_author"])}</span> <span class="byline__role">Nyhetsreporter</span></div>',
           f'<div class="article__dates"><span>Publicerad {pub:%Y-%m-%d %H:%M}</span> <span>Uppdaterad {upd:%Y-%m-%d %H:%M}</span></div>',
           '<div class="article__tools"><button>Lyssna på artikeln</button> <button>Dela</button> <button>Spara</button></div>',
           '<div class="article__body article__premium-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<p class="related"><strong>Läs mer:</strong> <a href="/varlden/stodpaket-ukraina/">{esc(S["related"])}</a></p>')
    out += ['</div>', '<section class="newsletter"><p>Nyhetsbrev: Morgonkollen med DN</p><p>Få dagens viktigaste nyheter i din inkorg.</p><button>Prenumerera</button></section>',
            '</article></main>', '<footer><p>Dagens Nyheter</p><a href="/kundservice/">Kundservice</a> <a href="/om-cookies/">Om cookies</a> '
            '<a href="/integritet/">Personuppgiftspolicy</a><p>Ansvarig utgivare: Redaktionen</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="15804", name="15804_dn-varlden", ext="html", source="Dagens Nyheter", zone="Europe/Stockholm", render=r_dn,
  title="Kriget i Ukraina: Det här har hänt under natten",
  url="https://www.dn.se/varlden/kriget-i-ukraina-det-har-har-hant-under-natten-2028-04-11/",
  published="2028-04-11 07:42", updated="2028-04-11 09:15", page_author="Frida Lundqvist",
  lede="Ryssland angrep Kyiv med robotar och drönare under natten. Samtidigt presenterade regeringen ett nytt stödpaket till Ukraina.",
  caption="Räddningsarbetare i Kyivs östra stadsdelar efter nattens attack. Foto: Ukrainas räddningstjänst",
  related="Så mycket har Sverige gett Ukraina sedan invasionen",
  basis="no time of its own: the section is part of an article with one printed time, 'Publicerad 2028-04-11 07:42' (no zone printed; DN prints Stockholm time, CEST = UTC+2); the 'Uppdaterad 2028-04-11 09:15' line is a later edit of the whole article and is not used; local {d} in {z}",
  notes="Imitates a Dagens Nyheter overview article ('Det här har hänt under natten', Swedish), HTML. Five h2 sections, one entry each (headline = the h2); sections carry no time, so published = the article's 'Publicerad 2028-04-11 07:42' (Stockholm time, no zone printed); 'Uppdaterad 09:15' is not used (convention). Byline 'Frida Lundqvist' (role label 'Nyhetsreporter' is not part of the name) used for all sections. NewsArticle JSON-LD with isAccessibleForFree false (DN paywall markup).",
  not_entries=["header logo 'DN', navigation, 'Logga in', 'Köp DN'", "kicker 'Världen'", "page title (h1)", "ingress (page lede)",
               "photo caption '... Foto: Ukrainas räddningstjänst'", "byline role 'Nyhetsreporter'", "'Publicerad ... Uppdaterad ...' line",
               "tools 'Lyssna på artikeln', 'Dela', 'Spara'", "related link 'Läs mer: Så mycket har Sverige gett Ukraina sedan invasionen'",
               "newsletter box 'Nyhetsbrev: Morgonkollen med DN'", "footer"],
  entries=[
  E("2028-04-11 07:42", "Robotar och drönare mot Kyiv under natten",
    ["Minst fyra personer dödades när Ryssland under natten till tisdagen angrep Kyiv med kryssningsrobotar och drönare, uppger huvudstadens militära administration.",
     "Bränder bröt ut i flera bostadshus på östra sidan av Dnipro, och ett tjugotal personer fördes till sjukhus.",
     "Enligt det ukrainska flygvapnet avfyrade Ryssland sammanlagt 14 robotar och 110 drönare mot landet under natten."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2028-04-11"),
  E("2028-04-11 07:42", "Sverige skänker stödpaket värt nio miljarder",
    ["Regeringen meddelade på tisdagsmorgonen att Sverige skänker ett nytt militärt stödpaket till Ukraina värt nio miljarder kronor.",
     "Paketet innehåller bland annat luftvärnsrobotar, artilleriammunition och pengar till ukrainsk drönartillverkning."],
    "aid", "aid", 3, "sweden-military-aid-package-2028-04-11"),
  E("2028-04-11 07:42", "Hårda strider vid Kupjansk",
    ["Ukrainska styrkor uppger att de har slagit tillbaka ett tiotal ryska anfall mot Kupjansk i Charkivregionen det senaste dygnet.",
     "Uppgifterna går inte att bekräfta oberoende."],
    "other", "frontline", 2, "fighting-near-kupiansk-2028-04-11"),
  E("2028-04-11 07:42", "Elva barn återförda från Ryssland",
    ["Elva ukrainska barn som förts till Ryssland eller till ockuperade områden har återförenats med sina familjer efter medling av Qatar, meddelar Ukrainas ombudsman Dmytro Lubinets.",
     "Enligt Kyiv har omkring 1 900 barn förts tillbaka sedan den fullskaliga invasionen började."],
    "other", "humanitarian", 2, "ukrainian-children-returned-qatar-2028-04-11", sec=["diplomacy"]),
  E("2028-04-11 07:42", "EU-ministrar möts om nya sanktioner",
    ["EU:s utrikesministrar samlas i Luxemburg under tisdagen för att diskutera ett nytt sanktionspaket mot Ryssland.",
     "Ungern har tidigare hotat att blockera delar av förslaget, som riktar sig mot den ryska skuggflottan."],
    "diplomacy", "diplomacy", 2, "eu-foreign-ministers-sanctions-talks-2028-04-11"),
  ]))


# ---------------------------------------------------------------- 15805 Politiken (text scrape of a live page, Danish, no year)
def r_politiken(S):
    """Politiken live page copied as text. Oldest first; each post: 'kl. 06.50' line, headline, text. The only date is the
    weekday line 'torsdag 13. april' (no year anywhere on the capture)."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["POLITIKEN", "Forside   Danmark   Internationalt   Debat   Kultur   Økonomi   Sport   Podcast", "Log ind   Bliv abonnent", "",
         "Internationalt", "LIVE", S["title"], f"{DA_DAYS[d0.weekday()]} {d0.day}. {DA_MONTHS[d0.month - 1]}", f"Af {S['page_author']}", "",
         S["lede"], "", "Gem   Del", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"kl. {d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Afspil video", ""]
        if i == 2:
            L += [f"Læs også: {S['laes']}", ""]
        if i == 4:
            L += ["Få Politikens nyhedsbrev om krigen i Ukraine. Tilmeld dig her", ""]
    L += ["Del artikel", "", "POLITIKEN", "Kontakt   Privatlivspolitik   Cookieindstillinger   Annoncér   Job"]
    return "\n".join(L) + "\n", stamps


KYIV_0413 = "kyiv-overnight-drone-attack-2028-04-13"
SEEDS.append(dict(
  id="15805", name="15805_politiken-live", ext="txt", source="Politiken", zone="Europe/Copenhagen", render=r_politiken,
  title="Krigen i Ukraine: Droneangreb på Kyiv koster tre livet", parse_args=["--date", "2028-04-13"], page_author="Mikkel Dalsgaard",
  lede="Følg udviklingen i krigen i Ukraine her på siden.",
  laes="Derfor er luftforsvaret Ukraines største bekymring",
  basis="post time '{s}' (Danish 'kl.' form, no zone printed; Politiken prints Copenhagen time, CEST = UTC+2); day from the page line 'torsdag 13. april' (no year on the capture; parse_args gives 2028-04-13); local {d} in {z}",
  notes="Imitates a Politiken live page (Danish) copied as text. Oldest first. Each post: 'kl. 06.50' (no zone; Copenhagen time), headline line, text. The only date is 'torsdag 13. april' under the title, and no year appears anywhere, so parse_args gives --date 2028-04-13 (13 April 2028 is a Thursday). Page byline 'Af Mikkel Dalsgaard' used as author for all posts. Last post is a 'Video:' teaser ('Afspil video', no text). Kyiv toll grows 2 → 3 (one story).",
  not_entries=["masthead 'POLITIKEN', navigation, 'Log ind   Bliv abonnent'", "section 'Internationalt' and 'LIVE' label", "page title",
               "date line 'torsdag 13. april'", "byline 'Af Mikkel Dalsgaard'", "lede 'Følg udviklingen i krigen i Ukraine her på siden.'", "'Gem   Del'",
               "'Læs også: Derfor er luftforsvaret Ukraines største bekymring'", "newsletter line 'Få Politikens nyhedsbrev ...'",
               "'Afspil video' player label in the teaser", "'Del artikel'", "footer"],
  entries=[
  E("2028-04-13 06:50", "Natligt droneangreb mod Kyiv: to dræbt",
    ["To mennesker er dræbt og ni såret efter et russisk droneangreb mod Kyiv natten til torsdag, oplyser byens borgmester, Vitalij Klitsjko.",
     "Vragdele fra nedskudte droner ramte en boligblok og en børnehave i bydelen Darnytskyj."],
    "strikes", "strikes", 3, KYIV_0413),
  E("2028-04-13 09:20", "Danmark sender reservedele og ammunition for 1,2 milliarder kroner",
    ["Forsvarsministeriet har torsdag offentliggjort en ny donationspakke til Ukraine på 1,2 milliarder kroner.",
     "Pakken består primært af reservedele til F-16-fly og artilleriammunition, som skal leveres inden sommer."],
    "aid", "aid", 3, "denmark-donation-package-2028-04-13"),
  E("2028-04-13 11:05", "Rusland: Vi har indtaget landsby i Donetsk",
    ["Det russiske forsvarsministerium hævder, at russiske styrker har erobret landsbyen Novopavlivka i Donetsk-regionen.",
     "Ukraine har ikke bekræftet oplysningen."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2028-04-13"),
  E("2028-04-13 13:40", "Nato-chef: Europa skal fordoble produktionen af luftforsvar",
    ["Natos generalsekretær, Mark Rutte, opfordrer de europæiske lande til at fordoble produktionen af luftforsvarsmissiler inden for to år.",
     "Det sagde han torsdag på et pressemøde i Bruxelles, hvor han også advarede om, at Ukraines lagre er ved at slippe op."],
    "aid", "aid", 2, "rutte-air-defence-production-call-2028-04-13"),
  E("2028-04-13 16:25", "Dødstallet efter angrebet på Kyiv stiger til tre",
    ["En kvinde, der blev såret under nattens angreb på Kyiv, er død på hospitalet, oplyser de lokale myndigheder.",
     "Dermed er tre mennesker omkommet."],
    "strikes", "strikes", 3, KYIV_0413),
  E("2028-04-13 19:10", "Zelenskyj: Ny fangeudveksling kan ske inden påske",
    ["Ukraines præsident, Volodymyr Zelenskyj, siger, at en ny udveksling af krigsfanger med Rusland kan finde sted inden påske.",
     "Forhandlingerne foregår ifølge ham med hjælp fra De Forenede Arabiske Emirater."],
    "diplomacy", "diplomacy", 2, "zelensky-prisoner-exchange-before-easter-2028-04-13"),
  E("2028-04-13 22:30", "Video: Sådan ser boligblokken i Darnytskyj ud efter angrebet", [],
    "strikes", "strikes", 1, KYIV_0413, n="video teaser, no text body"),
  ]))


# ---------------------------------------------------------------- 15806 Gazeta Wyborcza (HTML live, Polish)
def r_wyborcza(S):
    """Wyborcza.pl live report, HTML. Newest first; each post: time '22:50' then h2, text and a signature line. Date line
    'sobota, 15 kwietnia 2028' under the title. LiveBlogPosting JSON-LD with per-post BlogPosting (correct datePublished, author)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{31877 - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "author": {"@type": "Person" if e["a"] != "PAP" else "Organization", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = "\n".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "inLanguage": "pl",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Wyborcza.pl"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="pl"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Wyborcza.pl</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="rodo">Szanujemy Twoją prywatność. <button>Przejdź do serwisu</button> <button>Ustawienia zaawansowane</button></div>',
           '<header><a class="logo" href="/">Wyborcza.pl</a><nav><a href="/najnowsze">Najnowsze</a> <a href="/kraj">Kraj</a> <a href="/swiat">Świat</a> '
           '<a href="/opinie">Opinie</a> <a href="/kultura">Kultura</a> <a href="/nauka">Nauka</a> <a href="/gospodarka">Gospodarka</a> '
           '<a href="/duzyformat">Duży Format</a></nav><a class="btn" href="/prenumerata">Prenumeruj</a> <a href="/logowanie">Zaloguj się</a></header>',
           '<main><p class="section">Świat</p><p class="live">NA ŻYWO</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="date">{PL_DAYS[first.weekday()]}, {first.day} {PL_MONTHS[first.month - 1]} {first.year}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>', '<div class="share"><a>Udostępnij</a> <a>Skopiuj link</a> <a>Komentarze (48)</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="relacja-wpis" id="post-{31877 - i}"><span class="godz">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="galeria">Zobacz zdjęcia (12)</div>')
        out.append(f'<p class="podpis">{esc(e["a"])}</p></article>')
        if i == 2:
            out.append(f'<aside class="czytaj"><p>Czytaj także:</p><a href="/swiat/sikorski-kijow.html">{esc(S["czytaj"])}</a></aside>')
        if i == 4:
            out.append('<div class="newsletter">Newsletter Wyborczej: Wojna w Ukrainie. Najważniejsze informacje codziennie rano. <button>Zapisz się</button></div>')
    out += ['</main>', '<footer>Wyborcza.pl <a href="/kontakt">Kontakt</a> <a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a> '
            '<p>Copyright © Agora SA</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


DNIPRO_0415 = "dnipro-missile-strike-2028-04-15"
SEEDS.append(dict(
  id="15806", name="15806_wyborcza-relacja", ext="html", source="Gazeta Wyborcza", zone="Europe/Warsaw", render=r_wyborcza,
  title="Wojna w Ukrainie. Relacja na żywo: rosyjski atak na Dniepr, Sikorski w Kijowie",
  url="https://wyborcza.pl/7,75399,31877000,wojna-w-ukrainie-relacja-na-zywo-15-kwietnia.html",
  lede="Najważniejsze informacje o wojnie w Ukrainie w sobotę. Relację prowadzimy na bieżąco.",
  czytaj="Co Polska dała Ukrainie? Lista pakietów pomocy wojskowej",
  basis="post time '{s}' (no zone printed; Wyborcza prints Polish time, CEST = UTC+2); day from the date line 'sobota, 15 kwietnia 2028' (same day in the JSON-LD update); local {d} in {z}",
  notes="Imitates a Wyborcza.pl live report (Polish), HTML. Newest first. Each post: time '22:50' (no zone; Warsaw time), h2, text, then a signature line with the author ('PAP' for the agency item). Date only in 'sobota, 15 kwietnia 2028'. LiveBlogPosting JSON-LD with per-post BlogPosting carrying the correct datePublished and author. 'Zdjęcia:' post is a photo-gallery teaser without text. The Dnipro toll is three (one story, the teaser shows it).",
  not_entries=["privacy (RODO) banner", "header logo, navigation, 'Prenumeruj', 'Zaloguj się'", "section 'Świat' and 'NA ŻYWO' label", "page title",
               "date line 'sobota, 15 kwietnia 2028'", "lead paragraph (page lede)", "share bar with 'Komentarze (48)'",
               "gallery placeholder 'Zobacz zdjęcia (12)' in the teaser", "signature lines after each post (authors, not body)",
               "'Czytaj także:' related link", "newsletter box", "footer"],
  entries=[
  E("2028-04-15 22:50", "Polska zamyka kolejne przejście graniczne z Białorusią",
    ["Rząd zdecydował o czasowym zamknięciu przejścia granicznego w Terespolu, powołując się na zagrożenia hybrydowe ze strony Białorusi i Rosji.",
     "Decyzja obowiązuje od poniedziałku do odwołania."],
    "other", "security", 2, "poland-closes-terespol-crossing-2028-04-15", a="Agnieszka Wilk"),
  E("2028-04-15 21:05", "Zdjęcia: zniszczony budynek uczelni w Dnieprze", [],
    "strikes", "strikes", 1, DNIPRO_0415, a="Bartosz Kwiatek", n="photo-gallery teaser, no text body"),
  E("2028-04-15 20:15", "Rosyjski atak rakietowy na Dniepr. Nie żyją trzy osoby",
    ["Trzy osoby zginęły, a kilkanaście zostało rannych w wyniku rosyjskiego ataku rakietowego na Dniepr, poinformował szef władz obwodu.",
     "Pocisk trafił w budynek uczelni technicznej w centrum miasta. Na miejscu pracują ratownicy."],
    "strikes", "strikes", 3, DNIPRO_0415, a="Bartosz Kwiatek"),
  E("2028-04-15 17:40", "Sikorski w Kijowie zapowiada kolejny pakiet pomocy wojskowej",
    ["Minister spraw zagranicznych Radosław Sikorski przyjechał w sobotę do Kijowa, gdzie rozmawiał z szefem ukraińskiej dyplomacji Andrijem Sybihą.",
     "Zapowiedział przekazanie kolejnego pakietu uzbrojenia, w tym amunicji do moździerzy i sprzętu przeciwdronowego."],
    "diplomacy", "diplomacy", 3, "sikorski-kyiv-visit-2028-04-15", a="Agnieszka Wilk", sec=["aid"]),
  E("2028-04-15 14:05", "Rosyjski dron nad Polską. Poderwano myśliwce",
    ["Dowództwo Operacyjne Sił Zbrojnych poinformowało, że w nocy rosyjski dron wleciał nad terytorium Polski w rejonie Hrubieszowa i spadł na pole.",
     "W związku z atakiem na zachodnią Ukrainę poderwano polskie i sojusznicze myśliwce. Nikt nie został ranny."],
    "strikes", "strikes", 2, "russian-drone-poland-airspace-2028-04-15", a="Bartosz Kwiatek"),
  E("2028-04-15 11:30", "Moskwa: rozmowy pokojowe tylko na naszych warunkach",
    ["Rzeczniczka rosyjskiego MSZ Maria Zacharowa oświadczyła, że Moskwa jest gotowa do rozmów, ale wyłącznie z uwzględnieniem „nowych realiów terytorialnych”.",
     "Kijów od miesięcy odrzuca takie stanowisko."],
    "diplomacy", "diplomacy", 2, "zakharova-peace-talks-conditions-2028-04-15", a="Agnieszka Wilk"),
  E("2028-04-15 07:10", "Ukraińcy odparli atak kolumny pancernej pod Łymanem",
    ["Siły ukraińskie odparły w nocy atak rosyjskiej kolumny pancernej pod Łymanem w obwodzie donieckim, podał Sztab Generalny w Kijowie.",
     "Według ukraińskiego dowództwa zniszczono sześć pojazdów."],
    "other", "frontline", 2, "lyman-armoured-assault-repelled-2028-04-15", a="PAP"),
  ]))


# ---------------------------------------------------------------- 15807 Aftonbladet (text scrape of a live page, Swedish)
def r_aftonbladet(S):
    """Aftonbladet live page copied as text. Newest first; each post: headline, author, stamp ('Nyss', 'för 12 minuter sedan',
    'för 1 timme sedan', or 'i dag 17.55' for older posts), text. 'Publicerad ... / Uppdaterad 17 april 2028 kl. 21.40' at the top."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); ref = dt(S["entries"][0]["t"], z)
    sv = lambda d: f"{d.day} {SV_MONTHS[d.month - 1]} {d.year} kl. {d:%H.%M}"
    L = ["Aftonbladet", "Nyheter   Sport   Nöje   Ledare   Kultur   Debatt   Bostad   Podd   Plus", "Logga in   Köp Plus", "",
         "LIVE", S["title"], "", f"Publicerad {sv(pub)}", f"Uppdaterad {sv(ref)}", "", S["lede"], "", "Dela", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins == 0:
            st = "Nyss"
        elif mins < 60:
            st = f"för {mins} minuter sedan"
        elif mins < 180:
            assert mins % 60 == 0, e["t"]
            st = "för 1 timme sedan" if mins == 60 else f"för {mins // 60} timmar sedan"
        else:
            st = f"i dag {d:%H.%M}"
        stamps.append(st)
        L += [e["h"], e["a"], st, ""]
        L += ptxt(e["p"]) if e["p"] else ["Bildspel: 14 bilder", ""]
        if i == 2:
            L += ["ANNONS", "", f"Läs mer: {S['lasmer']}", ""]
        if i == 4:
            L += ["Få Aftonbladets nyhetsbrev – de viktigaste nyheterna varje morgon. Prenumerera", ""]
    L += ["Visa fler inlägg", "", "Aftonbladet", "Ansvarig utgivare: Redaktionen   Kontakt   Cookies   Personuppgifter"]
    return "\n".join(L) + "\n", stamps


ODESA_0417 = "odesa-missile-attack-2028-04-17"
SEEDS.append(dict(
  id="15807", name="15807_aftonbladet-live", ext="txt", source="Aftonbladet", zone="Europe/Stockholm", render=r_aftonbladet,
  title="Kriget i Ukraina: Robotattack mot Odesa – senaste nytt", published="2028-04-17 06:05",
  lede="Följ Aftonbladets rapportering om kriget i Ukraina.",
  lasmer="Därför är Odesa så viktig för Ukraina",
  basis="stamp '{s}' read against the page's 'Uppdaterad 17 april 2028 kl. 21.40' (the newest post says 'Nyss', so the capture is from 21.40; no zone printed; Stockholm time, CEST = UTC+2): relative stamps counted back from 21.40, 'i dag HH.MM' is 17 April; local {d} in {z}",
  notes="Imitates an Aftonbladet live page (Swedish) copied as text. Newest first. Each post: headline, author line, stamp, text. Recent posts carry relative stamps ('Nyss', 'för 12 minuter sedan', 'för 1 timme sedan'); older ones 'i dag 17.55'. The only absolute clock is 'Uppdaterad 17 april 2028 kl. 21.40'; the newest post ('Nyss') matches it, so the relative stamps are counted back from 21.40 (Stockholm time, no zone printed). Authors per post ('TT' for the wire posts). 'Se bilderna:' post is a photo teaser with only a slideshow label. Odesa toll grows 3 → 7 (one story).",
  not_entries=["masthead 'Aftonbladet', navigation, 'Logga in   Köp Plus'", "'LIVE' label", "page title", "'Publicerad ...' and 'Uppdaterad ...' lines (the latter is the anchor for relative stamps)",
               "lede 'Följ Aftonbladets rapportering om kriget i Ukraina.'", "'Dela'", "'Bildspel: 14 bilder' label in the photo teaser",
               "'ANNONS' marker", "'Läs mer: Därför är Odesa så viktig för Ukraina'", "newsletter line", "'Visa fler inlägg'", "footer"],
  entries=[
  E("2028-04-17 21:40", "Zelenskyj: ”Vi behöver fler Patriot-system före vintern”",
    ["Ukrainas president Volodymyr Zelenskyj upprepade i sitt kvällstal att landet behöver minst fem nya Patriot-batterier före vintern.",
     "Han riktade sig särskilt till Tyskland och USA och sa att dagens attack mot Odesa visar varför."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2028-04-17", a="Oscar Hedlund"),
  E("2028-04-17 21:28", "Dödssiffran i Odesa stiger till sju",
    ["Sju personer har dödats i måndagens robotattack mot Odesa, uppger regionens guvernör.",
     "Bland de döda finns ett barn. Ett trettiotal personer vårdas på sjukhus."],
    "strikes", "strikes", 3, ODESA_0417, a="Oscar Hedlund"),
  E("2028-04-17 20:40", "Ryssland: 40 ukrainska drönare nedskjutna",
    ["Det ryska försvarsministeriet uppger att 40 ukrainska drönare sköts ner över flera regioner under dagen, bland annat Kursk och Brjansk.",
     "Uppgifterna kan inte bekräftas av oberoende källor."],
    "strikes", "strikes", 2, "russia-says-40-drones-downed-2028-04-17", a="TT"),
  E("2028-04-17 17:55", "Regeringen: Sverige ökar stödet till Ukrainas drönarindustri",
    ["Regeringen meddelade på måndagen att den avsätter två miljarder kronor till produktion av drönare i Ukraina.",
     "Pengarna ska gå till ukrainska tillverkare via en fond som Sverige driver tillsammans med Danmark."],
    "aid", "aid", 3, "sweden-drone-industry-funding-2028-04-17", a="Maja Engström"),
  E("2028-04-17 13:20", "Robotattack mot Odesa – minst tre döda",
    ["Minst tre personer har dödats när ryska robotar slog ner i hamnstaden Odesa vid lunchtid, enligt lokala myndigheter.",
     "Flera bostadshus och en skola skadades i attacken."],
    "strikes", "strikes", 3, ODESA_0417, a="TT"),
  E("2028-04-17 10:05", "Se bilderna: Ukrainska soldater övar med svenska stridsfordon", [],
    "aid", "aid", 1, "ukrainian-soldiers-train-in-sweden-2028-04-17", a="Maja Engström", n="photo teaser, no text body"),
  E("2028-04-17 07:30", "Ungern blockerar nästa steg i Ukrainas EU-förhandlingar",
    ["Ungern har återigen lagt in sitt veto mot att EU öppnar nästa kluster i Ukrainas medlemskapsförhandlingar, uppger diplomatkällor i Bryssel.",
     "Frågan väntas tas upp igen på toppmötet i juni."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-eu-talks-2028-04-17", a="Maja Engström"),
  ]))


# ---------------------------------------------------------------- 15808 Postimees (RSS, English-language service)
def r_postimees(S):
    """Postimees in English RSS 2.0: pubDate with +0300 (EEST), dc:creator, category, description = the lead paragraph,
    content:encoded = the full text (lead repeated as its first paragraph)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://news.postimees.ee</link>',
           '<description>Latest news from Estonia and the region in English</description>', '<language>en</language>',
           f'<pubDate>{rfc822(last)}</pubDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        aid = 8120455 + i * 313
        link = f"https://news.postimees.ee/{aid}/{slug(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{aid}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{e.get("cat", "World")}</category>',
                f'<description>{esc(e["p"][0])}</description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:thumbnail url="https://f.pmo.ee/{aid}.jpg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15808", name="15808_postimees-english", ext="xml", source="Postimees", zone="Europe/Tallinn", render=r_postimees,
  title="Postimees in English",
  basis="RSS pubDate '{s}' (explicit +0300 offset, EEST); local {d} in {z}",
  notes="Imitates the RSS feed of Postimees' English-language service (news.postimees.ee). Newest first; pubDate with +0300; dc:creator per item ('BNS' for the wire items). Each item has description = the lead paragraph and content:encoded = the full text, whose first paragraph repeats the lead: the body is content:encoded (body_paragraphs counts its paragraphs; the description is not an extra paragraph). Two of seven items are off-beat local news (weather, Tallinn tram line).",
  not_entries=["channel title/link/description/language/pubDate/ttl", "each item's description (a copy of the first body paragraph, not extra text)",
               "media:thumbnail of every item", "guid/link", "category elements"],
  entries=[
  E("2028-04-19 23:30", "Estonia to hand Ukraine another batch of artillery shells",
    ["Estonia will send Ukraine a further consignment of 155mm artillery shells bought through the joint European procurement scheme, the Ministry of Defence said on Wednesday.",
     "The delivery is worth about 40 million euros, and Defence Minister Hanno Pevkur said more would follow before the summer.",
     "Estonia has pledged to spend at least 0.25 percent of its GDP on military aid to Ukraine each year."],
    "aid", "aid", 2, "estonia-artillery-shells-2028-04-19", a="Marten Kask", cat="Estonia"),
  E("2028-04-19 21:15", "Narva residents report GPS disruption for third day running",
    ["Drivers and boat owners in Narva have reported satellite navigation failures for a third consecutive day, which officials attribute to jamming from the Russian side of the border.",
     "The Transport Administration advised pilots flying to Tartu to rely on backup navigation."],
    "other", "security", 2, "narva-gps-jamming-2028-04-19", a="BNS", cat="Estonia"),
  E("2028-04-19 18:40", "Nordic and Baltic defence ministers meet in Tallinn",
    ["Defence ministers from the Nordic and Baltic countries met in Tallinn on Wednesday to coordinate support for Ukraine and the protection of undersea cables in the Baltic Sea.",
     "They agreed to share more surveillance data on vessels of Russia's shadow fleet."],
    "diplomacy", "diplomacy", 2, "nordic-baltic-defence-ministers-tallinn-2028-04-19", a="Marten Kask", sec=["aid"], cat="Estonia"),
  OFF("2028-04-19 16:05", "Cold snap brings snow back to southern Estonia",
    ["Snow fell in Võru and Valga counties on Wednesday as temperatures dropped below zero, and forecasters expect the cold spell to last until the weekend."],
    "estonia-april-snow-2028-04-19", a="BNS", n="weather", cat="Estonia"),
  E("2028-04-19 13:20", "Russian strike on Kharkiv kills five, Ukrainian officials say",
    ["Five people were killed and more than 20 wounded when Russian glide bombs hit a residential area of Kharkiv on Wednesday, regional governor Oleh Syniehubov said.",
     "One of the bombs struck a supermarket car park at midday."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-04-19", a="BNS"),
  OFF("2028-04-19 10:50", "Tallinn city council approves new tram line to the harbour",
    ["The Tallinn city council approved construction of a tram line linking the Old City Harbour with the Ülemiste terminal, with work set to begin next year."],
    "tallinn-tram-line-2028-04-19", a="BNS", n="local transport", cat="Estonia"),
  E("2028-04-19 07:40", "Russian border guards remove more buoys from the Narva river",
    ["Russian border guards removed another eleven of the buoys that mark the navigation channel on the Narva river overnight, the Estonian Police and Border Guard Board said.",
     "Estonia's Foreign Ministry said it would summon a Russian diplomat over the incident."],
    "other", "security", 2, "narva-river-buoys-removed-2028-04-19", a="BNS", sec=["diplomacy"], cat="Estonia"),
  ]))


# ---------------------------------------------------------------- 15809 Jutarnji list (text scrape of the world section, Croatian)
def r_jutarnji(S):
    """Jutarnji list 'Svijet' section listing copied as text. Header date and weather widget; cards newest first: headline,
    '21.04.2028. u 22:15', 'Autor: NAME', lead, comment count."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Jutarnji list", f"{HR_DAYS[d0.weekday()]}, {d0.day}. {HR_MONTHS[d0.month - 1]} {d0.year}.", "Zagreb 17 °C  Pretežno sunčano", "",
         "Vijesti   Sport   Biznis   Life   Scena   Dobra hrana   Globus   Video   Horoskop", "Prijava   Pretplata", "",
         "Vijesti  ›  Svijet", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}. u {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, f"Autor: {e['a']}", ""] + ptxt(e["p"]) + [f"Komentari ({e.get('cc', 0)})", ""]
        if i == 1:
            L += ["Oglas", ""]
        if i == 3:
            L += ["NAJČITANIJE", "Zagreb dobiva novu liniju tramvaja do Sesveta", "Dinamo slavio u derbiju", ""]
    L += ["Učitaj više", "", "Jutarnji list", "Impressum   Uvjeti korištenja   Pravila privatnosti   Kontakt"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15809", name="15809_jutarnji-svijet", ext="txt", source="Jutarnji list", zone="Europe/Zagreb", render=r_jutarnji,
  title="Svijet",
  basis="card stamp '{s}' (Croatian date with time; no zone printed; Jutarnji prints Zagreb time, CEST = UTC+2); local {d} in {z}",
  notes="Imitates the 'Svijet' (world) section listing of Jutarnji list (Croatian) copied as text. Newest first. Each card: headline, stamp '21.04.2028. u 22:15' (Zagreb time, no zone), 'Autor: NAME' line, one lead paragraph, comment count. Author = the name after 'Autor:' ('Hina' for the agency). Two of six cards are off-beat (Turkish earthquake, Portuguese election polls).",
  not_entries=["masthead 'Jutarnji list', header date line 'petak, 21. travnja 2028.', weather widget 'Zagreb 17 °C  Pretežno sunčano'",
               "navigation, 'Prijava   Pretplata'", "breadcrumb 'Vijesti  ›  Svijet'", "section title 'Svijet' (page title)", "'Autor:' lines (authors, not body)",
               "comment counts 'Komentari (N)'", "'Oglas' marker", "'NAJČITANIJE' box with two local headlines", "'Učitaj više'", "footer"],
  entries=[
  E("2028-04-21 22:15", "Hrvatska šalje Ukrajini 12 milijuna eura za razminiranje",
    ["Vlada je na sjednici odobrila 12 milijuna eura za razminiranje ukrajinskih poljoprivrednih površina i obuku ukrajinskih pirotehničara u Hrvatskoj. Premijer Andrej Plenković istaknuo je da Hrvatska to iskustvo ima još od Domovinskog rata."],
    "aid", "aid", 2, "croatia-demining-aid-2028-04-21", a="Hina", cc=9),
  E("2028-04-21 19:40", "Ruski raketni napad na Zaporižju: troje mrtvih, 15 ranjenih",
    ["Troje ljudi poginulo je, a 15 ih je ranjeno u ruskom raketnom napadu na Zaporižju, javio je guverner Ivan Fedorov. Pogođeno je industrijsko postrojenje i nekoliko stambenih zgrada u blizini."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2028-04-21", a="Hina", cc=31),
  OFF("2028-04-21 17:05", "Potres u istočnoj Turskoj oštetio više od stotinu zgrada",
    ["Potres magnitude 5,8 pogodio je pokrajinu Malatya na istoku Turske, a oštećeno je više od stotinu zgrada. Vlasti zasad ne izvješćuju o poginulima."],
    "turkey-malatya-earthquake-2028-04-21", a="Hina", n="earthquake in Turkey", cc=4),
  E("2028-04-21 14:30", "Putin: Spremni smo na pregovore, ali Kijev mora prihvatiti stvarnost",
    ["Ruski predsjednik Vladimir Putin poručio je da je Moskva spremna na pregovore o kraju rata, ali samo ako Kijev prizna ruski suverenitet nad okupiranim regijama. Ukrajinski ministar vanjskih poslova odbacio je te uvjete kao ultimatum."],
    "diplomacy", "diplomacy", 3, "putin-talks-conditions-2028-04-21", a="Marko Barišić", cc=57),
  OFF("2028-04-21 11:50", "Izbori u Portugalu: socijalisti vode u anketama",
    ["Portugalska socijalistička stranka vodi u anketama uoči parlamentarnih izbora zakazanih za svibanj, pokazuje istraživanje objavljeno u petak."],
    "portugal-election-polls-2028-04", a="Hina", n="Portuguese politics", cc=2),
  E("2028-04-21 09:10", "Ukrajina tvrdi da je dronovima pogodila rafineriju u Rjazanju",
    ["Ukrajinska vojska tvrdi da je dronovima dugog dometa pogodila naftnu rafineriju u ruskom gradu Rjazanju, gdje je izbio veliki požar. Ruske vlasti potvrdile su napad, ali kažu da je požar brzo lokaliziran."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2028-04-21", a="Hina", cc=18),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-04-24 (UTC), day 2 = 2028-04-25, day 3 = 2028-04-28.

def r_textlive_uk(S):
    """text live, newest first; title, dateline 'Monday 24 April 2028 · All times BST', Key Points list of headlines,
    posts: '7.20pm' line, headline, text, '— NAME' signature."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | News | World | Ukraine | Business | Sport | Opinion | Newsletters", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 1 min 20 sec]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += [f"Sign up to {S['source']} Ukraine Brief, our free evening email.", ""]
    L += ["Show older posts", "", f"{S['source']} · About us · Corrections · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update BlogPosting (datePublished, author); visible
    '<time datetime>09:10</time>' above the h2, author line under the h2; a printed note says the times are Kyiv time."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="gdpr">This site uses cookies. <button>Agree</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Support our newsroom</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="entry" id="entry-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="entry-share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="also"><h3>Also read</h3><a href="/regions/south">{esc(S["also"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial policy · Contacts · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 world feed, newest first: pubDate 'GMT' (S['gmt']) or with the numeric offset; CDATA paragraphs; dc:creator when given."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>' if S.get("gmt") else '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        cat = e.get("cat", "World")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{cat.lower()}/{S["id"]}{i + 31}</link>',
                f'<guid isPermaLink="false">{S["id"]}-{i + 31}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{cat}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_sections(S):
    """text article: breadcrumb, title, lede, 'By NAME', dateline with time and zone; h-sections without their own time."""
    L = [S["source"], "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['page_author']}", S["dateline"], "",
         "Listen to this article · 4 min", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Advertisement", ""]
    L += [S["more"], "", f"{S['source']} · Imprint · Privacy · Terms"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


MYK = "mykolaiv-missile-strike-2028-04-24"
EU24 = "eu-24th-sanctions-package-2028-04-24"
KHERSON_DUP_P = ["Local officials said the drone struck on a road near the river port, where residents have been told to avoid open spaces during the morning.",
                 "It was the third deadly drone attack in the city this month."]

# ---------------------------------------------------------------- 15820 Tollmarsh Ledger (day 1)
SEEDS.append(dict(
  id="15820", name="15820_tollmarsh-live", ext="txt", source="Tollmarsh Ledger", zone="Europe/London", render=r_textlive_uk,
  title="Russia-Ukraine war live: missile strike on Mykolayiv kills nine; EU agrees new sanctions",
  dateline="Monday 24 April 2028 · All times BST",
  lede="Nine people have been killed in a Russian missile attack on the southern city of Mykolayiv, while EU ministers approved a 24th sanctions package. Follow the day's developments here.",
  basis="post time '{s}' (12-hour clock without zone; the dateline says 'All times BST', BST = UTC+1) on the dateline's day 'Monday 24 April 2028'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Each post: '7.20pm' (12-hour, dot separator; the dateline says 'All times BST'), headline, body, then a '— NAME' signature (author). 'Key Points' lists three post headlines (key_point true). The 'Watch:' post is a video teaser with no text and no signature (author null). The analysis post is a theme piece that mentions the Mykolayiv strike but is its own story. Spelling 'Mykolayiv' (other day-1 seeds: Mykolaiv, Nikolaev).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Monday 24 April 2028 · All times BST'", "standfirst (page lede)",
               "'Key Points' header and its three bullet lines (they repeat post headlines)", "'Latest' header", "'[Video, 1 min 20 sec]' placeholder",
               "'— NAME' signature lines (authors, not body)", "newsletter line after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-04-24 19:20", "Mykolayiv death toll rises to nine as search ends",
    ["The number of people killed by Monday morning's missile strike on Mykolayiv has risen to nine, among them a 12-year-old girl, the regional governor said.",
     "Forty-one people were injured. Rescuers have finished clearing the collapsed section of the apartment block, and the city has declared Tuesday a day of mourning."],
    "strikes", "strikes", 3, MYK, a="Priya Rowntree", kp=True),
  E("2028-04-24 17:45", "Watch: Rescuers lift a survivor from the rubble in Mykolayiv", [],
    "strikes", "strikes", 1, MYK, n="video teaser, no text body"),
  E("2028-04-24 16:30", "Analysis: Why Ukraine's southern cities get so little warning",
    ["Monday's strike on Mykolayiv was a reminder that cities near the Black Sea coast often have only a couple of minutes between an air-raid alert and impact.",
     "Missiles launched from occupied Crimea or from warships need only a short flight to reach Mykolayiv, Odesa or Kherson, and ballistic weapons such as the Iskander come down too fast for most residents to reach a shelter.",
     "Ukrainian officials say only Patriot and SAMP/T batteries can reliably intercept them, and there are far too few to protect every city."],
    "strikes", "strikes", 2, "analysis-southern-cities-missile-warning-time", a="Callum Frean",
    n="theme piece: mentions the Mykolayiv strike but explains warning times in general; must not merge with " + MYK),
  E("2028-04-24 14:10", "EU ministers sign off on 24th sanctions package against Russia",
    ["European Union foreign ministers meeting in Luxembourg formally adopted a 24th package of sanctions against Russia on Monday, after Slovakia dropped its last objections.",
     "The package adds about 120 more shadow-fleet tankers to the blacklist and bans transactions with three banks in Central Asia accused of helping Moscow evade earlier measures."],
    "diplomacy", "diplomacy", 3, EU24, a="Priya Rowntree", kp=True),
  E("2028-04-24 12:25", "Netherlands pledges €500m for Ukrainian-made drones",
    ["The Netherlands will spend €500m on long-range and interceptor drones built in Ukraine, the Dutch defence ministry announced on Monday.",
     "The money will be paid straight to Ukrainian manufacturers, a funding route first used by Denmark."],
    "aid", "aid", 3, "netherlands-drone-pledge-2028-04-24", a="Callum Frean", kp=True,
    n="aid pledge; must not merge with the German air-defence deliberations in 15823 (same aid theme, other event)"),
  E("2028-04-24 10:40", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its troops had taken control of a village north of Huliaipole in the Zaporizhzhia region.",
     "Ukraine's military did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2028-04-24", a="Callum Frean"),
  E("2028-04-24 08:15", "Missiles hit residential area of Mykolayiv, killing at least four",
    ["At least four people were killed when Russian ballistic missiles struck a residential area of Mykolayiv, in southern Ukraine, on Monday morning, local officials said.",
     "Several apartment blocks and a bus stop were hit near the city centre."],
    "strikes", "strikes", 3, MYK, a="Priya Rowntree"),
  ]))

# ---------------------------------------------------------------- 15821 Osterwick Herald (day 1)
SEEDS.append(dict(
  id="15821", name="15821_osterwick-live", ext="html", source="Osterwick Herald", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Mykolaiv under fire: live updates from southern Ukraine",
  url="https://osterwickherald.example/live/2028-04-24-mykolaiv",
  dateline="Monday, 24 April 2028 · times are Kyiv time",
  lede="Our reporters in Mykolaiv and Kherson follow the aftermath of the morning missile strike.",
  also="Ochakiv: life in a port town under constant drone fire",
  basis="visible time '{s}' (Kyiv time per the dateline, EEST = UTC+3) on 'Monday, 24 April 2028'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00) and author. Visible '<time>09:10</time>' above each h2; author line under the h2. Entry 06 repeats entry 02 (the Kherson drone death) nearly verbatim: duplicate. The Ochakiv drone attack is in the same region (Mykolaiv oblast) as the main strike but a different attack: must not merge. Spelling 'Mykolaiv'.",
  not_entries=["cookie banner", "header brand and navigation", "page title", "dateline 'Monday, 24 April 2028 · times are Kyiv time'", "standfirst (page lede)",
               "author lines under each headline (authors, not body)", "'Share / Copy link' tools of every entry",
               "'Also read' box with the link 'Ochakiv: life in a port town under constant drone fire'", "footer"],
  entries=[
  E("2028-04-24 09:10", "Explosions in Mykolaiv after ballistic missile warning",
    ["Powerful explosions shook Mykolaiv shortly after 8.40 this morning, minutes after the air force warned of ballistic missiles heading for the south.",
     "Two people were killed and several buildings in the central district were on fire, regional governor Vitaliy Kim said."],
    "strikes", "strikes", 3, MYK, a="Daryna Melnyk"),
  E("2028-04-24 10:35", "Kherson: man killed by drone while cycling to work",
    ["A 58-year-old man was killed when a Russian drone dropped explosives on him as he cycled to work in Kherson's Dniprovskyi district, the regional administration said."] + KHERSON_DUP_P,
    "strikes", "strikes", 3, "kherson-drone-death-2028-04-24", a="Serhii Tkach",
    n="deadly strike in another city; must not merge with " + MYK),
  E("2028-04-24 12:20", "Mykolaiv toll climbs to six, dozens hurt",
    ["Six people are now confirmed dead and 27 injured after this morning's missile strike on Mykolaiv, according to the State Emergency Service.",
     "Rescuers are still working at a five-storey apartment block where two stairwells collapsed."],
    "strikes", "strikes", 3, MYK, a="Daryna Melnyk"),
  E("2028-04-24 14:05", "Drones hit port infrastructure in Ochakiv",
    ["Russian drones struck port facilities in Ochakiv, on the coast of the Mykolaiv region, damaging a warehouse and a fuel tank, local authorities said.",
     "No one was hurt."],
    "strikes", "strikes", 2, "ochakiv-port-drone-attack-2028-04-24", a="Serhii Tkach",
    n="same region (Mykolaiv oblast), other attack; must not merge with " + MYK),
  E("2028-04-24 16:40", "Zelensky condemns 'deliberate' strike on Mykolaiv",
    ["President Volodymyr Zelensky said the morning attack on Mykolaiv was a deliberate strike on a residential neighbourhood and urged partners to speed up deliveries of air-defence interceptors.",
     "'There were no military targets there, only homes, a pharmacy and a bus stop,' he wrote on Telegram."],
    "strikes", "strikes", 3, MYK, a="Daryna Melnyk", n="official reaction whose content is the attack itself: same story"),
  E("2028-04-24 18:15", "Kherson: man killed by drone while cycling to work",
    ["A 58-year-old man was killed when a Russian drone dropped explosives on him as he was cycling to work in Kherson's Dniprovskyi district, the regional administration said."] + KHERSON_DUP_P,
    "strikes", "strikes", 1, "kherson-drone-death-2028-04-24", a="Serhii Tkach", dup="15821-02",
    n="near-verbatim repeat of 15821-02 (one word added)"),
  E("2028-04-24 20:30", "Search in Mykolaiv ends; nine dead, 41 injured",
    ["Emergency crews finished searching the rubble in Mykolaiv this evening.",
     "The final toll is nine dead, including a 12-year-old girl, and 41 injured, Governor Kim said. Tuesday will be a day of mourning in the city."],
    "strikes", "strikes", 3, MYK, a="Daryna Melnyk"),
  ]))

# ---------------------------------------------------------------- 15822 Brackmoor World Service (day 1, general world feed)
SEEDS.append(dict(
  id="15822", name="15822_brackmoor-worldrss", ext="xml", source="Brackmoor World Service", zone="UTC", render=r_rss, gmt=True,
  title="Brackmoor World Service - World news", url="https://brackmoor.example/news",
  lede="Top stories from around the world, updated through the day.",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed (RSS 2.0), newest first, pubDate in GMT, CDATA paragraphs, no authors (no dc:creator). The war is a minority: 2 of 6 items (the Mykolaiv strike, spelled 'Nikolaev', and the EU sanctions package); 4 off-beat items.",
  not_entries=["channel title/link/description/language", "guid/link", "category elements"],
  entries=[
  E("2028-04-24 21:05", "UN condemns missile strike on Nikolaev that killed nine",
    ["The United Nations humanitarian coordinator for Ukraine has condemned Monday's missile strike on the southern city of Nikolaev, which killed nine civilians including a child.",
     "She said more than 40 people had been injured and that attacks on residential areas were prohibited under international humanitarian law."],
    "strikes", "strikes", 3, MYK, cat="Europe", n="spelled 'Nikolaev' (Russian form of Mykolaiv); UN reaction whose content is the strike"),
  OFF("2028-04-24 19:30", "Cyclone makes landfall in Bangladesh as thousands shelter",
    ["A severe cyclone came ashore near Cox's Bazar on Monday evening, bringing winds of up to 150km/h and a storm surge to low-lying coastal districts.",
     "Authorities had moved hundreds of thousands of people into shelters."],
    "bangladesh-cyclone-2028-04-24", n="weather", cat="Asia"),
  E("2028-04-24 16:50", "EU adopts fresh sanctions targeting Russia's shadow fleet",
    ["The European Union on Monday adopted its 24th round of sanctions on Russia, blacklisting more than a hundred additional oil tankers.",
     "Ministers in Luxembourg also approved restrictions on banks in third countries that process payments for sanctioned Russian firms."],
    "diplomacy", "diplomacy", 3, EU24, cat="Europe"),
  OFF("2028-04-24 13:15", "Brazil's central bank leaves interest rate unchanged",
    ["Brazil's central bank kept its benchmark interest rate on hold on Monday, saying inflation was easing more slowly than expected."],
    "brazil-interest-rate-2028-04-24", n="economy", cat="Business"),
  OFF("2028-04-24 10:40", "Los Angeles unveils route of Olympic torch relay",
    ["Organisers of the Los Angeles Olympics have unveiled the route of the torch relay, which will pass through all 50 US states before the opening ceremony in July."],
    "la-olympic-torch-relay-route", n="sport", cat="Sport"),
  OFF("2028-04-24 07:55", "Volcano erupts in eastern Indonesia, flights diverted",
    ["A volcano on the island of Flores erupted early on Monday, sending an ash column several kilometres into the sky and forcing airlines to divert flights.",
     "Villages within a six-kilometre radius have been evacuated."],
    "flores-volcano-eruption-2028-04-24", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 15823 Lynchcombe Review (day 1, article with sections)
SEEDS.append(dict(
  id="15823", name="15823_lynchcombe-article", ext="txt", source="Lynchcombe Review", zone="Europe/Berlin", render=r_article_sections,
  title="Deadly strike on Mykolaiv overshadows EU sanctions deal", page_author="Henrike Vossberg",
  lede="A missile attack on a southern Ukrainian city and a new set of European penalties on Moscow marked the start of the week.",
  dateline="24 April 2028, 18:30 CEST",
  more="More on the war in Ukraine: our explainers and dispatches from Kyiv",
  basis="no time of its own: article section under the dateline '24 April 2028, 18:30 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet. Text article with three sections (one entry each, headline = section heading), one byline 'By Henrike Vossberg' (author of all three) and one dateline with time and zone; no per-section time, so every entry takes the dateline time. The German air-defence section shares only the aid theme with the Dutch drone pledge in 15820: must not merge.",
  not_entries=["outlet name line", "breadcrumb 'World  /  Europe  /  Ukraine'", "page title", "lede paragraph", "byline 'By Henrike Vossberg'",
               "dateline '24 April 2028, 18:30 CEST'", "'Listen to this article · 4 min'", "'Advertisement'", "closing 'More on the war in Ukraine ...' link line", "footer"],
  entries=[
  E("2028-04-24 18:30", "Strike on Mykolaiv",
    ["At least eight people, among them a 12-year-old girl, were killed when Russian ballistic missiles hit a residential district of Mykolaiv on Monday morning, regional officials said.",
     "The missiles struck shortly before nine o'clock local time, destroying part of a five-storey block and damaging a pharmacy and a bus stop.",
     "President Volodymyr Zelensky called the attack deliberate and asked allies for more air-defence interceptors."],
    "strikes", "strikes", 3, MYK),
  E("2028-04-24 18:30", "Sanctions package agreed",
    ["Meeting in Luxembourg, EU foreign ministers approved the bloc's 24th package of sanctions against Russia after weeks of haggling.",
     "The new measures target more than a hundred tankers of the shadow fleet and several banks outside Russia. Slovakia lifted its veto after receiving assurances on gas supplies."],
    "diplomacy", "diplomacy", 3, EU24),
  E("2028-04-24 18:30", "Berlin weighs more air defence",
    ["The German government is considering sending Ukraine a further IRIS-T system from Bundeswehr stocks, a defence ministry spokesman said, without giving a timetable.",
     "Any decision would follow the meeting of the Ukraine Defence Contact Group next month."],
    "aid", "aid", 2, "germany-weighs-iris-t-2028-04-24",
    n="same aid theme as the Dutch drone pledge (15820-05), other event: must not merge"),
  ]))


# ---------------------------------------------------------------- day 2 (2028-04-25)
NOVO = "novokuibyshevsk-refinery-drone-attack-2028-04-25"
ERD = "erdogan-zelensky-call-black-sea-2028-04-25"


def r_htmllive_plain(S):
    """HTML live, newest first, no JSON-LD; bare '22:15' in a span above the h2; dateline with 'All times CEST'; byline under the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           '<div id="consent">We value your privacy. <button>Accept</button> <button>Options</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Home</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Business</a> <a>Comment</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 9 images</div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside><h3>Related</h3><a href="/ukraine/energy">{esc(S["related"])}</a></aside>')
    out += [f'<p class="prev"><a href="/live/ukraine/2028-04-24">{esc(S["prev"])}</a></p></main>',
            f'<footer>{S["source"]} · About · Advertise · Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{top}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["id"]}{i + 61}"/>', f'<id>{S["url"]}/a/{S["id"]}{i + 61}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_textlive_us(S):
    """text live, oldest first; '5:40 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "World  ·  Nation  ·  Politics  ·  Business  ·  Sports  ·  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += [f"RELATED: {S['related']}", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} · Terms of Use · Privacy Policy · Contact"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 15830 Duncairn Post (day 2)
SEEDS.append(dict(
  id="15830", name="15830_duncairn-live", ext="html", source="Duncairn Post", zone="Europe/Warsaw", render=r_htmllive_plain,
  title="Ukraine war live: drones set Russian refinery ablaze; Mykolaiv mourns",
  dateline="Tuesday, 25 April 2028 · All times CEST",
  lede="Ukrainian long-range drones hit an oil refinery in Russia's Samara region overnight, while Mykolaiv held funerals for the victims of Monday's strike.",
  related="How Ukraine's refineries keep running under fire",
  prev="Read Monday's live coverage",
  basis="post time '{s}' ('All times CEST' printed, CEST = UTC+2) on 'Tuesday, 25 April 2028'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each post: bare '22:15' in a span above the h2 (the dateline says 'All times CEST'), 'By NAME' under the h2. 'Photos:' post is a gallery teaser with no text. Kremenchuk (a Russian strike on a Ukrainian refinery) shares only the refinery theme with the Novokuibyshevsk attack: must not merge. Mykolaiv: continuation of day 1 (toll now ten, day of mourning).",
  not_entries=["consent banner", "header and navigation", "page title", "dateline 'Tuesday, 25 April 2028 · All times CEST'", "intro paragraph (page lede)",
               "'By NAME' lines (authors)", "gallery placeholder 'Gallery: 9 images'", "'Related' box", "link 'Read Monday's live coverage'", "footer"],
  entries=[
  E("2028-04-25 22:15", "Erdoğan offers to host new Black Sea talks after call with Zelensky",
    ["Turkish President Recep Tayyip Erdoğan told Volodymyr Zelensky by phone on Tuesday evening that Istanbul was ready to host a new round of talks on the safety of merchant shipping in the Black Sea, his office said.",
     "Zelensky said they had also discussed the next prisoner exchange."],
    "diplomacy", "diplomacy", 3, ERD, a="Ailsa Creagh"),
  E("2028-04-25 19:40", "Mykolaiv buries its dead as city observes day of mourning",
    ["Funerals for victims of Monday's missile strike were held in Mykolaiv on Tuesday as the city observed an official day of mourning.",
     "A woman injured in the attack died in hospital overnight, bringing the toll to ten, the regional governor said."],
    "strikes", "strikes", 3, MYK, a="Ailsa Creagh", n="day-1 story continued with a new development (toll ten, mourning)"),
  E("2028-04-25 16:05", "Photos: Smoke over the Novokuibyshevsk refinery", [],
    "strikes", "strikes", 1, NOVO, a="Tomasz Leary", n="photo-gallery teaser, no text body"),
  E("2028-04-25 13:30", "Refinery in Samara region halts processing after drone attack",
    ["The Novokuibyshevsk refinery has stopped two of its main crude-processing units after the overnight drone attack, two industry sources said.",
     "The plant, one of the largest in the Volga region, processes about 8 million tonnes of oil a year."],
    "strikes", "strikes", 3, NOVO, a="Tomasz Leary"),
  E("2028-04-25 10:20", "Russian missiles hit Kremenchuk refinery",
    ["Russian missiles struck the oil refinery in the central Ukrainian city of Kremenchuk on Tuesday morning, injuring two workers and starting a fire, the Poltava regional governor said.",
     "It was the third attack on the plant this year."],
    "strikes", "strikes", 2, "kremenchuk-refinery-strike-2028-04-25", a="Tomasz Leary",
    n="Russian strike on a Ukrainian refinery: same theme as the Novokuibyshevsk attack, other event; must not merge with " + NOVO),
  E("2028-04-25 07:45", "Ukrainian drones target refinery deep inside Russia, governor says",
    ["Drones struck the Novokuibyshevsk oil refinery in Russia's Samara region overnight, starting a large fire, regional governor Vyacheslav Fedorishchev said on Tuesday.",
     "He said there were no casualties and that the fire was being contained."],
    "strikes", "strikes", 3, NOVO, a="Tomasz Leary"),
  ]))

# ---------------------------------------------------------------- 15831 Rathgowan Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="15831", name="15831_rathgowan-atom", ext="xml", source="Rathgowan Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Rathgowan Dispatch - Ukraine", url="https://rathgowan.example/ukraine",
  lede="News from Ukraine, filed from Kyiv",
  basis="Atom <published> '{s}' (explicit +03:00 offset, EEST); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first; <published> with +03:00; <author><name> per entry; escaped HTML content. Spelling 'Novokuybyshevsk' (15830 and 15833 write 'Novokuibyshevsk'). The Belgorod debris death is a deadly strike on Russian soil, not the refinery attack: must not merge.",
  not_entries=["feed title/subtitle/link/id/updated", "entry id/link elements"],
  entries=[
  E("2028-04-25 23:05", "Zelensky and Erdoğan discuss safety of Black Sea shipping",
    ["President Volodymyr Zelensky said he had a long phone call with Turkish President Recep Tayyip Erdoğan on Tuesday about protecting grain ships in the Black Sea.",
     "Ankara has offered to host technical talks between Ukrainian and Russian maritime officials, according to the Turkish side."],
    "diplomacy", "diplomacy", 3, ERD, a="Iryna Savchuk"),
  E("2028-04-25 20:10", "Mykolaiv toll reaches ten as injured woman dies",
    ["A 71-year-old woman wounded in Monday's missile strike on Mykolaiv has died in hospital, raising the death toll to ten, Governor Vitaliy Kim said.",
     "Twenty-three people remain in hospital, four of them in a serious condition."],
    "strikes", "strikes", 3, MYK, a="Iryna Savchuk", n="day-1 story continued with a new development"),
  E("2028-04-25 16:45", "Kremlin calls refinery raid 'terrorism', vows response",
    ["Kremlin spokesman Dmitry Peskov described the overnight drone attack on the Novokuybyshevsk refinery as an act of terrorism and said Russia's response would follow.",
     "He did not say whether the plant had stopped production."],
    "strikes", "strikes", 3, NOVO, a="Andriy Kovalchuk", n="official reaction whose content is the attack: same story"),
  E("2028-04-25 12:30", "Belgorod woman killed by falling drone debris",
    ["A woman was killed in the Russian city of Belgorod when debris from a drone shot down by air defences fell on a car park, regional authorities said.",
     "Two other people were injured."],
    "strikes", "strikes", 3, "belgorod-drone-debris-death-2028-04-25", a="Andriy Kovalchuk",
    n="deadly strike on Russian soil, other event; must not merge with " + NOVO),
  E("2028-04-25 08:55", "Drone attack sparks large fire at Novokuybyshevsk refinery",
    ["A large fire broke out at the Novokuybyshevsk oil refinery near Samara after a night-time drone attack, Russian regional officials and local Telegram channels reported.",
     "A source in Ukraine's security service said the SBU's long-range drones had carried out the strike."],
    "strikes", "strikes", 3, NOVO, a="Andriy Kovalchuk"),
  ]))

# ---------------------------------------------------------------- 15832 Yarrowick Evening News (day 2)
_d1 = next(s for s in SEEDS if s["id"] == "15821")["entries"][4]     # 'Zelensky condemns ...' (15821-05), re-posted verbatim on day 2
NOVO_DUP_P = ["Russia's defense ministry said Tuesday that its air defenses shot down 41 Ukrainian drones overnight over six regions, as a fire burned for hours at the Novokuybyshevsk refinery near Samara.",
              "Regional officials said the blaze had been contained by midmorning local time."]
SEEDS.append(dict(
  id="15832", name="15832_yarrowick-live", ext="txt", source="Yarrowick Evening News", zone="America/New_York", render=r_textlive_us,
  title="Live updates: Ukrainian drones hit refinery deep in Russia",
  dateline="Tuesday, April 25, 2028",
  lede="The latest on Russia's war in Ukraine. All times Eastern.",
  related="What the Patriot system can and cannot do",
  basis="post stamp '{s}' (ET printed, EDT = UTC-4) on the dateline's day 'Tuesday, April 25, 2028'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; '5:40 a.m. ET' line before each headline; no per-post or page authors (author null). Entry 01 re-posts day-1 entry 15821-05 (Osterwick Herald, 24 April) verbatim: importance 1, same story, duplicate_of null (duplicates are within one seed only). Entry 04 repeats entry 02 nearly verbatim (duplicate). The analysis (03) is a theme piece that mentions the refinery attack but is its own story. Mykolaiv (06) continues the day-1 story with a new development.",
  not_entries=["outlet name and section navigation", "page title", "dateline 'Tuesday, April 25, 2028'", "standfirst 'The latest on Russia's war in Ukraine. All times Eastern.'",
               "'ADVERTISEMENT'", "'RELATED: What the Patriot system can and cannot do'", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2028-04-25 05:40", _d1["h"], _d1["p"], "strikes", "strikes", 1, MYK,
    n="re-post of day-1 entry 15821-05 (syndicated verbatim a day later); importance 1, same story"),
  E("2028-04-25 07:15", "Russia says it downed 41 drones overnight as refinery burns", NOVO_DUP_P,
    "strikes", "strikes", 3, NOVO),
  E("2028-04-25 09:30", "Analysis: How drone raids are squeezing Russia's fuel exports",
    ["The overnight strike on the Novokuybyshevsk refinery is part of a pattern: Ukraine has hit more than a dozen Russian refineries since January, aiming at the fuel exports that fund Moscow's war.",
     "Analysts estimate that at times up to a fifth of Russia's refining capacity has been offline, forcing the government to extend a ban on gasoline exports.",
     "Repairs are slowed by Western sanctions on the equipment that many of the plants depend on."],
    "strikes", "strikes", 2, "analysis-drone-raids-russian-fuel-exports",
    n="theme piece: mentions the Novokuybyshevsk attack but is its own story; must not merge with " + NOVO),
  E("2028-04-25 11:05", "Russia says it downed 41 drones overnight as refinery burns",
    [NOVO_DUP_P[0].replace("overnight over six regions", "overnight over six Russian regions"), NOVO_DUP_P[1]],
    "strikes", "strikes", 1, NOVO, dup="15832-02", n="near-verbatim repeat of 15832-02 (one word added)"),
  E("2028-04-25 13:20", "US clears Patriot interceptor sale to Ukraine paid for by European allies",
    ["The State Department approved the sale of Patriot interceptor missiles worth about $1.1 billion to Ukraine, with the cost covered by Germany, the Netherlands and Norway.",
     "Deliveries are expected to begin within months."],
    "aid", "aid", 3, "us-patriot-sale-european-funded-2028-04-25"),
  E("2028-04-25 15:45", "Mykolaiv mourns victims as toll rises to 10",
    ["Hundreds of people lined the streets of Mykolaiv on Tuesday for the funerals of victims of Monday's missile strike, after officials said the death toll had risen to 10.",
     "The city's mayor said more than 30 apartment buildings were damaged."],
    "strikes", "strikes", 3, MYK, n="day-1 story continued with a new development"),
  E("2028-04-25 17:30", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukraine's parliament voted Tuesday to extend martial law and general mobilization for another 90 days, the latest in a series of extensions since February 2022."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-04-25"),
  ]))

# ---------------------------------------------------------------- 15833 Cairnlee World Report (day 2, general world feed)
SEEDS.append(dict(
  id="15833", name="15833_cairnlee-worldrss", ext="xml", source="Cairnlee World Report", zone="America/Toronto", render=r_rss,
  title="Cairnlee World Report: World", url="https://cairnlee.example/world",
  lede="International news from the Cairnlee World Report.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0400, dc:creator on some items. The war is a minority: 2 of 6 items (refinery attack, spelled 'Novokuibyshevsk', and Mykolaiv's day of mourning); 4 off-beat items.",
  not_entries=["channel title/link/description/language", "guid/link", "category elements"],
  entries=[
  OFF("2028-04-25 19:10", "Ottawa unveils plan for coming wildfire season",
    ["The federal government announced funding for more water bombers and a new national firefighting coordination centre ahead of what forecasters expect to be another severe wildfire season."],
    "canada-wildfire-plan-2028-04-25", a="Lauren Pike", n="Canadian politics/weather", cat="Canada"),
  E("2028-04-25 16:30", "Drone strike idles Russian refinery near Samara",
    ["A Ukrainian drone attack has halted much of the production at the Novokuibyshevsk refinery in central Russia, and one worker has died of his injuries, regional officials said.",
     "Kyiv has stepped up its long-range strikes on Russian energy sites this spring."],
    "strikes", "strikes", 3, NOVO, a="Owen Marchetti"),
  OFF("2028-04-25 13:45", "Chile's copper output hits record in March",
    ["Chile produced more copper in March than in any month on record, helped by the expansion of two large mines in the north of the country."],
    "chile-copper-output-2028-03", n="economy", cat="Business"),
  OFF("2028-04-25 10:05", "Ferry capsizes off central Philippines; 12 missing",
    ["A passenger ferry capsized in rough seas off the island of Samar, and coast guard crews were searching for 12 missing people.",
     "More than 80 passengers were rescued."],
    "philippines-ferry-capsize-2028-04-25", n="accident", cat="Asia"),
  E("2028-04-25 07:20", "Mykolaiv holds day of mourning after missile strike",
    ["Flags flew at half-staff in the Ukrainian city of Mykolaiv on Tuesday, a day after a Russian missile strike killed at least nine people in a residential district."],
    "strikes", "strikes", 3, MYK, a="Owen Marchetti", n="day-1 story continued (mourning)"),
  OFF("2028-04-25 05:30", "India forecasts above-normal monsoon rains",
    ["India's weather office expects monsoon rainfall this year to be above the long-term average, a boost for farmers after two patchy seasons."],
    "india-monsoon-forecast-2028", n="weather", cat="Asia"),
  ]))


# ---------------------------------------------------------------- day 3 (2028-04-28)
EXCH = "uae-mediated-prisoner-exchange-2028-04-28"
KHAR = "kharkiv-missile-strike-2028-04-28"


def r_textlive_noyear(S):
    """text live, oldest first; date line with weekday and day but no year; bare '09:30' line before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Europe  |  Analysis  |  Podcasts", "", S["title"],
         f"{EN_DAYS[d0.weekday()]} {d0.day} {EN_MONTHS[d0.month - 1]} · Kyiv time", f"By {S['page_author']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Embedded video]", ""]
        if i == 3:
            L += ["Our journalism is free to read. Support independent reporting from Ukraine.", ""]
    L += ["We will be back tomorrow with more live coverage.", "", f"{S['source']} · Masthead · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_shared_ld(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE's datePublished
    (no per-update time in the markup); the visible '21.40 BST' inside <time> is the only per-post time; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{S['id']}{i:02d}", "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]}
           for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Opinion</a> <a>Culture</a> <a>Lifestyle</a></nav> <a>Subscribe</a></header>',
           f'<main><p class="kicker">Russia-Ukraine war</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{S["id"]}{i:02d}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Sign up for the {esc(S["source"])} world briefing</div>')
    out += ['</main>', f'<footer>{S["source"]} · Help · Complaints · Privacy policy · Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 15840 Ivelstone Times (day 3, general world feed, Atom)
SEEDS.append(dict(
  id="15840", name="15840_ivelstone-worldatom", ext="xml", source="Ivelstone Times", zone="UTC", render=r_atom,
  title="Ivelstone Times - World", url="https://ivelstone.example/world",
  lede="The world's news from the Ivelstone Times",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'), no authors. The war is a minority: 2 of 6 entries (the prisoner exchange; the Kharkiv strike, spelled 'Kharkov'); 4 off-beat.",
  not_entries=["feed title/subtitle/link/id/updated", "entry id/link elements", "category terms"],
  entries=[
  E("2028-04-28 20:40", "Russia and Ukraine swap 700 prisoners in UAE-brokered deal",
    ["Russia and Ukraine exchanged 350 prisoners of war each on Friday in a deal brokered by the United Arab Emirates, both sides said.",
     "It was the largest swap so far this year."],
    "diplomacy", "diplomacy", 3, EXCH, cat="Europe"),
  OFF("2028-04-28 18:15", "Heatwave grips southern India as temperatures pass 45C",
    ["Schools in three southern Indian states were closed on Friday as temperatures rose above 45C, and officials urged outdoor workers to rest during the afternoon."],
    "india-heatwave-2028-04-28", n="weather", cat="Asia"),
  OFF("2028-04-28 15:30", "Norway's sovereign wealth fund posts quarterly loss",
    ["Norway's $2 trillion oil fund reported a loss for the first quarter, blaming a slide in technology shares."],
    "norway-oil-fund-q1-loss-2028", n="markets", cat="Business"),
  E("2028-04-28 12:10", "Missile strike on Kharkov apartment block kills four",
    ["Four people were killed when a Russian missile hit an apartment building in Kharkov, Ukraine's second-largest city, local officials said on Friday."],
    "strikes", "strikes", 3, KHAR, cat="Europe", n="spelled 'Kharkov' (Russian form of Kharkiv)"),
  OFF("2028-04-28 09:00", "Australia tightens student visa rules",
    ["Australia will raise the financial requirements for international students and cap enrolments at some universities from next year, the government said."],
    "australia-student-visas-2028-04-28", n="immigration policy", cat="Asia-Pacific"),
  OFF("2028-04-28 06:20", "South Korea's exports rise for fifth straight month",
    ["South Korea's exports grew for a fifth consecutive month in April, driven by strong demand for memory chips."],
    "south-korea-exports-2028-04", n="economy", cat="Business"),
  ]))

# ---------------------------------------------------------------- 15841 Kilbarrow Courier (day 3, text live, no year)
EXCH_UNDERWAY = "Ukraine and Russia are exchanging prisoners of war at the border with Belarus, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said, in a swap brokered by the United Arab Emirates."
SEEDS.append(dict(
  id="15841", name="15841_kilbarrow-live", ext="txt", source="Kilbarrow Courier", zone="Europe/Kyiv", render=r_textlive_noyear,
  title="Ukraine live: prisoner exchange under way; missile kills four in Kharkiv", parse_args=["--date", "2028-04-28"],
  page_author="Oksana Vereshchak and Tom Hallett",
  lede="Updates through the day from our team in Kyiv.",
  basis="post time '{s}' (bare 24-hour time; the date line says 'Kyiv time', EEST = UTC+3) on 'Friday 28 April' (no year on the page; parse_args gives 2028-04-28); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; bare '09:30' line before each headline; date line 'Friday 28 April · Kyiv time' with no year anywhere, so parse_args gives --date 2028-04-28 (a Friday). One page byline with two names, kept as one author string for every entry. 'Video:' post is a teaser with only an embed marker. Entry 07 repeats entry 03 nearly verbatim (duplicate). The explainer (05) mentions today's exchange but is its own story. The repatriation of 909 bodies shares the 'return of people' theme with the exchange: must not merge.",
  not_entries=["masthead and navigation", "page title", "date line 'Friday 28 April · Kyiv time'", "byline 'By Oksana Vereshchak and Tom Hallett'",
               "lede 'Updates through the day from our team in Kyiv.'", "'[Embedded video]' marker", "support appeal after the fourth post",
               "closing line 'We will be back tomorrow with more live coverage.'", "footer"],
  entries=[
  E("2028-04-28 09:30", "Russian missile hits Kharkiv apartment block, killing two",
    ["Two people were killed and at least 18 injured when a Russian missile hit a nine-storey apartment block in Kharkiv's Kholodnohirskyi district early on Friday, Mayor Ihor Terekhov said.",
     "Several floors collapsed, and rescuers are searching for people believed to be trapped."],
    "strikes", "strikes", 3, KHAR),
  E("2028-04-28 11:40", "Ukraine receives bodies of 909 fallen soldiers",
    ["The bodies of 909 soldiers killed in the war have been returned to Ukraine, the Coordination Headquarters said, in a repatriation that Russia says was carried out under earlier agreements.",
     "Forensic experts will now work to identify them."],
    "other", "humanitarian", 2, "repatriation-of-soldiers-bodies-2028-04-28", sec=["diplomacy"],
    n="same theme (return of people) as the prisoner exchange, other event; must not merge with " + EXCH),
  E("2028-04-28 13:15", "Prisoner exchange under way on Belarus border, Kyiv says",
    [EXCH_UNDERWAY, "Officials did not immediately say how many people were involved."],
    "diplomacy", "diplomacy", 3, EXCH),
  E("2028-04-28 14:00", "Video: Freed soldiers phone their families from the bus", [],
    "diplomacy", "diplomacy", 1, EXCH, n="video teaser, no text body"),
  E("2028-04-28 15:50", "Explainer: How prisoner swaps are brokered",
    ["Today's exchange is the latest of more than 70 swaps since the full-scale invasion, most of them arranged with help from the United Arab Emirates, Türkiye or Qatar.",
     "The mediators pass lists of names between the two sides, check the identities of the prisoners and often provide the aircraft or buses used to move them.",
     "Kyiv says thousands of Ukrainians remain in Russian captivity, many of them held without any contact with their families."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swap-brokering",
    n="theme piece: mentions the day's exchange but explains swaps in general; must not merge with " + EXCH),
  E("2028-04-28 17:20", "Kharkiv toll rises to four",
    ["Rescuers recovered two more bodies from the ruins of the apartment block in Kharkiv, raising the death toll to four, regional governor Oleh Syniehubov said.",
     "Twenty-six people were injured."],
    "strikes", "strikes", 3, KHAR),
  E("2028-04-28 19:05", "Prisoner exchange under way on Belarus border, Kyiv says",
    [EXCH_UNDERWAY.replace("in a swap brokered", "in a new swap brokered"), "Officials did not immediately say how many people were involved."],
    "diplomacy", "diplomacy", 1, EXCH, dup="15841-03", n="near-verbatim repeat of 15841-03 (one word added)"),
  ]))

# ---------------------------------------------------------------- 15842 Strathorn Wire (day 3, RSS)
SEEDS.append(dict(
  id="15842", name="15842_strathorn-rss", ext="xml", source="Strathorn Wire", zone="Europe/Helsinki", render=r_rss,
  title="Strathorn Wire - Russia-Ukraine war", url="https://strathorn.example/war",
  lede="Wire coverage of the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0300 offset, EEST); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0300, dc:creator per item, CDATA paragraphs. The exchange is told from both sides (Zelensky; Russian defence ministry): one story. The Kremlin remark on talks is a separate statement on the same diplomacy theme: must not merge with the exchange.",
  not_entries=["channel title/link/description/language", "guid/link", "category elements"],
  entries=[
  E("2028-04-28 23:20", "Zelensky: 350 of our defenders are home",
    ["President Volodymyr Zelensky said 350 Ukrainian soldiers, border guards and National Guard members had come home in Friday's exchange, and thanked the United Arab Emirates for its mediation.",
     "Some of those freed had been held since the first months of the full-scale invasion, he said."],
    "diplomacy", "diplomacy", 3, EXCH, a="Kaisa Lehtonen"),
  E("2028-04-28 19:45", "Russia says 350 servicemen returned from Ukrainian captivity",
    ["Russia's defence ministry said 350 Russian servicemen had been returned from Ukrainian captivity and were being flown to Moscow for medical checks.",
     "The ministry credited the United Arab Emirates with mediating the exchange."],
    "diplomacy", "diplomacy", 3, EXCH, a="Kaisa Lehtonen"),
  E("2028-04-28 15:10", "Kharkiv strike: rescuers find fourth victim",
    ["Rescue workers in Kharkiv found a fourth body under the rubble of the apartment block hit by a Russian missile in the early hours, the emergency service said.",
     "About 25 people were injured."],
    "strikes", "strikes", 3, KHAR, a="Mikael Storm"),
  E("2028-04-28 12:35", "Finland to fund production of interceptor drones in Ukraine",
    ["Finland will finance the production of interceptor drones in Ukraine with 60 million euros, the Finnish defence ministry said on Friday."],
    "aid", "aid", 2, "finland-interceptor-drone-funding-2028-04-28", a="Mikael Storm"),
  E("2028-04-28 09:50", "Kremlin says no date set for next round of peace talks",
    ["Kremlin spokesman Dmitry Peskov said no date had been agreed for a new round of direct talks with Ukraine, adding that contacts on humanitarian issues continued."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2028-04-28", a="Mikael Storm",
    n="separate statement on the diplomacy theme; must not merge with " + EXCH),
  ]))

# ---------------------------------------------------------------- 15843 Ebbersley Journal (day 3, HTML live)
SEEDS.append(dict(
  id="15843", name="15843_ebbersley-live", ext="html", source="Ebbersley Journal", zone="Europe/London", render=r_htmllive_shared_ld,
  title="Russia-Ukraine war live: 700 prisoners freed in UAE-brokered exchange",
  url="https://ebbersley.example/world/live/2028/apr/28/russia-ukraine-war-live",
  published="2028-04-28 08:30",
  lede="Both sides release 350 prisoners of war; death toll from Kharkiv missile strike rises to four.",
  dateline="Fri 28 Apr 2028",
  basis="visible block time '{s}' (BST printed, UTC+1) on the page date 'Fri 28 Apr 2028'; the JSON-LD updates only repeat the page's datePublished and are not used; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. Visible '21.40 BST' in each block's <time>; the LiveBlogPosting JSON-LD lists every block but gives each the PAGE's headline and datePublished (08:30), so per-entry times come only from the visible blocks. Signature line after each body (author). Kupiansk shelling is in the Kharkiv region but is a different strike from the Kharkiv city missile attack: must not merge.",
  not_entries=["header and navigation, 'Subscribe'", "kicker 'Russia-Ukraine war'", "page title", "standfirst (page lede)", "date line 'Fri 28 Apr 2028'",
               "signature lines (authors)", "newsletter promo after the second block", "footer"],
  entries=[
  E("2028-04-28 21:40", "Freed prisoners include defenders of Mariupol, ombudsman says",
    ["Among the 350 Ukrainians released on Friday are 42 defenders of Mariupol who had been in Russian captivity since 2022, Ukraine's human rights ombudsman Dmytro Lubinets said.",
     "Several of them need urgent medical treatment, he added."],
    "diplomacy", "diplomacy", 3, EXCH, a="Helen Mabey"),
  E("2028-04-28 19:05", "UAE says swap was its 20th mediation between Moscow and Kyiv",
    ["The United Arab Emirates said Friday's exchange of 350 prisoners from each side was the 20th it had mediated between Russia and Ukraine.",
     "Its foreign ministry thanked both governments for their cooperation."],
    "diplomacy", "diplomacy", 3, EXCH, a="Helen Mabey"),
  E("2028-04-28 16:30", "Shelling kills one in Kupiansk",
    ["A 47-year-old man was killed by Russian artillery fire in Kupiansk, in the east of the Kharkiv region, local officials said.",
     "The town, close to the front line, has been almost emptied of civilians."],
    "strikes", "strikes", 3, "kupiansk-shelling-2028-04-28", a="Rory Dunbar",
    n="same region (Kharkiv oblast), other strike; must not merge with " + KHAR),
  E("2028-04-28 13:50", "Kharkiv strike toll rises to four",
    ["Four people are now known to have died after a Russian missile hit an apartment block in Kharkiv before dawn, the city's mayor said.",
     "More than 20 others were injured, including three children."],
    "strikes", "strikes", 3, KHAR, a="Rory Dunbar"),
  E("2028-04-28 11:15", "Lithuania hands Ukraine counter-drone jammers",
    ["Lithuania has delivered a batch of electronic jamming systems to Ukraine to protect front-line units from Russian attack drones, its defence ministry said."],
    "aid", "aid", 2, "lithuania-counter-drone-jammers-2028-04-28", a="Rory Dunbar"),
  E("2028-04-28 08:40", "Russia claims advance near Siversk",
    ["Russia's defence ministry said its forces had advanced west of Siversk in the Donetsk region, a claim that could not be independently verified.",
     "Ukraine's general staff reported 16 Russian assaults in the area over the past day."],
    "other", "frontline", 2, "russia-claims-advance-near-siversk-2028-04-28", a="Rory Dunbar"),
  ]))


if __name__ == "__main__":
    main()
