/*! Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it finds the rest of the build relative to its own URL. */
// The source of dist/embed.js, bundled by tools/postbuild.mjs. The element is defined at once
// (www/element.js): each instance shows the build's prerendered roadmap in its language as soon
// as that small file and the stylesheet have arrived, while the wasm (fetched and compiled side
// by side with them) is on its way; then the code hydrates it in place.
/* global PEER_ROADMAP_WASM -- the wasm's file name, defined by the build */
import { compile } from "./boot/compile.js";
import { LOGGED } from "./boot/failed.js";
import { keepEarlyClicks } from "./boot/clicks.js";
import { defineElement, loadSheet } from "./element.js";

// Each URL is written `new URL("./file", import.meta.url)`, the form bundlers that handle assets
// (Vite, webpack, Parcel) recognise: an app that imports the npm package gets both files emitted
// beside its bundle; others find them beside whatever module holds this code.
const wasmUrl = new URL(PEER_ROADMAP_WASM, import.meta.url).href;
const cssUrl = new URL("./peer-roadmap.css", import.meta.url).href;
// The prerendered roadmap in each language (tools/first-visit.mjs, EMBED_FRAGMENTS; the build
// checks these names).
const fragmentUrls = {
  en: new URL("./peer-roadmap.en.html", import.meta.url).href,
  fr: new URL("./peer-roadmap.fr.html", import.meta.url).href,
};
const code = compile(wasmUrl);
code.catch(() => {});
const sheet = loadSheet(cssUrl);
sheet.catch(() => {}); // the element links the stylesheet instead

/** Each language's prerendered roadmap, fetched once, when an instance first needs it. */
const fragments = new Map();
function fragment(lang) {
  if (!fragments.has(lang)) {
    const url = fragmentUrls[lang];
    fragments.set(lang, url ? fetch(url).then((r) => (r.ok ? r.text() : null)).catch(() => null) : Promise.resolve(null));
  }
  return fragments.get(lang);
}

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
  languages: Object.keys(fragmentUrls),
  fragment,
  sheet,
  cssUrl,
  code: rust,
  onShadow: (el, shadow) => keepEarlyClicks(shadow, () => el),
});
