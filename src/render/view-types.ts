// The view model's shapes: what toView (view.ts) hands the templates. Plain data: strings, numbers, flags, lists.

/** One source's update behind a story, as the renderers show it: name, link and local time. */
export interface LinkView {
  source: string;
  /** http(s) link to the update, or null (other schemes are dropped). */
  url: string | null;
  /** "14:38", or "Wed 3 Jan, 23:10" when not on the edition's day, in the reader's zone; null when unknown. */
  time: string | null;
  /** True for every link but the last (templates join with ", "). */
  more: boolean;
}

/** A story ready to print: clean single-line text and precomputed labels. */
export interface StoryView {
  id: string;
  topic: string;
  topicTitle: string;
  headline: string;
  summary: string;
  hasSummary: boolean;
  links: LinkView[];
  /** "TRT World, Euronews": the sources as one line. */
  sourcesLine: string;
  sourceCount: number;
  /** Several sources told this story. */
  multiSource: boolean;
  /** "New since Tue 4 Mar 2025: toll rises to five" when the story continues an earlier edition's; else null. */
  developingLine: string | null;
}

/** A topic section: title and the stories not already shown under "Top stories". */
export interface SectionView {
  topic: string;
  title: string;
  stories: StoryView[];
  storyCount: number;
  /** "1 story" / "4 stories". */
  countLabel: string;
}

/** A source as the footer reports it. */
export interface SourceView {
  name: string;
  failed: boolean;
  /** The error said plainly (failed sources only). */
  error: string | null;
  entries: number;
  /** "12 entries" / "1 entry". */
  entriesLabel: string;
  more: boolean;
}

/** Everything the email and Markdown templates show, precomputed: templates only loop and test. */
export interface DigestView {
  date: string;
  /** "Thursday 4 January 2024". */
  dateLong: string;
  /** "Thu 4 Jan 2024". */
  dateShort: string;
  readerTimezone: string;
  /** "Europe/Kyiv (GMT+2)": how times are labelled. */
  zoneLabel: string;
  subject: string;
  /** The subject's template and fields, so a reader who chose topics gets a subject with their own count. */
  subjectTemplate: string;
  subjectFields: SubjectFields;
  /** Stories under "Top stories" (every reader gets them), and per topic section (for the reader's choice). */
  topCount: number;
  sectionCounts: Record<string, number>;
  /** "5 sources": the line under the reader's own story count. */
  sourcesLabel: string;
  /** "14 stories from 5 sources". */
  editionLine: string;
  /** What the edition covers, to follow "here is what happened": "since 07:00 yesterday", "on Thursday 4 January 2024". */
  coverage: string;
  /** "07:00 Wed 5 Nov – 07:00 Thu 6 Nov 2025 (GMT)": the window in the reader's zone. */
  windowRange: string;
  /** Hidden preview text: the top headlines, shortened. */
  preheader: string;
  storyCount: number;
  hasStories: boolean;
  topStories: StoryView[];
  hasTopStories: boolean;
  sections: SectionView[];
  hasSections: boolean;
  /** The most important off-beat stories (the config's `elsewhere`; empty by default). */
  elsewhere: StoryView[];
  hasElsewhere: boolean;
  sources: SourceView[];
  okSources: SourceView[];
  failedSources: SourceView[];
  hasFailedSources: boolean;
  /** "07:02 GMT+2 on Thu 4 Jan 2024", in the reader's zone. */
  builtAt: string;
  generatedAt: string;
  topHeadline: string | null;
  archiveUrl: string | null;
  /** archiveUrl + "/YYYY-MM-DD.html": the "view online" page, when an archive URL is configured. */
  editionUrl: string | null;
}

export interface ViewOptions {
  /** Handlebars template of the subject line, e.g. "Briefing — {{dateShort}}: {{storyCount}} stories". */
  subject: string;
  archiveUrl: string | null;
  readerTimezone: string;
}

/** What a subject template may use. */
export interface SubjectFields {
  date: string;
  dateLong: string;
  dateShort: string;
  storyCount: number;
  sourceCount: number;
  failedCount: number;
  topHeadline: string;
  /** Stories after the top headline (storyCount − 1, never below 0): "… — and {{moreCount}} more". */
  moreCount: number;
}
