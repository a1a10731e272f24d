import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CMS_CONTRACTS, CMS_MODULE_GROUPS, cmsContractCopy, cmsModuleCopy } from "../src/contract-copies.ts";

describe("the CMS's copies of the shared contracts", () => {
  it("copies every contract module (a new contract must be added to CMS_CONTRACTS)", () => {
    const modules = readdirSync(join(import.meta.dirname, "..", "src", "contracts"))
      .filter((file) => file !== "index.ts")
      .map((file) => file.replace(/\.ts$/, ""));
    expect([...CMS_CONTRACTS].sort()).toEqual(modules.sort());
  });

  it("marks a copy as generated and drops the .ts of imports between contracts", () => {
    const copy = cmsContractCopy("search-document", 'import { pagePathOf } from "./url-scheme.ts";\n');
    expect(copy).toMatch(
      /^\/\/ Generated from content-types\/src\/contracts\/search-document\.ts .* do not edit\.\n/,
    );
    expect(copy).toContain('from "./url-scheme";');
  });

  it("keeps node: built-ins", () => {
    expect(cmsContractCopy("x", 'import { createHmac } from "node:crypto";\n')).toContain('"node:crypto"');
  });

  it("lets the Meilisearch client contract load the meilisearch package with import() (the CMS and the scripts both install it)", () => {
    const source = 'const client = await import("meilisearch");\nlet c: import("meilisearch").Meilisearch;\n';
    expect(cmsContractCopy("meilisearch-index", source)).toContain('import("meilisearch")');
  });

  it.each([
    ['import { Meilisearch } from "meilisearch";', "meilisearch"],
    ['const z = await import("zod");', "zod"],
  ])("refuses any other package import in the Meilisearch client contract: %s", (source, specifier) => {
    expect(() => cmsContractCopy("meilisearch-index", source)).toThrow(
      new RegExp(`meilisearch-index\\.ts imports "${specifier}"`),
    );
  });

  it.each([
    ['import { z } from "zod";', "zod"],
    ['import { LOCALES } from "../define.ts";', "../define.ts"],
    ['export * from "./not-a-contract.ts";', "./not-a-contract.ts"],
    ['const m = await import("meilisearch");', "meilisearch"],
  ])("refuses a contract that imports what a copy cannot carry: %s", (source, specifier) => {
    expect(() => cmsContractCopy("url-scheme", source)).toThrow(
      new RegExp(`url-scheme\\.ts imports "${specifier.replace(/[.*/]/g, "\\$&")}"`),
    );
  });

  it.each(CMS_MODULE_GROUPS.map((group) => [group.folder, group] as const))(
    "copies every module of %s (tests and fixtures aside)",
    (folder, group) => {
      const modules = readdirSync(join(import.meta.dirname, "..", "src", folder))
        .filter((file) => file.endsWith(".ts") && !/\.(test|fixture)\.ts$/.test(file))
        .map((file) => file.replace(/\.ts$/, ""));
      expect([...group.modules].sort()).toEqual(modules.sort());
    },
  );

  it("points a module's contract imports at the contract copies one folder up", () => {
    const group = { folder: "open-data/lido", modules: ["xml"] };
    const copy = cmsModuleCopy(
      group,
      "x",
      'import { objectPath } from "../../contracts/url-scheme.ts";\nimport { a } from "./xml.ts";\n',
    );
    expect(copy).toContain('from "../url-scheme";');
    expect(copy).toContain('from "./xml";');
  });

  it.each([
    ['import { LICENCES } from "../../licences.ts";', "../../licences.ts"],
    ['import { z } from "zod";', "zod"],
    ['import { x } from "./not-listed.ts";', "./not-listed.ts"],
  ])("refuses a module import its CMS copy cannot carry: %s", (source, specifier) => {
    expect(() => cmsModuleCopy({ folder: "open-data/lido", modules: ["xml"] }, "x", source)).toThrow(
      new RegExp(`imports "${specifier.replace(/[.*/]/g, "\\$&")}"`),
    );
  });
});
