/**
 * Packages use each other through package names and exports, never by reaching into another
 * package's folders: no relative import across packages, no `import()` or child-process path into
 * another package's `src/`, no import of the CMS by the site, and the viewer imports only what it
 * declares. `tests/` may look inside every package (it holds the cross-package tests); nothing
 * imports `tests/` in return.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type BoundaryViolation,
  findBoundaryViolations,
  PACKAGES,
  type PackageFacts,
  type PackageName,
  readPackages,
  readRepoSources,
} from "./import-boundaries.ts";

const repoRoot = join(import.meta.dirname, "..", "..");

interface KnownException {
  file: string;
  target: string;
  why: string;
}

/**
 * Crossings that remain, each with the reason and the way out. This list may only shrink: the test
 * fails for a crossing that is not here, and for an entry here that no longer occurs.
 */
const KNOWN_EXCEPTIONS: KnownException[] = [
  // Permanent: generators and cache keys read or write other packages' files by design.
  {
    file: "content-types/src/generate.ts",
    target: "cms/src",
    why: "the generator writes the CMS's schemas and its copies of the contracts (cms/src/generated)",
  },
  {
    file: "scripts/src/staff/snapshot/demo-snapshot.ts",
    target: "content-types/src",
    why: "hashes the model's sources into the demo snapshot's cache key (reads, never loads)",
  },
  // Scripts reaching into the CMS and the site.
  {
    file: "scripts/src/shared/cms/boot-cms.ts",
    target: "cms/node_modules/@strapi/strapi/dist/index.d.ts",
    why: "types of the Strapi instance it boots; Strapi is installed in cms/ only",
  },
  // Dev tooling (scripts/src/dev) builds the site and hashes other packages' sources for its caches.
  ...["content-types/src", "site/src", "viewer/src"].map((target) => ({
    file: "scripts/src/dev/site-build.ts",
    target,
    why: "hashes the sources the site build depends on into its cache key (reads, never loads)",
  })),
  ...["content-types/src/generated/zod.ts", "site/src"].map((target) => ({
    file: "scripts/src/dev/fixtures/event-snapshot.ts",
    target,
    why: "hashes the model and the site's sources into the event snapshot's cache key (reads, never loads)",
  })),
];

const key = (crossing: { file: string; target: string }) => `${crossing.file} → ${crossing.target}`;

function describeViolation(violation: BoundaryViolation): string {
  return `${key(violation)} (${violation.kind}): ${violation.rule}`;
}

describe("package boundaries of the repo", () => {
  const sources = readRepoSources(repoRoot);
  const violations = findBoundaryViolations(sources, readPackages(repoRoot));
  const known = new Set(KNOWN_EXCEPTIONS.map(key));

  it("reads the sources of every package, Astro components included", () => {
    for (const name of PACKAGES)
      expect(
        sources.some((source) => source.path.startsWith(`${name}/`)),
        name,
      ).toBe(true);
    const paths = sources.map((source) => source.path);
    expect(paths).toContain("site/src/components/search/SearchPage.astro");
    expect(paths).toContain("cms/src/index.ts");
    expect(paths.filter((path) => path.includes("node_modules/") || path.includes("/dist/"))).toEqual([]);
  });

  it("has no import, import() or file path across packages except the known exceptions", () => {
    const unexpected = violations.filter((violation) => !known.has(key(violation))).map(describeViolation);
    expect(unexpected, "use the other package's name and exports (see the rule of each line)").toEqual([]);
  });

  it("lists only exceptions that still occur (remove an entry once its crossing is gone)", () => {
    const found = new Set(violations.map(key));
    const gone = KNOWN_EXCEPTIONS.filter((exception) => !found.has(key(exception))).map(key);
    expect(gone, "these crossings no longer occur: delete them from KNOWN_EXCEPTIONS").toEqual([]);
  });

  it("finds no import of the CMS anywhere in the site", () => {
    expect(
      violations.filter(
        (violation) => violation.file.startsWith("site/") && violation.target.startsWith("cms"),
      ),
    ).toEqual([]);
  });
});

describe("the boundary scanner", () => {
  const packages = Object.fromEntries(
    PACKAGES.map((name) => [
      name,
      {
        npmName: `@showroom/${name}`,
        dependencies: name === "viewer" ? ["three", "react", "vitest"] : [],
        aliases:
          name === "tests" ? { "@viewer/": "viewer/src/" } : name === "site" ? { "@cms/": "cms/src/" } : {},
      } satisfies PackageFacts,
    ]),
  ) as Record<PackageName, PackageFacts>;

  const scan = (path: string, text: string) =>
    findBoundaryViolations([{ path, text }], packages).map((violation) => ({
      kind: violation.kind,
      target: violation.target,
    }));

  it.each([
    [
      "a static import from the site into the CMS",
      "site/src/lib/a.ts",
      'import { x } from "../../../cms/src/search/x.ts";',
      { kind: "import", target: "cms/src/search/x.ts" },
    ],
    [
      "a type-only import into another package",
      "site/src/lib/a.ts",
      'export type { X } from "../../../cms/src/x.ts";',
      { kind: "import", target: "cms/src/x.ts" },
    ],
    [
      "an import type in a type position",
      "scripts/src/a.ts",
      'let client: import("../../cms/src/x.ts").Client;',
      { kind: "import", target: "cms/src/x.ts" },
    ],
    [
      "an import of the CMS package by name from the site",
      "site/src/a.ts",
      'import cms from "@showroom/cms";',
      { kind: "import", target: "@showroom/cms" },
    ],
    [
      "a tsconfig path alias into another package's source",
      "site/src/a.ts",
      'import { y } from "@cms/y.ts";',
      { kind: "import", target: "cms/src/y.ts" },
    ],
    [
      "a dynamic import()",
      "site/bench/a.ts",
      'const { run } = await import("../../scripts/src/snapshot/demo-snapshot.ts");',
      { kind: "dynamic import", target: "scripts/src/snapshot/demo-snapshot.ts" },
    ],
    [
      "a require()",
      "cms/src/a.ts",
      'const tool = require("../../scripts/src/tool.ts");',
      { kind: "require", target: "scripts/src/tool.ts" },
    ],
    [
      "a child-process path joined from parts",
      "cms/src/api/x.ts",
      'execFile(process.execPath, [resolve(root, "..", "scripts", "src", "signs", "cli.ts")]);',
      { kind: "path", target: "scripts/src/signs/cli.ts" },
    ],
    [
      "a child-process path as one relative string",
      "cms/src/x.ts",
      'spawn("node", ["../scripts/src/scan/cli.ts"]);',
      { kind: "path", target: "scripts/src/scan/cli.ts" },
    ],
    [
      "a path in a template literal",
      "site/src/lib/a.ts",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, for the scanner
      "const exporter = `${repoRoot}/scripts/src/snapshot/export-snapshot.ts`;",
      { kind: "path", target: "scripts/src/snapshot/export-snapshot.ts" },
    ],
    [
      "an import of a test helper from production code",
      "scripts/src/bench/a.ts",
      'import { launchBrowser } from "../../../tests/support/browser.ts";',
      { kind: "import", target: "tests/support/browser.ts" },
    ],
    [
      "a viewer import of a package it does not declare",
      "viewer/src/a.ts",
      'import { build } from "vite";',
      { kind: "import", target: "vite" },
    ],
    [
      "an import in an Astro component's frontmatter",
      "site/src/components/A.astro",
      '---\nimport { x } from "../../../cms/src/x.ts";\n---\n<p>{x}</p>',
      { kind: "import", target: "cms/src/x.ts" },
    ],
    [
      "an import in an Astro component's script",
      "site/src/components/A.astro",
      '<p>hi</p>\n<script>\nimport { y } from "../../../viewer/src/y.ts";\n</script>',
      { kind: "import", target: "viewer/src/y.ts" },
    ],
  ])("catches %s", (_name, path, text, expected) => {
    expect(scan(path, text)).toEqual([expected]);
  });

  it.each([
    ["an import within the own package", "site/src/lib/a.ts", 'import { b } from "./b.ts";'],
    [
      "an import of a package by name",
      "site/src/lib/a.ts",
      'import { c } from "@showroom/content-types/url-scheme";',
    ],
    ["a Node built-in", "viewer/src/a.ts", 'import { readFile } from "node:fs/promises";'],
    [
      "a declared viewer dependency, with a subpath",
      "viewer/src/a.ts",
      'import { X } from "three/examples/jsm/x.js";',
    ],
    ["a path named in a comment", "cms/src/a.ts", "// runs ../scripts/src/signs/cli.ts\nexport const a = 1;"],
    ["a path in prose", "site/src/a.ts", 'throw new Error("scripts/src/x.ts exports nothing");'],
    ["a path into the own package's source", "cms/src/a.ts", 'const dir = join(root, "cms", "src", "api");'],
    [
      "a test looking inside another package",
      "tests/x/a.test.ts",
      'import { y } from "../../scripts/src/y.ts";',
    ],
  ])("lets pass %s", (_name, path, text) => {
    expect(scan(path, text)).toEqual([]);
  });
});
