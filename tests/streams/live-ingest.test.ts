/**
 * Live streams staff run: ffmpeg pushes a generated test stream over RTMP with an event's stream key
 * to the ingest (scripts/src/host/live/), which checks the key with a real CMS, packages HLS with a
 * caption rendition, and attaches the recording to the event when the stream ends. hls.js in
 * Chromium plays the live stream from the served live folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { type LiveIngest, startLiveIngest } from "../../scripts/src/host/live/live-ingest.ts";
import { ffmpegPath } from "../../scripts/src/shared/system-tools/ffmpeg-path.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { playerMarkup, writeHarness } from "./support/harness.ts";

const UID = "api::event-stream.event-stream";
const SECRET = "test-live-ingest-secret";
let dir: string;
let liveDir: string;
let cms: TestStrapi;
let server: StaticServer;
let ingest: LiveIngest;
let browser: Browser;
const logLines: string[] = [];
let event: { documentId: string; slug: string };
let streamKey: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "showroom-live-"));
  liveDir = join(dir, "media", "live");
  let serve: LiveIngest["serve"] | undefined;
  server = await serveStatic(dir, { intercept: (req, res) => serve?.(req, res) ?? false });
  cms = await startStrapi({
    env: { LIVE_INGEST_SECRET: SECRET, LIVE_INGEST_CONTROL_URL: `${server.url}/_live` },
  });
  ingest = await startLiveIngest({
    liveDir,
    urlPrefix: "/media/live/",
    port: 0,
    host: "127.0.0.1",
    cms: { url: cms.url, secret: SECRET },
    log: (line) => logLines.push(line),
  });
  serve = ingest.serve;
  const created = (await cms.strapi.documents(UID as never).create({
    locale: "de",
    status: "published",
    data: {
      title: "Konzert live",
      slug: "konzert-live",
      kind: "concert",
      summary: "Ein Konzert, live übertragen.",
      start: new Date(Date.now() - 60_000).toISOString(),
      end: new Date(Date.now() + 3_600_000).toISOString(),
    },
  } as never)) as { documentId: string; slug: string };
  event = created;
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await ingest?.close();
  await server?.close();
  await cms?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A generated stream (test pattern + tone, 1 s keyframes) pushed in real time, like OBS would. */
function push(key: string, seconds: number): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(
    ffmpegPath(),
    [
      ...["-hide_banner", "-loglevel", "error", "-re"],
      ...["-f", "lavfi", "-i", `testsrc=size=320x180:rate=25:duration=${seconds}`],
      ...["-f", "lavfi", "-i", `sine=frequency=440:sample_rate=48000:duration=${seconds}`],
      ...["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p"],
      ...["-g", "25", "-keyint_min", "25", "-c:a", "aac", "-b:a", "64k"],
      ...["-f", "flv", `${ingest.ingestUrl}/${key}`],
    ],
    { stdio: "ignore" },
  );
  return { child, done: new Promise((resolve) => child.on("close", resolve)) };
}

describe("live ingest", () => {
  it("gives every new event a stream key that staff see in the admin and the public API never shows", async () => {
    const staff = await cms.adminFetch(`/live/events/${event.documentId}`);
    expect(staff.status).toBe(200);
    ({ streamKey } = (await staff.json()) as { streamKey: string });
    expect(streamKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const visitor = await cms.publicFetch(`/api/event-streams?populate=*&locale=de`);
    const text = await visitor.text();
    expect(text).toContain("konzert-live");
    expect(text).not.toContain(streamKey);
    // Nor can a visitor test guesses: filtering or selecting by the key is refused or finds nothing.
    for (const query of [
      `filters[streamKey][$eq]=${streamKey}`,
      "fields[0]=streamKey",
      `filters[streamKey][$startsWith]=${streamKey.slice(0, 3)}`,
    ]) {
      const probe = await cms.publicFetch(`/api/event-streams?${query}`);
      const body = await probe.text();
      expect(body).not.toContain(streamKey);
      if (probe.status === 200)
        expect(
          (JSON.parse(body) as { data: unknown[] }).data.every(
            (e) => !JSON.stringify(e).includes("streamKey"),
          ),
        ).toBe(true);
      if (probe.status === 200 && query.startsWith("filters"))
        expect((JSON.parse(body) as { data: unknown[] }).data).toEqual([]);
    }
    expect((await cms.publicFetch(`/live/events/${event.documentId}`)).status).toBe(401);
    expect((await cms.publicFetch("/live/ingest/authorize", { method: "POST" })).status).toBe(401);
  });

  it("refuses a stream with a wrong key: nothing is written and the log says why", async () => {
    const { done } = push("wrong-key-0123456789abcdef", 5);
    expect(await done).not.toBe(0);
    await ingest.idle();
    expect(logLines.join("\n")).toMatch(/refused a stream from .*belongs to no event/);
    const sessions = readdirSync(join(liveDir, "sessions"));
    expect(sessions).toEqual([]);
    expect(existsSync(join(liveDir, event.slug))).toBe(false);
  });

  it("packages the right key's stream to HLS that hls.js plays with a LIVE badge and the captions staff type, and attaches the recording at the end", async () => {
    const { done } = push(streamKey, 16);
    const master = join(liveDir, event.slug, "master.m3u8");
    const window = join(liveDir, event.slug, "video", "index.m3u8");
    await expect.poll(() => existsSync(window), { timeout: 15_000, interval: 200 }).toBe(true);
    expect(readFileSync(master, "utf8")).toContain("TYPE=SUBTITLES");
    const status = JSON.parse(readFileSync(join(liveDir, "status.json"), "utf8"));
    expect(status.live).toEqual([expect.objectContaining({ slug: event.slug })]);

    await writeHarness(dir, {
      live: playerMarkup({
        src: `/media/live/${event.slug}/master.m3u8`,
        live: true,
        liveStatus: "/media/live/status.json",
      }),
    });
    const { page, context, foreignRequests } = await newRecordedPage(browser, server.url);
    await page.goto(`${server.url}/live.html`);
    // On air before play: the badge comes from the ingest's status file.
    await page.getByText("LIVE", { exact: true }).waitFor({ state: "visible", timeout: 5000 });
    await page.getByRole("button", { name: "Abspielen" }).click();
    await page.waitForFunction(
      () => {
        const video = document.querySelector("video");
        return video !== null && video.currentTime > 1 && !video.paused;
      },
      null,
      { timeout: 20_000, polling: 200 },
    );

    const caption = await cms.adminFetch(`/live/events/${event.documentId}/captions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Willkommen zum Konzert!" }),
    });
    expect(caption.status).toBe(200);
    const shownCaption = () =>
      page.$eval("video", (video) =>
        Array.from((video as HTMLVideoElement).textTracks)
          .filter((track) => track.mode === "showing")
          .flatMap((track) => Array.from(track.activeCues ?? []).map((cue) => (cue as VTTCue).text)),
      );
    await expect.poll(shownCaption, { timeout: 15_000, interval: 200 }).toEqual(["Willkommen zum Konzert!"]);
    expect(foreignRequests).toEqual([]);
    await context.close();

    expect(await done).toBe(0);
    await ingest.idle();
    const published = (await cms.strapi
      .documents(UID as never)
      .findOne({ documentId: event.documentId, locale: "de", status: "published" } as never)) as unknown as {
      recordingUrl?: string;
      hlsUrl?: string;
    };
    expect(published.hlsUrl).toBe(`/media/live/${event.slug}/master.m3u8`);
    expect(published.recordingUrl).toMatch(/^\/media\/live\/sessions\/[\w-]+\/recording\.m3u8$/);
    const recording = join(liveDir, (published.recordingUrl as string).slice("/media/live/".length));
    const video = readFileSync(join(recording, "..", "video", "recording.m3u8"), "utf8");
    expect(video).toContain("#EXT-X-ENDLIST");
    expect(video.match(/#EXTINF/g)?.length).toBeGreaterThanOrEqual(10);
    const subs = readdirSync(join(recording, "..", "subs"))
      .filter((name) => name.endsWith(".vtt"))
      .map((name) => readFileSync(join(recording, "..", "subs", name), "utf8"))
      .join("\n");
    expect(subs).toContain("Willkommen zum Konzert!");
    expect(JSON.parse(readFileSync(join(liveDir, "status.json"), "utf8")).live).toEqual([]);
  });
});
