/**
 * Demo site settings and the pages a German public body must publish. The texts say plainly that they
 * are placeholders: real provider data, privacy and accessibility details must come from the operator.
 */
import type { Localized } from "./types.ts";

export interface DemoSiteSetting {
  siteName: Localized<string>;
  tagline: Localized<string>;
  introduction: Localized<string>;
  operator: Localized<string>;
  contactEmail: string;
}

export interface DemoPage {
  /** Strapi single type name. */
  type: "imprint" | "privacy-policy" | "accessibility-statement" | "easy-language" | "sign-language";
  title: Localized<string>;
  body: Localized<string>;
  /** Fields that are not localized (accessibility statement). */
  shared?: Record<string, string>;
}

export const DEMO_SITE_SETTING: DemoSiteSetting = {
  siteName: { de: "Digitaler Showroom Ostholstein", en: "Digital Showroom East Holstein" },
  tagline: {
    de: "Kulturerbe aus Oldenburg in Holstein, Malente und dem Amt Lensahn",
    en: "Cultural heritage from Oldenburg in Holstein, Malente and Amt Lensahn",
  },
  introduction: {
    de: "Touren durch Kulturstätten, frei zugängliche 3D-Modelle von Kulturgütern und Livestreams aus der Gemeinde. Dies ist eine Demo mit Beispielinhalten.",
    en: "Tours through cultural sites, freely accessible 3D models of cultural goods and livestreams of municipal events. This is a demo with sample content.",
  },
  operator: {
    de: "Digital-Hub Oldenburg in Holstein (Demo)",
    en: "Digital Hub Oldenburg in Holstein (demo)",
  },
  contactEmail: "kontakt@example.org",
};

const PLACEHOLDER = {
  de: "Dies ist eine Demo-Installation mit Platzhaltertext.",
  en: "This is a demo installation with placeholder text.",
};

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    type: "imprint",
    title: { de: "Impressum", en: "Imprint" },
    body: {
      de: `${PLACEHOLDER.de} Im Betrieb steht hier die Anbieterkennzeichnung nach § 5 DDG: Name und Anschrift der Stelle, Vertretungsberechtigte und Kontakt.`,
      en: `${PLACEHOLDER.en} A live site shows the provider identification under German law here: name and address of the body, its representatives and contact details.`,
    },
  },
  {
    type: "privacy-policy",
    title: { de: "Datenschutzerklärung", en: "Privacy policy" },
    body: {
      de: `${PLACEHOLDER.de} Die Website setzt keine Cookies und lädt nichts von fremden Servern. Im Betrieb stehen hier die Angaben nach Art. 13 DSGVO.`,
      en: `${PLACEHOLDER.en} The site sets no cookies and loads nothing from other servers. A live site gives the information required by Art. 13 GDPR here.`,
    },
  },
  {
    type: "accessibility-statement",
    title: { de: "Erklärung zur Barrierefreiheit", en: "Accessibility statement" },
    body: {
      de: `${PLACEHOLDER.de} Die Website soll die Anforderungen der BITV 2.0 (WCAG 2.1 AA) erfüllen. Barrieren melden Sie bitte an die unten genannte Adresse.`,
      en: `${PLACEHOLDER.en} The site aims to meet BITV 2.0 (WCAG 2.1 AA). Please report barriers to the address below.`,
    },
    shared: { conformance: "partial", feedbackEmail: "barrierefreiheit@example.org" },
  },
  {
    type: "easy-language",
    title: { de: "Leichte Sprache", en: "Easy language" },
    body: {
      de: "Das ist eine Demo.\n\nAuf dieser Website gibt es Orte aus Oldenburg in Holstein, Malente und Lensahn.\n\nSie können Touren machen.\n\nSie können alte Dinge in 3D ansehen.",
      en: "This is a demo.\n\nThis website shows places in Oldenburg in Holstein, Malente and Lensahn.\n\nYou can go on tours.\n\nYou can look at old things in 3D.",
    },
  },
  {
    type: "sign-language",
    title: { de: "Gebärdensprache", en: "Sign language" },
    body: {
      de: `${PLACEHOLDER.de} Im Betrieb steht hier ein Video in Deutscher Gebärdensprache mit dieser Textfassung.`,
      en: `${PLACEHOLDER.en} A live site shows a video in German Sign Language here, with this text version.`,
    },
  },
];
