/**
 * Astro integration: after the build, indexes the built pages with Pagefind into `dist/pagefind/`
 * (one index per `<html lang>`), and writes the "did you mean" word lists to
 * `dist/search-words/<lang>.json`. With PUBLIC_MEILISEARCH_HOST set the site searches Meilisearch,
 * so the Pagefind index is skipped (the word lists are still written: both backends use them).
 *
 * Only pages with `data-pagefind-body` are indexed (the detail pages; see SearchMeta.astro).
 *
 * @example
 *   // astro.config.mjs
 *   integrations: [showroomContent(), searchIndex()]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { collectWords } from "./build-word-list.ts";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "pagefind" && entry.name !== "_astro") yield* htmlFiles(path);
    } else if (entry.name.endsWith(".html")) yield path;
  }
}

export interface SearchIndexResult {
  /** Pages indexed per Pagefind language, or undefined when Meilisearch is configured. */
  pagefindPages?: Record<string, number>;
  words: Record<string, number>;
}

/** Builds the search assets of a built site folder (also used by the bench on generated pages). */
export async function buildSearchIndex(
  distDir: string,
  options: {
    logger?: Pick<AstroIntegrationLogger, "info" | "warn">;
    env?: Record<string, string | undefined>;
  } = {},
): Promise<SearchIndexResult> {
  const env = options.env ?? process.env;
  const files = [...htmlFiles(distDir)];
  const lists = collectWords(
    (function* () {
      for (const file of files) yield readFileSync(file, "utf8");
    })(),
  );
  mkdirSync(join(distDir, "search-words"), { recursive: true });
  const words: Record<string, number> = {};
  for (const [language, list] of Object.entries(lists)) {
    writeFileSync(join(distDir, "search-words", `${language}.json`), JSON.stringify(list));
    words[language] = list.length;
  }
  if (env.PUBLIC_MEILISEARCH_HOST?.trim()) {
    options.logger?.info(
      "PUBLIC_MEILISEARCH_HOST is set: the site searches Meilisearch, no Pagefind index built.",
    );
    return { words };
  }
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${distDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(distDir, "pagefind") });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(distDir, "pagefind", "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const pagefindPages = Object.fromEntries(
    Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]),
  );
  options.logger?.info(
    `Pagefind index: ${Object.entries(pagefindPages)
      .map(([language, count]) => `${count} pages (${language})`)
      .join(", ")}`,
  );
  return { pagefindPages, words };
}

export function searchIndex(): AstroIntegration {
  return {
    name: "showroom-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), { logger });
      },
    },
  };
}
