import { PMREMGenerator, type Scene, type Texture, type WebGLRenderer } from "three";
import { RoomEnvironment } from "three/examples/jsm/environments/RoomEnvironment.js";

/**
 * A neutral studio light generated on the GPU (three's RoomEnvironment), so PBR materials look
 * right without downloading an HDR file. Returns a function that frees it.
 */
export function applyNeutralEnvironment(renderer: WebGLRenderer, scene: Scene): () => void {
  const generator = new PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  const texture: Texture = generator.fromScene(room, 0.04).texture;
  room.dispose();
  generator.dispose();
  scene.environment = texture;
  return () => {
    if (scene.environment === texture) scene.environment = null;
    texture.dispose();
  };
}
