import { describe, expect, it } from "vitest";
import { DEMO_EVENT_STREAMS } from "./event-streams.ts";
import { berlinClock, demoEventTimes } from "./event-times.ts";

const nightSeed = new Date("2026-12-05T00:19:00Z"); // 01:19 in Berlin
const summerSeed = new Date("2026-07-10T23:19:00Z"); // 01:19 in Berlin, summer time

describe("demo event times", () => {
  it("start the planned events at their local evening time, whatever time the seed runs", () => {
    for (const now of [nightSeed, summerSeed]) {
      const times = demoEventTimes({ days: 7, time: "19:30" }, 90, now);
      expect(berlinClock(times.start)).toBe("19:30");
      expect(berlinClock(times.end)).toBe("21:00");
    }
  });

  it("count days from the Berlin date of the seed, across a change to winter time", () => {
    const times = demoEventTimes({ days: 7, time: "19:30" }, 90, new Date("2026-10-22T12:00:00Z"));
    expect(times.start.toISOString()).toBe("2026-10-29T18:30:00.000Z");
  });

  it("start the live event on the last full hour, so it is on air at the seed", () => {
    const times = demoEventTimes("live-now", 120, nightSeed);
    expect(times.start.toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(times.start.getTime()).toBeLessThanOrEqual(nightSeed.getTime());
    expect(times.end.getTime()).toBeGreaterThan(nightSeed.getTime() + 60 * 60_000);
  });

  it("put every planned demo event between 10:00 and 20:00 local time, on a full or half hour", () => {
    for (const event of DEMO_EVENT_STREAMS) {
      if (event.when === "live-now") continue;
      const clock = berlinClock(demoEventTimes(event.when, event.durationMinutes, nightSeed).start);
      expect(clock >= "10:00" && clock <= "20:00", `${event.slug.de} at ${clock}`).toBe(true);
      expect(clock.endsWith(":00") || clock.endsWith(":30"), `${event.slug.de} at ${clock}`).toBe(true);
    }
  });
});
