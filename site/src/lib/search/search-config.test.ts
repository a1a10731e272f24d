import { describe, expect, it } from "vitest";
import { readSearchClientConfig } from "./search-config.ts";

describe("search client configuration", () => {
  it("uses the embedded Pagefind index when no Meilisearch is configured", () => {
    expect(readSearchClientConfig({}, "en", "/")).toEqual({
      backend: "pagefind",
      bundlePath: "/pagefind/",
      wordsPath: "/search-words/en.json",
      locale: "en",
    });
  });

  it("gives the site the search-only key and the index of the page's language", () => {
    const config = readSearchClientConfig(
      {
        PUBLIC_MEILISEARCH_HOST: "https://search.example.org",
        PUBLIC_MEILISEARCH_SEARCH_KEY: "search-key",
        MEILISEARCH_ADMIN_KEY: "admin-key",
      },
      "de",
    );
    expect(config).toMatchObject({
      backend: "meilisearch",
      searchKey: "search-key",
      indexUid: "showroom-de",
    });
    expect(JSON.stringify(config)).not.toContain("admin-key");
  });

  it("refuses to publish the admin key", () => {
    expect(() =>
      readSearchClientConfig(
        {
          PUBLIC_MEILISEARCH_HOST: "https://search.example.org",
          PUBLIC_MEILISEARCH_SEARCH_KEY: "same",
          MEILISEARCH_ADMIN_KEY: "same",
        },
        "de",
      ),
    ).toThrow(/admin\/master key/);
  });

  it("asks for a search key when only the host is set", () => {
    expect(() =>
      readSearchClientConfig({ PUBLIC_MEILISEARCH_HOST: "https://search.example.org" }, "de"),
    ).toThrow(/PUBLIC_MEILISEARCH_SEARCH_KEY is not/);
  });
});
