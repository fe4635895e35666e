// End-to-end: the standalone page of the release build, as a person uses it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detailOf, isOpen, item, openPage, ready, until, untilText, useSite } from "./fixture.mjs";

const ctx = useSite();

const SECTION_HEADINGS = {
  en: [
    "Many words for peers",
    "Is the support offered formal or informal?",
    "On what basis do peers connect?",
    "What peers do",
    "Find your way",
    "Peers' engagement in the community is not a new practice!",
    "Companion case study (Isabel et al., 2025): peer support in homelessness during a crisis",
    "About this roadmap",
  ],
  fr: [
    "Bien des mots pour nommer les pairs",
    "Le soutien offert est-il formel ou informel?",
    "Sur quelle base se crée le lien entre pairs?",
    "Ce que font les pairs",
    "Trouver son chemin",
    "L’engagement des pairs dans la communauté ne date pas d’hier!",
    "Étude de cas complémentaire (Isabel et collab., 2025) : le soutien par les pairs en itinérance en temps de crise",
    "À propos de cette feuille de route",
  ],
};

test("the page loads with every section and no error", async () => {
  const { page, context, log } = await openPage(ctx, "index.html");
  await ready(page);
  assert.equal(await page.locator("h1").innerText(), "The world of peers' engagement in care");
  for (const name of SECTION_HEADINGS.en) {
    await assert.doesNotReject(page.getByRole("heading", { name, exact: true }).waitFor(), name);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("every item can be selected, shows its details, and is marked on the map", async () => {
  const { page, context, log } = await openPage(ctx, "index.html");
  await ready(page);
  // The app's effects run after ready, once Yew has given the browser a turn, and the hash is
  // written in a task they queue: two frames and a task later, both have run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  assert.equal(await page.evaluate(() => location.hash), "", "opened without a hash: the address is left alone");
  const summaries = page.locator("summary.pr-item-button");
  const map = page.getByRole("navigation", { name: "Roadmap overview" });
  const count = await summaries.count();
  assert.equal(count, 6 + 2 + 3 + 5, "terms, formal/informal, bases, roles");
  for (let i = 0; i < count; i++) {
    const summary = summaries.nth(i);
    const detail = detailOf(summary);
    assert.equal(await detail.isVisible(), false, `details of item ${i} closed at first`);
    await summary.click();
    assert.ok(await isOpen(summary));
    assert.ok(await detail.isVisible(), `details of item ${i} visible`);
    assert.ok((await detail.innerText()).trim().length > 20, "details say something");
    const id = await summary.evaluate((b) => b.closest("[data-item]").dataset.item);
    const label = (await summary.innerText()).trim();
    await untilText(map, `▸ ${label}`, `the map names the selected ${label}`);
    await page.waitForURL(new RegExp(`item=${id}`));
    assert.equal(await page.locator("details[open]").count(), 1, "one item open at a time");
  }
  // Milestones, stepped with the timeline's buttons.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  assert.match(await page.locator(".pr-milestone-detail").innerText(), /beginning of the 20th century, notably in Asia/);
  assert.ok((await map.textContent()).includes("▸ Citizen mobilization in care"), "the map names the milestone shown");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the language switch changes the text, the page language and the link", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  await page.getByRole("button", { name: "Français", exact: true }).click();
  await page.getByRole("heading", { name: "L’univers de l’engagement des pairs dans les soins" }).waitFor();
  for (const name of SECTION_HEADINGS.fr) {
    await assert.doesNotReject(page.getByRole("heading", { name, exact: true }).waitFor(), name);
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  assert.match(await page.title(), /^L’univers/);
  await page.waitForURL(/#lang=fr/);
  await page.getByRole("button", { name: "English", exact: true }).click();
  await page.getByRole("heading", { name: "The world of peers' engagement in care" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await context.close();
});

test("a deep link restores language, selection, answers and timeline", async () => {
  const first = await openPage(ctx, "index.html");
  await ready(first.page);
  const p = first.page;
  await p.getByRole("button", { name: "Français", exact: true }).click();
  await p.getByRole("button", { name: "Suivant", exact: true }).click();
  await p.getByRole("button", { name: "Suivant", exact: true }).click();
  await item(p, "Navigatrice ou navigateur").click();
  await p.getByRole("radio", { name: "Formel", exact: true }).check();
  await p.getByRole("checkbox", { name: "Expérience vécue", exact: true }).check();
  await p.getByRole("checkbox", { name: "Défendre les droits", exact: true }).check();
  await p.waitForURL(/#lang=fr&item=navigator&formality=formal&bases=lived-experience&roles=advocate&step=navigation-harlem$/);
  const link = p.url();
  await first.context.close();

  const { page, context, log } = await openPage(ctx, null);
  await page.goto(link);
  await ready(page);
  assert.ok(await isOpen(item(page, "Navigatrice ou navigateur")), "the item is open");
  assert.ok(await page.getByRole("radio", { name: "Formel", exact: true }).isChecked());
  assert.ok(await page.getByRole("checkbox", { name: "Expérience vécue", exact: true }).isChecked());
  assert.ok(await page.getByRole("checkbox", { name: "Défendre les droits", exact: true }).isChecked());
  assert.ok(!(await page.getByRole("checkbox", { name: "Identités partagées", exact: true }).isChecked()));
  // Lower on the page: laid out (and its text rendered) once the reader has scrolled to it.
  await page.locator("[aria-current=step]").scrollIntoViewIfNeeded();
  await until(page, () => /1990/.test(document.querySelector("[aria-current=step]").innerText), "the current step's text, 1990");
  assert.match(await page.getByRole("region", { name: "Le profil de votre initiative" }).innerText(), /Peut créer des rapports inégaux entre pairs/);
  assert.deepEqual(log.consoleErrors, []);

  // Editing the hash by hand is followed too.
  await page.evaluate(() => { location.hash = "lang=en&item=advocate"; });
  await page.getByRole("heading", { name: "The world of peers' engagement in care" }).waitFor();
  await until(page, () => document.querySelector("[data-item=advocate] details[open]"), "the linked item open");
  assert.ok(await isOpen(item(page, "Advocate")));
  assert.ok(!(await page.getByRole("radio", { name: "Formal", exact: true }).isChecked()), "answers follow the link");
  await context.close();
});

test("on a slow link the prerendered roadmap is painted while the wasm downloads (nothing blocks rendering)", async () => {
  const { page, context } = await openPage(ctx, null);
  // The wasm alone arrives late, as on a slow link (it is 90 % of the bytes).
  await page.route("**/*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`${ctx.url}index.html`);
  await ready(page);
  assert.equal(await page.locator("script[blocking]").count(), 0, "no render-blocking script");
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    wasm: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseStart,
  }));
  assert.ok(t.fcp < t.wasm, `the roadmap was painted at ${t.fcp} ms, before the wasm arrived at ${t.wasm} ms`);
  await context.close();
});

test("the wasm is fetched once, and the page's first frame already shows the whole roadmap", async () => {
  const { page, context, log } = await openPage(ctx, null);
  // The first frame with the page's roadmap in it (a loaded machine may give a frame before the
  // parser has reached it: the browser's, not ours), read before the code could change anything.
  await page.addInitScript(() => {
    const look = () => {
      const article = document.querySelector("#peer-roadmap-page > article");
      if (!article) return requestAnimationFrame(look);
      window.firstFrame = [...article.querySelectorAll("h1, h2")].map((h) => h.textContent);
      window.firstFrameReady = document.querySelector("#peer-roadmap-page").hasAttribute("data-ready");
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${ctx.url}index.html`);
  await ready(page);
  await until(page, () => window.firstFrame !== undefined, "the first frame's report");
  const headings = await page.evaluate(() => window.firstFrame);
  assert.equal(await page.evaluate(() => window.firstFrameReady), false, "that frame came before the code");
  assert.equal(headings[0], "The world of peers' engagement in care", "the title at the first frame");
  assert.ok(headings.includes("What peers do"), `every section at the first frame: ${headings.join(" | ")}`);
  assert.equal(log.requests.filter((u) => u.endsWith(".wasm")).length, 1, "one request for the wasm (no preload beside the early fetch)");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a server that sends the wasm with another MIME type still gets the roadmap", async () => {
  const { page, context, log } = await openPage(ctx, null);
  await page.route("**/*.wasm", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await page.goto(`${ctx.url}index.html`);
  await ready(page);
  assert.equal(await page.locator("h1").innerText(), "The world of peers' engagement in care");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

for (const [what, pattern] of [["the wasm", "**/*.wasm"], ["the glue", /peer-roadmap-[0-9a-f]+\.js$/]]) {
  test(`when ${what} cannot be loaded, the page says so instead of loading forever`, async () => {
    const { page, context, log } = await openPage(ctx, null);
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${ctx.url}index.html`);
    const line = page.getByRole("alert");
    await line.filter({ hasText: "could not be loaded" }).waitFor();
    assert.match(await line.innerText(), /^The roadmap could not be loaded\. Reload the page; .* \/ La feuille de route n'a pas pu être chargée\. Rechargez la page;/);
    assert.match(await line.locator("span[lang=fr]").innerText(), /^La feuille de route n'a pas pu être chargée/, "the French half is marked as French");
    const ours = log.consoleErrors.filter((e) => e.startsWith("peer-roadmap:"));
    assert.equal(ours.length, 1, `one error names the problem: ${log.consoleErrors}`);
    assert.match(ours[0], /could not be loaded/);
    assert.deepEqual(log.errors, [], "no uncaught error");
    await context.close();
  });
}

test("an unknown or hostile hash is ignored safely", async () => {
  const { page, context, log } = await openPage(ctx, "index.html#lang=xx&item=%3Cimg%20src=x%20onerror=alert(1)%3E&bases=zzz&evil=1");
  await ready(page);
  assert.equal(await page.locator("h1").innerText(), "The world of peers' engagement in care");
  assert.equal(await page.locator("details[open]").count(), 0);
  assert.equal(await page.locator("img").count(), 0, "no markup from the link");
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  assert.equal(log.consoleErrors.length, 1, "one console.error names what was ignored");
  assert.match(log.consoleErrors[0], /"xx" is not a valid value for "lang"/);
  await page.waitForURL(/index\.html#lang=en$/); // rewritten without what was ignored
  await context.close();
});

test("the map's stops are links that lead to their sections, and leave the address alone", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const wide = page.locator(".pr-map-wide");
  assert.equal(await wide.getByRole("link").count(), 6, "six stops, each a link");
  const roles = wide.getByRole("link", { name: /^4 What peers do/ });
  assert.equal(await roles.getAttribute("href"), "#pr-sec-roles", "a real link, which works without the script too");
  await roles.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "pr-sec-roles");
  assert.equal(new URL(page.url()).hash, "#lang=en", "the deep link is not replaced by the section's id");
  await wide.getByRole("link", { name: /^6 Case study/ }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "pr-sec-case-study");
  assert.ok(await page.locator("#pr-sec-case-study").evaluate((s) => s.getBoundingClientRect().top < innerHeight), "scrolled to it");
  await context.close();
});

test("Escape closes the open detail and keeps focus on its summary", async () => {
  const { page, context } = await openPage(ctx, "index.html");
  await ready(page);
  const summary = item(page, "Promote health");
  await summary.click();
  assert.ok(await isOpen(summary));
  await until(page, () => document.querySelector("[data-item=promote-health].is-selected"), "the item selected");
  await page.keyboard.press("Escape");
  await until(page, () => !document.querySelector("[data-item=promote-health] details[open]"), "the item closed");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Promote health");
  await context.close();
});

test("both map drawings are built; the one that fits the width is shown, and it follows the width", async () => {
  const { page, context } = await openPage(ctx, "index.html", { viewport: { width: 360, height: 800 } });
  await ready(page);
  const shown = () => page.evaluate(() => [...document.querySelectorAll("svg.pr-map")].map((svg) => `${svg.classList[1]}:${svg.checkVisibility()}`));
  assert.deepEqual(await shown(), ["pr-map-wide:false", "pr-map-tall:true"], "a phone sees the tall drawing only");
  await page.locator(".pr-map-tall").getByRole("link", { name: /^3 / }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "pr-sec-bases");
  await page.setViewportSize({ width: 1280, height: 800 });
  await until(page, () => document.querySelector("svg.pr-map-wide").checkVisibility(), "the wide map at 1280 px");
  assert.deepEqual(await shown(), ["pr-map-wide:true", "pr-map-tall:false"], "wider: the wide drawing replaces it");
  await page.setViewportSize({ width: 600, height: 800 });
  await until(page, () => document.querySelector("svg.pr-map-tall").checkVisibility(), "the tall map at 600 px");
  assert.deepEqual(await shown(), ["pr-map-wide:false", "pr-map-tall:true"]);
  await context.close();
});

test("closed items' details are in the page (for the prerendered HTML) but not shown until opened", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const summary = item(page, "Promote health");
  const detail = detailOf(summary);
  assert.ok((await detail.textContent()).length > 20, "the details are in the HTML while closed");
  assert.equal(await detail.isVisible(), false, "and not shown");
  await summary.click();
  assert.ok(await detail.isVisible(), "opened: shown");
  await context.close();
});
