// anchor-tokens: what the anchor reader needs of one whitespace token (its word, case, digits, punctuation),
// cached per distinct token.

/** What anchorsOf reads of one whitespace token, worked out once per distinct token (a day repeats most of them). */
export interface Token {
  /** The token without surrounding punctuation and possessive 's ("Kharkiv's," → Kharkiv). */
  word: string;
  /** Ends a sentence ("attack." — but not an initial such as "J." or "U.S."): the next word opens one. */
  endsSentence: boolean;
  capital: boolean;
  digit: boolean;
  /** Punctuation follows the word ("Kharkiv,"): a name phrase ends with it. */
  punctuated: boolean;
  /** The token without trailing marks other than letters and dots (how a figure's neighbour is read). */
  bare: string;
}
const tokenCache = new Map<string, Token>();
const TOKEN_CACHE_SIZE = 50_000;

export function tokenOf(raw: string): Token {
  let token = tokenCache.get(raw);
  if (token === undefined) {
    const word = raw.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}]+$/gu, "").replace(/'s$/, "");
    token = {
      word,
      endsSentence: /[.!?:"']$/.test(raw) && !/^(?:\p{Lu}\.)+$/u.test(raw),
      capital: /^\p{Lu}/u.test(word),
      digit: /\d/.test(word),
      punctuated: word !== raw.replace(/'s$/, ""),
      bare: raw.replace(/[^\p{L}.]+$/gu, ""),
    };
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokenCache.set(raw, token);
  }
  return token;
}
