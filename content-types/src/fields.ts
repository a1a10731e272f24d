/** Field definitions that several types share, so the same thing has the same name and help everywhere. */
import type {
  Bilingual,
  ComponentField,
  EnumerationField,
  MediaField,
  RichTextField,
  StringField,
  TextField,
  UidField,
} from "./define.ts";
import { LICENCE_VALUE_LABELS, LICENCES } from "./licences.ts";

const MB = 1024 * 1024;

export const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

export function titleField(label: Bilingual = { de: "Titel", en: "Title" }): StringField {
  return {
    kind: "string",
    label,
    required: true,
    localized: true,
    maxLength: 160,
    help: {
      de: "Kurz und eindeutig, so wie Besucher es lesen.",
      en: "Short and clear, as visitors read it.",
    },
  };
}

export function slugField(targetField = "title"): UidField {
  return {
    kind: "uid",
    targetField,
    label: { de: "URL-Kürzel", en: "URL slug" },
    required: true,
    localized: true,
    help: {
      de: "Wird aus dem Titel erzeugt; nur Kleinbuchstaben, Ziffern und Bindestriche. Nach der Veröffentlichung nicht mehr ändern, sonst brechen Links.",
      en: "Generated from the title; lower-case letters, digits and hyphens. Do not change it after publishing or links break.",
    },
  };
}

export function summaryField(required = true): TextField {
  return {
    kind: "text",
    label: { de: "Kurzbeschreibung", en: "Summary" },
    required,
    localized: true,
    maxLength: 400,
    help: {
      de: "Ein bis zwei Sätze für Listen, Suchergebnisse und Vorschauen.",
      en: "One or two sentences for lists, search results and previews.",
    },
  };
}

export function bodyField(label: Bilingual, required = false, help?: Bilingual): RichTextField {
  return { kind: "richtext", label, required, localized: true, ...(help ? { help } : {}) };
}

export function licenceField(): EnumerationField {
  return {
    kind: "enumeration",
    values: LICENCES,
    valueLabels: LICENCE_VALUE_LABELS,
    label: { de: "Lizenz", en: "Licence" },
    required: true,
    localized: false,
    help: {
      de: "Unter welchen Bedingungen andere das Werk nutzen dürfen. Bei CC BY, CC BY-SA und „Alle Rechte vorbehalten“ ist die Namensnennung Pflicht.",
      en: "Under which terms others may reuse the work. CC BY, CC BY-SA and all rights reserved require an attribution.",
    },
  };
}

export function attributionField(): StringField {
  return {
    kind: "string",
    label: { de: "Namensnennung", en: "Attribution" },
    localized: false,
    maxLength: 300,
    help: {
      de: "Urheber oder Rechteinhaber, z. B. „Foto: Digital-Hub Oldenburg in Holstein“.",
      en: "Author or rights holder, e.g. “Photo: Digital Hub Oldenburg in Holstein”.",
    },
  };
}

export function imagesField(label: Bilingual = { de: "Bilder", en: "Images" }): ComponentField {
  return {
    kind: "component",
    component: "shared.image",
    repeatable: true,
    label,
    localized: true,
    help: {
      de: "Jedes Bild braucht einen Alt-Text. Das erste Bild ist das Vorschaubild.",
      en: "Every image needs alt text. The first image is the preview image.",
    },
  };
}

export function singleImageField(label: Bilingual, required = false): ComponentField {
  return {
    kind: "component",
    component: "shared.image",
    repeatable: false,
    label,
    required,
    localized: true,
  };
}

export function geoField(required = true): ComponentField {
  return {
    kind: "component",
    component: "shared.geo-point",
    repeatable: false,
    label: { de: "Position", en: "Position" },
    required,
    localized: false,
    help: {
      de: "Breiten- und Längengrad in Dezimalgrad (WGS 84), z. B. 54.2942 / 10.8850.",
      en: "Latitude and longitude in decimal degrees (WGS 84), e.g. 54.2942 / 10.8850.",
    },
  };
}

export const IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif"] as const;

export function imageFileField(label: Bilingual, required = true): MediaField {
  return {
    kind: "media",
    multiple: false,
    allowedTypes: ["images"],
    extensions: IMAGE_EXTENSIONS,
    maxBytes: 20 * MB,
    label,
    required,
    localized: false,
  };
}

export { MB };
