/**
 * Keyboard paths through the results: ArrowDown from the search field to the first result; in
 * the results, arrows move, Home/End jump, Escape (or ArrowUp from the first) returns to the field.
 */

/** The result links in reading order. */
export function resultLinks(resultsBox: HTMLElement): HTMLAnchorElement[] {
  return [...resultsBox.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
}

export function wireResultKeys(input: HTMLInputElement, resultsBox: HTMLElement): void {
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = resultLinks(resultsBox)[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  resultsBox.addEventListener("keydown", (event) => {
    const links = resultLinks(resultsBox);
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    let target: HTMLElement | undefined;
    if (event.key === "ArrowDown") target = links[Math.min(index + 1, links.length - 1)];
    else if (event.key === "ArrowUp") target = index === 0 ? input : links[index - 1];
    else if (event.key === "Home") target = links[0];
    else if (event.key === "End") target = links[links.length - 1];
    else if (event.key === "Escape") target = input;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
}
