/**
 * Where the visitor stands and looks in a virtual tour, and its deep link in the address hash:
 * `#stop=3&yaw=120&pitch=-5` (stop numbers from 1, degrees; yaw 0 is the panorama's centre,
 * positive to the right; pitch 0 is the horizon, positive up).
 */
export interface TourView {
  /** 1-based stop number. */
  stop: number;
  yaw: number;
  pitch: number;
}

export const PITCH_LIMIT = 85;

/** Yaw into −180…180. */
export function normalizeYaw(yaw: number): number {
  const wrapped = (((yaw + 180) % 360) + 360) % 360;
  return wrapped - 180;
}

export function clampPitch(pitch: number): number {
  return Math.min(PITCH_LIMIT, Math.max(-PITCH_LIMIT, pitch));
}

/** Reads a deep link; undefined when the hash names no stop. Out-of-range values are brought into range. */
export function parseTourHash(hash: string, stopCount: number): TourView | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const stop = Number.parseInt(params.get("stop") ?? "", 10);
  if (!Number.isFinite(stop)) return undefined;
  const number = (name: string) => {
    const value = Number.parseFloat(params.get(name) ?? "");
    return Number.isFinite(value) ? value : 0;
  };
  return {
    stop: Math.min(Math.max(stop, 1), Math.max(stopCount, 1)),
    yaw: normalizeYaw(number("yaw")),
    pitch: clampPitch(number("pitch")),
  };
}

export function formatTourHash(view: TourView): string {
  return `#stop=${view.stop}&yaw=${Math.round(normalizeYaw(view.yaw))}&pitch=${Math.round(clampPitch(view.pitch))}`;
}

/** The unit vector of a direction: yaw 0 looks along −z (three.js's forward), yaw 90 along +x. */
export function directionOf(yawDegrees: number, pitchDegrees: number): [number, number, number] {
  const yaw = (yawDegrees * Math.PI) / 180;
  const pitch = (pitchDegrees * Math.PI) / 180;
  return [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
}

/** Yaw and pitch (degrees) of a direction vector. */
export function yawPitchOf(x: number, y: number, z: number): [number, number] {
  const length = Math.hypot(x, y, z) || 1;
  return [(Math.atan2(x, -z) * 180) / Math.PI, (Math.asin(y / length) * 180) / Math.PI];
}
