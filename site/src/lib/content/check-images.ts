/**
 * Images handed to Astro's image pipeline are checked while the content loads, when the build still
 * knows which entry and field each file belongs to. A file the pipeline cannot process (a text
 * file named .png that the CMS once accepted, an HTML page, a cut-off header, an SVG) would
 * otherwise stop the build later with a raw image error that names only a hashed path.
 *
 * The check is the pipeline's own, no stricter: Astro's metadata probe (`imageMetadata`, which
 * fails on anything that is not a known image format), and the refusal of SVG sources, which
 * Astro's sharp service does not rasterise unless `image.dangerouslyProcessSVG` is set (the site
 * does not set it: an uploaded SVG can carry script). Pixel data is decoded as leniently as Astro
 * does (`failOn: "none"`), so a damaged but readable photo still builds, as before.
 *
 * @example
 *   const checker = new ImageChecker();
 *   const problem = await checker.problemOf("/snapshot/media/bowl_1a2b3c.png"); // undefined when fine
 */
import { readFile } from "node:fs/promises";
import { imageMetadata } from "astro/assets/utils";

export class ImageChecker {
  private readonly results = new Map<string, Promise<string | undefined>>();

  /** Why the image pipeline cannot process `file`, or undefined when it can; each file is read once. */
  problemOf(file: string): Promise<string | undefined> {
    let result = this.results.get(file);
    if (!result) {
      result = imageProblem(file);
      this.results.set(file, result);
    }
    return result;
  }
}

async function imageProblem(file: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return `cannot be read (${(error as Error).message})`;
  }
  let format: string;
  try {
    ({ format } = await imageMetadata(new Uint8Array(bytes), file));
  } catch {
    return "cannot be read as an image: its content is not a JPEG, PNG, WebP, AVIF, GIF or TIFF image";
  }
  if (format === "svg") {
    return "cannot be read as an image: its content is an SVG drawing, which the site does not turn into pictures";
  }
  return undefined;
}
