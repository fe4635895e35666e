//! Tells the host about each change of the state (for the element's `peer-roadmap-change`
//! event).

use crate::state::RoadmapState;
use yew::prelude::*;

/// Calls `on_change` with the new state after each change (not for the first render).
#[hook]
pub fn use_on_change(state: &RoadmapState, on_change: Option<Callback<RoadmapState>>) {
    let latest = use_mut_ref(|| None::<Callback<RoadmapState>>);
    *latest.borrow_mut() = on_change;
    let mounted = use_mut_ref(|| false);
    use_effect_with(state.clone(), move |state| {
        let first = !mounted.replace(true);
        let callback = latest.borrow().clone();
        if let (false, Some(callback)) = (first, callback) {
            callback.emit(state.clone());
        }
    });
}
