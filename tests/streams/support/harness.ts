/**
 * A harness page for the player, used until (and besides) the built site: the same markup as
 * `StreamPlayer.astro` and `EventPage.astro` (reduced to what the player reads), bundled with
 * esbuild from the real island source.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { EventTiming } from "../../../site/src/lib/events/event-state.ts";
import { eventMessages } from "../../../site/src/lib/events/messages.ts";
import { repoRoot } from "../../support/paths.ts";

const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface HarnessPlayer {
  src: string;
  live: boolean;
  /** The live ingest's status.json (data-live-status), for the LIVE badge before play. */
  liveStatus?: string;
  captions?: { language: string; label: string; url: string }[];
}

export function playerMarkup(player: HarnessPlayer): string {
  const m = eventMessages("de").player;
  const tracks = (player.captions ?? [])
    .map((t) => `<track kind="captions" srclang="${t.language}" label="${esc(t.label)}" src="${esc(t.url)}">`)
    .join("");
  const captionsSelect = player.captions?.length
    ? `<label><span>${m.captions}</span><select data-captions><option value="">${m.captionsOff}</option>${player.captions
        .map((t) => `<option value="${t.language}">${esc(t.label)}</option>`)
        .join("")}</select></label>`
    : "";
  return `<div class="stream-player" data-stream-player data-src="${esc(player.src)}" data-live="${player.live}"${player.liveStatus ? ` data-live-status="${esc(player.liveStatus)}"` : ""} data-messages="${esc(JSON.stringify(m))}" role="region" aria-label="Videoplayer">
  <div><video playsinline preload="none" aria-label="Test">${tracks}</video>${player.live ? "<span data-live-badge hidden>LIVE</span>" : ""}
  <button type="button" data-play hidden>${m.play}</button></div>
  <div data-player-bar hidden>
    <label data-quality-field hidden><span>${m.quality}</span><select data-quality></select></label>
    ${captionsSelect}
    <button type="button" data-retry hidden>${m.retry}</button>
  </div>
  <p data-status role="status" aria-live="polite"></p>
</div>`;
}

export interface HarnessEvent {
  timing: EventTiming;
  live?: HarnessPlayer;
  recorded?: HarnessPlayer;
  chapters?: { offsetSeconds: number; title: string }[];
}

/** An event page body: one panel per state, like EventPage.astro. */
export function eventMarkup(event: HarnessEvent): string {
  const chapters = (event.chapters ?? [])
    .map((c) => `<li><a href="#t=${c.offsetSeconds}" data-seek="${c.offsetSeconds}">${esc(c.title)}</a></li>`)
    .join("");
  const badges = ["upcoming", "live", "ended", "recorded", "cancelled", "postponed"]
    .map((kind) => `<span data-badge="${kind}" hidden>${kind}</span>`)
    .join("");
  return `<article data-event-page data-event="${esc(JSON.stringify(event.timing))}">
  <p>${badges}</p>
  <section data-state-panel="upcoming" hidden><p>Beginnt in <strong data-countdown></strong></p></section>
  <section data-state-panel="live" hidden>${event.live ? playerMarkup(event.live) : "<p>kein Stream</p>"}</section>
  <section data-state-panel="ended" hidden><p>Die Aufzeichnung folgt.</p></section>
  <section data-state-panel="recorded" hidden>${event.recorded ? playerMarkup(event.recorded) : ""}<nav><ol>${chapters}</ol></nav></section>
  <section data-state-panel="cancelled" hidden><p>Abgesagt</p></section>
  <section data-state-panel="postponed" hidden><p>Verschoben</p></section>
</article>`;
}

/** Bundles the island into `dir/js/` (once per dir) and writes `dir/<name>.html` with `body`. */
export async function writeHarness(dir: string, pages: Record<string, string>): Promise<void> {
  mkdirSync(join(dir, "js"), { recursive: true });
  await build({
    entryPoints: [join(repoRoot, "site", "src", "islands", "stream-player", "index.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    outdir: join(dir, "js"),
    logLevel: "error",
  });
  for (const [name, body] of Object.entries(pages)) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>${body}<script type="module" src="/js/index.js"></script></body></html>`,
    );
  }
}

/** Links the generated streams into the served folder as /media/streams/. */
export function placeStreams(dir: string, streamsDir: string): void {
  mkdirSync(join(dir, "media"), { recursive: true });
  const target = join(dir, "media", "streams");
  if (!existsSync(target)) symlinkSync(streamsDir, target, "dir");
}
