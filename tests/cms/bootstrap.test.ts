import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { contentModel, uidOf } from "./content-fixtures.ts";

/** A fixed key, as a deployment would set SITE_BUILD_TOKEN for its site build. */
const SITE_BUILD_KEY = `showroom-site-build-${"a".repeat(30)}`;

let cms: TestStrapi;
beforeAll(async () => {
  cms = await startStrapi({ env: { SITE_BUILD_TOKEN: SITE_BUILD_KEY } });
});
afterAll(async () => {
  await cms?.stop();
});

describe("CMS bootstrap", () => {
  it("creates the German default locale and English", async () => {
    const locales = cms.strapi.plugin("i18n").service("locales");
    expect((await locales.find()).map((locale: { code: string }) => locale.code).sort()).toEqual([
      "de",
      "en",
    ]);
    expect(await locales.getDefaultLocale()).toBe("de");
  });

  it("creates the super admin from ADMIN_EMAIL and ADMIN_PASSWORD, with German as interface language", async () => {
    expect(await cms.adminToken("super-admin")).toMatch(/\S{20,}/);
    const user = await cms.strapi.db.query("admin::user").findOne({ where: { email: cms.admin.email } });
    expect(user?.preferedLanguage).toBe("de");
  });

  it("gives the read-only site-build token the key from SITE_BUILD_TOKEN and writes it to the token file", async () => {
    expect(readFileSync(join(cms.tempDir, "site-build-token"), "utf8").trim()).toBe(SITE_BUILD_KEY);
    const read = await cms.publicFetch("/api/places", {
      headers: { authorization: `Bearer ${SITE_BUILD_KEY}` },
    });
    expect(read.status).toBe(200);
    const write = await cms.publicFetch("/api/places", {
      method: "POST",
      headers: { authorization: `Bearer ${SITE_BUILD_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ data: {} }),
    });
    expect(write.status).toBe(403);
  });
});

describe("admin layout from the content model", () => {
  interface Configuration {
    settings: { mainField: string };
    metadatas: Record<string, { edit: { label: string; description: string }; list: { label: string } }>;
    layouts: { list: string[] };
  }

  async function configurationOf(path: string, key: "contentType" | "component"): Promise<Configuration> {
    const response = await cms.adminFetch(path);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Record<string, Configuration> };
    return body.data[key] as Configuration;
  }

  it.each(contentModel.contentTypes.map((type) => type.name))(
    "shows German labels, help texts, list columns and the title field for %s",
    async (name) => {
      const type = contentModel.contentTypes.find((candidate) => candidate.name === name);
      if (!type) throw new Error(name);
      const configuration = await configurationOf(
        `/content-manager/content-types/${uidOf(type)}/configuration`,
        "contentType",
      );
      for (const [field, definition] of Object.entries(type.fields)) {
        expect(configuration.metadatas[field]?.edit.label, field).toBe(definition.label.de);
        expect(configuration.metadatas[field]?.edit.description, field).toBe(definition.help?.de ?? "");
      }
      expect(configuration.settings.mainField).toBe(type.titleField);
      if (type.listFields) expect(configuration.layouts.list).toEqual(type.listFields);
    },
  );

  it.each(contentModel.components.map((component) => `${component.category}.${component.name}`))(
    "shows German labels for the component %s",
    async (uid) => {
      const component = contentModel.components.find(
        (candidate) => `${candidate.category}.${candidate.name}` === uid,
      );
      if (!component) throw new Error(uid);
      const configuration = await configurationOf(
        `/content-manager/components/${uid}/configuration`,
        "component",
      );
      for (const [field, definition] of Object.entries(component.fields)) {
        expect(configuration.metadatas[field]?.edit.label, field).toBe(definition.label.de);
      }
    },
  );
});
