/**
 * The tile pyramid of a 360° panorama (equirectangular, width = 2 × height), shared by the build
 * step that cuts the tiles and the viewer that asks for them: one small preview image for the first
 * view, then levels of 512 px tiles, each level twice as wide as the one before, the last one the
 * image's own size. A phone only ever asks for the tiles of the level its screen needs, in view.
 */

/** Edge of a tile in pixels. */
export const PANORAMA_TILE_SIZE = 512;
/** Width of the preview image (height is half): small enough for a slow phone link. */
export const PANORAMA_PREVIEW_WIDTH = 1024;
/** The narrowest tiled level: below it the preview is as sharp. */
const SMALLEST_LEVEL_WIDTH = 2048;

export interface PanoramaLevel {
  /** 0 for the narrowest tiled level. */
  index: number;
  width: number;
  height: number;
  cols: number;
  rows: number;
}

/** The tiled levels of a panorama of `width` × `height` pixels, narrowest first (none for small images). */
export function planPanoramaLevels(width: number, height: number): PanoramaLevel[] {
  if (!(width > 0 && height > 0)) return [];
  const widths: number[] = [];
  for (let levelWidth = width; levelWidth >= SMALLEST_LEVEL_WIDTH; levelWidth = Math.round(levelWidth / 2)) {
    widths.unshift(levelWidth);
  }
  return widths.map((levelWidth, index) => {
    const levelHeight = Math.max(1, Math.round((levelWidth * height) / width));
    return {
      index,
      width: levelWidth,
      height: levelHeight,
      cols: Math.ceil(levelWidth / PANORAMA_TILE_SIZE),
      rows: Math.ceil(levelHeight / PANORAMA_TILE_SIZE),
    };
  });
}

/** The file of a tile below a panorama's tile folder: `2/3_1.jpg` (level, column, row). */
export function tileFile(level: number, col: number, row: number): string {
  return `${level}/${col}_${row}.jpg`;
}

export const PREVIEW_FILE = "preview.jpg";

/**
 * The level a view needs: the narrowest whose pixels per degree reach the screen's in CSS pixels
 * (a 3× phone screen would pull four times the bytes for a sharpness few notice), else the widest.
 */
export function levelForView(
  levels: readonly PanoramaLevel[],
  viewportHeightCss: number,
  verticalFovDegrees: number,
  devicePixelRatio = 1,
): PanoramaLevel | undefined {
  const screenPixelsPerDegree = (viewportHeightCss * Math.min(devicePixelRatio, 1)) / verticalFovDegrees;
  // The preview alone is sharp enough for small views.
  if (PANORAMA_PREVIEW_WIDTH / 360 >= screenPixelsPerDegree) return undefined;
  return (
    levels.find((level) => level.width / 360 >= screenPixelsPerDegree * 0.85) ?? levels[levels.length - 1]
  );
}

/** The column and row of the tile that holds a direction (yaw −180…180 left to right, pitch 90 at the top). */
export function tileAt(level: PanoramaLevel, yawDegrees: number, pitchDegrees: number): [number, number] {
  const u = ((((yawDegrees + 180) % 360) + 360) % 360) / 360;
  const v = Math.min(Math.max((90 - pitchDegrees) / 180, 0), 0.999999);
  const x = Math.min(Math.floor(u * level.width), level.width - 1);
  const y = Math.min(Math.floor(v * level.height), level.height - 1);
  return [Math.floor(x / PANORAMA_TILE_SIZE), Math.floor(y / PANORAMA_TILE_SIZE)];
}

/** The yaw and pitch range (degrees) a tile covers. */
export function tileBounds(
  level: PanoramaLevel,
  col: number,
  row: number,
): { yawStart: number; yawLength: number; pitchTop: number; pitchLength: number } {
  const x0 = col * PANORAMA_TILE_SIZE;
  const x1 = Math.min(level.width, x0 + PANORAMA_TILE_SIZE);
  const y0 = row * PANORAMA_TILE_SIZE;
  const y1 = Math.min(level.height, y0 + PANORAMA_TILE_SIZE);
  return {
    yawStart: (x0 / level.width) * 360 - 180,
    yawLength: ((x1 - x0) / level.width) * 360,
    pitchTop: 90 - (y0 / level.height) * 180,
    pitchLength: ((y1 - y0) / level.height) * 180,
  };
}
