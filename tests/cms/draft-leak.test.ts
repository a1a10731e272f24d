import { afterAll, beforeAll } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { draftLeakSuite } from "./draft-leak-suite.ts";

let cms: TestStrapi | undefined;
beforeAll(async () => {
  cms = await startStrapi();
});
afterAll(async () => {
  await cms?.stop();
});

draftLeakSuite(() => cms);
