/**
 * `npm run bench -- iiif`: what IIIF costs.
 * - The manifests of 10,000 generated items (BENCH_ITEMS to change it), their collection, built and
 *   serialised: seconds (the budget is 30 s for LIDO and IIIF together; IIIF gets half).
 * - The level-0 tiles of the demo content, as the site build cuts them (same function): seconds with
 *   an empty tile cache (a first build) and with a warm one (every later build), bytes and files
 *   added to the site, against the bytes of the images themselves.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { snapshotContentSource } from "@showroom/content-types/content-source";
import {
  allObjectsCollection,
  itemManifest,
  referenceOf,
} from "@showroom/content-types/open-data/iiif/index.ts";
import { iiifImageServicePath } from "@showroom/content-types/url-scheme";
import { folderSize } from "@showroom/site/folder-size";
import { writeIiifTiles } from "@showroom/site/iiif-tiles";
import sharp from "sharp";
import { exportIiif } from "../../staff/export/iiif-export.ts";
import { GENERATED_IIIF_CONTEXT, generatedIiifItems } from "../fixtures/iiif-items.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const items = Number(process.env.BENCH_ITEMS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), "showroom-iiif-bench-"));

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

try {
  // 1. Manifests for many items.
  const inputs = generatedIiifItems(items);
  const started = performance.now();
  let bytes = 0;
  const references = [];
  for (const input of inputs) {
    const manifest = itemManifest(input, GENERATED_IIIF_CONTEXT);
    bytes += JSON.stringify(manifest).length;
    references.push(referenceOf(manifest));
  }
  bytes += JSON.stringify(allObjectsCollection(references, [], GENERATED_IIIF_CONTEXT)).length;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `IIIF manifests for ${items} items and their collection: ${seconds.toFixed(2)} s, ${mb(bytes)} MB of JSON`,
  );
  if (items === 10_000) checkBudget("IIIF manifests + collection, 10,000 items", seconds, 15, "s");

  // 2. Tiles of the demo content.
  const { ensureDemoSnapshot } = await import("../../staff/snapshot/demo-snapshot.ts");
  const snapshot = await ensureDemoSnapshot();
  const source = snapshotContentSource(snapshot);
  const outDir = join(work, "demo");
  const tileCacheDir = join(work, "tile-cache");
  const options = { outDir, siteUrl: "https://showroom.example", tileCacheDir };
  const cold = (await exportIiif(source, options)).tiles;
  const warm = (await exportIiif(source, options)).tiles;
  const images = folderSize(join(outDir, "media"));
  const manifests = folderSize(join(outDir, "iiif")).bytes - cold.bytes;
  console.log(
    `IIIF of the demo: ${cold.images} images, tiles ${mb(cold.bytes)} MB in ${cold.files} files for ${mb(images.bytes)} MB of painted images; manifests and collections ${(manifests / 1024).toFixed(0)} KB`,
  );
  console.log(
    `  build time added by the tiles: ${(cold.ms / 1000).toFixed(2)} s with an empty tile cache, ${(warm.ms / 1000).toFixed(2)} s with a warm one`,
  );

  // 3. One photo as staff upload them (4000 × 3000, noisy: a hard case for JPEG).
  const photoDir = join(work, "photo");
  const photo = join(photoDir, "media", "photo.jpg");
  mkdirSync(dirname(photo), { recursive: true });
  await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#777",
      noise: { type: "gaussian", mean: 128, sigma: 20 },
    },
  })
    .jpeg({ quality: 85 })
    .toFile(photo);
  const manifestDir = join(photoDir, "iiif", "photo");
  mkdirSync(manifestDir, { recursive: true });
  const base = "https://showroom.example";
  writeFileSync(
    join(manifestDir, "manifest.json"),
    JSON.stringify({
      items: [
        {
          items: [
            {
              items: [
                {
                  body: {
                    id: `${base}/media/photo.jpg`,
                    service: [{ id: `${base}${iiifImageServicePath("photo")}`, type: "ImageService3" }],
                  },
                },
              ],
            },
          ],
        },
      ],
    }),
  );
  const photoTiles = await writeIiifTiles({
    outDir: photoDir,
    baseUrl: base,
    cacheDir: join(work, "photo-cache"),
  });
  console.log(
    `  one 4000 × 3000 photo (${mb(statSync(photo).size)} MB): ${(photoTiles.ms / 1000).toFixed(2)} s, ${mb(photoTiles.bytes)} MB in ${photoTiles.files} files`,
  );
  checkBudget("IIIF tiles of one 4000 × 3000 photo", photoTiles.ms / 1000, 10, "s");
  checkBudget("IIIF tiles of the demo, empty cache", cold.ms / 1000, 30, "s");
  checkBudget("IIIF tiles of the demo, bytes", cold.bytes / 1024 / 1024, 20, "MB");
} finally {
  rmSync(work, { recursive: true, force: true });
}
reportBudgets();
