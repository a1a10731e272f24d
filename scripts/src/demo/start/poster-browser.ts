/**
 * The demo needs no system tool except for one extra: the CMS renders a poster for an uploaded 3D
 * scan in Chromium. `npm start` installs Chromium when it may (root or passwordless sudo, apt), and
 * otherwise starts anyway with posters off, saying in one line what to run to have them.
 */
import { type EnsureSystemToolsOptions, ensureSystemTools } from "../../shared/system-tools/system-tools.ts";

export interface PosterBrowserOptions extends Partial<EnsureSystemToolsOptions> {
  log: (line: string) => void;
}

/** Environment for the CMS: CHROMIUM_PATH when there is a Chromium, else SCAN_POSTER=false. */
export function posterBrowserEnv(options: PosterBrowserOptions): Record<string, string> {
  const env = options.env ?? process.env;
  if (env.SCAN_POSTER?.trim().toLowerCase() === "false") return {};
  const result = ensureSystemTools(["chromium"], {
    ...options,
    log: (line) => options.log(`posters: ${line}`),
  });
  const path = result.found.get("chromium");
  if (path) return { CHROMIUM_PATH: path };
  const line = result.missing.get("chromium") ?? "chromium not found";
  options.log(`posters: ${line}; until then the CMS makes no posters for uploaded scans (SCAN_POSTER=false)`);
  return { SCAN_POSTER: "false" };
}
