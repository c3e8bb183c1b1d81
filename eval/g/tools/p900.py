from common import *

# ---------------- 900 CBS News style plain-text live blog (US Eastern, EST) ----------------
def p900():
    Z = "America/New_York"
    AU = "Nora Haskell"
    B = "Page header 'Updated on: March 9, 2023 / 8:04 PM EST'; per-post stamps are clock times in EST (UTC-5 before the 12 March DST switch), newest first, all on 9 March local."
    es = [
        E(None, "2023-03-09 19:58", [
            "Ukraine's grid operator said late Thursday that electricity had been restored to most households in Kharkiv and Odesa, hours after the morning salvo knocked out substations in both cities.",
            "Repair crews were still working in the Zhytomyr region, where around 40,000 homes remained without heat, the operator added."],
          "strikes", "strikes", 3, "march-9-missile-barrage", au=AU,
          note="Post with no headline: the stamp is followed directly by the body. 19:58 EST = 00:58 UTC on 10 March (crosses UTC midnight)."),
        E("Wagner chief claims his fighters hold all of eastern Bakhmut", "2023-03-09 19:20", [
            "The head of the Wagner mercenary group said Thursday evening that his units now control every district of Bakhmut east of the Bakhmutka river.",
            "Ukraine's military did not confirm the claim and said its troops were still holding defensive lines in the city's western neighborhoods.",
            "CBS News could not independently verify either account."],
          "other", "frontline", 2, "wagner-eastern-bakhmut-claim", au=AU,
          note="19:20 EST = 00:20 UTC on 10 March."),
        E("Photos: Rescue crews dig through ruined homes in Lviv region", "2023-03-09 18:41", [],
          "strikes", "strikes", 1, "lviv-region-rescue-photos", au=AU,
          note="Gallery teaser with no text body; separate story per LABELS (gallery)."),
        E("U.S. unveils $400 million weapons package for Kyiv", "2023-03-09 17:15", [
            "The Pentagon on Thursday announced another tranche of military aid for Ukraine worth about $400 million, drawn from existing American stockpiles.",
            "The package includes ammunition for HIMARS launchers, 155mm artillery shells and bridging equipment, a defense official told reporters.",
            "It is the 34th drawdown of U.S. equipment for Ukraine since August 2021."],
          "aid", "aid", 3, "us-400m-package-march-9", au=AU),
        E("Kremlin calls the barrage \"retaliation\" for a border raid in Bryansk", "2023-03-09 15:02", [
            "Russia's Defense Ministry said the overnight strikes were a \"massive retaliatory strike\" for what it called a sabotage incursion into the Bryansk region last week.",
            "Moscow said all designated targets had been hit, including drone bases and parts of Ukraine's energy system. Kyiv has denied any involvement in the Bryansk incident."],
          "strikes", "strikes", 3, "march-9-missile-barrage", au=AU,
          note="Russia's justification of the same attack: same story as the barrage."),
        E("Zaporizhzhia nuclear plant loses outside power for sixth time", "2023-03-09 12:47", [
            "Europe's largest nuclear power station was cut off from its last external power line during the Russian attack and switched to emergency diesel generators, the International Atomic Energy Agency said.",
            "The agency's director general said the plant had about 10 days of diesel on site and warned that \"each time we are rolling a dice.\""],
          "strikes", "strikes", 2, "zaporizhzhia-plant-blackout-march-9", au=AU,
          note="Judgement call: damage from the same barrage, but told as a distinct event (the plant's blackout, reported by the IAEA); kept as its own story."),
        E("At least six dead after missile strikes homes in Lviv region", "2023-03-09 09:30", [
            "A missile struck a residential area in a village in the Zolochiv district in western Ukraine, killing at least six people, the regional governor said on Telegram.",
            "Rescuers were still searching the debris of three houses, he said, adding that the death toll could rise."],
          "strikes", "strikes", 3, "march-9-missile-barrage", au=AU),
        E("Russia fires six hypersonic missiles in nationwide attack", "2023-03-09 07:05", [
            "Russia launched 81 missiles at Ukraine overnight, including six Kinzhal hypersonic missiles that Ukraine's air defenses are unable to stop, the Ukrainian air force said.",
            "Air raid sirens sounded across the whole country for several hours. Explosions were reported in Kyiv, Kharkiv, Odesa, Dnipro and the western city of Lviv."],
          "strikes", "strikes", 3, "march-9-missile-barrage", au=AU),
        E("Explainer: What makes Russia's Kinzhal missile so hard to stop?", "2023-03-09 06:12", [],
          "strikes", "strikes", 1, "kinzhal-explainer", au=AU,
          note="Explainer teaser: headline and a 'Read more' link only, no body."),
        E("Zelenskyy says fall of Bakhmut would open the road for Russia", "2023-03-08 18:55", [
            "President Volodymyr Zelenskyy said in an interview aired Wednesday that if Bakhmut fell, Russian forces would have an \"open road\" to other cities in the Donetsk region.",
            "He said his commanders were unanimous that the city should be defended for now."],
          "other", "frontline", 2, "zelenskyy-bakhmut-open-road", au=AU,
          note="Previous-day post carrying its own date in the stamp line ('March 8, 2023 / 6:55 PM EST' = 23:55 UTC on 8 March)."),
    ]
    L = ["Skip to main content", "CBS News", "Watch CBS News", "U.S.", "World", "Politics", "Entertainment",
         "HealthWatch", "MoneyWatch", "Crime", "Sports", "Live", "Search", "",
         "WORLD", "",
         "Russia-Ukraine war live updates: Russia pounds Ukraine with hypersonic missiles in huge overnight barrage", "",
         "Updated on: March 9, 2023 / 8:04 PM EST / CBS News", "",
         "By Nora Haskell", "",
         "Share", "Facebook", "Twitter", "Reddit", "Flipboard", "Email", "",
         "Russia hit cities from Kharkiv to Lviv with dozens of cruise and ballistic missiles on Thursday, leaving large parts of the country without electricity. Follow the day's developments below.", "",
         "What to know:", "",
         "Ukraine says 81 missiles were fired, including six Kinzhals", "",
         "The Zaporizhzhia nuclear plant is on diesel backup again", "",
         "The U.S. is sending another $400 million in weapons", "",
         "Latest Updates", ""]
    for e in es:
        dt = loc(e["t"], Z)
        if dt.day == 8:
            e["stamp"] = "March 8, 2023 / " + ampm(dt) + " EST"
        else:
            e["stamp"] = ampm(dt) + " EST"
        L.append(e["stamp"])
        if e["h"]:
            L.append(e["h"])
        L += e["body"]
        if e["h"] and e["h"].startswith("Photos"):
            L.append("See the images")
        if e["h"] and e["h"].startswith("Explainer"):
            L.append("Read more")
        L.append("")
    L += ["", "More from CBS News", "Ukraine's spring offensive: What to expect", "How the war reshaped Europe's energy map", "",
          "\u00a9 2023 CBS Interactive Inc. All Rights Reserved.", "Terms of Use", "Privacy Policy", "Do Not Sell My Personal Information"]
    notes = ("CBS News-style live blog scraped as text. One page-wide byline 'By Nora Haskell' under the title, applied to every post. "
             "Stamps are 'H:MM PM EST' lines above each post (no date), the page header gives 'March 9, 2023'. EST = UTC-5, so the 7:20 PM and 7:58 PM posts "
             "fall on 10 March UTC; the last post carries its own date 'March 8, 2023 / 6:55 PM EST' (= 23:55 UTC 8 March). "
             "The 'What to know:' bullets are a summary, not a Key Points block and not entries. Photo and explainer teasers have no body.")
    ne = ["navigation menu (Skip to main content ... Search)", "section label 'WORLD'", "page title line", "'Updated on: March 9, 2023 / 8:04 PM EST / CBS News' header stamp",
          "byline 'By Nora Haskell'", "share row (Share, Facebook, Twitter, Reddit, Flipboard, Email)", "intro paragraph 'Russia hit cities from Kharkiv to Lviv...'",
          "'What to know:' summary bullets (3 lines)", "'Latest Updates' header", "'See the images' and 'Read more' link labels", "'More from CBS News' related links", "footer"]
    return write_page("900", "cbsnews_live", "txt", "CBS News",
                      "Russia-Ukraine war live updates: Russia pounds Ukraine with hypersonic missiles in huge overnight barrage",
                      Z, "\n".join(L) + "\n", es, notes, ne, B)
