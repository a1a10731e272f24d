import type { Core } from "@strapi/strapi";

/**
 * Publish to live: after a publish, unpublish or delete in the content manager (or by the import,
 * which publishes through the document service), the CMS calls the site's build hook. The site
 * server's rebuild worker debounces, builds and swaps the live site; its status page shows errors.
 *
 * Configuration (both optional; without SITE_BUILD_HOOK nothing is sent):
 *   SITE_BUILD_HOOK         URL of the hook, e.g. http://127.0.0.1:4321/_hooks/build
 *   SITE_BUILD_HOOK_SECRET  shared secret sent as `x-build-hook-secret`
 */
export interface BuildHookConfig {
  url: string;
  secret: string;
}

export function readBuildHookConfig(source: NodeJS.ProcessEnv = process.env): BuildHookConfig | undefined {
  const url = source.SITE_BUILD_HOOK?.trim();
  if (!url) return undefined;
  try {
    new URL(url);
  } catch {
    throw new Error(
      `Environment variable SITE_BUILD_HOOK is not a URL: "${url}". Example: http://127.0.0.1:4321/_hooks/build`,
    );
  }
  return { url, secret: source.SITE_BUILD_HOOK_SECRET?.trim() ?? "" };
}

/** Actions after which the public site may have changed. */
const ALWAYS = new Set(["publish", "unpublish", "delete"]);

/**
 * Whether a document action changes what the public sees. Without draft & publish every write is
 * live at once; with it, only publish/unpublish/delete and writes that publish directly.
 */
export function changesPublicSite(
  action: string,
  draftAndPublish: boolean,
  params: { status?: unknown } | undefined,
): boolean {
  if (ALWAYS.has(action)) return true;
  if (action !== "create" && action !== "update") return false;
  return !draftAndPublish || params?.status === "published";
}

/** Bursts of changes (a bulk publish, an import) go out as one hook call after this quiet time. */
const FLUSH_MS = 250;

export function registerBuildHook(strapi: Core.Strapi, config = readBuildHookConfig()): void {
  if (!config) {
    strapi.log.info("[build-hook] SITE_BUILD_HOOK not set: publishing does not rebuild the site.");
    return;
  }
  let reasons: string[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = async () => {
    timer = undefined;
    const batch = reasons;
    reasons = [];
    try {
      const response = await fetch(config.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-build-hook-secret": config.secret },
        body: JSON.stringify({ reason: batch.join(", ").slice(0, 300) }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) {
        strapi.log.error(
          `[build-hook] ${config.url} answered ${response.status}: the site was not rebuilt. Check SITE_BUILD_HOOK_SECRET.`,
        );
      }
    } catch (error) {
      strapi.log.error(
        `[build-hook] could not reach ${config.url} (${(error as Error).message}): the site was not rebuilt. Is the site server running?`,
      );
    }
  };

  strapi.documents.use(async (context, next) => {
    const result = await next();
    const uid = String(context.uid);
    if (!uid.startsWith("api::")) return result;
    const draftAndPublish = Boolean(strapi.contentType(context.uid)?.options?.draftAndPublish);
    const params = (context as { params?: { status?: unknown; documentId?: unknown } }).params;
    if (changesPublicSite(context.action, draftAndPublish, params)) {
      const id = typeof params?.documentId === "string" ? ` ${params.documentId}` : "";
      reasons.push(`${context.action} ${uid.replace(/^api::[^.]+\./, "")}${id}`);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), FLUSH_MS);
    }
    return result;
  });
}
