/**
 * The built event pages in Chromium with a fixed browser clock: every state renders its own panel
 * (the state is computed in the browser, so one static build serves all times), the page turns
 * live at the start without a reload, the recording plays with chapters and transcript, and the
 * calendar files parse.
 */
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import {
  siteSourceHash,
  TEST_EVENTS,
  writeEventSnapshot,
} from "../../scripts/src/dev/fixtures/event-snapshot.ts";
import { streamsDir, testStreams } from "../../scripts/src/dev/fixtures/streams.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const snapshotDir = await writeEventSnapshot(await testStreams());
  outDir = (await buildSite({ snapshotDir, env: { SHOWROOM_SITE_SOURCE: siteSourceHash() } })).outDir;
  // The built site serves /media/ from the snapshot; the generated streams join it like on the demo.
  const streams = join(outDir, "media", "streams");
  if (!existsSync(streams)) symlinkSync(streamsDir, streams, "dir");
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAt(path: string, time: string | undefined) {
  const recorded = await newRecordedPage(browser, server.url);
  if (time) await recorded.page.clock.setFixedTime(new Date(time));
  await recorded.page.goto(`${server.url}${path}`);
  return recorded;
}

async function visiblePanels(page: Page): Promise<string[]> {
  return page.$$eval("[data-state-panel]", (panels) =>
    panels
      .filter((panel) => !(panel as HTMLElement).hidden)
      .map((panel) => (panel as HTMLElement).dataset.statePanel ?? ""),
  );
}

const minutes = (iso: string, delta: number) => new Date(Date.parse(iso) + delta * 60_000).toISOString();

describe("event page states at fixed clock times", () => {
  const { council, concert, lecture } = TEST_EVENTS;
  it.each([
    ["council", minutes(council.start, -90), "upcoming", /Beginnt in 1 Stunde, 30 Minuten/],
    ["council", minutes(council.start, 30), "live", /Abspielen/],
    [
      "council",
      minutes(council.end, 60 * 24),
      "recorded",
      /Kapitel[\s\S]*TOP 3[\s\S]*Bericht zum digitalen Showroom/,
    ],
    ["concert", minutes(concert.end, 10), "ended", /Die Aufzeichnung folgt in Kürze/],
    ["lecture", minutes(lecture.start, 10), "live", /wird nicht im Internet übertragen/],
    ["lecture", minutes(lecture.end, 10), "ended", /^\s*Die Veranstaltung ist beendet\.\s*$/],
    ["cancelled", "2026-01-01T12:00:00Z", "cancelled", /abgesagt[\s\S]*wegen Sturm/],
    [
      "postponed",
      TEST_EVENTS.postponed.start,
      "postponed",
      /verschoben[\s\S]*Neuer Termin:[\s\S]*3\. Juli 2026/,
    ],
    ["undated", "2026-01-01T12:00:00Z", "postponed", /Ein neuer Termin steht noch nicht fest/],
  ])("/veranstaltungen/%s/ at %s shows the %s panel", async (slug, time, state, text) => {
    const { page, context, consoleErrors, foreignRequests } = await openAt(`/veranstaltungen/${slug}/`, time);
    await expect.poll(() => page.getAttribute("[data-event-page]", "data-state")).toBe(state);
    expect(await visiblePanels(page)).toEqual([state]);
    const panelText = await page.locator(`[data-state-panel="${state}"]`).textContent();
    expect(panelText).toMatch(text);
    const badges = await page
      .locator("[data-event-page] > .event-badge [data-badge]:visible")
      .allInnerTexts();
    expect(badges).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("turns from upcoming to live at the start time without a reload", async () => {
    const fresh = await newRecordedPage(browser, server.url);
    await fresh.page.clock.install({ time: new Date(minutes(council.start, -0.05)) });
    await fresh.page.goto(`${server.url}/veranstaltungen/council/`);
    await expect.poll(() => fresh.page.getAttribute("[data-event-page]", "data-state")).toBe("upcoming");
    expect(await fresh.page.locator("[data-countdown]").textContent()).toMatch(/^0 Minuten, [23] Sekunden$/);
    await fresh.page.clock.runFor(5000);
    await expect.poll(() => fresh.page.getAttribute("[data-event-page]", "data-state")).toBe("live");
    expect(await visiblePanels(fresh.page)).toEqual(["live"]);
    await fresh.page.clock.runFor(2 * 3600_000);
    await expect.poll(() => fresh.page.getAttribute("[data-event-page]", "data-state")).toBe("recorded");
    await fresh.context.close();
  });

  it("renders the English page with English texts and transcript", async () => {
    const { page, context } = await openAt("/en/events/council-en/", minutes(council.end, 60));
    await expect.poll(() => page.getAttribute("[data-event-page]", "data-state")).toBe("recorded");
    const text = await page.locator('[data-state-panel="recorded"]').textContent();
    expect(text).toMatch(/Chapters[\s\S]*Item 3[\s\S]*Report on the digital showroom/);
    expect(text).toMatch(/Transcript \(from the captions, English\)[\s\S]*The chair opens the meeting/);
    await context.close();
  });
});

describe("accessibility", () => {
  it.each([
    ["/veranstaltungen/council/", "2026-03-11T12:00:00Z", "recorded"],
    ["/veranstaltungen/council/", "2026-03-10T17:00:00Z", "upcoming"],
    ["/en/events/postponed-en/", "2026-05-01T12:00:00Z", "postponed"],
    ["/veranstaltungen/", "2026-03-10T18:30:00Z", "list"],
  ])("%s (%s, %s) has no axe violations, also with the player started", async (path, time, state) => {
    const { page, context } = await openAt(path, time);
    if (state === "recorded") {
      await page.locator('[data-state-panel="recorded"] [data-play]').click();
      await page.waitForSelector('[data-state-panel="recorded"] [data-quality-field]:not([hidden])');
    }
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    await context.close();
  });
});

describe("event page content without JavaScript", () => {
  const html = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");

  it("prints the captions as an HTML transcript and the chapters as links", () => {
    const page = html("veranstaltungen/council");
    expect(page).toMatch(/<section class="transcript[^"]*"[^>]*lang="de"/);
    expect(page).toContain("Die Vorsitzende eröffnet die Sitzung der Stadtvertretung.");
    expect(page).toContain("Der Bericht wird zur Kenntnis genommen.");
    expect(page).toMatch(/<a href="#t=40" data-seek="40"[^>]*>[\s\S]*?TOP 3/);
    expect(page).toMatch(
      /<track kind="captions" srclang="en" label="English" src="\/media\/stream-captions-en_[0-9a-f]+\.vtt"/,
    );
  });

  it("shows one transcript: the one from the captions, not also the written one", () => {
    const page = html("veranstaltungen/council");
    expect(page.match(/<h2[^>]*>[^<]*Transkript/g)).toHaveLength(1);
    expect(page).not.toContain("Wortprotokoll der Sitzung (Test).");
  });

  it("describes each event with schema.org Event JSON-LD: status, attendance mode and location", () => {
    const jsonLd = (path: string) => {
      const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html(path));
      return JSON.parse(match?.[1] ?? "null");
    };
    const council = jsonLd("veranstaltungen/council");
    expect(council).toMatchObject({
      "@type": "Event",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      startDate: TEST_EVENTS.council.start,
    });
    expect(council.location.map((l: { "@type": string }) => l["@type"])).toEqual([
      "Place",
      "VirtualLocation",
    ]);
    expect(jsonLd("veranstaltungen/cancelled").eventStatus).toBe("https://schema.org/EventCancelled");
    expect(jsonLd("veranstaltungen/postponed")).toMatchObject({
      eventStatus: "https://schema.org/EventPostponed",
      startDate: TEST_EVENTS.postponed.to,
      previousStartDate: TEST_EVENTS.postponed.start,
    });
    // The machine-readable twin holds the same JSON-LD.
    const twin = JSON.parse(readFileSync(join(outDir, "json", "veranstaltungen", "council.json"), "utf8"));
    expect(twin).toEqual(council);
    const lecture = jsonLd("veranstaltungen/lecture");
    expect(lecture.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(lecture.location).toEqual([{ "@type": "Place", name: "Rathaus, Sitzungssaal" }]);
  });
});

describe("calendar files", () => {
  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar
      .getAllSubcomponents("vevent")
      .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
  }

  it("serves the feed of all events as valid iCalendar with status and links", async () => {
    for (const [path, eventPrefix] of [
      ["/veranstaltungen/kalender.ics", "/veranstaltungen/"],
      ["/en/events/calendar.ics", "/en/events/"],
    ] as const) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
      const entries = parse(await response.text());
      expect(entries).toHaveLength(6);
      const byUid = new Map(entries.map((entry) => [entry.event.uid.split("@")[0], entry]));
      expect(byUid.get("test-event-cancelled")?.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(byUid.get("test-event-undated")?.vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
      const postponed = byUid.get("test-event-postponed")?.event;
      expect(postponed?.startDate.toJSDate().toISOString()).toBe(TEST_EVENTS.postponed.to);
      const council = byUid.get("test-event-council");
      expect(council?.event.startDate.toJSDate().toISOString()).toBe(TEST_EVENTS.council.start);
      expect(String(council?.vevent.getFirstPropertyValue("url"))).toContain(eventPrefix);
    }
  });

  it("offers each upcoming event as its own calendar file from the page", async () => {
    const { page, context } = await openAt("/veranstaltungen/concert/", "2026-06-01T10:00:00Z");
    const href = await page.locator('[data-state-panel="upcoming"] a[data-ics]').getAttribute("href");
    expect(href).toBe("/veranstaltungen/concert/kalender.ics");
    const entries = parse(await (await fetch(`${server.url}${href}`)).text());
    expect(entries.map((entry) => entry.event.summary)).toEqual(["Konzert (Test)"]);
    await context.close();
  });
});

describe("events list", () => {
  it("groups events as live now, upcoming and past by the browser clock", async () => {
    const { page, context, consoleErrors } = await openAt(
      "/veranstaltungen/",
      minutes(TEST_EVENTS.council.start, 10),
    );
    const titles = (group: string) =>
      page.locator(`[data-group="${group}"] [data-event-card] h3`).allInnerTexts();
    await expect.poll(() => titles("live")).toEqual(["Sitzung der Stadtvertretung (Test)"]);
    expect(await titles("upcoming")).toEqual([
      "Vortrag ohne Stream (Test)",
      "Abgesagte Führung (Test)",
      "Verschobener Vortrag (Test)",
      "Verschoben ohne Termin (Test)",
      "Konzert (Test)",
    ]);
    expect(await titles("past")).toEqual([]);
    await page.clock.setFixedTime(new Date("2026-06-01T00:00:00Z"));
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect
      .poll(() => titles("past"))
      .toEqual([
        "Abgesagte Führung (Test)",
        "Vortrag ohne Stream (Test)",
        "Sitzung der Stadtvertretung (Test)",
      ]);
    expect(await page.locator('[data-group="live"]').isHidden()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("recording on the built page", () => {
  it("plays, seeks by chapter and shows captions, with hls.js fetched only on play", async () => {
    const { page, context, consoleErrors, foreignRequests } = await openAt(
      "/veranstaltungen/council/",
      undefined,
    );
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.waitForSelector("[data-state-panel='recorded'] [data-stream-player][data-ready='true']");
    expect(scripts.some((path) => /hls/.test(path))).toBe(false);
    await page
      .getByRole("link", { name: /Bericht zum digitalen Showroom/ })
      .first()
      .click();
    await page.waitForFunction(
      () => {
        const video = document.querySelector<HTMLVideoElement>('[data-state-panel="recorded"] video');
        return video !== null && video.currentTime > 40.2 && video.currentTime < 50 && !video.paused;
      },
      null,
      { timeout: 30_000 },
    );
    expect(scripts.some((path) => /hls/.test(path))).toBe(true);
    await page.getByRole("combobox", { name: "Untertitel" }).selectOption("de");
    await expect
      .poll(
        () =>
          page.$eval('[data-state-panel="recorded"] video', (video) => {
            const track = Array.from((video as HTMLVideoElement).textTracks).find(
              (t) => t.mode === "showing",
            );
            return (track?.activeCues?.[0] as VTTCue | undefined)?.text ?? "";
          }),
        { timeout: 15_000 },
      )
      .toMatch(/Bericht zum digitalen Showroom|zur Kenntnis genommen/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
