/**
 * One published heritage item as a LIDO 1.1 record (`<lido:lido>`), German and English in one
 * record: `descriptiveMetadata` and `administrativeMetadata` are repeated per language with
 * `xml:lang`, as LIDO asks for multilingual records. Pure: no I/O, the same input gives the same
 * string, so the site build, the export CLI and the CMS's OAI-PMH endpoint write the same records.
 * Which field fills which element: `README.md` next to this module.
 *
 * Imports only its siblings and the URL scheme (the CMS compiles a generated copy; see
 * `content-types/src/contract-copies.ts`).
 *
 * @example
 *   const xml = lidoRecord(
 *     { item: { de: itemDe, en: itemEn }, place: { de: placeDe, en: placeEn } },
 *     { siteUrl: "https://showroom.example", recordSource: { name: "Digital-Hub Oldenburg in Holstein" } },
 *   ); // "<lido:lido xmlns:lido=…>…</lido:lido>"
 */
import { objectPath, publicUrl } from "../../contracts/url-scheme.ts";
import type {
  LidoAudioGuide,
  LidoContext,
  LidoHeritageItem,
  LidoImage,
  LidoLegalBody,
  LidoMedia,
  LidoPlace,
  LidoRecordInput,
  LidoRelatedWork,
  LidoScan,
  Localised,
} from "./lido-input.ts";
import {
  CAPTURE_METHOD_LABELS,
  GML_NAMESPACE,
  IN_SITU_PLACE_KINDS,
  LICENCE_RIGHTS,
  LIDO_LANGUAGES,
  LIDO_NAMESPACE,
  LIDO_SCHEMA_LOCATION,
  type LidoLanguage,
  MUNICIPALITY_BODIES,
  MUNICIPALITY_NAMES,
  PLACE_KIND_LABELS,
  TERMS,
  type Words,
  XSI_NAMESPACE,
} from "./vocabulary.ts";
import { element as el, plainText, textElement as text } from "./xml.ts";

export interface LidoRecordOptions {
  /**
   * Declare `xsi:schemaLocation` on the record (default true): a record that stands alone (a file,
   * an OAI-PMH `<metadata>`) says which schema it follows; records inside a wrap leave it to the wrap.
   */
  schemaLocation?: boolean;
}

/** The languages of an input, German first; throws when it has none. */
export function languagesOf(item: Localised<LidoHeritageItem>): LidoLanguage[] {
  const languages = LIDO_LANGUAGES.filter((language) => item[language]);
  if (languages.length === 0)
    throw new Error("LIDO record: the heritage item has no German or English version.");
  return languages;
}

/** The item in its first language (German when there is one): IDs and language-neutral fields. */
export function primaryOf<T>(value: Localised<T>): T {
  const first = LIDO_LANGUAGES.map((language) => value[language]).find((entry) => entry !== undefined);
  if (first === undefined) throw new Error("LIDO record: an entry has no German or English version.");
  return first;
}

/** The slug of the item's LIDO file (`lidoRecordPath`): the German one, else the English one. */
export function lidoSlugOf(input: LidoRecordInput): string {
  return primaryOf(input.item).slug;
}

/** The prefix of `lidoRecID`: the context's, else the site's host (stable while the site keeps its address). */
function recordIdPrefix(context: LidoContext): string {
  if (context.recordIdPrefix) return context.recordIdPrefix;
  try {
    return new URL(context.siteUrl).host;
  } catch {
    throw new Error(
      `LIDO record: the site URL "${context.siteUrl}" is not a URL. Pass the public address, e.g. https://showroom.example`,
    );
  }
}

/**
 * The `lidoRecID` of a heritage item: `<prefix>/heritage-item/<documentId>`. The documentId stays
 * the same through edits, re-publishing and language versions, so harvesters update, not duplicate.
 */
export function lidoRecordId(documentId: string, context: LidoContext): string {
  return `${recordIdPrefix(context)}/heritage-item/${documentId}`;
}

function pick<T>(value: Localised<T> | undefined, language: LidoLanguage): T | undefined {
  if (!value) return undefined;
  return value[language] ?? primaryOf(value);
}

/** Absolute media URL: absolute URLs stay, source-relative ones go below the site's address. */
function mediaUrlOf(media: LidoMedia, context: LidoContext): string {
  if (context.mediaUrl) return context.mediaUrl(media.url);
  if (/^https?:\/\//i.test(media.url)) return media.url;
  return publicUrl(context.siteUrl, `/${media.url.replace(/^\/+/, "")}`);
}

const MEDIA_TYPES_BY_EXTENSION: Record<string, string> = {
  ".glb": "model/gltf-binary",
  ".gltf": "model/gltf+json",
  ".usdz": "model/vnd.usdz+zip",
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

/** The media type: from the file's extension for models (uploads often say application/octet-stream), else its mime. */
function mediaTypeOf(media: LidoMedia): string | undefined {
  const ext = (media.ext ?? media.url.slice(media.url.lastIndexOf("."))).toLowerCase();
  const byExtension = MEDIA_TYPES_BY_EXTENSION[ext];
  if (
    byExtension &&
    (byExtension.startsWith("model/") || !media.mime || media.mime === "application/octet-stream")
  )
    return byExtension;
  return media.mime ?? byExtension;
}

/** `<lido:term>` with an optional concept URI before it (conceptComplexType). */
function concept(
  name: string,
  term: string | undefined,
  uri?: string,
  attrs?: Record<string, string>,
): string {
  return el(
    name,
    attrs,
    uri ? text("lido:conceptID", uri, { "lido:type": "URI" }) : "",
    text("lido:term", term),
  );
}

function appellation(value: string | null | undefined): string {
  return text("lido:appellationValue", value);
}

function legalBody(name: string, body: LidoLegalBody): string {
  return el(
    name,
    undefined,
    text("lido:legalBodyID", body.id, { "lido:type": "local" }),
    el("lido:legalBodyName", undefined, appellation(body.name)),
    text("lido:legalBodyWeblink", body.url),
  );
}

/** The licence as `rightsType` (URI and label), the holder and the credit line. */
function rights(
  name: string,
  licence: string,
  language: LidoLanguage,
  holder: string | null | undefined,
  credit: string | null | undefined,
): string {
  const known = LICENCE_RIGHTS[licence];
  return el(
    name,
    undefined,
    known
      ? concept("lido:rightsType", known.label[language], known.uri)
      : concept("lido:rightsType", licence),
    holder
      ? el("lido:rightsHolder", undefined, el("lido:legalBodyName", undefined, appellation(holder)))
      : "",
    text("lido:creditLine", credit),
  );
}

/** Who holds the item: the museum it is in, else the municipality of its place, else the context's owner. */
function repositoryOf(
  place: LidoPlace | undefined,
  language: LidoLanguage,
  context: LidoContext,
): LidoLegalBody {
  if (place?.kind === "museum") return { name: place.name, url: place.website ?? undefined };
  const municipality = place ? MUNICIPALITY_BODIES[place.municipality] : undefined;
  if (municipality) return { name: municipality[language] };
  return context.owner ?? context.recordSource;
}

/** A place with its municipality and its position as a GML point (latitude first, as GML's default CRS has it). */
function placeElement(name: string, place: LidoPlace, language: LidoLanguage): string {
  const municipality = MUNICIPALITY_NAMES[place.municipality]?.[language];
  const geo = place.geo;
  return el(
    name,
    undefined,
    text("lido:placeID", place.documentId, { "lido:type": "local" }),
    el("lido:namePlaceSet", undefined, appellation(place.name)),
    geo && Number.isFinite(geo.latitude) && Number.isFinite(geo.longitude)
      ? `<lido:gml><gml:Point><gml:pos>${geo.latitude} ${geo.longitude}</gml:pos></gml:Point></lido:gml>`
      : "",
    municipality
      ? el("lido:partOfPlace", undefined, el("lido:namePlaceSet", undefined, appellation(municipality)))
      : "",
  );
}

/**
 * A year of the model (BCE negative, no year 0) as ISO 8601 / xs:gYear: 1732 → "1732",
 * -500 (500 BCE) → "-0499" (ISO counts 1 BCE as year 0).
 */
export function isoYear(year: number): string {
  if (year >= 0) return String(year).padStart(4, "0");
  return `-${String(-year - 1).padStart(4, "0")}`;
}

function productionEvent(
  item: LidoHeritageItem,
  place: LidoPlace | undefined,
  language: LidoLanguage,
): string {
  const materials = [item.material, item.technique].filter((value) => value?.trim()).join("; ");
  return el(
    "lido:eventWrap",
    undefined,
    el(
      "lido:eventSet",
      undefined,
      el(
        "lido:event",
        undefined,
        concept("lido:eventType", TERMS.production[language], TERMS.productionUri),
        el(
          "lido:eventDate",
          undefined,
          text("lido:displayDate", item.datingText),
          el(
            "lido:date",
            undefined,
            text("lido:earliestDate", isoYear(item.datingFrom)),
            text("lido:latestDate", isoYear(item.datingTo)),
          ),
        ),
        place && IN_SITU_PLACE_KINDS.includes(place.kind)
          ? el("lido:eventPlace", undefined, placeElement("lido:place", place, language))
          : "",
        materials
          ? el("lido:eventMaterialsTech", undefined, text("lido:displayMaterialsTech", materials))
          : "",
      ),
    ),
  );
}

function keywordsOf(item: LidoHeritageItem): string[] {
  return (item.keywords ?? "")
    .split(",")
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}

/**
 * The `relatedWorkSet` of a work in a language, written once per context: records of one page (or
 * export) share their related work objects (lidoRecordInputs), so 100 records of one museum do not
 * escape and join the same neighbours 100 times.
 */
const relatedWorkSets = new WeakMap<
  LidoContext,
  WeakMap<LidoRelatedWork, Partial<Record<LidoLanguage, string>>>
>();

function relatedWorkSetOf(work: LidoRelatedWork, language: LidoLanguage, context: LidoContext): string {
  let byWork = relatedWorkSets.get(context);
  if (!byWork) {
    byWork = new WeakMap();
    relatedWorkSets.set(context, byWork);
  }
  let byLanguage = byWork.get(work);
  if (!byLanguage) {
    byLanguage = {};
    byWork.set(work, byLanguage);
  }
  byLanguage[language] ??= relatedWorkSet(work, language, context);
  return byLanguage[language];
}

function relatedWorks(related: LidoRelatedWork[], language: LidoLanguage, context: LidoContext): string {
  return el(
    "lido:relatedWorksWrap",
    undefined,
    related.map((work) => relatedWorkSetOf(work, language, context)),
  );
}

function relatedWorkSet(work: LidoRelatedWork, language: LidoLanguage, context: LidoContext): string {
  const pageLanguage =
    LIDO_LANGUAGES.find((candidate) => candidate === language && work.slug[candidate]) ??
    LIDO_LANGUAGES.find((candidate) => work.slug[candidate]);
  const slug = pageLanguage ? work.slug[pageLanguage] : undefined;
  return el(
    "lido:relatedWorkSet",
    undefined,
    el(
      "lido:relatedWork",
      undefined,
      el(
        "lido:object",
        undefined,
        slug && pageLanguage
          ? text("lido:objectWebResource", publicUrl(context.siteUrl, objectPath(pageLanguage, slug)))
          : "",
        text("lido:objectID", lidoRecordId(work.documentId, context), { "lido:type": "local" }),
        text("lido:objectNote", pick(work.title, language)),
      ),
    ),
    concept(
      "lido:relatedWorkRelType",
      work.relation === "same-place" ? TERMS.samePlace[language] : TERMS.sameTour[language],
    ),
  );
}

function descriptiveMetadata(input: LidoRecordInput, language: LidoLanguage, context: LidoContext): string {
  const item = pick(input.item, language) as LidoHeritageItem;
  const place = pick(input.place, language);
  const repository = repositoryOf(place, language, context);
  const keywords = keywordsOf(item);
  const placeKind = place ? PLACE_KIND_LABELS[place.kind]?.[language] : undefined;
  return el(
    "lido:descriptiveMetadata",
    { "xml:lang": language },
    el(
      "lido:objectClassificationWrap",
      undefined,
      el("lido:objectWorkTypeWrap", undefined, concept("lido:objectWorkType", TERMS.workType[language])),
      el(
        "lido:classificationWrap",
        undefined,
        placeKind
          ? concept("lido:classification", placeKind, undefined, { "lido:type": TERMS.placeKind[language] })
          : "",
      ),
    ),
    el(
      "lido:objectIdentificationWrap",
      undefined,
      el(
        "lido:titleWrap",
        undefined,
        el(
          "lido:titleSet",
          undefined,
          text("lido:appellationValue", item.title, { "lido:pref": "preferred" }),
        ),
      ),
      el(
        "lido:repositoryWrap",
        undefined,
        el(
          "lido:repositorySet",
          { "lido:type": "current" },
          legalBody("lido:repositoryName", repository),
          text("lido:workID", item.inventoryNumber, { "lido:type": TERMS.inventoryNumber[language] }),
          place ? placeElement("lido:repositoryLocation", place, language) : "",
        ),
      ),
      el(
        "lido:objectDescriptionWrap",
        undefined,
        el(
          "lido:objectDescriptionSet",
          { "lido:type": TERMS.summary[language] },
          text("lido:descriptiveNoteValue", item.summary),
        ),
        item.description
          ? el(
              "lido:objectDescriptionSet",
              { "lido:type": TERMS.description[language] },
              text("lido:descriptiveNoteValue", plainText(item.description)),
            )
          : "",
      ),
      item.dimensions
        ? el(
            "lido:objectMeasurementsWrap",
            undefined,
            el(
              "lido:objectMeasurementsSet",
              undefined,
              text("lido:displayObjectMeasurements", item.dimensions),
            ),
          )
        : "",
    ),
    productionEvent(item, place, language),
    el(
      "lido:objectRelationWrap",
      undefined,
      keywords.length > 0
        ? el(
            "lido:subjectWrap",
            undefined,
            el(
              "lido:subjectSet",
              undefined,
              el(
                "lido:subject",
                undefined,
                keywords.map((keyword) => concept("lido:subjectConcept", keyword)),
              ),
            ),
          )
        : "",
      input.related?.length ? relatedWorks(input.related, language, context) : "",
    ),
  );
}

function resourceDescription(value: string | null | undefined, type?: string): string {
  return text("lido:resourceDescription", value, type ? { "lido:type": type } : undefined);
}

function representation(
  media: LidoMedia | null | undefined,
  type: string,
  context: LidoContext,
  language: LidoLanguage,
): string {
  if (!media?.url) return "";
  const measurements = [
    [TERMS.width[language], media.width],
    [TERMS.height[language], media.height],
  ]
    .filter((entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] > 0)
    .map(([measurement, value]) =>
      el(
        "lido:resourceMeasurementsSet",
        undefined,
        text("lido:measurementType", measurement),
        text("lido:measurementUnit", TERMS.pixels),
        text("lido:measurementValue", value),
      ),
    );
  return el(
    "lido:resourceRepresentation",
    { "lido:type": type },
    text("lido:linkResource", mediaUrlOf(media, context), { "lido:formatResource": mediaTypeOf(media) }),
    measurements,
  );
}

function imageResource(
  image: LidoImage,
  id: string,
  item: LidoHeritageItem,
  language: LidoLanguage,
  context: LidoContext,
): string {
  return el(
    "lido:resourceSet",
    undefined,
    text("lido:resourceID", id, { "lido:type": "local" }),
    representation(image.file, "image_master", context, language),
    concept("lido:resourceType", TERMS.image[language]),
    resourceDescription(image.alt),
    resourceDescription(image.caption, "caption"),
    rights("lido:rightsResource", item.licence, language, item.attribution, image.credit ?? item.attribution),
  );
}

function scanResource(scan: LidoScan, language: LidoLanguage, context: LidoContext): string {
  const method = scan.paradata ? CAPTURE_METHOD_LABELS[scan.paradata.method]?.[language] : undefined;
  const capturedOn = scan.paradata?.capturedOn;
  return el(
    "lido:resourceSet",
    undefined,
    text("lido:resourceID", `scan/${scan.documentId}`, { "lido:type": "local" }),
    scan.downloadAllowed ? representation(scan.model, "original", context, language) : "",
    representation(scan.webModel, "web derivative", context, language),
    representation(scan.thumbModel, "preview derivative", context, language),
    representation(scan.usdz, "AR derivative (USDZ)", context, language),
    representation(scan.poster?.file, "poster image", context, language),
    concept("lido:resourceType", TERMS.model3d[language]),
    resourceDescription(scan.title, "title"),
    resourceDescription(scan.description, "text alternative"),
    resourceDescription(method, TERMS.captureMethod[language]),
    capturedOn
      ? el(
          "lido:resourceDateTaken",
          undefined,
          text("lido:displayDate", capturedOn),
          el(
            "lido:date",
            undefined,
            text("lido:earliestDate", capturedOn),
            text("lido:latestDate", capturedOn),
          ),
        )
      : "",
    scan.paradata?.operator
      ? el(
          "lido:resourceSource",
          undefined,
          el("lido:legalBodyName", undefined, appellation(scan.paradata.operator)),
        )
      : "",
    rights("lido:rightsResource", scan.licence, language, scan.attribution, scan.attribution),
  );
}

function audioResource(guide: LidoAudioGuide, language: LidoLanguage, context: LidoContext): string {
  const audio = guide.audio[language];
  if (!audio) return "";
  const transcript = guide.transcript?.[language];
  return el(
    "lido:resourceSet",
    undefined,
    text("lido:resourceID", `audio/${guide.documentId}/${language}`, { "lido:type": "local" }),
    representation(audio, "audio", context, language),
    concept("lido:resourceType", TERMS.audio[language]),
    resourceDescription(pick(guide.title, language), "title"),
    transcript ? resourceDescription(plainText(transcript), TERMS.transcript[language]) : "",
    rights(
      "lido:rightsResource",
      context.recordLicence ?? "cc0",
      language,
      context.recordSource.name,
      context.recordSource.name,
    ),
  );
}

function administrativeMetadata(
  input: LidoRecordInput,
  language: LidoLanguage,
  context: LidoContext,
): string {
  const item = pick(input.item, language) as LidoHeritageItem;
  const place = pick(input.place, language);
  const scan = pick(input.scan, language);
  const repository = repositoryOf(place, language, context);
  const pageLanguage = input.item[language] ? language : (languagesOf(input.item)[0] ?? "de");
  return el(
    "lido:administrativeMetadata",
    { "xml:lang": language },
    el(
      "lido:rightsWorkWrap",
      undefined,
      el(
        "lido:rightsWorkSet",
        undefined,
        el("lido:rightsHolder", undefined, el("lido:legalBodyName", undefined, appellation(repository.name))),
        text("lido:creditLine", item.attribution ?? repository.name),
      ),
    ),
    el(
      "lido:recordWrap",
      undefined,
      text("lido:recordID", item.documentId, { "lido:type": "local" }),
      concept("lido:recordType", TERMS.recordType[language], TERMS.recordTypeUri),
      legalBody("lido:recordSource", context.recordSource),
      rights(
        "lido:recordRights",
        context.recordLicence ?? "cc0",
        language,
        context.recordSource.name,
        undefined,
      ),
      el(
        "lido:recordInfoSet",
        undefined,
        text("lido:recordInfoLink", publicUrl(context.siteUrl, objectPath(pageLanguage, item.slug))),
        text("lido:recordMetadataDate", item.updatedAt, { "lido:type": "modified" }),
      ),
    ),
    el(
      "lido:resourceWrap",
      undefined,
      (item.images ?? []).map((image, index) =>
        imageResource(
          image,
          `image/${image.file.documentId ?? `${item.documentId}-${index + 1}`}`,
          item,
          language,
          context,
        ),
      ),
      scan ? scanResource(scan, language, context) : "",
      (input.audioGuides ?? []).map((guide) => audioResource(guide, language, context)),
    ),
  );
}

/** The words of the CIDOC-CRM class, once per language of the record. */
function category(languages: LidoLanguage[]): string {
  return el(
    "lido:category",
    undefined,
    text("lido:conceptID", TERMS.categoryUri, { "lido:type": "URI" }),
    languages.map((language) =>
      text("lido:term", (TERMS.category as Words)[language], { "xml:lang": language }),
    ),
  );
}

/** One `<lido:lido>` record of a heritage item, in every language it has (German first). */
export function lidoRecord(
  input: LidoRecordInput,
  context: LidoContext,
  options: LidoRecordOptions = {},
): string {
  const languages = languagesOf(input.item);
  const primary = primaryOf(input.item);
  const schemaLocation = options.schemaLocation ?? true;
  return el(
    "lido:lido",
    {
      "xmlns:lido": LIDO_NAMESPACE,
      "xmlns:gml": GML_NAMESPACE,
      ...(schemaLocation
        ? { "xmlns:xsi": XSI_NAMESPACE, "xsi:schemaLocation": `${LIDO_NAMESPACE} ${LIDO_SCHEMA_LOCATION}` }
        : {}),
    },
    text("lido:lidoRecID", lidoRecordId(primary.documentId, context), {
      "lido:source": context.recordSource.name,
      "lido:type": "local",
    }),
    category(languages),
    languages.map((language) => descriptiveMetadata(input, language, context)),
    languages.map((language) => administrativeMetadata(input, language, context)),
  );
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SCHEMA_LOCATION_ATTRIBUTES = ` xmlns:xsi="${XSI_NAMESPACE}" xsi:schemaLocation="${LIDO_NAMESPACE} ${LIDO_SCHEMA_LOCATION}"`;

/** A record as a file of its own: the XML declaration, then the record. */
export function lidoDocument(input: LidoRecordInput, context: LidoContext): string {
  return `${XML_DECLARATION}${lidoRecord(input, context)}\n`;
}

/**
 * The file of a record built with `schemaLocation: false` (for a wrap): the same bytes as
 * `lidoDocument`, without building the record twice when an export writes both.
 */
export function lidoDocumentOf(record: string): string {
  // Only the start tag is looked at: records are long, and an export calls this 10,000 times.
  const endOfStartTag = record.indexOf(">");
  const startTag = record.slice(0, endOfStartTag);
  if (!startTag.startsWith("<lido:lido") || startTag.includes("xsi:schemaLocation="))
    return `${XML_DECLARATION}${record}\n`;
  return `${XML_DECLARATION}${startTag}${SCHEMA_LOCATION_ATTRIBUTES}${record.slice(endOfStartTag)}\n`;
}
