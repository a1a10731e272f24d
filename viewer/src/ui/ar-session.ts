import { Vector3, type WebGLRenderer } from "three";
import type { SceneApi } from "../scene/use-scan-rig.ts";

/** Whether the browser can start a WebXR augmented-reality session (Chrome on ARCore phones). */
export async function isArSupported(): Promise<boolean> {
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
  if (!xr) return false;
  try {
    return await xr.isSessionSupported("immersive-ar");
  } catch {
    return false;
  }
}

/**
 * Shows the model in the room through the phone camera, at real size (the scene is in metres),
 * standing about a metre and a half in front of the visitor. The viewer's own controls pause while
 * the session runs; ending it (system back gesture or `end()`) restores the model's place.
 */
export async function startArSession(
  api: SceneApi,
  renderer: WebGLRenderer,
  overlayRoot: HTMLElement,
  onEnd: () => void,
): Promise<{ end(): Promise<void> }> {
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
  if (!xr) throw new Error("WebXR is not available");
  const session = await xr.requestSession("immersive-ar", {
    optionalFeatures: ["dom-overlay"],
    domOverlay: { root: overlayRoot },
  } as XRSessionInit);
  const root = api.modelRoot;
  const home = root.position.clone();
  const centre = api.sphere.center.clone();
  // Centre of the model 1.5 m ahead (plus its own radius) and 0.3 m below eye level.
  const place = new Vector3(0, -0.3, -1.5 - api.sphere.radius).sub(centre);
  root.position.add(place);
  api.controller.controls.enabled = false;
  renderer.xr.enabled = true;
  renderer.xr.setReferenceSpaceType("local");
  session.addEventListener("end", () => {
    root.position.copy(home);
    renderer.xr.enabled = false;
    api.controller.controls.enabled = true;
    api.invalidate();
    onEnd();
  });
  await renderer.xr.setSession(session);
  return { end: () => session.end() };
}
