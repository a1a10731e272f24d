/**
 * The kiosk's settings, read from the build's environment (see docs/kiosk.md):
 * - KIOSK_TOURS: tour slugs (either language) shown as tiles, comma-separated; default every tour;
 * - KIOSK_OBJECTS: object slugs (either language); default the objects with a 3D scan, then the others, up to 12;
 * - KIOSK_LANGUAGES: "de", "en" or "de,en" (both, with a language toggle); default "de,en";
 * - KIOSK_IDLE_SECONDS: seconds without a touch before the kiosk resets to its start screen and
 *   shows the attract loop; default 90.
 *
 * @example
 *   const config = kioskConfigFromEnv({ KIOSK_LANGUAGES: "de", KIOSK_IDLE_SECONDS: "120" });
 */
import { SITE_LOCALES, type SiteLocale } from "@showroom/content-types/url-scheme";

export interface KioskConfig {
  /** Slugs as the operator wrote them; undefined: the default selection. */
  tours: string[] | undefined;
  objects: string[] | undefined;
  /** The kiosk's languages; the first is where it starts. */
  languages: SiteLocale[];
  idleSeconds: number;
}

export const KIOSK_DEFAULT_IDLE_SECONDS = 90;
/** Objects on the start screen when KIOSK_OBJECTS is not set. */
export const KIOSK_DEFAULT_OBJECT_COUNT = 12;

function list(value: string | undefined): string[] | undefined {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.length > 0 ? entries : undefined;
}

export function kioskConfigFromEnv(env: Record<string, string | undefined>): KioskConfig {
  const languages = list(env.KIOSK_LANGUAGES) ?? [...SITE_LOCALES];
  const unknown = languages.filter((language) => !(SITE_LOCALES as readonly string[]).includes(language));
  if (unknown.length > 0)
    throw new Error(
      `KIOSK_LANGUAGES="${env.KIOSK_LANGUAGES}": unknown language "${unknown[0]}". Use de, en or de,en.`,
    );
  const idleText = env.KIOSK_IDLE_SECONDS?.trim();
  const idleSeconds = idleText ? Number(idleText) : KIOSK_DEFAULT_IDLE_SECONDS;
  if (!Number.isInteger(idleSeconds) || idleSeconds < 1)
    throw new Error(
      `KIOSK_IDLE_SECONDS="${env.KIOSK_IDLE_SECONDS}" is not a whole number of seconds (1 or more), e.g. KIOSK_IDLE_SECONDS=90.`,
    );
  return {
    tours: list(env.KIOSK_TOURS),
    objects: list(env.KIOSK_OBJECTS),
    languages: [...new Set(languages as SiteLocale[])],
    idleSeconds,
  };
}

interface Entry {
  documentId: string;
  slug: string;
}

/**
 * The document ids of the configured entries, in the operator's order, matching a slug of any
 * language. An unknown slug fails the build with the variable and the slugs there are.
 */
export function pickEntries(
  variable: string,
  slugs: readonly string[] | undefined,
  byLocale: readonly (readonly Entry[])[],
  fallback: () => string[],
): string[] {
  if (!slugs) return fallback();
  const ids = slugs.map((slug) => {
    const entry = byLocale.flat().find((candidate) => candidate.slug === slug);
    if (!entry) {
      const known = [...new Set((byLocale[0] ?? []).map((candidate) => candidate.slug))].slice(0, 20);
      throw new Error(
        `${variable}: no published entry has the slug "${slug}". Known slugs: ${known.join(", ") || "(none)"}.`,
      );
    }
    return entry.documentId;
  });
  return [...new Set(ids)];
}
