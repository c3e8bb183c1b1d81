// renderEmail (once per edition: Handlebars → MJML → HTML) and personalise (once per reader: fill the tokens).
import type { Recipient, RenderedEmail } from "../types.ts";
import { renderSubject, type DigestView, type SubjectFields } from "./view.ts";
import { DigestError } from "../errors.ts";
import { markdownContext, tidy } from "./markdown.ts";
import { mailSafeHtml } from "./text.ts";
import { compilePass2, fillPass2, readerContext, type Pass2Template } from "./pass2.ts";
import type { Templates } from "./templates.ts";

/** The email of one edition, compiled once: per-recipient holes are filled by `personalise`. */
export interface EditionEmail {
  subject: string;
  /** For a reader who chose topics: the subject again with their own count. */
  subjectTemplate: string;
  subjectFields: SubjectFields;
  /** Stories every reader gets (Top stories), and per section topic. */
  topCount: number;
  sectionCounts: Record<string, number>;
  /** The HTML (MJML output, indentation stripped) with recipient tokens parsed out. */
  html: Pass2Template;
  /** The text/plain part (Markdown) with recipient tokens parsed out. */
  text: Pass2Template;
  /** Topics of the edition's sections, in order (a reader's topic choice is matched against these). */
  sectionTopics: string[];
  /** Size in bytes of the HTML with every section shown (the largest a reader can get, minus name and links). */
  htmlBytes: number;
}

/** Compiles the edition's MJML once (strict validation); ERENDER listing MJML's complaints when the template is wrong. */
export async function renderEmail(view: DigestView, templates: Templates): Promise<EditionEmail> {
  const mjml = templates.email(view);
  const { default: mjml2html } = await import("mjml");
  let html: string;
  try {
    const result = await mjml2html(mjml, { validationLevel: "strict", minify: false, beautify: false });
    html = stripIndentation(result.html);
  } catch (cause) {
    throw new DigestError("ERENDER", `email template ${templates.dir}/email.mjml.hbs is not valid MJML: ${mjmlProblems(cause)}`, { cause });
  }
  const text = tidy(templates.text(markdownContext(view)));
  return {
    subject: view.subject,
    subjectTemplate: view.subjectTemplate,
    subjectFields: view.subjectFields,
    topCount: view.topCount,
    sectionCounts: view.sectionCounts,
    html: compilePass2(mailSafeHtml(html), "html"),
    text: compilePass2(text, "markdown"),
    sectionTopics: view.sections.map((s) => s.topic),
    htmlBytes: Buffer.byteLength(html),
  };
}

/**
 * The email one reader gets: their name, links and chosen sections (plus Top stories), with subject and header
 * counting what this reader gets; no MJML involved.
 */
export function personalise(edition: EditionEmail, recipient: Recipient): RenderedEmail {
  const reader = readerContext(recipient, edition.sectionTopics, edition.topCount, edition.sectionCounts);
  const all = edition.subjectFields.storyCount;
  const subject = reader.storyCount === all ? edition.subject
    : renderSubject(edition.subjectTemplate, { ...edition.subjectFields, storyCount: reader.storyCount, moreCount: Math.max(0, reader.storyCount - 1) });
  return {
    subject,
    html: fillPass2(edition.html, reader),
    text: tidy(fillPass2(edition.text, reader)),
  };
}

/** Drops indentation and blank lines: the cheap size win (MJML's minify is slow and broken on Node 20). */
export function stripIndentation(html: string): string {
  return html.replace(/\n[ \t]+/g, "\n").replace(/\n{2,}/g, "\n");
}

function mjmlProblems(cause: unknown): string {
  const errors = (cause as { errors?: { formattedMessage?: string; message?: string }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.slice(0, 5).map((e) => e.formattedMessage ?? e.message ?? String(e)).join("; ");
  }
  return (cause as Error).message?.split("\n")[0] ?? String(cause);
}
