// Writes <dir>/sw.js: www/sw.js minified, with the precache list of the standalone page's files
// (tools/first-visit.mjs) and their revisions. Run by tools/postbuild.mjs after every build, and
// by hand on a build whose files changed (`node tools/service-worker.mjs dist`).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { LANGUAGE_PAGES, WORKER, buildId, firstVisit, revision } from "./first-visit.mjs";

const SOURCE = fileURLToPath(new URL("../www/sw.js", import.meta.url));

/** Writes the worker for the build in `dir`; returns its precache list and build id. */
export function writeServiceWorker(dir) {
  const precache = firstVisit(dir).offline.sort().map((file) => [file, revision(dir, file)]);
  const build = buildId(precache);
  const { code } = transformSync(readFileSync(SOURCE, "utf8"), {
    loader: "js",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    define: {
      PEER_ROADMAP_PRECACHE: JSON.stringify(precache),
      PEER_ROADMAP_BUILD: JSON.stringify(build),
      PEER_ROADMAP_PAGES: JSON.stringify(Object.values(LANGUAGE_PAGES)),
    },
  });
  writeFileSync(join(dir, WORKER), code);
  return { precache, build };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || "dist";
  const { precache, build } = writeServiceWorker(dir);
  console.log(`service-worker: ${join(dir, WORKER)} precaches ${precache.length} files (build ${build})`);
}
