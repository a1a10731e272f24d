// The upload checks of the CMS again on PostgreSQL (the production database). Without the server
// binaries they fail with the command to run; SHOWROOM_ALLOW_MISSING_TOOLS=1 skips them instead.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { missingToolLine, missingToolsAllowed } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { findPostgresBin, type Postgres, startPostgres } from "../support/postgres.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { uploadSuite, uploadSuiteEnv } from "./upload-suite.ts";

const skip = !findPostgresBin() && missingToolsAllowed();
if (skip) console.warn(`${missingToolLine("postgres")}: the upload checks on PostgreSQL are skipped`);

describe.skipIf(skip)("upload checks on PostgreSQL", () => {
  let pg: Postgres | null = null;
  let cms: TestStrapi | undefined;
  let tempUploads: string;
  beforeAll(async () => {
    tempUploads = mkdtempSync(join(tmpdir(), "showroom-upload-tmp-"));
    pg = await startPostgres();
    if (!pg) throw new Error("PostgreSQL binaries were found but startPostgres() returned no server.");
    const database = await pg.createDatabase("showroom_uploads");
    cms = await startStrapi({
      database: { client: "postgres", host: pg.host, port: pg.port, user: pg.user, database },
      env: uploadSuiteEnv(tempUploads),
    });
  }, 600_000);
  afterAll(async () => {
    await cms?.stop();
    await pg?.stop();
    rmSync(tempUploads, { recursive: true, force: true });
  });

  uploadSuite(() => (cms ? { cms, tempUploads } : undefined));
});
