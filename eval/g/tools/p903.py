from common import *

# ---------------- 903 Irish Times style article with crossheads (Europe/Dublin, IST=UTC+1) ----------------
def p903():
    Z = "Europe/Dublin"
    AU = "Hanna Breen"
    T = "2023-05-22 19:10"
    B = ("Article, not a live blog: the only stamp is the header 'Mon May 22 2023 - 19:10' (Irish Standard Time, UTC+1 in May), "
         "so every section takes 18:10 UTC on 22 May.")
    es = [
        E("Bakhmut", T, [
            "Ukraine insisted on Monday that its soldiers were still clinging to a small part of Bakhmut, two days after Moscow declared that the ruined city had fallen.",
            "Deputy defence minister Hanna Maliar said Ukrainian units were advancing on the city's northern and southern flanks, describing the outskirts as \"semi-encircled\".",
            "Russian state media broadcast images of Wagner fighters raising flags over the city centre, and the Kremlin congratulated the group and the army on what it called a liberation."],
          "other", "frontline", 3, "bakhmut-fall-claim-disputed", au=AU),
        E("Cross-border raid", T, [
            "Russian officials reported heavy fighting in the Belgorod region after what they described as a Ukrainian sabotage group crossed the border near the town of Graivoron.",
            "Two groups of Russian volunteers fighting on Ukraine's side claimed responsibility, while Kyiv said the operation was an internal Russian affair.",
            "The regional governor introduced a counter-terrorism regime and said several villagers had been wounded by shelling."],
          "other", "frontline", 3, "belgorod-cross-border-raid", sec=["security"], au=AU),
        E("Dnipro", T, [
            "Eight people were injured when Russian missiles and drones struck Dnipro and the surrounding region overnight, according to local authorities.",
            "A veterinary clinic and a fire station were damaged in the city, and firefighters spent the early hours putting out blazes."],
          "strikes", "strikes", 2, "dnipro-overnight-strike-may-22", au=AU),
        E("Fighter jets", T, [
            "Allies were working out the details of a coalition to train Ukrainian pilots on F-16 jets, after US president Joe Biden dropped his opposition to the plan at the G7 summit in Hiroshima.",
            "The Netherlands and Denmark said they would lead the effort, and Britain said it would begin basic flight training this summer."],
          "aid", "aid", 3, "f16-training-coalition", au=AU),
        E("Irish contribution", T, [
            "The Government said Ireland would provide a further \u20ac5 million for humanitarian demining in Ukraine, funded through the European Peace Facility's non-lethal strand.",
            "Tánaiste Micheál Martin said the money would help farmers return to land contaminated by mines and unexploded shells."],
          "aid", "aid", 2, "ireland-demining-funding", au=AU),
        E("Sanctions", T, [
            "EU foreign ministers meeting in Brussels discussed an eleventh package of sanctions aimed at closing loopholes that allow restricted goods to reach Russia through third countries.",
            "Hungary said it would not back the package while a Hungarian bank remained on a Ukrainian list of international sponsors of war."],
          "diplomacy", "diplomacy", 2, "eu-eleventh-sanctions-package", au=AU),
    ]
    L = ["The Irish Times", "Subscribe", "Sign In", "", "News", "Sport", "Business", "Opinion", "Life & Style", "Culture", "Podcasts", "", "World", "Europe", "",
         "Ukraine insists it still holds corner of Bakhmut as Russia celebrates capture", "",
         "Kyiv says its troops are advancing on the city's flanks; armed group crosses into Russia's Belgorod region", "",
         "Hanna Breen in Kyiv", "", "Mon May 22 2023 - 19:10", "",
         "Image: Smoke rises over Bakhmut on Sunday. Photograph: Stringer/EPA", ""]
    for e in es:
        e["stamp"] = "Mon May 22 2023 - 19:10"
        L += [e["h"], ""] + [p for b in e["body"] for p in (b, "")]
        if e["h"] == "Dnipro":
            L += ["Explained: Who are the Russian volunteer units fighting for Ukraine?", ""]
    L += ["Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone", "",
          "More Stories", "Zelenskiy leaves G7 with new pledges but no timeline for jets", "Russia's Wagner boss threatens to pull fighters out of Bakhmut", "",
          "\u00a9 2023 The Irish Times DAC"]
    notes = ("Irish Times-style single article (text scrape), not a live blog. One byline 'Hanna Breen in Kyiv' (author 'Hanna Breen') and one stamp "
             "'Mon May 22 2023 - 19:10' under the standfirst. As with the reference article seed, each crosshead (Bakhmut, Cross-border raid, Dnipro, Fighter jets, "
             "Irish contribution, Sanctions) is one entry whose headline is the crosshead; the header stamp is the stamp of every section. "
             "The line 'Explained: Who are the Russian volunteer units fighting for Ukraine?' inside the article is a related-article link, not an entry.")
    ne = ["masthead and navigation", "section breadcrumb 'World / Europe'", "article headline (page title)", "standfirst 'Kyiv says its troops are advancing...'",
          "byline 'Hanna Breen in Kyiv'", "stamp line 'Mon May 22 2023 - 19:10'", "photo caption 'Image: Smoke rises over Bakhmut...'",
          "in-article related link 'Explained: Who are the Russian volunteer units fighting for Ukraine?'", "push-alert sign-up line", "'More Stories' and its two links", "copyright"]
    return write_page("903", "irishtimes_article", "txt", "The Irish Times",
                      "Ukraine insists it still holds corner of Bakhmut as Russia celebrates capture",
                      Z, "\n".join(L) + "\n", es, notes, ne, B)
