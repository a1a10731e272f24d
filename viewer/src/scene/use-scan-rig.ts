import { useFrame, useThree } from "@react-three/fiber";
import { type RefObject, useLayoutEffect, useRef } from "react";
import { type Group, PerspectiveCamera, type Sphere, Vector3 } from "three";
import { boundingSphere, frameSphere } from "../three/frame.ts";
import { ViewController } from "../three/view-controller.ts";
import type { CameraView } from "../types.ts";

/** What the scene hands to the code around it once the model is framed and drawn. */
export interface SceneApi {
  controller: ViewController;
  /** The group holding the model, scaled to metres: model coordinates map to world via localToWorld. */
  modelRoot: Group;
  sphere: Sphere;
  camera: PerspectiveCamera;
  invalidate: () => void;
  /** Runs on every drawn frame (to place annotation buttons); returns an unsubscribe function. */
  onFrame: (listener: () => void) => () => void;
}

export interface ScanRigOptions {
  defaultCamera?: CameraView;
  reducedMotion: boolean;
  autoRotate: boolean;
  onReady: (api: SceneApi) => void;
}

/**
 * Frames the model (or applies the CMS default camera), runs the camera controller in the frame
 * loop and reports the scene once the first frame with the model has been drawn.
 */
export function useScanRig(modelRoot: RefObject<Group | null>, options: ScanRigOptions): void {
  const camera = useThree((state) => state.camera);
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  const rig = useRef<{ controller: ViewController; listeners: Set<() => void>; ready: boolean } | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useLayoutEffect(() => {
    const root = modelRoot.current;
    if (!root || !(camera instanceof PerspectiveCamera)) return;
    const { defaultCamera, reducedMotion, autoRotate } = optionsRef.current;
    const sphere = boundingSphere(root);
    if (defaultCamera?.fov) camera.fov = defaultCamera.fov;
    camera.updateProjectionMatrix();
    const controller = new ViewController(camera, gl.domElement, { reducedMotion, autoRotate, invalidate });
    const framed = frameSphere(sphere, camera);
    const home = defaultCamera
      ? {
          position: root.localToWorld(new Vector3(...defaultCamera.position)),
          target: root.localToWorld(new Vector3(...defaultCamera.target)),
        }
      : framed;
    controller.setHome(home, sphere);
    const listeners = new Set<() => void>();
    rig.current = { controller, listeners, ready: false };
    invalidate();
    return () => {
      controller.dispose();
      rig.current = null;
    };
  }, [modelRoot, camera, gl, invalidate]);

  useFrame((state) => {
    const current = rig.current;
    const root = modelRoot.current;
    if (!current || !root) return;
    if (current.controller.update(performance.now())) state.invalidate();
    for (const listener of current.listeners) listener();
    if (!current.ready) {
      current.ready = true;
      // The frame is drawn right after the useFrame callbacks; report once it is on screen.
      requestAnimationFrame(() => {
        if (rig.current !== current) return;
        optionsRef.current.onReady({
          controller: current.controller,
          modelRoot: root,
          sphere: boundingSphere(root),
          camera: camera as PerspectiveCamera,
          invalidate,
          onFrame: (listener) => {
            current.listeners.add(listener);
            invalidate();
            return () => current.listeners.delete(listener);
          },
        });
      });
    }
  });
}
