import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { writePanoramaTiles } from "./tiles.ts";

const root = mkdtempSync(join(tmpdir(), "panorama-tiles-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, width: number, height: number): Promise<string> {
  const outDir = join(root, name);
  mkdirSync(join(outDir, "media"), { recursive: true });
  mkdirSync(join(outDir, "touren", "wall", "virtuell"), { recursive: true });
  writeFileSync(
    join(outDir, "touren", "wall", "virtuell", "index.html"),
    `<div data-panorama-source="/media/pano.jpg" data-panorama-tiles="/panoramas/pano/"></div>`,
  );
  return sharp({ create: { width, height, channels: 3, background: "#4477aa" } })
    .jpeg()
    .toFile(join(outDir, "media", "pano.jpg"))
    .then(() => outDir);
}

describe("the panorama tile step of the site build", () => {
  it("writes a preview and 512 px tiles for every level, and copies them from the cache the next time", async () => {
    const outDir = await site("a", 4096, 2048);
    const cacheDir = join(root, "cache");
    const first = await writePanoramaTiles({ outDir, cacheDir });
    expect(first).toMatchObject({ panoramas: 1, cut: 1 });
    const tiles = join(outDir, "panoramas", "pano");
    expect((await sharp(join(tiles, "preview.jpg")).metadata()).width).toBe(1024);
    // Level 0 is 2048 × 1024 (4 × 2 tiles), level 1 the full 4096 × 2048 (8 × 4 tiles).
    expect(existsSync(join(tiles, "0", "3_1.jpg"))).toBe(true);
    expect(existsSync(join(tiles, "1", "7_3.jpg"))).toBe(true);
    expect((await sharp(join(tiles, "1", "7_3.jpg")).metadata()).width).toBe(512);
    expect(JSON.parse(readFileSync(join(tiles, "info.json"), "utf8")).levels).toHaveLength(2);
    const again = await writePanoramaTiles({ outDir: await site("b", 4096, 2048), cacheDir });
    expect(again).toMatchObject({ panoramas: 1, cut: 0, files: first.files });
  });

  it("refuses an image that is not twice as wide as high, naming the file and the shape it needs", async () => {
    const outDir = await site("c", 3000, 2000);
    await expect(writePanoramaTiles({ outDir, cacheDir: join(root, "cache") })).rejects.toThrow(
      /3000 × 2000 pixels.*twice as wide as high/,
    );
  });
});
