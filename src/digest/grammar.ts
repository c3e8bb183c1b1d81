// Words that shape what a sentence leads with (data for rules.ts): clause openers, speech verbs, and the verbs whose
// "over" is a particle. Plain English grammar, not any page's words.

/** Words that open a subordinate clause: what follows them is context, not what the sentence leads with. */
export const SUBORDINATE = new Set(["as", "over", "after", "amid", "following", "while", "despite", "because", "since", "when", "before", "that", "which", "who", "where", "but", "citing"]);

/** Speech and report verbs: "said that …", "warned as …" open no subordinate clause. */
export const SPEECH = new Set(["said", "says", "say", "announced", "reported", "warned", "claimed", "confirmed", "denied", "stated", "added", "believe", "believes", "told", "ensure", "shows", "show", "claim", "claims", "wrote", "writes", "write", "posted", "posts", "tweeted"]);

/** Verbs whose "over" is part of the verb ("handed over", "took over"), not a clause about a cause. */
export const PARTICLE = new Set(["hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn", "turns", "turned", "turning", "pass", "passes", "passed", "win", "wins", "won", "roll", "rolls", "rolled", "carry", "carried", "carries"]);

/** Verbs and nouns of dispute whose "over" names what is disputed ("haggling over aid"), not a clause about a cause. */
export const DISPUTE = new Set([
  "haggle", "haggles", "haggled", "haggling", "wrangle", "wrangles", "wrangled", "wrangling", "argue", "argues", "argued",
  "arguing", "clash", "clashes", "clashed", "split", "splits", "divided", "disagree", "disagrees", "disagreed", "deadlock",
  "deadlocked", "row", "rows", "feud", "dispute", "disputes", "talks", "deal", "stalemate",
]);

/** Words after "as" that make it a comparison ("as well", "as soon"), not a clause. */
export const AS_COMPARISON = new Set(["well", "soon", "long", "much", "many", "far"]);
