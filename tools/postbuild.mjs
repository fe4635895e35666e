// Trunk post-build hook (also run by hand on dist/): copies www/ into the build, minifies what
// the reader downloads, writes the stable-named embed.js that loads the hashed wasm relative to
// its own URL, and writes the service worker with a revision (content hash) for every file of
// the build.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const out = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const www = fileURLToPath(new URL("../www/", import.meta.url));

/** Files that are ours to write here, not to copy. */
const GENERATED = new Set(["sw.js"]);
/** Folders not precached: demos and benchmark pages are not part of the reader's roadmap. */
const NOT_PRECACHED = ["demo/", "bench/"];

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
// Trunk's loader (an inline module importing the glue) blocks rendering until it runs: otherwise
// the browser spends its first frame (the first layout, fonts included: 10–20 ms cold) on the
// "loading…" line just before the code that replaces it starts. Rendering is blocked only until
// the module runs, not until the wasm has arrived: on a slow link the line is still shown while
// the wasm downloads (tested). Browsers without `blocking` ignore it.
const loader = /<script type="module">(\s*import init)/;
if (loader.test(index)) index = index.replace(loader, '<script type="module" blocking="render">$1');
else if (!/<script type="module" blocking="render">\s*import init/.test(index)) {
  console.warn("postbuild: Trunk's loader script not found in index.html; it is not render-blocking");
}
writeFileSync(indexPath, index);

writeFileSync(
  join(out, "embed.js"),
  `// Peer Roadmap: registers <peer-roadmap>. This file keeps its name from build to build; it
// finds the rest of the build relative to its own URL.
import init, { define } from "./${glue}";
const here = (path) => new URL(path, import.meta.url).href;
const css = fetch(here("./peer-roadmap.css")); // alongside the wasm; define() handles failures
css.catch(() => {});
await init({ module_or_path: here("./${wasm}") });
define(here("./peer-roadmap.css"), css);
`,
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const precache = walk(out)
  .map((path) => relative(out, path).split(sep).join("/"))
  .filter((url) => !GENERATED.has(url) && !NOT_PRECACHED.some((p) => url.startsWith(p)))
  .sort()
  .map((url) => [url, createHash("sha256").update(readFileSync(join(out, url))).digest("hex").slice(0, 16)]);
const build = createHash("sha256").update(JSON.stringify(precache)).digest("hex").slice(0, 16);
const sw = readFileSync(join(www, "sw.js"), "utf8")
  .replace("/*PRECACHE*/[]", JSON.stringify(precache))
  .replace("/*BUILD*/", build);
writeFileSync(join(out, "sw.js"), sw);
console.log(`postbuild: embed.js -> ${glue}; sw.js precaches ${precache.length} files (build ${build})`);
