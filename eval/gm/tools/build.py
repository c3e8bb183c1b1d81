#!/usr/bin/env python3
"""Builds the eval/gm seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in June 2031 with the war still under way.
Part A imitates, from memory, the page layouts of ten real platforms (Telegram, Substack, WordPress Liveblog, 24liveblog,
Blogger, Medium, Reddit live, X, Wikipedia current events, Google News); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gm/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "approx.", "e.g.", "i.e.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone (or a bare 'YYYY-MM-DD' when the page prints no time for it),
    headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019)]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def dt_any(s, zone):
    """local datetime, or (for date-only entries) local midnight of that day"""
    return dt(s if len(s) > 10 else s + " 00:00", zone)


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first, skip=0):
    ts = [e["t"] for e in S["entries"][skip:]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def hexid(seed, n=12):
    """deterministic pseudo-random hex ids (post ids, guids)"""
    x = (seed * 2654435761 + 97531) & 0xFFFFFFFFFFFF
    return f"{x:012x}"[:n]


def rel_ago(ref, d, style="long"):
    """'37 minutes ago' / '2 hours ago' (floored, as the platforms print them)"""
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return "1 minute ago" if mins == 1 else f"{mins} minutes ago"
    h = mins // 60
    return "1 hour ago" if h == 1 else f"{h} hours ago"


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
            if len(e["t"]) == 10:           # the page prints only the day for this entry
                pub, loc, dstr, ustr = e["t"], f"{e['t']} {S['zone']}", e["t"], e["t"]
            else:
                d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
                pub, loc = u.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
                dstr, ustr = d.strftime("%Y-%m-%d %H:%M"), u.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=dstr, z=S["zone"], u=ustr),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []

# ================================================================ PART A: ten real platforms' layouts (own words, invented news)

# ---------------------------------------------------------------- 19600 Telegram channel web preview (t.me/s/...)
def r_telegram(S):
    """t.me/s/<channel> web preview, saved HTML. Messages oldest first inside a js-message_history section, one service date
    bubble ('June 2', no year); each bubble: owner name, optional reply preview (a quoted snippet of an earlier message),
    text with <br/> between paragraphs, optional channel signature, a trailing '@channel' link line, then views and
    <time datetime="...+00:00" class="time">HH:MM</time> (UTC). Photo/video posts carry a media block before the caption."""
    z = S["zone"]; order_check(S, False); ch = S["handle"]
    out = ['<!DOCTYPE html>', '<html>', '  <head>', '    <meta charset="utf-8">', f'    <title>{esc(S["title"])} \u2013 Telegram</title>',
           '    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />',
           '    <meta name="format-detection" content="telephone=no" />', f'    <meta property="og:title" content="{attr(S["title"])}">',
           f'    <meta property="og:image" content="https://cdn4.telesco.pe/file/{hexid(19600, 12)}a7Fq2LxW9.jpg">',
           '    <meta property="og:site_name" content="Telegram">', f'    <meta property="og:description" content="{attr(S["about"])}">',
           f'    <meta property="twitter:title" content="{attr(S["title"])}">',
           '    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">',
           '    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">',
           '    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">',
           '    <script>TBaseUrl=\'/\';</script>', '  </head>',
           '  <body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">',
           '    <header class="tgme_header search_collapsed">', '      <div class="tgme_header_search">',
           '        <form class="tgme_header_search_form" action="" method="get"><input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" value=""></form>',
           '      </div>', '      <div class="tgme_header_info">',
           f'        <a class="tgme_header_link" href="https://t.me/{ch}"><i class="tgme_page_photo_image bgcolor3" data-content="FB"><img src="https://cdn4.telesco.pe/file/{hexid(19600, 12)}a7Fq2LxW9.jpg"></i>',
           f'        <div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">{esc(S["title"])}</span></div><div class="tgme_header_counter">{S["subs"]} subscribers</div></div></a>',
           f'        <a class="tgme_header_right_btn" href="https://t.me/{ch}">Open in Telegram</a>', '      </div>', '    </header>',
           '    <main class="tgme_main">', '      <div class="tgme_container">',
           '        <section class="tgme_right_column">', '          <div class="tgme_channel_info">',
           f'            <div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">{esc(S["title"])}</span></div>'
           f'<div class="tgme_channel_info_header_username"><a href="https://t.me/{ch}">@{ch}</a></div></div>',
           f'            <div class="tgme_channel_info_description">{esc(S["about"])}</div>',
           '            <div class="tgme_channel_info_counters">' + "".join(
               f'<div class="tgme_channel_info_counter"><span class="counter_value">{v}</span> <span class="counter_type">{k}</span></div>'
               for v, k in S["counters"]) + '</div>',
           f'            <div class="tgme_channel_download_telegram"><div class="tgme_channel_download_telegram_bottom">You can view and join <b>@{ch}</b> right away.</div>'
           '<a class="tgme_action_button_new" href="https://telegram.org/dl">Download Telegram</a></div>',
           '          </div>', '        </section>',
           '        <section class="tgme_channel_history js-message_history">',
           f'          <div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{ch}?before={S["first_post"]}" class="tme_messages_more js-messages_more" data-before="{S["first_post"]}"></a></div>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = d.astimezone(UTC); post = S["first_post"] + i * 3 + (1 if i > 3 else 0)
        if u.date() != cur:
            cur = u.date()
            out.append(f'          <div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">{MONTHS[u.month - 1]} {u.day}</div></div>')
        st = f"{u:%H:%M}"; stamps.append(st)
        out.append(f'          <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{ch}/{post}" data-view="eyJjIjotMTk2MDAsInAiOj{post}">')
        out.append(f'            <div class="tgme_widget_message_user"><a href="https://t.me/{ch}"><i class="tgme_widget_message_user_photo bgcolor3" style="width:40px;height:40px" data-content="FB"><img src="https://cdn4.telesco.pe/file/{hexid(19600, 12)}a7Fq2LxW9.jpg"></i></a></div>')
        out.append('            <div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"></svg></i>')
        out.append(f'              <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{ch}"><span dir="auto">{esc(S["title"])}</span></a></div>')
        if e.get("reply"):
            out.append(f'              <a class="tgme_widget_message_reply" href="https://t.me/{ch}/{S["first_post"] + e["reply"] * 3}"><div class="tgme_widget_message_author accent_color">'
                       f'<span class="tgme_widget_message_author_name" dir="auto">{esc(S["title"])}</span></div>'
                       f'<div class="tgme_widget_message_metatext js-message_reply_text" dir="auto">{esc(e["reply_text"])}</div></a>')
        if e.get("media") == "video":
            out.append(f'              <a class="tgme_widget_message_video_player blured js-message_video_player" href="https://t.me/{ch}/{post}"><i class="tgme_widget_message_video_thumb" '
                       f'style="background-image:url(\'https://cdn4.telesco.pe/file/v{hexid(post, 10)}.jpg\')"></i><div class="tgme_widget_message_video_wrap"></div>'
                       '<div class="message_video_play"></div><time class="message_video_duration js-message_video_duration">0:47</time></a>')
        elif e.get("media") == "photo":
            out.append(f'              <a class="tgme_widget_message_photo_wrap {hexid(post, 8)}" href="https://t.me/{ch}/{post}" style="width:800px;background-image:url(\'https://cdn4.telesco.pe/file/p{hexid(post, 10)}.jpg\')"></a>')
        body = "<br/><br/>".join(esc(p) for p in e["p"])
        sig = f'<br/><br/><a href="https://t.me/{ch}" target="_blank">@{ch}</a>'
        out.append(f'              <div class="tgme_widget_message_text js-message_text" dir="auto">{body}{sig}</div>')
        views = e.get("views", "21.4K")
        out.append('              <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
                   f'<span class="tgme_widget_message_views">{views}</span>'
                   + (f'<span class="tgme_widget_message_from_author" dir="auto">{esc(e["a"])}</span>' if e["a"] else '')
                   + '<span class="tgme_widget_message_meta">' + ('edited ' if e.get("edited") else '')
                   + f'<a class="tgme_widget_message_date" href="https://t.me/{ch}/{post}"><time datetime="{u.strftime("%Y-%m-%dT%H:%M:%S+00:00")}" class="time">{st}</time></a></span></div></div>')
        out.append('            </div>')
        out.append('          </div></div>')
    out += ['        </section>', '      </div>', '    </main>',
            '    <div class="tgme_footer">Telegram is a cloud-based mobile and desktop messaging app with a focus on security and speed.</div>',
            '    <script src="//telegram.org/js/widget-frame.js?66"></script>', '  </body>', '</html>']
    return "\n".join(out) + "\n", stamps


KHA2 = "kharkiv-glide-bomb-strike-2031-06-02"
NIGHT2 = "overnight-drone-attack-poltava-sumy-2031-06-02"
SEEDS.append(dict(
  id="19600", name="19600_telegram-channelpreview", ext="html", source="Frontline Brief UA", zone="UTC", render=r_telegram,
  title="Frontline Brief UA", handle="frontlinebrief_ua", subs="128K", first_post=48211,
  about="Verified updates from the front and the rear, in English. Tips and corrections: @fbua_editor",
  counters=[("128K", "subscribers"), ("9.1K", "photos"), ("3.4K", "videos"), ("1.2K", "links")],
  basis="message <time datetime=\"...+00:00\"> in the post footer; the visible '{s}' is the same UTC clock; local {d} in {z}",
  notes="Imitates a Telegram channel's public web preview (t.me/s/frontlinebrief_ua) saved as HTML. Messages are oldest first; one service date bubble 'June 2' (no year; the year is in each message's <time datetime>). Posts have no headlines: headline null, first_sentence from the message text. Paragraphs are separated by <br/><br/> inside one div; each message ends with the channel's '@frontlinebrief_ua' link line, which is chrome and not counted in body_paragraphs. The channel signs its own posts (tgme_widget_message_from_author), which gives the author. 19600-03 is a reply to 19600-01 and carries a quoted snippet of 19600-01 above its own text (the snippet is not part of 19600-03's body). 19600-07 is a video post with a one-line caption (filler, importance 1). 19600-05 shows 'edited' before its time. Times: the page prints UTC (datetime '+00:00'); the texts quote Kyiv time (UTC+3).",
  not_entries=["header search box 'Search'", "header title 'Frontline Brief UA' and counter '128K subscribers'", "'Open in Telegram' button",
               "right column channel info: title, '@frontlinebrief_ua', description, counters (subscribers, photos, videos, links), 'You can view and join @frontlinebrief_ua right away.', 'Download Telegram'",
               "service date bubble 'June 2'", "owner name 'Frontline Brief UA' at the top of every bubble",
               "reply preview inside 19600-03 (quoted start of 19600-01)", "'@frontlinebrief_ua' link line closing every message",
               "view counters (e.g. '21.4K'), author signatures, 'edited' label", "video duration '0:47'", "footer line about Telegram"],
  entries=[
  E("2031-06-02 03:05", None,
    ["Russia attacked Ukraine overnight with 74 Shahed-type strike drones and decoys launched from Kursk, Oryol and Primorsko-Akhtarsk, the Air Force said. Air defence shot down or jammed 52 of them.",
     "Hits were recorded at six sites in Sumy and Poltava oblasts. In Poltava Oblast a drone set fire to tanks at a fuel depot near Kremenchuk; firefighters are still on site."],
    "strikes", "strikes", 2, NIGHT2, a="Nadiia Kovalenko", views="38.9K", n="non-deadly overnight drone attack (74 drones)"),
  E("2031-06-02 05:40", None,
    ["Russia's Defence Ministry claims its troops have taken the village of Novopavlivka in Donetsk Oblast.",
     "Ukraine's General Staff has not confirmed the claim. Its morning report lists 27 Russian assaults on the Novopavlivka axis over the past day, all of them repelled, it says."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2031-06-02", a="Nadiia Kovalenko", views="31.2K"),
  E("2031-06-02 08:45", None,
    ["The fire at the fuel depot near Kremenchuk has been put out, the State Emergency Service says. One firefighter suffered burns and is in hospital in a stable condition."],
    "strikes", "strikes", 2, NIGHT2, a="Taras Oliinyk", views="24.7K", reply=0,
    reply_text="Russia attacked Ukraine overnight with 74 Shahed-type strike drones and decoys launched from Kursk, Oryol and Primorsko-Akhtarsk, the Air Force said. Air defence shot\u2026",
    n="reply to 19600-01 (aftermath of the same overnight attack); the quoted snippet above it is not body text"),
  E("2031-06-02 11:10", None,
    ["Russian aircraft dropped at least three guided aerial bombs on Kharkiv's Kyivskyi district at about 14:05 Kyiv time, Mayor Ihor Terekhov said. Ambulances are on their way and information on casualties is being clarified."],
    "strikes", "strikes", 3, KHA2, a="Taras Oliinyk", views="52.0K"),
  E("2031-06-02 12:02", None,
    ["Two people were killed and 17 injured in the glide-bomb attack on Kharkiv, regional governor Oleh Syniehubov said.",
     "A five-storey apartment building, a school workshop and several cars were damaged. Rescuers are searching the rubble of the building's top floor."],
    "strikes", "strikes", 3, KHA2, a="Taras Oliinyk", views="61.3K", edited=True, n="toll 2 dead, 17 injured"),
  E("2031-06-02 14:30", None,
    ["Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara to discuss the next round of prisoner exchanges and the safety of merchant shipping in the Black Sea.",
     "Sybiha said Turkey had offered to host technical talks on a new exchange \"in the coming weeks\". Fidan did not give a date."],
    "diplomacy", "diplomacy", 3, "sybiha-fidan-ankara-talks-2031-06-02", a="Nadiia Kovalenko", views="19.8K",
    n="ministerial diplomatic visit (LABELS: importance 3)"),
  E("2031-06-02 17:48", None,
    ["Rescuers clearing the rubble in Kharkiv's Kyivskyi district this afternoon. Video: State Emergency Service of Ukraine"],
    "strikes", "strikes", 1, KHA2, a=None, views="44.5K", media="video",
    n="video post with a one-line caption, no new information (filler)"),
  E("2031-06-02 20:15", None,
    ["Update: the death toll from today's strike on Kharkiv has risen to three. A 64-year-old woman died in hospital, Syniehubov said; 23 people were injured in total."],
    "strikes", "strikes", 3, KHA2, a="Nadiia Kovalenko", views="47.6K", n="toll 3 dead, 23 injured"),
  ]))


# ---------------------------------------------------------------- 19601 Substack newsletter post
def r_substack(S):
    """Substack post page, saved HTML. NewsArticle JSON-LD with datePublished (ISO, +00:00); visible date 'Jun 04, 2031' only
    (no time); title h1, subtitle h3, byline; intro paragraph; sections as <h3 class="header-anchor-post"> (one entry per news
    section); a subscription widget, a captioned image and a Share button inside the body; 'What I'm reading' link list;
    like/comment counters, 'Discussion about this post' with reader comments."""
    z = S["zone"]; pub = dt(S["published"], z); base = S["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": f"{base}/p/{S['slug']}", "mainEntityOfPage": f"{base}/p/{S['slug']}",
          "headline": S["title"], "description": S["subtitle"],
          "image": [{"@type": "ImageObject", "url": f"https://substack-post-media.s3.amazonaws.com/public/images/{hexid(19601, 8)}-{hexid(7, 4)}-4c1e-9a2b-{hexid(11, 12)}_1456x971.jpeg"}],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
          "isAccessibleForFree": True, "author": [{"@type": "Person", "name": S["byline"], "url": f"https://substack.com/@{S['handle']}", "description": S["bio"]}],
          "publisher": {"@type": "Organization", "name": S["source"], "url": base, "description": S["about"]}}
    vis = f"{SHORT_MONTHS[pub.month - 1]} {pub.day:02d}, {pub.year}"
    anchor_btn = ('<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent"><div class="pencraft header-anchor-widget offset-top">'
                  '<button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset icon-container restack-image"><svg role="img" width="16" height="16" viewBox="0 0 24 24"></svg></button></div></div>')
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - by {esc(S["byline"])}</title>',
           f'<meta name="description" content="{attr(S["subtitle"])}">', '<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{attr(S["title"])}">', f'<meta name="author" content="{attr(S["byline"])}">',
           f'<link rel="alternate" type="application/rss+xml" href="{base}/feed" title="{attr(S["source"])}">',
           f'<link rel="canonical" href="{base}/p/{S["slug"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">',
           f'<div class="main-menu"><div class="topbar-content"><a class="navbar-logo-container" href="{base}/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/{hexid(3, 10)}.png" alt="{attr(S["source"])}"></a>'
           f'<h1 class="navbar-title"><a class="navbar-title-link" href="{base}/">{esc(S["source"])}</a></h1>'
           '<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>',
           '<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">',
           '<div class="post-header">', f'<h1 dir="auto" class="post-title published title-X77sOw">{esc(S["title"])}</h1>',
           f'<h3 dir="auto" class="subtitle">{esc(S["subtitle"])}</h3>',
           f'<div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.com/@{S["handle"]}" class="pencraft pc-reset link">{esc(S["byline"])}</a></div>'
           f'<div class="pencraft pc-reset color-pub-secondary-text meta">{vis}</div></div></div>',
           f'<div class="post-ufi"><button class="like-button-container post-ufi-button"><span class="label">{S["likes"]}</span></button>'
           f'<a class="post-ufi-button post-ufi-comment-button" href="{base}/p/{S["slug"]}/comments"><span class="label">{S["comments"]}</span></a>'
           '<button class="post-ufi-button restack">Restack</button><button class="post-ufi-button share">Share</button></div></div>',
           '<div class="available-content"><div dir="auto" class="body markup">', f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3 class="header-anchor-post">{esc(e["h"])}{anchor_btn}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append(f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto/{hexid(21, 12)}">'
                       f'<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit/{hexid(21, 12)}.jpeg" width="1456" height="971" alt=""></picture></div></a>'
                       f'<figcaption class="image-caption">{esc(S["caption"])}</figcaption></figure></div>')
        if i == 1:
            out.append(f'<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{esc(S["source"])} is a reader-supported publication. '
                       'To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
                       '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email\u2026" tabindex="-1">'
                       '<input type="submit" class="button primary" value="Subscribe"></form></div></div>')
        if i == S["reading_after"]:
            out.append(f'<h3 class="header-anchor-post">What I\u2019m reading{anchor_btn}</h3><ul>'
                       + "".join(f'<li><p><a href="https://example.org/{slugify(r)}">{esc(r)}</a></p></li>' for r in S["reading"]) + '</ul>')
    out += [f'<p class="button-wrapper"><a class="button primary" href="{base}/p/{S["slug"]}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>',
            '</div></div>',
            f'<div class="post-footer"><div class="post-ufi"><span class="label">{S["likes"]} Likes</span> <span class="label">\u2219</span> <span class="label">3 Restacks</span></div></div>',
            '<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list">']
    for who, when, txt in S["comments_list"]:
        out.append(f'<div class="comment"><div class="comment-meta"><a class="commenter-name">{esc(who)}</a> <span class="comment-date">{when}</span></div>'
                   f'<div class="comment-body"><p>{esc(txt)}</p></div><div class="comment-actions"><button>Like</button> <button>Reply</button></div></div>')
    out += ['</div></div></article></div></div></div>',
            f'<div class="footer-wrap"><div class="footer"><p>\u00a9 {pub.year} {esc(S["byline"])}</p><a href="https://substack.com/privacy">Privacy</a> \u2219 '
            '<a href="https://substack.com/tos">Terms</a> \u2219 <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a>'
            '<p><a class="button" href="https://substack.com/signup">Start writing</a> <a class="button" href="https://substack.com/app">Get the app</a></p>'
            '<p>Substack is the home for great culture</p></div></div></div></div></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="19601", name="19601_substack-post", ext="html", source="Steppe & Steel", zone="UTC", render=r_substack,
  url="https://steppeandsteel.substack.com", slug="morning-brief-june-4-odesa-berlin", handle="antonverbytsky",
  title="Morning brief, June 4: Odesa's ports under fire, Berlin's new cheque, a quiet change in Moscow",
  subtitle="Five things to know about the war this Wednesday",
  byline="Anton Verbytsky", bio="Former wire reporter in Kyiv. Writes about the war and the people in it.",
  about="A morning letter about Russia's war against Ukraine.", published="2031-06-04 05:12", likes=47, comments=12,
  intro="Good morning from Lviv. A noisy night in the south, a large cheque from Berlin and a personnel change in Moscow that matters more than it looks. Here is what you need to know before your first coffee.",
  caption="A crane damaged in an earlier attack on the port of Pivdennyi, Odesa region. Photo: the author",
  reading_after=4, reading=["Why harvest season is also strike season on the Black Sea", "The drone factory town on the Kama river",
                            "A long read on the volunteers who rebuild village schools"],
  comments_list=[("Halyna P.", "Jun 4", "Thank you for keeping this going every morning. The Odesa section was the clearest summary I have read."),
                 ("Mark Delaney", "Jun 4", "Is there a source for the 300 names? I could not find the ombudsman's statement in English.")],
  basis="the post prints only its date 'Jun 04, 2031'; the time is the post's JSON-LD datePublished (2031-06-04T05:12:00+00:00); sections have no stamps of their own; local {d} in {z}",
  notes="Imitates a Substack newsletter post (saved HTML). A morning round-up: intro paragraph, then news sections under <h3 class=\"header-anchor-post\"> headings; each news section is one entry (headline = heading), stamp null, author = the post byline. The visible date is 'Jun 04, 2031' with no time; published comes from the NewsArticle JSON-LD datePublished (UTC). The 'What I'm reading' section is a list of links (not an entry). 'One more thing' is an off-beat cultural note. A subscription widget, an image caption and a Share button sit inside the body and are not paragraphs. Reader comments under 'Discussion about this post' are not entries.",
  not_entries=["navbar title 'Steppe & Steel', 'Subscribe', 'Sign in'", "post title h1 and subtitle h3 (page title and dek)", "byline 'Anton Verbytsky' and date 'Jun 04, 2031'",
               "like/comment counters, 'Restack', 'Share'", "intro paragraph 'Good morning from Lviv. ...' (lede)", "image caption under the first section",
               "subscription widget after the second section ('... is a reader-supported publication ...', email box, 'Subscribe')",
               "'What I\u2019m reading' heading and its three links", "'Share' button at the end of the body", "post footer counters '47 Likes \u2219 3 Restacks'",
               "'Discussion about this post' and two reader comments", "footer: copyright, Privacy, Terms, Collection notice, 'Start writing', 'Get the app'"],
  entries=[
  E("2031-06-04 05:12", "Odesa's ports hit for a third night",
    ["Russian drones struck port infrastructure in Odesa district overnight, killing a 52-year-old crane operator and injuring four other workers, according to the regional governor, Oleh Kiper.",
     "It was the third night in a row that the ports around Odesa were targeted. The Ukrainian Sea Ports Authority says ships are still loading, but two grain terminals have halted work until engineers have inspected the damage.",
     "My reading: Moscow is testing whether it can slow this summer's harvest exports without declaring anything like a blockade. Insurers will be watching the next few nights closely."],
    "strikes", "strikes", 3, "odesa-ports-drone-strike-2031-06-04", a="Anton Verbytsky", n="deadly strike (1 killed)"),
  E("2031-06-04 05:12", "Berlin finds another \u20ac1.2 billion for air defence",
    ["Germany's defence ministry announced a \u20ac1.2 billion package that pays for two more IRIS-T SLM systems and a batch of missiles for the Patriot batteries already in Ukraine.",
     "Delivery of the first of the two systems is promised before the end of August. Kyiv had asked Berlin for four."],
    "aid", "aid", 3, "germany-air-defence-package-2031-06-04", a="Anton Verbytsky"),
  E("2031-06-04 05:12", "Lists for the next exchange",
    ["Ukraine's human rights ombudsman, Dmytro Lubinets, said on Tuesday that Kyiv had passed Moscow, through Turkish mediators, a list of 300 prisoners it wants included in the next exchange.",
     "He gave no date. The last swap, in May, returned 84 Ukrainians, most of them defenders of the Azovstal plant captured in 2022."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-lists-2031-06-03", a="Anton Verbytsky", n="mediated prisoner exchange preparations; no exchange yet"),
  E("2031-06-04 05:12", "A quiet change at the drone works",
    ["The Kremlin has replaced the director of the special economic zone in Tatarstan that houses Russia's largest plant for Shahed-type drones. His successor is a former deputy defence minister with a background in procurement.",
     "The move drew little attention in Russian media, but it puts the plant directly under people who answer to the defence ministry rather than to the regional government."],
    "other", "politics", 2, "alabuga-drone-plant-director-replaced-2031-06-03", a="Anton Verbytsky"),
  E("2031-06-04 05:12", "Front line: Kostiantynivka",
    ["Russian units keep pressing on Kostiantynivka from the south-east. Ukraine's General Staff counted 31 assaults on that axis on Tuesday, the highest figure in a month.",
     "Local officials say about 4,000 civilians remain in the town, down from 67,000 before the full-scale invasion."],
    "other", "frontline", 2, "kostiantynivka-assaults-2031-06-03", a="Anton Verbytsky"),
  OFF("2031-06-04 05:12", "One more thing",
    ["Kyiv's Book Arsenal festival opens on Thursday with more than 200 publishers, its largest line-up in years. If you are in town, the poetry readings in the courtyard are the best thing there."],
    "kyiv-book-arsenal-festival-2031-06-05", a="Anton Verbytsky", n="cultural note, not about the war"),
  ]))


# ---------------------------------------------------------------- 19602 WordPress Liveblog plugin page
def r_wp_liveblog(S):
    """WordPress post with the Liveblog plugin (classic markup), saved HTML. Theme chrome (skip link, site title, menu,
    'Posted on June 6, 2031 by ...'), an intro paragraph, then #liveblog-entries newest first: avatar, author name,
    <abbr title="ISO" class="liveblog-timestamp">9:40 pm</abbr> (site time, no zone printed), entry text (no headlines).
    The plugin's LiveBlogPosting JSON-LD carries per-update datePublished, but each update's 'headline' is the squashed
    entry text and 'articleBody' is an empty {"@type": "Text"} object (the plugin's old serialisation)."""
    z = S["zone"]; order_check(S, True); base = S["url"]
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); eid = S["first_entry"] - i * 7
        ups.append({"@type": "BlogPosting", "headline": " ".join(e["p"]), "url": f"{base}{S['path']}#liveblog-entry-{eid}",
                    "datePublished": d.isoformat(), "dateModified": d.isoformat(), "author": {"@type": "Person", "name": e["a"]},
                    "articleBody": {"@type": "Text"}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": base + S["path"], "headline": S["title"],
          "description": S["intro"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": (first + timedelta(hours=18)).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>', "<meta name='robots' content='index, follow, max-image-preview:large' />",
           f"<link rel='stylesheet' id='liveblog-css' href='{base}/wp-content/plugins/liveblog/assets/app.css?ver=1.10.0' type='text/css' media='all' />",
           f"<link rel='stylesheet' id='newsline-style-css' href='{base}/wp-content/themes/newsline/style.css?ver=3.4.1' type='text/css' media='all' />",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '<meta name="generator" content="WordPress 7.1.2" />', '</head>',
           f'<body class="post-template-default single single-post postid-{S["post_id"]} single-format-standard wp-embed-responsive">',
           '<div id="page" class="site">', '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
           f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">{esc(S["source"])}</a></p>'
           f'<p class="site-description">{esc(S["tagline"])}</p></div>',
           '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>'
           '<ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/poland/">Poland</a></li><li><a href="/category/ukraine/">Ukraine</a></li>'
           '<li><a href="/category/belarus/">Belarus</a></li><li><a href="/category/region/">Region</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/support/">Support us</a></li></ul></nav></header>',
           '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
           f'<article id="post-{S["post_id"]}" class="post-{S["post_id"]} post type-post status-publish format-standard has-post-thumbnail hentry category-ukraine tag-live">',
           f'<header class="entry-header"><span class="cat-links"><a href="/category/ukraine/" rel="category tag">Ukraine</a></span><h1 class="entry-title">{esc(S["title"])}</h1>'
           f'<div class="entry-meta"><span class="posted-on">Posted on <a href="{base}{S["path"]}" rel="bookmark"><time class="entry-date published" datetime="{first.isoformat()}">'
           f'{MONTHS[first.month - 1]} {first.day}, {first.year}</time><time class="updated" datetime="{last.isoformat()}">{MONTHS[last.month - 1]} {last.day}, {last.year}</time></a></span>'
           f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/desk/">{esc(S["desk"])}</a></span></span></div></header>',
           '<div class="entry-content">', f'<p>{esc(S["intro"])}</p>',
           f'<div id="liveblog-container" class="liveblog-container" data-post-id="{S["post_id"]}" data-state="enable">',
           '<div id="liveblog-messages" class="liveblog-messages"></div>', '<div id="liveblog-entries" class="liveblog-entries">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); eid = S["first_entry"] - i * 7; st = ampm(d, space=" "); stamps.append(st)
        out += [f'<div id="liveblog-entry-{eid}" class="liveblog-entry liveblog-entry-class-{eid} " data-timestamp="{int(d.timestamp())}">',
                '<header class="liveblog-meta">',
                f"<span class=\"liveblog-author-avatar\"><img alt='' src='https://secure.gravatar.com/avatar/{hexid(len(e['a']) * 31, 12)}?s=30&#038;d=mm&#038;r=g' class='avatar avatar-30 photo' height='30' width='30' loading='lazy'/></span>",
                f'<span class="liveblog-author-name"><a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></span>',
                f'<span class="liveblog-meta-time"><a href="#liveblog-entry-{eid}" class="liveblog-time-update"><abbr title="{d.isoformat()}" class="liveblog-timestamp">{st}</abbr></a></span>',
                '</header>', f'<div class="liveblog-entry-text" data-original-content="{attr(chr(10).join(e["p"]))}">']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("embed"):
            out.append(f'<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550"><p lang="pl" dir="ltr">{esc(e["embed"])}</p>'
                       '&mdash; Dowództwo Operacyjne RSZ (@DowOperSZ) <a href="https://twitter.com/DowOperSZ/status/2066411234">June 6, 2031</a></blockquote></div></figure>')
        out += ['</div>', '</div>']
    out += ['</div>', '<div class="liveblog-load-more"><button class="liveblog-load-more-button">Load more entries</button></div></div>',
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li>'
            '<li><a class="share-twitter" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>',
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
            + "".join(f'<p class="jp-relatedposts-post"><a href="/{slugify(r)}/">{esc(r)}</a></p>' for r in S["related"]) + '</div>',
            '</div>', '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/live/" rel="tag">live</a>, <a href="/tag/russia/" rel="tag">Russia</a>, <a href="/tag/ukraine/" rel="tag">Ukraine</a></span></footer>',
            '</article>',
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
            '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div>',
            '</main></div>',
            '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
            + "".join(f'<li><a href="/{slugify(r)}/">{esc(r)}</a></li>' for r in S["recent"]) + '</ul></section></aside>',
            '</div>', f'<footer id="colophon" class="site-footer"><div class="site-info">\u00a9 {first.year} {esc(S["source"])} <span class="sep"> | </span> Proudly powered by WordPress</div></footer>',
            '</div>', f"<script type='text/javascript' src='{base}/wp-content/plugins/liveblog/assets/app.js?ver=1.10.0' id='liveblog-js'></script>", '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


KOV = "kovel-railway-junction-missile-strike-2031-06-06"
SEEDS.append(dict(
  id="19602", name="19602_wordpress-liveblog", ext="html", source="Eastern Gate News", zone="Europe/Warsaw", render=r_wp_liveblog,
  url="https://easterngate.news", path="/2031/06/06/live-russias-war-in-ukraine-friday-6-june-2031/", post_id=88412, first_entry=411930,
  title="LIVE: Russia\u2019s war in Ukraine \u2013 Friday, 6 June 2031", tagline="News from Poland's eastern border, in English",
  desk="Eastern Gate desk", start="2031-06-06 07:02",
  intro="Welcome to our live coverage of the war in Ukraine and its effects on Poland's eastern border. Entries are in Polish time; the newest is at the top.",
  related=["Why the Kovel junction matters for every train to Kyiv", "Hrubieszów farmers ask for compensation after drone debris", "Belarus moves brigade closer to the border"],
  recent=["Rzeszów airport expands cargo terminal", "Poland to buy more Korean howitzers", "Border crossing at Dorohusk reopens to trucks"],
  basis="visible '{s}' (site time, no zone printed) under the post date 'June 6, 2031'; the entry's <abbr title> gives {d} +02:00 (Polish summer time); {z}",
  notes="Imitates a WordPress post running the Automattic Liveblog plugin (classic markup), saved HTML. Entries newest first; each: avatar, author name, '9:40 pm' in <abbr class=\"liveblog-timestamp\" title=\"ISO with +02:00\">, then paragraphs; entries have no headlines (headline null). The intro line says entries are in Polish time. The plugin's LiveBlogPosting JSON-LD has correct per-update datePublished, but each update's 'headline' is the whole entry text squashed into one string and 'articleBody' is an empty object (not text): do not take headlines from it. 19602-01 embeds a tweet from the Polish Operational Command (quoted Polish text, not body). 19602-02 is a local off-beat note (half-marathon road closures).",
  not_entries=["'Skip to content'", "site title 'Eastern Gate News' and tagline", "menu (Home, Poland, Ukraine, Belarus, Region, Opinion, Support us)",
               "category link 'Ukraine'", "post title h1 (page title)", "'Posted on June 6, 2031 by Eastern Gate desk'", "intro paragraph 'Welcome to our live coverage ...'",
               "avatars and author-name lines above each entry", "embedded tweet in 19602-01 (Polish text and '\u2014 Dowództwo Operacyjne RSZ (@DowOperSZ) June 6, 2031')",
               "'Load more entries'", "'Share this:' buttons", "'Related' links (3)", "'Tagged live, Russia, Ukraine'", "'Leave a Reply' comment form",
               "'Recent Posts' widget (3 links)", "footer '\u00a9 2031 Eastern Gate News | Proudly powered by WordPress'"],
  entries=[
  E("2031-06-06 21:40", None,
    ["Poland's Operational Command says it has scrambled Polish and allied fighter jets as Russia launches another wave of drones and missiles towards western Ukraine this evening.",
     "Rzeszów-Jasionka airport has suspended departures for at least an hour. Residents of Podkarpackie and Lubelskie provinces are asked not to approach any debris they may find."],
    "other", "security", 2, "poland-scrambles-jets-evening-2031-06-06", a="Piotr Madej", sec=["strikes"],
    embed="Uwaga! W związku z intensywną aktywnością lotnictwa dalekiego zasięgu Federacji Rosyjskiej rozpoczęło się operowanie polskiego i sojuszniczego lotnictwa.",
    n="precautionary air-defence posture by a non-party, no engagement reported"),
  OFF("2031-06-06 19:40", None,
    ["A reminder for readers in Rzeszów: most of the city centre will be closed to traffic from 6am to 1pm on Sunday for the city half-marathon. Buses on lines 0A and 0B will be diverted."],
    "rzeszow-half-marathon-closures-2031-06-08", a="Katarzyna Wrona", n="local traffic note"),
  E("2031-06-06 17:05", None,
    ["Foreign Minister Radosław Sikorski says EU governments are close to agreeing a new package of sanctions against Russia, aimed at tankers of the shadow fleet and at Chinese suppliers of machine tools.",
     "He told reporters in Warsaw that he expected ambassadors to sign off next week, \"unless one capital again decides to hold the rest hostage\"."],
    "diplomacy", "diplomacy", 2, "sikorski-eu-sanctions-package-2031-06-06", a="Piotr Madej", n="statement ahead of a sanctions package; not yet adopted"),
  E("2031-06-06 15:10", None,
    ["Belarus has ordered a snap readiness check of units stationed in the Brest and Grodno regions, its defence ministry said. The exercise is due to last until Tuesday.",
     "Polish border guards say they have seen no unusual movement on the other side so far."],
    "other", "security", 2, "belarus-snap-readiness-check-2031-06-06", a="Katarzyna Wrona"),
  E("2031-06-06 13:45", None,
    ["Defence Minister Władysław Kosiniak-Kamysz has announced Poland's 47th military aid package for Ukraine, worth 1.1 billion zloty (about \u20ac260 million).",
     "It includes 155mm artillery shells from the Mesko and Dezamet plants and the repair of Leopard tanks damaged at the front, which will be carried out in Poland."],
    "aid", "aid", 3, "poland-47th-aid-package-2031-06-06", a="Katarzyna Wrona", n="aid of about \u20ac260 million"),
  E("2031-06-06 11:20", None,
    ["Ukrainian Railways says trains through Kovel are running up to three hours late after this morning's strike. The Chełm\u2013Kovel\u2013Kyiv service has been diverted through Lviv."],
    "strikes", "strikes", 3, KOV, a="Piotr Madej", n="direct aftermath of the Kovel strike (same story)"),
  E("2031-06-06 09:30", None,
    ["Military prosecutors in Lublin have opened an investigation after a farmer found fragments of what appears to be a drone in a field near Hrubieszów, a few kilometres from the Ukrainian border.",
     "The army said the debris was most likely from a drone shot down over Ukraine overnight. Nobody was hurt."],
    "strikes", "strikes", 2, "hrubieszow-drone-debris-2031-06-06", a="Katarzyna Wrona",
    n="drone debris in Poland from the overnight attack on Ukraine; same night as the Kovel strike but a separate incident: must not merge with it"),
  E("2031-06-06 08:05", None,
    ["A Russian missile hit the railway junction in Kovel, in Ukraine's Volyn region, at around 5am, killing one railway worker and injuring four, regional governor Ivan Rudnytskyi said.",
     "Kovel is about 60 km from the Polish border and handles much of the freight and passenger traffic between Poland and Kyiv."],
    "strikes", "strikes", 3, KOV, a="Piotr Madej", n="deadly strike (1 killed, 4 injured)"),
  ]))


# ---------------------------------------------------------------- 19603 24liveblog embed, copied as text
def r_24liveblog(S):
    """A news site's article page with an embedded 24liveblog event, copied from the browser as text. Host chrome and an
    article intro ('All times are Kyiv time.'), then the widget: 'LIVE', viewer count, sort and 'Highlights' toggles, one
    'Pinned' post at the top (out of time order), then posts newest first. Each post: author name, stamp 'Jun 8, 09:15'
    (no year; the year is in the page title), text, optional image caption line, like counter and 'Share'."""
    z = S["zone"]; order_check(S, True, skip=1)
    L = [S["source"], "News   Odesa   Region   Maritime   Analysis   About   Donate", "", S["title"], f"By {S['desk']}", "", S["intro"], "",
         "LIVE", S["viewers"], "Newest", "Oldest", "Highlights", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d:%H:%M}"; stamps.append(st)
        if e.get("pinned"):
            L.append("Pinned")
        L += [e["a"], st, ""] + ptxt(e["p"])
        if e.get("photo"):
            L += ["[image]", e["photo"], ""]
        L += [f"\u2665 {e.get('likes', 9)}", "Share", ""]
        if i == 3:
            L += ["Support independent journalism from the Black Sea coast. Become a Black Sea Watch member", ""]
    L += ["Load more", "Powered by 24liveblog", "", "Read also", *S["related"], "", f"\u00a9 {S['year']} {S['source']}. All rights reserved.   Privacy   Contacts"]
    return "\n".join(L) + "\n", stamps


ODS8 = "odesa-peresyp-missile-strike-2031-06-08"
SEEDS.append(dict(
  id="19603", name="19603_24liveblog-embed", ext="txt", source="Black Sea Watch", zone="Europe/Kyiv", render=r_24liveblog,
  title="Odesa under missile attack: live updates, 8 June 2031", desk="Black Sea Watch newsroom", viewers="18.4K", year=2031,
  intro="We are following the consequences of this morning's Russian missile strike on Odesa. The feed below is updated through the day. All times are Kyiv time.",
  related=["Odesa's ports after eight years of war at sea", "How the Danube route keeps Ukraine's exports moving"],
  basis="stamp '{s}' (no year; year from the page title '8 June 2031'; the page says 'All times are Kyiv time.', EEST = UTC+3); local {d} in {z}",
  notes="Imitates a news site's page with an embedded 24liveblog event, copied from the browser as text. The widget shows 'LIVE', a viewer counter, sort toggles and one 'Pinned' post at the top (09:15, out of time order), then posts newest first. Posts have no headlines (headline null). Stamps are 'Jun 8, 09:15' with no year and no zone; the page title gives the year and the intro says 'All times are Kyiv time.'. 19603-03 is a photo post whose text is a caption-like sentence (filler, importance 1). Each post ends with a like counter ('\u2665 12') and 'Share'. A membership promo sits after the fourth post.",
  not_entries=["site name 'Black Sea Watch' and menu", "page title 'Odesa under missile attack: live updates, 8 June 2031'", "'By Black Sea Watch newsroom'",
               "intro paragraph 'We are following ... All times are Kyiv time.'", "widget chrome 'LIVE', viewer count '18.4K', 'Newest', 'Oldest', 'Highlights'",
               "'Pinned' label", "author-name lines above each post", "'[image]' placeholders and the photo credit line", "like counters ('\u2665 56') and 'Share'",
               "membership promo after the fourth post", "'Load more'", "'Powered by 24liveblog'", "'Read also' and two related links", "footer line"],
  entries=[
  E("2031-06-08 09:15", None,
    ["What we know so far: Russia fired three ballistic missiles at Odesa at about 08:35 this morning. One hit an industrial site in the Peresyp district, another a logistics warehouse near the port.",
     "Regional governor Oleh Kiper says there are dead and injured. Air defence intercepted one missile over the sea. We will update this summary as confirmed figures come in."],
    "strikes", "strikes", 3, ODS8, a="Iryna Holub", pinned=True, likes=56, n="pinned summary post, printed first although older than the posts below it"),
  E("2031-06-08 21:30", None,
    ["The death toll from this morning's missile strike on Odesa has risen to five, Kiper says. Two of the injured died in hospital this evening. 23 people are still being treated, three of them in a serious condition."],
    "strikes", "strikes", 3, ODS8, a="Iryna Holub", likes=31, n="toll 5 dead"),
  E("2031-06-08 19:05", None,
    ["Romania's defence ministry says fragments of a drone were found near the village of Plauru in Tulcea county, across the Danube from Izmail, after a night of Russian drone attacks on Ukraine's river ports.",
     "Bucharest says no one was hurt and that it will inform its NATO allies."],
    "strikes", "strikes", 2, "romania-drone-fragments-tulcea-2031-06-08", a="Serhii Lazarenko", likes=14,
    n="drone debris in Romania after the overnight attacks on the Danube ports; same region and day as the Odesa strike but a separate event: must not merge"),
  E("2031-06-08 16:40", None,
    ["DTEK says power has been restored to 38,000 households in Peresyp that were cut off after the strike damaged a substation. About 2,500 homes near the industrial site are still without electricity."],
    "strikes", "strikes", 3, ODS8, a="Serhii Lazarenko", likes=8, n="direct aftermath of the strike (same story)"),
  E("2031-06-08 14:20", None,
    ["Ukraine's Navy says its units destroyed a Russian landing boat with six soldiers on board near the Kinburn Spit overnight. The claim could not be verified independently."],
    "other", "frontline", 2, "kinburn-spit-landing-boat-2031-06-08", a="Serhii Lazarenko", likes=11),
  E("2031-06-08 11:50", None,
    ["Three people were killed and 19 injured in the missile strike, Kiper says. Rescuers are still working at the warehouse, where part of the roof collapsed."],
    "strikes", "strikes", 3, ODS8, a="Iryna Holub", likes=22, n="toll 3 dead, 19 injured"),
  E("2031-06-08 10:05", None,
    ["Smoke over the Peresyp district, seen from the city centre a few minutes after the explosions."],
    "strikes", "strikes", 1, ODS8, a="Iryna Holub", likes=40, photo="Photo: Black Sea Watch",
    n="photo post with a caption-like sentence, no new information (filler)"),
  E("2031-06-08 08:40", None,
    ["Loud explosions in Odesa. The Air Force warned of a ballistic missile threat from Crimea a few minutes ago. Stay in shelters."],
    "strikes", "strikes", 3, ODS8, a="Iryna Holub", likes=19),
  ]))


# ---------------------------------------------------------------- 19604 Blogger (blogspot) blog, Atom feed
def r_blogger_atom(S):
    """Blogger's Atom feed (/feeds/posts/default), single line-less XML as Blogger serves it (here one element per line for
    readability), newest first. Each entry: tag: id, <published> with milliseconds and the blog's offset (+03:00), <updated>,
    label categories, title type='text', content type='html' (escaped HTML with <br /> and &nbsp;), replies/edit/self/
    alternate links, author with noreply@blogger.com, media:thumbnail, thr:total."""
    z = S["zone"]; order_check(S, True); base = S["url"]; bid = S["blog_id"]
    iso = lambda d, ms: d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}" + d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:]
    top = dt(S["entries"][0]["t"], z)
    auth = (f"<author><name>{esc(S['blogger'])}</name><uri>https://www.blogger.com/profile/{S['profile']}</uri><email>noreply@blogger.com</email>"
            "<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='32' height='32' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh"
            f"{hexid(4, 12)}/s220/avatar.jpg'/></author>")
    out = ["<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>",
           "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
           "xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>",
           f"<id>tag:blogger.com,1999:blog-{bid}</id>", f"<updated>{iso(top + timedelta(minutes=4), 118)}</updated>"]
    out += [f"<category term=\"{esc(c)}\"/>" for c in S["labels"]]
    out += [f"<title type='text'>{esc(S['title'])}</title>", f"<subtitle type='html'>{esc(S['subtitle'])}</subtitle>",
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/>",
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{bid}/posts/default'/>",
            f"<link rel='alternate' type='text/html' href='{base}/'/>", "<link rel='hub' href='http://pubsubhubbub.appspot.com/'/>",
            f"<link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{bid}/posts/default?start-index=26&amp;max-results=25'/>",
            auth, "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>",
            f"<openSearch:totalResults>{S['total']}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, 3 + i * 101 % 997); stamps.append(st)
        pid = S["post_base"] - i * 1093477
        link = f"{base}/{d:%Y/%m}/{slugify(e['h'])[:40].rstrip('-')}.html"
        inner = ""
        if e.get("img"):
            inner += (f"<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/{hexid(pid, 12)}/s1600/{e['img']}\" "
                      f"style=\"margin-left: 1em; margin-right: 1em;\"><img border=\"0\" data-original-height=\"900\" data-original-width=\"1200\" height=\"240\" "
                      f"src=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/{hexid(pid, 12)}/w320-h240/{e['img']}\" width=\"320\" /></a></div>")
        inner += "".join(f"<p>{html.escape(p, quote=False)}&nbsp;</p>" if k % 2 else f"<p>{html.escape(p, quote=False)}</p>" for k, p in enumerate(e["p"]))
        out.append("<entry>")
        out += [f"<id>tag:blogger.com,1999:blog-{bid}.post-{pid}</id>", f"<published>{st}</published>",
                f"<updated>{iso(d + timedelta(minutes=e.get('upd', 6)), 552)}</updated>"]
        out += [f"<category scheme='http://www.blogger.com/atom/ns#' term='{esc(c)}'/>" for c in e["labels"]]
        out += [f"<title type='text'>{esc(e['h'])}</title>", f"<content type='html'>{esc(inner)}</content>",
                f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid}/comments/default' title='Post Comments'/>",
                f"<link rel='replies' type='text/html' href='{link}#comment-form' title='{e.get('c', 0)} Comments'/>",
                f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{bid}/posts/default/{pid}'/>",
                f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{bid}/posts/default/{pid}'/>",
                f"<link rel='alternate' type='text/html' href='{link}' title='{attr(e['h'])}'/>", auth]
        if e.get("img"):
            out.append(f"<media:thumbnail xmlns:media='http://search.yahoo.com/mrss/' url='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{hexid(pid, 12)}/s72-w320-c-h240/{e['img']}' height='72' width='72'/>")
        out += [f"<thr:total>{e.get('c', 0)}</thr:total>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19604", name="19604_blogger-atom", ext="xml", source="Kharkiv Evenings", zone="Europe/Kyiv", render=r_blogger_atom,
  url="https://kharkivevenings.blogspot.com", blog_id="5839021174466203318", profile="04417729301856612290", post_base=7301945586120044711,
  title="Kharkiv Evenings", subtitle="A teacher's notes from Kharkiv, written after the sirens stop.", blogger="Olena Marchuk", total=1214,
  labels=["Kharkiv", "air raids", "school", "books", "power cuts", "Zolochiv", "air defence"],
  basis="Atom <published> '{s}' (explicit +03:00 offset, the blog's Kyiv time); local {d} in {z}",
  notes="Imitates a Blogger blog's Atom feed (kharkivevenings.blogspot.com/feeds/posts/default). Personal blog of a Kharkiv teacher, newest first; each entry has <published> with milliseconds and +03:00, labels as categories, an HTML-escaped content body (some paragraphs end in &nbsp;, one post opens with an image separator div), and the author block with noreply@blogger.com. The same author on every post. 19604-02 is a reading list (off-beat, importance 1). Posts are first-person and partly commentary, so several are importance 2 even though they describe attacks.",
  not_entries=["feed id, updated, feed-level label categories, title, subtitle, links, author, generator and openSearch counters",
               "per-entry label categories, replies/edit/self/alternate links, thr:total comment counts", "image separator div and media:thumbnail in 19604-06"],
  entries=[
  E("2031-06-10 22:10", "Evening: bombs on Zolochiv",
    ["Zolochiv, forty kilometres north-west of here, was hit by two glide bombs just after eight this evening. The regional administration says a 58-year-old man was killed and three people were injured, one of them a boy of twelve.",
     "I taught in Zolochiv for two years before the war. The bus station that was damaged is where I used to wait for the 6.40 back to the city."],
    "strikes", "strikes", 3, "zolochiv-glide-bomb-strike-2031-06-10", a="Olena Marchuk", labels=["Zolochiv", "air raids"], c=14,
    n="deadly strike (1 killed); same region as the overnight Kharkiv drone attack (19604-04/06) but a separate event: must not merge"),
  OFF("2031-06-10 19:55", "Reading list: three books about our city",
    ["Several of you asked what to read about Kharkiv that is not about the war. Here are three books I give to my older students every year, with a line on why.",
     "Serhiy Zhadan's poems for the streets, a 1930s guide to the city's constructivist buildings that reads like a novel, and a children's book about the zoo that my pupils still quote to me."],
    "kharkiv-reading-list-2031-06-10", a="Olena Marchuk", labels=["books"], c=22, n="book recommendations"),
  E("2031-06-10 16:30", "Terekhov asks for more air defence, again",
    ["Mayor Ihor Terekhov used his afternoon briefing to ask, once more, for additional air-defence systems for the city, saying Kharkiv is now being attacked \"from three directions with three kinds of weapon\".",
     "He named glide bombs, short-range ballistic missiles and drones. Kharkiv is too close to the border for interceptors to have much time, he said, which is why the city wants systems placed further north."],
    "aid", "aid", 2, "terekhov-air-defence-appeal-2031-06-10", a="Olena Marchuk", labels=["air defence"], c=5, sec=["strikes"],
    n="appeal for air defence (aid); one official's appeal, not a delivery"),
  E("2031-06-10 13:05", "Quick update: the left bank has power again",
    ["The lights came back in our district at about one o'clock. Kharkivoblenergo says the substation damaged last night has been patched up and that all 19,000 customers cut off this morning are reconnected."],
    "strikes", "strikes", 2, "kharkiv-overnight-drone-attack-2031-06-10", a="Olena Marchuk", labels=["power cuts"], c=3,
    n="aftermath of the overnight drone attack (same story as 19604-06)"),
  E("2031-06-10 10:40", "The school year that ended underground",
    ["Our school held its last assembly of the year this morning in the metro station at Akademika Pavlova, as it has every year since 2022. Forty-one children in my class, three of them new since the spring.",
     "The city says 128 of its schools will run summer courses underground or in shelters. I will be teaching maths in July, from a basement that still smells of fresh paint."],
    "other", "humanitarian", 2, "kharkiv-underground-schools-2031-06-10", a="Olena Marchuk", labels=["school"], c=9),
  E("2031-06-10 08:12", "A night of drones",
    ["The sirens started at ten to two and did not stop until after five. I counted eleven explosions from the window before I took the children into the corridor.",
     "In the morning the regional administration said Russia had sent 17 drones at the city. One woman was injured by glass in Saltivka, and a substation on the left bank was hit, leaving about 19,000 homes without power.",
     "We are fine. The cat slept through all of it."],
    "strikes", "strikes", 2, "kharkiv-overnight-drone-attack-2031-06-10", a="Olena Marchuk", labels=["Kharkiv", "air raids"], c=31, img="IMG_2031_0610_drones.jpg",
    n="non-deadly overnight drone attack (17 drones, 1 injured)"),
  ]))


# ---------------------------------------------------------------- 19605 Medium publication feed (RSS)
def r_medium_rss(S):
    """Medium's RSS 2.0 feed of a publication (medium.com/feed/<publication>): CDATA titles, links with ?source=rss----...,
    guid https://medium.com/p/<id> (isPermaLink false), several <category> tags, dc:creator, pubDate in GMT, atom:updated with
    milliseconds, content:encoded with figure/figcaption, a 1x1 stat pixel and the closing '<title> was originally published in
    <publication> on Medium, where people are continuing the conversation ...' line."""
    z = S["zone"]; order_check(S, True); pub = S["pub"]; feedid = S["feed_id"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">',
           '<channel>', f'<title><![CDATA[{S["title"]}]]></title>', f'<description><![CDATA[{S["about"]} - Medium]]></description>',
           f'<link>https://medium.com/{pub}?source=rss----{feedid}---4</link>',
           f'<image><url>https://cdn-images-1.medium.com/proxy/1*{hexid(5, 12)}.png</url><title>{esc(S["title"])}</title><link>https://medium.com/{pub}?source=rss----{feedid}---4</link></image>',
           '<generator>Medium</generator>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=9), gmt=True)}</lastBuildDate>',
           f'<atom:link href="https://medium.com/feed/{pub}" rel="self" type="application/rss+xml"/>', '<webMaster><![CDATA[yourfriends@medium.com]]></webMaster>',
           '<atom:link href="http://medium.superfeedr.com" rel="hub"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st); pid = hexid(19605 + i * 7, 12)
        link = f"https://medium.com/{pub}/{slugify(e['h'])}-{pid}?source=rss----{feedid}---4"
        body = ""
        if e.get("fig"):
            body += f'<figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*{hexid(int(pid, 16) % 65521, 12)}.jpeg" /><figcaption>{esc(e["fig"])}</figcaption></figure>'
        body += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        body += (f'<img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId={pid}" width="1" height="1" alt=""><hr>'
                 f'<p><a href="https://medium.com/{pub}/{slugify(e["h"])}-{pid}">{esc(e["h"])}</a> was originally published in <a href="https://medium.com/{pub}">{esc(S["title"])}</a> '
                 'on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>')
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{link}</link>', f'<guid isPermaLink="false">https://medium.com/p/{pid}</guid>']
        out += [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<atom:updated>{(d + timedelta(minutes=e.get("upd", 0), seconds=17)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")}.{100 + i * 37}Z</atom:updated>',
                f'<content:encoded><![CDATA[{body}]]></content:encoded>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19605", name="19605_medium-rss", ext="xml", source="Wartime Ledger", zone="UTC", render=r_medium_rss,
  pub="wartime-ledger", feed_id="6b1f0c2e9a47", title="Wartime Ledger",
  about="Reporting, analysis and first-person writing about Russia's war against Ukraine",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the RSS feed of a Medium publication (medium.com/feed/wartime-ledger): each item is one Medium post. Titles and creators are in CDATA; pubDate is GMT; content:encoded holds the whole post as HTML, sometimes opening with a figure whose figcaption is a photo caption (not a paragraph), and always ending with a 1x1 stat pixel and the line '<title> was originally published in Wartime Ledger on Medium, where people are continuing the conversation by highlighting and responding to this story.', which is feed chrome and not counted. Posts are essays and reported pieces; the explainer-style pieces are importance 2, the essay on coffee roasters is off-beat.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom links, webMaster", "category tags on each item", "guid and atom:updated",
               "figure captions at the top of some posts", "stat pixel and the closing 'was originally published in Wartime Ledger on Medium ...' line of every item"],
  entries=[
  E("2031-06-12 20:40", "Why the Kinburn Spit matters again",
    ["For most of the last six years the Kinburn Spit has been a strip of sand that neither army could hold for long. This spring that changed: Russian units have dug in along its northern edge and are using it to launch drones at boats on the Dnipro-Buh estuary.",
     "Ukrainian commanders I spoke to in Ochakiv say the threat is less to the front line than to the river traffic that supplies the southern bank. Their answer so far has been more electronic warfare and more night raids by naval special forces.",
     "Neither side is likely to gain much ground here. But the spit is a reminder that in this war the quiet sectors rarely stay quiet."],
    "other", "frontline", 2, "analysis-kinburn-spit-2031-06-12", a="Dmytro Horbatiuk", cats=["ukraine", "war", "black-sea", "military"],
    fig="Ochakiv's waterfront, facing the Kinburn Spit. Photo by the author", n="theme piece (analysis), no single event"),
  E("2031-06-12 17:15", "Sumy region evacuates eleven more villages",
    ["Authorities in Ukraine's Sumy region have ordered the compulsory evacuation of families with children from eleven villages in the Krasnopillia and Bilopillia communities, citing daily shelling and drone attacks.",
     "The regional administration said 1,420 people still live in the affected villages, 96 of them children. Volunteers from the Sumy branch of the Red Cross are running buses to collection points in Sumy city.",
     "It is the third evacuation order for the border area since April."],
    "other", "humanitarian", 2, "sumy-villages-evacuation-2031-06-12", a="Kateryna Shevel", cats=["ukraine", "sumy", "evacuation", "humanitarian"]),
  E("2031-06-12 14:02", "What the EU's new \u20ac4.2 billion tranche actually pays for",
    ["On Wednesday the European Commission transferred \u20ac4.2 billion to Ukraine under the Ukraine Facility, the largest single payment this year. Most of it will not buy weapons.",
     "About two-thirds goes to the state budget to cover pensions, teachers' salaries and hospital wages. The rest is earmarked for repairing the power grid and for a loan guarantee scheme for small businesses.",
     "The money comes with conditions. Kyiv had to pass a law on the selection of customs officials and publish an audit of its state-owned energy companies before Brussels would release it."],
    "aid", "aid", 2, "explainer-eu-ukraine-facility-tranche-2031-06-11", a="Marta Lisovska", cats=["european-union", "ukraine", "economy", "aid"],
    n="explainer on a disbursement made the day before (commentary piece)"),
  E("2031-06-12 11:30", "A night in a Zaporizhzhia shelter, told by the people who stay",
    ["The shelter under School No. 42 in Zaporizhzhia was built for a nuclear war that never came. For the last nine years it has been used almost every night.",
     "Halyna, 71, brings a folding chair and a thermos. The twins from the fourth floor bring a tablet loaded with cartoons. Nobody talks much about the explosions; they talk about gardens and grandchildren and whether the bus will run in the morning.",
     "\"We do not leave because this is home,\" Halyna says. \"And because the shelter is the one place where I always know my neighbours are alive.\""],
    "other", "humanitarian", 2, "zaporizhzhia-shelter-feature-2031-06-12", a="Kateryna Shevel", cats=["ukraine", "zaporizhzhia", "civilians"],
    fig="The shelter beneath School No. 42. Photo by Kateryna Shevel"),
  E("2031-06-12 08:05", "Counting the missiles: Russia's May in numbers",
    ["Russia launched 4,870 long-range drones and 212 missiles at Ukraine in May, according to a tally of daily Air Force reports. That is about a tenth more drones than in April and roughly the same number of missiles.",
     "The share of drones shot down fell slightly, to 81 per cent, while the share of ballistic missiles intercepted stayed low, at about one in three. Energy facilities were the main target on 19 of the 31 nights.",
     "The figures suggest Moscow is not running out of anything. They also suggest Ukraine's interceptor stocks are the constraint that matters."],
    "strikes", "strikes", 2, "analysis-russian-strike-campaign-may-2031", a="Dmytro Horbatiuk", cats=["ukraine", "russia", "data", "air-defence"],
    n="data analysis of a month of strikes (theme piece), no single event"),
  OFF("2031-06-12 06:20", "My favourite Kyiv coffee roasters, 2031 edition",
    ["Every June I update this list, and every June somebody writes to say I have left out their local place. Here are the eleven roasters I keep going back to, from Podil to Osokorky.",
     "The biggest change this year: two of my favourites now run generators strong enough to keep the espresso machines going through the blackouts."],
    "kyiv-coffee-roasters-list-2031-06-12", a="Marta Lisovska", cats=["kyiv", "coffee", "food"], n="lifestyle list"),
  ]))


# ---------------------------------------------------------------- 19606 Reddit live thread, archive.today copy as text
def r_reddit_live(S):
    """A reddit.com/live thread as captured by archive.today and copied as text. The archive header prints the capture instant
    ('14 Jun 2031 21:52:00 UTC'); the reddit page below prints only relative ages ('8 minutes ago', '2 hours ago', floored)
    before each update, the body, an optional 'Source: ...' line, 'by /u/name' and 'embed'. Sidebar: resources, contributors."""
    z = S["zone"]; order_check(S, True); cap = dt(S["capture"], z)
    L = ["archive.today", "webpage capture", "Saved from", S["url"], "search", f"{cap.day} {SHORT_MONTHS[cap.month - 1]} {cap.year} {cap:%H:%M}:00 UTC",
         "No other snapshots from this url.", "All snapshots from host www.reddit.com", "Webpage", "Screenshot", "share", "download .zip", "report bug or abuse",
         "Buy me a coffee", "", "jump to content", "my subreddits", "popular-all-random-users | AskReddit-worldnews-news-pics-funny-europe-ukraine-todayilearned-more \u00bb",
         "reddit live", "login or sign up in seconds", "", S["title"], f"viewers: {S['viewers']}", "updates", "discussions", "contributors", "", "LIVE", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_ago(cap, d); stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if e.get("src"):
            L += [f"Source: {e['src']}", ""]
        L += [f"by /u/{e['a']}", "embed", ""]
    L += ["older \u203a", "", "resources", S["about"], "", "contributors", *[f"/u/{c}" for c in S["contributors"]], "message the contributors", "",
          "about", "blog", "advertising", "careers", "help", "site rules", "Reddit help center", "reddiquette", "mod guidelines", "contact us",
          "apps & tools", "Reddit for iPhone", "Reddit for Android", "mobile website",
          f"Use of this site constitutes acceptance of our User Agreement and Privacy Policy. \u00a9 {cap.year} reddit inc. All rights reserved.",
          "REDDIT and the ALIEN Logo are registered trademarks of reddit inc."]
    return "\n".join(L) + "\n", stamps


PSW14 = "uae-mediated-prisoner-exchange-2031-06-14"
DNI14 = "dnipro-overnight-drone-missile-attack-2031-06-14"
SEEDS.append(dict(
  id="19606", name="19606_redditlive-archive", ext="txt", source="Reddit live", zone="UTC", render=r_reddit_live,
  url="https://www.reddit.com/live/1d8kq2x7m3vtr/", capture="2031-06-14 21:52", viewers="3,104",
  title="Russia-Ukraine war: live updates, day 3,398",
  about="Live updates on Russia's war against Ukraine from a team of volunteer contributors. Sourced updates only. Discussion belongs in the daily thread on r/worldnews.",
  contributors=["nightshift_desk", "kyivmornings", "polyana_ua", "Dunai_watch"],
  basis="relative age '{s}' counted back from the archive.today capture time '14 Jun 2031 21:52:00 UTC' printed in the header (ages are floored, so this is as precise as the page allows); local {d} in {z}",
  notes="Imitates a reddit.com/live thread as saved by archive.today and copied as text. The archive header prints the capture instant (14 Jun 2031 21:52:00 UTC); the reddit page itself prints only relative ages ('8 minutes ago', '1 hour ago', floored to whole minutes/hours) above each update, newest first. Each update: age line, body, optional 'Source: ...' line (sourcing, not counted as a paragraph), 'by /u/NAME' (author = the username without '/u/'), 'embed'. Updates have no headlines. Sidebar lists the contributors again (not authors of anything by itself).",
  not_entries=["archive.today header block (webpage capture, Saved from URL, search, capture time, snapshot links, Webpage/Screenshot/share/download/report, 'Buy me a coffee')",
               "reddit chrome: 'jump to content', 'my subreddits', subreddit bar, 'reddit live', 'login or sign up in seconds'",
               "thread title (page title) and 'viewers: 3,104'", "tabs 'updates', 'discussions', 'contributors'", "'LIVE' badge",
               "relative age lines, 'Source: ...' lines, 'by /u/...' lines and 'embed' links of each update", "'older \u203a'",
               "sidebar 'resources' description and 'contributors' list, 'message the contributors'", "footer links and legal lines"],
  entries=[
  E("2031-06-14 21:44", None,
    ["Zelensky in his evening address thanked the United Arab Emirates for mediating today's exchange and said work on the next one \"has already begun\". He said Ukraine's list includes more than 1,000 names."],
    "diplomacy", "diplomacy", 3, PSW14, a="kyivmornings", src="president.gov.ua", n="head-of-state statement about the exchange (same story)"),
  E("2031-06-14 20:52", None,
    ["Russia's defence ministry confirms it received 205 servicemen in the exchange. It says they are in Belarus for medical checks before being flown to Moscow."],
    "diplomacy", "diplomacy", 3, PSW14, a="nightshift_desk", src="TASS"),
  E("2031-06-14 19:52", None,
    ["205 Ukrainian prisoners of war have returned home in a new exchange mediated by the UAE, Zelensky says.",
     "Among them are 19 National Guard soldiers captured in 2022 and seven civilians. Russia received the same number of its servicemen."],
    "diplomacy", "diplomacy", 3, PSW14, a="nightshift_desk", src="Zelensky on Telegram", n="big mediated prisoner exchange (205 for 205)"),
  E("2031-06-14 18:52", None,
    ["Kharkiv: a Russian drone hit a car on the ring road near Piatykhatky, injuring the driver, Mayor Terekhov says."],
    "strikes", "strikes", 2, "kharkiv-ring-road-drone-2031-06-14", a="polyana_ua", src="Suspilne Kharkiv"),
  E("2031-06-14 16:52", None,
    ["NATO Secretary General Mark Rutte says he will ask allies at next week's meeting of defence ministers to commit more Patriot and NASAMS interceptors for Ukraine.",
     "\"The gap between what Russia fires and what Ukraine can shoot down is a gap we can close,\" he told reporters in Brussels."],
    "aid", "aid", 2, "rutte-interceptors-appeal-2031-06-14", a="Dunai_watch", sec=["diplomacy"], src="Reuters",
    n="appeal for air-defence interceptors ahead of a ministerial; nothing pledged yet"),
  E("2031-06-14 13:52", None,
    ["The death toll from the overnight attack on Dnipro has risen to three, regional governor Serhii Lysak says. A man was pulled from the rubble of a two-storey house in the Novokodatskyi district but died at the scene."],
    "strikes", "strikes", 3, DNI14, a="polyana_ua", src="Lysak on Telegram", n="toll 3 dead"),
  E("2031-06-14 10:52", None,
    ["Ukraine's Air Force says Russia launched 112 drones and three Iskander-M missiles overnight. 97 drones were shot down or jammed; none of the missiles were intercepted.",
     "Dnipro and Kremenchuk were hit. In Dnipro two people were killed and 11 injured."],
    "strikes", "strikes", 3, DNI14, a="nightshift_desk", src="Ukrainian Air Force", n="massive combined attack (112 drones, 3 missiles), 2 dead"),
  ]))


# ---------------------------------------------------------------- 19607 X (Twitter) thread, copied as text
def r_x_thread(S):
    """An X post page opened on the first post of a reporter's thread, copied as text a few days later. The focused first post
    prints '7:05 AM · Jun 16, 2031' (the viewer's clock) and its view count; the author's follow-up posts print only
    'Jun 16' after the handle (older than 24 hours). Counters (replies, reposts, likes, views) follow each post. Replies by
    other accounts come after the thread; then 'Relevant people', trends and the footer."""
    z = S["zone"]; name, handle = S["author"], S["handle"]
    L = ["Post", "", "See new posts", "Conversation"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        if i == 0:
            d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} \u00b7 {SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"
            L += [name, f"@{handle}"] + [x for p in e["p"] for x in (p, "")][:-1] + [st, "\u00b7", e["views"], " Views", *e["counts"]]
        else:
            d = dt_any(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}"
            L += [name, f"@{handle}", "\u00b7", st] + [x for p in e["p"] for x in (p, "")][:-1] + [*e["counts"], e["views"]]
        stamps.append(st)
    for who, h, when, txt, counts in S["replies"]:
        L += [who, f"@{h}", "\u00b7", when, "Replying to", f"@{handle}", txt, *counts]
    L += ["Show more replies", "", "Relevant people", name, f"@{handle}", "Follow", S["bio"], "",
          "What\u2019s happening", *S["trends"], "Show more", "",
          "Terms of Service", "|", "Privacy Policy", "|", "Cookie Policy", "|", "Accessibility", "|", "Ads info", "|", "More", f"\u00a9 {S['year']} X Corp.", "",
          "Don\u2019t miss what\u2019s happening", "People on X are the first to know.", "Log in", "Sign up"]
    return "\n".join(L) + "\n", stamps


EN16 = "overnight-energy-attack-chernihiv-sumy-2031-06-16"
XB = "follow-up post prints only '{s}' after the handle (X drops the time for posts older than a day; the copy was made later), so only the day is knowable: date only, {d} ({z})"
SEEDS.append(dict(
  id="19607", name="19607_x-thread", ext="txt", source="Oksana Hrytsai (X)", zone="UTC", render=r_x_thread,
  author="Oksana Hrytsai", handle="OksanaHrytsai", year=2031, title=None,
  bio="Kyiv-based reporter. War, energy, people. Views mine. Signal on request.",
  trends=["Politics \u00b7 Trending", "#Chernihiv", "3,214 posts", "Sports \u00b7 Trending", "Royal Ascot", "18.2K posts"],
  replies=[("Mark Delacroix", "mdelacroix_", "Jun 16", "Thank you for doing this every single day. Stay safe in Kharkiv.", ["1", "", "14", "402"]),
           ("Ivanka S.", "ivanka_s_kyiv", "Jun 16", "Our street in Chernihiv still has no water pressure. Is there a timeline from the city?", ["2", "1", "9", "1.1K"])],
  basis="focused post prints '{s}' (X shows the viewer's clock; this copy was taken on a machine set to UTC, which agrees with the post's own 'As of 10:00 Kyiv time' five minutes earlier); local {d} in {z}",
  notes="Imitates an X post page opened on the first post of a reporter's thread and copied as text more than a day later. Only the focused first post prints a full time ('7:05 AM \u00b7 Jun 16, 2031'); the author's follow-up posts print only 'Jun 16' after the handle, so their published value is the date alone ('2031-06-16', no time knowable). X prints times in the viewer's zone; this copy was made on a UTC machine (the thread's own 'Kyiv time' references agree). Posts have no headlines; follow-ups start with the thread counter ('2/', '3/' ...), kept as printed in first_sentence. Counter lines (replies, reposts, likes, views) follow every post. 19607-06 is a personal note, not news (off-beat). Replies by other accounts after the thread are not entries.",
  not_entries=["'Post', 'See new posts', 'Conversation'", "author name and @handle lines above every post", "'\u00b7' separators", "view counts and ' Views'",
               "reply/repost/like counters after every post", "two replies by other accounts (Mark Delacroix, Ivanka S.) with 'Replying to @OksanaHrytsai'",
               "'Show more replies'", "'Relevant people' box (name, handle, Follow, bio)", "'What\u2019s happening' trends", "footer links and '\u00a9 2031 X Corp.'",
               "logged-out banner 'Don\u2019t miss what\u2019s happening ... Log in Sign up'"],
  entries=[
  E("2031-06-16 07:05", None,
    ["Day 3,400 of Russia's full-scale invasion. I will keep this thread updated through the day \U0001f9f5",
     "As of 10:00 Kyiv time: overnight Russia launched 140 drones and 9 missiles at Ukraine, the Air Force says; 118 drones and 6 missiles were downed. The main targets were again energy facilities in Chernihiv and Sumy oblasts."],
    "strikes", "strikes", 3, EN16, a="Oksana Hrytsai", views="212.4K", counts=["48", "1.1K", "2.9K", "96"],
    n="massive combined attack (140 drones, 9 missiles)"),
  E("2031-06-16", None,
    ["2/ Chernihiv: a missile hit a combined heat and power plant overnight, governor Viacheslav Chaus says. No casualties, but about 60,000 customers are without power."],
    "strikes", "strikes", 3, EN16, basis=XB, a="Oksana Hrytsai", views="38K", counts=["12", "188", "604"]),
  E("2031-06-16", None,
    ["3/ Sumy region: one person was killed when a drone hit a private house in the Shostka district, local authorities say. Two others were injured."],
    "strikes", "strikes", 3, EN16, basis=XB, a="Oksana Hrytsai", views="31K", counts=["6", "140", "471"], n="death in the same overnight attack (same story)"),
  E("2031-06-16", None,
    ["4/ NEW: The Netherlands will fund a \u20ac400m package of long-range strike drones made in Ukraine, Dutch defence minister Ruben Brekelmans says in The Hague. Deliveries are to start in August."],
    "aid", "aid", 3, "netherlands-long-range-drone-package-2031-06-16", basis=XB, a="Oksana Hrytsai", views="44K", counts=["21", "402", "1.5K"], n="aid of \u20ac400 million"),
  E("2031-06-16", None,
    ["5/ Kremlin spokesman Dmitry Peskov says Moscow \"sees no basis\" for the moratorium on strikes against energy facilities that Kyiv proposed last week."],
    "diplomacy", "diplomacy", 2, "peskov-rejects-energy-strike-moratorium-2031-06-16", basis=XB, a="Oksana Hrytsai", views="29K", counts=["33", "97", "288"]),
  OFF("2031-06-16", None,
    ["6/ Personal note: our team is heading to Kharkiv tomorrow, so updates may be slower. Thank you to everyone who supports our reporting, it keeps us on the road."],
    "reporter-personal-note-2031-06-16", basis=XB, a="Oksana Hrytsai", views="17K", counts=["40", "12", "511"], n="personal note in the thread, not news"),
  E("2031-06-16", None,
    ["7/ Evening update: Ukrenergo says power has been restored to 41,000 of the 60,000 customers cut off in Chernihiv. Repairs at the plant will take weeks."],
    "strikes", "strikes", 3, EN16, basis=XB, a="Oksana Hrytsai", views="22K", counts=["9", "76", "350"], n="aftermath of the overnight attack (same story)"),
  ]))


# ---------------------------------------------------------------- 19608 Wikipedia current-events day page, copied as text
def r_wiki_day(S):
    """Wikipedia 'Portal:Current events/2031 June 18' copied from the browser as text (Vector 2022 skin): top chrome, page
    tabs, the day box heading 'June 18, 2031 (Wednesday)' with 'edit / history / watch', category headings, topic context
    lines (article links without text of their own), then one line per item ending in parenthesised source names. Bullets
    and nesting are lost in the copy. Items carry no time; the footer prints the last-edit date (the next day)."""
    L = ["Jump to content", "Main menu", "Search", "Donate", "Create account", "Log in", "Personal tools", "", S["title"], "Add languages", "Portal", "Talk",
         "Read", "Edit", "View history", "Tools", "From Wikipedia, the free encyclopedia", "< Portal:Current events", "", S["daybox"], "edit", "history", "watch", ""]
    cur_cat = None
    for e in S["entries"]:
        if e["cat"] != cur_cat:
            cur_cat = e["cat"]; L.append(cur_cat)
        L += e.get("ctx", [])
        L.append(e["p"][0] + " " + " ".join(f"({s})" for s in e["srcs"]))
    L += ["", f"Retrieved from \"https://en.wikipedia.org/w/index.php?title=Portal:Current_events/2031_June_18&oldid={S['oldid']}\"",
          "Categories: Current events portal pages | June 2031 | 2031 events", "",
          S["edited"], "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia\u00ae is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.",
          "Privacy policy", "About Wikipedia", "Disclaimers", "Contact Wikipedia", "Code of Conduct", "Developers", "Statistics", "Cookie statement", "Mobile view"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="19608", name="19608_wikipedia-currentevents", ext="txt", source="Wikipedia", zone="UTC", render=r_wiki_day,
  title="Portal:Current events/2031 June 18", daybox="June 18, 2031 (Wednesday)", oldid="1341877203",
  edited="This page was last edited on 19 June 2031, at 02:14 (UTC).",
  basis="no time is printed for any item; the day comes from the day box 'June 18, 2031 (Wednesday)' (Wikipedia current-events days are UTC days), so published is the date only",
  notes="Imitates Wikipedia's current-events day page (Portal:Current events/2031 June 18) copied from the browser as text, so list bullets and nesting are gone. Each news item is one line ending in parenthesised source names; items have no headline, stamp or author. Lines such as 'Russian invasion of Ukraine', 'Attacks on civilians in the Russian invasion of Ukraine' or '2031 Pacific typhoon season' are topic context links, not items. Category headings ('Armed conflicts and attacks', ...) are structure. The footer's 'last edited on 19 June 2031' is an edit date, not the items' date. published is date-only (2031-06-18): the page gives no time. Four of the eight items are not about the war.",
  not_entries=["top chrome (Jump to content, Main menu, Search, Donate, Create account, Log in, Personal tools)", "page title and tabs (Add languages, Portal, Talk, Read, Edit, View history, Tools)",
               "'From Wikipedia, the free encyclopedia', '< Portal:Current events'", "day box heading 'June 18, 2031 (Wednesday)' and 'edit', 'history', 'watch'",
               "category headings (Armed conflicts and attacks, Business and economy, Disasters and accidents, International relations, Politics and elections, Sports)",
               "topic context lines (e.g. 'Russian invasion of Ukraine', 'Attacks on civilians in the Russian invasion of Ukraine', 'Ukrainian strikes in Russia', 'Kivu conflict', '2031 Pacific typhoon season', 'Russia\u2013Ukraine peace negotiations', '2031 Peruvian general election', '2031 FIFA Women\u2019s World Cup')",
               "parenthesised source names at the end of each item", "'Retrieved from ...', categories line", "'This page was last edited on 19 June 2031, at 02:14 (UTC).' and the licence/footer links"],
  entries=[
  E("2031-06-18", None,
    ["A Russian ballistic missile strike on a residential area of Kryvyi Rih, Dnipropetrovsk Oblast, kills five people, including a child, and injures 31 others."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-06-18", srcs=["Kyiv Independent", "Reuters"], cat="Armed conflicts and attacks",
    ctx=["Russian invasion of Ukraine", "Attacks on civilians in the Russian invasion of Ukraine"]),
  E("2031-06-18", None,
    ["Ukraine says its drones struck the Novokuibyshevsk oil refinery in Samara Oblast, Russia, causing a large fire. Russian authorities say 38 drones were shot down over the region."],
    "strikes", "strikes", 2, "novokuibyshevsk-refinery-drone-strike-2031-06-18", srcs=["Reuters"], cat="Armed conflicts and attacks",
    ctx=["Ukrainian strikes in Russia"]),
  OFF("2031-06-18", None,
    ["Clashes between the M23 rebel group and the Armed Forces of the Democratic Republic of the Congo near Walikale, North Kivu, leave at least 14 people dead."],
    "walikale-clashes-2031-06-18", srcs=["Al Jazeera"], cat="Armed conflicts and attacks", ctx=["Kivu conflict"], n="another conflict, not the Russia-Ukraine war"),
  OFF("2031-06-18", None,
    ["Typhoon Mirinae makes landfall in Isabela province, Philippines, forcing the evacuation of more than 90,000 people."],
    "typhoon-mirinae-philippines-2031-06-18", srcs=["Philippine Daily Inquirer", "AP"], cat="Disasters and accidents",
    ctx=["2031 Pacific typhoon season"], n="natural disaster"),
  E("2031-06-18", None,
    ["Ukrainian and Russian delegations hold a second day of talks in Istanbul, mediated by Turkey, on a new prisoner exchange and the return of Ukrainian children deported to Russia."],
    "diplomacy", "diplomacy", 2, "istanbul-prisoner-children-talks-2031-06-18", srcs=["Anadolu Agency", "Ukrainska Pravda"], cat="International relations",
    ctx=["Russia\u2013Ukraine peace negotiations"], n="mediated technical talks (no agreement announced)"),
  E("2031-06-18", None,
    ["The Council of the European Union adopts a 27th package of sanctions against Russia, targeting 112 shadow-fleet tankers and Chinese suppliers of machine tools."],
    "diplomacy", "diplomacy", 3, "eu-27th-sanctions-package-2031-06-18", srcs=["Euronews"], cat="International relations",
    ctx=["International sanctions during the Russian invasion of Ukraine"], n="EU sanctions package adopted"),
  OFF("2031-06-18", None,
    ["Peru's National Jury of Elections proclaims the winner of the 8 June presidential runoff after completing its review of contested tally sheets."],
    "peru-runoff-winner-proclaimed-2031-06-18", srcs=["El Comercio"], cat="Politics and elections", ctx=["2031 Peruvian general election"], n="foreign election"),
  OFF("2031-06-18", None,
    ["Brazil beat Norway 3\u20131 in Group D to reach the knockout stage."],
    "womens-world-cup-brazil-norway-2031-06-18", srcs=["ESPN"], cat="Sports", ctx=["2031 FIFA Women\u2019s World Cup"], n="football"),
  ]))


# ---------------------------------------------------------------- 19609 Google News topic page (HTML)
def r_gnews(S):
    """Google News topic page, saved HTML (c-wiz markup with obfuscated class names). Header search and section tabs, topic
    heading with Follow/Share, then story clusters: each card has the publisher name, the headline link (./read/CBMi...),
    an optional 'By NAME', and <time class="hvbAAd" datetime="...Z">3 hours ago</time>; clusters end with 'Full Coverage'.
    Cards carry no text beyond the headline. Cards inside a cluster are ordered by relevance, not by time."""
    cap = dt(S["capture"], "UTC")
    out = ['<!DOCTYPE html>', '<html lang="en-US" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Google News</title>',
           '<meta name="referrer" content="origin">', '<link rel="canonical" href="https://news.google.com/topics/CAAqJAgKIh5DQkFTRUFvS0wyMHZNR2d3Tm5KNlp4SUNaVzRvQUFQAQ?hl=en-US&amp;gl=US&amp;ceid=US:en">',
           '<link href="//fonts.googleapis.com/css2?family=Google+Sans:wght@400;500;700&amp;display=swap" rel="stylesheet"></head>',
           '<body jscontroller="pjICDe" class="EIlDfe"><div class="n3GXRc"><header class="gb_Ua gb_Kd"><a class="gb_1d" href="./" aria-label="Google News">Google News</a>',
           '<form class="gb_Me"><input class="Ax4B8 ZAGvjd" type="text" aria-label="Search for topics, locations &amp; sources" placeholder="Search for topics, locations &amp; sources"></form>',
           '<a class="gb_A" aria-label="Google apps">Google apps</a> <a class="gb_B" href="https://accounts.google.com/ServiceLogin">Sign in</a></header>',
           '<nav class="EctEBd"><a class="SFllF" href="./home">Home</a> <a class="SFllF" href="./foryou">For you</a> <a class="SFllF" href="./my/library">Following</a> '
           '<a class="SFllF" href="./showcase">News Showcase</a> <a class="SFllF" href="./topics/us">U.S.</a> <a class="SFllF" href="./topics/world">World</a> '
           '<a class="SFllF" href="./local">Local</a> <a class="SFllF" href="./topics/business">Business</a> <a class="SFllF" href="./topics/technology">Technology</a> '
           '<a class="SFllF" href="./topics/entertainment">Entertainment</a> <a class="SFllF" href="./topics/sports">Sports</a> <a class="SFllF" href="./topics/science">Science</a> '
           '<a class="SFllF" href="./topics/health">Health</a></nav>',
           '<main class="HKt8rc"><c-wiz jsrenderer="ARwRbe" class="D9SJMe">',
           f'<div class="BFgB2d"><h2 class="HOK2Sd">{esc(S["title"])}</h2><button class="VfPpkd-LgbsSe follow">Follow</button> <button class="VfPpkd-LgbsSe share">Share</button></div>']
    stamps = []; k = 0
    for ci, cl in enumerate(S["clusters"]):
        out.append(f'<c-wiz class="PO9Zff Ccj79 kUVvS" jsrenderer="Cnt5Wd"><div class="W8yrY">' + (f'<h3 class="ykw7Ld">{esc(cl["label"])}</h3>' if cl.get("label") else ""))
        for j in range(cl["n"]):
            e = S["entries"][k]; k += 1; d = dt(e["t"], "UTC")
            st = rel_ago(cap, d); stamps.append(st)
            out.append(f'<article class="IFHyqb{" DeXSAc" if j == 0 else ""}" jslog="85008"><figure class="P22Vib"><img class="Quavad" src="https://news.google.com/api/attachments/CC8iK0NnNX{hexid(k * 13, 10)}=-w280-h168-p-df-rw" alt=""></figure>'
                       f'<div class="oovtQ"><img class="qEdqNd" src="https://encrypted-tbn{k % 4}.gstatic.com/faviconV2?url=https://{e["dom"]}&amp;client=NEWS_360&amp;size=96" alt="">'
                       f'<div class="vr1PYe">{esc(e["pub"])}</div></div>'
                       f'<a class="WwrzSb" href="./read/CBMi{hexid(k * 31 + 7, 12)}{hexid(k, 8)}?hl=en-US&amp;gl=US&amp;ceid=US%3Aen" tabindex="0" aria-label="{attr(e["h"])}"></a>'
                       f'<a class="gPFEn" href="./read/CBMi{hexid(k * 31 + 7, 12)}{hexid(k, 8)}?hl=en-US&amp;gl=US&amp;ceid=US%3Aen">{esc(e["h"])}</a>'
                       f'<div class="UOVeFe"><time class="hvbAAd" datetime="{d.strftime("%Y-%m-%dT%H:%M:%SZ")}">{st}</time>'
                       + (f'<span class="PJK1m"><span class="bInasb">By {esc(e["a"])}</span></span>' if e["a"] else '')
                       + '<div class="MCAGUe"><button class="VfPpkd-Bz112c" aria-label="More">More</button></div></div></article>')
        if cl.get("full"):
            out.append('<a class="jKHa4e" href="./stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZd1NoRUtEd2k' + hexid(ci + 3, 10) + '?hl=en-US&amp;gl=US&amp;ceid=US%3Aen">Full Coverage</a>')
        out.append('</div></c-wiz>')
        if ci == 1:
            out.append('<div class="hVEtff"><h3>Related topics</h3><a href="./topics/volodymyr-zelensky">Volodymyr Zelenskyy</a> <a href="./topics/nato">NATO</a> '
                       '<a href="./topics/vladimir-putin">Vladimir Putin</a> <a href="./topics/kyiv">Kyiv</a></div>')
    assert k == len(S["entries"])
    out += ['</c-wiz></main>', '<footer class="n5mYue"><a href="https://support.google.com/googlenews">Help</a> <a href="https://policies.google.com/privacy">Privacy</a> '
            '<a href="https://policies.google.com/terms">Terms</a> <a href="./about">About Google News</a> <a href="./settings">Settings</a> <a href="https://www.google.com/intl/en_us/about/products">Get the Android app</a> '
            '<a href="https://www.google.com/intl/en_us/about/products">Get the iOS app</a> <span>Send feedback</span></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


ZAP20 = "zaporizhzhia-missile-strike-2031-06-20"
JPN20 = "zelensky-tokyo-japan-security-pact-2031-06-20"
SEEDS.append(dict(
  id="19609", name="19609_googlenews-topic", ext="html", source="Google News", zone="UTC", render=r_gnews,
  title="Russia-Ukraine war", capture="2031-06-20 19:30",
  clusters=[dict(label="Top stories", n=3, full=True), dict(n=2, full=True), dict(label="More news", n=3)],
  basis="card <time datetime=\"...Z\"> (the visible text is the relative age '{s}'); local {d} in {z}",
  notes="Imitates a Google News topic page ('Russia-Ukraine war'), saved HTML. Story clusters of publisher cards: publisher name, headline link, optional 'By NAME' and <time class=\"hvbAAd\" datetime=\"...Z\"> whose visible text is a relative age ('35 minutes ago'); the machine time gives published. Cards have no body text (first_sentence null, body_paragraphs 0). They are complete news headlines from other publishers, not teasers, so importance follows the news (a deadly strike carried by three publishers is 3), see README conventions. Within a cluster cards are ordered by relevance, not time, so published times are not monotonic in page order. Cluster 1: the Zaporizhzhia missile strike told by three publishers with growing tolls (4, 6, 6); cluster 2: Zelensky's Tokyo visit (two publishers; spelled Zelenskyy). author = the card's 'By NAME' when printed; the publisher name is not an author.",
  not_entries=["header 'Google News', search box 'Search for topics, locations & sources', 'Google apps', 'Sign in'",
               "section tabs (Home, For you, Following, News Showcase, U.S., World, Local, Business, Technology, Entertainment, Sports, Science, Health)",
               "topic heading 'Russia-Ukraine war' with 'Follow' and 'Share'", "cluster labels 'Top stories' and 'More news'", "publisher names and favicons on each card",
               "relative ages and 'By ...' lines", "'More' buttons", "'Full Coverage' links (2)", "'Related topics' box (Volodymyr Zelenskyy, NATO, Vladimir Putin, Kyiv)",
               "footer links (Help, Privacy, Terms, About Google News, Settings, app links, Send feedback)"],
  entries=[
  E("2031-06-20 10:42", "Russian missile strike on Zaporizhzhia kills six, damages hospital", [], "strikes", "strikes", 3, ZAP20,
    a="Anna Rybalko", pub="Reuters", dom="www.reuters.com", n="headline-only card; toll 6"),
  E("2031-06-20 11:55", "Death toll in Zaporizhzhia missile attack rises to 6, dozens injured", [], "strikes", "strikes", 3, ZAP20,
    a="Serhii Dubov", pub="The Kyiv Independent", dom="kyivindependent.com", n="headline-only card; toll 6"),
  E("2031-06-20 08:20", "Four killed as Russian missiles hit Zaporizhzhia during morning rush hour", [], "strikes", "strikes", 3, ZAP20,
    a=None, pub="BBC", dom="www.bbc.com", n="headline-only card; earlier toll 4"),
  E("2031-06-20 14:05", "Zelenskyy signs 10-year security agreement with Japan during Tokyo visit", [], "diplomacy", "diplomacy", 3, JPN20,
    a="Hiroshi Tanabe", pub="Al Jazeera", dom="www.aljazeera.com", n="head-of-state diplomatic visit; spelled Zelenskyy"),
  E("2031-06-20 13:30", "Japan and Ukraine seal decade-long security pact as Zelenskyy visits Tokyo", [], "diplomacy", "diplomacy", 3, JPN20,
    a=None, pub="The Japan Times", dom="www.japantimes.co.jp"),
  E("2031-06-20 15:48", "Court jails Yekaterinburg journalist for seven years over posts about the war", [], "other", "politics", 2,
    "yekaterinburg-journalist-jailed-2031-06-20", a=None, pub="The Moscow Times", dom="www.themoscowtimes.com"),
  E("2031-06-20 09:12", "Ukrainian drones hit oil refinery in Saratov, Russian governor says fire is out", [], "strikes", "strikes", 2,
    "saratov-refinery-drone-strike-2031-06-20", a="Oleksii Pravdiuk", pub="Ukrainska Pravda", dom="www.pravda.com.ua"),
  E("2031-06-20 07:30", "Germany to train 5,000 more Ukrainian soldiers this year", [], "aid", "aid", 2,
    "germany-training-ukrainian-soldiers-2031-06-20", a=None, pub="DW", dom="www.dw.com"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_tl_keypoints(S):
    """text live blog, newest first; dateline and 'All times BST'; a 'Key Points' block of bullet headlines; each post: UK-style
    clock '8.05pm' on its own line, headline, body, then a signature line '– NAME'; a video teaser prints '[Video]' only."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | UK | Politics | Business | Opinion | Sport | Culture", "", "Live", S["title"], S["dateline"], S["tznote"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 2:
            L += ["Sign up to the Chronicle's Ukraine Briefing, sent every weekday at 7am", ""]
    L += ["Load earlier posts", "", f"{S['source']}   About   Contact   Complaints   Privacy   Cookies"]
    return "\n".join(L) + "\n", stamps


def r_html_live_ld(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('Z'); the visible clock
    is Kyiv time ('14:52') in <span class="lb-time"> with the note 'All times are Kyiv time (EEST)' under the title; 'By NAME'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"],
             "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "about": {"@type": "Event", "name": "Russia's war against Ukraine"},
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"], "logo": {"@type": "ImageObject", "url": S["url"].split("/live")[0] + "/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <a href="/privacy">Read more</a> <button>OK</button></div>',
           f'<header class="masthead"><a href="/" class="logo">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="tznote">{esc(S["tznote"])}</p>',
           f'<div class="summary"><p>{esc(S["lede"])}</p></div>', '<section class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-update" id="update-{i + 1}"><span class="lb-time">{st}</span><h2 class="lb-title">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="lb-byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="lb-tools"><button>Copy link</button> <button>Share</button></footer></article>')
        if i == 3:
            out.append(f'<aside class="read-more"><h3>Read more</h3><ul>' + "".join(f'<li><a href="/ukraine/{slugify(r)}">{esc(r)}</a></li>' for r in S["related"]) + '</ul></aside>')
    out += ['</section><p class="lb-end">Follow tomorrow\u2019s developments on our next live page.</p></main>',
            f'<footer class="site-footer">\u00a9 {first.year} {esc(S["source"])} \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss2(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset or 'GMT' (S['gmt']); author either dc:creator or the
    RSS <author>email (Name)</author> form (S['author_form'] == 'email'); CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if S.get("author_form") != "email" else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns} xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>', f'<copyright>\u00a9 {S["entries"][0]["t"][:4]} {esc(S["source"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>',
           f'<atom:link href="{S["url"]}/{S.get("feedpath", "rss")}" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{slugify(S["source"])}-{d:%Y%m%d}-{i + 311}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<author>{S["email"]} ({esc(e["a"])})</author>' if S.get("author_form") == "email" else f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>']
        if e.get("img"):
            out.append(f'<enclosure url="{S["url"]}/media/{d:%Y/%m}/{slugify(e["h"])[:30]}.jpg" length="0" type="image/jpeg"/>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom2(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset; rights, generator,
    escaped-HTML <content>; optional author; category terms."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/{S.get("feedpath", "atom.xml")}"/>',
           f'<id>tag:{host},2014:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {esc(S["source"])}</rights>',
           f'<generator uri="https://{host}/">{esc(S["source"])} CMS</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{i + 5120}</id>', f'<published>{st}</published>', f'<updated>{iso(d + timedelta(minutes=e.get("upd", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{esc(e.get("cat", "world"))}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-06-24 (UTC), day 2 = 2031-06-25, day 3 = 2031-06-28.
VIN = "vinnytsia-missile-strike-2031-06-24"
SWE = "sweden-military-aid-package-2031-06-24"
VAT = "kremlin-vatican-children-talks-offer-2031-06-24"
LAD = "ladyzhyn-power-plant-drone-attack-2031-06-24"
EXPL1 = "analysis-russian-strikes-on-cities-far-from-front"
EXPL1_H = "Analysis: Why Russia keeps striking cities far from the front"
EXPL1_P = ["Tuesday's strike on Vinnytsia, more than 500 km from the nearest Russian position, was not an accident of range. Cities in central Ukraine host the repair yards, rail hubs and command centres that keep the front supplied, and Russia has been hitting them with growing regularity since the spring.",
           "They are also harder to protect. Ukraine's few Patriot batteries are concentrated around Kyiv and the large eastern cities; central towns rely on older systems and mobile fire groups that can deal with drones but not with ballistic missiles.",
           "Military analysts in Kyiv expect the pattern to continue for as long as Russia can produce more Iskander-M missiles than Ukraine can buy interceptors."]

# ---------------------------------------------------------------- 19620 Harrowgate Chronicle (day 1, text live, Key Points)
SEEDS.append(dict(
  id="19620", name="19620_harrowgate-textlive", ext="txt", source="Harrowgate Chronicle", zone="Europe/London", render=r_tl_keypoints,
  title="Russia-Ukraine war live: Vinnytsia death toll rises to 13 after missile strike on city centre",
  dateline="Tuesday 24 June 2031", tznote="All times BST",
  lede="A Russian ballistic missile hit a business centre and apartment blocks in central Vinnytsia; Sweden unveils its largest military aid package; Russian shelling kills a woman in Nikopol.",
  basis="clock '{s}' under the dateline 'Tuesday 24 June 2031' with the page note 'All times BST' (UTC+1); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: UK-style clock ('8.05pm') on its own line, headline, body, then a signature line '\u2013 NAME' (author). 19620-02 is a 'Watch:' teaser with only a '[Video]' placeholder. Times are BST (the page says so once).",
  not_entries=["masthead and section menu", "'Live' label", "page title, dateline 'Tuesday 24 June 2031' and 'All times BST'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "clock lines and '\u2013 NAME' signature lines", "'[Video]' placeholder in the teaser",
               "newsletter promo after the third post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2031-06-24 20:05", "Vinnytsia death toll rises to 13",
    ["Thirteen people are now known to have been killed in this afternoon's missile strike on Vinnytsia, the head of the regional military administration said in a televised statement. Fifty-two people were injured, six of them children.",
     "Rescuers are still working at the nine-storey office building on Soborna Street, where two floors collapsed. The city has declared Wednesday and Thursday days of mourning."],
    "strikes", "strikes", 3, VIN, a="Eleanor Marsh", kp=True, n="toll 13 dead, 52 injured"),
  E("2031-06-24 18:30", "Watch: Moment a missile strikes a business centre in Vinnytsia", [],
    "strikes", "strikes", 1, VIN, n="video teaser without body"),
  E("2031-06-24 17:10", "Russian shelling kills woman in Nikopol",
    ["A 67-year-old woman was killed when Russian artillery hit her house in Nikopol, across the Dnipro from the occupied Zaporizhzhia nuclear plant, the Dnipropetrovsk regional governor said.",
     "Nikopol is shelled almost daily from the opposite bank of the former Kakhovka reservoir."],
    "strikes", "strikes", 3, "nikopol-shelling-2031-06-24", a="Samuel Okafor",
    n="another deadly strike on the same day, elsewhere (artillery): must not merge with the Vinnytsia missile strike"),
  E("2031-06-24 15:45", "Sweden unveils its largest aid package yet",
    ["Sweden has announced a military aid package for Ukraine worth 7.4 billion kronor (about \u00a3560m), its largest since the full-scale invasion began, including Archer artillery systems, CV90 infantry fighting vehicles and a year's supply of spare parts.",
     "The defence minister in Stockholm said part of the money would pay for Ukrainian-made long-range drones, following the model used by Denmark."],
    "aid", "aid", 3, SWE, a="Samuel Okafor", kp=True, n="large aid package; same aid theme as Norway's ammunition contribution (19621-03) but a different event: must not merge"),
  E("2031-06-24 14:25", "Russia claims capture of village near Lyman",
    ["Russia's defence ministry said its forces had taken the village of Ridkodub, north of Lyman in Donetsk region. Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "ridkodub-capture-claim-2031-06-24", a="Eleanor Marsh"),
  E("2031-06-24 13:50", "At least five killed in Vinnytsia missile strike",
    ["A Russian ballistic missile has struck the centre of Vinnytsia, in west-central Ukraine, killing at least five people and injuring 24, according to the city's mayor.",
     "The missile hit an office building and a neighbouring apartment block shortly before 3pm local time. Ukraine's air force said the missile, an Iskander-M, was fired from Russia's Kursk region."],
    "strikes", "strikes", 3, VIN, a="Eleanor Marsh", n="toll 5 dead, 24 injured"),
  E("2031-06-24 09:15", "Kremlin 'studying' Vatican offer to host talks on deported children",
    ["The Kremlin said it was \"studying\" an offer by the Holy See to host talks on the return of Ukrainian children taken to Russia, but gave no timetable.",
     "Ukraine says it has identified more than 19,000 children deported or forcibly moved since 2022; Russia disputes the figure."],
    "diplomacy", "diplomacy", 3, VAT, a="Samuel Okafor", n="also carried by 19622 (two seeds of the day)"),
  ]))

# ---------------------------------------------------------------- 19621 Stonehaven Ledger (day 1, HTML live + LiveBlogPosting with UTC dates)
SEEDS.append(dict(
  id="19621", name="19621_stonehaven-htmllive", ext="html", source="Stonehaven Ledger", zone="Europe/Kyiv", render=r_html_live_ld,
  title="Ukraine live: missile hits central Vinnytsia", url="https://stonehaven-ledger.example/live/ukraine-2031-06-24",
  dateline="Tuesday, 24 June 2031", tznote="All times are Kyiv time (EEST)",
  lede="Drones hit the Ladyzhyn power plant overnight; parliament extends martial law; a ballistic missile strikes the centre of Vinnytsia in the afternoon.",
  related=["Ukraine's power plants brace for a summer of drone attacks", "How Vinnytsia became a logistics hub for the south"],
  basis="visible clock '{s}' under the dateline 'Tuesday, 24 June 2031' with the note 'All times are Kyiv time (EEST)'; the update's JSON-LD datePublished gives the same instant in UTC ({u}Z); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose per-update datePublished values are in UTC ('Z') while the visible clock is Kyiv time; both agree. Each update: clock, h2 headline, 'By NAME', paragraphs. 19621-06 re-posts 19621-01 near-verbatim in the evening (duplicate_of 19621-01). 19621-07 is Zelensky's reaction whose content is the attack (same story as the strike), with a plea for air defence.",
  not_entries=["cookie banner", "masthead, menu, 'Subscribe'", "'LIVE' kicker, page title, dateline and time-zone note", "summary paragraph at the top",
               "'By NAME' lines", "'Copy link' / 'Share' buttons", "'Read more' box with two links after the fourth update", "closing line 'Follow tomorrow\u2019s developments ...'", "footer"],
  entries=[
  E("2031-06-24 08:20", "Drones hit Ladyzhyn power plant overnight",
    ["Russian drones struck the Ladyzhyn thermal power plant in Vinnytsia region overnight, causing a fire in the turbine hall, the plant's operator said. There were no casualties.",
     "The air force said 63 drones were launched at Ukraine overnight, of which 49 were shot down."],
    "strikes", "strikes", 2, LAD, a="Yuliia Moroz",
    n="same region (Vinnytsia oblast), other event: overnight drone attack on a power plant, hours before the city missile strike: must not merge with it"),
  E("2031-06-24 10:05", "Parliament extends martial law for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for another 90 days, until late September. The decision passed with 331 votes."],
    "other", "politics", 2, "martial-law-extension-2031-06-24", a="Yuliia Moroz"),
  E("2031-06-24 12:30", "Norway adds 1.2 billion kroner to ammunition initiative",
    ["Norway will put another 1.2 billion kroner, about \u20ac100 million, into the Czech-led initiative that buys artillery shells for Ukraine outside Europe, the Norwegian defence ministry said."],
    "aid", "aid", 2, "norway-ammunition-initiative-2031-06-24", a="Andrii Tkach",
    n="same aid theme as Sweden's package (19620-04, 19623-03), different event: must not merge"),
  E("2031-06-24 14:52", "Explosions in central Vinnytsia",
    ["Powerful explosions were heard in the centre of Vinnytsia minutes after the air force warned of a ballistic missile threat from the north-east. The mayor said a building on Soborna Street had been hit and that there were casualties."],
    "strikes", "strikes", 3, VIN, a="Andrii Tkach", n="first report, no toll"),
  E("2031-06-24 17:30", "Vinnytsia: eight dead, 40 injured",
    ["The number of people killed in the missile strike on Vinnytsia has risen to eight, the regional military administration said. Forty people were injured.",
     "Rescuers have pulled 11 people alive from the rubble of the office building, which housed a bank branch, a dental clinic and several IT firms."],
    "strikes", "strikes", 3, VIN, a="Andrii Tkach", n="toll 8 dead, 40 injured"),
  E("2031-06-24 18:10", "Drones hit Ladyzhyn power plant overnight",
    ["Russian drones struck the Ladyzhyn thermal power plant in Vinnytsia region overnight, causing a fire in the turbine hall, the plant's operator said. There were no casualties.",
     "The air force said 63 drones were launched at Ukraine overnight, of which 49 were downed."],
    "strikes", "strikes", 1, LAD, a="Yuliia Moroz", dup="19621-01", n="near-verbatim repeat of 19621-01 (re-posted in the evening)"),
  E("2031-06-24 21:15", "Zelensky: those who fired on Vinnytsia 'will answer'",
    ["President Volodymyr Zelensky said the missile that killed 13 people in Vinnytsia had been fired \"at an ordinary working afternoon\" and that those responsible would answer for it.",
     "He repeated his call for more Patriot systems, saying Ukraine had the crews ready but not enough launchers to cover the centre of the country."],
    "strikes", "strikes", 3, VIN, a="Yuliia Moroz", sec=["aid"], n="reaction whose content is the attack (toll 13): same story as the strike"),
  ]))

# ---------------------------------------------------------------- 19622 Birchley World Report (day 1, RSS world feed, +0800)
SEEDS.append(dict(
  id="19622", name="19622_birchley-worldrss", ext="xml", source="Birchley World Report", zone="Asia/Singapore", render=r_rss2,
  title="Birchley World Report - World", url="https://birchleyworld.example", lede="World news from our Singapore desk, around the clock",
  basis="RSS pubDate '{s}' (explicit +0800 offset, Singapore); local {d} in {z}",
  notes="Invented outlet. General world news RSS 2.0 feed from a Singapore desk, pubDate with +0800 (so the top item, dated 25 June local, is 24 June in UTC). Only two of six items are about the war. Spelling 'Vinnitsa' (Russian-style transliteration). Authors in dc:creator where given.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, ttl and atom:link", "category labels", "enclosure images"],
  entries=[
  E("2031-06-25 03:40", "Ukraine says Russian missile strike on Vinnitsa kills 13",
    ["A Russian ballistic missile strike on the central Ukrainian city of Vinnitsa killed 13 people and injured more than 50, Ukrainian officials said, in one of the deadliest attacks on the region this year.",
     "Russia's defence ministry said it had struck \"a meeting place of foreign mercenaries and Ukrainian officers\". Ukrainian officials said the building housed offices, a bank and a clinic."],
    "strikes", "strikes", 3, VIN, a="Lim Wei Jie", cat="Europe", n="toll 13; spelled Vinnitsa"),
  OFF("2031-06-25 01:10", "Monsoon floods displace 280,000 in India's Assam",
    ["Floods caused by early monsoon rains have displaced about 280,000 people in the north-eastern Indian state of Assam, where the Brahmaputra has burst its banks in 19 districts.",
     "At least nine people have died since Sunday, the state disaster authority said."],
    "assam-monsoon-floods-2031-06-24", a="Priya Raman", cat="Asia", n="floods in India"),
  OFF("2031-06-24 22:30", "Brazil's Senate passes consumption tax overhaul",
    ["Brazil's Senate approved the final part of an overhaul of consumption taxes on Tuesday, replacing five federal, state and municipal levies with a dual value-added tax from 2033."],
    "brazil-consumption-tax-senate-2031-06-24", a=None, cat="Americas", n="Brazilian tax law"),
  OFF("2031-06-24 17:05", "Singapore core inflation eases to 1.6% in May",
    ["Singapore's core inflation eased to 1.6% in May from 1.9% in April, helped by lower electricity and gas prices, official data showed.",
     "Economists said the figures left room for the central bank to keep policy unchanged at its July review."],
    "singapore-core-inflation-may-2031", a="Lim Wei Jie", cat="Business", n="Singapore economy"),
  E("2031-06-24 13:20", "Kremlin says it is studying Vatican proposal on Ukrainian children",
    ["Kremlin spokesman Dmitry Peskov told reporters the proposal by the Holy See to host talks on children taken from Ukraine was \"being studied\", adding that Moscow regarded the issue as humanitarian rather than political."],
    "diplomacy", "diplomacy", 3, VAT, a=None, cat="Europe", n="also carried by 19620 (two seeds of the day)"),
  OFF("2031-06-24 10:40", "Nikkei closes at record high on chip rally",
    ["Japan's Nikkei share average closed at a record high on Tuesday, led by semiconductor equipment makers after strong orders data from the United States."],
    "nikkei-record-high-2031-06-24", a=None, cat="Business", n="markets"),
  ]))

# ---------------------------------------------------------------- 19623 Eastmere Sentinel (day 1, Atom, +02:00)
SEEDS.append(dict(
  id="19623", name="19623_eastmere-atom", ext="xml", source="Eastmere Sentinel", zone="Europe/Berlin", render=r_atom2,
  title="Eastmere Sentinel \u2013 Europe", url="https://eastmere-sentinel.example", feedpath="europe/atom.xml",
  lede="News and analysis from Central and Eastern Europe",
  basis="Atom <published> '{s}' (explicit +02:00 offset, CEST); local {d} in {z}",
  notes="Invented outlet. Atom feed of a Berlin-based English-language site, newest first, <published> with +02:00, authors. Spelling 'Vinnytsya'. 19623-02 is a theme piece (analysis) that mentions the Vinnytsia strike but is its own story; it is re-posted verbatim on day 2 by 19631.",
  not_entries=["feed title, subtitle, links, id, updated, rights and generator", "category terms", "entry ids and updated times"],
  entries=[
  E("2031-06-24 18:05", "Death toll in Vinnytsya strike climbs to 11",
    ["Eleven people were killed and 47 injured when a Russian Iskander-M missile hit an office block and a residential building in Vinnytsya on Tuesday afternoon, Ukraine's emergency service said.",
     "The city, which lies on the main road and rail routes from Kyiv to the south-west, had not been hit by a deadly missile strike since last autumn."],
    "strikes", "strikes", 3, VIN, a="Marek Dziedzic", cat="ukraine", n="toll 11; spelled Vinnytsya"),
  E("2031-06-24 16:30", EXPL1_H, EXPL1_P, "strikes", "strikes", 2, EXPL1, a="Clara Bergmann", cat="analysis",
    n="theme piece (analysis of Russian strikes on central cities, no single event); mentions the Vinnytsia strike but must not merge with it"),
  E("2031-06-24 13:15", "Sweden pledges record military package for Ukraine",
    ["The Swedish government on Tuesday presented a 7.4 billion kronor (\u20ac650 million) military package for Ukraine, the 22nd since 2022 and the largest so far.",
     "Besides Archer howitzers and CV90 vehicles, the package funds the production of long-range drones in Ukraine and training for Ukrainian pilots on Swedish-built surveillance aircraft."],
    "aid", "aid", 3, SWE, a="Clara Bergmann", cat="ukraine"),
  E("2031-06-24 10:40", "German brigade in Lithuania reaches full strength",
    ["The Bundeswehr's 45th Armoured Brigade in Lithuania has reached its full strength of about 4,800 soldiers, the German defence ministry said, a year ahead of the original schedule."],
    "other", "security", 2, "german-brigade-lithuania-full-strength-2031-06-24", a="Marek Dziedzic", cat="security"),
  E("2031-06-24 08:20", "Ukraine's central bank holds key rate at 14%",
    ["The National Bank of Ukraine kept its key policy rate at 14% for a third meeting in a row, citing persistent inflation driven by power shortages and higher wages for soldiers."],
    "other", "politics", 2, "nbu-key-rate-hold-2031-06-24", a=None, cat="economy"),
  ]))


def r_html_live_zone(S):
    """HTML live blog without JSON-LD, newest first; each post opens with <time class="post-time">20:10 CEST</time> (zone
    abbreviation, no datetime attribute), h3 headline, 'By NAME', body; a video teaser prints only a player placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           f'<div class="topbar"><a href="/">{esc(S["source"])}</a> <span class="edition">Europe edition</span> <a href="/account">My account</a></div>',
           '<nav class="sections"><a href="/europe">Europe</a> <a href="/eu-affairs">EU affairs</a> <a href="/ukraine">Ukraine war</a> <a href="/economy">Economy</a> <a href="/climate">Climate</a></nav>',
           f'<main><div class="live-badge">Live</div><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="updated">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post" data-post="{88120 + i}"><time class="post-time">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-placeholder"><button aria-label="Play video">\u25b6</button> <span>01:24</span></div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="related"><h4>More on this story</h4>' + "".join(f'<a href="/ukraine/{slugify(r)}">{esc(r)}</a> ' for r in S["related"]) + '</aside>')
    out += [f'<p class="older"><a href="/live/{S["prev"]}">Read yesterday\u2019s live blog</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact the newsroom</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tl_dash(S):
    """text live blog, oldest first; dateline with year; each post: 'HH:MM EEST \u2014 Headline' on one line, 'By NAME', body;
    a re-published partner piece is preceded by 'From our partners: OUTLET'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page  |  Ukraine  |  Region  |  World  |  Opinion  |  Podcasts", "", S["title"], S["dateline"], "", S["lede"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L.append(f"From our partners: {e['partner']}")
        L += [f"{st} \u2014 {e['h']}"]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Live coverage continues tomorrow.", "", f"\u00a9 {S['source']}   Editorial code   Contact   Privacy"]
    return "\n".join(L) + "\n", stamps


# Day 2
BTS = "bila-tserkva-missile-strike-2031-06-25"
EUC = "eu-summit-ukraine-accession-clusters-2031-06-25"

# ---------------------------------------------------------------- 19630 Glenrannoch Herald (day 2, HTML live, 'CEST' stamps)
SEEDS.append(dict(
  id="19630", name="19630_glenrannoch-htmllive", ext="html", source="Glenrannoch Herald", zone="Europe/Brussels", render=r_html_live_zone,
  title="Ukraine war live: seven killed in Bila Tserkva as EU leaders meet in Brussels", prev="ukraine-war-24-june-2031",
  dateline="Wednesday 25 June 2031",
  lede="A ballistic missile hits an industrial park and a housing block in Bila Tserkva, south of Kyiv; Vinnytsia ends its rescue operation; EU leaders gather for their summer summit.",
  related=["Vinnytsia's day of mourning", "The European Council's Ukraine agenda, explained"],
  basis="visible '{s}' (zone abbreviation printed; CEST = UTC+2) under the date line 'Wednesday 25 June 2031'; local {d} in {z}",
  notes="Invented outlet (Brussels-based). HTML live blog without JSON-LD, newest first; each post opens with '<time>20:10 CEST</time>' (no datetime attribute), then an h3 headline and 'By NAME'. 19630-02 is a 'Video:' teaser with only a player placeholder. 19630-03 continues day 1's Vinnytsia story (rescue over, toll 15). 19630-06 (drone debris in Obukhiv, Kyiv region, overnight) is the same region as the Bila Tserkva strike but another event. 19630-04 is a separate statement by Slovakia's prime minister before the summit, not the summit decision.",
  not_entries=["top bar (outlet name, 'Europe edition', 'My account')", "section menu", "'Live' badge, page title, standfirst and date line", "'By NAME' lines",
               "video placeholder (play button, '01:24') in the teaser", "'More on this story' box with two links", "'Read yesterday\u2019s live blog'", "footer"],
  entries=[
  E("2031-06-25 20:10", "Bila Tserkva death toll rises to seven",
    ["A seventh person has died after this morning's ballistic missile strike on Bila Tserkva, the Kyiv regional administration said. Thirty-four people were injured, including three children.",
     "The missile hit a factory making transformer equipment in the town's industrial park and a five-storey apartment block across the road."],
    "strikes", "strikes", 3, BTS, a="Fiona Drummond", n="toll 7 dead, 34 injured"),
  E("2031-06-25 18:45", "Video: Rescuers search the rubble of the Bila Tserkva apartment block", [],
    "strikes", "strikes", 1, BTS, n="video teaser without body"),
  E("2031-06-25 16:20", "Vinnytsia ends rescue operation as toll reaches 15",
    ["Rescuers in Vinnytsia have finished clearing the rubble of the office building hit by a Russian missile on Tuesday. The final toll is 15 dead and 56 injured, the State Emergency Service said.",
     "The city is observing a second day of mourning; flags are at half-mast and entertainment events have been cancelled."],
    "strikes", "strikes", 3, VIN, a="Fiona Drummond", n="continuation of day 1's Vinnytsia strike (rescue over, final toll 15); carried by three day-2 seeds"),
  E("2031-06-25 14:05", "Fico says Slovakia will not block summit text on Ukraine",
    ["Slovak Prime Minister Robert Fico said on arrival in Brussels that he would not veto the summit's conclusions on Ukraine, but that Slovakia would \"not pay a single cent\" towards new weapons purchases for Kyiv."],
    "diplomacy", "diplomacy", 2, "fico-summit-conclusions-statement-2031-06-25", a="Jan Vermeulen",
    n="one leader's statement before the summit, not the summit decision (19632-01, 19633-01): must not merge"),
  E("2031-06-25 12:00", "Five dead in Bila Tserkva",
    ["The number of people killed in the missile strike on Bila Tserkva has risen to five, Ukraine's interior minister said. Rescue teams are searching the top two floors of the apartment block, which partly collapsed."],
    "strikes", "strikes", 3, BTS, a="Fiona Drummond", n="toll 5"),
  E("2031-06-25 09:40", "Drone debris damages homes in Obukhiv",
    ["Debris from a drone shot down overnight fell on a residential street in Obukhiv, Kyiv region, damaging four houses and a car, regional officials said. Nobody was hurt."],
    "strikes", "strikes", 2, "obukhiv-drone-debris-2031-06-25", a="Jan Vermeulen",
    n="same region (Kyiv oblast) and same day as the Bila Tserkva strike but another event (overnight drone debris): must not merge"),
  E("2031-06-25 08:25", "Russian missile hits Bila Tserkva",
    ["Explosions have been reported in Bila Tserkva, about 80 km south of Kyiv, minutes after Ukraine's air force warned of a ballistic missile launched from the Bryansk region. Local officials say an industrial area was hit."],
    "strikes", "strikes", 3, BTS, a="Jan Vermeulen", n="first report, no toll"),
  ]))

# ---------------------------------------------------------------- 19631 Cairnholm Courier (day 2, text live, oldest first, re-post)
SEEDS.append(dict(
  id="19631", name="19631_cairnholm-textlive", ext="txt", source="Cairnholm Courier", zone="Europe/Kyiv", render=r_tl_dash,
  title="Live: Missile strike on Bila Tserkva, Vinnytsia in mourning", dateline="Wednesday, 25 June 2031 (Kyiv time)",
  lede="Our reporters in Kyiv and Vinnytsia follow the day's events. Newest updates at the bottom.",
  basis="stamp '{s}' (zone abbreviation printed; EEST = UTC+3) under the dateline 'Wednesday, 25 June 2031 (Kyiv time)'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post: 'HH:MM EEST \u2014 Headline' on one line, 'By NAME', body. 19631-03 re-publishes day 1's analysis 19623-02 verbatim under 'From our partners: Eastmere Sentinel' (re-post of a day-1 entry: importance 1, same story as day 1; duplicate_of is null because it is defined within a seed). 19631-04 is a theme piece (explainer) that mentions the Bila Tserkva strike but is its own story. 19631-06 repeats 19631-02 near-verbatim with its stale toll (duplicate_of 19631-02). 19631-05 continues day 1's Vinnytsia story.",
  not_entries=["outlet name and menu", "page title, dateline 'Wednesday, 25 June 2031 (Kyiv time)' and lede", "'Latest updates' label", "'By NAME' lines",
               "'From our partners: Eastmere Sentinel' label", "'Advertisement' marker", "'Live coverage continues tomorrow.'", "footer line"],
  entries=[
  E("2031-06-25 08:05", "Army says it repelled assaults near Kupiansk",
    ["Ukrainian forces repelled 22 Russian assaults in the Kupiansk sector over the past day, the General Staff said in its morning report. Russia claimed to have taken two positions west of the Oskil."],
    "other", "frontline", 2, "kupiansk-assaults-2031-06-25", a="Oksana Lytvyn"),
  E("2031-06-25 10:15", "Ballistic missile hits Bila Tserkva, at least three dead",
    ["At least three people were killed when a Russian ballistic missile hit the industrial park in Bila Tserkva this morning, the head of the Kyiv regional administration said. Eighteen people were injured.",
     "Part of a five-storey residential building opposite the industrial park collapsed."],
    "strikes", "strikes", 3, BTS, a="Oksana Lytvyn", n="toll 3, 18 injured"),
  E("2031-06-25 11:40", EXPL1_H, EXPL1_P, "strikes", "strikes", 1, EXPL1, a="Clara Bergmann", partner="Eastmere Sentinel",
    n="re-post of day-1 entry 19623-02 (Eastmere Sentinel analysis, same headline and text); importance 1"),
  E("2031-06-25 13:05", "Explainer: Why Ukraine's industrial parks are in Russia's sights",
    ["Ukraine has opened more than 90 industrial parks since 2022, many of them in towns around Kyiv that seemed safe from the front. They offer tax breaks and cheap land, and they now host a growing share of the country's defence production.",
     "That makes them targets. Wednesday's strike on Bila Tserkva hit a park where, according to local media, at least two firms assemble components for drones and power equipment.",
     "The government is now debating whether to move the most sensitive production underground or to spread it across many small sites that are harder to find."],
    "strikes", "strikes", 2, "explainer-industrial-parks-targeted", a="Dmytro Shulha",
    n="theme piece (explainer on attacks on industrial parks); mentions the Bila Tserkva strike but must not merge with it"),
  E("2031-06-25 14:20", "Vinnytsia mourns 15 dead",
    ["Vinnytsia is holding a second day of mourning after Tuesday's missile strike, in which 15 people were killed, city officials said. Two more bodies were found under the collapsed floors overnight.",
     "Hundreds of people laid flowers on Soborna Street in the morning."],
    "strikes", "strikes", 3, VIN, a="Marta Hrytsenko", n="continuation of day 1's Vinnytsia strike (toll 15)"),
  E("2031-06-25 16:50", "Ballistic missile hits Bila Tserkva, at least three dead",
    ["At least three people were killed when a Russian ballistic missile hit the industrial park in Bila Tserkva this morning, the head of the Kyiv regional administration said. Eighteen people were injured.",
     "Part of a five-storey residential building opposite the industrial park has collapsed."],
    "strikes", "strikes", 1, BTS, a="Oksana Lytvyn", dup="19631-02", n="near-verbatim repeat of 19631-02 with its stale toll"),
  E("2031-06-25 19:30", "Bila Tserkva toll rises to six",
    ["Six people are now confirmed dead in Bila Tserkva, including a 14-year-old girl, regional officials said. Thirty-one people were injured.",
     "The factory hit by the missile makes transformers for the power grid, its owners said."],
    "strikes", "strikes", 3, BTS, a="Oksana Lytvyn", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 19632 Drumlee World Desk (day 2, Atom world feed, +01:00 Dublin)
SEEDS.append(dict(
  id="19632", name="19632_drumlee-worldatom", ext="xml", source="Drumlee World Desk", zone="Europe/Dublin", render=r_atom2,
  title="Drumlee World Desk: World", url="https://drumlee-worlddesk.example", feedpath="feeds/world.atom",
  lede="International news, updated through the day from Dublin",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Irish summer time); local {d} in {z}",
  notes="Invented outlet. General world news Atom feed from Dublin, <published> with +01:00, newest first. Only two of six entries are about the war. Spelling 'Belaya Tserkov' (Russian-style) for Bila Tserkva.",
  not_entries=["feed title, subtitle, links, id, updated, rights and generator", "category terms", "entry ids and updated times"],
  entries=[
  E("2031-06-25 21:30", "EU leaders agree to open final accession talks with Ukraine and Moldova",
    ["European Union leaders meeting in Brussels agreed on Wednesday evening to open the last two clusters of accession negotiations with Ukraine and Moldova, covering agriculture and the budget.",
     "Hungary abstained rather than vetoing the decision, diplomats said. The move means all chapters of Ukraine's membership talks are now formally open."],
    "diplomacy", "diplomacy", 3, EUC, a="Ciara Walsh", cat="europe", n="also carried by 19633 (two seeds of the day)"),
  OFF("2031-06-25 19:10", "Seville records 45.1C as heatwave grips southern Spain",
    ["Seville airport recorded 45.1C on Wednesday afternoon, a June record for the city, as a heatwave pushed temperatures above 42C across Andalusia for a fifth day.",
     "Authorities closed parks and moved school exams to the early morning."],
    "seville-heat-record-2031-06-25", a="Ciara Walsh", cat="europe", n="weather"),
  OFF("2031-06-25 16:45", "Kenya's parliament passes budget as protesters gather in Nairobi",
    ["Kenya's national assembly passed the 2031-32 budget on Wednesday while police used tear gas to disperse several hundred protesters near parliament in Nairobi."],
    "kenya-budget-protests-2031-06-25", a=None, cat="africa", n="foreign politics"),
  E("2031-06-25 13:20", "Missile strike on Belaya Tserkov kills five, Ukrainian officials say",
    ["A Russian ballistic missile killed five people in the town of Belaya Tserkov, also known as Bila Tserkva, south of Kyiv on Wednesday morning, Ukrainian officials said.",
     "The missile struck an industrial park and a nearby apartment block. Russia did not comment."],
    "strikes", "strikes", 3, BTS, a="Eoin Gallagher", cat="europe", n="toll 5; spelled Belaya Tserkov"),
  OFF("2031-06-25 11:05", "Exchequer returns show \u20ac2.1bn surplus at end of May",
    ["Ireland ran an exchequer surplus of \u20ac2.1 billion at the end of May, helped by strong corporation tax receipts from a handful of large multinationals, the Department of Finance said."],
    "ireland-exchequer-surplus-may-2031", a=None, cat="business", n="Irish public finances"),
  OFF("2031-06-25 08:30", "Wildfire on Greek island of Chios forces village evacuations",
    ["Firefighters on the Greek island of Chios were battling a wildfire driven by strong winds on Wednesday, and authorities ordered the evacuation of four villages in the south of the island."],
    "chios-wildfire-2031-06-25", a="Eoin Gallagher", cat="europe", n="wildfire"),
  ]))

# ---------------------------------------------------------------- 19633 Hazelby Post (day 2, RSS, +0300, <author>email (Name)</author>)
SEEDS.append(dict(
  id="19633", name="19633_hazelby-rss", ext="xml", source="Hazelby Post", zone="Europe/Kyiv", render=r_rss2,
  title="Hazelby Post \u2014 Ukraine", url="https://hazelbypost.example", feedpath="ukraine/rss.xml", author_form="email", email="newsdesk@hazelbypost.example",
  lede="News from Ukraine in English",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed of a Kyiv-based English site, pubDate with +0300, newest first. Authors use the RSS <author> form 'newsdesk@hazelbypost.example (NAME)'; the author is the name in brackets. Spelling 'Bila Tserkov'. 19633-03 continues day 1's Vinnytsia story.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, ttl and atom:link", "category labels", "the newsroom e-mail address in <author>", "enclosure images"],
  entries=[
  E("2031-06-25 23:50", "EU summit opens last chapters of Ukraine's membership talks",
    ["The European Council has agreed to open the two remaining negotiating clusters with Ukraine, President Volodymyr Zelensky said after addressing EU leaders by video link, calling it \"the last door before the finish line\".",
     "Negotiations on the chapters themselves are expected to take at least two years."],
    "diplomacy", "diplomacy", 3, EUC, a="Anna Koval", cat="Politics", n="also carried by 19632 (two seeds of the day)"),
  E("2031-06-25 20:40", "Bila Tserkov: six dead after ballistic strike",
    ["The death toll from the Russian missile strike on Bila Tserkov has risen to six, with 31 injured, the Kyiv Regional Military Administration said.",
     "Mayor Hennadii Dykyi said 120 flats had been damaged and that temporary housing would be provided in a dormitory of the local agrarian university."],
    "strikes", "strikes", 3, BTS, a="Denys Marchenko", cat="War", img=True, n="toll 6; spelled Bila Tserkov"),
  E("2031-06-25 17:15", "Vinnytsia strike: all victims identified",
    ["Police have identified all 15 people killed in Tuesday's missile strike on Vinnytsia, the youngest of them a nine-year-old boy who was at the dental clinic with his mother."],
    "strikes", "strikes", 3, VIN, a="Denys Marchenko", cat="War", n="continuation of day 1's Vinnytsia strike"),
  E("2031-06-25 12:30", "Drones hit ammunition depot in Russia's Bryansk region",
    ["Ukrainian drones struck an ammunition depot near the village of Suzemka in Russia's Bryansk region overnight, a source in Ukraine's security service told the Post. Videos on Russian social media showed secondary explosions.",
     "Bryansk governor Alexander Bogomaz said 31 drones had been shot down over the region and that there were no casualties."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2031-06-25", a="Denys Marchenko", cat="War"),
  E("2031-06-25 09:05", "Rada backs digital military registry bill",
    ["Ukraine's parliament approved at first reading a bill that would merge the paper records of enlistment offices into a single digital registry by the end of next year. The bill passed with 268 votes."],
    "other", "politics", 2, "digital-military-registry-bill-2031-06-25", a="Anna Koval", cat="Politics"),
  ]))


def r_tl_ap(S):
    """US-style text live blog, newest first; a date line with weekday but no year ('Saturday, June 28'); page byline with two
    names; each post: '3:40 p.m. EDT' on its own line, headline, body; a video teaser prints '[Video]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "U.S.   World   Politics   Business   Opinion   Live", "", "LIVE UPDATES", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        hh = d.hour % 12 or 12
        st = f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["See earlier updates", "", f"\u00a9 {S['source']}. All rights reserved.   Terms   Privacy   Do Not Sell My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_html_live_time(S):
    """HTML live blog without JSON-LD, oldest first; each update an <article> with <time datetime="...+03:00">09:15</time>,
    <h3> headline, body, and a signature paragraph '\u2014 NAME'."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           f'<header class="nt-head"><a class="nt-logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/world">World</a> <a href="/sport">Sport</a> <a href="/comment">Comment</a></nav><a class="nt-login" href="/login">Log in</a></header>',
           f'<main class="nt-live"><h1>{esc(S["title"])}</h1>', f'<div class="nt-meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</div>',
           f'<p class="nt-intro">{esc(S["lede"])}</p>', '<ol class="nt-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li><article class="nt-update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="nt-sig">\u2014 {esc(e["a"])}</p>')
        out.append('</article></li>')
        if i == 1:
            out.append(f'<li class="nt-promo"><p>Get the {esc(S["source"])} morning briefing. <a href="/newsletters">Sign up</a></p></li>')
    out += ['</ol><p class="nt-end">This live blog has now ended.</p></main>',
            f'<footer class="nt-foot">\u00a9 {S["source"]} \u00b7 About \u00b7 Contact \u00b7 Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_html_article(S):
    """HTML article (round-up) with NewsArticle JSON-LD; visible dateline 'Published 28 June 2031, 17:20 BST'; page byline;
    standfirst; h2 section headings, one entry per section; no per-section stamp; related links and a comments teaser."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "World"}
    stampline = f"Published {pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M} {pub.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ideas">Ideas</a> '
           '<a href="/books">Books</a></nav><a class="sub" href="/subscribe">Subscribe from \u00a31</a></header>',
           f'<article class="story"><p class="section-label">World \u203a Europe</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{stampline}</p>',
           '<div class="share"><a>Share on X</a> <a>Share on Facebook</a> <a>Email</a> <a>Gift this article</a></div>', '<div class="story-body">']
    for e in S["entries"]:
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</div>', f'<aside class="related"><h3>Related</h3>' + "".join(f'<a href="/world/{slugify(r)}">{esc(r)}</a> ' for r in S["related"]) + '</aside>',
            f'<div class="comments-teaser"><a href="#comments">{S["ncomments"]} comments</a></div></article>',
            f'<footer>\u00a9 {pub.year} {esc(S["source"])} \u00b7 Terms and conditions \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# Day 3
LVIV = "lviv-missile-strike-2031-06-28"
NORD = "norway-drone-production-package-2031-06-28"
KOS = "kostiantynivka-glide-bomb-strike-2031-06-28"

# ---------------------------------------------------------------- 19640 Larkspur Global (day 3, RSS world feed, GMT)
SEEDS.append(dict(
  id="19640", name="19640_larkspur-worldrss", ext="xml", source="Larkspur Global", zone="UTC", render=r_rss2, gmt=True,
  title="Larkspur Global | Top stories", url="https://larkspurglobal.example", feedpath="rss/top.xml", lede="Top stories from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world news RSS 2.0 feed, pubDate in GMT, newest first; two of six items are about the war. Spelling 'Lvov' (Russian-style) for Lviv.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, ttl and atom:link", "category labels"],
  entries=[
  OFF("2031-06-28 21:15", "Sao Paulo Pride parade draws record crowd",
    ["Organisers of Sao Paulo's Pride parade said about 3.4 million people filled Avenida Paulista on Saturday, a record for one of the world's largest such events.",
     "Police gave a lower estimate and reported no serious incidents."],
    "sao-paulo-pride-parade-2031-06-28", a="Harriet Vale", cat="Americas", n="parade"),
  OFF("2031-06-28 18:40", "Acropolis closes as Athens heat reaches 43C",
    ["Greek authorities closed the Acropolis between noon and 5pm on Saturday as temperatures in Athens reached 43C, the culture ministry said."],
    "acropolis-heat-closure-2031-06-28", a=None, cat="Europe", n="weather"),
  E("2031-06-28 14:00", "Missile strike on Lvov kills five, Ukraine says",
    ["A Russian missile attack on the western Ukrainian city of Lvov, also spelled Lviv, killed five people and injured 29 early on Saturday, Ukrainian officials said.",
     "The city, near the Polish border, has been hit far less often than cities in the east."],
    "strikes", "strikes", 3, LVIV, a="Tomas Reyes", cat="Europe", n="toll 5; spelled Lvov"),
  OFF("2031-06-28 11:30", "Manitoba wildfire forces 6,000 from their homes",
    ["A fast-moving wildfire in northern Manitoba forced about 6,000 residents of Flin Flon and nearby communities to leave their homes, provincial officials said."],
    "manitoba-wildfire-evacuation-2031-06-28", a=None, cat="Americas", n="wildfire"),
  OFF("2031-06-28 08:10", "Thai baht hits five-year high against the dollar",
    ["The Thai baht rose to its strongest level against the US dollar in five years on strong tourism receipts and expectations of a rate cut by the Federal Reserve."],
    "thai-baht-five-year-high-2031-06-28", a=None, cat="Business", n="currency markets"),
  E("2031-06-28 06:20", "Russian glide bombs kill two in eastern Ukrainian town",
    ["Two people were killed and five wounded when Russian aircraft dropped guided bombs on Kostiantynivka in Ukraine's Donetsk region on Saturday morning, the regional governor said."],
    "strikes", "strikes", 3, KOS, a="Tomas Reyes", cat="Europe", n="another deadly strike the same day (Donetsk region); must not merge with the Lviv strike"),
  ]))

# ---------------------------------------------------------------- 19641 Mossgiel Record (day 3, US text live, no year, p.m. EDT)
SEEDS.append(dict(
  id="19641", name="19641_mossgiel-textlive", ext="txt", source="Mossgiel Record", zone="America/New_York", render=r_tl_ap,
  parse_args=["--date", "2031-06-28"],
  title="Live updates: Russian missiles hit Lviv in western Ukraine", dateline="Saturday, June 28", byline="Rachel Dunmore and Kostya Ivanenko",
  lede="Russia struck the western Ukrainian city of Lviv overnight, killing several people. Here are the latest developments.",
  basis="stamp '{s}' under the year-less date line 'Saturday, June 28' (the page prints no year; parse_args gives the day 2031-06-28); EDT = UTC-4; local {d} in {z}",
  notes="Invented US outlet. Text live blog, newest first; date line 'Saturday, June 28' without a year (parse_args --date 2031-06-28); page byline with two names, used as the author of every post (no per-post bylines). Each post: '3:40 p.m. EDT' on its own line, headline, body. 19641-02 is a 'Video:' teaser with only '[Video]'. 19641-04 is a theme piece (explainer). All posts fall between 00:45 and 15:40 EDT, i.e. on 28 June in UTC too.",
  not_entries=["outlet name and menu", "'LIVE UPDATES' label, page title, date line 'Saturday, June 28' and byline", "lede paragraph", "stamp lines",
               "'[Video]' placeholder in the teaser", "'ADVERTISEMENT' marker", "'See earlier updates'", "footer line"],
  entries=[
  E("2031-06-28 15:40", "Lviv death toll rises to six as rescuers end search",
    ["Rescuers in Lviv ended their search of a damaged apartment building on Saturday afternoon after recovering a sixth body, the city's mayor, Andriy Sadovyi, said. At least 33 people were injured.",
     "Sadovyi said the city would hold a day of mourning on Sunday."],
    "strikes", "strikes", 3, LVIV, a="Rachel Dunmore and Kostya Ivanenko", n="toll 6, search over"),
  E("2031-06-28 13:10", "Video: Inside the Lviv apartment building hit by a Russian missile", [],
    "strikes", "strikes", 1, LVIV, a="Rachel Dunmore and Kostya Ivanenko", n="video teaser without body"),
  E("2031-06-28 11:25", "Canada to send 50 armored vehicles to Ukraine",
    ["Canada will send 50 armored personnel carriers built in Ontario to Ukraine by the end of the year, the defense minister in Ottawa said Saturday, in a package worth about 180 million Canadian dollars."],
    "aid", "aid", 2, "canada-armored-vehicles-2031-06-28", a="Rachel Dunmore and Kostya Ivanenko",
    n="same aid theme as Norway's drone package (19642-04, 19643-02), different event: must not merge"),
  E("2031-06-28 09:50", "Explainer: Why western Ukraine is within easy reach of Russian missiles",
    ["Lviv lies about 70 kilometers from the Polish border and more than 900 kilometers from the front line, but that distance offers little protection.",
     "Russia's Kalibr cruise missiles, launched from ships in the Black Sea or the Caspian, can reach any part of Ukraine, and its Kh-101s are fired from bombers flying over Russian territory. Ballistic missiles from Belarus would need only a few minutes.",
     "Ukraine keeps much of its western air defense around energy sites and the rail links to Poland, which means cities such as Lviv are often defended by mobile teams with machine guns and short-range missiles."],
    "strikes", "strikes", 2, "explainer-russian-missile-reach-western-ukraine", a="Rachel Dunmore and Kostya Ivanenko",
    n="theme piece (explainer on missile reach); mentions the Lviv strike but must not merge with it"),
  E("2031-06-28 08:15", "Glide bombs kill two in Kostiantynivka",
    ["Russian aircraft dropped guided bombs on Kostiantynivka in the Donetsk region early Saturday, killing two people and wounding five, the regional governor said. The town is about 10 kilometers from the front line."],
    "strikes", "strikes", 3, KOS, a="Rachel Dunmore and Kostya Ivanenko", n="another deadly strike the same day (carried by 19640 too); must not merge with the Lviv strike"),
  E("2031-06-28 06:30", "Lviv death toll rises to five",
    ["Five people have now died in the overnight missile attack on Lviv, regional governor Maksym Kozytskyi said. Twenty-nine people were hurt, and about 40 apartments were damaged."],
    "strikes", "strikes", 3, LVIV, a="Rachel Dunmore and Kostya Ivanenko", n="toll 5"),
  E("2031-06-28 00:45", "Russian missiles strike Lviv, killing at least two",
    ["Russian missiles struck the western Ukrainian city of Lviv overnight, killing at least two people and hitting an apartment building and a warehouse, local officials said.",
     "Air raid sirens sounded across western Ukraine shortly after 3 a.m. local time. Poland said it had scrambled fighter jets as a precaution."],
    "strikes", "strikes", 3, LVIV, a="Rachel Dunmore and Kostya Ivanenko", n="first report, toll 2"),
  ]))

# ---------------------------------------------------------------- 19642 Northwold Times (day 3, HTML live, <time datetime>, oldest first)
SEEDS.append(dict(
  id="19642", name="19642_northwold-htmllive", ext="html", source="Northwold Times", zone="Europe/Kyiv", render=r_html_live_time,
  title="Lviv under fire: live", dateline="Saturday 28 June 2031", tznote="Kyiv time",
  lede="Russian missiles hit Lviv before dawn. Follow the day's developments here, with the newest posts at the end.",
  basis="<time datetime> attribute (+03:00) of the update; visible '{s}' is the same Kyiv clock; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, oldest first; each update: <time datetime=\"...+03:00\">HH:MM</time>, h3 headline, body, signature '\u2014 NAME'. 19642-05 repeats 19642-03 near-verbatim with its stale toll (duplicate_of 19642-03). 19642-02 (blast at a Lviv enlistment office) is the same city and day as the missile strike but another event (sabotage), other/security. 19642-06 (day of mourning) is a reaction whose content is the strike: same story.",
  not_entries=["header logo, menu and 'Log in'", "page title, date line 'Saturday 28 June 2031 \u00b7 Kyiv time'", "intro paragraph", "signature lines '\u2014 NAME'",
               "newsletter promo after the second update", "'This live blog has now ended.'", "footer"],
  entries=[
  E("2031-06-28 07:10", "Missile attack on Lviv: two killed",
    ["Two people were killed when Russian missiles hit Lviv at about 03:30, Mayor Andriy Sadovyi said. One missile struck a nine-storey apartment building in the Sykhiv district; another hit a warehouse on the city's southern edge.",
     "The air force said Russia fired eight Kalibr and Kh-101 cruise missiles at western Ukraine overnight, of which five were shot down."],
    "strikes", "strikes", 3, LVIV, a="Halyna Bilous", n="toll 2"),
  E("2031-06-28 09:40", "Blast at Lviv enlistment office injures one; suspect detained",
    ["An improvised explosive device went off at the entrance of a military enlistment office in Lviv's Frankivskyi district, injuring a security guard, the National Police said. A 24-year-old man was detained nearby.",
     "Police said they were investigating whether he had been recruited by Russian intelligence through a messaging app."],
    "other", "security", 2, "lviv-enlistment-office-blast-2031-06-28", a="Ostap Hnatiuk",
    n="same city and day as the missile strike but another event (sabotage): must not merge"),
  E("2031-06-28 11:05", "Lviv: four dead, 27 injured",
    ["The death toll from the night's missile attack on Lviv has risen to four, with 27 people injured, regional governor Maksym Kozytskyi said. Three of the injured are children.",
     "Rescuers are still working in the apartment building in Sykhiv, where the top three floors of one section collapsed."],
    "strikes", "strikes", 3, LVIV, a="Halyna Bilous", n="toll 4"),
  E("2031-06-28 13:30", "Norway to fund drone production with NOK 5 billion",
    ["Norway will spend 5 billion kroner, about \u20ac430 million, on long-range and interceptor drones produced in Ukraine, the Norwegian government said. The money will be paid directly to Ukrainian manufacturers."],
    "aid", "aid", 3, NORD, a="Ostap Hnatiuk", n="aid of about \u20ac430 million (carried by 19643 too)"),
  E("2031-06-28 15:20", "Lviv: four dead, 27 injured",
    ["The death toll from the night's missile attack on Lviv has risen to four, with 27 people injured, regional governor Maksym Kozytskyi said. Three of the injured are children.",
     "Rescuers are still working in the apartment building in Sykhiv, where the top three floors of a section collapsed."],
    "strikes", "strikes", 1, LVIV, a="Halyna Bilous", dup="19642-03", n="near-verbatim repeat of 19642-03 with its stale toll"),
  E("2031-06-28 18:45", "Lviv declares day of mourning",
    ["Lviv will hold a day of mourning on Sunday for the six people killed in the overnight missile attack, Mayor Sadovyi said. Flags will fly at half-mast and the city's cafes have been asked not to play music."],
    "strikes", "strikes", 3, LVIV, a="Halyna Bilous", n="reaction whose content is the strike (toll 6): same story"),
  ]))

# ---------------------------------------------------------------- 19643 Pinfold Review (day 3, HTML article round-up, JSON-LD, BST)
SEEDS.append(dict(
  id="19643", name="19643_pinfold-article", ext="html", source="Pinfold Review", zone="Europe/London", render=r_html_article,
  title="Lviv mourns, Norway pays for drones: the war in Ukraine this Saturday", url="https://pinfoldreview.example/world/2031/jun/28/ukraine-war-saturday",
  published="2031-06-28 17:20", byline="Imogen Thorley", ncomments=214,
  lede="Our correspondent's round-up of a day that began with missiles on western Ukraine.",
  related=["Lviv's displaced, nine years on", "Why Norway is spending its oil money on drones"],
  basis="no per-section stamp; the article's dateline 'Published 28 June 2031, 17:20 BST' (and its JSON-LD datePublished, +01:00) gives {d} in {z}",
  notes="Invented outlet. Single HTML article (a round-up) with NewsArticle JSON-LD and a visible dateline 'Published 28 June 2031, 17:20 BST'; four h2 sections, each one entry (headline = section heading), stamp null, author = the page byline. No per-section time.",
  not_entries=["header logo, menu and subscription offer", "section label 'World \u203a Europe'", "article title (page title) and standfirst", "byline 'By Imogen Thorley' and the dateline",
               "share buttons", "'Related' box with two links", "comments teaser '214 comments'", "footer"],
  entries=[
  E("2031-06-28 17:20", "Lviv counts its dead",
    ["Six people were killed and more than 30 injured when Russian cruise missiles hit Lwów, as many Poles still call Lviv, before dawn on Saturday. Most of the victims lived in a single section of an apartment block in the southern district of Sykhiv.",
     "It was the deadliest attack on the city in more than a year. Rescue teams finished their search in the late afternoon."],
    "strikes", "strikes", 3, LVIV, a="Imogen Thorley", n="toll 6; spelled Lw\u00f3w/Lviv"),
  E("2031-06-28 17:20", "Norway's money for drones",
    ["Oslo announced a 5 billion kroner package that will buy drones straight from Ukrainian factories, bypassing the slow business of shipping Western equipment east.",
     "Norwegian officials say the model, first tried by Denmark, gets weapons to the front in weeks rather than months."],
    "aid", "aid", 3, NORD, a="Imogen Thorley"),
  E("2031-06-28 17:20", "At the front",
    ["Ukraine's General Staff reported 146 clashes along the front over the past 24 hours, the heaviest near Stepnohirsk in the Zaporizhzhia region, where Russian troops have tried for weeks to cross a reservoir inlet."],
    "other", "frontline", 2, "stepnohirsk-fighting-2031-06-28", a="Imogen Thorley"),
  E("2031-06-28 17:20", "Diplomacy",
    ["A Vatican envoy arrived in Moscow for talks on the return of Ukrainian children, days after the Kremlin said it was studying a Holy See offer to host negotiations. No meetings with senior Russian officials have been announced."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-visit-2031-06-28", a="Imogen Thorley"),
  ]))


if __name__ == "__main__":
    main()
