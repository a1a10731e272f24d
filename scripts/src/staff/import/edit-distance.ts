/** Levenshtein distance: how many letters to insert, delete or change to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `text` that is a plausible typo of it (at most a third of its letters
 * off, at least one allowed), compared without case, spaces or hyphens; undefined when none is.
 *
 * @example
 *   nearest("Walmuseum", ["Oldenburger Wallmuseum", "wallmuseum"], (name) => name) // "wallmuseum"
 */
export function nearest<T>(
  text: string,
  candidates: readonly T[],
  names: (candidate: T) => string[],
): T | undefined {
  const squash = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, "");
  const wanted = squash(text);
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  let best: { candidate: T; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of names(candidate)) {
      const distance = editDistance(wanted, squash(name));
      if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
    }
  }
  return best?.candidate;
}
