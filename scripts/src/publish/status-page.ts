import type { BuildRecord, RebuildStatus } from "./rebuild-worker.ts";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

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

function record(title: string, build: BuildRecord | undefined): string {
  if (!build) return `<h2>${title}</h2><p>Noch keine.</p>`;
  return `<h2>${title}</h2>
<dl>
  <dt>Gestartet</dt><dd>${escapeHtml(time(build.startedAt))}</dd>
  <dt>Dauer</dt><dd>${(build.durationMs / 1000).toFixed(1)} s</dd>
  <dt>Anlass</dt><dd>${escapeHtml(build.reasons.join(", ") || "Start")}</dd>
  ${build.error ? `<dt>Fehler</dt><dd><pre>${escapeHtml(build.error)}</pre></dd>` : ""}
</dl>`;
}

/**
 * The status page staff open from the admin: is the site up to date, and if the last build
 * failed, why (in the words of the build's error, which names the entry and field).
 */
export function renderStatusPage(status: RebuildStatus): string {
  const failed = status.lastError !== undefined;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${status.state === "idle" ? "" : '<meta http-equiv="refresh" content="5">'}
<title>Veröffentlichungsstatus</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  .ok { border-left: .5rem solid #1b7a3a; padding-left: 1rem; }
  .error { border-left: .5rem solid #b00020; padding-left: 1rem; }
  pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
  dt { font-weight: bold; }
</style>
</head>
<body>
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
</main>
</body>
</html>
`;
}
