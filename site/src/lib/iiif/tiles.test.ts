import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { writeIiifTiles } from "./tiles.ts";

const BASE = "https://showroom.example";
const work = mkdtempSync(join(tmpdir(), "iiif-tiles-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site with one manifest painting `media/<name>.png` (width × height) with its service. */
async function builtSite(name: string, width: number, height: number, hue = 120): Promise<string> {
  const outDir = join(work, `${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(outDir, "media"), { recursive: true });
  mkdirSync(join(outDir, "iiif", "item"), { recursive: true });
  await sharp({ create: { width, height, channels: 4, background: { r: hue, g: 80, b: 40, alpha: 0.5 } } })
    .png()
    .toFile(join(outDir, "media", `${name}.png`));
  const body = {
    id: `${BASE}/media/${name}.png`,
    service: [{ id: `${BASE}/iiif/images/${name}`, type: "ImageService3" }],
  };
  writeFileSync(
    join(outDir, "iiif", "item", "manifest.json"),
    JSON.stringify({ items: [{ items: [{ items: [{ body }] }] }] }),
  );
  return outDir;
}

describe("the IIIF tiles of the site build", () => {
  const cacheDir = join(work, "cache");

  it("writes info.json with the public service id, its sizes, and tiles in the sizes their paths name", async () => {
    const outDir = await builtSite("wall_1a", 1001, 701);
    const report = await writeIiifTiles({ outDir, baseUrl: `${BASE}/`, cacheDir });
    expect(report).toMatchObject({ images: 1, cut: 1 });
    const service = join(outDir, "iiif", "images", "wall_1a");
    const info = JSON.parse(readFileSync(join(service, "info.json"), "utf8"));
    expect(info).toMatchObject({
      "@context": "http://iiif.io/api/image/3/context.json",
      id: `${BASE}/iiif/images/wall_1a`,
      type: "ImageService3",
      profile: "level0",
      width: 1001,
      height: 701,
      tiles: [{ width: 512, scaleFactors: [1, 2] }],
      sizes: [{ width: 501, height: 351 }],
    });
    const corner = await sharp(join(service, "512,512,489,189", "489,189", "0", "default.jpg")).metadata();
    expect([corner.width, corner.height, corner.format]).toEqual([489, 189, "jpeg"]);
  });

  it("copies the tiles of an image it cut before from the cache, and cuts a changed image anew", async () => {
    const again = await writeIiifTiles({
      outDir: await builtSite("wall_1a", 1001, 701),
      baseUrl: BASE,
      cacheDir,
    });
    expect(again).toMatchObject({ images: 1, cut: 0 });
    const changed = await writeIiifTiles({
      outDir: await builtSite("wall_1a", 1001, 701, 200),
      baseUrl: BASE,
      cacheDir,
    });
    expect(changed).toMatchObject({ images: 1, cut: 1 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("refuses a painted image outside the site's address, naming the manifest", async () => {
    const outDir = await builtSite("x", 10, 10);
    await expect(writeIiifTiles({ outDir, baseUrl: "https://other.example", cacheDir })).rejects.toThrow(
      /manifest\.json: https:\/\/showroom\.example\/media\/x\.png is not below the site address https:\/\/other\.example/,
    );
  });
});
