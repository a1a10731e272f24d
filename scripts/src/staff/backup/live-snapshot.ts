/**
 * A consistent copy of a SQLite CMS that may be running (`npm start`): the database through SQLite's
 * own `VACUUM INTO` (one read transaction: every row as of one moment, whatever the CMS writes
 * meanwhile), and the upload folder as hard links (copies across file systems). The backup then
 * boots Strapi on the copy, so it never writes to the live database and sees no half-done edit.
 *
 * Uploads are linked before the database is copied, and what the copy names but was uploaded in
 * between is linked after: every file the copied database refers to is in the copied folder.
 *
 * ```ts
 * const copy = await snapshotSqliteCms({ databaseFile, publicDir, workDir });
 * const cms = await bootCms({ database: { client: "sqlite", filename: copy.databaseFile }, publicDir: copy.publicDir });
 * ```
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { parseEnv } from "node:util";
import { cmsDir } from "../../shared/cms/paths.ts";

type SqliteDb = {
  exec(sql: string): void;
  prepare(sql: string): { all(): Record<string, unknown>[] };
  close(): void;
};
type SqliteConstructor = new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => SqliteDb;

/** better-sqlite3 from the CMS's own install (the driver Strapi uses). */
function sqlite(): SqliteConstructor {
  return createRequire(join(cmsDir, "package.json"))("better-sqlite3") as SqliteConstructor;
}

export interface LiveSqliteCms {
  databaseFile: string;
  /** The folder holding uploads/ (CMS_PUBLIC_DIR). */
  publicDir: string;
}

/**
 * Where the configured CMS keeps its SQLite file and uploads (same rules as cms/src/env/env.ts:
 * real variables over cms/.env, paths relative to cms/), or undefined for PostgreSQL.
 */
export function configuredSqliteCms(env: NodeJS.ProcessEnv = process.env): LiveSqliteCms | undefined {
  const envFile = join(cmsDir, ".env");
  const dotenv =
    existsSync(envFile) && !env.SHOWROOM_CMS_IGNORE_DOTENV ? parseEnv(readFileSync(envFile, "utf8")) : {};
  const pick = (name: string, fallback: string) => env[name]?.trim() || dotenv[name]?.trim() || fallback;
  const client = pick("DATABASE_CLIENT", "sqlite").toLowerCase();
  if (client !== "sqlite" && client !== "better-sqlite3") return undefined;
  return {
    databaseFile: resolve(cmsDir, pick("DATABASE_FILENAME", ".tmp/data.db")),
    publicDir: resolve(cmsDir, pick("CMS_PUBLIC_DIR", "public")),
  };
}

/** Hard link (or copy, across file systems) one file, keeping what is there already. */
function linkOrCopy(from: string, to: string): void {
  if (existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function linkTree(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, join(to, entry.name));
    else if (entry.isFile()) linkOrCopy(source, join(to, entry.name));
  }
}

/** Upload URLs (/uploads/…) a database names: every file and each of its image formats. */
function referencedUploads(db: SqliteDb): string[] {
  const rows = db.prepare("SELECT url, formats FROM files").all();
  return rows.flatMap((row) => {
    const formats = (row.formats ? JSON.parse(String(row.formats)) : {}) as Record<string, { url?: string }>;
    return [String(row.url), ...Object.values(formats ?? {}).map((format) => String(format.url))];
  });
}

export interface SqliteSnapshot extends LiveSqliteCms {
  /** Uploads the copied database names that were gone from the live folder too. */
  missingUploads: string[];
}

/** Copies a live SQLite CMS into `workDir` (data.db and public/uploads). */
export function snapshotSqliteCms(live: LiveSqliteCms & { workDir: string }): SqliteSnapshot {
  if (!existsSync(live.databaseFile))
    throw new Error(
      `No CMS database at ${live.databaseFile}: nothing to back up (start the CMS once first).`,
    );
  const publicDir = join(live.workDir, "public");
  const databaseFile = join(live.workDir, "data.db");
  mkdirSync(join(publicDir, "uploads"), { recursive: true });
  linkTree(join(live.publicDir, "uploads"), join(publicDir, "uploads"));

  const Database = sqlite();
  const source = new Database(live.databaseFile, { readonly: true, fileMustExist: true });
  try {
    source.exec(`VACUUM INTO '${databaseFile.replaceAll("'", "''")}'`);
  } finally {
    source.close();
  }

  const copy = new Database(databaseFile, { readonly: true });
  const missingUploads: string[] = [];
  try {
    for (const url of referencedUploads(copy)) {
      if (!url.startsWith("/")) continue; // a remote provider's URL: not a local file
      const target = join(publicDir, url);
      if (existsSync(target)) continue;
      const from = join(live.publicDir, url);
      if (existsSync(from) && statSync(from).isFile()) linkOrCopy(from, target);
      else missingUploads.push(relative(publicDir, target));
    }
  } finally {
    copy.close();
  }
  return { databaseFile, publicDir, missingUploads };
}
