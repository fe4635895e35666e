//! The state of one roadmap instance: the reducer, started from a deep link when asked, and
//! reachable from the host page through a [`Remote`] (the element's `lang` attribute; later its
//! scripting API).

use super::ready::FollowUp;
use crate::components::CatalogRef;
use crate::content::Lang;
use crate::dom;
use crate::state::{Action, HashRequest, RoadmapState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Lets the host page act on a mounted app's state. The app's state stays the one source of
/// truth: the host sends actions, as a reader's clicks do.
#[derive(Clone, Default)]
pub struct Remote(Rc<RefCell<Link>>);

#[derive(Default)]
struct Link {
    /// Set by the app's first render.
    dispatcher: Option<UseReducerDispatcher<RoadmapState>>,
    /// The state as of the app's last render (for the element's `state` property).
    latest: Option<RoadmapState>,
    /// Sent before the first render (Yew renders in a microtask after `render()`).
    pending: Vec<Action>,
}

impl PartialEq for Remote {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Remote {
    /// Applies `action` to the app's state: now if the app has rendered, else on its first
    /// render.
    pub fn dispatch(&self, action: Action) {
        let Ok(mut link) = self.0.try_borrow_mut() else {
            return;
        };
        match link.dispatcher.clone() {
            Some(dispatcher) => {
                drop(link);
                dispatcher.dispatch(action);
            }
            None => link.pending.push(action),
        }
    }

    /// The state as of the app's last render; `None` before the first.
    pub fn state(&self) -> Option<RoadmapState> {
        self.0.try_borrow().ok().and_then(|l| l.latest.clone())
    }

    fn take_pending(&self) -> Vec<Action> {
        self.0.try_borrow_mut().map(|mut l| std::mem::take(&mut l.pending)).unwrap_or_default()
    }

    fn attach(&self, dispatcher: UseReducerDispatcher<RoadmapState>, state: &RoadmapState) {
        if let Ok(mut link) = self.0.try_borrow_mut() {
            if link.dispatcher.is_none() {
                link.dispatcher = Some(dispatcher);
            }
            if link.latest.as_ref() != Some(state) {
                link.latest = Some(state.clone());
            }
        }
    }
}

/// Logs what a deep link asked for that was not understood.
pub(crate) fn log_hash_errors(request: &HashRequest) {
    if !request.errors.is_empty() {
        let list: Vec<String> = request.errors.iter().map(|e| e.to_string()).collect();
        dom::error(&format!("ignored part of the link: {}", list.join("; ")));
    }
}

/// The instance's state. The first render is always a first visit in `lang` (what the
/// prerendered HTML shows, so that hydration finds the DOM it would build); right after it, the
/// URL hash is followed when `deep_link` (in a language of `catalog`), then whatever the host
/// sent through `remote` before the first render. The language of a deep link is the caller's
/// to pass as `lang`. Whatever it applies then, `follow_up` is told.
#[hook]
pub fn use_roadmap(
    lang: Lang,
    deep_link: bool,
    remote: Option<Remote>,
    catalog: &CatalogRef,
    follow_up: &FollowUp,
) -> UseReducerHandle<RoadmapState> {
    let state = use_reducer(move || RoadmapState::new(lang));
    if let Some(remote) = &remote {
        remote.attach(state.dispatcher(), &state);
    }
    let dispatcher = state.dispatcher();
    let languages = catalog.languages();
    let follow_up = follow_up.clone();
    use_effect_with((), move |()| {
        let mut actions = Vec::new();
        if deep_link {
            let request = HashRequest::parse(&dom::location_hash()).within(&languages);
            log_hash_errors(&request);
            // A hash that says nothing to the roadmap (none, or a page's own anchor) would
            // leave the state as it is: no render for it.
            if request.is_for_us() {
                actions.push(Action::FollowLink(request));
            }
        }
        actions.extend(remote.map(|r| r.take_pending()).unwrap_or_default());
        if !actions.is_empty() {
            follow_up.dispatched();
        }
        for action in actions {
            dispatcher.dispatch(action);
        }
    });
    state
}
