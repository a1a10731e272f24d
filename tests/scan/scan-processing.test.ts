import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoModels } from "../../scripts/src/demo/demo-models/index.ts";
import { createIO } from "../../scripts/src/staff/scan/create-io.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { specGlossQuad } from "./support/spec-gloss.ts";

// The CMS runs scripts/src/staff/scan/cli.ts on every newly saved scan model and fills in the entry.
const SCAN = "api::scan.scan";
let cms: TestStrapi;
let work: string;

interface UploadedFile {
  id: number;
  name: string;
  url: string;
  size: number;
}

async function upload(path: string, name: string): Promise<UploadedFile> {
  const { size } = await stat(path);
  const [file] = await cms.strapi
    .plugin("upload")
    .service("upload")
    .upload({
      data: { fileInfo: { name } },
      files: { filepath: path, originalFilename: name, mimetype: "model/gltf-binary", size },
    });
  return file as UploadedFile;
}

function scanData(title: string, model: number) {
  return {
    title,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    model,
    description: `${title}: ein prozedurales Demo-Modell.`,
    licence: "cc0",
    paradata: { method: "procedural" },
  } as const;
}

const populate = { model: true, webModel: true, thumbModel: true, poster: { populate: { file: true } } };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "scan-processing-"));
  const models = await generateDemoModels();
  for (const model of models) await writeFile(join(work, model.fileName), model.glb);
  const bell = models.find((m) => m.key === "lathed-bell");
  // Cut inside the binary chunk: the JSON chunk is whole, so the upload check lets it through and
  // the scan tools find the damage.
  const bellGlb = bell?.glb ?? new Uint8Array();
  await writeFile(join(work, "broken.glb"), bellGlb.subarray(0, Math.floor(bellGlb.byteLength * 0.6)));
  await writeFile(join(work, "spec-gloss.glb"), await (await createIO()).writeBinary(await specGlossQuad()));
  // A 30 KB budget: the bell's web version (about 40 KB) is over it, the house's (about 22 KB) is not.
  cms = await startStrapi({ listen: false, env: { SCAN_SIZE_BUDGET_MB: String(30 / 1024) } });
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  await rm(work, { recursive: true, force: true });
});

describe("scan processing in the CMS", () => {
  it("fills in web version, quick view, poster, triangle count and file size when a scan is created", async () => {
    const model = await upload(join(work, "slavic-house.glb"), "slavic-house.glb");
    const created = await cms.strapi
      .documents(SCAN)
      .create({ data: scanData("Bohlenhaus", model.id), locale: "de" });
    const scan = await cms.strapi
      .documents(SCAN)
      .findOne({ documentId: created.documentId, locale: "de", populate });
    expect(scan?.processingStatus).toBe("ready");
    expect(scan?.triangleCount).toBe(1356);
    expect(scan?.fileSize).toBeGreaterThan(100_000);
    expect(scan?.sizeWarning).toBe(false);
    expect(scan?.model?.id, "the original stays the scan's model").toBe(model.id);
    expect(scan?.webModel?.name).toBe("slavic-house.web.glb");
    expect(scan?.thumbModel?.name).toBe("slavic-house.thumb.glb");
    expect(scan?.webModel?.size * 1000).toBeLessThan(scan?.fileSize ?? 0);
    expect(scan?.poster?.alt).toMatch(/Bohlenhaus/);
    expect(scan?.poster?.file?.mime).toBe("image/webp");
    expect(scan?.processingMessage).toMatch(/Web version .* triangles/);
  }, 180_000);

  it("warns when the web version is over the size budget", async () => {
    const model = await upload(join(work, "lathed-bell.glb"), "lathed-bell.glb");
    const created = await cms.strapi
      .documents(SCAN)
      .create({ data: scanData("Glocke", model.id), locale: "de" });
    expect(created.processingStatus).toBe("ready");
    expect(created.sizeWarning).toBe(true);
    expect(created.processingMessage).toMatch(/over the budget/);
  }, 180_000);

  it("keeps the entry and the uploaded file and explains a broken model on the entry", async () => {
    const model = await upload(join(work, "broken.glb"), "broken.glb");
    const created = await cms.strapi
      .documents(SCAN)
      .create({ data: scanData("Kaputt", model.id), locale: "de" });
    const scan = await cms.strapi
      .documents(SCAN)
      .findOne({ documentId: created.documentId, locale: "de", populate });
    expect(scan?.processingStatus).toBe("failed");
    // For the editor of a German entry: what it means for the site first, then the reason in plain words.
    expect(scan?.processingMessage).toMatch(
      /^Verarbeitung fehlgeschlagen: Dieser Scan hat keine Webfassung\..*Vorschaubild/,
    );
    expect(scan?.processingMessage).toMatch(/broken\.glb ist beschädigt oder kein gültiges glTF-Modell/);
    expect(scan?.processingMessage).toMatch(/Laden Sie sie erneut hoch/);
    expect(scan?.processingMessage).not.toMatch(/0x[0-9a-f]{8}|GLB length/);
    expect(scan?.webModel).toBeNull();
    expect(scan?.model?.id).toBe(model.id);
    const file = await cms.strapi.db.query("plugin::upload.file").findOne({ where: { id: model.id } });
    expect(file).not.toBeNull();
  }, 180_000);

  it("tells the editor in the entry's language what was changed on the way (a converted legacy material)", async () => {
    const model = await upload(join(work, "spec-gloss.glb"), "spec-gloss.glb");
    const created = await cms.strapi
      .documents(SCAN)
      .create({ data: scanData("Alte Farbe", model.id), locale: "de" });
    expect(created.processingStatus).toBe("ready");
    expect(created.processingMessage).toMatch(
      /Hinweis: 1 Material\(ien\) \(“old-paint”\) nutzten das alte Specular\/Glossiness-Modell/,
    );
  }, 180_000);

  it("does not process again when a scan is saved without a new model", async () => {
    const model = await upload(join(work, "baptismal-bowl.glb"), "baptismal-bowl.glb");
    const created = await cms.strapi
      .documents(SCAN)
      .create({ data: scanData("Taufschale", model.id), locale: "de" });
    const before = await cms.strapi
      .documents(SCAN)
      .findOne({ documentId: created.documentId, locale: "de", populate });
    const started = Date.now();
    await cms.strapi.documents(SCAN).update({
      documentId: created.documentId,
      locale: "de",
      // The test CMS has no generated content-type typings; the document service checks the data.
      data: { title: "Taufschale aus Messing", model: model.id },
    });
    const after = await cms.strapi
      .documents(SCAN)
      .findOne({ documentId: created.documentId, locale: "de", populate });
    expect(after?.title).toBe("Taufschale aus Messing");
    expect(after?.webModel?.id).toBe(before?.webModel?.id);
    expect(Date.now() - started).toBeLessThan(2000);
  }, 180_000);
});
