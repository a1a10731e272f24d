import { defineContentType } from "../define.ts";
import { bodyField, geoField, imageFileField, imagesField, MB, slugField, titleField } from "../fields.ts";

/** Short codes printed on signs: upper-case letters and digits, easy to type on a phone. */
export const QR_CODE_PATTERN = "^[A-Z0-9]{2,12}$";

export const tourStop = defineContentType({
  name: "tour-stop",
  pluralName: "tour-stops",
  kind: "collectionType",
  displayName: { de: "Tour-Station", en: "Tour stop" },
  description: {
    de: "Eine Station einer Tour, mit QR-Code auf dem Schild vor Ort, Text und Audioguide.",
    en: "A stop of a tour, with a QR code on the sign on site, text and audio guide.",
  },
  titleField: "title",
  localized: true,
  listFields: ["title", "code", "tour", "position", "updatedAt"],
  fields: {
    title: titleField(),
    slug: slugField("title"),
    code: {
      kind: "string",
      label: { de: "QR-Kurzcode", en: "QR short code" },
      required: true,
      unique: true,
      localized: false,
      regex: QR_CODE_PATTERN,
      help: {
        de: "Dauerhafter Code des Schildes, z. B. „W1“ (Großbuchstaben und Ziffern). Ein Code wird nie wiederverwendet, auch nicht nach dem Löschen der Station.",
        en: "Permanent code of the sign, e.g. “W1” (capitals and digits). A code is never reused, even after the stop is deleted.",
      },
    },
    tour: {
      kind: "relation",
      relation: "manyToOne",
      target: "tour",
      inversedBy: "stops",
      label: { de: "Tour", en: "Tour" },
    },
    position: {
      kind: "integer",
      label: { de: "Nummer in der Tour", en: "Number in the tour" },
      required: true,
      localized: false,
      min: 1,
      max: 999,
      help: {
        de: "1 für die erste Station; steht auch auf dem Schild.",
        en: "1 for the first stop; also printed on the sign.",
      },
    },
    text: bodyField({ de: "Text", en: "Text" }, true),
    audio: {
      kind: "media",
      multiple: false,
      allowedTypes: ["audios"],
      extensions: [".mp3", ".m4a", ".ogg", ".opus"],
      maxBytes: 50 * MB,
      label: { de: "Audioguide", en: "Audio guide" },
      localized: true,
    },
    transcript: bodyField({ de: "Transkript des Audioguides", en: "Audio guide transcript" }, false, {
      de: "Pflicht, wenn ein Audioguide hochgeladen ist: der gesprochene Text für Menschen, die nicht hören können.",
      en: "Required when there is an audio guide: the spoken text for people who cannot hear it.",
    }),
    images: imagesField(),
    panorama: {
      ...imageFileField({ de: "360°-Panorama", en: "360° panorama" }, false),
      extensions: [".jpg", ".jpeg", ".webp"],
      maxBytes: 80 * MB,
      help: {
        de: "Equirektangulares Rundumbild (Breite = 2 × Höhe, bis 16384 × 8192 Pixel), JPEG oder WebP. Die Kacheln für die virtuelle Tour entstehen beim Veröffentlichen der Website.",
        en: "Equirectangular all-round image (width = 2 × height, up to 16384 × 8192 pixels), JPEG or WebP. The tiles for the virtual tour are cut when the site is built.",
      },
    },
    panoramaCaption: {
      kind: "string",
      label: { de: "Beschreibung des Panoramas", en: "Panorama description" },
      maxLength: 300,
      localized: true,
      help: {
        de: "Was man rundum sieht, für Menschen, die das Bild nicht sehen; bei berechneten Bildern „Demo-Rendering“ nennen.",
        en: "What one sees all around, for people who cannot see the image; name computed images “demo rendering”.",
      },
    },
    hotspots: {
      kind: "component",
      component: "tour.panorama-hotspot",
      repeatable: true,
      label: { de: "Hotspots im Panorama", en: "Panorama hotspots" },
      localized: true,
      max: 30,
    },
    geo: geoField(false),
    place: {
      kind: "relation",
      relation: "manyToOne",
      target: "place",
      label: { de: "Kulturstätte", en: "Place" },
    },
    items: {
      kind: "relation",
      relation: "manyToMany",
      target: "heritage-item",
      label: { de: "Zugehörige Kulturgüter", en: "Related heritage items" },
    },
    scans: {
      kind: "relation",
      relation: "manyToMany",
      target: "scan",
      label: { de: "Zugehörige 3D-Scans", en: "Related 3D scans" },
    },
  },
  rules: [
    {
      kind: "requiredWith",
      field: "transcript",
      when: "audio",
      message: {
        de: "Zum Audioguide gehört ein Transkript.",
        en: "An audio guide needs a transcript.",
      },
    },
  ],
});
