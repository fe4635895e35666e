//! Escape closes the open item and puts focus back on its button.

use crate::components::button_id;
use crate::dom;
use crate::state::{Action, ItemId, RoadmapState};
use yew::prelude::*;

/// A `keydown` handler for the widget's root: Escape, pressed on an open item (its button or
/// its details), closes it and puts focus back on its button; elsewhere it does nothing, so
/// focus never jumps.
#[hook]
pub fn use_escape_to_close(state: &UseReducerHandle<RoadmapState>, root: NodeRef) -> Callback<KeyboardEvent> {
    let dispatcher = state.dispatcher();
    let selection = state.selection;
    Callback::from(move |e: KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        let Some(item) = selection.filter(|s| !matches!(s, ItemId::Milestone(_))) else {
            return;
        };
        if dom::target_is_within(e.target(), &format!("[data-item=\"{item}\"]")) {
            dispatcher.dispatch(Action::Deselect);
            if let Some(root) = root.cast::<web_sys::Element>() {
                dom::focus_in(&root, &button_id(item));
            }
        }
    })
}
