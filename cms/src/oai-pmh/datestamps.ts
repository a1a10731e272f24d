/**
 * OAI-PMH datestamps (spec 3.3): UTC, either day granularity `YYYY-MM-DD` or seconds granularity
 * `YYYY-MM-DDThh:mm:ssZ`. This repository supports seconds, so harvesters may send either.
 */
export type Granularity = "day" | "seconds";

export interface DateArgument {
  /** The first instant the argument covers. */
  start: Date;
  /** The first instant after it (a day, or a second, later): `until` includes the whole day/second. */
  end: Date;
  granularity: Granularity;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Parses a `from`/`until` value; undefined when it is not a valid UTC date in either granularity. */
export function parseDateArgument(value: string): DateArgument | undefined {
  const day = DAY.exec(value);
  const seconds = day ? undefined : SECONDS.exec(value);
  const parts = (day ?? seconds)?.slice(1).map(Number);
  if (!parts) return undefined;
  const [year = 0, month = 0, date = 0, hour = 0, minute = 0, second = 0] = parts;
  const start = new Date(Date.UTC(year, month - 1, date, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over into March: such a date does not exist.
  if (
    start.getUTCFullYear() !== year ||
    start.getUTCMonth() !== month - 1 ||
    start.getUTCDate() !== date ||
    start.getUTCHours() !== hour ||
    start.getUTCMinutes() !== minute ||
    start.getUTCSeconds() !== second
  )
    return undefined;
  const granularity: Granularity = day ? "day" : "seconds";
  const end = new Date(start.getTime() + (day ? 86_400_000 : 1000));
  return { start, end, granularity };
}

/** A datestamp in seconds granularity, e.g. `2026-12-05T01:02:03Z`. */
export function formatDatestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
