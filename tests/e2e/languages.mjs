// Custom content in languages the roadmap does not ship, for the tests and the screenshots:
// the Spanish example (examples/custom-content/es.json: the English text, marked as a
// placeholder) and Arabic *test* content made from the English, every text a placeholder in
// Arabic script ("نص تجريبي", "test text"), which is not a translation and states no fact.
import { readFileSync } from "node:fs";

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

export const EN = read("../../src/content/en.json");
export const ES = read("../../examples/custom-content/es.json");

/** Fields whose strings are not texts to replace: ids, tags, links, names of people and journals. */
const KEEP = new Set(["id", "lang", "language_switch", "language_switch_lang", "title_lang", "url", "page_url",
  "authors", "journal", "when", "version"]);
const PLACEHOLDER = "نص تجريبي";

/** A placeholder about as long as `text`, keeping its `{name}` placeholders. */
function placeholder(text) {
  const words = Math.max(1, Math.round(text.length / (PLACEHOLDER.length + 1)));
  const slots = text.match(/\{[a-z]+\}/g) ?? [];
  return [Array(words).fill(PLACEHOLDER).join(" "), ...slots].join(" ");
}

function replaceTexts(value, key) {
  if (typeof value === "string") return KEEP.has(key) ? value : placeholder(value);
  if (Array.isArray(value)) return value.map((v) => replaceTexts(v, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTexts(v, k)]));
  }
  return value;
}

/** Arabic test content: right to left, named in Arabic, placeholders for every text. */
export function arabicTestContent() {
  const ar = replaceTexts(structuredClone(EN), "");
  ar.lang = "ar";
  ar.ui.language_name = "العربية";
  ar.ui.languages = "اللغات";
  ar.ui.language_switch = "English";
  ar.ui.language_switch_lang = "en";
  // The article titles stay in English, marked as such.
  for (const [i, ref] of ar.about.references.entries()) {
    ref.title = EN.about.references[i].title;
    ref.title_lang = "en";
  }
  return ar;
}

/** Puts custom content scripts and one <peer-roadmap> on demo/blank.html's stage; resolves when it is ready. */
export async function stage(page, { scripts = {}, attributes = {}, hash = null, dir = null }) {
  await page.evaluate(async ([scripts, attributes, hash, dir]) => {
    if (dir) document.documentElement.dir = dir;
    history.replaceState(null, "", location.pathname + (hash === null ? "" : `#${hash}`));
    const stage = document.getElementById("stage");
    stage.replaceChildren();
    for (const [id, content] of Object.entries(scripts)) {
      const s = document.createElement("script");
      s.type = "application/json";
      s.id = id;
      s.textContent = JSON.stringify(content);
      stage.append(s);
    }
    const el = document.createElement("peer-roadmap");
    el.id = "w";
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    const ready = new Promise((resolve) => el.addEventListener("peer-roadmap-ready", resolve, { once: true }));
    stage.append(el);
    await ready;
  }, [scripts, attributes, hash, dir]);
}
