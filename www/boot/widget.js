// How <peer-roadmap> starts, for embed.js and the iframe page alike: the wasm is fetched and
// compiled at once (streamed, off the main thread), the element is defined at once
// (www/element.js), and each instance shows the prerendered roadmap in its language until the
// code hydrates it in place.
/* global PEER_ROADMAP_WASM -- the wasm's file name, defined by the build */
import { compile } from "./compile.js";
import { LOGGED } from "./failed.js";
import { keepEarlyClicks } from "./clicks.js";
import { defineElement, loadSheet } from "../element.js";

/**
 * Starts the widget. `css`: the stylesheet's text, when the script carries it (else it is
 * fetched); `fragments`: the prerendered roadmap's HTML per language (none: nothing is shown
 * before the code, as in frame.html, whose roadmap is in the page).
 */
export function startWidget({ css = null, fragments = {} } = {}) {
  // Each URL is written `new URL("./file", import.meta.url)`, the form bundlers that handle assets
  // (Vite, webpack, Parcel) recognise: an app that imports the npm package gets the files emitted
  // beside its bundle; others find them beside whatever module holds this code.
  const wasmUrl = new URL(PEER_ROADMAP_WASM, import.meta.url).href;
  const cssUrl = new URL("./peer-roadmap.css", import.meta.url).href;
  const code = compile(wasmUrl);
  code.catch(() => {});
  const sheet = css === null ? loadSheet(cssUrl) : new Promise((resolve) => {
    const parsed = new CSSStyleSheet({ baseURL: cssUrl });
    parsed.replaceSync(css);
    resolve(parsed);
  });
  sheet.catch(() => {}); // the element links the stylesheet instead

  const rust = (async () => {
    // "peer-roadmap:glue" is this build's wasm-bindgen glue (resolved by the build).
    const glue = await import("peer-roadmap:glue");
    glue.initSync({ module: await code });
    glue.define(cssUrl, sheet);
    return { createInstance: () => glue.createInstance() };
  })();
  rust.catch((e) => console.error(LOGGED, e));

  defineElement({
    tag: "peer-roadmap",
    observed: ["lang", "theme", "deep-link", "content"],
    languages: Object.keys(fragments),
    fragment: (lang) => Promise.resolve(fragments[lang] ?? null),
    sheet,
    cssUrl,
    code: rust,
    onShadow: (el, shadow) => keepEarlyClicks(shadow, () => el),
  });
}
