import { describe, expect, it } from "vitest";
import { hotspotProblems } from "./hotspot-rules";

describe("the rules for panorama hotspots", () => {
  it("accepts hotspots whose targets are published and an information point with text", () => {
    expect(
      hotspotProblems([
        { kind: "stop", label: "Weiter", stop: { state: "published" } },
        { kind: "object", label: "Kelch", item: { state: "published" } },
        { kind: "info", label: "Hinweis", text: "Ein Text." },
      ]),
    ).toEqual([]);
  });

  it("names the hotspot and its draft target, in German and English, on the target's field", () => {
    const [problem] = hotspotProblems([
      { kind: "stop", label: "Weiter", stop: { state: "published" } },
      { kind: "stop", label: "Zum Tor", stop: { state: "draft", title: "Das Tor" } },
    ]);
    expect(problem?.path).toEqual(["hotspots", "1", "stop"]);
    expect(problem?.message).toContain(
      "Hotspot 2 „Zum Tor“: Die Ziel-Station „Das Tor“ ist in dieser Sprache nicht veröffentlicht",
    );
    expect(problem?.message).toContain("Hotspot 2 “Zum Tor”: the target stop “Das Tor” is not published");
  });

  it("asks for a missing target and a missing text", () => {
    const problems = hotspotProblems([
      { kind: "object", label: "Kelch", item: { state: "none" } },
      { kind: "info", label: "Hinweis", text: " " },
    ]);
    expect(problems.map((problem) => problem.path.join("."))).toEqual(["hotspots.0.item", "hotspots.1.text"]);
  });
});
