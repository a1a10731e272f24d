/**
 * The name the site gives a media file of the source, `media/<sha256><ext>` (as the content
 * snapshot names it, so the site's build serves it at `/media/<sha256><ext>`). Open-data exports
 * link these names below --base-url: the public, stable address, also when they read the CMS,
 * whose `/uploads/…` names and host are its own business. A snapshot's media already carry their
 * site name; a CMS file is fetched once and named by the hash of its bytes.
 */
import { createHash } from "node:crypto";
import type { ContentSource } from "@showroom/content-types/content-source";

type MediaRecord = { url: string; mime: string; ext?: string | null | undefined } & Record<string, unknown>;

function isMedia(value: unknown): value is MediaRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { url?: unknown }).url === "string" &&
    typeof (value as { mime?: unknown }).mime === "string"
  );
}

/** Calls `visit` for every media record (an object with `url` and `mime`) inside `value`. */
export function eachMedia(value: unknown, visit: (media: MediaRecord) => void): void {
  if (Array.isArray(value)) for (const inner of value) eachMedia(inner, visit);
  else if (isMedia(value)) visit(value);
  else if (typeof value === "object" && value !== null)
    for (const inner of Object.values(value)) eachMedia(inner, visit);
}

/** The lower-case extension with its dot, from the record's `ext` or its URL (same rule as the snapshot). */
export function extensionOf(media: { url: string; ext?: string | null | undefined }): string {
  const fromUrl = /\.[A-Za-z0-9]+$/.exec(media.url.split(/[?#]/)[0] ?? "")?.[0];
  return (media.ext || fromUrl || "").toLowerCase().replace(/[^.a-z0-9]/g, "");
}

export interface MediaKeeper {
  /** Whether `keep` wants the bytes of this file (a snapshot's other files are not read). */
  wants(media: MediaRecord): boolean;
  keep(bytes: Uint8Array, name: string, records: MediaRecord[]): Promise<void>;
}

/**
 * Points every media record inside `content` at its site name (`media/<sha256><ext>`), fetching
 * each CMS file once; `keeper` sees the bytes of the files it wants (e.g. to write the images).
 * Returns how many files were named.
 */
export async function useSiteMediaNames(
  source: ContentSource,
  content: unknown,
  keeper?: MediaKeeper,
): Promise<number> {
  const byUrl = new Map<string, MediaRecord[]>();
  eachMedia(content, (media) => byUrl.set(media.url, [...(byUrl.get(media.url) ?? []), media]));
  for (const [url, records] of byUrl) {
    const first = records[0] as MediaRecord;
    const wanted = keeper?.wants(first) ?? false;
    const snapshotName = source.kind === "snapshot" ? url.split("/").pop() : undefined;
    const bytes = snapshotName && !wanted ? undefined : await source.file(url);
    const name = `media/${
      snapshotName ??
      `${createHash("sha256")
        .update(bytes as Uint8Array)
        .digest("hex")}${extensionOf(first)}`
    }`;
    if (keeper && wanted && bytes) await keeper.keep(bytes, name, records);
    for (const record of records) record.url = name;
  }
  return byUrl.size;
}
