import { describe, expect, it } from "vitest";
import { collectWords } from "./build-word-list.ts";

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><body><nav>Navigation Startseite</nav><article data-pagefind-body>${body}</article></body></html>`;

describe("word list for did you mean", () => {
  it("collects words per language from indexed pages only, titles and places first", () => {
    const lists = collectWords(
      [
        page(
          "de-DE",
          `<h1>Ringwall Starigard</h1><span data-pagefind-filter="place[data-value]" data-value="Oldenburger Wall"></span><p>Grabungen Grabungen Grabungen</p>`,
        ),
        page("en", "<h1>Starigard ring fort</h1><p>Excavations</p>"),
        `<html lang="de-DE"><body><h1>Suche</h1><p>Nichtindiziert</p></body></html>`,
      ],
      { minLength: 4 },
    );
    expect(lists.de?.slice(0, 4)).toEqual(["Ringwall", "Starigard", "Oldenburger", "Wall"]);
    expect(lists.de).toContain("Grabungen");
    expect(lists.de).not.toContain("Nichtindiziert");
    expect(lists.de).not.toContain("Navigation");
    expect(lists.en).toEqual(["Starigard", "ring", "fort", "Excavations"].filter((w) => w.length >= 4));
  });

  it("skips scripts and styles inside the page body", () => {
    const lists = collectWords([
      page(
        "en",
        "<h1>Angel</h1><style>.absolute{position:absolute}</style><script>const viewer = 1</script>",
      ),
    ]);
    expect(lists.en).toEqual(["Angel"]);
  });
});
