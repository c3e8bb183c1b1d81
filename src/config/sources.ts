// The config file's source and topic lists, and sources given on the command line: checked into plain values.
// No environment here: loadConfig (config.ts) hands in what it read.
import { isAbsolute, resolve } from "node:path";
import { checkZone, configFail, expectInt, expectKeys, expectNumber, expectString } from "./check.ts";
import { slug } from "../parse/entry-id.ts";
import { DEFAULT_BEAT, DEFAULT_TOPICS } from "../digest/index.ts";
import { SOURCE_FORMATS, type BeatConfig, type Source, type SourceFormat, type TopicConfig } from "../types.ts";

const SOURCE_KEYS = ["name", "location", "format", "timezone", "weight", "keyPoints", "id"];
const TOPIC_KEYS = ["name", "title", "rules", "requires", "needsAct"];
const BEAT_KEYS = ["name", "party", "specific", "context", "against", "variants", "minRelevance"];

/** Sources given on the command line (`--source`): format detected, no weight. */
export function adhocSources(locations: string[], cwd = process.cwd()): Source[] {
  return locations.map((location, i) => ({
    id: `source-${i + 1}`,
    name: "",
    location: /^https?:\/\//.test(location) ? location : resolve(cwd, location),
    format: "auto",
    timezone: null,
    weight: 1,
    keyPoints: 5,
  }));
}

/** The config file's `sources`: each checked, ids slugged from names, locations resolved against `baseDir`. */
export function parseSources(value: unknown, baseDir: string, defaultKeyPoints: number): Source[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) configFail("sources", value, "make it a list of { name, location, format }");
  return value.map((raw, i) => {
    const key = `sources[${i}]`;
    if (typeof raw !== "object" || raw === null) configFail(key, raw, "make it an object with name and location");
    const item = raw as Record<string, unknown>;
    expectKeys(item, SOURCE_KEYS, key);
    const location = expectString(item.location, `${key}.location`);
    const format = (item.format ?? "auto") as SourceFormat;
    if (!SOURCE_FORMATS.includes(format)) configFail(`${key}.format`, format, `use one of ${SOURCE_FORMATS.join(", ")}`);
    const name = expectString(item.name, `${key}.name`);
    return {
      id: item.id === undefined ? slug(name) || `source-${i + 1}` : expectString(item.id, `${key}.id`),
      name,
      location: /^https?:\/\//.test(location) || isAbsolute(location) ? location : resolve(baseDir, location),
      format,
      timezone: item.timezone === undefined ? null : checkZone(item.timezone, `${key}.timezone`),
      weight: expectNumber(item.weight ?? 1, `${key}.weight`, 0, 100),
      keyPoints: expectInt(item.keyPoints ?? defaultKeyPoints, `${key}.keyPoints`, 0, 100),
    };
  });
}

/** The config file's `topics` (default: the built-in ones); one must be "other". */
export function parseTopics(value: unknown): TopicConfig[] {
  if (value === undefined) return DEFAULT_TOPICS;
  if (!Array.isArray(value) || value.length === 0) configFail("topics", value, "make it a non-empty list of { name, title, rules }");
  const topics = value.map((raw, i) => {
    const key = `topics[${i}]`;
    const item = (typeof raw === "object" && raw !== null ? raw : configFail(key, raw, "make it an object")) as Record<string, unknown>;
    expectKeys(item, TOPIC_KEYS, key);
    const rules = item.rules ?? {};
    if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
      configFail(`${key}.rules`, rules, 'make it an object of "term": weight, e.g. { "missile": 3 }');
    }
    const requires = item.requires;
    if (requires !== undefined && (!Array.isArray(requires) || requires.some((t) => typeof t !== "string" || !t.trim()))) {
      configFail(`${key}.requires`, requires, 'make it a list of terms, e.g. ["ukrain*", "russia*"]');
    }
    if (item.needsAct !== undefined && typeof item.needsAct !== "boolean") configFail(`${key}.needsAct`, item.needsAct, "make it true or false");
    return {
      name: expectString(item.name, `${key}.name`),
      title: expectString(item.title ?? item.name, `${key}.title`),
      ...(requires ? { requires: (requires as string[]).map((t) => t.trim().toLowerCase()) } : {}),
      ...(item.needsAct === true ? { needsAct: true } : {}),
      rules: Object.entries(rules).map(([term, weight]) => ({
        term: term.toLowerCase(),
        weight: expectNumber(weight, `${key}.rules["${term}"]`, -100, 100),
      })),
    };
  });
  if (!topics.some((t) => t.name === "other")) {
    configFail("topics", topics.map((t) => t.name).join(","), 'add a topic named "other" (it catches what no rule claims)');
  }
  return topics;
}

/** The config file's `beat` (default: the Russia–Ukraine war); each key given replaces the default's, the rest stay. */
export function parseBeat(value: unknown): BeatConfig {
  if (value === undefined) return DEFAULT_BEAT;
  if (typeof value !== "object" || value === null || Array.isArray(value)) configFail("beat", value, 'make it an object, e.g. { "specific": ["kharkiv"], "variants": { "kharkov": "kharkiv" } }');
  const item = value as Record<string, unknown>;
  expectKeys(item, BEAT_KEYS, "beat");
  const terms = (key: "party" | "specific" | "context" | "against"): string[] => {
    const list = item[key];
    if (list === undefined) return DEFAULT_BEAT[key];
    if (!Array.isArray(list) || list.some((t) => typeof t !== "string" || !t.trim())) configFail(`beat.${key}`, list, 'make it a list of terms, e.g. ["ukrain*", "kyiv"]');
    return (list as string[]).map((t) => t.trim().toLowerCase());
  };
  const variants = item.variants ?? DEFAULT_BEAT.variants;
  if (typeof variants !== "object" || variants === null || Array.isArray(variants) || Object.values(variants).some((v) => typeof v !== "string" || !v.trim())) {
    configFail("beat.variants", variants, 'make it an object of "variant": "form", e.g. { "kharkov": "kharkiv" }');
  }
  return {
    name: item.name === undefined ? DEFAULT_BEAT.name : expectString(item.name, "beat.name"),
    party: terms("party"), specific: terms("specific"), context: terms("context"), against: terms("against"),
    variants: Object.fromEntries(Object.entries(variants as Record<string, string>).map(([k, v]) => [k.trim().toLowerCase(), v.trim()])),
    minRelevance: expectNumber(item.minRelevance ?? DEFAULT_BEAT.minRelevance, "beat.minRelevance", 0, 10),
  };
}
