import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pipelineImagesOf, rewriteMedia } from "./media.ts";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "showroom-media-"));
  mkdirSync(join(dir, "media"));
  writeFileSync(join(dir, "media", "bowl_abc.png"), "png");
  writeFileSync(join(dir, "media", "bowl_abc.glb"), "glb");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const media = (url: string, mime: string) => ({ id: 1, name: "x", mime, size: 1, url });

describe("rewriteMedia", () => {
  it("serves snapshot files from /media/ and hands images to the image pipeline", () => {
    const entry = {
      images: [{ alt: "Schale", file: media("media/bowl_abc.png", "image/png") }],
      model: media("media/bowl_abc.glb", "model/gltf-binary"),
    };
    expect(rewriteMedia(entry, dir, "scan x (de)")).toEqual(["media/bowl_abc.png", "media/bowl_abc.glb"]);
    expect(entry.images[0]?.file.url).toBe("/media/bowl_abc.png");
    const image = entry.images[0]?.file as Record<string, unknown> | undefined;
    expect(image?.src).toBe(`__ASTRO_IMAGE_${join(dir, "media", "bowl_abc.png")}`);
    expect(entry.model.url).toBe("/media/bowl_abc.glb");
    expect("src" in entry.model).toBe(false);
  });

  it("names the entry and field when a media file is missing from the snapshot", () => {
    const entry = { audio: media("media/missing.ogg", "audio/ogg") };
    expect(() => rewriteMedia(entry, dir, 'tour-stop "gate" (en)')).toThrow(
      /tour-stop "gate" \(en\), field "audio": media file media\/missing\.ogg is missing/,
    );
  });

  it("lists the images an entry hands to the image pipeline, with their field and upload name", () => {
    const entry = {
      images: [{ alt: "Schale", file: { ...media("media/bowl_abc.png", "image/png"), name: "schale.png" } }],
      model: media("media/bowl_abc.glb", "model/gltf-binary"),
    };
    rewriteMedia(entry, dir, "scan x (de)");
    expect(pipelineImagesOf(entry)).toEqual([
      { field: "images.0.file", file: join(dir, "media", "bowl_abc.png"), name: "schale.png" },
    ]);
  });
});
