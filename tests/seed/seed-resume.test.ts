/**
 * The seed survives being killed: `npm run seed` (the real command, in a child process, on a
 * throwaway SQLite file and upload folder) is killed with SIGKILL at a random point after its first
 * write, run again, and must then hold exactly what a clean seed holds: the same rows per table, per
 * content type, locale and status, the same media, and every stored file present on disk.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths.ts";

type Db = {
  prepare(sql: string): { all(...params: unknown[]): Record<string, unknown>[] };
  close(): void;
};
const Database = createRequire(join(repoRoot, "cms", "package.json"))("better-sqlite3") as new (
  file: string,
  options: { readonly: boolean },
) => Db;

const work = mkdtempSync(join(tmpdir(), "showroom-seed-resume-"));
const secret = () => randomBytes(24).toString("base64");
/** The same secrets for every run on one database, as cms/.env gives `npm run seed`. */
const secrets = {
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface SeedRun {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the exit code (null when killed) once the process is gone. */
  exited: Promise<number | null>;
}

/** `npm run seed` on the SQLite file and upload folder of `dir`. */
async function startSeed(dir: string, onLine: (line: string, run: SeedRun) => void = () => {}) {
  mkdirSync(join(dir, "public", "uploads"), { recursive: true });
  const child = spawn(process.execPath, [join(repoRoot, "scripts", "src", "demo", "seed", "cli.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...secrets,
      DATABASE_CLIENT: "sqlite",
      DATABASE_FILENAME: join(dir, "data.db"),
      CMS_PUBLIC_DIR: join(dir, "public"),
      SHOWROOM_CMS_IGNORE_DOTENV: "1",
      ENV_PATH: join(dir, "no-such.env"),
      // The "is a CMS running" check must not find another one on this machine.
      PORT: String(await freePort()),
      SCAN_POSTER: "false",
      STRAPI_TELEMETRY_DISABLED: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: SeedRun = {
    child,
    lines: [],
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
  };
  let buffer = "";
  const take = (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) {
      run.lines.push(line);
      onLine(line, run);
    }
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return run;
}

async function seedToEnd(dir: string): Promise<string[]> {
  const run = await startSeed(dir);
  const code = await run.exited;
  if (code !== 0) throw new Error(`npm run seed exited with ${code}:\n${run.lines.slice(-20).join("\n")}`);
  return run.lines;
}

/** Rows per content table (per locale and status where the table has them) and media rows. */
function census(dir: string): Record<string, number> {
  const db = new Database(join(dir, "data.db"), { readonly: true });
  try {
    const counts: Record<string, number> = {};
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => String(row.name))
      // Bootstrap state (admin, roles, tokens, settings) is not the seed's.
      .filter((name) => !/^(sqlite_|strapi_|admin_|up_|i18n_)/.test(name));
    for (const table of tables) {
      const columns = db
        .prepare(`PRAGMA table_info("${table}")`)
        .all()
        .map((row) => String(row.name));
      if (columns.includes("document_id") && columns.includes("published_at")) {
        const groups = db
          .prepare(
            `SELECT locale, published_at IS NOT NULL AS published, COUNT(*) AS n FROM "${table}" GROUP BY 1, 2`,
          )
          .all();
        for (const group of groups)
          counts[`${table} ${group.locale} ${group.published ? "published" : "draft"}`] = Number(group.n);
      } else {
        counts[table] = Number(db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).all()[0]?.n);
      }
    }
    return counts;
  } finally {
    db.close();
  }
}

/** Upload URLs the database names (files and their image formats) whose file is not on disk. */
function missingUploads(dir: string): string[] {
  const db = new Database(join(dir, "data.db"), { readonly: true });
  try {
    const rows = db.prepare("SELECT url, formats FROM files").all();
    const urls = rows.flatMap((row) => [
      String(row.url),
      ...Object.values(JSON.parse(String(row.formats ?? "null")) ?? {}).map(
        (f) => (f as { url: string }).url,
      ),
    ]);
    return urls.filter((url) => !existsSync(join(dir, "public", url)));
  } finally {
    db.close();
  }
}

let clean: Record<string, number>;
/** Milliseconds from the clean seed's first write to its end: the window to kill in. */
let writeWindowMs: number;
let writeLines: number;

beforeAll(async () => {
  const dir = join(work, "clean");
  let firstWrite = 0;
  const run = await startSeed(dir, (line) => {
    if (!firstWrite && line.startsWith("seed: created")) firstWrite = Date.now();
  });
  const code = await run.exited;
  if (code !== 0) throw new Error(`clean seed exited with ${code}:\n${run.lines.slice(-20).join("\n")}`);
  writeWindowMs = Date.now() - firstWrite;
  writeLines = run.lines.filter((line) => line.startsWith("seed: created")).length;
  clean = census(dir);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

type KillPoint = { afterMs: number } | { afterLine: number };

/** Seeds into a fresh folder and SIGKILLs the seed at the kill point; returns the folder. */
async function killedSeed(name: string, point: KillPoint): Promise<string> {
  const dir = join(work, name);
  let killedEarly = false;
  let writes = 0;
  const kill = (run: SeedRun) => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      killedEarly = true;
      run.child.kill("SIGKILL");
    }
  };
  const run = await startSeed(dir, (line, current) => {
    if (!line.startsWith("seed: created")) return;
    writes++;
    if ("afterMs" in point && writes === 1) setTimeout(() => kill(current), point.afterMs);
    if ("afterLine" in point && writes === point.afterLine) kill(current);
  });
  await run.exited;
  expect(killedEarly, `the seed finished before the kill point ${JSON.stringify(point)}`).toBe(true);
  return dir;
}

describe("a seed killed midway", () => {
  const points: [string, () => KillPoint, boolean][] = [
    [
      "after a random delay following its first write",
      () => ({ afterMs: Math.floor(Math.random() * writeWindowMs * 0.8) }),
      true,
    ],
    [
      "right after a random entry was written",
      () => ({ afterLine: 2 + Math.floor(Math.random() * (writeLines - 4)) }),
      false,
    ],
  ];
  it.each(points)(
    "is completed by the next run when killed %s",
    async (name, pointOf, thenIdempotent) => {
      const point = pointOf();
      const dir = await killedSeed(name.replaceAll(" ", "-"), point);
      const half = census(dir);
      expect(half, `killed at ${JSON.stringify(point)}: the kill left the seed unfinished`).not.toEqual(
        clean,
      );

      const rerun = await seedToEnd(dir);
      expect(census(dir), `killed at ${JSON.stringify(point)}`).toEqual(clean);
      expect(missingUploads(dir)).toEqual([]);
      const summary = rerun.find((line) => /^seed: \d+ created/.test(line)) ?? "";
      expect(summary).toMatch(/completed \d+ half-made entr/);
      if (thenIdempotent) {
        const third = (await seedToEnd(dir)).find((line) => /^seed: \d+ created/.test(line)) ?? "";
        expect(third).toMatch(
          /^seed: 0 created, 0 updated, \d+ unchanged, completed 0 half-made entries, 0 published, 0 files uploaded/,
        );
      }
    },
    // Three seeds with start-up each; slow when the machine is busy.
    480_000,
  );
});
