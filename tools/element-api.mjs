// <peer-roadmap>'s public API for tools: read from tools/element-api.json (the one description of
// it) and written out as a Custom Elements Manifest, TypeScript declarations and VS Code custom
// HTML data. tools/package.mjs puts the three in the npm package; tests/e2e/package.test.mjs
// checks the description against the code.
import { readFileSync } from "node:fs";

export const API = JSON.parse(readFileSync(new URL("./element-api.json", import.meta.url), "utf8"));

/** The crate's version, from Cargo.toml's [package] section: the package's and the manifest's. */
export function crateVersion(cargoToml = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8")) {
  const section = cargoToml.split(/^\[/m).find((s) => s.startsWith("package]"));
  const version = section?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error("Cargo.toml: no semantic [package] version");
  return version;
}

/** The union of an id list, as TypeScript. */
const union = (ids) => ids.map((id) => JSON.stringify(id)).join(" | ");

/** The Custom Elements Manifest (schema 2.1.0) of embed.js. */
export function customElementsManifest(api = API, version = crateVersion()) {
  const attributes = api.attributes.map((a) => ({
    name: a.name,
    description: a.description,
    type: { text: a.type },
    default: a.default,
    ...(api.properties.some((p) => p.name === a.name) ? { fieldName: a.name } : {}),
  }));
  const members = [
    ...api.properties.map((p) => ({
      kind: "field",
      name: p.name,
      description: p.description,
      type: { text: p.type },
      ...(p.readonly ? { readonly: true } : {}),
      ...(api.attributes.some((a) => a.name === p.name) ? { attribute: p.name } : {}),
    })),
    ...api.methods.map((m) => ({ kind: "method", name: m.name, description: m.description, return: { type: { text: m.return } } })),
  ];
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: api.module,
        description: `Peer Roadmap ${version}: importing this module registers <${api.tag}>.`,
        declarations: [
          {
            kind: "class",
            customElement: true,
            tagName: api.tag,
            name: api.className,
            summary: api.summary,
            description: `${api.description} Version ${version}.`,
            superclass: { name: "HTMLElement" },
            attributes,
            members,
            events: api.events.map((e) => ({ name: e.name, description: e.description, type: { text: e.type } })),
            cssProperties: api.cssProperties.map((c) => ({ name: c.name, syntax: c.syntax, description: c.description })),
          },
        ],
        exports: [{ kind: "custom-element-definition", name: api.tag, declaration: { name: api.className, module: api.module } }],
      },
    ],
  };
}

/** `/** … *\/` for a declaration, indented. */
const doc = (text, indent = "") => `${indent}/** ${text.replace(/\*\//g, "*\\/")} */\n`;

/** The package's TypeScript declarations: the element class, its types, the tag and event maps. */
export function typeDeclarations(api = API, version = crateVersion()) {
  const eventMap = api.events.map((e) => `${doc(e.description, "  ")}  ${JSON.stringify(e.name)}: ${e.type};\n`).join("");
  let out = `// Peer Roadmap ${version}: TypeScript declarations of <${api.tag}>, written from tools/element-api.json.\n`;
  out += `// \`import "peer-roadmap"\` registers the element; these types describe it.\n\n`;
  for (const [name, { ids }] of Object.entries(api.ids).filter(([k]) => !k.startsWith("$"))) {
    out += `export type ${name} = ${union(ids)};\n`;
  }
  for (const t of api.types) out += `\n${doc(t.description)}export type ${t.name} = ${t.definition};\n`;
  out += `\n/** The events of <${api.tag}>, by name. */\nexport interface ${api.className}EventMap extends HTMLElementEventMap {\n${eventMap}}\n`;
  out += `\n${doc(`${api.summary} ${api.description}`)}export interface ${api.className} extends HTMLElement {\n`;
  for (const a of api.attributes.filter((a) => a.name === "lang")) out += `${doc(a.description, "  ")}  lang: string;\n`;
  for (const p of api.properties) out += `${doc(p.description, "  ")}  ${p.readonly ? "readonly " : ""}${p.name}: ${p.type};\n`;
  for (const m of api.methods) out += `${doc(m.description, "  ")}  ${m.name}(): ${m.return};\n`;
  out += `  addEventListener<K extends keyof ${api.className}EventMap>(type: K, listener: (this: ${api.className}, event: ${api.className}EventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n`;
  out += `  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;\n`;
  out += `  removeEventListener<K extends keyof ${api.className}EventMap>(type: K, listener: (this: ${api.className}, event: ${api.className}EventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;\n`;
  out += `  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;\n`;
  out += `}\n\n/** The attributes of <${api.tag}>, as a framework's props (React, Vue) would take them. */\nexport interface ${api.className}Attributes {\n`;
  for (const a of api.attributes) out += `${doc(a.description, "  ")}  ${JSON.stringify(a.name)}?: ${a.type === "boolean" ? "boolean | \"\"" : a.type};\n`;
  out += `}\n\ndeclare global {\n  interface HTMLElementTagNameMap {\n    ${JSON.stringify(api.tag)}: ${api.className};\n  }\n`;
  // The events bubble: a listener on any element or on the document gets their type.
  for (const map of ["HTMLElementEventMap", "DocumentEventMap"]) out += `  interface ${map} {\n${eventMap.trimEnd().replace(/^/gm, "  ")}\n  }\n`;
  out += "}\n";
  return out;
}

/**
 * Types for React 19's JSX (`import type {} from "peer-roadmap/react"`): the attributes, the
 * properties React sets on a custom element, and its `on<event>` listeners (React 19 adds a
 * listener for the event named after "on", as written).
 */
export function reactDeclarations(api = API, version = crateVersion()) {
  const content = api.properties.find((p) => p.name === "content");
  const lines = [
    ...api.attributes.filter((a) => !["lang", "content"].includes(a.name)).map((a) => [a.description, `${JSON.stringify(a.name)}?: ${a.type === "boolean" ? "boolean" : a.type};`]),
    [`The id of a <script type="application/json"> (the attribute) or, once the element is defined, the content itself (the property). ${content.description}`, `content?: string | ${content.type};`],
    ...api.events.map((e) => [e.description, `${JSON.stringify(`on${e.name}`)}?: (event: ${e.type}) => void;`]),
  ];
  const types = api.types.map((t) => t.name).filter((name) => api.events.some((e) => e.type.includes(name)) || content.type.includes(name));
  return `// Peer Roadmap ${version}: <${api.tag}> in React 19's JSX, written from tools/element-api.json.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { ${api.className}, ${types.join(", ")} } from "./embed.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      ${JSON.stringify(api.tag)}: Omit<DetailedHTMLProps<HTMLAttributes<${api.className}>, ${api.className}>, "content"> & {
${lines.map(([d, l]) => `${doc(d, "        ")}        ${l}`).join("\n")}
      };
    }
  }
}
`;
}

/** VS Code's custom HTML data (html.customData): completion and hover for the tag and its attributes. */
export function vscodeHtmlData(api = API, version = crateVersion()) {
  return {
    $schema: "https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json",
    version: 1.1,
    tags: [
      {
        name: api.tag,
        description: { kind: "markdown", value: `${api.summary}\n\n${api.description}\n\nPeer Roadmap ${version}.` },
        attributes: api.attributes.map((a) => ({
          name: a.name,
          description: `${a.description} Default: ${a.default}.`,
          ...(a.type === "boolean" ? { valueSet: "v" } : a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
        })),
      },
    ],
  };
}

/** JSON as the package writes it: two-space indentation, a final newline. */
export const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
