// Bounded HTML: a linear pre-pass that unwraps elements nested deeper than a cap, so no HTML parser downstream
// (htmlparser2 keeps its open elements in an array it shifts, readability walks ancestors) goes super-linear.
import { Tokenizer } from "htmlparser2";

/** Deepest element nesting kept; real pages stay far below it (their deepest text sits at 20–60 levels). */
export const MAX_NESTING = 200;
/** How far down the open elements a close tag may look for its match; a stray close tag further away is left alone. */
const MATCH_REACH = 32;

const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input", "isindex",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);
const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
/** The open elements an opening tag closes implicitly (htmlparser2's table, which the parsers downstream apply). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])], ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])], ["dd", new Set(["dd", "dt"])], ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])], ["rp", new Set(["rt", "rp"])], ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t) => [t, FORM] as [string, Set<string>]),
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section",
    "table", "ul"].map((t) => [t, P] as [string, Set<string>]),
]);
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

interface Open {
  name: string;
  /** Its tags were cut out of the text. */
  dropped: boolean;
}

/**
 * The page with every element below `maxDepth` open elements unwrapped (its tags cut, its text kept), in one
 * pass. The open-element count follows the rules of the parsers downstream, or over-counts, never under; a page
 * within the cap comes back unchanged.
 */
export function boundNesting(html: string, maxDepth = MAX_NESTING): string {
  const cuts: number[] = [];
  const open: Open[] = [];
  const foreign: boolean[] = [false];
  let name = "";
  let tagStart = 0;
  const push = (dropped: boolean) => {
    if (VOID.has(name)) return;
    open.push({ name, dropped });
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
  };
  const onOpenEnd = (end: number, selfClosing: boolean) => {
    const drop = !VOID.has(name) && open.length >= maxDepth;
    if (drop) cuts.push(tagStart, end + 1);
    if (selfClosing && foreign[foreign.length - 1] === true) return;
    push(drop);
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onopentagname(start, end) {
      tagStart = start - 1;
      name = html.slice(start, end).toLowerCase();
      const implied = IMPLIES_CLOSE.get(name);
      while (implied && open.length > 0 && implied.has(open[open.length - 1]!.name)) open.pop();
    },
    onopentagend: (end) => onOpenEnd(end, false),
    onselfclosingtag: (end) => onOpenEnd(end, true),
    onclosetag(start, end) {
      const closing = html.slice(start, end).toLowerCase();
      if (FOREIGN.has(closing) || INTEGRATION.has(closing)) {
        if (foreign.length > 1) foreign.pop();
        else foreign[0] = false;
      }
      const at = matchIndex(open, closing);
      if (at < 0) return;
      if (open[at]!.dropped) cuts.push(start - 2, closeEnd(html, end));
      open.length = at;
    },
    onattribdata() {}, onattribentity() {}, onattribend() {}, onattribname() {}, oncdata() {}, oncomment() {},
    ondeclaration() {}, onend() {}, onprocessinginstruction() {}, ontext() {}, ontextentity() {},
  });
  tokenizer.write(html);
  tokenizer.end();
  return cuts.length === 0 ? html : cutOut(html, cuts);
}

/** Where among the top `MATCH_REACH` open elements `name` is, or -1. */
function matchIndex(open: Open[], name: string): number {
  for (let i = open.length - 1; i >= 0 && i >= open.length - MATCH_REACH; i--) if (open[i]!.name === name) return i;
  return -1;
}

/** The index just past the `>` that ends a close tag whose name ends at `from`. */
function closeEnd(html: string, from: number): number {
  const gt = html.indexOf(">", from);
  return gt < 0 ? html.length : gt + 1;
}

/** `html` without the [start, end) ranges listed in order in `cuts`. */
function cutOut(html: string, cuts: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i]!;
    if (start < at) continue;
    parts.push(html.slice(at, start));
    at = cuts[i + 1]!;
  }
  parts.push(html.slice(at));
  return parts.join("");
}
