/** Reads the cues of a WebVTT file (for the HTML transcript); styling and positioning are dropped. */

export interface TranscriptCue {
  /** Seconds. */
  start: number;
  end: number;
  text: string;
}

function seconds(stamp: string): number {
  const parts = stamp.trim().split(":").map(Number);
  if (parts.some((part) => Number.isNaN(part))) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Cues in file order. Throws with the line number when a timing line cannot be read. */
export function parseWebVtt(text: string, where = "WebVTT"): TranscriptCue[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (!lines[0]?.startsWith("WEBVTT"))
    throw new Error(`${where}: not a WebVTT file (first line must be "WEBVTT")`);
  const cues: TranscriptCue[] = [];
  let index = 1;
  while (index < lines.length) {
    // Blocks are separated by blank lines; NOTE, STYLE and REGION blocks carry no words.
    while (index < lines.length && (lines[index] ?? "").trim() === "") index += 1;
    const blockStart = index;
    const block: string[] = [];
    while (index < lines.length && (lines[index] ?? "").trim() !== "") {
      block.push(lines[index] ?? "");
      index += 1;
    }
    if (block.length === 0 || /^(NOTE|STYLE|REGION)\b/.test(block[0] ?? "")) continue;
    const timingAt = block.findIndex((line) => line.includes("-->"));
    if (timingAt < 0) continue;
    const line = block[timingAt] ?? "";
    const [from, rest] = line.split("-->");
    const start = seconds(from ?? "");
    const end = seconds((rest ?? "").trim().split(/\s+/)[0] ?? "");
    if (Number.isNaN(start) || Number.isNaN(end)) {
      throw new Error(`${where}, line ${blockStart + timingAt + 1}: cannot read the cue timing "${line}"`);
    }
    // Tags like <v Speaker> or <i> are markup for the renderer, not words of the transcript.
    const words = block
      .slice(timingAt + 1)
      .join(" ")
      .replace(/<[^>]*>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (words) cues.push({ start, end, text: decodeEntities(words) });
  }
  return cues;
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&nbsp;", "\u00a0")
    .replaceAll("&lrm;", "\u200e")
    .replaceAll("&rlm;", "\u200f")
    .replaceAll("&amp;", "&");
}

/** "1:02:03" / "2:03" for a number of seconds (chapter and transcript time stamps). */
export function clockTime(totalSeconds: number): string {
  const total = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
