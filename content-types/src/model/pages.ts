/**
 * Single types: site-wide settings and the pages a German public body must publish
 * (§ 5 DDG Impressum, Art. 13 GDPR privacy notice, BITV 2.0 accessibility statement,
 * information in Easy Language and German Sign Language).
 */
import { type Bilingual, defineContentType, type FieldDefinition } from "../define.ts";
import { bodyField, titleField } from "../fields.ts";

function pageFields(): Record<string, FieldDefinition> {
  return {
    title: titleField(),
    body: bodyField({ de: "Inhalt", en: "Content" }, true),
  };
}

function legalPage(name: string, pluralName: string, displayName: Bilingual, description: Bilingual) {
  return defineContentType({
    name,
    pluralName,
    kind: "singleType",
    displayName,
    description,
    titleField: "title",
    localized: true,
    fields: pageFields(),
  });
}

export const siteSetting = defineContentType({
  name: "site-setting",
  pluralName: "site-settings",
  kind: "singleType",
  displayName: { de: "Website-Einstellungen", en: "Site settings" },
  description: {
    de: "Name, Betreiber und Kontakt der Website.",
    en: "Name, operator and contact of the site.",
  },
  titleField: "siteName",
  localized: true,
  fields: {
    siteName: titleField({ de: "Name der Website", en: "Site name" }),
    tagline: {
      kind: "string",
      label: { de: "Untertitel", en: "Tagline" },
      localized: true,
      maxLength: 200,
    },
    introduction: bodyField({ de: "Einleitung auf der Startseite", en: "Home page introduction" }),
    operator: {
      kind: "string",
      label: { de: "Betreiber", en: "Operator" },
      required: true,
      localized: true,
      maxLength: 200,
    },
    contactEmail: {
      kind: "email",
      label: { de: "Kontakt-E-Mail", en: "Contact e-mail" },
      required: true,
      localized: false,
    },
    publicUrl: {
      kind: "string",
      label: { de: "Adresse der Website", en: "Public site URL" },
      localized: false,
      maxLength: 200,
      regex: "^https?://\\S+$",
      help: {
        de: "Basisadresse für QR-Codes und Links, z. B. https://kultur.oldenburg-holstein.de",
        en: "Base URL for QR codes and links.",
      },
    },
  },
});

export const imprint = legalPage(
  "imprint",
  "imprints",
  { de: "Impressum", en: "Imprint" },
  { de: "Anbieterkennzeichnung nach § 5 DDG.", en: "Provider identification (German § 5 DDG)." },
);

export const privacyPolicy = legalPage(
  "privacy-policy",
  "privacy-policies",
  { de: "Datenschutzerklärung", en: "Privacy policy" },
  { de: "Informationen nach Art. 13 DSGVO.", en: "Information under Art. 13 GDPR." },
);

export const accessibilityStatement = defineContentType({
  name: "accessibility-statement",
  pluralName: "accessibility-statements",
  kind: "singleType",
  displayName: { de: "Erklärung zur Barrierefreiheit", en: "Accessibility statement" },
  description: {
    de: "Erklärung nach BITV 2.0 mit Feedback-Kontakt und Schlichtungsstelle.",
    en: "Statement under BITV 2.0 with feedback contact and enforcement procedure.",
  },
  titleField: "title",
  localized: true,
  fields: {
    ...pageFields(),
    conformance: {
      kind: "enumeration",
      values: ["full", "partial", "none"],
      valueLabels: {
        full: { de: "vollständig vereinbar", en: "fully compliant" },
        partial: { de: "teilweise vereinbar", en: "partially compliant" },
        none: { de: "nicht vereinbar", en: "not compliant" },
      },
      label: { de: "Stand der Vereinbarkeit", en: "Compliance status" },
      required: true,
      localized: false,
    },
    feedbackEmail: {
      kind: "email",
      label: { de: "Feedback-Kontakt (E-Mail)", en: "Feedback contact (e-mail)" },
      required: true,
      localized: false,
      help: {
        de: "Hier melden Menschen Barrieren. Die Adresse muss betreut sein.",
        en: "People report barriers here. The address must be monitored.",
      },
    },
    feedbackPhone: {
      kind: "string",
      label: { de: "Feedback-Telefon", en: "Feedback phone" },
      localized: false,
      maxLength: 40,
    },
    reviewedOn: {
      kind: "date",
      label: { de: "Zuletzt geprüft am", en: "Last reviewed on" },
      required: true,
      localized: false,
    },
  },
});

export const easyLanguage = legalPage(
  "easy-language",
  "easy-languages",
  { de: "Leichte Sprache", en: "Easy language" },
  { de: "Informationen in Leichter Sprache.", en: "Information in easy-to-read language." },
);

export const signLanguage = defineContentType({
  name: "sign-language",
  pluralName: "sign-languages",
  kind: "singleType",
  displayName: { de: "Gebärdensprache", en: "Sign language" },
  description: {
    de: "Informationen in Deutscher Gebärdensprache (Videos) mit Textfassung.",
    en: "Information in German Sign Language (videos) with a text version.",
  },
  titleField: "title",
  localized: true,
  fields: {
    ...pageFields(),
    video: {
      kind: "media",
      multiple: false,
      allowedTypes: ["videos"],
      extensions: [".mp4", ".webm"],
      maxBytes: 500 * 1024 * 1024,
      label: { de: "Gebärdensprach-Video", en: "Sign language video" },
      localized: false,
    },
  },
});
