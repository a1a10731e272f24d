// A database made by an earlier version holds the site-build token as Strapi's "read-only" type,
// which reads the media library and user accounts: the next start turns it into the custom token
// that reads the public content types only, keeping its key.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { contentModel } from "./content-fixtures.ts";

const folder = mkdtempSync(join(tmpdir(), "showroom-token-upgrade-"));
const databaseFile = join(folder, "data.db");
let cms: TestStrapi | undefined;
afterAll(async () => {
  await cms?.stop();
  rmSync(folder, { recursive: true, force: true });
});

it("turns a read-only site-build token of an earlier version into a custom token at start, with the same key", async () => {
  const first = await startStrapi({ databaseFile, listen: false });
  const key = readFileSync(join(first.tempDir, "site-build-token"), "utf8").trim();
  try {
    const token = await first.strapi.db.query("admin::api-token").findOne({ where: { name: "site-build" } });
    await first.strapi.db.query("admin::api-token-permission").deleteMany({ where: { token: token.id } });
    await first.strapi.db
      .query("admin::api-token")
      .update({ where: { id: token.id }, data: { type: "read-only" } });
  } finally {
    await first.stop();
  }

  cms = await startStrapi({ databaseFile });
  const upgraded = await cms.strapi.service("admin::api-token").getByName("site-build");
  expect(upgraded.type).toBe("custom");
  const expected = contentModel.contentTypes.flatMap((type) => {
    const uid = `api::${type.name}.${type.name}`;
    return type.kind === "singleType" ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`];
  });
  expect([...upgraded.permissions].sort()).toEqual(expected.sort());
  const headers = { authorization: `Bearer ${key}` };
  expect((await cms.publicFetch("/api/places", { headers })).status).toBe(200);
  expect((await cms.publicFetch("/api/users", { headers })).status).toBe(403);
}, 120_000);
