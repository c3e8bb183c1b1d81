// archiveEdition: digests/YYYY-MM-DD.md (+ .html web view), then README.md and feed.xml rebuilt from the files present.
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { isCalendarDay } from "./day.ts";
import { DigestError } from "./errors.ts";
import { writeFileAtomic } from "./fs-atomic.ts";
import { editionComment, feedView, indexView, readEditionMeta, withoutComment, type EditionMeta } from "./render/archive-index.ts";
import { parseDay } from "./render/dates.ts";
import { markdownContext, tidy } from "./render/markdown.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { loadTemplates } from "./render/templates.ts";

/** One rendered edition as the archive stores it. */
export interface ArchiveInput {
  date: string;
  markdown: string;
  html: string | null;
  storyCount: number;
  topHeadline: string | null;
  generatedAt: string;
}

const EDITION_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;

/**
 * Writes the edition atomically, then regenerates the index and the Atom feed. With `keepTrail`, a page already
 * there (an edition that went out and is being rebuilt) is first moved to corrections/ rather than overwritten.
 */
export async function archiveEdition(
  dir: string,
  edition: ArchiveInput,
  options: { archiveUrl: string | null; keepTrail?: boolean },
): Promise<{ markdownPath: string; correctionPath: string | null }> {
  parseDay(edition.date);
  if (!Number.isInteger(edition.storyCount) || edition.storyCount < 0) {
    throw new DigestError("ERENDER", `archive: story count ${edition.storyCount} of ${edition.date} is not a whole number ≥ 0`);
  }
  await ensureDir(dir);
  const markdownPath = join(dir, `${edition.date}.md`);
  const htmlPath = join(dir, `${edition.date}.html`);
  const meta = { date: edition.date, storyCount: edition.storyCount, topHeadline: edition.topHeadline, generatedAt: edition.generatedAt };
  const correctionPath = options.keepTrail ? await moveToCorrections(dir, edition.date) : null;
  await writeAtomic(markdownPath, editionComment(meta) + withoutComment(edition.markdown));
  if (edition.html !== null) await writeAtomic(htmlPath, edition.html);
  else await rm(htmlPath, { force: true }); // a rebuilt day without a web view must not keep a stale one
  await rebuildArchive(dir, options);
  return { markdownPath, correctionPath };
}

/** Moves dir/DATE.md (and its .html) to dir/corrections/DATE.<n>.md; returns the new path, or null if none was there. */
async function moveToCorrections(dir: string, date: string): Promise<string | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (!names.includes(`${date}.md`)) return null;
  const trail = join(dir, "corrections");
  await ensureDir(trail);
  const taken = new Set(await readdir(trail));
  let n = 1;
  while (taken.has(`${date}.${n}.md`)) n++;
  const target = join(trail, `${date}.${n}.md`);
  try {
    await rename(join(dir, `${date}.md`), target);
    if (names.includes(`${date}.html`)) await rename(join(dir, `${date}.html`), join(trail, `${date}.${n}.html`));
  } catch (cause) {
    throw new DigestError("ERENDER", `archive: cannot keep the earlier page of ${date} in ${trail}: ${(cause as Error).message}`, { cause });
  }
  return target;
}

/** Regenerates dir/README.md and dir/feed.xml from the editions on disk (a hand-deleted edition disappears). */
export async function rebuildArchive(dir: string, options: { archiveUrl: string | null }): Promise<EditionMeta[]> {
  const editions = await readEditions(dir);
  const templates = await loadTemplates(TEMPLATES_DIR);
  await writeAtomic(join(dir, "README.md"), tidy(templates.archiveIndex(markdownContext(indexView(editions)))));
  await writeAtomic(join(dir, "feed.xml"), tidy(templates.feed(feedView(editions, options.archiveUrl))));
  return editions;
}

/** Every YYYY-MM-DD.md edition in `dir` with its metadata, newest first. */
export async function readEditions(dir: string): Promise<EditionMeta[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (cause) {
    throw new DigestError("ERENDER", `archive: cannot list ${dir}: ${(cause as Error).message}`, { cause });
  }
  const present = new Set(names);
  const editions: EditionMeta[] = [];
  for (const name of names) {
    const date = EDITION_FILE.exec(name)?.[1];
    if (!date || !isCalendarDay(date)) continue;
    let text: string;
    try {
      text = await readFile(join(dir, name), "utf8");
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === "ENOENT") continue; // deleted while we listed
      throw new DigestError("ERENDER", `archive: cannot read ${join(dir, name)}: ${(cause as Error).message}`, { cause });
    }
    editions.push(readEditionMeta(date, text, present.has(`${date}.html`)));
  }
  return editions.sort((a, b) => b.date.localeCompare(a.date));
}

/** Writes an archive file atomically (see fs-atomic.ts); ERENDER names the file. */
async function writeAtomic(path: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(path, content);
  } catch (cause) {
    throw new DigestError("ERENDER", `archive: cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
}

async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new DigestError("ERENDER", `archive: cannot create the folder ${dir}: ${(cause as Error).message}`, { cause });
  }
}
