/**
 * Where staff tools (sign sheets, search reindex) read content: the running CMS by default, the
 * content snapshot when the CMS does not answer, with a one-line warning. `--snapshot <dir>` reads
 * that snapshot only.
 *
 *   STRAPI_URL (or CMS_URL)   the CMS; default http://localhost:$PORT (1337), as `npm start` runs it
 *   STRAPI_TOKEN              its read-only token; else SITE_BUILD_TOKEN, else the key the CMS writes
 *                             to SITE_BUILD_TOKEN_FILE (default cms/.tmp/site-build-token)
 *   SNAPSHOT_DIR              the snapshot to fall back to; default site/.snapshot (the site's last)
 *
 * ```ts
 * const source = await openStaffContentSource({ warn: (line) => console.warn(line) });
 * ```
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import {
  type ContentSource,
  openContentSource,
  snapshotContentSource,
} from "@showroom/content-types/content-source";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..");

type Env = Record<string, string | undefined>;

/** The read-only key: from the environment, else from the file the CMS writes at every start. */
export function siteBuildToken(env: Env = process.env): string | undefined {
  const given = env.STRAPI_TOKEN?.trim() || env.SITE_BUILD_TOKEN?.trim();
  if (given) return given;
  const configured = env.SITE_BUILD_TOKEN_FILE?.trim();
  // The CMS resolves a relative SITE_BUILD_TOKEN_FILE against its own folder.
  const file = configured
    ? resolve(repoRoot, "cms", configured)
    : resolve(repoRoot, "cms", ".tmp", "site-build-token");
  return existsSync(file) ? readFileSync(file, "utf8").trim() || undefined : undefined;
}

export function cmsUrl(env: Env = process.env): string {
  return env.STRAPI_URL?.trim() || env.CMS_URL?.trim() || `http://localhost:${env.PORT?.trim() || 1337}`;
}

export interface StaffSourceOptions {
  /** An explicit snapshot folder (a `--snapshot` flag): read it, not the CMS. */
  snapshot?: string | undefined;
  /** Folder a relative `snapshot` is relative to; default the caller's working folder. */
  cwd?: string;
  env?: Env;
  warn?: (line: string) => void;
  probeTimeoutMs?: number;
}

export async function openStaffContentSource(options: StaffSourceOptions = {}): Promise<ContentSource> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? env.INIT_CWD ?? process.cwd();
  if (options.snapshot) {
    return snapshotContentSource(
      isAbsolute(options.snapshot) ? options.snapshot : resolve(cwd, options.snapshot),
    );
  }
  const dir = env.SNAPSHOT_DIR?.trim() || resolve(repoRoot, "site", ".snapshot");
  return openContentSource({
    prefer: "cms",
    cms: { url: cmsUrl(env), token: siteBuildToken(env) },
    snapshotDir: isAbsolute(dir) ? dir : resolve(cwd, dir),
    ...(options.warn ? { warn: options.warn } : {}),
    ...(options.probeTimeoutMs ? { probeTimeoutMs: options.probeTimeoutMs } : {}),
  });
}
