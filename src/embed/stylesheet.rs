//! The widget's stylesheet, shared by every instance on the page: fetched and parsed once as a
//! constructable stylesheet that each shadow root adopts, or, where that is refused (an old
//! browser, a `connect-src` policy), linked by each shadow root.

use super::js::{adopt_sheet, load_sheet};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::ShadowRoot;

/// Where the page's stylesheet is.
#[derive(Clone)]
pub(super) enum Sheet {
    /// Being fetched: instances connected meanwhile wait for this promise, then are all mounted
    /// at once, so the browser lays them out once.
    Loading(js_sys::Promise),
    /// Parsed once; each shadow root adopts it.
    Ready(JsValue),
    /// Could not be fetched or built: each shadow root links the stylesheet instead and renders
    /// once it has loaded.
    Linked,
}

thread_local! {
    static CSS_URL: RefCell<String> = const { RefCell::new(String::new()) };
    static SHEET: RefCell<Sheet> = const { RefCell::new(Sheet::Linked) };
}

/// Starts loading the stylesheet at `css_url` (from `response`, a `fetch` already under way,
/// when given). Only the first call loads it: the element is defined once per page.
pub(super) fn load(css_url: String, response: Option<js_sys::Promise>) {
    if CSS_URL.with(|u| u.borrow().is_empty()) {
        let loading = load_sheet(&css_url, response);
        SHEET.with(|s| *s.borrow_mut() = Sheet::Loading(loading.clone()));
        when_settled(loading, |sheet| SHEET.with(|s| *s.borrow_mut() = sheet));
    }
    CSS_URL.with(|u| *u.borrow_mut() = css_url);
}

/// The stylesheet as it is now.
pub(super) fn current() -> Sheet {
    SHEET.with(|s| s.borrow().clone())
}

/// Calls `f` with the stylesheet once `loading` has settled.
pub(super) fn when_settled(loading: js_sys::Promise, f: impl FnOnce(Sheet) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        f(JsFuture::from(loading).await.map_or(Sheet::Linked, Sheet::Ready));
    });
}

/// Makes `shadow` adopt the parsed stylesheet; `false` if the browser refuses.
pub(super) fn adopt(shadow: &ShadowRoot, sheet: &JsValue) -> bool {
    adopt_sheet(shadow, sheet).is_ok()
}

/// Links the stylesheet in `shadow` and calls `on_loaded` once it has loaded (or failed to);
/// listens while the guards live.
/// A shadow root that already links it (www/element.js did, for the prerendered roadmap it
/// shows) renders at once.
pub(super) fn link(shadow: &ShadowRoot, on_loaded: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    if shadow.query_selector("link[rel=stylesheet]").ok().flatten().is_some() {
        on_loaded();
        return Vec::new();
    }
    let Some(link) = shadow.owner_document().and_then(|d| d.create_element("link").ok()) else {
        return Vec::new();
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &CSS_URL.with(|u| u.borrow().clone()));
    let _ = shadow.insert_before(&link, shadow.first_child().as_ref());
    let loaded = on_loaded.clone();
    vec![
        EventListener::once(&link, "load", move |_| loaded()),
        EventListener::once(&link, "error", move |_| on_loaded()),
    ]
}
