/**
 * The CMS refuses to publish a council meeting recording without captions or a transcript, with a
 * message on the captions field; the draft itself is saved. The rule alone is tested next to it
 * (cms/src/stream-checks/council-captions.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileRow } from "../cms/content-fixtures.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

describe("publishing event streams in the CMS", () => {
  let cms: TestStrapi | undefined;
  const uid = "api::event-stream.event-stream";
  beforeAll(async () => {
    cms = await startStrapi({ listen: false });
  }, 600_000);
  afterAll(async () => {
    await cms?.stop();
  });

  const base = {
    title: "Sitzung der Stadtvertretung",
    kind: "council_meeting" as const,
    summary: "Öffentliche Sitzung.",
    start: "2026-03-10T18:00:00.000Z",
    end: "2026-03-10T20:00:00.000Z",
    recordingUrl: "/media/streams/sitzung-der-stadtvertretung/master.m3u8",
  };

  it("saves the draft but refuses to publish it until captions are added", async () => {
    if (!cms) throw new Error("CMS did not start");
    const documents = cms.strapi.documents(uid);
    const draft = await documents.create({
      data: { ...base, slug: "sitzung-ohne-untertitel" },
      locale: "de",
    });
    expect(draft.documentId).toBeTruthy();
    const failure = await documents
      .publish({ documentId: draft.documentId, locale: "de" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe("ValidationError");
    expect((failure as Error).message).toMatch(
      /^captions: Die Aufzeichnung einer Sitzung der Stadtvertretung braucht Untertitel/,
    );
    const stored = await documents.findOne({ documentId: draft.documentId, locale: "de", status: "draft" });
    expect(stored?.title).toBe(base.title);

    const file = await createFileRow(cms.strapi, ".vtt", 512);
    await documents.update({
      documentId: draft.documentId,
      locale: "de",
      data: { captions: [{ language: "de", label: "Deutsch", file }] },
    });
    await documents.publish({ documentId: draft.documentId, locale: "de" });
    const published = await documents.findOne({
      documentId: draft.documentId,
      locale: "de",
      status: "published",
    });
    expect(published?.publishedAt).toBeTruthy();
  });

  it("publishes a recording with a transcript instead of captions", async () => {
    if (!cms) throw new Error("CMS did not start");
    const documents = cms.strapi.documents(uid);
    const draft = await documents.create({
      data: { ...base, slug: "sitzung-mit-transkript", transcript: "Die Vorsitzende eröffnet die Sitzung." },
      locale: "de",
    });
    await documents.publish({ documentId: draft.documentId, locale: "de" });
    expect(
      (await documents.findOne({ documentId: draft.documentId, locale: "de", status: "published" }))
        ?.publishedAt,
    ).toBeTruthy();
  });
});
