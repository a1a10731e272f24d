/**
 * Whether this browser can create a WebGL 2 context (three.js needs WebGL 2). The probe context is
 * released at once, because browsers allow only a few live contexts per page.
 */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement("canvas");
    const gl = canvas.getContext("webgl2");
    if (!gl) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    return false;
  }
}
