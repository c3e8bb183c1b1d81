#!/usr/bin/env python3
"""Builds the eval/eh seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/eh/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Prof.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, or 'YYYY-MM-DD' when the page prints no time."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dated_only(s):
    return re.fullmatch(r"\d{4}-\d\d-\d\d", s) is not None


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


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


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].rstrip("-")


def ldjson(obj):
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
            if dated_only(e["t"]):
                pub = e["t"]; loc = e["t"]
            else:
                d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
                pub = u.strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M:%S" if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub,
                         "published_local": loc + " " + S["zone"],
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words)
def r_bmj_rdf(S):
    """The BMJ 'latest news' feed as HighWire serves it: RSS 1.0 (rdf:RDF), items outside <channel>, dc:date ISO with the
    publisher platform's Pacific offset (-08:00 in winter), one dc:creator, description = the standfirst."""
    z = S["zone"]; order_check(S, True)
    links = [f"https://www.bmj.com/content/{S['vol']}/bmj.r{e['rno']}?rss=1" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" '
           'xmlns:admin="http://webns.net/mvcb/" xmlns="http://purl.org/rss/1.0/">',
           '<channel rdf:about="https://www.bmj.com">', f'<title>{esc(S["title"])}</title>', '<link>https://www.bmj.com</link>',
           f'<description>{esc(S["lede"])}</description>', '<dc:language>en</dc:language>',
           '<dc:publisher>BMJ Publishing Group Ltd</dc:publisher>', '<admin:generatorAgent rdf:resource="http://highwire.stanford.edu/"/>',
           '<items>', '<rdf:Seq>'] + [f'<rdf:li rdf:resource="{attr(l)}"/>' for l in links] + [
           '</rdf:Seq>', '</items>', '<image rdf:resource="https://www.bmj.com/sites/default/files/bmj-rss-logo.gif"/>', '</channel>',
           '<image rdf:about="https://www.bmj.com/sites/default/files/bmj-rss-logo.gif">', '<title>The BMJ</title>',
           '<url>https://www.bmj.com/sites/default/files/bmj-rss-logo.gif</url>', '<link>https://www.bmj.com</link>', '</image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{attr(links[i])}">', f'<title>{esc(e["h"])}</title>', f'<link>{esc(links[i])}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<dc:date>{st}</dc:date>', f'<dc:identifier>info:doi/10.1136/bmj.r{e["rno"]}</dc:identifier>',
                f'<dc:title>{esc(e["h"])}</dc:title>', '<dc:publisher>BMJ Publishing Group Ltd</dc:publisher>',
                f'<prism:publicationDate>{d:%Y-%m-%d}</prism:publicationDate>', f'<prism:volume>{S["vol"]}</prism:volume>',
                f'<prism:section>{e.get("sect", "News")}</prism:section>', '</item>']
    out.append('</rdf:RDF>')
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 13900 The BMJ (news feed)
SEEDS.append(dict(
  id="13900", name="13900_bmj-newsrdf", ext="xml", source="The BMJ", zone="America/Los_Angeles", render=r_bmj_rdf, vol="392",
  title="The BMJ latest news", lede="The latest news from The BMJ",
  basis="dc:date '{s}' (explicit -08:00 offset: HighWire's Pacific clock, PST in January); local {d} in {z}",
  notes="Imitates the HighWire RSS 1.0 (RDF) feed of The BMJ's news section. rdf:RDF root, a <channel> with an <items> rdf:Seq, and the <item> elements as siblings of the channel (not inside it). Newest first. Each item: title, link, description (the article standfirst, one paragraph), one dc:creator, dc:date with a -08:00 offset (the platform's Pacific time, not UK time), prism:publicationDate date only. All six fall on 2026-01-11 in UTC (09:15Z to 21:40Z). Two items are UK health news unrelated to the war.",
  not_entries=["channel title/link/description/publisher and generatorAgent", "items rdf:Seq list of links", "channel image block",
               "per-item dc:identifier, dc:title (repeats the title), dc:publisher, prism:* elements"],
  entries=[
  dict(OFF("2026-01-11 13:40:12", "Covid-19 inquiry sets spring date for hearings on care homes",
      ["The UK Covid-19 public inquiry will open its hearings on adult social care in April, its chair has confirmed, after families of residents who died in care homes pressed for an earlier start."],
      "uk-covid-inquiry-care-homes-hearings", a="Tobias Wrenn", n="UK public inquiry"), rno=71),
  dict(E("2026-01-11 11:05:33", "Ukraine: two doctors and a patient killed as bomb hits Kherson children\u2019s hospital",
      ["Two doctors and a 14 year old patient were killed when a Russian guided bomb struck the regional children\u2019s hospital in Kherson on Saturday, Ukraine\u2019s health ministry has said. Staff moved 38 children to a basement shelter before a second blast brought down part of the surgical wing."],
      "strikes", "strikes", 3, "kherson-childrens-hospital-bomb-2026-01-10", a="Helena Ferraz", n="deadly strike on a hospital (Saturday 10 January, reported 11 January)"), rno=68),
  dict(E("2026-01-11 08:21:07", "WHO verified 712 attacks on Ukrainian health care in 2025, the most in any year of the war",
      ["The World Health Organization verified 712 attacks on health facilities, ambulances and staff in Ukraine last year, more than in any previous year since Russia\u2019s full scale invasion, its regional office for Europe has reported. Most involved explosive weapons, and 61 health workers were among those killed."],
      "other", "humanitarian", 2, "who-ukraine-health-attacks-2025-tally", a="Marian Oduya", sec=["strikes"], n="annual report (tally), not a single attack"), rno=66),
  dict(OFF("2026-01-11 06:12:41", "Scottish health boards report record winter bed occupancy",
      ["Eleven of Scotland\u2019s 14 health boards ran above 98% bed occupancy in the first week of January, figures published by Public Health Scotland show, as flu admissions peaked later than expected."],
      "scotland-winter-bed-occupancy-2026-01", a="Joss Abernethy", n="UK health service"), rno=63),
  dict(E("2026-01-11 03:30:02", "UK medical charity ships 40 generators to Ukrainian hospitals as blackouts deepen",
      ["A British medical aid charity has shipped 40 industrial generators to hospitals in eastern and southern Ukraine, where Russian strikes on power plants have left some wards running on backup power for up to 16 hours a day."],
      "aid", "aid", 2, "uk-charity-generators-ukraine-hospitals-2026-01", a="Helena Ferraz", n="humanitarian supply by a charity"), rno=60),
  dict(E("2026-01-11 01:15:55", "Russian anaesthetist jailed for six years over anti-war remarks to colleagues",
      ["A court in Yekaterinburg has sentenced an anaesthetist to six years in a penal colony for \u201cspreading false information\u201d about the Russian army, after colleagues reported comments he made in a staff room about the war in Ukraine."],
      "other", "politics", 2, "yekaterinburg-anaesthetist-jailed-2026-01", a="Marian Oduya", n="Russian domestic repression"), rno=57),
  ]))


def r_lancet(S):
    """The Lancet World Report article page (thelancet.com, Atypon): journal header and menus, 'World Report' label, issue line
    with the PRINT issue date, h1, author, 'Published: <online date>', DOI, h2 subheads. No JSON-LD, only citation_* meta tags.
    No time anywhere: entries carry the online date only."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Lancet</title>',
           f'<meta name="citation_title" content="{attr(S["title"])}">', f'<meta name="citation_author" content="{attr(S["byline"])}">',
           f'<meta name="citation_journal_title" content="The Lancet">', f'<meta name="citation_publication_date" content="{S["issue_date_meta"]}">',
           f'<meta name="citation_online_date" content="{S["online_meta"]}">', f'<meta name="citation_doi" content="{S["doi"]}">',
           f'<meta name="dc.identifier" content="doi:{S["doi"]}">', '</head><body class="pb-page">',
           '<div class="header"><a class="logo" href="/journals/lancet/home">THE LANCET</a>'
           '<nav><a href="/journals/lancet/submit">Submit Article</a> <a href="/action/showLogin">Log in</a> <a href="/action/registration">Register</a> '
           '<a href="/action/showPublications">Subscribe</a> <a href="/claim">Claim</a></nav>'
           '<nav class="main-menu"><a>Journals</a> <a>Publish</a> <a>Clinical</a> <a>Global health</a> <a>Multimedia</a> <a>Events</a> <a>About</a></nav></div>',
           '<main class="article-page"><div class="article-header">',
           '<div class="article-header__journal"><span class="article-header__category">World Report</span>'
           f'<span class="article-header__vol"> | {esc(S["issue_line"])}</span></div>',
           f'<h1 class="article-header__title">{esc(S["title"])}</h1>',
           f'<ul class="rlist loa"><li class="loa__item"><a class="loa__item__name">{esc(S["byline"])}</a></li></ul>',
           f'<div class="article-header__dates"><span>Published: {esc(S["published_line"])}</span> '
           f'<span class="article-header__doi">DOI: <a href="https://doi.org/{S["doi"]}">https://doi.org/{S["doi"]}</a></span></div>',
           '<div class="article-tools"><a>Download Full Issue</a> <a>PDF [{}]</a> <a>Figures</a> <a>Save</a> <a>Share</a> <a>Reprints</a> <a>Request</a></div>'.format("210 KB"),
           '</div><section class="article__body">']
    for e in S["entries"]:
        out.append(f'<section class="section"><h2 class="section__title">{esc(e["h"])}</h2>')
        out += [f'<div class="section-paragraph">{esc(p)}</div>' for p in e["p"]]
        out.append('</section>')
    out += ['</section>', f'<div class="article__author-footer">{esc(S["byline"])}</div>',
            '<div class="copyright">\u00a9 2026 Elsevier Ltd. All rights reserved.</div>',
            '<section class="related"><h3>Related Articles</h3><ul><li><a>Mental health care for Ukraine\u2019s veterans: a growing burden</a></li>'
            '<li><a>Attacks on health care in armed conflict: the evidence gap</a></li></ul></section>',
            '<section class="metrics"><h3>Article metrics</h3><p>Altmetric score 142</p></section></main>',
            '<footer><a>The Lancet Journals</a> <a>Information</a> <a>Privacy Policy</a> <a>Terms and Conditions</a> <a>Cookie settings</a>'
            '<p>We use cookies to help provide and enhance our service and tailor content.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 13901 The Lancet (World Report)
LAN_BY = "Katrin Solberg"
SEEDS.append(dict(
  id="13901", name="13901_lancet-worldreport", ext="html", source="The Lancet", zone="Europe/London", render=r_lancet,
  title="Ukraine\u2019s health system keeps the lights on through a fourth winter of war", byline=LAN_BY,
  issue_line="Volume 407, Issue 10528, p612-613, February 21, 2026", issue_date_meta="2026/02/21", online_meta="2026/02/15",
  published_line="February 15, 2026", doi="10.1016/S0140-6736(26)00341-7",
  basis="no time printed anywhere; the only per-article date is 'Published: February 15, 2026' (the online date), so the entry carries that date only ({d}); the issue line's 'February 21, 2026' is the print issue date, not the publication date; zone {z} (The Lancet, London) assumed",
  notes="Imitates a Lancet World Report article page (thelancet.com): journal header and menus, 'World Report | Volume ..., Issue ..., p..., February 21, 2026' (the PRINT issue date, a trap), h1, author, 'Published: February 15, 2026' (online date), DOI, article tools, then the body under h2 subheads. Per the convention of article pages, each h2 section is one entry (headline = subhead), stamp null, author = the article byline. No time is printed and there is no JSON-LD (only citation_* meta tags: publication_date 2026/02/21 = issue, online_date 2026/02/15), so published is the date only, 2026-02-15, as in the Euronews gold. Sections tell separate stories: generators in hospitals, a deadly drone strike on a Sumy children's hospital (Feb 12), rail medical evacuation, World Bank health financing, the WHO attack count.",
  not_entries=["journal header: logo, Submit Article / Log in / Register / Subscribe / Claim, main menu",
               "'World Report | Volume 407, Issue 10528, p612-613, February 21, 2026' issue line (print date)", "article title h1 (page title)",
               "author link under the title", "'Published: February 15, 2026' and DOI line", "article tools (Download Full Issue, PDF, Figures, Save, Share, Reprints, Request)",
               "author name repeated at the end of the article", "copyright line", "'Related Articles' box with two links", "'Article metrics' box", "footer and cookie notice"],
  entries=[
  E("2026-02-15", "Generators in the basement",
    ["In the basement of a regional hospital in Chernihiv, two diesel generators the size of shipping containers now run for most of the day.",
     "Since Russian missiles and drones knocked out much of Ukraine\u2019s thermal generation in the autumn, hospitals have been told to plan for outages of up to 20 hours. Intensive care units, dialysis and operating theatres get power first; outpatient clinics often close by mid-afternoon.",
     "\u201cWe have learnt to operate by headlamp if we must,\u201d the hospital\u2019s medical director told The Lancet. \u201cWhat we cannot do is store blood products or vaccines safely when the fuel runs late.\u201d"],
    "other", "humanitarian", 2, "ukraine-hospitals-generator-dependence-2026-02", a=LAN_BY, sec=["strikes"], n="consequences of the grid attacks; no single strike"),
  E("2026-02-15", "A strike in Sumy",
    ["On Feb 12, a Russian drone hit the paediatric block of a hospital in Sumy, in Ukraine\u2019s northeast, killing a nurse and an 8-year-old boy who was being treated for pneumonia.",
     "Regional authorities said 11 people were injured, including three health workers. The hospital had moved most of its young patients to a shelter after an air-raid alert, but the boy\u2019s ward was on the ground floor and had not yet been evacuated.",
     "The WHO Representative in Ukraine called the attack \u201cunconscionable\u201d and repeated that health facilities are protected under international humanitarian law."],
    "strikes", "strikes", 3, "sumy-childrens-hospital-drone-strike-2026-02-12", a=LAN_BY, n="deadly strike on a hospital three days before publication"),
  E("2026-02-15", "Medical evacuation by rail",
    ["Ukraine\u2019s railway-based medical evacuation service, run with M\u00e9decins Sans Fronti\u00e8res, moved more than 1,900 patients from frontline regions to hospitals in the west of the country in January, a monthly record.",
     "The train\u2019s coordinators say a growing share of patients are older civilians with chronic conditions whose local clinics have closed, rather than people with blast injuries."],
    "other", "humanitarian", 2, "ukraine-medevac-train-record-2026-01", a=LAN_BY),
  E("2026-02-15", "Money and medicines",
    ["On Feb 13, the World Bank approved US$300 million in additional financing for Ukraine\u2019s health system, to pay for primary care, medicines for chronic disease and the repair of damaged hospitals.",
     "Ukraine\u2019s health ministry said the money would keep its free-medicines programme running through the end of 2026. Officials warn, however, that donor funding for humanitarian health operations has fallen by nearly half since 2024."],
    "aid", "aid", 3, "world-bank-ukraine-health-financing-2026-02", a=LAN_BY, n="major financial package"),
  E("2026-02-15", "Counting the toll",
    ["WHO has now verified more than 2,600 attacks on health care in Ukraine since Feb 24, 2022, the highest number it has recorded in any single emergency.",
     "Researchers caution that verification lags behind events and that attacks in occupied territory are almost impossible to confirm, so the true figure is likely to be higher."],
    "other", "humanitarian", 2, "who-ukraine-health-attacks-cumulative-2026-02", a=LAN_BY, sec=["strikes"]),
  ]))


def r_devex(S):
    """Devex Newswire (devex.com) as a web article: top bar, 'Devex Newswire' kicker, h1, 'By NAME // 02 March 2026' (date only),
    intro, bold h2 subheads with the items, 'Read more:' link lists, newsletter sign-up. The time is only in the NewsArticle
    JSON-LD and the article:published_time meta tag."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": (d0 + timedelta(minutes=42)).isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Devex", "logo": {"@type": "ImageObject", "url": "https://www.devex.com/assets/devex-logo.png"}},
          "mainEntityOfPage": S["url"], "isAccessibleForFree": True}
    printed = f"{d0.day:02d} {MONTHS[d0.month - 1]} {d0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Devex</title>',
           f'<meta property="article:published_time" content="{d0.astimezone(UTC).isoformat()}">', ldjson(ld), '</head><body>',
           '<div class="top-bar"><a href="/">DEVEX</a> <nav><a href="/news">News</a> <a href="/jobs">Jobs</a> <a href="/funding">Funding</a> '
           '<a href="/talent">Talent Solutions</a> <a href="/events">Events</a> <a href="/pro">Devex Pro</a></nav> <a href="/login">Sign in</a> '
           '<a class="btn" href="/join">Join Devex</a></div>',
           '<main><article class="article">', '<a class="kicker" href="/news/series/devex-newswire">Devex Newswire</a>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">By <a href="/people/{slugify(S["byline"])}">{esc(S["byline"])}</a> // {printed}</p>',
           '<div class="share"><a>Share</a> <a>Post</a> <a>Email</a> <a>Print</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="intro"><em>{esc(S["in_today"])}</em></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2><strong>{esc(e["h"])}</strong></h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append('<p><strong>Read more:</strong></p><ul>' + "".join(f'<li><a>{esc(m)}</a></li>' for m in e["more"]) + '</ul>')
        if i == 2:
            out.append('<aside class="newsletter-box"><p>+ Sign up for Devex Newswire to get the latest on global development in your inbox each weekday.</p>'
                       '<input type="email" placeholder="Email"> <button>Sign up</button></aside>')
    out += ['<p class="signoff"><em>Thanks for reading. See you tomorrow.</em></p>', '</article>',
            '<aside class="related"><h3>Related Stories</h3><a>Ukraine reconstruction: who pays for the power grid?</a> <a>Inside the humanitarian funding squeeze</a></aside>',
            '</main>', '<footer>\u00a9 Devex 2026 \u00b7 About us \u00b7 Careers \u00b7 Terms of use \u00b7 Privacy policy \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 13902 Devex (Newswire)
DVX_BY = "Marguerite Osei"
SEEDS.append(dict(
  id="13902", name="13902_devex-newswire", ext="html", source="Devex", zone="America/New_York", render=r_devex,
  title="Devex Newswire: The Ukraine ledger gets a reality check", byline=DVX_BY, page_t="2026-03-02 10:30",
  url="https://www.devex.com/news/devex-newswire-the-ukraine-ledger-gets-a-reality-check-111842",
  caption="A volunteer unloads food parcels at a distribution point in Kharkiv, Ukraine. Photo by: Reuters",
  lede="Good morning. Four years into the full-scale war, the gap between what Ukraine needs and what donors actually send is widening in some places and closing in others. Today we look at both.",
  in_today="In today\u2019s edition: Ukraine\u2019s underfunded appeal, a big European disbursement, NGOs leaving Kharkiv, Sudan\u2019s lean season, demining pledges, and Gavi\u2019s board.",
  basis="no time visible (byline date '02 March 2026' only); the NewsArticle JSON-LD datePublished '2026-03-02T10:30:00-05:00' (and article:published_time 15:30 UTC) gives the time; every section gets the page time; local {d} in {z}",
  notes="Imitates the web version of Devex Newswire, Devex's weekday newsletter: kicker, h1, 'By Marguerite Osei // 02 March 2026' (date only, no time), share bar, photo caption, an intro paragraph and an 'In today's edition' line (lede, not entries), then bold h2 subheads with the items, some followed by 'Read more:' link lists, a newsletter sign-up box after the third item, sign-off. Each subhead is one entry (headline = subhead), stamp null, author = the page byline. The time exists only in JSON-LD (datePublished 10:30 -05:00, EST) and in the article:published_time meta tag (15:30 UTC). Two items are off the war (Sudan, Gavi).",
  not_entries=["top bar: DEVEX logo, menu, Sign in, Join Devex", "kicker 'Devex Newswire'", "h1 (page title)", "byline with date '02 March 2026'",
               "share bar", "photo caption", "intro paragraph 'Good morning. ...' (lede)", "'In today's edition: ...' line",
               "'Read more:' headings and their link lists", "newsletter sign-up box", "sign-off 'Thanks for reading. See you tomorrow.'",
               "'Related Stories' box", "footer"],
  entries=[
  dict(E("2026-03-02 10:30", "The Ukraine ledger",
    ["Two months into the year, the United Nations\u2019 2026 humanitarian appeal for Ukraine has received just 9% of the $2.7 billion it seeks, according to the U.N. financial tracking service.",
     "Aid officials in Kyiv say they are already trimming cash assistance in areas away from the front line so they can keep winter programmes running in Kharkiv, Sumy and Kherson oblasts."],
    "aid", "aid", 2, "un-ukraine-appeal-2026-funding-gap", a=DVX_BY), more=["Exclusive: UN agencies draw up triage plan for Ukraine aid"]),
  dict(E("2026-03-02 10:30", "Facility money lands",
    ["The European Commission on Friday paid out a \u20ac3.2 billion tranche to Ukraine under its Ukraine Facility, the largest single disbursement from the \u20ac50 billion program so far.",
     "Brussels tied the payment to reforms Kyiv completed in the fourth quarter, including changes to public procurement and a new law on the anti-corruption court\u2019s budget. Roughly a third of the money is earmarked for energy repairs."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2026-02-27", a=DVX_BY, n="major financial package (paid Friday 27 February)")),
  dict(E("2026-03-02 10:30", "NGOs pull back in Kharkiv",
    ["At least two international NGOs have moved foreign staff out of Kharkiv after a week of Russian strikes on the city\u2019s heating plants, Devex has learned.",
     "Both say local teams continue to deliver food and repair kits, but managers no longer want to keep expatriate staff in buildings without power or water. \u201cWe can run this from Poltava for a month,\u201d one country director said. \u201cNot for a year.\u201d"],
    "other", "humanitarian", 2, "ngos-relocate-staff-from-kharkiv-2026-03", a=DVX_BY, sec=["strikes"])),
  dict(OFF("2026-03-02 10:30", "Sudan\u2019s long lean season",
    ["Famine-monitoring experts warned last week that hunger in Sudan\u2019s Darfur and Kordofan regions could peak earlier than usual this year because fighting has disrupted planting for a third straight season."],
    "sudan-lean-season-warning-2026-02", a=DVX_BY, n="Sudan hunger")),
  dict(E("2026-03-02 10:30", "Demining deals",
    ["Japan and Switzerland together pledged $180 million for mine clearance in Ukraine at a donor meeting in Geneva on Friday, with much of it going to mechanical demining of farmland in Kharkiv and Mykolaiv oblasts.",
     "Ukraine estimates that about a fifth of its territory is contaminated by mines or unexploded ordnance."],
    "aid", "aid", 2, "ukraine-demining-pledges-geneva-2026-02-27", a=DVX_BY)),
  dict(OFF("2026-03-02 10:30", "Gavi\u2019s next chapter",
    ["Gavi\u2019s board meets this week to decide which vaccine programs to slow down after the alliance\u2019s latest replenishment came in well short of its target."],
    "gavi-board-program-cuts-2026-03", a=DVX_BY, n="global vaccine financing")),
  ]))


def r_wp_rss(S):
    """WordPress RSS 2.0 (Health Policy Watch /feed/): pubDate '+0000', dc:creator in CDATA, several <category>, description =
    excerpt with '[&#8230;]' and 'The post ... appeared first on ...', content:encoded with the full paragraphs, comments, slash:comments."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{esc(S["title"])}</title>',
           f'\t<atom:link href="{S["url"]}/feed/" rel="self" type="application/rss+xml" />', f'\t<link>{S["url"]}</link>',
           f'\t<description>{esc(S["lede"])}</description>', f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{slugify(e["h"])}/'
        words = e["p"][0].split()
        excerpt = " ".join(words[:28]) + " [&#8230;]"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e.get("cats", ["Global Health"])]
        out += [f'\t\t<guid isPermaLink="false">{S["url"]}/?p={98412 - i * 37}</guid>',
                f'\t\t<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on '
                f'<a href="{S["url"]}">{S["source"]}</a>.</p>\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + (f'<figure class="wp-block-image"><img src="{S["url"]}/wp-content/uploads/2026/03/img{i}.jpg" alt="" />'
                                                     f'<figcaption>{esc(e["cap"])}</figcaption></figure>\n' if e.get("cap") else "")
                + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="{S["url"]}">{S["source"]}</a>.</p>\n]]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 13903 Health Policy Watch (WordPress feed)
SEEDS.append(dict(
  id="13903", name="13903_healthpolicywatch-feed", ext="xml", source="Health Policy Watch", zone="UTC", render=r_wp_rss,
  title="Health Policy Watch", url="https://healthpolicy-watch.news", lede="Independent Global Health Reporting",
  basis="RSS pubDate '{s}' (+0000 = UTC; WordPress writes feed dates in UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of Health Policy Watch (Geneva). Newest first. pubDate in +0000 (WordPress feeds are UTC regardless of the site zone). Each item: title, link, comments, dc:creator (CDATA), several categories, guid '?p=', a description excerpt cut with '[&#8230;]' plus 'The post ... appeared first on Health Policy Watch.', and content:encoded with the full text (some with a figure caption first) ending in the same 'The post ...' line. body = the content:encoded paragraphs (caption and 'The post ...' line excluded). Three of six items are global health news unrelated to the war.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:*/generator", "per-item comments, guid, categories, wfw:commentRss, slash:comments",
               "description excerpts ending in '[&#8230;]' (truncated repeats of the first paragraph)",
               "'The post ... appeared first on Health Policy Watch.' lines (in description and content:encoded)",
               "figure captions at the top of content:encoded"],
  entries=[
  dict(OFF("2026-03-08 19:05:22", "Pathogen Access Talks Enter Final Stretch With Key Questions Still Open",
    ["Negotiators working on the pathogen access and benefit-sharing annex to the WHO Pandemic Agreement will meet for a last scheduled round next week, with the share of vaccines set aside for WHO still unresolved.",
     "Several African delegations say they will not accept a figure below 20% of real-time production."],
    "pandemic-agreement-pabs-annex-talks-2026-03", a="Sofia Renard", n="global health governance"), cats=["Pandemic Agreement", "WHO"]),
  dict(E("2026-03-08 16:40:10", "On Women\u2019s Day, Ukraine\u2019s Female Medics Describe Life Near the Front",
    ["Women now make up more than a third of the combat medics in Ukraine\u2019s armed forces, and many of the paramedics who staff ambulance stations in frontline towns.",
     "Three of them, interviewed by Health Policy Watch in Dnipro and Zaporizhzhia, described evacuating wounded soldiers under drone surveillance and treating civilians in towns where the last hospital has closed.",
     "\u201cThe hardest part is not the shelling,\u201d said one, a former school nurse from Pokrovsk. \u201cIt is deciding who goes in the ambulance first.\u201d"],
    "other", "humanitarian", 2, "ukraine-women-frontline-medics-feature-2026-03-08", a="Kerstin Amadi", n="feature"),
    cats=["Ukraine", "Health Workforce", "Gender"], cap="A paramedic checks supplies at an ambulance station in Dnipro oblast."),
  dict(E("2026-03-08 13:12:45", "Drone Strike on Nikopol Ambulance Station Kills Paramedic",
    ["A paramedic was killed and two drivers wounded when a Russian drone struck an ambulance station in Nikopol, a city on the Dnipro River that is shelled almost daily, Ukraine\u2019s health ministry said on Sunday.",
     "The station\u2019s three ambulances were destroyed. WHO Europe said it was the 19th verified attack on emergency medical services in Ukraine this year."],
    "strikes", "strikes", 3, "nikopol-ambulance-station-drone-strike-2026-03-08", a="Kerstin Amadi", n="deadly strike"), cats=["Ukraine", "Attacks on Health"]),
  dict(OFF("2026-03-08 10:02:31", "Tobacco Tax Increases Lag as Countries Fear Smuggling, Report Finds",
    ["Only 41 countries raised tobacco excise taxes enough last year to make cigarettes less affordable, a new report by a coalition of tobacco control groups says."],
    "tobacco-tax-report-2026-03", a="Joel Mbatha", n="tobacco control"), cats=["NCDs", "Tobacco"]),
  dict(E("2026-03-08 07:45:09", "WHO Europe Sends Trauma Kits and Generators to Ukraine\u2019s Frontline Regions",
    ["WHO\u2019s European regional office said it had delivered 120 trauma kits, 35 generators and a mobile oxygen plant to hospitals in Kharkiv, Donetsk and Zaporizhzhia oblasts in the past two weeks.",
     "The shipment was paid for by the European Union\u2019s humanitarian aid department and the government of Norway."],
    "aid", "aid", 2, "who-europe-trauma-kits-generators-ukraine-2026-03", a="Sofia Renard"), cats=["Ukraine", "WHO", "Humanitarian"]),
  dict(OFF("2026-03-08 05:20:00", "Cholera Vaccine Stockpile Falls Below Emergency Threshold Again",
    ["The global stockpile of oral cholera vaccine dropped below the 5 million-dose emergency threshold for the fourth time in a year, the International Coordinating Group on Vaccine Provision said."],
    "cholera-vaccine-stockpile-2026-03", a="Joel Mbatha", n="cholera"), cats=["Cholera", "Vaccines"]),
  ]))


def r_tnh(S):
    """The New Humanitarian running updates page, text scrape: site header and menu, 'NEWS' label, title, intro, 'Last updated',
    then updates newest first: stamp line '6 June 2026, 21:40 CEST' BEFORE the headline, body, 'Reporting by NAME in PLACE'."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    def stamp(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"
    L = ["Skip to main content", "", "The New Humanitarian", "Journalism from the heart of crises", "",
         "Topics   Regions   Investigations   Podcasts   Newsletters   Events   About us", "Become a member   Search", "",
         "NEWS", S["title"], "", S["lede"], "", f"Last updated: {stamp(last)}", "", "Share this article", "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Reporting by {e['a']} in {e['place']}", ""]
        if i == 2:
            L += ["Our journalism is free to read because members pay for it.", "Become a member of The New Humanitarian", ""]
    L += ["Read earlier updates", "", "Related stories", "How Ukraine\u2019s aid workers cope with the strikes on the grid",
          "Q&A: What the funding cuts mean for frontline communities", "", "Sign up for our newsletters", "Email address   Subscribe", "",
          "\u00a9 The New Humanitarian 2026 \u00b7 Privacy policy \u00b7 Terms and conditions \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 13904 The New Humanitarian (running updates)
SEEDS.append(dict(
  id="13904", name="13904_thenewhumanitarian-updates", ext="txt", source="The New Humanitarian", zone="Europe/Zurich", render=r_tnh,
  title="Ukraine: Aid operations under fire \u2013 live updates",
  lede="This page follows the humanitarian impact of the war in Ukraine. We add updates through the day, newest first.",
  basis="stamp '{s}' (date and 24-hour time with 'CEST' printed = Central European Summer Time, UTC+2; TNH is based in Geneva); local {d} in {z}",
  notes="Imitates a running-updates page of The New Humanitarian (Geneva) as copied from the browser. Newest first. Each update: a stamp line '6 June 2026, 21:40 CEST' BEFORE the headline, body paragraphs, then 'Reporting by NAME in PLACE' (author = NAME). The page's 'Last updated: ...' line repeats the newest stamp and is chrome. Membership promo after the third update. CEST = UTC+2 on 6 June, so every update falls on 2026-06-06 in UTC.",
  not_entries=["'Skip to main content', site name and tagline, menu, 'Become a member   Search'", "label 'NEWS'", "page title", "intro paragraph (lede)",
               "'Last updated: 6 June 2026, 21:40 CEST' (repeats the newest stamp)", "'Share this article'", "'Latest updates' heading",
               "'Reporting by NAME in PLACE' lines (author credit inside each update)", "membership promo after the third update", "'Read earlier updates'",
               "'Related stories' with two links", "newsletter sign-up", "footer"],
  entries=[
  dict(E("2026-06-06 21:40", "Kherson: two aid volunteers killed by shelling at bread distribution",
    ["Two volunteers from a local charity were killed and five residents wounded when Russian artillery shells landed near a bread distribution point in Kherson\u2019s Korabel district on Saturday evening, the regional administration said.",
     "The charity had been handing out bread twice a week in the riverside neighbourhood, which has had no working shop since March. Aid groups say the area is hit by drones or shells almost every day."],
    "strikes", "strikes", 3, "kherson-bread-distribution-shelling-2026-06-06", a="Yaryna Soloviy", n="deadly strike"), place="Kherson"),
  dict(E("2026-06-06 18:05", "UN: Ukraine appeal only 31% funded at mid-year",
    ["The UN\u2019s humanitarian appeal for Ukraine had received 31% of the money it asked for by the start of June, OCHA told donors in Geneva, forcing agencies to cut food assistance for about 400,000 people from July.",
     "The appeal was already the smallest since the full-scale invasion began."],
    "aid", "aid", 2, "un-ukraine-appeal-midyear-funding-2026-06", a="Theo Marchetti", n="funding shortfall"), place="Geneva"),
  dict(E("2026-06-06 15:20", "Sumy border villages: evacuation order widened to 14 more settlements",
    ["Regional authorities in Sumy ordered the mandatory evacuation of families with children from 14 more villages within 10 kilometres of the Russian border, citing daily glide-bomb and drone attacks.",
     "Volunteers said buses were leaving half empty because many older residents refuse to abandon their homes and livestock."],
    "other", "humanitarian", 2, "sumy-border-evacuation-widened-2026-06-06", a="Yaryna Soloviy"), place="Sumy"),
  dict(E("2026-06-06 12:45", "Odesa: drone strike destroys aid warehouse",
    ["An overnight drone attack destroyed a warehouse in Odesa used by a Danish NGO to store hygiene kits and winter clothing, the organisation said. Nobody was hurt; the night guard had moved to a shelter when the air-raid alert sounded.",
     "The NGO estimated its losses at about \u20ac600,000 worth of supplies."],
    "strikes", "strikes", 2, "odesa-aid-warehouse-drone-strike-2026-06-06", a="Dara Ilunga"), place="Odesa"),
  dict(E("2026-06-06 10:10", "Kharkiv region: returnees farm around minefields",
    ["Families returning to villages east of Kharkiv are planting vegetable gardens next to fields still marked with red mine-warning signs, because the nearest demining teams are booked until autumn.",
     "Mine-action groups recorded 23 civilian casualties from explosive ordnance in the region in May."],
    "other", "humanitarian", 2, "kharkiv-returnees-minefields-2026-06", a="Theo Marchetti"), place="Balakliia"),
  dict(E("2026-06-06 08:30", "Occupied areas: aid groups say new registration rules block access",
    ["International aid organisations say Russian-installed authorities in occupied parts of Zaporizhzhia and Kherson regions now demand that they register as Russian entities before delivering anything, which most refuse to do.",
     "The result, one humanitarian official said, is that people in those areas receive almost no independent aid."],
    "other", "humanitarian", 2, "occupied-areas-aid-registration-rules-2026-06", a="Dara Ilunga"), place="Kyiv"),
  ]))


def r_ihe(S):
    """Inside Higher Ed 'Quick Takes' listing, text scrape: header, menu, the page date line 'Friday, April 3, 2026' (the only date),
    then items newest first: headline, 'By NAME', bare 12-hour time '4:12 PM' (no zone), body."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Inside Higher Ed", "Subscribe   Sign In", "",
         "News   Views   Career Advice   Jobs   Events   Reports & Data   Podcasts   Newsletters", "",
         f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "", S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"])
        if i == 1:
            L += ["You have /5 articles left.", "Sign up for a free account or log in.", ""]
        if i == 3:
            L += ["Inside Higher Ed\u2019s Daily News Update", "Get the day\u2019s news in your inbox every weekday morning.", "Sign up", ""]
    L += ["More Quick Takes", "", "Inside Higher Ed", "About Us   Advertise   Contact Us   Privacy Policy   Terms of Use",
          "Copyright \u00a9 2026 Inside Higher Ed. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 13905 Inside Higher Ed (Quick Takes)
SEEDS.append(dict(
  id="13905", name="13905_insidehighered-quicktakes", ext="txt", source="Inside Higher Ed", zone="America/New_York", render=r_ihe,
  title="Quick Takes", lede="Short news items from across higher education.",
  basis="bare 12-hour time '{s}' (no zone printed; Inside Higher Ed, Washington = Eastern time, EDT) on the page date line 'Friday, April 3, 2026'; local {d} in {z}",
  notes="Imitates Inside Higher Ed's 'Quick Takes' listing copied as text. The only date is the line 'Friday, April 3, 2026' under the menu; each item has headline, 'By NAME', then a bare 12-hour time such as '4:12 PM' with NO zone (home zone Eastern, EDT = UTC-4 in April), then the body. Newest first. Paywall meter ('You have /5 articles left.') after the second item, newsletter box after the fourth. Two items are US higher-education news unrelated to the war.",
  not_entries=["'Skip to main content', site name, Subscribe / Sign In, menu", "date line 'Friday, April 3, 2026' (page date)", "section title 'Quick Takes' and its description",
               "'By NAME' lines (author credit)", "paywall meter 'You have /5 articles left.' / 'Sign up for a free account or log in.'",
               "newsletter box after the fourth item", "'More Quick Takes'", "footer"],
  entries=[
  OFF("2026-04-03 16:12", "Senate Panel Asks Colleges for Endowment Spending Data",
      ["The Senate Finance Committee has asked 30 wealthy private universities to report how much of their endowment income went to financial aid last year, as lawmakers weigh raising the excise tax again."],
      "senate-endowment-data-request-2026-04", a="Rowan Petrakis", n="US higher-education finance"),
  E("2026-04-03 14:35", "Russian Strike Damages Kharkiv University Building, Kills Guard",
    ["A Russian missile struck the main building of a university in central Kharkiv early Friday, killing a security guard and blowing out windows across several floors, Ukrainian officials said.",
     "Classes at the university have been held online since 2022, but administrators had reopened two laboratories in the building this spring. The rector said the labs\u2019 equipment, paid for by European partners, was badly damaged."],
    "strikes", "strikes", 3, "kharkiv-university-missile-strike-2026-04-03", a="Lena Abernathy-Soto", n="deadly strike"),
  E("2026-04-03 12:05", "EU Keeps Russian Universities Out of Research Programs",
    ["The European Union will continue to bar Russian universities and research institutes from its Horizon Europe program for as long as the war in Ukraine continues, the European Commission said Friday.",
     "The decision also covers joint projects with Belarusian institutions."],
    "diplomacy", "diplomacy", 2, "eu-horizon-exclusion-russian-universities-2026-04", a="Rowan Petrakis", n="sanction-type measure"),
  OFF("2026-04-03 10:50", "International Graduate Applications Drop for Second Straight Year",
      ["Applications from international students to U.S. graduate programs fell 9 percent this cycle, according to a survey of 400 institutions, with the steepest declines from India and Nigeria."],
      "international-graduate-applications-drop-2026", a="Mina Castellano", n="US admissions"),
  E("2026-04-03 09:20", "American Scholar Detained in Moscow, University Says",
    ["A historian from a Midwestern public university has been detained in Moscow and charged with espionage, the university said Thursday night, after he failed to return from an archival research trip.",
     "The university said it had paused all faculty travel to Russia and was working with the State Department."],
    "other", "security", 2, "us-scholar-detained-moscow-espionage-2026-04", a="Mina Castellano"),
  E("2026-04-03 08:05", "Erasmus+ Adds \u20ac40 Million to Rebuild Ukrainian Campuses",
    ["The European Commission announced an extra \u20ac40 million from its Erasmus+ program to repair Ukrainian university buildings damaged in the war and to equip shelters for students.",
     "About 90 Ukrainian institutions have reported war damage since 2022, according to Ukraine\u2019s education ministry."],
    "aid", "aid", 2, "erasmus-ukraine-campus-rebuild-fund-2026-04", a="Lena Abernathy-Soto"),
  ]))


def r_uwn(S):
    """University World News edition page, HTML (old ASP layout, no JSON-LD): masthead, menu, edition line 'Global Edition | 25 May 2026 |
    Issue No:812', then story cards: section label, h2 headline link (story id = YYYYMMDDHHMMSS + digits), author, date '25 May 2026', teaser.
    No time of day anywhere: entries carry the edition date."""
    out = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           f'<title>{esc(S["title"])}</title></head><body>',
           '<table class="masthead"><tr><td><a href="/"><img alt="University World News"></a> <span>University World News</span> '
           '<span class="strap">The Global Window on Higher Education</span></td>'
           '<td><a href="/page.php?page=Subscribe">Subscribe</a> | <a href="/page.php?page=Newsletter">Register for free newsletter</a></td></tr></table>',
           '<div class="menu"><a>Global</a> | <a>Africa</a> | <a>Asia Pacific</a> | <a>Special Reports</a> | <a>World Blog</a> | '
           '<a>Commentary</a> | <a>Features</a> | <a>Transformative Leadership</a> | <a>Search</a></div>',
           f'<div class="edition"><b>{esc(S["edition"])}</b></div>', f'<h1 class="pageTitle">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = datetime.strptime(e["t"], "%Y-%m-%d"); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        out += [f'<div class="ArticleList"><span class="Section">{esc(e["sect"])}</span>',
                f'<h2><a href="/post.php?story={e["sid"]}">{esc(e["h"])}</a></h2>',
                f'<span class="Author">{esc(e["a"])}</span> <span class="Date">{st}</span>']
        out += [f'<p class="Teaser">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="ReadMore" href="/post.php?story={e["sid"]}">Read more</a></div>')
        if i == 2:
            out.append('<div class="banner">Advertisement</div>')
    out += ['<div class="sidebar"><h3>Most read</h3><a>How generative AI is changing doctoral supervision</a><br><a>Quality assurance agencies push back on rankings</a></div>',
            '<div class="footer">Copyright \u00a9 University World News 2026 | <a>About us</a> | <a>Contact</a> | <a>Privacy policy</a> | <a>Advertise</a></div></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 13906 University World News (edition page)
SEEDS.append(dict(
  id="13906", name="13906_universityworldnews-edition", ext="html", source="University World News", zone="Europe/London", render=r_uwn,
  title="Global Edition \u2013 Latest News", edition="Global Edition | 25 May 2026 | Issue No:812",
  basis="per-story date '{s}' (date only, no time of day anywhere on the page; University World News is London-based, zone {z} assumed); published = the date {d}",
  notes="Imitates a University World News edition/listing page (old ASP layout, table masthead, no JSON-LD). Edition line 'Global Edition | 25 May 2026 | Issue No:812'. Each card: section label (UKRAINE, RUSSIA, EUROPE, GLOBAL, AFRICA), h2 headline linking to post.php?story=<id>, author, date '25 May 2026', one teaser paragraph, 'Read more'. No time of day is printed, so published is the date only (as in the Euronews gold). Trap: the story ids begin with a timestamp (e.g. 20260522...), which is when the story was filed in the CMS, not its publication; the printed date is used. Two cards are off the war (global mobility, Kenyan strike).",
  not_entries=["masthead, strapline, Subscribe | Register for free newsletter", "menu", "edition line 'Global Edition | 25 May 2026 | Issue No:812'", "page title h1",
               "section labels on each card (UKRAINE, RUSSIA, ...)", "'Read more' links", "'Advertisement' banner after the third card", "'Most read' sidebar", "footer"],
  entries=[
  dict(E("2026-05-25", "Student killed as missile hits Odesa university dormitory",
    ["A second-year engineering student was killed and 12 others injured when a Russian missile struck a dormitory of a technical university in Odesa, the university said. Most residents had gone to the basement shelter after an air-raid alert, but some were still on the upper floors."],
    "strikes", "strikes", 3, "odesa-university-dormitory-missile-strike-2026-05", a="Ivanna Korolenko", n="deadly strike"),
    sect="UKRAINE", sid="20260523091245113"),
  dict(E("2026-05-25", "Zaporizhzhia universities move teaching underground",
    ["Three universities in Zaporizhzhia have converted basements and a disused metro construction tunnel into lecture rooms so that students can attend in person despite almost daily air-raid alerts, rectors say."],
    "other", "humanitarian", 2, "zaporizhzhia-universities-underground-teaching-2026-05", a="Ivanna Korolenko"),
    sect="UKRAINE", sid="20260522154410871"),
  dict(E("2026-05-25", "Nordic governments back \u20ac25m fund to re-equip Ukrainian laboratories",
    ["The governments of Norway, Sweden, Finland, Denmark and Iceland will jointly finance a \u20ac25 million programme to replace laboratory equipment destroyed or looted at Ukrainian universities, the Nordic Council of Ministers announced."],
    "aid", "aid", 2, "nordic-fund-ukrainian-university-labs-2026-05", a="Henrik Aalvik"),
    sect="EUROPE", sid="20260521110233907"),
  dict(E("2026-05-25", "Physicist jailed for 14 years in treason case over conference paper",
    ["A Russian court has sentenced a physicist from Novosibirsk to 14 years in prison for treason, in a case colleagues say rests on a paper on hypersonic flow that he presented at an international conference a decade ago."],
    "other", "security", 2, "novosibirsk-physicist-treason-sentence-2026-05", a="Sergei Landau-Price"),
    sect="RUSSIA", sid="20260522082957664"),
  dict(OFF("2026-05-25", "International student mobility reached a record in 2025, survey finds",
    ["The number of students enrolled outside their home country rose to an estimated 7.1 million last year, despite tighter visa rules in several major destinations, according to a new global survey."],
    "global-student-mobility-record-2025", a="Nicola Ferreira-Blum", n="global higher education"),
    sect="GLOBAL", sid="20260520163012458"),
  dict(OFF("2026-05-25", "Lecturers at Kenya\u2019s public universities threaten strike over pay arrears",
    ["The union representing lecturers at Kenya\u2019s public universities has given the government 14 days to release salary arrears under a 2025 agreement or face a nationwide strike."],
    "kenya-lecturers-strike-threat-2026-05", a="Wanjiru Odhiambo-Lutz", n="African higher education"),
    sect="AFRICA", sid="20260523120515226"),
  ]))


def r_medscape(S):
    """Medscape news listing, HTML: header, specialty menu, h1, a printed clock line 'June 21, 2026 4:20 PM EDT', then cards newest
    first: h2 (Title Case), teaser, then source/author and a RELATIVE age ('45 minutes ago', '2 hours ago'). Reuters copy carries the
    wire dateline 'CITY (Reuters) -' in the teaser. JSON-LD is a bare WebPage."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": S["title"], "url": S["url"],
          "publisher": {"@type": "Organization", "name": "Medscape", "url": "https://www.medscape.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Medscape</title>', ldjson(ld), '</head><body>',
           '<header id="header"><a class="logo" href="https://www.medscape.com">Medscape</a> <a href="/login">Log In</a> <a href="/register">Register</a>'
           '<nav><a>News &amp; Perspective</a> <a>Drugs &amp; Diseases</a> <a>CME &amp; Education</a> <a>Video</a> <a>Decision Point</a></nav></header>',
           '<div class="specialty-bar"><a>Specialties</a>: <a>Emergency Medicine</a> <a>Infectious Diseases</a> <a>Public Health</a> <a>Surgery</a></div>',
           f'<main><h1>{esc(S["title"])}</h1>',
           f'<div class="page-clock">{MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=" ", upper=True)} {ref.tzname()}</div>', '<ul class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        out.append(f'<li class="news-item"><h2><a href="/viewarticle/{slugify(e["h"], 48)}-2026a{1000120 + i * 7}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="teaser">{esc(p)}</p>' for p in e["p"]]
        src = e["a"] if e["a"] == "Reuters" else f'Medscape Medical News, {e["a"]}'
        out.append(f'<div class="byline"><span class="source">{esc(src)}</span> <span class="age">{st}</span></div></li>')
        if i == 2:
            out.append('<li class="ad">Advertisement</li><li class="promo">Sign up for the Medscape Daily News newsletter</li>')
    out += ['</ul><a class="more" href="?page=2">More News</a></main>',
            '<footer><a>About Medscape</a> <a>Privacy Policy</a> <a>Editorial Policy</a> <a>Help</a> <p>\u00a9 2026 WebMD LLC. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 13907 Medscape (news listing)
SEEDS.append(dict(
  id="13907", name="13907_medscape-globalhealth", ext="html", source="Medscape", zone="America/New_York", render=r_medscape,
  title="Global Health News", url="https://www.medscape.com/index/list_13470_0", ref="2026-06-21 16:20",
  basis="relative stamp '{s}' counted back from the page clock 'June 21, 2026 4:20 PM EDT' (Medscape, New York; EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Medscape news listing (Global Health) as served in HTML. The page prints one clock line 'June 21, 2026 4:20 PM EDT'; every card has a relative age ('45 minutes ago', '2 hours ago', ... '13 hours ago') counted back from it (as precise as the page allows). Newest first. Cards: h2 Title Case headline, teaser paragraph, then source line: 'Reuters' (agency copy, whose teaser starts with the wire dateline 'KYIV (Reuters) -', kept in first_sentence) or 'Medscape Medical News, NAME' (author = NAME). JSON-LD is a bare WebPage with no dates. Two cards are off the war (heat wave, FDA).",
  not_entries=["header: logo, Log In / Register, menu", "specialty bar", "h1 'Global Health News' (page title)", "page clock line 'June 21, 2026 4:20 PM EDT' (anchor for the relative ages)",
               "source/age lines under each card", "advertisement and newsletter promo after the third card", "'More News'", "footer"],
  entries=[
  E("2026-06-21 15:35", "Russian Strike on Dnipro Clinic Kills Two, Ukraine Says",
    ["KYIV (Reuters) - A Russian missile struck an outpatient clinic in the Ukrainian city of Dnipro on Sunday, killing two people and wounding 17, including four medical staff, regional officials said."],
    "strikes", "strikes", 3, "dnipro-clinic-missile-strike-2026-06-21", a="Reuters", n="deadly strike; wire dateline kept in first_sentence"),
  OFF("2026-06-21 14:20", "Early Heat Wave Strains Emergency Departments in Southern Europe",
      ["Hospitals in Spain, Italy and Greece reported a sharp rise in heat-related emergency visits as temperatures passed 42 \u00b0C in several cities this weekend, weeks earlier than usual."],
      "southern-europe-heat-wave-emergency-visits-2026-06", a="Reuters", n="weather and health"),
  E("2026-06-21 12:20", "Ukrainian Surgeons Report Surge in Drug-Resistant Wound Infections",
    ["Military and civilian surgeons in Ukraine are seeing a steep rise in wound infections that resist last-line antibiotics, a problem that doctors at a Lviv rehabilitation hospital say now affects most of the patients transferred to them from the front."],
    "other", "humanitarian", 2, "ukraine-drug-resistant-wound-infections-2026-06", a="Nadia Pelkonen"),
  E("2026-06-21 10:20", "Japan Donates Mobile Hospitals to Ukraine",
    ["KYIV (Reuters) - Japan handed over six mobile hospital units and 40 ambulances to Ukraine\u2019s health ministry on Sunday, part of a $90 million medical assistance package agreed earlier this year."],
    "aid", "aid", 2, "japan-mobile-hospitals-ukraine-2026-06", a="Reuters"),
  OFF("2026-06-21 07:20", "FDA Advisers Back Expanded Use of RSV Vaccine in Younger Adults",
      ["A U.S. Food and Drug Administration advisory panel voted in favor of expanding the use of an RSV vaccine to adults aged 50 to 59 with chronic conditions."],
      "fda-rsv-vaccine-younger-adults-2026-06", a="Corinne Haldane", n="US drug regulation"),
  E("2026-06-21 03:20", "Demand for Prosthetic Limbs in Ukraine Outpaces Clinics",
    ["Ukraine has registered tens of thousands of people who have lost limbs since the full-scale invasion began, and prosthetics clinics report waiting lists of up to eight months for a first fitting."],
    "other", "humanitarian", 2, "ukraine-prosthetics-waiting-lists-2026-06", a="Nadia Pelkonen"),
  ]))


def r_kff(S):
    """KFF Health News Morning Briefing, text scrape: header and menu, 'Morning Briefing' title, strap, one page time line
    'March 9, 2026 · 9:12 AM ET', section heads (Capitol Watch, Global Watch, ...), items: headline, 'Outlet: Original Headline'
    line, excerpt paragraphs ending with the '(Surname, 3/8)' citation."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    L = ["Skip to content", "", "KFF Health News", "Health Industry   Insurance   Public Health   Mental Health   Aging   States   Race & Health   Morning Briefing",
         "Subscribe   Donate", "", S["title"], "Summaries of health policy coverage from major news organizations", "",
         f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} \u00b7 {ampm(d0, space=' ', upper=True)} ET", "", S["lede"], ""]
    sect = None
    for i, e in enumerate(S["entries"]):
        if e["sect"] != sect:
            sect = e["sect"]; L += [sect.upper(), ""]
        L += [e["h"], "", e["outlet_line"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for KFF Health News\u2019 free Morning Briefing.", "Email address   Sign up", ""]
    L += ["This is part of the KFF Health News Morning Briefing, a summary of health policy coverage from major news organizations.", "",
          "KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF.", "",
          "About Us   Contact   Privacy Policy   \u00a9 2026 KFF"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 13908 KFF Health News (Morning Briefing)
SEEDS.append(dict(
  id="13908", name="13908_kffhealthnews-morningbriefing", ext="txt", source="KFF Health News", zone="America/New_York", render=r_kff,
  title="Morning Briefing", page_t="2026-03-09 09:12",
  lede="Today\u2019s headlines include a deadly drone strike on a maternity ward in Ukraine, insulin shortages in the east of the country, and a Senate vote on drug prices.",
  basis="no per-item time: the page line 'March 9, 2026 \u00b7 9:12 AM ET' dates every item; ET on 9 March 2026 is EDT (UTC-4), US daylight time having begun on 8 March; local {d} in {z}",
  notes="Imitates a KFF Health News Morning Briefing page copied as text. One page time 'March 9, 2026 \u00b7 9:12 AM ET' (ET = EDT here: US clocks changed on Sunday 8 March, so 9:12 a.m. = 13:12 UTC, not 14:12). Section heads in capitals (CAPITOL WATCH, GLOBAL WATCH, PUBLIC HEALTH) are structure. Each item: KFF headline, then a line 'Outlet: Original Headline' naming the summarised outlet's story (attribution, not body), then excerpt paragraphs each ending with a '(Surname, 3/8)' citation (the original reporter and date; kept in the paragraph as printed). author = null: the briefing is compiled by KFF staff and prints no byline; the citation surnames are not bylines. body = excerpt paragraphs. Two items are US health news off the war.",
  not_entries=["'Skip to content', site name, menu, Subscribe / Donate", "title 'Morning Briefing' and strap", "page time line 'March 9, 2026 \u00b7 9:12 AM ET'",
               "intro line 'Today's headlines include ...' (lede)", "section heads CAPITOL WATCH, GLOBAL WATCH, PUBLIC HEALTH",
               "'Outlet: Original Headline' attribution lines under each item headline", "newsletter sign-up after the third item", "closing boilerplate and footer"],
  entries=[
  dict(OFF("2026-03-09 09:12", "Senate Health Committee Sets Vote On Generic Drug Pricing Bill",
      ["The Senate health committee will vote Wednesday on a bipartisan bill that would speed generic drugs to market by limiting patent extensions, aides said. (Marchetti-Rowe, 3/8)"],
      "senate-generic-drug-bill-vote-2026-03", n="US health policy"),
      sect="Capitol Watch", outlet_line="Roll Call: Senate Panel To Mark Up Generic Drug Patent Bill"),
  dict(E("2026-03-09 09:12", "Russian Drone Strike On Zaporizhzhia Maternity Ward Kills Midwife, Patient",
    ["A Russian drone hit the maternity ward of a city hospital in Zaporizhzhia on Sunday, killing a midwife and a woman who had given birth hours earlier, Ukrainian officials said. Eleven newborns were carried to a shelter. (Hrytsenko, 3/8)",
     "The hospital\u2019s director said the ward had been repaired only last year after an earlier attack. (Hrytsenko, 3/8)"],
    "strikes", "strikes", 3, "zaporizhzhia-maternity-ward-drone-strike-2026-03-08", n="deadly strike (Sunday 8 March)"),
    sect="Global Watch", outlet_line="Reuters: Drone Strike On Zaporizhzhia Maternity Hospital Kills Two"),
  dict(E("2026-03-09 09:12", "WHO Warns Of Insulin Shortages In Eastern Ukraine",
    ["The World Health Organization says pharmacies in parts of Donetsk and Kharkiv regions have run out of some types of insulin because deliveries now take detours around damaged rail lines. (Okafor-Bright, 3/8)"],
    "other", "humanitarian", 2, "eastern-ukraine-insulin-shortages-2026-03"),
    sect="Global Watch", outlet_line="The Guardian: Diabetics In Eastern Ukraine Ration Insulin As Supplies Falter"),
  dict(E("2026-03-09 09:12", "State Department Ends Funding For Ukraine HIV Treatment Program",
    ["The State Department has told partners it will stop funding a program that supplies HIV medicines and testing to about 110,000 people in Ukraine when its current grant ends in June. (Lindgren, 3/8)",
     "Ukrainian health officials said they would try to cover the gap from the national budget. (Lindgren, 3/8)"],
    "aid", "aid", 2, "us-ends-ukraine-hiv-program-funding-2026-03"),
    sect="Global Watch", outlet_line="Politico: US Pulls Plug On Ukraine HIV Grant"),
  dict(E("2026-03-09 09:12", "Ukrainians On Humanitarian Parole Face Health Coverage Cliff",
    ["Thousands of Ukrainians who came to the United States under a humanitarian parole program could lose Medicaid and marketplace coverage this spring if their status is not extended, advocates warn. (DeLuca, 3/7)"],
    "other", "humanitarian", 2, "ukrainian-parolees-health-coverage-2026-03"),
    sect="Global Watch", outlet_line="The Washington Post: For Ukrainian Refugees, A Looming Loss Of Health Insurance"),
  dict(OFF("2026-03-09 09:12", "Measles Cases Climb In West Texas Outbreak",
      ["State health officials reported 14 new measles cases over the weekend, bringing the total in an outbreak centered on two West Texas counties to 52. (Alvarado, 3/8)"],
      "west-texas-measles-outbreak-2026-03", n="US public health"),
      sect="Public Health", outlet_line="AP: Texas Measles Outbreak Grows To 52 Cases"),
  ]))


def r_phr(S):
    """Physicians for Human Rights running incident log, text scrape: header, menu, Donate, country label, title, intro that says
    'All times are Kyiv time.', a date header 'Saturday, July 18, 2026', then updates OLDEST first: '7:50 a.m. EEST' line, heading, body.
    No per-update author (page credit 'PHR staff')."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Physicians for Human Rights", "Our Work   Issues   Where We Work   Resources   News   Get Involved", "Donate", "",
         "UKRAINE", S["title"], "", S["lede"], "", "By PHR staff", "",
         f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Help PHR document attacks on health care. Donate today.", ""]
    L += ["This page will be updated as new incidents are verified.", "", "Media contact", "press@phr.example.org", "",
          "Related", "Destruction and Disregard: Attacks on Ukraine\u2019s Health Care System (report)", "",
          "Physicians for Human Rights   256 West 38th Street, New York   \u00a9 2026   Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 13909 Physicians for Human Rights (incident log)
KHH = "kharkiv-hospitals-drone-strikes-2026-07-18"
SEEDS.append(dict(
  id="13909", name="13909_phr-ukraineupdates", ext="txt", source="Physicians for Human Rights", zone="Europe/Kyiv", render=r_phr,
  title="Attacks on Health Care in Ukraine: Live Updates",
  lede="PHR and its Ukrainian partners document attacks on health facilities and health workers. Updates are added below, oldest first, as incidents are verified. All times are Kyiv time.",
  basis="stamp '{s}' (12-hour clock with 'EEST' = Kyiv summer time, UTC+3) under the date header 'Saturday, July 18, 2026'; local {d} in {z}",
  notes="Imitates a PHR running update page (New York-based NGO, times given in Kyiv time as the intro says). One date header 'Saturday, July 18, 2026', then updates OLDEST first: a stamp line '7:50 a.m. EEST' before each heading, body paragraphs. The page credit 'By PHR staff' is a generic organisational credit, so author is null. 13909-01 and 13909-07 are the same event (overnight drone strikes on two Kharkiv hospitals; toll 1 then 2): same story, both importance 3; 13909-07 is a new development, not a near-verbatim repeat. 13909-02 (ambulance near Kherson) is a different strike and must not merge with Kharkiv.",
  not_entries=["'Skip to main content', organisation name, menu, Donate", "country label 'UKRAINE'", "page title", "intro paragraph (lede, names the zone)",
               "'By PHR staff' credit", "date header 'Saturday, July 18, 2026'", "donation promo after the fourth update",
               "'This page will be updated as new incidents are verified.'", "media contact", "'Related' report link", "footer"],
  entries=[
  E("2026-07-18 07:50", "Overnight drone strikes hit two Kharkiv hospitals; one patient killed",
    ["Russian attack drones struck two hospitals in Kharkiv overnight, killing a patient in the cardiology unit of one and setting fire to the roof of the other, according to the regional health department and PHR\u2019s partners in the city.",
     "Staff evacuated about 90 patients, some on ventilators, to other facilities before dawn. PHR is working to verify whether the hospitals were hit directly or by debris."],
    "strikes", "strikes", 3, KHH, n="deadly strike; first report (toll 1)"),
  E("2026-07-18 10:15", "Ambulance crew injured by drone near Kherson",
    ["A paramedic and a driver were injured when a small Russian drone dropped an explosive on their ambulance in a village east of Kherson, regional emergency services said. The crew had been called to a man wounded by shelling.",
     "It is at least the ninth attack on an ambulance in Kherson oblast this month that PHR\u2019s partners have documented."],
    "strikes", "strikes", 2, "kherson-ambulance-drone-attack-2026-07-18", n="different strike: must not merge with the Kharkiv hospitals"),
  E("2026-07-18 12:40", "Two doctors detained in occupied Melitopol, relatives say",
    ["Relatives of two doctors at the Melitopol city hospital say Russian security officers detained them at their homes on Thursday and have not said where they are being held.",
     "Both had refused to sign contracts with the Russian-installed health authority, the relatives told PHR."],
    "other", "humanitarian", 2, "melitopol-doctors-detained-2026-07"),
  E("2026-07-18 14:30", "PHR: documented attacks on Ukraine\u2019s health care pass 2,000",
    ["With this week\u2019s incidents, PHR and its partners have now documented more than 2,000 attacks on Ukraine\u2019s health care system since February 2022, including 640 in which health facilities were damaged or destroyed.",
     "\u201cThese numbers describe a pattern, not a series of accidents,\u201d a PHR researcher said."],
    "other", "humanitarian", 2, "phr-health-attacks-count-2000-2026-07", sec=["strikes"], n="cumulative count (report), not one attack"),
  E("2026-07-18 17:05", "Kupiansk: last hospital patients evacuated",
    ["Volunteers and military medics completed the evacuation of the remaining 37 patients from the central hospital in Kupiansk, which has been without power or water for two weeks, the regional administration said."],
    "other", "humanitarian", 2, "kupiansk-hospital-evacuation-2026-07"),
  E("2026-07-18 19:20", "PHR urges UN Security Council to act on attacks on hospitals",
    ["PHR called on members of the UN Security Council to hold an open briefing on attacks on health care in Ukraine and to press for the implementation of Resolution 2286, which condemns attacks on medical facilities in armed conflict."],
    "diplomacy", "diplomacy", 2, "phr-urges-unsc-briefing-health-attacks-2026-07"),
  E("2026-07-18 20:10", "Kharkiv hospital strikes: death toll rises to two",
    ["A second patient has died of injuries sustained in the overnight drone strikes on two Kharkiv hospitals, the regional health department said. Eight people remain in hospital, including two nurses."],
    "strikes", "strikes", 3, KHH, n="toll 2; same event as 13909-01, new development"),
  ]))



# ================================================================ PART B: invented outlets, three multi-source days
def r_textlive_dot(S):
    """text live blog, newest first: masthead, title, dateline with year, page byline, lede, 'Key Points' bullets ('• headline'),
    then posts: stamp line '14.05 BST' (dot clock + zone), headline, body. No per-post author."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Ukraine | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], S["byline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related: What we know about Russia\u2019s summer offensive so far", ""]
        if i == 4:
            L += ["Sign up to First Edition, our free daily newsletter \u2013 every weekday morning at 7am", ""]
    L += ["Earlier updates", "", f"{S['source']} \u00b7 About us \u00b7 Contact \u00b7 Complaints \u00b7 Privacy policy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with a liveBlogUpdate array (per-update datePublished with offset,
    author Person); visible bare '10:58' in <time datetime>, h3 headline, author line, body; video placeholder for teasers."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"]) if e["p"] else e["h"]}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=3)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           ldjson(ld), '</head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>War in Ukraine</a> <a>Economy</a> <a>Opinion</a> <a>Podcasts</a></nav>'
           '<a class="btn">Support us</a></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{4410 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Video 0:48]</div>')
        out.append('<footer class="post-tools"><a>Share</a> <a>Copy link</a></footer></article>')
        if i == 2:
            out.append('<aside class="read-also"><b>Read also:</b> <a>How Ukraine rebuilt its air defence over Chernihiv region</a></aside>')
    out += ['</div><p class="live-end">Live coverage continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with S['rfc'] ('GMT' or numeric offset), plain-text description (one paragraph
    per <p> inside CDATA), category; dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"], 50)}-{S["guid"]}{i + 31}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 agency feed, newest first; <published> and <updated> ISO with the outlet's offset (Z for UTC); escaped-HTML <content>;
    <author><name> when the entry has one; <category term>."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/atom.xml"/>', f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 2026 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/item/{S["guid"]}-{i + 301}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{S["guid"]}-{i + 301}</id>', f'<published>{st}</published>',
                f'<updated>{iso(d + timedelta(minutes=e.get("upd", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "Ukraine")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 1 (2026-05-30)
CHN = "chernihiv-missile-strike-2026-05-30"
POW = "uae-brokered-pow-exchange-2026-05-30"
SAR = "saratov-refinery-drone-strike-2026-05-30"
BAL_H = "Analysis: Why Russia\u2019s ballistic missiles keep getting through"
BAL_P = ["Saturday\u2019s strike on Chernihiv is the latest reminder that Ukraine\u2019s air defences are thinnest against the weapons that are hardest to stop: ballistic missiles.",
         "An Iskander-M fired from Russia\u2019s Bryansk region can reach Chernihiv in under three minutes. Only a handful of Western systems, above all the US-made Patriot, can reliably intercept it, and Ukraine has far fewer Patriot batteries than cities that need one.",
         "Kyiv\u2019s answer has been to ask for more interceptors, to hunt launchers on Russian territory with its own drones, and to develop a domestic anti-ballistic system. None of those will change the picture this summer."]
VAR_BY = "Live reporting by Hattie Quarles and Emeka Varga"
VAR_A = "Hattie Quarles and Emeka Varga"

# ---------------------------------------------------------------- 13920 Varnhem Courier (day 1)
SEEDS.append(dict(
  id="13920", name="13920_varnhemcourier-textlive", ext="txt", source="Varnhem Courier", zone="Europe/London", render=r_textlive_dot,
  title="Russia-Ukraine war live: Chernihiv mourns its dead; 205 prisoners freed on each side",
  dateline="Saturday 30 May 2026", byline=VAR_BY,
  lede="A Russian missile strike on the centre of Chernihiv has killed at least 11 people; Ukraine and Russia exchanged prisoners of war in a deal brokered by the UAE.",
  basis="stamp '{s}' (dot clock with 'BST' printed = UTC+1) on the dateline 'Saturday 30 May 2026'; local {d} in {z}",
  notes="Invented UK outlet. Text live blog, newest first. Stamp line '22.40 BST' (dot between hours and minutes) BEFORE the headline. Key Points block lists two headlines (13920-01, 13920-02): key_point true. One page byline with two names, used as every entry's author (no per-post credits). 13920-03 is a theme piece (analysis of ballistic-missile defence) that mentions Chernihiv but is its own story: must not merge with the Chernihiv strike. Chernihiv toll on this page: 9 (12.05) then 11 (22.40).",
  not_entries=["masthead and menu", "'LIVE' label", "page title", "dateline", "byline 'Live reporting by ...'", "lede",
               "'Key Points' header and its bullet list (headlines of posts below)", "'Show key events only'", "'Related: ...' link after the third post",
               "newsletter promo after the fifth post", "'Earlier updates'", "footer"],
  entries=[
  E("2026-05-30 22:40", "Chernihiv declares day of mourning as toll rises to 11",
    ["The death toll from this morning\u2019s Russian missile strike on Chernihiv has risen to 11, including two children, the head of the regional military administration said. Sunday will be a day of mourning in the city.",
     "Rescue teams are still working through the ruins of a four-storey building on the main square, where two people are believed to be under the rubble."],
    "strikes", "strikes", 3, CHN, a=VAR_A, kp=True, n="toll 11; Key Points"),
  E("2026-05-30 20:15", "Ukraine and Russia swap 205 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia have each released 205 prisoners of war in an exchange brokered by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Among the Ukrainians freed were defenders of Mariupol held since 2022 and 14 civilians. The UAE foreign ministry said it was its 17th successful mediation between the two countries."],
    "diplomacy", "diplomacy", 3, POW, a=VAR_A, kp=True, n="Key Points; carried by all four day-1 seeds"),
  E("2026-05-30 17:50", BAL_H, BAL_P, "strikes", "strikes", 2, "explainer-ballistic-missile-defence-gaps", a=VAR_A,
    n="theme piece (analysis); mentions the Chernihiv strike but is its own story: must not merge with the Chernihiv strike"),
  E("2026-05-30 15:30", "Germany pledges two more IRIS-T systems for Ukraine",
    ["Germany will deliver two more IRIS-T air defence systems to Ukraine before the end of summer, defence minister Boris Pistorius said during a visit to Odesa.",
     "Berlin has now committed more than a dozen of the systems, which Ukrainian officials describe as their most effective defence against cruise missiles."],
    "aid", "aid", 3, "germany-iris-t-pledge-2026-05-30", a=VAR_A, n="major arms delivery; same aid/air-defence theme as the analysis but a different event"),
  E("2026-05-30 13:05", "Drones hit oil refinery in Russia\u2019s Saratov, governor says",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire that took several hours to put out, the regional governor said. He said nobody was hurt.",
     "Ukraine\u2019s general staff said the refinery supplies fuel to Russian forces in the south."],
    "strikes", "strikes", 3, SAR, a=VAR_A, n="carried by 13920 and 13923"),
  E("2026-05-30 12:05", "At least nine killed in Russian missile strike on Chernihiv",
    ["At least nine people were killed and more than 30 injured when Russian missiles hit the centre of Chernihiv, in northern Ukraine, on Saturday morning, local officials said.",
     "The missiles struck near the city\u2019s main square at about 10.40 local time, when cafes and a weekend market were busy. An air-raid alert had sounded only a minute earlier."],
    "strikes", "strikes", 3, CHN, a=VAR_A, n="toll 9"),
  E("2026-05-30 09:40", "Kremlin says no date yet for next round of talks with Kyiv",
    ["The Kremlin said on Saturday that no date had been set for another round of direct talks with Ukraine, and that the next step depended on Kyiv answering proposals Russia handed over last month."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2026-05-30", a=VAR_A, n="same diplomacy theme as the prisoner exchange: must not merge"),
  ]))

# ---------------------------------------------------------------- 13921 Kelsbrook Post (day 1)
KLS_FRONT = ["Russia\u2019s defence ministry said its forces had taken control of a village south-east of Kostiantynivka in the Donetsk region.",
             "Ukraine\u2019s military did not confirm the claim and said fighting in the area was continuing."]
SEEDS.append(dict(
  id="13921", name="13921_kelsbrookpost-htmllive", ext="html", source="Kelsbrook Post", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Missile strike on Chernihiv: live updates", url="https://kelsbrook-post.example/live/2026/05/30/chernihiv",
  dateline="30 May 2026 \u00b7 Kyiv time",
  lede="Updates through the day on the Russian attack on Chernihiv and other news from the war.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, as the dateline says; the LiveBlogPosting update datePublished agrees); local {d} in {z}",
  notes="Invented Ukrainian English-language outlet. HTML live blog, OLDEST first. JSON-LD LiveBlogPosting with a liveBlogUpdate array: each update has its own datePublished (+03:00), headline, articleBody and author, all consistent with the visible posts. Visible stamp: bare '10:58' in <time datetime>, then h3 headline, author line, body. 13921-01 (drone attack on an energy facility in Nizhyn, Chernihiv region, overnight) must not merge with the Chernihiv city missile strike (same region, other strike). 13921-03 is a 'Watch:' video teaser without text (the JSON-LD articleBody repeats the headline). 13921-07 repeats 13921-05 nearly verbatim (duplicate_of 13921-05; one word changed). Chernihiv toll on this page: 4 then 9.",
  not_entries=["masthead, menu, 'Support us'", "'LIVE' kicker", "page title", "dateline '30 May 2026 \u00b7 Kyiv time'", "standfirst", "author lines under each headline",
               "video placeholder '[Video 0:48]' in the teaser", "'Share / Copy link' post tools", "'Read also:' link after the third post",
               "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-05-30 08:05", "Drone attack damages energy facility in Nizhyn",
    ["Russian drones hit an energy facility in Nizhyn, in the Chernihiv region, overnight, cutting power to about 18,000 households, the regional energy company said. There were no casualties.",
     "Repair crews expect to restore most supplies by the evening."],
    "strikes", "strikes", 2, "nizhyn-energy-drone-strike-2026-05-30", a="Oleksii Bondar", n="same region, other strike (overnight drones on Nizhyn): must not merge with the Chernihiv city missile strike"),
  E("2026-05-30 10:58", "Missiles hit central Chernihiv, at least four killed",
    ["Russian missiles struck the centre of Chernihiv minutes ago, killing at least four people, the head of the city military administration said.",
     "Several buildings around the main square are on fire, and ambulances are arriving from neighbouring districts."],
    "strikes", "strikes", 3, CHN, a="Oleksii Bondar", n="first report; toll 4"),
  E("2026-05-30 11:35", "Watch: Smoke over central Chernihiv after missile strike", [], "strikes", "strikes", 1, CHN,
    a="Oleksii Bondar", n="teaser without body"),
  E("2026-05-30 12:50", "Prisoner exchange under way, Ukraine\u2019s coordination headquarters says",
    ["An exchange of prisoners of war between Ukraine and Russia is under way with the mediation of the United Arab Emirates, Ukraine\u2019s coordination headquarters for the treatment of prisoners of war said.",
     "It gave no numbers but said the released Ukrainians included soldiers and civilians."],
    "diplomacy", "diplomacy", 3, POW, a="Marta Levytska"),
  E("2026-05-30 14:20", "Russia claims capture of village near Kostiantynivka", KLS_FRONT,
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-05-30", a="Marta Levytska"),
  E("2026-05-30 16:40", "Zelensky: Iskander missiles used against Chernihiv, nine dead",
    ["President Volodymyr Zelensky said Russia used two Iskander-M ballistic missiles against Chernihiv and that nine people had been confirmed dead so far.",
     "\u201cA market, a square, a Saturday morning. This is what Russia chooses as a target,\u201d he wrote on Telegram, repeating his call for more Patriot systems."],
    "strikes", "strikes", 3, CHN, a="Oleksii Bondar", n="toll 9; Zelensky's reaction whose content is the attack itself"),
  E("2026-05-30 19:25", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had taken control of a village south-east of Kostiantynivka in the Donetsk region.",
     KLS_FRONT[1]],
    "other", "frontline", 1, "russia-claims-village-near-kostiantynivka-2026-05-30", a="Marta Levytska", dup="13921-05",
    n="near-verbatim repeat of 13921-05 ('forces' -> 'troops')"),
  ]))


# ---------------------------------------------------------------- 13922 Glenrowan Daily (day 1, general world feed)
SEEDS.append(dict(
  id="13922", name="13922_glenrowandaily-worldrss", ext="xml", source="Glenrowan Daily", zone="America/New_York", render=r_worldrss, rfc="num",
  title="Glenrowan Daily \u2014 World", url="https://glenrowan-daily.example", guid="gd0530",
  lede="World news from the Glenrowan Daily foreign desk",
  basis="RSS pubDate '{s}' (explicit -0400 offset = US Eastern daylight time); local {d} in {z}",
  notes="Invented US outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400, no authors. 4 of 6 items are off-beat (Colombian election, World Cup security, Japan earthquake, oil prices). The war items: the prisoner exchange and the Chernihiv strike, spelled 'Chernigov' here (toll 10).",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-05-30 19:10", "Colombians head to the polls in presidential first round",
      ["Colombians vote on Sunday in the first round of a presidential election dominated by security and the economy, with polls suggesting no candidate will win outright."],
      "colombia-presidential-election-first-round-2026", n="Latin American politics"),
  E("2026-05-30 16:45", "Ukraine and Russia exchange 205 prisoners of war",
    ["Ukraine and Russia swapped 205 prisoners of war each on Saturday in a deal mediated by the United Arab Emirates, officials in both countries said.",
     "Russia\u2019s defense ministry said its freed soldiers were being flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2026-05-30 13:30", "World Cup hosts finalize security plans as kickoff nears",
      ["Security officials from the United States, Canada and Mexico said they had completed joint planning for the World Cup, which opens in less than two weeks, including a shared center for monitoring drones near stadiums."],
      "world-cup-2026-security-plans", n="sport/security"),
  E("2026-05-30 10:20", "Russian missile strike kills 10 in Chernigov, Ukraine",
    ["A Russian missile attack on the northern Ukrainian city of Chernigov killed at least 10 people on Saturday and wounded dozens, Ukrainian officials said.",
     "The missiles landed near the city\u2019s central square during the morning, officials said."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 10"),
  OFF("2026-05-30 07:05", "Strong earthquake shakes northern Japan; no tsunami warning issued",
      ["A magnitude 6.2 earthquake struck off the coast of Aomori prefecture early Saturday local time, briefly halting bullet trains, Japan\u2019s meteorological agency said. No tsunami warning was issued."],
      "japan-aomori-earthquake-2026-05", n="natural disaster"),
  OFF("2026-05-30 03:15", "Oil slips as OPEC+ weighs July output",
      ["Oil prices edged lower as OPEC+ members prepared to meet online to decide on production levels for July, with traders expecting another modest increase."],
      "opec-plus-july-output-2026", n="markets"),
  ]))

# ---------------------------------------------------------------- 13923 Caldmoor Agency (day 1)
SEEDS.append(dict(
  id="13923", name="13923_caldmooragency-atom", ext="xml", source="Caldmoor Agency", zone="Europe/Warsaw", render=r_atom,
  title="Caldmoor Agency \u2013 Ukraine and the region", url="https://caldmoor-agency.example", guid="ca260530",
  lede="English-language wire from Warsaw",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Warsaw summer time, CEST); local {d} in {z}",
  notes="Invented Polish news agency (English service). Atom feed, newest first; <published> with +02:00 (<updated> sometimes later, not used); <author><name> per entry; content is escaped HTML. The Chernihiv item gives the Polish spelling in brackets ('Chernihiv (Czernih\u00f3w)'); toll 7. 13923-03 (EU shadow-fleet sanctions talks) is the same diplomacy theme as the prisoner exchange but a different event: must not merge.",
  not_entries=["feed title, subtitle, links, id, updated and rights", "entry link, id, updated and category elements"],
  entries=[
  dict(E("2026-05-30 21:30", "Ukraine, Russia complete UAE-brokered exchange of 205 POWs",
    ["Ukraine and Russia completed an exchange of 205 prisoners of war on each side on Saturday, the United Arab Emirates said, crediting its mediation.",
     "Polish President Karol Nawrocki welcomed the exchange and said Poland was ready to host humanitarian talks."],
    "diplomacy", "diplomacy", 3, POW, a="Agata Brzezinska"), upd=12),
  dict(E("2026-05-30 17:45", "Saratov refinery halts processing after drone strike, sources say",
    ["The oil refinery in Saratov stopped processing crude after a Ukrainian drone attack overnight damaged its main distillation unit, two industry sources said.",
     "The plant processes about 140,000 barrels a day. Saratov\u2019s governor said earlier that the fire had been put out."],
    "strikes", "strikes", 3, SAR, a="Piotr Lasocki")),
  dict(E("2026-05-30 14:10", "EU ministers to weigh new listings of Russian shadow fleet tankers",
    ["EU foreign ministers will discuss adding about 60 more tankers from Russia\u2019s so-called shadow fleet to the bloc\u2019s sanctions list at their meeting next month, diplomats in Brussels said."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-listings-talks-2026-05", a="Agata Brzezinska", n="same diplomacy theme as the prisoner exchange, different event: must not merge")),
  dict(E("2026-05-30 11:30", "Russian missile strike on Chernihiv (Czernih\u00f3w) kills at least seven",
    ["At least seven people were killed when Russian ballistic missiles hit the centre of Chernihiv (Czernih\u00f3w) in northern Ukraine on Saturday morning, Ukrainian emergency services said.",
     "The city lies about 60 kilometres from the border with Belarus."],
    "strikes", "strikes", 3, CHN, a="Piotr Lasocki", n="toll 7; spelling 'Czernih\u00f3w' in brackets"), upd=35),
  dict(E("2026-05-30 08:20", "Polish jets scrambled as Russia attacks western Ukraine overnight",
    ["Poland scrambled fighter jets and put ground-based air defences on high alert overnight as Russia launched drones and missiles at targets in western Ukraine, the Polish operational command said. Polish airspace was not violated."],
    "other", "security", 2, "poland-scrambles-jets-overnight-2026-05-30", a="Piotr Lasocki")),
  ]))


def r_htmllive_de(S):
    """HTML live blog, newest first, no JSON-LD at all; German-style stamp '31.05.2026, 17:50' in a span above the h2, a printed
    'All times CEST' note, author line after the body, gallery placeholder for 'Photos:' teasers."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div class="cmp">We use cookies and similar technologies. <button>Accept</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<section class="ticker-item"><span class="ticker-date">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 images</div>')
        if e["a"]:
            out.append(f'<p class="ticker-author">({esc(e["a"])})</p>')
        out.append('</section>')
        if i == 3:
            out.append('<aside class="teaser-box"><b>Also of interest:</b> <a>Why Berlin is funding Ukrainian-made long-range weapons</a></aside>')
    out += ['<p class="older"><a>Older entries</a></p></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """text article with section headings (one entry per section), page byline and a dateline with date and time (Kyiv time in words)."""
    L = [S["source"], "Home \u203a World \u203a Ukraine", "", S["kicker"], S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share   Tweet   Email", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: Black Sea shipping insurers raise war-risk premiums again", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2026 \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_textlive_aus(S):
    """text live blog, OLDEST first (Australian outlet): headline FIRST, then 'Posted 10.15am AEST', then body; dateline with year; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   Australia   World   Business   Sport   Opinion", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"Posted {st}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["That\u2019s where we\u2019ll leave our live coverage for today. Thanks for reading.", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy \u00b7 Terms of use"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2026-05-31)
ODS = "odesa-port-drone-attack-2026-05-31"
ZSL = "zelensky-shangri-la-dialogue-2026-05-31"

# ---------------------------------------------------------------- 13930 Drystan Herald (day 2)
SEEDS.append(dict(
  id="13930", name="13930_drystanherald-htmllive", ext="html", source="Drystan Herald", zone="Europe/Berlin", render=r_htmllive_de,
  title="Ukraine war ticker: Odessa port hit by drones, Chernihiv buries its dead",
  lede="The latest developments in Russia\u2019s war against Ukraine, updated through the day.", tznote="All times CEST (Berlin).",
  basis="German-style stamp '{s}' (day.month.year, 24-hour time; the page says 'All times CEST (Berlin)', UTC+2); local {d} in {z}",
  notes="Invented German outlet, English edition. HTML ticker (live blog), newest first, no JSON-LD. Stamp '31.05.2026, 17:50' (German day.month.year order) in a span above each h2; zone only in the note 'All times CEST (Berlin).'. Author in brackets after the body, e.g. '(Jana Roth)'. Spells the port city 'Odessa'. 13930-01 (drones on the Danube port of Izmail, Odesa region, late evening) must not merge with the overnight attack on Odesa port (same region, other strike). 13930-04 is a 'Photos:' gallery teaser with no text. 13930-03 continues day 1's Chernihiv story (search over, toll 13).",
  not_entries=["cookie banner", "logo and menu", "page title", "intro paragraph", "'All times CEST (Berlin).' note", "gallery placeholder 'Gallery: 12 images'",
               "'Also of interest:' box after the fourth item", "'Older entries' link", "footer"],
  entries=[
  E("2026-05-31 22:30", "Drones strike Danube port of Izmail",
    ["Russian drones attacked port infrastructure in Izmail on the Danube late on Sunday, damaging a warehouse and a grain terminal, the governor of the Odesa region said. No one was hurt.",
     "Romania\u2019s defence ministry said it was monitoring the attack from across the river."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2026-05-31", a="Jana Roth",
    n="same region (Odesa oblast), other strike later in the day: must not merge with the overnight Odesa port attack"),
  E("2026-05-31 19:45", "Zelensky meets Asian leaders at Shangri-La Dialogue",
    ["President Volodymyr Zelensky met the prime minister of Singapore and Indonesia\u2019s defence minister on the sidelines of the Shangri-La Dialogue, asking them to back Ukraine\u2019s plan for a peace summit in Asia.",
     "It is his second appearance at the security forum in Singapore."],
    "diplomacy", "diplomacy", 3, ZSL, a="Jana Roth", n="carried by 13930, 13931, 13932"),
  E("2026-05-31 16:10", "Chernihiv: search ends as toll rises to 13",
    ["Rescuers in Chernihiv ended their search of the building destroyed in Saturday\u2019s Russian missile strike after recovering two more bodies, bringing the death toll to 13, the regional administration said.",
     "Hundreds of people laid flowers on the main square on Sunday, a day of mourning in the city."],
    "strikes", "strikes", 3, CHN, a="Lukas Behrendt", n="continuation of the day-1 Chernihiv story (new development: search over, toll 13)"),
  E("2026-05-31 13:25", "Photos: Odessa port after the overnight attack", [], "strikes", "strikes", 1, ODS, a="Lukas Behrendt", n="teaser without body"),
  E("2026-05-31 11:05", "Odessa: third victim dies after drone attack on port",
    ["A crew member of a cargo ship damaged in the overnight drone attack on Odessa port has died in hospital, raising the death toll to three, the regional governor said."],
    "strikes", "strikes", 3, ODS, a="Jana Roth", n="toll 3; spelling 'Odessa'"),
  E("2026-05-31 08:40", "Merz pledges \u20ac1.5 billion for long-range weapons made in Ukraine",
    ["Chancellor Friedrich Merz said Germany would finance the production of long-range drones and missiles in Ukraine with a further \u20ac1.5 billion this year, in an interview with a Sunday newspaper.",
     "He declined again to say whether Germany would supply its own Taurus cruise missiles."],
    "aid", "aid", 3, "merz-long-range-weapons-funding-2026-05-31", a="Lukas Behrendt", n="major funding pledge"),
  E("2026-05-31 06:20", "Two killed in Russian drone attack on Odessa port",
    ["Two people were killed and seven injured when Russian drones hit port facilities in Odessa during the night, Ukrainian authorities said. A Panama-flagged cargo ship loading grain was damaged."],
    "strikes", "strikes", 3, ODS, a="Jana Roth", n="toll 2; spelling 'Odessa'"),
  ]))

# ---------------------------------------------------------------- 13931 Pemberly Review (day 2, article)
PEM_BY = "Solomiia Hartley"
SEEDS.append(dict(
  id="13931", name="13931_pemberlyreview-article", ext="txt", source="Pemberly Review", zone="Europe/Kyiv", render=r_textarticle,
  title="Drones over Odesa, grief in Chernihiv and a pitch to Asia", kicker="WEEKEND BRIEFING", byline=PEM_BY,
  dateline="31 May 2026 \u00b7 14:30 Kyiv time",
  lede="Three things that defined Sunday in Ukraine.",
  more="Pemberly Review\u2019s weekend briefing is published every Saturday and Sunday afternoon.",
  basis="no per-section time: the dateline '31 May 2026 \u00b7 14:30 Kyiv time' (EEST = UTC+3) dates every section; local {d} in {z}",
  notes="Invented Kyiv-based English-language outlet. Text article ('WEEKEND BRIEFING') with three section headings; per convention each section is one entry (headline = heading), stamp null, published = the dateline time 14:30 Kyiv time (named in words, no abbreviation), author = page byline. A 'Read more:' link line after the first section is chrome. Section 1 tells the Odesa port attack (spelled 'Odesa', toll 3), section 2 the Chernihiv mourning (day-1 continuation, toll 13), section 3 Zelensky at the Shangri-La Dialogue.",
  not_entries=["outlet name and breadcrumb", "kicker 'WEEKEND BRIEFING'", "page title", "lede 'Three things that defined Sunday in Ukraine.'", "byline", "dateline",
               "share line", "'Read more: ...' link after the first section", "closing note about the weekend briefing", "footer"],
  entries=[
  E("2026-05-31 14:30", "A night of drones over Odesa",
    ["Odesa woke to the sound of drones again on Sunday: Russia sent dozens of them at the port, and three people were killed, among them a sailor on a grain ship.",
     "Port officials say loading resumed by midday at most berths. The ship, a Panama-flagged bulk carrier, was towed to a repair yard.",
     "The attack came as insurers were already raising premiums for ships calling at Ukrainian ports."],
    "strikes", "strikes", 3, ODS, a=PEM_BY, n="toll 3"),
  E("2026-05-31 14:30", "Mourning in Chernihiv",
    ["Chernihiv observed a day of mourning for the 13 people killed by Saturday\u2019s missile strike on its historic centre.",
     "The city\u2019s churches rang their bells at noon. Officials said 41 people were still in hospital, six of them in a serious condition."],
    "strikes", "strikes", 3, CHN, a=PEM_BY, n="continuation of the day-1 Chernihiv story"),
  E("2026-05-31 14:30", "Zelensky in Singapore",
    ["Volodymyr Zelensky used a speech at the Shangri-La Dialogue to argue that Asia has a stake in how the war in Europe ends, and called for an Asian-hosted round of peace talks.",
     "China\u2019s delegation did not attend his speech."],
    "diplomacy", "diplomacy", 3, ZSL, a=PEM_BY),
  ]))


# ---------------------------------------------------------------- 13932 Mottisham Evening Star (day 2)
MOT_A = "Bronte McAlister"
MOT_ODS_P = ["Russian drones hit port facilities in the Ukrainian city of Odesa overnight, killing two people and damaging a grain ship, Ukrainian officials say.",
             "The attack on the Black Sea port began shortly after 2am local time and lasted about two hours, according to the regional governor."]
SEEDS.append(dict(
  id="13932", name="13932_mottishameveningstar-textlive", ext="txt", source="Mottisham Evening Star", zone="Australia/Sydney", render=r_textlive_aus,
  title="Ukraine war live: Odesa port hit overnight; Zelensky speaks at Shangri-La Dialogue", dateline="Sunday 31 May 2026",
  byline=f"By {MOT_A}", lede="Follow our live coverage of the war in Ukraine. All times AEST.",
  basis="stamp '{s}' after the headline (Australian 12-hour clock with a dot, 'AEST' = UTC+10) on the dateline 'Sunday 31 May 2026'; local {d} in {z}",
  notes="Invented Australian outlet. Text live blog, OLDEST first. Each post: headline FIRST, then 'Posted 10.15am AEST', then body. Sydney time (AEST, UTC+10): posts from 10.15am to 9.35pm local = 00:15 to 11:35 UTC, all on 2026-05-31. One page byline ('By Bronte McAlister'), used as every entry's author. 13932-02 is a theme piece (why Russia targets Black Sea ports) that mentions Odesa but is its own story: must not merge with the Odesa port attack. 13932-05 repeats 13932-01 nearly verbatim (duplicate_of 13932-01). 13932-07 (Ukrainian drones on Russia's Novorossiysk terminal) is the same ports theme, other strike: must not merge with Odesa. 13932-04 continues day 1's Chernihiv story.",
  not_entries=["outlet name and menu", "page title", "dateline", "byline", "lede ('All times AEST')", "'Posted ...' prefix of each stamp line", "'Advertisement' after the fourth post",
               "closing line 'That's where we'll leave our live coverage ...'", "footer"],
  entries=[
  E("2026-05-31 10:15", "Russian drones hit Odesa port, killing two", MOT_ODS_P, "strikes", "strikes", 3, ODS, a=MOT_A, n="toll 2"),
  E("2026-05-31 11:30", "Explainer: Why Russia keeps targeting Ukraine\u2019s Black Sea ports",
    ["Overnight\u2019s attack on Odesa is part of a pattern: since Ukraine reopened its own shipping corridor in 2023, Russia has repeatedly struck the ports of Odesa, Chornomorsk, Pivdennyi and the Danube.",
     "The ports handle most of Ukraine\u2019s grain and steel exports, which bring in the hard currency the government needs. Damaging berths, silos and ships raises insurance costs and pushes some shipowners to stay away.",
     "Ukraine has answered with naval drones and strikes on Russia\u2019s own Black Sea oil terminals."],
    "strikes", "strikes", 2, "explainer-black-sea-ports-attacks", a=MOT_A,
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with the Odesa port attack"),
  E("2026-05-31 12:45", "Australia to send 30 more Bushmasters to Ukraine",
    ["Australia will send another 30 Bushmaster protected vehicles to Ukraine as part of a A$95 million package, the defence minister announced in Canberra."],
    "aid", "aid", 2, "australia-bushmasters-package-2026-05-31", a=MOT_A),
  E("2026-05-31 14:20", "Chernihiv holds day of mourning after missile strike",
    ["The northern Ukrainian city of Chernihiv is holding a day of mourning for the 13 people killed in Saturday\u2019s Russian missile strike, after rescue workers ended their search of the rubble."],
    "strikes", "strikes", 3, CHN, a=MOT_A, n="continuation of the day-1 Chernihiv story (toll 13)"),
  E("2026-05-31 16:05", "Russian drones hit Odesa port, killing two",
    ["Russian drones hit port facilities in the Ukrainian city of Odesa overnight, killing two people and damaging a grain ship, Ukrainian officials said.",
     MOT_ODS_P[1]],
    "strikes", "strikes", 1, ODS, a=MOT_A, dup="13932-01", n="near-verbatim repeat of 13932-01 ('say' -> 'said')"),
  E("2026-05-31 17:40", "Odesa toll rises to three as ship\u2019s crew member dies",
    ["A crew member of the grain ship damaged in the drone attack on Odesa has died of his injuries, bringing the number of dead to three, the regional governor says."],
    "strikes", "strikes", 3, ODS, a=MOT_A, n="toll 3"),
  E("2026-05-31 19:10", "Ukrainian drones target Novorossiysk oil terminal, Russia says",
    ["Russia says its air defences destroyed 23 Ukrainian drones over the Black Sea port of Novorossiysk, and that falling debris started a small fire at an oil terminal."],
    "strikes", "strikes", 2, "novorossiysk-terminal-drone-attack-2026-05-31", a=MOT_A,
    n="same ports theme, other strike (Ukraine on Russia): must not merge with the Odesa port attack"),
  E("2026-05-31 21:35", "Zelensky tells Shangri-La forum Asia\u2019s security is tied to Ukraine\u2019s",
    ["Ukraine\u2019s president Volodymyr Zelensky has told defence officials in Singapore that the outcome of the war in Ukraine will shape how other countries think about taking territory by force, including in Asia."],
    "diplomacy", "diplomacy", 3, ZSL, a=MOT_A),
  ]))

# ---------------------------------------------------------------- 13933 Lantwick World Report (day 2, general world feed)
SEEDS.append(dict(
  id="13933", name="13933_lantwickworldreport-worldrss", ext="xml", source="Lantwick World Report", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Lantwick World Report: Top stories", url="https://lantwick-world.example", guid="lw0531",
  lede="The day\u2019s world news from Lantwick World Report",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, dc:creator on some items. 4 of 6 items off-beat (Colombian election result, Roland-Garros, Indian heatwave, Buenos Aires protest). 13933-05 re-posts day 1's Caldmoor Agency item 13923-01 verbatim (syndicated agency copy: same headline, same text): importance 1, same story slug as day 1, duplicate_of null (duplicates are defined within one seed). 13933-03 spells 'Odessa' (toll 3).",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-05-31 21:50", "Colombia heads for presidential runoff, early results show",
      ["No candidate won a majority in Colombia\u2019s presidential election on Sunday, early official results showed, setting up a runoff in three weeks."],
      "colombia-presidential-election-results-2026", n="Latin American politics"),
  OFF("2026-05-31 18:20", "Top seed knocked out of Roland-Garros in fourth round",
      ["The men\u2019s top seed lost in five sets in the fourth round of the French Open in Paris, the earliest exit by a top seed at the tournament in a decade."],
      "roland-garros-top-seed-upset-2026", n="sport"),
  E("2026-05-31 14:40", "Russian drone attack on Odessa port kills three",
    ["A Russian drone attack on the Ukrainian port of Odessa overnight killed three people, including a sailor, and damaged a cargo ship, officials said."],
    "strikes", "strikes", 3, ODS, a="Ruth Kavanagh", n="toll 3; spelling 'Odessa'"),
  OFF("2026-05-31 10:05", "Heatwave grips northern India as temperatures pass 47C",
      ["Authorities in several northern Indian states closed schools early for the summer as temperatures passed 47C, and hospitals reported a rise in heatstroke cases."],
      "india-heatwave-2026-05", n="weather"),
  E("2026-05-31 06:00", "Ukraine, Russia complete UAE-brokered exchange of 205 POWs",
    ["Ukraine and Russia completed an exchange of 205 prisoners of war on each side on Saturday, the United Arab Emirates said, crediting its mediation.",
     "Polish President Karol Nawrocki welcomed the exchange and said Poland was ready to host humanitarian talks."],
    "diplomacy", "diplomacy", 1, POW, a="Agata Brzezinska", n="re-post of day-1 entry 13923-01 (Caldmoor Agency copy syndicated verbatim): importance 1, same story"),
  OFF("2026-05-31 02:30", "Thousands march in Buenos Aires against pension cuts",
      ["Tens of thousands of people marched to Argentina\u2019s Congress on Saturday evening to protest against planned changes to pensions."],
      "buenos-aires-pension-protest-2026-05", n="Latin American politics"),
  ]))


def r_textlive_noyear(S):
    """text live blog, OLDEST first; date line with weekday and day but NO year anywhere; bare UK-style '8.05am' line (no zone in the
    stamp; the date line says 'all times Kyiv (EET)'); page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News \u00b7 Ukraine \u00b7 Europe \u00b7 Analysis \u00b7 Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["The Ledger is reader-funded. Support our Ukraine coverage.", ""]
    L += ["We\u2019ll be back tomorrow morning with more live coverage.", "", f"{S['source']} \u00b7 Masthead \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_graph(S):
    """HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate
    array in which every update repeats the PAGE headline and the PAGE datePublished (per-update times only in the visible stamps);
    visible full stamp 'Sun 18 Jan 2026 14.32 GMT' in <time>, h2 headline, body, byline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z) - timedelta(minutes=25); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7700 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) if e["p"] else "")[:160]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": S["url"].split("/live")[0] + "/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           ldjson(ld), '</head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">{esc(S["byline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="block" id="block-{7700 + i}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="video">[Video: 1:05]</figure>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Orsett Chronicle\u2019s world briefing every evening. Sign up</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2026-01-18)
KYE = "kyiv-energy-missile-attack-2026-01-18"
ENV = "kremlin-us-envoy-visit-2026-01"
GEN = "eu-generators-kyiv-2026-01-18"

# ---------------------------------------------------------------- 13940 Sedgecombe Times (day 3, general world feed)
SEEDS.append(dict(
  id="13940", name="13940_sedgecombetimes-worldatom", ext="xml", source="Sedgecombe Times", zone="UTC", render=r_atom,
  title="Sedgecombe Times \u2013 World", url="https://sedgecombe-times.example", guid="st0118",
  lede="International news from the Sedgecombe Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Portuguese presidential election, Davos, storm in France, Australian Open). War items: the Kyiv energy attack spelled 'Kiev' (toll 4) and the Kremlin's comment on the US envoy's visit.",
  not_entries=["feed title, subtitle, links, id, updated and rights", "entry link, id, updated and category elements"],
  entries=[
  OFF("2026-01-18 21:15", "Portugal\u2019s presidential race heads for a runoff",
      ["No candidate won an outright majority in the first round of Portugal\u2019s presidential election on Sunday, according to near-complete results, and the top two will meet in a runoff next month."],
      "portugal-presidential-election-first-round-2026", n="European politics"),
  E("2026-01-18 17:40", "Kiev: four dead as Russia pounds power plants in deep freeze",
    ["Four people have been killed in Kiev after Russia launched one of its largest attacks of the winter on Ukraine\u2019s energy system, leaving hundreds of thousands of homes without heating as temperatures fell to minus 14C."],
    "strikes", "strikes", 3, KYE, n="spelling 'Kiev'; toll 4"),
  OFF("2026-01-18 14:05", "Davos braces for record attendance as forum opens",
      ["Organisers of the World Economic Forum expect a record number of heads of state and government in Davos this week, with trade tensions and artificial intelligence topping the agenda."],
      "davos-forum-opens-2026", n="economy"),
  OFF("2026-01-18 10:30", "Storm brings hurricane-force gusts to western France",
      ["More than 200,000 homes lost power in Brittany and Normandy as a winter storm brought gusts of up to 150km/h overnight, the grid operator said."],
      "storm-western-france-2026-01", n="weather"),
  E("2026-01-18 07:55", "Kremlin confirms US envoy expected in Moscow next week",
    ["The Kremlin said on Sunday that a US special envoy was expected in Moscow next week for talks on a possible settlement of the war in Ukraine, but gave no date."],
    "diplomacy", "diplomacy", 3, ENV, n="carried by 13940, 13941, 13942"),
  OFF("2026-01-18 04:20", "Australian Open: home favourite through on opening day",
      ["Australia\u2019s top-ranked woman won her first-round match in straight sets on the opening day of the Australian Open in Melbourne."],
      "australian-open-opening-day-2026", n="sport"),
  ]))

# ---------------------------------------------------------------- 13941 Wickhamby Ledger (day 3)
WIC_A = "Ffion Darrow"
WIC_TOLL = ["The number of people killed in Kyiv by the overnight attack has risen to three, the head of the city military administration said. A woman was pulled dead from a damaged apartment block in Obolon district.",
            "About 600,000 households in the capital are without heating, the city authorities said."]
SEEDS.append(dict(
  id="13941", name="13941_wickhambyledger-textlive", ext="txt", source="Wickhamby Ledger", zone="Europe/Kyiv", render=r_textlive_noyear,
  title="Ukraine live: Kyiv freezes after massive strike on power plants", dateline="Sunday 18 January \u00b7 all times Kyiv (EET)",
  byline=f"Live reporting: {WIC_A}", parse_args=["--date", "2026-01-18"],
  lede="Russia has hit Kyiv\u2019s power and heating plants in one of the biggest attacks of the winter, with the city in a deep frost.",
  basis="bare UK-style stamp '{s}' (no zone in the stamp; the date line says 'all times Kyiv (EET)', UTC+2) on 'Sunday 18 January' (no year printed; parse_args gives 2026-01-18); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first. Date line 'Sunday 18 January \u00b7 all times Kyiv (EET)' with NO year anywhere on the page (parse_args --date 2026-01-18). Bare '8.05am'-style stamp line before each headline. One page byline, used as every entry's author. 13941-02 is a 'Pictured:' teaser without body. 13941-03 is a theme piece (why district heating is exposed) that mentions the attack but is its own story: must not merge with the Kyiv attack. 13941-06 repeats 13941-04 nearly verbatim (duplicate_of 13941-04). 13941-07 (drone on an apartment block in Bila Tserkva, Kyiv region, in the evening) must not merge with the overnight attack on Kyiv (same region, other strike).",
  not_entries=["outlet name and menu", "page title", "date line", "byline 'Live reporting: ...'", "lede", "supporter promo after the third post",
               "closing line 'We'll be back tomorrow morning ...'", "footer"],
  entries=[
  E("2026-01-18 07:20", "Massive Russian attack on Kyiv\u2019s energy system; two killed",
    ["Russia launched dozens of missiles and hundreds of drones at Ukraine overnight, concentrating on power and heating plants in and around Kyiv, officials said. Two people were killed in the capital.",
     "Explosions were heard across the city from about 4am. Ukraine\u2019s energy ministry said several generating units had been shut down."],
    "strikes", "strikes", 3, KYE, a=WIC_A, n="first report; toll 2"),
  E("2026-01-18 08:45", "Pictured: Steam pours from a damaged heating plant in Kyiv", [], "strikes", "strikes", 1, KYE, a=WIC_A, n="teaser without body"),
  E("2026-01-18 10:10", "Explainer: Why Kyiv\u2019s district heating is so exposed",
    ["Most Kyiv flats are heated not by boilers in each building but by hot water piped from a handful of large combined heat and power plants, which is why last night\u2019s strikes can leave hundreds of thousands of homes cold at once.",
     "The system was built in Soviet times for efficiency, not resilience. Repairing a damaged turbine can take months, and mobile boiler houses supplied by donors cover only a fraction of the demand.",
     "City officials have been installing small gas-fired units at schools and hospitals, but say a full switch would take years."],
    "other", "humanitarian", 2, "explainer-kyiv-district-heating-vulnerability", a=WIC_A, sec=["strikes"],
    n="theme piece (explainer); mentions the attack but is its own story: must not merge with the Kyiv energy attack"),
  E("2026-01-18 11:30", "Kyiv toll rises to three; 600,000 households without heating", WIC_TOLL, "strikes", "strikes", 3, KYE, a=WIC_A, n="toll 3"),
  E("2026-01-18 13:05", "Kremlin: US envoy expected in Moscow next week",
    ["Kremlin spokesman Dmitry Peskov said the US special envoy Steve Witkoff was expected in Moscow next week, adding that no date had been agreed.",
     "Ukraine\u2019s foreign ministry said any talks about Ukraine without Ukraine would lead nowhere."],
    "diplomacy", "diplomacy", 3, ENV, a=WIC_A),
  E("2026-01-18 15:40", "Kyiv toll rises to three; 600,000 households without heating",
    ["The number of people killed in Kyiv by the overnight attack has risen to three, the head of the city\u2019s military administration said. A woman was pulled dead from a damaged apartment block in Obolon district.",
     WIC_TOLL[1]],
    "strikes", "strikes", 1, KYE, a=WIC_A, dup="13941-04", n="near-verbatim repeat of 13941-04"),
  E("2026-01-18 18:20", "Drone hits apartment block in Bila Tserkva",
    ["A Russian drone struck a nine-storey apartment block in Bila Tserkva, south of Kyiv, in the early evening, injuring three people, the regional governor said."],
    "strikes", "strikes", 2, "bila-tserkva-drone-strike-2026-01-18", a=WIC_A,
    n="same region (Kyiv oblast), other strike in the evening: must not merge with the overnight attack on Kyiv"),
  ]))


# ---------------------------------------------------------------- 13942 Yarrowdale Wire (day 3)
SEEDS.append(dict(
  id="13942", name="13942_yarrowdalewire-rss", ext="xml", source="Yarrowdale Wire", zone="Europe/Paris", render=r_worldrss, rfc="num",
  title="Yarrowdale Wire \u2013 Europe desk", url="https://yarrowdale-wire.example", guid="yw0118",
  lede="Agency copy from the Yarrowdale Wire Europe desk",
  basis="RSS pubDate '{s}' (explicit +0100 offset = Paris winter time, CET); local {d} in {z}",
  notes="Invented news agency (Paris). RSS 2.0, newest first, pubDate with +0100, dc:creator per item. 13942-05 gives the size of the overnight attack (air force tally), the same event as the Kyiv deaths (13942-02). 13942-03 (Ukrainian drones on Russia's Ust-Luga terminal) must not merge with the Kyiv attack (other direction, same day). 13942-01 (EU generators) is a separate aid story also carried by 13943.",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-01-18 20:30", "EU to send 1,000 generators to Kyiv after energy strikes",
    ["The European Commission said it would send 1,000 generators and 40 mobile boiler units to Kyiv from its emergency reserves after Russia\u2019s attack on the city\u2019s heating plants."],
    "aid", "aid", 3, GEN, a="Camille Ostrova", n="carried by 13942 and 13943"),
  E("2026-01-18 16:15", "Kyiv death toll climbs to four after overnight strikes",
    ["A fourth person has died in Kyiv from injuries sustained in Russia\u2019s overnight missile and drone attack, the city\u2019s mayor Vitali Klitschko said on Sunday.",
     "Officials said heating had been restored to about a quarter of the homes that lost it."],
    "strikes", "strikes", 3, KYE, a="Camille Ostrova", n="toll 4"),
  E("2026-01-18 12:50", "Ukrainian drones hit Ust-Luga fuel terminal, Russian officials say",
    ["Ukrainian drones attacked the Baltic port of Ust-Luga in Russia\u2019s Leningrad region, starting a fire at a fuel terminal, the regional governor said. No one was injured."],
    "strikes", "strikes", 2, "ust-luga-terminal-drone-strike-2026-01-18", a="Antoine Brevin",
    n="other strike, other direction: must not merge with the Kyiv energy attack"),
  E("2026-01-18 09:35", "Kremlin says US envoy to visit Moscow for talks",
    ["A US special envoy will travel to Moscow next week for talks on Ukraine, Kremlin spokesman Dmitry Peskov told state television, without naming a date."],
    "diplomacy", "diplomacy", 3, ENV, a="Antoine Brevin"),
  E("2026-01-18 06:40", "Russia fires 40 missiles, 300 drones at Ukraine\u2019s energy grid",
    ["Russia launched 40 missiles and about 300 drones at Ukraine overnight, most of them aimed at energy facilities around Kyiv, Ukraine\u2019s air force said, adding that 31 missiles and 270 drones had been shot down."],
    "strikes", "strikes", 3, KYE, a="Antoine Brevin", n="size of the same overnight attack"),
  ]))

# ---------------------------------------------------------------- 13943 Orsett Chronicle (day 3)
SEEDS.append(dict(
  id="13943", name="13943_orsettchronicle-htmllive", ext="html", source="Orsett Chronicle", zone="Europe/Dublin", render=r_htmllive_graph,
  title="Russia-Ukraine war: Kyiv without heat after overnight barrage \u2013 live",
  url="https://orsett-chronicle.example/live/2026/jan/18/russia-ukraine-war-kyiv-heating",
  byline="Niall Brennock (now) and Aoife Carrick (earlier)",
  lede="Hundreds of thousands of homes in Kyiv are without heating after Russia\u2019s strikes on power plants; the EU promises emergency help.",
  basis="visible stamp '{s}' in <time> (Irish time: GMT = UTC in January); the JSON-LD updates all carry the page's own datePublished and headline, so they give no per-entry time; local {d} in {z}",
  notes="Invented Irish outlet. HTML live blog, newest first. Visible full stamps 'Sun 18 Jan 2026 14.32 GMT' (weekday, date, dot clock, zone). JSON-LD @graph: the article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate array whose every BlogPosting repeats the PAGE headline and the PAGE datePublished (05:45 GMT) with a truncated articleBody: useless for per-entry headline and time, so the visible blocks are used. Page byline names two reporters with shift labels ('Niall Brennock (now) and Aoife Carrick (earlier)'), so authorship per block cannot be told: author null. 13943-05 is a 'Watch:' teaser with no text. 13943-02 is Zelensky's reaction whose content is the attack (same story as the attack; appeal for Patriots as secondary aid).",
  not_entries=["brand and menu", "page title", "standfirst", "byline with shift labels", "newsletter promo after the second block", "video placeholder '[Video: 1:05]'", "footer"],
  entries=[
  E("2026-01-18 19:05", "EU pledges generators and emergency funds for Kyiv\u2019s heating",
    ["The EU will send 1,000 generators to Kyiv and release \u20ac60m in emergency funding to repair heating plants, the European Commission president, Ursula von der Leyen, said on Sunday evening."],
    "aid", "aid", 3, GEN),
  E("2026-01-18 16:50", "Zelensky: \u2018Russia is trying to freeze Kyiv\u2019",
    ["Volodymyr Zelensky said Russia\u2019s overnight attack was aimed at leaving Kyiv\u2019s residents without heat in the coldest week of the winter, and asked allies for more Patriot missiles.",
     "\u201cEvery missile we do not intercept is a cold apartment, a closed school, a hospital on generators,\u201d he said in his evening address."],
    "strikes", "strikes", 3, KYE, sec=["aid"], n="reaction whose content is the attack; same story"),
  E("2026-01-18 13:20", "Kyiv: 800,000 homes left without heating, mayor says",
    ["Around 800,000 households in Kyiv lost heating after Russia\u2019s overnight strikes on two combined heat and power plants, the mayor, Vitali Klitschko, said. Three people have been confirmed dead.",
     "Schools in the capital will stay closed on Monday."],
    "strikes", "strikes", 3, KYE, n="toll 3"),
  E("2026-01-18 10:45", "Ukraine says it repelled assault near Huliaipole",
    ["Ukraine\u2019s southern command said its troops had repelled a Russian mechanised assault near Huliaipole in the Zaporizhzhia region, destroying several armoured vehicles."],
    "other", "frontline", 2, "huliaipole-assault-repelled-2026-01-18"),
  E("2026-01-18 08:30", "Watch: Firefighters tackle blaze at Kyiv power plant", [], "strikes", "strikes", 1, KYE, n="teaser without body"),
  E("2026-01-18 06:10", "Russia launches massive overnight attack on Kyiv energy sites",
    ["Russia has carried out a large missile and drone attack on Kyiv, targeting power and heating plants. At least two people were killed, according to the city\u2019s military administration."],
    "strikes", "strikes", 3, KYE, n="first report; toll 2"),
  ]))


if __name__ == "__main__":
    main()
