//! The components, one per file, each named after what it shows, and the types they share.
//! Data flows down as props; events flow up through `on_*` callbacks to the reducer that
//! [`app::App`] owns. Side effects are in [`crate::hooks`]; browser calls in [`crate::dom`].
//!
//! Some parts are plain functions returning `Html`, not `#[component]`s: each component type costs the WebAssembly build its own
//! copy of Yew's lifecycle and hydration code, about 440 B brotli on every first visit. The
//! parts with hooks stay components (the app, each item's disclosure, the headings); the
//! others are drawn with the app, whose render builds them again and lets Yew's comparison
//! touch only what changed in the DOM.

pub mod about;
pub mod app;
pub mod bases;
pub mod case_study;
pub mod characteristic;
pub mod disclosure;
pub mod find_your_way;
pub mod formality;
pub mod header;
pub mod heading;
pub mod icon;
pub mod languages;
pub mod reference;
pub mod road_map;
pub mod roles;
pub mod section;
pub mod terms;
pub mod timeline;

use crate::content::{Catalog, Content};
use crate::dom::ButtonGroup;
use crate::state::{ItemId, Stop};
use crate::view::keys::arrow_target;
use std::ops::Deref;
use std::rc::Rc;
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
/// Every language's content.
pub type CatalogRef = Shared<Catalog>;

/// What every part of the roadmap may need to know about where and how it is shown (one
/// context: each context type costs a component's worth of wasm).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Frame {
    /// The level of the roadmap's title: `h1` on the standalone page, `h2` embedded in a
    /// partner's page (which has its own `h1`). Sections are one level below, items two.
    pub top: u8,
    /// The page is being printed: every item is open (print shows them all expanded), the
    /// screen only the selected one.
    pub printing: bool,
}

/// Element id of an item's button (its `<summary>`), so focus can be put back on it.
pub fn button_id(item: ItemId) -> String {
    format!("pr-b-{item}")
}

/// Element id of a stop's section, for the map to scroll to.
pub fn section_id(stop: Stop) -> String {
    format!("{}{}", crate::state::SECTION_PREFIX, stop.as_str())
}

/// Arrow keys (and Home/End) move focus between the buttons matching `selector` inside the
/// list that has this handler; Tab still visits every one of them.
pub fn arrow_keys(selector: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(group) = ButtonGroup::around(e.target(), selector) else { return };
        if let Some(next) = arrow_target(&e.key(), group.index, group.len(), group.dir) {
            e.prevent_default();
            group.focus(next);
        }
    })
}
