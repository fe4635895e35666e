// The editor page's loader (bundled into editor.js by tools/editor.mjs): starts the editor's
// code, then registers the editor's service worker, so that the page works offline once opened.
// If the code cannot start, the page says so in place of its loading line.
/* global PEER_ROADMAP_WASM */
import init from "peer-roadmap:glue";

const root = document.getElementById("peer-roadmap-editor");

init({ module_or_path: new URL(PEER_ROADMAP_WASM, import.meta.url) }).catch((e) => {
  console.error("peer-roadmap editor: the code could not start:", e);
  const failed = document.getElementById("peer-roadmap-editor-failed");
  if (root && failed) {
    root.replaceChildren(...failed.content.cloneNode(true).childNodes);
  }
});

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const register = () =>
    navigator.serviceWorker
      .register("./editor-sw.js", { scope: "./editor" })
      .catch((e) => console.warn("peer-roadmap editor: offline mode unavailable:", e));
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
