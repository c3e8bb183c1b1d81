#!/usr/bin/env python3
"""Builds the eval/eu seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets (German, French, Italian, Spanish, Swedish and English pages);
Part B outlets are invented. The output is deterministic.
Run from the project root:  python3 eval/eu/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
# abbreviations after which a full stop does not end a sentence (first_sentence)
ABBREV = ("U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Lt.", "Col.", "a.m.", "p.m.", "z.B.", "Nr.", "Sr.", "Sra.", "M.", "Mme.")
SENT_END = re.compile(r'[.!?]["\'\u201d\u2019\u00bb)]*(?=\s+["\'\u201c\u2018\u00ab\u201e\u00bf\u00a1(]?[A-Z0-9\u00c0-\u00de\u0100-\u017f])')


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in SENT_END.finditer(par):
        head = par[:m.end()]
        if head.endswith(ABBREV) and not head.endswith(("U.S.", "U.N.")):
            continue
        if head.endswith(("U.S.", "U.N.")):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        d = d.astimezone(UTC)
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


SEEDS = []

# ================================================================ PART A renderers and pages (layouts of real outlets, own words)

def r_tagesschau(S):
    """tagesschau.de Liveblog, text scrape. Newest first; each post is a 'HH:MM Uhr' line, then the headline, then the body.
    The only date is the 'Stand: DD.MM.YYYY HH:MM Uhr' line under the title; no per-post authors; German time, no zone."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Zum Inhalt springen", "", "tagesschau", "Startseite  Inland  Ausland  Wirtschaft  Wissen  Investigativ  Faktenfinder  Wetter  Sport  Mehr", "",
         "Ausland", "", "Liveblog", S["title"], "", f"Stand: {last:%d.%m.%Y %H:%M} Uhr", "", S["lede"], "", S["caveat"], "",
         "Teilen", "Mehr zum Thema", "- " + S["related"][0], "- " + S["related"][1], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} Uhr"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("video"):
            L += e["video"] + [""]
        if i == 3:
            L += ["Anzeige", ""]
    L += [S["previous"], "", "Über uns  Impressum  Datenschutz  Barrierefreiheit  Kontakt", "Ein Angebot der ARD"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15200", name="15200_tagesschau-liveblog", ext="txt", source="tagesschau.de", zone="Europe/Berlin", render=r_tagesschau,
  title="Krieg gegen die Ukraine ++ Tote nach Gleitbombenangriff auf Charkiw ++",
  lede="Bei einem russischen Angriff auf Charkiw sind mindestens fünf Menschen getötet worden. Verteidigungsminister Pistorius sagt Kiew ein weiteres Flugabwehrsystem zu. Die Entwicklungen vom Montag zum Nachlesen.",
  caveat="Hinweis: Angaben der Kriegsparteien lassen sich in vielen Fällen nicht unabhängig überprüfen.",
  related=["Wie Gleitbomben die Frontstädte zermürben", "Deutschland und die Flugabwehr für die Ukraine"],
  previous="Der Liveblog vom Sonntag zum Nachlesen",
  basis="post stamp '{s}' (German time; no zone printed, CEST = UTC+2 in October); no date per post: the only date is the page line 'Stand: 04.10.2027 22:05 Uhr' and all posts run newest first within that day; local {d} in {z}",
  notes="Imitates a tagesschau.de Liveblog ('++ ... ++' title) copied as text. Newest first. Each post: 'HH:MM Uhr' line, headline line, body paragraphs; no authors (author null). The page's only date is 'Stand: 04.10.2027 22:05 Uhr' (= the newest post); no zone is printed, German time (CEST) is implied. Inside the 20:40 post an ARD video box leaves two caption lines, the second of which contains '20:00 Uhr' and the date: they are not a post. Two posts (11:48, 20:40) tell the Charkiw (Kharkiv) glide-bomb story with a growing toll (3 -> 5 dead).",
  not_entries=["'Zum Inhalt springen' skip link", "masthead 'tagesschau' and section navigation", "section label 'Ausland' and the 'Liveblog' label",
               "page title line '++ ... ++' and the 'Stand: 04.10.2027 22:05 Uhr' line", "lede paragraph (summary of the day)",
               "caveat line 'Hinweis: Angaben der Kriegsparteien ...'", "'Teilen' and the 'Mehr zum Thema' block with two related links",
               "video box captions inside the 20:40 post ('Jana Wendler, ARD Kiew, ...' and 'tagesschau 20:00 Uhr, 04.10.2027')",
               "'Anzeige' marker", "link 'Der Liveblog vom Sonntag zum Nachlesen'", "footer links and 'Ein Angebot der ARD'"],
  entries=[
  E("2027-10-04 22:05", "Selenskyj drängt auf weitere Patriot-Systeme vor dem Winter",
    ["Der ukrainische Präsident Wolodymyr Selenskyj hat die westlichen Partner erneut um zusätzliche Patriot-Systeme gebeten.",
     "In seiner abendlichen Videoansprache sagte er, Russland bereite eine neue Welle von Angriffen auf die Energieversorgung vor. Jede zusätzliche Batterie rette Leben in den Städten."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2027-10-04", sec=["diplomacy"], n="appeal for air defence (aid), no new pledge"),
  E("2027-10-04 20:40", "Zahl der Toten nach Angriff auf Charkiw steigt auf fünf",
    ["Nach dem russischen Gleitbombenangriff auf Charkiw ist die Zahl der Todesopfer auf fünf gestiegen.",
     "Das teilte Gouverneur Oleh Synjehubow am Abend mit. Aus den Trümmern eines Verwaltungsgebäudes seien zwei weitere Leichen geborgen worden, mehr als 30 Menschen wurden verletzt."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2027-10-04", n="toll 5 dead",
    video=["Jana Wendler, ARD Kiew, zur Lage in Charkiw", "tagesschau 20:00 Uhr, 04.10.2027"]),
  E("2027-10-04 18:12", "Pistorius sagt Kiew weiteres IRIS-T-System zu",
    ["Deutschland liefert der Ukraine ein weiteres Luftverteidigungssystem vom Typ IRIS-T SLM.",
     "Verteidigungsminister Boris Pistorius kündigte die Lieferung bei einem Besuch in Odessa an. Das System soll noch vor Jahresende einsatzbereit sein und aus dem Bundeshaushalt bezahlt werden."],
    "aid", "aid", 3, "germany-iris-t-pledge-2027-10-04", n="ministerial pledge of an air-defence system"),
  E("2027-10-04 16:30", "Russland meldet Einnahme eines Dorfes im Gebiet Donezk",
    ["Das russische Verteidigungsministerium hat die Eroberung des Dorfes Bila Hora im Gebiet Donezk gemeldet.",
     "Der ukrainische Generalstab äußerte sich zunächst nicht dazu. Unabhängig überprüfen lässt sich die Angabe nicht."],
    "other", "frontline", 2, "russia-claims-bila-hora-2027-10-04"),
  E("2027-10-04 14:05", "Prozess gegen mutmaßliche Saboteure in München begonnen",
    ["Vor dem Oberlandesgericht München hat der Prozess gegen drei Männer begonnen, die im Auftrag eines russischen Geheimdienstes Anschläge auf Bahnanlagen vorbereitet haben sollen.",
     "Die Bundesanwaltschaft wirft ihnen unter anderem geheimdienstliche Agententätigkeit vor. Die Angeklagten schwiegen zum Auftakt."],
    "other", "security", 2, "munich-sabotage-trial-2027-10-04"),
  E("2027-10-04 11:48", "Gleitbomben auf Charkiw – mindestens drei Tote",
    ["Bei einem russischen Angriff mit Gleitbomben auf Charkiw sind nach Behördenangaben mindestens drei Menschen getötet worden.",
     "Bürgermeister Ihor Terechow schrieb auf Telegram, zwei Bomben hätten ein Verwaltungsgebäude und eine Tankstelle getroffen. 21 Verletzte würden in Krankenhäusern behandelt."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2027-10-04", n="toll 3 dead"),
  E("2027-10-04 09:20", "Ukraine: 74 von 92 Drohnen abgefangen",
    ["Die ukrainische Luftwaffe hat nach eigenen Angaben in der Nacht 74 von 92 russischen Drohnen abgeschossen oder mit elektronischen Mitteln zum Absturz gebracht.",
     "Einschläge wurden aus den Gebieten Sumy, Tschernihiw und Odessa gemeldet. Berichte über Verletzte gab es zunächst nicht."],
    "strikes", "strikes", 2, "overnight-drone-attack-2027-10-04"),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


def r_faz(S):
    """FAZ.NET Liveblog, HTML. Newest first; per post a <time datetime> showing bare 'HH:MM', an h3 headline, body.
    Header 'Aktualisiert am DD.MM.YYYY-HH:MM'; JSON-LD LiveBlogPosting with liveBlogUpdate items carrying per-post times."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + len(S['entries']) - i}", "headline": e["h"],
            "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Frankfurter Allgemeine Zeitung", "url": "https://www.faz.net"},
          "isAccessibleForFree": True, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="de"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | FAZ</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body class="body-wrapper">',
           '<header class="header"><a class="header__logo" href="https://www.faz.net/aktuell/" title="Frankfurter Allgemeine Zeitung">Frankfurter Allgemeine</a>'
           '<nav class="nav-main"><a href="/aktuell/">Aktuell</a> <a href="/aktuell/politik/">Politik</a> <a href="/aktuell/wirtschaft/">Wirtschaft</a> '
           '<a href="/aktuell/finanzen/">Finanzen</a> <a href="/aktuell/feuilleton/">Feuilleton</a> <a href="/aktuell/sport/">Sport</a> '
           '<a href="/aktuell/rhein-main/">Rhein-Main</a> <a href="/podcasts/">Podcasts</a></nav>'
           '<a class="btn-abo" href="/abo/">F+ Abo</a> <a class="btn-login" href="/mein-faz-net/">Anmelden</a></header>',
           '<main><article class="article">', '<div class="breadcrumbs"><a href="/aktuell/politik/">Politik</a> › <a href="/aktuell/politik/ausland/">Ausland</a> › <span>Krieg in der Ukraine</span></div>',
           '<div class="header-label">Liveblog Ukraine</div>', f'<h1 class="header-title">{esc(S["title"])}</h1>',
           f'<p class="header-teaser">{esc(S["lede"])}</p>',
           f'<div class="header-detail"><span class="header-detail__time">Aktualisiert am {last:%d.%m.%Y-%H:%M}</span> · '
           f'<span class="header-detail__reading">Lesezeit: {S["minutes"]} Min.</span></div>',
           '<div class="article-tools"><button>Artikel anhören</button> <button>Merken</button> <button>Teilen</button> <button>Drucken</button></div>',
           f'<figure class="media"><img src="{S["img"]}" alt=""><figcaption>{esc(S["caption"])} <span class="credit">Bild: dpa</span></figcaption></figure>',
           '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="liveblog-post" id="post-{4410 + len(S["entries"]) - i}"><div class="liveblog-post__meta">'
                   f'<time datetime="{d.isoformat()}">{st}</time></div><h3 class="liveblog-post__title">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 2:
            out.append('<aside class="newsletter-box"><strong>F.A.Z. Newsletter Ukraine</strong><p>Die wichtigsten Entwicklungen zum Krieg jeden Abend in Ihrem Postfach.</p>'
                       '<input type="email" placeholder="E-Mail-Adresse"> <button>Kostenlos anmelden</button></aside>')
    out += ['</div>', f'<p class="source">{esc(S["credit"])}</p>', '</article>',
            '<section class="related"><h2>Mehr zum Thema</h2><ul>' + "".join(f'<li><a href="/aktuell/politik/ausland/{slug(r)}.html">{esc(r)}</a></li>' for r in S["related"]) + '</ul></section>',
            '</main>', '<footer class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/agb/">AGB</a> '
            '<p>© Frankfurter Allgemeine Zeitung GmbH 2027. Alle Rechte vorbehalten.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15201", name="15201_faz-liveblog", ext="html", source="Frankfurter Allgemeine Zeitung", zone="Europe/Berlin", render=r_faz,
  title="Liveblog zum Krieg in der Ukraine: Haushaltsausschuss gibt weitere Milliarden für Kiew frei",
  url="https://www.faz.net/aktuell/politik/ausland/liveblog-ukraine-krieg-haushaltsausschuss-milliarden-110284417.html",
  lede="Der Bundestag stockt die Militärhilfe für das kommende Jahr auf. Russland und die Ukraine tauschen Gefangene aus. Alle Entwicklungen im Liveblog.",
  minutes=9, img="https://media1.faz.net/ppmedia/aktuell/politik/ausland/3870119041/1.9960412/article_multimedia_overview/rettungskraefte-in-krywyj-rih.jpg",
  caption="Rettungskräfte nach dem Raketenangriff auf Krywyj Rih am Mittwoch",
  credit="Quelle: FAZ.NET/dpa/Reuters/AFP",
  related=["Wie die Ukraine ihre Stromnetze schützen will", "Was über den Gefangenenaustausch bekannt ist"],
  basis="post time '{s}' in <time datetime> (German time, no zone printed; CEST = UTC+2); date from the header 'Aktualisiert am 06.10.2027-21:14' and the JSON-LD update datePublished, which agrees; local {d} in {z}",
  notes="Imitates a FAZ.NET Liveblog page (HTML). Newest first. Each post: <time datetime> showing bare 'HH:MM', h3 headline, body. The visible page prints the date only in 'Aktualisiert am 06.10.2027-21:14'; the JSON-LD LiveBlogPosting carries every post in liveBlogUpdate with the right datePublished (+02:00). No per-post authors; the page credit 'Quelle: FAZ.NET/dpa/Reuters/AFP' lists several agencies and names no person, so author is null for every post. All posts fall on 2027-10-06 UTC.",
  not_entries=["header logo and main navigation, 'F+ Abo' / 'Anmelden'", "breadcrumbs (Politik › Ausland › Krieg in der Ukraine)", "label 'Liveblog Ukraine'",
               "page title (h1) and teaser paragraph", "'Aktualisiert am 06.10.2027-21:14' and 'Lesezeit: 9 Min.' line",
               "article tools (Artikel anhören, Merken, Teilen, Drucken)", "lead image caption with credit 'Bild: dpa'",
               "newsletter box after the third post", "source credit 'Quelle: FAZ.NET/dpa/Reuters/AFP'", "'Mehr zum Thema' related links", "footer"],
  entries=[
  E("2027-10-06 21:14", "Rutte: Nato stärkt Luftverteidigung an der Ostflanke",
    ["Die Nato will nach den jüngsten Luftraumverletzungen durch russische Drohnen zusätzliche Flugabwehr an ihre Ostflanke verlegen.",
     "Generalsekretär Mark Rutte sagte in Brüssel, mehrere Mitgliedstaaten hätten Systeme und Personal zugesagt. Einzelheiten nannte er nicht."],
    "diplomacy", "diplomacy", 2, "nato-eastern-flank-air-defence-2027-10-06", n="alliance decision (NATO), not aid to Ukraine"),
  E("2027-10-06 19:50", "Drohnenangriff auf Raffinerie in Saratow",
    ["Ukrainische Drohnen haben am Mittwochabend nach russischen Angaben eine Ölraffinerie in Saratow an der Wolga getroffen.",
     "Gouverneur Roman Bussargin sprach von einem Brand auf dem Gelände, Verletzte gebe es nicht. Der ukrainische Generalstab bestätigte den Angriff."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2027-10-06"),
  E("2027-10-06 18:05", "Haushaltsausschuss gibt weitere Milliarden für Ukraine frei",
    ["Der Haushaltsausschuss des Bundestages hat zusätzliche 3,5 Milliarden Euro für die militärische Unterstützung der Ukraine im kommenden Jahr gebilligt.",
     "Mit dem Geld sollen vor allem Flugabwehr, Munition und Drohnen bezahlt werden. Union und SPD stimmten dafür, die AfD dagegen."],
    "aid", "aid", 3, "bundestag-ukraine-military-aid-2028-budget"),
  E("2027-10-06 15:32", "Ukraine und Russland tauschen je 185 Gefangene aus",
    ["Russland und die Ukraine haben unter Vermittlung der Vereinigten Arabischen Emirate jeweils 185 Kriegsgefangene ausgetauscht.",
     "Präsident Selenskyj schrieb, unter den Heimgekehrten seien Verteidiger von Mariupol und mehrere Zivilisten. Das russische Verteidigungsministerium bestätigte den Austausch."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2027-10-06"),
  E("2027-10-06 13:10", "Zwei Tote bei Raketenangriff auf Krywyj Rih",
    ["Bei einem russischen Raketenangriff auf die zentralukrainische Stadt Krywyj Rih sind zwei Menschen getötet und neun verletzt worden.",
     "Die Rakete traf nach Angaben der Militärverwaltung ein Wohnviertel am Stadtrand. Mehrere Einfamilienhäuser wurden zerstört."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2027-10-06"),
  E("2027-10-06 10:45", "Kreml dementiert Bericht über Waffenstillstandsangebot",
    ["Der Kreml hat einen Medienbericht zurückgewiesen, wonach Moskau einen Waffenstillstand entlang der aktuellen Frontlinie angeboten habe.",
     "Kremlsprecher Dmitri Peskow nannte den Bericht eine Erfindung. Russland sei zu Gesprächen bereit, aber nur zu seinen bekannten Bedingungen."],
    "diplomacy", "diplomacy", 2, "kremlin-denies-ceasefire-offer-report-2027-10-06"),
  E("2027-10-06 08:20", "Stromausfall in Sumy nach nächtlichem Drohnenangriff",
    ["Nach einem russischen Drohnenangriff auf ein Umspannwerk ist in weiten Teilen der Stadt Sumy der Strom ausgefallen.",
     "Krankenhäuser liefen mit Notstromaggregaten, teilte die Stadtverwaltung mit. Die Reparatur werde mindestens einen Tag dauern."],
    "strikes", "strikes", 2, "sumy-substation-drone-strike-2027-10-06", n="damage from a drone attack (strikes)"),
  ]))


def r_libe(S):
    """Libération 'Direct' page, text scrape. Oldest first; each post is an 'HhMM' line (French style '9h40'), a headline and the
    body. One page byline 'par NAME' and 'publié le D mois YYYY à HhMM (mis à jour à HhMM)'. French time, no zone printed."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    fh = lambda d: f"{d.hour}h{d.minute:02d}"
    L = ["Libération", "Menu  Rechercher  S'abonner  Se connecter", "",
         "Politique  International  Economie  Société  Environnement  Culture  Idées et Débats  CheckNews  Lifestyle", "",
         "International / Guerre en Ukraine", "", "Direct", S["title"], "", S["lede"], "", f"par {S['byline']}",
         f"publié le {first.day} {FR_MONTHS[first.month - 1]} {first.year} à {fh(first)} (mis à jour à {fh(last)})", "",
         S["caption"], "", "Partager  Offrir l'article", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fh(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Pour aller plus loin", S["further"], ""]
        if i == 4:
            L += ["Abonnez-vous à la newsletter «Ukraine» de Libé, chaque soir dans votre boîte mail.", ""]
    L += ["Ce direct est terminé. Retrouvez nos articles dans la rubrique Guerre en Ukraine.", "", "Libération", "Mentions légales  Charte de confidentialité  Gestion des cookies  Contact"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15202", name="15202_liberation-direct", ext="txt", source="Libération", zone="Europe/Paris", render=r_libe,
  title="Guerre en Ukraine : Zelensky à Paris, Macron annonce une coalition pour la défense aérienne",
  published="2027-10-08 07:02", byline="Camille Ferrand",
  lede="Le président ukrainien est reçu à l'Elysée ce vendredi. La Commission européenne propose une nouvelle enveloppe pour le réseau électrique ukrainien. Suivez notre direct.",
  caption="Volodymyr Zelensky et Emmanuel Macron, dans la cour de l'Elysée, vendredi. (Théo Marchal/Libération)",
  further="Reportage : à Kherson, la vie au rythme des obus",
  basis="post time '{s}' (French time, 'h' notation; no zone printed, CEST = UTC+2); date from the page line 'publié le 8 octobre 2027 à 7h02 (mis à jour à 20h10)', posts run oldest first within that day; local {d} in {z}",
  notes="Imitates a Libération 'Direct' live page copied as text. Oldest first. Each post: French-style time line ('9h40'), headline, body. One page byline 'par Camille Ferrand' (used as author of every post, as no post is signed). The only date is 'publié le 8 octobre 2027 à 7h02 (mis à jour à 20h10)'; no zone printed, Paris time (CEST) implied. The Zelensky visit is told twice (arrival at 9h40; joint announcement at 18h45): same story. The photo caption names a photographer (not an author). A 'Pour aller plus loin' box links to an unrelated report.",
  not_entries=["masthead 'Libération' and menu/subscription links", "rubric navigation", "'International / Guerre en Ukraine' breadcrumb", "'Direct' label",
               "page title and lede paragraph", "byline 'par Camille Ferrand' and the 'publié le ... (mis à jour à ...)' line",
               "photo caption with the photographer's credit", "'Partager  Offrir l'article'", "'Pour aller plus loin' box and its link",
               "newsletter promo", "closing line 'Ce direct est terminé...'", "footer"],
  entries=[
  E("2027-10-08 07:15", "Nuit d'attaques de drones sur Kyiv, deux blessés",
    ["La capitale ukrainienne a de nouveau été visée par des drones russes dans la nuit de jeudi à vendredi, a indiqué l'administration militaire de la ville.",
     "Deux personnes ont été blessées par la chute de débris dans le quartier de Darnytsia, selon la même source. Des explosions ont été entendues jusqu'à l'aube."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2027-10-08", a="Camille Ferrand"),
  E("2027-10-08 09:40", "Zelensky reçu à l'Elysée par Emmanuel Macron",
    ["Le président ukrainien est arrivé à Paris pour un entretien avec Emmanuel Macron, centré sur la défense aérienne et la reconstruction.",
     "Il s'agit de sa troisième visite en France cette année. Les deux dirigeants doivent s'exprimer devant la presse en fin de journée."],
    "diplomacy", "diplomacy", 3, "zelensky-paris-visit-2027-10-08", a="Camille Ferrand"),
  E("2027-10-08 11:05", "Bruxelles propose 5 milliards d'euros pour le réseau électrique ukrainien",
    ["La Commission européenne a proposé de débloquer 5 milliards d'euros pour aider l'Ukraine à réparer son réseau électrique avant l'hiver.",
     "L'enveloppe doit encore être approuvée par les Etats membres et le Parlement européen. Elle serait prélevée sur la facilité pour l'Ukraine."],
    "aid", "aid", 3, "eu-commission-ukraine-energy-grant-2027-10-08", a="Camille Ferrand"),
  E("2027-10-08 13:30", "A Kherson, de nouvelles évacuations dans les quartiers proches du Dniepr",
    ["Les autorités de Kherson ont ordonné l'évacuation de plusieurs rues situées le long du Dniepr, régulièrement visées par l'artillerie russe depuis l'autre rive.",
     "Environ 400 habitants, dont une soixantaine d'enfants, sont concernés. Des bus ont été affrétés pour les conduire vers Mykolaïv."],
    "other", "humanitarian", 2, "kherson-riverside-evacuation-2027-10-08", a="Camille Ferrand", sec=["strikes"]),
  E("2027-10-08 16:20", "Le Danemark finance la production d'obus sur le sol ukrainien",
    ["Copenhague va consacrer 600 millions d'euros à la fabrication d'obus d'artillerie par des entreprises ukrainiennes, a annoncé le ministère danois de la Défense.",
     "Ce modèle, dit « danois », consiste à acheter directement auprès de l'industrie ukrainienne plutôt que dans les stocks européens."],
    "aid", "aid", 2, "denmark-funds-ukrainian-shell-production-2027-10-08", a="Camille Ferrand"),
  E("2027-10-08 18:45", "Macron et Zelensky annoncent une coalition pour la défense aérienne",
    ["A l'issue de leur entretien, Emmanuel Macron et Volodymyr Zelensky ont annoncé la création d'une « coalition » de pays européens chargée de fournir des systèmes de défense aérienne à l'Ukraine.",
     "La France livrera deux batteries SAMP/T supplémentaires d'ici au printemps, a précisé le président français.",
     "Zelensky a salué « une décision qui protégera des millions de vies »."],
    "aid", "aid", 3, "zelensky-paris-visit-2027-10-08", a="Camille Ferrand", sec=["diplomacy"], n="outcome of the same visit as 15202-02 (same story)"),
  E("2027-10-08 20:10", "Moscou dénonce l'expulsion d'un diplomate russe par la Moldavie",
    ["La diplomatie russe a promis une riposte après l'expulsion par Chisinau d'un de ses diplomates, accusé d'avoir financé des manifestations antigouvernementales.",
     "La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a qualifié la mesure de « provocation »."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2027-10-08", a="Camille Ferrand"),
  ]))


def r_corriere(S):
    """Corriere della Sera live page ('le news di oggi sulla guerra'), HTML. Newest first; each post 'ore HH:MM' then a bold
    headline paragraph and the body. Page byline 'di Redazione Esteri', date line 'D mese YYYY (modifica il ... | HH:MM)';
    bullet summary at the top; NewsArticle JSON-LD (page times only)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": {"@type": "Organization", "name": "Redazione Esteri"},
          "publisher": {"@type": "Organization", "name": "Corriere della Sera", "logo": {"@type": "ImageObject", "url": "https://www.corriere.it/img/logo-corriere.png"}},
          "articleSection": "Esteri"}
    itd = lambda d: f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="it"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}- Corriere.it</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="bck-header"><a class="logo" href="https://www.corriere.it/">Corriere della Sera</a>'
           '<nav class="main-nav"><a href="/politica/">Politica</a> <a href="/cronache/">Cronache</a> <a href="/esteri/">Esteri</a> <a href="/economia/">Economia</a> '
           '<a href="/sport/">Sport</a> <a href="/cultura/">Cultura</a> <a href="/spettacoli/">Spettacoli</a> <a href="/salute/">Salute</a> <a href="/opinioni/">Opinioni</a></nav>'
           '<a class="btn" href="/abbonamenti/">Abbonati</a> <a class="btn" href="/accedi/">Accedi</a></header>',
           '<main><article class="article-live">', '<p class="kicker">LA GUERRA</p>', f'<h1 class="title-art">{esc(S["title"])}</h1>',
           f'<h2 class="summary-art">{esc(S["lede"])}</h2>',
           '<ul class="summary-points">' + "".join(f'<li>• {esc(b)}</li>' for b in S["bullets"]) + '</ul>',
           '<div class="info-art"><span class="author-art">di Redazione Esteri</span> '
           f'<span class="date-art">{itd(first)} (modifica il {itd(last)} | {last:%H:%M})</span></div>',
           '<div class="tools"><button>Ascolta l\u2019articolo</button> <span class="reading">10 min</span> <button>Condividi</button></div>',
           f'<figure><img src="{S["img"]}" alt=""><figcaption>{esc(S["caption"])} (Ansa)</figcaption></figure>', '<div class="live-body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"ore {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i + 1}"><span class="live-time">{st}</span>')
        out.append(f'<p class="live-title"><strong>{esc(e["h"])}</strong></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="leggi-anche"><span>Leggi anche</span> <a href="/esteri/27_ottobre_09/ucraina-inverno-energia.shtml">'
                       + esc(S["also"]) + '</a></aside>')
    out += ['</div>', '<div class="newsletter">La newsletter Il Punto: le notizie più importanti ogni mattina. <a>Iscriviti</a></div>',
            '<p class="copyright">© RIPRODUZIONE RISERVATA</p>', '</article></main>',
            '<footer>Copyright 2027 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati | Per la pubblicità: CAIRORCS MEDIA SpA | P.IVA 12086540155</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15203", name="15203_corriere-live", ext="html", source="Corriere della Sera", zone="Europe/Rome", render=r_corriere,
  title="Russia-Ucraina, le news di oggi sulla guerra | Zelensky: «Pronti a nuovi scambi di prigionieri»",
  url="https://www.corriere.it/esteri/live/27_ottobre_10/russia-ucraina-news-guerra-zelensky-scambi-prigionieri.shtml",
  published="2027-10-10 07:45",
  lede="Le notizie di domenica sulla guerra in Ucraina, in diretta.",
  bullets=["Attacco missilistico su Zaporizhzhia: tre vittime", "Crosetto annuncia un nuovo pacchetto di aiuti", "Il Papa torna a chiedere la pace"],
  img="https://images2.corriereobjects.it/methode_image/2027/10/10/Esteri/Foto%20Esteri/zaporizhzhia.jpg",
  caption="Soccorritori al lavoro a Zaporizhzhia dopo il raid",
  also="Ucraina, l\u2019inverno al buio: come Kiev si prepara",
  basis="post stamp '{s}' (Italian time; no zone printed, CEST = UTC+2); the date is only in the page line '10 ottobre 2027 (modifica il 10 ottobre 2027 | 21:30)', posts run newest first within that day; local {d} in {z}",
  notes="Imitates a Corriere della Sera live page ('le news di oggi sulla guerra'), HTML. Newest first. Each post: 'ore HH:MM' span, headline in a bold paragraph, body. Page byline 'di Redazione Esteri' (a desk, no person): author null for every post. The date appears only in '10 ottobre 2027 (modifica il 10 ottobre 2027 | 21:30)'; no zone printed, Italian time (CEST) implied. The bullet summary under the title paraphrases three posts but is not a Key Points list of headlines (key_point false). JSON-LD is a page-level NewsArticle with page times only.",
  not_entries=["header logo, navigation, Abbonati/Accedi", "kicker 'LA GUERRA'", "page title (h1) and subtitle 'Le notizie di domenica ...'",
               "three summary bullets under the title (paraphrases of posts, not posts)", "byline 'di Redazione Esteri' and the date/modifica line",
               "tools (Ascolta l\u2019articolo, 10 min, Condividi)", "lead photo caption '(Ansa)'", "'Leggi anche' related link after the fourth post",
               "newsletter box", "'© RIPRODUZIONE RISERVATA'", "footer"],
  entries=[
  E("2027-10-10 21:30", "Zelensky: «Pronti a nuovi scambi di prigionieri con Mosca»",
    ["Il presidente ucraino Volodymyr Zelensky ha detto che Kiev è pronta a uno scambio «tutti per tutti» dei prigionieri di guerra, se Mosca accetterà una mediazione internazionale.",
     "Nel suo discorso serale Zelensky ha ringraziato la Turchia e gli Emirati per gli sforzi degli ultimi mesi."],
    "diplomacy", "diplomacy", 2, "zelensky-all-for-all-prisoner-offer-2027-10-10"),
  E("2027-10-10 19:45", "Crosetto: pronto il nuovo pacchetto di aiuti militari italiani",
    ["Il ministro della Difesa Guido Crosetto ha annunciato che il tredicesimo pacchetto di aiuti militari italiani all'Ucraina è pronto e sarà illustrato al Copasir nei prossimi giorni.",
     "Il contenuto resta riservato, ma secondo fonti del ministero comprende munizioni per la difesa aerea e mezzi per lo sminamento."],
    "aid", "aid", 3, "italy-13th-military-aid-package-2027-10-10"),
  E("2027-10-10 17:10", "Droni russi su Odessa, colpito un deposito di grano nel porto",
    ["Un attacco di droni russi ha colpito nel pomeriggio un deposito di cereali nel porto di Odessa, provocando un vasto incendio.",
     "Secondo l'amministrazione regionale non ci sono vittime, ma due lavoratori sono rimasti intossicati dal fumo."],
    "strikes", "strikes", 2, "odesa-grain-depot-drone-strike-2027-10-10"),
  E("2027-10-10 14:55", "Il Papa all'Angelus: «Non dimentichiamo la martoriata Ucraina»",
    ["Papa Leone XIV ha rinnovato all'Angelus l'appello per una pace «giusta e duratura» in Ucraina, chiedendo ai responsabili delle nazioni di non rassegnarsi alla logica delle armi.",
     "Il Pontefice ha anche ricordato i bambini ucraini separati dalle loro famiglie e ha ringraziato chi lavora per il loro ritorno."],
    "diplomacy", "diplomacy", 2, "pope-angelus-ukraine-peace-appeal-2027-10-10", n="appeal for peace (diplomacy)"),
  E("2027-10-10 12:20", "Missili su Zaporizhzhia, tre morti e dodici feriti",
    ["Tre persone sono morte e dodici sono rimaste ferite in un attacco missilistico russo contro Zaporizhzhia, ha riferito il governatore regionale Ivan Fedorov.",
     "I missili hanno colpito un'area industriale e un complesso residenziale vicino alla stazione ferroviaria."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2027-10-10"),
  E("2027-10-10 10:05", "Mosca: abbattuti 40 droni ucraini nella regione di Kursk",
    ["Il ministero della Difesa russo ha dichiarato di aver intercettato e distrutto 40 droni ucraini nella notte, la maggior parte sopra la regione di Kursk.",
     "Le autorità locali non hanno segnalato danni. La notizia non può essere verificata in modo indipendente."],
    "strikes", "strikes", 2, "russia-says-downed-40-drones-kursk-2027-10-10"),
  E("2027-10-10 08:30", "Meloni sente Zelensky: «Sostegno fino a una pace giusta»",
    ["La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con Volodymyr Zelensky, al quale ha confermato il sostegno dell'Italia.",
     "Al centro della telefonata, secondo Palazzo Chigi, la preparazione della conferenza sulla ricostruzione e la sicurezza energetica in vista dell'inverno."],
    "diplomacy", "diplomacy", 2, "meloni-zelensky-call-2027-10-10"),
  ]))


def r_clarin_rss(S):
    """Clarín section RSS 2.0 (Mundo): pubDate in GMT, CDATA description with a lead image and one or two summary
    paragraphs, dc:creator (a named reporter, an agency, or the desk 'Redacción Clarín')."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.clarin.com/mundo/</link>',
           '<atom:link href="https://www.clarin.com/rss/mundo/" rel="self" type="application/rss+xml"/>',
           '<description>Noticias internacionales de último momento. Lo que pasa en el mundo, en Clarín.</description>',
           '<language>es-AR</language>', '<copyright>Clarín.com</copyright>',
           '<image><url>https://www.clarin.com/img/logo-clarin.png</url><title>Clarín.com - Mundo</title><link>https://www.clarin.com/mundo/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.clarin.com/mundo/{slug(e['h'])}_0_{0x3a9f1 + i * 7717:x}.html"
        img = f"https://www.clarin.com/img/2027/10/12/{0x5c2d + i * 911:x}_1200x630__1.jpg"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator><![CDATA[{e["byline"]}]]></dc:creator>', '<category>Mundo</category>',
                f'<description><![CDATA[<img src="{img}" />' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:content url="{img}" type="image/jpeg" medium="image"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def W(e, byline):
    e["byline"] = byline
    return e


SEEDS.append(dict(
  id="15204", name="15204_clarin-mundorss", ext="xml", source="Clarín", zone="UTC", render=r_clarin_rss,
  title="Clarín.com - Mundo",
  basis="RSS pubDate '{s}' (explicit GMT); {d} UTC",
  notes="Imitates Clarín's 'Mundo' section RSS 2.0 feed (Spanish). Newest first. pubDate in GMT (Argentina itself is UTC-3; the feed's GMT times are used as printed). description (CDATA) holds the lead image and one or two summary paragraphs. dc:creator: a named reporter gives the author; 'AFP' (agency only) gives 'AFP'; the desk credit 'Redacción Clarín' names no person, so author null. Three of seven items are off the war (earthquake in Peru, French censure vote, typhoon in the Philippines).",
  not_entries=["channel title, description, language, copyright and logo image", "lead image inside every description", "media:content image of every item",
               "guid/link URLs", "category 'Mundo'"],
  entries=[
  W(OFF("2027-10-12 22:40", "Un terremoto de magnitud 6,2 sacude el sur de Perú",
    ["El sismo se sintió con fuerza en Arequipa y Moquegua. No se informaron víctimas, pero varias rutas quedaron bloqueadas por derrumbes."],
    "peru-earthquake-2027-10-12", a="AFP", n="earthquake in Peru"), "AFP"),
  W(E("2027-10-12 21:15", "Guerra Rusia-Ucrania: Milei recibió al canciller ucraniano y ratificó su apoyo a Kiev",
    ["Andrii Sybiha se reunió con el Presidente en la Casa Rosada. Conversaron sobre una nueva cumbre de paz y sobre cooperación en desminado humanitario."],
    "diplomacy", "diplomacy", 2, "milei-meets-ukrainian-foreign-minister-2027-10-12", a="Natalia Berríos"), "Natalia Berríos"),
  W(E("2027-10-12 18:05", "Corea del Norte envió más proyectiles de artillería a Rusia, según Seúl",
    ["Los servicios de inteligencia surcoreanos estiman que Pyongyang despachó al menos un millón de proyectiles en los últimos tres meses.",
     "A cambio, Moscú habría entregado tecnología para satélites y sistemas de defensa antiaérea."],
    "aid", "aid", 3, "north-korea-shells-to-russia-2027-10-12", a=None, n="arms transfer to Russia (aid); desk credit, author null"), "Redacción Clarín"),
  W(E("2027-10-12 15:30", "Ataque ruso con misiles contra Dnipró: cuatro muertos y 25 heridos",
    ["Un misil balístico impactó contra un edificio de oficinas en el centro de la ciudad, en el este de Ucrania. Entre los heridos hay dos niños."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2027-10-12", a="AFP"), "AFP"),
  W(OFF("2027-10-12 13:10", "Francia: la Asamblea rechaza una moción de censura contra el Gobierno",
    ["La oposición no logró reunir los votos necesarios. El primer ministro celebró el resultado y prometió presentar el presupuesto la semana próxima."],
    "france-censure-motion-2027-10-12", a=None, n="French domestic politics; desk credit"), "Redacción Clarín"),
  W(E("2027-10-12 11:20", "Putin dice que Rusia está dispuesta a negociar «sobre la base de la realidad en el terreno»",
    ["El presidente ruso habló en un foro de energía en Moscú y volvió a exigir que Ucrania renuncie a las regiones que Rusia declaró anexionadas."],
    "diplomacy", "diplomacy", 2, "putin-negotiation-terms-energy-forum-2027-10-12", a="Natalia Berríos"), "Natalia Berríos"),
  W(OFF("2027-10-12 09:00", "Un tifón obliga a evacuar a 200.000 personas en Filipinas",
    ["Las autoridades suspendieron las clases y los vuelos en el norte de Luzón ante la llegada de vientos de más de 180 kilómetros por hora."],
    "philippines-typhoon-2027-10-12", a="AFP", n="typhoon in the Philippines"), "AFP"),
  ]))


def r_lanacion(S):
    """La Nación (Argentina) 'en vivo' page, HTML (Arc publishing). Oldest first; each post: h2 headline, then a <time> showing
    bare 'HH:MM', body, and a wire credit 'Fuente: AGENCY'. Date only in the header line 'D de mes de YYYY'. NewsArticle JSON-LD."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]}, "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Organization", "name": "LA NACION"}],
          "publisher": {"@type": "Organization", "name": "LA NACION", "logo": {"@type": "ImageObject", "url": "https://www.lanacion.com.ar/pf/resources/images/la-nacion.png"}},
          "articleSection": "El Mundo", "isAccessibleForFree": True}
    esd = lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="es"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - LA NACION</title>',
           f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/">LA NACION</a><nav><a href="/ultimas-noticias/">Últimas noticias</a> <a href="/politica/">Política</a> '
           '<a href="/economia/">Economía</a> <a href="/sociedad/">Sociedad</a> <a href="/el-mundo/">El Mundo</a> <a href="/deportes/">Deportes</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/opinion/">Opinión</a></nav><a class="btn" href="/suscripciones/">Suscribite</a> <a href="/ingresar/">Ingresar</a></header>',
           '<main><article><div class="com-label"><a href="/el-mundo/">El Mundo</a> <span class="live">EN VIVO</span></div>',
           f'<h1 class="com-title">{esc(S["title"])}</h1>', f'<h2 class="com-subhead">{esc(S["lede"])}</h2>',
           f'<div class="com-date"><time datetime="{first.isoformat()}">{esd(first)}</time></div>',
           '<div class="share"><button>Escuchar nota</button> <button>Compartir</button> <a>Seguir en Google News</a></div>',
           f'<figure><figcaption>{esc(S["caption"])} - Créditos: AP</figcaption></figure>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live-entry"><h2 class="live-entry__title">{esc(e["h"])}</h2><time class="live-entry__time" datetime="{d.isoformat()}">{st}</time>')
        out += [f'<p class="com-paragraph">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="com-source">Fuente: {esc(e["a"])}</p></section>')
        if i == 2:
            out.append('<aside class="newsletter"><strong>Newsletter Mundo</strong><p>Lo más importante de lo que pasa en el mundo, todas las semanas.</p><button>Quiero recibirlo</button></aside>')
    out += ['</div>', '<p class="trust">Conforme a los criterios de <a>The Trust Project</a></p>',
            '<section class="related"><h3>Temas</h3><a>Guerra en Ucrania</a> <a>Rusia</a> <a>Ucrania</a></section>',
            '<section class="more"><h3>Otras noticias de Guerra en Ucrania</h3><a>' + esc(S["more"]) + '</a></section>', '</article></main>',
            '<footer>Copyright 2027 SA LA NACION | Todos los derechos reservados. <a>Términos y condiciones</a> <a>Política de privacidad</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15205", name="15205_lanacion-envivo", ext="html", source="La Nación", zone="America/Argentina/Buenos_Aires", render=r_lanacion,
  title="Guerra en Ucrania, en vivo: Rusia lanza uno de sus mayores ataques con drones de las últimas semanas",
  url="https://www.lanacion.com.ar/el-mundo/guerra-en-ucrania-en-vivo-rusia-lanza-uno-de-sus-mayores-ataques-con-drones-nid14102027/",
  published="2027-10-14 06:55",
  lede="Kiev amaneció con cortes de calefacción; Estados Unidos autorizó la venta de interceptores financiados por Europa",
  caption="Bomberos trabajan en un edificio dañado en Kiev",
  more="Qué se sabe del plan europeo para reconstruir la red eléctrica ucraniana",
  basis="post time '{s}' (Buenos Aires time, UTC-3; no zone printed); date only in the header '14 de octubre de 2027'; posts run oldest first within that day; local {d} in {z}",
  notes="Imitates a La Nación (Argentina) 'EN VIVO' page, HTML. Oldest first. Each post: h2 headline, then a <time> with bare 'HH:MM' (headline before stamp), body, and a wire credit 'Fuente: AFP' (author = the agency named; agency-only credits give the agency). Date only in the header '14 de octubre de 2027'; no zone printed, Buenos Aires time (UTC-3) implied. JSON-LD NewsArticle with page times only. The 09:25 post (heating cut in Kiev) is the aftermath of the overnight attack of 07:10 (same story).",
  not_entries=["header logo, navigation, Suscribite/Ingresar", "label 'El Mundo' and 'EN VIVO'", "page title (h1) and subhead", "header date '14 de octubre de 2027'",
               "share tools (Escuchar nota, Compartir, Seguir en Google News)", "photo caption with 'Créditos: AP'", "'Fuente: ...' credit lines (authors, not body)",
               "newsletter box", "'Conforme a los criterios de The Trust Project'", "'Temas' tag links", "'Otras noticias de Guerra en Ucrania' link", "footer"],
  entries=[
  E("2027-10-14 07:10", "Rusia lanzó más de 300 drones y 20 misiles contra Ucrania durante la noche",
    ["Rusia atacó Ucrania durante la madrugada con 310 drones y 22 misiles, en uno de los mayores bombardeos de las últimas semanas, informó la Fuerza Aérea ucraniana.",
     "En Kiev murieron dos personas y otras 14 resultaron heridas, según el alcalde Vitali Klitschko."],
    "strikes", "strikes", 3, "russia-mass-drone-missile-attack-2027-10-14", a="AFP"),
  E("2027-10-14 09:25", "Barrios de Kiev, sin calefacción tras el bombardeo",
    ["Unos 600 edificios de la margen izquierda de Kiev quedaron sin calefacción después de que el ataque nocturno dañara una central térmica.",
     "Las autoridades abrieron puntos de asistencia con generadores y bebidas calientes."],
    "strikes", "strikes", 2, "russia-mass-drone-missile-attack-2027-10-14", a="Reuters", sec=[], n="damage from the overnight attack (same story as 15205-01)"),
  E("2027-10-14 11:40", "Rumania convoca al embajador ruso por la caída de un dron en su territorio",
    ["El Ministerio de Relaciones Exteriores de Rumania citó al embajador de Rusia después de que restos de un dron fueran hallados cerca de la frontera con Ucrania.",
     "Bucarest calificó el hecho de violación inaceptable de su espacio aéreo y pidió consultas con sus aliados de la OTAN."],
    "diplomacy", "diplomacy", 2, "romania-summons-russian-ambassador-drone-2027-10-14", a="EFE"),
  E("2027-10-14 13:15", "Estados Unidos aprueba la venta de misiles Patriot a Ucrania con fondos europeos",
    ["El Departamento de Estado aprobó una posible venta de interceptores Patriot a Ucrania por unos 2500 millones de dólares, que pagarán países europeos de la OTAN.",
     "La operación forma parte del mecanismo por el cual los aliados compran armamento estadounidense para Kiev."],
    "aid", "aid", 3, "us-patriot-sale-europe-funded-2027-10-14", a="AP"),
  E("2027-10-14 15:50", "Un tribunal ruso condenó a 15 años de prisión a un periodista acusado de traición",
    ["Un tribunal de Moscú condenó a 15 años de cárcel a un periodista de un medio regional, acusado de enviar información a los servicios ucranianos.",
     "El acusado rechazó los cargos y su defensa anunció que apelará."],
    "other", "politics", 2, "russian-journalist-treason-sentence-2027-10-14", a="AFP"),
  E("2027-10-14 18:05", "Ucrania y Rusia intercambiaron los cuerpos de 1000 soldados",
    ["Ucrania recibió los cuerpos de 1000 soldados caídos y entregó a Rusia los restos de 38 militares, informó el organismo ucraniano encargado de los prisioneros de guerra.",
     "Es la cuarta repatriación de este tipo en lo que va del año."],
    "diplomacy", "diplomacy", 2, "repatriation-of-soldiers-bodies-2027-10-14", a="Reuters"),
  ]))


def r_svt(S):
    """SVT Nyheter live report, text scrape. Newest first; each post: bare Swedish-style time 'HH.MM', headline, body, then the
    author line ('Name, role' or the wire 'TT'). Header 'Publicerad i dag HH.MM · Uppdaterad i dag HH.MM': no date or year anywhere."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    sv = lambda d: f"{d:%H.%M}"
    L = ["SVT Nyheter", "Nyheter  Lokalt  Sport  Väder  Kultur  Vetenskap  Utrikes  Play", "", "Utrikes", "", "Direktrapport", S["title"], "",
         f"Publicerad i dag {sv(pub)} · Uppdaterad i dag {sv(last)}", "", S["lede"], "", "Dela", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = sv(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [e["sig"], ""]
        if i == 1:
            L += ["Läs också: " + S["also"], ""]
    L += ["Visa fler inlägg", "", "Följ SVT Nyheter", "Ansvarig utgivare: " + S["editor"], "Om SVT  Kontakta oss  Cookies  Tillgänglighet"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15206", name="15206_svt-direktrapport", ext="txt", source="SVT Nyheter", zone="Europe/Stockholm", render=r_svt,
  title="Kriget i Ukraina: Senaste nytt", published="2027-10-16 06:05", editor="Karin Bergvall",
  parse_args=["--date", "2027-10-16"],
  lede="Här rapporterar SVT löpande om kriget i Ukraina. Regeringen presenterar ett nytt stödpaket, och Charkiv har utsatts för en robotattack.",
  also="Så påverkas Sverige av störningarna i Östersjön",
  basis="post time '{s}' (Swedish time, 'HH.MM'; no zone printed, CEST = UTC+2); the page names no date or year at all ('Publicerad i dag ... Uppdaterad i dag ...'), so the day comes from parse_args --date 2027-10-16; local {d} in {z}",
  notes="Imitates an SVT Nyheter live report ('Direktrapport'), copied as text. Newest first. Each post: Swedish-style time 'HH.MM', headline, body, then an author line: a reporter ('Erik Holm, utrikesreporter' -> author 'Erik Holm') or the wire 'TT' (agency credit -> author 'TT'). The page names no date or year ('Publicerad i dag 06.05 · Uppdaterad i dag 21.40'), hence parse_args --date 2027-10-16 (the local day the capture was made). No zone printed; Swedish time (CEST) implied.",
  not_entries=["masthead 'SVT Nyheter' and navigation", "section label 'Utrikes' and the 'Direktrapport' label", "page title", "'Publicerad i dag ... · Uppdaterad i dag ...' line",
               "lede paragraph", "'Dela'", "author lines under each post ('Name, role' / 'TT')", "'Läs också:' related link", "'Visa fler inlägg'",
               "footer ('Följ SVT Nyheter', 'Ansvarig utgivare: ...', links)"],
  entries=[
  E("2027-10-16 21:40", "Regeringen presenterar nytt stödpaket till Ukraina",
    ["Regeringen skickar ytterligare militärt stöd till Ukraina till ett värde av sju miljarder kronor, meddelar försvarsminister Pål Jonson.",
     "Paketet innehåller bland annat luftvärnsrobotar, artilleriammunition och pengar till ukrainsk drönarproduktion."],
    "aid", "aid", 3, "sweden-military-aid-package-2027-10-16", a="Erik Holm", sig="Erik Holm, utrikesreporter"),
  E("2027-10-16 19:05", "Ryska drönare mot Odessa – hamnområdet i brand",
    ["Flera ryska attackdrönare slog under kvällen ned i hamnområdet i Odessa, uppger den regionala militärförvaltningen.",
     "Ett lager för spannmål fattade eld. Uppgifter om skadade saknas än så länge."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2027-10-16", a="TT", sig="TT"),
  E("2027-10-16 16:30", "Kristersson: Ryssland ligger bakom GPS-störningarna över Östersjön",
    ["Statsminister Ulf Kristersson säger att det är ställt utom rimligt tvivel att Ryssland står bakom de omfattande störningarna av satellitnavigering över Östersjön.",
     "Störningarna har under hösten drabbat både flyg och sjöfart i södra Sverige och Finland."],
    "other", "security", 2, "baltic-gps-jamming-attribution-2027-10-16", a="Sara Lindqvist", sig="Sara Lindqvist, inrikesreporter"),
  E("2027-10-16 13:50", "Ukraina: Ryska styrkor har trängts tillbaka vid Kupjansk",
    ["Ukrainska förband har tagit tillbaka två byar norr om Kupjansk, enligt den ukrainska generalstaben.",
     "Uppgifterna har inte kunnat bekräftas av oberoende källor."],
    "other", "frontline", 2, "ukraine-recaptures-villages-kupiansk-2027-10-16", a="TT", sig="TT"),
  E("2027-10-16 11:15", "Två döda i robotattack mot Charkiv",
    ["Två personer har dödats och minst elva skadats i en rysk robotattack mot Charkiv, uppger stadens borgmästare Ihor Terechov.",
     "Roboten träffade ett bostadsområde i stadsdelen Saltivka strax före klockan tio på förmiddagen."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2027-10-16", a="Erik Holm", sig="Erik Holm, utrikesreporter"),
  E("2027-10-16 08:40", "Natten: Ukraina sköt ned 70 av 85 drönare",
    ["Ukrainas flygvapen uppger att 70 av 85 ryska drönare sköts ned eller stördes ut under natten.",
     "Skador rapporteras från regionerna Dnipropetrovsk och Poltava."],
    "strikes", "strikes", 2, "overnight-drone-attack-2027-10-16", a="TT", sig="TT"),
  ]))


def r_nation(S):
    """Nation Africa (nation.africa) World section front, text scrape. Cards newest first: headline, summary, 'By AGENCY/NAME',
    relative time ('40 minutes ago', '3 hours ago'). The only clock is the header line 'Monday, October 18, 2027 | 9:40 PM EAT'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", f"{EN_DAYS[ref.weekday()]}, {EN_MONTHS[ref.month - 1]} {ref.day}, {ref.year} | {ampm(ref, space=' ', upper=True)} EAT", "",
         "Nation", "Subscribe", "Sign in", "",
         "News  Business  Kenya  Counties  Africa  World  Sports  Opinion  Health  Life & Style  Podcasts  ePaper", "",
         "Nairobi 19°C  Light rain", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += ([ "Premium" ] if e.get("premium") else []) + [e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Advertisement", "", "Get the Nation newsletter: the day's top stories in your inbox every morning. Sign up", ""]
    L += ["Load more stories", "", "Trending", "Ruto signs county revenue bill into law", "Nairobi Expressway toll rates to rise in January", "",
          "Nation Media Group © 2027 | Terms of use | Privacy policy | Contact us"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15207", name="15207_nationafrica-world", ext="txt", source="Nation Africa", zone="Africa/Nairobi", render=r_nation,
  title="World", ref="2027-10-18 21:40",
  basis="relative stamp '{s}' counted back from the header clock 'Monday, October 18, 2027 | 9:40 PM EAT' (EAT = UTC+3); local {d} in {z}",
  notes="Imitates the World section front of Nation Africa (nation.africa, Kenya), copied as text. Cards newest first: optional 'Premium' label, headline, one summary paragraph, byline ('By AFP', 'By Reuters', 'By NAME'), then a relative time ('40 minutes ago', '3 hours ago'). The only absolute time is the header clock 'Monday, October 18, 2027 | 9:40 PM EAT' (12-hour clock with zone); every card is resolved back from it. Author = the name after 'By' (agency credits give the agency). Three of seven cards are off the war (Haiti mission, Sudan, Tanzanian railway); the Sudan story is a war but not this one (unrelated). The Kenyan-recruits card is about the Russia-Ukraine war (other/humanitarian).",
  not_entries=["'Skip to main content'", "header clock line 'Monday, October 18, 2027 | 9:40 PM EAT' (capture time, used as the anchor)",
               "masthead 'Nation', Subscribe / Sign in, navigation", "weather widget 'Nairobi 19°C  Light rain'", "section heading 'World' (page title)",
               "'Premium' labels", "byline lines ('By ...') and relative-time lines (stamp/author, not body)", "'Advertisement' and newsletter sign-up",
               "'Load more stories'", "'Trending' list with two Kenyan headlines", "footer"],
  entries=[
  E("2027-10-18 21:00", "Ukraine, Russia swap 300 prisoners each in Gulf-brokered deal",
    ["Ukraine and Russia each freed 300 prisoners of war on Monday in an exchange brokered by the United Arab Emirates, officials in both countries said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2027-10-18", a="AFP", byline="By AFP"),
  OFF("2027-10-18 19:40", "Last Kenyan officers return from Haiti as new force takes over",
    ["The final group of Kenyan police officers who served in the multinational mission in Haiti landed at Jomo Kenyatta International Airport on Monday evening."],
    "kenya-police-haiti-return-2027-10-18", a="Mercy Wanjiru", n="Kenyan police mission in Haiti", byline="By Mercy Wanjiru"),
  E("2027-10-18 18:40", "Russian missiles knock out Kharkiv heating plant",
    ["A Russian missile strike damaged a combined heat and power plant in Kharkiv on Monday, leaving tens of thousands of homes without heating as temperatures dropped, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-heating-plant-strike-2027-10-18", a="Reuters", byline="By Reuters"),
  OFF("2027-10-18 16:40", "Sudan: Shelling kills 12 in El Obeid market",
    ["Artillery fire hit a crowded market in the Sudanese city of El Obeid on Monday, killing at least 12 people, a local medical group said."],
    "sudan-el-obeid-shelling-2027-10-18", a="AFP", n="Sudan's war, not the Russia-Ukraine war", byline="By AFP"),
  E("2027-10-18 15:40", "African envoys press Moscow and Kyiv to revive peace talks",
    ["A delegation of African foreign ministers held talks in Moscow on Monday, pressing for a return to negotiations and for guarantees on grain and fertiliser exports.",],
    "diplomacy", "diplomacy", 2, "african-peace-mission-moscow-2027-10-18", a="Brian Ochieng", byline="By Brian Ochieng"),
  OFF("2027-10-18 13:40", "Tanzania opens new section of standard gauge railway",
    ["Passenger trains began running on the stretch between Dodoma and Tabora on Monday, cutting the journey time to under five hours."],
    "tanzania-sgr-section-opens-2027-10-18", a="Reuters", n="East African transport", byline="By Reuters"),
  E("2027-10-18 11:40", "Families of Kenyans lured to fight in Ukraine demand answers",
    ["Families of Kenyan men who travelled to Russia on promises of civilian jobs and ended up on the front line in Ukraine have asked the government to help bring them home."],
    "other", "humanitarian", 2, "kenyan-recruits-russian-army-families-2027-10-18", a="Mercy Wanjiru", byline="By Mercy Wanjiru", premium=True,
    n="war-related (Kenyans recruited into Russia's army), not off-beat"),
  ]))


def r_parlmag(S):
    """The Parliament Magazine news article, HTML. Page byline 'Written by NAME', date line 'DD Mon YYYY' with reading time and
    no clock; h2 sections (one entry each). The time is only in the NewsArticle JSON-LD datePublished."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "The Parliament Magazine", "url": "https://www.theparliamentmagazine.eu"},
          "mainEntityOfPage": S["url"], "articleSection": "News"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Parliament Magazine</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Parliament Magazine</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> '
           '<a href="/interviews">Interviews</a> <a href="/policy-hubs">Policy hubs</a> <a href="/events">Events</a> <a href="/partner">Partner content</a></nav>'
           '<a class="btn" href="/newsletter">Newsletter</a> <a class="btn" href="/subscribe">Subscribe</a></header>',
           '<main><article><div class="article-tags"><a href="/news">News</a> <a href="/tag/ukraine">Ukraine</a> <a href="/tag/plenary">Plenary</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="author">Written by <a href="/author/{slug(S["byline"])}">{esc(S["byline"])}</a></span> '
           f'<span class="date">{d0.day:02d} {d0.strftime("%b")} {d0.year}</span> <span class="read">{S["minutes"]} min read</span></div>',
           f'<figure><figcaption>{esc(S["caption"])} | Image: {esc(S["img_credit"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="newsletter-inline"><strong>Sign up to The Parliament Magazine newsletter</strong> for the week ahead in Brussels and Strasbourg.</aside>')
    out += [f'<div class="author-bio"><p>{esc(S["bio"])}</p></div>',
            '<section class="related"><h3>Related articles</h3><ul>' + "".join(f'<li><a>{esc(r)}</a></li>' for r in S["related"]) + '</ul></section>',
            '</article></main>', '<footer>© 2027 The Parliament Magazine · Dods Group · Privacy · Cookies · Terms</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


PM_T = "2027-10-20 17:30"
SEEDS.append(dict(
  id="15208", name="15208_parliamentmagazine-article", ext="html", source="The Parliament Magazine", zone="Europe/Brussels", render=r_parlmag,
  title="Plenary round-up: MEPs back Ukraine reconstruction loan and call for tougher LNG sanctions",
  url="https://www.theparliamentmagazine.eu/news/article/plenary-round-up-meps-back-ukraine-reconstruction-loan",
  dateline_t=PM_T, byline="Jonas Ekberg", minutes=5,
  lede="Strasbourg's October session was dominated by Ukraine, with votes on money, deported children and Russian gas.",
  caption="MEPs during the vote in Strasbourg", img_credit="European Union 2027 - Source: EP",
  bio="Jonas Ekberg is a reporter at The Parliament Magazine covering foreign affairs and defence.",
  related=["What the Ukraine reconstruction loan means for EU borrowing", "Five things to watch at the December summit"],
  basis="no stamp: the visible page prints only the date '20 Oct 2027'; the time comes from the NewsArticle JSON-LD datePublished 2027-10-20T17:30:00+02:00 (Brussels, CEST) and applies to every section; local {d} in {z}",
  notes="Imitates a news article of The Parliament Magazine (HTML): one page byline 'Written by Jonas Ekberg' (author of every section), a date line '20 Oct 2027' and '5 min read' with no clock, and five h2 sections, each one entry (headline = section heading, stamp null). The publication time exists only in the NewsArticle JSON-LD (datePublished 17:30 +02:00); by this set's convention it is used for every section. No zone printed.",
  not_entries=["header logo and navigation, Newsletter/Subscribe", "tag links (News, Ukraine, Plenary)", "page title (h1) and standfirst",
               "'Written by Jonas Ekberg' byline, the date '20 Oct 2027' and '5 min read'", "image caption with credit",
               "inline newsletter sign-up box", "author bio paragraph", "'Related articles' links", "footer"],
  entries=[
  E(PM_T, "Reconstruction loan clears Parliament",
    ["MEPs on Wednesday approved a €12bn loan for Ukraine's reconstruction by 498 votes to 91, with 52 abstentions, clearing the way for the first payments before the end of the year.",
     "The money, raised on the markets and guaranteed by the EU budget, is earmarked for energy, transport and housing. The Council still has to sign off formally, which diplomats expect within weeks."],
    "aid", "aid", 3, "ep-ukraine-reconstruction-loan-vote-2027-10-20", a="Jonas Ekberg"),
  E(PM_T, "Children deported to Russia",
    ["In a separate resolution, Parliament demanded that Russia return the thousands of Ukrainian children taken to Russian-controlled territory and called for those responsible to face justice.",
     "Several MEPs read out the names of children who have been brought home through Qatari mediation."],
    "other", "humanitarian", 2, "ep-resolution-deported-ukrainian-children-2027-10-20", a="Jonas Ekberg"),
  E(PM_T, "Pressure for an LNG ban",
    ["A cross-party majority urged the Commission to bring forward a full ban on imports of Russian liquefied natural gas, arguing that the current phase-out timetable is too slow.",
     "Hungary and Slovakia have opposed any acceleration, and the resolution is not binding."],
    "diplomacy", "diplomacy", 2, "ep-russian-lng-ban-call-2027-10-20", a="Jonas Ekberg", n="sanctions (diplomacy)"),
  E(PM_T, "Metsola: winter will test Europe's resolve",
    ["Opening the session, Parliament President Roberta Metsola warned that Russia would again try to freeze Ukrainians into submission this winter.",
     "\u201cOur support cannot be seasonal,\u201d she told the chamber."],
    "diplomacy", "diplomacy", 2, "metsola-winter-warning-2027-10-20", a="Jonas Ekberg"),
  E(PM_T, "Defence industry programme talks stall",
    ["Negotiators from Parliament and the Council failed for a third time to agree on how much of the European defence industry programme should be reserved for Ukrainian manufacturers.",
     "Parliament wants at least a quarter of the funding ring-fenced for Ukraine, while several member states want the money spent inside the EU."],
    "aid", "aid", 2, "edip-ukraine-share-talks-stall-2027-10-20", a="Jonas Ekberg"),
  ]))


def r_techeu(S):
    """Tech.eu WordPress RSS 2.0 feed: pubDate '+0000', dc:creator, several categories, description = excerpt ending ' [\u2026]',
    content:encoded = full text."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>', '<title>Tech.eu</title>',
           '<atom:link href="https://tech.eu/feed/" rel="self" type="application/rss+xml" />', '<link>https://tech.eu</link>',
           '<description>European tech news, funding data and analysis</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-GB</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.9</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://tech.eu/{d:%Y/%m/%d}/{slug(e['h'])}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:28]) + (" [\u2026]" if len(words) > 28 else "")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://tech.eu/?p={118400 + i * 37}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<slash:comments>0</slash:comments>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15209", name="15209_techeu-feed", ext="xml", source="Tech.eu", zone="UTC", render=r_techeu,
  title="Tech.eu",
  basis="RSS pubDate '{s}' (explicit +0000); {d} UTC",
  notes="Imitates Tech.eu's WordPress RSS 2.0 feed. Newest first. pubDate with +0000. Each item has dc:creator (author), several categories, a description that is a cut excerpt of the first paragraph ending ' [\u2026]' when longer than 28 words, and the full text in content:encoded (body_paragraphs counts the content:encoded paragraphs; first_sentence is the first sentence of the content, which the excerpt also starts with). A technology feed where the war is a minority: four of seven items are ordinary startup news (off-beat). The Ukrainian drone-maker round and the cyberattack are other/security; the EU call for Ukrainian startups is aid.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update* and generator", "category tags of every item",
               "guid/link URLs", "slash:comments counts", "the description excerpt (a cut copy of the first paragraph, not separate text)"],
  entries=[
  OFF("2027-10-22 16:45", "Paris-based AI startup raises €85M to build agents for insurers",
    ["A Paris startup that builds AI agents to handle insurance claims has raised €85 million in a Series B round, it said on Friday.",
     "The company plans to double its headcount and open offices in Madrid and Munich next year."],
    "paris-ai-insurance-startup-series-b-2027-10-22", a="Anouk Verbeek", n="startup funding", cats=["Funding", "AI", "France"]),
  E("2027-10-22 14:20", "Ukrainian interceptor drone maker raises €40M as demand soars",
    ["Kyiv-based Skyfence, which builds drones designed to bring down Shahed-type attack drones, has raised €40 million in a round led by a group of European defence investors, the largest private round for a Ukrainian defence startup this year.",
     "The company says its interceptors are already in use with several Ukrainian air defence units.",
     "The money will pay for a second production site in western Ukraine and a joint venture in Denmark."],
    "other", "security", 2, "skyfence-interceptor-drone-funding-2027-10-22", a="Maksym Hrytsenko", cats=["Funding", "Defence tech", "Ukraine"],
    n="private investment in a Ukrainian weapons maker (defence industry), not government aid"),
  OFF("2027-10-22 12:05", "Swedish payments company buys Lithuanian rival",
    ["Stockholm-based payments firm Klaro has agreed to buy Vilnius-based Mokėk for an undisclosed sum, creating one of the larger payment processors in the Nordics and Baltics."],
    "swedish-lithuanian-payments-deal-2027-10-22", a="Anouk Verbeek", n="fintech acquisition", cats=["M&A", "Fintech", "Nordics"]),
  E("2027-10-22 10:30", "EU defence innovation scheme opens €100M call reserved for Ukrainian startups",
    ["The European Commission has opened a €100 million funding call under its defence innovation scheme that is open only to Ukrainian startups and small companies.",
     "Grants of up to €2 million will be available for projects in air defence, demining and battlefield communications."],
    "aid", "aid", 2, "eu-defence-innovation-call-ukraine-2027-10-22", a="Maksym Hrytsenko", cats=["Defence tech", "Policy", "Ukraine"]),
  E("2027-10-22 08:50", "Cyberattack cuts mobile service for millions of Ukrainians",
    ["One of Ukraine's largest mobile operators suffered a nationwide outage on Friday morning after what it called a targeted cyberattack, and Ukraine's security service said Russian military hackers were the main suspects.",
     "Voice calls were partly restored within three hours, but mobile data was still down in several regions at midday."],
    "other", "security", 2, "ukraine-mobile-operator-cyberattack-2027-10-22", a="Maksym Hrytsenko", cats=["Cybersecurity", "Ukraine"]),
  OFF("2027-10-22 07:15", "Berlin climate tech startup secures €30M for heat pump installations",
    ["A Berlin startup that installs heat pumps in apartment buildings has closed a €30 million round to expand into Austria and the Netherlands."],
    "berlin-heat-pump-startup-2027-10-22", a="Lena Hofstetter", n="climate tech funding", cats=["Funding", "Climate tech", "Germany"]),
  OFF("2027-10-22 06:00", "European startups raised €1.4B this week: here are the biggest rounds",
    ["European tech companies announced 94 funding rounds worth a combined €1.4 billion this week, led by fintech and artificial intelligence deals."],
    "weekly-funding-roundup-2027-10-22", a="Lena Hofstetter", n="weekly funding round-up", cats=["Funding", "Weekly roundup"]),
  ]))


# ================================================================ PART B renderers (invented outlets)

def r_quillerby(S):
    """text live, newest first; 'Key Points' list; stamp line '5.55pm' (12-hour, dot) before the headline; 'All times BST' note;
    'Reporting: NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Ukraine | Money | Sport | Comment", "", "LIVE", S["title"], S["dateline"], "All times BST", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Gallery: 12 images]", ""]
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine Briefing newsletter every weekday at 7am. Sign up here.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible bare 'HH:MM' in
    <time datetime>; author line 'Text: NAME' under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/business">Business</a> '
           '<a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><p class="label">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">Text: {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="post-tools"><a>Link to this post</a> <a>Share</a></footer></article>')
        if i == 3:
            out.append(f'<aside class="promo"><h3>Support independent journalism</h3><p>{esc(S["source"])} is funded by its readers.</p></aside>')
    out += ['<p class="end">We are pausing our live coverage. Thank you for following.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate with 'GMT' or the outlet's numeric offset; CDATA description paragraphs;
    dc:creator only when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>{S.get("ttl", 15)}</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"])}</link>',
                f'<guid isPermaLink="false">{S["guid"]}:{i + 3071}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """text article with section headings (one entry per section); page byline 'By NAME'; dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [f"Related: {S['related']}", ""]
    L += [S["tail"], "", f"\u00a9 {S['source']} 2027 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- Part B stories and shared texts
# Day 1 = 2027-10-26 (UTC), day 2 = 2027-10-27, day 3 = 2027-10-30.
KREM = "kremenchuk-missile-strike-2027-10-26"
LOAN = "eu-reparations-loan-first-tranche-2027-10-26"
GASX = "analysis-russia-targets-ukraine-gas-2027"
GASX_H = "Analysis: Why Russia is going after Ukraine\u2019s gas before the winter"
GASX_P = ["Russia\u2019s autumn air campaign has moved from power stations to the gas fields, compressor stations and refineries that keep Ukrainian homes warm and vehicles running.",
          "Most of the gas Ukraine produces itself comes from fields in the Poltava and Kharkiv regions, within easy range of Russian drones. Every damaged well forces Kyiv to import more, at a cost the state energy company puts at hundreds of millions of euros this winter.",
          "Tuesday\u2019s missile strike on Kremenchuk, which killed civilians in a district beside the city\u2019s refinery, showed how closely such targets sit to people\u2019s homes. Officials expect the pressure to grow as temperatures fall."]

# ---------------------------------------------------------------- 15220 Quillerby Gazette (day 1)
SEEDS.append(dict(
  id="15220", name="15220_quillerby-textlive", ext="txt", source="Quillerby Gazette", zone="Europe/London", render=r_quillerby,
  title="Ukraine war live: Kremenchuk toll rises to eight; first EU payment from Russian-assets loan",
  dateline="Tuesday 26 October 2027",
  lede="A Russian ballistic missile hit flats in the central Ukrainian city before dawn; Brussels pays out the first \u20ac4bn of its reparations loan.",
  basis="stamp '{s}' (12-hour clock, UK time; the page prints 'All times BST' = UTC+1) under the dateline 'Tuesday 26 October 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'All times BST' is printed once under the dateline; stamps are 12-hour with a dot ('5.55pm'). A 'Key Points' block lists two post headlines (key_point true). Each post: stamp line, headline, body, optional 'Reporting: NAME' line (author). 15220-02 is a 'Photos:' gallery teaser with no text. 15220-03 is a theme piece (analysis of attacks on gas infrastructure) that mentions the Kremenchuk strike but is its own story; it is re-posted verbatim by 15232 on day 2. 15220-06 uses the Russian spelling 'Kremenchug'.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title, dateline 'Tuesday 26 October 2027' and 'All times BST'", "lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'[Gallery: 12 images]' placeholder in the teaser",
               "'Reporting: ...' lines (author credits)", "newsletter promo after the third post", "'Show older posts'", "footer line"],
  entries=[
  E("2027-10-26 17:55", "Kremenchuk death toll rises to eight",
    ["Eight people are now known to have died in this morning\u2019s Russian missile strike on Kremenchuk, the head of the Poltava regional administration said, after rescuers recovered two more bodies from a collapsed apartment block.",
     "Thirty-seven people were injured, including four children. The search has been halted for the night and will resume at first light."],
    "strikes", "strikes", 3, KREM, a="Nadia Pemberton", kp=True, n="toll 8 dead, 37 injured"),
  E("2027-10-26 16:40", "Photos: Kremenchuk\u2019s riverside district after the strike", [],
    "strikes", "strikes", 1, KREM, n="teaser without body (gallery)"),
  E("2027-10-26 15:10", GASX_H, GASX_P, "strikes", "strikes", 2, GASX, a="Owen Carrick",
    n="theme piece (analysis of the campaign against gas infrastructure); mentions Kremenchuk but must not merge with the Kremenchuk strike story or with the Poltava-region gas-site drone strike 15221-02"),
  E("2027-10-26 13:25", "EU pays out first \u20ac4bn from reparations loan",
    ["The European Commission has transferred the first \u20ac4 billion of its loan to Ukraine backed by immobilised Russian central bank assets, Ukraine\u2019s finance ministry confirmed.",
     "Kyiv will only have to repay the money if Russia pays reparations. Most of this first tranche is earmarked for the defence budget."],
    "aid", "aid", 3, LOAN, a="Owen Carrick", kp=True),
  E("2027-10-26 11:30", "Poland charges two men over railway sabotage plot",
    ["Polish prosecutors have charged two men with planning to derail freight trains carrying aid to Ukraine on the orders of Russian military intelligence.",
     "Both deny the charges. They face up to 15 years in prison if convicted."],
    "other", "security", 2, "poland-rail-sabotage-charges-2027-10-26", a="Nadia Pemberton"),
  E("2027-10-26 09:45", "Kremenchug strike: Kremlin says it hit a \u2018military-industrial\u2019 target",
    ["Russia\u2019s defence ministry said its forces had struck a fuel facility in Kremenchug that supplies the Ukrainian army, and denied targeting residential buildings.",
     "Ukrainian officials say the missile hit a nine-storey block of flats several hundred metres from the refinery fence."],
    "strikes", "strikes", 3, KREM, a="Nadia Pemberton", n="Russian claim about the same attack; spelling 'Kremenchug'"),
  E("2027-10-26 07:05", "Missile strike on Kremenchuk kills three",
    ["At least three people were killed when a Russian ballistic missile hit a residential area of Kremenchuk in central Ukraine shortly before dawn, regional officials said.",
     "Twenty people were taken to hospital. Rescue teams are searching the rubble of a partly collapsed block of flats."],
    "strikes", "strikes", 3, KREM, a="Nadia Pemberton", n="toll 3 dead, 20 injured"),
  ]))

# ---------------------------------------------------------------- 15221 Torvanger Post (day 1)
LOAN_P = ["Ukraine has received \u20ac4 billion from the European Union, the first payment under the loan financed by immobilised Russian assets, Prime Minister Yulia Svyrydenko said.",
          "She said the money would go first to soldiers\u2019 pay and to buying drones."]
SEEDS.append(dict(
  id="15221", name="15221_torvanger-ldlive", ext="html", source="Torvanger Post", zone="Europe/Kyiv", render=r_ldlive,
  title="Russia\u2019s war: live updates for Tuesday", url="https://torvanger-post.example/live/2027-10-26",
  dateline="Tuesday, 26 October 2027 \u00b7 all times Kyiv",
  lede="Deadly missile strike on Kremenchuk, a drone attack on gas facilities and the first money from the EU\u2019s Russian-assets loan.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, stated in the dateline 'Tuesday, 26 October 2027 \u00b7 all times Kyiv'); the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update times and authors. Visible stamps are bare 'HH:MM' in <time datetime>; the zone is stated once in the dateline. Author line 'Text: NAME'. 15221-06 re-publishes 15221-03 almost verbatim ('on Tuesday' added): importance 1, duplicate_of 15221-03. 15221-02 (drone strike on a gas production site in the Myrhorod district of the Poltava region) is a different event from the Kremenchuk missile strike in the same region: must not merge.",
  not_entries=["header brand and navigation", "'Live' label", "page title", "dateline 'Tuesday, 26 October 2027 \u00b7 all times Kyiv'", "standfirst",
               "'Text: NAME' author lines", "'Link to this post' / 'Share' under every post", "'Support independent journalism' promo after the fourth post",
               "closing line 'We are pausing our live coverage...'", "footer"],
  entries=[
  E("2027-10-26 06:20", "Russian missiles hit Kremenchuk, at least three dead",
    ["A Russian ballistic missile struck a residential district of Kremenchuk at about 05:40, killing at least three people, the Poltava regional military administration said.",
     "The city\u2019s oil refinery, a frequent target of Russian attacks, lies nearby, but officials said the missile hit apartment buildings."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn", n="toll 3 dead"),
  E("2027-10-26 07:45", "Drones hit gas production site in Poltava region",
    ["Russian attack drones damaged a gas production facility in the Myrhorod district of the Poltava region overnight, the regional administration said, adding that no one was hurt.",
     "It was the fourth attack on gas infrastructure in the region this month."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-strike-2027-10-26", a="Dmytro Savchuk",
    n="same region as the Kremenchuk strike, different attack (drones, night, gas site, no casualties): must not merge with " + KREM),
  E("2027-10-26 10:30", "EU releases first tranche of loan backed by frozen Russian assets", LOAN_P,
    "aid", "aid", 3, LOAN, a="Ivanna Hordiienko"),
  E("2027-10-26 12:15", "Zelensky: Kremenchuk strike shows why Ukraine needs more Patriots",
    ["President Volodymyr Zelensky said the attack on Kremenchuk had been carried out with a ballistic missile that only Patriot systems can reliably stop, and urged allies to speed up deliveries.",
     "\u201cEvery delay is measured in lives,\u201d he wrote on Telegram, posting a video of rescuers at the damaged building."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn", sec=["aid"], n="reaction whose content is the attack itself plus an air-defence appeal: same story"),
  E("2027-10-26 14:50", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry claimed that its troops had taken the village of Uspenivka in the Zaporizhzhia region, east of Huliaipole.",
     "Ukraine\u2019s southern command said fighting for the village was continuing."],
    "other", "frontline", 2, "russia-claims-uspenivka-2027-10-26", a="Dmytro Savchuk"),
  E("2027-10-26 16:05", "EU releases first tranche of loan backed by frozen Russian assets",
    [LOAN_P[0].replace("said.", "said on Tuesday."), LOAN_P[1]],
    "aid", "aid", 1, LOAN, a="Ivanna Hordiienko", dup="15221-03", n="near-verbatim re-publication of 15221-03 ('on Tuesday' added)"),
  E("2027-10-26 18:40", "Kremenchuk toll climbs to six as rescuers search rubble",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to six, with 31 injured, the State Emergency Service said.",
     "Rescuers are still working at the partly collapsed building, where up to five residents are believed to be trapped."],
    "strikes", "strikes", 3, KREM, a="Oksana Lytvyn", n="toll 6 dead, 31 injured"),
  ]))

# ---------------------------------------------------------------- 15222 Ombersley World Service (day 1)
SEEDS.append(dict(
  id="15222", name="15222_ombersley-worldrss", ext="xml", source="Ombersley World Service", zone="UTC", render=r_rss_world,
  title="Ombersley World Service \u2013 World news", url="https://ombersley-world.example", guid="ows-2027", rfc="GMT",
  lede="Top international stories from the Ombersley World Service newsroom.",
  basis="RSS pubDate '{s}' (explicit GMT); {d} UTC",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT. The war is a minority: four of six items are off-beat (typhoon, copper, Belgrade protest, cholera). dc:creator only on some items (author null where absent).",
  not_entries=["channel title, link, description, language, ttl", "item link/guid URLs", "category elements"],
  entries=[
  OFF("2027-10-26 20:15", "Typhoon brings record rain to Okinawa",
    ["Flights were cancelled and schools closed across Okinawa as a slow-moving typhoon dropped more than 400mm of rain in 24 hours."],
    "okinawa-typhoon-2027-10-26", n="weather, Japan", cat="Asia"),
  E("2027-10-26 17:10", "Eight killed as Russian missile hits Ukrainian city of Kremenchuk",
    ["A Russian missile attack on the central Ukrainian city of Kremenchuk has killed eight people and injured 37, local officials said on Tuesday evening.",
     "Russia said it had aimed at a fuel facility. Ukrainian officials said the missile hit a block of flats."],
    "strikes", "strikes", 3, KREM, a="Farah Linden", n="toll 8 dead", cat="Europe"),
  OFF("2027-10-26 14:45", "Chile\u2019s copper output falls to five-year low",
    ["Copper production in Chile, the world\u2019s largest producer, fell 6% in September from a year earlier because of maintenance at two big mines, official data showed."],
    "chile-copper-output-2027-10-26", a="Tomas Ricard", n="commodities", cat="Business"),
  E("2027-10-26 12:20", "EU transfers first money from Russian-assets loan to Kyiv",
    ["The European Union has paid Ukraine the first \u20ac4 billion of a loan backed by frozen Russian central bank assets.",
     "The loan is only repayable if Moscow compensates Ukraine for war damage."],
    "aid", "aid", 3, LOAN, a="Farah Linden", cat="Europe"),
  OFF("2027-10-26 10:05", "Thousands protest in Belgrade over electoral law changes",
    ["Several thousand people marched through central Belgrade on Tuesday against changes to the electoral law that opposition parties say favour the ruling coalition."],
    "belgrade-electoral-law-protest-2027-10-26", n="Serbian domestic politics", cat="Europe"),
  OFF("2027-10-26 07:40", "Cholera cases rise in flood-hit northern Nigeria",
    ["Health officials in northern Nigeria reported more than 900 suspected cholera cases in a week, after floods contaminated wells in three states."],
    "nigeria-cholera-2027-10-26", a="Tomas Ricard", n="public health, Africa", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 15223 Halverstow Review (day 1)
HV_T = "2027-10-26 16:40"
SEEDS.append(dict(
  id="15223", name="15223_halverstow-article", ext="txt", source="Halverstow Review", zone="Europe/Berlin", render=r_textarticle,
  title="Missiles, money and martial law: Ukraine\u2019s Tuesday", byline="Lotte Brandauer", dateline="26 October 2027, 16:40 CEST",
  lede="A deadly strike in the centre of the country, the first payment from Europe\u2019s new loan and another vote in Kyiv\u2019s parliament.",
  related="How the reparations loan works", tail="This article was updated at 16:40 with the latest casualty figures.",
  basis="no per-section stamp: the article dateline '26 October 2027, 16:40 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet. Text article with four section headings, each one entry (headline = heading, stamp null, published = the dateline time). Page byline 'By Lotte Brandauer' is the author of every section. Section 4 (Dutch purchase of Ukrainian long-range drones) is aid like the EU loan but a different event: must not merge.",
  not_entries=["outlet name and breadcrumb 'World \u203a Europe \u203a Ukraine'", "page title and standfirst", "byline 'By Lotte Brandauer'",
               "dateline '26 October 2027, 16:40 CEST'", "'Share \u00b7 Save \u00b7 Print'", "'Related: How the reparations loan works'",
               "closing update note", "footer"],
  entries=[
  E(HV_T, "A morning of missiles in Kremenchuk",
    ["A Russian missile that struck Kremenchuk before dawn has killed at least six people, according to Ukrainian emergency services, making it the deadliest attack on the city this year.",
     "Moscow said it had aimed at fuel infrastructure. The missile landed in a residential quarter of the Avtozavodskyi district, a few hundred metres from the refinery."],
    "strikes", "strikes", 3, KREM, a="Lotte Brandauer", n="toll 6 dead"),
  E(HV_T, "Money from frozen assets starts to flow",
    ["Brussels has made the first payment, \u20ac4 billion, under the loan to Ukraine that is ultimately backed by Russian central bank assets frozen in Europe.",
     "Diplomats said a second tranche could follow in December if Kyiv meets conditions on anti-corruption reforms."],
    "aid", "aid", 3, LOAN, a="Lotte Brandauer"),
  E(HV_T, "Kyiv extends martial law again",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for a further 90 days, until late January.",
     "The measure passed with 318 votes. Under the constitution, no national elections can be held while martial law is in force."],
    "other", "politics", 2, "ukraine-martial-law-extension-2027-10-26", a="Lotte Brandauer"),
  E(HV_T, "Netherlands pays for long-range drones",
    ["The Dutch government said it would spend \u20ac300 million on long-range drones built in Ukraine, the latest purchase under a scheme that pays Ukrainian manufacturers directly.",
     "The Hague said the first drones would reach Ukrainian units before the end of the year."],
    "aid", "aid", 2, "netherlands-ukrainian-long-range-drones-2027-10-26", a="Lotte Brandauer",
    n="same theme (aid money) as the EU loan " + LOAN + ", different event: must not merge"),
  ]))


def r_lindqvarn(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2; printed note 'All times CEST'; byline under the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="robots" content="index,follow"></head><body>',
           '<div class="consent">We use cookies to measure traffic. <button>Accept</button> <button>Only necessary</button></div>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Sweden</a> <a>Nordics</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times CEST</p>', f'<p class="ingress">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery \u00b7 9 photos</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="also"><h3>Read more</h3><a href="/explainers/shadow-fleet">The shadow fleet, explained in five charts</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-2610">Tuesday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"])}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{i + 7301}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_greystoat(S):
    """text live, oldest first; '8:05 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Opinion  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["RELATED: " + S["related"], ""]
    L += ["This live coverage has ended.", "", f"{S['source']}  \u00b7  Terms of Use  \u00b7  Privacy Notice  \u00b7  Do Not Sell My Info"]
    return "\n".join(L) + "\n", stamps


ODESA = "odesa-port-strike-2027-10-27"
SANC = "eu-sanctions-package-shadow-fleet-2027-10-27"
SEAX = "analysis-black-sea-war-risk-insurance-2027"

# ---------------------------------------------------------------- 15230 Lindqvarn Courier (day 2)
SEEDS.append(dict(
  id="15230", name="15230_lindqvarn-htmllive", ext="html", source="Lindqvarn Courier", zone="Europe/Stockholm", render=r_lindqvarn,
  title="Ukraine live: Odesa port hit, EU agrees new sanctions", dateline="Wednesday 27 October 2027",
  lede="Russia struck Ukraine\u2019s biggest port overnight. Kremenchuk buries its dead. EU countries agree a package aimed at Russia\u2019s tanker fleet.",
  basis="stamp '{s}' in a span above the headline (the page prints 'All times CEST' = UTC+2) under the dateline 'Wednesday 27 October 2027'; local {d} in {z}",
  notes="Invented outlet (Nordic, English-language). HTML live blog without JSON-LD, newest first; bare 'HH:MM' above each h2, zone stated once ('All times CEST'). Bylines under the headline. 15230-02 is a 'Photos:' gallery teaser without text. 15230-05 (drone attack on Izmail, a Danube port in the same Odesa region) is a different attack from the Odesa port strike: must not merge. 15230-04 continues day 1's Kremenchuk story with a new development (toll 10, day of mourning).",
  not_entries=["cookie consent bar", "brand and navigation", "page title (h1)", "'Wednesday 27 October 2027 \u00b7 All times CEST' line", "ingress paragraph",
               "byline lines under the headlines", "'Gallery \u00b7 9 photos' placeholder", "'Read more' aside (shadow fleet explainer link)",
               "link to Tuesday\u2019s live coverage", "footer"],
  entries=[
  E("2027-10-27 20:15", "Odesa death toll rises to five",
    ["Five people have now died after last night\u2019s Russian attack on Odesa\u2019s port, the regional governor said, after a crew member of a damaged cargo ship died in hospital.",
     "Eighteen people were wounded, among them three foreign sailors."],
    "strikes", "strikes", 3, ODESA, a="Elin Marsk", n="toll 5 dead"),
  E("2027-10-27 18:40", "Photos: Smoke over Odesa\u2019s port", [], "strikes", "strikes", 1, ODESA, a="Elin Marsk", n="teaser without body (gallery)"),
  E("2027-10-27 16:05", "EU agrees new sanctions package aimed at shadow fleet",
    ["EU ambassadors agreed a new package of sanctions against Russia on Wednesday, adding 120 tankers of the so-called shadow fleet to the list of vessels barred from European ports.",
     "The package also targets banks in third countries that help Russia get around earlier restrictions. Foreign ministers are expected to sign it off formally on Friday."],
    "diplomacy", "diplomacy", 3, SANC, a="Jakob Frisk"),
  E("2027-10-27 13:30", "Kremenchuk mourns as toll reaches ten",
    ["Kremenchuk held a day of mourning on Wednesday after rescuers pulled the last two bodies from the apartment block hit by a Russian missile on Tuesday, bringing the death toll to ten.",
     "Flags flew at half-mast and entertainment events were cancelled across the city."],
    "strikes", "strikes", 3, KREM, a="Elin Marsk", n="continuation of day 1's story with a new development (toll 10, mourning)"),
  E("2027-10-27 10:50", "Drone attack on Izmail port damages warehouses",
    ["Russian drones hit port facilities in Izmail on the Danube overnight, damaging two warehouses and a grain terminal, the Odesa regional administration said.",
     "Nobody was injured. Romania said it had scrambled fighter jets as the drones flew close to its border."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2027-10-27", a="Jakob Frisk",
    n="same region (Odesa oblast) and same night as the Odesa port strike but a different attack on a different port: must not merge with " + ODESA),
  E("2027-10-27 08:10", "Russian drones and missiles hit Odesa port, two killed",
    ["Two people were killed and eleven injured when Russian drones and missiles struck port infrastructure in Odesa overnight, regional governor Oleh Kiper said.",
     "A cargo ship loaded with grain caught fire at its berth."],
    "strikes", "strikes", 3, ODESA, a="Elin Marsk", n="toll 2 dead"),
  ]))

# ---------------------------------------------------------------- 15231 Penhallick Dispatch (day 2)
SEEDS.append(dict(
  id="15231", name="15231_penhallick-atom", ext="xml", source="Penhallick Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Penhallick Dispatch \u2014 Ukraine", url="https://penhallick-dispatch.example",
  lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> carries +03:00. Every entry has an <author>. 15231-02 spells the city 'Odessa'. 15231-03 (British sanctions on Dubai oil traders) shares the sanctions theme with the EU package but is a different decision: must not merge. 15231-05 is Zelensky's reaction to the Odesa attack (content: the attack plus an air-defence plea): same story as the attack.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  E("2027-10-27 21:05", "Kremenchuk: rescuers end search, toll stands at ten",
    ["Emergency workers in Kremenchuk ended their search of the missile-hit apartment block on Wednesday evening, saying all missing residents had been accounted for and the death toll stood at ten.",
     "Funerals for several of the victims were held earlier in the day."],
    "strikes", "strikes", 3, KREM, a="Roman Tkach", n="continuation of day 1's story (search over, toll 10)"),
  E("2027-10-27 17:20", "Odessa port attack: grain ship among vessels hit, four dead",
    ["The toll from the overnight Russian strike on Odessa\u2019s port has risen to four, including a sailor from a Panama-flagged cargo ship, officials said.",
     "Ukraine\u2019s navy said the ship had been loaded with 30,000 tonnes of maize bound for Egypt."],
    "strikes", "strikes", 3, ODESA, a="Halyna Moroz", n="toll 4 dead; spelling 'Odessa'"),
  E("2027-10-27 14:35", "Britain sanctions Dubai-based traders of Russian oil",
    ["The British government imposed sanctions on five Dubai-based companies it accuses of trading Russian crude above the price cap.",
     "London said the move was separate from the EU package still under discussion in Brussels."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-dubai-oil-traders-2027-10-27", a="Roman Tkach",
    n="same theme (sanctions on Russian oil trade) as the EU package " + SANC + ", different decision by another government: must not merge"),
  E("2027-10-27 11:10", "Russia says it took control of village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry said its forces had captured the village of Novopavlivka in the Dnipropetrovsk region, a claim Ukraine\u2019s army denied.",
     "The village lies about 15 kilometres from the regional border with Donetsk."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2027-10-27", a="Halyna Moroz"),
  E("2027-10-27 09:05", "Zelensky calls for \u2018sky shield\u2019 over southern ports after Odesa attack",
    ["President Volodymyr Zelensky said the overnight attack on Odesa showed that the Black Sea ports needed their own dedicated air defence, and asked partners for additional systems for the south.",
     "Two people were killed in the attack, according to the latest figures."],
    "strikes", "strikes", 3, ODESA, a="Roman Tkach", sec=["aid"], n="reaction about the attack itself: same story; toll 2"),
  ]))

# ---------------------------------------------------------------- 15232 Greystoat Evening Star (day 2)
ODESA_G1 = "Russian drones and missiles slammed into the port of Odesa overnight, killing two people and setting a grain ship on fire, Ukrainian officials said."
SEEDS.append(dict(
  id="15232", name="15232_greystoat-textlive", ext="txt", source="Greystoat Evening Star", zone="America/New_York", render=r_greystoat,
  title="Russia-Ukraine war: Live updates", dateline="Wednesday, October 27, 2027",
  lede="The latest on Russia\u2019s war in Ukraine, from our wire partners and our own correspondents.",
  related="Ukraine\u2019s grain corridor, two years on",
  basis="stamp '{s}' (Eastern time, EDT = UTC-4) under the dateline 'Wednesday, October 27, 2027'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, stamp line '2:10 a.m. ET' before each headline; no per-post authors (author null). 15232-02 is a verbatim re-post of day 1's analysis 15220-03 (same headline and text, syndicated): importance 1, duplicate_of null (duplicates are defined within a seed), same story slug as day 1. 15232-05 is a theme piece on war-risk insurance that mentions the Odesa strike but is its own story (must not merge). 15232-06 repeats 15232-01 almost verbatim ('on Wednesday' added): importance 1.",
  not_entries=["outlet name and navigation", "page title and dateline", "lede line", "'ADVERTISEMENT' marker", "'RELATED: ...' link line",
               "closing line 'This live coverage has ended.'", "footer"],
  entries=[
  E("2027-10-27 02:10", "Russia pounds Odesa port overnight; two dead",
    [ODESA_G1, "The attack came hours after Moscow warned that ships calling at Ukrainian ports could be treated as military targets."],
    "strikes", "strikes", 3, ODESA, n="toll 2 dead"),
  E("2027-10-27 04:30", GASX_H, GASX_P, "strikes", "strikes", 1, GASX,
    n="re-post of day-1 entry 15220-03 (Quillerby Gazette analysis, syndicated verbatim): importance 1, same story slug; a theme piece, not news of this day"),
  E("2027-10-27 07:15", "Kremenchuk declares day of mourning as toll hits 10",
    ["Authorities in the Ukrainian city of Kremenchuk declared a day of mourning after the number of people killed by Tuesday\u2019s Russian missile strike rose to 10.",
     "Among the dead were a 12-year-old girl and her grandmother, local officials said."],
    "strikes", "strikes", 3, KREM, n="continuation of day 1's story (toll 10, mourning)"),
  E("2027-10-27 09:40", "EU agrees new sanctions package targeting Russia\u2019s shadow fleet",
    ["European Union governments agreed on another round of sanctions against Russia on Wednesday, blacklisting more than 100 additional tankers that help Moscow ship oil around Western restrictions.",
     "The measures still need formal approval by foreign ministers."],
    "diplomacy", "diplomacy", 3, SANC),
  E("2027-10-27 11:55", "Analysis: Insurers balk as Black Sea risk returns",
    ["War-risk insurance for ships calling at Ukraine\u2019s Black Sea ports has become sharply more expensive this autumn, and Wednesday\u2019s attack on a grain ship in Odesa is likely to push premiums higher still.",
     "Brokers in London say cover for a single voyage now costs around 1% of a vessel\u2019s value, up from less than half that in the summer. Some owners have stopped accepting Ukrainian cargoes altogether.",
     "Kyiv has offered a state-backed insurance scheme, but shipping executives say it covers only a fraction of the risk."],
    "other", "humanitarian", 2, SEAX, sec=["strikes"],
    n="theme piece (shipping insurance and the Black Sea); mentions the Odesa strike but must not merge with " + ODESA),
  E("2027-10-27 13:20", "Russia pounds Odesa port overnight; two dead",
    [ODESA_G1.replace("overnight,", "overnight on Wednesday,"), "The attack came hours after Moscow warned that ships calling at Ukrainian ports could be treated as military targets."],
    "strikes", "strikes", 1, ODESA, dup="15232-01", n="near-verbatim repeat of 15232-01 ('on Wednesday' added)"),
  E("2027-10-27 15:45", "US approves $480 million radar sale to Ukraine",
    ["The State Department on Wednesday approved the possible sale of 12 air-surveillance radars to Ukraine, in a deal worth about $480 million to be paid for with European funds.",
     "The radars are meant to help Ukrainian crews spot low-flying drones earlier."],
    "aid", "aid", 2, "us-radar-sale-ukraine-2027-10-27"),
  ]))

# ---------------------------------------------------------------- 15233 Marlowick World Report (day 2)
SEEDS.append(dict(
  id="15233", name="15233_marlowick-worldrss", ext="xml", source="Marlowick World Report", zone="America/Toronto", render=r_rss_world,
  title="Marlowick World Report: World", url="https://marlowick-report.example", guid="mwr", rfc="-0400",
  lede="International news from the Marlowick World Report.",
  basis="RSS pubDate '{s}' (explicit -0400 = Toronto, EDT); local {d} in {z}",
  notes="Invented outlet (Canadian). General world RSS 2.0 feed, newest first, pubDate with -0400. The war is a minority: four of six items are off-beat (Bank of Canada, Jamaica storm, rail strike vote, COP32). 15233-01 spells the city 'Odessa'.",
  not_entries=["channel title, link, description, language, ttl", "item link/guid URLs", "category elements"],
  entries=[
  E("2027-10-27 18:30", "Toll in Odessa port strike rises to five",
    ["A fifth person has died after a Russian attack on the Ukrainian port of Odessa, regional officials said Wednesday, as Kyiv pressed allies for more air defence along the Black Sea coast."],
    "strikes", "strikes", 3, ODESA, a="Claire Dubuc", n="toll 5 dead; spelling 'Odessa'"),
  OFF("2027-10-27 16:10", "Bank of Canada holds key interest rate steady",
    ["The Bank of Canada left its benchmark rate unchanged on Wednesday, saying inflation was close to target but trade uncertainty continued to weigh on investment."],
    "bank-of-canada-rate-hold-2027-10-27", a="Priya Nandakumar", n="Canadian economy", cat="Business"),
  OFF("2027-10-27 13:45", "Tropical storm forces evacuations in Jamaica",
    ["Jamaica opened emergency shelters and closed its main airports as a tropical storm brought heavy rain and flooding to the island\u2019s south coast."],
    "jamaica-tropical-storm-2027-10-27", n="weather, Caribbean", cat="Americas"),
  E("2027-10-27 11:20", "EU adopts fresh sanctions on Russian oil tankers",
    ["The European Union agreed new sanctions on Wednesday aimed at the tankers Russia uses to export oil, its latest attempt to cut Moscow\u2019s war revenue."],
    "diplomacy", "diplomacy", 3, SANC, a="Claire Dubuc"),
  OFF("2027-10-27 09:05", "Rail workers vote to authorize strike at Canadian freight carrier",
    ["Unionized workers at one of Canada\u2019s two big freight railways voted overwhelmingly to authorize a strike, raising the prospect of disruption to grain and container shipments."],
    "canada-rail-strike-vote-2027-10-27", a="Priya Nandakumar", n="Canadian labour", cat="Canada"),
  OFF("2027-10-27 06:40", "Addis Ababa readies for COP32 climate talks",
    ["Ethiopia says hotels, security and transport are in place for next month\u2019s UN climate conference, the first held in the Horn of Africa."],
    "cop32-addis-ababa-preparations-2027-10-27", n="climate diplomacy, not the war", cat="World"),
  ]))


def r_owlcastle(S):
    """text live, oldest first; date line with weekday and day but no year; bare '08:05' line before the headline; page compiler line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Front page  \u00b7  Ukraine  \u00b7  Europe  \u00b7  World  \u00b7  Long reads", "", S["title"], S["dateline"],
         f"Compiled by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video, 1 min 20 sec]", ""]
        if i == 3:
            L += ["Like our coverage? Become a member of the Courier.", ""]
    L += ["We will be back with more updates tomorrow morning.", "", f"{S['source']}  \u00b7  Masthead  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_bellstrand(S):
    """HTML live, newest first; JSON-LD @graph with an @type array and no liveBlogUpdate; visible '7.55pm' in <time datetime>;
    signature line '\u2013 NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "inLanguage": "en-IE"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Get the {esc(S["source"])} morning briefing in your inbox</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


KHAR = "kharkiv-glide-bomb-strike-2027-10-30"
BELG = "belgorod-substation-drone-attack-2027-10-30"
JAPAN = "japan-ukraine-power-grid-grant-2027-10-30"
TALKS = "erdogan-istanbul-talks-offer-2027-10-30"

# ---------------------------------------------------------------- 15240 Fallowgrange Times (day 3)
SEEDS.append(dict(
  id="15240", name="15240_fallowgrange-worldatom", ext="xml", source="Fallowgrange Times", zone="UTC", render=r_atom,
  title="Fallowgrange Times \u2014 World", url="https://fallowgrange-times.example",
  lede="World news as it happens.",
  basis="Atom <published> '{s}' (explicit Z = UTC); {d} UTC",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'). The war is a minority: four of six entries are off-beat (Day of the Dead parade, California wildfire, Iceland eruption, car recall). Authors only on some entries.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  OFF("2027-10-30 20:40", "Mexico City\u2019s Day of the Dead parade draws record crowds",
    ["Hundreds of thousands of people lined Paseo de la Reforma on Saturday for the capital\u2019s Day of the Dead parade, with giant skeleton puppets and marigold-covered floats."],
    "mexico-city-day-of-the-dead-parade-2027-10-30", n="culture, Mexico"),
  E("2027-10-30 17:30", "Turkey offers to host new round of Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan said Istanbul was ready to host direct talks between Russian and Ukrainian delegations within weeks, after separate calls with both countries\u2019 leaders.",
     "Neither Moscow nor Kyiv immediately accepted the offer."],
    "diplomacy", "diplomacy", 3, TALKS, a="Sienna Marwood"),
  OFF("2027-10-30 15:30", "Wind-driven wildfire forces evacuations in southern California",
    ["Thousands of residents were ordered to leave their homes in Ventura County as strong, dry winds pushed a fast-moving wildfire towards the coast."],
    "california-wildfire-2027-10-30", a="Dan Okafor", n="wildfire, United States"),
  E("2027-10-30 12:05", "Guided bombs hit Kharkiv apartment block, seven dead",
    ["Russian guided bombs struck a high-rise apartment building in Kharkiv on Saturday, killing seven people and wounding at least 40, Ukrainian officials said."],
    "strikes", "strikes", 3, KHAR, a="Sienna Marwood", n="toll 7 dead"),
  OFF("2027-10-30 10:50", "Iceland volcano erupts again near Grindavik",
    ["A new fissure opened on the Reykjanes peninsula early on Saturday, the latest in a long series of eruptions near the evacuated town of Grindavik."],
    "iceland-reykjanes-eruption-2027-10-30", n="volcano, Iceland"),
  OFF("2027-10-30 08:20", "Japanese carmaker recalls 400,000 vehicles over brake fault",
    ["A Japanese carmaker is recalling about 400,000 vehicles worldwide because a software fault can delay the activation of the brakes."],
    "japanese-carmaker-brake-recall-2027-10-30", a="Dan Okafor", n="business, autos"),
  ]))

# ---------------------------------------------------------------- 15241 Owlcastle Courier (day 3)
KH2 = ["Russian aircraft dropped at least two guided bombs on Kharkiv this morning, one of which hit a 16-storey apartment building in the Shevchenkivskyi district, the city\u2019s mayor Ihor Terekhov said.",
       "Four people were killed and 25 injured, according to preliminary figures."]
SEEDS.append(dict(
  id="15241", name="15241_owlcastle-textlive", ext="txt", source="Owlcastle Courier", zone="Europe/Kyiv", render=r_owlcastle,
  title="Ukraine live: glide bombs on Kharkiv; Japan funds power repairs", dateline="Saturday 30 October \u00b7 all times Kyiv",
  byline="Ffion Aldred", parse_args=["--date", "2027-10-30"],
  lede="A guided-bomb strike on a Kharkiv high-rise, a night of drones over Belgorod and new money for Ukraine\u2019s power plants.",
  basis="stamp '{s}' (Kyiv time, EEST = UTC+3, stated in the dateline) under the date line 'Saturday 30 October', which names no year: the year comes from parse_args --date 2027-10-30; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; bare 'HH:MM' line before each headline. The date line 'Saturday 30 October \u00b7 all times Kyiv' names no year and no year appears anywhere on the page, hence parse_args --date 2027-10-30. Page line 'Compiled by Ffion Aldred' is the author of every post (no per-post bylines). 15241-03 is a 'Video:' teaser without text. 15241-05 is a theme piece (underground schools) that mentions the strike but is its own story. 15241-06 repeats 15241-02 almost verbatim (source added to the second paragraph): importance 1. 15241-01 (Ukrainian drones on Belgorod) is a strike on the other side of the border: must not merge with the Kharkiv strike.",
  not_entries=["masthead and navigation", "page title", "date line 'Saturday 30 October \u00b7 all times Kyiv'", "'Compiled by Ffion Aldred'", "lede line",
               "'[Video, 1 min 20 sec]' placeholder", "membership promo after the fourth post", "closing line 'We will be back...'", "footer"],
  entries=[
  E("2027-10-30 07:20", "Overnight: Ukrainian drones hit Belgorod substation",
    ["Ukrainian drones struck an electricity substation on the outskirts of Belgorod overnight, cutting power to parts of the Russian border city, regional governor Vyacheslav Gladkov said.",
     "He reported no casualties. Russia\u2019s defence ministry said 46 Ukrainian drones had been shot down over several regions."],
    "strikes", "strikes", 3, BELG, a="Ffion Aldred", n="strike on the Russian side, no casualties: must not merge with " + KHAR),
  E("2027-10-30 10:05", "Glide bombs hit apartment block in Kharkiv", KH2, "strikes", "strikes", 3, KHAR, a="Ffion Aldred", n="toll 4 dead"),
  E("2027-10-30 11:40", "Video: Rescuers carry residents out of the damaged Kharkiv high-rise", [], "strikes", "strikes", 1, KHAR, a="Ffion Aldred",
    n="teaser without body (video)"),
  E("2027-10-30 13:15", "Japan to fund repair of Ukrainian power plants",
    ["Japan will provide $300 million to repair Ukrainian thermal power plants and buy transformers before the coldest months, its foreign ministry said.",
     "The money will be channelled through the World Bank."],
    "aid", "aid", 3, JAPAN, a="Ffion Aldred"),
  E("2027-10-30 15:30", "Feature: The schools of Kharkiv that moved underground",
    ["More than 60,000 children in Kharkiv now attend classes in schools built below ground or in converted metro stations, away from the guided bombs that hit the city almost daily, including this morning.",
     "The first purpose-built underground school opened three years ago; the city now has eleven, and four more are being built.",
     "Teachers say the children\u2019s grades have recovered, but many still flinch when the ventilation system starts up."],
    "other", "humanitarian", 2, "feature-kharkiv-underground-schools", a="Ffion Aldred", sec=["strikes"],
    n="theme piece (feature on underground schools); mentions the morning strike but must not merge with " + KHAR),
  E("2027-10-30 17:45", "Glide bombs hit apartment block in Kharkiv",
    [KH2[0], "Four people were killed and 25 injured, according to preliminary figures from the regional administration."],
    "strikes", "strikes", 1, KHAR, a="Ffion Aldred", dup="15241-02", n="near-verbatim repeat of 15241-02 (source added to the second paragraph)"),
  E("2027-10-30 19:10", "Kharkiv toll rises to nine; city declares mourning",
    ["Nine people, including a teenage boy, are now confirmed dead after this morning\u2019s glide bomb attack on Kharkiv, governor Oleh Syniehubov said.",
     "Sunday will be a day of mourning in the city."],
    "strikes", "strikes", 3, KHAR, a="Ffion Aldred", n="toll 9 dead"),
  ]))

# ---------------------------------------------------------------- 15242 Hemlockby Wire (day 3)
SEEDS.append(dict(
  id="15242", name="15242_hemlockby-rss", ext="xml", source="Hemlockby Wire", zone="Europe/Kyiv", render=r_rss_world,
  title="Hemlockby Wire \u2014 Ukraine and region", url="https://hemlockby-wire.example", guid="hw", rfc="+0300",
  lede="Wire copy on Ukraine, Russia and their neighbours.",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 wire feed, newest first, pubDate with +0300, dc:creator on every item. 15242-02 spells the city 'Kharkov'. 15242-04 (artillery shelling of villages in the Kupiansk district of the Kharkiv region) is a different attack from the Kharkiv city glide-bomb strike: must not merge.",
  not_entries=["channel title, link, description, language, ttl", "item link/guid URLs", "category elements"],
  entries=[
  E("2027-10-30 21:30", "Erdogan: Istanbul ready to host talks \u2018within weeks\u2019",
    ["Turkey is ready to host a new round of direct negotiations between Russia and Ukraine within weeks, President Recep Tayyip Erdogan said on Saturday after phone calls with Vladimir Putin and Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, TALKS, a="Selin Ozkaya", cat="Diplomacy"),
  E("2027-10-30 18:50", "Kharkov strike toll reaches nine",
    ["Nine people were killed by Saturday\u2019s Russian guided-bomb strike on a residential high-rise in Kharkov, Ukraine\u2019s second-largest city, emergency services said."],
    "strikes", "strikes", 3, KHAR, a="Anna Reshetnyk", cat="Ukraine", n="toll 9 dead; spelling 'Kharkov'"),
  E("2027-10-30 16:05", "Japan announces $300 million for Ukraine\u2019s power grid",
    ["Japan will give Ukraine $300 million through the World Bank to restore power generation damaged by Russian attacks, Tokyo said on Saturday."],
    "aid", "aid", 3, JAPAN, a="Anna Reshetnyk", cat="Ukraine"),
  E("2027-10-30 13:40", "Shelling kills two in villages near Kupiansk",
    ["Russian artillery shelling killed two people and wounded three in two villages of the Kupiansk district in the Kharkiv region, the regional prosecutor\u2019s office said."],
    "strikes", "strikes", 3, "kupiansk-district-shelling-2027-10-30", a="Anna Reshetnyk", cat="Ukraine",
    n="same region (Kharkiv oblast) as the Kharkiv city strike, different attack (artillery, villages): must not merge with " + KHAR),
  E("2027-10-30 10:15", "Kharkiv: glide bomb hits high-rise, four dead",
    ["A Russian glide bomb hit a high-rise residential building in Kharkiv on Saturday morning, killing four people, the mayor said."],
    "strikes", "strikes", 3, KHAR, a="Anna Reshetnyk", cat="Ukraine", n="toll 4 dead"),
  E("2027-10-30 08:00", "Zelensky signs law raising soldiers\u2019 combat pay",
    ["President Volodymyr Zelensky signed a law raising the monthly combat bonus for front-line troops, his office said."],
    "other", "politics", 2, "ukraine-combat-pay-law-2027-10-30", a="Selin Ozkaya", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- 15243 Bellstrand Journal (day 3)
SEEDS.append(dict(
  id="15243", name="15243_bellstrand-htmllive", ext="html", source="Bellstrand Journal", zone="Europe/Dublin", render=r_bellstrand,
  title="Russia-Ukraine war: Kharkiv strike toll rises as EU condemns attack", url="https://bellstrand-journal.example/live/ukraine-kharkiv",
  dateline="Saturday, 30 October 2027",
  lede="Follow the latest on the war in Ukraine, including reaction to the bombing of a Kharkiv apartment block.",
  basis="visible '{s}' in <time datetime> (Irish time, IST = UTC+1; no zone printed) under the date line 'Saturday, 30 October 2027'; local {d} in {z}",
  notes="Invented outlet (Irish). HTML live blog, newest first; 12-hour stamps with a dot ('8.10pm') in <time datetime>; no zone printed (Irish time, IST, is implied). JSON-LD is an @graph whose article node has @type [\"NewsArticle\", \"LiveBlogPosting\"] and no liveBlogUpdate (page times only). Signature line '\u2013 NAME' after each body. 15243-01 is an official reaction whose content is the attack itself (same story). 15243-05 (Belgorod) is a strike on the Russian side: must not merge with the Kharkiv strike.",
  not_entries=["header and navigation", "page title", "date line 'Saturday, 30 October 2027'", "standfirst", "signature lines '\u2013 NAME'",
               "newsletter promo after the second post", "footer"],
  entries=[
  E("2027-10-30 20:10", "Kharkiv strike: EU\u2019s Kallas condemns \u2018deliberate\u2019 attack on homes",
    ["The EU\u2019s foreign policy chief Kaja Kallas said the bombing of a residential building in Kharkiv was a deliberate attack on civilians and called for more air defence for the city.",
     "Nine people are now known to have been killed."],
    "strikes", "strikes", 3, KHAR, a="Aoife Brennan", sec=["diplomacy"], n="official reaction about the attack: same story"),
  E("2027-10-30 18:25", "Ireland to give \u20ac20m for demining in Ukraine",
    ["Ireland will contribute \u20ac20 million to humanitarian demining in Ukraine, the Department of Foreign Affairs announced.",
     "Ireland, which is militarily neutral, has focused its support on non-lethal aid."],
    "aid", "aid", 2, "ireland-demining-funding-2027-10-30", a="Cian Moloney"),
  E("2027-10-30 15:40", "Kharkiv apartment strike: toll rises to seven",
    ["At least seven people have died after a Russian guided bomb hit a high-rise apartment block in Kharkiv, the city\u2019s mayor said.",
     "Dozens more were injured, and rescuers are still searching the upper floors."],
    "strikes", "strikes", 3, KHAR, a="Aoife Brennan", n="toll 7 dead"),
  E("2027-10-30 12:05", "Russia and Ukraine exchange bodies of fallen soldiers",
    ["Ukraine received the bodies of 909 soldiers in the latest repatriation, while Russia took back the remains of 41, Ukraine\u2019s coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 2, "repatriation-of-soldiers-bodies-2027-10-30", a="Cian Moloney"),
  E("2027-10-30 09:30", "Belgorod governor says drones cut power to 20,000 homes",
    ["A Ukrainian drone attack overnight left around 20,000 households in and around the Russian city of Belgorod without electricity, governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, BELG, a="Aoife Brennan", n="strike on the Russian side: must not merge with " + KHAR),
  ]))


if __name__ == "__main__":
    main()
