// The public site's build state, as the site server's status endpoint reports it to staff
// (scripts/src/host/publish/site-server.ts, `/_status.json` with the build-hook secret). The CMS
// keeps no build state itself: the site server runs the builds and knows which one failed and why.
import { readBuildHookConfig } from "../build-hook/register-build-hook";

export interface SiteBuildRecord {
  reasons: string[];
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  error?: string;
}

export interface SiteBuildStatus {
  state: "idle" | "waiting" | "building";
  pendingReasons: string[];
  lastSuccess?: SiteBuildRecord;
  lastError?: SiteBuildRecord;
}

export type BuildStatusAnswer = { known: true; status: SiteBuildStatus } | { known: false; reason: string };

/** Where the status lives: next to the build hook (SITE_BUILD_HOOK = <site>/_hooks/build). */
export function statusUrlOf(hookUrl: string): string {
  return new URL("/_status.json", hookUrl).href;
}

export async function readSiteBuildStatus(
  source: NodeJS.ProcessEnv = process.env,
): Promise<BuildStatusAnswer> {
  const config = readBuildHookConfig(source);
  if (!config)
    return { known: false, reason: "SITE_BUILD_HOOK is not set: publishing does not rebuild the site." };
  const url = statusUrlOf(config.url);
  try {
    const response = await fetch(url, {
      headers: { "x-build-hook-secret": config.secret },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return { known: false, reason: `${url} answered ${response.status}.` };
    return { known: true, status: (await response.json()) as SiteBuildStatus };
  } catch (error) {
    return {
      known: false,
      reason: `${url} did not answer (${(error as Error).message}): is the site server running?`,
    };
  }
}

export type PublishBuildState = "live" | "waiting" | "building" | "failed" | "unknown";

/** Whether a publish of `documentId` at `publishedAt` is on the live site yet. */
export function buildStateOf(
  answer: BuildStatusAnswer,
  documentId: string,
  publishedAt: string,
): PublishBuildState {
  if (!answer.known) return "unknown";
  const { status } = answer;
  const names = (reasons: string[] | undefined) =>
    (reasons ?? []).some((reason) => reason.includes(documentId));
  const time = Date.parse(publishedAt);
  if (names(status.pendingReasons)) return "waiting";
  if (status.lastSuccess && Date.parse(status.lastSuccess.startedAt) >= time) return "live";
  if (status.lastError && Date.parse(status.lastError.startedAt) >= time - 1000) return "failed";
  if (status.lastError && names(status.lastError.reasons)) return "failed";
  return status.state === "building" ? "building" : "waiting";
}
