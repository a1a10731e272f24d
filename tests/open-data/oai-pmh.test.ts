// OAI-PMH on SQLite (the suite in oai-pmh-suite.ts).
import { afterAll, beforeAll, describe } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { OAI_TEST_ENV, oaiPmhSuite } from "./oai-pmh-suite.ts";

describe("OAI-PMH data provider on SQLite", () => {
  let cms: TestStrapi | undefined;
  beforeAll(async () => {
    cms = await startStrapi({ env: OAI_TEST_ENV });
  });
  afterAll(() => cms?.stop());
  oaiPmhSuite(() => cms);
});
