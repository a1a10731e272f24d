import {
  epochOf,
  indexSettings,
  markdownToText,
  readMeilisearchConfig,
  synonymMap,
  toSearchDocument,
} from "@showroom/content-types";
import { describe, expect, it } from "vitest";

describe("search documents", () => {
  it("turns a published item into a document with its site URL, place, epoch and 3D flag", () => {
    const document = toSearchDocument(
      "item",
      {
        documentId: "abc",
        title: "Taufengel",
        slug: "taufengel",
        summary: "Ein hängender Taufengel.",
        description: "## Herkunft\n\nUm **1732** geschnitzt, siehe [Kirche](/orte/kirche/).",
        datingFrom: 1732,
        place: { documentId: "p1", name: "St.-Johannis-Kirche" },
        scan: { documentId: "s1", title: "Scan" },
      },
      "en",
    );
    expect(document).toEqual({
      id: "item-abc-en",
      documentId: "abc",
      locale: "en",
      type: "item",
      title: "Taufengel",
      summary: "Ein hängender Taufengel.",
      text: "Herkunft Um 1732 geschnitzt, siehe Kirche.",
      place: "St.-Johannis-Kirche",
      epoch: "Early modern period",
      year: 1732,
      has3d: true,
      url: "/en/objects/taufengel/",
    });
  });

  it("builds stop URLs from the tour slug and skips stops without a tour", () => {
    const stop = { documentId: "s", title: "Tor", slug: "tor", text: "x", tour: { slug: "wallrundgang" } };
    expect(toSearchDocument("stop", stop, "de")?.url).toBe("/touren/wallrundgang/tor/");
    expect(toSearchDocument("stop", { ...stop, tour: null }, "de")).toBeUndefined();
  });

  it("gives events their start as a sortable date", () => {
    const event = { documentId: "e", title: "Konzert", slug: "konzert", start: "2026-05-01T18:00:00.000Z" };
    expect(toSearchDocument("event", event, "de")).toMatchObject({
      url: "/veranstaltungen/konzert/",
      date: Date.parse("2026-05-01T18:00:00Z") / 1000,
    });
  });

  it.each([
    [-200, "Ur- und Frühgeschichte"],
    [968, "Frühmittelalter"],
    [1156, "Hochmittelalter"],
    [1329, "Spätmittelalter"],
    [1773, "Frühe Neuzeit"],
    [1866, "19. Jahrhundert"],
    [1955, "20. und 21. Jahrhundert"],
  ])("puts the year %i into the epoch %s", (year, epoch) => {
    expect(epochOf(year, "de")).toBe(epoch);
  });

  it("strips markdown to plain text", () => {
    expect(markdownToText("# Titel\n\n- **fett** und _kursiv_\n> Zitat ![Bild](x.png)")).toBe(
      "Titel fett und kursiv Zitat Bild",
    );
  });
});

describe("Meilisearch settings and configuration", () => {
  it("makes every synonym of a group point to the others", () => {
    expect(synonymMap([["wall", "burgwall", "starigard"]])).toEqual({
      wall: ["burgwall", "starigard"],
      burgwall: ["wall", "starigard"],
      starigard: ["wall", "burgwall"],
    });
  });

  it("uses German stop words for German and English ones for English", () => {
    expect(indexSettings("de").stopWords).toContain("und");
    expect(indexSettings("en").stopWords).toContain("the");
    expect(indexSettings("en").stopWords).not.toContain("und");
  });

  it("is off without MEILISEARCH_HOST and names a malformed host", () => {
    expect(readMeilisearchConfig({})).toBeUndefined();
    expect(() => readMeilisearchConfig({ MEILISEARCH_HOST: "localhost:7700" })).toThrow(
      /MEILISEARCH_HOST must be an http/,
    );
    expect(
      readMeilisearchConfig({ MEILISEARCH_HOST: "http://search:7700/", MEILISEARCH_ADMIN_KEY: "k" }),
    ).toMatchObject({
      host: "http://search:7700",
      adminKey: "k",
      indexPrefix: "showroom",
    });
  });
});
