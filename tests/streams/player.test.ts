/**
 * The stream player in Chromium against a local HLS server: playback, quality and caption
 * switching, chapter seeks, recovery after dropped requests, and what it tells the visitor when a
 * live stream has not started or has ended. Runs on a harness page with the real island bundle.
 */

import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveSimulator } from "../../scripts/src/demo/hls/live-simulator.ts";
import { launchBrowser, newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import { streamsDir, testStreams } from "../../scripts/src/dev/fixtures/streams.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { eventMarkup, placeStreams, playerMarkup, writeHarness } from "./support/harness.ts";

const VOD = "sitzung-der-stadtvertretung";
const LIVE = "konzert-in-st-johannis";
const vodUrl = `/media/streams/${VOD}/master.m3u8`;
const liveUrl = `/media/streams/${LIVE}/master.m3u8`;

let dir: string;
let server: StaticServer;
let browser: Browser;
/** Set by a test: requests to /media/streams/ are cut off while this is true. */
let dropping = false;
const dropped: string[] = [];
let live: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;

function startLive(options: { startsInMs?: number; windowSegments?: number; loop?: boolean } = {}) {
  live = liveSimulator({
    streamDir: join(streamsDir, LIVE),
    urlPrefix: `/media/streams/${LIVE}/`,
    playlistName: "index.m3u8",
    sourcePlaylistName: "all.m3u8",
    startedAt: Date.now() + (options.startsInMs ?? 0),
    windowSegments: options.windowSegments ?? 6,
    loop: options.loop ?? true,
  });
}

beforeAll(async () => {
  await testStreams();
  dir = mkdtempSync(join(tmpdir(), "showroom-player-harness-"));
  placeStreams(dir, streamsDir);
  const captions = [
    { language: "de", label: "Deutsch", url: `/media/streams/${VOD}/captions.de.vtt` },
    { language: "en", label: "English", url: `/media/streams/${VOD}/captions.en.vtt` },
  ];
  const recordedTiming = { start: "2020-01-01T10:00:00Z", end: "2020-01-01T11:00:00Z", recordingUrl: vodUrl };
  await writeHarness(dir, {
    vod: playerMarkup({ src: vodUrl, live: false, captions }),
    live: playerMarkup({ src: liveUrl, live: true }),
    chapters: eventMarkup({
      timing: recordedTiming,
      recorded: { src: vodUrl, live: false, captions },
      chapters: [
        { offsetSeconds: 0, title: "Eröffnung" },
        { offsetSeconds: 20, title: "Einwohnerfragestunde" },
        { offsetSeconds: 40, title: "Bericht" },
      ],
    }),
  });
  server = await serveStatic(dir, {
    intercept: (req, res) => {
      if (dropping && req.url?.startsWith("/media/streams/")) {
        dropped.push(req.url);
        req.socket.destroy();
        return true;
      }
      return live?.(req, res) ?? false;
    },
  });
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<RecordedPage> {
  const recorded = await newRecordedPage(browser, server.url);
  await recorded.page.goto(`${server.url}/${name}.html`);
  await recorded.page.waitForSelector("[data-stream-player][data-ready='true']", { state: "attached" });
  return recorded;
}

const currentTime = (page: Page) => page.$eval("video", (video) => (video as HTMLVideoElement).currentTime);

async function waitForTime(page: Page, atLeast: number, timeout = 20_000) {
  await page.waitForFunction(
    (min) => {
      const video = document.querySelector("video");
      return video !== null && video.currentTime >= min && !video.paused;
    },
    atLeast,
    { timeout, polling: 100 },
  );
}

describe("stream player", () => {
  it("plays the recording: currentTime advances after pressing play, with no foreign requests", async () => {
    const { page, context, foreignRequests, consoleErrors } = await open("vod");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await waitForTime(page, 0.5);
    const first = await currentTime(page);
    await page.waitForTimeout(1500);
    expect(await currentTime(page)).toBeGreaterThan(first + 0.5);
    expect(await page.$eval("[data-stream-player]", (el) => (el as HTMLElement).dataset.status)).toBe(
      "playing",
    );
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("switches quality from the selector (the picture becomes 240 lines high)", async () => {
    const { page, context } = await open("vod");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await waitForTime(page, 0.5);
    const quality = page.getByLabel("Qualität");
    await expect
      .poll(() => quality.locator("option").allTextContents())
      .toEqual(["Automatisch", "360p", "240p"]);
    await quality.selectOption({ label: "240p" });
    await page.waitForFunction(() => document.querySelector("video")?.videoHeight === 240, null, {
      timeout: 15_000,
    });
    await quality.selectOption({ label: "360p" });
    await page.waitForFunction(() => document.querySelector("video")?.videoHeight === 360, null, {
      timeout: 15_000,
    });
    await context.close();
  });

  it("switches captions between German, English and off", async () => {
    const { page, context } = await open("vod");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await waitForTime(page, 1);
    const captions = page.getByLabel("Untertitel");
    const activeCue = () =>
      page.$eval("video", (video) => {
        const showing = Array.from((video as HTMLVideoElement).textTracks).filter(
          (t) => t.mode === "showing",
        );
        return showing.map((t) => `${t.language}:${(t.activeCues?.[0] as VTTCue | undefined)?.text ?? ""}`);
      });
    await captions.selectOption("de");
    await expect
      .poll(activeCue, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^de:(Die Vorsitzende eröffnet|Sie stellt fest)/)]);
    await captions.selectOption("en");
    await expect
      .poll(activeCue, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^en:(The chair|She confirms)/)]);
    await captions.selectOption("");
    await expect.poll(activeCue).toEqual([]);
    await context.close();
  });

  it("seeks to a chapter when its link is clicked and marks it as current", async () => {
    const { page, context } = await open("chapters");
    await page.getByRole("link", { name: "Bericht" }).click();
    await page.waitForFunction(
      () => {
        const video = document.querySelector("video");
        return video !== null && video.currentTime >= 40 && video.currentTime < 45;
      },
      null,
      { timeout: 20_000 },
    );
    await expect
      .poll(() => page.getByRole("link", { name: "Bericht" }).getAttribute("aria-current"))
      .toBe("true");
    await page.getByRole("link", { name: "Einwohnerfragestunde" }).click();
    await page.waitForFunction(
      () => {
        const t = document.querySelector("video")?.currentTime ?? -1;
        return t >= 20 && t < 25;
      },
      null,
      { timeout: 20_000 },
    );
    // Without JavaScript the chapter is still a link to a deep-linkable time.
    expect(await page.getByRole("link", { name: "Bericht" }).getAttribute("href")).toBe("#t=40");
    await context.close();
  });

  it("is operable with the keyboard alone: play, captions and chapters", async () => {
    const { page, context } = await open("chapters");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.textContent?.trim().slice(0, 40) ?? ""}`;
      });
    async function tabTo(pattern: RegExp) {
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press("Tab");
        if (pattern.test(await focused())) return;
      }
      throw new Error(`keyboard focus never reached ${pattern}`);
    }
    await tabTo(/^button:Abspielen/);
    await page.keyboard.press("Enter");
    await waitForTime(page, 0.5);
    await tabTo(/^select:Aus/);
    await page.keyboard.press("ArrowDown");
    await expect
      .poll(() =>
        page.$eval("video", (v) =>
          Array.from((v as HTMLVideoElement).textTracks).map((t) => `${t.language}:${t.mode}`),
        ),
      )
      .toEqual(["de:showing", "en:disabled"]);
    await tabTo(/^a:.*Bericht/);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector("video")?.currentTime ?? 0) >= 40, null, {
      timeout: 20_000,
    });
    await context.close();
  });

  it("recovers after the server drops every stream request for a few seconds, and says so meanwhile", async () => {
    startLive({ loop: true });
    const { page, context } = await open("live");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await waitForTime(page, 0.5);
    const statuses: string[] = [];
    await page.exposeFunction("reportStatus", (status: string) => statuses.push(status));
    await page.$eval("[data-stream-player]", (el) => {
      new MutationObserver(() =>
        (window as unknown as { reportStatus(s: string): void }).reportStatus(
          (el as HTMLElement).dataset.status ?? "",
        ),
      ).observe(el, { attributes: true, attributeFilter: ["data-status"] });
    });
    dropping = true;
    await page.waitForFunction(
      () => document.querySelector("[data-stream-player]")?.getAttribute("data-status") === "reconnecting",
      null,
      { timeout: 30_000 },
    );
    const statusText = await page.getByRole("status").textContent();
    await page.waitForTimeout(3000);
    dropping = false;
    const before = await currentTime(page);
    await page.waitForFunction(
      (t) => {
        const video = document.querySelector("video");
        const player = document.querySelector("[data-stream-player]") as HTMLElement | null;
        return video !== null && video.currentTime > t + 2 && player?.dataset.status === "playing";
      },
      before,
      { timeout: 45_000 },
    );
    expect(dropped.length).toBeGreaterThan(0);
    expect(statuses).toContain("reconnecting");
    expect(statusText).toMatch(/Verbindung unterbrochen/);
    expect(await page.getByRole("status").textContent()).toBe("");
    await context.close();
  });

  it("tells the visitor a live stream has not started yet, then plays when it does", async () => {
    startLive({ startsInMs: 5000 });
    const { page, context } = await open("live");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent(), { timeout: 15_000 })
      .toMatch(/noch nicht begonnen/);
    await waitForTime(page, 0.2, 45_000);
    expect(await page.$eval("[data-stream-player]", (el) => (el as HTMLElement).dataset.status)).toBe(
      "playing",
    );
    await context.close();
  });

  it("tells the visitor when a live stream has ended", async () => {
    // 20 segments of 2 s; 18 are out when the player joins, the broadcast ends 4 s later.
    startLive({ windowSegments: 18, loop: false });
    const { page, context } = await open("live");
    await page.getByRole("button", { name: "Abspielen" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent(), { timeout: 40_000, interval: 500 })
      .toBe("Der Livestream ist beendet.");
    await context.close();
  });
});
