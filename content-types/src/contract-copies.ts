/**
 * The CMS's copies of the shared contracts in `contracts/`. The CMS is CommonJS compiled by its own
 * `tsc` and deployed with its own `node_modules`, so it cannot import this ESM package (its `.ts`
 * import paths fail the CMS compile, and a CMS deploy has no `@showroom/content-types`). It gets a
 * copy of each contract instead, in `cms/src/generated/`, with a "do not edit" header, kept fresh by
 * `npm run generate -w content-types` and checked by `npm run check -w content-types`.
 *
 * A contract may import only other contracts and `node:` built-ins (plus the one package import in
 * `PACKAGE_IMPORTS`); the copy drops the `.ts` of its relative imports, which the CommonJS compile
 * resolves without.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The contract modules (file names without `.ts` in `contracts/`) the CMS uses. */
export const CMS_CONTRACTS = [
  "meilisearch-config",
  "meilisearch-index",
  "preview-signature",
  "search-document",
  "search-index-settings",
  "url-scheme",
] as const;

const contractsDir = join(import.meta.dirname, "contracts");

/**
 * The packages a contract may load, by contract. Only with `import("x")`: the CMS compiles to
 * CommonJS, where a static import of an ES-module package would become a `require`. The Meilisearch
 * client is shared by the CMS indexer and the reindex CLI, and both cms/ and scripts/ declare the
 * `meilisearch` package (same version range), so the copy finds it too.
 */
const PACKAGE_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  "meilisearch-index": ["meilisearch"],
};

/** `from "x"`, `import "x"` and `import("x")`: every way a module names another. */
const IMPORT_SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*)"([^"]+)"/g;

/**
 * The CMS copy of one contract's source: the header, then the source with `./x.ts` imports turned
 * into `./x`. Throws when the contract imports something a copy cannot carry along.
 */
export function cmsContractCopy(name: string, source: string): string {
  for (const match of source.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match[1] ?? "";
    const sibling = /^\.\/([a-z0-9-]+)\.ts$/.exec(specifier)?.[1];
    const isDynamicImport = /^import\s*\(/.test(match[0]);
    const allowed =
      specifier.startsWith("node:") ||
      (sibling !== undefined && (CMS_CONTRACTS as readonly string[]).includes(sibling)) ||
      (isDynamicImport && (PACKAGE_IMPORTS[name] ?? []).includes(specifier));
    if (!allowed) {
      throw new Error(
        `content-types/src/contracts/${name}.ts imports "${specifier}", which its CMS copy cannot carry along. A contract may import only other contracts listed in CMS_CONTRACTS, node: built-ins and, with import(), the packages PACKAGE_IMPORTS lists for it.`,
      );
    }
  }
  const header = `// Generated from content-types/src/contracts/${name}.ts by \`npm run generate -w content-types\` — do not edit.\n`;
  return header + source.replace(/(from\s+"\.\/[a-z0-9-]+)\.ts"/g, '$1"');
}

/**
 * Pure modules outside `contracts/` that the CMS compiles too, by folder (below `src/`): the LIDO
 * record builder, which the OAI-PMH endpoint shares with the site and the export CLI. A module of a
 * group may import its siblings and the contracts (`../../contracts/<name>.ts`); its copy lies in
 * `cms/src/generated/<target>/`.
 */
export const CMS_MODULE_GROUPS = [
  {
    folder: "open-data/lido",
    target: "lido",
    modules: ["index", "lido-input", "lido-inputs", "lido-record", "lido-wrap", "vocabulary", "xml"],
  },
] as const;

export type CmsModuleGroup = (typeof CMS_MODULE_GROUPS)[number];

/**
 * The CMS copy of one module of a group: the header, then the source with `./x.ts` imports turned
 * into `./x` and `../../contracts/x.ts` into `../x` (the contract copies lie one folder up).
 * Throws when the module imports something a copy cannot carry along.
 */
export function cmsModuleCopy(
  group: { folder: string; modules: readonly string[] },
  name: string,
  source: string,
): string {
  // From src/open-data/lido/: "../../contracts/".
  const contractPath = `${group.folder
    .split("/")
    .map(() => "..")
    .join("/")}/contracts/`;
  for (const match of source.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match[1] ?? "";
    const sibling = /^\.\/([a-z0-9-]+)\.ts$/.exec(specifier)?.[1];
    const contract = specifier.startsWith(contractPath)
      ? /^([a-z0-9-]+)\.ts$/.exec(specifier.slice(contractPath.length))?.[1]
      : undefined;
    const allowed =
      specifier.startsWith("node:") ||
      (sibling !== undefined && group.modules.includes(sibling)) ||
      (contract !== undefined && (CMS_CONTRACTS as readonly string[]).includes(contract));
    if (!allowed) {
      throw new Error(
        `content-types/src/${group.folder}/${name}.ts imports "${specifier}", which its CMS copy cannot carry along. It may import only its siblings listed in CMS_MODULE_GROUPS, the contracts (${contractPath}<name>.ts) and node: built-ins.`,
      );
    }
  }
  const header = `// Generated from content-types/src/${group.folder}/${name}.ts by \`npm run generate -w content-types\` — do not edit.\n`;
  return (
    header +
    source
      .replace(/(from\s+"\.\/[a-z0-9-]+)\.ts"/g, '$1"')
      .replaceAll(`from "${contractPath}`, 'from "../')
      .replace(/(from\s+"\.\.\/[a-z0-9-]+)\.ts"/g, '$1"')
  );
}

/** Every CMS copy, path → content, for the generator. */
export function cmsContractCopies(cmsGeneratedDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of CMS_CONTRACTS) {
    const source = readFileSync(join(contractsDir, `${name}.ts`), "utf8");
    files.set(join(cmsGeneratedDir, `${name}.ts`), cmsContractCopy(name, source));
  }
  for (const group of CMS_MODULE_GROUPS) {
    for (const name of group.modules) {
      const source = readFileSync(join(import.meta.dirname, group.folder, `${name}.ts`), "utf8");
      files.set(join(cmsGeneratedDir, group.target, `${name}.ts`), cmsModuleCopy(group, name, source));
    }
  }
  return files;
}
