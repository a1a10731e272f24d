import type { PublicSchema } from "./public-schema";
import { checkPart } from "./query-populate";
import { child, isPlainObject, isScalar, refuse, type Walk } from "./query-walk";

/**
 * The query shapes the public content API accepts (visitors and tokens without draft rights).
 * Everything not described here is refused with a 400 that names the parameter, before Strapi
 * builds SQL from it: fields that reach drafts or staff data, unknown fields and operators, values
 * of the wrong type, and malformed nesting (which Strapi would otherwise answer with a 500).
 * The parts: query-filters.ts, query-sort.ts, query-populate.ts (fields, populate), walking with
 * query-walk.ts over the models of public-schema.ts.
 */

/** Top-level parameters of a public read; anything else is refused. */
const QUERY_KEYS = new Set([
  "filters",
  "sort",
  "fields",
  "populate",
  "locale",
  "pagination",
  "status",
  "publicationState",
  "_q",
]);
/** The parameters the document service layer checks (it adds keys of its own, e.g. start). */
const SHAPE_KEYS = new Set(["filters", "sort", "fields", "populate"]);
const TRUE_FALSE = new Set(["true", "false", true, false]);
const PAGINATION_KEYS = new Set(["page", "pageSize", "start", "limit", "withCount"]);

function checkPagination(pagination: unknown): void {
  if (!isPlainObject(pagination)) refuse("pagination", "expects page and pageSize, e.g. pagination[page]=2.");
  for (const [key, value] of Object.entries(pagination)) {
    const at = child("pagination", key);
    if (!PAGINATION_KEYS.has(key)) refuse(at, `"${key}" is not a pagination option.`);
    const ok = key === "withCount" ? TRUE_FALSE.has(value as string) : /^\d+$/.test(String(value));
    if (!ok || !isScalar(value))
      refuse(at, key === "withCount" ? "expects true or false." : "expects a whole number.");
  }
}

/**
 * Throws a ValidationError (400) naming the parameter when `query`, a public read of the content
 * type `uid`, leaves the allowed shapes.
 *
 * `layer: "document-service"` checks the parameters of a document service call instead of an HTTP
 * query: only filters, sort, fields and populate (the service adds keys of its own, e.g. start and
 * limit), and a plain `localizations: true` in populate is accepted, because Strapi expands
 * `populate=*` to every relation; the published-only status keeps those to published translations.
 */
export function checkPublicQuery(
  query: Record<string, unknown>,
  uid: string,
  schema: PublicSchema,
  { layer = "http" }: { layer?: "http" | "document-service" } = {},
): void {
  const model = schema.readable(uid);
  if (!model) refuse(uid, "this type is not served by the public API.");
  const walk: Walk = { schema, depth: 0, plainPopulateOfHidden: layer === "document-service" };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (layer === "document-service" && !SHAPE_KEYS.has(key)) continue;
    if (!QUERY_KEYS.has(key)) refuse(key, `"${key}" is not a parameter of the public API.`);
    if (key === "pagination") checkPagination(value);
    else if ((key === "locale" || key === "_q") && !isScalar(value)) refuse(key, "expects a single value.");
    else checkPart(walk, model, key, value, key);
  }
}
