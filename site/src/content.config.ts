/**
 * Content collections: one per content type, all read from the content snapshot (see
 * lib/content/). Entries are validated by the content-types zod schemas inside the loader, so the
 * collections declare no second schema.
 */
import { defineCollection } from "astro:content";
import { snapshotLoader } from "./lib/content/snapshot-loader.ts";

export const collections = {
  place: defineCollection({ loader: snapshotLoader("place") }),
  scan: defineCollection({ loader: snapshotLoader("scan") }),
  heritageItem: defineCollection({ loader: snapshotLoader("heritage-item") }),
  tour: defineCollection({ loader: snapshotLoader("tour") }),
  tourStop: defineCollection({ loader: snapshotLoader("tour-stop") }),
  eventStream: defineCollection({ loader: snapshotLoader("event-stream") }),
  retiredCode: defineCollection({ loader: snapshotLoader("retired-code") }),
  siteSetting: defineCollection({ loader: snapshotLoader("site-setting") }),
  imprint: defineCollection({ loader: snapshotLoader("imprint") }),
  privacyPolicy: defineCollection({ loader: snapshotLoader("privacy-policy") }),
  accessibilityStatement: defineCollection({ loader: snapshotLoader("accessibility-statement") }),
  easyLanguage: defineCollection({ loader: snapshotLoader("easy-language") }),
  signLanguage: defineCollection({ loader: snapshotLoader("sign-language") }),
};
