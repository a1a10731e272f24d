import { describe, expect, it } from "vitest";
import { councilCaptionProblems } from "./council-captions";

const recording = {
  kind: "council_meeting",
  recordingUrl: "/media/streams/sitzung/master.m3u8",
  captions: [],
  transcript: null,
};

describe("councilCaptionProblems", () => {
  it("flags a council meeting recording with neither captions nor transcript, on the captions field", () => {
    const [problem, ...rest] = councilCaptionProblems({ ...recording, locale: "de" });
    expect(rest).toEqual([]);
    expect(problem?.path).toEqual(["captions"]);
    expect(problem?.message).toMatch(/Untertitel oder ein Transkript \(de\)/);
  });

  it.each([
    ["captions are attached", { captions: [{ id: 1 }] }],
    ["a transcript is written", { transcript: "Die Vorsitzende eröffnet die Sitzung." }],
    ["it is a concert", { kind: "concert" }],
    ["there is no recording yet", { recordingUrl: null }],
  ])("accepts it when %s", (_reason, change) => {
    expect(councilCaptionProblems({ ...recording, ...change })).toEqual([]);
  });

  it("does not count a blank transcript", () => {
    expect(councilCaptionProblems({ ...recording, transcript: "  \n " })).toHaveLength(1);
  });
});
