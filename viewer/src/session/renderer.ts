/** The R3F root on the viewer's canvas: renderer settings, size following the view, clean-up. */
import { createRoot, type ReconcilerRoot } from "@react-three/fiber";
import { WebGLRenderer, type WebGLRendererParameters } from "three";
import type { ScanViewerOptions } from "../types.ts";

export interface SceneRoot {
  root: ReconcilerRoot<HTMLCanvasElement>;
  renderer: WebGLRenderer;
  /** Stops following the view's size and unmounts the React tree (frees the WebGL context). */
  dispose(): void;
}

/** Creates the root; resolves undefined when `isDisposed()` turned true while it was configured. */
export async function createSceneRoot(
  canvas: HTMLCanvasElement,
  view: HTMLElement,
  options: ScanViewerOptions,
  isDisposed: () => boolean,
): Promise<SceneRoot | undefined> {
  let renderer: WebGLRenderer | undefined;
  const root = createRoot(canvas);
  const config = {
    gl: (defaults: WebGLRendererParameters) => {
      renderer = new WebGLRenderer({
        ...defaults,
        antialias: true,
        alpha: true,
        preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
      });
      return renderer;
    },
    dpr: [1, 2] as [number, number],
    frameloop: "demand" as const,
    camera: {
      fov: options.defaultCamera?.fov ?? 40,
      near: 0.01,
      far: 1000,
      position: [0, 0, 5] as [number, number, number],
    },
    size: sizeOf(view),
  };
  await root.configure(config);
  if (isDisposed() || !renderer) {
    root.unmount();
    return undefined;
  }
  const resize = new ResizeObserver(() => void root.configure({ ...config, size: sizeOf(view) }));
  resize.observe(view);
  return {
    root,
    renderer,
    dispose() {
      resize.disconnect();
      root.unmount();
    },
  };
}

function sizeOf(element: HTMLElement): { width: number; height: number; top: number; left: number } {
  return {
    width: Math.max(1, element.clientWidth),
    height: Math.max(1, element.clientHeight),
    top: 0,
    left: 0,
  };
}
