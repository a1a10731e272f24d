import type { Document } from "@gltf-transform/core";
import { checkRenderable } from "../check-renderable.ts";
import { CollectingLogger, createIO } from "../create-io.ts";
import { inspectDocument } from "../inspect-document.ts";
import { convertLegacyMaterials } from "../legacy-extensions.ts";
import { readWithoutMissingImages } from "../missing-textures.ts";
import { need, type ScanContext } from "../scan-context.ts";
import { ScanError } from "../scan-error.ts";

// biome-ignore lint/suspicious/noEmptyInterface: every step has an options interface, this one needs none yet.
export interface LoadDocumentOptions {}

/**
 * Loads the validated input with glTF-Transform (leaving out missing texture images), refuses a
 * model with nothing to draw and converts legacy materials to metal/rough, with a notice.
 */
export async function loadDocument(context: ScanContext, _options: LoadDocumentOptions = {}): Promise<void> {
  const input = need(context, "input");
  const fileName = need(context, "fileName");
  const logger = new CollectingLogger();
  const io = await createIO(logger);
  let document: Document;
  try {
    document =
      (context.absentImages ?? []).length > 0
        ? await readWithoutMissingImages(io, input.file, input.bytes)
        : await io.read(input.file);
  } catch (error) {
    throw new ScanError(
      "READ_FAILED",
      `${fileName} passed validation but could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  checkRenderable(document, { fileName });
  context.notices.push(...(await convertLegacyMaterials(document)));
  Object.assign(context, { logger, io, document, facts: inspectDocument(document) });
}
