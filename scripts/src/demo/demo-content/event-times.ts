/**
 * When a demo event takes place, computed from "now" at seeding time but on a plausible local
 * clock: an evening concert starts at 19:30 Berlin time, not at the minute the seed happened to run
 * (which once put an event at 01:19 at night).
 */

/** The venue's time zone: every demo event takes place in Oldenburg in Holstein. */
export const DEMO_EVENT_TIME_ZONE = "Europe/Berlin";

/**
 * `days` from today (local date in Berlin) at a wall-clock `time` ("HH:MM"), or `"live-now"`: started
 * at the last full hour before now, so the demo always has one event on air while it is seeded.
 */
export type DemoEventWhen = { days: number; time: `${number}:${number}` } | "live-now";

export interface EventTimes {
  start: Date;
  end: Date;
}

const MINUTE = 60_000;

/** Start and end of an event of `durationMinutes` planned for `when`, seen from `now`. */
export function demoEventTimes(when: DemoEventWhen, durationMinutes: number, now: Date): EventTimes {
  const start = when === "live-now" ? lastFullHour(now) : wallClockInBerlin(now, when.days, when.time);
  return { start, end: new Date(start.getTime() + durationMinutes * MINUTE) };
}

function lastFullHour(now: Date): Date {
  // Berlin's offset is whole hours, so the last full UTC hour is the last full local hour too.
  return new Date(Math.floor(now.getTime() / (60 * MINUTE)) * 60 * MINUTE);
}

/** The instant that reads `time` on Berlin clocks `days` after the Berlin date of `now`. */
function wallClockInBerlin(now: Date, days: number, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const today = localParts(now);
  const wall = Date.UTC(today.year, today.month - 1, today.day + days, hours, minutes);
  // Subtract the zone's offset at that moment; checked twice so a DST change in between is right.
  let instant = wall - offsetMinutes(new Date(wall)) * MINUTE;
  instant = wall - offsetMinutes(new Date(instant)) * MINUTE;
  return new Date(instant);
}

function localParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: DEMO_EVENT_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  };
}

/** Minutes Berlin is ahead of UTC at `date` (60 in winter, 120 in summer). */
function offsetMinutes(date: Date): number {
  const local = localParts(date);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/** "19:30" on Berlin clocks, for tests and messages. */
export function berlinClock(date: Date): string {
  const { hour, minute } = localParts(date);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
