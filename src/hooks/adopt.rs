//! Items a reader opened before the app took over the prerendered page. Its `<details>` open
//! natively; once the app has rendered, one of those becomes the selection (so the click is not
//! lost) and the others are closed (the roadmap shows one item at a time).

use super::ready::FollowUp;
use crate::dom;
use crate::state::{Action, RoadmapState};
use crate::view::adopt::adopted;
use yew::prelude::*;

/// After the first render, selects the item the reader opened inside `root` before the app
/// ran, if any, and closes any other one left open. Reads the DOM in an effect, never during
/// render: the first render depends on the props only, like the prerendered HTML. A selection
/// it makes is told to `follow_up`.
#[hook]
pub fn use_adopt_open_items(state: &UseReducerHandle<RoadmapState>, root: NodeRef, follow_up: &FollowUp) {
    let dispatcher = state.dispatcher();
    let follow_up = follow_up.clone();
    let selection = state.selection;
    use_effect_with((), move |_| {
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        let open = dom::open_details(&root);
        if open.is_empty() {
            return;
        }
        let Some(item) = adopted(&open).or(selection) else {
            return;
        };
        dom::close_details_except(&root, item.as_str());
        if selection != Some(item) {
            follow_up.dispatched();
            dispatcher.dispatch(Action::Select(item));
        }
    });
}
