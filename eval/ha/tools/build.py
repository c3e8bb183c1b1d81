#!/usr/bin/env python3
"""Builds the eval/ha seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in August 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real live-blog platforms / outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ha/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Aug.", "Sept.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels.
    dup: 1-based page position of the entry this one repeats nearly verbatim."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item that is not about the war"""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) > 16 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, space=" ", upper=True, sep=":"):
    suf = "AM" if d.hour < 12 else "PM"
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf if upper else suf.lower()}"


def rfc822(d):
    """RFC 822 date as Ghost and Medium print it: always GMT"""
    return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slugify(s, n=72):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n]


def check_order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"] if not e.get("pinned")]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: page order must be {'newest' if newest_first else 'oldest'} first"


def cdata(s):
    return "<![CDATA[" + s + "]]>"


# ================================================================ build (called at the very end of this file)
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
            secs = len(e["t"]) > 16
            loc = d.strftime("%Y-%m-%d %H:%M:%S " if secs else "%Y-%m-%d %H:%M ") + S["zone"]
            basis = (e.get("basis") or S["basis"]).format(s=stamps[i], d=loc.rsplit(" ", 1)[0], z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"), "published_local": loc, "published_basis": basis,
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": f"{S['id']}-{e['dup']:02d}" if e["dup"] else None,
                         "story": e["st"], "notes": e["n"]})
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


# ================================================================ PART A renderers + data (layouts of real platforms, from memory)

def r_scribble(S):
    """National Post (Postmedia) article page with a ScribbleLive event embedded. Postmedia chrome: 'Author of the article:',
    'Published Aug 02, 2032  •  Last updated ...', 'Article content' labels, share row, trending list. The embed renders posts
    newest first; each post: meta line (poster name, then '7:48 PM'), optional bold first line as headline, text, optional photo
    with caption. No zone on the stamps; the editor's intro says times are Eastern."""
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | National Post</title>',
           '<meta property="og:site_name" content="National Post"></head><body class="postmedia">',
           '<header class="site-header"><a class="logo" href="/">National Post</a><nav><a href="/category/news/">News</a> '
           '<a href="/category/opinion/">Opinion</a> <a href="/category/news/canada/">Canada</a> <a href="/category/news/world/">World</a> '
           '<a href="/category/news/politics/">Politics</a> <a href="/category/sports/">Sports</a> <a href="/category/financial-post/">Business</a> '
           '<a href="/newsletters/">Newsletters</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<div class="breadcrumbs"><a href="/category/news/">News</a> <a href="/category/news/world/">World</a></div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           '<div class="article-byline"><span class="label">Author of the article:</span> <span class="author">Postmedia News</span></div>',
           f'<div class="article-date">Published {MON3[first.month - 1]} {first.day:02d}, {first.year}  \u2022  Last updated 23 minutes ago  \u2022  3 minute read</div>',
           '<a class="comments-link" href="#comments">Join the conversation</a>',
           '<div class="video-error">Sorry, this video could not be played right now.</div>',
           '<div class="article-content"><p class="ad-label">Article content</p>', f'<p>{esc(S["intro"])}</p>',
           '<p class="ad-label">Article content</p>',
           f'<div class="scrbbl-embed" data-src="/event/{S["event"]}"><div class="scrbbl-header"><h2>{esc(S["embed_title"])}</h2></div>',
           '<div class="scrbbl-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f'<div class="scrbbl-post" id="post-{S["event"] * 10 + 97 - i * 13}"><div class="scrbbl-meta">'
                   f'<img class="scrbbl-avatar" alt="" src="/avatars/{slugify(e["a"])}.jpg"><span class="scrbbl-author">{esc(e["a"])}</span> '
                   f'<span class="scrbbl-time">{st}</span></div><div class="scrbbl-content">')
        if e["h"]:
            out.append(f'<p><strong>{esc(e["h"])}</strong></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("photo"):
            out.append(f'<div class="scrbbl-image"><img src="/img/{i}.jpg" alt=""><span class="scrbbl-caption">{esc(e["photo"])}</span></div>')
        out.append('</div></div>')
    out += ['</div><button class="scrbbl-more">Load more</button><div class="scrbbl-powered">Powered by ScribbleLive</div></div>',
            '<p class="ad-label">Article content</p></div>',
            f'<div class="share">Share this Story : {esc(S["title"])} <a>Copy Link</a> <a>Email</a> <a>X (Twitter)</a> <a>Reddit</a> <a>LinkedIn</a></div>',
            '<div class="newsletter"><h3>NP Posted</h3><p>The top stories from National Post, delivered to your inbox every weekday evening.</p>'
            '<input type="email" placeholder="Email Address"> <button>Sign Up</button></div>',
            '<section class="trending"><h3>Trending</h3><ol>' + "".join(f'<li><a>{esc(t)}</a></li>' for t in S["trending"]) + '</ol></section>',
            '<section id="comments"><h3>Comments</h3><p>Comments are reviewed before they appear and may take up to an hour to show up.</p></section>',
            f'<footer><p>\u00a9 {first.year} National Post, a division of Postmedia Network Inc. All rights reserved.</p>'
            '<a>Terms of Use</a> <a>Privacy Statement</a> <a>Accessibility</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21000 National Post (ScribbleLive embed)
SEEDS.append(dict(
  id="21000", name="21000_nationalpost-scribblelive", ext="html", source="National Post", zone="America/Toronto", render=r_scribble,
  title="Russia-Ukraine war live: Canada to fund 400 interceptor drones for Kyiv",
  lede="Follow Monday's developments in Russia's war against Ukraine as they happen.",
  intro="All times below are Eastern. Updates come from our reporters in Ottawa and from wire services.",
  event=3318204, embed_title="Russia-Ukraine war: live updates",
  trending=["Heat warning extended for Toronto and Ottawa as humidex nears 40", "Blue Jays rally late to take series opener in Seattle",
            "Housing starts slip for a third straight month, CMHC says", "Wildfire near Kenora forces second round of evacuations"],
  basis="ScribbleLive post time '{s}' (no zone on the stamp; the editor's intro says times are Eastern = EDT, UTC-4) on the day of the printed date 'Published Aug 02, 2032'; local {d} in {z}",
  notes="Imitates a Postmedia (National Post) article page with a ScribbleLive event embedded. Postmedia chrome: 'Author of the article: Postmedia News', 'Published Aug 02, 2032 \u2022 Last updated 23 minutes ago \u2022 3 minute read', repeated 'Article content' labels, video-error line, share row, NP Posted newsletter box, Trending list, comments note. The embed lists posts newest first; each post opens with a meta line (avatar, poster's name, '7:48 PM'); some posts have a bold first line (taken as the headline), others only text (headline null). Post times carry no zone and no date: the date comes from the article's 'Published' line and the zone from the intro ('All times below are Eastern'). Entry 21000-03 carries a photo caption, which is not a body paragraph.",
  not_entries=["masthead, navigation, 'Subscribe' / 'Sign In'", "breadcrumb 'News / World'", "page title (h1) and subtitle",
               "'Author of the article: Postmedia News' (page byline of the wrapper article)", "'Published Aug 02, 2032 \u2022 Last updated 23 minutes ago \u2022 3 minute read'",
               "'Join the conversation'", "video error line", "the repeated 'Article content' labels", "editor's intro 'All times below are Eastern. ...'",
               "embed title 'Russia-Ukraine war: live updates'", "post meta lines (avatar, poster name, time)", "photo caption in 21000-03",
               "'Load more' and 'Powered by ScribbleLive'", "share row", "NP Posted newsletter box", "Trending list (four unrelated headlines)",
               "comments note", "footer"],
  entries=[
  E("2032-08-02 19:48", "Canada to pay for 400 interceptor drones for Ukraine",
    ["Canada will spend $310 million on interceptor drones for Ukraine's air force, the defence minister announced in Ottawa on Monday evening, as part of a joint purchase with the Netherlands and Denmark.",
     "The first of roughly 400 drones, built by a Ukrainian-Canadian venture in Winnipeg, are due to ship before the end of October, the minister told reporters."],
    "aid", "aid", 3, "canada-interceptor-drones-2032-08-02", a="Maura Delisle"),
  E("2032-08-02 17:20", None,
    ["Ukraine's General Staff says its troops pushed Russian units out of two tree lines west of Kostiantynivka over the weekend.",
     "The claim could not be independently confirmed. Russia's Defence Ministry said on Monday its forces had captured a village in the same area, which Kyiv denies."],
    "other", "frontline", 2, "kostiantynivka-fighting-2032-08-02", a="Maura Delisle", n="post without a bold first line: headline null"),
  E("2032-08-02 15:05", "Glide bombs kill two in Kharkiv",
    ["Two people were killed and 11 injured when Russian aircraft dropped guided glide bombs on Kharkiv's Saltivskyi district on Monday afternoon, regional governor Oleh Syniehubov said.",
     "One bomb hit the courtyard of a nine-storey apartment building and the other struck near a tram depot, according to Mayor Ihor Terekhov."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2032-08-02", a="Derek Pham",
    photo="Smoke rises over an apartment block in Kharkiv after Monday afternoon's strike.", n="photo caption is not a body paragraph"),
  E("2032-08-02 13:40", None,
    ["The Kremlin said on Monday it saw no basis for new talks with Kyiv as long as Ukrainian drones keep hitting Russian oil facilities.",
     "\u201cThe conditions for a serious conversation simply do not exist at the moment,\u201d Kremlin spokesman Dmitry Peskov told reporters in Moscow."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-talks-2032-08-02", a="Derek Pham", n="post without a bold first line: headline null"),
  E("2032-08-02 11:15", "Manitoba has settled 2,300 Ukrainian families since March",
    ["Manitoba has now settled more than 2,300 Ukrainian families who arrived since March, the provincial government said Monday, and is asking landlords in Brandon and Steinbach to list more rental units.",
     "Most of the newcomers came from the Zaporizhzhia and Kherson regions, where months of shelling have emptied whole villages."],
    "other", "humanitarian", 2, "manitoba-ukrainian-newcomers-2032-08-02", a="Maura Delisle"),
  E("2032-08-02 09:30", "Russia fired 88 drones and six missiles overnight, Ukraine says",
    ["Ukraine's air force said Russia launched 88 attack drones and six cruise missiles overnight, and that air defences destroyed 71 of the drones and all six missiles.",
     "Falling debris started a fire at a warehouse in the Kyiv region and damaged power lines in the Sumy region. No deaths were reported."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2032-08-02", a="Derek Pham", n="non-deadly, under 100 drones and 10 missiles: 2"),
  E("2032-08-02 07:05", None,
    ["A fuel depot in Russia's Bryansk region caught fire after a Ukrainian drone attack early Monday, the regional governor said, adding that nobody was hurt.",
     "Ukraine's military has not commented on the attack."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-strike-2032-08-02", a="Derek Pham", n="post without a bold first line: headline null"),
  ]))


def r_arena(S):
    """Buenos Aires Times article page with an Arena Live blog embedded. Newspaper chrome (date line, sections, 'by Times
    staff'); the Arena widget shows a LIVE badge, then cards newest first: author name, 'DD/MM/YYYY HH:MM' (Latin American
    day-first order, 24-hour, no zone), title, text, reactions and a share button; 'Load more posts' and 'Powered by Arena'."""
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Buenos Aires Times</title></head><body>',
           f'<div class="top-bar"><span class="today">{WEEKDAYS[first.weekday()]}, {MONTHS[first.month - 1]} {first.day}, {first.year}</span> '
           '<span class="weather">Buenos Aires 11\u00b0C</span> <span class="fx">Dollar blue: AR$ 2,905</span></div>',
           '<header><a class="logo" href="/">Buenos Aires Times</a><nav><a>Argentina</a> <a>Latin America</a> <a>World</a> <a>Economy</a> '
           '<a>Politics</a> <a>Culture</a> <a>Sports</a> <a>Opinion</a> <a>Editorial</a></nav></header>',
           '<main><div class="section-label">World</div>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="deck">{esc(S["lede"])}</h2>',
           '<div class="byline">by Times staff</div>',
           '<div class="arena-embed-widget" data-publisher="perfil" data-event="ukraine-war-live">',
           '<div class="arena-liveblog-header"><span class="arena-live-badge">LIVE</span> '
           f'<span class="arena-liveblog-title">{esc(S["embed_title"])}</span> <span class="arena-viewers">1.2k watching</span></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="arena-card" data-id="p{88120 - i * 7}"><div class="arena-card-header"><img class="arena-avatar" alt="">'
                   f'<span class="arena-author-name">{esc(e["a"])}</span><span class="arena-card-time">{st}</span></div>'
                   f'<h3 class="arena-card-title">{esc(e["h"])}</h3><div class="arena-card-text">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>'
                   f'<div class="arena-card-footer"><span class="arena-reactions">\U0001f44d {14 + 3 * i}</span> <button>Share</button></div></div>')
    out += ['<button class="arena-load-more">Load more posts</button><div class="arena-powered">Powered by Arena</div></div>',
            '<div class="related"><h3>Related news</h3>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</div></main>',
            f'<footer>Buenos Aires Times \u00b7 Editorial Perfil \u00b7 Contact \u00b7 Terms and conditions \u00b7 \u00a9 {first.year}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21001 Buenos Aires Times (Arena Live embed)
SEEDS.append(dict(
  id="21001", name="21001_batimes-arenalive", ext="html", source="Buenos Aires Times", zone="America/Argentina/Buenos_Aires", render=r_arena,
  title="Live: Russia's war in Ukraine, August 17",
  lede="Missiles hit Kryvyi Rih, Sybiha plans a South American tour and Argentina sends deminers \u2013 follow the day's news.",
  embed_title="Ukraine war: live coverage",
  related=["Milei meets wheat exporters as harvest forecast is raised", "Chile and Argentina sign lithium transport accord"],
  basis="Arena card time '{s}' (day/month/year, 24-hour, no zone; Buenos Aires time, UTC-3, assumed for an Argentine outlet); local {d} in {z}",
  notes="Imitates the Buenos Aires Times with an Arena Live blog embedded. Top bar with the date 'Tuesday, August 17, 2032', weather and dollar rate. The widget shows a LIVE badge, the live title and a viewer count, then cards newest first: avatar, author name, 'DD/MM/YYYY HH:MM' (day first; 17/08 cannot be read month-first), title, paragraphs, reactions and Share. No zone is printed anywhere: the outlet's home zone (Buenos Aires, UTC-3) is assumed. 21001-06 (drone fragments in Moldova) and 21001-05 (the overnight attack on Ukraine) are separate events.",
  not_entries=["top bar (date, weather, dollar rate)", "masthead and navigation", "section label 'World'", "page title and deck", "'by Times staff'",
               "widget header: LIVE badge, 'Ukraine war: live coverage', '1.2k watching'", "card header lines (avatar, author, time)",
               "reaction counters and Share buttons", "'Load more posts'", "'Powered by Arena'", "'Related news' block with two links", "footer"],
  entries=[
  E("2032-08-17 20:41", "Sybiha to visit Buenos Aires and Santiago next week",
    ["Ukraine's Foreign Minister Andrii Sybiha will travel to Buenos Aires and Santiago next week, the first visit to the region by a Ukrainian foreign minister in four years, the ministry in Kyiv announced.",
     "Officials said the talks would focus on grain logistics and on Latin American participation in a reconstruction conference planned for November."],
    "diplomacy", "diplomacy", 3, "sybiha-south-america-visit-2032-08-17", a="Luc\u00eda Ferreyra", n="ministerial diplomatic move: 3"),
  E("2032-08-17 18:05", "Russian missile strike on Kryvyi Rih kills four",
    ["A Russian ballistic missile hit a five-storey building in Kryvyi Rih on Tuesday afternoon, killing four people and injuring 19, the head of the city's military administration said.",
     "Rescue teams were still searching the rubble for two missing residents, and the city declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2032-08-17", a="Tom\u00e1s Rinaldi"),
  E("2032-08-17 15:30", "Argentina to send army deminers to Kharkiv region",
    ["Argentina will send a team of 12 army demining specialists to Ukraine's Kharkiv region in September, the Defence Ministry in Buenos Aires said on Tuesday.",
     "The team will train Ukrainian civil-protection staff to clear farmland, answering a request Kyiv made in June."],
    "aid", "aid", 2, "argentina-demining-team-2032-08-17", a="Luc\u00eda Ferreyra"),
  E("2032-08-17 12:10", "Poland detains two suspected of spying on military trains",
    ["Polish prosecutors said on Tuesday they had detained two Belarusian citizens suspected of photographing military trains at the Rzesz\u00f3w rail junction for Russian intelligence.",
     "The Rzesz\u00f3w area is the main transit point for Western weapons bound for Ukraine."],
    "other", "security", 2, "poland-rzeszow-spying-arrests-2032-08-17", a="Tom\u00e1s Rinaldi"),
  E("2032-08-17 09:45", "Night attack: 126 drones and three missiles launched at Ukraine",
    ["Russia launched 126 drones and three Iskander-M missiles at Ukraine overnight, the Ukrainian air force said on Tuesday morning, adding that 109 of the drones were shot down or jammed.",
     "Most of the attack targeted the Odesa and Dnipropetrovsk regions. Officials reported damage to farm buildings but no casualties."],
    "strikes", "strikes", 3, "overnight-drone-attack-2032-08-17", a="Tom\u00e1s Rinaldi", n="100+ drones in one night: 3"),
  E("2032-08-17 07:20", "Drone fragments found in southern Moldova",
    ["Moldovan police found fragments of a Russian attack drone in a field near the southern village of Giurgiule\u0219ti early on Tuesday, the Interior Ministry said.",
     "Moldova's Foreign Ministry said it would summon the Russian ambassador over what it called a violation of its airspace."],
    "strikes", "strikes", 2, "moldova-drone-fragments-2032-08-17", a="Luc\u00eda Ferreyra", sec=["diplomacy"],
    n="drone debris on a neighbour's soil: strikes (secondary diplomacy); separate event from the overnight attack on Ukraine (21001-05)"),
  ]))


def r_24live(S):
    """Al Arabiya English article page with a 24liveblog event embedded, as copied from the browser (text). Al Arabiya prints its
    own odd date form 'Published: 06 August ,2032: 08:02 AM GST'. The embed: LIVE label, event title, 'Newest | Oldest' toggle,
    then posts newest first: poster name, 'Aug 6, 22:31' (no year, no zone), bold title, text, 'Like  Share'."""
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ad = lambda d: f"{d.day:02d} {MONTHS[d.month - 1]} ,{d.year}: {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} GST"
    L = ["Skip to main content", "", "Al Arabiya English", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "",
         "News   Middle East   Gulf   World   Business   Features   Life & Style   Sports   Videos   Podcasts", "", "Live", "World", "",
         S["title"], "", "Al Arabiya English", f"Published: {ad(first)} Updated: {ad(last)}", "", S["lede"], "",
         "LIVE", S["embed_title"], "Newest | Oldest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d:%H:%M}"; stamps.append(st)
        L += [e["a"], st, e["h"], ""] + lines_of(e["p"])
        if e.get("readmore"):
            L += [f"Read more: {e['readmore']}", ""]
        L += ["Like   Share", ""]
    L += ["Load more", "Powered by 24liveblog", "", "Most Read"] + [f"{k + 1}. {t}" for k, t in enumerate(S["mostread"])] + [
        "", "About Us   Contact Us   Privacy Policy   Terms of Use   Careers", f"\u00a9 {last.year} Al Arabiya Network"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 21002 Al Arabiya English (24liveblog embed, text)
SEEDS.append(dict(
  id="21002", name="21002_alarabiya-24liveblog", ext="txt", source="Al Arabiya English", zone="Asia/Dubai", render=r_24live,
  title="Russia-Ukraine war: Live updates", embed_title="Russia-Ukraine war live updates",
  lede="Follow the latest from the war in Ukraine, including Gulf mediation efforts and the battlefield.",
  mostread=["Saudi Arabia announces new tourist visa rules for GCC residents", "Heatwave: UAE temperatures pass 50C in Al Ain",
            "Oil steady as traders weigh OPEC+ output plan", "Egypt opens new terminal at Sphinx airport"],
  basis="24liveblog post time '{s}' (month and day, no year, no zone); year and zone from the page's own line 'Published: 06 August ,2032: 08:02 AM GST' (Gulf Standard Time, UTC+4); local {d} in {z}",
  notes="Imitates an Al Arabiya English live page that embeds a 24liveblog event, copied as text. Al Arabiya's date line keeps its odd spacing ('06 August ,2032: 08:02 AM GST'). The embed shows 'LIVE', its title, a 'Newest | Oldest' toggle, then posts newest first: poster name (always the desk account 'Al Arabiya English', kept as author), 'Aug 6, 22:31' (month, day, 24-hour time; no year, no zone), bold title, paragraphs, 'Like   Share'. Post 21002-04 ends with a 'Read more:' link line, which is not a body paragraph. 'Most Read' lists off-topic headlines (not entries).",
  not_entries=["'Skip to main content'", "masthead (English and Arabic) and navigation", "'Live' and 'World' labels", "page title",
               "page byline 'Al Arabiya English' and the 'Published: ... Updated: ...' line", "standfirst", "embed header: 'LIVE', 'Russia-Ukraine war live updates', 'Newest | Oldest'",
               "poster-name and time lines above each post", "'Read more: ...' link inside 21002-04", "'Like   Share' under each post", "'Load more'", "'Powered by 24liveblog'",
               "'Most Read' list (four unrelated headlines)", "footer"],
  entries=[
  E("2032-08-06 22:31", "Zelensky: Kyiv ready for talks in Riyadh if Russia halts energy strikes",
    ["Ukrainian President Volodymyr Zelensky said on Friday that Kyiv would send a delegation to Riyadh for talks if Russia first agreed to stop striking power plants and substations.",
     "In his nightly video address, he thanked Saudi Crown Prince Mohammed bin Salman for offering to host the meeting."],
    "diplomacy", "diplomacy", 3, "zelensky-riyadh-talks-offer-2032-08-06", a="Al Arabiya English", n="head-of-state diplomatic move: 3"),
  E("2032-08-06 20:05", "Ukrainian drones set Ust-Luga fuel tanks ablaze; oil rises",
    ["Ukrainian drones set fire to storage tanks at the Russian Baltic port of Ust-Luga on Friday, the port operator said, and loading of tankers was suspended while firefighters worked on the blaze.",
     "Brent crude rose above $88 a barrel after the attack, traders said."],
    "strikes", "strikes", 2, "ust-luga-port-drone-strike-2032-08-06", a="Al Arabiya English"),
  E("2032-08-06 17:40", "Russian guided bombs kill three in Zaporizhzhia",
    ["Three people were killed and nine wounded when Russian guided bombs struck an industrial area of Zaporizhzhia on Friday, regional governor Ivan Fedorov said.",
     "A warehouse and several private houses were destroyed."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-strike-2032-08-06", a="Al Arabiya English"),
  E("2032-08-06 15:15", "UAE mediates exchange of 150 prisoners each",
    ["Russia and Ukraine each released 150 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, the UAE Foreign Ministry said in a statement.",
     "The ministry said it was the 71st exchange the Emirates had helped arrange since the start of the war.",
     "Ukraine's coordination headquarters for prisoners said several of the freed soldiers had been held since the battle for Mariupol."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-exchange-2032-08-06", a="Al Arabiya English",
    readmore="Gulf states widen their role as go-betweens in Russia-Ukraine prisoner talks", n="'Read more:' line is not a body paragraph"),
  E("2032-08-06 12:20", "Rutte: allies on course to deliver promised air defence by October",
    ["NATO Secretary-General Mark Rutte said allies were on course to deliver the extra air defence systems promised to Ukraine in June by the end of October.",
     "He spoke after meeting the defence ministers of Poland and the three Baltic states in Vilnius."],
    "aid", "aid", 2, "rutte-air-defence-deliveries-2032-08-06", a="Al Arabiya English", sec=["diplomacy"]),
  E("2032-08-06 10:05", "Russia claims capture of Shcherbynivka",
    ["Russia's Defence Ministry said on Friday its forces had captured the village of Shcherbynivka in the Donetsk region.",
     "Ukraine's military did not confirm the loss and said fighting in the area was continuing."],
    "other", "frontline", 2, "shcherbynivka-capture-claim-2032-08-06", a="Al Arabiya English"),
  E("2032-08-06 08:02", "Overnight: 64 drones launched at Ukraine",
    ["Russia attacked Ukraine overnight with 64 drones, 47 of which were downed, the Ukrainian air force said on Friday morning."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-08-06", a="Al Arabiya English"),
  ]))


def r_tickaroo(S):
    """The Local Germany live page with a Tickaroo ticker embedded, copied as text. Page header with 'Published: 7 August 2032 08:00
    CEST'; the ticker lists events newest first under date dividers ('8 August 2032'), each: bare 24-hour time, optional 'Highlight'
    label, bold title, text, 'Posted by NAME'. The local night crosses midnight (Berlin, UTC+2), so the page has two date dividers."""
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    dmy = lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    L = ["The Local Germany", "News   Politics   Society   Work   Property   Travel   Members", "Log in   Join", "",
         "Today in Germany", "", S["title"], "", f"Published: {dmy(first)} {first:%H:%M} CEST   Updated: {dmy(last)} {last:%H:%M} CEST", "",
         S["lede"], "", "Liveticker", "Sort: newest first", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if d.date() != cur:
            cur = d.date(); L += [dmy(d), ""]
        L += [st] + (["Highlight"] if e.get("hl") else []) + [e["h"], ""] + lines_of(e["p"]) + [f"Posted by {e['a']}", "Share", ""]
    L += ["Show more", "Tickaroo Live Blog Software", "", "Members get unlimited access to all our articles and guides. Join now", "",
          "About us   Advertise   Jobs   Privacy   Terms", f"\u00a9 {last.year} The Local Europe AB"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 21003 The Local Germany (Tickaroo ticker, text)
SEEDS.append(dict(
  id="21003", name="21003_thelocalde-tickaroo", ext="txt", source="The Local Germany", zone="Europe/Berlin", render=r_tickaroo,
  title="LIVE: Germany and the war in Ukraine \u2013 Saturday's updates",
  lede="Berlin promises more Patriot systems, protesters march in Dresden and drones close Munich airport \u2013 our ticker follows the day.",
  basis="Tickaroo time '{s}' (24-hour, no zone) under the nearest date divider above it; Berlin time (CEST, UTC+2) as the page's 'Published ... CEST' line shows; local {d} in {z}",
  notes="Imitates The Local Germany with a Tickaroo ticker embedded, copied as text. Header line 'Published: 7 August 2032 10:20 CEST   Updated: 8 August 2032 00:40 CEST'. The ticker runs newest first under date dividers ('8 August 2032', then '7 August 2032'); each event: bare time, an optional 'Highlight' label, bold title, text, 'Posted by NAME', 'Share'. Midnight crossing: the first two events are dated 8 August locally (00:40 and 00:05 CEST) but fall on 7 August in UTC (22:40 and 22:05), so the whole page is one UTC day. 'Highlight' labels are not a Key Points block.",
  not_entries=["masthead, navigation, 'Log in   Join'", "'Today in Germany' label", "page title", "'Published: ... Updated: ...' line", "standfirst",
               "'Liveticker' and 'Sort: newest first'", "date dividers '8 August 2032' and '7 August 2032'", "'Highlight' labels", "'Posted by NAME' lines",
               "'Share' under each event", "'Show more'", "'Tickaroo Live Blog Software'", "membership promo line", "footer"],
  entries=[
  E("2032-08-08 00:40", "Drone sightings halt flights at Munich airport",
    ["Munich airport suspended take-offs and landings for almost an hour shortly before midnight after several drones were reported over the northern runway, federal police said.",
     "Police have not identified the operators. Officials in Berlin have blamed a series of similar incidents this summer on Russian intelligence."],
    "other", "security", 2, "munich-airport-drone-sightings-2032-08-07", a="Jan Overath"),
  E("2032-08-08 00:05", "Missile hits warehouse in Odesa port, six injured",
    ["Six people were injured when a Russian missile struck a warehouse in Odesa's port shortly after midnight Ukrainian time, regional officials said.",
     "Two foreign-flagged cargo ships moored nearby were lightly damaged."],
    "strikes", "strikes", 2, "odesa-port-missile-strike-2032-08-07", a="Jan Overath", n="injuries only: 2"),
  E("2032-08-07 22:15", "Brigade in Lithuania to reach full strength in 2033, says Pistorius",
    ["Defence Minister Boris Pistorius said the German armoured brigade stationed in Lithuania would reach its full strength of about 5,000 troops in 2033, a year later than planned.",
     "He blamed delays in building barracks and said the new timetable had been agreed with Vilnius."],
    "other", "security", 2, "german-brigade-lithuania-timetable-2032-08-07", a="Miriam Kessler"),
  E("2032-08-07 19:30", "Germany to send two more Patriot systems by December",
    ["Germany will hand two more Patriot air defence systems to Ukraine by December, the Defence Ministry said on Saturday, after Kyiv warned that Russian ballistic missile attacks were outpacing its stocks of interceptors.",
     "Berlin will also pay for 120 interceptor missiles for the Patriot batteries Ukraine already operates, a ministry spokeswoman said."],
    "aid", "aid", 3, "germany-patriot-systems-2032-08-07", a="Miriam Kessler", hl=True, n="'Highlight' label; complete air-defence systems: 3"),
  E("2032-08-07 16:10", "Thousands march in Dresden against arms deliveries",
    ["About 3,000 people marched through Dresden on Saturday afternoon to demand an end to German arms deliveries to Ukraine, police said.",
     "A counter-demonstration of roughly 800 people gathered near the Frauenkirche. Police reported no serious incidents."],
    "other", "politics", 2, "dresden-arms-deliveries-protest-2032-08-07", a="Jan Overath"),
  E("2032-08-07 13:45", "Residence permits for Ukrainian refugees extended to 2034",
    ["The federal government will extend the temporary residence permits of Ukrainian refugees in Germany until March 2034, the Interior Ministry confirmed on Saturday.",
     "Around 1.1 million Ukrainians are registered in Germany under temporary protection."],
    "other", "humanitarian", 2, "germany-refugee-permits-extension-2032-08-07", a="Miriam Kessler"),
  E("2032-08-07 10:20", "Drone kills driver near Chuhuiv",
    ["A Russian drone hit a car on a road near Chuhuiv in the Kharkiv region on Saturday morning, killing the driver, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "chuhuiv-drone-strike-2032-08-07", a="Jan Overath", hl=True, n="'Highlight' label; deadly strike: 3"),
  ]))


def r_norkon(S):
    """Yle News live article with a Norkon Live Center feed embedded. Yle header with '9.8.2032 07:35 | Updated 21:50' (Finnish
    day.month.year, no zone); the feed shows a pinned post first (label 'Pinned'), then posts newest first; each post:
    <time datetime="...+03:00">HH:MM</time>, author, title, text; 'Load more', 'Live Center by Norkon'."""
    z = S["zone"]; check_order(S, True)
    rest = [e for e in S["entries"] if not e.get("pinned")]
    first = dt(rest[-1]["t"], z); last = dt(rest[0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Yle News | yle.fi</title></head><body>',
           '<header class="yle-header"><a class="yle-logo" href="https://yle.fi">Yle</a><nav><a>Uutiset</a> <a>Urheilu</a> <a>Areena</a> '
           '<a>Svenska Yle</a> <a>News</a></nav><a class="login">Log in</a></header>',
           '<div class="yle-news-nav"><a>Yle News</a> <a>Finland</a> <a>Politics</a> <a>Economy</a> <a>Culture</a> <a>All in English</a></div>',
           '<main><article><div class="category">Russia\'s war in Ukraine</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="lead">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="author">Yle News</span> <span class="date">{first.day}.{first.month}.{first.year} {first:%H:%M}</span> '
           f'<span class="updated">| Updated {last:%H:%M}</span></div>',
           '<div class="lc-feed-container" data-channel="yle-news-ukraine"><div class="lc-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        cls = "lc-post lc-post--pinned" if e.get("pinned") else "lc-post"
        out.append(f'<div class="{cls}" id="lc-{5502380 - i * 11}">' + ('<div class="lc-post-pinned-label">Pinned</div>' if e.get("pinned") else '') +
                   f'<div class="lc-post-header"><time class="lc-time" datetime="{d.isoformat()}">{st}</time> <span class="lc-author">{esc(e["a"])}</span></div>'
                   f'<h2 class="lc-post-title">{esc(e["h"])}</h2><div class="lc-post-body">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>'
                   '<div class="lc-post-share"><button>Share</button></div></div>')
    out += ['</div><button class="lc-load-more">Load more</button><div class="lc-powered">Live Center by Norkon</div></div></article>',
            '<aside class="newsletter"><h3>Yle News newsletter</h3><p>The week\'s most important Finnish news in English, every Friday.</p><button>Subscribe</button></aside>',
            '<aside class="podcast"><h3>All Points North</h3><p>Our weekly podcast about life in Finland.</p></aside></main>',
            f'<footer>Yle \u00b7 Contact information \u00b7 Privacy \u00b7 Accessibility \u00b7 \u00a9 Yle {last.year}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21004 Yle News (Norkon Live Center)
SEEDS.append(dict(
  id="21004", name="21004_ylenews-livecenter", ext="html", source="Yle News", zone="Europe/Helsinki", render=r_norkon,
  title="Live: Finland and Russia's war in Ukraine on Monday",
  lede="Finland approves another aid package and President Stubb speaks with Zelensky. Follow Monday's news in our live feed.",
  basis="Live Center time '{s}' (24-hour, no zone; also in the post's <time datetime> with +03:00) on the day of the header date '9.8.2032'; Helsinki time (EEST, UTC+3); local {d} in {z}",
  notes="Imitates a Yle News live article with a Norkon Live Center feed embedded. Header: 'Yle News 9.8.2032 07:35 | Updated 21:50' (day.month.year). The feed opens with a pinned post (label 'Pinned', published 10:00) and then lists posts newest first (21:50 down to 07:35), so the page order is not monotonic in time: 21004-01 is pinned. Each post: <time datetime> with the Helsinki offset and visible 'HH:MM', author name, title, text, Share. The pinned post is not repeated further down. Newsletter and podcast boxes are chrome.",
  not_entries=["Yle header, navigation and 'Log in'", "Yle News section navigation", "category label", "page title and lead", "meta line 'Yle News 9.8.2032 07:35 | Updated 21:50'",
               "'Pinned' label", "post header lines (time and author)", "Share buttons", "'Load more'", "'Live Center by Norkon'", "newsletter box", "podcast box", "footer"],
  entries=[
  E("2032-08-09 10:00", "Finland approves \u20ac190 million aid package for Ukraine",
    ["The Finnish government on Monday approved its 31st package of military aid for Ukraine, worth about 190 million euros, Defence Minister Antti H\u00e4kk\u00e4nen said.",
     "As with earlier packages, the contents will not be made public for security reasons."],
    "aid", "aid", 3, "finland-aid-package-2032-08-09", a="Eeva Lindroos", pinned=True, n="pinned post shown first, out of time order"),
  E("2032-08-09 21:50", "Russian aircraft briefly violated Finnish airspace, ministry says",
    ["A Russian military aircraft entered Finnish airspace off the southern coast near Loviisa for about two minutes on Monday evening, the Defence Ministry said.",
     "The Foreign Ministry plans to summon a Russian diplomat to explain the incident."],
    "other", "security", 2, "russian-aircraft-finnish-airspace-2032-08-09", a="Pekka Salonen", sec=["diplomacy"]),
  E("2032-08-09 19:30", "Stubb and Zelensky discuss security guarantees",
    ["President Alexander Stubb spoke with Ukrainian President Volodymyr Zelensky by phone on Monday about the security guarantees European governments are drafting for Ukraine, Stubb's office said.",
     "Stubb wrote afterwards that Finland was ready to contribute instructors and air surveillance."],
    "diplomacy", "diplomacy", 3, "stubb-zelensky-call-2032-08-09", a="Pekka Salonen"),
  E("2032-08-09 17:05", "Drone hits bus in Sumy, killing two",
    ["Two passengers were killed and seven injured when a Russian drone hit a city bus in Sumy on Monday afternoon, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-bus-drone-strike-2032-08-09", a="Eeva Lindroos"),
  E("2032-08-09 14:40", "Helsinki hospital to train Ukrainian trauma surgeons",
    ["Helsinki University Hospital will host 40 Ukrainian trauma surgeons for three-month placements this autumn under a programme funded by the Foreign Ministry.",
     "The first group is due to arrive in September."],
    "aid", "aid", 2, "helsinki-surgeon-training-2032-08-09", a="Eeva Lindroos"),
  E("2032-08-09 12:15", "Kremlin calls Nordic-Baltic drone barrier a provocation",
    ["Kremlin spokesman Dmitry Peskov on Monday called a Nordic-Baltic plan to build a joint anti-drone network along Russia's borders a provocation.",
     "Finland, Estonia, Latvia and Lithuania presented the first phase of the plan in Tallinn last week."],
    "diplomacy", "diplomacy", 2, "kremlin-drone-barrier-reaction-2032-08-09", a="Pekka Salonen"),
  E("2032-08-09 07:35", "Explosions reported near Kirishi refinery overnight",
    ["Residents of Kirishi in Russia's Leningrad region reported explosions and a large fire near the town's oil refinery during the night, regional media said.",
     "Regional governor Alexander Drozdenko said air defences had shot down drones over the region and that nobody was hurt."],
    "strikes", "strikes", 2, "kirishi-refinery-drone-attack-2032-08-09", a="Eeva Lindroos"),
  ]))


def r_wpliveblog(S):
    """Euromaidan Press (WordPress) post running the Liveblog plugin. WP header with the post date 'August 10, 2032'; the plugin
    emits LiveBlogPosting JSON-LD (per-update datePublished) and a feed newest first; each entry: aside with relative time
    ('3 hours ago') and clock time ('14:32'), author avatar and name, content (key events start with a bold line). A 'Key Events'
    sidebar widget, placed after the feed in the markup, lists the key entries by that bold line."""
    z = S["zone"]; check_order(S, True)
    ref = dt(S["ref"], z); first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); body = ([e["h"]] if e["h"] else []) + e["p"]
        ups.append({"@type": "BlogPosting", "headline": " ".join(body)[:110], "url": f"{S['url']}#liveblog-entry-{S['pid'] + 40 - i * 3}",
                    "datePublished": d.isoformat(), "dateModified": d.isoformat(), "articleBody": "\n".join(body),
                    "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Euromaidan Press</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           f'<body class="post-template-default single single-post postid-{S["pid"]}">',
           '<header id="masthead"><div class="site-branding"><a href="/">Euromaidan Press</a><p class="site-description">News and views from Ukraine</p></div>'
           '<nav id="site-navigation"><a>Ukraine</a> <a>Russia</a> <a>War</a> <a>Analysis</a> <a>Opinion</a> <a>Culture</a> <a class="support">Support us</a></nav></header>',
           '<main id="main"><article class="post">', '<header class="entry-header"><span class="cat-links"><a>War</a></span>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">by <a>Euromaidan Press</a></span> <time class="entry-date" datetime="{first.isoformat()}">'
           f'{MONTHS[first.month - 1]} {first.day}, {first.year}</time></div></header>',
           f'<div class="entry-content"><p>{esc(S["lede"])}</p>', '<div class="share-buttons"><a>Facebook</a> <a>X</a> <a>Telegram</a> <a>Email</a></div>',
           '<div id="liveblog-container" class="liveblog-container"><div class="liveblog-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        mins = int((ref - d).total_seconds() // 60)
        ago = f"{mins} minutes ago" if mins < 60 else ("1 hour ago" if mins < 120 else f"{mins // 60} hours ago")
        out.append(f'<article id="liveblog-entry-{S["pid"] + 40 - i * 3}" class="liveblog-entry{" is-key-event" if e["kp"] else ""}">'
                   f'<aside class="liveblog-entry-aside"><a class="liveblog-meta-time" href="#liveblog-entry-{S["pid"] + 40 - i * 3}">'
                   f'<span class="liveblog-time-ago">{ago}</span><span class="liveblog-time">{st}</span></a></aside>'
                   '<div class="liveblog-entry-main"><header class="liveblog-meta-authors"><div class="liveblog-meta-author">'
                   f'<div class="liveblog-meta-author-avatar"><img alt="" src="/avatars/{slugify(e["a"])}.jpg"></div>'
                   f'<span class="liveblog-meta-author-name">{esc(e["a"])}</span></div></header><div class="liveblog-entry-content">'
                   + (f'<p><strong>{esc(e["h"])}</strong></p>' if e["h"] else '') + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div></div></article>')
    out += ['</div><div class="liveblog-pagination"><button>Older entries</button></div></div>',
            '<div class="support-box"><p>Euromaidan Press is run by a small team and paid for by its readers. Become a patron for the price of a coffee a month.</p>'
            '<a class="button">Support us</a></div></div></article></main>',
            '<aside id="secondary" class="widget-area"><section class="widget widget_liveblog_key_events"><h2 class="widget-title">Key Events</h2>'
            '<ul class="liveblog-key-events">' + "".join(f'<li><a href="#liveblog-entry-{S["pid"] + 40 - i * 3}">{esc(e["h"])}</a></li>'
                                                          for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></section>',
            '<section class="widget"><h2 class="widget-title">Most read</h2><ul>' + "".join(f'<li><a>{esc(t)}</a></li>' for t in S["mostread"]) + '</ul></section></aside>',
            f'<footer id="colophon"><p>\u00a9 {last.year} Euromaidan Press. Reprinting is allowed with a link to the source.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21005 Euromaidan Press (WordPress Liveblog plugin)
SEEDS.append(dict(
  id="21005", name="21005_euromaidanpress-wpliveblog", ext="html", source="Euromaidan Press", zone="Europe/Kyiv", render=r_wpliveblog,
  title="Russo-Ukrainian war, day 3,821: missile strike on Kyiv office block", url="https://euromaidanpress.com/2032/08/10/russo-ukrainian-war-day-3821/",
  pid=518207, ref="2032-08-10 21:25",
  lede="Our live page for Tuesday 10 August. Entries are added through the day; key events are listed in the sidebar.",
  mostread=["How Ukraine's drone schools train a thousand pilots a month", "Why the Black Sea grain corridor still works", "Ten years of the Ukrainian Navy's comeback"],
  basis="Liveblog entry clock '{s}' (24-hour, no zone; the JSON-LD datePublished gives the same time with +03:00) on the post date 'August 10, 2032'; Kyiv time (EEST, UTC+3); local {d} in {z}",
  notes="Imitates a Euromaidan Press WordPress post running the Automattic Liveblog plugin. LiveBlogPosting JSON-LD with per-update datePublished (correct here) and squashed-text update headlines. Feed newest first; each entry: relative time ('3 hours ago', counted from a capture at 21:25) and clock time ('18:05') in the aside, author avatar and name, content. Entries flagged as key events open with a bold line, which is their headline; the others have no headline (headline null, first sentence of the text). The sidebar widget 'Key Events' (after the feed in the markup) lists the bold lines of the two key events verbatim, so those two are key_point true (see README conventions). No zone is printed: Kyiv time.",
  not_entries=["masthead, tagline and navigation", "category link 'War'", "page title", "'by Euromaidan Press' and the post date 'August 10, 2032'", "intro paragraph of the post",
               "share buttons", "relative-time and clock-time labels in each entry's aside", "author avatar/name lines", "'Older entries'", "support box",
               "'Key Events' widget (pointers to entries 21005-03 and 21005-05)", "'Most read' widget", "footer"],
  entries=[
  E("2032-08-10 21:05", None,
    ["Parliament voted on Tuesday evening to extend martial law and general mobilisation for another 90 days, until mid-November.",
     "The motion passed with 318 votes; it was the 43rd extension since February 2022."],
    "other", "politics", 2, "martial-law-extension-2032-08-10", a="Yuliia Bondarenko", n="no bold first line: headline null"),
  E("2032-08-10 19:40", None,
    ["Russian forces shelled Nikopol 14 times during the day, injuring a 62-year-old woman and damaging a school gym, regional head Serhiy Lysak said."],
    "strikes", "strikes", 2, "nikopol-shelling-2032-08-10", a="Yuliia Bondarenko", n="no bold first line: headline null; injuries only"),
  E("2032-08-10 17:15", "Russian missile hits Kyiv office block, killing three",
    ["A Russian ballistic missile struck an office building in Kyiv's Solomianskyi district shortly after 5pm, killing three people and injuring 14, Mayor Vitali Klitschko said.",
     "Residents said the air raid sirens sounded barely a minute before the impact."],
    "strikes", "strikes", 3, "kyiv-office-block-missile-strike-2032-08-10", a="Orest Lytvyn", kp=True, n="listed under the 'Key Events' widget"),
  E("2032-08-10 15:00", None,
    ["EU foreign ministers will discuss using the remaining immobilised Russian central bank assets for a new loan to Ukraine at their meeting in Brussels later this month, EU foreign policy chief Kaja Kallas said."],
    "aid", "aid", 2, "eu-frozen-assets-loan-discussion-2032-08-10", a="Orest Lytvyn", sec=["diplomacy"], n="no bold first line: headline null"),
  E("2032-08-10 13:20", "Netherlands pledges \u20ac400 million for long-range drones",
    ["The Netherlands will give Ukraine 400 million euros to produce long-range strike drones, Dutch Defence Minister Ruben Brekelmans said during a visit to Kyiv.",
     "Part of the money will pay for a joint production line in the Netherlands, he said."],
    "aid", "aid", 3, "netherlands-long-range-drones-2032-08-10", a="Orest Lytvyn", kp=True, n="listed under the 'Key Events' widget"),
  E("2032-08-10 11:00", None,
    ["The Security Service of Ukraine said it had detained a Dnipro resident suspected of sending the locations of air defence positions to Russian intelligence through a Telegram bot."],
    "other", "security", 2, "sbu-dnipro-spy-detained-2032-08-10", a="Yuliia Bondarenko", n="no bold first line: headline null"),
  E("2032-08-10 09:30", None,
    ["Russia launched 73 drones at Ukraine overnight, 58 of which were shot down, the air force said.",
     "Hits were recorded in the Chernihiv and Poltava regions; there were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-08-10", a="Yuliia Bondarenko", n="no bold first line: headline null"),
  ]))


def r_lb3(S):
    """DW live article with a Sourcefabric Liveblog 3 embed. DW chrome ('Skip next section' anchors, topic label, US-style date
    '08/13/2032', 'What you need to know' summary, note that times are UTC); the embed lists posts newest first: 'lb-post-date'
    HH:MM, title, paragraphs, DW's closing credit line of editors' initials and agencies, author name; 'Load more posts'."""
    z = S["zone"]; check_order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 DW \u2013 {last:%m/%d/%Y}</title></head><body>',
           '<a class="skip" href="#content">Skip next section Navigation</a>',
           '<header><a class="dw-logo" href="/en/">DW</a><nav><a>Germany</a> <a>World</a> <a>Business</a> <a>Science</a> <a>Environment</a> '
           '<a>Culture</a> <a>Sports</a> <a>Live TV</a></nav><a>Languages</a> <a>Search</a></header>',
           '<main id="content"><div class="topic"><a href="/en/russias-war-in-ukraine/t-60931789">Russia\'s war in Ukraine</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="date">{last:%m/%d/%Y}</span></div>',
           '<a class="skip">Skip next section What you need to know</a>', '<section class="summary"><h2>What you need to know</h2><ul>' +
           "".join(f'<li>{esc(b)}</li>' for b in S["summary"]) + '</ul><p>Times are given in UTC.</p></section>',
           '<div class="lb-timeline" data-liveblog="dw-ukraine"><div class="lb-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" data-post-id="urn:newsml:dw:{S["urn"]}:{900 - i * 7}"><div class="lb-post-date">{st}</div>'
                   f'<h3 class="lb-post-title">{esc(e["h"])}</h3><div class="lb-item">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   f'<p class="credit">{esc(e["credit"])}</p></div><div class="lb-author"><img class="lb-author__avatar" alt="">'
                   f'<span class="lb-author__name">{esc(e["a"])}</span></div><div class="lb-post-share"><a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="lb-promo"><a>{esc(S["promo"])}</a></aside>')
    out += ['</div><button class="lb-button load-more-posts">Load more posts</button><div class="lb-footer">Powered by Liveblog</div></div>',
            '<a class="skip">Skip next section Related topics</a>', '<section class="related"><h2>Related topics</h2><a>Ukraine</a> <a>Russia</a> <a>Volodymyr Zelenskyy</a></section>',
            f'<footer><p>\u00a9 {last.year} Deutsche Welle</p><a>Privacy Policy</a> <a>Legal notice</a> <a>Contact</a> <a>Accessibility Statement</a></footer></main></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21006 DW (Sourcefabric Liveblog 3 embed)
SEEDS.append(dict(
  id="21006", name="21006_dw-liveblog3", ext="html", source="DW", zone="UTC", render=r_lb3,
  title="Ukraine updates: Zelenskyy travels to Warsaw", urn="60448213",
  lede="Ukraine's president is in Poland for talks on border crossings and rail links. Meanwhile, shelling killed five at a market in Kherson. DW has the latest.",
  summary=["Zelenskyy meets Poland's president in Warsaw", "Shells hit a covered market in Kherson", "The EU lists 40 more people over drone supplies"],
  promo="Watch: How Ukrainian farmers work fields next to the front line",
  basis="Liveblog post time '{s}' (24-hour) on the page date '08/13/2032' (month/day/year); the page says times are given in UTC; local {d} in {z}",
  notes="Imitates a DW live article with a Sourcefabric Liveblog 3 embed. DW chrome: 'Skip next section ...' anchors, topic label, title, teaser, date '08/13/2032' (US order; 13 cannot be a month), a 'What you need to know' summary whose bullets are reworded (not the post headlines, so not a Key Points block) and the line 'Times are given in UTC.' Posts newest first: time, title, paragraphs, DW's closing credit of editors' initials and agencies (e.g. 'mf/sri (PAP, Reuters)': not a paragraph, not the author), then the author's name under the post. Spelling 'Zelenskyy'. A video promo sits between the third and fourth posts.",
  not_entries=["'Skip next section ...' anchors", "DW header, navigation, 'Languages', 'Search'", "topic label", "page title and teaser", "date '08/13/2032'",
               "'What you need to know' summary (three reworded bullets) and 'Times are given in UTC.'", "post times", "credit lines of initials and agencies under each post",
               "author name lines", "Share links", "video promo 'Watch: How Ukrainian farmers work fields next to the front line' (a link, not a post)",
               "'Load more posts'", "'Powered by Liveblog'", "'Related topics'", "footer"],
  entries=[
  E("2032-08-13 20:55", "Zelenskyy arrives in Warsaw for talks with Nawrocki",
    ["Ukrainian President Volodymyr Zelenskyy arrived in Warsaw late on Friday for talks with Polish President Karol Nawrocki on border crossings and the reconstruction of western Ukraine's rail network.",
     "It is Zelenskyy's first visit to Poland this year."],
    "diplomacy", "diplomacy", 3, "zelenskyy-warsaw-visit-2032-08-13", a="Marta Wierzbicka", credit="mw/sri (PAP, Reuters)"),
  E("2032-08-13 18:30", "Five killed as shells hit Kherson market",
    ["Russian artillery shells hit a covered market in central Kherson on Friday afternoon, killing five people and wounding 17, regional governor Oleksandr Prokudin said.",
     "Most of the victims were traders and shoppers, Prokudin wrote on Telegram."],
    "strikes", "strikes", 3, "kherson-market-shelling-2032-08-13", a="Marta Wierzbicka", credit="mw/sri (AFP, dpa)"),
  E("2032-08-13 16:10", "German prosecutors charge man over rail sabotage plot",
    ["Federal prosecutors in Karlsruhe have charged a man with planning, on behalf of Russian intelligence, to damage a rail line used for military transports in Saxony-Anhalt.",
     "The suspect, who was arrested in March, denies the charges."],
    "other", "security", 2, "rail-sabotage-plot-charges-2032-08-13", a="Lukas Brenner", credit="lb/sri (dpa, epd)"),
  E("2032-08-13 13:45", "EU adds 40 names to Russia sanctions list",
    ["The European Union added 40 individuals and 12 companies to its Russia sanctions list on Friday, most of them accused of helping Moscow obtain drone components through third countries.",
     "The listings include firms registered in Kyrgyzstan, Turkey and the United Arab Emirates."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-listings-drone-parts-2032-08-13", a="Lukas Brenner", credit="lb/sri (Reuters, AFP)", n="targeted listings, not a package: 2"),
  E("2032-08-13 11:20", "Ukraine says it struck Saky air base in Crimea",
    ["Ukraine's General Staff said its forces struck the Saky air base in occupied Crimea overnight, damaging two Su-30 fighter jets.",
     "Russia's Defense Ministry said it had downed 23 Ukrainian drones over the peninsula but did not mention any damage at the base."],
    "strikes", "strikes", 2, "saky-air-base-strike-2032-08-13", a="Lukas Brenner", credit="lb/sri (Reuters, Interfax)"),
  E("2032-08-13 08:50", "Denmark to train 2,000 more Ukrainian soldiers",
    ["Denmark will train another 2,000 Ukrainian soldiers this autumn, including F-16 ground crews, Defense Minister Troels Lund Poulsen said on Friday."],
    "aid", "aid", 2, "denmark-training-ukrainian-soldiers-2032-08-13", a="Lukas Brenner", credit="lb/sri (Ritzau, Reuters)"),
  E("2032-08-13 05:40", "Kyiv hit by drones for third night in a row",
    ["Kyiv came under drone attack for the third night in a row, with debris falling on a parking lot in the Darnytskyi district, the city's military administration said.",
     "Ukraine's air force said it shot down 49 of the 61 drones launched across the country."],
    "strikes", "strikes", 2, "overnight-drone-attack-kyiv-2032-08-13", a="Lukas Brenner", credit="lb/sri (AP, Reuters)"),
  ]))


def r_ghost_rss(S):
    """The Kyiv Independent's Ghost RSS feed (/rss/): RSS 2.0 with CDATA titles, custom-excerpt descriptions, dc:creator,
    pubDate in GMT with seconds, media:content, and the full post HTML in content:encoded (feature image, paragraphs, and on some
    posts a membership call-to-action card)."""
    z = S["zone"]; check_order(S, True)
    base = "https://kyivindependent.com"
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           f'<title>{cdata(S["title"])}</title>', f'<description>{cdata(S["lede"])}</description>', f'<link>{base}/</link>',
           f'<image><url>{base}/content/images/size/w256h256/2031/11/favicon.png</url><title>{S["title"]}</title><link>{base}/</link></image>',
           '<generator>Ghost 7.4</generator>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           f'<atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{base}/{slugify(e['h'], 190)}/"
        body = f'<img src="{base}/content/images/2032/08/{slugify(e["h"])[:24]}.jpg" class="kg-image" alt="" loading="lazy" width="1200" height="800">'
        body += "".join(f"<p>{p}</p>" for p in map(esc, e["p"]))
        if e.get("cta"):
            body += ('<div class="kg-card kg-callout-card"><div class="kg-callout-text">We have covered this war from Kyiv since its first day. '
                     'Keep our reporting independent: become a member today.</div></div>')
        out += ['<item>', f'<title>{cdata(e["h"])}</title>', f'<description>{cdata(e["excerpt"])}</description>', f'<link>{link}</link>',
                f'<guid isPermaLink="false">66c{i:02d}f{7021 + i * 311:x}e2a0041{i}b</guid>', f'<category>{cdata(e["cat"])}</category>',
                f'<dc:creator>{cdata(e["a"])}</dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<media:content url="{base}/content/images/2032/08/{slugify(e["h"])[:24]}.jpg" medium="image"/>',
                f'<content:encoded>{cdata(body)}</content:encoded>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21007 The Kyiv Independent (Ghost RSS feed)
SEEDS.append(dict(
  id="21007", name="21007_kyivindependent-ghostrss", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_ghost_rss,
  title="The Kyiv Independent", lede="Independent news from Ukraine, in English.",
  basis="Ghost RSS pubDate '{s}' (GMT = UTC, with seconds); {d} UTC",
  notes="Imitates the RSS feed that the Ghost platform builds for The Kyiv Independent (/rss/): generator 'Ghost', CDATA titles, each item's description is the post's custom excerpt (a standfirst, not the first body sentence), dc:creator, pubDate in GMT with seconds, media:content, full post HTML in content:encoded (feature image, paragraphs, and on two posts a membership call-out card). first_sentence and body_paragraphs come from content:encoded; the excerpt and the call-out card are not body. House style 'Aug. 16' and 'Oblast', spelling 'Serhii Lysak'.",
  not_entries=["channel title, description, link, image block, generator, lastBuildDate, atom:link, ttl", "each item's description (custom excerpt/standfirst)",
               "category labels", "feature images (media:content and the <img> at the top of each post)", "membership call-out cards in 21007-03 and 21007-07"],
  entries=[
  E("2032-08-16 20:47:12", "Russian drones hit energy facility in Chernihiv Oblast, 40,000 left without power",
    ["Russian drones struck an energy facility in Chernihiv Oblast late on Aug. 16, cutting power to about 40,000 households, the regional energy company said.",
     "Emergency crews were working to restore supply overnight. No one was injured, the company said."],
    "strikes", "strikes", 2, "chernihiv-energy-drone-strike-2032-08-16", a="Oleksandra Tymoshchuk", cat="Ukraine",
    excerpt="It was the fourth attack on the region's grid this month."),
  E("2032-08-16 18:22:40", "Ukraine, Moldova agree to open new border crossing near Reni",
    ["Ukraine and Moldova signed an agreement on Aug. 16 to open a new road border crossing near the Danube port of Reni by the end of the year, Ukraine's Foreign Ministry said.",
     "The crossing will link Odesa Oblast with southern Moldova and is meant to shorten truck queues on the route to Romania's Black Sea ports."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-reni-border-crossing-2032-08-16", a="Dmytro Haiduk", cat="Politics",
    excerpt="Deputy foreign ministers of both countries signed the deal in Chi\u0219in\u0103u."),
  E("2032-08-16 15:58:03", "Russian attack on Pavlohrad kills 2, injures 9",
    ["A Russian missile attack on Pavlohrad in Dnipropetrovsk Oblast killed two people and injured nine on Aug. 16, Governor Serhii Lysak reported.",
     "Three apartment buildings and a kindergarten were damaged, he said."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2032-08-16", a="Oleksandra Tymoshchuk", cat="Ukraine", cta=True,
    excerpt="A missile hit a residential neighborhood of the city in the afternoon.", n="membership call-out card is not body"),
  E("2032-08-16 13:35:51", "Japan to provide $230 million in budget support to Ukraine",
    ["Japan will provide Ukraine with $230 million in budget support through a World Bank fund, Ukraine's Finance Ministry announced on Aug. 16.",
     "The money will be used to pay pensions and the salaries of teachers and medical workers."],
    "aid", "aid", 3, "japan-budget-support-2032-08-16", a="Dmytro Haiduk", cat="Business",
    excerpt="The funds go through the World Bank's support program for Ukraine's public services."),
  E("2032-08-16 11:09:27", "Ukrainian forces regain positions near Huliaipole, military says",
    ["Ukrainian troops have regained several positions north of Huliaipole in Zaporizhzhia Oblast, the Southern Defense Forces said on Aug. 16.",
     "The Kyiv Independent could not independently verify the claim."],
    "other", "frontline", 2, "huliaipole-positions-regained-2032-08-16", a="Yuliia Melnyk", cat="Ukraine",
    excerpt="Two Russian assault groups were pushed back, according to the military."),
  E("2032-08-16 08:41:15", "Russia launches 96 drones, 4 missiles overnight, air force says",
    ["Russia attacked Ukraine with 96 drones and four Kh-101 cruise missiles overnight on Aug. 16, Ukraine's Air Force said.",
     "Air defense shot down 81 of the drones and all four missiles. Debris damaged houses in Kyiv and Zhytomyr oblasts."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2032-08-16", a="Yuliia Melnyk", cat="Ukraine",
    excerpt="Air defense downed 81 drones and all four missiles."),
  E("2032-08-16 06:12:30", "Ukraine brings back 12 children deported to Russia",
    ["Twelve Ukrainian children who had been deported to Russia or Russian-occupied territories have returned home with Qatar's mediation, Ukraine's Human Rights Commissioner Dmytro Lubinets said on Aug. 16.",
     "The youngest of them is four years old, he said."],
    "other", "humanitarian", 2, "deported-children-returned-2032-08-16", a="Yuliia Melnyk", cat="Ukraine", cta=True, sec=["diplomacy"],
    excerpt="The return was arranged with Qatar's mediation, the ombudsman said.", n="membership call-out card is not body"),
  ]))


def r_medium_rss(S):
    """Medium publication feed (medium.com/feed/<publication>): RSS 2.0, channel title 'NAME - Medium', items with CDATA title,
    link with ?source=rss tracking, guid medium.com/p/<hex>, several categories, dc:creator, pubDate in GMT with seconds,
    atom:updated with milliseconds, content:encoded only (no description): h3 title, h4 subtitle, figure with caption,
    paragraphs, then the closing 'first appeared in ... on Medium' line."""
    z = S["zone"]; check_order(S, True)
    base = "https://medium.com/" + S["slug"]
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">',
           f'<channel><title>{cdata(S["title"])}</title>', f'<description>{cdata(S["lede"] + " - Medium")}</description>',
           f'<link>{base}?source=rss----{S["hexid"]}---4</link>',
           f'<image><url>https://cdn-images-1.medium.com/proxy/1*{S["hexid"]}.png</url><title>{esc(S["title"])}</title><link>{base}?source=rss----{S["hexid"]}---4</link></image>',
           '<generator>Medium</generator>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           f'<atom:link href="https://medium.com/feed/{S["slug"]}" rel="self" type="application/rss+xml"/>',
           '<webMaster><![CDATA[yourfriends@medium.com]]></webMaster>', '<atom:link href="http://medium.superfeedr.com" rel="hub"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = f"{0x5c1e0a9b3f2 + i * 0x1d3b7:x}"
        link = f"{base}/{slugify(e['h'])}-{pid}?source=rss----{S['hexid']}---4"
        upd = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{(i * 137) % 1000:03d}Z"
        body = (f'<h3>{esc(e["h"])}</h3><h4>{esc(e["subt"])}</h4><figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*{pid}.jpeg" />'
                f'<figcaption>{esc(e["cap"])}</figcaption></figure>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) +
                f'<hr><p><a href="{link}">{esc(e["h"])}</a> first appeared in <a href="{base}">{esc(S["source"])}</a> on Medium, where readers keep the conversation going by highlighting and replying to this story.</p>'
                f'<img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId={pid}" width="1" height="1" alt="">')
        out += ['<item>', f'<title>{cdata(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">https://medium.com/p/{pid}</guid>']
        out += [f'<category>{cdata(c)}</category>' for c in e["cats"]]
        out += [f'<dc:creator>{cdata(e["a"])}</dc:creator>', f'<pubDate>{st}</pubDate>', f'<atom:updated>{upd}</atom:updated>',
                f'<content:encoded>{cdata(body)}</content:encoded>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21008 Sunflower Desk (a Medium publication's feed)
ODS = "odesa-apartment-missile-strike-2032-08-27"
SEEDS.append(dict(
  id="21008", name="21008_sunflowerdesk-mediumrss", ext="xml", source="Sunflower Desk", zone="UTC", render=r_medium_rss,
  title="Sunflower Desk - Medium", lede="A volunteer newsroom keeping a running story of Russia's war against Ukraine", slug="sunflower-desk", hexid="7be0c41d93f5",
  basis="Medium RSS pubDate '{s}' (GMT = UTC, with seconds); {d} UTC",
  notes="Imitates the RSS feed of a Medium publication (invented name 'Sunflower Desk') that keeps a running story as one short Medium post per development, titled 'Ukraine Running Story \u2014 Aug 27: ...'. Channel title 'Sunflower Desk - Medium'; items have no description, only content:encoded, which repeats the title as <h3>, adds an <h4> subtitle and a figure with caption before the paragraphs and ends with a rule, the 'first appeared in Sunflower Desk on Medium' line and a tracking pixel. first_sentence is the first <p> after the figure. Two items (21008-01 and 21008-04) tell the same Odesa strike (toll 3, then 6) in different words: same story, not a near-verbatim repeat.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom:link lines, webMaster", "category tags",
               "the <h3> repeat of each title", "the <h4> subtitle of each post", "figure captions", "closing 'first appeared in Sunflower Desk on Medium ...' line of each item", "tracking pixels", "atom:updated"],
  entries=[
  E("2032-08-27 21:14:03", "Ukraine Running Story \u2014 Aug 27: Odesa toll rises to six",
    ["Rescuers in Odesa recovered two more bodies from the collapsed section of an apartment block on Friday evening, bringing the death toll from the morning's missile strike to six, regional governor Oleh Kiper said.",
     "Twenty-three people were injured, five of them children. The search is expected to end overnight."],
    "strikes", "strikes", 3, ODS, a="Oksana Merritt", subt="Two more people found under the rubble in the Prymorskyi district",
    cap="Rescue workers at the damaged block in Odesa. Photo: State Emergency Service of Ukraine", cats=["ukraine", "odesa", "russia-ukraine-war"], n="toll 6; update of 21008-04"),
  E("2032-08-27 18:40:51", "Ukraine Running Story \u2014 Aug 27: EU to fund 1.5 million shells next year",
    ["The European Union will pay for 1.5 million artillery shells for Ukraine in 2033 using windfall profits from immobilised Russian assets, EU foreign policy chief Kaja Kallas said after a meeting of defence ministers.",
     "Deliveries are to start in January, she said, with most of the shells made in Czechia, Poland and Germany."],
    "aid", "aid", 3, "eu-shells-funding-2033-2032-08-27", a="Callum Reyes", subt="The money comes from profits on frozen Russian assets, Kallas says",
    cap="Artillery shells at a plant in central Europe. Photo: archive", cats=["ukraine", "european-union", "defense"]),
  E("2032-08-27 16:05:27", "Ukraine Running Story \u2014 Aug 27: Russian push toward Orikhiv",
    ["Russian troops attacked Ukrainian positions south of Orikhiv at least 19 times on Friday, using armoured vehicles and motorcycles, Ukraine's General Staff said in its afternoon update.",
     "Analysts say Moscow is probing the line ahead of an expected autumn offensive in the Zaporizhzhia region."],
    "other", "frontline", 2, "orikhiv-russian-assaults-2032-08-27", a="Callum Reyes", subt="Nineteen assaults in a day on the southern front",
    cap="A Ukrainian artillery crew in the Zaporizhzhia region. Photo: 65th Brigade", cats=["ukraine", "war", "zaporizhzhia"]),
  E("2032-08-27 12:31:09", "Ukraine Running Story \u2014 Aug 27: Missile strike on Odesa kills three",
    ["A Russian Iskander-M missile hit a nine-storey apartment block in Odesa's Prymorskyi district on Friday morning, killing at least three people and injuring 17, officials said.",
     "Part of the building collapsed, and rescuers were searching for residents believed to be trapped."],
    "strikes", "strikes", 3, ODS, a="Oksana Merritt", subt="Part of a nine-storey block collapsed; people may be trapped",
    cap="Smoke over Odesa after the strike. Photo: Odesa regional administration", cats=["ukraine", "odesa", "missile-strike"], n="toll 3"),
  E("2032-08-27 09:48:36", "Ukraine Running Story \u2014 Aug 27: Hungary blocks EU statement on accession talks",
    ["Hungary blocked a joint EU statement welcoming progress in Ukraine's accession negotiations, diplomats in Brussels said on Friday.",
     "Budapest objected to a paragraph on minority language rights, according to two diplomats."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-accession-statement-2032-08-27", a="Callum Reyes", subt="Budapest objects to a line on minority languages",
    cap="EU flags outside the Berlaymont building in Brussels. Photo: archive", cats=["ukraine", "hungary", "eu-enlargement"]),
  E("2032-08-27 07:02:44", "Ukraine Running Story \u2014 Aug 27: Overnight drones cut power in Poltava",
    ["Russian drones damaged a substation in Poltava overnight, leaving around 25,000 homes without electricity, the regional administration said.",
     "Power was restored to most of them by early morning."],
    "strikes", "strikes", 2, "poltava-substation-drone-strike-2032-08-27", a="Oksana Merritt", subt="About 25,000 homes lost electricity",
    cap="Repair crews in Poltava. Photo: Poltavaoblenergo", cats=["ukraine", "energy", "poltava"]),
  ]))


def r_substack(S):
    """A Substack post used as a live thread, copied as text. Substack chrome (publication name, Subscribe / Sign in, title, subtitle,
    author, date 'Aug 29, 2032', like / comment / restack counters, Share), the author's intro, then updates newest first: a
    stamp line '21:40 BST', a bold title, paragraphs; a subscribe box mid-post; then the like line, the comments section
    (commenters' names, 'Aug 29', comment text, Like / Reply / Share) and the footer."""
    z = S["zone"]; check_order(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Subscribe", "Sign in", "", S["title"], S["subtitle"], "", S["byline"], f"{MON3[d0.month - 1]} {d0.day}, {d0.year}",
         "86", "31", "9", "Share", ""] + lines_of(S["intro"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 2:
            L += [f"Enjoying {S['source']}? Subscribe for free to get new posts by email and support my work.", "", "Subscribe", ""]
    L += ["86 Likes \u2219 9 Restacks", "", "Discussion about this post", "Comments", "Restacks", "Write a comment...", ""]
    for who, txt, likes in S["comments"]:
        L += [who, f"{MON3[d0.month - 1]} {d0.day}", txt, f"Like ({likes})", "Reply", "Share", ""]
    L += ["Ready for more?", "Subscribe", "", f"\u00a9 {d0.year} {S['byline']}", "Privacy \u2219 Terms \u2219 Collection notice", "Start writing", "Get the app"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 21009 Pontic Notes (a Substack live thread, text)
GEN = "geneva-talks-first-round-2032-08-29"
SEEDS.append(dict(
  id="21009", name="21009_ponticnotes-substackthread", ext="txt", source="Pontic Notes", zone="Europe/London", render=r_substack,
  title="Live thread: Sunday's attacks, the southern front and the Geneva talks", subtitle="Rolling updates through the day, newest at the top.",
  byline="Hanna Ostrowska",
  intro=["Good morning. I'll keep this thread going until the Geneva round is over, adding short notes as things happen. Times are UK time."],
  comments=[("Tom Ellery", "Thanks, Hanna. Do you think the Geneva format survives another round?", 4),
            ("Marta K.", "The Stepnohirsk note is the most useful thing I've read on that sector this week.", 2),
            ("Ian Brough", "Any sense of how many prisoners are on those lists?", 1)],
  basis="thread stamp '{s}' (British Summer Time, UTC+1) on the post date 'Aug 29, 2032'; local {d} in {z}",
  notes="Imitates a Substack post that an independent analyst (invented newsletter 'Pontic Notes') runs as a live thread, copied as text. Substack chrome: publication name, Subscribe / Sign in, title, subtitle, byline, date 'Aug 29, 2032', counters (86 / 31 / 9), Share. The author's intro paragraph is not an entry. Updates newest first, each a stamp line '22:15 BST', a bold title, paragraphs; a subscribe box sits after the third update. No per-update byline: the post's author is used for every entry. Below the post: like/restack line, the comments section (three comments by readers, with 'Aug 29' and Like/Reply/Share) and the footer, none of them entries. 21009-01 and 21009-04 are the same event (the Geneva talks: start and end).",
  not_entries=["publication name, 'Subscribe', 'Sign in'", "post title and subtitle", "byline 'Hanna Ostrowska' and date 'Aug 29, 2032'", "counters '86', '31', '9' and 'Share'",
               "author's intro paragraph ('Good morning. ...')", "stamp lines", "subscribe box after the third update", "'86 Likes \u2219 9 Restacks'",
               "'Discussion about this post', 'Comments', 'Restacks', 'Write a comment...'", "the three reader comments with their names, dates and Like/Reply/Share",
               "'Ready for more?' and footer lines"],
  entries=[
  E("2032-08-29 22:15", "Geneva: talks end without a joint statement",
    ["The first round ended after about four hours without a joint statement. Rustem Umerov, who led the Ukrainian delegation, told reporters the two sides had agreed to swap lists of prisoners and to meet again in September.",
     "The Russian delegation, led by Vladimir Medinsky, described the talks only as businesslike."],
    "diplomacy", "diplomacy", 3, GEN, a="Hanna Ostrowska", n="end of the talks begun in 21009-04; same event"),
  E("2032-08-29 19:05", "Zaporizhzhia front: pressure near Stepnohirsk",
    ["Ukraine's Southern Defence Forces report 27 Russian assaults around Stepnohirsk and Plavni since the morning, the highest daily number in that sector this month.",
     "My read: this is still a holding attack rather than the start of the big push, but the use of armour in daylight is new."],
    "other", "frontline", 2, "stepnohirsk-assaults-2032-08-29", a="Hanna Ostrowska"),
  E("2032-08-29 16:30", "Kramatorsk: two killed by glide bomb",
    ["A glide bomb hit a street near Kramatorsk's central market this afternoon, killing two people and injuring eight, according to the city's military administration.",
     "Kramatorsk has been hit by glide bombs almost every day since the front moved within 15 kilometres of the city."],
    "strikes", "strikes", 3, "kramatorsk-glide-bomb-strike-2032-08-29", a="Hanna Ostrowska"),
  E("2032-08-29 13:50", "Geneva: delegations arrive, talks under way",
    ["Both delegations are now at the conference centre in Geneva, and talks started at 2pm local time with Turkish and Swiss officials in the room.",
     "Expect little before the evening: both sides have said this round is about procedure and prisoners, not territory."],
    "diplomacy", "diplomacy", 3, GEN, a="Hanna Ostrowska", n="start of the talks; same event as 21009-01"),
  E("2032-08-29 11:20", "A note on Russian loss figures",
    ["Several readers asked about the General Staff's daily figure for Russian losses, which passed 1,400 yesterday for the first time since June.",
     "These numbers cannot be verified independently and include the wounded. The trend is more useful than any single day: the seven-day average has risen by about a fifth since mid-August."],
    "other", "frontline", 2, "note-on-russian-loss-figures-2032-08-29", a="Hanna Ostrowska", n="author's analysis note (theme piece within the thread)"),
  E("2032-08-29 09:45", "Overnight: 142 drones and five missiles",
    ["Ukraine's air force says Russia launched 142 drones and five Iskander-M missiles overnight, and that 118 drones and two missiles were intercepted.",
     "The main targets were energy sites in the Kharkiv and Sumy regions. No deaths reported so far."],
    "strikes", "strikes", 3, "overnight-drone-missile-attack-2032-08-29", a="Hanna Ostrowska", n="100+ drones in one night: 3"),
  E("2032-08-29 08:10", "Odesa: port crane hit, one worker injured",
    ["A drone hit a container crane at Odesa's port shortly before seven this morning UK time, injuring one worker, the regional administration says."],
    "strikes", "strikes", 2, "odesa-port-crane-drone-strike-2032-08-29", a="Hanna Ostrowska"),
  ]))



# ================================================================ PART B renderers (invented outlets)

def r_world_rss(S):
    """general world RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset. Author either as dc:creator or as the
    RSS 2.0 <author>email (Name)</author> form; description either plain text (one paragraph) or CDATA with <p> paragraphs."""
    z = S["zone"]; check_order(S, True)
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if S.get("dc") else ''
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}>', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<copyright>\u00a9 {S["source"]}</copyright>', f'<lastBuildDate>{dt(S["entries"][0]["t"], z).strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f'{S["url"]}/{e.get("sec_path", "world")}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{d:%Y%m%d}-{i + 311}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>' if S.get("dc") else f'<author>{S["mail"]} ({esc(e["a"])})</author>')
        if S.get("cdata"):
            out.append('<description>' + cdata("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>')
        else:
            assert len(e["p"]) == 1
            out.append(f'<description>{esc(e["p"][0])}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_live_keypoints(S):
    """HTML live blog, newest first, with a 'Key Points' box listing post headlines; each post: <time> '20.25 BST', h2, byline,
    body; a gallery teaser shows only a gallery placeholder. NewsArticle JSON-LD without updates."""
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           '<main><span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{esc(S["dateline"])}</p>',
           '<div class="key-points"><h2>Key Points</h2><ul>' + "".join(f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]) + '</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="block" id="block-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery">[Gallery: 9 photos]</div>']
        out.append('<div class="block-share"><a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="promo">Sign up for {esc(S["source"])} First Edition, our free morning email</aside>')
    out += ['<button>Show older updates</button></main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_text_oldest(S):
    """text live blog, oldest first; page byline and 'All times BST' under the dateline; each update: '8.45am' stamp line,
    headline, body; an advert marker after the fourth update."""
    z = S["zone"]; check_order(S, False)
    L = [S["source"].upper(), "News | Scotland | UK | World | Business | Sport | Opinion", "", S["title"], S["dateline"], f"By {S['byline']}", S["tznote"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, space="", upper=False, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["We'll be back with more coverage tomorrow.", "", f"{S['source']} \u2013 Terms \u2013 Privacy \u2013 Contact us"]
    return "\n".join(L) + "\n", stamps


def r_atom_feed(S):
    """Atom 1.0, newest first; <published>/<updated> ISO 8601 with the outlet's offset; optional <summary>; content either
    escaped HTML (type="html") or inline XHTML (type="xhtml"); optional author."""
    z = S["zone"]; check_order(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/{S["feedpath"]}"/>',
           f'<id>{S["url"]}/{S["feedpath"]}</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{S["generator"]}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("summary"):
            out.append(f'<summary type="text">{esc(e["summary"])}</summary>')
        if S["content"] == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-08-19 (UTC), day 2 = 2032-08-20, day 3 = 2032-08-24.
DNI = "dnipro-missile-strike-2032-08-19"
NOR = "norway-winter-gas-aid-2032-08-19"
GAS = "analysis-ukraine-winter-gas-gap"
GAS_H = "Analysis: Ukraine's winter gas gap, and who is paying to close it"
GAS_P = ["Norway's pledge this morning covers only part of what Ukraine needs to get through the heating season.",
         "Naftogaz says it must import roughly 4.5 billion cubic metres of gas before November, after Russian strikes cut domestic production by about a third since the spring. At current European prices that costs close to 2 billion euros.",
         "Donor money has so far paid for about half. The rest will have to come from loans, which the company's finances can barely carry, or from deeper cuts to industrial supply."]

# ---------------------------------------------------------------- 21020 Halyard World News (day 1, world RSS, Singapore)
SEEDS.append(dict(
  id="21020", name="21020_halyard-worldrss", ext="xml", source="Halyard World News", zone="Asia/Singapore", render=r_world_rss,
  title="Halyard World News - World", url="https://halyardworld.example", guid="hwn", dc=True,
  lede="Top world stories from the Halyard World News desk in Singapore",
  basis="RSS pubDate '{s}' (explicit +0800 offset); local {d} in {z}",
  notes="Invented outlet (Singapore). General world RSS 2.0 feed, newest first, pubDate with +0800, plain-text one-paragraph descriptions, dc:creator on two items. Four of six items are not about the war. The first item is dated 20 August locally but falls on 19 August in UTC, like the rest.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate", "category labels", "guids and links"],
  entries=[
  OFF("2032-08-20 06:40", "Typhoon forces 80,000 from homes in northern Philippines",
    ["More than 80,000 people were evacuated across Cagayan and Isabela provinces as a typhoon with gusts of up to 210 kilometres an hour made landfall before dawn, the Philippine disaster agency said."],
    "philippines-typhoon-evacuations-2032-08-19", n="weather", cat="Asia"),
  E("2032-08-20 02:15", "Death toll in Russian missile strike on Dnipro climbs to 11",
    ["Eleven people, two of them children, are now known to have died after Russian ballistic missiles hit a tram depot and an apartment block in the Ukrainian city of Dnipro on Thursday morning, regional officials said. More than 40 people were wounded."],
    "strikes", "strikes", 3, DNI, a="Priya Ramanathan", n="toll 11", cat="Europe"),
  OFF("2032-08-19 22:30", "Bank Indonesia holds benchmark rate for fifth straight meeting",
    ["Indonesia's central bank kept its benchmark rate at 5.25 percent on Thursday, saying the rupiah's recent weakness left little room for a cut."],
    "bank-indonesia-rate-decision-2032-08-19", n="central bank", cat="Business"),
  E("2032-08-19 17:05", "Norway pledges US$560 million for Ukraine's winter gas purchases",
    ["Norway will give Ukraine 6 billion kroner, about US$560 million, to buy natural gas ahead of the heating season, Prime Minister Jonas Gahr St\u00f8re said in Oslo on Thursday."],
    "aid", "aid", 3, NOR, a="Joel Tan", cat="Europe"),
  OFF("2032-08-19 15:20", "Singapore's non-oil domestic exports rise for a third month",
    ["Singapore's non-oil domestic exports grew 4.8 percent in July from a year earlier, led by shipments of electronics to China and Taiwan, Enterprise Singapore said."],
    "singapore-exports-july-2032-08-19", n="trade data", cat="Singapore"),
  OFF("2032-08-19 11:45", "Australia and New Zealand agree to share a firefighting aircraft fleet",
    ["Australia and New Zealand will jointly lease eight large air tankers for the southern summer fire season, the two countries' emergency ministers announced in Wellington."],
    "anz-firefighting-fleet-2032-08-19", n="disaster preparedness", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 21021 Calloway Ridge Post (day 1, HTML live with Key Points)
SEEDS.append(dict(
  id="21021", name="21021_callowayridge-htmllive", ext="html", source="Calloway Ridge Post", zone="Europe/London", render=r_live_keypoints,
  title="Russia-Ukraine war live: Dnipro death toll rises to 11; Sybiha holds talks in Berlin",
  lede="Missiles hit a tram depot and flats in Dnipro during the morning rush hour; Germany backs faster EU accession talks for Kyiv.",
  dateline="Thursday 19 August 2032",
  basis="post time '{s}' (BST printed, UTC+1) under the dateline 'Thursday 19 August 2032'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, NewsArticle JSON-LD without updates. A 'Key Points' box lists two post headlines verbatim (key_point true). Each post: <time> with '20.25 BST', h2 headline, byline, body; 21021-03 is a 'Pictured:' gallery teaser with no text. 21021-05 (Nikopol shelling) and 21021-06 (Novopavlivka claim) are in the same region as the Dnipro strike but are other events.",
  not_entries=["masthead and navigation", "'LIVE' badge", "page title and standfirst", "dateline 'Thursday 19 August 2032'", "'Key Points' box and its two bullets (pointers to 21021-01 and 21021-02)",
               "post times and byline lines", "gallery placeholder '[Gallery: 9 photos]'", "Share links", "newsletter promo after the third post", "'Show older updates'", "footer"],
  entries=[
  E("2032-08-19 20:25", "Dnipro: toll rises to 11, including two children",
    ["Two children are among the 11 people now confirmed killed in this morning's missile strike on Dnipro, Serhiy Lysak, head of the regional military administration, said in an evening update.",
     "He said 43 people had been injured, nine of them seriously, and that the search of the collapsed apartment block had been completed."],
    "strikes", "strikes", 3, DNI, a="Hal Pender", kp=True, n="toll 11"),
  E("2032-08-19 18:40", "Sybiha in Berlin: Germany backs faster EU accession talks",
    ["Germany will support opening all remaining chapters of Ukraine's EU accession talks before the end of the year, Foreign Minister Johann Wadephul said after meeting his Ukrainian counterpart, Andrii Sybiha, in Berlin.",
     "Sybiha called it the clearest signal yet from Berlin and said Kyiv had met the reform conditions set in June."],
    "diplomacy", "diplomacy", 3, "sybiha-wadephul-berlin-2032-08-19", a="Bea Okonjo", kp=True),
  E("2032-08-19 16:05", "Pictured: rescuers at the Dnipro tram depot", [], "strikes", "strikes", 1, DNI, n="gallery teaser without text"),
  E("2032-08-19 13:00", "Dnipro strike: nine now confirmed dead",
    ["The death toll from the Russian missile strike on Dnipro has risen to nine, the city's mayor, Borys Filatov, said.",
     "Rescuers are still working at the partly collapsed five-storey block next to the tram depot, where several residents are thought to be trapped."],
    "strikes", "strikes", 3, DNI, a="Hal Pender", n="toll 9"),
  E("2032-08-19 11:20", "Nikopol shelled again; woman injured",
    ["Russian artillery on the far bank of the Dnipro river shelled Nikopol for the third time today, injuring a 58-year-old woman and damaging a gas pipeline, the regional administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2032-08-19", a="Bea Okonjo", n="same region as the Dnipro strike, other event: must not merge with it"),
  E("2032-08-19 09:30", "Russia claims capture of Novopavlivka",
    ["Russia's defence ministry said its troops had taken Novopavlivka, a village on the border of the Donetsk and Dnipropetrovsk regions.",
     "Ukraine's army said fighting was continuing on the village's western edge."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2032-08-19", a="Bea Okonjo", n="same region as the Dnipro strike, other event: must not merge with it"),
  E("2032-08-19 07:15", "Missiles hit Dnipro during morning rush hour",
    ["Russian ballistic missiles struck Dnipro at about 8am local time, hitting a tram depot and a residential building, and at least four people were killed, local officials said.",
     "Trams were full of commuters when the first missile landed, witnesses told local media."],
    "strikes", "strikes", 3, DNI, a="Hal Pender", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 21022 Inchgarvie Times (day 1, text live, oldest first)
SEEDS.append(dict(
  id="21022", name="21022_inchgarvie-textlive", ext="txt", source="Inchgarvie Times", zone="Europe/London", render=r_text_oldest,
  title="Ukraine war: live coverage from Thursday", dateline="Thursday 19 August 2032", byline="Morag Baillie and Ruaridh Kerr", tznote="All times BST",
  lede="A Russian missile attack on Dnipro kills several people in the morning rush hour. Follow the day's events with us.",
  basis="update time '{s}' (12-hour clock; the page says 'All times BST', UTC+1) under the dateline 'Thursday 19 August 2032'; local {d} in {z}",
  notes="Invented outlet (Edinburgh). Text live blog, oldest first, page byline 'By Morag Baillie and Ruaridh Kerr' (no per-update byline: the page byline is every entry's author), 'All times BST'. Each update: '8.45am' stamp line, headline, body. 21022-04 repeats 21022-03 almost word for word 20 minutes later (duplicate). 21022-06 is a theme piece (analysis of the gas gap) that mentions Norway's pledge but is its own story; it is re-posted verbatim on day 2 by 21033. 21022-07 (Zelensky's Patriot appeal) is a separate statement, not the Dnipro strike story.",
  not_entries=["masthead and navigation", "page title and dateline", "byline 'By Morag Baillie and Ruaridh Kerr'", "'All times BST'", "standfirst",
               "stamp lines", "'Advertisement' marker", "closing line 'We'll be back with more coverage tomorrow.'", "footer"],
  entries=[
  E("2032-08-19 06:15", "Explosions reported in Dnipro",
    ["Several loud explosions were heard in Dnipro shortly before 8am local time, minutes after Ukraine's air force warned of ballistic missiles heading north from Crimea.",
     "Videos shared by residents show thick black smoke over the city's left bank."],
    "strikes", "strikes", 3, DNI, a="Morag Baillie and Ruaridh Kerr", n="first report, no toll"),
  E("2032-08-19 07:40", "Dnipro toll rises to five",
    ["Five people were killed in the missile attack on Dnipro, the regional governor, Serhiy Lysak, said on Telegram.",
     "He said a tram depot had been hit, as well as a five-storey building next to it."],
    "strikes", "strikes", 3, DNI, a="Morag Baillie and Ruaridh Kerr", n="toll 5"),
  E("2032-08-19 08:45", "Dnipro strike: six dead, tram depot destroyed",
    ["The number of people killed in Dnipro has risen to six, with 28 injured, according to the regional military administration.",
     "Photos published by the emergency service show the depot's roof collapsed onto several burnt-out trams."],
    "strikes", "strikes", 3, DNI, a="Morag Baillie and Ruaridh Kerr", n="toll 6"),
  E("2032-08-19 09:05", "Dnipro strike: six dead, tram depot destroyed",
    ["The number of people killed in Dnipro has risen to six, with 28 people injured, according to the regional military administration.",
     "Photos published by the emergency service show the depot's roof collapsed onto several burnt-out trams."],
    "strikes", "strikes", 1, DNI, a="Morag Baillie and Ruaridh Kerr", dup=3, n="near-verbatim repeat of 21022-03"),
  E("2032-08-19 11:00", "Lithuania sends 300 generators to Kharkiv region",
    ["Lithuania has sent 300 industrial generators to hospitals and water utilities in the Kharkiv region ahead of the winter, its defence ministry said."],
    "aid", "aid", 2, "lithuania-generators-kharkiv-2032-08-19", a="Morag Baillie and Ruaridh Kerr",
    n="same aid theme as Norway's gas money, other event: must not merge with it"),
  E("2032-08-19 13:20", GAS_H, GAS_P, "aid", "aid", 2, GAS, a="Morag Baillie and Ruaridh Kerr",
    n="theme piece (analysis of the winter gas gap); mentions Norway's pledge but must not merge with it"),
  E("2032-08-19 16:10", "Zelensky renews appeal for Patriots after Dnipro attack",
    ["President Volodymyr Zelensky said Ukraine needed at least five more Patriot systems to protect cities such as Dnipro from ballistic missiles, and urged allies to decide before the autumn.",
     "He made the appeal in a video address."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2032-08-19", a="Morag Baillie and Ruaridh Kerr", sec=["strikes"],
    n="an appeal for air defence (separate statement): must not merge with the Dnipro strike"),
  ]))

# ---------------------------------------------------------------- 21023 Lanterne Bay Herald (day 1, Atom, Kyiv offset)
SEEDS.append(dict(
  id="21023", name="21023_lanternebay-atom", ext="xml", source="Lanterne Bay Herald", zone="Europe/Kyiv", render=r_atom_feed,
  title="Lanterne Bay Herald \u2014 Ukraine", url="https://lanternebay.example", feedpath="ukraine/atom.xml", generator="Lanterne CMS", content="html",
  lede="Reporting on Ukraine from our correspondents in Kyiv and Odesa",
  basis="Atom <published> '{s}' (explicit +03:00 offset); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, authors, escaped-HTML content. Spelling 'Dnepr' (Russian transliteration) for Dnipro.",
  not_entries=["feed title, subtitle, links, id, updated, generator"],
  entries=[
  E("2032-08-19 21:30", "Dnepr declares three days of mourning",
    ["The city of Dnepr declared three days of mourning after Thursday's missile strike, in which 11 people were killed, Mayor Borys Filatov said.",
     "Flags will fly at half-mast and public events are cancelled until Sunday."],
    "strikes", "strikes", 3, DNI, a="Ksenia Arlott", n="spelling 'Dnepr'; toll 11; mourning is part of the strike story"),
  E("2032-08-19 17:05", "Ukrainian drones hit ammunition depot in Belgorod region",
    ["Ukraine's General Staff said drones had struck an ammunition depot near Valuyki in Russia's Belgorod region, setting off secondary explosions.",
     "Belgorod's governor said a fire had broken out at an industrial site and that no one was hurt."],
    "strikes", "strikes", 2, "valuyki-ammunition-depot-strike-2032-08-19", a="Tobias Wren"),
  E("2032-08-19 12:20", "Oslo pledges 6 billion kroner for Ukraine's winter gas",
    ["Norway will give Ukraine 6 billion Norwegian kroner to buy gas for the coming winter, Prime Minister Jonas Gahr St\u00f8re announced.",
     "The money will go to Naftogaz through the European Bank for Reconstruction and Development."],
    "aid", "aid", 3, NOR, a="Tobias Wren"),
  E("2032-08-19 10:45", "Kyiv court jails ex-official over army fuel sales",
    ["A Kyiv court sentenced a former deputy head of a military logistics unit to nine years in prison for selling diesel meant for front-line units to private filling stations."],
    "other", "politics", 2, "army-fuel-sales-sentence-2032-08-19", a="Ksenia Arlott"),
  E("2032-08-19 08:50", "Ballistic missiles strike Dnepr, at least four dead",
    ["Russian ballistic missiles hit Dnepr during the morning rush hour, killing at least four people, regional authorities said.",
     "A tram depot and a residential block were among the sites hit."],
    "strikes", "strikes", 3, DNI, a="Ksenia Arlott", n="spelling 'Dnepr'; toll 4"),
  E("2032-08-19 06:10", "Overnight attack: 58 drones over Ukraine",
    ["Russia launched 58 drones at Ukraine overnight, and air defences shot down 44, the air force said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-08-19", a="Tobias Wren"),
  ]))


def r_wire(S):
    """news-agency wire list, copied as text, newest first; each story: headline (with UPDATE n- prefixes as the wire prints
    them), stamp 'August 20, 2032 7:40 PM UTC', 'By NAME' (when bylined), reading time, body paragraphs that open with the
    dateline, then the wire's sign-off line ('Reporting by ...; Editing by ...' or '(Adds ...)')."""
    z = S["zone"]; check_order(S, True)
    L = [S["source"], "World   Business   Markets   Europe   Ukraine war   Energy   Sustainability", "", S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)} UTC"; stamps.append(st)
        L += [e["h"], st] + ([f"By {e['a']}"] if e["a"] else []) + [f"{e.get('mins', 2)} min read", ""] + lines_of(e["p"])
        if e.get("sign"):
            L += [e["sign"], ""]
        if i == 2:
            L += ["Sign up for the Gorsedale Europe Briefing, our morning email on the stories that matter", ""]
    L += ["Load more stories", "", "How we report: the Gorsedale Wire editorial code", f"Prices shown may be delayed. \u00a9 {S['source']}"]
    return "\n".join(L) + "\n", stamps


def r_html_oldest(S):
    """HTML live blog, oldest first, JSON-LD @graph (WebPage + NewsArticle, no updates); each post: '<span class="stamp">06:05
    CEST</span>', h3 headline, 'By NAME', body; a photo teaser shows only a gallery placeholder."""
    z = S["zone"]; check_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "isPartOf": {"@id": S["url"]}, "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="brand">{S["source"]}</a><nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="update" id="u{i + 1}"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery">[Photo gallery: 14 images]</div>']
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="read-also"><h4>Read also</h4><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="end">That is all from us today. Thank you for following.</p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 21030 Gorsedale Wire (day 2, wire list, text)
LVI = "lviv-drone-missile-strike-2032-08-20"
PLJ = "poland-jets-drone-debris-2032-08-20"
SFA = "sybiha-fidan-ankara-2032-08-20"
SEEDS.append(dict(
  id="21030", name="21030_gorsedale-wirelist", ext="txt", source="Gorsedale Wire", zone="UTC", render=r_wire,
  title="Ukraine war: latest wire stories", lede="Breaking news and updates from our correspondents in Ukraine, Russia and across Europe.",
  basis="wire stamp '{s}' (UTC printed); {d} UTC",
  notes="Invented news agency. Wire list copied as text, newest first. Each story: headline as the wire prints it (with 'UPDATE 1-' / 'UPDATE 3-' prefixes, kept in the gold headline), stamp 'August 20, 2032 7:40 PM UTC', 'By NAME' when bylined (the Moscow story has no byline: author null), reading time, body paragraphs that open with the dateline ('LVIV, Ukraine, Aug 20 (Gorsedale Wire) - '; kept in first_sentence as printed), then a sign-off line ('Reporting by ...; Editing by ...' or '(Adds ...)') that is not a body paragraph. Spellings 'Lviv' and 'Zamosc' (no diacritics). 21030-01 continues day 1's Dnipro strike (funerals, toll 13).",
  not_entries=["agency name and navigation", "page heading and standfirst", "stamp lines", "'By NAME' lines", "'N min read' lines", "sign-off lines ('Reporting by ...; Editing by ...', '(Adds ...)')",
               "newsletter promo after the third story", "'Load more stories'", "footer lines"],
  entries=[
  E("2032-08-20 19:40", "Dnipro buries strike victims as death toll rises to 13",
    ["DNIPRO, Ukraine, Aug 20 (Gorsedale Wire) - Hundreds of people lined the streets of Dnipro on Friday for the first funerals of victims of Thursday's Russian missile strike, as officials raised the death toll to 13 after two of the injured died in hospital.",
     "Regional head Serhiy Lysak said 17 people remained in hospital, four of them in critical condition."],
    "strikes", "strikes", 3, DNI, a="Ilse Marwood", sign="Reporting by Ilse Marwood; Editing by Conor Vail", mins=3,
    n="continuation of day 1's Dnipro strike (funerals, toll 13); carried by two day-2 seeds"),
  E("2032-08-20 16:05", "UPDATE 3-Russian drone strike on Lviv kills four, damages historic centre",
    ["LVIV, Ukraine, Aug 20 (Gorsedale Wire) - A Russian drone and missile attack on the western Ukrainian city of Lviv killed four people and damaged buildings on the edge of its UNESCO-listed old town, the mayor said on Friday.",
     "Mayor Andriy Sadovyi said a fourth body had been found in the afternoon under the rubble of a three-storey house."],
    "strikes", "strikes", 3, LVI, a="Petro Danylko", sign="(Adds new toll, details of damage)", mins=3, n="toll 4"),
  E("2032-08-20 12:30", "Poland scrambles jets, finds drone debris near Zamosc",
    ["WARSAW, Aug 20 (Gorsedale Wire) - Poland scrambled fighter jets overnight as Russia attacked western Ukraine, and police later found fragments of a drone in a field near Zamosc, about 50 km from the Ukrainian border, the army said on Friday.",
     "No one was hurt, it said."],
    "strikes", "strikes", 3, PLJ, a="Ilse Marwood", sign="Reporting by Ilse Marwood; Editing by Conor Vail",
    n="same night as the Lviv attack, other event: must not merge with it"),
  E("2032-08-20 09:40", "Russia says it downed 41 Ukrainian drones over Bryansk, Kursk regions",
    ["MOSCOW, Aug 20 (Gorsedale Wire) - Russian air defences destroyed 41 Ukrainian drones overnight over the Bryansk and Kursk regions, the Defence Ministry said on Friday.",
     "Kursk's governor said a drone had damaged a power line, cutting electricity to several villages."],
    "strikes", "strikes", 2, "bryansk-kursk-drones-downed-2032-08-20", sign="Reporting by Gorsedale Wire; Editing by Conor Vail", n="no byline: author null"),
  E("2032-08-20 07:50", "Drones damage power substation in Lutsk",
    ["LUTSK, Ukraine, Aug 20 (Gorsedale Wire) - Russian drones damaged an electricity substation in Lutsk, in Ukraine's northwestern Volyn region, overnight, cutting power to part of the city, the regional governor said.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "lutsk-substation-drone-strike-2032-08-20", a="Petro Danylko", sign="Reporting by Petro Danylko; Editing by Conor Vail",
    n="same night and same part of Ukraine as the Lviv attack, other event: must not merge with it"),
  E("2032-08-20 06:30", "UPDATE 1-Russian drones hit Lviv overnight, two dead",
    ["LVIV, Ukraine, Aug 20 (Gorsedale Wire) - Two people were killed when Russian drones and a missile struck Lviv in the early hours of Friday, Mayor Andriy Sadovyi said.",
     "Air raid sirens sounded across western Ukraine for more than three hours."],
    "strikes", "strikes", 3, LVI, a="Petro Danylko", sign="(Adds mayor's comments, toll)", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 21031 Quelmoor Sentinel (day 2, HTML live, oldest first, Warsaw)
SEEDS.append(dict(
  id="21031", name="21031_quelmoor-htmllive", ext="html", source="Quelmoor Sentinel", zone="Europe/Warsaw", render=r_html_oldest,
  title="Live: Russian drones strike Lw\u00f3w; Polish jets on alert", url="https://quelmoor-sentinel.example/live/2032-08-20",
  dateline="Friday, 20 August 2032", lede="Our rolling coverage of the night attack on western Ukraine and its consequences for Poland.",
  related="Why Poland's eastern airspace is so hard to guard",
  basis="update stamp '{s}' (CEST printed, UTC+2) under the date line 'Friday, 20 August 2032'; local {d} in {z}",
  notes="Invented outlet (Warsaw, English edition). HTML live blog, oldest first; JSON-LD @graph with WebPage and NewsArticle only (no per-update data). Each update: '06:05 CEST', h3 headline, 'By NAME', body. Spelling 'Lw\u00f3w' (Polish name of Lviv). 21031-03 is a 'Photos:' teaser with only a gallery placeholder. 21031-05 repeats 21031-04 almost word for word (duplicate). 21031-06 is a theme piece (explainer on drone routes) that mentions the Lviv attack but is its own story. 21031-07 continues day 1's Dnipro strike. 21031-08 is a foreign minister's policy statement rejecting an opposition proposal (diplomacy, 2).",
  not_entries=["cookie banner", "masthead and navigation", "page title, date line and lead", "stamp spans and 'By NAME' lines", "gallery placeholder '[Photo gallery: 14 images]'",
               "'Read also' box after the fourth update", "closing line 'That is all from us today. Thank you for following.'", "footer"],
  entries=[
  E("2032-08-20 06:05", "Drones hit Lw\u00f3w overnight; one dead",
    ["One person was killed when Russian drones and at least one missile struck Lw\u00f3w, the western Ukrainian city known in Ukrainian as Lviv, in the early hours of Friday, its mayor said.",
     "Explosions were heard across the city from about 3am."],
    "strikes", "strikes", 3, LVI, a="Agata Rudnik", n="spelling 'Lw\u00f3w'; toll 1"),
  E("2032-08-20 07:30", "Polish jets scrambled during attack on western Ukraine",
    ["Poland's Operational Command scrambled fighter jets and put ground-based air defences on alert overnight as Russia attacked targets in western Ukraine.",
     "The command said the aircraft returned to base at about 5.40am and that, according to its initial assessment, Polish airspace had not been violated."],
    "strikes", "strikes", 3, PLJ, a="Tomasz Wielgus", n="same incident as 21030-03 (jets, later the debris find); must not merge with the Lviv attack"),
  E("2032-08-20 09:10", "Photos: Lw\u00f3w's old town after the night attack", [], "strikes", "strikes", 1, LVI, n="photo teaser without text"),
  E("2032-08-20 10:45", "Lw\u00f3w toll rises to three",
    ["The number of people killed in the overnight attack on Lw\u00f3w has risen to three, Mayor Andriy Sadovyi said, adding that 12 people were injured.",
     "A drone hit a three-storey house near the old town, and rescuers are still searching the debris."],
    "strikes", "strikes", 3, LVI, a="Agata Rudnik", n="toll 3"),
  E("2032-08-20 11:20", "Lw\u00f3w toll rises to three",
    ["The number of people killed in the overnight attack on Lw\u00f3w has risen to three, Mayor Andriy Sadovyi said, adding that 12 people had been injured.",
     "A drone hit a three-storey house near the old town, and rescuers are still searching the debris."],
    "strikes", "strikes", 1, LVI, a="Agata Rudnik", dup=4, n="near-verbatim repeat of 21031-04"),
  E("2032-08-20 13:30", "Explainer: how Russian attack drones reach western Ukraine",
    ["Lw\u00f3w lies more than 1,000 kilometres from the front line, yet Russian drones reach it several times a month.",
     "The drones fly low along river valleys and skirt the Belarusian and Moldovan borders to avoid the dense air defences around Kyiv and Vinnytsia. Newer jet-powered versions can cover the distance in under four hours.",
     "Western Ukraine also has fewer mobile fire groups, the units that shoot drones down with heavy machine guns, because most were moved east in the spring."],
    "strikes", "strikes", 2, "explainer-drone-routes-western-ukraine", a="Tomasz Wielgus",
    n="theme piece (explainer on drone routes); mentions the Lviv attack but must not merge with it"),
  E("2032-08-20 15:40", "Dnipro funerals as death toll rises to 13",
    ["Dnipro held the first funerals on Friday for the victims of Thursday's missile strike, as the number of dead rose to 13.",
     "Two of the injured died in hospital overnight, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Tomasz Wielgus", n="continuation of day 1's Dnipro strike; carried by two day-2 seeds"),
  E("2032-08-20 18:15", "Sikorski: Poland will not shoot down drones over Ukraine",
    ["Poland will not send its jets to shoot down Russian drones over Ukrainian territory, Foreign Minister Rados\u0142aw Sikorski said, rejecting a proposal by a group of opposition MPs.",
     "He said Poland would keep defending every metre of its own airspace."],
    "diplomacy", "diplomacy", 2, "sikorski-drone-shootdown-stance-2032-08-20", a="Tomasz Wielgus", sec=["strikes"],
    n="policy statement answering an opposition proposal, not a diplomatic move: 2"),
  ]))

# ---------------------------------------------------------------- 21032 Bellwyn Journal (day 2, world RSS, New York)
SEEDS.append(dict(
  id="21032", name="21032_bellwyn-worldrss", ext="xml", source="Bellwyn Journal", zone="America/New_York", render=r_world_rss,
  title="Bellwyn Journal: World News", url="https://bellwynjournal.example", guid="bwj", cdata=True, mail="newsdesk@bellwynjournal.example",
  lede="International news from the Bellwyn Journal",
  basis="RSS pubDate '{s}' (explicit -0400 offset); local {d} in {z}",
  notes="Invented outlet (US). General world RSS 2.0 feed, newest first, pubDate with -0400, CDATA descriptions with <p> paragraphs, authors in the RSS 2.0 form '<author>email (Name)</author>' (the name is the author). Four of six items are not about the war. Spelling 'Lvov'. The last item is dated 00:30 local, 04:30 UTC on the 20th.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate", "category labels", "the e-mail part of each <author> element"],
  entries=[
  OFF("2032-08-20 15:30", "House passes stopgap farm bill extension",
    ["The House of Representatives passed a one-year extension of federal farm programs on Friday, sending the measure to the Senate."],
    "us-farm-bill-extension-2032-08-20", a="Ruth Calder", n="US politics", cat="US"),
  E("2032-08-20 12:10", "Ukraine's top diplomat meets Turkish counterpart in Ankara",
    ["Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Friday to discuss the safety of commercial shipping in the Black Sea.",
     "Fidan said Turkey was ready to host a new round of technical talks on navigation between Ukrainian and Russian officials."],
    "diplomacy", "diplomacy", 3, SFA, a="Nathan Osei", cat="Europe"),
  OFF("2032-08-20 09:45", "Mexican peso climbs to strongest level in two years",
    ["Mexico's peso strengthened past 16.4 per dollar on Friday, its firmest level since 2030, as investors bet on steady interest rates."],
    "mexico-peso-two-year-high-2032-08-20", n="currency markets", cat="Business"),
  E("2032-08-20 07:20", "Russian drone attack on Lvov kills three",
    ["At least three people were killed when Russian drones struck the western Ukrainian city of Lvov early Friday, local officials said.",
     "The city, close to the Polish border, had largely been spared the heavy bombardment seen in the east."],
    "strikes", "strikes", 3, LVI, a="Nathan Osei", n="spelling 'Lvov'; toll 3", cat="Europe"),
  OFF("2032-08-20 04:05", "Kenya opens second container terminal at Mombasa port",
    ["Kenya opened a second container terminal at the port of Mombasa on Friday, doubling its capacity for East African transit cargo."],
    "mombasa-container-terminal-2032-08-20", n="infrastructure", cat="Africa"),
  OFF("2032-08-20 00:30", "Magnitude 6.1 quake strikes off northern Chile; no tsunami threat",
    ["A magnitude 6.1 earthquake struck off the coast of northern Chile late Thursday, shaking buildings in Antofagasta, but authorities said there was no tsunami threat."],
    "chile-earthquake-2032-08-20", n="earthquake", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 21033 Corrigan Bay Monitor (day 2, Atom, Dublin)
SEEDS.append(dict(
  id="21033", name="21033_corriganbay-atom", ext="xml", source="Corrigan Bay Monitor", zone="Europe/Dublin", render=r_atom_feed,
  title="Corrigan Bay Monitor: Europe", url="https://corriganbay.example", feedpath="europe/feed.atom", generator="Corrigan Publisher 4", content="xhtml",
  lede="European and world affairs from Corrigan Bay",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Irish summer time); local {d} in {z}",
  notes="Invented outlet (Ireland). Atom feed, newest first, <published> with +01:00, <summary> standfirsts (not body), inline XHTML content, authors. 21033-03 re-publishes day 1's analysis 21022-06 verbatim (same headline and text, author 'Inchgarvie Times', summary 'Republished from our partners at the Inchgarvie Times.'): a re-post from the previous day, importance 1, duplicate_of null (duplicate_of is defined within a seed only).",
  not_entries=["feed title, subtitle, links, id, updated, generator", "<summary> standfirsts of each entry"],
  entries=[
  E("2032-08-20 23:40", "Irish Naval Service to join Black Sea demining course",
    ["Irish Naval Service divers will join a NATO-led course in Varna next month to train Ukrainian sailors in clearing sea mines, the Department of Defence said.",
     "The government said the training takes place outside Ukraine and is consistent with Irish neutrality."],
    "aid", "aid", 2, "irish-navy-demining-training-2032-08-20", a="Siobh\u00e1n Carty", summary="Divers will train Ukrainian sailors in Bulgaria."),
  E("2032-08-20 19:10", "Sybiha and Fidan discuss Black Sea shipping in Ankara",
    ["The foreign ministers of Ukraine and Turkey met in Ankara on Friday and agreed to set up a joint working group on the safety of merchant ships in the Black Sea.",
     "Andrii Sybiha also asked Turkey to help secure the release of Ukrainian civilians held in Russia, his ministry said."],
    "diplomacy", "diplomacy", 3, SFA, a="Declan Ruane", summary="A joint working group will look at the safety of merchant ships."),
  E("2032-08-20 15:00", GAS_H, GAS_P, "aid", "aid", 1, GAS, a="Inchgarvie Times", summary="Republished from our partners at the Inchgarvie Times.",
    n="re-post of day-1 entry 21022-06 (verbatim, published a day later): importance 1"),
  E("2032-08-20 11:25", "Lviv: three killed as drones hit city",
    ["Three people were killed and 12 injured when Russian drones hit Lviv overnight, officials in the western Ukrainian city said on Friday.",
     "A historic tenement near the old town was among the buildings damaged."],
    "strikes", "strikes", 3, LVI, a="Declan Ruane", summary="The attack was one of the heaviest on the city this year.", n="toll 3"),
  E("2032-08-20 08:50", "Brussels proposes higher tariffs on Russian fertiliser",
    ["The European Commission proposed raising tariffs on fertiliser imported from Russia and Belarus to levels that would halt most of the trade by 2034.",
     "Farm groups in several member states have warned that prices could rise."],
    "diplomacy", "diplomacy", 2, "eu-russian-fertiliser-tariffs-2032-08-20", a="Siobh\u00e1n Carty", summary="Member states must still approve the plan."),
  E("2032-08-20 05:30", "Russia claims capture of Bilohorivka",
    ["Russia's defence ministry said its forces had captured Bilohorivka in the Luhansk region, a village Ukrainian troops have held for most of the war.",
     "Ukraine's military did not comment."],
    "other", "frontline", 2, "bilohorivka-capture-claim-2032-08-20", a="Declan Ruane", summary="Kyiv has not commented on the claim."),
  ]))


def r_keyevents(S):
    """HTML 'list of key events' article: one page time ('Last updated 24 Aug 2032 \u00b7 16:40 GMT'), section headings
    (Fighting / Politics and diplomacy / Weapons and aid), one bullet per development; bullets have no headline and no time."""
    z = S["zone"]
    d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat().replace("+00:00", "Z"),
          "author": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo">{S["source"]}</a><nav><a>News</a> <a>Russia-Ukraine war</a> <a>Middle East</a> <a>Features</a> <a>Opinion</a> <a>Video</a></nav></header>',
           '<main><p class="kicker">Russia-Ukraine war</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="figure"><img alt=""><p class="caption">{esc(S["caption"])}</p></div>',
           f'<p class="date">Last updated {d.day} {MON3[d.month - 1]} {d.year} \u00b7 {d:%H:%M} GMT</p>', f'<p>{esc(S["intro"])}</p>']
    sec = None
    for e in S["entries"]:
        if e["section"] != sec:
            if sec is not None:
                out.append('</ul>')
            sec = e["section"]; out += [f'<h2>{esc(sec)}</h2>', '<ul>']
        out.append('<li>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</li>')
    out += ['</ul>', '<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>',
            f'<aside class="more"><h3>More on the war</h3>' + "".join(f'<a>{esc(t)}</a>' for t in S["more"]) + '</aside></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_radio_text(S):
    """text live blog of a radio station's website, newest first; date line with weekday and year; bare 24-hour time line
    before each headline; 'by NAME' after the body; a video teaser prints only a player line."""
    z = S["zone"]; check_order(S, True)
    L = [S["source"], "Listen live   Schedule   News   Podcasts   Ukraine", "", "LIVE BLOG", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += lines_of(e["p"]) if e["p"] else ["[Video 0:58]", ""]
        if e["a"]:
            L += [f"by {e['a']}", ""]
        if i == 3:
            L += [f"Listen to {S['source']} news every hour on the hour.", ""]
    L += ["Earlier updates", "", f"{S['source']} \u00b7 About \u00b7 Frequencies \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_oldest(S):
    """HTML live blog, oldest first, with LiveBlogPosting JSON-LD carrying one update per post (own datePublished with offset);
    visible <time datetime> 'HH:MM', h2 headline, 'By NAME', body."""
    z = S["zone"]; check_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand">{S["source"]}</a><nav><a>Italy</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav>'
           '<a class="sub">Subscribe</a></header>', f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-entry" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="author">By {esc(e["a"])}</p>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</article>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<p class="end">Live coverage continues tomorrow.</p></main>', f'<footer>{S["source"]} \u00b7 Masthead \u00b7 Privacy \u00b7 Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 stories
SUM = "sumy-missile-strike-2032-08-24"
NRD = "nordic-leaders-kyiv-drone-deal-2032-08-24"
ZIA = "zelensky-independence-day-address-2032-08-24"
KHG = "kharkiv-glide-bomb-strike-2032-08-24"

# ---------------------------------------------------------------- 21040 Glenmurrin Post (day 3, key-events list, HTML)
KE = "2032-08-24 16:40"
SEEDS.append(dict(
  id="21040", name="21040_glenmurrin-keyevents", ext="html", source="Glenmurrin Post", zone="UTC", render=r_keyevents,
  title="Russia-Ukraine war: key events on day 3,835", lede="These are the main developments as Ukraine marks its Independence Day.",
  caption="Rescuers work near the regional theatre in Sumy on Tuesday.", intro="Here is where things stand on Tuesday, 24 August.",
  more=["Photos: Independence Day in Kyiv", "How Ukraine's drone industry grew into Europe's largest"],
  basis="no per-item time: the article's 'Last updated 24 Aug 2032 \u00b7 16:40 GMT' applies to every bullet; {d} UTC",
  notes="Invented outlet. 'List of key events' article in HTML: kicker, title (day 3,835 of the war = 24 August 2032), standfirst, photo caption, one page time 'Last updated 24 Aug 2032 \u00b7 16:40 GMT', an intro line, then three section headings (Fighting / Politics and diplomacy / Weapons and aid) with one bullet per development. Each bullet is an entry with no headline (headline null: the section heading names a group, not the item), no stamp, published = the page time. No author printed: author null.",
  not_entries=["masthead and navigation", "kicker 'Russia-Ukraine war'", "title and standfirst", "photo caption", "'Last updated 24 Aug 2032 \u00b7 16:40 GMT'",
               "intro line 'Here is where things stand on Tuesday, 24 August.'", "section headings 'Fighting', 'Politics and diplomacy', 'Weapons and aid'",
               "share links", "'More on the war' box with two links", "footer"],
  entries=[
  E(KE, None, ["A Russian ballistic missile struck the centre of Sumy on Tuesday morning, killing at least six people and injuring 31, the regional military administration said. The missile hit near the regional theatre as residents gathered for Independence Day events."],
    "strikes", "strikes", 3, SUM, section="Fighting", n="toll 6"),
  E(KE, None, ["Russian drones set fire to part of a chemical plant in Shostka, in the north of the Sumy region, local officials said. No one was hurt."],
    "strikes", "strikes", 2, "shostka-chemical-plant-drone-strike-2032-08-24", section="Fighting",
    n="same region as the Sumy city strike, other event: must not merge with it"),
  E(KE, None, ["In Kharkiv, a Russian glide bomb killed a man in the Kholodnohirskyi district, according to regional governor Oleh Syniehubov."],
    "strikes", "strikes", 3, KHG, section="Fighting", n="another deadly strike the same day: must not merge with Sumy"),
  E(KE, None, ["Ukraine's General Staff said its troops had repelled 22 Russian attacks near Pokrovsk over the past day."],
    "other", "frontline", 2, "pokrovsk-attacks-repelled-2032-08-24", section="Fighting"),
  E(KE, None, ["The prime ministers of Denmark, Finland, Norway and Sweden visited Kyiv for Ukraine's Independence Day and signed an agreement to co-produce long-range drones with Ukrainian manufacturers."],
    "diplomacy", "diplomacy", 3, NRD, sec=["aid"], section="Politics and diplomacy"),
  E(KE, None, ["In his Independence Day address on Sofia Square, President Volodymyr Zelensky said Ukraine would not accept any ceasefire that left Russian troops free to regroup."],
    "diplomacy", "diplomacy", 3, ZIA, section="Politics and diplomacy"),
  E(KE, None, ["Canada said it would deliver 25 more armoured personnel carriers to Ukraine before the end of the year."],
    "aid", "aid", 2, "canada-armoured-carriers-2032-08-24", section="Weapons and aid"),
  ]))

# ---------------------------------------------------------------- 21041 Hawkspur Radio (day 3, text live, newest first, Kyiv)
SEEDS.append(dict(
  id="21041", name="21041_hawkspur-radiolive", ext="txt", source="Hawkspur Radio", zone="Europe/Kyiv", render=r_radio_text,
  title="Independence Day under fire: Sumy strike, Nordic leaders in Kyiv", dateline="Tuesday, 24 August 2032",
  lede="Ukraine marks Independence Day with foreign guests in Kyiv, while a missile strike hits Sumy. All times Kyiv time.",
  basis="bare time '{s}' under the date line 'Tuesday, 24 August 2032'; the standfirst says 'All times Kyiv time' (EEST, UTC+3); local {d} in {z}",
  notes="Invented outlet (radio station website). Text live blog, newest first, date line 'Tuesday, 24 August 2032', standfirst ending 'All times Kyiv time.', bare 'HH:MM' line before each headline, 'by NAME' after the body. 21041-03 is a 'Video:' teaser (player line only). Spelling 'Sumi' in 21041-05. 21041-02 (Kharkiv glide bomb) is another deadly strike, not the Sumy story.",
  not_entries=["station name and navigation", "'LIVE BLOG' label", "title and date line", "standfirst", "time lines", "'by NAME' lines", "video player line '[Video 0:58]'",
               "station promo after the fourth update", "'Earlier updates'", "footer"],
  entries=[
  E("2032-08-24 21:30", "Sumy: death toll rises to eight",
    ["Eight people are now confirmed dead after this morning's missile strike on central Sumy, the regional military administration says. Two of them died in hospital this evening.",
     "Thirty-four people were injured."],
    "strikes", "strikes", 3, SUM, a="Nadiya Korsak", n="toll 8"),
  E("2032-08-24 19:10", "Kharkiv: man killed by glide bomb",
    ["A Russian glide bomb hit a private house in Kharkiv's Kholodnohirskyi district, killing a 66-year-old man, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHG, a="Ben Whitlow", n="another deadly strike the same day: must not merge with Sumy"),
  E("2032-08-24 17:45", "Video: Sumy residents sweep up glass after the strike", [], "strikes", "strikes", 1, SUM, n="video teaser without text"),
  E("2032-08-24 15:20", "Nordic leaders and Zelensky sign drone co-production deal",
    ["The prime ministers of Denmark, Finland, Norway and Sweden signed a deal in Kyiv to co-finance and co-produce long-range drones with Ukrainian companies.",
     "Zelensky said the first jointly built drones would be delivered before the end of the year."],
    "diplomacy", "diplomacy", 3, NRD, a="Ben Whitlow", sec=["aid"]),
  E("2032-08-24 12:05", "Sumi strike: five dead, rescuers still at the scene",
    ["At least five people were killed in the strike on Sumi, the regional administration said, updating an earlier toll.",
     "Rescuers are still clearing the rubble of a two-storey building near the regional theatre."],
    "strikes", "strikes", 3, SUM, a="Nadiya Korsak", n="spelling 'Sumi'; toll 5"),
  E("2032-08-24 10:00", "Zelensky: no ceasefire that lets Russia regroup",
    ["Speaking on Sofia Square on Independence Day, President Volodymyr Zelensky said Ukraine would not accept a ceasefire that gave Russian troops time to rearm and regroup.",
     "He thanked the Nordic leaders standing beside him and called them friends who had never asked Ukraine to wait."],
    "diplomacy", "diplomacy", 3, ZIA, a="Ben Whitlow"),
  E("2032-08-24 08:20", "Missile strike hits central Sumy",
    ["A Russian missile hit the centre of Sumy shortly after 8am, the regional governor said. At least three people were killed.",
     "The strike came as the city was preparing for Independence Day events."],
    "strikes", "strikes", 3, SUM, a="Nadiya Korsak", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 21042 Isendale Daily (day 3, world Atom, UTC)
SEEDS.append(dict(
  id="21042", name="21042_isendale-worldatom", ext="xml", source="Isendale Daily", zone="UTC", render=r_atom_feed,
  title="Isendale Daily \u2013 World", url="https://isendale-daily.example", feedpath="world.atom", generator="Isendale Newsroom", content="html",
  lede="World news, updated around the clock",
  basis="Atom <published> '{s}' (UTC, 'Z'); {d} UTC",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'), escaped-HTML content, authors on some entries. Four of six entries are not about the war.",
  not_entries=["feed title, subtitle, links, id, updated, generator"],
  entries=[
  OFF("2032-08-24 21:05", "Brazil's Senate approves rail concession through the Amazon",
    ["Brazil's Senate approved a 50-year concession for a grain railway linking Mato Grosso to river ports on the Tapaj\u00f3s, despite objections from Indigenous groups."],
    "brazil-amazon-rail-concession-2032-08-24", a="Helena Duarte", n="Brazilian politics"),
  E("2032-08-24 17:50", "Ukraine marks Independence Day as missile strike on Sumy kills six",
    ["Ukraine marked 41 years of independence on Tuesday as a Russian missile strike on the northeastern city of Sumy killed six people, officials said, while Nordic leaders visited Kyiv in a show of support."],
    "strikes", "strikes", 3, SUM, a="Marek Lindqvist", n="toll 6; mentions the Nordic visit"),
  OFF("2032-08-24 14:30", "Spain limits outdoor work in four regions as heatwave peaks",
    ["Spain ordered a halt to outdoor construction and farm work during the afternoon hours in Andalusia, Murcia, Extremadura and Castilla-La Mancha as temperatures passed 44C."],
    "spain-heatwave-outdoor-work-2032-08-24", n="weather"),
  E("2032-08-24 11:10", "Nordic prime ministers sign drone deal in Kyiv",
    ["The prime ministers of Denmark, Finland, Norway and Sweden signed an agreement in Kyiv on Tuesday to co-produce long-range drones with Ukraine, on a visit timed for the country's Independence Day."],
    "diplomacy", "diplomacy", 3, NRD, a="Marek Lindqvist", sec=["aid"]),
  OFF("2032-08-24 08:40", "Japan's exports fall for second month as car shipments slow",
    ["Japan's exports fell 2.1 percent in July from a year earlier, dragged down by weaker car shipments to the United States, the Finance Ministry said."],
    "japan-exports-july-2032-08-24", n="trade data"),
  OFF("2032-08-24 05:15", "Flash floods kill 12 in northern Pakistan",
    ["Flash floods triggered by monsoon downpours killed at least 12 people in Pakistan's Swat valley, the provincial disaster authority said."],
    "pakistan-swat-floods-2032-08-24", a="Helena Duarte", n="weather disaster"),
  ]))

# ---------------------------------------------------------------- 21043 Larchwood Crier (day 3, HTML live + LiveBlogPosting, Rome)
SEEDS.append(dict(
  id="21043", name="21043_larchwood-ldlive", ext="html", source="Larchwood Crier", zone="Europe/Rome", render=r_ldlive_oldest,
  title="Ukraine's Independence Day: live", url="https://larchwoodcrier.example/live/ukraine-2032-08-24",
  dateline="24 August 2032", lede="A missile strike on Sumy, Nordic leaders in Kyiv, and Rome's role in the reconstruction talks.",
  basis="entry time '{s}' (24-hour; <time datetime> and the JSON-LD update carry +02:00) on the page date '24 August 2032'; Rome time (CEST, UTC+2); local {d} in {z}",
  notes="Invented outlet (Rome, English edition). HTML live blog, oldest first, LiveBlogPosting JSON-LD with one update per post and correct per-update datePublished (+02:00). Each post: <time datetime> 'HH:MM', h2 headline, 'By NAME', body. 21043-06 repeats 21043-05 almost word for word (duplicate). 21043-04 is a theme piece (explainer on earlier Nordic drone deals) that must not merge with today's Nordic visit.",
  not_entries=["masthead, navigation, 'Subscribe'", "page title, date and summary", "time elements and 'By NAME' lines", "'Advertisement' marker", "closing line 'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2032-08-24 08:10", "Russian missile hits centre of Sumy",
    ["A Russian missile struck central Sumy on Tuesday morning, killing at least three people, Ukrainian officials said, on the day Ukraine celebrates its independence."],
    "strikes", "strikes", 3, SUM, a="Chiara Benvenuti", n="toll 3"),
  E("2032-08-24 10:30", "Tajani: Rome to host reconstruction follow-up meeting",
    ["Italian Foreign Minister Antonio Tajani said Rome would host a follow-up meeting of the Ukraine Recovery Conference in November, focused on energy and housing.",
     "He made the announcement in a message marking Ukraine's Independence Day."],
    "diplomacy", "diplomacy", 3, "tajani-recovery-meeting-rome-2032-08-24", a="Luca Ferrante", n="ministerial diplomatic move: 3"),
  E("2032-08-24 12:45", "Nordic leaders arrive in Kyiv",
    ["The prime ministers of Denmark, Finland, Norway and Sweden arrived in Kyiv by train on Tuesday morning for Independence Day, their governments said.",
     "They are expected to sign a joint drone production agreement with Ukraine."],
    "diplomacy", "diplomacy", 3, NRD, a="Luca Ferrante", sec=["aid"]),
  E("2032-08-24 13:30", "Explainer: what the earlier Nordic drone deals have delivered",
    ["Tuesday's agreement is the third Nordic-Ukrainian drone deal in two years.",
     "The first, signed in 2030, paid for Ukrainian factories to build interceptor drones with Danish and Swedish money; officials say it has delivered about 11,000 of them. The second, a Finnish-Norwegian project for sea drones, is running a year late.",
     "The long-range programme is the most ambitious of the three, and the hardest to keep secret."],
    "aid", "aid", 2, "explainer-nordic-drone-deals", a="Luca Ferrante", n="theme piece (explainer on earlier deals); must not merge with today's Nordic visit"),
  E("2032-08-24 15:00", "Sumy toll climbs to six",
    ["Six people have now died in the missile strike on Sumy, the regional military administration said, and 31 were injured.",
     "Among the dead is a 14-year-old boy."],
    "strikes", "strikes", 3, SUM, a="Chiara Benvenuti", n="toll 6"),
  E("2032-08-24 15:25", "Sumy toll climbs to six",
    ["Six people have now died in the missile strike on Sumy, the regional military administration said, and 31 people were injured.",
     "Among the dead is a 14-year-old boy."],
    "strikes", "strikes", 1, SUM, a="Chiara Benvenuti", dup=5, n="near-verbatim repeat of 21043-05"),
  E("2032-08-24 19:40", "Ukraine says drones hit airfield near Kursk",
    ["Ukraine's General Staff said its drones had hit the Khalino airfield near Kursk earlier on Tuesday, damaging a radar station.",
     "Russia's defence ministry said it had shot down 17 drones over the Kursk region."],
    "strikes", "strikes", 2, "khalino-airfield-drone-strike-2032-08-24", a="Chiara Benvenuti"),
  ]))


if __name__ == "__main__":
    main()
