import { NodeBasisEncoder } from "ktx2-encoder";

/** What {@link encodeKtx2} makes of one texture. */
export interface Ktx2Settings {
  /** Colour textures take ETC1S (small, sRGB); data textures (normals, roughness) take UASTC. */
  isColour: boolean;
  isNormalMap: boolean;
}

type BasisModule = Awaited<ReturnType<NodeBasisEncoder["init"]>>;
type BasisFactory = (options: {
  print: (line: string) => void;
  printErr: (line: string) => void;
}) => Promise<BasisModule & { initializeBasis(): void }>;

/** What the WASM encoder printed during the current encode (it prints about 12 lines per texture). */
let printed: string[] = [];

/**
 * ktx2-encoder's Node encoder, but on its own instance of basis_universal's WASM module whose
 * `print` goes into {@link printed} instead of stdout: the CMS reads the report as JSON from
 * stdout, and the encoder's chatter would break it. The package exports no way to pass `print`,
 * so the module factory is loaded from the package's files next to its entry point.
 */
class QuietBasisEncoder extends NodeBasisEncoder {
  #module: Promise<BasisModule> | null = null;

  override init(): Promise<BasisModule> {
    this.#module ??= (async () => {
      const url = new URL("../basis/basis_encoder.js", import.meta.resolve("ktx2-encoder"));
      const { default: BASIS } = (await import(url.href)) as { default: BasisFactory };
      const collect = (line: string) => printed.push(line);
      const basis = await BASIS({ print: collect, printErr: collect });
      basis.initializeBasis();
      return basis;
    })();
    return this.#module;
  }
}

const encoder = new QuietBasisEncoder();
/** Encodes run one after another, so {@link printed} belongs to one texture. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Basis Universal in a KTX2 container, with mipmaps, from raw RGBA pixels. Colour textures take
 * ETC1S at its highest quality level; data textures take UASTC, as ETC1S blurs normals and
 * channels. The encoder's output is kept quiet and shown only in the error when encoding fails.
 *
 * ```ts
 * const ktx2 = await encodeKtx2(rgba, 512, 512, { isColour: true, isNormalMap: false });
 * ```
 */
export function encodeKtx2(
  rgba: Uint8Array,
  width: number,
  height: number,
  settings: Ktx2Settings,
): Promise<Uint8Array> {
  const run = async () => {
    printed = [];
    try {
      return await encoder.encode(rgba, {
        isUASTC: !settings.isColour,
        qualityLevel: 255,
        // Effort 0 of 6: on 2k scan textures about twice as fast as the default 2, and no larger or worse.
        compressionLevel: 0,
        needSupercompression: true,
        generateMipmap: true,
        isPerceptual: settings.isColour,
        isSetKTX2SRGBTransferFunc: settings.isColour,
        isNormalMap: settings.isNormalMap,
        // The input is raw RGBA already; in Node the encoder would otherwise want an image decoder.
        imageDecoder: async () => ({ data: rgba, width, height }),
      });
    } catch (error) {
      const output = printed.length > 0 ? `\nEncoder output:\n${printed.join("\n")}` : "";
      throw new Error(
        `KTX2 encoding of a ${width}×${height} texture failed: ${error instanceof Error ? error.message : String(error)}${output}`,
      );
    } finally {
      printed = [];
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
