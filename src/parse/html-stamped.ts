// A page made of repeated sibling blocks that each carry their own timestamp (a `<time datetime>`, or a `datetime`
// or `title` attribute holding a date and time): a list of updates without live-blog JSON-LD, one entry per block.
import type { DomElement } from "./html-chrome.ts";
import { isChromeLine } from "./html-chrome.ts";
import { oneLine } from "./html-meta.ts";
import { normText } from "./text-lines.ts";
import { parseMachineDate } from "./timestamp.ts";

/** One timestamped block of the page. */
export interface StampedBlock {
  published: string;
  headline: string | null;
  body: string[];
}

interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
}

const BREAKS = new Set(["br", "p", "div", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "dl", "dt", "dd", "figure", "hr"]);
const SKIP = new Set(["script", "style", "noscript", "template", "img", "svg", "button", "input", "select", "textarea"]);

/**
 * The page's updates when most of its text sits in two or more sibling blocks of one kind, each carrying a
 * timestamp of its own; null otherwise. A block's timestamp is its first one; lines holding a timestamp (the
 * block's clock, a forwarded post's "Name 08.07.2024 12:31") are metadata, and a line that repeats the page's own
 * header outside the blocks (the channel's name) is furniture. A block starting with a heading takes it as headline.
 */
export function stampedBlocks(root: DomElement, zone: string): StampedBlock[] | null {
  const stamps: { el: DomElement; at: string }[] = [];
  for (const el of Array.from(root.querySelectorAll("time[datetime], [datetime], [title]"))) {
    const at = stampOf(el, zone);
    if (at) stamps.push({ el, at });
  }
  if (stamps.length < 2) return null;
  // For every element, its children that hold a stamp (in page order). Stamps come in page order, so a child already
  // last in its parent's list means every ancestor above was recorded by an earlier stamp: each node is walked once.
  const holders = new Map<DomElement, DomElement[]>();
  const firstStamp = new Map<DomElement, string>(); // each holder's first stamp
  for (const { el, at } of stamps) {
    let child = el;
    for (let parent = el.parentElement; parent; child = parent, parent = parent.parentElement) {
      const list = holders.get(parent) ?? [];
      if (list[list.length - 1] === child) break;
      list.push(child);
      holders.set(parent, list);
      firstStamp.set(child, at);
    }
  }
  let best: DomElement[] = [];
  for (const children of holders.values()) {
    const tags = new Map<string, number>();
    for (const c of children) tags.set(c.tagName, (tags.get(c.tagName) ?? 0) + 1);
    const [tag] = [...tags.entries()].sort((a, b) => b[1] - a[1])[0] ?? [""];
    const same = children.filter((c) => c.tagName === tag);
    if (same.length > best.length) best = same;
  }
  if (best.length < 2) return null;
  const stampEls = new Set(stamps.map((s) => s.el));
  const group = new Set(best);
  const outside = outsideLines(root, group);
  const blocks: StampedBlock[] = [];
  let inBlocks = 0;
  for (const block of best) {
    const published = firstStamp.get(block);
    if (!published) continue;
    const lines = textLines(block as unknown as DomNode, stampEls as unknown as Set<DomNode>)
      .filter((l) => !l.stamped && !outside.has(normText(l.text)) && !isChromeLine(l.text) && letters(l.text) >= 2);
    inBlocks += lines.reduce((n, l) => n + letters(l.text), 0);
    const headline = lines[0]?.heading && lines.length > 1 ? lines.shift()!.text : null;
    if (lines.length > 0) blocks.push({ published, headline, body: lines.map((l) => l.text) });
  }
  const total = letters(oneLine(root.querySelector("body")?.textContent ?? root.textContent) ?? "");
  return blocks.length >= 2 && inBlocks * 2 >= total ? blocks : null;
}

/** The instant an element's timestamp attribute names (date and time), or null. */
function stampOf(el: DomElement, zone: string): string | null {
  for (const name of ["datetime", "title"]) {
    const raw = el.getAttribute(name)?.trim();
    if (!raw) continue;
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(raw)) return parseMachineDate(raw, zone);
    // "08.07.2024 10:12:05 UTC+03:00", "8.7.2024, 10:12" (day first, as dotted dates are written)
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?|(UTC|GMT|Z))?$/i
      .exec(raw);
    if (!m) continue;
    const [, d, mo, y, h, mi, s, sign, oh, om, utc] = m;
    const pad = (v: string | undefined) => (v ?? "0").padStart(2, "0");
    const offset = sign ? `${sign}${pad(oh)}:${pad(om)}` : utc ? "Z" : "";
    return parseMachineDate(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${pad(s)}${offset}`, zone);
  }
  return null;
}

interface Line {
  text: string;
  stamped: boolean;
  heading: boolean;
}

/** An element's text as lines (broken at blocks and `<br>`), each marked when it holds a timestamp or is a heading. */
function textLines(el: DomNode, stamps: Set<DomNode>): Line[] {
  const lines: Line[] = [];
  let text = "";
  let stamped = false;
  let heading = false;
  const flush = () => {
    const line = oneLine(text);
    if (line) lines.push({ text: line, stamped, heading });
    [text, stamped, heading] = ["", false, false];
  };
  const walk = (node: DomNode, inHeading: boolean) => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? "";
      if (inHeading && /\S/.test(node.nodeValue ?? "")) heading = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName?.toLowerCase() ?? "";
    if (SKIP.has(tag)) return;
    const breaks = BREAKS.has(tag);
    if (breaks) flush();
    if (stamps.has(node)) stamped = true;
    const h = inHeading || /^h[1-6]$/.test(tag);
    for (const child of Array.from(node.childNodes)) walk(child, h);
    if (breaks) flush();
  };
  walk(el, false);
  flush();
  return lines;
}

/** Short lines of the page outside the blocks (its header: a channel's or site's own name). */
function outsideLines(root: DomElement, group: Set<DomElement>): Set<string> {
  const out = new Set<string>();
  const body = (root.querySelector("body") ?? root) as unknown as DomNode;
  const walk = (node: DomNode) => {
    if (group.has(node as unknown as DomElement)) return;
    if (node.nodeType === 1 && !SKIP.has(node.tagName?.toLowerCase() ?? "")) {
      const kids = Array.from(node.childNodes);
      if (kids.every((k) => k.nodeType !== 1)) {
        const line = oneLine(kids.map((k) => k.nodeValue ?? "").join(""));
        if (line && line.length <= 80) out.add(normText(line));
      } else for (const k of kids) walk(k);
    }
  };
  walk(body);
  return out;
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
