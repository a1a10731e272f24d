/**
 * The offline manifest of a tour, made from the built site: every page of the tour in every
 * language (tour page, stops, the object pages its stops' 3D links open, the offline pages) and
 * every file those pages need — styles and their fonts, scripts and the chunks they import (the map
 * and the 3D viewer included), images, audio, captions, the map's basemap and the quick (thumb)
 * level of each scan with its decoders — with byte sizes and one content hash. The tour page shows
 * the size before saving; a new hash means "update available".
 *
 * It follows what the built HTML says, not the content model, so whatever a page shows is saved:
 * - a tour page names its manifest in `data-offline-manifest`;
 * - links marked `data-offline-include` (the stops, a stop's 3D link) and a page's hreflang
 *   alternates are pages of the tour;
 * - every site path in an attribute, a stylesheet or a script that is a file of the build is needed.
 *
 * @example
 *   const manifests = buildOfflineManifests(distDir, { alwaysInclude: ["/map/"] });
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, posix } from "node:path";
import { offlinePath, SITE_LOCALES, type SiteLocale } from "@showroom/content-types/url-scheme";
import { OFFLINE_MANIFEST_PREFIX } from "./paths.ts";

export interface OfflineFile {
  /** Site path: a page's folder path (`/touren/wall/`) or a file's path. */
  url: string;
  bytes: number;
}

export interface OfflineManifest {
  /** Content hash over every file: changes whenever anything the tour needs changes. */
  version: string;
  /** The tour page in each language it exists in. */
  tour: Partial<Record<SiteLocale, { path: string; title: string }>>;
  bytes: number;
  files: OfflineFile[];
}

export interface OfflineManifestOptions {
  /**
   * Folders or files (site paths) saved with every tour whenever they exist, e.g. the map's
   * basemap folder (`/map/`), for assets that a script loads by a computed name.
   */
  alwaysInclude?: readonly string[];
}

export const OFFLINE_MANIFEST_DEFAULTS: Required<OfflineManifestOptions> = { alwaysInclude: ["/map/"] };

/** Paths never saved: machine-readable twins, the search index, sitemaps, the offline manifests themselves. */
const NEVER = [
  /^\/json\//,
  /^\/pagefind\//,
  /^\/sitemap/,
  /\.xml$/,
  new RegExp(`^${OFFLINE_MANIFEST_PREFIX}[^/]*\\.json$`),
];

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  apos: "'",
  lt: "<",
  gt: ">",
  "#39": "'",
  "#x27": "'",
};
const decodeEntities = (text: string) =>
  text.replace(/&(quot|amp|apos|lt|gt|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? "");

/** Every `<tag …>` of a kind with its attributes (values decoded; bare attributes as ""). */
function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [tag] of html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))) {
    const attributes: Record<string, string> = {};
    for (const match of tag.matchAll(/\s([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes[(match[1] ?? "").toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    }
    found.push(attributes);
  }
  return found;
}

/** The path of a URL on this site (relative to `base`, or absolute with the site's origin). */
function sitePath(href: string | undefined, base = "/"): string | undefined {
  if (!href || href.startsWith("//") || /^(data|blob|mailto|tel|javascript|geo):/i.test(href))
    return undefined;
  try {
    return decodeURIComponent(new URL(href, `http://site.invalid${base}`).pathname);
  } catch {
    return undefined;
  }
}

/** Site paths written anywhere in a text: attribute values, JSON in attributes, srcset lists. */
function pathsInText(text: string): string[] {
  return [...decodeEntities(text).matchAll(/(?<=["'\s,(=])\/(?!\/)[^"'\s,()<>\\`]+/g)].map(
    (match) => match[0],
  );
}

/** Paths a stylesheet refers to (`url(...)`, `@import`), resolved against the stylesheet. */
function pathsInCss(css: string, cssPath: string): string[] {
  const found: string[] = [];
  for (const [, , quoted, bare] of css.matchAll(
    /url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+["']([^"']+)["']/g,
  )) {
    const path = sitePath(quoted ?? bare, cssPath);
    if (path) found.push(path);
  }
  return found;
}

/** Modules and files a script names: relative imports, dynamic imports, Vite's preload lists, site paths. */
function pathsInScript(script: string, scriptPath: string): string[] {
  const found: string[] = [];
  for (const [, specifier] of script.matchAll(
    /["'`](\.{1,2}\/[^"'`\s]+|\/[^"'`\s/][^"'`\s]*|_astro\/[^"'`\s]+)["'`]/g,
  )) {
    const base = specifier?.startsWith("_astro/") ? "/" : scriptPath;
    const path = sitePath(specifier, base);
    if (path) found.push(path);
  }
  return found;
}

interface PageFacts {
  links: string[];
  files: string[];
  /** Level files the page shows only on request (a scan's full level, AR model, downloads). */
  skip: string[];
  /** Files the page needs even if another reason would skip them (a scan's first level). */
  needs: string[];
  title: string;
  manifest?: string;
  scans: boolean;
}

function readPage(html: string): PageFacts {
  const links: string[] = [];
  const skip: string[] = [];
  const needs: string[] = [];
  let scans = false;
  for (const anchor of tags(html, "a")) {
    if ("data-offline-include" in anchor) {
      const path = sitePath(anchor.href);
      if (path) links.push(path);
    }
    if ("download" in anchor) {
      const path = sitePath(anchor.href);
      if (path) skip.push(path);
    }
  }
  for (const link of tags(html, "link")) {
    if (link.rel === "alternate" && link.hreflang && link.hreflang !== "x-default" && !link.type) {
      const path = sitePath(link.href);
      if (path) links.push(path);
    }
  }
  for (const element of tags(html, "div")) {
    const config = element["data-scan-viewer"];
    if (!config) continue;
    scans = true;
    try {
      const viewer = JSON.parse(config) as { model?: string; thumb?: { url?: string }; usdzUrl?: string };
      if (viewer.thumb?.url && viewer.model) skip.push(viewer.model);
      if (viewer.usdzUrl) skip.push(viewer.usdzUrl);
      // The level the viewer shows first is needed, even when the same file is also a download.
      const quick = viewer.thumb?.url ?? viewer.model;
      if (quick) needs.push(quick);
    } catch {
      // A viewer whose config does not parse shows its poster; nothing more to save.
    }
  }
  const manifest = /data-offline-manifest="([^"]+)"/.exec(html)?.[1];
  const title = decodeEntities(
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? "",
  ).trim();
  return {
    links,
    files: pathsInText(html),
    skip,
    needs,
    title,
    scans,
    ...(manifest && { manifest }),
  };
}

/** Reads a built site folder: which file answers a site path, and what is in it. */
class BuiltSite {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file that answers `path`: `index.html` for a folder path, else the file; undefined when none. */
  fileOf(path: string): string | undefined {
    const file = join(this.dir, path);
    if (!file.startsWith(this.dir)) return undefined;
    if (path.endsWith("/"))
      return existsSync(join(file, "index.html")) ? join(file, "index.html") : undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }

  /** Every file below a folder path, as site paths. */
  filesBelow(path: string): string[] {
    const dir = join(this.dir, path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return this.fileOf(path) ? [path] : [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? this.filesBelow(posix.join(path, entry.name, "/"))
        : [posix.join(path, entry.name)],
    );
  }

  /** Every page that declares an offline manifest, by manifest path. */
  tourPages(): Map<string, string[]> {
    const byManifest = new Map<string, string[]>();
    const walk = (path: string) => {
      for (const entry of readdirSync(join(this.dir, path), { withFileTypes: true })) {
        if (entry.isDirectory()) {
          if (!["_astro", "media", "pagefind", "json", "decoders"].includes(entry.name))
            walk(`${path}${entry.name}/`);
        } else if (entry.name === "index.html") {
          const html = readFileSync(join(this.dir, path, entry.name), "utf8");
          const manifest = /data-offline-manifest="([^"]+)"/.exec(html)?.[1];
          if (manifest) byManifest.set(manifest, [...(byManifest.get(manifest) ?? []), path]);
        }
      }
    };
    walk("/");
    return byManifest;
  }
}

/** The manifest of one tour, starting from its tour pages. */
export function buildOfflineManifest(
  distDir: string,
  tourPages: readonly string[],
  options: OfflineManifestOptions = {},
): OfflineManifest {
  const site = new BuiltSite(distDir);
  const { alwaysInclude } = { ...OFFLINE_MANIFEST_DEFAULTS, ...options };
  const pages = new Set<string>();
  const files = new Set<string>();
  const skip = new Set<string>();
  const firstLevels = new Set<string>();
  const tour: OfflineManifest["tour"] = {};
  const pageQueue = [...tourPages, ...SITE_LOCALES.map((locale) => offlinePath(locale))];
  let scans = false;
  while (pageQueue.length > 0) {
    const path = pageQueue.shift() as string;
    if (pages.has(path)) continue;
    const file = site.fileOf(path);
    if (!file) continue;
    pages.add(path);
    const html = readFileSync(file, "utf8");
    const facts = readPage(html);
    if (facts.manifest && tourPages.length > 0) {
      const locale = /<html[^>]*\blang="(\w+)/.exec(html)?.[1] as SiteLocale | undefined;
      if (locale && SITE_LOCALES.includes(locale)) tour[locale] = { path, title: facts.title };
    }
    scans ||= facts.scans;
    for (const link of facts.links) if (link.endsWith("/")) pageQueue.push(link);
    for (const path of facts.skip) skip.add(path);
    for (const path of facts.needs) firstLevels.add(path);
    for (const path of facts.files) files.add(path.split(/[?#]/)[0] as string);
  }
  if (scans) for (const path of site.filesBelow("/decoders/")) files.add(path);
  for (const folder of alwaysInclude) for (const path of site.filesBelow(folder)) files.add(path);

  for (const path of firstLevels) skip.delete(path);
  // Follow stylesheets and scripts to what they load, once each.
  const needed = new Set<string>();
  const queue = [...files, ...firstLevels];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (
      needed.has(path) ||
      skip.has(path) ||
      path.endsWith("/") ||
      NEVER.some((pattern) => pattern.test(path))
    )
      continue;
    const file = site.fileOf(path);
    if (!file || extname(file) === ".html") continue;
    needed.add(path);
    const type = extname(path).toLowerCase();
    if (type === ".css") queue.push(...pathsInCss(readFileSync(file, "utf8"), path));
    else if (type === ".js" || type === ".mjs")
      queue.push(...pathsInScript(readFileSync(file, "utf8"), path));
  }

  const entries = [...[...pages].sort(), ...[...needed].sort()].map((url) => {
    const file = site.fileOf(url) as string;
    return { url, file, bytes: statSync(file).size };
  });
  const hash = createHash("sha256");
  for (const entry of entries) {
    hash.update(`${entry.url}\n`);
    hash.update(readFileSync(entry.file));
  }
  return {
    version: hash.digest("hex").slice(0, 16),
    tour,
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    files: entries.map(({ url, bytes }) => ({ url, bytes })),
  };
}

/** Every tour manifest of a built site, by its path (from the tour pages' `data-offline-manifest`). */
export function buildOfflineManifests(
  distDir: string,
  options: OfflineManifestOptions = {},
): Map<string, OfflineManifest> {
  const manifests = new Map<string, OfflineManifest>();
  for (const [manifestPath, pages] of new BuiltSite(distDir).tourPages()) {
    manifests.set(manifestPath, buildOfflineManifest(distDir, pages, options));
  }
  return manifests;
}
