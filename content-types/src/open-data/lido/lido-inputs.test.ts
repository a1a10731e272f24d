import { describe, expect, it } from "vitest";
import { testItem, testPlace, testScan } from "./lido.fixture.ts";
import { type LidoSourceLocale, lidoRecordInputs, MAX_RELATED_PER_KIND } from "./lido-inputs.ts";

const ref = (documentId: string) => ({ id: 1, documentId });

function locale(language: "de" | "en", items = 3): LidoSourceLocale {
  return {
    items: Array.from({ length: items }, (_, i) => ({
      ...testItem({ documentId: `item${i}`, slug: `${language}-item-${i}`, title: `${language} ${i}` }),
      // Relations as the source gives them: the related entry's own fields, no components.
      place: { ...ref("place1"), name: "Kirche" },
      scan: i === 0 ? ref("scan1") : null,
    })),
    places: [testPlace({ documentId: "place1" })],
    scans: [testScan({ documentId: "scan1" })],
    stops: [
      {
        documentId: "stop1",
        title: `${language} stop`,
        audio: { url: `/uploads/${language}.mp3`, mime: "audio/mpeg" },
        transcript: "Text",
        tour: ref("tour1"),
        items: [ref("item0"), ref("other")],
      },
    ],
  };
}

describe("LIDO record inputs from published content", () => {
  it("joins the languages of an item by documentId and looks up its place (with position) and scan", () => {
    const [first] = lidoRecordInputs({ de: locale("de"), en: locale("en") });
    expect(first?.item.de?.slug).toBe("de-item-0");
    expect(first?.item.en?.slug).toBe("en-item-0");
    expect(first?.place?.de?.geo).toEqual({ latitude: 54.2921, longitude: 10.8867 });
    expect(first?.scan?.en?.documentId).toBe("scan1");
  });

  it("takes the audio guides of the stops that show the item, per language", () => {
    const inputs = lidoRecordInputs({ de: locale("de"), en: locale("en") });
    expect(inputs[0]?.audioGuides?.[0]?.audio.en?.url).toBe("/uploads/en.mp3");
    expect(inputs[1]?.audioGuides).toEqual([]);
  });

  it("relates the other items of the same place, never the item itself, at most MAX_RELATED_PER_KIND", () => {
    const inputs = lidoRecordInputs({ de: locale("de", MAX_RELATED_PER_KIND + 5) });
    const related = inputs[0]?.related ?? [];
    expect(related).toHaveLength(MAX_RELATED_PER_KIND);
    expect(related.map((work) => work.documentId)).not.toContain("item0");
    expect(related[0]).toMatchObject({ relation: "same-place", slug: { de: "de-item-1" } });
  });

  it("lists at most 5 related works per kind, one object per related item shared by all records", () => {
    expect(MAX_RELATED_PER_KIND).toBeLessThanOrEqual(5);
    const inputs = lidoRecordInputs({ de: locale("de", 8), en: locale("en", 8) });
    const [first, second] = inputs.map((input) => input.related ?? []);
    const shared = first?.find((work) => work.documentId === "item3");
    expect(shared).toBeDefined();
    // The same object: the record builder writes its XML once per page (lidoRecord caches by it).
    expect(second?.find((work) => work.documentId === "item3")).toBe(shared);
  });

  it("keeps an item that exists in English only", () => {
    const en = locale("en", 2);
    const de = locale("de", 1);
    const inputs = lidoRecordInputs({ de, en });
    expect(inputs.map((input) => Object.keys(input.item))).toEqual([["de", "en"], ["en"]]);
  });

  it("relates the items of the same tour (through its stops) after those of the same place", () => {
    const de = locale("de", 2);
    de.items.push({
      ...testItem({ documentId: "elsewhere", slug: "anderswo", title: "Anderswo" }),
      place: null,
    });
    de.stops?.push({ documentId: "stop2", title: "Zweite", tour: ref("tour1"), items: [ref("elsewhere")] });
    const [first] = lidoRecordInputs({ de });
    expect(first?.related?.map((work) => [work.documentId, work.relation])).toEqual([
      ["item1", "same-place"],
      ["elsewhere", "same-tour"],
    ]);
  });
});
