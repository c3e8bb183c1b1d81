from common import *
from datetime import timedelta

# ---------------- 904 ITV News style text live blog with relative stamps (BST) ----------------
def p904():
    Z = "Europe/London"
    REFRESH = "2023-06-06 16:52"
    B = "Absolute stamps are UK local time (BST, UTC+1) on 6 June 2023 (date in the header)."
    BR = "Relative stamp computed from the printed refresh time 'Page last updated: 4:52pm BST, 6 June 2023' (15:52 UTC) minus the stated minutes."
    LP = "Lorna Pike"
    es = [
        E("UN aid chief warns flooding will hit hundreds of thousands", 12, [
            "The United Nations' humanitarian coordinator said the destruction of the dam would have grave consequences for hundreds of thousands of people on both sides of the front line, cutting off drinking water and wiping out crops.",
            "He said UN agencies were sending water purification tablets and bottled water to the Kherson region."],
          "other", "humanitarian", 2, "kakhovka-un-humanitarian-warning"),
        E("Kremlin blames Kyiv for 'deliberate sabotage' of dam", 38, [
            "Kremlin spokesman Dmitry Peskov said Ukraine had deliberately sabotaged the Kakhovka dam to cut water supplies to Crimea and to distract from a stalling counter-offensive.",
            "Kyiv says Russian forces, who have controlled the dam since early in the war, blew it up from the inside."],
          "other", "security", 3, "kakhovka-dam-breach", au=LP,
          note="Denial/counter-accusation about the dam breach: same story as 904-08."),
        E("Watch: Drone footage shows water gushing through the breach", 57, [],
          "other", "humanitarian", 1, "kakhovka-drone-video", note="Video-only post, no text body."),
        E("Sunak: attacks on civilian infrastructure would be 'a new low'", "2023-06-06 15:31", [
            "Prime Minister Rishi Sunak said it was too early to say who was responsible for the collapse, but that a deliberate attack on civilian infrastructure would represent the most abhorrent low in Russia's invasion.",
            "He said British military intelligence was looking at the evidence."],
          "other", "security", 3, "kakhovka-dam-breach", au=LP),
        E("Thousands told to leave as water rises in Kherson", "2023-06-06 14:47", [
            "Authorities in Kherson have started evacuating around 16,000 people from the riverside area most at risk, with buses and trains laid on to take residents to Mykolaiv and Khmelnytskyi.",
            "Water levels in parts of the city had risen by more than three metres by the afternoon, officials said."],
          "other", "humanitarian", 3, "kherson-flood-evacuations"),
        E("Air defences shoot down 20 cruise missiles over Kyiv region", "2023-06-06 13:10", [
            "Ukraine's military said all 20 cruise missiles fired at the capital overnight had been destroyed, with no serious damage reported.",
            "Falling debris injured one person in the city's Darnytskyi district, the head of the city military administration said."],
          "strikes", "strikes", 2, "kyiv-overnight-missiles-june-6"),
        E("Ukraine reports offensive actions in several sectors of Donetsk region", "2023-06-06 11:05", [
            "Ukraine's deputy defence minister said troops had gone on the offensive in several directions around Bakhmut and had advanced up to a kilometre in places.",
            "Russia's defence ministry said it had repelled large Ukrainian attacks in southern Donetsk over the past two days."],
          "other", "frontline", 2, "donetsk-offensive-actions-june-6", au=LP),
        E("IAEA sees 'no immediate risk' to nuclear plant from falling reservoir", "2023-06-06 10:02", [
            "The International Atomic Energy Agency said there was no immediate nuclear safety risk at the Zaporizhzhia power plant, which draws cooling water from the reservoir.",
            "Its experts at the site were monitoring the situation closely, the agency added."],
          "other", "security", 2, "znpp-cooling-water-iaea"),
        E("Nova Kakhovka dam destroyed, Ukraine says", "2023-06-06 09:22", [
            "Ukraine's military says Russian forces have blown up the Nova Kakhovka dam on the Dnipro river, sending a torrent of water towards villages downstream.",
            "Russian-installed officials in the town initially denied the dam had been breached, before saying its upper section had collapsed after shelling.",
            "The reservoir behind the dam supplies water to Crimea and to the cooling ponds of the Zaporizhzhia nuclear plant."],
          "other", "security", 3, "kakhovka-dam-breach", sec=["humanitarian"], au="Ravi Okonjo"),
    ]
    ref = loc(REFRESH, Z)
    L = ["ITV News", "ITV X", "Latest", "UK", "World", "Politics", "Money", "Climate", "Sport", "Regions", "", "World", "",
         "Ukraine dam collapse live: Kyiv and Moscow trade blame as thousands flee floodwaters", "",
         "Page last updated: 4:52pm BST, 6 June 2023", "", "Share", "Facebook", "Twitter", "WhatsApp", "Email", "",
         "Tens of thousands of people downstream of the Nova Kakhovka dam face flooding after the dam on the Dnipro river was destroyed overnight.", "",
         "We use cookies to give you the best experience. Accept all cookies / Manage preferences", "", "Latest updates", ""]
    for e in es:
        if isinstance(e["t"], int):
            mins = e["t"]
            dt = ref - timedelta(minutes=mins)
            e["t"] = dt.strftime("%Y-%m-%d %H:%M")
            e["stamp"] = f"{mins} mins ago"
            e["basis"] = BR
        else:
            dt = loc(e["t"], Z)
            e["stamp"] = ampm(dt, "{h}:{m:02d}{ap}", lower=True)
        L.append(e["stamp"])
        L.append(e["h"])
        if e["au"]:
            L.append(e["au"] + (", ITV News Europe Editor" if e["au"] == LP else ", ITV News Correspondent"))
        L += e["body"] if e["body"] else ["Video report", "Credit: Reuters"]
        L.append("")
    L += ["Show more updates", "", "More from ITV News", "Heatwave warnings issued across England", "", "\u00a9 ITV Consumer Limited 2023"]
    notes = ("ITV News-style live blog text. The three newest posts have relative stamps ('12 mins ago', '38 mins ago', '57 mins ago'), "
             "resolved against the printed refresh time 'Page last updated: 4:52pm BST, 6 June 2023'; older posts have 'H:MMpm/am' UK times (BST = UTC+1). "
             "Some posts carry a byline line '<Name>, ITV News Europe Editor' / ', ITV News Correspondent' under the headline (author = the name); unsigned posts have author null. "
             "The dam breach, the Kremlin's counter-accusation and Sunak's reaction share one story; the UN humanitarian warning, the Kherson evacuations, the drone video "
             "and the IAEA statement are separate stories.")
    ne = ["masthead/navigation", "section label 'World'", "page title", "refresh line 'Page last updated: 4:52pm BST, 6 June 2023'", "share row",
          "standfirst 'Tens of thousands of people downstream...'", "cookie banner line", "'Latest updates' header", "'Video report' / 'Credit: Reuters' in the video post",
          "'Show more updates' button", "'More from ITV News' and its off-topic link (heatwave)", "copyright"]
    return write_page("904", "itvnews_live", "txt", "ITV News",
                      "Ukraine dam collapse live: Kyiv and Moscow trade blame as thousands flee floodwaters",
                      Z, "\n".join(L) + "\n", es, notes, ne, B)
