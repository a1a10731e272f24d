/**
 * QR sign landings. A sign carries one language-neutral URL, `/q/<code>`; the visitor lands on the
 * stop in their browser language (German when neither language is preferred). On a plain static
 * host this is a page with a meta refresh to the German stop and a tiny script (public/qr-landing.js)
 * that picks English by `navigator.languages`; `_redirects` (Netlify syntax) and an nginx snippet give real
 * 301s where the host supports them, and the site server of `npm start` answers from `qr-targets.json`
 * (scripts/src/host/publish/qr-redirect.ts): one redirect, any letter case, by Accept-Language.
 */

import { qrUnknownCodePath } from "@showroom/content-types/url-scheme";
import type { SiteContent } from "../content/site-content.ts";
import { homePath, notFoundPath, qrIndexPath, qrShortPath, stopPath } from "../i18n/routes.ts";
import { stopsOf } from "./tours.ts";

export interface QrTarget {
  code: string;
  /** Stop path per language (German always present when the stop is published in German). */
  de?: string;
  en?: string;
  title: string;
  tourTitle: string;
}

export function qrTargets(site: SiteContent): QrTarget[] {
  const targets = new Map<string, QrTarget>();
  for (const locale of ["de", "en"] as const) {
    const content = site.byLocale[locale];
    for (const tour of content.tours) {
      for (const stop of stopsOf(content, tour)) {
        const target = targets.get(stop.code) ?? {
          code: stop.code,
          title: stop.title,
          tourTitle: tour.title,
        };
        target[locale] = stopPath(locale, tour.slug, stop.slug);
        if (locale === "de") Object.assign(target, { title: stop.title, tourTitle: tour.title });
        targets.set(stop.code, target);
      }
    }
  }
  return [...targets.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The stop path to send a visitor to, by their browser's language list (German fallback). */
export function pickQrTarget(target: QrTarget, languages: readonly string[]): string | undefined {
  for (const language of languages) {
    const primary = language.toLowerCase().split("-")[0];
    if (primary === "de" && target.de) return target.de;
    if (primary === "en" && target.en) return target.en;
  }
  return target.de ?? target.en;
}

/** The script of the QR landings (site/public/qr-landing.js); it reads what to do from data attributes. */
export const QR_LANDING_SCRIPT = "/qr-landing.js";

/** Data attributes of the landing script on `/q/<code>/`: the stop in each language. */
export function qrLandingData(target: QrTarget): { "data-de": string; "data-en": string } {
  const de = target.de ?? target.en ?? "/";
  return { "data-de": de, "data-en": target.en ?? de };
}

/** The printed form of a code and, when it has letters, its lowercase form (typed or scanned by hand). */
function codeSpellings(code: string): string[] {
  const lower = code.toLowerCase();
  return lower === code ? [code] : [code, lower];
}

/**
 * Netlify `_redirects`: language-conditioned 301s, German as the unconditioned fallback, for the
 * printed code and its lowercase form; unknown codes and missing pages answer 404 in the
 * visitor's language (a rule with status 404 never hides a file that exists).
 */
export function netlifyRedirects(targets: readonly QrTarget[]): string {
  const lines = ["# QR sign landings: /q/<code> → the stop page in the visitor's language (generated)."];
  for (const target of targets) {
    const fallback = target.de ?? target.en;
    if (!fallback) continue;
    for (const spelling of codeSpellings(target.code)) {
      const from = qrShortPath(spelling);
      for (const slash of ["", "/"]) {
        if (target.en) lines.push(`${from}${slash}  ${target.en}  301  Language=en`);
        lines.push(`${from}${slash}  ${fallback}  301`);
      }
    }
  }
  lines.push(
    `${qrIndexPath()}*  ${qrUnknownCodePath("en")}  404  Language=en`,
    `${qrIndexPath()}*  ${qrUnknownCodePath("de")}  404`,
    `${homePath("en")}*  ${notFoundPath("en")}  404`,
    `/*  ${notFoundPath("en")}  404  Language=en`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * nginx: include inside the `server { }` block; needs the two `map`s in the `http { }` block (see
 * README). Codes match in any letter case (`~*`); unknown codes and missing pages get the page in
 * the visitor's language.
 */
export function nginxRedirects(targets: readonly QrTarget[]): string {
  const lines = [
    "# QR sign landings (generated). Put the maps into the http { } block once:",
    "#   map $http_accept_language $showroom_lang { default de; ~*^en en; }",
    `#   map $showroom_lang $showroom_not_found { default ${notFoundPath("de")}; en ${notFoundPath("en")}; }`,
    "# and include this file inside the server { } block.",
  ];
  for (const target of targets) {
    const de = target.de ?? target.en;
    const en = target.en ?? target.de;
    if (!de || !en) continue;
    lines.push(
      `location ~* ^${qrShortPath(target.code)}/?$ { if ($showroom_lang = en) { return 301 ${en}; } return 301 ${de}; }`,
    );
  }
  lines.push(
    `location ${qrIndexPath()} { error_page 404 ${qrUnknownCodePath("de").replace(/de\/$/, "$showroom_lang/")}; }`,
    `location ${homePath("en")} { error_page 404 ${notFoundPath("en")}; }`,
    "error_page 404 $showroom_not_found;",
  );
  return `${lines.join("\n")}\n`;
}

/**
 * What the site server needs to answer `/q/<code>` itself with one redirect: the stop paths of
 * every code, keyed by the code in capitals (written as `qr-targets.json` by the build).
 */
export function qrTargetTable(targets: readonly QrTarget[]): Record<string, { de?: string; en?: string }> {
  return Object.fromEntries(
    targets.map((target) => [
      target.code.toUpperCase(),
      { ...(target.de && { de: target.de }), ...(target.en && { en: target.en }) },
    ]),
  );
}

export function retiredCodeInfo(site: SiteContent, code: string) {
  return site.retiredCodes.find((retired) => retired.code === code);
}
