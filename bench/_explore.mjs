import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";
const site = await serve("/work/main");
const b = await launch();
const ctx = await b.newContext({ locale: "en-US", serviceWorkers: "block" });
const page = await ctx.newPage();
const reqs = []; page.on("request", r => reqs.push(r.url()));
const t = Date.now();
await page.goto(site.url + "dist/index.html");
await page.waitForSelector("#peer-roadmap-page[data-ready]", { state: "attached" });
console.log("ready in", Date.now() - t);
console.log(reqs);
console.log(await page.evaluate(() => {
  const bs = [...document.querySelectorAll(".pr-item-button")];
  return { n: bs.length, items: bs.map(b => [b.id, b.getAttribute("aria-expanded"), b.getAttribute("aria-controls"), !!document.getElementById(b.getAttribute("aria-controls")), document.getElementById(b.getAttribute("aria-controls"))?.hidden]),
    shadow: !!document.querySelector("#peer-roadmap-page").shadowRoot,
    nav: performance.getEntriesByType("navigation")[0].toJSON(),
    res: performance.getEntriesByType("resource").map(e => [e.name, e.initiatorType, Math.round(e.duration)]),
    ready: performance.now() };
}));
// click a few and observe
console.log(await page.evaluate(async () => {
  const bs = [...document.querySelectorAll(".pr-item-button")];
  const out = [];
  for (const b of bs.slice(0, 8)) {
    b.click();
    const syncState = b.getAttribute("aria-expanded");
    await new Promise(r => setTimeout(r, 20));
    out.push([b.id, syncState, b.getAttribute("aria-expanded"), bs.filter(x => x.getAttribute("aria-expanded") === "true").map(x => x.id)]);
  }
  const lang = [...document.querySelectorAll("button")].filter(x => /Français|English/.test(x.textContent)).map(x => x.outerHTML.slice(0, 200));
  return { out, lang, url: location.href };
}));
await b.close(); await site.close();
