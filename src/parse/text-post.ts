// One update's lines → its headline, author and body paragraphs (bylines, captions, datelines and notes removed).
import { matchDateLine } from "./text-dates.ts";
import { isEndMarker } from "./text-furniture.ts";
import { agencyCredit, capitalsBeforeOutlet, capsPlaceCredit, closesPost, closingCredit, isOutletLike, isPostTitle, outletSignature, personPattern, staffCredit, wireCredit } from "./text-credits.ts";
import { cleanBody, isChrome, isHeadlineLike, isKeyPointsHeading, isSentence } from "./text-lines.ts";
import { gazetteerZone, isStateCode, isTownAndCountry } from "./zone-gazetteer.ts";

// (an outlet's number among its words: "By FRANCE 24", "By Channel 4 News"; a date's day is none: "by Jane Doe January 21")
const BYLINE_RE =
  /^(?:(?:[Ll]ive\s)?(?:[Cc]overage|[Bb]log|[Uu]pdates)\sby|[Pp]osted by|[Ww]ritten by|[Cc]ompiled by|[Rr]eporting by|[Rr]eported by|[Ss]tory by|[Ww]ords by|[Tt]ext by|[Rr]eport by|[Ff]orwarded from|[Bb]y|From\s(?:the\s)?\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}['’]s?)\s+(\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|al|bin|and|with|&|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s)\d{1,3}(?=$|\s))){0,7})$/u;
// "By NZ Outlet world desk", "By Outlet staff": a desk or team credited by the outlet's name.
const DESK_RE = /^[Bb]y\s+((?:\p{Lu}[\p{L}.&'’-]*\s){1,4}(?:\p{Ll}+\s){0,2}(?:desk|team|staff|newsroom|reporters|correspondents))$/u;
const WIRE_DATELINE_RE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?(?:,\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})?\s\(\p{Lu}[\p{L}.&]{1,15}(?:\s\p{Lu}[\p{L}.&]{1,15})?\)\s?[-—–]{1,2}\s+(?=\S)/u;

// "Bishkek, Nov. 27 /Kabar/. ", "ASTANA. March 3 /KazTAG/ – ": a place, a date and the agency between slashes
const SLASH_DATELINE_RE = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?[,.]\s\p{L}{3,9}\.?\s\d{1,2}\s\/\p{Lu}[\p{L}-]{1,15}\/\s?[.–—-]\s+(?=\p{Lu})/u;

/**
 * The author a byline line names ("By Jane Doe", "Author: Jane Doe", "Posted by Jane Doe", "Forwarded from Agency",
 * "From the Agency’s Jane Doe", a closing "—By Jane Doe", "Jane Doe/Staff Writer"), or null.
 */
export function bylineAuthor(line: string): string | null {
  if (line.length > 120 || isTownAndCountry(line)) return null;
  // "By Jane Doe · Edited by John Roe", "By Jane Doe | Updated …", "By Agency - Feb 13,2024": the byline is the first part.
  const first = line.split(/\s[·•|]\s|\s[-–—]\s(?=.*\d)/)[0]!;
  if (first.length > 80) return null;
  // "By — Jane Doe", "By: Jane Doe": punctuation a template puts between "By" and the name says nothing.
  // "Author: Jane Doe", "Authors: Jane Doe and John Roe", "Live editor: Jane Doe", "Live reporting: Jane Doe and John
  // Roe", "Live team: Jane Doe and John Roe": a labelled byline ("Editor: Jane Doe" closing an article names who edited it).
  // "ByJane Doe": a template that glued the name to "By".
  const bare = first.replace(/^[—–]\s?/, "").replace(/^By(?=\p{Lu}\p{Ll})/u, "By ").replace(/^(by)\s?[:—–-]\s?(?=\p{Lu})/iu, "$1 ").replace(/^(?:author|reporter|correspondent|writer|(?:live|blog|live blog) editor|(?:live )?reporting|live team|live blog)s?:\s?(?=\p{Lu})/iu, "By ")
    // ("Curated By: Jane Doe": who keeps a live page; "Text by: Jane Doe", "Words by Jane Doe": who wrote it)
    .replace(/^(?:curated|text|words|story) by\s?:?\s?(?=\p{Lu})/iu, "By ")
    // ("Live reporting by Jane Doe and John Roe", "Live coverage by Jane Doe", "Live page by …": who keeps the live page)
    .replace(/^live\s(?:reporting|coverage|updates|blog|page)\sby\s(?=\p{Lu})/iu, "By ")
    // (the label in the site's own language: "Teksti: Jane Doe", "Text: Jane Doe", "Autor: Jane Doe", "Автор: Jane Doe")
    .replace(/^(?:text|teksti|tekst|texto|testo|autor|autorin|auteur|autore|forfatter|författare|toimittaja|szerző|автор|авторка|автори|авторы)\s?:\s?(?=\p{Lu})/iu, "By ");
  const desk = DESK_RE.exec(bare);
  if (desk) return desk[1]!;
  // "by /u/jane_doe": a forum's user, by the name the forum shows
  const user = /^by\s+\/?u\/([\w-]{3,30})$/i.exec(bare)?.[1];
  if (user) return user;
  // "By THE ASSOCIATED PRESS", "By AGENCE FRANCE-PRESSE": a wire's name in capitals, kept as printed
  const capsWire = /^By\s+(\p{Lu}[\p{Lu}\s.&'’-]{2,40})$/u.exec(bare)?.[1];
  if (capsWire && /\s/.test(capsWire) && agencyCredit(capsWire.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())) !== null) return capsWire;
  // "By Jane Doe World-Herald staff writer", "By Jane Doe Record Reporter", "By Jane Doe Staff Writer": the name, before
  // the outlet's role for them
  const titled = ROLE_TAIL_RE.exec(bare);
  if (titled) return titled[1]!;
  // "By JANE DOE FOR EXAMPLE ONLINE": a name in capitals, then whom it was written for
  const capsFor = /^By\s+(\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,2})\s(?:FOR|IN)\s\p{Lu}/u.exec(bare);
  if (capsFor) return capsFor[1]!;
  // "By JANE DOE Associated Press", "By JANE DOE Example Sun": a name in capitals, then its wire or outlet as written
  const caps = /^By\s/.test(bare) ? capitalsBeforeOutlet(bare.replace(/^By\s+/, "")) : null;
  if (caps) return caps;
  // "By" in the language of the site's own chrome, before a person's two or three names ("Von Jane Doe", "Par Jane Doe")
  const foreign = FOREIGN_BY_RE.exec(first);
  if (foreign && nameLine(foreign[1]!) === foreign[1]) return foreign[1]!;
  // ("Par AFP", "Von Reuters": a wire credited in the site's language)
  const foreignWire = FOREIGN_BY_WIRE_RE.exec(first)?.[1];
  if (foreignWire && agencyCredit(foreignWire) !== null) return foreignWire;
  // ("Par Le Parisien avec AFP", "Von Example Zeitung mit dpa": the outlet and the wire it wrote with, kept as printed)
  const withWire = FOREIGN_WITH_WIRE_RE.exec(first);
  if (withWire && agencyCredit(withWire[2]!) !== null) return withWire[1]!;
  // "Jane Doe, The Canadian Press", "Jane Doe, Local Journalism Initiative": a person, then the wire or outlet they write for
  // (a station's channel number among its words: "Jane Doe, WXYZ 12 News")
  // (read without the label: "By Jane Doe, Kyiv correspondent" credits Jane Doe, not "By Jane Doe")
  const named = bare.replace(/^By\s+(?=\p{Lu})/u, "");
  // "Live team: Jane Doe, John Roe", "Authors: …": a label for several people, then their names, kept as printed
  const people = TEAM_LABEL_RE.test(first) ? named.split(/, | and /) : [];
  // (the last one a paper's name is the outlet the person writes for: "Reporting: Jane Doe, Example Post")
  if (people.length >= 2 && people.every((n) => PERSON_RE.test(n) && !isPostTitle(n)) && !PAPER_NAME_RE.test(people.at(-1)!)) return named;
  const outlet = /^([^,]{5,40}), ((?:The )?\p{Lu}[\p{L}.&-]*(?: (?:\p{Lu}[\p{L}.&-]*|\d{1,3}\+?)){0,3})$/u.exec(named);
  // ("Example Communications, Inc.": a company's legal name, no person)
  if (outlet && nameLine(outlet[1]!) === outlet[1] && PERSON_RE.test(outlet[1]!) && !isPostTitle(outlet[1]!) && !COMPANY_SUFFIX_RE.test(outlet[2]!) &&
    // (a state's code there names a place, not an outlet: "Minneapolis-St. Paul, MN"; "Jane Doe, CP" is a credit)
    (agencyCredit(outlet[2]!) !== null || /^The /.test(outlet[2]!) || (isOutletLike(outlet[2]!) && !isStateCode(outlet[2]!)) ||
      /\b(?:Initiative|Press|Media|News)$/.test(outlet[2]!))) return outlet[1]!;
  // "Jane Doe, Senior Editor, Europe", "Jane Doe, Correspondent, Kyiv": a person, their role, the beat or place it covers
  const beat = ROLE_BEAT_RE.exec(named);
  if (beat) return beat[1]!;
  const role = named.includes("/") ? ROLE_AFTER_SLASH_RE.exec(named) : null;
  if (role) return role[1]!;

  const m = BYLINE_RE.exec(titleCase(bare));
  // ("By The Ledger" is a masthead's line; "By The Associated Press" is the wire's credit)
  if (m && (!/^the\s/i.test(m[1]!) || agencyCredit(m[1]!.trim().replace(/^the\s/i, "")) !== null)) return m[1]!.trim();
  // "By Jane Doe, Kyiv correspondent", "By Jane Doe, Outlet": the name before the comma.
  const comma = /^((?:[Bb]y|[Ww]ritten by|[Ss]tory by|[Rr]eporting by)\s[^,]{3,60}),\s\S/.exec(first);
  if (comma) return bylineAuthor(comma[1]!);
  // "Posted by Jane Doe (Example Courier)", "By Jane Doe (Kyiv)": the name before its outlet or place in brackets.
  const bracketed = /^((?:[Bb]y|[Pp]osted by|[Ww]ritten by|[Ss]tory by|[Rr]eporting by)\s[^()]{3,60}?)\s\([^()]{2,50}\)$/u.exec(first);
  if (bracketed) return bylineAuthor(bracketed[1]!);
  // "By Jane Doe for Outlet Service", "By Jane Doe in Kyiv": the name before whom or where it was written for.
  const filed = /^((?:[Bb]y|[Ww]ritten by|[Ss]tory by|[Rr]eporting by)\s[^,]{3,60}?)\s(?:for|in)\s\p{Lu}/u.exec(first);
  return filed ? bylineAuthor(filed[1]!) : null;
}

const INLINE_CREDIT_RE = /^(.*[.!?]["”’]?)\s\((\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\)$/u;

const TEAM_LABEL_RE = /^(?:live team|(?:live )?reporting|authors|reporters|writers|correspondents)\s?:/i;

const COMPANY_SUFFIX_RE = /^(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|Corp|Co|Pty|AG|SA|S\.A|NV|BV|AB|Oy|AS)\.?$/;

const ROLE_TAIL_RE = /^[Bb]y\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}?)\s(?:\p{Lu}[\p{L}.&-]*\s){0,2}(?:[Ss]taff [Ww]riter|[Ss]taff [Rr]eporter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist)$/u;

// German, French, Spanish and Portuguese, Dutch, Polish, Swedish and Norwegian, Danish and Italian "By", capitalised or not
const FOREIGN_BY_RE = /^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez|[Aa]v|[Aa]f|[Dd]i)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})$/u;
const FOREIGN_WITH_WIRE_RE = /^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez|[Aa]v|[Aa]f|[Dd]i)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s(?:avec|mit|con|com|met|med|z)\s(\p{L}[\p{L}.&-]*))$/u;
const FOREIGN_BY_WIRE_RE = /^(?:Von|Par|Por|Door|Przez)\s+(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})$/u;

/** "BY TOM REYES" → "By Tom Reyes": a byline printed in capitals, read as a name. */
function titleCase(line: string): string {
  if (!/^BY\s\p{Lu}/u.test(line) || line !== line.toUpperCase()) return line;
  return line.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const PERSON = personPattern();
// a line that is one person's name and nothing else ("Jane Doe")
const PERSON_RE = new RegExp(`^${PERSON}$`, "u");
// "Jane Doe/Staff Writer", "Jane Doe / Contributor": a name, then the writer's role after a slash.
const ROLE_AFTER_SLASH_RE = new RegExp(
  `^(${PERSON})\\s?/\\s?(?:\\p{Lu}[\\p{L}-]*\\s){0,3}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor|[Ee]ditor|[Jj]ournalist|[Ss]taff|[Cc]olumnist|[Ii]ntern)$`, "u",
);
// A reporter's role ("Reporter", "World Editor", "Live news reporter", "Senior Editor, Europe",
// "Example Media Correspondent: Europe", "Europe correspondent, in Vilnius"): on the line under their name, or after it
// and a comma.
const ROLE = String.raw`(?=\p{Lu})(?:[\p{L}-]+\s){0,4}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Pp]roducer|[Cc]olumnist|[Aa]nalyst|[Ii]ntern|[Cc]ontributor)(?:[:,]\s(?:in\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?`;
const ROLE_LINE_RE = new RegExp(`^${ROLE}$`, "u");
const ROLE_BEAT_RE = new RegExp(`^(${PERSON}),\\s${ROLE}$`, "u");

/** True for a reporter's role on a line of its own ("Reporter", "Political Editor", "Example Media Correspondent: Europe"). */
export function isRoleLine(line: string): boolean {
  return ROLE_LINE_RE.test(line.trim());
}

const NAME_LIST_RE = new RegExp(`^${PERSON}(?:(?:,\\s|,?\\sand\\s|\\s&\\s)${PERSON}){0,7}$`, "u");

/**
 * A line that is only people's names ("Jane Doe", "Ann Lee, Bo Park, and Cy Wu"): a byline without "By" where the
 * layout puts one (next to a date, under a headline). Null for anything else.
 */
export function nameLine(line: string): string | null {
  if (line.length > 160 || !NAME_LIST_RE.test(line) || isKeyPointsHeading(line) || BUTTON_WORD_RE.test(line) || isTownAndCountry(line)) return null;
  // (its outlet's possessive first, "Example News' Jane Doe": the reporters it names)
  const owned = outletSignature(line);
  if (owned) return owned;
  // (one name with its role after it, "Jane Doe Europe Correspondent": the name)
  return personWithRole(line) ?? line;
}

// A site's buttons run together on one line ("E-paper Subscribe Sign In") read like a name: no name holds them; nor
// does a section's kicker ("Russia-Ukraine War", "Middle East Crisis").
// nor does a box's title speaking to the reader ("Before You Leave, Check This Out"), nor a topic's tag under a date
// ("Humanitarian Aid", "Peace and Security").
const BUTTON_WORD_RE = new RegExp("\\b(?:subscribe|sign in|sign up|log ?in|register|e-?paper|menu|search|you|your|this|these|our|check|" +
  "humanitarian|aid|rights|security|climate|health|economy|economic|development|migrants|refugees|education|culture)\\b|" +
  "^follow\\s|\\b(?:War|Crisis|Conflict)$", "i");

// "Jane Doe - Example.com", "Jane Doe | The Example Times": a byline that names the outlet after the person.
// ("Jane Doe · Example News ·": set off by dots, the last closing the line)
const OUTLET_BYLINE_RE = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s[-–|·•]\s(\S.{1,40}?)(?:\s[·•])?$/u;

/** The person of a byline that names its outlet after them (a domain, or the site's own name), or null. */
export function outletByline(line: string, site: string | null): string | null {
  const m = OUTLET_BYLINE_RE.exec(line);
  if (!m) return null;
  const outlet = m[2]!.trim().toLowerCase();
  return /^[a-z\d-]+(?:\.[a-z]{2,})+$/.test(outlet) || (site !== null && outlet === site.toLowerCase()) ? m[1]! : null;
}

/**
 * "Jane Doe | Example Times English": the person, whatever outlet follows (the caller asks for a date beside it);
 * with `anyTail`, whatever their affiliation ("Jane Doe | University of Example Faculty of Law, PL").
 */
export function personBeforeOutlet(line: string, anyTail = false): string | null {
  const m = anyTail ? PERSON_BAR_RE.exec(line) ?? personOutletTown(line) : OUTLET_BYLINE_RE.exec(line);
  return m && PERSON_RE.test(m[1]!) && !isPostTitle(m[1]!) && (anyTail || isOutletLike(m[2]!.trim())) ? m[1]! : null;
}

// "Jane Doe EXAMPLE Chisinau": a card's fields run together, the writer, the outlet's acronym, the town filed from
const PERSON_OUTLET_TOWN_RE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) (\p{Lu}{2,6}) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/u;

function personOutletTown(line: string): RegExpExecArray | null {
  const m = line.length <= 80 ? PERSON_OUTLET_TOWN_RE.exec(line) : null;
  return m && gazetteerZone(m[3]!) !== null ? m : null;
}

/** The person of a credit that prints their role after their name, "Jane Doe Europe Correspondent", else null. */
function personWithRole(line: string): string | null {
  const words = line.split(" ");
  if (line.length > 60 || words.length < 3) return null;
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words.slice(0, k).join(" ");
    if (NAME_LIST_RE.test(name) && isRoleLine(words.slice(k).join(" "))) return name;
  }
  return null;
}

const PERSON_BAR_RE = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s\|\s(\S.{1,80})$/u;

// "DH Web Desk", "Online Desk", "World News Desk": a desk credited on a line of its own.
const DESK_LINE_RE = /^(?:\p{Lu}[\p{L}&.'’-]*\s){1,3}(?:[Dd]esk|[Nn]ewsroom)$/u;

/** A desk credited on a line of its own ("DH Web Desk"), or null. */
export function deskLine(line: string): string | null {
  return line.length <= 40 && DESK_LINE_RE.test(line) ? line : null;
}

// A byline's label on a line of its own, its name on the next ("Author" / "Jane Doe").
const BARE_BYLINE_LABEL = /^(?:authors?|written by|words by|by|reporter|reporting by)\s?:?$/i;

/** The name under a bare byline label at line `i` ("Author" / "Jane Doe"; blank lines skipped), or null. */
export function nameUnderLabel(lines: string[], i: number): string | null {
  if (!BARE_BYLINE_LABEL.test(lines[i]!)) return null;
  const next = lines.slice(i + 1, i + 3).find((l) => l !== "") ?? "";
  // (or the outlet's own reporter, unnamed: "Reporter:" / "Example Star reporter")
  return nameLine(next) ?? (/^(?:\p{Lu}[\p{L}&.'’-]*\s){1,3}(?:reporter|correspondent|staff)$/iu.test(next) && next.length <= 60 ? next : null);
}

const ROLE_RE = new RegExp(`^(${PERSON}),\\s\\p{Ll}[\\p{Ll} ,&-]{2,60}$`, "u");

// "Jane Doe USA TODAY": one name, then the outlet or wire in capitals (a post's author box on a network's live page)
const NAME_OUTLET_RE = new RegExp(`^(${PERSON})\\s(?:\\p{Lu}{2,}[\\p{Lu}&.'’-]*)(?:\\s\\p{Lu}{2,}[\\p{Lu}&.'’-]*){0,2}$`, "u");

/**
 * The author of a bare byline line: names only, one name and a role ("Jane Doe, defence editor"), or one name and its
 * outlet in capitals ("Jane Doe USA TODAY"), with or without the writer's e-mail after it; else null.
 */
export function staffLine(line: string): string | null {
  return nameLine(line) ?? ROLE_RE.exec(line)?.[1] ?? nameWithOutlet(line) ?? emailedCredit(line);
}

/** The name of "Jane Doe | jdoe@example.com" (a writer's name, then their e-mail address), or null. */
export function emailedCredit(line: string): string | null {
  const name = EMAILED_RE.exec(line)?.[1];
  return name ? nameLine(name) : null;
}
const EMAILED_RE = /^(\S.{2,40}?)\s*[|·•,–—-]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** The name of "Jane Doe USA TODAY" (a name, then its outlet in capitals), or null. */
export function nameWithOutlet(line: string): string | null {
  const name = NAME_OUTLET_RE.exec(line)?.[1];
  return name ? nameLine(name) : null;
}

function isOneSentence(line: string): boolean {
  return line.length <= 160 && /[.!]["”’']?$/.test(line) && !/[.!?]["”’']?\s+\p{Lu}/u.test(line.slice(0, -1));
}

function nextContentLine(lines: string[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (!isChrome(lines[i]!) && !matchDateLine(lines[i]!)) return lines[i]!;
  return null;
}


/** The byline a line glues to the post's date ("Jane DoeJuly 17, 2024", "AgenciesJuly 17, 2024"), or null. */
export function gluedToDate(line: string): string | null {
  if (line.length > 60) return null;
  for (const m of line.matchAll(/\p{Ll}(?=[\p{Lu}\d])/gu)) {
    const [name, rest] = [line.slice(0, m.index + 1), line.slice(m.index + 1)];
    if (!matchDateLine(rest)) continue;
    // a person's name of two words or more, or an agency ("PublishedJuly 17, 2024" is a label, not a byline)
    return agencyCredit(name) ?? (PERSON_RE.test(name) ? name : null);
  }
  return null;
}

/** True for a paragraph that opens with a wire dateline ("KYIV, Ukraine (AP) — …", "MOSCOW (Reuters) - …"). */
export function opensWithDateline(paragraph: string): boolean {
  return WIRE_DATELINE_RE.test(paragraph) || CAPS_DASH_DATELINE_RE.test(paragraph);
}

// "KIEV -- Russian drones …", "NEW DELHI — India said …": a city in capitals and a dash, no agency named
const CAPS_DASH_DATELINE_RE = /^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2}\s(?:--|—|–)\s+(?=\p{Lu})/u;

/** A paragraph without a wire dateline ("KYIV, Feb 24 (Reuters) - ", "GENEVA (AP) — "). */

export function stripDateline(paragraph: string): string {
  return paragraph.replace(WIRE_DATELINE_RE, "");
}

/** The lines up to the first footer or sidebar label. */
export function untilEnd(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isEndMarker(lines[i]!)) return i;
  return to;
}

const TEASER_RE = /^(?:explainer|explained|analysis|watch|video|photos|pictured|gallery|listen|q&a):\s\S/i;

/** A short question or exclamation ("What does the budget mean for you?"): a headline when text follows it. */
function isQuestion(line: string): boolean {
  return line.length <= 110 && /[?!]["”’']?$/.test(line) && !/[.!?]\s/.test(line.slice(0, -1));
}

// A paper's name by its last word ("Example Post", "Example Herald"): an outlet, not a person.
const PAPER_NAME_RE = /\s(?:Post|Times|News|Herald|Journal|Gazette|Tribune|Press|Daily|Courier|Standard|Telegraph|Observer|Chronicle|Review|Express|Mirror|Record|Sentinel|Dispatch|Ledger|Bulletin|Wire|Agency|Radio)$/;

// Words of a site's or a box's name, never of a person's ("Sky News Newsletter", "Daily Briefing").
const MASTHEAD_WORDS = /\b(?:News|Newsletter|Live|Updates?|Latest|Breaking|Today|Daily|Weekly|Radio|Video|Podcast|Opinion|Sport|World|Briefing)\b/;

// A reprint's label over its headline ("From our partners at Example Post", "Republished from Example Times").
// ("From the Example Courier, first published on Friday:": where, and when, it first ran)
const REPRINT_LABEL_RE = /^(?:from|via) our (?:partners?|friends|colleagues)\b.{0,40}$|^(?:republished|reprinted) (?:from|with permission of)\s.{2,40}$|^partner content$|^from (?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}, (?:first |originally )?(?:published|printed|posted)\b.{0,30}:?$/i;

/** A reprint's label over its headline ("From our partners at Example Post", "Republished from Example Times"). */
export function isReprintLabel(line: string): boolean {
  return REPRINT_LABEL_RE.test(line);
}

function isKicker(line: string, next: string): boolean {
  if (REPRINT_LABEL_RE.test(line)) return true;
  if (line.length <= 24 && /^\p{Lu}[\p{Lu}\p{N}&'’ -]*$/u.test(line) && line.split(" ").length <= 3) return true;
  // A label in words ("Key event", "Analysis", "Update"): over a headline of four words or more.
  if (line.length <= 20 && /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?:?$/u.test(line) && next.split(" ").length >= 4) return true;
  // A section's name over its first card ("War in Ukraine" / "Minister: decision could come within weeks"): a short
  // name without a verb's ending, over a longer headline.
  const words = line.split(" ");
  return words.length <= 4 && line.length <= 32 && !/[.:!?]$/.test(line) && !words.some((w) => /\p{Ll}(?:s|ed|ing)$/u.test(w) && w.length > 4)
    && next.split(" ").length >= words.length + 3 && /^\p{Lu}/u.test(next);
}

function hasMore(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isChrome(lines[i]!)) return true;
  return false;
}

export interface PostParts {
  headline: string | null;
  author: string | null;
  /** A wire agency the update's last line credits ("— AFP"): the author when nothing else names one. */
  agency: string | null;
  body: string[];
}

/** A byline beside its outlet, printed like a breadcrumb ("By Jane Doe | Outlet", "Jane Doe | Outlet"): the name, else null. */
function pipedByline(line: string): string | null {
  const parts = line.split(" | ");
  if (parts.length !== 2 || !isOutletLike(parts[1]!)) return null;
  return bylineAuthor(parts[0]!) ?? nameLine(parts[0]!);
}

/** "Anna Sokol / Outlet", "Anna Sokol | Outlet": a name and the outlet it writes for, closing an update; else null. */
export function slashedByline(line: string): string | null {
  const parts = line.split(/\s[/|]\s/);
  return parts.length === 2 && isOutletLike(parts[1]!) ? nameLine(parts[0]!) : null;
}

/** True when the nearest line above `i` (blanks skipped, not before `from`) is a body line, not chrome. */
function afterBody(lines: string[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && lines[k] === "") k--;
  return k >= from && !isChrome(lines[k]!);
}

/**
 * An update from its lines [from, to): the first content line is its headline when `headline` is "first" and it
 * reads as one (else the update has none); a byline near the top gives the author; the rest is the body.
 */
export function buildPost(
  lines: string[], from: number, to: number, headline: "first" | string | null, closers: Set<string> = new Set(),
): PostParts {
  const kept: string[] = [];
  let author: string | null = null;
  let title = headline === "first" ? null : headline;
  let wantTitle = headline === "first";
  let byNext = headline !== null && headline !== "first";
  let agency: string | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (kept.length === 0 && !wantTitle && line.includes(" | ")) {
      const piped = pipedByline(line);
      if (piped) {
        author ??= piped;
        continue;
      }
    }
    const closes = kept.length > 0 && afterBody(lines, i, from) && closesPost(lines, i, to);
    // Names alone closing the update ("Jane Holt and Tom Reyes", "Anna Sokol / Outlet", "(Jane Holt)"): its reporters.
    const bare = /^\(([^()]+)\)$/.exec(line)?.[1] ?? line;
    const signed: string | null = closes && author === null ? slashedByline(line) ?? (isSentence(kept.at(-1)!) && !isChrome(bare) ? bylineAuthor(bare) ?? nameLine(bare) : null) : null;
    if (signed) {
      author = signed;
      continue;
    }
    const wire = closes ? agencyCredit(line) : null;
    if (wire) {
      agency = wire;
      continue;
    }
    // "(By Jane Doe)": a byline in brackets, wherever it stands (a photo credit in brackets names no "By")
    const bracketed = /^\(\s?[Bb]y\s[^()]+\)$/.test(line) ? bylineAuthor(line.slice(1, -1).trim()) : null;
    if (bracketed) {
      author ??= bracketed;
      continue;
    }
    const dated = gluedToDate(line);
    if (dated) {
      author ??= dated;
      continue;
    }
    // a wire named alone right under the headline ("Reuters"; elsewhere a photo credit, chrome) credits the post, as
    // the outlet's staff do ("Staff writers")
    const wired: string | null = byNext && kept.length === 0 && author === null ? agencyCredit(line) ?? staffCredit(line) : null;
    // (so does a name in capitals beside its town, "JANE DOE | Kyiv", which reads like a breadcrumb)
    const placed: string | null = byNext && kept.length === 0 && author === null && !wired ? capsPlaceCredit(line) : null;
    if (wired || placed) {
      [author, byNext] = [wired ?? placed, false];
      continue;
    }
    if (isChrome(line) || matchDateLine(line)) continue;
    // A byline opens the update, or closes it: after a dash ("—By Jane Doe") or as its last line ("Posted by Jane Doe");
    // one labelled "Author:" is one wherever it stands.
    const by = kept.length === 0 || /^[—–]/.test(line) || closes || /^(?:author|reporter|correspondent)s?:/i.test(line) ? bylineAuthor(line) : null;
    if (by) {
      author ??= by;
      continue;
    }
    // A wire credit anywhere ("Reporting by A; Editing by B"); a closing credit as the post's last line.
    const credit = wireCredit(line);
    // (a credit that closes other posts closes this one too, though a box's pitch follows it: "Jane Doe" / "Subscribe …")
    const closing = credit !== undefined || wantTitle ? null : closesPost(lines, i, to) ? closingCredit(line) ?? (closers.has(line) ? line : null)
      : closers.has(line) && kept.length > 0 ? line : null;
    if (credit !== undefined || closing) {
      author ??= credit ?? closing;
      continue;
    }
    if (wantTitle) {
      const next = nextContentLine(lines, i + 1, to);
      // A card's byline above its headline ("Jane Doe" / "Why the bridge matters"): the author, not the headline.
      const titled = next !== null && (isHeadlineLike(next) || isQuestion(next)) && nameLine(next) === null;
      const above: string | null = titled && author === null && line.split(" ").length <= 3 && !MASTHEAD_WORDS.test(line) ? nameLine(line) : null;
      if (above) {
        author = above;
        continue;
      }
      // A kicker over the headline ("RECAP", "ANALYSIS", a section's name): a short label, not the headline itself.
      if (next !== null && isKicker(line, next) && isHeadlineLike(next)) continue;
      wantTitle = false;
      // A headline punctuated as a sentence, told by the bare byline under it ("Ministry confirms the talks." / "Jane Doe").
      // (a sentence as long as a paragraph's is the text of a post that has no headline)
      const signed = next !== null && line.length <= 110 && isOneSentence(line) && staffLine(next) !== null;
      // A labelled teaser asked as a question ("Explainer: Why …?") heads a post even when only a link follows.
      if (isHeadlineLike(line) || signed || (isQuestion(line) && (hasMore(lines, i + 1, to) || TEASER_RE.test(line)))) {
        title = line;
        byNext = true;
        continue;
      }
    }
    // The line under a headline may be a bare byline ("Jane Doe", "Jane Doe, defence editor", "Agencies").
    if (byNext) {
      byNext = false;
      const staff = kept.length === 0 ? staffLine(line) ?? closingCredit(line) ?? agencyCredit(line) : null;
      if (staff) {
        author ??= staff;
        continue;
      }
    }
    // (a reporter's name in brackets closing the post's last paragraph, "… No one was hurt. (Jane Doe)": its author)
    const signedOff: RegExpExecArray | null = author === null && line.endsWith(")") && closesPost(lines, i, to) ? INLINE_CREDIT_RE.exec(line) : null;
    if (signedOff && PERSON_RE.test(signedOff[2]!)) {
      author = signedOff[2]!;
      kept.push(signedOff[1]!);
      continue;
    }
    kept.push(line);
  }
  // (a wire's dateline stays: "KYIV, Feb 24 (Reuters) - …" is how the report's text begins; one closed by its own full
  // stop, "Bishkek, Nov. 27 /Kabar/.", is a line of its own run into the text)
  const body = cleanBody(kept);
  if (body[0]) body[0] = body[0].replace(SLASH_DATELINE_RE, "");
  return { headline: title, author, agency, body };
}
