//! The JavaScript the boundary needs, in one snippet (one file for the browser to fetch): small
//! helpers for the stylesheet and the first render. The element class, which must extend
//! `HTMLElement` and exist before the code arrives, is www/element.js (bundled into embed.js).

use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(inline_js = r#"
export function loadSheet(url, pending) {
  if (pending) return pending;
  return fetch(url)
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
    /// The widget's stylesheet, fetched and parsed once as a constructable stylesheet, or the one
    /// `pending` (embed.js's, made alongside the wasm) resolves to.
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
