import { defineConfig } from "vitest/config";

/**
 * Unit tests sit next to the code they test and need nothing but Node: no Strapi boot, no Astro
 * build, no Chromium, no system tools. `npm run test:unit` runs them in seconds.
 */
const UNIT_TESTS = [
  "content-types/**/*.test.ts",
  "viewer/src/**/*.test.ts",
  "site/src/**/*.test.ts",
  "scripts/src/**/*.test.ts",
  "cms/src/**/*.test.ts",
];

/** Everything that boots Strapi, builds the site or the viewer, or drives Chromium. */
const INTEGRATION_TESTS = ["tests/**/*.test.ts", "viewer/bench/**/*.test.ts"];

// `npm test` runs both projects. Threads, not forks: Strapi booted in-process needs them.
export default defineConfig({
  test: {
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: "integration",
          include: INTEGRATION_TESTS,
          // A bare machine: installs (as root) or names the system tools the suites need.
          globalSetup: ["./tests/support/ensure-system-tools.ts"],
          // Browser checks poll the page; vitest's default of one second failed in CI when both
          // cores were busy building (a React update after a click took longer than that).
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
