import { describe, expect, it } from "vitest";
import { collectTourSigns, SignsError, type TourContent } from "./tour-signs.ts";

const stamp = "2025-06-01T10:00:00.000Z";
const meta = (id: number, documentId: string, locale: string) => ({
  id,
  documentId,
  locale,
  createdAt: stamp,
  updatedAt: stamp,
  publishedAt: stamp,
});
const tour = (locale: string, title: string, slug: string) => ({
  ...meta(locale === "de" ? 1 : 2, "tour1", locale),
  title,
  slug,
  summary: "Kurz.",
  introduction: "Einführung.",
  durationMinutes: 30,
  distanceMeters: 500,
});
const stop = (
  id: number,
  documentId: string,
  locale: string,
  title: string,
  code: string,
  position: number,
) => ({
  ...meta(id, documentId, locale),
  title,
  slug: code.toLowerCase(),
  code,
  position,
  text: "Text.",
  tour: { id: 1, documentId: "tour1" },
});

const content: TourContent = {
  de: {
    tours: [tour("de", "Rund um den Wall", "rund-um-den-wall")],
    stops: [stop(11, "s2", "de", "Auf dem Wall", "W2", 2), stop(10, "s1", "de", "Am Eingang", "W1", 1)],
  },
  en: {
    tours: [tour("en", "Around the rampart", "around-the-rampart")],
    stops: [stop(20, "s1", "en", "At the entrance", "W1", 1)],
  },
};

describe("collectTourSigns", () => {
  it("lists the stops by position with German and English titles, found by either slug", () => {
    for (const slug of ["rund-um-den-wall", "around-the-rampart"]) {
      expect(collectTourSigns(content, slug)).toEqual({
        slug: "rund-um-den-wall",
        title: { de: "Rund um den Wall", en: "Around the rampart" },
        stops: [
          { code: "W1", position: 1, title: { de: "Am Eingang", en: "At the entrance" } },
          // No English translation published: the German title stands in.
          { code: "W2", position: 2, title: { de: "Auf dem Wall", en: "Auf dem Wall" } },
        ],
      });
    }
  });

  it("names the published tours when the slug is unknown", () => {
    expect(() => collectTourSigns(content, "nope")).toThrow(
      new SignsError(
        'No published tour with the slug "nope". Published tours: around-the-rampart, rund-um-den-wall.',
      ),
    );
  });

  it("names the entry and field when the content is invalid", () => {
    const broken: TourContent = {
      ...content,
      de: { ...content.de, stops: [{ ...stop(10, "s1", "de", "X", "w1", 1) }] },
    };
    expect(() => collectTourSigns(broken, "rund-um-den-wall")).toThrow(
      /tour stop \(de\) w1 is not valid content:.*code/s,
    );
  });
});
