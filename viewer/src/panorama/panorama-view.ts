/**
 * The 360° view of one panorama with three.js: a low-resolution preview sphere first, then the
 * 512 px tiles of the level the screen needs, only those in view (and a margin), drawn over it.
 * Tiles live in a bounded cache (least recently seen go first, their textures disposed), so a
 * long walk through a tour of 16k panoramas keeps a phone's memory flat. Renders on demand only.
 */
import {
  DoubleSide,
  LinearFilter,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  SRGBColorSpace,
  type Texture,
  TextureLoader,
  Vector3,
  WebGLRenderer,
} from "three";
import { disposeObject } from "../three/dispose.ts";
import { levelForView, type PanoramaLevel, PREVIEW_FILE, tileAt, tileBounds, tileFile } from "./levels.ts";
import { clampPitch, directionOf, normalizeYaw, yawPitchOf } from "./view-state.ts";

export interface PanoramaSource {
  /** Folder of preview.jpg and the levels, with a trailing slash. */
  tiles: string;
  levels: readonly PanoramaLevel[];
}

interface CachedTile {
  mesh?: Mesh;
  lastSeen: number;
}

const RADIUS = 50;
const DEG = Math.PI / 180;
/** Tiles kept on the GPU (512 × 512 × 4 bytes each, about 1 MB): enough for two screens of the sharpest level. */
export const DEFAULT_TILE_CACHE = 48;
const PARALLEL_LOADS = 6;
export const MIN_FOV = 30;
export const MAX_FOV = 90;

/** A sphere patch covering a yaw/pitch rectangle, seen from inside (three.js's panorama convention). */
function patchGeometry(
  yawStart: number,
  yawLength: number,
  pitchTop: number,
  pitchLength: number,
  segments: number,
) {
  const geometry = new SphereGeometry(
    RADIUS,
    segments,
    Math.max(2, Math.round(segments / 2)),
    (yawStart - 90) * DEG,
    yawLength * DEG,
    (90 - pitchTop) * DEG,
    pitchLength * DEG,
  );
  geometry.scale(-1, 1, 1);
  return geometry;
}

function material(texture: Texture): MeshBasicMaterial {
  return new MeshBasicMaterial({ map: texture, side: DoubleSide, depthTest: false, depthWrite: false });
}

export class PanoramaView {
  readonly canvas: HTMLCanvasElement;
  yaw = 0;
  pitch = 0;
  fov = 75;
  /** Called after every frame, e.g. to move DOM hotspots with the view. */
  onRender: (() => void) | undefined;
  private readonly renderer: WebGLRenderer;
  private readonly camera = new PerspectiveCamera(75, 2, 0.1, 200);
  private readonly scene = new Scene();
  private readonly loader = new TextureLoader();
  private readonly tiles = new Map<string, CachedTile>();
  private source: PanoramaSource | undefined;
  private preview: Mesh | undefined;
  /** Bumped on every new panorama: loads of the previous one are dropped when they arrive. */
  private generation = 0;
  private loading = 0;
  private queue: string[] = [];
  private frame = 0;
  private clock = 0;
  private readonly maxTiles: number;

  constructor(options: { maxTiles?: number } = {}) {
    this.maxTiles = options.maxTiles ?? DEFAULT_TILE_CACHE;
    this.renderer = new WebGLRenderer({ antialias: false, alpha: false, powerPreference: "low-power" });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.canvas = this.renderer.domElement;
  }

  setSize(width: number, height: number): void {
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / Math.max(height, 1);
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  /** Shows another panorama at a view; resolves when its preview is on screen. */
  show(source: PanoramaSource, view: { yaw: number; pitch: number }): Promise<void> {
    this.generation += 1;
    const generation = this.generation;
    this.clearTiles();
    if (this.preview) {
      this.scene.remove(this.preview);
      disposeObject(this.preview);
      this.preview = undefined;
    }
    this.source = source;
    this.setView(view.yaw, view.pitch);
    return new Promise((resolve, reject) => {
      this.loader.load(
        `${source.tiles}${PREVIEW_FILE}`,
        (texture) => {
          if (generation !== this.generation) {
            texture.dispose();
            return resolve();
          }
          texture.colorSpace = SRGBColorSpace;
          this.preview = new Mesh(patchGeometry(-180, 360, 90, 180, 48), material(texture));
          this.preview.renderOrder = 0;
          this.scene.add(this.preview);
          this.requestRender();
          resolve();
        },
        undefined,
        () => reject(new Error(`could not load ${source.tiles}${PREVIEW_FILE}`)),
      );
    });
  }

  setView(yaw: number, pitch: number, fov = this.fov): void {
    this.yaw = normalizeYaw(yaw);
    this.pitch = clampPitch(pitch);
    this.fov = Math.min(MAX_FOV, Math.max(MIN_FOV, fov));
    this.requestRender();
  }

  /** Where a direction is on the canvas (CSS pixels), or undefined when it is behind or outside the view. */
  project(yaw: number, pitch: number): { x: number; y: number } | undefined {
    const point = new Vector3(...directionOf(yaw, pitch));
    const forward = new Vector3(...directionOf(this.yaw, this.pitch));
    if (point.dot(forward) <= 0.05) return undefined;
    point.project(this.camera);
    if (Math.abs(point.x) > 1 || Math.abs(point.y) > 1) return undefined;
    const { clientWidth, clientHeight } = this.canvas;
    return { x: ((point.x + 1) / 2) * clientWidth, y: ((1 - point.y) / 2) * clientHeight };
  }

  requestRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Tiles held now, loaded or on their way (bounded by the cache size plus one screen). */
  get cachedTileCount(): number {
    return this.tiles.size;
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.generation += 1;
    this.clearTiles();
    if (this.preview) disposeObject(this.preview);
    this.renderer.dispose();
    this.renderer.forceContextLoss();
  }

  private render(): void {
    this.clock += 1;
    this.camera.fov = this.fov;
    this.camera.updateProjectionMatrix();
    this.camera.lookAt(new Vector3(...directionOf(this.yaw, this.pitch)));
    this.requestTilesInView();
    this.renderer.render(this.scene, this.camera);
    this.onRender?.();
  }

  /** The tiles the current view needs, at the level the screen needs. */
  private tilesInView(): { level: PanoramaLevel; keys: string[] } | undefined {
    if (!this.source) return undefined;
    const level = levelForView(
      this.source.levels,
      this.canvas.clientHeight,
      this.fov,
      window.devicePixelRatio,
    );
    if (!level) return undefined;
    const tileDegrees = 360 / level.cols;
    const across = Math.min(
      48,
      Math.max(4, Math.ceil((2 * this.fov * this.camera.aspect) / tileDegrees) + 2),
    );
    const down = Math.min(32, Math.max(4, Math.ceil((2 * this.fov) / tileDegrees) + 2));
    const keys = new Set<string>();
    const ray = new Vector3();
    for (let i = 0; i <= across; i++) {
      for (let j = 0; j <= down; j++) {
        // A little beyond the edges, so a small turn finds its tiles ready.
        ray.set(-1.1 + (2.2 * i) / across, -1.1 + (2.2 * j) / down, 0.5).unproject(this.camera);
        const [yaw, pitch] = yawPitchOf(ray.x, ray.y, ray.z);
        const [col, row] = tileAt(level, yaw, pitch);
        keys.add(tileFile(level.index, col, row));
      }
    }
    return { level, keys: [...keys] };
  }

  private requestTilesInView(): void {
    const needed = this.tilesInView();
    if (!needed) return;
    for (const key of needed.keys) {
      const cached = this.tiles.get(key);
      if (cached) cached.lastSeen = this.clock;
      else {
        this.tiles.set(key, { lastSeen: this.clock });
        this.queue.push(key);
      }
    }
    // Tiles no longer in view wait no more.
    const wanted = new Set(needed.keys);
    const dropped = this.queue.filter((key) => !wanted.has(key));
    for (const key of dropped) this.tiles.delete(key);
    this.queue = this.queue.filter((key) => wanted.has(key));
    this.pump();
  }

  private pump(): void {
    const source = this.source;
    while (source && this.loading < PARALLEL_LOADS && this.queue.length > 0) {
      const key = this.queue.shift() as string;
      const generation = this.generation;
      this.loading += 1;
      const done = () => {
        this.loading -= 1;
        this.pump();
      };
      this.loader.load(
        `${source.tiles}${key}`,
        (texture) => {
          done();
          const entry = this.tiles.get(key);
          if (generation !== this.generation || !entry) {
            texture.dispose();
            return;
          }
          this.addTile(key, entry, texture);
        },
        undefined,
        () => {
          done();
          // A missing tile leaves the preview showing there; it is asked for again on a later view.
          this.tiles.delete(key);
        },
      );
    }
  }

  private addTile(key: string, entry: CachedTile, texture: Texture): void {
    const [levelIndex, col, row] = key.replace(".jpg", "").split(/[/_]/).map(Number) as [
      number,
      number,
      number,
    ];
    const level = this.source?.levels[levelIndex];
    if (!level) return;
    texture.colorSpace = SRGBColorSpace;
    texture.generateMipmaps = false;
    texture.minFilter = LinearFilter;
    const bounds = tileBounds(level, col, row);
    entry.mesh = new Mesh(
      patchGeometry(bounds.yawStart, bounds.yawLength, bounds.pitchTop, bounds.pitchLength, 8),
      material(texture),
    );
    entry.mesh.renderOrder = 1 + levelIndex;
    this.scene.add(entry.mesh);
    this.evict();
    this.requestRender();
  }

  /** Drops the tiles seen longest ago while the cache is over its bound. */
  private evict(): void {
    const loaded = [...this.tiles.entries()].filter(([, tile]) => tile.mesh);
    if (loaded.length <= this.maxTiles) return;
    loaded.sort((a, b) => a[1].lastSeen - b[1].lastSeen);
    for (const [key, tile] of loaded.slice(0, loaded.length - this.maxTiles)) {
      if (tile.mesh) {
        this.scene.remove(tile.mesh);
        disposeObject(tile.mesh);
      }
      this.tiles.delete(key);
    }
  }

  private clearTiles(): void {
    for (const tile of this.tiles.values()) {
      if (tile.mesh) {
        this.scene.remove(tile.mesh);
        disposeObject(tile.mesh);
      }
    }
    this.tiles.clear();
    this.queue = [];
  }
}
