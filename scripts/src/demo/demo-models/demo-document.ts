import { Document } from "@gltf-transform/core";

/** Marks every generated model so nobody mistakes it for a scan of the real object. */
export const DEMO_COPYRIGHT =
  "Demo reconstruction, generated procedurally in code; not a scan of the real object. CC0 1.0.";

export interface DemoAssetInfo {
  key: string;
  title: { de: string; en: string };
  /** What the model shows and what it is based on (kept in asset.extras). */
  description: string;
}

/**
 * A fresh document with one scene and one buffer, whose asset block carries the demo marking:
 * `asset.copyright` for tools that show it, `asset.extras.demoReconstruction` for code.
 */
export function createDemoDocument(info: DemoAssetInfo): Document {
  const document = new Document();
  const asset = document.getRoot().getAsset();
  asset.copyright = DEMO_COPYRIGHT;
  asset.extras = {
    demoReconstruction: true,
    key: info.key,
    title: info.title,
    description: info.description,
    units: "metre",
  };
  document.createBuffer();
  document.getRoot().setDefaultScene(document.createScene(info.key));
  return document;
}
