/**
 * The one escaping function for HTML written as text (the site's Markdown renderer, the viewer's
 * server-rendered markup, staff pages of the scripts): safe in element content and in attributes
 * quoted with either " or '. It lives with the contracts because every package may depend on them.
 */
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
