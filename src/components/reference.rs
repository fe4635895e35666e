//! A publication with its DOI link, as cited in About and under the case study.

use crate::content::{is_safe_link, Reference};
use yew::prelude::*;

/// A reference with its link. The link was validated with the content; it is checked again here
/// so that no path can ever render a `javascript:` URL.
pub fn reference(r: &Reference) -> Html {
    let title_lang = r.title_lang.as_ref().map(|t| t.0.clone());
    html! {
        <>
            <span class="pr-authors">{ r.authors.clone() }</span>{ ". " }
            <cite lang={title_lang}>{ r.title.clone() }</cite>{ ". " }
            <span class="pr-journal">{ r.journal.clone() }</span>{ format!(", {}. ", r.year) }
            if is_safe_link(&r.url) {
                <a href={r.url.clone()} class="pr-link" rel="noopener noreferrer">{ r.url.clone() }</a>
            }
        </>
    }
}
