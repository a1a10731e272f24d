/**
 * Opens the content source a tool should read: the running CMS by default, the snapshot folder
 * when the CMS does not answer (or the other way round), with a one-line warning that names what
 * was tried. Fails with what to do when neither is there.
 *
 * ```ts
 * const source = await openContentSource({
 *   prefer: "cms",
 *   cms: { url: "http://localhost:1337", token },
 *   snapshotDir: "site/.snapshot",
 *   warn: (line) => console.warn(line),
 * });
 * ```
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "../define.ts";
import { ALL_CONTENT_TYPES } from "../model/index.ts";
import { createCmsClient } from "./cms-client.ts";
import { cmsContentSource } from "./cms-source.ts";
import type { ContentSource } from "./content-source.ts";
import { snapshotContentSource } from "./snapshot-source.ts";

export interface OpenContentSourceOptions {
  prefer: "cms" | "snapshot";
  /** The CMS: base URL and read-only token (the site-build token); no URL means no CMS to try. */
  cms?: { url?: string | undefined; token?: string | undefined };
  /** The snapshot folder to fall back to (or to prefer). */
  snapshotDir: string;
  /** How long the CMS may take to answer its first request before the snapshot is used; default 3 s. */
  probeTimeoutMs?: number;
  warn?: (line: string) => void;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 3000;

type Attempt = { source: ContentSource } | { failure: string };

/** One small request the site-build token may make (count of the first collection type). */
async function tryCms(options: OpenContentSourceOptions): Promise<Attempt> {
  const url = options.cms?.url;
  if (!url) return { failure: "no CMS address is set (STRAPI_URL)" };
  const token = options.cms?.token;
  const probeType = ALL_CONTENT_TYPES.find((type) => type.kind === "collectionType");
  try {
    const probe = createCmsClient({
      url,
      ...(token ? { token } : {}),
      timeoutMs: options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    });
    if (probeType) await probe.count(probeType.name, LOCALES[0]);
    return { source: cmsContentSource({ url, ...(token ? { token } : {}) }) };
  } catch (error) {
    return {
      failure: `the CMS at ${url} could not be read (${(error as Error).message.replace(/\.$/, "")})`,
    };
  }
}

function trySnapshot(options: OpenContentSourceOptions): Attempt {
  const dir = options.snapshotDir;
  if (!existsSync(join(dir, "manifest.json"))) return { failure: `there is no content snapshot in ${dir}` };
  try {
    return { source: snapshotContentSource(dir) };
  } catch (error) {
    return { failure: (error as Error).message };
  }
}

export async function openContentSource(options: OpenContentSourceOptions): Promise<ContentSource> {
  const order = options.prefer === "cms" ? [tryCms, trySnapshot] : [trySnapshot, tryCms];
  const failures: string[] = [];
  for (const attempt of order) {
    const result = await attempt(options);
    if ("source" in result) {
      if (failures.length > 0) {
        options.warn?.(`Reading ${result.source.description} instead: ${failures.join("; ")}`);
      }
      return result.source;
    }
    failures.push(result.failure);
  }
  throw new Error(
    `No content to read: ${failures.join("; ")}. Start the CMS (npm start) and set STRAPI_URL, or write a snapshot with npm run snapshot.`,
  );
}
