#!/usr/bin/env python3
"""Builds the eval/gu seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in February 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real platforms (Bluesky, Mastodon, YouTube, Google Alerts, Substack,
Ghost, LinkedIn, Telegram export, Facebook, Threads); the accounts on them and all Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gu/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NO_SPLIT_AFTER = ("U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "No.", "a.m.", "p.m.", "Jan.", "Feb.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry. t: local time in the page zone, 'YYYY-MM-DD HH:MM', 'YYYY-MM-DD HH:MM:SS' or date-only 'YYYY-MM-DD';
    h: headline or None; p: body paragraphs (only real body text, no chrome); then the labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an off-beat entry (not about the war)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def dt(s, zone):
    for f in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, f).replace(tzinfo=ZoneInfo(zone))
        except ValueError:
            pass
    raise ValueError(s)


def first_sentence(par):
    """the first sentence of a paragraph, exactly as printed (a stop followed by a space and an upper-case letter, digit
    or opening quote ends it, unless the stop belongs to a known abbreviation)."""
    for m in re.finditer(r'[.!?…][\)"\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(NO_SPLIT_AFTER):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def slug(s, k=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:k].strip("-")


def h12(d, space=" ", upper=True):
    suf = "AM" if d.hour < 12 else "PM"
    return f"{d.hour % 12 or 12}:{d.minute:02d}{space}{suf if upper else suf.lower()}"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def in_order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: page order must be {'newest' if newest_first else 'oldest'} first"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# ================================================================ build (called at the very end of this file)
def gold_time(e, zone):
    d = dt(e["t"], zone)
    if len(e["t"]) == 10:  # date only: the page prints no time for the entry
        return e["t"], f"{e['t']} {zone}"
    u = d.astimezone(UTC)
    if len(e["t"]) == 19:
        return u.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M:%S ") + zone
    return u.strftime("%Y-%m-%dT%H:%M:00Z"), d.strftime("%Y-%m-%d %H:%M ") + zone


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
            pub, loc = gold_time(e, S["zone"])
            fs = first_sentence(e["p"][0]) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], loc=loc, pub=pub),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"],
                         "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:42s} {len(ents):2d} entries  days {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []


# ================================================================ PART A: ten real platforms' layouts (own words, invented news)

def r_bluesky(S):
    """bsky.app thread, copied as text from a logged-out browser. The root post (an intro, not an entry) is the focused post and
    prints the full 'February 2, 2032 at 7:58 AM' stamp; the author's own replies print only a relative '· 15h' (counted from the
    capture moment) and each starts with the Kyiv time the author typed ('08:20 — ...'). Replies by other users follow."""
    z = S["zone"]; in_order(S, False)
    cap = dt(S["capture"], z); root = dt(S["root_t"], z)
    name, handle = S["author"], S["handle"]

    def rel(d):
        m = int((cap - d).total_seconds() // 60)
        return f"{m}m" if m < 60 else f"{m // 60}h"

    L = ["Bluesky", "Search", "Feeds", "", "Sign up", "Sign in", "", "Post", "", name, handle, "+ Follow", S["root_text"],
         f"{MONTHS[root.month - 1]} {root.day}, {root.year} at {h12(root)}", "Everybody can reply",
         "211 reposts", "24 quotes", "655 likes", "", "9", "211", "655", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        post = [f"{st} \u2014 {e['p'][0]}"] + e["p"][1:]
        assert len("\n\n".join(post)) <= 300, (e["t"], len("\n\n".join(post)))
        L += [name, f"{handle}  \u00b7 {rel(d)}"] + paras_txt(post)
        if e.get("card"):
            L += [e["card"][0], e["card"][1], ""]
        if e.get("img"):
            L += ["ALT", ""]
        L += [str(e.get("rc", 1)), str(e.get("rp", 12)), str(e.get("lk", 40)), ""]
    so = dt(S["signoff_t"], z)
    L += [name, f"{handle}  \u00b7 {rel(so)}", S["signoff"], "", "4", "6", "71", ""]
    for who, h, t, txt in S["others"]:
        L += [who, f"{h}  \u00b7 {rel(dt(t, z))}", txt, "", "0", "0", "3", ""]
    L += ["Join the conversation", "Bluesky is an open social network. Sign up to follow accounts and reply.", "Create account   Sign in", "",
          "Feedback \u00b7 Privacy \u00b7 Terms \u00b7 Help"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20400", name="20400_bluesky-thread", ext="txt", source="Bluesky (Hanna Lysenko)", zone="Europe/Kyiv", render=r_bluesky,
  title=None, author="Hanna Lysenko", handle="@hlysenko.bsky.social", capture="2032-02-02 23:50", root_t="2032-02-02 07:58",
  root_text="\U0001f9f5 Monday, 2 February: the day's war news in one thread. I'll keep adding replies until late evening. All times are Kyiv time.",
  signoff_t="2032-02-02 21:40", signoff="21:40 \u2014 That's it for today's thread. Thanks for reading, back tomorrow from about 8am.",
  others=[("Pavlo K.", "@pavlokrut.bsky.social", "2032-02-02 11:31", "This thread has become part of my morning. Thank you."),
          ("Ines Duarte", "@inesduarte.bsky.social", "2032-02-02 17:02", "Is the Norway money on top of what was announced in December?")],
  basis="the author's own Kyiv time '{s}' typed at the start of the post, dated by the root post's full stamp 'February 2, 2032 at 7:58 AM' above (the thread says 'All times are Kyiv time'; EET = UTC+2); the relative '\u00b7 NNh' marks agree with a capture near 23:50 Kyiv; local {loc}",
  notes="Imitates a Bluesky thread page (bsky.app) copied as text in a logged-out browser. The focused root post is an intro ('the day's war news in one thread', not an entry) and is the only post with a full date-time stamp ('February 2, 2032 at 7:58 AM'); the author's seven news replies show only relative marks ('\u00b7 15h') and each begins with the Kyiv time the author typed ('08:20 \u2014 '), which is the stamp used here (the relative marks are consistent with it). The 21:40 sign-off post and two replies by other users are not entries. Posts have no headlines (headline null); author = the account holder. Counts (replies/reposts/likes) follow every post; one post carries a link card, one an image ('ALT' badge).",
  not_entries=["app chrome 'Bluesky', 'Search', 'Feeds', 'Sign up', 'Sign in'", "'Post' view header",
               "root post: author name, handle, '+ Follow' and its intro text '\U0001f9f5 Monday, 2 February: ...' (announces the thread, no news)",
               "root stamp 'February 2, 2032 at 7:58 AM' (date anchor), 'Everybody can reply', repost/quote/like counts",
               "name / handle '\u00b7 NNh' header lines and the bare count lines under every post",
               "link card 'regjeringen.no' / 'Norway funds Ukrainian drone production' inside 20400-06", "'ALT' image badge inside 20400-07",
               "the author's sign-off post '21:40 \u2014 That's it for today's thread...'", "reply by Pavlo K. (thanks)", "reply by Ines Duarte (a question)",
               "sign-up box 'Join the conversation ...'", "footer links"],
  entries=[
  E("2032-02-02 08:20", None,
    ["Air force: Russia launched 124 Shahed-type and decoy drones plus 4 Iskander-M missiles overnight. 97 drones were downed or jammed; none of the missiles were intercepted. Hits recorded in Poltava region, including Kremenchuk."],
    "strikes", "strikes", 3, "overnight-drone-missile-attack-2032-02-02", a="Hanna Lysenko", rc=3, rp=40, lk=118,
    n="large combined attack (124 drones + 4 missiles); the Kremenchuk death in 20400-02 belongs to the same attack"),
  E("2032-02-02 09:45", None,
    ["Kremenchuk mayor: one man was killed and three people were injured when drones hit an industrial site in the city overnight. The fire there was put out by 9am."],
    "strikes", "strikes", 3, "overnight-drone-missile-attack-2032-02-02", a="Hanna Lysenko", rc=2, rp=33, lk=97),
  E("2032-02-02 11:10", None,
    ["Zelensky says he spoke by phone with Finland's president about air defence and the next Finnish aid package, and invited him to Kyiv for the defence ministers' meeting later this month."],
    "diplomacy", "diplomacy", 2, "zelensky-finland-president-call-2032-02-02", a="Hanna Lysenko", sec=["aid"], rc=1, rp=9, lk=51),
  E("2032-02-02 12:30", None,
    ["General Staff midday update: 41 clashes since the morning, the heaviest near Kostiantynivka and Siversk.", "Near Kupiansk Russian units attacked nine times; all attacks were repelled, it says."],
    "other", "frontline", 2, "general-staff-midday-update-2032-02-02", a="Hanna Lysenko", rc=0, rp=6, lk=38),
  E("2032-02-02 14:05", None,
    ["The Verkhovna Rada voted to extend martial law and general mobilisation by another 90 days, until 13 May. 318 MPs backed both bills."],
    "other", "politics", 2, "martial-law-extension-vote-2032-02-02", a="Hanna Lysenko", rc=4, rp=11, lk=44),
  E("2032-02-02 16:40", None,
    ["Norway will put NOK 4.5bn (about \u20ac390m) into Ukrainian drone production this year, its defence ministry says. Part of the money is earmarked for long-range strike drones."],
    "aid", "aid", 3, "norway-drone-production-funding-2032-02-02", a="Hanna Lysenko", card=("regjeringen.no", "Norway funds Ukrainian drone production"),
    rc=5, rp=52, lk=170, n="aid worth about \u20ac390m"),
  E("2032-02-02 19:15", None,
    ["Kharkiv region: a Russian guided bomb hit a farm in the Zolochiv community this afternoon, injuring two workers, governor Syniehubov says."],
    "strikes", "strikes", 2, "zolochiv-guided-bomb-2032-02-02", a="Hanna Lysenko", img=True, rc=0, rp=7, lk=35),
  ]))


def r_mastodon_atom(S):
    """Mastodon account feed in the old OStatus Atom form (https://INSTANCE/users/NAME.atom): feed-level <author> with poco/
    mastodon extensions, every entry titled 'New status by NAME' (no headline), activity verb/object-type, <published> in UTC
    'Z', escaped HTML content with <p> paragraphs and hashtag links, content warnings in <summary>."""
    z = S["zone"]; in_order(S, True)
    inst, user = S["instance"], S["user"]
    base = f"https://{inst}/users/{user}"
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:activity="http://activitystrea.ms/spec/1.0/" '
           'xmlns:poco="http://portablecontacts.net/spec/1.0" xmlns:media="http://purl.org/syndication/atommedia" xmlns:ostatus="http://ostatus.org/schema/1.0" '
           'xmlns:mastodon="http://mastodon.social/schema/1.0">',
           f'  <id>{base}.atom</id>', f'  <title>{esc(S["title"])}</title>', f'  <subtitle>{esc(S["bio"])}</subtitle>',
           f'  <updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'  <logo>https://files.{inst}/accounts/avatars/109/884/210/552/330/118/original/5c1e0a9d3b2f77e4.png</logo>',
           '  <author>', f'    <id>{base}</id>', '    <activity:object-type>http://activitystrea.ms/schema/1.0/person</activity:object-type>',
           f'    <uri>{base}</uri>', f'    <name>{user}</name>', f'    <email>{user}@{inst}</email>',
           f'    <summary type="html">{esc("<p>" + esc(S["bio"]) + "</p>")}</summary>',
           f'    <link rel="alternate" type="text/html" href="https://{inst}/@{user}"/>',
           f'    <link rel="avatar" type="image/png" media:width="120" media:height="120" href="https://files.{inst}/accounts/avatars/109/884/210/552/330/118/original/5c1e0a9d3b2f77e4.png"/>',
           f'    <poco:preferredUsername>{user}</poco:preferredUsername>', f'    <poco:displayName>{esc(S["title"])}</poco:displayName>',
           f'    <poco:note>{esc(S["bio"])}</poco:note>', '    <mastodon:scope>public</mastodon:scope>', '  </author>',
           f'  <link rel="alternate" type="text/html" href="https://{inst}/@{user}"/>',
           f'  <link rel="self" type="application/atom+xml" href="{base}.atom"/>',
           f'  <link rel="next" type="application/atom+xml" href="{base}.atom?max_id=111952030512220871"/>',
           f'  <link rel="hub" href="https://{inst}/api/push"/>', f'  <link rel="salmon" href="https://{inst}/api/salmon/88412"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        sid = 111958204471650322 - i * 1893310447
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("tags"):
            body += "<p>" + " ".join(f'<a href="https://{inst}/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>' for t in e["tags"]) + "</p>"
        out += ['  <entry>', f'    <id>{base}/statuses/{sid}</id>', f'    <published>{st}</published>', f'    <updated>{st}</updated>',
                f'    <title>New status by {user}</title>',
                '    <activity:object-type>http://activitystrea.ms/schema/1.0/note</activity:object-type>',
                '    <activity:verb>http://activitystrea.ms/schema/1.0/post</activity:verb>']
        if e.get("cw"):
            out.append(f'    <summary xml:lang="en">{esc(e["cw"])}</summary>')
        out += [f'    <content type="html" xml:lang="en">{esc(body)}</content>', '    <mastodon:scope>public</mastodon:scope>',
                f'    <link rel="alternate" type="text/html" href="https://{inst}/@{user}/{sid}"/>',
                f'    <link rel="self" type="application/atom+xml" href="{base}/updates/{sid - 4417}.atom"/>',
                f'    <ostatus:conversation ref="tag:{inst},{d:%Y-%m-%d}:objectId={sid // 1000}:objectType=Conversation"/>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20401", name="20401_mastodon-atom", ext="xml", source="Mastodon (UA Front Monitor)", zone="UTC", render=r_mastodon_atom,
  title="UA Front Monitor", instance="mastodon.social", user="uafrontmonitor",
  bio="Volunteer-run digest of the war in Ukraine: strikes, front line, aid, diplomacy. Sources linked where possible. Not an official account.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {loc}",
  notes="Imitates a Mastodon account's Atom feed in the OStatus form (users/NAME.atom): feed-level author block with poco:/mastodon: extensions, hub and salmon links; entries newest first, each titled 'New status by uafrontmonitor' (a generated label, not a headline: headline null), activity:verb post, <published> in UTC, escaped HTML content. Hashtag-only paragraphs at the end of a post ('#Ukraine #Izmail') are not counted as body paragraphs. 20401-03 carries a content warning in <summary> ('Killing of prisoners of war, graphic description'), which is not body text. The account is an organisation with no per-post byline, so author is null (the feed <author><name> is the account itself). The 19:02 post is account housekeeping (off-beat).",
  not_entries=["feed <title> 'UA Front Monitor' and the account bio (<subtitle>, author <summary>, poco:note)", "feed-level author block (id, uri, username, email, avatar)",
               "each entry's generated <title> 'New status by uafrontmonitor'", "hashtag-only paragraphs at the end of 20401-02, -04, -05 and -06",
               "content-warning <summary> of 20401-03", "next/hub/salmon links"],
  entries=[
  OFF("2032-02-04 19:02:41", None,
    ["Housekeeping: from next Monday our daily map summary moves to 18:00 Kyiv time. Thanks to everyone who sent feedback on the new format."],
    "uafrontmonitor-housekeeping-2032-02-04", n="account housekeeping note"),
  E("2032-02-04 16:20:05", None,
    ["Russia's defence ministry claims its troops have taken the village of Novoserhiivka in Donetsk oblast.",
     "Ukraine's General Staff has not confirmed the claim; on Tuesday evening it reported fighting on the village's eastern edge."],
    "other", "frontline", 2, "novoserhiivka-capture-claim-2032-02-04", tags=["Ukraine", "Donetsk"]),
  E("2032-02-04 13:48:19", None,
    ["Ukraine's Prosecutor General's Office has opened a war-crimes case after a video appeared to show Russian soldiers shooting three captured Ukrainian soldiers near Vovchansk.",
     "Prosecutors say they have identified the unit involved and passed the material to the UN monitoring mission."],
    "other", "humanitarian", 2, "vovchansk-pow-killing-case-2032-02-04", cw="Killing of prisoners of war, graphic description"),
  E("2032-02-04 11:05:52", None,
    ["Canada will spend C$320 million on air-defence ammunition for Ukraine, bought through NATO's support and procurement agency, the Canadian defence minister said in Ottawa."],
    "aid", "aid", 3, "canada-air-defence-ammunition-2032-02-04", tags=["Ukraine", "Canada", "AirDefence"], n="aid worth about \u20ac215m"),
  E("2032-02-04 09:30:07", None,
    ["EU ambassadors agreed the bloc's next sanctions package this morning, diplomats say.",
     "It lists 74 more shadow-fleet tankers and bans the transshipment of Russian LNG through EU ports from July. Ministers still have to sign it off formally."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-2032-02-04", tags=["EU", "Sanctions"], n="EU sanctions package"),
  E("2032-02-04 05:42:33", None,
    ["Overnight drone attack on Izmail, Odesa oblast: port infrastructure and a warehouse damaged, no casualties, the regional governor says.",
     "The Danube ferry crossing to Romania was suspended for several hours."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2032-02-04", tags=["Ukraine", "Izmail"]),
  ]))


def r_youtube(S):
    """YouTube channel feed (feeds/videos.xml?channel_id=...): Atom with yt: and media: namespaces; entries newest first with
    <published> carrying seconds and '+00:00', a later <updated>, media:group with title, thumbnail, plain-text description
    (paragraphs separated by blank lines, then the channel's fixed subscribe/links/hashtags footer) and view statistics."""
    z = S["zone"]; in_order(S, True)
    cid = S["channel_id"]
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">',
           f' <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={cid}"/>', f' <id>yt:channel:{cid[2:]}</id>',
           f' <yt:channelId>{cid[2:]}</yt:channelId>', f' <title>{esc(S["title"])}</title>',
           f' <link rel="alternate" href="https://www.youtube.com/channel/{cid}"/>',
           ' <author>', f'  <name>{esc(S["title"])}</name>', f'  <uri>https://www.youtube.com/channel/{cid}</uri>', ' </author>',
           f' <published>{S["channel_created"]}</published>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        vid = e["vid"]
        desc = "\n\n".join(e["p"] + e.get("extra", []) + ([S["footer"]] if not e.get("short") else []))
        if e.get("short"):
            desc = (desc + "\n\n" if desc else "") + "#shorts #Dnipro"
        upd = d.replace(minute=(d.minute + 17) % 60, hour=min(d.hour + 2, 23))
        out += [' <entry>', f'  <id>yt:video:{vid}</id>', f'  <yt:videoId>{vid}</yt:videoId>', f'  <yt:channelId>{cid}</yt:channelId>',
                f'  <title>{esc(e["h"])}</title>', f'  <link rel="alternate" href="https://www.youtube.com/{"shorts/" + vid if e.get("short") else "watch?v=" + vid}"/>',
                '  <author>', f'   <name>{esc(S["title"])}</name>', f'   <uri>https://www.youtube.com/channel/{cid}</uri>', '  </author>',
                f'  <published>{st}</published>', f'  <updated>{iso(upd)}</updated>', '  <media:group>', f'   <media:title>{esc(e["h"])}</media:title>',
                f'   <media:content url="https://www.youtube.com/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>',
                f'   <media:thumbnail url="https://i{1 + i % 4}.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>',
                f'   <media:description>{esc(desc)}</media:description>', '   <media:community>',
                f'    <media:starRating count="{e["likes"]}" average="5.00" min="1" max="5"/>', f'    <media:statistics views="{e["views"]}"/>',
                '   </media:community>', '  </media:group>', ' </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20402", name="20402_youtube-channelfeed", ext="xml", source="YouTube (Dnipro Evening News)", zone="UTC", render=r_youtube,
  title="Dnipro Evening News", channel_id="UCq7Rk2vN0dWx4HbTz9mLs3A", channel_created="2019-03-11T08:42:17+00:00",
  footer="Subscribe: https://www.youtube.com/@dniproeveningnews?sub_confirmation=1\nWebsite: https://dniproevening.news\nTelegram: https://t.me/dniproevening\n\n#Ukraine #Dnipro #news",
  basis="Atom <published> '{s}' (UTC offset +00:00, with seconds; <updated> is later and is not the publication time); local {loc}",
  notes="Imitates a YouTube channel's RSS (actually Atom) feed, feeds/videos.xml?channel_id=...: entries newest first, each a video with title, watch or shorts link, <published> with seconds and +00:00, a later <updated>, and media:group with the description and statistics. Body = the description's own paragraphs; the channel's fixed footer (Subscribe / Website / Telegram links and hashtags) is not body. The channel is the only 'author' (it is the source itself), so author is null. 20402-02 is a Short whose description is only '#shorts #Dnipro': no body, importance 1. 20402-05 is an explainer video with a real description (importance 2). One off-beat video (basketball).",
  not_entries=["feed title/author 'Dnipro Evening News' and channel id/links", "per-entry <author> (the channel itself)", "media:title (repeats the title)",
               "the fixed description footer under every long video: 'Subscribe: ...', 'Website: ...', 'Telegram: ...', '#Ukraine #Dnipro #news'",
               "'#shorts #Dnipro' (the whole description of 20402-02)", "chapter list under the description of 20402-05 ('Chapters:' and timecodes)", "thumbnail, media:content, starRating and view statistics"],
  entries=[
  E("2032-02-06 19:30:14", "Russian glide bombs hit Zaporizhzhia suburbs, two killed | Evening bulletin, 6 February",
    ["Two people were killed and five injured when Russian glide bombs hit the outskirts of Zaporizhzhia on Friday afternoon, the regional administration said.",
     "Also in tonight's bulletin: repairs to Dnipro's power grid after Wednesday's attack and the city's new online map of shelters."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2032-02-06", vid="Hq3vX0b2LkA", likes=812, views=23104),
  E("2032-02-06 17:05:48", "Air raid sirens over Dnipro at dawn #shorts", [],
    "strikes", "strikes", 1, "dnipro-dawn-air-alert-2032-02-06", vid="pL7cE1tWm9Q", short=True, likes=1490, views=61877,
    n="Short with no description text (teaser-like, no body)"),
  E("2032-02-06 15:40:02", "Interview: Nikopol's mayor on a winter under daily shelling",
    ["Nikopol lies across the Dnipro from the occupied Zaporizhzhia nuclear plant and is shelled almost every day. Its mayor told us how the city keeps water and heating running with a third of its population gone."],
    "other", "humanitarian", 2, "nikopol-mayor-interview-2032-02-06", vid="b8YfN2sQe0U", likes=377, views=9020),
  E("2032-02-06 13:15:37", "Zelensky and Polish president agree joint air-defence plan in Rzeszow",
    ["Volodymyr Zelensky and his Polish counterpart met in Rzeszow on Friday and signed a plan under which Polish air-defence units will help protect the rail hubs of western Ukraine.",
     "The two leaders also discussed the repair of the Yahodyn border crossing, which has been closed to lorries since January."],
    "diplomacy", "diplomacy", 3, "zelensky-polish-president-rzeszow-2032-02-06", sec=["aid"], vid="Tz4kR6nV1cI", likes=1033, views=30550,
    n="head-of-state meeting and signed plan"),
  E("2032-02-06 11:02:09", "Explained: what Ukraine's new mobilisation rules mean for 23 to 25-year-olds",
    ["From March, men aged 23 to 25 who have not served can sign a one-year contract instead of being called up for an open-ended term. We go through what changes, who is exempt and what happens at the end of the contract.",
     ],
    "other", "politics", 2, "mobilisation-rules-explainer-2032-02-06", vid="Wd0sJ5oP8xE", likes=2210, views=88412,
    extra=["Chapters:\n00:00 Intro\n01:12 Who is affected\n04:30 The one-year contract\n08:05 Exemptions"],
    n="explainer video with a real description"),
  E("2032-02-06 09:20:55", "First Swedish CV90s of the 2031 order arrive in Ukraine",
    ["The first eight CV90 infantry fighting vehicles from the order Sweden and Denmark placed for Ukraine last year have arrived, Ukraine's defence ministry said."],
    "aid", "aid", 2, "swedish-cv90-delivery-2032-02-06", vid="a1GmZ7uBr5K", likes=954, views=27731),
  OFF("2032-02-06 07:45:30", "Dnipro basketball club books place in national cup final",
    ["BC Dnipro beat Kyiv-Basket 88-79 in Thursday's semi-final and will play for the cup in Lviv next weekend."],
    "dnipro-basketball-cup-semi-2032-02-06", n="sport", vid="c5NhU3yDq2W", likes=402, views=7315),
  ]))


def r_galerts(S):
    """Google Alerts feed (Atom): alert title 'Google Alert - TERM', entries newest first, each with an html title that bolds the
    search term, a google.com/url redirect link, <published> in UTC 'Z', a snippet cut off with '&nbsp;...' and an empty
    <author><name></name></author>. Apostrophes come through double-escaped ('&amp;#39;')."""
    z = S["zone"]; in_order(S, True)
    term = S["term"]
    bold = lambda s: esc(s.replace(term, f"<b>{term}</b>").replace("'", "&#39;"))
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">',
           '<id>tag:google.com,2005:reader/user/04417723819236650921/state/com.google/alerts/7781206153309924817</id>',
           f'<title>{esc(S["title"])}</title>',
           '<link href="https://www.google.com/alerts/feeds/04417723819236650921/7781206153309924817" rel="self"></link>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        target = f"https://{e['site']}/{d:%Y/%m/%d}/{slug(e['h'])}/"
        link = f"https://www.google.com/url?rct=j&sa=t&url={target}&ct=ga&cd=CAIyHDk{i}ZTA2ZGQ1YjQ0NzJlMjk6Y29tOmVuOlVT&usg=AOvVaw{i}q7xP2m8bVt0Yk1rC9sJ4dE"
        snippet = e["p"][0] + " " + e["cut"]
        out += ['<entry>', f'<id>tag:google.com,2013:googlealerts/feed:{10932248817705531 + i * 7717331}</id>',
                f'<title type="html">{bold(e["h"])}</title>', f'<link href="{attr(link)}"></link>',
                f'<published>{st}</published>', f'<updated>{st}</updated>',
                f'<content type="html">{bold(snippet)}&amp;nbsp;...</content>', '<author><name></name></author>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20403", name="20403_googlealerts-feed", ext="xml", source="Google Alerts (Zaporizhzhia)", zone="UTC", render=r_galerts,
  title="Google Alert - Zaporizhzhia", term="Zaporizhzhia",
  basis="Atom <published> '{s}' (UTC, 'Z'; the time Google picked the page up); local {loc}",
  notes="Imitates a Google Alerts RSS delivery feed (it is Atom) for the search term 'Zaporizhzhia': newest first; each entry is a result from a different website with an html title in which the term is wrapped in <b> (gold headline = the title as displayed, tags removed, '&#39;' shown as an apostrophe), a google.com/url redirect link, <published> = <updated> in UTC, a one-paragraph snippet cut off with '&nbsp;...' (only the snippet's complete first sentence and the cut remainder exist; body_paragraphs 1) and an empty author. 20403-01 and 20403-02 are two different sites' reports of the same blackout (same story, different wording, not a near-verbatim repeat). One off-beat football result matched the term.",
  not_entries=["feed title 'Google Alert - Zaporizhzhia', feed id and self link", "empty <author><name></name></author> of every entry",
               "the '&nbsp;...' cut marker at the end of every snippet", "google.com/url redirect links"],
  entries=[
  E("2032-02-08 21:12:40", "Russian drones knock out power to 40,000 homes in Zaporizhzhia",
    ["Russian drones struck an energy facility in Zaporizhzhia on Sunday evening, cutting electricity to about 40,000 households, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 2, "zaporizhzhia-substation-drone-blackout-2032-02-08", site="www.southfrontline-news.com.ua", cut="Repair crews were sent to the site but"),
  E("2032-02-08 19:03:11", "Zaporizhzhia blackout after drone hits substation",
    ["About 40,000 homes in and around Zaporizhzhia lost power after a drone hit a substation, officials said on Sunday."],
    "strikes", "strikes", 2, "zaporizhzhia-substation-drone-blackout-2032-02-08", site="energyreport.eu", cut="It was the third attack on the region's grid this"),
  E("2032-02-08 16:40:05", "IAEA's Grossi says drone hit training centre near Zaporizhzhia nuclear plant",
    ["A drone struck the training centre just outside the perimeter of the Zaporizhzhia nuclear power plant on Sunday morning, IAEA Director General Rafael Grossi said in a statement."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-training-centre-drone-2032-02-08", site="www.nuclearwatch-daily.org", cut="No radiation increase was recorded, and the team on site"),
  OFF("2032-02-08 14:22:58", "Metalurh Zaporizhzhia sign Croatian midfielder on loan",
    ["First League side Metalurh Zaporizhzhia have signed midfielder Luka Perkovic on loan from Hajduk Split until the end of the season."],
    "metalurh-zaporizhzhia-loan-signing-2032-02-08", n="football transfer that matched the alert term", site="uafootball.net", cut="The 22-year-old trained with his new team in"),
  E("2032-02-08 11:47:31", "Two killed as Russian artillery hits Orikhiv, Zaporizhzhia region",
    ["Two men were killed when Russian artillery hit a street in Orikhiv on Sunday morning, the Zaporizhzhia regional military administration said."],
    "strikes", "strikes", 3, "orikhiv-shelling-2032-02-08", site="www.ukrwire.info", cut="Orikhiv, about six kilometres from the front line, has"),
  E("2032-02-08 09:05:16", "Opinion: The world has grown far too relaxed about the Zaporizhzhia nuclear plant",
    ["Three years after the last serious scare, the Zaporizhzhia nuclear plant has slipped out of the headlines, and that is exactly when accidents become likely."],
    "other", "security", 2, "opinion-zaporizhzhia-npp-complacency-2032-02-08", site="www.eurasiaforum-review.com", cut="The plant's six reactors remain in cold shutdown, but",
    n="opinion column"),
  E("2032-02-08 06:30:02", "Zaporizhzhia region orders evacuation of families with children from four more villages",
    ["The Zaporizhzhia regional administration has ordered the compulsory evacuation of families with children from four more villages near the front line, citing intensified shelling."],
    "other", "humanitarian", 2, "zaporizhzhia-child-evacuation-order-2032-02-08", site="www.dailyukraine.net", cut="About 140 children live in the"),
  ]))


def r_substack(S):
    """Substack post page (HTML): publication header with Subscribe / Sign in, h1 post title, h3 subtitle, byline with the
    date-only 'Feb 10, 2032', like/comment/share bar, body with h2 section headings, a mid-post subscribe widget, then the
    footer (likes, discussion, 'Ready for more?', copyright). NewsArticle JSON-LD carries the only time (datePublished)."""
    z = S["zone"]
    d = dt(S["published"], z)
    url = f"https://{S['sub']}.substack.com/p/{S['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": S["title"],
          "description": S["subtitle"], "image": [{"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F7e1f0c2a-{S['path'][:8]}.jpeg"}],
          "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
          "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": S["byline"], "url": f"https://substack.com/@{slug(S['byline']).replace('-', '')}", "identifier": "user:118820447"}],
          "publisher": {"@type": "Organization", "name": S["pub"], "url": f"https://{S['sub']}.substack.com", "identifier": "pub:2231907",
                        "description": S["pubdesc"]}}
    vis = f"{MON3[d.month - 1]} {d.day:02d}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - by {esc(S["byline"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"><meta name="author" content="{attr(S["byline"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '<script>window._analyticsConfig = {"properties":{"subdomain":"' + S["sub"] + '"}};</script></head>',
           '<body><div id="entry"><div class="main-menu"><div class="topbar-content">',
           f'<h1 class="navbar-title"><a class="navbar-title-link" href="/">{esc(S["pub"])}</a></h1>',
           '<div class="navbar-buttons"><button class="button primary">Subscribe</button><a class="button" href="/sign-in">Sign in</a></div></div></div>',
           '<article class="typography newsletter-post post"><div class="post-header">',
           f'<h1 dir="auto" class="post-title published title-X77sOw">{esc(S["title"])}</h1>',
           f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(S["subtitle"])}</h3>',
           f'<div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@{slug(S["byline"]).replace("-", "")}">{esc(S["byline"])}</a></div>',
           f'<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">{vis}</div></div>',
           '<div class="post-ufi"><a class="like-button-container"><div class="label">47</div></a><a class="post-ufi-comment-button"><div class="label">6</div></a>'
           '<a class="post-ufi-button share"><div class="label">Share</div></a></div></div>',
           '<div class="available-content"><div dir="auto" class="body markup">', f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h2 class="header-anchor-post">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div class="preamble">'
                       f'<p class="cta-caption">Thanks for reading {esc(S["pub"])}! Subscribe for free to receive new posts and support my work.</p></div>'
                       '<form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email..."><input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    out.append(f'<h2 class="header-anchor-post">{esc(S["reading_h"])}</h2>')
    out.append("<ul>" + "".join(f"<li><p>{esc(x)}</p></li>" for x in S["reading"]) + "</ul>")
    out += ['</div></div>', '<div class="post-footer"><div class="post-ufi"><div class="label">47 Likes</div><div class="label">\u2219</div><div class="label">6 Restacks</div></div></div>',
            '<div class="post-footer-cta"><h3>Discussion about this post</h3><div class="tabs"><span>Comments</span> <span>Restacks</span></div></div>',
            '</article><div class="footer-wrap"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form>',
            f'<div class="footer-copyright">\u00a9 {d.year} {esc(S["byline"])}</div><div class="footer-terms"><a>Privacy</a> \u2219 <a>Terms</a> \u2219 <a>Collection notice</a></div>',
            '<div class="footer-substack"><a>Start writing</a><a>Get the app</a></div>',
            '<div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="20404", name="20404_substack-post", ext="html", source="Substack (The Eastern Flank)", zone="UTC", render=r_substack,
  title="Tuesday brief: a market hit in Kramatorsk, Patriots from Berlin, and quiet talks in Geneva",
  subtitle="Five things from the war worth knowing this morning", pub="The Eastern Flank", sub="easternflank", path="tuesday-brief-a-market-hit-in-kramatorsk",
  pubdesc="A Warsaw-based newsletter on the war in Ukraine and the security of Central Europe.", byline="Tomasz Wierzba", published="2032-02-10 05:45:10",
  intro="Good morning from Warsaw. Monday brought the deadliest single strike on Kramatorsk since the autumn, while the news from Berlin and Geneva was quieter but may matter more in the long run. Here is what you need to know.",
  reading_h="What I'm reading",
  reading=["A long read on how Ukrainian railway workers keep the night trains running through Kharkiv region.",
           "An interview with a Lithuanian general on what the Baltic states learned from last year's drills.",
           "A data piece on where Europe's artillery shells are actually made."],
  basis="no per-section time: the post's only time is the NewsArticle JSON-LD datePublished '2032-02-10T05:45:10+00:00' (the visible stamp prints the date only, 'Feb 10, 2032'); it applies to every section; local {loc}",
  notes="Imitates a Substack newsletter post page (HTML). The post is a morning brief with five h2 sections, one entry each (headline = the section heading, stamp null). The visible date under the byline is date-only ('Feb 10, 2032'); the time comes from the page's NewsArticle JSON-LD datePublished (UTC), so every section is published 2032-02-10T05:45:10Z. The byline 'Tomasz Wierzba' is used as every section's author. The intro paragraph is a lede, the mid-post subscribe widget and the closing 'What I'm reading' link list are not entries.",
  not_entries=["publication name and 'Subscribe' / 'Sign in' buttons", "post title (h1) and subtitle", "byline 'Tomasz Wierzba' and the date 'Feb 10, 2032'",
               "like/comment/share bar ('47', '6', 'Share') at the top and the footer counts ('47 Likes', '6 Restacks')",
               "intro paragraph 'Good morning from Warsaw. ...' (lede)", "subscribe widget after the second section ('Thanks for reading The Eastern Flank! ...')",
               "section 'What I'm reading' and its three link blurbs (reading list, no news)", "'Discussion about this post', 'Comments', 'Restacks'",
               "'Ready for more?' subscribe box", "copyright, 'Privacy \u2219 Terms \u2219 Collection notice', 'Start writing', 'Get the app', Substack slogan"],
  entries=[
  E("2032-02-10 05:45:10", "A market hit in Kramatorsk",
    ["A Russian missile carrying cluster munitions hit the central market in Kramatorsk shortly after 11am on Monday, killing six people and wounding 23, according to the Donetsk regional administration.",
     "The market had only reopened in December after being hit in the summer. Regional officials again urged the civilians still in the city, about 60,000 by their count, to leave."],
    "strikes", "strikes", 3, "kramatorsk-market-missile-strike-2032-02-09", a="Tomasz Wierzba"),
  E("2032-02-10 05:45:10", "Two more Patriot launchers from Berlin",
    ["Germany will send two more Patriot launchers and about 100 interceptors to Ukraine by the end of March, the German defence ministry confirmed on Monday.",
     "That is less than Kyiv asked for, but more than Berlin said it could spare in January, when officials argued that the Bundeswehr's own stocks were already too thin."],
    "aid", "aid", 3, "germany-patriot-launchers-2032-02-09", a="Tomasz Wierzba", n="air-defence systems and interceptors"),
  E("2032-02-10 05:45:10", "Quiet talks in Geneva",
    ["Ukrainian and Russian energy officials met in Geneva on Monday, with Swiss and Qatari mediators in the room, to discuss a possible moratorium on strikes against power plants, two people familiar with the meeting told me.",
     "Neither government has commented. Earlier rounds of these talks produced draft texts but no agreement."],
    "diplomacy", "diplomacy", 2, "geneva-energy-strike-moratorium-talks-2032-02-09", a="Tomasz Wierzba", n="mediated officials' talks, not ministerial"),
  E("2032-02-10 05:45:10", "Siversk",
    ["Ukrainian units have pulled back from two positions on the southern edge of Siversk, according to open-source mapping groups and a battalion commander I reached by phone.",
     "He described Russian infantry moving in groups of two or three under cover of fog, with glide bombs used against anything larger than a house."],
    "other", "frontline", 2, "siversk-withdrawal-2032-02-09", a="Tomasz Wierzba"),
  E("2032-02-10 05:45:10", "Russia's home front",
    ["Schools in at least four Russian regions have been told to report pupils whose parents 'discredit' the army, according to a circular obtained by an independent Russian news site.",
     "Teachers I spoke to in two of those regions said they had not yet received it."],
    "other", "politics", 2, "russian-schools-report-pupils-circular-2032-02-09", a="Tomasz Wierzba"),
  ]))


def r_ghost_rss(S):
    """Ghost blog RSS (/rss/): RSS 2.0 written on ONE line, CDATA titles/descriptions/creators, <generator>Ghost 5.x</generator>,
    24-hex guid, pubDate in GMT, media:content, content:encoded with a kg-card image figure (figcaption) before the text and, for
    members-only posts, only the free preview plus a paywall call to action."""
    z = S["zone"]; in_order(S, True)
    base = S["url"]
    parts = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
             f'<title><![CDATA[{S["title"]}]]></title><description><![CDATA[{S["lede"]}]]></description><link>{base}/</link>',
             f'<image><url>{base}/favicon.png</url><title>{esc(S["title"])}</title><link>{base}/</link></image><generator>Ghost 5.96</generator>',
             f'<lastBuildDate>{rfc822(dt(S["built"], z), gmt=True)}</lastBuildDate><atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        img = f"{base}/content/images/{d:%Y/%m}/{slug(e['h'], 24)}.jpg"
        content = (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{img}" class="kg-image" alt loading="lazy" width="2000" height="1333">'
                   f'<figcaption><span style="white-space: pre-wrap;">{esc(e["cap"])}</span></figcaption></figure>')
        content += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("paywall"):
            content += ('<div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>This post is for paying subscribers only</h2>'
                        f'<a class="gh-btn" href="{base}/#/portal/signup">Subscribe now</a><p>Already have an account? <a href="{base}/#/portal/signin">Sign in</a></p></div></div>')
        parts.append(f'<item><title><![CDATA[{e["h"]}]]></title><description><![CDATA[{e["excerpt"]}]]></description><link>{base}/{slug(e["h"])}/</link>'
                     f'<guid isPermaLink="false">{e["guid"]}</guid><category><![CDATA[{e["cat"]}]]></category><dc:creator><![CDATA[{e["a"]}]]></dc:creator>'
                     f'<pubDate>{st}</pubDate><media:content url="{img}" medium="image"/><content:encoded><![CDATA[{content}]]></content:encoded></item>')
    parts.append('</channel></rss>')
    return "".join(parts), stamps


SEEDS.append(dict(
  id="20405", name="20405_ghost-rss", ext="xml", source="Ghost (Black Sea Notes)", zone="UTC", render=r_ghost_rss,
  title="Black Sea Notes", url="https://blackseanotes.com", built="2032-02-12 20:31:02",
  lede="Independent reporting and analysis on the war at sea, the ports and the Black Sea region.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {loc}",
  notes="Imitates the RSS feed of a Ghost blog (/rss/): the whole document is written on a single line, as Ghost serves it; CDATA titles, descriptions and creators, generator 'Ghost 5.96', 24-hex guids, pubDate in GMT, newest first. Body = the content:encoded paragraphs; every post starts with an image card whose figcaption is not body. <description> is the post's excerpt: for 20405-01, -03 and -06 a hand-written custom excerpt (standfirst) that is not body text, otherwise the first words of the body. 20405-03 is members-only: the feed carries only its free first paragraphs and the paywall box ('This post is for paying subscribers only'); it is a theme piece (analysis). Authors from dc:creator.",
  not_entries=["channel title and description", "generator, lastBuildDate, image and self link", "every post's image figure and its figcaption",
               "custom excerpts in <description> of 20405-01, -03 and -06 (standfirsts, not body)", "paywall box in 20405-03 ('This post is for paying subscribers only', 'Subscribe now', 'Already have an account? Sign in')",
               "category labels"],
  entries=[
  E("2032-02-12 20:14:09", "Turkey reminds both sides of Montreux limits as Russia eyes Black Sea reinforcements",
    ["Turkey's foreign ministry said on Thursday that it would keep the Bosporus and the Dardanelles closed to the warships of both warring parties for as long as the war lasts, after Russian officials suggested moving corvettes from the Baltic to the Black Sea.",
     "The statement did not name Russia, but a Turkish diplomat said it was a direct answer to remarks by the commander of the Russian navy earlier in the week."],
    "diplomacy", "diplomacy", 2, "turkey-montreux-straits-statement-2032-02-12", a="Selin Aydin", cat="Diplomacy",
    excerpt="Ankara restates that the straits stay closed to warships of both sides.", cap="The Bosporus seen from Istanbul's Asian side.",
    guid="65ca1f04e2b7d10001a4c3f1"),
  E("2032-02-12 17:32:50", "Sea drones hit tanker at Tuapse anchorage",
    ["Ukrainian naval drones struck a Russian oil tanker at anchor off Tuapse before dawn on Thursday, setting part of its deck on fire, according to a source in Ukraine's military intelligence and videos posted by residents.",
     "The Krasnodar region's emergency headquarters said the fire was put out and nobody was hurt."],
    "strikes", "strikes", 2, "tuapse-tanker-sea-drone-strike-2032-02-12", a="Andrii Voronko", cat="News",
    excerpt="Ukrainian naval drones struck a Russian oil tanker at anchor off Tuapse before dawn on Thursday, setting part of its deck on fire.",
    cap="A tanker off the coast of Krasnodar region (file photo).", guid="65ca0b77e2b7d10001a4c3d9"),
  E("2032-02-12 14:05:22", "Members-only: What Odesa's war-risk insurance premiums tell us",
    ["War-risk premiums for ships calling at Odesa have fallen for three months in a row, even as Russian strikes on the port continue. The numbers say something about how the shipping market now prices this war.",
     "Brokers in London told us that the premium for a week-long call has settled at about 0.7 per cent of a ship's value, roughly half the level of two years ago."],
    "other", "security", 2, "odesa-war-risk-insurance-analysis-2032-02-12", a="Andrii Voronko", cat="Analysis", paywall=True,
    excerpt="Why underwriters are getting calmer about Odesa, and what could change that.", cap="Grain carriers at Odesa's Pivdennyi port.",
    guid="65c9e1a3e2b7d10001a4c3b2", n="theme piece (analysis of shipping insurance, no single event); members-only, the feed carries the free preview only"),
  E("2032-02-12 11:48:03", "Romania to host NATO mine-countermeasures headquarters in Constanta",
    ["NATO will set up a permanent mine-countermeasures headquarters in Constanta to coordinate the clearing of drifting mines in the western Black Sea, Romania's defence ministry said on Thursday."],
    "diplomacy", "diplomacy", 2, "nato-mine-countermeasures-hq-constanta-2032-02-12", a="Selin Aydin", cat="NATO",
    excerpt="NATO will set up a permanent mine-countermeasures headquarters in Constanta to coordinate the clearing of drifting mines in the western Black Sea.",
    cap="A Romanian minehunter in Constanta harbour.", guid="65c9d3f0e2b7d10001a4c39a"),
  E("2032-02-12 09:20:41", "Russian Black Sea Fleet moves two Kalibr carriers back to Novorossiysk",
    ["Two Russian missile corvettes able to carry Kalibr cruise missiles returned to Novorossiysk on Wednesday night after a week at sea, according to satellite images reviewed by Black Sea Notes.",
     "Ukraine's navy said no Kalibr carriers were at sea on Thursday morning."],
    "other", "security", 2, "kalibr-carriers-novorossiysk-2032-02-12", a="Andrii Voronko", cat="Fleet watch",
    excerpt="Two Russian missile corvettes able to carry Kalibr cruise missiles returned to Novorossiysk on Wednesday night after a week at sea.",
    cap="Satellite image of Novorossiysk naval base, 11 February.", guid="65c9c4a8e2b7d10001a4c381"),
  E("2032-02-12 06:55:18", "Ukrainian missiles hit air-defence site near Sevastopol, Russian-installed governor says",
    ["Ukrainian missiles hit an air-defence position on the northern side of Sevastopol overnight, the city's Russian-installed governor said, adding that two servicemen were wounded.",
     "He said most of the missiles had been shot down and urged residents not to film the interceptions."],
    "strikes", "strikes", 2, "sevastopol-air-defence-site-strike-2032-02-12", a="Selin Aydin", cat="News",
    excerpt="Occupation authorities report a strike on the northern side of the bay.", cap="Sevastopol bay (file photo).", guid="65c9b012e2b7d10001a4c365"),
  ]))


def r_linkedin(S):
    """LinkedIn newsletter article (linkedin.com/pulse/...), logged-out HTML: top nav with 'Join now' / 'Sign in', newsletter card
    (name, cadence, subscribers, Subscribe), h1 title, author card with 'Published Feb 14, 2032' (date only), h2 sections,
    reactions bar, 'To view or add a comment, sign in', 'More articles by ...' with dated links, 'Explore topics', footer.
    Article JSON-LD with datePublished '...T08:00:41.000+00:00' gives the only time."""
    z = S["zone"]
    d = dt(S["published"], z)
    url = f"https://www.linkedin.com/pulse/{S['path']}"
    ldtime = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+00:00")
    ld = {"@context": "http://schema.org", "@type": "Article", "name": S["title"], "headline": S["title"], "url": url,
          "datePublished": ldtime, "dateModified": ldtime,
          "author": {"@type": "Person", "name": S["byline"], "url": f"https://pl.linkedin.com/in/{S['profile']}"},
          "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.com",
                        "logo": {"@type": "ImageObject", "url": "https://static.licdn.com/aero-v1/sc/h/8s162nmbcnfkg7a0k8nq9wwqo"}},
          "commentCount": 12, "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction", "userInteractionCount": 126}}
    vis = f"Published {MON3[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | LinkedIn</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="overflow-hidden"><header class="base-main-nav"><a class="nav__logo-link" href="https://www.linkedin.com/">LinkedIn</a>',
           '<ul class="top-nav-menu"><li><a>Articles</a></li><li><a>People</a></li><li><a>Learning</a></li><li><a>Jobs</a></li><li><a>Games</a></li></ul>',
           '<div class="nav__cta-container"><a class="nav__button-tertiary">Join now</a> <a class="nav__button-secondary">Sign in</a></div></header>',
           '<main class="main"><div class="newsletter-card">', f'<h2 class="newsletter-card__title">{esc(S["newsletter"])}</h2>',
           f'<p class="newsletter-card__cadence">{esc(S["cadence"])}</p>', f'<p class="newsletter-card__subscribers">{S["subs"]} subscribers</p>',
           '<button class="newsletter-card__subscribe">Subscribe</button></div>',
           '<article class="article-main"><figure class="cover-img"><img alt=""></figure>',
           f'<h1 class="pulse-title">{esc(S["title"])}</h1>',
           f'<div class="base-author-card"><h3 class="base-author-card__name">{esc(S["byline"])}</h3>',
           f'<h4 class="base-author-card__subtitle">{esc(S["headline_role"])}</h4>', f'<div class="base-author-card__meta"><time>{vis}</time></div>',
           '<button class="follow-button">+ Follow</button></div>', '<div class="article-main__content">', f'<p>{esc(S["intro"])}</p>']
    for e in S["entries"]:
        assert e["t"] == S["published"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out.append(f'<h2>{esc(S["diary_h"])}</h2>')
    out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in S["diary"]) + "</ul>")
    out.append(f'<p>{esc(S["outro"])}</p></div></article>')
    out += ['<div class="social-action-bar"><span class="social-counts-reactions">126</span><a class="social-counts-comments">12 Comments</a>',
            '<button>Like</button> <button>Comment</button> <button>Share</button></div>',
            '<p class="comments-sign-in">To view or add a comment, sign in</p>',
            f'<section class="more-articles"><h2>More articles by {esc(S["byline"])}</h2><ul>']
    for t, dd in S["more"]:
        out.append(f'<li><a><h3>{esc(t)}</h3><span>{dd}</span></a></li>')
    out += ['</ul></section>', '<section class="others-viewed"><h2>Others also viewed</h2><ul><li><a>Why Europe still cannot make enough rocket motors</a></li>'
            '<li><a>Five lessons from a decade of drone procurement</a></li></ul></section>',
            '<section class="explore-topics"><h2>Explore topics</h2><ul><li>Sales</li><li>Marketing</li><li>IT Services</li><li>Business Administration</li>'
            '<li>HR Management</li><li>Engineering</li><li>Soft Skills</li><li>See All</li></ul></section></main>',
            f'<footer class="li-footer"><ul><li>LinkedIn \u00a9 {d.year}</li><li>About</li><li>Accessibility</li><li>User Agreement</li><li>Privacy Policy</li>'
            '<li>Cookie Policy</li><li>Copyright Policy</li><li>Brand Policy</li><li>Guest Controls</li><li>Community Guidelines</li><li>Language</li></ul></footer>',
            '<div class="contextual-sign-in-modal"><h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search</p>'
            '<button>Sign in</button><p>New to LinkedIn? <a>Join now</a></p></div></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="20406", name="20406_linkedin-newsletter", ext="html", source="LinkedIn (Defence Supply Weekly)", zone="UTC", render=r_linkedin,
  title="Shells, interceptor drones and a new procurement chief: the week in Ukraine's defence supply",
  newsletter="Defence Supply Weekly", cadence="Weekly newsletter", subs="4,218", byline="Katarzyna Brandt", profile="katarzyna-brandt-4b1a2c37",
  headline_role="Defence-industry analyst | Former NATO procurement officer | Warsaw", path="shells-interceptor-drones-new-procurement-chief-katarzyna-brandt-x7q2e",
  published="2032-02-14 08:00:41",
  intro="Welcome to the 61st edition of Defence Supply Weekly. A quiet week for headlines, a busy one for contracts.",
  diary_h="Dates for your diary", diary=["17 February: EU defence ministers, informal meeting", "19 February: Ramstein-format contact group, Kyiv", "24 February: ten years since the full-scale invasion"],
  outro="Thanks for reading. If a colleague forwarded this to you, subscribe to get it every Saturday morning.",
  more=[("Why the ammunition gap is now a powder gap", "Feb 7, 2032"), ("Interceptor drones: who makes them and at what cost", "Jan 31, 2032")],
  basis="no per-section time: the only time is the Article JSON-LD datePublished '2032-02-14T08:00:41.000+00:00' (the author card prints the date only, 'Published Feb 14, 2032'); it applies to every section; local {loc}",
  notes="Imitates a LinkedIn newsletter edition (a linkedin.com/pulse article) saved in a logged-out browser. Newsletter card, h1 title, author card with the date-only 'Published Feb 14, 2032', five h2 news sections (one entry each; stamp null; author = the article's author), then a 'Dates for your diary' list (a calendar, not news: not an entry) and a closing note. The Article JSON-LD datePublished (UTC, with milliseconds) gives the time. 'More articles by Katarzyna Brandt' lists two older editions with their own dates (Feb 7 and Jan 31): related links, not entries.",
  not_entries=["top navigation (LinkedIn, Articles, People, Learning, Jobs, Games, Join now, Sign in)", "newsletter card 'Defence Supply Weekly' / 'Weekly newsletter' / '4,218 subscribers' / 'Subscribe'",
               "article title (h1)", "author card: name, role line, 'Published Feb 14, 2032', '+ Follow'", "intro paragraph 'Welcome to the 61st edition ...' (lede)",
               "section 'Dates for your diary' and its three calendar lines", "closing note 'Thanks for reading. ...'",
               "reactions bar ('126', '12 Comments', Like, Comment, Share) and 'To view or add a comment, sign in'",
               "'More articles by Katarzyna Brandt' with two dated links to older editions", "'Others also viewed' links", "'Explore topics' list", "footer links", "sign-in modal text"],
  entries=[
  E("2032-02-14 08:00:41", "Czech-led initiative delivered 380,000 shells in January",
    ["The Czech-led ammunition initiative delivered about 380,000 large-calibre rounds to Ukraine in January, its best month since it began, according to figures the Czech defence ministry released on Thursday.",
     "Most of the shells were 155mm rounds bought outside the EU; Prague says funding is secured until the end of June."],
    "aid", "aid", 3, "czech-ammunition-initiative-january-deliveries-2032-02-12", a="Katarzyna Brandt"),
  E("2032-02-14 08:00:41", "Drone coalition signs \u20ac600m interceptor-drone contract",
    ["The international drone coalition led by Latvia and the UK signed a \u20ac600 million contract on Wednesday for interceptor drones to be built in Ukraine and delivered to its air-defence units over the next nine months.",
     "It is the coalition's largest single order so far and, by my count, roughly doubles the number of interceptors Ukraine can field each month."],
    "aid", "aid", 3, "drone-coalition-interceptor-contract-2032-02-11", a="Katarzyna Brandt"),
  E("2032-02-14 08:00:41", "German-Ukrainian shell plant starts serial output",
    ["A joint-venture plant in western Ukraine run by a German manufacturer and Ukraine's state arms company has started serial production of 155mm shell bodies, both companies said on Tuesday.",
     "They did not give numbers, but people familiar with the project expect about 10,000 bodies a month by the summer."],
    "aid", "aid", 2, "german-ukrainian-shell-plant-production-2032-02-10", a="Katarzyna Brandt"),
  E("2032-02-14 08:00:41", "Estonian intelligence: North Korean shells still arriving",
    ["North Korea shipped at least 1.2 million artillery rounds to Russia last year, Estonia's foreign intelligence service said in its annual report, published on Tuesday.",
     "The report says the quality has improved and that Russian units now rely on North Korean shells for about a third of their artillery fire."],
    "aid", "aid", 2, "estonian-intelligence-north-korean-shells-2032-02-10", a="Katarzyna Brandt", n="arms transfer to Russia"),
  E("2032-02-14 08:00:41", "New head for Ukraine's Defence Procurement Agency",
    ["The Cabinet of Ministers appointed Oksana Derkach, until now deputy head of the state arms exporter, to lead the Defence Procurement Agency on Friday.",
     "She takes over an agency that has had four heads in three years."],
    "other", "politics", 2, "defence-procurement-agency-new-head-2032-02-13", a="Katarzyna Brandt"),
  ]))


def r_telegram(S):
    """Telegram Desktop 'Export chat history' HTML (messages.html) for a channel, oldest first: page header with the channel name,
    a service message with the date ('16 February 2032'), each message with a bare 'HH:MM' whose title attribute holds
    'DD.MM.YYYY HH:MM:SS UTC+02:00', optional bold first line, <br>-separated paragraphs, signature, media blocks, forwarded
    blocks and reactions; consecutive messages are 'joined' (no from_name)."""
    z = S["zone"]; in_order(S, False)
    first = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html>', ' <head>', '  <meta charset="utf-8"/>', '<title>Exported Data</title>',
           '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>', '  <link href="css/style.css" rel="stylesheet"/>',
           '  <script src="js/script.js" type="text/javascript"></script>', ' </head>', ' <body onload="CheckLocation();">', '  <div class="page_wrap">',
           '   <div class="page_header">', '    <div class="content">', '     <div class="text bold">', esc(S["title"]), '     </div>', '    </div>', '   </div>',
           '   <div class="page_body chat_page">', '    <div class="history">',
           '     <div class="message service" id="message-1">', '      <div class="body details">', f' {first.day} {MONTHS[first.month - 1]} {first.year}', '      </div>', '     </div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        off = d.strftime("%z"); off = f"UTC{off[:3]}:{off[3:]}"
        mid = S["first_id"] + i * 3
        joined = i > 0 and (d - dt(S["entries"][i - 1]["t"], z)).total_seconds() < 900 and not e.get("fwd")
        out.append(f'     <div class="message default clearfix{" joined" if joined else ""}" id="message{mid}">')
        if not joined:
            out += ['      <div class="pull_left userpic_wrap">', '       <div class="userpic userpic4" style="width: 42px; height: 42px">',
                    '        <div class="initials" style="line-height: 42px">', 'SR', '        </div>', '       </div>', '      </div>']
        out += ['      <div class="body">', f'       <div class="pull_right date details" title="{d:%d.%m.%Y %H:%M:%S} {off}">', st, '       </div>']
        if not joined:
            out += ['       <div class="from_name">', f'{esc(S["title"])} ', '       </div>']
        if e.get("media") == "photos":
            for k in range(3):
                out += ['       <div class="media_wrap clearfix">',
                        f'        <a class="photo_wrap clearfix pull_left" href="photos/photo_{i * 3 + k + 1}@{d:%d-%m-%Y_%H-%M-%S}.jpg">',
                        f'         <img class="photo" src="photos/photo_{i * 3 + k + 1}@{d:%d-%m-%Y_%H-%M-%S}_thumb.jpg" style="width: 260px; height: 195px"/>', '        </a>', '       </div>']
        if e.get("media") == "video":
            out += ['       <div class="media_wrap clearfix">', f'        <a class="media_video clearfix pull_left block_link" href="video_files/IMG_{4410 + i}.MP4">',
                    '         <div class="fill pull_left">', '         </div>', '         <div class="body">', '          <div class="title bold">', 'Video', '          </div>',
                    '          <div class="status details">', '00:37, 6.1 MB', '          </div>', '         </div>', '        </a>', '       </div>']
        body = "<br><br>".join(esc(p) for p in e["p"])
        tail = f'<a href="https://t.me/{S["tme"]}">{esc(S["title"])}</a> | <a href="https://t.me/{S["tme"]}_bot">Send us news</a>'
        if e.get("fwd"):
            fd = dt(e["fwd_t"], z)
            out += ['       <div class="forwarded body">', '        <div class="from_name">',
                    f'{esc(e["fwd"])}<span class="date details" title="{fd:%d.%m.%Y %H:%M:%S} {off}"> {fd:%d.%m.%Y %H:%M:%S}</span>', '        </div>',
                    '        <div class="text">', body, '        </div>', '       </div>']
        else:
            txt = (f"<strong>{esc(e['h'])}</strong>" if e["h"] else "") + ("<br><br>" + body if e["h"] and body else body) + "<br><br>" + tail
            out += ['       <div class="text">', txt, '       </div>']
        if e["a"]:
            out += ['       <div class="signature details">', esc(e["a"]), '       </div>']
        out += ['       <span class="reactions">'] + [f'        <span class="reaction"><span class="emoji">{em}</span><span class="count">{c}</span></span>'
                                                    for em, c in e.get("react", [("\U0001f44d", 40)])] + ['       </span>']
        out += ['      </div>', '     </div>']
    out += ['    </div>', '   </div>', '  </div>', ' </body>', '</html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20407", name="20407_telegram-export", ext="html", source="Telegram (Sumy Region Online)", zone="Europe/Kyiv", render=r_telegram,
  title="Sumy Region Online", tme="sumyregiononline", first_id=48211,
  basis="bare message time '{s}' under the export's date line '16 February 2032'; the time's title attribute gives the full 'DD.MM.YYYY HH:MM:SS UTC+02:00' (Kyiv time) used here; local {loc}",
  notes="Imitates a Telegram Desktop HTML export (messages.html) of a regional news channel, limited to one day: a service line '16 February 2032', then eight messages oldest first, each with a bare 'HH:MM' whose title attribute carries the full local time with seconds and offset (UTC+02:00). Only some posts have a bold first line, used as the headline; the rest have headline null. Every own post ends with the channel's link line 'Sumy Region Online | Send us news' (chrome, not body). 20407-02 is a forwarded Air Force report (the forwarded block prints the original's time 07:58:10; the message's own time 08:02 is used); it is about the same overnight attack as 20407-01. 20407-04 (photo album) and 20407-07 (video) carry only a one-line caption ('Photos: ...', 'Video: ...'), treated as a headline with no body (importance 1). Signatures under posts are authors; posts without one have author null. Both Shostka updates (20407-03 and -08) are one story; the 21:15 update raises the toll to two.",
  not_entries=["'Exported Data' document title and page header 'Sumy Region Online'", "date service message '16 February 2032'",
               "avatar initials 'SR' and the 'Sumy Region Online' from_name line", "the link line 'Sumy Region Online | Send us news' closing every own post",
               "photo thumbnails of 20407-04 and the video block 'Video / 00:37, 6.1 MB' of 20407-07", "forwarded header 'Ukrainian Air Force 16.02.2032 07:58:10' in 20407-02",
               "reaction counters under every message"],
  entries=[
  E("2032-02-16 07:05:18", None,
    ["Overnight the enemy attacked Sumy region with 14 attack drones. Air defence destroyed 11 of them over the Sumy, Okhtyrka and Shostka districts.",
     "Information about damage is being clarified."],
    "strikes", "strikes", 2, "overnight-drone-attack-north-2032-02-16", a="Iryna Tkach", react=[("\U0001f44d", 212), ("\U0001f64f", 88)]),
  E("2032-02-16 08:02:44", None,
    ["On the night of 16 February the enemy attacked with 63 Shahed-type strike drones and decoy drones launched from the Kursk, Bryansk and Oryol directions.",
     "As of 08:00, 49 drones had been shot down or suppressed in the north and east of the country. Hits were recorded in Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-north-2032-02-16", fwd="Ukrainian Air Force", fwd_t="2032-02-16 07:58:10",
    react=[("\U0001f44d", 164)], n="forwarded Air Force report on the same overnight attack as 20407-01 (different wording, not a repeat); author null (forward, no signature)"),
  E("2032-02-16 08:40:31", "Shostka: drone hits gas distribution station",
    ["One worker was killed and two were injured when a drone hit a gas distribution station on the edge of Shostka at about 08:15, the head of the city military administration said.",
     "Gas supply to about 3,000 households has been cut while repairs go on."],
    "strikes", "strikes", 3, "shostka-gas-station-drone-strike-2032-02-16", a="Iryna Tkach", react=[("\U0001f622", 301), ("\U0001f64f", 144)]),
  E("2032-02-16 09:55:02", "Photos: aftermath of the strike in Shostka", [],
    "strikes", "strikes", 1, "shostka-gas-station-drone-strike-2032-02-16", media="photos", react=[("\U0001f622", 97)],
    n="photo album with a caption only (teaser, no body)"),
  E("2032-02-16 13:10:47", None,
    ["Schools in Sumy will switch to online lessons until Friday because of the constant threat of guided-bomb attacks, the city military administration said.",
     "Kindergartens with shelters stay open."],
    "other", "humanitarian", 2, "sumy-schools-online-2032-02-16", a="Oleh Marchenko", react=[("\U0001f44d", 75)]),
  E("2032-02-16 15:45:20", "Evacuation zone widened",
    ["The regional military administration has made evacuation compulsory for 11 more villages in the Krasnopillia and Myropillia communities, all within 10 kilometres of the border."],
    "other", "humanitarian", 2, "sumy-border-villages-evacuation-2032-02-16", a="Oleh Marchenko", react=[("\U0001f44d", 58), ("\U0001f622", 21)]),
  E("2032-02-16 18:30:09", "Video: border guards shoot down a Russian reconnaissance drone near Yunakivka", [],
    "strikes", "strikes", 1, "yunakivka-recon-drone-downed-2032-02-16", media="video", react=[("\U0001f525", 410)],
    n="video with a caption only (teaser, no body); an air-defence engagement"),
  E("2032-02-16 21:15:55", None,
    ["The death toll from the morning drone strike in Shostka has risen to two. A second worker died in hospital, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "shostka-gas-station-drone-strike-2032-02-16", a="Iryna Tkach", react=[("\U0001f622", 266)]),
  ]))


def r_facebook(S):
    """Facebook Page timeline copied as text from a logged-out browser several days later: login strip, page name, likes and
    followers, tabs, Intro box, then posts newest first, each 'PAGE NAME' / 'February 18 at 8:45 PM' / ' · ' (no year: the
    current year is implied; the footer prints 'Meta © 2032'), post text (long posts cut with '… See more'), an optional link
    card (DOMAIN in capitals + title), then 'All reactions:' counts and Like / Comment / Share."""
    z = S["zone"]; in_order(S, True)
    L = ["Facebook", "Email or phone", "Password", "Log In", "Forgot account?", "Create new account", "", S["title"], S["counts"],
         "Like", "Follow", "Message", "", "Posts", "About", "Mentions", "Reviews", "Followers", "Photos", "More", "", "Intro", S["intro"],
         "Page \u00b7 News & media website", "Odesa, Ukraine", S["site"], "", "Photos", "See all photos", "", "Posts", "Filters", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day} at {h12(d)}"; stamps.append(st)
        L += [S["title"], st, " \u00b7 "]
        ps = list(e["p"])
        if e.get("more"):
            ps[-1] = ps[-1] + " " + e["more"] + "\u2026 See more"
        L += ps
        if e.get("card"):
            L += [S["site"].upper(), e["card"]]
        r, c, sh = e.get("rx", ("214", "18", "9"))
        L += ["All reactions:", r, f"{c} comments", f"{sh} shares", "Like", "Comment", "Share", ""]
    L += ["See more on Facebook", "Email or phone number", "Password", "Log In", "Forgot password?", "or", "Create new account", "",
          f"Privacy \u00b7 Terms \u00b7 Advertising \u00b7 Ad Choices \u00b7 Cookies \u00b7 More \u00b7 Meta \u00a9 {S['year']}"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20408", name="20408_facebook-page", ext="txt", source="Facebook (Odesa Coast News)", zone="Europe/Kyiv", render=r_facebook,
  title="Odesa Coast News", counts="14K likes \u2022 21K followers", site="odesacoast.news", year=2032,
  intro="Independent news from Odesa and the Black Sea coast, in Ukrainian and English.",
  basis="Facebook stamp '{s}' (no year: Facebook omits the current year; the page's footer 'Meta \u00a9 2032' gives it); times as displayed to a viewer in Kyiv (EET = UTC+2); local {loc}",
  notes="Imitates a Facebook Page timeline copied as text in a logged-out browser a few days after the posts (so stamps read 'February 18 at 8:45 PM' instead of '3h'). Facebook prints no year for posts of the current year; the only year on the page is the footer 'Meta \u00a9 2032'. The displayed times depend on the viewer's zone; the capture is taken to be from Kyiv (Europe/Kyiv), the page's home. Posts have no headlines (headline null) and no per-post bylines (author null; the page is the source). 20408-07 is cut with '\u2026 See more' (its one visible paragraph counts; the cut words are part of it). Link cards (domain in capitals + the linked article's title) are not body. One off-beat post (opera season).",
  not_entries=["login strip (Email or phone, Password, Log In, Forgot account?, Create new account)", "page name 'Odesa Coast News' and '14K likes \u2022 21K followers'",
               "Like / Follow / Message buttons and the tab row", "Intro box (description, category, city, website)", "'Photos' / 'See all photos'", "'Posts' / 'Filters'",
               "the page-name line and ' \u00b7 ' above every post", "link cards 'ODESACOAST.NEWS' + article title under 20408-02 and 20408-06",
               "'All reactions:' counts, comments, shares, Like / Comment / Share under every post", "'\u2026 See more' cut marker in 20408-07",
               "bottom login box 'See more on Facebook ...'", "footer 'Privacy \u00b7 Terms \u00b7 ... Meta \u00a9 2032'"],
  entries=[
  E("2032-02-18 20:45", None,
    ["BREAKING: Explosions are being heard in Odesa. The air force has warned of ballistic missiles launched from Crimea. Stay in shelters until the all-clear."],
    "strikes", "strikes", 2, "odesa-evening-ballistic-attack-2032-02-18", rx=("1.1K", "96", "140")),
  E("2032-02-18 18:20", None,
    ["Turkey and Ukraine have signed an agreement on the joint demining of coastal waters off Odesa, Mykolaiv and Kherson, Ukraine's navy said. Turkish minehunters will work alongside Ukrainian crews from April."],
    "diplomacy", "diplomacy", 2, "turkey-ukraine-coastal-demining-agreement-2032-02-18", card="Turkish minehunters to help clear Odesa coast from April", rx=("436", "22", "31")),
  OFF("2032-02-18 15:55", None,
    ["The Odesa Opera and Ballet Theatre has announced its spring season, opening on 14 March with a new production of Natalka Poltavka. Tickets go on sale on Monday."],
    "odesa-opera-spring-season-2032-02-18", n="culture listing", rx=("388", "12", "40")),
  E("2032-02-18 13:30", None,
    ["Ukraine's navy says Russia is keeping two Kalibr-capable ships on duty in the Black Sea this afternoon, with up to 16 cruise missiles between them."],
    "other", "security", 2, "black-sea-kalibr-carriers-on-duty-2032-02-18", rx=("201", "9", "27")),
  E("2032-02-18 12:05", None,
    ["Odesa city council has approved funding for 40 new school shelters, enough to bring every school in the city back to in-person lessons by September, the deputy mayor said."],
    "other", "humanitarian", 2, "odesa-school-shelters-funding-2032-02-18", rx=("640", "35", "18")),
  E("2032-02-18 10:40", None,
    ["Moldova's parliament has ratified an agreement with Ukraine on joint border checks at the Palanca crossing, which should cut waiting times on the Odesa to Chisinau road."],
    "diplomacy", "diplomacy", 2, "moldova-ukraine-joint-border-checks-2032-02-18", card="Moldova ratifies joint border checks at Palanca", rx=("157", "8", "6")),
  E("2032-02-18 09:12", None,
    ["A Russian missile hit a grain terminal in Pivdennyi port overnight, killing one port worker and injuring three others, the Odesa regional administration said."],
    "strikes", "strikes", 3, "pivdennyi-port-missile-strike-2032-02-18", more="The terminal's conveyor and two of its silos were",
    rx=("892", "73", "58"), n="post cut with '\u2026 See more'"),
  ]))


def r_threads(S):
    """Threads profile (threads.net/@NAME) copied as text in a logged-out browser more than a week after the posts: header, name,
    handle, bio, followers, tabs, then posts newest first, each 'HANDLE' / '02/20/32' (Threads shows MM/DD/YY once a post is
    over a week old: no time), the text, and bare like/reply/repost/share counts. Login prompt and footer at the end."""
    z = S["zone"]
    stamps = []
    L = ["Threads", "Log in", "", S["title"], S["handle"], "threads.net", S["bio"], S["followers"], "", "Threads", "Replies", "Media", "Reposts", ""]
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%m/%d/%y}"; stamps.append(st)
        assert len("\n\n".join(e["p"])) <= 500
        L += [S["handle"], st] + paras_txt(e["p"])
        if e.get("tr"):
            L += ["Translate"]
        L += [str(x) for x in e["cnt"]] + [""]
    L += ["Say more with Threads", "Join Threads to share ideas, ask questions, post random thoughts and more.", "Log in or sign up for Threads",
          "Continue with Instagram", "Log in with username instead", "", f"\u00a9 {S['year']}", "Threads Terms", "Privacy Policy", "Cookies Policy", "Report a problem"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20409", name="20409_threads-profile", ext="txt", source="Threads (Mykola Hrytsenko)", zone="Europe/Kyiv", render=r_threads,
  title="Mykola Hrytsenko", handle="mhrytsenko.news", followers="8,412 followers", year=2032,
  bio="Kyiv-based reporter covering the war, politics and people. Views my own.",
  basis="Threads date-only stamp '{s}' (MM/DD/YY, shown once a post is more than a week old); no time of day is printed anywhere, so published is the date only ({pub}), as in gold 002; local date {loc}",
  notes="Imitates a Threads profile page copied as text in a logged-out browser about ten days after these posts, so every post prints only '02/20/32' (MM/DD/YY) and no time: published is date-only (2032-02-20), following the date-only precedent of ../shared/gold/002 (LABELS.md would say null when no time is known). Posts are listed newest first as the profile shows them; their order within the day is the page's, not derivable from stamps. No headlines (headline null); author = the account holder. Counts under each post are bare numbers (likes, replies, reposts, shares). One off-beat post (snow).",
  not_entries=["'Threads' / 'Log in' header", "profile block: name, handle, 'threads.net', bio, '8,412 followers'", "tabs Threads / Replies / Media / Reposts",
               "the handle line above every post", "'Translate' under 20409-05", "bare count lines under every post",
               "login prompt 'Say more with Threads ...'", "footer '\u00a9 2032', Threads Terms, Privacy Policy, Cookies Policy, Report a problem"],
  entries=[
  E("2032-02-20", None,
    ["Kyiv: debris from a ballistic missile shot down before dawn fell in Obolon district, injuring four people and damaging a nine-storey building.",
     "The city's military administration says all four are in hospital, none in a serious condition."],
    "strikes", "strikes", 2, "kyiv-obolon-missile-debris-2032-02-20", a="Mykola Hrytsenko", cnt=(512, 38, 61, 14)),
  OFF("2032-02-20", None,
    ["First proper snow in Kyiv in two weeks. Metro and buses running normally, the city says. Go carefully on the pavements \U0001f976"],
    "kyiv-snowfall-2032-02-20", a="Mykola Hrytsenko", n="weather", cnt=(301, 22, 4, 2)),
  E("2032-02-20", None,
    ["Zelensky says Ukraine and Japan have agreed a $1.5 billion package for energy repairs and demining, signed during the Japanese foreign minister's visit to Kyiv today."],
    "aid", "aid", 3, "japan-energy-demining-package-2032-02-20", a="Mykola Hrytsenko", sec=["diplomacy"], cnt=(744, 51, 93, 20), n="aid worth about \u20ac1.4bn"),
  E("2032-02-20", None,
    ["Outside the Coordination Headquarters for the Treatment of Prisoners of War this morning I met families of soldiers missing since the autumn fighting near Pokrovsk. Most told me they had heard nothing official for months.",
     "One mother has been coming every Friday since October."],
    "other", "humanitarian", 2, "families-of-missing-soldiers-kyiv-2032-02-20", a="Mykola Hrytsenko", cnt=(1204, 117, 188, 45)),
  E("2032-02-20", None,
    ["The Kremlin has again rejected a ceasefire limited to energy infrastructure, with Peskov calling it 'a pause that only helps Kyiv'. No date yet for another round in Geneva."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-ceasefire-2032-02-20", a="Mykola Hrytsenko", tr=True, cnt=(233, 40, 12, 6)),
  E("2032-02-20", None,
    ["Lithuania's parliament voted to keep military aid to Ukraine at 0.25% of GDP a year for the next three years. 98 in favour, 5 against."],
    "aid", "aid", 2, "lithuania-military-aid-law-2032-02-20", a="Mykola Hrytsenko", cnt=(418, 19, 37, 8)),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_textlive_gmt(S):
    """text live blog, OLDEST first ('Sorted: oldest first'); each block: 'HH.MM GMT' line, headline, body, optional
    'Updated at HH.MM GMT' line; page byline; a picture teaser prints only 'View image in fullscreen' and a photo credit."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"].upper(), "News | Opinion | Sport | Culture | Lifestyle | More", "", S["kicker"], S["title"], S["dateline"], "", S["lede"], "",
         f"By {S['byline']}", "", "Sorted: oldest first   Show newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]]
        if e["p"]:
            L += [""] + paras_txt(e["p"])
        else:
            L += ["View image in fullscreen", e["credit"], ""]
        if e.get("upd"):
            L += [f"Updated at {e['upd']} GMT", ""]
        if i == 3:
            L += ["Sign up to the Dunnockvale Post's Europe at war newsletter", "Free weekly newsletter", "Sign up", ""]
    L += ["Back to top", "", f"\u00a9 {S['dateline'][-4:]} Dunnockvale Post \u00b7 About us \u00b7 Contact \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_article_sections(S):
    """HTML article with h2 sections (one entry each), page byline and a visible dateline 'DD.MM.YYYY, HH:MM' (local, no zone);
    NewsArticle JSON-LD with the same time and the offset."""
    z = S["zone"]
    d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           '<main><article>', f'<p class="section-label">{esc(S["label"])}</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{d:%d.%m.%Y, %H:%M}</p>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="inline-related"><strong>Read also:</strong> <a href="/ukraine/nikopol-a-city-under-fire">Nikopol: a year on the river bank</a></aside>')
    out += ['<div class="share">Share: Facebook \u00b7 X \u00b7 E-mail \u00b7 Copy link</div></article></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial team \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_b_rss(S):
    """RSS 2.0 world feed, newest first, numeric-offset (or GMT) pubDate, RSS <author> in 'email (Name)' form, escaped-HTML
    description; optional category per item."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} {esc(S["source"])}</copyright>',
           f'<atom:link href="{S["url"]}/rss/{S["feed"]}.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower().replace(" ", "-")}/{d:%Y%m%d}/{slug(e["h"], 50)}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["feed"]}-{88120 + i * 13}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e.get("cat"):
            out.append(f'<category>{esc(e["cat"])}</category>')
        if e["a"]:
            out.append(f'<author>{S["desk"]} ({esc(e["a"])})</author>')
        out += [f'<description>{esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom_xhtml(S):
    """Atom feed, newest first, <published> with the local offset, <author><name>, a one-line <summary> standfirst and
    inline XHTML <content type="xhtml"> (a div in the XHTML namespace)."""
    z = S["zone"]; in_order(S, True)
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>tag:{host},2019:feed</id>', f'<link rel="alternate" href="{S["url"]}/"/>',
           f'<link rel="self" href="{S["url"]}/feed.atom"/>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>', '<generator>Hugo</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m}/{slug(e["h"], 50)}/"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{d:%Y/%m}/{slug(e["h"], 50)}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("summary"):
            out.append(f'<summary>{esc(e["summary"])}</summary>')
        out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-02-23 (UTC), day 2 = 2032-02-24, day 3 = 2032-02-27.
KR = "kryvyi-rih-missile-strike-2032-02-23"
NOR = "norway-air-defence-pledge-2032-02-23"
WARN = "analysis-warning-time-central-ukraine"
WARN_H = "Analysis: Why central Ukraine gets so little warning"
WARN_P = ["Monday's strike on Kryvyi Rih was another reminder that the cities of central Ukraine, far from the front on a map, can be among the least protected places in the country.",
          "Ballistic missiles launched from the Zaporizhzhia region or from occupied Crimea need only a few minutes to reach Kryvyi Rih, Dnipro or Kropyvnytskyi. Sirens often sound after the missile is already in the air, and sometimes not before impact at all.",
          "Officials say the answer is more Patriot and SAMP/T batteries in the centre of the country, but every battery moved there leaves another city with less cover."]

# ---------------------------------------------------------------- 20420 Dunnockvale Post (day 1, text live, oldest first)
SEEDS.append(dict(
  id="20420", name="20420_dunnockvale-textlive", ext="txt", source="Dunnockvale Post", zone="Europe/London", render=r_b_textlive_gmt,
  kicker="Ukraine war live", title="Kryvyi Rih death toll rises after Russian missile hits city centre",
  dateline="Monday 23 February 2032", byline="Eleanor Pike",
  lede="At least five people killed in Zelensky's home city; Norway announces NOK 6bn for air defence; fighting continues near Lyman.",
  basis="block stamp '{s}' under the dateline 'Monday 23 February 2032' (UK time, GMT = UTC in February); local {loc}",
  notes="Invented outlet. Text live blog sorted OLDEST first ('Sorted: oldest first'). Each block: 'HH.MM GMT' line, headline, body; some blocks end with an 'Updated at HH.MM GMT' line (an edit time, not the stamp). No per-block byline: the page byline 'By Eleanor Pike' is used as every entry's author. 20420-05 is a 'Pictured:' teaser with only an image placeholder and credit. 20420-07 re-posts 20420-04 nearly verbatim (same headline, stale toll of three) later in the day: duplicate_of 20420-04. 20420-08 is a theme piece (analysis) that mentions the strike; it is re-published verbatim by 20433 on day 2.",
  not_entries=["masthead 'DUNNOCKVALE POST' and section menu", "kicker 'Ukraine war live', page title and dateline", "standfirst/lede line",
               "page byline 'By Eleanor Pike'", "'Sorted: oldest first   Show newest first' toggle", "'View image in fullscreen' and the photo credit in 20420-05",
               "'Updated at 11.58 GMT' and 'Updated at 13.40 GMT' edit lines", "newsletter sign-up box after the fourth block", "'Back to top'", "footer"],
  entries=[
  E("2032-02-23 07:05", "Overnight drones knock out substation in Kryvyi Rih",
    ["Russian attack drones hit an electricity substation in Kryvyi Rih overnight, leaving parts of two districts without power, the head of the city's military administration said. Nobody was hurt.",
     "Ukraine's air force said it had shot down 38 of the 52 drones launched across the country."],
    "strikes", "strikes", 2, "kryvyi-rih-substation-drone-attack-2032-02-23", a="Eleanor Pike",
    n="same city, earlier and separate event (night drone attack on a substation, no casualties): must not merge with the afternoon missile strike"),
  E("2032-02-23 08:30", "Ukraine says Russian assaults near Lyman repelled",
    ["Ukraine's General Staff said its forces had repelled 17 Russian assaults near Lyman in the Donetsk region over the past 24 hours, the heaviest fighting along that part of the front this month."],
    "other", "frontline", 2, "lyman-assaults-repelled-2032-02-23", a="Eleanor Pike"),
  E("2032-02-23 10:15", "Norway announces NOK 6bn for Ukraine's air defence",
    ["Norway will spend NOK 6bn, about \u20ac520m, on air defence for Ukraine this year, the Norwegian defence minister told a news conference in Oslo.",
     "Most of the money will pay for missiles and radars for the NASAMS systems that Norway co-produces, he said."],
    "aid", "aid", 3, NOR, a="Eleanor Pike", n="same aid theme as Spain's Hawk missiles (20421-03), different event"),
  E("2032-02-23 11:40", "Missile strike on Kryvyi Rih city centre",
    ["A Russian ballistic missile has hit the centre of Kryvyi Rih, killing at least three people and injuring about 20, according to the head of the regional military administration.",
     "The missile struck a hotel and a neighbouring apartment building shortly after 1pm local time. Rescuers are searching the rubble."],
    "strikes", "strikes", 3, KR, a="Eleanor Pike", upd="11.58", n="first report: 3 dead, about 20 injured"),
  E("2032-02-23 12:05", "Pictured: rescuers at the hotel in Kryvyi Rih", [],
    "strikes", "strikes", 1, KR, a="Eleanor Pike", credit="Photograph: State Emergency Service of Ukraine", n="picture teaser without text"),
  E("2032-02-23 13:20", "Kryvyi Rih death toll rises to five",
    ["Five people are now known to have been killed in the missile strike on Kryvyi Rih, including a 12-year-old girl, regional officials said. Twenty-six people were injured.",
     "President Zelensky, who was born in the city, said the attack showed why Ukraine needed more air defence in its central regions."],
    "strikes", "strikes", 3, KR, a="Eleanor Pike", upd="13.40", n="toll 5 dead, 26 injured; Zelensky's reaction is about the strike itself"),
  E("2032-02-23 15:50", "Missile strike on Kryvyi Rih city centre",
    ["A Russian ballistic missile has hit the centre of Kryvyi Rih, killing at least three people and injuring about 20, according to the head of the regional military administration.",
     "The missile struck a hotel and a neighbouring apartment building shortly after 1pm local time."],
    "strikes", "strikes", 1, KR, a="Eleanor Pike", dup="20420-04", n="near-verbatim re-post of 20420-04 with the stale toll of three"),
  E("2032-02-23 16:45", WARN_H, WARN_P, "strikes", "strikes", 2, WARN, a="Eleanor Pike",
    n="theme piece (analysis of missile warning times in central Ukraine, no single event); mentions the Kryvyi Rih strike but must not merge with it"),
  ]))

# ---------------------------------------------------------------- 20421 Juniperwick Courier (day 1, HTML article with sections)
SEEDS.append(dict(
  id="20421", name="20421_juniperwick-article", ext="html", source="Juniperwick Courier", zone="Europe/Warsaw", render=r_b_article_sections,
  label="War in Ukraine", title="Monday in the war: Kryvyi Rih counts its dead, Nikopol shelled, Hawks from Spain",
  lede="Our evening summary of the day's main developments in Russia's war against Ukraine.", byline="Agnieszka Wr\u00f3bel", published="2032-02-23 19:30",
  basis="no per-section time: the article's visible dateline '23.02.2032, 19:30' (Warsaw time, CET = UTC+1; the JSON-LD datePublished repeats it with +01:00) applies to every section; local {loc}",
  notes="Invented outlet (Warsaw). HTML evening summary with five h2 sections, one entry each (headline = section heading, stamp null), page byline 'Agnieszka Wr\u00f3bel' used as every section's author. Visible dateline '23.02.2032, 19:30' without a zone; NewsArticle JSON-LD gives the same time with +01:00. An inline 'Read also' link after the second section is not an entry.",
  not_entries=["masthead and navigation", "section label 'War in Ukraine'", "article title (h1) and lead paragraph", "byline 'Agnieszka Wr\u00f3bel'", "dateline '23.02.2032, 19:30'",
               "inline related link 'Read also: Nikopol: a year on the river bank'", "share line", "footer"],
  entries=[
  E("2032-02-23 19:30", "Eight killed in Kryvyi Rih",
    ["The number of people killed by Monday's Russian missile strike on the centre of Kryvyi Rih has risen to eight, the regional administration said in the evening. Thirty-one people were injured, six of them seriously.",
     "The missile hit a hotel used by volunteers and the apartment block next to it."],
    "strikes", "strikes", 3, KR, a="Agnieszka Wr\u00f3bel", n="toll 8"),
  E("2032-02-23 19:30", "Shelling in Nikopol",
    ["Russian artillery fired from across the Dnipro hit a residential street in Nikopol on Monday morning, injuring two women, the Dnipropetrovsk regional governor said."],
    "strikes", "strikes", 2, "nikopol-shelling-2032-02-23", a="Agnieszka Wr\u00f3bel",
    n="same region (Dnipropetrovsk) as the Kryvyi Rih strike, other event: must not merge"),
  E("2032-02-23 19:30", "Spain to send more Hawk missiles",
    ["Spain will send a further batch of Hawk air-defence missiles and spare parts for the launchers it supplied earlier, the Spanish defence ministry said, without giving numbers."],
    "aid", "aid", 2, "spain-hawk-missiles-2032-02-23", a="Agnieszka Wr\u00f3bel",
    n="same aid theme (air defence) as Norway's pledge, different event: must not merge"),
  E("2032-02-23 19:30", "Farmers back at Dorohusk",
    ["Polish farmers resumed their blockade of the Dorohusk border crossing on Monday in protest at imports of Ukrainian grain and sugar, letting through only humanitarian and military convoys.",
     "The agriculture ministry said it would meet the protesters' representatives on Wednesday."],
    "other", "politics", 2, "polish-farmers-dorohusk-blockade-2032-02-23", a="Agnieszka Wr\u00f3bel"),
  E("2032-02-23 19:30", "Weimar Triangle ministers meet in Warsaw",
    ["The foreign ministers of Poland, France and Germany met in Warsaw and called for the special tribunal for the crime of aggression against Ukraine to hold its first hearings this year."],
    "diplomacy", "diplomacy", 2, "weimar-triangle-warsaw-tribunal-2032-02-23", a="Agnieszka Wr\u00f3bel"),
  ]))

# ---------------------------------------------------------------- 20422 Sundew World Report (day 1, RSS world feed, New York)
SEEDS.append(dict(
  id="20422", name="20422_sundew-worldrss", ext="xml", source="Sundew World Report", zone="America/New_York", render=r_b_rss,
  title="Sundew World Report - World", url="https://www.sundewworld.com", feed="world", desk="newsdesk@sundewworld.com",
  lede="Top international stories from Sundew World Report.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, New York time); local {loc}",
  notes="Invented outlet (New York). General world news RSS 2.0 feed, newest first, pubDate with -0500; the war is a minority (2 of 6 items; 4 off-beat). Authors in the RSS <author> element in 'email (Name)' form; gold author = the name in brackets. Descriptions are escaped HTML. Spelling 'Krivoy Rog'.",
  not_entries=["channel title, link, description, language, copyright", "the newsdesk e-mail address in <author>", "categories"],
  entries=[
  OFF("2032-02-23 17:20", "Snowstorm closes schools across New England",
    ["Schools in Boston, Providence and Hartford closed on Monday as a late-season storm dropped more than a foot of snow across much of New England."],
    "new-england-snowstorm-2032-02-23", a="Dana Whitlock", n="weather", cat="US"),
  E("2032-02-23 14:45", "Krivoy Rog death toll climbs to eight after Russian missile strike",
    ["Eight people were killed and more than 30 wounded when a Russian ballistic missile slammed into a hotel and an apartment building in the central Ukrainian city of Krivoy Rog on Monday, local officials said.",
     "The city is the hometown of President Volodymyr Zelensky."],
    "strikes", "strikes", 3, KR, a="Marcus Hale", cat="Europe", n="spelling 'Krivoy Rog'; toll 8"),
  OFF("2032-02-23 12:10", "Mexico's central bank holds key rate at 6.5%",
    ["Banco de Mexico left its benchmark interest rate unchanged on Monday, citing stubborn services inflation."],
    "banxico-rate-hold-2032-02-23", a="Lucia Ferrer", n="economy", cat="Business"),
  E("2032-02-23 10:30", "Norway commits $560 million to Ukraine's air defense",
    ["Norway will provide 6 billion crowns, about $560 million, this year to buy air-defense missiles and radars for Ukraine, its defense minister said in Oslo on Monday."],
    "aid", "aid", 3, NOR, a="Marcus Hale", cat="Europe"),
  OFF("2032-02-23 08:05", "India launches ocean-monitoring satellite",
    ["India's space agency successfully launched a satellite on Monday that will track sea temperatures and cyclone formation over the Indian Ocean."],
    "india-ocean-satellite-launch-2032-02-23", a="Priya Raman", n="science", cat="Asia"),
  OFF("2032-02-23 06:40", "Thailand sets May date for general election",
    ["Thailand's election commission said on Monday that the next general election will be held on May 16."],
    "thailand-election-date-2032-02-23", a="Priya Raman", n="politics of another country", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20423 Moonwort Gazette (day 1, Atom with XHTML content, Kyiv)
SEEDS.append(dict(
  id="20423", name="20423_moonwort-atom", ext="xml", source="Moonwort Gazette", zone="Europe/Kyiv", render=r_b_atom_xhtml,
  title="Moonwort Gazette \u2014 Ukraine", url="https://moonwortgazette.com", lede="News from Ukraine, in English, from our newsroom in Kyiv.",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv time); local {loc}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +02:00, <author><name>, a one-sentence <summary> standfirst (not body) and inline XHTML content. Spelling 'Kryvyy Rih'.",
  not_entries=["feed title, subtitle, generator", "each entry's <summary> standfirst (a teaser line, not body)"],
  entries=[
  E("2032-02-23 22:40", "Kryvyy Rih mourns as death toll reaches nine",
    ["A ninth person has died in hospital after Monday's missile strike on the centre of Kryvyy Rih, the city's military administration said late in the evening.",
     "Rescuers finished searching the ruins of the hotel shortly after 10pm. The city will hold a day of mourning on Tuesday."],
    "strikes", "strikes", 3, KR, a="Taras Bilyk", summary="The toll from the afternoon strike has risen again.", n="spelling 'Kryvyy Rih'; toll 9"),
  E("2032-02-23 19:10", "Oslo's NOK 6bn pledge to pay for NASAMS missiles and radars",
    ["Norway's new air-defence pledge of NOK 6 billion will mostly pay for missiles and radars for the NASAMS systems already in Ukraine, Norwegian officials said on Monday.",
     "Ukraine's defence minister thanked Oslo and said the first deliveries were expected in spring."],
    "aid", "aid", 3, NOR, a="Sofiia Hnatiuk", summary="What Norway's latest package buys."),
  E("2032-02-23 16:30", "Zelensky signs law raising payments to families of fallen soldiers",
    ["President Zelensky signed a law that raises the one-off payment to families of soldiers killed in action to 18 million hryvnias and extends it to common-law partners."],
    "other", "politics", 2, "fallen-soldiers-families-payment-law-2032-02-23", a="Sofiia Hnatiuk", summary="The law also covers common-law partners."),
  E("2032-02-23 12:00", "Russia claims capture of Petropavlivka near Kupiansk",
    ["Russia's defence ministry claimed on Monday that its troops had captured Petropavlivka, a village east of Kupiansk. Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "petropavlivka-capture-claim-2032-02-23", a="Taras Bilyk", summary="Kyiv says the fighting goes on."),
  E("2032-02-23 09:15", "Kremlin says it is 'studying' Turkish proposal for energy truce",
    ["The Kremlin is studying a Turkish proposal for a mutual halt to strikes on energy infrastructure but sees 'many questions' in it, spokesman Dmitry Peskov told reporters on Monday."],
    "diplomacy", "diplomacy", 2, "turkish-energy-truce-proposal-kremlin-2032-02-23", a="Taras Bilyk", summary="Moscow has not said yes or no."),
  ]))


def r_b_htmllive_ld(S):
    """HTML live blog, NEWEST first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (local
    offset), headline and author; visible stamp '24 February, 09:12' (day and month, no year; the page header prints the full
    date); author line under the headline; a gallery teaser prints only a placeholder."""
    z = S["zone"]; in_order(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{S['pid'] - i * 7}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    last = dt(S["entries"][0]["t"], z); first = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": dt(S["end"], z).isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="topbar"><a class="logo" href="/">{esc(S["source"])}</a> <a>Subscribe</a> <a>Log in</a></div>',
           '<nav class="sections"><a>Ukraine</a> <a>War</a> <a>Politics</a> <a>Business</a> <a>Culture</a> <a>Opinion</a></nav>',
           f'<main class="live"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="p{S["pid"] - i * 7}"><div class="live-post__time">{st}</div><h3 class="live-post__title">{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="live-post__author">{esc(e["a"])}</div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery-embed">Gallery \u00b7 14 photos</div>')
        out.append('<div class="live-post__share">Share \u00b7 Copy link</div></div>')
        if i == 2:
            out.append('<div class="donate-box"><p>Independent journalism from Kyiv needs your support.</p><a>Become a member</a></div>')
    out += ['<button class="load-more">Load earlier posts</button></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 About \u00b7 Ethics code \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_ticker(S):
    """text news ticker, OLDEST first; each item opens with '+++ HH:MM Headline +++' on one line, then the body; the page says
    once that times are CET."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"], "Home  |  World  |  Germany  |  Business  |  Ticker", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"+++ {st} {e['h']} +++", ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Ticker ends. Tomorrow's ticker starts at 6am.", "", f"{S['source']}  |  Imprint  |  Privacy  |  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_b_atom_summary(S):
    """Atom world feed, newest first, UTC 'Z' times, author name, the text only as a plain-text <summary> (no content)."""
    z = S["zone"]; in_order(S, True)
    host = S["url"].split("//")[1]
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title type="text">{esc(S["title"])}</title>',
           f'<subtitle type="text">{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}/feeds/top</id>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}/feeds/top"/>',
           f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>\u00a9 {dt(S["entries"][0]["t"], z).year} {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        assert len(e["p"]) == 1, "a plain-text summary holds one paragraph"
        out += ['<entry>', f'<id>urn:uuid:5d0c{i:04x}-7a1e-4c2b-9f3d-{S["uid"]}{i:02d}</id>', f'<title type="text">{esc(e["h"])}</title>',
                f'<link rel="alternate" type="text/html" href="{S["url"]}/news/{slug(e["h"], 50)}"/>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{e.get("cat", "World")}"/>', f'<summary type="text">{esc(" ".join(e["p"]))}</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps

# Day 2 = 2032-02-24 (tenth anniversary of the full-scale invasion)
KH = "kharkiv-drone-strike-2032-02-24"
ANN = "foreign-leaders-kyiv-anniversary-2032-02-24"
GER = "germany-anniversary-aid-package-2032-02-24"

# ---------------------------------------------------------------- 20430 Pennyroyal Times (day 2, HTML live + LiveBlogPosting, newest first)
SEEDS.append(dict(
  id="20430", name="20430_pennyroyal-ldlive", ext="html", source="Pennyroyal Times", zone="Europe/Kyiv", render=r_b_htmllive_ld,
  title="Ten years of full-scale war: live updates", dateline="Tuesday, 24 February 2032", url="https://pennyroyaltimes.com/live/2032/02/24/ten-years",
  pid=90417, end="2032-02-24 23:59",
  lede="Ukraine marks the tenth anniversary of Russia's full-scale invasion as foreign leaders arrive in Kyiv; a drone strike on Kharkiv kills five.",
  basis="visible stamp '{s}' (day and month, Kyiv time; the year comes from the page header 'Tuesday, 24 February 2032'); the update's JSON-LD datePublished gives the same time with +02:00; local {loc}",
  notes="Invented outlet (Kyiv). HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00), headline and author (they agree with the visible posts). Visible stamps '24 February, 09:12' print no year; the header date 'Tuesday, 24 February 2032' does. 20430-02 is a 'Photos:' gallery teaser (placeholder only, no text). 20430-03 continues day 1's Kryvyi Rih story (toll 11, mourning). Must-not-merge neighbours of the Kharkiv strike: Kupiansk shelling (same region) and the Zaporizhzhia warehouse drone strike (same night, other city).",
  not_entries=["top bar and section navigation", "'LIVE' badge, page title, header date 'Tuesday, 24 February 2032' and summary", "'Gallery \u00b7 14 photos' placeholder in 20430-02",
               "'Share \u00b7 Copy link' under every post", "membership box after the third post", "'Load earlier posts' button", "footer"],
  entries=[
  E("2032-02-24 22:30", "Kharkiv: toll rises to five as search ends",
    ["Rescuers in Kharkiv finished searching the ruins of the apartment block hit by Russian drones before dawn, and the number of dead rose to five, mayor Ihor Terekhov said.",
     "Nineteen people were injured, among them three children."],
    "strikes", "strikes", 3, KH, a="Olha Savchuk", n="toll 5"),
  E("2032-02-24 20:05", "Photos: Leaders lay wreaths at the Wall of Remembrance", [],
    "diplomacy", "diplomacy", 1, ANN, a="Denys Koval", n="photo-gallery teaser without text"),
  E("2032-02-24 17:40", "Kryvyi Rih toll reaches 11; city declares three days of mourning",
    ["Two more people injured in Monday's missile strike on Kryvyi Rih have died in hospital, bringing the death toll to 11, the regional administration said.",
     "The city council declared three days of mourning, and flags across the city were lowered to half-mast."],
    "strikes", "strikes", 3, KR, a="Olha Savchuk", n="continuation of day 1's story: toll 11, mourning"),
  E("2032-02-24 15:15", "Two wounded as Russian artillery hits Kupiansk",
    ["Russian artillery hit a residential street in Kupiansk in the afternoon, wounding two men, the Kharkiv regional administration said. Few civilians remain in the town."],
    "strikes", "strikes", 2, "kupiansk-shelling-2032-02-24", a="Denys Koval", n="same region (Kharkiv oblast) as the Kharkiv city strike, other event: must not merge"),
  E("2032-02-24 12:50", "Leaders of Poland, Finland, Canada and the European Commission arrive in Kyiv",
    ["The presidents of Poland and Finland, Canada's prime minister and the president of the European Commission arrived in Kyiv by train on Tuesday morning to mark ten years since the full-scale invasion.",
     "They are due to attend a ceremony at the Wall of Remembrance and hold talks with President Zelensky on security guarantees."],
    "diplomacy", "diplomacy", 3, ANN, a="Denys Koval"),
  E("2032-02-24 10:20", "Drones hit logistics warehouse in Zaporizhzhia overnight",
    ["Russian drones set fire to a logistics warehouse on the northern edge of Zaporizhzhia overnight, governor Ivan Fedorov said. Nobody was hurt."],
    "strikes", "strikes", 2, "zaporizhzhia-warehouse-drone-strike-2032-02-24", a="Olha Savchuk", n="same theme (an overnight drone strike the same night), other city and event: must not merge with the Kharkiv strike"),
  E("2032-02-24 07:05", "Russian drones hit Kharkiv apartment block, killing two",
    ["Two people were killed and at least 11 injured when Russian attack drones hit a nine-storey apartment block in Kharkiv's Kyivskyi district at about 4.30am, the regional governor said.",
     "Fire engulfed three floors of the building."],
    "strikes", "strikes", 3, KH, a="Olha Savchuk", n="first report: 2 dead"),
  ]))

# ---------------------------------------------------------------- 20431 Rushlight Herald (day 2, text ticker, oldest first, CET)
SEEDS.append(dict(
  id="20431", name="20431_rushlight-ticker", ext="txt", source="Rushlight Herald", zone="Europe/Berlin", render=r_b_ticker,
  title="War in Ukraine: the ticker", dateline="Tuesday, 24 February 2032", tznote="All times CET",
  lede="Ten years after Russia's full-scale invasion: the latest news, updated through the day.",
  basis="ticker time '{s}' (CET = UTC+1, stated once as 'All times CET') under the date line 'Tuesday, 24 February 2032'; local {loc}",
  notes="Invented outlet (Berlin), English edition. Text news ticker, OLDEST first. Each item opens with one line '+++ HH:MM Headline +++' (stamp and headline on the same line), then the body and an optional '(NAME)' credit line (the author). 20431-05 repeats 20431-03 nearly verbatim (duplicate_of 20431-03). 20431-04 is a theme piece (analysis of depopulation) that mentions the anniversary but is its own story. Spelling 'Kharkov'.",
  not_entries=["masthead and menu", "ticker title, date line, 'All times CET' and the standfirst", "'+++' markers around each headline", "'(NAME)' credit lines (authors, not body)",
               "'Advertisement' marker", "closing line 'Ticker ends. ...'", "footer"],
  entries=[
  E("2032-02-24 06:10", "Kharkov: two dead after drone strike on apartment block",
    ["Russian drones hit a residential building in the eastern Ukrainian city of Kharkov before dawn, killing two people, according to the regional governor. Several floors caught fire."],
    "strikes", "strikes", 3, KH, a="jkl", n="spelling 'Kharkov'; credit printed as initials '(jkl)'"),
  E("2032-02-24 08:30", "Berlin pledges \u20ac1.1bn package on anniversary",
    ["Germany will give Ukraine military aid worth \u20ac1.1 billion this year on top of what it has already promised, the defence minister announced on the anniversary of the invasion.",
     "The package includes two more IRIS-T systems and ammunition for the Gepard anti-aircraft guns."],
    "aid", "aid", 3, GER, a="mkr"),
  E("2032-02-24 10:45", "Kharkov toll rises to three",
    ["The number of dead after the night-time drone attack on a residential building in Kharkov has risen to three, the city's mayor said. Eleven people are in hospital."],
    "strikes", "strikes", 3, KH, a="jkl", n="toll 3"),
  E("2032-02-24 12:20", "Analysis: A decade of war has emptied Ukraine's east",
    ["Ten years of full-scale war have changed the map of where Ukrainians live more than any event since the Second World War.",
     "Towns in the Donetsk and Kharkiv regions that had tens of thousands of residents in 2022 now have a few hundred, most of them elderly. Demographers in Kyiv estimate that the country's population, excluding occupied areas, has fallen below 30 million.",
     "Whether those who left come back will depend less on the front line than on jobs, schools and the return of safe electricity, they say."],
    "other", "humanitarian", 2, "analysis-depopulation-east-ukraine", a="Henrike Lasser",
    n="theme piece (analysis of depopulation, no single event); mentions the anniversary but must not merge with the leaders' visit"),
  E("2032-02-24 13:55", "Kharkov toll rises to three",
    ["The number of dead after the night-time drone attack on a residential building in Kharkov has risen to three, the city's mayor said. Eleven people are being treated in hospital."],
    "strikes", "strikes", 1, KH, a="jkl", dup="20431-03", n="near-verbatim repeat of 20431-03"),
  E("2032-02-24 15:30", "Leaders gather in Kyiv ten years after the invasion",
    ["Heads of state and government from Poland, Finland and Canada, together with the Commission president, joined Zelensky at a memorial ceremony in Kyiv and promised continued support."],
    "diplomacy", "diplomacy", 3, ANN, a="mkr"),
  E("2032-02-24 18:10", "Munich court convicts man of spying on Ukrainian soldiers trained in Bavaria",
    ["A court in Munich sentenced a 41-year-old German-Russian man to four years in prison for passing photos of a training area used by Ukrainian soldiers to a Russian intelligence officer."],
    "other", "security", 2, "munich-spying-conviction-2032-02-24", a="Henrike Lasser"),
  ]))

# ---------------------------------------------------------------- 20432 Greylag World Service (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="20432", name="20432_greylag-worldatom", ext="xml", source="Greylag World Service", zone="UTC", render=r_b_atom_summary,
  title="Greylag World Service: Top stories", url="https://www.greylagworld.org", uid="8e21c47b50",
  lede="The most important stories from around the world, updated around the clock.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {loc}",
  notes="Invented outlet. General world Atom feed, newest first, UTC; each entry has only a plain-text <summary> (one paragraph, the body) and no content. The war is a minority: 2 of 6 entries (4 off-beat).",
  not_entries=["feed title, subtitle, rights line", "category terms"],
  entries=[
  OFF("2032-02-24 21:15", "Floods cut roads in northern Mozambique",
    ["Heavy rain has washed away bridges and cut off dozens of villages in Mozambique's Cabo Delgado and Niassa provinces, aid agencies said on Tuesday."],
    "mozambique-floods-2032-02-24", a="Grace Achieng", n="weather/disaster", cat="Africa"),
  E("2032-02-24 18:40", "Kharkiv drone strike toll rises to five on invasion anniversary",
    ["Five people were killed when Russian drones hit an apartment building in Kharkiv early on Tuesday, hours before foreign leaders gathered in Kyiv to mark ten years since Russia's full-scale invasion, Ukrainian officials said."],
    "strikes", "strikes", 3, KH, a="Tom Ashdown", cat="Europe", n="toll 5"),
  OFF("2032-02-24 15:05", "EU and India wrap up free-trade talks",
    ["Negotiators from the European Union and India concluded talks on a free-trade agreement on Tuesday after more than a decade of on-off negotiations."],
    "eu-india-trade-talks-2032-02-24", a="Anil Mehta", n="trade", cat="Business"),
  E("2032-02-24 11:30", "World leaders in Kyiv to mark ten years of full-scale war",
    ["The leaders of Poland, Finland and Canada and the European Commission president arrived in Kyiv on Tuesday for ceremonies marking ten years since Russia launched its full-scale invasion of Ukraine."],
    "diplomacy", "diplomacy", 3, ANN, a="Tom Ashdown", cat="Europe"),
  OFF("2032-02-24 08:45", "Avalanche kills three skiers in Swiss Alps",
    ["Three off-piste skiers were killed by an avalanche near Verbier on Monday afternoon, police in the canton of Valais said."],
    "verbier-avalanche-2032-02-24", a="Claire Dufour", n="accident", cat="Europe"),
  OFF("2032-02-24 06:20", "Japan's exports to China fall for third month",
    ["Japanese exports to China fell 4.1% in January from a year earlier, the third monthly decline in a row, official data showed on Tuesday."],
    "japan-exports-china-2032-02-24", a="Kenji Morita", n="economy", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20433 Teaselmoor Courier (day 2, RSS, GMT)
SEEDS.append(dict(
  id="20433", name="20433_teaselmoor-rss", ext="xml", source="Teaselmoor Courier", zone="Europe/London", render=r_b_rss, gmt=True,
  title="Teaselmoor Courier | Ukraine", url="https://www.teaselmoorcourier.co.uk", feed="ukraine", desk="news@teaselmoorcourier.co.uk",
  lede="The latest news and analysis on the war in Ukraine from the Teaselmoor Courier.",
  basis="RSS pubDate '{s}' ('GMT'; UK time in February = UTC); local {loc}",
  notes="Invented outlet (UK). RSS 2.0 feed, newest first, pubDate in GMT, <author> in 'email (Name)' form, escaped-HTML descriptions. 20433-03 re-publishes day 1's analysis 20420-08 from the Dunnockvale Post verbatim (category 'Partner content', same headline, text and author): a re-post of a day-1 entry, importance 1, duplicate_of null (duplicate_of is defined within one seed). 20433-01 continues day 1's Kryvyi Rih story.",
  not_entries=["channel title, link, description, language, copyright", "the newsroom e-mail address in <author>", "categories (including 'Partner content')"],
  entries=[
  E("2032-02-24 20:50", "Kryvyi Rih buries its dead as toll rises to 11",
    ["The first funerals of the victims of Monday's Russian missile strike were held in Kryvyi Rih on Tuesday, as the number of dead rose to 11.",
     "Among them were two volunteers from a charity that had used the hotel as a base for deliveries to the front."],
    "strikes", "strikes", 3, KR, a="Rowan Ellery", cat="Ukraine", n="continuation of day 1's story: toll 11, funerals"),
  E("2032-02-24 17:25", "Germany pledges \u20ac1.1bn in military aid as war enters its eleventh year",
    ["Germany has announced \u20ac1.1bn in additional military aid for Ukraine, including two IRIS-T air-defence systems, to mark the tenth anniversary of Russia's full-scale invasion."],
    "aid", "aid", 3, GER, a="Rowan Ellery", cat="Ukraine"),
  E("2032-02-24 14:10", WARN_H, WARN_P, "strikes", "strikes", 1, WARN, a="Eleanor Pike", cat="Partner content",
    n="re-post of day-1 entry 20420-08 (Dunnockvale Post analysis), republished verbatim as partner content; importance 1"),
  E("2032-02-24 11:00", "Ukraine and Moldova sign deal to link power grids more closely",
    ["The energy ministers of Ukraine and Moldova signed an agreement in Chisinau to build a second high-voltage line between the two countries, which would let Ukraine import more electricity during Russian attacks on its grid."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-grid-agreement-2032-02-24", a="Hattie Crewe", cat="Ukraine", sec=["aid"]),
  E("2032-02-24 09:35", "Kharkiv drone strike kills three",
    ["Three people have been killed after Russian drones struck an apartment block in Kharkiv in the early hours, Ukrainian officials said."],
    "strikes", "strikes", 3, KH, a="Hattie Crewe", cat="Ukraine", n="toll 3"),
  ]))


def r_b_textlive_kp(S):
    """text live blog, NEWEST first, with a 'Key Points' block of post headlines at the top; each post: 'Posted at HH:MM',
    headline, 'By NAME' (optional), body; a video teaser prints only a play line. One note says times are Kyiv time."""
    z = S["zone"]; in_order(S, True)
    L = [S["source"], "Home  News  Ukraine  World  Business  Sport  Live", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live Reporting", f"Edited by {S['editor']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"Posted at {st}", e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + (paras_txt(e["p"]) if e["p"] else ["\u25b6 0:48", ""])
        if i == 2:
            L += ["Get our Ukraine briefing in your inbox every morning. Sign up here.", ""]
    L += ["View more posts", "", f"\u00a9 {S['dateline'][-4:]} {S['source']}. Terms of use | Privacy | Cookies | Contact us"]
    return "\n".join(L) + "\n", stamps


def r_b_htmllive_h(S):
    """HTML live blog, OLDEST first, no JSON-LD; visible stamps in the French '08h05' form; the page states once that times are
    Paris time (CET); author under each headline; a newsletter box mid-page."""
    z = S["zone"]; in_order(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<header><div class="brand">{esc(S["source"])}</div><nav><a>France</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Economy</a> <a>Ideas</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="tz">{esc(S["tznote"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>', '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        out.append(f'<li class="live-item"><p class="live-item__time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-item__author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</li>')
        if i == 2:
            out.append('<li class="promo"><p>Receive our Europe newsletter every evening.</p><a>Subscribe</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Legal notice \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_atom_html(S):
    """Atom feed, newest first, <published> with the local offset, author name, escaped-HTML <content type="html">."""
    z = S["zone"]; in_order(S, True)
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{S["url"]}/" rel="alternate"/>', f'<link href="{S["url"]}/rss/atom.xml" rel="self"/>', f'<id>{S["url"]}/</id>',
           f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title type="html">{esc(esc(e["h"]))}</title>', f'<link href="{S["url"]}/a/{20443000 + i * 41}" rel="alternate"/>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<id>{S["url"]}/a/{20443000 + i * 41}</id>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps

# Day 3 = 2032-02-27
CH = "chernihiv-missile-strike-2032-02-27"
IST = "istanbul-black-sea-shipping-talks-2032-02-27"

# ---------------------------------------------------------------- 20440 Scaup World Feed (day 3, RSS world feed, Tokyo)
SEEDS.append(dict(
  id="20440", name="20440_scaup-worldrss", ext="xml", source="Scaup World Feed", zone="Asia/Tokyo", render=r_b_rss,
  title="Scaup World Feed: World News", url="https://scaupworld.jp", feed="world", desk="editors@scaupworld.jp",
  lede="World news in English from Tokyo.",
  basis="RSS pubDate '{s}' (explicit +0900 offset, Tokyo time); local {loc}",
  notes="Invented outlet (Tokyo). General world RSS 2.0 feed, newest first, pubDate with +0900. The two newest items are dated Saturday 28 February in Tokyo but fall on Friday 27 February in UTC (17:15 and 22:40 UTC): the whole feed is one UTC day. The war is a minority (2 of 6 items; 4 off-beat). Spelling 'Chernigov'.",
  not_entries=["channel title, link, description, language, copyright", "the editors' e-mail address in <author>", "categories"],
  entries=[
  OFF("2032-02-28 07:40", "South Korea's opposition leader indicted over campaign funds",
    ["Prosecutors in Seoul indicted the leader of South Korea's main opposition party on charges of accepting illegal campaign donations, his party said."],
    "south-korea-opposition-leader-indicted-2032-02-27", a="Min-ji Park", n="politics of another country", cat="Asia"),
  E("2032-02-28 02:15", "Chernigov missile strike death toll rises to four",
    ["The death toll from a Russian missile strike on the northern Ukrainian city of Chernigov rose to four on Friday after a woman died in hospital, regional officials said. More than 20 people were wounded."],
    "strikes", "strikes", 3, CH, a="Daniel Ortiz", cat="Europe", n="spelling 'Chernigov'; toll 4"),
  OFF("2032-02-27 22:30", "Indonesia extends ban on nickel ore exports",
    ["Indonesia will keep its ban on exports of raw nickel ore until at least 2035, its mining minister said on Friday."],
    "indonesia-nickel-export-ban-2032-02-27", a="Ayu Lestari", n="economy", cat="Asia"),
  E("2032-02-27 19:05", "Ukraine and Russia send delegations to Istanbul for Black Sea shipping talks",
    ["Ukrainian and Russian delegations arrived in Istanbul on Friday for Turkish-mediated talks on the safety of commercial shipping in the Black Sea, Turkey's foreign ministry said."],
    "diplomacy", "diplomacy", 3, IST, a="Daniel Ortiz", cat="Europe"),
  OFF("2032-02-27 14:20", "Japan's jobless rate steady at 2.4% in January",
    ["Japan's unemployment rate held at 2.4% in January, while the ratio of job openings to applicants edged down, government data showed on Friday."],
    "japan-jobless-rate-2032-02-27", a="Kenji Saito", n="economy", cat="Japan"),
  OFF("2032-02-27 10:10", "Taiwan suspends high-speed rail after offshore quake",
    ["Taiwan's high-speed rail operator halted all trains for about two hours on Friday morning after a magnitude-6.1 earthquake struck off the island's east coast."],
    "taiwan-quake-rail-suspension-2032-02-27", a="Min-ji Park", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20441 Quickthorn Daily (day 3, text live, newest first, Key Points)
SEEDS.append(dict(
  id="20441", name="20441_quickthorn-textlive", ext="txt", source="Quickthorn Daily", zone="Europe/Kyiv", render=r_b_textlive_kp,
  title="Ukraine live: four dead after missile strike on Chernihiv", dateline="Friday 27 February 2032", tznote="All times are Kyiv time (EET)",
  editor="Marta Osadcha",
  lede="A Russian ballistic missile hit the centre of Chernihiv in the morning; Ukrainian and Russian delegations meet in Istanbul to discuss shipping in the Black Sea.",
  basis="'Posted at {s}' (Kyiv time, EET = UTC+2, stated once as 'All times are Kyiv time (EET)') under the date line 'Friday 27 February 2032'; local {loc}",
  notes="Invented outlet (Kyiv). Text live blog, newest first, with a 'Key Points' block listing two post headlines (key_point true). Each post: 'Posted at HH:MM', headline, optional 'By NAME' line, body. 20441-02 is a 'Watch:' video teaser (only a play line). 20441-03 is a theme piece (explainer on Iskander missiles) that mentions the strike; 20441-04 is a drone attack on a village in the same region. Both must not merge with the Chernihiv city strike. 'Edited by Marta Osadcha' is a page credit, not an author.",
  not_entries=["masthead and menu", "page title, date line, 'All times are Kyiv time (EET)', standfirst", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Live Reporting' label and 'Edited by Marta Osadcha'", "'Posted at HH:MM' lines and 'By NAME' lines (stamp and author, not body)", "play line '\u25b6 0:48' in 20441-02",
               "newsletter box after the third post", "'View more posts'", "footer"],
  entries=[
  E("2032-02-27 21:40", "Chernihiv toll rises to four",
    ["A fourth person has died after this morning's missile strike on Chernihiv, the head of the regional military administration said. Twenty-three people were injured, five of them children.",
     "The missile hit a university building and damaged two apartment blocks nearby."],
    "strikes", "strikes", 3, CH, a="Ostap Kravets", kp=True, n="toll 4"),
  E("2032-02-27 19:15", "Watch: The moment the missile struck Chernihiv", [],
    "strikes", "strikes", 1, CH, n="video teaser without text"),
  E("2032-02-27 16:50", "Explainer: How the Iskander threat shapes life in Ukraine's north",
    ["Chernihiv is less than 100 kilometres from the Belarusian border and about 80 from Russia, so an Iskander-M fired from the Bryansk region can reach it in a little over two minutes.",
     "That is why warnings in the north often come too late, and why regional officials keep asking for more anti-ballistic systems rather than more guns against drones.",
     "Residents have adapted: schools hold lessons underground and many shops close by early evening."],
    "strikes", "strikes", 2, "explainer-iskander-threat-northern-ukraine", a="Marta Osadcha",
    n="theme piece (explainer, no single event); mentions the Chernihiv strike but must not merge with it"),
  E("2032-02-27 14:05", "Drone attack on border village near Novhorod-Siverskyi",
    ["A Russian drone dropped explosives on a farm in a village near Novhorod-Siverskyi in Chernihiv region, injuring one man, the regional administration said."],
    "strikes", "strikes", 2, "novhorod-siverskyi-drone-attack-2032-02-27", a="Ostap Kravets",
    n="same region (Chernihiv oblast), other event: must not merge with the city missile strike"),
  E("2032-02-27 12:30", "Black Sea shipping talks open in Istanbul",
    ["Ukrainian and Russian delegations began talks in Istanbul on the safety of merchant ships in the Black Sea, with Turkish officials acting as mediators, Ukraine's foreign ministry said.",
     "Kyiv's delegation is led by a deputy foreign minister; the talks are expected to last two days."],
    "diplomacy", "diplomacy", 3, IST, a="Marta Osadcha", kp=True),
  E("2032-02-27 11:10", "Rada approves new head of the State Emergency Service",
    ["Parliament approved Colonel General Viktor Khomenko as head of the State Emergency Service, replacing a chief who resigned last month over delays in shelter construction."],
    "other", "politics", 2, "state-emergency-service-new-head-2032-02-27", a="Ostap Kravets"),
  E("2032-02-27 09:20", "Missile strike on Chernihiv: one killed, 14 injured",
    ["One person was killed and 14 injured when a Russian ballistic missile hit the centre of Chernihiv at about 8.50am, the regional governor said."],
    "strikes", "strikes", 3, CH, a="Ostap Kravets", n="first report: 1 dead"),
  ]))

# ---------------------------------------------------------------- 20442 Umberleigh Record (day 3, HTML live, oldest first, '08h05')
SEEDS.append(dict(
  id="20442", name="20442_umberleigh-htmllive", ext="html", source="Umberleigh Record", zone="Europe/Paris", render=r_b_htmllive_h,
  title="War in Ukraine: missile strike on Tchernihiv, talks in Istanbul", dateline="Friday 27 February 2032", tznote="Times are Paris time (CET).",
  lede="Follow the day's developments in the war in Ukraine with our correspondents in Paris and Kyiv.",
  basis="live stamp '{s}' (French 'HHhMM' form; Paris time, CET = UTC+1, stated once on the page) under the dateline 'Friday 27 February 2032'; local {loc}",
  notes="Invented outlet (Paris), English edition. HTML live blog, OLDEST first, no JSON-LD; stamps in the French form '08h05', and the page says once that times are Paris time (CET). Spelling 'Tchernihiv'. 20442-05 repeats 20442-03 nearly verbatim later in the day (duplicate_of 20442-03).",
  not_entries=["masthead and navigation", "'Live' kicker, title, dateline, time-zone note and chapo", "newsletter promo item after the third post", "footer"],
  entries=[
  E("2032-02-27 08:05", "Russian missile strikes Tchernihiv university district",
    ["A Russian ballistic missile hit the university district of Tchernihiv, in northern Ukraine, shortly before 9am local time, killing at least one person, according to the regional authorities."],
    "strikes", "strikes", 3, CH, a="Camille Roussel", n="spelling 'Tchernihiv'; first report: 1 dead"),
  E("2032-02-27 10:30", "France to deliver 12 more Caesar howitzers",
    ["France will deliver 12 more Caesar self-propelled howitzers to Ukraine by the summer, the armed forces ministry said, financed partly by the interest on frozen Russian assets."],
    "aid", "aid", 2, "france-caesar-howitzers-2032-02-27", a="Louis Meyer",
    n="same aid theme as the Finnish drone plant (20443-03), different event: must not merge"),
  E("2032-02-27 12:10", "Tchernihiv: death toll rises to three",
    ["Three people are now known to have died in the missile strike on Tchernihiv, and 19 were injured, the head of the regional administration said at midday."],
    "strikes", "strikes", 3, CH, a="Camille Roussel", n="toll 3"),
  E("2032-02-27 13:45", "Istanbul talks: delegations agree to set up working groups",
    ["On the first day of their meeting in Istanbul, the Ukrainian and Russian delegations agreed to set up two working groups, on mine clearance and on the inspection of ships, Turkish diplomats said."],
    "diplomacy", "diplomacy", 3, IST, a="Louis Meyer"),
  E("2032-02-27 15:20", "Tchernihiv: death toll rises to three",
    ["Three people are now known to have died in the missile strike on Tchernihiv, and 19 were injured, the head of the regional administration said."],
    "strikes", "strikes", 1, CH, a="Camille Roussel", dup="20442-03", n="near-verbatim repeat of 20442-03"),
  E("2032-02-27 17:35", "Paris prosecutors charge two men over rail sabotage plot",
    ["Two men suspected of planning to set fire to signal boxes on the high-speed line between Paris and Lille on behalf of Russian intelligence were charged on Friday, the national anti-terrorism prosecutor's office said."],
    "other", "security", 2, "paris-rail-sabotage-charges-2032-02-27", a="Louis Meyer"),
  ]))

# ---------------------------------------------------------------- 20443 Dotterel Gazette (day 3, Atom, Helsinki)
SEEDS.append(dict(
  id="20443", name="20443_dotterel-atom", ext="xml", source="Dotterel Gazette", zone="Europe/Helsinki", render=r_b_atom_html,
  title="Dotterel Gazette - News in English", url="https://dotterelgazette.fi",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Helsinki time); local {loc}",
  notes="Invented outlet (Helsinki). Atom feed, newest first, <published> with +02:00, author names, escaped-HTML content. Spelling 'Chernihiv'.",
  not_entries=["feed title and links"],
  entries=[
  E("2032-02-27 21:10", "Chernihiv: fourth victim dies in hospital",
    ["A fourth person injured in Friday morning's Russian missile attack on Chernihiv has died in hospital, Ukrainian authorities said in the evening."],
    "strikes", "strikes", 3, CH, a="Aino Lehto", n="toll 4"),
  E("2032-02-27 18:45", "Finnish MPs debate security guarantee for Ukraine",
    ["Parliament's foreign affairs committee began debating a bilateral security agreement with Ukraine that would commit Finland to ten years of military and financial support.",
     "The government hopes to have it ratified before the summer break."],
    "diplomacy", "diplomacy", 2, "finland-ukraine-security-agreement-debate-2032-02-27", a="Mikko Rantala", sec=["aid"]),
  E("2032-02-27 15:30", "Finnish firm to build drone plant in western Ukraine",
    ["A Finnish defence company will build a plant in western Ukraine to produce reconnaissance drones together with a Ukrainian partner, the companies said on Friday."],
    "aid", "aid", 2, "finnish-drone-plant-ukraine-2032-02-27", a="Mikko Rantala",
    n="same aid theme as France's Caesar howitzers (20442-02), different event: must not merge"),
  E("2032-02-27 12:00", "Estonia says Russian jet violated its airspace over Vaindloo",
    ["A Russian reconnaissance aircraft entered Estonian airspace near the island of Vaindloo for about a minute on Friday morning, the Estonian defence forces said. Estonia summoned the Russian charg\u00e9 d'affaires."],
    "other", "security", 2, "estonia-airspace-violation-vaindloo-2032-02-27", a="Aino Lehto", sec=["diplomacy"]),
  E("2032-02-27 10:15", "Missile hits Chernihiv, killing one",
    ["A Russian ballistic missile struck the northern Ukrainian city of Chernihiv on Friday morning, killing one person and injuring more than ten, the regional governor said."],
    "strikes", "strikes", 3, CH, a="Aino Lehto", n="first report: 1 dead"),
  ]))


if __name__ == "__main__":
    main()
