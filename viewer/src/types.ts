import type { ViewerLocale } from "./i18n.ts";

/** A point or direction in the model's own coordinates (the glTF units, before `scale`). */
export type Vec3 = [number, number, number];

/** A camera view: where the camera stands and what it looks at, in model coordinates. */
export interface CameraView {
  position: Vec3;
  target: Vec3;
  /** Vertical field of view in degrees (default 40). */
  fov?: number;
}

/** One prepared level of a scan: where it is and how many bytes a visitor downloads for it. */
export interface ModelLevel {
  url: string;
  size?: number;
}

/** A note anchored to a point of the model (from the CMS scan's annotations). */
export interface ScanAnnotation {
  title: string;
  text: string;
  /** The anchored point, in model coordinates. */
  position: Vec3;
  /** Surface normal at the point; when set the note hides as soon as the surface faces away. */
  normal?: Vec3;
  /** The view the camera moves to when the note is opened and in the guided view. */
  camera?: Omit<CameraView, "fov">;
}

/**
 * Everything the viewer needs for one scan. The same object is the JSON in the
 * `data-scan-viewer` attribute of the server-rendered HTML (see README.md).
 */
export interface ScanViewerOptions {
  /**
   * URL of the .glb or .gltf file to show, the full web level (a .gltf loads its .bin and images
   * relative to this URL). Empty when `unavailable` is set.
   */
  model: string;
  /**
   * The quick level (prepare-scan's thumb), loaded first and shown as soon as it is ready; then
   * `model` is loaded and swapped in place, keeping camera, notes and measurement.
   */
  thumb?: ModelLevel;
  /**
   * The scan has no prepared web level yet ("pending") or its preparation failed ("failed"): the
   * poster and a line saying so, and no button that would load the original upload.
   */
  unavailable?: "pending" | "failed";
  /** URL of the poster image shown before and instead of the 3D view. */
  poster?: string;
  /** Short text alternative of the poster and the 3D view (e.g. "Taufschale aus Messing"). */
  alt: string;
  /** Longer text description of what the model shows (the text alternative of the scan). */
  description?: string;
  /**
   * Size of `model` in bytes: on the "Show 3D model" button (or, with a `thumb`, as the follow-up
   * note), and the progress total when the server sends no Content-Length.
   */
  fileSize?: number;
  annotations?: ScanAnnotation[];
  /** Start view; when absent the camera frames the whole model. */
  defaultCamera?: CameraView;
  /** Metres per model unit (default 1, as glTF specifies). Used for measuring and AR. */
  scale?: number;
  /** Language of the interface texts (default "de"). */
  locale?: ViewerLocale;
  /** Folder URL of the self-hosted Draco and Basis decoders (see decoders.ts), e.g. "/decoders/". */
  decoderPath?: string;
  /** Apple Quick Look file for AR on iOS. */
  usdzUrl?: string;
  /** Credit line and licence name shown with the viewer (and on the embed page). */
  attribution?: string;
  licence?: string;
  licenceUrl?: string;
  /** Turn the model slowly until the visitor interacts (never with prefers-reduced-motion). Default true. */
  autoRotate?: boolean;
  /**
   * When the 3D view starts: "now" (default for mountScanViewer), "click" (poster and button first),
   * or "visible" (when the viewer scrolls into view).
   */
  start?: "now" | "click" | "visible";
  /**
   * "auto" (default): a generated neutral environment light; plain lights when the browser renders
   * in software (no GPU), where the environment would take seconds. "environment"/"lights" force one.
   */
  lighting?: "auto" | "environment" | "lights";
  /** Keep the drawn image readable (canvas.toDataURL); for screenshots and tests, costs some speed. */
  preserveDrawingBuffer?: boolean;
}

/** What went wrong, in the words the interface uses (see i18n `errors`). */
export type ViewerErrorCode =
  | "missing"
  | "broken"
  | "invalid"
  | "network"
  | "webgl"
  | "contextLost"
  /** The model names files on another server; loading them would be a third-party request. */
  | "foreign"
  | "unknown";

/** The handle mountScanViewer returns. */
export interface ScanViewerHandle {
  /** Removes the 3D view, frees every WebGL resource and restores the poster. */
  unmount(): void;
  /** The current camera view in model coordinates (undefined before the model is shown). */
  getView(): CameraView | undefined;
}
