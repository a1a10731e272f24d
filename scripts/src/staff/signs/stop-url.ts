/**
 * The permanent URL printed on a stop's sign: `<site>/q/<code>`, from the URL scheme in
 * content-types. The site answers it for as long as the code exists, and keeps answering after the
 * stop is retired (retired codes stay reserved).
 *
 * ```ts
 * stopUrl("https://showroom.example", "WALL1"); // "https://showroom.example/q/WALL1"
 * ```
 */
import { publicUrl, qrShortPath } from "@showroom/content-types/url-scheme";

export function stopUrl(baseUrl: string, code: string): string {
  return publicUrl(baseUrl, qrShortPath(code), "--base-url https://showroom.example");
}

/** The same URL as people type it: without the scheme, so it is short on the sign. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "");
}
