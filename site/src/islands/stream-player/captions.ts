/**
 * The captions selector over the video's `<track>` elements (sidecar WebVTT; the browser renders
 * them itself, so the light hls.js build needs no subtitle support). "Off" hides every track.
 */
export function wireCaptions(video: HTMLVideoElement, select: HTMLSelectElement | null): void {
  if (!select) return;
  select.addEventListener("change", () => {
    for (const track of Array.from(video.textTracks)) {
      if (track.kind !== "captions" && track.kind !== "subtitles") continue;
      track.mode = track.language === select.value ? "showing" : "disabled";
    }
  });
  // Native controls can switch tracks too; keep the selector truthful.
  video.textTracks.addEventListener("change", () => {
    const showing = Array.from(video.textTracks).find((track) => track.mode === "showing");
    select.value = showing?.language ?? "";
  });
}
