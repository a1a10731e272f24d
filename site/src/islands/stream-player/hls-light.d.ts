// hls.js ships types for its main entry only; the light build has the same API (minus the
// subtitle, alternate-audio and DRM controllers, which the player does not use).
declare module "hls.js/light" {
  export * from "hls.js";
  export { default } from "hls.js";
}
