// End-to-end: the npm package and the release archive (`make package`), from the release build.
// The package is made twice (same bytes), checked against the code (tools/element-api.json is the
// one description of the element's API), installed from its tarball into a fresh project, its
// declarations compiled by tsc, and the three examples (plain HTML, React 19, Vue 3) bundled
// from it with esbuild (and the plain HTML one with Vite) and run in Chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import { build } from "esbuild";
import Ajv from "ajv";
import { DIST, item, openPage } from "./fixture.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";
import { API, crateVersion, customElementsManifest } from "../../tools/element-api.mjs";
import { files, makePackage } from "../../tools/package.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), "utf8");
const VERSION = crateVersion();

// Under target/ so that the project finds react, vue and typescript in the repository's
// node_modules, as an app finds its own; only peer-roadmap is installed into it.
const WORK = join(ROOT, "target/package-test");
let made; // the first package
let again; // the second, from the same build
let app; // the project the package is installed into
const ctx = {};

before(async () => {
  if (!existsSync(join(DIST, "embed.js"))) throw new Error("dist/ is missing: run `make dist` first");
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const seconds = 1764633600; // any fixed SOURCE_DATE_EPOCH
  made = makePackage(DIST, join(WORK, "a"), { seconds });
  again = makePackage(DIST, join(WORK, "b"), { seconds });
  app = join(WORK, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts", made.tgz], {
    cwd: app,
    stdio: "pipe",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
});

after(async () => {
  await ctx.browser?.close();
  await ctx.site?.close();
});

test("two runs from the same build give the same bytes", () => {
  for (const f of ["tgz", "zip"]) assert.ok(readFileSync(made[f]).equals(readFileSync(again[f])), `${f} differs between two runs`);
  assert.equal(readFileSync(join(made.release, "SHA256SUMS"), "utf8"), readFileSync(join(again.release, "SHA256SUMS"), "utf8"));
  assert.deepEqual(made.packageFiles, again.packageFiles);
});

test("the API description matches the code: attributes, events, custom properties, ids", () => {
  const embed = readdirSync(join(ROOT, "src"), { recursive: true })
    .filter((f) => /^embed.*\.rs$|^embed\//.test(f) && f.endsWith(".rs"))
    .map((f) => read(`src/${f}`))
    .join("\n");
  const observed = read("www/boot/widget.js").match(/observed: \[([^\]]*)\]/);
  assert.ok(observed, "the observed attributes in www/boot/widget.js");
  assert.deepEqual([...observed[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort(), API.attributes.map((a) => a.name).sort());

  // Every "peer-roadmap-…" string of the element's code is an event, but for the page's mount id.
  const pageId = embed.match(/PAGE_ROOT_ID: &str = "([^"]+)"/)?.[1];
  const literals = new Set([...embed.matchAll(/"(peer-roadmap-[a-z-]+)"/g)].map((m) => m[1]).filter((s) => s !== pageId));
  assert.deepEqual([...literals].sort(), API.events.map((e) => e.name).sort(), "events dispatched in src/embed*");

  // The element class (www/element.js, bundled into embed.js): its accessors and its methods.
  const element = read("www/element.js");
  const getters = [...element.matchAll(/^\s+get (\w+)\(\)/gm)].map((m) => m[1]);
  const setters = new Set([...element.matchAll(/^\s+set (\w+)\(\w+\)/gm)].map((m) => m[1]));
  const methods = [...element.matchAll(/^\s+(\w+)\(\) \{/gm)].map((m) => m[1]).filter((n) => !n.endsWith("Callback") && n !== "constructor");
  assert.deepEqual(getters.sort(), API.properties.map((p) => p.name).sort(), "the element's properties");
  for (const p of API.properties) assert.equal(!setters.has(p.name), p.readonly, `${p.name} is ${p.readonly ? "read-only" : "writable"}`);
  assert.deepEqual(methods.sort(), API.methods.map((m) => m.name).sort(), "the element's methods");

  const css = read("www/peer-roadmap.css").replace(/\/\*[\s\S]*?\*\//g, "");
  const used = new Set([...css.matchAll(/var\((--peer-roadmap-[a-z-]+)/g)].map((m) => m[1]));
  assert.deepEqual([...used].sort(), API.cssProperties.map((c) => c.name).sort(), "custom properties of www/peer-roadmap.css");
  const readme = read("README.md");
  for (const c of API.cssProperties) assert.ok(readme.includes(c.name) || readme.includes(`\`${c.name.replace("--peer-roadmap", "")}\``), `README's Theming table names ${c.name}`);

  const content = JSON.parse(read("src/content/en.json"));
  for (const [name, { section, ids }] of Object.entries(API.ids).filter(([k]) => !k.startsWith("$"))) {
    const section_ = content[section];
    const items = Array.isArray(section_) ? section_ : Object.values(section_).find(Array.isArray);
    assert.deepEqual(ids, items.map((i) => i.id), `${name}: the ids of ${section} in src/content/en.json`);
  }
});

test("the package: deployable files, metadata, no demos; version from Cargo.toml", () => {
  const build = files(DIST);
  const extra = ["CHANGELOG.md", "LICENSE-APACHE", "LICENSE-MIT", "README.md", "custom-elements.json", "embed.d.ts", "package.json", "react.d.ts", "vscode.html-custom-data.json"];
  assert.deepEqual(made.packageFiles, [...build, ...extra].sort());
  assert.ok(!made.packageFiles.some((f) => /demo|fixture|test/.test(f)), "no demo or test page");
  const installed = join(app, "node_modules/peer-roadmap");
  assert.deepEqual(files(installed), made.packageFiles, "npm install unpacks every file");
  for (const f of build) assert.ok(readFileSync(join(installed, f)).equals(readFileSync(join(DIST, f))), `${f} is the build's`);

  const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(pkg.name, "peer-roadmap");
  assert.equal(pkg.version, VERSION);
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.equal(pkg.types, "./embed.d.ts");
  assert.deepEqual(pkg.exports["."], { types: "./embed.d.ts", default: "./embed.js" });
  assert.equal(pkg.sideEffects, true);
  assert.match(readFileSync(join(installed, "README.md"), "utf8"), new RegExp(`^# peer-roadmap ${VERSION.replace(/\./g, "\\.")}`));
  assert.match(read("CHANGELOG.md"), new RegExp(`^## \\[(Unreleased|${VERSION.replace(/\./g, "\\.")})\\]`, "m"));
});

test("custom-elements.json follows the Custom Elements Manifest schema and says the version", () => {
  const cem = JSON.parse(readFileSync(join(made.package, "custom-elements.json"), "utf8"));
  assert.deepEqual(cem, customElementsManifest(API, VERSION));
  // The schema itself, from the custom-elements-manifest package (its version is the schema's).
  const schema = JSON.parse(read("node_modules/custom-elements-manifest/schema.json"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(cem), JSON.stringify(validate.errors, null, 2));
  assert.equal(cem.schemaVersion, JSON.parse(read("node_modules/custom-elements-manifest/package.json")).version);
  const [module] = cem.modules;
  assert.equal(module.kind, "javascript-module");
  assert.equal(module.path, "embed.js");
  const [element] = module.declarations;
  assert.equal(element.kind, "class");
  assert.equal(element.customElement, true);
  assert.equal(element.tagName, "peer-roadmap");
  assert.match(element.description, new RegExp(`Version ${VERSION.replace(/\./g, "\\.")}\\.$`));
  assert.deepEqual(element.attributes.map((a) => a.name), ["lang", "theme", "deep-link", "content"]);
  assert.deepEqual(element.members.map((m) => `${m.kind} ${m.name}`), ["field content", "field state", "method reset"]);
  assert.equal(element.members.find((m) => m.name === "state").readonly, true);
  assert.deepEqual(element.events.map((e) => e.name), ["peer-roadmap-shown", "peer-roadmap-ready", "peer-roadmap-change"]);
  assert.equal(element.cssProperties.length, 14);
  for (const list of [element.attributes, element.members, element.events, element.cssProperties]) {
    for (const item of list) assert.ok(typeof item.name === "string" && item.description, `${item.name} has a description`);
  }
  assert.deepEqual(module.exports, [{ kind: "custom-element-definition", name: "peer-roadmap", declaration: { name: "PeerRoadmapElement", module: "embed.js" } }]);

  const vscode = JSON.parse(readFileSync(join(made.package, "vscode.html-custom-data.json"), "utf8"));
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((t) => t.name), ["peer-roadmap"]);
  assert.deepEqual(vscode.tags[0].attributes.find((a) => a.name === "theme").values.map((v) => v.name), ["light", "dark", "auto"]);
  assert.equal(vscode.tags[0].attributes.find((a) => a.name === "deep-link").valueSet, "v");
});

test("TypeScript: a consumer compiles with the package's declarations (and its mistakes do not)", () => {
  const consumer = join(app, "ts");
  cpSync(join(ROOT, "tests/e2e/consumer"), consumer, { recursive: true });
  const tsc = join(ROOT, "node_modules/.bin/tsc");
  execFileSync(tsc, ["-p", join(consumer, "tsconfig.json")], { stdio: "pipe" });
  // The same consumer without one @ts-expect-error must fail: the checks are real.
  const ts = join(consumer, "consumer.ts");
  writeFileSync(ts, readFileSync(ts, "utf8").replace("// @ts-expect-error: state is read-only\n", ""));
  assert.throws(() => execFileSync(tsc, ["-p", join(consumer, "tsconfig.json")], { stdio: "pipe" }), (e) => /TS2540.*'state'/.test(String(e.stdout)));
});

test("the release archive holds the deployable folder, the licences and their SHA256SUMS", () => {
  const entries = unzip(readFileSync(made.zip));
  const folder = `peer-roadmap-${VERSION}/`;
  const names = [...entries.keys()];
  assert.ok(names.every((n) => n.startsWith(folder)), "one top folder");
  const inside = names.map((n) => n.slice(folder.length));
  assert.deepEqual(inside.sort(), [...files(DIST), "LICENSE-APACHE", "LICENSE-MIT", "SHA256SUMS"].sort());
  for (const f of files(DIST)) assert.ok(entries.get(folder + f).equals(readFileSync(join(DIST, f))), `${f} is the build's`);
  const sums = entries.get(`${folder}SHA256SUMS`).toString("utf8").trimEnd().split("\n");
  assert.equal(sums.length, inside.length - 1);
  for (const line of sums) {
    const [, hex, name] = line.match(/^([0-9a-f]{64}) {2}(.+)$/);
    assert.equal(createHash("sha256").update(entries.get(folder + name)).digest("hex"), hex, name);
  }
  const outer = readFileSync(join(made.release, "SHA256SUMS"), "utf8");
  for (const f of [made.tgz, made.zip]) {
    assert.ok(outer.includes(`${createHash("sha256").update(readFileSync(f)).digest("hex")}  ${f.split("/").pop()}`));
  }
  assert.match(made.embedIntegrity, /^sha384-[A-Za-z0-9+/]{64}$/);
});

// ------------------------------------------------------------------------- the three examples
const EXAMPLES = {
  html: { entry: "main.js" },
  react: { entry: "main.jsx" },
  vue: { entry: "main.js", alias: { vue: "vue/dist/vue.esm-bundler.js" } },
};
const DEFINE = { "process.env.NODE_ENV": '"production"', __VUE_OPTIONS_API__: "true", __VUE_PROD_DEVTOOLS__: "false", __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false" };

/**
 * Bundles an example from the installed package as examples/README.md says, into site/<name>-<bundler>/:
 * with esbuild, the wasm and the stylesheet are copied beside the bundle; Vite emits them itself.
 */
async function bundleExample(name, bundler) {
  const source = join(app, name);
  cpSync(join(ROOT, "examples", name), source, { recursive: true });
  const out = join(app, "site", `${name}-${bundler}`);
  const { entry, alias = {} } = EXAMPLES[name];
  if (bundler === "vite") {
    const vite = await import("vite");
    await vite.build({ root: source, base: "./", configFile: false, logLevel: "silent", resolve: { alias }, define: DEFINE, build: { outDir: out, emptyOutDir: true } });
    return;
  }
  await build({
    entryPoints: [join(source, entry)],
    bundle: true,
    format: "esm",
    target: "es2022",
    outfile: join(out, "main.js"),
    jsx: "automatic",
    minify: true,
    alias,
    define: DEFINE,
    logLevel: "silent",
  });
  const installed = join(app, "node_modules/peer-roadmap");
  for (const f of readdirSync(installed).filter((f) => f.endsWith("_bg.wasm") || /^peer-roadmap\.(css|en\.html|fr\.html)$/.test(f))) cpSync(join(installed, f), join(out, f));
  cpSync(join(source, "index.html"), join(out, "index.html"));
}

for (const [name, bundler] of [["html", "esbuild"], ["react", "esbuild"], ["vue", "esbuild"], ["html", "vite"]]) {
  test(`${name} example from npm, bundled by ${bundler}: renders, follows the app's attribute and property, reports changes`, async () => {
    if (!ctx.site) {
      ctx.site = await serve(join(app, "site"), { mounts: {} });
      ctx.url = ctx.site.url;
      ctx.browser = await launch();
    }
    await bundleExample(name, bundler);
    const { page, context, log } = await openPage(ctx, `${name}-${bundler}/`);
    const widget = page.locator("peer-roadmap");
    await page.waitForSelector("peer-roadmap[data-ready]", { state: "attached" });
    await widget.locator("h2", { hasText: "The world of peers' engagement in care" }).waitFor();

    // The app changes the language (React and Vue set it as the lang property) and the theme.
    const toggle = page.getByRole("button", { name: "Français", exact: true }).first();
    await toggle.click();
    await widget.locator("article.pr-root[lang=fr]").waitFor();
    await page.getByRole("button", { name: "Dark theme" }).click();
    await widget.locator("article.pr-theme-dark").waitFor();

    // The reader selects an item: the app hears peer-roadmap-change.
    await item(widget, "Accompagner dans les services").click();
    await page.locator("#selected", { hasText: "navigate-services" }).waitFor({ timeout: 5000 });
    assert.equal(await widget.evaluate((el) => el.state.selected), "navigate-services");
    // The app calls reset(): back to a first visit, reported too.
    await page.getByRole("button", { name: "Start over", exact: true }).click();
    await page.locator("#selected", { hasText: "none" }).waitFor({ timeout: 5000 });

    // The content property takes an object.
    const custom = JSON.parse(read("src/content/fr.json"));
    custom.intro.title = "Notre feuille de route";
    await widget.evaluate((el, c) => { el.content = c; }, custom);
    await widget.locator("h2", { hasText: "Notre feuille de route" }).waitFor({ timeout: 5000 });

    assert.ok(log.requests.some((u) => u.endsWith(".wasm")), "the wasm was found beside the bundle");
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
}

/** The entries of a zip (name → bytes), read from its central directory. */
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const offset = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const body = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra;
  }
  return entries;
}
