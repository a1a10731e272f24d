/**
 * The site's file-based routes (`site/src/pages/`) and the URL scheme in content-types must agree:
 * every path the scheme hands out has a page, and every page is a path of the scheme. Renaming a
 * page folder without the scheme (or the reverse) fails here, not in a visitor's 404.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import {
  calendarFeedPath,
  embedPath,
  eventCalendarPath,
  eventPath,
  iiifCollectionPath,
  iiifManifestPath,
  iiifTourCollectionPath,
  jsonTwinPath,
  kioskObjectPath,
  kioskPath,
  kioskTourPath,
  lidoRecordPath,
  lidoWrapPath,
  notFoundPath,
  objectListPath,
  objectPath,
  offlinePath,
  placePath,
  qrIndexPath,
  qrPath,
  SECTION_SEGMENTS,
  type Section,
  SITE_LOCALES,
  sectionPath,
  stopCaptionsPath,
  stopPath,
  tourPath,
  virtualTourPath,
} from "@showroom/content-types/url-scheme";
import { describe, expect, it } from "vitest";

const pagesDir = join(import.meta.dirname, "..", "..", "site", "src", "pages");

/** Routes that are files of the site, not pages of the scheme. */
const NOT_IN_SCHEME = ["/robots.txt", "/[file]"];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `objekte/[slug].astro` → `/objekte/[slug]/`, `veranstaltungen/kalender.ics.ts` → `/veranstaltungen/kalender.ics`. */
function routeOf(file: string): string {
  const path = relative(pagesDir, file).split("\\").join("/");
  if (path.endsWith(".ts")) return `/${path.replace(/\.ts$/, "")}`;
  const page = path.replace(/\.astro$/, "");
  if (page === "404" || page.endsWith("/404")) return `/${page}.html`;
  return `/${page.replace(/(^|\/)index$/, "")}/`.replace(/\/+$/, "/").replace(/^\/\//, "/");
}

function routePattern(route: string): RegExp {
  const escaped = route
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) =>
      part.startsWith("[...")
        ? ".+"
        : part.startsWith("[")
          ? "[^/]+"
          : part.replace(/[.*+?^${}()|\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${escaped}$`);
}

/** Every kind of path the scheme hands out, with sample slugs, in every locale. */
function schemePaths(): string[] {
  const paths = [qrIndexPath(), qrPath("WALL1"), embedPath("kelch-scan")];
  paths.push(iiifManifestPath("kelch"), iiifCollectionPath(), iiifTourCollectionPath("rund"));
  paths.push(lidoRecordPath("kelch"), lidoWrapPath());
  for (const locale of SITE_LOCALES) {
    for (const section of Object.keys(SECTION_SEGMENTS) as Section[])
      paths.push(sectionPath(section, locale));
    paths.push(
      objectPath(locale, "kelch"),
      objectListPath(locale, 2),
      placePath(locale, "wall"),
      tourPath(locale, "rund"),
      stopPath(locale, "rund", "tor"),
      eventPath(locale, "rat"),
      calendarFeedPath(locale),
      eventCalendarPath(locale, "rat"),
      notFoundPath(locale),
      jsonTwinPath(stopPath(locale, "rund", "tor")),
      stopCaptionsPath(locale, "rund", "tor"),
      offlinePath(locale),
      virtualTourPath(locale, "rund"),
      kioskPath(locale),
      kioskTourPath(locale, "rund"),
      kioskObjectPath(locale, "kelch"),
    );
  }
  return paths;
}

describe("the site's routes and the URL scheme", () => {
  const routes = listFiles(pagesDir).map(routeOf);
  const patterns = routes.map((route) => ({ route, pattern: routePattern(route) }));
  const paths = schemePaths();
  // "[file]" (root files such as the redirects) would match any one-segment path: not a page.
  const pagePatterns = patterns.filter(({ route }) => !NOT_IN_SCHEME.includes(route));

  it("has a page for every path the scheme hands out", () => {
    const missing = paths.filter((path) => !pagePatterns.some(({ pattern }) => pattern.test(path)));
    expect(missing, "add the page in site/src/pages or fix the scheme").toEqual([]);
  });

  it("has no page outside the scheme", () => {
    const outside = pagePatterns
      .filter(({ pattern }) => !paths.some((path) => pattern.test(path)))
      .map(({ route }) => route);
    expect(outside, "add the page to content-types/src/contracts/url-scheme.ts").toEqual([]);
  });
});
