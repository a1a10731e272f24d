import { join } from "node:path";
import { securityPolicyOptionsFromEnv } from "@showroom/site/security-headers";
import { createPreviewHandler, PREVIEW_PATH } from "../preview/preview-handler.ts";
import { createSiteBuilder } from "./build-release.ts";
import { createRebuildWorker, type RebuildStatus, type RebuildWorker } from "./rebuild-worker.ts";
import { BUILD_HOOK_PATH, type SiteServerOptions, STATUS_PATH, startSiteServer } from "./site-server.ts";

export interface PublishLoopOptions {
  /** Folder with the releases and the `current` link (e.g. site/releases). */
  releasesDir: string;
  /** Base URL of the CMS; a function when the CMS starts after the loop. */
  cmsUrl: string | (() => string);
  /** Read-only API token for the snapshot export. */
  token?: string | (() => string | undefined);
  /** Shared secret of the build hook (the CMS's SITE_BUILD_HOOK_SECRET). */
  hookSecret: string;
  host?: string;
  /** 0 = a free port. */
  port?: number;
  debounceMs?: number;
  /** Extra environment for the site build (PUBLIC_SITE_URL …). */
  siteEnv?: Record<string, string>;
  /** Serve draft previews at /_preview: PREVIEW_SECRET and a full-access token (PREVIEW_CMS_TOKEN). */
  preview?: { secret: string; token: string | (() => string | undefined) };
  /** Requests the site server answers before the static files (see SiteServerOptions.intercept). */
  intercept?: SiteServerOptions["intercept"];
  log?: (line: string) => void;
}

export interface PublishLoop {
  /** Where the live site is served. */
  url: string;
  /** Give this to the CMS as SITE_BUILD_HOOK. */
  hookUrl: string;
  /** The status page as the public sees it (state only). */
  statusUrl: string;
  /** The status page with build errors, for staff: holds the hook secret, do not publish it. */
  staffStatusUrl: string;
  /** Give this to the CMS as PREVIEW_URL (when previews are on). */
  previewUrl: string;
  worker: RebuildWorker;
  close(): Promise<void>;
}

/**
 * Publish to live in one call: the site server (live release, status page, build hook) and the
 * rebuild worker that exports the CMS content and builds the site after each publish.
 *
 * @example
 *   const loop = await startPublishLoop({ releasesDir: "site/releases", cmsUrl, token, hookSecret });
 *   // start the CMS with SITE_BUILD_HOOK=loop.hookUrl, SITE_BUILD_HOOK_SECRET=hookSecret
 *   loop.worker.trigger("start");
 */
export async function startPublishLoop(options: PublishLoopOptions): Promise<PublishLoop> {
  const log = options.log ?? (() => undefined);
  let lastState: RebuildStatus["state"] | undefined;
  const worker = createRebuildWorker({
    releasesDir: options.releasesDir,
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    build: createSiteBuilder({
      cmsUrl: options.cmsUrl,
      ...(options.token !== undefined ? { token: options.token } : {}),
      snapshotDir: join(options.releasesDir, ".snapshot"),
      ...(options.siteEnv ? { env: options.siteEnv } : {}),
      log,
    }),
    onStatus(status) {
      if (status.state === lastState) return;
      lastState = status.state;
      if (status.state === "building")
        log(`site: building (${status.lastBuild ? "after changes" : "first build"}) …`);
      else if (status.state === "idle" && status.lastBuild) {
        const build = status.lastBuild;
        log(
          build.ok
            ? `site: release ${build.release} is live (${(build.durationMs / 1000).toFixed(1)} s)`
            : `site: build FAILED, the previous release stays online. ${build.error}`,
        );
      }
    },
  });
  const snapshotDir = join(options.releasesDir, ".snapshot");
  const preview = options.preview
    ? createPreviewHandler({
        secret: options.preview.secret,
        token: options.preview.token,
        cmsUrl: options.cmsUrl,
        // Previews start from the content of the live release.
        baseSnapshotDir: snapshotDir,
        workDir: join(options.releasesDir, ".previews"),
        ...(options.siteEnv ? { siteEnv: options.siteEnv } : {}),
      })
    : undefined;
  const server = await startSiteServer({
    worker,
    ...(preview ? { preview } : {}),
    ...(options.intercept ? { intercept: options.intercept } : {}),
    hookSecret: options.hookSecret,
    // The same policy the build writes into _headers: from the site build's environment.
    securityPolicy: securityPolicyOptionsFromEnv({ ...process.env, ...options.siteEnv }),
    ...(options.log ? { log: options.log } : {}),
    ...(options.host ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    url: server.url,
    hookUrl: `${server.url}${BUILD_HOOK_PATH}`,
    statusUrl: `${server.url}${STATUS_PATH}`,
    staffStatusUrl: `${server.url}${STATUS_PATH}?key=${encodeURIComponent(options.hookSecret)}`,
    previewUrl: `${server.url}${PREVIEW_PATH}`,
    worker,
    async close() {
      await server.close();
      preview?.close();
      await worker.close();
    },
  };
}
