//! The one boundary with the host page: the `<peer-roadmap>` custom element (attributes, shadow
//! root, ready event, clean-up) and the standalone page's mount point.
//!
//! The element class itself is a few lines of JavaScript (a class must extend `HTMLElement`);
//! each of its callbacks calls straight back into this module.

use crate::components::app::{location_hash, App, AppProps, CatalogRef, Shared};
use crate::content::{clip, Catalog, Content, Lang};
use crate::state::{HashRequest, Theme};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// The custom element's tag name.
pub const TAG: &str = "peer-roadmap";
/// The element id the standalone page mounts into.
pub const PAGE_ROOT_ID: &str = "peer-roadmap-page";
/// The attributes the element observes.
const OBSERVED: [&str; 4] = ["lang", "theme", "deep-link", "content"];

#[wasm_bindgen(inline_js = r#"
export function defineElement(tag, observed, connect, disconnect, changed) {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() { connect(this); }
    disconnectedCallback() { disconnect(this); }
    attributeChangedCallback(name, before, after) { if (before !== after || name === "lang") changed(this, name); }
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
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(tag: &str, observed: js_sys::Array, connect: &JsValue, disconnect: &JsValue, changed: &JsValue);
    /// The widget's stylesheet, fetched (or read from `response`, a pending `fetch`) and parsed
    /// once, as a constructable stylesheet.
    #[wasm_bindgen(js_name = loadSheet)]
    fn load_sheet(url: &str, response: Option<js_sys::Promise>) -> js_sys::Promise;
    #[wasm_bindgen(js_name = adoptSheet, catch)]
    fn adopt_sheet(root: &web_sys::ShadowRoot, sheet: &JsValue) -> Result<(), JsValue>;
    /// Calls `done` once `mount` has children. Yew builds the whole first render in one go
    /// before it first gives the browser a turn, so by then the widget's DOM is complete.
    #[wasm_bindgen(js_name = whenFilled)]
    fn when_filled(mount: &Element, done: &JsValue);
}

/// Runs `ready` as soon as the app just mounted into `mount` has put its DOM there: before the
/// browser's first layout of it, like a static page's load event, and before the app's effects
/// (which Yew runs after giving the browser a turn to paint).
fn on_rendered(mount: &Element, ready: impl FnOnce() + 'static) {
    when_filled(mount, &Closure::once_into_js(ready));
}

/// What an instance was asked for by its attributes.
#[derive(Clone, PartialEq)]
struct Settings {
    lang: Lang,
    /// How many times the host has set `lang`.
    lang_asked: u32,
    theme: Theme,
    deep_link: bool,
    catalog: CatalogRef,
    content_error: bool,
}

struct Instance {
    element: HtmlElement,
    /// Where the app renders, inside the shadow root.
    mount: Element,
    app: Option<AppHandle<App>>,
    settings: Option<Settings>,
    /// With a linked stylesheet: waits for it before the first render.
    link_listeners: Vec<EventListener>,
}

/// The widget's stylesheet, shared by every instance on the page.
#[derive(Clone)]
enum Sheet {
    /// Being fetched: instances connected meanwhile wait, then are all mounted at once, so the
    /// browser lays them out once.
    Loading,
    /// Parsed once; each shadow root adopts it.
    Ready(JsValue),
    /// Could not be fetched or built (an old browser, a `connect-src` policy): each shadow root
    /// links the stylesheet instead and renders once it has loaded.
    Linked,
}

thread_local! {
    static CATALOG: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static CSS_URL: RefCell<String> = const { RefCell::new(String::new()) };
    static SHEET: RefCell<Sheet> = const { RefCell::new(Sheet::Linked) };
}

fn error(message: &str) {
    web_sys::console::error_1(&format!("peer-roadmap: {message}").into());
}

/// Logs panics clearly (a panic aborts the module; this says why).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| error(&format!("internal error: {info}"))));
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
            error(&format!("the embedded content is invalid:\n{}", list.join("\n")));
            None
        }
    }
}

fn browser_lang() -> Option<Lang> {
    web_sys::window().and_then(|w| w.navigator().language()).and_then(|l| Lang::from_tag(&l))
}

/// `lang` attribute, else the nearest `lang` around the element, else the browser, else English.
fn read_lang(el: &Element, log: bool) -> Lang {
    if let Some(value) = el.get_attribute("lang") {
        if let Some(lang) = Lang::from_tag(&value) {
            return lang;
        }
        if log {
            error(&format!("lang=\"{}\" is not supported (en, fr); using the page's language", clip(&value)));
        }
    }
    let nearest = el
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|p| p.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l));
    nearest.or_else(browser_lang).unwrap_or(Lang::En)
}

fn read_theme(el: &Element, log: bool) -> Theme {
    match el.get_attribute("theme") {
        None => Theme::default(),
        Some(value) => Theme::from_attr(&value).unwrap_or_else(|| {
            if log {
                error(&format!("theme=\"{}\" is not one of light, dark, auto; using light", clip(&value)));
            }
            Theme::default()
        }),
    }
}

/// The content for an instance: the embedded catalog, with one language replaced by the host's
/// custom content when it is valid. `Err(())` after logging why it is not.
fn read_catalog(el: &Element, builtin: &Rc<Catalog>) -> Result<Rc<Catalog>, ()> {
    let Some(id) = el.get_attribute("content") else { return Ok(builtin.clone()) };
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id))
        .filter(|s| s.tag_name().eq_ignore_ascii_case("script"));
    let Some(script) = script else {
        error(&format!("content=\"{}\": no <script type=\"application/json\"> has that id; using the default content", clip(&id)));
        return Err(());
    };
    let text = script.text_content().unwrap_or_default();
    match Content::parse(&text) {
        Ok(custom) => {
            Ok(Rc::new(builtin.with_custom(custom)))
        }
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            error(&format!(
                "custom content \"{}\" was not used ({} problem(s)); using the default content:\n{}",
                clip(&id),
                errors.len(),
                list.join("\n")
            ));
            Err(())
        }
    }
}

/// Reads the attributes. Problems are logged only for the attribute that changed (or all of
/// them the first time), so each problem is reported once.
fn read_settings(el: &Element, previous: Option<&Settings>, changed: Option<&str>, builtin: &Rc<Catalog>) -> Settings {
    let first = previous.is_none();
    let (catalog, content_error) = match previous {
        Some(p) if changed != Some("content") => (p.catalog.clone(), p.content_error),
        _ => match read_catalog(el, builtin) {
            Ok(c) => (Shared(c), false),
            Err(()) => (Shared(builtin.clone()), true),
        },
    };
    Settings {
        lang: read_lang(el, first || changed == Some("lang")),
        lang_asked: previous.map_or(0, |p| p.lang_asked).wrapping_add(u32::from(changed == Some("lang"))),
        theme: read_theme(el, first || changed == Some("theme")),
        deep_link: el.has_attribute("deep-link"),
        catalog,
        content_error,
    }
}

fn props_for(s: &Settings) -> AppProps {
    AppProps {
        catalog: s.catalog.clone(),
        lang: s.lang,
        lang_asked: s.lang_asked,
        theme: s.theme,
        deep_link: s.deep_link,
        page: false,
        content_error: s.content_error,
    }
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

fn same(a: &Element, b: &Element) -> bool {
    js_sys::Object::is(a.as_ref(), b.as_ref())
}

/// Runs `f` on the instance of `el`, if any, without holding the registry while Yew renders.
fn with_instance<R>(el: &Element, f: impl FnOnce(&mut Instance) -> R) -> Option<R> {
    INSTANCES.with(|list| {
        let mut list = list.try_borrow_mut().ok()?;
        list.iter_mut().find(|i| same(&i.element, el)).map(f)
    })
}

fn connect(element: HtmlElement) {
    if with_instance(&element, |_| ()).is_some() {
        return;
    }
    let Some(document) = element.owner_document() else { return };
    let shadow = match element.shadow_root() {
        Some(s) => s,
        None => {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            match element.attach_shadow(&init) {
                Ok(s) => s,
                Err(_) => return error("could not attach a shadow root"),
            }
        }
    };
    // A re-connected element starts over from an empty shadow root.
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
    let Ok(mount) = document.create_element("div") else { return };
    let _ = mount.set_attribute("class", "pr-host");
    let _ = shadow.append_child(&mount);
    let instance = Instance { element: element.clone(), mount, app: None, settings: None, link_listeners: Vec::new() };
    INSTANCES.with(|list| {
        if let Ok(mut list) = list.try_borrow_mut() {
            list.push(instance);
        }
    });
    let sheet = SHEET.with(|s| s.borrow().clone());
    style_and_mount(&element, &shadow, &sheet);
}

/// Gives a new instance its stylesheet, then renders it: at once with the shared sheet, after
/// the `<link>` has loaded otherwise, and not yet while the sheet is loading.
fn style_and_mount(element: &HtmlElement, shadow: &web_sys::ShadowRoot, sheet: &Sheet) {
    match sheet {
        Sheet::Loading => {}
        Sheet::Ready(sheet) => match adopt_sheet(shadow, sheet) {
            Ok(()) => mount_instance(element),
            Err(_) => link_stylesheet(element, shadow),
        },
        Sheet::Linked => link_stylesheet(element, shadow),
    }
}

fn link_stylesheet(element: &HtmlElement, shadow: &web_sys::ShadowRoot) {
    let Some(link) = element.owner_document().and_then(|d| d.create_element("link").ok()) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &CSS_URL.with(|u| u.borrow().clone()));
    let _ = shadow.insert_before(&link, shadow.first_child().as_ref());
    let on_styled = {
        let element = element.clone();
        move |_: &web_sys::Event| mount_instance(&element)
    };
    let listeners = vec![
        EventListener::once(&link, "load", on_styled.clone()),
        EventListener::once(&link, "error", on_styled),
    ];
    with_instance(element, |i| i.link_listeners = listeners);
}

/// The shared stylesheet has loaded (or failed): style and render every instance waiting for it,
/// in one go.
fn sheet_settled(sheet: Sheet) {
    SHEET.with(|s| *s.borrow_mut() = sheet.clone());
    let waiting: Vec<HtmlElement> = INSTANCES.with(|list| {
        list.try_borrow()
            .map(|list| list.iter().filter(|i| i.app.is_none() && i.link_listeners.is_empty()).map(|i| i.element.clone()).collect())
            .unwrap_or_default()
    });
    for element in waiting {
        if let Some(shadow) = element.shadow_root() {
            style_and_mount(&element, &shadow, &sheet);
        }
    }
}

fn mount_instance(element: &HtmlElement) {
    let Some(mount) = with_instance(element, |i| (i.app.is_none()).then(|| i.mount.clone())).flatten() else { return };
    let Some(builtin) = builtin_catalog(|| read_lang(element, false)) else {
        // Both languages, English first: each one's text is in the content that could not be read.
        mount.set_text_content(Some(include_str!("content/load-failure.txt").trim_end()));
        return;
    };
    let settings = read_settings(element, None, None, &builtin);
    let app = yew::Renderer::<App>::with_root_and_props(mount.clone(), props_for(&settings)).render();
    let el = element.clone();
    on_rendered(&mount, move || announce_ready(&el));
    with_instance(element, |i| {
        i.app = Some(app);
        i.settings = Some(settings);
    });
}

fn attribute_changed(element: HtmlElement, name: String) {
    let Some(builtin) = builtin_catalog(|| read_lang(&element, false)) else { return };
    let taken = with_instance(&element, |i| (i.app.take(), i.settings.clone()));
    // Not mounted yet (the stylesheet is loading): the mount will read the attributes.
    let Some((Some(mut app), Some(previous))) = taken else { return };
    let settings = read_settings(&element, Some(&previous), Some(&name), &builtin);
    if settings != previous {
        app.update(props_for(&settings));
    }
    with_instance(&element, |i| {
        i.app = Some(app);
        i.settings = Some(settings);
    });
}

fn disconnect(element: HtmlElement) {
    let removed = INSTANCES.with(|list| {
        let mut list = list.try_borrow_mut().ok()?;
        let at = list.iter().position(|i| same(&i.element, &element))?;
        Some(list.remove(at))
    });
    if let Some(instance) = removed {
        if let Some(app) = instance.app {
            app.destroy();
        }
        let _ = instance.element.remove_attribute("data-ready");
    }
}

/// Registers `<peer-roadmap>`. Called by `embed.js` with the URL of the widget's stylesheet and,
/// optionally, its `fetch` already under way (started alongside the wasm).
#[wasm_bindgen]
pub fn define(css_url: String, css: Option<js_sys::Promise>) {
    install_panic_hook();
    // The first call only (the element is defined once per page).
    if CSS_URL.with(|u| u.borrow().is_empty()) {
        SHEET.with(|s| *s.borrow_mut() = Sheet::Loading);
        let sheet = wasm_bindgen_futures::JsFuture::from(load_sheet(&css_url, css));
        wasm_bindgen_futures::spawn_local(async move {
            sheet_settled(sheet.await.map_or(Sheet::Linked, Sheet::Ready));
        });
    }
    CSS_URL.with(|u| *u.borrow_mut() = css_url);
    let connect = Closure::<dyn FnMut(HtmlElement)>::new(connect);
    let disconnect = Closure::<dyn FnMut(HtmlElement)>::new(disconnect);
    let changed = Closure::<dyn FnMut(HtmlElement, String)>::new(attribute_changed);
    let observed: js_sys::Array = OBSERVED.iter().map(|s| JsValue::from_str(s)).collect();
    define_element(TAG, observed, connect.as_ref(), disconnect.as_ref(), changed.as_ref());
    // The element class lives as long as the page: so do its callbacks.
    connect.forget();
    disconnect.forget();
    changed.forget();
}

/// Mounts the standalone page into `#peer-roadmap-page`, if the page has one.
pub fn start() {
    install_panic_hook();
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(PAGE_ROOT_ID)) else {
        return;
    };
    // The language the first render shows: a shared link's, else the browser's. Only that one
    // is parsed before the first render.
    let lang = HashRequest::parse(&location_hash()).lang.or_else(browser_lang).unwrap_or(Lang::En);
    let Some(catalog) = builtin_catalog(|| lang) else {
        // Both languages, English first: each one's text is in the content that could not be read.
        root.set_text_content(Some(include_str!("content/load-failure.txt").trim_end()));
        return;
    };
    let props = AppProps {
        catalog: Shared(catalog),
        lang,
        lang_asked: 0,
        theme: Theme::Auto,
        deep_link: true,
        page: true,
        content_error: false,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    let ready = root.clone();
    on_rendered(&root, move || {
        let _ = ready.set_attribute("data-ready", "");
    });
}
