/**
 * A model's resources come only from the model's own origin. A glTF may name its buffers and
 * images by any URL; one on another server would make every visitor's browser contact that server
 * (a third-party request the showroom promises never to make). `foreignResourceUrls` finds them in
 * the JSON before anything is fetched; `refuseForeignUrls` is the second line, in the loader itself,
 * for any URL three.js would fetch that the JSON check did not foresee.
 *
 * @example
 *   const foreign = foreignResourceUrls(json, modelUrl);
 *   if (foreign.length > 0) throw new ViewerError("foreign", …);
 */
import { LoaderUtils, type LoadingManager } from "three";

/** URLs that never leave the browser: inline data and object URLs the loader makes itself. */
function isLocalUrl(url: URL): boolean {
  return url.protocol === "data:" || url.protocol === "blob:";
}

/**
 * The URL the browser will fetch for `uri` of a model at `resourcePath`: three.js joins the two
 * with its own rules (LoaderUtils.resolveURL) and fetch then resolves the result against the page.
 */
function fetchedUrl(uri: string, resourcePath: string, baseUrl: string): URL | undefined {
  try {
    return new URL(LoaderUtils.resolveURL(uri, resourcePath), baseUrl);
  } catch {
    return undefined;
  }
}

function uris(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((entry) => (entry && typeof entry === "object" ? (entry as { uri?: unknown }).uri : undefined))
    .filter((uri): uri is string => typeof uri === "string");
}

/**
 * The buffer and image URLs of a glTF that point to another origin than the model's, resolved.
 * `modelUrl` is absolute (or relative to `baseUrl`, the page).
 */
export function foreignResourceUrls(
  json: Record<string, unknown>,
  modelUrl: string,
  baseUrl: string,
): string[] {
  const model = new URL(modelUrl, baseUrl);
  const resourcePath = new URL(".", model).href;
  const foreign: string[] = [];
  for (const uri of [...uris(json.buffers), ...uris(json.images)]) {
    const url = fetchedUrl(uri, resourcePath, baseUrl);
    // A URI the browser cannot parse is not fetched at all; the loader reports it as broken.
    if (!url || isLocalUrl(url)) continue;
    if (url.origin !== model.origin) foreign.push(url.href);
  }
  return foreign;
}

/** `host[:port]` of each URL, once each, for the message visitors see. */
export function hostsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).host))];
}

/**
 * Makes every loader using `manager` throw instead of fetching a URL outside `allowedOrigins`
 * (data: and blob: URLs are always allowed). `onRefused` builds the error to throw.
 */
export function refuseForeignUrls(
  manager: LoadingManager,
  allowedOrigins: readonly string[],
  baseUrl: string,
  onRefused: (url: string) => Error,
): void {
  manager.setURLModifier((requested) => {
    let url: URL;
    try {
      url = new URL(requested, baseUrl);
    } catch {
      return requested;
    }
    if (isLocalUrl(url) || allowedOrigins.includes(url.origin)) return requested;
    throw onRefused(url.href);
  });
}
