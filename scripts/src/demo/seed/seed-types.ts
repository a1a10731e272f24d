import type { ContentTypeDefinition, Locale } from "@showroom/content-types";

export interface SeedOptions {
  /** "Now" for the relative event dates of newly created streams; default: the current time. */
  now?: Date;
  /**
   * Also move the dates of existing demo streams relative to `now` (past, live, upcoming again).
   * Off by default: a second seed leaves stored dates alone.
   */
  refreshDates?: boolean;
  log?: (line: string) => void;
  /**
   * The eSpeak NG that speaks the demo audio guides; default: the one on PATH. `false`, or none
   * found: the guides are a chime and the seed logs one line saying how to get speech.
   */
  speechSynthesizer?: string | false;
}

export type SeedAction = "created" | "updated" | "unchanged" | "completed";

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Entries (per locale) a previous, interrupted run left unpublished or published out of date. */
  completed: number;
  published: number;
  /** Files uploaded to the media library by this run. */
  uploaded: number;
  entries: { type: string; key: string; locale: Locale; action: SeedAction; fields?: string[] }[];
  durationMs: number;
}

export type Data = Record<string, unknown>;
export type StoredEntry = Data & { documentId: string; id: number };

/** One demo entry as the seed writes it: which type, how to find it, what each locale holds. */
export interface EntrySpec {
  type: ContentTypeDefinition;
  /** Stable key for messages and relation lookups (German slug, code, inventory number). */
  key: string;
  draft: boolean;
  /** Filter that finds the German entry; empty for single types. */
  match: Data;
  /** Desired data for a locale; `stored` is the German entry when the document exists already. */
  data(locale: Locale, stored: StoredEntry | undefined): Promise<Data>;
}
