/** The suggested citation of an object page: who, what, when, where to find it, and when it was read. */
export interface CitationParts {
  institution: string;
  title: string;
  /** The year the page was published. */
  year: number;
  permalink: string;
  /** "abgerufen am 5.12.2026"; at build time a placeholder the reader fills in (the script puts today's date). */
  accessed: string;
}

/** "Oldenburger Wallmuseum: Slawische Schale (2026). https://…/objekte/schale/ (abgerufen am …)." */
export function citationText(parts: CitationParts): string {
  return `${parts.institution}: ${parts.title} (${parts.year}). ${parts.permalink} (${parts.accessed}).`;
}
