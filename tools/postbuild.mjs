// Trunk post-build hook. Trunk compiles the code (cargo, wasm-bindgen, wasm-opt); this step
// writes the rest of the build into Trunk's staging folder:
// - the static files of www/ (not the sources below, not the demo and test pages: they are not
//   part of what a partner copies; tests/e2e/serve.mjs serves them beside the build);
// - the wasm-bindgen glue, its snippets and the stylesheets, minified;
// - index.html, from the repository's index.html (Trunk's target, our template): each
//   `<script src="www/…" data-build="inline">` becomes that script bundled inline, and Trunk's
//   `<link data-trunk rel="rust">` becomes the module preloads of the glue and its snippets;
// - embed.js, bundled from www/embed.js, with the stylesheet and the embed's prerendered roadmap in
//   each language in it;
// - sw.js, through tools/service-worker.mjs.
// File names come from the build folder, every hash from tools/first-visit.mjs; nothing of
// Trunk's own index.html is kept (it is the template with the rust link left in place).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { bundle } from "./bundle.mjs";
import { FRAME_PAGES, INSTALL_FILES, LANGUAGE_PAGES, codeFiles, firstVisit, integrity } from "./first-visit.mjs";
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
const NOT_COPIED = new Set(["boot", "embed.js", "element.js", "frame.html", "frame.js", "sw.js", "editor-boot.js", "editor-sw.js", ...(process.env.PEER_ROADMAP_DEMO === "1" ? [] : ["demo"])]);

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

// ------------------------------------------------------------------------- the pages
/** `<script …attributes src="www/…" data-build="inline"></script>` in a template. */
const INLINE = /<script((?:\s+[a-z-]+(?:="[^"]*")?)*?)\s+src="www\/([^"]+\.js)"\s+data-build="inline"\s*><\/script>/g;
/** Trunk's instruction to build the code; in the page, the code's preloads take its place. */
const RUST_LINK = /<link\s+data-trunk\s+rel="rust"[^>]*>/;

/** The roadmap prerendered on the host (src/prerender.rs), one entry per shipped language. */
function prerender() {
  const file = join(mkdtempSync(join(tmpdir(), "peer-roadmap-")), "prerendered.json");
  try {
    execFileSync("cargo", ["run", "--locked", "--quiet", "--example", "prerender", "--", file], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(`the prerender step failed: ${e.message}`);
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}
/**
 * Yew's hydration markers name each component in a debug build (`<!--<[peer_roadmap::…]>-->`);
 * the release code only reads their brackets, so the names go: about 10 KB less HTML per page.
 */
const shortMarkers = (html) => html.replace(/<!--(<\/?)\[(?:(?!-->).)*?\]>-->/g, "<!--$1[]>-->");
const PRERENDERED = prerender().map((p) => ({ ...p, page: shortMarkers(p.page), embed: shortMarkers(p.embed) }));
if (PRERENDERED.map((p) => p.lang).join() !== Object.keys(LANGUAGE_PAGES).join()) {
  fail(`prerendered languages ${PRERENDERED.map((p) => p.lang)} are not the pages' ${Object.keys(LANGUAGE_PAGES)}`);
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The inline scripts of a template, bundled: [the tag, its replacement]. */
async function inlineScripts(template, name) {
  const inlined = [];
  for (const [tag, attributes, source] of template.matchAll(INLINE)) {
    const format = /\stype="module"/.test(attributes) ? "esm" : "iife";
    const js = await bundle(join(www, source), { format, glue, wasm });
    if (/<\/script/i.test(js)) fail(`www/${source} bundles to code that would close its <script> element (${name})`);
    inlined.push([tag, `<script${attributes}>${js}</script>`]);
  }
  return inlined;
}

/**
 * One language's page from a template: its `<html lang>`, the `hreflang` alternates and the
 * canonical address, the title and description, the `data-lang` parts of its language only,
 * and the roadmap (`html`) in the element marked `data-build="prerendered"`.
 */
function localise(template, { lang, title, description, html, pages }) {
  const own = pages[lang];
  const alternates = [
    ...Object.entries(pages).map(([l, href]) => `<link rel="alternate" hreflang="${l}" href="${href}">`),
    `<link rel="alternate" hreflang="x-default" href="${pages.en}">`,
    `<link rel="canonical" href="${own}">`,
  ].join("");
  const steps = [
    [/<html lang="[a-z]+" data-build="lang">/, `<html lang="${lang}">`],
    [/<link data-build="alternates">/, alternates],
    [/<title data-build="title">[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`],
    [/<meta name="description" data-build="description" content="">/, `<meta name="description" content="${escapeHtml(description)}">`],
    [/(<[a-z]+ [^>]*data-build="prerendered"[^>]*>)(<\/[a-z]+>)/, (_, open, close) => `${open.replace(' data-build="prerendered"', "")}${html}${close}`],
  ];
  let page = template;
  for (const [pattern, replacement] of steps) {
    if (!pattern.test(page)) fail(`a template lacks ${pattern}`);
    page = page.replace(pattern, typeof replacement === "string" ? () => replacement : replacement);
  }
  // The parts written in each language: this page's only, without the marker.
  return page.replace(/\s*<([a-z]+)([^>]*) data-lang="([a-z]+)"([^>]*)>[\s\S]*?<\/\1>/g, (part, tag, before, l, after) =>
    l === lang ? part.replace(` data-lang="${l}"`, "") : "");
}

const template = readFileSync(join(ROOT, "index.html"), "utf8");
if ([...template.matchAll(INLINE)].length !== 2 || !RUST_LINK.test(template)) {
  fail('index.html must have two <script src="www/…" data-build="inline"> and the <link data-trunk rel="rust">');
}
const inlined = await inlineScripts(template, "index.html");
// Module preloads with an integrity, as Trunk writes them: the glue's snippets are fetched with
// the glue instead of after it (Chromium ignores an integrity on a fetch preload, and the wasm
// has none: the early script's fetch is its only request).
const preloads = [glue, ...snippets]
  .map((file) => `<link rel="modulepreload" href="./${file}" crossorigin="anonymous" integrity="${integrity(out, file)}">`)
  .join("");
let page = template.replace(RUST_LINK, () => preloads);
for (const [tag, script] of inlined) page = page.replace(tag, () => script);
for (const p of PRERENDERED) {
  writeFileSync(join(out, LANGUAGE_PAGES[p.lang]), localise(page, { ...p, html: p.page, pages: LANGUAGE_PAGES }));
}
// The iframe page in each language, the embed's roadmap in its declarative shadow root.
const frameTemplate = readFileSync(join(www, "frame.html"), "utf8");
let frame = frameTemplate;
for (const [tag, script] of await inlineScripts(frameTemplate, "frame.html")) frame = frame.replace(tag, () => script);
/**
 * The copy read without JavaScript, in the document (a fragment link cannot reach into the shadow
 * root): the same HTML without Yew's hydration markers and the marker of what it was rendered for.
 * Brotli finds it in the copy before it: about 0.3 KB more to download.
 */
const NOSCRIPT_COPY = '<div class="pr-host" data-build="noscript-copy"></div>';
const readCopy = (html) => html.replace(/<!--(?:(?!-->)[\s\S])*-->/g, "").replace(/ data-prerendered="[^"]*"/, "");
for (const p of PRERENDERED) {
  const written = localise(frame, { ...p, html: p.embed, pages: FRAME_PAGES });
  if (!written.includes(NOSCRIPT_COPY)) fail(`www/frame.html lacks ${NOSCRIPT_COPY}`);
  writeFileSync(join(out, FRAME_PAGES[p.lang]), written.replace(NOSCRIPT_COPY, () => `<div class="pr-host">${readCopy(p.embed)}</div>`));
}
writeFileSync(join(out, "frame.js"), `${await bundle(join(www, "frame.js"), { format: "esm", glue, wasm })}\n`);

// What the page names must be the first visit's list (or the install files) and be in the build.
const { offline } = firstVisit(out);
const named = [...readFileSync(join(out, "index.html"), "utf8").matchAll(/\s(?:href|src)="([^"]+)"/g)]
  .map((m) => m[1].replace(/^\.\//, ""))
  .filter((url) => !/^[a-z]+:|^\/|^#/.test(url));
const unlisted = named.filter((f) => !offline.includes(f) && !INSTALL_FILES.includes(f));
if (unlisted.length) fail(`index.html names files that tools/first-visit.mjs does not list: ${unlisted.join(", ")}`);
const missing = [...offline, ...INSTALL_FILES].filter((f) => !existsSync(join(out, f)));
if (missing.length) fail(`files of the first visit missing from the build: ${missing.join(", ")}`);

// ------------------------------------------------------------------------- embed.js, sw.js
// embed.js carries the stylesheet and the roadmap prerendered in each language: an instance's
// text needs no request after embed.js (2.2 KB brotli more than fetching one language's).
const prerendered = [
  `export const CSS = ${JSON.stringify(readFileSync(join(out, "peer-roadmap.css"), "utf8"))};`,
  `export const FRAGMENTS = ${JSON.stringify(Object.fromEntries(PRERENDERED.map((p) => [p.lang, p.embed])))};`,
].join("\n");
const embedJs = await bundle(join(www, "embed.js"), {
  format: "esm", glue, wasm, keepHeader: true, modules: { "peer-roadmap:prerendered": prerendered },
});
// Written as literals, `new URL("./…", import.meta.url)`, for bundlers to find them.
for (const f of [wasm, "peer-roadmap.css"]) {
  if (!embedJs.includes(`new URL("./${f}",import.meta.url)`)) fail(`embed.js does not name ${f} as new URL("./${f}", import.meta.url)`);
}
writeFileSync(join(out, "embed.js"), `${embedJs}\n`);
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
