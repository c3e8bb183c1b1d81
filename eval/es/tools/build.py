#!/usr/bin/env python3
"""Builds the eval/es seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real trade/legal/property/fashion outlets; Part B outlets are
invented. Deterministic. Run from the project root:  python3 eval/es/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Corp.", "Inc.", "Co.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
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


def ampm(d, sep=":", space="", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh:02d}" if pad else f"{hh}", sep, f"{d.minute:02d}", space, suf


def clk(d, **kw):
    return "".join(ampm(d, **kw))


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
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


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
            basis = e.get("basis") or S["basis"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_lawcom(S):
    """Law.com (ALM) topic page, HTML. Cards newest first: kicker, h3 headline, dek, 'By NAME | August 02, 2027 at 04:12 PM'
    (zero-padded day, 12-hour clock, no zone), brand label. JSON-LD: WebPage + BreadcrumbList only (no per-story times)."""
    z = S["zone"]; order_check(S, True)
    ld1 = {"@context": "https://schema.org", "@type": "WebPage", "name": S["title"], "url": S["url"],
           "publisher": {"@type": "Organization", "name": "ALM Global, LLC", "url": "https://www.law.com"}}
    ld2 = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Law.com", "item": "https://www.law.com/"},
        {"@type": "ListItem", "position": 2, "name": "Topics", "item": "https://www.law.com/topics/"},
        {"@type": "ListItem", "position": 3, "name": S["title"], "item": S["url"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Law.com</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld1) + '</script>',
           '<script type="application/ld+json">' + json.dumps(ld2) + '</script></head>',
           '<body class="alm-topic">',
           '<div class="alm-utility"><a href="https://www.law.com/radar/">Law.com Radar</a> <a href="https://www.law.com/compass/">Law.com Compass</a> '
           '<a href="https://www.event.law.com/">Events</a> <a href="https://store.law.com/">Store</a> <a href="/newsletters/">Newsletters</a></div>',
           '<header class="alm-header"><a class="logo" href="/">Law.com</a><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a> '
           '<a href="/topics/litigation/">Litigation</a> <a href="/topics/legal-tech/">Legal Tech</a> <a href="/topics/in-house/">In-House</a> '
           '<a href="/rankings/">Rankings</a> <a href="/international-edition/">International</a></nav>'
           '<a class="signin" href="/login/">Sign In</a> <a class="subscribe" href="/subscribe/">Subscribe</a></header>',
           '<main><div class="topic-head"><span class="crumb">Topics</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="topic-desc">{esc(S["lede"])}</p>', '<button class="follow">Follow this topic</button></div>', '<section class="cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year} at {clk(d, space=' ', upper=True, pad=True)}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out.append(f'<article class="card"><span class="card-kicker">{esc(e["kicker"])}</span>'
                   f'<h3 class="card-title"><a href="https://www.law.com/{e["path"]}/{d:%Y/%m/%d}/{slug}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="card-dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="card-meta"><span class="byline">By <a href="/author/profile/{re.sub(r"[^a-z]+", "-", e["a"].lower())}/">{esc(e["a"])}</a></span> | '
                   f'<span class="date">{st}</span></div><div class="card-brand">{esc(e["brand"])}</div></article>')
        if i == 2:
            out.append('<aside class="nl-box"><h4>Law.com Newsletters</h4><p>Get the news that matters to your practice, delivered daily.</p>'
                       '<input type="email" placeholder="Business Email"> <button>Sign Up</button></aside>')
    out += ['</section><a class="load-more" href="?page=2">Load More</a></main>',
            '<aside class="trending"><h4>Trending Stories</h4><ol><li><a href="/2027/07/30/summer-associate-classes-shrink/">Summer Associate Classes Shrink Again</a></li>'
            '<li><a href="/2027/07/29/law-firm-merger-talks/">Two Midsize Firms Confirm Merger Talks</a></li></ol></aside>',
            '<footer class="alm-footer"><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> <a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms-of-service/">Terms of Service</a><p>Copyright &copy; 2027 ALM Global, LLC. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_legalcheek(S):
    """Legal Cheek (WordPress) news river, text scrape. Cards newest first: headline, standfirst/intro, 'By NAME on Aug 4 2027 9:05am'
    (no comma, 12-hour clock glued to am/pm, no zone; UK time), comment count."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "Legal Cheek", "Menu", "News   Features   Careers   Events   Jobs   The Hub   LC Careers Podcast", "Search", "",
         "The Legal Cheek Firms Most List 2027 — explore the rankings", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day} {d.year} {clk(d)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['byline']} on {st}", f"{e['cc']} comments" if e["cc"] != 1 else "1 comment", ""]
        if i == 2:
            L += ["Sign up to the Legal Cheek Newsletter", "Get the latest legal news and careers events straight to your inbox.", "Subscribe", ""]
    L += ["Load more", "", "Most commented", "Partner pay gap widens at US firms in London", "Law school fees to rise again", "",
          "About   Contact   Advertise   Privacy Policy   Cookies", "© Legal Cheek 2027"]
    return "\n".join(L) + "\n", stamps


def r_eg(S):
    """EG (Estates Gazette) news RSS 2.0: pubDate in GMT, dc:creator, description = standfirst (plain text)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.eg.co.uk/news</link>',
           '<atom:link href="https://www.eg.co.uk/rss/news" rel="self" type="application/rss+xml" />',
           '<description>The latest commercial property news from EG</description>', '<language>en-gb</language>',
           '<copyright>Copyright 2027 EG. All rights reserved.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.eg.co.uk/news/{slug}</link>',
                f'<guid isPermaLink="false">eg-{41870 + i * 13}</guid>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_trd(S):
    """The Real Deal (WordPress) section front, HTML. Yoast-style @graph JSON-LD (CollectionPage, BreadcrumbList, WebSite; no stories).
    Cards newest first: market label, h3 headline, excerpt, 'By NAME', 'Aug 9, 2027, 3:10 PM' (no zone; New York time)."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " | The Real Deal",
         "isPartOf": {"@id": "https://therealdeal.com/#website"}, "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://therealdeal.com/"},
            {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://therealdeal.com/#website", "url": "https://therealdeal.com/", "name": "The Real Deal"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | The Real Deal</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="archive category">',
           '<div class="trd-topbar"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a> <a href="/events/">Events</a> <a href="/data/">TRD Data</a></div>',
           '<header class="trd-header"><a class="logo" href="/">The Real Deal</a><nav><a href="/new-york/">New York</a> <a href="/miami/">South Florida</a> '
           '<a href="/la/">Los Angeles</a> <a href="/chicago/">Chicago</a> <a href="/sanfrancisco/">San Francisco</a> <a href="/texas/">Texas</a> '
           '<a href="/national/">National</a></nav><span class="tagline">Real Estate News</span></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="river">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {clk(d, space=' ', upper=True)}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<div class="river-item"><span class="market">{esc(e["market"])}</span>'
                   f'<h3><a href="https://therealdeal.com/{e["market"].lower().replace(" ", "-")}/{d:%Y/%m/%d}/{slug}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="author">By {esc(e["a"])}</span> <span class="date">{st}</span></div></div>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div><div class="nl-signup"><p>Sign up for TRD Daily Dirt</p>'
                       '<p>The best real estate news, every weekday.</p><button>Sign up</button></div>')
    out += ['</div><a class="more" href="?page=2">More stories</a></main>',
            '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/advertise/">Advertise</a> <a href="/privacy/">Privacy Policy</a>'
            '<p>&copy; 2027 The Real Deal. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bisnow(S):
    """Bisnow national news river, text scrape. Header clock line 'Tuesday, August 10, 2027 4:35 PM' above the river; cards newest
    first: headline, 'NAME, Bisnow MARKET' byline, relative time ('35 minutes ago', '2 hours ago'), summary."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Bisnow", "Sign In   Sign Up", "", "Markets   Sectors   Events   Newsletters   Bisnow Research   Jobs   Podcasts", "",
         "National", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {clk(ref, space=' ', upper=True)}", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], f"{e['a']}, Bisnow {e['market']}", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Bisnow Events", "Register now for the National Industrial Outlook, Sept. 14 in Chicago.", ""]
    L += ["Load More", "", "About Bisnow   Advertise   Careers   Contact Us   Privacy Policy   Terms of Use", "© 2027 Bisnow LLC. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented facts)

# ---------------------------------------------------------------- 15000 Law.com
SEEDS.append(dict(
  id="15000", name="15000_lawcom-sanctions", ext="html", source="Law.com", zone="America/New_York", render=r_lawcom,
  title="Sanctions & Export Controls", url="https://www.law.com/topics/sanctions-export-controls/",
  lede="Coverage of sanctions, export controls and the lawyers who advise on them, from across ALM's newsrooms.",
  basis="card stamp '{s}' (ALM prints no zone; Law.com is a New York site, EDT = UTC-4 in August); local {d} in {z}",
  notes="Imitates a Law.com (ALM) topic page. Cards newest first: kicker, linked headline, one-paragraph dek, 'By NAME | August 02, 2027 at 04:12 PM' (day zero-padded, 12-hour clock, no zone), then the ALM brand that ran the story. No zone anywhere: Eastern time assumed (home zone), EDT. JSON-LD is WebPage + BreadcrumbList only. Two off-beat legal-industry items.",
  not_entries=["ALM utility bar (Law.com Radar, Compass, Events, Store, Newsletters)", "header logo, navigation, Sign In / Subscribe",
               "'Topics' crumb, topic title 'Sanctions & Export Controls' and its description", "'Follow this topic' button",
               "card kickers (INTERNATIONAL, WHITE COLLAR CRIME, ...)", "brand labels under each card (Law.com International, The American Lawyer, ...)",
               "'Law.com Newsletters' sign-up box after the third card", "'Load More'", "'Trending Stories' rail with two links", "footer links and copyright"],
  entries=[
  E("2027-08-02 18:45", "EU Lawyers Sign Off on Legal Text of €45B Reparations Loan for Ukraine",
    ["Lawyers for the European Commission and the Council have finalized the text of a loan to Ukraine backed by immobilized Russian central bank assets, clearing the way for finance ministers to approve it next week. Outside counsel advising several member states said the structure was built to survive a challenge by the Bank of Russia in Luxembourg."],
    "aid", "aid", 2, "eu-reparations-loan-ukraine-2027-08", a="Hannah Liebert", sec=["diplomacy"], kicker="INTERNATIONAL", brand="Law.com International", path="international-edition"),
  E("2027-08-02 16:12", "Former Avionics Engineer Pleads Guilty to Routing Drone Parts to Russia",
    ["A former engineer at a Connecticut avionics supplier admitted in Hartford federal court Monday that he shipped thermal cameras and flight controllers to Russia through a trading company in Armenia. Prosecutors said the same part numbers turned up in the wreckage of Russian attack drones recovered in Ukraine."],
    "other", "security", 2, "avionics-engineer-drone-parts-plea-2027-08-02", a="Marcus Oyelaran", sec=["aid"], kicker="WHITE COLLAR CRIME", brand="Connecticut Law Tribune", path="ctlawtribune"),
  E("2027-08-02 14:30", "Treasury's Biggest Shadow Fleet Action of the Year Sends Shipping Lawyers Scrambling",
    ["The Treasury Department on Monday designated 38 tankers and nine ship managers it says move Russian oil above the G7 price cap. Maritime practitioners in New York and London said charterers were already asking whether voyages under way would have to be unwound."],
    "diplomacy", "diplomacy", 3, "us-treasury-shadow-fleet-sanctions-2027-08-02", a="Priya Castellanos", kicker="INTERNATIONAL TRADE", brand="Law.com", path="2027"),
  OFF("2027-08-02 12:05", "Second Circuit Revives Securities Suit Over Chipmaker's Demand Forecasts",
    ["A Second Circuit panel reinstated a shareholder class action accusing a semiconductor company of hiding a slump in orders from data center customers, finding the district judge read the complaint too narrowly."],
    "second-circuit-chipmaker-securities-suit", a="Daniel Ferreira", n="US securities appeal", kicker="LITIGATION", brand="New York Law Journal", path="newyorklawjournal"),
  E("2027-08-02 10:40", "Pro Bono Coalition Helps Ukrainian Civilians Prepare Claims for Damage Register",
    ["Eleven firms have pooled associates to help Ukrainian families prepare claims for the Council of Europe's register of damage, which began taking claims for destroyed homes this year. Volunteers said many applicants had no paperwork because their deeds and identity documents burned with their houses."],
    "other", "humanitarian", 2, "pro-bono-ukraine-damage-register-claims", a="Lena Vasquez-Hart", kicker="PRO BONO", brand="The American Lawyer", path="americanlawyer"),
  E("2027-08-02 09:15", "EU Court Adviser Backs Asset Freeze on Russian Fertilizer Magnate",
    ["An advocate general at the Court of Justice of the European Union advised judges to uphold the freeze on the assets of a Russian fertilizer group's founder, rejecting his claim that he had cut all ties with the company. The opinion is not binding, but the court follows its advocates general in most cases."],
    "diplomacy", "diplomacy", 2, "cjeu-adviser-fertilizer-founder-asset-freeze", a="Hannah Liebert", kicker="INTERNATIONAL", brand="Law.com International", path="international-edition"),
  OFF("2027-08-02 08:20", "Am Law 100 Firms Post Strongest First Half in Six Years",
    ["Revenue at the largest U.S. firms rose almost 11% in the first six months of the year, driven by rate increases and a rebound in deal work, according to a survey of finance partners."],
    "am-law-100-first-half-revenue-2027", a="Corinne Abadi", n="law-firm finances", kicker="LAW FIRM MANAGEMENT", brand="The American Lawyer", path="americanlawyer"),
  ]))

# ---------------------------------------------------------------- 15001 Legal Cheek
SEEDS.append(dict(
  id="15001", name="15001_legalcheek-news", ext="txt", source="Legal Cheek", zone="Europe/London", render=r_legalcheek,
  title="Latest news",
  basis="stamp '{s}' (Legal Cheek prints no zone; UK site, BST = UTC+1 in August); local {d} in {z}",
  notes="Imitates the Legal Cheek news river as copied from the browser. Cards newest first: headline, one or two intro paragraphs, then 'By NAME on Aug 4 2027 9:05am' and a comment count. No zone printed: UK time assumed (home zone), BST. 'Legal Cheek Reporter' is a generic desk byline, so author null. Two off-beat legal-careers items.",
  not_entries=["'Skip to content', logo, menu and navigation", "Search", "Firms Most List promo line", "section heading 'Latest news' (page title)",
               "comment counts under each card", "newsletter sign-up box after the third card", "'Load more'", "'Most commented' list with two headlines",
               "footer links and copyright"],
  entries=[
  E("2027-08-04 17:20", "Bar Council backs scheme to train Ukrainian war crimes prosecutors",
    ["Barristers will run advocacy workshops for Ukrainian prosecutors handling cases against Russian soldiers, under a programme the Bar Council announced this afternoon.",
     "The first group of 24 prosecutors is due in London in October. Sessions will focus on questioning traumatised witnesses and using open-source evidence such as geolocated videos."],
    "other", "humanitarian", 2, "bar-council-ukraine-prosecutor-training", a="Thomas Garrow", byline="Thomas Garrow", cc=9),
  E("2027-08-04 14:45", "City firm fined £465,000 over Russia sanctions breach",
    ["The Office of Financial Sanctions Implementation (OFSI) has fined a mid-sized City firm for taking fees from a company owned by a designated Russian businessman.",
     "OFSI said the firm failed to check who ultimately controlled the client and only reported the payments after a journalist asked about them."],
    "diplomacy", "diplomacy", 2, "ofsi-fine-city-firm-russia-sanctions-2027-08-04", a="Aisling Marr", byline="Aisling Marr", cc=41),
  OFF("2027-08-04 12:30", "Revealed: The 2027 trainee retention rates",
    ["Legal Cheek's annual survey of newly qualified solicitors shows retention dipping at magic circle firms but rising among US outfits in London."],
    "trainee-retention-rates-2027", a=None, n="careers survey; generic desk byline", byline="Legal Cheek Reporter", cc=23),
  E("2027-08-04 11:05", "SRA opens quicker route for displaced Ukrainian lawyers",
    ["Ukrainian lawyers who fled the war will be able to skip the first stage of the qualifying exam if they can show five years of practice at home, the Solicitors Regulation Authority said.",
     "Around 300 Ukrainian lawyers are thought to be living in England and Wales, many working as paralegals."],
    "other", "humanitarian", 2, "sra-ukrainian-lawyers-exemption", a="Aisling Marr", byline="Aisling Marr", cc=6),
  OFF("2027-08-04 09:50", "Judge rebukes barrister over AI-invented case citations",
    ["A High Court judge has referred a barrister to the regulator after three authorities cited in his skeleton argument turned out not to exist."],
    "barrister-ai-fake-citations-2027-08", a="Thomas Garrow", n="legal-practice story", byline="Thomas Garrow", cc=87),
  E("2027-08-04 08:15", "ICC deputy prosecutor tells students grid attacks are a priority",
    ["A deputy prosecutor of the International Criminal Court told a summer school in Cambridge that Russian missile and drone attacks on Ukraine's power stations are a priority for her office.",
     "She said investigators were matching debris and flight data to specific launch sites, but declined to say whether new arrest warrants were close."],
    "other", "humanitarian", 2, "icc-deputy-prosecutor-grid-attacks-remarks", a="Thomas Garrow", sec=["strikes"], byline="Thomas Garrow", cc=12),
  ]))

# ---------------------------------------------------------------- 15002 EG (Estates Gazette)
SEEDS.append(dict(
  id="15002", name="15002_eg-newsrss", ext="xml", source="EG", zone="UTC", render=r_eg,
  title="EG - News",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the EG (Estates Gazette) news RSS 2.0 feed. Items newest first; pubDate printed in GMT; dc:creator when a reporter is named (one item has none, author null); description is the standfirst, one paragraph. Three off-beat UK property items.",
  not_entries=["channel title, link, description, language and copyright", "category labels of each item", "guid and link of each item"],
  entries=[
  OFF("2027-08-06 16:40", "Retail park investor completes £48m Midlands sale",
    ["A private investor has sold a fully let retail park near Leicester to a local authority pension fund for £48m, reflecting a net initial yield of about 7%."],
    "midlands-retail-park-sale-2027-08", a="Rhiannon Bexley", n="UK retail property deal", cat="Retail"),
  E("2027-08-06 15:05", "EBRD loan backs rebuild of Irpin housing blocks",
    ["The European Bank for Reconstruction and Development has agreed a €62m loan to a Ukrainian developer to rebuild six apartment blocks in Irpin that were wrecked in the first weeks of the full-scale invasion, with the first residents due back in 2029."],
    "aid", "aid", 2, "ebrd-irpin-housing-loan-2027-08-06", a="Oskar Lindqvist", cat="International"),
  E("2027-08-06 13:20", "Receivers appointed to sanctioned Russian owner's Mayfair office block",
    ["Receivers have taken control of a 60,000 sq ft Mayfair office building whose owner was added to the UK sanctions list in 2023, after the lender said frozen rent accounts left it unable to service the debt."],
    "diplomacy", "diplomacy", 2, "mayfair-office-receivers-sanctioned-owner", a="Rhiannon Bexley", cat="Finance"),
  OFF("2027-08-06 11:10", "City office take-up rebounds in second quarter",
    ["Leasing in the City of London reached 1.9m sq ft in the second quarter, the strongest three months since 2019, as banks and law firms committed to new towers."],
    "city-office-take-up-q2-2027", a=None, n="London office market data; no creator in the feed", cat="Offices"),
  E("2027-08-06 09:45", "Two killed as Russian missile destroys Lviv logistics park",
    ["A Russian cruise missile hit a logistics park on the western edge of Lviv overnight, killing two security guards and destroying about 40,000 sq m of warehousing, according to the regional governor. The park is owned by a Warsaw-based fund whose tenants include two European parcel carriers."],
    "strikes", "strikes", 3, "lviv-logistics-park-missile-strike-2027-08-06", a="Oskar Lindqvist", n="deadly strike", cat="International"),
  OFF("2027-08-06 08:00", "Build-to-rent completions hit record in first half",
    ["Almost 9,000 build-to-rent homes were completed across the UK in the first half of the year, led by Manchester and Birmingham, according to new figures from an industry body."],
    "uk-build-to-rent-completions-h1-2027", a="Priyesh Nandra", n="UK residential data", cat="Residential"),
  ]))

# ---------------------------------------------------------------- 15003 The Real Deal
SEEDS.append(dict(
  id="15003", name="15003_therealdeal-national", ext="html", source="The Real Deal", zone="America/New_York", render=r_trd,
  title="National", url="https://therealdeal.com/national/",
  basis="river stamp '{s}' (no zone printed; The Real Deal is a New York publication, EDT = UTC-4); local {d} in {z}",
  notes="Imitates The Real Deal's 'National' section front (WordPress). Yoast-style @graph JSON-LD with CollectionPage, BreadcrumbList and WebSite only. River newest first: market label, h3 headline, one-paragraph excerpt, 'By NAME' and 'Aug 9, 2027, 3:10 PM' (no zone; New York time assumed, EDT). Three off-beat property items.",
  not_entries=["top bar (Subscribe, Log in, Events, TRD Data)", "logo, market navigation and 'Real Estate News' tagline", "section title 'National' (page title)",
               "market labels on each item (New York, South Florida, ...)", "'Advertisement' slot and TRD Daily Dirt sign-up after the third item",
               "'More stories' link", "footer links and copyright"],
  entries=[
  OFF("2027-08-09 17:30", "Brooklyn rents set another record in July",
    ["The median asking rent in Brooklyn climbed to $3,950 last month, a fresh high, as new leases outpaced a thin pipeline of completions, according to a brokerage report."],
    "brooklyn-rents-july-2027", a="Kiara Blumfeld", n="NYC rental market", market="New York"),
  E("2027-08-09 15:10", "Feds move to seize UES townhouse tied to sanctioned Russian banker",
    ["Federal prosecutors in Manhattan filed a civil forfeiture complaint Monday against a five-story townhouse on East 64th Street that they say is secretly controlled by a Russian banker sanctioned in 2022. The complaint says a chain of shell companies in Cyprus and Delaware paid the property taxes and a caretaker's salary after the sanctions took effect."],
    "diplomacy", "diplomacy", 2, "ues-townhouse-forfeiture-russian-banker", a="Ethan Morrow-Quist", market="New York"),
  OFF("2027-08-09 13:00", "Miami developer launches 60-story Brickell condo",
    ["A Miami developer began sales for a 60-story condo tower in Brickell with units priced from $1.1 million, betting that demand from out-of-state buyers has not cooled."],
    "brickell-condo-launch-2027-08", a="Sofia Albarran", n="Miami condo launch", market="South Florida"),
  E("2027-08-09 11:20", "Ukrainian-American developer raises $4M to build school shelters in Kharkiv",
    ["A New Jersey developer who grew up in Kharkiv has raised $4 million from fellow real estate investors to build underground classrooms for three schools in the city, which is shelled and bombed almost daily. The first shelter is due to open before the school year starts in September."],
    "aid", "aid", 2, "nj-developer-kharkiv-school-shelters", a="Kiara Blumfeld", market="National"),
  OFF("2027-08-09 09:40", "Law firm signs 120K sf lease at Hudson Yards tower",
    ["A litigation boutique will move its headquarters to a Hudson Yards tower after signing a 15-year lease for four floors, one of the largest law firm deals of the summer."],
    "hudson-yards-law-firm-lease-2027-08", a="Ethan Morrow-Quist", n="Manhattan office lease", market="New York"),
  E("2027-08-09 08:15", "Proceeds from forfeited Hamptons estate to fund rehab for Ukrainian soldiers",
    ["The Justice Department said the $11.7 million raised from auctioning a Hamptons estate forfeited by a sanctioned Russian industrialist will go to a State Department program that fits prosthetic limbs for wounded Ukrainian soldiers. It is the third time forfeited property has been turned into aid for Ukraine."],
    "aid", "aid", 2, "hamptons-estate-proceeds-ukraine-prosthetics", a="Sofia Albarran", sec=["diplomacy"], market="National"),
  ]))

# ---------------------------------------------------------------- 15004 Bisnow
SEEDS.append(dict(
  id="15004", name="15004_bisnow-national", ext="txt", source="Bisnow", zone="America/New_York", render=r_bisnow,
  title="Latest News", ref="2027-08-10 16:35",
  basis="relative stamp '{s}' counted back from the page's clock line 'Tuesday, August 10, 2027 4:35 PM' (no zone printed; Bisnow National runs on Eastern time, EDT = UTC-4); local {d} in {z}",
  notes="Imitates Bisnow's National news river as copied from the browser. The only absolute time is the clock line under 'National' ('Tuesday, August 10, 2027 4:35 PM', no zone: Eastern assumed, home zone). Cards newest first: headline, 'NAME, Bisnow MARKET' byline (author = NAME), relative time ('35 minutes ago', '2 hours ago'), one summary paragraph. Relative stamps are counted back exactly from the clock line. Three off-beat commercial property items.",
  not_entries=["logo, Sign In / Sign Up, navigation", "'National' label and the clock line (capture time, used as the anchor)", "'Latest News' heading (page title)",
               "', Bisnow MARKET' affiliation in each byline", "'Bisnow Events' promo after the third card", "'Load More'", "footer links and copyright"],
  entries=[
  OFF("2027-08-10 16:00", "Suburban Office Distress Spreads As 2017-Vintage Loans Come Due",
    ["Special servicers are taking over a growing share of suburban office loans originated a decade ago, with delinquencies in the Philadelphia and New Jersey suburbs now above 14%."],
    "suburban-office-loan-distress-2027-08", a="Grant Okafor", n="CRE debt", market="National"),
  E("2027-08-10 14:35", "Army's Shell Plant Expansion Sparks Industrial Land Rush In Northeast Pennsylvania",
    ["The Army's push to triple its output of 155mm artillery shells, a large share of which goes to Ukraine, has set off a scramble for industrial land around Scranton and Wilkes-Barre. Brokers say defense suppliers have leased nearly 2 million square feet in the area since January."],
    "aid", "aid", 2, "army-155mm-shell-expansion-pennsylvania-land", a="Maddie Renwick", market="Philadelphia"),
  OFF("2027-08-10 12:35", "Multifamily Lenders Pull Back In Sun Belt Markets",
    ["Regional banks are cutting their exposure to apartment construction loans in Phoenix, Austin and Atlanta as a wave of new supply pushes down rents."],
    "sun-belt-multifamily-lending-pullback", a="Grant Okafor", n="CRE lending", market="National"),
  E("2027-08-10 11:35", "Polish Warehouse Developer Pauses Eastern Projects After Russian Drone Incursion",
    ["A Polish logistics developer said Tuesday it will pause three warehouse projects near Lublin after Russian drones crossed into Polish airspace overnight and one came down in a field next to a construction site. Nobody was hurt, but the developer said two tenants had asked to delay signing leases."],
    "other", "security", 2, "poland-drone-incursion-lublin-2027-08-10", a="Tobias Hallström", market="National"),
  OFF("2027-08-10 09:35", "Data Center Developer Buys 300 Acres Outside Columbus",
    ["A hyperscale data center developer has bought 300 acres east of Columbus, Ohio, for a campus that could eventually draw 900 megawatts."],
    "columbus-data-center-land-deal-2027-08", a="Maddie Renwick", n="data centre land deal", market="National"),
  E("2027-08-10 08:35", "Ukraine Reconstruction Fund Picks Two U.S. Builders For First Housing Contracts",
    ["A fund backed by Ukraine's government and the U.S. International Development Finance Corp. has picked two American construction firms to build 1,200 homes for displaced families in the Kyiv and Chernihiv regions. The $310 million first phase is financed with loans and grants from the fund's U.S. and European backers."],
    "aid", "aid", 2, "ukraine-reconstruction-fund-us-builders", a="Tobias Hallström", market="National"),
  ]))


def r_wwd(S):
    """WWD (Penske Media) 'Business' river, HTML. Items newest first: category tag, h3 headline, dek, 'By NAME', and
    'August 12, 2027, 6:02am' (12-hour clock glued to am/pm, no zone; New York time). JSON-LD: CollectionPage + Organization."""
    z = S["zone"]; order_check(S, True)
    ld = [{"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"] + " \u2013 WWD", "url": S["url"]},
          {"@context": "https://schema.org", "@type": "Organization", "name": "WWD", "url": "https://wwd.com",
           "parentOrganization": {"@type": "Organization", "name": "Penske Media Corporation"}}]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 WWD</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive">', '<div class="pmc-header-ticker"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a> '
           '<a href="/digital-daily/">Digital Daily</a></div>',
           '<header class="wwd-header"><a class="wwd-logo" href="/">WWD</a><nav><a href="/fashion-news/">Fashion</a> <a href="/business-news/">Business</a> '
           '<a href="/beauty-industry-news/">Beauty</a> <a href="/runway/">Runway</a> <a href="/eye/">Eye</a> <a href="/menswear-news/">Men\'s</a> '
           '<a href="/wwd-events/">Events</a> <a href="/shop/">Shop</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<ul class="river">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {clk(d)}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<li class="river-item"><a class="category" href="/business-news/{e["cat"].lower().replace(" ", "-")}/">{esc(e["cat"])}</a>'
                   f'<h3 class="title"><a href="https://wwd.com/business-news/{slug}-{1236000 + i * 17}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="byline">By <a href="/author/{re.sub(r"[^a-z]+", "-", e["a"].lower())}/">{esc(e["a"])}</a></p>'
                   f'<time class="date">{st}</time></li>')
        if i == 1:
            out.append('<li class="ad">ADVERTISEMENT</li>')
        if i == 3:
            out.append('<li class="promo"><p>Sign up for WWD News Updates.</p><p>By providing your information, you agree to our Terms of Use.</p></li>')
    out += ['</ul><a class="load-more">More Business</a></main>',
            '<footer><a href="/about-us/">About Us</a> <a href="/accessibility/">Accessibility</a> <a href="/privacy-policy/">Privacy Policy</a>'
            '<p>WWD is a part of Penske Media Corporation. &copy; 2027 Fairchild Publishing, LLC. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_industrydive_rss(S):
    """Industry Dive (Retail Dive) RSS 2.0: pubDate with the New York offset (-0400 in summer), dc:creator, description = summary."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', '<copyright>Copyright 2027 Industry Dive. All rights reserved.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}news/{slug}/{705100 + i * 31}/</link>',
                f'<guid isPermaLink="false">{S["url"]}news/{slug}/{705100 + i * 31}/</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bof(S):
    """The Business of Fashion daily brief, HTML article: h1, standfirst, byline 'By BoF Team', date + time line, then short items
    (h2 headline, paragraphs, 'Learn more:' link line). No per-item time. NewsArticle JSON-LD with the page time."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "author": {"@type": "Organization", "name": "BoF Team"}, "publisher": {"@type": "Organization", "name": "The Business of Fashion"},
          "isAccessibleForFree": False, "url": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | BoF</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="bof-logo" href="/">The Business of Fashion</a><nav><a href="/news/">News &amp; Analysis</a> <a href="/the-daily-brief/">The Daily Brief</a> '
           '<a href="/careers/">Careers</a> <a href="/events/">Events</a> <a href="/podcasts/">Podcasts</a> <a href="/education/">Education</a></nav>'
           '<a href="/membership/">Become a Member</a> <a href="/sign-in/">Sign In</a></header>',
           '<main><article>', '<p class="kicker">The Daily Brief</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M} BST</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<section class="brief-item"><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="learn-more"><strong>Learn more:</strong> <a href="/articles/{i + 1}">{esc(e["more"])}</a></p></section>')
        if i == 2:
            out.append('<aside class="paywall-promo">This article is available to BoF Professional members. Try 30 days for $1.</aside>')
    out += ['</article></main>', '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a>'
            '<p>&copy; 2027 The Business of Fashion. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_drapers(S):
    """Drapers live blog, text scrape. Date only in the header ('Wednesday 18 August 2027'), oldest first, bare '09:20' line before each
    headline, 'Posted by NAME' under the body."""
    z = S["zone"]; order_check(S, False); day = dt(S["entries"][0]["t"], z)
    L = ["Drapers", "Subscribe   Sign in", "News   Fashion   Business Insight   Retail   People   Drapers Awards   Jobs", "", "LIVE", S["title"],
         f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Get the Drapers Daily newsletter: the news that matters in fashion retail. Sign up", ""]
    L += ["This live blog has now ended.", "", "Related: Drapers Fashion Summit 2027 speakers announced", "",
          "Terms and conditions   Privacy policy   Cookie policy   © 2027 Metropolis International Group Limited"]
    return "\n".join(L) + "\n", stamps


def r_hrdive(S):
    """HR Dive (Industry Dive) article with sections, text scrape: kicker, headline, byline 'NAME, Senior Reporter',
    'Published Aug. 20, 2027 11:05 a.m. EDT', then one h2-like line per section; no per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["HR Dive", "Topics   Deep Dive   Opinion   Library   Events   Press Releases", "Sign up", "", S["kicker"], S["title"], "",
         S["lede"], "", f"{S['byline']}, Senior Reporter",
         f"Published {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {clk(pub, space=' ', dots=True)} EDT", "",
         "Share on Twitter   Share on LinkedIn   Share on Facebook   Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Get the free daily newsletter read by industry experts", "Email:", "Sign up", ""]
    L += ["Recommended Reading", "What the new overtime threshold means for 2028 budgets", "Employers brace for reservist leave requests", "",
          "© 2027 Industry Dive. All rights reserved.   Privacy policy   Terms of use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 15005 WWD
SEEDS.append(dict(
  id="15005", name="15005_wwd-business", ext="html", source="WWD", zone="America/New_York", render=r_wwd,
  title="Business", url="https://wwd.com/business-news/",
  basis="river stamp '{s}' (WWD prints no zone; New York publication, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the WWD 'Business' river (Penske Media). Newest first: category tag, h3 headline, dek, 'By NAME', 'August 12, 2027, 6:02am' (no zone: New York time assumed, EDT). JSON-LD: CollectionPage and Organization only. Two off-beat fashion-business items.",
  not_entries=["Subscribe / Log In / Digital Daily bar", "logo and navigation", "section title 'Business' (page title)", "category tags on each item",
               "'ADVERTISEMENT' slot", "WWD News Updates sign-up after the fourth item", "'More Business'", "footer links and copyright"],
  entries=[
  OFF("2027-08-12 18:10", "Italian Luxury Group's Second-Quarter Sales Slip in China",
    ["A Milan-based luxury group said sales in mainland China fell 9 percent in the second quarter, though demand from American shoppers helped it hold its full-year outlook."],
    "italian-luxury-group-q2-china-sales", a="Giulia Marchetti", n="luxury earnings", cat="Financial"),
  E("2027-08-12 15:40", "Russian Drone Hits Lviv Knitwear Factory, Killing Night Watchman",
    ["A Russian attack drone struck a knitwear factory in Lviv early Thursday, killing the night watchman and setting fire to a warehouse of finished sweaters, the city's mayor said. The plant makes private-label knitwear for several Scandinavian and German retailers, which said they were checking on staff."],
    "strikes", "strikes", 3, "lviv-knitwear-factory-drone-strike-2027-08-12", a="Oksana Dorosh", n="deadly strike", cat="Retail"),
  E("2027-08-12 13:25", "EU Ambassadors Back Closing Central Asian Loophole in Luxury Export Ban",
    ["European Union ambassadors agreed to make it illegal to sell luxury goods to resellers in Kazakhstan and Kyrgyzstan that cannot show the items will not end up in Russia. The measure, part of the bloc's next sanctions package, still needs formal approval by ministers."],
    "diplomacy", "diplomacy", 2, "eu-luxury-export-ban-central-asia-loophole", a="Miles Thorne-Adair", cat="Government & Trade"),
  OFF("2027-08-12 11:05", "Sneaker Resale Platform Files Confidentially for IPO",
    ["An online marketplace for used sneakers and streetwear has filed confidentially for a U.S. listing, according to two people familiar with the plans."],
    "sneaker-resale-platform-ipo-filing", a="Giulia Marchetti", n="IPO filing", cat="Financial"),
  E("2027-08-12 09:30", "Kyiv Fashion Week Moves Shows Into Metro Stations After Air Raid Alerts",
    ["Organizers of Kyiv's fashion week said the remaining shows will be staged in two metro stations, after three evening presentations were cut short this week by air raid sirens. Designers said guests would have to show tickets at the station entrances."],
    "other", "humanitarian", 2, "kyiv-fashion-week-metro-shows", a="Oksana Dorosh", sec=["strikes"], cat="Retail"),
  E("2027-08-12 07:45", "Paris Fashion Group Pledges 20 Million Euros for Ukrainian Children's Hospitals",
    ["A Paris-based fashion group said it will give 20 million euros over three years to equip children's hospitals in Kharkiv, Dnipro and Odesa, including generators to keep wards running during blackouts."],
    "aid", "aid", 2, "paris-fashion-group-ukraine-hospitals-pledge", a="Miles Thorne-Adair", cat="Retail"),
  ]))

# ---------------------------------------------------------------- 15006 Retail Dive
SEEDS.append(dict(
  id="15006", name="15006_retaildive-rss", ext="xml", source="Retail Dive", zone="America/New_York", render=r_industrydive_rss,
  title="Retail Dive - Latest News", url="https://www.retaildive.com/", lede="Retail Dive news feed",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Imitates the Retail Dive (Industry Dive) RSS 2.0 feed: newest first, pubDate with the -0400 offset, dc:creator, one-paragraph summary in description. Three off-beat retail items.",
  not_entries=["channel title, link, description, language and copyright", "guid/link of each item"],
  entries=[
  OFF("2027-08-13 17:50", "Discount chain to close 150 stores as it exits two states",
    ["A dollar-store chain said it will shut 150 locations by the end of October, mostly in Oregon and Washington, after sales fell for six straight quarters."],
    "discount-chain-store-closures-2027-08", a="Nadia Frayne", n="store closures"),
  E("2027-08-13 15:20", "Commerce adds 14 companies to Entity List over Russia shipments",
    ["The Commerce Department added 14 companies in Turkey, the United Arab Emirates and Hong Kong to its Entity List, saying they routed U.S.-made electronics and apparel-making machinery to Russian buyers. Retailers and suppliers that do business with the firms now need a license."],
    "diplomacy", "diplomacy", 2, "commerce-entity-list-russia-2027-08-13", a="Theo Ramsdell"),
  OFF("2027-08-13 13:05", "Back-to-school spending forecast trimmed as shoppers hold back",
    ["A trade group lowered its forecast for back-to-school spending by 3%, citing higher prices for electronics and a drop in planned clothing purchases."],
    "back-to-school-spending-forecast-2027", a="Nadia Frayne", n="consumer spending"),
  E("2027-08-13 11:30", "Russian drones burn parcel depot outside Kyiv, delaying online orders",
    ["A Russian drone attack overnight set fire to a parcel sorting depot in the Kyiv region, destroying tens of thousands of packages, Ukraine's largest delivery company said. No one was hurt, but the company warned customers of delays of up to three days."],
    "strikes", "strikes", 2, "kyiv-region-parcel-depot-drone-attack-2027-08-13", a="Theo Ramsdell"),
  OFF("2027-08-13 09:55", "Department store names former beauty executive as CEO",
    ["A regional department store chain appointed a former beauty-industry executive as chief executive, its third leader in four years."],
    "department-store-ceo-appointment-2027-08", a="Lydia Crane"),
  E("2027-08-13 08:10", "Retailers' winter coat drive for Ukrainian families tops 400,000 items",
    ["A coat drive run by 11 U.S. apparel retailers has collected more than 400,000 coats, boots and blankets for families in front-line areas of Ukraine, and the first shipments left a New Jersey warehouse this week."],
    "aid", "aid", 2, "us-retailers-winter-coat-drive-ukraine", a="Lydia Crane"),
  ]))

# ---------------------------------------------------------------- 15007 The Business of Fashion
SEEDS.append(dict(
  id="15007", name="15007_bof-dailybrief", ext="html", source="The Business of Fashion", zone="Europe/London", render=r_bof,
  title="Kharkiv Textile Plant Struck, EU Tightens Luxury Ban and More", url="https://www.businessoffashion.com/the-daily-brief/2027-08-16/",
  published="2027-08-16 07:30", byline="BoF Team",
  lede="Today's essential fashion news, in brief.",
  basis="no per-item time: the round-up's dateline '16 August 2027, 07:30 BST' (also datePublished in the NewsArticle JSON-LD) is used for every item; local {d} in {z}",
  notes="Imitates a BoF 'The Daily Brief' round-up: one article, six short items (h2 headline, one or two paragraphs, 'Learn more:' link line). Byline 'By BoF Team' is a generic desk credit, so author null for every item. No per-item stamp: stamp null and published = the page dateline '16 August 2027, 07:30 BST' (printed in the page and in the NewsArticle JSON-LD). Two off-beat items.",
  not_entries=["header logo and navigation, Become a Member / Sign In", "kicker 'The Daily Brief'", "page headline (page title)",
               "standfirst 'Today's essential fashion news, in brief.'", "byline 'By BoF Team'", "dateline '16 August 2027, 07:30 BST'",
               "'Learn more:' link line under each item", "paywall promo after the third item", "footer links and copyright"],
  entries=[
  E("2027-08-16 07:30", "Russian Missile Strike Hits Kharkiv Textile Plant, Killing Three",
    ["Three workers were killed and 11 injured when a Russian missile hit a textile plant in Kharkiv on Sunday evening, regional officials said.",
     "The plant, one of the largest in eastern Ukraine, had been weaving fabric for military uniforms as well as for several European workwear brands."],
    "strikes", "strikes", 3, "kharkiv-textile-plant-missile-strike-2027-08-15", n="deadly strike", more="Inside Ukraine's wartime garment industry"),
  E("2027-08-16 07:30", "EU Tightens Ban on Luxury Exports to Russia",
    ["EU governments on Friday formally approved rules that make sellers of luxury goods responsible for proving that items sold to resellers in Central Asia will not be forwarded to Russia. Brands have six months to adapt their distribution contracts."],
    "diplomacy", "diplomacy", 2, "eu-ministers-approve-luxury-reseller-rules-2027-08-13", more="How luxury goods still reach Moscow"),
  OFF("2027-08-16 07:30", "China Luxury Spending Slows for Third Straight Quarter",
    ["Spending on luxury goods in mainland China fell again in the second quarter as shoppers traded down and travelled abroad to buy, according to a consultancy's quarterly tracker."],
    "china-luxury-spending-q2-2027", n="luxury market data", more="The BoF-McKinsey State of Fashion: China"),
  E("2027-08-16 07:30", "Ukrainian Label Moves Production Out of Sumy After Evacuation Order",
    ["A Ukrainian womenswear label said it is moving its 60-person workshop from Sumy to Lviv after authorities ordered families with children to leave several districts near the Russian border. The founder said most seamstresses had agreed to relocate with their families."],
    "other", "humanitarian", 2, "ukrainian-label-relocates-from-sumy", more="Ukraine's designers keep working through the war"),
  OFF("2027-08-16 07:30", "Milan House Names New Creative Director",
    ["A Milan fashion house has hired the former design director of a London label as creative director, with her first collection due in February."],
    "milan-house-creative-director-2027-08", n="designer appointment", more="Fashion's musical chairs continues"),
  E("2027-08-16 07:30", "Danish Retailer Sends Generators to Ukrainian Suppliers",
    ["A Danish fashion retailer said it has shipped 40 industrial generators to its Ukrainian suppliers so that factories can keep running during power cuts caused by Russian attacks on the grid."],
    "aid", "aid", 2, "danish-retailer-generators-ukraine-suppliers", sec=["strikes"], more="Sourcing from Ukraine in wartime"),
  ]))

# ---------------------------------------------------------------- 15008 Drapers
SEEDS.append(dict(
  id="15008", name="15008_drapers-live", ext="txt", source="Drapers", zone="Europe/London", render=r_drapers,
  title="Retail news live: updates from across the fashion industry",
  lede="Follow the day's fashion retail news as it happens, from profit updates to sourcing and supply chain.",
  basis="bare time '{s}' (UK time, BST = UTC+1; no zone printed) under the header date 'Wednesday 18 August 2027'; local {d} in {z}",
  notes="Imitates a Drapers live blog as copied from the browser. The only date is the header line 'Wednesday 18 August 2027'; posts oldest first, each a bare 'HH:MM' line, headline, body and 'Posted by NAME'. No zone printed: UK time assumed (home zone), BST. Three off-beat retail items.",
  not_entries=["logo, Subscribe / Sign in, navigation", "'LIVE' label", "page title and header date 'Wednesday 18 August 2027'", "standfirst 'Follow the day's ...'",
               "'Posted by NAME' lines (author credits, not body)", "Drapers Daily newsletter promo after the third post", "'This live blog has now ended.'",
               "'Related:' link", "footer links and copyright"],
  entries=[
  OFF("2027-08-18 08:05", "Fashion chain raises profit guidance after strong July",
    ["A high street fashion chain lifted its full-year profit forecast by £15m after hot weather pushed July sales of summer clothing 8% above last year."],
    "fashion-chain-profit-guidance-2027-08", a="Harriet Quaye", n="trading update"),
  E("2027-08-18 09:20", "Lviv factories supplying UK brands resume work after overnight drone attack",
    ["Garment factories in Lviv that make clothing for several UK high street brands restarted production this morning after a Russian drone attack on the city's industrial district overnight.",
     "One factory worker was injured by broken glass, according to the city council. A sourcing director at one UK brand told Drapers that orders for the autumn season were not affected."],
    "strikes", "strikes", 2, "lviv-industrial-district-drone-attack-2027-08-18", a="Callum Iredale"),
  OFF("2027-08-18 10:40", "July footfall down 3.1% as shoppers stay at home",
    ["Visits to UK high streets, shopping centres and retail parks fell 3.1% in July compared with a year earlier, according to the latest footfall monitor."],
    "uk-footfall-july-2027", a="Harriet Quaye", n="footfall data"),
  E("2027-08-18 11:55", "UK sanctions Russian fashion resellers in new round of designations",
    ["The Foreign Office has added four companies that resell Western luxury clothing in Moscow and St Petersburg to the UK sanctions list, along with their owners.",
     "Officials said the firms had bought more than £30m of branded goods through intermediaries in Armenia and the United Arab Emirates since 2024."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-russian-fashion-resellers-2027-08-18", a="Callum Iredale"),
  OFF("2027-08-18 13:10", "Womenswear brand appoints former department store boss as chief executive",
    ["A London womenswear brand has named a former department store managing director as chief executive, as it prepares to open stores in the US."],
    "womenswear-brand-ceo-2027-08", a="Harriet Quaye", n="appointment"),
  E("2027-08-18 14:30", "Charity shops launch winter clothing appeal for Ukraine",
    ["A group of UK charity shop chains has asked shoppers to donate warm coats, boots and children's clothing, which will be sorted in Leicester and sent to families in eastern Ukraine before the first frosts.",
     "The chains said they had sent 180 tonnes of clothing last winter."],
    "aid", "aid", 2, "uk-charity-shops-ukraine-winter-appeal", a="Callum Iredale"),
  ]))

# ---------------------------------------------------------------- 15009 HR Dive
SEEDS.append(dict(
  id="15009", name="15009_hrdive-article", ext="txt", source="HR Dive", zone="America/New_York", render=r_hrdive,
  title="4 war-related developments for employers with Ukrainian and Polish staff",
  kicker="DIVE BRIEF", published="2027-08-20 11:05", byline="Carolyn Ashbury",
  lede="Immigration relief, reservist call-ups and a strike on a Kyiv office block all carry consequences for HR teams this week.",
  basis="no per-section time: the article line 'Published Aug. 20, 2027 11:05 a.m. EDT' is used for every section; local {d} in {z}",
  notes="Imitates an HR Dive (Industry Dive) article as copied from the browser: kicker, headline, dek, 'NAME, Senior Reporter', 'Published Aug. 20, 2027 11:05 a.m. EDT', then four numbered-style sections (each a headline line and paragraphs) and a closing off-beat 'Also this week' section. One entry per section; stamp null; published = the article's time; author = the page byline for every section. The TPS extension and the parolee work-permit backlog are the same theme (Ukrainians' work authorisation in the US) but separate events.",
  not_entries=["logo, navigation and 'Sign up'", "kicker 'DIVE BRIEF'", "headline (page title) and dek", "byline line with 'Senior Reporter'", "'Published ...' line",
               "share links", "newsletter sign-up box after the second section", "'Recommended Reading' with two links", "footer"],
  entries=[
  E("2027-08-20 11:05", "DHS extends temporary protected status for Ukrainians through 2029",
    ["The Department of Homeland Security extended temporary protected status for Ukrainian nationals by 18 months, citing continued Russian attacks on civilian areas.",
     "Employers should note that existing employment authorization documents are automatically extended for now, so workers do not need to present new papers right away."],
    "other", "humanitarian", 2, "dhs-ukraine-tps-extension-2027-08", a="Carolyn Ashbury", n="same theme as 15009-04 (work authorisation), different event"),
  E("2027-08-20 11:05", "Poland calls up 40,000 reservists for autumn exercises",
    ["Poland's defence ministry said it will call up about 40,000 reservists for training exercises between September and November, the largest call-up since the end of conscription.",
     "US companies with operations in Poland may see short-notice leave requests; Polish law requires employers to keep the jobs open."],
    "other", "security", 2, "poland-reservist-callup-autumn-2027", a="Carolyn Ashbury"),
  E("2027-08-20 11:05", "Missile strike damages Kyiv office block used by US outsourcing firms",
    ["A Russian ballistic missile strike on Thursday damaged a business center in Kyiv's Podil district that houses offices of two US software outsourcing firms, injuring four people.",
     "Both companies said staff were in shelters at the time and that work had been moved to home offices and a backup site in Lviv."],
    "strikes", "strikes", 2, "kyiv-podil-business-center-strike-2027-08-19", a="Carolyn Ashbury"),
  E("2027-08-20 11:05", "USCIS says it has cleared backlog of work permits for Ukrainian parolees",
    ["US Citizenship and Immigration Services said it has worked through a backlog of about 60,000 work permit applications from Ukrainians admitted under humanitarian parole, with new applications now decided in about six weeks."],
    "other", "humanitarian", 2, "uscis-ukrainian-parolee-work-permits", a="Carolyn Ashbury", n="same theme as 15009-01 (TPS), different event"),
  OFF("2027-08-20 11:05", "Also this week: NLRB revisits captive-audience meetings",
    ["The National Labor Relations Board asked for briefs on whether employers may require workers to attend meetings about unionization, signalling it may revisit its 2024 ruling."],
    "nlrb-captive-audience-briefs-2027-08", a="Carolyn Ashbury", n="US labour-law item"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: masthead, 'LIVE', title, date line, standfirst, 'Key Points' bullets (entry headlines),
    then per post a '22:40 EEST' line, headline, body, 'Reporting by NAME'."""
    z = S["zone"]; order_check(S, True); day = dt(S["entries"][-1]["t"], z)
    L = [S["source"].upper(), "Home   World   Ukraine   Business   Opinion   Culture", "", "LIVE", S["title"],
         f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}", "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {S['abbr']}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", "", f"Get our Ukraine briefing by email every morning. Sign up", ""]
    L += ["Show earlier posts", "", f"\u00a9 {day.year} {S['source']}. All rights reserved.   Terms   Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible byline above the
    headline and '06:30 CEST' inside <time datetime>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{501 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie-bar">We use cookies to improve {esc(S["source"])}. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/economy">Economy</a></nav></header>',
           f'<main><span class="live-badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<ol class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {S['abbr']}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{501 + i}"><div class="post-meta">'
                   + (f'<span class="post-author">{esc(e["a"])}</span> ' if e["a"] else '')
                   + f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Share post</a></div></li>')
        if i == 1:
            out.append(f'<li class="related"><strong>Read more:</strong> <a href="/analysis/independence-day">{esc(S["related"])}</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate in GMT or with the numeric offset (S['rfc']), CDATA paragraphs; dc:creator only
    when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{i + 3310}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 3310}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share   Tweet   Email   Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Photo: Emergency workers at the site of the strike. (Handout)", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Masthead \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-08-24 (UTC), day 2 = 2027-08-25, day 3 = 2027-08-29.
KREM = "kremenchuk-missile-strike-2027-08-24"
SWAP = "uae-mediated-prisoner-exchange-2027-08-24"
CANADA = "canada-military-aid-kyiv-visit-2027-08-24"
ZEL = "zelensky-independence-day-speech-2027-08-24"
BALL = "analysis-ballistic-missile-defence-gap"
BALL_H = "Analysis: Why Ukraine still struggles to stop ballistic missiles"
BALL_P = ["Tuesday\u2019s strike on Kremenchuk was a reminder of the weapon Ukraine\u2019s air defences find hardest to stop: the ballistic missile, which falls on its target at several times the speed of sound a few minutes after launch.",
          "Only a handful of Western systems, above all the US-made Patriot, can reliably intercept Iskander-M and KN-23 missiles, and each interception can use two or three interceptors costing several million dollars apiece.",
          "Ukrainian officials say the country needs at least a dozen more Patriot batteries to cover its big cities and industrial centres. Factories in Europe and the US are expanding output, but deliveries are still counted in hundreds of interceptors a year, not thousands."]

# ---------------------------------------------------------------- 15020 Dunsmere Chronicle (day 1)
SEEDS.append(dict(
  id="15020", name="15020_dunsmere-textlive", ext="txt", source="Dunsmere Chronicle", zone="Europe/Kyiv", render=r_textlive_kp, abbr="EEST",
  title="Russia-Ukraine war live: nine dead in Kremenchuk as Ukraine marks Independence Day",
  lede="Ballistic missiles hit Kremenchuk before dawn; Zelensky rejects land-for-peace; Canada announces new military aid; prisoners of war come home.",
  basis="stamp '{s}' (Kyiv summer time, EEST = UTC+3) under the date line 'Tuesday 24 August 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: 'HH:MM EEST' line, headline, body, optional 'Reporting by NAME' line (author). 15020-02 is a 'Watch:' teaser with no body. 15020-03 is a theme piece (analysis of ballistic-missile defence) that mentions the Kremenchuk strike; it is re-posted verbatim by 15032 on day 2. Kremenchuk toll here 3 (first report) then 9.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and date line 'Tuesday 24 August 2027'", "standfirst summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'Reporting by ...' lines (author credits, not body)",
               "'Advertisement' and the newsletter promo after the fourth post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2027-08-24 22:40", "Kremenchuk toll rises to nine as rescuers end search",
    ["Nine people, including a 12-year-old girl, were killed when Russian ballistic missiles hit Kremenchuk before dawn, the head of the Poltava regional administration said this evening.",
     "He said 41 people had been injured and that rescuers had finished searching the ruins of the five-storey building that took a direct hit. Wednesday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Fiona Lachlan", kp=True, n="toll 9 dead, 41 injured"),
  E("2027-08-24 20:05", "Watch: Rescuers lift survivors from Kremenchuk rubble", [],
    "strikes", "strikes", 1, KREM, n="teaser without body (video)"),
  E("2027-08-24 17:05", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Martin Okello",
    n="theme piece (analysis of ballistic-missile defence); mentions the Kremenchuk strike but is its own story; must not merge with kremenchuk-missile-strike-2027-08-24"),
  E("2027-08-24 14:20", "146 Ukrainian prisoners of war come home in UAE-brokered swap",
    ["Ukraine and Russia exchanged 146 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Some of the Ukrainians had been held since the fall of Mariupol. The men were taken to a hospital in the Chernihiv region for checks before meeting their families."],
    "diplomacy", "diplomacy", 3, SWAP, a="Fiona Lachlan"),
  E("2027-08-24 11:50", "Zelensky: \u2018We will not trade our land for a pause\u2019",
    ["Speaking on Sofia Square on Independence Day, President Volodymyr Zelensky said Ukraine wanted the war to end this year but would not accept a ceasefire that required it to give up territory Russia has failed to capture.",
     "Foreign guests at the ceremony included Canada\u2019s prime minister and the presidents of Finland and Latvia."],
    "diplomacy", "diplomacy", 3, ZEL, a="Martin Okello", kp=True),
  E("2027-08-24 10:30", "Canada pledges C$900m in military aid as Carney visits Kyiv",
    ["Canadian Prime Minister Mark Carney announced 900 million Canadian dollars in new military aid on a visit to Kyiv, including armoured vehicles, drones and money for Ukrainian-made long-range weapons.",
     "Carney said about a third of the package would be spent with manufacturers in Ukraine itself."],
    "aid", "aid", 3, CANADA, a="Fiona Lachlan"),
  E("2027-08-24 09:40", "Drones hit Myrhorod overnight; no casualties reported",
    ["Russian attack drones hit the outskirts of Myrhorod, also in the Poltava region, during the same night, damaging a farm warehouse and power lines, local officials said. No one was hurt."],
    "strikes", "strikes", 2, "myrhorod-drone-attack-2027-08-24", a="Martin Okello",
    n="same Poltava region as the Kremenchuk strike, but a separate drone attack on another town; must not merge"),
  E("2027-08-24 07:15", "Russian missiles strike Kremenchuk, killing three",
    ["Russian ballistic missiles hit a residential neighbourhood of Kremenchuk in central Ukraine shortly after 4am, killing at least three people and injuring 15, regional officials said.",
     "Ukraine\u2019s air force said Russia fired four Iskander-M missiles at the city, home to one of the country\u2019s largest oil refineries, and 60 attack drones at several regions."],
    "strikes", "strikes", 3, KREM, a="Fiona Lachlan", n="toll 3 dead (first report)"),
  ]))

# ---------------------------------------------------------------- 15021 Ravensoke Post (day 1)
SEEDS.append(dict(
  id="15021", name="15021_ravensoke-ldlive", ext="html", source="Ravensoke Post", zone="Europe/Berlin", render=r_ldlive, abbr="CEST",
  title="War in Ukraine: the latest", url="https://ravensoke-post.example/live/ukraine-2027-08-24",
  dateline="Tuesday, 24 August 2027", related="Thirty-six years of independence, three and a half years of full-scale war",
  lede="Missile attack on Kremenchug on Ukraine's Independence Day. Canada announces aid. Prisoner exchange. All times CEST.",
  basis="visible '{s}' (CEST = UTC+2, printed) on the live page dated 'Tuesday, 24 August 2027'; the LiveBlogPosting update carries the same time with offset; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+02:00), headline and author. Visible meta: author then '06:30 CEST' in <time datetime>. Spelling 'Kremenchug' throughout (Russian transliteration). 15021-06 repeats 15021-05 nearly verbatim (duplicate). Nikopol shelling (15021-07) is another deadly strike the same day and must not merge with Kremenchuk.",
  not_entries=["cookie bar", "brand and navigation", "'Live' badge", "page title and dateline", "intro paragraph (page lede)",
               "'Share post' links", "'Read more:' related link after the second post", "footer"],
  entries=[
  E("2027-08-24 06:30", "Ballistic missiles hit Kremenchug; at least three dead",
    ["Several ballistic missiles struck Kremenchug, an industrial city on the Dnipro river, early on Tuesday, killing at least three people, according to Ukraine\u2019s emergency service.",
     "Pictures released by rescuers showed a partly collapsed apartment block and burnt-out cars in a courtyard."],
    "strikes", "strikes", 3, KREM, a="Jonas Edelmann", n="spelling 'Kremenchug'; toll 3"),
  E("2027-08-24 09:50", "Ukraine marks Independence Day under air-raid sirens",
    ["Ukrainians marked 36 years of independence with flag ceremonies held mostly indoors or close to shelters, as air-raid alerts sounded across much of the country during the morning."],
    "other", "politics", 2, "ukraine-independence-day-ceremonies-2027-08-24", a="Clara Wendisch"),
  E("2027-08-24 11:35", "Canada announces new military aid during Kyiv visit",
    ["Canada will send a new military aid package worth about 620 million euros, Prime Minister Mark Carney said in Kyiv, where he attended the Independence Day ceremony.",
     "The package includes armoured vehicles and money for drone production in Ukraine."],
    "aid", "aid", 3, CANADA, a="Jonas Edelmann", n="amount given in euros here (C$900m elsewhere)"),
  E("2027-08-24 13:40", "Kremenchug death toll climbs to seven",
    ["The number of people killed in this morning\u2019s missile strike on Kremenchug has risen to seven, Ukraine\u2019s interior minister said, adding that at least 30 people were hurt."],
    "strikes", "strikes", 3, KREM, a="Jonas Edelmann", n="toll 7"),
  E("2027-08-24 14:25", "Prisoner swap: 146 Ukrainians return home",
    ["Russia and Ukraine have each released 146 prisoners of war in an exchange brokered by the United Arab Emirates, the Ukrainian president\u2019s office said.",
     "It is the first exchange since early July."],
    "diplomacy", "diplomacy", 3, SWAP, a="Clara Wendisch"),
  E("2027-08-24 15:10", "Prisoner swap: 146 Ukrainians return home",
    ["Russia and Ukraine have each released 146 prisoners of war in an exchange brokered by the United Arab Emirates, the Ukrainian president\u2019s office said.",
     "It was the first such exchange since early July."],
    "diplomacy", "diplomacy", 1, SWAP, a="Clara Wendisch", dup="15021-05", n="near-verbatim repeat of 15021-05"),
  E("2027-08-24 18:20", "Shelling kills woman in Nikopol",
    ["A woman was killed when Russian artillery shelled Nikopol, across the Dnipro river from Russian-occupied Enerhodar, in the afternoon, the governor of the Dnipropetrovsk region said."],
    "strikes", "strikes", 3, "nikopol-shelling-2027-08-24", a="Jonas Edelmann",
    n="another deadly strike the same day in a different region; must not merge with the Kremenchuk strike"),
  ]))

# ---------------------------------------------------------------- 15022 Vantry World Service (day 1)
SEEDS.append(dict(
  id="15022", name="15022_vantry-worldrss", ext="xml", source="Vantry World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Vantry World Service \u2013 World", url="https://vantry-world.example/news", guid="vws-2027-0824",
  lede="Top world stories from Vantry World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, GMT pubDates, no dc:creator (author null). The war is a minority: 4 of 6 items are off-beat. Kremenchuk toll 9 here.",
  not_entries=["channel title, link, description, language and lastBuildDate", "category, guid and link of each item"],
  entries=[
  OFF("2027-08-24 20:05", "Greek firefighters bring wildfire near Athens under control",
    ["Firefighters said a wildfire that forced the evacuation of several villages north-east of Athens was largely under control on Tuesday evening after the wind dropped."],
    "greece-wildfire-athens-2027-08-24", n="wildfire", cat="Europe"),
  E("2027-08-24 17:45", "Nine killed in Russian missile strike on Kremenchuk",
    ["The death toll from a Russian missile strike on the central Ukrainian city of Kremenchuk has risen to nine, regional officials said on Tuesday, with 41 people injured.",
     "The attack, on the day Ukraine celebrates its independence from the Soviet Union, destroyed part of an apartment block."],
    "strikes", "strikes", 3, KREM, n="toll 9", cat="Europe"),
  OFF("2027-08-24 15:30", "Chilean copper miners walk out over pay",
    ["Workers at one of Chile\u2019s biggest copper mines began an open-ended strike after talks on a new wage deal broke down, the union said."],
    "chile-copper-mine-strike-2027-08", n="labour dispute", cat="Americas"),
  OFF("2027-08-24 12:10", "Japanese prime minister reshuffles cabinet ahead of autumn session",
    ["Japan\u2019s prime minister replaced the finance and foreign ministers in a cabinet reshuffle intended to steady his government before parliament reconvenes."],
    "japan-cabinet-reshuffle-2027-08", n="Japanese politics", cat="Asia"),
  E("2027-08-24 10:00", "Russia and Ukraine swap 146 prisoners of war each",
    ["Russia and Ukraine carried out a prisoner exchange on Tuesday, each handing over 146 captured servicemen, with the United Arab Emirates acting as mediator.",
     "Russia\u2019s defence ministry said its soldiers were being flown to Moscow for medical treatment."],
    "diplomacy", "diplomacy", 3, SWAP, cat="Europe"),
  OFF("2027-08-24 07:20", "Brazilian striker completes record move to Saudi club",
    ["A Brazilian international striker has joined a Saudi Pro League club for a fee reported to exceed 150 million euros, a record for the league."],
    "brazilian-striker-saudi-transfer-2027-08", n="football", cat="Sport"),
  ]))

# ---------------------------------------------------------------- 15023 Hallowtree Review (day 1)
SEEDS.append(dict(
  id="15023", name="15023_hallowtree-article", ext="txt", source="Hallowtree Review", zone="Europe/Warsaw", render=r_article,
  title="Missiles on Kremenchuh cast a shadow over Ukraine\u2019s Independence Day",
  lede="Russia\u2019s deadliest strike in weeks came as foreign leaders gathered in Kyiv.", byline="Agnieszka Wolny",
  dateline="24 August 2027, 18:40 CEST", more="More from our Ukraine coverage: Poland\u2019s border towns, one year after the drone incursions",
  basis="no per-section time: the article dateline '24 August 2027, 18:40 CEST' (UTC+2) is used for every section; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings (one entry each), byline 'By Agnieszka Wolny' (author of every section) and dateline '24 August 2027, 18:40 CEST'. Spelling 'Kremenchuh' (Ukrainian transliteration with h); toll 'at least seven' at the time of writing.",
  not_entries=["outlet name and breadcrumb", "article title and standfirst", "byline and dateline", "share line", "photo caption after the first section",
               "'More from our Ukraine coverage' link", "footer"],
  entries=[
  E("2027-08-24 18:40", "Strike on a sleeping city",
    ["At least seven people were killed when Russian ballistic missiles hit Kremenchuh, a refinery town in the Poltava region, in the early hours of Tuesday.",
     "Local officials said one missile destroyed the middle section of a residential building, while another landed near the refinery\u2019s perimeter fence."],
    "strikes", "strikes", 3, KREM, a="Agnieszka Wolny", n="spelling 'Kremenchuh'; toll 7"),
  E("2027-08-24 18:40", "Zelensky rules out land for peace",
    ["In his Independence Day address, Volodymyr Zelensky told a crowd in central Kyiv that Ukraine would not buy a pause in the fighting by handing over land.",
     "Warsaw welcomed the speech. Poland\u2019s foreign minister wrote that nobody could ask Ukraine to reward aggression with territory."],
    "diplomacy", "diplomacy", 3, ZEL, a="Agnieszka Wolny"),
  E("2027-08-24 18:40", "Ottawa opens its wallet",
    ["Canada\u2019s prime minister, Mark Carney, used his visit to Kyiv to pledge C$900m in military aid, part of which will pay for drones built in Ukraine.",
     "Polish officials said they hoped other G7 members would follow before winter."],
    "aid", "aid", 3, CANADA, a="Agnieszka Wolny"),
  ]))


def r_htmllive_plain(S):
    """HTML live blog without JSON-LD, newest first; bare '21:30' in a div above the h2, a printed 'All times BST' note and a
    date line; byline 'By NAME' under the headline; photo teasers show a gallery placeholder."""
    z = S["zone"]; order_check(S, True); day = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a> '
           '<a href="/weather">Weather</a></nav><a class="btn" href="/subscribe">Subscribe</a></header>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>',
           f'<p class="live-date">{DAYS_EN[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', f'<p class="tz-note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry" data-entry="{7700 + i}"><div class="ts">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 photos</div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['<button class="more">Load more updates</button></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Contact \u00b7 Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first; <published> with the outlet's offset (or Z when S['zulu']), <author><name>, escaped HTML summary."""
    z = S["zone"]; order_check(S, True)

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}" rel="alternate"/>',
           f'<link href="{S["url"]}/feed.atom" rel="self"/>', f'<id>{S["url"]}/</id>', f'<updated>{iso(top)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{d:%Y/%m/%d}/{i + 120}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{i + 120}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out += ['</feed>']
    return "\n".join(out) + "\n", stamps


def r_textlive_us(S):
    """text live blog, oldest first, US style: '4:10 a.m. ET' line before the headline, '\u2014 NAME' after the body; date line 'Wednesday, Aug. 25, 2027'."""
    z = S["zone"]; order_check(S, False); day = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News   Local   Nation & World   Business   Sports   Opinion   Obituaries", "", S["title"],
         f"{DAYS_EN[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}, {day.year}", "", S["lede"], "", "Updates appear oldest first.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clk(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Sign up for the Evening Star's breaking news alerts.", ""]
    L += ["This blog is no longer updating.", "", f"Copyright {day.year} {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# Day 2 stories
KHAR = "kharkiv-shopping-centre-guided-bomb-2027-08-25"
IRIS = "germany-iris-t-pledge-2027-08-25"

# ---------------------------------------------------------------- 15030 Cresswold Herald (day 2)
SEEDS.append(dict(
  id="15030", name="15030_cresswold-htmllive", ext="html", source="Cresswold Herald", zone="Europe/London", render=r_htmllive_plain,
  title="Ukraine war live: guided bomb kills six at Kharkiv shopping centre", tznote="All times BST",
  lede="Russian bomb hits shopping centre in Kharkiv\u2019s Saltivka district; Kremenchuk mourns its dead; Germany promises more air defence.",
  basis="bare '{s}' above the post (page note 'All times BST' = UTC+1) under the date line 'Wednesday 25 August 2027'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without any JSON-LD, newest first. Each post: bare 'HH:MM' in a div above the h2, optional 'By NAME' line, body. Zone only from the printed note 'All times BST'. 15030-03 is a 'Photos:' teaser (gallery placeholder, no text). 15030-05 continues the day-1 Kremenchuk story with a new development (toll 10, mourning, missile type). Kharkiv toll here 2 then 6.",
  not_entries=["masthead, navigation and Subscribe button", "page title and date line", "summary paragraph (page lede)", "'All times BST' note",
               "'By NAME' lines (author credits)", "gallery placeholder 'Gallery: 12 photos' in the teaser", "'Advertisement' slot", "'Load more updates'", "footer"],
  entries=[
  E("2027-08-25 21:30", "Kharkiv death toll rises to six",
    ["Six people are now known to have died after a Russian guided bomb hit a shopping centre in Kharkiv\u2019s Saltivka district this morning, the city\u2019s mayor, Ihor Terekhov, said.",
     "Forty-eight people were injured, among them five children."],
    "strikes", "strikes", 3, KHAR, a="Rowan Tait", n="toll 6"),
  E("2027-08-25 19:45", "Germany pledges two more IRIS-T air defence systems",
    ["Germany will deliver two more IRIS-T air defence systems and several hundred missiles for them before the end of the year, its defence minister said during a visit to a missile plant in Bavaria.",
     "Berlin has now promised Ukraine more than a dozen of the systems."],
    "aid", "aid", 3, IRIS, a="Eleanor Fenwick"),
  E("2027-08-25 17:10", "Photos: Aftermath of the Kharkiv shopping centre strike", [],
    "strikes", "strikes", 1, KHAR, n="teaser without body (photo gallery)"),
  E("2027-08-25 15:20", "Russia claims advance near Kupiansk",
    ["Russia\u2019s defence ministry said its troops had captured a village north of Kupiansk in the Kharkiv region. Ukraine\u2019s general staff said fighting there was continuing and did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2027-08-25", a="Rowan Tait",
    n="same Kharkiv region as the shopping-centre strike, but ground fighting; must not merge"),
  E("2027-08-25 12:05", "Kremenchuk mourns as death toll reaches ten",
    ["Flags flew at half-mast in Kremenchuk on a day of mourning for the victims of Tuesday\u2019s missile strike, as the death toll rose to ten after a woman died in hospital overnight.",
     "Prosecutors said fragments showed the city had been hit by Iskander-M ballistic missiles."],
    "strikes", "strikes", 3, KREM, a="Eleanor Fenwick", n="day-2 continuation of the day-1 Kremenchuk story with a new development (toll 10, mourning, missile type)"),
  E("2027-08-25 10:15", "Guided bomb hits Kharkiv shopping centre, killing two",
    ["A Russian guided aerial bomb struck a shopping centre in the north-eastern Saltivka district of Kharkiv shortly after 10am local time, killing at least two people, regional governor Oleh Syniehubov said.",
     "Dozens of shoppers and staff were evacuated as fire spread through the building\u2019s upper floor."],
    "strikes", "strikes", 3, KHAR, a="Rowan Tait", n="toll 2 (first report)"),
  E("2027-08-25 08:00", "Drone kills driver in Russia\u2019s Belgorod region, governor says",
    ["A Ukrainian drone hit a car on a road near Shebekino in Russia\u2019s Belgorod region, killing the driver, the regional governor said on Telegram."],
    "strikes", "strikes", 3, "belgorod-region-drone-kills-driver-2027-08-25", a="Eleanor Fenwick",
    n="deadly strike on the Russian side of the border; must not merge with the Kharkiv strike"),
  ]))

# ---------------------------------------------------------------- 15031 Tidewrack Dispatch (day 2)
SEEDS.append(dict(
  id="15031", name="15031_tidewrack-atom", ext="xml", source="Tidewrack Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Tidewrack Dispatch \u2014 Ukraine", url="https://tidewrack-dispatch.example", lede="News from and about Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author><name> on every entry, summary as escaped HTML. The UN coordinator's condemnation is a reaction whose content is the Kharkiv strike itself, so it shares the strike's story. 15031-04 continues the day-1 Kremenchuk story.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  E("2027-08-25 22:50", "UN humanitarian coordinator condemns strike on Kharkiv shopping centre",
    ["The UN\u2019s humanitarian coordinator for Ukraine said she was appalled by the bombing of a busy shopping centre in Kharkiv, calling attacks on places full of civilians unacceptable under international humanitarian law."],
    "strikes", "strikes", 3, KHAR, a="Iryna Sokil", n="reaction whose content is the strike itself: same story"),
  E("2027-08-25 20:15", "Berlin to send two IRIS-T systems before winter",
    ["Germany\u2019s defence minister promised Ukraine two additional IRIS-T systems by December, saying Russia\u2019s attacks on cities showed that air defence had to come first."],
    "aid", "aid", 3, IRIS, a="Daniel Hartigan"),
  E("2027-08-25 16:40", "Kharkiv strike: five dead, dozens wounded",
    ["The death toll from the guided-bomb attack on a shopping centre in Kharkiv has risen to five, with more than 40 people wounded, Ukraine\u2019s emergency service said.",
     "Firefighters were still working to put out the fire on the top floor."],
    "strikes", "strikes", 3, KHAR, a="Iryna Sokil", n="toll 5"),
  E("2027-08-25 13:30", "Kremenchuk holds day of mourning; investigators name Iskander-M missiles",
    ["Kremenchuk observed a day of mourning on Wednesday for the victims of Tuesday\u2019s ballistic missile attack.",
     "Ukraine\u2019s prosecutor general said fragments found at the site belonged to Iskander-M missiles launched from Russia\u2019s Kursk region."],
    "strikes", "strikes", 3, KREM, a="Daniel Hartigan", n="day-2 continuation of the day-1 Kremenchuk story (mourning, missile type)"),
  E("2027-08-25 11:05", "Turkey offers Istanbul for new round of talks",
    ["Turkey\u2019s foreign minister said Ankara was ready to host a new round of direct talks between Russian and Ukrainian delegations in Istanbul, including on prisoner exchanges and the return of deported children."],
    "diplomacy", "diplomacy", 2, "turkey-offers-istanbul-talks-2027-08-25", a="Daniel Hartigan"),
  ]))

# ---------------------------------------------------------------- 15032 Ottinge Evening Star (day 2)
SEEDS.append(dict(
  id="15032", name="15032_ottinge-textlive", ext="txt", source="Ottinge Evening Star", zone="America/New_York", render=r_textlive_us,
  title="Live updates: Russian bomb hits Kharkiv shopping center",
  lede="A Russian glide bomb struck a busy shopping center in Ukraine\u2019s second-largest city on Wednesday. Follow along for updates.",
  basis="stamp '{s}' (Eastern time, EDT = UTC-4) under the date line 'Wednesday, Aug. 25, 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first: '4:10 a.m. ET' line, headline, body, '\u2014 NAME' credit (author). 15032-02 is a syndicated re-post of day 1's analysis 15020-03 (same headline and text, same author) and is importance 1. 15032-04 is a theme piece on Kharkiv's underground schools that mentions the strike but is its own story. 15032-06 repeats 15032-03 nearly verbatim (duplicate).",
  not_entries=["masthead and navigation", "page title and date line", "standfirst (page lede)", "'Updates appear oldest first.'",
               "'\u2014 NAME' credit lines", "'ADVERTISEMENT' and the alerts sign-up after the third post", "'This blog is no longer updating.'", "copyright line"],
  entries=[
  E("2027-08-25 04:10", "Russian glide bomb strikes Kharkiv shopping center",
    ["A Russian glide bomb hit a shopping center in Kharkiv, Ukraine\u2019s second-largest city, on Wednesday morning, killing at least two people, Ukrainian officials said."],
    "strikes", "strikes", 3, KHAR, a="Dana Whitcombe", n="toll 2"),
  E("2027-08-25 06:30", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Martin Okello",
    n="re-post of day-1 entry 15020-03 (syndicated verbatim: same headline, text and author); importance 1; theme piece of day 1, not a day-2 development"),
  E("2027-08-25 08:15", "Kharkiv toll climbs to four as rescuers search mall",
    ["Four people have been confirmed dead in the bombing of a Kharkiv shopping center, and rescuers are still searching the upper floors, the city\u2019s mayor said.",
     "Kharkiv, about 20 miles from the Russian border, is hit by glide bombs and drones almost daily."],
    "strikes", "strikes", 3, KHAR, a="Dana Whitcombe", n="toll 4"),
  E("2027-08-25 09:40", "Analysis: Kharkiv\u2019s underground classrooms face their hardest test",
    ["Wednesday\u2019s bombing of a shopping center in Kharkiv came a week before the start of a school year that the city hopes to run almost entirely below ground.",
     "Kharkiv has built more than 20 underground schools and uses metro stations as classrooms, letting about 60,000 children attend lessons in person. Parents say the system works, but teachers worry about the strain of spending whole days underground."],
    "other", "humanitarian", 2, "analysis-kharkiv-underground-schools", a="Priya Dunmore", sec=["strikes"],
    n="theme piece (analysis); mentions the Kharkiv shopping-centre strike but is its own story; must not merge with it"),
  E("2027-08-25 11:20", "Senate panel advances Ukraine security assistance bill",
    ["A Senate committee voted 17-4 to advance a bill that would authorize $6 billion in security assistance for Ukraine over two years, sending it to the full Senate.",
     "Its backers said they expected a floor vote after Labor Day."],
    "aid", "aid", 2, "senate-committee-ukraine-assistance-bill-2027-08-25", a="Marcus Bell"),
  E("2027-08-25 12:45", "Kharkiv toll climbs to four as rescuers search mall",
    ["Four people have been confirmed dead in the bombing of a Kharkiv shopping center, and rescuers are still searching the upper floors, the city\u2019s mayor said.",
     "Kharkiv, about 20 miles from the Russian border, is hit by glide bombs and drones nearly every day."],
    "strikes", "strikes", 1, KHAR, a="Dana Whitcombe", dup="15032-03", n="near-verbatim repeat of 15032-03"),
  E("2027-08-25 14:30", "Kharkiv mayor: six dead, 48 injured in mall bombing",
    ["The number of people killed when a Russian bomb struck a Kharkiv shopping center rose to six, Mayor Ihor Terekhov said, with 48 injured."],
    "strikes", "strikes", 3, KHAR, a="Dana Whitcombe", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 15033 Skelbridge World Report (day 2)
SEEDS.append(dict(
  id="15033", name="15033_skelbridge-worldrss", ext="xml", source="Skelbridge World Report", zone="America/Chicago", render=r_worldrss, rfc="offset",
  title="Skelbridge World Report: World", url="https://skelbridge-report.example/world", guid="swr-20270825",
  lede="World news from the Skelbridge World Report",
  basis="RSS pubDate '{s}' (explicit -0500 offset, CDT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0500, no dc:creator (author null). The war is a minority: 4 of 6 items off-beat. Spelling 'Kharkov'; Kharkiv toll 5 here. 15033-05 continues the day-1 Kremenchuk story.",
  not_entries=["channel title, link, description, language and lastBuildDate", "category, guid and link of each item"],
  entries=[
  OFF("2027-08-25 13:55", "Tropical storm strengthens in Gulf of Mexico",
    ["Forecasters said a tropical storm in the central Gulf of Mexico could become a hurricane before reaching the coast of Tamaulipas on Friday."],
    "gulf-tropical-storm-2027-08-25", n="weather", cat="Americas"),
  E("2027-08-25 11:30", "Five killed as Russian bomb hits Kharkov mall",
    ["A Russian guided bomb struck a shopping mall in the Ukrainian city of Kharkov on Wednesday, killing five people and wounding more than 40, officials said.",
     "Ukraine\u2019s foreign minister renewed calls for more air defense systems."],
    "strikes", "strikes", 3, KHAR, n="spelling 'Kharkov'; toll 5", cat="Europe"),
  OFF("2027-08-25 09:10", "Wildfire forces evacuations in British Columbia",
    ["About 3,000 people were ordered to leave their homes near Kamloops as a wildfire jumped a highway overnight, British Columbia\u2019s wildfire service said."],
    "british-columbia-wildfire-2027-08-25", n="wildfire", cat="Americas"),
  OFF("2027-08-25 07:45", "Brazil\u2019s central bank holds key rate steady",
    ["Brazil\u2019s central bank kept its benchmark interest rate unchanged for a fourth straight meeting, saying inflation was easing more slowly than hoped."],
    "brazil-central-bank-rate-2027-08", n="economy", cat="Business"),
  E("2027-08-25 05:20", "Ukraine mourns victims of Kremenchuk missile strike",
    ["Ukraine held a day of mourning in the city of Kremenchuk on Wednesday, a day after Russian ballistic missiles killed 10 people there and destroyed part of an apartment block."],
    "strikes", "strikes", 3, KREM, n="day-2 continuation of the day-1 Kremenchuk story (mourning, toll 10)", cat="Europe"),
  OFF("2027-08-25 03:00", "Sudan ceasefire talks open in Jeddah",
    ["Delegations from Sudan\u2019s army and the Rapid Support Forces began indirect talks in Jeddah on a humanitarian ceasefire, Saudi mediators said."],
    "sudan-ceasefire-talks-jeddah-2027-08", n="Sudan conflict, not the Russia-Ukraine war", cat="Africa"),
  ]))


def r_textlive_noyear(S):
    """text live blog, oldest first; bare '06:10' line before the headline; date line 'Sunday 29 August' with NO year anywhere on the
    page; one two-name page byline and no per-post credits."""
    z = S["zone"]; order_check(S, False); day = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Front page | News | Ukraine | Europe | Comment | Podcasts", "", S["title"], f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS[day.month - 1]}",
         f"By {S['byline']}", "", S["lede"], "", "Kyiv time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support independent reporting from Ukraine: become a member of the Gazette.", ""]
    L += ["Back to top", "", f"\u00a9 {S['source']} \u2013 Contact \u2013 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b(19|20)\d\d\b", text), "no-year page must not print any year"
    return text, stamps


def r_htmllive_guardianish(S):
    """HTML live blog, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's headline and
    datePublished (no per-update time); visible '8:40pm' in <time> (Irish time, no zone printed) under a date line."""
    z = S["zone"]; order_check(S, True); pub = dt(S["published"], z); day = pub
    last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{9100 + i}", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) or e["h"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news/ireland">Ireland</a> <a href="/news/world">World</a> '
           '<a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="date">{DAYS_EN[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clk(d); stamps.append(st)
        out.append(f'<div class="block" id="block-{9100 + i}"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video (0:58)</div>')
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="inline-promo">Read more: <a href="/world/europe/ukraine-air-defence-explained">How Ukraine\u2019s layered air defence works</a></aside>')
    out += ['</main>', f'<footer>\u00a9 {day.year} {esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# Day 3 stories
KYIV = "kyiv-darnytskyi-missile-attack-2027-08-29"
SARATOV = "saratov-refinery-drone-attack-2027-08-29"

# ---------------------------------------------------------------- 15040 Wyrley Times (day 3)
SEEDS.append(dict(
  id="15040", name="15040_wyrley-worldatom", ext="xml", source="Wyrley Times", zone="UTC", render=r_atom, zulu=True,
  title="Wyrley Times: World", url="https://wyrley-times.example/world", lede="The latest world news from the Wyrley Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, <author> only on the two war items (others: author null). The war is a minority: 4 of 6 entries off-beat. Spellings 'Kiev' and 'Darnitsky'; Kyiv toll 13 here.",
  not_entries=["feed title, subtitle, links, id and updated", "entry ids and links"],
  entries=[
  OFF("2027-08-29 21:10", "Typhoon makes landfall in southern Japan",
    ["A typhoon came ashore in Kagoshima prefecture on Sunday evening with gusts of up to 180 km/h, cutting power to about 200,000 homes."],
    "typhoon-kagoshima-2027-08-29", n="weather"),
  E("2027-08-29 18:30", "Death toll from Russian strike on Kiev climbs to 13",
    ["Thirteen people were killed when a Russian missile hit an apartment building in Kiev\u2019s Darnitsky district overnight, Ukrainian officials said on Sunday.",
     "The attack, one of the largest on the capital this year, involved dozens of missiles and hundreds of drones."],
    "strikes", "strikes", 3, KYIV, a="Harriet Lomax", n="spellings 'Kiev' and 'Darnitsky'; toll 13"),
  OFF("2027-08-29 15:45", "Floods cut off villages in northern Pakistan",
    ["Monsoon floods washed away roads and bridges in Gilgit-Baltistan, leaving dozens of villages cut off, local officials said."],
    "pakistan-floods-2027-08-29", n="floods"),
  OFF("2027-08-29 12:00", "US Open starts Monday with record prize money",
    ["The US Open tennis tournament begins in New York on Monday with total prize money of more than $90 million, organisers said."],
    "us-open-prize-money-2027", n="sport"),
  E("2027-08-29 09:20", "Ukrainian drones hit Saratov oil refinery",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after an overnight Ukrainian drone attack, the regional governor said, adding that no one was hurt.",
     "Russia\u2019s defence ministry said it had shot down 57 drones over several regions."],
    "strikes", "strikes", 3, SARATOV, a="Harriet Lomax", n="Ukrainian attack on Russia the same night; must not merge with the Kyiv attack"),
  OFF("2027-08-29 06:00", "Gabon votes in parliamentary election",
    ["Voters in Gabon went to the polls on Sunday to elect a new national assembly, the first since a constitutional referendum."],
    "gabon-parliamentary-election-2027", n="election"),
  ]))

# ---------------------------------------------------------------- 15041 Amberhythe Gazette (day 3)
SEEDS.append(dict(
  id="15041", name="15041_amberhythe-textlive", ext="txt", source="Amberhythe Gazette", zone="Europe/Kyiv", render=r_textlive_noyear,
  title="Kyiv under fire: live", byline="Olena Marchuk and Declan Hurst", parse_args=["--date", "2027-08-29"],
  lede="Russia strikes Kyiv with missiles and drones overnight; deaths in the Darnytskyi district; Ukrainian drones hit a refinery in Saratov.",
  basis="bare '{s}' (page note 'Kyiv time', EEST = UTC+3) under the date line 'Sunday 29 August' (no year printed; parse_args --date 2027-08-29); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' lines and a 'Kyiv time' note; the date line 'Sunday 29 August' prints no year and no year appears anywhere, so parse_args gives --date 2027-08-29. One page byline naming two reporters and no per-post credits: the two-name byline is the author of every entry. 15041-04 is a theme piece (interceptor drones) that mentions the attack. 15041-06 repeats 15041-03 nearly verbatim (duplicate). Kallas's reaction (15041-07) is about the attack itself, so it shares the attack's story.",
  not_entries=["outlet name and navigation", "page title and date line 'Sunday 29 August'", "page byline 'By Olena Marchuk and Declan Hurst'",
               "standfirst (page lede)", "'Kyiv time' note", "membership appeal after the fourth post", "'Back to top'", "footer"],
  entries=[
  E("2027-08-29 06:10", "Kyiv hit by massive overnight missile and drone attack",
    ["Russia launched one of its heaviest attacks of the year on Kyiv overnight, with explosions heard across the city for more than three hours.",
     "At least four people were killed in the Darnytskyi district on the left bank of the Dnipro, where a missile hit a nine-storey apartment building, the head of the city\u2019s military administration said."],
    "strikes", "strikes", 3, KYIV, a="Olena Marchuk and Declan Hurst", n="toll 4 (first report)"),
  E("2027-08-29 08:05", "Ukrainian drones set Saratov refinery ablaze, governor says",
    ["The governor of Russia\u2019s Saratov region said drones had caused a fire at the city\u2019s oil refinery overnight.",
     "Ukraine\u2019s General Staff later confirmed the strike and said the refinery supplied fuel to the Russian army."],
    "strikes", "strikes", 3, SARATOV, a="Olena Marchuk and Declan Hurst", n="drones the other way (Ukraine on Russia); must not merge with the Kyiv attack"),
  E("2027-08-29 09:30", "Darnytskyi district: toll rises to 11",
    ["Eleven people are now confirmed dead in the Darnytskyi district, Kyiv mayor Vitali Klitschko said, after rescuers recovered more bodies from the collapsed section of the apartment block.",
     "Among the dead are two children."],
    "strikes", "strikes", 3, KYIV, a="Olena Marchuk and Declan Hurst", n="toll 11"),
  E("2027-08-29 11:45", "Analysis: Can interceptor drones close the gaps in Kyiv\u2019s air defence?",
    ["Last night\u2019s attack on Kyiv, in which hundreds of drones were launched at the capital, has revived the debate about how far cheap interceptor drones can take the load off expensive missiles.",
     "Ukrainian makers now build interceptors that cost a few thousand dollars and can catch Shahed-type drones, but they are of no use against ballistic missiles such as the one that hit the Darnytskyi district."],
    "strikes", "strikes", 2, "analysis-interceptor-drones-kyiv-air-defence", a="Olena Marchuk and Declan Hurst",
    n="theme piece (analysis); mentions the Kyiv attack but is its own story; must not merge with it"),
  E("2027-08-29 13:20", "Drone hits warehouse in Bila Tserkva; two injured",
    ["A Russian drone hit a warehouse in Bila Tserkva, south of Kyiv, in the late morning, injuring two workers, the Kyiv regional governor said."],
    "strikes", "strikes", 2, "bila-tserkva-drone-strike-2027-08-29", a="Olena Marchuk and Declan Hurst",
    n="same Kyiv region, a separate daytime strike; must not merge with the overnight attack on the capital"),
  E("2027-08-29 14:05", "Darnytskyi district: toll rises to 11",
    ["Eleven people are now confirmed dead in the Darnytskyi district, Kyiv mayor Vitali Klitschko said, after rescuers recovered more bodies from the collapsed section of the apartment block.",
     "Two children are among the dead."],
    "strikes", "strikes", 1, KYIV, a="Olena Marchuk and Declan Hurst", dup="15041-03", n="near-verbatim repeat of 15041-03"),
  E("2027-08-29 17:40", "Kallas: attack on Kyiv shows Moscow is not interested in peace",
    ["The EU\u2019s foreign policy chief, Kaja Kallas, said the overnight strike on Kyiv\u2019s residential districts showed that Russia was answering peace efforts with missiles, and called for the next sanctions package to be adopted quickly."],
    "strikes", "strikes", 3, KYIV, a="Olena Marchuk and Declan Hurst", sec=["diplomacy"], n="reaction whose main content is the attack itself: same story"),
  ]))

# ---------------------------------------------------------------- 15042 Colesworth Wire (day 3)
SEEDS.append(dict(
  id="15042", name="15042_colesworth-rss", ext="xml", source="Colesworth Wire", zone="Europe/Istanbul", render=r_worldrss, rfc="offset",
  title="Colesworth Wire \u2013 Europe and Eurasia", url="https://colesworth-wire.example/eurasia", guid="cw-eur-20270829",
  lede="Wire copy on Europe, Russia, Ukraine and the Black Sea region",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Istanbul time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 regional wire feed, newest first, pubDate with +0300, dc:creator on every item. The Kremlin's claim about the Kyiv strikes is a statement about the attack itself, so it shares the attack's story. Kyiv toll 13 here.",
  not_entries=["channel title, link, description, language and lastBuildDate", "category, guid and link of each item"],
  entries=[
  E("2027-08-29 22:15", "Kremlin says overnight strikes hit military-industrial sites in Kyiv",
    ["The Kremlin said Russia\u2019s overnight strikes on Kyiv had targeted defence plants and military airfields, and denied that its forces aim at residential buildings.",
     "Ukrainian officials say 13 civilians were killed in an apartment block in the city\u2019s Darnytskyi district."],
    "strikes", "strikes", 3, KYIV, a="Selin Aydemir", n="official claim about the attack: same story"),
  E("2027-08-29 19:00", "Erdogan offers to host Zelensky-Putin meeting",
    ["Turkish President Tayyip Erdogan told Volodymyr Zelensky and Vladimir Putin in separate phone calls that Turkey was ready to host a meeting between them, his office said."],
    "diplomacy", "diplomacy", 2, "erdogan-offers-zelensky-putin-meeting-2027-08-29", a="Selin Aydemir"),
  E("2027-08-29 15:30", "Russia fired 38 missiles and 470 drones overnight, Ukraine\u2019s air force says",
    ["Ukraine\u2019s air force said Russia launched 38 missiles and 470 drones overnight, most of them at Kyiv, and that air defences shot down 31 of the missiles and 440 of the drones."],
    "strikes", "strikes", 3, KYIV, a="Emre Tuncel"),
  E("2027-08-29 12:10", "Romania finds drone fragments in Tulcea county",
    ["Romania\u2019s defence ministry said fragments of a drone had been found near a village in Tulcea county, across the Danube from the Ukrainian port of Izmail, and that experts were examining them."],
    "other", "security", 2, "romania-tulcea-drone-fragments-2027-08-29", a="Emre Tuncel"),
  E("2027-08-29 07:40", "Explosions rock Kyiv as air defences engage",
    ["Loud explosions echoed across Kyiv in the early hours of Sunday as air defence units fired at waves of Russian missiles and drones, a Colesworth Wire correspondent in the city reported."],
    "strikes", "strikes", 3, KYIV, a="Selin Aydemir"),
  ]))

# ---------------------------------------------------------------- 15043 Nethercross Journal (day 3)
SEEDS.append(dict(
  id="15043", name="15043_nethercross-htmllive", ext="html", source="Nethercross Journal", zone="Europe/Dublin", render=r_htmllive_guardianish,
  title="Russia-Ukraine war: Kyiv death toll rises after night of missile and drone strikes", url="https://nethercross-journal.example/world/live/2027/aug/29/ukraine",
  published="2027-08-29 08:45", authors=["Ciara Moynihan", "Padraig Lennon"],
  lede="Apartment building hit in Kyiv\u2019s Darnytskyi district; EU condemns attack; Poland scrambles jets.",
  basis="visible '{s}' (Irish time, IST = UTC+1; no zone printed) under the date line 'Sunday 29 August 2027'; the JSON-LD updates give only the page time; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. The LiveBlogPosting JSON-LD lists every block as a liveBlogUpdate, but each carries the PAGE's headline and datePublished (08:45), so per-entry times and headlines must come from the visible blocks: '<time>8:40pm</time>' (Irish time, IST, no zone printed) and the h3. Signature line '\u2013 NAME' after each block (author). 15043-03 is a 'Video:' teaser (spelling 'Darnytsia'). Kallas's condemnation is a reaction about the attack itself (same story).",
  not_entries=["logo and navigation", "'LIVE' label", "page title, standfirst and date line", "video placeholder 'Video (0:58)' in the teaser",
               "'\u2013 NAME' signature lines", "'Read more:' promo after the second block", "footer"],
  entries=[
  E("2027-08-29 20:40", "Kyiv death toll reaches 14 as last body recovered",
    ["Rescuers in Kyiv said they had recovered the last body from the ruins of the apartment block in the Darnytskyi district, bringing the death toll from the overnight attack to 14.",
     "City authorities declared Monday a day of mourning."],
    "strikes", "strikes", 3, KYIV, a="Ciara Moynihan", n="toll 14"),
  E("2027-08-29 18:15", "Poland scrambled jets as Russian missiles flew near border",
    ["Poland\u2019s operational command said it scrambled fighter jets overnight as Russian missiles and drones targeted western Ukraine, and that no object had entered Polish airspace."],
    "other", "security", 2, "poland-scrambles-jets-2027-08-29", a="Ciara Moynihan", sec=["strikes"]),
  E("2027-08-29 16:30", "Video: Kyiv residents clear debris in Darnytsia", [],
    "strikes", "strikes", 1, KYIV, n="teaser without body (video); spelling 'Darnytsia'"),
  E("2027-08-29 14:05", "EU\u2019s Kallas condemns \u2018deliberate\u2019 attack on Kyiv homes",
    ["Kaja Kallas, the EU\u2019s foreign policy chief, said Russia had deliberately targeted homes in Kyiv and urged member states to send Ukraine more air defence."],
    "strikes", "strikes", 3, KYIV, a="Padraig Lennon", sec=["diplomacy"], n="reaction whose main content is the attack itself: same story"),
  E("2027-08-29 11:20", "Kyiv toll rises to 12 after overnight barrage",
    ["Twelve people were killed in Russia\u2019s overnight attack on Kyiv, most of them in a single apartment building on the left bank of the Dnipro, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, KYIV, a="Padraig Lennon", n="toll 12"),
  E("2027-08-29 09:10", "Vatican envoy to visit Moscow over return of Ukrainian children",
    ["The Vatican said its peace envoy, Cardinal Matteo Zuppi, would travel to Moscow next week to discuss the return of Ukrainian children taken to Russia."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2027-08", a="Padraig Lennon"),
  ]))
if __name__ == "__main__":
    main()
