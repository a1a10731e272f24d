import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { colourDifference } from "./colour-difference.ts";
import { decodeKtx2 } from "./ktx2-decode.ts";
import { encodeKtx2 } from "./ktx2-encode.ts";

/** 128² smooth colour gradients: both Basis modes keep them close. */
async function gradient(): Promise<{ png: Buffer; rgba: Uint8Array }> {
  const n = 128;
  const rgba = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) rgba.set([40 + x, 200 - y, 90 + ((x + y) >> 1), 255], (y * n + x) * 4);
  const png = await sharp(rgba, { raw: { width: n, height: n, channels: 4 } })
    .png()
    .toBuffer();
  return { png, rgba };
}

describe("decodeKtx2 (three's Basis transcoder in Node)", () => {
  it("decodes an ETC1S and a UASTC texture back to pixels of the original size and colours", async () => {
    const { png, rgba } = await gradient();
    for (const isColour of [true, false]) {
      const ktx2 = await encodeKtx2(rgba, 128, 128, { isColour, isNormalMap: false });
      const decoded = await decodeKtx2(ktx2);
      expect([decoded.width, decoded.height, decoded.rgba.byteLength]).toEqual([128, 128, 128 * 128 * 4]);
      const difference = await colourDifference(png, decoded);
      // ETC1S shifts smooth gradients a little (about 2); a wrong decode (channels, rows) is far off.
      expect(difference.meanDeltaE, isColour ? "ETC1S" : "UASTC").toBeLessThan(isColour ? 3 : 1);
    }
  });

  it("refuses bytes that are not KTX2, saying so", async () => {
    await expect(decodeKtx2(new Uint8Array(64))).rejects.toThrow(/not a valid Basis Universal KTX2 file/);
  });
});
