import type { TestStrapi } from "../support/strapi.ts";

/**
 * A published tour with two published stops and a third stop that is only a draft, and a tour
 * that was never published, with one draft stop.
 */
export async function createSignTours(cms: TestStrapi): Promise<void> {
  const tours = cms.strapi.documents("api::tour.tour");
  const stops = cms.strapi.documents("api::tour-stop.tour-stop");
  const tourData = (title: string, slug: string) => ({
    title,
    slug,
    summary: "Ein kurzer Rundgang.",
    introduction: "Die Tour führt durch die Kirche.",
    durationMinutes: 30,
    distanceMeters: 800,
  });
  const stopData = (position: number, code: string, title: string, tour: string) => ({
    title,
    slug: code.toLowerCase(),
    code,
    position,
    text: `Station ${position}.`,
    tour,
  });
  const tour = await tours.create({
    locale: "de",
    status: "published",
    data: tourData("Kirche und Altstadt", "kirche-und-altstadt"),
  });
  await stops.create({
    locale: "de",
    status: "published",
    data: stopData(2, "KIRCHE2", "Der Taufengel", tour.documentId),
  });
  await stops.create({
    locale: "de",
    status: "published",
    data: stopData(1, "KIRCHE1", "Das Kirchenschiff", tour.documentId),
  });
  // Not published yet: only staff printing the draft see it.
  await stops.create({ locale: "de", data: stopData(3, "KIRCHE3", "Der neue Altar", tour.documentId) });
  const draftTour = await tours.create({ locale: "de", data: tourData("Hafenrundgang", "hafen") });
  await stops.create({ locale: "de", data: stopData(1, "HAFEN1", "Die Mole", draftTour.documentId) });
}
