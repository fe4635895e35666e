//! When the roadmap is interactive: the host hears it once the first render is in the DOM (or
//! the prerendered HTML hydrated), and what that render deferred — the deep link, the host's
//! early requests, items opened before the code (see [`super::roadmap`], [`super::adopt`]) — is
//! applied: `data-ready` means what the reader can use is there. When nothing was deferred, that
//! is right after the first render: no second render of the whole roadmap stands between the
//! reader and the code.

use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Told by the first render's effects when they changed the state: the roadmap is then ready
/// after the render that follows.
#[derive(Clone, Default)]
pub struct FollowUp(Rc<Cell<bool>>);

impl FollowUp {
    /// An effect of the first render dispatched an action.
    pub fn dispatched(&self) {
        self.0.set(true);
    }
}

/// One [`FollowUp`] for the component's life.
#[hook]
pub fn use_follow_up() -> FollowUp {
    use_mut_ref(FollowUp::default).borrow().clone()
}

/// Calls `on_ready` once: after the first render if its effects dispatched nothing, else after
/// the render that follows. Must come after every hook that tells `follow_up`, so that its
/// effect runs after theirs.
#[hook]
pub fn use_ready(on_ready: Option<Callback<()>>, follow_up: FollowUp) {
    let first = use_mut_ref(|| true);
    use_effect(move || {
        let now = if first.replace(false) { !follow_up.0.get() } else { follow_up.0.replace(false) };
        if let (true, Some(on_ready)) = (now, on_ready) {
            on_ready.emit(());
        }
    });
}
