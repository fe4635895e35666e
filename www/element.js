// The <peer-roadmap> element class, defined as soon as embed.js runs, before the code has
// arrived. Until then each connected element shows the roadmap the build prerendered in its
// language (fetched once per language, in parallel with the code), styled, in its own shadow
// root; once the code is ready every element gets its Rust instance, which hydrates that HTML
// in place (or renders afresh when it cannot: custom content, another language). An element
// with custom content shows nothing until its own content is rendered: never the default
// roadmap first.
//
// Properties and calls made before the code is ready are kept and handed over: `content` (a
// plain copy, as later), `reset()`. `state` is null until the first render, as before.

/** `lang` primary subtag → a shipped language, else null. */
function shipped(tag, languages) {
  const primary = String(tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return languages.includes(primary) ? primary : null;
}

/**
 * The language an element's first render shows, as the Rust side reads it (src/embed/attributes.rs):
 * a deep link's (`deep-link` attribute and `lang=` in the hash), the `lang` attribute, the
 * nearest `lang` around it, the browser's, English.
 */
export function firstLanguage(el, languages) {
  if (el.hasAttribute("deep-link")) {
    const linked = new URLSearchParams(location.hash.slice(1)).get("lang");
    if (linked !== null && languages.includes(linked)) return linked;
  }
  const own = el.getAttribute("lang");
  if (own !== null && shipped(own, languages)) return shipped(own, languages);
  const around = el.parentElement?.closest("[lang]")?.getAttribute("lang");
  return shipped(around, languages) || shipped(navigator.language, languages) || "en";
}

/** The theme class for a `theme` value (src/state.rs, `Theme`): light unless it says otherwise. */
export function themeClassOf(theme) {
  const value = (theme ?? "").trim().toLowerCase();
  return `pr-theme-${["light", "dark", "auto"].includes(value) ? value : "light"}`;
}

/** The theme class an element's root has. */
export const themeClass = (el) => themeClassOf(el.getAttribute("theme"));

/** The stylesheet at `url` as a constructable stylesheet (null where one cannot be made). */
export function loadSheet(url) {
  return fetch(url)
    .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.text(); })
    .then((text) => { const sheet = new CSSStyleSheet({ baseURL: url }); sheet.replaceSync(text); return sheet; });
}

/**
 * Defines `<tag>`. `observed`: its attributes; `languages`: the prerendered ones; `fragment(lang)`:
 * a promise of that language's prerendered HTML (null if none); `sheet`: a promise of the
 * stylesheet (rejects when it cannot be made: the element then links `cssUrl`); `code`: a
 * promise of `{ createInstance }`, the Rust side, once the code has started; `onShadow(el, shadow)`:
 * called once for each shadow root the element attaches or finds.
 */
export function defineElement({ tag, observed, languages, fragment, sheet, cssUrl, code, onShadow }) {
  if (customElements.get(tag)) return;
  /** Elements made before the code was ready, upgraded when it is. */
  const waiting = new Set();
  let api = null;

  class PeerRoadmapElement extends HTMLElement {
    #instance = null;
    /** `content` set before the code was ready: [copy, failure]. */
    #content = undefined;
    #resets = 0;
    #watched = false;

    constructor() {
      super();
      // A property set before the element was defined sits on the element itself, hiding the
      // accessor: hand it over.
      if (Object.prototype.hasOwnProperty.call(this, "content")) {
        const value = this.content;
        delete this.content;
        this.content = value;
      }
      if (api) this.#upgrade();
      else waiting.add(this);
    }

    static get observedAttributes() { return observed; }

    connectedCallback() {
      if (this.#instance) this.#instance.connect(this);
      else this.#showPrerendered();
    }

    disconnectedCallback() { this.#instance?.disconnect(); }

    attributeChangedCallback(name, before, after) {
      if (this.#instance && (before !== after || name === "lang")) this.#instance.attributeChanged(name);
    }

    get content() {
      if (this.#instance) return this.#instance.content();
      return this.#content?.[0] ?? null;
    }

    set content(value) {
      // A string is a script's id: what the attribute takes (frameworks set properties).
      if (typeof value === "string") {
        this.#setContent(null);
        this.setAttribute("content", value);
        return;
      }
      // A plain copy: no getter, proxy or later change of the host's object reaches the widget.
      let copy = null, failure;
      if (value != null) {
        try { copy = structuredClone(value); } catch (e) { failure = String((e && e.message) || e); }
      }
      this.#setContent(copy, failure);
    }

    get state() { return this.#instance ? this.#instance.state() : null; }

    reset() {
      if (this.#instance) this.#instance.reset();
      else this.#resets += 1;
    }

    #setContent(copy, failure) {
      if (this.#instance) this.#instance.setContent(copy, failure);
      else this.#content = [copy, failure];
    }

    /** Gives this element its Rust instance, with what was set meanwhile. */
    #upgrade() {
      waiting.delete(this);
      this.#instance = api.createInstance();
      if (this.#content) this.#instance.setContent(...this.#content);
      if (this.isConnected) this.#instance.connect(this);
      if (this.#resets) this.#instance.reset();
      this.#content = undefined;
    }

    static upgradeAll() { for (const el of [...waiting]) el.#upgrade(); }

    /** Before the code: the prerendered roadmap in the element's language, styled. */
    #showPrerendered() {
      if (this.hasAttribute("content") || this.#content?.[0]) return;
      const declared = this.shadowRoot;
      const shadow = declared || this.attachShadow({ mode: "open" });
      if (!this.#watched) onShadow?.(this, shadow);
      this.#watched = true;
      if (declared?.querySelector(".pr-host > [data-prerendered]")) return markShown(this); // in the page (frame.html)
      const lang = firstLanguage(this, languages);
      Promise.all([fragment(lang), sheet.catch(() => null)]).then(([html, parsed]) => {
        if (html === null || this.#instance || !this.isConnected || shadow.childNodes.length) return;
        if (parsed) shadow.adoptedStyleSheets = [parsed];
        else shadow.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: cssUrl }));
        const host = document.createElement("div");
        host.className = "pr-host";
        // The build's own markup (in embed.js): text and markup of ours, never the host's.
        const nodes = prerenderedNodes(lang, html);
        if (typeof nodes === "string") host.innerHTML = nodes;
        else host.append(nodes);
        host.firstElementChild?.classList.replace("pr-theme-light", themeClass(this));
        shadow.append(host);
        markShown(this);
      }, () => {});
    }
  }

  customElements.define(tag, PeerRoadmapElement);
  code.then((rust) => {
    api = rust;
    PeerRoadmapElement.upgradeAll();
  }, () => {});
}

/**
 * The prerendered roadmap in a language, as nodes for one more element: the first element of a
 * language parses its HTML, the next ones get a copy of it parsed once more into a template
 * (copying nodes is several times faster than parsing them: 20 instances on a page parsed
 * 20 × 38 KB of HTML before their first paint).
 */
const copies = new Map();
function prerenderedNodes(lang, html) {
  const seen = copies.get(lang);
  if (seen === undefined) {
    copies.set(lang, null);
    return html;
  }
  let template = seen;
  if (template === null) {
    template = document.createElement("template");
    template.innerHTML = html;
    copies.set(lang, template);
  }
  return document.importNode(template.content, true);
}

/** `data-shown` and a `peer-roadmap-shown` event: the roadmap's text is on screen. */
export function markShown(el) {
  if (el.hasAttribute("data-shown")) return;
  el.setAttribute("data-shown", "");
  el.dispatchEvent(new CustomEvent("peer-roadmap-shown", { bubbles: true, composed: true }));
}
