//! The one boundary with the host page: the `<peer-roadmap>` custom element and the standalone
//! page's mount point. It depends on the app ([`App`], [`AppProps`], [`Remote`]) and nothing
//! inside it.
//!
//! - [`element`]: one [`Instance`] per element, made by the element's constructor: shadow root,
//!   mount, ready event, attribute changes, clean-up.
//! - [`attributes`]: what the element's attributes ask for, as the app's props.
//! - [`stylesheet`]: the widget's stylesheet, fetched and parsed once per page.
//! - [`js`]: the few lines of JavaScript the boundary needs (the element class itself).

mod attributes;
mod element;
mod js;
mod stylesheet;

pub use element::{create_instance, Instance, TAG};

use crate::content::{Catalog, Lang};
use crate::dom;
use crate::state::{HashRequest, Theme};
use crate::{App, AppProps, Shared};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::Callback;

/// The element id the standalone page mounts into.
pub const PAGE_ROOT_ID: &str = "peer-roadmap-page";
/// Shown in place of the roadmap when the embedded content cannot be read (a broken build): in
/// both languages, English first, since each one's text is in the content that could not be read.
const NO_CONTENT: &str = include_str!("content/load-failure.txt").trim_ascii_end();

thread_local! {
    static CATALOG: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
}

/// Logs panics clearly (a panic aborts the module; this says why). Set through Yew, which
/// would otherwise replace it with its own when the first app renders.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| dom::error(&format!("internal error: {info}"))));
}

/// The embedded content, shared by every instance on the page. Made on first use, with the
/// language `first` gives (the first instance's) parsed now, the other when it is first shown.
fn builtin_catalog(first: impl FnOnce() -> Lang) -> Option<Rc<Catalog>> {
    if let Some(c) = CATALOG.with(|c| c.borrow().clone()) {
        return Some(c);
    }
    match Catalog::embedded(first()) {
        Ok(c) => {
            let c = Rc::new(c);
            CATALOG.with(|slot| *slot.borrow_mut() = Some(c.clone()));
            Some(c)
        }
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            dom::error(&format!("the embedded content is invalid:\n{}", list.join("\n")));
            None
        }
    }
}

/// The browser's language, if `catalog` has it or a close one (`fr-CA`: French).
fn browser_lang(catalog: &Catalog) -> Option<Lang> {
    dom::browser_language().and_then(|l| Lang::from_tag(&l)).and_then(|l| catalog.resolve(&l))
}

/// Readies the code for `<peer-roadmap>` (the element itself is defined by embed.js, which then
/// asks for each element's [`Instance`]). Called by embed.js with the URL of the widget's
/// stylesheet and, optionally, its constructable stylesheet under way (started alongside the wasm).
#[wasm_bindgen]
pub fn define(css_url: String, css: Option<js_sys::Promise>) {
    install_panic_hook();
    stylesheet::load(css_url, css);
}

/// Mounts the standalone page into `#peer-roadmap-page`, if the page has one: hydrates the
/// roadmap the build prerendered there when it is the one this start would render (same
/// language), else renders it afresh.
pub fn start() {
    install_panic_hook();
    let Some(root) = dom::element_by_id(PAGE_ROOT_ID) else {
        return;
    };
    // The language the first render shows: a shared link's, else the prerendered page's (the
    // page's early script has already gone to the page in the reader's language), else the
    // browser's; the closest shipped one (the page has no custom content). Only that one is
    // parsed before the first render.
    let prerendered = prerendered_marker(&root);
    let shipped = |tag: Option<Lang>| tag.and_then(|l| l.shipped_for());
    let lang = shipped(HashRequest::parse(&dom::location_hash()).lang)
        .or_else(|| {
            shipped(prerendered.as_deref().and_then(|m| m.split(' ').next()).and_then(Lang::from_tag))
        })
        .or_else(|| shipped(dom::browser_language().and_then(|l| Lang::from_tag(&l))))
        .unwrap_or_else(Lang::en);
    let Some(catalog) = builtin_catalog(|| lang.clone()) else {
        root.set_text_content(Some(NO_CONTENT));
        return;
    };
    let marker = format!("{} page", lang.as_str());
    let hydrate = prerendered.as_deref() == Some(marker.as_str());
    let props = AppProps {
        catalog: Shared(catalog),
        initial_lang: lang,
        theme: Theme::Auto,
        deep_link: true,
        page: true,
        content_error: false,
        remote: None,
        on_change: None,
        prerendered: hydrate.then(|| marker.into()),
        on_ready: Some(Callback::from({
            let root = root.clone();
            move |()| element::announce_ready(&root)
        })),
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if hydrate {
        renderer.hydrate();
    } else {
        root.set_text_content(None);
        renderer.render();
    }
}

/// `data-prerendered` of the roadmap the build prerendered into `mount`, if it holds one.
pub(crate) fn prerendered_marker(mount: &web_sys::Element) -> Option<String> {
    mount.first_element_child().and_then(|a| a.get_attribute("data-prerendered"))
}
