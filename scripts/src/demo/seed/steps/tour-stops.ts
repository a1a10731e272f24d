import { DEMO_TOUR_STOPS } from "../../demo-content/index.ts";
import { audioGuideFile, type DemoMediaFile, speechGuideFile } from "../../media/demo-media.ts";
import { noSpeechLine } from "../../media/speech.ts";
import { images, ref, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/**
 * Without a speech synthesizer the guides fall back to a chime, and their transcripts say so before
 * the text a guide would speak.
 */
const CHIME_NOTE = {
  de: "(Demo: Die Audiodatei enthält nur einen Signalton. So lautet der Text des Audioguides:)",
  en: "(Demo: the audio file contains only a chime. This is the text of the audio guide:)",
};

/** Tour stops, matched by their code, with audio guides and relations to tour, place, items, scans. */
export async function seedTourStops(context: SeedContext): Promise<void> {
  const espeakPath = context.speechSynthesizer;
  const speaks = espeakPath !== undefined;
  if (!speaks && DEMO_TOUR_STOPS.some((stop) => stop.audio)) context.log(`seed: ${noSpeechLine()}`);
  const guide = (code: string, locale: "de" | "en", transcript: string): DemoMediaFile =>
    speaks ? speechGuideFile(code, locale, transcript, { espeakPath }) : audioGuideFile(code, locale);
  for (const stop of DEMO_TOUR_STOPS) {
    await upsertEntry(context, {
      type: typeNamed("tour-stop"),
      key: stop.code,
      draft: Boolean(stop.draft),
      match: { code: stop.code },
      data: async (locale) => ({
        title: stop.title[locale],
        slug: stop.slug[locale],
        code: stop.code,
        tour: ref(context, "tour", stop.tour) ?? null,
        position: stop.position,
        text: stop.text[locale],
        audio:
          stop.audio && stop.transcript
            ? (await context.media.ensure(guide(stop.code, locale, stop.transcript[locale]))).id
            : null,
        transcript: stop.transcript
          ? stop.audio && !speaks
            ? `${CHIME_NOTE[locale]}\n\n${stop.transcript[locale]}`
            : stop.transcript[locale]
          : null,
        images: await images(context, stop.images, locale),
        geo: stop.geo ?? null,
        place: ref(context, "place", stop.place) ?? null,
        items: (stop.items ?? []).map((key) => ref(context, "heritage-item", key)),
        scans: (stop.scans ?? []).map((key) => ref(context, "scan", key)),
      }),
    });
  }
}
