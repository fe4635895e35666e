// End-to-end: <peer-roadmap> on partner pages (hostile CSS, strict CSP, iframe), offline use
// and privacy, against the release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { DIST, isOpen, item, openPage, ready, until, useSite } from "./fixture.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

const ctx = useSite();

/**
 * The text of the roadmap inside a widget's shadow root, as a reader sees it once scrolled to it
 * (an instance off screen is not rendered yet: `content-visibility: auto`).
 */
const shadowText = (page, id) =>
  page.evaluate(async (id) => {
    const el = document.getElementById(id);
    el.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return el.shadowRoot.querySelector("article.pr-root").innerText;
  }, id);

test("two instances on a hostile page render correctly and independently", async () => {
  const { page, context, log } = await openPage(ctx, "demo/partner.html");
  await ready(page, "#widget-en[data-ready]");
  await ready(page, "#widget-fr[data-ready]");
  assert.match(await shadowText(page, "widget-en"), /^The world of peers' engagement in care/m);
  assert.match(await shadowText(page, "widget-fr"), /^L’univers de l’engagement des pairs dans les soins/m, "lang from the nearest lang=fr");

  // Host CSS does not reach in: title size, font, buttons and the map stay ours.
  const look = await page.evaluate(() => {
    const root = document.getElementById("widget-en").shadowRoot;
    const title = getComputedStyle(root.querySelector("h2.pr-title, h1.pr-title"));
    const button = getComputedStyle(root.querySelector(".pr-item-button"));
    const map = root.querySelector(".pr-map-wide").getBoundingClientRect();
    return { size: parseFloat(title.fontSize), transform: title.textTransform, spacing: title.letterSpacing,
      buttonBg: button.backgroundColor, mapHeight: map.height, display: getComputedStyle(root.querySelector(".pr-stops")).display };
  });
  assert.ok(look.size >= 28 && look.size <= 48, `title size ${look.size}`);
  assert.equal(look.transform, "none");
  assert.equal(look.spacing, "normal");
  assert.notEqual(look.buttonBg, "rgb(255, 105, 180)", "no hotpink from the host");
  assert.ok(look.mapHeight > 100, "the map is shown");
  assert.equal(look.display, "grid");

  // The widget's CSS does not leak out.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("h1")).textTransform), "uppercase");

  // Each instance has its own state.
  await item(page.locator("#widget-en"), "Navigate services").click();
  await until(page, () => document.getElementById("widget-en").shadowRoot.querySelector(".pr-item.is-selected"), "the item selected in its widget");
  assert.equal(await page.locator("#widget-en details[open]").count(), 1);
  assert.equal(await page.locator("#widget-fr details[open]").count(), 0);
  await page.locator("#widget-fr").getByRole("button", { name: "English", exact: true }).click();
  assert.match(await shadowText(page, "widget-fr"), /^The world of peers' engagement in care/m);
  assert.equal(await page.evaluate(() => location.hash), "", "no deep-link attribute: the URL is left alone");

  // The wasm is fetched once for both.
  assert.equal(log.requests.filter((u) => u.endsWith(".wasm")).length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("embed.js: the wasm and the glue are fetched side by side; another MIME type still works", async () => {
  const { page, context, log } = await openPage(ctx, null);
  const started = {};
  page.on("request", (r) => { const f = new URL(r.url()).pathname.split("/").pop(); started[f] ??= Date.now(); });
  // The glue and the wasm are both held back 300 ms: fetched one after the other (the glue first,
  // then the wasm, as a static import would have it) they would take 600 ms.
  await page.route(/peer-roadmap-[0-9a-f]+(_bg\.wasm|\.js)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await route.fetch();
    const type = route.request().url().endsWith(".wasm") ? "application/octet-stream" : response.headers()["content-type"];
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": type } });
  });
  await page.goto(`${ctx.url}demo/partner.html`);
  await ready(page, "#widget-en[data-ready]");
  const glue = Object.keys(started).find((f) => /^peer-roadmap-[0-9a-f]+\.js$/.test(f));
  const wasm = Object.keys(started).find((f) => f.endsWith(".wasm"));
  assert.ok(Math.abs(started[wasm] - started[glue]) < 250, `glue and wasm requested ${started[wasm] - started[glue]} ms apart`);
  assert.match(await shadowText(page, "widget-en"), /^The world of peers' engagement in care/m);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test("embed.js: when the code cannot be loaded, one console error says so and nothing is thrown", async () => {
  const { page, context, log } = await openPage(ctx, null);
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  const reported = page.waitForEvent("console", { predicate: (m) => m.type() === "error" && m.text().startsWith("peer-roadmap:"), timeout: 10000 });
  await page.goto(`${ctx.url}demo/partner.html`);
  await reported;
  const ours = log.consoleErrors.filter((e) => e.startsWith("peer-roadmap:"));
  assert.equal(ours.length, 1, `errors: ${log.consoleErrors}`);
  assert.match(ours[0], /The roadmap could not be loaded/);
  assert.deepEqual(log.errors, [], "no uncaught error on the partner's page");
  assert.equal(await page.locator("h1").count(), 1, "the partner's page itself is untouched");
  await context.close();
});

test("attributes change the widget at run time; removal cleans up", async () => {
  const { page, context, log } = await openPage(ctx, "demo/csp.html");
  await ready(page, "peer-roadmap[data-ready]");
  const widget = page.locator("peer-roadmap");
  await widget.evaluate((el) => el.setAttribute("lang", "en"));
  await page.locator("peer-roadmap h2", { hasText: "The world of peers' engagement in care" }).waitFor();
  // The reader switches to French; the host setting lang="en" again (same value) wins.
  await page.locator("peer-roadmap").getByRole("button", { name: "Français" }).click();
  await page.locator("peer-roadmap article.pr-root[lang=fr]").waitFor();
  await widget.evaluate((el) => el.setAttribute("lang", "en"));
  await page.locator("peer-roadmap article.pr-root[lang=en]").waitFor();
  await widget.evaluate((el) => el.setAttribute("lang", "en-CA"));
  await page.locator("peer-roadmap").getByRole("button", { name: "Français" }).click();
  await widget.evaluate((el) => el.setAttribute("lang", "en"));
  await page.locator("peer-roadmap article.pr-root[lang=en]").waitFor();
  await widget.evaluate((el) => el.setAttribute("theme", "dark"));
  await page.locator("peer-roadmap article.pr-theme-dark").waitFor();
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector("peer-roadmap").shadowRoot.querySelector("article.pr-root")).backgroundColor);
  assert.equal(bg, "rgb(21, 23, 28)");
  // Theming through custom properties on the element.
  await widget.evaluate((el) => el.style.setProperty("--peer-roadmap-bg", "rgb(1, 2, 3)"));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("peer-roadmap").shadowRoot.querySelector("article.pr-root")).backgroundColor), "rgb(1, 2, 3)");
  await widget.evaluate((el) => el.setAttribute("lang", "xx"));
  assert.ok(log.consoleErrors.some((e) => /lang="xx" is not supported/.test(e)), "an unknown lang is reported");
  // Removed and added back: a fresh, working instance.
  await widget.evaluate((el) => { const parent = el.parentNode; el.remove(); window.removed = !el.hasAttribute("data-ready"); parent.append(el); });
  assert.ok(await page.evaluate(() => window.removed));
  await ready(page, "peer-roadmap[data-ready]");
  assert.equal(await page.locator("peer-roadmap article.pr-root").count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the ready event bubbles out of the shadow root, once per instance", async () => {
  const { page, context } = await openPage(ctx, null);
  await page.goto(`${ctx.url}demo/demo.css`); // any same-origin page
  const events = await page.evaluate(async (base) => {
    document.documentElement.innerHTML = "<body><div id=a><peer-roadmap></peer-roadmap><peer-roadmap lang=fr></peer-roadmap></div></body>";
    const seen = [];
    document.addEventListener("peer-roadmap-ready", (e) => seen.push({ tag: e.target.tagName, composed: e.composed, bubbles: e.bubbles }));
    await import(`${base}embed.js`);
    await new Promise((resolve) => { const t = setInterval(() => { if (seen.length >= 2) { clearInterval(t); resolve(); } }, 10); });
    return seen;
  }, ctx.url);
  assert.equal(events.length, 2);
  for (const e of events) assert.deepEqual(e, { tag: "PEER-ROADMAP", composed: true, bubbles: true });
  await context.close();
});

test("the iframe fallback reports its height to the host page", async () => {
  const { page, context, log } = await openPage(ctx, "demo/iframe.html");
  const frame = page.locator("iframe[data-peer-roadmap]");
  assert.ok((await frame.getAttribute("title")).length > 10, "the iframe has a title");
  await until(page, () => parseFloat(document.querySelector("iframe").style.height) > 1500, "the iframe sized to its content");
  const inner = await page.frameLocator("iframe").locator("peer-roadmap[data-ready]").evaluate(() => document.documentElement.getBoundingClientRect().height);
  const outer = await frame.evaluate((f) => parseFloat(f.style.height));
  assert.ok(Math.abs(inner - outer) <= 2, `iframe ${outer}px for content ${inner}px`);
  assert.match(await page.frameLocator("iframe").locator("peer-roadmap article.pr-root").innerText(), /^L’univers/m, "?lang=fr");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a page with a strict CSP renders with zero violations", async () => {
  const strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const site = await serve(DIST, { headers: () => ({ "content-security-policy": strict }) });
  const browser = await launch();
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${site.url}demo/csp.html`);
  await page.waitForSelector("peer-roadmap[data-ready]", { state: "attached" });
  await item(page.locator("peer-roadmap"), "Formel").click();
  assert.ok(await isOpen(item(page.locator("peer-roadmap"), "Formel")));
  await page.locator("peer-roadmap").getByRole("radio", { name: "Informel", exact: true }).check();
  assert.match(await page.locator("peer-roadmap").getByRole("region", { name: "Le profil de votre initiative" }).innerText(), /Pression possible sur l’entourage de la personne/);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await browser.close();
  await site.close();
});

test("no request leaves the widget's folder, and no cookie or storage is used", async () => {
  const { page, context, log } = await openPage(ctx, "demo/partner.html");
  await ready(page, "#widget-fr[data-ready]");
  await page.locator("#widget-en").getByRole("button", { name: "Français", exact: true }).click();
  for (const url of log.requests) assert.ok(url.startsWith(ctx.url), `request outside the site: ${url}`);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test("after one visit the standalone page works with the network off", async () => {
  const { page, context, log } = await openPage(ctx, "index.html");
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "controlled by the service worker");
  await context.setOffline(true);
  const fetched = [];
  page.on("response", (r) => fetched.push({ url: r.url(), sw: r.fromServiceWorker() }));
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("h1").innerText(), "The world of peers' engagement in care");
  await page.getByRole("button", { name: "Français", exact: true }).click();
  await item(page, "Navigatrice ou navigateur").click();
  assert.ok(await isOpen(item(page, "Navigatrice ou navigateur")));
  assert.ok(fetched.some((f) => f.url.endsWith(".wasm") && f.sw), "the wasm came from the service worker");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a new deployment replaces the offline cache whole, with none of the old build's files", async () => {
  const deploy = mkdtempSync(join(tmpdir(), "peer-roadmap-deploy-"));
  cpSync(DIST, deploy, { recursive: true });
  // Every file but the worker may be reused for an hour, as some hosts allow: the new build's
  // worker then finds build A's page in the HTTP cache, sees that it is not B's, and asks the
  // server again.
  const site = await serve(deploy, { headers: (path) => (path.endsWith("/sw.js") ? {} : { "cache-control": "public, max-age=3600" }) });
  const browser = await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}index.html`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Build A controls the page before build B is deployed (so the next controller change is B's).
    await page.reload();
    await until(page, () => navigator.serviceWorker.controller !== null, "the service worker controlling the page", 30_000);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);

    // Deploy build B: another index.html, so every revision list and the cache name change.
    const index = join(deploy, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace(/<head[^>]*>/, (head) => `${head}\n  <meta name="build" content="B">`));
    execFileSync("node", [new URL("../../tools/service-worker.mjs", import.meta.url).pathname, deploy]);

    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      await reg.update();
      await changed;
      // Wait until B is fully activated (its activate step deletes the old cache).
      const active = reg.active;
      if (active.state !== "activated") await new Promise((resolve) => active.addEventListener("statechange", () => active.state === "activated" && resolve()));
    });
    await page.reload();
    await page.waitForSelector("#peer-roadmap-page[data-ready]", { state: "attached" });
    assert.equal(await page.locator('meta[name="build"]').getAttribute("content"), "B");
    const after = await page.evaluate(() => caches.keys());
    assert.equal(after.length, 1, "the old cache is deleted");
    assert.notEqual(after[0], before[0]);
    const cachedPage = await page.evaluate(async () => (await (await caches.match(new URL("index.html", location.href).href)).text()));
    assert.match(cachedPage, /<meta name="build" content="B">/, "the cache holds build B's page, not the HTTP cache's copy of A's");
  } finally {
    await browser.close();
    await site.close();
    rmSync(deploy, { recursive: true, force: true });
  }
});

test("only the standalone page runs from the offline cache; the iframe page gets the network's files", async () => {
  const sent = [];
  const listener = (req, res) => res.on("finish", () => sent.push(new URL(req.url, "http://x").pathname));
  const { page, context } = await openPage(ctx, "index.html");
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the worker controls the folder");
  ctx.site.server.on("request", listener);
  try {
    await page.goto(`${ctx.url}frame.html?lang=fr`);
    await ready(page, "peer-roadmap[data-ready]");
    assert.ok(sent.includes("/peer-roadmap.css"), `the iframe page's stylesheet came from the server: ${sent}`);
    sent.length = 0;
    await page.goto(`${ctx.url}index.html`);
    await ready(page);
    assert.deepEqual(sent.filter((p) => p !== "/sw.js"), [], "the standalone page came from the cache");
  } finally {
    ctx.site.server.off("request", listener);
    await context.close();
  }
});

test("an attribute changed by the host's ready listener is not lost", async () => {
  const { page, context } = await openPage(ctx, "demo/blank.html");
  await page.evaluate(() => {
    document.addEventListener("peer-roadmap-ready", (e) => e.target.setAttribute("lang", "fr"), { once: true });
    document.getElementById("stage").innerHTML = '<peer-roadmap lang="en"></peer-roadmap>';
  });
  await page.locator("peer-roadmap article.pr-root[lang=fr]").waitFor({ timeout: 5000 });
  await context.close();
});

test("instances share one stylesheet, carried by embed.js; a <link> is the fallback where no stylesheet can be constructed", async () => {
  const { page, context, log } = await openPage(ctx, "demo/partner.html");
  await ready(page, "peer-roadmap:nth-of-type(1)[data-ready]");
  await until(page, () => [...document.querySelectorAll("peer-roadmap")].every((el) => el.hasAttribute("data-ready")), "every widget ready");
  const shared = await page.evaluate(() => {
    const roots = [...document.querySelectorAll("peer-roadmap")].map((el) => el.shadowRoot);
    return {
      count: roots.length,
      adopted: roots.map((r) => r.adoptedStyleSheets.length),
      same: roots.every((r) => r.adoptedStyleSheets[0] === roots[0].adoptedStyleSheets[0]),
      links: roots.map((r) => r.querySelectorAll("link").length),
    };
  });
  assert.ok(shared.count >= 2);
  assert.deepEqual(shared.adopted, Array(shared.count).fill(1));
  assert.ok(shared.same, "one CSSStyleSheet object for every instance");
  assert.deepEqual(shared.links, Array(shared.count).fill(0));
  assert.equal(log.requests.filter((u) => u.endsWith("/peer-roadmap.css")).length, 0, "the stylesheet comes inside embed.js");
  await context.close();

  // A browser that cannot construct a stylesheet (Safari before 16.4): each instance links the
  // stylesheet file instead.
  const second = await openPage(ctx, null);
  await second.page.addInitScript(() => {
    window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError("no constructable stylesheets"); };
  });
  await second.page.goto(`${ctx.url}demo/partner.html`);
  await until(second.page, () => [...document.querySelectorAll("peer-roadmap")].every((el) => el.hasAttribute("data-ready")), "every widget ready (second visit)");
  const fallback = await second.page.evaluate(() => [...document.querySelectorAll("peer-roadmap")].map((el) => ({
    links: el.shadowRoot.querySelectorAll("link[rel=stylesheet]").length,
    styled: getComputedStyle(el.shadowRoot.querySelector("article.pr-root")).containerName,
  })));
  for (const f of fallback) assert.deepEqual(f, { links: 1, styled: "pr" });
  assert.deepEqual(second.log.errors, []);
  await second.context.close();
});
