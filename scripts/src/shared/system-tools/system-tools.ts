/**
 * The system programs the project runs that npm cannot install (ffmpeg comes from npm: see
 * ffmpeg-path.ts). One list for `npm start`, the test runner and `.ci/run`: where each tool is found,
 * which Debian package brings it, and what a person without root must run.
 *
 * Only Node built-ins are imported: `.ci/run` runs this before `npm ci`.
 *
 * ```ts
 * const result = await ensureSystemTools(["chromium", "zbarimg"], { log: console.log });
 * for (const line of result.missing.values()) console.error(line);
 * ```
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";

export interface SystemTool {
  /** The programs that must all be present (PostgreSQL needs initdb and pg_ctl side by side). */
  programs: readonly string[];
  /** The Debian package that brings them. */
  debianPackage: string;
  /** What a person gets from it, for messages. */
  neededFor: string;
  /** An environment variable naming the program (the first of `programs`) instead of a search. */
  pathVariable?: string;
  /** Folders searched besides PATH (Debian puts PostgreSQL's server tools outside PATH). */
  extraDirs?: () => string[];
}

function postgresDirs(): string[] {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  return ["/usr/local/bin", ...versions.map((version) => join(base, version, "bin"))];
}

export const SYSTEM_TOOLS = {
  chromium: {
    programs: ["chromium"],
    debianPackage: "chromium",
    neededFor: "browser tests and scan posters",
    pathVariable: "CHROMIUM_PATH",
  },
  zbarimg: { programs: ["zbarimg"], debianPackage: "zbar-tools", neededFor: "QR sign tests" },
  pdftoppm: { programs: ["pdftoppm"], debianPackage: "poppler-utils", neededFor: "QR sign tests" },
  postgres: {
    programs: ["initdb", "pg_ctl"],
    debianPackage: "postgresql",
    neededFor: "the CMS tests on PostgreSQL",
    extraDirs: postgresDirs,
  },
  xmllint: { programs: ["xmllint"], debianPackage: "libxml2-utils", neededFor: "XML checks" },
  espeak: {
    programs: ["espeak-ng"],
    debianPackage: "espeak-ng",
    neededFor: "the spoken demo audio guides",
  },
} as const satisfies Record<string, SystemTool>;

export type SystemToolName = keyof typeof SYSTEM_TOOLS;

/** What the test suites need (`npm test`); .ci/run installs the same list through the CLI. */
export const TEST_TOOLS: readonly SystemToolName[] = [
  "chromium",
  "zbarimg",
  "pdftoppm",
  "postgres",
  "espeak",
];

/** Set to 1 to let suites whose tool is missing skip (with the printed line) instead of failing. */
export const ALLOW_MISSING_TOOLS_VARIABLE = "SHOWROOM_ALLOW_MISSING_TOOLS";

export interface FindToolOptions {
  env: NodeJS.ProcessEnv;
  /** Also search the tool's own folders besides PATH (off to simulate a bare machine). */
  extraDirs: boolean;
}

export const FIND_TOOL_DEFAULTS: FindToolOptions = { env: process.env, extraDirs: true };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of the tool's first program, or undefined. A path variable (CHROMIUM_PATH) wins, then
 * PATH, then the tool's own folders; every program of the tool must sit in the same folder.
 */
export function findSystemTool(
  name: SystemToolName,
  overrides: Partial<FindToolOptions> = {},
): string | undefined {
  const { env, extraDirs } = { ...FIND_TOOL_DEFAULTS, ...overrides };
  const tool: SystemTool = SYSTEM_TOOLS[name];
  const [first] = tool.programs;
  const fromVariable = tool.pathVariable ? env[tool.pathVariable]?.trim() : undefined;
  if (fromVariable) return isExecutable(fromVariable) ? fromVariable : undefined;
  const dirs = [
    ...(env.PATH ?? "").split(delimiter).filter(Boolean),
    ...((extraDirs && tool.extraDirs?.()) || []),
  ];
  const dir = dirs.find((candidate) =>
    tool.programs.every((program) => isExecutable(join(candidate, program))),
  );
  return dir && first ? join(dir, first) : undefined;
}

/** The one line a person without root reads: what is missing, what it is for, what to run. */
export function missingToolLine(name: SystemToolName, hasApt = true): string {
  const tool: SystemTool = SYSTEM_TOOLS[name];
  const what = tool.programs.join(", ");
  const how = hasApt
    ? `run \`sudo apt-get install -y ${tool.debianPackage}\``
    : `install the package that provides ${what} with your system's package manager`;
  const variable = tool.pathVariable ? ` (or set ${tool.pathVariable})` : "";
  return `${what} not found (needed for ${tool.neededFor}): ${how}${variable}`;
}

/** Whether and how this process may install Debian packages. */
export interface InstallRights {
  /** Running as root. */
  isRoot: boolean;
  /** `sudo -n` works (passwordless sudo). */
  hasSudo: boolean;
  /** apt-get is on PATH. */
  hasApt: boolean;
}

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? "").split(delimiter).some((dir) => dir && isExecutable(join(dir, program)));
}

export function detectInstallRights(env: NodeJS.ProcessEnv = process.env): InstallRights {
  const isRoot = process.getuid?.() === 0;
  const hasSudo =
    !isRoot &&
    onPath("sudo", env) &&
    spawnSync("sudo", ["-n", "true"], { stdio: "ignore", env }).status === 0;
  return { isRoot, hasSudo, hasApt: onPath("apt-get", env) };
}

/** The commands that install the packages, or undefined when this process may not. */
export function aptCommands(packages: readonly string[], rights: InstallRights): string[][] | undefined {
  if (packages.length === 0 || !rights.hasApt || !(rights.isRoot || rights.hasSudo)) return undefined;
  const prefix = rights.isRoot ? [] : ["sudo", "-n"];
  return [
    [...prefix, "apt-get", "update", "-qq"],
    [
      ...prefix,
      "env",
      "DEBIAN_FRONTEND=noninteractive",
      "apt-get",
      "install",
      "-y",
      "-qq",
      "--no-install-recommends",
      ...packages,
    ],
  ];
}

export interface EnsureSystemToolsOptions {
  /** Install missing tools with apt when root or passwordless sudo allow it. */
  install: boolean;
  /** Print the apt commands instead of running them. */
  dryRun: boolean;
  /** Who may install; detected from this process by default. */
  rights?: InstallRights;
  env: NodeJS.ProcessEnv;
  /** Search the tools' own folders besides PATH (see FindToolOptions). */
  extraDirs: boolean;
  log: (line: string) => void;
}

export const ENSURE_SYSTEM_TOOLS_DEFAULTS: EnsureSystemToolsOptions = {
  install: true,
  dryRun: false,
  env: process.env,
  extraDirs: true,
  log: () => undefined,
};

export interface EnsureSystemToolsResult {
  /** Path of each tool's first program. */
  found: Map<SystemToolName, string>;
  /** The one line to show for each tool still missing. */
  missing: Map<SystemToolName, string>;
  /** The apt commands run (or, with dryRun, that would run). */
  commands: string[][];
}

/**
 * Finds the tools; installs the missing ones with apt when root or passwordless sudo allow it, and
 * otherwise returns one line per missing tool naming the command to run.
 */
export function ensureSystemTools(
  names: readonly SystemToolName[],
  overrides: Partial<EnsureSystemToolsOptions> = {},
): EnsureSystemToolsResult {
  const options = { ...ENSURE_SYSTEM_TOOLS_DEFAULTS, ...overrides };
  const look = () => {
    const found = new Map<SystemToolName, string>();
    for (const name of names) {
      const path = findSystemTool(name, { env: options.env, extraDirs: options.extraDirs });
      if (path) found.set(name, path);
    }
    return found;
  };
  let found = look();
  const absent = names.filter((name) => !found.has(name));
  const rights = options.rights ?? (absent.length > 0 ? detectInstallRights(options.env) : undefined);
  const packages = [...new Set(absent.map((name) => SYSTEM_TOOLS[name].debianPackage))];
  const commands = (options.install && rights && aptCommands(packages, rights)) || [];
  if (commands.length > 0) {
    options.log(`installing Debian packages: ${packages.join(" ")}${options.dryRun ? " (dry run)" : ""}`);
    if (!options.dryRun) {
      for (const [program, ...args] of commands) {
        try {
          execFileSync(program as string, args, { stdio: ["ignore", "ignore", "inherit"], env: options.env });
        } catch (error) {
          options.log(`${[program, ...args].join(" ")} failed: ${(error as Error).message.split("\n")[0]}`);
          break;
        }
      }
      found = look();
    }
  }
  const missing = new Map<SystemToolName, string>();
  for (const name of names) {
    if (!found.has(name)) missing.set(name, missingToolLine(name, rights?.hasApt ?? true));
  }
  return { found, missing, commands };
}

/**
 * The tool's path, or an error whose message is the one line naming the command to run. For code
 * that cannot work without the tool (a suite's beforeAll, a command that needs it).
 */
export function requireSystemTool(name: SystemToolName, env: NodeJS.ProcessEnv = process.env): string {
  const path = findSystemTool(name, { env });
  if (path) return path;
  throw new Error(missingToolLine(name, onPath("apt-get", env)));
}

/** Whether the person asked that suites whose tool is missing skip instead of failing. */
export function missingToolsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["1", "true", "yes"].includes(env[ALLOW_MISSING_TOOLS_VARIABLE]?.trim().toLowerCase() ?? "");
}
