/**
 * WebVTT caption files. A cue list is written once per language; the demo captions tell a short,
 * clearly fictional council meeting so that captions, transcript and chapters belong together.
 */

export interface Cue {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  text: string;
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(h)}:${two(m)}:${two(s)}.${String(rest).padStart(3, "0")}`;
}

/** A WebVTT document (cues sorted by start; text lines may not contain "-->" or blank lines). */
export function toWebVtt(cues: readonly Cue[]): string {
  const blocks = [...cues]
    .sort((a, b) => a.start - b.start)
    .map((cue, index) => {
      if (!(cue.end > cue.start))
        throw new Error(`captions: cue ${index + 1} ("${cue.text}") ends before it starts`);
      if (cue.text.includes("-->") || /\n\s*\n/.test(cue.text)) {
        throw new Error(`captions: cue ${index + 1} contains "-->" or a blank line, which WebVTT forbids`);
      }
      return `${index + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.text}`;
    });
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}
