/**
 * The events list in the browser: moves each card to "live now", "upcoming" or "past" by the clock
 * and updates its state label, so a list built yesterday is right today. No player is loaded here.
 */
import {
  type EventGroup,
  type EventTiming,
  eventGroup,
  eventState,
  nextStateChange,
} from "../../lib/events/event-state.ts";

export function mountEventList(root: HTMLElement): void {
  const cards = Array.from(root.querySelectorAll<HTMLElement>("[data-event-card]")).map((element) => ({
    element,
    timing: JSON.parse(element.dataset.event ?? "{}") as EventTiming,
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;

  function render() {
    const now = Date.now();
    const byGroup: Record<EventGroup, typeof cards> = { live: [], upcoming: [], past: [] };
    for (const card of cards) {
      const state = eventState(card.timing, now);
      card.element.dataset.state = state.kind;
      for (const badge of card.element.querySelectorAll<HTMLElement>("[data-badge]")) {
        badge.hidden = badge.dataset.badge !== state.kind;
      }
      byGroup[eventGroup(card.timing, now)].push(card);
    }
    byGroup.upcoming.sort((a, b) => Date.parse(a.timing.start) - Date.parse(b.timing.start));
    byGroup.past.sort((a, b) => Date.parse(b.timing.start) - Date.parse(a.timing.start));
    for (const group of ["live", "upcoming", "past"] as const) {
      const section = root.querySelector<HTMLElement>(`[data-group="${group}"]`);
      const list = section?.querySelector("ul");
      if (!section || !list) continue;
      list.replaceChildren(...byGroup[group].map((card) => card.element));
      const empty = section.querySelector<HTMLElement>("[data-empty]");
      if (empty) empty.hidden = byGroup[group].length > 0;
      if (group === "live") section.hidden = byGroup.live.length === 0;
    }
    clearTimeout(timer);
    const next = Math.min(
      ...cards.map((card) => nextStateChange(card.timing, now) ?? Number.POSITIVE_INFINITY),
    );
    if (Number.isFinite(next)) timer = setTimeout(render, Math.min(2 ** 31 - 1, next - now + 50));
  }

  render();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") render();
  });
}
