/**
 * The viewer harness of the tests: the shared harness build (scripts/src/dev/viewer) with the
 * generated test fixtures of this folder and the shared glTF fixtures linked in.
 */
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  buildHarness as buildViewerHarness,
  type Harness as ViewerHarness,
} from "@showroom/scripts/dev/viewer/viewer-harness.ts";
import { sharedFixtures } from "../support/paths.ts";
import { type GeneratedFixtures, writeGeneratedFixtures } from "./fixtures.ts";

export { posterPageConfig } from "@showroom/scripts/dev/viewer/viewer-harness.ts";

export type Harness = ViewerHarness<GeneratedFixtures>;

/** Builds (or reuses) the harness site with the generated fixtures and the shared ones. */
export function buildHarness(): Promise<Harness> {
  return buildViewerHarness({
    writeFixtures: writeGeneratedFixtures,
    fixtureSources: [join(import.meta.dirname, "fixtures.ts")],
    sharedFixtures,
  });
}

/** Every .glb/.gltf below a folder of the shared fixtures, as paths relative to the fixtures root. */
export async function sharedModels(sub = ""): Promise<string[]> {
  const root = resolve(sharedFixtures, sub);
  if (!existsSync(root) || !(await stat(root)).isDirectory()) return [];
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(glb|gltf)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(sharedFixtures.length + 1))
    .sort();
}
