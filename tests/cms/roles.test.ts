import { afterAll, beforeAll } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { rolesSuite } from "./roles-suite.ts";

let cms: TestStrapi | undefined;
beforeAll(async () => {
  cms = await startStrapi();
});
afterAll(async () => {
  await cms?.stop();
});

rolesSuite(() => cms);
