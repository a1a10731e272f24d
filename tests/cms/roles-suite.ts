// Who may do what: visitors read, the site-build token reads, editors edit and publish but do not
// administer. Shared by the SQLite and the PostgreSQL runs.
import { describe, expect, it } from "vitest";
import type { TestStrapi } from "../support/strapi.ts";
import { contentModel, type ModelType, requireCms } from "./content-fixtures.ts";

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
        .create({ data: { code: "RET1" } } as never);
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
}
