/** Entry lookups by documentId (no Astro imports: unit tests and scripts can use them). */
// Lookups by documentId happen on every page; an index per list keeps 10,000-item builds linear.
const indexes = new WeakMap<readonly object[], Map<string, unknown>>();

/** The entry with this documentId, or undefined. */
export function byDocumentId<T extends { documentId: string }>(
  list: readonly T[],
  documentId: string | undefined | null,
): T | undefined {
  if (!documentId) return undefined;
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((entry) => [entry.documentId, entry]));
    indexes.set(list, index);
  }
  return index.get(documentId) as T | undefined;
}
