// The service worker's registration (offline use; standalone page only: a partner's page is not
// ours to control). Registered once the code has started and the page has loaded, so that it
// never competes with the first render.

/** Registers ./sw.js for this folder after the page's load event (at once if it is past). */
export function registerOffline() {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  const register = () =>
    navigator.serviceWorker.register("./sw.js", { scope: "./" }).catch((e) => console.warn("peer-roadmap: offline mode unavailable:", e));
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
