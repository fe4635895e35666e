/*! Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it finds the rest of the build relative to its own URL. */
// The source of dist/embed.js, bundled by tools/postbuild.mjs. The wasm, the glue and the
// stylesheet are fetched side by side; the wasm is compiled while the others load.
/* global PEER_ROADMAP_WASM -- the wasm's file name, defined by the build */
import { compile } from "./boot/compile.js";
import { LOGGED } from "./boot/failed.js";

const here = (path) => new URL(path, import.meta.url).href;
const code = compile(here(PEER_ROADMAP_WASM));
code.catch(() => {});
const css = fetch(here("./peer-roadmap.css")); // define() handles failures
css.catch(() => {});
try {
  // "peer-roadmap:glue" is this build's wasm-bindgen glue (resolved by the build).
  const { initSync, define } = await import("peer-roadmap:glue");
  initSync({ module: await code });
  define(here("./peer-roadmap.css"), css);
} catch (e) {
  console.error(LOGGED, e);
}
