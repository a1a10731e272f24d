import { describe, expect, it } from "vitest";
import { clockTime, parseWebVtt } from "./webvtt.ts";

describe("parseWebVtt", () => {
  it("reads cue times and joins multi-line text without markup", () => {
    const vtt = [
      "WEBVTT",
      "",
      "NOTE a comment that is not a cue",
      "00:00:00.000 in a note",
      "",
      "1",
      "00:00:01.500 --> 00:00:04.000 align:start",
      "<v Vorsitzende>Ich eröffne</v>",
      "die Sitzung &amp; begrüße Sie.",
      "",
      "01:02.000 --> 01:05.250",
      "Zweiter Punkt",
      "",
    ].join("\n");
    const cues = parseWebVtt(vtt);
    expect(cues.at(-2)).toEqual({ start: 1.5, end: 4, text: "Ich eröffne die Sitzung & begrüße Sie." });
    expect(cues.at(-1)).toEqual({ start: 62, end: 65.25, text: "Zweiter Punkt" });
  });

  it("rejects a file that is not WebVTT and names it", () => {
    expect(() => parseWebVtt("1\n00:00:01,000 --> 00:00:02,000\nSRT", "captions.de.vtt")).toThrow(
      /captions\.de\.vtt: not a WebVTT file/,
    );
  });

  it("names the line of an unreadable cue timing", () => {
    expect(() => parseWebVtt("WEBVTT\n\naa:bb --> 00:01.000\ntext")).toThrow(/line 3/);
  });
});

describe("clockTime", () => {
  it("prints minutes and seconds, and hours only when needed", () => {
    expect([0, 9.9, 75, 3600, 3725].map(clockTime)).toEqual(["0:00", "0:09", "1:15", "1:00:00", "1:02:05"]);
  });
});
