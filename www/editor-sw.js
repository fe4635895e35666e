// The editor page's service worker (editor.html; scope "./editor", so the widget's own worker
// keeps the rest of the folder). Registered when the editor is first opened, it precaches the
// editor's files of one build (each checked against its content hash) into a cache of its own;
// from then on the editor opens and works offline. Never part of the widget's first visit.
//
// Like the widget's worker, it takes each file from the HTTP cache when that copy is this build's
// (the page has just loaded it), and asks the server only for the others; a new build fills a new
// cache completely before it takes over, then deletes the old ones.
//
// Bundled into dist/editor-sw.js by tools/editor.mjs, which defines the two names below.
/* global PEER_ROADMAP_EDITOR_PRECACHE, PEER_ROADMAP_EDITOR_BUILD */
const PRECACHE = PEER_ROADMAP_EDITOR_PRECACHE;
const BUILD = PEER_ROADMAP_EDITOR_BUILD;

/** A short, stable name for this copy's scope, so two copies on one origin keep their caches. */
function scopeName(scope) {
  let h = 5381;
  for (const c of scope) h = ((h * 33) ^ c.charCodeAt(0)) >>> 0;
  return h.toString(36);
}
// Not the widget's prefix ("peer-roadmap-<scope>-"): neither worker deletes the other's caches.
const PREFIX = `peer-roadmap-editor.${scopeName(self.registration.scope)}.`;
const CACHE = PREFIX + BUILD;

/** The first 16 hex digits of the SHA-256 of a response's body (the build's revision format). */
async function revisionOf(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The folder of the build: where the files of the list are. */
const BASE = new URL("./", self.location.href);

async function fetchRevision(url, revision) {
  const cached = await fetch(new URL(url, BASE)).catch(() => null);
  if (cached && cached.ok && !cached.redirected && (await revisionOf(cached)) === revision) return cached;
  const response = await fetch(new Request(new URL(`${url}?v=${revision}`, BASE), { cache: "reload" }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if ((await revisionOf(response)) !== revision) throw new Error(`${url}: the server has another build's copy`);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        PRECACHE.map(async ([url, revision]) => cache.put(new URL(url, BASE).href, await fetchRevision(url, revision))),
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

/** `url` without its query and fragment: the address a file is cached under. */
function bare(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(bare(request.url)))
      .then((hit) => hit || fetch(request))
      .catch(() => fetch(request)),
  );
});
