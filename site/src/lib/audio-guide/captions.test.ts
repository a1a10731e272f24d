import { describe, expect, it } from "vitest";
import { toWebVtt, transcriptCaptions, transcriptSentences } from "./captions.ts";

describe("the caption track cut from a transcript", () => {
  it("makes one cue per sentence, keeping ordinals and short abbreviations inside their sentence", () => {
    expect(
      transcriptSentences(
        "Im späten 7. Jahrhundert entstand die **Burg**. Die St. Johannis-Kirche steht z. B. hier!\n\nWas nun? [Weiter](https://example.org/)",
      ),
    ).toEqual([
      "Im späten 7. Jahrhundert entstand die Burg.",
      "Die St. Johannis-Kirche steht z. B. hier!",
      "Was nun?",
      "Weiter",
    ]);
  });

  it("times the cues by sentence length so that they fill the whole duration without gaps", () => {
    const cues = transcriptCaptions("Kurz. Ein viel längerer zweiter Satz mit mehr Wörtern.", 10);
    expect(cues.map((cue) => cue.text)).toEqual([
      "Kurz.",
      "Ein viel längerer zweiter Satz mit mehr Wörtern.",
    ]);
    expect(cues[0]?.start).toBe(0);
    expect(cues[0]?.end).toBe(cues[1]?.start);
    expect(cues[1]?.end).toBeCloseTo(10);
    expect((cues[1]?.end ?? 0) - (cues[1]?.start ?? 0)).toBeGreaterThan(
      (cues[0]?.end ?? 0) - (cues[0]?.start ?? 0),
    );
  });

  it("writes WebVTT with escaped text", () => {
    expect(toWebVtt([{ start: 0, end: 61.5, text: "Fish & <chips>" }])).toBe(
      "WEBVTT\n\n1\n00:00:00.000 --> 00:01:01.500\nFish &amp; &lt;chips&gt;\n",
    );
  });
});
