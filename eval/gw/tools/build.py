#!/usr/bin/env python3
"""Builds the eval/gw seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in April 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets' newsletter products; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gw/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Mt.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
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


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    elif upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def same_time(S):
    ts = {e["t"] for e in S["entries"]}
    assert len(ts) == 1, f"{S['id']}: a newsletter edition's items share the edition's time"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def isoz(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def subsections(e):
    """(label, paragraphs) sub-sections printed after the entry's first paragraphs (labels are not paragraphs)."""
    m = e.get("more")
    if not m:
        return []
    return [m] if isinstance(m[0], str) else list(m)


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
            fs = e.get("fs") or (first_sentence(e["p"][0]) if e["p"] else None)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
                         "author": e["a"],
                         "first_sentence": fs,
                         "body_paragraphs": len(e["p"]) + sum(len(ps) for _, ps in subsections(e)),
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

# ================================================================ PART A: ten real outlets' newsletter layouts (from memory)
LEADINS = ("Why it matters:", "The big picture:", "Driving the news:", "Zoom in:", "Between the lines:", "What they're saying:",
           "The other side:", "Reality check:", "The bottom line:", "By the numbers:", "What's next:", "Yes, but:", "State of play:")


def bold_leadin(p):
    for l in LEADINS:
        if p.startswith(l):
            return f"<strong>{esc(l)}</strong>{esc(p[len(l):])}"
    return esc(p)


def r_axios(S):
    """Axios newsletter web edition (Axios AM), HTML. Header: newsletter name, 'By NAME', visible date 'Apr 02, 2032' (date only;
    the time is only in the NewsArticle JSON-LD datePublished). Intro with the Smart Brevity count; numbered items: '1 big thing: ...',
    then '2. ...'; bold lead-ins ('Why it matters:'), bullets, photo credits, 'Go deeper' links, 'Share this story', one sponsor block."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["doc_title"], "url": S["url"],
          "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Axios", "logo": {"@type": "ImageObject", "url": "https://static.axios.com/img/axios-logo-512.png"}},
          "isAccessibleForFree": True}
    vis = f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           f'<meta property="og:title" content="{attr(S["doc_title"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a href="/" class="logo" aria-label="Axios">Axios</a><nav><a href="/local">Local</a> '
           '<a href="/newsletters">Newsletters</a> <a href="/podcasts">Podcasts</a> <a href="/events">Events</a> <a href="/pro">Axios Pro</a></nav>'
           '<a class="cta" href="/newsletters">Subscribe</a></header>',
           '<main><section class="newsletter-hero">', f'<h1>{esc(S["title"])}</h1>', f'<p class="tagline">{esc(S["tagline"])}</p>',
           f'<div class="byline">By <a href="/authors/{slugify(S["byline"])}">{esc(S["byline"])}</a> <span class="dot">\u00b7</span> '
           f'<span class="date">{vis}</span></div>', '</section>',
           '<div class="newsletter-body">'] + [f'<p>{esc(p)}</p>' for p in S["intro"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<div class="story" id="story{i}"><h2>{esc(e["h"])}</h2>')
        if e.get("credit"):
            out.append(f'<figure><div class="img-ph"></div><figcaption>{esc(e["credit"])}</figcaption></figure>')
        for p in e["p"]:
            if p.startswith("\u2022 "):
                out.append(f'<ul><li>{bold_leadin(p[2:])}</li></ul>')
            else:
                out.append(f'<p>{bold_leadin(p)}</p>')
        if e.get("deeper"):
            out.append(f'<p class="go-deeper"><strong>Go deeper:</strong> <a href="/{d:%Y/%m/%d}/{slugify(e["deeper"])}">{esc(e["deeper"])}</a></p>')
        out.append('<div class="share"><button>Share this story</button></div></div>')
        if i == 2:
            out.append(f'<aside class="sponsor"><p class="label">A MESSAGE FROM {esc(S["sponsor"].upper())}</p><h3>{esc(S["sponsor_h"])}</h3>'
                       f'<p>{esc(S["sponsor_p"])}</p><a href="#">Learn more.</a></aside>')
    out += ['</div>', f'<div class="signoff"><p>{esc(S["signoff"])}</p></div>',
            '<aside class="nl-signup"><h3>Axios AM</h3><p>The morning\u2019s must-know news, in Smart Brevity.</p>'
            '<input type="email" placeholder="Your email address"> <button>Subscribe</button></aside></main>',
            f'<footer><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/legal/privacy">Privacy policy</a> '
            f'<a href="/legal/terms">Terms of use</a> <p>\u00a9 {d.year} Axios Media Inc.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20600 Axios (newsletter web edition: Axios AM)
AX = "Gideon Marsh"
SEEDS.append(dict(
  id="20600", name="20600_axios-amnewsletter", ext="html", source="Axios", zone="America/New_York", render=r_axios,
  title="Axios AM", doc_title="Axios AM: Ukraine's longest night", url="https://www.axios.com/newsletters/axios-am-2032-04-02",
  tagline="Smart Brevity on the news that matters most, every morning.", byline=AX,
  intro=["\U0001f5de\ufe0f Good Friday morning. Smart Brevity\u2122 count: 1,236 words ... 4\u00bd mins. Edited by Priya Halloran.",
         "\U0001f4e3 Situational awareness: The State Department said a second group of U.S. election observers will travel to Kyiv next month."],
  sponsor="Corvane Logistics", sponsor_h="Moving what matters, on time",
  sponsor_p="Our network moves medical supplies to 40 countries within 48 hours. See how we plan for the unexpected.",
  signoff="\U0001f4ec Thanks for reading, and for passing this on to a friend: they can sign up here.",
  basis="no per-item stamp; the edition's visible date 'Apr 02, 2032' (date only) with the time from the page's NewsArticle JSON-LD datePublished (2032-04-02T10:02:00.000Z = 06:02 EDT); every item takes the edition's time; local {d} in {z}",
  notes="Imitates an Axios AM newsletter web edition. The header prints 'By Gideon Marsh \u00b7 Apr 02, 2032' (date only); the time comes from the NewsArticle JSON-LD datePublished. The Smart Brevity intro and 'Situational awareness' line are the edition's lede, not entries. Items are numbered h2 headlines ('1 big thing: ...', then '2. ...'), kept exactly as printed. Bold lead-ins ('Why it matters:', 'Zoom in:') start body paragraphs and are part of them; bullets count as paragraphs. Photo credits, 'Go deeper' links, 'Share this story' buttons and the sponsor block are not body. The newsletter byline is used as every item's author. 4 of 7 items are off-beat.",
  not_entries=["site header and navigation", "newsletter name 'Axios AM' and tagline", "byline and date line 'By Gideon Marsh \u00b7 Apr 02, 2032'",
               "Smart Brevity count intro paragraph", "'Situational awareness' one-liner in the intro", "photo credits under item headlines",
               "'Go deeper:' link lines", "'Share this story' buttons", "sponsor block 'A MESSAGE FROM CORVANE LOGISTICS'", "sign-off paragraph",
               "newsletter sign-up box", "footer"],
  entries=[
  E("2032-04-02 06:02", "1 big thing: Russia's record barrage",
    ["Russia hit Ukraine overnight with 58 missiles and more than 500 drones \u2014 the largest single attack of the year \u2014 killing at least nine people in Kyiv, Lviv and Vinnytsia, Ukrainian officials said.",
     "Why it matters: The strike came days after Ukraine warned Washington it was down to its last few dozen interceptors for Patriot batteries.",
     "Zoom in: In Kyiv, a missile fragment tore through a nine-story apartment building in the Holosiivskyi district, where six of the dead were found.",
     "\u2022 Ukraine's air force said it downed 41 of the missiles and nearly 430 of the drones.",
     "\u2022 Power was cut to parts of western Ukraine after a substation near Lviv was hit.",
     "The bottom line: Kyiv's air defenses are being worn down faster than allies can replace them."],
    "strikes", "strikes", 3, "russia-record-missile-drone-barrage-2032-04-02", a=AX, sec=["aid"],
    credit="Photo: Ostap Merezhko/AFP via Getty Images", deeper="Ukraine's air-defense math gets worse",
    n="deadly mass strike (58 missiles, 500+ drones); secondary aid for the interceptor shortage"),
  E("2032-04-02 06:02", "2. Scoop: White House weighs Patriot loan",
    ["Senior administration officials are weighing a proposal to lend Ukraine two Patriot batteries now based in Germany, two sources familiar with the talks tell Axios.",
     "Between the lines: The Pentagon has resisted, arguing that U.S. forces in Europe would be left thin. No decision is expected before next week."],
    "aid", "aid", 2, "us-patriot-loan-deliberations-2032-04-02", a=AX, n="unconfirmed deliberations, no decision: importance 2"),
  OFF("2032-04-02 06:02", "3. Jobs day",
    ["Economists expect this morning's March jobs report to show employers added about 140,000 jobs, with unemployment steady at 4.3%.",
     "What's next: The numbers land at 8:30am ET, the last big data point before the Fed meets later this month."],
    "us-march-jobs-report-preview-2032-04-02", a=AX, n="US economy"),
  E("2032-04-02 06:02", "4. \U0001f1f5\U0001f1f1 Poland shuts last Belarus crossing",
    ["Poland closed its last open road crossing with Belarus on Thursday night, citing a sharp rise in drones and balloons flying in from the Belarusian side.",
     "State of play: Freight trucks will be rerouted through Lithuania. Belarus called the decision a \"provocation.\""],
    "other", "security", 2, "poland-closes-belarus-crossing-2032-04-02", a=AX),
  OFF("2032-04-02 06:02", "5. Court weighs drug-pricing law",
    ["The Supreme Court heard arguments Thursday over the federal law that lets Medicare negotiate prices for prescription drugs, with several justices skeptical of the drugmakers' case."],
    "supreme-court-drug-pricing-2032-04-02", a=AX, n="US courts"),
  OFF("2032-04-02 06:02", "6. \U0001f321\ufe0f India's early heat",
    ["Temperatures passed 44\u00b0C in parts of Rajasthan and Maharashtra this week, the earliest such reading on record, India's weather office said.",
     "By the numbers: Power demand hit an April record of 243 gigawatts on Wednesday."],
    "india-early-heatwave-2032-04-02", a=AX, n="weather"),
  OFF("2032-04-02 06:02", "7. 1 fun thing: A library book comes home",
    ["A copy of \"Moby-Dick\" borrowed from a public library in Dayton, Ohio, in 1968 was returned this week with a note of apology and a $50 bill."],
    "overdue-library-book-dayton-2032-04-02", a=AX, n="light item"),
  ]))


def r_politico_playbook(S):
    """Politico Europe Brussels Playbook, text scrape. Masthead and navigation, 'BRUSSELS PLAYBOOK' label, edition title, 'By NAME',
    'With NAME and NAME', 'April 5, 2032 6:48 am CEST', audio and tips lines; ALL-CAPS section headlines (the first prefixed
    'DRIVING THE DAY:'), paragraphs, a 'PRESENTED BY' sponsor block, then AGENDA, BIRTHDAYS and THANKS (chrome)."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')} {d.tzname()}"
    L = ["Skip to Main Content", "", "POLITICO", "Europe Edition", "Newsletters   Podcasts   Poll of Polls   Policy news   Events   Careers",
         "Subscribe   Log in", "", "BRUSSELS PLAYBOOK", S["title"], "", f"By {S['byline']}", S["with"], st, "",
         "Listen to Playbook: today\u2019s edition, read by an AI voice.", "",
         f"Send tips here | Subscribe for free | Email {S['byline'].split()[0]} | View in your browser", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["PRESENTED BY", "", S["sponsor"], ""]
    L += ["AGENDA", ""] + ptxt(S["agenda"]) + [S["birthdays"], "", S["thanks"], "",
          "Subscribe to POLITICO Brussels Playbook", "Your guide to power in the EU bubble. Every weekday morning.", "", "Follow us",
          "About Us   Advertising   Privacy Policy   Terms of Service   Cookie Settings", f"\u00a9 {d.year} POLITICO SRL"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20601 Politico Europe (Brussels Playbook, text)
PB = "Henrike Falkenrath"
SEEDS.append(dict(
  id="20601", name="20601_politicoeu-brusselsplaybook", ext="txt", source="Politico Europe", zone="Europe/Brussels", render=r_politico_playbook,
  title="Kallas in Kharkiv \u2014 The \u20ac40 billion question \u2014 Budapest says no, again",
  byline=PB, **{"with": "With Tom\u00e1s Ibarra and Lieke Dormaar"},
  sponsor="A message from Norvale Energy: Europe\u2019s grids need 90 gigawatts of new flexible capacity by 2035. Norvale is building it, from the North Sea to the Danube. Find out how we can keep the lights on together.",
  agenda=["\u2014 Foreign Affairs Council in Luxembourg from 9 a.m. Doorstep by High Representative Kaja Kallas around 8.30 a.m.",
          "\u2014 European Parliament committee week. Budget committee votes on the draft 2033 guidelines.",
          "\u2014 Commission daily midday briefing at noon."],
  birthdays="BIRTHDAYS: Former MEP Arnaud Leclercq; Slovenian diplomat Katja Ren\u010d; Playbook\u2019s own audio producer Ciar\u00e1n Hales.",
  thanks="THANKS to our editor Philippa Strand and producer Ben Ogunlesi.",
  basis="no per-section stamp; the edition's dateline '{s}' applies to every section (CEST = UTC+2); local {d} in {z}",
  notes="Imitates a Politico Europe Brussels Playbook web page as copied to text. One dateline for the edition ('April 5, 2032 6:48 am CEST'); each ALL-CAPS section headline starts an entry (the first is printed 'DRIVING THE DAY: ...', kept as printed). The 'By' byline is used as every section's author; the 'With ...' contributors line is not an author. The 'PRESENTED BY' sponsor block, AGENDA list, BIRTHDAYS and THANKS lines are chrome. Two of seven sections are off-beat (Dutch coalition, AI rules).",
  not_entries=["skip link, masthead, edition and navigation", "'BRUSSELS PLAYBOOK' label", "edition title line", "byline 'By Henrike Falkenrath'",
               "contributors line 'With Tom\u00e1s Ibarra and Lieke Dormaar'", "dateline 'April 5, 2032 6:48 am CEST'", "'Listen to Playbook' audio line",
               "tips/subscribe line", "'PRESENTED BY' sponsor block (Norvale Energy)", "'AGENDA' header and its three items", "BIRTHDAYS line", "THANKS line",
               "subscribe box, follow line and footer"],
  entries=[
  E("2032-04-05 06:48", "DRIVING THE DAY: THE \u20ac40 BILLION QUESTION",
    ["The Commission will on Wednesday propose lending Ukraine \u20ac40 billion next year through joint EU borrowing, three officials familiar with the draft told Playbook, in an attempt to cover most of Kyiv\u2019s budget gap for 2033 before the summer.",
     "The money would be raised on the markets and repaid from the EU budget\u2019s headroom, a structure designed to get around the need for unanimity. That matters, because Budapest has already said it will not sign off on anything that requires its vote.",
     "Frugal capitals are not thrilled. \u201cWe are being asked to guarantee a loan with no end date,\u201d one diplomat from a northern member country grumbled."],
    "aid", "aid", 3, "commission-40bn-ukraine-loan-proposal-2032-04-05", a=PB, sec=["diplomacy"], n="major funding proposal (\u20ac40 billion)"),
  E("2032-04-05 06:48", "KALLAS IN KHARKIV",
    ["EU foreign policy chief Kaja Kallas made an unannounced trip to Kharkiv on Sunday, where she met Governor Oleh Syniehubov and visited a school rebuilt underground after last year\u2019s strikes.",
     "She will brief foreign ministers in Luxembourg this morning on a plan to pay for air-defence interceptors from the European Peace Facility, which Hungary has blocked for more than a year."],
    "diplomacy", "diplomacy", 3, "kallas-kharkiv-visit-2032-04-04", a=PB, sec=["aid"], n="visit by the EU's top diplomat: importance 3"),
  E("2032-04-05 06:48", "BUDAPEST SAYS NO, AGAIN",
    ["Hungary told EU ambassadors on Friday it would not back the next rollover of sectoral sanctions against Russia unless three Russian businessmen are taken off the list, according to two diplomats.",
     "The sanctions expire at the end of July. Officials say they have heard the threat before and expect a deal at the last minute."],
    "diplomacy", "diplomacy", 2, "hungary-sanctions-rollover-threat-2032-04-05", a=PB),
  E("2032-04-05 06:48", "OVERNIGHT IN UKRAINE",
    ["Russian drones hit an underground gas storage site near Stryi in the Lviv region overnight, Ukraine\u2019s state energy company said, the third attack on western gas facilities in a fortnight. No one was hurt.",
     "Much of the gas stored there belongs to European traders, which is why Brussels is watching closely."],
    "strikes", "strikes", 2, "stryi-gas-storage-drone-strike-2032-04-05", a=PB, n="non-deadly drone strike"),
  E("2032-04-05 06:48", "SHELLS, MADE IN BALTICS",
    ["A new artillery shell plant near Jonava in Lithuania opens today with the prime minister and two EU commissioners on hand. It is supposed to make 80,000 rounds a year by 2034, mostly for the Lithuanian army."],
    "other", "security", 2, "lithuania-jonava-shell-plant-2032-04-05", a=PB, n="procurement by a non-party: other/security"),
  OFF("2032-04-05 06:48", "DUTCH COALITION WOBBLES",
    ["The Dutch government survived a no-confidence vote on Friday night by four votes after a row over nitrogen rules, but the smallest coalition partner says it will decide this week whether to stay."],
    "dutch-coalition-confidence-vote-2032-04-05", a=PB, n="Dutch domestic politics"),
  OFF("2032-04-05 06:48", "AI RULES, DELAYED",
    ["The Commission is preparing to push back the next set of obligations under the AI Act by a year, according to a draft omnibus seen by Playbook. Consumer groups are already up in arms."],
    "ai-act-obligations-delay-2032-04-05", a=PB, n="EU tech regulation"),
  ]))


def r_semafor_rss(S):
    """Semafor Flagship stories as an RSS 2.0 feed: pubDate with the New York offset (-0400), dc:creator, region category,
    CDATA description with the story's 'The News' paragraphs and a 'Know More' (or 'The View From ...') sub-section."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.semafor.com/newsletters/flagship</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.semafor.com/rss/flagship.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.semafor.com/article/{d:%m/%d/%Y}/{slugify(e['h'])}"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        for lab, ps in subsections(e):
            body += f"<h3>{esc(lab)}</h3>" + "".join(f"<p>{esc(p)}</p>" for p in ps)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{slugify(e["h"])[:24]}-{d:%m%d}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e["cat"])}</category>',
                f'<description><![CDATA[{body}]]></description>',
                f'<media:thumbnail url="https://img.semafor.com/{7700 + i * 13}-{d:%Y%m%d}.jpg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20602 Semafor (Flagship stories feed, RSS)
SEEDS.append(dict(
  id="20602", name="20602_semafor-flagshiprss", ext="xml", source="Semafor", zone="America/New_York", render=r_semafor_rss,
  title="Semafor Flagship", lede="The world\u2019s biggest stories, from Semafor\u2019s global newsroom, every morning.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern daylight time); local {d} in {z}",
  notes="Imitates a feed of the stories in one Semafor Flagship edition (RSS 2.0). Items newest first, pubDate with -0400, dc:creator, a region category, CDATA description holding the story paragraphs and then a sub-section under an h3 label ('Know More', 'The View From Moscow', 'Room for Disagreement'); the h3 labels are not paragraphs, the paragraphs under them count toward body_paragraphs. Four of seven items are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "media thumbnails",
               "h3 sub-section labels inside descriptions ('Know More', 'The View From Moscow', 'Room for Disagreement')"],
  entries=[
  OFF("2032-04-06 07:45", "Gulf wealth funds pour money into Asian chipmakers",
    ["Sovereign funds from Abu Dhabi and Riyadh took stakes worth a combined $9 billion in three Asian chip-packaging companies in the first quarter, according to a Semafor tally of public filings."],
    "gulf-funds-asian-chipmakers-2032-04-06", a="Leila Haddad-Brennan", cat="Gulf", n="business",
    more=("Know More", ["The deals give the funds seats on the boards of two of the companies, a first for investors from the region."])),
  E("2032-04-06 06:30", "Russia's spring draft is its biggest in more than a decade",
    ["Russia will call up 165,000 men in its spring conscription round, the largest figure since 2016, under a decree published by the Kremlin on Monday.",
     "Officials insist conscripts will not be sent to fight in Ukraine, a promise rights groups say has been broken before."],
    "other", "politics", 2, "russia-spring-conscription-decree-2032-04-06", a="Ilya Sorokin-Reyes", cat="Europe",
    more=("The View From Moscow", ["Pro-government commentators presented the decree as routine, noting the call-up happens every April."])),
  OFF("2032-04-06 05:10", "China's exporters shrug off new tariffs",
    ["China's exports rose 7.4% in March from a year earlier, customs data showed, as shipments to Southeast Asia and Latin America more than made up for a slump in sales to the U.S."],
    "china-march-exports-2032-04-06", a="Mei Lin Okafor", cat="Asia", n="trade data"),
  E("2032-04-06 03:50", "Ukrainian drones set fire to a Russian refinery 800 km from the front",
    ["Ukrainian long-range drones struck an oil refinery in Saratov overnight, starting a fire that burned for several hours, the regional governor said.",
     "Ukraine's General Staff said the plant supplied fuel to Russian units in the south. It was the fourth refinery hit this month."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2032-04-06", a="Ilya Sorokin-Reyes", cat="Europe", n="non-deadly long-range strike on Russia"),
  OFF("2032-04-06 02:15", "Kenya's tea auctions hit a record",
    ["Prices at the Mombasa tea auction reached a record average of $3.41 a kilogram, driven by drought in Sri Lanka and heavy buying from Pakistan."],
    "kenya-tea-auction-record-2032-04-06", a="Wanjiru Mathenge-Cole", cat="Africa", n="commodities"),
  E("2032-04-06 01:05", "Turkey offers to host Black Sea talks",
    ["Turkey's foreign minister offered to host talks between Russia and Ukraine on the safety of commercial shipping in the Black Sea, after a cargo ship was damaged by a mine off Odesa last week.",
     "Kyiv welcomed the offer; Moscow said it would study it."],
    "diplomacy", "diplomacy", 2, "turkey-black-sea-talks-offer-2032-04-06", a="Selin Arkun-Wade", cat="Europe",
    more=("Room for Disagreement", ["Some analysts in Kyiv warn that talks limited to shipping could let Russia present itself as a peacemaker while its attacks on ports continue."])),
  OFF("2032-04-06 00:15", "Brazil's Congress passes a long-stalled tax bill",
    ["Brazil's Senate approved a bill that raises taxes on high earners and cuts them for the middle class, handing the government its biggest legislative win of the year."],
    "brazil-income-tax-bill-2032-04-06", a="Rafael Quintero-Hale", cat="Americas", n="Brazilian politics"),
  ]))


def r_economist_wib(S):
    """The Economist 'The world in brief', text scrape. Navigation, heading and strapline, an update line 'Updated 06:30 BST,
    Apr 7th 2032'; the briefs are unheaded paragraphs (one story each); then 'Figure of the day', the daily quiz teaser and 'The world ahead'."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"Updated {d:%H:%M} {d.tzname()}, {SHORT_MONTHS[d.month - 1]} {ordinal(d.day)} {d.year}"
    L = ["Skip to content", "", "The Economist", "Menu   Weekly edition   The world in brief   Search", "Subscribe   Log in", "",
         "The world in brief", "Get up to speed on the stories that matter around the world", st, "", "Listen to this story", ""]
    for e in S["entries"]:
        assert e["h"] is None and len(e["p"]) == 1
        L += [e["p"][0], ""]
    L += ["Figure of the day", S["figure"][0], S["figure"][1], "", "Daily quiz", S["quiz"], "", "The world ahead", S["ahead"], "",
          "Sign up to our newsletters   Reuse this content   The Trust Project", f"Copyright \u00a9 The Economist Newspaper Limited {d.year}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20603 The Economist (The world in brief, text)
SEEDS.append(dict(
  id="20603", name="20603_economist-worldinbrief", ext="txt", source="The Economist", zone="Europe/London", render=r_economist_wib,
  title="The world in brief",
  figure=("$11,920", "The average price of a tonne of cocoa on Tuesday, up by a third since January. Read the full story."),
  quiz="Tuesday\u2019s question: which city hosted the first modern Olympic marathon? Answers by Friday.",
  ahead="Tomorrow: the European Central Bank publishes the accounts of its March meeting; golf\u2019s Masters tournament begins in Augusta.",
  basis="no per-item stamp; the page's update line 'Updated 06:30 BST, Apr 7th 2032' applies to every brief (BST = UTC+1); local {d} in {z}",
  notes="Imitates The Economist's 'The world in brief' page as copied to text. The briefs have no headlines: each paragraph is one entry (headline null, one paragraph each). One update line for the page ('Updated 06:30 BST, Apr 7th 2032'), written with the Economist's ordinal day. 'Figure of the day', the daily quiz and 'The world ahead' are recurring boxes, not entries. Four of seven briefs are off-beat.",
  not_entries=["skip link, masthead, menu and log-in links", "heading 'The world in brief' and strapline", "update line 'Updated 06:30 BST, Apr 7th 2032'",
               "'Listen to this story' audio link", "'Figure of the day' box ($11,920 cocoa statistic teaser)", "'Daily quiz' teaser",
               "'The world ahead' agenda line", "footer links and copyright"],
  entries=[
  E("2032-04-07 06:30", None,
    ["Russia attacked Kyiv with missiles and drones overnight, killing at least four people and damaging a maternity clinic in the Darnytskyi district, according to the city\u2019s mayor. Ukraine\u2019s air force said it shot down 11 of 14 missiles. The strike was the third on the capital in a week; Volodymyr Zelensky again asked allies for Patriot interceptors."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2032-04-07", sec=["aid"], n="deadly strike on Kyiv; the plea for Patriots is secondary"),
  OFF("2032-04-07 06:30", None,
    ["Minutes from the Federal Reserve\u2019s March meeting showed that most officials expect to cut interest rates only once this year. Several worried that higher tariffs on consumer goods would keep inflation above the central bank\u2019s 2% target into 2033."],
    "fed-march-minutes-2032-04-07", n="US monetary policy"),
  E("2032-04-07 06:30", None,
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for a further 90 days, the 29th such extension since Russia\u2019s full-scale invasion. Only 11 lawmakers voted against. Elections cannot be held while martial law is in force."],
    "other", "politics", 2, "ukraine-martial-law-extension-2032-04-07"),
  OFF("2032-04-07 06:30", None,
    ["The Bank of Japan raised its main interest rate to 1.25%, the highest level since 1995, and signalled that further increases were possible. The yen strengthened by nearly 1% against the dollar after the announcement."],
    "bank-of-japan-rate-rise-2032-04-07", n="Japanese monetary policy"),
  E("2032-04-07 06:30", None,
    ["Moldova expelled three Russian diplomats, accusing them of funnelling money to a pro-Kremlin party ahead of local elections in June. Russia\u2019s foreign ministry promised a \u201cproportionate response\u201d."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomats-2032-04-07"),
  OFF("2032-04-07 06:30", None,
    ["Chile\u2019s government signed a deal with a Chinese battery-maker to build a lithium refinery in the Atacama desert, the largest foreign investment in the country in a decade. Indigenous groups in the region said they had not been consulted."],
    "chile-lithium-refinery-deal-2032-04-07", n="mining and investment"),
  OFF("2032-04-07 06:30", None,
    ["Floods in southern Brazil forced more than 20,000 people from their homes after three days of torrential rain in Rio Grande do Sul. At least six people have died."],
    "southern-brazil-floods-2032-04-07", n="weather disaster abroad"),
  ]))


def r_bloomberg_eb(S):
    """Bloomberg 'Evening Briefing' newsletter page, HTML. Kicker 'Newsletter' / 'Evening Briefing', h1 title, 'By NAME', 'April 8, 2032
    at 5:46 PM EDT' in <time datetime>, Save/Gift/Share; an unheaded lead story signed '\u2014NAME'; 'What You Need to Know Today' (an
    unheaded essay); 'Here are today\u2019s top stories' bullets (unheaded, with inline links); 'What You\u2019ll Want to Read Tonight' (h3
    feature headline, photo credit); sign-up and subscription footer."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)} {d.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Bloomberg</title>',
           '<meta name="parsely-section" content="newsletters"></head><body>',
           '<nav class="navi"><a href="/">Bloomberg</a> <a href="/markets">Markets</a> <a href="/economics">Economics</a> <a href="/industries">Industries</a> '
           '<a href="/technology">Tech</a> <a href="/politics">Politics</a> <a href="/businessweek">Businessweek</a> <a href="/opinion">Opinion</a> '
           '<a href="/subscriptions" class="sub">Subscribe</a></nav>',
           '<article><div class="kicker"><a href="/newsletters">Newsletter</a></div><div class="series">Evening Briefing</div>',
           f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<div class="byline">By <a href="/authors/{slugify(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="date"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></div>',
           '<div class="tools"><button>Save</button> <button>Gift this article</button> <button>Share</button></div>',
           f'<p class="signup"><em>{esc(S["signup"])}</em></p>', '<div class="body-content">']
    for i, e in enumerate(S["entries"]):
        kind = e["kind"]
        if kind == "lead":
            out += [f'<p>{esc(p)}</p>' for p in e["p"]] + [f'<p>\u2014{esc(S["byline"])}</p>']
        elif kind == "wyntk":
            out.append('<h2>What You Need to Know Today</h2>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
            out.append('<figure><div class="chart-ph"></div><figcaption>' + esc(S["chart"]) + '</figcaption></figure>')
        elif kind == "bullet":
            if S["entries"][i - 1]["kind"] != "bullet":
                out.append('<h2>Here are today\u2019s top stories</h2><ul class="top-stories">')
            p = e["p"][0]; lk = e["link"]; j = p.index(lk)
            out.append(f'<li>{esc(p[:j])}<a href="https://www.bloomberg.com/news/articles/{d:%Y-%m-%d}/{slugify(lk)}">{esc(lk)}</a>{esc(p[j + len(lk):])}</li>')
            if i + 1 == len(S["entries"]) or S["entries"][i + 1]["kind"] != "bullet":
                out.append('</ul>')
        elif kind == "tonight":
            out += ['<h2>What You\u2019ll Want to Read Tonight</h2>', f'<h3>{esc(e["h"])}</h3>',
                    f'<figure><div class="img-ph"></div><figcaption>{esc(e["credit"])}</figcaption></figure>']
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</div>', f'<p class="footnote"><em>{esc(S["footnote"])}</em></p>',
            '<aside class="paywall-cta"><p>Get it first on the Bloomberg Terminal.</p><a href="/professional">LEARN MORE</a></aside></article>',
            f'<footer><a href="/company/">Bloomberg L.P.</a> <a href="/notices/tos/">Terms of Service</a> <a href="/privacy">Privacy Policy</a> '
            f'<a href="/tc/">Trademarks</a> <span>\u00a9{d.year} Bloomberg L.P. All Rights Reserved.</span></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20604 Bloomberg (Evening Briefing, HTML)
BB = "Marcus Feldt"
SEEDS.append(dict(
  id="20604", name="20604_bloomberg-eveningbriefing", ext="html", source="Bloomberg", zone="America/New_York", render=r_bloomberg_eb,
  title="Ukraine Lands a $20 Billion Lifeline", byline=BB,
  signup="Sign up to receive the Evening Briefing in your inbox every weekday, and get the Bloomberg app.",
  chart="Source: Bloomberg",
  footnote="Enjoying the Evening Briefing? A Bloomberg.com subscription unlocks all of our reporting and analysis.",
  basis="no per-item stamp; the newsletter's date line 'April 8, 2032 at 5:46 PM EDT' (EDT = UTC-4; its <time datetime> says 21:46 UTC) applies to every item; local {d} in {z}",
  notes="Imitates a Bloomberg Evening Briefing newsletter page. One date line for the edition. Entry 1 is the unheaded lead story under the h1 (headline null; the h1 is the page title), signed '\u2014Marcus Feldt' (signature, not body). Entry 2 is the unheaded essay under the label 'What You Need to Know Today' (the label is not a headline). Entries 3-7 are the unheaded bullets under 'Here are today\u2019s top stories' (one paragraph each, inline links). Entry 8 is the feature under 'What You\u2019ll Want to Read Tonight' (its h3 is the headline). The newsletter byline is every item's author. Four of eight items are off-beat.",
  not_entries=["site navigation", "kicker 'Newsletter' and series label 'Evening Briefing'", "byline and date line", "Save / Gift this article / Share buttons",
               "italic sign-up line above the body", "signature line '\u2014Marcus Feldt' after the lead", "section label 'What You Need to Know Today'",
               "chart caption 'Source: Bloomberg'", "section label 'Here are today\u2019s top stories'", "section label 'What You\u2019ll Want to Read Tonight'",
               "photo credit under the feature headline", "italic subscription footnote", "Terminal promo", "footer"],
  entries=[
  E("2032-04-08 17:46", None,
    ["Ukraine secured a $20 billion loan from Group of Seven governments on Thursday, backed by the profits on Russian central bank assets frozen in Europe.",
     "The money, which will be paid out in four tranches starting in May, should cover Kyiv\u2019s wages and pensions through the end of the year, Finance Ministry officials said. Ukraine had warned it would run short by July.",
     "Russia called the deal theft and threatened to seize the assets of Western companies still operating there."],
    "aid", "aid", 3, "g7-20bn-loan-russian-assets-2032-04-08", a=BB, kind="lead", n="unheaded lead story; major financial aid"),
  OFF("2032-04-08 17:46", None,
    ["Treasury yields climbed for a fourth straight day as traders pared bets on a summer rate cut after stronger-than-expected retail sales data. The 10-year yield touched 4.71%, its highest since January.",
     "Some investors say the selloff has further to run, with the government set to sell a record amount of long-dated debt next week."],
    "treasury-yields-climb-2032-04-08", a=BB, kind="wyntk", n="unheaded essay under 'What You Need to Know Today'; US bond market"),
  E("2032-04-08 17:46", None,
    ["A Russian missile struck a residential area of Kryvyi Rih, killing three people and wounding 12, regional officials said. It was the second attack on President Volodymyr Zelenskiy\u2019s hometown this week."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2032-04-08", a=BB, kind="bullet", link="A Russian missile struck a residential area of Kryvyi Rih",
    n="deadly strike; Bloomberg spelling 'Zelenskiy'"),
  OFF("2032-04-08 17:46", None,
    ["US jobless claims fell to 212,000 last week, the lowest level since October, suggesting the labor market remains resilient despite a slowdown in hiring by large employers."],
    "us-jobless-claims-2032-04-08", a=BB, kind="bullet", link="US jobless claims fell to 212,000", n="US economy"),
  E("2032-04-08 17:46", None,
    ["A German defense contractor opened a plant in western Ukraine that will repair and eventually build armored vehicles, the first facility of its kind in the country. The company said it expects to employ 300 people by the end of the year."],
    "aid", "aid", 2, "german-armored-vehicle-plant-ukraine-2032-04-08", a=BB, kind="bullet", link="A German defense contractor opened a plant in western Ukraine"),
  OFF("2032-04-08 17:46", None,
    ["Shares of Japanese carmakers slid after the yen strengthened past 138 per dollar for the first time in four years."],
    "japanese-carmaker-shares-yen-2032-04-08", a=BB, kind="bullet", link="Shares of Japanese carmakers slid", n="markets"),
  OFF("2032-04-08 17:46", None,
    ["Two of Europe\u2019s biggest budget airlines raised their summer fare forecasts, betting that demand for holidays in southern Europe will hold up even as jet fuel costs rise."],
    "budget-airlines-summer-fares-2032-04-08", a=BB, kind="bullet", link="Two of Europe\u2019s biggest budget airlines", n="airlines"),
  E("2032-04-08 17:46", "The Race to Build a Cheaper Interceptor Drone",
    ["In a converted furniture workshop outside Kyiv, engineers are testing drones that cost less than $5,000 each and are designed to ram Russian attack drones out of the sky.",
     "Ukraine says such interceptors now account for about a third of the Shahed-type drones it destroys. Their makers are struggling to hire enough engineers, and some are looking to move production to Poland and Denmark."],
    "other", "security", 2, "ukraine-interceptor-drone-makers-feature-2032-04-08", a=BB, kind="tonight",
    credit="Photographer: Oleksii Hrebeniuk/Bloomberg", n="feature (theme piece on drone production), its own story"),
  ]))


def r_nyt_morning(S):
    """The New York Times 'The Morning' newsletter web page, HTML. Kicker 'The Morning', h1, summary, 'By NAME', 'April 9, 2032,
    6:00 a.m. ET'; the lead essay (with an h2 subhead inside it); 'The Latest News' with h3 groups of unheaded bullets (inline links);
    then Opinions, Morning Reads, Sports, Arts, The Morning Recommends and puzzles (link lists and promos)."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           f'<meta property="article:published_time" content="{d.isoformat()}"></head><body>',
           '<header class="masthead"><a href="/">The New York Times</a><nav><a href="/section/us">U.S.</a> <a href="/section/world">World</a> '
           '<a href="/section/business">Business</a> <a href="/section/arts">Arts</a> <a href="/section/lifestyle">Lifestyle</a> '
           '<a href="/section/opinion">Opinion</a> <a href="/spotlight/audio">Audio</a> <a href="/crosswords">Games</a> <a href="/cooking">Cooking</a></nav>'
           '<a class="subscribe" href="/subscription">Subscribe for $1/week</a></header>',
           '<main><article><div class="kicker"><a href="/series/the-morning-newsletter">The Morning</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["summary"])}</p>',
           f'<div class="byline"><p>By {esc(S["byline"])}</p><time datetime="{d.isoformat()}">{st}</time></div>',
           '<div class="share"><button>Share full article</button> <button>Save</button></div>', '<section name="articleBody">']
    ess = S["entries"][0]
    out += [f'<p>{esc(p)}</p>' for p in ess["p"]]
    for lab, ps in subsections(ess):
        out.append(f'<h2>{esc(lab)}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in ps]
    out.append(f'<p><strong>Related:</strong> <a href="/{d:%Y/%m/%d}/world/europe/ukraine-power.html">{esc(S["related"])}</a></p>')
    out.append('<h2>THE LATEST NEWS</h2>')
    grp = None
    for e in S["entries"][1:]:
        if e["grp"] != grp:
            if grp is not None:
                out.append('</ul>')
            grp = e["grp"]; out.append(f'<h3>{esc(grp)}</h3><ul>')
        p = e["p"][0]; lk = e["link"]; j = p.index(lk)
        out.append(f'<li>{esc(p[:j])}<a href="/{d:%Y/%m/%d}/{slugify(lk)}.html">{esc(lk)}</a>{esc(p[j + len(lk):])}</li>')
    out.append('</ul>')
    for head, items in S["tail"]:
        out.append(f'<h2>{esc(head)}</h2><ul>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in items) + '</ul>')
    out += [f'<p>{esc(S["signoff"])}</p>', '<p><em>Get The Morning by email every day: sign up here. Write to the team at themorning@nytimes.com.</em></p>',
            '</section></article></main>',
            f'<footer><a href="/">\u00a9 {d.year} The New York Times Company</a> <a href="/contact">Contact Us</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/terms">Terms of Service</a> <a href="/sitemap">Site Map</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20605 The New York Times (The Morning, HTML)
NY = "Nora Castellanos"
NYT_STRIKE = "russia-energy-mass-strike-2032-04-09"
SEEDS.append(dict(
  id="20605", name="20605_nytimes-themorning", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt_morning,
  title="Ukraine\u2019s Darkest Night in Months", doc_title="Ukraine\u2019s Darkest Night in Months - The New York Times",
  summary="Russia\u2019s attack on the power grid was its most damaging in two years. Ukraine\u2019s defenses are running low.",
  byline=NY, related="Photos from a night of blackouts in Kharkiv.",
  tail=[("Opinions", ["The West keeps promising Ukraine air defense. It keeps arriving late, a guest essayist writes.",
                      "Congress should stop treating the farm bill like a hostage, the editorial board argues."]),
        ("MORNING READS", ["Lost and found: A sailor\u2019s letters, sealed in a bottle in 1959, washed up in Maine.",
                           "Sourdough science: Why your starter smells like nail polish."]),
        ("SPORTS", ["N.B.A.: The Knicks clinched a playoff spot with a 112-104 win over Boston.",
                    "Golf: The Masters began with three players tied for the lead."]),
        ("THE MORNING RECOMMENDS \u2026", ["Make a one-pan lemon chicken with olives.", "Read a new novel about two sisters who run a lighthouse."]),
        ("NOW TIME TO PLAY", ["The pangram from yesterday\u2019s Spelling Bee was pinwheel. Here is today\u2019s puzzle."])],
  signoff="Thank you for reading The Morning. We will be back tomorrow.",
  basis="no per-item stamp; the newsletter's date line 'April 9, 2032, 6:00 a.m. ET' (Eastern daylight time, UTC-4) applies to every item; local {d} in {z}",
  notes="Imitates a New York Times 'The Morning' newsletter web page. One date line for the edition ('April 9, 2032, 6:00 a.m. ET'). Entry 1 is the lead essay (headline = the h1); its h2 subhead 'Running low' is inside the essay, not a new entry, and the paragraphs after it count toward the essay. Entries 2-8 are the unheaded bullets under 'THE LATEST NEWS', grouped by h3 labels (War in Ukraine, Politics, International, Other Big Stories) that are not headlines. The newsletter byline is the essay's author; the bullets (summaries of other reporting) have author null. Opinions, Morning Reads, Sports, The Morning Recommends and Now Time to Play are link lists, not entries. Five of eight entries are off-beat.",
  not_entries=["masthead, navigation and subscribe link", "kicker 'The Morning'", "summary line under the h1", "byline and date line",
               "share/save buttons", "'Related:' link under the essay", "'THE LATEST NEWS' header and the h3 group labels",
               "'Opinions' link list", "'MORNING READS' link list", "'SPORTS' link list", "'THE MORNING RECOMMENDS \u2026' list",
               "'NOW TIME TO PLAY' puzzle line", "sign-off and sign-up lines", "footer"],
  entries=[
  E("2032-04-09 06:00", "Ukraine\u2019s Darkest Night in Months",
    ["Russia fired more than 70 missiles and 400 drones at Ukraine overnight Thursday, aiming most of them at power plants and substations, in what Ukrainian officials called the most damaging attack on the country\u2019s energy system in two years.",
     "At least five people were killed, including two workers at a thermal plant near Kharkiv. By morning, about a third of the country was without electricity.",
     "The attack was not a surprise. Russia has spent the winter building up its stock of missiles, and Ukrainian officials had warned for weeks that a large strike was coming."],
    "strikes", "strikes", 3, NYT_STRIKE, a=NY, sec=["aid"],
    more=("Running low", ["What has changed is Ukraine\u2019s ability to respond. Its air force shot down fewer than half of the ballistic missiles fired on Thursday, down from about two-thirds last year, because it is rationing interceptors for its Patriot systems.",
                          "Europe has promised to make up the difference, but new interceptors will not arrive in large numbers until next year."]),
    n="lead essay on the overnight mass strike on energy; the h2 subhead is part of it"),
  E("2032-04-09 06:00", None,
    ["Ukraine\u2019s grid operator said blackouts would last at least a week in parts of the Kharkiv and Poltava regions."],
    "strikes", "strikes", 3, NYT_STRIKE, grp="War in Ukraine", link="blackouts would last at least a week",
    n="aftermath of the same overnight strike: same story"),
  E("2032-04-09 06:00", None,
    ["Germany said it would send Ukraine another IRIS-T air-defense system, but gave no date for the delivery."],
    "aid", "aid", 2, "germany-iris-t-pledge-2032-04-09", grp="War in Ukraine", link="another IRIS-T air-defense system",
    n="pledge of one system without a date: importance 2"),
  OFF("2032-04-09 06:00", None,
    ["The Senate passed a bill to fund the government through September, averting a shutdown hours before the deadline."],
    "us-senate-funding-bill-2032-04-09", grp="Politics", link="passed a bill to fund the government", n="US politics"),
  OFF("2032-04-09 06:00", None,
    ["Two candidates dropped out of the race for governor of Georgia, leaving a three-way contest for the Democratic nomination."],
    "georgia-governor-race-2032-04-09", grp="Politics", link="dropped out of the race for governor", n="US politics"),
  OFF("2032-04-09 06:00", None,
    ["A ferry carrying about 200 people ran aground off the coast of Sulawesi in Indonesia; all passengers were rescued."],
    "indonesia-ferry-aground-2032-04-09", grp="International", link="ran aground off the coast of Sulawesi", n="accident abroad"),
  OFF("2032-04-09 06:00", None,
    ["Measles cases in the United States have already passed last year\u2019s total, health officials said."],
    "us-measles-cases-2032-04-09", grp="Other Big Stories", link="Measles cases in the United States", n="US health"),
  OFF("2032-04-09 06:00", None,
    ["A jury in Phoenix convicted a former county official of taking bribes from a parking-meter contractor."],
    "phoenix-bribery-conviction-2032-04-09", grp="Other Big Stories", link="convicted a former county official", n="US crime"),
  ]))


def r_guardian_firstedition(S):
    """The Guardian 'First Edition' newsletter web page, text scrape. Navigation, series label, 'Tuesday briefing: ...' title, standfirst,
    byline, 'Tue 13 Apr 2032 06.05 BST', photo caption, 'Good morning.' intro, 'Five big stories' (each 'Label | text', unheaded),
    the newsletter promotion block, 'In depth: ...' (with subheads), 'What else we\u2019ve been reading', 'Sport' ('Label | text'),
    'The front pages', 'Today in Focus', 'Cartoon of the day', 'The Upside', 'Bored at work?'."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"
    L = ["Skip to main content", "Skip to navigation", "", "Support the Guardian", "Fund independent journalism   Support us", "",
         "Print subscriptions   Sign in   Search jobs   Search", "", "News   Opinion   Sport   Culture   Lifestyle", "",
         "World   Europe   US news   Americas   Asia   Australia   Middle East   Africa   Inequality   Global development", "",
         "First Edition", S["title"], S["standfirst"], "", S["byline"], st, "", "Share", "", S["caption"], ""] + ptxt(S["intro"])
    groups = [("big", "Five big stories"), ("depth", None), ("sport", "Sport")]
    promo_done = False
    for kind, label in groups:
        items = [e for e in S["entries"] if e["kind"] == kind]
        if kind == "sport":
            L += ["What else we\u2019ve been reading", ""] + ptxt(S["reading"])
        if label:
            L += [label, ""]
        for e in items:
            if kind in ("big", "sport"):
                L += [f"{e['label']} | {e['p'][0]}", ""] + ptxt(e["p"][1:])
            else:
                L += [e["h"], ""] + ptxt(e["p"])
                for lab, ps in subsections(e):
                    L += [lab, ""] + ptxt(ps)
        if kind == "big" and not promo_done:
            promo_done = True
            L += ["skip past newsletter promotion", "Sign up to First Edition", "Free daily newsletter",
                  "The main stories of the morning, what sits behind them and why they matter, in one email before breakfast.",
                  "Enter your email address", "Sign up", "after newsletter promotion", ""]
    L += ["The front pages", ""] + ptxt(S["fronts"]) + ["Today in Focus", ""] + ptxt(S["focus"]) + ["Cartoon of the day | " + S["cartoon"], "",
          "The Upside", "Some good news to end on", ""] + ptxt(S["upside"]) + [
          "Sign up here to get First Edition delivered to your inbox every weekday.", "", "Bored at work?",
          "And finally, today\u2019s puzzles are waiting for you. Until tomorrow.", "", "Quick crossword", "Cryptic crossword", "Wordiply", "",
          "Explore more on these topics", "Ukraine   Europe   Military   Russia   newsletters", "", "Share   Reuse this content", "",
          "Most viewed", "", "About us   Contact us   Complaints & corrections   Privacy policy   Cookie policy",
          f"\u00a9 {d.year} Guardian News & Media Limited or its affiliated companies. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20606 The Guardian (First Edition, text)
GU = "Ruair\u00ed Calloway"
SEEDS.append(dict(
  id="20606", name="20606_guardian-firstedition", ext="txt", source="The Guardian", zone="Europe/London", render=r_guardian_firstedition,
  title="Tuesday briefing: Why Europe is talking about the draft again",
  standfirst="In today\u2019s newsletter: Six countries now require some form of military service. What is driving the return of conscription, and will it make Europe safer?",
  byline=GU, caption="Recruits on parade at a training base in southern Sweden last month. Photograph: Malin Ekdahl/TT News Agency/AFP/Getty Images",
  intro=["Good morning.", "When Sweden brought back conscription in 2017, it looked like an outlier. This week Belgium\u2019s parliament is expected to become the seventh European country to vote for a compulsory national service scheme, and ministers in at least two more capitals are drafting plans of their own."],
  reading=["Our Kyiv correspondent on the teenagers who now build drones after school.", "Why the price of olive oil finally fell, and why it may not last."],
  fronts=["The Times leads with the Belgian vote: \u201cConscription returns to the heart of Europe\u201d. The Mirror has a hospital story: \u201cFour-hour A&E wait now the norm\u201d.",
          "The Financial Times reports that European gas prices have fallen to a two-year low."],
  focus=["Why did the sea lions leave San Francisco? Our US environment reporter on a marine mystery."],
  cartoon="Bel Ardmore on the draft",
  upside=["A Cornish community raised enough money in three days to buy back its last village pub."],
  basis="no per-item stamp; the newsletter's date line 'Tue 13 Apr 2032 06.05 BST' (BST = UTC+1) applies to every item; local {d} in {z}",
  notes="Imitates a Guardian 'First Edition' newsletter web page as copied to text. One date line ('Tue 13 Apr 2032 06.05 BST', Guardian style with a dot in the time). The 'Good morning.' intro is the lede, not an entry. Items under 'Five big stories' and 'Sport' are printed 'Label | text' with no headline: the label (Ukraine, Politics, Russia, ...) is a section tag, so headline is null and first_sentence is the text after 'Label | '. The 'In depth: ...' line starts the in-depth entry; its subheads ('Who is doing what', 'Will it work?') are part of it and their paragraphs count toward body_paragraphs. The newsletter byline is used as every item's author. 'What else we\u2019ve been reading', 'The front pages', 'Today in Focus', the cartoon, 'The Upside' and the puzzles are link/promo boxes, not entries. Five of eight entries are off-beat.",
  not_entries=["skip links, support banner, top navigation and section navigation", "series label 'First Edition'", "title line 'Tuesday briefing: ...'",
               "standfirst 'In today\u2019s newsletter: ...'", "byline and date line", "'Share'", "photo caption with credit", "'Good morning.' and the intro paragraph",
               "'Five big stories' label", "newsletter promotion block ('skip past newsletter promotion' ... 'after newsletter promotion')",
               "subheads inside the in-depth section", "'What else we\u2019ve been reading' links", "'Sport' label", "'The front pages' paragraphs",
               "'Today in Focus' teaser", "'Cartoon of the day' line", "'The Upside' box", "sign-up line, 'Bored at work?' and puzzle links",
               "topic links, share/reuse, most viewed and footer"],
  entries=[
  E("2032-04-13 06:05", None,
    ["A Russian drone struck a hospital in Sumy overnight, killing two patients and injuring nine, regional officials said. The drone hit the surgical wing shortly after 2am, and about 60 patients were moved to other hospitals in the city."],
    "strikes", "strikes", 3, "sumy-hospital-drone-strike-2032-04-13", a=GU, kind="big", label="Ukraine"),
  OFF("2032-04-13 06:05", None,
    ["The government will publish its long-delayed plan to cut social care waiting lists today, with councils promised an extra \u00a31.4bn over three years. Local authority leaders said the sum would barely cover rising wage costs."],
    "uk-social-care-plan-2032-04-13", a=GU, kind="big", label="Politics", n="UK politics"),
  E("2032-04-13 06:05", None,
    ["The Kremlin has rejected a Turkish proposal for a truce over Orthodox Easter, saying a pause would only give Ukraine time to regroup. Recep Tayyip Erdo\u011fan had suggested a two-week ceasefire in a call with Vladimir Putin on Sunday, and Kyiv had said it would agree if Moscow did."],
    "diplomacy", "diplomacy", 3, "kremlin-rejects-easter-truce-2032-04-13", a=GU, kind="big", label="Russia",
    n="head-of-state truce proposal and its rejection: importance 3"),
  OFF("2032-04-13 06:05", None,
    ["Nearly one in five patients in England waited more than four hours in A&E last month, according to figures published overnight, the worst March on record."],
    "england-ae-waits-2032-04-13", a=GU, kind="big", label="Health", n="UK health"),
  OFF("2032-04-13 06:05", None,
    ["Water companies in England and Wales discharged raw sewage into rivers and seas for more than 3.1m hours last year, a 9% rise, the Environment Agency said."],
    "sewage-discharges-rise-2032-04-13", a=GU, kind="big", label="Environment", n="UK environment"),
  E("2032-04-13 06:05", "In depth: Europe rediscovers the draft",
    ["For most of the last 30 years, European armies shrank and turned professional. Conscription was something your grandparents talked about. Russia\u2019s war in Ukraine changed the arithmetic: defence planners now talk about holding a front line for months, and that takes numbers that volunteers alone do not provide."],
    "other", "security", 2, "explainer-europe-conscription-return-2032-04-13", a=GU, kind="depth",
    more=[("Who is doing what", ["Sweden, Finland, Norway, Estonia, Lithuania and Latvia already call up young people every year. Belgium\u2019s scheme, if it passes, would start with 5,000 volunteers and become compulsory only if targets are missed.",
                                 "Germany and the Netherlands have opted for questionnaires that every 18-year-old must fill in, with a compulsory element held in reserve."]),
          ("Will it work?", ["Advocates point to Finland, where nearly 900,000 trained reservists can be called on. Critics say armies lack the barracks and instructors to train large numbers, and that short service produces soldiers who forget their skills within a few years."])],
    n="theme piece (in-depth explainer on conscription), its own story"),
  OFF("2032-04-13 06:05", None,
    ["Arsenal moved three points clear at the top of the Premier League with a 2-0 win at Aston Villa, their eighth clean sheet in 10 games."],
    "arsenal-win-at-villa-2032-04-13", a=GU, kind="sport", label="Football", n="sport"),
  OFF("2032-04-13 06:05", None,
    ["Britain\u2019s Maya Thornbury reached the second round in Stuttgart after her opponent retired injured in the second set."],
    "thornbury-stuttgart-tennis-2032-04-13", a=GU, kind="sport", label="Tennis", n="sport"),
  ]))


def r_ft_europeexpress(S):
    """Financial Times 'Europe Express' newsletter page, HTML. Topper with the newsletter link, h1, standfirst, photo caption, byline
    'NAME in Brussels', visible date only 'April 14 2032' inside <time datetime="...Z">, Save/Print; italic on-site-version note,
    'Good morning.' intro, h2 sections (one is 'Chart du jour: ...' with a chart caption), 'What to watch today', 'Now read these',
    recommended newsletters and the sign-up note."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    vis = f"{MONTHS[d.month - 1]} {d.day} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="robots" content="noarchive"></head><body>',
           '<header class="o-header"><a class="o-header__top-logo" href="/">Financial Times</a> <a href="/myft">myFT</a> '
           '<a href="/products" class="subscribe">Subscribe</a> <a href="/login">Sign In</a>'
           '<nav class="o-header__nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/us">US</a> <a href="/companies">Companies</a> '
           '<a href="/technology">Tech</a> <a href="/markets">Markets</a> <a href="/climate-capital">Climate</a> <a href="/opinion">Opinion</a> '
           '<a href="/lex">Lex</a> <a href="/work-careers">Work &amp; Careers</a> <a href="/life-arts">Life &amp; Arts</a> <a href="/htsi">HTSI</a></nav></header>',
           '<div class="topper"><a class="topper__primary-theme" href="/europe-express">Europe Express newsletter</a>',
           f'<h1 class="topper__headline">{esc(S["title"])}</h1>', f'<div class="topper__standfirst">{esc(S["standfirst"])}</div></div>',
           f'<figure><div class="img-ph"></div><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="article-info"><p class="article-info__byline"><a href="/stream/{slugify(S["byline"])}">{esc(S["byline"])}</a> in Brussels</p>'
           f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}" class="article-info__timestamp o-date">{vis}</time></div>',
           '<div class="article-tools"><button>Save</button> <button>Print this page</button></div>', '<div class="article-body">',
           f'<p><em>{esc(S["onsite"])}</em></p>'] + [f'<p>{esc(p)}</p>' for p in S["intro"]]
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e.get("chart"):
            out.append(f'<figure class="chart"><div class="chart-ph"></div><figcaption>{esc(e["chart"])}</figcaption></figure>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<h2>What to watch today</h2><ol>' + "".join(f'<li>{esc(x)}</li>' for x in S["watch"]) + '</ol>',
            '<h2>Now read these</h2><ul>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in S["read"]) + '</ul>',
            '<h2>Recommended newsletters for you</h2>' + "".join(f'<p><strong>{esc(a)}</strong> \u2014 {esc(b)} <a href="#">Sign up here</a></p>' for a, b in S["recs"]),
            f'<p><em>{esc(S["signup"])}</em></p>', '</div>',
            f'<footer class="o-footer"><a href="/help">Help</a> <a href="/legal">Terms &amp; Conditions</a> <a href="/privacy">Privacy</a> '
            f'<a href="/cookies">Cookies</a> <p>Copyright The Financial Times Limited {d.year}. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20607 Financial Times (Europe Express, HTML)
FTB = "Annika Ellingsen"
SEEDS.append(dict(
  id="20607", name="20607_ft-europeexpress", ext="html", source="Financial Times", zone="Europe/London", render=r_ft_europeexpress,
  title="Brussels eyes an accession shortcut for Kyiv", standfirst="Plus, eight capitals club together for interceptors; and the farm budget fight begins",
  caption="Ukrainian and EU flags outside the Berlaymont building in Brussels \u00a9 Yves Corbisier/EPA-EFE", byline=FTB,
  onsite="This is the on-site edition of the Europe Express newsletter. Premium subscribers can have it sent to their inbox every weekday and on Saturday mornings; everyone else can explore our full range of newsletters.",
  intro=["Good morning. Today, we look at a plan to let Ukraine open all of its remaining accession talks in one go, and at a new buyers\u2019 club for air-defence missiles. We also bring news from the budget trenches."],
  watch=["EU general affairs ministers meet in Luxembourg.", "European Parliament plenary debates the farm budget.", "Eurostat publishes industrial production figures for February."],
  read=["Ukraine: How a Kharkiv tractor plant turned into a drone factory", "Markets: Why European bank shares are having their best month since 2021",
        "Opinion: The EU should stop pretending enlargement is cheap"],
  recs=[("Brussels Briefing", "What the EU institutions are up to, explained every weekday."), ("Swamp Notes", "Our Washington team on money, power and American politics.")],
  signup="Like Europe Express? Have it emailed to you every workday at 7am CET, and tell us what you think at europe.express@ft.com.",
  basis="no per-section stamp; the page's visible date 'April 14 2032' (date only) with the time from its <time datetime=\"2032-04-14T04:00:00.000Z\"> (05:00 BST) applies to every section; local {d} in {z}",
  notes="Imitates a Financial Times Europe Express newsletter page (on-site version). The visible date is 'April 14 2032' (date only, FT style without a comma); the time comes from the <time datetime> attribute (04:00 UTC = 05:00 BST). Each h2 section is an entry ('Chart du jour: ...' included, with its chart caption excluded from the body); the byline 'Annika Ellingsen in Brussels' gives the author 'Annika Ellingsen' for every section. The italic on-site note, the 'Good morning.' intro, 'What to watch today', 'Now read these', the recommended newsletters and the sign-up note are not entries. Two of six sections are off-beat.",
  not_entries=["FT header and navigation", "topper link 'Europe Express newsletter'", "h1 title and standfirst 'Plus, ...'", "photo caption with credit",
               "byline 'Annika Ellingsen in Brussels' and the date 'April 14 2032'", "Save / Print this page", "italic on-site-version note",
               "'Good morning.' intro paragraph", "chart caption under 'Chart du jour'", "'What to watch today' list", "'Now read these' links",
               "'Recommended newsletters for you' block", "italic sign-up note", "footer"],
  entries=[
  E("2032-04-14 05:00", "One bite of the cherry",
    ["EU ambassadors will today discuss a proposal to open all of Ukraine\u2019s remaining accession negotiating clusters at a single intergovernmental conference in June, rather than one by one, according to a paper from the Polish and Nordic governments seen by Europe Express.",
     "The idea is to limit the number of occasions on which Hungary can wield its veto. Budapest has blocked the opening of the \u201cfundamentals\u201d cluster since last autumn.",
     "\u201cEvery separate step is another hostage,\u201d said one senior EU diplomat. Others worry that lumping the clusters together lowers the bar for reforms."],
    "diplomacy", "diplomacy", 2, "ukraine-accession-clusters-single-conference-2032-04-14", a=FTB),
  E("2032-04-14 05:00", "Interceptor club",
    ["Eight EU countries led by Germany and the Netherlands have agreed to buy \u20ac900mn worth of air-defence interceptors for Ukraine through a joint order, officials told the FT, the largest such purchase made together by EU capitals.",
     "The first missiles would be delivered within six months, drawn partly from the buyers\u2019 own stocks and replaced later by new production."],
    "aid", "aid", 3, "eu-eight-country-interceptor-order-2032-04-14", a=FTB, n="major aid (\u20ac900mn joint order)"),
  E("2032-04-14 05:00", "Tanker trouble",
    ["Estonia\u2019s navy has detained an uninsured tanker carrying Russian diesel in the Gulf of Finland, the third such seizure this year. Moscow summoned Estonia\u2019s charg\u00e9 d\u2019affaires in protest."],
    "other", "security", 2, "estonia-detains-shadow-fleet-tanker-2032-04-14", a=FTB, sec=["diplomacy"]),
  E("2032-04-14 05:00", "Chart du jour: Spending spree",
    ["EU defence spending rose to an average of 2.3 per cent of GDP last year, up from 1.3 per cent in 2021, with Poland and the Baltic states all above 4 per cent."],
    "other", "security", 2, "chart-eu-defence-spending-2032-04-14", a=FTB, chart="Defence spending as % of GDP, 2021 and 2031. Source: European Defence Agency"),
  OFF("2032-04-14 05:00", "Farm fight",
    ["Farm ministers from 14 countries have written to the Commission demanding that direct payments to farmers keep a separate budget line in the next seven-year budget, setting up a clash with plans to merge them into national envelopes."],
    "eu-farm-budget-letter-2032-04-14", a=FTB, n="EU budget politics"),
  OFF("2032-04-14 05:00", "Rent controls, Spanish style",
    ["Spain\u2019s government approved a bill that would cap rents on new contracts in 140 municipalities, extending a measure first tried in Catalonia."],
    "spain-rent-cap-bill-2032-04-14", a=FTB, n="Spanish housing policy"),
  ]))


def r_reuters_atom(S):
    """Reuters Daily Briefing stories as an Atom 1.0 feed: <published>/<updated> in UTC ('Z'), one or two <author> names, category
    terms, escaped-HTML <content> whose first paragraph may open with the Reuters dateline 'CITY, April 15 (Reuters) - '."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>',
           '<link rel="alternate" type="text/html" href="https://www.reuters.com/newsletters/daily-briefing/"/>',
           '<link rel="self" type="application/atom+xml" href="https://www.reuters.com/arc/outboundfeeds/newsletter/daily-briefing/?outputType=atom"/>',
           '<id>https://www.reuters.com/newsletters/daily-briefing/</id>', f'<updated>{isoz(dt(S["entries"][0]["t"], z))}</updated>',
           '<rights>All quotes delayed a minimum of 15 minutes. \u00a9 Reuters</rights>', '<generator>Arc XP</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = isoz(d); stamps.append(st)
        url = f"https://www.reuters.com/{e['sect']}/{slugify(e['h'])}-{d:%Y-%m-%d}/"
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{url}"/>', f'<id>{url}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        for nm in e["names"]:
            out.append(f'<author><name>{esc(nm)}</name></author>')
        lab = e["sect"].split("/")[-1]
        out.append(f'<category term="{attr(e["sect"].split("/")[0])}" label="{attr(lab.upper() if len(lab) <= 3 else lab.title())}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def RE(t, h, p, top, sub, imp, st, names, sect, **kw):
    return E(t, h, p, top, sub, imp, st, a=" and ".join(names) if names else None, names=names, sect=sect, **kw)


def ROFF(t, h, p, st, names, sect, n=""):
    return OFF(t, h, p, st, a=" and ".join(names) if names else None, n=n, names=names, sect=sect)


# ---------------------------------------------------------------- 20608 Reuters (Daily Briefing, Atom)
SEEDS.append(dict(
  id="20608", name="20608_reuters-dailybriefing", ext="xml", source="Reuters", zone="UTC", render=r_reuters_atom,
  title="Reuters Daily Briefing", lede="The stories shaping the day, from Reuters journalists around the world.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Imitates an Atom feed of the stories in one Reuters Daily Briefing edition. Newest first; <published> in UTC; one or two <author> elements (two names are joined with ' and ' into one author string); escaped-HTML content. Several first paragraphs open with the Reuters dateline ('KYIV, April 15 (Reuters) - '), which is part of the printed first sentence. Reuters spells the Ukrainian president 'Zelenskiy'. Three of seven entries are off-beat.",
  not_entries=["feed title, subtitle, links, id, updated, rights and generator", "category terms"],
  entries=[
  RE("2032-04-15 11:40", "Zelenskiy, Erdogan discuss Black Sea shipping and prisoner swaps in Ankara",
    ["ANKARA, April 15 (Reuters) - Ukrainian President Volodymyr Zelenskiy met Turkish President Tayyip Erdogan in Ankara on Thursday to discuss the security of merchant shipping in the Black Sea and a possible new exchange of prisoners with Russia, both sides said.",
     "Erdogan told reporters Turkey was ready to host talks between Kyiv and Moscow \"at any level\". The Kremlin had no immediate comment."],
    "diplomacy", "diplomacy", 3, "zelenskiy-erdogan-ankara-meeting-2032-04-15", ["Derya Altan", "Oksana Hrytsenko"], "world/europe",
    n="head-of-state meeting; Reuters spellings 'Zelenskiy', 'Erdogan'"),
  ROFF("2032-04-15 10:15", "UK economy grows 0.3% in February, beating forecasts",
    ["LONDON, April 15 (Reuters) - Britain's economy grew by 0.3% in February, more than economists had expected, helped by a rebound in construction and a strong month for retailers, official data showed on Thursday."],
    "uk-february-gdp-2032-04-15", ["Callum Pryce"], "world/uk", n="UK economy"),
  RE("2032-04-15 08:50", "Russian strike on Kramatorsk kills two, wounds 11, governor says",
    ["A Russian guided bomb hit a residential area of Kramatorsk in eastern Ukraine on Thursday morning, killing two people and wounding 11, Donetsk regional governor Vadym Filashkin said.",
     "Kramatorsk, one of the largest cities still under Ukrainian control in the Donetsk region, lies about 20 km (12 miles) from the front line."],
    "strikes", "strikes", 3, "kramatorsk-guided-bomb-strike-2032-04-15", ["Oksana Hrytsenko"], "world/europe", n="deadly strike"),
  ROFF("2032-04-15 07:30", "China's first-quarter growth slows to 4.4% as property drag persists",
    ["BEIJING, April 15 (Reuters) - China's economy grew 4.4% in the first quarter from a year earlier, slightly below forecasts, as a prolonged property slump weighed on investment and consumer spending."],
    "china-q1-gdp-2032-04-15", ["Lin Qiaoyu", "Martin Devereux"], "world/china", n="Chinese economy"),
  RE("2032-04-15 06:05", "EU proposes ban on imports of Russian nickel in new sanctions step",
    ["BRUSSELS, April 15 (Reuters) - The European Commission proposed on Thursday to ban imports of Russian nickel and nickel products from 2033, according to a document seen by Reuters, in a move that would hit one of the last big Russian metals exports to Europe."],
    "diplomacy", "diplomacy", 2, "eu-russian-nickel-ban-proposal-2032-04-15", ["Philippe Goossens"], "world/europe", n="sanctions proposal (not yet adopted)"),
  ROFF("2032-04-15 04:20", "Japan's exports rise for fifth straight month on chip demand",
    ["TOKYO, April 15 (Reuters) - Japan's exports rose 6.1% in March from a year earlier, the fifth straight monthly increase, as shipments of chipmaking equipment to Asia offset weaker car sales to the United States."],
    "japan-march-exports-2032-04-15", ["Kaito Moriyama"], "markets/asia", n="Japanese trade"),
  RE("2032-04-15 03:10", "Ukraine says it struck Russian ammunition depot in Bryansk region",
    ["KYIV, April 15 (Reuters) - Ukraine's military said on Thursday its drones had hit an ammunition depot near the town of Klintsy in Russia's Bryansk region overnight, causing secondary explosions.",
     "Bryansk governor Alexander Bogomaz said Ukrainian drones had been shot down over the region and that there were no casualties, without mentioning a depot. Reuters could not independently verify either account."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2032-04-15", [], "world/europe", n="non-deadly strike on Russia; no byline (author null)"),
  ]))


def r_brew_archive(S):
    """Morning Brew-style newsletter issue archive page, text scrape. Site navigation, 'Back to all issues', newsletter name, issue subject,
    'April 16, 2032 \u00b7 6:04 AM ET', 'Together with SPONSOR', greeting intro, MARKETS table and unheaded recap, sections (CAPS label line,
    headline, illustration credit, body), a 'TOGETHER WITH' sponsored section, 'TOUR DE HEADLINES' items (bold first sentence), then
    Brew's Bets, games, referral box and 'Written by NAMES'."""
    z = S["zone"]; same_time(S); d = dt(S["entries"][0]["t"], z)
    st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} \u00b7 {ampm(d, space=' ', upper=True)} ET"
    L = ["Morning Brew", "Newsletters   Podcasts   Videos   Events   Careers   Subscribe", "", "\u2190 Back to all issues", "", "Morning Brew Daily",
         S["title"], st, "", f"Together with {S['sponsor']}", ""] + ptxt(S["intro"])
    tour = False
    for e in S["entries"]:
        k = e["kind"]
        if k == "markets":
            L += ["MARKETS", ""] + S["table"] + [""] + ptxt(e["p"])
        elif k == "section":
            L += [e["label"], e["h"], e["credit"], ""] + ptxt(e["p"])
            if e.get("sponsor_after"):
                L += [f"TOGETHER WITH {S['sponsor'].upper()}", S["sp_h"], ""] + ptxt(S["sp_p"])
        elif k == "tour":
            if not tour:
                tour = True; L += ["TOUR DE HEADLINES", ""]
            L += ptxt(e["p"])
    L += ["BREW\u2019S BETS", ""] + ptxt(S["bets"]) + ["GAMES", "The Mini: Today\u2019s crossword has a spring theme. Play it here.", "",
          "SHARE THE BREW", "Share the Brew with friends and earn rewards as your referrals add up.", "Your referral count: 0", "Click to share", "",
          f"Written by {S['writers']}", "", "Advertise   Careers   Shop   FAQ   Privacy Policy   Terms of Service", f"\u00a9{d.year} Morning Brew Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20609 Morning Brew-style email archive page (text)
MB = "Dana Whitacre and Owen Lasko"
SEEDS.append(dict(
  id="20609", name="20609_morningbrew-issuearchive", ext="txt", source="Morning Brew", zone="America/New_York", render=r_brew_archive,
  title="\u2615 Drone money", sponsor="Fernhall Bank", writers=MB,
  intro=["Good morning. If you had told us five years ago that the hottest startups in Europe would be building flying lawnmower engines with explosives attached, we would have laughed. Nobody is laughing at the valuations, though."],
  table=["Nasdaq   18,402.11   +0.84%", "S&P   6,318.40   +0.52%", "Dow   44,217.93   +0.21%", "10-Year   4.64%   -0.03", "Bitcoin   $92,140   -1.12%",
         "*Index levels at the close; crypto prices at 5:00pm ET. What do these numbers mean?"],
  sp_h="Your savings deserve a raise",
  sp_p=["Fernhall\u2019s high-yield savings account pays 4.10% APY with no minimums and no monthly fees. Open an account in five minutes."],
  bets=["Stream: a documentary about the last lighthouse keepers in Maine.", "Cook: the five-ingredient pasta our editor has made three nights in a row."],
  basis="no per-item stamp; the issue's date line 'April 16, 2032 \u00b7 6:04 AM ET' (Eastern daylight time, UTC-4) applies to every item; local {d} in {z}",
  notes="Imitates a Morning Brew newsletter issue as shown on its web archive. One date line ('April 16, 2032 \u00b7 6:04 AM ET'). Entry 1 is the unheaded market recap under the MARKETS table (the table and its footnote are not body). Sections print a CAPS category label line (DEFENSE, RETAIL, TECH: not headlines), then the headline, then an illustration credit (not body). The 'TOGETHER WITH FERNHALL BANK' block is sponsored content, not an entry. TOUR DE HEADLINES items are unheaded paragraphs whose first (bold in the email) sentence is the lead. Authors: the closing 'Written by Dana Whitacre and Owen Lasko' line is used as every item's author (one string). Five of seven entries are off-beat.",
  not_entries=["site navigation", "'\u2190 Back to all issues'", "newsletter name 'Morning Brew Daily'", "issue subject line '\u2615 Drone money'", "date line",
               "'Together with Fernhall Bank'", "greeting intro paragraph", "'MARKETS' label, the index table and its footnote", "section category labels (DEFENSE, RETAIL, TECH)",
               "illustration credits", "sponsored section 'TOGETHER WITH FERNHALL BANK' (headline and paragraph)", "'TOUR DE HEADLINES' label",
               "'BREW\u2019S BETS' recommendations", "'GAMES' teaser", "'SHARE THE BREW' referral box", "'Written by ...' credit line", "footer"],
  entries=[
  OFF("2032-04-16 06:04", None,
    ["Stocks rose for a second day as chipmakers rallied after a big supplier said orders from data centers were still climbing. Bond yields slipped slightly after a soft reading on consumer prices."],
    "us-stocks-chip-rally-2032-04-16", a=MB, kind="markets", n="market recap"),
  E("2032-04-16 06:04", "Europe\u2019s defense-tech startups can\u2019t raise money fast enough",
    ["Investors poured $3.8 billion into European defense startups in the first quarter, more than in all of 2029, according to a new count from a London research firm. Almost half of it went to companies building drones, and a quarter to Ukrainian firms or their foreign spin-offs.",
     "Why the rush? Governments that once kept startups at arm\u2019s length are now signing big contracts, and battlefield data from Ukraine lets young companies prove their products work.",
     "Some investors worry about a bubble. Others point out that the war has turned drones into something armies buy by the hundred thousand, not by the dozen."],
    "other", "security", 2, "european-defense-startup-funding-2032-04-16", a=MB, kind="section", label="DEFENSE", credit="Illustration: Nadia Okonkwo-Lee",
    n="war-driven investment trend (theme-like business piece)"),
  OFF("2032-04-16 06:04", "Dollar stores are having a moment",
    ["Sales at the two largest US discount chains rose more than 6% in the last quarter as middle-income shoppers traded down on groceries and household goods."],
    "dollar-store-sales-2032-04-16", a=MB, kind="section", label="RETAIL", credit="Illustration: Nadia Okonkwo-Lee", n="US retail", sponsor_after=True),
  OFF("2032-04-16 06:04", "The smartphone that folds three ways",
    ["A South Korean manufacturer unveiled a phone that folds twice and opens into a 10-inch tablet, with a price tag of $2,899."],
    "tri-fold-phone-launch-2032-04-16", a=MB, kind="section", label="TECH", credit="Photo: Press release", n="consumer tech"),
  E("2032-04-16 06:04", None,
    ["Russia knocked out power across eastern Ukraine. Overnight missile and drone strikes hit substations in the Kharkiv, Poltava and Sumy regions, leaving about 600,000 homes without electricity, Ukraine\u2019s energy ministry said. No deaths were reported."],
    "strikes", "strikes", 2, "eastern-ukraine-grid-strikes-2032-04-16", a=MB, kind="tour", n="non-deadly strike on the grid"),
  OFF("2032-04-16 06:04", None,
    ["Tax Day came and went. The IRS said it processed a record 41 million returns filed through its free online service this season."],
    "irs-free-filing-record-2032-04-16", a=MB, kind="tour", n="US taxes"),
  OFF("2032-04-16 06:04", None,
    ["Your streaming bill is going up again. The largest US streaming service will raise the price of its ad-free plan by $2 a month starting in May."],
    "streaming-price-rise-2032-04-16", a=MB, kind="tour", n="consumer business"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_textlive_keypoints(S):
    """text live blog, newest first: 'Key Points' bullets (post headlines); each post: stamp line '2.05pm BST', headline, body,
    signature line '\u2014 NAME'; a 'Pictured:' teaser prints only a photo credit line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News   Politics   World   Business   Sport   Opinion   Puzzles", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["photo"], ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Sign up to the Courier\u2019s Ukraine Briefing, sent every weekday at 7am.", ""]
    L += ["Load older posts", "", f"{S['source']} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_htmllive_utcld(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished in UTC ('Z'); visible bare
    'HH:MM' in a span (Kyiv time, stated once in the dateline); h3 headline; 'By NAME' line; share row."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{4410 + i}", "headline": e["h"], "datePublished": isoz(d), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": isoz(first), "dateModified": isoz(last), "coverageStartTime": isoz(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="lede">{esc(S["lede"])}</p>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-update" id="update-{4410 + i}"><span class="lb-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="lb-author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="lb-share"><a>Facebook</a> <a>X</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="more"><h4>More on this story</h4><a href="/ukraine/archive">{esc(S["related"])}</a></aside>')
    out += ['</div></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset or 'GMT' (S['gmt']); author as dc:creator, or as RSS
    <author>email (Name)</author> when S['rss_author']; CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if not S.get("rss_author") else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}>', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>', f'<language>{S.get("lang", "en-gb")}</language>',
           f'<copyright>\u00a9 {S["source"]}</copyright>', f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</pubDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower().replace(" ", "-")}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            if S.get("rss_author"):
                out.append(f'<author>{S["rss_author"]} ({esc(e["a"])})</author>')
            else:
                out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published> and <updated> with the outlet's offset; <author><name>; <summary type="text"> holding
    the first paragraph and <content type="html"> holding all paragraphs."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title type="text">{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>urn:{host}:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<icon>{S["url"]}/favicon.png</icon>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>urn:{host}:{d:%Y%m%d}:{501 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append(f'<summary type="text">{esc(e["p"][0])}</summary>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-04-21 (UTC), day 2 = 2032-04-22, day 3 = 2032-04-27.
DNI = "dnipro-missile-strike-2032-04-21"
NOR = "norway-nasams-missile-funding-2032-04-21"
WEI = "weimar-foreign-ministers-kyiv-visit-2032-04-21"
EXP1 = "analysis-dnipro-hospital-hub"
EXP1_H = "Analysis: Why Dnipro has become the front line\u2019s hospital"
EXP1_P = ["Wednesday\u2019s strike on Dnipro hit a city that has quietly become the main place where Ukraine\u2019s wounded soldiers are treated.",
          "Its hospitals take in most of the casualties evacuated from the Donetsk and Zaporizhzhia fronts, and the city\u2019s main trauma centre has doubled its number of operating theatres since 2023.",
          "That makes Dnipro both indispensable and exposed. Some wards have moved underground, but most of the city\u2019s medical staff still work above ground, within reach of missiles fired from less than 200 kilometres away."]
EXP1_A = "Edwina Marsh"

# ---------------------------------------------------------------- 20620 Hazelmarsh Courier (day 1, text live, Key Points)
SEEDS.append(dict(
  id="20620", name="20620_hazelmarsh-textlive", ext="txt", source="Hazelmarsh Courier", zone="Europe/London", render=r_b_textlive_keypoints,
  title="Ukraine war live: Dnipro death toll rises to 11 after missile hits tower block", dateline="Wednesday 21 April 2032",
  lede="A Russian missile strike on a residential tower in Dnipro is the deadliest attack on the city this year; Norway pledges money for NASAMS missiles.",
  basis="stamp '{s}' (BST = UTC+1) under the dateline 'Wednesday 21 April 2032'; local {d} in {z}",
  notes="Invented outlet (UK regional daily with a world desk). Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: stamp line '7.30pm BST' (12-hour clock with a dot), headline, body, then a signature line '\u2014 NAME' (author). 20620-02 is a 'Pictured:' teaser whose only content is a photo credit line. 20620-03 is a theme piece (analysis of Dnipro's role as a hospital hub) that mentions the strike but is its own story; it is re-posted on day 2 by 20631.",
  not_entries=["masthead and navigation", "'LIVE' label, page title and dateline 'Wednesday 21 April 2032'", "standfirst", "'Key Points' header and its two bullets (pointers to posts)",
               "'Refresh for the latest'", "signature lines '\u2014 NAME' (author, not body)", "photo credit line in the 'Pictured:' teaser",
               "newsletter promo after the third post", "'Load older posts'", "footer"],
  entries=[
  E("2032-04-21 19:30", "Dnipro toll rises to 11 as rescuers reach the basement",
    ["Eleven people are now known to have been killed in this morning\u2019s missile strike on Dnipro, the head of the regional military administration said, after rescuers cleared the last section of the collapsed stairwell and reached the building\u2019s basement.",
     "Forty-four people were injured, eight of them children. A day of mourning has been declared in the city for Thursday."],
    "strikes", "strikes", 3, DNI, a="Colm Pritchard", kp=True, n="toll 11 dead, 44 injured"),
  E("2032-04-21 17:45", "Pictured: The gutted stairwell of the Dnipro tower block", [],
    "strikes", "strikes", 1, DNI, photo="Photograph: Serhii Bondarenko/Hazelmarsh Courier", n="photo teaser without body"),
  E("2032-04-21 16:20", EXP1_H, EXP1_P, "other", "humanitarian", 2, EXP1, a=EXP1_A,
    n="theme piece (analysis of Dnipro's hospitals); mentions the strike but must not merge with it"),
  E("2032-04-21 14:05", "Norway to pay for NASAMS missiles worth NOK 3bn",
    ["Norway will spend 3 billion kroner, about \u20ac260m, on missiles for the NASAMS air-defence systems already in Ukraine, its defence ministry announced. The first batch is due to arrive before the summer.",
     "Ukrainian officials say NASAMS batteries protect several cities in the east and south, including Dnipro."],
    "aid", "aid", 3, NOR, a="Colm Pritchard", kp=True, n="Belgium's F-16 spares (20621-03) is a same-theme neighbour that stays a separate story"),
  E("2032-04-21 12:40", "Ukraine says assault near Kostiantynivka repelled",
    ["Ukrainian troops repelled a Russian assault involving 12 armoured vehicles south of Kostiantynivka, the army\u2019s eastern command said, adding that seven of the vehicles were destroyed."],
    "other", "frontline", 2, "kostiantynivka-assault-repelled-2032-04-21", a="Edwina Marsh"),
  E("2032-04-21 10:15", "Kremlin rebuffs Vatican offer to host talks",
    ["The Kremlin said it saw no point in the Vatican\u2019s offer to host talks between Russian and Ukrainian officials on the return of deported children, insisting such questions were already handled through other channels."],
    "diplomacy", "diplomacy", 2, "kremlin-rebuffs-vatican-talks-offer-2032-04-21", a="Edwina Marsh"),
  E("2032-04-21 08:30", "Russian missile hits apartment block in Dnipro, killing five",
    ["A Russian ballistic missile struck a 16-storey apartment building in central Dnipro shortly before 7am UK time, killing at least five people, Ukrainian officials said.",
     "Part of the building collapsed. Rescue teams said they could hear people calling for help from under the rubble."],
    "strikes", "strikes", 3, DNI, a="Colm Pritchard", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 20621 Dunmarren Herald (day 1, HTML live, JSON-LD with UTC update times)
SEEDS.append(dict(
  id="20621", name="20621_dunmarren-htmllive", ext="html", source="Dunmarren Herald", zone="Europe/Kyiv", render=r_b_htmllive_utcld,
  title="Russia-Ukraine war: live updates from 21 April", url="https://www.dunmarren-herald.example/live/ukraine-2032-04-21",
  dateline="Wednesday 21 April 2032 \u00b7 Times shown are Kyiv time (EEST)",
  lede="A missile strike on Dnipro kills at least ten people; the French, German and Polish foreign ministers arrive in Kyiv.",
  related="Dnipro under fire: a timeline of attacks on the city since 2022",
  basis="visible '{s}' (Kyiv time, stated once in the dateline 'Wednesday 21 April 2032 \u00b7 Times shown are Kyiv time (EEST)'); the update's JSON-LD datePublished gives the same instant in UTC ({u}Z); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished in UTC ('Z'), headline, author and articleBody; the visible bare 'HH:MM' times are Kyiv time (EEST = UTC+3), as the dateline says. 20621-04 re-publishes 20621-02 almost verbatim (same headline, stale toll of four; 'said on Telegram' became 'wrote on Telegram'): duplicate_of 20621-02, importance 1. 20621-01 (overnight drone attack on Pavlohrad in the same Dnipropetrovsk region) must not merge with the Dnipro missile strike; 20621-03 (Belgian F-16 spares) must not merge with Norway's NASAMS money.",
  not_entries=["cookie consent bar", "header logo and navigation", "'LIVE' badge, page title and dateline", "standfirst/lede", "'By NAME' lines (author, not body)",
               "share rows (Facebook / X / Copy link)", "'More on this story' box after the fourth update", "footer"],
  entries=[
  E("2032-04-21 07:10", "Drones hit rail depot in Pavlohrad overnight",
    ["Russian attack drones struck a railway depot in Pavlohrad in the Dnipropetrovsk region overnight, injuring two workers and damaging several locomotives, regional officials said."],
    "strikes", "strikes", 2, "pavlohrad-rail-depot-drone-attack-2032-04-21", a="Petro Danyliuk",
    n="same region (Dnipropetrovsk oblast), earlier and separate night drone attack; must not merge with the Dnipro city missile strike"),
  E("2032-04-21 09:05", "Missile strikes Dnipro high-rise; four killed",
    ["A Russian missile hit a residential high-rise in the centre of Dnipro at about 8.40am, killing four people and injuring at least 20, the head of the regional administration said on Telegram.",
     "Emergency workers are searching the upper floors, which partly collapsed."],
    "strikes", "strikes", 3, DNI, a="Oleksandra Vovk", n="toll 4"),
  E("2032-04-21 10:40", "Belgium sends F-16 spare parts and two training jets",
    ["Belgium has shipped spare parts for Ukraine\u2019s F-16 fleet and will hand over two older two-seat jets for pilot training, the Belgian defence minister said, a package worth about \u20ac45 million."],
    "aid", "aid", 2, "belgium-f16-spares-training-jets-2032-04-21", a="Petro Danyliuk",
    n="same aid theme as Norway's NASAMS money, different event; must not merge"),
  E("2032-04-21 12:20", "Missile strikes Dnipro high-rise; four killed",
    ["A Russian missile hit a residential high-rise in the centre of Dnipro at about 8.40am, killing four people and injuring at least 20, the head of the regional administration wrote on Telegram.",
     "Emergency workers are searching the upper floors, which partly collapsed."],
    "strikes", "strikes", 1, DNI, a="Oleksandra Vovk", dup="20621-02", n="near-verbatim repeat of 20621-02 (re-published with the stale toll)"),
  E("2032-04-21 13:30", "French, German and Polish foreign ministers arrive in Kyiv",
    ["The foreign ministers of France, Germany and Poland arrived in Kyiv by train on Wednesday for talks with President Volodymyr Zelensky, the first joint visit by the so-called Weimar Triangle since last year.",
     "They are expected to discuss air defence and Ukraine\u2019s EU accession talks."],
    "diplomacy", "diplomacy", 3, WEI, a="Oleksandra Vovk"),
  E("2032-04-21 16:00", "Russia claims capture of Novoserhiivka",
    ["Russia\u2019s defence ministry claimed its forces had taken the village of Novoserhiivka west of Pokrovsk. Ukraine\u2019s army said fighting for the village was continuing."],
    "other", "frontline", 2, "novoserhiivka-capture-claim-2032-04-21", a="Petro Danyliuk"),
  E("2032-04-21 18:40", "Zelensky: Dnipro strike was aimed at sleeping families; ten dead",
    ["President Volodymyr Zelensky said the missile that hit Dnipro was aimed at a residential building where families were still at home, as the number of dead rose to ten.",
     "He again asked partners to send more interceptors for Patriot systems."],
    "strikes", "strikes", 3, DNI, a="Oleksandra Vovk", sec=["aid"], n="reaction whose content is the attack itself (condemnation and toll 10): same story"),
  ]))

# ---------------------------------------------------------------- 20622 Glimmerston World Service (day 1, RSS world feed, GMT)
SEEDS.append(dict(
  id="20622", name="20622_glimmerston-worldrss", ext="xml", source="Glimmerston World Service", zone="UTC", render=r_b_rss, gmt=True,
  title="Glimmerston World Service: World", url="https://news.glimmerston.example",
  lede="International news from the Glimmerston World Service.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Canadian wildfires, Peruvian earthquake, Nigerian central bank, Australian rates). dc:creator only where printed. Spelling 'Dnepr' for Dnipro.",
  not_entries=["channel title, link, description, language, copyright and pubDate", "category labels"],
  entries=[
  OFF("2032-04-21 20:40", "Early wildfires force evacuations in northern Alberta",
    ["About 7,000 people were ordered to leave their homes in northern Alberta as wildfires fanned by dry winds spread weeks earlier than usual, provincial officials said."],
    "alberta-early-wildfires-2032-04-21", a="Aidan Royle", n="Canadian wildfires", cat="Americas"),
  E("2032-04-21 15:10", "Russian missile strike on Ukrainian city of Dnepr kills nine",
    ["Nine people were killed and more than 40 injured when a Russian missile hit an apartment building in the Ukrainian city of Dnepr on Wednesday morning, local authorities said.",
     "Russia\u2019s defence ministry said it had struck a military command post in the city, a claim Ukrainian officials rejected."],
    "strikes", "strikes", 3, DNI, a="Sofia Mancuso", n="spelling 'Dnepr'; toll 9", cat="Europe"),
  E("2032-04-21 13:55", "European ministers visit Kyiv in show of support",
    ["The foreign ministers of France, Germany and Poland travelled to Kyiv on Wednesday, promising to speed up deliveries of air-defence systems and to back the opening of new chapters in Ukraine\u2019s EU membership talks."],
    "diplomacy", "diplomacy", 3, WEI, a="Sofia Mancuso", sec=["aid"], cat="Europe"),
  OFF("2032-04-21 11:25", "Strong earthquake shakes southern Peru",
    ["An earthquake of magnitude 6.4 struck southern Peru, damaging churches and homes in the Arequipa region. Two people were injured, civil defence officials said."],
    "peru-earthquake-2032-04-21", n="earthquake abroad", cat="Americas"),
  OFF("2032-04-21 09:00", "Nigeria\u2019s central bank holds rates as inflation eases",
    ["Nigeria\u2019s central bank kept its benchmark interest rate at 22.5% on Wednesday, saying it wanted to see inflation fall further before cutting."],
    "nigeria-rates-hold-2032-04-21", a="Aidan Royle", n="African economy", cat="Africa"),
  OFF("2032-04-21 04:30", "Australia\u2019s central bank leaves rates unchanged",
    ["The Reserve Bank of Australia left its cash rate at 3.35% for a third straight meeting, citing uncertainty over global trade."],
    "australia-rates-hold-2032-04-21", n="Australian economy", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 20623 Halverton Review (day 1, Atom, Warsaw offset)
SEEDS.append(dict(
  id="20623", name="20623_halverton-atom", ext="xml", source="Halverton Review", zone="Europe/Warsaw", render=r_b_atom,
  title="Halverton Review \u2013 Poland and the region", url="https://www.halverton-review.example",
  lede="English-language news from Warsaw about Poland, its neighbours and the war next door",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Central European Summer Time); local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). Atom 1.0 feed, newest first, <published> with +02:00, <author><name>, a plain-text <summary> repeating the first paragraph and an escaped-HTML <content> with all paragraphs (the summary is not a separate paragraph). One off-beat item (Warsaw metro tender).",
  not_entries=["feed title, subtitle, links, id, updated and icon", "category terms", "<summary> elements (they repeat each entry's first paragraph)"],
  entries=[
  OFF("2032-04-21 20:45", "Warsaw picks builder for third metro line",
    ["Warsaw city hall has chosen a Spanish-Polish consortium to build the first section of the capital\u2019s third metro line, a contract worth about 6 billion z\u0142oty."],
    "warsaw-metro-line-three-contract-2032-04-21", a="Marek Lenart", n="Polish city transport", cat="Poland"),
  E("2032-04-21 17:20", "Sikorski in Kyiv: Weimar partners promise faster air-defence deliveries",
    ["Poland\u2019s foreign minister Rados\u0142aw Sikorski and his French and German counterparts promised in Kyiv to speed up deliveries of air-defence systems, after a day of talks with President Volodymyr Zelensky.",
     "Sikorski said Poland would also push for all remaining chapters of Ukraine\u2019s EU accession talks to be opened by the end of June."],
    "diplomacy", "diplomacy", 3, WEI, a="Zofia Wierzbicka", sec=["aid"], cat="Region"),
  E("2032-04-21 14:50", "Norway commits NOK 3 billion for Ukraine\u2019s NASAMS",
    ["Norway will fund missiles for Ukraine\u2019s NASAMS air-defence batteries worth 3 billion Norwegian kroner, the government in Oslo said on Wednesday.",
     "The missiles are produced jointly by a Norwegian and an American manufacturer, and part of the order will come from Norway\u2019s own stocks."],
    "aid", "aid", 3, NOR, a="Marek Lenart", cat="Region"),
  E("2032-04-21 10:30", "Six dead as Russian missile hits Dnipro apartment block",
    ["At least six people were killed when a Russian missile struck an apartment block in Dnipro in eastern Ukraine on Wednesday morning, according to Ukrainian officials."],
    "strikes", "strikes", 3, DNI, a="Zofia Wierzbicka", n="toll 6", cat="Region"),
  E("2032-04-21 08:10", "Polish army begins drills near the Suwa\u0142ki Gap",
    ["About 4,000 Polish soldiers began a week of exercises near the Suwa\u0142ki Gap, the strip of land between Belarus and Russia\u2019s Kaliningrad exclave, the defence ministry said."],
    "other", "security", 2, "polish-drills-suwalki-gap-2032-04-21", a="Marek Lenart", cat="Poland"),
  ]))


def r_b_htmllive_numeric(S):
    """HTML live blog without JSON-LD, newest first; each post stamped '22.04.2032, 20:10 CEST' (day.month.year), h2 headline,
    'Author: NAME' line; a 'Photos:' teaser prints only a gallery widget."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div class="cmp">This site uses cookies and similar technologies. <button>OK</button> <button>Settings</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Economy</a> '
           '<a>Culture</a></nav></header>', f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', '<section class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><p class="ticker-item__time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ticker-item__author">Author: {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>1/9</span> <button>Open gallery</button></div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<div class="teaser-box"><strong>Read also</strong> <a href="/ukraine/kharkiv">{esc(S["related"])}</a></div>')
    out += ['</section><p><a href="/ukraine/ticker?page=2">Older entries</a></p></main>',
            f'<footer>\u00a9 {S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_textlive_ampm(S):
    """text live blog, oldest first; a note 'All times BST' under the dateline; each post: '10.25am' line, optional partner label and
    'By NAME' line (re-published pieces only), headline, body; the page byline covers the other posts."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  |  News  |  World  |  Money  |  Sport  |  Comment", "", S["title"], S["dateline"], S["tznote"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st]
        if e.get("partner"):
            L += [f"From our partners at the {e['partner']}:", f"By {e['a']}"]
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has now closed. Follow tomorrow\u2019s coverage here.", "", f"{S['source']}  |  About  |  Privacy  |  Terms"]
    return "\n".join(L) + "\n", stamps


# Day 2 = 2032-04-22
KHA = "kharkiv-glide-bomb-strike-2032-04-22"
SAN = "eu-sanctions-package-lng-banks-2032-04-22"
PG = "Tamsin Rooke and Idris Okafor"

# ---------------------------------------------------------------- 20630 Loftwood Post (day 2, HTML live, numeric date stamps)
SEEDS.append(dict(
  id="20630", name="20630_loftwood-htmllive", ext="html", source="Loftwood Post", zone="Europe/Berlin", render=r_b_htmllive_numeric,
  title="Ukraine ticker: Glide bombs hit Kharkiv shopping centre", lede="Our running coverage of the war in Ukraine and the German and European response.",
  related="Kharkiv: the city that never switched off",
  basis="stamp '{s}' (day.month.year, CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Berlin, English-language). HTML live ticker, newest first, no JSON-LD. Each post is stamped '22.04.2032, 20:10 CEST' (day.month.year), then h2 headline and 'Author: NAME'. 20630-03 is a 'Photos:' teaser with only a gallery widget. 20630-02 is a theme piece (explainer on glide bombs) that mentions the Kharkiv attack; it must not merge with it. 20630-04 (artillery on Chuhuiv in the same Kharkiv region) must not merge with the Kharkiv city strike. 20630-07 continues day 1's Dnipro story (day of mourning, toll 13). Spelling 'Kharkiv'.",
  not_entries=["cookie banner", "header brand and navigation", "page title (h1)", "intro line", "'Author: NAME' lines (author, not body)",
               "gallery widget '1/9  Open gallery' in the 'Photos:' teaser", "'Read also' box after the third post", "'Older entries' link", "footer"],
  entries=[
  E("2032-04-22 20:10", "Kharkiv: death toll rises to six",
    ["Six people have now died after Russian glide bombs hit a shopping centre in Kharkiv\u2019s Saltivskyi district, Mayor Ihor Terekhov said. Among the dead are two shop assistants and a security guard.",
     "Thirty-one people were injured. Firefighters needed more than five hours to put out the blaze."],
    "strikes", "strikes", 3, KHA, a="Johanna Retzlaff", n="toll 6"),
  E("2032-04-22 18:30", "Explainer: What makes glide bombs so hard to stop",
    ["Thursday\u2019s attack on Kharkiv was carried out with guided aerial bombs, the cheapest and most common heavy weapon in Russia\u2019s arsenal.",
     "The bombs are old free-fall designs fitted with wings and satellite guidance. Released by jets flying 60 kilometres or more from their targets, they glide the rest of the way, too small and too fast for most air-defence radars to track in time.",
     "The only reliable defence is to keep the aircraft that carry them farther away, which means shooting them down or striking their airfields."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Lukas Brenner",
    n="theme piece (explainer on glide bombs); mentions the Kharkiv attack but must not merge with it"),
  E("2032-04-22 16:45", "Photos: Inside the burnt-out shopping centre in Kharkiv", [],
    "strikes", "strikes", 1, KHA, n="photo-gallery teaser without body"),
  E("2032-04-22 15:05", "Artillery hits Chuhuiv, one man injured",
    ["Russian artillery shelled Chuhuiv, south-east of Kharkiv, on Thursday afternoon, injuring a 58-year-old man and damaging a school gym, the regional governor said."],
    "strikes", "strikes", 2, "chuhuiv-artillery-shelling-2032-04-22", a="Johanna Retzlaff",
    n="same region (Kharkiv oblast), different and non-deadly attack; must not merge with the Kharkiv city strike"),
  E("2032-04-22 13:20", "Guided bombs hit Kharkiv shopping centre; three dead",
    ["Russian aircraft dropped at least two guided bombs on a shopping centre in Kharkiv shortly after 1pm local time, killing three people, regional governor Oleh Syniehubov said.",
     "A fire broke out on the upper floor. Dozens of shoppers were evacuated from an underground car park."],
    "strikes", "strikes", 3, KHA, a="Johanna Retzlaff", n="toll 3"),
  E("2032-04-22 10:40", "Bundestag committee clears \u20ac4bn for Ukraine next year",
    ["The Bundestag\u2019s budget committee approved \u20ac4 billion in military aid for Ukraine in the 2033 federal budget, the same amount as this year, after a late-night session.",
     "Opposition members had tried to raise the figure to \u20ac6 billion but were voted down."],
    "aid", "aid", 3, "bundestag-committee-ukraine-aid-2033-2032-04-22", a="Lukas Brenner", n="major aid (\u20ac4 billion)"),
  E("2032-04-22 08:15", "Dnipro holds day of mourning; toll reaches 13",
    ["Flags flew at half-mast in Dnipro on Thursday as the city mourned the victims of Wednesday\u2019s missile strike on a residential tower, whose death toll rose overnight to 13.",
     "Rescue teams ended their search of the rubble early in the morning."],
    "strikes", "strikes", 3, DNI, a="Lukas Brenner", n="continuation of day 1's Dnipro strike (mourning, toll 13); day-2 story carried by three seeds"),
  ]))

# ---------------------------------------------------------------- 20631 Pennithorne Gazette (day 2, text live, oldest first, re-post)
SEEDS.append(dict(
  id="20631", name="20631_pennithorne-textlive", ext="txt", source="Pennithorne Gazette", zone="Europe/London", render=r_b_textlive_ampm,
  title="Russia-Ukraine war: Kharkiv shopping centre bombed, Dnipro mourns", dateline="Thursday 22 April 2032", tznote="All times BST", byline=PG,
  lede="Follow our live coverage of Russia\u2019s war in Ukraine.",
  basis="stamp '{s}' with the page note 'All times BST' (UTC+1) under the dateline 'Thursday 22 April 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Dateline 'Thursday 22 April 2032' and the note 'All times BST'; each post starts with a bare 12-hour stamp '11.35am', then the headline and body. The page byline 'By Tamsin Rooke and Idris Okafor' is used as the author of every post (kept as one string), except the re-published partner piece, which prints its own 'By Edwina Marsh'. 20631-02 re-publishes day 1's analysis 20620-03 word for word under 'From our partners at the Hazelmarsh Courier:' (importance 1, duplicate_of null because duplicate_of is defined within one seed; same story slug as day 1). 20631-05 repeats 20631-03 almost verbatim (duplicate_of 20631-03). 20631-01 continues day 1's Dnipro story.",
  not_entries=["masthead and navigation", "page title", "dateline 'Thursday 22 April 2032'", "'All times BST' note", "page byline", "standfirst",
               "partner label 'From our partners at the Hazelmarsh Courier:' and its 'By Edwina Marsh' line", "'ADVERTISEMENT' marker",
               "closing line 'This live blog has now closed...'", "footer"],
  entries=[
  E("2032-04-22 07:05", "Dnipro search ends with 13 dead",
    ["Rescuers in Dnipro have finished searching the ruins of the apartment block hit by a Russian missile on Wednesday, regional officials said. The final death toll stands at 13, including two children."],
    "strikes", "strikes", 3, DNI, a=PG, n="continuation of day 1's Dnipro strike (search over, toll 13)"),
  E("2032-04-22 08:40", EXP1_H, EXP1_P, "other", "humanitarian", 1, EXP1, a=EXP1_A, partner="Hazelmarsh Courier",
    n="re-post of day-1 entry 20620-03 (same headline and text, partner label): importance 1"),
  E("2032-04-22 11:35", "Russian bombs hit Kharkiv shopping centre, killing two",
    ["Two people were killed when Russian guided bombs struck a shopping centre in the north-east of Kharkiv around lunchtime, Ukraine\u2019s emergency service said.",
     "Pictures shared by local officials showed thick black smoke rising over the Saltivka neighbourhood."],
    "strikes", "strikes", 3, KHA, a=PG, n="toll 2"),
  E("2032-04-22 13:20", "UK sanctions 12 firms over Russian oil shipments",
    ["The UK has imposed sanctions on 12 shipping and insurance companies based in the UAE, India and Hong Kong, accusing them of helping Russia move oil above the Western price cap, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-oil-shipping-firms-2032-04-22", a=PG,
    n="same sanctions theme as the EU package (20632-03, 20633-01), different event; must not merge"),
  E("2032-04-22 14:50", "Russian bombs hit Kharkiv shopping centre, killing two",
    ["Two people were killed when Russian guided bombs struck a shopping centre in the north-east of Kharkiv at lunchtime, Ukraine\u2019s emergency service said.",
     "Pictures shared by local officials showed thick black smoke rising over the Saltivka neighbourhood."],
    "strikes", "strikes", 1, KHA, a=PG, dup="20631-03", n="near-verbatim repeat of 20631-03 (stale toll)"),
  E("2032-04-22 16:15", "Zelensky names new air force commander",
    ["President Volodymyr Zelensky has appointed Maj Gen Andrii Koval as commander of Ukraine\u2019s air force, replacing an officer who had held the post for three years. No reason was given."],
    "other", "politics", 2, "new-air-force-commander-2032-04-22", a=PG),
  E("2032-04-22 18:40", "Kharkiv toll climbs to five as Zelensky asks for more Patriots",
    ["The number of people killed in the bombing of a Kharkiv shopping centre has risen to five, President Volodymyr Zelensky said, calling the attack proof that Russia aims at ordinary people.",
     "He said Ukraine needed at least two more Patriot systems to protect Kharkiv, which lies less than 40 kilometres from the border."],
    "strikes", "strikes", 3, KHA, a=PG, sec=["aid"], n="toll 5; reaction whose main content is the attack"),
  ]))

# ---------------------------------------------------------------- 20632 Chalkwell World Desk (day 2, Atom world feed, New York offset)
SEEDS.append(dict(
  id="20632", name="20632_chalkwell-worldatom", ext="xml", source="Chalkwell World Desk", zone="America/New_York", render=r_b_atom,
  title="Chalkwell World Desk \u2014 Top international stories", url="https://world.chalkwell.example",
  lede="The day\u2019s main international news from the Chalkwell newsroom in New York",
  basis="Atom <published> '{s}' (explicit -04:00 offset, US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (New York). General world Atom feed, newest first, <published> with -04:00; the war is a minority (4 of 6 entries off-beat: Mexican rates, US home sales, Indian monsoon forecast, South Korean exports). <summary> repeats each entry's first paragraph. Spelling 'Kharkov' for Kharkiv.",
  not_entries=["feed title, subtitle, links, id, updated and icon", "category terms", "<summary> elements (they repeat each entry's first paragraph)"],
  entries=[
  OFF("2032-04-22 16:50", "Mexico\u2019s central bank cuts rates for a second time this year",
    ["Banco de M\u00e9xico lowered its benchmark rate by a quarter point to 7.25% on Thursday, citing slowing inflation and weak growth."],
    "mexico-rate-cut-2032-04-22", a="Lucia Ferrand", n="Mexican economy", cat="Americas"),
  E("2032-04-22 14:20", "Russian bombs kill 6 at Kharkov mall",
    ["Six people were killed and more than 30 hurt when Russian warplanes dropped guided bombs on a shopping mall in Kharkov, Ukraine\u2019s second-largest city, on Thursday, Ukrainian officials said.",
     "The attack came hours after Kyiv appealed to Washington and European capitals for additional Patriot air-defense batteries."],
    "strikes", "strikes", 3, KHA, a="Gregory Tallis", n="spelling 'Kharkov'; toll 6", cat="Europe"),
  E("2032-04-22 11:05", "EU adopts new sanctions aimed at Russian LNG tankers and regional banks",
    ["The European Union formally adopted a new package of sanctions against Russia on Thursday, barring 45 more liquefied natural gas tankers from EU ports and cutting off 11 Russian regional banks from the SWIFT messaging system.",
     "Hungary and Slovakia dropped their objections after securing an exemption for pipeline oil."],
    "diplomacy", "diplomacy", 3, SAN, a="Gregory Tallis", cat="Europe"),
  OFF("2032-04-22 08:30", "US existing home sales rise for third month",
    ["Sales of previously owned homes in the United States rose 2.4% in March, the third monthly gain in a row, as mortgage rates eased slightly."],
    "us-existing-home-sales-2032-04-22", a="Lucia Ferrand", n="US housing", cat="US"),
  OFF("2032-04-22 05:40", "India forecasts above-normal monsoon",
    ["India\u2019s weather office forecast above-normal monsoon rains for the June\u2013September season, good news for farmers after two patchy years."],
    "india-monsoon-forecast-2032-04-22", n="weather forecast", cat="Asia"),
  OFF("2032-04-22 01:15", "South Korea\u2019s early exports point to chip boom",
    ["South Korea\u2019s exports in the first 20 days of April rose 11% from a year earlier, led by semiconductors, customs data showed."],
    "south-korea-early-april-exports-2032-04-22", n="Asian trade", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20633 Bellcote Daily (day 2, RSS, Kyiv offset, RSS <author>)
SEEDS.append(dict(
  id="20633", name="20633_bellcote-rss", ext="xml", source="Bellcote Daily", zone="Europe/Kyiv", render=r_b_rss,
  rss_author="newsroom@bellcote-daily.example", lang="en",
  title="Bellcote Daily | Ukraine", url="https://bellcote-daily.example",
  lede="News from Ukraine in English, around the clock.",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv, English-language). RSS 2.0, newest first, pubDate with +0300. Authors are given in the RSS <author> element as 'email (Name)'; the gold author is the name in parentheses. 20633-04 continues day 1's Dnipro story.",
  not_entries=["channel title, link, description, language, copyright and pubDate", "category labels", "the newsroom e-mail address in <author>"],
  entries=[
  E("2032-04-22 21:30", "EU's new sanctions hit LNG tankers and 11 Russian banks",
    ["The European Union adopted a new package of sanctions on Thursday that bans 45 more LNG tankers from European ports and disconnects 11 Russian regional banks from SWIFT.",
     "Foreign Minister Andrii Sybiha welcomed the decision but said the EU should go further and ban Russian LNG imports outright."],
    "diplomacy", "diplomacy", 3, SAN, a="Iryna Kovalenko", cat="Politics"),
  E("2032-04-22 17:10", "Kharkiv: four killed in Russian bombing of shopping centre",
    ["The death toll from Russia\u2019s bombing of a shopping centre in Kharkiv has risen to four, the head of the Kharkiv regional military administration Oleh Syniehubov said. Twenty-six people were injured, three of them seriously.",
     "Russia used two KAB-500 guided bombs, according to preliminary information."],
    "strikes", "strikes", 3, KHA, a="Yaroslav Hnatiuk", n="toll 4", cat="War"),
  E("2032-04-22 12:05", "Ukrainian drones hit ammunition train in Kursk region, army says",
    ["Ukrainian drones struck a train carrying ammunition at a station in Russia\u2019s Kursk region, setting off a series of explosions, the General Staff said. Russia did not comment."],
    "strikes", "strikes", 2, "kursk-ammunition-train-drone-strike-2032-04-22", a="Yaroslav Hnatiuk", cat="War"),
  E("2032-04-22 09:30", "Dnipro buries its dead as death toll reaches 13",
    ["Dnipro is observing a day of mourning for the 13 people killed when a Russian missile hit a residential tower on Wednesday. The city has opened a fund to help 120 residents who lost their homes."],
    "strikes", "strikes", 3, DNI, a="Iryna Kovalenko", n="continuation of day 1's Dnipro strike (mourning, toll 13)", cat="War"),
  E("2032-04-22 07:45", "Air force: 60 of 74 drones downed overnight",
    ["Ukrainian air defence shot down or jammed 60 of the 74 attack drones Russia launched overnight, the Air Force said. Hits were recorded in the Sumy and Chernihiv regions; no one was hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-04-22", a="Yaroslav Hnatiuk", cat="War"),
  ]))


def r_b_textlive_daystamp(S):
    """text live blog, newest first; header date with year once; each post: '27 Apr 20:30 GMT' line (day and month, no year), headline,
    body, 'Reporting by NAME' line; a 'Video:' teaser prints only '[Embedded video]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Latest  /  Ukraine  /  Russia  /  Europe  /  Explainers  /  Newsletter", "", S["title"], S["dateline"], "", S["lede"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d:%H:%M} {d.tzname() if d.tzname() != 'UTC' else 'GMT'}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Embedded video]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Oakapple Wire is free to read. Support our reporting from Ukraine.", ""]
    L += ["Show more updates", "", f"{S['source']}  /  About  /  Ethics  /  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_htmllive_ld_ampm(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD (updates with +03:00 datePublished and an author array); visible
    <time datetime="...">9:05 AM</time>; h2 headline; 'Reporting: NAME' line after the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n".join(e["p"]),
             "url": f"{S['url']}?post={880 + i}"}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "about": {"@type": "Event", "name": "Russia's war against Ukraine"},
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/" class="logo">{esc(S["source"])}</a> <nav><a>Ukraine</a> <a>Region</a> <a>Economy</a> <a>Culture</a> <a>Opinion</a></nav> '
           '<a class="donate">Donate</a></header>', f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        out.append(f'<div class="post" id="post-{880 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Reporting: {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get our evening briefing from Kyiv. <a href="/newsletter">Subscribe</a></div>')
    out += ['<p class="end">Live coverage continues tomorrow.</p></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article_sections(S):
    """text article (evening digest) with section headings; byline; 'Published 27 April 2032 at 17:45 CEST' and an 'Updated' line;
    no per-section stamp."""
    L = [S["source"], "International  \u203a  Europe  \u203a  Ukraine", "", S["title"], S["lede"], "", f"By {S['byline']}", S["published_line"], S["updated_line"], "",
         "Listen (6 min)   Share   Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related articles", ""] + S["related"] + ["", f"\u00a9 {S['source']} \u00b7 Legal notice \u00b7 Personal data \u00b7 Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# Day 3 = 2032-04-27
CHN = "chernihiv-missile-strike-2032-04-27"
JPN = "japan-energy-reconstruction-loan-2032-04-27"

# ---------------------------------------------------------------- 20640 Fairhollow Times (day 3, RSS world feed, London offset)
SEEDS.append(dict(
  id="20640", name="20640_fairhollow-worldrss", ext="xml", source="Fairhollow Times", zone="Europe/London", render=r_b_rss,
  title="Fairhollow Times - World news", url="https://www.fairhollowtimes.example",
  lede="World news from the Fairhollow Times foreign desk.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, British Summer Time); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with +0100; the war is a minority (4 of 6 items off-beat: Guangdong floods, Spanish unemployment, cricket, South African election). dc:creator where printed. Spelling 'Chernigov' for Chernihiv.",
  not_entries=["channel title, link, description, language, copyright and pubDate", "category labels"],
  entries=[
  OFF("2032-04-27 21:40", "Floods in Guangdong force 60,000 from their homes",
    ["Days of heavy rain in China\u2019s southern Guangdong province have flooded dozens of towns and forced about 60,000 people to leave their homes, state media reported."],
    "guangdong-floods-2032-04-27", a="Harriet Vane-Lowry", n="floods abroad", cat="Asia"),
  E("2032-04-27 18:15", "Russian missile kills seven in Chernigov",
    ["A Russian ballistic missile struck the centre of Chernigov in northern Ukraine on Tuesday, killing seven people and injuring at least 30, regional officials said. A university building and a row of shops were badly damaged."],
    "strikes", "strikes", 3, CHN, a="Tobias Crane", n="spelling 'Chernigov'; toll 7", cat="Europe"),
  E("2032-04-27 14:30", "Japan lends Ukraine $1.2bn to repair power grid",
    ["Japan will lend Ukraine $1.2bn on concessional terms to rebuild power plants and substations damaged by Russian strikes, the Japanese foreign ministry said. Repayment will start after ten years."],
    "aid", "aid", 3, JPN, a="Tobias Crane", cat="Europe"),
  OFF("2032-04-27 11:45", "Spanish unemployment falls below 10% for first time since 2008",
    ["Spain\u2019s unemployment rate fell to 9.8% in the first quarter, the first reading below 10% in almost a quarter of a century, official figures showed."],
    "spain-unemployment-below-ten-2032-04-27", a="Harriet Vane-Lowry", n="Spanish economy", cat="Europe"),
  OFF("2032-04-27 08:20", "Rain washes out opening day of County Championship round",
    ["Persistent rain meant not a ball was bowled at four of the nine County Championship matches due to start on Tuesday."],
    "county-championship-rain-2032-04-27", n="sport", cat="Sport"),
  OFF("2032-04-27 06:05", "South Africa sets date for general election",
    ["South Africa will hold its general election on 12 August, the president\u2019s office announced, with polls pointing to another coalition government."],
    "south-africa-election-date-2032-04-27", n="African politics", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 20641 Oakapple Wire (day 3, text live, day-month stamps)
SEEDS.append(dict(
  id="20641", name="20641_oakapple-textlive", ext="txt", source="Oakapple Wire", zone="UTC", render=r_b_textlive_daystamp,
  title="Live: Missile strike on Chernihiv kills eight", dateline="Tuesday, 27 April 2032",
  lede="A Russian ballistic missile hits central Chernihiv near a university; Ukraine and Russia swap lists of prisoners in Geneva.",
  basis="stamp '{s}' (day and month, GMT = UTC; year from the page's dateline 'Tuesday, 27 April 2032'); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. The year appears once, in the dateline 'Tuesday, 27 April 2032'; each post is stamped '27 Apr 20:30 GMT' (day, short month, time, GMT), then headline, body and a 'Reporting by NAME' line (author). 20641-02 is a 'Video:' teaser with only '[Embedded video]'. 20641-04 (shelling of the border village of Semenivka in the same Chernihiv region) must not merge with the Chernihiv city strike.",
  not_entries=["masthead and navigation", "page title and dateline", "standfirst", "'Latest updates' label", "'Reporting by NAME' lines (author, not body)",
               "'[Embedded video]' placeholder in the teaser", "support line after the third post", "'Show more updates'", "footer"],
  entries=[
  E("2032-04-27 20:30", "Chernihiv toll rises to eight; two students among the dead",
    ["Eight people were killed by the Russian missile that hit central Chernihiv this morning, including two students of the city\u2019s polytechnic university, the regional governor said. Thirty-four people were injured.",
     "Investigators said the missile carried a cluster warhead, which scattered fragments across a square and a tram stop."],
    "strikes", "strikes", 3, CHN, a="Nell Ashworth", n="toll 8"),
  E("2032-04-27 17:50", "Video: Students help clear rubble at Chernihiv university", [],
    "strikes", "strikes", 1, CHN, n="video teaser without body"),
  E("2032-04-27 15:10", "Ukraine and Russia exchange prisoner lists in Geneva, ICRC says",
    ["Ukrainian and Russian officials exchanged lists of prisoners of war and detained civilians at talks hosted by the International Committee of the Red Cross in Geneva, the organisation said, without giving numbers."],
    "diplomacy", "diplomacy", 2, "geneva-prisoner-lists-exchange-2032-04-27", a="Rahul Devgan"),
  E("2032-04-27 12:25", "Border village of Semenivka shelled",
    ["Russian artillery shelled the village of Semenivka in the north of Chernihiv region near the Russian border, injuring one woman and cutting power to about 900 homes, local officials said."],
    "strikes", "strikes", 2, "semenivka-border-shelling-2032-04-27", a="Nell Ashworth",
    n="same region (Chernihiv oblast), different and non-deadly attack; must not merge with the Chernihiv city strike"),
  E("2032-04-27 08:45", "Missile strikes central Chernihiv; three killed",
    ["A Russian missile struck the centre of Chernihiv at about 11.20am local time, killing at least three people, the head of the city\u2019s military administration said."],
    "strikes", "strikes", 3, CHN, a="Nell Ashworth", n="toll 3"),
  E("2032-04-27 06:10", "Air force: 48 of 63 drones downed overnight",
    ["Ukraine\u2019s air force said it shot down or jammed 48 of 63 drones launched by Russia overnight. Damage was reported in the Odesa and Sumy regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-04-27", a="Rahul Devgan"),
  ]))

# ---------------------------------------------------------------- 20642 Yewtree Observer (day 3, HTML live, JSON-LD, 12-hour clock)
SEEDS.append(dict(
  id="20642", name="20642_yewtree-ldlive", ext="html", source="Yewtree Observer", zone="Europe/Kyiv", render=r_b_htmllive_ld_ampm,
  title="War in Ukraine, day by day: 27 April", url="https://yewtree-observer.example/live/2032-04-27",
  dateline="Tuesday 27 April 2032 \u00b7 Kyiv time",
  lede="A cluster-warhead missile hits Chernihiv; Nikopol shelled again; Lithuania sends drones.",
  basis="visible '{s}' in <time datetime> (+03:00) and the update's JSON-LD datePublished; dateline 'Tuesday 27 April 2032 \u00b7 Kyiv time'; local {d} in {z}",
  notes="Invented outlet (Kyiv, English-language). HTML live blog, oldest first. LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and an author array; visible <time datetime=...>9:05 AM</time>, h2 headline, body, then 'Reporting: NAME' (author). 20642-05 repeats 20642-02 almost verbatim (duplicate_of 20642-02, stale toll). 20642-04 is a theme piece (explainer on Chernihiv's exposure near the border) that mentions the strike; it must not merge with it. 20642-01 (deadly shelling of Nikopol) is another deadly attack on the same day and must not merge with Chernihiv; 20642-03 (Lithuanian drones) must not merge with Japan's loan.",
  not_entries=["header and navigation, donate link", "page title (h1)", "dateline 'Tuesday 27 April 2032 \u00b7 Kyiv time'", "standfirst", "'Reporting: NAME' lines (author, not body)",
               "evening-briefing promo after the second post", "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2032-04-27 09:05", "Nikopol shelled overnight, woman killed",
    ["Russian forces shelled Nikopol from across the Dnipro river overnight, killing a 67-year-old woman in her home and damaging a gas pipeline, Dnipropetrovsk governor Serhiy Lysak said."],
    "strikes", "strikes", 3, "nikopol-shelling-2032-04-27", a="Kateryna Moroz",
    n="another deadly attack the same day (same theme, different event); must not merge with the Chernihiv strike"),
  E("2032-04-27 12:30", "Missile attack on Chernihiv: five dead, university building damaged",
    ["Five people were killed and 22 injured when a Russian missile hit the centre of Chernihiv late this morning, the regional military administration said. The blast damaged a building of the polytechnic university and several shops.",
     "Regional governor Viacheslav Chaus said the missile was launched from Russia\u2019s Bryansk region."],
    "strikes", "strikes", 3, CHN, a="Denys Savchuk", n="toll 5"),
  E("2032-04-27 14:10", "Lithuania sends 3,000 drones and jammers",
    ["Lithuania has delivered 3,000 first-person-view drones and 40 electronic jamming systems to Ukraine, a package worth \u20ac25 million, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-drones-jammers-2032-04-27", a="Kateryna Moroz",
    n="same aid theme as Japan's loan, different event; must not merge"),
  E("2032-04-27 15:40", "Explainer: Why Chernihiv keeps paying for its geography",
    ["Chernihiv sits less than 70 kilometres from the Belarusian border and about 90 from Russia, closer to enemy launch sites than any other regional capital in northern Ukraine.",
     "That leaves almost no warning time: a ballistic missile fired from Russia\u2019s Bryansk region can reach the city in little more than a minute, often before the sirens finish sounding.",
     "The city has been hit repeatedly since Russian troops withdrew from the region in the spring of 2022, and many residents now work and study in basements."],
    "strikes", "strikes", 2, "explainer-chernihiv-border-exposure", a="Denys Savchuk",
    n="theme piece (explainer); mentions the strike but is its own story; must not merge with it"),
  E("2032-04-27 17:05", "Missile attack on Chernihiv: five dead, university building damaged",
    ["Five people were killed and 22 injured when a Russian missile hit the centre of Chernihiv late this morning, the regional military administration reported. The blast damaged a building of the polytechnic university and several shops.",
     "Regional governor Viacheslav Chaus said the missile was launched from Russia\u2019s Bryansk region."],
    "strikes", "strikes", 1, CHN, a="Denys Savchuk", dup="20642-02", n="near-verbatim repeat of 20642-02 (stale toll)"),
  E("2032-04-27 19:20", "Parliament tightens rules for school shelters",
    ["Ukraine\u2019s parliament passed a law requiring every school within 100 kilometres of the Russian or Belarusian border to have a shelter large enough for all pupils and staff by September 2033."],
    "other", "humanitarian", 2, "school-shelter-law-2032-04-27", a="Kateryna Moroz"),
  ]))

# ---------------------------------------------------------------- 20643 Drummond Ledger (day 3, text article with sections)
DL = "\u00c9lodie Marchetti"
SEEDS.append(dict(
  id="20643", name="20643_drummond-article", ext="txt", source="Drummond Ledger", zone="Europe/Paris", render=r_b_article_sections,
  title="Ukraine this Tuesday: Chernihiv hit, Tokyo\u2019s loan, drone coalition in Paris",
  lede="The essentials of the day in the war in Ukraine, in five points.", byline=DL,
  published_line="Published 27 April 2032 at 17:45 CEST", updated_line="Updated 27 April 2032 at 18:20 CEST",
  related=["Drones: how Europe is learning from Ukraine\u2019s front line", "Who pays for Ukraine\u2019s power grid?"],
  basis="no per-section stamp; the article's 'Published 27 April 2032 at 17:45 CEST' line (UTC+2) applies to every section (the later 'Updated ... 18:20 CEST' line is a revision time, not the publication time); local {d} in {z}",
  notes="Invented outlet (Paris, English edition). Text article (evening digest) with five section headings, one entry each; page byline 'By \u00c9lodie Marchetti' used as every section's author; 'Published 27 April 2032 at 17:45 CEST' plus 'Updated ... 18:20 CEST'. Gold uses the Published time for every section.",
  not_entries=["masthead and breadcrumb", "article title and standfirst", "byline", "'Published ...' and 'Updated ...' lines", "'Listen (6 min)   Share   Save'",
               "'Related articles' and its two links", "footer"],
  entries=[
  E("2032-04-27 17:45", "Chernihiv struck again",
    ["A Russian missile hit the centre of Chernihiv in the late morning, killing at least six people, according to Ukrainian authorities. The northern city, close to the Belarusian and Russian borders, has been targeted several times this year.",
     "The missile is believed to have carried a cluster warhead."],
    "strikes", "strikes", 3, CHN, a=DL, n="toll 6"),
  E("2032-04-27 17:45", "Tokyo\u2019s loan",
    ["Japan announced a loan of 1.2 billion dollars to help Ukraine rebuild its energy infrastructure, one of the largest single contributions from an Asian country since the start of the war."],
    "aid", "aid", 3, JPN, a=DL),
  E("2032-04-27 17:45", "Drone coalition meets in Paris",
    ["Defence ministers from the 18 countries of the so-called drone coalition met at the French armed forces ministry to coordinate orders of interceptor drones for Ukraine, with France and Latvia promising to double their contributions."],
    "aid", "aid", 2, "drone-coalition-paris-meeting-2032-04-27", a=DL, sec=["diplomacy"]),
  E("2032-04-27 17:45", "Pressure on Lyman",
    ["Russian forces have stepped up attacks north of Lyman in the Donetsk region, where Ukraine\u2019s army reported 23 assaults in 24 hours."],
    "other", "frontline", 2, "lyman-russian-assaults-2032-04-27", a=DL),
  E("2032-04-27 17:45", "Bern follows Brussels",
    ["Switzerland said it would adopt the European Union\u2019s latest sanctions against Russia, including the bans on LNG tankers and on transactions with 11 regional banks."],
    "diplomacy", "diplomacy", 2, "switzerland-adopts-eu-sanctions-2032-04-27", a=DL),
  ]))


if __name__ == "__main__":
    main()
