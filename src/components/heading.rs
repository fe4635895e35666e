//! A heading whose level depends on where the roadmap lives: `h1` on the standalone page,
//! one level lower when embedded in a partner's page (which has its own `h1`).

use yew::prelude::*;

/// The level of the roadmap's title; sections are one level below, items two.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TopLevel(pub u8);

#[derive(Properties, PartialEq, Clone)]
pub struct HeadingProps {
    /// 0 for the title, 1 for a section, 2 for an item.
    pub depth: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let top = use_context::<TopLevel>().unwrap_or(TopLevel(1));
    let level = (top.0 + props.depth).clamp(1, 6);
    html! {
        <@{format!("h{level}")} id={props.id.clone()} class={props.class.clone()}>
            { props.children.clone() }
        </@>
    }
}
