// esbuild (pinned in package-lock.json) for the build steps: the sources are real files under
// www/; the build only tells esbuild this build's file names.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

/**
 * Resolves the specifier "peer-roadmap:glue" (the wasm-bindgen glue, named after its content
 * hash) to `./<glue>`, left to the browser to load.
 */
const gluePlugin = (glue) => ({
  name: "peer-roadmap-glue",
  setup(b) {
    b.onResolve({ filter: /^peer-roadmap:glue$/ }, () => ({ path: `./${glue}`, external: true }));
  },
});

/** Modules the build writes: `{ specifier: JavaScript source }`, bundled in like files. */
const virtualPlugin = (modules) => ({
  name: "peer-roadmap-virtual",
  setup(b) {
    const names = Object.keys(modules);
    if (!names.length) return;
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: "peer-roadmap-virtual" }));
    b.onLoad({ filter: /.*/, namespace: "peer-roadmap-virtual" }, (args) => ({ contents: modules[args.path], loader: "js" }));
  },
});

/**
 * `entry` and what it imports as one minified script: `format` "esm" (a module) or "iife" (a
 * classic script). `wasm` becomes the value of PEER_ROADMAP_WASM, `glue` what "peer-roadmap:glue"
 * imports, `modules` the build's own modules (see virtualPlugin). Comments go, except, with
 * `keepHeader`, the entry's opening `/*! … *\/` comment, which stays at the top (what a partner
 * sees on opening the file). `external`: imports left as they are.
 */
export async function bundle(entry, { format, glue, wasm, keepHeader = false, external = [], modules = {} }) {
  const header = keepHeader ? readFileSync(entry, "utf8").match(/^\/\*![\s\S]*?\*\//)?.[0] : undefined;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format,
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    banner: header ? { js: header } : {},
    define: wasm ? { PEER_ROADMAP_WASM: JSON.stringify(`./${wasm}`) } : {},
    plugins: [...(glue ? [gluePlugin(glue)] : []), virtualPlugin(modules)],
    external,
    logLevel: "silent",
  });
  return result.outputFiles[0].text.trim();
}
