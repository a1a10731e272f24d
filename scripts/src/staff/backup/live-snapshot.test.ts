import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cmsDir } from "../../shared/cms/paths.ts";
import { configuredSqliteCms, snapshotSqliteCms } from "./live-snapshot.ts";

type Db = {
  exec(sql: string): void;
  prepare(sql: string): { get(): Record<string, number>; all(): Record<string, unknown>[] };
  close(): void;
};
const Database = createRequire(join(cmsDir, "package.json"))("better-sqlite3") as new (file: string) => Db;
const work = mkdtempSync(join(tmpdir(), "showroom-live-snapshot-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Another process that keeps writing pairs of rows in one transaction each (like an editor's save
 * writing an entry and its links): a consistent copy always holds whole pairs.
 */
function startWriter(file: string) {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    const pair = db.transaction((i) => {
      db.prepare("INSERT INTO entries (id) VALUES (?)").run(i);
      for (let k = 0; k < 50; k++) db.prepare("INSERT INTO links (entry) VALUES (?)").run(i);
    });
    let i = 1000;
    process.stdout.write("writing\\n");
    for (;;) pair(i++);
  `;
  return spawn(process.execPath, ["-e", code], { cwd: cmsDir, stdio: ["ignore", "pipe", "inherit"] });
}

describe("a snapshot of a SQLite CMS in use", () => {
  it("copies the database as of one moment while another process writes, with every upload it names", async () => {
    const live = join(work, "live");
    mkdirSync(join(live, "public", "uploads"), { recursive: true });
    const file = join(live, "data.db");
    const db = new Database(file);
    db.exec("CREATE TABLE entries (id INTEGER); CREATE TABLE links (entry INTEGER);");
    db.exec("CREATE TABLE files (url TEXT, formats TEXT);");
    writeFileSync(join(live, "public", "uploads", "a.png"), "a");
    writeFileSync(join(live, "public", "uploads", "thumbnail_a.png"), "t");
    db.exec(
      `INSERT INTO files VALUES ('/uploads/a.png', '{"thumbnail":{"url":"/uploads/thumbnail_a.png"}}'), ('https://cdn.example/b.png', NULL)`,
    );
    db.close();

    const writer = startWriter(file);
    try {
      await new Promise<void>((resolve) => writer.stdout?.once("data", () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const snapshots = [1, 2, 3].map((n) =>
        snapshotSqliteCms({
          databaseFile: file,
          publicDir: join(live, "public"),
          workDir: join(work, `copy-${n}`),
        }),
      );
      for (const snapshot of snapshots) {
        const copy = new Database(snapshot.databaseFile);
        const { entries, links } = copy
          .prepare("SELECT (SELECT COUNT(*) FROM entries) AS entries, (SELECT COUNT(*) FROM links) AS links")
          .get();
        copy.close();
        expect(entries).toBeGreaterThan(0);
        expect(links).toBe((entries ?? 0) * 50);
        expect(snapshot.missingUploads).toEqual([]);
        expect(readFileSync(join(snapshot.publicDir, "uploads", "thumbnail_a.png"), "utf8")).toBe("t");
      }
    } finally {
      writer.kill("SIGKILL");
    }
  }, 60_000);

  it("names uploads the database refers to that are gone from disk", () => {
    const live = join(work, "gone");
    mkdirSync(join(live, "public", "uploads"), { recursive: true });
    const db = new Database(join(live, "data.db"));
    db.exec(
      "CREATE TABLE files (url TEXT, formats TEXT); INSERT INTO files VALUES ('/uploads/gone.png', NULL);",
    );
    db.close();
    const snapshot = snapshotSqliteCms({
      databaseFile: join(live, "data.db"),
      publicDir: join(live, "public"),
      workDir: join(work, "gone-copy"),
    });
    expect(snapshot.missingUploads).toEqual(["uploads/gone.png"]);
  });

  it("says there is nothing to back up when the database does not exist", () => {
    expect(() =>
      snapshotSqliteCms({
        databaseFile: join(work, "none.db"),
        publicDir: work,
        workDir: join(work, "none"),
      }),
    ).toThrow(/No CMS database at .*none\.db: nothing to back up/);
    expect(existsSync(join(work, "none", "data.db"))).toBe(false);
  });

  it("finds the configured SQLite file and uploads like the CMS does, and nothing for PostgreSQL", () => {
    const env = { SHOWROOM_CMS_IGNORE_DOTENV: "1" };
    expect(configuredSqliteCms(env)).toEqual({
      databaseFile: join(cmsDir, ".tmp", "data.db"),
      publicDir: join(cmsDir, "public"),
    });
    expect(
      configuredSqliteCms({ ...env, DATABASE_FILENAME: "/srv/cms.db", CMS_PUBLIC_DIR: "/srv/public" }),
    ).toEqual({
      databaseFile: "/srv/cms.db",
      publicDir: "/srv/public",
    });
    expect(configuredSqliteCms({ ...env, DATABASE_CLIENT: "postgres" })).toBeUndefined();
  });
});
