import { describe, expect, it } from "vitest";
import { BUDGET_KB, measureViewerSize } from "./size.ts";

describe("viewer bundle size", () => {
  it("keeps all viewer JS within the budget and the poster script tiny, with decoders split off", async () => {
    const report = await measureViewerSize();
    expect(report.totalKb).toBeLessThanOrEqual(BUDGET_KB);
    expect(report.posterFirstKb).toBeLessThan(5);
    expect(report.lazyChunks.map((chunk) => chunk.name).join(" ")).toMatch(
      /DRACOLoader.*KTX2Loader.*meshopt|DRACOLoader/,
    );
    expect(report.lazyChunks.some((chunk) => chunk.name.includes("meshopt"))).toBe(true);
    expect(report.lazyChunks.some((chunk) => chunk.name.includes("KTX2Loader"))).toBe(true);
  }, 120_000);
});
