// Hostile host pages: the widget must look the same (within a small tolerance) and stay usable
// under each of these stylesheets, compared pixel by pixel with the widget on a plain page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isOpen, item, openPage, useSite } from "./fixture.mjs";

const ctx = useSite();

const HOSTILE = [
  ["reset: * all unset", "* { all: unset !important; } html, body { display: block !important; }"],
  ["!important on every element", "* { font: italic 900 31px/4 'Comic Sans MS', cursive !important; color: red !important; letter-spacing: .3em !important; word-spacing: 2em !important; text-transform: uppercase !important; }"],
  ["huge root font size", "html { font-size: 72px !important; } body { font-size: 3rem; line-height: 5; }"],
  ["right-to-left page", "html { direction: rtl; text-align: right; } body { unicode-bidi: bidi-override; }"],
  ["global display none on divs and svg", "div, svg, section, ul, li, p { display: none !important; }"],
  ["aggressive button styles", "button, input, [role=button] { all: unset !important; background: hotpink !important; font-size: 60px !important; border: 9px solid lime !important; }"],
  ["box-sizing and margins everywhere", "*, *::before, *::after { box-sizing: content-box !important; margin: 3em !important; padding: 2em !important; }"],
  ["hidden made visible and vice versa", "[hidden] { display: block !important; } [aria-expanded] + * { display: none !important; }"],
  ["colours and backgrounds", "* { background: #000 !important; color: #111 !important; border-color: #000 !important; fill: #000 !important; stroke: #000 !important; }"],
  ["custom properties that clash", ":root { --bg: red; --text: red; --stop: red; --radius: 90px; --accent: red; --focus: red; }"],
  ["typography overrides with :where and @layer", "@layer base { :where(*) { font-family: serif !important; } } h1, h2, h3 { font-size: 120px !important; } a { color: yellow !important; }"],
  ["transforms and filters on descendants", "article, header, footer, nav, button, svg { transform: rotate(180deg) !important; filter: blur(8px) !important; }"],
];

async function widgetShot(page, css, dir) {
  await page.evaluate(([css, dir]) => {
    document.getElementById("host-css")?.remove();
    const style = document.createElement("style");
    style.id = "host-css";
    // The element's own box (display, width, margins) is the page's to set, as for any element:
    // this page puts it in a 900 px column; everything inside is the widget's.
    const column = "#stage, peer-roadmap#w { display: block !important; width: 900px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }";
    style.textContent = `${css}\n${column}`;
    document.head.append(style);
    document.documentElement.dir = dir;
    document.getElementById("stage").innerHTML = '<peer-roadmap id="w" lang="en"></peer-roadmap>';
  }, [css, dir]);
  await page.waitForSelector("peer-roadmap[data-ready]", { state: "attached" });
  // Each block is laid out once it nears the viewport (content-visibility), with a stand-in height
  // until then: the reader's scroll through the widget, so that every shot has the real heights.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const block of document.querySelector("peer-roadmap").shadowRoot.querySelectorAll(".pr-section, .pr-find, .pr-about")) {
      block.scrollIntoView();
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
  return page.locator("peer-roadmap").screenshot();
}

/** Share of pixels that differ noticeably between two PNGs of the same size (-1 if sizes differ). */
function difference(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const [x, y] = [await load(a), await load(b)];
    if (x.width !== y.width || Math.abs(x.height - y.height) > 2) return { ratio: -1, sizes: [x.width, x.height, y.width, y.height] };
    const pixels = (img) => {
      const c = new OffscreenCanvas(x.width, Math.min(x.height, y.height));
      const g = c.getContext("2d");
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, c.width, c.height).data;
    };
    const [p, q] = [pixels(x), pixels(y)];
    let differ = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 60) differ++;
    }
    return { ratio: differ / (p.length / 4), sizes: [x.width, x.height, y.width, y.height] };
  }, [a.toString("base64"), b.toString("base64")]);
}

test(`${HOSTILE.length} hostile stylesheets: the widget looks the same and stays usable`, async () => {
  const { page, context, log } = await openPage(ctx, "demo/blank.html", { viewport: { width: 1000, height: 900 } });
  const reference = await widgetShot(page, "", "ltr");
  const failures = [];
  for (const [name, css] of HOSTILE) {
    const shot = await widgetShot(page, css, name.includes("right-to-left") ? "rtl" : "ltr");
    const d = await difference(page, reference, shot);
    if (d.ratio < 0 || d.ratio > 0.01) failures.push(`${name}: ${d.ratio < 0 ? `size changed ${d.sizes}` : `${(d.ratio * 100).toFixed(2)}% of pixels differ`}`);
    const summary = item(page.locator("peer-roadmap"), "Shared identities");
    await summary.click();
    const open = (await isOpen(summary)) && (await page.locator("peer-roadmap #pr-d-shared-identities").isVisible());
    if (!open) failures.push(`${name}: the item does not open`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
