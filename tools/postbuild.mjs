// Trunk post-build hook (also run by hand on dist/): copies www/ into the build, minifies what
// the reader downloads, replaces Trunk's loader in index.html with ours, writes the stable-named
// embed.js that loads the hashed wasm relative to its own URL, and writes the service worker with
// a revision (content hash) for every file the standalone page needs offline.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const out = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const www = fileURLToPath(new URL("../www/", import.meta.url));

/** Files that are ours to write here, not to copy. */
const GENERATED = new Set(["sw.js"]);

for (const name of readdirSync(www)) {
  if (!GENERATED.has(name)) cpSync(join(www, name), join(out, name), { recursive: true });
}

const files = readdirSync(out);
const glue = files.find((f) => /^peer-roadmap-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^peer-roadmap-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) {
  console.error(`postbuild: no wasm-bindgen output in ${out} (found: ${files.join(", ")})`);
  process.exit(1);
}

/**
 * Minifies the wasm-bindgen glue, its snippets and the stylesheets (esbuild, pinned in
 * package-lock.json): about 2.5 KB brotli less to download and 27 KB less for the browser to parse
 * on every load.
 */
function minify(file, loader) {
  const path = join(out, file);
  const code = transformSync(readFileSync(path, "utf8"), { loader, minify: true, format: loader === "js" ? "esm" : undefined, legalComments: "none", charset: "utf8" }).code;
  writeFileSync(path, code);
}
const snippetDir = join(out, "snippets");
const snippets = existsSync(snippetDir) ? walk(snippetDir).filter((p) => p.endsWith(".js")).map((p) => relative(out, p)) : [];
minify(glue, "js");
for (const f of snippets) minify(f, "js");
for (const f of ["peer-roadmap.css", "page.css"]) minify(f, "css");

const indexPath = join(out, "index.html");
let index = readFileSync(indexPath, "utf8");
// Chromium ignores `integrity` on a `preload as=fetch` and says so in the console on every load.
index = index.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"/g, "$1");
// Trunk hashed the files before they were minified: every integrity left is recomputed from the
// file as served, with the algorithm Trunk chose. A tag whose file cannot be read stops the build
// (a wrong hash would stop the page loading).
index = index.replace(/<[^>]*\sintegrity="[^"]*"[^>]*>/g, (tag) => {
  const href = tag.match(/\s(?:href|src)="\.?\/?([^"]+)"/)?.[1];
  const algorithm = tag.match(/\sintegrity="(sha256|sha384|sha512)-/)?.[1];
  if (!href || !algorithm || !existsSync(join(out, href))) {
    console.error(`postbuild: cannot compute the integrity of ${tag} in index.html`);
    process.exit(1);
  }
  const hash = `${algorithm}-${createHash(algorithm).update(readFileSync(join(out, href))).digest("base64")}`;
  return tag.replace(/\sintegrity="[^"]*"/, ` integrity="${hash}"`);
});
// How the code starts, on the standalone page and in embed.js alike: the wasm is fetched and
// compiled as soon as the page names it (streamed, off the main thread, while the glue and the
// stylesheets load), then instantiated synchronously. Trunk's loader only began to fetch it once
// the glue had run, and its `await` let the browser paint the "loading…" line just before the
// roadmap replaced it (5–8 ms in a warm trace). A server that does not say `application/wasm`
// still works (compiled once all the bytes are in).
const COMPILE = `(url) => fetch(url).then((r) => {
  if (!r.ok) throw new Error(\`\${url}: HTTP \${r.status}\`);
  return WebAssembly.compileStreaming && /^application\\/wasm\\b/i.test(r.headers.get("content-type"))
    ? WebAssembly.compileStreaming(r)
    : r.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
})`;
/** Shown in place of the loading line (and the English half logged) when the code cannot start. */
const FAILED = {
  en: "The roadmap could not be loaded. Reload the page; if it still does not appear, your connection or your browser's settings (WebAssembly) may be blocking it.",
  fr: "La feuille de route n'a pas pu être chargée. Rechargez la page; si elle n'apparaît toujours pas, votre connexion ou les réglages de votre navigateur (WebAssembly) la bloquent peut-être.",
};
/** Minified JavaScript, for what ships inline or beside the build (the comments stay here). */
const js = (code, format) => transformSync(code, { loader: "js", minify: true, format, legalComments: "none", charset: "utf8" }).code.trim();

// Before the stylesheets: a classic script placed after one would wait for it. It also says so
// when the code cannot start: from the loader's catch, or, when the glue itself cannot be fetched
// (the loader then never runs), from the loader element's error event (it does not bubble).
const early = `<script data-peer-roadmap="early">${js(`self.peerRoadmapCode = (${COMPILE})("./${wasm}");
self.peerRoadmapCode.catch(() => {});
self.peerRoadmapFailed = (error) => {
  console.error(${JSON.stringify(`peer-roadmap: ${FAILED.en}`)}, error);
  const line = document.querySelector(".pr-loading");
  if (!line) return;
  const fr = document.createElement("span");
  fr.lang = "fr";
  fr.textContent = ${JSON.stringify(FAILED.fr)};
  line.replaceChildren(${JSON.stringify(`${FAILED.en} / `)}, fr);
  line.setAttribute("role", "alert");
};
addEventListener("error", (e) => { if (e.target.dataset?.peerRoadmap === "loader") self.peerRoadmapFailed(e); }, true);`)}</script>`;
// Render-blocking until it runs; when the code is compiled by then (warm), the roadmap is built
// before the first frame. On a slow link the loading line is painted while the wasm downloads.
// The service worker (offline use; standalone page only: a partner's page is not ours to
// control) is registered once the code has started and the page has loaded, so that it never
// competes with the first render.
const loader = `<script type="module" blocking="render" data-peer-roadmap="loader">${js(`import * as bindings from "./${glue}";
try {
  bindings.initSync({ module: await self.peerRoadmapCode });
  window.wasmBindings = bindings;
} catch (e) {
  self.peerRoadmapFailed(e);
}
const offline = () => navigator.serviceWorker.register("./sw.js", { scope: "./" }).catch((e) => console.warn("peer-roadmap: offline mode unavailable:", e));
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  if (document.readyState === "complete") offline();
  else addEventListener("load", offline, { once: true });
}`, "esm")}</script>`;
const ours = { early: /<script data-peer-roadmap="early">[\s\S]*?<\/script>/, loader: /<script type="module" blocking="render" data-peer-roadmap="loader">[\s\S]*?<\/script>/ };
if (ours.early.test(index) && ours.loader.test(index)) {
  // Run again on a build (a redeployment does): ours are replaced, so they follow this file.
  index = index.replace(ours.early, () => early).replace(ours.loader, () => loader);
} else {
  const trunkLoader = /<script type="module"[^>]*>\s*import init, \* as bindings from[\s\S]*?<\/script>/;
  if (!trunkLoader.test(index)) {
    console.error("postbuild: Trunk's loader script not found in index.html");
    process.exit(1);
  }
  index = index.replace(trunkLoader, () => loader);
  // The wasm is fetched by the early script: a preload of it would be a second request.
  index = index.replace(/<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/, "");
  index = index.replace(/(<meta name="viewport"[^>]*>)/, (meta) => `${meta}\n  ${early}`);
  if (!ours.early.test(index)) {
    console.error("postbuild: no place for the early compile in index.html");
    process.exit(1);
  }
}
writeFileSync(indexPath, index);

writeFileSync(
  join(out, "embed.js"),
  `// Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it
// finds the rest of the build relative to its own URL. The wasm, the glue and the stylesheet are
// fetched side by side.
${js(`const here = (path) => new URL(path, import.meta.url).href;
const code = (${COMPILE})(here("./${wasm}"));
code.catch(() => {});
const css = fetch(here("./peer-roadmap.css")); // define() handles failures
css.catch(() => {});
try {
  const { initSync, define } = await import("./${glue}");
  initSync({ module: await code });
  define(here("./peer-roadmap.css"), css);
} catch (e) {
  console.error(${JSON.stringify(`peer-roadmap: ${FAILED.en}`)}, e);
}`, "esm")}
`,
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// What the standalone page needs offline, and nothing more: the page, every file it names (links,
// scripts, the wasm), and the glue's snippets. Not the manifest and its icons (the browser reads
// them online, when a reader installs the app) nor the embedding files (embed.js, frame.html),
// which the worker leaves to the network: a first visit downloads only what it shows.
const named = [...index.matchAll(/(?:href|src)="([^"]+)"|"\.\/([^"]+)"/g)]
  .map((m) => (m[1] || m[2]).replace(/^\.\//, ""))
  .filter((url) => !/^[a-z]+:|^\/|^#/.test(url) && !/\.(png|webmanifest)$/.test(url) && !GENERATED.has(url));
const offline = [...new Set(["index.html", ...named, ...snippets.map((p) => p.split(sep).join("/"))])];
const missing = offline.filter((url) => !existsSync(join(out, url)));
if (missing.length) {
  console.error(`postbuild: index.html names files that are not in the build: ${missing.join(", ")}`);
  process.exit(1);
}
const precache = offline
  .sort()
  .map((url) => [url, createHash("sha256").update(readFileSync(join(out, url))).digest("hex").slice(0, 16)]);
const build = createHash("sha256").update(JSON.stringify(precache)).digest("hex").slice(0, 16);
const sw = readFileSync(join(www, "sw.js"), "utf8")
  .replace("/*PRECACHE*/[]", JSON.stringify(precache))
  .replace("/*BUILD*/", build);
writeFileSync(join(out, "sw.js"), js(sw));
console.log(`postbuild: embed.js -> ${glue}; sw.js precaches ${precache.length} files (build ${build})`);
