import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepareSnapshot } from "./prepare-snapshot.ts";

const quiet = { info: () => undefined, warn: () => undefined };
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("prepareSnapshot", () => {
  it("refuses to build an empty site when there is neither a CMS nor a snapshot", async () => {
    dir = mkdtempSync(join(tmpdir(), "showroom-no-snapshot-"));
    await expect(prepareSnapshot({ snapshotDir: join(dir, "missing") }, quiet)).rejects.toThrow(
      /No content to build from: STRAPI_URL is not set and there is no content snapshot/,
    );
  });

  it("names the CMS and the missing snapshot when the CMS is down and nothing to fall back to", async () => {
    dir = mkdtempSync(join(tmpdir(), "showroom-no-snapshot-"));
    await expect(
      prepareSnapshot({ snapshotDir: join(dir, "missing"), strapiUrl: "http://127.0.0.1:9" }, quiet),
    ).rejects.toThrow(/The CMS at http:\/\/127\.0\.0\.1:9 could not be read .* no content snapshot/s);
  });
});
