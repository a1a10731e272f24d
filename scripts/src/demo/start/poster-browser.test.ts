import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { posterBrowserEnv } from "./poster-browser.ts";

const work = mkdtempSync(join(tmpdir(), "showroom-poster-browser-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bare = join(work, "bare");
mkdirSync(bare);
symlinkSync(process.execPath, join(bare, "node"));

describe("npm start on a machine without Chromium", () => {
  it("starts with posters off and one line naming the command, when it may not install", () => {
    const lines: string[] = [];
    const env = posterBrowserEnv({
      env: { PATH: bare },
      rights: { isRoot: false, hasSudo: false, hasApt: true },
      log: (line) => lines.push(line),
    });
    expect(env).toEqual({ SCAN_POSTER: "false" });
    expect(lines).toEqual([
      "posters: chromium not found (needed for browser tests and scan posters): run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH); until then the CMS makes no posters for uploaded scans (SCAN_POSTER=false)",
    ]);
  });

  it("installs Chromium with apt as root (dry run)", () => {
    const lines: string[] = [];
    posterBrowserEnv({
      env: { PATH: bare },
      rights: { isRoot: true, hasSudo: false, hasApt: true },
      dryRun: true,
      log: (line) => lines.push(line),
    });
    expect(lines[0]).toBe("posters: installing Debian packages: chromium (dry run)");
  });

  it("hands the CMS the Chromium it found", () => {
    const dir = join(work, "with-chromium");
    mkdirSync(dir);
    writeFileSync(join(dir, "chromium"), "#!/bin/sh\n");
    chmodSync(join(dir, "chromium"), 0o755);
    expect(posterBrowserEnv({ env: { PATH: dir }, log: () => {} })).toEqual({
      CHROMIUM_PATH: join(dir, "chromium"),
    });
  });

  it("looks for nothing when posters are off already", () => {
    expect(posterBrowserEnv({ env: { PATH: bare, SCAN_POSTER: "false" }, log: () => {} })).toEqual({});
  });
});
