/**
 * A URL slug from a title: lower case, German letters spelled out (ä → ae, ß → ss), other accents
 * dropped, words joined by hyphens, at most 80 characters. Spells German the way the admin's ↻
 * button does, so both give the same address.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .replaceAll("&", " und ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
