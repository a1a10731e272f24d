// Who may do what: visitors read, the site-build token reads, editors edit and publish but do not
// administer. Shared by the SQLite and the PostgreSQL runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { populateFor, restPath, toQueryString } from "@showroom/content-types";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestStrapi } from "../support/strapi.ts";
import { contentModel, createFileRow, type ModelType, requireCms } from "./content-fixtures.ts";

const apiPath = (type: ModelType) => `/api/${type.kind === "singleType" ? type.name : type.pluralName}`;

export function rolesSuite(getCms: () => TestStrapi | undefined): void {
  describe("roles and tokens", () => {
    it.each(contentModel.contentTypes.map((type) => type.name))("lets visitors read %s", async (name) => {
      const cms = requireCms(getCms);
      const type = contentModel.contentTypes.find((candidate) => candidate.name === name) as ModelType;
      const response = await cms.publicFetch(apiPath(type));
      // A single type not filled in yet answers 404; a missing permission would be 403.
      expect(type.kind === "singleType" ? [200, 404] : [200]).toContain(response.status);
    });

    it("does not let visitors or the read-only token write", async () => {
      const cms = requireCms(getCms);
      const body = JSON.stringify({ data: { name: "Test" } });
      const headers = { "content-type": "application/json" };
      expect((await cms.publicFetch("/api/places", { method: "POST", headers, body })).status).toBe(403);
      expect((await cms.tokenFetch("/api/places", { method: "POST", body, token: "read-only" })).status).toBe(
        403,
      );
      expect((await cms.tokenFetch("/api/imprint", { method: "PUT", body, token: "read-only" })).status).toBe(
        403,
      );
    });

    it("lets an editor create and publish content in the content manager", async () => {
      const cms = requireCms(getCms);
      const data = {
        name: "Oldenburger Wallmuseum",
        slug: "oldenburger-wallmuseum",
        kind: "museum",
        municipality: "oldenburg_in_holstein",
        summary: "Freilichtmuseum am Wall.",
        geo: { latitude: 54.2976, longitude: 10.8828 },
      };
      const created = await cms.adminFetch("/content-manager/collection-types/api::place.place?locale=de", {
        method: "POST",
        role: "editor",
        body: JSON.stringify(data),
      });
      const createdBody = (await created.json()) as { data: { documentId: string } };
      expect(created.status, JSON.stringify(createdBody)).toBe(201);
      const published = await cms.adminFetch(
        `/content-manager/collection-types/api::place.place/${createdBody.data.documentId}/actions/publish?locale=de`,
        { method: "POST", role: "editor", body: JSON.stringify(data) },
      );
      expect(published.status, await published.text()).toBe(200);
      const visible = await cms.publicFetch(`/api/places/${createdBody.data.documentId}`);
      expect(visible.status).toBe(200);
    });

    it.each(["/admin/users", "/admin/roles", "/admin/api-tokens", "/admin/webhooks", "/i18n/locales"])(
      "refuses an editor the settings at %s",
      async (path) => {
        const cms = requireCms(getCms);
        const method = path === "/i18n/locales" ? "POST" : "GET";
        const body = method === "POST" ? JSON.stringify({ code: "da", name: "Dansk" }) : undefined;
        const response = await cms.adminFetch(path, { method, role: "editor", body });
        expect(response.status).toBe(403);
      },
    );

    it("lets an editor read retired QR codes but not delete one, so a code is never freed", async () => {
      const cms = requireCms(getCms);
      const retired = await cms.strapi
        .documents("api::retired-code.retired-code")
        .create({ data: { code: "RET1" } });
      const base = "/content-manager/collection-types/api::retired-code.retired-code";
      expect((await cms.adminFetch(base, { role: "editor" })).status).toBe(200);
      const removal = await cms.adminFetch(`${base}/${retired.documentId}`, {
        method: "DELETE",
        role: "editor",
      });
      expect(removal.status).toBe(403);
      const creation = await cms.adminFetch(base, {
        method: "POST",
        role: "editor",
        body: JSON.stringify({ code: "RET2" }),
      });
      expect(creation.status).toBe(403);
    });

    it("lets the super admin read the settings the editor may not", async () => {
      const cms = requireCms(getCms);
      expect((await cms.adminFetch("/admin/users", { role: "super-admin" })).status).toBe(200);
    });

    it("names the editor role Redakteur", async () => {
      const cms = requireCms(getCms);
      const role = await cms.strapi.db.query("admin::role").findOne({ where: { code: "showroom-editor" } });
      expect(role?.name).toBe("Redakteur");
    });
  });

  describe("private data stays private to the site-build token and the public", () => {
    const PRIVATE_EMAIL = "private-person@example.org";
    let fileId = 0;
    let userId = 0;
    /** The key the CMS wrote for the site build (the demo launcher and the site read the same file). */
    const siteBuildKey = (cms: TestStrapi) =>
      readFileSync(join(cms.tempDir, "site-build-token"), "utf8").trim();

    beforeAll(async () => {
      const cms = requireCms(getCms);
      fileId = await createFileRow(cms.strapi, ".jpg");
      const role = await cms.strapi.db
        .query("plugin::users-permissions.role")
        .findOne({ where: { type: "authenticated" } });
      const user = await cms.strapi.db.query("plugin::users-permissions.user").create({
        data: {
          username: "private-person",
          email: PRIVATE_EMAIL,
          provider: "local",
          confirmed: true,
          role: role?.id,
        },
      });
      userId = user.id as number;
    });

    type Caller = "visitor" | "site-build token" | "read-only token";
    const ask = async (cms: TestStrapi, caller: Caller, path: string) => {
      if (caller === "visitor") return cms.publicFetch(path);
      if (caller === "read-only token") return cms.tokenFetch(path, { token: "read-only" });
      return cms.publicFetch(path, { headers: { authorization: `Bearer ${siteBuildKey(cms)}` } });
    };
    const callers: Caller[] = ["visitor", "site-build token", "read-only token"];
    const paths = [
      "/api/upload/files",
      "/api/upload/files?populate[related]=true",
      "/api/upload/files/:file",
      "/api/users",
      "/api/users/me",
      "/api/users/:user",
      "/api/users-permissions/roles",
    ];

    it.each(callers.flatMap((caller) => paths.map((path) => [caller, path] as const)))(
      "refuses the %s %s with a 403",
      async (caller, path) => {
        const cms = requireCms(getCms);
        const response = await ask(
          cms,
          caller,
          path.replace(":file", String(fileId)).replace(":user", String(userId)),
        );
        const body = await response.text();
        expect(response.status, body).toBe(403);
        expect(body).not.toContain(PRIVATE_EMAIL);
        expect(body).not.toContain("/uploads/");
      },
    );

    it("lets the site-build token read every type in every locale with the queries of the site build", async () => {
      const cms = requireCms(getCms);
      for (const type of contentModel.contentTypes) {
        for (const locale of ["de", "en"]) {
          // As content-types/src/content-source/cms-client.ts asks: published, per locale, the site's populate.
          const query = toQueryString({
            status: "published",
            ...(type.localized ? { locale } : {}),
            populate: populateFor(type.name),
            ...(type.kind === "collectionType"
              ? { sort: ["id:asc"], pagination: { page: 1, pageSize: 100 } }
              : {}),
          });
          const response = await ask(cms, "site-build token", `${restPath(type.name)}?${query}`);
          const body = await response.text();
          // A single type without a published entry in that locale answers 404.
          expect(
            type.kind === "singleType" ? [200, 404] : [200],
            `${type.name} ${locale}: ${body}`,
          ).toContain(response.status);
        }
      }
    });

    it("gives the site-build token find and findOne on the public content types and nothing else", async () => {
      const cms = requireCms(getCms);
      const token = await cms.strapi.service("admin::api-token").getByName("site-build");
      expect(token.type).toBe("custom");
      const expected = contentModel.contentTypes.flatMap((type) => {
        const uid = `api::${type.name}.${type.name}`;
        return type.kind === "singleType" ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`];
      });
      expect([...token.permissions].sort()).toEqual(expected.sort());
    });
  });

  describe("no public accounts", () => {
    it("refuses to register an account at /api/auth/local/register and creates none", async () => {
      const cms = requireCms(getCms);
      const users = () => cms.strapi.db.query("plugin::users-permissions.user").count();
      const before = await users();
      const response = await cms.publicFetch("/api/auth/local/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          username: "intruder",
          email: "intruder@example.org",
          password: "Intruder-2025!",
        }),
      });
      const body = await response.text();
      expect(response.status, body).toBe(403);
      expect(body).not.toContain("jwt");
      expect(await users()).toBe(before);
    });

    it("keeps registration off in the plugin's advanced settings, which the admin panel shows", async () => {
      const cms = requireCms(getCms);
      const advanced = (await cms.strapi
        .store({ type: "plugin", name: "users-permissions", key: "advanced" })
        .get()) as { allow_register?: boolean };
      expect(advanced.allow_register).toBe(false);
    });
  });
}
