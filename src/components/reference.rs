//! A publication with its DOI link (and the publisher's page, where the content gives it), as
//! cited in About and under the case study.

use crate::content::{is_safe_link, Link, Reference};
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
            { link(&r.url) }
            if let Some(page) = &r.page_url {
                { " " }{ link(page) }
            }
        </>
    }
}

/// A link that shows its address (checked again here: no path can render a `javascript:` URL).
fn link(url: &Link) -> Html {
    let url = &url.0;
    if !is_safe_link(url) {
        return Html::default();
    }
    html! { <a href={url.clone()} class="pr-link" rel="noopener noreferrer">{ url.clone() }</a> }
}
