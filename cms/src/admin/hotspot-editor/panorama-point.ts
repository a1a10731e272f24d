/**
 * Directions in an equirectangular panorama drawn flat: x runs from yaw −180° (left edge) to 180°
 * (right edge), y from pitch 90° (top) to −90° (bottom). Values are rounded to a tenth of a degree,
 * finer than anyone can click and short enough to read in the form.
 */
export interface Direction {
  yaw: number;
  pitch: number;
}

const tenth = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The direction at a point of the drawn image, given as fractions (0…1) of its width and height. */
export function directionAt(fractionX: number, fractionY: number): Direction {
  return {
    yaw: tenth(clamp(fractionX, 0, 1) * 360 - 180),
    pitch: tenth(90 - clamp(fractionY, 0, 1) * 180),
  };
}

/** Where a direction lies in the drawn image, as fractions of width and height (yaw wraps round). */
export function pointOf(direction: Direction): { x: number; y: number } {
  const yaw = ((((direction.yaw + 180) % 360) + 360) % 360) - 180;
  return { x: (yaw + 180) / 360, y: (90 - clamp(direction.pitch, -90, 90)) / 180 };
}

/** One arrow-key step: yaw wraps round at ±180°, pitch stops at the poles. */
export function stepDirection(from: Direction, yawSteps: number, pitchSteps: number, degrees = 5): Direction {
  let yaw = from.yaw + yawSteps * degrees;
  if (yaw > 180) yaw -= 360;
  if (yaw < -180) yaw += 360;
  return { yaw: tenth(yaw), pitch: tenth(clamp(from.pitch + pitchSteps * degrees, -90, 90)) };
}

/** A hotspot's direction from form values (decimals may arrive as strings), if both are numbers. */
export function readDirection(hotspot: unknown): Direction | undefined {
  if (!hotspot || typeof hotspot !== "object") return undefined;
  const { yaw, pitch } = hotspot as Record<string, unknown>;
  const y = yaw === null || yaw === "" ? Number.NaN : Number(yaw);
  const p = pitch === null || pitch === "" ? Number.NaN : Number(pitch);
  return Number.isFinite(y) && Number.isFinite(p) ? { yaw: y, pitch: p } : undefined;
}
