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

describe("renderViewerHtml with prepared levels", () => {
  it("names the quick level's size on the button and the full level's as a follow-up note", () => {
    const html = renderViewerHtml({
      ...options,
      thumb: { url: "/media/bowl-thumb.glb", size: 140_000 },
      fileSize: 1_100_000,
    });
    expect(html).toContain(
      '>3D-Modell anzeigen (140 kB)<span class="scan-viewer__start-note">danach volle Qualität: 1,1 MB</span></button>',
    );
  });

  it("names one size when the quick level is the full level itself", () => {
    const html = renderViewerHtml({ ...options, thumb: { url: options.model, size: 2_300_000 } });
    expect(html).toContain(">3D-Modell anzeigen (2,3 MB)</button>");
  });

  it("shows the poster and a line instead of the button when the scan has no prepared level", () => {
    const pending = renderViewerHtml({ ...options, model: "", unavailable: "pending" });
    expect(pending).toContain("<img");
    expect(pending).not.toContain("data-scan-viewer-start");
    expect(pending).toContain(
      '<p class="scan-viewer__unavailable" data-scan-viewer-unavailable="pending">Das 3D-Modell wird noch aufbereitet.</p>',
    );
    const failed = renderViewerHtml({ ...options, model: "", unavailable: "failed", locale: "en" });
    expect(failed).toContain("The 3D model could not be prepared for the website");
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
