import { relative } from "node:path";
import { missingImages } from "../missing-textures.ts";
import { readScanInput } from "../read-scan-input.ts";
import type { ScanContext } from "../scan-context.ts";

export interface ReadInputOptions {
  /** Largest accepted input, bytes (model plus side files). */
  maxInputBytes: number;
}

/**
 * Reads the model and its side files (refusing oversized or non-glTF files) and notes the texture
 * images a `.gltf` names but that are missing: the scan is prepared without them, with a notice.
 */
export async function readInput(context: ScanContext, options: ReadInputOptions): Promise<void> {
  const input = await readScanInput(context.file, { maxBytes: options.maxInputBytes });
  const fileName = relative(process.cwd(), input.file) || input.file;
  const json = input.format === "gltf" ? (JSON.parse(new TextDecoder().decode(input.bytes)) as object) : null;
  const absentImages = json ? missingImages(json, input.file) : [];
  context.notices.push(
    ...absentImages.map(({ uri }) => ({
      code: "TEXTURE_NOT_FOUND",
      en: `The texture image “${uri}” was not found next to ${fileName}; the model is shown without it (in its plain material colour). Upload the image together with the .gltf, or export a single .glb.`,
      de: `Das Texturbild „${uri}“ wurde neben ${fileName} nicht gefunden; das Modell wird ohne es gezeigt (in seiner einfachen Materialfarbe). Laden Sie das Bild zusammen mit der .gltf hoch oder exportieren Sie eine einzelne .glb.`,
    })),
  );
  Object.assign(context, { input, fileName, json, absentImages });
}
