/**
 * Events for the home page and lists at build time. The state logic is the events module's
 * (`lib/events/event-state.ts`), the same function the event pages run again in the browser.
 */
import type { EventStream } from "@showroom/content-types";
import { eventGroup } from "../events/event-state.ts";

/**
 * Live events first, then the next upcoming ones (postponed ones too, with their notice), at most
 * `limit`. Cancelled events stay off the home page; the events list shows their cancellation.
 */
export function liveAndNext(
  events: readonly EventStream[],
  limit = 3,
  now: Date = new Date(),
): EventStream[] {
  const live = events.filter((event) => eventGroup(event, now) === "live");
  const upcoming = events
    .filter((event) => event.statusOverride !== "cancelled" && eventGroup(event, now) === "upcoming")
    .sort((a, b) => a.start.localeCompare(b.start));
  return [...live, ...upcoming].slice(0, limit);
}
