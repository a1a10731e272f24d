import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";

/**
 * Points `currentLink` at `releaseDir` in one step: a new symlink is made beside it and renamed
 * over the old one. rename(2) replaces the link atomically, so a request that opens a file
 * through `current` sees either the whole old release or the whole new one, never a mix.
 *
 * @example
 *   swapCurrentRelease("site/releases/current", "site/releases/2026-11-25T12-00-00Z");
 */
export function swapCurrentRelease(currentLink: string, releaseDir: string): void {
  // Relative target: the releases folder can be moved or mounted elsewhere without breaking it.
  const target = relative(dirname(currentLink), releaseDir);
  const temporary = join(dirname(currentLink), `.${basename(currentLink)}.${process.pid}.${Date.now()}`);
  symlinkSync(target, temporary, "dir");
  renameSync(temporary, currentLink);
}

/** The release folder `currentLink` points at, or undefined when there is none yet. */
export function currentRelease(currentLink: string): string | undefined {
  if (!existsSync(currentLink) || !lstatSync(currentLink).isSymbolicLink()) return undefined;
  return resolve(dirname(currentLink), readlinkSync(currentLink));
}

/**
 * Removes old releases but keeps the newest `keep` ones and whatever `current` points at, so a
 * rollback by hand stays possible and disk use stays bounded.
 */
export function pruneReleases(releasesDir: string, currentLink: string, keep: number): string[] {
  const live = currentRelease(currentLink);
  const releases = readdirSync(releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  const removable = releases.slice(0, Math.max(0, releases.length - keep));
  const removed: string[] = [];
  for (const name of removable) {
    const path = join(releasesDir, name);
    if (path === live) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
