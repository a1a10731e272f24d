import { demoEventTimes, type EventTimes } from "../../demo-content/event-times.ts";
import { DEMO_EVENT_STREAMS } from "../../demo-content/index.ts";
import { captionFile, demoStream } from "../../media/demo-media.ts";
import { image, ref, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/**
 * Event streams with their recordings' captions and chapters. Dates are set relative to "now" when
 * the document is created and never rewritten (unless `refreshDates`).
 */
export async function seedEventStreams(context: SeedContext): Promise<void> {
  for (const event of DEMO_EVENT_STREAMS) {
    await upsertEntry(context, {
      type: typeNamed("event-stream"),
      key: event.slug.de,
      draft: Boolean(event.draft),
      match: { slug: event.slug.de },
      data: async (locale, stored) => {
        const recording = event.recording ? demoStream(event.recording) : undefined;
        const captions = [];
        for (const language of ["de", "en"] as const) {
          if (!recording?.captions?.[language]) continue;
          const file = await context.media.ensure(captionFile(recording.name, language));
          captions.push({ language, label: language === "de" ? "Deutsch" : "English", file: file.id });
        }
        return {
          title: event.title[locale],
          slug: event.slug[locale],
          kind: event.kind,
          summary: event.summary[locale],
          description: event.description?.[locale] ?? null,
          ...(stored && !context.refreshDates
            ? {}
            : {
                ...isoTimes(demoEventTimes(event.when, event.durationMinutes, context.now)),
              }),
          place: ref(context, "place", event.place) ?? null,
          venue: event.venue?.[locale] ?? null,
          hlsUrl: event.live ? `/media/streams/${event.live}/master.m3u8` : null,
          recordingUrl: recording ? `/media/streams/${recording.name}/master.m3u8` : null,
          statusOverride: event.statusOverride ?? null,
          statusNote: event.statusNote?.[locale] ?? null,
          captions,
          chapters: (recording?.chapters ?? []).map((chapter) => ({
            offsetSeconds: chapter.offsetSeconds,
            title: chapter.title[locale],
            agendaItem: chapter.agendaItem?.[locale] ?? null,
          })),
          // The transcript of a recording: the introduction, then the words of its captions.
          transcript:
            [event.transcript?.[locale], ...(recording?.captions?.[locale] ?? []).map((cue) => cue.text)]
              .filter(Boolean)
              .join("\n\n") || null,
          poster: (await image(context, event.poster, locale)) ?? null,
        };
      },
    });
  }
}

function isoTimes(times: EventTimes): { start: string; end: string } {
  return { start: times.start.toISOString(), end: times.end.toISOString() };
}
