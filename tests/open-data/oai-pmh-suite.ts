// The OAI-PMH data provider of the CMS (cms/src/oai-pmh/), run on SQLite (oai-pmh.test.ts) and
// PostgreSQL (oai-pmh-postgres.test.ts). Every response is validated against the OAI-PMH 2.0
// schema with its metadata formats (oai-pmh-schema.ts).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentModel, createFileRow, type ModelType, validData } from "../cms/content-fixtures.ts";
import type { TestStrapi } from "../support/strapi.ts";
import { lidoSchemaMissingReason, oaiValidator } from "./oai-pmh-schema.ts";

/** What the test files boot the CMS with. */
export const OAI_TEST_ENV = {
  OAI_PAGE_SIZE: "2",
  PUBLIC_SITE_URL: "https://kultur.example.org",
};
export const REPOSITORY_ID = "kultur.example.org";
const ITEM = "api::heritage-item.heritage-item";
const SECRET = "GEHEIMER-ENTWURF";

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((match) => match[1] ?? "");
const identifiers = (xml: string) => all(xml, /<identifier>([^<]*)<\/identifier>/g);
const errorCodes = (xml: string) => all(xml, /<error code="([^"]+)"/g);
const tokenOf = (xml: string) => /<resumptionToken[^>]*>([^<]*)<\/resumptionToken>/.exec(xml)?.[1];
const deletedIds = (xml: string) => all(xml, /<header status="deleted"><identifier>([^<]*)</g);
const oaiId = (documentId: string) => `oai:${REPOSITORY_ID}:${documentId}`;

export function oaiPmhSuite(getCms: () => TestStrapi | undefined) {
  const validator = oaiValidator();
  const cms = () => {
    const booted = getCms();
    if (!booted) throw new Error("The CMS did not boot; see the error of beforeAll.");
    return booted;
  };
  afterAll(() => validator.close());

  /** A request as a harvester sends it: anonymous; the answer must be schema-valid XML. */
  async function oai(query: string, init?: RequestInit): Promise<string> {
    const response = await cms().publicFetch(`/api/oai${init?.method === "POST" ? "" : `?${query}`}`, init);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/xml/);
    const xml = await response.text();
    expect(await validator.errors(xml), `schema errors for ${query}`).toBe("");
    expect(xml).not.toContain(SECRET);
    return xml;
  }

  /** Follows resumption tokens to the end; returns every header's identifier and the pages seen. */
  async function harvest(verb: string, query: string) {
    const ids: string[] = [];
    const pages: string[] = [];
    let xml = await oai(`verb=${verb}&${query}`);
    for (;;) {
      pages.push(xml);
      ids.push(...all(xml, /<header[^>]*><identifier>([^<]*)</g));
      const token = tokenOf(xml);
      if (!token) return { ids, pages };
      xml = await oai(`verb=${verb}&resumptionToken=${encodeURIComponent(token)}`);
    }
  }

  const item = (n: number, extra: Record<string, unknown> = {}) => ({
    title: `Objekt ${n}`,
    slug: `objekt-${n}`,
    summary: `Kurzbeschreibung von Objekt ${n}.`,
    inventoryNumber: `OAI-${n}`,
    datingText: "um 1250",
    datingFrom: 1240,
    datingTo: 1260,
    licence: "cc0",
    keywords: "Kirche, Silber",
    ...extra,
  });

  const ids: Record<"a" | "b" | "c" | "edited" | "draft", string> = {
    a: "",
    b: "",
    c: "",
    edited: "",
    draft: "",
  };
  /** The place, scan and tour stop whose published versions item a's record shows. */
  const linkedToA = { place: "", scan: "", stop: "" };
  const dates = {
    a: new Date("2024-01-10T10:00:00Z"),
    b: new Date("2024-03-05T12:30:15Z"),
    c: new Date("2024-03-06T00:00:00Z"),
    edited: new Date("2024-05-01T08:00:00Z"),
  };

  beforeAll(async () => {
    const { strapi } = cms();
    const documents = strapi.documents(ITEM);
    const place = await strapi.documents("api::place.place").create({
      locale: "de",
      status: "published",
      data: {
        name: "St.-Johannis-Kirche",
        slug: "st-johannis",
        kind: "church",
        municipality: "oldenburg_in_holstein",
        summary: "Backsteinkirche aus dem 12. Jahrhundert.",
        geo: { latitude: 54.29, longitude: 10.88 },
      },
    } as never);
    await strapi.documents("api::site-setting.site-setting").create({
      locale: "de",
      status: "published",
      data: {
        siteName: "Kulturerbe Oldenburg",
        operator: "Stadt Oldenburg in Holstein",
        contactEmail: "kultur@example.org",
      },
    } as never);
    // Item a has everything a LIDO record links: images, a 3D scan (whose draft was edited since
    // publishing) and an audio guide of a tour stop.
    const typeNamed = (name: string) =>
      contentModel.contentTypes.find((type) => type.name === name) as ModelType;
    const scans = strapi.documents("api::scan.scan");
    const scan = await scans.create({
      locale: "de",
      status: "published",
      data: { ...(await validData(strapi, typeNamed("scan"), "Scan")), downloadAllowed: true },
    } as never);
    await scans.update({ documentId: scan.documentId, locale: "de", data: { title: SECRET } } as never);
    let n = 0;
    for (const key of ["a", "b", "c", "edited"] as const) {
      n += 1;
      const rich = {
        place: place.documentId,
        licence: "cc_by_4",
        attribution: "Foto: Museum",
        scan: scan.documentId,
        images: [{ file: await createFileRow(strapi, ".jpg"), alt: "Der Kelch von vorn" }],
      };
      const created = await documents.create({
        locale: "de",
        status: "published",
        data: item(n, key === "a" ? rich : {}),
      } as never);
      ids[key] = created.documentId;
    }
    const tour = await strapi.documents("api::tour.tour").create({
      locale: "de",
      status: "published",
      data: await validData(strapi, typeNamed("tour"), "Rundgang"),
    } as never);
    linkedToA.place = place.documentId;
    linkedToA.scan = scan.documentId;
    const stop = await strapi.documents("api::tour-stop.tour-stop").create({
      locale: "de",
      status: "published",
      data: {
        ...(await validData(strapi, typeNamed("tour-stop"), "Station")),
        tour: tour.documentId,
        items: [ids.a],
        audio: await createFileRow(strapi, ".mp3"),
        transcript: "Hier steht der Kelch.",
      },
    } as never);
    linkedToA.stop = stop.documentId;
    await documents.update({
      documentId: ids.a,
      locale: "en",
      status: "published",
      data: {
        title: "Object 1",
        slug: "object-1",
        summary: "Short description of object 1.",
        datingText: "c. 1250",
      },
    } as never);
    await documents.update({ documentId: ids.edited, locale: "de", data: { title: SECRET } } as never);
    ids.draft = (
      await documents.create({ locale: "de", data: item(9, { title: SECRET }) } as never)
    ).documentId;
    const knex = strapi.db.connection;
    for (const key of ["a", "b", "c", "edited"] as const)
      await knex("heritage_items")
        .where("document_id", ids[key])
        .whereNotNull("published_at")
        .update({ published_at: dates[key] });
  });

  describe("the verbs", () => {
    it("Identify names the repository, its base URL, persistent deleted records and seconds granularity", async () => {
      const xml = await oai("verb=Identify");
      expect(xml).toContain("<repositoryName>Kulturerbe Oldenburg</repositoryName>");
      expect(xml).toMatch(/<baseURL>http:\/\/127\.0\.0\.1:\d+\/api\/oai<\/baseURL>/);
      expect(xml).toContain("<adminEmail>kultur@example.org</adminEmail>");
      expect(xml).toContain("<earliestDatestamp>2024-01-10T10:00:00Z</earliestDatestamp>");
      expect(xml).toContain("<deletedRecord>persistent</deletedRecord>");
      expect(xml).toContain("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>");
    });

    it("ListMetadataFormats offers oai_dc and lido, also for one item", async () => {
      for (const query of [
        "verb=ListMetadataFormats",
        `verb=ListMetadataFormats&identifier=${oaiId(ids.a)}`,
      ]) {
        const prefixes = all(await oai(query), /<metadataPrefix>([^<]+)</g);
        expect(prefixes).toContain("oai_dc");
        expect(prefixes).toContain("lido");
      }
    });

    it("ListSets answers noSetHierarchy", async () => {
      expect(errorCodes(await oai("verb=ListSets"))).toEqual(["noSetHierarchy"]);
    });

    it("ListIdentifiers pages through every published item in datestamp order with resumption tokens, never a draft", async () => {
      const { ids: harvested, pages } = await harvest("ListIdentifiers", "metadataPrefix=oai_dc");
      expect(harvested).toEqual([ids.a, ids.b, ids.c, ids.edited].map(oaiId));
      expect(pages).toHaveLength(2);
      expect(pages[0]).toMatch(/<resumptionToken completeListSize="4" cursor="0">[^<]+<\/resumptionToken>/);
      expect(pages[1]).toContain('<resumptionToken completeListSize="4" cursor="2"></resumptionToken>');
      expect(pages.join("")).not.toContain(ids.draft);
    });

    it("ListRecords gives oai_dc records in both languages with rights, links, publisher and place", async () => {
      const { pages } = await harvest("ListRecords", "metadataPrefix=oai_dc");
      const xml = pages.join("");
      expect(all(xml, /<record>/g)).toHaveLength(4);
      const first = xml.slice(xml.indexOf(oaiId(ids.a)), xml.indexOf("</record>"));
      expect(first).toContain('<dc:title xml:lang="de">Objekt 1</dc:title>');
      expect(first).toContain('<dc:title xml:lang="en">Object 1</dc:title>');
      expect(first).toContain(
        '<dc:description xml:lang="en">Short description of object 1.</dc:description>',
      );
      expect(first).toContain("<dc:rights>https://creativecommons.org/licenses/by/4.0/</dc:rights>");
      expect(first).toContain("<dc:rights>Foto: Museum</dc:rights>");
      expect(first).toContain("<dc:identifier>https://kultur.example.org/objekte/objekt-1/</dc:identifier>");
      expect(first).toContain(
        "<dc:identifier>https://kultur.example.org/en/objects/object-1/</dc:identifier>",
      );
      expect(first).toContain('<dc:publisher xml:lang="de">Stadt Oldenburg in Holstein</dc:publisher>');
      expect(first).toContain('<dc:coverage xml:lang="de">St.-Johannis-Kirche</dc:coverage>');
      expect(first).toContain('<dc:subject xml:lang="de">Silber</dc:subject>');
      expect(first).toContain("<dc:date>1240/1260</dc:date>");
      expect(first).toContain("<dc:language>en</dc:language>");
      // The published version of an item whose draft was edited since.
      expect(xml).toContain('<dc:title xml:lang="de">Objekt 4</dc:title>');
    });

    it("ListRecords in lido gives one LIDO record per item", async (ctx) => {
      const reason = lidoSchemaMissingReason();
      if (reason) ctx.skip(reason);
      const { pages } = await harvest("ListRecords", "metadataPrefix=lido");
      const xml = pages.join("");
      expect(all(xml, /<(lido:lido)[\s>]/g)).toHaveLength(4);
      // The LIDO record ID carries the same documentId as the OAI identifier.
      expect(xml).toContain(`>kultur.example.org/heritage-item/${ids.a}</lido:lidoRecID>`);
      expect(xml).toContain('<lido:appellationValue lido:pref="preferred">Object 1</lido:appellationValue>');
      // Media files are linked at the CMS: images, the 3D scan, the audio guide.
      const first = xml.slice(0, xml.indexOf("</record>"));
      expect(first).toContain(`<lido:linkResource lido:formatResource="image/jpeg">${cms().url}/uploads/`);
      expect(first).toContain('lido:formatResource="model/gltf-binary"');
      expect(first).toContain('lido:formatResource="audio/mpeg"');
      const one = await oai(`verb=GetRecord&metadataPrefix=lido&identifier=${oaiId(ids.b)}`);
      expect(all(one, /<(lido:lido)[\s>]/g)).toHaveLength(1);
    });

    it("GetRecord returns one record, and idDoesNotExist for drafts and unknown identifiers", async () => {
      const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.b)}`);
      expect(identifiers(xml)).toEqual([oaiId(ids.b)]);
      expect(xml).toContain("<datestamp>2024-03-05T12:30:15Z</datestamp>");
      expect(xml).toContain('<dc:title xml:lang="de">Objekt 2</dc:title>');
      for (const identifier of [
        oaiId(ids.draft),
        oaiId("nosuchdocument"),
        `oai:other.example.org:${ids.b}`,
        "x",
      ]) {
        const answer = await oai(
          `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier)}`,
        );
        expect(errorCodes(answer), identifier).toEqual(["idDoesNotExist"]);
      }
      expect(errorCodes(await oai(`verb=ListMetadataFormats&identifier=${oaiId(ids.draft)}`))).toEqual([
        "idDoesNotExist",
      ]);
    });

    it("answers a form POST like a GET", async () => {
      const xml = await oai("", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(oaiId(ids.c))}`,
      });
      expect(identifiers(xml)).toEqual([oaiId(ids.c)]);
      const repeated = await oai("", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=lido",
      });
      expect(errorCodes(repeated)).toEqual(["badArgument"]);
    });
  });

  describe("from and until select by publication date, in both granularities", () => {
    const harvested = async (range: string) =>
      (await harvest("ListIdentifiers", `metadataPrefix=oai_dc&${range}`)).ids;
    it.each([
      ["from=2024-03-05", ["b", "c", "edited"]],
      ["until=2024-03-05", ["a", "b"]],
      ["from=2024-03-05&until=2024-03-05", ["b"]],
      ["from=2024-03-05T12:30:15Z", ["b", "c", "edited"]],
      ["from=2024-03-05T12:30:16Z", ["c", "edited"]],
      ["until=2024-03-05T12:30:14Z", ["a"]],
      ["until=2024-03-05T12:30:15Z", ["a", "b"]],
      ["from=2024-01-10T10:00:00Z&until=2024-03-06T00:00:00Z", ["a", "b", "c"]],
    ] as const)("%s", async (range, expected) => {
      expect(await harvested(range)).toEqual(expected.map((key) => oaiId(ids[key])));
    });

    it("answers noRecordsMatch when nothing was published in the range", async () => {
      expect(errorCodes(await oai("verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01"))).toEqual([
        "noRecordsMatch",
      ]);
      expect(errorCodes(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01"))).toEqual([
        "noRecordsMatch",
      ]);
    });
  });

  describe("every error condition of the protocol", () => {
    it.each([
      ["", "badVerb"],
      ["verb=Frobnicate", "badVerb"],
      ["verb=Identify&verb=Identify", "badVerb"],
      ["verb=Identify&metadataPrefix=oai_dc", "badArgument"],
      ["verb=ListRecords", "badArgument"],
      ["verb=GetRecord&metadataPrefix=oai_dc", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T10:00:00", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T10:00:00.123Z", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-12-31T00:00:00Z", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&until=2024-01-01&until=2024-02-01", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&status=draft", "badArgument"],
      ["verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai%20dc", "badArgument"],
      ["verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"],
      [`verb=GetRecord&metadataPrefix=marc21&identifier=oai:${REPOSITORY_ID}:x`, "cannotDisseminateFormat"],
      ["verb=ListIdentifiers&resumptionToken=not-a-token", "badResumptionToken"],
      ["verb=ListSets&resumptionToken=x", "badResumptionToken"],
      ["verb=ListRecords&metadataPrefix=oai_dc&set=tours", "noSetHierarchy"],
    ])("%s → %s", async (query, code) => {
      const xml = await oai(query);
      expect(errorCodes(xml)).toContain(code);
      if (code === "badVerb" || code === "badArgument") expect(xml).toMatch(/<request>[^<]+<\/request>/);
      else expect(xml).toMatch(/<request verb="/);
    });

    it("refuses a resumption token that was altered", async () => {
      const token = tokenOf(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc")) ?? "";
      const [payload = "", sum = ""] = token.split(".");
      const forged = Buffer.from(
        Buffer.from(payload, "base64url").toString("utf8").replace(/,2\]$/, ",0]"),
      ).toString("base64url");
      expect(forged).not.toBe(payload);
      for (const bad of [`${forged}.${sum}`, `${payload}.${sum.slice(1)}x`, `${payload}x.${sum}`])
        expect(
          errorCodes(await oai(`verb=ListIdentifiers&resumptionToken=${encodeURIComponent(bad)}`)),
        ).toEqual(["badResumptionToken"]);
    });
  });

  it("refuses a hand-made token whose checksum fits but whose dates are not dates", async () => {
    // The checksum detects typos and edits, it is no secret: the same recipe as the endpoint's.
    const payload = Buffer.from(JSON.stringify([1, "oai_dc", "yesterday", null, null, 0, "", 2])).toString(
      "base64url",
    );
    const sum = createHash("sha256").update(`oai-pmh-token:${payload}`).digest("base64url").slice(0, 16);
    const xml = await oai(`verb=ListIdentifiers&resumptionToken=${payload}.${sum}`);
    expect(errorCodes(xml)).toEqual(["badResumptionToken"]);
    const valid = Buffer.from(JSON.stringify([1, "oai_dc", "2024-03-05", null, null, 0, "", 2])).toString(
      "base64url",
    );
    const validSum = createHash("sha256").update(`oai-pmh-token:${valid}`).digest("base64url").slice(0, 16);
    expect(errorCodes(await oai(`verb=ListIdentifiers&resumptionToken=${valid}.${validSum}`))).toEqual([]);
  });

  describe("deleted records (persistent)", () => {
    it("reports an unpublished item as deleted, and as a record again once re-published", async () => {
      const documents = cms().strapi.documents(ITEM);
      const before = Date.now();
      await documents.unpublish({ documentId: ids.c, locale: "*" } as never);
      let xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.c)}`);
      expect(deletedIds(xml)).toEqual([oaiId(ids.c)]);
      expect(xml).not.toContain("<metadata>");
      const datestamp = new Date(/<datestamp>([^<]+)</.exec(xml)?.[1] ?? "").getTime();
      expect(datestamp).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      const listed = (await harvest("ListRecords", "metadataPrefix=oai_dc")).pages.join("");
      expect(deletedIds(listed)).toEqual([oaiId(ids.c)]);
      expect(all(listed, /<identifier>([^<]+)</g)).toHaveLength(4);
      // Harvesting from the unpublishing on finds the deletion.
      const since = new Date(Math.floor(before / 1000) * 1000).toISOString().replace(/\.\d+Z$/, "Z");
      expect(deletedIds(await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&from=${since}`))).toEqual([
        oaiId(ids.c),
      ]);

      await documents.publish({ documentId: ids.c, locale: "de" } as never);
      xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.c)}`);
      expect(deletedIds(xml)).toEqual([]);
      expect(xml).toContain('<dc:title xml:lang="de">Objekt 3</dc:title>');
    });

    it("reports a deleted item as deleted, and leaves no trace of a deleted draft", async () => {
      const documents = cms().strapi.documents(ITEM);
      await documents.delete({ documentId: ids.b, locale: "*" } as never);
      await documents.delete({ documentId: ids.draft, locale: "*" } as never);
      const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.b)}`);
      expect(deletedIds(xml)).toEqual([oaiId(ids.b)]);
      expect(
        errorCodes(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.draft)}`)),
      ).toEqual(["idDoesNotExist"]);
      const { ids: harvested } = await harvest("ListIdentifiers", "metadataPrefix=oai_dc");
      expect(harvested).not.toContain(oaiId(ids.draft));
      expect(harvested).toContain(oaiId(ids.b));
      expect(new Set(harvested).size).toBe(harvested.length);
    });

    it("follows an editor's bulk unpublish and bulk publish in the admin", async () => {
      const path = `/content-manager/collection-types/${ITEM}/actions`;
      const bulk = async (action: string, documentIds: string[]) => {
        const response = await cms().adminFetch(`${path}/${action}`, {
          method: "POST",
          role: "editor",
          body: JSON.stringify({ documentIds, locale: "de" }),
        });
        expect(response.status, await response.clone().text()).toBe(200);
      };
      await bulk("bulkUnpublish", [ids.c, ids.edited]);
      let listed = (await harvest("ListIdentifiers", "metadataPrefix=oai_dc")).pages.join("");
      expect(deletedIds(listed)).toEqual(expect.arrayContaining([oaiId(ids.c), oaiId(ids.edited)]));
      await bulk("bulkPublish", [ids.c]);
      listed = (await harvest("ListIdentifiers", "metadataPrefix=oai_dc")).pages.join("");
      expect(deletedIds(listed)).not.toContain(oaiId(ids.c));
      expect(deletedIds(listed)).toContain(oaiId(ids.edited));
    });

    it("keeps the tombstones out of the public content API", async () => {
      const response = await cms().publicFetch("/api/oai-pmh-tombstones");
      expect(response.status).toBe(404);
    });
  });

  describe("incremental harvests see what changes an item's record without publishing the item", () => {
    /** Now, in the repository's seconds granularity: a harvest `from` it finds what changes next. */
    const sinceNow = () =>
      new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace(/\.\d+Z$/, "Z");
    const changedSince = async (since: string) =>
      (await harvest("ListIdentifiers", `metadataPrefix=oai_dc&from=${since}`)).ids;
    // Each case starts from item a dated by its publication in 2024 (tests may not wait a second;
    // what earlier tests changed in this second is listed before and after).
    const forget = () => cms().strapi.db.connection("oai_pmh_record_changes").delete();
    const newlyListed = async (change: () => Promise<unknown>) => {
      await forget();
      const since = sinceNow();
      const before = await changedSince(since);
      await change();
      const after = await changedSince(since);
      return { before, added: after.filter((id) => !before.includes(id)) };
    };

    it.each([
      ["its place", "api::place.place", "place"],
      ["its 3D scan", "api::scan.scan", "scan"],
      ["a tour stop that shows it", "api::tour-stop.tour-stop", "stop"],
    ] as const)("finds an item again once %s is published anew", async (_, uid, key) => {
      const { before, added } = await newlyListed(() =>
        cms()
          .strapi.documents(uid)
          .publish({ documentId: linkedToA[key], locale: "de" } as never),
      );
      expect(before).not.toContain(oaiId(ids.a));
      expect(added).toEqual([oaiId(ids.a)]);
    });

    it("finds an item again, as a record, when one language is unpublished and the other stays", async () => {
      const { added } = await newlyListed(() =>
        cms()
          .strapi.documents(ITEM)
          .unpublish({ documentId: ids.a, locale: "en" } as never),
      );
      expect(added).toEqual([oaiId(ids.a)]);
      const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiId(ids.a)}`);
      expect(deletedIds(xml)).toEqual([]);
      expect(xml).toContain('<dc:title xml:lang="de">Objekt 1</dc:title>');
      expect(xml).not.toContain("Object 1");
    });
  });
}
