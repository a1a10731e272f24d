/**
 * IIIF in the built site (fixture snapshot): every manifest and collection the build writes
 * validates (iiif-checks.ts), every image service's info.json is an ImageService3 level0 whose
 * tiles exist with the pixel sizes their URLs name, the security headers give /iiif/ CORS in the
 * module, the three static-host files and the site server (and /media/, whose files manifests and
 * LIDO records link), and a viewer on another origin can fetch a manifest, its info.json, a tile
 * computed from it and the 3D model it links in Chromium.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Image } from "@allmaps/iiif-parser";
import { iiifCollectionPath, iiifManifestPath, lidoRecordPath } from "@showroom/content-types/url-scheme";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { type SiteServer, startSiteServer } from "../../scripts/src/host/publish/site-server.ts";
import { securityHeaders } from "../../site/src/lib/security/headers.ts";
import { collectionProblems, manifestProblems } from "./iiif-checks.ts";

const LIDO_ROUTES = join(import.meta.dirname, "..", "..", "site", "src", "pages", "lido");
/** The address the test build mints ids under (the site build's default PUBLIC_SITE_URL). */
const BASE = "http://localhost:4321";

type Json = Record<string, unknown>;
let dist = "";
let releasesDir = "";
let worker: RebuildWorker | undefined;
let site: SiteServer | undefined;
let outsider: StaticServer | undefined;

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;
const distFile = (url: string) => join(dist, url.slice(BASE.length));
/** The painted image of a canvas (one annotation page with one painting annotation). */
function paintedBody(canvas: Json): Json {
  const page = (canvas.items as Json[])[0] ?? {};
  return ((page.items as Json[])[0]?.body ?? {}) as Json;
}

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
}, 600_000);

afterAll(async () => {
  await site?.close();
  await outsider?.close();
  await worker?.close();
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true });
});

describe("IIIF in the built site", () => {
  it("writes a manifest per published item with an image, and collections, that validate", () => {
    const files = filesBelow(join(dist, "iiif")).filter(
      (file) => !file.includes(`${join("iiif", "images")}`),
    );
    const manifests = files.filter((file) => file.endsWith("manifest.json"));
    const collections = files.filter((file) => file.endsWith("collection.json"));
    expect(manifests.length).toBeGreaterThanOrEqual(5);
    expect(existsSync(join(dist, iiifManifestPath("fundstueck-1")))).toBe(true);
    // The fixture's third item has neither image nor scan: nothing for a IIIF viewer, no manifest.
    expect(existsSync(join(dist, iiifManifestPath("fundstueck-3")))).toBe(false);
    expect(collections.map((file) => `/${relative(dist, file)}`)).toContain(iiifCollectionPath());
    expect(collections.some((file) => file.includes(join("iiif", "tours")))).toBe(true);
    const problems = [
      ...manifests.flatMap((file) => manifestProblems(readJson(file), BASE)),
      ...collections.flatMap((file) => collectionProblems(readJson(file), BASE)),
    ];
    expect(problems).toEqual([]);
  });

  it("links every manifest of a collection, and the manifest's files, to files of the build", () => {
    const all = readJson(join(dist, iiifCollectionPath()));
    const missing: string[] = [];
    for (const entry of all.items as Json[]) {
      if (!existsSync(distFile(String(entry.id)))) missing.push(String(entry.id));
    }
    const manifest = readJson(join(dist, iiifManifestPath("fundstueck-1")));
    for (const canvas of manifest.items as Json[]) {
      const body = paintedBody(canvas);
      if (!existsSync(distFile(String(body.id)))) missing.push(String(body.id));
    }
    // The LIDO record is checked below, once the site writes LIDO.
    const links = [...(manifest.homepage as Json[]), ...(manifest.seeAlso as Json[])].filter(
      (link) => link.format !== "text/xml",
    );
    for (const link of links) {
      const path = String(link.id).slice(BASE.length);
      const file = path.endsWith("/") ? join(dist, path, "index.html") : join(dist, path);
      if (!existsSync(file)) missing.push(String(link.id));
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(!existsSync(LIDO_ROUTES))(
    "links the item's LIDO record, which the build writes (skipped until site/src/pages/lido/ exists)",
    () => {
      const manifest = readJson(join(dist, iiifManifestPath("fundstueck-1")));
      const lido = (manifest.seeAlso as Json[]).find((link) => link.format === "text/xml");
      expect(lido?.id).toBe(`${BASE}${lidoRecordPath("fundstueck-1")}`);
      expect(existsSync(distFile(String(lido?.id)))).toBe(true);
    },
  );

  it("gives every painted image a level-0 ImageService3 whose tiles exist in their pixel sizes", async () => {
    const services = new Set<string>();
    for (const file of filesBelow(join(dist, "iiif")).filter((name) => name.endsWith("manifest.json"))) {
      for (const canvas of readJson(file).items as Json[]) {
        const body = paintedBody(canvas);
        for (const service of body.service as Json[]) services.add(String(service.id));
      }
    }
    expect(services.size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const serviceId of services) {
      const info = readJson(join(distFile(serviceId), "info.json"));
      Image.parse(info, { majorVersion: 3 });
      expect(info).toMatchObject({ id: serviceId, type: "ImageService3", profile: "level0" });
      const tileWidth = ((info.tiles as Json[])[0]?.width as number) ?? 0;
      const width = info.width as number;
      const height = info.height as number;
      const tileFiles = filesBelow(distFile(serviceId)).filter((file) => file.endsWith("default.jpg"));
      // Every tile a level-0 client computes from info.json: each scale factor, each tile of the grid.
      for (const scale of ((info.tiles as Json[])[0]?.scaleFactors ?? []) as number[]) {
        const levelWidth = Math.ceil(width / scale);
        const levelHeight = Math.ceil(height / scale);
        for (let y = 0; y < height; y += tileWidth * scale) {
          for (let x = 0; x < width; x += tileWidth * scale) {
            const w = Math.min(tileWidth * scale, width - x);
            const h = Math.min(tileWidth * scale, height - y);
            const whole = levelWidth <= tileWidth && levelHeight <= tileWidth;
            const region = whole ? "full" : `${x},${y},${w},${h}`;
            const size = whole
              ? `${levelWidth},${levelHeight}`
              : `${Math.ceil(w / scale)},${Math.ceil(h / scale)}`;
            const file = join(distFile(serviceId), region, size, "0", "default.jpg");
            if (!existsSync(file)) {
              problems.push(`${serviceId}: missing ${region}/${size}/0/default.jpg`);
              continue;
            }
            const meta = await sharp(file).metadata();
            if (`${meta.width},${meta.height}` !== size)
              problems.push(`${file}: is ${meta.width}×${meta.height}, not ${size}`);
          }
        }
      }
      expect(tileFiles.length).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });

  it("answers /iiif/ and /media/ with CORS in the module and the _headers, nginx and Caddy files, and nothing else", () => {
    for (const path of ["/iiif/fundstueck-1/manifest.json", "/media/0123abcd.glb"]) {
      expect(securityHeaders(path)["Access-Control-Allow-Origin"], path).toBe("*");
    }
    for (const path of ["/objekte/fundstueck-1/", "/", "/lido/alle.xml", "/_status"]) {
      expect(securityHeaders(path)["Access-Control-Allow-Origin"], path).toBeUndefined();
    }
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    const nginx = readFileSync(join(dist, "nginx-security-headers.conf"), "utf8");
    const caddy = readFileSync(join(dist, "caddy-security-headers.caddy"), "utf8");
    for (const [prefix, name] of [
      ["/iiif/", "iiif"],
      ["/media/", "media"],
    ] as const) {
      const escaped = prefix.replaceAll("/", "\\/");
      expect(headers).toMatch(new RegExp(`^${escaped}\\*\\n {2}Access-Control-Allow-Origin: \\*$`, "m"));
      expect(nginx).toMatch(
        new RegExp(
          `location ${escaped} \\{[^}]*add_header Access-Control-Allow-Origin "\\*" always;[^}]*\\}`,
        ),
      );
      expect(caddy).toMatch(
        new RegExp(`@${name} path ${escaped}\\*\\nheader @${name} Access-Control-Allow-Origin "\\*"`),
      );
    }
    expect(headers.match(/Access-Control-Allow-Origin/g)).toHaveLength(2);
  });

  it("lets a viewer on another origin fetch a manifest, its info.json, a tile computed from it and the 3D model it links (site server, Chromium)", async () => {
    // A manifest of the build that links a 3D model (its rendering, seeAlso or annotation body).
    const withModel = filesBelow(join(dist, "iiif"))
      .filter((file) => file.endsWith("manifest.json"))
      .map((file) => readFileSync(file, "utf8"))
      .map((text) => ({
        id: (JSON.parse(text) as Json).id as string,
        model: /"(https?:[^"]+\.glb)"/.exec(text)?.[1],
      }))
      .find((manifest) => manifest.model);
    expect(withModel, "a manifest of the fixture build links a .glb").toBeDefined();
    releasesDir = mkdtempSync(join(tmpdir(), "showroom-iiif-"));
    worker = createRebuildWorker({
      releasesDir,
      debounceMs: 1,
      build: async (outDir) => cpSync(dist, outDir, { recursive: true }),
    });
    site = await startSiteServer({ worker, hookSecret: "hook-secret" });
    worker.trigger("test");
    await worker.idle();
    const page = mkdtempSync(join(tmpdir(), "showroom-iiif-viewer-"));
    writeFileSync(join(page, "index.html"), "<!doctype html><title>Another site's IIIF viewer</title>");
    outsider = await serveStatic(page);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      // The ids name the build's public address; this test's server answers for it.
      const server = site.url;
      await tab.route(`${BASE}/**`, (route) =>
        route.continue({ url: route.request().url().replace(BASE, server) }),
      );
      await tab.goto(outsider.url);
      const result = await tab.evaluate(
        async ({ manifestUrl, modelUrl }) => {
          const manifest = await (await fetch(manifestUrl)).json();
          const service = manifest.items[0].items[0].items[0].body.service[0];
          const info = await (await fetch(`${service.id}/info.json`)).json();
          const tile = info.tiles[0].width;
          const w = Math.min(tile, info.width);
          const h = Math.min(tile, info.height);
          const region = w === info.width && h === info.height ? "full" : `0,0,${w},${h}`;
          const response = await fetch(`${info.id}/${region}/${w},${h}/0/default.jpg`);
          const bitmap = await createImageBitmap(await response.blob());
          let modelMagic: string;
          try {
            const model = new Uint8Array(await (await fetch(modelUrl)).arrayBuffer());
            modelMagic = new TextDecoder().decode(model.slice(0, 4));
          } catch {
            modelMagic = "blocked";
          }
          let page: string;
          try {
            await fetch(manifestUrl.replace(/\/iiif\/.*/, "/objekte/"));
            page = "readable";
          } catch {
            page = "blocked";
          }
          return {
            type: response.headers.get("content-type"),
            size: [bitmap.width, bitmap.height],
            expected: [w, h],
            page,
            modelMagic,
          };
        },
        { manifestUrl: `${BASE}${iiifManifestPath("fundstueck-1")}`, modelUrl: withModel?.model as string },
      );
      // A binary glTF starts with the magic "glTF": the model itself, readable by the other site.
      expect(result.modelMagic).toBe("glTF");
      expect(result.type).toBe("image/jpeg");
      expect(result.size).toEqual(result.expected);
      // The same request to a page is blocked by the browser: only /iiif/ is shared with other sites.
      expect(result.page).toBe("blocked");
    } finally {
      await browser.close();
      rmSync(page, { recursive: true, force: true });
    }
  }, 120_000);
});
