import { describe, expect, it } from "vitest";
import { createLathedBell } from "../../demo/demo-models/index.ts";
import { inspectDocument } from "./inspect-document.ts";
import { simplifyToBudget } from "./simplify-to-budget.ts";

describe("simplifyToBudget", () => {
  it("leaves a model within budget untouched", async () => {
    const document = createLathedBell();
    const before = inspectDocument(document).triangleCount;
    expect(await simplifyToBudget(document, { triangleBudget: before })).toEqual({
      before,
      after: before,
      simplified: false,
    });
  });

  it("brings a model down to about the budget while keeping its size", async () => {
    const document = createLathedBell();
    const { bounds } = inspectDocument(document);
    const result = await simplifyToBudget(document, { triangleBudget: 1500, error: 0.05 });
    expect(result.simplified).toBe(true);
    expect(result.after).toBeLessThanOrEqual(1500 * 1.1);
    expect(result.after).toBeGreaterThan(300);
    const after = inspectDocument(document).bounds;
    expect(after?.size[1]).toBeCloseTo(bounds?.size[1] ?? 0, 1);
  });

  it("stops at the error limit rather than damaging the shape", async () => {
    const document = createLathedBell();
    const result = await simplifyToBudget(document, { triangleBudget: 10, error: 0.0001 });
    expect(result.after).toBeGreaterThan(10);
  });
});
