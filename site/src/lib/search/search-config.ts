/**
 * Which backend the site's search uses, decided at build time from the environment:
 *   PUBLIC_MEILISEARCH_HOST          Meilisearch URL the browser calls (the operator's own service)
 *   PUBLIC_MEILISEARCH_SEARCH_KEY    a search-only key (never the admin key: the build refuses it)
 *   PUBLIC_MEILISEARCH_INDEX_PREFIX  index names `<prefix>-de|en` (default "showroom")
 * Without PUBLIC_MEILISEARCH_HOST the site uses its embedded Pagefind index.
 */
import { DEFAULT_SEARCH_INDEX_PREFIX, searchIndexUid } from "@showroom/content-types/search-document";

export type SearchClientConfig =
  | { backend: "pagefind"; bundlePath: string; wordsPath: string; locale: "de" | "en" }
  | {
      backend: "meilisearch";
      host: string;
      searchKey: string;
      indexUid: string;
      wordsPath: string;
      locale: "de" | "en";
    };

/** Where the "did you mean" word list of a locale is published (written by the Pagefind integration). */
export function wordListPath(base: string, locale: "de" | "en"): string {
  return `${base.replace(/\/?$/, "/")}search-words/${locale}.json`;
}

export function readSearchClientConfig(
  env: Record<string, string | undefined>,
  locale: "de" | "en",
  base = "/",
): SearchClientConfig {
  const root = base.replace(/\/?$/, "/");
  const host = env.PUBLIC_MEILISEARCH_HOST?.trim();
  const wordsPath = wordListPath(root, locale);
  if (!host) return { backend: "pagefind", bundlePath: `${root}pagefind/`, wordsPath, locale };
  if (!/^https?:\/\/\S+$/.test(host)) {
    throw new Error(`PUBLIC_MEILISEARCH_HOST must be an http(s) URL, got "${host}".`);
  }
  const searchKey = env.PUBLIC_MEILISEARCH_SEARCH_KEY?.trim();
  if (!searchKey) {
    throw new Error(
      'PUBLIC_MEILISEARCH_HOST is set but PUBLIC_MEILISEARCH_SEARCH_KEY is not. Create a key with only the "search" action on the showroom indexes and set it; never use the admin key.',
    );
  }
  const adminKeys = [env.MEILISEARCH_ADMIN_KEY, env.MEILISEARCH_MASTER_KEY].filter(Boolean);
  if (adminKeys.includes(searchKey)) {
    throw new Error(
      "PUBLIC_MEILISEARCH_SEARCH_KEY is the Meilisearch admin/master key. It would be published in every page; use a search-only key instead.",
    );
  }
  const prefix = env.PUBLIC_MEILISEARCH_INDEX_PREFIX?.trim() || DEFAULT_SEARCH_INDEX_PREFIX;
  return {
    backend: "meilisearch",
    host,
    searchKey,
    indexUid: searchIndexUid(locale, prefix),
    wordsPath,
    locale,
  };
}
