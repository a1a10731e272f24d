import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { PUBLIC_CUSTOM_ROUTES } from "../draft-guard/public-routes";
import { env } from "../env/env";
import { ITEM_LOCALES } from "./item-data";
import { METADATA_FORMATS } from "./metadata-formats";
import { answerOaiRequest, type OaiRepository, type RepositoryInfo } from "./oai-pmh";
import { ensureChangeTable, registerLinkedChanges } from "./record-changes";
import { ITEM_UID, itemRecords } from "./records";
import { ensureTombstoneTable, registerTombstones } from "./tombstones";

/** Path of the endpoint below the content API prefix: `/api/oai`. */
export const OAI_PATH = PUBLIC_CUSTOM_ROUTES.oaiPmh;

const SITE_SETTING_UID = "api::site-setting.site-setting";
const EMAIL = /^\S+@(\S+\.)+\S+$/;

interface SiteSetting {
  siteName?: string | null;
  operator?: string | null;
  contactEmail?: string | null;
}

/**
 * Who the repository is, from the published site settings (site name, operator, contact e-mail)
 * and the configuration (repository identifier, site address).
 */
async function repositoryInfo(strapi: Core.Strapi): Promise<RepositoryInfo> {
  const { oai, publicSiteUrl } = env();
  const settings = await Promise.all(
    ITEM_LOCALES.map(
      async (locale) =>
        [
          locale,
          (await strapi.documents(SITE_SETTING_UID).findFirst({
            locale,
            status: "published",
            fields: ["siteName", "operator", "contactEmail"],
          } as never)) as SiteSetting | null,
        ] as const,
    ),
  );
  const german = settings[0]?.[1] ?? settings[1]?.[1];
  const publisher = new Map<string, string>();
  for (const [locale, setting] of settings) if (setting?.operator) publisher.set(locale, setting.operator);
  const email = german?.contactEmail ?? "";
  return {
    name: german?.siteName || "Digitaler Showroom",
    adminEmail: EMAIL.test(email) ? email : `webmaster@${oai.repositoryId}`,
    repositoryId: oai.repositoryId,
    siteUrl: publicSiteUrl,
    publisher,
    recordSource: {
      name: german?.operator || german?.siteName || "Digitaler Showroom",
      ...(publicSiteUrl ? { url: publicSiteUrl } : {}),
    },
  };
}

/**
 * The arguments of a request as name/value pairs, repeated names kept: the query string of a GET,
 * the form body of a POST (parsed by strapi::body with qs, so `a[b]=c` comes back as an object and
 * is turned into the illegal name it was sent as).
 */
function requestPairs(ctx: Context): { pairs: [string, string][]; problem?: string } {
  // From the URL as sent: the draft guard (global::published-only) rewrites `ctx.query` (and with it
  // `ctx.querystring`) without `status`, which would turn an illegal argument into a legal request.
  if (ctx.method === "GET") return { pairs: [...new URL(ctx.originalUrl, "http://cms").searchParams] };
  if (!ctx.is("application/x-www-form-urlencoded"))
    return {
      pairs: [],
      problem:
        "OAI-PMH requests sent with POST must have the content type application/x-www-form-urlencoded.",
    };
  const body = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(body)) {
    const values = Array.isArray(value) ? value : [value];
    for (const entry of values) pairs.push(typeof entry === "string" ? [name, entry] : [`${name}[]`, ""]);
  }
  return { pairs };
}

function repositoryFor(strapi: Core.Strapi, ctx: Context): OaiRepository {
  const { publicUrl, oai } = env();
  const prefix = strapi.config.get("api.rest.prefix", "/api") as string;
  let info: Promise<RepositoryInfo> | undefined;
  const cmsUrl = (publicUrl || ctx.origin).replace(/\/+$/, "");
  return {
    baseUrl: `${cmsUrl}${prefix}${OAI_PATH}`,
    cmsUrl,
    info: () => {
      info ??= repositoryInfo(strapi);
      return info;
    },
    headers: itemRecords(strapi),
    formats: METADATA_FORMATS,
    records: (format, documentIds, context) => format.records(strapi, documentIds, context),
    pageSize: oai.pageSize,
    now: () => new Date(),
  };
}

async function answer(strapi: Core.Strapi, ctx: Context): Promise<void> {
  // Records link the object pages; without the site's address (unset in production) they cannot.
  if (!env().publicSiteUrl) {
    ctx.status = 503;
    ctx.type = "text/plain; charset=utf-8";
    ctx.body =
      "OAI-PMH needs the public site's address for its records: set PUBLIC_SITE_URL on the CMS server (e.g. https://showroom.example) and restart it.";
    return;
  }
  const { pairs, problem } = requestPairs(ctx);
  ctx.type = "text/xml; charset=utf-8";
  ctx.body = await answerOaiRequest(repositoryFor(strapi, ctx), pairs, problem);
}

/**
 * OAI-PMH 2.0 data provider at `/api/oai` (GET and form POST), public and read-only: published
 * heritage items as oai_dc (and LIDO), deleted ones as headers (tombstones.ts). A content API route
 * without authentication, so the draft guard of the document service applies to its reads too;
 * listed in src/draft-guard/public-routes.ts.
 */
export function registerOaiPmh({ strapi }: { strapi: Core.Strapi }): void {
  registerTombstones(strapi, ITEM_UID);
  registerLinkedChanges(strapi);
  const handler = (ctx: Context) => answer(strapi, ctx);
  strapi.server.routes({
    type: "content-api",
    routes: [
      { method: "GET", path: OAI_PATH, handler, config: { auth: false } },
      { method: "POST", path: OAI_PATH, handler, config: { auth: false } },
    ],
  } as never);
}

export async function bootstrapOaiPmh({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await ensureTombstoneTable(strapi);
  await ensureChangeTable(strapi);
}
