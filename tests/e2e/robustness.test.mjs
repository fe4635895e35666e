// Robustness: a corpus of bad input (attributes, URL hash, custom content), a broken instance
// beside a working one, and a seeded monkey test of 10,000 random interactions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { isOpen, item, openPage, until, useSite } from "./fixture.mjs";

const ctx = useSite();
const EN = JSON.parse(readFileSync(new URL("../../src/content/en.json", import.meta.url), "utf8"));
const FR = JSON.parse(readFileSync(new URL("../../src/content/fr.json", import.meta.url), "utf8"));
const PWN = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

/** Custom content: English with one edit. */
const edit = (fn, base = EN) => {
  const c = structuredClone(base);
  fn(c);
  return JSON.stringify(c);
};

// [name, attributes, custom content (string) or undefined, URL hash or undefined, expected console.error or null]
const CASES = [
  // Attributes
  ["lang empty", { lang: "" }, undefined, undefined, /lang="" is not supported/],
  ["lang unknown", { lang: "xx" }, undefined, undefined, /lang="xx" is not supported/],
  ["lang upper case", { lang: "FR" }, undefined, undefined, null],
  ["lang region", { lang: "fr-CA" }, undefined, undefined, null],
  ["lang markup", { lang: PWN }, undefined, undefined, /is not supported/],
  ["lang huge", { lang: "x".repeat(100000) }, undefined, undefined, /is not supported/],
  ["lang two values", { lang: "en fr" }, undefined, undefined, /is not supported/],
  ["lang right-to-left", { lang: "ar" }, undefined, undefined, /lang="ar" is not supported/],
  ["lang bidi override", { lang: "\u202Efr" }, undefined, undefined, /is not supported/],
  ["theme empty", { theme: "" }, undefined, undefined, /theme="" is not one of/],
  ["theme unknown", { theme: "blue" }, undefined, undefined, /theme="blue" is not one of/],
  ["theme upper case", { theme: "DARK" }, undefined, undefined, null],
  ["theme markup", { theme: PWN }, undefined, undefined, /is not one of/],
  ["content id missing", { content: "nowhere" }, undefined, undefined, /no <script type="application\/json"> has that id/],
  ["content id empty", { content: "" }, undefined, undefined, /no <script/],
  ["content id of a div", { content: "stage" }, undefined, undefined, /no <script/],
  ["content id with quotes", { content: 'a"b\'c' }, undefined, undefined, /no <script/],
  ["deep-link with odd value", { "deep-link": "nope" }, undefined, undefined, null],
  // URL hash (with deep-link)
  ["hash unknown lang", { "deep-link": "" }, undefined, "lang=xx", /"xx" is not a valid value for "lang"/],
  ["hash unknown item", { "deep-link": "" }, undefined, "item=nope", /"nope" is not a valid value for "item"/],
  ["hash bad list", { "deep-link": "" }, undefined, "bases=a,b", /is not a valid value for "bases"/],
  ["hash empty list", { "deep-link": "" }, undefined, "roles=", null],
  ["hash bad step", { "deep-link": "" }, undefined, "step=999", /for "step"/],
  ["hash unknown key", { "deep-link": "" }, undefined, "evil=1", /unknown key "evil"/],
  ["hash NUL", { "deep-link": "" }, undefined, "%00", /unknown key/],
  ["hash too long", { "deep-link": "" }, undefined, "a".repeat(5000), /more than the 1000 accepted/],
  ["hash markup", { "deep-link": "" }, undefined, `item=${encodeURIComponent(PWN)}`, /for "item"/],
  ["hash repeated key", { "deep-link": "" }, undefined, "lang=fr&lang=en", null],
  ["hash only separators", { "deep-link": "" }, undefined, "&&&=&", /unknown key ""/],
  // Custom content: syntax
  ["content malformed", { content: "C" }, "{", undefined, /not valid JSON: /],
  ["content empty", { content: "C" }, "", undefined, /not valid JSON/],
  ["content null", { content: "C" }, "null", undefined, /\$: invalid type: unit value, expected an object/],
  ["content array", { content: "C" }, "[]", undefined, /\$\.lang: required field is missing/],
  ["content number", { content: "C" }, "42", undefined, /\$: invalid type: floating point number, expected an object/],
  ["content trailing comma", { content: "C" }, '{"lang":"en",}', undefined, /not valid JSON/],
  ["content comment", { content: "C" }, '// hi\n{}', undefined, /not valid JSON/],
  ["content deep nesting", { content: "C" }, "[".repeat(10000) + "]".repeat(10000), undefined, /\$\.lang: required field is missing/],
  ["content lone surrogate", { content: "C" }, '{"lang":"\\ud800"}', undefined, /\$\.lang: invalid value/],
  ["content over 1 MB", { content: "C" }, edit((c) => { c.intro.title = "x".repeat(1_100_000); }), undefined, /more than the 1048576 accepted/],
  // Custom content: structure
  ["content wrong type", { content: "C" }, edit((c) => { c.intro.title = 42; }), undefined, /\$\.intro\.title: invalid type: floating point number, expected a string/],
  ["content missing section", { content: "C" }, edit((c) => { delete c.ui; }), undefined, /\$\.ui: required field is missing/],
  ["content missing field", { content: "C" }, edit((c) => { delete c.roles.items[0].description; }), undefined, /\$\.roles\.items\[0\]\.description: required field is missing/],
  ["content unknown field", { content: "C" }, edit((c) => { c.intro.onload = "x"; }), undefined, /\$\.intro\.onload: unknown field/],
  // JSON.parse keeps the last of two equal keys: French here, with the English switch label.
  ["content duplicate key, the last counts", { content: "C" }, JSON.stringify(EN).replace('"lang":"en"', '"lang":"en","lang":"fr"'), undefined, /\$\.ui\.language_switch_lang: must be "en", the other language/],
  ["content empty text", { content: "C" }, edit((c) => { c.intro.title = " "; }), undefined, /\$\.intro\.title: text is empty/],
  ["content unknown id", { content: "C" }, edit((c) => { c.terms.items[0].id = "peer-mentor"; }), undefined, /\$\.terms\.items\[0\]\.id: unknown variant `peer-mentor`/],
  ["content duplicate id", { content: "C" }, edit((c) => { c.roles.items[1].id = "build-relationships"; }), undefined, /id "build-relationships" appears more than once/],
  ["content added language that does not name itself", { content: "C" }, edit((c) => { c.lang = "es"; delete c.ui.language_name; }), undefined, /\$\.ui\.language_name: required field is missing/],
  ["content malformed lang", { content: "C" }, edit((c) => { c.lang = "e s"; }), undefined, /\$\.lang: invalid value: string "e s", expected a BCP 47 language tag/],
  ["content valid added language", { content: "C" }, edit((c) => { c.lang = "es"; c.ui.language_name = "Español"; c.ui.languages = "Idiomas"; }), undefined, null],
  ["content long text", { content: "C" }, edit((c) => { c.about.thanks = "x".repeat(5000); }), undefined, /text is 5000 characters long/],
  ["content control character", { content: "C" }, edit((c) => { c.intro.subtitle = "a\u0007b"; }), undefined, /contains a control character/],
  ["content javascript link", { content: "C" }, edit((c) => { c.about.references[0].url = "javascript:window.__pwned=1"; }), undefined, /is not an https: or mailto: address/],
  ["content data link", { content: "C" }, edit((c) => { c.about.references[1].url = "data:text/html,<script>window.__pwned=1</script>"; }), undefined, /is not an https: or mailto: address/],
  ["content http link", { content: "C" }, edit((c) => { c.about.references[0].url = "http://doi.org/x"; }), undefined, /is not an https: or mailto: address/],
  ["content year as text", { content: "C" }, edit((c) => { c.about.references[0].year = "2024"; }), undefined, /year: invalid type: string "2024", expected u16/],
  ["content year too big", { content: "C" }, edit((c) => { c.about.references[0].year = 99999; }), undefined, /year: invalid (value|type): .*99999.*expected u16/],
  ["content wrong count", { content: "C" }, edit((c) => { c.case_study.learning_points.pop(); }), undefined, /\$\.case_study\.learning_points: invalid length 2, expected an array of length 3/],
  ["content bad title_lang", { content: "C" }, edit((c) => { c.about.references[0].title_lang = "<b>"; }), undefined, /is not a language tag/],
  ["content many problems at once", { content: "C" }, edit((c) => { c.intro.title = " "; c.about.references[0].url = "javascript:x"; c.roles.items[1].id = "build-relationships"; }), undefined, /4 problem\(s\)[^]*intro\.title: text is empty[^]*url: link "javascript:x"[^]*roles\.items: id "build-relationships" appears more than once[^]*roles\.items: id "emotional-support" is missing/],
  // Custom content that is valid: rendered as text, never as HTML
  ["content valid French adaptation", { content: "C", lang: "fr" }, edit((c) => { c.intro.title = "Notre feuille de route locale"; }, FR), undefined, null],
  ["content HTML payload as text", { content: "C" }, edit((c) => { c.intro.title = PWN; c.roles.items[0].description = "<b>bold?</b> </script><script>window.__pwned=1</script>"; }), undefined, null],
  ["content right-to-left text", { content: "C" }, edit((c) => { c.intro.subtitle = "كيف نجد طريقنا؟ \u202Egnitset"; }), undefined, null],
  ["content mailto link", { content: "C" }, edit((c) => { c.about.references[0].url = "mailto:info@example.org"; }), undefined, null],
];

test(`bad-input corpus: ${CASES.length} cases, each a working widget with the expected error and no injected script`, async () => {
  assert.ok(CASES.length >= 50);
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await until(page, () => customElements.get("peer-roadmap"), "<peer-roadmap> defined");
  await page.evaluate(() => {
    window.__errors = [];
    const original = console.error;
    console.error = (...args) => { window.__errors.push(args.join(" ")); original.apply(console, args); };
  });
  const failures = [];
  for (const [name, attrs, content, hash, expected] of CASES) {
    const r = await page.evaluate(async ([attrs, content, hash]) => {
      window.__errors.length = 0;
      const stage = document.getElementById("stage");
      stage.replaceChildren();
      history.replaceState(null, "", location.pathname + (hash === null ? "" : `#${hash}`));
      if (content !== null) {
        const s = document.createElement("script");
        s.type = "application/json";
        s.id = "C";
        s.textContent = content;
        stage.append(s);
      }
      const el = document.createElement("peer-roadmap");
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const ready = new Promise((resolve) => el.addEventListener("peer-roadmap-ready", resolve, { once: true }));
      stage.append(el);
      await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 5000))]);
      const root = el.shadowRoot?.querySelector("article.pr-root");
      return {
        ready: el.hasAttribute("data-ready"),
        items: root ? root.querySelectorAll("summary.pr-item-button").length : 0,
        title: root?.querySelector(".pr-title")?.textContent ?? "",
        notice: !!root?.querySelector(".pr-notice"),
        foreign: el.shadowRoot ? el.shadowRoot.querySelectorAll("img, script, iframe, object, embed, [onerror], [onload]").length : -1,
        // Content's links are https: or mailto:; the widget's own are to its sections (the map)
        // and to its languages (the language list, #lang=…).
        badLinks: root ? [...root.querySelectorAll("a")].filter((a) => {
          const href = a.getAttribute("href") || "";
          return !/^(https:|mailto:|#lang=[A-Za-z0-9-]+$)/.test(href) && !(/^#pr-sec-[a-z-]+$/.test(href) && root.querySelector(href));
        }).length : -1,
        errors: [...window.__errors],
        pwned: window.__pwned === 1,
      };
    }, [attrs, content ?? null, hash ?? null]);
    const problems = [];
    if (!r.ready || r.items !== 16 || r.title.length < 5) problems.push(`not a working widget (${JSON.stringify({ ready: r.ready, items: r.items })})`);
    if (r.pwned || r.foreign || r.badLinks) problems.push("injected markup or script");
    if (expected === null && r.errors.length) problems.push(`unexpected errors: ${r.errors}`);
    if (expected && !(r.errors.length === 1 && expected.test(r.errors[0]))) problems.push(`expected one error matching ${expected}, got ${JSON.stringify(r.errors.map((e) => e.slice(0, 300)))}`);
    if (content !== undefined && expected && !r.notice) problems.push("no visible notice for rejected content");
    if (content !== undefined && !expected && r.notice) problems.push("a notice for valid content");
    if (problems.length) failures.push(`${name}: ${problems.join("; ")}`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, [], "no uncaught error");
  assert.deepEqual(log.dialogs, []);
  await context.close();
});

test("a broken instance does not break another on the same page", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await page.evaluate(() => {
    document.getElementById("stage").innerHTML = `
      <script type="application/json" id="bad">{ "lang": "en", "intro": 12 </script>
      <peer-roadmap id="broken" lang="zz" theme="neon" content="bad"></peer-roadmap>
      <peer-roadmap id="good" lang="fr"></peer-roadmap>`;
  });
  await page.waitForSelector("#broken[data-ready]", { state: "attached" });
  await page.waitForSelector("#good[data-ready]", { state: "attached" });
  const good = page.locator("#good");
  await item(good, "Défendre les droits").click();
  await until(page, () => document.getElementById("good").shadowRoot.querySelector("[data-item=advocate].is-selected"), "selected in the good instance");
  const broken = page.locator("#broken");
  await item(broken, "Advocate").click();
  await until(page, () => document.getElementById("broken").shadowRoot.querySelector("[data-item=advocate].is-selected"), "selected in the broken one");
  assert.match(await broken.locator(".pr-notice").innerText(), /custom content could not be used/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("monkey: 10,000 seeded random interactions, zero uncaught errors, still responsive", async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html");
  await page.evaluate(() => {
    document.getElementById("stage").innerHTML = `<peer-roadmap id="m1" lang="en"></peer-roadmap><peer-roadmap id="m2" lang="fr" theme="dark"></peer-roadmap>`;
  });
  await page.waitForSelector("#m1[data-ready]", { state: "attached" });
  await page.waitForSelector("#m2[data-ready]", { state: "attached" });
  const result = await page.evaluate(async (total) => {
    let seed = 20261122;
    const random = () => { // mulberry32: a fixed seed gives the same run every time
      seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(random() * list.length)];
    const errors = [];
    window.addEventListener("error", (e) => errors.push(e.message));
    const consoleErrors = [];
    const original = console.error;
    console.error = (...a) => { consoleErrors.push(a.join(" ")); original.apply(console, a); };
    window.print = () => {};
    const keys = ["Enter", " ", "Escape", "ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End", "Tab"];
    const counts = { click: 0, key: 0, lang: 0, attribute: 0, reattach: 0 };
    for (let i = 0; i < total; i++) {
      const el = pick([document.getElementById("m1"), document.getElementById("m2")]);
      const root = el.shadowRoot;
      const controls = [...root.querySelectorAll("button, input, summary, a[href^='#'], [role=button]")];
      const r = random();
      if (r < 0.55 && controls.length) {
        const c = pick(controls);
        c.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }));
        if (c.tagName === "INPUT") c.click();
        counts.click++;
      } else if (r < 0.9 && controls.length) {
        const c = pick(controls);
        c.focus();
        c.dispatchEvent(new KeyboardEvent("keydown", { key: pick(keys), bubbles: true, composed: true }));
        counts.key++;
      } else if (r < 0.95) {
        [...root.querySelectorAll("button")].find((b) => b.textContent === "Français" || b.textContent === "English")?.click();
        counts.lang++;
      } else if (r < 0.995) {
        if (random() < 0.5) el.setAttribute("lang", pick(["en", "fr", "fr-CA", "en-GB"]));
        else el.setAttribute("theme", pick(["light", "dark", "auto"]));
        counts.attribute++;
      } else {
        const parent = el.parentNode;
        el.remove();
        parent.append(el);
        const ready = new Promise((resolve) => el.addEventListener("peer-roadmap-ready", resolve, { once: true }));
        const late = new Promise((_, reject) => setTimeout(() => reject(new Error(`action ${i}: re-attached #${el.id}, no peer-roadmap-ready within 5 s`)), 5000));
        await Promise.race([ready, late]);
        counts.reattach++;
      }
      if (i % 50 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { errors, consoleErrors, counts };
  }, 10000);
  console.log(`monkey actions: ${JSON.stringify(result.counts)}`);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.consoleErrors, []);
  assert.deepEqual(log.errors, []);
  // Still responsive: a person can use both widgets.
  for (const id of ["m1", "m2"]) {
    const w = page.locator(`#${id}`);
    await w.evaluate((el) => el.setAttribute("lang", "en"));
    await w.locator("article.pr-root[lang=en]").waitFor();
    const summary = item(w, "Street worker");
    const before = await isOpen(summary);
    await summary.click();
    assert.notEqual(await isOpen(summary), before);
    await page.waitForFunction(([id, open]) => !!document.getElementById(id).shadowRoot.querySelector(".pr-item[data-item=street-worker].is-selected") === open, [id, !before], { timeout: 5000 });
  }
  await context.close();
});
