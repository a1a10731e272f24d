// Service worker of saved tours (see src/islands/offline-tour/ and src/lib/offline/). Registered
// only when a visitor saves a tour; it answers from the caches the tour page filled:
// - a saved file or page: from the cache (byte ranges too, which audio players ask for);
// - the tours' offline manifests: from the network first, so a tour page can see an update;
// - anything else: from the network; without one, a page that was not saved gets the offline page
//   in the visitor's language.
// Its settings come in the query of its URL (src/lib/offline/paths.ts serviceWorkerUrl): the
// offline pages per language (de, en), the manifests' path prefix and the download marker.
const settings = new URL(self.location.href).searchParams;
const CACHE_PREFIX = "offline-tour:";
const MANIFESTS = settings.get("manifests") || "/offline/tour-";
const DOWNLOAD_MARK = settings.get("skip") || "offline-fetch";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The tour page's own downloads must reach the network, not the copy they replace.
  if (url.searchParams.has(DOWNLOAD_MARK)) return;
  event.respondWith(answer(request, url));
});

/** The saved copy of a path from any saved tour. */
async function saved(path) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const hit = await (await caches.open(name)).match(self.location.origin + path);
    if (hit) return hit;
  }
  return undefined;
}

async function answer(request, url) {
  const copy = await saved(url.pathname);
  if (copy && !url.pathname.startsWith(MANIFESTS)) {
    const range = request.headers.get("range");
    return range ? partial(copy, range) : copy;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (copy) return copy;
    if (request.mode === "navigate") {
      const page = await saved(settings.get(language(url)) || "/offline/");
      if (page) return page;
    }
    throw error;
  }
}

/** The offline page's language: the page's own (English below /en/), else the browser's. */
function language(url) {
  if (url.pathname.startsWith("/en/")) return "en";
  for (const tag of self.navigator.languages || []) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (primary === "de" || primary === "en") return primary;
  }
  return "de";
}

/** A 206 answer for one `bytes=` range of a saved response (several ranges: the whole file). */
async function partial(response, range) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  const size = body.byteLength;
  if (!match || (match[1] === "" && match[2] === "")) return new Response(body, { status: 200, headers });
  const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) {
    return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}` } });
  }
  headers.set("content-range", `bytes ${start}-${end}/${size}`);
  headers.set("content-length", String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, headers });
}
