import { LOCALES, populateFor } from "@showroom/content-types";
import { DEMO_TOUR_STOPS } from "../../demo-content/index.ts";
import { pictureFile, speechGuideFile } from "../../media/demo-media.ts";
import {
  demoHotspots,
  demoPanoramaCaption,
  demoPanoramaFileName,
  hasDemoPanorama,
  renderDemoPanorama,
} from "../../panoramas/demo-panoramas.ts";
import { differingFields } from "../differs.ts";
import { ref, type SeedContext, typeNamed } from "../seed-context.ts";
import type { StoredEntry } from "../seed-types.ts";

const UID = "api::tour-stop.tour-stop";

/**
 * The stops' 360° panoramas (rendered from the demo models) and their hotspots (one information
 * point with a picture and spoken text), after every stop
 * exists, since hotspots point at later stops too. Only these three fields are compared and
 * written, so a second run leaves the stops alone; a change to a stop that existed before this run
 * is recorded as an update (on a new stop it is part of its creation).
 */
export async function seedPanoramas(context: SeedContext): Promise<void> {
  const type = typeNamed("tour-stop");
  const documents = context.strapi.documents(UID as never);
  for (const stop of DEMO_TOUR_STOPS) {
    if (!hasDemoPanorama(stop.code)) continue;
    const documentId = ref(context, "tour-stop", stop.code);
    const file = await context.media.ensure({
      name: demoPanoramaFileName(stop.code),
      mime: "image/jpeg",
      alternativeText: demoPanoramaCaption(stop.code)?.de ?? "Demo-Rendering",
      caption: "Demo-Rendering, in Code aus den Demo-3D-Modellen berechnet; CC0 1.0",
      build: () => renderDemoPanorama(stop.code),
    });
    for (const locale of LOCALES) {
      const desired = {
        panorama: file.id,
        panoramaCaption: demoPanoramaCaption(stop.code)?.[locale] ?? null,
        hotspots: await Promise.all(
          demoHotspots(stop).map(async (hotspot) => ({
            kind: hotspot.kind,
            label: hotspot.label[locale],
            yaw: hotspot.yaw,
            pitch: hotspot.pitch,
            stop: hotspot.stop ? ref(context, "tour-stop", hotspot.stop) : null,
            item: hotspot.item ? ref(context, "heritage-item", hotspot.item) : null,
            text: hotspot.text?.[locale] ?? null,
            image: hotspot.picture
              ? (await context.media.ensure(pictureFile(hotspot.picture.key, hotspot.picture.alt.de))).id
              : null,
            imageAlt: hotspot.picture?.alt[locale] ?? null,
            // Spoken only with a speech synthesizer: a chime would not say what the text says.
            audio:
              hotspot.spoken && hotspot.text && context.speechSynthesizer
                ? (
                    await context.media.ensure(
                      speechGuideFile(`${stop.code}-info`, locale, hotspot.text[locale], {
                        espeakPath: context.speechSynthesizer,
                      }),
                    )
                  ).id
                : null,
          })),
        ),
      };
      const stored = (await documents.findFirst({
        locale,
        status: "draft",
        filters: { documentId },
        populate: populateFor("tour-stop"),
      } as never)) as StoredEntry | null;
      if (!stored) continue;
      const fields = differingFields(desired, stored, type.fields);
      if (fields.length === 0) continue;
      await documents.update({
        documentId,
        locale,
        data: Object.fromEntries(fields.map((name) => [name, desired[name as keyof typeof desired]])),
      } as never);
      if (!stop.draft) {
        await documents.publish({ documentId, locale } as never);
        context.report.published++;
      }
      // A stop this run created gets its panorama as part of being created: no update to report.
      const createdNow = context.report.entries.some(
        (entry) =>
          entry.type === type.name &&
          entry.key === stop.code &&
          entry.locale === locale &&
          entry.action === "created",
      );
      if (!createdNow) {
        context.report.updated++;
        context.report.entries.push({ type: type.name, key: stop.code, locale, action: "updated", fields });
      }
      context.log(`seed: tour-stop "${stop.code}" (${locale}): panorama ${fields.join(", ")}`);
    }
  }
}
