// Peer Roadmap benchmark. Run from the repository root: `node bench/run.mjs`.
//
// Uses the release build already in dist/ (never builds), serves the repository root on
// 127.0.0.1 and drives Debian's Chromium through tests/e2e/browser.mjs. Prints a Markdown table
// and writes it to bench/results.md. It is a measurement, not a test: it exits 0 whatever the
// numbers (1 only when it cannot run at all, e.g. dist/ missing).
//
// Files are served brotli-compressed (tests/e2e/serve.mjs `compress`), as a real host serves them.
//
// Environment (optional): BENCH_RUNS (default 20), BENCH_NET_RUNS (runs under the slow-mobile
// network profile, default 5), BENCH_INTERACTIONS (default 500).
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";
import { makeBaseline } from "./make-baseline.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH = `${ROOT}bench/`;
const DIST = `${ROOT}dist/`;
const PAGES = `${BENCH}pages/`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 20);
const NET_RUNS = Math.max(1, Number(process.env.BENCH_NET_RUNS) || 5);
const INTERACTIONS = Math.max(1, Number(process.env.BENCH_INTERACTIONS) || 500);
/**
 * `BENCH_ONLY=embed-1,static-1`: only those kinds of LOAD_PAGES, and only the load table (no
 * instances, content size, interactions): a quick look at one comparison while working on it.
 */
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",").map((k) => k.trim()).filter(Boolean) : null;
/**
 * The slow phone's network (CDP Network.emulateNetworkConditions): 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, applied to every request of the page and its iframe.
 */
const SLOW_NET = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const TIMEOUT = 30_000;
const MAX_TEXT_CHARS = 2000; // src/content.rs MAX_TEXT_CHARS
const MAX_CONTENT_BYTES = 1024 * 1024; // src/content.rs MAX_CONTENT_BYTES
const PAD_MARKER = "benchpad";
const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 900 },
  locale: "en-US",
  colorScheme: "light",
  // The standalone page registers a service worker that precaches the whole build; it would
  // compete with the first load and answer the warm one from Cache Storage. Blocked so that
  // cold/warm compare the HTTP cache only, the same for the widget and the baseline.
  serviceWorkers: "block",
};

const log = (...a) => console.error("[bench]", ...a);
const started = Date.now();
const loadBefore = loadavg()[0];

/**
 * CPU time taken by OTHER programs while the benchmark runs (the machine has 2 cores and may be
 * shared): every second, the CPU ticks of every process that is not this one or a descendant
 * (Chromium) are read from /proc (Linux only) and their increase summed. Processes that start
 * and end between two samples are missed, so this is a lower bound.
 */
function otherCpuSampler() {
  const snapshot = () => {
    const m = new Map();
    for (const d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const s = readFileSync(`/proc/${d}/stat`, "utf8");
        const f = s.slice(s.lastIndexOf(")") + 2).split(" "); // f[0] is field 3 (state)
        m.set(Number(d), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]), start: f[19] });
      } catch {
        // The process ended meanwhile.
      }
    }
    return m;
  };
  const mine = (m, pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === process.pid) return true;
      p = m.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let last;
  let ticks = 0;
  try {
    last = snapshot();
  } catch {
    return { share: () => NaN, stop() {} };
  }
  const t0 = Date.now();
  const sample = () => {
    const now = snapshot();
    for (const [pid, p] of now) {
      if (mine(now, pid)) continue;
      const before = last.get(pid);
      ticks += before && before.start === p.start ? p.cpu - before.cpu : p.cpu;
    }
    last = now;
  };
  const timer = setInterval(sample, 1000);
  timer.unref();
  return {
    stop() { clearInterval(timer); sample(); },
    /** Share of the machine's CPU capacity (all cores) used by other programs. */
    share: () => ticks / (((Date.now() - t0) / 1000) * 100 * cpus().length),
  };
}
const others = otherCpuSampler();

// ---------------------------------------------------------------- statistics and formatting

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function pct(xs, p) {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : "n/a");
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "n/a");
function bytes(x) {
  if (!Number.isFinite(x)) return "n/a";
  const sign = x < 0 ? "−" : "";
  const a = Math.abs(x);
  const unit = a >= 1048576 ? `${(a / 1048576).toFixed(2)} MiB` : a >= 1024 ? `${(a / 1024).toFixed(1)} KiB` : `${a} B`;
  return `${sign}${unit} (${sign}${a.toLocaleString("en-US")} B)`;
}
const status = (ok) => (ok === null || ok === undefined ? "—" : ok ? "met" : "**not met**");

// ---------------------------------------------------------------- dist and generated pages

function distFiles() {
  if (!existsSync(`${DIST}index.html`) || !existsSync(`${DIST}embed.js`)) {
    throw new Error("dist/index.html or dist/embed.js is missing: the benchmark needs a release build in dist/");
  }
  const names = readdirSync(DIST);
  const glue = names.filter((n) => /^peer-roadmap-[0-9a-f]+\.js$/.test(n));
  const wasm = names.filter((n) => /^peer-roadmap-[0-9a-f]+_bg\.wasm$/.test(n));
  const embed = readFileSync(`${DIST}embed.js`, "utf8");
  const index = readFileSync(`${DIST}index.html`, "utf8");
  const used = (embed.match(/peer-roadmap-[0-9a-f]+\.js/) || [])[0];
  const consistent = !!used && index.includes(used) && names.includes(used) && names.includes(used.replace(/\.js$/, "_bg.wasm"));
  const wasmName = used ? used.replace(/\.js$/, "_bg.wasm") : wasm[0];
  const glueText = used && existsSync(`${DIST}${used}`) ? readFileSync(`${DIST}${used}`, "utf8") : "";
  const wasmBytes = wasmName && existsSync(`${DIST}${wasmName}`) ? readFileSync(`${DIST}${wasmName}`).length : NaN;
  return {
    glue: used || glue[0],
    wasm: wasmName,
    wasmBytes,
    stray: glue.length + wasm.length - 2,
    consistent,
    // A development build: Trunk's live-reload client, or an unoptimized wasm (the release
    // build is about 0.3 MB, a debug one several MB).
    dev: /__trunk_address__|\.well-known\/trunk\/ws/.test(index + glueText) || wasmBytes > 1024 * 1024,
  };
}

/** Texts of a content document: every string except ids, language codes and links. */
const NOT_TEXT = new Set(["id", "lang", "language_switch_lang", "url", "page_url", "title_lang"]);
function visitTexts(node, f, key = "") {
  if (Array.isArray(node)) node.forEach((v, i) => (typeof v === "string" ? (node[i] = f(v)) : visitTexts(v, f, key)));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string") { if (!NOT_TEXT.has(k)) node[k] = f(v); }
      else visitTexts(v, f, k);
    }
  }
}
const chars = (s) => [...s].length;

/**
 * Custom content whose JSON document is `factor` times the size of the default's (compact JSON
 * bytes): same ids and counts, every text lengthened in proportion to its length by one common
 * multiplier (found by bisection); texts that would pass the 2000-character limit are capped,
 * which pushes the multiplier up, so short texts are padded more.
 */
function enlargedContent(en, factor) {
  const filler = ` ${PAD_MARKER} lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.`;
  const grow = (k) => {
    const big = structuredClone(en);
    visitTexts(big, (s) => {
      const want = Math.min(MAX_TEXT_CHARS, Math.max(chars(s), Math.round(chars(s) * k)));
      let out = s;
      while (chars(out) < want) out += filler;
      return [...out].slice(0, want).join("").trimEnd().padEnd(want, ".");
    });
    return big;
  };
  const target = Buffer.byteLength(JSON.stringify(en)) * factor;
  let lo = 1, hi = 1000;
  for (let i = 0; i < 40 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (Buffer.byteLength(JSON.stringify(grow(mid))) < target) lo = mid;
    else hi = mid;
  }
  const big = grow(hi);
  let total = 0, newTotal = 0, longest = 0, count = 0;
  visitTexts(structuredClone(en), (s) => ((total += chars(s)), s));
  visitTexts(structuredClone(big), (s) => ((newTotal += chars(s)), (longest = Math.max(longest, chars(s))), count++, s));
  return { json: big, multiplier: hi, textChars: total, newTextChars: newTotal, longest, texts: count };
}

const scriptJson = (obj) => JSON.stringify(obj).replace(/</g, "\\u003c");
function widgetPage(title, body, head = "") {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <!-- Generated by bench/run.mjs; served with the repository root as web root. -->
  <script type="module" src="../../dist/embed.js"></script>${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The standalone page without the roadmap: dist/index.html itself (the same stylesheets, the same
 * early fetch and compile of the wasm, the same render-blocking loader, which instantiates it and
 * runs the module's start function), with no element to render into, so nothing is rendered.
 * Ready = the loader has started the code. The difference between the widget and this page is the
 * first render; between this page and the baseline, the cost of loading and starting the code.
 */
function loadedOnlyPage() {
  let html = readFileSync(`${DIST}index.html`, "utf8");
  const started = "window.wasmBindings=";
  if (!html.includes(started) || !html.includes('id="peer-roadmap-page"')) {
    throw new Error("dist/index.html has no loader or mount point the benchmark recognises");
  }
  html = html
    .replace("<head>", '<head>\n  <base href="../../dist/">\n  <!-- Generated by bench/run.mjs from dist/index.html: nothing to render into. -->')
    .replace('id="peer-roadmap-page"', 'id="nothing-to-render"')
    .replace(started, `document.documentElement.setAttribute("data-ready",""),${started}`);
  return html;
}

/** A partner's page with the baseline's article (the same text, static) inline `n` times. */
function staticPartnerPage(n) {
  const html = readFileSync(`${BENCH}baseline/index.html`, "utf8");
  // The outer <article>, to its own end tag: the last one (the milestones are <article>s in it).
  const article = html.slice(html.indexOf("<article"), html.lastIndexOf("</article>") + "</article>".length);
  if (!article.startsWith("<article")) throw new Error("bench/baseline/index.html has no <article>");
  if (!article.includes('id="pr-h-about"') || !article.includes("https://doi.org/")) {
    throw new Error("the static partner page would lack the end of the roadmap (its about section and references)");
  }
  const body = Array.from({ length: n }, () => `  <div class="bench-host">\n  ${article}\n  </div>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${n} static cop${n > 1 ? "ies" : "y"} of the roadmap's text</title>
  <!-- Generated by bench/run.mjs: the embed's static counterpart, no script. -->
  <link rel="stylesheet" href="../baseline/peer-roadmap.css">
</head>
<body>
${body}
</body>
</html>
`;
}

/** A partner's page with one iframe (fixed size, the same for the widget and the static page). */
function iframePage(title, src) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <!-- Generated by bench/run.mjs. -->
  <style>iframe { display: block; width: 100%; height: 860px; border: 0; }</style>
</head>
<body>
  <iframe data-peer-roadmap title="Peer Roadmap" src="${src}"></iframe>
</body>
</html>
`;
}

function writePages(dist) {
  mkdirSync(PAGES, { recursive: true });
  // A build whose index.html the benchmark does not recognise (a new loader, a prerendered page)
  // loses rows 1c only, not the whole run.
  try {
    writeFileSync(`${PAGES}loaded.html`, loadedOnlyPage());
  } catch (e) {
    delete LOAD_PAGES.loaded;
    warnings.push(`rows 1c skipped: ${e.message}`);
  }
  for (const n of [1, 20]) writeFileSync(`${PAGES}static-${n}.html`, staticPartnerPage(n));
  writeFileSync(`${PAGES}iframe-widget.html`, iframePage("Peer Roadmap in an iframe", "../../dist/frame.html?lang=en"));
  writeFileSync(`${PAGES}iframe-static.html`, iframePage("The static page in an iframe", "../baseline/index.html"));
  for (const n of [1, 5, 20]) {
    const body = Array.from({ length: n }, (_, i) => `  <peer-roadmap id="w${i + 1}" lang="en"></peer-roadmap>`).join("\n");
    writeFileSync(`${PAGES}instances-${n}.html`, widgetPage(`${n} Peer Roadmap instance(s)`, body));
  }
  const enText = readFileSync(`${ROOT}src/content/en.json`, "utf8");
  const en = JSON.parse(enText);
  const big = enlargedContent(en, 10);
  const bigText = JSON.stringify(big.json, null, 2);
  writeFileSync(`${PAGES}content-10x.json`, bigText);
  writeFileSync(`${PAGES}content-default.html`, widgetPage("Default content", `  <peer-roadmap id="w1" lang="en"></peer-roadmap>`));
  const inline = (json) => `  <script type="application/json" id="bench-content">${scriptJson(json)}</script>\n  <peer-roadmap id="w1" lang="en" content="bench-content"></peer-roadmap>`;
  writeFileSync(`${PAGES}content-1x.html`, widgetPage("en.json as custom content", inline(en)));
  writeFileSync(`${PAGES}content-10x.html`, widgetPage("10× custom content", inline(big.json)));
  return {
    defaultBytes: Buffer.byteLength(JSON.stringify(en)),
    bigBytes: Buffer.byteLength(JSON.stringify(big.json)),
    ...big,
    errorText: en.ui.custom_content_error,
  };
}

// ---------------------------------------------------------------- in-page instrumentation

/** Runs in every page before its own scripts: records when each root gets `data-ready`. */
function benchInit() {
  const B = (window.__bench = { ready: new Map(), waiters: [] });
  // The first frame produced after a moment: rAF runs just before the browser's style, layout
  // and paint of that frame; a task posted from it runs after them.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  const mark = (el) => {
    if (B.ready.has(el)) return;
    B.ready.set(el, performance.now());
    B.painted = painted(); // after the latest ready root: the frame that shows them all
    B.waiters = B.waiters.filter((check) => !check());
  };
  // The static baseline: the first frame after its load event.
  B.loaded = new Promise((resolve) => addEventListener("load", () => { B.loadPainted = painted(); resolve(); }));
  // First contentful paint and the latest largest-contentful-paint candidate (Chromium reports
  // candidates inside shadow roots too), observed from the start (buffered).
  B.fcp = NaN;
  B.lcp = NaN;
  B.observers = [];
  try {
    const observe = (f, options) => {
      const o = new PerformanceObserver(f);
      o.observe(options);
      B.observers.push(o);
    };
    observe((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") B.fcp = e.startTime;
    }, { type: "paint", buffered: true });
    observe((list) => {
      for (const e of list.getEntries()) {
        B.lcp = e.startTime;
        B.lcpAt = performance.now();
        // Chromium does not expose an element inside a shadow root (the embed's).
        B.lcpNode = e.element ? `${e.element.localName}${e.element.className ? `.${e.element.className.split(" ")[0]}` : ""}` : "(shadow root)";
      }
    }, { type: "largest-contentful-paint", buffered: true });
  } catch {
    // No PerformanceObserver for these types: the figures stay NaN (n/a).
  }
  // The event is dispatched right after the attribute is set (synchronous listener); the
  // observer covers the standalone page, which only sets the attribute.
  document.addEventListener("peer-roadmap-ready", (e) => mark(e.target), true);
  new MutationObserver((records) => {
    for (const r of records) if (r.target.hasAttribute("data-ready")) mark(r.target);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  B.wait = (n, timeout) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (B.ready.size < n) return false;
        resolve(Math.max(...B.ready.values()));
        return true;
      };
      if (!check()) {
        B.waiters.push(check);
        setTimeout(() => reject(new Error(`only ${B.ready.size} of ${n} roots ready after ${timeout} ms`)), timeout);
      }
    });
}

/** In page: `count` item selections, each started from a task after a frame. */
async function interactInPage({ from, count, timeout }) {
  const ids = [...document.querySelectorAll(".pr-item-button")].map((b) => b.id);
  if (!ids.length) throw new Error("no .pr-item-button in the page");
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const dom = [], layout = [], paint = [];
  let misses = 0;
  for (let k = from; k < from + count; k++) {
    const button = document.getElementById(ids[k % ids.length]);
    // Items are native <details>: the click opens it at once; the app's update (the selection,
    // on the item and the map) follows the `toggle` event and is what is timed.
    const item = button.closest(".pr-item");
    await frame();
    await task(); // start like an input event: in a task, just after a frame
    let t0 = 0, tDom = 0, tLayout = 0;
    const updated = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        tDom = performance.now();
        mo.disconnect();
        void item.getBoundingClientRect().height; // forces style + layout of the update
        tLayout = performance.now();
        resolve(true);
      });
      mo.observe(item, { attributes: true, attributeFilter: ["class"] });
      setTimeout(() => { mo.disconnect(); resolve(false); }, timeout);
    });
    // Next rendered frame: rAF runs just before the frame is produced; the task posted from it
    // runs after that frame's style/layout/paint.
    const painted = new Promise((r) => requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r(performance.now());
      c.port2.postMessage(0);
    }));
    t0 = performance.now();
    button.click();
    const ok = await updated;
    const tPaint = await painted;
    if (!ok) { misses++; continue; }
    dom.push(tDom - t0);
    layout.push(tLayout - t0);
    paint.push(tPaint - t0);
  }
  return { dom, layout, paint, misses, buttons: ids.length };
}

async function newPage(browser, { throttle = 1, requests, net = null } = {}) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(benchInit);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && errors.push(m.text()));
  if (requests) page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} for ${new URL(r.url()).pathname}`));
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  if (net) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", net);
  }
  return { context, page, cdp, errors };
}

const waitReady = (page, n = 1) => page.evaluate(([n, t]) => window.__bench.wait(n, t), [n, TIMEOUT]);
/** When the frame after ready (widget) or after the load event (baseline) was produced. */
const paintedAt = (page, kind) => page.evaluate((k) => (k === "baseline" ? window.__bench.loadPainted : window.__bench.painted), kind);
/**
 * Every page loaded cold then warm: `roots` = roots that get `data-ready` (0: a static page,
 * timed by its load event); `frame`: the measured document is the page's iframe.
 */
const LOAD_PAGES = {
  widget: { path: "dist/index.html", roots: 1 },
  loaded: { path: "bench/pages/loaded.html", roots: 1 },
  baseline: { path: "bench/baseline/index.html", roots: 0 },
  iframe: { path: "bench/pages/iframe-widget.html", roots: 1, frame: true },
  "iframe-static": { path: "bench/pages/iframe-static.html", roots: 0, frame: true },
  "embed-1": { path: "bench/pages/instances-1.html", roots: 1 },
  "static-1": { path: "bench/pages/static-1.html", roots: 0 },
  "embed-20": { path: "bench/pages/instances-20.html", roots: 20 },
  "static-20": { path: "bench/pages/static-20.html", roots: 0 },
};
/** The side-by-side comparisons: [label, widget kind, static kind, what the static side is]. */
const PAIRS = [
  ["Standalone page", "widget", "baseline", "the static page (bench/baseline/index.html)"],
  ["Iframe page", "iframe", "iframe-static", "the static page in the same iframe"],
  ["1 embedded instance", "embed-1", "static-1", "a partner page with the text inline once"],
  ["20 embedded instances", "embed-20", "static-20", "a partner page with the text inline 20 times"],
];

/**
 * In page (the top document): waits until the measured document (the page's, or its iframe's)
 * is ready — `roots` roots with `data-ready`, or its load event for a static page — and for the
 * frame after it, then two more frames for the paint timings to be reported. Every time is on
 * the top document's timeline (navigation start = 0).
 */
async function readLoad([roots, frame, timeout]) {
  const origin = performance.timeOrigin;
  let win = window;
  if (frame) {
    const until = performance.now() + timeout;
    for (;;) {
      const f = document.querySelector("iframe");
      const w = f && f.contentWindow;
      if (w && w.__bench && w.location.href !== "about:blank") { win = w; break; }
      if (performance.now() > until) throw new Error("the iframe's document never started");
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  const B = win.__bench;
  const off = win.performance.timeOrigin - origin;
  let ready, painted;
  if (roots) {
    ready = await B.wait(roots, timeout);
    painted = await B.painted;
  } else {
    await B.loaded;
    ready = win.performance.getEntriesByType("navigation")[0].loadEventStart;
    painted = await B.loadPainted;
  }
  // Paint timings are reported once the frame is presented, some milliseconds after it: wait
  // for both, then until no larger LCP candidate has come for 150 ms (at most 5 s).
  const settle = painted + 5000;
  for (;;) {
    const now = win.performance.now();
    if (Number.isFinite(B.fcp) && Number.isFinite(B.lcp) && now - Math.max(B.lcpAt, painted) >= 150) break;
    if (now > settle) break;
    await new Promise((r) => win.setTimeout(r, 25));
  }
  let wasm = NaN;
  if (!frame) wasm = performance.getEntriesByType("resource").filter((e) => /_bg\.wasm$/.test(new URL(e.name).pathname)).length;
  const hosts = [...document.querySelectorAll("peer-roadmap")];
  return {
    ready: ready + off, painted: painted + off, fcp: B.fcp + off, lcp: B.lcp + off, lcpNode: B.lcpNode || "(none)",
    type: win.performance.getEntriesByType("navigation")[0].type,
    perfWasm: wasm, hosts: hosts.length, hostsReady: hosts.filter((h) => h.hasAttribute("data-ready")).length,
  };
}
const navType = (page) => page.evaluate(() => performance.getEntriesByType("navigation")[0].type);

// ---------------------------------------------------------------- measurements

const failures = [];
const warnings = [];
async function attempt(what, f) {
  try {
    return await f();
  } catch (e) {
    failures.push(`${what}: ${String(e.message || e).split("\n")[0]}`);
    return undefined;
  }
}

/**
 * 0 + 1. Navigation start → ready (widget) / load event (static), first contentful paint and
 * largest contentful paint, cold then warm, in one context.
 */
async function loadRun(browser, base, kind, throttle, run, net = null) {
  const requests = [];
  const { context, page, errors } = await newPage(browser, { throttle, requests, net });
  const timeout = net ? 3 * TIMEOUT : TIMEOUT;
  try {
    const { path, roots, frame = false } = LOAD_PAGES[kind];
    const out = {};
    for (const phase of ["cold", "warm"]) {
      requests.length = 0;
      // A distinct query string per navigation (the server ignores it): the warm navigation is
      // a plain navigation to a new document, never turned into a reload, while every
      // subresource URL is the same as in the cold one.
      const sep = path.includes("?") ? "&" : "?";
      await page.goto(`${base}${path}${sep}run=${run}&${phase}`, { waitUntil: "load", timeout });
      const r = await page.evaluate(readLoad, [roots, frame, timeout]);
      r.requestWasm = requests.filter((u) => /_bg\.wasm$/.test(new URL(u).pathname)).length;
      out[phase] = r;
    }
    if (errors.length) warnings.push(`${kind} ${throttle}×${net ? " slow net" : ""} run ${run}: ${errors[0]}`);
    return out;
  } finally {
    await context.close();
  }
}

/** How much slower a fixed JavaScript loop runs under the throttle (sanity check). */
async function throttleCheck(browser, base, throttle) {
  const { context, page } = await newPage(browser, { throttle });
  try {
    await page.goto(`${base}bench/baseline/index.html?calibrate`, { waitUntil: "load" });
    return await page.evaluate(() => {
      const t = [];
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        let x = 0;
        for (let i = 0; i < 2e6; i++) x = (x * 31 + i) | 0;
        t.push(performance.now() - t0 + (x === 0.5 ? 1 : 0));
      }
      return t.sort((a, b) => a - b)[2];
    });
  } finally {
    await context.close();
  }
}

async function heapAndWasm(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(async () => {
    // The glue module the page itself imported (same URL, so the same module instance);
    // wasm-bindgen's init() returns the existing exports when already initialized.
    const link = document.querySelector('link[rel="modulepreload"][href*="peer-roadmap-"]');
    const m = await import(link.href);
    if (window.wasmBindings && m !== window.wasmBindings) throw new Error("glue module is not the page's instance");
    const exports = await m.default();
    return exports.memory.buffer.byteLength;
  });
  return { heap: heap.usedSize, wasm };
}

/** 2 + 5. Interaction latency on the standalone page, with memory before and after. */
async function interactionRun(browser, base, throttle, run, withMemory) {
  const { context, page, cdp, errors } = await newPage(browser, { throttle });
  try {
    await page.goto(`${base}dist/index.html?interact=${run}`, { waitUntil: "load", timeout: TIMEOUT });
    await waitReady(page);
    // The paint observers serve rows 0 only: off here, so that they neither run during the
    // clicks nor hold anything the memory readings would count.
    await page.evaluate(() => window.__bench.observers.forEach((o) => o.disconnect()));
    await page.waitForTimeout(300);
    const before = withMemory ? await heapAndWasm(page, cdp) : null;
    // Warm-up: two passes over every item (each opened, then closed or replaced), then the rest.
    const buttons = await page.evaluate(() => document.querySelectorAll(".pr-item-button").length);
    const warm = Math.min(INTERACTIONS, 2 * buttons);
    const a = await page.evaluate(interactInPage, { from: 0, count: warm, timeout: 1000 });
    const warmed = withMemory ? await heapAndWasm(page, cdp) : null;
    const b = await page.evaluate(interactInPage, { from: warm, count: INTERACTIONS - warm, timeout: 1000 });
    const after = withMemory ? await heapAndWasm(page, cdp) : null;
    if (errors.length) warnings.push(`interactions run ${run}: ${errors[0]}`);
    return {
      dom: [...a.dom, ...b.dom], layout: [...a.layout, ...b.layout], paint: [...a.paint, ...b.paint],
      misses: a.misses + b.misses, buttons, warm, before, warmed, after,
    };
  } finally {
    await context.close();
  }
}

/** 3 + 4. One generated page under bench/pages/, cold: time until `n` roots are ready. */
async function pageRun(browser, base, file, n, run, check) {
  const requests = [];
  const { context, page, errors } = await newPage(browser, { requests });
  try {
    await page.goto(`${base}bench/pages/${file}?run=${run}`, { waitUntil: "load", timeout: TIMEOUT });
    const t = await waitReady(page, n);
    const painted = await paintedAt(page, "widget");
    const info = await page.evaluate(([marker, errorText]) => {
      const hosts = [...document.querySelectorAll("peer-roadmap")];
      const text = hosts.map((h) => (h.shadowRoot ? h.shadowRoot.textContent : "")).join("");
      return {
        hosts: hosts.length,
        ready: hosts.filter((h) => h.hasAttribute("data-ready")).length,
        perfWasm: performance.getEntriesByType("resource").filter((e) => /_bg\.wasm$/.test(new URL(e.name).pathname)).length,
        padded: text.includes(marker),
        contentError: text.includes(errorText),
      };
    }, check);
    info.requestWasm = requests.filter((u) => /_bg\.wasm$/.test(new URL(u).pathname)).length;
    if (errors.length) warnings.push(`${file} run ${run}: ${errors[0]}`);
    return { t, painted, ...info };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  let dist;
  try {
    dist = distFiles();
  } catch (e) {
    console.error(`bench: cannot run: ${e.message}`);
    process.exit(1);
  }
  const baseline = makeBaseline();
  const content = writePages(dist);
  log(`dist: ${dist.glue} + ${dist.wasm}${dist.consistent ? "" : " (WARNING: embed.js/index.html/dist files disagree)"}${dist.dev ? " (WARNING: not a release build)" : ""}; ${RUNS} runs, ${INTERACTIONS} interactions`);

  const site = await serve(ROOT, {
    compress: true,
    // HTML revalidates every time (the helper's default); everything else may be reused for an
    // hour, for the widget and the baseline alike, so a warm load really hits the HTTP cache.
    headers: (path) => (path.endsWith(".html") ? {} : { "cache-control": "public, max-age=3600" }),
  });
  const base = site.url;
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    await site.close();
    console.error(`bench: cannot launch Chromium: ${e.message}`);
    process.exit(1);
  }
  const version = browser.version();

  // Warm up the browser process (first context and page are slower); results discarded.
  for (const kind of Object.keys(LOAD_PAGES).filter((k) => !ONLY || ONLY.includes(k))) await attempt(`warm-up ${kind}`, () => loadRun(browser, base, kind, 1, -1));
  await attempt("warm-up pages", () => pageRun(browser, base, "instances-5.html", 5, -1, [PAD_MARKER, content.errorText]));

  // Three readings per rate, interleaved, and their median: one reading is at the mercy of
  // whatever else the machine does at that moment (a 49 ms reading at 1× once made 4× look like 1×).
  const calib = {};
  const readings = { 1: [], 4: [] };
  for (let i = 0; i < 3; i++) {
    for (const rate of [1, 4]) {
      const t = await attempt(`throttle check ${rate}×`, () => throttleCheck(browser, base, rate));
      if (Number.isFinite(t)) readings[rate].push(t);
    }
  }
  for (const rate of [1, 4]) calib[rate] = median(readings[rate]);

  // 0 + 1. Load: every page of LOAD_PAGES, cold and warm, 1× and 4× CPU, on the loopback
  // (RUNS runs) and under the slow-mobile network (NET_RUNS runs, without the loaded-only page);
  // kinds alternate within a run and rotate from run to run, so none always goes first.
  const load = {};
  const navTypes = new Set();
  const key = (kind, throttle, net) => `${kind}-${throttle}${net ? "-net" : ""}`;
  /** One field of the cold or warm readings of a kind (NaN readings left out). */
  const L = (kind, throttle, phase, field, net = false) =>
    (load[key(kind, throttle, net)]?.[phase] || []).map((r) => r[field]).filter(Number.isFinite);
  for (const [net, runs] of [[false, RUNS], [true, NET_RUNS]]) {
    const all = Object.keys(LOAD_PAGES).filter((k) => (!net || k !== "loaded") && (!ONLY || ONLY.includes(k)));
    for (const throttle of [1, 4]) for (const kind of all) load[key(kind, throttle, net)] = { cold: [], warm: [] };
    for (let run = 0; run < runs; run++) {
      for (const throttle of [1, 4]) {
        const kinds = all.map((_, i) => all[(i + run) % all.length]);
        for (const kind of kinds) {
          const what = `load ${kind} ${throttle}×${net ? " slow net" : ""} run ${run}`;
          const r = await attempt(what, () => loadRun(browser, base, kind, throttle, run, net ? SLOW_NET : null));
          if (!r) continue;
          load[key(kind, throttle, net)].cold.push(r.cold);
          load[key(kind, throttle, net)].warm.push(r.warm);
          navTypes.add(r.cold.type).add(r.warm.type);
        }
      }
      if (run % 5 === 4 || run === runs - 1) log(`load${net ? " (slow net)" : ""}: ${run + 1}/${runs} runs (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }

  // 3 + 4. Instances (5; 1 and 20 are load kinds above) and content size, cold; page order
  // rotates from run to run.
  const pageKinds = [
    ["instances-5.html", 5],
    ["content-default.html", 1], ["content-1x.html", 1], ["content-10x.html", 1],
  ];
  const pages = Object.fromEntries(pageKinds.map(([f]) => [f, []]));
  for (let run = 0; run < (ONLY ? 0 : RUNS); run++) {
    for (let k = 0; k < pageKinds.length; k++) {
      const [file, n] = pageKinds[(k + run) % pageKinds.length];
      const r = await attempt(`${file} run ${run}`, () => pageRun(browser, base, file, n, run, [PAD_MARKER, content.errorText]));
      if (r) pages[file].push(r);
    }
    if (run % 5 === 4) log(`pages: ${run + 1}/${RUNS} runs (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  // 2 + 5. Interactions: two unthrottled pages (with memory), one at 4× CPU.
  const inter = { 1: [], 4: [] };
  for (const [throttle, run] of ONLY ? [] : [[1, 0], [1, 1], [4, 2]]) {
    const r = await attempt(`interactions ${throttle}× run ${run}`, () => interactionRun(browser, base, throttle, run, throttle === 1));
    if (r) inter[throttle].push(r);
    log(`interactions: ${throttle}× page done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  await browser.close();
  await site.close();

  // ------------------------------------------------------------ table 0: widget vs static
  const side = [];
  const verdicts = [];
  for (const net of [false, true]) {
    for (const [label, w, st] of PAIRS) {
      for (const throttle of [1, 4]) {
        for (const phase of ["cold", "warm"]) {
          const med = (kind, field) => median(L(kind, throttle, phase, field, net));
          const cells = [];
          const r = {};
          for (const field of ["fcp", "lcp", "ready"]) {
            const a = med(w, field), b = med(st, field);
            r[field] = a / b;
            r[`${field}W`] = a;
            cells.push(ms(a), ms(b), ratio(a / b));
          }
          const goals = [];
          const goal = (text, ok) => {
            goals.push(`${text}: ${Number.isFinite(ok) || typeof ok === "boolean" ? (ok ? "met" : "**missed**") : "n/a"}`);
            verdicts.push({ label, throttle, phase, net, text, ok });
          };
          if (phase === "cold") goal("LCP ≤ 1.2×", Number.isFinite(r.lcp) ? r.lcp <= 1.2 : NaN);
          if (phase === "warm") goal("interactive ≤ 1.5×", Number.isFinite(r.ready) ? r.ready <= 1.5 : NaN);
          if (net && w.startsWith("embed")) goal("LCP ≤ 2.5 s", Number.isFinite(r.lcpW) ? r.lcpW <= 2500 : NaN);
          const n = Math.min(L(w, throttle, phase, "lcp", net).length, L(st, throttle, phase, "lcp", net).length);
          side.push(`| ${label} | ${phase} | ${throttle}× | ${net ? "slow mobile" : "loopback"} | ${n} | ${cells.join(" | ")} | ${goals.join("; ")} |`);
        }
      }
    }
  }
  const lcpNodes = (kind) => {
    const c = new Map();
    for (const ph of ["cold", "warm"]) for (const r of load[key(kind, 1, false)]?.[ph] || []) c.set(r.lcpNode, (c.get(r.lcpNode) || 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]).map(([n, k]) => `\`${n}\` ×${k}`).join(", ");
  };

  // ------------------------------------------------------------ table
  const rows = [];
  const row = (measure, n, med, p95, mx, goal = "—", ok = null) => rows.push(`| ${measure} | ${n} | ${med} | ${p95} | ${mx} | ${goal} | ${status(ok)} |`);
  const head = (title) => rows.push(`| **${title}** | | | | | | |`);

  head("1. Load: navigation start → widget `data-ready` (dist/index.html) vs baseline load event");
  for (const throttle of [1, 4]) {
    for (const phase of ["cold", "warm"]) {
      const w = L("widget", throttle, phase, "ready");
      const b = L("baseline", throttle, phase, "ready");
      const label = `${phase}, ${throttle}× CPU`;
      row(`Baseline (static HTML+CSS) load event — ${label}`, b.length, ms(median(b)), ms(pct(b, 95)), ms(max(b)));
      if (throttle === 4) row(`Widget ready — ${label}`, w.length, ms(median(w)), ms(pct(w, 95)), ms(max(w)), "≤ 300 ms (median)", w.length ? median(w) <= 300 : null);
      else row(`Widget ready — ${label}`, w.length, ms(median(w)), ms(pct(w, 95)), ms(max(w)));
      const rm = median(w) / median(b);
      row(`**Ratio widget / baseline — ${label}**`, Math.min(w.length, b.length), `**${ratio(rm)}**`, ratio(pct(w, 95) / pct(b, 95)), "", "≤ 1.5× (medians)", Number.isFinite(rm) ? rm <= 1.5 : null);
    }
  }
  head("1b. Content on screen: navigation start → the first frame produced after widget ready / baseline load event");
  for (const throttle of [1, 4]) {
    for (const phase of ["cold", "warm"]) {
      const w = L("widget", throttle, phase, "painted");
      const b = L("baseline", throttle, phase, "painted");
      const label = `${phase}, ${throttle}× CPU`;
      row(`Baseline painted — ${label}`, b.length, ms(median(b)), ms(pct(b, 95)), ms(max(b)));
      row(`Widget painted — ${label}`, w.length, ms(median(w)), ms(pct(w, 95)), ms(max(w)));
      row(`Ratio painted widget / baseline — ${label}`, Math.min(w.length, b.length), ratio(median(w) / median(b)), ratio(pct(w, 95) / pct(b, 95)), "");
    }
  }

  head("1c. Where the widget's extra time goes: the same page with the code loaded and started but nothing rendered (bench/pages/loaded.html)");
  for (const throttle of [1, 4]) {
    for (const phase of ["cold", "warm"]) {
      const w = L("widget", throttle, phase, "ready");
      const l = L("loaded", throttle, phase, "ready");
      const b = L("baseline", throttle, phase, "ready");
      const label = `${phase}, ${throttle}× CPU`;
      row(`Code loaded and started, nothing rendered — ${label}`, l.length, ms(median(l)), ms(pct(l, 95)), ms(max(l)));
      row(`Loading and starting the code: loaded − baseline (medians) — ${label}`, Math.min(l.length, b.length), ms(median(l) - median(b)), "", "");
      row(`Reading the content and the first render: widget − loaded (medians) — ${label}`, Math.min(w.length, l.length), ms(median(w) - median(l)), "", "");
    }
  }
  head(`2. Interaction: in-page \`click()\` on an item → the app marks it selected (\`class\`) (${INTERACTIONS} per page)`);
  for (const throttle of [1, 4]) {
    const rs = inter[throttle];
    const all = (k) => rs.flatMap((r) => r[k]);
    const misses = rs.reduce((a, r) => a + r.misses, 0);
    const n = all("dom").length;
    const dom = all("dom"), lay = all("layout"), paint = all("paint");
    const suffix = `${throttle}× CPU${misses ? `, ${misses} clicks without DOM change` : ""}`;
    if (throttle === 1) row(`Click → DOM updated (MutationObserver) — ${suffix}`, n, ms(median(dom)), `**${ms(pct(dom, 95))}**`, ms(max(dom)), "p95 ≤ 4 ms", n ? pct(dom, 95) <= 4 : null);
    else row(`Click → DOM updated (MutationObserver) — ${suffix}`, n, ms(median(dom)), ms(pct(dom, 95)), ms(max(dom)));
    row(`Click → DOM updated + style/layout forced — ${throttle}× CPU`, n, ms(median(lay)), ms(pct(lay, 95)), ms(max(lay)));
    row(`Click → next frame rendered (rAF + task; includes vsync wait) — ${throttle}× CPU`, n, ms(median(paint)), ms(pct(paint, 95)), ms(max(paint)));
  }

  head("3. Several `<peer-roadmap>` on one page (embed.js, cold): navigation start → all ready");
  const t = (f) => {
    const n = (f.match(/^instances-(1|20)\.html$/) || [])[1];
    return n ? L(`embed-${n}`, 1, "cold", "ready") : pages[f].map((r) => r.t);
  };
  for (const n of [1, 5, 20]) {
    const xs = t(`instances-${n}.html`);
    row(`${n} instance${n > 1 ? "s" : ""}`, xs.length, ms(median(xs)), ms(pct(xs, 95)), ms(max(xs)));
  }
  const p = (f) => {
    const n = (f.match(/^instances-(1|20)\.html$/) || [])[1];
    return n ? L(`embed-${n}`, 1, "cold", "painted") : pages[f].map((r) => r.painted);
  };
  for (const n of [1, 5, 20]) {
    const xs = p(`instances-${n}.html`);
    row(`${n} instance${n > 1 ? "s" : ""}: first frame after all ready`, xs.length, ms(median(xs)), ms(pct(xs, 95)), ms(max(xs)));
  }
  row("Ratio 20 / 1 instance, painted", "", ratio(median(p("instances-20.html")) / median(p("instances-1.html"))), ratio(pct(p("instances-20.html"), 95) / pct(p("instances-1.html"), 95)), "");
  const r20 = median(t("instances-20.html")) / median(t("instances-1.html"));
  row("**Ratio 20 / 1 instance**", "", `**${ratio(r20)}**`, ratio(pct(t("instances-20.html"), 95) / pct(t("instances-1.html"), 95)), "", "≤ 2× (medians)", Number.isFinite(r20) ? r20 <= 2 : null);
  const instRuns = [
    ...[1, 20].flatMap((n) => (load[key(`embed-${n}`, 1, false)]?.cold ?? []).map((r) => ({ ...r, ready: r.hostsReady }))),
    ...pages["instances-5.html"],
  ];
  const wasmOnce = instRuns.filter((r) => r.perfWasm === 1 && r.requestWasm === 1).length;
  const allReady = instRuns.filter((r) => r.ready === r.hosts).length;
  row(`.wasm fetched exactly once per page (Performance API and request log)`, instRuns.length, `${wasmOnce}/${instRuns.length} pages`, "", `max ${max(instRuns.map((r) => Math.max(r.perfWasm, r.requestWasm)))} fetches`, "exactly 1", instRuns.length ? wasmOnce === instRuns.length : null);
  row("Every instance has `data-ready` at the end", instRuns.length, `${allReady}/${instRuns.length} pages`, "", "", "all", instRuns.length ? allReady === instRuns.length : null);

  head(`4. Custom content via \`content="ID"\` (one instance, cold): ${(content.bigBytes / content.defaultBytes).toFixed(1)}× the JSON bytes, ${(content.newTextChars / content.textChars).toFixed(1)}× the text`);
  const cd = t("content-default.html"), c1 = t("content-1x.html"), c10 = t("content-10x.html");
  row("Default content (embedded, no `content` attribute)", cd.length, ms(median(cd)), ms(pct(cd, 95)), ms(max(cd)));
  row(`en.json given as custom content (${bytes(content.defaultBytes).split(" (")[0]})`, c1.length, ms(median(c1)), ms(pct(c1, 95)), ms(max(c1)));
  row(`10× custom content (${bytes(content.bigBytes).split(" (")[0]}, ${content.texts} texts, longest ${content.longest} chars)`, c10.length, ms(median(c10)), ms(pct(c10, 95)), ms(max(c10)));
  const r10 = median(c10) / median(cd);
  row("**Ratio 10× content / default**", "", `**${ratio(r10)}**`, ratio(pct(c10, 95) / pct(cd, 95)), "", "≤ 10× (medians)", Number.isFinite(r10) ? r10 <= 10 : null);
  row("Ratio 10× content / en.json as custom content", "", ratio(median(c10) / median(c1)), ratio(pct(c10, 95) / pct(c1, 95)), "");
  const used = pages["content-10x.html"].filter((r) => r.padded && !r.contentError).length;
  const fallback = [...pages["content-1x.html"], ...pages["content-10x.html"]].filter((r) => r.contentError).length;
  row("10× content actually rendered (no fallback notice)", c10.length, `${used}/${c10.length} pages`, "", fallback ? `${fallback} fallbacks` : "", "all", c10.length ? used === c10.length && !fallback : null);

  head(`5. Memory on dist/index.html: after load vs after ${INTERACTIONS} interactions (forced GC before each reading)`);
  const mem = inter[1].filter((r) => r.before && r.after);
  const medOf = (f) => median(mem.map(f));
  const maxOf = (f) => max(mem.map(f));
  row("JS heap used (CDP Runtime.getHeapUsage) — after load", mem.length, bytes(medOf((r) => r.before.heap)), "", bytes(maxOf((r) => r.before.heap)));
  const warmN = mem.length ? mem[0].warm : 0;
  const growth = (k, from) => ({
    med: medOf((r) => r.after[k] - r[from][k]),
    max: maxOf((r) => r.after[k] - r[from][k]),
    rel: maxOf((r) => (r.after[k] - r[from][k]) / r[from][k]),
  });
  const flatHeap = (g) => (mem.length ? g.rel <= 0.05 : null);
  const flatWasm = (g) => (mem.length ? g.max <= 65536 : null);
  const hLoad = growth("heap", "before"), hWarm = growth("heap", "warmed");
  row(`JS heap used — after ${warmN} warm-up interactions (every item clicked twice)`, mem.length, bytes(medOf((r) => r.warmed.heap)), "", bytes(maxOf((r) => r.warmed.heap)));
  row(`JS heap used — after ${INTERACTIONS} interactions`, mem.length, bytes(medOf((r) => r.after.heap)), "", bytes(maxOf((r) => r.after.heap)));
  row(`JS heap growth (after ${INTERACTIONS} − load)`, mem.length, bytes(hLoad.med), "", bytes(hLoad.max), "≤ 5 %", flatHeap(hLoad));
  row(`JS heap growth (after ${INTERACTIONS} − after warm-up)`, mem.length, bytes(hWarm.med), "", bytes(hWarm.max), "≤ 5 %", flatHeap(hWarm));
  row("Wasm linear memory — after load", mem.length, bytes(medOf((r) => r.before.wasm)), "", bytes(maxOf((r) => r.before.wasm)));
  row(`Wasm linear memory — after ${INTERACTIONS} interactions`, mem.length, bytes(medOf((r) => r.after.wasm)), "", bytes(maxOf((r) => r.after.wasm)));
  const wLoad = growth("wasm", "before"), wWarm = growth("wasm", "warmed");
  row(`Wasm memory growth (after ${INTERACTIONS} − load)`, mem.length, bytes(wLoad.med), "", bytes(wLoad.max), "≤ one 64 KiB page", flatWasm(wLoad));
  row(`Wasm memory growth (after ${INTERACTIONS} − after warm-up)`, mem.length, bytes(wWarm.med), "", bytes(wWarm.max), "≤ one 64 KiB page", flatWasm(wWarm));
  const flat = mem.length ? flatHeap(hWarm) && flatWasm(wWarm) : null;
  const flatFromLoad = mem.length ? flatHeap(hLoad) && flatWasm(wLoad) : null;
  row(`**Memory flat across ${INTERACTIONS} interactions** (steady state: after warm-up → end)`, mem.length, flat === null ? "n/a" : flat ? "flat" : "grows", "", flatFromLoad === null ? "" : `from load: ${flatFromLoad ? "flat" : "grows"}`, "flat", flat);

  const secs = ((Date.now() - started) / 1000).toFixed(0);
  others.stop();
  const otherShare = others.share();
  const out = [
    "# Peer Roadmap benchmark",
    "",
    `${new Date().toISOString()} · ${version && `Chromium ${version}`} (headless, playwright-core) · ${cpus().length} CPUs · ${RUNS} runs per figure (fresh browser context each), ${NET_RUNS} under the slow-mobile network · files served brotli-compressed (quality 11) · ${secs} s`,
    `Build: dist/${dist.glue} + dist/${dist.wasm} (${bytes(dist.wasmBytes).split(" (")[0]} wasm)${dist.dev ? " — **warning: this is a development build (Trunk live-reload client or a wasm over 1 MiB), not the release build: figures do not describe what ships**" : ""}${dist.consistent ? "" : " — **warning: embed.js, index.html and dist/ file names disagree (rebuild in progress?)**"}${dist.stray > 0 ? ` — ${dist.stray} stale hashed file(s) in dist/` : ""}`,
    `Machine: load average ${loadBefore.toFixed(2)} before the run${Number.isFinite(otherShare) ? `; other programs used at least ${(otherShare * 100).toFixed(0)} % of the CPU capacity (${cpus().length} cores) during the run` : ""}${loadBefore > cpus().length * 0.5 || otherShare > 0.1 ? " — **the machine was busy: figures are pessimistic and noisy**" : ""}.`,
    `Throttling check: a fixed JS loop took ${ms(calib[1])} at 1× and ${ms(calib[4])} at 4× CPU (${ratio(calib[4] / calib[1])}; medians of three readings each). Navigation types seen: ${[...navTypes].join(", ")}.`,
    "",
    `## 0. Content on screen and interactive: the widget vs a static page with the same text, side by side`,
    "",
    `Medians, on the top page's timeline (navigation start = 0). FCP = \`first-contentful-paint\`, LCP = the last \`largest-contentful-paint\` candidate (PerformanceObserver, buffered, read once ready, the frame after it painted and no new candidate for 150 ms), interactive = \`data-ready\` (every root) for the widget, the load event for the static page; × = widget / static. Loopback: ${RUNS} runs; slow mobile (${SLOW_NET.latency} ms RTT, ${(SLOW_NET.downloadThroughput * 8 / 1e6).toFixed(1)} Mbit/s down, ${(SLOW_NET.uploadThroughput * 8 / 1e3).toFixed(0)} kbit/s up): ${NET_RUNS} runs. Files brotli-compressed.`,
    "",
    "| Page | Cache | CPU | Network | n | FCP widget | FCP static | × | LCP widget | LCP static | × | Interactive widget | Interactive static | × | Goals |",
    "|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...side,
    "",
    `Goals met: ${verdicts.filter((v) => v.ok === true).length} of ${verdicts.length}${verdicts.some((v) => v.ok !== true && v.ok !== false) ? ` (${verdicts.filter((v) => v.ok !== true && v.ok !== false).length} n/a)` : ""}. What each static side is: ${PAIRS.map(([l, , , what]) => `${l.toLowerCase()} — ${what}`).join("; ")}. LCP element (loopback, 1×): ${PAIRS.map(([l, w, st]) => `${l.toLowerCase()}: widget ${lcpNodes(w)}; static ${lcpNodes(st)}`).join(" · ")}.`,
    "",
    "## 1–5. Load, interaction, instances, content size, memory",
    "",
    "| Measure | n | Median | p95 | Max | Goal | Status |",
    "|---|---:|---:|---:|---:|---|---|",
    ...rows,
    "",
    "Notes:",
    "- Cold = first navigation in a fresh browser context (empty HTTP and code caches); warm = a second navigation in the same context. Assets other than HTML are served with `cache-control: public, max-age=3600`, HTML with `no-cache`; service workers are blocked. All times are in-page `performance.now()` (origin = navigation start); the widget's ready time is when `data-ready` appears (the `peer-roadmap-ready` event for embeds), the baseline's is `loadEventStart`.",
    "- Ratios use medians (p95 column: ratio of p95s). p95 is nearest-rank. CPU throttling is CDP `Emulation.setCPUThrottlingRate`; the slow-mobile network is CDP `Network.emulateNetworkConditions` (latency 150 ms, 200,000 B/s down, 93,750 B/s up) on the page's target, which its same-origin iframe shares; HTTP-cache hits (warm) are not throttled, the HTML's revalidation (304) is.",
    "- Table 0: the iframe rows time the iframe's document (ready = its element's `data-ready`, or the static page's load event inside the iframe; FCP/LCP from the iframe's own PerformanceObserver) on the top page's timeline (the two `performance.timeOrigin`s' difference added). The iframe is 100 % × 860 px in both host pages; the partner pages have no other content. The 1- and 20-instance rows of table 0 (loopback, 1×, cold) are also the 1- and 20-instance rows of section 3.",
    "- Interactions: each starts in a task just after a frame, calls `click()` on the next `.pr-item-button` (an item's `<summary>`, cycling through all of them) and stops the clock in a MutationObserver on that item's `class` (`is-selected`, set by the app's render after the `toggle` event the browser fires for the native `<details>`). The layout figure additionally forces `getBoundingClientRect()` inside that observer; the next-frame figure is a task posted from the following requestAnimationFrame, so it includes waiting for the next vsync (up to ~16.7 ms) and is informational. Timer resolution is about 0.1 ms (page not cross-origin isolated).",
    "- Memory: two forced garbage collections (CDP `HeapProfiler.collectGarbage`) before each reading; wasm memory is `memory.buffer.byteLength` from the page's own glue module (`init()` returns the existing exports). Wasm memory never shrinks, so its growth is a high-water mark. \"Flat\" = JS heap growth ≤ 5 % and wasm growth ≤ one 64 KiB page on every measured page; the headline judges the steady state (from the end of the warm-up, two clicks on every item, to the end) so that one-time growth on first use (lazily compiled code, first render of each detail) is not read as a leak; growth from load is shown beside it.",
    `- Generated inputs: bench/baseline/index.html (from src/content/en.json by bench/make-baseline.mjs, ${baseline.bytes} bytes), bench/pages/*.html, bench/pages/content-10x.json (10× the compact JSON bytes of en.json: every text scaled by one common factor, ${content.multiplier.toFixed(1)}×, capped at ${MAX_TEXT_CHARS} characters, the capped texts' shortfall made up by a higher factor for all the shorter ones).`,
  ];
  if (content.bigBytes > MAX_CONTENT_BYTES) out.push(`- **Warning: the 10× content is ${content.bigBytes} bytes, over the widget's ${MAX_CONTENT_BYTES}-byte limit.**`);
  if (failures.length) {
    out.push("", `Failures (${failures.length}; those runs are left out of the figures):`, ...failures.slice(0, 20).map((f) => `- ${f}`));
    if (failures.length > 20) out.push(`- … and ${failures.length - 20} more`);
  }
  if (warnings.length) {
    const distinct = [...new Set(warnings.map((w) => w.replace(/^.*? run -?\d+: /, "")))];
    out.push("", `Console/page errors seen in ${warnings.length} page(s) (figures kept):`, ...distinct.slice(0, 10).map((w) => `- ${w}`));
  }
  const md = out.join("\n") + "\n";
  writeFileSync(`${BENCH}results.md`, md);
  process.stdout.write(md);
}

main().then(
  () => process.exit(0),
  (e) => {
    // No table could be produced: the benchmark could not run.
    console.error(`bench: cannot run: ${e.stack || e}`);
    process.exit(1);
  },
);
