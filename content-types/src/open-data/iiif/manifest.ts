/**
 * The IIIF Presentation 3 manifest of one heritage item, in German and English: a canvas per image
 * (with its IIIF Image API level-0 service, whose static tiles the site build writes), a canvas for
 * the 3D scan's poster with the model as `rendering` and `seeAlso`, metadata, rights, credit and
 * links to the object page, the LIDO record and the JSON-LD twin.
 *
 * Pure: no file or network access, so the site build and the export CLI share it.
 *
 * Why the model is not painted on the canvas: the IIIF 3D group paints models (`type: "Model"`,
 * `format: "model/gltf-binary"`) into a `Scene`, which is Presentation 4 and still a draft; a
 * Presentation 3 canvas is 2D. So the canvas paints the scan's poster, and the model is linked with
 * the same type and media type the draft uses.
 *
 * @example
 *   const manifest = itemManifest({ item: { de: kelchDe, en: kelchEn } }, { baseUrl, operator });
 */
import {
  embedPath,
  iiifCollectionPath,
  iiifImageServicePath,
  iiifManifestPath,
  jsonTwinPath,
  lidoRecordPath,
  objectPath,
  type SiteLocale,
} from "../../contracts/url-scheme.ts";
import type { Bilingual } from "../../define.ts";
import type { HeritageItem, Scan, SharedImageComponent } from "../../generated/zod.ts";
import { LICENCE_INFO, type Licence } from "../../licences.ts";
import { heritageItem } from "../../model/heritage-item.ts";
import type { Media } from "../../zod-helpers.ts";
import { bilingualMap, firstOf, languageMap, localesOf, noLanguage, type PerLocale } from "./language-map.ts";
import {
  type Agent,
  type Canvas,
  type ImageBody,
  type LabelValue,
  type LinkedResource,
  type Manifest,
  PRESENTATION_3_CONTEXT,
} from "./presentation-3.ts";
import { type IiifSite, imageIdOf, mediaUrl, modelFormat, rightsUri, siteUrl } from "./resources.ts";

export interface IiifContext extends IiifSite {
  /** Who runs the site (site settings' operator): the manifests' provider, and the credit when an entry names none. */
  operator: PerLocale<string>;
  /** Width and height of an image whose media record lacks them (the site reads the file). */
  sizeOf?: (media: Media) => { width: number; height: number } | undefined;
}

/** One heritage item in every language it is published in, with its scan and place. */
export interface IiifItem {
  item: PerLocale<HeritageItem>;
  scan?: PerLocale<Scan>;
  /** The name of the item's place per language. */
  placeName?: PerLocale<string>;
}

const TEXT = {
  attribution: { de: "Namensnennung", en: "Attribution" },
  objectPage: { de: "Objektseite", en: "Object page" },
  viewer3d: { de: "3D-Ansicht", en: "3D view" },
  webModel: {
    de: "3D-Modell für die Webansicht (glTF-Binärdatei)",
    en: "3D model for web viewing (glTF binary)",
  },
  originalModel: { de: "3D-Modell, Original zum Herunterladen", en: "3D model, original for download" },
  place: { de: "Kulturstätte", en: "Place" },
  licence: { de: "Lizenz", en: "Licence" },
} satisfies Record<string, Bilingual>;

const GLTF_PROFILE = "https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html";

/** The slug a manifest is published under: the German one, else the English one. */
export function iiifSlugOf(item: PerLocale<{ slug: string }>): string {
  const slug = firstOf(item)?.slug;
  if (!slug) throw new Error("A IIIF manifest needs the item in German or English: none was given.");
  return slug;
}

/** How an item is named in error messages: `heritage item "kelch" (OH-1)`. */
function describe(input: IiifItem): string {
  const item = firstOf(input.item);
  return `heritage item "${item?.slug}" (${item?.inventoryNumber})`;
}

/** Whether the item has something a IIIF viewer can show: an image, or a 3D scan with a poster. */
export function hasIiifContent(input: IiifItem): boolean {
  return (
    imagesOf(input).length > 0 || localesOf(input.scan ?? {}).some((locale) => input.scan?.[locale]?.poster)
  );
}

/** The images the canvases show: the German entry's, or the English ones when the German entry has none. */
function imagesOf(input: IiifItem): SharedImageComponent[] {
  for (const locale of localesOf(input.item)) {
    const images = input.item[locale]?.images ?? [];
    if (images.length > 0) return images;
  }
  return [];
}

function sizeOf(media: Media, context: IiifContext, where: string): { width: number; height: number } {
  if (media.width && media.height) return { width: media.width, height: media.height };
  const measured = context.sizeOf?.(media);
  if (measured) return measured;
  throw new Error(
    `${where}: the image ${media.url} has no width and height. Re-upload it in the CMS or re-create the snapshot (npm run snapshot); a IIIF canvas needs its size.`,
  );
}

/** The image with its level-0 service; `id` is the original file the site serves. */
function imageBody(media: Media, context: IiifContext, where: string): ImageBody {
  const { width, height } = sizeOf(media, context, where);
  return {
    id: mediaUrl(context, media, where),
    type: "Image",
    format: media.mime,
    width,
    height,
    service: [
      {
        id: siteUrl(context, iiifImageServicePath(imageIdOf(media))),
        type: "ImageService3",
        profile: "level0",
      },
    ],
  };
}

function paintedCanvas(
  id: string,
  body: ImageBody,
  described: Omit<Canvas, "id" | "type" | "width" | "height" | "items">,
): Canvas {
  return {
    id,
    type: "Canvas",
    ...described,
    width: body.width,
    height: body.height,
    items: [
      {
        id: `${id}/page`,
        type: "AnnotationPage",
        items: [{ id: `${id}/page/painting`, type: "Annotation", motivation: "painting", body, target: id }],
      },
    ],
  };
}

/** The image at `index` in each language whose file is the same as the primary language's. */
function imageInEachLanguage(
  images: PerLocale<SharedImageComponent[]>,
  primary: SharedImageComponent,
  index: number,
): PerLocale<SharedImageComponent> {
  const result: PerLocale<SharedImageComponent> = {};
  for (const locale of localesOf(images)) {
    const image = images[locale]?.[index];
    if (image && image.file.url === primary.file.url) result[locale] = image;
  }
  return result;
}

function credit(attribution: string | null | undefined, licence: Licence, context: IiifContext): LabelValue {
  const value: Record<string, string[]> = {};
  for (const locale of ["de", "en"] as const) {
    const who = attribution?.trim() || context.operator[locale] || firstOf(context.operator) || "";
    value[locale] = [[who, LICENCE_INFO[licence].label[locale]].filter(Boolean).join(" · ")];
  }
  return { label: bilingualMap(TEXT.attribution), value };
}

/** The site's operator as the IIIF provider. */
export function providerOf(context: IiifContext): Agent[] {
  const home = siteUrl(context, "/");
  const label = languageMap(context.operator, (name) => name) ?? noLanguage(home);
  return [
    {
      id: home,
      type: "Agent",
      label,
      homepage: [{ id: home, type: "Text", label, format: "text/html" }],
    },
  ];
}

function metadataOf(input: IiifItem): LabelValue[] {
  const item = firstOf(input.item) as HeritageItem;
  const fields = heritageItem.fields;
  const rows: LabelValue[] = [
    { label: bilingualMap(fields.inventoryNumber.label), value: noLanguage(item.inventoryNumber) },
  ];
  const add = (label: Bilingual, value: ReturnType<typeof languageMap>) => {
    if (value) rows.push({ label: bilingualMap(label), value });
  };
  add(
    fields.datingText.label,
    languageMap(input.item, (entry) => entry.datingText),
  );
  add(
    fields.material.label,
    languageMap(input.item, (entry) => entry.material),
  );
  add(
    fields.technique.label,
    languageMap(input.item, (entry) => entry.technique),
  );
  add(
    fields.dimensions.label,
    languageMap(input.item, (entry) => entry.dimensions),
  );
  add(TEXT.place, input.placeName && languageMap(input.placeName, (name) => name));
  add(
    fields.keywords.label,
    languageMap(input.item, (entry) => entry.keywords),
  );
  add(TEXT.licence, {
    de: [LICENCE_INFO[item.licence].label.de],
    en: [LICENCE_INFO[item.licence].label.en],
  });
  return rows;
}

function pageLinks(
  values: PerLocale<{ slug: string; title: string }>,
  pathOf: (locale: SiteLocale, slug: string) => string,
  context: IiifSite,
): LinkedResource[] {
  return localesOf(values).map((locale) => {
    const entry = values[locale] as { slug: string; title: string };
    return {
      id: siteUrl(context, pathOf(locale, entry.slug)),
      type: "Text",
      label: { [locale]: [entry.title] },
      format: "text/html",
      language: [locale],
    };
  });
}

/** The JSON-LD twins (schema.org) of an entry's pages. */
function jsonLdLinks(
  values: PerLocale<{ slug: string }>,
  pathOf: (locale: SiteLocale, slug: string) => string,
  context: IiifSite,
): LinkedResource[] {
  return localesOf(values).map((locale) => ({
    id: siteUrl(context, jsonTwinPath(pathOf(locale, (values[locale] as { slug: string }).slug))),
    type: "Dataset",
    label: { [locale]: [locale === "de" ? "Schema.org JSON-LD (Deutsch)" : "Schema.org JSON-LD (English)"] },
    format: "application/ld+json",
    profile: "https://schema.org/",
  }));
}

/** The 3D files of a scan the site serves: the web version, and the original when downloads are allowed. */
function modelLinks(
  scan: Scan,
  context: IiifContext,
  where: string,
): { rendering: LinkedResource[]; seeAlso: LinkedResource[] } {
  const models: { media: Media; label: Bilingual }[] = [];
  const web = scan.webModel;
  if (web) models.push({ media: web, label: TEXT.webModel });
  if (scan.downloadAllowed) models.push({ media: scan.model, label: TEXT.originalModel });
  const rendering = models.map(({ media, label }) => ({
    id: mediaUrl(context, media, where),
    type: "Model",
    label: bilingualMap(label),
    format: modelFormat(media),
  }));
  return {
    rendering,
    seeAlso: rendering.map(({ label: _label, ...model }) => ({ ...model, profile: GLTF_PROFILE })),
  };
}

/** The manifest's id and the prefix of its canvases: `…/iiif/<slug>/`. */
function manifestRoot(input: IiifItem, context: IiifSite): string {
  return siteUrl(context, iiifManifestPath(iiifSlugOf(input.item)).replace(/manifest\.json$/, ""));
}

/** The IIIF Presentation 3 manifest of one heritage item. Throws naming the item when it has nothing to show. */
export function itemManifest(input: IiifItem, context: IiifContext): Manifest {
  const where = describe(input);
  const item = firstOf(input.item);
  if (!item) throw new Error("A IIIF manifest needs the item in German or English: none was given.");
  if (!hasIiifContent(input)) {
    throw new Error(
      `${where} has no image and no 3D scan with a poster: a IIIF manifest needs at least one canvas. Add an image in the CMS, or leave the item out of the IIIF export (hasIiifContent).`,
    );
  }
  const root = manifestRoot(input, context);
  const canvases: Canvas[] = [];
  const images: PerLocale<SharedImageComponent[]> = {};
  for (const locale of localesOf(input.item)) images[locale] = input.item[locale]?.images ?? [];
  imagesOf(input).forEach((image, index) => {
    const inEachLanguage = imageInEachLanguage(images, image, index);
    const label =
      languageMap(inEachLanguage, (entry) => entry.caption || entry.alt) ?? noLanguage(`${index + 1}`);
    const alt = languageMap(inEachLanguage, (entry) => entry.alt);
    canvases.push(
      paintedCanvas(
        `${root}canvas/${canvases.length + 1}`,
        imageBody(image.file, context, `${where}, field "images.${index}.file"`),
        {
          label,
          ...(alt && { summary: alt }),
          ...(image.credit && {
            requiredStatement: { label: bilingualMap(TEXT.attribution), value: noLanguage(image.credit) },
          }),
        },
      ),
    );
  });

  // The scan's shared fields (files, licence) from the first language that has a poster.
  const scan =
    localesOf(input.scan ?? {})
      .map((locale) => input.scan?.[locale])
      .find((entry) => entry?.poster) ?? firstOf(input.scan ?? {});
  const scanWhere = scan ? `${where}, 3D scan "${scan.slug}"` : where;
  const models = scan ? modelLinks(scan, context, scanWhere) : { rendering: [], seeAlso: [] };
  const scans = input.scan;
  if (scan?.poster && scans) {
    const poster = scan.poster;
    const scanLabel = languageMap(scans, (entry) => entry.title) ?? noLanguage(scan.slug);
    const description = languageMap(scans, (entry) => entry.description);
    canvases.push(
      paintedCanvas(
        `${root}canvas/${canvases.length + 1}`,
        imageBody(poster.file, context, `${scanWhere}, field "poster.file"`),
        {
          label: scanLabel,
          ...(description && { summary: description }),
          rights: rightsUri(scan.licence),
          requiredStatement: credit(scan.attribution, scan.licence, context),
          homepage: localesOf(scans).map((locale) => ({
            id: siteUrl(context, embedPath((scans[locale] as Scan).slug)),
            type: "Text",
            label: { [locale]: [TEXT.viewer3d[locale]] },
            format: "text/html",
            language: [locale],
          })),
          ...(models.rendering.length > 0 && { rendering: models.rendering, seeAlso: models.seeAlso }),
        },
      ),
    );
  }

  const firstImage = canvases[0]?.items[0]?.items[0]?.body;
  const seeAlso: LinkedResource[] = [];
  // The item's LIDO record is published under the same slug as the manifest.
  seeAlso.push({
    id: siteUrl(context, lidoRecordPath(iiifSlugOf(input.item))),
    type: "Dataset",
    label: { none: ["LIDO 1.1"] },
    format: "text/xml",
    profile: "http://www.lido-schema.org/",
  });
  seeAlso.push(...jsonLdLinks(input.item, objectPath, context));
  const hasModelOnCanvas = Boolean(scan?.poster);
  return {
    "@context": PRESENTATION_3_CONTEXT,
    id: `${root}manifest.json`,
    type: "Manifest",
    label: languageMap(input.item, (entry) => entry.title) ?? noLanguage(item.slug),
    ...(languageMap(input.item, (entry) => entry.summary) && {
      summary: languageMap(input.item, (entry) => entry.summary),
    }),
    metadata: metadataOf(input),
    requiredStatement: credit(item.attribution, item.licence, context),
    rights: rightsUri(item.licence),
    provider: providerOf(context),
    partOf: [{ id: siteUrl(context, iiifCollectionPath()), type: "Collection" }],
    homepage: pageLinks(input.item, objectPath, context),
    seeAlso: hasModelOnCanvas ? seeAlso : [...seeAlso, ...models.seeAlso],
    ...(!hasModelOnCanvas && models.rendering.length > 0 && { rendering: models.rendering }),
    ...(firstImage && {
      thumbnail: [
        {
          id: firstImage.id,
          type: "Image",
          format: firstImage.format,
          width: firstImage.width,
          height: firstImage.height,
        },
      ],
    }),
    items: canvases,
  };
}
