//! Deep links: the state is written to the URL hash after every change, and followed when the
//! reader edits the hash.

use super::roadmap::log_hash_errors;
use crate::components::CatalogRef;
use crate::dom;
use crate::state::{Action, HashRequest, RoadmapState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Writes the hash in a task of its own, after the DOM update: `history.replaceState` costs
/// milliseconds, and a burst of changes only needs the last one written.
fn write_hash_soon(pending: Rc<RefCell<Option<String>>>, hash: String) {
    let Ok(mut slot) = pending.try_borrow_mut() else {
        return;
    };
    let idle = slot.is_none();
    *slot = Some(hash);
    drop(slot);
    if idle {
        dom::later(move || {
            if let Some(hash) = pending.try_borrow_mut().ok().and_then(|mut p| p.take()) {
                dom::replace_hash(&hash);
            }
        });
    }
}

/// Mirrors `state` in the URL hash while `enabled`, and follows the hash when it changes (to a
/// language of `catalog`).
#[hook]
pub fn use_deep_link(state: &UseReducerHandle<RoadmapState>, enabled: bool, catalog: &CatalogRef) {
    let pending = use_mut_ref(|| None::<String>);
    let mounted = use_mut_ref(|| false);
    use_effect_with((**state).clone(), move |s| {
        // A page opened without a hash is left alone until the reader changes something:
        // until then a copied link opens in its recipient's language, like the address it
        // came from. A hash given on arrival is rewritten at once, without what was ignored.
        let arrival = !mounted.replace(true);
        if enabled && !(arrival && dom::location_hash().trim_start_matches('#').is_empty()) {
            write_hash_soon(pending, s.to_hash());
        }
    });
    let dispatcher = state.dispatcher();
    use_effect_with((enabled, catalog.clone()), move |(enabled, catalog)| {
        let languages = catalog.languages();
        let listener = enabled.then(|| {
            dom::on_hash_change(move || {
                let request = HashRequest::parse(&dom::location_hash()).within(&languages);
                log_hash_errors(&request);
                dispatcher.dispatch(Action::FollowLink(request));
            })
        });
        move || drop(listener)
    });
}
