//! Small decorative icons as inline SVG (no icon font, no data URI: both would need a looser
//! content security policy). Always hidden from assistive technology.

use yew::prelude::*;

/// The icons the roadmap uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Icon {
    Print,
    Watch,
    Compass,
    Globe,
}

/// Each icon's path in a 24×24 box, drawn with `currentColor`.
fn path(icon: Icon) -> &'static str {
    match icon {
        Icon::Print => "M7 3h10v5H7zM5 9h14a2 2 0 0 1 2 2v6h-4v4H7v-4H3v-6a2 2 0 0 1 2-2zm4 7v3h6v-3z",
        Icon::Watch => "M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z",
        Icon::Compass => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm4.5 3.5-6 3-3 6 6-3zM12 11a1 1 0 1 1 0 2 1 1 0 0 1 0-2z",
        Icon::Globe => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15 15 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8zM12 4c.9 1.2 1.6 2.5 2 4h-4c.4-1.5 1.1-2.8 2-4zM4.3 14a8 8 0 0 1 0-4h3.4a16 16 0 0 0 0 4zm.8 2h3a15 15 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.3-3.9C8.8 5.3 8.4 6.6 8.1 8zM12 20c-.9-1.2-1.6-2.5-2-4h4c-.4 1.5-1.1 2.8-2 4zm2.3-6H9.7a14 14 0 0 1 0-4h4.6a14 14 0 0 1 0 4zm.3 5.9c.6-1.2 1-2.5 1.3-3.9h3a8 8 0 0 1-4.3 3.9zm1.7-5.9a16 16 0 0 0 0-4h3.4a8 8 0 0 1 0 4z",
    }
}

/// An icon, sized by CSS (`.pr-icon`).
pub fn icon(icon: Icon) -> Html {
    html! {
        <svg class="pr-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={path(icon)} fill="currentColor" fill-rule="evenodd" />
        </svg>
    }
}
