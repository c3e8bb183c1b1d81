// Stamp lines: the printed time of one update, in every common form, with what the line carries besides it.
import {
  ageMinutes, CITY_TIME_RE, CLOCK_RE, clockMinutes, clockWeekday, DATE_RE, dateFromGroups, dayWordTime, findDate, MON_RE, numericDateTail, numericDateTime, plainClock,
  type PrintedDate, WD_RE,
} from "./text-dates.ts";
import { agencyCredit, capitalsBeforeOutlet, nameBeforeWire, roleCredit } from "./text-credits.ts";
import { isHeadlineLike, isProse } from "./text-lines.ts";
import { cityZone, ZONE_RE, zoneOf } from "./text-zones.ts";
import { gazetteerZone } from "./zone-gazetteer.ts";
import { regionNamed } from "./zone-countries.ts";
import { BEFORE_CLOCK } from "./date-words.ts";

/** One stamp line. `minutes` is a wall-clock time; `ago` a time before the page's refresh time. */
export interface Stamp {
  line: number;
  minutes: number | null;
  ago: number | null;
  date: PrintedDate | null;
  zone: string | null;
  author: string | null;
  /** Text on the stamp line after the time: a headline after a dash, or running text. */
  text: string | null;
  headlineOnLine: boolean;
  /** A headline after a bare time with no dash, bracket or zone ("14.20 Headline"): an update only if the page has more. */
  loose?: boolean;
  /** The zone this stamp style implies when the page states none (contract: UK time for signature stamps). */
  convention: string | null;
  /**
   * A zone the stamp's typography suggests ("9.45am": British style), weaker than a place the page names: the same
   * style is Australia's, so a masthead or language menu that names a home wins over it.
   */
  styleZone?: string;
  /** Days before the page's own day ("yesterday 21:40": 1; "today 10:15": 0). */
  back?: number;
  /** The weekday printed after the time ("11:50 p.m. Sunday": "sun"): its day is the one nearest the page's of that name. */
  weekday?: string;
  /** The text followed the time after a dash ("0705 GMT — …"). */
  dashed?: boolean;
  /** A "Published: <date, time>" line: a card's stamp only where the page prints one per card. */
  labelled?: boolean;
  /** Labelled as when it was last updated ("UPDATED AUGUST 14, 2023 6:45 PM"), not when first published. */
  updated?: boolean;
  /** The place the update was filed from, glued between byline and date ("Jane DoeBelgradeJanuary 31, 2023 21:10"). */
  place?: string;
}

const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s(?:[\\p{Lu}][\\p{L}'’.-]*|de|da|van|von|der|al|bin|le|la)){0,4}";
const ZONE_ONE = `\\s?(${ZONE_RE})(?!\\p{L})`;
const ZONE = `(?:${ZONE_ONE})?`;
const TIME_FIRST = new RegExp(`^(?:(?:[Pp]osted|[Ff]iled|[Aa]dded)(?: at)?:?\\s+)?(?:${CLOCK_RE}|(\\d{2})(\\d{2})(?=\\s?${ZONE_RE}\\b))(?:${ZONE_ONE}(?![\\d.])|(?![\\d.]|:\\d))`, "u");
const AUTHOR_TAIL = new RegExp(`^\\s?,\\s*(?:by\\s+)?(${NAME})$`, "u");
// "14:05 | Jane Holt", "Posted 08:12 CET by Jane Holt", "Jane Holt · 14:32 GMT", "Posted by Jane Holt at 12:05": a
// person's name beside the time.
const PERSON = "\\p{Lu}[\\p{Ll}'’.-]+(?:\\s(?:\\p{Lu}[\\p{Ll}'’.-]+|de|da|van|von|der|al|bin|le|la)){1,2}";
const PIPE_AUTHOR = new RegExp(`^(?:\\s?[|·•]\\s*(?:by\\s+)?|\\s+by\\s+)(${PERSON})$`, "u");
// ("— Jane Holt, 15.42": a signature closing the post, the time after a comma)
const NAME_FIRST = new RegExp(`^(?:[—–]\\s?)?(?:[Pp]osted by\\s+|[Ss]ubmitted by\\s+|[Bb]y\\s+)?(${PERSON})(?:\\s[|·•–—-]\\s|\\sat\\s|,\\s)(${CLOCK_RE}(?:\\s?${ZONE_RE}|${CITY_TIME_RE.source.slice(1)})?)$`, "u");
// "By Jane Holt, 4 July 2025 07:30 BST", "Jane Holt | 4 July 2025, 07:30": a byline, then the full date and time.
const NAME_DATED = new RegExp(`^(?:[Pp]osted by\\s+|[Ss]ubmitted by\\s+|[Bb]y\\s+)?(${PERSON})(?:,\\s|\\s[|·•–—-]\\s|\\son\\s)(\\S.{8,60})$`, "u");
// "By AFP - 24 March 2022 - 21:15", "By Staff Reporter, 4 July 2025 07:30": after "By", any name (an agency, a desk).
// (an outlet's own credit in lower case closes a name too: "By Example staff • …", "By Example wire reports")
const STAFF_TAIL = "(?:\\s(?:staff|staff reports|reports|wire reports|news services))?";
const BY_DATED = new RegExp(`^(?:[Pp]osted by|[Ss]ubmitted by|[Bb]y)\\s+(${NAME}${STAFF_TAIL})(?:,\\s|\\s[|·•–—-]\\s|\\son\\s)(\\S.{8,60})$`, "u");
const DATE_TAIL = new RegExp(`^(?:,|\\s\\||\\s[-–—·•])?\\s+${DATE_RE}$`);
const DASH_TAIL = /^\s*(?:[—–]{1,2}|-{1,3}|\||[·•](?=\s))\s*(\S.*)$/u;
// A zone may follow the time after a comma ("Thursday 11 April 2024 06:20, UK").
const DATE_FIRST = new RegExp(
  `^${DATE_RE}(?:,|\\s[-–|/·•]|\\sat)?\\s+${CLOCK_RE}(?:,?\\s?(${ZONE_RE})(?![\\p{L}\\d]))?(?:\\s?,\\s*(?:by\\s+)?(${NAME}))?$`, "u",
);
const GLUED = new RegExp(`^(?:[Bb]y\\s+)?(${NAME}?(?:\\s(?:staff|desk|team|reporters?))?)\\s?(?:(?:Publication date|Published(?: on)?|Posted(?: on)?|Updated(?: on)?)\\s?:?\\s*)?(?:(${"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"}),?\\s+)?(\\d{1,2})\\.? ([A-Z][a-z]+)\\.?,?(?: (\\d{4}))?(,|\\s[|·•–-])?(?: at)? ${CLOCK_RE}(?:\\s(${ZONE_RE}))?$`, "u");
const NOT_NAMES = /^(published|updated|update|updates|breaking|latest|live|correction|posted|first|last|page|on|at|since|from|until|date|by)\b/i;
/** An update's own label before its time ("UPDATE — 4:20 p.m."): no name. */
// a piece's kind before its title: "Analysis: …", "Explainer: …", "Opinion: …"
const PIECE_LABEL_RE = /^(?:analysis|explainer|explained|opinion|comment|factbox|fact check|q&a|in pictures|watch|video|photos?)\s?:\s/i;
const UPDATE_LABEL = /^(?:update|updates|breaking|latest|live|correction|original(?: story| post| report)?)$/i;
export const UK = "Europe/London";
// "9.45am", "4.40pm", "8:40pm": a full stop between hour and minutes, or a small am/pm glued on, is British
// newspaper style (American papers print "9:45 a.m." or "9:45 PM"): with no zone stated and no home place named, UK
// time is the best reading.
const BRITISH_AMPM = /(?:^|\s)(?:\d{1,2}\.\d{2}\s?[aApP][mM]|\d{1,2}:\d{2}[ap]m)$/;
// "6:22 p.m.", "9 a.m.": the dotted a.m./p.m. of American news style; with no zone stated and no home named, US Eastern
// time.
const AMERICAN_AMPM = /(?:^|\s)\d{1,2}(?::\d{2})?\s[ap]\.m\.$/;
const US_EAST = "America/New_York";

/** The zone a stamp's style implies when it prints none: British "9.45pm", American "9:45 p.m."; else nothing. */
function styleOf(text: string): { styleZone?: string } {
  return BRITISH_AMPM.test(text) ? { styleZone: UK } : AMERICAN_AMPM.test(text) ? { styleZone: US_EAST } : {};
}

// "14 minutes ago by /u/handle", "2 hours ago · Jane Holt" (after a bar or dot only a person's name: "· World" is a section)
const AGE_BY = new RegExp(`^(.{3,30}?)\\s+(?:by\\s+(?:\\/?u\\/)?([\\p{L}\\d_.-]{2,40}(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,3})|[·•|]\\s+(${PERSON}))$`, "u");
// "Jane Holt | 3 hours ago", "By Jane Holt | 3 hours ago", "Agencies · 45 minutes ago": a person or an agency, a bar or dot, then the age (a
// section before it, "World | 3 hours ago", names nobody)
const BY_AGE = new RegExp(`^(${PERSON}|[^|·•]{2,60}?)\\s+[·•|]\\s+(.{2,30})$`, "u");
const AGE_SECTION = /^(.{3,30}?\bago)\s+[·•|]\s+\p{Lu}[\p{L}&-]+(?:\s\p{L}[\p{L}&-]*){0,3}$/u;
const PERSON_RE = new RegExp(`^${PERSON}$`, "u");
// two people: "Jane Holt and Ivan Petrenko"
const NAMES_RE = new RegExp(`^${PERSON}(?:,\\s${PERSON})*,?\\s(?:and|&)\\s${PERSON}$`, "u");

const BRACKETED = /^[[(]([^\])]{3,24})[\])](?:\s+(\S.*))?$/u;

// a meta row's labelled field naming someone: "Source: Example Wire", "Editor: jdoe" (no date: "Published: …" is one)
const LABELLED_FIELD_RE = /^\p{Lu}\p{Ll}{2,15}\s?:\s?[^\d\s][^\d]{0,40}$/u;

/** The dated stamp among a meta row's bar-parted fields when every other field is labelled ("Source: …"), or null. */
function labelledFieldsStamp(raw: string, line: number): Stamp | null {
  const fields = raw.split(/\s*\|\s*/).filter((f) => f !== "");
  const others = fields.filter((f) => LABELLED_FIELD_RE.test(f));
  if (fields.length < 2 || others.length !== fields.length - 1) return null;
  const stamp = matchStamp(fields.find((f) => !others.includes(f))!, line);
  return stamp && stamp.date && stamp.minutes !== null && stamp.text === null && stamp.author === null ? stamp : null;
}

/** The stamp a line is, or null. Lines longer than a stamp with a headline are never stamps. */
export function matchStamp(raw: string, line: number): Stamp | null {
  // "Published on April 2, 2025 | Updated 7:05 PM": the day, then the only clock the card prints (its last edit's)
  const dayEdit = raw.length <= 80 ? DAY_THEN_EDIT.exec(raw) : null;
  const joined = dayEdit ? matchStamp(`${dayEdit[1]} ${dayEdit[2]}`, line) : null;
  if (joined) return joined;
  // "Source: Example Wire| 2032-03-20 21:02:17|Editor: jdoe": a wire's meta row, its labelled fields around the date
  const fielded = raw.length <= 120 && /\|/.test(raw) ? labelledFieldsStamp(raw, line) : null;
  if (fielded) return fielded;
  // "Today at 3:40 p.m. | by Jane Doe The Associated Press": the time, then the byline (read as "by … | time")
  const timeBy = raw.length <= 140 ? TIME_THEN_BY.exec(raw) : null;
  // ("Posted 6:40 AM EDT · By Jane Doe": the label before the time goes with it)
  const swapped = timeBy ? matchStamp(`${timeBy[2]} | ${timeBy[1]!.replace(/^(?:posted|published)(?:\s+(?:at|on))?:?\s+(?=\d)/i, "")}`, line) : null;
  if (swapped?.author) return swapped;
  // "…, 21:35 Last update: about 2 hours ago": when the post went out; the age of its last edit is not its time
  // ("— 13:20": a signature's dash before a time that names no one)
  // ("Today | Updated 11:20 a.m.": the day word and the time a card's meta row sets apart, one stamp)
  // ("November 01, 2026 17:05 ET (22:05 GMT)": the wire's own time, then the same in GMT)
  // ("Example News - 46 minutes ago - 20:12 | World, All": the age beside the clock it counts back from, and the card's
  // sections after the time, say nothing the clock does not)
  // ("● 19:40": a live page's dot before each post's clock; "▶ 0:45" is a video's length)
  const ageless = plainClock(raw).replace(LAST_UPDATE_TAIL, "").replace(/^(?:[—–]|[•●■▪◆])\s?(?=\d)/u, "").replace(/(?<=\d.{0,40})\s\(\d{1,2}:\d{2} (?:GMT|UTC)\)$/, "")
    .replace(/\b(Today|Yesterday)\s[|·•]\s(?:Updated|Posted|Published)\s(?=\d)/, "$1 ");
  const sectioned = ageless.includes(" | ") ? ageless.replace(SECTIONS_TAIL, "") : ageless;
  const text = sectioned.includes(" ago ") ? sectioned.replace(AGE_BESIDE_CLOCK, " - ") : sectioned;
  // "EXAMPLE NEWS - Jun 3, 2029 - 14:05": an outlet's credit in capitals before the date
  const caps = text.length <= 100 && /^\p{Lu}{2}/u.test(text) ? CAPS_CREDIT.exec(text) : null;
  const credited = caps ? matchStamp(text.slice(caps[0].length), line) : null;
  if (credited && credited.text === null && credited.author === null) return { ...credited, author: caps![1]! };
  // "11:50 p.m. Sunday": the time, on the weekday named
  const onDay = clockWeekday(text);
  if (onDay) {
    const time = timeFirst(onDay[0], line);
    return time && time.text === null ? { ...time, weekday: onDay[1] } : null;
  }
  const both = text.length <= 120 ? UPDATED_FIRST.exec(text) : null;
  if (both) return firstPublished(both[1]!, both[2]!, line);
  // "By Jane Doe, created Monday, Nov 30th 2026 16:41Z, last updated …": the byline, then when the post was created
  const created = text.length <= 200 ? CREATED_BY.exec(text) : null;
  if (created) {
    const when = matchStamp(created[2]!, line);
    const who = bylineOf(created[1]!);
    if (when && when.minutes !== null && when.text === null && when.author === null && who) return { ...when, author: who };
  }
  // "UPDATE (April 5, 5:30 p.m. ET):", "ORIGINAL STORY (April 5, 9:30 a.m. ET):": a running story's label, its time in brackets
  const labelled = text.length <= 80 ? LABEL_BRACKETS.exec(text) : null;
  if (labelled) {
    const inner = matchStamp(labelled[1]!, line);
    return inner && inner.minutes !== null && inner.text === null && inner.author === null ? inner : null;
  }
  // "Zelenskiy Arrives in Warsaw (4:40 p.m.)": a running story's headline, its time in brackets after it
  const trailing = text.length <= 200 && text.endsWith(")") ? HEADLINE_THEN_CLOCK.exec(text) : null;
  if (trailing) {
    const time = timeFirst(trailing[2]!, line);
    if (time && time.text === null) return { ...time, text: trailing[1]!, headlineOnLine: true };
  }
  if (text.length > 2000 || !/\d/.test(text.slice(0, 60))) return relative(text, line);
  if (text[0] === "[" || text[0] === "(") return bracketed(text, line);
  // the time after a label that opens the line (and before its closing marks), read as a stamp of its own
  const afterLabel = (label: RegExp, close?: RegExp) => {
    const m = label.exec(text);
    return m ? timeFirst(close ? text.slice(m[0].length).replace(close, "") : text.slice(m[0].length), line) : null;
  };
  // "Updated 19:05 CEST by Jane Doe": a post's stamp when a byline follows ("Updated 14:05" alone may be the page's)
  const edited = afterLabel(/^updated\s+(?=\d)/i);
  if (edited?.author) return edited;
  // "Update: 9:31 a.m. ET" (a live page's label for each post), "+++ 09:05 CET +++" (a ticker's marks): the time alone
  // ("edited 14:50": a messenger channel's post stamped with its last edit, the only time it shows)
  const bare = afterLabel(/^(?:update:|\+{2,3}|edited)\s*(?=\d)/i, /\s*\+{2,3}$/);
  if (bare && bare.text === null && bare.author === null) return bare;
  // ("+++ 06:10 Drone strike on Kharkiv +++": a ticker's item, its headline after its time between the marks)
  if (bare && bare.headlineOnLine && bare.author === null && bare.date === null && text.length <= 240 && text.startsWith("+++")) return bare;
  // "ore 21:30", "kl. 21.30", "à 21h30", "godz. 21:30": a post's time after the word another language puts before one
  const spoken = afterLabel(CLOCK_WORD_FIRST);
  if (spoken && spoken.text === null && spoken.author === null && spoken.date === null) return spoken;
  // "Updated at 04:40" heading each block of an updated article: an update's stamp where the page prints three or more
  // (one alone is the page's refresh time: see cardLabels)
  const atTime = afterLabel(/^updated at\s+(?=\d)/i);
  if (atTime && atTime.text === null && atTime.author === null && atTime.date === null) return { ...atTime, updated: true };
  // "Updated / Saturday, 5 Jul 2031 19:41" closing each card of a section list: the card's last edit, the only time it
  // prints (kept, as above, where the page prints three or more)
  const editLabel = text.length <= 80 ? EDITED_DATE_RE.exec(text) : null;
  const editedOn = editLabel ? matchStamp(text.slice(editLabel[0].length), line) : null;
  if (editedOn && editedOn.date && editedOn.minutes !== null && editedOn.text === null && editedOn.author === null) return { ...editedOn, updated: true };
  return timeFirst(text, line) ?? (text.length <= 160 ? dated(text, line) : null) ?? relative(text, line) ?? numericFirst(text, line) ??
    datedHeadline(text, line);
}

const EDITED_DATE_RE = /^(?:last\s+)?updated(?:\s+on)?\s*[/:|·•]?\s+(?=\p{L}|\d)/iu;
const CLOCK_WORD_FIRST = new RegExp(`^(?:${BEFORE_CLOCK.join("|")})\\.?\\s+(?=\\d{1,2}[:.h]\\d{2}(?!\\d))`, "iu");

/** "05.12.2026 08:40 | Missiles hit Kharkiv": a date and its time, then the item's headline (or its text) on the line. */
function datedHeadline(text: string, line: number): Stamp | null {
  const m = DATED_HEADLINE.exec(text);
  const stamp = m ? matchStamp(m[1]!, line) : null;
  if (!stamp || stamp.date === null || stamp.minutes === null || stamp.text !== null || stamp.author !== null) return null;
  const rest = m![2]!.trim();
  // (not a byline, "… | Jane Doe", nor the stamp's own edit, "… | Updated 19.09.2025 21:09": a headline has words in lower case)
  if (!/\s\p{Ll}{2,}/u.test(rest) || /^(?:updated|posted|published|modified|edited|by)\b/i.test(rest)) return null;
  return isRunningText(rest) ? { ...stamp, text: rest, dashed: true } : { ...stamp, text: rest, headlineOnLine: true, dashed: true };
}

const DATED_HEADLINE = /^(\S[^|—–]{6,40}?\S)\s[|—–]\s(\p{Lu}.{2,})$/u;

/** "By Jane Doe": the person a byline names, or null. */
function bylineOf(line: string): string | null {
  const name = line.replace(/^[Bb]y\s+/, "");
  return (PERSON_RE.test(name) || NAMES_RE.test(name)) && !NOT_NAMES.test(name) ? name : null;
}

const CREATED_BY = /^([Bb]y\s\p{Lu}[^,]{2,60}),\s(?:created|posted|published)\s(.{6,60}?)(?:,\s(?:last\s)?(?:updated|modified)\s.*)?$/u;
const LABEL_BRACKETS = /^(?:update|updated|original(?: story| post| report)?|correction|clarification)\s?\(([^()]{4,60})\):?$/i;
const TIME_THEN_BY = /^(\S.{3,40}?)\s[|·•]\s((?:[Bb]y|[Pp]osted by)\s\S.{2,90})$/u;
const SECTIONS_TAIL = /(?<=\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s\|\s\p{Lu}[\p{L}&]*(?:,\s\p{Lu}[\p{L}&]*){0,3}$/u;
const AGE_BESIDE_CLOCK = /\s[-–—]\s\d{1,3}\s(?:minutes?|mins?|hours?|hrs?)\sago\s[-–—]\s(?=\d{1,2}:\d{2})/u;
const CAPS_CREDIT = /^(\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s(?:NEWS|PRESS|AGENCY|WIRE|TV|TIMES|POST))\s[-–—|]\s/u;
const DAY_THEN_EDIT = new RegExp(`^((?:(?:published|posted)(?:\\s+on)?:?\\s+)?[^|·•:]{5,24}?\\b\\d{4})\\s*[|·•–—-]\\s*updated:?\\s+(${CLOCK_RE}(?:\\s(?:${ZONE_RE}))?)$`, "iu");

/**
 * "Updated July 22 2025 - 1:10am, first published July 21 2025 - 11:45pm", "Updated: Oct. 19, 2032, 5:40 p.m.|Published:
 * Oct. 19, 2032, 4:20 p.m.": the time it was updated, then first published.
 */
const UPDATED_FIRST = /^(?:last\s+)?updated:?\s+(.{4,40}?)(?:,\s+first published|\s*[|·•]\s*(?:first\s+)?published):?\s+(.{4,40})$/i;

/** The first-published time of an "Updated …, first published …" stamp: the post went out then (on the updated day when it names none). */
function firstPublished(updatedText: string, firstText: string, line: number): Stamp | null {
  const [updated, first] = [matchStamp(updatedText, line), matchStamp(firstText, line)];
  if (!first || first.minutes === null || first.text !== null || first.author !== null) return null;
  return { ...first, date: first.date ?? updated?.date ?? null, zone: first.zone ?? updated?.zone ?? null };
}

// (and a view counter after it: "Today, 02:15   👁 3 418")
// (or the later edit's time after the first: "Posted 9:05 AM Updated 2:40 PM", "9:05 AM | Updated 2:40 PM")
const LAST_UPDATE_TAIL = new RegExp(`(?<=\\d(?:\\s?[AaPp]\\.?[Mm]\\.?)?)(?:\\s+last\\s+updated?:?\\s+\\S.{0,40}|\\s+updated\\s+(?:\\d{1,3}|an?)\\s(?:minutes?|mins?|hours?|hrs?|days?)\\sago|\\s+👁️?\\s?[\\d\\s.,]*\\d[KkMm]?|` +
  `\\s*(?:[|·•,–—-]\\s*)?(?:updated|edited):?\\s+${CLOCK_RE}(?:\\s(?:${ZONE_RE}))?)$`, "iu");

/** The forms that print a date with the time: plain, glued to a byline (and a place), labelled, or in any order. */
function dated(text: string, line: number): Stamp | null {
  return isoStamp(text, line) ?? placeDated(text, line) ?? dateFirst(text, line) ?? glued(text, line) ?? gluedNumeric(text, line) ?? gluedPlace(text, line) ?? gluedMonthFirst(text, line) ?? nameFirst(text, line) ??
    published(text, line) ?? datedParts(text, line) ?? sectionBy(text, line) ?? creditRow(text, line) ?? creditThenLabel(text, line);
}

// "Agencies / Updated: Aug 15, 2030, 02:40 IST", "Example World Desk | Published: …": who filed a card, then its labelled time
const CREDIT_THEN_LABEL = /^(\S.{1,40}?)\s[/|]\s((?:updated|published|posted)\s?:?\s.{6,50})$/iu;
// (a desk, "Example World Desk", or the site's address in capitals, "EXAMPLE.COM")
const DESK_CREDIT = /^(?:\p{Lu}[\p{L}.&-]*\s){1,3}Desk$|^[\p{Lu}\d-]+(?:\.[\p{Lu}]{2,6}){1,2}$/u;

/** A card's credit, then its labelled time: a stamp with its author (a person, a wire, a desk), or null. */
function creditThenLabel(text: string, line: number): Stamp | null {
  const m = CREDIT_THEN_LABEL.exec(text);
  if (!m) return null;
  const who = m[1]!.replace(/^[Bb]y\s+/, "");
  const author = PERSON_RE.test(who) || ROLE_CREDIT.test(who) || DESK_CREDIT.test(who) || /^\p{Lu}{2,5}$/u.test(who) ? who : agencyCredit(who);
  if (author === null || NOT_NAMES.test(author)) return null;
  const stamp = matchStamp(m[2]!, line);
  return stamp && stamp.author === null && stamp.text === null && stamp.date !== null && stamp.minutes !== null ? { ...stamp, author } : null;
}

// "2027-01-19T16:10:00+00:00", "By Jane Doe2027-01-19T16:10:00Z": a machine time printed as text (a scraped <time>
// element's value), alone or glued to a byline; its offset is its zone
const ISO_STAMP = /^(?:(\S.{2,60}?)[\s,|·•]*)?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?$/u;

/** A machine time printed as text, with the byline it may be glued to, or null. */
function isoStamp(text: string, line: number): Stamp | null {
  const m = ISO_STAMP.exec(text);
  if (!m) return null;
  const author = m[1] ? bylineOf(m[1].trim()) : null;
  if (m[1] && !author) return null;
  const [year, month, day, hour, minute] = m.slice(2, 7).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const zone = m[7] === undefined ? null : zoneOf(m[7] === "Z" ? "UTC" : `GMT${m[7]}`);
  return { ...base(line, hour * 60 + minute), date: { year, month, day, weekday: null }, zone, author };
}

/** "Our Special Correspondent", "Staff Reporter", "FPJ Web Desk": a credit by role, not by name. */
const ROLE_CREDIT = /^(?:(?:Our|A)\s)?(?:(?:Special|Staff|Own|Senior|Chief)\s)?(?:Correspondent|Reporter|Bureau)s?$|^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?\s(?:Web|News)\s(?:Desk|Team)$/u;
/** A place in a credit row: one to three capitalised words ("Kyiv", "New Delhi"). */
const ROW_PLACE = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/**
 * "Reuters | Kyiv | Published 05.06.22, 04:20 AM", "Jane Doe | New Delhi | Published …": who filed it, from where,
 * then when: a stamp with its author (a person, a wire or a desk), or null.
 */
function creditRow(text: string, line: number): Stamp | null {
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length < 3 || parts.length > 4 || !parts.slice(1, -1).every((p) => ROW_PLACE.test(p))) return null;
  const who = parts[0]!.replace(/^[Bb]y\s+/, "");
  // (a news service by its initials, where a wire stands in such a row: "SNS | New Delhi | …")
  const author = PERSON_RE.test(who) || ROLE_CREDIT.test(who) || /^\p{Lu}{2,5}$/u.test(who) ? who : agencyCredit(who);
  if (author === null) return null;
  const stamp = published(parts.at(-1)!, line) ?? dateFirst(parts.at(-1)!, line) ?? datedParts(parts.at(-1)!, line);
  return stamp && stamp.author === null ? { ...stamp, author } : null;
}

// "Thursday November 9, 2023 - 22:05:41 in World by Staff Writer": the date and time, the section, who filed it.
const SECTION_BY = new RegExp(`^(.*\\d(?:\\s?[AaPp]\\.?[Mm]\\.?)?)\\s+(?:in\\s+\\p{Lu}[\\p{L}&' -]{1,30}?\\s+)?by\\s+(${NAME})$`, "u");

/** A dated stamp followed by its section and author ("… 22:05:41 in World by Jane Doe"), or null. */
function sectionBy(text: string, line: number): Stamp | null {
  if (!/\sby\s/.test(text)) return null; // (most lines: a cheap test before the long pattern)
  const m = SECTION_BY.exec(text);
  if (!m || NOT_NAMES.test(m[2]!)) return null;
  const stamp = dateFirst(m[1]!, line) ?? datedParts(m[1]!, line);
  return stamp && stamp.author === null ? { ...stamp, author: m[2]! } : null;
}

// "Published: 20 Jun. 2024, 21:30   Updated: 20 Jun. 2024, 21:52": when the post first went out; a later edit's time
// after it is not the post's. ("First published on …" dates the page.)
// ("Originally Published: January 2, 2025 10:55 a.m.": the same, on a card that may be updated later)
const PUBLISHED = /^(?:originally\s+)?(?:published|posted|created|issued)(?:\s+on|\s+at)?(?:\s?:\s*|\s+)/i;
const EDITED_TAIL = /\s*(?:[|·•–—-]\s*)?(?:last\s+)?(?:updated|modified|edited)\b.*$/i;

// "Politics | November 8, 2023, Wednesday // 23:30", "September 13, 2025, Saturday at 6:40 AM", "August 1, 2022 @
// 11:32pm": a section label, then a date and time whose parts come in any order.
const SECTION_LABEL = /^\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,2}\s?[|»·•]\s?/u;
const DATE_PARTS = new RegExp(`${WD_RE}|${MON_RE}|(?<![\\p{L}])(?:${ZONE_RE}|[AaPp]\\.?[Mm]\\.?|st|nd|rd|th|at)(?![\\p{L}])|[\\d\\s,./|:@–—-]`, "gu");

/** A line of nothing but a date and a time (and a section label before them), or null. */
function datedParts(text: string, line: number): Stamp | null {
  const rest = text.slice(SECTION_LABEL.exec(text)?.[0].length ?? 0);
  if (rest.replace(DATE_PARTS, "") !== "") return null;
  const found = findDate(rest);
  return found && found.minutes !== null ? { ...base(line, found.minutes), date: found.date, zone: found.zone } : null;
}

/**
 * A "Published: <date and time>" line, maybe followed by its "Updated: …" time; or an "UPDATED <date and time>" line
 * (a card that prints only when it was last updated: `updated`, kept where a page prints several, text-stamped.ts).
 */
function published(text: string, line: number): Stamp | null {
  const pub = PUBLISHED.exec(text);
  const label = pub ?? UPDATED_DATED.exec(text);
  if (!label) return null;
  const rest = text.slice(label[0].length).replace(EDITED_TAIL, "").trim();
  const stamp = dateFirst(rest, line) ?? numericFirst(rest, line) ?? datedParts(rest, line);
  if (!stamp || stamp.author !== null || stamp.minutes === null) return null;
  return { ...stamp, labelled: true, ...(pub ? {} : { updated: true }) };
}
const UPDATED_DATED = /^(?:last\s+)?updated(?:\s+on|\s+at)?(?:\s?:\s*|\s+)(?=\p{L}{3,9}\.?\s\d|\d)/iu;

/** "[23:37] Headline", "(14:05 CET) Headline": a bracketed time; the text after the bracket is the update's headline. */
function bracketed(text: string, line: number): Stamp | null {
  const m = BRACKETED.exec(text);
  if (!m || text.length > 300) return null;
  const inner = m[1]!.trim();
  const stamp = timeFirst(inner, line) ?? dateFirst(inner, line);
  if (!stamp || stamp.text !== null || stamp.author !== null) return null;
  const rest = m[2]?.trim();
  if (!rest) return stamp;
  return /^[\p{L}\d"“'‘]/u.test(rest) ? { ...stamp, text: rest, headlineOnLine: true } : null;
}

// (a time of day with its half, "4:40 p.m.", or a clock with its zone, "16:40 CET": a bare "(2:31)" is a video's length)
const HEADLINE_THEN_CLOCK = new RegExp(
  `^(\\p{Lu}[^()]{7,180}?[^\\s.:])\\s\\((\\d{1,2}[:.]\\d{2}\\s?[AaPp]\\.?\\s?[Mm]\\.?(?:\\s${ZONE_RE})?|\\d{1,2}:\\d{2}\\s${ZONE_RE})\\)$`, "u");

function base(line: number, minutes: number | null): Stamp {
  return { line, minutes, ago: null, date: null, zone: null, author: null, text: null, headlineOnLine: false, convention: null };
}

const TWIN_IN_BRACKETS = new RegExp(`^\\s\\(${CLOCK_RE}(?:\\s?(?:${ZONE_RE}|\\p{Lu}[\\p{L}-]+)(?:\\stime)?)?\\)(?=:\\s|\\s[—–]\\s|$)`, "u");
const TWO_CLOCKS_RE = /^\s(\p{Lu}[\p{L}-]+)\s[|/·•]\s\d{1,2}[:.]\d{2}\s(\p{Lu}[\p{L}-]+)$/u;

function timeFirst(text: string, line: number): Stamp | null {
  const m = TIME_FIRST.exec(text);
  if (!m) return null;
  const military = m[6] !== undefined;
  const minutes = military ? clockMinutes([m[6], m[7]]) : clockMinutes(m.slice(1, 6));
  if (minutes === null) return null;
  const zone = zoneOf(m[8]);
  const stamp: Stamp = { ...base(line, minutes), zone, ...(!zone ? styleOf(m[0].trim()) : {}) };
  let rest = text.slice(m[0].length);
  const city = stamp.zone ? null : CITY_TIME_RE.exec(rest);
  const cityZoned = city?.[1] ? cityZone(city[1]) : null;
  if (city && (cityZoned || !city[1])) [rest, stamp.zone] = [rest.slice(city[0].length), cityZoned];
  // "22:40 Kyiv | 20:40 London": the time in two cities' clocks, each named; the first is the stamp's
  const twin = stamp.zone ? null : TWO_CLOCKS_RE.exec(rest);
  const twinZone = twin && cityZone(twin[2]!) ? cityZone(twin[1]!) : null;
  if (twinZone) [rest, stamp.zone] = ["", twinZone];
  // "9:10 p.m. Saturday: Text": the day named after the time is the stamp's (the times' order crosses midnight already)
  rest = rest.replace(/^\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=:\s)/, "");
  // "5:10 a.m. (12:10 p.m. Kyiv time): Headline": the same moment on another clock, in brackets; the first is the stamp's
  rest = rest.replace(TWIN_IN_BRACKETS, "");
  const piped = PIPE_AUTHOR.exec(rest);
  if (piped && !NOT_NAMES.test(piped[1]!)) return { ...stamp, author: piped[1]! };
  if (rest.trim() === "") return stamp;
  // Running text after a dash is the item itself, however long ("9:10 p.m. — The ministers of … said."); any other
  // long line opened by a time is a sentence about that time
  const dashed = /^\s?[—–]\s/.test(rest) ? DASH_TAIL.exec(rest) : null;
  // (but a piece's label opens a title, however it is punctuated: "1215 GMT — Analysis: Output has tripled. Can … keep
  // up?", read below as the headline on the stamp's line)
  if (dashed && /^\p{Lu}/u.test(dashed[1]!) && isRunningText(dashed[1]!.trim()) && !PIECE_LABEL_RE.test(dashed[1]!)) return { ...stamp, text: dashed[1]!.trim(), dashed: true };
  // so is running text after a colon where the time is printed in a newspaper's style ("9:35 p.m.: Ukraine's … said.")
  const told = stamp.zone || stamp.styleZone ? /^:\s+(\p{Lu}.*)$/u.exec(rest)?.[1]?.trim() : undefined;
  if (told && isRunningText(told)) return { ...stamp, text: told, dashed: true };
  // or straight after it, a running file's item ("3:50 p.m. (UPDATED) President … said. He also …")
  const run = stamp.styleZone ? /^\s(?:\((?:UPDATED|UPDATE|NEW)\)\s)?(\p{Lu}.*)$/u.exec(rest)?.[1]?.trim() : undefined;
  if (run && isRunningText(run)) return { ...stamp, text: run, dashed: true };
  if (text.length > 160 && !military && !stamp.zone) return null;
  const author = AUTHOR_TAIL.exec(rest);
  if (author && !NOT_NAMES.test(author[1]!)) return { ...stamp, author: author[1]!, convention: UK };
  const date = DATE_TAIL.exec(rest);
  if (date) return { ...stamp, date: dateFromGroups(date.slice(1)) };
  const numeric = numericDateTail(rest);
  if (numeric) return { ...stamp, date: numeric };
  const dash = DASH_TAIL.exec(rest);
  if (dash && (stamp.zone || (/^\s?(?:[—–]|\||[·•]\s)/.test(rest) && /^\p{Lu}/u.test(dash[1]!)))) {
    // Running text after the dash ("0705 GMT — Troops crossed the river at dawn, the army said. …") is the item itself.
    const after = dash[1]!.trim();
    if (isRunningText(after) && !PIECE_LABEL_RE.test(after)) return { ...stamp, text: after, dashed: true };
    return { ...stamp, text: after, headlineOnLine: true, dashed: true };
  }
  // A headline after a printed zone and a colon ("9:48 p.m. ET: Headline").
  // (or after a time in newspaper style, "6.05am: Headline", "8:35 p.m.: Headline": no schedule prints its clock so)
  const colon = /^:\s+(\p{Lu}.*)$/u.exec(rest);
  if (colon && (stamp.zone || (stamp.styleZone && colon[1]!.length <= 160 && isHeadlineLike(colon[1]!.trim())))) {
    return { ...stamp, text: colon[1]!.trim(), headlineOnLine: true };
  }
  // Running text straight after a printed zone: a pinned lead ("1927 GMT North Korea has …").
  if (stamp.zone && /^\s\p{Lu}/u.test(rest)) return { ...stamp, text: rest.trim() };
  // A headline straight after a bare time ("14.20 Foreign ministry summons envoy"): loose, since a line of a
  // schedule or a figure may look the same; the layout keeps it only where such stamps head text of their own.
  const loose = rest.trim();
  if (!military && /^\s[\p{Lu}"“‘]/u.test(rest) && loose.length <= 160 && isHeadlineLike(loose)) {
    return { ...stamp, text: loose, headlineOnLine: true, loose: true };
  }
  return null;
}

/** Sentences, not a headline: a long sentence, or more than one. */
function isRunningText(text: string): boolean {
  return isProse(text) && (text.length > 90 || /[.!?]["”’']?\s+\p{Lu}/u.test(text.slice(0, -1)));
}

// "Vatican City, Aug 15, 2026 / 15:40 pm", "New Haven, Conn., Aug 15, 2026 / 11:02 am": where it was filed, then when
const PLACE_DATED = /^(\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,2}(?:, \p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,2}){0,2}), (?=\p{Lu}\p{Ll}{2}|\d)(.{6,40})$/u;

/** A dateline's place, then the date and time it was filed: the stamp, no one's byline (the place is a town or a country, or names its country). */
function placeDated(text: string, line: number): Stamp | null {
  const m = PLACE_DATED.exec(text);
  if (!m) return null;
  const parts = m[1]!.split(", ");
  if (parts.length < 2 && cityZone(parts[0]!) === null && gazetteerZone(parts[0]!) === null && regionNamed(parts[0]!) === undefined) return null;
  const stamp = dateFirst(m[2]!, line);
  return stamp && stamp.author === null && stamp.text === null && stamp.date?.year ? { ...stamp, place: m[1]! } : null;
}

function dateFirst(text: string, line: number): Stamp | null {
  const m = DATE_FIRST.exec(text);
  if (!m) return null;
  const date = dateFromGroups(m.slice(1, 7));
  const minutes = clockMinutes(m.slice(7, 12));
  if (!date || minutes === null) return null;
  const author = m[13] && !NOT_NAMES.test(m[13]) ? m[13] : null;
  const zone = zoneOf(m[12]);
  const style = !zone && !author ? styleOf(text) : {};
  return { ...base(line, minutes), date, zone, author, convention: author ? UK : null, ...style };
}

/**
 * "Jane Holt · 14:32", "Posted by Jane Holt at 12:05", "— Jane Holt, 15.42", "By Jane Holt, 4 July 2025 07:30 BST": a
 * byline, then the time.
 */
function nameFirst(text: string, line: number): Stamp | null {
  const m = NAME_FIRST.exec(text);
  // ("AFP · 09:15": a wire's credit, then the time)
  const wire = m || !/\s[|·•–—-]\s|\sat\s/.test(text) ? null : CREDIT_CLOCK.exec(text);
  // ("BBC News | 13:05": an outlet named by its acronym, then the time)
  const who = m && !NOT_NAMES.test(m[1]!) ? m[1]! : wire ? agencyCredit(wire[1]!) ?? acronymOutlet(wire[1]!) : null;
  if (who) {
    const time = timeFirst((m ?? wire)![2]!, line);
    if (time && time.text === null && time.author === null) return { ...time, author: who };
  }
  // ("UPDATE — 4:20 p.m. EST", "Breaking · 09:15": a label of the update, then its time; nobody's byline)
  const labelled = m ?? wire;
  if (labelled && UPDATE_LABEL.test(labelled[1]!)) {
    const time = timeFirst(labelled[2]!, line);
    if (time && time.text === null && time.author === null) return time;
  }
  const dated = BY_DATED.exec(text) ?? NAME_DATED.exec(text) ?? agencyDated(text);
  if (!dated || NOT_NAMES.test(dated[1]!)) return null;
  // ("By Jane Doe, Associated Press — May 31, 2025 6:38 pm": the name's wire between it and the date)
  const wired = /^(\S.{1,40}?)\s[|·•–—-]\s(\S.*)$/u.exec(dated[2]!);
  const when = wired && agencyCredit(wired[1]!) !== null ? wired[2]! : dated[2]!;
  const stamp = dateFirst(when, line) ?? datedParts(when, line);
  // ("by JANE DOE Associated Press | …": the name in capitals, without its wire)
  return stamp && stamp.author === null ? { ...stamp, author: capitalsBeforeOutlet(dated[1]!) ?? dated[1]! } : null;
}

/** An outlet named by its acronym, alone or before a word or two ("BBC News", "CNN"), not a zone or a label; else null. */
function acronymOutlet(name: string): string | null {
  return /^\p{Lu}{2,6}(?: \p{Lu}\p{Ll}+){0,2}$/u.test(name) && zoneOf(name.split(" ")[0]) === null && !NOT_NAMES.test(name) ? name : null;
}

const CREDIT_CLOCK = new RegExp(`^(\\S.{1,40}?)(?:\\s[|·•–—-]\\s|\\sat\\s)(${CLOCK_RE}(?:\\s?${ZONE_RE})?)$`, "u");

// "Agencies | February 13, 2025 at 9:50 pm": a wire's credit, then the date and time.
const CREDIT_DATED = /^(\S.{1,40}?)(?:,\s|\s[|·•–—-]\s)(\S.{8,60})$/u;

/** An agency's credit before the date and time ("Agencies | …", "AFP · …"), as [line, credit, date], or null. */
function agencyDated(text: string): [string, string, string] | null {
  if (!/,\s|\s[|·•–—-]\s/.test(text)) return null;
  const m = CREDIT_DATED.exec(text);
  const credit = m ? agencyCredit(m[1]!) : null;
  return m && credit ? [text, credit, m[2]!] : null;
}

/**
 * "Jane Doe23 January 2024 14:38", "Jane DoeFriday, 26 July 2024, 13:00", "Jane Doe17. Feb 2023 at 18:30", "Jane Doe13 May
 * 2025 | 11:05", "Jane Doe9 October, 10.40pm" (no year: the page's): a byline glued to its date.
 */
function glued(text: string, line: number): Stamp | null {
  const m = GLUED.exec(text);
  if (!m || !m[1] || NOT_NAMES.test(m[1])) return null;
  const date = dateFromGroups([m[2], m[3], m[4], undefined, undefined, m[5]]);
  const minutes = clockMinutes(m.slice(7, 12));
  if (!date || minutes === null) return null;
  // The signature stamp ("Jane Doe23 January 2024 14:38": no weekday, no mark before the time) is the contract's
  // example of a style printed in UK time; "Jane Doe13 May 2025 | 11:05" is another outlet's.
  const zone = zoneOf(m[12]);
  return { ...base(line, minutes), date, zone, author: m[1].trim(), convention: m[2] || m[6] || zone || !m[5] ? null : UK };
}

// "Jane Doe13.04.2023 00:50": a byline glued to a numeric date and its time.
const GLUED_NUMERIC = new RegExp(`^(${NAME}\\p{Ll})(\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\D.*)$`, "u");

/** A byline glued to a numeric date ("Jane Doe13.04.2023 00:50"): the name, then the date and time. */
function gluedNumeric(text: string, line: number): Stamp | null {
  const m = GLUED_NUMERIC.exec(text);
  if (!m || NOT_NAMES.test(m[1]!)) return null;
  const stamp = numericFirst(m[2]!, line);
  return stamp && { ...stamp, author: m[1]! };
}

// "By Jane DoeFebruary 01, 2023 - 10:40 PM": a byline glued to a date that puts the month first, a mark before the time.
const MONTH_FIRST_TAIL = `${DATE_RE}(?:,|\\s[-–|·]|\\sat)?\\s+${CLOCK_RE}(?:\\s(${ZONE_RE}))?$`;
const GLUED_MONTH = new RegExp(`^(?:[Bb]y\\s+)?(${NAME})${MONTH_FIRST_TAIL}`, "u");

// "By Jane Doe Feb 17, 2027, 4:45pm CST": the same with a space before the date (a card's meta row, name then <time>)
const BY_MONTH_SPACED = new RegExp(`^[Bb]y\\s+(${NAME})\\s${MONTH_FIRST_TAIL}`, "u");

/** A byline glued (or spaced) to a month-first date and its time ("Jane DoeFebruary 01, 2023 - 10:40 PM"), or null. */
function gluedMonthFirst(text: string, line: number): Stamp | null {
  const m = GLUED_MONTH.exec(text) ?? BY_MONTH_SPACED.exec(text);
  if (!m || !/\p{Ll}$/u.test(m[1]!) || NOT_NAMES.test(m[1]!) || !m[5]) return null;
  const date = dateFromGroups(m.slice(2, 8));
  const minutes = clockMinutes(m.slice(8, 13));
  if (!date || date.year === null || minutes === null) return null;
  return { ...base(line, minutes), date, zone: zoneOf(m[13]), author: m[1]! };
}

// "Milan VujovićBelgradeJanuary 31, 2023 21:10", "AgencySofiaJanuary 31, 2023 14:05": byline, place and date glued.
const GLUED_PLACE = new RegExp(`^(\\p{Lu}[\\p{L}'’. -]{1,60}?\\p{L})${DATE_RE},?\\s+${CLOCK_RE}$`, "u");

/** A byline glued to the place it was filed from and the date: the name, the place (the last glued word), the time. */
function gluedPlace(text: string, line: number): Stamp | null {
  const m = GLUED_PLACE.exec(text);
  if (!m || /\s$/.test(m[1]!)) return null;
  const date = dateFromGroups(m.slice(2, 8));
  const minutes = clockMinutes(m.slice(8, 13));
  if (!date || date.year === null || minutes === null) return null;
  // glued words: a small letter, or a run of capitals, straight before a capitalised word
  const parts = m[1]!.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
  if (parts.length < 2) return null;
  const place = parts.at(-1)!;
  const author = parts.slice(0, -1).join("");
  if (!/^\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?$/u.test(place) || !/\p{L}{3,}$/u.test(author) || NOT_NAMES.test(author)) return null;
  return { ...base(line, minutes), date, author, place };
}

/** The wire credited after a card's age ("… ago · Reuters"), as the stamp's author; else nothing. */
function wireAfter(text: string, from: number): { author?: string } {
  const wire = agencyCredit(text.slice(from).replace(/^\s+[·•|]\s+/u, ""));
  return wire ? { author: wire } : {};
}

/** "2 hours ago", "3 days ago" (an age, maybe with who posted), or "Yesterday at 9:05 pm" (a day word and a time). */
function relative(text: string, line: number): Stamp | null {
  const ago = ageMinutes(text);
  if (ago !== null) return { ...base(line, null), ago, ...(/^(?:last\s+)?updated\b/i.test(text) ? { updated: true } : {}) };
  // "14 minutes ago by /u/handle", "2 hours ago · Jane Doe": the age, then who posted.
  const by = AGE_BY.exec(text);
  const byAge = by ? ageMinutes(by[1]!) : null;
  const poster = by ? by[2] ?? by[3]! : null;
  if (poster && byAge !== null && !NOT_NAMES.test(poster)) return { ...base(line, null), ago: byAge, author: poster };
  // ("35 minutes ago · Politics": the age, then the card's section, one or two words that name nobody)
  const section = AGE_SECTION.exec(text);
  const sectionAge = section ? ageMinutes(section[1]!) : null;
  // (or the wire it came from: "20 minutes ago · Reuters")
  if (sectionAge !== null) return { ...base(line, null), ago: sectionAge, ...wireAfter(text, section![1]!.length) };
  const first = BY_AGE.exec(text);
  // (a reader's compact age after its source: "Example Wire · 45m", "Example News · 2h")
  const compact = first ? compactAge(first[2]!) : null;
  const firstAge = first ? ageMinutes(first[2]!) ?? compact : null;
  // (a byline's "By" before the name: "By Jane Holt | 3 hours ago"; the wire after it: "Jane Holt The Associated Press")
  const named = first ? first[1]!.replace(/^[Bb]y\s+(?=\p{Lu})/u, "") : null;
  // (or whom they write for: "Jane Holt of The Associated Press")
  // (or their role after a comma: "Jane Holt, Senior Correspondent • 38 mins ago")
  const credited = named !== null ? nameOfWire(named) ?? nameBeforeWire(named) ?? roleCredit(named) ?? named : null;
  const who = credited !== null ? (PERSON_RE.test(credited) || NAMES_RE.test(credited) ? credited : agencyCredit(credited)) : null;
  if (who && !NOT_NAMES.test(who) && firstAge !== null) return { ...base(line, null), ago: firstAge, author: who };
  // (a compact age after a name no reading credits, "Example · 2h", "World · 2h": the card's age all the same; so is
  // a full age after the card's section, "World | 3 hours ago", "in International Shipping News · 35 mins ago")
  if (compact !== null && first![1]!.split(" ").length <= 4) return { ...base(line, null), ago: compact };
  // (a label with a date or figure of its own, "Published Aug 04, 2024 • Last updated 2 hours ago", is the page's head)
  // (or the count of its cluster, "56 sources · 45 minutes ago": an aggregator card's)
  if (firstAge !== null && compact === null && first![1]!.split(" ").length <= 6 && (!/[.!?:;]$|\d/.test(first![1]!) || CLUSTER_COUNT.test(first![1]!))) {
    return { ...base(line, null), ago: firstAge };
  }
  // "By Jane Holt | Today at 5:52 p.m.": the byline, then a day word and the time
  const firstWord = who && !NOT_NAMES.test(who) ? dayWordTime(first![2]!) : null;
  if (firstWord) return { ...base(line, firstWord.minutes), zone: firstWord.zone, back: firstWord.back, author: who };
  const word = dayWordTime(text);
  return word ? { ...base(line, word.minutes), zone: word.zone, back: word.back } : null;
}

const CLUSTER_COUNT = /^\d{1,4} (?:sources|articles|stories|reports)$/i;

/** Minutes of a compact age with no "ago" ("45m", "2h", "3d"), or null. */
function compactAge(text: string): number | null {
  const m = /^(\d{1,3})\s?(m|min|h|hr|d)$/i.exec(text.trim());
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  return Number(m[1]) * (unit.startsWith("d") ? 1440 : unit.startsWith("h") ? 60 : 1);
}

/** "Jane Holt of The Associated Press": the name before the wire she writes for; else null. */
function nameOfWire(text: string): string | null {
  const m = /^(.{3,40}?)\s(?:of|for)\s(.{2,40})$/u.exec(text);
  return m && agencyCredit(m[2]!.replace(/^the\s/i, "")) !== null ? m[1]! : null;
}

/** "05.03.2024 14:05": a numeric date, then the time. */
function numericFirst(text: string, line: number): Stamp | null {
  const m = numericDateTime(text);
  return m ? { ...base(line, m.minutes), date: m.date, zone: m.zone } : null;
}
