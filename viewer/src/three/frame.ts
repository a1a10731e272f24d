import { Box3, type Object3D, type PerspectiveCamera, Sphere, Vector3 } from "three";

export interface Framing {
  position: Vector3;
  target: Vector3;
  /** Radius of the bounding sphere, the scale for zoom limits, clipping planes and keyboard steps. */
  radius: number;
}

/** The bounding sphere of everything visible in `object` (world space, after its transforms). */
export function boundingSphere(object: Object3D): Sphere {
  object.updateWorldMatrix(true, true);
  const box = new Box3().setFromObject(object, true);
  const sphere = new Sphere();
  if (box.isEmpty()) return sphere.set(new Vector3(), 1);
  box.getBoundingSphere(sphere);
  if (!(sphere.radius > 0)) sphere.radius = 1;
  return sphere;
}

/**
 * A view that shows the whole sphere with a small margin, looking from the front and slightly
 * above (the way a museum object is photographed).
 *
 * @example
 *   const { position, target } = frameSphere(boundingSphere(model), camera);
 */
export function frameSphere(sphere: Sphere, camera: PerspectiveCamera, margin = 1.15): Framing {
  const vertical = (camera.fov * Math.PI) / 180;
  const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * Math.max(camera.aspect, 0.1));
  const halfAngle = Math.min(vertical, horizontal) / 2;
  const distance = (sphere.radius * margin) / Math.sin(halfAngle);
  const direction = new Vector3(0.5, 0.35, 1).normalize();
  return {
    target: sphere.center.clone(),
    position: sphere.center.clone().addScaledVector(direction, distance),
    radius: sphere.radius,
  };
}

/** Near and far planes that keep depth precision for objects from a coin to a rampart. */
export function fitClippingPlanes(camera: PerspectiveCamera, sphere: Sphere): void {
  const distance = camera.position.distanceTo(sphere.center);
  camera.near = Math.max(sphere.radius / 1000, (distance - sphere.radius * 4) / 10, 1e-4);
  camera.far = distance + sphere.radius * 20;
  camera.updateProjectionMatrix();
}
