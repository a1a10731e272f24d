/**
 * Checks the hotspots of a tour stop's panorama when the stop is published (the admin's "Publish",
 * REST or scripts, also a create or update with `status: "published"`): every target must exist
 * and be published in the stop's language (see hotspot-rules.ts). A draft may point at drafts;
 * publishing is refused with the hotspot named.
 */
import type { Core } from "@strapi/strapi";
import { validationError } from "../validation/field-error";
import { type HotspotToCheck, hotspotProblems, type TargetState } from "./hotspot-rules";

const STOP = "api::tour-stop.tour-stop";
const TARGET_TYPES = { stop: STOP, item: "api::heritage-item.heritage-item" } as const;
const TITLE_FIELDS = { stop: "title", item: "title" } as const;

type Row = Record<string, unknown>;

/** A relation as stored (`{ documentId }`) or as a write names it: a documentId, an id, `{ connect | set: [...] }`. */
type TargetRef = { documentId: string } | { id: number } | undefined;

export function targetRefOf(value: unknown): TargetRef {
  if (typeof value === "string" && value) return { documentId: value };
  if (typeof value === "number") return { id: value };
  if (Array.isArray(value)) return targetRefOf(value.at(-1));
  if (value && typeof value === "object") {
    const record = value as Row;
    if (typeof record.documentId === "string") return { documentId: record.documentId };
    if (typeof record.id === "number") return { id: record.id };
    for (const key of ["set", "connect"]) if (key in record) return targetRefOf(record[key]);
  }
  return undefined;
}

async function targetState(
  strapi: Core.Strapi,
  field: "stop" | "item",
  target: unknown,
  locale: string | undefined,
): Promise<TargetState> {
  let ref = targetRefOf(target);
  if (ref && "id" in ref) {
    const row = (await strapi.db
      .query(TARGET_TYPES[field])
      .findOne({ where: { id: ref.id }, select: ["documentId"] })) as Row | null;
    ref = typeof row?.documentId === "string" ? { documentId: row.documentId } : undefined;
  }
  if (!ref) return { state: "none" };
  const rows = (await strapi.db.query(TARGET_TYPES[field]).findMany({
    where: { documentId: ref.documentId, ...(locale ? { locale } : {}) },
    select: ["publishedAt", TITLE_FIELDS[field]],
  })) as Row[];
  if (rows.length === 0) return { state: "none" };
  if (rows.some((row) => row.publishedAt !== null && row.publishedAt !== undefined))
    return { state: "published" };
  return { state: "draft", title: String(rows[0]?.[TITLE_FIELDS[field]] ?? ref.documentId) };
}

/** The problems of the drafts this publish call would publish. */
async function problemsOfPublish(strapi: Core.Strapi, params: { documentId?: string; locale?: unknown }) {
  if (!params.documentId) return [];
  const where: Row = { documentId: params.documentId, publishedAt: null };
  if (typeof params.locale === "string" && params.locale !== "*") where.locale = params.locale;
  if (Array.isArray(params.locale)) where.locale = { $in: params.locale };
  const drafts = (await strapi.db.query(STOP).findMany({
    where,
    populate: { hotspots: { populate: { stop: true, item: true } } },
  })) as Row[];
  const problems = [];
  for (const draft of drafts) {
    const locale = typeof draft.locale === "string" ? draft.locale : undefined;
    const hotspots = (Array.isArray(draft.hotspots) ? draft.hotspots : []) as Row[];
    problems.push(...(await problemsOf(strapi, hotspots, locale)));
  }
  return problems;
}

async function problemsOf(strapi: Core.Strapi, hotspots: readonly Row[], locale: string | undefined) {
  const checked: HotspotToCheck[] = [];
  for (const hotspot of hotspots) {
    checked.push({
      kind: hotspot.kind,
      label: hotspot.label,
      text: hotspot.text,
      stop: await targetState(strapi, "stop", hotspot.stop, locale),
      item: await targetState(strapi, "item", hotspot.item, locale),
    });
  }
  return hotspotProblems(checked);
}

export function registerPanoramaChecks({ strapi }: { strapi: Core.Strapi }): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== STOP) return next();
    const params = (context.params ?? {}) as {
      documentId?: string;
      locale?: unknown;
      status?: string;
      data?: Row;
    };
    if (context.action === "publish") {
      const problems = await problemsOfPublish(strapi, params);
      if (problems.length > 0) throw validationError(problems);
    }
    // A create or update that publishes at once (Strapi publishes inside, past this middleware):
    // check the hotspots it writes before anything is written.
    const writing = context.action === "create" || context.action === "update";
    if (writing && params.status === "published" && Array.isArray(params.data?.hotspots)) {
      const locale = typeof params.locale === "string" ? params.locale : undefined;
      const problems = await problemsOf(strapi, params.data.hotspots as Row[], locale);
      if (problems.length > 0) throw validationError(problems);
    }
    return next();
  });
}
