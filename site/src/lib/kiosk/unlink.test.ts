import { describe, expect, it } from "vitest";
import { unlinkOutbound } from "./unlink.ts";

const ROOTS = ["/kiosk/", "/en/kiosk/"];

describe("links on kiosk pages", () => {
  it("keeps links to kiosk pages and same-page anchors", () => {
    const html =
      '<a href="/kiosk/objekte/kelch/">Kelch</a><a class="skip" href="#main">Skip</a><a href="/en/kiosk/">EN</a>';
    expect(unlinkOutbound(html, ROOTS)).toEqual({ html, removed: [] });
  });

  it("turns links to other sites, other pages of the site and downloads into their text", () => {
    const html =
      '<p><a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY <b>4.0</b></a> · ' +
      '<a href=\'/objekte/kelch/\'>Seite</a> · <a href=/kiosk/x.glb download>Laden</a> · <a href="//evil.example/">x</a> · <A HREF="mailto:a@b">Mail</A></p>';
    const { html: out, removed } = unlinkOutbound(html, ROOTS);
    expect(out).not.toMatch(/<a\b/i);
    expect(out).toContain('<span class="kiosk-unlinked">CC BY <b>4.0</b></span>');
    expect(removed).toEqual([
      "https://creativecommons.org/licenses/by/4.0/",
      "/objekte/kelch/",
      "/kiosk/x.glb",
      "//evil.example/",
      "mailto:a@b",
    ]);
  });
});
