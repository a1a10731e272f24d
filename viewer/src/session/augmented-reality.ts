/** "View in AR": WebXR where the browser offers it, AR Quick Look (.usdz) on iOS Safari. */
import type { WebGLRenderer } from "three";
import type { ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { isArSupported, startArSession } from "../ui/ar-session.ts";
import { el } from "../ui/el.ts";
import type { Toolbar } from "./toolbar.ts";

export interface ArContext {
  doc: Document;
  container: HTMLElement;
  renderer: WebGLRenderer;
  toolbar: Toolbar;
  t: ViewerStrings;
  usdzUrl?: string;
  isDisposed: () => boolean;
}

export function addArButtons(api: SceneApi, context: ArContext): void {
  const { doc, container, renderer, toolbar, t, usdzUrl, isDisposed } = context;
  void isArSupported().then((supported) => {
    if (!supported || isDisposed()) return;
    const arButton = toolbar.add(t.viewInAr, "ar", () => {
      arButton.disabled = true;
      startArSession(api, renderer, container, () => {
        arButton.disabled = false;
      }).catch((error: unknown) => {
        arButton.disabled = false;
        console.warn("[scan-viewer] AR session could not start:", error);
      });
    });
  });
  if (usdzUrl) {
    const link = el(doc, "a", { href: usdzUrl, rel: "ar", class: "scan-viewer__tool", text: t.viewInArIos });
    // Only Safari on iOS opens .usdz in AR Quick Look; elsewhere the link would just download it.
    if (link.relList.supports("ar")) toolbar.element.append(link);
  }
}
