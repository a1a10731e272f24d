import {
  BufferGeometry,
  type Camera,
  Float32BufferAttribute,
  Group,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  Raycaster,
  SphereGeometry,
  Vector2,
  type Vector3,
} from "three";

const raycaster = new Raycaster();
const pointer = new Vector2();

/** The model surface under a canvas pixel, in world coordinates (metres), or undefined. */
export function pickSurfacePoint(
  x: number,
  y: number,
  width: number,
  height: number,
  camera: Camera,
  target: Object3D,
): Vector3 | undefined {
  pointer.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
  raycaster.setFromCamera(pointer, camera);
  return raycaster.intersectObject(target, true)[0]?.point.clone();
}

/**
 * The markers and line of a distance measurement. It lives in world space, which the viewer
 * keeps in metres (the model is scaled by metres per unit), so the distance needs no conversion.
 */
export class MeasureOverlay {
  readonly object = new Group();
  readonly points: Vector3[] = [];
  private readonly markerGeometry: SphereGeometry;
  private readonly markerMaterial = new MeshBasicMaterial({ color: 0xd4002a, depthTest: false });
  private readonly lineMaterial = new LineBasicMaterial({ color: 0xd4002a, depthTest: false });
  private readonly lineGeometry = new BufferGeometry();

  constructor(markerRadius: number) {
    this.markerGeometry = new SphereGeometry(markerRadius, 12, 8);
    const line = new Line(this.lineGeometry, this.lineMaterial);
    line.renderOrder = 999;
    this.object.add(line);
    this.object.name = "measure-overlay";
  }

  /** Adds a point; a third point starts a new measurement. Returns the distance once two are set. */
  add(point: Vector3): number | undefined {
    if (this.points.length >= 2) this.clear();
    this.points.push(point.clone());
    const marker = new Mesh(this.markerGeometry, this.markerMaterial);
    marker.position.copy(point);
    marker.renderOrder = 1000;
    this.object.add(marker);
    this.lineGeometry.setAttribute(
      "position",
      new Float32BufferAttribute(
        this.points.flatMap((p) => p.toArray()),
        3,
      ),
    );
    const [a, b] = this.points;
    return a && b ? a.distanceTo(b) : undefined;
  }

  clear(): void {
    this.points.length = 0;
    for (const child of [...this.object.children]) if (child instanceof Mesh) this.object.remove(child);
    this.lineGeometry.deleteAttribute("position");
  }

  dispose(): void {
    this.clear();
    this.markerGeometry.dispose();
    this.markerMaterial.dispose();
    this.lineMaterial.dispose();
    this.lineGeometry.dispose();
  }
}
