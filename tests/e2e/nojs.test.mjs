// Without JavaScript: the build's prerendered pages (dist/index.html, index.fr.html, frame.html,
// frame.fr.html) read in Chromium with scripting off. Every section is there, every item's
// details open by clicking its summary, every milestone and both DOI links are readable, the
// map's stops lead to their sections, and no control that needs the script is shown. The iframe
// page is read from the copy of its roadmap in the document (its <noscript>): the element, whose
// declarative shadow root holds the one the code hydrates, is hidden.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";
import { DIST } from "./fixture.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LANGS = ["en", "fr"];
const KINDS = ["page", "frame"];
const content = (lang) => JSON.parse(readFileSync(join(ROOT, `src/content/${lang}.json`), "utf8"));

/** The build's page for each kind and language. */
const FILES = { "page-en": "index.html", "page-fr": "index.fr.html", "frame-en": "frame.html", "frame-fr": "frame.fr.html" };

const ctx = {};
before(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is missing: run `make dist` first");
  ctx.site = await serve(DIST, { mounts: {} });
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await ctx.site?.close();
});

async function open(name, width = 1280, options = {}) {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(ctx.site.url + FILES[name.replace(/\.html$/, "")]);
  return { page, context };
}

/** What a reader can see of every element matching `selector`: its text, if it is shown. */
const shownTexts = (page, selector) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].filter((el) => el.checkVisibility()).map((el) => el.textContent.trim()), selector);

/** How many of the elements `locator` finds are shown. */
const shownCount = (locator) => locator.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

/** Each item's label and the texts its details hold. */
function items(c) {
  return [
    ...c.terms.items.map((t) => [t.label, [c.ui.term_detail]]),
    ...c.formality.options.map((o) => [o.label, o.characteristics.map((ch) => ch.text)]),
    ...c.bases.items.map((b) => [b.label, [b.description, b.effect]]),
    ...c.roles.items.map((r) => [r.label, [r.description]]),
  ];
}

for (const lang of LANGS) {
  for (const kind of KINDS) {
    test(`without JavaScript (${kind}, ${lang}): every section, milestone and reference is readable`, async () => {
      const c = content(lang);
      const { page, context } = await open(`${kind}-${lang}.html`);
      assert.equal(await page.evaluate(() => matchMedia("(scripting: none)").matches), true, "scripting is off");
      for (const heading of [c.intro.title, c.terms.heading, c.formality.question, c.bases.question, c.roles.heading, c.history.heading, c.case_study.heading, c.about.heading]) {
        assert.ok(await page.getByRole("heading", { name: heading, exact: true }).isVisible(), `the heading ${heading}`);
      }
      for (const m of c.history.milestones) {
        for (const text of [m.title, m.text]) {
          assert.equal(await shownCount(page.getByText(text, { exact: true })), 1, `milestone ${m.id}: ${text}, shown once`);
        }
      }
      const links = await page.getByRole("link").evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.href));
      for (const r of c.about.references) {
        assert.match(r.url, /^https:\/\/doi\.org\/10\./);
        assert.ok(links.includes(r.url), `a visible link to ${r.url}`);
      }
      await context.close();
    });

    test(`without JavaScript (${kind}, ${lang}): every item's details open from its summary`, async () => {
      const c = content(lang);
      const { page, context } = await open(`${kind}-${lang}.html`);
      for (const [label, texts] of items(c)) {
        // Shown ones only: the iframe page's hidden element holds a second copy.
        const summary = page.locator("summary:visible").filter({ has: page.getByText(label, { exact: true }) });
        assert.equal(await summary.count(), 1, `one summary for ${label}`);
        const details = page.locator("details").filter({ has: summary });
        const detailText = details.locator(".pr-detail");
        assert.equal(await detailText.isVisible(), false, `${label} starts closed`);
        await summary.click();
        assert.ok(await detailText.isVisible(), `${label} opens`);
        const shown = await detailText.innerText();
        for (const text of texts) assert.ok(shown.replace(/\s+/g, " ").includes(text.replace(/\s+/g, " ")), `${label}: ${text}`);
        await summary.press("Enter");
        assert.equal(await detailText.isVisible(), false, `${label} closes again from the keyboard`);
      }
      assert.equal(await page.locator(".pr-items > li:visible").count(), 16);
      await context.close();
    });

    test(`without JavaScript (${kind}, ${lang}): no control that needs the script is shown`, async () => {
      const { page, context } = await open(`${kind}-${lang}.html`);
      assert.ok((await page.locator("button").count()) > 0, "the HTML has the script's buttons");
      assert.deepEqual(await shownTexts(page, "button, [role=button], input, select, textarea"), [], "none of them is shown");
      await context.close();
    });
  }
}

test("without JavaScript: the map's stops are links to their sections, on the drawing that fits (page and iframe page)", async () => {
  for (const [name, lang] of [["page-en", "en"], ["page-fr", "fr"], ["frame-en", "en"], ["frame-fr", "fr"]]) {
    const c = content(lang);
    for (const [width, shown] of [[1280, "pr-map-wide"], [360, "pr-map-tall"]]) {
      const at = `${name} at ${width} px`;
      const { page, context } = await open(`${name}.html`, width);
      // In the document itself, where a fragment link can reach (not in a shadow root).
      const drawings = await page.evaluate(() => [...document.querySelectorAll("svg.pr-map")].filter((s) => s.checkVisibility()).map((s) => s.classList[1]));
      assert.deepEqual(drawings, [shown], at);
      const stop = page.locator(`svg.${shown}:visible`).getByRole("link", { name: new RegExp(`^3 ${c.bases.nav}`) });
      await stop.click();
      assert.equal(new URL(page.url()).hash, "#pr-sec-bases", at);
      const top = await page.evaluate(() => document.getElementById("pr-sec-bases").getBoundingClientRect().top);
      assert.ok(top >= -1 && top < 900, `${at}: the section is scrolled into view (top at ${top})`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, `${at}: no sideways scroll`);
      await context.close();
    }
  }
});

// axe needs timers, which do not run with scripting off; so it reads the same page with scripting
// on but the code held back (the prerendered HTML, never hydrated), what its <noscript> elements
// hold parsed in their place and the stylesheets' `(scripting: none)` rules applied as they are,
// unconditionally: what a reader without JavaScript gets.
const asWithoutScripting = (page) =>
  page.evaluate(() => {
    // What <noscript> holds is then part of the page (the iframe page's copy of the roadmap).
    for (const hidden of document.querySelectorAll("noscript")) {
      const parsed = document.createElement("template");
      parsed.innerHTML = hidden.textContent;
      hidden.replaceWith(parsed.content);
    }
    for (const sheet of document.styleSheets) {
      for (const rule of [...sheet.cssRules]) {
        if (rule instanceof CSSMediaRule && /scripting:\s*none/.test(rule.conditionText)) {
          for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
        }
      }
    }
  });

for (const scheme of ["light", "dark"]) {
  test(`without JavaScript: axe finds no violations (${scheme}), closed and with an item open`, async () => {
    const found = [];
    for (const lang of LANGS) {
      for (const kind of KINDS) {
        const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.route("**/*.wasm", () => {}); // never answered: the code never starts
        await page.goto(`${ctx.site.url}${FILES[`${kind}-${lang}`]}`);
        assert.equal(await page.locator("[data-ready]").count(), 0, "the code has not started");
        await asWithoutScripting(page);
        assert.deepEqual(await shownTexts(page, "button, input"), [], "the page looks as without JavaScript");
        await page.addScriptTag({ content: AXE });
        const run = () => page.evaluate(async (tags) => {
          const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
          return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        }, AXE_TAGS);
        for (const v of await run()) found.push(`[${kind} ${lang}] ${v}`);
        await page.locator("summary:visible").nth(7).click();
        for (const v of await run()) found.push(`[${kind} ${lang}, an item open] ${v}`);
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
}
