/**
 * The texts "near me" shows, handed to the island in a data attribute by NearMe.astro, so the
 * script a page loads up front carries no string table. `{count}` and `{distance}` are filled in.
 */
import type { MapLabels } from "../../lib/map/map-labels.ts";

export interface NearMeMessages {
  locating: string;
  sorted: string;
  denied: string;
  unavailable: string;
  unsupported: string;
  distanceAway: string;
}

export function nearMeMessages(t: MapLabels): NearMeMessages {
  return {
    locating: t.nearMeLocating,
    sorted: t.nearMeSorted(-1).replace("-1", "{count}"),
    denied: t.nearMeDenied,
    unavailable: t.nearMeUnavailable,
    unsupported: t.nearMeUnsupported,
    distanceAway: t.distanceAway("{distance}"),
  };
}
