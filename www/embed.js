/*! Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it finds the rest of the build relative to its own URL. */
// The source of dist/embed.js, bundled by tools/postbuild.mjs. The wasm, the glue and the
// stylesheet are fetched side by side; the wasm is compiled while the others load.
/* global PEER_ROADMAP_WASM -- the wasm's file name, defined by the build */
import { compile } from "./boot/compile.js";
import { LOGGED } from "./boot/failed.js";

// Each URL is written `new URL("./file", import.meta.url)`, the form bundlers that handle assets
// (Vite, webpack, Parcel) recognise: an app that imports the npm package gets both files emitted
// beside its bundle; others find them beside whatever module holds this code.
const wasmUrl = new URL(PEER_ROADMAP_WASM, import.meta.url).href;
const cssUrl = new URL("./peer-roadmap.css", import.meta.url).href;
const code = compile(wasmUrl);
code.catch(() => {});
const css = fetch(cssUrl); // define() handles failures
css.catch(() => {});
try {
  // "peer-roadmap:glue" is this build's wasm-bindgen glue (resolved by the build).
  const { initSync, define } = await import("peer-roadmap:glue");
  initSync({ module: await code });
  define(cssUrl, css);
} catch (e) {
  console.error(LOGGED, e);
}
