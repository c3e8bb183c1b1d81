// The pages of `npm run serve`, rendered from templates/serve/*.hbs on a private Handlebars (HTML-escaped).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";

const NAMES = ["layout", "message", "unsubscribe", "preferences", "subscribe", "confirm", "archive", "edition-nav", "confirm-mail.txt", "confirm-mail.html"] as const;
export type PageName = (typeof NAMES)[number];

export interface Pages {
  /** A whole HTML page: `name`'s body inside the layout. */
  page(name: Exclude<PageName, "layout" | "confirm-mail.txt" | "confirm-mail.html">, title: string, context: Record<string, unknown>): string;
  /** A fragment or a mail body, without the layout. */
  part(name: PageName, context: Record<string, unknown>): string;
}

/** Compiles every serve template once (a missing or broken template fails at start, naming the file). */
export function loadPages(templatesDir: string, site: string): Pages {
  const hbs = Handlebars.create();
  const text = Handlebars.create(); // the plain-text mail: no HTML escaping
  const compiled = new Map<PageName, HandlebarsTemplateDelegate>();
  for (const name of NAMES) {
    const source = readFileSync(join(templatesDir, "serve", `${name}.hbs`), "utf8");
    compiled.set(name, (name.endsWith(".txt") ? text : hbs).compile(source, { strict: false }));
  }
  const part = (name: PageName, context: Record<string, unknown>) => compiled.get(name)!({ site, ...context });
  return {
    part,
    page: (name, title, context) => part("layout", { title, body: part(name, context) }),
  };
}
