/**
 * Exports all published content of the CMS, every locale, with its media, into a snapshot folder:
 * the CMS as a content source, written with content-types' snapshot writer (validated entry by
 * entry; the folder is replaced in one step).
 *
 * ```ts
 * const result = await exportSnapshot({ url: "http://localhost:1337", outDir: "site/.snapshot" });
 * ```
 */
import {
  cmsContentSource,
  type WriteSnapshotResult,
  writeSnapshot,
} from "@showroom/content-types/content-source";

export interface ExportSnapshotOptions {
  /** Base URL of the CMS. */
  url: string;
  /** Read-only API token; optional when the public role may read. */
  token?: string;
  /** Target folder; replaced as a whole. */
  outDir: string;
  log?: (line: string) => void;
}

export type ExportSnapshotResult = WriteSnapshotResult;

export function exportSnapshot(options: ExportSnapshotOptions): Promise<ExportSnapshotResult> {
  const source = cmsContentSource({ url: options.url, ...(options.token ? { token: options.token } : {}) });
  return writeSnapshot(source, { outDir: options.outDir, ...(options.log ? { log: options.log } : {}) });
}
