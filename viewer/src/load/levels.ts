/**
 * Which files a viewer loads, in order: the quick level (thumb) first when the page names one,
 * then the full level; the same file once when both are one (small scans). No three.js here:
 * poster-first.ts uses it to start the first download at the click.
 */
import type { ModelLevel, ScanViewerOptions } from "../types.ts";

export type LevelName = "thumb" | "full";

export interface PlannedLevel extends ModelLevel {
  name: LevelName;
}

/** The levels to load, quick one first. */
export function planLevels(options: Pick<ScanViewerOptions, "model" | "fileSize" | "thumb">): PlannedLevel[] {
  const full: PlannedLevel = {
    name: "full",
    url: options.model,
    ...(options.fileSize && { size: options.fileSize }),
  };
  const thumb = options.thumb;
  if (!thumb || sameFile(thumb.url, options.model)) return [full];
  return [{ name: "thumb", ...thumb }, full];
}

export function sameFile(a: string, b: string): boolean {
  const base = typeof document === "undefined" ? "http://localhost/" : document.baseURI;
  return new URL(a, base).href === new URL(b, base).href;
}
