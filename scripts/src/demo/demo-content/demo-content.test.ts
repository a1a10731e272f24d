import { QR_CODE_PATTERN, SLUG_PATTERN } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import { DEMO_STREAMS } from "../hls/demo-streams.ts";
import { DEMO_PICTURE_KEYS } from "../media/demo-images.ts";
import {
  DEMO_EVENT_STREAMS,
  DEMO_HERITAGE_ITEMS,
  DEMO_PLACES,
  DEMO_SCANS,
  DEMO_TOUR_STOPS,
  DEMO_TOURS,
  type DemoImage,
} from "./index.ts";

const collections = {
  place: DEMO_PLACES.map((e) => ({ ...e, title: e.name })),
  scan: DEMO_SCANS,
  "heritage-item": DEMO_HERITAGE_ITEMS,
  tour: DEMO_TOURS,
  "tour-stop": DEMO_TOUR_STOPS,
  "event-stream": DEMO_EVENT_STREAMS,
};

function imagesOf(entry: object): DemoImage[] {
  const found: DemoImage[] = [];
  for (const value of Object.values(entry)) {
    const list = Array.isArray(value) ? value : [value];
    for (const item of list)
      if (item && typeof item === "object" && "picture" in item) found.push(item as DemoImage);
  }
  return found;
}

describe("the demo content", () => {
  it("has exactly one ENTWURF draft per collection type, titled so in both languages", () => {
    for (const [type, entries] of Object.entries(collections)) {
      const drafts = entries.filter((entry) => entry.draft);
      expect(drafts, type).toHaveLength(1);
      expect(drafts[0]?.title.de.startsWith("ENTWURF"), type).toBe(true);
      expect(drafts[0]?.title.en.startsWith("ENTWURF"), type).toBe(true);
      for (const entry of entries.filter((e) => !e.draft))
        expect(entry.title.de.startsWith("ENTWURF")).toBe(false);
    }
  });

  it("uses valid, unique slugs per locale", () => {
    const slug = new RegExp(SLUG_PATTERN);
    for (const [type, entries] of Object.entries(collections)) {
      for (const locale of ["de", "en"] as const) {
        const slugs = entries.map((entry) => entry.slug[locale]);
        for (const value of slugs) expect(value, `${type} ${value}`).toMatch(slug);
        expect(new Set(slugs).size, `${type} (${locale})`).toBe(slugs.length);
      }
    }
  });

  it("gives every stop a permanent QR code and numbers the stops of each tour 1, 2, 3 …", () => {
    const code = new RegExp(QR_CODE_PATTERN);
    const codes = DEMO_TOUR_STOPS.map((stop) => stop.code);
    for (const value of codes) expect(value).toMatch(code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const tour of DEMO_TOURS) {
      const positions = DEMO_TOUR_STOPS.filter((stop) => stop.tour === tour.slug.de && !stop.draft)
        .map((stop) => stop.position)
        .sort((a, b) => a - b);
      expect(positions, tour.slug.de).toEqual(positions.map((_, index) => index + 1));
    }
  });

  it("relates only to entries that exist and are published", () => {
    const published = <T extends { draft?: boolean }>(list: readonly T[]) => list.filter((e) => !e.draft);
    const places = new Set(published(DEMO_PLACES).map((p) => p.slug.de));
    const scans = new Set(published(DEMO_SCANS).map((s) => s.slug.de));
    const items = new Set(published(DEMO_HERITAGE_ITEMS).map((i) => i.inventoryNumber));
    const tours = new Set(DEMO_TOURS.map((t) => t.slug.de));
    for (const item of DEMO_HERITAGE_ITEMS) {
      if (item.place) expect(places.has(item.place), item.slug.de).toBe(true);
      if (item.scan) expect(scans.has(item.scan), item.slug.de).toBe(true);
    }
    for (const stop of DEMO_TOUR_STOPS) {
      expect(tours.has(stop.tour), stop.code).toBe(true);
      if (stop.place) expect(places.has(stop.place), stop.code).toBe(true);
      for (const key of stop.items ?? []) expect(items.has(key), `${stop.code} → ${key}`).toBe(true);
      for (const key of stop.scans ?? []) expect(scans.has(key), `${stop.code} → ${key}`).toBe(true);
    }
    for (const event of DEMO_EVENT_STREAMS) if (event.place) expect(places.has(event.place)).toBe(true);
  });

  it("gives every image an existing picture and alt text in both languages", () => {
    const all = Object.values(collections).flatMap((entries) => entries.flatMap((entry) => imagesOf(entry)));
    expect(all.length).toBeGreaterThan(15);
    for (const image of all) {
      expect(DEMO_PICTURE_KEYS).toContain(image.picture);
      expect(image.alt.de.length).toBeGreaterThanOrEqual(10);
      expect(image.alt.en.length).toBeGreaterThanOrEqual(10);
    }
  });

  it("gives every audio guide a transcript in both languages", () => {
    const guided = DEMO_TOUR_STOPS.filter((stop) => stop.audio);
    expect(guided.length).toBeGreaterThan(0);
    for (const stop of guided) {
      expect(stop.transcript?.de, stop.code).toBeTruthy();
      expect(stop.transcript?.en, stop.code).toBeTruthy();
    }
  });

  it("names only generated demo streams, with captions for the recording", () => {
    const names = new Set(DEMO_STREAMS.map((stream) => stream.name));
    for (const event of DEMO_EVENT_STREAMS) {
      for (const name of [event.live, event.recording]) if (name) expect(names.has(name), name).toBe(true);
    }
    const recording = DEMO_STREAMS.find(
      (s) => s.name === DEMO_EVENT_STREAMS.find((e) => e.recording)?.recording,
    );
    expect(recording?.captions?.de.length).toBeGreaterThan(0);
    expect(recording?.captions?.en.length).toBeGreaterThan(0);
  });

  it("plans one past, one live, one upcoming and one cancelled event", () => {
    const events = DEMO_EVENT_STREAMS.filter((e) => !e.draft);
    const past = events.filter((e) => e.when !== "live-now" && e.when.days < 0 && !e.statusOverride);
    const live = events.filter((e) => e.when === "live-now");
    const upcoming = events.filter((e) => e.when !== "live-now" && e.when.days > 0 && !e.statusOverride);
    const cancelled = events.filter((e) => e.statusOverride === "cancelled");
    expect([past.length, live.length, upcoming.length, cancelled.length]).toEqual([1, 1, 1, 1]);
    expect(past[0]?.recording).toBeTruthy();
  });
});
