/**
 * The idempotent demo seed: writes the content of `scripts/src/demo/demo-content/` through Strapi's
 * document service, German first, then the English localization of the same document; publishes
 * everything except the `ENTWURF` drafts. Entries are matched by German slug, stop code, inventory
 * number (single types: by type); only differing fields are written, so a second run reports
 * "0 created, 0 updated".
 *
 * Resumable: every write (an entry's locale, its publication, a media upload) is one transaction of
 * its own, and every run looks at what is stored before writing. A run killed midway leaves entries
 * that a rerun finds and completes: a missing locale is created, a draft that should be published
 * and is not (or whose published version is older than the draft) is published; these are counted
 * as `completed`.
 */
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { createSeedContext, type SeedContext } from "./seed-context.ts";
import type { SeedOptions, SeedReport } from "./seed-types.ts";
import { seedEventStreams } from "./steps/event-streams.ts";
import { seedHeritageItems } from "./steps/heritage-items.ts";
import { seedPanoramas } from "./steps/panoramas.ts";
import { seedPlaces } from "./steps/places.ts";
import { seedScans } from "./steps/scans.ts";
import { seedSitePages } from "./steps/site-pages.ts";
import { seedTourStops } from "./steps/tour-stops.ts";
import { seedTours } from "./steps/tours.ts";

export type { SeedAction, SeedOptions, SeedReport } from "./seed-types.ts";

/**
 * The steps in order: each one writes one kind of content (steps/), and an entry's relations point
 * only at kinds an earlier step wrote (items at places and scans, stops at tours, items and scans).
 */
export const SEED_STEPS: readonly ((context: SeedContext) => Promise<void>)[] = [
  seedPlaces,
  seedScans,
  seedHeritageItems,
  seedTours,
  seedTourStops,
  // After the stops: their hotspots point at stops later in the tour.
  seedPanoramas,
  seedEventStreams,
  seedSitePages,
];

/**
 * Seeds the demo content into a booted Strapi. Safe to run on a database that already holds it.
 *
 * ```ts
 * const cms = await bootCms();
 * const report = await seedDemoContent(cms.strapi, { log: console.log });
 * ```
 */
export async function seedDemoContent(strapi: Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now();
  const context = createSeedContext(strapi, options);
  for (const step of SEED_STEPS) await step(context);
  context.report.uploaded = context.media.uploaded.length;
  context.report.durationMs = Date.now() - started;
  return context.report;
}
