/** Test page: the <ScanViewer/> React component in a react-dom app, mounted and unmounted on demand. */
import { ScanViewer } from "@showroom/viewer/ScanViewer.tsx";
import type { ScanViewerOptions } from "@showroom/viewer/types.ts";
import { createRoot, type Root } from "react-dom/client";

let root: Root | undefined;

const reactHarness = {
  render(options: ScanViewerOptions) {
    const app = document.getElementById("app");
    if (!app) throw new Error("test page has no #app");
    root ??= createRoot(app);
    root.render(<ScanViewer {...options} />);
  },
  unmount() {
    root?.unmount();
    root = undefined;
  },
};

Object.assign(window, { reactHarness });
