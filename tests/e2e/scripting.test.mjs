// End-to-end: the element's scripting API, as a partner's script uses it — the `content`
// property, the read-only `state`, `reset()` and the `peer-roadmap-change` event — against the
// release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { item, openPage, ready, until, useSite } from "./fixture.mjs";

const ctx = useSite();
const FR = JSON.parse(readFileSync(new URL("../../src/content/fr.json", import.meta.url), "utf8"));
const EN = JSON.parse(readFileSync(new URL("../../src/content/en.json", import.meta.url), "utf8"));

/** A blank host page with one `<peer-roadmap id="w">`, its change events recorded in `window.changes`. */
async function widget(attributes = "") {
  const opened = await openPage(ctx, "demo/blank.html");
  await opened.page.evaluate((attributes) => {
    window.changes = [];
    // On the document: the event bubbles and crosses the shadow boundary.
    document.addEventListener("peer-roadmap-change", (e) => window.changes.push({ target: e.target.id, composed: e.composed, detail: e.detail }));
    document.getElementById("stage").innerHTML = `<peer-roadmap id="w" ${attributes}></peer-roadmap>`;
  }, attributes);
  await ready(opened.page, "#w[data-ready]");
  return opened;
}

const state = (page) => page.evaluate(() => document.getElementById("w").state);
const changes = (page) => page.evaluate(() => window.changes);
const title = (page) => page.locator("#w").getByRole("heading", { level: 2 }).first().innerText();

test("state and peer-roadmap-change follow what the reader does", async () => {
  const { page, context, log } = await widget();
  assert.deepEqual(await state(page), {
    lang: "en",
    selected: null,
    answers: { formality: null, bases: [], roles: [] },
    step: "peer-led-groups",
  });
  assert.deepEqual(await changes(page), [], "no event for the first render");

  const w = page.locator("#w");
  await item(w, "Navigate services").click();
  await until(page, () => window.changes.length === 1, "an event after a selection");
  let [first] = await changes(page);
  assert.equal(first.target, "w");
  assert.equal(first.composed, true);
  assert.equal(first.detail.selected, "navigate-services");

  const profile = w.getByRole("region", { name: "Find your way" });
  await profile.getByRole("radio", { name: "Formal", exact: true }).check();
  await profile.getByRole("checkbox", { name: "Lived experience", exact: true }).check();
  await w.getByRole("button", { name: "Next", exact: true }).click();
  await w.getByRole("button", { name: "Français", exact: true }).click();
  await until(page, () => window.changes.length === 5, "one event per change");
  const last = (await changes(page)).at(-1).detail;
  assert.deepEqual(last, {
    lang: "fr",
    selected: "citizen-mobilization",
    answers: { formality: "formal", bases: ["lived-experience"], roles: [] },
    step: "citizen-mobilization",
  });
  assert.deepEqual(await state(page), last, "state is the last event's detail");
  // The detail is a plain object: the host may keep or change it without touching the widget.
  await page.evaluate(() => { document.getElementById("w").state.lang = "xx"; });
  assert.equal((await state(page)).lang, "fr");
  await page.evaluate(() => { try { document.getElementById("w").state = {}; } catch {} });
  assert.equal((await state(page)).lang, "fr", "state is read-only");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("reset() goes back to a first visit in the language the host asks for", async () => {
  const { page, context, log } = await widget('lang="fr"');
  const w = page.locator("#w");
  await w.getByRole("button", { name: "English", exact: true }).click();
  await item(w, "Self-help groups").click();
  await until(page, () => document.getElementById("w").state.selected === "self-help-groups", "the item selected");
  assert.equal(await w.locator("details[open]").count(), 1);
  await page.evaluate(() => document.getElementById("w").reset());
  await until(page, () => document.getElementById("w").state.lang === "fr", "the reset state");
  assert.deepEqual(await state(page), {
    lang: "fr",
    selected: null,
    answers: { formality: null, bases: [], roles: [] },
    step: "peer-led-groups",
  });
  await until(page, () => document.getElementById("w").shadowRoot.querySelectorAll("details[open]").length === 0, "nothing open any more");
  assert.match(await title(page), /^L’univers de l’engagement des pairs/);
  assert.equal((await changes(page)).at(-1).detail.lang, "fr", "a reset is a change too");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the content property takes custom content as an object, checked like the attribute's", async () => {
  const { page, context, log } = await widget('lang="fr"');
  const local = structuredClone(FR);
  local.intro.title = "Notre feuille de route locale";
  await page.evaluate((local) => { document.getElementById("w").content = local; }, local);
  await until(page, () => document.getElementById("w").shadowRoot.textContent.includes("Notre feuille de route locale"), "the custom title");
  assert.equal(await page.evaluate(() => document.getElementById("w").content.intro.title), "Notre feuille de route locale");
  assert.deepEqual(log.consoleErrors, []);

  // Broken content: one console.error with every problem and its path, a notice, the default roadmap.
  const broken = structuredClone(FR);
  broken.intro.title = " ";
  broken.intro.onload = "x";
  await page.evaluate((broken) => { document.getElementById("w").content = broken; }, broken);
  await until(page, () => !document.getElementById("w").shadowRoot.textContent.includes("Notre feuille de route locale"), "the default content again");
  assert.equal(log.consoleErrors.length, 1, log.consoleErrors.join("\n"));
  assert.match(log.consoleErrors[0], /content property's object was not used \(2 problem\(s\)\)[^]*\$\.intro\.onload: unknown field[^]*\$\.intro\.title: text is empty/);
  assert.equal(await page.locator("#w").getByRole("alert").count(), 1, "a visible notice");
  assert.match(await title(page), /^L’univers de l’engagement des pairs/);

  const empty = structuredClone(FR);
  empty.intro.title = " ";
  empty.about.references[0].url = "javascript:alert(1)";
  await page.evaluate((empty) => { document.getElementById("w").content = empty; }, empty);
  // Read and logged when it is set.
  assert.equal(log.consoleErrors.length, 2);
  assert.match(log.consoleErrors[1], /2 problem\(s\)[^]*\$\.intro\.title: text is empty[^]*\$\.about\.references\[0\]\.url: link "javascript:alert\(1\)"/);

  // null goes back to the attribute (here none): the notice leaves, the widget still works.
  await page.evaluate(() => { document.getElementById("w").content = null; });
  await until(page, () => !document.getElementById("w").shadowRoot.querySelector("[role=alert]"), "no notice");
  assert.equal(await page.evaluate(() => document.getElementById("w").content), null);
  for (const bad of ["42", "'text'", "[]", "{}"]) await page.evaluate(`document.getElementById("w").content = ${bad}`);
  assert.equal(log.consoleErrors.length, 6, "each bad object is reported once");
  await page.locator("#w").getByRole("button", { name: "English", exact: true }).click();
  assert.match(await title(page), /^The world of peers' engagement in care/);
  assert.deepEqual(log.errors, [], "nothing thrown, nothing broken");
  await context.close();
});

test("content set before the element is connected is used for its first render", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  const local = structuredClone(FR);
  local.intro.title = "Feuille de route du quartier";
  await page.evaluate(async (local) => {
    await customElements.whenDefined("peer-roadmap");
    const el = document.createElement("peer-roadmap");
    el.id = "w";
    el.lang = "fr";
    el.content = local;
    document.getElementById("stage").append(el);
  }, local);
  await ready(page, "#w[data-ready]");
  assert.match(await title(page), /^Feuille de route du quartier/);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("content given to an element before the widget's code has loaded is not lost", async () => {
  const { page, context, log } = await openPage(ctx, null);
  const local = structuredClone(FR);
  local.intro.title = "Feuille de route avant le chargement";
  // Runs before the page's scripts: embed.js has not defined the element yet, so the property
  // lands on a plain element and must be taken over when the element is defined; the element is
  // then defined but the code (held back) is not there: what was set must reach it.
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => { await gate; await route.continue(); });
  await context.addInitScript((local) => {
    window.definedFirst = Boolean(customElements.get("peer-roadmap"));
    const el = document.createElement("peer-roadmap");
    el.id = "w";
    el.setAttribute("lang", "fr");
    el.content = local;
    document.addEventListener("DOMContentLoaded", () => document.getElementById("stage").append(el));
  }, local);
  await page.goto(ctx.url + "demo/blank.html");
  await until(page, () => customElements.get("peer-roadmap") !== undefined, "the element is defined");
  assert.equal(await page.evaluate(() => document.getElementById("w").content.intro.title), local.intro.title, "kept until the code comes");
  release();
  await ready(page, "#w[data-ready]");
  assert.equal(await page.evaluate(() => window.definedFirst), false, "the element was made before its definition");
  assert.match(await title(page), /^Feuille de route avant le chargement/);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("content that is not plain data, or a script's id given as the property, is handled like the attribute", async () => {
  const { page, context, log } = await widget();
  // A getter that throws, and a revoked proxy: one error each, the default roadmap, no exception.
  await page.evaluate(() => { document.getElementById("w").content = { get lang() { throw new Error("no"); } }; });
  await page.evaluate(() => { const p = Proxy.revocable({}, {}); p.revoke(); document.getElementById("w").content = p.proxy; });
  assert.equal(log.consoleErrors.length, 2, log.consoleErrors.join("\n"));
  for (const e of log.consoleErrors) assert.match(e, /content property's object was not used \(1 problem\(s\)\)[^]*\$: not plain data: /);
  assert.equal(await page.locator("#w").getByRole("alert").count(), 1);
  assert.equal(await page.evaluate(() => document.getElementById("w").content), null);

  // React and Vue set properties: a string is the id of a JSON script, as for the attribute.
  const local = structuredClone(EN);
  local.intro.title = "A roadmap from a script";
  await page.evaluate((local) => {
    const script = Object.assign(document.createElement("script"), { type: "application/json", id: "local", textContent: JSON.stringify(local) });
    document.body.append(script);
    document.getElementById("w").content = "local";
  }, local);
  await until(page, () => document.getElementById("w").shadowRoot.textContent.includes("A roadmap from a script"), "the script's content");
  assert.equal(await page.evaluate(() => document.getElementById("w").getAttribute("content")), "local");
  assert.equal(await page.locator("#w").getByRole("alert").count(), 0, "the notice is gone");
  assert.deepEqual(log.errors, []);
  await context.close();
});
