/** Stroke icons (24 × 24) for the toolbar; narrow viewers show only these, wide ones the text too. */
export const icons: Record<string, string> = {
  reset: "M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4",
  "zoom-in": "M12 5v14M5 12h14",
  "zoom-out": "M5 12h14",
  "auto-rotate": "M20 12a8 8 0 1 1-2.3-5.6M20 4v4h-4",
  "guided-view": "M8 5v14l11-7z",
  measure: "M3 17 17 3l4 4L7 21zM7 13l2 2M10 10l2 2M13 7l2 2",
  fullscreen: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
  ar: "M12 3l8 4.5v9L12 21l-8-4.5v-9zM12 12l8-4.5M12 12v9M12 12 4 7.5",
};

export function iconSvg(doc: Document, name: string): SVGSVGElement | undefined {
  const path = icons[name];
  if (!path) return undefined;
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "20");
  svg.setAttribute("height", "20");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const shape = doc.createElementNS("http://www.w3.org/2000/svg", "path");
  shape.setAttribute("d", path);
  shape.setAttribute("fill", "none");
  shape.setAttribute("stroke", "currentColor");
  shape.setAttribute("stroke-width", "2");
  shape.setAttribute("stroke-linecap", "round");
  shape.setAttribute("stroke-linejoin", "round");
  svg.append(shape);
  return svg;
}
