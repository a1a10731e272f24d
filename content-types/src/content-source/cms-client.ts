/**
 * The one client of Strapi 5's REST API in the repo: a small typed wrapper over `fetch` that reads
 * published content of every type and locale (all pages) with the populate of the content model.
 * Network failures and Strapi's error body become a `CmsRequestError` naming the URL, the status
 * and Strapi's message, and what to do. The CMS refuses unknown query parameters with a 400, so
 * the queries here are the ones it is known to accept: status, locale, populate, sort, pagination,
 * fields.
 *
 * ```ts
 * const cms = createCmsClient({ url: "http://localhost:1337", token: process.env.SITE_BUILD_TOKEN });
 * const places = await cms.entries("place", "de");
 * ```
 */
import type { Locale } from "../define.ts";
import { contentType, populateFor, restPath, toQueryString } from "../populate.ts";

export interface CmsClientOptions {
  /** Base URL of the CMS, e.g. http://localhost:1337. */
  url: string;
  /** A read-only API token; optional when the public role may read (the demo's default). */
  token?: string;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** Entries per page (Strapi's maxLimit is 100 in this CMS). */
  pageSize?: number;
}

/** A request the CMS did not answer, or answered with an error. */
export class CmsRequestError extends Error {
  override name = "CmsRequestError";
  readonly status: number | undefined;
  readonly url: string;
  constructor(message: string, url: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
    this.status = status;
  }
}

interface StrapiErrorBody {
  error?: { status?: number; name?: string; message?: string; details?: unknown };
}

interface StrapiListBody {
  data: unknown[];
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

export interface CmsClient {
  readonly url: string;
  /** GET a path below the CMS URL and parse the JSON body. */
  get<T>(path: string, params?: Record<string, unknown>): Promise<T>;
  /** Every published entry of a collection type in a locale (all pages). */
  entries(typeName: string, locale: Locale): Promise<unknown[]>;
  /** The published entry of a single type in a locale, or null when there is none. */
  single(typeName: string, locale: Locale): Promise<unknown | null>;
  /** How many published entries a collection type has in a locale (one small request). */
  count(typeName: string, locale: Locale): Promise<number>;
  /** A media file referenced by an entry (`url` as the API returns it: relative or absolute). */
  file(url: string): Promise<Uint8Array>;
}

function hint(status: number): string {
  if (status === 401 || status === 403) {
    return " Check the API token (STRAPI_TOKEN, SITE_BUILD_TOKEN or --token): it must be a valid read-only token of this CMS.";
  }
  if (status === 404) return " Is this URL a CMS of the showroom, with the current content model?";
  if (status >= 500) return " The CMS had an internal error: see its log.";
  return "";
}

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const base = options.url.replace(/\/+$/, "");
  if (!/^https?:\/\//.test(base)) {
    throw new CmsRequestError(
      `CMS URL must start with http:// or https://, got "${options.url}".`,
      options.url,
    );
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pageSize = options.pageSize ?? 100;
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function request(url: string, init: { json: boolean }): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: init.json
          ? headers
          : options.token
            ? { authorization: headers.authorization as string }
            : {},
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      type Cause = { code?: string; message?: string; errors?: Cause[] };
      const cause = (error as { cause?: Cause }).cause;
      const reason =
        (error as Error).name === "TimeoutError"
          ? `no answer within ${timeoutMs / 1000} s`
          : (cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message);
      throw new CmsRequestError(
        `Cannot reach the CMS at ${base} (${reason}) while reading ${new URL(url).pathname}. Is it running? Start it with \`npm start\`, or give its address (STRAPI_URL or --url).`,
        url,
        undefined,
        { cause: error },
      );
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = (await response.json()) as StrapiErrorBody;
        if (body.error?.message) detail = `${body.error.name ?? "Error"}: ${body.error.message}`;
      } catch {
        // Not JSON (a proxy's error page): the status line says enough.
      }
      throw new CmsRequestError(
        `The CMS answered ${response.status} (${detail}) for GET ${url}.${hint(response.status)}`,
        url,
        response.status,
      );
    }
    return response;
  }

  async function get<T>(path: string, params?: Record<string, unknown>): Promise<T> {
    const query = params ? toQueryString(params) : "";
    const url = `${base}${path}${query ? `?${query}` : ""}`;
    const response = await request(url, { json: true });
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new CmsRequestError(
        `The CMS sent a body that is not JSON for GET ${url}.`,
        url,
        response.status,
        {
          cause: error,
        },
      );
    }
  }

  function localeParams(typeName: string, locale: Locale): Record<string, unknown> {
    // Types that are not localized have one version for every locale.
    return contentType(typeName).localized ? { locale } : {};
  }

  return {
    url: base,
    get,
    async entries(typeName, locale) {
      const all: unknown[] = [];
      for (let page = 1; ; page++) {
        const body = await get<StrapiListBody>(restPath(typeName), {
          status: "published",
          ...localeParams(typeName, locale),
          populate: populateFor(typeName),
          sort: ["id:asc"],
          pagination: { page, pageSize },
        });
        all.push(...body.data);
        const pageCount = body.meta?.pagination?.pageCount ?? 1;
        if (page >= pageCount || body.data.length === 0) break;
      }
      return all;
    },
    async single(typeName, locale) {
      try {
        const body = await get<{ data: unknown }>(restPath(typeName), {
          status: "published",
          ...localeParams(typeName, locale),
          populate: populateFor(typeName),
        });
        return body.data ?? null;
      } catch (error) {
        // Strapi answers 404 for a single type that has no published entry in that locale.
        if (error instanceof CmsRequestError && error.status === 404) return null;
        throw error;
      }
    },
    async count(typeName, locale) {
      const body = await get<StrapiListBody>(restPath(typeName), {
        status: "published",
        ...localeParams(typeName, locale),
        fields: ["documentId"],
        pagination: { pageSize: 1 },
      });
      return body.meta?.pagination?.total ?? body.data.length;
    },
    async file(url) {
      const absolute = /^https?:\/\//.test(url) ? url : `${base}${url.startsWith("/") ? "" : "/"}${url}`;
      const response = await request(absolute, { json: false });
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
