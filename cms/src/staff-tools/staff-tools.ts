import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The command-line tools of `scripts/` that the CMS runs as child processes (sign sheets, scan
 * preparation). They come from the declared dependency `@showroom/scripts` (cms/package.json,
 * `file:../scripts`) through its `bin` entries, so the CMS never names a file inside scripts/src.
 */
export type StaffTool = "showroom-signs" | "showroom-prepare-scan";

/** Absolute path of the tool's launcher, to run with `process.execPath` (the Node that runs Strapi). */
export function staffToolPath(appRoot: string, tool: StaffTool): string {
  let manifestPath: string;
  try {
    manifestPath = createRequire(join(appRoot, "package.json")).resolve("@showroom/scripts/package.json");
  } catch {
    throw new Error(
      `@showroom/scripts is not installed beside the CMS in ${appRoot}: run \`npm install --prefix cms\` (it links ../scripts), or set the tool's path in the environment.`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: Record<string, string> };
  const launcher = manifest.bin?.[tool];
  if (!launcher) throw new Error(`@showroom/scripts (${manifestPath}) has no bin named ${tool}.`);
  return join(dirname(manifestPath), launcher);
}
