//! Stop 2: is the support offered formal or informal? A fork in the road, each branch with its
//! three characteristics as the seed lists them; the widget marks one of each three as a point
//! to watch (the `watch` flag of the content: the mark is ours, not the seed's).

use super::arrow_keys;
use super::characteristic::characteristic;
use super::disclosure::Disclosure;
use super::section::section;
use super::ContentRef;
use crate::content::Formality;
use crate::state::{ItemId, Stop};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct FormalityProps {
    pub content: ContentRef,
    /// The selected item of this section, if any.
    pub selected: Option<Formality>,
    pub on_select: Callback<ItemId>,
}

/// A plain function (see [`crate::components`]).
pub fn formality_question(props: &FormalityProps) -> Html {
    let c = &props.content;
    html! {
        { section(Stop::Formality, c.formality.question.clone().into(), html! { <>
            <ul class="pr-items pr-fork" onkeydown={arrow_keys(".pr-item-button")}>
                for o in c.formality.options.iter() {
                    <Disclosure key={o.id.as_str()} item={ItemId::Formality(o.id)} label={o.label.clone()}
                        selected={props.selected == Some(o.id)}
                        on_select={props.on_select.clone()} class={classes!("pr-branch", format!("pr-{}", o.id))}>
                        <ul class="pr-characteristics">
                            for ch in o.characteristics.iter() {
                                { characteristic(ch, &c.ui.point_to_watch) }
                            }
                        </ul>
                    </Disclosure>
                }
            </ul>
        </> }) }
    }
}
