// Registers the service worker that keeps the standalone page working offline. Only on the
// standalone page: a partner's page is not ours to control.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register("./sw.js", { scope: "./" }).catch((e) => {
    console.warn("peer-roadmap: offline mode unavailable:", e);
  });
}
