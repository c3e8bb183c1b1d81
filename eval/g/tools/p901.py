from common import *

# ---------------- 901 Sydney Morning Herald style text live blog (AEDT) ----------------
def p901():
    Z = "Australia/Sydney"
    PA = "Caroline Vess"
    B = "Page header 'Updated February 14, 2023 — 4.32pm, first published at 5.20am'; post stamps are Sydney times (AEDT, UTC+11) on 14 Feb local; newest first."
    es = [
        E("Kyiv says it shot down six Russian balloons carrying radar reflectors", "2023-02-14 16:32", [
            "Ukraine's air force says it destroyed six objects that appeared to be Russian balloons over the capital, suggesting Moscow was using them to expose and exhaust air defences.",
            "Officials said the balloons carried corner reflectors and possibly reconnaissance equipment, and no damage was reported."],
          "strikes", "strikes", 2, "kyiv-balloons-shot-down", au=PA,
          note="16:32 AEDT = 05:32 UTC 14 Feb."),
        E("Australian troops to help train Ukrainian recruits in Britain", "2023-02-14 15:15", [
            "Defence Minister Richard Marles has confirmed that about 70 Australian Defence Force personnel will travel to the United Kingdom to train Ukrainian soldiers.",
            "The contingent will join a British-led program that has already put more than 10,000 recruits through basic infantry courses.",
            "\"This is a practical contribution which Ukraine has asked for,\" Marles told reporters in Canberra."],
          "aid", "aid", 2, "australia-trainers-uk-program", au="Tom Arden",
          note="Per-post byline 'By Tom Arden' overrides the page byline."),
        E("Watch: Ukrainian gunners on the road to Bakhmut", "2023-02-14 13:50", [],
          "other", "frontline", 1, "bakhmut-gunners-video", au=PA,
          note="Video-only post: headline and an embedded player label, no text body."),
        E("Moldova's president accuses Moscow of plotting to topple her government", "2023-02-14 12:20", [
            "Moldovan President Maia Sandu says Russia planned to use saboteurs with military training, disguised as civilians, to stage violent protests and seize government buildings in Chisinau.",
            "The Kremlin has rejected the allegations as baseless."],
          "other", "security", 2, "moldova-coup-plot-allegation", au=PA),
        E("Allies are firing shells faster than they can make them, NATO chief warns", "2023-02-14 11:04", [
            "Ukraine is using artillery ammunition at a rate many times higher than NATO members can currently produce, Secretary-General Jens Stoltenberg said ahead of a meeting of the alliance's defence ministers in Brussels.",
            "He said the waiting time for large-calibre rounds had grown from 12 to 28 months and urged members to ramp up production."],
          "aid", "aid", 3, "stoltenberg-ammunition-race", au=PA, kp=True,
          note="Listed in the page's Key Points block. 11.04am AEDT = 00:04 UTC 14 Feb (just after UTC midnight)."),
        E("Wagner claims capture of village north of Bakhmut", "2023-02-14 10:48", [
            "The Wagner group says its fighters have taken the village of Krasna Hora on the northern edge of Bakhmut.",
            "Ukraine's General Staff did not mention the village in its evening update but said Russian attacks in the area had been repelled."],
          "other", "frontline", 2, "wagner-krasna-hora-claim", au=PA,
          note="10.48am AEDT = 23:48 UTC on 13 Feb: the previous UTC day although the page's local date is 14 Feb."),
        E("Missiles hit industrial site in Kharkiv overnight", "2023-02-14 08:30", [
            "Russian S-300 missiles struck an industrial facility in Kharkiv overnight, starting a large fire, regional governor Oleh Syniehubov said.",
            "One woman was injured, and emergency crews were working to contain the blaze into the early morning."],
          "strikes", "strikes", 3, "kharkiv-industrial-strike-feb-13", au=PA, kp=True,
          note="Listed in the Key Points block. 8.30am AEDT = 21:30 UTC 13 Feb."),
        E("UN confirms more than 7000 civilian deaths since the invasion", "2023-02-14 06:55", [
            "The United Nations human rights office says it has verified 7199 civilian deaths in Ukraine since February 24 last year, while warning the real number is likely considerably higher.",
            "Most of the victims were killed by explosive weapons with wide-area effects, such as artillery and missiles."],
          "other", "humanitarian", 2, "un-civilian-toll-feb-2023", au=PA,
          note="6.55am AEDT = 19:55 UTC 13 Feb."),
    ]
    kp = [e["h"] for e in es if e["kp"]]
    L = ["The Sydney Morning Herald", "Subscribe", "Log in", "Our network", "Sydney", "NSW", "Politics", "Business",
         "World", "National", "Opinion", "Property", "Sport", "", "World", "Europe", "Russia-Ukraine war", "",
         "LIVE", "",
         "Russia-Ukraine war live: NATO chief warns of ammunition 'race' as defence ministers gather", "",
         "Updated February 14, 2023 \u2014 4.32pm, first published at 5.20am", "",
         "By Caroline Vess", "",
         "Save", "Share", "Normal text size", "Larger text size", "Very large text size", "",
         "Key Points", ""] + kp + [""]
    for e in es:
        dt = loc(e["t"], Z)
        e["stamp"] = f"{dt.hour % 12 or 12}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"
        L.append(e["stamp"])
        L.append(e["h"])
        if e["au"] != PA:
            L.append("By " + e["au"])
        L += e["body"] if e["body"] else ["Play Video", "0:58"]
        L += ["Share", ""]
    L += ["Latest posts", "Back to top", "", "License this article", "Russia-Ukraine war", "Europe", "", "Most Viewed in World",
          "Loading", "", "\u00a9 2023 The Sydney Morning Herald"]
    notes = ("SMH-style live blog text scrape. Stamps are 'H.MMam/pm' lines above each headline, in Sydney time (AEDT = UTC+11); the date "
             "'February 14, 2023' is printed only in the header. Posts from 10.48am back are still 13 Feb in UTC; 11.04am is 00:04 UTC 14 Feb. "
             "A 'Key Points' block at the top repeats two post headlines (those posts are key_point true; the block lines are not entries). "
             "Page byline 'By Caroline Vess'; one post has its own 'By Tom Arden'. Video-only post has 'Play Video' / '0:58' player labels and no body. "
             "Each post ends with a 'Share' button line.")
    ne = ["masthead and navigation (The Sydney Morning Herald ... Sport)", "breadcrumb 'World / Europe / Russia-Ukraine war'", "'LIVE' badge",
          "page title", "'Updated February 14, 2023 — 4.32pm, first published at 5.20am' header", "page byline 'By Caroline Vess'",
          "Save/Share/text-size buttons", "'Key Points' header and its two headline links (repeats of posts 05 and 07, not separate entries)",
          "'Play Video' and '0:58' player labels in the video post", "per-post 'Share' lines", "footer: Latest posts, Back to top, License this article, tags, Most Viewed, copyright"]
    return write_page("901", "smh_live", "txt", "The Sydney Morning Herald",
                      "Russia-Ukraine war live: NATO chief warns of ammunition 'race' as defence ministers gather",
                      Z, "\n".join(L) + "\n", es, notes, ne, B)
