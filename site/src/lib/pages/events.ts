/**
 * The state of an event at build time (live, upcoming, past, cancelled, postponed), for the home
 * page and lists. The event pages themselves (and their live updates) live in the events package area.
 */
import type { EventStream } from "@showroom/content-types";

export type EventState = "live" | "upcoming" | "past" | "cancelled" | "postponed";

export function eventState(event: EventStream, now: Date = new Date()): EventState {
  if (event.statusOverride === "cancelled") return "cancelled";
  if (event.statusOverride === "postponed") return "postponed";
  const start = Date.parse(event.start);
  const end = Date.parse(event.end);
  if (now.getTime() < start) return "upcoming";
  if (now.getTime() <= end) return "live";
  return "past";
}

/** Live events first, then the next upcoming ones, at most `limit`. */
export function liveAndNext(
  events: readonly EventStream[],
  limit = 3,
  now: Date = new Date(),
): EventStream[] {
  const live = events.filter((event) => eventState(event, now) === "live");
  const upcoming = events
    .filter((event) => eventState(event, now) === "upcoming")
    .sort((a, b) => a.start.localeCompare(b.start));
  return [...live, ...upcoming].slice(0, limit);
}
