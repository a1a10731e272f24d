import { useThree } from "@react-three/fiber";
import { useLayoutEffect } from "react";
import {
  applyLightRig,
  applyNeutralEnvironment,
  isSoftwareRenderer,
  type Lighting,
} from "../three/environment.ts";

/**
 * Lights the scene: the generated neutral studio environment, or plain lights on software
 * rendering ("auto"), and frees it on unmount.
 */
export function useNeutralEnvironment(lighting: Lighting = "auto"): void {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  useLayoutEffect(() => {
    const useLights = lighting === "lights" || (lighting === "auto" && isSoftwareRenderer(gl));
    const release = useLights ? applyLightRig(scene) : applyNeutralEnvironment(gl, scene);
    invalidate();
    return release;
  }, [gl, scene, invalidate, lighting]);
}
