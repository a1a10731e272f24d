/** The viewer's toolbar: icon buttons with a text label (hidden visually on narrow viewers). */
import type { ViewerStrings } from "../i18n.ts";
import { el } from "../ui/el.ts";
import { iconSvg } from "../ui/icons.ts";

export interface Toolbar {
  readonly element: HTMLElement;
  add(label: string, action: string, run: () => void, pressed?: boolean): HTMLButtonElement;
}

export function createToolbar(doc: Document, t: ViewerStrings): Toolbar {
  const element = el(doc, "div", { class: "scan-viewer__toolbar", role: "group", "aria-label": t.toolbar });
  return {
    element,
    add(label, action, run, pressed) {
      const button = el(doc, "button", {
        type: "button",
        class: "scan-viewer__tool",
        "data-action": action,
        "aria-pressed": pressed === undefined ? undefined : String(pressed),
        title: label,
      });
      const icon = iconSvg(doc, action);
      if (icon) button.append(icon);
      button.append(el(doc, "span", { class: "scan-viewer__tool-label", text: label }));
      button.addEventListener("click", run);
      element.append(button);
      return button;
    },
  };
}
