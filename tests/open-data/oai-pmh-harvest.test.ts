// A harvester takes the whole repository: 10,000 published items (plus drafts that must stay out),
// ListIdentifiers and ListRecords followed through their resumption tokens to the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertPublishedItemRows } from "../../scripts/src/dev/fixtures/oai-item-rows.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { lidoSchemaMissingReason, oaiValidator } from "./oai-pmh-schema.ts";

const COUNT = 10_000;
const PAGE = 100;
const REPOSITORY_ID = "kultur.example.org";

describe("harvesting 10,000 items over OAI-PMH", () => {
  let cms: TestStrapi;
  let published: string[];
  const validator = oaiValidator();
  beforeAll(async () => {
    cms = await startStrapi({ env: { PUBLIC_SITE_URL: `https://${REPOSITORY_ID}` } });
    published = await insertPublishedItemRows(cms.strapi, { count: COUNT, drafts: 250 });
  });
  afterAll(async () => {
    validator.close();
    await cms?.stop();
  });

  /** Every page, following resumptionToken until the empty one; checks cursor and completeListSize. */
  async function harvest(verb: string, metadataPrefix: string, validatePages: (page: number) => boolean) {
    const headers: { id: string; datestamp: string }[] = [];
    let query = `verb=${verb}&metadataPrefix=${metadataPrefix}`;
    for (let page = 0; ; page += 1) {
      const response = await cms.publicFetch(`/api/oai?${query}`);
      const xml = await response.text();
      expect(response.status).toBe(200);
      if (validatePages(page)) expect(await validator.errors(xml), `page ${page}`).toBe("");
      for (const match of xml.matchAll(
        /<header><identifier>oai:[^:]+:([^<]+)<\/identifier><datestamp>([^<]+)</g,
      ))
        headers.push({ id: match[1] ?? "", datestamp: match[2] ?? "" });
      const token =
        /<resumptionToken completeListSize="(\d+)" cursor="(\d+)">([^<]*)<\/resumptionToken>/.exec(xml);
      expect(token, `page ${page} has a resumptionToken`).not.toBeNull();
      expect(Number(token?.[1])).toBe(COUNT);
      expect(Number(token?.[2])).toBe(page * PAGE);
      if (!token?.[3]) return { headers, pages: page + 1 };
      query = `verb=${verb}&resumptionToken=${encodeURIComponent(token[3])}`;
    }
  }

  it("ListIdentifiers lists every published item exactly once, in datestamp order, and no draft", async () => {
    const { headers, pages } = await harvest("ListIdentifiers", "oai_dc", (page) => page % 25 === 0);
    expect(pages).toBe(COUNT / PAGE);
    expect(headers).toHaveLength(COUNT);
    expect(new Set(headers.map((header) => header.id)).size).toBe(COUNT);
    expect(headers.map((header) => header.id)).toEqual(published);
    const datestamps = headers.map((header) => header.datestamp);
    expect([...datestamps].sort()).toEqual(datestamps);
  });

  it("ListRecords in LIDO gives every item's record exactly once", async (ctx) => {
    const reason = lidoSchemaMissingReason();
    if (reason) ctx.skip(reason);
    const { headers } = await harvest(
      "ListRecords",
      "lido",
      (page) => page === 0 || page === COUNT / PAGE - 1,
    );
    expect(new Set(headers.map((header) => header.id)).size).toBe(COUNT);
  });
});
