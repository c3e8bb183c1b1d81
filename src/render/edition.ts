// Renders one edition once: the Markdown briefing, the email (compiled once, personalised later) and its web view.
import type { Config } from "../config/index.ts";
import type { Digest } from "../types.ts";
import { personalise, renderEmail, type EditionEmail } from "./email.ts";
import { renderMarkdown } from "./markdown.ts";
import { loadTemplates } from "./templates.ts";
import { toView } from "./view.ts";

export interface RenderedEdition {
  markdown: string;
  email: EditionEmail;
  /** The email as a reader with every topic and no name sees it: the archive's "view online" page. */
  html: string;
  /** Stories the edition shows (top stories and sections) and the first headline, as the email counts them. */
  storyCount: number;
  topHeadline: string | null;
}

/** Everything the archive and the sender need, rendered from one digest. */
export async function renderEdition(digest: Digest, config: Config): Promise<RenderedEdition> {
  const templates = await loadTemplates(config.templatesDir);
  const view = toView(digest, { subject: config.mail.subject, archiveUrl: config.mail.archiveUrl, readerTimezone: digest.timezone });
  const markdown = renderMarkdown(view, templates);
  const email = await renderEmail(view, templates);
  const web = personalise(email, { email: "", name: null, topics: [], unsubscribeUrl: null, unsubscribeMailto: `mailto:${config.mail.unsubscribeMailto}?subject=unsubscribe` });
  return { markdown, email, html: web.html, storyCount: view.storyCount, topHeadline: view.topHeadline };
}
