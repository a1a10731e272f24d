// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, started on 127.0.0.1
// with a free port and fsync off, removed by stop(). Where the server binaries are missing it fails
// with the one line naming the command to run (the test runner's global setup installs them when it
// may); only with SHOWROOM_ALLOW_MISSING_TOOLS=1 it returns null, so the suites skip visibly.
import { execFile } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import {
  findSystemTool,
  missingToolLine,
  missingToolsAllowed,
} from "../../scripts/src/shared/system-tools/system-tools.ts";
import { repoRoot } from "./paths.ts";

const run = promisify(execFile);

export interface Postgres {
  host: string;
  port: number;
  user: string;
  /** Creates an empty database and returns its name. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and removes the cluster. */
  stop(): Promise<void>;
}

/** The folder of initdb and pg_ctl: on PATH, /usr/local/bin or Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | undefined {
  const initdb = findSystemTool("postgres");
  return initdb ? dirname(initdb) : undefined;
}

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

/** initdb refuses to run as root: run the server tools as the `postgres` OS user then. */
async function osUser(): Promise<{ name: string; uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async () => {
    const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
    const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    return { name: "postgres", uid, gid };
  };
  try {
    return await id();
  } catch {
    await run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return id();
  }
}

type PgClient = {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
};

/**
 * Starts a PostgreSQL cluster; without server binaries it throws the line naming the command to run
 * (or, with SHOWROOM_ALLOW_MISSING_TOOLS=1, prints it and returns null).
 *
 * @example
 *   const pg = await startPostgres();
 *   if (pg) { const db = await pg.createDatabase("cms"); ...; await pg.stop(); }
 */
export async function startPostgres(): Promise<Postgres | null> {
  const bin = findPostgresBin();
  if (!bin) {
    if (!missingToolsAllowed()) throw new Error(missingToolLine("postgres"));
    console.warn(`${missingToolLine("postgres")}: PostgreSQL tests skipped (SHOWROOM_ALLOW_MISSING_TOOLS=1)`);
    return null;
  }
  const user = await osUser();
  const dir = mkdtempSync(join(tmpdir(), "showroom-pg-"));
  const data = join(dir, "data");
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  // As root: drop to the postgres user for every server tool.
  const tool = (name: string, args: string[]) =>
    user ? run("runuser", ["-u", user.name, "--", join(bin, name), ...args]) : run(join(bin, name), args);

  const port = await freePort();
  try {
    await tool("initdb", [
      "-D",
      data,
      "--auth=trust",
      "--username=postgres",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c unix_socket_directories=${dir}`;
    await tool("pg_ctl", [
      "-D",
      data,
      "-o",
      options,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Starting a throwaway PostgreSQL failed: ${(error as { stderr?: string }).stderr ?? error}`,
    );
  }

  // The pg driver is a CMS dependency; the tests use the same copy.
  const { Client } = createRequire(join(repoRoot, "cms", "package.json"))("pg") as {
    Client: new (config: object) => PgClient;
  };
  return {
    host: "127.0.0.1",
    port,
    user: "postgres",
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name))
        throw new Error(`Invalid database name "${name}": use a-z, 0-9 and _`);
      const client = new Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return name;
    },
    async stop() {
      try {
        await tool("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
