/**
 * Builds the viewer test pages with Vite (production build, like the site) into a temp folder once
 * per source state, shared by the viewer test files, and serves them with the shared static server.
 * The shared glTF fixtures are linked in (never copied into the repo); generated fixtures are
 * written next to the build.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { copyDecoders } from "../../viewer/src/decoders.ts";
import { renderViewerHtml } from "../../viewer/src/render-viewer-html.ts";
import type { ScanViewerOptions } from "../../viewer/src/types.ts";
import { hasSharedFixtures, repoRoot, sharedFixtures } from "../support/paths.ts";
import { type GeneratedFixtures, writeGeneratedFixtures } from "./fixtures.ts";

const viewerSrc = join(repoRoot, "viewer", "src");
const harnessSrc = join(import.meta.dirname, "harness");

/** The config of the object page the poster-first tests open. */
export const posterPageConfig: ScanViewerOptions = {
  model: "/generated/bowl.glb",
  poster: "/poster.svg",
  alt: "Taufschale aus Messing, Demo-Rekonstruktion",
  description:
    "Eine flache Schale auf einem runden Fuß, etwa 40 cm breit. Demo-Rekonstruktion, kein echter Scan.",
  fileSize: 2_300_000,
  scale: 1,
  locale: "de",
  decoderPath: "/decoders/",
  attribution: "Digital Hub Oldenburg in Holstein",
  licence: "CC BY 4.0",
  autoRotate: false,
  annotations: [
    { title: "Rand", text: "Der breite Rand der Schale.", position: [0.2, 0.12, 0], normal: [0, 1, 0] },
    { title: "Fuß", text: "Der runde Fuß.", position: [0, 0, 0.11] },
  ],
};

const posterSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="#e9e6e1"/><ellipse cx="400" cy="330" rx="260" ry="90" fill="#b8873f"/></svg>`;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const files = [
    ...(await listFiles(viewerSrc)),
    ...(await listFiles(harnessSrc)),
    join(import.meta.dirname, "harness.ts"),
    join(import.meta.dirname, "fixtures.ts"),
    join(repoRoot, "package-lock.json"),
  ];
  for (const file of files) {
    if (file.endsWith(".test.ts")) continue;
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 16);
}

export interface Harness {
  dir: string;
  fixtures: GeneratedFixtures;
  hasShared: boolean;
}

async function waitFor(file: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!existsSync(file)) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${file} (another test file builds it)`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Builds (or reuses) the test site: index.html (mount), poster.html (poster-first), fixtures. */
export async function buildHarness(): Promise<Harness> {
  const dir = join(tmpdir(), `showroom-viewer-harness-${await sourceHash()}`);
  const done = join(dir, ".done.json");
  const lock = `${dir}.lock`;
  try {
    await mkdir(lock);
  } catch {
    // A lock older than the longest build is left over from a crashed run: take it over.
    const age = Date.now() - (await stat(lock)).mtimeMs;
    if (age < 300_000) {
      await waitFor(done, 300_000);
      return JSON.parse(await readFile(done, "utf8")) as Harness;
    }
  }
  if (existsSync(done)) {
    await rm(lock, { recursive: true, force: true });
    return JSON.parse(await readFile(done, "utf8")) as Harness;
  }
  try {
    await rm(dir, { recursive: true, force: true });
    const posterHtml = (await readFile(join(harnessSrc, "poster.html"), "utf8")).replace(
      "<!--viewer-->",
      renderViewerHtml(posterPageConfig, { includeStyles: true, posterWidth: 800, posterHeight: 600 }),
    );
    await build({
      root: harnessSrc,
      configFile: false,
      logLevel: "error",
      mode: "production",
      resolve: { alias: { "@viewer": viewerSrc } },
      plugins: [
        {
          name: "poster-page-html",
          transformIndexHtml: {
            order: "pre",
            handler: (html, context) => (context.filename.endsWith("poster.html") ? posterHtml : html),
          },
        },
      ],
      build: {
        outDir: dir,
        emptyOutDir: true,
        rollupOptions: {
          input: {
            index: join(harnessSrc, "index.html"),
            poster: join(harnessSrc, "poster.html"),
            react: join(harnessSrc, "react.html"),
          },
        },
      },
    });
    await copyDecoders(join(dir, "decoders"));
    await writeFile(join(dir, "poster.svg"), posterSvg);
    const fixtures = await writeGeneratedFixtures(join(dir, "generated"));
    const hasShared = hasSharedFixtures();
    if (hasShared) await symlink(sharedFixtures, join(dir, "shared"), "dir");
    const harness: Harness = { dir, fixtures, hasShared };
    await writeFile(done, JSON.stringify(harness));
    return harness;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Every .glb/.gltf below a folder of the shared fixtures, as paths relative to the fixtures root. */
export async function sharedModels(sub = ""): Promise<string[]> {
  const root = resolve(sharedFixtures, sub);
  if (!existsSync(root) || !(await stat(root)).isDirectory()) return [];
  return (await listFiles(root))
    .filter((file) => /\.(glb|gltf)$/i.test(file))
    .map((file) => file.slice(sharedFixtures.length + 1));
}
