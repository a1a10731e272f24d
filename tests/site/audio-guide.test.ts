/**
 * The audio guide on the demo site in Chromium (360 px phone and 1366 px desktop), served with the
 * site's real security headers: the length shows before anything plays, the guide plays and goes
 * on to the next stop with the same audio element (no page load), the lock screen gets title, stop
 * number and artwork, captions and transcript come from one text, axe finds nothing in either
 * language, and only pages with an audio guide load its script.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { stopCaptionsPath, stopPath } from "@showroom/content-types/url-scheme";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TOUR_STOPS, DEMO_TOURS } from "../../scripts/src/demo/demo-content/index.ts";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { probeMedia } from "../../scripts/src/shared/system-tools/probe-media.ts";
import { withSecurityHeaders } from "../support/site-server.ts";

let browser: Browser;
let server: StaticServer;
let dist = "";
let snapshotDir = "";

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1366, height: 900 },
] as const;

/** The wall tour's published stops in order, with their page paths per language. */
const tour = DEMO_TOURS.find((candidate) => candidate.slug.de === "rundgang-starigard");
const stops = DEMO_TOUR_STOPS.filter((stop) => stop.tour === tour?.slug.de && !stop.draft).sort(
  (a, b) => a.position - b.position,
);
const pathOf = (index: number, locale: "de" | "en" = "de") => {
  const stop = stops[index];
  if (!tour || !stop) throw new Error(`the demo wall tour has no stop ${index + 1}`);
  return stopPath(locale, tour.slug[locale], stop.slug[locale]);
};

beforeAll(async () => {
  snapshotDir = await ensureDemoSnapshot();
  dist = (await buildSite({ snapshotDir })).outDir;
  server = await serveStatic(dist, { intercept: withSecurityHeaders });
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function html(path: string): string {
  return readFileSync(join(dist, path, "index.html"), "utf8");
}

function builtPages(): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => `/${relative(dist, entry.parentPath).split(sep).join("/")}/`.replace(/^\/+/, "/"));
}

async function openStop(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  await page.waitForSelector("[data-audio-guide].audio-guide--ready");
}

/** Starts the guide with the big button and waits until sound is coming. */
async function startPlaying(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Abspielen|Play/ }).click();
  await page.waitForFunction(() => {
    const audio = document.querySelector("audio");
    return audio !== null && !audio.paused && audio.currentTime > 0;
  });
}

describe("the audio guide of a stop", () => {
  it("shows the length before anything plays, as the file says, and no 0:00 / 0:00", async () => {
    for (const viewport of VIEWPORTS) {
      const { page, context, consoleErrors } = await newRecordedPage(browser, server.url, { viewport });
      await openStop(page, pathOf(0));
      const src = (await page.locator("audio").getAttribute("src")) ?? "";
      const { durationSeconds } = await probeMedia(join(snapshotDir, src));
      const shown = (await page.locator("[data-length]").textContent())?.trim() ?? "";
      const [minutes, seconds] = shown.split(":").map(Number);
      expect((minutes ?? 0) * 60 + (seconds ?? 0), `${shown} at ${viewport.width}px`).toBeCloseTo(
        durationSeconds ?? -1,
        -0.5,
      );
      expect(shown).not.toBe("0:00");
      expect(await page.locator("#audio-guide-length").textContent()).toBe(`Dauer ${shown}`);
      // Nothing was fetched of the audio file for this: the length is in the page.
      expect(await page.evaluate(() => document.querySelector("audio")?.readyState)).toBe(0);
      const button = await page.getByRole("button", { name: "Abspielen" }).boundingBox();
      expect(button?.height ?? 0).toBeGreaterThanOrEqual(48);
      // The lead image comes before the player.
      const order = await page.evaluate(() => {
        const image = document.querySelector("main img");
        const player = document.querySelector("[data-play]");
        return image && player ? image.compareDocumentPosition(player) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      expect(await page.locator("audio").isVisible()).toBe(false);
      await expect(page.locator("[data-voice]").textContent()).resolves.toContain("Synthetische Stimme");
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it("offers the browser's own player without JavaScript, and nothing moves when the script starts", async () => {
    const noScript = await newRecordedPage(browser, server.url, {
      viewport: VIEWPORTS[0],
      javaScriptEnabled: false,
    });
    await noScript.page.goto(`${server.url}${pathOf(0)}`);
    expect(await noScript.page.locator("audio[controls]").isVisible()).toBe(true);
    expect(await noScript.page.locator("[data-play]").isVisible()).toBe(false);
    await noScript.context.close();
    // The page as it is before the island runs (its script held back) and after: same boxes.
    const boxes = async (holdScript: boolean) => {
      const { page, context } = await newRecordedPage(browser, server.url, { viewport: VIEWPORTS[0] });
      if (holdScript) await page.route(/AudioGuide[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${server.url}${pathOf(0)}`, { waitUntil: "load" });
      if (!holdScript) await page.waitForSelector("[data-audio-guide].audio-guide--ready");
      await page.evaluate(() => document.fonts.ready);
      const result = await page.evaluate(() => {
        const section = document.querySelector("[data-audio-guide]") as HTMLElement;
        const play = section.querySelector("[data-play]")?.getBoundingClientRect();
        const after = section.nextElementSibling?.getBoundingClientRect();
        return {
          height: section.offsetHeight,
          playTop: play?.top,
          playHeight: play?.height,
          afterTop: after?.top,
        };
      });
      const ready = await page.locator("[data-audio-guide].audio-guide--ready").count();
      await context.close();
      return { ready, result };
    };
    const before = await boxes(true);
    const after = await boxes(false);
    expect([before.ready, after.ready], "the script was held back, then ran").toEqual([0, 1]);
    expect(before.result.playHeight).toBeGreaterThanOrEqual(48);
    expect(after.result).toEqual(before.result);
  });

  it("plays and goes on to the next stop by itself, the same audio element playing on, the lock screen following", async () => {
    for (const viewport of VIEWPORTS) {
      const { page, context, consoleErrors, foreignRequests } = await newRecordedPage(browser, server.url, {
        viewport,
      });
      await openStop(page, pathOf(0));
      await page.getByLabel("Danach automatisch zur nächsten Station").check();
      await startPlaying(page);
      const first = await page.evaluate(() => {
        const audio = document.querySelector("audio") as HTMLAudioElement;
        (window as unknown as { guideElement: HTMLAudioElement }).guideElement = audio;
        return { src: audio.currentSrc, title: navigator.mediaSession.metadata?.title };
      });
      expect(first.title).toBe(stops[0]?.title.de);
      // Skip to the end: the guide ends and the next stop opens in place.
      await page.evaluate(() => {
        const audio = document.querySelector("audio") as HTMLAudioElement;
        audio.currentTime = Math.max(0, audio.duration - 0.3);
      });
      await page.waitForURL(`${server.url}${pathOf(1)}`);
      await page.waitForFunction(() => {
        const audio = document.querySelector("audio");
        return audio !== null && !audio.paused && audio.currentTime > 0;
      });
      const second = await page.evaluate(() => {
        const audio = document.querySelector("audio") as HTMLAudioElement;
        const metadata = navigator.mediaSession.metadata;
        return {
          sameElement: audio === (window as unknown as { guideElement: HTMLAudioElement }).guideElement,
          src: audio.currentSrc,
          heading: document.querySelector("h1")?.textContent,
          focused: document.activeElement?.tagName,
          autoAdvance: (document.querySelector("[data-auto-advance]") as HTMLInputElement | null)?.checked,
          title: metadata?.title,
          artist: metadata?.artist,
          album: metadata?.album,
          artwork: metadata?.artwork.map((art) => art.src) ?? [],
          playback: navigator.mediaSession.playbackState,
          documentTitle: document.title,
          languageSwitch: document.querySelector("[data-language-switch]")?.getAttribute("href"),
        };
      });
      expect(second.sameElement, "the page was not reloaded").toBe(true);
      expect(second.src).not.toBe(first.src);
      expect(second.heading).toBe(stops[1]?.title.de);
      expect(second.focused).toBe("H1");
      expect(second.autoAdvance).toBe(true);
      expect(second.title).toBe(stops[1]?.title.de);
      expect(second.artist).toBe(`Station 2 von ${stops.length} · ${tour?.title.de}`);
      expect(second.album).toBe(tour?.title.de);
      expect(second.artwork.length).toBe(1);
      expect(new URL(second.artwork[0] ?? "").origin).toBe(server.url);
      expect(second.playback).toBe("playing");
      expect(second.documentTitle).toContain(stops[1]?.title.de);
      expect(second.languageSwitch).toBe(pathOf(1, "en"));
      // The artwork is a real image of the site.
      const artwork = await page.request.get(second.artwork[0] ?? "");
      expect(artwork.headers()["content-type"]).toMatch(/^image\//);
      // Back returns to the first stop in place, still the same element.
      await page.goBack();
      await page.waitForFunction(
        (title) => document.querySelector("h1")?.textContent === title,
        stops[0]?.title.de,
      );
      expect(
        await page.evaluate(
          () =>
            document.querySelector("audio") ===
            (window as unknown as { guideElement: HTMLAudioElement }).guideElement,
        ),
      ).toBe(true);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    }
  });

  it("keeps playing when the visitor follows “Weiter zu Station 2” while listening", async () => {
    const { page, context, consoleErrors } = await newRecordedPage(browser, server.url, {
      viewport: VIEWPORTS[0],
    });
    await openStop(page, pathOf(0));
    await startPlaying(page);
    await page.evaluate(() => {
      (window as unknown as { guideElement: Element | null }).guideElement = document.querySelector("audio");
    });
    await page.getByRole("link", { name: `Weiter zu Station 2: ${stops[1]?.title.de} →` }).click();
    await page.waitForURL(`${server.url}${pathOf(1)}`);
    await page.waitForFunction(() => {
      const audio = document.querySelector("audio");
      return (
        audio === (window as unknown as { guideElement: Element | null }).guideElement &&
        audio !== null &&
        !audio.paused &&
        audio.currentTime > 0
      );
    });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("links “Weiter zu Station N” to the next stop on every stop page that has one, in both languages", () => {
    let checked = 0;
    for (const path of builtPages()) {
      const page = html(path);
      if (!page.includes("data-audio-guide ")) continue;
      const next = page.match(/<a href="([^"]+)" rel="next"/)?.[1];
      const guideNext = page.match(/<a href="([^"]+)" data-next[^>]*>([^<]+)</);
      if (!next) {
        expect(guideNext, path).toBeNull();
        continue;
      }
      const number = Number(page.match(/data-next-number="(\d+)"/)?.[1]);
      expect(guideNext?.[1], path).toBe(next);
      expect(guideNext?.[2], path).toMatch(
        path.startsWith("/en/")
          ? new RegExp(`^Continue to stop ${number}: `)
          : new RegExp(`^Weiter zu Station ${number}: `),
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(2 * (stops.length - 1));
  });

  it("cuts the caption track and the transcript from the same text, timed over the whole file", async () => {
    const { page, context } = await newRecordedPage(browser, server.url, { viewport: VIEWPORTS[1] });
    for (const locale of ["de", "en"] as const) {
      const stop = stops[2];
      if (!tour || !stop) throw new Error("the demo wall tour has no third stop");
      await openStop(page, stopPath(locale, tour.slug[locale], stop.slug[locale]));
      const track = await page.locator("audio track").getAttribute("src");
      expect(track).toBe(stopCaptionsPath(locale, tour.slug[locale], stop.slug[locale]));
      const vtt = await (await page.request.get(`${server.url}${track}`)).text();
      expect(vtt.startsWith("WEBVTT\n")).toBe(true);
      const cues = vtt
        .split("\n\n")
        .slice(1)
        .map((block) => block.split("\n").slice(2).join(" ").trim())
        .filter(Boolean);
      const transcript = (await page.locator("#transcript .prose").textContent())
        ?.replace(/\s+/g, " ")
        .trim();
      expect(cues.join(" ")).toBe(transcript);
      expect(cues.length).toBeGreaterThanOrEqual(3);
      const ends = [...vtt.matchAll(/--> (\d\d):(\d\d):(\d\d\.\d\d\d)/g)].map(
        ([, h, m, s]) => Number(h) * 3600 + Number(m) * 60 + Number(s),
      );
      const length = await page.locator("[data-length]").textContent();
      const [minutes, seconds] = (length ?? "").split(":").map(Number);
      expect(ends.at(-1) ?? 0).toBeCloseTo((minutes ?? 0) * 60 + (seconds ?? 0), -0.5);
      // The transcript stays one click away.
      await page.locator("#transcript summary").click();
      await expect(page.locator("#transcript .prose").isVisible()).resolves.toBe(true);
    }
    await context.close();
  });

  it("has no axe violations on the stop pages in both languages while playing", async () => {
    const problems: string[] = [];
    const visits = [
      { viewport: VIEWPORTS[0], paths: [pathOf(0), pathOf(0, "en"), pathOf(stops.length - 1, "en")] },
      { viewport: VIEWPORTS[1], paths: [pathOf(0), pathOf(0, "en")] },
    ];
    for (const { viewport, paths } of visits) {
      const { page, context } = await newRecordedPage(browser, server.url, { viewport });
      for (const path of paths) {
        await openStop(page, path);
        // Playing shows every part of the player: pause label, time, status line.
        await startPlaying(page);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const violation of violations)
          problems.push(`${path} at ${viewport.width}px: ${violation.id} (${violation.nodes.length})`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it("loads its script only on pages with an audio guide", () => {
    const pages = builtPages();
    const withGuide = pages.filter((path) => html(path).includes("data-audio-guide "));
    const scriptsOf = (path: string) =>
      [...html(path).matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1] ?? "");
    // The guide's script is the one that takes over the guide's audio element.
    const guideScripts = scriptsOf(withGuide[0] ?? "").filter((src) =>
      readFileSync(join(dist, src), "utf8").includes("data-audio-guide-media"),
    );
    expect(guideScripts.length, "the audio guide script").toBe(1);
    const pagesWithScript = pages.filter((path) => scriptsOf(path).includes(guideScripts[0] ?? ""));
    expect(pagesWithScript.sort()).toEqual(withGuide.sort());
    expect(withGuide.length).toBeGreaterThanOrEqual(2 * stops.length);
  });
});
