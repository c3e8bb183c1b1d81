import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure stages: no servers, no child processes, seconds) and `integration` (real SMTP, HTTP
// and Redis servers, child processes, Chromium). `npm test` runs both; `npm run test:unit` only the first.
const UNIT = [
  "test/architecture.test.ts",
  "test/beat.test.ts",
  "test/beat-elsewhere.test.ts",
  "test/classify.test.ts",
  "test/config.test.ts",
  "test/dates.test.ts",
  "test/day.test.ts",
  "test/digest.test.ts",
  "test/damaged-state.test.ts",
  "test/edition-window.test.ts",
  "test/fs-atomic.test.ts",
  "test/history.test.ts",
  "test/log.test.ts",
  "test/merge.test.ts",
  "test/parse.test.ts",
  "test/parse-html.test.ts",
  "test/parse-layouts.test.ts",
  "test/parse-article-forms.test.ts",
  "test/parse-home-forms.test.ts",
  "test/parse-pointers.test.ts",
  "test/parse-post-forms.test.ts",
  "test/parse-m-forms.test.ts",
  "test/parse-n-forms.test.ts",
  "test/parse-o-forms.test.ts",
  "test/parse-s-forms.test.ts",
  "test/parse-t-forms.test.ts", "test/parse-u-forms.test.ts",
  "test/parse-stamp-forms.test.ts",
  "test/parse-aq-forms.test.ts",
  "test/parse-as-forms.test.ts",
  "test/parse-au-forms.test.ts",
  "test/parse-ba-forms.test.ts",
  "test/parse-bj-forms.test.ts",
  "test/parse-bp-forms.test.ts",
  "test/parse-s38-forms.test.ts",
  "test/parse-s39-forms.test.ts",
  "test/parse-s40-forms.test.ts",
  "test/parse-s41-forms.test.ts",
  "test/parse-traps.test.ts",
  "test/render.test.ts",
  "test/select.test.ts",
  "test/send-units.test.ts",
  "test/slot.test.ts",
  "test/source-name.test.ts",
  "test/staleness.test.ts",
  "test/unit/**/*.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests that start servers and child processes share two cores: keep parallelism modest.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: UNIT } },
      { extends: true, test: { name: "integration", include: ["test/**/*.test.ts"], exclude: UNIT } },
    ],
  },
});
