/**
 * Builds the CMS (server code and admin panel, `strapi build`) when there is no build of the current
 * sources yet. The admin bundle takes about 30 s and 2 GB of memory, so it is reused while nothing
 * changed: a hash of the sources is kept next to the build.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cmsRoot } from "./start-config.ts";

const SOURCES = ["config", "src", "package-lock.json", "tsconfig.json"];
const HASH_FILE = join(cmsRoot, "dist", ".showroom-source-hash");

function listFiles(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) listFiles(join(path, name), out);
  } else if (!/\.test\.ts$/.test(path)) out.push(path);
}

function sourceHash(): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const source of SOURCES) listFiles(join(cmsRoot, source), files);
  for (const file of files) {
    hash.update(relative(cmsRoot, file));
    hash.update("\0");
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isCmsBuilt(): boolean {
  const index = join(cmsRoot, "dist", "build", "index.html");
  return (
    existsSync(index) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, "utf8").trim() === sourceHash()
  );
}

/** Runs `strapi build` in cms/ unless the build is current; resolves when done. */
export async function buildCmsIfNeeded(log: (line: string) => void): Promise<void> {
  if (isCmsBuilt()) {
    log("cms: admin panel is built (sources unchanged)");
    return;
  }
  log("cms: building the admin panel (strapi build: 1–3 minutes, once) …");
  const hash = sourceHash();
  const started = Date.now();
  const strapiBin = join(cmsRoot, "node_modules", "@strapi", "strapi", "bin", "strapi.js");
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [strapiBin, "build"], {
      cwd: cmsRoot,
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done();
      else
        fail(
          new Error(
            `strapi build failed (exit ${code}):\n${output.trim().split("\n").slice(-30).join("\n")}`,
          ),
        );
    });
  });
  writeFileSync(HASH_FILE, `${hash}\n`);
  log(`cms: admin panel built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
