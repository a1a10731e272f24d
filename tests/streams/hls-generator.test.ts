/**
 * The ffmpeg test-stream generator and the live simulator: playlists, segments and captions are
 * what players and the demo content expect.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Cue, toWebVtt } from "../../scripts/src/demo/hls/captions.ts";
import { type DemoStreamManifest, demoLiveHook } from "../../scripts/src/demo/hls/demo-streams.ts";
import { livePlaylist } from "../../scripts/src/demo/hls/live-simulator.ts";
import { streamsDir, testStreams } from "../../scripts/src/dev/fixtures/streams.ts";
import { serveStatic } from "../../scripts/src/dev/static-server.ts";
import { probeMedia } from "../../scripts/src/shared/system-tools/probe-media.ts";
import { parseWebVtt } from "../../site/src/lib/events/webvtt.ts";

let manifests: Record<string, DemoStreamManifest>;
beforeAll(async () => {
  manifests = await testStreams();
}, 300_000);

const read = (...parts: string[]) => readFileSync(join(streamsDir, ...parts), "utf8");

// ffmpeg's own description (the ffmpeg from npm comes without ffprobe).
const probe = async (file: string) => (await probeMedia(file)).streams;

describe("demo stream generator", () => {
  it("writes a recording with a master playlist of two renditions and 2-second segments", () => {
    const vod = manifests["sitzung-der-stadtvertretung"] as DemoStreamManifest;
    expect(vod.kind).toBe("vod");
    const master = read(vod.name, "master.m3u8");
    expect(master).toMatch(/RESOLUTION=640x360[^\n]*\n360p\/index\.m3u8/);
    expect(master).toMatch(/RESOLUTION=426x240[^\n]*\n240p\/index\.m3u8/);
    for (const rendition of ["360p", "240p"]) {
      const playlist = read(vod.name, rendition, "index.m3u8");
      expect(playlist).toContain("#EXT-X-PLAYLIST-TYPE:VOD");
      expect(playlist).toContain("#EXT-X-ENDLIST");
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
      expect(durations.reduce((a, b) => a + b, 0)).toBeCloseTo(vod.durationSeconds, 0);
      expect(Math.max(...durations)).toBeLessThanOrEqual(2.01);
    }
  });

  it("encodes H.264 video at the rendition's size and AAC audio", async () => {
    const streams = await probe(join(streamsDir, "sitzung-der-stadtvertretung", "240p", "seg_000.ts"));
    expect(streams.find((s) => s.codec_type === "video")).toMatchObject({
      codec_name: "h264",
      width: 426,
      height: 240,
    });
    expect(streams.find((s) => s.codec_type === "audio")).toMatchObject({ codec_name: "aac" });
  });

  it("writes German and English WebVTT captions whose cues match the agenda chapters", () => {
    const vod = manifests["sitzung-der-stadtvertretung"] as DemoStreamManifest;
    expect(vod.captions.map((c) => c.file)).toEqual(["captions.de.vtt", "captions.en.vtt"]);
    const de = parseWebVtt(read(vod.name, "captions.de.vtt"));
    const en = parseWebVtt(read(vod.name, "captions.en.vtt"));
    expect(de).toHaveLength(en.length);
    for (const chapter of vod.chapters.slice(1)) {
      const cue = de.find((c) => c.start === chapter.offsetSeconds);
      expect(cue?.text).toContain(`Tagesordnungspunkt ${chapter.agendaItem?.de.replace("TOP ", "")}`);
    }
    expect(Math.max(...de.map((c) => c.end))).toBeLessThanOrEqual(vod.durationSeconds);
  });

  it("writes live streams whose master names the simulated playlist, with the full list kept aside", () => {
    const live = manifests["konzert-in-st-johannis"] as DemoStreamManifest;
    expect(live.kind).toBe("live");
    expect(read(live.name, "master.m3u8")).toContain("360p/index.m3u8");
    const fallback = read(live.name, "360p", "index.m3u8");
    expect(fallback).not.toContain("#EXT-X-ENDLIST");
    expect(fallback).not.toContain("PLAYLIST-TYPE");
    expect(read(live.name, "360p", "all.m3u8")).toContain("#EXT-X-ENDLIST");
  });

  it("does not regenerate streams that are already there", async () => {
    const before = read("sitzung-der-stadtvertretung", "stream.json");
    const started = performance.now();
    await testStreams();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read("sitzung-der-stadtvertretung", "stream.json")).toBe(before);
  });
});

describe("toWebVtt", () => {
  it("refuses a cue that ends before it starts, naming it", () => {
    const cues: Cue[] = [{ start: 3, end: 2, text: "Rückwärts" }];
    expect(() => toWebVtt(cues)).toThrow(/cue 1 \("Rückwärts"\) ends before it starts/);
  });
});

describe("livePlaylist", () => {
  const source = {
    target: 2,
    segments: Array.from({ length: 10 }, (_, i) => ({ duration: 2, uri: `seg_${i}.ts` })),
  };
  const uris = (text: string) => text.split("\n").filter((line) => line.endsWith(".ts"));

  it("answers nothing before the broadcast starts", () => {
    expect(livePlaylist(source, -1, 4, false)).toBeUndefined();
  });

  it("slides a window forward by one segment per segment duration", () => {
    const first = livePlaylist(source, 0, 4, false) ?? "";
    expect(uris(first)).toEqual(["seg_0.ts", "seg_1.ts", "seg_2.ts", "seg_3.ts"]);
    expect(first).toContain("#EXT-X-MEDIA-SEQUENCE:0");
    const later = livePlaylist(source, 4100, 4, false) ?? "";
    expect(uris(later)).toEqual(["seg_2.ts", "seg_3.ts", "seg_4.ts", "seg_5.ts"]);
    expect(later).toContain("#EXT-X-MEDIA-SEQUENCE:2");
    expect(later).not.toContain("#EXT-X-ENDLIST");
  });

  it("ends with EXT-X-ENDLIST once every segment is out, unless it loops", () => {
    expect(livePlaylist(source, 60_000, 4, false)).toContain("#EXT-X-ENDLIST");
    const looped = livePlaylist(source, 16_000, 4, true) ?? "";
    expect(uris(looped)).toEqual(["seg_8.ts", "seg_9.ts", "seg_0.ts", "seg_1.ts"]);
    expect(looped).toMatch(/seg_9\.ts\n#EXT-X-DISCONTINUITY\n#EXTINF/);
    expect(looped).not.toContain("#EXT-X-ENDLIST");
  });
});

describe("demoLiveHook", () => {
  it("serves the live demo streams as sliding windows and leaves recordings to the static files", async () => {
    const server = await serveStatic(streamsDir, { intercept: demoLiveHook(streamsDir, "/") });
    try {
      const live = await (await fetch(`${server.url}/konzert-in-st-johannis/360p/index.m3u8`)).text();
      expect(live.split("\n").filter((line) => line.endsWith(".ts"))).toHaveLength(6);
      expect(live).not.toContain("#EXT-X-ENDLIST");
      const vod = await (await fetch(`${server.url}/sitzung-der-stadtvertretung/360p/index.m3u8`)).text();
      expect(vod).toContain("#EXT-X-ENDLIST");
      expect((await fetch(`${server.url}/konzert-in-st-johannis/360p/seg_000.ts`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
