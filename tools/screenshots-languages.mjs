// Screenshots of an Arabic (right-to-left) instance for review, at 360 and 1280 px: the Arabic
// test content of tests/e2e/languages.mjs (placeholders, not a translation) added to English and
// French, one item selected. Usage: node tools/screenshots-languages.mjs [dist] [out-folder]
import { mkdirSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";
import { ES, arabicTestContent, stage } from "../tests/e2e/languages.mjs";

const [root = "dist", out = "screenshots"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(root);
const browser = await launch();
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}demo/blank.html`);
  await stage(page, {
    scripts: { "roadmap-es": ES, "roadmap-ar": arabicTestContent() },
    attributes: { content: "roadmap-es roadmap-ar", lang: "ar" },
  });
  await page.locator("#w .pr-terms .pr-item-button").nth(1).click();
  await page.locator("#w").screenshot({ path: `${out}/roadmap-ar-${width}.png` });
  await page.close();
}
await browser.close();
await site.close();
console.log(`screenshots written to ${out}/`);
