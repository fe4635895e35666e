import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";
const site = await serve("/work/main");
const b = await launch();
const ctx = await b.newContext({ locale: "en-US", serviceWorkers: "block" });
const page = await ctx.newPage();
await page.goto(site.url + "dist/index.html");
await page.waitForSelector("#peer-roadmap-page[data-ready]", { state: "attached" });
console.log(await page.evaluate(() => {
  const walk = (el, d) => d > 4 ? "" : "  ".repeat(d) + el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") + "\n" + [...el.children].filter(c => c.tagName !== "svg").slice(0, 6).map(c => walk(c, d + 1)).join("");
  return walk(document.querySelector("#peer-roadmap-page"), 0);
}));
console.log((await page.content()).length);
await b.close(); await site.close();
