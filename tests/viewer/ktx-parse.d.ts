/** The part of three's bundled ktx-parse that the fixtures use (three ships it without types). */
declare module "three/examples/jsm/libs/ktx-parse.module.js" {
  export interface KTX2DataFormatDescriptor {
    colorModel: number;
    bytesPlane: number[];
    samples: Array<{
      bitOffset: number;
      bitLength: number;
      channelType: number;
      samplePosition: number[];
      sampleLower: number;
      sampleUpper: number;
    }>;
  }
  export interface KTX2Container {
    vkFormat: number;
    pixelWidth: number;
    pixelHeight: number;
    levelCount: number;
    supercompressionScheme: number;
    levels: Array<{ levelData: Uint8Array; uncompressedByteLength: number }>;
    dataFormatDescriptor: KTX2DataFormatDescriptor[];
  }
  export const VK_FORMAT_R8G8B8A8_SRGB: number;
  export const KHR_DF_MODEL_RGBSDA: number;
  export const VK_FORMAT_UNDEFINED: number;
  export const KHR_DF_MODEL_ETC1S: number;
  export const KHR_SUPERCOMPRESSION_BASISLZ: number;
  export function createDefaultContainer(): KTX2Container;
  export function write(container: KTX2Container): Uint8Array;
  export function read(data: Uint8Array): KTX2Container;
}
