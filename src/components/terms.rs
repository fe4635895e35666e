//! Stop 1: the words in use to name peers. The seed defines none of them, so their details say
//! so and point to the questions that tell initiatives apart.

use super::arrow_keys;
use super::disclosure::Disclosure;
use super::section::section;
use super::ContentRef;
use crate::content::Term;
use crate::state::{ItemId, Stop};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct TermsProps {
    pub content: ContentRef,
    /// The selected item of this section, if any.
    pub selected: Option<Term>,
    pub on_select: Callback<ItemId>,
}

/// A plain function (see [`crate::components`]).
pub fn terms(props: &TermsProps) -> Html {
    let c = &props.content;
    html! {
        { section(Stop::Terms, c.terms.heading.clone().into(), html! { <>
            <p class="pr-section-lead">{ c.terms.lead.clone() }</p>
            <ul class="pr-items pr-terms" onkeydown={arrow_keys(".pr-item-button")}>
                for t in c.terms.items.iter() {
                    <Disclosure key={t.id.as_str()} item={ItemId::Term(t.id)} label={t.label.clone()}
                        selected={props.selected == Some(t.id)}
                        on_select={props.on_select.clone()} class="pr-term">
                        <p>{ c.ui.term_detail.clone() }</p>
                    </Disclosure>
                }
            </ul>
        </> }) }
    }
}
