/**
 * The IIIF Presentation 3 builders (content-types/src/open-data/iiif) over 10,000 generated items:
 * every manifest and the collection parse with @allmaps/iiif-parser's Presentation 3 schemas and
 * pass the structural checks from the specification (iiif-checks.ts). No site build: the site's
 * own manifests are checked in iiif-site.test.ts.
 */
import {
  allObjectsCollection,
  itemManifest,
  manifestReference,
  tourCollection,
} from "@showroom/content-types/open-data/iiif/index.ts";
import { describe, expect, it } from "vitest";
import { GENERATED_IIIF_CONTEXT, generatedIiifItems } from "../../scripts/src/dev/fixtures/iiif-items.ts";
import { collectionProblems, manifestProblems } from "./iiif-checks.ts";

const BASE = GENERATED_IIIF_CONTEXT.baseUrl;

describe("IIIF manifests of 10,000 generated items", () => {
  const items = generatedIiifItems(10_000);

  it("all build and validate as IIIF Presentation 3", () => {
    const problems: string[] = [];
    for (const input of items) {
      const manifest = JSON.parse(JSON.stringify(itemManifest(input, GENERATED_IIIF_CONTEXT)));
      problems.push(...manifestProblems(manifest, BASE));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("gather in one collection, and a tour's in another, that validate", () => {
    const references = items.map((input) => manifestReference(input, GENERATED_IIIF_CONTEXT));
    const tour = tourCollection(
      { de: { title: "Rund um den Wall", slug: "rund", summary: "Ein Rundgang." } as never },
      references.slice(0, 12),
      GENERATED_IIIF_CONTEXT,
    );
    const all = allObjectsCollection(
      references,
      [{ id: tour.id, type: "Collection", label: tour.label }],
      GENERATED_IIIF_CONTEXT,
    );
    expect(all.items).toHaveLength(10_001);
    expect(collectionProblems(JSON.parse(JSON.stringify(all)), BASE)).toEqual([]);
    expect(collectionProblems(JSON.parse(JSON.stringify(tour)), BASE)).toEqual([]);
  });

  it("are caught by the checks when they break the specification", () => {
    const manifest = JSON.parse(JSON.stringify(itemManifest(items[0] as never, GENERATED_IIIF_CONTEXT)));
    manifest.items[0].items[0].items[0].target = `${BASE}/elsewhere`;
    manifest.items[0].width = 0;
    delete manifest.items[0].height;
    manifest.rights = "https://example.org/my-licence";
    manifest.thumbnail = [{ id: "https://cdn.example/x.jpg", type: "Image" }];
    const problems = manifestProblems(manifest, BASE).join("\n");
    expect(problems).toMatch(/targets .*elsewhere, not its canvas/);
    expect(problems).toMatch(/width must be a positive integer/);
    expect(problems).toMatch(/@allmaps\/iiif-parser: .*height/s);
    expect(problems).toMatch(/no Creative Commons or RightsStatements.org URI/);
    expect(problems).toMatch(/id https:\/\/cdn.example\/x.jpg is not below/);
  });
});
