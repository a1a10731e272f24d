import { useThree } from "@react-three/fiber";
import { useLayoutEffect } from "react";
import { applyNeutralEnvironment } from "../three/environment.ts";

/** Lights the scene with a generated neutral studio environment and frees it on unmount. */
export function useNeutralEnvironment(): void {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  useLayoutEffect(() => {
    const release = applyNeutralEnvironment(gl, scene);
    invalidate();
    return release;
  }, [gl, scene, invalidate]);
}
