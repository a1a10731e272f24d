/**
 * The caption track of every stop with an audio guide and a transcript, as a WebVTT file beside
 * the stop page (`/touren/<tour>/<stop>/untertitel.vtt`, `/en/tours/<tour>/<stop>/captions.vtt`).
 */
import { getLocaleContent } from "../content/site-content.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { stopsOf } from "../page-data/tours.ts";
import { audioFileDuration } from "./audio-file.ts";
import { toWebVtt, transcriptCaptions } from "./captions.ts";

interface CaptionsProps {
  transcript: string;
  durationSeconds: number;
}

/** Stops whose captions can be timed: an audio file of known length and a transcript. */
export async function captionsStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.tours.flatMap((tour) =>
    stopsOf(content, tour).flatMap((stop) => {
      const durationSeconds = stop.audio ? audioFileDuration(stop.audio.url) : undefined;
      if (!stop.transcript || durationSeconds === undefined) return [];
      return [
        {
          params: { tour: tour.slug, stop: stop.slug },
          props: { transcript: stop.transcript, durationSeconds } satisfies CaptionsProps,
        },
      ];
    }),
  );
}

/** Whether the stop gets a caption track (the page links it only then). */
export function hasCaptions(stop: { audio?: { url: string } | null; transcript?: string | null }): boolean {
  return Boolean(stop.transcript && stop.audio && audioFileDuration(stop.audio.url) !== undefined);
}

export function captionsResponse(props: unknown): Response {
  const { transcript, durationSeconds } = props as CaptionsProps;
  return new Response(toWebVtt(transcriptCaptions(transcript, durationSeconds)), {
    headers: { "content-type": "text/vtt; charset=utf-8" },
  });
}
