// End-to-end: the prerendered roadmap (issue #14). The build prerenders the app with Yew's
// server-side rendering into index.html / index.fr.html, frame.html / frame.fr.html and the
// embed's copy in embed.js; the code then hydrates it. These tests read what a reader
// sees: with JavaScript off, before the code has arrived (the wasm is held back), and after.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DIST, openPage, ready, until, useSite } from "./fixture.mjs";

const ctx = useSite();
const EN = JSON.parse(readFileSync(new URL("../../src/content/en.json", import.meta.url), "utf8"));
const FR = JSON.parse(readFileSync(new URL("../../src/content/fr.json", import.meta.url), "utf8"));

/** The section headings a reader sees, in the content's words. */
const headings = (c) => [c.terms.heading, c.formality.question, c.bases.question, c.roles.heading, c.history.heading];

/**
 * Holds back every request for the wasm until `release()` is called: the page shows its
 * prerendered HTML meanwhile, as on a slow link.
 */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A fresh page whose wasm is held back until `release()`, with its console warnings and errors. */
async function openHeld() {
  const opened = await openPage(ctx, null);
  const warnings = [];
  opened.page.on("console", (m) => ["warning", "error"].includes(m.type()) && warnings.push(m.text()));
  return { ...opened, warnings, release: await holdWasm(opened.page) };
}

/**
 * The DOM under `selector` (in the page, or in the shadow root of `host`) as a canonical string:
 * elements with their attributes sorted, text, no comments (Yew's hydration markers). What the
 * reader's browser lays out, independent of how it got there.
 */
function snapshot(page, selector, host = null) {
  return page.evaluate(
    ([selector, host]) => {
      const scope = host ? document.querySelector(host).shadowRoot : document;
      const root = scope.querySelector(selector);
      if (!root) return null;
      // Adjacent text nodes are one run of text for the reader (the HTML parser joins what Yew
      // renders as several; hydration splits them again).
      const children = (node) => {
        const out = [];
        let text = null;
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text = (text ?? "") + child.data;
          else if (child.nodeType === Node.ELEMENT_NODE) {
            if (text !== null && text.trim()) out.push(JSON.stringify(text));
            text = null;
            out.push(write(child));
          }
        }
        if (text !== null && text.trim()) out.push(JSON.stringify(text));
        return out.join("");
      };
      const write = (node) => {
        const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(" ");
        return `<${node.localName} ${attrs}>${children(node)}</${node.localName}>`;
      };
      return write(root);
    },
    [selector, host],
  );
}

/** The first line where two snapshots differ, for a readable failure. */
function firstDifference(a, b) {
  const x = a.split("><");
  const y = b.split("><");
  const i = x.findIndex((part, n) => part !== y[n]);
  return i < 0 ? "(same)" : `prerendered: <${x[i]}>\n   hydrated: <${y[i]}>`;
}

for (const [file, content] of [["index.html", EN], ["index.fr.html", FR]]) {
  test(`${file} without JavaScript is the whole roadmap, readable, in its language`, async () => {
    const { page, context } = await openPage(ctx, file, { javaScriptEnabled: false });
    assert.equal(await page.getAttribute("html", "lang"), content.lang);
    assert.equal(await page.title(), `${content.intro.title} — ${content.intro.subtitle}`);
    assert.equal(await page.getAttribute('meta[name="description"]', "content"), content.intro.paragraphs[0]);
    await page.getByRole("heading", { level: 1, name: content.intro.title }).waitFor();
    assert.equal(await page.locator("#peer-roadmap-page[data-shown]").count(), 1, "shown from the HTML itself");
    for (const name of headings(content)) {
      assert.ok(await page.getByRole("heading", { name, exact: true }).isVisible(), `${name} is visible`);
    }
    for (const p of content.intro.paragraphs) assert.ok(await page.getByText(p, { exact: true }).isVisible());
    for (const ref of content.about.references) {
      assert.ok(await page.locator(`a[href="${ref.url}"]`).first().isVisible(), `the DOI link ${ref.url}`);
    }
    // The alternates name each language's page, the default and the canonical address.
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => `${l.hreflang} ${l.getAttribute("href")}`));
    assert.deepEqual(alternates, ["en index.html", "fr index.fr.html", "x-default index.html"]);
    assert.equal(await page.getAttribute('link[rel="canonical"]', "href"), file);
    // The <noscript> message, in the page's language, with a link to the other one.
    assert.ok(await page.locator("noscript p").first().isVisible());
    assert.equal(await page.locator("noscript p").count(), 1);
    await context.close();
  });
}

test("frame.html and frame.fr.html without JavaScript show the roadmap: its copy in the document, the element hidden", async () => {
  for (const [file, content] of [["frame.html", EN], ["frame.fr.html", FR]]) {
    const { page, context } = await openPage(ctx, file, { javaScriptEnabled: false });
    assert.equal(await page.getAttribute("html", "lang"), content.lang);
    await page.getByRole("heading", { level: 2, name: content.intro.title }).waitFor();
    for (const name of headings(content)) assert.ok(await page.getByRole("heading", { name, exact: true }).isVisible(), `${file}: ${name}`);
    // The declarative shadow root is still parsed (the code hydrates it when scripts run), hidden.
    assert.deepEqual(await page.evaluate(() => {
      const el = document.querySelector("peer-roadmap");
      return {
        declared: Boolean(el.shadowRoot?.querySelector(".pr-root")),
        elementShown: el.checkVisibility(),
        copyInDocument: document.querySelectorAll("body > noscript > .pr-host .pr-section").length,
        copyLang: document.querySelector("body > noscript > .pr-host > .pr-root")?.lang,
        markers: document.querySelectorAll("[data-prerendered]").length,
      };
    }), { declared: true, elementShown: false, copyInDocument: 6, copyLang: content.lang, markers: 0 });
    await context.close();
  }
});

test("frame.html?theme=dark is dark from its first frame, before frame.js has arrived", async () => {
  const { page, context, log } = await openPage(ctx, null);
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/frame.js", async (route) => {
    await gate;
    await route.continue();
  });
  // At the first frame that has the prerendered roadmap: its theme class and colour scheme.
  await page.addInitScript(() => {
    const look = () => {
      const root = document.querySelector("peer-roadmap")?.shadowRoot?.querySelector(".pr-root");
      if (!root) return requestAnimationFrame(look);
      window.firstFrame = { theme: [...root.classList].find((c) => c.startsWith("pr-theme-")), scheme: getComputedStyle(root).colorScheme };
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${ctx.url}frame.html?theme=dark`, { waitUntil: "commit" });
  await until(page, () => window.firstFrame !== undefined, "a frame with the roadmap");
  assert.deepEqual(await page.evaluate(() => window.firstFrame), { theme: "pr-theme-dark", scheme: "dark" });
  release();
  await ready(page, "peer-roadmap[data-ready]");
  assert.equal(await page.locator("peer-roadmap .pr-root").getAttribute("class").then((c) => c.includes("pr-theme-dark")), true);
  assert.deepEqual([...log.errors, ...log.consoleErrors], []);
  await context.close();
});

test("a French browser opening index.html gets index.fr.html, with nothing English ever painted", async () => {
  const { page, context, log } = await openPage(ctx, null, { locale: "fr-CA" });
  // Records, in every document of the tab, each paint and the language of the page painted.
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const seen = JSON.parse(sessionStorage.getItem("paints") || "[]");
        seen.push(`${e.name} ${document.documentElement.lang} ${getComputedStyle(document.documentElement).visibility}`);
        sessionStorage.setItem("paints", JSON.stringify(seen));
      }
    }).observe({ type: "paint", buffered: true });
  });
  await page.goto(`${ctx.url}index.html`);
  await ready(page);
  assert.match(page.url(), /\/index\.fr\.html$/);
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  await page.getByRole("heading", { level: 1, name: FR.intro.title }).waitFor();
  const paints = await page.evaluate(() => JSON.parse(sessionStorage.getItem("paints") || "[]"));
  assert.ok(paints.some((p) => p.startsWith("first-contentful-paint fr")), `French content painted: ${paints}`);
  assert.deepEqual(paints.filter((p) => / en visible$/.test(p) && p.startsWith("first-contentful")), [], "no English content painted");
  assert.deepEqual([...log.errors, ...log.consoleErrors], []);
  await context.close();
});

test("a French deep link to index.html opens index.fr.html with the link's selection", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=fr&item=navigator");
  await ready(page);
  assert.match(page.url(), /\/index\.fr\.html#lang=fr&item=navigator$/);
  const item = page.locator('[data-item="navigator"]').first();
  await until(page, () => document.querySelector('li[data-item="navigator"]')?.classList.contains("is-selected"), "the linked item is selected");
  assert.ok(await item.isVisible());
  await context.close();
});

test("an English link keeps an English page for a French browser", async () => {
  const { page, context } = await openPage(ctx, null, { locale: "fr-CA" });
  await page.goto(`${ctx.url}index.html#lang=en`);
  await ready(page);
  assert.match(page.url(), /\/index\.html#lang=en$/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await context.close();
});

for (const file of ["index.html", "index.fr.html"]) {
  test(`${file}: the roadmap is on screen before the code, and hydration changes nothing of it`, async () => {
    const { page, context, log, warnings, release } = await openHeld();
    await page.goto(ctx.url + file);
    await page.locator("#peer-roadmap-page > article[data-prerendered]").waitFor();
    const before = await snapshot(page, "#peer-roadmap-page > article");
    assert.equal(await page.getAttribute("#peer-roadmap-page", "data-ready"), null, "not interactive yet");
    release();
    await ready(page);
    const after = await snapshot(page, "#peer-roadmap-page > article");
    assert.ok(after === before, firstDifference(before, after));
    assert.deepEqual([...log.errors, ...warnings], [], "no error or warning (a hydration mismatch panics)");
    await context.close();
  });
}

test("a click on the prerendered page before the code arrives is replayed once it is interactive", async () => {
  const { page, context, log } = await openPage(ctx, null);
  const release = await holdWasm(page);
  await page.goto(`${ctx.url}index.html`);
  await page.getByRole("button", { name: EN.ui.language_switch, exact: true }).click();
  // Nothing happened yet: the code is not there.
  assert.equal(await page.getAttribute("html", "lang"), "en");
  release();
  await ready(page);
  await page.getByRole("heading", { level: 1, name: FR.intro.title }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the embed shows its prerendered roadmap before the code, then hydrates it in place (theme and language kept)", async () => {
  const { page, context, log, warnings, release } = await openHeld();
  await page.goto(`${ctx.url}demo/partner.html`);
  await page.locator("#widget-en[data-shown]").waitFor({ state: "attached" });
  await page.locator("#widget-fr[data-shown]").waitFor({ state: "attached" });
  const before = {
    en: await snapshot(page, ".pr-host > article", "#widget-en"),
    fr: await snapshot(page, ".pr-host > article", "#widget-fr"),
  };
  assert.match(before.en, /data-prerendered="en embed"/);
  assert.match(before.fr, /data-prerendered="fr embed"/);
  assert.match(before.fr, /pr-theme-dark/, "the theme attribute is applied before the code");
  await page.locator("#widget-en").getByRole("heading", { level: 2, name: EN.intro.title }).waitFor();
  await page.locator("#widget-fr").getByRole("heading", { level: 2, name: FR.intro.title }).waitFor();
  assert.equal(await page.getAttribute("#widget-en", "data-ready"), null);
  release();
  await ready(page, "#widget-en[data-ready]");
  await ready(page, "#widget-fr[data-ready]");
  for (const lang of ["en", "fr"]) {
    const after = await snapshot(page, ".pr-host > article", `#widget-${lang}`);
    assert.ok(after === before[lang], `${lang}: ${firstDifference(before[lang], after)}`);
  }
  assert.deepEqual([...log.errors, ...warnings], []);
  await context.close();
});

test("several instances of one language show the same prerendered roadmap (the later ones a copy), then each hydrates it", async () => {
  const { page, context, log, warnings, release } = await openHeld();
  await page.goto(`${ctx.url}demo/blank.html`);
  await page.evaluate(() => {
    document.getElementById("stage").innerHTML = ["a", "b", "c", "d"]
      .map((id, i) => `<peer-roadmap id="${id}" lang="${id === "d" ? "fr" : "en"}"${i === 2 ? ' theme="dark"' : ""}></peer-roadmap>`)
      .join("");
  });
  for (const id of ["a", "b", "c", "d"]) await page.locator(`#${id}[data-shown]`).waitFor({ state: "attached" });
  const before = {};
  for (const id of ["a", "b", "c", "d"]) before[id] = await snapshot(page, ".pr-host > article", `#${id}`);
  assert.match(before.a, /data-prerendered="en embed"/);
  assert.ok(before.b === before.a, `b is a's roadmap: ${firstDifference(before.a, before.b)}`);
  assert.match(before.c, /pr-theme-dark/, "c has its own theme");
  assert.ok(before.c === before.a.replace("pr-theme-light", "pr-theme-dark"), `c: ${firstDifference(before.a, before.c)}`);
  assert.match(before.d, /data-prerendered="fr embed"/);
  // A copy, not the same nodes: opening an item in one leaves the others closed.
  await page.locator("#b").locator("summary").first().click();
  assert.deepEqual(await page.evaluate(() => ["a", "b", "c"].map((id) => document.getElementById(id).shadowRoot.querySelectorAll("details[open]").length)), [0, 1, 0]);
  await page.locator("#b").locator("summary").first().click();
  release();
  for (const id of ["a", "b", "c", "d"]) await ready(page, `#${id}[data-ready]`);
  for (const id of ["a", "b", "c", "d"]) {
    const after = await snapshot(page, ".pr-host > article", `#${id}`);
    assert.ok(after === before[id], `${id}: ${firstDifference(before[id], after)}`);
  }
  assert.deepEqual([...log.errors, ...warnings], []);
  await context.close();
});

test("a click in an embedded roadmap before the code arrives is replayed once it is interactive", async () => {
  const { page, context, log } = await openPage(ctx, null);
  const release = await holdWasm(page);
  await page.goto(`${ctx.url}demo/partner.html`);
  const widget = page.locator("#widget-en");
  await widget.getByRole("button", { name: EN.ui.language_switch, exact: true }).click();
  release();
  await ready(page, "#widget-en[data-ready]");
  await widget.getByRole("heading", { level: 2, name: FR.intro.title }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector("#widget-en").state.lang), "fr");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("custom content is never preceded by the default roadmap", async () => {
  const { page, context, log } = await openPage(ctx, null);
  const release = await holdWasm(page);
  await page.goto(`${ctx.url}demo/custom-content.html`);
  // The page's other files have arrived; without the code, the custom-content element shows nothing.
  await page.waitForLoadState("load");
  const hosts = await page.$$eval("peer-roadmap[content]", (els) => els.map((el) => el.shadowRoot?.textContent.trim() ?? ""));
  assert.ok(hosts.length > 0, "the demo has custom content");
  assert.deepEqual(hosts.filter((t) => t.length > 0), [], "nothing shown before its own content is rendered");
  release();
  await ready(page, "peer-roadmap[content][data-ready]");
  assert.ok(await page.locator("peer-roadmap[content][data-shown]").count());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the prerendered files are in the build, one per language, and name the same build", () => {
  for (const file of ["index.html", "index.fr.html", "frame.html", "frame.fr.html"]) {
    const html = readFileSync(`${DIST}${file}`, "utf8");
    assert.match(html, /data-prerendered="(en|fr) (page|embed)"/, file);
    assert.doesNotMatch(html, /data-build=/, `${file}: every build marker replaced`);
  }
  // embed.js carries the embed's roadmap in each language (and its stylesheet): no request after it.
  const embed = readFileSync(`${DIST}embed.js`, "utf8");
  for (const lang of ["en", "fr"]) assert.ok(embed.includes(`data-prerendered="${lang} embed"`), `embed.js carries the ${lang} roadmap`);
  assert.ok(embed.includes(".pr-root{"), "embed.js carries the stylesheet");
  for (const file of ["index.html", "index.fr.html"]) {
    assert.doesNotMatch(readFileSync(`${DIST}${file}`, "utf8"), /<script[^>]*type="module"[^>]*blocking/, `${file}: no blocking on a module script`);
  }
});
