import { describe, expect, it } from "vitest";
import { staleFiles } from "../src/generate.ts";
import { ALL_COMPONENTS, ALL_CONTENT_TYPES } from "../src/model/index.ts";
import { populateFor, toQueryString } from "../src/populate.ts";

describe("the content model", () => {
  it("has generated files that match the model (run `npm run generate -w content-types` when this fails)", () => {
    expect(staleFiles()).toEqual([]);
  });

  it("labels every field of every type and component in German and English", () => {
    const unlabeled: string[] = [];
    for (const owner of [...ALL_CONTENT_TYPES, ...ALL_COMPONENTS]) {
      for (const [name, field] of Object.entries(owner.fields)) {
        if (!field.label.de.trim() || !field.label.en.trim()) unlabeled.push(`${owner.name}.${name}`);
      }
    }
    expect(unlabeled).toEqual([]);
  });

  it("points every relation at an existing type, with matching inverse sides", () => {
    const problems: string[] = [];
    for (const type of ALL_CONTENT_TYPES) {
      for (const [name, field] of Object.entries(type.fields)) {
        if (field.kind !== "relation") continue;
        const target = ALL_CONTENT_TYPES.find((t) => t.name === field.target);
        if (!target) {
          problems.push(`${type.name}.${name} → unknown ${field.target}`);
          continue;
        }
        const inverse = field.mappedBy ?? field.inversedBy;
        if (!inverse) continue;
        const other = target.fields[inverse];
        const pointsBack =
          other?.kind === "relation" &&
          other.target === type.name &&
          (other.mappedBy ?? other.inversedBy) === name;
        if (!pointsBack)
          problems.push(`${type.name}.${name} ↔ ${target.name}.${inverse} do not point at each other`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("names the fields of rules that exist on the type", () => {
    const problems: string[] = [];
    for (const owner of [...ALL_CONTENT_TYPES, ...ALL_COMPONENTS]) {
      for (const rule of owner.rules ?? []) {
        const fields =
          rule.kind === "order"
            ? [rule.start, rule.end]
            : rule.kind === "attribution"
              ? [rule.licence, rule.attribution]
              : [rule.field, rule.when];
        for (const field of fields) if (!(field in owner.fields)) problems.push(`${owner.name}: ${field}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps codes, geo points and files shared across locales", () => {
    const localizedShared: string[] = [];
    for (const type of ALL_CONTENT_TYPES) {
      for (const [name, field] of Object.entries(type.fields)) {
        const shared =
          name === "code" ||
          name === "geo" ||
          (field.kind === "media" && name !== "audio") ||
          name === "inventoryNumber";
        if (shared && field.localized) localizedShared.push(`${type.name}.${name}`);
      }
    }
    expect(localizedShared).toEqual([]);
  });
});

describe("populate", () => {
  it("populates media inside components and relations of a tour stop", () => {
    const populate = populateFor("tour-stop");
    expect(populate.images).toEqual({ populate: { file: true } });
    expect(populate.audio).toBe(true);
    expect(populate.tour).toBe(true);
    expect(populate.geo).toBe(true);
  });

  it("encodes nested parameters in the bracket syntax Strapi parses", () => {
    expect(toQueryString({ status: "published", populate: { images: { populate: { file: true } } } })).toBe(
      "status=published&populate[images][populate][file]=true",
    );
    expect(toQueryString({ filters: { slug: { $eq: "a b" } }, sort: ["position:asc"] })).toBe(
      "filters[slug][%24eq]=a%20b&sort[0]=position%3Aasc",
    );
  });
});
