from common import *

# ---------------- 905 Suspilne style text news feed with date dividers (Kyiv time) ----------------
def p905():
    Z = "Europe/Kyiv"
    B = "Time 'HH:MM' under a date divider ('20 July' / '19 July'); year from the header 'Updated 20.07.2023 00:52'; Kyiv summer time (EEST, UTC+3)."
    es = [
        E("Explosions in Odesa as air raid alert continues", "2023-07-20 00:41", [
            "Explosions have been heard in Odesa, the head of the regional military administration said, urging residents to stay in shelters.",
            "It is the third night in a row that Russia has targeted the city."],
          "strikes", "strikes", 2, "odesa-third-night-strikes",
          note="Under the '20 July' divider but 00:41 Kyiv time = 21:41 UTC on 19 July."),
        E("Air force warns of Kalibr missiles launched from the Black Sea", "2023-07-20 00:05", [
            "Ukraine's air force said Russian ships in the Black Sea had launched Kalibr cruise missiles heading towards the south of the country."],
          "strikes", "strikes", 2, "odesa-third-night-strikes",
          note="00:05 Kyiv = 21:05 UTC 19 July. Warning of the same night's attack as 905-01."),
        E("Moscow says ships sailing to Ukrainian ports will be treated as carrying weapons", "2023-07-19 22:30", [
            "Russia's defence ministry announced that from midnight Moscow time all vessels heading to Ukrainian ports in the Black Sea would be regarded as potential carriers of military cargo.",
            "The statement came two days after Russia withdrew from the agreement that had allowed Ukraine to export grain by sea."],
          "diplomacy", "diplomacy", 3, "russia-black-sea-shipping-threat", sec=["security"]),
        E("Odesa port attack destroyed 60,000 tonnes of grain", "2023-07-19 18:10", [
            "The overnight attack on the port of Chornomorsk damaged grain terminals and destroyed about 60,000 tonnes of grain that was due to be shipped, agriculture minister Mykola Solskyi said.",
            "Ten people were injured in Odesa region overnight, according to the regional administration."],
          "strikes", "strikes", 3, "odesa-port-strikes-jul-19"),
        E("Zelensky: Russia is deliberately targeting grain export infrastructure", "2023-07-19 14:20", [
            "President Volodymyr Zelensky said Russian missiles were aimed at the infrastructure of the grain deal, and that every missile was a strike not only at Ukraine but at everyone in the world who seeks a normal life.",
            "He called for more air defence systems for Odesa."],
          "strikes", "strikes", 3, "odesa-port-strikes-jul-19", sec=["aid"]),
        E("Photos: aftermath of the night attack on Odesa", "2023-07-19 11:00", [],
          "strikes", "strikes", 1, "odesa-attack-photos", note="Photo gallery teaser: headline plus a gallery counter, no text body."),
        E("Fire at military range in Crimea: four villages evacuated", "2023-07-19 08:45", [
            "The Russian-installed head of Crimea said more than 2,000 people were being evacuated from four villages near a military training ground in the Kirovske district after a fire broke out there.",
            "Traffic on the Tavrida highway was temporarily suspended."],
          "other", "humanitarian", 2, "crimea-training-ground-fire"),
        E("Air defence destroyed 37 of 63 drones and missiles overnight", "2023-07-19 05:30", [
            "Ukraine's air force said Russia had launched 63 drones and missiles overnight, mostly at the Odesa region, and that 37 of them had been shot down.",
            "The attack included Kalibr and Kh-22 missiles and Onyx anti-ship missiles."],
          "strikes", "strikes", 3, "odesa-port-strikes-jul-19"),
        E("Air raid alert declared in southern regions", "2023-07-19 02:15", [
            "An air raid alert has been declared in the Odesa, Mykolaiv and Kherson regions because of the threat of drones and missiles."],
          "strikes", "strikes", 2, "odesa-port-strikes-jul-19",
          note="02:15 Kyiv on 19 July = 23:15 UTC on 18 July (previous UTC day)."),
    ]
    L = ["Suspilne News", "Ukraine", "World", "War", "Economy", "Culture", "Sport", "Ukrainian | English", "", "News feed", "",
         "Updated 20.07.2023 00:52", ""]
    cur = None
    for e in es:
        dt = loc(e["t"], Z)
        day = f"{dt.day} July"
        if day != cur:
            L += [day, ""]
            cur = day
        e["stamp"] = dt.strftime("%H:%M")
        L.append(e["stamp"])
        L.append(e["h"])
        L += e["body"] if e["body"] else ["12 photos"]
        L.append("")
    L += ["Load more news", "", "Most read", "How to apply for compensation for destroyed housing", "Schedule of power outages in Kyiv", "",
          "\u00a9 2023 Suspilne. All rights reserved."]
    notes = ("Suspilne-style English news feed (text scrape): newest first, grouped under day dividers '20 July' and '19 July' (no year there; the year is in "
             "the header 'Updated 20.07.2023 00:52', day.month.year). Each item: 'HH:MM' in Kyiv time (EEST, UTC+3), headline, short body. No bylines (author null). "
             "UTC crossing both ways: the two items under '20 July' are 19 July in UTC, and the 02:15 item of 19 July is 18 July in UTC. "
             "Zelensky's statement about the port strike shares the strike's story.")
    ne = ["site navigation (Suspilne News ... Ukrainian | English)", "'News feed' header", "'Updated 20.07.2023 00:52' line", "day dividers '20 July' and '19 July'",
          "'12 photos' gallery counter", "'Load more news' button", "'Most read' block and its two links", "copyright"]
    return write_page("905", "suspilne_feed", "txt", "Suspilne News", None, Z, "\n".join(L) + "\n", es, notes, ne, B)
