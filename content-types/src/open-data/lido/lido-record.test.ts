import { describe, expect, it } from "vitest";
import { TEST_CONTEXT, testInput, testItem } from "./lido.fixture.ts";
import { isoYear, lidoDocument, lidoDocumentOf, lidoRecord, lidoRecordId } from "./lido-record.ts";
import { xmlCharsOnly } from "./xml.ts";

function blocks(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<lido:${name}[ >][\\s\\S]*?</lido:${name}>`, "g"))].map((m) => m[0]);
}

describe("a LIDO record of a heritage item", () => {
  it("keeps its lidoRecID when the item is edited and when only one language is exported", () => {
    const input = testInput();
    const edited = {
      ...input,
      item: { de: testItem({ title: "Neue Taufschale", slug: "neu", updatedAt: "2027-01-01T00:00:00Z" }) },
    };
    const id = lidoRecordId("doc-taufe", TEST_CONTEXT);
    expect(lidoRecord(input, TEST_CONTEXT)).toContain(`>${id}</lido:lidoRecID>`);
    expect(lidoRecord(edited, TEST_CONTEXT)).toContain(`>${id}</lido:lidoRecID>`);
    expect(id).toBe("showroom.example/heritage-item/doc-taufe");
  });

  it("writes descriptive and administrative metadata once per language, German first, each with xml:lang", () => {
    const xml = lidoRecord(testInput(), TEST_CONTEXT);
    expect(blocks(xml, "descriptiveMetadata").map((b) => /xml:lang="(\w+)"/.exec(b)?.[1])).toEqual([
      "de",
      "en",
    ]);
    expect(blocks(xml, "administrativeMetadata").map((b) => /xml:lang="(\w+)"/.exec(b)?.[1])).toEqual([
      "de",
      "en",
    ]);
    const [de, en] = blocks(xml, "descriptiveMetadata");
    expect(de).toContain(">Taufschale</lido:appellationValue>");
    expect(en).toContain(">Baptismal bowl</lido:appellationValue>");
    expect(en).toContain(">about 1650</lido:displayDate>");
  });

  it("escapes <, & and > and drops characters XML cannot carry, so the record stays well-formed", () => {
    const xml = lidoRecord(
      { item: { de: testItem({ title: 'Kelch <"Abendmahl"> & Patene\u0001\uFFFF', summary: "A\uD800B" }) } },
      TEST_CONTEXT,
    );
    expect(xml).toContain(">Kelch &lt;&quot;Abendmahl&quot;&gt; &amp; Patene</lido:appellationValue>");
    expect(xml).toContain(">AB</lido:descriptiveNoteValue>");
    expect(xmlCharsOnly("Umlaute äöü 😀 bleiben")).toBe("Umlaute äöü 😀 bleiben");
  });

  it("dates the production event with earliest and latest year in ISO 8601, BCE years shifted by one", () => {
    const xml = lidoRecord({ item: { de: testItem({ datingFrom: -500, datingTo: 33 }) } }, TEST_CONTEXT);
    expect(xml).toContain(
      "<lido:earliestDate>-0499</lido:earliestDate><lido:latestDate>0033</lido:latestDate>",
    );
    expect(isoYear(1732)).toBe("1732");
    expect(isoYear(-1)).toBe("-0000");
  });

  it("puts the place with its municipality and its position as a GML point (latitude longitude) in the repository", () => {
    const xml = lidoRecord(testInput(), TEST_CONTEXT);
    const repository = blocks(xml, "repositorySet")[0] ?? "";
    expect(repository).toContain("<gml:Point><gml:pos>54.2921 10.8867</gml:pos></gml:Point>");
    expect(repository).toContain(">Stadt Oldenburg in Holstein</lido:appellationValue>");
    expect(repository).toContain('<lido:workID lido:type="Inventarnummer">OH-K-0007</lido:workID>');
  });

  it("names the museum as repository when the item's place is a museum", () => {
    const input = testInput();
    input.place = {
      de: {
        ...(input.place?.de as NonNullable<typeof input.place>["de"] & object),
        kind: "museum",
        name: "Wallmuseum",
      },
    };
    expect(blocks(lidoRecord(input, TEST_CONTEXT), "repositoryName")[0]).toContain(">Wallmuseum<");
  });

  it("gives every resource its licence URI and credit, and links the original model only when its download is allowed", () => {
    const input = testInput();
    const xml = lidoRecord(input, TEST_CONTEXT);
    const resources = blocks(xml, "resourceSet").slice(0, 3);
    expect(resources[0]).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(resources[0]).toContain("<lido:creditLine>Foto: Digital-Hub</lido:creditLine>");
    expect(resources[1]).toContain("https://creativecommons.org/publicdomain/zero/1.0/");
    expect(resources[1]).toContain(
      '<lido:resourceRepresentation lido:type="original"><lido:linkResource lido:formatResource="model/gltf-binary">https://showroom.example/uploads/schale.glb</lido:linkResource>',
    );
    expect(resources[2]).toContain(
      'lido:formatResource="audio/mpeg">https://showroom.example/uploads/chor-de.mp3<',
    );
    input.scan = {
      de: { ...(input.scan?.de as NonNullable<typeof input.scan>["de"] & object), downloadAllowed: false },
    };
    expect(lidoRecord(input, TEST_CONTEXT)).not.toContain("schale.glb<");
    expect(lidoRecord(input, TEST_CONTEXT)).toContain("schale.web.glb<");
  });

  it("links related works to their page in the record's language and by their lidoRecID", () => {
    const [de, en] = blocks(lidoRecord(testInput(), TEST_CONTEXT), "relatedWorkSet");
    expect(de).toContain("https://showroom.example/objekte/taufengel/");
    expect(en).toContain("https://showroom.example/en/objects/baptismal-angel/");
    expect(de).toContain(">showroom.example/heritage-item/doc-engel</lido:objectID>");
  });

  it("writes a related work the same for every record of a context, and anew for another site address", () => {
    const input = testInput();
    const first = lidoRecord(input, TEST_CONTEXT);
    expect(lidoRecord(input, TEST_CONTEXT)).toBe(first);
    const other = lidoRecord(input, { ...TEST_CONTEXT, siteUrl: "https://kultur.example.org" });
    const [de] = blocks(other, "relatedWorkSet");
    expect(de).toContain("https://kultur.example.org/objekte/taufengel/");
    expect(de).toContain(">kultur.example.org/heritage-item/doc-engel</lido:objectID>");
  });

  it("classifies the item (work type, kind of place) and names the record source, its rights and the object page", () => {
    const [de] = blocks(lidoRecord(testInput(), TEST_CONTEXT), "descriptiveMetadata");
    expect(de).toContain("<lido:objectWorkType><lido:term>Kulturgut</lido:term></lido:objectWorkType>");
    expect(de).toContain('<lido:classification lido:type="Art des Ortes"><lido:term>Kirche</lido:term>');
    const [record] = blocks(lidoRecord(testInput(), TEST_CONTEXT), "recordWrap");
    expect(record).toContain(
      "<lido:recordSource><lido:legalBodyName><lido:appellationValue>Digital-Hub Oldenburg in Holstein</lido:appellationValue>",
    );
    expect(record).toContain("https://creativecommons.org/publicdomain/zero/1.0/");
    expect(record).toContain(
      "<lido:recordInfoLink>https://showroom.example/objekte/taufschale/</lido:recordInfoLink>",
    );
  });

  it("leaves out what the item does not have instead of writing empty elements", () => {
    const xml = lidoRecord(
      {
        item: {
          en: testItem({
            description: null,
            material: null,
            technique: null,
            dimensions: null,
            keywords: null,
            images: [],
            attribution: null,
          }),
        },
      },
      TEST_CONTEXT,
    );
    expect(xml).not.toMatch(/<(lido:\w+)[^>]*><\/\1>/);
    expect(xml).not.toContain("resourceWrap");
    expect(xml).not.toContain('xml:lang="de"');
  });

  it("refuses an item without any language, saying so", () => {
    expect(() => lidoRecord({ item: {} }, TEST_CONTEXT)).toThrow(/no German or English version/);
  });

  it("refuses a site URL that is not a URL, with an example of one", () => {
    expect(() => lidoRecord(testInput(), { ...TEST_CONTEXT, siteUrl: "showroom" })).toThrow(
      /https:\/\/showroom\.example/,
    );
  });

  it("makes the same file from a wrap's record as from the input, so an export builds each record once", () => {
    const record = lidoRecord(testInput(), TEST_CONTEXT, { schemaLocation: false });
    expect(record).not.toContain("schemaLocation");
    expect(lidoDocumentOf(record)).toBe(lidoDocument(testInput(), TEST_CONTEXT));
  });
});
