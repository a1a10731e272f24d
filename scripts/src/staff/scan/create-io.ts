import { type ILogger, NodeIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import draco3d from "draco3dgltf";
import { MeshoptDecoder, MeshoptEncoder } from "meshoptimizer";

/** Keeps glTF-Transform's warnings for the report instead of printing them over the progress bars. */
export class CollectingLogger implements ILogger {
  readonly warnings: string[] = [];
  debug(): void {}
  info(): void {}
  warn(text: string): void {
    this.warnings.push(text);
  }
  error(text: string): void {
    this.warnings.push(text);
  }
}

let dependencies: Promise<Record<string, unknown>> | undefined;

function loadDependencies(): Promise<Record<string, unknown>> {
  dependencies ??= (async () => {
    await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]);
    return {
      "draco3d.decoder": await draco3d.createDecoderModule(),
      "draco3d.encoder": await draco3d.createEncoderModule(),
      "meshopt.decoder": MeshoptDecoder,
      "meshopt.encoder": MeshoptEncoder,
    };
  })();
  return dependencies;
}

/**
 * A NodeIO that reads and writes every extension glTF-Transform knows, including Draco and meshopt
 * compressed input (the WASM modules load once per process).
 */
export async function createIO(logger: ILogger = new CollectingLogger()): Promise<NodeIO> {
  return new NodeIO()
    .setLogger(logger)
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies(await loadDependencies());
}
