import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { probeMedia } from "../../shared/system-tools/probe-media.ts";
import { DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH, DEMO_PICTURE_KEYS, renderDemoPicture } from "./demo-images.ts";
import { audioGuideFile, captionFile, modelFile } from "./demo-media.ts";

describe("the demo media", () => {
  it("renders every demo picture as a PNG of the documented size, the same bytes each time", async () => {
    for (const key of DEMO_PICTURE_KEYS) {
      const png = await renderDemoPicture(key);
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height], key).toEqual([
        "png",
        DEMO_IMAGE_WIDTH,
        DEMO_IMAGE_HEIGHT,
      ]);
    }
    expect((await renderDemoPicture("rampart")).equals(await renderDemoPicture("rampart"))).toBe(true);
  });

  it("renders an audio guide as an MP3 of about four seconds", async () => {
    const file = audioGuideFile("W1", "de");
    expect(file.name).toBe("demo-audio-w1-de.mp3");
    const mp3 = await file.build();
    const dir = mkdtempSync(join(tmpdir(), "audio-test-"));
    try {
      writeFileSync(join(dir, "a.mp3"), mp3);
      const probe = await probeMedia(join(dir, "a.mp3"));
      expect(probe.format).toBe("mp3");
      expect(probe.durationSeconds).toBeGreaterThan(3.5);
      expect(probe.durationSeconds).toBeLessThan(4.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the council meeting's captions as WebVTT in German and English", async () => {
    const de = new TextDecoder().decode(await captionFile("sitzung-der-stadtvertretung", "de").build());
    const en = new TextDecoder().decode(await captionFile("sitzung-der-stadtvertretung", "en").build());
    expect(de.startsWith("WEBVTT\n")).toBe(true);
    expect(de).toMatch(/00:00:00\.500 --> /);
    expect(de).toContain("Stadtvertretung");
    expect(en).toContain("town council");
  });

  it("names the demo model a missing key would need, listing the ones that exist", async () => {
    await expect(modelFile("no-such-model").build()).rejects.toThrow(/"no-such-model".*rampart-ring/);
  });
});
