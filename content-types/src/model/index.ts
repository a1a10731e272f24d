import type { ContentTypeDefinition } from "../define.ts";
import { eventStream } from "./event-stream.ts";
import { heritageItem } from "./heritage-item.ts";
import {
  accessibilityStatement,
  easyLanguage,
  imprint,
  privacyPolicy,
  signLanguage,
  siteSetting,
} from "./pages.ts";
import { place } from "./place.ts";
import { retiredCode } from "./retired-code.ts";
import { scan } from "./scan.ts";
import { tour } from "./tour.ts";
import { tourStop } from "./tour-stop.ts";

export { ALL_COMPONENTS } from "./components.ts";
export { EVENT_KINDS } from "./event-stream.ts";
export { QR_CODE_PATTERN } from "./tour-stop.ts";
export {
  accessibilityStatement,
  easyLanguage,
  eventStream,
  heritageItem,
  imprint,
  place,
  privacyPolicy,
  retiredCode,
  scan,
  signLanguage,
  siteSetting,
  tour,
  tourStop,
};

/** Every content type, in dependency order (targets of relations first: the seed and restore rely on it). */
export const ALL_CONTENT_TYPES: readonly ContentTypeDefinition[] = [
  place,
  scan,
  heritageItem,
  tour,
  tourStop,
  eventStream,
  retiredCode,
  siteSetting,
  imprint,
  privacyPolicy,
  accessibilityStatement,
  easyLanguage,
  signLanguage,
];
