/** The quality selector: "automatic" plus the stream's levels, highest first (hls.js path only). */
import type Hls from "hls.js/light";
import type { Level } from "hls.js/light";
import type { PlayerMessages } from "./messages.ts";

function levelLabel(level: Level): string {
  return level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbit/s`;
}

function field(select: HTMLSelectElement): HTMLElement | null {
  return select.closest<HTMLElement>("[data-quality-field]");
}

/** Lists the levels of a parsed manifest; the selector shows only when there is a choice. */
export function fillQualities(
  select: HTMLSelectElement | null,
  levels: Level[],
  messages: PlayerMessages,
): void {
  if (!select) return;
  select.replaceChildren(new Option(messages.qualityAuto, "-1"));
  levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => (b.level.height || b.level.bitrate) - (a.level.height || a.level.bitrate))
    .forEach(({ level, index }) => {
      select.append(new Option(levelLabel(level), String(index)));
    });
  select.value = "-1";
  const wrapper = field(select);
  if (wrapper) wrapper.hidden = levels.length < 2;
}

/** Hides the selector where the browser chooses the quality itself (native HLS). */
export function hideQualities(select: HTMLSelectElement | null): void {
  const wrapper = select && field(select);
  if (wrapper) wrapper.hidden = true;
}

export function wireQuality(select: HTMLSelectElement | null, currentHls: () => Hls | undefined): void {
  select?.addEventListener("change", () => {
    // currentLevel switches at once (it drops the buffered other quality), which is what a person
    // choosing a quality expects; -1 returns to automatic selection.
    const hls = currentHls();
    if (hls) hls.currentLevel = Number(select.value);
  });
}
