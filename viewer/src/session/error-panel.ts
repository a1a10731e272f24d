/** The message shown instead of the 3D view when it cannot be shown, with a retry where it helps. */
import { errorText, type ViewerStrings } from "../i18n.ts";
import { isViewerError } from "../three/viewer-error.ts";
import type { ViewerErrorCode } from "../types.ts";
import { el } from "../ui/el.ts";

/** Errors a second try can fix (the network, a lost GPU context, the unexpected). */
const RETRYABLE = new Set<ViewerErrorCode>(["contextLost", "network", "unknown"]);

export function createErrorPanel(
  doc: Document,
  t: ViewerStrings,
  error: unknown,
  description: string | undefined,
  retry: () => void,
): { element: HTMLElement; code: ViewerErrorCode } {
  const code: ViewerErrorCode = isViewerError(error) ? error.code : "unknown";
  const element = el(
    doc,
    "div",
    { class: "scan-viewer__panel scan-viewer__error", role: "alert", "data-scan-viewer-error": code },
    el(doc, "p", {}, el(doc, "strong", { text: t.errorTitle })),
    el(doc, "p", { text: errorText(t, code, isViewerError(error) ? error.hosts : []) }),
  );
  if (description) element.append(el(doc, "p", { text: description }));
  if (RETRYABLE.has(code)) {
    const again = el(doc, "button", { type: "button", class: "scan-viewer__tool", text: t.retry });
    again.addEventListener("click", retry);
    element.append(again);
  }
  return { element, code };
}
