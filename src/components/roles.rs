//! Stop 4: what peers do. The five roles with their descriptions (the seed lists them under no
//! question of its own).

use super::arrow_keys;
use super::disclosure::Disclosure;
use super::section::section;
use super::ContentRef;
use crate::content::Role;
use crate::state::{ItemId, Stop};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct RolesProps {
    pub content: ContentRef,
    /// The selected item of this section, if any.
    pub selected: Option<Role>,
    pub on_select: Callback<ItemId>,
}

/// A plain function (see [`crate::components`]).
pub fn roles(props: &RolesProps) -> Html {
    let c = &props.content;
    html! {
        { section(Stop::Roles, c.roles.heading.clone().into(), html! { <>
            <ul class="pr-items pr-roles" onkeydown={arrow_keys(".pr-item-button")}>
                for r in c.roles.items.iter() {
                    <Disclosure key={r.id.as_str()} item={ItemId::Role(r.id)} label={r.label.clone()}
                        selected={props.selected == Some(r.id)}
                        on_select={props.on_select.clone()} class={classes!("pr-role", format!("pr-{}", r.id))}>
                        <p>{ r.description.clone() }</p>
                    </Disclosure>
                }
            </ul>
        </> }) }
    }
}
