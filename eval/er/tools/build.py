#!/usr/bin/env python3
"""Builds the eval/er seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own wording (invented or paraphrased; nothing copied).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/er/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline, paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


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


def h12(d, sep=":", space="", style="lower"):
    """12-hour clock: style lower 'am', upper 'AM', dots 'a.m.'"""
    hh = d.hour % 12 or 12
    am = d.hour < 12
    suf = {"lower": "am" if am else "pm", "upper": "AM" if am else "PM", "dots": "a.m." if am else "p.m."}[style]
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


def slug(s, n=56):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].rstrip("-")


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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_fierce(S):
    """Fierce Pharma (Questex, Drupal) 'Latest News' listing, HTML, newest first. Card: primary category label, headline,
    teaser paragraph(s), 'by NAME', then 'Jul 1, 2027 9:45am' (no zone; Eastern time implied). A sponsored card sits
    between stories. No JSON-LD on the listing."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fierce Pharma</title>',
           '<meta name="description" content="The latest pharma industry news from Fierce Pharma.">',
           f'<link rel="canonical" href="{S["url"]}"></head>', '<body class="path-latest">',
           '<div class="top-bar"><a href="https://www.fiercebiotech.com">Fierce Biotech</a> <a href="https://www.fiercehealthcare.com">Fierce Healthcare</a> '
           '<a href="https://www.fiercepharma.com">Fierce Pharma</a> <a href="https://www.fiercepharma.com/events">Events</a></div>',
           '<header class="site-header"><a class="logo" href="/">Fierce Pharma</a><nav class="main-menu"><a href="/pharma">Pharma</a> '
           '<a href="/manufacturing">Manufacturing</a> <a href="/marketing">Marketing</a> <a href="/regulatory">Regulatory</a> '
           '<a href="/vaccines">Vaccines</a> <a href="/pharma-asia">Pharma Asia</a> <a href="/special-reports">Special Reports</a> '
           '<a href="/resources">Resources</a></nav><a class="btn-subscribe" href="/newsletters">Subscribe</a></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day}, {d.year} {h12(d)}"; stamps.append(st)
        link = f"/{e['cat'].lower()}/{slug(e['h'])}"
        out.append(f'<article class="node node--type-article node--view-mode-teaser"><div class="field--name-field-taxonomy-primary"><a href="/{e["cat"].lower()}">{esc(e["cat"])}</a></div>')
        out.append(f'<h2 class="node__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out.append('<div class="node__teaser">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        out.append(f'<div class="node__submitted"><span class="byline">by <a href="/person/{slug(e["a"])}">{esc(e["a"])}</a></span> '
                   f'<span class="date">{st}</span></div></article>')
        if i == 1:
            out.append('<article class="node node--sponsored"><div class="label">Sponsored</div><h2><a href="/sponsored/cold-chain-risk">'
                       'Five questions to ask before you outsource cold-chain logistics</a></h2><p>Sponsored by Frostline Logistics Partners</p></article>')
        if i == 3:
            out.append('<aside class="newsletter-signup"><h3>Subscribe to Fierce Pharma</h3><p>Drug industry news, delivered to your inbox '
                       'every weekday morning.</p><input type="email" placeholder="Work email"> <button>Sign up</button></aside>')
    out += ['</div><a class="pager__item" href="?page=1">Load More</a></main>',
            '<footer class="site-footer"><a href="/about-us">About Us</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/terms">Terms of Use</a><p>\u00a9 2027 Questex LLC. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_endpoints(S):
    """Endpoints News channel listing, text scrape, newest first. Item: channel tag, headline, dek, author name, author
    title line, then 'July 2, 2027 11:12 AM EDT'. Premium promo between items."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "Endpoints News", "", "Top stories  Pharma  R&D  Biotech  Manufacturing  FDA+  Health Tech  Financing  People  Special reports  Events", "",
         "Subscribe   Sign in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d, space=' ', style='upper')} EDT"; stamps.append(st)
        L += [e["tag"], e["h"], ""] + ptxt(e["p"]) + [e["a"], e["role"], st, ""]
        if i == 2:
            L += ["Endpoints Premium", "Get unlimited access to every story, the daily Early report and our weekly analysis. Start a free trial", ""]
    L += ["Load more stories", "", "About  Careers  Advertise  Privacy  Terms", "\u00a9 2027 Endpoints News"]
    return "\n".join(L) + "\n", stamps


def r_bpdive_rss(S):
    """BioPharma Dive (Industry Dive) news RSS 2.0, newest first: title, link, one-paragraph description, guid, pubDate
    with the Eastern offset (-0400); no author element."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.biopharmadive.com/</link>',
           '<description>Biotech and pharma news and analysis from BioPharma Dive.</description>',
           f'<atom:link href="{S["url"]}" rel="self"></atom:link>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.biopharmadive.com/news/{slug(e['h'], 60)}/{751200 + i * 37}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<guid isPermaLink="true">{link}</guid>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_pharmatimes(S):
    """PharmaTimes news listing, text scrape, newest first. A date header naming weekday, day and month but no year; each item
    headline, 'by NAME | 14:20' (bare UK clock), summary, 'Read more'. No year anywhere on the capture."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["PharmaTimes", "Home   News   Opinion   Magazine   Events   Awards   Jobs   Subscribe", "",
         "This site uses cookies to improve your experience. Accept and close", "", S["title"], "",
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"by {e['a']} | {st}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up to the PharmaTimes daily news bulletin", ""]
    L += ["More news", "", "\u00a9 PharmaTimes Media Ltd   Terms and conditions   Privacy policy   Contact us"]
    return "\n".join(L) + "\n", stamps


def r_pharmtech(S):
    """Pharmaceutical Technology (GlobalData) article, HTML, with NewsArticle JSON-LD. Byline, date 'July 8, 2027' and
    '(Last Updated July 8th, 2027 14:20)' (UK time, no zone); h2 sections, one entry each, no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "mainEntityOfPage": S["url"],
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Pharmaceutical Technology", "logo": {"@type": "ImageObject", "url": "https://www.pharmaceutical-technology.com/logo.svg"}}}
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d0.day, "th")
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Pharmaceutical Technology</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Pharmaceutical Technology</a><nav><a href="/news/">News</a> <a href="/analysis/">Analysis</a> '
           '<a href="/features/">Features</a> <a href="/comment/">Comment</a> <a href="/sectors/">Sectors</a> <a href="/companies/">Companies</a> '
           '<a href="/reports/">Reports</a> <a href="/events/">Events</a></nav><a class="cta" href="/newsletters/">Sign up to our newsletters</a></header>',
           '<main><article><div class="breadcrumb"><a href="/">Home</a> \u203a <a href="/news/">News</a></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><a class="author" href="/author/{slug(S["byline"])}/">{esc(S["byline"])}</a> '
           f'<span class="date">{MONTHS[d0.month - 1]} {d0.day}, {d0.year}</span> '
           f'<span class="updated">(Last Updated {MONTHS[d0.month - 1]} {d0.day}{suffix}, {d0.year} {d0:%H:%M})</span></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="share"><a>LinkedIn</a> <a>X</a> <a>Email</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gd-promo"><p>Go deeper with GlobalData: company, deal and pipeline data behind every headline.</p><a>Find out more</a></aside>')
    out += ['<aside class="newsletter"><h3>Sign up for our daily news round-up!</h3><p>Give your business an edge with our leading industry insights.</p></aside>',
            '<section class="related"><h3>More Relevant</h3><a href="/news/cold-chain-capacity-europe/">Cold-chain capacity in Europe tightens ahead of autumn</a></section>',
            '</article></main><footer><p>Pharmaceutical Technology is part of GlobalData. Copyright \u00a9 GlobalData Plc. All rights reserved.</p>'
            '<a>Privacy Policy</a> <a>Terms and Conditions</a> <a>Cookie settings</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def X(e, **kw):
    """attach layout-only fields (category label, author role, ...) to an entry."""
    e.update(kw)
    return e


# ================================================================ PART A data: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 14900 Fierce Pharma
SEEDS.append(dict(
  id="14900", name="14900_fiercepharma-latest", ext="html", source="Fierce Pharma", zone="America/New_York", render=r_fierce,
  title="Latest News", url="https://www.fiercepharma.com/latest",
  basis="card stamp '{s}' (Fierce Pharma prints no zone; the outlet's home zone, US Eastern, EDT in July, is assumed); local {d} in {z}",
  notes="Imitates the Fierce Pharma (Questex) 'Latest News' listing, HTML, newest first. Each card: primary category label (Manufacturing, Regulatory, Pharma), h2 headline, teaser paragraph(s), 'by NAME' and a stamp 'Jul 1, 2027 5:40pm' with no zone (Eastern time assumed: EDT = UTC-4). A sponsored card (after the second story) and a newsletter box (after the fourth) are chrome. No JSON-LD on the listing. Two of seven stories are off the war (layoffs, a new plant).",
  not_entries=["sister-site top bar (Fierce Biotech, Fierce Healthcare, Fierce Pharma, Events)", "logo, main menu and Subscribe button",
               "page heading 'Latest News' (page title)", "category label above each card (Manufacturing / Regulatory / Pharma)",
               "sponsored card 'Five questions to ask before you outsource cold-chain logistics' (Sponsored by Frostline Logistics Partners)",
               "newsletter sign-up box 'Subscribe to Fierce Pharma'", "'Load More' pager", "footer links and copyright line"],
  entries=[
  X(E("2027-07-01 17:40", "Drone strike cuts power to Kyiv-region generics plant, halting sterile production lines",
    ["A Russian drone attack overnight into Thursday damaged a substation serving a generics manufacturing campus in the Kyiv region, forcing the plant to suspend its sterile injectables lines for at least a week, the company told Fierce Pharma.",
     "No workers were hurt. The privately held manufacturer, which supplies about a fifth of the saline and injectable antibiotics used in Ukrainian hospitals, said it has shifted some orders to a contract partner in Poland."],
    "strikes", "strikes", 2, "kyiv-region-generics-plant-drone-damage-2027-07-01", a="Harriet Vance", n="non-deadly strike on an industrial site"), cat="Manufacturing"),
  X(E("2027-07-01 15:55", "EU's new Russia sanctions round keeps medicines exempt but bans more lab hardware",
    ["European Union governments signed off Thursday on another package of sanctions against Russia, and, like the previous rounds, it leaves finished medicines and vaccines outside the restrictions on humanitarian grounds.",
     "The package does extend export bans to several categories of laboratory equipment, including some chromatography systems and bioreactor components that Brussels says have been diverted to Russian military suppliers."],
    "diplomacy", "diplomacy", 3, "eu-russia-sanctions-package-2027-07-01", a="Tobias Renner", n="adoption of a full EU sanctions package (major diplomatic move)"), cat="Regulatory"),
  X(OFF("2027-07-01 14:10", "Mid-size drugmaker to cut 400 jobs as it folds two US sites into one",
    ["A New Jersey-based specialty drugmaker will lay off roughly 400 employees and close a packaging plant in Ohio as part of a cost-cutting plan unveiled alongside a leadership change."],
    "specialty-drugmaker-layoffs-ohio-plant-2027-07", a="Priya Khatri", n="corporate layoffs"), cat="Pharma"),
  X(E("2027-07-01 12:25", "Insulin and antibiotics shipment bound for front-line Ukrainian hospitals, donor group says",
    ["An industry-funded relief coalition said Thursday it has dispatched 38 metric tons of insulin, antibiotics and wound-care supplies to hospitals in the Kharkiv, Donetsk and Zaporizhzhia regions, its largest single consignment this year.",
     "The shipment, coordinated with Ukraine's health ministry, brings the coalition's donations since 2022 to more than $310 million in value, according to the group."],
    "aid", "aid", 2, "relief-coalition-insulin-shipment-ukraine-2027-07", a="Nathan Ozols", n="humanitarian supplies to Ukraine (aid)"), cat="Pharma"),
  X(E("2027-07-01 10:50", "Ukraine's medicines regulator fast-tracks imported trauma drugs under wartime rule",
    ["Ukraine's State Service on Medicines and Drugs Control will let hospitals use certain blood-clotting and anesthetic products approved in the EU or US without a separate local registration for the rest of the year, the agency said.",
     "Officials said the temporary rule aims to ease shortages at hospitals treating large numbers of wounded soldiers and civilians."],
    "other", "humanitarian", 2, "ukraine-wartime-trauma-drug-fast-track", a="Tobias Renner"), cat="Regulatory"),
  X(OFF("2027-07-01 09:15", "CDMO opens $180M fill-finish plant in North Carolina",
    ["A contract manufacturer opened a sterile fill-finish facility near Raleigh that it says will employ about 250 people once it is fully running in 2029."],
    "cdmo-north-carolina-fill-finish-plant", a="Harriet Vance", n="new US plant"), cat="Manufacturing"),
  X(E("2027-07-01 07:30", "Russian missile strike on Kharkiv pharmacy warehouse kills two workers",
    ["Two employees of a pharmacy distributor were killed and five others injured when a Russian missile hit a warehouse on the eastern edge of Kharkiv early Thursday, regional governor Oleh Syniehubov said.",
     "The distributor supplies more than 300 pharmacies in northeastern Ukraine and said it would reroute deliveries through a backup depot in Poltava."],
    "strikes", "strikes", 3, "kharkiv-pharmacy-warehouse-missile-strike-2027-07-01", a="Nathan Ozols", n="deadly strike"), cat="Pharma"),
  ]))

# ---------------------------------------------------------------- 14901 Endpoints News
SEEDS.append(dict(
  id="14901", name="14901_endpointsnews-latest", ext="txt", source="Endpoints News", zone="America/New_York", render=r_endpoints,
  title="Latest stories",
  basis="item stamp '{s}' (date, 12-hour clock and 'EDT' printed = UTC-4); local {d} in {z}",
  notes="Imitates an Endpoints News story listing as copied from the browser, newest first. Each item: channel tag line (Biotech, R&D, Pharma, Financing), headline, a dek paragraph, the author's name on its own line, the author's job title on the next line (not part of the author), then 'July 2, 2027 5:05 PM EDT'. An 'Endpoints Premium' promo sits after the third item. Two of seven items are off the war (a Phase 3 failure, a financing round).",
  not_entries=["'Skip to content'", "masthead 'Endpoints News' and channel menu", "'Subscribe   Sign in'", "page heading 'Latest stories' (page title)",
               "channel tag line above each headline (Biotech / R&D / Pharma / Financing)", "author job-title lines (Senior Reporter, Deputy Editor, Europe Correspondent)",
               "'Endpoints Premium' promo and its free-trial line", "'Load more stories'", "footer links and copyright"],
  entries=[
  X(E("2027-07-02 17:05", "Kyiv biotech says overnight drone barrage shattered its lab windows, vows to keep trials running",
    ["Russia's overnight drone and missile attack on Kyiv blew out windows and damaged freezers at the lab of a Ukrainian antibody developer, its chief executive said Friday.",
     "City officials said the attack killed two people and injured 14 across four districts. The company said its trial samples were moved to backup storage within hours and that no patient data were lost."],
    "strikes", "strikes", 3, "kyiv-drone-missile-attack-2027-07-02", a="Maren Kowalczyk", n="deadly overnight attack on Kyiv (two killed)"), tag="Biotech", role="Senior Reporter"),
  X(OFF("2027-07-02 15:20", "Phase 3 flop sends obesity upstart back to the drawing board",
    ["A Boston-area obesity drug developer said its lead oral candidate failed to beat placebo on weight loss at 52 weeks, and that it would cut about a third of its staff."],
    "obesity-pill-phase-3-failure-2027-07", a="Declan Furst", n="trial failure"), tag="R&D", role="Deputy Editor"),
  X(E("2027-07-02 13:40", "German police probe break-in at vaccine lab, citing possible Russian sabotage link",
    ["Prosecutors in Lower Saxony have opened an investigation into a break-in at a vaccine research site near Hanover after investigators found equipment that they said pointed to a surveillance operation.",
     "A spokesperson for the prosecutor's office said investigators were examining whether the intruders acted on behalf of Russian intelligence, but declined to give further details."],
    "other", "security", 2, "hanover-vaccine-lab-break-in-probe", a="Ilse Barrow"), tag="Pharma", role="Europe Correspondent"),
  X(E("2027-07-02 11:55", "WHO counts more than 400 attacks on Ukrainian health care in first half of 2027",
    ["The World Health Organization has verified 412 attacks on health facilities, ambulances and medical staff in Ukraine between January and June, a pace it called the highest since the first year of the full-scale invasion.",
     "Most of the incidents involved drones and artillery in front-line regions, the agency said, and 37 health workers were killed over the period."],
    "other", "humanitarian", 2, "who-ukraine-health-attacks-h1-2027", a="Maren Kowalczyk", sec=["strikes"], n="half-year report on attacks, not one strike"), tag="Pharma", role="Senior Reporter"),
  X(OFF("2027-07-02 10:10", "Radiopharma startup banks $95M Series B",
    ["A San Diego radiopharmaceutical startup raised $95 million to push two targeted alpha therapies into the clinic, with a crossover fund leading the round."],
    "radiopharma-series-b-2027-07", a="Declan Furst", n="financing round"), tag="Financing", role="Deputy Editor"),
  X(E("2027-07-02 08:30", "EU commits \u20ac150M to rebuild Ukrainian hospital pharmacies and vaccine cold chain",
    ["The European Commission on Friday announced \u20ac150 million in grants to restore hospital pharmacies and vaccine storage damaged by Russian strikes, part of a wider health package for Ukraine.",
     "Commission officials said the money would fund about 60 cold-storage units and backup generators for regional hospitals, with the first deliveries expected before winter."],
    "aid", "aid", 3, "eu-ukraine-hospital-pharmacy-grants-2027-07-02", a="Ilse Barrow", n="major EU funding decision"), tag="Pharma", role="Europe Correspondent"),
  X(E("2027-07-02 07:15", "Russia orders hospitals to stockpile imported cancer drugs as sanctions bite",
    ["Russia's health ministry has told regional hospitals to build up six months of stock of imported cancer medicines, according to an order published on a government legal portal.",
     "Western drugs are not covered by sanctions, but payment and shipping problems have made deliveries less reliable, Russian pharmacy industry groups have said."],
    "other", "politics", 2, "russia-cancer-drug-stockpiling-order", a="Ilse Barrow", n="Russian domestic health policy"), tag="Pharma", role="Europe Correspondent"),
  ]))

# ---------------------------------------------------------------- 14902 BioPharma Dive
SEEDS.append(dict(
  id="14902", name="14902_biopharmadive-newsrss", ext="xml", source="BioPharma Dive", zone="America/New_York", render=r_bpdive_rss,
  title="BioPharma Dive - Latest News", url="https://www.biopharmadive.com/feeds/news/",
  basis="RSS pubDate '{s}' (explicit -0400 offset); local {d} in {z}",
  notes="Imitates the BioPharma Dive (Industry Dive) news RSS 2.0 feed, newest first. Items carry title, link, a one-paragraph description (the dek), guid and pubDate with the Eastern offset -0400. There is no author element, so author is null for every item. Two of six items are off the war (financing, FDA review date).",
  not_entries=["channel title, link, description, atom:link, language and lastBuildDate (feed metadata)"],
  entries=[
  E("2027-07-06 17:50", "Ukrainian drones set fire to Russian chemical plant that makes drug precursors",
    ["A Ukrainian drone attack early Tuesday started a fire at a chemical complex in Russia's Tula region that produces solvents and precursors for Russian drugmakers as well as for explosives makers, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "tula-chemical-plant-drone-attack-2027-07-06", n="Ukrainian strike on Russia, no casualties"),
  OFF("2027-07-06 15:25", "Gene therapy developer raises $210M to fund pivotal hemophilia study",
    ["A Philadelphia gene therapy developer closed a $210 million Series C round. The company said the money should carry it through a registrational trial and into 2030."],
    "gene-therapy-hemophilia-series-c", n="financing round"),
  E("2027-07-06 13:05", "EU court upholds sanctions on owner of major Russian drug distributor",
    ["The EU General Court on Tuesday dismissed a challenge by the co-owner of one of Russia's largest pharmaceutical distributors against his inclusion on the bloc's sanctions list. Judges found the Council of the EU had enough evidence that he benefits from the Russian government."],
    "diplomacy", "diplomacy", 2, "eu-court-russian-pharma-distributor-sanctions", n="court ruling on an existing sanctions listing"),
  E("2027-07-06 11:40", "Japan funds mobile pharmacies for villages retaken in Kherson region",
    ["Japan will pay for 24 mobile pharmacy vans and a year of medicine supplies for villages in the Kherson region that Ukraine recaptured in 2022, the country's embassy in Kyiv said. The vans are due to start running in September."],
    "aid", "aid", 2, "japan-mobile-pharmacies-kherson"),
  OFF("2027-07-06 10:00", "FDA sets September decision date for lupus antibody",
    ["The agency accepted the biologics license application under priority review, according to the drug's developer, which plans to launch the therapy itself if it is approved."],
    "fda-lupus-antibody-priority-review", n="regulatory calendar"),
  E("2027-07-06 08:20", "War has cut childhood vaccination rates in front-line Ukrainian regions, study finds",
    ["Routine immunization coverage for measles and polio among young children in Ukraine's front-line regions fell by roughly 20 percentage points between 2021 and 2026, according to a study published Tuesday. Researchers linked the decline to displacement and damage to clinics."],
    "other", "humanitarian", 2, "ukraine-frontline-child-vaccination-study"),
  ]))

# ---------------------------------------------------------------- 14903 PharmaTimes
SEEDS.append(dict(
  id="14903", name="14903_pharmatimes-news", ext="txt", source="PharmaTimes", zone="Europe/London", render=r_pharmatimes,
  title="Latest news", parse_args=["--date", "2027-07-07"],
  basis="bare clock '{s}' under the date header 'Wednesday 7 July' (no year printed anywhere: year from parse_args --date 2027-07-07; no zone printed: UK time, BST = UTC+1, the outlet's home zone); local {d} in {z}",
  notes="Imitates a PharmaTimes news listing copied from the browser, newest first. One date header 'Wednesday 7 July' names no year, and nothing else on the capture does, so the gold carries parse_args ['--date', '2027-07-07'] (7 July 2027 is a Wednesday). Each item: headline, 'by NAME | 16:45' (bare 24-hour UK clock, no zone), summary paragraph(s), 'Read more'. Two of six items are off the war (NICE guidance, a financing round).",
  not_entries=["masthead and menu", "cookie notice", "page heading 'Latest news' (page title)", "date header 'Wednesday 7 July' (structure, not an entry)",
               "'Read more' links", "'Advertisement' marker and the daily-bulletin sign-up line", "'More news'", "footer line"],
  entries=[
  E("2027-07-07 16:45", "Kharkiv cancer hospital hit in glide-bomb attack, three killed",
    ["Three people were killed and 19 injured when Russian guided bombs struck the grounds of a regional oncology centre in Kharkiv on Wednesday afternoon, Ukrainian officials said.",
     "The hospital's radiotherapy block was badly damaged, and more than 80 patients were moved to other facilities across the city, according to the regional health department."],
    "strikes", "strikes", 3, "kharkiv-oncology-hospital-glide-bomb-2027-07-07", a="Rhiannon Clegg", n="deadly strike"),
  OFF("2027-07-07 15:10", "NICE backs twice-yearly injection for hard-to-treat migraine",
    ["The health technology assessment body has recommended the treatment for adults who have already tried at least three preventive medicines without success."],
    "nice-migraine-injection-guidance", a="Oliver Prentice", n="UK drug appraisal"),
  E("2027-07-07 13:30", "UK to fund trauma surgery training for 300 Ukrainian medics",
    ["The UK government will pay for 300 Ukrainian surgeons, anaesthetists and nurses to train in battlefield trauma care at NHS hospitals over the next two years, the Foreign Office said.",
     "The \u00a318 million programme extends a scheme that has already trained around 500 Ukrainian clinicians since it began."],
    "aid", "aid", 2, "uk-ukrainian-medics-trauma-training", a="Rhiannon Clegg"),
  E("2027-07-07 11:50", "Ukrainian medicine exporters gain extra year of tariff-free access to EU",
    ["EU member states have agreed to extend duty-free quotas for a range of Ukrainian goods, including medicines and medical devices, for another 12 months, according to a statement from the bloc's trade commissioner.",
     "Ukraine's pharmaceutical industry association said exports to the EU had doubled since the first trade liberalisation measures were introduced."],
    "diplomacy", "diplomacy", 2, "eu-ukraine-trade-quota-extension-2027", a="Amara Lyle", n="trade agreement between the EU and Ukraine"),
  OFF("2027-07-07 10:05", "Biotech spinout raises \u00a340m for antibody platform",
    ["The Oxford university spinout will use the money to take its first two antibody candidates into early clinical trials next year."],
    "oxford-antibody-spinout-funding", a="Oliver Prentice", n="financing round"),
  E("2027-07-07 08:20", "Russian court jails pharmacist over anti-war social media posts",
    ["A court in St Petersburg has sentenced a pharmacist to six years in a penal colony for posts criticising Russia's war in Ukraine, a Russian rights group reported.",
     "She was convicted of spreading 'false information' about the armed forces, a charge introduced within days of the full-scale invasion."],
    "other", "politics", 2, "st-petersburg-pharmacist-jailed-antiwar-posts", a="Amara Lyle"),
  ]))

# ---------------------------------------------------------------- 14904 Pharmaceutical Technology
SEEDS.append(dict(
  id="14904", name="14904_pharmaceuticaltechnology-roundup", ext="html", source="Pharmaceutical Technology", zone="Europe/London", render=r_pharmtech,
  title="Russia-Ukraine war: the pharma supply stories to watch today",
  url="https://www.pharmaceutical-technology.com/news/russia-ukraine-war-pharma-supply-stories-july-8/",
  dateline_t="2027-07-08 14:20", byline="Jasper Quill",
  lede="A missile strike on a Lviv logistics hub, a sanctions debate in Brussels and Nordic money for clinic cold storage lead today's round-up.",
  caption="Emergency workers at the damaged logistics park outside Lviv. Credit: State Emergency Service of Ukraine",
  basis="no per-section time: the article's '(Last Updated July 8th, 2027 14:20)' line (UK time, no zone printed; BST = UTC+1) is the only printed time and equals the JSON-LD datePublished; local {d} in {z}",
  notes="Imitates a Pharmaceutical Technology (GlobalData) news article, HTML with NewsArticle JSON-LD. One byline and a date line 'July 8, 2027 (Last Updated July 8th, 2027 14:20)'; five h2 sections, each one entry (headline = the h2 text, stamp null, published = the page time 14:20 BST, author = the page byline). A GlobalData promo box sits after the second section.",
  not_entries=["header logo, menu and 'Sign up to our newsletters'", "breadcrumb 'Home \u203a News'", "h1 article title (page title)", "standfirst (page lede)",
               "byline and date line '(Last Updated ...)'", "photo caption with credit", "share links", "GlobalData promo box after the second section",
               "newsletter box 'Sign up for our daily news round-up!'", "'More Relevant' related link", "footer"],
  entries=[
  E("2027-07-08 14:20", "Lviv: missile hits medical logistics hub",
    ["A Russian cruise missile struck a logistics park on the outskirts of Lviv early on Thursday, destroying a warehouse that held medicines and medical devices for hospitals in western Ukraine. One security guard was killed and four people were injured, the regional administration said.",
     "The warehouse operator estimated that stock worth about \u20ac12m was lost, including insulin and surgical consumables. Distributors said they expected local shortages for several weeks."],
    "strikes", "strikes", 3, "lviv-logistics-hub-missile-strike-2027-07-08", a="Jasper Quill", n="deadly strike"),
  E("2027-07-08 14:20", "Sanctions: Brussels weighs listing Russian ingredient importers",
    ["EU officials are discussing whether to add several Russian importers of active pharmaceutical ingredients to the next sanctions package, after finding that some had resold dual-use chemicals to arms makers, according to two diplomats.",
     "Any listing would need unanimous support from member states, and at least one government has asked for guarantees that medicine supplies to Russian patients will not be affected."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-russian-api-importers-proposal", a="Jasper Quill", n="proposal under discussion, not adopted"),
  E("2027-07-08 14:20", "Aid: Nordic states fund cold storage for front-line clinics",
    ["Denmark, Finland and Norway will jointly finance solar-powered refrigerators for 140 clinics in front-line areas, so that vaccines and insulin can be stored safely through power cuts.",
     "The NOK260m project will be run by a Kyiv-based charity and is scheduled to be completed by the end of October."],
    "aid", "aid", 2, "nordic-cold-storage-funding-ukraine", a="Jasper Quill"),
  E("2027-07-08 14:20", "Regulation: EU and Ukraine agree to recognise each other's factory inspections",
    ["Ukraine and the EU have agreed to recognise each other's inspections of pharmaceutical factories, a step that removes duplicate audits for Ukrainian exporters and forms part of Kyiv's preparation for EU membership.",
     "The agreement still needs approval from the European Parliament before it can take effect."],
    "diplomacy", "diplomacy", 2, "eu-ukraine-gmp-mutual-recognition", a="Jasper Quill", n="EU-Ukraine agreement"),
  E("2027-07-08 14:20", "Security: Polish police detain two over arson at medicines depot",
    ["Polish police have detained two Belarusian nationals suspected of setting fire to a medicines depot near Rzeszow, the hub through which much Western aid to Ukraine passes.",
     "Prosecutors said the men had been recruited online and paid in cryptocurrency, a pattern Polish authorities have linked to Russian intelligence services in earlier sabotage cases."],
    "other", "security", 2, "poland-medicines-depot-arson-arrests", a="Jasper Quill", n="sabotage arrests"),
  ]))


def r_science(S):
    """Science (AAAS) 'Latest News' listing, text scrape, newest first. Item: label line (NEWS / SCIENCEINSIDER), then the stamp
    '12 JUL 2027 4:05 PM ET' BEFORE the headline, then the dek and 'By NAME'."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Science", "Current Issue   First release papers   Archive   About   Submit manuscript", "GET OUR E-ALERTS", "",
         "News", "All News   ScienceInsider   News Features   Subscribe to News from Science   News from Science FAQ   About News from Science", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1].upper()} {d.year} {h12(d, space=' ', style='upper')} ET"; stamps.append(st)
        L += [e["label"], st, e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", ""]
        if i == 2:
            L += ["Support nonprofit science journalism", "Our news team covers research and policy independently. Please consider a gift today.", "DONATE", ""]
    L += ["Load More", "", "NEWS FROM SCIENCE   SCIENCE JOURNALS   AUTHORS & REVIEWERS   LIBRARIANS   ADVERTISERS", "",
          "\u00a9 2027 American Association for the Advancement of Science. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def rel(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return f"{mins} minutes ago"
    assert mins % 60 == 0, (ref, d)
    return "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"


def r_spacecom(S):
    """Space.com (Future plc) live blog, HTML, newest first, with LiveBlogPosting JSON-LD (per-update datePublished). Visible post
    times are relative ('40 minutes ago', '3 hours ago') inside <time datetime>, counted from the printed 'Last updated' clock."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    first = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": ref.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Space", "url": "https://www.space.com/", "logo": {"@type": "ImageObject", "url": "https://vanilla.futurecdn.net/space/media/img/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Space</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="nav-bar"><a class="logo" href="/">Space.com</a><nav><a href="/news">News</a> <a href="/science-astronomy">Science &amp; Astronomy</a> '
           '<a href="/spaceflight">Spaceflight</a> <a href="/skywatching">Skywatching</a> <a href="/entertainment">Entertainment</a> <a href="/tech">Tech</a> '
           '<a href="/space-exploration">Exploration</a></nav><a class="subscribe" href="/newsletter">Newsletter</a> <a href="/magazine">Magazine</a></header>',
           '<main><nav class="breadcrumb"><a>Spaceflight</a> <a>Military Space</a></nav><span class="live-badge">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="strapline">{esc(S["lede"])}</p>',
           '<div class="byline">By ' + " and ".join(f'<a href="/author/{slug(n)}">{esc(n)}</a>' for n in S["authors"]) +
           f' <span class="updated">Last updated {h12(ref, space=" ", style="dots")} EDT, {MONTHS[ref.month - 1]} {ref.day}, {ref.year}</span></div>',
           '<div class="affiliate-disclaimer">Space.com is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.</div>',
           '<section class="live-blog-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel(ref, d); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time>'
                   f'<h3>{esc(e["h"])}</h3><p class="post-author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Embedded video: 0:48]</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter"><h4>Breaking space news, the latest updates on rocket launches, skywatching events and more!</h4>'
                       '<input placeholder="Your Email Address"> <button>Sign me up</button></aside>')
    out += ['</section>', '<section class="related"><h4>Related stories</h4><a href="/russia-space-weapons-explained">What is a co-orbital anti-satellite weapon?</a></section>',
            '</main><footer>Space is part of Future US Inc, an international media group and leading digital publisher. '
            '<a>About us</a> <a>Contact Future\'s experts</a> <a>Terms and conditions</a> <a>Privacy policy</a> <a>Cookies policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_icn(S):
    """Inside Climate News (WordPress + Yoast) 'Today's Climate' round-up, HTML. Visible byline and date only ('July 16, 2027');
    the time exists only in the Yoast @graph JSON-LD (Article datePublished). h3 items with a summary and a source line."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    base = "https://insideclimatenews.org"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": {"name": S["byline"], "@id": base + "/#/schema/person/" + slug(S["byline"])},
         "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": base + "/#organization"}, "articleSection": ["Today's Climate"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Inside Climate News", "isPartOf": {"@id": base + "/#website"},
         "datePublished": d0.isoformat(), "breadcrumb": {"@id": S["url"] + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
                                                                                  {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": base + "/#organization", "name": "Inside Climate News", "url": base + "/"},
        {"@type": "Person", "@id": base + "/#/schema/person/" + slug(S["byline"]), "name": S["byline"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Inside Climate News</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<div class="site-top">We deliver climate news to your inbox like nobody else. <a href="/newsletters/">Sign up here</a>.</div>',
           '<header class="site-header"><a class="site-logo" href="/">Inside Climate News</a><nav><a href="/category/fossil-fuels/">Fossil Fuels</a> '
           '<a href="/category/clean-energy/">Clean Energy</a> <a href="/category/environmental-justice/">Environmental Justice</a> <a href="/category/science/">Science</a> '
           '<a href="/category/politics-policy/">Politics &amp; Policy</a> <a href="/newsletters/">Newsletters</a> <a class="donate" href="/donate/">Donate</a></nav></header>',
           '<main><article><p class="eyebrow"><a href="/todaysclimate/">Today\u2019s Climate</a></p>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">By <a href="/author/{slug(S["byline"])}/">{esc(S["byline"])}</a></span> '
           f'<time class="entry-date" datetime="{d0:%Y-%m-%d}">{MONTHS[d0.month - 1]} {d0.day}, {d0.year}</time></div>',
           '<div class="share"><a>Share this article</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>', '<div class="entry-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="source"><em>Source: {esc(e["src"])}</em></p>')
        if i == 2:
            out.append('<div class="donation-ask"><p>Our climate reporting is free to read because readers like you support it. '
                       'Please keep it that way with a donation.</p><a href="/donate/">Donate Now</a></div>')
    out += ['</div></article>', '<section class="related"><h2>Most Popular</h2><a href="/news/grid-heat-records/">Grid operators brace for more heat records</a></section></main>',
            '<footer class="site-footer"><p>Inside Climate News is a nonprofit, independent news organization.</p><a>About</a> <a>Ethics</a> <a>Contact</a> '
            '<a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_secweek_atom(S):
    """SecurityWeek (WordPress) Atom feed, newest first: <published> in UTC with 'Z', <author><name>, CDATA title and summary."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           '<title type="text">SecurityWeek</title>', '<subtitle type="text">Cybersecurity News, Insights and Analysis</subtitle>',
           f'<updated>{last.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>', '<link rel="alternate" type="text/html" href="https://www.securityweek.com/" />',
           '<id>https://www.securityweek.com/feed/atom/</id>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}" />',
           '<generator uri="https://wordpress.org/" version="6.8">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        link = f"https://www.securityweek.com/{slug(e['h'], 70)}/"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}" />', f'<id>https://www.securityweek.com/?p={398100 + i * 13}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>', f'<category scheme="https://www.securityweek.com" term="{e["cat"]}" />',
                '<summary type="html"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_politico(S):
    """POLITICO Pro 'Whiteboard' page, text scrape, sorted OLDEST first (the capture's sort toggle): stamp '07/21/2027 07:45 AM EDT'
    BEFORE the headline, then 'By NAME', body paragraphs."""
    z = S["zone"]; order_check(S, False)
    L = ["POLITICO PRO", "", "Defense", "Whiteboard   Issues   Documents   Calendar   Pro Analysis   Settings", "", S["title"], "",
         "Sort by:  Oldest  |  Newest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%m/%d/%Y} {h12(d, style='upper', space=' ').zfill(8)} EDT"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"]) + ["Share   Email   Print", ""]
        if i == 3:
            L += ["Want Pro Defense alerts on this issue? Manage your alert settings.", ""]
    L += ["Load more", "", "About Us   Pro Support   Terms of Service   Privacy Policy", "\u00a9 2027 POLITICO LLC"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 14905 Science (AAAS news)
SEEDS.append(dict(
  id="14905", name="14905_science-latestnews", ext="txt", source="Science", zone="America/New_York", render=r_science,
  title="Latest News",
  basis="stamp line '{s}' printed above the headline (date, 12-hour clock, 'ET' = US Eastern, EDT = UTC-4 in July); local {d} in {z}",
  notes="Imitates the Science (AAAS) 'Latest News' listing as copied from the browser, newest first. Each item: a label line (NEWS or SCIENCEINSIDER), then the stamp '12 JUL 2027 4:05 PM ET' BEFORE the headline, then the dek paragraph and 'By NAME'. A donation box sits after the third item. Two of six items are off the war (corals, ancient DNA). The Kharkiv gene-bank strike happened at the weekend but is reported here on Monday.",
  not_entries=["'Skip to main content'", "journal masthead and menu, 'GET OUR E-ALERTS'", "'News' section heading and its sub-menu", "page heading 'Latest News' (page title)",
               "label lines NEWS / SCIENCEINSIDER above each stamp", "donation box 'Support nonprofit science journalism' with 'DONATE'", "'Load More'", "footer menu and copyright"],
  entries=[
  X(E("2027-07-12 16:05", "IAEA says drone struck training building at Zaporizhzhia nuclear plant",
    ["No radiation release was detected, but the agency's inspectors warn that every attack near the six shut-down reactors adds to the risk of an accident."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-training-centre-drone-2027-07-12", a="Katrin Ellery", n="non-deadly drone strike at the plant site"), label="NEWS"),
  X(E("2027-07-12 14:30", "Strike on Kharkiv gene bank destroys thousands of seed samples, curators say",
    ["A Russian missile hit a storage building at Ukraine's national plant genetic resources center over the weekend, wiping out seed collections that took decades to assemble. Curators hope duplicates held abroad can restore part of the loss."],
    "strikes", "strikes", 2, "kharkiv-gene-bank-strike-2027-07", a="Tomas Ferreira", n="weekend strike, no casualties reported; damage report"), label="SCIENCEINSIDER"),
  X(OFF("2027-07-12 12:45", "Marine heat wave pushes Caribbean corals toward another mass bleaching",
    ["Water temperatures around reefs from Belize to the Virgin Islands are running 2\u00b0C above normal, and monitoring teams expect widespread bleaching by August."],
    "caribbean-coral-bleaching-2027", a="Leah Okonjo", n="ocean science"), label="NEWS"),
  X(E("2027-07-12 11:10", "European Research Council extends emergency grants for displaced Ukrainian scientists",
    ["The program, which lets host institutions in Europe employ researchers who fled the war, gets \u20ac25 million more and will run through 2029."],
    "aid", "aid", 2, "erc-ukrainian-researchers-grants-extension", a="Tomas Ferreira", n="financial support for Ukrainian researchers, counted as aid"), label="SCIENCEINSIDER"),
  X(E("2027-07-12 09:40", "Russian academy expels members who signed antiwar letter",
    ["Three physicists and a biologist lost their academy membership after a closed vote that critics inside the institution called a purge."],
    "other", "politics", 2, "russian-academy-expels-antiwar-signatories", a="Katrin Ellery"), label="SCIENCEINSIDER"),
  X(OFF("2027-07-12 08:15", "Ancient DNA ties early Balkan farmers to migrants from Anatolia",
    ["Genomes from 40 skeletons suggest that farming spread into southeastern Europe with people, not just ideas, more than 8000 years ago."],
    "ancient-dna-balkan-farmers", a="Leah Okonjo", n="archaeogenetics"), label="NEWS"),
  ]))

# ---------------------------------------------------------------- 14906 Space.com
ASAT = "russia-anti-satellite-missile-test-2027-07-14"
SEEDS.append(dict(
  id="14906", name="14906_spacecom-asatlive", ext="html", source="Space.com", zone="America/New_York", render=r_spacecom,
  title="Russian anti-satellite missile test live: debris cloud spreads as NATO condemns launch",
  url="https://www.space.com/live/russia-anti-satellite-missile-test-july-2027", ref="2027-07-14 19:05", authors=["Lena Ortiz", "Marcus Bell"],
  lede="Russia has destroyed one of its own satellites with a ground-launched missile, the US says. Follow our live coverage.",
  basis="relative post time '{s}' counted back from the printed 'Last updated 7:05 p.m. EDT, July 14, 2027' (EDT = UTC-4); agrees with the post's <time datetime> and the JSON-LD update datePublished; local {d} in {z}",
  notes="Imitates a Space.com (Future plc) live blog, HTML, newest first, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post datePublished (-04:00) and authors. Visible post times are relative ('40 minutes ago', '2 hours ago', ...) inside <time datetime=...>; the page's only printed clock is 'Last updated 7:05 p.m. EDT, July 14, 2027'. Each post: time, h3 headline, 'By NAME', body. Post 4 is a 'Watch:' video teaser (embed placeholder, no text). Five of seven posts follow the ASAT test (detection, confirmation, Ukrainian reading, ISS precaution, NATO reaction) and share its story; the Crimea drone strike is a separate story.",
  not_entries=["header logo, menu, Newsletter and Magazine links", "breadcrumb 'Spaceflight / Military Space'", "'LIVE' badge", "h1 (page title)", "strapline (page lede)",
               "page byline 'By Lena Ortiz and Marcus Bell' with the 'Last updated ...' clock", "affiliate disclaimer",
               "'By NAME' line in each post (author, not body)", "embedded video placeholder in the teaser post", "newsletter box after the third post",
               "'Related stories' link", "footer"],
  entries=[
  E("2027-07-14 18:25", "NATO calls Russian test 'reckless' and says allies will consult",
    ["NATO's spokesperson said in a statement that the test showed a disregard for the safety of every country that operates in space, and that allies would discuss the alliance's response at a meeting of ambassadors on Friday.",
     "The statement stopped short of naming any countermeasures."],
    "diplomacy", "diplomacy", 3, ASAT, a="Marcus Bell", n="alliance reaction to the test; same story as the test"),
  E("2027-07-14 17:05", "Space station crew told to shelter in their spacecraft as a precaution",
    ["Mission controllers asked the seven people aboard the International Space Station to close hatches and shelter in their docked spacecraft for about two hours while the debris cloud passed near the station's orbit.",
     "NASA said the risk to the station was low and that normal operations resumed afterwards."],
    "other", "security", 2, ASAT, a="Lena Ortiz", n="consequence of the test"),
  E("2027-07-14 16:05", "Ukraine's military intelligence says Moscow is rehearsing attacks on satellites that help its forces",
    ["Ukraine's defense intelligence agency said the test was meant to show that Russia could destroy commercial satellites that supply imagery and communications to the Ukrainian military.",
     "It gave no evidence for the claim. Russia's defense ministry has not commented on the launch."],
    "other", "security", 2, ASAT, a="Marcus Bell", n="reaction whose content is the test itself"),
  E("2027-07-14 15:05", "Watch: Radar track of the debris cloud", [], "other", "security", 1, ASAT, a="Lena Ortiz", n="video teaser, no text body"),
  E("2027-07-14 13:05", "Separately, Ukrainian drones hit a Russian satellite communications site in Crimea",
    ["Ukraine's navy said drones struck an antenna field used for military satellite communications near Yevpatoria in occupied Crimea overnight.",
     "Russian-installed officials said air defenses had repelled an attack on the area but did not mention damage."],
    "strikes", "strikes", 2, "crimea-satcom-site-drone-strike-2027-07-14", a="Lena Ortiz", n="separate event; must not merge with the ASAT test (same space theme)"),
  E("2027-07-14 11:05", "US Space Command confirms Russian direct-ascent anti-satellite missile test",
    ["US Space Command said a missile launched from the Plesetsk cosmodrome destroyed a defunct Russian military satellite early Wednesday, creating what it called a long-lived field of debris.",
     "Trackers have so far catalogued more than 120 fragments larger than a softball, the command said."],
    "other", "security", 3, ASAT, a="Marcus Bell", n="weapons test by a party to the war (other/security); main development of the page"),
  E("2027-07-14 10:05", "Debris trackers report sudden breakup of a satellite in low Earth orbit",
    ["Two commercial space-tracking companies reported early Wednesday that an old Russian satellite appeared to have broken apart at an altitude of about 480 kilometers.",
     "Neither company would yet say what caused the breakup."],
    "other", "security", 2, ASAT, a="Lena Ortiz", n="first report of the same event"),
  ]))

# ---------------------------------------------------------------- 14907 Inside Climate News
SEEDS.append(dict(
  id="14907", name="14907_insideclimatenews-todaysclimate", ext="html", source="Inside Climate News", zone="America/New_York", render=r_icn,
  title="Today\u2019s Climate: Russian Strikes Darken Kharkiv in a Heat Wave, and the EU Sets a Date to End Russian LNG",
  url="https://insideclimatenews.org/todaysclimate/russian-strikes-kharkiv-heat-wave-eu-lng-date/",
  dateline_t="2027-07-16 07:00", byline="Darius Whitcomb",
  basis="no per-item time and no visible clock: the page shows only 'July 16, 2027'; the time comes from the Yoast JSON-LD NewsArticle datePublished 2027-07-16T07:00:00-04:00; local {d} in {z}",
  notes="Imitates an Inside Climate News (WordPress + Yoast) 'Today's Climate' round-up, HTML. Visible: 'By Darius Whitcomb' and the date 'July 16, 2027' only (no clock); the publication time exists only in the Yoast @graph JSON-LD (NewsArticle datePublished -04:00), so every item is published at that time. Six h3 items, each an entry (headline = h3, stamp null, author = the page byline), followed by a 'Source: ...' credit line (chrome). A donation ask sits after the third item. Two items are off the war (Florida reefs, a Senate permitting bill).",
  not_entries=["newsletter strip at the top", "logo and menu (Fossil Fuels ... Donate)", "eyebrow 'Today\u2019s Climate'", "h1 (page title)", "byline and date line",
               "share links", "'Source: ...' credit line after each item", "donation ask after the third item", "'Most Popular' link", "footer"],
  entries=[
  X(E("2027-07-16 07:00", "Russian Strikes on Power Plants Leave Parts of Kharkiv Region Dark Amid Heat Wave",
    ["Russian missiles and drones hit two thermal power plants and a substation in the Kharkiv region overnight, killing one worker and cutting electricity to about 200,000 households as temperatures topped 35 degrees Celsius, Ukraine's energy ministry said.",
     "Grid operators warned that repairs could take weeks and that rolling outages would continue across the northeast."],
    "strikes", "strikes", 3, "kharkiv-region-power-plant-strikes-2027-07-16", a="Darius Whitcomb", n="deadly, large strike on energy sites"), src="wire reports"),
  X(E("2027-07-16 07:00", "EU Energy Ministers Set a 2028 End Date for Russian LNG Imports",
    ["European Union energy ministers agreed to stop all remaining imports of Russian liquefied natural gas by the end of 2028, closing a gap that has let Russian cargoes keep reaching European ports.",
     "Belgium, France and Spain, the main importers, won a transition period for existing long-term contracts."],
    "diplomacy", "diplomacy", 3, "eu-russian-lng-phaseout-2028", a="Darius Whitcomb", n="ministerial decision to cut Russian energy imports (sanctions-type measure)"), src="European news reports"),
  X(OFF("2027-07-16 07:00", "Record Sea Temperatures Threaten Florida Keys Reefs Again",
    ["Ocean temperatures near the Florida Keys passed 32 degrees Celsius for a third straight summer, and scientists are racing to move nursery corals to cooler water."],
    "florida-keys-reef-heat-2027", a="Darius Whitcomb", n="ocean heat"), src="regional media"),
  X(E("2027-07-16 07:00", "Former Kakhovka Reservoir Has Turned Into a Young Forest, Scientists Find",
    ["Willows and poplars now cover much of the 2,000-square-kilometer bed of the reservoir that drained after the Kakhovka dam was destroyed in 2023, according to a survey by Ukrainian ecologists.",
     "The researchers said the new forest complicates plans to rebuild the dam, and some argue it should be protected instead."],
    "other", "humanitarian", 2, "kakhovka-reservoir-forest-study", a="Darius Whitcomb", n="environmental consequence of the war"), src="Ukrainian media"),
  X(E("2027-07-16 07:00", "Cooling Pond at Zaporizhzhia Nuclear Plant Falls to a New Low, IAEA Says",
    ["The water level in the cooling pond of the Russian-occupied Zaporizhzhia nuclear plant has dropped to its lowest point since the war began, the International Atomic Energy Agency said, though it remains enough to cool the plant's six shut-down reactors.",
     "The agency said its team at the site had been denied access to part of the pond's pumping station."],
    "other", "security", 2, "zaporizhzhia-npp-cooling-pond-level-2027-07", a="Darius Whitcomb", n="nuclear safety at an occupied plant"), src="wire reports"),
  X(OFF("2027-07-16 07:00", "Senate Panel Advances Permitting Bill With New Transmission Rules",
    ["The bipartisan measure would shorten environmental reviews for interstate power lines, but environmental groups said it also eases approval for new pipelines."],
    "senate-permitting-bill-2027-07", a="Darius Whitcomb", n="US energy policy"), src="Inside Climate News"),
  ]))

# ---------------------------------------------------------------- 14908 SecurityWeek
SEEDS.append(dict(
  id="14908", name="14908_securityweek-atom", ext="xml", source="SecurityWeek", zone="UTC", render=r_secweek_atom,
  title="SecurityWeek", url="https://www.securityweek.com/feed/atom/",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Imitates the SecurityWeek (WordPress) Atom feed, newest first. Each entry: <author><name>, CDATA title, link, id, <updated> and <published> in UTC with 'Z', a category and a CDATA HTML summary. The feed title 'SecurityWeek' is the page title. Two of seven entries are off the war (VPN flaw, hospital ransomware). The feed's zone is UTC.",
  not_entries=["feed title, subtitle, updated, links, id and generator (feed metadata)", "per-entry category terms"],
  entries=[
  X(E("2027-07-19 19:40", "Ukrainian Intelligence Claims Cyberattack Disrupted Russian Railway Ticketing",
    ["Ukraine's military intelligence agency says a cyberattack knocked out online ticket sales and some freight scheduling systems at Russia's state railway operator for several hours on Monday.",
     "The Russian company acknowledged a technical failure but did not attribute it to an attack."],
    "other", "security", 2, "ukraine-cyberattack-russian-railways-2027-07-19", a="Dana Whitlock", n="cyber operation (sabotage), not a remote-weapon strike"), cat="Cyberwarfare"),
  X(OFF("2027-07-19 17:05", "Critical Flaw in Popular VPN Appliance Exploited Before Patch",
    ["The vendor released fixes for an authentication bypass that threat actors had been exploiting for at least two weeks, according to incident responders."],
    "vpn-appliance-zero-day-2027-07", a="Rafael Moreno", n="vulnerability news"), cat="Vulnerabilities"),
  X(E("2027-07-19 14:50", "Poland Charges Three in Russia-Directed Plot to Sabotage Rail Signalling",
    ["Polish prosecutors have charged three men with preparing to disable signalling equipment on a rail line used to carry military aid to Ukraine, allegedly on instructions from Russian intelligence.",
     "Investigators said the suspects were recruited through a messaging app and had already tested their method on a freight siding."],
    "other", "security", 2, "poland-rail-signalling-sabotage-charges", a="Ines Kovac"), cat="Critical Infrastructure"),
  X(E("2027-07-19 12:30", "EU Sanctions Six Over Russian Cyberattacks on Ukrainian Energy Firms",
    ["The Council of the EU added six Russian military intelligence officers to its cyber sanctions list, accusing them of organising attacks that disrupted power distribution companies in Ukraine.",
     "The listing freezes any assets they hold in the EU and bars them from travelling to the bloc."],
    "diplomacy", "diplomacy", 2, "eu-cyber-sanctions-six-russians-2027-07-19", a="Dana Whitlock", n="individual sanctions listing"), cat="Government"),
  X(OFF("2027-07-19 10:15", "Ransomware Attack Forces Regional US Hospital Chain to Divert Ambulances",
    ["A hospital operator with eleven facilities in the Midwest said it had taken its electronic health record system offline after detecting file-encrypting malware."],
    "us-hospital-ransomware-2027-07", a="Rafael Moreno", n="ransomware incident"), cat="Ransomware"),
  X(E("2027-07-19 08:40", "Russian Missile Strike Damages Data Center in Dnipro, Disrupting Government Services",
    ["A missile strike overnight damaged a data center in Dnipro that hosts several Ukrainian government online services, which were unavailable for much of the morning.",
     "No casualties were reported, and the operator said backups in another region were brought online within hours."],
    "strikes", "strikes", 2, "dnipro-data-center-missile-strike-2027-07-19", a="Ines Kovac", n="non-deadly strike"), cat="Cyberwarfare"),
  X(E("2027-07-19 06:20", "Sandworm-Linked Wiper Hit Ukrainian Grain Exporter, Researchers Say",
    ["Researchers say a new data-wiping malware family linked to the Russian hacking group known as Sandworm destroyed systems at one of Ukraine's largest grain exporters last month.",
     "The attack coincided with the start of the harvest and delayed several shipments, according to the report."],
    "other", "security", 2, "sandworm-wiper-ukrainian-grain-exporter", a="Dana Whitlock"), cat="Malware"),
  ]))

# ---------------------------------------------------------------- 14909 Politico Pro
SENBILL = "senate-ukraine-security-assistance-bill-2027-07"
SEEDS.append(dict(
  id="14909", name="14909_politicopro-whiteboard", ext="txt", source="Politico Pro", zone="America/New_York", render=r_politico,
  title="Pro Defense Whiteboard",
  basis="stamp line '{s}' printed above the headline (date, 12-hour clock, 'EDT' = UTC-4); local {d} in {z}",
  notes="Imitates a POLITICO Pro 'Whiteboard' page as copied from the browser, sorted oldest first (the capture shows 'Sort by: Oldest | Newest'). Each item: stamp '07/21/2027 07:45 AM EDT' BEFORE the headline, 'By NAME', body paragraphs, then 'Share Email Print' chrome. An alert-settings promo sits after the fourth item. Items 1 and 7 are the same story (the Senate bill is unveiled, then clears committee). One item is off the war (farm bill).",
  not_entries=["'POLITICO PRO' masthead", "'Defense' vertical heading and its menu", "page heading 'Pro Defense Whiteboard' (page title)", "sort toggle 'Sort by: Oldest | Newest'",
               "'Share   Email   Print' lines after each item", "alert-settings promo after the fourth item", "'Load more'", "footer and copyright"],
  entries=[
  E("2027-07-21 07:45", "Senate appropriators unveil $12B Ukraine security assistance bill",
    ["Senate Appropriations Committee leaders released a $12 billion package on Wednesday morning that would pay for air defense interceptors, ammunition and training for Ukraine through the end of fiscal 2028.",
     "The bill would also replenish US stocks drawn down by earlier transfers. Committee leaders plan to mark it up this afternoon."],
    "aid", "aid", 3, SENBILL, a="Connor Hale", n="major aid bill"),
  E("2027-07-21 09:20", "Rubio to host Ukrainian foreign minister at State on Thursday",
    ["Secretary of State Marco Rubio will meet Ukrainian Foreign Minister Andrii Sybiha in Washington on Thursday, the State Department said, as the administration weighs its next steps on Russia sanctions.",
     "A department spokesperson said the talks would also cover prisoner exchanges and the return of deported Ukrainian children."],
    "diplomacy", "diplomacy", 2, "rubio-sybiha-meeting-2027-07-22", a="Alina Petrakis", n="announcement of a meeting (an arrangement), not the meeting itself"),
  E("2027-07-21 10:40", "Russia sanctions bill gains 10 more Republican cosponsors",
    ["Ten more Senate Republicans signed on to legislation that would impose secondary tariffs on countries buying Russian oil, bringing the bill's cosponsors to 71.",
     "Senate leaders have not said when the bill could reach the floor."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill-cosponsors-2027-07", a="Connor Hale"),
  E("2027-07-21 12:05", "Pentagon says Patriot interceptor output will double by 2028",
    ["The Army expects annual production of Patriot interceptors to roughly double by 2028 under contracts signed this spring, a senior Pentagon acquisition official told reporters.",
     "Ukraine has repeatedly asked for more interceptors, and lawmakers of both parties have said US stocks are too low."],
    "aid", "aid", 2, "patriot-interceptor-production-2027", a="Grant Ellison", n="air-defence ammunition stocks (aid)"),
  OFF("2027-07-21 13:30", "House passes six-month farm bill extension",
    ["The House approved a short-term extension of farm programs by voice vote, sending it to the Senate before current authority lapses at the end of September."],
    "farm-bill-extension-2027-07", a="Alina Petrakis", n="US domestic legislation"),
  E("2027-07-21 15:00", "Zelensky presses senators for long-range missiles in video call",
    ["Ukrainian President Volodymyr Zelensky told a bipartisan group of senators on a video call that his forces need more long-range missiles to hit Russian launch sites and airfields, according to two people on the call.",
     "Several senators said afterward that they would push to add such weapons to the appropriations package."],
    "aid", "aid", 2, "zelensky-senators-long-range-missile-appeal", a="Grant Ellison", sec=["diplomacy"], n="appeal for weapons"),
  E("2027-07-21 16:35", "Ukraine package clears Senate Appropriations Committee, 26-3",
    ["The Senate Appropriations Committee approved the $12 billion Ukraine security assistance bill by a vote of 26 to 3 on Wednesday afternoon, sending it to the floor.",
     "An amendment to add money for long-range missiles was withdrawn after leaders promised to revisit the issue in conference."],
    "aid", "aid", 3, SENBILL, a="Connor Hale", n="same story as the morning item; new development (committee vote)"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_pellworth(S):
    """text live, newest first; 'Key Points' list; headline line, then the stamp '4.50pm BST', body, signature '\u2014 NAME'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Sport | Opinion | Live", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, sep='.')} BST"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if not e["p"]:
            L += ["[Video, 0:36]", ""]
        if i == 2:
            L += ["Get our Ukraine briefing by email every weekday at 7am. Sign up here", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} | Contact | Corrections | Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_annerley(S):
    """HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '09:05' in <time datetime>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="gdpr">We use cookies to understand how you use our site. <button>Agree</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="order-note">Updates are shown in chronological order.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="update-tools"><a>Link to this update</a></footer></section>')
        if i == 2:
            out.append('<aside class="support"><h3>Support independent journalism</h3><p>Become a member from \u20ac5 a month.</p></aside>')
        if i == 4:
            out.append('<aside class="related"><h3>Read also</h3><a href="/explainers/shadow-fleet">Inside Russia\u2019s shadow fleet</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0 news feed, newest first. S['rss_gmt']: pubDate in 'GMT' form, else numeric offset. S['cdata']: description as
    CDATA HTML paragraphs, else plain escaped text. dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>',
           f'<copyright>{esc(S["copyright"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d.astimezone(UTC), gmt=True) if S.get("rss_gmt") else rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 48)}-{S["id"]}{i:02d}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("cdata"):
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section); page byline; dateline with date, time and zone; no per-section stamp."""
    L = [S["source"].upper(), "Politics  \u00b7  Europe  \u00b7  World  \u00b7  Economy  \u00b7  Culture", "", "WORLD / UKRAINE", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share  \u00b7  Print  \u00b7  Save for later", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += [S["more"], "", f"{S['source']} \u00b7 Imprint \u00b7 Terms \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-07-23 (UTC), day 2 = 2027-07-24, day 3 = 2027-07-28.
ODESA = "odesa-port-missile-strike-2027-07-23"
EUSANC = "eu-shadow-fleet-sanctions-package-2027-07-23"
KOST = "russia-claims-village-near-kostiantynivka-2027-07-23"
PORTS = "explainer-black-sea-port-attacks"
PORTS_H = "Analysis: Why Russia keeps aiming at Ukraine's Black Sea ports"
PORTS_P = ["Friday's strike on Odesa is the latest in a long series of Russian attacks on the ports that handle most of Ukraine's seaborne exports.",
           "Since Kyiv opened its own shipping corridor along the western Black Sea coast, grain and metal exports have recovered to close to pre-war levels, which makes the terminals an obvious economic target.",
           "Ports are also hard to defend: they are spread out, close to the sea from which drones and missiles can approach at low altitude, and crowded with civilian ships and workers.",
           "Ukrainian officials argue that more air-defence systems in the south would help, but every battery sent to Odesa is one fewer for Kharkiv or Kyiv."]

# ---------------------------------------------------------------- 14920 Pellworth Chronicle (day 1)
SEEDS.append(dict(
  id="14920", name="14920_pellworthchronicle-textlive", ext="txt", source="Pellworth Chronicle", zone="Europe/London", render=r_pellworth,
  title="Russia-Ukraine war live: Odesa strike toll rises to seven; UK targets shadow fleet tankers", dateline="Friday 23 July 2027",
  lede="Russian missiles hit Odesa's port district; Britain sanctions 20 more tankers; Moscow claims a village near Kostiantynivka.",
  basis="stamp '{s}' (12-hour clock with a dot, 'BST' printed = UTC+1) printed under the headline; day from the dateline 'Friday 23 July 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: headline, stamp line '4.50pm BST' AFTER the headline, body, optional signature '\u2014 NAME' (author). 14920-03 is a 'Watch:' teaser with a video placeholder and no text. 14920-04 is a theme piece (analysis of port attacks) that mentions the Odesa strike but is its own story; day 2 re-posts it verbatim (14932-02).",
  not_entries=["masthead and menu", "page title and dateline 'Friday 23 July 2027'", "standfirst/lede line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Refresh for the latest'", "signature lines '\u2014 NAME' (author credits)", "video placeholder '[Video, 0:36]' in the teaser",
               "newsletter promo after the third post", "'Show older posts'", "footer line"],
  entries=[
  E("2027-07-23 16:50", "Odesa death toll rises to seven as rescuers end search",
    ["Seven people are now known to have died in this morning's Russian missile strike on Odesa's port district, the head of the regional military administration, Oleh Kiper, said on Telegram.",
     "He said 31 people had been injured, including four children, and that rescuers had finished searching the damaged warehouses and a nearby apartment block."],
    "strikes", "strikes", 3, ODESA, a="Fenella Marsh", kp=True, n="toll 7 dead, 31 injured"),
  E("2027-07-23 15:30", "UK sanctions 20 more 'shadow fleet' tankers",
    ["Britain has added 20 more oil tankers to its sanctions list, saying they belong to a fleet of ageing ships that Russia uses to sell crude above the Western price cap.",
     "The Foreign Office said the measures were separate from the package agreed by EU ambassadors earlier today but had been coordinated with European partners."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-tanker-sanctions-2027-07-23", a="Rory Beddoes",
    n="same theme as the EU sanctions package, other event: must not merge with " + EUSANC),
  E("2027-07-23 14:10", "Watch: Smoke rises over Odesa port after missile strike", [], "strikes", "strikes", 1, ODESA, n="teaser without text body"),
  E("2027-07-23 13:05", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Ines Hartley",
    n="theme piece (analysis of port attacks, mentions the Odesa strike); must not merge with " + ODESA),
  E("2027-07-23 11:20", "Zelensky condemns Odesa attack as toll rises to five",
    ["President Volodymyr Zelensky said the strike on Odesa was aimed at the port's grain terminals and at the people who live nearby, and that five people were now confirmed dead.",
     "\u201cEvery missile that hits our ports is a missile aimed at food for the world,\u201d he said in a video statement, again asking allies for more air defence in the south."],
    "strikes", "strikes", 3, ODESA, a="Fenella Marsh", n="reaction whose content is the attack (toll 5); same story"),
  E("2027-07-23 10:05", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry said its troops had taken the village of Oleksandrivka on the southern approach to Kostiantynivka in the Donetsk region.",
     "Ukraine's general staff did not confirm the claim and said its forces had repelled 14 assaults in the area over the past day."],
    "other", "frontline", 3, KOST, a="Rory Beddoes", n="also told by 14923-03"),
  E("2027-07-23 08:40", "Missiles hit Odesa port district; two dead, says governor",
    ["Two people were killed and at least nine injured when Russian missiles struck the port district of Odesa shortly before 9am local time, regional governor Oleh Kiper said.",
     "Ukraine's air force said Russia fired four ballistic missiles at the city from occupied Crimea."],
    "strikes", "strikes", 3, ODESA, a="Fenella Marsh", kp=True, n="first report: toll 2"),
  ]))

# ---------------------------------------------------------------- 14921 Annerley Post (day 1)
SEEDS.append(dict(
  id="14921", name="14921_annerleypost-ldlive", ext="html", source="Annerley Post", zone="Europe/Kyiv", render=r_annerley,
  title="Russia's war against Ukraine: live updates", url="https://annerley-post.example/live/2027-07-23",
  dateline="Friday, 23 July 2027 \u00b7 Kyiv time",
  lede="Missile strike on Odesa's port; EU ambassadors approve a sanctions package; parliament extends martial law.",
  basis="update time '{s}' in <time datetime> (Kyiv time, EEST = UTC+3), equal to the JSON-LD update datePublished; local {d} in {z}",
  notes="Invented outlet. HTML live blog, OLDEST first (the page says so). LiveBlogPosting JSON-LD carries every update with its own datePublished (+03:00), headline, body and author. Visible: '<time>09:05</time>', h2 headline, 'By NAME', body. 14921-06 re-posts 14921-03 nearly verbatim (same headline, first paragraph identical, second reworded): duplicate_of 14921-03, importance 1. 14921-01 (drones on Izmail, same Odesa region, different attack) must not merge with the Odesa strike.",
  not_entries=["cookie bar", "header brand and menu", "h1 (page title)", "dateline 'Friday, 23 July 2027 \u00b7 Kyiv time'", "standfirst/lede", "'Updates are shown in chronological order.'",
               "'By NAME' lines (authors)", "'Link to this update' tools", "membership box after the third update", "'Read also' box after the fifth update", "footer"],
  entries=[
  E("2027-07-23 06:15", "Drones hit Danube port of Izmail overnight; grain silo on fire",
    ["Russian attack drones struck port facilities in Izmail, on the Danube in the Odesa region, during the night, setting a grain silo on fire, regional officials said.",
     "Firefighters put out the blaze by morning. No one was injured, according to the regional administration."],
    "strikes", "strikes", 2, "izmail-danube-port-drone-attack-2027-07-23", a="Oksana Derkach",
    n="same region (Odesa oblast), other attack: must not merge with " + ODESA),
  E("2027-07-23 09:05", "Russian missiles hit Odesa port area; at least two killed",
    ["Ballistic missiles struck the port area of Odesa a little before 9am, killing at least two people, according to initial reports from the regional administration.",
     "Residents in the city centre reported at least four loud explosions. Ambulances and fire crews are at the scene."],
    "strikes", "strikes", 3, ODESA, a="Oksana Derkach", n="toll 2"),
  E("2027-07-23 10:30", "EU ambassadors approve new sanctions package targeting shadow fleet",
    ["Ambassadors of the 27 EU member states have approved a new package of sanctions against Russia that adds more than 90 tankers of the so-called shadow fleet to the bloc's port ban, diplomats told the Annerley Post.",
     "The package also lowers the price cap on Russian crude. It must now be formally adopted by written procedure."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Petro Hnatiuk"),
  E("2027-07-23 12:45", "Odesa toll rises to five; grain ship among vessels damaged",
    ["The number of people killed in the morning missile strike on Odesa has risen to five, and 24 people are being treated in hospital, regional governor Oleh Kiper said.",
     "A Panama-flagged bulk carrier that was loading wheat was damaged by debris, the Ukrainian navy said. Its crew was unhurt."],
    "strikes", "strikes", 3, ODESA, a="Oksana Derkach", n="toll 5"),
  E("2027-07-23 14:20", "Parliament extends martial law and mobilisation for another 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for a further 90 days.",
     "The measure passed with 311 votes and now goes to President Zelensky for signature."],
    "other", "politics", 2, "ukraine-martial-law-extension-2027-07", a="Petro Hnatiuk"),
  E("2027-07-23 16:35", "EU ambassadors approve new sanctions package targeting shadow fleet",
    ["Ambassadors of the 27 EU member states have approved a new package of sanctions against Russia that adds more than 90 tankers of the so-called shadow fleet to the bloc's port ban, diplomats told the Annerley Post.",
     "The package, which also lowers the price cap on Russian crude, must now be formally adopted by written procedure."],
    "diplomacy", "diplomacy", 1, EUSANC, a="Petro Hnatiuk", dup="14921-03", n="near-verbatim repeat of 14921-03"),
  E("2027-07-23 19:10", "UN humanitarian coordinator condemns Odesa strike",
    ["The UN humanitarian coordinator for Ukraine said she was appalled by the strike on Odesa's port, which she said had killed seven civilians, among them a dock worker on his first day in the job.",
     "She said attacks on port infrastructure threatened food supplies far beyond Ukraine."],
    "strikes", "strikes", 3, ODESA, a="Oksana Derkach", sec=["diplomacy"], n="reaction whose content is the attack (toll 7); same story"),
  ]))

# ---------------------------------------------------------------- 14922 Tarrenby World Service (day 1)
SEEDS.append(dict(
  id="14922", name="14922_tarrenbyworldservice-worldrss", ext="xml", source="Tarrenby World Service", zone="UTC", render=r_rss,
  title="Tarrenby World Service \u2014 World", url="https://tarrenby-world.example", rss_gmt=True,
  lede="Top world stories from the Tarrenby World Service newsroom.", copyright="Tarrenby World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in 'GMT' form, plain-text descriptions, no authors. The war is a minority: 2 of 6 items (Odessa strike, spelled 'Odessa'; EU sanctions); 4 are off-beat (Greek wildfire, Bank of Japan, Tour de France, Bangladesh floods).",
  not_entries=["channel title, link, description, atom:link, language and copyright (feed metadata)", "category elements"],
  entries=[
  OFF("2027-07-23 18:40", "Wildfire forces evacuation of villages on Greek island of Evia",
    ["Hundreds of residents were moved to safety as strong winds drove a wildfire through pine forest in the north of the island, the fire service said."], "evia-wildfire-2027-07-23", n="wildfire"),
  E("2027-07-23 17:15", "Russian missile strike on Odessa port kills seven",
    ["At least seven people were killed and more than 30 injured when Russian missiles struck the port of Odessa on Friday, Ukrainian officials said. A cargo ship loading grain was among the vessels damaged."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 7"),
  OFF("2027-07-23 15:00", "Bank of Japan holds rates, signals patience on further rises",
    ["The central bank kept its policy rate unchanged and said it wanted more evidence that wage growth would last before tightening again."], "bank-of-japan-rates-2027-07", n="monetary policy"),
  E("2027-07-23 12:30", "EU agrees new Russia sanctions aimed at tanker 'shadow fleet'",
    ["EU governments approved a new sanctions package that bars dozens more tankers from European ports and lowers the price cap on Russian oil, diplomats said."],
    "diplomacy", "diplomacy", 3, EUSANC),
  OFF("2027-07-23 10:05", "Dutch rider wins Alpine stage as Tour leader keeps yellow jersey",
    ["A late attack on the final climb gave the Dutch rider his first Tour de France stage win, while the overall leader finished safely in the main group."], "tour-de-france-alpine-stage-2027", n="sport"),
  OFF("2027-07-23 07:20", "Monsoon floods displace tens of thousands in Bangladesh",
    ["Rivers burst their banks across the north-east of the country after a week of heavy rain, and officials opened more than 400 shelters."], "bangladesh-monsoon-floods-2027-07", n="floods"),
  ]))

# ---------------------------------------------------------------- 14923 Drumlea Review (day 1)
SEEDS.append(dict(
  id="14923", name="14923_drumleareview-article", ext="txt", source="Drumlea Review", zone="Europe/Berlin", render=r_article_txt,
  title="A deadly morning in Odesa as Brussels turns on Moscow's tankers", byline="Hanna Ostrowski and Lutz Meyer",
  dateline="23 July 2027, 16:30 CEST",
  lede="Our summary of the day's main events in Russia's war against Ukraine.",
  caption="Firefighters at a burning warehouse in Odesa's port district. Photo: agency",
  more="More on this topic: Why the shadow fleet is so hard to stop",
  basis="no per-section time: the page dateline '23 July 2027, 16:30 CEST' (CEST = UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet. Text article (not a live blog) with three section headings; each section is one entry (headline = heading, stamp null, published = the dateline time, author = the two-name page byline kept as one string). Section 1 gives the Odesa toll as six (between the live blogs' five and seven). A photo caption follows section 1 (chrome).",
  not_entries=["masthead and menu", "section label 'WORLD / UKRAINE'", "article title (page title)", "standfirst/lede", "byline and dateline lines", "share line",
               "photo caption after the first section", "'More on this topic' link", "footer"],
  entries=[
  E("2027-07-23 16:30", "A deadly morning at the port",
    ["At least six people were killed when Russian ballistic missiles hit the port district of Odesa on Friday morning, Ukrainian authorities said.",
     "The strike damaged grain warehouses, a ship-repair yard and a residential building near the harbour. A foreign cargo ship was also hit by debris.",
     "Kyiv described the attack as a deliberate attempt to disrupt grain exports through its Black Sea corridor."],
    "strikes", "strikes", 3, ODESA, a="Hanna Ostrowski and Lutz Meyer", n="toll 6"),
  E("2027-07-23 16:30", "Brussels targets the shadow fleet",
    ["EU ambassadors on Friday approved another package of sanctions against Russia, aimed mainly at the tankers that carry Russian oil in defiance of the Western price cap.",
     "More than 90 vessels are to be barred from European ports and services. Hungary and Slovakia dropped their objections after last-minute talks, diplomats said."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Hanna Ostrowski and Lutz Meyer"),
  E("2027-07-23 16:30", "Front line: Moscow claims another village",
    ["Russia's defence ministry claimed the capture of Oleksandrivka, a village south of Kostiantynivka in the Donetsk region, which Ukraine has not confirmed.",
     "Ukrainian commanders say Russian units are trying to encircle Kostiantynivka from the south and east."],
    "other", "frontline", 3, KOST, a="Hanna Ostrowski and Lutz Meyer", n="same claim as 14920-06"),
  ]))


def r_ashbeck(S):
    """HTML live, newest first, NO JSON-LD; bare '20:40' in a span above the h2 and a printed note 'All times are Kyiv time (EEST)';
    optional byline under the h2; photo-gallery placeholder for a 'Photos:' teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           f'<header class="masthead"><span class="logo">{S["source"]}</span><nav><a>News</a> <a>Ukraine</a> <a>World</a> <a>Comment</a> <a>Puzzles</a></nav>'
           '<a class="sub">Subscribe</a></header>',
           f'<main class="liveblog"><p class="live-flag">LIVE</p><h1>{esc(S["title"])}</h1>',
           f'<p class="meta">{esc(S["dateline"])}</p><p class="meta">{esc(S["tznote"])}</p>', f'<div class="summary"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" data-post-id="{73310 - i}"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1 of 12</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="inline-promo"><h3>Read more</h3><a href="/world/ukraine/odesa-port-strike-what-we-know">Odesa port strike: what we know</a></aside>')
    out += ['<p class="older"><a>Load older posts</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact \u00b7 Complaints \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """generic Atom 1.0 feed, newest first: <published> ISO with the outlet's offset ('Z' for UTC); optional <author>;
    S['atom_body'] = 'content' (escaped HTML) or 'summary' (plain text)."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>{esc(S["copyright"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/story/{S["id"]}{i:02d}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{S["id"]}{i:02d}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S["atom_body"] == "content":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        else:
            out.append(f'<summary type="text">{esc(" ".join(e["p"]))}</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_selkirkby(S):
    """text live, OLDEST first; stamp '4:10 AM CDT' on its own line BEFORE the headline; generic desk byline; dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  /  World  /  Ukraine war", "", S["title"], S["dateline"], S["byline"], "", S["lede"], "",
         "Oldest updates first. Refresh the page for new posts.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, space=' ', style='upper')} CDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["Related: Who is who in the Istanbul talks", ""]
    L += ["Our live coverage continues tomorrow.", "", f"\u00a9 {S['source']}. All rights reserved.  Terms  |  Privacy  |  Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2027-07-24)
ZAP = "zaporizhzhia-glide-bomb-strike-2027-07-24"
KREM = "kremlin-no-date-istanbul-talks-2027-07-24"

# ---------------------------------------------------------------- 14930 Ashbeck Telegraph (day 2)
SEEDS.append(dict(
  id="14930", name="14930_ashbecktelegraph-htmllive", ext="html", source="Ashbeck Telegraph", zone="Europe/Kyiv", render=r_ashbeck,
  title="Ukraine live: Zaporizhzhia toll rises to nine after glide-bomb strike", dateline="Saturday, 24 July 2027",
  tznote="All times are Kyiv time (EEST)",
  lede="Russian guided bombs hit Zaporizhzhia; Odesa buries the victims of Friday's port strike; Ukraine and Russia exchange soldiers' bodies.",
  basis="bare post time '{s}' under the page date 'Saturday, 24 July 2027' and the printed note 'All times are Kyiv time (EEST)' (UTC+3); local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD at all. Each post: bare 'HH:MM' in a span, h2 headline, optional byline paragraph, body. The zone is printed once: 'All times are Kyiv time (EEST)'. 14930-02 is a 'Photos:' teaser (gallery placeholder, no text). 14930-03 continues day 1's Odesa story with a new development (toll 8, funerals, mourning). 14930-04 is a different deadly strike in the same region (Stepnohirsk village) and must not merge with the Zaporizhzhia city strike.",
  not_entries=["masthead, menu and Subscribe", "'LIVE' flag", "h1 (page title)", "date line and time-zone note", "summary box (page lede)", "byline paragraphs under headlines",
               "gallery placeholder in the 'Photos:' post", "'Read more' promo after the fourth post", "'Load older posts'", "footer"],
  entries=[
  E("2027-07-24 20:40", "Zaporizhzhia toll rises to nine; city declares two days of mourning",
    ["Nine people have now died as a result of this morning's guided-bomb strike on Zaporizhzhia, regional governor Ivan Fedorov said, after two of the injured died in hospital.",
     "The city council declared Sunday and Monday days of mourning. Forty-two people were wounded in total."],
    "strikes", "strikes", 3, ZAP, a="Yaryna Kostiuk", n="toll 9"),
  E("2027-07-24 18:15", "Photos: Aftermath of the Zaporizhzhia strike", [], "strikes", "strikes", 1, ZAP, n="teaser without text body"),
  E("2027-07-24 16:05", "Odesa buries victims of Friday's port strike as toll reaches eight",
    ["Funerals were held in Odesa on Saturday for victims of Friday's missile strike on the port district, as the regional administration said a woman injured in the attack had died in hospital, bringing the toll to eight.",
     "The city observed a day of mourning, with flags lowered and entertainment events cancelled."],
    "strikes", "strikes", 3, ODESA, a="Dmytro Holub", n="day-1 story continued with a new development (toll 8, mourning)"),
  E("2027-07-24 13:30", "Russian drone kills man in Zaporizhzhia region village",
    ["A 58-year-old man was killed when a Russian drone dropped explosives on his car in Stepnohirsk, a village in the Zaporizhzhia region close to the front line, Governor Ivan Fedorov said.",
     "The attack was separate from the strike on the regional capital this morning."],
    "strikes", "strikes", 3, "stepnohirsk-drone-strike-2027-07-24", a="Dmytro Holub",
    n="same region, other (deadly) strike: must not merge with " + ZAP),
  E("2027-07-24 11:50", "Zaporizhzhia: six dead after guided bombs hit residential area",
    ["The death toll from the Russian glide-bomb attack on Zaporizhzhia has risen to six, with 35 people injured, the regional military administration said.",
     "Two bombs hit an industrial area and a third struck next to a five-storey apartment building in the Oleksandrivskyi district."],
    "strikes", "strikes", 3, ZAP, a="Yaryna Kostiuk", n="toll 6"),
  E("2027-07-24 10:10", "Ukraine and Russia return bodies of fallen soldiers",
    ["Ukraine received the bodies of 1,000 soldiers killed in the war in an exchange with Russia, the coordination headquarters for the treatment of prisoners of war said, adding that Russia had received 24 bodies.",
     "The repatriation was carried out with the help of the International Committee of the Red Cross."],
    "diplomacy", "diplomacy", 2, "ukraine-russia-body-repatriation-2027-07-24", a="Dmytro Holub", n="mediated repatriation (diplomacy)"),
  E("2027-07-24 09:25", "Glide bombs strike Zaporizhzhia; three killed, governor says",
    ["Russian aircraft dropped guided aerial bombs on Zaporizhzhia shortly after 9am, killing three people and wounding at least 20, Governor Ivan Fedorov said.",
     "It was the first time in several weeks that glide bombs had reached the city itself rather than nearby villages."],
    "strikes", "strikes", 3, ZAP, a="Yaryna Kostiuk", n="first report: toll 3"),
  ]))

# ---------------------------------------------------------------- 14931 Cobbleton Dispatch (day 2)
SEEDS.append(dict(
  id="14931", name="14931_cobbletondispatch-atom", ext="xml", source="Cobbleton Dispatch", zone="America/New_York", render=r_atom,
  title="Cobbleton Dispatch: World", url="https://cobbleton-dispatch.example", atom_body="content",
  lede="International news from the Cobbleton Dispatch foreign desk.", copyright="\u00a9 Cobbleton Dispatch",
  basis="Atom <published> '{s}' (explicit -04:00 offset, US Eastern); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with the -04:00 offset, <author><name> on every entry, escaped HTML <content>. Spells the city 'Zaporozhye' and the port 'Odessa'. 14931-02 continues day 1's Odesa story with a new development (missile identified as North Korean). 14931-05 (drones over Russia) must not merge with the Zaporozhye strike.",
  not_entries=["feed title, subtitle, links, id, updated and rights (feed metadata)"],
  entries=[
  E("2027-07-24 15:20", "Death toll in Zaporozhye bombing climbs to nine",
    ["Nine people were killed by Russian guided bombs that hit the southeastern Ukrainian city of Zaporozhye on Saturday, the regional governor said in an evening update.",
     "Local officials said two of the dead were teenagers."],
    "strikes", "strikes", 3, ZAP, a="Hollis Grange", n="spelling 'Zaporozhye'; toll 9"),
  E("2027-07-24 12:05", "Ukraine says missile that hit Odessa was North Korean-made",
    ["Ukrainian investigators said fragments recovered after Friday's deadly strike on the port of Odessa came from a North Korean KN-23 ballistic missile, not a Russian-made Iskander as first reported.",
     "The prosecutor general's office said markings on the debris indicated the missile had been produced this year."],
    "strikes", "strikes", 3, ODESA, a="Priscilla Amadi", sec=["aid"], n="day-1 story continued with a new development (missile type; North Korean supply is secondary aid); spelling 'Odessa'"),
  E("2027-07-24 09:40", "Kremlin says no date set for next round of Istanbul talks",
    ["The Kremlin said on Saturday that no date had been agreed for another round of direct talks with Ukraine in Istanbul, despite Turkish efforts to arrange a meeting before the end of the month.",
     "Spokesman Dmitry Peskov said Moscow's delegation was ready in principle but that \u201cthe working groups need more time.\u201d"],
    "diplomacy", "diplomacy", 3, KREM, a="Hollis Grange", n="also told by 14932-04"),
  E("2027-07-24 07:15", "Glide bomb attack on Zaporozhye kills at least six",
    ["At least six people were killed and dozens injured when Russian warplanes dropped guided bombs on Zaporozhye on Saturday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Priscilla Amadi", n="toll 6"),
  E("2027-07-24 05:30", "Russia says it downed 48 Ukrainian drones over border regions",
    ["Russia's defense ministry said its air defenses destroyed 48 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions. There were no reports of casualties."],
    "strikes", "strikes", 2, "russia-says-48-drones-downed-2027-07-24", a="Hollis Grange",
    n="drones the other way, no casualties: must not merge with " + ZAP),
  ]))

# ---------------------------------------------------------------- 14932 Selkirkby Evening Standard (day 2)
SEEDS.append(dict(
  id="14932", name="14932_selkirkbyeveningstandard-textlive", ext="txt", source="Selkirkby Evening Standard", zone="America/Chicago", render=r_selkirkby,
  title="Ukraine war updates: Russian bombs hit Zaporizhia", dateline="Saturday, July 24, 2027",
  byline="Compiled by the Evening Standard world desk",
  lede="Follow along for the day's developments in Russia's war in Ukraine. Times are Central.",
  basis="stamp '{s}' (12-hour clock, 'CDT' printed = UTC-5) on its own line before the headline; day from the dateline 'Saturday, July 24, 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; each post: stamp line '4:10 AM CDT', headline, body. The page byline is a generic desk credit naming no person, so author is null for every post. Spelling varies inside the page: 'Zaporizhia' (posts 1, 3, 5) and 'Zaporizhzhia' (post 6). 14932-02 is a verbatim re-post of day 1's analysis 14920-04 (same headline and text): importance 1, duplicate_of null (duplicates are defined within one seed), story kept. 14932-03 is a theme piece (glide-bomb explainer) that mentions the Zaporizhia strike but is its own story. 14932-05 repeats 14932-01 nearly verbatim (duplicate_of 14932-01).",
  not_entries=["masthead and section path", "page title, dateline and desk byline 'Compiled by the Evening Standard world desk'", "lede line", "order note 'Oldest updates first. ...'",
               "'ADVERTISEMENT'", "'Related: Who is who in the Istanbul talks' link", "closing line 'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2027-07-24 04:10", "Russian bombs hit Zaporizhia industrial district",
    ["Russian guided bombs struck an industrial district of the Ukrainian city of Zaporizhia on Saturday morning, killing at least six people, according to the regional governor.",
     "Photos posted by emergency workers showed a burning warehouse and cars crushed by debris."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporizhia'; toll 6"),
  E("2027-07-24 05:30", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS,
    n="re-post of day-1 entry 14920-04 (verbatim: same headline and text); importance 1"),
  E("2027-07-24 07:00", "Explainer: How glide bombs came to reach cities like Zaporizhia",
    ["Saturday's attack on Zaporizhia shows how far Russia's glide bombs can now travel.",
     "Newer versions of the kits fitted to Soviet-era bombs include a small rocket motor, which Ukrainian officials say extends their range to as much as 90 kilometers.",
     "That puts cities that were once out of reach, including Zaporizhia and Kharkiv, within range of aircraft that never cross the front line."],
    "strikes", "strikes", 2, "explainer-glide-bomb-range",
    n="theme piece (explainer; mentions the Zaporizhia strike): must not merge with " + ZAP),
  E("2027-07-24 08:45", "Kremlin: no date yet for new talks in Istanbul",
    ["Kremlin spokesman Dmitry Peskov told reporters that Russia and Ukraine had not yet agreed when their delegations would meet again in Istanbul.",
     "Turkey's foreign ministry had said earlier in the week that it hoped to host a new round before August."],
    "diplomacy", "diplomacy", 3, KREM, n="also told by 14931-03"),
  E("2027-07-24 10:20", "Russian bombs hit Zaporizhia industrial district",
    ["Russian guided bombs struck an industrial district of the Ukrainian city of Zaporizhia on Saturday morning, killing at least six people, according to the regional governor.",
     "Photos posted by emergency workers showed a burning warehouse and several crushed cars."],
    "strikes", "strikes", 1, ZAP, dup="14932-01", n="near-verbatim repeat of 14932-01"),
  E("2027-07-24 12:35", "Zaporizhzhia toll climbs to nine",
    ["Ukrainian officials now say nine people were killed in the morning bombing of Zaporizhzhia, after two of the wounded died in hospital."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporizhzhia'; toll 9"),
  E("2027-07-24 14:50", "Zelensky signs law raising pay for front-line troops",
    ["President Volodymyr Zelensky signed a law that raises monthly combat payments for soldiers serving in front-line units, his office said.",
     "The increase takes effect in September and will be paid for by a higher tax on bank profits."],
    "other", "politics", 2, "zelensky-frontline-pay-law-2027-07-24"),
  ]))

# ---------------------------------------------------------------- 14933 Osmere Global (day 2)
SEEDS.append(dict(
  id="14933", name="14933_osmereglobal-worldrss", ext="xml", source="Osmere Global", zone="Australia/Sydney", render=r_rss, cdata=True,
  title="Osmere Global \u2014 World news", url="https://osmere-global.example",
  lede="World news from the Osmere Global desk in Sydney.", copyright="Copyright Osmere Global",
  basis="RSS pubDate '{s}' (explicit +1000 offset, Sydney standard time); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed from Sydney, newest first, pubDate with +1000, CDATA HTML descriptions, no authors. The war is a minority: 2 of 6 items (Zaporizhzhia strike; Odesa continuation); 4 are off-beat (Pacific summit, rugby, Sydney house prices, Japan heat). Local Sydney times on 24 July (10:40 to 23:30) are all 24 July in UTC.",
  not_entries=["channel title, link, description, atom:link, language and copyright (feed metadata)", "category elements"],
  entries=[
  E("2027-07-24 23:30", "Russian glide bombs kill six in Ukraine's Zaporizhzhia",
    ["Russian aircraft dropped guided bombs on the Ukrainian city of Zaporizhzhia on Saturday, killing six people and injuring 35, regional officials said."],
    "strikes", "strikes", 3, ZAP, n="toll 6"),
  OFF("2027-07-24 21:50", "Pacific leaders agree climate finance push at Suva summit",
    ["Leaders of Pacific island nations agreed to seek a single regional fund for climate adaptation, to be presented to donors later this year."], "pacific-leaders-suva-summit-2027-07", n="regional politics"),
  E("2027-07-24 19:10", "Odesa mourns as port strike toll rises to eight",
    ["A woman injured in Friday's Russian missile strike on Odesa's port has died in hospital, raising the death toll to eight, as the Black Sea city held a day of mourning."],
    "strikes", "strikes", 3, ODESA, n="day-1 story continued (toll 8, mourning)"),
  OFF("2027-07-24 16:45", "Wallabies name uncapped flanker for Bledisloe opener",
    ["The coach handed a first Test start to a 21-year-old Queensland flanker for next weekend's match against New Zealand."], "wallabies-bledisloe-squad-2027", n="sport"),
  OFF("2027-07-24 13:20", "Sydney house prices post biggest monthly rise in two years",
    ["Median dwelling values in Sydney rose 1.4 per cent in July, driven by strong demand for houses in the outer suburbs."], "sydney-house-prices-2027-07", n="property market"),
  OFF("2027-07-24 10:40", "Japan issues heatstroke alerts for 30 prefectures",
    ["Temperatures above 38C were forecast across much of central Japan, and officials urged people to avoid outdoor work in the afternoon."], "japan-heatstroke-alerts-2027-07", n="weather"),
  ]))


def r_brantisford(S):
    """text live, newest first; date line 'Wednesday 28 July' WITHOUT a year (nothing on the page names one); zone note printed once;
    bare '21:10' line before the headline; one page byline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Front page  \u00b7  Nordic  \u00b7  Europe  \u00b7  World  \u00b7  Live", "", S["title"], S["dateline"], S["tznote"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["\u25b6 Play video", ""]
        if i == 3:
            L += ["Read our guide: the drone war over Russia's refineries", ""]
    L += ["This live feed is updated throughout the day.", "", f"{S['source']}  \u00b7  Editorial principles  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corvale(S):
    """HTML live, newest first; visible block time '20.30 BST' in <time datetime>; LiveBlogPosting JSON-LD whose liveBlogUpdate items all
    repeat the PAGE's headline and datePublished (per-update values are not per-update); generic live-team byline."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{0x6a1f00 + i * 97:x}#block-{0x6a1f00 + i * 97:x}", "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000]}
           for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "coverageEndTime": (pub + timedelta(days=1)).isoformat(),
          "author": [{"@type": "Organization", "name": S["source"]}], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{S["source"]}</a> <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><span class="badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="date">{esc(S["dateline"])}</p>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{0x6a1f00 + i * 97:x}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p>'
                   f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="share">Share</p></div>')
        if i == 1:
            out.append('<div class="epic">This is what we\u2019re up against, and why your support matters. Support the Corvale Journal from \u00a31.</div>')
    out += ['<p class="older"><a>Older posts</a></p></main>', f'<footer>{S["source"]} \u00b7 About us \u00b7 Help \u00b7 Privacy settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2027-07-28)
RYAZAN = "ryazan-refinery-drone-attack-2027-07-28"
RUTTE = "rutte-kyiv-visit-2027-07-28"
KYIVDR = "kyiv-overnight-drone-attack-2027-07-28"

# ---------------------------------------------------------------- 14940 Wyvernsey Times (day 3)
SEEDS.append(dict(
  id="14940", name="14940_wyvernseytimes-worldatom", ext="xml", source="Wyvernsey Times", zone="UTC", render=r_atom,
  title="Wyvernsey Times \u2014 World", url="https://wyvernsey-times.example", atom_body="summary",
  lede="The world, as reported by the Wyvernsey Times.", copyright="Wyvernsey Times",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z', plain-text summaries; only one entry has an <author>. The war is a minority: 2 of 6 entries (Rutte in Kyiv; the Ryazan refinery); 4 are off-beat (Canadian wildfires, Chilean copper, Seoul floods, Indian monsoon).",
  not_entries=["feed title, subtitle, links, id, updated and rights (feed metadata)"],
  entries=[
  OFF("2027-07-28 19:55", "Wildfires in northern Canada force 12,000 from their homes",
    ["Officials in Manitoba ordered the evacuation of several remote communities as fires spread faster than crews could contain them."], "manitoba-wildfire-evacuations-2027-07", n="wildfires"),
  E("2027-07-28 17:20", "NATO chief Rutte makes unannounced visit to Kyiv",
    ["NATO Secretary General Mark Rutte arrived in Kyiv on Wednesday for talks with President Volodymyr Zelensky, his first visit to Ukraine this year.",
     "Rutte said allies would keep air-defence supplies flowing and that Ukraine's path to NATO remained \u201cirreversible\u201d."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Gwen Tallis"),
  OFF("2027-07-28 14:05", "Chile's copper output falls for a third straight month",
    ["Production at the world's largest copper producer slipped 3% from a year earlier as lower ore grades and a strike at one mine weighed on output."], "chile-copper-output-2027-07", n="commodities"),
  OFF("2027-07-28 11:30", "Heavy rain floods Seoul subway stations",
    ["Several stations in southern Seoul were closed after more than 100mm of rain fell in three hours, and the weather agency warned of more downpours."], "seoul-flooding-2027-07", n="weather"),
  E("2027-07-28 08:45", "Ukrainian drones set Russian refinery in Ryazan ablaze",
    ["A large fire broke out at an oil refinery in the Russian city of Ryazan after an overnight Ukrainian drone attack, the regional governor said, adding that one person had been killed."],
    "strikes", "strikes", 3, RYAZAN, n="toll 1"),
  OFF("2027-07-28 06:10", "India's monsoon rains running 12% above average",
    ["The meteorological department said rainfall since June had been well above normal in the central and western states, lifting hopes for the rice harvest."], "india-monsoon-2027-07", n="weather"),
  ]))

# ---------------------------------------------------------------- 14941 Brantisford Herald (day 3)
BRAN_BY = "Sakari Lindqvist"
SEEDS.append(dict(
  id="14941", name="14941_brantisfordherald-textlive", ext="txt", source="Brantisford Herald", zone="Europe/Helsinki", render=r_brantisford,
  title="Live: Ukrainian drones hit Riazan refinery, NATO's Rutte in Kyiv", dateline="Wednesday 28 July",
  tznote="Times are Finnish summer time (EEST)", byline=f"By {BRAN_BY}", parse_args=["--date", "2027-07-28"],
  lede="A refinery south-east of Moscow burns after a drone attack; Mark Rutte visits Kyiv; Russian drones injure 11 in the Ukrainian capital.",
  basis="bare clock '{s}' on its own line before the headline; the zone is printed once as 'Times are Finnish summer time (EEST)' (UTC+3); the date line 'Wednesday 28 July' names no year and nothing else on the page does: year from parse_args --date 2027-07-28; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. The date line 'Wednesday 28 July' has no year and no year appears anywhere on the page, so the gold carries parse_args ['--date', '2027-07-28'] (28 July 2027 is a Wednesday). Each post: bare 'HH:MM' line, headline, body. One page byline (author of every post). Spelled 'Riazan' in posts 4 and 6, 'Ryazan' elsewhere. 14941-03 is a 'Video:' teaser (play-button placeholder, no text). 14941-04 repeats 14941-06 nearly verbatim (published later, so it is listed above its original): duplicate_of 14941-06. 14941-05 is a theme piece (refinery campaign explainer) that mentions Ryazan but is its own story. 14941-07 (Russian drones on Kyiv) must not merge with the Ryazan attack.",
  not_entries=["masthead and menu", "page title", "date line 'Wednesday 28 July' and zone note", "page byline", "lede line", "'\u25b6 Play video' placeholder in the teaser",
               "guide link after the fourth post", "closing line 'This live feed is updated throughout the day.'", "footer"],
  entries=[
  E("2027-07-28 21:10", "Ryazan refinery fire out after 17 hours; toll at three",
    ["Firefighters in Ryazan have put out the blaze at the city's oil refinery, about 17 hours after it was hit by Ukrainian drones, Governor Pavel Malkov said.",
     "He said three people had died, up from two earlier in the day, and that one of the plant's main distillation units was badly damaged."],
    "strikes", "strikes", 3, RYAZAN, a=BRAN_BY, n="toll 3"),
  E("2027-07-28 18:40", "Rutte in Kyiv: NATO will keep air defence flowing",
    ["NATO Secretary General Mark Rutte, on a visit to Kyiv, promised that allies would keep sending air-defence systems and interceptors, and said more would be announced before the autumn.",
     "He spoke at a joint news conference with President Zelensky after touring a drone production site."],
    "diplomacy", "diplomacy", 3, RUTTE, a=BRAN_BY, sec=["aid"]),
  E("2027-07-28 16:05", "Video: Drone footage shows Ryazan refinery ablaze", [], "strikes", "strikes", 1, RYAZAN, a=BRAN_BY, n="teaser without text body"),
  E("2027-07-28 15:00", "Two killed as Ukrainian drones hit Riazan refinery, Russian officials say",
    ["Two people were killed when Ukrainian drones struck an oil refinery in Riazan, south-east of Moscow, overnight, the regional governor said.",
     "The Russian defence ministry said 63 drones were shot down over eight regions."],
    "strikes", "strikes", 1, RYAZAN, a=BRAN_BY, dup="14941-06", n="near-verbatim repeat of 14941-06 (listed above it because it is newer)"),
  E("2027-07-28 13:30", "Explainer: What Ukraine's refinery campaign has achieved",
    ["The attack on the refinery in Ryazan is the latest in a campaign that Ukraine has waged against Russian oil processing for more than three years.",
     "Analysts estimate that at its peak the campaign took around a sixth of Russia's refining capacity offline, forcing Moscow to ban petrol exports for months at a time.",
     "Russia has responded by spreading air-defence systems around key plants and by fitting netting and steel cages over critical units, with mixed results."],
    "strikes", "strikes", 2, "explainer-ukraine-refinery-campaign", a=BRAN_BY,
    n="theme piece (explainer; mentions Ryazan): must not merge with " + RYAZAN),
  E("2027-07-28 12:45", "Two killed as Ukrainian drones hit Riazan refinery, Russian officials say",
    ["Two people were killed when Ukrainian drones struck an oil refinery in Riazan, south-east of Moscow, overnight, the regional governor said.",
     "Russia's defence ministry said 63 drones had been shot down over eight regions."],
    "strikes", "strikes", 3, RYAZAN, a=BRAN_BY, n="spelling 'Riazan'; toll 2"),
  E("2027-07-28 09:20", "Russian drones hit Kyiv overnight; 11 injured",
    ["Russian drones attacked Kyiv for about four hours overnight, injuring 11 people and damaging a kindergarten and several apartment buildings, the city's military administration said."],
    "strikes", "strikes", 3, KYIVDR, a=BRAN_BY, n="drones the other way (Russia on Kyiv): must not merge with " + RYAZAN + "; also told by 14943-03"),
  ]))

# ---------------------------------------------------------------- 14942 Mallowdene Wire (day 3)
SEEDS.append(dict(
  id="14942", name="14942_mallowdenewire-rss", ext="xml", source="Mallowdene Wire", zone="Europe/Berlin", render=r_rss,
  title="Mallowdene Wire \u2014 Europe", url="https://mallowdene-wire.example",
  lede="European news from Mallowdene Wire correspondents.", copyright="Mallowdene Wire GmbH",
  basis="RSS pubDate '{s}' (explicit +0200 offset, CEST); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200, dc:creator on every item, plain-text descriptions. 14942-01 is the Kremlin's reaction to the Ryazan attack (its content is the attack itself, so same story).",
  not_entries=["channel title, link, description, atom:link, language and copyright (feed metadata)", "category elements"],
  entries=[
  X(E("2027-07-28 22:15", "Kremlin calls Ryazan refinery attack 'terrorism', vows response",
    ["Kremlin spokesman Dmitry Peskov described the drone attack on the Ryazan refinery as an act of terrorism and said Russia's armed forces would respond. Three people were killed in the attack, according to regional authorities."],
    "strikes", "strikes", 3, RYAZAN, a="Jonas Brell", n="reaction whose content is the attack; toll 3"), cat="Russia"),
  X(E("2027-07-28 19:40", "Rutte promises Kyiv more interceptors during visit",
    ["NATO Secretary General Mark Rutte told Ukrainian leaders in Kyiv that a group of allies would finance another batch of Patriot interceptors, without giving numbers."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Clara Voss", sec=["aid"], n="visit leads; the interceptor promise is secondary aid"), cat="Ukraine"),
  X(E("2027-07-28 15:10", "Zelensky widens one-year army contracts to recruits aged up to 26",
    ["President Volodymyr Zelensky signed a decree that opens one-year contracts with the armed forces, which carry a large sign-up bonus, to volunteers aged 18 to 26."],
    "other", "politics", 2, "ukraine-one-year-contracts-age-26-decree", a="Clara Voss"), cat="Ukraine"),
  X(E("2027-07-28 10:25", "Russia says 63 Ukrainian drones downed as Ryazan refinery burns",
    ["Russia's defence ministry said air defences shot down 63 Ukrainian drones overnight, while officials in Ryazan said a refinery had caught fire and one person had been killed."],
    "strikes", "strikes", 3, RYAZAN, a="Jonas Brell", n="toll 1"), cat="Russia"),
  X(E("2027-07-28 07:50", "Hungary blocks joint EU statement on Ukraine's membership talks",
    ["Hungary vetoed a joint statement by EU ministers that would have welcomed progress in Ukraine's membership negotiations, diplomats said, leaving the rotating presidency to issue it in its own name."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-statement-ukraine-accession-2027-07", a="Clara Voss"), cat="EU"),
  ]))

# ---------------------------------------------------------------- 14943 Corvale Journal (day 3)
SEEDS.append(dict(
  id="14943", name="14943_corvalejournal-htmllive", ext="html", source="Corvale Journal", zone="Europe/London", render=r_corvale,
  title="Russia-Ukraine war live: drones set Ryazan refinery on fire; Nato chief Rutte visits Kyiv",
  url="https://corvale-journal.example/world/live/2027/jul/28/russia-ukraine-war-live", published="2027-07-28 06:30",
  byline="Corvale Journal live team", dateline="Wed 28 Jul 2027",
  lede="Regional governor says refinery fire has been put out; Rutte promises more air defence; Russian drones injure 11 in Kyiv.",
  basis="block time '{s}' (UK time, 'BST' printed = UTC+1) with <time datetime>; the JSON-LD update datePublished values are the page's own (06:30 BST for every block) and are not used; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. Visible block times '20.30 BST' (dot separator) inside <time datetime>. The LiveBlogPosting JSON-LD lists every block, but each update repeats the PAGE's headline and datePublished (2027-07-28T06:30+01:00), so neither per-entry time nor per-entry headline can be taken from it. The byline is a generic 'live team' credit naming no person: author null. 14943-03 tells the same Kyiv drone attack as 14941-07 (importance 3); it must not merge with Ryazan.",
  not_entries=["header logo and menu", "'Live' badge", "h1 (page title)", "byline 'Corvale Journal live team'", "date line 'Wed 28 Jul 2027'", "standfirst (page lede)",
               "'Share' under each block", "support appeal after the second block", "'Older posts'", "footer"],
  entries=[
  E("2027-07-28 20:30", "Ryazan toll rises to three as refinery fire is put out",
    ["The governor of Russia's Ryazan region says a third person has died after this morning's drone attack on the local oil refinery, and that the fire there has finally been extinguished."],
    "strikes", "strikes", 3, RYAZAN, n="toll 3"),
  E("2027-07-28 18:05", "Rutte pledges Nato will 'stand with Ukraine' on Kyiv visit",
    ["Nato's secretary general, Mark Rutte, told a news conference in Kyiv that the alliance would \u201cstand with Ukraine for as long as it takes\u201d and that more air defence was on its way."],
    "diplomacy", "diplomacy", 3, RUTTE),
  E("2027-07-28 15:20", "Kyiv kindergarten damaged in overnight drone attack",
    ["More details on last night's Russian drone attack on Kyiv: the city's military administration says a kindergarten in the Darnytskyi district was damaged and 11 people were injured across the capital.",
     "No children were in the building at the time."],
    "strikes", "strikes", 3, KYIVDR, n="same attack as 14941-07; must not merge with " + RYAZAN),
  E("2027-07-28 12:10", "UK announces \u00a3300m for Ukrainian drone production",
    ["The UK defence secretary has announced \u00a3300m to help Ukrainian manufacturers build interceptor and long-range drones, most of it to be spent inside Ukraine."],
    "aid", "aid", 3, "uk-300m-ukrainian-drone-production-2027-07-28", n="major aid package (single page)"),
  E("2027-07-28 09:40", "Ryazan refinery hit in overnight drone attack; one killed",
    ["A Ukrainian drone attack has set fire to the oil refinery in Ryazan, around 200km south-east of Moscow, and killed one person, according to the regional governor, Pavel Malkov.",
     "Videos shared on Russian social media showed a large column of smoke above the plant."],
    "strikes", "strikes", 3, RYAZAN, n="toll 1"),
  E("2027-07-28 07:15", "Russia claims capture of two villages in Dnipropetrovsk region",
    ["Russia's defence ministry says its forces have taken two villages in Ukraine's Dnipropetrovsk region, near its border with the Donetsk region. Ukraine has not commented."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2027-07-28"),
  ]))
if __name__ == "__main__":
    main()
