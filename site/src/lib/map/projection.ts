/**
 * Web Mercator, the projection of web maps: longitude/latitude to "world" coordinates from 0 to 1
 * (x east, y south), so one world unit is the width of the whole map at every zoom level. Used by
 * the build-time SVG and the interactive map alike, so both draw the same picture.
 */

/** Latitudes beyond this cannot be shown in Web Mercator (the square world ends here). */
const MAX_LATITUDE = 85.05112878;

export interface LonLat {
  longitude: number;
  latitude: number;
}

export interface WorldPoint {
  x: number;
  y: number;
}

export function project({ longitude, latitude }: LonLat): WorldPoint {
  const lat = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180;
  return {
    x: (longitude + 180) / 360,
    y: (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2,
  };
}

export function unproject({ x, y }: WorldPoint): LonLat {
  const n = Math.PI * (1 - 2 * y);
  return { longitude: x * 360 - 180, latitude: (Math.atan(Math.sinh(n)) * 180) / Math.PI };
}
