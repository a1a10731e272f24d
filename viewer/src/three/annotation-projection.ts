import { type Camera, type Object3D, Raycaster, Vector3 } from "three";

export interface ProjectedAnnotation {
  /** Pixel position inside the canvas. */
  x: number;
  y: number;
  /** False when behind the camera, outside the view, facing away or hidden by the model. */
  visible: boolean;
}

const toCamera = new Vector3();
const projected = new Vector3();
const worldNormal = new Vector3();
const raycaster = new Raycaster();

/**
 * Projects a world-space point to canvas pixels and decides whether it can be seen. With a normal
 * the check is cheap (does the surface face the camera?); without, a ray from the camera finds out
 * whether the model hides the point, which is costly on big scans, so callers throttle it.
 */
export function projectAnnotation(
  point: Vector3,
  normal: Vector3 | undefined,
  camera: Camera,
  width: number,
  height: number,
  occluders: Object3D | undefined,
): ProjectedAnnotation {
  projected.copy(point).project(camera);
  const x = ((projected.x + 1) / 2) * width;
  const y = ((1 - projected.y) / 2) * height;
  const onScreen =
    projected.z > -1 && projected.z < 1 && Math.abs(projected.x) <= 1 && Math.abs(projected.y) <= 1;
  if (!onScreen) return { x, y, visible: false };
  toCamera.copy(camera.position).sub(point);
  if (normal) {
    worldNormal.copy(normal).normalize();
    return { x, y, visible: worldNormal.dot(toCamera) > 0 };
  }
  if (!occluders) return { x, y, visible: true };
  const distance = toCamera.length();
  raycaster.set(camera.position, toCamera.clone().negate().normalize());
  raycaster.far = distance;
  const hit = raycaster.intersectObject(occluders, true)[0];
  // A hit clearly in front of the point means the model hides it; the tolerance absorbs the
  // annotation lying exactly on the surface.
  return { x, y, visible: !hit || hit.distance >= distance * 0.98 };
}
