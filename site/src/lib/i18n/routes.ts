/**
 * Every URL of the site comes from the URL scheme in content-types (`src/contracts/url-scheme.ts`),
 * the one place that computes public paths: the site's pages, navigation, sitemap and QR redirects,
 * the search documents, the preview server and the QR signs all use it. This module only passes it
 * on, so site code keeps one import path.
 */
export {
  absoluteUrl,
  calendarFeedPath,
  embedPath,
  eventCalendarPath,
  eventPath,
  homePath,
  jsonTwinPath,
  localePrefix,
  notFoundPath,
  objectListPath,
  objectPath,
  pagePathOf,
  placePath,
  qrIndexPath,
  qrPath,
  qrShortPath,
  SECTION_SEGMENTS,
  type Section,
  sectionPath,
  stopCaptionsPath,
  stopPath,
  tourPath,
} from "@showroom/content-types/url-scheme";
