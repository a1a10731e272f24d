import { Document } from "@gltf-transform/core";
import { KHRMaterialsPBRSpecularGlossiness } from "@gltf-transform/extensions";
import sharp from "sharp";

/** A quad whose only material is spec-gloss with a diffuse texture and no metal/rough fallback. */
export async function specGlossQuad(): Promise<Document> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const accessor = (type: "VEC2" | "VEC3", values: number[]) =>
    doc.createAccessor().setType(type).setArray(new Float32Array(values)).setBuffer(buffer);
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#ff8800" } })
    .png()
    .toBuffer();
  const diffuse = doc.createTexture("diffuse").setImage(new Uint8Array(png)).setMimeType("image/png");
  const extension = doc.createExtension(KHRMaterialsPBRSpecularGlossiness).setRequired(true);
  const material = doc
    .createMaterial("old-paint")
    .setExtension(
      "KHR_materials_pbrSpecularGlossiness",
      extension.createPBRSpecularGlossiness().setDiffuseTexture(diffuse).setGlossinessFactor(0.4),
    );
  const primitive = doc
    .createPrimitive()
    .setAttribute("POSITION", accessor("VEC3", [0, 0, 0, 1, 0, 0, 1, 1, 0]))
    .setAttribute("TEXCOORD_0", accessor("VEC2", [0, 0, 1, 0, 1, 1]))
    .setMaterial(material);
  doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(primitive)));
  return doc;
}
