import { describe, expect, it } from "vitest";
import { isSameSiteUrl, renderMarkdown } from "./markdown.ts";

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

  it("keeps the Markdown an editor writes: lists, tables, quotes, code and task lists", () => {
    const html = renderMarkdown(
      [
        "*a* **b** ~~c~~ `d`",
        "",
        "> quote",
        "",
        "1. one",
        "2. two",
        "",
        "- [x] done",
        "",
        "| a | b |",
        "|:--|--:|",
        "| 1 | 2 |",
        "",
        "```js",
        "let x = 1;",
        "```",
        "",
        "---",
      ].join("\n"),
    );
    for (const fragment of [
      "<em>a</em>",
      "<strong>b</strong>",
      "<del>c</del>",
      "<code>d</code>",
      "<blockquote>",
      "<ol>",
      '<input checked disabled type="checkbox" />',
      '<th align="left">a</th>',
      '<td align="right">2</td>',
      '<code class="language-js">let x = 1;',
      "<hr />",
    ]) {
      expect(html).toContain(fragment);
    }
  });
});

/**
 * Every rendered link may only lead to http(s), mailto, tel or a relative URL, and an image may
 * only come from the site itself (a public page requests nothing from a third party). The expected
 * HTML is written out in full so a change of the renderer cannot slip a dangerous attribute past.
 */
describe("renderMarkdown with hostile input", () => {
  const hostile: [name: string, source: string, expected: string][] = [
    ["a javascript: link", "[x](javascript:alert(1))", "<p>x</p>"],
    ["a javascript: link in mixed case", "[x](JaVaScRiPt:alert(1))", "<p>x</p>"],
    ["a javascript: link after spaces", "[x](  javascript:alert(1))", "<p>x</p>"],
    ["a javascript: link in angle brackets", "[x](<javascript:alert(1)>)", "<p>x</p>"],
    ["a javascript: link split by an encoded tab", "[x](java&#x09;script:alert(1))", "<p>x</p>"],
    [
      "a javascript: link split by a raw tab",
      "[x](java\tscript:alert(1))",
      "<p>[x](java\tscript:alert(1))</p>",
    ],
    ["an entity-encoded javascript: link", "[x](&#106;avascript:alert(1))", "<p>x</p>"],
    ["a javascript: link with an encoded colon", "[x](javascript&colon;alert(1))", "<p>x</p>"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<p>x</p>"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))", "<p>x</p>"],
    ["a file: link", "[x](file:///etc/passwd)", "<p>x</p>"],
    ["a reference-style javascript: link", "[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>"],
    ["an autolink to javascript:", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>"],
    ["a javascript: image", "![x](javascript:alert(1))", "<p>x</p>"],
    ["a data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", "<p>x</p>"],
    [
      "an image from a third-party server",
      "![Luftbild](https://evil.example/x.png)",
      '<p><a href="https://evil.example/x.png">Luftbild</a></p>',
    ],
    [
      "a protocol-relative image",
      "![x](//evil.example/x.png)",
      '<p><a href="//evil.example/x.png">x</a></p>',
    ],
    [
      "a backslash protocol-relative image (kept as a path of the site)",
      "![x](/\\evil.example/x.png)",
      '<p><img src="/%5Cevil.example/x.png" alt="x" /></p>',
    ],
    [
      "raw HTML link",
      '<a href="javascript:alert(1)">x</a>',
      '<p>&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;</p>',
    ],
    ["raw HTML image with onerror", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["raw SVG with onload", "<svg onload=alert(1)>", "&lt;svg onload=alert(1)&gt;"],
    [
      "a link title that tries to break out",
      '[x](https://ok.example/ "a\\" onmouseover=\\"alert(1)")',
      '<p><a href="https://ok.example/" title="a&quot; onmouseover=&quot;alert(1)">x</a></p>',
    ],
  ];

  it.each(hostile)("neutralises %s", (_name, source, expected) => {
    expect(renderMarkdown(source).trim()).toBe(expected);
  });

  const allowed: [name: string, source: string, expected: string][] = [
    [
      "an https link",
      "[x](https://example.org/a?b=1&c=2)",
      '<p><a href="https://example.org/a?b=1&amp;c=2">x</a></p>',
    ],
    ["an http link", "[x](http://example.org/)", '<p><a href="http://example.org/">x</a></p>'],
    ["a mailto link", "[x](mailto:museum@example.org)", '<p><a href="mailto:museum@example.org">x</a></p>'],
    ["a tel link", "[x](tel:+494361000)", '<p><a href="tel:+494361000">x</a></p>'],
    ["a relative link", "[x](/objekte/kelch/)", '<p><a href="/objekte/kelch/">x</a></p>'],
    ["a fragment link", "[x](#herkunft)", '<p><a href="#herkunft">x</a></p>'],
    ["a protocol-relative link", "[x](//example.org/)", '<p><a href="//example.org/">x</a></p>'],
    [
      "an image from the site itself",
      "![Kelch](/media/kelch.png)",
      '<p><img src="/media/kelch.png" alt="Kelch" /></p>',
    ],
    ["a relative image", "![Kelch](kelch.png)", '<p><img src="kelch.png" alt="Kelch" /></p>'],
    [
      "bare web and e-mail addresses",
      "www.example.org museum@example.org",
      '<p><a href="http://www.example.org">www.example.org</a> <a href="mailto:museum@example.org">museum@example.org</a></p>',
    ],
  ];

  it.each(allowed)("keeps %s", (_name, source, expected) => {
    expect(renderMarkdown(source).trim()).toBe(expected);
  });
});

describe("isSameSiteUrl", () => {
  it.each([
    ["/media/kelch.png", true],
    ["kelch.png", true],
    ["../media/kelch.png", true],
    ["#top", true],
    ["//evil.example/x.png", false],
    ["/\\evil.example/x.png", false],
    ["\\\\evil.example/x.png", false],
    ["/\t/evil.example/x.png", false],
    ["https://evil.example/x.png", false],
    ["HTTPS://evil.example/x.png", false],
    ["javascript:alert(1)", false],
    ["data:image/png;base64,AAAA", false],
    ["blob:https://evil.example/1", false],
  ])("says whether %j loads from the page's own origin (%s)", (src, expected) => {
    expect(isSameSiteUrl(src)).toBe(expected);
  });
});
