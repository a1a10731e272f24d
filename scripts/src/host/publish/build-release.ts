import { cmsContentSource, writeSnapshot } from "@showroom/content-types/content-source";
import { snapshotBuildEnv, spawnAstroBuild, withSiteBuildLock } from "@showroom/site/build";
import type { BuildRelease } from "./rebuild-worker.ts";

export interface SiteBuilderOptions {
  /** Base URL of the CMS; a function when it is known only after start-up. */
  cmsUrl: string | (() => string);
  /** Read-only API token of the CMS (published content only). */
  token?: string | (() => string | undefined);
  /** Where the content snapshot of the latest build is kept. */
  snapshotDir: string;
  /** Extra environment for `astro build` (e.g. PUBLIC_SITE_URL). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

/** `astro build` of the site from a snapshot folder into `outDir`, one build at a time. */
export async function buildSiteFromSnapshot(
  snapshotDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<void> {
  await withSiteBuildLock(() => spawnAstroBuild({ env: snapshotBuildEnv(snapshotDir, outDir, env) }));
}

/**
 * The build the rebuild worker runs: write all published content of the CMS (read as a content
 * source) into a snapshot, validated entry by entry (a broken entry fails here, naming the entry and
 * field), then build the static site from it into the release folder.
 *
 * @example
 *   const build = createSiteBuilder({ cmsUrl: "http://127.0.0.1:1337", token, snapshotDir: "site/releases/.snapshot" });
 *   const worker = createRebuildWorker({ releasesDir: "site/releases", build });
 */
export function createSiteBuilder(options: SiteBuilderOptions): BuildRelease {
  const value = <T>(v: T | (() => T)) => (typeof v === "function" ? (v as () => T)() : v);
  return async (outDir) => {
    const token = value(options.token);
    const cms = cmsContentSource({ url: value(options.cmsUrl), ...(token ? { token } : {}) });
    await writeSnapshot(cms, { outDir: options.snapshotDir, ...(options.log ? { log: options.log } : {}) });
    await buildSiteFromSnapshot(options.snapshotDir, outDir, options.env ?? {});
  };
}
