import type { Document } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { metalRough } from "@gltf-transform/functions";
import type { Notice } from "./notice.ts";
import { ScanError } from "./scan-error.ts";

const SPEC_GLOSS = "KHR_materials_pbrSpecularGlossiness";

/** Extensions the scan tools can read (and the viewer, through three's GLTFLoader, can show). */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(ALL_EXTENSIONS.map((e) => e.EXTENSION_NAME));

/**
 * Refuses a model that requires extensions nobody here can read, naming them: the viewer would
 * fail on them, and so would every later step.
 */
export function refuseUnknownRequiredExtensions(required: readonly string[], fileName: string): void {
  const unknown = required.filter((name) => !READABLE_EXTENSIONS.has(name));
  if (unknown.length === 0) return;
  const names = unknown.join(", ");
  throw new ScanError(
    "UNSUPPORTED_EXTENSION",
    `${fileName} requires the glTF extension(s) ${names}, which the scan tools and the viewer cannot read. ` +
      "Export the model again without them (in Blender: plain glTF 2.0 materials and no custom extensions).",
    [],
    {
      message:
        `${fileName} setzt die glTF-Erweiterung(en) ${names} voraus, die Scan-Werkzeuge und Viewer nicht lesen können. ` +
        "Exportieren Sie das Modell erneut ohne sie (in Blender: normale glTF-2.0-Materialien und keine eigenen Erweiterungen).",
    },
  );
}

/**
 * Converts legacy materials to the core metal/rough model, so no viewer has to support them and
 * no texture is lost: `KHR_materials_pbrSpecularGlossiness` (its diffuse texture becomes the base
 * colour; specular/glossiness become metal/roughness). Returns one notice per conversion.
 *
 * ```ts
 * report.notices.push(...(await convertLegacyMaterials(document)));
 * ```
 */
export async function convertLegacyMaterials(document: Document): Promise<Notice[]> {
  const legacy = document
    .getRoot()
    .listMaterials()
    .filter((material) => material.getExtension(SPEC_GLOSS) !== null);
  if (legacy.length === 0) return [];
  const names = legacy.map((m, i) => `“${m.getName() || `#${i}`}”`).join(", ");
  await document.transform(metalRough());
  return [
    {
      code: "LEGACY_MATERIAL_CONVERTED",
      en: `${legacy.length} material(s) (${names}) used the old specular/glossiness model (${SPEC_GLOSS}); they were converted to metal/roughness so every browser shows their textures. Compare the poster with the original if colours matter.`,
      de: `${legacy.length} Material(ien) (${names}) nutzten das alte Specular/Glossiness-Modell (${SPEC_GLOSS}); sie wurden in Metal/Roughness umgewandelt, damit jeder Browser ihre Texturen zeigt. Vergleichen Sie bei wichtigen Farben das Vorschaubild mit dem Original.`,
    },
  ];
}
