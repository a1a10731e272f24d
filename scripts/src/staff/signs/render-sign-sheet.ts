import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { drawQrCode } from "./draw-qr-code.ts";
import { displayUrl, stopUrl } from "./stop-url.ts";
import type { TourSigns } from "./tour-signs.ts";

export type PaperSize = "a4" | "a6";

export interface RenderSignSheetOptions {
  /** Public address of the site, e.g. https://showroom.example; codes resolve below `/q/`. */
  baseUrl: string;
  /** One sign per page, portrait. A6 is the A4 layout at half scale. */
  paper: PaperSize;
}

export const RENDER_SIGN_SHEET_DEFAULTS: Omit<RenderSignSheetOptions, "baseUrl"> = { paper: "a4" };

const require = createRequire(import.meta.url);
/**
 * Atkinson Hyperlegible (designed for low-vision readers) from its npm package. The package ships
 * WOFF; fontkit unpacks it and pdf-lib embeds it as TrueType, so no system font is needed.
 */
const FONT_FILES = {
  regular: "@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff",
  bold: "@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff",
};

const MM = 72 / 25.4;
const INK = rgb(0.07, 0.07, 0.07);
const SOFT = rgb(0.3, 0.3, 0.3);
const ACCENT = rgb(0.12, 0.23, 0.37);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits text into at most `maxLines` lines that fit `width`, shrinking the size when needed. */
function fitText(
  text: string,
  font: PDFFont,
  width: number,
  size: number,
  minSize: number,
  maxLines: number,
) {
  for (let current = size; current >= minSize; current -= 1) {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, current) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    if (lines.length <= maxLines && lines.every((l) => font.widthOfTextAtSize(l, current) <= width)) {
      return { lines, size: current };
    }
  }
  return { lines: [text], size: minSize };
}

/** Draws one sign in A4 coordinates; `s` scales everything to the actual paper. */
function drawSign(
  page: PDFPage,
  fonts: Fonts,
  tour: TourSigns,
  index: number,
  baseUrl: string,
  s: number,
): void {
  const stop = tour.stops[index];
  if (!stop) return;
  const [width, height] = PageSizes.A4;
  const margin = 15 * MM;
  const inner = width - 2 * margin;
  const text = (value: string, x: number, y: number, size: number, font: PDFFont, color = INK) =>
    page.drawText(value, { x: x * s, y: y * s, size: size * s, font, color });
  const centered = (value: string, y: number, size: number, font: PDFFont, color = INK) =>
    text(value, (width - font.widthOfTextAtSize(value, size)) / 2, y, size, font, color);

  // Tour name on top, German then English.
  let y = height - margin - 14;
  const tourLine = tour.title.de === tour.title.en ? tour.title.de : `${tour.title.de} · ${tour.title.en}`;
  const tourFit = fitText(tourLine, fonts.regular, inner, 14, 9, 1);
  text(tourFit.lines[0] ?? "", margin, y, tourFit.size, fonts.regular, SOFT);

  // Stop number in a disc, the title beside it.
  const radius = 40;
  const discX = margin + radius;
  const discY = y - 24 - radius;
  page.drawCircle({ x: discX * s, y: discY * s, size: radius * s, color: ACCENT });
  const number = String(stop.position);
  const numberSize = number.length > 2 ? 34 : 46;
  text(
    number,
    discX - fonts.bold.widthOfTextAtSize(number, numberSize) / 2,
    discY - numberSize * 0.35,
    numberSize,
    fonts.bold,
    rgb(1, 1, 1),
  );
  const titleX = margin + 2 * radius + 16;
  const titleWidth = width - margin - titleX;
  const de = fitText(stop.title.de, fonts.bold, titleWidth, 30, 16, 2);
  let ty = discY + radius - de.size * 0.8;
  for (const line of de.lines) {
    text(line, titleX, ty, de.size, fonts.bold);
    ty -= de.size * 1.15;
  }
  if (stop.title.en !== stop.title.de) {
    const en = fitText(stop.title.en, fonts.regular, titleWidth, 20, 12, 2);
    ty -= 2;
    for (const line of en.lines) {
      text(line, titleX, ty, en.size, fonts.regular, SOFT);
      ty -= en.size * 1.15;
    }
  }
  y = Math.min(discY - radius, ty) - 18;

  // The code: 120 mm on A4 (60 mm on A6) including the quiet zone.
  const url = stopUrl(baseUrl, stop.code);
  const qrSize = 120 * MM;
  const qrY = y - qrSize;
  drawQrCode(page, url, { x: ((width - qrSize) / 2) * s, y: qrY * s, size: qrSize * s });

  // The address in words, for phones without a scanner and people who cannot scan.
  let by = qrY - 26;
  centered("Code scannen oder Adresse eingeben:", by, 14, fonts.regular, SOFT);
  by -= 17;
  centered("Scan the code or type the address:", by, 14, fonts.regular, SOFT);
  by -= 36;
  const shown = displayUrl(url);
  const urlFit = fitText(shown, fonts.bold, inner, 28, 12, 1);
  centered(shown, by, urlFit.size, fonts.bold);

  const footer = `Station ${stop.position} von ${tour.stops.length} · Stop ${stop.position} of ${tour.stops.length} · Code ${stop.code}`;
  centered(footer, margin, 11, fonts.regular, SOFT);
}

/**
 * Makes a print-ready PDF with one sign per stop of a tour: stop number, German and English title,
 * a QR code for `<site>/q/<code>` with error correction H and a 4-module quiet zone, and the short
 * URL in text. Fonts are embedded; the QR code is vector.
 *
 * ```ts
 * const pdf = await renderSignSheet(signs, { baseUrl: "https://showroom.example", paper: "a6" });
 * ```
 */
export async function renderSignSheet(
  tour: TourSigns,
  overrides: Partial<RenderSignSheetOptions> & Pick<RenderSignSheetOptions, "baseUrl">,
): Promise<Uint8Array> {
  const options = { ...RENDER_SIGN_SHEET_DEFAULTS, ...overrides };
  stopUrl(options.baseUrl, "X"); // fail early on a bad base URL, before any drawing
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await pdf.embedFont(await readFile(require.resolve(FONT_FILES.regular)), { subset: true }),
    bold: await pdf.embedFont(await readFile(require.resolve(FONT_FILES.bold)), { subset: true }),
  };
  const size = options.paper === "a6" ? PageSizes.A6 : PageSizes.A4;
  const scale = size[0] / PageSizes.A4[0];
  for (let index = 0; index < tour.stops.length; index++) {
    const page = pdf.addPage(size);
    drawSign(page, fonts, tour, index, options.baseUrl, scale);
  }
  pdf.setTitle(`QR-Schilder: ${tour.title.de}`);
  pdf.setSubject(`QR signs for the stops of the tour "${tour.title.en}"`);
  pdf.setLanguage("de-DE");
  pdf.setCreator("showroom signs");
  pdf.setProducer("showroom signs");
  // A fixed date keeps the same tour producing the same file (diffable, cacheable).
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  return pdf.save();
}
