/**
 * Copies the Draco and Basis decoders from the installed three.js into a folder of the built site.
 * Usage: node viewer/scripts/copy-decoders.ts <target-dir>
 */
import { resolve } from "node:path";
import { copyDecoders } from "../src/decoders.ts";

const target = process.argv[2];
if (!target) {
  console.error("Usage: node viewer/scripts/copy-decoders.ts <target-dir>   (e.g. site/dist/decoders)");
  process.exit(2);
}
const written = await copyDecoders(resolve(target));
console.log(`Copied ${written.length} decoder files to ${resolve(target)}`);
