/**
 * Distances for "near me", computed in the visitor's browser (the position never leaves it).
 */
import type { LonLat } from "./projection.ts";

const EARTH_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance in metres (haversine; good to well under 1 % at these distances). */
export function distanceMetres(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "350 m", "1,2 km" (German) or "1.2 km" (English): metres below one kilometre, else one decimal. */
export function formatDistance(metres: number, locale: "de" | "en"): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  const km = metres / 1000;
  const text = km < 100 ? km.toFixed(1) : String(Math.round(km));
  return `${locale === "de" ? text.replace(".", ",") : text} km`;
}

/** The entries sorted nearest first (stable: equal distances keep their order). */
export function sortByDistance<T extends LonLat>(
  entries: readonly T[],
  from: LonLat,
): { entry: T; metres: number }[] {
  return entries
    .map((entry, index) => ({ entry, metres: distanceMetres(from, entry), index }))
    .sort((a, b) => a.metres - b.metres || a.index - b.index)
    .map(({ entry, metres }) => ({ entry, metres }));
}
