//! The JavaScript the boundary needs, in one snippet (one file for the browser to fetch): small
//! helpers for the stylesheet. The element class, which must extend
//! `HTMLElement` and exist before the code arrives, is www/element.js (bundled into embed.js).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function loadSheet(url, pending) {
  if (pending) return pending;
  return fetch(url)
    .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.text(); })
    .then((text) => { const sheet = new CSSStyleSheet({ baseURL: url }); sheet.replaceSync(text); return sheet; });
}
export function adoptSheet(root, sheet) { root.adoptedStyleSheets = [sheet]; }
"#)]
extern "C" {
    /// The widget's stylesheet, fetched and parsed once as a constructable stylesheet, or the one
    /// `pending` (embed.js's, made alongside the wasm) resolves to.
    #[wasm_bindgen(js_name = loadSheet)]
    pub(super) fn load_sheet(url: &str, response: Option<js_sys::Promise>) -> js_sys::Promise;
    #[wasm_bindgen(js_name = adoptSheet, catch)]
    pub(super) fn adopt_sheet(root: &web_sys::ShadowRoot, sheet: &JsValue) -> Result<(), JsValue>;
}
