//! Polite announcements for screen readers: a language change, and the find-your-way summary
//! when the answers change.

use crate::components::ContentRef;
use crate::state::RoadmapState;
use crate::view::summary::summary_announcement;
use yew::prelude::*;

/// The text to put in the widget's polite live region (empty until something changes).
#[hook]
pub fn use_announcement(state: &RoadmapState, content: &ContentRef) -> String {
    let announcement = use_state(String::new);
    let previous = use_mut_ref(|| (state.lang.clone(), state.profile.clone()));
    {
        let announcement = announcement.clone();
        let content = content.clone();
        use_effect_with((state.lang.clone(), state.profile.clone()), move |(lang, profile)| {
            let (old_lang, old_profile) = previous.borrow().clone();
            if old_lang != *lang {
                announcement.set(content.ui.language_changed.clone());
            } else if old_profile != *profile {
                announcement.set(summary_announcement(&content, profile));
            }
            *previous.borrow_mut() = (lang.clone(), profile.clone());
        });
    }
    (*announcement).clone()
}
