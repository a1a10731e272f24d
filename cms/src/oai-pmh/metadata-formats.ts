import type { Core } from "@strapi/strapi";
import { loadItems } from "./item-data";
import { lidoRecords } from "./lido-format";
import { type DcContext, oaiDcRecord } from "./oai-dc";

/** What a page of records is written with: who publishes them and where pages and files live. */
export interface RecordContext extends DcContext {
  /** Absolute address of the CMS, for media files (`/uploads/…`) that records link to. */
  cmsUrl: string;
  /** Who provides the records (LIDO recordSource): the site's operator. */
  recordSource: { name: string; url?: string };
}

/** A metadata format the repository disseminates (ListMetadataFormats) and how to write it. */
export interface MetadataFormat {
  prefix: string;
  schema: string;
  namespace: string;
  /** The `<metadata>` content of each published document of a page that still has a published version. */
  records(strapi: Core.Strapi, documentIds: string[], context: RecordContext): Promise<Map<string, string>>;
}

export const OAI_DC: MetadataFormat = {
  prefix: "oai_dc",
  schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
  namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/",
  async records(strapi, documentIds, context) {
    const items = await loadItems(strapi, documentIds, { place: { fields: ["name", "slug"] } });
    return new Map([...items].map(([documentId, item]) => [documentId, oaiDcRecord(item, context)]));
  },
};

export const LIDO: MetadataFormat = {
  prefix: "lido",
  schema: "http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd",
  namespace: "http://www.lido-schema.org",
  records: lidoRecords,
};

/** Every format, in the order ListMetadataFormats names them. */
export const METADATA_FORMATS: readonly MetadataFormat[] = [OAI_DC, LIDO];
