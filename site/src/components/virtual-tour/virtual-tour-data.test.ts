import type { Tour, TourStop } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import type { LocaleContent } from "../../lib/content/site-content.ts";
import { panoramaTilesPath, virtualTourConfig } from "./virtual-tour-data.ts";

const tour = { documentId: "t", slug: "wall", title: "Wall" } as unknown as Tour;
const panorama = (name: string) => ({
  url: `/media/${name}.jpg`,
  width: 4096,
  height: 2048,
  mime: "image/jpeg",
});
const stop = (id: string, position: number, extra: Record<string, unknown>) =>
  ({
    documentId: id,
    slug: `s-${id}`,
    title: `Stop ${id}`,
    position,
    tour: { documentId: "t" },
    hotspots: [],
    ...extra,
  }) as unknown as TourStop;

const content = {
  locale: "de",
  items: [{ documentId: "item1", slug: "kelch" }],
  tours: [tour],
  stops: [
    stop("a", 1, {
      panorama: panorama("pa"),
      hotspots: [
        { kind: "stop", label: "Weiter", yaw: 0, pitch: 0, stop: { documentId: "c" } },
        { kind: "stop", label: "Ohne Panorama", yaw: 10, pitch: 0, stop: { documentId: "b" } },
        { kind: "object", label: "Kelch", yaw: 20, pitch: 0, item: { documentId: "item1" } },
        { kind: "object", label: "Nicht veröffentlicht", yaw: 30, pitch: 0, item: { documentId: "gone" } },
        { kind: "info", label: "Info", yaw: 40, pitch: 0, text: "Text" },
      ],
    }),
    stop("b", 2, {}),
    stop("c", 3, { panorama: panorama("pc") }),
  ],
} as unknown as LocaleContent;

describe("the data of a virtual tour", () => {
  it("numbers the stops with a panorama, resolves hotspots to stops and pages, and leaves out unpublished targets", () => {
    const config = virtualTourConfig(content, tour, "de");
    expect(config.stops.map((view) => [view.number, view.title, view.tiles])).toEqual([
      [1, "Stop a", "/panoramas/pa/"],
      [2, "Stop c", "/panoramas/pc/"],
    ]);
    expect(config.stops[0]?.levels.map((level) => level.width)).toEqual([2048, 4096]);
    expect(config.stops[0]?.hotspots.map((hotspot) => [hotspot.label, hotspot.target])).toEqual([
      ["Weiter", { kind: "stop", stop: 2 }],
      ["Ohne Panorama", { kind: "object", href: "/touren/wall/s-b/" }],
      ["Kelch", { kind: "object", href: "/objekte/kelch/" }],
      ["Info", { kind: "info", text: "Text" }],
    ]);
  });

  it("gives an information point its image with alt text and its audio, falling back to the media library's alt text and then the label", () => {
    const image = (alternativeText?: string) => ({
      url: "/media/bild.jpg",
      width: 800,
      height: 600,
      alternativeText,
    });
    const withMedia = {
      ...content,
      stops: [
        stop("m", 1, {
          panorama: panorama("pm"),
          hotspots: [
            {
              kind: "info",
              label: "Graben",
              yaw: 0,
              pitch: 0,
              text: "Der Graben.",
              image: image("aus der Bibliothek"),
              imageAlt: "Wassergraben vor dem Wall",
              audio: { url: "/media/graben.mp3" },
            },
            {
              kind: "info",
              label: "Tor",
              yaw: 10,
              pitch: 0,
              text: "Das Tor.",
              image: image("Holztor im Wall"),
            },
            { kind: "info", label: "Brunnen", yaw: 20, pitch: 0, text: "Der Brunnen.", image: image() },
          ],
        }),
      ],
    } as unknown as LocaleContent;
    expect(
      virtualTourConfig(withMedia, tour, "de").stops[0]?.hotspots.map((hotspot) => hotspot.target),
    ).toEqual([
      {
        kind: "info",
        text: "Der Graben.",
        image: { src: "/media/bild.jpg", alt: "Wassergraben vor dem Wall", width: 800, height: 600 },
        audio: "/media/graben.mp3",
      },
      {
        kind: "info",
        text: "Das Tor.",
        image: { src: "/media/bild.jpg", alt: "Holztor im Wall", width: 800, height: 600 },
      },
      {
        kind: "info",
        text: "Der Brunnen.",
        image: { src: "/media/bild.jpg", alt: "Brunnen", width: 800, height: 600 },
      },
    ]);
  });

  it("names the tile folder after the media file", () => {
    expect(panoramaTilesPath(panorama("abc123") as never)).toBe("/panoramas/abc123/");
  });
});
