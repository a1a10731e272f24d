/** A repository identifier as OAI-PMH's oai-identifier scheme allows: a domain name. */
const DOMAIN_NAME = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

/** The identifier when the site's host is no domain name (localhost, an IP address). */
export const FALLBACK_REPOSITORY_ID = "showroom.localhost";

/** Records per ListRecords/ListIdentifiers page unless OAI_PAGE_SIZE says otherwise. */
export const DEFAULT_PAGE_SIZE = 100;

export function isRepositoryId(value: string): boolean {
  return DOMAIN_NAME.test(value);
}

/**
 * The default repository identifier of `oai:<id>:<documentId>`: the public site's host, so that
 * records keep their identifiers as long as the site keeps its address.
 */
export function defaultRepositoryId(publicSiteUrl: string): string {
  let host = "";
  try {
    host = new URL(publicSiteUrl).hostname;
  } catch {
    // No site address configured: fall back below.
  }
  return DOMAIN_NAME.test(host) ? host : FALLBACK_REPOSITORY_ID;
}
