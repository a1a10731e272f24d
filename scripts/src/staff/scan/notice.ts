/** Something the editor should know about a prepared scan, in English and German (`report.json`). */
export interface Notice {
  /** Stable, for programs: TEXTURE_NOT_FOUND, LEGACY_MATERIAL_CONVERTED, … */
  code: string;
  en: string;
  de: string;
}
