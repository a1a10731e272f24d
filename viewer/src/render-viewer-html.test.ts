import { describe, expect, it } from "vitest";
import { renderViewerHtml } from "./render-viewer-html.ts";
import type { ScanViewerOptions } from "./types.ts";

const options: ScanViewerOptions = {
  model: "/media/bowl.glb",
  poster: "/media/bowl.webp",
  alt: 'Taufschale "Messing" <1732>',
  description: "Eine flache Schale.",
  fileSize: 2_300_000,
  attribution: "Digital Hub Oldenburg",
  licence: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  annotations: [
    { title: "Rand", text: "Der Rand.", position: [1, 2, 3] },
    { title: "Fuß", text: "Der Fuß.", position: [0, 0, 0] },
  ],
};

describe("renderViewerHtml", () => {
  it("renders the poster with its alt text and the 'Show 3D model' button with the file size", () => {
    const html = renderViewerHtml(options);
    expect(html).toContain(
      '<img class="scan-viewer__poster" src="/media/bowl.webp" alt="Taufschale &quot;Messing&quot; &lt;1732&gt;"',
    );
    expect(html).toContain(">3D-Modell anzeigen (2,3 MB)</button>");
    expect(renderViewerHtml({ ...options, locale: "en" })).toContain(">Show 3D model (2.3 MB)</button>");
  });

  it("puts the whole config as JSON in data-scan-viewer, escaped for the attribute", () => {
    const html = renderViewerHtml(options);
    const attribute = /data-scan-viewer="([^"]*)"/.exec(html)?.[1] ?? "";
    const decoded = attribute
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&#39;", "'")
      .replaceAll("&amp;", "&");
    expect(JSON.parse(decoded)).toEqual(options);
  });

  it("shows description, credit with licence link and the annotations as an ordered list", () => {
    const html = renderViewerHtml(options);
    expect(html).toContain(
      '<p class="scan-viewer__description" id="scan-viewer-description">Eine flache Schale.</p>',
    );
    expect(html).toContain(
      'Digital Hub Oldenburg · Lizenz: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>',
    );
    expect(html).toMatch(
      /<ol class="scan-viewer__annotation-list"[^>]*><li><strong>Rand<\/strong><p>Der Rand.<\/p><\/li><li><strong>Fuß<\/strong>/,
    );
  });

  it("leaves out what the scan does not have", () => {
    const html = renderViewerHtml({ model: "/m.glb", alt: "Modell" });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<ol");
    expect(html).toContain(">3D-Modell anzeigen</button>");
  });
});

describe("embedCode", () => {
  it("makes an iframe snippet with a title and escaped URL", async () => {
    const { embedCode } = await import("./embed-code.ts");
    expect(embedCode({ url: "https://x.example/embed/a/?b=1&c=2", title: "Taufschale (3D)" })).toBe(
      '<iframe src="https://x.example/embed/a/?b=1&amp;c=2" title="Taufschale (3D)" width="640" height="560" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; xr-spatial-tracking" allowfullscreen></iframe>',
    );
  });
});
