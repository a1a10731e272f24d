import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImageChecker } from "./check-images.ts";

let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "showroom-check-images-"));
  const pixels = { create: { width: 4, height: 3, channels: 3 as const, background: "#b8873f" } };
  writeFileSync(join(dir, "photo.png"), await sharp(pixels).png().toBuffer());
  writeFileSync(join(dir, "photo.jpg"), await sharp(pixels).jpeg().toBuffer());
  writeFileSync(join(dir, "photo.webp"), await sharp(pixels).webp().toBuffer());
  writeFileSync(join(dir, "notes.png"), "These are my notes, not a picture.\n");
  writeFileSync(join(dir, "page.jpg"), "<!doctype html><script>alert(1)</script>");
  writeFileSync(join(dir, "drawing.png"), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ImageChecker", () => {
  it.each(["photo.png", "photo.jpg", "photo.webp"])("accepts %s, a real image", async (name) => {
    await expect(new ImageChecker().problemOf(join(dir, name))).resolves.toBeUndefined();
  });

  it.each([
    ["notes.png", /not a JPEG, PNG, WebP, AVIF, GIF or TIFF image/],
    ["page.jpg", /not a JPEG, PNG, WebP, AVIF, GIF or TIFF image/],
    ["drawing.png", /an SVG drawing/],
    ["missing.png", /cannot be read \(ENOENT/],
  ])("says why %s cannot go through the image pipeline", async (name, problem) => {
    await expect(new ImageChecker().problemOf(join(dir, name))).resolves.toMatch(problem);
  });
});
