import { type PerspectiveCamera, Sphere, Vector3 } from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { type CameraPose, CameraTween } from "./camera-animation.ts";
import { fitClippingPlanes } from "./frame.ts";

export interface ViewControllerOptions {
  reducedMotion: boolean;
  autoRotate: boolean;
  /** Asks the renderer for a frame (the viewer draws on demand to spare phone batteries). */
  invalidate: () => void;
}

/** Keyboard steps: 15° per arrow press, a tenth of the view per pan, 20 % per zoom step. */
const ROTATE_STEP = Math.PI / 12;
const PAN_STEP = 0.1;
const ZOOM_STEP = 1.2;

/**
 * The camera rig: three's OrbitControls for mouse and touch (drag to orbit, right button or two
 * fingers to pan, wheel or pinch to zoom), plus the programmatic moves the keyboard, the buttons,
 * the annotations and the guided view use. Moves are animated unless reduced motion is asked for.
 */
export class ViewController {
  readonly controls: OrbitControls;
  readonly camera: PerspectiveCamera;
  private home: CameraPose = { position: new Vector3(0, 0, 5), target: new Vector3() };
  private sphere = new Sphere(new Vector3(), 1);
  private tween: { tween: CameraTween; resolve: () => void } | undefined;
  private readonly options: ViewControllerOptions;
  private readonly onStart = () => this.handleUserStart();
  private readonly onChange = () => this.options.invalidate();
  /** Called when the visitor takes over the camera (stops guided views and auto-rotation). */
  onUserInteraction: (() => void) | undefined;

  constructor(camera: PerspectiveCamera, domElement: HTMLElement, options: ViewControllerOptions) {
    this.camera = camera;
    this.options = options;
    this.controls = new OrbitControls(camera, domElement);
    this.controls.enableDamping = !options.reducedMotion;
    this.controls.dampingFactor = 0.12;
    this.controls.autoRotate = options.autoRotate && !options.reducedMotion;
    this.controls.autoRotateSpeed = 1;
    this.controls.screenSpacePanning = true;
    // Our own keyboard handling (see rotate/pan/zoom) replaces OrbitControls' arrow-key panning.
    this.controls.addEventListener("start", this.onStart);
    this.controls.addEventListener("change", this.onChange);
  }

  get radius(): number {
    return this.sphere.radius;
  }

  get autoRotate(): boolean {
    return this.controls.autoRotate;
  }

  set autoRotate(value: boolean) {
    this.controls.autoRotate = value && !this.options.reducedMotion;
    this.options.invalidate();
  }

  /** Sets the start view and the model bounds that scale zoom limits and keyboard steps. */
  setHome(pose: CameraPose, sphere: Sphere): void {
    this.home = { position: pose.position.clone(), target: pose.target.clone() };
    this.sphere = sphere.clone();
    this.controls.minDistance = sphere.radius * 0.05;
    this.controls.maxDistance = sphere.radius * 12;
    this.applyPose(this.home);
  }

  getPose(): CameraPose {
    return { position: this.camera.position.clone(), target: this.controls.target.clone() };
  }

  reset(): Promise<void> {
    return this.flyTo(this.home);
  }

  rotate(left: number, up: number): void {
    this.stopTween();
    this.controls.rotateLeft(left * ROTATE_STEP);
    this.controls.rotateUp(up * ROTATE_STEP);
    this.options.invalidate();
  }

  pan(right: number, up: number): void {
    this.stopTween();
    const distance = this.camera.position.distanceTo(this.controls.target);
    const visibleHeight = 2 * distance * Math.tan((this.camera.fov * Math.PI) / 360);
    const offset = new Vector3()
      .setFromMatrixColumn(this.camera.matrix, 0)
      .multiplyScalar(right * PAN_STEP * visibleHeight)
      .add(
        new Vector3()
          .setFromMatrixColumn(this.camera.matrix, 1)
          .multiplyScalar(up * PAN_STEP * visibleHeight),
      );
    this.camera.position.add(offset);
    this.controls.target.add(offset);
    this.controls.update();
    this.options.invalidate();
  }

  /** steps > 0 moves closer, by 20 % per step, within the zoom limits. */
  zoom(steps: number): void {
    this.stopTween();
    const offset = this.camera.position.clone().sub(this.controls.target);
    const length = offset.length() / ZOOM_STEP ** steps;
    offset.setLength(Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, length)));
    this.camera.position.copy(this.controls.target).add(offset);
    this.controls.update();
    this.options.invalidate();
  }

  /** Moves the camera to a pose; instantly under reduced motion. Resolves when it arrives. */
  flyTo(pose: CameraPose, duration = 1200): Promise<void> {
    this.stopTween();
    // Finish any damping glide first, or its leftover would push the camera off the goal.
    this.settleDamping();
    return new Promise((resolve) => {
      if (this.options.reducedMotion || duration <= 0) {
        this.applyPose(pose);
        resolve();
        return;
      }
      this.tween = { tween: new CameraTween(this.getPose(), pose, duration), resolve };
      this.options.invalidate();
    });
  }

  /** Steps animations and damping; returns true when another frame is needed. */
  update(now: number): boolean {
    if (this.tween) {
      const { pose, done } = this.tween.tween.step(now);
      this.camera.position.copy(pose.position);
      this.controls.target.copy(pose.target);
      if (done) {
        const { resolve } = this.tween;
        this.tween = undefined;
        this.applyPose(pose);
        resolve();
      }
    }
    const moving = this.controls.update();
    fitClippingPlanes(this.camera, this.sphere);
    return moving || this.tween !== undefined || this.controls.autoRotate;
  }

  dispose(): void {
    this.stopTween();
    this.controls.removeEventListener("start", this.onStart);
    this.controls.removeEventListener("change", this.onChange);
    this.controls.dispose();
  }

  private applyPose(pose: CameraPose): void {
    this.camera.position.copy(pose.position);
    this.controls.target.copy(pose.target);
    this.camera.lookAt(pose.target);
    this.settleDamping();
    this.camera.position.copy(pose.position);
    this.controls.target.copy(pose.target);
    this.controls.update();
    fitClippingPlanes(this.camera, this.sphere);
    this.options.invalidate();
  }

  /** Applies what damping still owes at once (OrbitControls clears its deltas when not damping). */
  private settleDamping(): void {
    const damping = this.controls.enableDamping;
    this.controls.enableDamping = false;
    this.controls.update();
    this.controls.enableDamping = damping;
  }

  private stopTween(): void {
    if (!this.tween) return;
    const { resolve } = this.tween;
    this.tween = undefined;
    resolve();
  }

  private handleUserStart(): void {
    this.stopTween();
    this.controls.autoRotate = false;
    this.onUserInteraction?.();
  }
}

export const viewSteps = { ROTATE_STEP, PAN_STEP, ZOOM_STEP };
