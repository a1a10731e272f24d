/**
 * Checks the hotspots of a tour stop's panorama when the stop is published (the admin's "Publish",
 * REST or scripts): every target must exist and be published in the stop's language
 * (see hotspot-rules.ts). A draft may point at drafts; publishing is refused with the hotspot named.
 */
import type { Core } from "@strapi/strapi";
import { validationError } from "../validation/field-error";
import { type HotspotToCheck, hotspotProblems, type TargetState } from "./hotspot-rules";

const STOP = "api::tour-stop.tour-stop";
const TARGET_TYPES = { stop: STOP, item: "api::heritage-item.heritage-item" } as const;
const TITLE_FIELDS = { stop: "title", item: "title" } as const;

type Row = Record<string, unknown>;

async function targetState(
  strapi: Core.Strapi,
  field: "stop" | "item",
  target: Row | null | undefined,
  locale: string | undefined,
): Promise<TargetState> {
  const documentId = typeof target?.documentId === "string" ? target.documentId : undefined;
  if (!documentId) return { state: "none" };
  const rows = (await strapi.db.query(TARGET_TYPES[field]).findMany({
    where: { documentId, ...(locale ? { locale } : {}) },
    select: ["publishedAt", TITLE_FIELDS[field]],
  })) as Row[];
  if (rows.length === 0) return { state: "none" };
  if (rows.some((row) => row.publishedAt !== null && row.publishedAt !== undefined))
    return { state: "published" };
  return { state: "draft", title: String(rows[0]?.[TITLE_FIELDS[field]] ?? documentId) };
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
    const checked: HotspotToCheck[] = [];
    for (const hotspot of hotspots) {
      checked.push({
        kind: hotspot.kind,
        label: hotspot.label,
        text: hotspot.text,
        stop: await targetState(strapi, "stop", hotspot.stop as Row | null, locale),
        item: await targetState(strapi, "item", hotspot.item as Row | null, locale),
      });
    }
    problems.push(...hotspotProblems(checked));
  }
  return problems;
}

export function registerPanoramaChecks({ strapi }: { strapi: Core.Strapi }): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== STOP) return next();
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown; status?: string };
    const publishing = context.action === "publish";
    // A create or update that publishes at once: write the draft, then check before publishing it.
    if (publishing) {
      const problems = await problemsOfPublish(strapi, params);
      if (problems.length > 0) throw validationError(problems);
    }
    return next();
  });
}
