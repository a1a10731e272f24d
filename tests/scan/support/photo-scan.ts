import { prune } from "@gltf-transform/functions";
import { createPbrScan } from "@showroom/scripts/dev/fixtures/pbr-scan.ts";
import { createIO } from "../../../scripts/src/staff/scan/create-io.ts";

/**
 * The generated 2k PBR scan with only its base colour texture (a noisy 2048 px photo texture, where
 * ETC1S is far smaller than WebP at equal measured quality), as a plain non-metal. About 2 MB.
 */
export async function photoTexturedScan(): Promise<Uint8Array> {
  const io = await createIO();
  const document = await io.readBinary(await createPbrScan());
  for (const material of document.getRoot().listMaterials()) {
    material
      .setNormalTexture(null)
      .setOcclusionTexture(null)
      .setMetallicRoughnessTexture(null)
      .setMetallicFactor(0)
      .setRoughnessFactor(0.8);
  }
  await document.transform(prune());
  return io.writeBinary(document);
}
