// The draft-leak suite, shared by the SQLite and the PostgreSQL runs: every content type, every
// way a client could ask for drafts, as a visitor and with the read-only site-build token.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toQueryString } from "@showroom/content-types";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestStrapi } from "../support/strapi.ts";
import {
  contentModel,
  localizedData,
  type ModelType,
  requireCms,
  uidOf,
  validData,
} from "./content-fixtures.ts";
import { anyQuery, queryOf, twinOf } from "./draft-leak-query-shapes.ts";

/** Every string of a draft carries this marker; it must never appear in a public response. */
const SECRET = "DRAFTSECRET";
const PUBLISHED = "PUBLISHEDTEXT";

interface Fixture {
  type: ModelType;
  path: string;
  /** A document that has a published version (and newer draft changes marked SECRET). */
  published: string;
  /** A collection entry that was never published. */
  draftOnly?: string;
}

const apiPath = (type: ModelType) => `/api/${type.kind === "singleType" ? type.name : type.pluralName}`;

async function createFixtures(cms: TestStrapi): Promise<Fixture[]> {
  const { strapi } = cms;
  const fixtures: Fixture[] = [];
  const docs = (type: ModelType) => strapi.documents(uidOf(type));
  const locale = (type: ModelType) => (type.localized ? { locale: "de" } : {});

  // 1. Every type: one published document, and (collections) one never-published draft.
  for (const type of contentModel.contentTypes) {
    const created = await docs(type).create({
      data: await validData(strapi, type, PUBLISHED),
      ...locale(type),
    });
    await docs(type).publish({ documentId: created.documentId, ...locale(type) });
    let draftOnly: string | undefined;
    if (type.kind === "collectionType") {
      const draft = await docs(type).create({
        data: await validData(strapi, type, SECRET),
        ...locale(type),
      });
      draftOnly = draft.documentId;
    }
    fixtures.push({ type, path: apiPath(type), published: created.documentId, draftOnly });
  }
  const byName = (name: string) => fixtures.find((fixture) => fixture.type.name === name) as Fixture;

  // 2. Relations from every published document to a published target and (to-many) to a
  //    draft-only target, then publish again: the published version keeps only the published target.
  for (const fixture of fixtures) {
    const data: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fixture.type.fields)) {
      if (field.kind !== "relation" || !field.target) continue;
      const target = byName(field.target);
      const targetLocale = target.type.localized ? { locale: "de" } : {};
      const ids = [target.published, target.draftOnly]
        .filter(Boolean)
        .map((documentId) => ({ documentId, ...targetLocale }));
      // To-one relations link the published target, so published entries link each other and a
      // query can walk from one into the other's drafts (what the query allow-list must stop);
      // to-many relations link both, so the draft-only target must drop out on publishing.
      const toOne = field.relation === "manyToOne" || field.relation === "oneToOne";
      data[name] = { connect: toOne ? ids.slice(0, 1) : ids };
    }
    if (Object.keys(data).length === 0) continue;
    await docs(fixture.type).update({
      documentId: fixture.published,
      ...locale(fixture.type),
      data,
    });
    await docs(fixture.type).publish({ documentId: fixture.published, ...locale(fixture.type) });
  }

  // 3. Unpublished changes on every published document, and an English version that is only a draft.
  for (const fixture of fixtures) {
    const { type } = fixture;
    const title = type.fields[type.titleField];
    const change = title?.regex ? {} : { [type.titleField]: `${SECRET} change` };
    await docs(type).update({ documentId: fixture.published, ...locale(type), data: change });
    if (type.localized) {
      await docs(type).update({
        documentId: fixture.published,
        locale: "en",
        data: await localizedData(strapi, type, SECRET),
      });
    }
  }
  return fixtures;
}

/** The site-build token is the CMS's own (custom: find/findOne of the public types); the read-only one is Strapi's type. */
type Caller = "visitor" | "site-build token" | "read-only token";

/**
 * Registers the suite; `getCms` returns the booted CMS of the calling test file (undefined only
 * when its boot failed: every test then fails, see requireCms).
 */
export function draftLeakSuite(getCms: () => TestStrapi | undefined): void {
  describe("drafts never leave the CMS", () => {
    let cms: TestStrapi | undefined;
    let fixtures: Fixture[] = [];

    beforeAll(async () => {
      cms = requireCms(getCms);
      fixtures = await createFixtures(cms);
    });

    const request = (caller: Caller, path: string) => {
      const started = cms as TestStrapi;
      if (caller === "visitor") return started.publicFetch(path);
      if (caller === "read-only token") return started.tokenFetch(path, { token: "read-only" });
      const key = readFileSync(join(started.tempDir, "site-build-token"), "utf8").trim();
      return started.publicFetch(path, { headers: { authorization: `Bearer ${key}` } });
    };

    const types = contentModel.contentTypes;
    const collections = types.filter((type) => type.kind === "collectionType");
    const localized = types.filter((type) => type.localized);
    const callers: Caller[] = ["visitor", "site-build token", "read-only token"];

    /** Queries that ask for drafts; the published version must come back instead. */
    const listQueries = [
      "?status=draft",
      "?publicationState=preview",
      "?status=draft&publicationState=preview",
      "?populate=*",
      "?populate=*&status=draft",
      "?locale=*",
      "?locale=*&status=draft&populate=*",
    ];

    describe.each(callers)("as %s", (caller) => {
      it.each(types.flatMap((type) => listQueries.map((query) => [type.name, query] as const)))(
        "serves only the published %s for %s",
        async (typeName, query) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          const response = await request(caller, `${fixture.path}${query}`);
          const body = await response.text();
          expect(body).not.toContain(SECRET);
          // Strapi has no "all locales" for single types: locale=* finds nothing (404).
          if (fixture.type.kind === "singleType" && query.includes("locale=*") && response.status === 404)
            return;
          expect(response.status, body).toBe(200);
          expect(body).toContain(fixture.published);
          if (fixture.draftOnly) expect(body).not.toContain(fixture.draftOnly);
        },
      );

      it.each(collections.map((type) => type.name))(
        "refuses to filter %s entries by publication, with a 400 naming publishedAt",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          for (const query of [
            "?filters[publishedAt][$null]=true",
            "?filters[publishedAt][$null]=true&status=draft",
          ]) {
            const response = await request(caller, `${fixture.path}${query}`);
            const body = (await response.json()) as { error?: { message: string } };
            expect(response.status).toBe(400);
            expect(body.error?.message).toMatch(/^filters\[publishedAt\]: /);
          }
        },
      );

      it.each(collections.map((type) => type.name))(
        "answers 404 for the documentId of a %s draft",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          for (const query of ["", "?status=draft", "?publicationState=preview", "?locale=*"]) {
            const response = await request(caller, `${fixture.path}/${fixture.draftOnly}${query}`);
            const body = await response.text();
            expect(response.status, `${query}: ${body}`).toBe(404);
            expect(body).not.toContain(SECRET);
          }
        },
      );

      it.each(collections.map((type) => type.name))(
        "serves the published version of a %s by documentId even when asked for the draft",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          const response = await request(
            caller,
            `${fixture.path}/${fixture.published}?status=draft&populate=*`,
          );
          const body = await response.text();
          expect(response.status, body).toBe(200);
          expect(body).not.toContain(SECRET);
        },
      );

      it.each(localized.map((type) => type.name))(
        "serves nothing for a %s locale that exists only as a draft",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          for (const query of [
            "?locale=en",
            "?locale=en&status=draft",
            "?locale=en&publicationState=preview",
          ]) {
            const response = await request(caller, `${fixture.path}${query}`);
            const body = await response.text();
            expect(body).not.toContain(SECRET);
            if (fixture.type.kind === "singleType") expect(response.status, body).toBe(404);
            else expect(JSON.parse(body).data, body).toEqual([]);
          }
        },
      );

      it.each(localized.filter((type) => type.kind === "collectionType").map((type) => type.name))(
        "lists no draft-only translation of a %s among its localizations",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          for (const query of [
            "?populate=localizations",
            "?populate[localizations][populate]=*&status=draft",
          ]) {
            const response = await request(caller, `${fixture.path}${query}`);
            const body = await response.text();
            expect(body).not.toContain(SECRET);
            if (response.status === 200) expect(body).toContain(fixture.published);
            else expect(response.status, body).toBe(400);
          }
        },
      );

      it.each(collections.map((type) => type.name))(
        "cannot find a %s by filtering on text that exists only in drafts",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          const { type } = fixture;
          const probes = [`filters[${type.titleField}][$contains]=${SECRET}`];
          if (type.localized) probes.push(`filters[localizations][${type.titleField}][$contains]=${SECRET}`);
          for (const [name, field] of Object.entries(type.fields)) {
            const target = contentModel.contentTypes.find((candidate) => candidate.name === field.target);
            if (field.kind === "relation" && target)
              probes.push(`filters[${name}][${target.titleField}][$contains]=${SECRET}`);
          }
          for (const probe of probes) {
            const response = await request(caller, `${fixture.path}?${probe}&status=draft`);
            const body = await response.text();
            // An empty list, or a 400 for a filter Strapi does not allow: either way no oracle.
            if (response.status === 200) expect(JSON.parse(body).data, probe).toEqual([]);
            else expect(response.status, `${probe}: ${body}`).toBe(400);
          }
        },
      );

      it.each(types.map((type) => type.name))(
        "rejects locale=all for %s with a 400 naming the locale",
        async (typeName) => {
          requireCms(getCms);
          const fixture = fixtures.find((f) => f.type.name === typeName) as Fixture;
          const response = await request(caller, `${fixture.path}?locale=all&status=draft`);
          const body = await response.text();
          expect(response.status, body).toBe(400);
          expect(JSON.parse(body).error.message).toContain('locale: Unknown locale "all"');
          expect(body).not.toContain(SECRET);
        },
      );
    });

    /** A 400 of the query check starts with the parameter, e.g. "populate[place][filters][localizations]: …". */
    const NAMES_PARAMETER = /^(filters|sort|fields|populate|pagination|locale)(\[[^\]]*\])*: /;

    describe.each(callers)("refusing query shapes that reach drafts, as %s", (caller) => {
      const heritageItem = () => fixtures.find((f) => f.type.name === "heritage-item") as Fixture;
      it.each([
        [
          "a populated relation filtered through its unpublished translations",
          "populate[place][filters][localizations][name][$startsWith]=DRAFT",
          "populate[place][filters][localizations]",
        ],
        ["a sort by unpublished translations", "sort=localizations.title", "sort"],
        ["a sort by unpublished translations in list form", "sort[0]=localizations.title:desc", "sort[0]"],
        [
          "a sort by a relation's unpublished translations",
          "sort[place][localizations][name]=asc",
          "sort[place][localizations]",
        ],
        ["a filter on the publication date", "filters[publishedAt][$null]=true", "filters[publishedAt]"],
        ["a filter on the staff account", "filters[createdBy][email][$contains]=a", "filters[createdBy]"],
        ["$or that is not a list", "filters[$or]=x", "filters[$or]"],
        ["$and that is not a list", "filters[$and][title]=x", "filters[$and]"],
        ["an operator directly on a relation", "filters[place][$eq]=1", "filters[place][$eq]"],
        ["an object where a value belongs", "filters[title][$eq][a]=1", "filters[title][$eq]"],
        ["an unknown operator", "filters[title][$like]=x", "filters[title][$like]"],
        ["an unknown field", "filters[secretField][$eq]=x", "filters[secretField]"],
        ["a text operator on a number", "filters[id][$contains]=1", "filters[id][$contains]"],
        ["a word where a date belongs", "filters[createdAt][$gt]=yesterday", "filters[createdAt][$gt]"],
        ["an operator inside a condition's list", "filters[title][$or][0][$eq]=x", "filters[title][$or]"],
        [
          "a populate of the media library's links",
          "populate[images][populate][file][populate]=related",
          "populate[images][populate][file][populate]",
        ],
      ])("answers 400 naming the parameter for %s", async (_what, query, parameter) => {
        requireCms(getCms);
        const response = await request(caller, `${heritageItem().path}?${query}`);
        const body = await response.text();
        expect(response.status, body).toBe(400);
        const message = (JSON.parse(body) as { error: { message: string } }).error.message;
        expect(message.startsWith(`${parameter}: `), message).toBe(true);
        expect(body).not.toContain(SECRET);
      });

      /** Shapes the public API keeps answering (an allow-list must not refuse ordinary questions). */
      it.each([
        "/api/heritage-items?sort=images.alt:asc&sort[1]=place.name:desc",
        "/api/heritage-items?sort[0][place][name]=asc",
        "/api/heritage-items?filters[images][alt][$contains]=a&filters[images][file][name][$containsi]=jpg",
        "/api/heritage-items?populate[images][filters][alt][$eq]=x&populate[images][sort]=alt:desc",
        "/api/heritage-items?populate[images][fields][0]=alt&populate[images][populate][file][fields][0]=url",
        "/api/heritage-items?populate[place][fields][0]=name&populate[place][sort]=name:asc",
        "/api/heritage-items?populate[place][populate][images][populate]=*",
        "/api/heritage-items?filters[datingFrom][$between][0]=1000&filters[datingFrom][$between][1]=2000",
        "/api/heritage-items?filters[licence][$in][0]=cc_by_4&filters[featured][$eq]=true",
        "/api/tour-stops?filters[audio][name][$eq]=x&sort=audio.name:asc&populate[audio][fields][0]=url",
        "/api/tour-stops?filters[geo][latitude][$between][0]=1&filters[geo][latitude][$between][1]=90",
        "/api/tour-stops?filters[items][place][name][$startsWith]=A&sort=items.place.name:desc",
        "/api/tour-stops?filters[position][$in][0]=1&filters[position][$in][1]=2",
        "/api/event-streams?filters[start][$gt]=2025-01-01&filters[end][$lt]=2030-01-01T00:00:00Z",
        "/api/scans?filters[paradata][capturedOn][$lt]=2030-01-01&filters[scale][$gte]=0.5",
        "/api/places?filters[openingHours][opens][$lt]=10:00:00",
        "/api/places?_q=Wall&fields=name,slug&pagination[start]=0&pagination[limit]=2",
        "/api/places?filters[documentId][$eq]=abc&filters[id][$null]=false",
        "/api/places?filters[name][$not][$contains]=x&filters[$not][name][$eqi]=y",
        "/api/places?filters[$or][0][name][$eq]=a&filters[$or][1][items][title][$contains]=b",
        "/api/places?filters[items][$or][0][title][$eq]=a&filters[items][$or][1][title][$eq]=b",
        "/api/retired-codes?sort=code&pagination[withCount]=false",
        "/api/site-setting?populate=*",
      ])("keeps answering %s", async (path) => {
        requireCms(getCms);
        const response = await request(caller, path);
        const body = await response.text();
        // A single type with nothing published in that locale answers 404, not 400.
        expect([200, 404], body).toContain(response.status);
        expect(body).not.toContain(SECRET);
      });

      it("accepts the queries the site build makes", async () => {
        requireCms(getCms);
        const query =
          "status=published&locale=de&sort[0]=id:asc&pagination[page]=1&pagination[pageSize]=100" +
          "&populate[place]=true&populate[scan]=true&populate[images][populate][file]=true";
        const response = await request(caller, `${heritageItem().path}?${query}`);
        const body = await response.text();
        expect(response.status, body).toBe(200);
        expect(body).toContain(heritageItem().published);
      });

      it("answers generated queries with published content only: never draft text, never an answer that depends on it, never a 500", async () => {
        requireCms(getCms);
        const ask = async (fixture: Fixture, query: Record<string, unknown>) => {
          const response = await request(caller, `${fixture.path}?${toQueryString(query)}`);
          return { status: response.status, body: await response.text() };
        };
        const localizedCollections = fixtures
          .filter((f) => f.type.kind === "collectionType" && f.type.localized)
          .map((f) => f.type.name);
        const fixtureNamed = (name: string) => fixtures.find((f) => f.type.name === name) as Fixture;
        // Strapi logs the failing SQL of a query it could not run: none may reach its error log.
        const { log } = (cms as TestStrapi).strapi;
        const logged: string[] = [];
        const logError = log.error;
        log.error = ((message: unknown) => {
          logged.push(String(message));
          return log;
        }) as unknown as typeof log.error;
        try {
          await fc.assert(
            fc.asyncProperty(
              fc
                .constantFrom(...localizedCollections)
                .chain((name) => fc.tuple(fc.constant(name), queryOf(fixtureNamed(name).type))),
              async ([name, query]) => {
                const fixture = fixtureNamed(name);
                const answer = await ask(fixture, query);
                const where = `${fixture.path}?${decodeURIComponent(toQueryString(query))}: ${answer.body.slice(0, 400)}`;
                expect([200, 400], where).toContain(answer.status);
                expect(answer.body, where).not.toContain(SECRET);
                if (answer.status === 400) {
                  expect(
                    (JSON.parse(answer.body) as { error: { message: string } }).error.message,
                    where,
                  ).toMatch(NAMES_PARAMETER);
                  return;
                }
                const twin = twinOf(query);
                if (JSON.stringify(twin) === JSON.stringify(query)) return;
                // The same question about a text that exists nowhere must get the same answer.
                expect((await ask(fixture, twin)).body, where).toBe(answer.body);
              },
            ),
            // Fixed, so every run asks the same questions; explore with QUERY_SHAPE_SEED and
            // QUERY_SHAPE_RUNS (fast-check prints the seed and the shrunk query of a failure).
            {
              numRuns: Number(process.env.QUERY_SHAPE_RUNS ?? 150),
              seed: Number(process.env.QUERY_SHAPE_SEED ?? 20251204),
            },
          );
        } finally {
          log.error = logError;
        }
        expect(logged, "errors the CMS logged while answering generated queries").toEqual([]);
      }, 120_000);
    });

    it("answers any nesting of query keys with a 200 or a 400 naming the parameter, never a 500 or a logged error", async () => {
      requireCms(getCms);
      const { log } = (cms as TestStrapi).strapi;
      const logged: string[] = [];
      const logError = log.error;
      log.error = ((message: unknown) => {
        logged.push(String(message));
        return log;
      }) as unknown as typeof log.error;
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom("/api/heritage-items", "/api/places", "/api/imprint"),
            anyQuery,
            async (path, query) => {
              const response = await request("visitor", `${path}?${toQueryString(query)}`);
              const body = await response.text();
              const where = `${path}?${decodeURIComponent(toQueryString(query))}: ${body.slice(0, 300)}`;
              expect([200, 400, 404], where).toContain(response.status);
              if (response.status === 400)
                expect((JSON.parse(body) as { error: { message: string } }).error.message, where).toMatch(
                  /^[\w$]+(\[[^\]]*\])*: /,
                );
            },
          ),
          {
            numRuns: Number(process.env.QUERY_SHAPE_RUNS ?? 150),
            seed: Number(process.env.QUERY_SHAPE_SEED ?? 20251204),
          },
        );
      } finally {
        log.error = logError;
      }
      expect(logged, "errors the CMS logged while answering").toEqual([]);
    }, 120_000);

    it("still shows drafts to a full-access token, so the fixtures really contain drafts", async () => {
      requireCms(getCms);
      for (const fixture of fixtures) {
        // Single types have no "all locales" read: ask for the German draft there.
        const locale = fixture.type.kind === "singleType" ? "de" : "*";
        const response = await (cms as TestStrapi).tokenFetch(
          `${fixture.path}?status=draft&locale=${locale}`,
          { token: "full-access" },
        );
        expect(await response.text(), fixture.type.name).toContain(SECRET);
      }
    });

    it("still shows drafts to editors in the content manager", async () => {
      requireCms(getCms);
      const place = fixtures.find((f) => f.type.name === "place") as Fixture;
      const response = await (cms as TestStrapi).adminFetch(
        `/content-manager/collection-types/api::place.place/${place.draftOnly}?locale=de`,
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(SECRET);
    });
  });
}
