import { extend } from "@react-three/fiber";
import { useRef } from "react";
import { Group, type Object3D } from "three";
import type { Lighting } from "../three/environment.ts";
import type { CameraView } from "../types.ts";
import { useNeutralEnvironment } from "./use-neutral-environment.ts";
import { type SceneApi, useScanRig } from "./use-scan-rig.ts";

// Register only what the scene uses: R3F's catalogue starts empty, which keeps bundles small.
extend({ Group });

export interface ScanSceneProps {
  /** The loaded glTF scene (see three/load-model.ts). */
  model: Object3D;
  /** Metres per model unit: the world of the scene is in metres (measuring, AR). */
  scale: number;
  defaultCamera?: CameraView;
  reducedMotion: boolean;
  autoRotate: boolean;
  /** "auto" (default): generated environment light, plain lights on software rendering. */
  lighting?: Lighting;
  onReady: (api: SceneApi) => void;
}

/** The 3D scene of one scan: the model in metres, neutral light and the camera rig. */
export function ScanScene({
  model,
  scale,
  defaultCamera,
  reducedMotion,
  autoRotate,
  lighting,
  onReady,
}: ScanSceneProps) {
  const root = useRef<Group>(null);
  useNeutralEnvironment(lighting);
  useScanRig(root, { defaultCamera, reducedMotion, autoRotate, onReady });
  return (
    <group ref={root} scale={scale} name="scan-model-root">
      <primitive object={model} />
    </group>
  );
}
