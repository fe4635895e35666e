// Byte budget (deterministic, so a test): everything the standalone page needs on a first visit,
// and everything the embed loads, each ≤ 120 KB brotli. Prints the figure per file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST } from "./fixture.mjs";

/** 120 KB read strictly, as 120,000 bytes (not 120 KiB = 122,880). */
const BUDGET = 120_000;

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

/** The same-origin files an HTML page references (links, scripts, preloads). */
function referenced(html) {
  return [...html.matchAll(/(?:href|src)="\.?\/?([^"#?:]+)"/g)].map((m) => m[1]).filter((f) => !f.endsWith(".html"));
}

const snippets = () => {
  const dir = readdirSync(`${DIST}snippets`)[0];
  return readdirSync(`${DIST}snippets/${dir}`).map((f) => `snippets/${dir}/${f}`);
};

test("the standalone page's first visit is at most 120 KB brotli", () => {
  const html = readFileSync(`${DIST}index.html`, "utf8");
  const files = [...new Set(["index.html", ...referenced(html).filter((f) => !f.endsWith(".png") && !f.endsWith(".webmanifest") && !f.endsWith(".svg")), ...snippets()])];
  assert.ok(files.some((f) => f.endsWith(".wasm")) && files.some((f) => f.endsWith(".css")), `found ${files}`);
  const total = report("standalone page (first visit)", files);
  assert.ok(total <= BUDGET, `${total} B brotli is over the ${BUDGET} B budget`);
});

test("the embed (embed.js and what it loads) is at most 120 KB brotli", () => {
  const embed = readFileSync(`${DIST}embed.js`, "utf8");
  const glue = embed.match(/from "\.\/([^"]+\.js)"/)[1];
  const wasm = embed.match(/here\("\.\/([^"]+\.wasm)"\)/)[1];
  const total = report("embed", ["embed.js", glue, wasm, "peer-roadmap.css", ...snippets()]);
  assert.ok(total <= BUDGET, `${total} B brotli is over the ${BUDGET} B budget`);
});
