import { afterAll, beforeAll } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { validationSuite } from "./validation-suite.ts";

let cms: TestStrapi | undefined;
beforeAll(async () => {
  cms = await startStrapi();
});
afterAll(async () => {
  await cms?.stop();
});

validationSuite(() => cms);
