import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { probeMedia } from "../../shared/system-tools/probe-media.ts";
import { DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH, DEMO_PICTURE_KEYS, renderDemoPicture } from "./demo-images.ts";
import { audioGuideFile, captionFile, modelFile, speechGuideFile } from "./demo-media.ts";
import { findSpeechSynthesizer, renderSpeech, speechText } from "./speech.ts";

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

  it.skipIf(!findSpeechSynthesizer())(
    "speaks a transcript as mono AAC in M4A, longer for longer text, marked as a synthetic voice",
    async () => {
      const short = "Willkommen im Wallmuseum.";
      const long = `${short} Gleich nebenan liegt der Oldenburger Wall, die alte slawische Burg Starigard.`;
      const file = speechGuideFile("W1", "de", long);
      expect(file.name).toMatch(/^demo-speech-w1-de-[0-9a-f]{10}\.m4a$/);
      expect(file.mime).toBe("audio/mp4");
      expect(file.caption).toContain("Synthetische Stimme");
      expect(speechGuideFile("W1", "en", long).caption).toContain("Synthetic voice");
      const cacheDir = mkdtempSync(join(tmpdir(), "speech-cache-"));
      try {
        const [shortM4a, longM4a] = await Promise.all([
          renderSpeech(short, "de", { cacheDir }),
          renderSpeech(long, "de", { cacheDir }),
        ]);
        const probe = async (bytes: Buffer, name: string) => {
          writeFileSync(join(cacheDir, name), bytes);
          return probeMedia(join(cacheDir, name));
        };
        const shortProbe = await probe(shortM4a, "short.m4a");
        const longProbe = await probe(longM4a, "long.m4a");
        expect(shortM4a.subarray(4, 12).toString("latin1")).toBe("ftypM4A ");
        expect(shortProbe.streams).toEqual([{ codec_type: "audio", codec_name: "aac" }]);
        expect(shortProbe.durationSeconds).toBeGreaterThan(1);
        expect(longProbe.durationSeconds).toBeGreaterThan((shortProbe.durationSeconds ?? 0) * 2.5);
        // Cached: the second render is the same bytes, and the same text renders the same bytes.
        expect((await renderSpeech(long, "de", { cacheDir })).equals(longM4a)).toBe(true);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    },
  );

  it("reads Markdown marks and links as their words", () => {
    expect(speechText("Die **Burg** [Starigard](https://example.org/)\n\n- erstens\n- zweitens")).toBe(
      "Die Burg Starigard erstens zweitens",
    );
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
