from common import *

# ---------------- 902 Hindustan Times style text live blog (IST) ----------------
def p902():
    Z = "Asia/Kolkata"
    B = "Explicit date and time in each post stamp ('Apr 18, 2023 11:40 PM IST'); IST = UTC+5:30."
    es = [
        E("Russian court keeps US reporter Gershkovich in custody", "2023-04-18 23:40", [
            "A Moscow court on Tuesday rejected an appeal by Wall Street Journal reporter Evan Gershkovich against his pre-trial detention on espionage charges.",
            "The journalist, who denies the charges, appeared in a glass defendants' cage. His newspaper called the ruling deeply disappointing."],
          "other", "security", 2, "gershkovich-appeal-rejected"),
        E("G7 ministers warn of 'severe costs' for anyone arming Russia", "2023-04-18 22:05", [
            "Foreign ministers of the Group of Seven, meeting in the Japanese resort town of Karuizawa, said third countries that provide weapons to Russia would face severe costs.",
            "Their joint statement also pledged to keep up sanctions and to support Ukraine for as long as it takes."],
          "diplomacy", "diplomacy", 3, "g7-karuizawa-statement"),
        E("Putin visits military headquarters in occupied Kherson region", "2023-04-18 20:20", [
            "Russian President Vladimir Putin visited the command posts of Russian forces in the occupied parts of the Kherson and Luhansk regions, the Kremlin said on Tuesday.",
            "State television showed him being briefed by commanders, though the Kremlin did not say when the trip took place."],
          "other", "frontline", 3, "putin-visits-occupied-kherson-luhansk", sec=["politics"]),
        E("Kyiv mocks Putin's trip as a 'special tour of a degenerate'", "2023-04-18 18:55", [
            "An adviser to Ukraine's presidential office derided the Kremlin leader's visit, saying he had come to enjoy the crimes of his army in the occupied territories.",
            "Ukrainian officials also questioned whether the man shown in the footage was really Putin."],
          "other", "frontline", 3, "putin-visits-occupied-kherson-luhansk",
          note="Ukrainian reaction to the visit reported in the post above; same story."),
        E("Watch | Drone footage shows ruined streets of Bakhmut", "2023-04-18 16:30", [],
          "other", "frontline", 1, "bakhmut-drone-video", note="Video-only post, no body."),
        E("India calls for 'dialogue and diplomacy' at UN Security Council", "2023-04-18 13:15", [
            "India's permanent representative told the Security Council that the path forward in Ukraine must be found through dialogue and diplomacy.",
            "She said the conflict's effects on food and fuel prices were being felt most by countries of the Global South."],
          "diplomacy", "diplomacy", 2, "india-unsc-dialogue-call"),
        E("Death toll in Sloviansk missile strike climbs to 15", "2023-04-18 10:30", [
            "Rescuers in the eastern Ukrainian city of Sloviansk finished clearing the rubble of a five-storey apartment block hit by Russian missiles, with the number of dead rising to 15, including a two-year-old boy.",
            "The Donetsk regional governor said 24 people were wounded in Friday's attack."],
          "strikes", "strikes", 3, "sloviansk-missile-strike-april"),
        E("Russia's Pacific Fleet put on high alert in snap drills", "2023-04-18 04:50", [
            "Russia's Pacific Fleet was placed on high alert for surprise combat readiness exercises, the defence ministry in Moscow said.",
            "Defence minister Sergei Shoigu said the drills would practise repelling an enemy landing on Sakhalin and the southern Kuril Islands."],
          "other", "security", 2, "russia-pacific-fleet-snap-drills",
          note="04:50 AM IST on 18 Apr = 23:20 UTC on 17 Apr (previous UTC day)."),
    ]
    L = ["Hindustan Times", "Explore", "Search", "Sign In", "Subscribe", "", "Home", "Latest News", "India News", "World News",
         "Cricket", "Entertainment", "Trending", "Videos", "", "World News / Russia Ukraine War News Live Updates: Putin visits occupied Kherson, Luhansk regions", "",
         "Russia Ukraine War News Live Updates: Putin visits occupied Kherson, Luhansk regions", "",
         "The Kremlin says President Putin toured military headquarters in two occupied regions, while G7 ministers meeting in Japan vowed to keep the pressure on Moscow. Follow all the updates here.",
         "", "By HT News Desk", "", "Updated on Apr 18, 2023 11:52 PM IST", "", "Share Via", "Copy link", "", "Read Time: 3 min", "", "Follow us", ""]
    for e in es:
        dt = loc(e["t"], Z)
        e["stamp"] = dt.strftime("%b %d, %Y ") + ampm(dt, "{h:02d}:{m:02d} {ap}") + " IST"
        e["au"] = "HT News Desk"
        L += [e["stamp"], "", e["h"], ""]
        if e["body"]:
            L += [p for b in e["body"] for p in (b, "")]
        else:
            L += ["Video", ""]
        L += ["Share this article", ""]
        if e["h"].startswith("Death toll"):
            L += ["Also Read: India set to overtake China as world's most populous nation, UN estimates", ""]
    L += ["Catch all the Latest News, Breaking News and World News along with latest updates on Russia Ukraine War at Hindustan Times.", "",
          "Topics", "Russia Ukraine war", "Vladimir Putin", "G7", "", "Copyright \u00a9 HT Digital Streams Ltd"]
    notes = ("Hindustan Times-style live page as text: every post has a full stamp 'Apr 18, 2023 HH:MM PM IST' on its own line above the headline, "
             "with blank lines between paragraphs. The page byline 'By HT News Desk' applies to all posts (no per-post bylines). IST = UTC+5:30; "
             "the last post (04:50 AM IST) falls on 17 Apr UTC. The standfirst under the title and the 'Also Read' link (population story) are not entries.")
    ne = ["masthead/navigation (Hindustan Times ... Videos)", "breadcrumb line", "page title", "standfirst 'The Kremlin says President Putin toured...'",
          "'By HT News Desk'", "'Updated on Apr 18, 2023 11:52 PM IST'", "Share Via / Copy link / Read Time / Follow us", "'Video' label of the video post",
          "'Share this article' lines", "'Also Read: India set to overtake China...' related link (off-topic, not an entry)", "closing 'Catch all the Latest News...' line", "Topics list and copyright"]
    return write_page("902", "hindustantimes_live", "txt", "Hindustan Times",
                      "Russia Ukraine War News Live Updates: Putin visits occupied Kherson, Luhansk regions",
                      Z, "\n".join(L) + "\n", es, notes, ne, B)
