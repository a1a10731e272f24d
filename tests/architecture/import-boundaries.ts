/**
 * Finds where one package of the repo reaches into another instead of using its package name: by
 * static import, dynamic `import()`, `require()`, a tsconfig path alias, or a file path (to run or
 * load a file, e.g. `resolve(root, "..", "scripts", "src", "signs", "cli.ts")`). Also finds imports
 * of the site into the CMS, and imports of the viewer of packages it does not declare.
 *
 * Source is read with the TypeScript parser, so comments and prose in strings do not count.
 *
 * @example
 *   const violations = findBoundaryViolations(readRepoSources(repoRoot), readPackages(repoRoot));
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { posix } from "node:path";
import ts from "typescript";

/** The repo's packages: top-level folders with their own package.json. */
export const PACKAGES = ["cms", "content-types", "scripts", "site", "tests", "viewer"] as const;
export type PackageName = (typeof PACKAGES)[number];

/**
 * Packages that may import any package's source: `tests/` holds the cross-package tests, which test
 * each package's modules from outside on purpose. Nothing may import `tests/` in return.
 */
export const WHITE_BOX_PACKAGES: readonly PackageName[] = ["tests"];

export interface RepoSource {
  /** Repo-relative, with `/`. */
  path: string;
  text: string;
}

export interface PackageFacts {
  /** npm name, e.g. `@showroom/site`. */
  npmName: string;
  /** Names it may import: dependencies, devDependencies, peerDependencies. */
  dependencies: string[];
  /** tsconfig `paths` aliases: prefix (without `*`) → repo-relative target prefix. */
  aliases: Record<string, string>;
}

export type ReferenceKind = "import" | "dynamic import" | "require" | "path";

export interface BoundaryViolation {
  /** The file that reaches out, repo-relative. */
  file: string;
  /** What it reaches: a repo-relative path, or a package name. */
  target: string;
  kind: ReferenceKind;
  rule: string;
}

interface Reference {
  kind: ReferenceKind;
  specifier: string;
}

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro)$/;
/** Installed packages, build output, coverage and vendored browser files (folders starting with "." too). */
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", "public", "coverage"]);
/** The admin panel's build and Strapi's generated type declarations. */
const SKIPPED_PATHS = new Set(["cms/build", "cms/types"]);

function packageOf(path: string): PackageName | undefined {
  const first = path.split("/")[0];
  return PACKAGES.find((name) => name === first);
}

/** Frontmatter and `<script>` blocks of an Astro component: the parts that are TypeScript. */
function astroScript(text: string): string {
  const parts: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter?.[1]) parts.push(frontmatter[1]);
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(match[1] ?? "");
  return parts.join("\n");
}

/** Stands for an expression inside a template literal: a root folder, usually. */
const EXPRESSION = "<expression>";

function stringValue(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    // `${root}/scripts/src/x.ts`: the literal parts, with a placeholder segment for each expression.
    return [node.head.text, ...node.templateSpans.map((span) => `${EXPRESSION}${span.literal.text}`)].join(
      "",
    );
  }
  return undefined;
}

function scriptKindOf(path: string): ts.ScriptKind {
  if (path.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (/\.(js|mjs|cjs)$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Every module specifier and file path a source file names. */
export function referencesOf(path: string, text: string): Reference[] {
  const script = path.endsWith(".astro") ? astroScript(text) : text;
  const source = ts.createSourceFile(path, script, ts.ScriptTarget.Latest, false, scriptKindOf(path));
  const references: Reference[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const specifier = stringValue(node.moduleSpecifier);
      if (specifier !== undefined) references.push({ kind: "import", specifier });
      return;
    }
    if (ts.isImportTypeNode(node)) {
      // `import("meilisearch").Meilisearch` in a type: a type-only import.
      const literal = ts.isLiteralTypeNode(node.argument) ? stringValue(node.argument.literal) : undefined;
      if (literal !== undefined) references.push({ kind: "import", specifier: literal });
      return;
    }
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const firstValue = first ? stringValue(first) : undefined;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && firstValue !== undefined) {
        references.push({ kind: "dynamic import", specifier: firstValue });
        return;
      }
      if (
        ts.isIdentifier(node.expression) &&
        node.expression.text === "require" &&
        firstValue !== undefined
      ) {
        references.push({ kind: "require", specifier: firstValue });
        return;
      }
      // join(root, "..", "scripts", "src", "cli.ts"): the string arguments together form a path.
      const parts = node.arguments.map(stringValue).filter((part) => part !== undefined);
      if (parts.length > 1) references.push({ kind: "path", specifier: parts.join("/") });
    }
    const value = stringValue(node);
    if (value !== undefined) {
      references.push({ kind: "path", specifier: value });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return references;
}

/** `three/examples/x.js` → `three`, `@react-three/fiber/x` → `@react-three/fiber`. */
function packageNameOf(specifier: string): string {
  const segments = specifier.split("/");
  return specifier.startsWith("@") ? segments.slice(0, 2).join("/") : (segments[0] ?? specifier);
}

/**
 * Where a path string points, repo-relative, when it names a file or folder inside a package's
 * `src/` from outside that package: a relative path (`../../scripts/src/x.ts`) or a path joined onto
 * a root (`${root}/scripts/src/x.ts`, `"..", "scripts", "src", "x.ts"`). Such paths are relative to a
 * root the scanner cannot know, so the package named before `src` is taken as the target. Prose
 * (with spaces) does not count.
 */
function pathIntoSource(specifier: string): string | undefined {
  if (/\s/.test(specifier) || !specifier.includes("/")) return undefined;
  const segments = specifier.split("/");
  const at = segments.findIndex(
    (segment, index) => segments[index + 1] === "src" && (PACKAGES as readonly string[]).includes(segment),
  );
  if (at < 0) return undefined;
  const before = segments.slice(0, at).filter((segment) => segment !== "" && segment !== ".");
  // Only "..", a root placeholder or nothing before "<package>/src": not a folder of the own package.
  const fromOutside = before.every((segment) => segment === ".." || segment === EXPRESSION);
  return fromOutside ? segments.slice(at).join("/") : undefined;
}

/** Every reference that crosses a package boundary the wrong way. */
export function findBoundaryViolations(
  sources: readonly RepoSource[],
  packages: Record<PackageName, PackageFacts>,
): BoundaryViolation[] {
  const npmNames = new Map(PACKAGES.map((name) => [packages[name].npmName, name] as const));
  const violations = new Map<string, BoundaryViolation>();
  const add = (violation: BoundaryViolation) =>
    violations.set(`${violation.file}\0${violation.target}\0${violation.kind}`, violation);

  for (const { path, text } of sources) {
    const own = packageOf(path);
    if (!own || WHITE_BOX_PACKAGES.includes(own)) continue;
    for (const { kind, specifier } of referencesOf(path, text)) {
      if (kind !== "path" && specifier.startsWith(".")) {
        const target = posix.normalize(posix.join(posix.dirname(path), specifier));
        const targetPackage = packageOf(target);
        if (targetPackage && targetPackage !== own) {
          add({
            file: path,
            target,
            kind,
            rule: `${own} reaches into ${targetPackage} by a relative path; import ${packages[targetPackage].npmName} instead`,
          });
        }
        continue;
      }
      if (kind !== "path") {
        const alias: [string, string] | undefined = Object.entries(packages[own].aliases).find(([prefix]) =>
          specifier.startsWith(prefix),
        );
        const aliasTarget: string | undefined = alias
          ? alias[1] + specifier.slice(alias[0].length)
          : undefined;
        const aliasPackage: PackageName | undefined = aliasTarget ? packageOf(aliasTarget) : undefined;
        if (aliasTarget && aliasPackage && aliasPackage !== own) {
          add({
            file: path,
            target: aliasTarget,
            kind,
            rule: `${own} reaches into ${aliasPackage} through a tsconfig path alias; import ${packages[aliasPackage].npmName} instead`,
          });
          continue;
        }
        const name = packageNameOf(specifier);
        if (own === "site" && npmNames.get(name) === "cms") {
          add({ file: path, target: name, kind, rule: "the site must not import the CMS" });
        }
        const bare = !isBuiltin(specifier) && !specifier.startsWith("node:") && !alias;
        if (own === "viewer" && bare && !packages.viewer.dependencies.includes(name)) {
          add({
            file: path,
            target: name,
            kind,
            rule: "the viewer imports only the packages it declares in viewer/package.json",
          });
        }
        continue;
      }
      const target = pathIntoSource(specifier);
      const targetPackage = target ? packageOf(target) : undefined;
      if (target && targetPackage && targetPackage !== own) {
        add({
          file: path,
          target,
          kind,
          rule: `${own} names a file in ${targetPackage}/src by path; run or load it through ${packages[targetPackage].npmName} (a bin or an export)`,
        });
      }
    }
  }
  return [...violations.values()].sort((a, b) =>
    `${a.file} ${a.target}`.localeCompare(`${b.file} ${b.target}`),
  );
}

function walk(root: string, dir: string, out: RepoSource[]): void {
  for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const skipped =
        entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name) || SKIPPED_PATHS.has(path);
      if (!skipped) walk(root, path, out);
    } else if (SOURCE_FILE.test(entry.name)) {
      out.push({ path, text: readFileSync(posix.join(root, path), "utf8") });
    }
  }
}

/** The source files of every package (build output, dependencies and vendored files left out). */
export function readRepoSources(repoRoot: string): RepoSource[] {
  const sources: RepoSource[] = [];
  for (const name of PACKAGES) walk(repoRoot, name, sources);
  return sources;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(posix.join(dir, "package.json"), "utf8")) as Manifest;
}

/**
 * Names, declared dependencies and tsconfig path aliases of every package. The root's
 * devDependencies (vitest, typescript, playwright-core, …) count as declared by every package: they
 * are the tooling of the whole repo.
 */
export function readPackages(repoRoot: string): Record<PackageName, PackageFacts> {
  const tooling = Object.keys(readManifest(repoRoot).devDependencies ?? {});
  const facts = {} as Record<PackageName, PackageFacts>;
  for (const name of PACKAGES) {
    const manifest = readManifest(posix.join(repoRoot, name));
    const aliases: Record<string, string> = {};
    const tsconfigPath = posix.join(repoRoot, name, "tsconfig.json");
    if (existsSync(tsconfigPath)) {
      const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile) as {
        config?: { compilerOptions?: { paths?: Record<string, string[]> } };
      };
      for (const [pattern, [target]] of Object.entries(config?.compilerOptions?.paths ?? {})) {
        if (!target) continue;
        aliases[pattern.replace(/\*$/, "")] = posix.normalize(posix.join(name, target.replace(/\*$/, "")));
      }
    }
    facts[name] = {
      npmName: manifest.name,
      dependencies: [
        ...tooling,
        ...Object.keys({
          ...manifest.dependencies,
          ...manifest.devDependencies,
          ...manifest.peerDependencies,
        }),
      ],
      aliases,
    };
  }
  return facts;
}
