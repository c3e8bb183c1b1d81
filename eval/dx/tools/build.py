#!/usr/bin/env python3
"""Builds the eval/dx seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; 2026 events are fiction set in real places,
with real institutions and office-holders in plausible roles). Part A imitates the page layouts of ten real sites from
memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dx/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def is_date_only(s):
    return re.fullmatch(r"\d{4}-\d\d-\d\d", s) is not None


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def iso(d):
    return d.isoformat()


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def limit(S, n):
    for e in S["entries"]:
        for p in e["p"]:
            assert len(" ".join(e["p"])) <= n, f"{S['id']}: post longer than {n} characters: {p[:50]}"


# ================================================================ Part A renderers (layouts of real sites, from memory)

def r_wikipedia(S):
    """Wikipedia month timeline, text scrape (Vector 2022 skin): menu chrome, title, tabs, hatnote and current-event banner,
    a month heading, one '1 September[edit]' day heading, one paragraph per event (list bullets lost in the scrape) with
    citation markers like [3] at the end, See also, References, categories and the 'last edited' footer."""
    L = ["Jump to content", "Main menu", "Search", "Appearance", "Donate", "Create account", "Log in", "Personal tools", "",
         "Contents", "hide", "(Top)", "September", "Toggle September subsection", "1 September", "See also", "References", "",
         S["title"], "", "Add languages", "", "Article", "Talk", "Read", "Edit", "View history", "Tools", "",
         "From Wikipedia, the free encyclopedia", "",
         "Further information: Russian invasion of Ukraine and Outline of the Russo-Ukrainian war", "",
         S["banner"], "",
         S["lede"], "",
         "September[edit]", "", S["dayhead"] + "[edit]", ""]
    for e in S["entries"]:
        assert len(e["p"]) == 1 and "[" not in first_sentence(e["p"][0])
        L += [e["p"][0], ""]
    L += ["See also[edit]", "", "Outline of the Russo-Ukrainian war", "Timeline of the Russo-Ukrainian war (2014–2021)",
          "Ukrainian strikes on Russian oil refineries", "", "References[edit]", ""]
    for i, r in enumerate(S["refs"]):
        L.append(f"^ {r}")
    L += ["", "Categories: 2026 in Ukraine | 2026 in Russia | Timelines of the Russian invasion of Ukraine | September 2026 events in Europe", "",
          S["edited"], "",
          "Privacy policy   About Wikipedia   Disclaimers   Contact Wikipedia   Code of Conduct   Developers   Statistics   Cookie statement   Mobile view"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_telegram(S):
    """t.me/s/<channel> web preview, HTML. Channel header with counters; messages oldest first; a service date divider
    'July 22' (no year visible); each footer has views and <time datetime="...+00:00"> whose text is 'HH:MM' (UTC).
    No headlines: the first sentence is set in bold."""
    z = S["zone"]; order_check(S, False)
    ch = S["channel"]
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />',
           f'<meta property="og:title" content="{attr(S["chname"])}">', f'<meta property="og:description" content="{attr(S["desc"])}">',
           f'<meta property="og:url" content="https://t.me/s/{ch}">', '<meta property="og:site_name" content="Telegram">',
           '<link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet">',
           '<link href="//telegram.org/css/telegram-web.css?2" rel="stylesheet">', '</head>',
           '<body class="widget_frame_base tgme_webpage_body emoji_image nodark">',
           '<header class="tgme_header search_collapsed">',
           f'<div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/{ch}"><i class="tgme_page_photo_image bgcolor2" data-content="U"></i>'
           f'<div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">{esc(S["chname"])}</span></div>'
           f'<div class="tgme_header_counter">{S["subs"]} subscribers</div></div></a></div>',
           '<div class="tgme_header_search"><form class="tgme_header_search_form" action="" method="get">'
           '<input class="tgme_header_search_form_input js-header_search" name="q" placeholder="Search" autocomplete="off"></form></div>',
           '</header>',
           '<main class="tgme_main"><div class="tgme_container"><div class="tgme_right_column"><div class="tgme_channel_info">',
           f'<div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">{esc(S["chname"])}</span></div>'
           f'<div class="tgme_channel_info_header_username"><a href="https://t.me/{ch}">@{ch}</a></div></div>',
           '<div class="tgme_channel_info_counters">'
           f'<div class="tgme_channel_info_counter"><span class="counter_value">{S["subs"]}</span> <span class="counter_type">subscribers</span></div>'
           '<div class="tgme_channel_info_counter"><span class="counter_value">14.8K</span> <span class="counter_type">photos</span></div>'
           '<div class="tgme_channel_info_counter"><span class="counter_value">4.1K</span> <span class="counter_type">videos</span></div>'
           '<div class="tgme_channel_info_counter"><span class="counter_value">2.6K</span> <span class="counter_type">links</span></div></div>',
           f'<div class="tgme_channel_info_description">{esc(S["desc"])}</div>',
           f'<div class="tgme_channel_download_telegram"><div class="tgme_channel_download_telegram_bottom">Preview channel</div>'
           f'If you have <strong>Telegram</strong>, you can view and join <br><strong>{esc(S["chname"])}</strong> right away.</div>',
           f'<a class="tgme_action_button_new shine" href="tg://resolve?domain={ch}">View in Telegram</a>',
           '</div></div>',
           '<section class="tgme_channel_history js-message_history">',
           f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{ch}?before={S["first_post"]}" class="tme_messages_more js-messages_more" data-before="{S["first_post"]}"></a></div>',
           f'<div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">{esc(S["divider"])}</div></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        post = S["first_post"] + 1 + i * 3
        out.append(f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{ch}/{post}" data-view="eyJjIjotMTAwMTM0NTY3ODkwLCJwIjo{post}fQ">')
        out.append(f'<div class="tgme_widget_message_user"><a href="https://t.me/{ch}"><i class="tgme_widget_message_user_photo bgcolor2" data-content="U"></i></a></div>')
        out.append('<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"></svg></i>')
        out.append(f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{ch}"><span dir="auto">{esc(S["chname"])}</span></a></div>')
        if e.get("fwd"):
            out.append(f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{e["fwd_user"]}"><span dir="auto">{esc(e["fwd"])}</span></a></div>')
        if e.get("photo"):
            out.append(f'<a class="tgme_widget_message_photo_wrap" href="https://t.me/{ch}/{post}" style="width:800px;background-image:url(\'https://cdn4.cdn-telegram.org/file/{post}a.jpg\')"><div class="tgme_widget_message_photo" style="padding-top:66.25%"></div></a>')
        fs = first_sentence(e["p"][0]); rest = e["p"][0][len(fs):]
        body = f'<b>{esc(fs)}</b>{esc(rest)}' + "".join(f"<br/><br/>{esc(p)}" for p in e["p"][1:])
        out.append(f'<div class="tgme_widget_message_text js-message_text" dir="auto">{body}</div>')
        out.append('<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
                   f'<span class="tgme_widget_message_views">{e["views"]}</span><span class="copyonly"> views</span>'
                   + ('<span class="tgme_widget_message_meta">edited </span>' if e.get("edited") else '')
                   + f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{ch}/{post}">'
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")}" class="time">{st}</time></a></span></div></div>')
        out.append('</div></div></div>')
    out += ['</section></div></main>',
            '<script src="//telegram.org/js/tgwallpaper.min.js?3"></script>',
            '<script src="//telegram.org/js/widget-frame.js?64"></script>',
            '<script>TWidgetAuth.init({"api_url":"https:\\/\\/t.me\\/api\\/method?api_hash=4c1e2f0b7a","unauth":true});</script>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_substack(S):
    """Substack post, HTML: publication navbar, h1 title + subtitle, byline with date only ('Jul 27, 2026'), like/comment/
    restack counts, body with h3 section headings, a subscribe widget, a 'Further reading' list, comments footer. JSON-LD
    NewsArticle with the full datePublished (the only time on the page)."""
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": S["url"], "mainEntityOfPage": S["url"],
          "headline": S["title"], "description": S["subtitle"],
          "image": [{"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F7c1e0a2b.jpeg"}],
          "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": (d + timedelta(minutes=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
          "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": S["author"], "url": S["author_url"], "description": S["author_bio"], "identifier": "user:48213377",
                      "image": {"@type": "ImageObject", "contentUrl": "https://substackcdn.com/image/fetch/w_120/avatar.png", "thumbnailUrl": "https://substackcdn.com/image/fetch/w_120/avatar.png"}}],
          "publisher": {"@type": "Organization", "name": S["pubname"], "url": S["home"], "description": S["pubdesc"], "identifier": "pub:2209814",
                        "logo": {"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_256/logo.png", "contentUrl": "https://substackcdn.com/image/fetch/w_256/logo.png"}}}
    vis = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - by {esc(S["author"])}</title>',
           f'<meta name="description" content="{attr(S["subtitle"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<meta property="og:type" content="article">', f'<meta property="og:title" content="{attr(S["title"])}">',
           f'<meta name="author" content="{attr(S["author"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css"></head>',
           '<body><div id="entry"><div id="main" class="main typography use-theme-bg">',
           f'<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="{S["home"]}">{esc(S["pubname"])}</a>'
           '<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button> <button class="button sign-in-link">Sign in</button></div></div></div>',
           '<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">',
           f'<div class="post-header"><h1 class="post-title published title-X77sOw">{esc(S["title"])}</h1>',
           f'<h3 class="subtitle">{esc(S["subtitle"])}</h3>',
           f'<div class="post-meta"><div class="byline-wrapper"><a class="profile-hover-card-target" href="{S["author_url"]}">{esc(S["author"])}</a>'
           f'<div class="post-date" title="{attr(d.strftime("%a, %d %b %Y %H:%M:%S GMT"))}">{vis}</div></div>',
           '<div class="post-ufi"><a class="like-button-container"><span class="label">86</span></a> <a class="post-ufi-comment-button"><span class="label">14</span></a> '
           '<a class="restack-button"><span class="label">9</span></a> <a class="share-button">Share</a></div></div></div>',
           '<div class="available-content"><div dir="auto" class="body markup">']
    out += [f'<p>{esc(p)}</p>' for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3 class="header-anchor-post">{esc(e["h"])}<div class="pencraft header-anchor-parent"><div class="header-anchor-widget" aria-label="Link"></div></div></h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;' + S["home"] + '/subscribe&quot;}"><div class="subscription-widget show-subscribe">'
                       f'<div class="preamble"><p class="cta-caption">{esc(S["sub_box"])}</p></div>'
                       '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…">'
                       '<input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    out.append(f'<h3 class="header-anchor-post">{esc(S["reading_head"])}</h3><ul>')
    out += [f'<li><p><a href="{attr(u)}" rel="">{esc(t)}</a></p></li>' for t, u in S["reading"]]
    out.append('</ul>')
    out += ['</div></div>',
            '<div class="post-footer"><div class="post-ufi"><span class="label">86</span> <span class="label">14</span> <span class="label">9</span> <a class="share-button">Share</a></div></div>',
            '</article></div></div></div>',
            '<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs"><a>Comments</a> <a>Restacks</a></div>',
            '<div class="comment-list"><div class="comment"><a class="comment-author">Graham T.</a><div class="comment-meta">Jul 27</div>'
            '<div class="comment-body"><p>Thanks, this is the first thing I read every Monday.</p></div></div></div></div>',
            f'<div class="footer-wrap"><div class="footer"><div class="footer-buttons"><p>© 2026 {esc(S["author"])}</p>'
            '<p><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p>'
            '<p><a class="button" href="https://substack.com/signup">Start your Substack</a> <a class="button" href="https://substack.com/app">Get the app</a></p></div></div></div>',
            '</div></div></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_medium(S):
    """Medium post, text scrape: top bar, title, subtitle, author + Follow, 'Published in X', '8 min read · Aug 14, 2026'
    (date only, no time), clap/response counts, body with numbered section headings, tags, 'Written by' box, responses,
    'More from' and 'Recommended from Medium' teasers, footer links."""
    L = ["Open in app", "", "Sign up", "", "Sign in", "", "Write", "", "Sign up", "", "Sign in", "", "", S["title"], S["subtitle"], "",
         S["author"], "", "Follow", "", f"Published in {S['pubname']}", "", f"{S['readtime']} min read", "·", S["datevis"], "",
         "412", "", "7", "", "Listen", "", "Share", "", ""]
    L += ptxt(S["lede"])
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ptxt(S["signoff"])
    L += ["Ukraine", "Russia", "Geopolitics", "Military", "Drones", "", "412", "", "7", "", "",
          f"Published in {S['pubname']}", "", "2.3K Followers", "·", "Last published 2 days ago", "", S["pubdesc"], "", "Follow", "", "",
          f"Written by {S['author']}", "", "1.4K Followers", "·", "183 Following", "", S["author_bio"], "", "Follow", "", "",
          "Responses (7)", "", "What are your thoughts?", "", "Cancel", "Respond", "",
          "Maksym D.", "", "Aug 15, 2026", "", "Point 4 deserves its own post. The gap between pledges and money in the bank is the real story of this summer.", "", "21", "", "Reply", "",
          "See all responses", "", "", f"More from {S['author']} and {S['pubname']}", "", S["more"][0], "", "Jul 31, 2026", "", "", S["more"][1], "", "Aug 7, 2026", "", "",
          "Recommended from Medium", "", S["recommended"], "", "", "See more recommendations", "", "",
          "Help", "", "Status", "", "About", "", "Careers", "", "Press", "", "Blog", "", "Privacy", "", "Rules", "", "Terms", "", "Text to speech"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_mastodon(S):
    """Mastodon account RSS (https://instance/@user.rss): channel title = display name, no item titles, HTML description
    escaped, RFC 822 pubDate with +0000, hashtags as <category>; newest first."""
    z = S["zone"]; order_check(S, True); limit(S, 500)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/">', '  <channel>',
           f'    <title>{esc(S["title"])}</title>', f'    <description>Public posts from @{S["acct"]}</description>',
           f'    <link>{S["url"]}</link>',
           f'    <image><url>https://files.{S["instance"]}/accounts/avatars/110/284/551/original/3f1c2a9b7e.jpg</url><title>{esc(S["title"])}</title><link>{S["url"]}</link></image>',
           f'    <lastBuildDate>{rfc822(last)}</lastBuildDate>',
           f'    <webfeeds:icon>https://files.{S["instance"]}/accounts/avatars/110/284/551/original/3f1c2a9b7e.jpg</webfeeds:icon>',
           '    <generator>Mastodon v4.5.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        sid = 115012044871230000 - i * 90172333
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("tags"):
            body += "<p>" + " ".join(f'<a href="https://{S["instance"]}/tags/{t.lower()}" class="mention hashtag" rel="tag">#<span>{t}</span></a>' for t in e["tags"]) + "</p>"
        out += ['    <item>', f'      <guid isPermaLink="true">{S["url"]}/{sid}</guid>', f'      <link>{S["url"]}/{sid}</link>',
                f'      <pubDate>{st}</pubDate>', f'      <description>{esc(body)}</description>']
        for t in e.get("tags", []):
            out.append(f'      <category>{t.lower()}</category>')
        out.append('    </item>')
    out += ['  </channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bluesky(S):
    """Bluesky profile RSS (bsky.app/profile/<handle>/rss): channel title '@handle - Name', description = bio, items with
    link, plain-text description, guid at:// URI and pubDate in Go's RFC822Z form ('19 Aug 26 17:05 +0000': no weekday,
    two-digit year, no seconds); no item titles; newest first."""
    z = S["zone"]; order_check(S, True); limit(S, 300)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>',
           f'<description>{esc(S["bio"])}</description>', f'<link>https://bsky.app/profile/{S["handle"]}</link>',
           f'<title>{esc(S["title"])}</title>']
    stamps = []
    keys = ["3lx4tqgk2cs2d", "3lx4r7pwbvk2f", "3lx4mzc3hhs2a", "3lx4ivb6yqc2x", "3lx4ht2knxk2c", "3lx4h2zjw5s2u", "3lx4gq7dmbc2k"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%d %b %y %H:%M +0000"); stamps.append(st)
        out += ['<item>', f'<link>https://bsky.app/profile/{S["did"]}/post/{keys[i]}</link>',
                f'<description>{esc(chr(10).join(e["p"]) if len(e["p"]) == 1 else (chr(10) * 2).join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">at://{S["did"]}/app.bsky.feed.post/{keys[i]}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_threadreader(S):
    """Thread Reader App unroll, text scrape: site chrome, author name and @handle, one date line for the whole thread
    ('Aug 24, 2026 • 6 tweets • 3 min read'), the tweets as paragraphs, then the 'keep current', PDF and support boxes
    and 'More from @handle' teasers."""
    n = len(S["entries"])
    L = ["Thread Reader", "Share this page!", "×", "Post", "", "Share", "", "Email", "", "", "Enter URL or ID to Unroll", "×", "",
         "Unroll Thread", "", "You can paste full URL like: https://x.com/threadreaderapp/status/1644127596119195649", "",
         "or just the ID like: 1644127596119195649", "", "",
         S["author"], "", f"@{S['handle']}", "", "", f"{S['datevis']} • {n} tweets • {S['readtime']} min read", "", "Read on X", "", ""]
    for e in S["entries"]:
        assert len(e["p"]) == 1
        L += [e["p"][0], ""]
        if e.get("img"):
            L += [e["img"], ""]
    L += ["• • •", "", "Missing some Tweet in this thread? You can try to force a refresh", "", "",
          f"Keep Current with {S['author']}", "", S["author"], "",
          "Stay in touch and get notified when new unrolls are available from this author!", "", "",
          "This Thread may be Removed Anytime!", "", "PDF", "", "X may remove this content at anytime! Save it as PDF for later use!", "",
          "Save as PDF", "", "", "Try unrolling a thread yourself!", "",
          "Follow @ThreadReaderApp to mention us!", "", "From a Tweet in the thread, reply @threadreaderapp unroll", "",
          "Practice here first or read more on our help page!", "", "",
          f"More from @{S['handle']}", ""]
    for t, dvis in S["more"]:
        L += [S["author"], f"@{S['handle']}", dvis, "", t, "", ""]
    L += ["Did Thread Reader help you today?", "", "Support us! We are indie developers!", "",
          "Read more about the story.", "", "Become a Premium Member ($3/month or $30/year) and get exclusive features!", "",
          "Become Premium", "", "Too expensive? Make a small donation by buying us coffee ($5) or help with server cost ($10)", "",
          "Donate via Paypal", "", "Thank you for your support!", "", "Help | About | TOS | Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_deepstate(S):
    """DeepStateMap 'history of updates' page, HTML (English version): header with map/analytics/support links, a list of
    update cards newest first, each with 'dd.mm.yyyy HH:MM' (Kyiv time, no zone printed), a title (mostly the same
    'Map updated'), the text and a 'View on map' link. No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="description" content="Interactive map of the war in Ukraine with daily updates of the front line.">',
           '<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/_nuxt/entry.8c1f2d.css"></head>',
           '<body><div id="__nuxt"><div class="layout">',
           '<header class="header"><a class="header__logo" href="/en">DeepStateMAP</a><nav class="header__nav">'
           '<a href="/en">Map</a> <a href="/en/history">History</a> <a href="/en/analytics">Analytics</a> <a href="/en/about">About the project</a> '
           '<a class="btn btn--accent" href="/en/support">Support</a></nav><div class="lang"><a href="/uk/history">UA</a> <a class="active" href="/en/history">EN</a></div></header>',
           '<main class="history">', f'<h1 class="history__title">{esc(S["h1"])}</h1>',
           f'<p class="history__lead">{esc(S["lede"])}</p>', '<div class="history__list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y %H:%M"); stamps.append(st)
        out.append(f'<div class="history-item" id="update-{S["idbase"] - i}"><div class="history-item__date">{st}</div>')
        out.append(f'<h3 class="history-item__title">{esc(e["h"])}</h3>')
        out += [f'<p class="history-item__text">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="history-item__actions"><a class="history-item__map" href="/en#{e["map"]}">View on map</a> <button class="history-item__share">Share</button></div></div>')
        if i == 2:
            out.append('<div class="history-banner"><p>DeepState is independent and funded by our readers.</p><a href="/en/support">Become a patron</a></div>')
    out += ['</div>', '<button class="history__more">Show earlier updates</button>', '</main>',
            '<footer class="footer"><p>© DeepState, 2026</p><a href="https://t.me/DeepStateUA">Telegram</a> <a href="https://x.com/Deepstate_UA">X</a> '
            '<a href="/en/privacy">Privacy policy</a></footer></div></div>',
            '<script type="module" src="/_nuxt/entry.8c1f2d.js"></script></body></html>']
    return "\n".join(out) + "\n", stamps


def rel_ago(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins} minutes ago"
    assert mins % 60 == 0, d
    h = mins // 60
    return "1 hour ago" if h == 1 else f"{h} hours ago"


def r_liveuamap(S):
    """Liveuamap, text scrape of the Ukraine event list: top bar, region tabs, the page clock line, then events newest
    first, each with a relative age ('3 hours ago'), the event line (no final full stop) and a 'source' link."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["liveuamap", "Ukraine", "", "Search", "Log in", "Get Pro", "", S["title"], "",
         "Ukraine   Russia   Belarus   Moldova   Black Sea   Crimea   Kharkiv   Donetsk   Zaporizhzhia   Kherson   Odesa", "",
         f"{DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M}", "", "Latest news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_ago(ref, d); stamps.append(st)
        assert len(e["p"]) == 1 and not re.search(r"[.!?]", e["p"][0])
        L += [st, e["p"][0]]
        if e.get("img"):
            L.append(e["img"])
        L += ["source", ""]
        if i == 3:
            L += ["Advertisement", "Remove ads with Liveuamap Pro", ""]
    L += ["Load more", "", "About   Terms   Privacy   Contact   API   Apps", "© liveuamap.com"]
    return "\n".join(L) + "\n", stamps


def r_threads(S):
    """Threads (threads.com) profile page, server-rendered HTML: profile header (name, username, bio, followers, tabs), a
    pinned post from another day, then posts newest first. Each post: username, <time datetime="...Z" title="..."> whose
    visible text is the short date '07/24/26' (the capture was more than a week later), text, counts, link cards."""
    z = S["zone"]; order_check(S, True); limit(S, 500)
    u = S["user"]
    out = ['<!DOCTYPE html>', '<html lang="en" class="_9dls"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta property="og:title" content="{attr(S["display"])} (@{u}) on Threads">', f'<meta property="og:description" content="{attr(S["bio"])}">',
           f'<link rel="canonical" href="https://www.threads.com/@{u}">', '</head>',
           '<body class="x1ig2bvs"><div id="barcelona-page-layout"><div class="x78zum5 xdt5ytf">',
           '<nav class="x1s85apg"><a href="/" aria-label="Home">Home</a> <a href="/search" aria-label="Search">Search</a> '
           '<a href="/login" aria-label="Create">Create</a> <a href="/activity" aria-label="Notifications">Notifications</a> <a href="/login" aria-label="Profile">Profile</a></nav>',
           '<div class="x1n2onr6 profile-header">', f'<h1 dir="auto"><span class="x1lliihq">{esc(S["display"])}</span></h1>',
           f'<div class="xu06os2"><span dir="auto">{u}</span> <span class="x1fhwpqd">threads.net</span></div>',
           f'<div class="x1a6qonq"><span dir="auto">{esc(S["bio"])}</span></div>',
           f'<div class="x6s0dn4"><span>{S["followers"]} followers</span> · <a href="https://{S["site"]}" rel="nofollow">{S["site"]}</a></div>',
           '<div class="x1i10hfl"><button>Follow</button> <button>Mention</button></div>',
           '<div role="tablist"><a role="tab" aria-selected="true">Threads</a> <a role="tab">Replies</a> <a role="tab">Media</a> <a role="tab">Reposts</a></div></div>',
           '<div class="x78zum5 feed">']
    # pinned post (older, not part of the day)
    pd = dt(S["pinned"]["t"], "UTC")
    out += ['<div data-pressable-container="true" class="x1a2a7pz pinned"><div class="x6s0dn4"><span class="x1lliihq">Pinned</span></div>',
            f'<div class="x78zum5"><a href="/@{u}" role="link"><span dir="auto">{u}</span></a> '
            f'<a href="/@{u}/post/{S["pinned"]["code"]}"><time class="x1rg5ohu" datetime="{pd.strftime("%Y-%m-%dT%H:%M:%S.000Z")}" title="{pd.strftime("%m/%d/%Y")} {ampm(pd, space=" ", upper=True)}">{pd.strftime("%m/%d/%y")}</time></a></div>',
            f'<div class="x1a6qonq"><span dir="auto">{esc(S["pinned"]["text"])}</span></div>',
            '<div class="x4vbgl9"><span>Like</span> <span>2.4K</span> <span>Comment</span> <span>96</span> <span>Repost</span> <span>310</span> <span>Share</span> <span>57</span></div></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%m/%d/%y"); stamps.append(st)
        out.append(f'<div data-pressable-container="true" class="x1a2a7pz"><div class="x78zum5"><a href="/@{u}" role="link"><span dir="auto">{u}</span></a> '
                   f'<a href="/@{u}/post/{e["code"]}"><time class="x1rg5ohu" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S.000Z")}" title="{d.strftime("%m/%d/%Y")} {ampm(d, space=" ", upper=True)}">{st}</time></a></div>')
        out.append('<div class="x1a6qonq">' + "<br>".join(f'<span dir="auto">{esc(p)}</span>' for p in e["p"]) + '</div>')
        if e.get("card"):
            out.append(f'<a class="x1i10hfl link-card" href="https://{S["site"]}/news-feed/"><div class="x1lliihq">{S["site"]}</div><div class="x1lliihq">{esc(e["card"])}</div></a>')
        c = e["counts"]
        out.append(f'<div class="x4vbgl9"><span>Like</span> <span>{c[0]}</span> <span>Comment</span> <span>{c[1]}</span> <span>Repost</span> <span>{c[2]}</span> <span>Share</span> <span>{c[3]}</span></div></div>')
    out += ['</div>', '<div class="x1n2onr6 login-prompt"><span>Log in to see more from ' + u + '.</span> <a href="/login">Log in</a></div>',
            '<footer class="x1e56ztr"><span>© 2026</span> <a href="https://help.instagram.com/769983657850450">Threads Terms</a> <a href="https://privacycenter.instagram.com/policy/?section_id=threads">Privacy Policy</a> '
            '<a href="https://privacycenter.instagram.com/policies/cookies/">Cookies Policy</a> <a>Report a problem</a></footer></div></div>',
            '<script type="application/json" data-content-len="164" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["BarcelonaSiteConfig",[],{"is_logged_out":true},6291]]}}]]]}</script>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_tillbrook(S):
    """text live, newest first; 'Key Points' block listing headlines; '19:55 BST' line before the headline; 'Reporting by NAME'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Politics | Sport | Culture | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get the Chronicle's Ukraine briefing in your inbox every weekday at 7am.", ""]
    L += ["Show earlier updates", "", f"{S['source']} · About us · Corrections · Privacy notice · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_iverdale(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00); headline first, then a meta
    line 'AUTHOR · 10:25' with the time in <time datetime>; a 'Read also' box."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso(d), "dateModified": iso(d),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie-note">{esc(S["source"])} uses cookies to understand how readers use the site. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz">Times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="post-{i + 1}"><h2>{esc(e["h"])}</h2>')
        out.append('<p class="lb-meta">' + (f'<span class="lb-author">{esc(e["a"])}</span> · ' if e["a"] else '') + f'<time datetime="{iso(d)}">{st}</time></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="lb-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/war/zaporizhzhia-front-explained">How the Zaporizhzhia front line has shifted since spring</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial policy · Team · Contacts · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate in the outlet's form (S['rfc'] = 'GMT' or 'num'), CDATA paragraphs, dc:creator
    only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>', f'<copyright>{esc(S["copyright"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["idbase"] + i * 17}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["idbase"] + i * 17}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no
    per-section stamp."""
    L = [S["source"], "Politics  |  World  |  Economy  |  Opinion  |  Podcasts", "", "World › Europe › Ukraine", "", S["title"], "",
         S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Share · Save · Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", "Related", S["related"], "", f"© {S['source']} · Imprint · Terms · Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pellowick(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, a printed note 'All times CEST', byline
    below the h2, a photo gallery stub for the teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {S["source"]}</title></head><body>',
           '<div id="consent">We use cookies and similar technologies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} · {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-item"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read more</h3><a href="/ukraine/lwow-air-defence">Why Lwów is no longer far from the war</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-2026-08-10">Monday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} · About us · Advertising · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    def stamp(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feeds/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feeds/{S["id"]}</id>', f'<updated>{stamp(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>{esc(S["copyright"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{S["idbase"] + i}"/>',
                f'<id>{S["url"]}/a/{S["idbase"] + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "world")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_morrowfield(S):
    """text live, oldest first; '6:10 a.m. ET' line before each headline; dateline with year; per-post 'By NAME' lines."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "U.S.  ·  World  ·  Politics  ·  Business  ·  Opinion  ·  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Read our latest reporting on the war in Ukraine.", "", f"{S['source']} · Terms of Use · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_nordhavn(S):
    """text live, oldest first; date line with weekday and day but no year; '07.20' (Finnish dot clock) before the headline;
    page byline; a video stub for the teaser."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  ·  Finland  ·  Nordics  ·  Russia  ·  Ukraine  ·  Business", "", S["title"], S["dateline"], f"Text: {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}.{d:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 0:48]", ""]
        if i == 3:
            L += ["Subscribe to the Courier's evening newsletter.", ""]
    L += ["The live blog continues tomorrow morning.", "", f"{S['source']} · Editorial team · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_harwick(S):
    """HTML live from a WordPress live-blog plugin, newest first; visible '2:35 p.m. EDT' in <time datetime>; headline h3;
    byline 'By NAME'. Its JSON-LD is the buggy plugin kind: each liveBlogUpdate's headline is the squashed entry text,
    articleBody is an object, and one empty update (a deleted entry) is still emitted. Per-update datePublished are right."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        squash = (e["h"] + " " + " ".join(e["p"]))[:110]
        ups.append({"@type": "BlogPosting", "headline": squash, "url": f"{S['url']}#liveblog-entry-{S['idbase'] - i}", "datePublished": iso(d),
                    "articleBody": {"@type": "Text"}})
        if i == 2:
            ups.append({"@type": "BlogPosting", "headline": "", "url": f"{S['url']}#liveblog-entry-{S['idbase'] - 50}",
                        "datePublished": iso(d - timedelta(minutes=41)), "articleBody": {"@type": "Text"}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} – {S["source"]}</title>',
           "<meta name='robots' content='index, follow, max-image-preview:large' />",
           f'<link rel="canonical" href="{S["url"]}" />',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           "<link rel='stylesheet' id='liveblog-css' href='/wp-content/plugins/liveblog/assets/app.css?ver=1.9.7' media='all' />", '</head>',
           '<body class="post-template-default single single-post">',
           f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{S["source"]}</a></p>'
           '<nav id="site-navigation"><a>Local</a> <a>Canada</a> <a>World</a> <a>Business</a> <a>Sports</a> <a>Opinion</a></nav></header>',
           f'<main id="primary"><article class="post type-post"><h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="posted-on">{esc(S["dateline"])}</span></div>', f'<p class="entry-summary">{esc(S["lede"])}</p>',
           '<div id="wpcom-liveblog-container" class="liveblog-container">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        out.append(f'<article id="liveblog-entry-{S["idbase"] - i}" class="liveblog-entry"><header class="liveblog-meta">'
                   f'<a class="liveblog-meta-time" href="#liveblog-entry-{S["idbase"] - i}"><time datetime="{iso(d)}">{st}</time></a></header>')
        out.append(f'<div class="liveblog-entry-content"><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="liveblog-author-name">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div></article>')
        if i == 1:
            out.append('<div class="wp-block-newsletter">Sign up for The Dispatch\u2019s world news newsletter, delivered weekday evenings.</div>')
    out += ['</div></article></main>', f'<footer id="colophon">{S["source"]} · Contact · Advertise · Privacy · Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ PART A: ten real sites' layouts (own words, invented events)
SEEDS = []

# ---------------------------------------------------------------- 12900 Wikipedia (month timeline, text scrape)
KYIV0901 = "kyiv-combined-attack-2026-09-01"
SEEDS.append(dict(
  id="12900", name="12900_wikipedia-timeline", ext="txt", source="Wikipedia", zone="UTC", render=r_wikipedia,
  title="Timeline of the Russian invasion of Ukraine (September 2026)",
  banner="This article is about a current event. Details can change quickly and early reports may prove wrong. (September 2026)",
  lede="This page lists notable events of the Russian invasion of Ukraine from 1 September 2026 onwards, day by day. Earlier events are listed in Timeline of the Russian invasion of Ukraine (June 2026 – August 2026).",
  dayhead="1 September",
  edited="This page was last edited on 1 September 2026, at 22:47 (UTC).",
  basis="day heading '1 September' under the month page for September 2026 (title); no time of day is printed, so date only",
  notes="Wikipedia month timeline captured on its first day: one day section ('1 September[edit]'). Each paragraph (a list bullet; the markers were lost in the scrape) is one entry: no headline, no stamp, date only (no time is printed; the 'last edited ... 22:47 (UTC)' footer is the page revision time, not an event time). Citation markers such as [1][2] close each paragraph and are never inside the first sentence. Two entries (12900-01, 12900-02) belong to the same Kyiv attack. The References list repeats news headlines: they are citations, not entries.",
  not_entries=["skin chrome: 'Jump to content', menus, 'Contents' box, tabs (Article/Talk/Read/Edit/View history/Tools)",
               "page title line", "'From Wikipedia, the free encyclopedia' and the 'Further information' hatnote",
               "current-event banner", "lede paragraph describing the page's scope", "'September[edit]' and '1 September[edit]' headings",
               "See also heading and its three links", "References heading and the 10 citation lines (news headlines with outlet and dates)",
               "Categories line", "'This page was last edited on ...' footer", "footer links"],
  refs=[
    "Hrytsenko, Olena (1 September 2026). \"Four killed in Kyiv as Russia launches hundreds of drones and missiles\". The Kyiv Independent. Retrieved 1 September 2026.",
    "\"Ukraine says it downed most of 486 drones in overnight barrage\". Reuters. 1 September 2026. Retrieved 1 September 2026.",
    "\"Tkachenko: school in Darnytskyi district damaged, pupils to study remotely\". Ukrinform. 1 September 2026. Retrieved 1 September 2026.",
    "Savchuk, Marta (1 September 2026). \"More than 1,100 front-line schools start the year online or underground\". Suspilne. Retrieved 1 September 2026.",
    "\"Russian defence ministry claims Novoheorhiivka\". TASS. 1 September 2026. Retrieved 1 September 2026.",
    "\"Sybiha and Fidan discuss Istanbul talks and Black Sea shipping\". Anadolu Agency. 1 September 2026. Retrieved 1 September 2026.",
    "Ziegler, Jan (1 September 2026). \"Berlin announces new 1.9 billion euro package for Kyiv\". Deutsche Welle. Retrieved 1 September 2026.",
    "\"Pistorius: IRIS-T systems to reach Ukraine before winter\". Interfax-Ukraine. 1 September 2026. Retrieved 1 September 2026.",
    "\"Fire at Afipsky refinery after drone attack, Krasnodar officials say\". RBC-Ukraine. 1 September 2026. Retrieved 1 September 2026.",
    "\"UAE mediates exchange of 146 prisoners from each side\". Ukrainska Pravda. 1 September 2026. Retrieved 1 September 2026."],
  entries=[
  E("2026-09-01", None,
    ["Russia launches a combined missile and drone attack on Kyiv overnight, killing four people and injuring 23 in the Sviatoshynskyi and Darnytskyi districts. According to the Ukrainian Air Force, 412 of 486 drones and 19 of 27 missiles were shot down or jammed.[1][2]"],
    "strikes", "strikes", 3, KYIV0901),
  E("2026-09-01", None,
    ["The head of the Kyiv City Military Administration, Tymur Tkachenko, says a school in Darnytskyi district was damaged in the attack hours before the start of the school year. Its pupils will study remotely until repairs are finished.[3]"],
    "strikes", "strikes", 3, KYIV0901, n="damage from the same overnight attack as 12900-01"),
  E("2026-09-01", None,
    ["Schools across Ukraine open for the new academic year. The Ministry of Education and Science says more than 1,100 schools in front-line regions will teach only online or in underground classrooms.[4]"],
    "other", "humanitarian", 2, "ukraine-school-year-frontline-schools-2026"),
  E("2026-09-01", None,
    ["The Russian Ministry of Defence claims to have captured the village of Novoheorhiivka in Dnipropetrovsk Oblast. The General Staff of the Ukrainian Armed Forces does not confirm the claim.[5]"],
    "other", "frontline", 2, "novoheorhiivka-capture-claim-2026-09-01"),
  E("2026-09-01", None,
    ["Ukrainian foreign minister Andrii Sybiha meets his Turkish counterpart Hakan Fidan in Ankara. They discuss Turkey's offer to host a further round of direct Ukrainian–Russian talks in Istanbul and the safety of shipping in the Black Sea.[6]"],
    "diplomacy", "diplomacy", 3, "sybiha-fidan-ankara-meeting-2026-09-01"),
  E("2026-09-01", None,
    ["Germany announces a €1.9 billion military aid package for Ukraine, including two IRIS-T SLM systems and funding for long-range drones built in Ukraine. German defence minister Boris Pistorius says the first deliveries will arrive before winter.[7][8]"],
    "aid", "aid", 3, "germany-aid-package-2026-09-01"),
  E("2026-09-01", None,
    ["Ukrainian drones strike the Afipsky oil refinery in Krasnodar Krai, starting a fire at a primary processing unit, according to regional authorities. The Russian Ministry of Defence says 87 Ukrainian drones were shot down overnight over eight regions.[9]"],
    "strikes", "strikes", 2, "afipsky-refinery-strike-2026-09-01"),
  E("2026-09-01", None,
    ["Ukraine and Russia exchange 146 prisoners of war each, in a swap mediated by the United Arab Emirates. Zelenskyy says the returned Ukrainians include defenders of Mariupol held since 2022.[10]"],
    "diplomacy", "diplomacy", 3, "uae-mediated-pow-exchange-2026-09-01"),
  ]))

# ---------------------------------------------------------------- 12901 Telegram web preview (t.me/s/)
KHARKIV0722 = "kharkiv-glide-bomb-strike-2026-07-22"
SEEDS.append(dict(
  id="12901", name="12901_telegram-ukrainenow", ext="html", source="Telegram", zone="UTC", render=r_telegram,
  title="Ukraine NOW [English] – Telegram", channel="ukrainenowenglish", chname="Ukraine NOW [English]", subs="52.4K",
  desc="Official English-language news channel of Ukraine NOW, the government's information service. Verified updates on the war, 24/7.",
  first_post=24610, divider="July 22",
  basis="visible '{s}' (t.me renders UTC) under the date divider 'July 22'; year and seconds from the <time datetime> attribute; {d} {z}",
  notes="t.me/s web preview of an official channel. Oldest first. The visible clock 'HH:MM' is UTC (the <time datetime> attribute carries +00:00 and the seconds). The visible page prints no year (divider 'July 22'); the year is only in the datetime attributes, so no parse_args. No headlines: each message's first sentence is bold. Channel posts are unsigned: author null. 12901-01 is forwarded from the Air Force channel. 12901-02 and 12901-04 are the same Kharkiv strike (toll 2, then 3).",
  not_entries=["<title> and channel header (name, '52.4K subscribers', search box)", "channel info box: counters (subscribers/photos/videos/links), description, 'Preview channel' text, 'View in Telegram' button",
               "'load more' link", "date divider 'July 22'", "each message's owner name line 'Ukraine NOW [English]' and 'Forwarded from ...' line", "view counts, 'views', 'edited' marks"],
  entries=[
  B(E("2026-07-22 04:12:37", None,
      ["Overnight, Russia attacked Ukraine with 208 Shahed-type drones and six Iskander-M ballistic missiles. Air defence forces neutralised 181 drones and two missiles.",
       "Hits were recorded in Kharkiv, Sumy and Chernihiv regions."],
      "strikes", "strikes", 2, "russian-overnight-attack-2026-07-22"), views="21.7K", fwd="Air Force of the Armed Forces of Ukraine", fwd_user="kpszsu"),
  B(E("2026-07-22 06:47:05", None,
      ["A Russian guided aerial bomb struck a residential area of Kharkiv's Kyivskyi district this morning, killing two people.",
       "Eleven people were injured, including a 9-year-old girl, Mayor Ihor Terekhov said. Several private houses and a kindergarten building were damaged."],
      "strikes", "strikes", 3, KHARKIV0722), views="19.2K", photo=True),
  B(E("2026-07-22 08:30:12", None,
      ["President Volodymyr Zelensky spoke by phone with UK Prime Minister Keir Starmer.",
       "The leaders discussed additional air defence deliveries and the agenda of next week's Coalition of the Willing meeting in Rome, the Office of the President said."],
      "diplomacy", "diplomacy", 2, "zelensky-starmer-call-2026-07-22", sec=["aid"]), views="15.0K"),
  B(E("2026-07-22 10:15:48", None,
      ["The death toll from this morning's bomb strike on Kharkiv has risen to three.",
       "Rescuers recovered the body of a man from the rubble of a private house, the State Emergency Service reported. Fourteen people are being treated in hospitals."],
      "strikes", "strikes", 3, KHARKIV0722, n="toll update of 12901-02"), views="17.9K", edited=True),
  B(E("2026-07-22 12:02:20", None,
      ["The Verkhovna Rada has voted to extend martial law and general mobilisation in Ukraine for another 90 days.",
       "The extension, backed by 318 lawmakers, runs from 6 August to 3 November 2026."],
      "other", "politics", 2, "martial-law-extension-2026-07-22"), views="16.4K"),
  B(E("2026-07-22 14:40:03", None,
      ["Sweden will finance the production of Ukrainian long-range drones worth SEK 2.4 billion, about €215 million, Defence Minister Denys Shmyhal announced.",
       "The agreement was signed after a call with Swedish Defence Minister Pål Jonson. Deliveries are expected before the end of the year."],
      "aid", "aid", 3, "sweden-long-range-drone-funding-2026-07-22"), views="14.1K"),
  B(E("2026-07-22 17:25:51", None,
      ["Russian artillery shelled Nikopol in Dnipropetrovsk region, injuring a 64-year-old man and damaging a gas pipeline, the regional military administration said.",
       "Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, comes under fire almost every day."],
      "strikes", "strikes", 2, "nikopol-shelling-2026-07-22"), views="11.3K"),
  ]))

# ---------------------------------------------------------------- 12902 Substack (war newsletter post)
SEEDS.append(dict(
  id="12902", name="12902_substack-brief", ext="html", source="Substack", zone="UTC", render=r_substack,
  title="Monday brief: Odesa port hit again, Witkoff heads to Moscow",
  subtitle="Plus: Dutch money for PURL, pressure on Kostiantynivka and a stuck EU sanctions package",
  pubname="The Eastern Front Brief", home="https://easternfrontbrief.substack.com",
  url="https://easternfrontbrief.substack.com/p/monday-brief-odesa-port-hit-again",
  author="Daniel Reese", author_url="https://substack.com/@danielreese",
  author_bio="Former wire reporter in Kyiv. I write a short morning brief on the war.",
  pubdesc="A short morning brief on Russia's war against Ukraine.",
  pub="2026-07-27 10:31",
  lede=["Good morning from Kyiv. Here is what happened over the weekend and overnight, in six items.",
        "A reminder that the brief takes a break next week; normal service resumes on 10 August."],
  sub_box="The Eastern Front Brief is free and reader-supported. Subscribe to get it every weekday morning.",
  reading_head="Further reading",
  reading=[("How Odesa keeps its grain corridor open (The Economist)", "https://www.economist.com/europe/2026/07/24/odesa-grain-corridor"),
           ("Inside the PURL weapons pipeline (Politico Europe)", "https://www.politico.eu/article/purl-weapons-pipeline-ukraine/"),
           ("Kostiantynivka under siege: a field report (Kyiv Independent)", "https://kyivindependent.com/kostiantynivka-field-report/")],
  basis="sections carry no time; the only time on the page is the JSON-LD datePublished '2026-07-27T10:31:00+00:00' (visible byline date 'Jul 27, 2026'); {d} {z}",
  notes="Substack newsletter post. Per section heading one entry (headline = the h3 heading), stamp null, published = the post's JSON-LD datePublished (the visible byline only prints 'Jul 27, 2026'). Author = the writer for every section. The two opening paragraphs are a greeting/lede, and the last h3 'Further reading' is a list of links to other outlets: neither is an entry. Section 12902-02 ends with the writer's own assessment, counted as a body paragraph.",
  not_entries=["navbar (publication name, Subscribe, Sign in)", "h1 title and h3 subtitle", "byline (author, 'Jul 27, 2026') and like/comment/restack/Share counts",
               "opening greeting/lede paragraphs ('Good morning from Kyiv...', break reminder)", "subscription widget after the third section",
               "'Further reading' heading and its three outside links", "post footer counts", "'Discussion about this post' and the reader comment",
               "footer (© 2026 Daniel Reese, Privacy/Terms/Collection notice, Start your Substack, Get the app)"],
  entries=[
  E("2026-07-27 10:31", "Odesa port hit again overnight",
    ["Russian drones struck port infrastructure in Odesa overnight into Monday, setting fire to a grain terminal and injuring three workers, regional head Oleh Kiper said.",
     "It was the fourth attack on the Odesa ports in ten days. The navy said ships kept moving through the grain corridor."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2026-07-27", a="Daniel Reese"),
  E("2026-07-27 10:31", "Witkoff expected in Moscow this week",
    ["Kremlin spokesman Dmitry Peskov confirmed on Sunday that US special envoy Steve Witkoff will visit Moscow later this week and is expected to meet Vladimir Putin.",
     "Peskov would not say what the envoy is bringing. Kyiv has asked Washington to share any proposals before the trip, a senior Ukrainian official told me.",
     "My read: expect another round on a ceasefire in the air and at sea, not a breakthrough."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-2026-07", a="Daniel Reese"),
  E("2026-07-27 10:31", "Dutch pledge another €500m for PURL",
    ["The Netherlands will put another €500 million into NATO's PURL mechanism, which buys American weapons for Ukraine, the Dutch defence ministry announced on Saturday.",
     "That brings the Dutch total for the scheme to €1.5 billion, the largest of any European ally."],
    "aid", "aid", 3, "netherlands-purl-contribution-2026-07-25", a="Daniel Reese"),
  E("2026-07-27 10:31", "Pressure builds on Kostiantynivka",
    ["Russian units have pushed into the south-eastern outskirts of Kostiantynivka, according to Ukrainian military bloggers and geolocated footage.",
     "The General Staff reported 41 clashes in the sector on Sunday, the highest figure anywhere on the front."],
    "other", "frontline", 2, "kostiantynivka-russian-advance-2026-07", a="Daniel Reese"),
  E("2026-07-27 10:31", "Belgorod loses power after strikes on substations",
    ["Ukrainian drones hit two electrical substations in Russia's Belgorod region on Sunday night, cutting power to about 40,000 residents, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-substation-strikes-2026-07-26", a="Daniel Reese"),
  E("2026-07-27 10:31", "EU sanctions package still stuck",
    ["EU ambassadors again failed on Friday to approve the bloc's next sanctions package against Russia, as Slovakia held out for guarantees on gas prices, diplomats said.",
     "The next attempt is planned for Wednesday."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-stalled-2026-07", a="Daniel Reese"),
  ]))

# ---------------------------------------------------------------- 12903 Medium (analyst post)
SEEDS.append(dict(
  id="12903", name="12903_medium-analysis", ext="txt", source="Medium", zone="America/Los_Angeles", render=r_medium,
  title="Five things the war told us this week",
  subtitle="Drones over the Volga, glide bombs over Zaporizhzhia and a slower flow of European money",
  author="Petro Hnatiuk", pubname="Eastern Flank Review", readtime=8, datevis="Aug 14, 2026",
  pubdesc="Analysis of security in Eastern Europe, written by people who live there.",
  author_bio="Defence analyst in Kyiv. I write about air war, drones and the economics of Russia's invasion.",
  lede=["Every Friday I pick the five developments that I think will still matter a month from now. This week the air war dominated."],
  signoff=["That's it for this week. If you found this useful, follow me for the Friday digest."],
  more=["Why Russia's summer offensive ran out of steam before August", "The Patriot arithmetic: how many interceptors does Ukraine need?"],
  recommended="What a ceasefire line might look like in 2027",
  basis="the post prints only 'Aug 14, 2026' under the byline (no time, no zone): date only",
  notes="Medium post by an analyst with a lede paragraph, five numbered section headings (one entry each, headline = the heading with its number) and a sign-off. Only a date is printed ('8 min read · Aug 14, 2026'), so published is date only. Zone: Medium's home zone (America/Los_Angeles) by convention; it does not change the date. Sections review the week: they are analysis but each reports a distinct development. The reader response and 'More from'/'Recommended' teasers are not entries.",
  not_entries=["top bar (Open in app, Sign up, Sign in, Write)", "title and subtitle", "byline block (author, Follow, 'Published in Eastern Flank Review', '8 min read · Aug 14, 2026', claps 412, responses 7, Listen, Share)",
               "lede paragraph ('Every Friday I pick...')", "sign-off paragraph ('That's it for this week...')", "tags (Ukraine, Russia, Geopolitics, Military, Drones) and repeated counts",
               "publication and 'Written by' boxes with follower counts and bios", "'Responses (7)' box and the reader response dated Aug 15, 2026",
               "'More from ...' teasers (two older posts with dates)", "'Recommended from Medium' teaser", "footer links"],
  entries=[
  E("2026-08-14", "1. The drone war reached the Volga",
    ["Ukraine's long-range drones hit refineries in Saratov and Volgograd on three nights this week, the deepest sustained campaign against Russian refining since the spring.",
     "Russian officials acknowledged fires at both plants but not the damage. Satellite images published on Thursday showed a burnt-out distillation unit at Saratov.",
     "The pattern matters more than any single hit: Kyiv is spacing the attacks so that repairs cannot keep up."],
    "strikes", "strikes", 2, "volga-refinery-drone-campaign-2026-08", a="Petro Hnatiuk"),
  E("2026-08-14", "2. Glide bombs are back over Zaporizhzhia",
    ["Russia dropped more than 300 guided aerial bombs on Zaporizhzhia region this week, according to regional governor Ivan Fedorov, twice the rate of July.",
     "Most fell on front-line towns such as Orikhiv and Stepnohirsk, but two hit the edge of the regional capital for the first time since May."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bomb-surge-2026-08", a="Petro Hnatiuk"),
  E("2026-08-14", "3. Kupiansk: the Russian bridgehead is shrinking",
    ["Ukrainian forces have pushed Russian units back from the northern outskirts of Kupiansk, the General Staff said on Wednesday.",
     "Independent mappers confirm gains of roughly two kilometres, which would put the railway station out of Russian artillery range."],
    "other", "frontline", 2, "kupiansk-counterattack-2026-08", a="Petro Hnatiuk"),
  E("2026-08-14", "4. European money is arriving, but slowly",
    ["The European Union paid out a €4 billion tranche of its loan to Ukraine on Tuesday, weeks later than Kyiv had hoped.",
     "The finance ministry says the money covers soldiers' pay until October. The delay came from a dispute over reform conditions, not from a lack of funds."],
    "aid", "aid", 3, "eu-loan-tranche-2026-08-11", a="Petro Hnatiuk"),
  E("2026-08-14", "5. Talks about talks, again",
    ["The planned Istanbul round between Ukrainian and Russian delegations slipped again this week, with Moscow saying the date \"has not been agreed\".",
     "Kyiv says it is ready to go at any time. I would not expect a meeting before September."],
    "diplomacy", "diplomacy", 2, "istanbul-talks-delay-2026-08", a="Petro Hnatiuk"),
  ]))

# ---------------------------------------------------------------- 12904 Mastodon (journalist's account RSS)
SUMY = "sumy-ballistic-missile-strike-2026-08-03"
SEEDS.append(dict(
  id="12904", name="12904_mastodon-journalist", ext="xml", source="Mastodon", zone="UTC", render=r_mastodon,
  title="Hanna Sokil", acct="hsokil@journa.host", instance="journa.host", url="https://journa.host/@hsokil",
  basis="RSS pubDate '{s}' (explicit +0000); {d} {z}",
  notes="Mastodon account RSS of a Kyiv-based journalist: no item titles (headline null), HTML descriptions, pubDate +0000, newest first. Five posts are a numbered thread on the Sumy missile strike (toll 2 → 4 → 5; the first post announces the thread, the last gives Russia's claim about the same strike). A trailing hashtag paragraph ('#Ukraine #Sumy') is not counted as a body paragraph. Author = the account's display name (the channel title).",
  not_entries=["channel title/description/link/image/lastBuildDate/generator", "hashtag-only paragraphs and <category> elements", "guid and link URLs"],
  entries=[
  E("2026-08-03 19:42:10", None,
    ["Russia's defence ministry says it struck a \"gathering of Ukrainian military personnel\" in Sumy this morning. Local officials say the missiles hit a residential block and a university building, and there was no military site nearby."],
    "strikes", "strikes", 3, SUMY, a="Hanna Sokil", n="Russian claim about the same strike"),
  E("2026-08-03 17:20:45", None,
    ["Sumy's education department says 38 of the city's 61 schools will start the school year fully online because they lack proper shelters.",
     "Parents I spoke to last month were split: some want classrooms back at any cost, others will not send children above ground."],
    "other", "humanitarian", 2, "sumy-schools-online-2026", a="Hanna Sokil", n="same city as the missile strike but a separate story: must not merge with it"),
  E("2026-08-03 14:40:02", None,
    ["3/ Rescue work at the residential block in Sumy is over. Five people were killed and 31 injured, four of them children, according to the regional administration. Regional head Oleh Hryhorov declared 4 and 5 August days of mourning."],
    "strikes", "strikes", 3, SUMY, a="Hanna Sokil"),
  E("2026-08-03 12:15:33", None,
    ["EU foreign policy chief Kaja Kallas has arrived in Kyiv by train. She is due to meet Foreign Minister Andrii Sybiha and President Zelensky; on the table are the first EU accession cluster and the next sanctions package."],
    "diplomacy", "diplomacy", 3, "kallas-kyiv-visit-2026-08-03", a="Hanna Sokil"),
  E("2026-08-03 09:50:19", None,
    ["2/ The death toll in Sumy has risen to four, acting mayor Artem Kobzar says. A woman died in hospital; 27 people are injured."],
    "strikes", "strikes", 3, SUMY, a="Hanna Sokil"),
  E("2026-08-03 07:31:07", None,
    ["1/ At least two people were killed and 14 injured in the Sumy missile strike, acting mayor Artem Kobzar says. One missile landed next to a university building, the other hit a nine-storey residential block."],
    "strikes", "strikes", 3, SUMY, a="Hanna Sokil"),
  B(E("2026-08-03 07:05:54", None,
      ["Heavy explosions in Sumy this morning. The regional administration says Russia fired two ballistic missiles at the city shortly after 9 a.m. local time. Thread with updates below."],
      "strikes", "strikes", 3, SUMY, a="Hanna Sokil", n="thread starter"), tags=["Ukraine", "Sumy"]),
  ]))

# ---------------------------------------------------------------- 12905 Bluesky (correspondent's profile RSS)
IZMAIL = "izmail-port-drone-attack-2026-08-19"
ROMANIA = "romania-drone-debris-plauru-2026-08-19"
SEEDS.append(dict(
  id="12905", name="12905_bluesky-correspondent", ext="xml", source="Bluesky", zone="UTC", render=r_bluesky,
  title="@twhitcombe.bsky.social - Tom Whitcombe", handle="twhitcombe.bsky.social", did="did:plc:r4x7kq2mvd5hzp3w6ya1tn8e",
  bio="Ukraine correspondent. Based in Kyiv and Odesa. Posts are my own.",
  parse_args=["--date", "2026-08-19"],
  basis="RSS pubDate '{s}' (Bluesky's RFC822Z form: two-digit year 26 = 2026, explicit +0000); {d} {z}",
  notes="Bluesky profile RSS of a correspondent: no item titles (headline null), plain-text descriptions, pubDate like '19 Aug 26 04:50 +0000' (no weekday, two-digit year, no seconds); newest first. No four-digit year appears anywhere in the file, hence parse_args. Posts thread the Izmail port attack (12905-06, -05, -02) and the drone debris found across the Danube in Romania (12905-04) with Bucharest's diplomatic reaction (12905-01). Must not merge: the Izmail attack vs the Romanian debris story (same night, different event on NATO soil), and vs the Tarkhankut naval-drone strike (12905-03). Author = display name from the channel title.",
  not_entries=["channel description (bio), link and title", "item link and guid (at:// URI)"],
  entries=[
  E("2026-08-19 16:30", None,
    ["Romania's foreign ministry has summoned the Russian ambassador over the drone debris found near Plauru, calling the incursion \"unacceptable\" for a NATO member."],
    "diplomacy", "diplomacy", 2, ROMANIA, a="Tom Whitcombe", n="reaction to the debris in Romania; must not merge with the Izmail attack"),
  E("2026-08-19 13:45", None,
    ["Back to Izmail: the city council says about 12,000 households are still without power after last night's attack, and the ferry crossing to Romania is closed until further notice."],
    "strikes", "strikes", 3, IZMAIL, a="Tom Whitcombe"),
  E("2026-08-19 11:20", None,
    ["Separately, Ukraine's navy says a naval drone hit a Russian patrol boat off Cape Tarkhankut in western Crimea overnight. No independent confirmation yet."],
    "strikes", "strikes", 2, "tarkhankut-patrol-boat-strike-2026-08-19", a="Tom Whitcombe", n="must not merge with the Izmail attack"),
  E("2026-08-19 08:10", None,
    ["Romania's defence ministry says drone fragments were found in a field near Plauru, just across the Danube from Izmail, and two F-16s were scrambled during the night. Nobody was hurt on the Romanian side."],
    "strikes", "strikes", 2, ROMANIA, a="Tom Whitcombe", n="debris on NATO soil; must not merge with the Izmail attack itself"),
  E("2026-08-19 05:35", None,
    ["Kiper says one port worker was killed and three injured in Izmail. A grain storage site and the ferry terminal are on fire."],
    "strikes", "strikes", 3, IZMAIL, a="Tom Whitcombe"),
  E("2026-08-19 04:50", None,
    ["Long night in Odesa region. Russian drones went after the Danube ports again, and Izmail took the worst of it, regional head Oleh Kiper says. 🧵"],
    "strikes", "strikes", 3, IZMAIL, a="Tom Whitcombe", n="thread starter"),
  ]))

# ---------------------------------------------------------------- 12906 Thread Reader App (unrolled X thread)
INDEP = "independence-day-russian-attack-2026-08-24"
SEEDS.append(dict(
  id="12906", name="12906_threadreader-unroll", ext="txt", source="Thread Reader App", zone="UTC", render=r_threadreader,
  title=None, author="Lena Petrenko", handle="lpetrenko_ua", datevis="Aug 24, 2026", readtime=3,
  more=[("Ukraine's new air-defence interceptor drones: what we know so far 🧵", "Aug 20, 2026"),
        ("Week in review: Kupiansk, Volga refineries and the EU loan 🧵", "Aug 15, 2026")],
  basis="one date line for the whole thread 'Aug 24, 2026 • 6 tweets • 3 min read'; no time per tweet: date only",
  notes="Thread Reader App unroll of an X thread by a Kyiv-based analyst. The page has no title line of its own (page_title null). Each numbered tweet is one entry (headline null, body = the tweet, first_sentence keeps the printed '1/' number). Only the thread date is printed, so published is date only; zone UTC by convention. Tweets 1-3 are one story (the Independence Day overnight attack: totals, Kyiv, Lviv). An image caption line under tweet 1 is not body text.",
  not_entries=["site chrome (Thread Reader, Share this page!, Post/Share/Email, unroll box with example URL and ID)", "author name and @handle lines", "date line 'Aug 24, 2026 • 6 tweets • 3 min read' and 'Read on X'",
               "image line under tweet 1", "'• • •' separator and 'Missing some Tweet' line", "'Keep Current with ...' box", "'This Thread may be Removed Anytime!' / PDF box", "'Try unrolling a thread yourself!' help box",
               "'More from @lpetrenko_ua' teasers (two older threads with dates)", "support/donation box", "footer links"],
  entries=[
  B(E("2026-08-24", None,
      ["1/ Ukraine's 35th Independence Day began with one of the largest Russian air attacks of the summer: 38 missiles and 420 drones overnight, according to the Air Force. 29 missiles and 388 drones were shot down or jammed."],
      "strikes", "strikes", 3, INDEP, a="Lena Petrenko"), img="[image: Air Force infographic of the overnight attack]"),
  E("2026-08-24", None,
    ["2/ In Kyiv, two people were killed in Obolonskyi district when debris hit a high-rise, says Tymur Tkachenko. Eleven were injured."],
    "strikes", "strikes", 3, INDEP, a="Lena Petrenko"),
  E("2026-08-24", None,
    ["3/ Lviv was hit for the first time in weeks. Mayor Andriy Sadovyi says a warehouse district in the west of the city is on fire; no casualties so far."],
    "strikes", "strikes", 3, INDEP, a="Lena Petrenko"),
  E("2026-08-24", None,
    ["4/ On St Sophia Square, Finnish President Alexander Stubb joined Zelensky for the ceremony and announced a €250m package that includes air-defence ammunition. Zelensky said Ukraine \"will not trade its independence for a pause\"."],
    "aid", "aid", 3, "finland-aid-package-2026-08-24", a="Lena Petrenko", sec=["diplomacy"]),
  E("2026-08-24", None,
    ["5/ The Russian MoD claims its troops captured Bilytske in Donetsk oblast. Ukraine's General Staff denies it and says fighting continues on the town's edge."],
    "other", "frontline", 2, "bilytske-capture-claim-2026-08-24", a="Lena Petrenko"),
  E("2026-08-24", None,
    ["6/ And in Russia: drones hit the Novoshakhtinsk refinery in Rostov region overnight, governor Yuri Slyusar says, reporting a fire but no casualties."],
    "strikes", "strikes", 2, "novoshakhtinsk-refinery-strike-2026-08-24", a="Lena Petrenko"),
  ]))

# ---------------------------------------------------------------- 12907 DeepState (map update history)
SEEDS.append(dict(
  id="12907", name="12907_deepstate-updates", ext="html", source="DeepState", zone="Europe/Kyiv", render=r_deepstate,
  title="History of map updates – DeepStateMAP", h1="History of map updates", idbase=4812,
  lede="Every change to the map with a short description. Times are given as published.",
  basis="stamp '{s}' (dd.mm.yyyy HH:MM, no zone printed: Kyiv time, the project's home zone, EEST = UTC+3); {d} {z}",
  notes="DeepStateMap update history (English version), newest first. Each card: 'dd.mm.yyyy HH:MM' (Kyiv time; no zone printed), a title, text, 'View on map'. Four cards share the title 'Map updated' but report different places: they are distinct entries and distinct stories, not repeats. All entries are ground-war reports (other/frontline). The project signs nothing: author null.",
  not_entries=["header and navigation (Map, History, Analytics, About the project, Support, UA/EN)", "h1 'History of map updates' and its lead line", "'View on map' and 'Share' under each card",
               "supporter banner after the third card", "'Show earlier updates' button", "footer"],
  entries=[
  B(E("2026-07-30 22:48", "Map updated",
      ["The enemy has advanced in the centre of Huliaipole and near Zaliznychne. Fighting continues in the northern part of the town."],
      "other", "frontline", 3, "huliaipole-russian-advance-2026-07-30", n="large shift (town centre); same title as 12907-02/-04/-06 but a different place: not a repeat"), map="12/47.66/36.26"),
  B(E("2026-07-30 19:30", "Map updated",
      ["The Defence Forces have liberated Kindrativka and advanced near Yunakivka in Sumy region."],
      "other", "frontline", 2, "kindrativka-liberated-2026-07-30"), map="12/51.07/35.17"),
  B(E("2026-07-30 15:05", "Situation near Kostiantynivka",
      ["Russian infiltration groups keep trying to reach the city's south-eastern districts through the gully near Ivanopillia. Most are destroyed, but the enemy accepts heavy losses and keeps sending new ones.",
       "We do not mark infiltration as control: the map shows only areas where the enemy has dug in."],
      "other", "frontline", 2, "kostiantynivka-infiltration-2026-07-30"), map="12/48.50/37.70"),
  B(E("2026-07-30 11:40", "Map updated",
      ["The enemy has advanced in Kupiansk-Vuzlovyi and near Petropavlivka, Kharkiv region."],
      "other", "frontline", 2, "kupiansk-vuzlovyi-advance-2026-07-30"), map="12/49.66/37.68"),
  B(E("2026-07-30 08:15", "About the claims of the Russian Ministry of Defence",
      ["The Russian Ministry of Defence claimed the capture of Zarichne this morning. According to our data this is not true: the village remains in the grey zone."],
      "other", "frontline", 2, "zarichne-capture-claim-2026-07-30"), map="12/49.05/37.87"),
  B(E("2026-07-30 06:20", "Map updated",
      ["The enemy has advanced near Stepnohirsk, Zaporizhzhia region."],
      "other", "frontline", 2, "stepnohirsk-advance-2026-07-30"), map="12/47.60/35.47"),
  ]))

# ---------------------------------------------------------------- 12908 Liveuamap (event list)
SEEDS.append(dict(
  id="12908", name="12908_liveuamap-events", ext="txt", source="Liveuamap", zone="Europe/Kyiv", render=r_liveuamap,
  title="Ukraine Interactive map - Ukraine Latest news on live map - liveuamap.com", ref="2026-08-27 20:15",
  basis="relative '{s}' counted back from the page clock 'Thursday, 27 August 2026, 20:15' (no zone printed: Kyiv time, the site's home zone, EEST = UTC+3); {d} {z}",
  notes="Liveuamap Ukraine event list, text scrape, newest first. Each event: relative age, one event line (no final full stop), 'source'. The events are short news posts, not headlines of separate articles: headline null, the event line is the body (first_sentence = the whole line, body_paragraphs 1). The page clock line has no zone: Kyiv time by convention. Relative ages are counted back exactly from the clock. No authors.",
  not_entries=["top bar (liveuamap, Ukraine, Search, Log in, Get Pro)", "page title line", "region tabs line", "page clock line 'Thursday, 27 August 2026, 20:15'", "'Latest news' heading",
               "'source' link after every event", "photo line under one event", "advertisement lines", "'Load more' and footer"],
  entries=[
  E("2026-08-27 20:03", None, ["Air raid alert declared in Kyiv and 11 regions over the threat of ballistic missile launches"],
    "strikes", "strikes", 2, "ballistic-threat-alert-2026-08-27"),
  E("2026-08-27 19:15", None, ["Russian drone struck a car in Kherson's Dniprovskyi district, one man injured, head of the city military administration Yaroslav Shanko said"],
    "strikes", "strikes", 2, "kherson-drone-car-2026-08-27"),
  B(E("2026-08-27 17:15", None, ["Bryansk governor Bogomaz: 24 Ukrainian drones shot down over the region, fire at a fuel depot in Novozybkov"],
      "strikes", "strikes", 2, "bryansk-drones-novozybkov-depot-2026-08-27"), img="Photo"),
  E("2026-08-27 15:15", None, ["President Zelensky arrived in Copenhagen for the Nordic-Baltic Eight summit, where a joint drone production deal is expected"],
    "diplomacy", "diplomacy", 3, "zelensky-copenhagen-nb8-summit-2026-08-27", sec=["aid"]),
  E("2026-08-27 13:15", None, ["Russian army shelled Nikopol with heavy artillery: a 57-year-old man killed, three houses damaged, Dnipropetrovsk regional administration says"],
    "strikes", "strikes", 3, "nikopol-shelling-death-2026-08-27"),
  E("2026-08-27 11:15", None, ["Russia and Belarus begin joint air defence drills near the Polish border, Belarusian defence ministry says"],
    "other", "security", 2, "russia-belarus-air-defence-drills-2026-08-27"),
  E("2026-08-27 06:15", None, ["Overnight Russia launched 146 drones and 2 Iskander-M missiles at Ukraine; 119 drones shot down or suppressed, Air Force says"],
    "strikes", "strikes", 2, "russian-overnight-attack-2026-08-27"),
  ]))

# ---------------------------------------------------------------- 12909 Threads (news outlet profile)
SEEDS.append(dict(
  id="12909", name="12909_threads-profile", ext="html", source="Threads", zone="UTC", render=r_threads,
  title="The Kyiv Independent (@kyivindependent) • Threads, Say more", display="The Kyiv Independent", user="kyivindependent",
  bio="Ukraine's English-language newsroom, funded by readers. News from the war every day.", followers="418K", site="kyivindependent.com",
  pinned=dict(t="2026-01-10 12:00", code="DTk2pQvAa1x", text="We are Ukraine's independent English-language newsroom, and our readers keep us going. Join our community and support our reporting from the front."),
  basis="visible short date '{s}' (MM/DD/YY); the time and the year in full come from the <time datetime> attribute (UTC, 'Z'); {d} {z}",
  notes="Threads profile page of a news outlet, newest first. Each post shows a short date 'MM/DD/YY' (the capture was made more than a week later, so no relative ages); the exact time is in the <time datetime=\"...Z\"> attribute. The pinned post at the top (01/10/26, a membership appeal) is from another day and is not news: not an entry. Link preview cards under two posts repeat article titles and are not entries. The outlet account signs nothing: author null. American spelling ('defense') as on the site.",
  not_entries=["<title> and navigation (Home, Search, Create, Notifications, Profile)", "profile header (name, username, threads.net badge, bio, '418K followers', site link, Follow/Mention, tabs)",
               "pinned post dated 01/10/26 (membership appeal, another day)", "like/comment/repost/share counts", "link preview cards (site + article title) under 12909-01 and 12909-05",
               "'Log in to see more' prompt", "footer"],
  entries=[
  B(E("2026-07-24 18:02:11", None,
      ["Russia attacked Dnipro with ballistic missiles in the evening, killing at least three people and injuring 19, the regional military administration said.",
       "The strike hit an industrial area and nearby apartment blocks."],
      "strikes", "strikes", 3, "dnipro-ballistic-strike-2026-07-24"), code="DMw1rT7oQx4", counts=("3.1K", "212", "640", "118"), card="Russian ballistic missile attack on Dnipro kills at least 3"),
  B(E("2026-07-24 15:40:27", None,
      ["Ukraine will receive two more Patriot systems from Germany by the end of the year, Defense Minister Denys Shmyhal said after talks with German Defense Minister Boris Pistorius in Berlin."],
      "aid", "aid", 3, "germany-patriot-systems-2026-07-24"), code="DMwK2aLoPz9", counts=("5.6K", "301", "1.1K", "240")),
  B(E("2026-07-24 13:05:40", None,
      ["The European Commission recommended opening the first cluster of EU accession talks with Ukraine, saying Kyiv had met the conditions on the rule of law.",
       "The decision now goes to member states, where unanimity is required."],
      "diplomacy", "diplomacy", 2, "eu-accession-cluster-recommendation-2026-07-24"), code="DMv0xS3oRb2", counts=("2.2K", "148", "390", "77")),
  B(E("2026-07-24 10:20:03", None,
      ["A Kyiv court sentenced a Russian officer in absentia to life in prison for ordering the killing of four civilians in Bucha in March 2022, the Prosecutor General's Office said."],
      "other", "humanitarian", 2, "bucha-officer-sentenced-2026-07-24"), code="DMvZk9cIeT5", counts=("1.8K", "96", "205", "41")),
  B(E("2026-07-24 08:45:19", None,
      ["Ukraine's General Staff confirmed a strike on the Ryazan oil refinery overnight, saying the primary processing unit was hit."],
      "strikes", "strikes", 2, "ryazan-refinery-strike-2026-07-24"), code="DMvMn4wI2Hq", counts=("4.0K", "175", "720", "133"), card="General Staff confirms hit on Ryazan oil refinery"),
  B(E("2026-07-24 06:30:55", None,
      ["Russia launched 97 drones at Ukraine overnight, and air defense downed or suppressed 71 of them, the Air Force reported."],
      "strikes", "strikes", 2, "russian-overnight-drones-2026-07-24"), code="DMv8qPzoLm0", counts=("1.2K", "54", "160", "22")),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)

# ---------------------------------------------------------------- Day 1: Monday 10 August 2026
ZAP = "zaporizhzhia-missile-strike-2026-08-10"
TALKS = "turkey-istanbul-talks-offer-2026-08-10"
EXPL1 = "explainer-zaporizhzhia-ballistic-defence"
EXPL1_H = "Explainer: why ballistic missiles keep getting through over Zaporizhzhia"
EXPL1_P = ["Zaporizhzhia sits barely 40km from the front line, which leaves its air defences less than a minute to react to a ballistic missile fired from occupied territory.",
           "Patriot batteries, the only systems that reliably stop Iskanders, are scarce and mostly guard Kyiv and critical energy sites.",
           "Monday's strike has renewed calls from local officials for a dedicated battery, something Kyiv has so far been unable to spare."]

SEEDS.append(dict(
  id="12920", name="12920_tillbrook-textlive", ext="txt", source="Tillbrook Chronicle", zone="Europe/London", render=r_tillbrook,
  title="Russia-Ukraine war live: deadly missile strike on Zaporizhzhia; Turkey offers to host talks",
  dateline="Monday 10 August 2026",
  lede="Follow the day's developments in Russia's war in Ukraine. All times BST.",
  basis="'{s}' line above the headline (UK time, BST = UTC+1) under the dateline 'Monday 10 August 2026'; {d} {z}",
  notes="Invented outlet (UK). Text live blog, newest first, a Key Points block listing three entry headlines (key_point true for those). Stamp '19:55 BST' on its own line before the headline; 'Reporting by NAME' closes each post (author). 12920-05 is a 'Watch:' teaser with no body. 12920-02 is a theme piece (explainer) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 12932.",
  not_entries=["masthead and navigation", "'LIVE' label, page title, dateline", "lede line ('Follow the day's developments... All times BST.')", "'Key Points' header and its three listed headlines (they are the headlines of entries below)",
               "'Latest updates' header", "'Reporting by ...' lines (author, not body)", "newsletter promo after the third post", "'Show earlier updates' and footer"],
  entries=[
  E("2026-08-10 19:55", "Zaporizhzhia death toll climbs to 12",
    ["Twelve people are now known to have died in this morning's missile strike on Zaporizhzhia, regional governor Ivan Fedorov said, after rescuers found two more bodies under a collapsed stairwell.",
     "Sixty-one people were injured. Fedorov said the search would continue through the night."],
    "strikes", "strikes", 3, ZAP, a="Ellen Marsh", kp=True, n="toll 12"),
  E("2026-08-10 17:40", EXPL1_H, EXPL1_P,
    "strikes", "strikes", 2, EXPL1, a="Tom Ashdown", sec=["aid"],
    n="theme piece (explainer); mentions the Zaporizhzhia strike but is its own story: must not merge with it"),
  E("2026-08-10 15:20", "Turkey offers to host new round of talks on 18 August",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host Ukrainian and Russian delegations in Istanbul on 18 August, and that both sides had been informed.",
     "Kyiv said it would attend if Moscow sent a delegation with a mandate to discuss a ceasefire. The Kremlin said it was studying the offer."],
    "diplomacy", "diplomacy", 3, TALKS, a="Ellen Marsh", kp=True),
  E("2026-08-10 13:05", "Zelensky condemns Zaporizhzhia strike as \u2018deliberate terror\u2019",
    ["President Volodymyr Zelensky said the attack on Zaporizhzhia showed that Russia was deliberately targeting civilians, and urged allies to speed up deliveries of Patriot systems and missiles.",
     "\u201cEvery day of delay costs lives,\u201d he said in a video address."],
    "strikes", "strikes", 3, ZAP, a="Tom Ashdown", sec=["aid"], n="reaction whose content is the strike itself"),
  E("2026-08-10 11:30", "Watch: Rescuers search the rubble in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body"),
  E("2026-08-10 09:45", "Missile strike on Zaporizhzhia kills five",
    ["Russian ballistic missiles struck a residential area and a bus station in central Zaporizhzhia on Monday morning, killing at least five people and injuring 30, regional governor Ivan Fedorov said.",
     "Two nine-storey buildings were partly destroyed. Fedorov said the missiles were launched from occupied territory, leaving almost no warning time."],
    "strikes", "strikes", 3, ZAP, a="Ellen Marsh", kp=True, n="toll 5"),
  E("2026-08-10 07:20", "Russia says it downed 54 Ukrainian drones overnight",
    ["Russia's defence ministry said its air defences destroyed 54 Ukrainian drones over seven regions overnight, most of them over Bryansk and Kursk."],
    "strikes", "strikes", 2, "russia-claims-54-drones-downed-2026-08-10", a="Tom Ashdown"),
  ]))

SEEDS.append(dict(
  id="12921", name="12921_iverdale-ldlive", ext="html", source="Iverdale Herald", zone="Europe/Kyiv", render=r_iverdale,
  title="Live: Russian missiles hit Zaporizhzhia bus station, toll rising",
  url="https://iverdale-herald.example/live/war-2026-08-10", dateline="Monday, 10 August 2026",
  lede="Live updates from Ukraine on Monday, 10 August.",
  basis="visible '{s}' in <time datetime> after the headline and author (Kyiv time, EEST = UTC+3; printed note 'Times are Kyiv time'; JSON-LD datePublished agrees) under the dateline 'Monday, 10 August 2026'; {d} {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00) that agree with the visible times. The headline comes first, then a meta line 'AUTHOR · HH:MM' (stamp after the headline). 12921-07 re-posts 12921-05 near verbatim (same headline; 'Tuesday, 11 August' added). Must not merge with the Zaporizhzhia city strike: 12921-01 (drone near the nuclear plant's training centre, same region) and 12921-04 (glide bomb on Orikhiv, same region, other strike), 12921-06 (deadly drone strike in Belgorod region). 12921-08 (Canada's PURL purchase) is the same aid theme as the Nordic drone funding on 12923 but another event.",
  not_entries=["cookie notice", "header and navigation", "page title, dateline, standfirst", "'Times are Kyiv time.' note", "'Copy link / Share' under each post", "'Read also' box after the fourth post", "footer"],
  entries=[
  E("2026-08-10 08:05", "Drone hits near training centre of Zaporizhzhia nuclear plant, IAEA says",
    ["A drone struck an area close to the training centre of the Russian-occupied Zaporizhzhia nuclear power plant early on Monday, the International Atomic Energy Agency said, citing its team on site.",
     "IAEA chief Rafael Grossi said no safety systems were affected but called the incident \u201cdeeply worrying\u201d."],
    "strikes", "strikes", 2, "znpp-training-centre-drone-2026-08-10", a="Kateryna Lozova", n="same region, other event: must not merge with the Zaporizhzhia city strike"),
  E("2026-08-10 10:25", "Explosions in Zaporizhzhia after ballistic missile warning",
    ["Powerful explosions were heard in Zaporizhzhia minutes after the Air Force warned of a ballistic missile threat from the south.",
     "Governor Ivan Fedorov urged residents to stay in shelters."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Lozova"),
  E("2026-08-10 11:40", "Zaporizhzhia: four dead as missile hits bus station",
    ["At least four people were killed when a Russian ballistic missile hit a bus station in Zaporizhzhia, Fedorov said.",
     "A second missile struck a residential courtyard a few hundred metres away. Dozens of cars caught fire."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Lozova", n="toll 4"),
  E("2026-08-10 13:15", "Glide bombs hit Orikhiv, one killed",
    ["A Russian guided bomb attack on Orikhiv, a front-line town in Zaporizhzhia region, killed a 71-year-old woman, the regional administration said."],
    "strikes", "strikes", 3, "orikhiv-glide-bomb-2026-08-10", a="Serhii Mazur", n="same region, other strike: must not merge with the Zaporizhzhia city strike"),
  E("2026-08-10 14:50", "Zaporizhzhia toll rises to nine, 48 injured",
    ["The number of people killed in Monday's missile strike on Zaporizhzhia has risen to nine, with 48 injured, Governor Ivan Fedorov said.",
     "Among the injured are five children. The city has declared a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Lozova", n="toll 9"),
  E("2026-08-10 16:20", "Drone kills driver in Belgorod region\u2019s Shebekino",
    ["A Ukrainian drone hit a car in Shebekino in Russia's Belgorod region, killing the driver, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "shebekino-drone-strike-2026-08-10", a="Serhii Mazur", n="deadly strike on the other side: must not merge with the Zaporizhzhia strike"),
  E("2026-08-10 17:35", "Zaporizhzhia toll rises to nine, 48 injured",
    ["The number of people killed in Monday's missile strike on Zaporizhzhia has risen to nine, with 48 injured, Governor Ivan Fedorov said.",
     "Among the injured are five children. The city has declared Tuesday, 11 August, a day of mourning."],
    "strikes", "strikes", 1, ZAP, a="Kateryna Lozova", dup="12921-05", n="near-verbatim repeat of 12921-05"),
  E("2026-08-10 18:10", "Canada to buy $400m of US weapons for Ukraine under PURL",
    ["Canada will spend 400 million US dollars on American weapons for Ukraine through NATO's PURL scheme, Defence Minister David McGuinty said.",
     "The package is expected to include Patriot interceptors."],
    "aid", "aid", 3, "canada-purl-purchase-2026-08-10", a="Serhii Mazur", n="same aid theme as the Nordic drone funding (12923-03): must not merge"),
  ]))

SEEDS.append(dict(
  id="12922", name="12922_cassmoor-worldrss", ext="xml", source="Cassmoor World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Cassmoor World Service \u2013 World", url="https://cassmoor-world.example", guid="cws", idbase=70410, copyright="© 2026 Cassmoor World Service",
  lede="Top world stories from Cassmoor World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); {d} {z}",
  notes="Invented outlet. General world RSS feed (RSS 2.0, pubDate in GMT, newest first): four of six items are not about the war (off-beat). Spells the main city 'Zaporozhye'. No item authors.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "item category, link and guid elements"],
  entries=[
  OFF("2026-08-10 21:10", "Typhoon makes landfall on Okinawa, cutting power to 200,000 homes",
      ["A powerful typhoon made landfall on Japan's Okinawa island on Monday night, uprooting trees and leaving about 200,000 households without electricity, the prefectural government said."],
      "okinawa-typhoon-2026-08-10", n="weather, Japan"),
  B(E("2026-08-10 19:30", "Zaporozhye missile strike toll rises to 12",
      ["Twelve people died and more than 60 were injured when Russian missiles hit central Zaporozhye on Monday, Ukrainian officials said.",
       "It was the deadliest attack on the city this year."],
      "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 12"), cat="Europe"),
  OFF("2026-08-10 16:45", "Chile's central bank holds rates as copper prices slide",
      ["Chile's central bank kept its benchmark interest rate unchanged on Monday, citing uncertainty over falling copper prices and a weaker peso."],
      "chile-central-bank-rates-2026-08-10", n="economy, Chile"),
  B(E("2026-08-10 14:50", "Turkey proposes Istanbul talks between Russia and Ukraine on 18 August",
      ["Turkey has offered to host a new round of direct talks between Russia and Ukraine in Istanbul on 18 August, Foreign Minister Hakan Fidan said."],
      "diplomacy", "diplomacy", 3, TALKS), cat="Europe"),
  OFF("2026-08-10 11:15", "Wildfire forces evacuation of villages near Marseille",
      ["Hundreds of residents were evacuated from villages north of Marseille as a wildfire driven by strong winds spread across dry scrubland, French officials said."],
      "marseille-wildfire-2026-08-10", n="wildfire, France"),
  OFF("2026-08-10 09:05", "Indonesia's parliament approves extra funds for new capital",
      ["Indonesian lawmakers approved an additional budget for the construction of the new capital Nusantara, the finance ministry said on Monday."],
      "indonesia-capital-budget-2026-08-10", n="politics, Indonesia"),
  ]))

SEEDS.append(dict(
  id="12923", name="12923_elmscote-article", ext="txt", source="Elmscote Review", zone="Europe/Berlin", render=r_article,
  title="Zaporizhzhia counts its dead as Ankara offers a table",
  lede="A day of grief in southern Ukraine, an invitation to talks and new money for drones: the main developments of Monday.",
  byline="Jonas Wetterling", dateline="10 August 2026, 18:40 CEST",
  more="This article was updated at 18:40 CEST with the latest figures from Zaporizhia.",
  related="Analysis: what Istanbul can and cannot deliver",
  basis="no per-section stamp; the page dateline '10 August 2026, 18:40 CEST' (CEST = UTC+2) dates every section; {d} {z}",
  notes="Invented outlet (Germany, English edition). Text article with three section headings (one entry each, headline = heading), page byline for all sections, one dateline time for all. Spells the city 'Zaporizhia'. 12923-03 (Nordic drone funding) must not merge with Canada's PURL purchase (12921-08): same aid theme, other event.",
  not_entries=["outlet name and section navigation", "breadcrumb", "page title", "standfirst", "byline and dateline", "'Share · Save · Print'", "update note at the end", "'Related' link", "footer"],
  entries=[
  E("2026-08-10 18:40", "Deadliest attack on Zaporizhia this year",
    ["At least ten people were killed when Russian missiles struck a bus station and a residential courtyard in Zaporizhia on Monday morning, according to the regional authorities.",
     "The city lies about 40 kilometres from the front line. Officials said the missiles gave residents less than a minute of warning.",
     "President Volodymyr Zelensky called the strike deliberate and renewed his appeal for more Patriot systems."],
    "strikes", "strikes", 3, ZAP, a="Jonas Wetterling", n="spelling 'Zaporizhia'; toll 10"),
  E("2026-08-10 18:40", "Ankara\u2019s offer",
    ["Turkey's foreign minister Hakan Fidan has invited both sides to Istanbul on 18 August, the first proposed date for direct talks since the spring.",
     "Diplomats in Ankara said the agenda would include prisoner exchanges and a possible halt to strikes on energy facilities."],
    "diplomacy", "diplomacy", 3, TALKS, a="Jonas Wetterling"),
  E("2026-08-10 18:40", "Nordic money for Ukrainian drones",
    ["Norway and Denmark will jointly fund \u20ac600 million of drone production in Ukraine under the so-called Danish model, the two governments said on Monday.",
     "Under the scheme, donors pay Ukrainian manufacturers directly, which cuts delivery times to a few weeks."],
    "aid", "aid", 3, "nordic-drone-production-funding-2026-08-10", a="Jonas Wetterling", n="same aid theme as Canada's PURL purchase (12921-08): must not merge"),
  ]))

# ---------------------------------------------------------------- Day 2: Tuesday 11 August 2026
LVIV = "lviv-missile-drone-attack-2026-08-11"
KREM = "kremlin-confirms-istanbul-delegation-2026-08-11"

SEEDS.append(dict(
  id="12930", name="12930_pellowick-htmllive", ext="html", source="Pellowick Post", zone="Europe/Warsaw", render=r_pellowick,
  title="War in Ukraine: Lwów counts the dead after night attack", dateline="Tuesday, 11 August 2026", tznote="All times CEST",
  lede="Russia struck western Ukraine overnight, close to the Polish border. We follow the day\u2019s events.",
  basis="bare '{s}' above the headline, page note 'All times CEST' (Polish time, UTC+2) under 'Tuesday, 11 August 2026'; {d} {z}",
  notes="Invented outlet (Poland, English edition). HTML live blog without JSON-LD, newest first; bare 'HH:MM' above each h2 and a page note 'All times CEST'. Uses the Polish name 'Lwów' (once 'Lwów (Lviv)', once 'Lviv'). 12930-02 is a 'Photos:' teaser with no body (a gallery stub). 12930-04 (sabotage charges in Poland) is a separate security story.",
  not_entries=["consent bar", "header and navigation", "page title", "dateline with the 'All times CEST' note", "lead paragraph", "gallery stub '[Gallery: 12 photos]'", "'Read more' box", "link to Monday's live coverage", "footer"],
  entries=[
  E("2026-08-11 20:40", "Lwów attack: death toll rises to seven",
    ["Seven people have now died as a result of the overnight Russian attack on Lwów (Lviv), the city's mayor Andriy Sadovyi said, after a woman died in hospital.",
     "Polish President Karol Nawrocki called Sadovyi to offer condolences and treatment for the wounded in Polish hospitals."],
    "strikes", "strikes", 3, LVIV, a="Agnieszka Wrona", n="spelling 'Lwów'; toll 7"),
  E("2026-08-11 18:15", "Photos: Lwów\u2019s old town after the night attack", [],
    "strikes", "strikes", 1, LVIV, n="teaser without body"),
  E("2026-08-11 16:05", "Kremlin confirms it will send delegation to Istanbul",
    ["Kremlin spokesman Dmitry Peskov said Russia would send a delegation to Istanbul for talks with Ukraine on 18 August, led again by presidential aide Vladimir Medinsky.",
     "Peskov said the talks would be \u201ctechnical\u201d and that no meeting between the two presidents was planned."],
    "diplomacy", "diplomacy", 3, KREM, a="Piotr Zawada"),
  E("2026-08-11 13:20", "Prosecutors charge two men over plot against rail line to Ukraine",
    ["Polish prosecutors charged two men with planning to sabotage a railway line used to carry aid to Ukraine, saying they acted on orders from Russian intelligence.",
     "Both were detained in July near Przemy\u015bl."],
    "other", "security", 2, "poland-rail-sabotage-charges-2026-08-11", a="Piotr Zawada"),
  E("2026-08-11 10:30", "Lwów: three dead after night attack on the city",
    ["Three people were killed and 22 injured when Russian drones and missiles struck Lwów overnight, Mayor Andriy Sadovyi said.",
     "A residential building in the Sykhiv district and a logistics warehouse were hit. Trams are not running in the south of the city."],
    "strikes", "strikes", 3, LVIV, a="Agnieszka Wrona", n="toll 3"),
  E("2026-08-11 07:45", "Night attack on western Ukraine, explosions in Lviv",
    ["Explosions were heard in Lviv shortly after 2 a.m. as Russia launched drones and cruise missiles at western Ukraine, Ukrainian officials said."],
    "strikes", "strikes", 3, LVIV, a="Agnieszka Wrona"),
  ]))

SEEDS.append(dict(
  id="12931", name="12931_hexley-worldatom", ext="xml", source="Hexley World Report", zone="UTC", render=r_atom,
  title="Hexley World Report: World", url="https://hexley-report.example", idbase=30551, copyright="© 2026 Hexley World Report",
  lede="International news, updated through the day",
  basis="Atom <published> '{s}' (Z = UTC); {d} {z}",
  notes="Invented outlet. General world Atom feed (Z times, newest first): four of six entries are not about the war (off-beat). 12931-02 continues day 1's Zaporizhzhia strike (search ended, toll 14). Authors only on the two war entries.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id, updated and category elements"],
  entries=[
  OFF("2026-08-11 20:05", "Monsoon floods kill dozens in northern Pakistan",
      ["Flash floods triggered by monsoon rains have killed at least 38 people in northern Pakistan, disaster officials said on Tuesday."],
      "pakistan-monsoon-floods-2026-08-11", n="weather, Pakistan"),
  E("2026-08-11 17:30", "Zaporizhzhia ends rescue operation as toll reaches 14",
    ["Rescue workers in Zaporizhzhia ended their search of the collapsed buildings on Tuesday, a day after Russian missile strikes killed 14 people, Ukraine's emergency service said."],
    "strikes", "strikes", 3, ZAP, a="Priya Venn", n="day-2 continuation of the day-1 strike (search over, toll 14)"),
  OFF("2026-08-11 15:10", "Irish regulator fines social media firm \u20ac310m over data transfers",
      ["Ireland's Data Protection Commission fined a social media company 310 million euros for sending European users' data to servers outside the EU without adequate safeguards."],
      "ireland-data-fine-2026-08-11", n="tech regulation, Ireland"),
  E("2026-08-11 12:40", "Russian strike on Lviv kills at least five",
    ["At least five people were killed in a Russian attack on the western Ukrainian city of Lviv overnight, the city's mayor said."],
    "strikes", "strikes", 3, LVIV, a="Priya Venn", n="toll 5"),
  OFF("2026-08-11 09:55", "Wildfires force new evacuations in British Columbia",
      ["Authorities in British Columbia ordered more than 4,000 people to leave their homes as wildfires spread near Kamloops."],
      "british-columbia-wildfires-2026-08-11", n="wildfires, Canada"),
  OFF("2026-08-11 07:20", "Cricket: England name uncapped spinner for Sri Lanka tour",
      ["England have called up an uncapped left-arm spinner for their winter Test tour of Sri Lanka."],
      "england-cricket-squad-2026-08-11", n="sport"),
  ]))

SEEDS.append(dict(
  id="12932", name="12932_morrowfield-textlive", ext="txt", source="Morrowfield Ledger", zone="America/New_York", render=r_morrowfield,
  title="Russia-Ukraine war: Lviv attack kills three; Zaporizhzhia mourns", dateline="Tuesday, August 11, 2026",
  lede="The latest on Russia's war in Ukraine. Times are Eastern.",
  basis="'{s}' line before the headline (Eastern time, EDT = UTC-4) under the dateline 'Tuesday, August 11, 2026'; {d} {z}",
  notes="Invented outlet (US). Text live blog, oldest first, '6:10 a.m. ET' before each headline, 'By NAME' under most headlines. 12932-02 is a theme piece (analysis of strikes on western logistics hubs) that mentions the Lviv attack but is its own story. 12932-03 re-posts day 1's explainer 12920-02 word for word (syndicated): importance 1, same story. 12932-06 repeats 12932-01 near verbatim. 12932-07 (Kharkiv glide bomb) must not merge with the Lviv attack.",
  not_entries=["outlet name and navigation", "page title and dateline", "lede line", "'By NAME' lines", "'ADVERTISEMENT' marker", "closing line and footer"],
  entries=[
  E("2026-08-11 06:10", "Russian attack on Lviv kills at least three",
    ["A Russian drone and missile attack on Lviv overnight killed at least three people and injured 22, the mayor of the western Ukrainian city said Tuesday.",
     "The city lies about 70 kilometers from the Polish border."],
    "strikes", "strikes", 3, LVIV, a="Rachel Keane", n="toll 3"),
  E("2026-08-11 07:25", "Analysis: Why Russia is hitting western Ukraine\u2019s rail and warehouse hubs",
    ["Lviv, Kovel and other western hubs handle much of the Western military equipment that enters Ukraine by rail and road from Poland.",
     "Striking them rarely stops deliveries for long, analysts say, but it forces Ukraine to spread scarce air defenses across a much larger area.",
     "Tuesday's attack on a Lviv logistics warehouse fits that pattern, although Ukrainian officials said the site stored humanitarian goods."],
    "strikes", "strikes", 2, "analysis-western-ukraine-logistics-strikes", a="Marcus Bell",
    n="theme piece (analysis); mentions the Lviv attack but is its own story: must not merge with it"),
  E("2026-08-11 08:40", EXPL1_H, EXPL1_P,
    "strikes", "strikes", 1, EXPL1, sec=["aid"],
    n="re-post of day-1 entry 12920-02 (syndicated word for word, no byline): importance 1, same story"),
  E("2026-08-11 10:15", "Zaporizhzhia toll reaches 14 as search ends; city mourns",
    ["The death toll from Monday's missile strike on Zaporizhzhia rose to 14 after rescuers finished searching the rubble, Ukraine's emergency service said Tuesday, as the city observed a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Rachel Keane", n="day-2 continuation of the day-1 strike (toll 14)"),
  E("2026-08-11 11:50", "State Department clears $310 million F-16 support sale to Ukraine",
    ["The State Department approved a possible $310 million sale of spare parts and maintenance support for Ukraine's F-16 fleet, the Defense Security Cooperation Agency said.",
     "Ukraine will pay for the package with money from European partners."],
    "aid", "aid", 2, "us-f16-sustainment-sale-2026-08-11", a="Marcus Bell"),
  E("2026-08-11 13:30", "Russian attack on Lviv kills at least three",
    ["A Russian drone and missile attack on Lviv overnight killed at least three people and injured 22, the mayor of the western Ukrainian city said Tuesday.",
     "The city lies about 70 kilometers from the Polish border, and trams were halted in its southern districts."],
    "strikes", "strikes", 1, LVIV, a="Rachel Keane", dup="12932-01", n="near-verbatim repeat of 12932-01"),
  E("2026-08-11 15:45", "Kharkiv: guided bomb kills two in Saltivskyi district",
    ["Two people were killed when a Russian guided bomb hit a residential street in Kharkiv's Saltivskyi district on Tuesday evening, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2026-08-11", a="Rachel Keane", n="another deadly strike: must not merge with the Lviv attack"),
  ]))

SEEDS.append(dict(
  id="12933", name="12933_galloran-rss", ext="xml", source="Galloran Wire", zone="Europe/Kyiv", render=r_worldrss, rfc="num",
  title="Galloran Wire \u2013 Ukraine", url="https://galloran-wire.example", guid="gw-20260811", idbase=55102, copyright="© 2026 Galloran Wire",
  lede="Agency copy from Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); {d} {z}",
  notes="Invented outlet (news agency in Kyiv). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). 12933-04 (Sybiha's agenda for Istanbul) is a separate statement from the Kremlin's confirmation (12933-03): same theme, must not merge. 12933-01 continues day 1's Zaporizhzhia strike.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "item category, link and guid elements"],
  entries=[
  E("2026-08-11 22:35", "Zaporizhzhia buries first victims of Monday\u2019s strike",
    ["Funerals were held in Zaporizhzhia on Tuesday for the first victims of Monday's Russian missile strike, which killed 14 people, as the city observed a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Oksana Dovzhenko", n="day-2 continuation of the day-1 strike"),
  E("2026-08-11 19:50", "Lviv toll rises to six; mayor says warehouse held humanitarian aid",
    ["The number of people killed in the overnight Russian attack on Lviv rose to six, Mayor Andriy Sadovyi said, adding that the warehouse hit in the strike stored humanitarian supplies."],
    "strikes", "strikes", 3, LVIV, a="Oksana Dovzhenko", n="toll 6"),
  E("2026-08-11 16:25", "Peskov: Russian delegation will go to Istanbul",
    ["The Kremlin said on Tuesday that a Russian delegation would attend talks with Ukraine in Istanbul on 18 August."],
    "diplomacy", "diplomacy", 3, KREM, a="Andriy Bilyk"),
  E("2026-08-11 13:10", "Sybiha: Ukraine wants air ceasefire on Istanbul agenda",
    ["Foreign Minister Andrii Sybiha said Ukraine would push for a halt to strikes on energy and civilian infrastructure at the planned talks in Istanbul."],
    "diplomacy", "diplomacy", 3, "sybiha-istanbul-agenda-2026-08-11", a="Andriy Bilyk", n="separate statement, same theme as the Kremlin's confirmation: must not merge"),
  E("2026-08-11 10:40", "Lubinets: 31 more children returned from occupied territories",
    ["Ukraine has brought back 31 more children from Russian-occupied territories and Russia, human rights commissioner Dmytro Lubinets said."],
    "other", "humanitarian", 2, "children-returned-lubinets-2026-08-11", a="Andriy Bilyk"),
  E("2026-08-11 08:15", "Lviv region: air defence active for two hours, explosions heard",
    ["Air defences were working over Lviv region for more than two hours overnight, regional governor Maksym Kozytskyi said, urging residents to stay in shelters."],
    "strikes", "strikes", 3, LVIV, a="Oksana Dovzhenko"),
  ]))

# ---------------------------------------------------------------- Day 3: Saturday 12 September 2026
UST = "ust-luga-terminal-drone-attack-2026-09-12"
POPE = "zelensky-pope-leo-meeting-2026-09-12"
KHK = "kharkiv-glide-bomb-2026-09-12"

SEEDS.append(dict(
  id="12940", name="12940_ambergate-worldrss", ext="xml", source="Ambergate World News", zone="Europe/London", render=r_worldrss, rfc="num",
  title="Ambergate World News", url="https://ambergate-news.example", guid="awn", idbase=91120, copyright="© 2026 Ambergate World News",
  lede="World headlines from Ambergate World News",
  basis="RSS pubDate '{s}' (explicit +0100 = BST); {d} {z}",
  notes="Invented outlet (UK). General world RSS feed, pubDate +0100, newest first: four of six items are off-beat. No authors.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "item category, link and guid elements"],
  entries=[
  OFF("2026-09-12 21:30", "Hurricane strengthens to Category 4 as it nears Bermuda",
      ["A hurricane in the Atlantic strengthened to Category 4 on Saturday and was expected to pass close to Bermuda on Monday, forecasters said."],
      "atlantic-hurricane-bermuda-2026-09-12", n="weather"),
  B(E("2026-09-12 18:45", "Ukrainian drones set Baltic oil terminal ablaze",
      ["A Ukrainian drone attack set fire to a tanker berth at Russia's Ust-Luga oil terminal on the Baltic Sea, forcing the port to halt loadings, Russian officials said on Saturday."],
      "strikes", "strikes", 3, UST), cat="Europe"),
  OFF("2026-09-12 15:20", "Flash floods close roads around Valencia",
      ["Torrential rain caused flash floods around Valencia on Saturday, closing roads and suspending some commuter trains, Spanish emergency services said."],
      "valencia-flash-floods-2026-09-12", n="weather, Spain"),
  B(E("2026-09-12 12:10", "Pope Leo receives Zelensky at Castel Gandolfo",
      ["Pope Leo XIV received Ukrainian President Volodymyr Zelensky at Castel Gandolfo on Saturday, and the Vatican said they discussed the return of Ukrainian children taken to Russia."],
      "diplomacy", "diplomacy", 3, POPE), cat="Europe"),
  OFF("2026-09-12 09:40", "Tennis: women's final set for Flushing Meadows tonight",
      ["The US Open women's final takes place in New York on Saturday evening between the top seed and a first-time Grand Slam finalist."],
      "us-open-womens-final-2026-09-12", n="sport"),
  OFF("2026-09-12 07:05", "Gold hits record high as dollar weakens",
      ["Gold rose to a record high at the end of the trading week as the dollar weakened on expectations of further US interest-rate cuts."],
      "gold-record-high-2026-09", n="markets"),
  ]))

SEEDS.append(dict(
  id="12941", name="12941_nordhavn-textlive", ext="txt", source="Nordhavn Courier", zone="Europe/Helsinki", render=r_nordhavn,
  title="Live: drone attack on Russia's Ust-Luga oil port across the Gulf of Finland", dateline="Saturday 12 September",
  byline="Mikaela Aaltonen", parse_args=["--date", "2026-09-12"],
  lede="Follow our live coverage of Saturday's events. Times are Finnish time.",
  basis="'{s}' (Finnish dot clock, no zone in the stamp; printed note 'Times are Finnish time' = EEST, UTC+3) under 'Saturday 12 September' (no year printed: parse_args date); {d} {z}",
  notes="Invented outlet (Finland, English edition). Text live blog, oldest first; Finnish clock '07.20' before each headline; date line without a year (parse_args gives 2026-09-12). Page byline 'Text: Mikaela Aaltonen' (author of every entry). 12941-02 is a 'Watch:' teaser with only a video stub. 12941-04 is a theme piece (explainer on drone strikes against Russian oil exports) that mentions Ust-Luga but is its own story. 12941-07 repeats 12941-01 word for word. 12941-03 (shelling of Shevchenkove, Kharkiv region) must not merge with the Kharkiv city glide-bomb strike (same region, other strike).",
  not_entries=["masthead and navigation", "page title and date line", "'Text: Mikaela Aaltonen' byline line", "lede line", "video stub '[Video 0:48]'", "newsletter promo after the fourth post", "closing line and footer"],
  entries=[
  E("2026-09-12 07:20", "Drones attack Ust-Luga port across the Gulf of Finland",
    ["Drones attacked the Russian oil port of Ust-Luga, about 110 kilometres from the Finnish border, overnight, Leningrad region governor Alexander Drozdenko said.",
     "Drozdenko said about ten drones were shot down and a fire broke out at the port."],
    "strikes", "strikes", 3, UST, a="Mikaela Aaltonen", n="about ten drones downed"),
  E("2026-09-12 09:05", "Watch: Smoke over Ust-Luga seen from the Finnish coast", [],
    "strikes", "strikes", 1, UST, a="Mikaela Aaltonen", n="teaser without body"),
  E("2026-09-12 11:55", "Shelling kills man in Kharkiv region\u2019s Shevchenkove",
    ["Russian artillery fire killed a 60-year-old man in Shevchenkove in the Kupiansk district of Kharkiv region, the regional administration said."],
    "strikes", "strikes", 3, "shevchenkove-shelling-2026-09-12", a="Mikaela Aaltonen", n="same region, other strike: must not merge with the Kharkiv city glide-bomb strike"),
  E("2026-09-12 13:30", "Explainer: How Ukraine\u2019s drones are squeezing Russia\u2019s oil exports",
    ["Ukraine has hit Russian ports and refineries more than 40 times since June, according to a count by Finnish energy analysts, with the Baltic terminals of Primorsk and Ust-Luga now regular targets.",
     "The attacks rarely stop exports for more than a few days, but they raise insurance costs for tankers and force Russia to pull air defences away from the front.",
     "Saturday's strike on Ust-Luga was the third on the port this year."],
    "strikes", "strikes", 2, "explainer-ukraine-drones-russian-oil-exports", a="Mikaela Aaltonen",
    n="theme piece (explainer); mentions Ust-Luga but is its own story: must not merge with the Ust-Luga attack"),
  E("2026-09-12 15:10", "Zelensky meets Pope Leo at Castel Gandolfo",
    ["Pope Leo XIV met President Volodymyr Zelensky at the papal summer residence at Castel Gandolfo on Saturday, their third meeting since the Pope's election.",
     "The Vatican said the talks focused on humanitarian issues, including prisoner exchanges and the return of deported children."],
    "diplomacy", "diplomacy", 3, POPE, a="Mikaela Aaltonen"),
  E("2026-09-12 17:25", "Ust-Luga: loadings suspended, 30 drones downed, says Drozdenko",
    ["Oil loadings at Ust-Luga were suspended after the attack, and Russian air defences shot down about 30 drones over Leningrad region, Governor Alexander Drozdenko said."],
    "strikes", "strikes", 3, UST, a="Mikaela Aaltonen", n="about 30 drones downed"),
  E("2026-09-12 19:40", "Drones attack Ust-Luga port across the Gulf of Finland",
    ["Drones attacked the Russian oil port of Ust-Luga, about 110 kilometres from the Finnish border, overnight, Leningrad region governor Alexander Drozdenko said.",
     "Drozdenko said about ten drones were shot down and a fire broke out at the port."],
    "strikes", "strikes", 1, UST, a="Mikaela Aaltonen", dup="12941-01", n="near-verbatim (here verbatim) repeat of 12941-01"),
  ]))

SEEDS.append(dict(
  id="12942", name="12942_harwick-wplive", ext="html", source="Harwick Dispatch", zone="America/Toronto", render=r_harwick,
  title="Ukraine war live: Drones hit Russian Baltic oil port; Zelensky meets Pope Leo",
  url="https://harwick-dispatch.example/2026/09/12/ukraine-war-live-ust-luga/", dateline="Published September 12, 2026", idbase=88140,
  lede="Live updates on Russia\u2019s war in Ukraine for Saturday, Sept. 12.",
  basis="visible '{s}' in <time datetime> (Eastern time, EDT = UTC-4) under 'Published September 12, 2026'; the plugin JSON-LD gives the same per-update datePublished; {d} {z}",
  notes="Invented outlet (Canada). WordPress live blog, newest first, '2:35 p.m. EDT' in <time datetime>, h3 headline, 'By NAME'. Its LiveBlogPosting JSON-LD is the buggy plugin kind: each update's headline is the squashed entry text cut at 110 characters, articleBody is an empty object, and one empty update (a deleted entry) is still emitted: take headlines and bodies from the visible HTML, and the empty update is not an entry. Spells the port 'Ust Luga' once. Canada's drone package (12942-02) and Japan's loan (12943-04) are the same aid theme but separate events.",
  not_entries=["header and navigation", "page title, 'Published September 12, 2026' line, summary", "newsletter block after the second entry",
               "empty JSON-LD liveBlogUpdate (deleted entry, no visible post)", "footer"],
  entries=[
  E("2026-09-12 16:10", "Kharkiv guided-bomb strike: toll rises to three",
    ["A third person has died after Saturday's Russian guided-bomb strike on Kharkiv, Mayor Ihor Terekhov said late Saturday."],
    "strikes", "strikes", 3, KHK, a="Nadia Fournier", n="toll 3"),
  E("2026-09-12 14:35", "Ottawa announces $200-million drone package for Ukraine",
    ["Canada will provide $200 million for drones and electronic-warfare equipment for Ukraine, Defence Minister David McGuinty announced Saturday.",
     "The equipment will be bought from Canadian and Ukrainian manufacturers."],
    "aid", "aid", 3, "canada-drone-package-2026-09-12", a="Liam O\u2019Rourke", n="same aid theme as Japan's loan (12943-04): must not merge"),
  E("2026-09-12 12:20", "Vatican: Pope and Zelensky discuss deported children",
    ["Pope Leo XIV and President Volodymyr Zelensky discussed efforts to return Ukrainian children deported to Russia during a meeting at Castel Gandolfo, the Vatican said in a statement."],
    "diplomacy", "diplomacy", 3, POPE, a="Liam O\u2019Rourke"),
  E("2026-09-12 10:05", "Ust-Luga: Russia says 43 drones downed over Leningrad region",
    ["Russia's Defence Ministry said 43 Ukrainian drones were destroyed over the Leningrad region overnight, the largest number it has reported there.",
     "Tanker loadings at the Ust Luga terminal remained suspended, according to ship-tracking data."],
    "strikes", "strikes", 3, UST, a="Nadia Fournier", n="43 drones; spelling 'Ust Luga' in the body"),
  E("2026-09-12 08:15", "Kharkiv: guided bomb hits residential area, two killed",
    ["Two people were killed and 17 injured when a Russian guided aerial bomb struck a residential area of Kharkiv's Kholodnohirskyi district, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHK, a="Nadia Fournier", n="toll 2"),
  E("2026-09-12 06:40", "Drone attack sparks fire at Baltic oil port",
    ["A Ukrainian drone attack overnight started a fire at the Ust-Luga oil terminal on the Baltic coast, Russian officials said."],
    "strikes", "strikes", 3, UST, a="Nadia Fournier"),
  ]))

SEEDS.append(dict(
  id="12943", name="12943_sternwick-atom", ext="xml", source="Sternwick Agency", zone="Europe/Paris", render=r_atom,
  title="Sternwick Agency \u2013 Europe", url="https://sternwick-agency.example", idbase=40770, copyright="© 2026 Sternwick Agency",
  lede="Agency dispatches on Europe",
  basis="Atom <published> '{s}' (explicit +02:00 = Paris summer time); {d} {z}",
  notes="Invented outlet (France, English service). Atom, +02:00 offsets, newest first, author per entry. 12943-03 is Moscow's reaction to the Ust-Luga attack (its content is the attack itself: same story, strikes with secondary diplomacy). Japan's loan (12943-04) is the same aid theme as Canada's drone package (12942-02): must not merge.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id, updated and category elements"],
  entries=[
  E("2026-09-12 21:55", "Ust-Luga fire put out, port to resume loadings on Sunday",
    ["Firefighters put out the blaze at the Ust-Luga oil terminal on Saturday evening, and the port operator said loadings would resume on Sunday, Russian media reported."],
    "strikes", "strikes", 3, UST, a="Claire Demont"),
  E("2026-09-12 18:30", "Russian bomb kills two in Kharkiv, injures 17",
    ["A Russian guided bomb killed two people and wounded 17 in Kharkiv on Saturday, local officials said."],
    "strikes", "strikes", 3, KHK, a="Claire Demont"),
  E("2026-09-12 15:15", "Moscow calls Baltic port attack \u2018terrorism\u2019",
    ["Russian Foreign Ministry spokeswoman Maria Zakharova called the drone strike on Ust-Luga a terrorist attack and accused European countries of helping Ukraine plan it."],
    "strikes", "strikes", 3, UST, a="Hugo Martel", sec=["diplomacy"], n="official reaction whose content is the attack itself"),
  E("2026-09-12 12:40", "Japan extends $3 billion loan to Ukraine",
    ["Japan will lend Ukraine 3 billion dollars, to be repaid from the proceeds of frozen Russian assets, the Japanese finance ministry said."],
    "aid", "aid", 3, "japan-loan-ukraine-2026-09-12", a="Hugo Martel", n="same aid theme as Canada's drone package (12942-02): must not merge"),
  E("2026-09-12 09:20", "Ust-Luga oil port hit by drones, fire at tanker berth",
    ["Ukrainian drones struck the Ust-Luga oil export terminal in Russia's Leningrad region overnight, starting a fire at a tanker berth, the regional governor said."],
    "strikes", "strikes", 3, UST, a="Claire Demont"),
  ]))


# ================================================================ build
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
            if is_date_only(e["t"]):
                pub = e["t"]; loc = f"{e['t']} {S['zone']}"; dshow = e["t"]
            else:
                d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
                pub = u.strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M:%S " if d.second else "%Y-%m-%d %H:%M ") + S["zone"]
                dshow = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=dshow, z=S["zone"]),
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


if __name__ == "__main__":
    main()
