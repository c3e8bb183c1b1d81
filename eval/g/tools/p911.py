from common import *

# ---------------- 911 Baltic Times style Atom feed (+02:00) ----------------
def p911():
    Z = "Europe/Riga"
    B = "Atom <published> with explicit +02:00 offset (EET), converted to UTC."
    OFF = "off-beat: not about the war."
    es = [
        E("Dnipro death toll rises to 12 as rescuers search collapsed apartment block", "2023-01-15 00:35", [
            "At least 12 people, including a 15-year-old girl, were killed when a Russian missile destroyed part of a nine-storey apartment building in Dnipro on Saturday, regional officials said.",
            "More than 60 people were injured and dozens were still believed to be under the rubble late in the evening."],
          "strikes", "strikes", 3, "jan-14-missile-wave", au="BNS",
          note="published 2023-01-15T00:35:00+02:00 = 22:35 UTC 14 Jan; <updated> is later (01:50+02:00) but the entry was first published at 00:35."),
        E("Estonia readies its largest military aid package for Ukraine", "2023-01-14 21:10", [
            "Estonia's government is preparing a new military aid package for Ukraine that will include 155mm howitzers, ammunition and anti-tank grenade launchers, Defence Minister Hanno Pevkur said.",
            "Officials said the package would be the country's largest so far, worth more than 100 million euros."],
          "aid", "aid", 3, "estonia-largest-aid-package", au="Kaarel Tamm"),
        E("Riga airport passenger numbers recover to 70 percent of pre-pandemic level", "2023-01-14 19:45", [
            "Riga International Airport served 5.3 million passengers last year, around 70 percent of the 2019 figure, the airport said."],
          "other", "unrelated", 1, "riga-airport-passengers-2022", au="LETA", note=OFF),
        E("Russian missiles hit Kyiv, Kharkiv and Dnipro in new wave of strikes", "2023-01-14 18:20", [
            "Russia launched dozens of cruise missiles at targets across Ukraine on Saturday, hitting energy infrastructure in Kharkiv and Kyiv and a residential building in Dnipro.",
            "Ukrainian grid operator Ukrenergo announced emergency power cuts in several regions."],
          "strikes", "strikes", 3, "jan-14-missile-wave", au="BNS"),
        E("UK to send Challenger 2 tanks to Ukraine", "2023-01-14 16:30", [
            "British Prime Minister Rishi Sunak told Ukrainian President Volodymyr Zelensky that the UK would supply Challenger 2 main battle tanks and additional artillery systems, Downing Street said.",
            "The UK becomes the first country to pledge Western-made heavy tanks to Ukraine."],
          "aid", "aid", 3, "uk-challenger-tanks-pledge", au="TBT Staff"),
        E("Nauseda urges Berlin to allow Leopard deliveries", "2023-01-14 14:00", [
            "Lithuanian President Gitanas Nauseda said Germany should allow Leopard tanks to be sent to Ukraine, adding that further delays were costing Ukrainian lives."],
          "aid", "aid", 2, "nauseda-leopard-call", au="BNS"),
        E("Estonia raises e-residency application fee", "2023-01-14 12:15", [
            "The Estonian government has approved an increase in the state fee for e-residency applications from 100 to 120 euros."],
          "other", "unrelated", 1, "estonia-e-residency-fee", au="TBT Staff", note=OFF),
        E("Kyiv denies Russian claims that Soledar has fallen", "2023-01-14 10:40", [
            "Ukraine's military said fighting was continuing in Soledar, rejecting statements by Moscow that Russian forces had taken full control of the salt-mining town.",
            "Russia's defence ministry on Friday said the town had been captured, its first claimed gain in months."],
          "other", "frontline", 2, "soledar-capture-claim", au="BNS"),
        E("Vilnius to recycle Christmas trees into heating fuel", "2023-01-14 09:05", [
            "Residents of Vilnius can leave their Christmas trees at 40 collection points across the city until the end of January, the municipality said."],
          "other", "unrelated", 1, "vilnius-christmas-tree-recycling", au="LETA", note=OFF),
    ]
    ents = []
    for n, e in enumerate(es):
        dt = loc(e["t"], Z)
        e["stamp"] = dt.isoformat()
        upd = "2023-01-15T01:50:00+02:00" if n == 0 else e["stamp"]
        content = ent("".join(f"<p>{p}</p>" for p in e["body"]))
        ents.append(f'''  <entry>
    <title type="html">{ent(ent(e["h"]))}</title>
    <link rel="alternate" type="text/html" href="https://www.baltictimes.com/news/articles/{31900 + n}/"/>
    <id>tag:baltictimes.com,2023:article-{31900 + n}</id>
    <published>{e["stamp"]}</published>
    <updated>{upd}</updated>
    <author><name>{ent(e["au"])}</name></author>
    <content type="html">{content}</content>
  </entry>
''')
    xml = f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>The Baltic Times</title>
  <subtitle>News from Estonia, Latvia and Lithuania</subtitle>
  <link rel="self" href="https://www.baltictimes.com/rss/atom.xml"/>
  <link rel="alternate" href="https://www.baltictimes.com/"/>
  <id>tag:baltictimes.com,2023:feed</id>
  <updated>2023-01-15T01:50:00+02:00</updated>
  <generator>BT CMS</generator>
{"".join(ents)}</feed>
'''
    notes = ("Baltic Times-style Atom feed of general Baltic news; 5 of 9 entries are about the war, 4 are local off-beat items. <published> carries +02:00 (EET); "
             "the first entry (00:35+02:00 on 15 Jan) is 22:35 UTC on 14 Jan, and its <updated> is later (01:50+02:00). Content is type=\"html\" (escaped <p> markup; "
             "body_paragraphs = number of <p>). Authors are agency credits (BNS, LETA), 'TBT Staff' or a person. Dnipro building strike and the nationwide missile wave are one story.")
    ne = ["feed title/subtitle/links/id/updated/generator"]
    return write_page("911", "baltictimes_atom", "xml", "The Baltic Times", "The Baltic Times", Z, xml, es, notes, ne, B)
