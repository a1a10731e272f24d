/**
 * Writes one entry in every locale, German first: creates what is missing, updates only the fields
 * that differ, publishes what should be published and is not (or is out of date), and records
 * each locale's action in the report. See seed-demo-content.ts for why this makes the seed
 * idempotent and resumable.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale, populateFor } from "@showroom/content-types";
import { differingFields } from "./differs.ts";
import type { SeedContext } from "./seed-context.ts";
import type { EntrySpec, SeedAction, StoredEntry } from "./seed-types.ts";

function uidOf(spec: EntrySpec): string {
  return `api::${spec.type.name}.${spec.type.name}`;
}

async function findStored(
  context: SeedContext,
  spec: EntrySpec,
  locale: Locale,
  documentId?: string,
): Promise<StoredEntry | undefined> {
  const found = await context.strapi.documents(uidOf(spec) as never).findFirst({
    locale,
    status: "draft",
    filters: documentId ? { documentId } : spec.match,
    populate: populateFor(spec.type.name),
  } as never);
  return (found ?? undefined) as StoredEntry | undefined;
}

/**
 * Whether the published version is there and as new as the stored draft (Strapi's admin calls a
 * document "modified" when its draft was updated after the published version).
 */
async function publishedUpToDate(
  context: SeedContext,
  spec: EntrySpec,
  draft: StoredEntry,
  locale: Locale,
): Promise<boolean> {
  const found = (await context.strapi.documents(uidOf(spec) as never).findFirst({
    locale,
    status: "published",
    filters: { documentId: draft.documentId },
    fields: ["updatedAt"],
  } as never)) as { updatedAt?: string } | null;
  if (!found) return false;
  const time = (value: unknown) => (value ? new Date(String(value)).getTime() : 0);
  return time(found.updatedAt) >= time(draft.updatedAt);
}

/** Seeds one entry in every locale and returns its documentId (also kept in `context.ids`). */
export async function upsertEntry(context: SeedContext, spec: EntrySpec): Promise<string> {
  const { report, log } = context;
  const documents = context.strapi.documents(uidOf(spec) as never);
  const storedDefault = await findStored(context, spec, DEFAULT_LOCALE);
  let documentId = storedDefault?.documentId;
  /** Fields shared by all locales that this run wrote: Strapi copies them into the other locales. */
  const sharedWritten = new Set<string>();
  for (const locale of LOCALES) {
    const stored =
      locale === DEFAULT_LOCALE
        ? storedDefault
        : documentId
          ? await findStored(context, spec, locale, documentId)
          : undefined;
    const desired = await spec.data(locale, storedDefault);
    let action: SeedAction;
    let fields: string[] | undefined;
    try {
      if (!stored) {
        const created = (await (documentId
          ? documents.update({ documentId, locale, data: desired } as never)
          : documents.create({ locale, data: desired } as never))) as unknown as StoredEntry;
        documentId = created.documentId;
        action = "created";
      } else {
        fields = differingFields(desired, stored, spec.type.fields);
        if (fields.length > 0) {
          const changes = Object.fromEntries(fields.map((name) => [name, desired[name]]));
          await documents.update({ documentId: stored.documentId, locale, data: changes } as never);
          action = "updated";
        } else action = "unchanged";
      }
    } catch (error) {
      const details = (error as { details?: unknown }).details;
      throw new Error(
        `seed: writing ${spec.type.name} "${spec.key}" (${locale}) failed: ${(error as Error).message}${
          details ? ` ${JSON.stringify(details)}` : ""
        }`,
        { cause: error },
      );
    }
    if (!documentId) throw new Error(`seed: ${spec.type.name} "${spec.key}" has no documentId after writing`);
    if (!spec.draft) {
      const publish =
        action !== "unchanged" || !(await publishedUpToDate(context, spec, stored as StoredEntry, locale));
      if (publish) {
        await documents.publish({ documentId, locale } as never);
        report.published++;
        if (action === "unchanged" && sharedWritten.size > 0) {
          // Not half-made: writing another locale changed this one's shared fields.
          action = "updated";
          fields = [...sharedWritten];
        } else if (action === "unchanged") {
          // Stored in full but never (or not lately) published: an interrupted run's leftover.
          action = "completed";
        }
      }
    }
    for (const name of action === "created" ? Object.keys(desired) : (fields ?? []))
      if (spec.type.fields[name]?.localized === false) sharedWritten.add(name);
    report[action]++;
    report.entries.push({
      type: spec.type.name,
      key: spec.key,
      locale,
      action,
      ...(fields?.length ? { fields } : {}),
    });
    if (action !== "unchanged")
      log(
        `seed: ${action} ${spec.type.name} "${spec.key}" (${locale})${fields ? `: ${fields.join(", ")}` : ""}`,
      );
  }
  if (!context.ids.has(spec.type.name)) context.ids.set(spec.type.name, new Map());
  context.ids.get(spec.type.name)?.set(spec.key, documentId as string);
  return documentId as string;
}
