import {
  DirectionalLight,
  HemisphereLight,
  PMREMGenerator,
  type Scene,
  type Texture,
  type WebGLRenderer,
} from "three";
import { RoomEnvironment } from "three/examples/jsm/environments/RoomEnvironment.js";

export type Lighting = "auto" | "environment" | "lights";

/**
 * A neutral studio light generated on the GPU (three's RoomEnvironment, prefiltered with
 * PMREMGenerator), so PBR materials (metal above all) look right without downloading an HDR file.
 * Returns a function that frees it.
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

/**
 * Plain lights (sky/ground and two directional lights) for software rendering, where prefiltering
 * the environment takes many seconds of CPU: the model shows at once, metals look flatter.
 */
export function applyLightRig(scene: Scene): () => void {
  const sky = new HemisphereLight(0xffffff, 0x8a8580, 2.2);
  const key = new DirectionalLight(0xffffff, 2.2);
  key.position.set(1, 2, 1.5);
  const fill = new DirectionalLight(0xffffff, 0.8);
  fill.position.set(-1.5, 0.5, -1);
  scene.add(sky, key, fill);
  return () => {
    scene.remove(sky, key, fill);
    key.dispose();
    fill.dispose();
    sky.dispose();
  };
}

/**
 * True for CPU renderers (SwiftShader, llvmpipe): machines without a usable GPU, where the viewer
 * picks the light rig so it starts in well under a second instead of freezing the tab.
 */
export function isSoftwareRenderer(renderer: WebGLRenderer): boolean {
  const gl = renderer.getContext();
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? "");
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}
