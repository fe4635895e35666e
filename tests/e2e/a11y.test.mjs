// Accessibility, measured in a real browser: axe-core finds zero WCAG 2.0/2.1/2.2 A and AA
// violations in every state, in both languages, light and dark, standalone and embedded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { openPage, ready, useSite } from "./fixture.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const ctx = useSite();

async function axe(page, include) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    async ([tags, include]) => {
      const r = await window.axe.run(include ? { include: [[include]] } : document, { runOnly: { type: "tag", values: tags } });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    },
    [TAGS, include],
  );
  return result;
}

/** The states to sweep, each reached from a fresh page by a deep link or a few clicks. */
const STATES = [
  ["initial", "", null],
  ["a term selected", "&item=navigator", null],
  ["formal selected", "&item=formal", null],
  ["a basis selected", "&item=embedded-in-community", null],
  ["a role selected", "&item=emotional-support", null],
  ["timeline step 2", "&item=citizen-mobilization&step=citizen-mobilization", null],
  ["timeline step 3", "&item=navigation-harlem&step=navigation-harlem", null],
  ["find your way answered", "&formality=informal&bases=lived-experience,shared-identities&roles=advocate", null],
];

for (const lang of ["en", "fr"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe: no violations, standalone, ${lang}, ${scheme}, in every state`, async () => {
      const { page, context } = await openPage(ctx, null, { colorScheme: scheme });
      const found = [];
      for (const [name, hash] of STATES) {
        await page.goto(`${ctx.url}index.html#lang=${lang}${hash}`);
        await page.reload();
        await ready(page);
        for (const v of await axe(page)) found.push(`[${name}] ${v}`);
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

test("axe: no violations in embedded instances (light and dark themes)", async () => {
  const { page, context } = await openPage(ctx, "demo/csp.html", { bypassCSP: true });
  await ready(page, "peer-roadmap[data-ready]");
  const found = [];
  for (const theme of ["light", "dark"]) {
    for (const lang of ["fr", "en"]) {
      await page.locator("peer-roadmap").evaluate((el, [t, l]) => { el.setAttribute("theme", t); el.setAttribute("lang", l); }, [theme, lang]);
      await page.locator(`peer-roadmap article.pr-root.pr-theme-${theme}[lang=${lang}]`).waitFor();
      for (const v of await axe(page, "peer-roadmap")) found.push(`[${theme} ${lang}] ${v}`);
    }
  }
  assert.deepEqual(found, []);
  await context.close();
});
