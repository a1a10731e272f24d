import { viewerStrings } from "./i18n.ts";
import type { ModelDownload } from "./load/download.ts";
import type { LevelName } from "./session/levels.ts";
import { type Session, startSession, type ViewerState } from "./session/session.ts";
import { ensureViewerCss } from "./styles.ts";
import type { ScanViewerHandle, ScanViewerOptions, ViewerErrorCode } from "./types.ts";
import { el } from "./ui/el.ts";

export interface MountExtras {
  /** The server-rendered annotation list (data-scan-viewer-annotations): gets "Show in model" buttons. */
  annotationList?: HTMLElement;
  /** The first level's download, started by poster-first.ts at the click (used by the first session). */
  download?: ModelDownload;
}

/**
 * Shows a scan in `container` with R3F's createRoot on a canvas: no react-dom, the interface
 * (progress, errors, toolbar, annotation buttons, measure readout, live region) is plain DOM.
 * The container keeps what it had (the server-rendered poster and button): on an error the
 * poster stays, and unmount restores it exactly.
 *
 * @example
 *   const viewer = mountScanViewer(document.querySelector("#stage"), { model: "/m/bowl.glb", alt: "Taufschale" });
 *   viewer.unmount();
 */
export function mountScanViewer(
  container: HTMLElement,
  options: ScanViewerOptions,
  extras: MountExtras = {},
): ScanViewerHandle {
  const doc = container.ownerDocument;
  const t = viewerStrings(options.locale);
  ensureViewerCss(doc, container);
  const addedClass = !container.classList.contains("scan-viewer__stage");
  container.classList.add("scan-viewer__stage");
  const cleanups: Array<() => void> = [];

  let poster = container.querySelector<HTMLImageElement>(".scan-viewer__poster");
  if (!poster && options.poster) {
    poster = el(doc, "img", { class: "scan-viewer__poster", src: options.poster, alt: options.alt });
    container.prepend(poster);
    const created = poster;
    cleanups.push(() => created.remove());
  }
  let startButton = container.querySelector<HTMLButtonElement>("[data-scan-viewer-start]");
  if (options.unavailable && !container.querySelector("[data-scan-viewer-unavailable]")) {
    const line = el(doc, "p", {
      class: "scan-viewer__unavailable",
      "data-scan-viewer-unavailable": options.unavailable,
      text: t.unavailable[options.unavailable],
    });
    container.append(line);
    cleanups.push(() => line.remove());
  }
  if (!startButton && options.start && options.start !== "now" && !options.unavailable) {
    startButton = el(doc, "button", {
      type: "button",
      class: "scan-viewer__start",
      "data-scan-viewer-start": true,
      text: t.showModel(undefined),
    });
    container.append(startButton);
    const created = startButton;
    cleanups.push(() => created.remove());
  }

  let session: Session | undefined;
  const setState = (state: ViewerState, error?: ViewerErrorCode) => {
    container.dataset.state = state;
    if (error) container.dataset.error = error;
    else delete container.dataset.error;
    container.classList.toggle("scan-viewer--ready", state === "ready");
  };
  const setLevel = (level: LevelName | undefined) => {
    if (level) container.dataset.level = level;
    else delete container.dataset.level;
  };
  let download = extras.download;
  setState("poster");

  const begin = (hadFocus = false) => {
    if (session) return;
    // Move focus into the 3D view only when the visitor started it from the button (or the
    // viewer already held focus): a viewer that starts by itself must not steal focus.
    const fromButton = hadFocus || (startButton !== null && doc.activeElement === startButton);
    if (startButton) startButton.hidden = true;
    session = startSession({
      container,
      options,
      t,
      ...(extras.annotationList && { annotationList: extras.annotationList }),
      ...(download && { download }),
      fromButton,
      setState,
      setLevel,
      retry: () => {
        const focused = container.contains(doc.activeElement);
        session?.dispose();
        session = undefined;
        begin(focused);
      },
    });
    // A retry starts over: the download begun at the click belonged to the first attempt.
    download = undefined;
  };

  if (options.unavailable) {
    // No prepared level: poster only (the server-rendered page already says why).
    download?.abort();
  } else if (!options.start || options.start === "now") begin();
  else if (options.start === "click" && startButton) {
    const onClick = () => begin();
    startButton.addEventListener("click", onClick, { once: true });
    const button = startButton;
    cleanups.push(() => button.removeEventListener("click", onClick));
  } else if (options.start === "visible") {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        begin();
      }
    });
    observer.observe(container);
    cleanups.push(() => observer.disconnect());
  }

  return {
    unmount() {
      session?.dispose();
      session = undefined;
      for (const cleanup of cleanups.reverse()) cleanup();
      if (startButton) startButton.hidden = false;
      if (addedClass) container.classList.remove("scan-viewer__stage");
      container.classList.remove("scan-viewer--ready", "scan-viewer--measuring");
      delete container.dataset.state;
      delete container.dataset.error;
      delete container.dataset.level;
    },
    getView() {
      return session?.getView();
    },
  };
}
