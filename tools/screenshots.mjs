// Screenshots of the release build for review: 360, 768 and 1280 px wide, English and French.
// Usage: node tools/screenshots.mjs [dist] [out-folder] [hash]
import { mkdirSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";

const [root = "dist", out = "screenshots", hash = ""] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(root);
const browser = await launch();
for (const lang of ["en", "fr"]) {
  for (const width of [360, 768, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.url}index.html#lang=${lang}${hash}`);
    await page.waitForSelector("#peer-roadmap-page[data-ready]");
    await page.screenshot({ path: `${out}/roadmap-${lang}-${width}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
await site.close();
console.log(`screenshots written to ${out}/`);
