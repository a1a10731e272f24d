/**
 * The caption track of an audio guide, cut from the same transcript field the page shows: one cue
 * per sentence, timed in proportion to the sentence's length over the file's duration (speech runs
 * at a steady pace, so this lands within a second or two of the voice).
 *
 * ```ts
 * transcriptCaptions("Hier beginnt der Rundgang. Der Wall ist 18 m hoch.", 6);
 * // [{ start: 0, end: 3.2, text: "Hier beginnt der Rundgang." }, { start: 3.2, end: 6, … }]
 * ```
 */
import { markdownToText } from "@showroom/content-types/search-document";

export interface CaptionCue {
  start: number;
  end: number;
  text: string;
}

/**
 * The transcript's plain text in sentences. A full stop after a number ("im 7. Jahrhundert") or a
 * one- or two-letter abbreviation ("z. B.", "St. Johannis") does not end a sentence.
 */
export function transcriptSentences(markdown: string): string[] {
  const text = markdownToText(markdown);
  const sentences: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    current = current ? `${current} ${word}` : word;
    const ends =
      /[!?…]["“”»«']?$/.test(word) || (/\.["“”»«']?$/.test(word) && !/^(\d+|\p{L}{1,2})\.$/u.test(word));
    if (ends) {
      sentences.push(current);
      current = "";
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

/** A pause the voice makes between sentences, in characters' worth of time. */
const PAUSE_CHARACTERS = 6;

export function transcriptCaptions(markdown: string, durationSeconds: number): CaptionCue[] {
  const sentences = transcriptSentences(markdown);
  const weights = sentences.map((sentence) => sentence.length + PAUSE_CHARACTERS);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let elapsed = 0;
  return sentences.map((text, index) => {
    const start = (elapsed / total) * durationSeconds;
    elapsed += weights[index] ?? 0;
    return { start, end: (elapsed / total) * durationSeconds, text };
  });
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, "0")}`;
}

/** A WebVTT file of the cues (text escaped as the format requires). */
export function toWebVtt(cues: readonly CaptionCue[]): string {
  const escapeCueText = (text: string) =>
    text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return `WEBVTT\n\n${cues
    .map(
      (cue, index) =>
        `${index + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${escapeCueText(cue.text)}\n`,
    )
    .join("\n")}`;
}
