//! About: the Chair, the knowledge synthesis, both articles with their DOI links, thanks and
//! funders.

use super::heading::Heading;
use super::reference::reference;
use super::ContentRef;
use crate::content::{fill, ReferenceId};
use yew::prelude::*;

/// A plain function rather than a component: its content changes only with the language, when
/// everything is drawn again anyway, and each component type costs the WebAssembly build its
/// own copy of Yew's lifecycle code (about 440 B brotli, on every first visit).
pub fn about(c: &ContentRef) -> Html {
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
            <p class="pr-about-version">{ fill(&a.version, &[("version", crate::VERSION)]) }</p>
        </section>
    }
}
