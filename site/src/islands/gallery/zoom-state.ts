/**
 * The zoom and pan of the image viewer as plain numbers, kept apart from the DOM so the rules
 * (limits, zoom about a point, pan that never loses the image) are easy to reason about.
 */
export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 6;
export const ZOOM_STEP = 1.5;
/** How far one arrow key moves the image, in CSS px. */
export const PAN_STEP = 60;

export const WHOLE_IMAGE: ZoomState = { scale: 1, x: 0, y: 0 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The state scaled by `factor` about the point (`cx`, `cy`) relative to the stage centre, so the
 * point under the fingers or the cursor stays where it is.
 */
export function zoomAbout(state: ZoomState, factor: number, cx = 0, cy = 0): ZoomState {
  const scale = clamp(state.scale * factor, MIN_SCALE, MAX_SCALE);
  const applied = scale / state.scale;
  return limitPan({ scale, x: cx - (cx - state.x) * applied, y: cy - (cy - state.y) * applied });
}

/** The state moved by (`dx`, `dy`), kept so some of the image stays in view. */
export function panBy(state: ZoomState, dx: number, dy: number, stage = { width: 0, height: 0 }): ZoomState {
  return limitPan({ ...state, x: state.x + dx, y: state.y + dy }, stage);
}

function limitPan(state: ZoomState, stage = { width: 0, height: 0 }): ZoomState {
  if (state.scale === 1) return { ...WHOLE_IMAGE };
  // At scale s the image overhangs the stage by (s - 1) / 2 of its size on each side.
  const maxX = Math.max(stage.width, 400) * ((state.scale - 1) / 2);
  const maxY = Math.max(stage.height, 400) * ((state.scale - 1) / 2);
  return { scale: state.scale, x: clamp(state.x, -maxX, maxX), y: clamp(state.y, -maxY, maxY) };
}
