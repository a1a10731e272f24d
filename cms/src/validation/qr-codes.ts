import type { Core } from "@strapi/strapi";
import type { FieldProblem } from "./field-error";

export const TOUR_STOP_UID = "api::tour-stop.tour-stop";
export const RETIRED_CODE_UID = "api::retired-code.retired-code";

/**
 * A stop's code is printed on a sign as a QR code, so it belongs to that stop forever: unique
 * among stops, never one of a deleted stop, and fixed once the stop has been published.
 */
export async function checkQrCode(
  strapi: Core.Strapi,
  code: unknown,
  documentId: string | undefined,
): Promise<FieldProblem[]> {
  if (typeof code !== "string" || code === "") return [];
  const retired = await strapi.db.query(RETIRED_CODE_UID).findOne({ where: { code } });
  if (retired) {
    return [
      {
        path: ["code"],
        message: `The QR code "${code}" belonged to a deleted stop and is never given out again. Choose another code.`,
      },
    ];
  }
  const other = await strapi.db.query(TOUR_STOP_UID).findOne({
    where: { code, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ["title", "documentId"],
  });
  if (other) {
    return [
      {
        path: ["code"],
        message: `The QR code "${code}" is already used by the stop "${other.title}". Every stop needs its own code.`,
      },
    ];
  }
  if (documentId) {
    const published = await strapi.db.query(TOUR_STOP_UID).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ["code"],
    });
    if (published && published.code !== code) {
      return [
        {
          path: ["code"],
          message: `The stop was published with the QR code "${published.code}", which may be printed on signs; it cannot change to "${code}". Create a new stop for a new code.`,
        },
      ];
    }
  }
  return [];
}

export interface StopBeforeDelete {
  code: string;
  title: string;
  tourSlug?: string;
}

export async function readStop(
  strapi: Core.Strapi,
  documentId: string,
): Promise<StopBeforeDelete | undefined> {
  const stop = await strapi.db.query(TOUR_STOP_UID).findOne({
    where: { documentId },
    select: ["code", "title"],
    populate: { tour: { select: ["slug"] } },
    orderBy: { publishedAt: "desc" },
  });
  return stop?.code
    ? { code: stop.code, title: stop.title ?? "", tourSlug: stop.tour?.slug ?? undefined }
    : undefined;
}

/**
 * Records the code of a deleted stop as retired (published, so the site can show a friendly page
 * for old signs), once the last locale of the stop is gone.
 */
export async function retireCodeIfGone(
  strapi: Core.Strapi,
  documentId: string,
  stop: StopBeforeDelete,
): Promise<void> {
  const remaining = await strapi.db.query(TOUR_STOP_UID).count({ where: { documentId } });
  if (remaining > 0) return;
  const existing = await strapi.db.query(RETIRED_CODE_UID).findOne({ where: { code: stop.code } });
  if (existing) return;
  const retired = await strapi.documents(RETIRED_CODE_UID).create({
    data: {
      code: stop.code,
      formerTitle: stop.title.slice(0, 160),
      formerTourSlug: stop.tourSlug?.slice(0, 160),
      retiredAt: new Date().toISOString(),
    },
  });
  await strapi.documents(RETIRED_CODE_UID).publish({ documentId: retired.documentId });
}
