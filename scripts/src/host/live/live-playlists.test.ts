import { describe, expect, it } from "vitest";
import {
  mediaPlaylist,
  parseMediaPlaylist,
  retime,
  type VideoSegment,
  webvttSegment,
} from "./live-playlists.ts";

const segments: VideoSegment[] = [0, 1, 2].map((sequence) => ({
  sequence,
  uri: `seg_0000${sequence}.ts`,
  duration: 1,
  programTime: 0,
}));

describe("live playlists", () => {
  it("times segments from the publish, one after another", () => {
    expect(retime(segments, 1_000_000).map((s) => s.programTime)).toEqual([1_000_000, 1_001_000, 1_002_000]);
  });

  it("writes a window playlist that parses back to the same segments and date-times", () => {
    const timed = retime(segments, Date.parse("2026-01-01T10:00:00Z")).slice(1);
    const text = mediaPlaylist(timed, { ended: false });
    expect(text).toContain("#EXT-X-MEDIA-SEQUENCE:1");
    expect(text).not.toContain("#EXT-X-ENDLIST");
    const parsed = parseMediaPlaylist(text);
    expect(parsed.segments).toEqual(timed);
    expect(parseMediaPlaylist(mediaPlaylist(timed, { ended: true })).ended).toBe(true);
  });

  it("puts a caption typed for an already published segment at the start of the next one, escaped", () => {
    const [first, second] = retime(segments, 10_000);
    const vtt = webvttSegment(second as VideoSegment, [{ at: 10_400, text: "A <b> & C" }], {
      startTime: (first as VideoSegment).programTime,
      firstPts: 126_000,
    });
    expect(vtt).toContain("X-TIMESTAMP-MAP=MPEGTS:216000,LOCAL:00:00:01.000");
    expect(vtt).toMatch(/00:00:01\.000 --> 00:00:03\.500\nA &lt;b&gt; &amp; C/);
  });
});
