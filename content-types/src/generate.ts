/**
 * Writes everything derived from the model: Strapi schemas and one-line factories in `cms/`,
 * the CMS's copy of the model (labels, help texts, rules, upload limits) and of the shared contracts
 * (`contract-copies.ts`), and the zod validators with their TypeScript types. `--check` fails when a generated file is stale.
 *
 *   node content-types/src/generate.ts          # write
 *   node content-types/src/generate.ts --check  # verify, exit 1 when stale
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { cmsContractCopies } from "./contract-copies.ts";
import { LICENCE_INFO } from "./licences.ts";
import { ALL_COMPONENTS, ALL_CONTENT_TYPES } from "./model/index.ts";
import { componentSchema, contentTypeSchema, strapiUid } from "./strapi-schema.ts";
import { componentZodSource, contentTypeZodSource, pascalCase, typeSchemaName } from "./zod-source.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const cmsSrc = join(repoRoot, "cms", "src");
const cmsGeneratedDir = join(cmsSrc, "generated");
const generatedDir = join(repoRoot, "content-types", "src", "generated");

const HEADER_TS =
  "// Generated from content-types/src/model by `npm run generate -w content-types` — do not edit.\n";
const HEADER_JSON_NOTE =
  "Generated from content-types/src/model by `npm run generate -w content-types` — do not edit.";

const readmePath = join(repoRoot, "content-types", "README.md");

/** The glossary: one name per thing, in the UI (German, English) and in code. */
function glossary(): string {
  const rows = [
    ...ALL_CONTENT_TYPES.map(
      (type) =>
        `| ${type.displayName.de} | ${type.displayName.en} | \`${type.name}\` | \`${pascalCase(type.name)}\` | ${type.kind === "singleType" ? "single type" : "collection"} |`,
    ),
    ...ALL_COMPONENTS.map(
      (c) =>
        `| ${c.displayName.de} | ${c.displayName.en} | \`${c.category}.${c.name}\` | \`${pascalCase(`${c.category}.${c.name}`)}Component\` | component |`,
    ),
  ];
  return [
    "## Glossary",
    "",
    "| German (UI) | English (UI) | code name (Strapi, URLs, files) | TypeScript | kind |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function withGlossary(readme: string): string {
  return readme.replace(
    /<!-- glossary:start -->[\s\S]*<!-- glossary:end -->/,
    `<!-- glossary:start -->\n<!-- generated from src/model — do not edit this section -->\n${glossary()}\n<!-- glossary:end -->`,
  );
}

/** Every file the generator owns, path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

  for (const type of ALL_CONTENT_TYPES) {
    const base = join(cmsSrc, "api", type.name);
    const uid = strapiUid(type.name);
    files.set(join(base, "content-types", type.name, "schema.json"), json(contentTypeSchema(type)));
    files.set(
      join(base, "controllers", `${type.name}.ts`),
      `${HEADER_TS}import { factories } from "@strapi/strapi";\n\nexport default factories.createCoreController("${uid}");\n`,
    );
    files.set(
      join(base, "routes", `${type.name}.ts`),
      `${HEADER_TS}import { factories } from "@strapi/strapi";\n\nexport default factories.createCoreRouter("${uid}");\n`,
    );
    files.set(
      join(base, "services", `${type.name}.ts`),
      `${HEADER_TS}import { factories } from "@strapi/strapi";\n\nexport default factories.createCoreService("${uid}");\n`,
    );
  }
  for (const component of ALL_COMPONENTS) {
    files.set(
      join(cmsSrc, "components", component.category, `${component.name}.json`),
      json(componentSchema(component)),
    );
  }
  files.set(
    join(cmsGeneratedDir, "content-model.json"),
    // licences: the CMS checks the attribution rule against needsAttribution.
    json({
      note: HEADER_JSON_NOTE,
      contentTypes: ALL_CONTENT_TYPES,
      components: ALL_COMPONENTS,
      licences: LICENCE_INFO,
    }),
  );

  const componentSources = ALL_COMPONENTS.map(componentZodSource).join("\n");
  const typeSources = ALL_CONTENT_TYPES.map(contentTypeZodSource).join("\n");
  const registry = ALL_CONTENT_TYPES.map((type) => `  "${type.name}": ${typeSchemaName(type.name)},`).join(
    "\n",
  );
  const body = `${componentSources}\n${typeSources}`;
  const helpers = [
    "attributionRule",
    "componentBase",
    "entryBase",
    "mediaWithExtension",
    "orderRule",
    "relation",
    "requiredWithRule",
    "rules",
    "SLUG",
    "TIME",
    "vec3",
  ].filter((name) => new RegExp(`\\b${name}\\b`).test(body));
  files.set(
    join(generatedDir, "zod.ts"),
    `${HEADER_TS}import { z } from "zod";
import { ${helpers.join(", ")} } from "../zod-helpers.ts";

${body}
/** The validator of each content type, by code name. */
export const schemasByType = {
${registry}
} as const;
export type ContentTypeName = keyof typeof schemasByType;
`,
  );
  for (const [path, content] of cmsContractCopies(cmsGeneratedDir)) files.set(path, content);
  files.set(readmePath, withGlossary(readFileSync(readmePath, "utf8")));
  files.set(join(generatedDir, "index.ts"), `${HEADER_TS}export * from "./zod.ts";\n`);
  return files;
}

/** Generated folders: files in them that the generator no longer writes are stale. */
function ownedFolders(): string[] {
  return [join(cmsSrc, "components"), cmsGeneratedDir, generatedDir];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function staleFiles(): string[] {
  const files = generatedFiles();
  const stale: string[] = [];
  for (const [path, content] of files) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== content) stale.push(path);
  }
  for (const folder of ownedFolders()) {
    for (const path of listFiles(folder)) if (!files.has(path)) stale.push(path);
  }
  return stale;
}

function write(): void {
  const files = generatedFiles();
  for (const folder of ownedFolders()) {
    for (const path of listFiles(folder)) if (!files.has(path)) rmSync(path);
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, "utf8") !== content) writeFileSync(path, content);
  }
  console.log(`content-types: wrote ${files.size} generated files`);
}

if (import.meta.main) {
  if (process.argv.includes("--check")) {
    const stale = staleFiles();
    if (stale.length > 0) {
      console.error(
        `content-types: ${stale.length} generated file(s) are stale:\n${stale.map((p) => `  ${relative(repoRoot, p)}`).join("\n")}\nRun: npm run generate -w content-types`,
      );
      process.exit(1);
    }
    console.log("content-types: generated files are up to date");
  } else {
    write();
  }
}
