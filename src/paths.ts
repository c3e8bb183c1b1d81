// Where the project's own files live (the shipped samples and templates), found from this file's location.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (the one holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The samples' config: the sources used when none are configured. */
export const SAMPLES_CONFIG = resolve(PROJECT_ROOT, "samples/samples.config.json");
/** The templates shipped with the project. */
export const TEMPLATES_DIR = resolve(PROJECT_ROOT, "templates");
