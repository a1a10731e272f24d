// The CMS integration suites again, on PostgreSQL (the production database). Without the server
// binaries they fail with the command to run; SHOWROOM_ALLOW_MISSING_TOOLS=1 skips them instead.
import { afterAll, beforeAll, describe } from "vitest";
import { missingToolLine, missingToolsAllowed } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { findPostgresBin, type Postgres, startPostgres } from "../support/postgres.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { draftLeakSuite } from "./draft-leak-suite.ts";
import { rolesSuite } from "./roles-suite.ts";
import { validationSuite } from "./validation-suite.ts";

const skip = !findPostgresBin() && missingToolsAllowed();
if (skip) console.warn(`${missingToolLine("postgres")}: the CMS suites on PostgreSQL are skipped`);

describe.skipIf(skip)("on PostgreSQL", () => {
  let pg: Postgres | null = null;
  let cms: TestStrapi | undefined;
  beforeAll(async () => {
    pg = await startPostgres();
    if (!pg) throw new Error("PostgreSQL binaries were found but startPostgres() returned no server.");
    const database = await pg.createDatabase("showroom_cms");
    cms = await startStrapi({
      database: { client: "postgres", host: pg.host, port: pg.port, user: pg.user, database },
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await pg?.stop();
  });

  draftLeakSuite(() => cms);
  validationSuite(() => cms);
  rolesSuite(() => cms);
});
