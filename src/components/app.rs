//! The root component: owns the state reducer, composes the sections, and keeps the side
//! effects of the state (URL hash, announcements, page title) in hooks.

use super::about::About;
use super::bases::Bases;
use super::case_study::CaseStudyPanel;
use super::disclosure::button_id;
use super::find_your_way::{summary_text, FindYourWay};
use super::formality::FormalityQuestion;
use super::header::Header;
use super::road_map::RoadMap;
use super::roles::Roles;
use super::terms::Terms;
use super::timeline::Timeline;
use crate::content::{Catalog, Content, Lang};
use crate::state::{Action, HashRequest, ItemId, RoadmapState, Theme};
use gloo::events::EventListener;
use std::ops::Deref;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Data shared by reference and compared by pointer: re-rendering never compares the texts.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One language's content.
pub type ContentRef = Shared<Content>;
/// Both languages' content.
pub type CatalogRef = Shared<Catalog>;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub catalog: CatalogRef,
    /// The language asked for by the host (attribute, page, browser); a deep link may override
    /// it when the instance loads.
    pub lang: Lang,
    /// Bumped each time the host sets `lang`, so that setting it applies even when it names the
    /// language already asked for.
    #[prop_or_default]
    pub lang_asked: u32,
    #[prop_or_default]
    pub theme: Theme,
    /// Mirror the state in the URL hash and restore it from there.
    #[prop_or_default]
    pub deep_link: bool,
    /// This instance is the whole page: top-level heading, document title and language.
    #[prop_or_default]
    pub page: bool,
    /// The host's custom content could not be used: say so.
    #[prop_or_default]
    pub content_error: bool,
}

/// What every part of the roadmap may need to know about where and how it is shown (one
/// context: each context type costs a component's worth of wasm).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Frame {
    /// The level of the roadmap's title: `h1` on the standalone page, `h2` embedded in a
    /// partner's page (which has its own `h1`). Sections are one level below, items two.
    pub top: u8,
    /// The page is being printed. Closed items' details are only built while this is true:
    /// print shows every item expanded, the screen only the open one.
    pub printing: bool,
}

/// Follows printing: `beforeprint`/`afterprint`, and the `print` media query (which also
/// changes when a tool emulates print media). Listens until the guards are dropped.
fn watch_printing(set: UseStateSetter<bool>) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let mut guards = Vec::new();
    for (event, value) in [("beforeprint", true), ("afterprint", false)] {
        let set = set.clone();
        guards.push(EventListener::new(&window, event, move |_| set.set(value)));
    }
    if let Ok(Some(query)) = window.match_media("print") {
        let q = query.clone();
        guards.push(EventListener::new(&query, "change", move |_| set.set(q.matches())));
    }
    guards
}

pub(crate) fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else { return };
    if location_hash().trim_start_matches('#') == hash {
        return;
    }
    if let Ok(history) = window.history() {
        // Keep the page's own history state (a router may rely on it).
        let kept = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&kept, "", Some(&format!("#{hash}")));
    }
}

/// Writes the hash in a task of its own, after the DOM update: `history.replaceState` costs
/// milliseconds, and a burst of changes only needs the last one written.
fn write_hash_soon(pending: Rc<std::cell::RefCell<Option<String>>>, hash: String) {
    let Ok(mut slot) = pending.try_borrow_mut() else { return };
    let idle = slot.is_none();
    *slot = Some(hash);
    drop(slot);
    if !idle {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let write = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(hash) = pending.try_borrow_mut().ok().and_then(|mut p| p.take()) {
            replace_hash(&hash);
        }
    });
    let _ = window.set_timeout_with_callback(write.unchecked_ref());
}

fn log_hash_errors(request: &HashRequest) {
    if !request.errors.is_empty() {
        let list: Vec<String> = request.errors.iter().map(|e| e.to_string()).collect();
        web_sys::console::error_1(&format!("peer-roadmap: ignored part of the link: {}", list.join("; ")).into());
    }
}

/// Focuses the element with this id inside the widget, if it is there.
fn focus_in(root: &NodeRef, id: &str) {
    let Some(root) = root.cast::<web_sys::Element>() else { return };
    if let Ok(Some(el)) = root.query_selector(&format!("#{id}")) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The part of the selection that concerns one section.
fn pick<T>(selection: Option<ItemId>, f: fn(ItemId) -> Option<T>) -> Option<T> {
    selection.and_then(f)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let deep_link = props.deep_link;
    let state = {
        let lang = props.lang;
        use_reducer(move || {
            let base = RoadmapState::new(lang);
            if deep_link {
                let request = HashRequest::parse(&location_hash());
                log_hash_errors(&request);
                request.apply_to(&base)
            } else {
                base
            }
        })
    };
    let root = use_node_ref();
    let announcement = use_state(String::new);
    let content = Shared(props.catalog.get(state.lang));

    // The host set the `lang` attribute: its language wins, even when it is the one asked for
    // before (the reader may have switched since).
    {
        let asked = (props.lang, props.lang_asked);
        let previous = use_mut_ref(|| asked);
        let dispatcher = state.dispatcher();
        use_effect_with(asked, move |asked| {
            if *previous.borrow() != *asked {
                *previous.borrow_mut() = *asked;
                dispatcher.dispatch(Action::SetLang(asked.0));
            }
        });
    }

    // Deep links: write the hash after every change, follow it when the reader edits it.
    {
        let pending = use_mut_ref(|| None::<String>);
        let mounted = use_mut_ref(|| false);
        let s = (*state).clone();
        use_effect_with(s, move |s| {
            // A page opened without a hash is left alone until the reader changes something:
            // until then a copied link opens in its recipient's language, like the address it
            // came from. A hash given on arrival is rewritten at once, without what was ignored.
            let arrival = !mounted.replace(true);
            if deep_link && !(arrival && location_hash().trim_start_matches('#').is_empty()) {
                write_hash_soon(pending, s.to_hash());
            }
        });
        let dispatcher = state.dispatcher();
        use_effect_with(deep_link, move |deep_link| {
            let listener = deep_link.then(web_sys::window).flatten().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let request = HashRequest::parse(&location_hash());
                    log_hash_errors(&request);
                    dispatcher.dispatch(Action::FollowLink(request));
                })
            });
            move || drop(listener)
        });
    }

    // Polite announcements: language changes and the find-your-way summary.
    {
        let previous = use_mut_ref(|| (state.lang, state.profile.clone()));
        let announcement = announcement.clone();
        let content = content.clone();
        use_effect_with((state.lang, state.profile.clone()), move |(lang, profile)| {
            let (old_lang, old_profile) = previous.borrow().clone();
            if old_lang != *lang {
                announcement.set(content.ui.language_changed.clone());
            } else if old_profile != *profile {
                let text = if profile.is_empty() {
                    content.ui.summary_empty.clone()
                } else {
                    format!("{} {}", content.ui.summary_updated, summary_text(&content, profile))
                };
                announcement.set(text);
            }
            *previous.borrow_mut() = (*lang, profile.clone());
        });
    }

    // The standalone page follows the language: <html lang> and the title.
    {
        let content = content.clone();
        use_effect_with((props.page, state.lang), move |(page, lang)| {
            if let (true, Some(doc)) = (*page, web_sys::window().and_then(|w| w.document())) {
                // Only when they differ: setting the title costs a message to the browser, and
                // on a first visit the page already has both.
                if let Some(html) = doc.document_element().filter(|h| h.get_attribute("lang").as_deref() != Some(lang.as_str())) {
                    let _ = html.set_attribute("lang", lang.as_str());
                }
                let title = format!("{} — {}", content.intro.title, content.intro.subtitle);
                if doc.title() != title {
                    doc.set_title(&title);
                }
            }
        });
    }

    // Callbacks are memoised on the (stable) dispatcher, so a section whose own data did not
    // change is not re-rendered when something else is selected.
    let dispatcher = state.dispatcher();
    let on_select = use_callback(dispatcher.clone(), |item: ItemId, d| d.dispatch(Action::Select(item)));
    let on_action = use_callback(dispatcher.clone(), |a: Action, d| d.dispatch(a));
    let on_toggle_lang = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::ToggleLang));
    let on_previous = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::PreviousStep));
    let on_next = use_callback(dispatcher, |_: (), d| d.dispatch(Action::NextStep));
    let printing = use_state_eq(|| false);
    {
        let set = printing.setter();
        use_effect_with((), move |_| {
            let guards = watch_printing(set);
            move || drop(guards)
        });
    }
    // Build every item's details first, then print in a task of its own, once they are in the DOM
    // (the browser may lay the page out for print inside `print()`).
    let on_print = use_callback(printing.setter(), |_: (), set| {
        set.set(true);
        let Some(w) = web_sys::window() else { return };
        let print = wasm_bindgen::closure::Closure::once_into_js(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        });
        let _ = w.set_timeout_with_callback(print.unchecked_ref());
    });
    // Escape, pressed on an open item (its button or its details), closes it and puts focus
    // back on its button; elsewhere it does nothing, so focus never jumps.
    let onkeydown = {
        let d = state.dispatcher();
        let selection = state.selection;
        let root = root.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            let Some(item) = selection.filter(|s| !matches!(s, ItemId::Milestone(_))) else { return };
            let inside = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(&format!("[data-item=\"{item}\"]")).ok().flatten())
                .is_some();
            if inside {
                d.dispatch(Action::Deselect);
                focus_in(&root, &button_id(item));
            }
        })
    };

    let frame = Frame { top: if props.page { 1 } else { 2 }, printing: *printing };
    html! {
        <article ref={root.clone()} class={classes!("pr-root", props.theme.class())} lang={state.lang.as_str()}
            aria-labelledby="pr-title" {onkeydown}>
            <ContextProvider<Frame> context={frame}>
                if props.content_error {
                    <p class="pr-notice" role="alert">{ content.ui.custom_content_error.clone() }</p>
                }
                <Header content={content.clone()} {on_toggle_lang} {on_print} />
                <RoadMap content={content.clone()} selection={state.selection} root={root.clone()} />
                <div class="pr-stops">
                    <Terms content={content.clone()} selected={pick(state.selection, |i| match i { ItemId::Term(x) => Some(x), _ => None })} on_select={on_select.clone()} />
                    <FormalityQuestion content={content.clone()} selected={pick(state.selection, |i| match i { ItemId::Formality(x) => Some(x), _ => None })} on_select={on_select.clone()} />
                    <Bases content={content.clone()} selected={pick(state.selection, |i| match i { ItemId::Basis(x) => Some(x), _ => None })} on_select={on_select.clone()} />
                    <Roles content={content.clone()} selected={pick(state.selection, |i| match i { ItemId::Role(x) => Some(x), _ => None })} on_select={on_select.clone()} />
                </div>
                <FindYourWay content={content.clone()} profile={state.profile.clone()} {on_action} />
                <div class="pr-stops">
                    <Timeline content={content.clone()} step={state.step} {on_select} {on_previous} {on_next} />
                    <CaseStudyPanel content={content.clone()} />
                </div>
                <About content={content.clone()} />
            </ContextProvider<Frame>>
            <div class="pr-visually-hidden" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
        </article>
    }
}
