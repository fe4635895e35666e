//! One `<peer-roadmap>` element: the Rust value the element's constructor makes ([`Instance`]),
//! which the element's callbacks call. It holds the element's shadow root, its app and what
//! its attributes asked for; nothing is shared between elements but the content and the
//! stylesheet.
//!
//! Extending the element's scripting API: a member of the JS class in `js.rs` forwards to a
//! `#[wasm_bindgen]` method of [`Instance`] below, which acts on the app the way
//! `attribute_changed` does — new props through `app.update` (e.g. a `content` setter, with
//! `props.catalog` replaced, as `attributes::read_props` does for the `content` attribute), or an
//! action through `props.remote` (e.g. `reset()`). The app reports each state change through its
//! `on_change` prop, which `attributes::read_props` sets when it first makes the props: the
//! place to dispatch an event on the element or keep the state for a getter.

use super::attributes::{read_lang, read_props, OBSERVED};
use super::stylesheet::{self, Sheet};
use super::{builtin_catalog, js, NO_CONTENT};
use crate::dom;
use crate::state::Action;
use crate::{App, AppProps};
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// The custom element's tag name.
pub const TAG: &str = "peer-roadmap";

/// Registers the element class (once per page).
pub(super) fn define() {
    let create = Closure::<dyn FnMut() -> JsValue>::new(|| JsValue::from(Instance::new()));
    let observed: js_sys::Array = OBSERVED.iter().map(|s| JsValue::from_str(s)).collect();
    js::define_element(TAG, observed, create.as_ref());
    // The element class lives as long as the page: so does its constructor.
    create.forget();
}

/// The Rust side of one `<peer-roadmap>` element, made by its constructor and held by it (and
/// freed with it).
#[wasm_bindgen]
pub struct Instance(Rc<Inner>);

struct Inner {
    /// The element, while it is connected. Not kept after: the element holds its instance, and
    /// a reference back from Rust would keep a removed element alive for ever.
    element: Cell<Option<HtmlElement>>,
    /// Where the app renders, inside the shadow root, while the element is connected.
    mount: Cell<Option<Element>>,
    /// Counts connections, so that a wait for the stylesheet started by an earlier one does
    /// nothing.
    connections: Cell<u32>,
    app: Cell<Option<AppHandle<App>>>,
    /// The app's props, once it is mounted.
    props: Cell<Option<AppProps>>,
    /// With a linked stylesheet: waits for it before the first render.
    link_listeners: Cell<Vec<EventListener>>,
}

/// A copy of what `cell` holds (cells rather than `RefCell`s: nothing here can fail to borrow).
fn peek<T: Clone>(cell: &Cell<Option<T>>) -> Option<T> {
    let value = cell.take();
    cell.set(value.clone());
    value
}

impl Instance {
    fn new() -> Instance {
        Instance(Rc::new(Inner {
            element: Cell::new(None),
            mount: Cell::new(None),
            connections: Cell::new(0),
            app: Cell::new(None),
            props: Cell::new(None),
            link_listeners: Cell::new(Vec::new()),
        }))
    }
}

#[wasm_bindgen]
impl Instance {
    /// `connectedCallback`: a fresh shadow root content, styled, then the app rendered in it.
    pub fn connect(&self, element: HtmlElement) {
        let inner = &self.0;
        if peek(&inner.mount).is_some() {
            return;
        }
        let Some(shadow) = open_shadow_root(&element) else {
            return dom::error("could not attach a shadow root");
        };
        // A re-connected element starts over from an empty shadow root.
        while let Some(child) = shadow.first_child() {
            let _ = shadow.remove_child(&child);
        }
        let Some(mount) = shadow
            .owner_document()
            .and_then(|d| d.create_element("div").ok())
        else {
            return;
        };
        let _ = mount.set_attribute("class", "pr-host");
        let _ = shadow.append_child(&mount);
        inner.mount.set(Some(mount));
        inner.element.set(Some(element));
        inner
            .connections
            .set(inner.connections.get().wrapping_add(1));
        inner.style(&shadow, stylesheet::current());
    }

    /// `disconnectedCallback`: the app is destroyed and the element left as it was found.
    pub fn disconnect(&self) {
        let inner = &self.0;
        inner.mount.take();
        inner.props.take();
        inner.link_listeners.take();
        let app = inner.app.take();
        if let Some(app) = app {
            app.destroy();
        }
        if let Some(element) = inner.element.take() {
            let _ = element.remove_attribute("data-ready");
        }
    }

    /// `attributeChangedCallback` for one of the observed attributes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String) {
        let inner = &self.0;
        // Not mounted yet (the stylesheet is loading): the mount will read the attributes.
        let Some(previous) = peek(&inner.props) else {
            return;
        };
        let Some(element) = peek(&inner.element) else {
            return;
        };
        if name == "lang" {
            // The reader may have switched language since: setting the attribute, even to
            // the language asked for before, switches back. The app's state has the language.
            if let Some(remote) = &previous.remote {
                remote.dispatch(Action::SetLang(read_lang(&element, true)));
            }
            return;
        }
        let Some(builtin) = builtin_catalog(|| read_lang(&element, false)) else {
            return;
        };
        let props = read_props(&element, Some(&previous), Some(&name), &builtin);
        if props == previous {
            return;
        }
        // Taken out of its cell while Yew updates it.
        let app = inner.app.take();
        if let Some(mut app) = app {
            app.update(props.clone());
            inner.app.set(Some(app));
        }
        inner.props.set(Some(props));
    }
}

impl Inner {
    /// Gives the shadow root its stylesheet, then renders: at once with the shared sheet, after
    /// the `<link>` has loaded otherwise, and once the sheet has settled while it is loading.
    fn style(self: &Rc<Self>, shadow: &ShadowRoot, sheet: Sheet) {
        let connection = self.connections.get();
        let this = Rc::downgrade(self);
        let current = move || {
            this.upgrade()
                .filter(|i| i.connections.get() == connection && peek(&i.mount).is_some())
        };
        match sheet {
            Sheet::Loading(loading) => stylesheet::when_settled(loading, move |sheet| {
                let Some(inner) = current() else { return };
                let shadow = peek(&inner.element).and_then(|e| e.shadow_root());
                if let Some(shadow) = shadow {
                    inner.style(&shadow, sheet);
                }
            }),
            Sheet::Ready(sheet) if stylesheet::adopt(shadow, &sheet) => self.render(),
            Sheet::Ready(_) | Sheet::Linked => {
                let listeners = stylesheet::link(shadow, move || {
                    if let Some(inner) = current() {
                        inner.render();
                    }
                });
                self.link_listeners.set(listeners);
            }
        }
    }

    /// Mounts the app, if it is not yet, and announces it once its first render is in the DOM.
    fn render(&self) {
        let Some(mount) = peek(&self.mount) else {
            return;
        };
        let Some(element) = peek(&self.element) else {
            return;
        };
        let app = self.app.take();
        if app.is_some() {
            return self.app.set(app);
        }
        let Some(builtin) = builtin_catalog(|| read_lang(&element, false)) else {
            mount.set_text_content(Some(NO_CONTENT));
            return;
        };
        let props = read_props(&element, None, None, &builtin);
        let app = yew::Renderer::<App>::with_root_and_props(mount.clone(), props.clone()).render();
        js::on_rendered(&mount, move || announce_ready(&element));
        self.app.set(Some(app));
        self.props.set(Some(props));
    }
}

/// The element's open shadow root, attached on first use.
fn open_shadow_root(element: &HtmlElement) -> Option<ShadowRoot> {
    element.shadow_root().or_else(|| {
        element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()
    })
}

/// `data-ready` and a `peer-roadmap-ready` event (bubbles, composed) once the first render is in
/// the DOM.
fn announce_ready(el: &Element) {
    let _ = el.set_attribute("data-ready", "");
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("peer-roadmap-ready", &init) {
        let _ = el.dispatch_event(&event);
    }
}
