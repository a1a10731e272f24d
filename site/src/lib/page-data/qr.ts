/**
 * QR sign landings. A sign carries one language-neutral URL, `/q/<code>`; the visitor lands on the
 * stop in their browser language (German when neither language is preferred). On a plain static
 * host this is a page with a meta refresh to the German stop and a tiny script (public/qr-landing.js)
 * that picks English by `navigator.languages`; `_redirects` (Netlify syntax) and an nginx snippet give real
 * 301s where the host supports them.
 */
import type { SiteContent } from "../content/site-content.ts";
import { homePath, notFoundPath, qrShortPath, stopPath } from "../i18n/routes.ts";
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

/** Netlify `_redirects`: language-conditioned 301s, German as the unconditioned fallback. */
export function netlifyRedirects(targets: readonly QrTarget[]): string {
  const lines = ["# QR sign landings: /q/<code> → the stop page in the visitor's language (generated)."];
  for (const target of targets) {
    const from = qrShortPath(target.code);
    const fallback = target.de ?? target.en;
    if (!fallback) continue;
    for (const slash of ["", "/"]) {
      if (target.en) lines.push(`${from}${slash}  ${target.en}  301  Language=en`);
      lines.push(`${from}${slash}  ${fallback}  301`);
    }
  }
  lines.push(`${homePath("en")}*  ${notFoundPath("en")}  404`);
  return `${lines.join("\n")}\n`;
}

/** nginx: include inside the `server { }` block; needs the `map` in the `http { }` block (see README). */
export function nginxRedirects(targets: readonly QrTarget[]): string {
  const lines = [
    "# QR sign landings (generated). Put the map into the http { } block once:",
    "#   map $http_accept_language $showroom_lang { default de; ~*^en en; }",
    "# and include this file inside the server { } block.",
  ];
  for (const target of targets) {
    const de = target.de ?? target.en;
    const en = target.en ?? target.de;
    if (!de || !en) continue;
    lines.push(
      `location ~ ^${qrShortPath(target.code)}/?$ { if ($showroom_lang = en) { return 301 ${en}; } return 301 ${de}; }`,
    );
  }
  lines.push(
    `location ${homePath("en")} { error_page 404 ${notFoundPath("en")}; }`,
    `error_page 404 ${notFoundPath("de")};`,
  );
  return `${lines.join("\n")}\n`;
}

export function retiredCodeInfo(site: SiteContent, code: string) {
  return site.retiredCodes.find((retired) => retired.code === code);
}
