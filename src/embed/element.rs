//! One `<peer-roadmap>` element: the Rust value the element's constructor makes ([`Instance`]),
//! which the element's callbacks call. It holds the element's shadow root, its app and what
//! its attributes asked for; nothing is shared between elements but the content and the
//! stylesheet.

use super::attributes::{read_lang, read_props, OBSERVED};
use super::stylesheet::{self, Sheet};
use super::{builtin_catalog, js, NO_CONTENT};
use crate::dom;
use crate::state::Action;
use crate::{App, AppProps};
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// The custom element's tag name.
pub const TAG: &str = "peer-roadmap";

/// Registers the element class (once per page).
pub(super) fn define() {
    let create = Closure::<dyn FnMut(HtmlElement) -> JsValue>::new(|element| JsValue::from(Instance::new(element)));
    let observed: js_sys::Array = OBSERVED.iter().map(|s| JsValue::from_str(s)).collect();
    js::define_element(TAG, observed, create.as_ref());
    // The element class lives as long as the page: so does its constructor.
    create.forget();
}

/// The Rust side of one `<peer-roadmap>` element, made by its constructor and held by it.
#[wasm_bindgen]
pub struct Instance(Rc<Inner>);

struct Inner {
    element: HtmlElement,
    /// Where the app renders, inside the shadow root, while the element is connected.
    mount: RefCell<Option<Element>>,
    /// Counts connections, so that a wait for the stylesheet started by an earlier one does
    /// nothing.
    connections: Cell<u32>,
    app: RefCell<Option<AppHandle<App>>>,
    /// The app's props, once it is mounted.
    props: RefCell<Option<AppProps>>,
    /// With a linked stylesheet: waits for it before the first render.
    link_listeners: RefCell<Vec<EventListener>>,
}

impl Instance {
    fn new(element: HtmlElement) -> Instance {
        Instance(Rc::new(Inner {
            element,
            mount: RefCell::new(None),
            connections: Cell::new(0),
            app: RefCell::new(None),
            props: RefCell::new(None),
            link_listeners: RefCell::new(Vec::new()),
        }))
    }
}

#[wasm_bindgen]
impl Instance {
    /// `connectedCallback`: a fresh shadow root content, styled, then the app rendered in it.
    pub fn connect(&self) {
        let inner = &self.0;
        if inner.mount.borrow().is_some() {
            return;
        }
        let Some(shadow) = open_shadow_root(&inner.element) else {
            return dom::error("could not attach a shadow root");
        };
        // A re-connected element starts over from an empty shadow root.
        while let Some(child) = shadow.first_child() {
            let _ = shadow.remove_child(&child);
        }
        let Some(mount) = shadow.owner_document().and_then(|d| d.create_element("div").ok()) else { return };
        let _ = mount.set_attribute("class", "pr-host");
        let _ = shadow.append_child(&mount);
        *inner.mount.borrow_mut() = Some(mount);
        inner.connections.set(inner.connections.get().wrapping_add(1));
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
        let _ = inner.element.remove_attribute("data-ready");
    }

    /// `attributeChangedCallback` for one of the observed attributes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String) {
        let inner = &self.0;
        // Not mounted yet (the stylesheet is loading): the mount will read the attributes.
        let Some(previous) = inner.props.borrow().clone() else { return };
        if name == "lang" {
            // The reader may have switched language since: setting the attribute, even to
            // the language asked for before, switches back. The app's state has the language.
            if let Some(remote) = &previous.remote {
                remote.dispatch(Action::SetLang(read_lang(&inner.element, true)));
            }
            return;
        }
        let Some(builtin) = builtin_catalog(|| read_lang(&inner.element, false)) else { return };
        let props = read_props(&inner.element, Some(&previous), Some(&name), &builtin);
        if props == previous {
            return;
        }
        // Not borrowed while Yew renders.
        let app = inner.app.take();
        if let Some(mut app) = app {
            app.update(props.clone());
            *inner.app.borrow_mut() = Some(app);
        }
        *inner.props.borrow_mut() = Some(props);
    }
}

impl Inner {
    /// Gives the shadow root its stylesheet, then renders: at once with the shared sheet, after
    /// the `<link>` has loaded otherwise, and once the sheet has settled while it is loading.
    fn style(self: &Rc<Self>, shadow: &ShadowRoot, sheet: Sheet) {
        let connection = self.connections.get();
        let this = Rc::downgrade(self);
        let current = move || this.upgrade().filter(|i| i.connections.get() == connection && i.mount.borrow().is_some());
        match sheet {
            Sheet::Loading(loading) => stylesheet::when_settled(loading, move |sheet| {
                if let Some((inner, shadow)) = current().and_then(|i| i.element.shadow_root().map(|s| (i, s))) {
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
                *self.link_listeners.borrow_mut() = listeners;
            }
        }
    }

    /// Mounts the app, if it is not yet, and announces it once its first render is in the DOM.
    fn render(&self) {
        let Some(mount) = self.mount.borrow().clone() else { return };
        if self.app.borrow().is_some() {
            return;
        }
        let Some(builtin) = builtin_catalog(|| read_lang(&self.element, false)) else {
            mount.set_text_content(Some(NO_CONTENT));
            return;
        };
        let props = read_props(&self.element, None, None, &builtin);
        let app = yew::Renderer::<App>::with_root_and_props(mount.clone(), props.clone()).render();
        let element = self.element.clone();
        js::on_rendered(&mount, move || announce_ready(&element));
        *self.app.borrow_mut() = Some(app);
        *self.props.borrow_mut() = Some(props);
    }
}

/// The element's open shadow root, attached on first use.
fn open_shadow_root(element: &HtmlElement) -> Option<ShadowRoot> {
    element.shadow_root().or_else(|| element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok())
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
