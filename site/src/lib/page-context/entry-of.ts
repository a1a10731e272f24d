/** The entry a page shows, found by documentId (no Astro imports: unit tests can run it). */
import { byDocumentId } from "../content/lookup.ts";
import type { LocaleContent } from "../content/site-content.ts";

/** Which list of a language's content holds each kind of entry that has its own page. */
export const ENTRY_LISTS = {
  "heritage-item": "items",
  place: "places",
  tour: "tours",
  "tour-stop": "stops",
  "event-stream": "events",
  scan: "scans",
} as const satisfies Record<string, keyof LocaleContent>;

export type EntryKind = keyof typeof ENTRY_LISTS;
export type EntryOf<K extends EntryKind> = LocaleContent[(typeof ENTRY_LISTS)[K]][number];

/**
 * The entry of this kind with this documentId in this language. A page is only generated for an
 * entry its static paths found, so a miss means the page list and the content disagree: it stops
 * the build with a message instead of rendering a page of `undefined`.
 */
export function entryOf<K extends EntryKind>(
  content: LocaleContent,
  kind: K,
  documentId: string,
): EntryOf<K> {
  const list = content[ENTRY_LISTS[kind]] as readonly EntryOf<K>[];
  const entry = byDocumentId(list, documentId);
  if (!entry) {
    throw new Error(
      `${kind} "${documentId}" (${content.locale}) has a page but is not in the content of that language; ` +
        "rebuild the site from one complete snapshot",
    );
  }
  return entry;
}
