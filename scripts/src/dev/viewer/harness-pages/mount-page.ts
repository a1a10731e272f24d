/** Test page: mounts the viewer from page.evaluate and reads its pixels. */
import { mountScanViewer } from "@showroom/viewer/mount.ts";
import type { ScanViewerHandle, ScanViewerOptions } from "@showroom/viewer/types.ts";

let handle: ScanViewerHandle | undefined;

function stage(): HTMLElement {
  const element = document.getElementById("stage");
  if (!element) throw new Error("test page has no #stage");
  return element;
}

/** Share of drawn (non-transparent) pixels and whether they cover the centre of the canvas. */
function pixels(): { coverage: number; centre: boolean; bbox: [number, number, number, number] } | undefined {
  const canvas = stage().querySelector("canvas");
  if (!canvas) return undefined;
  const copy = document.createElement("canvas");
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext("2d");
  if (!context) return undefined;
  context.drawImage(canvas, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, copy.width, copy.height);
  let drawn = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((data[(y * width + x) * 4 + 3] ?? 0) > 16) {
        drawn += 1;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  const cx = width / 2;
  const cy = height / 2;
  return {
    coverage: drawn / (width * height),
    centre: minX <= cx && maxX >= cx && minY <= cy && maxY >= cy,
    bbox: [minX / width, minY / height, maxX / width, maxY / height],
  };
}

const harness = {
  mount(options: ScanViewerOptions) {
    handle?.unmount();
    handle = mountScanViewer(stage(), { preserveDrawingBuffer: true, ...options });
  },
  unmount() {
    handle?.unmount();
    handle = undefined;
  },
  view: () => handle?.getView(),
  pixels,
};

Object.assign(window, { harness });
