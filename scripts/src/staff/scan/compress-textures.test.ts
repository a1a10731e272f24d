import { Document } from "@gltf-transform/core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { compressTextures } from "./compress-textures.ts";

async function texturedDocument(size: number): Promise<Document> {
  const png = await sharp({ create: { width: size, height: size / 2, channels: 3, background: "#8a5a2b" } })
    .png()
    .toBuffer();
  const document = new Document();
  const texture = document.createTexture("wood").setImage(new Uint8Array(png)).setMimeType("image/png");
  document.createMaterial("m").setBaseColorTexture(texture);
  return document;
}

describe("compressTextures", () => {
  it("converts textures to WebP and scales them to the size limit, keeping the aspect ratio", async () => {
    const document = await texturedDocument(1024);
    await compressTextures(document, { maxSize: 256 });
    const texture = document.getRoot().listTextures()[0];
    expect(texture?.getMimeType()).toBe("image/webp");
    const { width, height, format } = await sharp(texture?.getImage() ?? new Uint8Array()).metadata();
    expect([format, width, height]).toEqual(["webp", 256, 128]);
    expect(
      document
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName),
    ).toContain("EXT_texture_webp");
  });

  it("only resizes when asked to keep the format", async () => {
    const document = await texturedDocument(512);
    await compressTextures(document, { format: "keep", maxSize: 128 });
    const texture = document.getRoot().listTextures()[0];
    expect(texture?.getMimeType()).toBe("image/png");
    expect(texture?.getSize()).toEqual([128, 64]);
  });
});
