/**
 * Builds the viewer harness pages with Vite (production build, like the site) into a temp folder
 * once per source state, shared by the viewer tests and the load bench. The caller may add
 * generated fixtures (written next to the build, and part of the cache key) and a folder of shared
 * glTF fixtures (linked in, never copied into the repo).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { copyDecoders } from "@showroom/viewer/decoders.ts";
import { renderViewerHtml } from "@showroom/viewer/render-viewer-html.ts";
import type { ScanViewerOptions } from "@showroom/viewer/types.ts";
import { build } from "vite";
import { repoRoot } from "../paths.ts";

// The viewer's sources, found through its package (part of the cache key, read and never loaded).
const viewerSrc = dirname(createRequire(import.meta.url).resolve("@showroom/viewer/types.ts"));
const harnessSrc = join(import.meta.dirname, "harness-pages");

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

async function sourceHash(extraSources: string[], salt: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(salt);
  const files = [
    ...(await listFiles(viewerSrc)),
    ...(await listFiles(harnessSrc)),
    join(import.meta.dirname, "viewer-harness.ts"),
    ...extraSources,
    join(repoRoot, "package-lock.json"),
  ];
  for (const file of files) {
    if (file.endsWith(".test.ts")) continue;
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** What the caller adds to the build: generated fixtures and a folder of shared fixtures. */
export interface HarnessExtras<Fixtures> {
  /** Writes generated fixtures into `dir` (served at /generated/) and describes them. */
  writeFixtures: (dir: string) => Promise<Fixtures>;
  /** The files `writeFixtures` depends on; they are part of the cache key. */
  fixtureSources: string[];
  /** A folder linked in as /shared/ when it exists (never copied). */
  sharedFixtures?: string;
}

export interface Harness<Fixtures = undefined> {
  dir: string;
  fixtures: Fixtures;
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

/**
 * Builds (or reuses) the harness site: index.html (mount), poster.html (poster-first), react.html,
 * plus the caller's fixtures. Without extras (the load bench) it gets its own cached folder.
 */
export async function buildHarness(): Promise<Harness>;
export async function buildHarness<Fixtures>(extras: HarnessExtras<Fixtures>): Promise<Harness<Fixtures>>;
export async function buildHarness<Fixtures>(
  extras?: HarnessExtras<Fixtures>,
): Promise<Harness<Fixtures | undefined>> {
  type Built = Harness<Fixtures | undefined>;
  const flavour = extras ? "fixtures" : "plain";
  const hash = await sourceHash(extras?.fixtureSources ?? [], extras?.sharedFixtures ?? "");
  const dir = join(tmpdir(), `showroom-viewer-harness-${flavour}-${hash}`);
  const done = join(dir, ".done.json");
  const lock = `${dir}.lock`;
  try {
    await mkdir(lock);
  } catch {
    // A lock older than the longest build is left over from a crashed run: take it over.
    const age = Date.now() - (await stat(lock)).mtimeMs;
    if (age < 300_000) {
      await waitFor(done, 300_000);
      return JSON.parse(await readFile(done, "utf8")) as Built;
    }
  }
  if (existsSync(done)) {
    await rm(lock, { recursive: true, force: true });
    return JSON.parse(await readFile(done, "utf8")) as Built;
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
    const fixtures = extras ? await extras.writeFixtures(join(dir, "generated")) : undefined;
    const shared = extras?.sharedFixtures;
    const hasShared = shared !== undefined && existsSync(shared);
    if (hasShared) await symlink(shared, join(dir, "shared"), "dir");
    const harness: Built = { dir, fixtures, hasShared };
    await writeFile(done, JSON.stringify(harness));
    return harness;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
