import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { uploadSuite, uploadSuiteEnv } from "./upload-suite.ts";

// The upload checks of the CMS on SQLite (see upload-suite.ts).
let cms: TestStrapi | undefined;
let tempUploads: string;

beforeAll(async () => {
  tempUploads = mkdtempSync(join(tmpdir(), "showroom-upload-tmp-"));
  cms = await startStrapi({ env: uploadSuiteEnv(tempUploads) });
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  rmSync(tempUploads, { recursive: true, force: true });
});

uploadSuite(() => (cms ? { cms, tempUploads } : undefined));
