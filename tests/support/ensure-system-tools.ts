/**
 * Vitest global setup: `npm test` on a bare machine. Finds the system tools the suites need
 * (Chromium, zbar, poppler, PostgreSQL server binaries), installs the missing ones with apt when
 * running as root or with passwordless sudo, and otherwise prints one line per missing tool naming
 * the command to run. The suites that need a missing tool then fail with that same line (see
 * scripts/src/dev/browser.ts, postgres.ts); SHOWROOM_ALLOW_MISSING_TOOLS=1 lets the PostgreSQL suites
 * skip instead.
 */
import {
  ALLOW_MISSING_TOOLS_VARIABLE,
  type EnsureSystemToolsOptions,
  ensureSystemTools,
  missingToolsAllowed,
  TEST_TOOLS,
} from "../../scripts/src/shared/system-tools/system-tools.ts";

/** The lines the test run prints about system tools (installs first where it may). */
export function ensureTestTools(options: Partial<EnsureSystemToolsOptions> = {}): string[] {
  const lines: string[] = [];
  const result = ensureSystemTools(TEST_TOOLS, {
    ...options,
    log: (line) => lines.push(`system tools: ${line}`),
  });
  const consequence = missingToolsAllowed(options.env)
    ? `${ALLOW_MISSING_TOOLS_VARIABLE}=1: suites that can, skip`
    : "the suites that need it fail";
  for (const line of result.missing.values()) lines.push(`system tools: ${line}; ${consequence}`);
  return lines;
}

export default function setup(): void {
  for (const line of ensureTestTools()) console.warn(line);
}
