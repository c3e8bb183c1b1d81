#!/usr/bin/env python3
"""Builds the eval/he seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in December 2032 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/he/tools/build.py"""
import html, json, os, re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
# agency datelines that open a paragraph and are not a sentence of their own ("ASTANA. KAZINFORM – ...")
DATELINE = re.compile(r"^([A-Z][A-Z -]+\. KAZINFORM \u2013 |[A-Z][A-Z -]+, [A-Z]+ \d{1,2}, ARMENPRESS\. )")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    skip = DATELINE.match(par)
    start = skip.end() if skip else 0
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2013]|$)', par):
        if m.end() <= start:
            continue
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if dots else "am") if d.hour < 12 else ("p.m." if dots else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


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
                         "published_local": d.strftime("%Y-%m-%d %H:%M" + (":%S" if e["t"].count(":") == 2 else "") + " ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

def r_dailysabah(S):
    """Daily Sabah topic page ('War in Ukraine'), text scrape. Currency ticker, nav, topic heading; cards newest first:
    section label, headline, spot, credit line ('DAILY SABAH WITH AFP'), place line, 'Dec 01, 2032 - 10:50 pm GMT+3'."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "DAILY SABAH", f"{WEEKDAYS[top.weekday()]}, {SHORT[top.month - 1]} {top.day:02d}, {top.year}",
         "USD/TRY 46.2180   EUR/TRY 49.0715   GBP/TRY 58.3342   BIST 100 14,208.61   Gold 4,120.40", "",
         "Türkiye   Istanbul   Politics   Business   World   Sports   Arts   Life   Opinion   Gallery   Video   Podcasts",
         "E-Newspaper   Newsletter   Search", "", "TRENDING: Ukraine war   Syria   Gaza   Türkiye-EU   Energy", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day:02d}, {d.year} - {ampm(d, space=' ')} GMT+3"; stamps.append(st)
        L += [e["sec_label"], e["h"], ""] + ptxt(e["p"]) + [e["a"], e["place"], st, ""]
        if i == 2:
            L += ["MOST READ", "1  Istanbul's new Bosporus ferry line draws thousands on opening weekend",
                  "2  Super Lig: Late penalty hands Trabzonspor draw in Konya", "3  Inflation in Türkiye eases for fifth straight month", "",
                  "NEWSLETTER", "Sign up for the Daily Sabah briefing and get the top stories of the day every morning.", "Subscribe", ""]
    L += ["LOAD MORE", "", "About Us   Contact Us   Privacy Policy   Cookie Policy   Terms of Use   RSS",
          f"© {top.year} Daily Sabah. All rights reserved. Turkuvaz Media Group"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="21400", name="21400_dailysabah-ukrainewar", ext="txt", source="Daily Sabah", zone="Europe/Istanbul", render=r_dailysabah,
  title="WAR IN UKRAINE", lede="Latest news and analysis on the Russia-Ukraine war and Türkiye's diplomacy between the parties",
  basis="explicit stamp '{s}' (Türkiye time, GMT+3 printed); local {d} in {z} = {u} UTC",
  notes="Imitates a Daily Sabah topic page ('WAR IN UKRAINE') copied as text. Header with the date, a currency/stock ticker, navigation and a trending bar. Cards newest first: section label (EUROPE, TÜRKIYE, BUSINESS), headline, one-paragraph spot, then the credit line as printed ('DAILY SABAH WITH AFP', 'DAILY SABAH') used as author, a place line, and the stamp 'Dec 01, 2032 - 10:50 pm GMT+3' (12-hour clock, explicit GMT+3). A 'MOST READ' widget (three unrelated headlines with rank numbers) and a newsletter box sit after the third card. Spellings as the outlet prints them: Türkiye, Zelenskyy, Erdoğan.",
  not_entries=["'Skip to main content'", "masthead 'DAILY SABAH' and the header date line", "currency and stock ticker line", "navigation menu and 'E-Newspaper   Newsletter   Search'",
               "'TRENDING:' topic bar", "topic heading 'WAR IN UKRAINE' and its description line", "section labels above each headline (EUROPE, TÜRKIYE, BUSINESS)",
               "credit lines (DAILY SABAH WITH ...) and place lines (ISTANBUL, KYIV, UKRAINE ...) under each spot: author/place, not body",
               "'MOST READ' widget with three ranked unrelated headlines (ferry line, Super Lig, inflation): links to other articles, not entries",
               "'NEWSLETTER' box and 'Subscribe'", "'LOAD MORE'", "footer links and copyright"],
  entries=[
  E("2032-12-01 22:10", "Türkiye ready to host new round of Russia-Ukraine talks, Fidan says",
    ["Foreign Minister Hakan Fidan said Wednesday that Ankara is prepared to host a fresh round of direct talks between Russian and Ukrainian delegations in Istanbul before the end of the year, adding that both sides had been informed of the offer."],
    "diplomacy", "diplomacy", 3, "fidan-offer-istanbul-talks-2032-12-01", a="DAILY SABAH", sec_label="TÜRKIYE", place="ISTANBUL",
    n="ministerial diplomatic move (LABELS: importance 3)"),
  E("2032-12-01 19:40", "Russian drones hit Odesa port, damage Turkish-flagged cargo ship",
    ["A Turkish-flagged bulk carrier was damaged when Russian drones struck the port of Pivdennyi near Odesa on Wednesday evening, with two crew members slightly hurt, the Transport Ministry in Ankara said."],
    "strikes", "strikes", 2, "pivdennyi-port-drone-strike-2032-12-01", a="DAILY SABAH WITH AA", sec_label="EUROPE", place="ISTANBUL",
    n="non-deadly port strike"),
  E("2032-12-01 17:05", "Erdoğan, Zelenskyy discuss prisoner swap, grain shipments in phone call",
    ["President Recep Tayyip Erdoğan told Ukrainian President Volodymyr Zelenskyy in a phone call on Wednesday that Türkiye would keep working for a comprehensive prisoner exchange and for the safety of merchant shipping in the Black Sea, the Communications Directorate said."],
    "diplomacy", "diplomacy", 3, "erdogan-zelenskyy-call-2032-12-01", a="DAILY SABAH", sec_label="TÜRKIYE", place="ANKARA",
    n="head-of-state call; separate event from Fidan's offer (must not merge with 21400-01 although both are Turkish mediation)"),
  E("2032-12-01 14:30", "Ukraine says it downed 41 of 58 drones launched overnight",
    ["Ukraine's air force said Wednesday that its air defenses shot down 41 of the 58 attack drones Russia launched overnight, while another 12 were lost to electronic jamming; debris fell on a warehouse in the Vinnytsia region without causing casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-58-2032-12-01", a="DAILY SABAH WITH REUTERS", sec_label="EUROPE", place="KYIV, UKRAINE"),
  E("2032-12-01 12:15", "Baykar's Ukraine plant to start second production line by spring",
    ["Turkish drone maker Baykar expects the second production line at its factory near Kyiv to start work in the spring, a company executive said, as the plant prepares to assemble airframes for Ukraine's armed forces."],
    "aid", "aid", 2, "baykar-ukraine-plant-second-line-2032-12-01", a="DAILY SABAH", sec_label="BUSINESS", place="ISTANBUL",
    n="arms supply to Ukraine through a Turkish company's local plant; labelled aid (a commercial deal, not a state package: see README)"),
  E("2032-12-01 10:50", "Russian strike kills 3 in Kherson region village",
    ["Three civilians were killed and four wounded when Russian artillery shelled the village of Bilozerka in Ukraine's southern Kherson region on Wednesday morning, the regional governor said."],
    "strikes", "strikes", 3, "bilozerka-shelling-2032-12-01", a="DAILY SABAH WITH AFP", sec_label="EUROPE", place="KYIV, UKRAINE"),
  E("2032-12-01 09:20", "Black Sea mine-clearing group neutralizes 4 more mines",
    ["Minesweepers from Türkiye, Romania and Bulgaria operating under their joint Black Sea task group have neutralized four more drifting mines off the Romanian coast, the National Defense Ministry said in its weekly briefing."],
    "other", "security", 2, "black-sea-mine-clearing-2032-12-01", a="DAILY SABAH", sec_label="TÜRKIYE", place="ANKARA"),
  ]))


def r_hdn(S):
    """Hürriyet Daily News 'World' section, text scrape. Header with currency line and nav; cards newest first: headline,
    optional 'NAME - CITY' or bare 'CITY' line, spot paragraph(s), date 'December 02 2032 21:30:00' (seconds, no zone: Türkiye time)."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["HÜRRİYET DAILY NEWS", "TÜRKİYE'S LEADING NEWS SOURCE SINCE 1961", "",
         "USD 41,2274   EUR 43,8101   GBP 52,0447   GOLD 4.188,12   BIST 14.091", "",
         "TÜRKİYE   ECONOMY   WORLD   OPINION   LIFE   SPORTS   PHOTO GALLERY   VIDEO   PLUS", "Search   Newsletter", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M}:00"; stamps.append(st)
        L += [e["h"], (f"{e['a']} - {e['city']}" if e["a"] else e["city"]), ""] + ptxt(e["p"]) + [st, ""]
        if i == 2:
            L += ["MOST POPULAR", "Istanbul airport breaks December passenger record", "Minimum wage talks to start next week",
                  "Snow closes mountain roads in eastern provinces", ""]
    L += ["LOAD MORE", "", "About Us   Contact   Advertising   Terms of Use   Privacy Policy   Cookie Policy",
          f"Hürriyet Daily News © {top.year} All Rights Reserved"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="21401", name="21401_hurriyetdailynews-world", ext="txt", source="Hürriyet Daily News", zone="Europe/Istanbul", render=r_hdn,
  title="WORLD",
  basis="explicit date and time '{s}' (seconds always :00; no zone printed: Türkiye time, UTC+3); local {d} in {z} = {u} UTC",
  notes="Imitates the Hürriyet Daily News 'WORLD' section page copied as text. Header with tagline, currency line and navigation. Cards newest first: headline, a place line ('ANKARA', 'ISTANBUL') or 'NAME - CITY' for staff pieces (the name is the author; agency-based cards have no author), spot paragraph(s), then the date 'December 02 2032 21:30:00' (month name, two-digit day, no comma, 24-hour clock with seconds, no zone; Türkiye time assumed). A 'MOST POPULAR' widget with three unrelated headlines sits after the third card. Two of the six cards are not about the war.",
  not_entries=["masthead and tagline", "currency/gold/BIST line", "navigation and 'Search   Newsletter'", "section heading 'WORLD'",
               "place lines ('ANKARA', 'ISTANBUL', 'Deniz Aktaş - ANKARA'): place and author, not body",
               "'MOST POPULAR' widget with three unrelated headlines (links, not entries)", "'LOAD MORE'", "footer links and copyright"],
  entries=[
  E("2032-12-02 21:30", "Russia, Ukraine agree to resume Black Sea navigation talks in Istanbul",
    ["Russian and Ukrainian delegations will meet in Istanbul next week for technical talks on the safety of commercial shipping in the Black Sea, Turkish Foreign Ministry sources said on Dec. 2, a day after Ankara offered to host a new round.",
     "The talks are expected to focus on port infrastructure and a possible moratorium on strikes against civilian vessels."],
    "diplomacy", "diplomacy", 3, "black-sea-navigation-talks-istanbul-2032-12-02", city="ANKARA",
    n="agreement on a new round of talks (the Dec 1 offer in 21400-01 is a separate event, same theme)"),
  OFF("2032-12-02 18:45", "Turkish, Greek coast guards hold talks on Aegean rescues",
    ["Senior coast guard officials from Türkiye and Greece met in İzmir to discuss coordination of search-and-rescue operations in the Aegean Sea, the Interior Ministry said."],
    "turkey-greece-coast-guard-talks-2032-12-02", city="İZMİR", n="Aegean coast guard talks"),
  E("2032-12-02 16:10", "Ukrainian drones set fire to Novorossiysk oil terminal, tankers wait offshore",
    ["A fire broke out at the Sheskharis oil terminal in the Russian port of Novorossiysk after an overnight Ukrainian drone attack, regional authorities said, leaving several tankers, some bound for Turkish refineries, waiting at anchor."],
    "strikes", "strikes", 2, "novorossiysk-terminal-drone-strike-2032-12-02", city="ISTANBUL"),
  E("2032-12-02 13:20", "Ankara condemns deadly strike on Zaporizhzhia",
    ["Türkiye has condemned a Russian missile strike on the Ukrainian city of Zaporizhzhia that killed six people, including a child, on the morning of Dec. 2.",
     "\u201cWe are saddened by the loss of civilian lives,\u201d the Foreign Ministry said in a written statement, repeating its call for a ceasefire."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2032-12-02", a="Deniz Aktaş", city="ANKARA", sec=["diplomacy"],
    n="official reaction whose main content is the attack itself (LABELS: strikes); deadly strike, importance 3"),
  OFF("2032-12-02 11:05", "Bosphorus traffic halted for four hours after tanker engine failure",
    ["Ship traffic through the Bosphorus was suspended in both directions for about four hours after a tanker carrying sunflower oil lost engine power off Beykoz, the Directorate General of Coastal Safety said."],
    "bosphorus-traffic-halt-2032-12-02", city="ISTANBUL", n="shipping accident in Istanbul"),
  E("2032-12-02 09:40", "NATO sets up new air defense coordination cell for Ukraine",
    ["NATO ambassadors approved the creation of a coordination cell in Wiesbaden to match allies' air defense donations with Ukraine's needs, alliance officials said, ahead of a foreign ministers' meeting in Brussels."],
    "aid", "aid", 2, "nato-air-defence-coordination-cell-2032-12-02", city="BRUSSELS", sec=["diplomacy"]),
  ]))


def r_ocmedia(S):
    """OC Media live updates page, text scrape. Title 'Live updates | ...', page byline 'by NAME', date '3 December 2032';
    updates newest first: bare 24-hour time line (Tbilisi time, no zone), optional bold headline, paragraphs."""
    z = S["zone"]; order_check(S, True)
    L = ["OC Media", "News   Features   Opinion   Investigations   Podcasts   Video   Newsletter",
         "Armenia   Azerbaijan   Georgia   North Caucasus   Abkhazia   South Ossetia", "Support us   Log in", "",
         S["title"], f"by {S['byline']}", S["dateline"], "", S["lede"], "",
         "Follow OC Media on Telegram for the latest updates.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"])
        if e.get("readalso"):
            L += ["Read also: " + e["readalso"], ""]
        if i == 3:
            L += ["OC Media is independent and reader-funded. Become a member to keep our reporting from the Caucasus free for everyone.",
                  "Become a member", ""]
    L += ["This live page has ended. You can find our earlier coverage below.", "", "About   Team   Contact   Privacy", f"© OC Media {dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


OCB = "Tamar Gelashvili"
SEEDS.append(dict(
  id="21402", name="21402_ocmedia-liveupdates", ext="txt", source="OC Media", zone="Asia/Tbilisi", render=r_ocmedia,
  title="Live updates | The South Caucasus and Russia\u2019s war in Ukraine", byline=OCB, dateline="3 December 2032",
  lede="We are following reactions in Georgia, Armenia, and Azerbaijan to the latest developments in Russia\u2019s war in Ukraine.",
  basis="bare time '{s}' under the page date '3 December 2032' (no zone printed: Tbilisi time, UTC+4); local {d} in {z} = {u} UTC",
  notes="Imitates an OC Media 'Live updates' page copied as text. Title, page byline 'by Tamar Gelashvili' and the date '3 December 2032' once; updates newest first, each a bare 24-hour time line (Tbilisi time, UTC+4, no zone printed), then for some updates a bold headline line, then paragraphs. Four of the seven updates have no headline (headline null; the first sentence carries them). The page byline is used as every update's author. A 'Read also:' link line follows one update, and a membership box sits after the fourth update. One update (Tbilisi court case) is not about the war.",
  not_entries=["masthead, navigation, region menu, 'Support us   Log in'", "page title, byline 'by Tamar Gelashvili' and date line", "lede paragraph under the date",
               "'Follow OC Media on Telegram for the latest updates.'", "the bare time lines (stamps)",
               "'Read also: ...' related-article link after the Armenian aid update", "membership box ('OC Media is independent and reader-funded ...', 'Become a member')",
               "closing line 'This live page has ended. ...'", "footer"],
  entries=[
  E("2032-12-03 23:40", "Two Georgian volunteers killed near Siversk",
    ["Two Georgian citizens serving with a volunteer unit in Ukraine\u2019s army were killed near Siversk in the Donetsk region, the unit\u2019s commander told OC Media late on Friday. Both men were from the western Georgian town of Zugdidi.",
     "Georgia\u2019s Foreign Ministry has not commented. More than 70 Georgian citizens have been killed fighting for Ukraine since 2022, according to the unit."],
    "other", "frontline", 2, "georgian-volunteers-killed-siversk-2032-12-03", a=OCB),
  E("2032-12-03 21:15", None,
    ["Armenian Prime Minister Nikol Pashinyan said that Armenia would send a second shipment of humanitarian aid to Ukraine before the New Year, including generators and medical supplies.",
     "Speaking at a government session, Pashinyan said the shipment would be \u2018humanitarian only\u2019, without giving its value."],
    "aid", "aid", 2, "armenia-second-humanitarian-shipment-2032-12-03", a=OCB, readalso="Armenia\u2019s quiet balancing act between Moscow and Kyiv"),
  E("2032-12-03 18:30", None,
    ["A Russian drone strike on Odesa overnight damaged an office building that houses Georgia\u2019s honorary consulate, Georgia\u2019s Foreign Ministry has confirmed. No consulate staff were hurt.",
     "The ministry said it had \u2018taken note\u2019 of the incident but stopped short of condemning Russia, drawing criticism from opposition MPs."],
    "strikes", "strikes", 2, "odesa-drone-strike-georgian-consulate-2032-12-03", a=OCB, sec=["diplomacy"]),
  E("2032-12-03 16:05", "Queues grow at Upper Lars after new Russian call-up",
    ["The queue of vehicles waiting to leave Russia at the Upper Lars crossing into Georgia stretched to about eight kilometres on Friday afternoon, two days after Moscow announced a new call-up of reservists, according to the border authorities of North Ossetia."],
    "other", "frontline", 2, "upper-lars-queues-russian-call-up-2032-12-03", a=OCB,
    n="effect of a Russian reservist call-up (reinforcements: frontline); could also be read as politics"),
  E("2032-12-03 13:20", None,
    ["Azerbaijani President Ilham Aliyev and Ukrainian President Volodymyr Zelensky discussed energy supplies and the return of Ukrainian prisoners in a phone call, Aliyev\u2019s office said. Aliyev offered Baku as a venue for humanitarian talks."],
    "diplomacy", "diplomacy", 3, "aliyev-zelensky-call-2032-12-03", a=OCB, n="head-of-state call"),
  OFF("2032-12-03 11:00", None,
    ["Tbilisi City Court has sentenced opposition activist Levan Chkheidze to two years in prison for assaulting a police officer during a protest in October, a verdict his lawyers said they would appeal."],
    "tbilisi-activist-sentenced-2032-12-03", a=OCB, n="Georgian domestic court case"),
  E("2032-12-03 09:30", "Russian missiles kill four in Kryvyi Rih",
    ["Four people were killed and 17 injured when Russian missiles struck Kryvyi Rih overnight, Ukrainian officials said. The city is President Zelensky\u2019s hometown."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2032-12-03", a=OCB),
  ]))


def r_civilge(S):
    """Civil.ge WordPress RSS 2.0: pubDate '+0000' with seconds, dc:creator in CDATA ('Civil.ge'), several categories,
    55-word excerpt ending '[&#8230;]' in <description>, the full text in <content:encoded>."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://civil.ge/feed" rel="self" type="application/rss+xml" />',
           '\t<link>https://civil.ge</link>', '\t<description>Daily News Online</description>', f'\t<lastBuildDate>{rfc822(top)}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=8.4.2</generator>', '',
           '<image>', '\t<url>https://civil.ge/wp-content/uploads/2021/02/cropped-civil-icon-32x32.png</url>', f'\t<title>{esc(S["title"])}</title>',
           '\t<link>https://civil.ge</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 731204 - i * 29
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>https://civil.ge/archives/{pid}</link>',
                f'\t\t\t\t\t<comments>https://civil.ge/archives/{pid}#respond</comments>', '\t\t',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://civil.ge/?p={pid}</guid>', '',
                f'\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>',
                '\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t\t\t\t<wfw:commentRss>https://civil.ge/archives/{pid}/feed</wfw:commentRss>', '\t\t\t<slash:comments>0</slash:comments>', '\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21403", name="21403_civilge-feed", ext="xml", source="Civil.ge", zone="UTC", render=r_civilge,
  title="Civil Georgia",
  basis="RSS pubDate '{s}' (explicit +0000 offset, with seconds); {u} UTC",
  notes="Imitates the Civil.ge WordPress RSS feed (channel title 'Civil Georgia'). Items newest first; pubDate in +0000 with seconds; dc:creator 'Civil.ge' (desk credit, kept as printed); several categories per item; <description> holds the WordPress excerpt (first 55 words, cut mid-sentence and ended with ' [\u2026]' when longer) and <content:encoded> the full text, which is what body_paragraphs counts. Two of six items are Georgian domestic news not about the war.",
  not_entries=["channel title, link, description 'Daily News Online', lastBuildDate, language, sy:update* and generator", "channel <image> block",
               "per item: comments link, guid, wfw:commentRss, slash:comments", "the <description> excerpts (a truncated copy of each item's text, not separate entries)"],
  entries=[
  E("2032-12-04 18:05:41", "Ukrainian Ambassador Summoned over Remarks on Georgian Volunteers",
    ["Georgia\u2019s Foreign Ministry summoned Ukraine\u2019s ambassador on December 4 over remarks in which he praised Georgian volunteers killed near Siversk and criticized the government\u2019s silence.",
     "The ministry said the comments amounted to interference in Georgia\u2019s internal affairs. The Ukrainian embassy said the ambassador had \u2018only honored the fallen\u2019 and would not apologize.",
     "Relations between Tbilisi and Kyiv have been strained since 2022, when Ukraine recalled its ambassador for several months."],
    "diplomacy", "diplomacy", 2, "ukrainian-ambassador-summoned-tbilisi-2032-12-04", a="Civil.ge", cats=["Diplomacy", "Georgia-Ukraine", "News"]),
  E("2032-12-04 15:40:09", "Georgian Legion Says Deputy Commander Killed in Donetsk Region",
    ["The Georgian Legion, a unit of foreign volunteers in Ukraine\u2019s army, said its deputy commander was killed on December 3 during fighting east of Kostiantynivka.",
     "He is the third Georgian volunteer reported killed this week."],
    "other", "frontline", 2, "georgian-legion-deputy-commander-killed-2032-12-04", a="Civil.ge", cats=["Georgia-Ukraine", "News", "War in Ukraine"],
    n="different event from the two volunteers killed near Siversk reported by OC Media the day before (same theme)"),
  OFF("2032-12-04 12:10:55", "Parliament Passes Election Code Amendments in Third Reading",
    ["The Georgian Parliament adopted in the third and final reading amendments to the Election Code that abolish the remaining regional election commissions and allow the Central Election Commission to count votes electronically in all precincts.",
     "Opposition parties, which boycotted the vote, said the changes would make independent monitoring harder."],
    "georgia-election-code-amendments-2032-12-04", a="Civil.ge", cats=["Elections", "News", "Politics"], n="Georgian domestic politics"),
  OFF("2032-12-04 10:30:17", "Georgian Railway Resumes Kazakh Grain Transit after Week-Long Halt",
    ["Georgian Railway said it had resumed the transit of Kazakh grain to the Black Sea port of Poti after a week-long pause caused by a wagon shortage at the Azerbaijani border."],
    "georgian-railway-grain-transit-2032-12-04", a="Civil.ge", cats=["Economy", "News"], n="rail transit"),
  E("2032-12-04 08:45:02", "Opposition Parties Condemn Russian Strike on Kyiv",
    ["Five Georgian opposition parties issued a joint statement on December 4 condemning the overnight Russian missile and drone strike on Kyiv, which Ukrainian officials said killed five people in the Holosiivskyi and Darnytskyi districts.",
     "The parties called on the Georgian Dream government to \u2018name the aggressor\u2019. The government has not commented on the strike."],
    "strikes", "strikes", 3, "kyiv-missile-drone-strike-2032-12-04", a="Civil.ge", cats=["News", "Politics", "War in Ukraine"],
    n="a reaction whose main content is a deadly strike (LABELS: strikes, importance 3 for a deadly strike)"),
  E("2032-12-04 07:20:33", "Georgia Does Not Join EU Statement on Deported Ukrainian Children",
    ["Georgia was the only EU candidate country that did not align with a statement by the EU\u2019s High Representative on the deportation of Ukrainian children to Russia, according to the list published on December 3.",
     "Georgia\u2019s alignment rate with EU foreign policy statements has fallen below 40 percent this year."],
    "diplomacy", "diplomacy", 2, "georgia-eu-statement-deported-children-2032-12-04", a="Civil.ge", cats=["EU-Georgia", "News"]),
  ]))


def r_jamnews(S):
    """JAMnews news feed, HTML. Language switcher, region menu; date separators '7 December 2032'; items newest first with
    a bare 24-hour time (Tbilisi/Baku/Yerevan time, UTC+4, no zone printed), country tag, headline link and a short lead."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - JAMnews</title>',
           '<meta property="og:site_name" content="JAMnews"><meta property="og:type" content="website">', '</head><body class="archive">',
           '<div class="top-bar"><a href="/">JAMnews</a> <span class="tagline">A Caucasus Media Network</span>'
           '<ul class="lang"><li><a href="/">English</a></li><li><a href="/ru/">Русский</a></li><li><a href="/ka/">ქართული</a></li>'
           '<li><a href="/hy/">Հայերեն</a></li><li><a href="/az/">Azərbaycanca</a></li></ul></div>',
           '<nav class="main-menu"><a href="/category/georgia/">Georgia</a> <a href="/category/armenia/">Armenia</a> <a href="/category/azerbaijan/">Azerbaijan</a> '
           '<a href="/category/abkhazia/">Abkhazia</a> <a href="/category/south-ossetia/">South Ossetia</a> <a href="/category/war-in-ukraine/">War in Ukraine</a> '
           '<a href="/category/analytics/">Analytics</a> <a href="/category/multimedia/">Multimedia</a></nav>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1><div class="news-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="news-feed__date">{d.day} {MONTHS[d.month - 1]} {d.year}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="news-feed__item"><span class="news-feed__time">{st}</span> <a class="news-feed__country" href="/category/{e["country"].lower().replace(" ", "-")}/">{esc(e["country"])}</a>'
                   f'<h3 class="news-feed__title"><a href="https://jam-news.net/{slugify(e["h"])}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="news-feed__lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="banner-subscribe"><p>Get the JAMnews digest from Georgia, Armenia and Azerbaijan by email every weekday.</p>'
                       '<input type="email" placeholder="E-mail"><button>Subscribe</button></div>')
    out += ['</div><a class="load-more" href="/news/page/2/">Load more news</a></main>',
            '<aside class="popular"><h4>Most read</h4><ul><li><a href="/tbilisi-cable-car/">Tbilisi cable car line to Turtle Lake reopens after repairs</a></li>'
            '<li><a href="/gyumri-festival/">Gyumri hosts winter jazz festival</a></li></ul></aside>',
            f'<footer><p>© JAMnews {top.year}. All rights reserved.</p><a href="/about/">About us</a> <a href="/contacts/">Contacts</a> '
            '<a href="/privacy/">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21404", name="21404_jamnews-newsfeed", ext="html", source="JAMnews", zone="Asia/Tbilisi", render=r_jamnews,
  title="News feed",
  basis="bare time '{s}' under the date separator printed above it (no zone printed: South Caucasus time, UTC+4); local {d} in {z} = {u} UTC",
  notes="Imitates the JAMnews English news feed (HTML, no JSON-LD). Language switcher and region menu; date separators ('7 December 2032', '6 December 2032'); items newest first, each a bare 24-hour time (UTC+4 for all three South Caucasus capitals; no zone printed), a country tag, headline link and one or two lead paragraphs; no bylines (author null). Midnight crossing: the top item is at 00:35 on 7 December local time, printed under its own date separator, which is 20:35 UTC on 6 December. Two of the seven items are not about the war.",
  not_entries=["top bar with logo, tagline and language switcher", "region menu", "page heading 'News feed'", "date separators (structure)",
               "country tags before each headline (Georgia, Armenia, Azerbaijan, Ukraine)", "newsletter banner after the fourth item", "'Load more news'",
               "'Most read' sidebar with two unrelated headlines", "footer"],
  entries=[
  E("2032-12-07 00:35", "Azerbaijan sends eleventh shipment of power equipment to Ukraine",
    ["A convoy of 26 trucks carrying transformers, cables and generators left Baku for Ukraine overnight, the presidential administration said, the eleventh such shipment since 2022. The equipment is intended for substations damaged by Russian strikes in the Kharkiv and Sumy regions."],
    "aid", "aid", 2, "azerbaijan-power-equipment-shipment-2032-12-06", country="Azerbaijan",
    basis="bare time '{s}' under the date separator '7 December 2032' printed above it (UTC+4); local {d} in {z} = {u} UTC, i.e. still 6 December in UTC"),
  E("2032-12-06 22:10", "Russian strike on Kramatorsk kills two",
    ["Two people were killed and nine injured when a Russian guided bomb hit a residential street in Kramatorsk on Monday evening, the head of the Donetsk regional administration said.",
     "Among the injured is an ethnic Armenian family that moved to the city from Yerevan in the 1990s, Armenia\u2019s embassy in Kyiv said."],
    "strikes", "strikes", 3, "kramatorsk-guided-bomb-strike-2032-12-06", country="Ukraine"),
  OFF("2032-12-06 19:45", "Armenia to raise minimum wage from January",
    ["Armenia\u2019s government approved a 10 percent rise in the monthly minimum wage, to 94,000 drams, starting on 1 January, the Ministry of Labour said."],
    "armenia-minimum-wage-2032-12-06", country="Armenia", n="Armenian wage policy"),
  E("2032-12-06 16:30", "Georgian PM: Georgia will not join sanctions against Russia",
    ["Georgian Prime Minister Irakli Kobakhidze said on Monday that Georgia would not join Western sanctions against Russia, arguing that doing so would \u2018expose the country to direct danger\u2019.",
     "He was answering a question about the EU\u2019s latest sanctions package, which Brussels has asked candidate countries to align with."],
    "diplomacy", "diplomacy", 2, "kobakhidze-no-sanctions-2032-12-06", country="Georgia"),
  E("2032-12-06 13:05", "Ukrainian delegation in Baku for talks on gas transit",
    ["A delegation from Ukraine\u2019s energy ministry arrived in Baku for two days of talks with SOCAR on shipping Azerbaijani gas to Europe through Ukrainian pipelines, the Azerbaijani energy ministry said."],
    "diplomacy", "diplomacy", 2, "ukraine-azerbaijan-gas-transit-talks-2032-12-06", country="Azerbaijan"),
  OFF("2032-12-06 10:20", "Direct flights between Yerevan and Istanbul to double from March",
    ["Two Turkish carriers will add daily flights between Yerevan and Istanbul from March, doubling the number of direct connections, Armenia\u2019s civil aviation committee said."],
    "yerevan-istanbul-flights-2032-12-06", country="Armenia", n="aviation"),
  E("2032-12-06 08:00", "SBU says it detained agent who guided strikes on Odesa",
    ["Ukraine\u2019s Security Service said it had detained a 34-year-old man in Odesa suspected of sending Russia the locations of air defence positions around the city\u2019s port. He faces life imprisonment for treason."],
    "other", "security", 2, "sbu-detains-odesa-spotter-2032-12-06", country="Ukraine"),
  ]))


def r_eurasianet(S):
    """Eurasianet RSS 2.0 (Drupal): xml:base, pubDate with the New York offset (-0500), dc:creator, one-paragraph
    description, Drupal-style guid 'NNNNN at https://eurasianet.org'."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="https://eurasianet.org/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '  <channel>', f'    <title>{esc(S["title"])}</title>', '    <link>https://eurasianet.org/</link>',
           '    <description>News and analysis on Central Asia, the Caucasus, Russia and the wider region</description>', '    <language>en</language>',
           '    <atom:link href="https://eurasianet.org/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        nid = 88412 - i * 7
        out += ['    <item>', f'      <title>{esc(e["h"])}</title>', f'      <link>https://eurasianet.org/{slugify(e["h"])}</link>',
                f'      <description>{esc(" ".join(e["p"]))}</description>', f'      <pubDate>{st}</pubDate>',
                f'      <dc:creator>{esc(e["a"])}</dc:creator>', f'      <category>{esc(e["cat"])}</category>',
                f'      <guid isPermaLink="false">{nid} at https://eurasianet.org</guid>', '    </item>']
    out += ['  </channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21405", name="21405_eurasianet-rss", ext="xml", source="Eurasianet", zone="America/New_York", render=r_eurasianet,
  title="Eurasianet",
  basis="RSS pubDate '{s}' (explicit -0500 offset, New York); local {d} in {z} = {u} UTC",
  notes="Imitates the Eurasianet RSS feed (Drupal). Items newest first; pubDate carries the New York offset -0500; one-paragraph description; dc:creator with the reporter's name; a country category; Drupal guid 'NNNNN at https://eurasianet.org'. The oldest item (a Perspectives analysis, the page's theme piece) is dated Monday 20:30 -0500, which is 01:30 UTC on Tuesday 7 December, the same UTC day as the rest. Two of six items are not about the war. The feed is mostly about the war's regional side effects (sanctions evasion, recruitment of migrants).",
  not_entries=["channel title, link, description, language and atom:link", "per item: category, guid"],
  entries=[
  E("2032-12-07 13:40", "Kazakhstan tightens export checks on dual-use goods bound for Russia",
    ["Kazakhstan's customs service has begun inspecting every truck carrying electronics, machine tools and drone components to Russia, after Western governments warned Astana that its banks could face secondary sanctions."],
    "diplomacy", "diplomacy", 2, "kazakhstan-dual-use-export-checks-2032-12-07", a="Almaz Kuanyshev", cat="Kazakhstan",
    n="sanctions compliance (LABELS: sanctions = diplomacy)"),
  E("2032-12-07 11:15", "Uzbekistan prosecutes returning migrants who fought for Russia",
    ["A court in Samarkand has sentenced three Uzbek citizens to five years in prison for serving as mercenaries in Ukraine, the latest in a series of cases against labor migrants who signed contracts with Russia's army."],
    "other", "politics", 2, "uzbekistan-prosecutes-mercenaries-2032-12-07", a="Dilnoza Rakhimova", cat="Uzbekistan"),
  E("2032-12-07 09:30", "Kyrgyz bank cut off by U.S. Treasury over Russia payments",
    ["The U.S. Treasury has added Bishkek-based Ala-Too Settlement Bank to its sanctions list, saying it processed payments for Russian defense companies buying Western microelectronics through Central Asian intermediaries."],
    "diplomacy", "diplomacy", 2, "us-sanctions-kyrgyz-bank-2032-12-07", a="Bermet Osmonova", cat="Kyrgyzstan", n="targeted sanctions listing"),
  OFF("2032-12-07 07:05", "Tajikistan: Rogun dam's third turbine enters service",
    ["The third turbine at the Rogun hydropower plant has started producing electricity, Tajikistan's energy ministry said, a year behind the schedule the government set when construction resumed."],
    "rogun-third-turbine-2032-12-07", a="Farrukh Nazarov", cat="Tajikistan", n="hydropower"),
  OFF("2032-12-07 04:50", "Georgia: Protesters rally outside parliament for 30th night",
    ["Several thousand people gathered on Rustaveli Avenue for a 30th consecutive night of protests against the election code amendments adopted last week, blocking traffic for several hours."],
    "tbilisi-protests-30th-night-2032-12-07", a="Giorgi Nadiradze", cat="Georgia", n="Georgian protests"),
  E("2032-12-06 20:30", "Perspectives | Why Central Asia's trade in drone parts with Russia keeps growing",
    ["Customs figures show exports of engines, cameras and radio modules from Kazakhstan and Kyrgyzstan to Russia rose by about a third this year, despite new controls, because the goods are cheap, small and easy to relabel at the border."],
    "aid", "aid", 2, "analysis-central-asia-drone-parts-trade", a="Nargiza Tulegenova", cat="Perspectives",
    n="theme piece (analysis of supplies to Russia, direction to-Russia); its own story, not the Kazakh export checks of 21405-01 (must not merge, same theme)"),
  ]))


def r_kazinform(S):
    """Kazinform 'World' section, text scrape. Header with city weather and exchange rates, language menu; cards newest first:
    headline, stamp '23:10, 08 December 2032' (Astana time, no zone), lead starting with the agency dateline 'ASTANA. KAZINFORM – '."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Kazinform", "International news agency", "", "ҚАЗ   РУС   ENG   中文   عربي   Türkçe", "Astana  -14°C   USD 521.35   EUR 553.80   RUB 5.21", "",
         "Kazakhstan   World   Politics   Economy   Society   Sports   Culture   Tourism   Regions   Multimedia", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to Kazinform's Telegram channel to stay up to date", ""]
    L += ["Show more", "", "About agency   Advertising   Contacts   Editorial policy",
          f"© 1997-{top.year} Kazinform International News Agency. All rights reserved.",
          "When using materials, a hyperlink to Kazinform is required."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="21406", name="21406_kazinform-world", ext="txt", source="Kazinform", zone="Asia/Almaty", render=r_kazinform,
  title="World",
  basis="explicit stamp '{s}' (no zone printed: Astana time, UTC+5 since 2024); local {d} in {z} = {u} UTC",
  notes="Imitates the Kazinform 'World' section copied as text. Header with weather and exchange rates and a language menu. Cards newest first: headline, stamp 'HH:MM, DD Month YYYY' (time before date; Astana time, UTC+5, no zone printed), then the lead. Every lead opens with the agency dateline 'CITY. KAZINFORM \u2013 ', so the first sentence is not 'ASTANA.': first_sentence runs from the dateline to the first real sentence end. No bylines (author null). Two of seven cards are not about the war. The top card (23:10 local) is 18:10 UTC, same UTC day.",
  not_entries=["masthead and subtitle", "language menu", "weather and exchange-rate line", "section menu", "section heading 'World'",
               "Telegram promo after the fourth card", "'Show more'", "footer and copyright/hyperlink notice"],
  entries=[
  E("2032-12-08 23:10", "Tokayev: Kazakhstan ready to host technical talks between Russia and Ukraine",
    ["ASTANA. KAZINFORM \u2013 President Kassym-Jomart Tokayev said Kazakhstan is ready to provide a venue for technical talks between Russia and Ukraine on the exchange of prisoners and the safety of nuclear facilities, Akorda press secretary said.",
     "The Head of State made the remark at a meeting with the Secretary General of the OSCE in Akorda."],
    "diplomacy", "diplomacy", 3, "tokayev-offers-venue-talks-2032-12-08", n="head-of-state mediation offer"),
  E("2032-12-08 20:45", "Six killed in Russian strike on Sumy, Ukrainian officials say",
    ["KYIV. KAZINFORM \u2013 Six people were killed and 21 injured in a Russian missile strike on the center of Sumy on Wednesday, the head of the regional military administration said.",
     "According to him, the missile hit a five-story building near the city's central market."],
    "strikes", "strikes", 3, "sumy-missile-strike-2032-12-08"),
  E("2032-12-08 17:30", "Kazakhstan sends 40 tons of humanitarian aid to Ukraine",
    ["ASTANA. KAZINFORM \u2013 Kazakhstan has sent 40 tons of humanitarian aid, including medicines, baby food and warm clothing, to Ukraine, the Ministry of Foreign Affairs said.",
     "The cargo was delivered by rail through Poland."],
    "aid", "aid", 2, "kazakhstan-humanitarian-aid-ukraine-2032-12-08"),
  OFF("2032-12-08 15:05", "Kazakhstan's grain exports hit November record",
    ["ASTANA. KAZINFORM \u2013 Kazakhstan exported 1.4 million tons of grain in November, the highest monthly volume on record, the Ministry of Agriculture said."],
    "kazakhstan-grain-exports-record-2032-12-08", n="grain exports"),
  E("2032-12-08 12:40", "Russia says air defenses downed 27 Ukrainian drones",
    ["MOSCOW. KAZINFORM \u2013 Russian air defense systems destroyed 27 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions, the Russian Defense Ministry said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "russia-downs-27-drones-2032-12-08"),
  E("2032-12-08 10:15", "UN General Assembly adopts resolution on Zaporizhzhia nuclear plant",
    ["NEW YORK. KAZINFORM \u2013 The UN General Assembly adopted a resolution calling for the return of the Zaporizhzhia nuclear power plant to Ukraine's control, with 96 votes in favor, 14 against and 58 abstentions.",
     "Kazakhstan abstained."],
    "diplomacy", "diplomacy", 2, "unga-zaporizhzhia-npp-resolution-2032-12-08"),
  OFF("2032-12-08 08:00", "Almaty opens two new metro stations",
    ["ALMATY. KAZINFORM \u2013 Two new stations of the Almaty metro, Kalkaman and Zhandosov, opened to passengers on Wednesday, the city administration said."],
    "almaty-metro-stations-2032-12-08", n="city transport"),
  ]))


def r_azernews(S):
    """Azernews section page, HTML. Top bar with the date and rates; cards newest first: headline link, 'By NAME',
    stamp '9 December 2032 21:50 (UTC+04:00)', lead paragraphs, 'Read more'; a 'Follow us on Twitter' line under one card."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>AZERNEWS - {esc(S["title"])}</title>',
           '<meta name="description" content="Azerbaijan news, politics, business, region and world">', '</head><body>',
           f'<div class="topbar"><span class="date">{WEEKDAYS[top.weekday()]}, {top.day} {MONTHS[top.month - 1]} {top.year}</span> '
           '<span class="rates">USD 1.7000 AZN   EUR 1.8125 AZN   Brent 71.40</span> <a href="/az">AZ</a> <a href="/ru">RU</a></div>',
           '<header><a class="logo" href="/">AZERNEWS</a><nav><a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/nation">Nation</a> '
           '<a href="/region">Region</a> <a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/culture">Culture</a> <a href="/sports">Sports</a> '
           '<a href="/interview">Interview</a></nav></header>', f'<main><h1 class="category-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} (UTC+04:00)"; stamps.append(st)
        out.append(f'<div class="news-item"><h2><a href="/region/{241870 + i * 3}.html">{esc(e["h"])}</a></h2>')
        if e["a"]:
            out.append(f'<div class="news-author">By {esc(e["a"])}</div>')
        out.append(f'<div class="news-date">{st}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("twitter"):
            out.append('<p class="follow"><strong>Follow us on Twitter @AzerNewsAz</strong></p>')
        out.append(f'<a class="more" href="/region/{241870 + i * 3}.html">Read more</a></div>')
        if i == 2:
            out.append('<div class="promo"><p>Stay with AZERNEWS: reliable news from Azerbaijan and the region, every day, free of charge.</p></div>')
    out += ['<div class="pagination"><a href="?page=2">Next</a></div></main>',
            f'<footer><p>© {top.year} AZERNEWS. All rights reserved. Use of materials requires a hyperlink.</p><a href="/about">About</a> '
            '<a href="/contact">Contact</a> <a href="/advertising">Advertising</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21407", name="21407_azernews-region", ext="html", source="Azernews", zone="Asia/Baku", render=r_azernews,
  title="Region",
  basis="explicit stamp '{s}' with its printed offset (UTC+04:00); local {d} in {z} = {u} UTC",
  notes="Imitates the Azernews 'Region' section (HTML, no JSON-LD). Top bar with the date, exchange rates and language links; cards newest first: headline link, 'By NAME' (absent on one agency-based card), stamp '9 December 2032 21:50 (UTC+04:00)' with the offset printed, lead paragraphs and 'Read more'. One card carries the outlet's 'Follow us on Twitter @AzerNewsAz' line after its text (chrome, not counted). Two of seven cards are not about the war.",
  not_entries=["top bar (date, exchange rates, language links)", "logo and navigation", "category heading 'Region'", "'By NAME' lines (author)",
               "'Follow us on Twitter @AzerNewsAz' line after the energy memorandum card", "'Read more' links", "promo box after the third card", "pagination 'Next'", "footer"],
  entries=[
  E("2032-12-09 21:50", "Azerbaijan, Ukraine sign memorandum on energy cooperation",
    ["Azerbaijan and Ukraine have signed a memorandum of understanding on cooperation in electricity and gas, the Energy Ministry reported on December 9.",
     "The document was signed in Baku by Energy Minister Parviz Shahbazov and Ukraine's deputy energy minister. It provides for joint work on the rehabilitation of Ukrainian power facilities and on gas supplies via the Trans-Balkan route."],
    "diplomacy", "diplomacy", 2, "azerbaijan-ukraine-energy-memorandum-2032-12-09", a="Aytan Mammadli", sec=["aid"], twitter=True),
  E("2032-12-09 19:15", "Russian missile attack on Kyiv region injures nine",
    ["Nine people were injured in a Russian missile attack on the Bila Tserkva district of the Kyiv region on Thursday, Ukrainian officials said. Several private houses and a school building were damaged."],
    "strikes", "strikes", 2, "bila-tserkva-missile-attack-2032-12-09", a=None),
  E("2032-12-09 16:40", "Azerbaijan sends 50 transformers to Ukraine as humanitarian aid",
    ["Azerbaijan has delivered another batch of humanitarian aid to Ukraine, including 50 transformers and 120 generators for the energy sector, the Presidential Administration said.",
     "Since 2022, Azerbaijan has sent humanitarian aid to Ukraine worth more than 60 million manats."],
    "aid", "aid", 2, "azerbaijan-transformers-aid-2032-12-09", a="Ilaha Huseynova",
    n="a separate delivery from the 26-truck power-equipment convoy JAMnews reported on 6 December (same theme)"),
  OFF("2032-12-09 13:25", "Baku to host Caspian transport forum in May",
    ["Baku will host an international forum on Caspian transport corridors in May 2033, bringing together officials from Kazakhstan, Turkmenistan, Georgia and Türkiye, the Ministry of Digital Development and Transport said."],
    "baku-caspian-transport-forum-2032-12-09", a="Ramil Aliyev", n="transport forum"),
  E("2032-12-09 11:00", "Ukrainian FM Sybiha to visit Baku next week",
    ["Ukrainian Foreign Minister Andrii Sybiha will pay an official visit to Azerbaijan next week, the Ukrainian Embassy in Baku said. Talks will focus on energy and humanitarian issues."],
    "diplomacy", "diplomacy", 2, "sybiha-baku-visit-announced-2032-12-09", a="Aytan Mammadli", n="announcement of a future ministerial visit (importance 2: no move yet)"),
  E("2032-12-09 09:45", "Russia claims capture of village near Pokrovsk",
    ["Russia's Defense Ministry said its forces had taken control of the village of Novoserhiivka west of Pokrovsk. Ukraine's General Staff did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-novoserhiivka-2032-12-09", a=None),
  OFF("2032-12-09 08:30", "Azerbaijan's non-oil exports up 9 percent",
    ["Azerbaijan's non-oil exports grew by 9 percent in January-November compared with the same period last year, reaching $3.6 billion, the Center for Analysis of Economic Reforms and Communication said."],
    "azerbaijan-non-oil-exports-2032-12-09", a="Ilaha Huseynova", n="trade statistics"),
  ]))


def r_armenpress(S):
    """Armenpress English RSS 2.0: pubDate with the Yerevan offset (+0400), description whose text opens with the agency
    dateline 'YEREVAN, DECEMBER 10, ARMENPRESS. ', enclosure image, no authors."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://armenpress.am/en</link>',
           '<description>Armenpress - Armenian News Agency: the latest news from Armenia and the world</description>', '<language>en</language>',
           f'<pubDate>{rfc822(top)}</pubDate>', '<atom:link href="https://armenpress.am/en/rss/news" rel="self" type="application/rss+xml"/>',
           '<image><url>https://armenpress.am/static/img/logo-en.png</url><title>Armenpress</title><link>https://armenpress.am/en</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        aid = 1198402 - i * 13
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://armenpress.am/en/article/{aid}</link>',
                f'<guid isPermaLink="true">https://armenpress.am/en/article/{aid}</guid>',
                f'<description>{esc(chr(10).join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<enclosure url="https://armenpress.am/static/news/b/{d:%Y/%m}/{aid}.jpg" length="0" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21408", name="21408_armenpress-rss", ext="xml", source="Armenpress", zone="Asia/Yerevan", render=r_armenpress,
  title="Armenpress: Latest news",
  basis="RSS pubDate '{s}' (explicit +0400 offset, Yerevan); local {d} in {z} = {u} UTC",
  notes="Imitates the Armenpress English RSS feed. Items newest first; pubDate with the Yerevan offset +0400; the description carries the text, its paragraphs separated by newlines, and opens with the agency dateline 'CITY, MONTH DAY, ARMENPRESS. ' (upper case). Convention: first_sentence is copied from the start of the description, so it includes that dateline and runs to the end of the first real sentence (a parser that drops the dateline is also right in substance). No authors (null). Two of six items are not about the war.",
  not_entries=["channel title, link, description, language, pubDate and atom:link", "channel <image>", "per item: guid and enclosure image"],
  entries=[
  E("2032-12-10 22:30", "Pashinyan and Zelensky discuss humanitarian issues by phone",
    ["YEREVAN, DECEMBER 10, ARMENPRESS. Prime Minister Nikol Pashinyan held a phone conversation with President of Ukraine Volodymyr Zelensky, the Office of the Prime Minister said.",
     "The sides discussed humanitarian issues, including the situation of Armenian community members in the combat zone, and the delivery of Armenian humanitarian aid.",
     "The interlocutors also exchanged views on regional security."],
    "diplomacy", "diplomacy", 3, "pashinyan-zelensky-call-2032-12-10", n="head-of-government call"),
  E("2032-12-10 19:00", "Ukraine says Russia launched 84 drones and 6 missiles overnight",
    ["KYIV, DECEMBER 10, ARMENPRESS. Russia attacked Ukraine overnight with 84 drones and 6 cruise missiles, the Ukrainian Air Force said, adding that 70 drones and 4 missiles were shot down.",
     "Energy facilities in the Poltava region were damaged, according to the Ukrainian Energy Ministry."],
    "strikes", "strikes", 2, "overnight-attack-84-drones-2032-12-10", n="non-deadly combined attack below the importance-3 thresholds"),
  OFF("2032-12-10 16:20", "Armenia and EU hold new round of visa liberalization dialogue",
    ["BRUSSELS, DECEMBER 10, ARMENPRESS. Armenia and the European Union held the fourth round of the visa liberalization dialogue in Brussels, the Ministry of Foreign Affairs of Armenia said.",
     "The Armenian delegation was led by a deputy foreign minister."],
    "armenia-eu-visa-dialogue-2032-12-10", n="EU-Armenia visa talks"),
  E("2032-12-10 13:45", "Kremlin says no plans for Putin-Zelensky meeting",
    ["MOSCOW, DECEMBER 10, ARMENPRESS. Kremlin spokesman Dmitry Peskov said there are no plans for a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
     "Peskov was commenting on reports about possible talks in Istanbul."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelensky-meeting-2032-12-10"),
  E("2032-12-10 11:10", "Two killed in Russian strike in Kharkiv region",
    ["KYIV, DECEMBER 10, ARMENPRESS. Two people were killed and three injured in a Russian drone strike on a village in the Chuhuiv district of the Kharkiv region, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "chuhuiv-drone-strike-2032-12-10"),
  OFF("2032-12-10 09:00", "Yerevan metro fares to rise from February",
    ["YEREVAN, DECEMBER 10, ARMENPRESS. The fare for a single ride on the Yerevan metro will rise from 100 to 150 drams from February 1, 2033, the Yerevan Municipality said."],
    "yerevan-metro-fares-2032-12-10", n="city transport"),
  ]))


def r_jpost(S):
    """The Jerusalem Post live blog, HTML. NewsArticle JSON-LD (page dates only); title, subline, page credit
    'By JERUSALEM POST STAFF' and 'Updated: DECEMBER 11, 2032 23:15'; items newest first, each with the stamp
    'DECEMBER 11, 2032 23:15' (Israel time, no zone), h2 headline, 'By NAME' in capitals, paragraphs."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    up = lambda d: f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year} {d:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": "Jerusalem Post Staff"}],
          "publisher": {"@type": "Organization", "name": "The Jerusalem Post", "logo": {"@type": "ImageObject", "url": "https://www.jpost.com/images/logo.png"}},
          "articleSection": "Russia-Ukraine War"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Jerusalem Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="jp-header"><a class="logo" href="/">The Jerusalem Post</a> <a class="subscribe" href="/premium">Subscribe</a> '
           '<a class="login" href="/login">Login</a><nav><a href="/israel-news">Israel News</a> <a href="/middle-east">Middle East</a> '
           '<a href="/international">International</a> <a href="/diaspora">Diaspora</a> <a href="/opinion">Opinion</a> <a href="/business-and-innovation">Business &amp; Innovation</a> '
           '<a href="/judaism">Judaism</a> <a href="/health-and-wellness">Health &amp; Wellness</a> <a href="/podcasts">Podcasts</a></nav></header>',
           '<div class="breadcrumb"><a href="/international">International</a> / <a href="/russia-ukraine-war">Russia-Ukraine War</a></div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<h2 class="article-subline">{esc(S["lede"])}</h2>',
           f'<div class="article-reporter">By JERUSALEM POST STAFF</div>', f'<div class="article-date">Updated: <time>{up(last)}</time></div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = up(d); stamps.append(st)
        out.append(f'<div class="liveblog-item" id="item-{5512 - i}"><div class="liveblog-date">{st}</div><h2 class="liveblog-title">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="liveblog-reporter">By {esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
        if i == 4:
            out.append('<div class="newsletter-box"><h3>Stay updated with the latest news!</h3><p>Subscribe to The Jerusalem Post Newsletter</p>'
                       '<input type="email" placeholder="Your Email"> <button>Subscribe</button></div>')
    out += ['</div>', '<div class="related"><h3>Related Content</h3><a href="/international/article-851204">Ukraine\u2019s Jewish communities prepare for a third winter of blackouts</a> '
            '<a href="/international/article-851177">How Israeli firms supply Ukraine\u2019s civil defense</a></div>',
            f'<footer>All rights reserved \u00a9 {last.year} The Jerusalem Post Group <a href="/about-us">About Us</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/terms">Terms of Use</a> <a href="/contact">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="21409", name="21409_jpost-liveblog", ext="html", source="The Jerusalem Post", zone="Asia/Jerusalem", render=r_jpost,
  title="Russia-Ukraine war: Live updates", url="https://www.jpost.com/russia-ukraine-war/live-updates-812044",
  lede="Follow the latest developments in Russia's war in Ukraine and Israel's response.", start="2032-12-11 07:30",
  basis="explicit stamp '{s}' (no zone printed: Israel time, IST = UTC+2 in December); local {d} in {z} = {u} UTC",
  notes="Imitates a Jerusalem Post live blog (HTML). NewsArticle JSON-LD carries only the page's datePublished/dateModified (not per item). Page credit 'By JERUSALEM POST STAFF' and 'Updated: DECEMBER 11, 2032 23:15' (same as the newest item; not an entry). Items newest first: stamp in capitals 'DECEMBER 11, 2032 23:15' (Israel time, no zone printed), h2 headline, 'By NAME' with the name in capitals as JPost prints it (agency names REUTERS and ASSOCIATED PRESS kept as printed), paragraphs. An 'Advertisement' slot and a newsletter box sit between items; 'Related Content' links at the end. All items on Saturday 11 December; the newest 23:15 IST is 21:15 UTC.",
  not_entries=["header with logo, Subscribe/Login and navigation", "breadcrumb 'International / Russia-Ukraine War'", "page title and subline",
               "page credit 'By JERUSALEM POST STAFF' and 'Updated: ...' line", "share buttons", "'By NAME' reporter lines (author)",
               "'Advertisement' slot after the third item", "newsletter box after the fifth item", "'Related Content' heading and its two links", "footer"],
  entries=[
  E("2032-12-11 23:15", "Russian drone strike damages Jewish community center in Odesa",
    ["A Russian drone strike late Saturday damaged the facade and windows of a Jewish community center in central Odesa, the city's chief rabbi said. Nobody was inside at the time.",
     "Israel's Foreign Ministry said it was in contact with the community and with Ukrainian authorities."],
    "strikes", "strikes", 2, "odesa-jewish-center-drone-strike-2032-12-11", a="JERUSALEM POST STAFF"),
  E("2032-12-11 20:40", "Zelensky asks allies for more Patriot systems after weekend barrage",
    ["Ukrainian President Volodymyr Zelensky on Saturday urged Western allies to send at least three more Patriot air defense systems, saying Russia had fired more than 40 ballistic missiles at Ukrainian cities in the past week."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2032-12-11", a="REUTERS", sec=["strikes"], n="appeal for air defence (LABELS: aid)"),
  E("2032-12-11 18:05", "Russia claims capture of village near Siversk",
    ["Russia's Defense Ministry said its troops had captured the village of Verkhnokamianske near Siversk in the Donetsk region. Kyiv did not comment."],
    "other", "frontline", 2, "russia-claims-verkhnokamianske-2032-12-11", a="REUTERS"),
  E("2032-12-11 15:30", "Uman's Jewish community says it will stay despite attacks",
    ["Leaders of the Jewish community in Uman told The Jerusalem Post they would not leave the city despite repeated Russian drone attacks on its outskirts, and were preparing to receive pilgrims again in the autumn.",
     "\u201cWe have generators, we have a shelter, and we have a minyan every morning,\u201d said the community's rabbi.",
     "Around 300 Jews live in Uman year-round."],
    "other", "humanitarian", 2, "uman-jewish-community-stays-2032-12-11", a="MAYA LEVINSKY"),
  E("2032-12-11 12:50", "Overnight Russian attack on Kyiv kills four, including a child",
    ["Four people, including a 12-year-old girl, were killed when Russian missiles and drones hit residential buildings in Kyiv overnight, Mayor Vitali Klitschko said.",
     "The attack also damaged a heating plant on the city's left bank, leaving several thousand apartments without heat."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2032-12-11", a="ASSOCIATED PRESS"),
  E("2032-12-11 10:10", "Israeli firm to supply early-warning radars to Ukraine's civil defense",
    ["An Israeli defense company will supply Ukraine with a network of civilian early-warning radars under a contract financed by the European Union, the company said on Saturday. Israel's Defense Ministry approved the export license last month."],
    "aid", "aid", 2, "israeli-early-warning-radars-ukraine-2032-12-11", a="ARIEL KATZMAN"),
  E("2032-12-11 08:25", "IAEA says drone hit near Zaporizhzhia nuclear plant training center",
    ["A drone struck near the training center of the Zaporizhzhia nuclear power plant on Friday night, the International Atomic Energy Agency said, the third such incident this month. No damage to safety systems was reported."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-drone-2032-12-11", a="REUTERS"),
  ]))


# ================================================================ Part B renderers (invented outlets; own chrome)

def r_b_keypoints(S):
    """text live page, newest first; 'Key Points' block listing post headlines with bullets; each post: stamp line '9.10pm GMT',
    headline, 'By NAME', body (a teaser prints only a video placeholder)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News   Politics   World   Money   Sport   Culture   Puzzles   Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 0:47]", ""]
        if i == 3:
            L += ["The Evening Briefing: the day's news in five minutes, every weekday at 6pm. Sign up free", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']}   Contact us   Complaints   Privacy notice   Terms"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live page, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset); visible bare
    '10:05' inside <time datetime>; h2 headline; byline span."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="byline">{esc(e["a"])}</span>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Link to this update</a></div></section>')
        if i == 2:
            out.append(f'<aside class="also"><h3>Also on {esc(S["source"])}</h3><a href="/analysis/winter-grid">{esc(S["related"])}</a></aside>')
    out += ['<p class="closing">Live coverage resumes tomorrow morning.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Who we are \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset (or 'GMT' when S['gmt']); optional dc:creator;
    CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{slugify(e["h"])}-{60400 + i * 9}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset; escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{esc(S.get("generator", "Ghost"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="html">{esc(esc(e["h"]))}</title>', f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{5210 + i * 4}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_b_dash(S):
    """text live page, oldest first; each post opens with one line '07:20 CET \u2014 Headline', then the body and a
    'Reported by NAME' line; 'Republished from ...' label not used here."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page  |  Europe  |  Ukraine  |  Economy  |  Ideas  |  Subscribe", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"]) + ([f"Reported by {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["\u2014 Advertisement \u2014", ""]
    L += ["We are pausing our live coverage here. Thank you for following.", "", f"{S['source']}  |  Imprint  |  Privacy  |  Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_b_htmlpm(S):
    """HTML live page without JSON-LD, newest first; '10:40 p.m. EET' above each h2; author paragraph; a photo gallery
    teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cookiebar">This site uses cookies. <a>Settings</a> <button>OK</button></div>',
           f'<header><span class="logo">{S["source"]}</span> <nav><a>Finland</a> <a>Nordics</a> <a>Europe</a> <a>Ukraine</a> <a>Markets</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="entry"><p class="entry__time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry__author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<figure class="gallery">[Gallery: 9 images]</figure>']
        out.append('</article>')
        if i == 3:
            out.append(f'<aside class="read-more"><h3>Read more</h3><a href="/ukraine/energy">{esc(S["related"])}</a></aside>')
    out += ['<p><a href="/live/ukraine/archive">Earlier live pages</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Editor-in-chief \u00b7 Feedback \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_bare(S):
    """text live page, newest first; dateline with weekday but no year; two-name page byline; bare '21:40' line above the headline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  \u2022  Ukraine  \u2022  Russia  \u2022  Europe  \u2022  Long reads", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video 1:35]", ""])
        if i == 2:
            L += ["Our reporters are in Kharkiv. Help us stay there: become a supporter.", ""]
    L += ["Older posts", "", f"{S['source']} \u2022 About \u2022 Contact \u2022 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_htmlcet(S):
    """HTML live page, oldest first; page-level NewsArticle JSON-LD only; '09:10 CET' in a span above each h3; author after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{S["source"]}</a> <nav><a>Italy</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-entry__time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="live-entry__author">({esc(e["a"])})</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="box">Download the {esc(S["source"])} app for live alerts</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contacts \u00b7 Privacy \u00b7 Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_keyevents(S):
    """text 'key events' list: title with the war's day number, one 'Updated' line with date, time and zone, section headings
    (Fighting / Military aid / Politics and diplomacy); each bullet paragraph is one entry without headline or stamp."""
    L = [S["source"].upper(), "World  |  Europe  |  Ukraine war  |  Business  |  Opinion  |  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    cur = None
    for e in S["entries"]:
        if e["section"] != cur:
            cur = e["section"]; L += [cur, ""]
        L += ptxt(e["p"])
    L += [S["more"], "", f"{S['source']}  |  About  |  Corrections  |  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-12-15 (UTC, Wednesday), day 2 = 2032-12-16 (Thursday), day 3 = 2032-12-20 (Monday).
DNI = "dnipro-missile-strike-2032-12-15"
NOR = "norway-air-defence-funding-2032-12-15"
NLD = "netherlands-f16-spare-parts-2032-12-15"
PAV = "pavlohrad-drone-attack-2032-12-15"
MSL = "analysis-russian-missile-output-vs-interceptors"

# ---------------------------------------------------------------- 21420 Lindquay Evening Post (day 1, text live, Key Points)
SEEDS.append(dict(
  id="21420", name="21420_lindquay-textlive", ext="txt", source="Lindquay Evening Post", zone="Europe/London", render=r_b_keypoints,
  title="Ukraine war live: Dnipro death toll rises to 11 after morning missile strike",
  dateline="Wednesday 15 December 2032 \u00b7 All times GMT",
  lede="Russian missiles hit a residential block and a trolleybus depot in Dnipro; Norway pledges new money for air defence; the Kremlin turns down a Christmas truce.",
  basis="stamp '{s}' (GMT printed; UK time in December = UTC) under the dateline 'Wednesday 15 December 2032'; local {d} in {z}",
  notes="Invented outlet. Text live page, newest first. A 'Key Points' block lists two post headlines with bullets (key_point true for both). Each post: stamp line '9.10pm GMT' (12-hour clock with a dot), headline, 'By NAME', body. 21420-02 is a 'Watch:' teaser whose only content is a video placeholder. Dnipro toll on this page: 4 (07:40), 9 (14:05, Zelensky), 11 (21:10). Zelensky's statement about the missiles used is a reaction whose content is the attack, so it shares the strike's story.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline", "standfirst/lede", "'Key Points' header and its two bullet lines (pointers to posts 21420-01 and 21420-03)",
               "'Latest updates' label", "stamp lines and 'By NAME' lines", "video placeholder '[Video 0:47]' in the teaser", "newsletter promo after the fourth post",
               "'Load earlier updates'", "footer"],
  entries=[
  E("2032-12-15 21:10", "Dnipro death toll climbs to 11",
    ["Eleven people are now known to have died in this morning's missile strike on Dnipro, the head of the regional administration, Serhiy Lysak, said on Telegram. Forty-one people were injured, eight of them children.",
     "Lysak said two people were still unaccounted for at the nine-storey block on Naberezhna Peremohy, where the missile brought down four floors of one section."],
    "strikes", "strikes", 3, DNI, a="Gwen Arkwright", kp=True, n="toll 11 dead, 41 injured"),
  E("2032-12-15 18:45", "Watch: Firefighters battle the blaze at Dnipro's trolleybus depot", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2032-12-15 16:20", "Norway pledges 3.5bn kroner for Ukraine's air defence",
    ["Norway will give Ukraine 3.5 billion kroner (about \u00a3250m) next year to buy air defence missiles, the defence minister said in Oslo, adding that most of the money would go to an existing German-led purchasing scheme.",
     "It is the largest single Norwegian pledge for air defence since the full-scale invasion began."],
    "aid", "aid", 3, NOR, a="Tobias Renshaw", kp=True, n="same aid theme as the Dutch F-16 parts (21421-02, 21422-06), different event: must not merge"),
  E("2032-12-15 14:05", "Zelensky: Russia used new ballistic missiles in Dnipro attack",
    ["Volodymyr Zelensky said Russia had fired a modified Iskander missile with a heavier warhead at Dnipro, and that nine people had now been confirmed dead.",
     "\u201cEvery one of these missiles could have been stopped with one more Patriot battery,\u201d the Ukrainian president said in his afternoon address."],
    "strikes", "strikes", 3, DNI, a="Gwen Arkwright", sec=["aid"], n="reaction whose content is the attack; toll 9"),
  E("2032-12-15 11:30", "Kremlin rejects Turkish proposal for Christmas truce",
    ["The Kremlin has turned down a Turkish proposal for a ten-day truce over Christmas and New Year, with Dmitry Peskov telling reporters that a pause \u201cwould only let Kyiv regroup\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-christmas-truce-2032-12-15", a="Tobias Renshaw"),
  E("2032-12-15 09:15", "Drones hit Pavlohrad overnight, three injured",
    ["Russian drones struck an industrial area of Pavlohrad, also in the Dnipropetrovsk region, overnight, injuring three people and damaging a warehouse, local officials said."],
    "strikes", "strikes", 2, PAV, a="Gwen Arkwright",
    n="same region as the Dnipro strike, different event (night drones on another city, no deaths): must not merge"),
  E("2032-12-15 07:40", "Russian missiles strike Dnipro during morning rush hour",
    ["At least four people have been killed and 20 injured after Russian ballistic missiles hit Dnipro shortly after 7am local time, according to the city's military administration.",
     "One missile struck a residential block on the riverside embankment; another hit a trolleybus depot as drivers were arriving for their shifts."],
    "strikes", "strikes", 3, DNI, a="Gwen Arkwright", n="toll 4 dead, 20 injured"),
  ]))

# ---------------------------------------------------------------- 21421 Marrowbeck Gazette (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="21421", name="21421_marrowbeck-ldlive", ext="html", source="Marrowbeck Gazette", zone="Europe/Kyiv", render=r_b_ldlive,
  title="War in Ukraine: live updates, 15 December", url="https://marrowbeck-gazette.example/ukraine/live/2032-12-15",
  dateline="Wednesday 15 December 2032 \u00b7 times are Kyiv time (EET)",
  lede="A missile strike on Dnipro kills at least eight; the Netherlands sends F-16 parts; parliament extends martial law.",
  related="Why Ukraine's power grid is more fragile this winter",
  basis="visible time '{s}' under the dateline 'Wednesday 15 December 2032' (Kyiv time, EET = UTC+2; the <time datetime> attribute and the JSON-LD datePublished carry the same instant); local {d} in {z}",
  notes="Invented outlet. HTML live page, oldest first. LiveBlogPosting JSON-LD with a per-update datePublished in the Kyiv offset (+02:00) that agrees with the visible bare time and the <time datetime> attribute. Byline span under each headline. 21421-05 repeats 21421-03 almost word for word half an hour later (the outlet re-posted the update): duplicate_of 21421-03, importance 1. Dnipro toll on this page: 6, then 8. Zelensky's thanks to Norway (21421-07) is about Norway's pledge, so it shares that story.",
  not_entries=["cookie consent bar", "masthead and navigation", "page title, dateline and intro", "the visible time inside each update (stamp)", "byline spans (author)",
               "'Link to this update' tool links", "'Also on Marrowbeck Gazette' box after the third update (related article link)",
               "closing line 'Live coverage resumes tomorrow morning.'", "footer"],
  entries=[
  E("2032-12-15 10:05", "Missile strike on Dnipro: at least six killed",
    ["At least six people were killed and about 30 injured when Russian missiles hit Dnipro this morning, regional head Serhiy Lysak said. Rescuers are working at a partly collapsed apartment block near the Dnipro river and at a municipal transport depot.",
     "Ukraine's air force said three of the five missiles fired at the region were shot down."],
    "strikes", "strikes", 3, DNI, a="Yuliia Hrynko", n="toll 6"),
  E("2032-12-15 11:20", "Netherlands to send F-16 spare parts worth \u20ac90 million",
    ["The Dutch government will send Ukraine engines, landing gear and other spare parts for its F-16 fleet worth \u20ac90 million, Defence Minister Ruben Brekelmans told parliament in The Hague. The first deliveries are due in January."],
    "aid", "aid", 3, NLD, a="Pieter Vos", n="carried by two seeds of the day (also 21422-06), hence importance 3; same aid theme as Norway's pledge, must not merge"),
  E("2032-12-15 14:15", "Dnipro toll rises to eight as rescuers search collapsed stairwell",
    ["The number of people killed in the morning strike on Dnipro has risen to eight, the city's military administration said. Rescuers pulled a woman alive from the rubble of the collapsed stairwell shortly after 1pm.",
     "Dnipro's mayor declared Thursday a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Yuliia Hrynko", n="toll 8"),
  E("2032-12-15 15:40", "Parliament extends martial law for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for a further 90 days, until mid-March, with 331 lawmakers in favour."],
    "other", "politics", 2, "martial-law-extension-2032-12-15", a="Pieter Vos"),
  E("2032-12-15 16:10", "Dnipro death toll rises to eight as rescuers search collapsed stairwell",
    ["The number of people killed in the morning strike on Dnipro has risen to eight, the city's military administration said. Rescuers pulled a woman alive from the rubble of the collapsed stairwell after 1pm.",
     "Dnipro's mayor declared Thursday a day of mourning."],
    "strikes", "strikes", 1, DNI, a="Yuliia Hrynko", dup="21421-03", n="near-verbatim repeat of 21421-03 posted again by the outlet"),
  E("2032-12-15 18:30", "Shelling cuts power to 20,000 homes in Kherson",
    ["Russian shelling damaged a substation in Kherson's Korabelnyi district, leaving about 20,000 households without electricity, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "kherson-substation-shelling-2032-12-15", a="Yuliia Hrynko",
    n="another Russian strike on the same day, other city and target: must not merge with the Dnipro strike"),
  E("2032-12-15 20:45", "Zelensky thanks Norway for air defence money",
    ["President Zelensky thanked Norway for its pledge of 3.5 billion kroner for air defence, saying the money would \u201cbuy missiles that protect cities like Dnipro\u201d."],
    "aid", "aid", 3, NOR, a="Pieter Vos", n="reaction whose content is Norway's pledge; shares that story (two seeds of the day)"),
  ]))

# ---------------------------------------------------------------- 21422 Hollinbrae World Service (day 1, RSS world feed, Central time)
SEEDS.append(dict(
  id="21422", name="21422_hollinbrae-worldrss", ext="xml", source="Hollinbrae World Service", zone="America/Chicago", render=r_b_rss,
  title="Hollinbrae World Service: World", url="https://hollinbrae.example",
  lede="International news from the Hollinbrae World Service newsroom in Chicago",
  basis="RSS pubDate '{s}' (explicit -0600 offset, US Central time); local {d} in {z} = {u} UTC",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in -0600; the war is a minority (4 of 6 items are off-beat). Wire-style spelling 'Dnepr' for Dnipro (toll 9). Items carry no author except where a dc:creator is given.",
  not_entries=["channel title, link, description, language, lastBuildDate", "per item: link, guid, category"],
  entries=[
  OFF("2032-12-15 14:20", "Blizzard shuts interstates across the Dakotas",
    ["A blizzard with gusts of up to 60 mph closed long stretches of Interstates 29 and 94 in North and South Dakota, stranding hundreds of drivers, state officials said."],
    "dakotas-blizzard-2032-12-15", a="Carla Brandt", n="US weather", cat="US"),
  OFF("2032-12-15 12:05", "Mexico's central bank cuts rates for third meeting in a row",
    ["Banco de M\u00e9xico lowered its benchmark interest rate by a quarter point to 6.25%, citing slowing inflation and weak growth."],
    "banxico-rate-cut-2032-12-15", n="Mexican monetary policy", cat="Business"),
  E("2032-12-15 10:00", "Russian missiles kill 9 in Ukraine's Dnepr",
    ["Russian ballistic missiles slammed into an apartment building and a bus depot in the central Ukrainian city of Dnepr on Wednesday morning, killing at least nine people, Ukrainian officials said.",
     "The city, known in Ukrainian as Dnipro, lies about 100 miles from the front line."],
    "strikes", "strikes", 3, DNI, n="spelling 'Dnepr'; toll 9"),
  OFF("2032-12-15 08:30", "Chile's copper miners end 11-day strike",
    ["Workers at one of Chile's largest copper mines voted to accept a new wage offer, ending an 11-day strike that had cut the mine's output by nearly half."],
    "chile-copper-strike-ends-2032-12-15", n="Chilean mining", cat="Business"),
  OFF("2032-12-15 06:15", "Crewed lunar lander test pushed back to March",
    ["The first crewed test of a commercial lunar lander has been postponed until March after engineers found a leak in a helium line, the space agency said."],
    "lunar-lander-test-delay-2032-12-15", a="Carla Brandt", n="space", cat="Science"),
  E("2032-12-15 03:40", "Netherlands pledges F-16 parts for Ukraine",
    ["The Netherlands will supply Ukraine with \u20ac90 million worth of F-16 spare parts, including engines, the Dutch defense ministry said."],
    "aid", "aid", 3, NLD, n="carried by two seeds of the day (also 21421-02)"),
  ]))

# ---------------------------------------------------------------- 21423 Ashwendle Courier (day 1, Atom, Warsaw)
SEEDS.append(dict(
  id="21423", name="21423_ashwendle-atom", ext="xml", source="Ashwendle Courier", zone="Europe/Warsaw", render=r_b_atom,
  title="Ashwendle Courier \u2014 Ukraine and the East", url="https://ashwendle-courier.example", generator="Ghost 9.2",
  lede="Reporting from Poland on the war next door",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Warsaw); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published> with +01:00, authors, escaped-HTML content, titles as type=\"html\". 21423-01 is the day's theme piece (analysis of missile production and interceptor stocks), which mentions the Dnipro strike but is its own story. Dnipro toll here: 6.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "per entry: link, id, updated"],
  entries=[
  E("2032-12-15 22:40", "Analysis: Russia is building missiles faster than Ukraine can buy interceptors",
    ["Wednesday's strike on Dnipro was a reminder of simple arithmetic: Russia now produces an estimated 60 to 70 ballistic missiles a month, while Ukraine receives far fewer interceptors able to stop them.",
     "Western production of Patriot missiles has roughly doubled since 2024, but most of the new output goes to standing orders from NATO members and Gulf states.",
     "Ukrainian officials say the gap forces them to choose every night which cities to cover and which to leave exposed."],
    "strikes", "strikes", 2, MSL, a="Marta Zieli\u0144ska", sec=["aid"],
    n="theme piece (analysis of missile production vs interceptors); mentions the Dnipro strike but must not merge with it"),
  E("2032-12-15 19:30", "Norway's air defence money to go to German-led missile purchase",
    ["Most of the 3.5 billion kroner that Norway pledged on Wednesday will be paid into the German-led scheme that buys IRIS-T and Patriot missiles for Ukraine, the Norwegian defence ministry said.",
     "Oslo did not say how many missiles the money would buy."],
    "aid", "aid", 3, NOR, a="Jakub Lis", n="details of Norway's pledge (three seeds of the day)"),
  E("2032-12-15 17:10", "Two men detained over railway sabotage plot in eastern Poland",
    ["Polish prosecutors said two Belarusian citizens had been detained near Che\u0142m on suspicion of preparing to damage a railway line used to carry aid to Ukraine, on the orders of Russian intelligence."],
    "other", "security", 2, "chelm-railway-sabotage-detentions-2032-12-15", a="Jakub Lis"),
  E("2032-12-15 13:50", "Polish and Ukrainian foreign ministers meet in Lublin over exhumations",
    ["Poland's foreign minister Rados\u0142aw Sikorski and his Ukrainian counterpart Andrii Sybiha agreed in Lublin on a timetable for new exhumations of Polish victims of the 1943 Volhynia massacres, a dispute that has weighed on relations."],
    "diplomacy", "diplomacy", 3, "sikorski-sybiha-lublin-meeting-2032-12-15", a="Marta Zieli\u0144ska", n="ministerial diplomatic meeting (LABELS: importance 3)"),
  E("2032-12-15 10:30", "Six dead after Russian missiles hit Dnipro",
    ["At least six people were killed when Russian missiles struck a residential building and a trolleybus depot in Dnipro on Wednesday morning, Ukrainian officials said. Dozens were injured."],
    "strikes", "strikes", 3, DNI, a="Jakub Lis", n="toll 6"),
  E("2032-12-15 08:05", "Polish jets scrambled as Russia launches drones at western Ukraine",
    ["Poland's operational command scrambled fighter jets overnight as Russian drones flew towards the Volyn and Lviv regions, and put ground-based air defence on alert. No violation of Polish airspace was reported."],
    "other", "security", 2, "poland-scrambles-jets-2032-12-15", a=None,
    n="no engagement, so not a strike; must not merge with the Dnipro strike or the Pavlohrad drones"),
  ]))


# Day 2 = 2032-12-16 (Thursday)
LVIV = "lviv-energy-strike-2032-12-16"
ANK = "zelensky-erdogan-ankara-meeting-2032-12-16"
SUBX = "explainer-why-russia-targets-substations"

# ---------------------------------------------------------------- 21430 Dunsaple Review (day 2, text live, oldest first, CET)
SEEDS.append(dict(
  id="21430", name="21430_dunsaple-textlive", ext="txt", source="Dunsaple Review", zone="Europe/Berlin", render=r_b_dash,
  title="Russia's war in Ukraine: the day as it happened", dateline="Thursday, 16 December 2032",
  lede="Overnight strikes on power plants in the Lviv region; Dnipro mourns; Berlin adds money for air defence.",
  basis="stamp '{s}' at the start of the headline line (zone printed; CET = UTC+1) under the dateline 'Thursday, 16 December 2032'; local {d} in {z}",
  notes="Invented outlet (Berlin). Text live page, oldest first. Each post opens with one line 'HH:MM CET \u2014 Headline' (stamp and headline on the same line: the headline is the text after the em dash), then the body and a 'Reported by NAME' line. 21430-06 repeats 21430-04 almost verbatim 35 minutes later (duplicate_of 21430-04). 21430-03 is the day's theme piece (explainer on substations), its own story. Day-1 continuation: Dnipro's day of mourning and toll 13 (21430-02).",
  not_entries=["masthead and navigation", "page title, dateline and lede", "'Reported by NAME' lines (author)", "'\u2014 Advertisement \u2014' marker after the third post",
               "closing line 'We are pausing our live coverage here. Thank you for following.'", "footer"],
  entries=[
  E("2032-12-16 07:20", "Russia strikes power plant in Lviv region, two dead",
    ["Russian missiles and drones hit a thermal power plant and two substations in the Lviv region overnight, killing two workers, regional governor Maksym Kozytskyi said. Parts of Lviv and Drohobych were left without power."],
    "strikes", "strikes", 3, LVIV, a="Henrike Adler", n="toll 2"),
  E("2032-12-16 09:05", "Dnipro holds day of mourning as toll reaches 13",
    ["Flags flew at half mast in Dnipro on Thursday as the city mourned the victims of Wednesday's missile strike. The death toll rose overnight to 13 after rescuers recovered two more bodies from the collapsed section of the apartment block."],
    "strikes", "strikes", 3, DNI, a="Henrike Adler", n="continuation of day 1's Dnipro strike (toll 13); three seeds of day 2 carry it"),
  E("2032-12-16 10:40", "Explainer: Why Russia aims at substations rather than power plants",
    ["Power stations make dramatic targets, but the transformers in high-voltage substations are the grid's weak point: each one weighs hundreds of tonnes, is built to order and can take a year to replace.",
     "Ukraine has built concrete and gabion shelters around many of them since 2023, but the shelters protect against drone fragments, not against direct missile hits.",
     "That is why, engineers say, a single night of precise strikes can cut power to a region for weeks even when the plants themselves survive."],
    "strikes", "strikes", 2, SUBX, a="Jonas Petersen",
    n="theme piece (explainer on attacks against substations); mentions no single event and must not merge with the Lviv strike"),
  E("2032-12-16 12:15", "Lviv strike: death toll rises to three",
    ["A third worker injured in the overnight attack on the power plant in the Lviv region has died in hospital, the regional administration said. Four more remain in a serious condition."],
    "strikes", "strikes", 3, LVIV, a="Henrike Adler", n="toll 3"),
  E("2032-12-16 13:30", "Germany adds \u20ac400 million for Ukraine's air defence",
    ["The German government will provide an extra \u20ac400 million next year for air defence systems for Ukraine, the defence ministry in Berlin said, on top of the aid already planned in the 2033 budget."],
    "aid", "aid", 3, "germany-extra-air-defence-funds-2032-12-16", a="Jonas Petersen", n="large aid package (at least about \u20ac150m): importance 3"),
  E("2032-12-16 14:50", "Lviv strike: death toll rises to three",
    ["A third worker injured in the overnight attack on the power plant in the Lviv region has died in hospital, the regional administration said. Four others remain in a serious condition."],
    "strikes", "strikes", 1, LVIV, a="Henrike Adler", dup="21430-04", n="near-verbatim repeat of 21430-04"),
  E("2032-12-16 17:25", "Shelling of Kharkiv substation leaves 40,000 without power",
    ["Russian artillery hit a substation on the eastern edge of Kharkiv in the afternoon, cutting electricity to about 40,000 households, the city's mayor said. No one was injured."],
    "strikes", "strikes", 2, "kharkiv-substation-shelling-2032-12-16", a="Jonas Petersen",
    n="same theme as the Lviv energy strike (attacks on the grid), different event: must not merge"),
  ]))

# ---------------------------------------------------------------- 21431 Lathebridge Times (day 2, HTML live, newest first, EET)
SEEDS.append(dict(
  id="21431", name="21431_lathebridge-htmllive", ext="html", source="Lathebridge Times", zone="Europe/Helsinki", render=r_b_htmlpm,
  title="Ukraine live: Zelensky in Ankara as Lviv counts the cost of overnight strikes",
  dateline="Thursday 16 December 2032 \u00b7 Times in Finnish time (EET)",
  lede="The death toll from the attack on a power plant in western Ukraine rises to five. Finland's parliament approves another aid package.",
  related="How Finnish transformers ended up keeping Kharkiv warm",
  basis="stamp '{s}' (zone printed) under the dateline 'Thursday 16 December 2032'; Finnish time EET = UTC+2; local {d} in {z}",
  notes="Invented outlet (Helsinki). HTML live page without JSON-LD, newest first. Each entry: '10:40 p.m. EET' (12-hour clock with dotted a.m./p.m. and zone), h2 headline, author paragraph, body. 21431-03 is a 'Pictured:' gallery teaser with no text (only a gallery placeholder). The Lutsk hospital roof (21431-06) is another western-Ukraine strike the same night: must not merge with the Lviv plant. Lviv toll here: 2, then 5.",
  not_entries=["cookie bar", "logo and navigation", "page title, dateline note 'Times in Finnish time (EET)' and lead", "time lines above each headline (stamps)",
               "author paragraphs", "gallery placeholder '[Gallery: 9 images]'", "'Read more' box after the fourth entry (related article link)",
               "'Earlier live pages' link", "footer"],
  entries=[
  E("2032-12-16 22:40", "Lviv toll rises to five as two more workers die",
    ["Two more employees of the power plant hit overnight have died of their injuries, bringing the death toll from the attack in the Lviv region to five, Governor Maksym Kozytskyi said."],
    "strikes", "strikes", 3, LVIV, a="Eero Salminen", n="toll 5"),
  E("2032-12-16 20:15", "Zelensky and Erdogan discuss Black Sea ceasefire in Ankara",
    ["President Volodymyr Zelensky met President Recep Tayyip Erdogan in Ankara for three hours of talks on a possible ceasefire at sea and on the prisoner exchanges that Turkey has helped to arrange.",
     "Erdogan said afterwards that Turkey was ready to host a meeting between Ukrainian and Russian leaders \u201cat any time\u201d."],
    "diplomacy", "diplomacy", 3, ANK, a="Anna Lehtonen", n="head-of-state meeting; two seeds of the day"),
  E("2032-12-16 17:50", "Pictured: Lviv after the overnight attack", [],
    "strikes", "strikes", 1, LVIV, n="photo gallery teaser without text"),
  E("2032-12-16 15:30", "Finnish parliament approves 31st defence package for Ukraine",
    ["Finland's parliament approved the country's 31st defence materiel package for Ukraine, worth \u20ac95 million. As usual, the contents were not disclosed."],
    "aid", "aid", 2, "finland-31st-defence-package-2032-12-16", a="Anna Lehtonen", n="smaller aid package (importance 2)"),
  E("2032-12-16 13:10", "Dnipro mourns 14 dead as last missing man is found",
    ["Rescuers in Dnipro found the body of the last person reported missing after Wednesday's missile strike, bringing the death toll to 14, the regional administration said. The search operation has ended."],
    "strikes", "strikes", 3, DNI, a="Eero Salminen", n="continuation of day 1's Dnipro strike (final toll 14)"),
  E("2032-12-16 11:20", "Drone debris damages hospital roof in Lutsk",
    ["Debris from a drone shot down over Lutsk fell on the roof of the regional children's hospital, causing a fire that was quickly put out, the mayor said. Patients were moved to the shelter and no one was hurt."],
    "strikes", "strikes", 2, "lutsk-drone-debris-hospital-2032-12-16", a="Eero Salminen",
    n="same night and same part of Ukraine as the Lviv power plant strike, different event: must not merge"),
  E("2032-12-16 08:05", "Russian strike on power plant near Lviv kills two",
    ["Two workers were killed when Russian missiles hit a thermal power plant in the Lviv region overnight. Ukraine's air force said Russia had launched 96 drones and 11 missiles, mostly at western regions."],
    "strikes", "strikes", 3, LVIV, a="Eero Salminen", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 21432 Glaswent Daily (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="21432", name="21432_glaswent-worldrss", ext="xml", source="Glaswent Daily", zone="UTC", render=r_b_rss, gmt=True,
  title="Glaswent Daily \u2013 World news", url="https://glaswent-daily.example",
  lede="The world's news from the Glaswent Daily foreign desk",
  basis="RSS pubDate '{s}' (GMT = UTC); {u} UTC",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT; the war is a minority (4 of 7 items are off-beat). 21432-07 is a re-post of day 1's wire item 21422-03 (same headline and text, spelling 'Dnepr', stale toll 9) carried again shortly after midnight: importance 1; duplicate_of stays null because duplicate_of names entries of the same seed only. The Lviv item uses the spelling 'Lvov'.",
  not_entries=["channel title, link, description, language, lastBuildDate", "per item: link, guid, category"],
  entries=[
  OFF("2032-12-16 21:30", "Cyclone makes landfall in northern Mozambique",
    ["A tropical cyclone with winds of 170 km/h made landfall near the port of Pemba, tearing roofs off homes and cutting power to much of Cabo Delgado province."],
    "mozambique-cyclone-2032-12-16", n="weather disaster", cat="Africa"),
  E("2032-12-16 18:45", "Zelensky meets Erdogan in Ankara, seeks truce at sea",
    ["Ukraine's president Volodymyr Zelensky held talks with Turkish president Recep Tayyip Erdogan in Ankara on Thursday, asking Turkey to broker a ceasefire covering ports and shipping in the Black Sea."],
    "diplomacy", "diplomacy", 3, ANK, a="Rhiannon Pryce", cat="Europe", n="two seeds of the day (also 21431-02)"),
  OFF("2032-12-16 15:20", "South Korea's chip exports hit monthly record",
    ["South Korea's semiconductor exports rose 31% from a year earlier in the first half of December, putting them on course for a monthly record, customs data showed."],
    "south-korea-chip-exports-2032-12-16", n="trade data", cat="Business"),
  E("2032-12-16 12:00", "Russian strikes on Lvov region power plant kill three",
    ["Three people were killed when Russian missiles struck a power plant in Ukraine's western Lvov region overnight, local officials said, in one of the heaviest attacks on the area this winter."],
    "strikes", "strikes", 3, LVIV, cat="Europe", n="spelling 'Lvov'; toll 3"),
  OFF("2032-12-16 09:35", "Brazil's Senate approves tax overhaul",
    ["Brazil's Senate passed the second stage of the country's tax reform, merging five consumption taxes into a single levy from 2034."],
    "brazil-tax-overhaul-2032-12-16", a="Rhiannon Pryce", n="Brazilian politics", cat="Americas"),
  OFF("2032-12-16 06:10", "Japanese carmaker recalls 400,000 vehicles over airbag fault",
    ["One of Japan's largest carmakers is recalling about 400,000 vehicles worldwide because a faulty sensor may stop front airbags from deploying."],
    "japan-airbag-recall-2032-12-16", n="business", cat="Business"),
  E("2032-12-16 01:10", "Russian missiles kill 9 in Ukraine's Dnepr",
    ["Russian ballistic missiles slammed into an apartment building and a bus depot in the central Ukrainian city of Dnepr on Wednesday morning, killing at least nine people, Ukrainian officials said.",
     "The city, known in Ukrainian as Dnipro, lies about 100 miles from the front line."],
    "strikes", "strikes", 1, DNI, cat="Europe",
    n="re-post of day-1 entry 21422-03 (same wire text, stale toll 9), carried again after midnight; importance 1"),
  ]))

# ---------------------------------------------------------------- 21433 Heronsgill Ledger (day 2, Atom, Kyiv offset)
SEEDS.append(dict(
  id="21433", name="21433_heronsgill-atom", ext="xml", source="Heronsgill Ledger", zone="Europe/Kyiv", render=r_b_atom, generator="WordPress",
  title="Heronsgill Ledger: Ukraine", url="https://heronsgill-ledger.example",
  lede="News and reporting from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Atom feed, newest first, <published> in +02:00, authors, escaped-HTML content. Spelling \"L'viv\" for Lviv. The SBU arrest (21433-04) concerns a suspected spotter for the Lviv strike: a separate event that mentions it (must not merge). Lviv toll here: 2, then 5.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "per entry: link, id, updated"],
  entries=[
  E("2032-12-16 23:10", "L'viv region strike: five dead, power back for half of homes",
    ["The death toll from Thursday's overnight strike on a power plant in the L'viv region has risen to five, regional officials said. Power has been restored to about half of the homes that lost it."],
    "strikes", "strikes", 3, LVIV, a="Ostap Kravets", n="toll 5"),
  E("2032-12-16 19:45", "Dnipro buries first victims of Wednesday's missile strike",
    ["The first funerals of people killed in Wednesday's missile strike on Dnipro took place on Thursday. The final toll stands at 14 dead and 46 injured, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Sofiia Bondarenko", n="continuation of day 1's Dnipro strike"),
  E("2032-12-16 16:00", "Ukraine and Moldova agree to share air-defence radar data",
    ["Ukraine and Moldova signed an agreement in Chi\u0219in\u0103u to exchange radar data on drones and missiles flying near their border, Moldova's defence ministry said."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-radar-data-agreement-2032-12-16", a="Sofiia Bondarenko", sec=["aid"]),
  E("2032-12-16 12:30", "SBU detains suspected spotter for L'viv strike",
    ["The SBU said it had detained a 41-year-old man in Stryi suspected of photographing the power plant and substations hit overnight and sending the images to Russian handlers."],
    "other", "security", 2, "sbu-detains-lviv-strike-spotter-2032-12-16", a="Ostap Kravets",
    n="arrest linked to the Lviv strike but a separate event: must not merge"),
  E("2032-12-16 08:40", "Russia attacks energy facilities in L'viv region overnight",
    ["Russia attacked energy facilities in the L'viv region overnight with missiles and drones, killing two workers at a thermal power plant, the governor said."],
    "strikes", "strikes", 3, LVIV, a="Ostap Kravets", n="toll 2"),
  ]))


# Day 3 = 2032-12-20 (Monday)
KHA = "kharkiv-glide-bomb-strike-2032-12-20"
EUS = "eu-sanctions-package-2032-12-20"
UKA = "uk-artillery-ammunition-contract-2032-12-20"
GLB = "analysis-why-glide-bombs-are-hard-to-stop"

# ---------------------------------------------------------------- 21440 Ingleburn World Wire (day 3, Atom world feed, Singapore)
SEEDS.append(dict(
  id="21440", name="21440_ingleburn-worldatom", ext="xml", source="Ingleburn World Wire", zone="Asia/Singapore", render=r_b_atom, generator="Ingleburn CMS",
  title="Ingleburn World Wire \u2014 Top stories", url="https://ingleburn-wire.example",
  lede="World news for readers in Asia and the Pacific",
  basis="Atom <published> '{s}' (explicit +08:00 offset, Singapore); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Singapore). General world Atom feed, newest first, <published> in +08:00; the war is a minority (4 of 6 entries are off-beat). Spelling 'Kharkov' (toll 5). The oldest entry (08:20 local) is 00:20 UTC on 20 December. No authors.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "per entry: link, id, updated"],
  entries=[
  E("2032-12-20 22:15", "EU adopts new sanctions package against Russia",
    ["European Union foreign ministers adopted a new package of sanctions against Russia on Monday, targeting oil tankers, banks in third countries and suppliers of drone components."],
    "diplomacy", "diplomacy", 3, EUS, n="three seeds of the day"),
  OFF("2032-12-20 19:40", "Typhoon weakens after crossing northern Luzon",
    ["A typhoon weakened into a tropical storm after crossing the mountains of northern Luzon, where landslides blocked roads and forced 40,000 people into evacuation centres."],
    "luzon-typhoon-2032-12-20", n="weather"),
  E("2032-12-20 17:05", "Glide bombs kill five in Kharkov, Ukraine says",
    ["Russian aircraft dropped guided glide bombs on a residential district of Kharkov, Ukraine's second-largest city, on Monday, killing at least five people, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, n="spelling 'Kharkov'; toll 5"),
  OFF("2032-12-20 14:30", "Singapore's non-oil exports rise for fourth month",
    ["Singapore's non-oil domestic exports rose 6.2% in November from a year earlier, led by electronics and pharmaceuticals, official data showed."],
    "singapore-non-oil-exports-2032-12-20", n="trade data"),
  OFF("2032-12-20 11:00", "Dairy prices climb at global auction",
    ["Prices at the fortnightly global dairy auction rose 3.1% on average, with whole milk powder at its highest level in 18 months."],
    "global-dairy-auction-2032-12-20", n="commodities"),
  OFF("2032-12-20 08:20", "Thailand on track for record rice exports",
    ["Thailand's rice exports are set to reach a record 10.8 million tonnes this year, the commerce ministry said, helped by strong demand from Indonesia and the Philippines."],
    "thailand-rice-exports-2032-12-20", n="trade"),
  ]))

# ---------------------------------------------------------------- 21441 Cobbleholt Post (day 3, text live, no year, Kyiv)
CB = "Ruth Amesbury and Tomasz W\u00f3jcik"
SEEDS.append(dict(
  id="21441", name="21441_cobbleholt-textlive", ext="txt", source="Cobbleholt Post", zone="Europe/Kyiv", render=r_b_bare,
  title="Ukraine live: glide bombs hit Kharkiv apartment block", dateline="Monday 20 December", byline=CB,
  lede="Our correspondents in Kharkiv and Kyiv follow the day's events. Times are local (Kyiv).",
  parse_args=["--date", "2032-12-20"],
  basis="bare time '{s}' under the year-less dateline 'Monday 20 December' (the page names no year; --date 2032-12-20); 'Times are local (Kyiv)', EET = UTC+2; local {d} in {z}",
  notes="Invented outlet. Text live page, newest first, with a year-less dateline 'Monday 20 December' (no year anywhere on the page, hence parse_args --date 2032-12-20) and a two-name page byline used as every post's author. Each post: bare 24-hour time line, headline, body. 21441-02 is a 'Video:' teaser with only a video placeholder. 21441-03 is the day's theme piece (analysis of glide bombs), its own story. The Kupiansk shelling (21441-05) is in the same Kharkiv region on the same day: must not merge with the Kharkiv city strike. Kharkiv toll here: 3, then 8.",
  not_entries=["masthead and navigation", "page title, dateline 'Monday 20 December', page byline and lede", "bare time lines (stamps)",
               "video placeholder '[Video 1:35]'", "supporter appeal after the third post", "'Older posts'", "footer"],
  entries=[
  E("2032-12-20 21:40", "Kharkiv toll rises to eight",
    ["Eight people are now confirmed dead after this morning's glide-bomb attack on Saltivka, Kharkiv's mayor Ihor Terekhov said. Among them are two teenagers. Thirty-four people were wounded."],
    "strikes", "strikes", 3, KHA, a=CB, n="toll 8"),
  E("2032-12-20 19:15", "Video: Inside the Saltivka block hit by glide bombs", [],
    "strikes", "strikes", 1, KHA, n="video teaser without body"),
  E("2032-12-20 17:30", "Analysis: Why glide bombs are so hard to stop",
    ["A glide bomb is an old free-fall bomb fitted with wings and satellite guidance. Released 60 kilometres away, it needs no engine, costs a fraction of a missile and is too small and slow for most radars to track in time.",
     "The only reliable defence is to keep the aircraft that carry them away from the front, which would take long-range air defence close to the border, where it is itself at risk."],
    "strikes", "strikes", 2, GLB, a=CB, n="theme piece (analysis of glide bombs); mentions the Kharkiv strike only in passing and must not merge with it"),
  E("2032-12-20 15:05", "UK signs \u00a3600m ammunition deal for Ukraine",
    ["Britain has signed a \u00a3600m contract for 155mm artillery shells for Ukraine, to be produced in England and Wales over two years, the Ministry of Defence said."],
    "aid", "aid", 3, UKA, a=CB, n="two seeds of the day (also 21443-04)"),
  E("2032-12-20 12:40", "Kupiansk shelled, one killed",
    ["A 64-year-old man was killed when Russian artillery shelled the centre of Kupiansk, east of Kharkiv, the regional administration said."],
    "strikes", "strikes", 3, "kupiansk-shelling-2032-12-20", a=CB,
    n="deadly strike in the same Kharkiv region on the same day, different town and event: must not merge with the Kharkiv city strike"),
  E("2032-12-20 10:20", "Glide bombs hit Kharkiv apartment block, at least three dead",
    ["Russian aircraft dropped at least two guided bombs on Saltivka, Kharkiv's largest residential district, at about 9.30am, killing three people and trapping others under the rubble of a 16-storey block."],
    "strikes", "strikes", 3, KHA, a=CB, n="toll 3"),
  E("2032-12-20 08:05", "Ukraine says it hit oil depot in Russia's Bryansk region",
    ["Ukraine's General Staff said its long-range drones had struck an oil depot in Russia's Bryansk region overnight, causing a large fire. Russian officials said debris had fallen on an industrial site but gave no details."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2032-12-20", a=CB),
  ]))

# ---------------------------------------------------------------- 21442 Pelterby Herald (day 3, HTML live, oldest first, CET)
SEEDS.append(dict(
  id="21442", name="21442_pelterby-htmllive", ext="html", source="Pelterby Herald", zone="Europe/Rome", render=r_b_htmlcet,
  title="Ukraine, live: glide-bomb attack on Kharkiv, EU agrees new sanctions", url="https://pelterby-herald.example/live/ukraine-20-12-2032",
  dateline="Monday, 20 December 2032", lede="All the news on the war in Ukraine, updated through the day.",
  basis="stamp '{s}' (zone printed; CET = UTC+1) under the dateline 'Monday, 20 December 2032'; local {d} in {z}",
  notes="Invented outlet (Rome). HTML live page, oldest first. NewsArticle JSON-LD with page-level dates only. Each entry: '10:05 CET' in a span, h3 headline, body, then the author in parentheses. 21442-05 repeats 21442-04 almost verbatim (duplicate_of 21442-04). Kharkiv toll here: 5, then 7.",
  not_entries=["header and navigation", "page title, dateline and summary", "time spans (stamps)", "author lines in parentheses", "app promo box after the second entry", "footer"],
  entries=[
  E("2032-12-20 10:05", "Glide-bomb attack on Kharkiv kills at least five",
    ["At least five people were killed and more than twenty wounded in a Russian glide-bomb attack on a residential block in Kharkiv's Saltivka district, the regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Giulia Ferrandi", n="toll 5"),
  E("2032-12-20 11:30", "Rome to send SAMP/T spare parts by January",
    ["Italy will deliver spare parts and a batch of missiles for the SAMP/T air defence system it supplied to Ukraine before the end of January, the defence minister told the Senate. The value was classified."],
    "aid", "aid", 2, "italy-samp-t-parts-2032-12-20", a="Marco Del Vecchio"),
  E("2032-12-20 13:20", "Kharkiv: seven dead, rescuers still searching",
    ["The toll from the morning attack on Kharkiv has risen to seven. Rescuers with dogs are searching the collapsed entrance of the building, where two residents are still missing."],
    "strikes", "strikes", 3, KHA, a="Giulia Ferrandi", n="toll 7"),
  E("2032-12-20 14:45", "EU foreign ministers adopt new sanctions package",
    ["Meeting in Brussels, EU foreign ministers adopted a new package of sanctions against Russia, which adds 48 tankers of the shadow fleet to the blacklist and bans transactions with five banks in Central Asia and the Gulf."],
    "diplomacy", "diplomacy", 3, EUS, a="Marco Del Vecchio"),
  E("2032-12-20 15:30", "EU foreign ministers adopt new package of sanctions",
    ["Meeting in Brussels, EU foreign ministers adopted a new package of sanctions against Russia, which adds 48 shadow fleet tankers to the blacklist and bans transactions with five banks in Central Asia and the Gulf."],
    "diplomacy", "diplomacy", 1, EUS, a="Marco Del Vecchio", dup="21442-04", n="near-verbatim repeat of 21442-04"),
  E("2032-12-20 18:00", "Vatican envoy to travel to Moscow on return of children",
    ["The Pope's envoy for Ukraine will travel to Moscow this week to discuss the return of Ukrainian children taken to Russia, the Holy See's press office said."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2032-12-20", a="Giulia Ferrandi"),
  ]))

# ---------------------------------------------------------------- 21443 Wrenscombe Journal (day 3, text key-events list, London)
SEEDS.append(dict(
  id="21443", name="21443_wrenscombe-keyevents", ext="txt", source="Wrenscombe Journal", zone="Europe/London", render=r_b_keyevents,
  title="Russia-Ukraine war: the key events of day 3,953", dateline="Updated 20 December 2032, 18:30 GMT",
  lede="Here is where things stand on Monday evening.", more="Catch up on yesterday's key events.",
  basis="no per-item time; the page's single 'Updated 20 December 2032, 18:30 GMT' line applies to every item; local {d} in {z}",
  notes="Invented outlet. A 'key events' digest page (text): title with the war's day number (day 3,953 counted from 24 February 2022 as day 1), one 'Updated' line with date, time and zone, then section headings 'Fighting', 'Military aid', 'Politics and diplomacy'; each paragraph under them is one entry with no headline and no stamp (headline null, stamp null, published = the Updated line). No byline (author null). The Belgorod drone strike (21443-02) is on the Russian side of the same border area: must not merge with the Kharkiv strike.",
  not_entries=["masthead and navigation", "title 'Russia-Ukraine war: the key events of day 3,953'", "'Updated ...' line (page time)", "intro line 'Here is where things stand on Monday evening.'",
               "section headings 'Fighting', 'Military aid', 'Politics and diplomacy'", "closing link 'Catch up on yesterday's key events.'", "footer"],
  entries=[
  E("2032-12-20 18:30", None,
    ["Russian glide bombs hit an apartment block in Kharkiv's Saltivka district on Monday morning, killing at least seven people and wounding more than 30, according to regional governor Oleh Syniehubov."],
    "strikes", "strikes", 3, KHA, section="Fighting", n="toll 7"),
  E("2032-12-20 18:30", None,
    ["Four people were injured when Ukrainian drones hit a car park in the Russian city of Belgorod, the regional governor said."],
    "strikes", "strikes", 2, "belgorod-drone-strike-2032-12-20", section="Fighting",
    n="strike across the border from Kharkiv on the same day, by the other side: must not merge with the Kharkiv strike"),
  E("2032-12-20 18:30", None,
    ["Ukraine's General Staff said its forces had repelled 22 Russian assaults near Pokrovsk and Kostiantynivka over the past day."],
    "other", "frontline", 2, "pokrovsk-assaults-repelled-2032-12-20", section="Fighting"),
  E("2032-12-20 18:30", None,
    ["The United Kingdom signed a \u00a3600m contract for artillery shells for Ukraine, to be made in British factories over the next two years."],
    "aid", "aid", 3, UKA, section="Military aid"),
  E("2032-12-20 18:30", None,
    ["EU foreign ministers agreed a new package of sanctions on Russia, aimed at the shadow fleet of oil tankers and at banks in third countries that handle payments for Russian arms makers."],
    "diplomacy", "diplomacy", 3, EUS, section="Politics and diplomacy"),
  E("2032-12-20 18:30", None,
    ["Kremlin spokesman Dmitry Peskov said Moscow saw \u201cno basis\u201d for new talks with Kyiv while Western countries kept sending weapons."],
    "diplomacy", "diplomacy", 2, "peskov-no-basis-for-talks-2032-12-20", section="Politics and diplomacy"),
  ]))


if __name__ == "__main__":
    main()
