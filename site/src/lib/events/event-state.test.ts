import { describe, expect, it } from "vitest";
import {
  countdownParts,
  type EventTiming,
  eventGroup,
  eventState,
  isOnAir,
  nextStateChange,
} from "./event-state.ts";

const meeting: EventTiming = {
  start: "2026-03-10T19:00:00+01:00",
  end: "2026-03-10T21:00:00+01:00",
  hlsUrl: "/media/streams/live/master.m3u8",
};
const at = (iso: string) => new Date(iso);

describe("eventState", () => {
  it.each([
    ["2026-03-09T12:00:00+01:00", "upcoming"],
    ["2026-03-10T18:59:59+01:00", "upcoming"],
    ["2026-03-10T19:00:00+01:00", "live"],
    ["2026-03-10T20:59:59+01:00", "live"],
    ["2026-03-10T21:00:00+01:00", "ended"],
    ["2026-04-01T00:00:00+02:00", "ended"],
  ])("at %s a streamed event without recording is %s", (now, kind) => {
    expect(eventState(meeting, at(now)).kind).toBe(kind);
  });

  it("counts down the milliseconds until the start", () => {
    const state = eventState(meeting, at("2026-03-10T17:00:00Z"));
    expect(state).toEqual({ kind: "upcoming", startsInMs: 3_600_000 });
  });

  it("compares instants, not wall-clock text, across time zones", () => {
    expect(eventState(meeting, at("2026-03-10T18:30:00Z")).kind).toBe("live");
    expect(eventState(meeting, at("2026-03-10T17:59:00Z")).kind).toBe("upcoming");
  });

  it("shows the recording once the event has ended and a recording exists", () => {
    const recorded = { ...meeting, recordingUrl: "/media/streams/vod/master.m3u8" };
    expect(eventState(recorded, at("2026-03-10T21:00:00+01:00"))).toEqual({ kind: "recorded" });
    // During the event the live stream is shown even if a recording URL is already set.
    expect(eventState(recorded, at("2026-03-10T20:00:00+01:00")).kind).toBe("live");
  });

  it("promises a recording only for events that were streamed", () => {
    const after = at("2026-03-11T00:00:00+01:00");
    expect(eventState(meeting, after)).toEqual({ kind: "ended", recordingExpected: true });
    expect(eventState({ ...meeting, hlsUrl: null }, after)).toEqual({
      kind: "ended",
      recordingExpected: false,
    });
  });

  it("says whether a live event has a stream", () => {
    const during = at("2026-03-10T20:00:00+01:00");
    expect(eventState(meeting, during)).toEqual({ kind: "live", hasStream: true });
    expect(eventState({ ...meeting, hlsUrl: undefined }, during)).toEqual({ kind: "live", hasStream: false });
  });

  it("lets the cancelled override win at every time", () => {
    const cancelled = { ...meeting, statusOverride: "cancelled" as const };
    for (const now of ["2026-03-01T00:00:00Z", "2026-03-10T19:30:00+01:00", "2026-05-01T00:00:00Z"]) {
      expect(eventState(cancelled, at(now))).toEqual({ kind: "cancelled" });
    }
  });

  it("reports a postponed event with its new date, or without one when it is not set yet", () => {
    const postponed = { ...meeting, statusOverride: "postponed" as const };
    expect(eventState(postponed, at("2026-03-10T20:00:00+01:00"))).toEqual({
      kind: "postponed",
      newStart: null,
    });
    const withDate = { ...postponed, postponedTo: "2026-03-24T19:00:00+01:00" };
    expect(eventState(withDate, at("2026-03-10T20:00:00+01:00"))).toEqual({
      kind: "postponed",
      newStart: "2026-03-24T19:00:00+01:00",
    });
  });

  it("accepts epoch milliseconds as the clock", () => {
    expect(eventState(meeting, Date.parse("2026-03-10T19:30:00+01:00")).kind).toBe("live");
  });

  it("names the field when a date cannot be read", () => {
    expect(() => eventState({ ...meeting, end: "tomorrow" }, Date.now())).toThrow(/"end" is not a date/);
  });
});

describe("nextStateChange", () => {
  it("is the start before the event, the end during it, and nothing after it", () => {
    expect(nextStateChange(meeting, at("2026-03-10T12:00:00+01:00"))).toBe(Date.parse(meeting.start));
    expect(nextStateChange(meeting, at("2026-03-10T20:00:00+01:00"))).toBe(Date.parse(meeting.end));
    expect(nextStateChange(meeting, at("2026-03-10T22:00:00+01:00"))).toBeUndefined();
  });

  it("is nothing for an event an editor has cancelled", () => {
    const cancelled = { ...meeting, statusOverride: "cancelled" as const };
    expect(nextStateChange(cancelled, at("2026-03-10T12:00:00+01:00"))).toBeUndefined();
  });
});

describe("countdownParts", () => {
  it("splits a duration into days, hours, minutes and seconds", () => {
    expect(countdownParts(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
    expect(countdownParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe("eventGroup", () => {
  const cancelled = { ...meeting, statusOverride: "cancelled" as const };
  it.each([
    ["2026-03-01T00:00:00Z", meeting, "upcoming"],
    ["2026-03-10T19:30:00+01:00", meeting, "live"],
    ["2026-03-11T00:00:00+01:00", meeting, "past"],
    ["2026-03-01T00:00:00Z", cancelled, "upcoming"],
    ["2026-03-11T00:00:00+01:00", cancelled, "past"],
    ["2026-03-11T00:00:00+01:00", { ...meeting, statusOverride: "postponed" as const }, "upcoming"],
  ])("at %s puts the event in the right list group", (now, event, group) => {
    expect(eventGroup(event, at(now))).toBe(group);
  });
});

describe("isOnAir", () => {
  const ingest: EventTiming = { ...meeting, hlsUrl: "/media/live/ratssitzung/index.m3u8" };

  it("follows the schedule for a stream that is not the site's own ingest", () => {
    expect(isOnAir(meeting, at("2026-03-10T18:55:00+01:00"))).toBe(false);
    expect(isOnAir(meeting, at("2026-03-10T19:30:00+01:00"))).toBe(true);
    expect(isOnAir({ ...meeting, hlsUrl: null }, at("2026-03-10T19:30:00+01:00"))).toBe(true);
    expect(isOnAir(meeting, at("2026-03-10T21:00:00+01:00"))).toBe(false);
  });

  it("is on air from the ingest's start to its end, also before the planned start and after the planned end", () => {
    expect(isOnAir(ingest, at("2026-03-10T18:50:00+01:00"))).toBe(true);
    expect(isOnAir(ingest, at("2026-03-10T21:20:00+01:00"))).toBe(true);
    // The ingest reported the end (the recording is attached): no longer live, even on schedule.
    expect(
      isOnAir(
        { ...ingest, recordingUrl: "/media/live/ratssitzung/recording.m3u8" },
        at("2026-03-10T20:00:00+01:00"),
      ),
    ).toBe(false);
  });

  it("stops counting a stream the ingest never closed two hours after the planned end", () => {
    expect(isOnAir(ingest, at("2026-03-10T23:01:00+01:00"))).toBe(false);
    expect(isOnAir(ingest, at("2026-03-10T16:59:00+01:00"))).toBe(false);
  });

  it("is never on air when cancelled or postponed", () => {
    for (const statusOverride of ["cancelled", "postponed"] as const)
      expect(isOnAir({ ...ingest, statusOverride }, at("2026-03-10T19:30:00+01:00"))).toBe(false);
  });
});
