// Trunk post-build hook. Trunk compiles the code (cargo, wasm-bindgen, wasm-opt); this step
// writes the rest of the build into Trunk's staging folder:
// - the static files of www/ (not the sources below, not the demo and test pages: they are not
//   part of what a partner copies; tests/e2e/serve.mjs serves them beside the build);
// - the wasm-bindgen glue, its snippets and the stylesheets, minified;
// - index.html, from the repository's index.html (Trunk's target, our template): each
//   `<script src="www/…" data-build="inline">` becomes that script bundled inline, and Trunk's
//   `<link data-trunk rel="rust">` becomes the module preloads of the glue and its snippets;
// - embed.js, bundled from www/embed.js;
// - sw.js, through tools/service-worker.mjs.
// File names come from the build folder, every hash from tools/first-visit.mjs; nothing of
// Trunk's own index.html is kept (it is the template with the rust link left in place).
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { bundle } from "./bundle.mjs";
import { INSTALL_FILES, codeFiles, firstVisit, integrity } from "./first-visit.mjs";
import { writeServiceWorker } from "./service-worker.mjs";
import { buildEditor } from "./editor.mjs";

const out = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const www = join(ROOT, "www");

/**
 * What www/ holds that is not copied as is: build sources (bundled into other files) and the
 * demo and test pages. `make serve` sets PEER_ROADMAP_DEMO=1 to get the demos in its own
 * development build; dist/ never has them.
 */
const NOT_COPIED = new Set(["boot", "embed.js", "sw.js", "editor-boot.js", "editor-sw.js", ...(process.env.PEER_ROADMAP_DEMO === "1" ? [] : ["demo"])]);

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

for (const name of readdirSync(www)) {
  if (!NOT_COPIED.has(name)) cpSync(join(www, name), join(out, name), { recursive: true });
}

let code;
try {
  code = codeFiles(out);
} catch (e) {
  fail(e.message);
}
const { glue, wasm, snippets } = code;

/**
 * Minifies the wasm-bindgen glue, its snippets and the stylesheets (esbuild): about 2.5 KB brotli
 * less to download and 27 KB less for the browser to parse on every load.
 */
function minify(file, loader) {
  const path = join(out, file);
  const { code } = transformSync(readFileSync(path, "utf8"), { loader, minify: true, format: loader === "js" ? "esm" : undefined, legalComments: "none", charset: "utf8" });
  writeFileSync(path, code);
}
minify(glue, "js");
for (const f of snippets) minify(f, "js");
for (const f of ["peer-roadmap.css", "page.css"]) minify(f, "css");

// ------------------------------------------------------------------------- index.html
/** `<script …attributes src="www/…" data-build="inline"></script>` in the template. */
const INLINE = /<script((?:\s+[a-z-]+(?:="[^"]*")?)*?)\s+src="www\/([^"]+\.js)"\s+data-build="inline"\s*><\/script>/g;
/** Trunk's instruction to build the code; in the page, the code's preloads take its place. */
const RUST_LINK = /<link\s+data-trunk\s+rel="rust"[^>]*>/;

const template = readFileSync(join(ROOT, "index.html"), "utf8");
const scripts = [...template.matchAll(INLINE)];
if (scripts.length !== 2 || !RUST_LINK.test(template)) {
  fail('index.html must have two <script src="www/…" data-build="inline"> and the <link data-trunk rel="rust">');
}
const inlined = [];
for (const [tag, attributes, source] of scripts) {
  const format = /\stype="module"/.test(attributes) ? "esm" : "iife";
  const js = await bundle(join(www, source), { format, glue, wasm });
  if (/<\/script/i.test(js)) fail(`www/${source} bundles to code that would close its <script> element`);
  inlined.push([tag, `<script${attributes}>${js}</script>`]);
}
// Module preloads with an integrity, as Trunk writes them: the glue's snippets are fetched with
// the glue instead of after it (Chromium ignores an integrity on a fetch preload, and the wasm
// has none: the early script's fetch is its only request).
const preloads = [glue, ...snippets]
  .map((file) => `<link rel="modulepreload" href="./${file}" crossorigin="anonymous" integrity="${integrity(out, file)}">`)
  .join("");
let page = template.replace(RUST_LINK, () => preloads);
for (const [tag, script] of inlined) page = page.replace(tag, () => script);
writeFileSync(join(out, "index.html"), page);

// What the page names must be the first visit's list (or the install files) and be in the build.
const { offline } = firstVisit(out);
const named = [...page.matchAll(/\s(?:href|src)="([^"]+)"/g)]
  .map((m) => m[1].replace(/^\.\//, ""))
  .filter((url) => !/^[a-z]+:|^\/|^#/.test(url));
const unlisted = named.filter((f) => !offline.includes(f) && !INSTALL_FILES.includes(f));
if (unlisted.length) fail(`index.html names files that tools/first-visit.mjs does not list: ${unlisted.join(", ")}`);
const missing = [...offline, ...INSTALL_FILES].filter((f) => !existsSync(join(out, f)));
if (missing.length) fail(`files of the first visit missing from the build: ${missing.join(", ")}`);

// ------------------------------------------------------------------------- embed.js, sw.js
writeFileSync(join(out, "embed.js"), `${await bundle(join(www, "embed.js"), { format: "esm", glue, wasm, keepHeader: true })}\n`);
const { precache, build } = writeServiceWorker(out);
console.log(`postbuild: index.html and embed.js -> ${glue}; sw.js precaches ${precache.length} files (build ${build})`);

// ------------------------------------------------------------------------- editor.html
// The editor page: its own wasm, loader and worker, beside the widget (tools/editor.mjs); no file
// of the widget's first visit changes.
try {
  const editor = await buildEditor(out, { release: process.env.TRUNK_PROFILE !== "debug" });
  console.log(`postbuild: editor.html -> editor/${editor.glue}; editor-sw.js precaches ${editor.precache.length} files`);
} catch (e) {
  fail(`the editor: ${e.message}`);
}
