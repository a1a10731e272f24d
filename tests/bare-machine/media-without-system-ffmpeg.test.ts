/**
 * A bare machine has Node and npm, no Debian ffmpeg: the demo's media (audio guides, HLS streams)
 * must come from the ffmpeg that `npm install` brought. The generators run in a child process whose
 * PATH holds only Node's folder, so no system ffmpeg can be picked up.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths.ts";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "showroom-bare-ffmpeg-"));
const nodeOnlyPath = dirname(process.execPath);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs an ES module snippet with PATH = Node's folder only; returns its stdout. */
async function runWithoutSystemFfmpeg(code: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: nodeOnlyPath };
  delete env.FFMPEG_PATH;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code], {
    cwd: repoRoot,
    env,
    maxBuffer: 1 << 24,
  });
  return stdout;
}

/** Length of an ID3v2 tag: 10 header bytes plus a 28-bit "syncsafe" size. */
function id3Size(bytes: Buffer): number {
  const size = bytes.subarray(6, 10).reduce((sum, byte) => (sum << 7) | (byte & 0x7f), 0);
  return 10 + size;
}

const moduleUrl = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);

describe("the demo media on a machine without a system ffmpeg", () => {
  it("finds no ffmpeg on the PATH the generators get", () => {
    expect(existsSync(join(nodeOnlyPath, "ffmpeg"))).toBe(false);
  });

  it("renders an audio guide as MP3 with the ffmpeg from npm", async () => {
    const out = join(work, "guide.mp3");
    await runWithoutSystemFfmpeg(`
      import { writeFileSync } from "node:fs";
      const { renderAudioGuide } = await import(${moduleUrl("scripts/src/demo/media/audio-guide.ts")});
      writeFileSync(${JSON.stringify(out)}, await renderAudioGuide());
    `);
    const mp3 = readFileSync(out);
    // An ID3 tag or straight away an MPEG audio frame sync (0xFFE), then frames of a 4 s chime.
    expect(mp3.length).toBeGreaterThan(10_000);
    const start = mp3.subarray(0, 3).toString("latin1") === "ID3" ? id3Size(mp3) : 0;
    expect(mp3[start]).toBe(0xff);
    expect((mp3[start + 1] ?? 0) & 0xe0).toBe(0xe0);
  }, 60_000);

  it("encodes an HLS stream with a poster (H.264 and AAC) with the ffmpeg from npm", async () => {
    const outDir = join(work, "stream");
    await runWithoutSystemFfmpeg(`
      const { ENCODE_HLS_DEFAULTS, encodeHls, writePoster } = await import(${moduleUrl("scripts/src/demo/hls/ffmpeg-hls.ts")});
      await encodeHls({ ...ENCODE_HLS_DEFAULTS, outDir: ${JSON.stringify(outDir)}, durationSeconds: 4 });
      await writePoster(${JSON.stringify(join(outDir, "poster.jpg"))}, "testsrc");
    `);
    const master = readFileSync(join(outDir, "master.m3u8"), "utf8");
    expect(master).toMatch(/CODECS="avc1\.[0-9a-f]+,mp4a\.40\.2"/);
    expect(readdirSync(join(outDir, "360p")).filter((name) => name.endsWith(".ts")).length).toBe(2);
    expect(readFileSync(join(outDir, "poster.jpg")).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  }, 120_000);
});
