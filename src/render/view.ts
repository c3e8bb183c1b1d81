// toView: the digest as the templates see it. Every date, count, label and flag is computed here.
import Handlebars from "handlebars";
import { DigestError } from "../errors.ts";
import type { Digest, Story } from "../types.ts";
import { builtAtLabel, checkReaderZone, coverageLabel, dayLabels, timeLabel, windowRange, zoneLabel } from "./dates.ts";
import { MAX_HEADLINE, MAX_SUMMARY, oneLine, plural, safeUrl, shorten } from "./text.ts";
import type { LinkView, StoryView, SectionView, SourceView, DigestView, ViewOptions, SubjectFields } from "./view-types.ts";

export type { LinkView, StoryView, SectionView, SourceView, DigestView, ViewOptions, SubjectFields } from "./view-types.ts";

const PREHEADER_MAX = 140;
const subjectEngine = Handlebars.create();
const subjectCache = new Map<string, (fields: SubjectFields) => string>();

/** Builds the view model of one edition: pure, no I/O; throws ECONFIG/ERENDER on an unusable option or date. */
export function toView(digest: Digest, options: ViewOptions): DigestView {
  const zone = checkReaderZone(options.readerTimezone);
  const { dateLong, dateShort } = dayLabels(digest.date);
  const titles = new Map(digest.sections.map((s) => [s.topic, oneLine(s.title) || s.topic]));
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  const storyView = (story: Story) => toStoryView(story, titles, zone, digest.date);

  const shown = new Set<string>();
  const topStories = pick(digest.topStoryIds, byId, shown).map(storyView);
  const sections: SectionView[] = [];
  for (const section of digest.sections) {
    const stories = pick(section.storyIds, byId, shown).map(storyView);
    if (stories.length === 0) continue;
    sections.push({
      topic: section.topic,
      title: titles.get(section.topic) ?? section.topic,
      stories,
      storyCount: stories.length,
      countLabel: plural(stories.length, "story", "stories"),
    });
  }

  const sources = digest.sources.map(toSourceView);
  sources.forEach((s, i) => (s.more = i < sources.length - 1));
  const okSources = sources.filter((s) => !s.failed).map((s) => ({ ...s }));
  const failedSources = sources.filter((s) => s.failed).map((s) => ({ ...s }));
  okSources.forEach((s, i) => (s.more = i < okSources.length - 1));
  failedSources.forEach((s, i) => (s.more = i < failedSources.length - 1));

  const lead = [...topStories, ...sections.flatMap((s) => s.stories)];
  const storyCount = lead.length;
  const elsewhere = pick(digest.elsewhereStoryIds ?? [], byId, shown).map(storyView);
  const topHeadline = lead[0]?.headline ?? null;
  const archiveUrl = safeUrl(options.archiveUrl)?.replace(/\/+$/, "") ?? null;
  const subjectFields: SubjectFields = {
    date: digest.date,
    dateLong,
    dateShort,
    storyCount,
    sourceCount: okSources.length,
    failedCount: failedSources.length,
    topHeadline: topHeadline ?? "",
    moreCount: Math.max(0, storyCount - 1),
  };
  const subject = renderSubject(options.subject, subjectFields);

  return {
    date: digest.date,
    dateLong,
    dateShort,
    readerTimezone: zone,
    zoneLabel: zoneLabel(zone, digest.date),
    subject,
    subjectTemplate: options.subject,
    subjectFields,
    topCount: topStories.length,
    sectionCounts: Object.fromEntries(sections.map((sec) => [sec.topic, sec.storyCount])),
    sourcesLabel: plural(okSources.length, "source", "sources"),
    editionLine: `${plural(storyCount, "story", "stories")} from ${plural(okSources.length, "source", "sources")}`,
    coverage: coverageLabel(digest.window, digest.date, zone),
    windowRange: windowRange(digest.window, zone, digest.date),
    preheader: shorten(lead.slice(0, 3).map((s) => s.headline).join(" · "), PREHEADER_MAX),
    storyCount,
    hasStories: storyCount > 0,
    topStories,
    hasTopStories: topStories.length > 0,
    sections,
    hasSections: sections.length > 0,
    elsewhere,
    hasElsewhere: elsewhere.length > 0,
    sources,
    okSources,
    failedSources,
    hasFailedSources: failedSources.length > 0,
    builtAt: builtAtLabel(digest.generatedAt, zone),
    generatedAt: digest.generatedAt,
    topHeadline,
    archiveUrl,
    editionUrl: archiveUrl ? `${archiveUrl}/${digest.date}.html` : null,
  };
}

/** Renders the configured subject template (plain text, one line); ECONFIG when the template is broken. */
export function renderSubject(template: string, fields: SubjectFields): string {
  let compiled = subjectCache.get(template);
  try {
    if (!compiled) {
      compiled = subjectEngine.compile<SubjectFields>(template, { noEscape: true, strict: true });
      subjectCache.set(template, compiled);
    }
    return oneLine(compiled(fields));
  } catch (cause) {
    subjectCache.delete(template);
    const known = Object.keys(fields).join(", ");
    throw new DigestError("ECONFIG", `subject template "${template}" cannot be rendered (${(cause as Error).message.split("\n")[0]}); it may use ${known}`, { cause });
  }
}

function pick(ids: string[], byId: Map<string, Story>, shown: Set<string>): Story[] {
  const stories: Story[] = [];
  for (const id of ids) {
    const story = byId.get(id);
    if (!story || shown.has(id)) continue;
    shown.add(id);
    stories.push(story);
  }
  return stories;
}

function toStoryView(story: Story, titles: Map<string, string>, zone: string, date: string): StoryView {
  const links = story.links.length > 0
    ? bySource(story.links.map((l) => ({ source: oneLine(l.source) || "Unnamed source", url: safeUrl(l.url), time: timeLabel(l.published, zone, date), more: true })))
    : story.sources.map((name) => ({ source: oneLine(name) || "Unnamed source", url: null, time: null, more: true }));
  links.forEach((l, i) => (l.more = i < links.length - 1));
  const names = [...new Set([...story.sources.map(oneLine), ...links.map((l) => l.source)].filter(Boolean))];
  const summary = shorten(oneLine(story.summary), MAX_SUMMARY);
  return {
    id: story.id,
    topic: story.topic,
    topicTitle: titles.get(story.topic) ?? story.topic,
    headline: shorten(oneLine(story.headline), MAX_HEADLINE) || shorten(summary, 100) || "Untitled story",
    summary,
    hasSummary: summary.length > 0,
    links,
    sourcesLine: names.join(", "),
    sourceCount: names.length,
    multiSource: names.length > 1,
    developingLine: story.developing && story.since ? shorten(`New since ${dayLabels(story.since).dateShort}: ${oneLine(story.newSince ?? "")}`, MAX_SUMMARY) : null,
  };
}

/**
 * One link per source, in the order sources first reported the story: "TRT World (00:45, 05:40)", not the name once
 * per update. A source's link is its first update that has one.
 */
function bySource(links: LinkView[]): LinkView[] {
  const out = new Map<string, LinkView>();
  for (const link of links) {
    const held = out.get(link.source);
    if (!held) out.set(link.source, { ...link });
    else {
      held.url ??= link.url;
      if (link.time) held.time = held.time ? `${held.time}, ${link.time}` : link.time;
    }
  }
  return [...out.values()];
}

function toSourceView(report: Digest["sources"][number]): SourceView {
  const failed = report.status === "failed";
  return {
    name: oneLine(report.name) || oneLine(report.location) || "Unnamed source",
    failed,
    error: failed ? readerReason(report.error) : null,
    entries: report.entries,
    entriesLabel: plural(report.entries, "entry", "entries"),
    more: false,
  };
}

/**
 * Why a source is missing, in words for readers: never the raw error (addresses, error codes and stack words stay
 * in the logs, `npm run status` and `--json`).
 */
export function readerReason(error: string | null): string {
  const e = error ?? "";
  if (/timed? ?out|timeout|ETIMEDOUT|did not answer/i.test(e)) return "the site did not answer in time";
  if (/\b404\b|\b410\b|not found/i.test(e)) return "the page was not found";
  if (/\bHTTP [45]\d\d\b|\b5\d\d\b/i.test(e)) return "the site was unavailable";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|network|fetch failed|socket|refused|unreachable|redirect/i.test(e)) return "the site could not be reached";
  if (/EPARSE|parse|format|no entries|nothing read|not a supported/i.test(e)) return "its page could not be read";
  return "it could not be read";
}

