import { formatDatestamp, parseDateArgument } from "./datestamps";
import type { MetadataFormat, RecordContext } from "./metadata-formats";
import { type OaiError, type OaiRequest, parseOaiRequest, type Verb } from "./oai-request";
import type { HeaderFilter, ItemHeader, ItemRecords } from "./records";
import { decodeResumptionToken, encodeResumptionToken, type ListPosition } from "./resumption-token";
import { attributes, escapeXml, textElement } from "./xml";

/** Who the repository is (Identify) and what records carry about it. */
export interface RepositoryInfo {
  name: string;
  adminEmail: string;
  /** The repository identifier of `oai:<id>:<documentId>` (a domain name). */
  repositoryId: string;
  siteUrl: string;
  publisher: Map<string, string>;
  /** Who provides the records (the site's operator). */
  recordSource: { name: string; url?: string };
}

/** Everything a response needs from the CMS; oai-pmh-route.ts builds it per request. */
export interface OaiRepository {
  baseUrl: string;
  info(): Promise<RepositoryInfo>;
  headers: ItemRecords;
  formats: readonly MetadataFormat[];
  /** The `<metadata>` content of published documents in a format (missing when no longer published). */
  records(
    format: MetadataFormat,
    documentIds: string[],
    context: RecordContext,
  ): Promise<Map<string, string>>;
  /** Absolute address of the CMS (media links in records). */
  cmsUrl: string;
  pageSize: number;
  now(): Date;
}

const METADATA_PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/;
/** Printable ASCII without spaces: what an anyURI in the echoed request may hold. */
const URI_LIKE = /^[\x21-\x7e]+$/;

/** A protocol error: answered as `<error>` elements, not as an HTTP error. */
class OaiFailure extends Error {
  readonly errors: OaiError[];
  constructor(errors: OaiError[]) {
    super(errors.map((error) => error.message).join(" "));
    this.errors = errors;
  }
}
const fail = (code: OaiError["code"], message: string): never => {
  throw new OaiFailure([{ code, message }]);
};

export const oaiIdentifier = (repositoryId: string, documentId: string) =>
  `oai:${repositoryId}:${documentId}`;

function documentIdOf(identifier: string, repositoryId: string): string {
  const prefix = `oai:${repositoryId}:`;
  const documentId = identifier.startsWith(prefix) ? identifier.slice(prefix.length) : "";
  if (!/^[a-z0-9]+$/.test(documentId))
    fail(
      "idDoesNotExist",
      `"${identifier}" is not an identifier of this repository: they look like ${prefix}<documentId>.`,
    );
  return documentId;
}

function headerXml(header: ItemHeader, repositoryId: string): string {
  return `<header${attributes({ status: header.deleted ? "deleted" : undefined })}>${textElement(
    "identifier",
    oaiIdentifier(repositoryId, header.documentId),
  )}${textElement("datestamp", formatDatestamp(header.datestamp))}</header>`;
}

function formatOf(repository: OaiRepository, prefix: string): MetadataFormat {
  const format = repository.formats.find((candidate) => candidate.prefix === prefix);
  if (!format)
    fail(
      "cannotDisseminateFormat",
      `This repository has no metadata format "${prefix}": use ${repository.formats.map((f) => f.prefix).join(" or ")}.`,
    );
  return format as MetadataFormat;
}

/** The records of a page's headers; deleted ones (and any unpublished meanwhile) are headers only. */
async function recordsXml(
  repository: OaiRepository,
  headers: ItemHeader[],
  format: MetadataFormat,
  info: RepositoryInfo,
): Promise<string> {
  const metadata = await repository.records(
    format,
    headers.filter((header) => !header.deleted).map((header) => header.documentId),
    {
      siteUrl: info.siteUrl,
      publisher: info.publisher,
      recordSource: info.recordSource,
      cmsUrl: repository.cmsUrl,
    },
  );
  return headers
    .map((header) => {
      const record = header.deleted ? undefined : metadata.get(header.documentId);
      return `<record>${headerXml(header, info.repositoryId)}${record ? `<metadata>${record}</metadata>` : ""}</record>`;
    })
    .join("");
}

async function identify(repository: OaiRepository): Promise<string> {
  const info = await repository.info();
  const earliest = (await repository.headers.earliest()) ?? repository.now();
  return `<Identify>${[
    textElement("repositoryName", info.name),
    textElement("baseURL", repository.baseUrl),
    textElement("protocolVersion", "2.0"),
    textElement("adminEmail", info.adminEmail),
    textElement("earliestDatestamp", formatDatestamp(earliest)),
    textElement("deletedRecord", "persistent"),
    textElement("granularity", "YYYY-MM-DDThh:mm:ssZ"),
  ].join("")}</Identify>`;
}

async function listMetadataFormats(repository: OaiRepository, request: OaiRequest): Promise<string> {
  if (request.args.identifier !== undefined) {
    const { repositoryId } = await repository.info();
    const documentId = documentIdOf(request.args.identifier, repositoryId);
    if (!(await repository.headers.header(documentId)))
      fail("idDoesNotExist", `There is no item ${request.args.identifier} in this repository.`);
  }
  return `<ListMetadataFormats>${repository.formats
    .map(
      (format) =>
        `<metadataFormat>${textElement("metadataPrefix", format.prefix)}${textElement("schema", format.schema)}${textElement(
          "metadataNamespace",
          format.namespace,
        )}</metadataFormat>`,
    )
    .join("")}</ListMetadataFormats>`;
}

async function getRecord(repository: OaiRepository, request: OaiRequest): Promise<string> {
  const info = await repository.info();
  const format = formatOf(repository, request.args.metadataPrefix ?? "");
  const documentId = documentIdOf(request.args.identifier ?? "", info.repositoryId);
  const header = await repository.headers.header(documentId);
  if (!header)
    return fail("idDoesNotExist", `There is no item ${request.args.identifier} in this repository.`);
  return `<GetRecord>${await recordsXml(repository, [header], format, info)}</GetRecord>`;
}

/** The list position of a first request, or of a resumption token (badResumptionToken if not ours). */
function listPosition(request: OaiRequest): { position: ListPosition; resumed: boolean } {
  const token = request.args.resumptionToken;
  if (token === undefined) {
    if (request.args.set !== undefined)
      fail("noSetHierarchy", "This repository does not organise its items in sets.");
    return {
      position: {
        metadataPrefix: request.args.metadataPrefix ?? "",
        ...(request.args.from === undefined ? {} : { from: request.args.from }),
        ...(request.args.until === undefined ? {} : { until: request.args.until }),
        after: { datestamp: Number.MIN_SAFE_INTEGER, documentId: "" },
        cursor: 0,
      },
      resumed: false,
    };
  }
  const position = decodeResumptionToken(token);
  if (!position)
    return fail(
      "badResumptionToken",
      "This resumption token was not issued by this repository or has been altered: start the list again without it.",
    );
  return { position, resumed: true };
}

async function listHeadersOrRecords(
  repository: OaiRepository,
  request: OaiRequest,
  withRecords: boolean,
): Promise<string> {
  const { position, resumed } = listPosition(request);
  const format = formatOf(repository, position.metadataPrefix);
  const from = position.from === undefined ? undefined : parseDateArgument(position.from);
  const until = position.until === undefined ? undefined : parseDateArgument(position.until);
  // The checksum is not a secret: a token someone assembled by hand must still hold real dates.
  if ((position.from !== undefined && !from) || (position.until !== undefined && !until))
    fail(
      "badResumptionToken",
      "This resumption token holds no valid dates: start the list again without it.",
    );
  const filter: HeaderFilter = {
    ...(from ? { from: from.start } : {}),
    ...(until ? { untilExclusive: until.end } : {}),
  };
  const headers = await repository.headers.list(
    { ...filter, ...(position.cursor > 0 || resumed ? { after: position.after } : {}) },
    repository.pageSize + 1,
  );
  if (headers.length === 0)
    fail(
      "noRecordsMatch",
      resumed
        ? "The rest of this list changed while it was harvested: start again with a new from date."
        : "No items match these arguments.",
    );
  const page = headers.slice(0, repository.pageSize);
  const more = headers.length > repository.pageSize;
  const info = await repository.info();
  let body: string;
  if (withRecords) body = await recordsXml(repository, page, format, info);
  else body = page.map((header) => headerXml(header, info.repositoryId)).join("");
  let token = "";
  if (more || resumed) {
    const completeListSize = Math.max(await repository.headers.count(filter), position.cursor + page.length);
    const last = page[page.length - 1] as ItemHeader;
    const next = more
      ? encodeResumptionToken({
          ...position,
          after: { datestamp: last.datestamp.getTime(), documentId: last.documentId },
          cursor: position.cursor + page.length,
        })
      : "";
    token = `<resumptionToken${attributes({ completeListSize, cursor: position.cursor })}>${escapeXml(next)}</resumptionToken>`;
  }
  const element = withRecords ? "ListRecords" : "ListIdentifiers";
  return `<${element}>${body}${token}</${element}>`;
}

async function answerVerb(repository: OaiRepository, request: OaiRequest): Promise<string> {
  switch (request.verb) {
    case "Identify":
      return identify(repository);
    case "ListMetadataFormats":
      return listMetadataFormats(repository, request);
    case "ListSets":
      return request.args.resumptionToken === undefined
        ? fail("noSetHierarchy", "This repository does not organise its items in sets.")
        : fail("badResumptionToken", "This repository has no sets, so it issues no ListSets tokens.");
    case "GetRecord":
      return getRecord(repository, request);
    case "ListIdentifiers":
      return listHeadersOrRecords(repository, request, false);
    case "ListRecords":
      return listHeadersOrRecords(repository, request, true);
  }
}

/** Arguments echoed in `<request>` must fit the schema's types; a value that does not is a bad argument. */
function checkEchoable(request: OaiRequest): void {
  const prefix = request.args.metadataPrefix;
  if (prefix !== undefined && !METADATA_PREFIX.test(prefix))
    fail("badArgument", `metadataPrefix="${prefix}" is not a metadata prefix: use oai_dc or lido.`);
  const identifier = request.args.identifier;
  if (identifier !== undefined && !URI_LIKE.test(identifier))
    fail(
      "badArgument",
      `identifier="${identifier}" is not an OAI identifier (no spaces or control characters).`,
    );
  const set = request.args.set;
  if (set !== undefined && !/^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/.test(set))
    fail("badArgument", `set="${set}" is not a set spec.`);
}

/**
 * One OAI-PMH 2.0 response (the whole XML document) for a request's name/value pairs. Protocol
 * errors are answered in the XML with their code, as the protocol asks; for badVerb and
 * badArgument the `<request>` element carries the base URL only.
 */
export async function answerOaiRequest(
  repository: OaiRepository,
  pairs: Iterable<[string, string]>,
  bodyProblem?: string,
): Promise<string> {
  const responseDate = formatDatestamp(repository.now());
  const parsed: ReturnType<typeof parseOaiRequest> = bodyProblem
    ? { errors: [{ code: "badArgument", message: bodyProblem }] }
    : parseOaiRequest(pairs);
  let requestAttributes: Record<string, string> = {};
  let body: string;
  if ("errors" in parsed) body = errorsXml(parsed.errors);
  else {
    try {
      checkEchoable(parsed);
      requestAttributes = { verb: parsed.verb, ...parsed.args };
      body = await answerVerb(repository, parsed);
    } catch (error) {
      if (!(error instanceof OaiFailure)) throw error;
      if (error.errors.some((entry) => entry.code === "badArgument" || entry.code === "badVerb"))
        requestAttributes = {};
      body = errorsXml(error.errors);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH${attributes({
    xmlns: "http://www.openarchives.org/OAI/2.0/",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation":
      "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd",
  })}>${textElement("responseDate", responseDate)}${textElement("request", repository.baseUrl, requestAttributes)}${body}</OAI-PMH>\n`;
}

function errorsXml(errors: OaiError[]): string {
  return errors.map((error) => textElement("error", error.message, { code: error.code })).join("");
}

export type { Verb };
