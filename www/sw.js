// Peer Roadmap service worker: precaches the standalone page's files of one build, each with a
// content hash, into a cache named after this copy's scope and the whole build. A new deployment
// fills a new cache completely before it takes over (install fails if any file fails), then
// deletes this scope's old caches. A page already running keeps the files it loaded at start (the
// roadmap loads everything up front), so no page ever runs on a mix of two builds.
//
// A first visit downloads each file once: the page has just loaded them, so the worker takes
// them from the HTTP cache, checks each against its content hash, and asks the server again only
// for a copy that is not this build's.
const PRECACHE = /*PRECACHE*/[];
const BUILD = "/*BUILD*/";

/** A short, stable name for this copy's scope, so two copies on one origin keep their caches. */
function scopeName(scope) {
  let h = 5381;
  for (const c of scope) h = ((h * 33) ^ c.charCodeAt(0)) >>> 0;
  return h.toString(36);
}
const PREFIX = `peer-roadmap-${scopeName(self.registration.scope)}-`;
const CACHE = PREFIX + BUILD;

/** A response that can be replayed for a navigation (redirected ones cannot). */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The first 16 hex digits of the SHA-256 of a response's body (the build's revision format). */
async function revisionOf(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** This build's copy of one file: the HTTP cache's when it is this build's, else the server's. */
async function fetchRevision(url, revision) {
  const cached = await fetch(url).catch(() => null);
  if (cached && cached.ok && (await revisionOf(cached)) === revision) return cached;
  const response = await fetch(new Request(`${url}?v=${revision}`, { cache: "reload" }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        PRECACHE.map(async ([url, revision]) => {
          const response = await fetchRevision(url, revision);
          return cache.put(new URL(url, self.registration.scope).href, await storable(response));
        }),
      ),
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const url = new URL(request.url);
      url.search = "";
      url.hash = "";
      const key = request.mode === "navigate" && url.pathname.endsWith("/") ? `${url.href}index.html` : url.href;
      return (await cache.match(key)) || fetch(request);
    }).catch(() => fetch(request)),
  );
});
