// Peer Roadmap service worker: precaches the standalone page's files of one build, each with a
// content hash, into a cache named after this copy's scope and the whole build. A new deployment
// fills a new cache completely before it takes over (install fails if any file fails, or if the
// server only has another build's copy of it), then deletes this scope's old caches. A page
// already running keeps the files it loaded at start (the roadmap loads everything up front), so
// no page ever runs on a mix of two builds; only the standalone page is answered from the cache,
// so another page of this folder (the iframe page, the demos) never mixes cached and fresh files.
//
// A first visit downloads each file once: the page has just loaded them, so the worker takes
// them from the HTTP cache (under the address the page used), checks each against its content
// hash, and asks the server again only for a copy that is not this build's.
//
// Bundled into dist/sw.js by tools/service-worker.mjs, which defines the two names below.
/* global PEER_ROADMAP_PRECACHE, PEER_ROADMAP_BUILD, PEER_ROADMAP_PAGES */
/**
 * [file, revision] for every file of the standalone page (tools/first-visit.mjs), each language's
 * page included: a worker installed from one of them caches that one (and the others open).
 */
const PRECACHE = PEER_ROADMAP_PRECACHE;
/** The standalone page's files, one per language (index.html first: the default). */
const PAGES = PEER_ROADMAP_PAGES;
/** This build's id: a hash of the whole list. */
const BUILD = PEER_ROADMAP_BUILD;

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

/** `url` without its query and fragment: the address a file is cached under. */
function bare(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u;
}

/** Whether `url` is the standalone page: the scope itself or one of its language pages. */
function isPage(url) {
  const { href } = bare(url);
  return href === self.registration.scope || PAGES.some((p) => href === new URL(p, self.registration.scope).href);
}

/**
 * This build's copy of one file: the HTTP cache's when it is this build's, else the server's.
 * The page itself is looked up under every address its open windows use ("./", "./index.html",
 * with a query) before its own name.
 */
async function fetchRevision(url, revision, pages) {
  const page = new URL(url, self.registration.scope).href;
  const open = pages.filter((p) => bare(p).href === page || (url === PAGES[0] && bare(p).href === self.registration.scope));
  for (const candidate of PAGES.includes(url) ? [...open, url] : [url]) {
    const cached = await fetch(candidate).catch(() => null);
    if (cached && cached.ok && (await revisionOf(cached)) === revision) return cached;
  }
  const response = await fetch(new Request(`${url}?v=${revision}`, { cache: "reload" }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if ((await revisionOf(response)) !== revision) throw new Error(`${url}: the server has another build's copy`);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const pages = windows.map((w) => w.url.split("#")[0]).filter(isPage);
      // Of the language pages, the ones open (the default one if none is): the reader's.
      const shown = PAGES.filter((p) => pages.some((w) => bare(w).href === new URL(p, self.registration.scope).href || (p === PAGES[0] && bare(w).href === self.registration.scope)));
      const wanted = PRECACHE.filter(([url]) => !PAGES.includes(url) || (shown.length ? shown : PAGES.slice(0, 1)).includes(url));
      const cache = await caches.open(CACHE);
      await Promise.all(
        wanted.map(async ([url, revision]) => {
          const response = await fetchRevision(url, revision, pages);
          await cache.put(new URL(url, self.registration.scope).href, await storable(response));
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cached copy for the standalone page and what it loads; the network for anything else. */
async function answer(request, clientId) {
  const page = request.mode === "navigate" ? request.url : (await self.clients.get(clientId))?.url;
  if (page && !isPage(page)) return fetch(request);
  const cache = await caches.open(CACHE);
  const url = bare(request.url);
  const key = request.mode === "navigate" && url.pathname.endsWith("/") ? `${url.href}index.html` : url.href;
  return (await cache.match(key)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request, event.clientId).catch(() => fetch(request)));
});
