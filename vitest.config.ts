import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests that start servers and child processes share two cores: keep parallelism modest.
    maxWorkers: 2,
  },
});
