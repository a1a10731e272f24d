import { describe, expect, it } from "vitest";
import { MAX_SCALE, panBy, WHOLE_IMAGE, zoomAbout } from "./zoom-state.ts";

describe("the image viewer's zoom", () => {
  it("keeps the point under the fingers in place while zooming", () => {
    const zoomed = zoomAbout(WHOLE_IMAGE, 2, 100, 50);
    // The point 100 px right of centre was at 100 and is at x + 100 * 2 after zooming: the same.
    expect(zoomed.x + 100 * 2).toBe(100);
    expect(zoomed.y + 50 * 2).toBe(50);
  });

  it("never zooms out past the whole image or in past the limit", () => {
    expect(zoomAbout(WHOLE_IMAGE, 0.2)).toEqual(WHOLE_IMAGE);
    expect(zoomAbout({ scale: 5, x: 0, y: 0 }, 10).scale).toBe(MAX_SCALE);
  });

  it("pans only a zoomed image, and not so far that it leaves the stage", () => {
    expect(panBy(WHOLE_IMAGE, 60, 0)).toEqual(WHOLE_IMAGE);
    const moved = panBy({ scale: 2, x: 0, y: 0 }, 10_000, 0, { width: 800, height: 600 });
    expect(moved.x).toBe(400);
  });
});
