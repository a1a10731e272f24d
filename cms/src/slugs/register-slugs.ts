import type { Core } from "@strapi/strapi";
import { draftsToPublish, type Entry, type WriteParams } from "../validation/drafts-to-publish";
import { type FieldProblem, validationError } from "../validation/field-error";
import { followsTitle, isPlaceholder, isVariantOf, reservedSlugs, uniqueSlug } from "./slug-rules";
import { slugify } from "./slugify";

interface SlugField {
  field: string;
  targetField: string;
  placeholder: string;
  localized: boolean;
}

/** The slug (uid) field of a project content type that is made from another field. */
function slugFieldOf(strapi: Core.Strapi, uid: string): SlugField | undefined {
  if (!uid.startsWith("api::")) return undefined;
  const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
    | {
        modelName: string;
        attributes: Record<string, { type?: string; targetField?: string }>;
        pluginOptions?: { i18n?: { localized?: boolean } };
      }
    | undefined;
  if (!contentType) return undefined;
  for (const [field, attribute] of Object.entries(contentType.attributes)) {
    if (attribute.type === "uid" && attribute.targetField) {
      return {
        field,
        targetField: attribute.targetField,
        // What Strapi's uid generator falls back to without a title.
        placeholder: slugify(contentType.modelName),
        localized: contentType.pluginOptions?.i18n?.localized === true,
      };
    }
  }
  return undefined;
}

/** An address made from its own locale's title (not one someone chose, such as a place name). */
function madeFromTitle(row: Entry, slug: SlugField): boolean {
  const value = row[slug.field];
  return typeof value === "string" && isVariantOf(value, slugify(String(row[slug.targetField] ?? "")));
}

function placeholderProblem(slug: SlugField, value: unknown): FieldProblem {
  return {
    path: [slug.field],
    message:
      `URL-Kürzel „${String(value)}“ ist nur der Platzhalter des Typs. Bitte einen Titel eingeben (das Kürzel folgt ihm) oder ein eigenes Kürzel eintragen, dann veröffentlichen. / ` +
      `URL slug “${String(value)}” is only the type's placeholder. Enter a title (the slug follows it) or a slug of your own, then publish.`,
  };
}

/** Makes the address of this write when it should follow the title; changes `params.data` in place. */
async function fillSlug(
  strapi: Core.Strapi,
  uid: string,
  slug: SlugField,
  action: string,
  params: WriteParams,
) {
  const data = params.data;
  if (!data) return;
  const locale = slug.localized && typeof params.locale === "string" ? params.locale : undefined;
  const query = strapi.db.query(uid);
  const documentId = action === "update" ? params.documentId : undefined;
  const rows: Entry[] = documentId
    ? await query.findMany({
        where: { documentId },
        select: ["locale", "publishedAt", slug.field, slug.targetField],
      })
    : [];
  const inLocale = rows.filter((row) => !slug.localized || row.locale === locale);
  const stored = inLocale.find((row) => row.publishedAt === null);
  const newLocale = inLocale.length === 0;
  const state = {
    slug: slug.field in data ? data[slug.field] : stored?.[slug.field],
    title: slug.targetField in data ? data[slug.targetField] : stored?.[slug.targetField],
    previousTitle: stored ? (stored[slug.targetField] ?? "") : undefined,
    otherLocaleSlugs: newLocale
      ? rows.filter((row) => madeFromTitle(row, slug)).map((row) => String(row[slug.field]))
      : [],
    placeholder: slug.placeholder,
    published: inLocale.some((row) => row.publishedAt !== null),
  };
  if (!followsTitle(state)) return;
  const base = slugify(String(state.title));
  if (base === "") return;
  // Keep a numbered address already made from this title ("glocke-2") rather than renumber it.
  if (
    typeof state.slug === "string" &&
    isVariantOf(state.slug, base) &&
    state.slug === stored?.[slug.field]
  ) {
    data[slug.field] = state.slug;
    return;
  }
  const others = (await query.findMany({
    where: {
      [slug.field]: { $startsWith: base },
      ...(locale ? { locale } : {}),
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: [slug.field],
  })) as Entry[];
  data[slug.field] = uniqueSlug(
    base,
    new Set([...reservedSlugs(uid), ...others.map((row) => String(row[slug.field]))]),
  );
}

function reservedProblem(slug: SlugField, value: unknown): FieldProblem {
  return {
    path: [slug.field],
    message:
      `URL-Kürzel „${String(value)}“ ist vergeben: unter dieser Adresse steht schon eine Seite der Website (der virtuelle Rundgang der Tour). Bitte ein anderes Kürzel eintragen. / ` +
      `URL slug “${String(value)}” is taken: a page of the site already sits at this address (the tour's virtual visit). Please enter another slug.`,
  };
}

/**
 * The address (slug) of an entry follows its title, per locale, whichever way it is written
 * (admin, REST, import, scripts): on create and update it is made from the title while it is empty,
 * the type's placeholder, still the one made from the previous title, or copied from another
 * locale into a new one; an address the editor typed, or one already published, stays. Publishing
 * with the placeholder is refused with a message naming the field.
 */
export function registerSlugs({ strapi }: { strapi: Core.Strapi }): void {
  strapi.documents.use(async (context, next) => {
    const slug = slugFieldOf(strapi, context.uid);
    if (!slug) return next();
    const params = (context.params ?? {}) as WriteParams;
    if (context.action === "create" || context.action === "update") {
      await fillSlug(strapi, context.uid, slug, context.action, params);
      const value = params.data?.[slug.field];
      if (typeof value === "string" && reservedSlugs(context.uid).includes(value.trim()))
        throw validationError([reservedProblem(slug, value)]);
      if (params.status === "published" && isPlaceholder(params.data?.[slug.field], slug.placeholder)) {
        throw validationError([placeholderProblem(slug, params.data?.[slug.field])]);
      }
    }
    if (context.action === "publish") {
      const drafts = await draftsToPublish(strapi, context.uid, params, {}, slug.localized);
      const problems = drafts
        .filter((draft) => isPlaceholder(draft[slug.field], slug.placeholder))
        .map((draft) => placeholderProblem(slug, draft[slug.field]));
      if (problems.length > 0) throw validationError(problems);
    }
    return next();
  });
}
