// Service worker of the kiosk (see src/islands/kiosk/ and docs/kiosk.md). Kiosk pages register it
// on their first load, one registration per kiosk language (scopes /kiosk/ and /en/kiosk/); no
// other page of the site registers it. On install it precaches the list the build wrote (every
// kiosk page and every file they need, `?manifest=`), so the kiosk keeps running without network:
// - a precached file or page: from the cache (byte ranges too, which audio players ask for);
// - anything else: from the network; without one, a kiosk page answers with the kiosk's start screen.
// A page's message `kiosk-refresh` fetches the list again and recaches when the build changed.
const MANIFEST = new URL(self.location.href).searchParams.get("manifest") || "/kiosk/offline-cache.json";
const CACHE_PREFIX = "kiosk:";

self.addEventListener("install", (event) => event.waitUntil(refresh().then(() => self.skipWaiting())));
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "kiosk-refresh") event.waitUntil(refresh().catch(() => undefined));
});

/** Caches the current list under `kiosk:<version>` (once per version) and drops older versions. */
async function refresh() {
  const response = await fetch(MANIFEST, { cache: "no-store" });
  if (!response.ok) throw new Error(`kiosk: ${MANIFEST} answered ${response.status}`);
  const manifest = await response.json();
  const name = CACHE_PREFIX + manifest.version;
  const cache = await caches.open(name);
  const complete = await cache.match(`${self.location.origin}/.kiosk-complete`);
  if (!complete) {
    const urls = manifest.files.map((file) => file.url);
    // A few at a time: a small box on a slow line should not open hundreds of requests at once.
    for (let index = 0; index < urls.length; index += 6) {
      await cache.addAll(urls.slice(index, index + 6).map((url) => new Request(url, { cache: "reload" })));
    }
    await cache.put(`${self.location.origin}/.kiosk-complete`, new Response(manifest.version));
  }
  for (const other of await caches.keys()) {
    if (other.startsWith(CACHE_PREFIX) && other !== name) await caches.delete(other);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname === MANIFEST) return;
  event.respondWith(answer(request, url));
});

async function cached(path) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const hit = await (await caches.open(name)).match(self.location.origin + path);
    if (hit) return hit;
  }
  return undefined;
}

async function answer(request, url) {
  const copy = await cached(url.pathname);
  if (copy) {
    const range = request.headers.get("range");
    return range ? partial(copy, range) : copy;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === "navigate") {
      const start = await cached(url.pathname.startsWith("/en/") ? "/en/kiosk/" : "/kiosk/");
      if (start) return start;
    }
    throw error;
  }
}

/** A 206 answer for one `bytes=` range of a cached response (several ranges: the whole file). */
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
