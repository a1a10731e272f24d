/**
 * The lifecycle state of an event stream at a given moment. A pure function of (event, now): the
 * build renders the state it sees, and the browser runs the same function again so a static page
 * stays correct without a rebuild (an "upcoming" page turns "live" at the start time).
 */

/** The fields of an EventStream the state depends on (also what the page hands to the browser). */
export interface EventTiming {
  /** ISO 8601 with offset. */
  start: string;
  /** ISO 8601 with offset; after `start`. */
  end: string;
  statusOverride?: "cancelled" | "postponed" | null;
  /** ISO 8601; only meaningful with statusOverride "postponed". */
  postponedTo?: string | null;
  hlsUrl?: string | null;
  recordingUrl?: string | null;
}

export type EventState =
  /** Before the start: countdown and calendar download. */
  | { kind: "upcoming"; startsInMs: number }
  /** Between start and end: the live player (when there is a stream). */
  | { kind: "live"; hasStream: boolean }
  /** After the end, no recording yet: "recording follows" when the event was streamed. */
  | { kind: "ended"; recordingExpected: boolean }
  /** After the end with a recording: the player on the recording. */
  | { kind: "recorded" }
  /** Editor override: cancelled. */
  | { kind: "cancelled" }
  /** Editor override: postponed, with the new start when it is known. */
  | { kind: "postponed"; newStart: string | null };

export type EventStateKind = EventState["kind"];

export const EVENT_STATE_KINDS: readonly EventStateKind[] = [
  "upcoming",
  "live",
  "ended",
  "recorded",
  "cancelled",
  "postponed",
];

function instant(value: string, field: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`event-state: "${field}" is not a date (got "${value}")`);
  return ms;
}

/** The state of `event` at `now` (a Date or epoch milliseconds). The CMS status override wins. */
export function eventState(event: EventTiming, now: Date | number): EventState {
  if (event.statusOverride === "cancelled") return { kind: "cancelled" };
  if (event.statusOverride === "postponed") return { kind: "postponed", newStart: event.postponedTo ?? null };
  const at = typeof now === "number" ? now : now.getTime();
  const start = instant(event.start, "start");
  const end = instant(event.end, "end");
  if (at < start) return { kind: "upcoming", startsInMs: start - at };
  if (at < end) return { kind: "live", hasStream: Boolean(event.hlsUrl) };
  if (event.recordingUrl) return { kind: "recorded" };
  return { kind: "ended", recordingExpected: Boolean(event.hlsUrl) };
}

/**
 * When the state can next change on its own (start or end), so the page can schedule one timer
 * instead of polling. `undefined` when only an editor can change it.
 */
export function nextStateChange(event: EventTiming, now: Date | number): number | undefined {
  if (event.statusOverride) return undefined;
  const at = typeof now === "number" ? now : now.getTime();
  for (const boundary of [instant(event.start, "start"), instant(event.end, "end")]) {
    if (boundary > at) return boundary;
  }
  return undefined;
}

/** Splits a duration into whole days, hours, minutes and seconds (for the countdown). */
export function countdownParts(ms: number): {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
} {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

export type EventGroup = "live" | "upcoming" | "past";

/**
 * Where an event belongs in the list: live now, upcoming (postponed ones too, and cancelled ones
 * until their planned end, so visitors see the cancellation), or past.
 */
export function eventGroup(event: EventTiming, now: Date | number): EventGroup {
  const at = typeof now === "number" ? now : now.getTime();
  const state = eventState(event, at);
  if (state.kind === "live") return "live";
  if (state.kind === "upcoming" || state.kind === "postponed") return "upcoming";
  if (state.kind === "cancelled") return instant(event.end, "end") > at ? "upcoming" : "past";
  return "past";
}

/** Streams of the live ingest (scripts/src/host/live/) sit below this folder, with its status file. */
export const LIVE_FOLDER = "/media/live/";

/**
 * How long before its planned start and after its planned end an event's own ingest counts as on
 * air: staff start early or run over; a stream left open by a crashed ingest stops counting.
 */
const INGEST_GRACE_MS = 2 * 60 * 60 * 1000;

/**
 * Whether a page built at `now` says "Jetzt live" for the event. A stream of the site's own live
 * ingest is on air from the moment the ingest reports its start (it sets `hlsUrl`, and the site is
 * rebuilt) until it reports the end (it attaches `recordingUrl`), also before the planned start or
 * after the planned end. Any other stream (or none) follows the schedule.
 */
export function isOnAir(event: EventTiming, now: Date | number): boolean {
  if (event.statusOverride) return false;
  if (!event.hlsUrl?.startsWith(LIVE_FOLDER)) return eventGroup(event, now) === "live";
  if (event.recordingUrl) return false;
  const at = typeof now === "number" ? now : now.getTime();
  return (
    at >= instant(event.start, "start") - INGEST_GRACE_MS && at < instant(event.end, "end") + INGEST_GRACE_MS
  );
}
