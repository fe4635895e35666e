//! Stop 3: on what basis do peers connect? Each basis with its description and its effect.

use super::arrow_keys;
use super::disclosure::Disclosure;
use super::section::section;
use super::ContentRef;
use crate::content::Basis;
use crate::state::{ItemId, Stop};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct BasesProps {
    pub content: ContentRef,
    /// The selected item of this section, if any.
    pub selected: Option<Basis>,
    pub on_select: Callback<ItemId>,
}

/// A plain function (see [`crate::components`]).
pub fn bases(props: &BasesProps) -> Html {
    let c = &props.content;
    html! {
        { section(Stop::Bases, c.bases.question.clone().into(), html! { <>
            <ul class="pr-items pr-bases" onkeydown={arrow_keys(".pr-item-button")}>
                for b in c.bases.items.iter() {
                    <Disclosure key={b.id.as_str()} item={ItemId::Basis(b.id)} label={b.label.clone()}
                        selected={props.selected == Some(b.id)}
                        on_select={props.on_select.clone()} class={classes!("pr-basis", format!("pr-{}", b.id))}>
                        <p>{ b.description.clone() }</p>
                        <p class="pr-effect">
                            <span class="pr-effect-label">{ c.ui.effect.clone() }</span>{ " " }
                            <strong>{ b.effect.clone() }</strong>
                        </p>
                    </Disclosure>
                }
            </ul>
        </> }) }
    }
}
