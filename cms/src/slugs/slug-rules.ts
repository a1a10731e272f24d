import { VIRTUAL_TOUR_SEGMENT } from "../generated/url-scheme";
import { slugify } from "./slugify";

/** What a write to one locale of an entry knows about its address. */
export interface SlugState {
  /** The address after this write: the write's value, or the stored one when the write leaves it out. */
  slug: unknown;
  /** The title (target field) after this write. */
  title: unknown;
  /** The stored title of this locale before the write; undefined for a new entry or locale. */
  previousTitle?: unknown;
  /**
   * When this write creates a locale: the other locales' addresses that were made from their
   * titles (a German address copied by "fill in from another locale"). An address chosen by hand,
   * such as a place name that is the same in both languages, is not listed and may be shared.
   */
  otherLocaleSlugs: string[];
  /** The type's placeholder, e.g. "heritage-item". */
  placeholder: string;
  /** This locale has been published: its address is in links and on signs, so it stays. */
  published: boolean;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The base or a numbered variant of it ("glocke", "glocke-2"), as unique addresses are made. */
export function isVariantOf(slug: string, base: string): boolean {
  return base !== "" && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug));
}

/** The admin fills in the type's name ("heritage-item", "heritage-item-1") before a title exists. */
export function isPlaceholder(slug: unknown, placeholder: string): boolean {
  return isVariantOf(text(slug), placeholder);
}

/**
 * Whether the address should be made from the title: it is empty or the placeholder, it is still
 * the one made from the previous title (the editor has not edited it), or the locale is new and
 * its address was copied from another locale. Never once the locale is published.
 */
export function followsTitle(state: SlugState): boolean {
  if (state.published || text(state.title) === "") return false;
  const slug = text(state.slug);
  if (slug === "" || isPlaceholder(slug, state.placeholder)) return true;
  if (state.previousTitle !== undefined && isVariantOf(slug, slugify(text(state.previousTitle)))) return true;
  return state.otherLocaleSlugs.includes(slug);
}

/** The first of "base", "base-2", "base-3", … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Addresses a type's entries may not take, because a page of the site already sits there: a tour
 * stop's page is `/touren/<tour>/<stop>/`, where the tour's virtual visit is `…/virtuell/` (German)
 * and `…/virtual/` (English). Both words are kept free in both languages.
 */
export const RESERVED_SLUGS: Readonly<Record<string, readonly string[]>> = {
  "api::tour-stop.tour-stop": Object.values(VIRTUAL_TOUR_SEGMENT),
};

export function reservedSlugs(uid: string): readonly string[] {
  return RESERVED_SLUGS[uid] ?? [];
}
