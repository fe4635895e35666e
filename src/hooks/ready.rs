//! When the roadmap is interactive: the host hears it once the first render is in the DOM (or
//! the prerendered HTML hydrated), and what that render deferred — the deep link, the host's
//! early requests (see [`super::roadmap`]) — is applied: `data-ready` means what the reader can
//! use is there.

use yew::prelude::*;

/// Calls `on_ready` once, after the render that follows the first one. Must come after
/// [`use_roadmap`](super::use_roadmap) in the component, so that what its first effect
/// dispatches is in that render.
#[hook]
pub fn use_ready(on_ready: Option<Callback<()>>) {
    let started = use_state_eq(|| false);
    let start = started.setter();
    use_effect_with((), move |()| start.set(true));
    use_effect_with(*started, move |started| {
        if *started {
            if let Some(on_ready) = on_ready {
                on_ready.emit(());
            }
        }
    });
}
