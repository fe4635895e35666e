// End-to-end: languages beyond English and French (issue #15). Custom content adds a third
// language, which a reader reaches from the switch (then a list of links, each named in its own
// language), the host through the `lang` attribute, and anyone through a deep link; a
// right-to-left language is laid out mirrored (checked by geometry, not only by the attribute),
// and a host page's dir="rtl" leaves an English instance left to right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { openPage, until, useSite } from "./fixture.mjs";
import { ES, arabicTestContent, stage } from "./languages.mjs";

const ctx = useSite();
const AR = arabicTestContent();

/** Geometry of what a person sees in the widget `#w`: centres of the stop signs, text edges. */
const geometry = (page, map = ".pr-map-wide") =>
  page.locator("#w").evaluate((el, map) => {
    const root = el.shadowRoot;
    const rect = (e) => e.getBoundingClientRect();
    const textRect = (e) => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect(); };
    const svg = root.querySelector(map);
    const box = (e) => { const r = e instanceof Element ? rect(e) : e; return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    const header = root.querySelector(".pr-header");
    const cs = getComputedStyle(header);
    return {
      direction: getComputedStyle(root.querySelector("article.pr-root")).direction,
      stops: [...svg.querySelectorAll(".pr-stop-circle")].map((c) => { const r = rect(c); return r.left + r.width / 2; }),
      labels: [...svg.querySelectorAll(".pr-stop-label")].map(box),
      svg: box(svg),
      title: box(textRect(root.querySelector(".pr-title"))),
      header: { left: rect(header).left + parseFloat(cs.paddingLeft), right: rect(header).right - parseFloat(cs.paddingRight) },
      previous: box(root.querySelector(".pr-previous")),
      next: box(root.querySelector(".pr-next")),
    };
  }, map);

test("a third language added by custom content: listed by its own name, a reader switches to it", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, { scripts: { "roadmap-es": ES }, attributes: { content: "roadmap-es", lang: "en" } });
  const w = page.locator("#w");
  const links = w.getByRole("list", { name: "Languages" }).getByRole("link");
  assert.deepEqual(await links.allInnerTexts(), ["English", "Français", "Español"]);
  assert.deepEqual(
    await links.evaluateAll((all) => all.map((a) => [a.lang, a.hreflang, a.getAttribute("aria-current")])),
    [["en", "en", "true"], ["fr", "fr", null], ["es", "es", null]],
    "each link says its language (lang, hreflang); the current one is marked",
  );
  assert.equal(await w.getByRole("button", { name: "Français", exact: true }).count(), 0, "no two-language toggle");

  await w.getByRole("link", { name: "Español", exact: true }).click();
  await w.locator("article.pr-root[lang=es]").waitFor();
  await w.getByRole("heading", { name: /^\[PLACEHOLDER — not a Spanish translation/ }).waitFor();
  await w.getByRole("list", { name: "Idiomas" }).waitFor();
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.textContent), "Español", "focus stays on the link");
  assert.equal(await w.evaluate((el) => el.state.lang), "es");

  // By keyboard, back to French.
  await w.getByRole("link", { name: "Français", exact: true }).focus();
  await page.keyboard.press("Enter");
  await w.getByRole("heading", { name: "L’univers de l’engagement des pairs dans les soins" }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), "", "no deep-link attribute: the URL is left alone");
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the content property adds a language too, right to left", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, { attributes: { lang: "en" } });
  const w = page.locator("#w");
  await w.evaluate((el, ar) => { el.content = ar; el.setAttribute("lang", "ar"); }, AR);
  await w.locator("article.pr-root[lang=ar][dir=rtl]").waitFor();
  assert.deepEqual(await w.getByRole("list", { name: "اللغات" }).getByRole("link").allInnerTexts(), ["English", "Français", "العربية"]);
  await w.evaluate((el) => { el.content = null; });
  await w.locator("article.pr-root[lang=en][dir=ltr]").waitFor(); // the language went with its content
  await until(page, () => document.querySelector("#w").state.lang === "en", "the state follows: the host's language");
  await w.getByRole("button", { name: "Français", exact: true }).waitFor();
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the lang attribute asks for the added language, or the closest one; an absent one falls back with an error", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, { scripts: { "roadmap-es": ES }, attributes: { content: "roadmap-es", lang: "es" } });
  const w = page.locator("#w");
  await w.locator("article.pr-root[lang=es]").waitFor();
  await w.getByRole("link", { name: "English", exact: true }).click();
  await w.locator("article.pr-root[lang=en]").waitFor();
  await w.evaluate((el) => el.setAttribute("lang", "es-MX"));
  await w.locator("article.pr-root[lang=es]").waitFor();
  assert.deepEqual(log.consoleErrors, []);
  await w.evaluate((el) => el.setAttribute("lang", "de"));
  await w.locator("article.pr-root[lang=en]").waitFor(); // the page's language
  assert.equal(log.consoleErrors.length, 1);
  assert.match(log.consoleErrors[0], /lang="de" is not supported \(en, fr, es\)/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a deep link opens the added language and follows the reader's switch", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, {
    scripts: { "roadmap-es": ES },
    attributes: { content: "roadmap-es", "deep-link": "" },
    hash: "lang=es&item=advocate",
  });
  const w = page.locator("#w");
  await w.locator("article.pr-root[lang=es]").waitFor();
  await until(page, () => document.querySelector("#w").shadowRoot.querySelector('li[data-item="advocate"] details')?.open === true, "the linked item is open");
  await w.getByRole("link", { name: "Français", exact: true }).click();
  await page.waitForURL(/#lang=fr&item=advocate$/);
  await page.evaluate(() => { location.hash = "lang=es"; });
  await w.locator("article.pr-root[lang=es]").waitFor();
  assert.deepEqual(log.consoleErrors, []);
  await page.evaluate(() => { location.hash = "lang=de&item=navigator"; });
  await until(page, () => document.querySelector("#w").state.selected === "navigator", "the rest of the link is followed");
  assert.equal(await w.evaluate((el) => el.state.lang), "es", "a language the roadmap lacks is ignored");
  assert.match(log.consoleErrors.join("\n"), /"de" is not a valid value for "lang": this roadmap is in en, fr, es/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("right to left: the widget is mirrored, the road runs from the right, text aligns right, keys follow", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, { scripts: { "roadmap-ar": AR }, attributes: { content: "roadmap-ar", lang: "ar" } });
  const w = page.locator("#w");
  await w.locator("article.pr-root[lang=ar][dir=rtl]").waitFor();
  const g = await geometry(page);
  assert.equal(g.direction, "rtl");
  assert.ok(g.stops[0] > g.stops[5], `stop 1 (${g.stops[0]}) is right of stop 6 (${g.stops[5]})`);
  for (let i = 1; i < g.stops.length; i++) assert.ok(g.stops[i] < g.stops[i - 1], `stop ${i + 1} is left of stop ${i}`);
  for (const [i, l] of g.labels.entries()) {
    assert.ok(l.left >= g.svg.left - 1 && l.right <= g.svg.right + 1, `label ${i + 1} inside the map: ${JSON.stringify(l)}`);
  }
  assert.ok(Math.abs(g.title.right - g.header.right) < 4, `the title ends at the right edge (${g.title.right} vs ${g.header.right})`);
  assert.ok(g.title.left - g.header.left > 100, "and not at the left one");
  assert.ok(g.previous.left > g.next.right, "previous is on the right, next on the left");

  // The left arrow goes forward through the terms (laid out from the right).
  const terms = w.locator(".pr-terms .pr-item-button");
  await terms.nth(0).focus();
  await page.keyboard.press("ArrowLeft");
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), await terms.nth(1).getAttribute("id"));
  const [first, second] = [await terms.nth(0).boundingBox(), await terms.nth(1).boundingBox()];
  assert.ok(second.x < first.x, "the second term is left of the first");
  // The timeline's previous/next: "next" moves on.
  await w.locator(".pr-next").click();
  assert.equal(await w.evaluate((el) => el.state.step), "citizen-mobilization");
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("right to left on a phone: the tall road is on the right, its labels to its left", async () => {
  const { page, context } = await openPage(ctx, "demo/blank.html", { viewport: { width: 360, height: 800 } });
  await stage(page, { scripts: { "roadmap-ar": AR }, attributes: { content: "roadmap-ar", lang: "ar" } });
  await page.locator("#w article.pr-root[dir=rtl]").waitFor();
  const g = await geometry(page, ".pr-map-tall");
  const middle = (g.svg.left + g.svg.right) / 2;
  for (const [i, x] of g.stops.entries()) {
    assert.ok(x > middle, `stop ${i + 1} right of the middle`);
    assert.ok(g.labels[i].right < x, `label ${i + 1} left of its stop`);
    assert.ok(g.labels[i].left >= g.svg.left - 1, `label ${i + 1} inside the map`);
  }
  await context.close();
});

test("a host page's dir=rtl does not flip an English instance", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await stage(page, { attributes: { lang: "en", dir: "rtl", style: "direction: rtl; text-align: right" }, dir: "rtl" });
  const g = await geometry(page);
  assert.equal(g.direction, "ltr");
  for (let i = 1; i < g.stops.length; i++) assert.ok(g.stops[i] > g.stops[i - 1], `stop ${i + 1} is right of stop ${i}`);
  assert.ok(Math.abs(g.title.left - g.header.left) < 4, "the title starts at the left edge");
  assert.ok(g.previous.right < g.next.left, "previous on the left");
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

test("axe: no violations with the list of languages, in Spanish and in Arabic, light and dark", async () => {
  const { page, context } = await openPage(ctx, "demo/blank.html");
  await page.addScriptTag({ path: AXE });
  const found = [];
  for (const theme of ["light", "dark"]) {
    for (const lang of ["es", "ar"]) {
      await stage(page, {
        scripts: { "roadmap-es": ES, "roadmap-ar": AR },
        attributes: { content: "roadmap-es roadmap-ar", lang, theme },
      });
      await page.locator(`#w article.pr-root[lang=${lang}]`).waitFor();
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run({ include: [["#w"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      found.push(...violations.map((v) => `[${theme} ${lang}] ${v}`));
    }
  }
  assert.deepEqual(found, []);
  await context.close();
});
