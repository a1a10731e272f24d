/**
 * The "save tour for offline use" control of a tour page (components/offline/OfflineTourControl.astro).
 *
 * The page itself downloads the files of the tour's offline manifest into a Cache Storage cache of
 * its own (so it can show progress), and registers the service worker (public/offline-sw.js), which
 * then answers from that cache when there is no network. Nothing is registered before the visitor
 * clicks "save"; on later visits to a saved tour the registration is renewed. "Remove" deletes the
 * cache and, when no tour is left, the service worker too.
 */

import type { OfflineMessages } from "../../lib/offline/messages.ts";
import type { OfflineManifest } from "../../lib/offline/offline-manifest.ts";
import { OFFLINE_CACHE_PREFIX, OFFLINE_FETCH_PARAM } from "../../lib/offline/paths.ts";

/** Downloads at once: enough to fill a slow line, few enough not to starve the page. */
const PARALLEL_DOWNLOADS = 4;

interface Elements {
  save: HTMLButtonElement;
  update: HTMLButtonElement;
  remove: HTMLButtonElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export function formatBytes(bytes: number, lang: string): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return bytes >= 1e6
    ? `${number.format(bytes / 1e6)} MB`
    : `${number.format(Math.max(1, Math.round(bytes / 1e3)))} kB`;
}

async function readManifest(response: Response | undefined): Promise<OfflineManifest | undefined> {
  if (!response?.ok) return undefined;
  try {
    return (await response.json()) as OfflineManifest;
  } catch {
    return undefined;
  }
}

/** Downloads every file of the manifest into the cache, reporting each finished one. */
async function download(
  cache: Cache,
  manifest: OfflineManifest,
  onFile: (bytes: number) => void,
): Promise<void> {
  const queue = [...manifest.files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, location.origin);
      url.searchParams.set(OFFLINE_FETCH_PARAM, manifest.version);
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
      await cache.put(file.url, response);
      onFile(file.bytes);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  // An update leaves nothing behind that the tour no longer needs.
  const wanted = new Set(manifest.files.map((file) => file.url));
  for (const request of await cache.keys()) {
    if (!wanted.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

export async function mountOfflineTour(root: HTMLElement): Promise<void> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  const manifestUrl = root.dataset.offlineManifest ?? "";
  const workerUrl = root.dataset.serviceWorker ?? "";
  const lang = root.dataset.lang ?? "de";
  const m = JSON.parse(root.dataset.messages ?? "{}") as OfflineMessages;
  const element = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const ui: Elements = {
    save: element("[data-offline-save]"),
    update: element("[data-offline-update]"),
    remove: element("[data-offline-remove]"),
    progress: element("[data-offline-progress]"),
    status: element("[data-offline-status]"),
  };
  const cacheName = `${OFFLINE_CACHE_PREFIX}${manifestUrl}`;
  // Which version is saved: the tour's cache keeps the manifest it was saved from under this key.
  const savedKey = `${manifestUrl}?saved`;
  const savedCache = (await caches.has(cacheName)) ? await caches.open(cacheName) : undefined;
  const savedManifest = await readManifest(await savedCache?.match(savedKey));
  let current = await readManifest(await fetch(manifestUrl, { cache: "no-cache" }).catch(() => undefined));
  const size = (manifest: OfflineManifest) => formatBytes(manifest.bytes, lang);

  const show = (state: "idle" | "saving" | "saved" | "outdated" | "offline", status = "") => {
    ui.save.hidden = state !== "idle";
    ui.update.hidden = state !== "outdated";
    ui.remove.hidden = state !== "saved" && state !== "outdated";
    ui.progress.hidden = state !== "saving";
    ui.save.disabled = state === "saving";
    if (current) {
      ui.save.textContent = fill(m.save, { size: size(current) });
      ui.update.textContent = fill(m.update, { size: size(current) });
    }
    ui.status.textContent = status;
    root.hidden = false;
  };

  const save = async () => {
    if (!current) {
      show("idle", m.needsNetwork);
      return;
    }
    const manifest = current;
    show("saving", fill(m.saving, { done: formatBytes(0, lang), total: size(manifest) }));
    let done = 0;
    try {
      await navigator.serviceWorker.register(workerUrl, { scope: "/" });
      const cache = await caches.open(cacheName);
      await download(cache, manifest, (bytes) => {
        done += bytes;
        ui.progress.value = done / Math.max(1, manifest.bytes);
        ui.status.textContent = fill(m.saving, { done: formatBytes(done, lang), total: size(manifest) });
      });
      await cache.put(
        savedKey,
        new Response(JSON.stringify(manifest), { headers: { "content-type": "application/json" } }),
      );
      show("saved", fill(m.saved, { size: size(manifest) }));
      root.dataset.offlineState = "saved";
    } catch (error) {
      show(savedManifest ? "outdated" : "idle", fill(m.failed, { reason: (error as Error).message }));
    }
  };

  const remove = async () => {
    await caches.delete(cacheName);
    const others = (await caches.keys()).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX));
    if (others.length === 0) {
      for (const registration of await navigator.serviceWorker.getRegistrations())
        await registration.unregister();
    }
    show("idle", m.removed);
    root.dataset.offlineState = "removed";
  };

  ui.save.addEventListener("click", save);
  ui.update.addEventListener("click", save);
  ui.remove.addEventListener("click", remove);

  if (savedManifest) {
    // A saved tour keeps its service worker current (a newer worker script replaces the old one).
    navigator.serviceWorker.register(workerUrl, { scope: "/" }).catch(() => undefined);
    current ??= savedManifest;
    if (current.version !== savedManifest.version)
      show("outdated", fill(m.updateAvailable, { size: size(current) }));
    else show("saved", fill(m.saved, { size: size(savedManifest) }));
    root.dataset.offlineState = current.version === savedManifest.version ? "saved" : "outdated";
  } else if (current) {
    show("idle");
    root.dataset.offlineState = "idle";
  }
}
