/**
 * The page that renders a poster: three.js with its GLTFLoader, the meshopt decoder and the Draco
 * decoder, all served from the local three package (no request leaves the machine). It frames the
 * model's bounding sphere from the front-right and slightly above, lit by a neutral studio
 * environment, renders one frame and reports the outcome on `window.__poster`.
 */
export function posterPageHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>poster</title>
<style>html,body{margin:0;overflow:hidden}canvas{display:block}</style>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { DRACOLoader } from "three/addons/loaders/DRACOLoader.js";
import { MeshoptDecoder } from "three/addons/libs/meshopt_decoder.module.js";
import { RoomEnvironment } from "three/addons/environments/RoomEnvironment.js";
const params = new URLSearchParams(location.search);
const width = Number(params.get("w"));
const height = Number(params.get("h"));
try {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(1);
  renderer.setSize(width, height);
  renderer.toneMapping = THREE.NeutralToneMapping;
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  document.body.appendChild(renderer.domElement);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(params.get("bg") || "#e8e4dc");
  const pmrem = new THREE.PMREMGenerator(renderer);
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
  const loader = new GLTFLoader();
  loader.setDRACOLoader(new DRACOLoader().setDecoderPath("/three/examples/jsm/libs/draco/gltf/"));
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync("/model.glb");
  const model = gltf.scene;
  scene.add(model);
  let meshes = 0;
  model.traverse((object) => { if (object.isMesh) meshes += 1; });
  const box = new THREE.Box3().setFromObject(model);
  if (box.isEmpty()) throw new Error("the model has no visible geometry");
  const sphere = box.getBoundingSphere(new THREE.Sphere());
  const radius = Math.max(sphere.radius, 1e-6);
  const camera = new THREE.PerspectiveCamera(35, width / height, radius / 100, radius * 100);
  const vfov = (camera.fov * Math.PI) / 180;
  const hfov = 2 * Math.atan(Math.tan(vfov / 2) * camera.aspect);
  const distance = (radius / Math.sin(Math.min(vfov, hfov) / 2)) * 1.02;
  const direction = new THREE.Vector3(0.55, 0.4, 1).normalize();
  camera.position.copy(sphere.center).addScaledVector(direction, distance);
  camera.lookAt(sphere.center);
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  sun.position.copy(camera.position).add(new THREE.Vector3(radius, radius * 2, 0));
  scene.add(sun);
  renderer.render(scene, camera);
  window.__poster = { ok: true, meshes, triangles: renderer.info.render.triangles, calls: renderer.info.render.calls };
} catch (error) {
  window.__poster = { ok: false, error: String(error && error.message ? error.message : error) };
}
</script></body></html>`;
}
