// The end-to-end core in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver + MiniBrowser
// under Xvfb), through the W3C WebDriver HTTP API: the release build (dist/) served on loopback,
// one driver and one session at a time. Install the engines with tools/setup-engines.sh.
// ENGINES=firefox or ENGINES=webkit runs one of them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { serve } from "../e2e/serve.mjs";
import { arabicTestContent } from "../e2e/languages.mjs";
import { ENGINES, Session, startDriver, waitFor } from "./webdriver.mjs";

const DIST = process.env.DIST || new URL("../../dist/", import.meta.url).pathname;
const TITLE = { en: "The world of peers' engagement in care", fr: "L’univers de l’engagement des pairs dans les soins" };
const ITEMS = 6 + 2 + 3 + 5; // terms, formal/informal, bases, roles: native <details>
const STEP = { timeout: 60000 };

const site = { url: "" };
/** The wasm this late on the slow site: the prerendered roadmap is on screen meanwhile. */
const WASM_DELAY = 4000;
before(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is missing: run `make dist` first");
  site.server = await serve(DIST);
  site.url = site.server.url;
  // Two origins: the first visit of one registers the service worker, which would answer the
  // next visit's wasm at once.
  const slowWasm = { delay: (path) => (path.endsWith(".wasm") ? WASM_DELAY : 0) };
  site.slow = await serve(DIST, slowWasm);
  site.slow2 = await serve(DIST, slowWasm);
});
after(() => Promise.all([site.server?.close(), site.slow?.close(), site.slow2?.close()]));

// The DOM of the roadmap under arguments[0] (in the shadow root of arguments[1], if given) as a
// canonical string: elements with their attributes sorted, runs of text, no comments.
const SNAPSHOT = `
  const host = arguments[1] ? document.querySelector(arguments[1]).shadowRoot : document;
  const root = host && host.querySelector(arguments[0]);
  if (!root) return null;
  const write = (node) => {
    const attrs = [...node.attributes].map((a) => a.name + "=" + JSON.stringify(a.value)).sort().join(" ");
    let out = "<" + node.localName + " " + attrs + ">", text = "";
    for (const c of node.childNodes) {
      if (c.nodeType === 3) { text += c.data; continue; }
      if (c.nodeType !== 1) continue;
      if (text.trim()) out += JSON.stringify(text);
      text = "";
      out += write(c);
    }
    if (text.trim()) out += JSON.stringify(text);
    return out + "</" + node.localName + ">";
  };
  return write(root);`;

// Records what goes wrong on a page from the moment it is installed (after load: WebDriver
// classic has no way to run a script before the page's own).
const INSTALL_COLLECTOR = `
  if (!window.__engineErrors) {
    const errors = (window.__engineErrors = []);
    addEventListener("error", (e) => errors.push("error: " + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
    addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + ((e.reason && e.reason.message) || e.reason)));
    const original = console.error;
    console.error = function (...args) { errors.push("console.error: " + args.join(" ")); return original.apply(this, args); };
  }`;

/** A button (or, with `tag`, another element: an item's summary) with this text and class. */
const xpathText = (text, cls, tag = "button") =>
  `//${tag}${cls ? `[contains(concat(' ', normalize-space(@class), ' '), ' ${cls} ')]` : ""}[normalize-space(.)="${text}"]`;

const selected = (process.env.ENGINES || "firefox,webkit").split(",").map((e) => e.trim()).filter(Boolean);

for (const engine of selected) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}: use ${Object.keys(ENGINES).join(", ")}`);

  describe(spec.name, () => {
    let driver;
    let s;
    const pageErrors = []; // harvested from each page before leaving it

    before(async () => {
      driver = await startDriver(engine);
      s = await Session.create(driver, driver.capabilities);
      await s.setTimeouts({ script: 30000, pageLoad: 30000, implicit: 0 });
      await s.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
    }, { timeout: 90000 });

    after(async () => {
      await s?.quit();
      await driver?.stop();
    });

    const harvest = async (label) => {
      const errors = await s.execute("return window.__engineErrors || []").catch((e) => [`(could not read: ${e.message})`]);
      for (const e of errors) pageErrors.push(`${label}: ${e}`);
    };
    const open = async (path, ready) => {
      await harvest(await s.url().catch(() => "previous page"));
      // Marks the page being left: a driver may answer the navigation before the old document is gone.
      await s.execute("window.__engineLeft = true").catch(() => {});
      await s.navigate(site.url + path);
      const check = `return !window.__engineLeft && document.readyState === "complete" &&
        document.querySelectorAll(arguments[0]).length === arguments[1]`;
      await waitFor(() => s.execute(check, ready.selector, ready.count ?? 1), {
        timeout: 30000,
        message: `${path}: ${ready.selector}`,
      });
      await s.execute(INSTALL_COLLECTOR);
    };
    const h1 = async () => s.text(await s.find("h1"));
    const ensureIndex = async () => {
      const ok = await s
        .execute("return location.pathname.endsWith('/index.html') && !!document.querySelector('#peer-roadmap-page[data-ready]') && document.documentElement.lang === 'en'")
        .catch(() => false);
      if (!ok) await open("index.html#lang=en", { selector: "#peer-roadmap-page[data-ready]" });
    };

    test("a. the standalone page loads: title and every item", STEP, async () => {
      await open("index.html#lang=en", { selector: "#peer-roadmap-page[data-ready]" });
      assert.equal(await h1(), TITLE.en);
      assert.equal((await s.findAll("details > summary.pr-item-button")).length, ITEMS);
    });

    test("b. clicking an item expands it and shows its details", STEP, async () => {
      await ensureIndex();
      const summary = await s.findXPath(xpathText("Advocate", "pr-item-button", "summary"));
      // Shown or not, read in the page: WebKitGTK's driver calls a closed <details>' content displayed.
      const shown = () => s.execute("const d = document.getElementById('pr-d-advocate'); return d.parentElement.open && d.getClientRects().length > 0");
      assert.equal(await shown(), false, "closed at first");
      await s.click(summary);
      await waitFor(shown, { timeout: 10000, message: "#pr-d-advocate shown" });
      assert.match(await s.text(await s.find("#pr-d-advocate")), /Raise awareness about inequalities/);
      await waitFor(() => s.execute("return !!document.querySelector('li.pr-item.is-selected[data-item=advocate]')"), { timeout: 10000, message: "the app selected it" });
    });

    test("c. the language switch changes the text, the page language and the link", STEP, async () => {
      await ensureIndex();
      await s.click(await s.findXPath(xpathText("Français")));
      await waitFor(async () => (await h1()) === TITLE.fr, { timeout: 10000, message: `h1 "${TITLE.fr}"` });
      assert.equal(await s.execute("return document.documentElement.lang"), "fr");
      assert.match(await s.url(), /[#&]lang=fr(&|$)/);
    });

    test("d. two embedded widgets on a hostile page stay independent", STEP, async () => {
      await open("demo/partner.html", { selector: "peer-roadmap[data-ready]", count: 2 });
      const read = (id) =>
        s.execute(
          `const host = document.getElementById(arguments[0]);
           const root = host && host.shadowRoot;
           const article = root && root.querySelector("article");
           return {
             shadow: !!root,
             lang: article && article.getAttribute("lang"),
             text: article && article.textContent,
             expanded: root ? root.querySelectorAll("details[open]").length : -1,
           };`,
          id,
        );
      const en = await read("widget-en");
      const fr = await read("widget-fr");
      assert.ok(en.shadow && fr.shadow, "both widgets have an open shadow root");
      assert.equal(en.lang, "en");
      assert.ok((en.text || "").includes(TITLE.en), "widget-en shows the English title");
      assert.equal(fr.lang, "fr");
      assert.ok((fr.text || "").includes(TITLE.fr), "widget-fr shows the French title");
      const clicked = await s.execute(
        `const root = document.getElementById("widget-en").shadowRoot;
         const b = [...root.querySelectorAll("summary")].find((b) => b.textContent.trim() === "Navigate services");
         if (!b) return false;
         b.click();
         return true;`,
      );
      assert.ok(clicked, 'widget-en has a "Navigate services" item');
      await waitFor(
        () =>
          s.execute(
            `const b = [...document.getElementById("widget-en").shadowRoot.querySelectorAll("summary")].find((b) => b.textContent.trim() === "Navigate services");
             return b.parentElement.open && b.closest("li").classList.contains("is-selected");`,
          ),
        { timeout: 10000, message: "widget-en: Navigate services expanded" },
      );
      assert.equal((await read("widget-fr")).expanded, 0, "widget-fr has nothing expanded");
    });

    test("d2. a right-to-left language added by custom content is laid out mirrored", STEP, async () => {
      await open("demo/blank.html", { selector: "#stage" });
      await s.execute(
        `const script = document.createElement("script");
         script.type = "application/json";
         script.id = "roadmap-ar";
         script.textContent = arguments[0];
         const el = document.createElement("peer-roadmap");
         el.id = "w";
         el.setAttribute("lang", "ar");
         el.setAttribute("content", "roadmap-ar");
         document.getElementById("stage").append(script, el);`,
        JSON.stringify(arabicTestContent()),
      );
      await waitFor(() => s.execute("return !!document.querySelector('#w[data-ready]')"), { timeout: 30000, message: "#w ready" });
      const g = await s.execute(
        `const root = document.getElementById("w").shadowRoot;
         const article = root.querySelector("article.pr-root");
         const stops = [...root.querySelectorAll(".pr-map-wide .pr-stop-circle")].map((c) => { const r = c.getBoundingClientRect(); return r.left + r.width / 2; });
         const title = document.createRange(); title.selectNodeContents(root.querySelector(".pr-title"));
         const header = root.querySelector(".pr-header").getBoundingClientRect();
         return { dir: article.getAttribute("dir"), direction: getComputedStyle(article).direction, stops,
           titleRight: title.getBoundingClientRect().right, headerRight: header.right,
           previous: root.querySelector(".pr-previous").getBoundingClientRect().left, next: root.querySelector(".pr-next").getBoundingClientRect().right };`,
      );
      assert.equal(g.dir, "rtl");
      assert.equal(g.direction, "rtl");
      assert.equal(g.stops.length, 6);
      assert.ok(g.stops[0] > g.stops[5], `stop 1 (${g.stops[0]}) right of stop 6 (${g.stops[5]})`);
      assert.ok(Math.abs(g.titleRight - g.headerRight) < 4, `the title ends at the right (${g.titleRight} vs ${g.headerRight})`);
      assert.ok(g.previous > g.next, "previous on the right of next");
    });

    test("e. the service worker takes control of the standalone page", STEP, async (t) => {
      await open("index.html#lang=en", { selector: "#peer-roadmap-page[data-ready]" });
      if (!(await s.execute("return 'serviceWorker' in navigator && window.isSecureContext"))) {
        t.skip(`${spec.name} under WebDriver exposes no navigator.serviceWorker here`);
        return;
      }
      // Start from nothing, so the page below is a first load: no registration, no cache.
      await s.executeAsync(
        `const done = arguments[arguments.length - 1];
         Promise.all([
           navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))),
           caches.keys().then((ks) => Promise.all(ks.map((k) => caches.delete(k)))),
         ]).then(() => done(true), (e) => done(String(e)));`,
      );
      await open("index.html?first#lang=en", { selector: "#peer-roadmap-page[data-ready]" });
      const ready = await s.executeAsync(
        `const done = arguments[arguments.length - 1];
         const timer = setTimeout(() => done({ problem: "navigator.serviceWorker.ready did not settle in 20 s" }), 20000);
         navigator.serviceWorker.ready.then(
           (r) => { clearTimeout(timer); done({ scope: r.scope, active: !!r.active }); },
           (e) => { clearTimeout(timer); done({ problem: String(e) }); });`,
      );
      assert.equal(ready.problem, undefined, ready.problem);
      assert.equal(ready.scope, site.url);
      assert.ok(ready.active, "the registration has an active worker");
      // `ready` settles as soon as the worker starts activating; a reload in the middle of its
      // activate event can leave WebKitGTK's new page with a controller stuck in "activating".
      // A reader's next visit comes after activation: wait for it (its state change event).
      const activated = await s.executeAsync(
        `const done = arguments[arguments.length - 1];
         navigator.serviceWorker.getRegistration().then((r) => {
           const w = r && r.active;
           if (!w || w.state !== "activating") { done(w ? w.state : null); return; }
           const timer = setTimeout(() => done(w.state), 20000);
           w.addEventListener("statechange", () => { if (w.state !== "activating") { clearTimeout(timer); done(w.state); } });
         }, (e) => done(String(e)));`,
      );
      assert.equal(activated, "activated", "the worker finished activating");
      // A page's own reload (Firefox's WebDriver refresh bypasses service workers, as shift-reload does).
      await s.execute("window.__beforeReload = true; location.reload();");
      await waitFor(() => s.execute("return !window.__beforeReload && !!document.querySelector('#peer-roadmap-page[data-ready]')"), {
        timeout: 30000,
        message: "the reloaded page ready",
      });
      await s.execute(INSTALL_COLLECTOR);
      const controller = await s.execute(
        "const c = navigator.serviceWorker.controller; return c && { url: c.scriptURL, state: c.state };",
      );
      assert.ok(controller, "navigator.serviceWorker.controller is set after a reload");
      assert.equal(controller.url, `${site.url}sw.js`);
      assert.equal(controller.state, "activated");
    });

    test("g. a French link opens the French page, painted in French", STEP, async () => {
      await open("index.html#lang=fr", { selector: "#peer-roadmap-page[data-ready]" });
      assert.match(await s.url(), /\/index\.fr\.html#lang=fr$/);
      assert.equal(await s.execute("return document.documentElement.lang"), "fr");
      assert.equal(await h1(), TITLE.fr);
    });

    test("g. before the code: the prerendered page is there, a click on it is replayed, hydration changes nothing", STEP, async () => {
      await harvest(await s.url().catch(() => "previous page"));
      await s.execute("window.__engineLeft = true").catch(() => {});
      await s.navigate(`${site.slow.url}index.html`);
      const early = await s.execute(
        `return !window.__engineLeft && !!document.querySelector("#peer-roadmap-page > article[data-prerendered='en page']") &&
          !document.querySelector("#peer-roadmap-page[data-ready]")`,
      );
      assert.ok(early, "the prerendered roadmap is in the page before the code");
      const before = await s.execute(SNAPSHOT, "#peer-roadmap-page > article");
      await waitFor(() => s.execute("return !!document.querySelector('#peer-roadmap-page[data-ready]')"), { timeout: 30000, message: "ready" });
      assert.ok((await s.execute(SNAPSHOT, "#peer-roadmap-page > article")) === before, "hydration left the prerendered DOM as it was");

      await s.navigate(`${site.slow2.url}index.html`);
      await waitFor(() => s.execute("return !!document.querySelector('#peer-roadmap-page > article')"), { timeout: 10000, message: "the prerendered page" });
      await s.click(await s.findXPath(xpathText("Français")));
      assert.equal(await s.execute("return document.documentElement.lang"), "en", "nothing happens before the code");
      await waitFor(() => s.execute("return !!document.querySelector('#peer-roadmap-page[data-ready]')"), { timeout: 30000, message: "ready" });
      await waitFor(async () => (await h1()) === TITLE.fr, { timeout: 10000, message: "the click, replayed, switched to French" });
      await s.execute(INSTALL_COLLECTOR);
    });

    test("g. the iframe page hydrates its declarative shadow root in place", STEP, async () => {
      await s.navigate(`${site.slow.url}frame.html`);
      await waitFor(() => s.execute("return !!document.querySelector('peer-roadmap').shadowRoot?.querySelector('.pr-host > article')"), {
        timeout: 10000,
        message: "the prerendered roadmap in the shadow root",
      });
      const before = await s.execute(SNAPSHOT, ".pr-host > article", "peer-roadmap");
      assert.ok(before && before.includes(TITLE.en), "the frame shows the roadmap before the code");
      await waitFor(() => s.execute("return document.querySelector('peer-roadmap').hasAttribute('data-ready')"), { timeout: 30000, message: "ready" });
      assert.ok((await s.execute(SNAPSHOT, ".pr-host > article", "peer-roadmap")) === before, "hydration left it as it was");
      await s.execute(INSTALL_COLLECTOR);
    });

    test("f. no uncaught error or console error on any page", STEP, async () => {
      await harvest(await s.url().catch(() => "last page"));
      const log = driver.log();
      // Firefox's content console (devtools.console.stdout.content) reaches the driver's output
      // from the first script on, which the collector (installed after load) cannot.
      const uncaught = log.split("\n").filter((l) => l.startsWith("JavaScript error: ") && l.includes(site.url));
      assert.deepEqual([...pageErrors, ...uncaught], []);
    });

    test("f. the browser console is reachable through the driver", STEP, async (t) => {
      const viaEndpoint = await s.browserLog().catch(() => null);
      if (viaEndpoint) return;
      if (engine !== "firefox") {
        t.skip(
          `${spec.name}: WebKitWebDriver has no log endpoint and MiniBrowser does not write automation views' console to its ` +
            "output; only the in-page collector (installed after load) checks for errors",
        );
        return;
      }
      const marker = `engines-console-check-${Date.now()}`;
      await s.execute("console.info(arguments[0])", marker);
      await waitFor(() => driver.log().includes(marker), { timeout: 5000, message: "the console marker in geckodriver's output" });
    });

    // Last: it ends the session above and opens one with the page's scripts off.
    test("h. without JavaScript the pages and the frame are the whole roadmap, with no control that needs the script", STEP, async (t) => {
      if (engine !== "firefox") {
        t.skip(`${spec.name}: its driver has no way to turn the page's scripts off (checked in Firefox and Chromium)`);
        return;
      }
      await s.quit();
      s = await Session.create(driver, { ...driver.capabilities, "moz:firefoxOptions": {
        ...driver.capabilities["moz:firefoxOptions"],
        prefs: { ...driver.capabilities["moz:firefoxOptions"].prefs, "javascript.enabled": false },
      } });
      for (const [file, lang] of [["index.html", "en"], ["index.fr.html", "fr"]]) {
        await s.navigate(site.url + file);
        assert.equal(await s.text(await s.find("h1")), TITLE[lang], file);
        assert.equal((await s.findAll("details > summary.pr-item-button")).length, ITEMS, `${file}: every item, natively disclosed`);
        assert.equal(await s.displayed(await s.find(".pr-noscript")), true, `${file}: the noscript line`);
        const buttons = await s.findAll("#peer-roadmap-page button");
        const shown = [];
        for (const b of buttons) if (await s.displayed(b)) shown.push(await s.text(b));
        assert.deepEqual(shown, [], `${file}: no button shown without the script`);
      }
      // The iframe page is read from the copy of its roadmap in the document (its <noscript>),
      // where the map's links reach their sections; the element, with the shadow root the code
      // hydrates, is hidden.
      for (const [file, lang] of [["frame.html", "en"], ["frame.fr.html", "fr"]]) {
        await s.navigate(site.url + file);
        assert.equal(await s.displayed(await s.find("peer-roadmap")), false, `${file}: the element is hidden`);
        assert.equal(await s.text(await s.find("noscript > .pr-host .pr-title")), TITLE[lang], `${file}: the roadmap in the document`);
        assert.equal((await s.findAll("noscript > .pr-host details > summary.pr-item-button")).length, ITEMS, `${file}: every item`);
        const stops = [];
        for (const a of await s.findAll('noscript > .pr-host svg.pr-map a[href="#pr-sec-bases"]')) if (await s.displayed(a)) stops.push(a);
        assert.equal(stops.length, 1, `${file}: one map shown, with a stop for the bases`);
        // Its target is in the document, where a fragment link finds it (geckodriver cannot click
        // an SVG link: "could not be scrolled into view"; Chromium follows it in tests/e2e/nojs).
        assert.equal(await s.displayed(await s.find("#pr-sec-bases")), true, `${file}: the stop's section, in the document`);
      }
    });
  });
}
