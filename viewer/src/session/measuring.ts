/** The measure button and tool: two picked points, their distance in the model's real units. */
import type { ViewerLocale, ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { createMeasureTool, type MeasureTool } from "../ui/measure-tool.ts";
import type { Toolbar } from "./toolbar.ts";

export interface MeasuringContext {
  container: HTMLElement;
  canvas: HTMLCanvasElement;
  readout: HTMLOutputElement;
  toolbar: Toolbar;
  t: ViewerStrings;
  locale: ViewerLocale;
}

export function createMeasuring(api: SceneApi, context: MeasuringContext): MeasureTool {
  const { container, canvas, readout, toolbar, t, locale } = context;
  let measure: MeasureTool | undefined;
  const button = toolbar.add(t.measure, "measure", () => measure?.setActive(!measure.active), false);
  measure = createMeasureTool(canvas, readout, api, t, locale, (active) => {
    button.setAttribute("aria-pressed", String(active));
    container.classList.toggle("scan-viewer--measuring", active);
  });
  return measure;
}
