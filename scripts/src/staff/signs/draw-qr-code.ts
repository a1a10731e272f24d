import type { PDFPage } from "pdf-lib";
import { rgb } from "pdf-lib";
import QRCode from "qrcode";

export interface DrawQrCodeOptions {
  /** Lower-left corner of the code including its quiet zone, in PDF points. */
  x: number;
  y: number;
  /** Side length including the quiet zone, in PDF points. */
  size: number;
  /**
   * "H" restores up to 30 % of damaged modules: signs stay outdoors for years (dirt, scratches,
   * fading, stickers).
   */
  errorCorrectionLevel: "L" | "M" | "Q" | "H";
  /** White border in modules; the standard asks for at least 4. */
  quietZone: number;
}

export const DRAW_QR_CODE_DEFAULTS: Omit<DrawQrCodeOptions, "x" | "y" | "size"> = {
  errorCorrectionLevel: "H",
  quietZone: 4,
};

/**
 * Draws a QR code as vector squares (sharp at any print size, no raster image), on a white
 * square that includes the quiet zone. Returns the module size in points for the caller's checks.
 *
 * ```ts
 * drawQrCode(page, "https://showroom.example/q/WALL1", { x: 100, y: 200, size: 300 });
 * ```
 */
export function drawQrCode(
  page: PDFPage,
  text: string,
  overrides: Partial<DrawQrCodeOptions> & Pick<DrawQrCodeOptions, "x" | "y" | "size">,
): number {
  const options = { ...DRAW_QR_CODE_DEFAULTS, ...overrides };
  const qr = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel });
  const count = qr.modules.size;
  const module = options.size / (count + 2 * options.quietZone);
  page.drawRectangle({
    x: options.x,
    y: options.y,
    width: options.size,
    height: options.size,
    color: rgb(1, 1, 1),
  });
  const black = rgb(0, 0, 0);
  const origin = options.x + options.quietZone * module;
  const top = options.y + options.size - options.quietZone * module;
  for (let row = 0; row < count; row++) {
    // Runs of dark modules in a row become one rectangle: fewer PDF operators, no hairline gaps.
    let col = 0;
    while (col < count) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.modules.get(row, col)) col++;
      page.drawRectangle({
        x: origin + start * module,
        y: top - (row + 1) * module,
        width: (col - start) * module,
        height: module,
        color: black,
      });
    }
  }
  return module;
}
