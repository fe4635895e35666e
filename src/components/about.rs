//! About: the Chair, the knowledge synthesis, both articles with their DOI links, thanks and
//! funders. Also renders one reference, for the case study's source line.

use super::app::ContentRef;
use super::heading::Heading;
use crate::content::{is_safe_link, Link, Reference, ReferenceId};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AboutProps {
    pub content: ContentRef,
}

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

#[component]
pub fn About(props: &AboutProps) -> Html {
    let c = &props.content;
    let a = &c.about;
    html! {
        <section class="pr-about" aria-labelledby="pr-h-about">
            <Heading depth={1} id="pr-h-about" class="pr-section-title">{ a.heading.clone() }</Heading>
            <p class="pr-about-chair"><strong>{ a.chair.clone() }</strong></p>
            <p>{ a.synthesis.clone() }</p>
            <Heading depth={2} class="pr-refs-title">{ c.ui.references.clone() }</Heading>
            <dl class="pr-references">
                if let Some(r) = c.reference(ReferenceId::Article) {
                    <dt>{ a.more.clone() }</dt>
                    <dd>{ reference(r) }</dd>
                }
                if let Some(r) = c.reference(ReferenceId::CaseStudy) {
                    <dt>{ c.case_study.heading.clone() }</dt>
                    <dd>{ reference(r) }</dd>
                }
            </dl>
            <p>{ a.thanks.clone() }</p>
            <p>{ a.funding.clone() }</p>
        </section>
    }
}
