//! The JavaScript the boundary needs, in one snippet (one file for the browser to fetch): the
//! element class, which must extend `HTMLElement` and so cannot be written in Rust, and small
//! helpers for the stylesheet and the first render.

use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(inline_js = r#"
export function defineElement(tag, observed, create) {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    #instance = create();
    constructor() {
      super();
      // A property set before the element was defined sits on the element itself, hiding the
      // accessor: hand it over.
      if (Object.prototype.hasOwnProperty.call(this, "content")) {
        const value = this.content;
        delete this.content;
        this.content = value;
      }
    }
    static get observedAttributes() { return observed; }
    connectedCallback() { this.#instance.connect(this); }
    disconnectedCallback() { this.#instance.disconnect(); }
    attributeChangedCallback(name, before, after) { if (before !== after || name === "lang") this.#instance.attributeChanged(name); }
    get content() { return this.#instance.content(); }
    set content(value) {
      // A string is a script's id: what the attribute takes (frameworks set properties).
      if (typeof value === "string") { this.#instance.setContent(null); this.setAttribute("content", value); return; }
      // A plain copy: no getter, proxy or later change of the host's object reaches the widget.
      let copy = null, failure;
      if (value != null) { try { copy = structuredClone(value); } catch (e) { failure = String(e && e.message || e); } }
      this.#instance.setContent(copy, failure);
    }
    get state() { return this.#instance.state(); }
    reset() { this.#instance.reset(); }
  });
}
export function loadSheet(url, response) {
  return Promise.resolve(response || fetch(url))
    .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.text(); })
    .then((text) => { const sheet = new CSSStyleSheet({ baseURL: url }); sheet.replaceSync(text); return sheet; });
}
export function adoptSheet(root, sheet) { root.adoptedStyleSheets = [sheet]; }
export function whenFilled(mount, done) {
  if (mount.firstChild) { queueMicrotask(done); return; }
  const watch = new MutationObserver(() => { watch.disconnect(); done(); });
  watch.observe(mount, { childList: true });
}
"#)]
extern "C" {
    /// Defines the custom element `tag`, observing the attributes `observed`. Its constructor
    /// calls `create()`, which returns the element's [`super::Instance`]; every callback of the
    /// element calls a method of that instance.
    #[wasm_bindgen(js_name = defineElement)]
    pub(super) fn define_element(tag: &str, observed: js_sys::Array, create: &JsValue);
    /// The widget's stylesheet, fetched (or read from `response`, a pending `fetch`) and parsed
    /// once, as a constructable stylesheet.
    #[wasm_bindgen(js_name = loadSheet)]
    pub(super) fn load_sheet(url: &str, response: Option<js_sys::Promise>) -> js_sys::Promise;
    #[wasm_bindgen(js_name = adoptSheet, catch)]
    pub(super) fn adopt_sheet(root: &web_sys::ShadowRoot, sheet: &JsValue) -> Result<(), JsValue>;
    /// Calls `done` once `mount` has children. Yew builds the whole first render in one go
    /// before it first gives the browser a turn, so by then the widget's DOM is complete.
    #[wasm_bindgen(js_name = whenFilled)]
    fn when_filled(mount: &Element, done: &JsValue);
}

/// Runs `ready` as soon as the app just mounted into `mount` has put its DOM there: before the
/// browser's first layout of it, like a static page's load event, and before the app's effects
/// (which Yew runs after giving the browser a turn to paint).
pub(super) fn on_rendered(mount: &Element, ready: impl FnOnce() + 'static) {
    when_filled(mount, &Closure::once_into_js(ready));
}
