import { describe, expect, it } from "vitest";
import { epochOf } from "./objects.ts";

describe("epochOf", () => {
  it("files an object under the epoch of the middle of its dating range", () => {
    expect(epochOf(680, 720)).toBe("earlyMiddleAges");
    expect(epochOf(1150, 1170)).toBe("highMiddleAges");
    expect(epochOf(1725, 1740)).toBe("earlyModern");
    expect(epochOf(-500, -400)).toBe("prehistory");
    expect(epochOf(1952, 1952)).toBe("contemporary");
    expect(epochOf(1400, 1700)).toBe("earlyModern");
  });
});
