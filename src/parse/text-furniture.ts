// Page furniture in text scrapes: buttons, ads, chips, prompts, captions, and the labels that open a page's footer.
import { isPointerLine } from "./pointers.ts";
import { findDate } from "./text-dates.ts";

/** Regex source of a temperature as a masthead prints it: "64°", "-3°C", "97°F". */
export const TEMPERATURE = "[-+−]?\\d{1,3}\\s?°\\s?[FC]?";
/** Regex source of a weather chip's reading: the temperature, alone or with its sky ("64°", "84°  Partly Cloudy"). */
export const WEATHER_READING = `${TEMPERATURE}(?:(?:\\s+|,\\s)\\p{L}\\p{Ll}+(?: \\p{L}\\p{Ll}+){0,2})?`;

// A masthead's weather box: "Sunny. High 71F. Winds WNW at 5 to 10 mph.", "64°", "Full Forecast".
const WEATHER = [
  /^(?:[\p{L} ]{3,30}\.\s)?(?:high|low)s?\s(?:near\s|around\s)?-?\d{1,3}\s?°?\s?[FC]\b.{0,80}$/iu,
  /^full forecast$/i,
  // the temperature under the town, alone or with its sky ("64°", "-3°C", "84°  Partly Cloudy")
  new RegExp(`^${WEATHER_READING}$`, "u"),
  // a town's chip with its clock ("Vinnytsia · 22:45 · +21°C, clear"), maybe its date too ("Bishkek · 8 December, 21:40 ·
  // −6°C"): the clock is when the page was drawn
  new RegExp(`^\\p{Lu}[\\p{L}'’ -]{1,30} · (?:\\d{1,2}\\s\\p{L}{3,10},?\\s|\\p{L}{3,10}\\s\\d{1,2},?\\s)?\\d{1,2}:\\d{2} · ${WEATHER_READING}$`, "u"),
];

/** True for a line of a masthead's weather box (a forecast, its "Full Forecast" link). */
export function isWeatherLine(line: string): boolean {
  return WEATHER.some((re) => re.test(line.trim()));
}

/** True when a weather-box line stands within two lines of this one: its "Updated" time is the forecast's, not the page's. */
export function inWeatherBox(lines: string[], i: number): boolean {
  const near = (step: number) => {
    const found: string[] = [];
    for (let k = i + step; k >= 0 && k < lines.length && found.length < 2; k += step) if (lines[k]!.trim()) found.push(lines[k]!);
    return found;
  };
  return [...near(-1), ...near(1)].some(isWeatherLine);
}


/** A label over a link to another story ("Read also:", "Related"): the title under it is a link, not a heading. */
export const LINK_LABEL_RE = /^(read also|see also|also read|read more|related|related article|related story)\s?:?$/i;

const BUTTONS = new RegExp(
  String.raw`^(share|share\d|social sharing|like|print|save|email|e-mail|copy|copy link|link copied|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|flipboard|messenger|send|tweet|post|discuss|related|listen|comments?|menu|search|sign in|log in|register|subscribe|donate|live|auto-?refresh|on|off|close dialogue|next image|previous image|toggle caption|go to page|get involved|copied|play|pause|video player|audio player|photo|video|gallery|advertising|` +
  // a text-size control ("Font" / "A" / "A"), and the link on to the next card
  `font|font size|text size|a|aa|a\+|a-|next article|previous article|next story|previous story|close|follow us|follow us on)!?$`, "i");
// the same buttons on an English page whose chrome keeps the home's language ("Dela", "Lyssna", "Del innlegget")
const FOREIGN_BUTTONS = /^(dela|del|del innlegget|del artikkelen|lyssna|lytt|teilen|anhören|artikel vorlesen|vorlesen|partager|écouter|compartir|escuchar|condividi|ascolta|udostępnij|posłuchaj|jaa|kuuntele|zdieľať|sdílet|podijeli|podeli|megosztás|distribuie|partilhar|compartilhar|delen|поділитися|поделиться|lees meer|lees verder|weiterlesen|lire la suite|leer más|leggi di più|czytaj więcej|läs mer|les mer|læs mere|lue lisää)$/i;

const MEDIA_LABELS: RegExp[] = [
  /^(watch|video|videos|photos?|pictures?|gallery|pictured|in pictures|audio|listen)\s?:$/i,
  /^[▶►▷⏵📷📸🎥📹🎬]\s?(photos?|videos?|watch|play|gallery)?\s?\(?(\d{1,2}:\d{2}(:\d{2})?)?\)?$/iu,
  /^(watch|video|play( video)?|photos?|photo gallery|gallery)\s?:?\s?\(?\d{1,2}:\d{2}(:\d{2})?\)?$/i,
  // an audio player's button and length ("Listen | 19:32", "Listen · 4:05") and its "Listen to the full episode"
  /^(listen|play|watch)\s?[|·•]\s?\d{1,2}:\d{2}(:\d{2})?$/i,
  /^listen to (the )?(full )?(episode|programme|program|show|interview)$/i,
  /^(photo gallery|image gallery|play video|watch video|video player|embedded video)$/i,
  /^\d{1,2}:\d{2}(:\d{2})?\s?(min|mins|minutes)\.?$/i,
  /^(photo|photos|video|videos|gallery|image|images|picture|graphic|map)$/i,
  // a gallery's placeholder in brackets: "[Gallery · 12 photos]", "[Video]"
  /^\[(photo gallery|gallery|photos?|video|videos|image|images)\b[^\]]{0,25}\]$/i,
];

/** A media post's label or length ("Watch:", "Photos:", "▶ 0:45", "Video 2:31", "02:31 min", "📷"): never a headline. */
export function isMediaLabel(line: string): boolean {
  if (line.length > 40) return false;
  const bare = line.replace(/\uFE0F/g, "");
  return MEDIA_LABELS.some((re) => re.test(bare));
}

// an article's tool: "Listen to this article · 6 min", "Listen to this article (6 min)", "Gift this article", "Save article",
// "Save for later"
const ARTICLE_TOOL_RE = /^(?:listen to|gift|save|print|share) (?:this |the )?(?:article|story)\b[\s·•|:(\d]*(?:min(?:ute)?s?\)?)?$|^save (?:for later|to (?:my )?reading list)$/i;

/** A skip link atop a page, in Europe's languages: "Skip to content", "Saltar al contenido", "Zum Inhalt springen". */
export const SKIP_LINK_RE = /^(?:skip to|jump to|skip|(?:saltar|ir) al contenido|ir para o conteúdo|(?:aller|passer) au contenu|(?:direkt )?zum inhalt|(?:vai|salta) al contenuto|przejdź do treści|přejít na obsah|preskočiť na obsah|hoppa till innehåll|gå til (?:hoved)?innhold)\b.{0,40}$/iu;

const FURNITURE: RegExp[] = [
  // a button to a platform: "Listen on Example Areena", "Watch on YouTube", "Listen on Apple Podcasts"
  /^(?:[Ll]isten|[Ww]atch|[Ss]tream)(?: now| free)? (?:on|via|in) \p{Lu}[\p{L}+.]*(?: \p{Lu}[\p{L}+.]*){0,2}$/u,
  // a wiki's page foot: where it was retrieved from, its categories, its last edit
  /^retrieved from ["“]?https?:\/\/\S+["”]?$/i,
  /^categories\s?:\s.{0,200}$/i,
  /^this page was last edited on\b.{0,60}$/i,
  /^\[ad_\d+\]$/i,
  // a link's screen-reader note left in a scrape ("Purchase Licensing Rights, opens new tab"), and the photo's
  // licensing link under a picture
  /^.{2,60}, opens new (?:tab|window)$/i,
  /^(?:purchase|buy) licensing rights$/i,
  // a subscription box's heading, button and pitch: "Subscribe to The Example", "SUBSCRIBE & SAVE", "A free daily email
  // with the biggest news stories of the day …"
  /^subscribe to (?:the )?\p{Lu}[\p{L}'’.& ]{0,40}$/iu,
  /^subscribe (?:&|and) save$/i,
  /^an? (?:free )?(?:daily|weekly|weekday|morning|evening) (?:email|e-mail|newsletter)\b.{0,140}$/i,
  // A dash or bullet alone on a line: an empty field a template printed (a card without a byline, "-").
  /^[-–—•·|*]$/,
  // A view counter under a post ("👁 52.1K", "1.2K views").
  /^(👁️?\s?[\d.,]+\s?[KkMm]?|[\d.,]+\s?[KkMm]? views)$/u,
  // A counter as a labelled field ("Views: 4,210", "Comments: 12"): a figure about the page, never its news.
  /^(views?|reads?|hits|comments?|likes|shares|reactions)\s?:\s?[\d.,\s]+[KkMm]?$/i,
  /^[\d.,]+[KkMm]?\s(views?|reads?|comments?|likes?|shares?|reactions?)$/i,
  // A CMS field printed with its label ("Content-Type: News", "Tags: Ukraine, NATO"): the page's filing, not text.
  /^(content|post|article|story|page)[- ]type\s?:\s?[^.!?]{1,40}$/i,
  /^(categor(y|ies)|tags?|topics|filed under|keywords)\s?:\s?[^.!?]{1,60}$/i,
  // A sponsor or underwriter credit ("Support provided by: Learn more", "Sponsored by Acme"): funding furniture.
  /^((support|funding|underwriting)( is)?( provided)?|sponsored|presented|brought to you|paid for|underwritten|in partnership) (by|with)\b:?[^.!?]{0,60}$/i,
  /^(breaking( news)?|just in|pinned( post)?)$/i,
  /^source link$/i,
  // "Follow us", and a row of hashtags ("#Russia  #Ukraine"): the page's social furniture
  /^follow us:?$/i,
  // a topic's or writer's follow button and its prompt ("Follow World", "Follow World to see its latest stories in My News.")
  /^[Ff]ollow\s\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2}$/u,
  /^follow\s.{1,40}\bto (?:see|get|read)\b.{0,60}$/i,
  /^#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)*$/u,
  /^show (latest update|key events only|more( news| updates| posts)?)$/i,
  /^read more\.?$/i,
  // a card's link to its story ("More Info", "More details", "Full story"): a button, no closing credit
  /^(more info|more information|more details|full story|details)\.?$/i,
  /^loading\s?(\.\.\.|…)?$/i,
  // WordPress's sharing widget: "Share this:", "Like this:", "Like Loading..."
  /^(share|like) this:$/i,
  /^like\s?loading\s?(\.\.\.|…)?$/i,
  /^load (more|more posts|more updates|earlier updates)$/i,
  /^more updates\b.{0,4}$/iu,
  /^for (our|the) (live )?updates? from .{1,60}click here\.?$/i,
  // "Advertisement", "ADVERTISEMENT · Continue reading", "AdvertisementHide Ad" (the label glued to its button)
  /^(?:[Aa]dvertisement|ADVERTISEMENT)(?:\b|(?=[A-Z])).{0,30}$/,
  /^(report this ad|hide ad|sponsored|story continues below( advertisement)?|article content)$/i,
  // a box of paid stories, the print edition's headline, the comment box's prompt: "Sponsor Content", "Print Headline:
  // …", "Comments on: …", "To join the conversation, please log in."
  /^(sponsor|sponsored|paid|partner|promoted) (content|stories|posts)$/i,
  /^print headline:\s.{2,160}$/i,
  /^comments on:\s.{0,120}$/i,
  /^to join the conversation\b.{0,120}$/i,
  // ("Respond to this story", "Leave a comment", "Posting a comment requires free registration. …")
  /^(?:respond to this (?:story|article)|leave a comment|post a comment|add a comment)\.?$/i,
  /^posting a comment requires\b.{0,120}$/i,
  // an appeal to the reader to pay for the outlet: "Support our reporting from Ukraine: become a Example member",
  // "Become an Example supporter today" (a headline's "support" is someone else's: only our/your reporting is the appeal)
  /^(?:support (?:our|independent) (?:reporting|journalism|work|coverage)\b.{0,60}|(?:join us|subscribe)\b.{0,40}:\s.{0,40}|)\bbecome an? (?:\p{Lu}[\p{L}-]*\s){0,2}(?:member|subscriber|supporter)(?: today| now| from (?:just |only )?\p{Sc}?\d[\d.,]*\p{Sc}?(?: a| per) (?:month|week|year))?\.?$/iu,
  // the footer's consent link: "Cookie Settings", "Cookie preferences"
  /^(?:cookie|privacy) (?:settings|preferences|choices)$/i,
  // a comment counter: "Comments (2)", "Comments: 14", "12 comments", "0 commentaire"
  /^(?:comments?|replies|commentaires?|comentarios?)\s?(?:\(\d+\)|:\s?\d+)$|^\d+\s(?:comments?|replies|commentaires?|comentarios?)$/i,
  // a blog post's footer: "No comments:", "3 comments:", its glued share links ("Email ThisBlogThis!Share to Twitter…"),
  // its labels ("Labels: Ukraine, World")
  /^(?:no|\d+)\s(?:comments?|replies):$/i,
  /^(?:email this|share to (?:twitter|facebook|x|pinterest)\b).{0,120}$/i,
  /^(?:labels|tags|filed under|posted in)\s?:\s?\p{L}[\p{L}\d .&'’-]{0,30}(?:,\s?\p{L}[\p{L}\d .&'’-]{0,30}){0,8}$/iu,
  // the footer's links: "About Us", "Contact Us", "Site Map", "Help Center"
  /^(?:about us|contact us|site ?map|help cent(?:er|re)|advertise with us|work with us)$/i,
  // a subscription box's heading: "Support local journalism", "Support independent journalism"
  /^support (?:local|independent|quality|our|trusted) journalism\.?$/i,
  // a CMS's editing notices, scraped with the page: "You are the owner of this article.", "You have permission to edit this article."
  /^you (?:are the owner of|have permission to edit) this (?:article|story|page)\.?$/i,
  // the platform's credit in the footer: "Powered by Blogger.", "Powered by WordPress"
  /^(?:[Pp]roudly\s)?[Pp]owered by\s\p{Lu}[\p{L}.\d -]{1,30}\.?$/u,
  // an ad slot's label that names who sells it: "Advertise with NZME.", "Advertise with us"
  /^advertise (?:with|on) [\p{L}\d.&' -]{1,40}\.?$/iu,
  // "This advertisement has not loaded yet, but your article continues below."
  /^this (advertisement|ad) has not loaded yet\b.{0,80}$/i,
  // an appeal for money between posts: "Example Live is free to read. Chip in to keep it that way."
  // (a headline may say "neighbours chip in": only an appeal for the outlet itself, to keep it going, is furniture)
  /^.{0,60}\b(?:is free to read|is reader-(?:funded|supported)|support (?:our|independent|independent [\p{L}]+) journalism|(?:chip in|donate|become an? (?:member|supporter|insider|patron)|make a (?:donation|contribution))\b.{0,40}\b(?:to keep|journalism|free to read|support us|today|now))\b.{0,80}$/iu,
  // a membership pitch closing with its call: "Example is a subscription media company. Members get every newsletter. Join now."
  /^(?:[^.!?]{2,160}[.!?]\s){1,3}(?:join|subscribe|become a (?:member|subscriber)|sign up)(?: now| today| here| for free)?[.!]?$/i,
  // (its heading: "Support nonprofit science journalism"; its plea after a sentence on the newsroom: "Our team reports
  // independently. Please consider a gift today.")
  /^support (?:[\p{L}-]+\s){0,3}(?:journalism|reporting|newsroom)$/iu,
  /^(?:[^.!?]{0,140}[.!?]\s)?please consider (?:making )?(?:a (?:gift|donation|contribution)|donating|giving|supporting us)\b.{0,40}$/i,
  // ("Example is blocked in Russia … We depend on readers, not on advertisers or the state.": the outlet's plea)
  /^.{0,120}\bwe (?:depend|rely) on (?:our )?readers\b.{0,80}$/i,
  // (a station's promo between posts: "Listen to Example Radio news every hour on the hour.")
  /^[Ll]isten to (?:\p{Lu}[\p{L}&'’-]*\s){1,4}(?:radio|news|live|podcast)\b.{0,60}$/u,
  // ("Our journalism needs your support. Please subscribe today to Example.com.")
  /^(?:[^.!?]{0,80}\bneeds? your support[.!]\s)?please subscribe\b.{0,40}$/i,
  // (or its second sentence opens the appeal: "Example has covered the region for a century. Keep our journalism strong
  // by supporting independent reporting.")
  /^(?:[^.!?]{0,120}[.!?]\s)?(?:(?:help\s)?(?:us\s)?keep (?:our|this) (?:journalism|reporting|newsroom) (?:strong|free|going|independent|alive)|(?:please\s)?support (?:our|independent)\b[^.!?]{0,30}\b(?:journalism|reporting|newsroom))\b.{0,140}$/iu,
  // an embed's placeholder as a scrape prints it: "[Chart: Drones launched per week]", "[Map: the front line]"
  /^\[(?:chart|map|graphic|infographic|table|graph|interactive|embed(?:ded)?(?: content)?|datawrapper)\b[^\]]{0,200}\]$/i,
  // (and the chart's source under it: "Source: Ukrainian Air Force daily reports, Example calculations")
  /^(?:source|sources|data)\s?:\s.{2,120}\b(?:calculations?|analysis|estimates?|data)$/i,
  // a post's view counter alone on its line, as a messenger channel's preview prints it: "412.7K", "1.3M"
  /^\d{1,3}(?:[.,]\d)?[KkMm]$/,
  // a press office's contacts: "Press contacts:", "Jane Doe – Tel.: +32 2 299 14 07", "Phone: +1 202 555 0100"
  /^(?:press|media) contacts?:?$/i,
  /^(?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s[–—-]\s)?(?:tel|phone|telephone|fax|mob|mobile)\.?:?\s?\+?\d[\d\s().\/-]{6,20}$/iu,
  // (or a helpline: "General inquiries: Example Direct by phone 00 800 67 89 10 11 or by email")
  /^(?=.{0,160}$)(?=.*\b(?:phone|tel|telephone)\b)(?=.*\d{2,}[\s.-]\d{2,}[\s.-]\d{2,}).*[^.!?]$/i,
  // a masthead's exchange rates: "USD 2.94 · EUR 3.33 · RUB 3.61 (100)"
  /^[A-Z]{3}\s\d+[.,]\d+(?:\s\(\d+\))?(?:\s[·•|]\s[A-Z]{3}\s\d+[.,]\d+(?:\s\(\d+\))?)+$/,
  // a sign-up form's field and button: "Email address   SIGN UP", "Enter your email: Subscribe"
  /^(?:enter )?(?:your )?e-?mail(?: address)?:?(?:\s+(?:sign up|subscribe|submit|join|go))?$/i,
  /^share (this|on|via)\b.{0,60}$/i,
  // "Share: Facebook  Twitter  WhatsApp  Email": the share buttons under a label
  /^share\s?:\s?(?:facebook|twitter|x|whatsapp|email|e-mail|linkedin|telegram|reddit|copy link)\b.{0,60}$/i,
  ARTICLE_TOOL_RE,
  /^click here to (share|search)\b.{0,40}$/i,
  /^copy\/paste the article/i,
  /^copy to clipboard/i,
  // "Get the latest news delivered to your inbox: Sign up for the Example Daily Briefing newsletter."
  /\bsign up for (?:the |our )?.{0,60}\bnewsletters?\b.{0,20}$/i,
  // a newsletter's pitch, in any language: "Newsletter „Example”: the day's news straight to your inbox."
  /^newsletter\b\s?\S{0,40}?:\s.{0,120}$/iu,
  // a comments link with its count, in the site's language: "Komentarze (28)", "Kommentare 12"
  /^(?:komentarze|kommentare|commentaires|commenti|comentarios|comentários|reacties|kommentarer|kommentit|komentáře|komentáre|hozzászólások|коментарі|комментарии)\s?\(?\d{0,5}\)?$/iu,
  // a player's embed box: "Embed this video: copy the code below.Copy to clipboardCopied"
  /^embed (?:this|the) (?:video|post|article|story|clip)\b.{0,80}$/i,
  SKIP_LINK_RE,
  /^sign up\b.{0,160}$/i,
  /^(subscribe|register|log in|sign in)\b.{0,80}\b(free|now|access|newsletter|channel|account)\b.{0,60}$/i,
  /^(watch|view) (the )?(live )?(video|stream)$/i,
  /^watch live\b.{0,30}$/i,
  /^(getty|getty images|afp|ap|reuters|pa|epa|aa)$/i,
  /^\d{1,3}\s?(min|mins|minutes?)( read| listen)?$/i,
  // an audio player's labels: "Audio duration" over "5'04\"", its "Download" button
  /^audio duration$/i,
  // a list's scroll switch: "Infinite Scroll Enabled"
  /^infinite scroll(?: is)? (?:enabled|disabled|on|off)$/i,
  /^\d{1,2}['′’]\d{2}["″”]$/,
  /^download$/i,
  /^quick read$/i,
  // a weather box in the masthead: "Sunny. High 71F. Winds WNW at 5 to 10 mph.", "Full Forecast"
  ...WEATHER,
  /^save\b.{0,80}\b(later|reading list)\b/i,
  /^(e-?mail|email) address$/i,
  /^by (signing up|subscribing|clicking)\b/i,
  /^protected by recaptcha\b/i,
  /^(get|receive) (our|the) .{0,40}newsletter\b.{0,40}$/i,
  // the outlet's app and alerts: "Stay up to date: get breaking news alerts on the Example Times app."
  /^(?:stay (?:up to date|informed|connected)|get|download|never miss)\b.{0,100}\b(?:app|alerts)\b.{0,40}$/i,
  // (and what the app brings to the reader's screen: "Download the Example 11+ app to watch … on your TV.")
  /^download (?:the|our) .{1,40}?\bapp\b.{0,100}$/i,
  // "Local news and breaking alerts from Example County, right on your phone.": the app's pitch
  /^.{0,90}\b(?:right |straight )?(?:on|to) your (?:phone|mobile|smartphone|device)\b.{0,20}$/i,
  // a box's buttons in capitals with an arrow: "EXAMPLE HERALD APP →", "VIEW NEWSLETTERS →"
  /^[\p{Lu}\d][\p{Lu}\d &'’.-]{1,40}\s?[→›»]$/u,
  // "Share your feedback to help improve our site experience!"
  /^(?:share|give|send) (?:your|us) feedback\b.{0,80}$/i,
  // a story's list of contributors under its text: "Contributing: Jane Doe, Example Today; Reuters"
  /^contributing:\s.{2,120}$/i,
  // a newsletter box's pitch and its field: "… sent every weekday at 6pm.", "… straight to your inbox.", "Enter your email"
  /^.{0,80}\b(sent|delivered) (to you )?(every|each) (day|weekday|morning|evening|week|weekend)\b.{0,30}$/i,
  /^.{0,90}\b(straight |direct(ly)? )?(to|in) your inbox\b.{0,30}$/i,
  /^(enter )?your e-?mail( address)?\b.{0,30}$/i,
  /^(like|liked|enjoy|enjoyed|enjoying) (what you('ve| have)? (just )?read|this (article|story))\?.{0,30}$/i,
  // a paywall's pitch: "Enjoying our coverage? Get unlimited access for 99 cents.", "Get full access today"
  /^(like|liked|enjoy|enjoyed|enjoying|value|appreciate) (our|this|the) (coverage|reporting|journalism)\?.{0,80}$/i,
  // (and the offer after it: "Get unlimited access to every story and our weekly analysis. Start a free trial")
  /^get (unlimited|full|digital|unrestricted) access\b.{0,60}$/i,
  // ("Unlimited access to Example Times digital edition, newsletters and archives.")
  /^unlimited (?:digital )?access to\b.{0,100}$/i,
  // a paywalled card's label: "Subscriber Only", "Subscribers only", "Members only", "Premium content"
  /^(?:subscribers?|members?|premium|paid)[ -](?:only|exclusive|content)$/i,
  /^get (?:unlimited|full|digital|unrestricted) access\b[^.!?]{0,120}[.!?]\s(?:start|begin|try)\b.{0,20}\bfree trial\.?$/i,
  /^please (use|turn on|enable)\b.{0,100}$/i,
  // a browser-notification prompt: its pitch and its two buttons ("Get browser notifications for …", "Not Now", "Turn On")
  /^(?:get|allow|receive|enable) (?:browser |push |desktop )?notifications\b.{0,100}$/i,
  /^(?:not now|turn on|allow|block|no thanks|maybe later)$/i,
  /^(become|join) (a|our) (member|patron|subscriber|community)\b.{0,60}$/i,
  /\bbecome (a|our) (patron|member|subscriber)\b.{0,40}$/i,
  /^support( [A-Z][\p{L}'’]*){1,2}!?$/u,
  /^support (us|once|independent journalism|our journalism)\b.{0,40}$/i,
  // a premium tier's pitch between posts: "Support free-thinking journalism and …", "Subscribe to Example Premium to
  // bookmark this article", "Want to bookmark …? Start your Example Premium subscription today."
  /^support (?:free-thinking|independent|quality|trusted|fearless) (?:journalism|reporting)\b.{0,60}$/i,
  // an article's audio player ("Press play to listen to this article" / "Voiced by artificial intelligence.")
  /^press play to listen\b.{0,40}$/i,
  /^(?:voiced|narrated|read) by (?:artificial intelligence|an? ai|ai)\b.{0,30}$/i,
  // a newsletter's row of links: "Send tips here | Subscribe to Example Playbook for free | View in your browser"
  /^(?:(?:send (?:us )?tips(?: here)?|view (?:it |this )?in (?:your|a) browser|subscribe to .{2,40}? for free)(?:\s\|\s|$))+$/i,
  // a re-post's note ("This analysis first appeared in Example Times on Sunday.", "Republished from Example Post")
  /^(?:this (?:analysis|article|story|piece|report|column|commentary) )?(?:first|originally) (?:appeared|published|ran) (?:in|on|at)\b[^.!?]{2,60}\.?$/i,
  /^(?:republished|reprinted) (?:from|with (?:the )?permission (?:of|from))\b[^.!?]{2,60}\.?$/i,
  // a reader-funding pitch: "Example Daily is funded by readers. Join them for the price of a coffee a month."
  /^.{2,40} is (?:funded|supported|paid for) by (?:its |our )?readers\b.{0,100}$/i,
  /^subscribe to .{2,50} to (?:bookmark|save|read|unlock|access|listen to)\b.{0,50}$/i,
  /^.{0,120}\bstart your .{2,50} subscription(?: today| now)?[.!]?$/i,
  /^updated at \d{1,2}[.:]\d{2}\b.{0,12}$/i,
  /^\d{1,2}\/\d{1,2}$/,
  // a browser print's page foot: the page's address and its page count ("https://example.com/live 1/2")
  /^https?:\/\/\S+\s+\d{1,3}\/\d{1,3}$/,
  /^edited by .{2,60}$/i,
  /^all times (are|stated|shown|in)\b.{0,30}$/i,
  /^all quotes delayed\b/i,
  // Consent buttons, privacy links and subscription offers.
  /^your privacy (choices|settings|options)$/i,
  /^(accept|reject|allow|manage)( all( cookies)?| cookies| preferences| choices)$/i,
  /^.{0,60}\bcancel any ?time\.?$/i,
  /^(our standards|terms of (use|service)|privacy policy|cookie policy|cookies|accessibility help)\b.{0,60}$/i,
];

/** True for a bare button label ("Share", "Telegram", "Email", "Link copied!"). */
export function isButton(line: string): boolean {
  return line.length <= 40 && (BUTTONS.test(line) || FOREIGN_BUTTONS.test(line));
}

/** True for lines that are page chrome everywhere: ad markers, buttons, share widgets, chips, prompts. */
const COOKIE_NOTICE_RE = /^(we|this (site|website)|our (site|website)|by continuing|we and our partners)\b.{0,300}\bcookies?\b/i;

export function isFurniture(line: string): boolean {
  // A cookie notice may run long ("We and our partners use cookies … settings link in the footer.").
  if (line.length <= 420 && COOKIE_NOTICE_RE.test(line)) return true;
  if (line.length > 200) return false;
  if (CHANNELS_PROMPT_RE.test(line) || REPRINT_NOTICE_RE.test(line)) return true;
  if (BUTTONS.test(line) || FOREIGN_BUTTONS.test(line) || isButtonRow(line)) return true;
  if (FURNITURE.some((re) => re.test(line)) || isMediaLabel(line)) return true;
  return isBreadcrumb(line) || isPointerLine(line) || isFooterRow(line) || SHARES_ROW_RE.test(line);
}

// "Left 21%   Center 52%   Right 27%": a chart's legend, its labels and their shares, printed as a row
const SHARES_ROW_RE = /^(?:\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?:? \d{1,3}(?:[.,]\d)?\s?%(?:\s*[·|,]?\s+|$)){2,6}$/u;

// A footer's row of links ("Example   Contact   Legal notices   Cookies   Accessibility"): two of its usual words or
// more, in a short line that is no sentence.
const FOOTER_WORD_RE = /\b(?:contact(?: us)?|legal(?: notices?)?|cookies?(?: policy| settings)?|accessibility|privacy(?: policy)?|terms(?: of (?:use|service))?|imprint|impressum|sitemap|careers|advertise(?: with us)?)\b/gi;

function isFooterRow(line: string): boolean {
  if (line.length > 120 || /[.!?]$/.test(line) || line.split(" ").length > 12) return false;
  return (line.match(FOOTER_WORD_RE)?.length ?? 0) >= 2;
}

// "Follow Example Live on Telegram", "Follow us on Google News": a prompt to the outlet's channels.
const CHANNELS_PROMPT_RE =
  /^follow\s(?:us|\p{Lu}[\p{L}.&'’ -]{1,40}?)\s(?:on|via)\s(?:telegram|twitter|x|facebook|instagram|whatsapp|google news|youtube|tiktok|viber|threads|bluesky|linkedin)\b.{0,40}$/iu;

// "Example Live, 2023. Reprinting allowed with a link.", "Reproduction prohibited without permission": a footer's notice.
const REPRINT_NOTICE_RE = /\b(?:reprint(?:ing)?|reproduction|republication|copying|use of (?:the )?materials?)\b.{0,40}\b(?:allowed|permitted|prohibited|forbidden|only with|without (?:prior |written )?(?:permission|consent))\b/i;

const COPY_LINK_RE = /(?:скопіювати|копіювати|скопировать|копировать) посилання|(?:скопировать|копировать) ссылку|copy link|kopiuj link|link kopieren|copier le lien|copiar enlace|copia link/giu;

/** A row of buttons printed on one line: "Share · Copy link", "Facebook | X | Email", "Facebook Twitter Email". */
function isButtonRow(line: string): boolean {
  if (line.length > 80) return false;
  // (a count beside a button: "Comments (0)", "Share 12")
  const parts = line.split(/\s+[·•|/]\s+/).map((p) => p.trim().replace(/\s?\(?\d{1,5}\)?$/, ""));
  // (an article's tool among them: "Share · Print · Listen to this article (6 min)")
  if (parts.length >= 2) return parts.every((p) => BUTTONS.test(p) || ARTICLE_TOOL_RE.test(p));
  // (a reading time beside the audio button: "Share  Print  Listen (6 min)")
  // (and a button of two words in the site's language: "Поділитися  Скопіювати посилання", "Share  Copy link")
  const words = line.replace(/\s?\(\d{1,3}\s?min(?:s|utes?)?\)$/i, "").replace(COPY_LINK_RE, "copy").split(/\s+/);
  return words.length >= 2 && words.every((w) => BUTTONS.test(w) || FOREIGN_BUTTONS.test(w));
}

/** "News | Politics", "Home › World › Europe": a path of short labels. */
export function isBreadcrumb(line: string): boolean {
  return line.length <= 80 && /^[\p{L}&' -]{2,30}(\s[|›>»/]\s[\p{L}&' -]{2,30}){1,4}$/u.test(line);
}

const CAPTION_RE: RegExp[] = [
  // a photo's copyright credit: "© Example Agency / Jane Doe", "© Jane Doe/Example"
  /^©\s?\S[^/]{1,60}\/\s?\S.{0,60}$/u,
  // A labelled credit ("Illustration: Name/Agency", "Photo: AGENCY"); "Photo: what it shows" is a headline.
  /^(?:illustration|photo|photograph|image|picture|graphic|video|credit|photo credit)s?:\s?(?:[^\s/]+\/\S.{0,60}|\S+(?:\s\S+){0,2})$/i,
  // ("Illustration by Example World", "Photograph by Jane Doe for Example News")
  /^(?:illustration|photo|photograph|photography|image|graphic|animation|artwork)s?\sby\s\p{Lu}\S*(?:\s\S+){0,5}$/iu,
  /^(image|media|video|photo) caption,/i,
  /\S\s(photograph|photo|picture|image|stock photo|credit)s?:\s*\S.{0,80}$/i,
  // ("[Jane Doe/Agency]": a photographer and agency; "(Doe, 3/8)", a summary's citation with its date, is text)
  /[[(][^[\]()]{1,80}\/\s?\p{L}[^[\]()]{0,80}[\])]$/u,
  /\/\s*photo\b/i,
  // a picture credit closing a caption: "… leaves the port - AFP PIC", "… — REUTERS PHOTO", "… (File pic)"
  /\s[-–—]\s?(?:[\p{L}.]{2,20}\s)?(?:pic|pix|photo|file pic|file photo)\.?$/iu,
  // ("… (AP Photo)", "… (Reuters file photo)": the wire's picture)
  /\((?:(?:AP|AFP|Reuters|REUTERS|EPA|AAP|PA|DPA|Xinhua|Anadolu|Getty)\s)?(?:file )?(?:pic|photo)\)\.?$/i,
  // ("… in this image taken from video. (Photo: AP)": a labelled credit in brackets)
  /\S\s\((?:photo|photograph|picture|image)s?(?::|\svia|\scourtesy(?:\sof)?)\s?[^()]{1,60}\)\.?$/i,
  // a caption closed by its picture's wire after the full stop: "… released by the rescue service. AP"
  /\S\.\s(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|PA|AAP|Anadolu)$/,
  // (the wire and its photographer, or a handout it passed on: "… April 2, 2030. REUTERS/Jane Doe", "… . Example
  // Service / Handout via REUTERS")
  /\S\.\s(?:[^.]{0,50}\svia\s)?(?:REUTERS|AFP|EPA|AP)(?:\/[\p{L} .'’-]{1,40}){0,3}$/u,
  // (and the licensing link a scrape ran onto it: "… REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab")
  /\S\s(?:Purchase|Buy) Licensing Rights(?:, opens new (?:tab|window))?$/,
  // (or by its photographers and the picture agency: "… in the Gulf of Finland. Getty Images; Jane Doe/Example",
  // "… in Germany. Jane Doe/Getty Images")
  /\S\.\s[^.]{0,40}\bGetty Images\b[^.]{0,40}$/,
  /(^|\.\s)[Cc]opyright\s+[\p{Lu}©\d]/u,
  /^(getty images|reuters|afp|ap|epa|pa)( via \S.{0,40})?$/i,
  // a photographer and the picture agency, alone on the line: "Jane Doe, AFP via Getty Images"
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:\S.{0,30} via )?Getty Images$/u,
  /^\p{Lu}[\p{Lu} .'’-]{2,40}\/[\p{Lu}][\p{Lu} .&'’-]{1,30}$/u,
];

// a photo's caption buttons ("Show Caption" / "Hide Caption"): the caption and its credit follow them
const TOGGLE_RE = /^(?:show|hide) (?:caption|captions|more|less)$/i;

/** True for a photo's caption button ("Show Caption", "Hide Caption"). */
export function isCaptionToggle(line: string): boolean {
  return TOGGLE_RE.test(line.trim());
}

/** True for a line of the caption box under a photo's caption buttons: the caption or its credit ("Jane Doe, AP"). */
export function inCaptionBox(lines: string[], i: number): boolean {
  let seen = 0;
  for (let j = i - 1; j >= 0 && seen < 3; j--) {
    if (lines[j]!.trim() === "") continue;
    if (isCaptionToggle(lines[j]!)) return true;
    seen++;
  }
  return false;
}

/** True for a photo or video caption, or a picture credit (`… Photograph: Name/Agency`, `[Name/Agency]`). */
export function isCaption(line: string): boolean {
  return line.length <= 400 && CAPTION_RE.some((re) => re.test(line)) && !showsSomething(line);
}

/** "Video: Zelensky's evening address", "Photo: the damaged bridge": a label and what it shows (a teaser), no credit. */
function showsSomething(line: string): boolean {
  const m = /^(?:photo|picture|video)s?:\s?(\S.*)$/i.exec(line);
  return m !== null && !m[1]!.includes("/") && (/['’]s\b/.test(m[1]!) || /\s(?!via\b)\p{Ll}{3,}/u.test(m[1]!) || /^\p{Ll}/u.test(m[1]!));
}

const END_LABELS =
  /^(read next|discussion|join the discussion|more on this story|more (?:from|on) .{2,30}|most (read|popular|viewed|shared|watched)|tags|suggested topics|related( topics| stories| articles| posts| content| coverage| links)?|related (stories|articles|coverage|content) from .{2,40}|latest( news| stories| headlines)?|all news|news feed|top stories|explore more( on these topics)?|you (might|may) also like|recommended( for you)?|trending( now)?|editor'?s picks|further reading|recommended reading|what (?:we|i)(?:['’]re| are|['’]m| am) reading(?: this week)?|site index|back to top|latest updates|reuse this content|more stories|about the author|join the conversation|show more news|more (?:[a-z'’-]+ ){1,3}news|load more posts|load more|(?:load|show|see|view) (?:older|earlier|previous) (?:updates|posts|entries|stories)|report an error|report a (?:correction|typo)|(?:journalistic|editorial) standards(?: and (?:practices|policies))?|corrections policy|methodology|our methodology|about (?:the|this|our) data|about this (?:story|analysis|project)|how we (?:did this|counted|reported this|got the data)|data notes?)$/i;

// A writer's note closing the text: "Jane Doe is Example's world affairs editor", "Jane Doe is our Kyiv correspondent"
const WRITER_NOTE_RE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2} is (?:our|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}['’]s)\s(?:[\p{L}-]+\s){0,3}(?:editor|correspondent|reporter|writer|columnist|contributor|analyst)\.?$/u;

// (or a feed item's: "Jane Doe is a reporter for Example News Digital covering Asia.", "… Digital. She covers defence.")
const WRITER_BIO_RE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) is (?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:reporter|correspondent|writer|editor|journalist|producer|contributor|columnist)\b[^.]{0,120}\.?(?: \p{Lu}[^.]{0,120}\.){0,2}$/u;

/** The writer a note closing the text names ("Jane Doe is our Kyiv correspondent", "Jane Doe is a reporter for …"), or null. */
export function writerOfNote(line: string): string | null {
  if (line.length > 200) return null;
  if (WRITER_NOTE_RE.test(line)) return line.split(" is ")[0]!;
  return WRITER_BIO_RE.exec(line)?.[1] ?? null;
}

/** True for a box's label alone on its line ("Most read", "Related stories", "Read next"): one kind of end marker. */
export function isBoxLabel(line: string): boolean {
  return line.length <= 60 && END_LABELS.test(line.replace(/[:.\s]+$/, ""));
}

/** True for a label that opens the page's footer or a sidebar ("Most read", "Related Topics", "Load more"). */
export function isEndMarker(line: string): boolean {
  // an e-mail's footer: "You received this email because you signed up for …"
  if (/^you(?:['’]re| are)? receiv(?:ed|ing) this (?:e-?mail|newsletter|message)\b/i.test(line)) return true;
  // (or its links to leave the list: "Update your email preferences or unsubscribe here.")
  if (/^(?:update|manage) your (?:e-?mail )?(?:preferences|subscription)\b.{0,60}\bunsubscribe\b/i.test(line)) return true;
  // the owner's affiliate disclosure over the footer ("Example Television participates in various affiliate marketing programs …")
  if (line.length <= 300 && /^.{0,60}\bparticipates? in (?:various |several )?affiliate (?:marketing |advertising )?programs?\b/i.test(line)) return true;
  if (line.length > 160) return false;
  const text = line.replace(/[:.\s]+$/, "");
  if (END_LABELS.test(text)) return true;
  if (/^(©|\(c\)\s|copyright\s(©\s?|\(c\)\s?)?\d{4})/i.test(line)) return true;
  // The writer's note closing the text: "Jane Doe is Example's world affairs editor", "Jane Doe is our Kyiv correspondent"
  if (WRITER_NOTE_RE.test(line)) return true;
  // An author box ("Author: Jane Doe is our Kyiv correspondent …"); "Author: Jane Doe" alone is a byline.
  if (/^author:\s/i.test(line) && !/^[Aa]uthor:\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}$/u.test(line)) return true;
  // A closing notice: "This live page is no longer being updated.", "This blog has now ended."
  // (another sentence may follow it: "This live page has now closed. Our coverage continues tomorrow.")
  if (/^(this|our) (live )?(page|blog|coverage|feed)( is| has)( now)? (no longer being updated|closed|ended)(\.?$|\.\s)/i.test(line)) return true;
  // "End of today’s updates. Follow tomorrow’s live page.": the blog signing off (a "That's all from us" post at the top
  // of a newest-first blog is a post: it says why the updates stop, so it is news of the blog)
  if (/^end of (today|tonight|this evening)['’]s (live )?(updates|coverage|blog)\b.{0,100}$/i.test(line)) return true;
  // "That's all from us today. Our live coverage continues tomorrow.": the blog's closing line, when it says that the
  // coverage goes on elsewhere (the words alone, "That's all from us", may head a post of their own)
  if (/^that['’]s all (?:from us|for (?:today|tonight|now))\b[^.!]{0,30}[.!]\s+(?:our|we|we['’]ll|the|join us)\b.{0,40}\b(?:continues?|resumes?|back|return)\b.{0,40}$/i.test(line)) return true;
  // (or a thread's: "That's it for today's thread. Thanks for reading, back tomorrow.")
  if (/^that['’]s (?:it|all) for (?:today['’]s|tonight['’]s|this) (?:thread|live ?blog|blog|ticker|coverage|updates)\b.{0,120}$/i.test(line)) return true;
  // (or a ticker's: "Ticker ends. Tomorrow's ticker starts at 6am.", "This live blog has ended here.")
  if (/^(?:(?:the|this|our)\s)?(?:ticker|news ?ticker|live ?blog|live page|live coverage)\s(?:ends|has ended|is over|closes|is closed)(?:\s(?:here|for today|now))?[.!]?(?:\s.{0,80})?$/i.test(line)) return true;
  // a briefing's sign-off: "The briefing returns tomorrow at 19:30." ("That's all from us" heads a post of its own)
  if (/^(?:the|this|our) (?:briefing|newsletter|blog|live blog|round-?up|digest|bulletin) (?:returns|will return|is back|will be back)\b.{0,60}$/i.test(line)) return true;
  // the comment section's invitation: "Want to join the conversation? Please sign in or register to comment …"
  if (/^(?:want to )?join the conversation\b.{0,120}$|^please (?:sign in|log in|register)\b.{0,30}\bto comment\b/i.test(line)) return true;
  // the comment section's notice: "Comments are subject to our community guidelines …", "Comments are closed."
  if (/^comments (?:are|will be) (?:subject to|moderated|closed|now closed|reviewed)\b.{0,100}$/i.test(line)) return true;
  // its rules' heading: "Comments: Our rules", "Comments: house rules"
  if (/^comments?\s?:\s?(?:our |the |house |community )?(?:rules|guidelines)$/i.test(line)) return true;
  // its rules: "Keep it civil. Comments that are obscene, threatening or off topic will be removed."
  if (/^keep it (?:civil|clean)\b.{0,120}\bcomments?\b.{0,120}$/i.test(line)) return true;
  // the foot of a blog's scroll: "You have reached the start of today's coverage", "You've reached the end of the blog"
  if (/^you(?:['’]ve| have) reached the (?:start|end|beginning|bottom|top) of (?:today['’]s |this |the |our )?(?:live )?(?:coverage|updates|blog|page|feed)\b.{0,60}$/i.test(line)) return true;
  if (/^follow .{0,60}\bcoverage\b.{0,100}$/i.test(line) && !/[.!?]\s/.test(line)) return true;
  // a newsletter's footer links ("Forward to a friend  |  Manage subscription  |  Unsubscribe")
  if (line.length <= 120 && /\bunsubscribe\b/i.test(line) && /\s[|·•]\s|^unsubscribe$/i.test(line)) return true;
  // an article's own closing note on when it first appeared ("This story was originally published October 24, 2022 7:02 AM.")
  if (/^this (story|article|report) was (originally |first )?published\b.{0,80}$/i.test(line) && findDate(line) !== null) return true;
  return /^for (our|the|more|yesterday's|\w+day's) .{0,80}click here\.?$/i.test(line);
}

/**
 * A paid card's label and the title right under it ("Sponsored" / "Claims transformation: what brokers want"): blanked
 * together, since the label alone is furniture and the title would head the next story. Only a title on the very next
 * line, short and unpunctuated at its end; a label over running text leaves the text alone.
 */
export function dropSponsoredCards(lines: string[]): string[] {
  if (!lines.some((l) => SPONSOR_LABEL.test(l))) return lines;
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const title = out[i + 1]!.trim();
    if (SPONSOR_LABEL.test(out[i]!) && title.length >= 8 && title.length <= 120 && !/[.!?]["”’']?$/u.test(title)) {
      out[i] = "";
      out[i + 1] = "";
    }
  }
  return out;
}
const SPONSOR_LABEL = /^\s*(?:sponsored|promoted|paid (?:content|post|partnership)|partner content|advertisement feature|advertorial|in partnership)\s*$/i;

/** A browser's print header atop each printed page: "12/28/26, 3:40 PM    Latest News | Example" (text-head.ts). */
export const PRINT_HEADER_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),\s(\d{1,2}):(\d{2})(?:\s([AP])M)?(?:\s+\S.*)?$/;

/** A page printed from a browser repeats its print header at each page break: the repeats are blanked (the first dates the page). */
export function dropPrintBreaks(lines: string[]): string[] {
  const header = lines.slice(0, 3).find((l) => PRINT_HEADER_RE.test(l));
  if (header === undefined) return lines;
  const first = lines.indexOf(header);
  return lines.map((l, i) => (i > first && l === header ? "" : l));
}

/**
 * A box's label over its pitch ("Example Events" over "Register now for the autumn summit, Sept. 14."): blanked with
 * it, or the label would read as a credit closing the card above. Only a short capitalised label opening its block,
 * over a whole sentence of furniture (not a button: a byline over a "Share" row stays).
 */
export function dropPromoLabels(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = lines[i]!.trim();
    const pitch = lines[i + 1]!.trim();
    if (pitch.length < 30 || pitch.split(/\s+/).length < 5 || !/\s\p{Ll}{2,}\s/u.test(pitch) || !PROMO_LABEL_RE.test(label) || (i > 0 && lines[i - 1]!.trim() !== "") || !isFurniture(pitch)) continue;
    out ??= lines.slice();
    out[i] = "";
  }
  return out ?? lines;
}
// (what the box offers may follow in small letters: "Morning Update newsletter")
const PROMO_LABEL_RE = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2}(?:\s(?:newsletters?|briefing|podcast|events?))?$/u;
