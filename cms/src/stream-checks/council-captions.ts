import type { FieldProblem } from "../validation/field-error";

type Entry = Record<string, unknown>;

const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";

/**
 * A recording of a council meeting must carry captions or a transcript (accessibility law for
 * public bodies: BITV 2.0 / WCAG 2.1 AA 1.2.2). Returns the problem for the captions field, so the
 * admin shows it there, or nothing.
 */
export function councilCaptionProblems(entry: Entry): FieldProblem[] {
  if (entry.kind !== "council_meeting" || !filled(entry.recordingUrl)) return [];
  const captions = Array.isArray(entry.captions) ? entry.captions : [];
  if (captions.length > 0 || filled(entry.transcript)) return [];
  const locale = typeof entry.locale === "string" ? ` (${entry.locale})` : "";
  return [
    {
      path: ["captions"],
      message:
        `Die Aufzeichnung einer Sitzung der Stadtvertretung braucht Untertitel oder ein Transkript${locale}. ` +
        "Bitte eine WebVTT-Datei unter „Untertitel“ hinzufügen oder das Feld „Transkript“ ausfüllen und erneut veröffentlichen; " +
        "der Entwurf ist gespeichert. / A council meeting recording needs captions or a transcript: add a WebVTT " +
        "file under “Captions” or fill in “Transcript”, then publish again; the draft is saved.",
    },
  ];
}
