// Renders www/icon.svg to the PNG icons the web app manifest needs (192 and 512 px), with
// Debian's Chromium. Run by hand when the icon changes; the PNGs are committed.
import { readFileSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";

const svg = readFileSync(new URL("../www/icon.svg", import.meta.url), "utf8");
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: new URL(`../www/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
