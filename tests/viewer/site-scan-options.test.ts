/**
 * What the site hands the viewer for a scan (site/src/lib/page-data/scan-viewer.ts): the prepared
 * levels with their sizes, never the original upload; no level at all when processing is pending
 * or failed.
 */
import type { Scan } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import { scanViewerOptions } from "../../site/src/lib/page-data/scan-viewer.ts";

const media = (url: string, kB: number) => ({
  url,
  size: kB,
  ext: ".glb",
  name: url,
  mime: "model/gltf-binary",
});

function scan(levels: Partial<Scan>): Scan {
  return {
    title: "Taufschale",
    description: "Eine Schale.",
    licence: "cc_by_4",
    annotations: [],
    model: media("/media/original.glb", 3600),
    ...levels,
  } as unknown as Scan;
}

describe("the viewer options of a scan on the site", () => {
  it("load the thumb level first and the web level after it, with their sizes in bytes", () => {
    const options = scanViewerOptions(
      scan({
        webModel: media("/media/web.glb", 1100.5),
        thumbModel: media("/media/thumb.glb", 140.2),
      } as Partial<Scan>),
      "de",
      undefined,
    );
    expect(options.model).toBe("/media/web.glb");
    expect(options.fileSize).toBe(1_100_500);
    expect(options.thumb).toEqual({ url: "/media/thumb.glb", size: 140_200 });
    expect(JSON.stringify(options)).not.toContain("original.glb");
  });

  it("load one file once when the thumb level is the web level", () => {
    const web = media("/media/web.glb", 36);
    const options = scanViewerOptions(
      scan({ webModel: web, thumbModel: web } as Partial<Scan>),
      "de",
      undefined,
    );
    expect(options.model).toBe("/media/web.glb");
    expect(options.thumb).toBeUndefined();
  });

  it("name no model and say why when processing is pending or failed", () => {
    for (const status of ["pending", "failed"] as const) {
      const options = scanViewerOptions(
        scan({ webModel: null, thumbModel: null, processingStatus: status } as Partial<Scan>),
        "de",
        undefined,
      );
      expect(options.unavailable).toBe(status);
      expect(options.model).toBe("");
      expect(JSON.stringify(options)).not.toContain("original.glb");
    }
    const unknown = scanViewerOptions(scan({} as Partial<Scan>), "de", undefined);
    expect(unknown.unavailable).toBe("pending");
  });
});
