import { describe, expect, it } from "vitest";
import { rewriteRootUrls } from "./preview-handler.ts";

describe("preview URL rewriting", () => {
  const prefix = "/_preview/b/abc";

  it("keeps a preview page's links, styles, images and islands inside the preview", () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><a href="/objekte/">x</a><img src="/media/x.webp" srcset="/media/x-1.webp 1x, /media/x-2.webp 2x">' +
      '<astro-island component-url="/_astro/Viewer.js" renderer-url="/_astro/client.js"></astro-island><div style="background:url(/media/bg.png)"></div>';
    const out = rewriteRootUrls(html, prefix, "html");
    expect(out).toContain('href="/_preview/b/abc/_astro/a.css"');
    expect(out).toContain('href="/_preview/b/abc/objekte/"');
    expect(out).toContain('src="/_preview/b/abc/media/x.webp"');
    expect(out).toContain('srcset="/_preview/b/abc/media/x-1.webp 1x, /_preview/b/abc/media/x-2.webp 2x"');
    expect(out).toContain('component-url="/_preview/b/abc/_astro/Viewer.js"');
    expect(out).toContain('renderer-url="/_preview/b/abc/_astro/client.js"');
    expect(out).toContain("url(/_preview/b/abc/media/bg.png)");
  });

  it("leaves absolute, protocol-relative and fragment links alone", () => {
    const html = '<a href="https://example.org/">a</a><a href="//cdn.example/x">b</a><a href="#main">c</a>';
    expect(rewriteRootUrls(html, prefix, "html")).toBe(html);
  });

  it("rewrites font URLs in stylesheets", () => {
    expect(rewriteRootUrls('@font-face{src:url("/_astro/f.woff2")}', prefix, "css")).toBe(
      '@font-face{src:url("/_preview/b/abc/_astro/f.woff2")}',
    );
  });
});
