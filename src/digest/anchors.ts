// anchors: the specific details that tie two reports to one event: proper names of places, people and
// organisations, figures (not dates or clock times), named weapons. Generic capitalised words are not anchors.
import { tokenOf } from "./anchor-tokens.ts";
import { cleanText, stem, stripLabel, terms } from "./text.ts";

/** Words too common in war reporting to tie two entries to one event. */
const COMMON = (
  "russia russian ukraine ukrainian kyiv moscow putin zelensky nato usa un eu kremlin west western europe european " +
  "america american president minister ministry defence foreign war military official officials government army " +
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
  "september october november december gmt utc bst cet cest reuters ap afp said " +
  // leaders named in nearly every report of a day: a surname alone ties nothing ("Trump" is not a detail)
  "trump biden harris vance " +
  // weapon systems fly in many attacks a day: sharing one says nothing about sharing the event
  "shahed shaheds geran iskander kinzhal kalibr kh-101 kh-22 s-300 s-400 himars atacms patriot patriots storm shadow " +
  "scalp taurus f-16 f-16s leopard abrams lancet bayraktar"
).split(" ");

/**
 * Capitalised words that name no one in particular: numbers and ordinals, titles, kinds of institution, directions
 * and other generic parts of names ("Group of Seven", "Foreign Ministry", "Armed Forces", "North").
 */
const GENERIC = (
  "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds " +
  "thousand thousands million billion first second third fourth fifth last next " +
  "group council union committee commission force forces ministry office agency service services party parliament " +
  "administration house senate assembly department command navy guard guards staff bank fund company institute " +
  "court police presidential prime secretary general chancellor king queen mayor governor chief head spokesman " +
  "spokeswoman spokesperson chair chairman chairwoman commander lieutenant colonel deputy leader leaders state states republic kingdom " +
  "democratic federal national international central north south east west northern southern eastern " +
  "new old great high supreme joint united security air sea land armed operational special regional region city " +
  "district oblast province village town capital direction directions axis sector " +
  "day night morning evening today tonight watch pictured photos " +
  "video live update updates breaking key points read more analysis opinion explained"
).split(" ");

/**
 * Where news was said, not what happened: platforms, media and agencies ("said on Telegram", "a video posted on X",
 * "told TASS"). Every report of the day shares them, so they tie no two reports to one event.
 */
const MEDIA = (
  "telegram twitter x facebook instagram youtube tiktok whatsapp vk vkontakte threads bluesky truth social media " +
  "video videos footage statement statements post posts posted channel channels website online interview press " +
  "conference briefing tass ria novosti interfax ukrinform reuters afp ap bbc cnn"
).split(" ");

/** Titles and kinds of office: a phrase made only of these ("Prime Minister", "Armed Forces") names no one. */
const TITLES = new Set(
  ("prime minister ministry president presidential foreign defence secretary general deputy chief spokesman " +
    "spokeswoman spokesperson commander office state armed force forces air staff head leader national")
    .split(" ").map(stem),
);
const COMMON_STEMS = new Set(COMMON.map(stem));
/** Leaders named in nearly every report: their full name ("Volodymyr Zelensky") is as common as their surname. */
const LEADERS = new Set(["putin", "zelensky", "trump", "biden", "harris", "vance"].map(stem));
const LEADER_MARK = "·leader";

/**
 * Shared details without a lone leader: one much-quoted leader named in both is no detail ("Zelensky said …" about two
 * attacks), two are one (a call between two leaders).
 */
export function withoutLoneLeader(shared: string[]): string[] {
  const leaders = shared.filter(isLeader);
  return leaders.length === 1 ? shared.filter((x) => !isLeader(x)) : shared;
}

/** The much-quoted leader a text names first ("Putin warns …" → putin), as a content term, or null. */
export function firstLeader(text: string): string | null {
  return terms(text).find((t) => LEADERS.has(t)) ?? null;
}

/** True for the one detail a much-quoted leader's full name makes. */
export function isLeader(anchor: string): boolean {
  return anchor.endsWith(LEADER_MARK);
}
const ALL_STOP = new Set([...COMMON, ...GENERIC, ...MEDIA].map(stem));
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const CLOCK = /^(?:gmt|utc|bst|cet|cest|eet|eest|msk|am|pm|a\.m\.?|p\.m\.?|hrs|h)$/i;

/**
 * Proper names and figures of a text (capitalised words not opening a sentence, numbers), normalised and stemmed.
 * A sentence's first word counts when `names` (words seen capitalised mid-sentence anywhere) holds it. Day numbers
 * next to a month, clock times and years are not figures: every report of the day shares them. With `groups`, the
 * anchors of each name of several words ("Lucia Ferri" → lucia, ferri) are listed there: one detail, not two.
 */
export function anchorsOf(headline: string | null, body: string[], names: Set<string> = new Set(), options: { groups?: string[][] } = {}): Set<string> {
  const out = new Set<string>();
  const STOP = ALL_STOP;
  const add = (phrase: string[]) => {
    if (phrase.length === 0) return;
    const words = terms(phrase.join(" ").replace(/-/g, " "));
    // "President Volodymyr Zelensky": one detail, the leader's, which ties two reports only beside another leader's
    // (a call between two leaders); his first name alone ties no more than his surname does
    if (words.length >= 2 && words.length <= 3 && LEADERS.has(words.at(-1)!)) {
      out.add(words.at(-1)! + LEADER_MARK);
      phrase.length = 0;
      return;
    }
    // A name made only of generic words is specific as a whole ("Security Council"), unless it is only a title
    // ("Prime Minister"); otherwise its specific words are the anchors ("Chair Lucia Ferri" → lucia, ferri).
    const named = words.filter((w) => !COMMON_STEMS.has(w));
    if (named.length >= 2 && named.every((w) => STOP.has(w))) {
      if (!named.every((w) => TITLES.has(w))) out.add(named.join(" "));
    } else {
      const kept = words.filter((term) => !STOP.has(term));
      for (const term of kept) out.add(term);
      if (kept.length >= 2) options.groups?.push(kept);
    }
    phrase.length = 0;
  };
  // "the Zaporizhzhia nuclear plant", "Zaporozhye NPP": the plant is a place of its own, not the city it is named after
  // (a strike on the city and shelling at the plant are two events); the name's last word with "plant" is the detail
  const addFacility = (phrase: string[]) => {
    const name = terms(phrase.at(-1)!.replace(/-/g, " ")).at(-1);
    if (name && !STOP.has(name)) out.add(`${name} plant`);
    phrase.length = 0;
  };
  for (const text of [headline ?? "", ...body]) {
    const tokens = foldNumbers(foldGroups(cleanText(stripLabel(text)).replace(DISTANCE_FROM, "far away").replace(RIVER, (_, a?: string, b?: string) => `${a ?? b}River`).replace(TOWN_IN_REGION, "$1"))).split(/\s+/);
    // In a Title Case headline every word is capitalised: only words written as names elsewhere are names there.
    const titled = isTitleCase(tokens);
    const phrase: string[] = [];
    tokens.forEach((raw, i) => {
      const token = tokenOf(raw);
      const word = token.word;
      const prev = tokens[i - 1] ?? "";
      const opensSentence = i === 0 || tokenOf(prev).endsSentence;
      const isName = token.capital && ((!opensSentence && !titled) || names.has(word));
      const isFigure = token.digit && isSpecificFigure(word, prev, tokenOf(tokens[i + 1] ?? "").bare);
      if (isFigure) {
        add(phrase);
        out.add(figureOf(word));
      } else if (isName && word === "NPP" && phrase.length > 0) {
        addFacility(phrase);
      } else if (isName) {
        phrase.push(word);
        if (token.punctuated) add(phrase);
      } else {
        if (phrase.length > 0 && FACILITY_RE.test(tokens.slice(i, i + 4).join(" "))) addFacility(phrase);
        add(phrase);
      }
    });
    add(phrase);
    for (const m of text.matchAll(SERIES_RE)) {
      const n = ORDINALS.indexOf(m[1]!.toLowerCase()) + 1 || Number.parseInt(m[1]!, 10);
      if (n > 0) out.add(`${n}th ${stem(m[2]!.toLowerCase().replace(/^instal+ment$/, "instalment"))}`);
    }
  }
  return out;
}

/**
 * A place named only as a distance from it ("The site lies about 100km from Kremenchuk", "30 kilometres north of
 * Kharkiv"): a point of reference, not where the news happened, so neither it nor the distance is a detail (a
 * distance from a border, "70 km from the Polish border", still names the country beyond it).
 */
const DISTANCE_FROM = /\b\d{1,4}\s?(?:km|kilometres|kilometers|miles)\s(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s)?(?:from|of|away from|outside)\s(?:the\s)?(?!\p{Lu}[\p{L}'’-]+\s(?:border|frontier))\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu;

/**
 * A river named as one ("across the Dnipro river", "the River Don"): a detail of its own ("DniproRiver"), not the city
 * that may share its name (shelling across the Dnipro river from Nikopol and a strike on Dnipro are two events).
 */
const RIVER = /\b(?:(\p{Lu}[\p{L}'’-]+)\s[Rr]iver|River\s(\p{Lu}[\p{L}'’-]+))\b/gu;

/**
 * A town, then the region it lies in ("Kupiansk, in the east of the Kharkiv region", "a village near Kupiansk in the
 * Kharkiv region", "Kremenchuk, an industrial city in Ukraine's Poltava region"): the town is the place; the region
 * only locates it, and its name (a city's too) is no detail.
 */
const TOWN_IN_REGION = /(?<=\p{Ll}\s)(\p{Lu}[\p{L}'’-]+,?)\s(?:(?:a|an)\s(?:[\p{Ll}-]+\s){0,2}(?:city|town|village|port|settlement)\s)?(?:in|of)\s(?:the\s)?(?:\p{Lu}[\p{L}-]+['’]s\s)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)\s(?:of\s)?(?:the\s)?)?\p{Lu}[\p{L}'’-]+\s(?:region|oblast|province)\b/gu;

/**
 * What follows a name that makes it a power plant's: "nuclear plant", "nuclear power station", "power plant", "plant"
 * (not "thermal" or "hydroelectric": those are hit in the barrages their city's reports tell of).
 */
const FACILITY_RE = /^(?:(?:nuclear|atomic)\s+)?(?:power\s+)?plant\b|^(?:nuclear|atomic|power)\s+(?:power\s+)?station\b/i;

const ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(" ");
// "the ninth sanctions package", "its 14th package", "a fifth round of talks": one of a numbered series, a detail as
// specific as a name (every report of that package or round prints its number)
const SERIES_RE = new RegExp(`\\b(${ORDINALS.join("|")}|\\d{1,3}(?:st|nd|rd|th))\\s+(?:[\\p{L}-]+\\s+){0,2}?(package|round|tranche|batch|instal+ment)s?\\b`, "giu");

/** "Group of Seven" / "Group of 20" → "G7" / "G20": names whose inner word is not capitalised. */
function foldGroups(text: string): string {
  return text.replace(/\bGroup of (?:Seven|7)\b/g, "G7").replace(/\bGroup of (?:Twenty|20)\b/g, "G20");
}

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const NUMBER_RE = new RegExp(`\\b(?:(${TENS.join("|")})(?:-(${UNITS.join("|")}))?|(${TEENS.join("|")}))\\b`, "gi");

/** Figures written as words, ten and up ("ten days", "Twenty-five killed"), as digits: one figure however written. */
function foldNumbers(text: string): string {
  return text.replace(NUMBER_RE, (_, tens?: string, unit?: string, teen?: string) => teen
    ? String(10 + TEENS.indexOf(teen.toLowerCase()))
    : String(20 + 10 * TENS.indexOf(tens!.toLowerCase()) + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0)));
}

/**
 * A figure's anchor: its digits and unit ("$1.2bn" → 1.2bn), without a word it is joined to ("50-day" → 50) unless
 * that makes it an age ("16-year-old" stays one: a victim's age is not a toll).
 */
function figureOf(word: string): string {
  return word.replace(/^([$€£]?\d[\d.,]*)-(?!year)\p{L}.*$/u, "$1").replace(/[^\p{L}\p{N}.]/gu, "").toLowerCase();
}

/** A figure that identifies an event: two or more digits, not a year, a clock time or a day of the month. */
function isSpecificFigure(word: string, prev: string, next: string): boolean {
  if (word.replace(/\D/g, "").length < 2) return false;
  if (/^(?:19|20)\d\d$/.test(word)) return false;
  if (/^\d{1,2}[:.h]\d{2}$/.test(word) || (/^\d{3,4}$/.test(word) && CLOCK.test(next))) return false;
  if (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(word) && (MONTH.test(next) || MONTH.test(prev.replace(/[^\p{L}]+$/gu, "")))) return false;
  if (/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(word)) return false;
  return true;
}

/**
 * How many details `shared` anchors are: a name of several words counts once ("Petro Danyliuk" is one person), and
 * a joined name of generic words ("security council") counts twice, as specific as two single names.
 */
export function detailCount(shared: string[], groups: string[][]): number {
  let n = shared.reduce((sum, x) => sum + (x.includes(" ") ? 2 : 1), 0);
  const set = new Set(shared);
  const seen = new Set<string>();
  for (const group of groups) {
    const key = group.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    const inside = group.filter((x) => set.has(x)).length;
    if (inside > 1) n -= inside - 1;
  }
  return n;
}

/** Share of words of four letters or more that are capitalised, at or above which a text is in Title Case. */
const TITLE_SHARE = 0.85;

/** True for a Title Case headline ("Zelensky Slams Modi For Embracing Putin"): four or more long words, nearly all capitalised. */
export function isTitleCase(tokens: string[]): boolean {
  const long = tokens.map((t) => t.replace(/[^\p{L}]/gu, "")).filter((w) => w.length >= 4);
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_SHARE * long.length;
}

/** Words written capitalised (or as an acronym: "UAE") other than at a sentence's start: names, even opening a headline. */
export function knownNames(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const tokens = cleanText(stripLabel(text)).split(/\s+/);
    if (isTitleCase(tokens)) continue;
    for (let i = 1; i < tokens.length; i++) {
      if (/[.!?:"']$/.test(tokens[i - 1]!)) continue;
      const word = tokens[i]!.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, "").replace(/'s$/, "");
      if (/^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(word)) names.add(word);
    }
  }
  return names;
}

/** Letters that differ between one name's transliterations (else a word is its own key). */
const TRANSLITERATED = /ie|y|kh|(\p{L})\1/u;

/**
 * A key that one name's transliterations share ("Pobieda"/"Pobeda", "Iryna"/"Irina", "Mykhailo"/"Mikhaylo"): ie → e,
 * y → i, kh → h, doubled letters once. Only words of five letters or more; shorter ones stay as they are.
 */
export function transliterationKey(anchor: string): string {
  if (!TRANSLITERATED.test(anchor)) return anchor;
  return anchor.split(" ").map((w) => !/^\p{L}{5,}$/u.test(w) ? w
    : w.replace(/ie/g, "e").replace(/y/g, "i").replace(/ii/g, "i").replace(/kh/g, "h").replace(/(\p{L})\1/gu, "$1")).join(" ");
}

/**
 * A key one place's or person's spellings share, for names only: Russian and Ukrainian ("Andreyevka", "Andriivka",
 * "Andriyivka"; "Mikhailovka", "Mykhailivka"; "Pavlograd", "Pavlohrad"; "Kremenchug", "Kremenchuk"), French, German and
 * Czech ("Soumy", "Boutcha", "Kupjansk", "Buča"; "Charkiw", "Lwiw"), with or without the soft sign ("Pokrovs'k"): no apostrophe, č as ch,
 * no accents, ou → u, tch → ch, kh → h, ie → e, -ovka/-evka as -ivka, y, j and e as i, h as g, a last k as g, doubled
 * letters once. Too loose for common words ("strike", "stroke"), so anchors use it and term lists do not; words under
 * four letters stay as they are.
 */
export function nameKey(anchor: string): string {
  return anchor.split(" ").map((w) => {
    // (the Latin letters of Czech, Polish and Baltic spellings as English writes them: "Buča" is "Bucha")
    const word = w.replace(/['’ʼ]/g, "").replace(/[čć]/g, "ch").replace(/[šś]/g, "sh").replace(/[žź]/g, "zh")
      .normalize("NFD").replace(/\p{M}/gu, "");
    if (!/^\p{L}{4,}$/u.test(word)) return w;
    // (German spellings: "Charkiw", "Cherson", "Tschernihiw", "Lwiw" — a first ch as kh, tsch as ch, w as v)
    return word.replace(/^t?sch|^tch/, "ch").replace(/^ch/, "kh").replace(/w/g, "v").replace(/ou/g, "u").replace(/tch/g, "ch").replace(/kh/g, "h").replace(/ie/g, "e").replace(/[oe]vk/g, "ivk").replace(/[yje]/g, "i")
      .replace(/h/g, "g").replace(/k$/, "g").replace(/(\p{L})\1+/gu, "$1");
  }).join(" ");
}

/**
 * The day's term lists with one spelling per transliterated name: terms whose transliteration keys agree (and differ
 * only so) take the first spelling seen, so "novomikhailivka" and "novomykhailivka" count as one term.
 */
export function foldSpellings(docs: string[][]): string[][] {
  const one = spellingFolder();
  return docs.map((doc) => doc.map(one));
}

/**
 * A folder from a word to the first spelling met with the same transliteration key (`preferred` words first, e.g. the
 * beat's places), memoised per word: one spelling per name for a whole day.
 */
export function spellingFolder(preferred: string[] = [], keyOf: (word: string) => string = transliterationKey): (word: string) => string {
  const spelling = new Map<string, string>();
  for (const word of preferred) if (!spelling.has(keyOf(word))) spelling.set(keyOf(word), word);
  const folded = new Map<string, string>();
  return (term) => {
    let out = folded.get(term);
    if (out === undefined) {
      const key = keyOf(term);
      out = spelling.get(key) ?? term;
      spelling.set(key, out);
      folded.set(term, out);
    }
    return out;
  };
}
