// The address (slug) of an entry follows its title, per locale, until the editor edits it or the
// entry is published; the type's placeholder ("heritage-item", what the admin fills in before a
// title exists) is never published. Tested as the admin calls the CMS and through the document service.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const ITEM = "api::heritage-item.heritage-item";
const BASE = `/content-manager/collection-types/${ITEM}`;
let cms: TestStrapi;
let number = 0;

/** The other required fields of a heritage item; the admin sends the whole form on every save. */
function item(fields: Record<string, unknown>): Record<string, unknown> {
  number += 1;
  return {
    inventoryNumber: `OH-SLUG-${number}`,
    summary: "Ein Stück der Sammlung.",
    datingText: "um 1850",
    datingFrom: 1840,
    datingTo: 1860,
    licence: "cc0",
    ...fields,
  };
}

interface Saved {
  status: number;
  documentId: string;
  slug: string;
  body: { data?: Record<string, unknown>; error?: { message: string; details?: unknown } };
}

async function save(method: "POST" | "PUT", path: string, data: Record<string, unknown>): Promise<Saved> {
  const response = await cms.adminFetch(path, { method, role: "editor", body: JSON.stringify(data) });
  const body = (await response.json()) as Saved["body"];
  return {
    status: response.status,
    documentId: String(body.data?.documentId ?? ""),
    slug: String(body.data?.slug ?? ""),
    body,
  };
}

const create = (data: Record<string, unknown>, locale = "de") =>
  save("POST", `${BASE}?locale=${locale}`, data);
const update = (documentId: string, data: Record<string, unknown>, locale = "de") =>
  save("PUT", `${BASE}/${documentId}?locale=${locale}`, data);
const publish = (documentId: string, locale = "de") =>
  save("POST", `${BASE}/${documentId}/actions/publish?locale=${locale}`, {});

beforeAll(async () => {
  cms = await startStrapi();
});
afterAll(async () => {
  await cms?.stop();
});

describe("addresses (slugs) in the admin", () => {
  it("gives a new entry saved with the placeholder address one made from its title", async () => {
    // What the admin sends when the editor types a title and saves without clicking ↻.
    const saved = await create(item({ title: "Türklopfer „Löwe“", slug: "heritage-item" }));
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.slug).toBe("tuerklopfer-loewe");
  });

  it("lets the address follow the title until the editor edits the address", async () => {
    const first = await create(item({ title: "Öllampe", slug: "heritage-item" }));
    expect(first.slug).toBe("oellampe");
    const retitled = await update(first.documentId, item({ title: "Große Öllampe", slug: "oellampe" }));
    expect(retitled.slug).toBe("grosse-oellampe");
    const edited = await update(first.documentId, item({ title: "Große Öllampe", slug: "lampe-aus-ton" }));
    expect(edited.slug).toBe("lampe-aus-ton");
    const retitledAgain = await update(first.documentId, item({ title: "Tonlampe", slug: "lampe-aus-ton" }));
    expect(retitledAgain.slug).toBe("lampe-aus-ton");
  });

  it("gives the English version an address from its English title, never the German address", async () => {
    const german = await create(item({ title: "Taufengel", slug: "heritage-item" }));
    expect(german.slug).toBe("taufengel");
    // "Fill in from another locale" copies every field, the German address too.
    const english = await update(
      german.documentId,
      item({ title: "Baptismal angel", slug: "taufengel" }),
      "en",
    );
    expect(english.status, JSON.stringify(english.body)).toBe(200);
    expect(english.slug).toBe("baptismal-angel");
    const englishRetitled = await update(
      german.documentId,
      item({ title: "Hanging baptismal angel", slug: "baptismal-angel" }),
      "en",
    );
    expect(englishRetitled.slug).toBe("hanging-baptismal-angel");
    const stored = await cms.strapi.documents(ITEM).findOne({ documentId: german.documentId, locale: "de" });
    expect(stored?.slug).toBe("taufengel");

    // An address chosen by hand, like a place name the same in both languages, may be shared.
    const named = await create(item({ title: "Malente zwischen Dieksee und Kellersee", slug: "malente" }));
    const namedEnglish = await update(
      named.documentId,
      item({ title: "Malente between Dieksee and Kellersee", slug: "malente" }),
      "en",
    );
    expect(namedEnglish.slug).toBe("malente");
  });

  it("makes a derived address unique in its language", async () => {
    const first = await create(item({ title: "Glocke", slug: "heritage-item" }));
    const second = await create(item({ title: "Glocke", slug: "heritage-item" }));
    expect([first.slug, second.slug]).toEqual(["glocke", "glocke-2"]);
  });

  it("keeps the address once the entry is published, so links stay valid", async () => {
    const saved = await create(item({ title: "Krug", slug: "heritage-item" }));
    expect((await publish(saved.documentId)).status).toBe(200);
    const retitled = await update(saved.documentId, item({ title: "Steinzeugkrug", slug: "krug" }));
    expect(retitled.slug).toBe("krug");
  });

  it("refuses to publish an entry whose address is the type's placeholder, naming the field in German and English", async () => {
    // A draft saved before a title was typed keeps the placeholder the admin filled in.
    const draft = await create(item({ title: "", slug: "heritage-item" }));
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.slug).toBe("heritage-item");
    const refused = await publish(draft.documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/^slug: URL-Kürzel „heritage-item“ ist nur der Platzhalter/);
    expect(refused.body.error?.message).toContain("URL slug “heritage-item” is only the type's placeholder");
    expect(refused.body.error?.details).toMatchObject({ errors: [{ path: ["slug"] }] });

    // An entry saved before this rule existed (straight into the database), published by a script.
    const old = await create(item({ title: "Becher", slug: "heritage-item" }));
    await cms.strapi.db
      .query(ITEM)
      .update({ where: { documentId: old.documentId, locale: "de" }, data: { slug: "heritage-item-1" } });
    await expect(
      cms.strapi.documents(ITEM).publish({ documentId: old.documentId, locale: "de" }),
    ).rejects.toThrow(/slug: URL-Kürzel „heritage-item-1“ ist nur der Platzhalter/);
    for (const documentId of [draft.documentId, old.documentId]) {
      expect(await cms.strapi.documents(ITEM).findOne({ documentId, status: "published" })).toBeNull();
    }
    // Saving it in the admin (which sends the form with the publish) gives it an address from its title.
    const repaired = await save(
      "POST",
      `${BASE}/${old.documentId}/actions/publish?locale=de`,
      item({ title: "Becher", slug: "heritage-item-1" }),
    );
    expect(repaired.status, JSON.stringify(repaired.body)).toBe(200);
    expect(repaired.slug).toBe("becher");
  });

  it("fills the address of entries created through the document service, for every type with one", async () => {
    const place = await cms.strapi.documents("api::place.place").create({
      locale: "de",
      data: { name: "St.-Johannis-Kirche", summary: "Backsteinkirche." } as never,
    });
    expect(place.slug).toBe("st-johannis-kirche");
  });

  it("keeps a tour stop off the address of the tour's virtual visit, in both languages", async () => {
    const stops = cms.strapi.documents("api::tour-stop.tour-stop");
    // Made from the title: the next free address.
    const titled = await stops.create({
      locale: "de",
      data: { title: "Virtuell", code: "VIRT1", position: 1, text: "Station." } as never,
    });
    expect(titled.slug).toBe("virtuell-2");
    // Typed by the editor: refused with the reason, in German and English, whichever word it is.
    for (const [locale, slug] of [
      ["de", "virtuell"],
      ["en", "virtual"],
      ["de", "virtual"],
    ] as const) {
      await expect(
        stops.create({
          locale,
          data: {
            title: "Am Wall",
            slug,
            code: `VIRT-${locale}-${slug}`,
            position: 2,
            text: "Station.",
          } as never,
        }),
      ).rejects.toThrow(new RegExp(`slug: URL-Kürzel „${slug}“ ist vergeben.*URL slug “${slug}” is taken`));
    }
  });
});
