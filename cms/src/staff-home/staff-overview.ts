// What the staff home page shows: the last publishes with their public address and build state,
// a failed site build with the entries it was built for, scans whose processing failed, events
// starting soon and drafts waiting to be published. Read straight from the database (draft and
// published rows), so it costs a handful of small queries.
import type { Core } from "@strapi/strapi";
import model from "../generated/content-model.json";
import { pagePathOf, publicUrl, type SiteLocale } from "../generated/url-scheme";
import { type BuildStatusAnswer, buildStateOf, type PublishBuildState } from "./site-build-status";

/** The types staff publish, in the order the home page names them. */
export const STAFF_TYPES = ["heritage-item", "place", "tour", "tour-stop", "event-stream", "scan"] as const;
type StaffType = (typeof STAFF_TYPES)[number];

const uidOf = (type: string) => `api::${type}.${type}`;
const titleFieldOf = (type: string): string =>
  (model as unknown as { contentTypes: { name: string; titleField: string }[] }).contentTypes.find(
    (entry) => entry.name === type,
  )?.titleField ?? "title";

type Row = Record<string, unknown> & { documentId: string; locale?: string | null };

export interface EntryRef {
  type: StaffType;
  documentId: string;
  locale: string;
  title: string;
}

export interface RecentPublish extends EntryRef {
  publishedAt: string;
  /** Absolute address on the public site; undefined for types without a page (scans). */
  publicUrl?: string;
  buildState: PublishBuildState;
}

export interface StaffOverview {
  recentPublishes: RecentPublish[];
  build:
    | { known: false; reason: string }
    | {
        known: true;
        state: string;
        lastSuccessAt?: string;
        lastError?: { finishedAt: string; error: string; entries: EntryRef[] };
      };
  failedScans: (EntryRef & { message: string; updatedAt: string })[];
  upcomingEvents: (EntryRef & { start: string; published: boolean })[];
  drafts: (EntryRef & { updatedAt: string; neverPublished: boolean })[];
}

const LIMIT = 8;
const SOON_DAYS = 14;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ""));

function refOf(type: StaffType, row: Row): EntryRef {
  const title = row[titleFieldOf(type)];
  return {
    type,
    documentId: row.documentId,
    locale: row.locale ?? "de",
    title: typeof title === "string" && title.trim() ? title : row.documentId,
  };
}

function addressOf(type: StaffType, row: Row, siteUrl: string): string | undefined {
  const locale = (row.locale === "en" ? "en" : "de") as SiteLocale;
  const path = pagePathOf(type, row, locale);
  if (!path || !siteUrl) return undefined;
  try {
    return publicUrl(siteUrl, path);
  } catch {
    return undefined;
  }
}

export async function staffOverview(
  strapi: Core.Strapi,
  options: { siteUrl: string; build: BuildStatusAnswer; now?: Date },
): Promise<StaffOverview> {
  const now = options.now ?? new Date();
  const query = (type: string) => strapi.db.query(uidOf(type) as never);

  const recent: RecentPublish[] = [];
  const drafts: StaffOverview["drafts"] = [];
  for (const type of STAFF_TYPES) {
    const published = (await query(type).findMany({
      where: { publishedAt: { $notNull: true } },
      orderBy: { publishedAt: "desc" },
      limit: LIMIT,
      ...(type === "tour-stop" ? { populate: { tour: { select: ["slug"] } } } : {}),
    })) as Row[];
    for (const row of published) {
      const publishedAt = iso(row.publishedAt);
      recent.push({
        ...refOf(type, row),
        publishedAt,
        publicUrl: addressOf(type, row, options.siteUrl),
        buildState: buildStateOf(options.build, row.documentId, publishedAt),
      });
    }
    const draftRows = (await query(type).findMany({
      where: { publishedAt: { $null: true } },
      orderBy: { updatedAt: "desc" },
      limit: LIMIT * 3,
    })) as Row[];
    if (draftRows.length === 0) continue;
    const live = (await query(type).findMany({
      where: { publishedAt: { $notNull: true }, documentId: { $in: draftRows.map((row) => row.documentId) } },
      select: ["documentId", "locale", "updatedAt"],
    })) as Row[];
    const liveAt = new Map(
      live.map((row) => [`${row.documentId}:${row.locale ?? ""}`, Date.parse(iso(row.updatedAt))]),
    );
    for (const row of draftRows) {
      const publishedVersion = liveAt.get(`${row.documentId}:${row.locale ?? ""}`);
      const updatedAt = iso(row.updatedAt);
      // Strapi's own rule for "modified": the draft changed after the published version was written.
      if (publishedVersion !== undefined && Date.parse(updatedAt) <= publishedVersion) continue;
      drafts.push({ ...refOf(type, row), updatedAt, neverPublished: publishedVersion === undefined });
    }
  }
  recent.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const failedScans = (
    (await query("scan").findMany({
      where: { publishedAt: { $null: true }, processingStatus: "failed" },
      orderBy: { updatedAt: "desc" },
      limit: LIMIT,
    })) as Row[]
  ).map((row) => ({
    ...refOf("scan", row),
    message: typeof row.processingMessage === "string" ? row.processingMessage : "",
    updatedAt: iso(row.updatedAt),
  }));

  const soon = new Date(now.getTime() + SOON_DAYS * 24 * 3600 * 1000);
  const eventRows = (await query("event-stream").findMany({
    where: { publishedAt: { $null: true }, start: { $gte: now.toISOString(), $lte: soon.toISOString() } },
    orderBy: { start: "asc" },
    limit: LIMIT,
  })) as Row[];
  const publishedEvents = new Set(
    (
      (await query("event-stream").findMany({
        where: {
          publishedAt: { $notNull: true },
          documentId: { $in: eventRows.map((row) => row.documentId) },
        },
        select: ["documentId", "locale"],
      })) as Row[]
    ).map((row) => `${row.documentId}:${row.locale ?? ""}`),
  );
  const upcomingEvents = eventRows.map((row) => ({
    ...refOf("event-stream", row),
    start: iso(row.start),
    published: publishedEvents.has(`${row.documentId}:${row.locale ?? ""}`),
  }));

  return {
    recentPublishes: recent.slice(0, LIMIT),
    build: await buildSummary(options.build, recent, drafts),
    failedScans,
    upcomingEvents,
    drafts: drafts.slice(0, LIMIT),
  };

  async function buildSummary(
    answer: BuildStatusAnswer,
    ...known: EntryRef[][]
  ): Promise<StaffOverview["build"]> {
    if (!answer.known) return { known: false, reason: answer.reason };
    const { status } = answer;
    const lastError = status.lastError;
    if (!lastError)
      return { known: true, state: status.state, lastSuccessAt: status.lastSuccess?.finishedAt };
    // The hook's reasons read "publish heritage-item <documentId>": name those entries.
    const entries: EntryRef[] = [];
    for (const reason of lastError.reasons) {
      const [, type, documentId] = reason.trim().split(/\s+/);
      if (!type || !documentId || !(STAFF_TYPES as readonly string[]).includes(type)) continue;
      const seen = known.flat().find((entry) => entry.documentId === documentId);
      if (seen) {
        entries.push({ ...seen });
        continue;
      }
      const row = (await query(type).findOne({ where: { documentId } })) as Row | null;
      if (row) entries.push(refOf(type as StaffType, row));
    }
    return {
      known: true,
      state: status.state,
      lastSuccessAt: status.lastSuccess?.finishedAt,
      lastError: { finishedAt: lastError.finishedAt, error: lastError.error ?? "", entries },
    };
  }
}
