// Valid HTML, checked by the Nu Html Checker (vnu.jar, npm package vnu-jar, pinned; it runs on
// Java, which `make test-e2e` installs where missing): the pages the build ships, and the DOM a
// reader has once the code has run — the standalone page after a deep link in each language, the
// iframe page with its shadow root, and an embedded instance's shadow root on a partner page.
// Any error fails the test, with the checker's message, line and extract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, useSite, openPage, ready } from "./fixture.mjs";

const VNU = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const SHIPPED = ["index.html", "index.fr.html", "frame.html", "frame.fr.html", "editor.html"];

/** The checker's errors for `files`: one line each, "file:line: message (extract)". */
function errors(files) {
  let out;
  try {
    out = execFileSync("java", ["-jar", VNU, "--format", "json", "--stdout", "--exit-zero-always", ...files], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    throw new Error(`the Nu Html Checker did not run (java -jar ${VNU}): ${e.message}`);
  }
  const { messages } = JSON.parse(out);
  return messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => `${m.url.split("/").pop()}:${m.lastLine ?? "?"}: ${m.message} (${(m.extract ?? "").trim().slice(0, 120)})`);
}

/** A document around an element's shadow root, as the reader's DOM has it. */
const around = (lang, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>shadow root</title></head><body>${body}</body></html>`;

test("the shipped pages are valid HTML", () => {
  assert.deepEqual(errors(SHIPPED.map((f) => join(DIST, f))), []);
});

const ctx = useSite();

test("the DOM a reader has once the code has run is valid HTML: page, deep link, iframe, embed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "peer-roadmap-vnu-"));
  const write = (name, html) => {
    writeFileSync(join(dir, name), html);
    return join(dir, name);
  };
  const files = [];
  try {
    const { page, context, log } = await openPage(ctx, null);
    const doctype = "<!doctype html>";
    for (const [name, path] of [
      ["page-en.html", "index.html#item=peer-support"],
      ["page-fr.html", "index.fr.html#lang=fr&item=navigator&formality=formal&bases=lived-experience&roles=advocate&step=navigation-harlem"],
    ]) {
      await page.goto(ctx.url + path);
      await ready(page);
      await page.waitForSelector("#peer-roadmap-page details[open]");
      files.push(write(name, doctype + (await page.evaluate(() => document.documentElement.outerHTML))));
    }
    // The iframe page: its element's shadow root serialised as the declarative one it came from.
    await page.goto(`${ctx.url}frame.html?lang=fr`);
    await ready(page, "peer-roadmap[data-ready]");
    files.push(write("frame.html", doctype + (await page.evaluate(() => {
      const el = document.querySelector("peer-roadmap");
      return document.documentElement.getHTML({ shadowRoots: [el.shadowRoot] });
    }))));
    // An embedded instance on a partner page (the demo), once hydrated.
    await page.goto(`${ctx.url}demo/partner.html`);
    await ready(page, "peer-roadmap[data-ready]");
    const shadow = await page.evaluate(() => document.querySelector("peer-roadmap").shadowRoot.innerHTML);
    files.push(write("embed.html", around("en", shadow)));
    assert.deepEqual(log.errors, []);
    await context.close();
    assert.deepEqual(errors(files), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
