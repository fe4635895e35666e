// Screenshots of the editor page (editor.html) of a release build, for review and the README:
// 1280 and 360 px wide, its words in English and in French, a translation under way (a few texts
// written, one link broken, so the problems and the highlighted field show).
// Usage: node tools/editor-screenshots.mjs [dist] [out-folder]
import { mkdirSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";

const [root = "dist", out = "screenshots"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(root);
const browser = await launch();
for (const [locale, lang] of [["en-CA", "en"], ["fr-CA", "fr"]]) {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 860 : 780 }, locale });
    await page.goto(`${site.url}editor.html`);
    await page.waitForSelector("#peer-roadmap-editor[data-ready]", { state: "attached" });
    // A French adaptation started from the English: the tag, the switch, two texts.
    await page.selectOption("#ed-source", "en");
    await page.fill("#ed-target", "fr");
    await page.fill("#ed-f-ui-language_switch_lang", "en");
    await page.fill("#ed-f-ui-language_switch", "English");
    await page.fill("#ed-f-intro-title", "L’univers de l’engagement des pairs dans les soins");
    await page.fill("#ed-f-intro-subtitle", "Comment s’y retrouver?");
    await page.locator(".ed-preview .pr-title", { hasText: "L’univers" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/editor-${lang}-${width}.png` });
    // Then a broken link: the field and the problem list, side by side.
    await page.fill("#ed-f-about-references-0-url", "http://doi.org/10.1111/hex.14034");
    await page.locator(".ed-problems-some").waitFor();
    await page.locator("#ed-f-about-references-0-url").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: `${out}/editor-${lang}-${width}-problem.png` });
    await page.close();
  }
}
await browser.close();
await site.close();
console.log(`editor screenshots written to ${out}/`);
