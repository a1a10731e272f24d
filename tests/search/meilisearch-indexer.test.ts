/**
 * The CMS indexer against a Meilisearch: the local recorder by default, a real server with
 * MEILISEARCH_TEST_HOST (+ MEILISEARCH_TEST_KEY). State assertions run in both modes; assertions on
 * the exact requests (what was sent, with which key) only against the recorder.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { type MeilisearchUnderTest, meilisearchUnderTest } from "./support/meilisearch-under-test.ts";

const PLACE = "api::place.place";
const ITEM = "api::heritage-item.heritage-item";
const TOUR = "api::tour.tour";
const STOP = "api::tour-stop.tour-stop";

let cms: TestStrapi;
let meili: MeilisearchUnderTest;
/** Request-level assertions need the recorder; a real Meilisearch (MEILISEARCH_TEST_HOST) shows only state. */
const againstRealMeilisearch = Boolean(process.env.MEILISEARCH_TEST_HOST?.trim());

const placeData = (name: string, slug: string) =>
  ({
    name,
    slug,
    kind: "archaeological_site",
    municipality: "oldenburg_in_holstein",
    summary: `${name}: slawischer Ringwall.`,
    description: "Der **Burgwall** war Hauptsitz der Wagrier.",
    geo: { latitude: 54.2942, longitude: 10.885 },
  }) as const;

/** Every request body the indexer sent so far (recorder only). */
const sentText = () => meili.recorder?.requests.map((request) => request.rawBody).join("\n") ?? "";

beforeAll(async () => {
  meili = await meilisearchUnderTest();
  cms = await startStrapi({ listen: false, env: meili.env });
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  await meili?.close();
});

describe("Meilisearch indexer in the CMS", () => {
  let placeId: string;

  it("never sends a draft to Meilisearch", async () => {
    const created = await cms.strapi.documents(PLACE).create({
      locale: "de",
      data: placeData("Entwurfsort Geheimwall", "entwurfsort-geheimwall"),
    });
    placeId = created.documentId;
    expect(await meili.getDocument("de", `place-${placeId}-de`)).toBeUndefined();
    if (meili.recorder) expect(sentText()).not.toContain("Geheimwall");
  });

  it("adds the published version on publish, with the site URL and the place facet", async () => {
    await cms.strapi.documents(PLACE).update({
      documentId: placeId,
      locale: "de",
      data: placeData("Oldenburger Wall", "oldenburger-wall"),
    });
    if (meili.recorder) expect(sentText()).not.toContain("Oldenburger Wall");
    await cms.strapi.documents(PLACE).publish({ documentId: placeId, locale: "de" });
    const document = await meili.getDocument("de", `place-${placeId}-de`);
    expect(document).toMatchObject({
      type: "place",
      locale: "de",
      title: "Oldenburger Wall",
      place: "Oldenburger Wall",
      url: "/orte/oldenburger-wall/",
      has3d: false,
    });
    expect(document?.text).toContain("Burgwall war Hauptsitz");
    expect(document?.text).not.toContain("**");
    expect(await meili.getDocument("en", `place-${placeId}-en`)).toBeUndefined();
  });

  it("sends settings with searchable, filterable and sortable fields, stop words and synonyms", async () => {
    const de = await meili.settings("de");
    expect(de.filterableAttributes).toEqual(expect.arrayContaining(["type", "place", "epoch", "has3d"]));
    expect(de.searchableAttributes).toEqual(["title", "summary", "place", "text"]);
    expect(de.sortableAttributes).toEqual(expect.arrayContaining(["title", "year", "date"]));
    expect(de.stopWords).toEqual(expect.arrayContaining(["der", "und"]));
    expect((de.synonyms as Record<string, string[]>).starigard).toEqual(
      expect.arrayContaining(["wall", "burgwall"]),
    );
    const en = await meili.settings("en");
    expect(en.stopWords).toEqual(expect.arrayContaining(["the", "and"]));
    expect(en.stopWords).not.toContain("der");
  });

  it.skipIf(againstRealMeilisearch)("uses the admin key it was given", () => {
    const writes = (meili.recorder?.requests ?? []).filter((request) => request.method !== "GET");
    expect(writes.length).toBeGreaterThan(0);
    for (const request of writes) expect(request.authorization).toBe(`Bearer ${meili.adminKey}`);
  });

  it("keeps the published text until the next publish, then replaces it", async () => {
    await cms.strapi.documents(PLACE).update({
      documentId: placeId,
      locale: "de",
      data: { name: "Starigard Entwurfstitel" },
    });
    if (meili.recorder) expect(sentText()).not.toContain("Entwurfstitel");
    expect((await meili.getDocument("de", `place-${placeId}-de`))?.title).toBe("Oldenburger Wall");
    await cms.strapi.documents(PLACE).publish({ documentId: placeId, locale: "de" });
    expect((await meili.getDocument("de", `place-${placeId}-de`))?.title).toBe("Starigard Entwurfstitel");
  });

  it("indexes the English version into the English index with the English URL", async () => {
    await cms.strapi.documents(PLACE).update({
      documentId: placeId,
      locale: "en",
      data: {
        ...placeData("Oldenburg Rampart", "oldenburg-rampart"),
        description: "Main seat of the Wagrians.",
      },
    });
    await cms.strapi.documents(PLACE).publish({ documentId: placeId, locale: "en" });
    expect(await meili.getDocument("en", `place-${placeId}-en`)).toMatchObject({
      title: "Oldenburg Rampart",
      locale: "en",
      url: "/en/places/oldenburg-rampart/",
    });
    expect((await meili.getDocument("de", `place-${placeId}-de`))?.title).toBe("Starigard Entwurfstitel");
  });

  it("removes only the unpublished locale on unpublish", async () => {
    await cms.strapi.documents(PLACE).unpublish({ documentId: placeId, locale: "en" });
    expect(await meili.getDocument("en", `place-${placeId}-en`)).toBeUndefined();
    expect(await meili.getDocument("de", `place-${placeId}-de`)).toBeDefined();
  });

  it("indexes items with their place, epoch and 3D flag, and refreshes them when the place is renamed", async () => {
    const item = await cms.strapi.documents(ITEM).create({
      locale: "de",
      status: "published",
      data: {
        title: "Bischofsstab-Fragment",
        slug: "bischofsstab-fragment",
        summary: "Bruchstück eines Krummstabs.",
        inventoryNumber: "OH-TEST-0001",
        datingText: "um 1000",
        datingFrom: 968,
        datingTo: 1160,
        licence: "cc0",
        place: placeId,
      },
    });
    const id = `item-${item.documentId}-de`;
    expect(await meili.getDocument("de", id)).toMatchObject({
      type: "item",
      title: "Bischofsstab-Fragment",
      place: "Starigard Entwurfstitel",
      epoch: "Frühmittelalter",
      year: 968,
      has3d: false,
      url: "/objekte/bischofsstab-fragment/",
    });
    await cms.strapi
      .documents(PLACE)
      .update({ documentId: placeId, locale: "de", data: { name: "Oldenburger Wall" } });
    await cms.strapi.documents(PLACE).publish({ documentId: placeId, locale: "de" });
    expect((await meili.getDocument("de", id))?.place).toBe("Oldenburger Wall");
  });

  it("puts the tour slug into stop URLs and drops stops whose tour is unpublished", async () => {
    const tour = await cms.strapi.documents(TOUR).create({
      locale: "de",
      status: "published",
      data: {
        title: "Wallrundgang",
        slug: "wallrundgang",
        summary: "Einmal um den Wall.",
        introduction: "Start am Museum.",
        durationMinutes: 60,
        distanceMeters: 1500,
      },
    });
    const stop = await cms.strapi.documents(STOP).create({
      locale: "de",
      status: "published",
      data: {
        title: "Das Tor",
        slug: "das-tor",
        code: "TESTW1",
        position: 1,
        text: "Hier war das Tor.",
        tour: tour.documentId,
      },
    });
    const id = `stop-${stop.documentId}-de`;
    expect((await meili.getDocument("de", id))?.url).toBe("/touren/wallrundgang/das-tor/");
    await cms.strapi.documents(TOUR).unpublish({ documentId: tour.documentId, locale: "de" });
    expect(await meili.getDocument("de", `tour-${tour.documentId}-de`)).toBeUndefined();
    expect(await meili.getDocument("de", id)).toBeUndefined();
  });

  it("removes every locale on delete", async () => {
    await cms.strapi.documents(PLACE).publish({ documentId: placeId, locale: "en" });
    expect(await meili.getDocument("en", `place-${placeId}-en`)).toBeDefined();
    await cms.strapi.documents(PLACE).delete({ documentId: placeId, locale: "*" });
    expect(await meili.getDocument("de", `place-${placeId}-de`)).toBeUndefined();
    expect(await meili.getDocument("en", `place-${placeId}-en`)).toBeUndefined();
  });

  it.skipIf(againstRealMeilisearch)("never sent any draft-only text over the whole session", () => {
    expect(sentText()).not.toContain("Geheimwall");
    const documentsSent = (meili.recorder?.requests ?? []).filter(
      (r) => r.path.endsWith("/documents") && r.method === "POST",
    );
    expect(documentsSent.length).toBeGreaterThan(0);
  });
});
