import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import type { Strapi } from "../../shared/cms/boot-cms.ts";

/**
 * What a CMS holds, in numbers that must survive a backup and restore: entries per content type,
 * locale and status (draft / published), and every media file's sha256.
 */
export interface ContentCensus {
  /** "<uid> <locale> <draft|published>" → count. */
  entries: Record<string, number>;
  /** Media file hash (Strapi's name) + ext → sha256 of the bytes on disk, for every format. */
  media: Record<string, string>;
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}

export async function takeCensus(strapi: Strapi): Promise<ContentCensus> {
  const entries: Record<string, number> = {};
  for (const [uid, type] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith("api::")) continue;
    const rows = (await strapi.db.query(uid as never).findMany({ select: ["locale", "publishedAt"] })) as {
      locale?: string | null;
      publishedAt?: string | null;
    }[];
    const draftAndPublish = Boolean(
      (type as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish,
    );
    for (const row of rows) {
      const status = !draftAndPublish || row.publishedAt ? "published" : "draft";
      const key = `${uid} ${row.locale ?? "-"} ${status}`;
      entries[key] = (entries[key] ?? 0) + 1;
    }
  }
  const media: Record<string, string> = {};
  const publicDir = strapi.dirs.static.public;
  const files = (await strapi.db.query("plugin::upload.file").findMany({})) as {
    url: string;
    formats?: Record<string, { url: string }> | null;
  }[];
  for (const file of files) {
    const urls = [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)];
    for (const url of urls) {
      const path = join(publicDir, url);
      media[url] = existsSync(path) ? await sha256(path) : "missing";
    }
  }
  return { entries, media };
}

/** True when the CMS holds no content entries and no media (a fresh instance). */
export function isEmptyCensus(census: ContentCensus): boolean {
  return Object.keys(census.entries).length === 0 && Object.keys(census.media).length === 0;
}

export function formatCensus(census: ContentCensus): string {
  const lines = Object.entries(census.entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `  ${key.replace(/^api::[^.]+\./, "")}: ${count}`);
  lines.push(`  media files: ${Object.keys(census.media).length}`);
  return lines.join("\n");
}
