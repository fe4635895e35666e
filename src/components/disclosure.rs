//! One selectable item: a real button that reveals its details (the disclosure pattern).
//! Used for terms, formal/informal, bases and roles.

use super::app::Frame;
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

/// Where an arrow key moves focus within a group of buttons, from `index` among `len`.
pub fn arrow_target(key: &str, index: usize, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if index >= last { 0 } else { index + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if index == 0 { last } else { index - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Arrow keys (and Home/End) move focus between the buttons matching `selector` inside the
/// element that has this handler; Tab still visits every one of them.
pub fn arrow_keys(selector: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        use wasm_bindgen::JsCast;
        // Yew delegates events to its root, so the group is found from the target.
        let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(group) = target.closest("ul, ol").ok().flatten() else { return };
        let Ok(list) = group.query_selector_all(selector) else { return };
        let buttons: Vec<web_sys::HtmlElement> =
            (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
        let Some(index) = buttons.iter().position(|b| AsRef::<web_sys::Element>::as_ref(b) == &target) else { return };
        if let Some(next) = arrow_target(&e.key(), index, buttons.len()).and_then(|i| buttons.get(i)) {
            e.prevent_default();
            let _ = next.focus();
            if group.has_attribute("data-arrows-select") {
                next.click();
            }
        }
    })
}

/// Element id of an item's button, so focus can be put back on it.
pub fn button_id(item: ItemId) -> String {
    format!("pr-b-{item}")
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
