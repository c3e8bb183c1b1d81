// loadTemplates: every template of the edition, compiled once on private Handlebars instances.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { DigestError } from "../errors.ts";
import { token } from "./pass2.ts";

/** Renders one template with its context. */
export type Render = (context: object) => string;

/** The compiled templates: HTML-escaping ones (MJML email, Atom feed) and Markdown ones (no HTML escaping). */
export interface Templates {
  dir: string;
  /** templates/email.mjml.hbs: the MJML document (pass 1), recipient fields as tokens. */
  email: Render;
  /** templates/briefing.md.hbs: the archived Markdown briefing. */
  briefing: Render;
  /** templates/email.txt.hbs: the text/plain part (pass 1), recipient fields as tokens. */
  text: Render;
  /** templates/archive/index.md.hbs: digests/README.md. */
  archiveIndex: Render;
  /** templates/archive/feed.xml.hbs: digests/feed.xml (Atom). */
  feed: Render;
}

const cache = new Map<string, Promise<Templates>>();

/** Reads and compiles `dir` once per process; ERENDER naming the file when one is missing or malformed. */
export function loadTemplates(dir: string): Promise<Templates> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = compileAll(dir);
    loaded.catch(() => cache.delete(dir));
    cache.set(dir, loaded);
  }
  return loaded;
}

async function compileAll(dir: string): Promise<Templates> {
  const html = engine(true);
  const md = engine(false);
  const partialsDir = join(dir, "partials");
  let partialFiles: string[];
  try {
    partialFiles = (await readdir(partialsDir)).filter((f) => f.endsWith(".hbs")).sort();
  } catch (cause) {
    throw new DigestError("ERENDER", `templates: cannot read the partials folder ${partialsDir}: ${(cause as Error).message}`, { cause });
  }
  for (const file of partialFiles) {
    const source = await read(join(partialsDir, file));
    const target = file.endsWith(".md.hbs") || file.endsWith(".txt.hbs") ? md : html;
    target.registerPartial(file.replace(/\.(mjml|md|txt|xml)?\.?hbs$/, ""), check(source, join(partialsDir, file), target));
  }
  const compile = async (instance: typeof Handlebars, file: string): Promise<Render> => {
    const path = join(dir, file);
    const template = instance.compile(check(await read(path), path, instance), { strict: true, noEscape: instance === md });
    return (context) => {
      try {
        return template(context);
      } catch (cause) {
        throw new DigestError("ERENDER", `template ${path}: ${(cause as Error).message.split("\n")[0]}`, { cause });
      }
    };
  };
  return {
    dir,
    email: await compile(html, "email.mjml.hbs"),
    briefing: await compile(md, "briefing.md.hbs"),
    text: await compile(md, "email.txt.hbs"),
    archiveIndex: await compile(md, join("archive", "index.md.hbs")),
    feed: await compile(html, join("archive", "feed.xml.hbs")),
  };
}

/** A private Handlebars with the recipient-token helpers (SafeString on the HTML side so tokens are not escaped). */
function engine(escapesHtml: boolean): typeof Handlebars {
  const instance = Handlebars.create();
  const out = (text: string) => (escapesHtml ? new instance.SafeString(text) : text);
  // {{recipientIf "topic" topic}} … {{recipientElse}} … {{recipientEnd}}; {{recipient "name"}}.
  instance.registerHelper("recipientIf", (name: string, ...rest: unknown[]) =>
    out(token("if", name, rest.length > 1 ? String(rest[0]) : undefined)));
  instance.registerHelper("recipientElse", () => out(token("else")));
  instance.registerHelper("recipientEnd", () => out(token("end")));
  instance.registerHelper("recipient", (name: string) => out(token("field", name)));
  return instance;
}

async function read(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (cause) {
    throw new DigestError("ERENDER", `templates: cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** Parses now so a syntax error fails at load time, naming the file (compile itself is lazy). */
function check(source: string, path: string, instance: typeof Handlebars): string {
  try {
    instance.parse(source);
    return source;
  } catch (cause) {
    throw new DigestError("ERENDER", `template ${path} has a syntax error: ${(cause as Error).message.split("\n")[0]}`, { cause });
  }
}
