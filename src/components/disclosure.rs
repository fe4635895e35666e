//! One selectable item: a real button that reveals its details (the disclosure pattern).
//! Used for terms, formal/informal, bases and roles.

use super::{button_id, Frame};
use crate::state::ItemId;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct DisclosureProps {
    pub item: ItemId,
    pub label: AttrValue,
    pub selected: bool,
    pub on_select: Callback<ItemId>,
    /// The details: built only while selected, or while the page is printed (print shows
    /// every item expanded). A closed item keeps an empty, hidden container.
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let item = props.item;
    let printing = use_context::<Frame>().is_some_and(|f| f.printing);
    let detail_id = format!("pr-d-{item}");
    let onclick = props.on_select.reform(move |_: MouseEvent| item);
    html! {
        <li class={classes!("pr-item", props.class.clone(), props.selected.then_some("is-selected"))}
            data-item={item.as_str()}>
            <button type="button" id={button_id(item)} class="pr-item-button"
                aria-expanded={props.selected.to_string()} aria-controls={detail_id.clone()} {onclick}>
                <span class="pr-item-label">{ props.label.clone() }</span>
                <span class="pr-chevron" aria-hidden="true"></span>
            </button>
            <div id={detail_id} class="pr-detail" hidden={!props.selected}>
                if props.selected || printing { { props.children.clone() } }
            </div>
        </li>
    }
}
