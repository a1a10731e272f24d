import { defineContentType } from "../define.ts";
import { bodyField, singleImageField, slugField, summaryField, titleField } from "../fields.ts";

export const tour = defineContentType({
  name: "tour",
  pluralName: "tours",
  kind: "collectionType",
  displayName: { de: "Tour", en: "Tour" },
  description: {
    de: "Ein geführter Rundgang mit Stationen in fester Reihenfolge.",
    en: "A guided walk with stops in a fixed order.",
  },
  titleField: "title",
  localized: true,
  listFields: ["title", "durationMinutes", "distanceMeters", "updatedAt"],
  fields: {
    title: titleField(),
    slug: slugField("title"),
    summary: summaryField(),
    introduction: bodyField({ de: "Einführung", en: "Introduction" }, true),
    durationMinutes: {
      kind: "integer",
      label: { de: "Dauer (Minuten)", en: "Duration (minutes)" },
      required: true,
      localized: false,
      min: 1,
      max: 1440,
    },
    distanceMeters: {
      kind: "integer",
      label: { de: "Strecke (Meter)", en: "Distance (metres)" },
      required: true,
      localized: false,
      min: 0,
      max: 200000,
    },
    stepFree: {
      kind: "boolean",
      label: { de: "Stufenlos", en: "Step-free" },
      localized: false,
      default: false,
      help: {
        de: "Die ganze Strecke ist ohne Stufen mit Rollstuhl oder Kinderwagen befahrbar.",
        en: "The whole route can be done without steps, by wheelchair or pram.",
      },
    },
    surface: {
      kind: "string",
      label: { de: "Untergrund", en: "Surface" },
      localized: true,
      maxLength: 200,
      help: { de: "Z. B. „Wiesenwege, teils steil“.", en: "E.g. “grass paths, partly steep”." },
    },
    accessibilityNotes: {
      kind: "text",
      label: { de: "Hinweise zur Barrierefreiheit", en: "Accessibility notes" },
      localized: true,
      maxLength: 1000,
    },
    cover: singleImageField({ de: "Titelbild", en: "Cover image" }),
    stops: {
      kind: "relation",
      relation: "oneToMany",
      target: "tour-stop",
      mappedBy: "tour",
      label: { de: "Stationen", en: "Stops" },
    },
  },
});
