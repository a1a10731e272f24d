import { createHash } from "node:crypto";
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import {
  type ContentTypeName,
  contentType,
  entryProblems,
  type Locale,
  populateFor,
  restPath,
  snapshotContentFile,
} from "@showroom/content-types";
import { createCmsClient } from "@showroom/content-types/content-source";

type Entry = Record<string, unknown>;

export interface DraftOptions {
  cmsUrl: string;
  /** Full-access API token: only those may read drafts through the content API. */
  token: string;
  type: string;
  documentId: string;
  locale: Locale;
  status: "draft" | "published";
}

/** Reads one entry (its draft by default) as the REST API returns it, with the site's populate. */
export async function fetchDraft(options: DraftOptions): Promise<Entry> {
  const type = contentType(options.type);
  const reader = createCmsClient({ url: options.cmsUrl, token: options.token });
  const path =
    type.kind === "singleType" ? restPath(type.name) : `${restPath(type.name)}/${options.documentId}`;
  const body = await reader.get<{ data: Entry | null }>(path, {
    status: options.status,
    locale: options.locale,
    populate: populateFor(type.name),
  });
  if (!body.data)
    throw new Error(`${type.name} ${options.documentId} (${options.locale}) not found in the CMS`);
  return body.data;
}

interface MediaObject {
  url: string;
  mime: string;
  ext?: string | null;
}

function collectMedia(value: unknown, out: MediaObject[]): void {
  if (Array.isArray(value)) for (const item of value) collectMedia(item, out);
  else if (typeof value === "object" && value !== null) {
    const media = value as MediaObject;
    if (typeof media.url === "string" && typeof media.mime === "string") out.push(media);
    for (const inner of Object.values(value)) collectMedia(inner, out);
  }
}

/**
 * A snapshot for the preview build: the published snapshot with this one entry replaced by its
 * draft (shown as if published), its media copied in. Media files are hard links into the base
 * snapshot where possible, so a preview costs little disk.
 */
export async function writePreviewSnapshot(options: {
  baseSnapshotDir: string;
  outDir: string;
  cmsUrl: string;
  token: string;
  type: string;
  locale: Locale;
  entry: Entry;
}): Promise<void> {
  const { baseSnapshotDir, outDir, type, locale } = options;
  mkdirSync(join(outDir, "media"), { recursive: true });
  cpSync(join(baseSnapshotDir, "content"), join(outDir, "content"), { recursive: true });
  cpSync(join(baseSnapshotDir, "manifest.json"), join(outDir, "manifest.json"));
  for (const name of readdirSync(join(baseSnapshotDir, "media"))) {
    const from = join(baseSnapshotDir, "media", name);
    try {
      linkSync(from, join(outDir, "media", name));
    } catch {
      cpSync(from, join(outDir, "media", name));
    }
  }

  // The draft's own media: downloaded (with the token) and renamed by content, as the export does.
  const entry = structuredClone(options.entry);
  const media: MediaObject[] = [];
  collectMedia(entry, media);
  const reader = createCmsClient({ url: options.cmsUrl, token: options.token });
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as {
    media: { file: string; sha256: string; bytes: number; mime: string }[];
  };
  for (const object of media) {
    if (object.url.startsWith("media/")) continue;
    const bytes = await reader.file(object.url);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const ext = (object.ext || extname(new URL(object.url, "http://x").pathname))
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, "");
    const file = `${sha256}${ext}`;
    if (!existsSync(join(outDir, "media", file))) {
      writeFileSync(join(outDir, "media", file), bytes);
      manifest.media.push({ file, sha256, bytes: bytes.byteLength, mime: object.mime });
    }
    object.url = `media/${file}`;
  }
  writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

  // The site builds published entries only: the draft is shown as it will look once published.
  entry.publishedAt ??= entry.updatedAt ?? new Date().toISOString();
  const problems = entryProblems(type as ContentTypeName, entry, locale);
  if (problems.length > 0) {
    throw new PreviewContentError(problems);
  }
  const file = snapshotContentFile(outDir, type, locale);
  if (contentType(type).kind === "singleType") {
    writeFileSync(file, `${JSON.stringify(entry, null, 2)}\n`);
  } else {
    const entries = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Entry[]) : [];
    const index = entries.findIndex((other) => other.documentId === entry.documentId);
    if (index >= 0) entries[index] = entry;
    else entries.push(entry);
    writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
  }
}

/** The draft is not complete enough to render (the same checks as publishing). */
export class PreviewContentError extends Error {
  override name = "PreviewContentError";
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The draft cannot be shown yet:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}
