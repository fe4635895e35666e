//! One characteristic of formal or informal support, as listed under its branch and in the
//! find-your-way profile.

use super::icon::{icon, Icon};
use crate::content::Characteristic;
use yew::prelude::*;

/// A characteristic; a point to watch says so in words, not only with its icon and colour.
pub fn characteristic(c: &Characteristic, watch_label: &str) -> Html {
    html! {
        <li class={classes!(c.watch.then_some("pr-watch"))}>
            if c.watch {
                <span class="pr-watch-flag">{ icon(Icon::Watch) }
                    { watch_label.to_owned() }
                </span>
                { " " }
            }
            { c.text.clone() }
        </li>
    }
}
