// The per-recipient second pass: tokens written by pass 1, compiled once per edition, filled per reader.
//
// A token is `=@r:KIND[:NAME[:ARG]]@=`. Pass 1 cannot produce one from source text: the HTML escaping turns
// every `=` into `&#x3D;`, and escapeMarkdown breaks `=@` and `@=` apart. So a headline containing `{{x}}` or
// `=@r:field:name@=` stays text, and this pass never interprets anything but the template's own tokens.
import { DigestError } from "../errors.ts";
import type { Recipient } from "../types.ts";
import { escapeHtml, escapeMarkdown, mailSafeHtml, markdownUrl, oneLine, safeUrl } from "./text.ts";

/** What a per-recipient block can test. */
export type Pass2Condition = "topic" | "name" | "email" | "oneClick" | "noChosenSection" | "preferences" | "leftOut";
/** What a per-recipient field can print. */
export type Pass2Field = "name" | "email" | "unsubscribeHref" | "preferencesHref" | "storyCount" | "leftOutCount";

type Pass2Node = string | { field: Pass2Field } | { cond: Pass2Condition; arg: string; then: Pass2Node[]; otherwise: Pass2Node[] };

/** A rendered edition body with its per-recipient holes, parsed once. */
export interface Pass2Template {
  nodes: Pass2Node[];
  escape: "html" | "markdown";
}

/** Who is reading, resolved once per recipient for every template of the edition. */
export interface ReaderContext {
  recipient: Recipient;
  /** Lower-case topics the reader wants, or null for all. */
  wanted: Set<string> | null;
  /** The reader chose topics and none of them has a section today. */
  noChosenSection: boolean;
  /** Stories this reader gets (Top stories plus their sections), and how many their topic choice leaves out. */
  storyCount: number;
  leftOut: number;
}

const CONDITIONS: Pass2Condition[] = ["topic", "name", "email", "oneClick", "noChosenSection", "preferences", "leftOut"];
const FIELDS: Pass2Field[] = ["name", "email", "unsubscribeHref", "preferencesHref", "storyCount", "leftOutCount"];
const TOKEN = /=@r:([a-z]+)(?::([A-Za-z]+))?(?::([^@\s"'<>]*))?@=/g;

/** The token text pass-1 templates emit (through the recipient* helpers). */
export function token(kind: "if" | "else" | "end" | "field", name?: string, arg?: string): string {
  return `=@r:${kind}${name ? `:${name}` : ""}${arg !== undefined ? `:${encodeURIComponent(arg)}` : ""}@=`;
}

/** Parses pass-1 output into a Pass2Template; ERENDER when the template's tokens do not nest or are unknown. */
export function compilePass2(text: string, escape: Pass2Template["escape"]): Pass2Template {
  const root: Pass2Node[] = [];
  const stack: { node: Extract<Pass2Node, { cond: Pass2Condition }>; inElse: boolean }[] = [];
  const target = () => {
    const top = stack.at(-1);
    return top ? (top.inElse ? top.node.otherwise : top.node.then) : root;
  };
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) target().push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, kind, name, arg] = m;
    if (kind === "field" && FIELDS.includes(name as Pass2Field)) {
      target().push({ field: name as Pass2Field });
    } else if (kind === "if" && CONDITIONS.includes(name as Pass2Condition)) {
      const node = { cond: name as Pass2Condition, arg: decodeURIComponent(arg ?? ""), then: [], otherwise: [] };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (kind === "else" && stack.length > 0 && !stack.at(-1)!.inElse) {
      stack.at(-1)!.inElse = true;
    } else if (kind === "end" && stack.length > 0) {
      stack.pop();
    } else {
      throw new DigestError("ERENDER", `template: misplaced or unknown recipient token ${m[0]} (check recipientIf/recipientElse/recipientEnd pairs)`);
    }
  }
  if (stack.length > 0) throw new DigestError("ERENDER", `template: ${stack.length} recipientIf block(s) never closed with recipientEnd`);
  if (last < text.length) root.push(text.slice(last));
  return { nodes: root, escape };
}

/** Resolves a recipient against the topics of the edition's sections (and their story counts, when known). */
export function readerContext(recipient: Recipient, sectionTopics: string[], topCount = 0, sectionCounts: Record<string, number> = {}): ReaderContext {
  const chosen = recipient.topics.map((t) => t.trim().toLowerCase()).filter(Boolean);
  const wanted = chosen.length > 0 ? new Set(chosen) : null;
  const all = topCount + Object.values(sectionCounts).reduce((a, b) => a + b, 0);
  const storyCount = wanted === null ? all : topCount + sectionTopics.filter((t) => wanted.has(t.toLowerCase())).reduce((n, t) => n + (sectionCounts[t] ?? 0), 0);
  return { recipient, wanted, noChosenSection: wanted !== null && !sectionTopics.some((t) => wanted.has(t.toLowerCase())), storyCount, leftOut: all - storyCount };
}

/** Fills one template for one reader: a walk over pre-parsed nodes, no template engine involved. */
export function fillPass2(template: Pass2Template, reader: ReaderContext): string {
  const out: string[] = [];
  walk(template.nodes, template.escape, reader, out);
  return out.join("");
}

function walk(nodes: Pass2Node[], escape: Pass2Template["escape"], reader: ReaderContext, out: string[]): void {
  for (const node of nodes) {
    if (typeof node === "string") out.push(node);
    else if ("field" in node) out.push(fieldValue(node.field, escape, reader));
    else walk(test(node.cond, node.arg, reader) ? node.then : node.otherwise, escape, reader, out);
  }
}

function test(cond: Pass2Condition, arg: string, reader: ReaderContext): boolean {
  const { recipient } = reader;
  switch (cond) {
    case "topic": return reader.wanted === null || reader.wanted.has(arg.toLowerCase());
    case "name": return oneLine(recipient.name).length > 0;
    case "email": return recipient.email.trim().length > 0;
    case "oneClick": return safeUrl(recipient.unsubscribeUrl) !== null;
    case "noChosenSection": return reader.noChosenSection;
    case "preferences": return safeUrl(recipient.preferencesUrl ?? null) !== null;
    case "leftOut": return reader.leftOut > 0;
  }
}

function fieldValue(field: Pass2Field, escape: Pass2Template["escape"], reader: ReaderContext): string {
  const { recipient } = reader;
  if (field === "storyCount") return reader.storyCount === 1 ? "1 story" : `${reader.storyCount} stories`;
  if (field === "leftOutCount") return reader.leftOut === 1 ? "1 story" : `${reader.leftOut} stories`;
  if (field === "unsubscribeHref") {
    const mailto = recipient.unsubscribeMailto.trim();
    const href = safeUrl(recipient.unsubscribeUrl) ?? (/^mailto:/i.test(mailto) ? mailto : `mailto:${mailto}?subject=unsubscribe`);
    return escape === "html" ? escapeHtml(href) : markdownUrl(href);
  }
  if (field === "preferencesHref") {
    const href = safeUrl(recipient.preferencesUrl ?? null) ?? "";
    return escape === "html" ? escapeHtml(href) : markdownUrl(href);
  }
  const value = field === "name" ? oneLine(recipient.name) : oneLine(recipient.email);
  return escape === "html" ? mailSafeHtml(escapeHtml(value)) : escapeMarkdown(value);
}
