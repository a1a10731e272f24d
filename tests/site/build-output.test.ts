import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ensureFixtureSnapshot,
  FIXTURE_RETIRED_CODE,
  FIXTURE_STOP_CODES,
} from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { FIXTURE_PAGES } from "./pages.ts";

let dist = "";
const html = (path: string) =>
  readFileSync(join(dist, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
const scriptsOf = (page: string) => [...page.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
const jsonLdOf = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1] ?? ""),
  );

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
}, 300_000);

describe("the built site", () => {
  it("has every page type in German and English, each with one h1 and its language", () => {
    for (const page of FIXTURE_PAGES) {
      for (const [locale, path] of [
        ["de", page.de],
        ["en", page.en],
      ] as const) {
        const text = html(path);
        expect(text, `${page.type} ${path}`).toContain(`<html lang="${locale === "de" ? "de-DE" : "en"}"`);
        expect(text.match(/<h1[\s>]/g)?.length, `h1 count on ${path}`).toBe(1);
        expect(text).toContain('class="skip-link" href="#main"');
      }
    }
  });

  it("ships no JavaScript on pages without an island", () => {
    for (const page of FIXTURE_PAGES.filter((p) => !p.island)) {
      for (const path of [page.de, page.en]) {
        const executable = scriptsOf(html(path)).filter(
          (attributes) => !attributes.includes("application/ld+json"),
        );
        expect(executable, `${page.type} ${path}`).toEqual([]);
      }
    }
    expect(scriptsOf(html("/objekte/fundstueck-1/")).some((a) => a.includes('type="module"'))).toBe(true);
  });

  it("links each page to the same page in the other language with hreflang", () => {
    const page = html("/objekte/fundstueck-1/");
    expect(page).toContain('hreflang="en" href="http://localhost:4321/en/objects/find-1/"');
    expect(page).toContain('hreflang="de-DE" href="http://localhost:4321/objekte/fundstueck-1/"');
    expect(page).toMatch(/<a href="\/en\/objects\/find-1\/"[^>]*data-language-switch/);
    expect(html("/en/tours/around-the-rampart/at-the-entrance/")).toMatch(
      /<a href="\/touren\/rund-um-den-wall\/am-eingang\/"[^>]*data-language-switch/,
    );
  });

  it("describes detail pages with schema.org JSON-LD and a /json/ twin", () => {
    const expected: [string, string][] = [
      ["/objekte/fundstueck-1/", "CreativeWork"],
      ["/en/places/oldenburg-rampart/", "TouristAttraction"],
      ["/touren/rund-um-den-wall/", "TouristTrip"],
      ["/en/tours/around-the-rampart/at-the-entrance/", "TouristAttraction"],
    ];
    for (const [path, type] of expected) {
      const [data] = jsonLdOf(html(path));
      expect(data["@type"], path).toBe(type);
      const twin = JSON.parse(
        readFileSync(join(dist, "json", `${path.replace(/^\/|\/$/g, "")}.json`), "utf8"),
      );
      expect(twin).toEqual(data);
    }
    // Event pages belong to the events area; their twins come from the same /json/ route.
    const event = "/veranstaltungen/sitzung-der-stadtvertretung/";
    if (existsSync(join(dist, event, "index.html"))) {
      const twin = JSON.parse(
        readFileSync(join(dist, "json", "veranstaltungen", "sitzung-der-stadtvertretung.json"), "utf8"),
      );
      expect(twin["@type"]).toBe("Event");
      expect(jsonLdOf(html(event))).toContainEqual(twin);
    }
    const trip = jsonLdOf(html("/touren/rund-um-den-wall/"))[0];
    expect(trip.itinerary.itemListElement.map((entry: { position: number }) => entry.position)).toEqual([
      1, 2, 3,
    ]);
  });

  it("renders the object page: facts, licence, 3D poster, scan description, annotations list and download", () => {
    const page = html("/objekte/fundstueck-1/");
    expect(page).toContain("OH-00001");
    expect(page).toContain('rel="license"');
    expect(page).toContain("data-scan-viewer=");
    expect(page).toContain("Prozedural erzeugtes Demo-Modell");
    expect(page).toMatch(/<ol class="scan-viewer__annotation-list"[^>]*>.*Rand.*Boden/s);
    const download = page.match(/<a href="(\/media\/[^"]+\.glb)" download/);
    expect(download).not.toBeNull();
    expect(existsSync(join(dist, download?.[1] ?? ""))).toBe(true);
  });

  it("serves images as responsive AVIF and WebP with alt text, and copies media with hashed names", () => {
    const page = html("/orte/oldenburger-wall/");
    expect(page).toMatch(/<source srcset="\/_astro\/[^"]+\.avif 320w[^"]*" type="image\/avif"/);
    expect(page).toMatch(/<source[^>]+type="image\/webp"/);
    expect(page).toContain('alt="Der grasbewachsene Ringwall im Sommer"');
    const media = readdirSync(join(dist, "media"));
    expect(media.some((file) => /^bowl_[0-9a-f]{10}\.glb$/.test(file))).toBe(true);
    expect(readdirSync(join(dist, "decoders"))).toContain("draco_decoder.wasm");
  });

  it("writes a QR landing for every stop code that works without JavaScript, and redirect rules", () => {
    for (const code of FIXTURE_STOP_CODES) {
      const page = html(`/q/${code}/`);
      expect(page).toMatch(/<meta http-equiv="refresh" content="0; url=\/touren\/[^"]+\/"/);
      expect(page).toMatch(/href="\/en\/tours\/[^"]+\/"/);
    }
    expect(html(`/q/${FIXTURE_RETIRED_CODE}/`)).toContain('action="/q/"');
    expect(html("/q/")).toContain('href="/q/WALL2/"');
    const redirects = readFileSync(join(dist, "_redirects"), "utf8");
    expect(redirects).toContain("/q/WALL1  /en/tours/around-the-rampart/at-the-entrance/  301  Language=en");
    expect(redirects).toContain("/q/WALL1  /touren/rund-um-den-wall/am-eingang/  301");
    expect(readFileSync(join(dist, "nginx-qr-redirects.conf"), "utf8")).toContain("location ~* ^/q/WALL1/?$");
  });

  it("has 404 pages in both languages, a sitemap without QR landings, and robots.txt", () => {
    expect(readFileSync(join(dist, "404.html"), "utf8")).toContain("Seite nicht gefunden");
    expect(readFileSync(join(dist, "en", "404.html"), "utf8")).toContain("Page not found");
    const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("/en/objects/find-1/");
    expect(sitemap).not.toContain("/q/");
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(
      "Sitemap: http://localhost:4321/sitemap-index.xml",
    );
  });

  it("shows on the home page the running event first, then upcoming ones, but not past or cancelled ones", () => {
    const section =
      html("/").match(/<section[^>]*aria-labelledby="home-events"[\s\S]*?<\/section>/)?.[0] ?? "";
    const live = section.indexOf("Sitzung der Stadtvertretung");
    const next = section.indexOf("Orgelkonzert in St. Johannis");
    expect(live).toBeGreaterThan(-1);
    expect(next).toBeGreaterThan(live);
    expect(section).not.toContain("Vortrag: Starigard");
    expect(section).not.toContain("Abendführung am Wall");
    expect(html("/")).toContain("Fundstück 1");
  });

  it("links the legal pages in the footer and offers an accessibility feedback contact", () => {
    const home = html("/");
    for (const path of [
      "/impressum/",
      "/datenschutz/",
      "/barrierefreiheit/",
      "/leichte-sprache/",
      "/gebaerdensprache/",
    ]) {
      expect(home).toContain(`href="${path}"`);
    }
    expect(html("/en/accessibility/")).toContain('href="mailto:barrierefreiheit@example.org"');
  });
});
