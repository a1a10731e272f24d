import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { assertKnownLocale } from "./check-locale";
import { checkMedia } from "./check-media";
import { checkRules } from "./check-rules";
import { checkValueTypes } from "./check-value-types";
import { type ModelType, modelTypeOf } from "./content-model";
import { draftsToPublish, type Entry, type WriteParams } from "./drafts-to-publish";
import { type FieldProblem, validationError } from "./field-error";
import { checkQrCode, readStop, retireCodeIfGone, TOUR_STOP_UID } from "./qr-codes";

/** The media fields at the top level of a type, populated so requiredWith can see an audio file. */
function mediaPopulate(type: ModelType): Record<string, true> {
  return Object.fromEntries(
    Object.entries(type.fields)
      .filter(([, field]) => field.kind === "media")
      .map(([name]) => [name, true]),
  );
}

/** The stored draft of a document in a locale (or, for a new locale, any draft: non-localized fields are shared). */
async function storedDraft(
  strapi: Core.Strapi,
  uid: string,
  type: ModelType,
  documentId: string,
  locale: unknown,
): Promise<Entry> {
  const query = strapi.db.query(uid);
  const base = { documentId, publishedAt: null };
  const populate = mediaPopulate(type);
  const inLocale =
    type.localized && typeof locale === "string"
      ? await query.findOne({ where: { ...base, locale }, populate })
      : null;
  return inLocale ?? (await query.findOne({ where: base, populate })) ?? {};
}

async function checkWrite(
  strapi: Core.Strapi,
  uid: string,
  type: ModelType,
  action: string,
  params: WriteParams,
): Promise<FieldProblem[]> {
  const publishing = action === "publish" || params.status === "published";
  if (action === "publish") {
    const drafts = await draftsToPublish(strapi, uid, params, mediaPopulate(type), type.localized);
    return drafts.flatMap((draft: Entry) => checkRules(type.rules, draft, { publishing }));
  }
  const data = params.data ?? {};
  // A value of the wrong type makes the other checks meaningless: report it alone.
  const mistyped = checkValueTypes(type.fields, data);
  if (mistyped.length > 0) return mistyped;
  // update: the stored draft plus the change; clone: a new document from the source plus changes.
  const stored =
    (action === "update" || action === "clone") && params.documentId
      ? await storedDraft(strapi, uid, type, params.documentId, params.locale)
      : {};
  const entry = { ...stored, ...data };
  const problems = [
    ...checkRules(type.rules, entry, { publishing }),
    ...(await checkMedia(strapi, type.fields, data)),
  ];
  if (uid === TOUR_STOP_UID && action === "clone") {
    // A copy is a new stop: it needs its own code, not the one of the stop it was copied from.
    problems.push(...(await checkQrCode(strapi, entry.code, undefined)));
  } else if (uid === TOUR_STOP_UID && "code" in data) {
    problems.push(...(await checkQrCode(strapi, data.code, params.documentId)));
  }
  return problems;
}

/**
 * Strapi's own checks (required, enumerations, lengths) report "3 errors occurred" or
 * "images[0].alt must be at least 3 characters": put each field path first, as our checks do.
 */
function nameFieldsIn(error: unknown): unknown {
  if (!(error instanceof errors.ValidationError)) return error;
  const details = error.details as
    | { errors?: { path?: (string | number)[]; message?: string }[] }
    | undefined;
  const listed = details?.errors?.filter((entry) => entry.path?.length && entry.message);
  const named = listed?.some((entry) => error.message.startsWith(`${entry.path?.join(".")}: `));
  if (listed?.length && !named) {
    error.message = listed
      .map((entry) => `${entry.path?.join(".")}: ${readable(entry.message ?? "")}`)
      .join(" ");
  }
  return error;
}

const YUP_TYPE_ERROR =
  /must be a `(\w+)` type, but the final value was: `([^`]*)`(?: \(cast from the value `(.*)`\))?/;
const EXPECTED: Record<string, string> = {
  number: "a number",
  string: "text",
  boolean: "true or false",
  date: "a date",
  object: "the fields of an entry",
  array: "a list",
};

/**
 * Strapi's (yup's) wording, said plainly: a missing value is "required"; a value yup could not
 * cast (a word in a number field ends as NaN) says what was expected and what came instead.
 */
function readable(message: string): string {
  const typeError = YUP_TYPE_ERROR.exec(message);
  if (typeError?.[3] !== undefined)
    return `Expected ${EXPECTED[typeError[1] ?? ""] ?? typeError[1]}, got ${typeError[3]}.`;
  if (typeError && ["null", "undefined", "NaN"].includes(typeError[2] ?? "")) return "A value is required.";
  if (typeError) return `Expected ${EXPECTED[typeError[1] ?? ""] ?? typeError[1]}, got ${typeError[2]}.`;
  if (/ must be defined\.?$/.test(message)) return "A value is required.";
  return message;
}

/**
 * Checks every write to the project's content types before anything is stored, whichever way it
 * comes (admin, REST, scripts): the model's cross-field rules, media file types and sizes, QR
 * codes, known locales. A problem throws a ValidationError (HTTP 400) naming the field. Deleting
 * a tour stop retires its QR code.
 */
export function registerValidation({ strapi }: { strapi: Core.Strapi }): void {
  strapi.documents.use(async (context, next) => {
    const type = modelTypeOf(context.uid);
    if (!type) return next();
    const params = (context.params ?? {}) as WriteParams;
    await assertKnownLocale(strapi, params.locale);

    if (["create", "update", "clone", "publish"].includes(context.action)) {
      const problems = await checkWrite(strapi, context.uid, type, context.action, params);
      if (problems.length > 0) throw validationError(problems);
      try {
        return await next();
      } catch (error) {
        throw nameFieldsIn(error);
      }
    }
    if (context.action === "delete" && context.uid === TOUR_STOP_UID && params.documentId) {
      const stop = await readStop(strapi, params.documentId);
      const result = await next();
      if (stop) await retireCodeIfGone(strapi, params.documentId, stop);
      return result;
    }
    return next();
  });
}
