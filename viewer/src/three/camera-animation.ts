import { Vector3 } from "three";

export interface CameraPose {
  position: Vector3;
  target: Vector3;
}

/**
 * Moves a camera pose from `from` to `to` over `duration` ms with an ease-in-out curve. The caller
 * steps it each frame; `step` returns the pose and whether the move is finished.
 */
export class CameraTween {
  private readonly from: CameraPose;
  private readonly to: CameraPose;
  private readonly duration: number;
  private start: number | undefined;

  constructor(from: CameraPose, to: CameraPose, duration = 1200) {
    this.from = { position: from.position.clone(), target: from.target.clone() };
    this.to = { position: to.position.clone(), target: to.target.clone() };
    this.duration = duration;
  }

  step(now: number): { pose: CameraPose; done: boolean } {
    this.start ??= now;
    const t = this.duration <= 0 ? 1 : Math.min(1, (now - this.start) / this.duration);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    return {
      pose: {
        position: new Vector3().lerpVectors(this.from.position, this.to.position, eased),
        target: new Vector3().lerpVectors(this.from.target, this.to.target, eased),
      },
      done: t >= 1,
    };
  }
}
