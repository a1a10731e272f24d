import { describe, expect, it } from "vitest";
import { previewFrameAncestors, rewriteRootUrls, withFrameAncestors } from "./preview-handler.ts";

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

describe("who may frame a preview", () => {
  it("is the admin's origin, in both loopback spellings, and nobody else", () => {
    expect(previewFrameAncestors("http://127.0.0.1:1337", {})).toEqual([
      "http://127.0.0.1:1337",
      "http://localhost:1337",
    ]);
    expect(previewFrameAncestors("https://cms.example.org/", {})).toEqual(["https://cms.example.org"]);
  });

  it("follows PREVIEW_ADMIN_ORIGINS when the admin is reached through another address", () => {
    expect(
      previewFrameAncestors("http://127.0.0.1:1337", {
        PREVIEW_ADMIN_ORIGINS: "https://cms.example.org/admin, https://redaktion.example.org",
      }),
    ).toEqual(["https://cms.example.org", "https://redaktion.example.org"]);
  });

  it("replaces the site's frame-ancestors 'none' and keeps every other directive", () => {
    const policy = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
    expect(withFrameAncestors(policy, ["http://127.0.0.1:1337"])).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors http://127.0.0.1:1337",
    );
    expect(withFrameAncestors(policy, [])).toBe(policy);
  });
});
