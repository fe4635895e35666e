//! One selectable item: a native `<details>` whose `<summary>` reveals its details. It works
//! before the script has hydrated the page and without JavaScript at all; with the app running,
//! the state (one selection across the roadmap) is the source of truth: `open` follows it, and
//! a reader's native toggle is sent up as a selection. Used for terms, formal/informal, bases
//! and roles.

use super::{button_id, Frame};
use crate::dom;
use crate::state::ItemId;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct DisclosureProps {
    pub item: ItemId,
    pub label: AttrValue,
    pub selected: bool,
    /// Called with the item when the reader opens it while it is not selected, or closes it
    /// while it is (the reducer's `Select` toggles).
    pub on_select: Callback<ItemId>,
    /// The details: always in the HTML (prerendered pages show them without JavaScript), shown
    /// while the item is open, and all of them while the page is printed.
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let item = props.item;
    let selected = props.selected;
    let printing = use_context::<Frame>().is_some_and(|f| f.printing);
    // `toggle` fires after every change of `open`, ours included: only a change the state does
    // not know of yet (the reader's) is sent up. While printing every item is open on purpose.
    let on_select = props.on_select.clone();
    let ontoggle = Callback::from(move |e: Event| {
        if !printing && dom::is_open(e.target()).is_some_and(|open| open != selected) {
            on_select.emit(item);
        }
    });
    html! {
        <li class={classes!("pr-item", props.class.clone(), selected.then_some("is-selected"))}
            data-item={item.as_str()}>
            <details class="pr-disclosure" open={selected || printing} {ontoggle}>
                <summary id={button_id(item)} class="pr-item-button">
                    <span class="pr-item-label">{ props.label.clone() }</span>
                    <span class="pr-chevron" aria-hidden="true"></span>
                </summary>
                <div id={format!("pr-d-{item}")} class="pr-detail">{ props.children.clone() }</div>
            </details>
        </li>
    }
}
