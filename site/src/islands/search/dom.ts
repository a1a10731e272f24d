/** Building result markup with the DOM (never innerHTML: titles and excerpts are content). */
import type { Highlighted } from "../../lib/search/search-backend.ts";

/** An element with attributes and children, e.g. `el("p", { class: "meta" }, "text")`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Text with the matched words in `<mark>`. */
export function highlighted(segments: Highlighted): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) fragment.append(segment.mark ? el("mark", {}, segment.text) : segment.text);
  return fragment;
}
