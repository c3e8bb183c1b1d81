// Pointer lines: the "Read the full story", "Watch our report in the video above", "Continue reading …" and
// "The post … appeared first on …" that close bodies in every format. They point elsewhere; they are not news.

const TAIL_MARKS = /[\s.!:…→»›>)\]-]+$/u;

const POINTERS: RegExp[] = [
  // "Read the full story", "See the whole article here", "Get the full report on our site"
  /^(read|see|view|get|open) (the |our )?(full|whole|complete|entire|original|latest) (story|article|report|post|piece|text|coverage|interview)\b.{0,80}$/i,
  // "Continue reading", "Keep reading: Title", "Continue reading the story"
  /^(continue|keep) reading\b.{0,120}$/i,
  // "Read more", "See more: …", "Watch more on our channel"
  /^(read|see|watch|view|find out|learn|discover|get|hear) more(\s*:.{0,120}|\s+(here|below|above|at|on|about|from|in|of)\b.{0,100})?$/i,
  // "Read also: …", "See also: …", "Related: …" links to other articles
  /^(read|see) also\b.{0,160}$/i,
  // "READ | Title", "READ: Title", "ALSO READ: Title": a link to another article, labelled in capitals ("WATCH: …"
  // heads a video teaser, an entry of its own)
  /^(?:ALSO )?READ(?: MORE| ALSO)?\s?[|:]\s.{3,160}$/,
  // (or in title case before a headline, inline between paragraphs: "Read: Grain importers count the cost")
  /^Read\s?:\s\p{Lu}[^.!?]{3,160}$/u,
  /^(also read|also see|more to read|must read|recommended|further reading)\s?:\s.{0,160}$/i,
  /^related( (article|story|stories|coverage|reading|content))?\s?:\s.{0,160}$/i,
  // "More on this story below", "More coverage here"
  /^more (on|about|from|coverage|details|information)\b.{0,100}\b(above|below|here)$/i,
  // "More of our reporting on the war: https://…", "Follow our coverage at https://…": a link to a hub of stories
  /^(?:more|follow|read|see|find|all|full)\b.{0,120}(?::|\sat)\s*https?:\/\/\S+$/i,
  // "Follow all AP stories on the war at the AP hub", "Follow AP's coverage of the war in Ukraine": the same, unlinked
  /^follow (?:all |the )?(?:[\p{L}]+'s |[\p{L}]+’s |our |\p{Lu}{2,5} )?(?:coverage|stories|reporting)\b.{0,120}$/iu,
  // "Watch our report from the port in the video above", "Read our explainer below", "Listen to the podcast here"
  /^(watch|see|view|read|listen to|listen|find|follow|check out)\s.{0,160}\b(above|below|here)$/i,
  // "(Video above)", "Video: the moment the drone struck, below"
  /^\(?(video|photos?|gallery|audio|podcast)\b.{0,100}\b(above|below|here)\)?$/i,
  // "To read the rest, click here" and the like
  /^.{0,100}\bclick here\b.{0,60}$/i,
  // "Our live coverage has moved here", "This blog has now ended. Follow our new page": the page's move or close
  /^(?:our |the |this )?(?:live )?(?:coverage|blog|live blog|page|updates)\b.{0,60}?\b(?:has|have) (?:now )?(?:moved|ended|closed)\b.{0,100}$/i,
  // WordPress and similar feed footers
  /^the (post|article|entry) .{1,200} appeared first on .{1,100}$/i,
  /^this (article|story|post) (was|is) (originally|first) (published|posted) (on|by|at|in) .{1,100}$/i,
];

/** True for a paragraph that only points the reader elsewhere (to a video, the full story, more coverage). */
export function isPointerLine(text: string): boolean {
  const line = text.replace(TAIL_MARKS, "").trim();
  if (line === "" || line.length > 240) return false;
  return POINTERS.some((re) => re.test(line));
}

/** The body without pointer paragraphs, and without a pointer sentence closing its last paragraph. */
export function dropPointers(body: string[]): string[] {
  const kept = body.filter((p) => !isPointerLine(p));
  const last = kept.at(-1);
  if (last === undefined) return kept;
  const trimmed = withoutPointerTail(last);
  return trimmed === last ? kept : [...kept.slice(0, -1), trimmed];
}

/**
 * True for a paragraph that is a pointer or ends with one: in article scrapes such a paragraph is a teaser for
 * a video or another story ("A team spent a night with the rescuers. Watch their report below.").
 */
export function endsWithPointer(paragraph: string): boolean {
  return isPointerLine(paragraph) || withoutPointerTail(paragraph) !== paragraph;
}

/** A paragraph without a closing pointer sentence ("… troops withdrew. Read more →"), when text remains. */
function withoutPointerTail(paragraph: string): string {
  const cut = /[.!?…"”'’)]\s+(?=[^\s.!?…][^.!?…]*[.!?…→»›]*$)/u.exec(paragraph);
  if (!cut) return paragraph;
  const head = paragraph.slice(0, cut.index + 1).trim();
  const tail = paragraph.slice(cut.index + 1).trim();
  return head !== "" && isPointerLine(tail) ? head : paragraph;
}
