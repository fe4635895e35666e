// The files a first visit loads, in one place: the build writes the standalone page's tags and
// the service worker's precache list from it, and tests/e2e/budget.test.mjs weighs it. Also the
// one place where content hashes are computed (the worker's revisions, the page's integrity).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * What the standalone page names besides the build's code: the page, its icon and its two
 * stylesheets. Not the manifest and its install icons (the browser reads them when a reader
 * installs the app) nor the embedding files (embed.js, frame.html): a first visit downloads only
 * what it shows.
 */
export const PAGE_FILES = ["index.html", "icon.svg", "page.css", "peer-roadmap.css"];
/**
 * The standalone page in each shipped language (prerendered by the build; index.html is the
 * English one and the default). A first visit loads one; the service worker precaches the
 * others after it, so that a reader offline can still open a link in another language.
 */
export const LANGUAGE_PAGES = { en: "index.html", fr: "index.fr.html" };
/** The iframe page in each shipped language (not part of the standalone page's visit). */
export const FRAME_PAGES = { en: "frame.html", fr: "frame.fr.html" };
/** What the standalone page names but only the browser's install prompt reads. */
export const INSTALL_FILES = ["manifest.webmanifest", "icon-192.png", "icon-512.png"];
/** The service worker: downloaded on a first visit, never precached. */
export const WORKER = "sw.js";
/**
 * What an embedding page loads besides the code: embed.js alone, which carries the stylesheet
 * and the prerendered roadmap in every shipped language.
 */
export const EMBED_FILES = ["embed.js"];

/** The wasm-bindgen output in `dir`: the glue, the wasm and the glue's snippets ("/" paths). */
export function codeFiles(dir) {
  const names = readdirSync(dir);
  const glue = names.filter((f) => /^peer-roadmap-[0-9a-f]+\.js$/.test(f));
  const wasm = names.filter((f) => /^peer-roadmap-[0-9a-f]+_bg\.wasm$/.test(f));
  if (glue.length !== 1 || wasm.length !== 1) {
    throw new Error(`expected one wasm-bindgen glue and one wasm in ${dir}, found: ${[...glue, ...wasm].join(", ") || "none"}`);
  }
  const snippetDir = join(dir, "snippets");
  const snippets = existsSync(snippetDir)
    ? walk(snippetDir).filter((p) => p.endsWith(".js")).map((p) => relative(dir, p).split(sep).join("/")).sort()
    : [];
  return { glue: glue[0], wasm: wasm[0], snippets };
}

/**
 * Everything a first visit loads from `dir`: `page` (the standalone page, service worker
 * included), `offline` (what the worker precaches: the page's files without the worker, and the
 * page in the other languages) and `embed` (embed.js and what it loads).
 */
export function firstVisit(dir) {
  const { glue, wasm, snippets } = codeFiles(dir);
  const code = [glue, wasm, ...snippets];
  const visit = [...PAGE_FILES, ...code];
  const otherPages = Object.values(LANGUAGE_PAGES).filter((p) => !PAGE_FILES.includes(p));
  return { offline: [...visit, ...otherPages], page: [...visit, WORKER], embed: [...EMBED_FILES, ...code] };
}

/** The first 16 hex digits of a file's SHA-256: the service worker's revision of it. */
export const revision = (dir, file) => createHash("sha256").update(readFileSync(join(dir, file))).digest("hex").slice(0, 16);

/** A file's subresource-integrity value (sha384, as Trunk used to write). */
export const integrity = (dir, file) => `sha384-${createHash("sha384").update(readFileSync(join(dir, file))).digest("base64")}`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A build's id: the first 16 hex digits of the SHA-256 of its [file, revision] list. */
export const buildId = (revisions) => createHash("sha256").update(JSON.stringify(revisions)).digest("hex").slice(0, 16);
