/**
 * What a panorama hotspot needs before its stop is published: a target that fits its kind (a stop
 * for "stop", an object for "object", a text for "info"), and that target published in the same
 * language, so no visitor follows a hotspot into a page that does not exist. Messages name the
 * hotspot by its label and number, in German and English.
 */
import type { FieldProblem } from "../validation/field-error";

export interface HotspotToCheck {
  kind?: unknown;
  label?: unknown;
  text?: unknown;
  stop?: TargetState;
  item?: TargetState;
}

/** A hotspot's target as found in the database: missing, only a draft, or published. */
export type TargetState = { state: "none" } | { state: "draft"; title: string } | { state: "published" };

function name(hotspot: HotspotToCheck, index: number): { de: string; en: string } {
  const label = typeof hotspot.label === "string" && hotspot.label.trim() ? hotspot.label.trim() : undefined;
  return {
    de: label ? `Hotspot ${index + 1} „${label}“` : `Hotspot ${index + 1}`,
    en: label ? `Hotspot ${index + 1} “${label}”` : `Hotspot ${index + 1}`,
  };
}

export function hotspotProblems(hotspots: readonly HotspotToCheck[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  hotspots.forEach((hotspot, index) => {
    const who = name(hotspot, index);
    const at = (field: string) => ["hotspots", String(index), field];
    if (hotspot.kind === "info") {
      if (typeof hotspot.text !== "string" || hotspot.text.trim() === "") {
        problems.push({
          path: at("text"),
          message: `${who.de}: Ein Infopunkt braucht einen Text. Bitte Text eintragen. / ${who.en}: an information point needs a text. Please enter one.`,
        });
      }
      return;
    }
    const field = hotspot.kind === "object" ? "item" : "stop";
    const target = hotspot[field] ?? { state: "none" };
    const what =
      field === "item"
        ? { de: "Ziel-Objekt", en: "target object" }
        : { de: "Ziel-Station", en: "target stop" };
    if (target.state === "none") {
      problems.push({
        path: at(field),
        message: `${who.de}: Bitte ${field === "item" ? "ein" : "eine"} ${what.de} wählen. / ${who.en}: please choose a ${what.en}.`,
      });
    } else if (target.state === "draft") {
      problems.push({
        path: at(field),
        message:
          `${who.de}: Die ${what.de} „${target.title}“ ist in dieser Sprache nicht veröffentlicht. Bitte sie zuerst veröffentlichen oder ein anderes Ziel wählen. / ` +
          `${who.en}: the ${what.en} “${target.title}” is not published in this language. Publish it first or choose another target.`,
      });
    }
  });
  return problems;
}
