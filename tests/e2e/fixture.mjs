// Shared set-up for the end-to-end tests: the release build (dist/) served on loopback and one
// Chromium per test file. Pages record console errors, page errors and every request they make.
import { before, after } from "node:test";
import { existsSync } from "node:fs";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

export const DIST = new URL("../../dist/", import.meta.url).pathname;

/** Starts the server and the browser for the current test file. */
export function useSite({ headers } = {}) {
  const ctx = { url: "", browser: null };
  before(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is missing: run `make dist` first");
    ctx.site = await serve(DIST, { headers });
    ctx.url = ctx.site.url;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
  });
  return ctx;
}

/** A new page that records what went wrong and what it fetched. */
export async function openPage(ctx, path, options = {}) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const log = { errors: [], consoleErrors: [], requests: [], dialogs: [] };
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    d.dismiss();
  });
  if (path !== null) await page.goto(ctx.url + path);
  return { page, context, log };
}

/**
 * Polls `predicate` in the page until it holds; after `timeout` ms, fails saying `what` did not
 * happen (instead of a bare "Timeout exceeded" at the suite's limit).
 */
export async function until(page, predicate, what, timeout = 15_000) {
  try {
    await page.waitForFunction(predicate, null, { timeout });
  } catch (e) {
    throw new Error(`${what}: not within ${timeout} ms (${e.message.split("\n")[0]})`);
  }
}

/** Waits until the standalone page (or every widget) says it is ready. */
export async function ready(page, selector = "#peer-roadmap-page[data-ready]") {
  await page.waitForSelector(selector, { state: "attached" });
}

/**
 * The item a reader sees with this label: its `<summary>` (items are native `<details>`; a
 * summary has no ARIA role of its own, so it is found by its text, exactly).
 */
export function item(scope, label) {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  return scope.locator("summary").filter({ hasText: exact });
}

/** Whether an item (its summary) is open: its details are shown. */
export const isOpen = (summary) => summary.evaluate((s) => s.parentElement.open);

/** The details an item's summary reveals. */
export const detailOf = (summary) => summary.locator("xpath=..").locator(".pr-detail");

/** Waits until the text of `locator` contains `text` (the app renders after the event). */
export async function untilText(locator, text, what = `"${text}" shown`, timeout = 5_000) {
  const el = await locator.elementHandle();
  try {
    await locator.page().waitForFunction(([el, text]) => el.textContent.includes(text), [el, text], { timeout });
  } catch (e) {
    throw new Error(`${what}: not within ${timeout} ms (${e.message.split("\n")[0]})`);
  } finally {
    await el.dispose();
  }
}
