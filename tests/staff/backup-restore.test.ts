import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupCms } from "../../scripts/src/staff/backup/backup-cms.ts";
import { type ContentCensus, takeCensus } from "../../scripts/src/staff/backup/content-census.ts";
import { restoreCms } from "../../scripts/src/staff/backup/restore-cms.ts";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const ITEM = "api::heritage-item.heritage-item";
const PLACE = "api::place.place";

/** Content in both locales, published, draft-only and published-with-unpublished-edits, with media. */
async function seed(cms: TestStrapi): Promise<{ itemDocumentId: string; placeDocumentId: string }> {
  const { strapi } = cms;
  const dir = mkdtempSync(join(tmpdir(), "showroom-media-"));
  const uploaded: { id: number }[] = [];
  for (const [name, color] of [
    ["wall.png", { r: 120, g: 90, b: 40 }],
    ["engel.png", { r: 200, g: 180, b: 60 }],
  ] as const) {
    const path = join(dir, name);
    writeFileSync(
      path,
      await sharp({ create: { width: 400, height: 300, channels: 3, background: color } })
        .png()
        .toBuffer(),
    );
    const [file] = (await strapi
      .plugin("upload")
      .service("upload")
      .upload({
        data: { fileInfo: { name, alternativeText: `Testbild ${name}` } },
        files: { filepath: path, originalFilename: name, mimetype: "image/png", size: statSync(path).size },
      })) as { id: number }[];
    if (!file) throw new Error("upload returned nothing");
    uploaded.push(file);
  }
  rmSync(dir, { recursive: true, force: true });

  const places = strapi.documents(PLACE);
  const place = await places.create({
    locale: "de",
    data: {
      name: "Oldenburger Wall",
      slug: "oldenburger-wall",
      kind: "archaeological_site",
      municipality: "oldenburg_in_holstein",
      summary: "Slawischer Ringwall, Hauptburg der Wagrier.",
      geo: { latitude: 54.2942, longitude: 10.885 },
      images: [{ file: uploaded[0]?.id, alt: "Der Wall von Süden" }],
    },
    status: "published",
  });
  await places.update({
    documentId: place.documentId,
    locale: "en",
    data: {
      name: "Oldenburg rampart",
      slug: "oldenburg-rampart",
      summary: "Slavic ring fort, main seat of the Wagrians.",
      images: [{ file: uploaded[0]?.id, alt: "The rampart from the south" }],
    },
    status: "published",
  });
  const items = strapi.documents(ITEM);
  const base = {
    datingFrom: 1725,
    datingTo: 1740,
    licence: "cc_by_4" as const,
    attribution: "Museum Oldenburg",
  };
  const angel = await items.create({
    locale: "de",
    data: {
      ...base,
      title: "Taufengel",
      slug: "taufengel",
      summary: "Hängender Taufengel.",
      inventoryNumber: "OH-1",
      datingText: "um 1732",
      place: place.documentId,
      images: [{ file: uploaded[1]?.id, alt: "Der Taufengel", caption: "Foto" }],
    },
    status: "published",
  });
  await items.update({
    documentId: angel.documentId,
    locale: "en",
    data: {
      title: "Baptismal angel",
      slug: "baptismal-angel",
      summary: "Hanging angel.",
      datingText: "about 1732",
    },
    status: "published",
  });
  // A published entry with later edits still in its draft.
  await items.update({
    documentId: angel.documentId,
    locale: "de",
    data: { summary: "Überarbeitet, noch nicht veröffentlicht." },
  });
  // A draft that was never published.
  await items.create({
    locale: "de",
    data: {
      ...base,
      title: "Glocke",
      slug: "glocke",
      summary: "Entwurf.",
      inventoryNumber: "OH-2",
      datingText: "14. Jh.",
    },
  });
  return { itemDocumentId: angel.documentId, placeDocumentId: place.documentId };
}

describe("backup and restore", () => {
  let dir: string;
  let archive: string;
  let before: ContentCensus;
  let after: ContentCensus;
  let ids: { itemDocumentId: string; placeDocumentId: string };
  let restoredAngel: Record<string, unknown> | null;
  let restoredDraft: Record<string, unknown> | null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "showroom-backup-"));
    archive = join(dir, "nested", "showroom-backup.tar.gz");
    const source = await startStrapi({ listen: false });
    try {
      ids = await seed(source);
      before = await takeCensus(source.strapi);
      await backupCms(source.strapi, archive);
    } finally {
      await source.stop();
    }
    // A fresh, empty instance: new database, new uploads folder.
    const target = await startStrapi({ listen: false });
    try {
      await restoreCms(target.strapi, archive);
      after = await takeCensus(target.strapi);
      restoredAngel = (await target.strapi.documents(ITEM).findOne({
        documentId: ids.itemDocumentId,
        locale: "de",
        status: "published",
        populate: { place: true, images: { populate: ["file"] } },
      })) as Record<string, unknown> | null;
      restoredDraft = (await target.strapi.documents(ITEM).findOne({
        documentId: ids.itemDocumentId,
        locale: "de",
        status: "draft",
      })) as Record<string, unknown> | null;
      // A second restore into a CMS that now has content is refused.
      await expect(restoreCms(target.strapi, archive)).rejects.toThrow(/already holds content/);
    } finally {
      await target.stop();
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes one archive file", () => {
    expect(existsSync(archive)).toBe(true);
    expect(statSync(archive).size).toBeGreaterThan(1000);
  });

  it("restores the same number of entries per type, locale and status", () => {
    expect(before.entries).toMatchObject({
      [`${ITEM} de published`]: 1,
      [`${ITEM} de draft`]: 2,
      [`${ITEM} en published`]: 1,
      [`${PLACE} de published`]: 1,
      [`${PLACE} en published`]: 1,
    });
    expect(after.entries).toEqual(before.entries);
  });

  it("restores every media file byte for byte", () => {
    // Two uploads, each with its generated formats (thumbnail, small).
    expect(Object.keys(before.media).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(before.media)).not.toContain("missing");
    expect(after.media).toEqual(before.media);
  });

  it("keeps document ids, relations, media links and unpublished edits", () => {
    expect(restoredAngel).toMatchObject({
      title: "Taufengel",
      summary: "Hängender Taufengel.",
      inventoryNumber: "OH-1",
    });
    expect((restoredAngel?.place as { documentId?: string } | undefined)?.documentId).toBe(
      ids.placeDocumentId,
    );
    const images = restoredAngel?.images as { alt: string; file?: { name: string } }[];
    expect(images.map((image) => [image.alt, image.file?.name])).toEqual([["Der Taufengel", "engel.png"]]);
    expect(restoredDraft?.summary).toBe("Überarbeitet, noch nicht veröffentlicht.");
  });
});

describe("npm run backup while the CMS is in use", () => {
  let dir: string;
  let archive: string;
  let saves = 0;
  let savesDuringBackup = 0;
  const writeErrors: string[] = [];
  let backupOutput = "";
  let backupExit: number | null = null;
  let placesBefore = 0;
  let placesAfter = 0;
  let restored: ContentCensus;
  let restoredPlaces = 0;
  let placesWithoutImage: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "showroom-live-backup-"));
    archive = join(dir, "live.tar.gz");
    const live = await startStrapi({ listen: false });
    try {
      await seed(live);
      const places = live.strapi.documents(PLACE);
      const count = () =>
        live.strapi.db.query(PLACE).count({ where: { locale: "de", publishedAt: { $notNull: true } } });
      placesBefore = await count();
      const image = (await live.strapi.db
        .query("plugin::upload.file")
        .findOne({ where: { name: "wall.png" } })) as {
        id: number;
      };
      // An editor saving and publishing places all the time, in this process, on the live database.
      let backupRunning = true;
      const editor = (async () => {
        while (backupRunning) {
          try {
            await places.create({
              locale: "de",
              status: "published",
              data: {
                name: `Ort ${saves}`,
                slug: `ort-${saves}`,
                kind: "archaeological_site",
                municipality: "oldenburg_in_holstein",
                summary: "Während der Sicherung gespeichert.",
                geo: { latitude: 54.29, longitude: 10.88 },
                images: [{ file: image.id, alt: "Der Wall" }],
              },
            });
            saves++;
            if (backupExit === null) savesDuringBackup++;
          } catch (error) {
            writeErrors.push((error as Error).message);
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      // The real command, in its own process, on the live database and upload folder.
      const child = spawn(
        process.execPath,
        [join(repoRoot, "scripts", "src", "staff", "backup", "backup-cli.ts"), archive],
        {
          cwd: repoRoot,
          env: {
            ...process.env,
            DATABASE_CLIENT: "sqlite",
            DATABASE_FILENAME: join(live.tempDir, "data.db"),
            CMS_PUBLIC_DIR: join(live.tempDir, "public"),
            SHOWROOM_CMS_IGNORE_DOTENV: "1",
            ENV_PATH: join(dir, "no-such.env"),
            APP_KEYS: "a2V5LTE=,a2V5LTI=",
            API_TOKEN_SALT: "salt",
            ADMIN_JWT_SECRET: "admin-jwt",
            TRANSFER_TOKEN_SALT: "transfer",
            JWT_SECRET: "jwt",
            ENCRYPTION_KEY: "encryption-key-0123456789abcdef",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      child.stdout.on("data", (chunk: Buffer) => (backupOutput += chunk));
      child.stderr.on("data", (chunk: Buffer) => (backupOutput += chunk));
      backupExit = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      backupRunning = false;
      await editor;
      placesAfter = await count();
    } finally {
      await live.stop();
    }
    const target = await startStrapi({ listen: false });
    try {
      await restoreCms(target.strapi, archive);
      restored = await takeCensus(target.strapi);
      restoredPlaces = await target.strapi.db
        .query(PLACE)
        .count({ where: { locale: "de", publishedAt: { $notNull: true } } });
      const restoredList = (await target.strapi.documents(PLACE).findMany({
        locale: "de",
        status: "published",
        populate: { images: { populate: ["file"] } },
        limit: 10_000,
      })) as unknown as { slug: string; images: { file?: { id: number } }[] }[];
      placesWithoutImage = restoredList
        .filter((place) => place.slug.startsWith("ort-") && !place.images?.[0]?.file)
        .map((place) => place.slug);
    } finally {
      await target.stop();
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("succeeds while an editor keeps publishing, and the editor's saves all succeed", () => {
    expect(backupExit, backupOutput).toBe(0);
    expect(backupOutput).toContain(`Backup written: ${archive}`);
    expect(savesDuringBackup).toBeGreaterThan(5);
    expect(writeErrors.slice(0, 3)).toEqual([]);
  });

  it("holds the content of one moment during the backup, which restores with every media file", () => {
    expect(restoredPlaces).toBeGreaterThanOrEqual(placesBefore);
    expect(restoredPlaces).toBeLessThanOrEqual(placesAfter);
    // Whole documents only: every place has its German draft and published version, with its image.
    expect(restored.entries[`${PLACE} de draft`]).toBe(restored.entries[`${PLACE} de published`]);
    expect(placesWithoutImage).toEqual([]);
    expect(Object.keys(restored.media).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(restored.media)).not.toContain("missing");
  });
});
