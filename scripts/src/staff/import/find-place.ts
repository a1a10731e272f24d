import { nearest } from "./edit-distance.ts";
import { slugify } from "./heritage-columns.ts";
import type { PlaceRef } from "./plan-import.ts";

export type FoundPlace = { place: PlaceRef } | { error: string };

/**
 * The place a cell names, by its slug or its name in any case or spelling of umlauts
 * ("Kulturstätte" and "kulturstaette"); for a typo, an error that names the closest place.
 */
export function findPlace(text: string, places: readonly PlaceRef[]): FoundPlace {
  const lower = text.toLowerCase();
  const asSlug = slugify(text);
  const place = places.find(
    (p) =>
      p.slug === lower || p.name.toLowerCase() === lower || p.slug === asSlug || slugify(p.name) === asSlug,
  );
  if (place) return { place };
  const guess = nearest(text, places, (p) => [p.slug, p.name]);
  if (guess) {
    return {
      error: `Kulturstätte „${text}“ gibt es nicht. Meinten Sie „${guess.name}“ (Kurzname „${guess.slug}“)?`,
    };
  }
  const some = places
    .slice(0, 5)
    .map((p) => `„${p.slug}“ (${p.name})`)
    .join(", ");
  return {
    error: `Kulturstätte „${text}“ gibt es nicht; erwartet wird ihr Kurzname (Slug) oder ihr Name${some ? `, z. B. ${some}` : " – im CMS ist noch keine angelegt"}.`,
  };
}
