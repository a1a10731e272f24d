import type { Core } from "@strapi/strapi";
import { draftsToPublish, type Entry, type WriteParams } from "../validation/drafts-to-publish";
import { validationError } from "../validation/field-error";
import { councilCaptionProblems } from "./council-captions";

export const EVENT_STREAM_UID = "api::event-stream.event-stream";

/** Drafts about to be published, with their captions (a component) populated. */
function streamDraftsToPublish(strapi: Core.Strapi, params: WriteParams): Promise<Entry[]> {
  return draftsToPublish(strapi, EVENT_STREAM_UID, params, { captions: true });
}

/**
 * Stream checks in the CMS: a council meeting with a recording cannot be published without
 * captions or a transcript. Saving the draft still works, so nothing typed is lost; publishing
 * answers with a message on the captions field that says what to add.
 */
export function registerStreamChecks(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== EVENT_STREAM_UID) return next();
    const params = (context.params ?? {}) as WriteParams;
    let entries: Entry[] = [];
    if (context.action === "publish") {
      entries = await streamDraftsToPublish(strapi, params);
    } else if (
      (context.action === "create" || context.action === "update") &&
      params.status === "published"
    ) {
      const stored = params.documentId ? ((await streamDraftsToPublish(strapi, params))[0] ?? {}) : {};
      entries = [{ ...stored, ...(params.data ?? {}) }];
    }
    const problems = entries.flatMap(councilCaptionProblems);
    if (problems.length > 0) throw validationError(problems);
    return next();
  });
}
