import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import {
  ALL_CONTENT_TYPES,
  type ContentTypeName,
  LOCALES,
  parseEntries,
  parseSingle,
  readSnapshotEntries,
  readSnapshotManifest,
  type SnapshotManifest,
} from "@showroom/content-types";
import { CmsRequestError, createCmsClient } from "@showroom/content-types/content-source";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_EVENT_STREAMS,
  DEMO_HERITAGE_ITEMS,
  DEMO_PLACES,
  DEMO_SCANS,
  DEMO_TOUR_STOPS,
  DEMO_TOURS,
} from "../../scripts/src/demo/demo-content/index.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { exportSnapshot } from "../../scripts/src/staff/snapshot/export-snapshot.ts";

let dir: string;
let manifest: SnapshotManifest;

beforeAll(async () => {
  dir = await ensureDemoSnapshot();
  manifest = readSnapshotManifest(dir);
}, 900_000);

const published = <T extends { draft?: boolean }>(list: readonly T[]) =>
  list.filter((entry) => !entry.draft).length;

function entriesOf(type: string, locale: string): Record<string, unknown>[] {
  const raw = readSnapshotEntries(dir, type, locale as (typeof LOCALES)[number]);
  return Array.isArray(raw) ? raw : raw ? [raw as Record<string, unknown>] : [];
}

/** Every `url` inside an entry (media files and their image formats). */
function urls(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) urls(item, out);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "url" && typeof inner === "string") out.push(inner);
      else urls(inner, out);
    }
  }
  return out;
}

describe("the demo content snapshot", () => {
  it("validates every entry of every type and locale with the content model", () => {
    for (const type of ALL_CONTENT_TYPES) {
      for (const locale of LOCALES) {
        const raw = readSnapshotEntries(dir, type.name, locale);
        if (type.kind === "singleType") parseSingle(type.name as ContentTypeName, raw, locale);
        else parseEntries(type.name as ContentTypeName, raw, locale);
      }
    }
  });

  it("holds exactly the published demo entries, in German and English", () => {
    const expected: Record<string, number> = {
      place: published(DEMO_PLACES),
      scan: published(DEMO_SCANS),
      "heritage-item": published(DEMO_HERITAGE_ITEMS),
      tour: published(DEMO_TOURS),
      "tour-stop": published(DEMO_TOUR_STOPS),
      "event-stream": published(DEMO_EVENT_STREAMS),
      "site-setting": 1,
      imprint: 1,
    };
    for (const [type, count] of Object.entries(expected)) {
      expect(manifest.counts[type], type).toEqual({ de: count, en: count });
      expect(entriesOf(type, "de"), type).toHaveLength(count);
    }
  });

  it("contains no draft", () => {
    for (const type of ALL_CONTENT_TYPES) {
      for (const locale of LOCALES) {
        for (const entry of entriesOf(type.name, locale)) {
          const title = String(entry[type.titleField] ?? "");
          expect(title.startsWith("ENTWURF"), `${type.name} "${title}" (${locale})`).toBe(false);
          expect(entry.publishedAt, `${type.name} "${title}" (${locale})`).toBeTruthy();
        }
      }
    }
  });

  it("has the same documents in both locales, each in its own language", () => {
    for (const type of ALL_CONTENT_TYPES.filter((t) => t.localized)) {
      const de = entriesOf(type.name, "de");
      const en = entriesOf(type.name, "en");
      expect(en.map((e) => e.documentId).sort(), type.name).toEqual(de.map((e) => e.documentId).sort());
      for (const entry of en) expect(entry.locale).toBe("en");
    }
    const wall = entriesOf("place", "en").find((place) => place.slug === "oldenburg-rampart");
    expect(wall?.name).toBe("Oldenburg Rampart (Starigard)");
  });

  it("links tours to their stops in order, with QR codes", () => {
    const stops = entriesOf("tour-stop", "de") as {
      code: string;
      position: number;
      tour: { slug: string } | null;
    }[];
    const wallStops = stops
      .filter((stop) => stop.tour?.slug === "rundgang-starigard")
      .sort((a, b) => a.position - b.position);
    expect(wallStops.map((stop) => stop.code)).toEqual(["W1", "W2", "W3", "W4", "W5"]);
    const churchStops = stops.filter((stop) => stop.tour?.slug === "st-johannis-entdecken");
    expect(churchStops.map((stop) => stop.code).sort()).toEqual(["K1", "K2", "K3", "K4"]);
  });

  it("has one past stream with a recording and captions, one live, one upcoming and one cancelled", () => {
    const now = Date.now();
    const streams = entriesOf("event-stream", "de") as {
      start: string;
      end: string;
      statusOverride: string | null;
      recordingUrl: string | null;
      hlsUrl: string | null;
      captions: { language: string; file: { url: string } }[];
      chapters: unknown[];
    }[];
    const past = streams.filter((s) => Date.parse(s.end) < now && !s.statusOverride);
    const live = streams.filter(
      (s) => Date.parse(s.start) <= now && Date.parse(s.end) > now && !s.statusOverride,
    );
    const upcoming = streams.filter((s) => Date.parse(s.start) > now && !s.statusOverride);
    const cancelled = streams.filter((s) => s.statusOverride === "cancelled");
    expect([past.length, live.length, upcoming.length, cancelled.length]).toEqual([1, 1, 1, 1]);
    expect(past[0]?.recordingUrl).toMatch(/^\/media\/streams\/[a-z0-9-]+\/master\.m3u8$/);
    expect(past[0]?.captions.map((c) => c.language).sort()).toEqual(["de", "en"]);
    expect(past[0]?.chapters.length).toBeGreaterThan(1);
    expect(live[0]?.hlsUrl).toMatch(/^\/media\/streams\/[a-z0-9-]+\/master\.m3u8$/);
    const vtt = readFileSync(join(dir, past[0]?.captions[0]?.file.url as string), "utf8");
    expect(vtt.startsWith("WEBVTT")).toBe(true);
  });

  it("stores every referenced media file once, named and checked by its sha256", () => {
    const listed = new Map(manifest.media.map((file) => [file.file, file]));
    expect(listed.size).toBeGreaterThan(10);
    for (const file of manifest.media) {
      const bytes = readFileSync(join(dir, "media", file.file));
      expect(createHash("sha256").update(bytes).digest("hex"), file.file).toBe(file.sha256);
      expect(file.file.startsWith(file.sha256)).toBe(true);
      expect(bytes.byteLength).toBe(file.bytes);
    }
    for (const type of ALL_CONTENT_TYPES) {
      for (const locale of LOCALES) {
        for (const url of urls(entriesOf(type.name, locale))) {
          expect(url, `${type.name} (${locale})`).toMatch(/^media\/[0-9a-f]{64}\.[a-z0-9]+$/);
          expect(listed.has(url.slice("media/".length)), url).toBe(true);
          expect(existsSync(join(dir, url))).toBe(true);
        }
      }
    }
  });

  it("includes a valid GLB model for every scan", () => {
    for (const scan of entriesOf("scan", "de") as { slug: string; model: { url: string } }[]) {
      const bytes = readFileSync(join(dir, scan.model.url));
      expect(bytes.subarray(0, 4).toString("latin1"), scan.slug).toBe("glTF");
    }
  });
});

describe("reading from a CMS that is not there", () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    return port;
  }

  it("fails with a message that names the address and what to do", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await createCmsClient({ url })
      .entries("place", "de")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsRequestError);
    expect((error as Error).message).toContain(`Cannot reach the CMS at ${url}`);
    expect((error as Error).message).toContain("npm start");
  });

  it("leaves an existing snapshot folder untouched", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    await expect(exportSnapshot({ url, outDir: dir })).rejects.toThrow(/Cannot reach the CMS/);
    expect(readSnapshotManifest(dir).createdAt).toBe(manifest.createdAt);
  });
});
