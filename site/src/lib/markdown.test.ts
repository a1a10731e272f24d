import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("renumbers headings so the text's top heading gets the requested level", () => {
    const html = renderMarkdown("## Origin\n\ntext\n\n### Finds\n\nmore", { topLevel: 3 });
    expect(html).toContain("<h3>Origin</h3>");
    expect(html).toContain("<h4>Finds</h4>");
    expect(renderMarkdown("# Title\n\nbody")).toContain("<h2>Title</h2>");
  });

  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> **world**');
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<strong>world</strong>");
  });

  it("renders nothing for empty fields", () => {
    expect(renderMarkdown(null)).toBe("");
    expect(renderMarkdown("   ")).toBe("");
  });
});
