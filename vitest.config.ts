import { defineConfig } from "vitest/config";

// One run for every test in the repo. Threads, not forks: Strapi booted in-process needs them.
export default defineConfig({
  test: {
    include: [
      "content-types/**/*.test.ts",
      "viewer/**/*.test.ts",
      "site/src/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // A bare machine: installs (as root) or names the system tools the suites need.
    globalSetup: ["./tests/support/ensure-system-tools.ts"],
  },
});
