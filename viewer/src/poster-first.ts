/**
 * The only viewer script an object page loads up front (a few KB, no three.js): it finds the
 * server-rendered viewers (`[data-scan-viewer]`, see render-viewer-html.ts) and loads the 3D
 * viewer when the visitor presses "Show 3D model", or when the viewer scrolls into view if its
 * config says `"start": "visible"`. At that moment it also starts downloading the first level of
 * the scan and shows its progress, so the visitor sees bytes arrive while the viewer code is still
 * on its way (the viewer takes the same download over).
 */
import { progressStrings } from "./i18n-progress.ts";
import { ModelDownload } from "./load/download.ts";
import { planLevels } from "./load/levels.ts";
import type { ScanViewerHandle, ScanViewerOptions } from "./types.ts";
import { createProgressPanel } from "./ui/progress-panel.ts";

const started = new WeakMap<HTMLElement, Promise<ScanViewerHandle | undefined>>();

function readConfig(element: HTMLElement): ScanViewerOptions | undefined {
  try {
    const config = JSON.parse(element.dataset.scanViewer ?? "") as ScanViewerOptions;
    return typeof config.model === "string" && config.model && !config.unavailable ? config : undefined;
  } catch (error) {
    console.warn("[scan-viewer] data-scan-viewer does not hold valid JSON with a model URL:", error);
    return undefined;
  }
}

/** Loads and starts the 3D view of one `[data-scan-viewer]` element (once). */
export function startScanViewer(element: HTMLElement): Promise<ScanViewerHandle | undefined> {
  const running = started.get(element);
  if (running) return running;
  const config = readConfig(element);
  const stage = element.querySelector<HTMLElement>("[data-scan-viewer-stage]");
  if (!config || !stage) return Promise.resolve(undefined);
  const button = stage.querySelector<HTMLButtonElement>("[data-scan-viewer-start]");
  const buttonHadFocus = button !== null && element.ownerDocument.activeElement === button;
  if (button) {
    button.setAttribute("aria-busy", "true");
    button.hidden = true;
  }
  const [first] = planLevels(config);
  const download = first && new ModelDownload(first.url, first.size ? { knownSize: first.size } : {});
  const progress = createProgressPanel(
    document,
    progressStrings(config.locale),
    config.locale ?? "de",
    "first",
  );
  if (download) progress.follow(download);
  stage.append(progress.element);
  if (buttonHadFocus) progress.element.focus();
  const list = element.querySelector<HTMLElement>("[data-scan-viewer-annotations]") ?? undefined;
  const promise = import("./mount.ts").then(
    ({ mountScanViewer }) => {
      const handle = mountScanViewer(
        stage,
        { ...config, start: "now" },
        { ...(list && { annotationList: list }), ...(download && { download }) },
      );
      // The viewer shows its own panel for the same download from here on.
      progress.remove();
      return handle;
    },
    (error: unknown) => {
      // The viewer code itself failed to load (offline, a deploy in between): let the visitor retry.
      console.warn("[scan-viewer] could not load the viewer code:", error);
      started.delete(element);
      download?.abort();
      progress.remove();
      if (button) {
        button.hidden = false;
        button.removeAttribute("aria-busy");
      }
      return undefined;
    },
  );
  started.set(element, promise);
  return promise;
}

/** Wires every viewer under `root` that is not wired yet. Safe to call again after page updates. */
export function initPosterFirst(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-scan-viewer]")) {
    if (element.dataset.scanViewerWired) continue;
    element.dataset.scanViewerWired = "";
    const button = element.querySelector<HTMLButtonElement>("[data-scan-viewer-start]");
    button?.addEventListener("click", () => void startScanViewer(element));
    if (readConfig(element)?.start === "visible" && "IntersectionObserver" in window) {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void startScanViewer(element);
      });
      observer.observe(element);
    }
  }
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => initPosterFirst());
  else initPosterFirst();
}
