// Bad input through the API gets a 400 naming the field, and nothing stored changes. Shared by
// the SQLite and the PostgreSQL runs.
import { beforeAll, describe, expect, it } from "vitest";
import type { TestStrapi } from "../support/strapi.ts";
import {
  contentModel,
  createFileRow,
  type ModelType,
  requireCms,
  uidOf,
  validData,
} from "./content-fixtures.ts";

const typeNamed = (name: string) => contentModel.contentTypes.find((type) => type.name === name) as ModelType;

interface Case {
  name: string;
  method: "POST" | "PUT";
  /** Path and body, computed once the fixtures exist. */
  request: () => { path: string; data: Record<string, unknown> };
  /** The start of the error message: the field and what is wrong. */
  message: RegExp;
}

export function validationSuite(getCms: () => TestStrapi | undefined): void {
  describe("bad input is rejected with the field named, and nothing stored changes", () => {
    let cms: TestStrapi | undefined;
    const base: Record<string, Record<string, unknown>> = {};
    const ids: Record<string, string> = {};
    const files: Record<string, number> = {};
    let snapshotBefore = "";

    /** Everything stored in the types these cases touch, drafts included. */
    async function snapshot(): Promise<string> {
      const { strapi } = cms as TestStrapi;
      const parts: unknown[] = [];
      for (const name of ["event-stream", "heritage-item", "tour-stop", "scan", "retired-code"]) {
        const rows = await strapi.db.query(uidOf(typeNamed(name))).findMany({ orderBy: { id: "asc" } });
        parts.push(rows.map(({ updatedAt, ...row }: Record<string, unknown>) => row));
      }
      return JSON.stringify(parts);
    }

    beforeAll(async () => {
      cms = requireCms(getCms);
      const { strapi } = cms;
      // Valid entries to start from, created through the API like a client would.
      for (const name of ["event-stream", "heritage-item", "tour-stop", "scan"]) {
        const type = typeNamed(name);
        base[name] = await validData(strapi, type, "VALID");
        const response = await cms.tokenFetch(`/api/${type.pluralName}`, {
          method: "POST",
          token: "full-access",
          body: JSON.stringify({ data: base[name] }),
        });
        const body = (await response.json()) as { data: { documentId: string } };
        expect(response.status, JSON.stringify(body)).toBe(201);
        ids[name] = body.data.documentId;
      }
      // A stop that is deleted: its code must be retired.
      const gone = await validData(strapi, typeNamed("tour-stop"), "GONE");
      const created = await strapi
        .documents("api::tour-stop.tour-stop")
        .create({ data: gone as never, locale: "de" }); // built from the model at run time
      base.retired = { code: gone.code };
      const deleted = await cms.tokenFetch(`/api/tour-stops/${created.documentId}`, {
        method: "DELETE",
        token: "full-access",
      });
      expect(deleted.status).toBe(204);
      files.jpg = await createFileRow(strapi, ".jpg");
      files.hugeGlb = await createFileRow(strapi, ".glb", 600 * 1024 * 1024);
      files.mp3 = await createFileRow(strapi, ".mp3");
      snapshotBefore = await snapshot();
    });

    it("records the QR code of a deleted stop as a published retired code", async () => {
      const cms = requireCms(getCms);
      const response = await cms.publicFetch(`/api/retired-codes?filters[code][$eq]=${base.retired?.code}`);
      const body = (await response.json()) as { data: { code: string; formerTitle: string }[] };
      expect(body.data).toHaveLength(1);
      expect(body.data[0]?.formerTitle).toContain("GONE");
    });

    const stream = typeNamed("event-stream");
    const item = typeNamed("heritage-item");
    const stop = typeNamed("tour-stop");
    const scan = typeNamed("scan");
    let codeCounter = 0;
    /** A POST of the valid base entry with a change; stops get a fresh QR code unless the change sets one. */
    const create =
      (type: ModelType, patch: Record<string, unknown>, omit: string[] = [], query = "") =>
      () => {
        const freshCode = type.name === "tour-stop" ? { code: `NEW${++codeCounter}` } : {};
        const data: Record<string, unknown> = { ...base[type.name], ...freshCode, ...patch };
        for (const name of omit) delete data[name];
        return { path: `/api/${type.pluralName}${query}`, data };
      };
    const update =
      (type: ModelType, patch: () => Record<string, unknown>, query = "") =>
      () => ({
        path: `/api/${type.pluralName}/${ids[type.name]}${query}`,
        data: patch(),
      });

    const cases: Case[] = [
      {
        name: "a missing required field",
        method: "POST",
        request: create(item, {}, ["title"]),
        message: /^title: A value is required\./,
      },
      {
        name: "an unknown licence",
        method: "POST",
        request: create(item, { licence: "cc_by_nc_4" }),
        message: /licence/,
      },
      {
        name: "a licence that needs an attribution, without one",
        method: "POST",
        request: create(item, { licence: "cc_by_4", attribution: "" }),
        message: /^attribution: This licence requires an attribution/,
      },
      {
        name: "an end before the start",
        method: "POST",
        request: create(stream, { start: "2025-06-01T18:00:00.000Z", end: "2025-06-01T17:00:00.000Z" }),
        message: /^end: The end must be after the start\./,
      },
      {
        name: "an end before the start, changed on an existing entry",
        method: "PUT",
        request: update(stream, () => ({ end: "2000-01-01T00:00:00.000Z" })),
        message: /^end: The end must be after the start\./,
      },
      {
        name: "a dating that ends before it starts",
        method: "PUT",
        request: update(item, () => ({ datingFrom: 1200, datingTo: 1100 })),
        message: /^datingTo: /,
      },
      {
        name: "a QR code already used by another stop",
        method: "POST",
        request: () => create(stop, { code: base["tour-stop"]?.code })(),
        message: /^code: The QR code ".+" is already used by the stop/,
      },
      {
        name: "the QR code of a deleted stop",
        method: "POST",
        request: () => create(stop, { code: base.retired?.code })(),
        message: /^code: The QR code ".+" belonged to a deleted stop/,
      },
      {
        name: "a new QR code for a published stop",
        method: "PUT",
        request: update(stop, () => ({ code: "ZZ99" })),
        message: /^code: The stop was published with the QR code/,
      },
      {
        name: "an audio guide without a transcript",
        method: "PUT",
        request: update(stop, () => ({ audio: files.mp3, transcript: null })),
        message: /^transcript: An audio guide needs a transcript/,
      },
      {
        name: "an image file in the 3D model field",
        method: "PUT",
        request: update(scan, () => ({ model: files.jpg })),
        message: /^model: ".+" is a \.jpg; this field accepts \.glb, \.gltf/,
      },
      {
        name: "a 3D model over the size limit",
        method: "PUT",
        request: update(scan, () => ({ model: files.hugeGlb })),
        message: /^model: ".+" is 600 MB; this field accepts at most 500 MB/,
      },
      {
        name: "an image without alt text",
        method: "PUT",
        request: update(item, () => ({ images: [{ file: files.jpg, alt: "" }] })),
        message: /images\.0\.alt: /,
      },
      {
        name: "an unknown locale",
        method: "POST",
        request: create(item, {}, [], "?locale=xx"),
        message: /^locale: Unknown locale "xx"/,
      },
      {
        name: "a word where a whole number belongs",
        method: "PUT",
        request: update(item, () => ({ datingFrom: "twelve hundred" })),
        message: /^datingFrom: Expected a whole number, got "twelve hundred"\./,
      },
      {
        name: "a fraction where a whole number belongs",
        method: "PUT",
        request: update(item, () => ({ datingFrom: 1200.5 })),
        message: /^datingFrom: Expected a whole number, got 1200\.5\./,
      },
      {
        name: "a number where text belongs",
        method: "PUT",
        request: update(item, () => ({ title: 12345 })),
        message: /^title: Expected text, got the number 12345\./,
      },
      {
        name: "an object where text belongs",
        method: "PUT",
        request: update(item, () => ({ summary: { text: "x" } })),
        message: /^summary: Expected text, got an object\./,
      },
      {
        name: "a word where yes or no belongs",
        method: "PUT",
        request: update(item, () => ({ featured: "perhaps" })),
        message: /^featured: Expected true or false, got "perhaps"\./,
      },
      {
        name: "a word where a date and time belongs",
        method: "PUT",
        request: update(stream, () => ({ start: "next tuesday" })),
        message: /^start: Expected a date and time like 2025-06-01T18:00:00Z, got "next tuesday"\./,
      },
      {
        name: "an impossible date and time",
        method: "POST",
        request: create(stream, { end: "2025-13-45T25:00:00Z" }),
        message: /^end: Expected a date and time like 2025-06-01T18:00:00Z, got "2025-13-45T25:00:00Z"\./,
      },
      {
        name: "an impossible date in a component",
        method: "PUT",
        request: update(scan, () => ({ paradata: { method: "photogrammetry", capturedOn: "2025-02-30" } })),
        message: /^paradata\.capturedOn: Expected a date like 2025-06-01, got "2025-02-30"\./,
      },
      {
        name: "a word where a decimal number belongs in a component",
        method: "PUT",
        request: update(stop, () => ({ geo: { latitude: "north", longitude: 10.88 } })),
        message: /^geo\.latitude: Expected a number, got "north"\./,
      },
      {
        name: "a number where text belongs in a repeatable component",
        method: "PUT",
        request: update(item, () => ({ images: [{ file: files.jpg, alt: 123456 }] })),
        message: /^images\.0\.alt: Expected text, got the number 123456\./,
      },
      {
        name: "an unknown locale on update",
        method: "PUT",
        request: update(item, () => ({ title: "Neu" }), "?locale=fr"),
        message: /^locale: Unknown locale "fr"/,
      },
    ];

    it.each(cases)("answers 400 naming the field for $name", async ({ method, request, message }) => {
      const cms = requireCms(getCms);
      const { path, data } = request();
      const response = await cms.tokenFetch(path, {
        method,
        token: "full-access",
        body: JSON.stringify({ data }),
      });
      const body = (await response.json()) as { error?: { status: number; name: string; message: string } };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error?.name).toBe("ValidationError");
      expect(body.error?.message).toMatch(message);
    });

    it("rejects an end before the start in the admin's content manager too", async () => {
      const cms = requireCms(getCms);
      const response = await cms.adminFetch(
        `/content-manager/collection-types/api::event-stream.event-stream/${ids["event-stream"]}?locale=de`,
        {
          method: "PUT",
          role: "editor",
          body: JSON.stringify({ ...base["event-stream"], end: "2000-01-01T00:00:00.000Z" }),
        },
      );
      const body = (await response.json()) as {
        error?: { message: string; details?: { errors?: { path: string[] }[] } };
      };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error?.message).toMatch(/^end: /);
      expect(body.error?.details?.errors?.[0]?.path).toEqual(["end"]);
    });

    it("names the field and the expected type for an impossible date in the admin's content manager too", async () => {
      const cms = requireCms(getCms);
      const response = await cms.adminFetch(
        `/content-manager/collection-types/api::event-stream.event-stream/${ids["event-stream"]}?locale=de`,
        {
          method: "PUT",
          role: "editor",
          body: JSON.stringify({ ...base["event-stream"], start: "2025-02-30T10:00:00.000Z" }),
        },
      );
      const body = (await response.json()) as {
        error?: { message: string; details?: { errors?: { path: string[] }[] } };
      };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error?.message).toMatch(/^start: Expected a date and time like 2025-06-01T18:00:00Z/);
      expect(body.error?.details?.errors?.[0]?.path).toEqual(["start"]);
    });

    it("refuses a copy of a stop that keeps the original's QR code", async () => {
      const cms = requireCms(getCms);
      const response = await cms.adminFetch(
        `/content-manager/collection-types/api::tour-stop.tour-stop/clone/${ids["tour-stop"]}?locale=de`,
        { method: "POST", role: "editor", body: JSON.stringify({ ...base["tour-stop"], title: "Kopie" }) },
      );
      const body = (await response.json()) as { error?: { message: string } };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error?.message).toMatch(/^code: The QR code ".+" is already used by the stop/);
    });

    /** A 1×1 PNG. */
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const upload = (name: string, type: string, bytes: Uint8Array<ArrayBuffer>) => {
      const form = new FormData();
      form.append("files", new Blob([bytes], { type }), name);
      return (cms as TestStrapi).adminFetch("/upload", { method: "POST", role: "editor", body: form });
    };

    it("accepts an image upload to the media library", async () => {
      requireCms(getCms);
      const response = await upload("wall.png", "image/png", png);
      expect(response.status, await response.text()).toBe(201);
    });

    it.each([
      [
        "a program",
        "setup.exe",
        "application/x-msdownload",
        Buffer.from("MZ this is not a media file"),
        /^files: "setup\.exe": \.exe cannot be uploaded; accepted are .*\.glb/,
      ],
      [
        "a text file",
        "notes.txt",
        "text/plain",
        Buffer.from("just text"),
        /^files: "notes\.txt": \.txt cannot be uploaded/,
      ],
      [
        "an image over 20 MB",
        "huge.png",
        "image/png",
        new Uint8Array(21 * 1024 * 1024),
        /^files: "huge\.png" is 21 MB; \.png files may be at most 20 MB/,
      ],
    ])("refuses %s in the media library and says why", async (_what, name, type, bytes, message) => {
      const cms = requireCms(getCms);
      const before = await cms.strapi.db.query("plugin::upload.file").count();
      const response = await upload(name, type, bytes);
      const body = (await response.json()) as { error?: { message: string } };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error?.message).toMatch(message);
      expect(await cms.strapi.db.query("plugin::upload.file").count()).toBe(before);
    });

    it("leaves every stored entry unchanged after the rejected writes", async () => {
      requireCms(getCms);
      expect(await snapshot()).toBe(snapshotBefore);
    });

    it("accepts a valid change, so the rejections above are about the input", async () => {
      const cms = requireCms(getCms);
      const response = await cms.tokenFetch(`/api/${stream.pluralName}/${ids["event-stream"]}`, {
        method: "PUT",
        token: "full-access",
        body: JSON.stringify({ data: { end: "2030-01-01T00:00:00.000Z" } }),
      });
      expect(response.status, await response.text()).toBe(200);
    });
  });
}
