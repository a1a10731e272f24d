// Generated public queries for the draft-leak suite: nested filters ($and/$or/$not), filters and
// sort through relations and components, populate with filters/sort/fields at depth 1–3, the draft-reaching
// system fields (localizations, publishedAt, createdBy) and malformed shapes mixed in.
import fc from "fast-check";
import { contentModel, type ModelType } from "./content-fixtures.ts";

/** The text of every draft; SECRET_PIECES are parts of it that no published text contains. */
export const SECRET = "DRAFTSECRET";
const SECRET_PIECES = ["DRAFTSECRET", "DRAFT", "SECRET", "AFTSEC", "draftsecret", "DRAFTSECRET change"];
/**
 * Stands in for a secret piece in the twin of a query: it exists nowhere, drafts included. A query
 * and its twin must get the same answer, or the answer depends on draft text (an oracle).
 */
export const NOWHERE = "QZXQZXQ";

/** A content type or a component: something with fields that a query can walk into. */
type Model = Pick<ModelType, "name" | "fields"> & { localized?: boolean };

const typeNamed = (name: string) => contentModel.contentTypes.find((type) => type.name === name);
const componentNamed = (uid: string) =>
  contentModel.components.find((component) => `${component.category}.${component.name}` === uid);

/** Free-text fields of a type, where the fixtures put SECRET (drafts) or PUBLISHEDTEXT. */
function textFields(type: Model): string[] {
  return Object.entries(type.fields)
    .filter(([, field]) => (field.kind === "string" || field.kind === "text") && !field.regex)
    .map(([name]) => name);
}

/**
 * Relations to other types and components (whose text the fixtures fill too), plus localizations
 * (a relation to the type itself) where localized.
 */
function relations(type: Model): [string, Model][] {
  const own = Object.entries(type.fields).flatMap(([name, field]): [string, Model][] => {
    if (field.kind === "relation" && field.target) {
      const target = typeNamed(field.target);
      return target ? [[name, target]] : [];
    }
    const component =
      field.kind === "component" && field.component ? componentNamed(field.component) : undefined;
    return component ? [[name, component]] : [];
  });
  return type.localized ? [...own, ["localizations", type]] : own;
}

const textOperator = fc.constantFrom(
  "$eq",
  "$ne",
  "$contains",
  "$notContains",
  "$containsi",
  "$startsWith",
  "$startsWithi",
  "$endsWith",
);
const secretValue = fc.constantFrom(...SECRET_PIECES);

/** A condition on one field of `type`: text with secret pieces, or a system field. */
function fieldCondition(type: Model): fc.Arbitrary<Record<string, unknown>> {
  const texts = textFields(type);
  const arbitraries: fc.WeightedArbitrary<Record<string, unknown>>[] = [
    {
      weight: 1,
      arbitrary: fc.record({ publishedAt: fc.constantFrom({ $null: "true" }, { $notNull: "true" }) }),
    },
    { weight: 1, arbitrary: fc.record({ createdBy: fc.constant({ id: { $eq: 1 } }) }) },
    { weight: 2, arbitrary: fc.record({ id: fc.record({ $gt: fc.integer({ min: 0, max: 50 }) }) }) },
  ];
  if (texts.length > 0) {
    const text = fc.constantFrom(...texts);
    arbitraries.push(
      {
        weight: 6,
        arbitrary: fc
          .tuple(text, textOperator, secretValue)
          .map(([field, operator, value]) => ({ [field]: { [operator]: value } })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(text, fc.array(secretValue, { minLength: 1, maxLength: 2 }))
          .map(([field, values]) => ({ [field]: { $in: values } })),
      },
      { weight: 2, arbitrary: fc.tuple(text, secretValue).map(([field, value]) => ({ [field]: value })) },
    );
  }
  return fc.oneof(...arbitraries);
}

/** Shapes Strapi used to answer with a 500 (or a logged SQL error); all must be 400 now. */
function malformedFilter(type: Model): fc.Arbitrary<Record<string, unknown>> {
  const text = textFields(type)[0] ?? "id";
  const relation = relations(type)[0]?.[0] ?? "localizations";
  return fc.constantFrom<Record<string, unknown>>(
    { $or: "x" },
    { $and: { title: "x" } },
    { $not: "x" },
    { [text]: { $eq: { $eq: "x" } } },
    { [text]: { $notAnOperator: "x" } },
    { [relation]: { $eq: "x" } },
    { $eq: "x" },
    { id: { $eq: "not-a-number" } },
    { unknownField: { $eq: "x" } },
  );
}

/** Filters on `type`, nesting groups and relations up to `depth` levels. */
export function filtersOf(type: Model, depth: number): fc.Arbitrary<Record<string, unknown>> {
  if (depth <= 1) return fc.oneof({ weight: 12, arbitrary: fieldCondition(type) }, malformedFilter(type));
  const inner = filtersOf(type, depth - 1);
  const arbitraries: fc.Arbitrary<Record<string, unknown>>[] = [
    fieldCondition(type),
    fc.array(inner, { minLength: 1, maxLength: 2 }).map((items) => ({ $or: items })),
    fc.array(inner, { minLength: 1, maxLength: 2 }).map((items) => ({ $and: items })),
    inner.map((item) => ({ $not: item })),
  ];
  const linked = relations(type);
  if (linked.length > 0) {
    arbitraries.push(
      fc
        .constantFrom(...linked)
        .chain(([name, target]) => filtersOf(target, depth - 1).map((filters) => ({ [name]: filters }))),
      fc
        .constantFrom(...linked)
        .chain(([name, target]) => filtersOf(target, depth - 1).map((filters) => ({ [name]: filters }))),
    );
  }
  return fc.oneof(...arbitraries);
}

/** Sort orders: own fields, fields of related entries (dotted and object forms), localizations. */
export function sortOf(type: Model): fc.Arbitrary<unknown> {
  const own = [...textFields(type), "id", "createdAt"];
  const linked = relations(type);
  const related = linked.flatMap(([name, target]) =>
    [...textFields(target), "id"].map((field) => [name, field] as const),
  );
  const direction = fc.constantFrom("asc", "desc");
  const ownOrder = fc.tuple(fc.constantFrom(...own), direction).map(([field, dir]) => `${field}:${dir}`);
  const arbitraries: fc.WeightedArbitrary<unknown>[] = [
    { weight: 3, arbitrary: ownOrder },
    { weight: 1, arbitrary: fc.constantFrom(...own) },
    { weight: 2, arbitrary: fc.array(ownOrder, { minLength: 1, maxLength: 2 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>("title:sideways", ":desc", "publishedAt:desc", {
        title: { $eq: "x" },
      }),
    },
  ];
  if (related.length > 0) {
    const relatedField = fc.constantFrom(...related);
    arbitraries.push(
      {
        weight: 3,
        arbitrary: fc.tuple(relatedField, direction).map(([[name, field], dir]) => `${name}.${field}:${dir}`),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(relatedField, direction)
          .map(([[name, field], dir]) => ({ [name]: { [field]: dir } })),
      },
    );
  }
  return fc.oneof(...arbitraries);
}

/** Populate with nested filters, sort, fields and populate, up to `depth` levels. */
export function populateOf(type: Model, depth: number): fc.Arbitrary<unknown> {
  const linked = relations(type);
  if (linked.length === 0) return fc.constant("*");
  const arbitraries: fc.Arbitrary<unknown>[] = [
    fc.constant("*"),
    fc.constantFrom(...linked.map(([name]) => name)),
    fc.constantFrom(...linked).map(([name]) => ({ [name]: "true" })),
  ];
  if (depth > 0) {
    arbitraries.push(
      fc.constantFrom(...linked).chain(([name, target]) =>
        fc
          .record(
            {
              filters: filtersOf(target, Math.min(depth, 2)),
              sort: sortOf(target),
              fields: fc.oneof(
                { weight: 4, arbitrary: fc.constantFrom(textFields(target).slice(0, 1), ["documentId"]) },
                { weight: 1, arbitrary: fc.constant(["publishedAt"]) },
              ),
              populate: populateOf(target, depth - 1),
            },
            { requiredKeys: [] },
          )
          .map((fragment) => ({ [name]: fragment })),
      ),
    );
  }
  return fc.oneof(...arbitraries);
}

/** Relations to localized content types, whose other locales hold drafts. */
function localizedRelations(model: Model): [string, Model][] {
  return relations(model).filter(
    ([name, target]) => name !== "localizations" && target.localized && textFields(target).length > 0,
  );
}

/** A condition on `target` through its localizations, i.e. on the rows of its other locales. */
function viaLocalizations(target: Model): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.constantFrom(...textFields(target)), textOperator, secretValue)
    .map(([field, operator, value]) => ({ localizations: { [field]: { [operator]: value } } }));
}

/**
 * Queries aimed at the oracle of finding 1: a populated relation (one or two levels down)
 * filtered through its localizations, a sort by them, or a filter through them.
 */
function oracleQueryOf(type: ModelType): fc.Arbitrary<Record<string, unknown>> {
  const linked = localizedRelations(type);
  if (linked.length === 0) return fc.constant({ sort: `localizations.${type.titleField}:asc` });
  const populate = fc.constantFrom(...linked).chain(([name, target]) => {
    const deeper = localizedRelations(target);
    const oneLevel = viaLocalizations(target).map((filters) => ({ [name]: { filters } }));
    if (deeper.length === 0) return oneLevel;
    const twoLevels = fc
      .constantFrom(...deeper)
      .chain(([inner, innerTarget]) =>
        viaLocalizations(innerTarget).map((filters) => ({ [name]: { populate: { [inner]: { filters } } } })),
      );
    return fc.oneof(oneLevel, twoLevels);
  });
  const sort = fc.constantFrom(
    `localizations.${type.titleField}:asc`,
    ...linked.map(([name, target]) => `${name}.localizations.${textFields(target)[0]}:desc`),
  );
  const locale = fc.constantFrom("de", "*");
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ populate, locale }, { requiredKeys: ["populate"] }) },
    { weight: 1, arbitrary: fc.record({ sort }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...linked)
        .chain(([name, target]) =>
          viaLocalizations(target).map((condition) => ({ filters: { [name]: condition } })),
        ),
    },
  );
}

/** A whole public query on `type`: anything at all, or one aimed at the localizations oracle. */
export function queryOf(type: ModelType): fc.Arbitrary<Record<string, unknown>> {
  const anything = fc.record(
    {
      filters: fc.integer({ min: 1, max: 3 }).chain((depth) => filtersOf(type, depth)),
      sort: sortOf(type),
      populate: fc.integer({ min: 1, max: 3 }).chain((depth) => populateOf(type, depth)),
      status: fc.constant("draft"),
      locale: fc.constantFrom("de", "en", "*"),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 3, arbitrary: anything }, oracleQueryOf(type));
}

/** The same query with every secret piece replaced by NOWHERE. */
export function twinOf(query: Record<string, unknown>): Record<string, unknown> {
  const replace = (value: unknown): unknown => {
    if (typeof value === "string") return SECRET_PIECES.includes(value) ? NOWHERE : value;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]));
    return value;
  };
  return replace(query) as Record<string, unknown>;
}

/** Keys that mean something somewhere in a query, and a few that mean nothing. */
const ANY_KEY = fc.constantFrom(
  "filters",
  "sort",
  "fields",
  "populate",
  "pagination",
  "locale",
  "on",
  "$or",
  "$and",
  "$not",
  "$eq",
  "$in",
  "$null",
  "$between",
  "$contains",
  "title",
  "name",
  "place",
  "items",
  "images",
  "alt",
  "file",
  "related",
  "localizations",
  "id",
  "documentId",
  "0",
  "1",
  "page",
  "x",
);
const ANY_VALUE = fc.constantFrom(
  "x",
  "1",
  "-1",
  "true",
  "*",
  "asc",
  "title:desc",
  "",
  "2025-01-01",
  "a,b",
  "$eq",
);

/** Any nesting of those keys and values: what a careless or hostile client could send. */
export const anyQuery: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 3, arbitrary: ANY_VALUE },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 3 }) },
    { weight: 2, arbitrary: tie("object") },
  ),
  object: fc.dictionary(ANY_KEY, tie("value"), { minKeys: 1, maxKeys: 3, depthIdentifier: "query" }),
})).object as fc.Arbitrary<Record<string, unknown>>;
