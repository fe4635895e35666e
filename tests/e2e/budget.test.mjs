// Byte budget (deterministic, so a test): everything the standalone page downloads on a first
// visit, the service worker and what it precaches included, and everything the embed loads, each
// ≤ 160 KB brotli (the design card's budget, which pays for serde and serde-wasm-bindgen). Prints
// the figure per file. A browser check follows: on a real first visit the server sends no more
// than that, and no file twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST, useSite, openPage, ready } from "./fixture.mjs";
import { LANGUAGE_PAGES, firstVisit } from "../../tools/first-visit.mjs";

/** 160 KB read strictly, as 160,000 bytes (not 160 KiB = 163,840). The aim stays near 140 KB. */
const BUDGET = 160_000;

const brotli = (file) =>
  brotliCompressSync(readFileSync(DIST + file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function report(name, files) {
  const rows = files.map((f) => [f, readFileSync(DIST + f).length, brotli(f)]);
  const total = rows.reduce((sum, [, , b]) => sum + b, 0);
  console.log(`\n${name}`);
  for (const [f, raw, b] of rows) console.log(`  ${f.padEnd(52)} ${String(raw).padStart(8)} B raw ${String(b).padStart(7)} B brotli`);
  console.log(`  ${"total".padEnd(52)} ${" ".repeat(15)} ${String(total).padStart(7)} B brotli (budget ${BUDGET})`);
  return total;
}

/**
 * The same-origin files an HTML page names: links, scripts, preloads, and the "./…" paths its
 * inline scripts load (the wasm, the glue). Install icons and the manifest are left to the
 * browser, which reads them when a reader installs the app.
 */
function named(html) {
  return [...html.matchAll(/(?:href|src)="([^"]+)"|"\.\/([^"]+)"/g)]
    .map((m) => (m[1] || m[2]).replace(/^\.\//, ""))
    .filter((f) => !/^[a-z]+:|^\/|^#/.test(f) && !/\.(html|png|webmanifest)$/.test(f));
}

const snippets = () => {
  const dir = readdirSync(`${DIST}snippets`)[0];
  return readdirSync(`${DIST}snippets/${dir}`).map((f) => `snippets/${dir}/${f}`);
};

/** The service worker's precache list (tools/first-visit.mjs), checked against dist/sw.js. */
const precached = () => {
  const { offline } = firstVisit(DIST);
  const sw = readFileSync(`${DIST}sw.js`, "utf8");
  assert.deepEqual(offline.filter((url) => !sw.includes(`["${url}","`)), [], "dist/sw.js precaches every file of the list");
  return offline;
};

test("the standalone page's first visit, service worker included, is at most 160 KB brotli", () => {
  const html = readFileSync(`${DIST}index.html`, "utf8");
  const page = ["index.html", ...named(html), ...snippets()];
  const files = firstVisit(DIST).page;
  assert.ok(files.some((f) => f.endsWith(".wasm")) && files.some((f) => f.endsWith(".css")) && files.includes("sw.js"), `found ${files}`);
  // Offline, the page needs every file it names; the worker holds nothing else but the page in
  // the other languages (of which it caches the one the reader opened).
  const otherPages = Object.values(LANGUAGE_PAGES).filter((p) => p !== "index.html");
  assert.deepEqual([...precached()].sort(), [...new Set([...page, ...otherPages])].filter((f) => f !== "sw.js").sort());
  const total = report("standalone page (first visit, everything included)", files);
  assert.ok(total <= BUDGET, `${total} B brotli is over the ${BUDGET} B budget`);
});

test("the embed (embed.js and what it loads) is at most 160 KB brotli", () => {
  const embed = readFileSync(`${DIST}embed.js`, "utf8");
  const glue = embed.match(/import\("\.\/([^"]+\.js)"\)/)[1];
  const wasm = embed.match(/"\.\/([^"]+\.wasm)"/)[1];
  const files = firstVisit(DIST).embed;
  // embed.js carries the stylesheet and the prerendered roadmap in both languages.
  assert.deepEqual([...files].sort(), ["embed.js", glue, wasm, ...snippets()].sort());
  const total = report("embed", files);
  assert.ok(total <= BUDGET, `${total} B brotli is over the ${BUDGET} B budget`);
});

const ctx = useSite();

test("on a real first visit the server sends each file once, and no more than the budget", async () => {
  const sent = [];
  // The folder's own address, as a shared link usually is: the page is "index.html" to the server.
  const file = (url) => new URL(url, "http://x").pathname.slice(1).replace(/^$|\/$/, (m) => `${m}index.html`);
  ctx.site.server.on("request", (req, res) => res.on("finish", () => sent.push([file(req.url), res.statusCode])));
  const { page, context } = await openPage(ctx, "");
  await ready(page);
  // The first visit ends when the service worker has precached the page and taken over.
  const state = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then((r) => r.active.state === "activated" ? "activated" :
      new Promise((resolve) => r.active.addEventListener("statechange", () => r.active.state === "activated" && resolve("activated")))),
    new Promise((resolve) => setTimeout(() => resolve("the service worker was not active after 30 s"), 30000)),
  ]));
  assert.equal(state, "activated");
  await context.close();
  const bodies = sent.filter(([, status]) => status === 200).map(([path]) => path);
  assert.ok(bodies.includes("sw.js") && bodies.some((f) => f.endsWith(".wasm")), `sent: ${bodies}`);
  const twice = bodies.filter((f, i) => bodies.indexOf(f) !== i);
  assert.deepEqual(twice, [], "a file was downloaded twice (the worker must reuse what the page loaded)");
  const total = bodies.reduce((sum, f) => sum + brotli(f), 0);
  console.log(`\nfirst visit in Chromium: ${bodies.length} files sent, ${total} B brotli; ${sent.length - bodies.length} revalidated (304)`);
  assert.ok(total <= BUDGET, `${total} B brotli is over the ${BUDGET} B budget`);
});
