from common import *
from email.utils import format_datetime

# ---------------- 910 Xinhua style RSS 2.0 world feed (pubDate +0800) ----------------
def p910():
    Z = "Asia/Shanghai"
    B = "RSS pubDate with explicit +0800 offset (Beijing time), converted to UTC."
    OFF = "off-beat: not about the Russia-Ukraine war."
    es = [
        E("UN Security Council meets on Russia's large-scale strikes on Ukraine", "2023-12-30 07:10", [
            "The UN Security Council on Friday held an emergency meeting at the request of Ukraine and its allies following Russia's massive aerial attack, with members trading accusations over civilian casualties.",
            "China's deputy permanent representative called on all parties to exercise restraint and create conditions for a political settlement."],
          "diplomacy", "diplomacy", 3, "unsc-meeting-after-dec-29-strikes",
          note="pubDate 'Sat, 30 Dec 2023 07:10:00 +0800' = 23:10 UTC Fri 29 Dec: the printed date is the next day."),
        E("Thailand's tourism revenue tops 1 trillion baht in 2023", "2023-12-29 22:40", [
            "Thailand earned more than 1 trillion baht from foreign tourists this year as arrivals passed 27 million, the tourism ministry said on Friday."],
          "other", "unrelated", 1, "thailand-tourism-revenue-2023", note=OFF),
        E("Ukraine says Russia launches largest air attack since conflict began", "2023-12-29 21:05", [
            "Russia launched 122 missiles and 36 drones against Ukrainian cities on Friday, killing at least 30 people in what Ukraine's air force described as the most massive aerial attack since the conflict began.",
            "Explosions were reported in Kiev, Lviv, Odessa, Dnipro and Kharkiv, where a maternity hospital, shopping centers and residential buildings were damaged, Ukrainian officials said."],
          "strikes", "strikes", 3, "dec-29-massive-air-attack"),
        E("Poland says unidentified object entered its airspace during attack on Ukraine", "2023-12-29 19:30", [
            "Poland's armed forces said an unidentified air object, most likely a missile, entered Polish airspace from the direction of Ukraine on Friday morning and left it about three minutes later.",
            "Warsaw said it had scrambled fighter jets and summoned the Russian charge d'affaires."],
          "strikes", "strikes", 2, "poland-airspace-object-dec-29", sec=["diplomacy"]),
        E("Yangtze River Delta rail network tops 14,000 km", "2023-12-29 18:00", [
            "The high-speed rail network in the Yangtze River Delta region has exceeded 14,000 km in total length, according to the China State Railway Group."],
          "other", "unrelated", 1, "yangtze-delta-rail-network", note=OFF),
        E("Israeli airstrikes kill dozens in central Gaza", "2023-12-29 16:20", [
            "At least 35 Palestinians were killed in Israeli airstrikes on refugee camps in the central Gaza Strip overnight, the Hamas-run health ministry said on Friday."],
          "other", "unrelated", 1, "gaza-central-airstrikes-dec-29", note=OFF + " (Gaza war, not Russia-Ukraine)"),
        E("Russia says it hit Ukrainian military-industrial facilities", "2023-12-29 14:45", [
            "The Russian Defense Ministry said on Friday that its forces had carried out a massive strike with high-precision weapons on Ukrainian military-industrial facilities, ammunition depots and airfields.",
            "All designated targets were hit, the ministry said in a statement."],
          "strikes", "strikes", 3, "dec-29-massive-air-attack", note="Russian account of the same attack as 910-03."),
        E("Egypt's Suez Canal revenue hits record", "2023-12-29 12:10", [
            "Revenue from the Suez Canal reached a record 10.25 billion U.S. dollars in 2023, the Suez Canal Authority said."],
          "other", "unrelated", 1, "suez-canal-revenue-2023", note=OFF),
        E("S. Korea's exports expected to rebound in 2024", "2023-12-29 10:30", [
            "South Korea's exports are forecast to grow by more than 8 percent next year on a recovery in semiconductor demand, the trade ministry said on Friday."],
          "other", "unrelated", 1, "south-korea-exports-2024", note=OFF),
    ]
    items = []
    for n, e in enumerate(es):
        dt = loc(e["t"], Z)
        e["stamp"] = format_datetime(dt)
        desc = e["body"][0] if len(e["body"]) == 1 else "<![CDATA[" + "".join(f"<p>{p}</p>" for p in e["body"]) + "]]>"
        if len(e["body"]) == 1:
            desc = ent(desc)
        items.append(f'''    <item>
      <title>{ent(e["h"])}</title>
      <link>https://english.news.cn/20231229/{n + 1:02d}a7c3e/c.html</link>
      <guid isPermaLink="false">xinhua-20231229-{n + 1:02d}</guid>
      <description>{desc}</description>
      <pubDate>{e["stamp"]}</pubDate>
      <category>World</category>
    </item>
''')
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Xinhua | World</title>
    <link>https://english.news.cn/world/</link>
    <description>Latest world news from Xinhua News Agency</description>
    <language>en</language>
    <lastBuildDate>Sat, 30 Dec 2023 07:15:00 +0800</lastBuildDate>
    <atom:link href="https://english.news.cn/rss/worldrss.xml" rel="self" type="application/rss+xml"/>
    <image><url>https://english.news.cn/logo.png</url><title>Xinhua | World</title><link>https://english.news.cn/</link></image>
{"".join(items)}  </channel>
</rss>
'''
    notes = ("Xinhua-style general world RSS 2.0 feed; only 4 of 9 items are about the Russia-Ukraine war (the Gaza item is another war: unrelated). pubDate carries +0800 "
             "(RFC 822), so 'Sat, 30 Dec 2023 07:10:00 +0800' is 29 Dec 23:10 UTC; all items fall on 29 Dec UTC. Descriptions: single-paragraph ones are plain escaped text, "
             "multi-paragraph ones are CDATA with <p> tags (body_paragraphs = number of <p>). No author elements (author null). Uses 'Kiev'/'Odessa' spellings. "
             "The Russian Defense Ministry's account and Ukraine's account of the 29 Dec attack share a story.")
    ne = ["channel title/link/description/language/lastBuildDate", "atom:link self", "channel image block"]
    return write_page("910", "xinhua_world", "xml", "Xinhua", "Xinhua | World", Z, xml, es, notes, ne, B)
