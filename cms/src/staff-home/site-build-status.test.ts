import { describe, expect, it } from "vitest";
import { type BuildStatusAnswer, buildStateOf, statusUrlOf } from "./site-build-status";

const build = (startedAt: string, ok: boolean, reasons: string[] = []) => ({
  reasons,
  startedAt,
  finishedAt: startedAt,
  ok,
  ...(ok ? {} : { error: "Feld „Datierung bis“ liegt vor „Datierung von“." }),
});
const known = (
  status: Partial<Extract<BuildStatusAnswer, { known: true }>["status"]>,
): BuildStatusAnswer => ({
  known: true,
  status: { state: "idle", pendingReasons: [], ...status },
});

describe("the build state of a publish", () => {
  it("is live once a successful build started after the publish", () => {
    const answer = known({ lastSuccess: build("2026-05-01T10:00:05Z", true) });
    expect(buildStateOf(answer, "doc1", "2026-05-01T10:00:00Z")).toBe("live");
  });

  it("is failed when the build after the publish failed, even if an older build succeeded", () => {
    const answer = known({
      lastSuccess: build("2026-05-01T09:00:00Z", true),
      lastError: build("2026-05-01T10:00:05Z", false, ["publish heritage-item doc1"]),
    });
    expect(buildStateOf(answer, "doc1", "2026-05-01T10:00:00Z")).toBe("failed");
  });

  it("is waiting while the change is queued, building while a build runs, unknown without a status", () => {
    expect(
      buildStateOf(known({ pendingReasons: ["publish place doc2"] }), "doc2", "2026-05-01T10:00:00Z"),
    ).toBe("waiting");
    expect(buildStateOf(known({ state: "building" }), "doc2", "2026-05-01T10:00:00Z")).toBe("building");
    expect(buildStateOf({ known: false, reason: "not set" }, "doc2", "2026-05-01T10:00:00Z")).toBe("unknown");
  });

  it("reads the status next to the build hook", () => {
    expect(statusUrlOf("http://127.0.0.1:4321/_hooks/build")).toBe("http://127.0.0.1:4321/_status.json");
  });
});
