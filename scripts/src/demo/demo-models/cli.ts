#!/usr/bin/env node
// Writes the procedural demo models as GLB files: `node scripts/src/demo/demo-models/cli.ts <outDir>`.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generateDemoModels } from "./index.ts";

const outDir = process.argv[2];
if (!outDir) {
  console.error(
    "Usage: node scripts/src/demo/demo-models/cli.ts <outDir>\nWrites one GLB per demo model into <outDir>.",
  );
  process.exit(2);
}
const target = resolve(outDir);
await mkdir(target, { recursive: true });
for (const model of await generateDemoModels()) {
  const file = join(target, model.fileName);
  await writeFile(file, model.glb);
  console.log(
    `${file}  ${model.triangleCount} triangles, ${(model.glb.byteLength / 1024).toFixed(0)} KiB  (${model.title.en})`,
  );
}
