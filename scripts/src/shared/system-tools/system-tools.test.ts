import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ffmpegPath } from "./ffmpeg-path.ts";
import { parseFfmpegInfo } from "./probe-media.ts";
import {
  aptCommands,
  ensureSystemTools,
  findSystemTool,
  missingToolLine,
  requireSystemTool,
} from "./system-tools.ts";

const work = mkdtempSync(join(tmpdir(), "showroom-tools-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding fake executables of these names. */
function binDir(name: string, programs: string[]): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const program of programs) {
    writeFileSync(join(dir, program), "#!/bin/sh\nexit 0\n");
    chmodSync(join(dir, program), 0o755);
  }
  return dir;
}

const empty = binDir("empty", []);
const withApt = binDir("apt", ["apt-get"]);
const nonRoot = { isRoot: false, hasSudo: false, hasApt: true };

describe("finding system tools", () => {
  it("finds a tool on PATH and nothing on a PATH without it", () => {
    const dir = binDir("zbar", ["zbarimg"]);
    expect(findSystemTool("zbarimg", { env: { PATH: dir } })).toBe(join(dir, "zbarimg"));
    expect(findSystemTool("zbarimg", { env: { PATH: empty } })).toBeUndefined();
  });

  it("takes CHROMIUM_PATH over PATH, and reports a CHROMIUM_PATH that is no program as missing", () => {
    const dir = binDir("chrome-elsewhere", ["my-chromium"]);
    const onPath = binDir("chrome-on-path", ["chromium"]);
    const env = { PATH: onPath, CHROMIUM_PATH: join(dir, "my-chromium") };
    expect(findSystemTool("chromium", { env })).toBe(join(dir, "my-chromium"));
    expect(findSystemTool("chromium", { env: { ...env, CHROMIUM_PATH: join(dir, "nope") } })).toBeUndefined();
  });

  it("needs initdb and pg_ctl in the same folder for PostgreSQL", () => {
    const half = binDir("pg-half", ["initdb"]);
    const whole = binDir("pg-whole", ["initdb", "pg_ctl"]);
    const env = { PATH: half };
    const found = findSystemTool("postgres", { env });
    // /usr/local/bin or /usr/lib/postgresql/*/bin of this machine may hold a real one; never the half.
    expect(found?.startsWith(half)).not.toBe(true);
    expect(findSystemTool("postgres", { env: { PATH: `${half}:${whole}` } })).toBe(join(whole, "initdb"));
  });
});

describe("a missing tool without root", () => {
  it("names the one command to run, in one line", () => {
    const result = ensureSystemTools(["chromium", "zbarimg"], {
      env: { PATH: empty },
      rights: nonRoot,
    });
    expect(result.commands).toEqual([]);
    expect([...result.missing.values()]).toEqual([
      "chromium not found (needed for browser tests and scan posters): run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)",
      "zbarimg not found (needed for QR sign tests): run `sudo apt-get install -y zbar-tools`",
    ]);
    for (const line of result.missing.values()) expect(line).not.toContain("\n");
  });

  it("says to use the system's package manager where there is no apt-get", () => {
    expect(missingToolLine("pdftoppm", false)).toBe(
      "pdftoppm not found (needed for QR sign tests): install the package that provides pdftoppm with your system's package manager",
    );
  });

  it("fails code that needs the tool with that same line", () => {
    expect(() => requireSystemTool("zbarimg", { PATH: withApt })).toThrow(
      "zbarimg not found (needed for QR sign tests): run `sudo apt-get install -y zbar-tools`",
    );
  });
});

describe("a missing tool with root or passwordless sudo", () => {
  it("installs every missing package with one apt-get run as root (dry run)", () => {
    const logged: string[] = [];
    const result = ensureSystemTools(["chromium", "zbarimg", "pdftoppm", "postgres"], {
      env: { PATH: empty },
      rights: { isRoot: true, hasSudo: false, hasApt: true },
      dryRun: true,
      extraDirs: false,
      log: (line) => logged.push(line),
    });
    expect(result.commands.map((command) => command.join(" "))).toEqual([
      "apt-get update -qq",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium zbar-tools poppler-utils postgresql",
    ]);
    expect(logged).toEqual([
      "installing Debian packages: chromium zbar-tools poppler-utils postgresql (dry run)",
    ]);
  });

  it("prefixes sudo -n when not root but sudo needs no password", () => {
    expect(
      aptCommands(["chromium"], { isRoot: false, hasSudo: true, hasApt: true })?.[1]?.slice(0, 3),
    ).toEqual(["sudo", "-n", "env"]);
    expect(aptCommands(["chromium"], nonRoot)).toBeUndefined();
    expect(aptCommands(["chromium"], { isRoot: true, hasSudo: false, hasApt: false })).toBeUndefined();
  });

  it("installs nothing when every tool is there", () => {
    const dir = binDir("all", ["zbarimg", "pdftoppm"]);
    const result = ensureSystemTools(["zbarimg", "pdftoppm"], {
      env: { PATH: dir },
      rights: { isRoot: true, hasSudo: false, hasApt: true },
      dryRun: true,
    });
    expect(result.commands).toEqual([]);
    expect(result.missing.size).toBe(0);
  });
});

describe("ffmpeg", () => {
  it("takes FFMPEG_PATH first, then the npm binary, then one on PATH", () => {
    const own = binDir("own-ffmpeg", ["ffmpeg"]);
    const packaged = binDir("packaged-ffmpeg", ["ffmpeg"]);
    const system = binDir("system-ffmpeg", ["ffmpeg"]);
    const fromNpm = () => join(packaged, "ffmpeg");
    expect(
      ffmpegPath({ env: { FFMPEG_PATH: join(own, "ffmpeg"), PATH: system }, packagedBinary: fromNpm }),
    ).toBe(join(own, "ffmpeg"));
    expect(ffmpegPath({ env: { PATH: system }, packagedBinary: fromNpm })).toBe(join(packaged, "ffmpeg"));
    expect(ffmpegPath({ env: { PATH: system }, packagedBinary: () => undefined })).toBe(
      join(system, "ffmpeg"),
    );
  });

  it("uses the npm package's binary on this machine", () => {
    expect(ffmpegPath({ env: { PATH: empty } })).toMatch(/@ffmpeg-installer[\\/][^\\/]+[\\/]ffmpeg$/);
  });

  it("says what to do when there is no ffmpeg at all, or FFMPEG_PATH names none", () => {
    expect(() => ffmpegPath({ env: { PATH: empty }, packagedBinary: () => undefined })).toThrow(
      /^ffmpeg not found: .*run `sudo apt-get install -y ffmpeg` or set FFMPEG_PATH\.$/,
    );
    expect(() => ffmpegPath({ env: { FFMPEG_PATH: join(empty, "ffmpeg") } })).toThrow(/FFMPEG_PATH is ".*"/);
  });

  it("reads container, duration, codecs and picture size from ffmpeg's description", () => {
    const info = parseFfmpegInfo(
      [
        "Input #0, mpegts, from 'seg_000.ts':",
        "  Duration: 00:00:02.02, start: 1.458667, bitrate: 302 kb/s",
        "    Stream #0:0[0x100]: Video: h264 (Main) ([27][0][0][0] / 0x001B), yuv420p(progressive), 426x240 [SAR 1:1 DAR 71:40], 25 fps",
        "    Stream #0:1[0x101]: Audio: aac (LC) ([15][0][0][0] / 0x000F), 48000 Hz, stereo, fltp, 82 kb/s",
      ].join("\n"),
    );
    expect(info).toEqual({
      format: "mpegts",
      durationSeconds: 2.02,
      streams: [
        { codec_type: "video", codec_name: "h264", width: 426, height: 240 },
        { codec_type: "audio", codec_name: "aac" },
      ],
    });
  });
});
