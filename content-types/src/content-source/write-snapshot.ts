/**
 * Writes all published content of a content source, every type and locale, with its media, into a
 * snapshot folder (format: `../snapshot.ts`). Every entry is validated with the content model's zod
 * schemas before anything is written (an invalid one fails naming type, entry, locale and field);
 * the folder is replaced in one step, so a failed write leaves the previous snapshot as it was.
 *
 * ```ts
 * await writeSnapshot(cmsContentSource({ url: "http://localhost:1337", token }), { outDir: "site/.snapshot" });
 * ```
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { LOCALES, type Locale } from "../define.ts";
import type { ContentTypeName } from "../generated/index.ts";
import { ALL_CONTENT_TYPES } from "../model/index.ts";
import { SNAPSHOT_FORMAT, type SnapshotManifest, snapshotContentFile } from "../snapshot.ts";
import { ContentValidationError, entryProblems } from "../validate.ts";
import type { ContentSource } from "./content-source.ts";

export interface WriteSnapshotOptions {
  /** Target folder; replaced as a whole. */
  outDir: string;
  log?: (line: string) => void;
}

export interface WriteSnapshotResult {
  outDir: string;
  manifest: SnapshotManifest;
  /** Total size of the content JSON and media files in bytes. */
  bytes: number;
  durationMs: number;
}

interface MediaObject {
  url: string;
  mime?: string;
  ext?: string | null;
}

function isMedia(value: unknown): value is MediaObject {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as MediaObject).url === "string" &&
    typeof (value as MediaObject).mime === "string"
  );
}

/** Every media object (files and their image formats) inside an entry. */
function collectMedia(value: unknown, out: MediaObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectMedia(item, out);
  } else if (typeof value === "object" && value !== null) {
    if (isMedia(value)) out.push(value);
    for (const inner of Object.values(value)) collectMedia(inner, out);
  }
}

function extensionOf(media: MediaObject): string {
  const ext = media.ext || extname(new URL(media.url, "http://x").pathname);
  return ext.toLowerCase().replace(/[^.a-z0-9]/g, "");
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++] as T);
  });
  await Promise.all(workers);
}

export async function writeSnapshot(
  source: ContentSource,
  options: WriteSnapshotOptions,
): Promise<WriteSnapshotResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  // 1. Read everything (nothing is written before all of it is read and valid).
  const content: { typeName: string; locale: Locale; data: unknown }[] = [];
  const problems: string[] = [];
  for (const type of ALL_CONTENT_TYPES) {
    for (const locale of LOCALES) {
      const name = type.name as ContentTypeName;
      if (type.kind === "singleType") {
        const entry = await source.single(type.name, locale);
        if (entry !== null) problems.push(...entryProblems(name, entry, locale));
        content.push({ typeName: type.name, locale, data: entry });
      } else {
        const entries = await source.entries(type.name, locale);
        for (const [index, entry] of entries.entries())
          problems.push(...entryProblems(name, entry, locale, index));
        content.push({ typeName: type.name, locale, data: entries });
      }
    }
  }
  if (problems.length > 0) throw new ContentValidationError(problems);

  // 2. Download each referenced file once and point the entries at the snapshot copy.
  const media: MediaObject[] = [];
  for (const item of content) collectMedia(item.data, media);
  const byUrl = new Map<string, MediaObject[]>();
  for (const file of media) byUrl.set(file.url, [...(byUrl.get(file.url) ?? []), file]);
  const files = new Map<string, { bytes: Uint8Array; entry: SnapshotManifest["media"][number] }>();
  await eachLimited([...byUrl.keys()], 4, async (url) => {
    const objects = byUrl.get(url) ?? [];
    const first = objects[0] as MediaObject;
    const bytes = await source.file(url);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const file = `${sha256}${extensionOf(first)}`;
    if (!files.has(file)) {
      files.set(file, {
        bytes,
        entry: { file, sha256, bytes: bytes.byteLength, mime: first.mime ?? "application/octet-stream" },
      });
    }
    for (const object of objects) object.url = `media/${file}`;
  });

  // 3. Write into a fresh folder beside the target, then swap it in.
  const outDir = options.outDir;
  await mkdir(dirname(outDir), { recursive: true });
  const work = join(dirname(outDir), `.${basename(outDir)}.${process.pid}.${Date.now()}`);
  let bytes = 0;
  try {
    await mkdir(join(work, "content"), { recursive: true });
    await mkdir(join(work, "media"), { recursive: true });
    const counts: SnapshotManifest["counts"] = {};
    for (const item of content) {
      const json = `${JSON.stringify(item.data, null, 2)}\n`;
      bytes += Buffer.byteLength(json);
      await writeFile(snapshotContentFile(work, item.typeName, item.locale), json);
      counts[item.typeName] ??= {};
      (counts[item.typeName] as Record<string, number>)[item.locale] = Array.isArray(item.data)
        ? item.data.length
        : item.data
          ? 1
          : 0;
    }
    for (const [name, file] of files) {
      bytes += file.bytes.byteLength;
      await writeFile(join(work, "media", name), file.bytes);
    }
    const manifest: SnapshotManifest = {
      format: SNAPSHOT_FORMAT,
      createdAt: new Date().toISOString(),
      source: source.origin,
      locales: [...LOCALES],
      counts,
      media: [...files.values()].map((file) => file.entry).sort((a, b) => a.file.localeCompare(b.file)),
    };
    await writeFile(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const old = `${work}.old`;
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(work, outDir);
    await rm(old, { recursive: true, force: true });
    const durationMs = Date.now() - started;
    log(
      `snapshot: ${Object.values(counts).reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0)} entries, ` +
        `${files.size} media files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${outDir} (${(durationMs / 1000).toFixed(1)} s)`,
    );
    return { outDir, manifest, bytes, durationMs };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
