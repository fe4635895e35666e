//! One `<peer-roadmap>` element: the Rust value the element's constructor makes ([`Instance`]),
//! which the element's callbacks call. It holds the element's shadow root, its app and what
//! its attributes asked for; nothing is shared between elements but the content and the
//! stylesheet.
//!
//! The element's scripting API lives here too: the JS class in `js.rs` forwards its `content`
//! property, `state` and `reset()` to the `#[wasm_bindgen]` methods of [`Instance`]; the app
//! reports each state change through its `on_change` prop, set when the app is first mounted,
//! which dispatches `peer-roadmap-change`. Values cross through serde-wasm-bindgen.

use super::attributes::{first_lang, read_lang, read_props};
use super::stylesheet::{self, Sheet};
use super::{builtin_catalog, NO_CONTENT};
use crate::dom;
use crate::state::{Action, RoadmapState};
use crate::{App, AppProps};
use gloo::events::EventListener;
use serde::Serialize;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

/// The custom element's tag name.
pub const TAG: &str = "peer-roadmap";

/// The Rust side of a new element: called by the element class (www/element.js, defined by
/// embed.js before the code arrives) for each element, once the code has started.
#[wasm_bindgen(js_name = createInstance)]
pub fn create_instance() -> Instance {
    Instance::new()
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
    /// Custom content the host set through the `content` property (a JavaScript object).
    content_object: Cell<Option<ContentObject>>,
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
            content_object: Cell::new(None),
        }))
    }
}

#[wasm_bindgen]
impl Instance {
    /// `connectedCallback`: the shadow root styled, then the app hydrating the prerendered
    /// roadmap the element shows (see www/element.js), or rendered in a fresh shadow root.
    pub fn connect(&self, element: HtmlElement) {
        let inner = &self.0;
        if peek(&inner.mount).is_some() {
            return;
        }
        let Some(shadow) = open_shadow_root(&element) else {
            return dom::error("could not attach a shadow root");
        };
        let prerendered = shadow
            .query_selector(".pr-host")
            .ok()
            .flatten()
            .filter(|m| super::prerendered_marker(m).is_some() && inner.connections.get() == 0);
        let mount = match prerendered {
            Some(mount) => mount,
            None => {
                // A re-connected element starts over from an empty shadow root.
                while let Some(child) = shadow.first_child() {
                    let _ = shadow.remove_child(&child);
                }
                let Some(mount) = shadow.owner_document().and_then(|d| d.create_element("div").ok()) else {
                    return;
                };
                let _ = mount.set_attribute("class", "pr-host");
                let _ = shadow.append_child(&mount);
                mount
            }
        };
        inner.mount.set(Some(mount));
        inner.element.set(Some(element));
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
                remote.dispatch(Action::SetLang(read_lang(&element, &previous.catalog, true)));
            }
            return;
        }
        let Some(builtin) = builtin_catalog(|| first_lang(&element)) else {
            return;
        };
        let object = peek(&inner.content_object);
        let props = read_props(&element, Some(&previous), Some(&name), &builtin, object.as_ref());
        inner.update(previous, props);
    }

    /// The `content` property: the custom content the host set as an object, or `null`.
    pub fn content(&self) -> JsValue {
        match peek(&self.0.content_object) {
            Some(ContentObject::Value(value)) => value,
            Some(ContentObject::Unreadable(_)) | None => JsValue::NULL,
        }
    }

    /// Setting the `content` property: custom content as a JavaScript object (the element's
    /// setter passes a plain copy, made with `structuredClone`, or `failure`, the browser's
    /// reason why none could be made), read and checked like the attribute's JSON; it takes
    /// precedence over the attribute. `null` or `undefined` go back to the attribute.
    #[wasm_bindgen(js_name = setContent)]
    pub fn set_content(&self, value: JsValue, failure: Option<String>) {
        let inner = &self.0;
        let object = match failure {
            Some(message) => Some(ContentObject::Unreadable(message)),
            None => (!value.is_null() && !value.is_undefined()).then_some(ContentObject::Value(value)),
        };
        inner.content_object.set(object.clone());
        // Not mounted yet: the first render reads it.
        let (Some(previous), Some(element)) = (peek(&inner.props), peek(&inner.element)) else {
            return;
        };
        let Some(builtin) = builtin_catalog(|| first_lang(&element)) else {
            return;
        };
        let props = read_props(&element, Some(&previous), Some("content"), &builtin, object.as_ref());
        inner.update(previous, props);
    }

    /// The `state` property: `{ lang, selected, answers: { formality, bases, roles }, step }`
    /// as plain values, or `null` before the first render.
    pub fn state(&self) -> JsValue {
        let state = peek(&self.0.props).and_then(|p| p.remote).and_then(|r| r.state());
        state.map_or(JsValue::NULL, |s| to_js(&s))
    }

    /// `reset()`: back to a first visit in the language the host asks for (its `lang`
    /// attribute, the page's, the browser's): nothing selected, no answers, the first milestone.
    pub fn reset(&self) {
        let inner = &self.0;
        let (Some(props), Some(element)) = (peek(&inner.props), peek(&inner.element)) else {
            return;
        };
        if let Some(remote) = props.remote {
            remote.dispatch(Action::Reset(read_lang(&element, &props.catalog, false)));
        }
    }
}

/// Custom content the host gave through the `content` property.
#[derive(Clone)]
pub(super) enum ContentObject {
    /// A plain copy of the object (`structuredClone`).
    Value(JsValue),
    /// No plain copy could be made (a getter that throws, a proxy…): the browser's message.
    Unreadable(String),
}

/// The state as the host page sees it, through serde-wasm-bindgen: plain objects, arrays and
/// strings, `null` for nothing.
fn to_js(state: &RoadmapState) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    state.snapshot().serialize(&serializer).unwrap_or(JsValue::NULL)
}

impl Inner {
    /// Gives the app new props, if they differ.
    fn update(&self, previous: AppProps, props: AppProps) {
        if props == previous {
            return self.props.set(Some(previous));
        }
        // Taken out of its cell while Yew updates it.
        let app = self.app.take();
        if let Some(mut app) = app {
            app.update(props.clone());
            self.app.set(Some(app));
        }
        self.keep_a_language_of(&props);
        self.props.set(Some(props));
    }

    /// After the host changed the custom content: if the language shown was one the new content
    /// no longer has (an added language removed), the state moves to the one the host asks for.
    fn keep_a_language_of(&self, props: &AppProps) {
        let (Some(remote), Some(element)) = (&props.remote, peek(&self.element)) else {
            return;
        };
        if let Some(state) = remote.state().filter(|s| !props.catalog.has(&s.lang)) {
            let lang = props
                .catalog
                .resolve(&state.lang)
                .unwrap_or_else(|| read_lang(&element, &props.catalog, false));
            remote.dispatch(Action::SetLang(lang));
        }
    }

    /// Gives the shadow root its stylesheet, then renders: at once with the shared sheet, after
    /// the `<link>` has loaded otherwise, and once the sheet has settled while it is loading.
    fn style(self: &Rc<Self>, shadow: &ShadowRoot, sheet: Sheet) {
        let connection = self.connections.get();
        let this = Rc::downgrade(self);
        let current =
            move || this.upgrade().filter(|i| i.connections.get() == connection && peek(&i.mount).is_some());
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
        let Some(builtin) = builtin_catalog(|| first_lang(&element)) else {
            mount.set_text_content(Some(NO_CONTENT));
            return;
        };
        let object = peek(&self.content_object);
        let mut props = read_props(&element, None, None, &builtin, object.as_ref());
        props.on_change = Some(announce_change(element.clone()));
        props.on_ready = Some(Callback::from({
            let element = element.clone();
            move |()| announce_ready(&element)
        }));
        // The prerendered roadmap is hydrated when it is what this first render would build:
        // the default content, in the same language, with the theme the element asks for.
        let marker = prerender_marker(&props);
        let hydrate =
            marker.is_some() && super::prerendered_marker(&mount) == marker && themed_as(&mount, &props);
        let renderer = if hydrate {
            props.prerendered = marker.map(Into::into);
            yew::Renderer::<App>::with_root_and_props(mount.clone(), props.clone()).hydrate()
        } else {
            mount.set_text_content(None);
            yew::Renderer::<App>::with_root_and_props(mount.clone(), props.clone()).render()
        };
        let app = renderer;
        self.app.set(Some(app));
        self.props.set(Some(props));
    }
}

/// The marker of the prerendered roadmap these props would render first, if the build has one:
/// the embedded content (no custom content, nothing refused).
fn prerender_marker(props: &AppProps) -> Option<String> {
    let builtin = props.catalog.is_embedded() && !props.content_error;
    builtin.then(|| format!("{} embed", props.initial_lang.as_str()))
}

/// Whether the prerendered root in `mount` has the theme the props ask for (www/element.js sets
/// it from the attribute, as `read_props` does).
fn themed_as(mount: &Element, props: &AppProps) -> bool {
    mount.first_element_child().is_some_and(|root| root.class_list().contains(props.theme.class()))
}

/// The element's open shadow root, attached on first use.
fn open_shadow_root(element: &HtmlElement) -> Option<ShadowRoot> {
    element.shadow_root().or_else(|| element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok())
}

/// `data-ready` and a `peer-roadmap-ready` event once the first render is in the DOM.
pub(super) fn announce_ready(el: &Element) {
    // Rendered afresh (custom content), the roadmap is first shown now.
    if !el.has_attribute("data-shown") {
        let _ = el.set_attribute("data-shown", "");
        dispatch(el, "peer-roadmap-shown", None);
    }
    let _ = el.set_attribute("data-ready", "");
    dispatch(el, "peer-roadmap-ready", None);
}

/// A `peer-roadmap-change` event after each change of the state (by the reader or the host),
/// its `detail` the state as the `state` property gives it. The widget itself sends nothing
/// anywhere: what the host page does with it is the host's.
fn announce_change(element: HtmlElement) -> Callback<RoadmapState> {
    Callback::from(move |state: RoadmapState| dispatch(&element, "peer-roadmap-change", Some(&to_js(&state))))
}

/// Dispatches a custom event `name` on `el` (bubbles, composed: it crosses the shadow boundary).
fn dispatch(el: &Element, name: &str, detail: Option<&JsValue>) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Some(detail) = detail {
        init.set_detail(detail);
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&event);
    }
}
