import { escapeHtml } from "@showroom/content-types/escape-html";
import type { BuildRecord, RebuildStatus } from "./rebuild-worker.ts";
import { STAFF_CSS_PATH } from "./staff-css.ts";

const time = (iso: string) =>
  new Date(iso).toLocaleString("de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "medium",
  });

const STATE_LABEL: Record<RebuildStatus["state"], string> = {
  idle: "Bereit",
  waiting: "Änderungen gehen gleich online",
  building: "Die Website wird gerade neu gebaut",
};

/**
 * What the public may know of the publishing state: whether and when the site was built. Build
 * errors and reasons stay with staff: they name entries, server paths and stack frames.
 */
export function publicStatus(status: RebuildStatus): RebuildStatus {
  const strip = (build: BuildRecord | undefined): BuildRecord | undefined =>
    build && { ...build, reasons: [], ...(build.error !== undefined ? { error: "" } : {}) };
  const { lastBuild, lastSuccess, lastError, ...rest } = status;
  return {
    ...rest,
    pendingReasons: status.pendingReasons.map(() => ""),
    ...(lastBuild ? { lastBuild: strip(lastBuild) } : {}),
    ...(lastSuccess ? { lastSuccess: strip(lastSuccess) } : {}),
    ...(lastError ? { lastError: strip(lastError) } : {}),
  };
}

function record(title: string, build: BuildRecord | undefined): string {
  if (!build) return `<h2>${title}</h2><p>Noch keine.</p>`;
  return `<h2>${title}</h2>
<dl>
  <dt>Gestartet</dt><dd>${escapeHtml(time(build.startedAt))}</dd>
  <dt>Dauer</dt><dd>${(build.durationMs / 1000).toFixed(1)} s</dd>
  ${build.reasons.length > 0 ? `<dt>Anlass</dt><dd>${escapeHtml(build.reasons.join(", "))}</dd>` : ""}
  ${build.error ? `<dt>Fehler</dt><dd><pre>${escapeHtml(build.error)}</pre></dd>` : ""}
</dl>`;
}

/**
 * The status page staff open from the admin: is the site up to date, and if the last build
 * failed, why (in the words of the build's error, which names the entry and field).
 */
export function renderStatusPage(full: RebuildStatus, view: { staff: boolean } = { staff: false }): string {
  const status = view.staff ? full : publicStatus(full);
  const failed = status.lastError !== undefined;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${status.state === "idle" ? "" : '<meta http-equiv="refresh" content="5">'}
<title>Veröffentlichungsstatus</title>
<link rel="stylesheet" href="${STAFF_CSS_PATH}">
</head>
<body class="staff-page">
<main>
<h1>Veröffentlichungsstatus der Website</h1>
<p class="${failed ? "error" : "ok"}" role="status">
${
  failed
    ? "Die letzte Änderung konnte nicht veröffentlicht werden. Die Website zeigt weiter den letzten funktionierenden Stand. Bitte den Fehler unten beheben und den Eintrag erneut veröffentlichen."
    : "Die Website ist auf dem Stand der letzten erfolgreichen Veröffentlichung."
}
</p>
<p>Zustand: <strong>${STATE_LABEL[status.state]}</strong>${
    status.pendingReasons.length > 0 ? ` (${status.pendingReasons.length} Änderung(en) warten)` : ""
  }</p>
${failed ? record("Letzter Fehler", status.lastError) : ""}
${record("Letzte erfolgreiche Veröffentlichung", status.lastSuccess)}
${view.staff ? "" : "<p>Fehlermeldungen und Anlässe sehen nur Mitarbeitende: Status über den Link mit Schlüssel öffnen (siehe README).</p>"}
</main>
</body>
</html>
`;
}
