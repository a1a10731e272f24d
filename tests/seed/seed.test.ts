import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_CONTENT_TYPES, ContentValidationError } from "@showroom/content-types";
import { CmsRequestError, createCmsClient } from "@showroom/content-types/content-source";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_PLACES,
  DEMO_SCANS,
  DEMO_TOUR_STOPS,
  DEMO_TOURS,
} from "../../scripts/src/demo/demo-content/index.ts";
import { type SeedReport, seedDemoContent } from "../../scripts/src/demo/seed/seed-demo-content.ts";
import { probeMedia } from "../../scripts/src/shared/system-tools/probe-media.ts";
import { validateGltf } from "../../scripts/src/staff/scan/validate-gltf.ts";
import { exportSnapshot } from "../../scripts/src/staff/snapshot/export-snapshot.ts";
import type { ApiUid } from "../cms/content-fixtures.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

type MediaRow = { name: string; mime: string; url: string; caption: string | null };
type Row = {
  id: number;
  documentId: string;
  locale: string | null;
  updatedAt: string;
  publishedAt: string | null;
};

const collectionTypes = ALL_CONTENT_TYPES.filter((type) => type.kind === "collectionType");
const uid = (name: string) => `api::${name}.${name}` as ApiUid;

let cms: TestStrapi;
let first: SeedReport;
let second: SeedReport;
let rowsAfterFirst: Record<string, Row[]>;
let rowsAfterSecond: Record<string, Row[]>;
let filesAfterFirst: number;
let filesAfterSecond: number;

async function allRows(): Promise<Record<string, Row[]>> {
  const rows: Record<string, Row[]> = {};
  for (const type of ALL_CONTENT_TYPES) {
    rows[type.name] = (await cms.strapi.db.query(uid(type.name)).findMany({
      select: ["id", "documentId", "locale", "updatedAt", "publishedAt"],
      orderBy: { id: "asc" },
    })) as Row[];
  }
  return rows;
}

beforeAll(async () => {
  // The demo scans bring their own posters: no browser needed for generated ones.
  cms = await startStrapi({ env: { SCAN_POSTER: "false" } });
  first = await seedDemoContent(cms.strapi);
  rowsAfterFirst = await allRows();
  filesAfterFirst = await cms.strapi.db.query("plugin::upload.file").count();
  second = await seedDemoContent(cms.strapi);
  rowsAfterSecond = await allRows();
  filesAfterSecond = await cms.strapi.db.query("plugin::upload.file").count();
}, 600_000);

afterAll(async () => {
  await cms?.stop();
});

describe("the demo seed", () => {
  it("creates the demo content on an empty database", () => {
    expect(first.created).toBeGreaterThan(50);
    expect(first.updated).toBe(0);
    expect(first.uploaded).toBeGreaterThan(10);
  });

  it("changes nothing when run a second time", () => {
    expect({
      created: second.created,
      updated: second.updated,
      uploaded: second.uploaded,
      published: second.published,
      changed: second.entries.filter((entry) => entry.action !== "unchanged"),
    }).toEqual({
      created: 0,
      updated: 0,
      uploaded: 0,
      published: 0,
      changed: [],
    });
    expect(second.unchanged).toBe(first.created);
    expect(rowsAfterSecond).toEqual(rowsAfterFirst);
    expect(filesAfterSecond).toBe(filesAfterFirst);
  });

  it("creates a German and an English version of every seeded document", () => {
    for (const type of ALL_CONTENT_TYPES.filter((t) => t.localized)) {
      const byDocument = new Map<string, Set<string>>();
      for (const row of rowsAfterFirst[type.name] ?? []) {
        byDocument.set(row.documentId, (byDocument.get(row.documentId) ?? new Set()).add(String(row.locale)));
      }
      for (const [documentId, locales] of byDocument) {
        expect([...locales].sort(), `${type.name} ${documentId}`).toEqual(["de", "en"]);
      }
    }
  });

  it("leaves one unpublished ENTWURF draft per editorial collection type", async () => {
    // Retired QR codes are records of deleted signs, not edited content: no draft there.
    for (const type of collectionTypes.filter((t) => t.name !== "retired-code")) {
      const titleField = type.titleField;
      const drafts = (await cms.strapi.documents(uid(type.name)).findMany({
        locale: "de",
        status: "draft",
        filters: { [titleField]: { $startsWith: "ENTWURF" } },
      })) as unknown as { documentId: string }[];
      expect(drafts, type.name).toHaveLength(1);
      const published = await cms.strapi.documents(uid(type.name)).findMany({
        status: "published",
        filters: { documentId: (drafts[0] as { documentId: string }).documentId },
      });
      expect(published, `${type.name} draft is not published`).toHaveLength(0);
    }
  });

  it("keeps drafts out of the public API", async () => {
    const response = await cms.publicFetch("/api/places?locale=de&pagination[pageSize]=100");
    const body = (await response.json()) as { data: { name: string }[] };
    expect(response.status).toBe(200);
    expect(body.data.length).toBe(DEMO_PLACES.filter((place) => !place.draft).length);
    expect(body.data.some((place) => place.name.startsWith("ENTWURF"))).toBe(false);
  });

  it("stores every scan's model in the media library as a valid GLB", async () => {
    const scans = (await cms.strapi.documents("api::scan.scan").findMany({
      locale: "de",
      status: "published",
      populate: { model: true },
    })) as unknown as { slug: string; model: { url: string; mime: string } | null }[];
    expect(scans.length).toBeGreaterThanOrEqual(4);
    for (const scan of scans) {
      expect(scan.model, scan.slug).not.toBeNull();
      const response = await cms.publicFetch(scan.model?.url as string);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const { errorLines } = await validateGltf(bytes, { uri: `${scan.slug}.glb` });
      expect(errorLines, scan.slug).toEqual([]);
    }
  });

  it("gives every published demo stop a spoken audio guide in German and English, not the chime", async () => {
    const published = DEMO_TOUR_STOPS.filter((stop) => !stop.draft);
    const work = mkdtempSync(join(tmpdir(), "seed-speech-"));
    try {
      for (const locale of ["de", "en"] as const) {
        const stops = (await cms.strapi.documents("api::tour-stop.tour-stop").findMany({
          locale,
          status: "published",
          populate: { audio: true },
        })) as unknown as { code: string; transcript: string | null; audio: MediaRow | null }[];
        for (const demo of published) {
          const where = `${demo.code} (${locale})`;
          const stop = stops.find((candidate) => candidate.code === demo.code);
          expect(stop?.audio?.mime, where).toBe("audio/mp4");
          expect(stop?.audio?.name, where).toMatch(/^demo-speech-/);
          expect(stop?.audio?.caption, where).toMatch(
            locale === "de" ? /Synthetische Stimme/ : /Synthetic voice/,
          );
          expect(stop?.transcript, where).toBe(demo.transcript?.[locale]);
          const file = join(work, `${demo.code}-${locale}.m4a`);
          writeFileSync(
            file,
            Buffer.from(await (await cms.publicFetch(stop?.audio?.url as string)).arrayBuffer()),
          );
          // Speech takes about a third of a second per word; the chime lasts four seconds whatever the text.
          const words = demo.transcript?.[locale].split(/\s+/).length ?? 0;
          const { durationSeconds } = await probeMedia(file);
          expect(durationSeconds, where).toBeGreaterThan(words * 0.25);
          expect(durationSeconds, where).toBeLessThan(words * 0.8);
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("falls back to the chime without eSpeak NG, saying in one line how to get speech, and speaks again once it is there", async () => {
    const spoken = DEMO_TOUR_STOPS.filter((stop) => stop.audio).length * 2;
    const lines: string[] = [];
    const chime = await seedDemoContent(cms.strapi, {
      speechSynthesizer: false,
      log: (line) => lines.push(line),
    });
    expect(lines.filter((line) => line.includes("espeak-ng"))).toEqual([
      "seed: espeak-ng not found (needed for the spoken demo audio guides): run `sudo apt-get install -y espeak-ng`; until then the demo audio guides are a chime",
    ]);
    const stop = (await cms.strapi.documents("api::tour-stop.tour-stop").findFirst({
      locale: "en",
      status: "published",
      filters: { code: "W1" },
      populate: { audio: true },
    })) as unknown as { transcript: string; audio: MediaRow };
    expect(stop.audio.mime).toBe("audio/mpeg");
    expect(stop.transcript).toMatch(/^\(Demo: the audio file contains only a chime/);
    const audioUpdates = (report: SeedReport) =>
      report.entries.filter((entry) => entry.action === "updated" && entry.fields?.includes("audio")).length;
    expect({ created: chime.created, audioUpdates: audioUpdates(chime) }).toEqual({
      created: 0,
      audioUpdates: spoken,
    });
    // eSpeak NG installed later: the next seed speaks again, from the files it uploaded before.
    const speech = await seedDemoContent(cms.strapi);
    expect({
      created: speech.created,
      audioUpdates: audioUpdates(speech),
      uploaded: speech.uploaded,
    }).toEqual({
      created: 0,
      audioUpdates: spoken,
      uploaded: 0,
    });
  });

  it("gives every image alt text in both languages", async () => {
    for (const locale of ["de", "en"]) {
      const places = (await cms.strapi.documents("api::place.place").findMany({
        locale,
        status: "published",
        populate: { images: { populate: { file: true } } },
      })) as unknown as { images: { alt: string; file: unknown }[] }[];
      const images = places.flatMap((place) => place.images);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.file).toBeTruthy();
        expect(image.alt.length).toBeGreaterThan(10);
      }
    }
  });

  it("puts back a field an editor changed, and touches nothing else", async () => {
    const place = DEMO_PLACES[0];
    if (!place) throw new Error("no demo place");
    const documents = cms.strapi.documents("api::place.place");
    const stored = (await documents.findFirst({
      locale: "en",
      filters: { slug: place.slug.en },
    })) as unknown as {
      documentId: string;
    };
    await documents.update({
      documentId: stored.documentId,
      locale: "en",
      data: { summary: "Changed by an editor." },
    });
    const third = await seedDemoContent(cms.strapi);
    expect(third.entries.filter((entry) => entry.action !== "unchanged")).toEqual([
      { type: "place", key: place.slug.de, locale: "en", action: "updated", fields: ["summary"] },
    ]);
    const restored = (await documents.findFirst({
      locale: "en",
      filters: { slug: place.slug.en },
    })) as unknown as {
      summary: string;
    };
    expect(restored.summary).toBe(place.summary.en);
  });

  it("completes what an interrupted run left: an unpublished entry, a draft newer than its published version", async () => {
    const [tour] = DEMO_TOURS.filter((t) => !t.draft);
    const [scan] = DEMO_SCANS.filter((s) => !s.draft);
    if (!tour || !scan) throw new Error("no demo tour or scan");
    const tours = cms.strapi.documents("api::tour.tour");
    const scans = cms.strapi.documents("api::scan.scan");
    const storedTour = (await tours.findFirst({
      locale: "de",
      filters: { slug: tour.slug.de },
    })) as unknown as {
      documentId: string;
    };
    await tours.unpublish({ documentId: storedTour.documentId, locale: "de" });
    const storedScan = (await scans.findFirst({
      locale: "en",
      filters: { slug: scan.slug.en },
    })) as unknown as {
      documentId: string;
    };
    // A write of the same data: the draft is newer than the published version, nothing differs.
    await scans.update({
      documentId: storedScan.documentId,
      locale: "en",
      data: { title: scan.title.en },
    });

    const report = await seedDemoContent(cms.strapi);
    expect(report.entries.filter((entry) => entry.action !== "unchanged")).toEqual([
      { type: "scan", key: scan.slug.de, locale: "en", action: "completed" },
      { type: "tour", key: tour.slug.de, locale: "de", action: "completed" },
    ]);
    expect({ completed: report.completed, published: report.published }).toEqual({
      completed: 2,
      published: 2,
    });
    const published = await tours.findFirst({
      locale: "de",
      status: "published",
      filters: { documentId: storedTour.documentId },
    });
    expect(published).not.toBeNull();
    expect((await seedDemoContent(cms.strapi)).published).toBe(0);
  });
});

describe("the content reader against the CMS", () => {
  it("reads every published entry of a type in a locale", async () => {
    const places = await createCmsClient({ url: cms.url, pageSize: 2 }).entries("place", "en");
    expect(places.map((place) => (place as { slug: string }).slug).sort()).toEqual(
      DEMO_PLACES.filter((place) => !place.draft)
        .map((place) => place.slug.en)
        .sort(),
    );
  });

  it("turns a rejected token into an error that says to check the token", async () => {
    const error = await createCmsClient({ url: cms.url, token: "not-a-token" })
      .entries("place", "de")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsRequestError);
    expect((error as CmsRequestError).status).toBe(401);
    expect((error as Error).message).toMatch(/answered 401 .*Check the API token/);
  });
});

describe("the demo seed with --refresh-dates", () => {
  it("moves only the events' dates, relative to the new now", async () => {
    const later = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const report = await seedDemoContent(cms.strapi, { now: later, refreshDates: true });
    const changed = report.entries.filter((entry) => entry.action !== "unchanged");
    expect(changed.length).toBeGreaterThan(0);
    for (const entry of changed) {
      expect(entry.type).toBe("event-stream");
      expect(entry.fields).toEqual(["start", "end"]);
    }
    const concert = (await cms.strapi.documents("api::event-stream.event-stream").findFirst({
      locale: "de",
      status: "published",
      filters: { slug: "konzert-in-st-johannis" },
    })) as unknown as { start: string; end: string };
    expect(Date.parse(concert.start)).toBeLessThan(later.getTime());
    expect(Date.parse(concert.end)).toBeGreaterThan(later.getTime());
  });
});

describe("the snapshot export against a CMS with invalid published content", () => {
  it("fails naming type, entry, locale and field, and writes nothing", async () => {
    const place = DEMO_PLACES[0];
    if (!place) throw new Error("no demo place");
    // Corrupt the published German row behind the document service's back (as a broken import would).
    const row = (await cms.strapi.db.query("api::place.place").findOne({
      where: { slug: place.slug.de, locale: "de", publishedAt: { $notNull: true } },
    })) as { id: number };
    await cms.strapi.db.query("api::place.place").update({ where: { id: row.id }, data: { summary: " " } });
    const outDir = join(cms.tempDir, "snapshot");
    const error = await exportSnapshot({ url: cms.url, outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).issues).toEqual([
      expect.stringMatching(new RegExp(`^place "${place.slug.de}" \\(de\\): field "summary"`)),
    ]);
    expect(existsSync(outDir)).toBe(false);
  });
});
