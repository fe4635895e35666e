// Keyboard, reflow, touch targets, print and reduced motion, in a real browser; saves
// screenshots at 360, 768 and 1280 px in both languages for review (screenshots/, not committed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { isOpen, item, openPage, ready, until, useSite } from "./fixture.mjs";

const ctx = useSite();
const SHOTS = new URL("../../screenshots/", import.meta.url).pathname;

/** What has focus, as a person would describe it. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const words = (node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const parts = [];
      while (walker.nextNode()) parts.push(walker.currentNode.textContent.trim());
      return parts.filter(Boolean).join(" ");
    };
    const name = el.getAttribute("aria-label") || (el.labels && el.labels[0] ? words(el.labels[0]) : words(el));
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute("role") || el.type || "", name };
  });

test("keyboard only: Tab reaches every control in the infographic's order, focus always visible", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const seen = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag === "body") break;
    seen.push(f.name);
    const visible = await page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof SVGElement) return getComputedStyle(el.querySelector(".pr-focus-ring")).stroke !== "rgba(0, 0, 0, 0)";
      const target = el.closest(".pr-choice") || el;
      const s = getComputedStyle(target);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    });
    assert.ok(visible, `focus is visible on ${f.name}`);
  }
  const order = ["Print", "Français", "1 Words in use", "Peer support", "Self-help groups", "Informal", "Formal",
    "Lived experience", "Build relationships", "Advocate", "Informal", "Lived experience", "Advocate", "Start over",
    "Since the 18th century Peer-led support groups", "← Previous", "Next →", "https://doi.org/10.5334/ijic.8594", "https://doi.org/10.1111/hex.14034"];
  let at = -1;
  for (const name of order) {
    const next = seen.findIndex((s, i) => i > at && s.startsWith(name));
    assert.ok(next > at, `"${name}" is reached after the previous control (seen: ${seen.join(" | ")})`);
    at = next;
  }
  await context.close();
});

test("keyboard only: Enter and Space activate, arrows move within groups, focus is kept", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const build = item(page, "Build relationships");
  const emotional = item(page, "Provide emotional support");
  await build.focus();
  await page.keyboard.press("Enter");
  assert.ok(await isOpen(build));
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).name, "Provide emotional support");
  await page.keyboard.press(" ");
  assert.ok(await isOpen(emotional));
  await until(page, () => document.querySelectorAll("details[open]").length === 1, "opening one closes the other");
  await page.keyboard.press("End");
  assert.equal((await focused(page)).name, "Advocate");
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).name, "Build relationships", "wraps around");
  // Escape elsewhere does nothing (focus never jumps); on the open item it closes it.
  await page.keyboard.press("Escape");
  assert.equal((await focused(page)).name, "Build relationships");
  assert.equal(await page.locator("details[open]").count(), 1);
  await emotional.focus();
  await page.keyboard.press("Escape");
  await until(page, () => document.querySelectorAll("details[open]").length === 0, "Escape on the open item closes it");
  assert.equal((await focused(page)).name, "Provide emotional support");

  // The timeline: arrows move between milestones and show them.
  await page.getByRole("button", { name: /Peer-led support groups/ }).focus();
  await page.keyboard.press("ArrowRight");
  assert.match((await focused(page)).name, /Citizen mobilization in care/);
  assert.match(await page.locator("[aria-current=step]").innerText(), /Citizen mobilization in care/);

  // Find your way with the keyboard: arrows within the radio group, Space on checkboxes.
  await page.getByRole("radio", { name: "Informal", exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  assert.ok(await page.getByRole("radio", { name: "Formal", exact: true }).isChecked());
  await page.getByRole("checkbox", { name: "Shared identities", exact: true }).focus();
  await page.keyboard.press(" ");
  assert.match(await page.getByRole("region", { name: "Your initiative's profile" }).innerText(), /Facilitates trust and recognition/);
  const startOver = page.getByRole("button", { name: "Start over", exact: true });
  await startOver.focus();
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).name, "Start over", "focus is not lost when the summary empties");

  // The language switch keeps focus on itself, now named in the other language.
  await page.getByRole("button", { name: "Français", exact: true }).focus();
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).name, "English");
  await context.close();
});

test("the summary and language changes are announced politely", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const live = (text) => page.locator(".pr-root > [aria-live=polite]", { hasText: text }).waitFor({ timeout: 5000 });
  await page.getByRole("radio", { name: "Formal", exact: true }).check();
  await assert.doesNotReject(live("Profile updated. Support: Formal. Point to watch: May create unequal relations between peers."));
  await page.getByRole("button", { name: "Français", exact: true }).click();
  await assert.doesNotReject(live("Version française"));
  await context.close();
});

for (const [name, options] of [
  ["320 px", { viewport: { width: 320, height: 700 } }],
  ["400 % zoom of a 1280 px window", { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 }],
]) {
  test(`no horizontal scrolling at ${name}; touch targets at least 24 px`, async () => {
    const { page, context } = await openPage(ctx, "index.html#lang=fr&item=community-health-worker&formality=formal&bases=embedded-in-community", options);
    await ready(page);
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll(".pr-root *")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1);
      }).map((el) => `${el.tagName}.${el.getAttribute("class")}`);
      const small = [...document.querySelectorAll(".pr-root button, .pr-root summary, .pr-choice, .pr-map-tall a")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.width < 24 || r.height < 24);
      }).map((el) => el.textContent.trim());
      return { scroll: document.documentElement.scrollWidth, width, wide, small, tall: getComputedStyle(document.querySelector(".pr-map-tall")).display };
    });
    assert.ok(layout.scroll <= layout.width, `page is ${layout.scroll}px wide in a ${layout.width}px viewport`);
    assert.deepEqual(layout.wide, []);
    assert.deepEqual(layout.small, []);
    assert.equal(layout.tall, "block", "the road becomes a vertical path");
    await context.close();
  });
}

test("no label is cut or runs out of its control (English and French, 360 to 1280 px)", async () => {
  for (const lang of ["en", "fr"]) {
    for (const width of [360, 768, 1280]) {
      const { page, context } = await openPage(ctx, `index.html#lang=${lang}`, { viewport: { width, height: 900 } });
      await ready(page);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll(".pr-root button, .pr-root label, .pr-map text")]
          .filter((el) => el.getClientRects().length)
          .filter((el) => {
            // The map's labels may leave the drawing (it does not clip them) but not the widget.
            if (!(el instanceof SVGElement)) return el.scrollWidth > el.clientWidth + 1;
            const r = el.getBoundingClientRect(), root = el.closest(".pr-root").getBoundingClientRect();
            return r.left < root.left - 1 || r.right > root.right + 1;
          })
          .map((el) => el.textContent.trim()));
      assert.deepEqual(cut, [], `${lang} at ${width} px`);
      await context.close();
    }
  }
});

test("the selected item's name on the map stays in the widget (the longest term, English and French)", async () => {
  for (const lang of ["en", "fr"]) {
    for (const width of [360, 768, 1280]) {
      const { page, context } = await openPage(ctx, `index.html#lang=${lang}&item=community-health-worker`, { viewport: { width, height: 900 } });
      await ready(page);
      const out = await page.evaluate(() => {
        const root = document.querySelector(".pr-root").getBoundingClientRect();
        return [...document.querySelectorAll(".pr-map .pr-stop-selection")]
          .filter((el) => el.getClientRects().length)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < root.left - 1 || r.right > root.right + 1;
          })
          .map((el) => el.textContent.trim());
      });
      assert.deepEqual(out, [], `${lang} at ${width} px`);
      await context.close();
    }
  }
});

test("print: every section expanded, no controls, reference URLs printed (A4 and Letter)", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en");
  await ready(page);
  const opened = () => page.evaluate(() => document.querySelectorAll("details.pr-disclosure[open]").length);
  assert.equal(await opened(), 0, "on screen, items start closed");
  // Printing (as Ctrl+P or the PDF below do) fires beforeprint: every item must be open before
  // the print layout, i.e. by the time a listener registered after the widget's runs.
  await page.evaluate(() => addEventListener("beforeprint", () => {
    window.__openAtPrint = document.querySelectorAll("details.pr-disclosure[open]").length;
  }));
  await page.pdf({ format: "A4" });
  assert.equal(await page.evaluate(() => window.__openAtPrint), 16, "every item is open for print");
  await until(page, () => document.querySelectorAll("details[open]").length === 0, "and closed again after printing");
  assert.equal(await page.locator(".pr-item.is-selected").count(), 0, "printing selected nothing");
  // Print media without the print events (tools that emulate it): the media query opens them.
  await page.emulateMedia({ media: "print" });
  await until(page, () => document.querySelectorAll("details.pr-disclosure[open]").length === 16, "every item open for print");
  const printed = await page.evaluate(() => {
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return {
      details: [...document.querySelectorAll(".pr-detail")].map(shown),
      controls: [...document.querySelectorAll(".pr-toolbar, .pr-map-nav, .pr-stepper, .pr-find-questions")].map(shown),
      text: document.querySelector(".pr-root").innerText,
    };
  });
  assert.equal(printed.details.length, 16);
  assert.ok(printed.details.every(Boolean), "every item's details print");
  assert.ok(printed.controls.every((s) => !s), "no controls in print");
  for (const t of ["Since the 18th century, peers have been mobilizing", "At the beginning of the 20th century", "In 1990, in Harlem",
    "https://doi.org/10.1111/hex.14034", "https://doi.org/10.5334/ijic.8594", "Possible pressure on one's social networks",
    "Provides an intimate outlook on local needs", "Raise awareness about inequalities"]) {
    assert.ok(printed.text.includes(t), `print shows "${t}"`);
  }
  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 3 && pages <= 12, `${format}: ${pages} pages`);
  }
  await context.close();
});

test("reduced motion: no transitions when the reader asks for none", async () => {
  const { page, context } = await openPage(ctx, "index.html", { reducedMotion: "reduce" });
  await ready(page);
  const durations = await page.evaluate(() => [...document.querySelectorAll(".pr-root *")].map((el) => getComputedStyle(el).transitionDuration).filter((d) => d !== "0s"));
  assert.deepEqual(durations, []);
  await context.close();
});

test("screenshots for review: 360, 768 and 1280 px, English and French", async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const lang of ["en", "fr"]) {
    for (const width of [360, 768, 1280]) {
      const { page, context } = await openPage(ctx, `index.html#lang=${lang}&item=shared-identities&formality=informal&roles=advocate`, { viewport: { width, height: 900 } });
      await ready(page);
      await page.screenshot({ path: `${SHOTS}roadmap-${lang}-${width}.png`, fullPage: true });
      assert.ok((await page.locator("h1").innerText()).length > 10);
      await context.close();
    }
  }
});

test("forced colours (Windows high contrast): every control keeps a visible edge, the selection an outline", async () => {
  const { page, context } = await openPage(ctx, "index.html#lang=en&item=advocate");
  await ready(page);
  await page.emulateMedia({ forcedColors: "active" });
  const edges = await page.evaluate(() => {
    const missing = [...document.querySelectorAll(".pr-root button, .pr-root summary, .pr-choice")].filter((el) => {
      const s = getComputedStyle(el);
      return s.borderTopStyle === "none" || parseFloat(s.borderTopWidth) < 1;
    }).map((el) => el.textContent.trim());
    const selected = getComputedStyle(document.querySelector(".pr-item.is-selected"));
    return { missing, outline: selected.outlineStyle, width: parseFloat(selected.outlineWidth) };
  });
  assert.deepEqual(edges.missing, []);
  assert.equal(edges.outline, "solid");
  assert.ok(edges.width >= 3);
  await context.close();
});
