// `make package`: the release artefacts, from a release build (dist/).
//   package/                      the npm package: the deployable files, custom-elements.json,
//                                 TypeScript declarations, VS Code HTML data, README, licences
//   release/peer-roadmap-X.Y.Z.tgz that package, by `npm pack`
//   release/peer-roadmap-X.Y.Z.zip the deployable folder (with its SHA256SUMS and the licences)
//   release/SHA256SUMS             the two archives' SHA-256
// Same inputs, same bytes: files are written in a sorted order, the zip has fixed times
// (SOURCE_DATE_EPOCH, else 1980-01-01) and sorted entries, and npm pack normalises the tarball.
// Usage: node tools/package.mjs [dist] [out]   (out: where package/ and release/ go, default .)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";
import { API, crateVersion, customElementsManifest, json, reactDeclarations, typeDeclarations, vscodeHtmlData } from "./element-api.mjs";
import { codeFiles, integrity } from "./first-visit.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The package's name on npm, its archives' prefix. */
export const NAME = "peer-roadmap";
/** What the package and the archive carry besides the build: the licences. */
const LICENCES = ["LICENSE-MIT", "LICENSE-APACHE"];

/** Every file under `dir`, as sorted "/" paths relative to it. */
export function files(dir) {
  const walk = (d) => readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir).map((p) => relative(dir, p).split(sep).join("/")).sort();
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** `sha256sum` format: "<hex>  <name>", one line each, sorted by name. */
function sums(dir, names) {
  return names.map((name) => `${sha256(readFileSync(join(dir, name)))}  ${name}\n`).join("");
}

/** The package's package.json: what npm, bundlers, TypeScript and editors read. */
function manifest(version) {
  const declarations = { types: "./embed.d.ts", default: "./embed.js" };
  return {
    name: NAME,
    version,
    description: "Interactive bilingual (English / French) roadmap of peers' engagement in care: the <peer-roadmap> web component",
    keywords: ["web-component", "custom-element", "peer-support", "health", "bilingual", "webassembly"],
    license: "MIT OR Apache-2.0",
    type: "module",
    exports: {
      ".": declarations,
      "./embed.js": declarations,
      "./react": { types: "./react.d.ts" },
      "./custom-elements.json": "./custom-elements.json",
      "./vscode.html-custom-data.json": "./vscode.html-custom-data.json",
      "./peer-roadmap.css": "./peer-roadmap.css",
      "./package.json": "./package.json",
    },
    module: "./embed.js",
    types: "./embed.d.ts",
    customElements: "custom-elements.json",
    // Importing the module registers the element: a bundler must never drop it as unused.
    sideEffects: true,
  };
}

/** The package's README: its own text (tools/package-readme.md) and the API, from element-api.json. */
function readme(version) {
  // Cells are Markdown: a pipe would end the cell, a "<script …>" outside code would be HTML.
  const cell = (c) => String(c).replace(/\|/g, "\\|").split("`").map((part, i) => (i % 2 ? part : part.replace(/</g, "&lt;"))).join("`");
  const row = (...cells) => `| ${cells.map(cell).join(" | ")} |\n`;
  let api = `## API (${version})\n\n### Attributes\n\n| attribute | type | default | description |\n| --- | --- | --- | --- |\n`;
  for (const a of API.attributes) api += row(`\`${a.name}\``, `\`${a.type}\``, a.default, a.description);
  api += `\n### Properties and methods\n\n| name | type | description |\n| --- | --- | --- |\n`;
  for (const p of API.properties) api += row(`\`${p.name}\``, `\`${p.type}\`${p.readonly ? " (read-only)" : ""}`, p.description);
  for (const m of API.methods) api += row(`\`${m.name}()\``, `\`${m.return}\``, m.description);
  api += `\n### Events\n\n| event | type | when |\n| --- | --- | --- |\n`;
  for (const e of API.events) api += row(`\`${e.name}\``, `\`${e.type}\``, e.description);
  api += `\n### CSS custom properties\n\n| property | what it sets |\n| --- | --- |\n`;
  for (const c of API.cssProperties) api += row(`\`${c.name}\``, c.description);
  return `${readFileSync(join(ROOT, "tools/package-readme.md"), "utf8").replaceAll("{{version}}", version).trimEnd()}\n\n${api}`;
}

/** MS-DOS date and time (what zip stores) of a Unix time, in UTC; 1980-01-01 at the earliest. */
function dosTime(seconds) {
  const d = new Date(Math.max(seconds, 315532800) * 1000);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * A zip of `entries` ([name, bytes], written in the given order): deflated (stored when that is
 * not smaller), UTF-8 names, every file with the same time and mode 0644, no extra fields. The
 * same entries give the same bytes.
 */
export function zip(entries, seconds) {
  const { time, date } = dosTime(seconds);
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const deflated = deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    // The fields the local header and the central directory entry share, in the same order.
    const shared = (buffer, at) => {
      buffer.writeUInt16LE(0x0800, at); // UTF-8 names
      buffer.writeUInt16LE(method, at + 2);
      buffer.writeUInt16LE(time, at + 4);
      buffer.writeUInt16LE(date, at + 6);
      buffer.writeUInt32LE(crc, at + 8);
      buffer.writeUInt32LE(body.length, at + 12);
      buffer.writeUInt32LE(data.length, at + 16);
      buffer.writeUInt16LE(nameBytes.length, at + 20);
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    shared(header, 6);
    header.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    entry.writeUInt16LE(20, 6);
    shared(entry, 8);
    entry.writeUInt32LE(((0o100644 << 16) >>> 0), 38);
    entry.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, body);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** Writes package/ and release/ under `out` from the build in `dist`; returns what it made. */
export function makePackage(dist, out, { seconds = Number(process.env.SOURCE_DATE_EPOCH || 0), log = () => {} } = {}) {
  if (!existsSync(join(dist, "embed.js"))) throw new Error(`${dist} has no embed.js: run \`make dist\` first`);
  codeFiles(dist); // one glue and one wasm: a release build, not a folder with two builds in it
  if (existsSync(join(dist, "demo"))) throw new Error(`${dist} holds the demo pages (a development build): run \`make dist\``);
  const version = crateVersion();
  const pkg = join(out, "package");
  const release = join(out, "release");
  rmSync(pkg, { recursive: true, force: true });
  rmSync(release, { recursive: true, force: true });
  mkdirSync(pkg, { recursive: true });
  mkdirSync(release, { recursive: true });

  // The deployable folder, as the zip holds it: the build, the licences, their SHA256SUMS.
  const build = files(dist);
  const folder = `${NAME}-${version}`;
  const deployable = new Map(build.map((f) => [f, readFileSync(join(dist, f))]));
  for (const f of LICENCES) deployable.set(f, readFileSync(join(ROOT, f)));
  const names = [...deployable.keys()].sort();
  const checksums = names.map((f) => `${sha256(deployable.get(f))}  ${f}\n`).join("");
  const entries = [...names.map((f) => [`${folder}/${f}`, deployable.get(f)]), [`${folder}/SHA256SUMS`, Buffer.from(checksums)]];
  const zipName = `${folder}.zip`;
  writeFileSync(join(release, zipName), zip(entries, seconds));

  // The npm package: the same files, the metadata, the README and the changelog.
  for (const f of names) {
    mkdirSync(join(pkg, f, ".."), { recursive: true });
    writeFileSync(join(pkg, f), deployable.get(f));
  }
  const generated = {
    "custom-elements.json": json(customElementsManifest(API, version)),
    "embed.d.ts": typeDeclarations(API, version),
    "react.d.ts": reactDeclarations(API, version),
    "vscode.html-custom-data.json": json(vscodeHtmlData(API, version)),
    "package.json": json(manifest(version)),
    "README.md": readme(version),
    "CHANGELOG.md": readFileSync(join(ROOT, "CHANGELOG.md"), "utf8"),
  };
  for (const [f, text] of Object.entries(generated)) writeFileSync(join(pkg, f), text);
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", resolve(release)], {
      cwd: pkg,
      encoding: "utf8",
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_loglevel: "error" },
    }),
  )[0];
  const tgzName = packed.filename;

  writeFileSync(join(release, "SHA256SUMS"), sums(release, [tgzName, zipName].sort()));
  const size = (path) => statSync(path).size;
  const result = {
    version,
    package: pkg,
    release,
    tgz: join(release, tgzName),
    zip: join(release, zipName),
    embedIntegrity: integrity(dist, "embed.js"),
    packageFiles: files(pkg),
    sizes: { tgz: size(join(release, tgzName)), zip: size(join(release, zipName)), unpacked: packed.unpackedSize },
  };
  log(`package: ${relative(process.cwd(), pkg) || "."}/ (${result.packageFiles.length} files, ${result.sizes.unpacked} B unpacked)`);
  log(`package: ${relative(process.cwd(), result.tgz)} ${result.sizes.tgz} B`);
  log(`package: ${relative(process.cwd(), result.zip)} ${result.sizes.zip} B`);
  log(`package: ${relative(process.cwd(), join(release, "SHA256SUMS"))}:\n${readFileSync(join(release, "SHA256SUMS"), "utf8").trimEnd()}`);
  log(`package: embed.js integrity (SRI): ${result.embedIntegrity}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    makePackage(process.argv[2] || "dist", process.argv[3] || ".", { log: console.log });
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
