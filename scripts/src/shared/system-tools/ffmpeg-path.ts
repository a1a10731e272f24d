/**
 * Which ffmpeg the project runs: FFMPEG_PATH when set, else the static binary of the npm package
 * `@ffmpeg-installer/ffmpeg` (installed by `npm install`; it has libx264, aac, libmp3lame and
 * libopus), else a system ffmpeg on PATH for platforms the package has no binary for.
 *
 * ```ts
 * await execFile(ffmpegPath(), ["-version"]);
 * ```
 */
import { accessSync, chmodSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";

export interface FfmpegPathOptions {
  env: NodeJS.ProcessEnv;
  /** The npm package's binary, or undefined where the package has none for this platform. */
  packagedBinary: () => string | undefined;
}

function executable(file: string | undefined): file is string {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The binary of @ffmpeg-installer/ffmpeg; its index throws when the platform package is missing. */
export function packagedFfmpeg(): string | undefined {
  try {
    const installer = createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path?: string };
    // The package marks its binary executable in a postinstall script, which npm may not have run.
    if (installer.path && existsSync(installer.path) && !executable(installer.path))
      chmodSync(installer.path, 0o755);
    return executable(installer.path) ? installer.path : undefined;
  } catch {
    return undefined;
  }
}

export const FFMPEG_PATH_DEFAULTS: FfmpegPathOptions = { env: process.env, packagedBinary: packagedFfmpeg };

/** The ffmpeg to run; throws one line saying what to do when there is none. */
export function ffmpegPath(overrides: Partial<FfmpegPathOptions> = {}): string {
  const { env, packagedBinary } = { ...FFMPEG_PATH_DEFAULTS, ...overrides };
  const fromVariable = env.FFMPEG_PATH?.trim();
  if (fromVariable) {
    if (executable(fromVariable)) return fromVariable;
    throw new Error(`FFMPEG_PATH is "${fromVariable}", which is not an executable file: fix or unset it.`);
  }
  const packaged = packagedBinary();
  if (packaged) return packaged;
  const system = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, "ffmpeg"))
    .find(executable);
  if (system) return system;
  throw new Error(
    `ffmpeg not found: @ffmpeg-installer/ffmpeg has no binary for ${process.platform}-${process.arch} ` +
      "(run `npm install` again if it should) and there is no ffmpeg on PATH: run `sudo apt-get install -y ffmpeg` or set FFMPEG_PATH.",
  );
}
