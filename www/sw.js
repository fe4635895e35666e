// Peer Roadmap service worker: precaches every file of one build, each with a content hash,
// into a cache named after the whole build. A new deployment fills a new cache completely
// before it takes over (install fails if any file fails), then deletes the old caches, so a
// reader never gets a mix of old and new files.
const PRECACHE = /*PRECACHE*/[];
const BUILD = "/*BUILD*/";
const CACHE = `peer-roadmap-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        PRECACHE.map(([url, revision]) =>
          fetch(new Request(`${url}?v=${revision}`, { cache: "reload" })).then((response) => {
            if (!response.ok) throw new Error(`${url}: ${response.status}`);
            return cache.put(new URL(url, self.registration.scope).href, response);
          }),
        ),
      ),
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("peer-roadmap-") && k !== CACHE).map((k) => caches.delete(k))))
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
      const key = request.mode === "navigate" && url.pathname.endsWith("/") ? `${url.href}index.html` : url.href;
      const hit = await cache.match(key);
      return hit || fetch(request);
    }),
  );
});
