import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildOfflineManifests } from "./offline-manifest.ts";

let dist = "";
const write = (path: string, content: string) => {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const page = (lang: string, body: string, head = "") =>
  `<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="/_astro/site.css">${head}</head><body>${body}</body></html>`;
const viewer = JSON.stringify({
  model: "/media/full.glb",
  thumb: { url: "/media/thumb.glb" },
  decoderPath: "/decoders/",
});

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), "offline-manifest-"));
  write(
    "touren/wall/index.html",
    page(
      "de-DE",
      '<h1>Wall</h1><section data-offline-manifest="/offline/tour-1.json"></section><a href="/touren/wall/tor/" data-offline-include>Tor</a><a href="/objekte/">Alle Objekte</a><script type="module" src="/_astro/island.js"></script>',
      '<link rel="alternate" hreflang="en" href="https://example.org/en/tours/rampart/"><link rel="alternate" hreflang="x-default" href="https://example.org/touren/wall/"><link rel="alternate" type="application/ld+json" href="/json/touren/wall.json">',
    ),
  );
  write(
    "en/tours/rampart/index.html",
    page("en", '<h1>Rampart</h1><section data-offline-manifest="/offline/tour-1.json"></section>'),
  );
  write(
    "touren/wall/tor/index.html",
    page(
      "de-DE",
      `<h1>Tor</h1><audio src="/media/tor.ogg"></audio><img srcset="/_astro/a.webp 480w, /_astro/b.webp 960w" src="/_astro/a.webp"><a href="/objekte/schale/" data-offline-include>3D</a><div data-scan-viewer="${viewer.replaceAll('"', "&quot;")}"></div>`,
    ),
  );
  write(
    "objekte/schale/index.html",
    page("de-DE", '<h1>Schale</h1><a href="/media/original.glb" download>Download</a>'),
  );
  write("objekte/index.html", page("de-DE", "<h1>Objekte</h1>"));
  write("offline/index.html", page("de-DE", "<h1>Offline</h1>"));
  write("en/offline/index.html", page("en", "<h1>Offline</h1>"));
  write("json/touren/wall.json", "{}");
  write("_astro/site.css", "@font-face{src:url(./font.woff2)}");
  write("_astro/font.woff2", "font");
  write("_astro/island.js", 'import"./chunk.js";const later=()=>import("./lazy.js");');
  write("_astro/chunk.js", "export const a=1;");
  write("_astro/lazy.js", 'fetch("/map/basemap.geojson")');
  write("_astro/a.webp", "a");
  write("_astro/b.webp", "bb");
  write("media/tor.ogg", "ogg");
  write("media/full.glb", "full level");
  write("media/thumb.glb", "thumb");
  write("media/original.glb", "original");
  write("decoders/draco.wasm", "wasm");
  write("map/basemap.geojson", "{}");
  write("unrelated.js", "x");
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("the offline manifest of a tour", () => {
  it("lists the tour's pages in both languages and every file they need, but not the full scan level, downloads or other pages", () => {
    const manifest = buildOfflineManifests(dist).get("/offline/tour-1.json");
    const urls = manifest?.files.map((file) => file.url) ?? [];
    expect(urls).toEqual([
      "/en/offline/",
      "/en/tours/rampart/",
      "/objekte/schale/",
      "/offline/",
      "/touren/wall/",
      "/touren/wall/tor/",
      "/_astro/a.webp",
      "/_astro/b.webp",
      "/_astro/chunk.js",
      "/_astro/font.woff2",
      "/_astro/island.js",
      "/_astro/lazy.js",
      "/_astro/site.css",
      "/decoders/draco.wasm",
      "/map/basemap.geojson",
      "/media/thumb.glb",
      "/media/tor.ogg",
    ]);
    expect(manifest?.tour).toEqual({
      de: { path: "/touren/wall/", title: "Wall" },
      en: { path: "/en/tours/rampart/", title: "Rampart" },
    });
    expect(manifest?.bytes).toBe(manifest?.files.reduce((sum, file) => sum + file.bytes, 0));
  });

  it("keeps a scan's only level even when the same file is offered as a download", () => {
    write(
      "objekte/schale/index.html",
      page(
        "de-DE",
        `<h1>Schale</h1><div data-scan-viewer="${JSON.stringify({ model: "/media/full.glb" }).replaceAll('"', "&quot;")}"></div><a href="/media/full.glb" download>Download</a>`,
      ),
    );
    const urls = buildOfflineManifests(dist)
      .get("/offline/tour-1.json")
      ?.files.map((file) => file.url);
    expect(urls).toContain("/media/full.glb");
  });

  it("gets a new content hash when any file of the tour changes, and keeps it otherwise", () => {
    const before = buildOfflineManifests(dist).get("/offline/tour-1.json")?.version;
    write("unrelated.js", "changed");
    expect(buildOfflineManifests(dist).get("/offline/tour-1.json")?.version).toBe(before);
    write("media/tor.ogg", "new audio");
    expect(buildOfflineManifests(dist).get("/offline/tour-1.json")?.version).not.toBe(before);
  });
});
