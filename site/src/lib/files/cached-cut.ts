/**
 * A folder of files cut from one image (tiles), kept between builds under the hash of the image's
 * bytes and the cutting settings: a rebuild finds it and copies it instead of cutting again. The
 * IIIF tiles and the panorama tiles both keep theirs this way.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface CachedCut {
  /** The cache folder of this image and these settings. */
  dir: string;
  /** Cut by this call (false: found in the cache). */
  cut: boolean;
}

/**
 * The cache folder of `image` cut with `settings`, cutting it first when needed. `cutInto` writes
 * into an empty folder; the cut counts as complete once `doneFile` (a path inside that folder)
 * exists, so a folder an interrupted run left is cut again. The cut goes into a folder of its own
 * and is renamed into place, so two builds cutting the same image never see half a folder.
 */
export async function cachedCut(options: {
  image: string;
  cacheDir: string;
  settings: string;
  doneFile: string;
  cutInto: (dir: string) => Promise<void>;
}): Promise<CachedCut> {
  const { image, cacheDir, settings, doneFile, cutInto } = options;
  const hash = createHash("sha256").update(settings).update(readFileSync(image)).digest("hex").slice(0, 32);
  const dir = join(cacheDir, hash);
  if (existsSync(join(dir, doneFile))) return { dir, cut: false };
  const work = join(cacheDir, `${hash}.${process.pid}.partial`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await cutInto(work);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(work, dir);
  } catch (error) {
    // Another build cut the same image meanwhile: keep theirs.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(dir, doneFile))) throw error;
  }
  return { dir, cut: true };
}
