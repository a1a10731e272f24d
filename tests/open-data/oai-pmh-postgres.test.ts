// OAI-PMH on PostgreSQL (the production database): the suite of oai-pmh-suite.ts. Without the
// server binaries it fails with the command to run; SHOWROOM_ALLOW_MISSING_TOOLS=1 skips it instead.
import { afterAll, beforeAll, describe } from "vitest";
import { missingToolLine, missingToolsAllowed } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { findPostgresBin, type Postgres, startPostgres } from "../support/postgres.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { OAI_TEST_ENV, oaiPmhSuite } from "./oai-pmh-suite.ts";

const skip = !findPostgresBin() && missingToolsAllowed();
if (skip) console.warn(`${missingToolLine("postgres")}: the OAI-PMH suite on PostgreSQL is skipped`);

describe.skipIf(skip)("OAI-PMH data provider on PostgreSQL", () => {
  let pg: Postgres | null = null;
  let cms: TestStrapi | undefined;
  beforeAll(async () => {
    pg = await startPostgres();
    if (!pg) throw new Error("PostgreSQL binaries were found but startPostgres() returned no server.");
    const database = await pg.createDatabase("showroom_oai");
    cms = await startStrapi({
      database: { client: "postgres", host: pg.host, port: pg.port, user: pg.user, database },
      env: OAI_TEST_ENV,
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await pg?.stop();
  });
  oaiPmhSuite(() => cms);
});
