/**
 * Puts demo files into Strapi's media library through the upload plugin (so sizes, image formats and
 * the provider behave as for an editor's upload). A file is found again by its name: a second seed
 * uploads nothing.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import type { DemoMediaFile } from "../media/demo-media.ts";

export interface MediaRow {
  id: number;
  name: string;
  url: string;
  mime: string;
  size: number;
}

export class MediaLibrary {
  readonly uploaded: string[] = [];
  private readonly byName = new Map<string, Promise<MediaRow>>();
  private readonly strapi: Strapi;

  constructor(strapi: Strapi) {
    this.strapi = strapi;
  }

  /** The library file of that name, uploaded first when missing. */
  ensure(file: DemoMediaFile): Promise<MediaRow> {
    let row = this.byName.get(file.name);
    if (!row) {
      row = this.findOrUpload(file);
      this.byName.set(file.name, row);
    }
    return row;
  }

  private async findOrUpload(file: DemoMediaFile): Promise<MediaRow> {
    const existing = (await this.strapi.db
      .query("plugin::upload.file")
      .findOne({ where: { name: file.name }, orderBy: { id: "asc" } })) as MediaRow | null;
    if (existing) return existing;
    const bytes = await file.build();
    const dir = await mkdtemp(join(tmpdir(), "showroom-seed-"));
    const path = join(dir, file.name);
    try {
      await writeFile(path, bytes);
      const [row] = (await this.strapi
        .plugin("upload")
        .service("upload")
        .upload({
          data: {
            fileInfo: {
              name: file.name,
              ...(file.alternativeText ? { alternativeText: file.alternativeText } : {}),
              ...(file.caption ? { caption: file.caption } : {}),
            },
          },
          files: { filepath: path, originalFilename: file.name, mimetype: file.mime, size: bytes.byteLength },
        })) as MediaRow[];
      if (!row) throw new Error(`Upload of ${file.name} returned nothing`);
      this.uploaded.push(file.name);
      return row;
    } catch (error) {
      throw new Error(
        `Seed: uploading ${file.name} (${file.mime}) to the media library failed: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
