// Builds the editor page (editor.html) into a build folder, beside the widget: its own
// WebAssembly file (the crate's second entry point, src/bin/editor.rs), made with the same pinned
// tools as the widget's (cargo, wasm-bindgen-cli, wasm-opt from binaryen), then its loader and its
// service worker (bundled from www/ with esbuild). Called by tools/postbuild.mjs after the
// widget's build; nothing of the widget's first visit changes:
//   editor.html, editor.css           the page (copied from www/ with the rest)
//   editor.js                         its loader (www/editor-boot.js)
//   editor-sw.js                      its service worker (www/editor-sw.js), scope ./editor
//   editor/peer-roadmap-editor-<hash>.js, …_bg.wasm, editor/snippets/   its code
// The code's names carry a content hash, as the widget's do. Run by hand on a build folder:
// `node tools/editor.mjs dist [--debug]`.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { bundle } from "./bundle.mjs";
import { buildId, revision } from "./first-visit.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = "peer-roadmap-editor";
/** The folder of the editor's code, inside the build folder. */
export const CODE_DIR = "editor";
/** The editor's files outside CODE_DIR (besides the widget's stylesheet and icon it uses). */
export const EDITOR_FILES = ["editor.html", "editor.css", "editor.js"];
/** The widget's files the editor page uses too (its preview is the widget). */
const SHARED_FILES = ["peer-roadmap.css", "icon.svg"];
export const EDITOR_WORKER = "editor-sw.js";

/** binaryen's wasm-opt from the npm package (pinned in package-lock.json), as the Makefile puts it on PATH. */
const WASM_OPT = existsSync(join(ROOT, "node_modules", ".bin", "wasm-opt")) ? join(ROOT, "node_modules", ".bin", "wasm-opt") : "wasm-opt";

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the editor page in `out` ("/" paths): what its service worker precaches. */
export function editorFiles(out) {
  const code = walk(join(out, CODE_DIR)).map((p) => relative(out, p).split(sep).join("/"));
  return [...EDITOR_FILES, ...SHARED_FILES, ...code].sort();
}

/** Builds the editor into the build folder `out`; `release` as `make dist`, else a debug build. */
export async function buildEditor(out, { release = true } = {}) {
  const profile = release ? "release" : "debug";
  run("cargo", ["build", "--locked", "--target", "wasm32-unknown-unknown", "--features", "editor", "--bin", BIN, ...(release ? ["--release"] : [])]);
  const built = join(ROOT, "target", "wasm32-unknown-unknown", profile, `${BIN}.wasm`);
  const staging = join(ROOT, "target", "editor-bindgen", profile);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  run("wasm-bindgen", ["--target=web", `--out-dir=${staging}`, `--out-name=${BIN}`, "--no-typescript", built]);
  if (release) {
    const wasm = join(staging, `${BIN}_bg.wasm`);
    run(WASM_OPT, [`--output=${wasm}`, "-Oz", wasm]);
  }

  // The code, named after its content (wasm and glue together), in a folder of its own.
  const code = join(out, CODE_DIR);
  rmSync(code, { recursive: true, force: true });
  mkdirSync(code, { recursive: true });
  const hash = createHash("sha256")
    .update(readFileSync(join(staging, `${BIN}_bg.wasm`)))
    .update(readFileSync(join(staging, `${BIN}.js`)))
    .digest("hex")
    .slice(0, 16);
  const glue = `${BIN}-${hash}.js`;
  const wasm = `${BIN}-${hash}_bg.wasm`;
  renameSync(join(staging, `${BIN}_bg.wasm`), join(code, wasm));
  writeFileSync(join(code, glue), minify(readFileSync(join(staging, `${BIN}.js`), "utf8"), "js"));
  if (existsSync(join(staging, "snippets"))) {
    for (const file of walk(join(staging, "snippets"))) {
      const to = join(code, relative(staging, file));
      mkdirSync(join(to, ".."), { recursive: true });
      writeFileSync(to, minify(readFileSync(file, "utf8"), "js"));
    }
  }

  // The loader and the stylesheet.
  const loader = await bundle(join(ROOT, "www", "editor-boot.js"), { format: "esm", glue: `${CODE_DIR}/${glue}`, wasm: `${CODE_DIR}/${wasm}` });
  writeFileSync(join(out, "editor.js"), `${loader}\n`);
  writeFileSync(join(out, "editor.css"), minify(readFileSync(join(ROOT, "www", "editor.css"), "utf8"), "css"));

  // The service worker, with the list of every file the page uses and their revisions.
  const missing = editorFiles(out).filter((f) => !existsSync(join(out, f)));
  if (missing.length) throw new Error(`editor: files missing from the build: ${missing.join(", ")}`);
  const precache = editorFiles(out).map((file) => [file, revision(out, file)]);
  const build = buildId(precache);
  const worker = minify(readFileSync(join(ROOT, "www", EDITOR_WORKER), "utf8"), "js", {
    PEER_ROADMAP_EDITOR_PRECACHE: JSON.stringify(precache),
    PEER_ROADMAP_EDITOR_BUILD: JSON.stringify(build),
  });
  writeFileSync(join(out, EDITOR_WORKER), worker);
  return { glue, wasm, precache, build };
}

function minify(source, loader, define = {}) {
  return transformSync(source, { loader, minify: true, format: loader === "js" ? "esm" : undefined, legalComments: "none", charset: "utf8", define }).code;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] || "dist";
  const { glue, precache } = await buildEditor(out, { release: !process.argv.includes("--debug") });
  console.log(`editor: ${CODE_DIR}/${glue}; ${EDITOR_WORKER} precaches ${precache.length} files`);
}
