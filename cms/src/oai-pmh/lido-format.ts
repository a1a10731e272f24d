import type { Core, UID } from "@strapi/strapi";
import {
  LIDO_LANGUAGES,
  type LidoContext,
  type LidoLanguage,
  type LidoSourceItem,
  type LidoSourceLocale,
  type LidoSourceStop,
  lidoRecord,
  lidoRecordInputs,
  MAX_RELATED_PER_KIND,
  primaryOf,
} from "../generated/lido";
import type { RecordContext } from "./metadata-formats";
import { ITEM_UID } from "./records";

/**
 * Items of the same place loaded per page for LIDO's related works (the builder lists at most
 * MAX_RELATED_PER_KIND per kind); a bound keeps a page fast when one place holds thousands of items.
 */
const NEIGHBOURS_PER_PAGE = 200;

/**
 * The places of a page whose items need other items of the place as related works: a place with
 * more than MAX_RELATED_PER_KIND items on the page finds enough among them (a museum's page of 100
 * records asks for no neighbours at all).
 */
function placesNeedingNeighbours(items: Entry[]): string[] {
  const onPage = new Map<string, number>();
  for (const id of items.map((item) => (item.place as { documentId?: string } | null)?.documentId))
    if (id) onPage.set(id, (onPage.get(id) ?? 0) + 1);
  return [...onPage].filter(([, count]) => count <= MAX_RELATED_PER_KIND).map(([id]) => id);
}

type Entry = { documentId: string; [field: string]: unknown };
const documentIdsOf = (refs: unknown[]) =>
  [
    ...new Set(
      refs.map((ref) => (ref as { documentId?: string } | null | undefined)?.documentId).filter(Boolean),
    ),
  ] as string[];

/**
 * One language's published entries for the records of a page, shaped as the LIDO builder's
 * content-source input (lidoRecordInputs): the page's items with images, their places and scans
 * with files, the tour stops of their tours (audio guides, same-tour works) and a bounded set of
 * other items of the same places (same-place works). Read through the document service inside the
 * OAI request, so the draft guard forces published versions of everything populated.
 */
async function sourceLocale(
  strapi: Core.Strapi,
  locale: LidoLanguage,
  documentIds: string[],
): Promise<LidoSourceLocale> {
  const find = async (uid: string, params: Record<string, unknown>) =>
    (await strapi
      .documents(uid as UID.ContentType)
      .findMany({ locale, status: "published", ...params } as never)) as unknown as Entry[];
  const items = await find(ITEM_UID, {
    filters: { documentId: { $in: documentIds } },
    populate: {
      place: { fields: ["slug"] },
      scan: { fields: ["slug"] },
      images: { populate: { file: true } },
    },
    limit: documentIds.length,
  });
  const placeIds = documentIdsOf(items.map((item) => item.place));
  const neighbourPlaceIds = placesNeedingNeighbours(items);
  const scanIds = documentIdsOf(items.map((item) => item.scan));
  const stopPopulate = { audio: true, tour: { fields: ["slug"] }, items: { fields: ["title", "slug"] } };
  const [places, scans, showingStops, neighbours] = await Promise.all([
    placeIds.length
      ? find("api::place.place", {
          filters: { documentId: { $in: placeIds } },
          populate: { geo: true, address: true },
          limit: placeIds.length,
        })
      : [],
    scanIds.length
      ? find("api::scan.scan", {
          filters: { documentId: { $in: scanIds } },
          populate: {
            model: true,
            webModel: true,
            thumbModel: true,
            usdz: true,
            poster: { populate: { file: true } },
            paradata: true,
          },
          limit: scanIds.length,
        })
      : [],
    find("api::tour-stop.tour-stop", {
      filters: { items: { documentId: { $in: documentIds } } },
      populate: stopPopulate,
      limit: 1000,
    }),
    neighbourPlaceIds.length
      ? find(ITEM_UID, {
          filters: { place: { documentId: { $in: neighbourPlaceIds } } },
          fields: ["title", "slug"],
          populate: { place: { fields: ["slug"] } },
          limit: NEIGHBOURS_PER_PAGE,
        })
      : [],
  ]);
  const tourIds = documentIdsOf(showingStops.map((stop) => stop.tour));
  const stops = tourIds.length
    ? await find("api::tour-stop.tour-stop", {
        filters: { tour: { documentId: { $in: tourIds } } },
        populate: stopPopulate,
        limit: 1000,
      })
    : showingStops;
  // Other items (same place, same tour) carry only what a related work shows: title and slug.
  const onPage = new Set(documentIds);
  const others = new Map<string, Entry>();
  for (const entry of [...neighbours, ...stops.flatMap((stop) => (stop.items as Entry[] | undefined) ?? [])])
    if (!onPage.has(entry.documentId) && !others.has(entry.documentId)) others.set(entry.documentId, entry);
  return {
    items: [...items, ...others.values()] as unknown as LidoSourceItem[],
    places: places as unknown as LidoSourceLocale["places"],
    scans: scans as unknown as LidoSourceLocale["scans"],
    stops: stops as unknown as LidoSourceStop[],
  };
}

/**
 * LIDO 1.1 records (the builder in content-types/src/open-data/lido, compiled into the CMS as
 * src/generated/lido) of a page of published items, by documentId: the same records as the site's
 * `/lido/<slug>.xml`, with media files linked at the CMS.
 */
export async function lidoRecords(
  strapi: Core.Strapi,
  documentIds: string[],
  context: RecordContext,
): Promise<Map<string, string>> {
  const records = new Map<string, string>();
  if (documentIds.length === 0) return records;
  const locales = await Promise.all(
    LIDO_LANGUAGES.map((locale) => sourceLocale(strapi, locale, documentIds)),
  );
  const content: Partial<Record<LidoLanguage, LidoSourceLocale>> = {};
  LIDO_LANGUAGES.forEach((language, index) => {
    const source = locales[index];
    if (source?.items.length) content[language] = source;
  });
  const lidoContext: LidoContext = {
    siteUrl: context.siteUrl,
    recordSource: context.recordSource,
    mediaUrl: (url) =>
      /^https?:\/\//.test(url) ? url : `${context.cmsUrl}${url.startsWith("/") ? "" : "/"}${url}`,
  };
  const wanted = new Set(documentIds);
  for (const input of lidoRecordInputs(content)) {
    const documentId = primaryOf(input.item).documentId;
    if (wanted.has(documentId)) records.set(documentId, lidoRecord(input, lidoContext));
  }
  return records;
}
