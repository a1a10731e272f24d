/**
 * The permanent URL printed on a stop's sign: `<site>/q/<code>`. The site answers it for as long
 * as the code exists, and keeps answering after the stop is retired (retired codes stay reserved).
 *
 * ```ts
 * stopUrl("https://showroom.example", "WALL1"); // "https://showroom.example/q/WALL1"
 * ```
 */
export function stopUrl(baseUrl: string, code: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(
      `The site URL "${baseUrl}" is not a URL. Pass the public address, e.g. --base-url https://showroom.example`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`The site URL "${baseUrl}" must start with https:// (or http:// for tests).`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/q/${encodeURIComponent(code)}`;
}

/** The same URL as people type it: without the scheme, so it is short on the sign. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "");
}
