/**
 * The bare-machine path of `npm test`, `npm start` and `.ci/run`: a missing system tool is installed
 * (as root: the apt command, shown here as a dry run) or named in one line with the command to run,
 * and the suites that need it fail with that line instead of passing silently.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { TEST_TOOLS } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { ensureTestTools } from "../support/ensure-system-tools.ts";
import { repoRoot } from "../support/paths.ts";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "showroom-bare-tools-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A PATH with Node and apt-get only: what a bare Debian machine with Node offers. */
const barePath = (() => {
  const dir = join(work, "bin");
  mkdirSync(dir);
  symlinkSync("/bin/true", join(dir, "apt-get"));
  return `${dirname(process.execPath)}:${dir}`;
})();
const bareEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: barePath };
  delete env.CHROMIUM_PATH;
  return env;
};

async function toolsCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(
    process.execPath,
    [join(repoRoot, "scripts", "src", "shared", "system-tools", "cli.ts"), ...args],
    {
      env: bareEnv(),
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

const CHROMIUM_LINE =
  "chromium not found (needed for browser tests and scan posters): run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)";

describe("the system tools command (.ci/run) on a bare machine", () => {
  it("names each missing tool in one line with the command to run, and fails, without root", async () => {
    const { code, stderr } = await toolsCli("--for", "tests", "--simulate", "user");
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toContain(CHROMIUM_LINE);
    expect(lines).toContain(
      "zbarimg not found (needed for QR sign tests): run `sudo apt-get install -y zbar-tools`",
    );
    expect(lines).toContain(
      "pdftoppm not found (needed for QR sign tests): run `sudo apt-get install -y poppler-utils`",
    );
  });

  it("installs them with one apt-get as root (dry run)", async () => {
    const { code, stdout, stderr } = await toolsCli("--for", "tests", "--simulate", "root", "--dry-run");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("would run: apt-get update -qq\n");
    expect(stdout).toMatch(
      /would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium zbar-tools poppler-utils( postgresql)? espeak-ng\n/,
    );
  });

  it("is what .ci/run uses, so CI installs exactly what npm test checks", () => {
    const ci = readFileSync(join(repoRoot, ".ci", "run"), "utf8");
    expect(ci).toContain("node scripts/src/shared/system-tools/cli.ts --for tests");
    expect(ci).not.toMatch(/apt-get install/);
    const config = readFileSync(join(repoRoot, "vitest.config.ts"), "utf8");
    expect(config).toContain('globalSetup: ["./tests/support/ensure-system-tools.ts"]');
    expect(TEST_TOOLS).toEqual(["chromium", "zbarimg", "pdftoppm", "postgres", "espeak"]);
  });
});

describe("npm test on a bare machine", () => {
  it("prints one line per missing tool and says the suites that need it fail", () => {
    const lines = ensureTestTools({
      env: bareEnv(),
      rights: { isRoot: false, hasSudo: false, hasApt: true },
      extraDirs: false,
    });
    expect(lines).toEqual([
      `system tools: ${CHROMIUM_LINE}; the suites that need it fail`,
      "system tools: zbarimg not found (needed for QR sign tests): run `sudo apt-get install -y zbar-tools`; the suites that need it fail",
      "system tools: pdftoppm not found (needed for QR sign tests): run `sudo apt-get install -y poppler-utils`; the suites that need it fail",
      "system tools: initdb, pg_ctl not found (needed for the CMS tests on PostgreSQL): run `sudo apt-get install -y postgresql`; the suites that need it fail",
      "system tools: espeak-ng not found (needed for the spoken demo audio guides): run `sudo apt-get install -y espeak-ng`; the suites that need it fail",
    ]);
  });

  it("installs the missing tools as root instead (dry run)", () => {
    const lines = ensureTestTools({
      env: bareEnv(),
      rights: { isRoot: true, hasSudo: false, hasApt: true },
      extraDirs: false,
      dryRun: true,
    });
    expect(lines[0]).toBe(
      "system tools: installing Debian packages: chromium zbar-tools poppler-utils postgresql espeak-ng (dry run)",
    );
  });

  it("fails a browser suite with that line when Chromium is missing", async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(work, "no-chromium-here");
    try {
      await expect(launchBrowser()).rejects.toThrow(
        "chromium not found (needed for browser tests and scan posters): run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)",
      );
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});
