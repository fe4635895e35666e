/*! Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it finds the rest of the build relative to its own URL. */
// The source of dist/embed.js, bundled by tools/postbuild.mjs. It carries the stylesheet and the
// roadmap prerendered in each language ("peer-roadmap:prerendered", written by the build), so an
// instance shows its text as soon as this one file has run, with no request after it; the wasm,
// fetched and compiled meanwhile, then hydrates it in place.
import { CSS, FRAGMENTS } from "peer-roadmap:prerendered";
import { startWidget } from "./boot/widget.js";

startWidget({ css: CSS, fragments: FRAGMENTS });
