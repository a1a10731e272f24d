/**
 * Starts the built CMS (`strapi start`) as a child process and waits until it answers. Its output
 * goes to cms/.tmp/cms.log; the last lines are shown when it fails to start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cmsRoot } from "./start-config.ts";

export interface RunningCms {
  url: string;
  logFile: string;
  /** The read-only key the CMS wrote for the site build (cms/.tmp/site-build-token). */
  siteBuildToken(): string | undefined;
  stop(): Promise<void>;
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-count).join("\n");
  } catch {
    return "";
  }
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The CMS stopped during start-up (exit ${child.exitCode}). Last lines of ${logFile}:\n${lastLines(logFile, 25)}`,
      );
    }
    try {
      const response = await fetch(`${url}/_health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(
    `The CMS did not answer at ${url} within ${timeoutMs / 1000} s. Last lines of ${logFile}:\n${lastLines(logFile, 25)}`,
  );
}

export async function startCms(options: {
  host: string;
  port: number;
  env: Record<string, string>;
}): Promise<RunningCms> {
  mkdirSync(join(cmsRoot, ".tmp"), { recursive: true });
  const logFile = join(cmsRoot, ".tmp", "cms.log");
  const log = createWriteStream(logFile, { flags: "w" });
  const strapiBin = join(cmsRoot, "node_modules", "@strapi", "strapi", "bin", "strapi.js");
  const child = spawn(process.execPath, [strapiBin, "start"], {
    cwd: cmsRoot,
    env: {
      ...process.env,
      STRAPI_TELEMETRY_DISABLED: "true",
      HOST: options.host,
      PORT: String(options.port),
      // The site's address for QR signs and CORS (the CMS defaults to port 4321 without it).
      PUBLIC_SITE_URL:
        process.env.PUBLIC_SITE_URL?.trim() || `http://localhost:${process.env.SITE_PORT?.trim() || 4321}`,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://${options.host === "0.0.0.0" ? "127.0.0.1" : options.host}:${options.port}`;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  try {
    await waitForHealth(url, child, logFile, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    logFile,
    siteBuildToken() {
      try {
        return readFileSync(join(cmsRoot, ".tmp", "site-build-token"), "utf8").trim() || undefined;
      } catch {
        return undefined;
      }
    },
    stop,
  };
}
