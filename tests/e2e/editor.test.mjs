// End-to-end: the editor page (editor.html) of the release build, as a partner uses it — edit a
// field and see the preview change, break a link and see the error at its path, export and
// re-import the same document, bad files refused without losing anything, work kept across a
// reload and discarded on request, the snippet working when pasted into a page, keyboard and
// axe, offline once opened — and the widget's first visit unchanged by the editor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { DIST, openPage, until, useSite } from "./fixture.mjs";
import { firstVisit } from "../../tools/first-visit.mjs";

const ctx = useSite();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The editor, loaded (its words in `locale`'s language), with a fresh storage. */
async function openEditor(options = {}) {
  const opened = await openPage(ctx, "editor.html", { locale: "en-US", acceptDownloads: true, ...options });
  await opened.page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  await opened.page.getByRole("region", { name: /^(Preview|Aperçu)$/ }).locator(".pr-root").waitFor();
  return opened;
}

const preview = (page) => page.getByRole("region", { name: "Preview" });
const problems = (page) => page.getByRole("region", { name: "Problems" });
const field = (page, path) => page.getByLabel(path, { exact: true });

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }, TAGS);
}

/** The document the editor exports, downloaded as a partner does. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the JSON file" }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** Chooses a file in the import control. */
async function importFile(page, name, buffer) {
  await page.locator("#ed-import").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(buffer) });
}

const status = (page) => page.getByRole("region", { name: "1. Start" }).getByRole("status");

test("every text is a field with its original beside it; an edit changes the preview", async () => {
  const { page, context, log } = await openEditor();
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Translate the roadmap");
  const title = field(page, "intro.title");
  assert.equal(await title.inputValue(), "The world of peers' engagement in care");
  // The original is the field's description, marked with its language.
  const source = page.locator(`#${await title.getAttribute("aria-describedby")}`);
  assert.match(await source.innerText(), /The world of peers' engagement in care/);
  assert.equal(await source.locator("[lang=en]").count(), 1);
  assert.ok((await page.locator("textarea.ed-input").count()) > 100, "every text has a field");
  await title.fill("El mundo del compromiso de los pares");
  await preview(page).getByRole("heading", { name: "El mundo del compromiso de los pares" }).waitFor();
  assert.match(await page.locator(".ed-progress").innerText(), /^119 of 120 texts/);
  assert.equal(await problems(page).locator(".ed-ok").innerText(), "No problem: the widget will use this content.");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(ctx.url)), [], "no request leaves the folder");
  await context.close();
});

test("a broken link is reported at its path, on its field, and the preview keeps the last valid version", async () => {
  const { page, context } = await openEditor();
  await field(page, "intro.title").fill("Título válido");
  await preview(page).getByRole("heading", { name: "Título válido" }).waitFor();
  const url = field(page, "about.references[0].url");
  await url.fill("javascript:alert(1)");
  const message = '$.about.references[0].url: link "javascript:alert(1)" is not an https: or mailto: address';
  await problems(page).getByText(message).waitFor();
  assert.match(await problems(page).innerText(), /1 problem: the widget would not use this content yet/);
  assert.equal(await url.getAttribute("aria-invalid"), "true");
  // The field's own description says what is wrong.
  const described = await url.evaluate((el) => el.getAttribute("aria-describedby").split(" ").map((id) => document.getElementById(id).innerText).join(" "));
  assert.ok(described.includes(message), described);
  // The preview is the last valid one, and says so.
  await preview(page).getByText("The preview shows the last valid version: fix the problems to update it.").waitFor();
  assert.ok(await preview(page).getByRole("heading", { name: "Título válido" }).isVisible());
  // "Go to the field" takes the keyboard there.
  await problems(page).getByRole("link", { name: "Go to the field" }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), await url.getAttribute("id"));
  // Fixed, the problem goes and the preview follows again.
  await url.fill("https://doi.org/10.1111/hex.14034");
  await problems(page).getByText("No problem: the widget will use this content.").waitFor();
  await context.close();
});

test("export, discard, re-import: the same document comes back", async () => {
  const { page, context } = await openEditor();
  await field(page, "intro.title").fill("Mi hoja de ruta </script> «\u00a0prueba\u00a0»");
  await field(page, "roles.items[0].label").fill("Crear vínculos");
  const first = await download(page);
  assert.equal(first.name, "peer-roadmap.en.json");
  const doc = JSON.parse(first.text);
  assert.equal(doc.intro.title, "Mi hoja de ruta </script> «\u00a0prueba\u00a0»");
  assert.equal(doc.roles.items[0].label, "Crear vínculos");
  page.removeAllListeners("dialog");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Discard my changes" }).click();
  await status(page).getByText("Your changes are discarded").waitFor();
  assert.equal(await field(page, "intro.title").inputValue(), "The world of peers' engagement in care");
  await importFile(page, first.name, first.text);
  await status(page).getByText("peer-roadmap.en.json is imported.").waitFor();
  assert.equal(await field(page, "intro.title").inputValue(), doc.intro.title);
  await preview(page).getByRole("heading", { name: doc.intro.title }).waitFor();
  const again = await download(page);
  assert.equal(again.text, first.text, "the same document, byte for byte");
  await context.close();
});

test("bad files are refused with a clear message and nothing typed is lost", async () => {
  const { page, context } = await openEditor();
  await field(page, "intro.title").fill("Mi trabajo");
  const cases = [
    ["notes.json", "this is not JSON {", /^notes\.json is not a JSON file \(.+\)\. Nothing was changed: your work is as it was\.$/],
    ["list.json", "[1, 2, 3]", /^list\.json is not roadmap content: it does not hold a JSON object\. Nothing was changed/],
    ["other.json", JSON.stringify({ lang: "es", ui: { print: "Imprimir" } }), /^other\.json is not roadmap content: no text at \$\.ui\.language_switch, \$\.ui\.language_switch_lang, \$\.ui\.language_name \(\+\d+\)\. Nothing was changed/],
    ["huge.json", Buffer.alloc(10 * 1024 * 1024, 32), /^huge\.json is 10485760 bytes: the editor reads files of at most 1048576 bytes\. Nothing was changed/],
  ];
  for (const [name, content, expected] of cases) {
    await importFile(page, name, content);
    await page.locator(".ed-notice-error", { hasText: `${name} ` }).waitFor();
    const text = await status(page).innerText();
    assert.match(text, expected, name);
    assert.equal(await field(page, "intro.title").inputValue(), "Mi trabajo", `${name}: the work is kept`);
  }
  await preview(page).getByRole("heading", { name: "Mi trabajo" }).waitFor();
  await context.close();
});

test("work in progress survives a reload; discarding asks first, then forgets it", async () => {
  const { page, context } = await openEditor();
  await field(page, "intro.subtitle").fill("¿Cómo orientarse?");
  // Saved as it is typed (an effect after the render): reloaded once it is in storage.
  await until(page, () => (localStorage.getItem(`peer-roadmap-editor:${location.pathname}`) || "").includes("orientarse"), "the work saved");
  await page.reload();
  await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  assert.equal(await field(page, "intro.subtitle").inputValue(), "¿Cómo orientarse?");
  await status(page).getByText("Your work in progress is back, as you left it.").waitFor();
  // Declined: nothing changes.
  page.removeAllListeners("dialog");
  const asked = [];
  page.once("dialog", (d) => { asked.push(d.message()); d.dismiss(); });
  await page.getByRole("button", { name: "Discard my changes" }).click();
  assert.deepEqual(asked, ["Discard every change and start again from the original texts? This cannot be undone."]);
  assert.equal(await field(page, "intro.subtitle").inputValue(), "¿Cómo orientarse?");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Discard my changes" }).click();
  await status(page).getByText("Your changes are discarded").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem(`peer-roadmap-editor:${location.pathname}`)), null);
  await page.reload();
  await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  assert.equal(await field(page, "intro.subtitle").inputValue(), "How to find our way around?");
  await context.close();
});

test("saved work that cannot be read is said, and the editor starts from the original", async () => {
  const { page, context, log } = await openEditor();
  await page.evaluate(() => localStorage.setItem(`peer-roadmap-editor:${location.pathname}`, '{"format":"peer-roadmap-editor/1","document":'));
  await page.reload();
  await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  await status(page).getByText("The work saved in this browser could not be read").waitFor();
  assert.equal(await field(page, "intro.title").inputValue(), "The world of peers' engagement in care");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the snippet, copied and pasted into a page, shows the edited roadmap", async () => {
  const { page, context } = await openEditor();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.url });
  await field(page, "intro.title").fill("Our roadmap </script><b>not bold</b>");
  const snippet = await page.getByLabel("Snippet to paste into your page").inputValue();
  assert.match(snippet, /^<script type="application\/json" id="peer-roadmap-en">\{.*\}<\/script>\n<peer-roadmap lang="en" content="peer-roadmap-en"><\/peer-roadmap>\n$/s);
  assert.ok(snippet.includes("\\u003c/script>"), "the < in the text is escaped");
  await page.getByRole("button", { name: "Copy the snippet" }).click();
  await page.getByText("The snippet is copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  // Pasted into a partner's page, after the script that loads embed.js.
  await page.route(`${ctx.url}partner-test.html`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Partner</title><script type="module" src="embed.js"></script>${snippet}` }),
  );
  await page.goto(`${ctx.url}partner-test.html`);
  await page.locator("peer-roadmap[data-ready]").waitFor({ state: "attached" });
  assert.equal(await page.locator("peer-roadmap").getByRole("heading", { level: 2 }).first().innerText(), "Our roadmap </script><b>not bold</b>");
  await context.close();
});

test("the editor's words switch between English and French; the inputs carry the translation's language", async () => {
  const { page, context } = await openEditor({ locale: "fr-CA" });
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Traduire la feuille de route");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  assert.equal(await page.getByLabel("Langue de départ").inputValue(), "fr", "starts from French");
  await page.getByLabel("Langue de votre traduction").fill("en");
  assert.equal(await page.getByLabel("intro.title", { exact: true }).getAttribute("lang"), "en");
  await page.getByLabel("Langue de votre traduction").fill("not a tag!");
  assert.equal(await page.getByLabel("intro.title", { exact: true }).getAttribute("lang"), null, "no invalid lang attribute");
  assert.equal(await page.getByLabel("Langue de votre traduction").getAttribute("aria-invalid"), "true");
  await page.locator(".ed-header").getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Translate the roadmap" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await context.close();
});

test("keyboard: the skip link leads to the preview, every control is reachable", async () => {
  const { page, context } = await openEditor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.innerText), "Skip to the preview");
  await page.keyboard.press("Enter");
  await until(page, () => location.hash === "#ed-preview", "the preview reached");
  // Tab from the start reaches the switch, the languages, the file, discard, then the fields.
  await page.goto(`${ctx.url}editor.html`);
  await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  const order = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.innerText));
  }
  assert.deepEqual(order, ["Skip to the preview", "Français", "ed-source", "ed-target", "ed-import", "Discard my changes", "ed-f-ui-language_switch"]);
  await context.close();
});

test("axe: no violations in the editor, in English and French, with and without problems", async () => {
  for (const locale of ["en-US", "fr-CA"]) {
    const { page, context } = await openEditor({ locale });
    assert.deepEqual(await axe(page), [], `${locale}, valid`);
    await page.locator("#ed-f-about-references-0-url").fill("http://insecure.example");
    await page.locator("#ed-f-intro-title").fill("");
    await page.locator(".ed-problems-some").waitFor();
    await importFile(page, "x.json", "nope");
    await page.locator(".ed-notice-error").waitFor();
    assert.deepEqual(await axe(page), [], `${locale}, with problems`);
    await context.close();
  }
});

test("the editor works offline once opened", async () => {
  const { page, context } = await openEditor();
  await field(page, "intro.title").fill("Sin conexión");
  await until(page, () => (localStorage.getItem(`peer-roadmap-editor:${location.pathname}`) || "").includes("Sin conexi"), "the work saved");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${ctx.url}editor`);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
  assert.equal(await field(page, "intro.title").inputValue(), "Sin conexión");
  await preview(page).getByRole("heading", { name: "Sin conexión" }).waitFor();
  await context.close();
});

test("the widget's first visit is unchanged by the editor: no editor file listed, named, precached or fetched", async () => {
  const editorFile = (f) => /^editor|(^|\/)peer-roadmap-editor/.test(f);
  const { page: pageFiles, embed } = firstVisit(DIST);
  assert.deepEqual([...pageFiles, ...embed].filter(editorFile), []);
  const index = readFileSync(`${DIST}index.html`, "utf8");
  const sw = readFileSync(`${DIST}sw.js`, "utf8");
  assert.ok(!/editor/.test(index), "index.html does not name the editor");
  assert.ok(!/editor/.test(sw), "sw.js does not precache the editor");
  // Not a byte of the editor in the widget's code: none of its words.
  const wasm = readdirSync(DIST).find((f) => /^peer-roadmap-[0-9a-f]+_bg\.wasm$/.test(f));
  const bytes = readFileSync(DIST + wasm).toString("latin1");
  for (const word of ["Discard my changes", "peer-roadmap-editor/1"]) {
    assert.ok(!bytes.includes(word), `the widget's wasm holds "${word}"`);
  }
  assert.ok(readFileSync(`${DIST}editor/${readdirSync(`${DIST}editor`).find((f) => f.endsWith(".wasm"))}`).toString("latin1").includes("Discard my changes"));
  const { page, context, log } = await openPage(ctx, "index.html");
  await page.waitForSelector("#peer-roadmap-page[data-ready]", { state: "attached" });
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(log.requests.map((u) => u.slice(ctx.url.length)).filter(editorFile), []);
  await context.close();
});
