import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { newStreamKey, sameSecret } from "./stream-keys";

export const EVENT_STREAM_UID = "api::event-stream.event-stream";

/**
 * Live streams staff run themselves (see scripts/src/host/live/): every event gets a stream key
 * when it is created (a private field: never in the public API), and the ingest reports here.
 *
 * Ingest endpoints (admin API routes, not the public content API), authenticated with
 * `Authorization: Bearer <LIVE_INGEST_SECRET>`:
 *   POST /live/ingest/authorize {streamKey}             → 200 {documentId, slug, title} | 404
 *   POST /live/ingest/started   {documentId, hlsUrl}    → the event's live address is set
 *   POST /live/ingest/ended     {documentId, recordingUrl} → the recording is attached
 * Staff endpoints (admin panel login):
 *   GET  /live/events/:documentId                       → {streamKey, ingestUrl}
 *   POST /live/events/:documentId/captions {text}       → forwarded to the ingest (LIVE_INGEST_CONTROL_URL)
 */
export function registerLive(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === EVENT_STREAM_UID && context.action === "create") {
      const params = (context.params ?? {}) as { data?: Record<string, unknown> };
      if (params.data && !params.data.streamKey) params.data.streamKey = newStreamKey();
    }
    return next();
  });

  const secret = () => process.env.LIVE_INGEST_SECRET?.trim() ?? "";
  const ingestOnly = (handler: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
    const expected = secret();
    if (!expected) {
      ctx.status = 503;
      ctx.body = {
        error: "LIVE_INGEST_SECRET is not set on the CMS: set the same value for the CMS and the ingest.",
      };
      return;
    }
    const given = (ctx.get("authorization") ?? "").replace(/^Bearer\s+/i, "");
    if (!sameSecret(given, expected)) {
      ctx.status = 401;
      ctx.body = { error: "Wrong ingest secret: the ingest's LIVE_INGEST_SECRET must equal the CMS's." };
      return;
    }
    await handler(ctx);
  };
  const body = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;

  const authorize = async (ctx: Context) => {
    const streamKey = body(ctx).streamKey;
    const row =
      typeof streamKey === "string" && streamKey.length >= 16
        ? ((await strapi.db
            .query(EVENT_STREAM_UID)
            .findOne({ where: { streamKey }, select: ["documentId", "slug", "title"] })) as {
            documentId: string;
            slug: string;
            title: string;
          } | null)
        : null;
    if (!row) {
      ctx.status = 404;
      ctx.body = { error: "No event has this stream key." };
      return;
    }
    // The German (default locale) slug names the live folder.
    const german = (await strapi.db.query(EVENT_STREAM_UID).findOne({
      where: { documentId: row.documentId, locale: "de" },
      select: ["slug", "title"],
    })) as { slug: string; title: string } | null;
    ctx.body = {
      documentId: row.documentId,
      slug: german?.slug ?? row.slug,
      title: german?.title ?? row.title,
    };
  };

  const attach = (field: "hlsUrl" | "recordingUrl") => async (ctx: Context) => {
    const { documentId } = body(ctx);
    const url = body(ctx)[field];
    if (typeof documentId !== "string" || typeof url !== "string" || !/^\/\S+\.m3u8$/.test(url)) {
      ctx.status = 400;
      ctx.body = { error: `Send {documentId, ${field}} with ${field} a site path ending in .m3u8.` };
      return;
    }
    ctx.body = await setStreamField(strapi, documentId, field, url);
  };

  const staffEvent = async (ctx: Context) => {
    const row = (await strapi.db
      .query(EVENT_STREAM_UID)
      .findOne({ where: { documentId: ctx.params.documentId }, select: ["streamKey"] })) as {
      streamKey: string | null;
    } | null;
    if (!row) {
      ctx.status = 404;
      ctx.body = { error: "No event with this id." };
      return;
    }
    let streamKey = row.streamKey;
    if (!streamKey) {
      // Events made before stream keys existed get one the first time staff look.
      streamKey = newStreamKey();
      await strapi.db
        .query(EVENT_STREAM_UID)
        .updateMany({ where: { documentId: ctx.params.documentId }, data: { streamKey } });
    }
    ctx.body = { streamKey, ingestUrl: process.env.LIVE_INGEST_URL?.trim() || "rtmp://<server>:1935/live" };
  };

  const captions = async (ctx: Context) => {
    const text = body(ctx).text;
    const control = process.env.LIVE_INGEST_CONTROL_URL?.trim();
    if (typeof text !== "string" || !text.trim()) {
      ctx.status = 400;
      ctx.body = { error: "Type a caption text first." };
      return;
    }
    if (!control || !secret()) {
      ctx.status = 503;
      ctx.body = {
        error: "The live ingest is not configured (LIVE_INGEST_CONTROL_URL, LIVE_INGEST_SECRET).",
      };
      return;
    }
    const response = await fetch(`${control}/captions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret()}` },
      body: JSON.stringify({ documentId: ctx.params.documentId, text, at: Date.now() }),
      signal: AbortSignal.timeout(5000),
    }).catch(() => undefined);
    ctx.status = response?.status === 200 ? 200 : response?.status === 409 ? 409 : 502;
    ctx.body =
      ctx.status === 200
        ? { ok: true }
        : ctx.status === 409
          ? { error: "This event is not live right now: captions go into a running stream only." }
          : { error: "The live ingest did not answer: is it running?" };
  };

  strapi.server.routes({
    type: "admin",
    routes: [
      {
        method: "POST",
        path: "/live/ingest/authorize",
        handler: ingestOnly(authorize),
        config: { auth: false },
      },
      {
        method: "POST",
        path: "/live/ingest/started",
        handler: ingestOnly(attach("hlsUrl")),
        config: { auth: false },
      },
      {
        method: "POST",
        path: "/live/ingest/ended",
        handler: ingestOnly(attach("recordingUrl")),
        config: { auth: false },
      },
      {
        method: "GET",
        path: "/live/events/:documentId",
        handler: staffEvent,
        config: { policies: ["admin::isAuthenticatedAdmin"] },
      },
      {
        method: "POST",
        path: "/live/events/:documentId/captions",
        handler: captions,
        config: { policies: ["admin::isAuthenticatedAdmin"] },
      },
    ],
  } as never);
}

/**
 * Sets a non-localized stream field on the draft and, when the event is published, publishes it
 * again so the site rebuilds with it. A publish the stream checks refuse (a council meeting's
 * recording needs captions) leaves the address in the draft and says why.
 */
async function setStreamField(
  strapi: Core.Strapi,
  documentId: string,
  field: "hlsUrl" | "recordingUrl",
  url: string,
): Promise<{ saved: true; published: boolean; problem?: string }> {
  const documents = strapi.documents(EVENT_STREAM_UID as never);
  const locales = (await strapi.db.query(EVENT_STREAM_UID).findMany({
    where: { documentId, publishedAt: { $null: true } },
    select: ["locale"],
  })) as { locale: string }[];
  const locale = locales.find((row) => row.locale === "de")?.locale ?? locales[0]?.locale ?? "de";
  await documents.update({ documentId, locale, data: { [field]: url } } as never);
  const published = await strapi.db.query(EVENT_STREAM_UID).count({
    where: { documentId, publishedAt: { $notNull: true } },
  });
  if (published === 0) return { saved: true, published: false };
  try {
    await documents.publish({ documentId, locale: "*" } as never);
    return { saved: true, published: true };
  } catch (error) {
    return { saved: true, published: false, problem: (error as Error).message };
  }
}
