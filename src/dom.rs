//! The browser calls the roadmap makes (window, document, history, console, timers, observers),
//! on `gloo` where it has them. Components and hooks call these instead of `web-sys` directly,
//! so that what touches the page is listed in one file. The custom element's own plumbing
//! (shadow root, stylesheet, ready event) is in [`crate::embed`].

use crate::content::Dir;
use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, EventTarget, HtmlElement};

/// Logs one problem to the console, prefixed with the widget's name.
pub fn error(message: &str) {
    web_sys::console::error_1(&format!("peer-roadmap: {message}").into());
}

/// Runs `f` in a task of its own, after the browser has had its turn. The closure frees itself
/// once called (gloo's `Timeout::forget` would leak it: one closure per call, for ever).
pub fn later(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback(callback.unchecked_ref());
}

/// The browser's preferred language tag (`navigator.language`).
pub fn browser_language() -> Option<String> {
    window().navigator().language()
}

/// The page's document.
pub fn document() -> Option<web_sys::Document> {
    window().document()
}

/// The page's element with this id.
pub fn element_by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// The URL's fragment, with its `#` (empty when there is none).
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the URL's fragment without a new history entry (and without a `hashchange`),
/// unless it already is `hash`.
pub fn replace_hash(hash: &str) {
    if location_hash().trim_start_matches('#') == hash {
        return;
    }
    if let Ok(history) = window().history() {
        // Keep the page's own history state (a router may rely on it).
        let kept = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&kept, "", Some(&format!("#{hash}")));
    }
}

/// Calls `f` each time the reader changes the URL's fragment, until the guard is dropped.
pub fn on_hash_change(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| f())
}

/// Sets `<html lang>` and the document's title, each only when it differs: setting the title
/// costs a message to the browser, and on a first visit the page already has both.
pub fn set_page_lang_and_title(lang: &str, title: &str) {
    let Some(doc) = document() else { return };
    if let Some(html) = doc.document_element().filter(|h| h.get_attribute("lang").as_deref() != Some(lang)) {
        let _ = html.set_attribute("lang", lang);
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// Calls `on_change` with `true` when printing starts and `false` when it ends: `beforeprint` /
/// `afterprint`, and the `print` media query (which also changes when a tool emulates print
/// media). Listens until the guards are dropped.
pub fn watch_printing(on_change: impl Fn(bool) + Clone + 'static) -> Vec<EventListener> {
    let window = window();
    let mut guards = Vec::new();
    for (event, value) in [("beforeprint", true), ("afterprint", false)] {
        let on_change = on_change.clone();
        guards.push(EventListener::new(&window, event, move |_| on_change(value)));
    }
    if let Ok(Some(query)) = window.match_media("print") {
        let q = query.clone();
        guards.push(EventListener::new(&query, "change", move |_| on_change(q.matches())));
    }
    guards
}

/// The element with this id inside `root`.
fn find_in(root: &Element, id: &str) -> Option<HtmlElement> {
    root.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into().ok()
}

/// Focuses the element with this id inside `root`, if it is there.
pub fn focus_in(root: &Element, id: &str) {
    if let Some(el) = find_in(root, id) {
        let _ = el.focus();
    }
}

/// Scrolls the element with this id inside `root` into view and focuses it; false when it is
/// not there.
pub fn scroll_to_and_focus(root: &Element, id: &str) -> bool {
    let Some(el) = find_in(root, id) else {
        return false;
    };
    el.scroll_into_view();
    let _ = el.focus();
    true
}

/// Whether an event's target is inside an element matching `selector` (or is one).
pub fn target_is_within(target: Option<EventTarget>, selector: &str) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest(selector).ok().flatten())
        .is_some()
}

/// Whether an event's target is open (a `<details>` with its `open` attribute); `None` when
/// the target is not an element.
pub fn is_open(target: Option<EventTarget>) -> Option<bool> {
    Some(target?.dyn_into::<Element>().ok()?.has_attribute("open"))
}

/// The item (`data-item` of the nearest item around it) of each open `<details>` inside
/// `root`, in document order, with whether it holds the focus.
pub fn open_details(root: &Element) -> Vec<(String, bool)> {
    let Ok(found) = root.query_selector_all("details[open]") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|d| {
            let item = d.closest("[data-item]").ok().flatten()?.get_attribute("data-item")?;
            Some((item, d.matches(":focus-within").unwrap_or(false)))
        })
        .collect()
}

/// Closes every open `<details>` inside `root` except those of the item `keep`.
pub fn close_details_except(root: &Element, keep: &str) {
    let Ok(found) = root.query_selector_all("details[open]") else {
        return;
    };
    for d in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()) {
        let item = d.closest("[data-item]").ok().flatten().and_then(|i| i.get_attribute("data-item"));
        if item.as_deref() != Some(keep) {
            let _ = d.remove_attribute("open");
        }
    }
}

/// The buttons of a list (`ul`, `ol`) that an event's target is one of.
pub struct ButtonGroup {
    list: Element,
    buttons: Vec<HtmlElement>,
    /// The target's position among `buttons`.
    pub index: usize,
    /// The reading direction where the list is (the widget's `dir`), for the arrow keys.
    pub dir: Dir,
}

impl ButtonGroup {
    /// The group of the buttons matching `selector` in the list around `target`, if `target`
    /// is one of them. (Yew delegates events to its root, so the group is found from the
    /// target.)
    pub fn around(target: Option<EventTarget>, selector: &str) -> Option<ButtonGroup> {
        let target = target?.dyn_into::<Element>().ok()?;
        let list = target.closest("ul, ol").ok().flatten()?;
        let found = list.query_selector_all(selector).ok()?;
        let buttons: Vec<HtmlElement> =
            (0..found.length()).filter_map(|i| found.item(i)?.dyn_into().ok()).collect();
        let index = buttons.iter().position(|b| AsRef::<Element>::as_ref(b) == &target)?;
        let rtl = list.closest("[dir]").ok().flatten().and_then(|e| e.get_attribute("dir")).as_deref()
            == Some("rtl");
        let dir = if rtl { Dir::Rtl } else { Dir::Ltr };
        Some(ButtonGroup { list, buttons, index, dir })
    }

    pub fn len(&self) -> usize {
        self.buttons.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buttons.is_empty()
    }

    /// Focuses the button at `index`; also clicks it when the list says so
    /// (`data-arrows-select`, the timeline: moving through it is choosing).
    pub fn focus(&self, index: usize) {
        let Some(button) = self.buttons.get(index) else {
            return;
        };
        let _ = button.focus();
        if self.list.has_attribute("data-arrows-select") {
            button.click();
        }
    }
}
