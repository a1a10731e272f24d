/**
 * The "LIVE" badge of a live player: shown while the live picture plays, and before that when the
 * live ingest's status file (`data-live-status`, the `status.json` the ingest in
 * scripts/src/host/live/ writes next to the streams it serves) lists this stream, so visitors see it is on air before pressing play.
 * The file is same-origin and only read on pages that have a live player.
 */
export function wireLiveBadge(
  badge: HTMLElement,
  video: HTMLVideoElement,
  src: string,
  statusUrl: string | undefined,
): void {
  let onAir = false;
  const render = () => {
    badge.hidden = !(onAir || (!video.paused && !video.ended && video.readyState >= 2));
  };
  for (const name of ["playing", "pause", "ended", "emptied"]) video.addEventListener(name, render);
  if (!statusUrl) return;
  void fetch(statusUrl, { cache: "no-store" })
    .then(async (response) => {
      if (!response.ok) return;
      const status = (await response.json()) as { live?: { hlsUrl?: string }[] };
      const path = new URL(src, document.baseURI).pathname;
      onAir = (status.live ?? []).some((entry) => entry.hlsUrl === path);
      render();
    })
    .catch(() => undefined);
}
