//! Which drawing of the road fits the widget: a ResizeObserver on the widget's root.

use crate::dom;
use crate::view::road::{guess_layout, layout_for, Layout};
use yew::prelude::*;

/// The drawing for the current width of `root`: guessed from the window's width before the
/// first layout, then swapped when the width crosses the stylesheet's line.
#[hook]
pub fn use_road_layout(root: NodeRef) -> Layout {
    let layout = use_state_eq(|| guess_layout(dom::window_width()));
    {
        let set = layout.setter();
        use_effect_with(root, move |root| {
            let watch = root
                .cast::<web_sys::Element>()
                .and_then(|el| dom::watch_width(&el, move |w| set.set(layout_for(w))));
            move || drop(watch)
        });
    }
    *layout
}
