import { describe, expect, it } from "vitest";
import { mapLabels } from "../../lib/map/map-labels.ts";
import { nearMeMessages } from "./near-me-messages.ts";

describe("near-me messages", () => {
  it("carry placeholders the island fills in, in both languages", () => {
    for (const locale of ["de", "en"] as const) {
      const messages = nearMeMessages(mapLabels(locale));
      expect(messages.sorted.replace("{count}", "7")).toBe(mapLabels(locale).nearMeSorted(7));
      expect(messages.distanceAway.replace("{distance}", "1,2 km")).toBe(
        mapLabels(locale).distanceAway("1,2 km"),
      );
    }
  });
});
